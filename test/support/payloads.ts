/**
 * Builders for what Slack sends a bot, shared by the HTTP and the Socket Mode transports.
 * Shapes follow Slack's documented payloads; only fields a listener could read are filled in.
 */
import { FAKE_APP_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID, randomId } from './fake-slack-api.js';

let tsCounter = 0;
/** A fresh, increasing message ts. */
export function nextTs(): string {
  tsCounter += 1;
  return `${1_800_000_000 + tsCounter}.${String(tsCounter).padStart(6, '0')}`;
}

export const TEST_USER_ID = 'U0PERSON01';
export const TEST_CHANNEL_ID = 'C0CHANNEL1';

export interface EventEnvelopeOptions {
  eventId?: string;
  eventTime?: number;
  teamId?: string;
}

/** The Events API `event_callback` body around an event. */
export function eventCallback(event: Record<string, unknown>, options: EventEnvelopeOptions = {}): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: options.teamId ?? FAKE_TEAM_ID,
    api_app_id: FAKE_APP_ID,
    event: { event_ts: event.ts ?? nextTs(), ...event },
    type: 'event_callback',
    event_id: options.eventId ?? randomId('Ev'),
    event_time: options.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: options.teamId ?? FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** A plain user message (`channel_type`: channel, group, im, mpim). */
export function messageEvent(fields: { text: string; channel?: string; channelType?: string; user?: string; ts?: string; threadTs?: string; [k: string]: unknown }): Record<string, unknown> {
  const { text, channel, channelType, user, ts, threadTs, ...rest } = fields;
  return {
    type: 'message',
    text,
    user: user ?? TEST_USER_ID,
    ts: ts ?? nextTs(),
    channel: channel ?? TEST_CHANNEL_ID,
    channel_type: channelType ?? 'channel',
    ...(threadTs ? { thread_ts: threadTs } : {}),
    ...rest,
  };
}

/** An app_mention: `text` should contain `<@${FAKE_BOT_USER_ID}>` as Slack writes it. */
export function appMentionEvent(fields: { text: string; channel?: string; user?: string; ts?: string; threadTs?: string }): Record<string, unknown> {
  return {
    type: 'app_mention',
    text: fields.text,
    user: fields.user ?? TEST_USER_ID,
    ts: fields.ts ?? nextTs(),
    channel: fields.channel ?? TEST_CHANNEL_ID,
    ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
  };
}

export const mention = (text: string) => `<@${FAKE_BOT_USER_ID}> ${text}`;

/** Slash command fields (sent form-encoded over HTTP, as a JSON object over Socket Mode). */
export function slashCommand(fields: { text: string; responseUrl: string; command?: string; user?: string; channel?: string; triggerId?: string }): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'fake',
    channel_id: fields.channel ?? TEST_CHANNEL_ID,
    channel_name: 'support',
    user_id: fields.user ?? TEST_USER_ID,
    user_name: 'person',
    command: fields.command ?? '/relaydenied',
    text: fields.text,
    api_app_id: FAKE_APP_ID,
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? randomId('13345224609.'),
  };
}

/** Message shortcut payload (type `message_action`). */
export function messageShortcut(fields: { callbackId?: string; message: Record<string, unknown>; responseUrl: string; channel?: string; user?: string }): Record<string, unknown> {
  return {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: nextTs(),
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    user: { id: fields.user ?? TEST_USER_ID, username: 'person', team_id: FAKE_TEAM_ID, name: 'person' },
    channel: { id: fields.channel ?? TEST_CHANNEL_ID, name: 'support' },
    callback_id: fields.callbackId ?? 'diagnose_bounce',
    trigger_id: randomId('13345224609.'),
    message_ts: fields.message.ts,
    message: fields.message,
    response_url: fields.responseUrl,
    api_app_id: FAKE_APP_ID,
    is_enterprise_install: false,
  };
}

/** block_actions payload for one button click on a message the bot posted. */
export function blockAction(fields: {
  actionId: string; value: string; blockId?: string; responseUrl: string;
  message?: Record<string, unknown>; channel?: string; user?: string; container?: Record<string, unknown>;
}): Record<string, unknown> {
  const messageTs = (fields.message?.ts as string | undefined) ?? nextTs();
  const channel = fields.channel ?? TEST_CHANNEL_ID;
  return {
    type: 'block_actions',
    token: 'legacy-verification-token',
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    user: { id: fields.user ?? TEST_USER_ID, username: 'person', team_id: FAKE_TEAM_ID, name: 'person' },
    api_app_id: FAKE_APP_ID,
    container: fields.container ?? { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    trigger_id: randomId('13345224609.'),
    channel: { id: channel, name: 'support' },
    message: fields.message ?? { type: 'message', ts: messageTs, text: '', bot_id: 'B0BOT00001' },
    response_url: fields.responseUrl,
    actions: [{
      type: 'button', action_id: fields.actionId, block_id: fields.blockId ?? 'actions',
      value: fields.value, text: { type: 'plain_text', text: 'button' }, action_ts: nextTs(),
    }],
    is_enterprise_install: false,
  };
}

/** view_submission payload for a modal. `values` is state.values as Slack nests it. */
export function viewSubmission(fields: { callbackId: string; values: Record<string, Record<string, unknown>>; user?: string; privateMetadata?: string }): Record<string, unknown> {
  return {
    type: 'view_submission',
    token: 'legacy-verification-token',
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    user: { id: fields.user ?? TEST_USER_ID, username: 'person', team_id: FAKE_TEAM_ID, name: 'person' },
    api_app_id: FAKE_APP_ID,
    trigger_id: randomId('13345224609.'),
    view: {
      id: randomId('V'), team_id: FAKE_TEAM_ID, type: 'modal', callback_id: fields.callbackId,
      private_metadata: fields.privateMetadata ?? '', state: { values: fields.values },
      hash: randomId(), app_id: FAKE_APP_ID, bot_id: 'B0BOT00001',
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}
