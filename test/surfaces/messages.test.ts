/** DMs, watched channels, edits, and who is never answered. */
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from '../support/fake-slack-api.js';
import { appMentionEvent, mention, messageEvent, nextTs, TEST_CHANNEL_ID, TEST_USER_ID } from '../support/payloads.js';
import type { TestBot } from '../support/start-app.js';
import {
  DM_CHANNEL,
  LISTED_BOT_ID,
  metadataScenario,
  MODES,
  OTHER_BOT_ID,
  PASTES,
  sendEvent,
  shown,
  start,
  WATCHED,
} from './helpers.js';

let t: TestBot | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

const dm = (text: string, extra: Record<string, unknown> = {}) =>
  messageEvent({ text, channel: DM_CHANNEL, channelType: 'im', ...extra });
const watched = (text: string, extra: Record<string, unknown> = {}) =>
  messageEvent({ text, channel: WATCHED, channelType: 'channel', ...extra });

function edited(original: Record<string, unknown>, newText: string): Record<string, unknown> {
  const { channel, channel_type: channelType, ...message } = original;
  return {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel,
    channel_type: channelType,
    ts: nextTs(),
    message: { ...message, text: newText, edited: { user: message.user, ts: nextTs() } },
    previous_message: message,
  };
}

describe.each(MODES)('direct messages over %s', (mode) => {
  it('answers a pasted error in the DM itself, privately (no Share button), with metadata', async () => {
    t = await start(mode);
    await sendEvent(t, dm(PASTES.recipientHost));
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.channel).toBe(DM_CHANNEL);
    expect(post.body.thread_ts).toBeUndefined();
    expect(metadataScenario(post)).toBe('recipient-host');
    expect(shown(post)).toMatch(/bob@partner\.example/);
    expect(JSON.stringify(post.body.blocks)).not.toContain('share_in_channel');
  });

  it('answers "help", or text without an error, with usage or a plain note', async () => {
    t = await start(mode);
    await sendEvent(t, dm('help'));
    expect(shown(await t.api.nextCall('chat.postMessage'))).toMatch(/\/relaydenied <paste>/);
    await sendEvent(t, dm(PASTES.chatter));
    const note = await t.api.nextCall('chat.postMessage');
    expect(shown(note)).toMatch(/did not find an email error/);
    expect(note.body.metadata).toBeUndefined();
  });

  it('names an error that is neither a relay denial nor of a known kind instead of saying it found none', async () => {
    t = await start(mode);
    await sendEvent(t, dm('Error: connect ECONNREFUSED 203.0.113.5:587'));
    const post = await t.api.nextCall('chat.postMessage');
    expect(shown(post)).toMatch(/connection to the server failed/);
    expect(shown(post)).not.toMatch(/did not find an email error/);
    expect(metadataScenario(post)).toBe('not-relaying-denied');
  });

  it('updates its earlier reply when the DM is edited, and ignores edits that change nothing', async () => {
    t = await start(mode);
    const original = dm(PASTES.undetermined);
    await sendEvent(t, original);
    const first = await t.api.nextCall('chat.postMessage');
    expect(metadataScenario(first)).toBe('undetermined');

    await sendEvent(t, edited(original, PASTES.outgoing));
    const update = await t.api.nextCall('chat.update');
    expect(update.body.channel).toBe(DM_CHANNEL);
    expect(update.body.ts).toBe((first.response as { ts: string }).ts);
    expect(metadataScenario(update)).toBe('mailgun-outgoing');
    expect(shown(update)).toMatch(/SMTP Credentials/);

    // An unfurl or other bookkeeping: message_changed with the same text.
    await sendEvent(t, edited({ ...original, text: PASTES.outgoing }, PASTES.outgoing));
    expect(await t.api.noNewCall('chat.update', 300)).toBe(true);
    expect(t.api.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe.each(MODES)('watched channels over %s', (mode) => {
  it('replies in thread to a relay denial, and to a thread reply in its thread', async () => {
    t = await start(mode);
    const message = watched(PASTES.outgoing);
    await sendEvent(t, message);
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.channel).toBe(WATCHED);
    expect(post.body.thread_ts).toBe(message.ts);
    expect(metadataScenario(post)).toBe('mailgun-outgoing');

    const root = nextTs();
    await sendEvent(t, watched(PASTES.undetermined, { thread_ts: root }));
    const threadReply = await t.api.nextCall('chat.postMessage');
    expect(threadReply.body.thread_ts).toBe(root);
    expect(metadataScenario(threadReply)).toBe('undetermined');
  });

  it('stays silent on chatter, on other errors, and in channels it does not watch', async () => {
    t = await start(mode);
    await sendEvent(t, watched(PASTES.chatter));
    await sendEvent(t, watched(PASTES.authFailure));
    await sendEvent(t, messageEvent({ text: PASTES.outgoing, channel: TEST_CHANNEL_ID }));
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);
  });

  it('answers a message that is both mentioned and watched exactly once', async () => {
    t = await start(mode);
    const ts = nextTs();
    const text = mention(PASTES.incoming);
    await sendEvent(t, watched(text, { ts }));
    await sendEvent(t, appMentionEvent({ text, channel: WATCHED, ts }));
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.thread_ts).toBe(ts);
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);
  });
});

