/** Review round 187c: more direct questions beside a pasted error, answered first for the case the diagnosis settles. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INCOMING, OUTGOING, RECIPIENT_HOST } from './helpers.js';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes187c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const leadOf = (reply: string) => reply.split('\n\n').slice(0, 3).join('\n\n');

describe('questions of round 187c', () => {
  it.each([
    ['c187-03', 'Do you need a dedicated IP? No: this is mail sent to your domain'],
    ['c187-14', 'Do you need a dedicated IP? No: the sandbox domain is the cause'],
    ['c187-04', 'Is your domain or IP on a block list? No'],
    ['c187-05', 'Should you contact Mailgun support? Not yet'],
    ['c187-12', 'Should you contact Mailgun support? It would not help'],
    ['c187-02', 'Are other recipients affected? Every message this program sends'],
    ['c187-07', 'Does this have to do with SPF or DKIM? No'],
    ['c187-11', 'Does this have to do with SPF or DKIM? Keep them: SPF and DKIM are for the mail you send through Mailgun. The MX records are the mistake here'],
    ['c187-18', 'Does this have to do with SPF or DKIM? Yes: this refusal is a failed sender check'],
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
    ['outgoing, in German', `Betrifft das auch unsere anderen Kunden?\n${OUTGOING}`, 'Are other recipients affected? Every message this program sends'],
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

describe("a mail client's own sending error", () => {
  it.each([
    ['German (c187-15)', '"Die Nachricht konnte nicht gesendet werden. Der Server hat geantwortet: 550 5.7.1 Relaying denied"'],
    ['English', 'Outlook says: The message could not be sent. The server responded: 550 5.7.1 Relaying denied'],
  ])('%s is seen while sending: the reply asks which server the sender uses', (_case, text) => {
    const reply = replyTo(text);
    expect(reply).toContain('Which SMTP server is the sender set to use?');
    expect(reply).not.toContain('Where did you see this error?');
  });
});

describe('MX records set to Mailgun by mistake, said in more words', () => {
  it.each([
    ['c187-03, Spanish: only used for reminders, MX set because the wizard said so', 'c187-03'],
    ['c187-11, Dutch: MX set because the DNS wizard showed it', 'c187-11'],
  ])('%s', (_case, name) => {
    expect(replyTo(paste(name)).split('\n')[0]).toContain('its MX records still point to Mailgun');
  });

  it('an MX set on purpose stays a Route case', () => {
    expect(replyTo(`We set the MX to Mailgun last week to receive support mail.\n${INCOMING}`).split('\n')[0]).not.toContain('its MX records still point to Mailgun');
  });
});

describe('the questions answered only where the answer holds', () => {
  it("another provider's 535: no Mailgun credentials advice for support, no swaks to Mailgun", () => {
    const reply = replyTo('Should we contact Mailgun support? Can I test it without sending real mail?\nSMTP Error: 535 5.7.3 Authentication unsuccessful, host smtp.office365.com');
    expect(reply).not.toContain("in the domain's SMTP credentials yourself");
    expect(reply).not.toContain('swaks --server smtp.mailgun.org');
  });
});

describe('code review 52', () => {
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/review52/${name}.txt`, import.meta.url), 'utf8');

  it.each([
    ['10-es-no-solo', '"No solo usamos Mailgun para enviar: también recibimos ... con una Route"'],
    ['11-wizard-negated', '"not because a wizard said so: we parse support mail with Routes"'],
    ['12-wizard-unrelated', '"because we receive through Routes; the DNS wizard verified them"'],
  ])('%s: %s is no MX by mistake', (name) => {
    const reply = replyTo(fixture(name));
    expect(reply).not.toContain('its MX records are the mistake');
    expect(reply).toContain('Fix: add a Route');
  });

  it('07: msmtprc named in passing does not make msmtp the client of a PHPMailer transcript', () => {
    expect(diagnose(fixture('07-msmtp-mention')).facts.client).toBe('phpmailer');
  });

  it('19: a content filter is no SPF/DKIM refusal, and no dedicated-IP answer about SPF', () => {
    const reply = replyTo(fixture('19-policy-content'));
    expect(reply).not.toContain('Does this have to do with SPF or DKIM? Yes');
    expect(reply).not.toContain('Do you need a dedicated IP?');
  });

  it('14: the mail client\'s words inside a bounce someone got are no sending dialog', () => {
    const reply = replyTo(fixture('14-outlook-bounce'));
    expect(reply).not.toContain('This is a Relaying Denied error, seen while sending');
    // (customers writing to info@ after the MX moved to Mailgun: it leans toward mail coming in)
    expect(reply).toContain('leans toward mail coming in');
  });

  it.each([
    ['02-dedicated-statement', 'Do you need a dedicated IP?'],
    ['03-support-statement', 'Should you contact Mailgun support?'],
    ['05-daemon-statement', 'Do you need systemctl daemon-reload?'],
  ])('%s: a statement gets no answer', (name, question) => {
    expect(replyTo(fixture(name))).not.toContain(question);
  });

  it('18: daemon-reload is not answered for a mail server, whose own reload is', () => {
    expect(replyTo(fixture('18-postfix-daemon'))).not.toContain('Do you need systemctl daemon-reload?');
  });

  it('daemon-reload answered with what it applies to', () => {
    const reply = replyTo(`Do I need daemon-reload too?\n${OUTGOING}`);
    expect(reply).toContain('Only after editing the unit file itself');
    expect(reply).toContain('systemctl restart alone reads them');
  });

  it('16, 17: a Laravel configuration cached at build or deploy: the redeploy answer and the Fix agree on config:cache', () => {
    expect(replyTo(fixture('16-laravel-compose-cached'))).toContain('docker compose up -d --build');
    const forge = replyTo(fixture('17-laravel-forge-cached'));
    expect(forge).toContain('run php artisan config:cache again');
    expect(forge).not.toContain('php artisan config:clear');
  });

  it('20: with the MX records wrongly at Mailgun, all mail to the domain is refused', () => {
    expect(replyTo(fixture('20-notmeant-others'))).toContain('Are other recipients affected? All mail sent to the domain is refused');
  });
});
