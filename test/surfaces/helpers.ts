/**
 * Shared by the surfaces tests: one way to deliver a payload over either transport, what a person
 * would see in a recorded call, and pastes whose scenario is not in doubt.
 */
import { expect } from 'vitest';
import type { RecordedCall } from '../support/fake-slack-api.js';
import { eventCallback, type EventEnvelopeOptions } from '../support/payloads.js';
import { startTestBot, type StartBotOptions, type TestBot } from '../support/start-app.js';

export type Mode = 'http' | 'socket';
export const MODES: Mode[] = ['http', 'socket'];

export const WATCHED = 'C0WATCHED1';
export const DM_CHANNEL = 'D0PERSON01';
export const OTHER_BOT_ID = 'B0OTHER001';
export const LISTED_BOT_ID = 'B0MAILGUN1';

/** Pastes written for these tests (not taken from the corpus). */
export const PASTES = {
  outgoing: [
    "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied",
    '    at SMTPConnection._actionRCPT (node_modules/nodemailer/lib/smtp-connection/index.js:1597:24)',
    "  code: 'EENVELOPE', response: '550 5.7.1 Relaying denied', responseCode: 550, command: 'RCPT TO'",
    'transport: host smtp.mailgun.org port 587',
  ].join('\n'),
  incoming: [
    'Delivery has failed to these recipients or groups:',
    'support@mg.example.com',
    "Remote Server returned '550 5.7.1 Relaying denied'",
    'Generating server: mail.partner.example',
    'Remote-MTA: dns; mxa.mailgun.org',
  ].join('\n'),
  recipientHost: JSON.stringify({
    event: 'failed',
    severity: 'permanent',
    reason: 'generic',
    recipient: 'bob@partner.example',
    'delivery-status': { code: 554, message: '5.7.1 <bob@partner.example>: Relay access denied', 'mx-host': 'mx.partner.example', 'enhanced-code': '5.7.1' },
  }),
  undetermined: '550 5.7.1 Relaying denied',
  authFailure: '535 5.7.0 Mailgun is not loving your login or password',
  chatter: 'morning all, who is on call today?',
  /** A relay denial wrapped in every kind of Slack mention; no host, so it stays undetermined and its reply has every button. */
  hostile: '<!channel> <!here> <!everyone> <@U0PERSON01> <!subteam^S0TEAM|@support> 550 5.7.1 Relaying denied',
  withSecret: 'smtp.mailgun.org said 550 5.7.1 Relaying denied; my settings: user postmaster@mg.example.com pass: Hunter2SuperSecret99',
};

export const SECRET_VALUE = 'Hunter2SuperSecret99';

/** Starts the real bot; the caller stops it (see `useBot`). */
export function start(mode: Mode, env: Record<string, string> = {}, extra: Partial<StartBotOptions> = {}): Promise<TestBot> {
  return startTestBot({ mode, env: { WATCH_CHANNELS: WATCHED, WATCH_BOT_IDS: LISTED_BOT_ID, ...env }, ...extra });
}

export interface Delivered {
  /** Milliseconds until Slack got its acknowledgement. */
  ms: number;
  /** HTTP status of the ack (Socket Mode: 200 once acked). */
  status: number;
  /** What the ack carried (view errors...), parsed. */
  payload: Record<string, unknown> | undefined;
}

/** Sends an Events API event (wrapped in event_callback) over the bot's transport. */
export async function sendEvent(
  t: TestBot,
  event: Record<string, unknown>,
  options: EventEnvelopeOptions & { retryNum?: number } = {},
): Promise<Delivered> {
  return sendBody(t, 'event', eventCallback(event, options), options.retryNum);
}

export async function sendEventCallback(t: TestBot, body: Record<string, unknown>, retryNum?: number): Promise<Delivered> {
  return sendBody(t, 'event', body, retryNum);
}

export async function sendCommand(t: TestBot, fields: Record<string, string>): Promise<Delivered> {
  return sendBody(t, 'command', fields);
}

export async function sendInteraction(t: TestBot, payload: Record<string, unknown>): Promise<Delivered> {
  return sendBody(t, 'interaction', payload);
}

async function sendBody(t: TestBot, kind: 'event' | 'command' | 'interaction', body: Record<string, unknown>, retryNum?: number): Promise<Delivered> {
  if (t.http) {
    const retry = retryNum !== undefined ? { retryNum, retryReason: 'http_timeout' } : {};
    const res = kind === 'event'
      ? await t.http.postEvent(body, retry)
      : kind === 'command'
        ? await t.http.postCommand(body as Record<string, string>)
        : await t.http.postInteraction(body);
    return { ms: res.ms, status: res.status, payload: res.body ? tryParse(res.body) : undefined };
  }
  const socket = t.socket!;
  await socket.connected();
  const retry = retryNum !== undefined ? { retryAttempt: retryNum, retryReason: 'timeout' } : {};
  const id = kind === 'event'
    ? socket.sendEventCallback(body, retry)
    : kind === 'command'
      ? socket.sendCommand(body as Record<string, string>)
      : socket.sendInteraction(body);
  const ack = await socket.ack(id);
  return { ms: ack.ms, status: 200, payload: ack.payload };
}

function tryParse(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

interface AnyBlock {
  type?: string;
  text?: { text?: string } | string;
  elements?: AnyBlock[];
  fields?: { text?: string }[];
  label?: { text?: string };
  hint?: { text?: string };
  element?: AnyBlock;
  action_id?: string;
  value?: string;
  style?: string;
  block_id?: string;
  max_length?: number;
  multiline?: boolean;
}

/** Every piece of text a person sees in a list of blocks (section, header, context, buttons, inputs). */
export function visibleText(blocks: AnyBlock[] | undefined): string {
  const out: string[] = [];
  const walk = (block: AnyBlock) => {
    if (typeof block.text === 'string') out.push(block.text);
    else if (block.text?.text) out.push(block.text.text);
    for (const f of block.fields ?? []) if (f.text) out.push(f.text);
    if (block.label?.text) out.push(block.label.text);
    if (block.hint?.text) out.push(block.hint.text);
    for (const e of block.elements ?? []) walk(e);
    if (block.element) walk(block.element);
  };
  for (const block of blocks ?? []) walk(block);
  return out.join('\n');
}

/** The text of a recorded message call: fallback text plus everything in its blocks. */
export function shown(call: RecordedCall): string {
  return `${call.body.text ?? ''}\n${visibleText(call.body.blocks)}`;
}

export function buttons(call: RecordedCall): AnyBlock[] {
  const blocks = (call.body.blocks ?? []) as AnyBlock[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.elements ?? []).map((e) => ({ ...e, block_id: b.block_id })));
}

export function button(call: RecordedCall, actionId: string): AnyBlock & { value: string; block_id: string } {
  const found = buttons(call).find((b) => b.action_id === actionId);
  expect(found, `button ${actionId} in ${JSON.stringify(buttons(call).map((b) => b.action_id))}`).toBeDefined();
  return found as AnyBlock & { value: string; block_id: string };
}

/** The scenario a posted or updated message declares in its metadata. */
export function metadataScenario(call: RecordedCall): string | undefined {
  expect(call.body.metadata?.event_type).toBe('relaydenied_diagnosis');
  return call.body.metadata?.event_payload?.scenario;
}

/** Slack mention syntax that would ping someone if it reached Slack unescaped. */
export const LIVE_MENTION = /<!(channel|here|everyone|subteam)|<@U/;
