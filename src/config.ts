/**
 * Configuration from the environment and `.env`, validated once at start-up.
 *
 * `loadConfig(env)` is pure (tests call it with plain objects); `readConfig()` adds `.env`.
 * A bad value never gets past here: the error names the variable, what is wrong and how to fix it.
 */
import { isIP } from 'node:net';
import dotenv from 'dotenv';
import { z } from 'zod';
import type { UiChoice } from './replies/model.js';
import { SLACK_TOKEN } from './shared/slack-token.js';

export type Mode = 'socket' | 'http' | 'console';
export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

interface CommonConfig {
  port: number;
  /** HTTP mode: the address to listen on, or null for every interface. */
  host: string | null;
  /** Web API base URL ending with `/`, or null for Slack's own. */
  slackApiUrl: string | null;
  logLevel: LogLevelName;
  mailgunUi: UiChoice;
  watchChannels: string[];
  watchBotIds: string[];
  watchRatePerMinute: number;
}

export type SocketConfig = CommonConfig & { mode: 'socket'; botToken: string; appToken: string };
export type HttpConfig = CommonConfig & { mode: 'http'; botToken: string; signingSecret: string };
export type ConsoleConfig = CommonConfig & { mode: 'console' };
export type SlackConfig = SocketConfig | HttpConfig;
export type Config = SlackConfig | ConsoleConfig;

export const DEFAULT_PORT = 3000;
export const DEFAULT_WATCH_RATE_LIMIT = 6;

/** Thrown for any configuration problem; `problems` holds one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const APP_SETTINGS = 'your app\'s settings at https://api.slack.com/apps';

/** How to fix each variable, appended to whatever is wrong with it. */
const FIX: Record<string, string> = {
  SLACK_BOT_TOKEN: `Copy the "Bot User OAuth Token" from OAuth & Permissions in ${APP_SETTINGS}.`,
  SLACK_APP_TOKEN: `Create an App-Level Token with the connections:write scope under Basic Information → App-Level Tokens in ${APP_SETTINGS}.`,
  SLACK_SIGNING_SECRET: `Copy the "Signing Secret" from Basic Information → App Credentials in ${APP_SETTINGS}.`,
  PORT: 'Set a whole number from 0 to 65535 (0 picks any free port), or leave it empty for 3000.',
  HOST: 'Set an IP address such as 127.0.0.1 (only this machine, e.g. behind a reverse proxy) or ::, or leave it empty for every interface.',
  SLACK_API_URL: 'Leave it empty for Slack\'s own API, or set a URL such as https://slack-gov.com/api/.',
  LOG_LEVEL: 'Use one of debug, info, warn, error.',
  MAILGUN_UI: 'Use one of classic, beta, current, all.',
  WATCH_CHANNELS: 'List channel ids separated by commas, like C0123456789,G0123456789 (a channel\'s id is at the bottom of its About tab in Slack).',
  WATCH_BOT_IDS: 'List bot ids separated by commas, like B0123456789 (the bot_id of the integration\'s messages).',
  WATCH_RATE_LIMIT: 'Set a whole number of replies per channel per minute, from 1 to 600.',
};

const noSpace = (s: string) => !/\s/.test(s);

/** Longer than any value a setting other than a secret takes: such a value is not repeated back. */
const SHOWN_MAX = 40;

/** What a mistyped value of each kind of setting looks like: only such a value is repeated back. */
const LOOKS_LIKE = {
  url: /^[\w+.-]{1,10}:\/\/[\w.:/[\]-]{0,60}$|^[a-z][\w.-]{0,30}$/i,
  id: /^#?[a-z][a-z0-9_-]{0,20}$|^[A-Z0-9]{2,15}$/,
  number: /^[\d\s.,+-]{1,12}$|^[a-z][a-z -]{0,19}$/i,
  word: /^[a-z][a-z -]{0,19}$/i,
};

/**
 * A bad value as an error message may repeat it: quoted when it looks like a mistyped value of the
 * setting, else only its length: it could be a secret pasted into the wrong line (a token, a
 * signing secret, a password), which must never reach a terminal or a log.
 */
function shown(value: string, looksLike: RegExp): string {
  SLACK_TOKEN.lastIndex = 0;
  const plain = value.length <= SHOWN_MAX && looksLike.test(value) && !SLACK_TOKEN.test(value) && !/[0-9a-f]{24,}/i.test(value);
  return plain ? `"${value}"` : `(a value of ${value.length} characters, not shown: it may be a secret in the wrong variable)`;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

const apiUrl = z.string().transform((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `${shown(value, LOOKS_LIKE.url)} is not a URL` });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    ctx.addIssue({ code: 'custom', message: 'must use https (plain http is allowed only for 127.0.0.1, ::1 or localhost)' });
    return z.NEVER;
  }
  if (url.username || url.password || url.search || url.hash) {
    ctx.addIssue({ code: 'custom', message: 'must not contain credentials, a query or a fragment' });
    return z.NEVER;
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
});

function idList(pattern: RegExp, what: string) {
  return z.string().transform((value, ctx) => {
    const ids = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
    const bad = ids.filter((id) => !pattern.test(id));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `${bad.map((id) => shown(id, LOOKS_LIKE.id)).join(', ')} ${bad.length === 1 ? 'is not a' : 'are not'} ${what} id${bad.length === 1 ? '' : 's'}` });
      return z.NEVER;
    }
    return ids;
  });
}

function wholeNumber(min: number, max: number) {
  return z.string().transform((value, ctx) => {
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${shown(value, LOOKS_LIKE.number)} is not a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return n;
  });
}

