/** Message shortcut "Diagnose bounce" (private answer, with fallbacks) and the App Home tab. */
import { afterEach, describe, expect, it } from 'vitest';
import { RESPONSE_URL } from '../support/fake-slack-api.js';
import { messageShortcut, nextTs, TEST_CHANNEL_ID, TEST_USER_ID } from '../support/payloads.js';
import type { TestBot } from '../support/start-app.js';
import { button, metadataScenario, MODES, PASTES, sendEvent, sendInteraction, shown, start, visibleText, WATCHED } from './helpers.js';

let t: TestBot | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

const someonesMessage = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'message', user: 'U0OTHER001', ts: nextTs(), text, ...extra });

describe.each(MODES)('Diagnose bounce over %s', (mode) => {
  it('answers privately through the response_url, with a Share button', async () => {
    t = await start(mode);
    const ack = await sendInteraction(t, messageShortcut({ message: someonesMessage(PASTES.recipientHost), responseUrl: t.api.responseUrl() }));
    expect(ack.status).toBe(200);
    const reply = await t.api.nextCall(RESPONSE_URL);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(shown(reply)).toMatch(/bob@partner\.example/);
    expect(button(reply, 'share_in_channel')).toBeDefined();
    expect(t.api.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('Diagnose bounce fallbacks', () => {
  it('uses chat.postEphemeral when the response_url fails, and a DM when that fails too', async () => {
    t = await start('http');
    t.api.fail(RESPONSE_URL, { status: 500 }, { times: 2 });
    await sendInteraction(t, messageShortcut({ message: someonesMessage(PASTES.outgoing), responseUrl: t.api.responseUrl() }));
    const ephemeral = await t.api.nextCall('chat.postEphemeral');
    expect(ephemeral.body).toMatchObject({ channel: TEST_CHANNEL_ID, user: TEST_USER_ID });
    expect(shown(ephemeral)).toMatch(/SMTP Credentials/);

    t.api.fail('chat.postEphemeral', { error: 'channel_not_found' });
    await sendInteraction(t, messageShortcut({ message: someonesMessage(PASTES.outgoing), responseUrl: t.api.responseUrl() }));
    expect((await t.api.nextCall('conversations.open')).body.users).toBe(TEST_USER_ID);
    const dm = await t.api.nextCall('chat.postMessage');
    expect(metadataScenario(dm)).toBe('mailgun-outgoing');
    expect(JSON.stringify(dm.body.blocks)).not.toContain('share_in_channel');
  });

  it('reads the files of the chosen message, and says so when the message holds no error', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0SHORTCUT', name: 'ndr.txt', content: PASTES.incoming });
    await sendInteraction(t, messageShortcut({ message: someonesMessage('see attached', { files: [t.api.fileObject('F0SHORTCUT')] }), responseUrl: t.api.responseUrl() }));
    expect(shown(await t.api.nextCall(RESPONSE_URL))).toMatch(/Routes/);

    await sendInteraction(t, messageShortcut({ message: someonesMessage(PASTES.chatter), responseUrl: t.api.responseUrl() }));
    expect(shown(await t.api.nextCall(RESPONSE_URL))).toMatch(/did not find an email error/);
  });
});

describe('App Home', () => {
  it('publishes what the bot does, each surface, examples and the watched channels', async () => {
    t = await start('http');
    await sendEvent(t, { type: 'app_home_opened', user: TEST_USER_ID, channel: 'D0HOME0001', tab: 'home' });
    const publish = await t.api.nextCall('views.publish');
    expect(publish.body.user_id).toBe(TEST_USER_ID);
    expect(publish.body.view.type).toBe('home');
    const text = visibleText(publish.body.view.blocks);
    for (const surface of [/\/relaydenied <paste>/, /@relaydenied/, /Direct message/, /Diagnose bounce/, /Classic, Beta and Current/, /Examples/]) {
      expect(text).toMatch(surface);
    }
    expect(text).toContain(`<#${WATCHED}>`);
  });

  it('does nothing for the Messages tab', async () => {
    t = await start('http');
    await sendEvent(t, { type: 'app_home_opened', user: TEST_USER_ID, channel: 'D0HOME0001', tab: 'messages' });
    expect(await t.api.noNewCall('views.publish', 300)).toBe(true);
  });
});
