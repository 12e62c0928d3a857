/**
 * The real Bolt app from createSlackApp in both modes, against the local fakes, with a small
 * echo listener so that these tests depend only on the platform (not on the surfaces' listeners).
 */
import type { App } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type SlackConfig } from '../../src/config.js';
import { createSlackApp, StartupError } from '../../src/slack/app.js';
import type { BotContext } from '../../src/slack/context.js';
import { FAKE_BOT_USER_ID, FakeSlackApi, RESPONSE_URL } from '../support/fake-slack-api.js';
import { appMentionEvent, eventCallback, mention, slashCommand } from '../support/payloads.js';
import { staleTimestamp } from '../support/signed-http.js';
import { startTestBot, TEST_BOT_TOKEN, TEST_SIGNING_SECRET, type TestBot } from '../support/start-app.js';

/** Answers mentions in thread and /relaydenied via respond; `gate` lets a test hold work in flight. */
function echoListeners(gate?: Promise<void>) {
  const seen: BotContext[] = [];
  const register = (app: App, ctx: BotContext) => {
    seen.push(ctx);
    app.event('app_mention', async ({ event, client }) => {
      if (!(await ctx.dedup.claim(`${event.channel}:${event.ts}`))) return;
      await gate;
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: `echo: ${event.text}` });
    });
    app.command('/relaydenied', async ({ ack, command, respond }) => {
      await ack();
      await gate;
      await respond({ response_type: 'ephemeral', text: `echo: ${command.text}` });
    });
    app.event('app_home_opened', async () => {
      throw new Error('listener blew up');
    });
  };
  return { register, seen };
}

let running: TestBot | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

describe('HTTP mode', () => {
  it('answers GET /healthz with 200 and unknown paths with 404', async () => {
    running = await startTestBot({ mode: 'http', registerListeners: echoListeners().register });
    const health = await running.http!.get('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ ok: true });
    expect((await running.http!.get('/nope')).status).toBe(404);
  });

  it('rejects bad, missing and stale signatures with 401 and does nothing', async () => {
    running = await startTestBot({ mode: 'http', registerListeners: echoListeners().register });
    const body = eventCallback(appMentionEvent({ text: mention('550 5.7.1 Relaying denied') }));
    for (const options of [{ signature: 'bad' as const }, { signature: 'missing' as const }, { timestamp: staleTimestamp() }]) {
      const res = await running.http!.postEvent(body, options);
      expect(res.status, JSON.stringify(options)).toBe(401);
    }
    expect(await running.api.noNewCall('chat.postMessage', 300)).toBe(true);
  });

  it('acks a signed event at once and answers it through the Web API once, despite a retry', async () => {
    running = await startTestBot({ mode: 'http', registerListeners: echoListeners().register });
    const body = eventCallback(appMentionEvent({ text: mention('hello') }));
    const res = await running.http!.postEvent(body);
    expect(res.status).toBe(200);
    const call = await running.api.nextCall('chat.postMessage');
    expect(call.body.text).toBe(`echo: <@${FAKE_BOT_USER_ID}> hello`);
    expect(call.token).toBe(TEST_BOT_TOKEN);
    expect((await running.http!.postEvent(body, { retryNum: 1 })).status).toBe(200);
    expect(await running.api.noNewCall('chat.postMessage', 300)).toBe(true);
  });

  it('accepts a slash command as application/x-www-form-urlencoded and replies on response_url', async () => {
    running = await startTestBot({ mode: 'http', registerListeners: echoListeners().register });
    const res = await running.http!.postCommand(slashCommand({ text: 'help', responseUrl: running.api.responseUrl() }));
    expect(res.status).toBe(200);
    const reply = await running.api.nextCall(RESPONSE_URL);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: 'echo: help' });
  });

  it('refuses a truncated JSON body with a 4xx and keeps serving', async () => {
    running = await startTestBot({ mode: 'http', registerListeners: echoListeners().register });
    const full = JSON.stringify(eventCallback(appMentionEvent({ text: mention('cut') })));
    const res = await running.http!.post(full.slice(0, full.length / 2), 'application/json');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await running.http!.get('/healthz')).status).toBe(200);
  });

  it('survives a listener that throws and keeps answering', async () => {
    running = await startTestBot({ mode: 'http', registerListeners: echoListeners().register });
    const boom = await running.http!.postEvent(eventCallback({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' }));
    expect(boom.status).toBe(200);
    await expect.poll(() => running!.logs.some((l) => l.includes('listener blew up'))).toBe(true);
    await running.http!.postEvent(eventCallback(appMentionEvent({ text: mention('still here') })));
    expect((await running.api.nextCall('chat.postMessage')).body.text).toContain('still here');
  });

  it('gives listeners the settings from the configuration', async () => {
    const listeners = echoListeners();
    running = await startTestBot({
      mode: 'http',
      registerListeners: listeners.register,
      env: { WATCH_CHANNELS: 'C0WATCH001', WATCH_BOT_IDS: 'B0MAILGUN1', WATCH_RATE_LIMIT: '3', MAILGUN_UI: 'beta' },
    });
    const ctx = listeners.seen[0]!;
    expect(ctx.settings).toMatchObject({ botToken: TEST_BOT_TOKEN, slackApiUrl: running.api.apiUrl, mailgunUi: 'beta', watchRatePerMinute: 3 });
    expect([...ctx.settings.watchChannels]).toEqual(['C0WATCH001']);
    expect([...ctx.settings.watchBotIds]).toEqual(['B0MAILGUN1']);
    expect(await ctx.dedup.claim('k')).toBe(true);
    expect(await ctx.dedup.claim('k')).toBe(false);
  });

  it('stop() lets work in flight finish and send its reply', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    running = await startTestBot({ mode: 'http', registerListeners: echoListeners(gate).register });
    await running.http!.postEvent(eventCallback(appMentionEvent({ text: mention('slow') })));
    await expect.poll(() => running!.bot.inFlight).toBe(1);
    const stopping = running.bot.stop({ drainMs: 3000 });
    setTimeout(release, 200);
    expect(await stopping).toEqual({ unfinished: 0 });
    expect((await running.api.nextCall('chat.postMessage')).body.text).toContain('slow');
  });
});

