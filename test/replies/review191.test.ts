/** Review round 191c: developers' precise questions under Mailgun events and logs. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste('pastes191c', name);
const replyTo = replyText;

describe('round 191c', () => {
  it('gives Postfix with no SASL mechanism its missing plugins, not the settings it has (c191-11)', () => {
    const fix = replyTo(paste('c191-11')).split('\n').find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('libsasl2-modules');
    expect(fix).not.toContain("turn Postfix's SMTP login on");
  });

  it('keeps the settings fix where Postfix shows no such warning', () => {
    const text = 'Jun 13 08:14:22 mon1 postfix/smtp[22817]: 4AB12: to=<a@b.example>, relay=smtp.mailgun.org[34.1.2.3]:587, status=bounced (host smtp.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
    expect(replyTo(text)).not.toContain('libsasl2-modules (Debian');
  });

  it('sends an app that hands mail to the inbound MX to smtp.mailgun.org (c191-17)', () => {
    const reply = replyTo(paste('c191-17'));
    expect(reply).toContain('Fix: set the sending host to smtp.mailgun.org');
    expect(reply).not.toContain('no Route matches the recipient');
  });

  it.each([
    ['c191-05', 'Which webhook event fires? permanent_fail'],
    ['c191-14', 'Which webhook event fires? permanent_fail'],
    ['c191-15', 'How can you test it? Test the login alone, which sends nothing'],
    ['c191-16', 'How can you test it? Ask their server yourself'],
    ['c191-06', 'How can you test it? Try each way on its own'],
  ])('%s answers the question first', (name, answer) => {
    expect(replyTo(paste(name)).split('\n\n').slice(0, 4).join('\n\n')).toContain(answer);
  });

  it('says no webhook fires for a session that never logged in, and names temporary_fail for a retried refusal', () => {
    expect(replyTo("SMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nhost smtp.mailgun.org port 587\nWhich webhook event will we get?")).toContain('Which webhook event fires? None: Mailgun refused the SMTP session');
    expect(replyTo('Mailgun event: failed, temporary\nrecipient: bob@partner.example\ndelivery-status: 451 4.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example\nwhich webhook fires for this?')).toContain('Which webhook event fires? temporary_fail');
  });

  it('asks nothing where no test or webhook is asked about', () => {
    const reply = replyTo(paste('c191-11'));
    expect(reply).not.toContain('Which webhook event fires?');
    expect(reply).not.toContain('How can you test it?');
  });
});
