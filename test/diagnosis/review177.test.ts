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

  it("reads NetEase's sender quota (451 MI:SFQ ...发信数量超过限制) as a rate limit, whatever the customer fears", () => {
    const paste = '客户担心是中继被拒（relaying denied）。Mailgun 日志：\n{"event": "failed", "severity": "temporary", "recipient": "zhangmin_88@163.com", "delivery-status": {"code": 451, "message": "MI:SFQ 发信人在15分钟内的发信数量超过限制 163 mx41", "mx-host": "163mx01.mxmail.netease.com"}}';
    expect([diagnose(paste).scenario, diagnose(paste).kind]).toEqual(['not-relaying-denied', 'rate-limit']);
  });

  it('sets aside a relay refusal whose next sentence says "That\'s gone now" beside the 535 of today', () => {
    const thread = "Week 1: Net::SMTPFatalError (550 5.7.1 Relaying denied) — they hadn't set user_name/password. That's gone now, they added them.\n\nNow (every send since the deploy this morning):\n\nNet::SMTPAuthenticationError: 535 5.7.0 Mailgun is not loving your login or password";
    expect(diagnose(thread)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure', facts: { replyCode: 535 } });
    // (a next sentence about something else leaves it: the refusal is today's)
    expect(diagnose('Net::SMTPFatalError (550 5.7.1 Relaying denied) from smtp.mailgun.org. They never set user_name. That is odd.').scenario).toBe('mailgun-outgoing');
  });

  it('sets aside a relay refusal recalled "pour rappel" beside a failed event whose 5.7.1 is a content filter', () => {
    const paste = 'Le client a corrigé l\'authentification SMTP. Mais maintenant :\n{"items":[{"event":"failed","severity":"permanent","recipient":"direction@groupe-lefevre.fr","delivery-status":{"code":550,"enhanced-code":"5.7.1","message":"5.7.1 Message rejected due to content restrictions. Please check the message body for prohibited links.","mx-host":"mx1.groupe-lefevre.fr"}}]}\n\nAvant (pour rappel) : "550 5.7.1 Relaying denied" pendant la session SMTP avec smtp.eu.mailgun.org.';
    expect([diagnose(paste).scenario, diagnose(paste).kind]).toEqual(['not-relaying-denied', 'policy']);
  });

  it('reads no region from one planned ("planning to migrate the sending domain to the EU region") or asked ("is our domain in the EU region?")', () => {
    const error = 'Laravel: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied". MAIL_HOST=smtp.mailgun.org';
    expect(diagnose(`They are planning to migrate the sending domain to the EU region next month.\n${error}`).facts.region).toBe('us');
    expect(diagnose('Is this because our domain is in the EU region? Or should we be on the US one?\n\n550 5.7.1 Relaying denied').facts.region).toBeNull();
    // (a move made is the region now)
    expect(diagnose(`After moving our account to the EU region we see this:\n${error.replace('smtp.mailgun.org', 'smtp.eu.mailgun.org')}`).facts.region).toBe('eu');
  });

  it('reads the recipient of "failing recipient in the job payload: "to":"a@x""', () => {
    expect(diagnose('Laravel: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nfailing recipient in the job payload: "to":"joana.s@sapo.pt"').facts.recipient).toBe('joana.s@sapo.pt');
  });

  it("sets aside an over-quota error quoted and said solved beside today's bare relay refusal, led in by 'now'", () => {
    const thread = 'Pedro  10:41 AM\nfyi: the "452 4.2.2 The email account that you tried to reach is over quota" on info@ is solved, they cleaned the mailbox.\nPedro  10:42 AM\nbut now the customer writes: "another error today" and the screenshot only says:\n`Relaying denied`\nno code, no host';
    expect(diagnose(thread)).toMatchObject({ scenario: 'undetermined', facts: { replyCode: null } });
  });

  it('reads a later message that says the fix worked ("Thanks, that worked") as closing the earlier messages\' refusal', () => {
    const event = '{"items":[{"event":"failed","severity":"permanent","recipient":"accounts@hollandbuild.nl","delivery-status":{"code":554,"enhanced-code":"5.7.1","message":"5.7.1 <accounts@hollandbuild.nl>: Relay access denied","mx-host":"mail.hollandbuild.nl"}}]}';
    const thread = `[Customer, Mar 12 09:03]\nOur invoices fail: "SMTP Error: The following recipients failed: 550 5.7.1 Relaying denied" — host is smtp.mailgun.org, port 587.\n\n[Agent Mark, Mar 12 09:40]\nThat's our SMTP server refusing an unauthenticated session. Please enable SMTP authentication.\n\n[Customer, Mar 13 15:22]\nThanks, that worked, invoices are going out again. But one customer still doesn't get anything. From your Events API:\n${event}`;
    expect(diagnose(thread)).toMatchObject({ scenario: 'recipient-host', facts: { host: 'mail.hollandbuild.nl' } });
    // (without the word that it worked, the two refusals stay side by side)
    expect(diagnose(thread.replace('Thanks, that worked, invoices are going out again. ', '')).scenario).not.toBe('recipient-host');
  });

  it('reads "Pixelhaus (Jun 11):" as a message header: the SMTP refusal of Jun 10 is history beside the API\'s 401', () => {
    const thread = 'Pixelhaus (Jun 10):\nWe kept getting "550 5.7.1 Relaying denied" from smtp.eu.mailgun.org; we were told to use the HTTP API.\n\nPixelhaus (Jun 11):\nOK, switched. Now every call fails:\n$ curl -i --user \'api:key-***\' https://api.eu.mailgun.net/v3/mg.pixelhaus.de/messages -F to=\'kunde@beispiel.de\'\nHTTP/2 401\n\nForbidden';
    expect([diagnose(thread).scenario, diagnose(thread).kind]).toEqual(['not-relaying-denied', 'api-auth']);
  });

  it('reads "Il passe par le relais SMTP de Mailgun" as sending through Mailgun\'s SMTP host', () => {
    const paste = "Le domaine est dans la région EU. Il passe par le relais SMTP de Mailgun avec smtplib, mais SMTP_USER et SMTP_PASSWORD sont vides.\nsmtplib.SMTPRecipientsRefused: {'a@client.fr': (550, b'5.7.1 Relaying denied')}";
    expect(diagnose(paste).scenario).toBe('mailgun-outgoing');
  });

  it('reads "Danke, es funktioniert jetzt" under "**Kunde** (12.06., 10:30):" as closing the earlier uncoded refusal', () => {
    const thread = '**Kunde** (12.06., 09:20):\nEingehende Mails an anfrage@mg.moebel-kraft.de kamen nicht an, Relaying denied vom mxa.mailgun.org.\n\n**Support** (12.06., 09:45):\nEs gab keine Route für anfrage@. Bitte eine Route anlegen.\n\n**Kunde** (12.06., 10:30):\nDanke, es funktioniert jetzt, die Anfragen kommen wieder an!\nAber beim Newsletter-Versand kommen Mails mit "Relaying denied" zurück:\n\n    Relaying denied';
    expect(diagnose(thread).scenario).toBe('undetermined');
    // ("funktioniert jetzt nicht" says the opposite)
    expect(diagnose(thread.replace('es funktioniert jetzt, die Anfragen kommen wieder an!', 'es funktioniert jetzt nicht.')).scenario).toBe('mailgun-incoming');
  });

  it('reads no region from one denied in German ("nicht in der EU-Region") or asked in Spanish ("¿el dominio está en la región EU?")', () => {
    expect(diagnose('Auf Nachfrage: die Domain ist nicht in der EU-Region, sondern US. Fehler: 550 5.7.1 Relaying denied').facts.region).not.toBe('eu');
    expect(diagnose('Le pregunté: ¿el dominio está en la región EU? Todavía no contesta. Error: 550 Relaying denied').facts.region).toBeNull();
  });

  it("takes Naver's \"수신 서버 : mxb.mailgun.org\" as the refusing host, and a Ukrainian log's \"Не вдалося надіслати лист на a@x\" as the recipient", () => {
    expect(diagnose('MX는 mxa.mailgun.org / mxb.mailgun.org 로 되어 있습니다.\n\n받는 사람 : cs@reply.hanbit.example\n  - 수신 서버 : mxb.mailgun.org\n  - 서버 응답 : 550 5.7.1 Relaying denied').facts.host).toBe('mxb.mailgun.org');
    expect(diagnose('ERROR MailService : Не вдалося надіслати лист на olena.k@ukr.example\norg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied').facts.recipient).toBe('olena.k@ukr.example');
  });

  it("reads hMailServer's quoted \"SMTP relayer\" setting, its delivery log's \"Relaying to host\", and IIS's outbound session greeting", () => {
    const ndr = 'Kunde betreibt hMailServer, ausgehend über "SMTP relayer" smtp.mailgun.org:587.\n\nbuchhaltung@lindner-logistik.de\n   Error Type: SMTP\n   Remote server (34.224.137.116) issued an error.\n   hMailServer sent: RCPT TO:<buchhaltung@lindner-logistik.de>\n   Remote server replied: 550 5.7.1 Relaying denied';
    expect(diagnose(ndr)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { client: 'hmailserver' } });
    const delivery = '"APPLICATION"\t4620\t"2024-03-12 08:55:01.251"\t"SMTPDeliverer - Message 88217: Relaying to host mxa.eu.mailgun.org."\n"SMTPC"\t4620\t31\t"2024-03-12 08:55:01.453"\t"141.193.32.12"\t"SENT: RCPT TO:<bookings@events.mg.tidewater.example>"\n"SMTPC"\t4620\t31\t"2024-03-12 08:55:01.486"\t"141.193.32.12"\t"RECEIVED: 550 5.7.1 Relaying denied"';
    expect(diagnose(delivery)).toMatchObject({ scenario: 'mailgun-incoming', facts: { host: 'mxa.eu.mailgun.org' } });
    const iis = '2024-06-11 07:02:13 34.160.12.44 OutboundConnectionResponse SMTPSVC1 ERP01 - 25 - - 220+smtp.mailgun.org+ESMTP+ready 0\n2024-06-11 07:02:13 34.160.12.44 OutboundConnectionCommand SMTPSVC1 ERP01 - 25 RCPT - TO:<orders@baltic-supply.lt> 0\n2024-06-11 07:02:13 34.160.12.44 OutboundConnectionResponse SMTPSVC1 ERP01 - 25 - - 550+5.7.1+Relaying+denied 0';
    expect(diagnose(iis)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { host: 'smtp.mailgun.org', serverMessage: '550 5.7.1 Relaying denied', recipient: 'orders@baltic-supply.lt' } });
  });

  it("takes 163's \"对方服务器：mxb.mailgun.org\" as the refusing host and GMX's \"konnte nicht zugestellt werden an: <a@x>\" as the recipient", () => {
    expect(diagnose('MX 指向 mxa.mailgun.org / mxb.mailgun.org\n\n对方服务器：mxb.mailgun.org\n错误信息：550 5.7.1 Relaying denied').facts.host).toBe('mxb.mailgun.org');
    expect(diagnose('Die Nachricht konnte nicht zugestellt werden an: <termine@post.praxis.example>\nRemote server mxa.mailgun.org said: 550 5.7.1 Relaying denied').facts.recipient).toBe('termine@post.praxis.example');
  });
});
