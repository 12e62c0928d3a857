/** Review rounds 201-204: device, plugin and CI send logs, replies wrapped after their code, a network's port-25 filter, two refusing domains, placeholder passwords, and people's questions in other languages. */
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
    const evidence = diagnose(session).evidence.find((e) => e.rule === 'The password the client sent is a placeholder, not a password');
    expect(evidence?.excerpt).toBe('KioqKg== (****)');
    // (a real password's base64 is no mask, and is redacted)
    expect(rules(session.replace('KioqKg==', 'U3VwM3JTZWNyZXQhMjAyNA=='))).not.toContain('The password the client sent is a placeholder, not a password');
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

describe('round 202', () => {
  it.each([
    ["a hotel network's gateway at the greeting (a202-28)", "$ telnet smtp.mailgun.org 25\nConnected to smtp.mailgun.org.\n554 5.7.1 gw.hotelnet.example: relay access denied on this network - outbound SMTP on port 25 is not permitted, use port 587", 'gw.hotelnet.example'],
    ["a provider's block of dynamic IP ranges (a202-29)", "smtplib.SMTPConnectError: (554, b'mailout.isp.example: Port 25 blocked for dynamic IP ranges (policy). Use an authenticated submission port.')\nsmtplib.SMTP(\"smtp.eu.mailgun.org\", 25)", 'mailout.isp.example'],
  ])("names the network's filter, not Mailgun's host, as the one that answered: %s", (_, text, filter) => {
    const d = diagnose(text);
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'blocked']);
    expect(d.facts).toMatchObject({ host: filter, hostRole: 'other' });
  });

  it("reads a Synology log's reply wrapped after its codes, its host in brackets, and authentication said switched off in Norwegian (a202-02)", () => {
    const text = 'De har lagt inn smtp.eu.mailgun.org som SMTP-server men skrudd av "Autentisering kreves".\n\nLog: Failed to send test email via [smtp.eu.mailgun.org:587].\n     Reason: RCPT TO:<drift@regnskap.example> rejected:\n     550 5.7.1\n     Relaying denied';
    const d = diagnose(text);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts).toMatchObject({ replyCode: 550, enhancedCode: '5.7.1', recipient: 'drift@regnskap.example' });
  });

  it("reads an HP event log in German: its SMTP gateway, no authentication, and its An: line (a202-06)", () => {
    const text = 'Scan an E-Mail fehlgeschlagen\nSMTP-Gateway: smtp.eu.mailgun.org:587\nAnmeldung: Keine Authentifizierung erforderlich\nVon: scanner@stb.example\nAn: belege@postfach.example\nServerantwort: 550 5.7.1 Relaying denied';
    const d = diagnose(text);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts).toMatchObject({ host: 'smtp.eu.mailgun.org', recipient: 'belege@postfach.example' });
  });

  it.each([
    ["iPhone Mail's dialog, the address on the next line (a202-24)", 'Cannot Send Mail\nA copy has been placed in your Outbox. The recipient\n"jonas.weber@t-online.example" was rejected by the server.\n550 Relaying denied', 'jonas.weber@t-online.example'],
    ['Outlook\'s Dutch NDR, "Uw bericht heeft a@b niet bereikt" (a202-09)', 'Uw bericht heeft support@tuin.example niet bereikt.\n\nGerapporteerde fout: 550 5.7.1 Relaying denied\nExterne server: mxa.mailgun.org', 'support@tuin.example'],
    ['a logs row copied with its column gap, "Failed  a@b" (c202-16)', 'Failed  klant@outlook.example\ncode: 550\nmessage: 5.7.515 Access denied, sending domain MG.WINKEL.EXAMPLE doesn\'t meet the required authentication level.', 'klant@outlook.example'],
  ])('finds the recipient: %s', (_, text, recipient) => {
    expect(diagnose(text).facts.recipient).toBe(recipient);
  });

  it("takes a plugin's one-line settings, \"Host: x  Port: 465\", as the server it sent through (b202-25)", () => {
    const text = 'SMTP Error: The following recipients failed: a@bor.example: <a@bor.example>: Relay access denied\nSMTP server error: RCPT TO command failed Detail: <a@bor.example>: Relay access denied SMTP code: 554 Additional SMTP info: 5.7.1\nHost: mail.tarhely.example  Port: 465  SMTPSecure: ssl  SMTPAuth: off';
    expect(diagnose(text).facts).toMatchObject({ host: 'mail.tarhely.example', hostRole: 'other' });
  });

  it.each([
    ['YOUR_SMTP_PASSWORD over AUTH LOGIN (c202-12)', ' ~> AUTH LOGIN\n<~  334 VXNlcm5hbWU6\n ~> cG9zdG1hc3RlckBtZy5hY21lLWFwcC5pbw==\n<~  334 UGFzc3dvcmQ6\n ~> WU9VUl9TTVRQX1BBU1NXT1JE\n<~* 535 5.7.0 Mailgun is not loving your login or password', 'WU9VUl9TTVRQX1BBU1NXT1JE (YOUR_SMTP_PASSWORD)'],
    ['changeme in AUTH PLAIN (c202-13)', 'AUTH PLAIN AHBvc3RtYXN0ZXJAbWcuZmlldHNwbGVpbi5ubABjaGFuZ2VtZQ==\n535 5.7.0 Mailgun is not loving your login or password', 'AHBvc3RtYXN0ZXJAbWcuZmlldHNwbGVpbi5ubABjaGFuZ2VtZQ== (changeme)'],
  ])('tells a placeholder password sent: %s', (_, session, excerpt) => {
    expect(diagnose(session).evidence.find((e) => e.rule === 'The password the client sent is a placeholder, not a password')?.excerpt).toBe(excerpt);
  });

  it.each([
    ['Czy Mailgun zablokował nam konto?', true],
    ['Heeft Mailgun ons account geblokkeerd?', true],
  ])('hears the account said blocked: %s (c202-16, 18)', (question, blamed) => {
    expect(diagnose(`${question}\n550 5.7.1 Relaying denied from smtp.mailgun.org`).facts.mailgunBlamed).toBe(blamed);
  });

  it.each(['O Mailgun está em baixo?', 'Czy Mailgun ma awarię albo co?'])('hears "is Mailgun down?": %s (c202-07, 17)', (question) => {
    expect(rules(`${question}\n550 5.7.1 Relaying denied`)).toContain('The paste asks whether the mail service is down');
  });

  it.each(['Ist das jetzt ein Fortschritt?', 'Is dat erger dan eerst?'])('hears "is that progress?": %s (c202-13, 15)', (question) => {
    expect(rules(`${question}\n550 5.7.1 Relaying denied`)).toContain('The paste asks whether the new error is progress');
  });
});

