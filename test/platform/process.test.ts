/**
 * The built bot as a process (`dist/main.js` as `npm start` runs it): console mode on a pipe,
 * start-up failures and their exit codes, SIGTERM with work in flight, and what reaches the output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_INPUT_NOTE, BINARY_INPUT_NOTE, SLACK_HINT } from '../../src/console/index.js';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply, renderText, type UiChoice } from '../../src/replies/index.js';
import { FAKE_BOT_USER_ID, FakeSlackApi, RESPONSE_URL } from '../support/fake-slack-api.js';
import { appMentionEvent, eventCallback, mention, slashCommand } from '../support/payloads.js';
import { SignedClient } from '../support/signed-http.js';
import { SocketModeServer } from '../support/socket-mode-server.js';
import { buildDist, spawnBot, tempWorkDir } from '../support/spawn-bot.js';
import { TEST_APP_TOKEN, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/start-app.js';

beforeAll(() => buildDist(), 120_000);

const PASTE = '550 5.7.1 Relaying denied\n';
const expectedReply = (text: string, ui: UiChoice = 'all') => `${renderText(buildReply(diagnose(text)), { ui }).trimEnd()}\n`;

/** What Node prints when a promise rejection kills a process, or any stack trace. */
const CRASH = /UnhandledPromiseRejection|unhandledRejection|triggerUncaughtException|\n\s+at .+:\d+:\d+/;

describe('console mode on a pipe', () => {
  it('prints only the reply on stdout, the Slack hint on stderr, and exits 0', async () => {
    const bot = spawnBot({ input: PASTE });
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(bot.stdout).toBe(expectedReply(PASTE));
    expect(bot.stderr).toBe(`${SLACK_HINT}\n`);
  });

  it('shows the Mailgun UI chosen by MAILGUN_UI, read from .env without printing anything', async () => {
    const paste = 'smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\n';
    const bot = spawnBot({ input: paste, cwd: tempWorkDir('MAILGUN_UI=classic\nLOG_LEVEL=debug\n') });
    expect((await bot.exited).code).toBe(0);
    expect(bot.stdout).toBe(expectedReply(paste, 'classic'));
  });

  it('answers empty input with a one-line note and exit 0', async () => {
    const bot = spawnBot({ input: '  \n\n' });
    expect((await bot.exited).code).toBe(0);
    expect(bot.stdout).toBe(`${EMPTY_INPUT_NOTE}\n`);
  });

  it('says binary input is not text instead of diagnosing noise', async () => {
    const bot = spawnBot({ input: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00]) });
    expect((await bot.exited).code).toBe(0);
    expect(bot.stdout).toBe(`${BINARY_INPUT_NOTE}\n`);
  });

  it('answers a 6 MiB input from its first 5 MiB, saying so on stderr', async () => {
    const line = 'Remote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\n';
    const bot = spawnBot({ input: line.repeat(Math.ceil((6 * 1024 * 1024) / line.length)) });
    expect((await bot.exited).code).toBe(0);
    expect(bot.stdout.length).toBeGreaterThan(0);
    expect(bot.stdout).not.toMatch(CRASH);
    expect(bot.stderr).toMatch(/longer than 5 MiB; only its start was read/);
  }, 60_000);
});

