/**
 * The running bot (the real Bolt app and listeners, in process) against what Slack and its users
 * throw at it, over HTTP and Socket Mode. Covered elsewhere and not repeated here: signatures and
 * stale timestamps (test/platform/app.test.ts, process.test.ts), retries and duplicate deliveries,
 * a single 500/429, the 1 MiB paste and mention injection (test/surfaces/reliability.test.ts), bots
 * over HTTP (test/surfaces/messages.test.ts), Slack's HTML sign-in page (test/surfaces/files.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from '../support/fake-slack-api.js';
import { appMentionEvent, eventCallback, mention, messageEvent, slashCommand } from '../support/payloads.js';
import type { TestBot } from '../support/start-app.js';
import { DM_CHANNEL, metadataScenario, MODES, OTHER_BOT_ID, PASTES, sendCommand, sendEvent, start } from '../surfaces/helpers.js';
import { mailLog } from './long-paste.js';
import { sendRawFrame } from './raw-socket.js';

let t: TestBot | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const dm = (text: string, extra: Record<string, unknown> = {}) => messageEvent({ text, channel: DM_CHANNEL, channelType: 'im', ...extra });

/** A mail log with its newlines lost, the relay denial at its end. */
const singleLine = (bytes: number) => mailLog(bytes, ' ');

describe.each(MODES)('over %s', (mode) => {
  it('a 200 KiB paste on a single line is acknowledged within 3 s and answered, by mention and in a DM', async () => {
    t = await start(mode);
    const text = singleLine(200 * 1024);
    expect(text).not.toContain('\n');
    const mentioned = appMentionEvent({ text: mention(text) });
    const ack = await sendEvent(t, mentioned);
    expect(ack.status).toBe(200);
    expect(ack.ms).toBeLessThan(3000);
    const reply = await t.api.nextCall('chat.postMessage');
    expect(reply.body.thread_ts).toBe(mentioned.ts);
    expect(metadataScenario(reply)).toBe('mailgun-outgoing');

    const dmAck = await sendEvent(t, dm(text));
    expect(dmAck.ms).toBeLessThan(3000);
    const dmReply = await t.api.nextCall('chat.postMessage');
    expect(dmReply.body.channel).toBe(DM_CHANNEL);
    expect(metadataScenario(dmReply)).toBe('mailgun-outgoing');
  });

  it('the Web API answering 500 for a few seconds, then 429 for a few seconds: the bot stays up and answers the next event', async () => {
    t = await start(mode);
    // (windows long enough for a loaded machine to make its calls inside them; the test then waits each one out)
    const failingMs = 4000;
    const outageStart = Date.now();
    t.api.fail('*', { status: 500 }, { forMs: failingMs });
    await sendEvent(t, appMentionEvent({ text: mention(PASTES.outgoing) }));
    await sendEvent(t, dm(PASTES.incoming));
    await sendCommand(t, slashCommand({ text: PASTES.outgoing, responseUrl: t.api.responseUrl() }));
    await expect.poll(() => t!.api.calls.filter((c) => c.status === 500).length, { timeout: failingMs }).toBeGreaterThanOrEqual(3);
    await sleep(outageStart + failingMs + 100 - Date.now());

    const throttleStart = Date.now();
    t.api.fail('*', { status: 429, retryAfter: 1 }, { forMs: failingMs });
    await sendEvent(t, dm(PASTES.recipientHost));
    await expect.poll(() => t!.api.calls.some((c) => c.status === 429), { timeout: failingMs }).toBe(true);
    await sleep(throttleStart + failingMs + 100 - Date.now());

    const after = appMentionEvent({ text: mention(PASTES.incoming) });
    expect((await sendEvent(t, after)).status).toBe(200);
    const answered = () => t!.api.callsTo('chat.postMessage').find((c) => c.status === 200 && c.body.thread_ts === after.ts);
    await expect.poll(answered, { timeout: 10_000 }).toBeDefined();
    expect(metadataScenario(answered()!)).toBe('mailgun-incoming');
    expect(t.logs.join('\n')).not.toContain(t.config.botToken);
  }, 30_000);

  it('never answers its own messages or other bots\' messages, in a DM or by mention', async () => {
    t = await start(mode);
    await sendEvent(t, dm(PASTES.outgoing, { user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID }));
    await sendEvent(t, dm(PASTES.outgoing, { subtype: 'bot_message', bot_id: FAKE_BOT_ID, user: undefined }));
    await sendEvent(t, dm(PASTES.outgoing, { subtype: 'bot_message', bot_id: OTHER_BOT_ID, user: undefined }));
    await sendEvent(t, dm(PASTES.outgoing, { bot_id: OTHER_BOT_ID, user: 'U0OTHERBOT' }));
    await sendEvent(t, { ...appMentionEvent({ text: mention(PASTES.outgoing), user: FAKE_BOT_USER_ID }), bot_id: FAKE_BOT_ID });
    await sendEvent(t, { ...appMentionEvent({ text: mention(PASTES.outgoing), user: 'U0OTHERBOT' }), bot_id: OTHER_BOT_ID });
    expect(await t.api.noNewCall('chat.postMessage', 400)).toBe(true);
    expect(t.api.replies).toHaveLength(0);
  });
});

describe('truncated and garbled bodies', () => {
  it('over HTTP: a truncated JSON event or interaction is refused, nothing is answered, and the next event is', async () => {
    t = await start('http');
    const full = JSON.stringify(eventCallback(appMentionEvent({ text: mention(PASTES.outgoing) })));
    for (const cut of [1, Math.floor(full.length / 2), full.length - 1]) {
      const res = await t.http!.post(full.slice(0, cut), 'application/json');
      expect(res.status, `cut at ${cut}`).toBeGreaterThanOrEqual(400);
    }
    const payload = new URLSearchParams({ payload: '{"type":"block_actions","actions":[{"action_id":"share_in' }).toString();
    expect((await t.http!.post(payload, 'application/x-www-form-urlencoded')).status).toBeGreaterThanOrEqual(400);
    expect(t.api.replies).toHaveLength(0);

    const next = appMentionEvent({ text: mention(PASTES.outgoing) });
    expect((await t.http!.postEvent(eventCallback(next))).status).toBe(200);
    expect((await t.api.nextCall('chat.postMessage')).body.thread_ts).toBe(next.ts);
  });

  it('over Socket Mode: truncated and garbled frames are survived, and the next event is answered', async () => {
    t = await start('socket');
    const socket = t.socket!;
    await socket.connected();
    const full = JSON.stringify({ envelope_id: 'e-trunc', type: 'events_api', payload: eventCallback(appMentionEvent({ text: mention(PASTES.outgoing) })), accepts_response_payload: false });
    sendRawFrame(socket, full.slice(0, Math.floor(full.length / 2)));
    sendRawFrame(socket, '\u0000\u00ff not json at all');
    await sleep(300);
    expect(t.api.replies).toHaveLength(0);

    const next = appMentionEvent({ text: mention(PASTES.incoming) });
    await socket.ack(socket.sendEvent(next));
    expect((await t.api.nextCall('chat.postMessage')).body.thread_ts).toBe(next.ts);
    expect(socket.openConnections).toBe(1);
  });
});
