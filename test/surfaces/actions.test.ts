/** The buttons: Mailgun UI switch, "Where did you see this error?", and tampered values. */
import { afterEach, describe, expect, it } from 'vitest';
import { RESPONSE_URL } from '../support/fake-slack-api.js';
import { appMentionEvent, blockAction, mention, slashCommand, TEST_CHANNEL_ID } from '../support/payloads.js';
import type { TestBot } from '../support/start-app.js';
import { button, buttons, metadataScenario, MODES, PASTES, sendCommand, sendEvent, sendInteraction, shown, start } from './helpers.js';

let t: TestBot | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

/** Posts a mention reply and returns the recorded chat.postMessage call. */
async function postedReply(bot: TestBot, paste: string) {
  await sendEvent(bot, appMentionEvent({ text: mention(paste) }));
  return bot.api.nextCall('chat.postMessage');
}

/** A click on a button of a message the bot posted in a channel. */
function clickPosted(bot: TestBot, post: Awaited<ReturnType<typeof postedReply>>, actionId: string, value?: string) {
  const b = button(post, actionId);
  const ts = (post.response as { ts: string }).ts;
  return sendInteraction(bot, blockAction({
    actionId, value: value ?? b.value, blockId: b.block_id, responseUrl: bot.api.responseUrl(),
    message: { type: 'message', ts, text: post.body.text, bot_id: 'B0BOT00001' },
    container: { type: 'message', message_ts: ts, channel_id: TEST_CHANNEL_ID, is_ephemeral: false },
  }));
}

describe.each(MODES)('buttons over %s', (mode) => {
  it('Classic / Beta UI switch the steps of a posted reply with chat.update (metadata kept)', async () => {
    t = await start(mode, { MAILGUN_UI: 'current' });
    const post = await postedReply(t, PASTES.outgoing);
    expect(button(post, 'show_ui_current').style).toBe('primary');

    await clickPosted(t, post, 'show_ui_classic');
    const classic = await t.api.nextCall('chat.update');
    expect(classic.body.ts).toBe((post.response as { ts: string }).ts);
    expect(metadataScenario(classic)).toBe('mailgun-outgoing');
    expect(shown(classic)).toMatch(/Default SMTP Login/);
    expect(button(classic, 'show_ui_classic').style).toBe('primary');
    expect(button(classic, 'show_ui_current').style).toBeUndefined();

    await clickPosted(t, classic, 'show_ui_beta', button(classic, 'show_ui_beta').value);
    const beta = await t.api.nextCall('chat.update');
    expect(shown(beta)).not.toMatch(/Default SMTP Login/);
    expect(button(beta, 'show_ui_beta').style).toBe('primary');
  });

  it('an answer to "Where did you see this error?" replaces the undetermined reply with that scenario\'s', async () => {
    t = await start(mode);
    const post = await postedReply(t, PASTES.undetermined);
    expect(shown(post)).toMatch(/Where did you see this error\?/);
    expect(buttons(post).map((b) => b.text)).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: 'My app sending through Mailgun SMTP' }),
      expect.objectContaining({ text: 'Someone emailing my Mailgun domain' }),
      expect.objectContaining({ text: 'A failed event in my Mailgun logs' }),
    ]));

    await clickPosted(t, post, 'where_inbound');
    const update = await t.api.nextCall('chat.update');
    expect(metadataScenario(update)).toBe('mailgun-incoming');
    expect(shown(update)).toMatch(/Routes/);
    expect(shown(update)).toMatch(/You said where you saw it/);
    expect(buttons(update).map((b) => b.action_id)).not.toContain('where_inbound');
  });

  it('a click on an ephemeral reply replaces it through the response_url and keeps the Share button', async () => {
    t = await start(mode);
    await sendCommand(t, slashCommand({ text: PASTES.undetermined, responseUrl: t.api.responseUrl() }));
    const reply = await t.api.nextCall(RESPONSE_URL);
    const answer = button(reply, 'where_mailgun_smtp');
    const clickUrl = t.api.responseUrl();
    await sendInteraction(t, blockAction({
      actionId: 'where_mailgun_smtp', value: answer.value, blockId: answer.block_id, responseUrl: clickUrl,
      container: { type: 'message', message_ts: '1700000000.000200', channel_id: TEST_CHANNEL_ID, is_ephemeral: true },
    }));
    const replaced = await t.api.nextCall(RESPONSE_URL);
    expect(replaced.path).toBe(new URL(clickUrl).pathname);
    expect(replaced.body.replace_original).toBe(true);
    expect(shown(replaced)).toMatch(/SMTP Credentials/);
    expect(buttons(replaced).map((b) => b.action_id)).toContain('share_in_channel');
    expect(t.api.callsTo('chat.update')).toHaveLength(0);
  });
});

describe('button values', () => {
  it('stay well under Slack\'s 2,000 characters, even for a huge paste', async () => {
    t = await start('http');
    const huge = `${PASTES.undetermined}\n${Array.from({ length: 2000 }, (_, i) => `RCPT TO:<user${i}@very-long-recipient-domain-${i}.example> 550 5.7.1 Relaying denied`).join('\n')}`;
    const post = await postedReply(t, huge);
    for (const b of buttons(post)) expect(b.value!.length).toBeLessThan(2000);
  });

  it('a tampered or foreign value gets a polite error and the bot keeps working', async () => {
    t = await start('http');
    const post = await postedReply(t, PASTES.undetermined);
    const genuine = button(post, 'where_inbound').value;
    const [version, payload, tag] = genuine.split('.');
    const flipped = `${payload!.slice(0, 10)}${payload![10] === 'A' ? 'B' : 'A'}${payload!.slice(11)}`;
    for (const value of [`${version}.${flipped}.${tag}`, genuine.slice(0, -3), 'not-ours', '', `2.${payload}.${tag}`]) {
      await clickPosted(t, post, 'where_inbound', value);
      const notice = await t.api.nextCall(RESPONSE_URL);
      expect(notice.body.response_type).toBe('ephemeral');
      expect(notice.body.replace_original).toBe(false);
      expect(shown(notice)).toMatch(/could not read that button/);
    }
    expect(t.api.callsTo('chat.update')).toHaveLength(0);

    await clickPosted(t, post, 'where_inbound');
    expect(metadataScenario(await t.api.nextCall('chat.update'))).toBe('mailgun-incoming');
  });

  it('a restarted bot (same token, nothing in memory) still answers a click on an old reply', async () => {
    t = await start('http');
    const post = await postedReply(t, PASTES.undetermined);
    await t.stop();
    t = await start('socket');
    await clickPosted(t, post, 'where_mailgun_logs');
    expect(metadataScenario(await t.api.nextCall('chat.update'))).toBe('recipient-host');
  });

  it('falls back to the response_url when chat.update is refused', async () => {
    t = await start('http');
    const post = await postedReply(t, PASTES.outgoing);
    t.api.fail('chat.update', { error: 'cant_update_message' });
    await clickPosted(t, post, 'show_ui_beta');
    const replaced = await t.api.nextCall(RESPONSE_URL);
    expect(replaced.body.replace_original).toBe(true);
    expect(button(replaced, 'show_ui_beta').style).toBe('primary');
  });
});