describe('Socket Mode', () => {
  it('connects through apps.connections.open with the app token and acks envelopes', async () => {
    running = await startTestBot({ mode: 'socket', registerListeners: echoListeners().register });
    // One call checks the app token at start-up, one opens the connection.
    const open = running.api.callsTo('apps.connections.open');
    expect(open).toHaveLength(2);
    expect(open.every((call) => /^xapp-/.test(call.token ?? ''))).toBe(true);
    expect(running.socket!.openConnections).toBe(1);

    const eventId = running.socket!.sendEvent(appMentionEvent({ text: mention('over the socket') }));
    const ack = await running.socket!.ack(eventId);
    expect(ack.ms).toBeLessThan(3000);
    expect((await running.api.nextCall('chat.postMessage')).body.text).toContain('over the socket');

    const commandId = running.socket!.sendCommand(slashCommand({ text: 'x', responseUrl: running.api.responseUrl() }));
    await running.socket!.ack(commandId);
    expect((await running.api.nextCall(RESPONSE_URL)).body.text).toBe('echo: x');
  });

  it('answers a redelivered envelope (retry_attempt) only once', async () => {
    running = await startTestBot({ mode: 'socket', registerListeners: echoListeners().register });
    const body = eventCallback(appMentionEvent({ text: mention('once') }));
    await running.socket!.ack(running.socket!.sendEventCallback(body));
    await running.socket!.ack(running.socket!.sendEventCallback(body, { retryAttempt: 1, retryReason: 'timeout' }));
    await running.api.nextCall('chat.postMessage');
    expect(await running.api.noNewCall('chat.postMessage', 300)).toBe(true);
  });

  it('reconnects with a fresh URL when Slack asks it to', async () => {
    running = await startTestBot({ mode: 'socket', registerListeners: echoListeners().register });
    running.socket!.requestDisconnect();
    await expect.poll(() => running!.socket!.connectionCount, { timeout: 15_000 }).toBe(2);
    await running.socket!.connected();
    expect(running.api.callsTo('apps.connections.open')).toHaveLength(3); // the start-up check, the first URL, the fresh one
    const id = running.socket!.sendEvent(appMentionEvent({ text: mention('after reconnect') }));
    await running.socket!.ack(id);
    expect((await running.api.nextCall('chat.postMessage')).body.text).toContain('after reconnect');
  }, 30_000);
});

