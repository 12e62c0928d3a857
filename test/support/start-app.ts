/**
 * Starts the real bot (createSlackApp: Bolt, receivers, listeners) against the local fakes, in
 * HTTP mode or Socket Mode, and stops everything cleanly. See test/support/README.md.
 */
import type { App } from '@slack/bolt';
import { loadConfig, type SlackConfig } from '../../src/config.js';
import { createSlackApp, type SlackAppOptions, type SlackBot } from '../../src/slack/app.js';
import type { BotContext } from '../../src/slack/context.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { SignedClient } from './signed-http.js';
import { SocketModeServer } from './socket-mode-server.js';

export const TEST_BOT_TOKEN = 'xoxb-1111111111-2222222222-testbottokenvalue';
export const TEST_APP_TOKEN = 'xapp-1-A0APP00001-3333333333-testapptokenvalue';
export const TEST_SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

export interface StartBotOptions {
  mode: 'http' | 'socket';
  /** Extra environment (WATCH_CHANNELS, MAILGUN_UI, LOG_LEVEL...); tokens and SLACK_API_URL are filled in. */
  env?: Record<string, string>;
  /** An already running fake API (default: a new one, closed by stop()). */
  api?: FakeSlackApi;
  /** Replaces the real listeners (platform tests); default: src/slack/listeners. */
  registerListeners?: (app: App, ctx: BotContext) => void;
  /** Anything else for createSlackApp (dedup store, drain...). Retries default to 0. */
  appOptions?: Omit<SlackAppOptions, 'registerListeners' | 'logWrite' | 'logger'>;
  /** Also print log lines (default: only collected in `logs`). */
  echoLogs?: boolean;
}

export interface TestBot {
  bot: SlackBot;
  api: FakeSlackApi;
  config: SlackConfig;
  /** HTTP mode: signed requests to the bot's receiver. */
  http: SignedClient | null;
  /** Socket Mode: the WebSocket server the bot is connected to. */
  socket: SocketModeServer | null;
  /** Every log line the bot wrote. */
  logs: string[];
  /** Stops the bot (draining in-flight work), then the fakes it owns. */
  stop(options?: { drainMs?: number }): Promise<void>;
}

export async function startTestBot(options: StartBotOptions): Promise<TestBot> {
  const ownsApi = !options.api;
  const api = options.api ?? await FakeSlackApi.start();
  const socket = options.mode === 'socket' ? await SocketModeServer.start(api) : null;
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    ...options.env,
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    ...(options.mode === 'socket' ? { SLACK_APP_TOKEN: TEST_APP_TOKEN } : { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET }),
    SLACK_API_URL: api.apiUrl,
  }) as SlackConfig;
  const logs: string[] = [];
  const bot = createSlackApp(config, {
    retryConfig: { retries: 0 },
    host: '127.0.0.1',
    port: 0,
    ...options.appOptions,
    ...(options.registerListeners ? { registerListeners: options.registerListeners } : {}),
    logWrite: (line) => {
      logs.push(line);
      if (options.echoLogs) process.stderr.write(`${line}\n`);
    },
  });
  const stopFakes = async () => {
    await socket?.close();
    if (ownsApi) await api.close();
  };
  try {
    await bot.start();
  } catch (error) {
    await stopFakes();
    throw error;
  }
  let stopped = false;
  return {
    bot,
    api,
    config,
    http: options.mode === 'http' ? new SignedClient(`http://127.0.0.1:${bot.port}`, TEST_SIGNING_SECRET) : null,
    socket,
    logs,
    async stop({ drainMs = 2000 } = {}) {
      if (stopped) return;
      stopped = true;
      await bot.stop({ drainMs });
      await stopFakes();
    },
  };
}