describe('round 203', () => {
  it("does not join a number ending a sentence with a version on the next line (a203-36)", () => {
    expect(normalize('Deploy-Nummer war 550\n5.2.0 ist das Release').text).toBe('Deploy-Nummer war 550\n5.2.0 ist das Release');
  });

  it.each([
    ["a scanner's job log, its An: line among Datum: and Betreff: (a203-04)", 'Job-Protokoll  Scan an E-Mail\nDatum:          14.05.2024 10:32\nVon:            scanner@kanzlei.example\nAn:             buchhaltung@mandant.example\nBetreff:        Scan 0412\nSMTP-Server:    smtp.eu.mailgun.org\nFehlercode:     550 5.7.1 Relaying denied', 'buchhaltung@mandant.example'],
    ['Gmail\'s Dutch bounce, "is niet bezorgd bij a@b omdat" (a203-09)', 'Je bericht is niet bezorgd bij klantenservice@fietsen.example omdat de ontvangende server het bericht heeft geweigerd.\n\nThe error that the other server returned was:\n550 5.7.1 Relaying denied', 'klantenservice@fietsen.example'],
    ["Exchange's German NDR, the address over the server over \"Remote Server returned\" (a203-10)", "Die Nachricht konnte an folgende Empfänger nicht übermittelt werden:\n\nreklamation@mg.werkzeug.example\nDer Server hat die Nachricht abgelehnt.\n\nreklamation@mg.werkzeug.example\nmxa.eu.mailgun.org\nRemote Server returned '550 5.7.1 Relaying denied'", 'reklamation@mg.werkzeug.example'],
  ])('finds the recipient: %s', (_, text, recipient) => {
    expect(diagnose(text).facts.recipient).toBe(recipient);
  });

  it("reads an earlier error said on the question's own first line as the past: 'yesterday ... Relaying denied ... now:' over a 535 (c203-08)", () => {
    const d = diagnose('ok so yesterday WP Mail SMTP showed "SMTP Error: The following recipients failed: anna@paws.example: Relaying denied" (host smtp.mailgun.org). I ticked Authentication ON. now the test email says:\n\nSERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\n\nis that progress??');
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'auth-failure']);
  });

  it("takes Mailgun's own 535 words earlier in the session as its SMTP host's, the region from its machine's name (c203-07)", () => {
    const session = "reply: b'250-smtp-out-n07.prod.us-west-2.postgun.com\\r\\n'\nsend: 'AUTH PLAIN AHBvc3RtYXN0ZXJAbWFpbC50cmFpbGhlYWQtYXBwcy5pbwAkU01UUF9QQVNT\\r\\n'\nreply: b'535 5.7.0 Mailgun is not loving your login or password\\r\\n'\nsend: 'rcpt TO:<releases@trailhead.example>\\r\\n'\nreply: b'550 5.7.1 Relaying denied\\r\\n'";
    const d = diagnose(session);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts).toMatchObject({ host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' });
    expect(d.evidence.find((e) => e.rule === 'The password the client sent is a placeholder, not a password')?.excerpt).toContain('($SMTP_PASS)');
  });

  it("decodes openssl's AUTH LOGIN answers, printed without a client's marker (c203-06)", () => {
    const session = 'AUTH LOGIN\n334 VXNlcm5hbWU6\ncG9zdG1hc3RlckBtZy52aW5vLmV4YW1wbGU=\n334 UGFzc3dvcmQ6\nWU9VUl9QQVNTV09SRA==\n535 5.7.0 Mailgun is not loving your login or password';
    expect(diagnose(session).evidence.find((e) => e.rule === 'The password the client sent is a placeholder, not a password')?.excerpt).toBe('WU9VUl9QQVNTV09SRA== (YOUR_PASSWORD)');
  });

  it("names the hotel gateway that greeted with a refusal in a telnet session (a203-29)", () => {
    const telnet = "$ telnet mail.partner.example 25\nConnected to mail.partner.example.\nEscape character is '^]'.\n554 gw01.guestnet.example SMTP service unavailable: relaying through this network is not permitted\nConnection closed by foreign host.";
    expect(diagnose(telnet).facts.host).toBe('gw01.guestnet.example');
  });

  it.each([
    ['Co mam jej odpisać?', 'klientka napisała do nas na reklamacje@sklep.example i dostała zwrotkę'],
    ['Cosa gli rispondo?', "un cliente ci ha scritto all'indirizzo ordini@vinoteca.example e gli è tornato indietro questo"],
  ])('hears a customer who wrote in and the question what to answer: %s (c203-01, 02)', (question, story) => {
    const found = rules(`${story}. ${question}\n\n<ordini@vinoteca.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)`);
    expect(found).toContain('The paste asks what to tell the customer');
    expect(found).toContain('The mail was coming in: someone was writing to the domain');
  });

  it.each(['Nasza domena odbiera pocztę przez Mailgun.', 'Riceviamo la posta tramite Mailgun.', 'Wir empfangen die Mails über Mailgun.'])('hears the domain said to receive through Mailgun: %s (c203-01)', (said) => {
    expect(rules(`${said}\n<info@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)`)).toContain("The paste says the domain's mail is meant to arrive through Mailgun");
  });

  it('hears "Hebben ze ons account geblokkeerd?" beside a Mailgun sandbox (c203-14)', () => {
    expect(diagnose('Hebben ze ons account geblokkeerd?\nMailgun error: 421 Domain sandbox4c1f0e8a9b2d4e7fa6c3d1b2e0f9a8c7.mailgun.org is not allowed to send: Free accounts are for test purposes only.').facts.mailgunBlamed).toBe(true);
  });
});

