/**
 * Secrets, end to end: the built bot (as `npm start` runs it) at LOG_LEVEL=debug, taken through a
 * whole conversation on every surface with credentials in the pastes. Neither its output (stdout,
 * stderr) nor anything it sent to Slack may hold a token, the signing secret or a pasted
 * credential. (test/platform/process.test.ts checks the output for one command and one mention.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_URL, type RecordedCall } from '../support/fake-slack-api.js';
import { appMentionEvent, blockAction, mention, messageEvent, messageShortcut, nextTs, slashCommand, TEST_CHANNEL_ID, TEST_USER_ID, viewSubmission } from '../support/payloads.js';
import { buildDist } from '../support/spawn-bot.js';
import { TEST_APP_TOKEN, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/start-app.js';
import { button } from '../surfaces/helpers.js';
import { startSession, type Session } from './spawned.js';

const DM = 'D0PERSON01';

/** Credentials as people paste them, each with the value that must never come back. */
const PASTED = {
  smtpUrl: { value: 'S3cretSmtpPassw0rd', text: 'MAIL_URL=smtp://postmaster%40mg.example.com:S3cretSmtpPassw0rd@smtp.mailgun.org:587\n550 5.7.1 Relaying denied' },
  apiKey: { value: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0', text: 'MAILGUN_API_KEY=key-3ax6xnjp29jd6fds4gc373sgvjxteol0\nsmtp.mailgun.org said: 550 5.7.1 Relaying denied' },
  password: { value: 'Hunter2-pasted-Pw9', text: 'smtp user postmaster@mg.example.com password: Hunter2-pasted-Pw9\n550 5.7.1 Relaying denied (in reply to RCPT TO)' },
  curl: { value: '0f1e2d3c4b5a69788796a5b4c3d2e1f0-1a2b3c4d-5e6f7a8b', text: "curl --user 'api:0f1e2d3c4b5a69788796a5b4c3d2e1f0-1a2b3c4d-5e6f7a8b' https://api.mailgun.net/v3/routes\nmxa.mailgun.org: 550 5.7.1 Relaying denied" },
  fileSecret: { value: 'FilePassw0rd-42xyz', text: 'Return-Path: <>\nsmtp_password = "FilePassw0rd-42xyz"\nRemote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; 554 5.7.1 Relay access denied\n' },
  modal: { value: 'ModalSecret-77abc', text: 'SMTP_PASS=ModalSecret-77abc\n550 5.7.1 Relaying denied' },
};
const SECRETS = [TEST_BOT_TOKEN, TEST_APP_TOKEN, TEST_SIGNING_SECRET, ...Object.values(PASTED).map((p) => p.value)];
const TOKEN_SHAPE = /xox[abposr]-[A-Za-z0-9]|xapp-[A-Za-z0-9]/;

beforeAll(() => buildDist(), 120_000);

/** Every surface, each with a credential in what the person pasted. */
async function converse(s: Session): Promise<void> {
  const { api } = s;
  await s.event(messageEvent({ text: PASTED.smtpUrl.text, channel: DM, channelType: 'im' }));
  await api.nextCall('chat.postMessage');

  const mentioned = appMentionEvent({ text: mention(PASTED.apiKey.text) });
  await s.event(mentioned);
  const threadReply = await api.nextCall('chat.postMessage');
  expect(threadReply.body.thread_ts).toBe(mentioned.ts);
  await api.nextCall('chat.postEphemeral');

  await s.command(slashCommand({ text: PASTED.password.text, responseUrl: api.responseUrl() }));
  const ephemeral = await api.nextCall(RESPONSE_URL);
  const share = button(ephemeral, 'share_in_channel');
  await s.interaction(blockAction({
    actionId: 'share_in_channel', value: share.value, blockId: share.block_id, responseUrl: api.responseUrl(),
    container: { type: 'message', message_ts: nextTs(), channel_id: TEST_CHANNEL_ID, is_ephemeral: true },
  }));
  expect((await api.nextCall(RESPONSE_URL)).body.response_type).toBe('in_channel');

  await s.interaction(messageShortcut({ message: { type: 'message', ts: nextTs(), user: 'U0OTHER001', text: PASTED.curl.text }, responseUrl: api.responseUrl() }));
  await api.nextCall(RESPONSE_URL);

  api.addFile({ id: 'F0SECRET01', name: 'bounce.txt', content: PASTED.fileSecret.text });
  await s.event(messageEvent({ text: '', channel: DM, channelType: 'im', subtype: 'file_share', files: [api.fileObject('F0SECRET01')] }));
  await api.nextCall('files.download');
  await api.nextCall('chat.postMessage');

  await s.command(slashCommand({ text: '', responseUrl: api.responseUrl(), triggerId: 'trigger-secrets' }));
  await api.nextCall('views.open');
  await s.interaction(viewSubmission({
    callbackId: 'diagnose_modal',
    values: { paste: { paste_text: { type: 'plain_text_input', value: PASTED.modal.text } }, bounce_file: { bounce_file_input: { type: 'file_input', files: [] } } },
  }));
  await api.nextCall('chat.postMessage');

  await s.event({ type: 'app_home_opened', user: TEST_USER_ID, channel: 'D0HOME0001', tab: 'home' });
  await api.nextCall('views.publish');
}

/**
 * What the bot sent to Slack, besides the credentials of Web API calls themselves (the Authorization
 * header, and the `token` argument Bolt gives auth.test): paths and bodies.
 */
const sent = (calls: RecordedCall[]) => calls
  .map((c) => `${c.method} ${c.path}\n${c.path.startsWith('/api/') ? c.rawBody.replace(/(^|&)token=[^&]*/, '$1') : c.rawBody}`)
  .join('\n');

describe.each(['http', 'socket'] as const)('a whole conversation at LOG_LEVEL=debug (%s mode)', (mode) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(mode, { LOG_LEVEL: 'debug' });
    await converse(s);
    s.bot.child.kill('SIGTERM');
    expect((await s.bot.exited).code).toBe(0);
  }, 30_000);
  afterAll(() => s?.close());

  it('really logged at debug level and really answered on every surface', () => {
    expect(s.bot.stderr).toMatch(/ DEBUG /);
    expect(s.api.replies.length).toBeGreaterThanOrEqual(9);
  });

  it('wrote no token, signing secret or pasted credential to stdout or stderr', () => {
    const output = s.bot.stdout + s.bot.stderr;
    for (const secret of SECRETS) expect(output, secret).not.toContain(secret);
    expect(output).not.toMatch(TOKEN_SHAPE);
  });

  it('sent no pasted credential to Slack, and tokens only as the credentials of Web API calls', () => {
    const body = sent(s.api.calls);
    for (const secret of SECRETS) expect(body, secret).not.toContain(secret);
    expect(body).not.toMatch(TOKEN_SHAPE);
    for (const call of s.api.calls.filter((c) => c.method !== RESPONSE_URL)) {
      expect(call.headers.authorization ?? call.body.token, call.method).toMatch(/^(?:Bearer )?x(?:oxb|app)-/);
    }
    // response_url needs no credential: the bot token must not travel there.
    for (const call of s.api.callsTo(RESPONSE_URL)) expect(call.headers.authorization, call.path).toBeUndefined();
  });

  it('warned about the credentials without repeating them', () => {
    expect(sent(s.api.replies)).toMatch(/rotate/i);
  });
});
