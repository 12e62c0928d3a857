/** Review rounds 191a-c: Ruby's send_message recipient, both directions said in French, Outlook.com's RP-001, an em dash after a code, "we're on US". */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('round 191', () => {
  it("reads Ruby Net::SMTP's send_message recipient, so an app sending through the inbound MX is outgoing (c191-17)", () => {
    const d = diagnose("Net::SMTPFatalError: 550 5.7.1 Relaying denied\n  net/smtp.rb:880:in `rcptto'\n\nNet::SMTP.start('mxa.mailgun.org', 25) do |smtp|\n  smtp.send_message msg, 'hello@mg.shop.example', 'customer@yahoo.com'\nend");
    expect(d.facts.recipient).toBe('customer@yahoo.com');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('reads "Mailgun pour l\'envoi ET des routes pour la réception" as both directions: undetermined (c191-18)', () => {
    const d = diagnose('Notre QA dit que certains mails sont refusés avec "550 5.7.1 Relaying denied". On utilise Mailgun pour l\'envoi ET des routes pour la réception.');
    expect(d.scenario).toBe('undetermined');
  });

  it("reads Outlook.com's RP-001 as a rate limit (b191-36)", () => {
    const d = diagnose("Server response: 421 RP-001 (BAY004-MC6F3) Unfortunately, some messages from 159.135.233.41 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('rate-limit');
  });

  it('reads a reply code before an em dash and its enhanced code (b191-18)', () => {
    expect(diagnose('Remote server: mail.partner.example\n550 — 5.7.54 SMTP; Unable to relay recipient in non-accepted domain').facts.replyCode).toBe(550);
  });

  it('reads "we\'re on US" as the region, not a question of it (c191-01)', () => {
    expect(diagnose('550 5.7.1 Relaying denied from mxa.mailgun.org. How do I fix it via API? we\'re on US.').facts.region).toBe('us');
    expect(diagnose('550 5.7.1 Relaying denied. not sure, we\'re on US?').facts.region).toBeNull();
  });
});
