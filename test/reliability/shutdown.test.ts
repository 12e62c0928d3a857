/**
 * SIGTERM while several pieces of work on different surfaces are in flight: each reply is still
 * sent, then the process exits 0. (test/platform/process.test.ts covers one reply in flight.)
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_URL } from '../support/fake-slack-api.js';
import { appMentionEvent, mention, messageEvent, slashCommand } from '../support/payloads.js';
import { buildDist } from '../support/spawn-bot.js';
import { PASTES } from '../surfaces/helpers.js';
import { startSession, type Session } from './spawned.js';

beforeAll(() => buildDist(), 120_000);

let s: Session | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
});

describe.each(['http', 'socket'] as const)('SIGTERM with work in flight (%s mode)', (mode) => {
  it('sends every reply in flight (mention, DM, slash command), then exits 0', async () => {
    s = await startSession(mode, { LOG_LEVEL: 'info' });
    const { api, bot } = s;
    // Slack is slow to take the replies, so they are still in flight when the signal comes.
    api.delay('chat.postMessage', 1500, { times: 2 });
    api.delay(RESPONSE_URL, 1500);
    const mentioned = appMentionEvent({ text: mention(PASTES.outgoing) });
    await s.event(mentioned);
    await s.event(messageEvent({ text: PASTES.incoming, channel: 'D0PERSON01', channelType: 'im' }));
    await s.command(slashCommand({ text: PASTES.recipientHost, responseUrl: api.responseUrl() }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.callsTo('chat.postMessage')).toHaveLength(0);

    bot.child.kill('SIGTERM');
    const exit = await bot.exited;
    expect(exit.code).toBe(0);
    const posts = api.callsTo('chat.postMessage');
    const responses = api.callsTo(RESPONSE_URL);
    expect(posts.map((p) => p.status)).toEqual([200, 200]);
    expect(posts.map((p) => p.body.thread_ts ?? p.body.channel).sort()).toEqual([mentioned.ts, 'D0PERSON01'].sort());
    expect(responses.map((r) => r.status)).toEqual([200]);
    for (const call of [...posts, ...responses]) expect(exit.at).toBeGreaterThanOrEqual(call.at);
    expect(bot.stderr).toMatch(/SIGTERM/);
    expect(bot.stderr).not.toMatch(/unfinished|cut short/);
  }, 20_000);
});