function oneOf<T extends string>(values: readonly T[]) {
  return z.string().transform((value, ctx) => {
    const lower = value.toLowerCase();
    const found = values.find((v) => v === lower);
    if (!found) {
      ctx.addIssue({ code: 'custom', message: `${shown(value, LOOKS_LIKE.word)} is not one of ${values.join(', ')}` });
      return z.NEVER;
    }
    return found;
  });
}

// Secrets are never quoted back in messages: only what is wrong with their shape.
const schema = z.object({
  SLACK_BOT_TOKEN: z.string()
    .superRefine((s, ctx) => {
      if (s.startsWith('xoxb-')) return;
      // The two tokens Slack shows next to the bot token: say which one it is.
      const which = s.startsWith('xoxp-')
        ? ' (this is the User OAuth Token, from the same page)'
        : s.startsWith('xapp-')
          ? ' (this is the app-level token: it belongs in SLACK_APP_TOKEN)'
          : '';
      ctx.addIssue({ code: 'custom', message: `must be a bot token starting with "xoxb-"${which}` });
    })
    .refine(noSpace, 'must not contain spaces').optional(),
  SLACK_APP_TOKEN: z.string()
    .superRefine((s, ctx) => {
      if (s.startsWith('xapp-')) return;
      const which = s.startsWith('xoxb-') ? ' (this is the bot token: it belongs in SLACK_BOT_TOKEN)' : '';
      ctx.addIssue({ code: 'custom', message: `must be an app-level token starting with "xapp-"${which}` });
    })
    .refine(noSpace, 'must not contain spaces').optional(),
  SLACK_SIGNING_SECRET: z.string().refine(noSpace, 'must not contain spaces').optional(),
  PORT: wholeNumber(0, 65535).optional(),
  HOST: z.string().refine((s) => isIP(s) !== 0 || s === 'localhost', 'must be an IP address (or localhost)').optional(),
  SLACK_API_URL: apiUrl.optional(),
  LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error'] as const).optional(),
  MAILGUN_UI: oneOf(['classic', 'beta', 'current', 'all'] as const).optional(),
  WATCH_CHANNELS: idList(/^[CG][A-Z0-9]{2,}$/, 'channel').optional(),
  WATCH_BOT_IDS: idList(/^B[A-Z0-9]{2,}$/, 'bot').optional(),
  WATCH_RATE_LIMIT: wholeNumber(1, 600).optional(),
});

type Env = Record<string, string | undefined>;

/** Every variable the bot reads (.env.example documents each; a test keeps them in step). */
export const CONFIG_VARIABLES = Object.keys(schema.shape);

/** Validates a plain environment object. Empty (or blank) values count as unset. */
export function loadConfig(env: Env): Config {
  const present: Record<string, string> = {};
  for (const key of CONFIG_VARIABLES) {
    const value = env[key]?.trim();
    if (value) present[key] = value;
  }
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      return `${variable} ${issue.message}. ${FIX[variable] ?? ''}`.trim();
    });
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  const common: CommonConfig = {
    port: v.PORT ?? DEFAULT_PORT,
    host: v.HOST ?? null,
    slackApiUrl: v.SLACK_API_URL ?? null,
    logLevel: v.LOG_LEVEL ?? 'info',
    mailgunUi: v.MAILGUN_UI ?? 'all',
    watchChannels: v.WATCH_CHANNELS ?? [],
    watchBotIds: v.WATCH_BOT_IDS ?? [],
    watchRatePerMinute: v.WATCH_RATE_LIMIT ?? DEFAULT_WATCH_RATE_LIMIT,
  };

  if (v.SLACK_APP_TOKEN || v.SLACK_SIGNING_SECRET) {
    const mode = v.SLACK_APP_TOKEN ? 'Socket Mode (SLACK_APP_TOKEN is set)' : 'HTTP mode (SLACK_SIGNING_SECRET is set)';
    if (!v.SLACK_BOT_TOKEN) {
      throw new ConfigError([`SLACK_BOT_TOKEN is missing: ${mode} needs the bot token too. ${FIX.SLACK_BOT_TOKEN}`]);
    }
    return v.SLACK_APP_TOKEN
      ? { ...common, mode: 'socket', botToken: v.SLACK_BOT_TOKEN, appToken: v.SLACK_APP_TOKEN }
      : { ...common, mode: 'http', botToken: v.SLACK_BOT_TOKEN, signingSecret: v.SLACK_SIGNING_SECRET! };
  }
  if (v.SLACK_BOT_TOKEN) {
    throw new ConfigError([
      'SLACK_BOT_TOKEN is set, but the bot also needs a way to receive events: add SLACK_APP_TOKEN (xapp-, ' +
        'for Socket Mode, no public URL needed) or SLACK_SIGNING_SECRET (for HTTP mode behind a public URL). ' +
        'To try it without Slack, leave SLACK_BOT_TOKEN empty.',
    ]);
  }
  return { ...common, mode: 'console' };
}

/**
 * Reads `.env` from the working directory (without printing anything) under the real environment,
 * then validates. A variable set but empty in the environment does not hide its `.env` value.
 */
export function readConfig(env: Env = process.env): Config {
  const fromFile: Record<string, string> = {};
  dotenv.config({ quiet: true, processEnv: fromFile });
  const merged: Env = { ...fromFile };
  for (const [key, value] of Object.entries(env)) {
    if (value?.trim()) merged[key] = value;
  }
  return loadConfig(merged);
}
