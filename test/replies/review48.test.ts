/** Code review 48 (of this session's change): each finding pinned on the reviewer's paste (test/fixtures/review48). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/review48/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 48', () => {
  it("reads Cyrus SASL's /etc/postfix/sasl/smtpd.conf beside a Postfix log as Postfix, not OpenSMTPD", () => {
    expect(diagnose(paste('pf')).facts.client).toBe('postfix');
    // (OpenSMTPD's own relay line keeps it)
    expect(diagnose(paste('o465')).facts.client).toBe('opensmtpd');
  });

  it('reads IIS Manager\'s "SMTP E-mail" feature of an ASP.NET site as no IIS SMTP service', () => {
    expect(diagnose(paste('aspnet2')).facts.client).not.toBe('iis-smtp');
  });

  it('takes "still not working now" as no word that the fix worked: the refusal of the thread stays', () => {
    expect(diagnose(paste('w2')).scenario).toBe('mailgun-outgoing');
    expect(diagnose(paste('w2').replace('still not working now', 'it worked until Friday, now')).scenario).toBe('mailgun-outgoing');
  });

  it('keeps a relay refusal restated "Zur Erinnerung, ... weiterhin" beside another error', () => {
    expect(diagnose(paste('pr2')).scenario).toBe('undetermined');
  });

  it('steers IIS SMTP, hMailServer and OpenSMTPD at 465 to 587 with STARTTLS, one port throughout', () => {
    for (const name of ['iis465', 'h465', 'o465']) {
      const reply = replyTo(paste(name));
      expect(reply).toContain('port 587 with STARTTLS');
      expect(reply).not.toContain('keep port 465');
      expect(reply).not.toContain("nodemailer's secure: true");
    }
  });

  it('reads regions right around a .no domain, a French domain name and Italian "è"', () => {
    expect(diagnose(paste('no')).facts.region).toBe('us');
    expect(diagnose(paste('fr2')).facts.region).toBe('eu');
    expect(diagnose(paste('it')).facts.region).toBe('eu');
  });

  it('reads "sendet über den SMTP-Relay von Mailgun" as sending through it, and "replay rejected" as no relay refusal', () => {
    expect(diagnose(paste('de')).scenario).toBe('mailgun-outgoing');
    expect(diagnose(paste('rp2')).scenario).toBe('not-relaying-denied');
  });

  it('asks "Do you need to restart anything?" of a mail server, and answers a printer that its settings apply as saved', () => {
    const mailServer = replyTo(`${paste('iis465')}\nDo we need to restart anything?`);
    expect(mailServer).toContain('Do you need to restart anything? Only the SMTP virtual server');
    const printer = replyTo('Our Kyocera printer scan to email: smtp.mailgun.org port 587, SMTP authentication off. Error: 550 5.7.1 Relaying denied. Do we need to restart the printer?');
    expect(printer).toContain('applies its SMTP settings as you save them');
    expect(printer).not.toContain('a running application reads its environment');
    expect(printer).not.toContain('environment variable or secret store');
  });
});
