/**
 * A local fake of Slack's Web API (plus response_url and file downloads) on 127.0.0.1.
 *
 * Point the bot at it with `SLACK_API_URL=${api.apiUrl}`. It answers the methods the bot uses with
 * realistic shapes, records every request, and can be scripted to fail. See test/support/README.md.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Waiters } from './waiters.js';

/** Who the bot is, as auth.test tells it. */
export const FAKE_TEAM_ID = 'T0TEAM0001';
export const FAKE_BOT_USER_ID = 'U0BOT00001';
export const FAKE_BOT_ID = 'B0BOT00001';
export const FAKE_APP_ID = 'A0APP00001';

/** Pseudo-methods for requests that are not Web API calls. */
export const RESPONSE_URL = 'response_url';
export const FILE_DOWNLOAD = 'files.download';
/**
 * How long a test waits for a call it expects: a budget only a hang exceeds. The first reply after
 * start-up waits for the engine's worker to load (a few hundred ms on an idle machine), and CI runs
 * the test files in parallel forks on two cores: a 5 s budget was once exceeded there with the bot
 * healthy (only auth.test seen after 5 s, every core busy with the corpus tests).
 */
const CALL_WAIT_MS = 15_000;

/** Form fields the Web API client sends JSON-encoded; the fake decodes them. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view', 'unfurls', 'user_auth_blocks']);

export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or RESPONSE_URL, or FILE_DOWNLOAD. */
  method: string;
  /** Request path, e.g. `/api/chat.postMessage`, `/response/r1`, `/files/F1/bounce.eml`. */
  path: string;
  /** Parsed arguments: form fields (JSON fields decoded) or the JSON body. */
  body: Record<string, any>;
  rawBody: string;
  headers: IncomingHttpHeaders;
  /** Bearer token from the Authorization header, or the `token` form field. */
  token: string | null;
  /** What the fake answered. */
  status: number;
  response: unknown;
  at: number;
}

export type Failure =
  /** Answer with this HTTP status (500, 503, ...) and a small body. */
  | { status: number; retryAfter?: undefined; error?: undefined }
  /** 429 with `Retry-After: retryAfter` seconds. */
  | { status: 429; retryAfter: number; error?: undefined }
  /** HTTP 200 with `{ ok: false, error }`, e.g. 'invalid_auth', 'channel_not_found'. */
  | { error: string; status?: undefined };

export interface FailOptions {
  /** How many calls fail (default 1). */
  times?: number;
  /** Instead of a count: every call for this many ms fails. */
  forMs?: number;
}

export interface FakeFile {
  id: string;
  name: string;
  content: string | Buffer;
  mimetype?: string;
  filetype?: string;
  /** Override what the download answers: Slack's HTML sign-in page, an HTTP status, or a redirect. */
  download?: { kind: 'html-login' } | { kind: 'status'; status: number } | { kind: 'redirect'; location: string };
}

export interface FakeMessage {
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  thread_ts?: string;
  subtype?: string;
  files?: unknown[];
  [key: string]: unknown;
}

export type MethodHandler = (call: { body: Record<string, any>; token: string | null; headers: IncomingHttpHeaders }) =>
  | Record<string, unknown>
  | Promise<Record<string, unknown>>;

export interface FakeSlackApiOptions {
  /** Only this bot token is accepted (default: any `xoxb-` token). */
  botToken?: string;
  /** Only this app-level token is accepted for apps.connections.open (default: any `xapp-`). */
  appToken?: string;
}

interface ScriptedFailure {
  method: string;
  failure: Failure;
  remaining: number;
  until: number;
}

