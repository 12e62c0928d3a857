/** Review round 201: device and plugin logs, replies wrapped after their code, a provider's port-25 filter, two refusing domains, and people's questions. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { normalize } from '../../src/diagnosis/normalize.js';

const rules = (text: string) => diagnose(text).evidence.map((e) => e.rule);

describe('a reply wrapped after its code', () => {
  it.each([
    ["a Dutch Outlook NDR, `Geretourneerd: '550` over `5.7.1 Relaying denied'` (b201-10)", "bestellingen@inkoop.example.nl\nExterne server: mxb.eu.mailgun.org\nGeretourneerd: '550\n5.7.1 Relaying denied'"],
    ['Yahoo\'s "Remote host said: 550" over "5.7.1 Relaying denied" (b201-13)', '<sales@ourbrand.example>:\nRemote host said: 550\n5.7.1 Relaying denied [RCPT_TO]'],
    ['Jakarta Mail\'s exception ending in its code (b201-03)', 'org.eclipse.angus.mail.smtp.SMTPSendFailedException: 550\n5.7.1 Relaying denied'],
  ])('reads the code and the status as one reply: %s', (_, text) => {
    expect(diagnose(text).facts).toMatchObject({ replyCode: 550, enhancedCode: '5.7.1' });
  });

  it('keeps apart a code and a status of different classes (a 550 over a 4.7.1 line is no wrapped reply)', () => {
    expect(normalize('Error: 550\n4.7.1 Try again later').text).toBe('Error: 550\n4.7.1 Try again later');
    expect(normalize('Error: 550\n5.7.1 Relaying denied').text).toBe('Error: 550 5.7.1 Relaying denied');
  });
});

describe('recipients in device, plugin and CI settings', () => {
  it('a device log\'s "From: a To: b" on one line (a201-07)', () => {
    const log = ' 14:02:11 script,error Server: smtp.mailgun.org:2525\n 14:02:11 script,error From: router@mg.freight.example To: noc@freight.example\n 14:02:11 script,error Response: 550 5.7.1 Relaying denied';
    expect(diagnose(log).facts.recipient).toBe('noc@freight.example');
  });

  it('not a flattened bounce\'s header, "From: MAILER-DAEMON@x To: sender@y"', () => {
    const bounce = 'Undelivered Mail Returned to Sender  From: MAILER-DAEMON@smtp.partner.example  To: ar@partner.example  The mail system  <invoices@billing.example>: host mxb.mailgun.org[35.190.247.11] said:  550 5.7.1 Relaying denied (in reply to RCPT TO command)';
    expect(diagnose(bounce).facts.recipient).toBe('invoices@billing.example');
  });

  it('a scanner\'s "Send test email to: a@b" (a201-26)', () => {
    expect(diagnose('Test result: Failed\nSend test email to: a.lindqvist@bygg.example\nServer response:\n550 5.7.1 Unable to relay').facts.recipient).toBe('a.lindqvist@bygg.example');
  });

  it.each([
    ["Uptime Kuma's notification settings under the error (b201-27)", "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n\nSMTP settings in the notification:\n  Hostname: mail.internal.lan\n  Username: (empty)\n  To: noc@velocitynet.example"],
    ["a GitHub Action's `to:` input (b201-01)", "        with:\n          server_address: smtp.mailgun.org\n          subject: Nightly KPI report\n          to: finance-team@northwind.example\n          from: Reports <reports@mg.contoso.example>\n\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied"],
    ["Post SMTP's log entry, its sandbox refusal (a201-32)", 'From: wordpress@sandbox4f2e8c1a9b7d4e6f8a0c2b4d6e8f0a1c.mailgun.org\nTo: owner@cafe.example\nStatus: Failed\nError: 421 Domain sandbox4f2e8c1a9b7d4e6f8a0c2b4d6e8f0a1c.mailgun.org is not allowed to send: Free accounts are for test purposes only.'],
  ])('the one To field of a send: %s', (_, text) => {
    expect(diagnose(text).facts.recipient).toMatch(/^(?:noc@velocitynet|finance-team@northwind|owner@cafe)\.example$/);
  });

  it('not the To of a forwarded message\'s header block, its From a name or its Subject a forward', () => {
    expect(diagnose('From: Anna Berg\nTo: support@helpdesk.example\nSubject: error\n\n550 5.7.1 Relaying denied').facts.recipient).toBeNull();
    expect(diagnose('From: anna@client.example\nTo: support@helpdesk.example\nSubject: Fwd: error\n\n550 5.7.1 Relaying denied').facts.recipient).toBeNull();
  });

  it.each([
    ['Norwegian', 'Mottaker: kari.hansen@kunde.example'],
    ['Swedish', 'Mottagare: kari.hansen@kunde.example'],
    ['Danish', 'Modtager: kari.hansen@kunde.example'],
  ])('a recipient label in %s (b201-26)', (_, label) => {
    expect(diagnose(`Meldingen ble ikke levert\n${label}\nFeil: 550 5.7.1 Relaying denied`).facts.recipient).toBe('kari.hansen@kunde.example');
  });

  it('Outlook\'s Dutch NDR, "Bericht is niet bezorgd bij deze geadresseerde(n):" (b201-10)', () => {
    expect(diagnose("Bericht is niet bezorgd bij deze geadresseerde(n):\n\nbestellingen@inkoop.example.nl\nDe server van de ontvanger heeft het bericht niet geaccepteerd.\n\nGeretourneerd: '550 5.7.1 Relaying denied'").facts.recipient).toBe('bestellingen@inkoop.example.nl');
  });

  it('a person\'s "invite was going to a@b" (b201-08)', () => {
    expect(diagnose('Net::SMTPFatalError (550 5.7.1 Relaying denied\n)\ninvite was going to dana.kim@brightlane.example fwiw').facts.recipient).toBe('dana.kim@brightlane.example');
  });

  it('a Norwegian report\'s "Tjener:" over its "Svar:" names the refusing server (b201-30)', () => {
    const d = diagnose('Mottaker: per.olsen@bedrift.example\nTjener: mx01.bedrift.example\nSvar: 552\n5.2.2 <per.olsen@bedrift.example>: Recipient address rejected: Mailbox full\n\nMailgun-hendelse: failed (temporary)');
    expect(d.facts).toMatchObject({ host: 'mx01.bedrift.example', hostRole: 'other', enhancedCode: '5.2.2' });
    expect(d.kind).toBe('mailbox-full');
  });
});

describe("an internet provider's port-25 filter", () => {
  const greeting = 'Connecting to smtp.mailgun.org:25 ... connected\nServer greeting:\n554 5.7.1 smtp-filter.isp.example: Port 25 blocked for residential customers - relay access denied. Please use port 587.';

  it('is a blocked port, not a relay refusal by Mailgun, whatever its words (a201-30)', () => {
    const d = diagnose(`SMTP Server: smtp.mailgun.org\nPort: 25\nUsername: postmaster@mg.design.example\n\n${greeting}`);
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'blocked']);
    expect(d.summary).toContain('port 25');
    expect(rules(greeting)).toContain("An internet provider's filter blocks outgoing port 25");
  });

  it('leaves a plain relay refusal on port 25 alone', () => {
    expect(diagnose('Port: 25\n554 5.7.1 <a@b.example>: Relay access denied').scenario).not.toBe('not-relaying-denied');
  });
});

describe("people's questions", () => {
  it.each(['Ist Mailgun gerade down??', 'gente, o Mailgun caiu?', 'ligt Mailgun plat?'])('hears "is Mailgun down?" in other languages: %s (c201-03, 18)', (question) => {
    expect(rules(`${question}\n550 5.7.1 Relaying denied`)).toContain('The paste asks whether the mail service is down');
  });

  it('hears "Hat Mailgun unseren Account gesperrt?" as blaming Mailgun (c201-12)', () => {
    expect(diagnose('Hat Mailgun unseren Account gesperrt?\nsmtplib.SMTPRecipientsRefused: {\'a@b.example\': (550, b\'5.7.1 Relaying denied\')}\nsmtp.eu.mailgun.org').facts.mailgunBlamed).toBe(true);
  });

  it('hears "is that progress?" on the line of the error it says is over (c201-02)', () => {
    const text = "yesterday this was failing with 550, today it's a 535. Is that progress or did I make it worse??\n<** 535 5.7.0 Mailgun is not loving your login or password";
    expect(rules(text)).toContain('The paste asks whether the new error is progress');
  });

  it('tells a password sent as a mask: `KioqKg==` is "****" (c201-02)', () => {
    const session = ' -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> cG9zdG1hc3RlckBtZy54LmV4YW1wbGU=\n<-  334 UGFzc3dvcmQ6\n -> KioqKg==\n<** 535 5.7.0 Mailgun is not loving your login or password';
    const evidence = diagnose(session).evidence.find((e) => e.rule === 'The password the client sent is a mask (asterisks), not a password');
    expect(evidence?.excerpt).toBe('KioqKg== (****)');
    // (a real password's base64 is no mask, and is redacted)
    expect(rules(session.replace('KioqKg==', 'U3VwM3JTZWNyZXQhMjAyNA=='))).not.toContain('The password the client sent is a mask (asterisks), not a password');
  });

  it("hears a customer writing in Portuguese and asking what to tell them (c201-07)", () => {
    const found = rules('"tentei mandar email pra vocês e voltou com: 550 5.7.1 Relaying denied"\nO que eu digo pro cliente?');
    expect(found).toContain('The mail was coming in: someone was writing to the domain');
    expect(found).toContain('The paste asks what to tell the customer');
  });
});

describe('two recipients refused by two domains', () => {
  const logs = '05/14/2024 10:03:12  Failed  noreply@mg.kettle.example -> accounts@fenwick.example\n  Permanent failure. Server response: 550 5.7.1 Unable to relay\n  mx-host: mail.fenwick.example\n\n05/14/2024 10:41:50  Failed  noreply@mg.kettle.example -> ap@ridgeway.example\n  Permanent failure. Server response: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\n  mx-host: mx1.ridgeway.example';

  it("keeps the second domain's refusal beside the first (c201-10)", () => {
    const d = diagnose(logs);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.otherErrors).toHaveLength(1);
    expect(d.facts.otherErrors[0]).toContain('ap@ridgeway.example');
  });

  it('in the same words too, but not a second address at the same domain', () => {
    const same = logs.replace("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", '550 5.7.1 Unable to relay');
    expect(diagnose(same).facts.otherErrors[0]).toContain('ap@ridgeway.example');
    expect(diagnose(same.replace(/ridgeway/g, 'fenwick')).facts.otherErrors).toEqual([]);
  });
});