describe('start-up failures', () => {
  it('stops on a bad setting: names the variable and the fix, exit 1, nothing on stdout', async () => {
    const bot = spawnBot({ env: { SLACK_BOT_TOKEN: TEST_BOT_TOKEN } });
    expect((await bot.exited).code).toBe(1);
    expect(bot.stdout).toBe('');
    expect(bot.stderr).toMatch(/SLACK_APP_TOKEN/);
    expect(bot.stderr).toMatch(/SLACK_SIGNING_SECRET/);
    expect(bot.stderr).not.toContain(TEST_BOT_TOKEN);
  });

  it('reads .env from the working directory', async () => {
    const bot = spawnBot({ input: PASTE, cwd: tempWorkDir('PORT=not-a-port\n') });
    expect((await bot.exited).code).toBe(1);
    expect(bot.stderr).toMatch(/PORT "not-a-port" is not a whole number/);
  });

  it.each(['socket', 'http'] as const)('invalid_auth from Slack (%s mode): a clear message, exit 1, no unhandled rejection', async (mode) => {
    const api = await FakeSlackApi.start({ botToken: 'xoxb-the-right-one' });
    try {
      const bot = spawnBot({ env: slackEnv(mode, api, { PORT: '0' }) });
      const { code } = await bot.exited;
      expect(code).toBe(1);
      expect(bot.stderr).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)\. Fix: copy the "Bot User OAuth Token"/);
      expect(bot.stderr).not.toMatch(CRASH);
      expect(bot.stdout + bot.stderr).not.toContain(TEST_BOT_TOKEN);
      expect(api.callsTo('auth.test')).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});

describe('running in Slack modes', () => {
  it('Socket Mode: connects, answers, and on SIGTERM finishes the reply in flight, then exits 0', async () => {
    const api = await FakeSlackApi.start();
    const socket = await SocketModeServer.start(api);
    try {
      const bot = spawnBot({ env: slackEnv('socket', api, { LOG_LEVEL: 'info' }) });
      await socket.connected();
      await bot.waitFor('stderr', /Connected to Slack in Socket Mode/);

      api.delay(RESPONSE_URL, 1500);
      const envelope = socket.sendCommand(slashCommand({ text: PASTE, responseUrl: api.responseUrl() }));
      await socket.ack(envelope);
      await sleep(300);
      bot.child.kill('SIGTERM');

      const { code, at } = await bot.exited;
      expect(code).toBe(0);
      const [reply] = api.callsTo(RESPONSE_URL);
      expect(reply?.status).toBe(200);
      // The process was still there when the reply was answered (recorded after the 1.5 s delay).
      expect(at).toBeGreaterThanOrEqual(reply!.at);
      expect(reply?.body.response_type).toBe('ephemeral');
      expect(bot.stderr).toMatch(/SIGTERM/);
      expect(bot.stderr).not.toMatch(CRASH);
    } finally {
      await socket.close();
      await api.close();
    }
  });

  it('HTTP mode: serves /healthz, answers a mention, and on SIGTERM finishes the reply in flight, then exits 0', async () => {
    const api = await FakeSlackApi.start();
    try {
      const bot = spawnBot({ env: slackEnv('http', api, { PORT: '0', LOG_LEVEL: 'info' }) });
      const [, port] = await bot.waitFor('stderr', /Listening for Slack requests on port (\d+)/);
      const http = new SignedClient(`http://127.0.0.1:${port}`, TEST_SIGNING_SECRET);
      expect((await http.get('/healthz')).status).toBe(200);
      expect((await http.postEvent(eventCallback(appMentionEvent({ text: mention(PASTE) })), { signature: 'bad' })).status).toBe(401);

      api.delay('chat.postMessage', 1500);
      const ack = await http.postEvent(eventCallback(appMentionEvent({ text: mention(PASTE) })));
      expect(ack.status).toBe(200);
      await sleep(300);
      bot.child.kill('SIGTERM');

      const { code, at } = await bot.exited;
      expect(code).toBe(0);
      const [post] = api.callsTo('chat.postMessage');
      expect(post?.status).toBe(200);
      expect(at).toBeGreaterThanOrEqual(post!.at);
      expect(post?.body.thread_ts).toBeDefined();
      expect(bot.stderr).not.toMatch(CRASH);
    } finally {
      await api.close();
    }
  });

  it.each(['socket', 'http'] as const)('at LOG_LEVEL=debug (%s mode), no token, signing secret or pasted password reaches the output', async (mode) => {
    const api = await FakeSlackApi.start();
    const socket = mode === 'socket' ? await SocketModeServer.start(api) : null;
    const password = 'Zq8-pasted-password-Xw3';
    const paste = `SMTP login postmaster@mg.example.com password=${password}\n550 5.7.1 Relaying denied\n`;
    try {
      const bot = spawnBot({ env: slackEnv(mode, api, { PORT: '0', LOG_LEVEL: 'debug' }) });
      const deliver = async (kind: 'command' | 'mention') => {
        if (socket) {
          await socket.connected();
          const id = kind === 'command'
            ? socket.sendCommand(slashCommand({ text: paste, responseUrl: api.responseUrl() }))
            : socket.sendEvent(appMentionEvent({ text: `<@${FAKE_BOT_USER_ID}> ${paste}` }));
          await socket.ack(id);
        } else {
          const [, port] = await bot.waitFor('stderr', /Listening for Slack requests on port (\d+)/);
          const http = new SignedClient(`http://127.0.0.1:${port}`, TEST_SIGNING_SECRET);
          const res = kind === 'command'
            ? await http.postCommand(slashCommand({ text: paste, responseUrl: api.responseUrl() }))
            : await http.postEvent(eventCallback(appMentionEvent({ text: mention(paste) })));
          expect(res.status).toBe(200);
        }
      };
      await deliver('command');
      await deliver('mention');
      await api.nextCall(RESPONSE_URL);
      await api.nextCall('chat.postMessage');
      bot.child.kill('SIGTERM');
      expect((await bot.exited).code).toBe(0);

      const output = bot.stdout + bot.stderr;
      expect(output).toMatch(/DEBUG/); // debug logging really was on
      for (const secret of [TEST_BOT_TOKEN, TEST_APP_TOKEN, TEST_SIGNING_SECRET, password]) expect(output).not.toContain(secret);
      expect(output).not.toMatch(/xox[bp]-\w|xapp-\w/);
    } finally {
      await socket?.close();
      await api.close();
    }
  });
});

function slackEnv(mode: 'socket' | 'http', api: FakeSlackApi, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: TEST_APP_TOKEN } : { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET }),
    SLACK_API_URL: api.apiUrl,
    ...extra,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

