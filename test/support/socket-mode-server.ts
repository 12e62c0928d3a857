/**
 * A local WebSocket server that speaks Slack's Socket Mode protocol to the bot.
 *
 * The bot finds it the real way: its Socket Mode client calls `apps.connections.open` on the fake
 * Web API, which (once `attach`ed) answers with `ws://127.0.0.1:PORT/link/?ticket=...`. On connect
 * the server says `hello`; `send*` push envelopes; acks are recorded by envelope_id.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlackApi } from './fake-slack-api.js';
import { FAKE_APP_ID } from './fake-slack-api.js';
import { eventCallback, type EventEnvelopeOptions } from './payloads.js';
import { Waiters } from './waiters.js';

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface Envelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: unknown;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface Ack {
  envelope_id: string;
  /** The ack's payload (what ack(...) was given: a command's immediate reply, view errors...). */
  payload: Record<string, unknown> | undefined;
  /** Milliseconds from sending the envelope to receiving the ack. */
  ms: number;
}

export interface SendOptions {
  retryAttempt?: number;
  retryReason?: string;
  envelopeId?: string;
}

export class SocketModeServer {
  /** Every envelope sent, in order. */
  readonly sent: Envelope[] = [];
  readonly acks = new Map<string, Ack>();
  /** Messages from the bot that were not acks (should stay empty). */
  readonly otherMessages: unknown[] = [];
  private readonly wss: WebSocketServer;
  private readonly tickets = new Set<string>();
  private readonly sentAt = new Map<string, number>();
  private readonly waiters = new Waiters();
  private readonly sockets = new Set<WebSocket>();
  private pingTimer: NodeJS.Timeout | undefined;
  /** How many connections were ever opened (a reconnect makes it grow). */
  connectionCount = 0;
  private port = 0;

  private constructor(pingIntervalMs: number) {
    this.wss = new WebSocketServer({
      host: '127.0.0.1',
      port: 0,
      // Like Slack: only a ticket handed out by apps.connections.open opens a connection.
      verifyClient: (info, done) => {
        const ticket = new URL(info.req.url ?? '/', 'ws://x').searchParams.get('ticket');
        if (ticket && this.tickets.delete(ticket)) done(true);
        else done(false, 401, 'invalid ticket');
      },
    });
    this.wss.on('connection', (socket) => this.onConnection(socket));
    // Slack pings the client; without pings the client drops the connection after 30 s.
    this.pingTimer = setInterval(() => {
      for (const socket of this.sockets) socket.ping();
    }, pingIntervalMs);
    this.pingTimer.unref();
  }

  /** Starts the server and makes `api` answer apps.connections.open with a fresh ticket URL. */
  static async start(api: FakeSlackApi, { pingIntervalMs = 10_000 } = {}): Promise<SocketModeServer> {
    const server = new SocketModeServer(pingIntervalMs);
    await new Promise<void>((resolve) => server.wss.on('listening', resolve));
    server.port = (server.wss.address() as AddressInfo).port;
    api.handle('apps.connections.open', () => ({ ok: true, url: server.issueUrl() }));
    return server;
  }

  /** A one-use connection URL, as apps.connections.open returns. */
  issueUrl(): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return `ws://127.0.0.1:${this.port}/link/?ticket=${ticket}&app_id=${FAKE_APP_ID}`;
  }

  /** Connections open right now. */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Resolves once at least one client is connected (and was sent `hello`). */
  connected({ timeoutMs = 5000 } = {}): Promise<void> {
    return this.waiters.waitFor(() => (this.sockets.size > 0 ? true : undefined), timeoutMs, () => `no Socket Mode connection within ${timeoutMs} ms`).then(() => undefined);
  }

  /** Sends a raw envelope to one connected client (the most recent). Returns its envelope_id. */
  send(type: EnvelopeType, payload: unknown, options: SendOptions = {}): string {
    const socket = [...this.sockets].at(-1);
    if (!socket) throw new Error('no Socket Mode client connected');
    const envelope: Envelope = {
      envelope_id: options.envelopeId ?? randomUUID(),
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...(options.retryAttempt !== undefined ? { retry_attempt: options.retryAttempt, retry_reason: options.retryReason ?? 'timeout' } : {}),
    };
    this.sent.push(envelope);
    this.sentAt.set(envelope.envelope_id, performance.now());
    socket.send(JSON.stringify(envelope));
    return envelope.envelope_id;
  }

  /** An Events API event (wrapped in event_callback). */
  sendEvent(event: Record<string, unknown>, options: SendOptions & EventEnvelopeOptions = {}): string {
    return this.send('events_api', eventCallback(event, options), options);
  }

  /** A full event_callback body (e.g. to resend the same event_id). */
  sendEventCallback(body: Record<string, unknown>, options: SendOptions = {}): string {
    return this.send('events_api', body, options);
  }

  sendCommand(fields: Record<string, string>, options: SendOptions = {}): string {
    return this.send('slash_commands', fields, options);
  }

  sendInteraction(payload: Record<string, unknown>, options: SendOptions = {}): string {
    return this.send('interactive', payload, options);
  }

  /** Resolves with the bot's ack of an envelope. */
  ack(envelopeId: string, { timeoutMs = 5000 } = {}): Promise<Ack> {
    return this.waiters.waitFor(() => this.acks.get(envelopeId), timeoutMs, () => `no ack for envelope ${envelopeId} within ${timeoutMs} ms`);
  }

  /** Asks the client to reconnect, as Slack does when recycling a connection. */
  requestDisconnect(reason = 'refresh_requested'): void {
    for (const socket of this.sockets) socket.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
  }

  /** Drops every connection without a close handshake. */
  dropConnections(): void {
    for (const socket of this.sockets) socket.terminate();
  }

  async close(): Promise<void> {
    clearInterval(this.pingTimer);
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    this.connectionCount += 1;
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.waiters.wake();
    });
    socket.on('message', (data) => {
      let message: { envelope_id?: string; payload?: Record<string, unknown> };
      try {
        message = JSON.parse(data.toString());
      } catch {
        this.otherMessages.push(data.toString());
        return;
      }
      if (message.envelope_id) {
        const sentAt = this.sentAt.get(message.envelope_id) ?? performance.now();
        const payload = message.payload && Object.keys(message.payload).length > 0 ? message.payload : undefined;
        this.acks.set(message.envelope_id, { envelope_id: message.envelope_id, payload, ms: performance.now() - sentAt });
      } else {
        this.otherMessages.push(message);
      }
      this.waiters.wake();
    });
    socket.send(JSON.stringify({
      type: 'hello',
      num_connections: this.sockets.size,
      debug_info: { host: 'fake-socket-mode', build_number: 1, approximate_connection_time: 18060 },
      connection_info: { app_id: FAKE_APP_ID },
    }));
    this.waiters.wake();
  }
}
