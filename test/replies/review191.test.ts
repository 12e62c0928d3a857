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
});
