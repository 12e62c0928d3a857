/** `/relaydenied`: paste, help, the modal (paste or file, answered by DM), and Share in channel. */
import { afterEach, describe, expect, it } from 'vitest';
import { RESPONSE_URL } from '../support/fake-slack-api.js';
import { blockAction, slashCommand, TEST_USER_ID, viewSubmission } from '../support/payloads.js';
import type { TestBot } from '../support/start-app.js';
import { button, buttons, metadataScenario, MODES, PASTES, sendCommand, sendInteraction, shown, start, visibleText } from './helpers.js';

let t: TestBot | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

describe.each(MODES)('/relaydenied over %s', (mode) => {
  it('answers a paste privately, with the diagnosis and a Share in channel button', async () => {
    t = await start(mode);
    const ack = await sendCommand(t, slashCommand({ text: PASTES.outgoing, responseUrl: t.api.responseUrl() }));
    expect(ack.status).toBe(200);
    const reply = await t.api.nextCall(RESPONSE_URL);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(shown(reply)).toMatch(/SMTP Credentials/);
    expect(shown(reply)).toMatch(/smtp\.mailgun\.org/);
    expect(button(reply, 'share_in_channel').text).toMatchObject({ text: 'Share in channel' });
    // The outgoing fix differs per Mailgun UI: the three UI buttons are there.
    expect(buttons(reply).map((b) => b.action_id)).toEqual(expect.arrayContaining(['show_ui_classic', 'show_ui_beta', 'show_ui_current']));
    expect(t.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('Share in channel posts the reply for everyone through the response_url, without a Share button', async () => {
    t = await start(mode);
    await sendCommand(t, slashCommand({ text: PASTES.incoming, responseUrl: t.api.responseUrl() }));
    const privateReply = await t.api.nextCall(RESPONSE_URL);
    const share = button(privateReply, 'share_in_channel');

    const clickUrl = t.api.responseUrl();
    await sendInteraction(t, blockAction({
      actionId: 'share_in_channel', value: share.value, blockId: share.block_id, responseUrl: clickUrl,
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0CHANNEL1', is_ephemeral: true },
    }));
    const shared = await t.api.nextCall(RESPONSE_URL);
    expect(shared.path).toBe(new URL(clickUrl).pathname);
    expect(shared.body.response_type).toBe('in_channel');
    expect(shared.body.replace_original).toBe(false);
    expect(shown(shared)).toMatch(/Routes/);
    expect(buttons(shared).map((b) => b.action_id)).not.toContain('share_in_channel');
  });

  it('/relaydenied help gives usage, privately', async () => {
    t = await start(mode);
    await sendCommand(t, slashCommand({ text: 'help', responseUrl: t.api.responseUrl() }));
    const reply = await t.api.nextCall(RESPONSE_URL);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(shown(reply)).toMatch(/\/relaydenied <paste>/);
    expect(shown(reply)).toMatch(/Diagnose bounce/);
  });

  it('/relaydenied alone opens the modal with a 3,000-character paste box and a file input', async () => {
    t = await start(mode);
    await sendCommand(t, slashCommand({ text: '', responseUrl: t.api.responseUrl(), triggerId: 'trigger-1' }));
    const open = await t.api.nextCall('views.open');
    expect(open.body.trigger_id).toBe('trigger-1');
    const view = open.body.view;
    expect(view.callback_id).toBe('diagnose_modal');
    const inputs = view.blocks.map((b: { element: { type: string } }) => b.element);
    expect(inputs).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'plain_text_input', multiline: true, max_length: 3000 }),
      expect.objectContaining({ type: 'file_input' }),
    ]));
    // Only text files can be read: an Outlook .msg is binary.
    const fileInput = inputs.find((e: { type: string }) => e.type === 'file_input') as { filetypes: string[] };
    expect(fileInput.filetypes).toEqual(['eml', 'txt', 'text', 'log']);
    expect(t.api.callsTo(RESPONSE_URL)).toHaveLength(0);
  });
});

describe('the modal', () => {
  const values = (paste: string | null, files: unknown[] = []) => ({
    paste: { paste_text: { type: 'plain_text_input', value: paste } },
    bounce_file: { bounce_file_input: { type: 'file_input', files } },
  });

  it('sends the diagnosis of the pasted text by DM, with metadata', async () => {
    t = await start('http');
    const ack = await sendInteraction(t, viewSubmission({ callbackId: 'diagnose_modal', values: values(PASTES.recipientHost) }));
    expect(ack.status).toBe(200);
    const open = await t.api.nextCall('conversations.open');
    expect(open.body.users).toBe(TEST_USER_ID);
    const dm = await t.api.nextCall('chat.postMessage');
    expect(dm.body.channel).toBe(open.response && (open.response as { channel: { id: string } }).channel.id);
    expect(metadataScenario(dm)).toBe('recipient-host');
    expect(shown(dm)).toMatch(/bob@partner\.example/);
  });

  it('reads an attached bounce file', async () => {
    t = await start('socket');
    t.api.addFile({ id: 'F0BOUNCE01', name: 'bounce.eml', content: PASTES.incoming, mimetype: 'message/rfc822', filetype: 'eml' });
    await sendInteraction(t, viewSubmission({ callbackId: 'diagnose_modal', values: values(null, [t.api.fileObject('F0BOUNCE01')]) }));
    const dm = await t.api.nextCall('chat.postMessage');
    expect(metadataScenario(dm)).toBe('mailgun-incoming');
    const download = await t.api.nextCall('files.download');
    expect(download.headers.authorization).toBe(`Bearer ${t.config.botToken}`);
  });

  it('keeps the modal open with an error when nothing was given', async () => {
    t = await start('http');
    const ack = await sendInteraction(t, viewSubmission({ callbackId: 'diagnose_modal', values: values('  ') }));
    expect(ack.payload).toMatchObject({ response_action: 'errors', errors: { paste: expect.stringMatching(/Paste an error/) } });
    expect(await t.api.noNewCall('chat.postMessage', 300)).toBe(true);
  });

  it('tells the person by DM when the file could not be read', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0LOGIN001', name: 'bounce.txt', content: PASTES.incoming, download: { kind: 'html-login' } });
    await sendInteraction(t, viewSubmission({ callbackId: 'diagnose_modal', values: values(null, [t.api.fileObject('F0LOGIN001')]) }));
    const dm = await t.api.nextCall('chat.postMessage');
    expect(visibleText(dm.body.blocks)).toMatch(/sign-in page/);
    expect(visibleText(dm.body.blocks)).toMatch(/files:read/);
  });
});
