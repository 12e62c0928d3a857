/**
 * Sends Slack-signed requests to the bot's HTTP receiver, the way Slack does:
 * events as JSON, slash commands and interactivity as `application/x-www-form-urlencoded`
 * (interactivity: one `payload` field holding JSON), with `X-Slack-Signature` (v0 HMAC-SHA256 of
 * `v0:{timestamp}:{body}`) and `X-Slack-Request-Timestamp`.
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';

export interface SignOptions {
  /** 'bad': a wrong signature; 'missing': no signature header; default: valid. */
  signature?: 'valid' | 'bad' | 'missing';
  /** Unix seconds to sign with (stale: more than 5 minutes ago). Default: now. */
  timestamp?: number;
  /** Slack's retry headers (X-Slack-Retry-Num / X-Slack-Retry-Reason). */
  retryNum?: number;
  retryReason?: string;
  /** Request path (default `/slack/events`). */
  path?: string;
  headers?: Record<string, string>;
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Milliseconds from sending to the complete response (the ack, for Slack requests). */
  ms: number;
}

/** Unix seconds six minutes ago: Bolt refuses anything older than five. */
export const staleTimestamp = () => Math.floor(Date.now() / 1000) - 6 * 60;

export function signature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export class SignedClient {
  /** `baseUrl`: `http://127.0.0.1:PORT` of the bot's HTTP receiver. */
  constructor(readonly baseUrl: string, private readonly signingSecret: string) {}

  /** An Events API body (event_callback, url_verification) as JSON. */
  postEvent(body: unknown, options: SignOptions = {}): Promise<HttpResult> {
    return this.post(JSON.stringify(body), 'application/json', options);
  }

  /** Slash command fields, form-encoded. */
  postCommand(fields: Record<string, string>, options: SignOptions = {}): Promise<HttpResult> {
    return this.post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** An interactivity payload (block_actions, message_action, view_submission...) as `payload=<json>`. */
  postInteraction(payload: unknown, options: SignOptions = {}): Promise<HttpResult> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
  }

  /** Any body with any content type, signed as asked (for truncated JSON and the like). */
  post(body: string | Buffer, contentType: string, options: SignOptions = {}): Promise<HttpResult> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const text = typeof body === 'string' ? body : body.toString('utf8');
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      ...options.headers,
    };
    const kind = options.signature ?? 'valid';
    if (kind === 'valid') headers['x-slack-signature'] = signature(this.signingSecret, timestamp, text);
    if (kind === 'bad') headers['x-slack-signature'] = signature(`${this.signingSecret}-wrong`, timestamp, text);
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
    }
    return send(`${this.baseUrl}${options.path ?? '/slack/events'}`, 'POST', headers, body);
  }

  /** A plain GET, e.g. `/healthz`. */
  get(path: string): Promise<HttpResult> {
    return send(`${this.baseUrl}${path}`, 'GET', {}, undefined);
  }
}

/** One request on a fresh connection (no keep-alive, so stopping the bot is never held up). */
export function send(url: string, method: string, headers: Record<string, string>, body: string | Buffer | undefined): Promise<HttpResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        ms: performance.now() - started,
      }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
