/** What review rounds 171a and 177a found the engine missing, each on a short paste of its own. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('review round 177 (diagnosis)', () => {
  it("reads an IIS SMTP log's session from Mailgun's machine refused at RCPT as the recipient's server refusing Mailgun", () => {
    const log = 'Our IIS SMTP server is the MX for firm.example. W3C log:\n2024-05-14 08:31:40 159.135.228.10 m228-10.mailgun.net SMTPSVC1 MAILGW01 10.10.0.5 0 EHLO - +m228-10.mailgun.net 250 0 245 24 0 SMTP - - - -\n2024-05-14 08:31:40 159.135.228.10 m228-10.mailgun.net SMTPSVC1 MAILGW01 10.10.0.5 0 RCPT - +TO:<ceo@firm-old.example> 550 0 52 28 0 SMTP - - - -\n\nThe sender sees "550 5.7.1 Unable to relay for ceo@firm-old.example".';
    expect(diagnose(log)).toMatchObject({ scenario: 'recipient-host', facts: { recipient: 'ceo@firm-old.example', hostRole: 'other' } });
    // (the same refusal without the log's session from Mailgun says nothing of which side refused)
    expect(diagnose('The sender sees "550 5.7.1 Unable to relay for ceo@firm-old.example".').scenario).toBe('undetermined');
  });

  it("reads Microsoft 365's message trace download as the tenant's record, not a Mailgun event, with its Recipient address column", () => {
    const trace = '"Received","Sender address","Recipient address","Subject","Status","Message trace ID","Details"\n"5/14/2024 9:42 AM","marketing@contoso.com","lead@prospect-co.example","Your demo","Failed","4f0b6d3e-77a1-4d1c-9e52-1a6c3b0e8f21","550 5.7.1 Relaying denied"';
    const diagnosis = diagnose(trace);
    expect(diagnosis.facts).toMatchObject({ source: 'message-trace', recipient: 'lead@prospect-co.example', event: null });
    // (its Failed row is no proof that Mailgun accepted the message: which hop refused is not shown)
    expect(diagnosis.scenario).toBe('undetermined');
    expect(diagnose(`we have an outbound connector to Mailgun for marketing@, not sure which hop this is\n\n${trace}`).scenario).toBe('undetermined');
  });

  it('reads "Relaying denied (from smtp.mailgun.org, via the connector)" as naming the refusing host', () => {
    expect(diagnose(fixture('review42/08-m365-trace-delivered-row.txt'))).toMatchObject({ scenario: 'mailgun-outgoing', facts: { host: 'smtp.mailgun.org', recipient: 'j.kowalski@partner-firma.pl' } });
  });

  it('reads a misspelt "relay not permitted" ("Relaying not permited", "relay not alowed") as a relay refusal', () => {
    for (const line of ['550 Relaying not permited', '550 relay not alowed']) expect(diagnose(`off a blurry screenshot: ${line}`).scenario).toBe('undetermined');
    // (not other words after "relay not")
    for (const line of ['550 relay not performed', '550 reply not possible']) expect(diagnose(line).scenario).toBe('not-relaying-denied');
  });
});
