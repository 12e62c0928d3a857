/**
 * The Bolt App for both Slack modes, with a start that fails clearly and a stop that drains.
 *
 * - Socket Mode: SocketModeReceiver; its client asks `apps.connections.open` (on SLACK_API_URL when
 *   set) for the WebSocket URL, so a fake Web API can point it at a local server.
 * - HTTP mode: HTTPReceiver, `POST /slack/events` for events, commands and interactivity, and
 *   `GET /healthz` → 200.
 * Bolt is created with `deferInitialization`, so a rejected token surfaces from `start()` as a
 * StartupError (never as an unhandled rejection from Bolt's constructor).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import type { BotContext, DedupStore } from './context.js';
import { MemoryDedupStore } from './dedup.js';
import { createWorkerEngine } from './engine.js';
import { registerListeners as registerAllListeners } from './listeners/index.js';
import { SafeLogger } from './logger.js';

/**
 * Web API retries: a few quick ones. A reply that only gets through minutes later helps nobody,
 * and shutdown waits only seconds for work in flight. (A 429 still waits for its Retry-After.)
 */
export const DEFAULT_RETRY_CONFIG: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000, randomize: true };
/** A Web API call that hangs longer than this fails (Bolt's default is to wait forever). */
export const DEFAULT_API_TIMEOUT_MS = 15_000;
/** How long stop() waits for listener work in flight. */
export const DEFAULT_DRAIN_MS = 5000;

export interface SlackAppOptions {
  /** Web API retry policy (tests: `{ retries: 0 }`). */
  retryConfig?: webApi.RetryOptions;
  /** Per-call Web API timeout in ms (default DEFAULT_API_TIMEOUT_MS). */
  apiTimeoutMs?: number;
  /** Where log lines go (default stderr). Ignored when `logger` is given. */
  logWrite?: (line: string) => void;
  logger?: SafeLogger;
  dedup?: DedupStore;
  /** A diagnosis request failing after this many ms (default DEFAULT_ENGINE_TIMEOUT_MS). */
  engineTimeoutMs?: number;
  /** The engine worker's script (see WorkerEngineOptions.workerFile). */
  engineWorkerFile?: URL;
  /** Listener registration; default: every listener of src/slack/listeners. */
  registerListeners?: (app: App, ctx: BotContext) => void;
  /** HTTP mode: interface to listen on (default all). */
  host?: string;
  /** HTTP mode: overrides config.port (0 = any free port). */
  port?: number;
  /** Socket Mode: reconnect after a dropped connection (default true). */
  autoReconnect?: boolean;
}

/** A start-up failure with a message meant for the person running the bot. */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

export interface SlackBot {
  readonly mode: SlackConfig['mode'];
  readonly app: App;
  readonly context: BotContext;
  readonly logger: SafeLogger;
  /** Verifies the bot token (auth.test), then connects (Socket Mode) or listens (HTTP). */
  start(): Promise<void>;
  /** HTTP mode after start: the port actually listened on. */
  readonly port: number | null;
  /** Listener work in flight right now. */
  readonly inFlight: number;
  /**
   * Stops taking new work (closes the socket or the listening server), waits up to `drainMs` for
   * work in flight, and resolves with how much was still unfinished (0 when all finished).
   */
  stop(options?: { drainMs?: number }): Promise<{ unfinished: number }>;
}