describe('start-up failures', () => {
  const configFor = (api: FakeSlackApi, extra: Record<string, string> = {}) => loadConfig({
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: api.apiUrl, ...extra,
  }) as SlackConfig;

  it('turns invalid_auth from auth.test into a StartupError naming SLACK_BOT_TOKEN, without the token', async () => {
    const api = await FakeSlackApi.start({ botToken: 'xoxb-the-only-valid-one' });
    try {
      const bot = createSlackApp(configFor(api), { retryConfig: { retries: 0 }, logWrite: () => {}, registerListeners: () => {} });
      const error = await bot.start().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
      expect((error as Error).message).toMatch(/Bot User OAuth Token/);
      expect((error as Error).message).not.toContain(TEST_BOT_TOKEN);
    } finally {
      await api.close();
    }
  });

  it('names SLACK_APP_TOKEN when apps.connections.open rejects it', async () => {
    const api = await FakeSlackApi.start({ appToken: 'xapp-the-only-valid-one' });
    try {
      const error = await startTestBot({ mode: 'socket', api, registerListeners: () => {} }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(/Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/);
    } finally {
      await api.close();
    }
  });

  it('names SLACK_BOT_TOKEN first when Slack rejects both tokens (their checks run side by side)', async () => {
    const api = await FakeSlackApi.start({ botToken: 'xoxb-the-only-valid-one', appToken: 'xapp-the-only-valid-one' });
    try {
      const error = await startTestBot({ mode: 'socket', api, registerListeners: () => {} }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
      expect((error as Error).message).not.toMatch(/SLACK_APP_TOKEN/);
    } finally {
      await api.close();
    }
  });

  it.each(['token_revoked', 'missing_scope', 'not_allowed_token_type'])('exits on %s from apps.connections.open instead of retrying for ever', async (slackError) => {
    const api = await FakeSlackApi.start();
    try {
      api.fail('apps.connections.open', { error: slackError }, { times: 100 });
      const error = await startTestBot({ mode: 'socket', api, registerListeners: () => {} }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toContain(`Slack rejected SLACK_APP_TOKEN (${slackError})`);
      expect((error as Error).message).toMatch(/connections:write/);
      expect(api.callsTo('apps.connections.open')).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it('listens on the HOST address when one is set', async () => {
    const api = await FakeSlackApi.start();
    const lines: string[] = [];
    const bot = createSlackApp(configFor(api, { HOST: '127.0.0.1', PORT: '0' }), { retryConfig: { retries: 0 }, logWrite: (line) => void lines.push(line), registerListeners: () => {} });
    try {
      await bot.start();
      expect(lines.join('\n')).toMatch(new RegExp(`Listening for Slack requests on 127\\.0\\.0\\.1 port ${bot.port}`));
      const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await bot.stop({ drainMs: 100 });
      await api.close();
    }
  });

  it('fails before it listens when the engine\'s worker file is missing (the worker itself starts once ready)', async () => {
    const api = await FakeSlackApi.start();
    const lines: string[] = [];
    const bot = createSlackApp(configFor(api, { PORT: '0' }), {
      retryConfig: { retries: 0 }, logWrite: (line) => void lines.push(line), registerListeners: () => {},
      engineWorkerFile: new URL('file:///nonexistent/engine-worker.js'),
    });
    try {
      await expect(bot.start()).rejects.toThrow(/worker file is missing .*run npm run build/);
      expect(bot.port).toBeNull();
      expect(lines.join('\n')).not.toMatch(/Listening for Slack requests/);
    } finally {
      await bot.stop({ drainMs: 0 });
      await api.close();
    }
  });

  it('says the API could not be reached, and says when it answered HTTP 500', async () => {
    const api = await FakeSlackApi.start();
    const url = api.apiUrl;
    try {
      api.fail('auth.test', { status: 500 });
      const bot = createSlackApp(configFor(api), { retryConfig: { retries: 0 }, logWrite: () => {}, registerListeners: () => {} });
      await expect(bot.start()).rejects.toThrow(/answered HTTP 500/);
    } finally {
      await api.close();
    }
    const offline = createSlackApp(loadConfig({ SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: 's3cret', SLACK_API_URL: url }) as SlackConfig,
      { retryConfig: { retries: 0 }, logWrite: () => {}, registerListeners: () => {} });
    await expect(offline.start()).rejects.toThrow(/Could not reach the Slack API at http:\/\/127\.0\.0\.1/);
  });
});
