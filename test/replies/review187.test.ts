/** Review round 187c: more direct questions beside a pasted error, answered first for the case the diagnosis settles. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes187c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const leadOf = (reply: string) => reply.split('\n\n').slice(0, 3).join('\n\n');

const OUTGOING = "SMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nhost smtp.mailgun.org port 587";
const INCOMING = '<info@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
const RECIPIENT_HOST = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';

describe('questions of round 187c', () => {
  it.each([
    ['c187-03', 'Do you need a dedicated IP? No: this is mail sent to your domain'],
    ['c187-14', 'Do you need a dedicated IP? No: the sandbox domain is the cause'],
    ['c187-04', 'Is your domain or IP on a block list? No'],
    ['c187-05', 'Should you contact Mailgun support? Not yet'],
    ['c187-12', 'Should you contact Mailgun support? It would not help'],
    ['c187-02', 'Are other recipients affected? Yes'],
    ['c187-07', 'Does this have to do with SPF or DKIM? No'],
    ['c187-11', 'Does this have to do with SPF or DKIM? No: SPF and DKIM are for the mail you send'],
    ['c187-18', 'Does this have to do with SPF or DKIM? Yes: this refusal is a failed DMARC check'],
    ['c187-06', 'Can you test without sending real mail? Yes'],
    ['c187-01', 'Is the port the problem? No'],
    ['c187-09', 'Is the port the problem? No: the login reached the server'],
  ])('%s is answered first', (name, answer) => {
    expect(leadOf(replyTo(paste(name)))).toContain(answer);
  });

  it.each([
    ['outgoing', `Should we get a dedicated IP? ${OUTGOING}`, 'Do you need a dedicated IP? No: Mailgun refused the session for want of a login'],
    ['recipient-host, in Spanish', `¿Necesitamos una IP dedicada?\n${RECIPIENT_HOST}`, 'Do you need a dedicated IP? No: the recipient\'s server refused'],
    ['incoming, blacklisted', `Are we blacklisted?\n${INCOMING}`, 'Is your domain or IP on a block list? No: Mailgun\'s inbound server refused'],
    ['outgoing, in German', `Betrifft das auch unsere anderen Kunden?\n${OUTGOING}`, 'Are other recipients affected? Yes'],
    ['recipient-host, others', `Will other customers be affected too?\n${RECIPIENT_HOST}`, 'Are other recipients affected? No: only mail to "partner.example"'],
    ['outgoing, support in French', `Faut-il contacter le support Mailgun ?\n${OUTGOING}`, 'Should you contact Mailgun support? No need'],
  ])('%s', (_case, text, answer) => {
    expect(leadOf(replyTo(text))).toContain(answer);
  });

  it('the test without sending names the login test and the drop header', () => {
    const reply = replyTo(`Can I test it without sending real mail? ${OUTGOING}`);
    expect(reply).toContain('--quit-after AUTH');
    expect(reply).toContain('X-Mailgun-Drop-Message: yes');
  });

  it.each([
    ['a dedicated IP said, not asked', `We have a dedicated IP since March.\n${OUTGOING}`, 'Do you need a dedicated IP?'],
    ['SPF named, not asked', `Our SPF record includes mailgun.org.\n${OUTGOING}`, 'Does this have to do with SPF or DKIM?'],
    ['support named, not asked', `Mailgun support told us to check the login.\n${OUTGOING}`, 'Should you contact Mailgun support?'],
  ])('no answer where nothing was asked: %s', (_case, text, question) => {
    expect(replyTo(text)).not.toContain(question);
  });
});