export function createSlackApp(config: SlackConfig, options: SlackAppOptions = {}): SlackBot {
  const level = config.logLevel as LogLevel;
  const logger = options.logger ?? new SafeLogger({
    level,
    secrets: [config.botToken, config.mode === 'socket' ? config.appToken : config.signingSecret],
    write: options.logWrite,
  });
  const clientOptions: NonNullable<ConstructorParameters<typeof App>[0]>['clientOptions'] = {
    retryConfig: options.retryConfig ?? DEFAULT_RETRY_CONFIG,
    logger,
    logLevel: level,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    timeout: options.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
  };

  let server: Server | null = null;
  const receiver = config.mode === 'socket'
    ? new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      logLevel: level,
      autoReconnectEnabled: options.autoReconnect ?? true,
      // The Socket Mode client makes its own Web API calls (apps.connections.open): same base URL.
      installerOptions: { clientOptions },
    })
    : new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: '/slack/events',
      logger,
      logLevel: level,
      customRoutes: [{
        path: '/healthz',
        method: ['GET'],
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"ok":true}');
        },
      }],
    });

  const app = new App({
    token: config.botToken,
    receiver,
    socketMode: config.mode === 'socket',
    logger,
    logLevel: level,
    clientOptions,
    deferInitialization: true,
    // Bolt's conversation store would keep per-conversation state in memory; the bot keeps none.
    convoStore: false,
  });

  const work = new WorkTracker();
  app.use(async ({ next }) => {
    await work.track(next);
  });
  app.error(async (error) => {
    logger.error('A listener failed:', error.original ?? error);
  });

  const context: BotContext = {
    settings: {
      botToken: config.botToken,
      slackApiUrl: config.slackApiUrl,
      mailgunUi: config.mailgunUi,
      watchChannels: new Set(config.watchChannels),
      watchBotIds: new Set(config.watchBotIds),
      watchRatePerMinute: config.watchRatePerMinute,
    },
    dedup: options.dedup ?? new MemoryDedupStore(),
    engine: createWorkerEngine({ codecSecret: config.botToken, logger, timeoutMs: options.engineTimeoutMs, workerFile: options.engineWorkerFile }),
    logger,
  };
  (options.registerListeners ?? registerAllListeners)(app, context);

  let started = false;
  const apiUrl = config.slackApiUrl ?? 'https://slack.com/api/';
  const listeningPort = () => (server ? (server.address() as AddressInfo | null)?.port ?? null : null);

  return {
    mode: config.mode,
    app,
    context,
    logger,
    get port() {
      return listeningPort();
    },
    get inFlight() {
      return work.count;
    },
    async start() {
      // A bot without its engine never reports ready; the engine's worker itself starts once ready (below).
      context.engine.checkWorkerFile();
      // The Socket Mode client retries most refusals of the app token for ever (a revoked token, a
      // missing connections:write scope): one call first turns them into a clear exit. It runs
      // beside auth.test (one round trip to Slack less before ready); the bot token's refusal is
      // reported first, as before.
      const appTokenRefusal = config.mode === 'socket'
        ? new webApi.WebClient(config.appToken, clientOptions).apps.connections.open({}).then(() => null, (error: unknown) => ({ error }))
        : Promise.resolve(null);
      try {
        await app.init();
      } catch (error) {
        throw new StartupError(logger.redact(describeSlackError(error, 'SLACK_BOT_TOKEN', apiUrl)), { cause: error });
      }
      if (config.mode === 'socket') {
        try {
          const refusal = await appTokenRefusal;
          if (refusal) throw refusal.error;
          await app.start();
        } catch (error) {
          throw new StartupError(logger.redact(describeSlackError(error, 'SLACK_APP_TOKEN', apiUrl)), { cause: error });
        }
        logger.info('Connected to Slack in Socket Mode.');
      } else {
        const port = options.port ?? config.port;
        const host = options.host ?? config.host;
        try {
          server = (await app.start(host ? { port, host } : port)) as Server;
        } catch (error) {
          const code = (error as { code?: string }).code;
          const why = code === 'EADDRINUSE' ? `port ${port} is already in use` : code === 'EACCES' ? `no permission to listen on port ${port}` : (error as Error).message;
          throw new StartupError(`Could not start the HTTP server: ${why}. Fix: set PORT to a free port.`, { cause: error });
        }
        logger.info(`Listening for Slack requests on ${host ? `${host} ` : ''}port ${listeningPort()} (POST /slack/events, GET /healthz).`);
      }
      started = true;
      // Not earlier: loading the engine while this thread connects competes with it for the CPU.
      // Measured in the bench (2 CPUs, 14 alternated start-ups): ready 441 -> 400 ms (HTTP) and
      // 444 -> 414 ms (Socket Mode), for a first answer to a paste sent the moment the bot is ready
      // about 80-200 ms later (the worker loads in about half a second either way).
      context.engine.start();
    },
    async stop({ drainMs = DEFAULT_DRAIN_MS } = {}) {
      if (started) {
        started = false;
        // Stop taking new work first; its completion (all connections closed) is not waited for.
        app.stop().catch((error: unknown) => logger.warn('Stopping the receiver failed:', error));
        server?.closeIdleConnections();
      }
      const finished = await work.idle(drainMs);
      if (!finished) logger.warn(`Stopped with ${work.count} piece(s) of work unfinished after ${drainMs} ms.`);
      server?.closeAllConnections();
      server = null;
      await context.engine.close();
      return { unfinished: work.count };
    },
  };
}

/** Counts listener work in flight so that shutdown can wait for it. */
class WorkTracker {
  count = 0;
  private waiters: (() => void)[] = [];

  async track(fn: () => Promise<void>): Promise<void> {
    this.count += 1;
    try {
      await fn();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves true once nothing is in flight, or false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

const AUTH_ERRORS = new Set([
  'invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive',
  'team_disabled', 'user_removed_from_team', 'not_allowed_token_type', 'missing_scope',
]);

const TOKEN_FIX: Record<string, string> = {
  SLACK_BOT_TOKEN: 'copy the "Bot User OAuth Token" (xoxb-) from OAuth & Permissions in your app\'s settings at https://api.slack.com/apps; reinstalling the app changes it.',
  SLACK_APP_TOKEN: 'create or copy an App-Level Token (xapp-) with the connections:write scope under Basic Information → App-Level Tokens, and make sure Socket Mode is enabled.',
};

/** Turns a Web API failure at start-up into a message that says what to do. */
export function describeSlackError(error: unknown, variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', apiUrl: string): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number; original?: Error; message?: string };
  switch (e.code) {
    case 'slack_webapi_platform_error': {
      const slackError = e.data?.error ?? 'unknown_error';
      if (AUTH_ERRORS.has(slackError)) return `Slack rejected ${variable} (${slackError}). Fix: ${TOKEN_FIX[variable]}`;
      return `Slack refused the start-up call for ${variable} (${slackError}). Fix: check the token and the app's settings at https://api.slack.com/apps.`;
    }
    case 'slack_webapi_request_error':
      return `Could not reach the Slack API at ${apiUrl} (${e.original?.message ?? e.message}). Fix: check the network, or SLACK_API_URL if you set it.`;
    case 'slack_webapi_http_error':
      return `The Slack API at ${apiUrl} answered HTTP ${e.statusCode}. Fix: try again in a minute; if you set SLACK_API_URL, check it.`;
    case 'slack_webapi_rate_limited_error':
      return `The Slack API at ${apiUrl} is rate limiting start-up. Fix: wait a minute and start again.`;
    default:
      return `Could not connect to Slack: ${e.message ?? String(error)}`;
  }
}
