/**
 * The one logger the app, Bolt, the Web API client and the Socket Mode client share.
 *
 * Lines go to stderr (stdout is kept for program output). Two guarantees, whatever the level:
 * - no token or signing secret: configured secret values and anything shaped like a Slack token are
 *   replaced before a line is written;
 * - nothing of a paste: the Slack SDKs log raw payloads at debug level (WebSocket frames, API request
 *   and response bodies, ack bodies); those lines keep their description and lose the payload.
 */
import { inspect } from 'node:util';
import { LogLevel, type Logger } from '@slack/bolt';
import { SLACK_TOKEN } from '../shared/slack-token.js';

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/** SDK debug messages whose text after the prefix is a raw payload (may hold a user's paste). */
const PAYLOAD_PREFIXES = [
  'Received a message on the WebSocket:',
  'Unable to parse an incoming WebSocket message',
  'Sending a WebSocket message:',
  'Calling ack()',
  'ack() call begins',
  'ack() response stored',
  'ack() response sent',
  'http request body:',
  'http request result:',
];

/** Longest message written; anything longer is cut (a stray payload cannot flood the log). */
export const MAX_LINE = 4000;

export interface LoggerOptions {
  level: LogLevel | `${LogLevel}`;
  /** Exact values never to write (tokens, signing secret). */
  secrets?: readonly (string | null | undefined)[];
  /** Where finished lines go; default stderr. */
  write?: (line: string) => void;
  name?: string;
}

export class SafeLogger implements Logger {
  private level: LogLevel;
  private name: string;
  private readonly secrets: string[];
  private readonly write: (line: string) => void;

  constructor(options: LoggerOptions) {
    this.level = options.level as LogLevel;
    this.name = options.name ?? 'relaydenied';
    // Longest first so that a secret containing another is replaced whole.
    this.secrets = (options.secrets ?? [])
      .filter((s): s is string => typeof s === 'string' && s.length >= 4)
      .sort((a, b) => b.length - a.length);
    this.write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
  }

  debug(...msg: unknown[]): void {
    this.log(LogLevel.DEBUG, msg);
  }
  info(...msg: unknown[]): void {
    this.log(LogLevel.INFO, msg);
  }
  warn(...msg: unknown[]): void {
    this.log(LogLevel.WARN, msg);
  }
  error(...msg: unknown[]): void {
    this.log(LogLevel.ERROR, msg);
  }
  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }

  /** Removes secrets from any text (also used for messages shown to people, e.g. start-up errors). */
  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out.replace(SLACK_TOKEN, '[redacted token]');
  }

  private log(level: LogLevel, msg: unknown[]): void {
    if (RANK[level] < RANK[this.level]) return;
    let text = msg.map(formatPart).join(' ');
    const prefix = PAYLOAD_PREFIXES.find((p) => text.startsWith(p));
    if (prefix) text = `${prefix} [payload omitted, ${text.length - prefix.length} chars]`;
    // Redact the whole text before cutting it: a cut through a secret would leave its start unrecognisable.
    text = this.redact(text);
    if (text.length > MAX_LINE) text = `${text.slice(0, MAX_LINE)}… [${text.length - MAX_LINE} chars cut]`;
    this.write(`${new Date().toISOString()} ${level.toUpperCase()} [${this.redact(this.name)}] ${text}`);
  }
}

function formatPart(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) {
    // Web API errors carry `data` (Slack's answer), which says what failed; never the request.
    const data = (part as { data?: { error?: unknown } }).data;
    const code = (part as { code?: unknown }).code;
    const details = [code, data?.error].filter((x) => typeof x === 'string').join(' ');
    return `${part.name}: ${part.message}${details ? ` (${details})` : ''}`;
  }
  // Strings whole (inspect cuts at 10,000 by default): a cut inside a secret would hide it from
  // redact(); log() cuts the line after redacting.
  return inspect(part, { depth: 3, breakLength: Infinity, maxStringLength: Infinity });
}
