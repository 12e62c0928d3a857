/**
 * The floor for any Bolt bot: a minimal Bolt app that answers a mention with a fixed line, in its
 * own process. HTTP mode (SLACK_SIGNING_SECRET) listens on 127.0.0.1, any free port, and prints
 * `listening on port N`; Socket Mode (SLACK_APP_TOKEN) prints `connected`. Configured like our bot:
 * deferred initialization (auth.test before ready), Web API at SLACK_API_URL.
 */
import { App } from '@slack/bolt';

const clientOptions = { slackApiUrl: process.env.SLACK_API_URL };
const socketMode = Boolean(process.env.SLACK_APP_TOKEN);

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  ...(socketMode
    ? { socketMode: true, appToken: process.env.SLACK_APP_TOKEN, installerOptions: { clientOptions } }
    : { signingSecret: process.env.SLACK_SIGNING_SECRET }),
  clientOptions,
  deferInitialization: true,
});

app.event('app_mention', async ({ event, client }) => {
  await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: 'Hello from a bare Bolt app.' });
});

process.on('SIGTERM', () => {
  app.stop().finally(() => process.exit(0));
});

await app.init();
if (socketMode) {
  await app.start();
  process.stdout.write('connected\n');
} else {
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`listening on port ${server.address().port}\n`);
}