describe('round 204', () => {
  it("redacts an AUTH LOGIN password openssl prints alone on its line, and smtplib's send: line (a204-07)", () => {
    for (const session of [
      'AUTH LOGIN\n334 VXNlcm5hbWU6\ncG9zdG1hc3RlckBtZy5ib29raW5nbGFuZS5pbw==\n334 UGFzc3dvcmQ6\nVHI0dmVsIVNwMHQtMjAyNA==\n535 5.7.0 Mailgun is not loving your login or password',
      "reply: b'334 UGFzc3dvcmQ6\\r\\n'\nsend: 'VHI0dmVsIVNwMHQtMjAyNA==\\r\\n'\nreply: b'535 5.7.0 Mailgun is not loving your login or password\\r\\n'",
    ]) {
      expect(normalize(session).text).not.toContain('VHI0dmVsIVNwMHQtMjAyNA==');
      expect(diagnose(session).facts.secretsFound).toBe(true);
    }
  });

  it("does not take AUTH LOGIN's initial response, the user name, for a secret (c204-09)", () => {
    const session = "send: 'AUTH LOGIN JVNNVFBfVVNFUiU=\\r\\n'\nreply: b'334 UGFzc3dvcmQ6\\r\\n'\nsend: 'JVNNVFBfUEFTUyU=\\r\\n'\nreply: b'535 5.7.0 Mailgun is not loving your login or password\\r\\n'";
    const d = diagnose(session);
    expect(d.facts.secretsFound).toBe(false);
    expect(d.evidence.find((e) => e.rule === 'The password the client sent is a placeholder, not a password')?.excerpt).toBe('JVNNVFBfUEFTUyU= (%SMTP_PASS%)');
  });

  it.each([
    ['Polish "Adres odbiorcy:" (a204-05)', 'Adres odbiorcy:      serwis@instal.example\nBłąd: 550 5.7.1 Relaying denied', 'serwis@instal.example'],
    ["Outlook's Polish report, \"'a@b' w dniu 12.03.2025 11:47\" (a204-27)", "      'biuro@drukarnia.example' w dniu 12.03.2025 11:47\n      550 5.7.1 Relaying denied", 'biuro@drukarnia.example'],
  ])('finds the recipient: %s', (_, text, recipient) => {
    expect(diagnose(text).facts.recipient).toBe(recipient);
  });

  it('hears "il ne sait pas dire si c\'est en envoyant ou en recevant" as the direction unknown, over Routes tried already (b204-26)', () => {
    expect(diagnose("> 550 5.7.1 Relaying denied\n\nOn a déjà créé une route catch_all() au cas où. Il ne sait pas dire si c'est en envoyant ou en recevant.").scenario).toBe('undetermined');
  });

  it('hears "we moved our inbound mail for x over to Google Workspace" as the MX moved away (c204-16)', () => {
    expect(rules('we moved our inbound mail for support.kestrel.example over to Google Workspace last Friday.\n<tickets@support.kestrel.example>: host mxa.mailgun.org[34.110.180.34] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)')).toContain("The paste says the domain's MX records were moved away from Mailgun already");
  });

  it.each([
    ['Dobbiamo cambiare qualcosa nei DNS?', 'The paste asks whether the MX records (DNS) need a change'],
    ['Is Mailgun plat of hebben ze ons geblokkeerd?', 'The paste asks whether the mail service is down'],
    ['klant meldt: "als ik jullie mail stuur krijg ik Relaying denied terug"', 'The mail was coming in: someone was writing to the domain'],
  ])('hears: %s (c204-15, 18)', (said, rule) => {
    expect(rules(`${said}\n550 5.7.1 Relaying denied`)).toContain(rule);
  });

  it('hears "est-ce qu\'ils nous ont bloqués ?" as Mailgun blamed (c204-04)', () => {
    expect(diagnose("Est-ce que Mailgun est en panne ou est-ce qu'ils nous ont bloqués ?\nSERVER -> CLIENT: 550 5.7.1 Relaying denied\nsmtp.mailgun.org").facts.mailgunBlamed).toBe(true);
  });
});