const SLACK_LOGIN_PAGE = '<!DOCTYPE html><html lang="en-US"><head><title>Sign in | Slack</title></head>' +
  '<body><form id="signin_form" action="/signin">Sign in to your workspace</form></body></html>';

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  private readonly server: Server;
  private readonly handlers = new Map<string, MethodHandler>();
  private readonly failures: ScriptedFailure[] = [];
  private readonly delays: { method: string; ms: number; remaining: number }[] = [];
  private readonly files = new Map<string, FakeFile>();
  /** channel → messages (posted by tests with addMessage, or by the bot). */
  private readonly messages = new Map<string, FakeMessage[]>();
  private readonly consumed = new Map<string, number>();
  private readonly waiters = new Waiters();
  private tsCounter = 0;
  private responseCounter = 0;
  private origin = '';

  private constructor(private readonly options: FakeSlackApiOptions) {
    this.server = createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fake-slack-api crashed: ${String(error)}`);
      });
    });
  }

  static async start(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
    const api = new FakeSlackApi(options);
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    api.origin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  /** `http://127.0.0.1:PORT` */
  get url(): string {
    return this.origin;
  }

  /** The value for SLACK_API_URL: `http://127.0.0.1:PORT/api/`. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- scripting -------------------------------------------------------------------------------

  /** Replaces the answer of one method (after token checks and scripted failures). */
  handle(method: string, handler: MethodHandler): void {
    this.handlers.set(method, handler);
  }

  /**
   * The next calls of `method` fail (`'*'`: any method, including RESPONSE_URL and FILE_DOWNLOAD).
   * `{ status: 500 }`, `{ status: 429, retryAfter: 1 }`, `{ error: 'invalid_auth' }`.
   */
  fail(method: string, failure: Failure, { times = 1, forMs }: FailOptions = {}): void {
    this.failures.push({
      method,
      failure,
      remaining: forMs === undefined ? times : Number.POSITIVE_INFINITY,
      until: forMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + forMs,
    });
  }

  /**
   * The next calls of `method` (`'*'`: any) are answered only after `ms`: Slack being slow, or work
   * kept in flight while a test stops the bot. Combines with `fail`.
   */
  delay(method: string, ms: number, { times = 1 }: { times?: number } = {}): void {
    this.delays.push({ method, ms, remaining: times });
  }

  /** Serves a file: files.info answers with it and its url_private_download is served here. */
  addFile(file: FakeFile): { url_private: string; url_private_download: string } {
    this.files.set(file.id, file);
    return this.fileUrls(file);
  }

  /** The Slack file object files.info returns (also what to put in a file_share event). */
  fileObject(id: string): Record<string, unknown> {
    const file = this.files.get(id);
    if (!file) throw new Error(`no fake file ${id}`);
    const size = Buffer.byteLength(file.content);
    return {
      id: file.id,
      name: file.name,
      title: file.name,
      mimetype: file.mimetype ?? 'text/plain',
      filetype: file.filetype ?? 'text',
      pretty_type: 'Plain Text',
      size,
      mode: 'snippet',
      is_external: false,
      ...this.fileUrls(file),
    };
  }

  /** Adds a message to a channel's history (for conversations.replies). Returns its ts. */
  addMessage(channel: string, message: Partial<FakeMessage> & { text?: string }): string {
    const ts = message.ts ?? this.nextTs();
    const list = this.messages.get(channel) ?? [];
    list.push({ type: 'message', ...message, ts });
    list.sort((a, b) => Number(a.ts) - Number(b.ts));
    this.messages.set(channel, list);
    return ts;
  }

  /** A response_url that records what is POSTed to it (as RESPONSE_URL calls). */
  responseUrl(): string {
    this.responseCounter += 1;
    return `${this.origin}/response/r${this.responseCounter}`;
  }

  // ---- inspecting ------------------------------------------------------------------------------

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * The next call of `method` not yet returned by nextCall (a per-method cursor, so a call made
   * before you start waiting is not missed). Rejects after `timeoutMs`.
   */
  async nextCall(method: string, { timeoutMs = CALL_WAIT_MS } = {}): Promise<RecordedCall> {
    const call = await this.waiters.waitFor(() => {
      const index = this.consumed.get(method) ?? 0;
      return this.callsTo(method)[index];
    }, timeoutMs, () => `no call of ${method} within ${timeoutMs} ms (calls so far: ${this.summary()})`);
    this.consumed.set(method, (this.consumed.get(method) ?? 0) + 1);
    return call;
  }

  /** Resolves with all calls of `method` once there are at least `count`. */
  async waitForCalls(method: string, count: number, { timeoutMs = CALL_WAIT_MS } = {}): Promise<RecordedCall[]> {
    return this.waiters.waitFor(() => {
      const calls = this.callsTo(method);
      return calls.length >= count ? calls : undefined;
    }, timeoutMs, () => `expected ${count} call(s) of ${method} within ${timeoutMs} ms, got ${this.callsTo(method).length}`);
  }

  /** True when no call of `method` beyond those nextCall returned arrives within `ms`. */
  async noNewCall(method: string, ms: number): Promise<boolean> {
    try {
      await this.waiters.waitFor(() => this.callsTo(method)[this.consumed.get(method) ?? 0], ms, () => '');
      return false;
    } catch {
      return true;
    }
  }

  /** Every call the bot made through the Web API, response_url or downloads, e.g. for asserting the text of each. */
  get replies(): RecordedCall[] {
    return this.calls.filter((c) => ['chat.postMessage', 'chat.postEphemeral', 'chat.update', RESPONSE_URL, 'views.open', 'views.publish', 'views.update'].includes(c.method));
  }

  summary(): string {
    return this.calls.map((c) => c.method).join(', ') || 'none';
  }

  // ---- serving ---------------------------------------------------------------------------------

  private record(call: RecordedCall): void {
    this.calls.push(call);
    this.waiters.wake();
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${1_700_000_000 + this.tsCounter}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private fileUrls(file: FakeFile) {
    const path = `${this.origin}/files/${file.id}/${encodeURIComponent(file.name)}`;
    return { url_private: path, url_private_download: `${path}?download=1` };
  }

  private takeFailure(method: string): Failure | null {
    const now = Date.now();
    for (const f of this.failures) {
      if ((f.method === method || f.method === '*') && f.remaining > 0 && now < f.until) {
        f.remaining -= 1;
        return f.failure;
      }
    }
    return null;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.origin);
    const path = url.pathname;

    let method: string;
    if (path.startsWith('/api/')) method = path.slice('/api/'.length);
    else if (path.startsWith('/response/')) method = RESPONSE_URL;
    else if (path.startsWith('/files/')) method = FILE_DOWNLOAD;
    else method = `unknown:${path}`;

    const body = parseBody(rawBody, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : null;

    const answer = (status: number, response: unknown, headers: Record<string, string> = {}, raw?: string | Buffer) => {
      this.record({ method, path: path + url.search, body, rawBody, headers: req.headers, token, status, response, at: Date.now() });
      const payload = raw ?? JSON.stringify(response);
      res.writeHead(status, { 'content-type': raw === undefined ? 'application/json; charset=utf-8' : 'text/plain', ...headers });
      res.end(payload);
    };

    const delay = this.delays.find((d) => (d.method === method || d.method === '*') && d.remaining > 0);
    if (delay) {
      delay.remaining -= 1;
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
    }

    const failure = this.takeFailure(method);
    if (failure) {
      if (failure.error !== undefined) return answer(200, { ok: false, error: failure.error });
      if (failure.status === 429) {
        return answer(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter ?? 1) });
      }
      return answer(failure.status, { ok: false, error: 'fake_http_error' }, {}, `HTTP ${failure.status}`);
    }

    if (method === RESPONSE_URL) {
      if (req.method !== 'POST') return answer(405, { ok: false, error: 'method_not_allowed' });
      return answer(200, { ok: true });
    }
    if (method === FILE_DOWNLOAD) return this.serveFile(path, token, answer, res, req.headers, rawBody, body);
    if (method.startsWith('unknown:')) return answer(404, { ok: false, error: 'not_found' });

    const tokenError = this.checkToken(method, token);
    if (tokenError) return answer(200, { ok: false, error: tokenError });

    const custom = this.handlers.get(method);
    const response = custom ? await custom({ body, token, headers: req.headers }) : this.defaultAnswer(method, body);
    return answer(200, response);
  }

  private checkToken(method: string, token: string | null): string | null {
    if (!token) return 'not_authed';
    if (method === 'apps.connections.open') {
      if (!token.startsWith('xapp-')) return 'not_allowed_token_type';
      return this.options.appToken !== undefined && token !== this.options.appToken ? 'invalid_auth' : null;
    }
    if (!token.startsWith('xoxb-')) return token.startsWith('xapp-') ? 'not_allowed_token_type' : 'invalid_auth';
    return this.options.botToken !== undefined && token !== this.options.botToken ? 'invalid_auth' : null;
  }

  private serveFile(
    path: string,
    token: string | null,
    answer: (status: number, response: unknown, headers?: Record<string, string>, raw?: string | Buffer) => void,
    res: ServerResponse,
    headers: IncomingHttpHeaders,
    rawBody: string,
    body: Record<string, any>,
  ): void {
    const id = path.split('/')[2] ?? '';
    const file = this.files.get(id);
    if (!file) return answer(404, { ok: false, error: 'file_not_found' }, {}, 'Not Found');
    // Without a valid bot token, real Slack answers 200 with its sign-in page, not an error status.
    if (file.download?.kind === 'html-login' || !token || this.checkToken('files.download', token)) {
      this.record({ method: FILE_DOWNLOAD, path, body, rawBody, headers, token, status: 200, response: 'html-login', at: Date.now() });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(SLACK_LOGIN_PAGE);
      return;
    }
    if (file.download?.kind === 'status') return answer(file.download.status, { ok: false }, {}, `HTTP ${file.download.status}`);
    if (file.download?.kind === 'redirect') {
      return answer(302, { redirect: file.download.location }, { location: file.download.location }, '');
    }
    this.record({ method: FILE_DOWNLOAD, path, body, rawBody, headers, token, status: 200, response: 'file', at: Date.now() });
    res.writeHead(200, {
      'content-type': file.mimetype ?? 'text/plain',
      'content-length': String(Buffer.byteLength(file.content)),
    });
    res.end(file.content);
  }

  private defaultAnswer(method: string, body: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true, url: `${this.origin}/`, team: 'Fake Team', user: 'relaydenied', team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, is_enterprise_install: false,
        };
      case 'chat.postMessage': {
        if (!body.channel) return { ok: false, error: 'channel_not_found' };
        if (!body.text && !body.blocks && !body.attachments) return { ok: false, error: 'no_text' };
        const ts = this.nextTs();
        const message = { type: 'message', text: body.text, blocks: body.blocks, user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, ts, ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}) };
        this.addMessage(body.channel, message);
        return { ok: true, channel: body.channel, ts, message };
      }
      case 'chat.postEphemeral':
        if (!body.channel || !body.user) return { ok: false, error: 'channel_not_found' };
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.update':
        if (!body.channel || !body.ts) return { ok: false, error: 'message_not_found' };
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text, message: { text: body.text, blocks: body.blocks } };
      case 'conversations.replies': {
        const list = this.messages.get(body.channel) ?? [];
        const root = list.find((m) => m.ts === body.ts);
        if (!root) return { ok: false, error: 'thread_not_found' };
        const rootTs = root.thread_ts ?? root.ts;
        const thread = list.filter((m) => m.ts === rootTs || m.thread_ts === rootTs);
        return { ok: true, messages: thread, has_more: false };
      }
      case 'conversations.history':
        return { ok: true, messages: [...(this.messages.get(body.channel) ?? [])].reverse(), has_more: false };
      case 'conversations.open': {
        const user = String(body.users ?? '').split(',')[0];
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${user.replace(/^U/, '')}` } };
      }
      case 'views.open':
      case 'views.publish':
      case 'views.update':
      case 'views.push': {
        if (!body.view) return { ok: false, error: 'invalid_arguments' };
        if (method === 'views.open' && !body.trigger_id) return { ok: false, error: 'invalid_trigger_id' };
        return { ok: true, view: { id: `V${this.nextTs().replace('.', '')}`, ...body.view } };
      }
      case 'files.info': {
        const id = String(body.file ?? '');
        return this.files.has(id) ? { ok: true, file: this.fileObject(id) } : { ok: false, error: 'file_not_found' };
      }
      case 'apps.connections.open':
        return { ok: false, error: 'socket_mode_not_set_up_in_fake' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try {
      const value = JSON.parse(raw);
      return typeof value === 'object' && value !== null ? value : { value };
    } catch {
      return { unparsed: raw };
    }
  }
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, any> = {};
    for (const [key, value] of new URLSearchParams(raw)) {
      if (JSON_FIELDS.has(key)) {
        try {
          out[key] = JSON.parse(value);
          continue;
        } catch {
          // not JSON after all: keep the string
        }
      }
      out[key] = value;
    }
    return out;
  }
  return { unparsed: raw };
}

/** A random id in Slack's style, for envelope ids, tickets, event ids. */
export function randomId(prefix = ''): string {
  return prefix + randomBytes(6).toString('hex').toUpperCase();
}