describe('watched channels: bots, subtypes, rate limit, edits', () => {
  it('never answers its own messages, nor bots that are not listed; answers listed integrations', async () => {
    t = await start('http');
    await sendEvent(t, watched(PASTES.outgoing, { user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID }));
    await sendEvent(t, watched(PASTES.outgoing, { subtype: 'bot_message', bot_id: FAKE_BOT_ID, user: undefined }));
    await sendEvent(t, watched(PASTES.outgoing, { subtype: 'bot_message', bot_id: OTHER_BOT_ID, user: undefined, username: 'alerts' }));
    await sendEvent(t, watched(PASTES.outgoing, { bot_id: OTHER_BOT_ID, user: 'U0OTHERBOT' }));
    await sendEvent(t, dm(PASTES.outgoing, { user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID }));
    await sendEvent(t, dm(PASTES.outgoing, { subtype: 'bot_message', bot_id: LISTED_BOT_ID, user: undefined }));
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);

    const alert = watched(PASTES.recipientHost, { subtype: 'bot_message', bot_id: LISTED_BOT_ID, user: undefined, username: 'Mailgun alerts' });
    await sendEvent(t, alert);
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.thread_ts).toBe(alert.ts);
    expect(metadataScenario(post)).toBe('recipient-host');
  });

  it('ignores message subtypes other than plain messages and file shares', async () => {
    t = await start('http');
    for (const subtype of ['channel_join', 'channel_topic', 'message_deleted', 'thread_broadcast', 'me_message']) {
      await sendEvent(t, watched(PASTES.outgoing, { subtype }));
      await sendEvent(t, dm(PASTES.outgoing, { subtype }));
    }
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);
  });

  it('caps unasked replies per channel per minute (WATCH_RATE_LIMIT) but still answers when asked', async () => {
    t = await start('http', { WATCH_RATE_LIMIT: '2' });
    for (let i = 0; i < 4; i += 1) await sendEvent(t, watched(PASTES.outgoing));
    await t.api.nextCall('chat.postMessage');
    await t.api.nextCall('chat.postMessage');
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);
    expect(t.logs.join('\n')).toMatch(/rate limit reached in C0WATCHED1/);

    const asked = appMentionEvent({ text: mention(PASTES.outgoing), channel: WATCHED });
    await sendEvent(t, asked);
    expect((await t.api.nextCall('chat.postMessage')).body.thread_ts).toBe(asked.ts);
  });

  it('updates its reply when a watched message is edited, also to say the error is gone', async () => {
    t = await start('http');
    const original = watched(PASTES.undetermined);
    await sendEvent(t, original);
    const first = await t.api.nextCall('chat.postMessage');
    const replyTs = (first.response as { ts: string }).ts;

    await sendEvent(t, edited(original, PASTES.incoming));
    const update = await t.api.nextCall('chat.update');
    expect(update.body.ts).toBe(replyTs);
    expect(metadataScenario(update)).toBe('mailgun-incoming');

    await sendEvent(t, edited({ ...original, text: PASTES.incoming }, 'never mind, my mistake'));
    const gone = await t.api.nextCall('chat.update');
    expect(gone.body.ts).toBe(replyTs);
    expect(shown(gone)).toMatch(/edited and no longer shows an email error/);
    expect(metadataScenario(gone)).toBe('not-relaying-denied');
  });

  it('answers a watched message edited into a relay denial, and ignores edits of its own replies', async () => {
    t = await start('http');
    const original = watched(PASTES.chatter);
    await sendEvent(t, original);
    expect(await t.api.noNewCall('chat.postMessage', 200)).toBe(true);
    await sendEvent(t, edited(original, PASTES.outgoing));
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.thread_ts).toBe(original.ts);

    const own = watched('old text', { user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID });
    await sendEvent(t, edited(own, PASTES.outgoing));
    expect(await t.api.noNewCall('chat.postMessage', 300)).toBe(true);
    expect(t.api.callsTo('chat.update')).toHaveLength(0);
  });

  it('stays silent when a message it answered becomes a tombstone (a deleted thread root)', async () => {
    t = await start('http');
    const original = dm(PASTES.outgoing);
    await sendEvent(t, original);
    await t.api.nextCall('chat.postMessage');
    const root = watched(PASTES.outgoing);
    await sendEvent(t, root);
    await t.api.nextCall('chat.postMessage');

    // One it never saw (sent before a restart): no fresh "nothing found" for it either.
    for (const message of [original, root, dm(PASTES.undetermined)]) {
      const deleted = edited(message, 'This message was deleted.');
      (deleted.message as Record<string, unknown>).subtype = 'tombstone';
      await sendEvent(t, deleted);
    }
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);
    expect(t.api.callsTo('chat.update')).toHaveLength(0);
  });

  it('does not answer edits in channels it does not watch', async () => {
    t = await start('http');
    await sendEvent(t, edited(messageEvent({ text: PASTES.chatter, channel: TEST_CHANNEL_ID, user: TEST_USER_ID }), PASTES.outgoing));
    expect(await t.api.noNewCall('chat.postMessage', 300)).toBe(true);
  });
});
