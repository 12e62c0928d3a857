/** `@relaydenied`: a paste after the mention, a bare mention in a thread, usage, and secrets. */
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from '../support/fake-slack-api.js';
import { appMentionEvent, mention, TEST_CHANNEL_ID, TEST_USER_ID } from '../support/payloads.js';
import type { TestBot } from '../support/start-app.js';
import { metadataScenario, MODES, PASTES, SECRET_VALUE, sendEvent, shown, start } from './helpers.js';

let t: TestBot | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

describe.each(MODES)('mentions over %s', (mode) => {
  it('answers a paste after the mention in the thread of that message, with metadata', async () => {
    t = await start(mode);
    const event = appMentionEvent({ text: mention(PASTES.outgoing) });
    await sendEvent(t, event);
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.channel).toBe(TEST_CHANNEL_ID);
    expect(post.body.thread_ts).toBe(event.ts);
    expect(metadataScenario(post)).toBe('mailgun-outgoing');
    expect(post.body.metadata.event_payload.confidence).toBeGreaterThan(0.5);
    expect(shown(post)).toMatch(/SMTP Credentials/);
    // A public reply has no Share button (it is already shared).
    expect(JSON.stringify(post.body.blocks)).not.toContain('share_in_channel');
  });

  it('a bare mention in a thread diagnoses the thread root', async () => {
    t = await start(mode);
    const root = t.api.addMessage(TEST_CHANNEL_ID, { text: PASTES.incoming, user: 'U0OTHER001' });
    t.api.addMessage(TEST_CHANNEL_ID, { text: 'any idea what this is?', user: 'U0OTHER002', thread_ts: root });
    const event = appMentionEvent({ text: `<@${FAKE_BOT_USER_ID}>`, threadTs: root });
    await sendEvent(t, event);
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.thread_ts).toBe(root);
    expect(metadataScenario(post)).toBe('mailgun-incoming');
    expect(shown(post)).toMatch(/first message of this thread/);
    const replies = await t.api.nextCall('conversations.replies');
    expect(replies.body.ts).toBe(root);
  });

  it('when the root holds no error, diagnoses the latest earlier thread message that does (not later ones, not its own)', async () => {
    t = await start(mode);
    const root = t.api.addMessage(TEST_CHANNEL_ID, { text: 'customer says their mail bounces, see below', user: 'U0OTHER001' });
    t.api.addMessage(TEST_CHANNEL_ID, { text: PASTES.outgoing, user: 'U0OTHER001', thread_ts: root });
    t.api.addMessage(TEST_CHANNEL_ID, { text: PASTES.recipientHost, user: 'U0OTHER002', thread_ts: root });
    t.api.addMessage(TEST_CHANNEL_ID, { text: PASTES.undetermined, user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, thread_ts: root });
    const mentionTs = t.api.addMessage(TEST_CHANNEL_ID, { text: `<@${FAKE_BOT_USER_ID}>`, user: TEST_USER_ID, thread_ts: root });
    t.api.addMessage(TEST_CHANNEL_ID, { text: PASTES.incoming, user: 'U0OTHER003', thread_ts: root });
    await sendEvent(t, appMentionEvent({ text: `<@${FAKE_BOT_USER_ID}>`, threadTs: root, ts: mentionTs }));
    const post = await t.api.nextCall('chat.postMessage');
    expect(metadataScenario(post)).toBe('recipient-host');
    expect(shown(post)).toMatch(/latest earlier message/);
  });

  it('says so when nothing in the thread holds an error', async () => {
    t = await start(mode);
    const root = t.api.addMessage(TEST_CHANNEL_ID, { text: PASTES.chatter, user: 'U0OTHER001' });
    await sendEvent(t, appMentionEvent({ text: `<@${FAKE_BOT_USER_ID}>`, threadTs: root }));
    const post = await t.api.nextCall('chat.postMessage');
    expect(shown(post)).toMatch(/did not find an email error in this thread/);
    expect(post.body.metadata).toBeUndefined();
  });

  it('a bare mention outside a thread, or "help", gets a short usage reply in thread', async () => {
    t = await start(mode);
    const bare = appMentionEvent({ text: `<@${FAKE_BOT_USER_ID}>` });
    await sendEvent(t, bare);
    const usage = await t.api.nextCall('chat.postMessage');
    expect(usage.body.thread_ts).toBe(bare.ts);
    expect(shown(usage)).toMatch(/\/relaydenied <paste>/);
    expect(t.api.callsTo('conversations.replies')).toHaveLength(0);

    await sendEvent(t, appMentionEvent({ text: mention('help') }));
    expect(shown(await t.api.nextCall('chat.postMessage'))).toMatch(/Mention me/);
  });
});

describe('mentions: what is not repeated in public', () => {
  it('leaves a secret out of the channel reply and warns the author privately', async () => {
    t = await start('http');
    await sendEvent(t, appMentionEvent({ text: mention(PASTES.withSecret) }));
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.rawBody).not.toContain(SECRET_VALUE);
    expect(shown(post)).not.toMatch(/rotate/i);
    const warning = await t.api.nextCall('chat.postEphemeral');
    expect(warning.body.user).toBe(TEST_USER_ID);
    expect(shown(warning)).toMatch(/rotate/);
    expect(warning.rawBody).not.toContain(SECRET_VALUE);
  });

  it('ignores a mention written by a bot', async () => {
    t = await start('http');
    await sendEvent(t, { ...appMentionEvent({ text: mention(PASTES.outgoing) }), bot_id: 'B0OTHER001' });
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);
  });
});
