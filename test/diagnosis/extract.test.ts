import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract, hostRole } from '../../src/diagnosis/extract.js';
import { parseStructured } from '../../src/diagnosis/fields.js';
import { normalize } from '../../src/diagnosis/normalize.js';
import { diagnose } from '../../src/diagnosis/index.js';
import { redactSecrets } from '../../src/diagnosis/redact.js';

function factsOf(paste: string) {
  const n = normalize(paste);
  return extract(n.text, n.secretKinds).facts;
}

describe('host roles', () => {
  it('tells Mailgun submission, Mailgun MX and other hosts apart', () => {
    expect(hostRole('smtp.mailgun.org')).toBe('mailgun-smtp');
    expect(hostRole('smtp.eu.mailgun.org')).toBe('mailgun-smtp');
    expect(hostRole('mxb.eu.mailgun.org')).toBe('mailgun-mx');
    expect(hostRole('smtp.ridgeway-law.com')).toBe('other');
    expect(hostRole('mailgun.org.evil.example')).toBe('other');
  });
});

describe('extract', () => {
  it('reads a Postfix bounce: codes, refusing host, command, recipient', () => {
    const f = factsOf(`<rfq@acme.example>: host mxa.mailgun.org[34.149.236.64] said: 550 5.7.1\n    Relaying denied (in reply to RCPT TO command)`);
    expect(f).toMatchObject({ replyCode: 550, enhancedCode: '5.7.1', host: 'mxa.mailgun.org', hostRole: 'mailgun-mx', command: 'RCPT TO', recipient: 'rfq@acme.example', recipientDomain: 'acme.example', region: 'us' });
  });

  it('reads a swaks transcript: EU region, no AUTH sent, the command before the refusal', () => {
    const f = factsOf(`=== Trying smtp.eu.mailgun.org:2525...\n=== Connected to smtp.eu.mailgun.org.\n<-  250-AUTH PLAIN LOGIN\n -> MAIL FROM:<a@mg.x.example>\n<-  250 OK\n -> RCPT TO:<b@y.example>\n<** 550 5.7.1 Relaying denied`);
    expect(f).toMatchObject({ host: 'smtp.eu.mailgun.org', hostRole: 'mailgun-smtp', region: 'eu', authAttempted: false, command: 'RCPT TO', recipient: 'b@y.example', source: 'smtp-transcript', client: 'swaks', serverMessage: '550 5.7.1 Relaying denied' });
  });

  it('sees an AUTH the client sent, but not one the server only advertised', () => {
    expect(factsOf('<- 250-AUTH PLAIN LOGIN\n-> MAIL FROM:<a@b.example>').authAttempted).toBe(false);
    expect(factsOf('-> AUTH PLAIN AGZvbwBiYXI=\n<- 235 2.7.0 Accepted').authAttempted).toBe(true);
  });

  it('reads a Mailgun webhook: event fields, mx-host, sending domain', () => {
    const f = factsOf(JSON.stringify({ signature: { token: 't' }, 'event-data': { event: 'failed', severity: 'permanent', reason: 'bounce', recipient: 'x@corp.example', envelope: { sender: 'no-reply@mg.shop.example' }, 'delivery-status': { 'mx-host': 'mx.corp.example', code: 554, message: '5.7.1 Relay access denied' } } }));
    expect(f).toMatchObject({ source: 'mailgun-webhook', event: 'failed', severity: 'permanent', reason: 'bounce', mxHost: 'mx.corp.example', replyCode: 554, enhancedCode: '5.7.1', recipient: 'x@corp.example', mailgunDomain: 'mg.shop.example', hostRole: 'other' });
  });

  it('reads SDK prints in Python and JavaScript syntax', () => {
    const py = factsOf(`{'delivery-status': {'code': 550, 'message': '5.7.1 Relaying denied', 'mx-host': 'mx.a.example'}, 'event': 'failed', 'recipient': 'r@a.example'}`);
    expect(py).toMatchObject({ mxHost: 'mx.a.example', replyCode: 550, event: 'failed', recipient: 'r@a.example' });
    const js = factsOf(`{ event: 'failed', recipient: 'r@b.example', 'delivery-status': { 'mx-host': 'mx.b.example', code: 553, message: "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" } }`);
    expect(js).toMatchObject({ source: 'sdk-print', mxHost: 'mx.b.example', replyCode: 553, enhancedCode: '5.7.1' });
  });

  it('reads a client exception: the client, the configured host and missing credentials', () => {
    const f = factsOf(`MAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=null\nSwift_TransportException: Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied"`);
    expect(f).toMatchObject({ client: 'laravel', host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', authAttempted: false, replyCode: 550 });
  });

  it('ignores ports, versions and IP addresses when reading codes', () => {
    const f = factsOf('Exim 4.96 on smtp.mailgun.org:587 via 35.214.5.19 port 465 then: 550 5.7.1 Relaying denied');
    expect(f.replyCode).toBe(550);
    expect(f.enhancedCode).toBe('5.7.1');
  });

  it('collects every recipient, in order, without duplicates', () => {
    const f = factsOf('Final-Recipient: rfc822; a@x.example\nFinal-Recipient: rfc822; b@y.example\nRCPT TO:<a@x.example>');
    expect(f.recipients).toEqual(['a@x.example', 'b@y.example']);
  });

  it('flags secrets without echoing them in the server message', () => {
    const f = factsOf(`MAIL_PASSWORD=s3cretValue99\n550 5.7.1 Relaying denied`);
    expect(f.secretsFound).toBe(true);
    expect(JSON.stringify(f)).not.toContain('s3cretValue99');
  });

  it('names the source format', () => {
    expect(factsOf('Mar 14 09:41:07 app01 postfix/smtp[22817]: 5C1E: to=<a@b.example>, relay=smtp.mailgun.org[1.2.3.4]:587, status=bounced').source).toBe('mta-log');
    expect(factsOf('Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.7.1').source).toBe('dsn-fragment');
    expect(factsOf('Traceback (most recent call last):\n  File "x.py"\nsmtplib.SMTPRecipientsRefused').source).toBe('client-exception');
    expect(factsOf('what does relaying denied mean').source).toBe('prose');
  });
});

describe('parseStructured', () => {
  it('reads rows of a Mailgun event export copied without their header, cell by cell', () => {
    const row = '2024-05-01T10:22:01Z,failed,permanent,ops@vendor.example,550,"5.7.1 <ops@vendor.example>... Relaying denied. Proper authentication required.",mx1.vendor.example';
    const s = parseStructured(`csv export row:\n${row}`);
    expect(s.format).toBe('csv-export');
    expect(Object.fromEntries(s.records[0]!)).toEqual({
      event: 'failed', severity: 'permanent', recipient: 'ops@vendor.example', code: '550',
      message: '5.7.1 <ops@vendor.example>... Relaying denied. Proper authentication required.', mxhost: 'mx1.vendor.example',
    });
    // A list that only mentions an event word is not an event row.
    expect(parseStructured('apples,pears,failed,plums').format).toBeNull();
  });


  it('parses an event fragment without its outer braces', () => {
    const s = parseStructured('"event": "failed",\n"recipient": "a@b.example",\n"delivery-status": { "mx-host": "mx.b.example", "code": 550 }');
    expect(s.records[0]?.get('mxhost')).toBe('mx.b.example');
  });

  it('survives invalid JSON and falls back to loose fields', () => {
    const s = parseStructured('{"event": "failed", "mx-host": "mx.c.example", "code": 550,,, ');
    expect(s.records[0]?.get('event')).toBe('failed');
    expect(s.records[0]?.get('mxhost')).toBe('mx.c.example');
  });

  it('parses a CSV export with dotted headers, one record per row', () => {
    const s = parseStructured('event,recipient,delivery-status.mx-host\nfailed,a@x.example,mx.x.example\nfailed,"b@y.example",mx.y.example');
    expect(s.format).toBe('csv-export');
    expect(s.records.map((r) => r.get('recipient'))).toEqual(['a@x.example', 'b@y.example']);
  });

  it('parses a legacy form webhook', () => {
    const s = parseStructured('event=bounced&recipient=a%40x.example&code=550&error=Relay+access+denied');
    expect(s.format).toBe('mailgun-legacy-webhook');
    expect(s.records[0]?.get('error')).toBe('Relay access denied');
  });
});

describe('extract: look-alikes of facts', () => {
  it('does not take the word after Final-Recipient or a host config for a recipient', () => {
    expect(factsOf('Final-Recipient: rfc822; a@b.example\nAction: failed').recipient).toBe('a@b.example');
    expect(factsOf('config.action_mailer.smtp_settings = { address: "smtp.mailgun.org" }\n550 5.7.1 Relaying denied').recipient).toBeNull();
  });

  it('drops the quotes of a Python dict key around an address', () => {
    expect(factsOf(`SMTPRecipientsRefused: {'cfo@x.example': (550, b'5.7.1 Relaying denied')}`).recipient).toBe('cfo@x.example');
  });

  it('tells a Ruby gem path from Go net/smtp', () => {
    expect(factsOf('/usr/lib/ruby/gems/3.2.0/gems/net-smtp-0.4.0/lib/net/smtp.rb:1096:in `check_response\': 550 5.7.1 Relaying denied (Net::SMTPFatalError)').client).toBe('ruby-net-smtp');
  });

  it('reads a bare transcript (openssl s_client): the greeting names the server, MAIL FROM without AUTH', () => {
    const f = factsOf('$ openssl s_client -connect smtp.mailgun.org:465 -crlf -quiet\n220 smtp.mailgun.org ESMTP ready\nEHLO erp.local\n250-AUTH PLAIN LOGIN\nMAIL FROM:<erp@x.example>\n250 OK\nRCPT TO:<hr@y.example>\n550 5.7.1 Relaying denied');
    expect(f).toMatchObject({ host: 'smtp.mailgun.org', source: 'smtp-transcript', authAttempted: false, recipient: 'hr@y.example', secretsFound: false });
  });

  it('does not take the domain of the address in `to a@b: 550 ...` for the refusing host', () => {
    const f = factsOf('addr := "smtp.mailgun.org:2525"\nsmtp.SendMail(addr, nil, from, to, msg)\n2024/07/01 18:22:10 sendmail to priya@northwind.example: 550 5.7.1 Relaying denied');
    expect(f.host).toBe('smtp.mailgun.org');
    expect(factsOf('Failed: "mail.granite.example: 550 5.7.1 Unable to relay"').host).toBe('mail.granite.example');
  });

  it('finds the recipient people and localised bounces name in their own words', () => {
    const refusal = '\n550 5.7.1 Relaying denied';
    expect(factsOf(`le destinataire c'était compta@durand.example${refusal}`).recipient).toBe('compta@durand.example');
    expect(factsOf(`宛先: tanaka@torihikisaki.example${refusal}`).recipient).toBe('tanaka@torihikisaki.example');
    expect(factsOf(`Su mensaje a facturas@andes.example no se pudo entregar.${refusal}`).recipient).toBe('facturas@andes.example');
    expect(factsOf(`Quand quelqu'un écrit à devis@lune.example, il reçoit${refusal}`).recipient).toBe('devis@lune.example');
    expect(factsOf(`the recipient was d.hale@ridgeway.example${refusal}`).recipient).toBe('d.hale@ridgeway.example');
  });

  it("shows a server's words as its message, never a person's sentence about them", () => {
    expect(factsOf('customer insists this is the "relaying denied" problem, can you check').serverMessage).toBeNull();
    expect(factsOf('MailKit.Net.Smtp.SmtpCommandException: Relaying denied').serverMessage).toBe('Relaying denied');
    expect(factsOf('Relay access denied').serverMessage).toBe('Relay access denied');
    expect(factsOf('they got this: 554 5.7.1 <a@b.example>: Relay access denied').serverMessage).toBe('554 5.7.1 <a@b.example>: Relay access denied');
  });

  it("takes the refusal's own address for the recipient: not the sender on its line, not another row's address", () => {
    const msmtp = factsOf("host=smtp.mailgun.org auth=off from=backup@mg.vault.example recipients=ops@team.example smtpmsg='550 5.7.1 Relaying denied'");
    expect(msmtp.recipient).toBe('ops@team.example');
    expect(msmtp.recipients).toEqual(['ops@team.example']);
    const report = factsOf('hugo@orange.example  Mail sending failed: 550 5.1.1 <hugo@orange.example>: Recipient address rejected: User unknown\nb.santos@norte.example Mail sending failed: 550 5.7.1 Relaying denied');
    expect(report.recipient).toBe('b.santos@norte.example');
    expect(report.recipients).toEqual(['b.santos@norte.example', 'hugo@orange.example']);
  });

  it('reads terse Slack shorthand: a code in spaced columns, "mails to", "failed permanent to"', () => {
    expect(factsOf('error   550    5.7.1  Relaying    denied')).toMatchObject({ replyCode: 550, enhancedCode: '5.7.1' });
    expect(factsOf('mails to hello@brand.example bouncing since we moved MX\n550 5.7.1 Relaying denied').recipient).toBe('hello@brand.example');
    expect(factsOf('failed permanent to tom@mail.example\n550 5.1.1 user unknown').recipient).toBe('tom@mail.example');
  });

  it('does not count a placeholder key (key-xxxx) as a secret', () => {
    expect(factsOf("curl --user 'api:key-xxxx' https://api.mailgun.net/v3/mg.shop.example/messages\n401 Forbidden").secretsFound).toBe(false);
    expect(factsOf("curl --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/x/messages").secretsFound).toBe(true);
    // (a person's note in the value's place, cut at its first blank, review 118c)
    expect(factsOf('535 5.7.8 Authentication failed\nMail__Host=smtp.mailgun.org, Mail__Password=(set in Key Vault reference), Mail__Port=587').secretsFound).toBe(false);
    expect(factsOf('535 5.7.8 Authentication failed\nSMTP_PASSWORD=<redacted by me>').secretsFound).toBe(false);
    expect(factsOf('535 5.7.8 Authentication failed\nSMTP_PASSWORD=Setup-2024!xq').secretsFound).toBe(true);
    // (a person's own mask, review 117c)
    expect(factsOf("curl -s --user 'api:key-****redacted****' https://api.eu.mailgun.net/v3/routes\n401 Forbidden").secretsFound).toBe(false);
  });

  it('reads facts a review found missing: Sendmail relay logs, swaks after STARTTLS, Go recipients, credentials switched off', () => {
    const sendmail = factsOf('Jun  4 09:12:44 mailhost sm-mta[41824]: 454793Ch041822: to=<lars@kund.example>, delay=00:00:01, mailer=relay, pri=120342, relay=smtp.eu.mailgun.org. [141.193.32.10], dsn=5.7.1, stat=Relaying denied');
    expect(sendmail).toMatchObject({ host: 'smtp.eu.mailgun.org', source: 'mta-log', client: 'sendmail', recipient: 'lars@kund.example', serverMessage: 'Relaying denied', enhancedCode: '5.7.1' });
    const swaks = factsOf('=== Trying smtp.mailgun.org:587...\n -> STARTTLS\n<-  220 2.0.0 Ready to start TLS\n ~> EHLO app\n<~  250-AUTH PLAIN LOGIN\n ~> MAIL FROM:<shop@mg.store.example>\n<~  250 Sender address accepted\n ~> RCPT TO:<someone@gmail.com>\n<~* 550 5.7.1 Relaying denied');
    expect(swaks).toMatchObject({ command: 'RCPT TO', authAttempted: false, mailgunDomain: 'mg.store.example' });
    expect(factsOf('err := smtp.SendMail("smtp.mailgun.org:587", nil, "noreply@x.example", []string{"ops@team.example"}, msg)\n550 5.7.1 Relaying denied').recipient).toBe('ops@team.example');
    expect(factsOf("SMTPAuth: bool(false)\nSMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied").authAttempted).toBe(false);
    expect(factsOf('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').serverMessage).toBe('5.7.1 Relaying denied');
  });

  it('sees a login missing from the code shown: a nodemailer transport without auth, smtplib without login()', () => {
    const error = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied";
    const transport = (options: string) => factsOf(`const t = nodemailer.createTransport({\n  host: 'smtp.mailgun.org',\n  port: 587,\n${options}});\n${error}`);
    expect(transport("  tls: { rejectUnauthorized: false },\n").authAttempted).toBe(false);
    expect(transport("  auth: { user: 'postmaster@mg.x.example', pass: process.env.MG_PASS },\n").authAttempted).toBe(null);
    // An auth key in any form, or options spread in from elsewhere, may hold the login.
    for (const options of ['  auth,\n', '  "auth": { "user": "u" },\n', '  ...smtpConfig,\n']) expect(transport(options).authAttempted, options).toBe(null);
    // A transport cut off before its closing brace says nothing either way.
    expect(factsOf(`const t = nodemailer.createTransport({\n  host: 'smtp.mailgun.org',\n${error}`).authAttempted).toBe(null);
    const python = (login: string) => factsOf(`s = smtplib.SMTP("smtp.mailgun.org", 587)\ns.starttls()\n${login}s.sendmail(frm, ["a@b.example"], msg)\nsmtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}`);
    expect(python('').authAttempted).toBe(false);
    // smtplib's login() either logs in or raises: a refusal after it came to a session that tried.
    expect(python('s.login(user, password)\n').authAttempted).toBe(true);
  });

  it('reads facts a review found missing: a logger-prefixed session, -To and "writes to" recipients, class names, flattened multi-line replies', () => {
    const logger = factsOf(['[2024-09-03 08:01:12] DEBUG [qT4k2nXq0] S: 220 Mailgun Influx ready', '[2024-09-03 08:01:12] DEBUG [qT4k2nXq0] C: MAIL FROM:<a@mg.x.example>', '[2024-09-03 08:01:12] DEBUG [qT4k2nXq0] C: RCPT TO:<k@y.example>', '[2024-09-03 08:01:13] DEBUG [qT4k2nXq0] S: 550 5.7.1 Relaying denied'].join('\n'));
    expect(logger).toMatchObject({ source: 'smtp-transcript', command: 'RCPT TO', authAttempted: false, recipient: 'k@y.example' });
    expect(factsOf('Send-MailMessage -From "r@mg.x.example" -To "ops.lead@gmail.com" -SmtpServer "smtp.mailgun.org"\nSend-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Relaying denied').recipient).toBe('ops.lead@gmail.com');
    expect(factsOf('anyone who writes to tickets@replies.x.example gets a bounce: 550 5.7.1 Relaying denied').recipient).toBe('tickets@replies.x.example');
    // A Java class in front of the reply is not the host that gave it.
    expect(factsOf('org.eclipse.angus.mail.smtp.SMTPSendFailedException: 550 5.7.1 Relaying denied').host).toBe(null);
    expect(factsOf('mx1.partner.example: 550 5.7.1 Relaying denied').host).toBe('mx1.partner.example');
    const flattened = factsOf('host mx.y.example[192.0.2.1] said: 550-5.7.1 This server does not 550-5.7.1 relay for your domain 550 5.7.1 (in reply to RCPT TO command)');
    expect(flattened.serverMessage).toBe('550 5.7.1 This server does not relay for your domain (in reply to RCPT TO command)');
  });

  it('reads facts review round 12 found missing: pprint-split strings, Go %+v structs, the EU storage host, quoted replies', () => {
    const pprint = factsOf(`{'delivery-status': {'code': 553,\n                     'message': "sorry, that domain isn't in my list of allowed "\n                                'rcpthosts (#5.7.1)',\n                     'mx-host': 'mx.oldisp.example'},\n 'event': 'failed',\n 'recipient': 'c@oldisp.example'}`);
    expect(pprint).toMatchObject({ serverMessage: "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", mxHost: 'mx.oldisp.example', replyCode: 553 });
    expect(factsOf('&{DeliveryStatus:{Code:550 Message:SMTP Error: relay not permitted MxHost:mx.corp.example} Severity:permanent Event:failed}').serverMessage).toBe('SMTP Error: relay not permitted');
    expect(factsOf('message: "Relaying denied"\n"code": 550\nevent: failed').serverMessage).toBe('Relaying denied');
    const go = factsOf('failed event: &{Generic:{Name:failed} Message:{Headers:{To:n@corp.example Subject:Daily digest} Size:8812} Recipient:n@corp.example DeliveryStatus:{Code:550 AttemptNo:1 Description: Message:5.7.1 <n@corp.example>... Relaying denied SessionSeconds:0.61 MxHost:mx01.corp.example TLS:false} Severity:permanent}');
    expect(go).toMatchObject({ serverMessage: '5.7.1 <n@corp.example>... Relaying denied', mxHost: 'mx01.corp.example', replyCode: 550, event: 'failed' });
    // mailgun-go names the event only in its embedded Generic struct.
    const generic = factsOf('&{Generic:{Timestamp:1.7e+09 ID:Kq2x Name:failed} Recipient:j@p.example Severity:permanent DeliveryStatus:{Code:550 Message:Relay access denied MxHost:mx.p.example}}');
    expect(generic).toMatchObject({ event: 'failed', severity: 'permanent', mxHost: 'mx.p.example' });
    expect(factsOf('&{Generic:{Name:}} Recipient:j@p.example Severity:permanent DeliveryStatus:{Code:550 MxHost:mx.p.example}').event).toBeNull();
    expect(factsOf('"url": "https://storage-europe-west1.api.mailgun.net/v3/domains/mg.x.example/messages/AbC"').region).toBe('eu');
    expect(factsOf('reply: b\'250-smtp.mailgun.org\\r\\n\'').region).toBe('us');
    expect(factsOf('SMTP error from remote server for RCPT TO command, host: mxa.mailgun.org (34.1.2.3) reason: 550 5.7.1 Relaying denied').command).toBe('RCPT TO');
    expect(factsOf('« Bonjour, nos e-mails sont rejetés avec le message « 550 Relaying denied ». Pouvez-vous vérifier ? »').serverMessage).toBe('550 Relaying denied');
    expect(factsOf("Remote Server returned '<mxb.eu.mailgun.org #5.7.1 smtp;550 5.7.1 Relaying denied>'").serverMessage).toBe('550 5.7.1 Relaying denied');
    expect(factsOf('failed | n.o@lagos.example | 550 5.7.1 Unable to relay | mx-host: mail.lagos.example').serverMessage).toBe('550 5.7.1 Unable to relay');
    // A person quoting "relaying denied" is not the refusal when the paste holds the server's own error.
    const sandbox = factsOf(`signup says "relaying denied again??" but it is something else:\nsmtplib.SMTPRecipientsRefused: {'cto@r.example': (421, b'Domain sandbox0123456789abcdef.mailgun.org is not allowed to send: Free accounts are for test purposes only.')}`);
    expect(sandbox.replyCode).toBe(421);
  });

  it('reads degraded text review round 13 found: curly quotes, a look-alike Mailgun host, dotted field paths, the refusal row', () => {
    const curly = factsOf('{“items”: [{“event”: “failed”, “recipient”: “x@p.example”, “delivery-status”: {“code”: 550, “message”: “5.7.1 <x@p.example>: Relay access denied”, “mx-host”: “mail.p.example”}}]}');
    expect(curly).toMatchObject({ source: 'mailgun-events-api', mxHost: 'mail.p.example', host: 'mail.p.example', event: 'failed' });
    // A look-alike of Mailgun's host is not taken for it (a real typo in a config would be hidden), and is quoted as written.
    expect(factsOf('220 smtp.maiIgun.org ESMTP\n550 5.7.1 Relaying denied').hostRole).not.toBe('mailgun-smtp');
    expect(diagnose('getaddrinfo ENOTFOUND smtp.maiIgun.org').evidence.map((e) => e.excerpt).join(' ')).not.toContain('smtp.mailgun.org');
    expect(factsOf('recipient: m@g.example\ndelivery-status.code: 452\ndelivery-status.message: 4.2.2 The account is over quota\nmx-host: gmail-smtp-in.l.google.com')).toMatchObject({ replyCode: 452, enhancedCode: '4.2.2' });
    // Laravel's `production.ERROR:` is a log line, not an `error` field.
    expect(factsOf('[2024-09-10 09:12:48] production.ERROR: Expected response code "250" but got code "550", with message "550 5.7.1 Relaying denied".').source).not.toBe('sdk-print');
    const rows = factsOf([
      'failed  tom@n.example  550 5.1.1 The email account that you tried to reach does not exist.  mx-host: aspmx.l.google.com',
      'failed  ops@lake.example  454 4.7.1 <ops@lake.example>: Relay access denied  mx-host: mx.lake.example',
    ].join('\n'));
    expect(rows).toMatchObject({ host: 'mx.lake.example', mxHost: 'mx.lake.example', recipient: 'ops@lake.example' });
  });

  it('reads a login switched off in people\'s words, even on the line that quotes the refusal', () => {
    expect(factsOf("they said authentication is set to nil. The error was something like \"550 relaying denied\". smtp.mailgun.org").authAttempted).toBe(false);
    expect(factsOf('Authentication toggle is switched OFF in the plugin. 550 5.7.1 Relaying denied').authAttempted).toBe(false);
    expect(factsOf("transport: { host: 'smtp.mailgun.org', auth: undefined }").authAttempted).toBe(false);
    expect(factsOf('host="smtp.eu.mailgun.org", no userName/password set').authAttempted).toBe(false);
    expect(factsOf('relayhost = [smtp.mailgun.org]:587\n# smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd').authAttempted).toBe(false);
    expect(factsOf('relayhost = [smtp.mailgun.org]:587\nsmtp_sasl_auth_enable = no').authAttempted).toBe(false);
    // The refusal's own words about authentication still say nothing of the client.
    expect(factsOf('550 5.7.1 <a@b.example>... Relaying denied. Proper authentication required.').authAttempted).toBe(null);
  });

  it('reads raw bounces whole: a folded Diagnostic-Code, a wrapped "in reply to", the bounce-writing Postfix', () => {
    const bounce = [
      'This is the mail system at host relay1.shop.example.',
      '<j.doe@partner.example>: host mail.partner.example[198.51.100.25] said: 550 5.7.1',
      '    <j.doe@partner.example>... Relaying denied. IP name lookup failed (in reply to',
      '    RCPT TO command)',
      '',
      'Final-Recipient: rfc822; j.doe@partner.example',
      'Diagnostic-Code: smtp; 550 5.7.1 <j.doe@partner.example>... Relaying',
      '    denied. IP name lookup failed [203.0.113.9]',
    ].join('\n');
    const f = factsOf(bounce);
    expect(f.command).toBe('RCPT TO');
    expect(f.client).toBe('postfix');
    expect(f.serverMessage).toMatch(/Relaying denied\. IP name lookup failed/);
  });

  it("takes postmaster@ for the Mailgun domain only as a login, never from a bounce's headers", () => {
    expect(factsOf('From: postmaster@outlook.example\nTo: a@b.example\n550 5.7.1 Relaying denied').mailgunDomain).toBeNull();
    expect(factsOf('spring.mail.username: postmaster@brand.example\n550 5.7.1 Relaying denied').mailgunDomain).toBe('brand.example');
    expect(factsOf('Failed  postmaster@mg.shop.example -> buyer@isp.example  550 5.7.1 Relaying denied').mailgunDomain).toBe('mg.shop.example');
  });

  it('leaves the closing parenthesis out of an mx-host written in parentheses', () => {
    expect(factsOf('failed / permanent (mx-host: mail.kestrel.example) 550 5.7.1 Relay access denied').mxHost).toBe('mail.kestrel.example');
  });

  it('keeps the notes written after a bounce\'s copy of the message', () => {
    const f = factsOf('Remote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n--- Below this line is a copy of the message.\nSubject: hi\n\nhello\n\nour note: dig +short MX hotel.example gives mxa.mailgun.org');
    expect(f.host).toBe('mxa.mailgun.org');
  });
});

describe('redaction look-alikes', () => {
  it('does not take advertised AUTH mechanisms or environment references for secrets', () => {
    for (const text of ['250-AUTH PLAIN LOGIN\n250 8BITMIME', 'pass: process.env.SMTP_PASS', 'password: ENV["MAILGUN_SMTP_PASSWORD"]', 'k8s secret: SMTP_USER', 'CLIENT -> SERVER: AUTH LOGIN\nSERVER -> CLIENT: 334 VXNlcm5hbWU6\nCLIENT -> SERVER: ']) {
      expect(factsOf(text).secretsFound, text).toBe(false);
    }
  });
});

describe('the server message', () => {
  it.each([
    ["Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied", '550 5.7.1 Relaying denied'],
    [`smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}`, '550 5.7.1 Relaying denied'],
    ['Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied"', '550 5.7.1 Relaying denied'],
    ['host x.example[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)', '550 5.7.1 Relaying denied (in reply to RCPT TO command)'],
    ['what does "550 5.7.1 Relaying denied" mean?', '550 5.7.1 Relaying denied'],
  ])('is the server\'s own words in %s', (paste, message) => {
    expect(factsOf(paste).serverMessage).toBe(message);
  });
});

describe('recipients named only by the refusal', () => {
  it('are read from it, each once', () => {
    const f = factsOf(`SMTPRecipientsRefused: {'<MAILTO:CFO@X.EXAMPLE|CFO@X.EXAMPLE>': (550, B'5.7.1 RELAYING DENIED')}`);
    expect(f.recipients).toEqual(['cfo@x.example']);
    expect(f.recipient).toBe('cfo@x.example');
  });
});

describe('more transcript shapes', () => {
  it("reads Python smtplib's debug output as a transcript without AUTH", () => {
    const f = factsOf(`send: 'ehlo host\\r\\n'\nreply: b'250-smtp.mailgun.org\\r\\n'\nreply: b'250-AUTH PLAIN LOGIN\\r\\n'\nsend: 'mail FROM:<a@mg.x.example>\\r\\n'\nreply: b'250 OK\\r\\n'\nsend: 'rcpt TO:<b@y.example>\\r\\n'\nreply: b'550 5.7.1 Relaying denied\\r\\n'`);
    expect(f).toMatchObject({ source: 'smtp-transcript', authAttempted: false, command: 'RCPT TO' });
  });

  it('finds the SMTP command in Ruby and MailKit errors and in a bare telnet session', () => {
    expect(factsOf("net/smtp.rb:960:in `rcptto': 550 5.7.1 Relaying denied (Net::SMTPFatalError)").command).toBe('RCPT TO');
    expect(factsOf('MailKit.Net.Smtp.SmtpCommandException: Relaying denied ErrorCode: RecipientNotAccepted').command).toBe('RCPT TO');
    expect(factsOf('220 mxb.mailgun.org ESMTP\nMAIL FROM:<a@x.example>\n250 OK\nRCPT TO:<b@y.example>\n550 5.7.1 Relaying denied').command).toBe('RCPT TO');
  });
});

describe("copies of Mailgun's logs pages and PHP dumps", () => {
  it("reads an event's detail panel copied as label and value, tab- or space-separated", () => {
    const panel = 'customer pasted this from Logs:\n\nEvent\tFailed\nRecipient\tj@shop.example\nMX Host\tmx.shop.example\nSeverity\tPermanent\nReason\tGeneric\nDelivery Status\t554 5.7.1 <j@shop.example>: Relay access denied\n';
    const f = factsOf(panel);
    expect(f).toMatchObject({ source: 'mailgun-log-page', event: 'failed', severity: 'permanent', reason: 'generic', recipient: 'j@shop.example', mxHost: 'mx.shop.example', replyCode: 554 });
    expect(f.serverMessage).toBe('554 5.7.1 <j@shop.example>: Relay access denied');
    expect(diagnose(panel).scenario).toBe('recipient-host');
    expect(factsOf(panel.replace(/\t/g, '    ')).source).toBe('mailgun-log-page');
    // Two columns of prose are not a panel: a panel names the event.
    expect(factsOf('Name    Value\nColor    blue\nSize    large\n').source).toBe('prose');
  });

  it("reads a table copied from the logs list: the failed row is the event, the other rows context", () => {
    const table = 'Date\tEvent\tRecipient\tSubject\tDelivery Status\n05/13 16:02\tFailed\tr@foods.example\tInvoice\t550 5.7.1 Unable to relay\n05/13 16:02\tDelivered\tb@quay.example\tInvoice\t250 2.0.0 Ok\n';
    const f = factsOf(table);
    expect(f).toMatchObject({ source: 'csv-export', event: 'failed', recipient: 'r@foods.example', replyCode: 550 });
    expect(diagnose(table).scenario).toBe('recipient-host');
  });

  it("reads PHP's print_r of a legacy webhook and of a mailgun-php event object", () => {
    const legacy = parseStructured('Array\n(\n    [event] => bounced\n    [recipient] => o@auto.example\n    [code] => 553\n    [error] => sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\n)');
    expect(Object.fromEntries(legacy.records[0] ?? [])).toMatchObject({ event: 'bounced', recipient: 'o@auto.example', code: '553', error: "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" });
    const object = parseStructured('Mailgun\\Model\\Event\\Event Object\n(\n    [event:Mailgun\\Model\\Event\\Event:private] => failed\n    [severity:Mailgun\\Model\\Event\\Event:private] => permanent\n)');
    expect(Object.fromEntries(object.records[0] ?? [])).toMatchObject({ event: 'failed', severity: 'permanent' });
  });
});

describe("Node's console.log of mailgun.js results", () => {
  it('reads every item of an events page, and takes the relay refusal among them', () => {
    const page = `const data = await mg.events.get('mg.x.example', { event: 'failed' });\nconsole.log(data);\n\n{\n  items: [\n    {\n      event: 'failed',\n      recipient: 'old@gmail.example',\n      'delivery-status': { code: 550, message: "5.1.1 The email account that you tried to reach doesn't exist", 'mx-host': 'gmail-smtp-in.l.google.example', 'enhanced-code': '5.1.1', tls: true }\n    },\n    {\n      event: 'failed',\n      recipient: 'events@venue.example',\n      'delivery-status': { code: 550, message: '5.7.1 Unable to relay', 'mx-host': 'mail.venue.example', 'enhanced-code': '5.7.1', 'session-seconds': undefined },\n      envelope: [Object]\n    }\n  ],\n  pages: { first: [Object] },\n  status: 200\n}`;
    const f = factsOf(page);
    expect(f).toMatchObject({ source: 'mailgun-events-api', recipient: 'events@venue.example', mxHost: 'mail.venue.example', enhancedCode: '5.7.1', serverMessage: '5.7.1 Unable to relay' });
    expect(f.recipients).toEqual(['old@gmail.example', 'events@venue.example']);
    expect(factsOf("{\n  event: 'failed',\n  recipient: 'a@b.example',\n  severity: 'permanent'\n}").source).toBe('sdk-print');
  });
});

describe('facts review round 16 found missing', () => {
  it('takes the recipient of the RCPT TO the refusal answers, not an earlier accepted one', () => {
    const session = '220 mxa.mailgun.org ESMTP\nMAIL FROM:<p@gmail.example>\n250 OK\nRCPT TO:<hello@apps.example>\n250 Recipient address accepted\nRSET\n250 Flushed\nMAIL FROM:<p@gmail.example>\n250 OK\nRCPT TO:<careers@apps.example>\n550 5.7.1 Relaying denied';
    expect(factsOf(session).recipient).toBe('careers@apps.example');
  });

  it("reads a Microsoft 365 NDR's Recipient Address, never its Sender Address", () => {
    const ndr = 'Original Message Details\nSender Address:\tk.h@supplier.example\nRecipient Address:\tsales@shop.example\n\nError Details\nError:\t550 5.7.1 Relaying denied\nMessage rejected by:\tmxa.eu.mailgun.org';
    expect(factsOf(ndr).recipient).toBe('sales@shop.example');
  });

  it('reads a missing login from code and words: MailKit without Authenticate, Send-MailMessage without -Credential, "skips AUTH"', () => {
    const refusal = 'SmtpCommandException: 5.7.1 Relaying denied\n';
    expect(factsOf(`${refusal}await client.ConnectAsync("smtp.eu.mailgun.org", 465, SecureSocketOptions.SslOnConnect);\nawait client.SendAsync(msg);`).authAttempted).toBe(false);
    expect(factsOf(`${refusal}await client.ConnectAsync("smtp.eu.mailgun.org", 587);\nawait client.AuthenticateAsync(user, pass);\nawait client.SendAsync(msg);`).authAttempted).toBeNull();
    expect(factsOf('PS C:\\> Send-MailMessage -From "a@mg.x.example" -To "b@y.example" -SmtpServer "smtp.mailgun.org" -Port 587 -UseSsl\nSend-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Relaying denied').authAttempted).toBe(false);
    expect(factsOf('Send-MailMessage -SmtpServer smtp.mailgun.org -Credential $cred -To b@y.example\n5.7.1 Relaying denied').authAttempted).toBeNull();
    for (const words of ['on the worker they are nil and the mail gem skips AUTH', 'boot log says MAILGUN_SMTP_LOGIN is undefined', 'so nodemailer never logs in', 'EMAIL_HOST_USER ends up empty']) {
      expect(factsOf(`550 5.7.1 Relaying denied\n${words}`).authAttempted, words).toBe(false);
    }
  });

  it('finds recipients in app logs, job arguments, log rows and addresses a stack trace cut short', () => {
    expect(factsOf('WARN InvoiceMailer : invoice INV-1 to ap@fjord.example failed\nMailSendException: 550 5.7.1 Relaying denied').recipient).toBe('ap@fjord.example');
    expect(factsOf('Performing SendDigestJob from Sidekiq(default) with arguments: "p.n@coffee.example"\nNet::SMTPFatalError (550 5.7.1 Relaying denied').recipient).toBe('p.n@coffee.example');
    expect(factsOf('Failed   May 28, 2024 09:41:12   t@mg.praxis.example → e@kanzlei.example\nServer response: 550 5.7.1 Unable to relay').recipient).toBe('e@kanzlei.example');
    // A delivered or accepted row names another recipient, not the refused one.
    expect(factsOf('Delivered   Jan 22   r@mg.sol.example → ana@gmail.example\n553 sorry, that domain isn\'t in my list of allowed rcpthosts').recipients).toEqual([]);
    const cut = factsOf("[2024-06-18] production.INFO: Order #10442 confirmation to ana.silva@padaria.example queued\nSymfony\\Component\\Mailer\\Exception\\UnexpectedResponseException: Expected response code \"250/251/252\" but got code \"550\", with message \"550 5.7.1 Relaying denied\".\n#1 SmtpTransport->executeCommand('RCPT TO:<ana.si...', Array)\n#2 SmtpTransport->doRcptToCommand('ana.silva@padar...')");
    expect(cut).toMatchObject({ recipient: 'ana.silva@padaria.example', command: 'RCPT TO' });
  });

  it("keeps an Outlook forward's quoted message (not a bounce's returned copy), and reads Go's c.Rcpt", () => {
    const forward = 'Forwarding from customer - they think it is "relaying denied" because of the 5.7.x.\n\n-----Original Message-----\nFrom: Pete <pete@beans.example>\nSent: Wednesday, May 15, 2024 6:02 PM\nTo: Support <s@host.example>\n\nEvent: Failed\nRecipient: anna@gmail.example\nDelivery Status: 550 5.7.26 Unauthenticated email is not accepted due to domain\'s DMARC policy';
    expect(factsOf(forward)).toMatchObject({ recipient: 'anna@gmail.example', event: 'failed' });
    const go = factsOf('550 5.7.1 Relaying denied\nc, err := smtp.Dial("smtp.mailgun.org:587")\nc.Mail("noreply@mg.x.example")\nif err := c.Rcpt("t@shoji.example"); err != nil {');
    expect(go).toMatchObject({ recipient: 't@shoji.example', client: 'go-net-smtp', mailgunDomain: 'mg.x.example' });
  });

  it("takes a single mg. domain named anywhere as the Mailgun domain, and not one of two", () => {
    expect(factsOf('CSV export from the Logs page for mg.pine.example:\nfailed,x@y.example,550 5.7.1 Unable to relay').mailgunDomain).toBe('mg.pine.example');
    expect(factsOf('mg.one.example and mg.two.example both get 550 5.7.1 Relaying denied').mailgunDomain).toBeNull();
  });

  it("reads Go's %#v print, whose structs name their types, and Exchange's #550", () => {
    const go = factsOf('&events.Failed{Generic:events.Generic{EventName:"failed", ID:"W8r"}, Message:events.Message{Headers:events.MessageHeaders{To:"p@plastics.example", Subject:"Proof"}, Size:92811}, Recipient:"p@plastics.example", DeliveryStatus:events.DeliveryStatus{Code:554, AttemptNo:1, Description:"", Message:"5.7.1 <p@plastics.example>: Relay access denied", MxHost:"smtp.plastics.example"}, Severity:"permanent"}');
    expect(go).toMatchObject({ event: 'failed', replyCode: 554, serverMessage: '5.7.1 <p@plastics.example>: Relay access denied', mxHost: 'smtp.plastics.example' });
    expect(factsOf('Remote Server returned:\nmxa.mailgun.org #550 5.7.1 Relaying denied ##').replyCode).toBe(550);
    expect(factsOf('see ticket #550 about the relaying denied thing').replyCode).toBeNull();
    // .NET words its status codes.
    expect(factsOf('SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').replyCode).toBe(550);
    expect(factsOf('SmtpException: Transaction failed. The server response was: 5.7.1 Relaying denied').replyCode).toBe(554);
  });
});

describe('review round 17 (apps and platforms) found missing', () => {
  const relay = '550 5.7.1 Relaying denied\n';
  it.each([
    ['Discourse', 'DISCOURSE_SMTP_USER_NAME: ""'],
    ['Nextcloud', "'mail_smtpauth' => false,"],
    ['Keycloak', '"auth": "false",'],
    ['GitLab', "# gitlab_rails['smtp_user_name'] = \"gitlab@mg.x.example\""],
    ['Odoo (French)', "Nom d'utilisateur : (vide)"],
    ['Jira', 'Username: (blank)'],
    ['Grafana', '[smtp]\nuser =\npassword ='],
    ['Ghost', 'they "removed the auth block because it kept complaining"'],
    ['a Ricoh in Spanish', 'Autenticación SMTP: Desactivado'],
  ])('reads a missing login from %s', (_app, config) => {
    expect(factsOf(relay + config).authAttempted).toBe(false);
  });

  it("reads the recipient and the command from Jira's mail queue, a Laminas trace and a device's Destination", () => {
    expect(factsOf("ERROR Sending mailitem To='r.o@freight.example' Subject='x' From='null'\nSMTPAddressFailedException: 550 5.7.1 Relaying denied\nFrom address: jira@mg.x.example").recipient).toBe('r.o@freight.example');
    expect(factsOf("Laminas\\Mail\\Protocol\\Smtp->rcpt('k@kunde.example')\n550 5.7.1 Relaying denied")).toMatchObject({ recipient: 'k@kunde.example', command: 'RCPT TO' });
    expect(factsOf('Destination: f@olmos.example\nDetail: SMTP server rejected recipient. 550 5.7.1 Relaying denied')).toMatchObject({ recipient: 'f@olmos.example', command: 'RCPT TO' });
    expect(factsOf('Servidor SMTP: smtp.mailgun.org\n550 5.7.1 Relaying denied').host).toBe('smtp.mailgun.org');
  });

  it("reads a webhook stored as a JSON string in a log line, a struct printed into one, and not a logger's own `event`", () => {
    const raw = JSON.stringify({ signature: { token: 't' }, 'event-data': { event: 'failed', recipient: 't@h.example', 'delivery-status': { code: 550, message: '5.7.54 SMTP; Unable to relay recipient in non-accepted domain', 'mx-host': 'h-example.mail.protection.outlook.com' } } });
    const serilog = factsOf(JSON.stringify({ '@t': '2024-06-06T09:44:12Z', EventType: 'failed', RawBody: raw }));
    expect(serilog).toMatchObject({ event: 'failed', replyCode: 550, mxHost: 'h-example.mail.protection.outlook.com' });
    const zap = factsOf(JSON.stringify({ level: 'warn', msg: 'delivery failed', event: '&{Generic:{ID:pL3 Name:failed} Recipient:p@k.example DeliveryStatus:{Code:553 Message:sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1) MxHost:mx.k.example} Severity:permanent}' }));
    expect(zap).toMatchObject({ event: 'failed', replyCode: 553, mxHost: 'mx.k.example', recipient: 'p@k.example' });
    const structlog = factsOf('{"event": "mailgun_webhook_received", "level": "warning", "payload": {"event-data": {"event": "failed", "recipient": "s@sub.example"}}}');
    expect(structlog.event).toBe('failed');
  });
});

describe('review round 18 (localized text) found missing', () => {
  it.each([
    ['German', 'Versand an k.s@steuer.example fehlgeschlagen: 550 5.7.1 Relaying denied', 'k.s@steuer.example'],
    ['German NDR', 'Ihre Nachricht hat info@wein.example nicht erreicht.\n550 5.7.1 Relaying denied', 'info@wein.example'],
    ['Spanish Gmail', 'Se ha producido un problema al entregar tu mensaje a pedidos@vinos.example.\n550 5.7.1 Relaying denied', 'pedidos@vinos.example'],
    ['Portuguese', 'A mensagem não foi entregue a ana@grupo.example.\n550 5.7.1 Relaying denied', 'ana@grupo.example'],
    ['Polish', 'Nie można dostarczyć wiadomości do grupy ks@budimex.example.\n550 5.7.1 Relaying denied', 'ks@budimex.example'],
    ['Japanese', 'メッセージを contact@minato.example に配信できませんでした。\n550 5.7.1 Relaying denied', 'contact@minato.example'],
    ['Japanese log', '送信失敗 宛先=yamada@kyowa.example 550 5.7.1 Relaying denied', 'yamada@kyowa.example'],
    ['Chinese', '发送失败 收件人=m.b@trading.example 550 5.7.1 Relaying denied', 'm.b@trading.example'],
    ['Korean', '받는 사람: p@haneul.example\n550 5.7.1 Relaying denied', 'p@haneul.example'],
    ['Arabic', 'إرسال البريد فشل للمستلم k@marai.example 550 5.7.1 Relaying denied', 'k@marai.example'],
    ['VBScript CDO', 'objMail.To = "anfrage@holzbau.example"\n550 5.7.1 Relaying denied', 'anfrage@holzbau.example'],
    ['an NDR line above Remote Server returned', 'Diagnoseinformationen:\n\ninfo@wein.example\nRemoteserver hat \'550 5.7.1 Relaying denied\' zurückgegeben', 'info@wein.example'],
  ])('reads the recipient of a %s paste', (_language, paste, recipient) => {
    expect(factsOf(paste).recipient).toBe(recipient);
  });

  it(".NET's localized status words, stack frames run onto the line, and var_dump", () => {
    const de = factsOf('System.Net.Mail.SmtpFailedRecipientException: Postfach nicht verfügbar. Die Serverantwort war: 5.7.1 Relaying denied bei System.Net.Mail.SmtpTransport.SendMail(MailAddress sender)');
    expect(de).toMatchObject({ replyCode: 550, serverMessage: '5.7.1 Relaying denied' });
    expect(factsOf('メールボックスは使用できません。サーバーの応答: 5.7.1 Relaying denied').replyCode).toBe(550);
    const dump = factsOf('array(4) {\n  ["event"]=>\n  string(7) "bounced"\n  ["recipient"]=>\n  string(20) "fin@padaria.example"\n  ["code"]=>\n  string(3) "553"\n  ["error"]=>\n  string(64) "sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)"\n}');
    expect(dump).toMatchObject({ event: 'bounced', recipient: 'fin@padaria.example', replyCode: 553 });
  });

  it('does not read an Italian date line as the DATA command, and reads localized client lines', () => {
    expect(factsOf('Data: 19/06/2024 16:47\nSMTP error from remote mail server after RCPT TO:<a@b.example>: 550 5.7.1 Relaying denied').command).toBe('RCPT TO');
    const session = factsOf('SERVIDOR -> CLIENTE: 334 VXNlcm5hbWU6\nCLIENTE -> SERVIDOR: [credentials hidden]\nSERVIDOR -> CLIENTE: 334 UGFzc3dvcmQ6\nCLIENTE -> SERVIDOR: [credentials hidden]\nSERVIDOR -> CLIENTE: 535 5.7.0 Mailgun is not loving your login or password');
    expect(session).toMatchObject({ secretsFound: false, authAttempted: true });
    expect(factsOf("auth: { user: 'postmaster@mg.x.example', pass: '•••••' }\n421 Domain sandbox is not allowed to send").secretsFound).toBe(false);
  });

  it('reads a missing login from .NET, web.config, CDO and a commented-out auth block', () => {
    for (const config of ['"UseDefaultCredentials": true,', '<network host="smtp.mailgun.org" port="587" enableSsl="true" />', 'objConfig.Fields.Item("http://schemas.microsoft.com/cdo/configuration/smtpauthenticate") = 0 \' cdoAnonymous', '  // auth: {', 'the transport has no hosts_require_auth']) {
      expect(factsOf(`550 5.7.1 Relaying denied\n${config}`).authAttempted, config).toBe(false);
    }
  });

  it("decodes quoted-printable UTF-8 text, and quotes a reply without the sentence around it", () => {
    expect(normalize('Content-Transfer-Encoding: quoted-printable\n\nretourn=C3=A9 =C3=A0 l\'exp=C3=A9diteur').text).toContain("retourné à l'expéditeur");
    expect(factsOf('「メールを送ると『550 5.7.1 Relaying denied』と表示されて届きません。」').serverMessage).toBe('550 5.7.1 Relaying denied');
    expect(factsOf('SMTP server error: RCPT TO command failed Detail: Relaying denied SMTP code: 550 Additional SMTP info: 5.7.1').serverMessage).toBe('550 5.7.1 Relaying denied');
    expect(factsOf('Servidor remoto em mail.grupo.example (52.1.2.3) devolveu \'550 5.7.1 Relaying denied\'').host).toBe('mail.grupo.example');
  });
});

describe('review round 19 (text as Slack delivers it) found missing', () => {
  it('reads a legacy form webhook inside inline code, and rows of the logs list with their details', () => {
    expect(factsOf('`event=bounced&amp;recipient=ops%40kestrel.example&amp;code=550&amp;error=550+5.7.1+Unable+to+relay`')).toMatchObject({ event: 'bounced', recipient: 'ops@kestrel.example', source: 'mailgun-legacy-webhook' });
    const row = factsOf('Jun 21, 2024 4:12:55 PM\tFailed\tPermanent\tm.k@pixel.example\tYour order has shipped\nDelivery status\n\tCode\t553\n\tMessage\tsorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\n\tMX host\tmx.pixel.example');
    expect(row).toMatchObject({ event: 'failed', recipient: 'm.k@pixel.example', replyCode: 553, mxHost: 'mx.pixel.example' });
    expect(factsOf('*Failed* · Permanent · j.s@contoso.example\nServer response: 550 5.4.1 Recipient address rejected: Access denied').recipient).toBe('j.s@contoso.example');
    // A panel's `Recipient<TAB>address` line is a row of values, not a table's header.
    expect(factsOf('\tSeverity\ttemporary\n\tRecipient\tev@lumen.example\n\tCode\t450\n\tMX host\taspmx.l.google.example').source).toBe('mailgun-log-page');
  });

  it("takes neither a Slack block quote nor Python's prompt for a transcript, nor the Routes API's page for events", () => {
    expect(factsOf('>>> From the customer: _"we didn\'t change anything"_\n550 5.7.1 Relaying denied').source).not.toBe('smtp-transcript');
    expect(factsOf('>>> r = requests.post("https://api.mailgun.net/v3/x/messages")\n(401, "Forbidden")').source).not.toBe('smtp-transcript');
    expect(factsOf('>>> RCPT TO:<b@y.example>\n<<< 550 5.7.1 Relaying denied').source).toBe('smtp-transcript');
    const routes = factsOf('{"total_count":1,"items":[{"expression":"match_recipient(\\"support@t.example\\")","actions":["stop()"],"description":"support","priority":0}]}\n550 5.7.1 Relaying denied');
    expect(routes.source).not.toBe('mailgun-events-api');
    expect(routes.routes).toEqual(['match_recipient("support@t.example")']);
  });

  it('reads recipients and a missing login in more wordings', () => {
    expect(factsOf('recipient k.h@gov.example, mx-host mail.gov.example: 550 5.7.1 Unable to relay').recipient).toBe('k.h@gov.example');
    expect(factsOf('it fails when it sends the monthly invoice to hr@kg.example: 550 5.7.1 Relaying denied').recipient).toBe('hr@kg.example');
    expect(factsOf('c.b.notify.MailSender : failed to send shipping notice to m.r@libero.example\n550 5.7.1 Relaying denied').recipient).toBe('m.r@libero.example');
    expect(factsOf('550 5.7.1 Relaying denied\n    // Credentials = new NetworkCredential(cfg.SmtpUser, cfg.SmtpPass),').authAttempted).toBe(false);
    expect(factsOf('550 5.7.1 Relaying denied\nno `starttls()` / `login()` call at all').authAttempted).toBe(false);
    expect(factsOf('Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".').command).toBe('RCPT TO');
  });
});

describe('what a code review of session 4 found wrong', () => {
  it('names an app only by its own config, screens or logs, not when it is named in passing', () => {
    const cases: [string, string | null][] = [
      ['Zabbix alerted us: postfix/smtp[12]: A1: status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied)', 'postfix'],
      ['deployed from GitLab and sends emails:\nNet::SMTPFatalError: 550 5.7.1 Relaying denied', 'ruby-net-smtp'],
      ['Seen in our Grafana alert panel:\nError: nodemailer EENVELOPE 550 5.7.1 Relaying denied', 'nodemailer'],
      ['After some discourse with the customer: WP Mail SMTP says 550 5.7.1 Relaying denied', 'wordpress'],
      ['Laravel app stores files in Nextcloud: Swift_TransportException 550 5.7.1 Relaying denied', 'laravel'],
    ];
    for (const [paste, client] of cases) expect(factsOf(paste).client, paste).toBe(client);
  });

  it('does not read a login as missing from unrelated words or code', () => {
    expect(factsOf("550 5.7.1 Relaying denied\nThe failure doesn't log in the Mailgun dashboard at all").authAttempted).toBeNull();
    expect(factsOf('Send-MailMessage -SmtpServer smtp.mailgun.org -Port 587 -UseSsl `\n  -Credential $cred -To b@y.example\n5.7.1 Relaying denied').authAttempted).toBeNull();
    expect(factsOf('550 5.7.1 Relaying denied\n{"last_login": null}').authAttempted).toBeNull();
  });

  it("does not take a recipient's mg. domain for the sender's, nor a login or a working address for the refused recipient", () => {
    expect(factsOf('sends through smtp.mailgun.org: SMTPRecipientsRefused: {"orders@mg.supplier.example": (550, b"5.7.1 Relaying denied")}').mailgunDomain).toBeNull();
    expect(factsOf('The app sends notifications to admins@acme.example fine.\nBut mail to gmail users fails:\n550 5.7.1 Relaying denied').recipient).toBeNull();
    expect(factsOf('Authentication as postmaster@mg.acme.example failed earlier this week, now: 550 5.7.1 Relaying denied').recipient).toBeNull();
  });

  it("redacts a password in PHPMailer's HTML debug output", () => {
    const html = factsOf('CLIENT -&gt; SERVER: 334 UGFzc3dvcmQ6<br>\nCLIENT -&gt; SERVER: U3VwZXJTZWNyZXQxMjM=<br>');
    expect(html.secretsFound).toBe(true);
  });

  it('finds the RCPT TO a refusal answers from an indented refusal, and none in a pipelined session', () => {
    const indented = factsOf('C: RCPT TO:<first@x.example>\nS: 250\nC: RCPT TO:<second@x.example>\nS: 250\nC: DATA\nS: 354\n  S: 550 5.7.1 Relaying denied');
    expect(indented.recipient).toBe('second@x.example');
    const pipelined = factsOf('C: RCPT TO:<a@x.example>\nC: RCPT TO:<b@x.example>\nC: DATA\nS: 250\nS: 550 5.7.1 Relaying denied');
    expect(pipelined.recipient).not.toBe('b@x.example');
  });
});

describe('review round 20 (a week of pastes) found missing', () => {
  it("reads Symfony's 535 after an expected 235, smtplib's exception without a traceback, and msmtp's refused recipient", () => {
    const symfony = factsOf('production.ERROR: Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password". {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 535)"}');
    expect(symfony).toMatchObject({ replyCode: 535, enhancedCode: '5.7.0', command: 'AUTH', serverMessage: '535 5.7.0 Mailgun is not loving your login or password' });
    expect(factsOf("smtplib.SMTPRecipientsRefused: {'o@j.example': (550, b'5.7.1 Relaying denied')}").source).toBe('client-exception');
    expect(factsOf('msmtp: recipient address admin@fs.example not accepted by the server\nmsmtp: server message: 550 5.7.1 Relaying denied')).toMatchObject({ recipient: 'admin@fs.example', command: 'RCPT TO' });
  });

  it('reads missing credential variables named in capitals, and a "(set)" is no secret', () => {
    expect(factsOf('550 5.7.1 Relaying denied\nconfirmed, worker .env has no SMTP_USER').authAttempted).toBe(false);
    expect(factsOf('550 5.7.1 Relaying denied\nMG_SMTP_USER isn\'t in the new k8s secret').authAttempted).toBe(false);
    expect(factsOf('MAILGUN_API_KEY:          (set)\n550 5.7.1 Relaying denied').secretsFound).toBe(false);
  });
});

describe('review round 21 (adversarial) found', () => {
  it("does not take a config comment or a help text's example for the error", () => {
    const comment = factsOf('host smtp.mailgun.org[1.2.3.4] said: 421 Domain sandbox0a1b.mailgun.org is not allowed to send: Free accounts are for test purposes only (in reply to RCPT TO command)\nmain.cf:\n# keep SASL on! without it Mailgun answers "550 5.7.1 Relaying denied"\nsmtp_sasl_auth_enable = yes');
    expect(comment.replyCode).toBe(421);
    // Exchange's `#550 ...` NDR lines are no comments.
    expect(extract(normalize('Exchange NDR:\n#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##').text, []).errorText).toContain('#550 5.7.1');
    expect(diagnose('> If your mail program ever shows "550 5.7.1 Relaying denied", the server will not pass your mail on.\nOur own bounce: 550 5.7.1 Message rejected due to content restrictions')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'policy' });
  });

  it("names the log's own server when Postfix's smtpd rejects, whatever MX a DNS listing shows", () => {
    const f = factsOf('acme-metals.com.  300  IN  MX  10 mxa.mailgun.org.\nNov  4 09:12:01 mail01 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from mx.partner.example[198.51.100.7]: 554 5.7.1 <orders@acme-metals.example>: Relay access denied');
    expect(f).toMatchObject({ host: 'mail01', hostRole: 'other', command: 'RCPT TO' });
  });

  it("reads Flask's ImmutableMultiDict of a legacy webhook, expanded events pasted one after another, and 'Temporary Failure' rows", () => {
    expect(factsOf("ImmutableMultiDict([('event', 'bounced'), ('recipient', 'a@law.example'), ('code', '550'), ('error', '5.7.1 <a@law.example>... Relaying denied')])")).toMatchObject({ event: 'bounced', recipient: 'a@law.example' });
    const two = factsOf('{"event": "delivered", "recipient": "anna@gmail.example"}\n\n{"event": "failed", "severity": "permanent", "recipient": "p@kessler.example", "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mail.kessler.example"}}');
    expect(two).toMatchObject({ event: 'failed', recipient: 'p@kessler.example', mxHost: 'mail.kessler.example', serverMessage: '5.7.1 Unable to relay' });
    expect(factsOf('Temporary Failure · bob@gmail.example · 451 4.7.1 Try again later')).toMatchObject({ event: 'failed', severity: 'temporary', recipient: 'bob@gmail.example' });
  });
});

describe("Amazon SES's bounce notifications", () => {
  it('names the bounced recipient from the JSON and from Go\'s print of it, never the sender', () => {
    const json = factsOf('{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"dr.a@clinic.example","action":"failed","status":"5.7.1","diagnosticCode":"smtp; 550 5.7.1 Message rejected"}]},"mail":{"source":"no-reply@portal.example","destination":["dr.a@clinic.example"]}}');
    expect(json).toMatchObject({ recipient: 'dr.a@clinic.example', source: 'bounce-parser-json' });
    const go = factsOf('{NotificationType:Bounce Bounce:{BounceType:Permanent BouncedRecipients:[{EmailAddress:p@traders.example Action:failed Status:5.7.509 DiagnosticCode:smtp; 550 5.7.509 Access denied, sending domain NEWS.EXAMPLE does not pass DMARC verification}] ReportingMTA:dsn; a8-31.smtp-out.amazonses.com} Mail:{Source:news@news.example Destination:[p@traders.example]}}');
    expect(go).toMatchObject({ recipient: 'p@traders.example', recipients: ['p@traders.example'], replyCode: 550, enhancedCode: '5.7.509' });
    // The diagnostic code ends where the struct's next field starts.
    expect(go.serverMessage).toBe('550 5.7.509 Access denied, sending domain NEWS.EXAMPLE does not pass DMARC verification');
  });
});

describe('review round 23 (the receiving side) found missing', () => {
  it("reads a logs-page entry copied as `Label: value` lines, and not a forwarded mail's own To and From above it", () => {
    const entry = factsOf('copied from their Logs page:\n\nFailed · Permanent\nOct 14, 2024 09:12:33 AM\nTo: dana@hotels.example\nFrom: bookings@mg.events.example\nDelivery status: 550 relay not permitted\nMX: mx.hotels.example\nAttempt: 1');
    expect(entry).toMatchObject({ source: 'mailgun-log-page', event: 'failed', severity: 'permanent', recipient: 'dana@hotels.example', mxHost: 'mx.hotels.example', serverMessage: '550 relay not permitted' });
    const forwarded = factsOf('From: Support Desk <support@hosting.example>\nTo: Mailgun Escalations\nSubject: FW: relaying?\n\nEvent: Failed\nRecipient: anna@gmail.example\nMX Host: gmail-smtp-in.l.google.example\nSeverity: Permanent\nDelivery Status: 550 5.7.26 Unauthenticated email is not accepted due to domain\'s DMARC policy');
    expect(forwarded).toMatchObject({ recipient: 'anna@gmail.example', mxHost: 'gmail-smtp-in.l.google.example' });
    // Columns of labels on one line end at the gap before the next label.
    const row = factsOf('Failed   Sep 12, 2024 09:41:17 AM   To: accounts@holdings.example   From: statements@mg.bank.example\nSeverity: permanent   Reason: generic\nDelivery status:\n  Code: 553\n  Message: sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\n  MX host: mx.holdings.example');
    expect(row).toMatchObject({ severity: 'permanent', reason: 'generic', recipient: 'accounts@holdings.example', mxHost: 'mx.holdings.example' });
  });

  it('counts a login call in code as a login attempt, but not one under an if', () => {
    expect(factsOf('with smtplib.SMTP("smtp.mailgun.org", 587) as s:\n    s.starttls()\n    s.login(os.environ["U"], os.environ["P"])\n    s.send_message(msg)\nsmtplib.SMTPRecipientsRefused: {\'b@k.example\': (421, b\'Domain sandbox1.mailgun.org is not allowed to send\')}').authAttempted).toBe(true);
    expect(factsOf('server = smtplib.SMTP("smtp.mailgun.org", 587)\nif SMTP_USER:\n    server.login(SMTP_USER, SMTP_PASS)\nsmtplib.SMTPRecipientsRefused: {\'a@b.example\': (550, b\'5.7.1 Relaying denied\')}').authAttempted).not.toBe(true);
  });

  it("takes a Route that matched for Mailgun's acceptance: the forward's refusal is the recipient's host", () => {
    const log = 'Jun 3 10:02:11   Accepted (incoming)   from: buyer@shop.example   to: returns@outfitters.example   route matched: "returns" (match_recipient("returns@outfitters.example"), forward("ops@wh.example"))\nJun 3 10:02:14   Failed (permanent)    to: ops@wh.example   mx: smtp.wh.example   550 5.7.1 <ops@wh.example>... Relaying denied. Proper authentication required.';
    expect(diagnose(log)).toMatchObject({ scenario: 'recipient-host', facts: { host: 'smtp.wh.example', recipient: 'ops@wh.example' } });
    // "No route matched" is the incoming case.
    expect(diagnose('Gmail bounce: 550 5.7.1 Relaying denied from mxa.mailgun.org for sales@ours.example. No route matched it, only support@ has one.').scenario).toBe('mailgun-incoming');
  });
});

describe('review round 22 (look-alikes) found', () => {
  it("quotes the server's reply, not Symfony's wrapper cut short by its quotes, and a reply printed twice once", () => {
    const symfony = factsOf('messenger.CRITICAL: Error thrown while handling message. Error: "Expected response code "250/251/252" but got code "421", with message "421 Domain sandbox1.mailgun.org is not allowed to send: Free accounts are for test purposes only."."');
    expect(symfony.serverMessage).toBe('421 Domain sandbox1.mailgun.org is not allowed to send: Free accounts are for test purposes only.');
    const twice = extract(normalize('production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied". {"exception":"[object] (TransportException(code: 550): with message \\"550 5.7.1 Relaying denied\\". at SmtpTransport.php:342)').text, []);
    expect(twice.replyText).toBe('550 5.7.1 Relaying denied');
  });
});

describe("the sender's own relay (review round 22)", () => {
  it('is the refusing server when it is named as such, or when a sender-side error has no other', () => {
    const postfix = diagnose('Jul 12 07:30:01 nas01 postfix/smtp[9912]: 0A1B: to=<b@halcyon.example>, relay=smtp.isp.example[192.0.2.25]:25, status=bounced (host smtp.isp.example[192.0.2.25] said: 554 5.7.1 <b@halcyon.example>: Relay access denied (in reply to RCPT TO command))\nmain.cf:\nrelayhost = [smtp.isp.example]');
    expect(postfix).toMatchObject({ scenario: 'undetermined', facts: { senderRelay: 'smtp.isp.example', host: 'smtp.isp.example', hostRole: 'other' } });
    const alertmanager = diagnose('level=error msg="Notify for alerts failed" err="email[0]: send RCPT TO: 454 4.7.1 <alerts@vendor.example>: Relay access denied"\nalertmanager.yml:\n  smtp_smarthost: \'relay01.corp.example:25\'');
    expect(alertmanager.facts).toMatchObject({ senderRelay: 'relay01.corp.example', host: 'relay01.corp.example' });
  });

  it("is not read beside Mailgun's hosts, another provider's, or in a bounce", () => {
    expect(factsOf('relayhost = [smtp.mailgun.org]:587\nhost smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied').senderRelay).toBeNull();
    expect(factsOf("EMAIL_HOST = 'smtp.sendgrid.net'\nsmtplib.SMTPSenderRefused: (550, b'Unauthenticated senders not allowed')").senderRelay).toBeNull();
    expect(factsOf('This is the mail system at host mx.recipient.example.\n<a@recipient.example>: Relay access denied\nReporting-MTA: dns; mx.recipient.example\nsmtp_host = mail.shop.example').senderRelay).toBeNull();
  });
});

describe('sessions and codes review round 22 found missing', () => {
  it("reads an application's own session log (a time, then > or <), Ruby's mailfrom frame and Alertmanager's send RCPT TO", () => {
    const session = factsOf('2024-07-03 13:22:09 < 220 mx.partner.example ESMTP ready\n2024-07-03 13:22:09 > EHLO erp01.example\n2024-07-03 13:22:09 > MAIL FROM:<erp@fab.example>\n2024-07-03 13:22:09 < 250 2.1.0 Sender OK\n2024-07-03 13:22:09 > RCPT TO:<ap@metals.example>\n2024-07-03 13:22:09 < 550 5.7.64 TenantAttribution; Relay Access Denied');
    expect(session).toMatchObject({ source: 'smtp-transcript', command: 'RCPT TO', authAttempted: false, host: 'mx.partner.example', recipient: 'ap@metals.example' });
    expect(factsOf("Net::SMTPFatalError: 550 5.7.0 Mail relay denied\n  /usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb:1007:in `mailfrom'").command).toBe('MAIL FROM');
    expect(factsOf('err="email[0]: notify retry canceled after 4 attempts: send RCPT TO: 454 4.7.1 <a@vendor.example>: Relay access denied"').command).toBe('RCPT TO');
  });

  it('takes a status code alone as the refusal when no line has a reply code', () => {
    expect(factsOf('MailKit.Net.Smtp.SmtpCommandException: 5.7.60 SMTP; Client does not have permissions to send as this sender')).toMatchObject({ enhancedCode: '5.7.60', replyCode: null });
  });
});

describe("Postfix's sasl_passwd key", () => {
  it('shows no login when it names the relayhost differently (brackets, port), and says nothing when it matches', () => {
    const config = (key: string) => factsOf(`host smtp.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\nrelayhost = [smtp.mailgun.org]:2525\nsmtp_sasl_auth_enable = yes\n/etc/postfix/sasl_passwd:\n${key} postmaster@mg.x.example:s3cretpassw0rd`);
    expect(config('[smtp.mailgun.org]:587').authAttempted).toBe(false);
    expect(config('smtp.mailgun.org').authAttempted).toBe(false);
    expect(config('[smtp.mailgun.org]:2525').authAttempted).toBe(null);
  });
});

describe('several events printed one after another', () => {
  it("reads each as a record, so the relay refusal's own recipient is the one named", () => {
    const prints = "for it in items: pprint(it)\n{'delivery-status': {'code': 550, 'message': '5.1.1 <k@example.se>: User unknown', 'mx-host': 'mx.example.se'},\n 'event': 'failed',\n 'recipient': 'k@example.se'}\n{'delivery-status': {'code': 550, 'message': 'relay not permitted', 'mx-host': 'mail.kontor.example'},\n 'event': 'failed',\n 'recipient': 'bokning@kontor.example'}";
    expect(factsOf(prints)).toMatchObject({ recipient: 'bokning@kontor.example', mxHost: 'mail.kontor.example', recipients: ['k@example.se', 'bokning@kontor.example'] });
  });
});

describe('pages and batches (review round 24)', () => {
  it('reads a logs table pasted as text, its columns lined up with spaces, even where a column is too narrow', () => {
    const table = 'Date                    Event       Recipient                              Status\nOct 21, 2024 09:14:52   Delivered   jamie@example.com                      250 OK\nOct 21, 2024 09:12:07   Failed      catering@harbourview-hotel.example 554 5.7.1 <catering@harbourview-hotel.example>: Relay access denied\nOct 21, 2024 09:12:05   Accepted    catering@harbourview-hotel.example -';
    expect(factsOf(table)).toMatchObject({ source: 'csv-export', event: 'failed', recipient: 'catering@harbourview-hotel.example', replyCode: 554 });
    expect(factsOf('Failed   zakupki@torg.example   550 relay not permitted   mx: mx.torg.example   domain: mg.soft.example')).toMatchObject({ recipient: 'zakupki@torg.example', mxHost: 'mx.torg.example', mailgunDomain: 'mg.soft.example' });
  });

  it("reads PHP dumps of several webhooks one record each, and keeps an event's code field with its own error", () => {
    const dumps = 'array(3) {\n  ["event"]=> string(9) "delivered"\n  ["recipient"]=> string(16) "ceo@peak.example"\n}\narray(4) {\n  ["event"]=> string(7) "bounced"\n  ["recipient"]=> string(20) "ir@tarnbridge.example"\n  ["code"]=> string(3) "550"\n  ["error"]=> string(60) "5.7.54 SMTP; Unable to relay recipient in non-accepted domain"\n}';
    expect(factsOf(dumps)).toMatchObject({ recipient: 'ir@tarnbridge.example', replyCode: 550 });
    const page = 'customer: "says previously bounced?? but the first time it said relaying denied??"\n{\n  "items": [\n    {"event": "failed", "reason": "suppress-bounce", "recipient": "o@d.example", "delivery-status": {"code": 605, "description": "Not delivering to previously bounced address"}},\n    {\n      "event": "failed",\n      "recipient": "o@d.example",\n      "delivery-status": {\n        "code": 550,\n        "message": "5.7.1 Unable to relay for o@d.example",\n        "mx-host": "mail.d.example"\n      }\n    }\n  ]\n}';
    expect(diagnose(page)).toMatchObject({ scenario: 'recipient-host', facts: { replyCode: 550 } });
  });
});

describe('an SNS notification', () => {
  it('reads the SES message it carries as a JSON string, and quotes its diagnostic code alone', () => {
    const sns = JSON.stringify({ Type: 'Notification', Message: JSON.stringify({ notificationType: 'Bounce', bounce: { bouncedRecipients: [{ emailAddress: 'bob@supply.example', status: '5.7.1', diagnosticCode: 'smtp; 554 5.7.1 <bob@supply.example>: Relay access denied' }] }, mail: { source: 'orders@shop.example' } }) }, null, 2);
    expect(factsOf(sns)).toMatchObject({ recipient: 'bob@supply.example', serverMessage: '554 5.7.1 <bob@supply.example>: Relay access denied', provider: 'amazon-ses' });
  });
});

describe('the no-login evidence', () => {
  it('quotes a long line from a little before the words that show it', () => {
    const d = diagnose(`Site was on another plugin until last week, and then the owner switched WP Mail SMTP to "Other SMTP" with Mailgun's host and turned the Authentication toggle off ("never asked me for a password").\nSMTP Error: The following recipients failed: info@bakery.example: Relaying denied\nhost smtp.mailgun.org`);
    const excerpt = d.evidence.find((e) => e.rule === 'The SMTP session was not authenticated')?.excerpt ?? '';
    expect(excerpt).toMatch(/^….*Authentication toggle off/);
  });
});

describe('review round 25 (adversarial) found', () => {
  it("reads a ticket thread's 'From: name — date time' headers, and a SASL failure's command", () => {
    const ticket = 'From: Dmitri K. — Mon, 3 Jun 2024 08:12\n2024/06/03 08:10:44 send invoice 5512: rcpt billing@k.example: 550 5.7.1 Relaying denied\n\nFrom: Support (Lena) — Mon, 3 Jun 2024 09:30\nYou never call c.Auth(...).\n\nFrom: Dmitri K. — Mon, 3 Jun 2024 14:05\nAdded c.Auth(...); the relaying error is gone, but:\n2024/06/03 14:02:17 send invoice 5512: auth: 535 5.7.0 Mailgun is not loving your login or password';
    expect(diagnose(ticket)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure', facts: { replyCode: 535, command: 'AUTH' } });
  });

  it('takes Gmail\'s "unusual rate ... has been blocked" for a block, and a question about the Mailgun logs for no sighting there', () => {
    expect(diagnose('550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked.')).toMatchObject({ kind: 'blocked' });
    expect(diagnose('heard on the phone: "550 5.7.1 Relaying denied". Did they see it in the Mailgun logs? Nobody knows.').scenario).toBe('undetermined');
  });

  it("reads the sender's own relay beside a commented-out Mailgun relayhost, and no host from a colleague's guess beside a Mailgun event", () => {
    const postfix = diagnose('#relayhost = [smtp.mailgun.org]:587\nrelayhost = [smtp.isp.example]:25\nJun 14 pms01 postfix/smtp[9921]: 3A8D: to=<m@park.example>, relay=smtp.isp.example[192.0.2.15]:25, status=bounced (host smtp.isp.example[192.0.2.15] said: 554 5.7.1 <m@park.example>: Relay access denied (in reply to RCPT TO command))');
    expect(postfix).toMatchObject({ scenario: 'undetermined', facts: { senderRelay: 'smtp.isp.example' } });
    expect(factsOf('isn\'t that the smtp.mailgun.org auth problem?\nevent=bounced&recipient=a%40law.example&code=550&error=5.7.1+Relaying+denied').host).toBeNull();
  });

  it('reads the events of a PHP var_dump list one by one, and takes a placeholder of x\'s for no secret', () => {
    const dump = 'array(2) {\n  [0]=>\n  object(Mailgun\\Model\\Event\\Event)#41 (3) {\n    ["event":"Mailgun\\Model\\Event\\Event":private]=>\n    string(9) "delivered"\n    ["recipient":"Mailgun\\Model\\Event\\Event":private]=>\n    string(13) "ana@river.example"\n  }\n  [1]=>\n  object(Mailgun\\Model\\Event\\Event)#42 (3) {\n    ["event":"Mailgun\\Model\\Event\\Event":private]=>\n    string(6) "failed"\n    ["recipient":"Mailgun\\Model\\Event\\Event":private]=>\n    string(16) "h.vogel@tannen.example"\n    ["severity":"Mailgun\\Model\\Event\\Event":private]=>\n    string(9) "temporary"\n  }\n}';
    expect(factsOf(dump)).toMatchObject({ event: 'failed', recipient: 'h.vogel@tannen.example', severity: 'temporary' });
    expect(normalize('relayhost = [smtp.mailgun.org]:587\n/etc/postfix/sasl_passwd:\n[smtp.sendgrid.net]:587 apikey:SG.xxxxxxxxxxxx').secretsFound).toBe(false);
  });
});

describe('what a code review of session 5 found wrong', () => {
  it('takes the labels nearest above the status for two logs-page entries pasted without a gap', () => {
    const two = factsOf('Copied from the Mailgun logs:\nTo: ann@alpha.example\nDelivery status: 550 5.7.1 Relaying denied\nMX: mx1.alpha.example\nTo: bob@beta.example\nDelivery status: 250 2.0.0 OK\nMX: mx.beta.example');
    expect(two).toMatchObject({ recipient: 'ann@alpha.example', mxHost: 'mx1.alpha.example' });
  });

  it("does not read an app's own log lined up with spaces as Mailgun's table, nor a commented-out relay setting", () => {
    const log = diagnose('mail.log from our app (it sends via smtp.mailgun.org:587):\n2024-06-03 10:01:02   failed   bob@example.org   550 5.7.1 Relaying denied');
    expect(log).toMatchObject({ scenario: 'mailgun-outgoing', facts: { source: 'prose' } });
    expect(factsOf("#EMAIL_HOST = 'mail.oldisp.example'\nsmtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.7.1 Relaying denied')}").senderRelay).toBeNull();
    expect(factsOf("MAIL_HOST=mail.corp.example and it hands mail to Mailgun. In the Mailgun logs I see a failure for bob@partner.example: 550 5.7.1 Relaying denied").senderRelay).toBeNull();
  });

  it('names no provider the mail was sent to, or sent through before', () => {
    expect(factsOf('Our emails are sent via Mailgun to recipients using Office 365, and they bounce: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain').provider).toBeNull();
    expect(factsOf('We switched from sending through SendGrid to Mailgun yesterday: 550 5.7.1 Relaying denied').provider).toBeNull();
    expect(factsOf('spring.mail.host=smtp.gmail.com\nSMTPSendFailedException: 550 5.7.1 Relaying denied').provider).toBeNull();
  });

  it("redacts a quoted user:password@host, and never takes it for a recipient", () => {
    const d = diagnose("smtp_settings address => 'user:Hunter2Secret@mail.corp.example'\nNet::SMTPFatalError: 554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: ann@example.com");
    expect(d.facts.secretsFound).toBe(true);
    expect(JSON.stringify(d)).not.toContain('Hunter2Secret');
    // (SES's "identities failed the check" are the sender's, as in Sisimai's real lhost-postfix-77 bounce,
    // or in its sandbox a recipient: not named the refused recipient)
    expect(d.facts.recipient).toBeNull();
  });
});

describe('review round 27 (precision) found', () => {
  it("lets a Mailgun server named as the refusing one settle the direction, whatever the account does both ways", () => {
    const log = 'forms.veritas.example is our own inbound domain on Mailgun (a Route posts it to our API) and outbound mail goes through smtp.mailgun.org and works fine.\nJun 14 12:40:03 gw1 postfix/smtp[3390]: 7C1F: to=<intake@forms.veritas.example>, relay=mxa.mailgun.org[198.51.100.10]:25, status=bounced (host mxa.mailgun.org[198.51.100.10] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
    expect(diagnose(log).scenario).toBe('mailgun-incoming');
  });

  it("reads Exim's bounce, whose refusing host stands on the line above its SMTP error", () => {
    const exim = '  einkauf@partner.example\n    host mx.partner.example [212.227.15.41]\n    SMTP error from remote mail server after RCPT TO:<einkauf@partner.example>:\n    550 relay not permitted';
    expect(factsOf(exim)).toMatchObject({ host: 'mx.partner.example', hostRole: 'other' });
  });
});

describe("a mail program's error", () => {
  it('is its own source: its outgoing server answered', () => {
    expect(factsOf('Sending of the message failed.\nAn error occurred while sending mail. The mail server responded:\n5.7.1 <p@studio.example>: Relay access denied.').source).toBe('mail-client');
  });
  it("reads Outlook's own report from \"Microsoft Outlook\" as one, not an Exchange server's report in the same words (review 120c)", () => {
    const report = (from: string) => `> *From:* ${from}\n> *Subject:* Undeliverable: Re: Q3 pricing\n>\n> Your message did not reach some or all of the intended recipients.\n>\n> The following recipient(s) cannot be reached:\n>\n>       d@brightmoor.example on 9/17/2024 2:14 PM\n>             Relaying denied`;
    expect(factsOf(report('Microsoft Outlook')).source).toBe('mail-client');
    expect(factsOf(report('postmaster@dudgeon.example')).source).not.toBe('mail-client');
  });
});

describe('a login refused before the relay refusal', () => {
  it('is evidence the reply can quote, so it says the login was wrong rather than missing', () => {
    const d = diagnose('Manual test against smtp.eu.mailgun.org:\nEHLO test.example\n250-AUTH PLAIN LOGIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\n[hidden]\n334 UGFzc3dvcmQ6\n[hidden]\n535 5.7.0 Mailgun is not loving your login or password\nMAIL FROM:<a@b.example>\n250 Sender address accepted\nRCPT TO:<c@d.example>\n550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.evidence.map((e) => e.rule)).toContain('The server refused the login (535), so the session stayed unauthenticated');
  });
});

describe('Exchange Server', () => {
  it("is the client when the paste names its send connector, not for any Exchange NDR", () => {
    expect(factsOf('Since last week their send connector uses Mailgun as smart host.\nRemote Server at smtp.mailgun.org (192.0.2.41) returned \'550 5.7.1 Relaying denied\'').client).toBe('exchange');
    expect(factsOf('Generating server: EXCH01.corp.example\nRemote Server at mxa.mailgun.org returned \'550 5.7.1 Relaying denied\'').client).toBeNull();
  });
});

describe('what the person says about the refused address (facts.addressConfirmed)', () => {
  const said = (chatter: string) => diagnose(`550 5.7.1 Unable to relay for ines@tecnofrio.example\n\n${chatter}`).facts.addressConfirmed;
  it.each([
    'they swear the address is right',
    'The mailbox definitely exists, I can email them fine from Gmail.',
    'Not sure why. The address is valid',
    'we verified the address with the customer',
    'Other people can email that address from Outlook without problems',
    'Die Adresse existiert.',
    'la dirección es correcta',
  ])('reads a statement: %s', (chatter) => {
    expect(said(chatter)).toBe(true);
  });
  it.each([
    'is the address valid?',
    'the mailbox does not exist apparently',
    "the address isn't valid any more",
    'Please check that the address is correct.',
    'maybe the address is wrong',
    'our Mailgun account is active',
    'if the mailbox exists, their admin has to fix it',
    'The address is correct, right?',
    '',
  ])('does not read a question, a negation or an instruction: %s', (chatter) => {
    expect(said(chatter)).toBe(false);
  });
  it("does not read a server's own words as the person's", () => {
    expect(diagnose('550 5.7.1 the recipient address is valid but relaying is denied').facts.addressConfirmed).toBe(false);
    expect(diagnose('Remote server said: recipient address is valid, relay access denied').facts.addressConfirmed).toBe(false);
  });
});

describe('a logs-page field the copy wrapped mid-sentence', () => {
  it('reads the wrapped lines as the rest of the server\'s reply, up to the next label', () => {
    const d = diagnose("Delivery status: 550 5.7.1 Unfortunately, messages from [161.38.204.117] weren't sent. Please contact your\nInternet service provider since part of their network is on our block list (S3150).\nMX host: hotmail-com.olc.protection.outlook.com\n");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
    expect(d.facts.mxHost).toBe('hotmail-com.olc.protection.outlook.com');
  });
  it('does not join a line after a field that ends its sentence', () => {
    const d = diagnose('Delivery status: 550 5.7.1 Relaying denied.\nthe customer says it is on our block list');
    expect(d.kind).not.toBe('blocked');
  });
});

describe('round 29: recipients and statements', () => {
  it("reads a JSON log's recipientEmail and nodemailer's rejected list, and Outlook's rejected e-mail address", () => {
    expect(diagnose('{"level":50,"recipientEmail":"d.okafor@lagos.example","err":{"response":"550 5.7.1 Relaying denied"}}').facts.recipient).toBe('d.okafor@lagos.example');
    expect(diagnose('{"code":"EENVELOPE","response":"550 5.7.1 Relaying denied","rejected":["d.okafor@lagos.example"]}').facts.recipient).toBe('d.okafor@lagos.example');
    expect(diagnose("The rejected e-mail address was 'h.b@nordurljos.example'. Server Error: 550 5.7.1 Relaying denied").facts.recipient).toBe('h.b@nordurljos.example');
  });
  it("does not take the sender's address said to be right for the recipient's", () => {
    const said = (chatter: string) => diagnose(`550 5.7.1 Unable to relay for ines@tecnofrio.example\n${chatter}`).facts.addressConfirmed;
    expect(said('the sender address is correct, noreply@mg.shop.example is verified')).toBe(false);
    expect(said('our from address exists')).toBe(false);
    expect(said('their address is correct')).toBe(true);
  });
  it("joins a logs-page status wrapped after a word no sentence ends with, not chatter after a finished one", () => {
    const wrapped = diagnose('Failed\nRecipient: maria@vilaverde.example\nDelivery status: 550 5.7.1 Unable to relay for\nmaria@vilaverde.example\nMX host: mail.vilaverde.example');
    expect(wrapped.facts.serverMessage).toBe('550 5.7.1 Unable to relay for maria@vilaverde.example');
    const chatter = diagnose('Failed\nRecipient: t@sakura.example\nDelivery status: 550 5.1.1 <t@sakura.example>: Recipient address rejected: User unknown in virtual mailbox table\ncustomer thinks this is the relaying denied issue\nMX host: mail.sakura.example');
    expect(chatter.scenario).toBe('not-relaying-denied');
    expect(chatter.kind).toBe('unknown-user');
  });
});

describe('round 29b: the deciding line among many', () => {
  const probe = 'Nov 21 08:16:19 srv-mail postfix/smtpd[22898]: NOQUEUE: reject: RCPT from unknown[185.92.244.211]: 454 4.7.1 <spameri@tiscali.it>: Relay access denied; from=<test@qq.com> to=<spameri@tiscali.it> proto=ESMTP helo=<User>';
  const sasl = 'Nov 21 08:17:02 srv-mail postfix/smtp[23001]: warning: SASL authentication failed; server smtp.mailgun.org[34.224.137.116] said: 535 5.7.0 Mailgun is not loving your login or password';
  it("sets a server's refusals of open-relay probes aside when its log shows another failure", () => {
    const d = diagnose(`${probe}\n${sasl}\n${probe}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.host).toBe('smtp.mailgun.org');
  });
  it('keeps them when they are all the paste has', () => {
    expect(diagnose(probe).scenario).not.toBe('not-relaying-denied');
  });
  it('does not read a process id or a numbered job as a reply code', () => {
    expect(diagnose('Mar 11 14:40:54 app03 postfix/smtp[416]: 9A1E: to=<a@b.example>, status=bounced (host x.example said: 550 5.7.1 Relaying denied)').facts.replyCode).toBe(550);
    expect(diagnose('[queue] rsvp-reminder job 535 scheduled\nMailgunAPIError: Unauthorized, status: 401').kind).toBe('api-auth');
  });
  it("reads an export's delivery_status_code and delivery_status_message columns, and failed rows past the first 500", () => {
    const header = 'timestamp,event,recipient,delivery_status_code,delivery_status_message,mx_host';
    const delivered = Array.from({ length: 600 }, (_, i) => `2024-09-16 18:00:${String(i % 60).padStart(2, '0')},delivered,p${i}@parents.example,250,OK,mx.parents.example`);
    const failed = `2024-09-16 18:08:49,failed,r.hansen@school.example,553,"sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",mx1.school.example`;
    const d = diagnose([header, ...delivered, failed].join('\n'));
    expect(d.facts).toMatchObject({ recipient: 'r.hansen@school.example', mxHost: 'mx1.school.example', serverMessage: "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" });
  });
  it("does not count Routes named in a question, nor take Rails's message id for a recipient", () => {
    expect(diagnose('550 5.7.1 Relaying denied\ndo they have routes?').evidence.map((e) => e.rule)).not.toContain('Mailgun Routes are mentioned');
    expect(diagnose('INFO -- : Failed delivery of mail 66ad0f5e1b2c3_c4f2b8a0@shopfront-web-2.mail error_message="550 5.7.1 Relaying denied"').facts.recipient).toBeNull();
  });
  it("reads Exim's 'after pipelined MAIL FROM' and an app's 'smtp rcpt: 550' as the command", () => {
    expect(diagnose('** h@x.example R=dnslookup T=remote_smtp H=mx.x.example [1.2.3.4]: SMTP error from remote mail server after pipelined MAIL FROM:<a@b.example> SIZE=1234: 550 5.7.1 blocked using Spamhaus').facts.command).toBe('MAIL FROM');
    expect(diagnose('{"level":"error","error":"smtp rcpt: 550 5.7.1 Relaying denied"}').facts.command).toBe('RCPT TO');
  });
});

describe("a code review's cases (session 6)", () => {
  it('does not shift the columns of an export for an unquoted comma or a trailing comma', () => {
    const d = diagnose('event,recipient,severity,mx-host,message\nfailed,bob@y.example,temporary,mx.y.example,452 4.2.2 Mailbox full, try again later');
    expect(d.facts).toMatchObject({ event: 'failed', severity: 'temporary', mxHost: 'mx.y.example' });
    expect(diagnose('event,recipient,severity,message\nfailed,bob@y.example,permanent,550 5.7.1 Relaying denied,').facts.severity).toBe('permanent');
  });
  it('repairs OCR words, not addresses, hosts or paths', () => {
    const d = diagnose('Ternporary failure. 550 5.7.1 Relaying denied for sa1es@example.com (host web1a.example.com said)');
    expect(d.facts.recipient).toBe('sa1es@example.com');
    expect(d.facts.host).toBe('web1a.example.com');
  });
  it("does not take '500 emails a day', Markdown bold or code for another failure beside relay probes", () => {
    const probe = 'Nov 21 08:16:19 srv postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[185.92.244.211]: 554 5.7.1 <c@gmail.com>: Relay access denied; from=<a@b.example> to=<c@gmail.com>';
    for (const prose of ['we send about 500 emails a day', '**Update:** still failing', 'if (status == 554) retry()']) {
      expect(diagnose(`${probe}\n${prose}\n${probe}`).scenario, prose).not.toBe('not-relaying-denied');
    }
  });
  it("keeps a table's empty cells, so the columns after them stay in place", () => {
    const d = diagnose('| event | severity | recipient | reason | delivery-status.message |\n|---|---|---|---|---|\n| failed |  | bob@x.example | generic | 550 5.7.1 Relaying denied |');
    expect(d.facts.severity).toBeNull();
    expect(d.facts.recipient).toBe('bob@x.example');
  });
  it("does not split a camelCase CSV header or code into panel labels", () => {
    const d = diagnose('timestamp,event,recipient,deliveryStatusMessage,deliveryStatusCode,deliveryStatusMxHost\n2024-06-01,failed,bob@y.example,550 5.7.1 Relay access denied,550,mx.y.example');
    expect(d.facts).toMatchObject({ event: 'failed', mxHost: 'mx.y.example' });
  });
  it("does not read a server's 'currently' as a person's time word, nor drop a code after 'issue'", () => {
    const d = diagnose('421 4.7.0 Service currently unavailable\n550 5.7.1 Relaying denied');
    expect(d.facts.recipients).toEqual([]);
    expect(diagnose('Same issue 550 5.7.1 Relaying denied from smtp.mailgun.org').facts.replyCode).toBe(550);
  });
});

describe('round 30a: more mail servers', () => {
  it("reads Microsoft 365's 4.7.500 Server busy as throttling and Barracuda's (addr:blocked) as a block", () => {
    expect(diagnose('451 4.7.500 Server busy. Please try again later. [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]').kind).toBe('rate-limit');
    expect(diagnose('550 permanent failure for one or more recipients (j.doe@harbour.example:blocked)').kind).toBe('blocked');
  });
  it("names the host of MDaemon's 'Attempting SMTP connection to [host : port]'", () => {
    const d = diagnose('Wed 2024-09-18 14:03:27.513: Attempting SMTP connection to [smtp.mailgun.org : 587]\nWed 2024-09-18 14:03:27.948: <-- 550 5.7.1 Relaying denied');
    expect(d.facts.host).toBe('smtp.mailgun.org');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
  it("sets aside a status page's resolved incident beside the customer's own error", () => {
    const d = diagnose('> Resolved - SMTP customers may have received "550 5.7.1 Relaying denied" responses. A fix has been deployed.\n\n{"event": "failed", "delivery-status": {"message": "4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages"}}');
    expect(d.kind).toBe('rate-limit');
  });
});

describe('round 31b: replies under review', () => {
  it('quotes a relay refusal once in the evidence, not again from the same line', () => {
    const d = diagnose("smtplib.SMTPRecipientsRefused: {'cfo@contoso.example': (550, b'5.7.1 Relaying denied')}");
    const relay = d.evidence.filter((e) => /relay refusal/i.test(e.rule));
    expect(relay).toHaveLength(1);
  });
  it("reads OCR's smtp.mai1gun.org as Mailgun's host in a paste that shows OCR damage, and not otherwise", () => {
    expect(diagnose('Outgoing Server (SMTP): smtp.mai1gun.org\n55O 5.7.l Relaying denied').facts.host).toBe('smtp.mailgun.org');
    expect(diagnose('Outgoing Server (SMTP): smtp.mai1gun.org\n550 5.7.1 Relaying denied').facts.hostRole).not.toBe('mailgun-smtp');
  });
  it("names a password in sasl_passwd (or MAIL_PASSWORD) that has a Mailgun key's shape a password: Mailgun generates SMTP passwords in that shape", () => {
    expect(diagnose('[smtp.mailgun.org]:587 postmaster@mg.shop.example:0123456789abcdef0123456789abcdef-01234567-89abcdef\n550 5.7.1 Relaying denied').facts.secretKinds).toEqual(['password']);
    expect(diagnose('MAIL_PASSWORD=3f9a1c7e5b2d8a04e6c1f7b9d2a5e8c3-6b50c5b7-1a2f3e4d\n535 5.7.0 Mailgun is not loving your login or password').facts.secretKinds).toEqual(['password']);
    expect(diagnose('MAILGUN_SECRET=3f9a1c7e5b2d8a04e6c1f7b9d2a5e8c3-6b50c5b7-1a2f3e4d').facts.secretKinds).toEqual(['api-key']);
  });
});

describe('round 31a: an ordinary week', () => {
  it("reads an HTTP API's 429 Too Many Requests as rate limiting, and a \"to\" list's first address as the recipient", () => {
    expect(diagnose('requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.mailgun.net/v3/mg.x.example/messages').kind).toBe('rate-limit');
    expect(diagnose('{"level":"error","to":["r.okafor@lagoonbank.example"],"error":"550 5.7.1 Relaying denied"}').facts.recipient).toBe('r.okafor@lagoonbank.example');
  });
});

describe('a login read from the environment (facts.loginFromEnv)', () => {
  it.each([
    ["auth: { user: process.env.MG_USER, pass: process.env.MG_PASS }", 'process.env.MG_USER'],
    ["  user_name: ENV['MAILGUN_SMTP_LOGIN'],", "ENV['MAILGUN_SMTP_LOGIN']"],
    ['password = os.environ["SMTP_PASSWORD"]', 'os.environ["SMTP_PASSWORD"]'],
    ["'username' => env('MAIL_USERNAME'),", "env('MAIL_USERNAME')"],
    ['SMTP_PASS=${SMTP_PASS}', '${SMTP_PASS}'],
  ])('reads %j', (config, expected) => {
    expect(diagnose(`550 5.7.1 Relaying denied\n${config}`).facts.loginFromEnv).toBe(expected);
  });
  it('skips a commented-out setting', () => {
    expect(diagnose('550 5.7.1 Relaying denied\n  // auth: { user: process.env.MG_USER, pass: process.env.MG_PASS },').facts.loginFromEnv).toBeNull();
  });
});

describe("an account's Routes counted in chat", () => {
  it('are no evidence of the incoming side; a Route named with the error is', () => {
    const rules = (text: string) => diagnose(text).evidence.map((e) => e.rule);
    expect(rules('550 5.7.1 Relaying denied\nthe account also has a couple of routes')).not.toContain('Mailgun Routes are mentioned');
    expect(rules('550 5.7.1 Relaying denied\nwe deleted the route for support@ yesterday')).toContain('Mailgun Routes are mentioned');
  });
});

describe('round 32: the receiving side', () => {
  it("takes the address a relay refusal names over the row's, for a Route's forward", () => {
    const d = diagnose('03/12/2024 10:22:43  Failed  sales@ridgeway.example → jeff.b@oldvendor.example  550 5.7.1 Unable to relay for jeff.b@oldvendor.example\nevent: failed\nrecipient: sales@ridgeway.example');
    expect(d.facts.recipient).toBe('jeff.b@oldvendor.example');
  });
  it("does not take a dig command for Mailgun MX records when its answer names another host", () => {
    const d = diagnose('$ dig +short MX meridian.example\n10 mail.meridian.example.\n\n550 5.7.1 Unable to relay for accounts@meridian.example');
    expect(d.scenario).not.toBe('mailgun-incoming');
  });
  it("does not read a person's question about relaying denied as a misspelled refusal", () => {
    const d = diagnose('is this the relaying denied thing?\nRoute forward to https://crm.example/hooks/inbound failed: HTTP 502 Bad Gateway');
    expect(d.scenario).toBe('not-relaying-denied');
  });
});

describe("Mailgun's suppression of the address (facts.suppression)", () => {
  it.each([
    ['2024-03-12 09:40:03 failed permanent suppress-bounce tom@example.com 605 Not delivering to previously bounced address', 'bounce'],
    ['{"event": "failed", "reason": "suppress-unsubscribe", "recipient": "tom@example.com"}', 'unsubscribe'],
    ['607 Not delivering to a user who marked your messages as spam', 'complaint'],
  ])('is read from %s', (paste, list) => {
    expect(diagnose(paste).facts.suppression).toBe(list);
  });
  it.each([
    '550 5.1.1 The email account that you tried to reach does not exist.',
    'is this address on the suppression list? 550 5.7.1 Relaying denied',
    '550 5.1.1 user unknown. Could this be a suppress-bounce thing? I do not see anything on the bounces list.',
    'It is not a suppress-bounce, I checked.\n550 5.1.1 user unknown',
  ])('is not read from a bounce alone, or from a person asking about or denying one: %s', (paste) => {
    expect(diagnose(paste).facts.suppression).toBeNull();
  });
  it("counts only the refused recipient's own suppression, whether the paste names one address or many", () => {
    const rows = (suppressed: string) => [
      'timestamp,event,recipient,severity,reason,code,message',
      '2024-09-16 18:01:00,failed,ann@partner.example,permanent,bounce,550,550 5.7.1 Unable to relay for ann@partner.example',
      `2024-09-16 18:03:11,failed,${suppressed},permanent,suppress-bounce,605,Not delivering to previously bounced address`,
    ].join('\n');
    expect(diagnose(rows('bob@other.example')).facts.suppression).toBeNull();
    expect(diagnose(rows('ann@partner.example')).facts.suppression).toBe('bounce');
    expect(diagnose('550 5.7.1 Unable to relay for ann@example.com\nAlso seeing "Not delivering to previously bounced address" for bob@other.example').facts.suppression).toBeNull();
  });
});

describe('a dedicated IP the sender uses (facts.dedicatedIp)', () => {
  it.each(['Customer on a dedicated IP getting this from Outlook recipients', 'we send from our dedicated IP 198.61.254.31', 'They have a dedicated IP.'])('is read from "%s"', (chatter) => {
    expect(diagnose(`${chatter}\n554 5.7.1 Client host [198.61.254.31] blocked using zen.spamhaus.org`).facts.dedicatedIp).toBe(true);
  });
  it.each(['should we get a dedicated IP?', 'Would moving to a dedicated IP help with this', 'a dedicated IP costs extra', 'no mention of one'])('is not read from "%s"', (chatter) => {
    expect(diagnose(`${chatter}\n554 5.7.1 Client host [198.61.254.31] blocked using zen.spamhaus.org`).facts.dedicatedIp).toBe(false);
  });
});

describe('round 33: the sending side in depth, and beyond English', () => {
  it("reads an event fragment's fields after its delivery-status, without the chatter below it", () => {
    const d = diagnose([
      'Cliente reclamando. No Mailgun o evento é este:',
      '"delivery-status": {',
      '    "code": 553,',
      '    "message": "sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)",',
      '    "mx-host": "mx.fornecedor.example"',
      '},',
      '"recipient": "compras@fornecedor.example",',
      '"event": "failed",',
      '"severity": "permanent"',
      '',
      'O que eu falo pra ele?',
    ].join('\n'));
    expect(d.facts.recipient).toBe('compras@fornecedor.example');
    expect(d.facts.event).toBe('failed');
    expect(d.facts.severity).toBe('permanent');
    expect(d.scenario).toBe('recipient-host');
  });

  it("takes neither a device's administrator address nor an SMTP user name for the recipient", () => {
    const copier = diagnose('Destination: records@billing.example\nResult: Failed\nDetail: Server response: 550 5.7.1 Relaying denied\nSMTP Server Address: smtp.mailgun.org\nAdministrator E-mail Address: scanner@clinic.example');
    expect(copier.facts.recipient).toBe('records@billing.example');
    expect(copier.facts.recipients).not.toContain('scanner@clinic.example');
    const login = diagnose('{"exception":"TransportException(code: 535): Failed to authenticate on SMTP server with username \\"postmaster@mg.csa.example\\" using the following authenticators: \\"LOGIN\\". Authenticator \\"LOGIN\\" returned 535 5.7.0 Mailgun is not loving your login or password"}');
    expect(login.facts.recipient).toBeNull();
  });

  it("reads the refusing server from an Exchange NDR's own line, not from a host named in the chatter", () => {
    const d = diagnose([
      'Die MX zeigen auf mxa.eu.mailgun.org / mxb.eu.mailgun.org.',
      '',
      'Delivery has failed to these recipients or groups:',
      'reply@incoming.git.example',
      '',
      'Diagnostic information for administrators:',
      'reply@incoming.git.example',
      'mxb.eu.mailgun.org',
      "Remote Server returned '550 5.7.1 Relaying denied'",
    ].join('\n'));
    expect(d.facts.host).toBe('mxb.eu.mailgun.org');
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it("takes the reply code from a transcript's line when the client's exception quotes the refusal without it", () => {
    const d = diagnose('MailKit.Net.Smtp.SmtpCommandException: 5.7.1 Relaying denied\n   at MailKit.Net.Smtp.SmtpClient.ProcessRcptToResponse()\n\nsmtp.log:\nC: RCPT TO:<sanne@kwekerij.example>\nS: 550 5.7.1 Relaying denied');
    expect(d.facts.replyCode).toBe(550);
    expect(d.facts.enhancedCode).toBe('5.7.1');
  });

  it("reads the command a WordPress plugin's transcript sent before the refusal (`smtp:DEBUG: send:`)", () => {
    const d = diagnose('smtp:DEBUG: send: MAIL FROM:<postmaster@sandbox1.mailgun.org>\nsmtp:DEBUG: rcv: 250 Sender address accepted\nsmtp:DEBUG: send: RCPT TO:<priya@members.example>\nsmtp:DEBUG: rcv: 421 Domain sandbox1.mailgun.org is not allowed to send: Free accounts are for test purposes only.');
    expect(d.facts.command).toBe('RCPT TO');
  });

  it("reads a Go slice's recipient (`to=[a@b]`), a host in parentheses (`(mx: host, ...)`) and a recipient named in French or Japanese chatter", () => {
    expect(diagnose('notify: sending alert to=[ops-pager@oncall.example] via smtp.mailgun.org:587\nnotify: send failed: 550 5.7.1 Relaying denied').facts.recipient).toBe('ops-pager@oncall.example');
    expect(diagnose('550 5.1.1 <j@bouw.example>: Recipient address rejected: User unknown\n(mx: mail.bouw.example, severity permanent)').facts.host).toBe('mail.bouw.example');
    expect(diagnose("Il envoie la facture à compta@atelier.example :\n550 5.7.1 Relaying denied").facts.recipient).toBe('compta@atelier.example');
    expect(diagnose('宛先は tanaka@mirai.example です。\nNet::SMTPFatalError: 550 5.7.1 Relaying denied').facts.recipient).toBe('tanaka@mirai.example');
  });

  it("quotes a JavaScript error print's details, not its bracket ('[Error: Forbidden] {')", () => {
    const d = diagnose("[Error: Forbidden] {\n  status: 403,\n  details: 'Domain sandbox1.mailgun.org is not allowed to send: Free accounts are for test purposes only.',\n  type: 'MailgunAPIError'\n}");
    expect(d.facts.serverMessage).toMatch(/^Domain sandbox1\.mailgun\.org is not allowed to send/);
    expect(diagnose("[Error: Unauthorized] {\n  status: 401,\n  details: 'Forbidden',\n  type: 'MailgunAPIError'\n}").facts.serverMessage).toBe('Unauthorized');
  });

  it.each([
    ['German', 'Die Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt werden:\n\nservice@portal.example\nDer Server hat die Nachricht nicht zugestellt.'],
    ['French', 'Votre message n\'a pas pu être remis aux destinataires ou groupes suivants :\n\nservice@portal.example'],
    ['a label', 'Zustellung fehlgeschlagen (permanent)\nEmpfänger: service@portal.example\nAntwort: 552 5.2.2 Mailbox full'],
  ])("reads the recipient of a localised report (%s)", (_language, paste) => {
    expect(diagnose(`${paste}\n550 5.7.1 Relaying denied`).facts.recipient).toBe('service@portal.example');
  });
});

describe('round 34: short pastes', () => {
  it.each([
    'Mailgun logs for mg.fernleaf.example:\nFailed: postmaster@mg.fernleaf.example → r@quarry.example Server response: 554 5.7.1 <r@quarry.example>: Relay access denied',
    'mailgun marks every send to one reseller as failed (permanent): "550 relay not permitted"',
    'only the M365 tenant recipients fail, mailgun shows Failed:\nj@tidemark.example  550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
  ])('a failure Mailgun is said to show is a delivery the recipient refused: %s', (paste) => {
    expect(diagnose(paste).scenario).toBe('recipient-host');
  });
  it('reads the status code of a quote cut short ("...5.7.1 Relaying denied"), not a dotted number\'s tail', () => {
    expect(diagnose('> ...5.7.1 Relaying denied').facts.enhancedCode).toBe('5.7.1');
    expect(diagnose('version 1.5.7.1 installed; 550 Relaying denied').facts.enhancedCode).toBeNull();
  });
  it('names a key-shaped value labelled "pass" in words a password', () => {
    expect(diagnose('(host smtp.mailgun.org, user postmaster@mg.t.example, pass 7f3c1e9a2b44d0c6e85a91b7d2f0e3c4-8a1b2c3d-4e5f6a7b)\n535 5.7.0 Mailgun is not loving your login or password').facts.secretKinds).toEqual(['password']);
    expect(diagnose('the key 7f3c1e9a2b44d0c6e85a91b7d2f0e3c4-8a1b2c3d-4e5f6a7b is in our config').facts.secretKinds).toEqual(['api-key']);
  });
});

describe("round 34: Mailgun's own data", () => {
  it('reads a legacy webhook body logged by an app (no label splitting inside URL-encoding)', () => {
    const d = diagnose('production.INFO: raw body: event=bounced&recipient=m%40casa.example&domain=mg.vendas.example&message-headers=%5B%5B%22To%22%2C+%22m%40casa.example%22%5D%2C+%5B%22From%22%2C+%22x%22%5D%2C+%5B%22Subject%22%2C+%22y%22%5D%5D&code=550&error=550+5.7.1+Unable+to+relay+for+m%40casa.example&timestamp=1709370862');
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.replyCode).toBe(550);
    expect(d.facts.serverMessage).toBe('550 5.7.1 Unable to relay for m@casa.example');
  });
  it("reads Mailgun's 607 as its own suppression, not a receiving server's spam block", () => {
    const d = diagnose('09/12/2023 10:02:39 AM\tDropped: hello@mg.box.example → p@gmail.com Not delivering to a user who marked your messages as spam Server response: 607');
    expect(d.kind).toBe('other');
    expect(d.facts.suppression).toBe('complaint');
  });
  it("reads the new logs panel's 'Event type' and 'Delivery message' with its status", () => {
    const d = diagnose('Event type          Failed\nSeverity            Permanent\nRecipient           s@outlook.example\nMX host             eur.olc.protection.outlook.com\nDelivery status     550 5.7.1\nDelivery message    Unfortunately, messages from [141.193.32.104] weren\'t sent. Part of their network is on our block list (S3150).');
    expect(d.facts.event).toBe('failed');
    expect(d.facts.serverMessage).toMatch(/^550 5\.7\.1 Unfortunately/);
    expect(d.kind).toBe('blocked');
  });
  it("takes a stored (routed) event of another address as no sign that this message was routed", () => {
    const stored = '{"items":[{"event":"stored","recipient":"sales@wren.example","flags":{"is-routed":true}}]}';
    const d = diagnose(`${stored}\nBut everyone who writes to hello@wren.example gets "550 5.7.1 Relaying denied" back; MX is mxa.mailgun.org, and hello@ never shows up in the events.`);
    expect(d.scenario).toBe('mailgun-incoming');
    const forward = diagnose('{"event":"failed","severity":"permanent","recipient":"laura@agency.example","flags":{"is-routed":true},"delivery-status":{"code":550,"message":"relay not permitted","mx-host":"mail.agency.example"}}');
    expect(forward.evidence.map((e) => e.rule)).toContain('A Route matched the message, so Mailgun had accepted it');
  });
  it("does not count 'nothing for X in Mailgun's logs' as the error seen there", () => {
    const d = diagnose("there is NOTHING for billing@ in Mailgun's logs at all:\n<billing@studio.example>: host mxa.mailgun.org[34.160.120.41] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)");
    expect(d.evidence.map((e) => e.rule)).not.toContain("The error was seen in Mailgun's logs or events");
    expect(d.scenario).toBe('mailgun-incoming');
  });
  it("neither takes a URL's ?event=failed for an event nor a masked Basic header for a password", () => {
    const d = diagnose("requests.exceptions.HTTPError: 401 Client Error: UNAUTHORIZED for url: https://api.eu.mailgun.net/v3/mg.n.example/events?event=failed&limit=300\nheaders: {'Authorization': 'Basic YXBpOioqKioqKioq'}");
    expect(d.facts.event).toBeNull();
    expect(d.facts.secretsFound).toBe(false);
    expect(diagnose("headers: {'Authorization': 'Basic YXBpOmtleS0zYXg2eG5qcDI5amQ2ZmRzNGdjMzczc2d2anh0ZW9sMA=='}").facts.secretsFound).toBe(true);
  });
  it("reads the Mailgun domain from a stored message's URL (/v3/domains/X/messages)", () => {
    expect(diagnose('"storage": {"url": "https://storage-us-east4.api.mailgun.net/v3/domains/marlowe.example/messages/BAAB"}\n550 5.7.1 Relaying denied').facts.mailgunDomain).toBe('marlowe.example');
  });
});

describe('round 35: reviews of the newest abilities', () => {
  it("reads Python's certificate hostname mismatch as a certificate error, not the person's guess of a relay refusal", () => {
    const d = diagnose("customer says they get 'relaying denied'\nssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'smtp.tidewater.example'. (_ssl.c:1006)");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('other');
  });
  it('reads a retyped logs panel whose "Delivery status" heads its Code and Message lines', () => {
    const d = diagnose('Failed · 28.11.2024, 16:02:11\nTo: s.volkova@sibtorg.example\nFrom: info@mg.dostavka.example\nSeverity: permanent    Reason: generic\nDelivery status\n  Code: 550\n  Message: 5.7.1 Unable to relay\n  MX host: mx.sibtorg.example');
    expect(d.facts.recipient).toBe('s.volkova@sibtorg.example');
    expect(d.facts.mxHost).toBe('mx.sibtorg.example');
  });
  it("answers the API's 401 before a rate limit the same paste mentions for another key", () => {
    const d = diagnose("$ curl -s --user 'api:YOUR_KEY' https://api.mailgun.net/v3/mg.oak.example/messages\nForbidden\n\nHTTP/1.1 401 Unauthorized\n\n(and with the other key they get \"HTTP 429 Too Many Requests\" after a few hundred)");
    expect(d.kind).toBe('api-auth');
  });
  it('sets aside a short line asking "relaying denied?" as the person\'s guess, keeping the rest of its line', () => {
    const guess = diagnose('event: failed\ndelivery-status.code: 550\ndelivery-status.message: 5.7.1 Unfortunately, messages from [159.135.140.88] weren\'t sent; part of their network is on our block list (S3150).\ndelivery-status.mx-host: hotmail-com.olc.protection.outlook.com\n\n5.7.1 again — relaying denied?');
    expect(guess.kind).toBe('blocked');
    expect(diagnose('getting relaying denied when emailing jane@corp.example, any idea?').scenario).toBe('undetermined');
    const host = diagnose("smtplib.SMTPAuthenticationError: (535, b'5.7.0 Mailgun is not loving your login or password')\nhost is smtp.eu.mailgun.org:587, they swear the password is right. relay denied?");
    expect(host.facts.region).toBe('eu');
  });
});

describe('round 36: pasted through Slack, and the long tail of mail systems', () => {
  it("sets aside our own earlier reply quoted above the person's new paste, to where the quote ends", () => {
    const d = diagnose([
      '> *relaydenied*  APP  3:12 PM',
      "> *Relaying denied, but I can't tell which server said it yet*",
      '> It can also come from Mailgun\'s inbound servers (mxa.mailgun.org / mxb.mailgun.org) when no Route matches the recipient.',
      "ok here's the full thing from production.log:",
      'Net::SMTPFatalError (550 5.7.1 Relaying denied',
      'config.action_mailer.smtp_settings = { address: "smtp.mailgun.org", port: 587 }',
    ].join('\n'));
    expect(d.facts.host).toBe('smtp.mailgun.org');
    expect(d.evidence.map((e) => e.rule)).not.toContain("Mailgun's inbound MX is named");
  });
  it("reads Slack's bold labels and a host in inline code", () => {
    const d = diagnose('*Failed* · permanent\n*To:* j.murphy@brightwater.example\n*Delivery status:* 550 5.7.1 Service unavailable, Client host [198.61.254.31] blocked using Spamhaus\n*MX host:* brightwater.mail.protection.outlook.com');
    expect(d.facts.recipient).toBe('j.murphy@brightwater.example');
    expect(d.facts.mxHost).toBe('brightwater.mail.protection.outlook.com');
    expect(diagnose(':warning: 552 5.2.2 Mailbox full for k.ito@sakura.example, mx-host `mx.sakura.example`').facts.host).toBe('mx.sakura.example');
  });
  it("keeps a quoted reply's backticks as its end: the chatter after it is not the server's words", () => {
    expect(diagnose("`550 5.7.1 Relaying denied` — didn't say where they see that").facts.serverMessage).toBe('550 5.7.1 Relaying denied');
  });
  it("reads a settings screen's relay host, a box left unticked, an MTA's 'sent: RCPT TO' and 'CMD:' lines", () => {
    const d = diagnose('they run hMailServer 5.6.8 (SMTP Relayer: smtp.mailgun.org, port 587). The "Server requires authentication" box is unticked. Every recipient now bounces:\n   Remote server (34.160.28.14) issued an error.\n   hMailServer sent: RCPT TO:<invoices@harbor.example>\n   Remote server replied: 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.mailgun.org');
    expect(d.facts.command).toBe('RCPT TO');
    expect(d.facts.authAttempted).toBe(false);
    const smartermail = diagnose('[77123] CMD: AUTH LOGIN\n[77123] RSP: 334 VXNlcm5hbWU6\n[77123] CMD: cG9zdG1hc3RlckBtZy5sYW50ZXJu\n[77123] RSP: 334 UGFzc3dvcmQ6\n[77123] CMD: Qm9va3NoZWxmLTIwMjQtUm90YXRl\n[77123] RSP: 535 5.7.0 Mailgun is not loving your login or password');
    expect(smartermail.facts.command).toBe('AUTH');
    expect(smartermail.facts.secretsFound).toBe(true);
  });
  it("finds the command of a session shown below a log's summary line, and a session without AUTH from its greeting", () => {
    const d = diagnose('[09:41:02] Sent: Recipient: <e@brenner.example>, Result: failed, Status: 5.7.1 Relaying denied\n\n[3120] {smtpc} >>> EHLO mail.steinbach.example\n[3120] {smtpc} >>> MAIL FROM:<v@steinbach.example>\n[3120] {smtpc} >>> RCPT TO:<e@brenner.example>\n[3120] {smtpc} <<< 550 5.7.1 Relaying denied');
    expect(d.facts.command).toBe('RCPT TO');
    expect(d.facts.authAttempted).toBe(false);
  });
  it("reads 'relay not granted' as a relay refusal, and a version number not as a status code", () => {
    expect(diagnose('the ticket says: 550 relay not granted').scenario).not.toBe('not-relaying-denied');
    expect(diagnose('after upgrading Dovecot to version 2.3.21 mails fail: 550 5.7.1 Relaying denied').facts.enhancedCode).toBe('5.7.1');
  });
});

describe('round 37: replies reviewed again, and other providers in depth', () => {
  it('does not take a route the person says was deleted for a route there is', () => {
    expect(diagnose('I deleted the old catch_all() route because it forwarded spam.\n<invoices@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied').facts.routes).toEqual([]);
    expect(diagnose('routes: match_recipient(".*@shop.example") and catch_all()\n550 5.7.1 Relaying denied').facts.routes).toEqual(['match_recipient(".*@shop.example")', 'catch_all()']);
  });
  it("reads a sasl_passwd entry for another host than the relayhost (the US host for an EU relayhost) as no login", () => {
    const d = diagnose('relayhost = [smtp.eu.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\n/etc/postfix/sasl_passwd:\n[smtp.mailgun.org]:587 postmaster@mg.k.example:secretpass\nstatus=bounced (host smtp.eu.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(false);
    expect(d.evidence.map((e) => e.rule)).toContain("Postfix's sasl_passwd key differs from its relayhost: no login is sent");
  });
  it("takes the host an Exim smarthost router delivered to as the sender's own relay", () => {
    const d = diagnose('2024-09-18 11:02:47 1sqr7H-0004aK-2J ** p@t-online.example R=smarthost T=remote_smtp_smarthost H=mailout.isp.example [192.0.2.61]: SMTP error from remote mail server after RCPT TO:<p@t-online.example>: 550 relay not permitted');
    expect(d.facts.senderRelay).toBe('mailout.isp.example');
    expect(d.scenario).not.toBe('recipient-host');
  });
  it("takes a refusal by another provider's relay (Google Workspace) for that relay's, not the recipient's server", () => {
    const d = diagnose('postfix/smtp[22817]: 9C1E43A0F12: to=<e@lieferant.example>, relay=smtp-relay.gmail.com[142.250.102.28]:587, status=bounced (host smtp-relay.gmail.com[142.250.102.28] said: 550-5.7.0 Mail relay denied [203.0.113.45]. Invalid credentials for relay for one of the domains in: erp.holzbau.example (in reply to MAIL FROM command))');
    expect(d.facts.provider).toBe('google-workspace');
    expect(d.scenario).toBe('undetermined');
    expect(diagnose('SMTPAddressFailedException: 550 5.7.1 Invalid credentials for relay [198.51.100.7]. The IP address you\'ve registered in your G Suite SMTP Relay service doesn\'t match').kind).not.toBe('auth-failure');
  });
  it("names FluentSMTP a WordPress plugin, and reads no API key in a URL scheme ('sendgrid+api://')", () => {
    expect(diagnose('FluentSMTP > Email Test: 550 5.7.1 Relaying denied').facts.client).toBe('wordpress');
    expect(diagnose('MAILER_BACKUP=sendgrid+api://%SENDGRID_KEY%@default\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
  });
});

describe("a second code review of the session's changes", () => {
  it.each(['How do I fix "5.7.1 Relaying denied"?', 'Why am I getting relay access denied?'])('keeps a question that is the only report of the error: %s', (paste) => {
    expect(diagnose(paste).scenario).toBe('undetermined');
  });
  it("reads Mailgun's suppression on a row sent from no-reply@, and a failure Mailgun shows after 'No idea why'", () => {
    expect(diagnose('Mailgun logs:\n2024-06-03 10:00:01  Failed  no-reply@shop.example -> bob@partner.example  605 Not delivering to previously bounced address').facts.suppression).toBe('bounce');
    expect(diagnose('No idea why Mailgun shows failed for every message to this client:\n550 5.7.1 Relaying denied for bob@partner.example').scenario).toBe('recipient-host');
  });
  it("reads a dedicated IP denied only just before it ('not on a dedicated IP'), not by a later 'isn't shared'", () => {
    const blocked = '\n554 5.7.1 Client host [198.51.100.7] blocked using zen.spamhaus.org';
    expect(diagnose(`We are on a dedicated IP and it isn't shared with anyone${blocked}`).facts.dedicatedIp).toBe(true);
    expect(diagnose(`We are not on a dedicated IP, we use the shared pool.${blocked}`).facts.dedicatedIp).toBe(false);
  });
  it("takes 'relay' for a configured host only as a label, not in words or Postfix's relay=", () => {
    const d = diagnose('Our old relay smtp.sendgrid.net worked fine.\nNow with Mailgun, host: smtp.mailgun.org port 587\n550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
  it("does not read a session without AUTH from Sendmail's transcript whose MAIL FROM carries AUTH=", () => {
    const d = diagnose('>>> EHLO app.example.com\n<<< 250-relay.example.com\n>>> MAIL From:<app@example.com> SIZE=1234 AUTH=app@example.com\n<<< 250 2.1.0 OK\n>>> RCPT To:<bob@partner.example>\n<<< 550 5.7.1 <bob@partner.example>... Relaying denied');
    expect(d.facts.authAttempted).not.toBe(false);
  });
  it("reads no DATA command from a cron job's 'CMD: data-sync', and no certificate error from a reverse-DNS 'hostname mismatch'", () => {
    expect(diagnose('[cron] CMD: data-sync --full\n550 5.7.1 Relaying denied').facts.command).toBeNull();
    expect(diagnose('550 5.7.1 Rejected: reverse DNS hostname mismatch for 203.0.113.5 (mail.example.com)').summary).not.toMatch(/certificate/i);
  });
  it('sets aside our own reply pasted back with curled quotes', () => {
    const d = diagnose('Relaying Denied, but the paste doesn\u2019t show which server refused it\n\nWhy I think so\n  - The server replied with a relay refusal: \u201c550 5.7.1 Relaying denied\u201d\n\nnew one: 552 5.2.2 Mailbox full for bob@partner.example');
    expect(d.kind).toBe('mailbox-full');
  });
  it("reads no status code in a capitalised 'Version 2.3.21'", () => {
    expect(diagnose('after upgrading to Version 2.3.21 mails fail: 550 5.7.1 Relaying denied').facts.enhancedCode).toBe('5.7.1');
  });
  it(".NET's UseDefaultCredentials = true followed by Credentials is a login", () => {
    expect(diagnose('client.UseDefaultCredentials = true;\nclient.Credentials = new NetworkCredential(user, pass);\n550 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });
});

describe('round 37: facts from the providers round and the reply review', () => {
  it("reads MailKit's '535: 5.7.139' reply code, Python's os.environ.get with a default, and SES's failed identities as the sender", () => {
    expect(diagnose('MailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.').facts.replyCode).toBe(535);
    expect(diagnose('EMAIL_HOST_USER = os.environ.get("MAILGUN_SMTP_LOGIN", "")\nsmtplib.SMTPRecipientsRefused: {\'a@b.example\': (550, b\'5.7.1 Relaying denied\')}').facts.loginFromEnv).toBe('os.environ.get("MAILGUN_SMTP_LOGIN", "")');
    const ses = diagnose('<postmaster@shop.example>: host email-smtp.eu-west-1.amazonaws.com said: 554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: sender@app.example');
    expect(ses.facts.recipient).toBe('postmaster@shop.example');
  });
  it("redacts the password of an Exim passwd.client line", () => {
    const d = diagnose('/etc/exim4/passwd.client:\nsmtp-mg.mailgun.org:postmaster@mg.shop.example:Sup3rS3cret!\n550 5.7.1 Relaying denied');
    expect(d.facts.secretKinds).toEqual(['password']);
    expect(JSON.stringify(d)).not.toContain('Sup3rS3cret');
  });
});

describe("other providers' own refusals", () => {
  it("reads Postmark's Sender Signature as its policy, and Brevo's unrecognised IP as its API refusing the key", () => {
    const postmark = diagnose("Postmark::InvalidMessageError\nAPI response body: {\"ErrorCode\":400,\"Message\":\"The 'From' address you supplied (billing@ledgerly.example) is not a Sender Signature on your account. Please add and confirm this address.\"}");
    expect([postmark.kind, postmark.facts.provider]).toEqual(['policy', 'postmark']);
    const brevo = diagnose('Mailer: Brevo\nError: [401] unauthorized\n{"code":"unauthorized","message":"We have detected you are using an unrecognised IP address 198.51.100.77. If you performed this action make sure to add the new IP address in this link: https://app.brevo.com/security/authorised_ips"}');
    expect([brevo.kind, brevo.facts.provider]).toEqual(['api-auth', 'brevo']);
  });
});

describe('an events page with a suppression and the bounce that caused it', () => {
  it("quotes the bounce's server reply, not the suppression's own words", () => {
    const page = JSON.stringify({ items: [
      { event: 'failed', severity: 'permanent', reason: 'suppress-bounce', recipient: 'm@gmail.example', 'delivery-status': { code: 605, message: 'Not delivering to previously bounced address' } },
      { event: 'failed', severity: 'permanent', reason: 'bounce', recipient: 'm@gmail.example', 'delivery-status': { code: 550, message: '5.1.1 The email account that you tried to reach does not exist.', 'mx-host': 'gmail-smtp-in.l.google.com' } },
    ] });
    const d = diagnose(page);
    expect(d.kind).toBe('unknown-user');
    expect(d.facts.serverMessage).toMatch(/^5\.1\.1 The email account/);
    expect(d.facts.suppression).toBe('bounce');
  });
});

describe('a login call commented out after the connection', () => {
  it('is no login (MailKit, smtplib)', () => {
    expect(diagnose('await client.ConnectAsync("smtp.mailgun.org", 587, SecureSocketOptions.StartTls);\n// await client.AuthenticateAsync(user, pass);\nawait client.SendAsync(message);\nMailKit.Net.Smtp.SmtpCommandException: 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
    expect(diagnose('await client.ConnectAsync("smtp.mailgun.org", 587, SecureSocketOptions.StartTls);\nawait client.AuthenticateAsync(user, pass);\nawait client.SendAsync(message);\nMailKit.Net.Smtp.SmtpCommandException: 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });
});

describe('round 38: an ordinary week, and the newest abilities under pressure', () => {
  it("sets aside a question reported in chatter ('asks if this means their relay is denied') beside the server's other error", () => {
    const d = diagnose('customer asks if this means their "relay is denied" because it\'s 5.7.1:\n"delivery-status": {"code": 554, "message": "5.7.1 Service unavailable; Client host [159.135.140.22] blocked using zen.spamhaus.org"},\n"event": "failed"');
    expect(d.kind).toBe('blocked');
    expect(diagnose('customer asks if this is the relaying denied thing').scenario).toBe('undetermined');
  });
  it('reads a tab-separated logs page: its To and From labels and a "Failed<TAB>Temporary" heading', () => {
    const d = diagnose('Failed\tTemporary\nMar 17, 2025 9:05:44 AM\nTo\thr@oldschool.example\nFrom\tPayroll <payroll@mg.payroll.example>\nMX host\tmail.oldschool.example\nCode\t552\nMessage\t5.2.2 <hr@oldschool.example>: Recipient address rejected: Mailbox full');
    expect(d.facts.severity).toBe('temporary');
    expect(d.facts.recipient).toBe('hr@oldschool.example');
    expect(d.facts.mailgunDomain).toBe('mg.payroll.example');
  });
  it('takes a "relaying denied?" line ending in a quote mark for the guess it is', () => {
    const d = diagnose('Kunde fragt im Ticket nur: "relaying denied?"\n552 5.2.2 <a@verlag.example>: Recipient address rejected: Mailbox full');
    expect(d.kind).toBe('mailbox-full');
  });
});

describe('round 39: the boundary of undetermined', () => {
  it("sets aside a mail signature at the end of the paste ('we send with Mailgun (smtp.mailgun.org)')", () => {
    const d = diagnose('> Since yesterday a few of our messages fail with:\n>     554 5.7.1 <ops@kettle.example>: Relay access denied\n> Thanks!\n> --\n> Jonah Reyes | Platform Engineering\n> We send all our notifications with Mailgun (smtp.mailgun.org)\n> fernhill.example · +1 555 0142');
    expect(d.facts.host).toBeNull();
    expect(d.scenario).not.toBe('mailgun-outgoing');
  });
  it("takes no AUTH LOGIN user name for a secret (only the password's line is one)", () => {
    const d = diagnose('S: 334 VXNlcm5hbWU6\nC: cG9zdG1hc3RlckBtZy50aGlzdGxlLmV4YW1wbGU=\nS: 334 UGFzc3dvcmQ6\nC: ********\nS: 235 2.7.0 Authentication successful');
    expect(d.facts.secretsFound).toBe(false);
  });
  it('quotes the server\'s words without the question typed after them', () => {
    expect(diagnose('535 5.7.0 Authentication failed, is that the relaying denied thing from your KB?').facts.serverMessage).toBe('535 5.7.0 Authentication failed,');
  });
  it('keeps a question that is the only report of the error, in any form', () => {
    expect(diagnose('is this the relaying denied thing again?').scenario).toBe('undetermined');
  });
});

describe("a third code review of the session's changes", () => {
  it("keeps a reported question that holds the error itself ('wondering why we get 550 5.7.1 Relaying denied')", () => {
    const d = diagnose('Wondering if anyone knows why we get 550 5.7.1 Relaying denied from smtp.mailgun.org\nOther messages: 250 2.0.0 OK');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
  it("reads no logs panel from a message trace's Failed, From and To, and an explicit Recipient beats a forwarded header's To", () => {
    expect(diagnose('Exchange message trace:\nFailed\nFrom\tnews@shop.example\nTo\tbob@partner.example\nDetails\t550 5.7.1 Unable to relay').facts.source).not.toBe('mailgun-log-page');
    const d = diagnose('From\tOps Lead <lead@corp.example>\nTo\tme@corp.example\nSubject\tFW: bounce\n\nFailed\tPermanent\nRecipient\tbob@partner.example\nMX host\tmx.partner.example\nDelivery status\t550 5.7.1 Relaying denied');
    expect(d.facts.recipient).toBe('bob@partner.example');
  });
  it("reads Brevo's 'unrecognised IP address' as its API's refusal only with the API's 401", () => {
    expect(diagnose('host smtp-relay.brevo.com[1.2.3.4] said: 525 5.7.1 Unrecognised IP address 198.51.100.7, authorise it in your account (in reply to MAIL FROM command)').kind).not.toBe('api-auth');
  });
  it("takes the bounce that caused a suppression from the same address only", () => {
    const page = JSON.stringify({ items: [
      { event: 'failed', severity: 'permanent', reason: 'suppress-bounce', recipient: 'ann@client.example', 'delivery-status': { code: 605, message: 'Not delivering to previously bounced address' } },
      { event: 'failed', severity: 'permanent', reason: 'bounce', recipient: 'zed@other.example', 'delivery-status': { code: 550, message: '5.1.1 user unknown' } },
    ] });
    expect(diagnose(page).facts.recipient).toBe('ann@client.example');
  });
  it("reads a person's bullet point, '* await client.AuthenticateAsync(...)', as a login, not a comment", () => {
    expect(diagnose('await client.ConnectAsync("smtp.mailgun.org", 587);\n* await client.AuthenticateAsync(user, pass);  <- added this\nawait client.SendAsync(m);\n550 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });
});

describe('rounds 40a and 40b: look-alikes, and replies that use the detail', () => {
  it("takes a sending subdomain's MX records (mg.) for Mailgun's setup, not for mail that came in", () => {
    const dns = 'mg.oakridge.example.  300  IN  MX   10 mxa.mailgun.org.\nmg.oakridge.example.  300  IN  MX   10 mxb.mailgun.org.';
    expect(diagnose(`customer wrote: "our emails are bouncing with 550 5.7.1 Relaying denied"\n${dns}`).scenario).toBe('undetermined');
    expect(diagnose(`<hello@mg.oakridge.example>:\nRemote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n${dns}`).scenario).toBe('mailgun-incoming');
  });
  it("reads a sasl_passwd entry whose login is a bare name (SendGrid's apikey), a web.config's defaultCredentials, a dedicated IP one 'had', and no reply code in '118,400'", () => {
    expect(diagnose('relayhost = [smtp.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\n/etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:SG.xxxxxxxx\nstatus=bounced (host smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))').facts.authAttempted).toBe(false);
    expect(diagnose('<network host="smtp.eu.mailgun.org" port="587" userName="postmaster@mg.x.example" password="p" defaultCredentials="true" />\nMailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
    expect(diagnose("We've had a dedicated IP (198.61.254.41) since March.\n554 5.7.1 Service unavailable; Client host [198.61.254.41] blocked using zen.spamhaus.org").facts.dedicatedIp).toBe(true);
    expect(diagnose('newsletter: 118,400 recipients, 119 batches\nMailgunAPIError: Too Many Requests\n  status: 429').facts.replyCode).not.toBe(400);
  });
});

describe("a person's line naming the relay phrase beside Mailgun's own record of the server's reply", () => {
  it("is their words: the record's block-list refusal is the error", () => {
    const d = diagnose('Another relaying denied from Mailgun I think, 5.7.1 again, customer asks whether they should re-enter their SMTP password:\n{"event": "failed", "severity": "permanent", "recipient": "a@hotmail.example", "delivery-status": {"code": 550, "message": "5.7.1 Unfortunately, messages from [198.51.100.7] weren\'t sent. Part of their network is on our block list (S3150).", "mx-host": "hotmail-com.olc.protection.outlook.com"}}');
    expect(d.kind).toBe('blocked');
  });
});

describe('a Route in the paste that forwards to the refused address', () => {
  it('makes the refusal the answer to that forward', () => {
    const d = diagnose('{"event": "failed", "severity": "permanent", "recipient": "helpdesk@tickets.oldvendor.example", "delivery-status": {"code": 554, "message": "5.7.1 <helpdesk@tickets.oldvendor.example>: Relay access denied", "mx-host": "mail.oldvendor.example"}}\nroutes:\n{"expression": "match_recipient(\\"support@inbound.app.example\\")", "actions": ["forward(\\"helpdesk@tickets.oldvendor.example\\")", "stop()"]}');
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.map((e) => e.rule)).toContain('A Route in the paste forwards to the refused address');
  });
});

describe('round 41b: long pastes', () => {
  it("reads no API key in a container image's tag ('registry.internal/api:2.41.5')", () => {
    expect(diagnose('Container image "registry.internal/api:2.41.5" already present on machine\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
    expect(diagnose("curl --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/mg.x.example/messages").facts.secretKinds).toEqual(['api-key']);
  });

  it("reads the API key in a URL's user ('http://api:KEY@api.mailgun.net') as an API key", () => {
    const facts = diagnose("AIRFLOW_CONN_MAILGUN_API='http://api:a1f4c8e2b7d94306e5f1a9c3b8d2e7f0-6d2e8a1b@api.mailgun.net'\n550 5.1.1 User unknown").facts;
    expect(facts.secretKinds).toEqual(['api-key']);
  });
});

describe('round 42: what people write around the paste, changes over time', () => {
  it("sets aside a code equated with a relay phrase and asked about ('5.7.1 = relaying denied right?') beside the server's own error", () => {
    const d = diagnose('5.7.1 = relaying denied right? event:\n"delivery-status": {"code": 550, "message": "5.7.1 Service unavailable, Client host [198.51.100.23] blocked using Spamhaus", "mx-host": "x-com.mail.protection.outlook.com"},\n"recipient": "buyer@x.example", "event": "failed", "severity": "permanent"');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
  });

  it("takes a logs row's details from under the row, not an API's answer above it ('Queued. Thank you.')", () => {
    const d = diagnose('app log: POST https://api.mailgun.net/v3/mg.x.example/messages -> 200 {"id":"<1.a@mg.x.example>","message":"Queued. Thank you."}\n\nMailgun logs page row:\n05/14/2024 09:30:14   Failed   Permanent   j.doe@partner.example   "Newsletter"\n  Server response: 554 5.7.1 <j.doe@partner.example>: Relay access denied\n  MX host: mail.partner.example');
    expect(d.facts.serverMessage).toBe('554 5.7.1 <j.doe@partner.example>: Relay access denied');
  });

  it("does not continue a reply onto the event's next field indented like it ('  mx-host: ...')", () => {
    const d = diagnose('Log de Mailgun:\n  failed   2024-05-14 12:44:09   poliza@broker.example   permanent\n  550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n  mx-host: broker-example.mail.protection.outlook.com');
    expect(d.facts.serverMessage).toBe('550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain');
  });

  it("sets aside an uncoded relay refusal under words that dismiss it ('Old error for reference, ignore it:')", () => {
    const d = diagnose("Update: the Relaying denied from smtp.mailgun.org is FIXED. Old error for reference, ignore it:\n  SMTP Error: The following recipients failed: info@cliente.example: Relaying denied\n\nNEW error:\nFailed   Permanent   m.rossi@agenzia.example\n550 5.1.1 <m.rossi@agenzia.example>: Recipient address rejected: User unknown in virtual mailbox table\nmx-host: mail.agenzia.example");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('unknown-user');
    expect(d.facts.recipients).toEqual(['m.rossi@agenzia.example']);
  });

  it("reads a Route typed out from the form ('Expression type: Match Recipient' / 'Recipient: ...') as a Route, not as the recipient", () => {
    const d = diagnose("Route they have (typed out):\n  Expression type: Match Recipient\n  Recipient: support@desk.example\n  Actions: forward(\"https://desk.example/inbound\")\n\nYour message to help@desk.example couldn't be delivered.\nReported error: 550 5.7.1 Relaying denied\nRemote server: mxb.mailgun.org");
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.recipient).toBe('help@desk.example');
    expect(d.facts.routes).toEqual(['match_recipient("support@desk.example")']);
  });

  it("takes the refusing host from Exim's delivery line, not from the arrival line's client (H= after '<=')", () => {
    const d = diagnose('2024-06-19 08:15:32 1sJpVg-0007Qx-2B <= noreply@w.example H=app01.int.w.example [10.20.0.14] P=esmtp S=18422\n2024-06-19 08:15:33 1sJpVg-0007Qx-2B ** lena@k.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [141.193.32.16] X=TLS1.3: SMTP error from remote mail server after RCPT TO:<lena@k.example>: 550 5.7.1 Relaying denied');
    expect(d.facts.host).toBe('smtp.eu.mailgun.org');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('reads an empty Routes or Events page ({"items":[],"total_count":0}) as no Mailgun event', () => {
    const d = diagnose('https://api.eu.mailgun.net/v3/routes returns {"items":[],"total_count":0}\n$ swaks --to a@in.x.example --server mxb.eu.mailgun.org\n -> RCPT TO:<a@in.x.example>\n<** 550 5.7.1 Relaying denied');
    expect(d.facts.source).not.toBe('mailgun-events-api');
    expect(d.facts.event).toBeNull();
  });

  it("answers undetermined when the ticket says the direction is not known ('whether it's our app sending or their customers writing in')", () => {
    const d = diagnose('Customer wrote:\n> we rotated our SMTP passwords, and our agency tidied up some of the Routes.\n> People are getting: 550 5.7.1 Relaying denied\n\nInternal note: asked them for the full bounce and whether it\'s\nour app sending or their customers writing in.');
    expect(d.scenario).toBe('undetermined');
  });
});

describe('round 42: facts from observability logs and timelines', () => {
  it("takes an event's dotted status fields over an alert's own 'Message:' above them", () => {
    const d = diagnose('Alert #20931  P3  OPEN\nMessage: Mailgun failed events spiking for mg.v.example\nDescription:\n    event:                           failed\n    severity:                        temporary\n    recipient:                       inkoop@t.example\n    delivery-status.code:            454\n    delivery-status.message:         4.7.1 <inkoop@t.example>: Relay access denied\n    delivery-status.mx-host:         mx.t.example');
    expect(d.facts.serverMessage).toBe('4.7.1 <inkoop@t.example>: Relay access denied');
  });

  it("reads a webhook's event-data wrapped by a logger (GCP's jsonPayload), not the logger's message", () => {
    const d = diagnose('{"insertId": "1q2w", "jsonPayload": {"message": "mailgun failed event", "event-data": {"event": "failed", "severity": "permanent", "recipient": "p@g.example", "delivery-status": {"code": 554, "message": "5.7.1 Service unavailable; Client host [198.61.254.21] blocked using zen.spamhaus.org", "mx-host": "mail.g.example"}}}, "severity": "WARNING"}');
    expect(d.facts.serverMessage).toContain('blocked using zen.spamhaus.org');
    expect(d.kind).toBe('blocked');
  });

  it("reads no reply code in a count ('Relaying denied — 412 occurrences')", () => {
    expect(diagnose('"Relaying denied" — 412 occurrences').facts.replyCode).toBeNull();
    expect(diagnose('550 5.7.1 Relaying denied').facts.replyCode).toBe(550);
  });

  it('reads the recipient from JSON-quoted FailedRecipient and finalRecipient fields', () => {
    expect(diagnose('customDimensions    {"FailedRecipient":"<m.h@c.example>","ProcessId":"4120"}\nMailbox unavailable. The server response was: 5.7.1 Unable to relay').facts.recipient).toBe('m.h@c.example');
    expect(diagnose('{"finalRecipient": "rfc822; orders@in.k.example", "diagnosticCode": "smtp; 550 5.7.1 Relaying denied", "remoteMta": "dns; mxa.eu.mailgun.org"}').facts.recipient).toBe('orders@in.k.example');
  });

  it("takes the host a monitor connected to ('connected_to:'), not the first MX it listed", () => {
    const d = diagnose('  mx_lookup:      r.example MX 10 mxa.mailgun.org, 10 mxb.mailgun.org\n  connected_to:   mxb.mailgun.org:25\n  rcpt_to:        probe@r.example\n  result:         550 5.7.1 Relaying denied');
    expect(d.facts.host).toBe('mxb.mailgun.org');
  });

  it("reads Go's 'smtp rcpt <addr>: 550' as an answer to RCPT TO, and an app's 'via host:587: 550' as the refusing host", () => {
    expect(diagnose('"error":"smtp rcpt <oncall@r.example>: 550 5.7.1 Relaying denied"').facts.command).toBe('RCPT TO');
    expect(diagnose('billing-svc: smtp send to ap@h.example via smtp.eu.mailgun.org:587: 550 5.7.1 Relaying denied').facts.host).toBe('smtp.eu.mailgun.org');
  });

  it('reads no recipient from a line that reports the mail delivered (250, status=sent)', () => {
    const d = diagnose('before the deploy:\n[notifier] info  sent welcome mail to k.obi@f.example response="250 Great success"\nafter the deploy:\n[notifier] error sendMail failed Error: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  rejected: [ \'j.alvarez@n.example\' ],');
    expect(d.facts.recipient).toBe('j.alvarez@n.example');
    expect(d.facts.recipients).toEqual(['j.alvarez@n.example']);
  });
});

describe("Go's %#v print of an event inside a log's JSON field", () => {
  it('reads the fields of "&events.Failed{Generic:events.Generic{...}, ...}"', () => {
    const d = diagnose('WARN\tfailed event\t{"domain": "mg.t.example", "event": "&events.Failed{Generic:events.Generic{Event:\\"failed\\", ID:\\"Kd1q\\"}, Envelope:events.Envelope{Sender:\\"bounce+3f1a.9c-a.ricci=f.example@mg.t.example\\", Targets:\\"a.ricci@f.example\\"}, Recipient:\\"a.ricci@f.example\\", DeliveryStatus:events.DeliveryStatus{Code:550, AttemptNo:1, Description:\\"\\", Message:\\"5.7.54 SMTP; Unable to relay recipient in non-accepted domain\\", EnhancedCode:\\"5.7.54\\", MxHost:\\"f-example.mail.protection.outlook.com\\"}, Severity:\\"permanent\\"}"}');
    expect(d.facts.recipient).toBe('a.ricci@f.example');
    expect(d.facts.replyCode).toBe(550);
    expect(d.facts.mxHost).toBe('f-example.mail.protection.outlook.com');
    expect(d.scenario).toBe('recipient-host');
  });
});

describe("a logs row retyped as 'Failed (permanent)'", () => {
  it('is a failed event of that severity, so the reply knows Mailgun accepted the message', () => {
    const d = diagnose('Mailgun EU logs for mg.a.example:\n\nFailed (permanent)  f.moreau@b.example  Oct 14 08:15:09\n554 Your access to this mail system has been rejected due to the sending MTA\'s poor reputation.\nmx-host: esa2.b.c3s2.iphmx.com');
    expect(d.facts.event).toBe('failed');
    expect(d.facts.severity).toBe('permanent');
    expect(d.facts.recipient).toBe('f.moreau@b.example');
  });
});

describe('review 43c: other paths beside the refusal', () => {
  it("does not count an API's 'Queued. Thank you.' against a refusal by Mailgun's SMTP host", () => {
    const d = diagnose('From the same server the API works:\n{"id":"<1.a@mg.c.example>","message":"Queued. Thank you."}\n…but WP Mail SMTP (Authentication OFF) fails:\nSERVER -> CLIENT: 220 smtp.mailgun.org ESMTP ready\nCLIENT -> SERVER: MAIL FROM:<wp@c.example>\nSERVER -> CLIENT: 250 Sender address accepted\nCLIENT -> SERVER: RCPT TO:<orders@c.example>\nSERVER -> CLIENT: 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it("leaves the direction open when the paste says it is not known, in German ('ob das beim Senden oder beim Empfangen war')", () => {
    const d = diagnose('das mit mxa.eu.mailgun.org vom Montag (Route hat gefehlt) ist erledigt.\n\nJetzt was Neues:\n  550 5.7.1 Relaying denied\n\nSie wissen nicht, ob das beim Senden oder beim Empfangen war.');
    expect(d.scenario).toBe('undetermined');
  });
});

describe('review 43c: facts beside other data', () => {
  it("reads an Events API page beside the API's answer to the send ('Queued. Thank you.' is not the server's message)", () => {
    const d = diagnose('POST https://api.mailgun.net/v3/mg.n.example/messages\n200 OK\n{"id":"<1.c@mg.n.example>","message":"Queued. Thank you."}\n\nand the event:\n\n{\n  "items": [\n    {\n      "event": "failed",\n      "severity": "permanent",\n      "recipient": "dispatch@h.example",\n      "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mail.h.example"}\n    }\n  ]\n}');
    expect(d.facts.serverMessage).toBe('5.7.1 Unable to relay');
    expect(d.facts.source).toBe('mailgun-events-api');
  });

  it("reads no refusing host from Exim's own rejection of a client (H= is the client there)", () => {
    const d = diagnose('2024-08-19 11:02:44 H=m228-12.mailgun.net [159.135.228.12] F=<bounce+8d@mg.b.example> rejected RCPT <j.huber@a.example>: relay not permitted');
    expect(d.facts.host).not.toBe('m228-12.mailgun.net');
  });

  it("reads a logs entry's indented 'Severity:' line and its arrowed recipient ('sender -> recipient')", () => {
    const d = diagnose('  Failed  2024-06-20 15:31:09  hello@p.example\n  Severity: permanent  Reason: bounce\n  550 5.7.1 Unable to relay\n  MX host: mail.p.example');
    expect(d.facts.recipient).toBe('hello@p.example');
    expect(d.facts.severity).toBe('permanent');
    expect(d.facts.serverMessage).toBe('550 5.7.1 Unable to relay');
    const arrowed = diagnose('Failed   Jun 12 10:04:33   postmaster@mg.c.example -> buyer@q.example   "Your order"\n         Server response: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\n         MX host: mx.q.example');
    expect(arrowed.facts.recipient).toBe('buyer@q.example');
  });
});

describe('facts.smtpPort', () => {
  it("reads the port used with Mailgun's SMTP host, named with the host or as a setting beside it", () => {
    expect(diagnose('dial smtp.mailgun.org:2525: 550 5.7.1 Relaying denied').facts.smtpPort).toBe(2525);
    expect(diagnose("host: 'smtp.eu.mailgun.org',\nport: 587,\n550 5.7.1 Relaying denied").facts.smtpPort).toBe(587);
    expect(diagnose('port: 2525\n550 5.7.1 Relaying denied').facts.smtpPort).toBeNull();
    expect(diagnose('smtp.mailgun.org:25250 550 5.7.1 Relaying denied').facts.smtpPort).toBeNull();    expect(diagnose('new SmtpClient("smtp.mailgun.org", 2525); 550 5.7.1 Relaying denied').facts.smtpPort).toBe(2525);
    // (a count after the host is no port: code review 5)
    expect(diagnose('we send via smtp.mailgun.org, 25 emails bounced this morning: 550 5.7.1 Relaying denied').facts.smtpPort).toBeNull();
  });
});

describe("Exim's 'authenticator failed' (review 43c)", () => {
  it('answers AUTH', () => {
    expect(diagnose('2024-09-17 07:30:02 1sqB7a-0004Qm-2K smarthost_login authenticator failed H=smtp.mailgun.org [34.160.12.48] 535 5.7.0 Mailgun is not loving your login or password').facts.command).toBe('AUTH');
  });
});

describe("a Route's webhook answering an HTTP error (review 43a)", () => {
  const event = '{"event": "failed", "severity": "temporary", "recipient": "https://hooks.o.example/mailgun/inbound", "flags": {"is-routed": true}, "delivery-status": {"code": 502, "message": "<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>nginx/1.24.0</center>\\r\\n</body>\\r\\n</html>"}}';
  it("is named as the endpoint's answer, and the web page's words are its message, without its tags", () => {
    const d = diagnose(event);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.evidence.map((e) => e.rule)).toContain("A Route's web address (your endpoint) answered with an HTTP error");
    expect(d.facts.serverMessage).not.toContain('<');
    expect(d.facts.serverMessage).toContain('502 Bad Gateway');
  });
});

describe('settings screens that show no login (review 44b)', () => {
  it.each([
    ['an unticked box', 'SMTP server: smtp.mailgun.org\n  SMTP authentication: ☐   (username/password fields greyed out)\n550 5.7.1 Relaying denied'],
    ['empty brackets', 'Use SMTP Authentication: [ ]\nSMTP server: smtp.mailgun.org\n550 5.7.1 Relaying denied'],
    ['a ticked Anonymous box', 'Server: mxa.eu.mailgun.org\n  Anonymous:         ☑\n550 5.7.1 Relaying denied'],
    ['a dotted leader to an empty user name', 'Notification E-Mail auth username ........ (empty)\nsmtp.mailgun.org: 550 5.7.1 Relaying denied'],
  ])('%s', (_name, paste) => {
    expect(diagnose(paste).facts.authAttempted).toBe(false);
  });
});

describe("Mailgun's disabled domain (review 44a)", () => {
  it('is named, not an unnamed 403', () => {
    const d = diagnose('requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.mailgun.net/v3/mg.h.example/messages\n>>> r.text\n\'{"message":"Domain mg.h.example is disabled"}\'');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.evidence.map((e) => e.rule)).toContain('Mailgun has disabled the sending domain or the account');
  });
});

describe('a relay phrase put on a ticket by mistake (review 44a)', () => {
  it('is no report of a relay refusal', () => {
    const d = diagnose('Tier 1 tagged the ticket "relaying denied" by mistake I think, there\'s no bounce at all.\n\nSubject: [Case 2024-0611-338] Phishing sent via your infrastructure');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(diagnose('The ticket was wrongly labelled as relaying denied.').scenario).toBe('not-relaying-denied');
    expect(diagnose('Tier 1 tagged the ticket "relaying denied".').scenario).toBe('undetermined');
  });

  it('reads no block list as the refusing host ("rejected by bl.spamcop.net")', () => {
    expect(diagnose('550 5.7.1 Mail from 209.61.151.88 refused, rejected by bl.spamcop.net - see http://www.spamcop.net/bl.shtml?209.61.151.88').facts.host).toBeNull();
  });
});

describe('facts the code review of session 8 found missing', () => {
  it("keeps the host after a URL's API key, and reads Postfix's and msmtp's ports", () => {
    const d = diagnose('curl -s https://api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0@api.eu.mailgun.net/v3/mg.example.com/events\nForbidden (401)');
    expect(d.kind).toBe('api-auth');
    expect(d.facts.region).toBe('eu');
    expect(d.facts.mailgunDomain).toBe('mg.example.com');
    expect(diagnose('relayhost = [smtp.mailgun.org]:2525\n550 5.7.1 Relaying denied').facts.smtpPort).toBe(2525);
    expect(diagnose('postfix/smtp[1]: relay=smtp.mailgun.org[34.1.2.3]:2525, status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied)').facts.smtpPort).toBe(2525);
    expect(diagnose('host smtp.mailgun.org\nport 2525\nmsmtp: 550 5.7.1 Relaying denied').facts.smtpPort).toBe(2525);
  });

  it("takes a 'Permanent Failure' row's details from under it, not the API's answer above it", () => {
    const d = diagnose('{"id": "<1.a@mg.x.example>", "message": "Queued. Thank you."}\nPermanent Failure\tbob@gmail.example\t550\tmx.gmail.example');
    expect(d.facts.serverMessage).not.toBe('Queued. Thank you.');
  });
});

describe('a device sending straight to the MX of its own receiving domain (review 44b)', () => {
  const paste = 'NVR, Setting > Network > Email:\n  SMTP Server:       mxa.eu.mailgun.org\n  Anonymous:         ☑\n  Mail Receiver 1:   nvr-alerts@alerts.h.example\n  [Test]  ->  "Test failed! 550 5.7.1 Relaying denied"\n\n$ dig +short MX alerts.h.example\n10 mxa.eu.mailgun.org.\n10 mxb.eu.mailgun.org.';
  it("reads the recipient from 'Mail Receiver 1:' and counts the MX lookup's Mailgun answer for the incoming side", () => {
    const d = diagnose(paste);
    expect(d.facts.recipient).toBe('nvr-alerts@alerts.h.example');
    expect(d.evidence.map((e) => e.rule)).toContain("The recipient domain's MX records, looked up in the paste, are Mailgun's");
  });
});

describe('applications that send mail from their own settings (review 44b)', () => {
  it.each([
    ['jenkins', 'Jenkins 2.440.3 - Manage Jenkins > System > E-mail Notification\nTest e-mail: Failed to send out e-mail\n550 5.7.1 Relaying denied'],
    ['home-assistant', 'ERROR (SyncWorker_3) [homeassistant.components.smtp.notify] Error sending email\nsmtplib.SMTPRecipientsRefused: {\'j@b.example\': (550, b\'5.7.1 Relaying denied\')}'],
    ['uptime-kuma', 'Uptime Kuma 1.23.11 (docker), Settings → Notifications → "SMTP (Email)" → Test:\nError: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied'],
  ])('names %s as the client, whose settings hold the login', (client, paste) => {
    expect(diagnose(paste).facts.client).toBe(client);
  });
});

describe('review 45: facts in people\'s words and other languages', () => {
  it('reads a reply code a person names beside the refusal ("Error 550: Relaying denied", "foutcode 550.")', () => {
    expect(diagnose('one of our clients keeps seeing "Error 550: Relaying denied. Please contact your administrator."').facts.replyCode).toBe(550);
    expect(diagnose('bij het verzenden krijgen ze een melding met "Relaying denied", foutcode 550. Meer weten ze niet.').facts.replyCode).toBe(550);
  });

  it("reads the recipient of a Turkish Exchange NDR ('Şu alıcılara veya gruplara teslim başarısız oldu:')", () => {
    const d = diagnose("Şu alıcılara veya gruplara teslim başarısız oldu:\n\ndestek@a.example\nUzak posta sunucusu bu iletiyi reddetti.\n\nYöneticiler için tanılama bilgileri:\n\ndestek@a.example\nmxb.eu.mailgun.org\nUzak Sunucu '550 5.7.1 Relaying denied' döndürdü");
    expect(d.facts.recipient).toBe('destek@a.example');
    expect(d.facts.source).toBe('bounce-email');
  });

  it('flags no secret for an empty or boolean setting ("password" => null,)', () => {
    expect(diagnose('"password" => null,\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
    expect(diagnose('password: false\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
    expect(diagnose('password: hunter2secret,\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(true);
  });
});

describe("a logs row retold with an arrow (review 46a)", () => {
  it("reads the recipient after 'Failed (permanent) →'", () => {
    expect(diagnose('Mailgun says: Failed (permanent) → d.f@gmail.example\n550 5.7.26 Unauthenticated email from x.example is not accepted due to domain\'s DMARC policy').facts.recipient).toBe('d.f@gmail.example');
  });
});

describe('review 46b: settings and routes', () => {
  it("reads a box left unticked before its label ('☐ SMTP Authentication')", () => {
    expect(diagnose('Kyocera > Address Book > SMTP:\n  SMTP Server Name: smtp.mailgun.org\n  ☐ SMTP Authentication\n  Login User Name: (greyed out)\nResult: 550 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
  });

  it("leaves out a route someone deleted, said in Spanish ('Ayer alguien borró la ruta catch_all()')", () => {
    expect(diagnose('Ayer alguien borró la ruta catch_all() "porque no se usaba". Ahora esto:\nhost mxa.mailgun.org said: 550 5.7.1 Relaying denied').facts.routes).toEqual([]);
  });

  it("reads a mail program's outgoing server setting as the sender's relay", () => {
    const d = diagnose("Outlook: Task 'praxis@d.example - Sending' reported error (0x800CCC79): 'The server responded: 550 5.7.1 Unable to relay'\nOutgoing server in her account settings: smtp.webhosting-nord.example, port 587");
    expect(d.facts.senderRelay ?? d.facts.host).toBe('smtp.webhosting-nord.example');
  });
});

describe('review 47c: short pastes', () => {
  it("reads a row of Mailgun's Bounces list as a delivery Mailgun tried", () => {
    expect(diagnose('Mailgun → Suppressions → Bounces shows this one, is it our fault?\nanna@f.example   554   5.7.1 <anna@f.example>: Relay access denied   Mon, 10 Jun 2024 07:41:09 UTC').scenario).toBe('recipient-host');
  });

  it("names PHPMailer by its own error strings ('SMTP Error: Could not authenticate.')", () => {
    expect(diagnose('SMTP Error: Could not authenticate.\nSMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password').facts.client).toBe('phpmailer');
  });
});

describe('review 47b: what is not the error', () => {
  it("sets aside a ticket's quoted title beside the server's own error, and reads no 'None' as the message", () => {
    const d = diagnose('anymail event: event_type=\'bounced\' recipient=\'ops@h.example\' description=None mta_response=\'554 5.7.1 <notifications@mg.q.example>: Sender address rejected: Access denied\'\nthey read "Access denied" + 5.7.1 and opened a ticket titled "Mailgun relay access denied to h.example"');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.facts.serverMessage).not.toBe('None');
  });

  it("sets aside a double-quoted ticket title that holds an apostrophe (code review 5)", () => {
    const d = diagnose('Tier 1 opened a ticket titled "Client\'s app: 550 Relaying denied from smtp.mailgun.org" but the app log they attached says:\nMailer Error: SMTP Error: data not accepted. 554 5.7.1 Message rejected because of spam content');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
  });

  it("flags no secret for a setting that names where a secret is kept ('envFromSecret: grafana-smtp')", () => {
    expect(diagnose('envFromSecret: grafana-smtp   # GF_SMTP_USER / GF_SMTP_PASSWORD\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
    expect(diagnose('client_secret: "abc123def456ghi789"\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(true);
  });

  it('still flags a password on the line after such a setting (code review 5)', () => {
    for (const setting of ['envFromSecret: smtp', 'secretName: smtp', 'existingSecret: mail']) {
      const d = diagnose(`${setting}\n  password: Hunter22x\n550 5.7.1 Relaying denied`);
      expect(d.facts.secretKinds).toEqual(['password']);
      expect(JSON.stringify(d.evidence)).not.toContain('Hunter22x');
    }
  });
});

describe("Mailgun's SMTP host greeting with its machine's name (review 48a)", () => {
  const SESSION = 'SERVER -> CLIENT: 220 smtp-out-n09.prod.us-east-1.postgun.com ESMTP ready\nCLIENT -> SERVER: MAIL FROM:<a@shop.example>\nSERVER -> CLIENT: 250 Sender address accepted\nCLIENT -> SERVER: RCPT TO:<b@c.example>\nSERVER -> CLIENT: 550 5.7.1 Relaying denied';

  it('is Mailgun\'s SMTP host when the client is set to smtp.mailgun.org', () => {
    const d = diagnose(`${SESSION}\nConfig: Host smtp.mailgun.org, Port 587, SMTPAuth = false`);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts).toMatchObject({ host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' });
  });

  it('is never named a host other than Mailgun\'s', () => {
    const d = diagnose(SESSION);
    expect(d.facts.hostRole).not.toBe('other');
    expect(d.evidence.map((e) => e.rule)).not.toContain('A non-Mailgun host gave the refusal');
  });
});

describe("an app's own error from the relay it is set to use (review 48b)", () => {
  const EXCEPTION = 'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay for claims@m.example\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)';
  const CONFIG = '<network host="exch-gw01.corp.h.example" port="25" defaultCredentials="false" enableSsl="false" />';

  it("names that relay, not a Mailgun host the words say it passes mail on to", () => {
    const d = diagnose(`Their .NET service sends through the internal Exchange box, which smarthosts to smtp.mailgun.org.\n${EXCEPTION}\n\nweb.config:\n${CONFIG}`);
    expect(d.facts).toMatchObject({ host: 'exch-gw01.corp.h.example', hostRole: 'other', senderRelay: 'exch-gw01.corp.h.example' });
    expect(d.scenario).not.toBe('mailgun-outgoing');
  });

  it('still answers Mailgun when the app is set to Mailgun itself', () => {
    const d = diagnose(`${EXCEPTION.replace('Unable to relay for claims@m.example', 'Relaying denied')}\n<network host="smtp.mailgun.org" port="587" defaultCredentials="false" />`);
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});

describe(".NET's UseDefaultCredentials set again after Credentials (review 48c)", () => {
  it('is no login sent: the later line undoes the credentials', () => {
    const d = diagnose('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied\nvar client = new SmtpClient("smtp.mailgun.org", 2525);\nclient.UseDefaultCredentials = true;\nclient.Credentials = new NetworkCredential("postmaster@mg.c.example", pw);\nclient.UseDefaultCredentials = true;   // "to fix the timeout"\nclient.Send(msg);');
    expect(d.facts.authAttempted).toBe(false);
  });

  it('is a login when Credentials come after the last one', () => {
    const d = diagnose('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied\nvar client = new SmtpClient("smtp.mailgun.org", 2525);\nclient.UseDefaultCredentials = true;\nclient.Credentials = new NetworkCredential("postmaster@mg.c.example", pw);\nclient.Send(msg);');
    expect(d.facts.authAttempted).not.toBe(false);
  });
});

describe('a reply code after a word ending in "port" (review 48a)', () => {
  it('reads 550 after "report:", still not a port number', () => {
    expect(diagnose('Reply from server when sending the quarterly report: 550 5.7.1 <ceo@h.example>... Relaying denied.').facts.replyCode).toBe(550);
    expect(diagnose('port 550 5.7.1').facts.replyCode).toBeNull();
  });
});

describe('facts.attempts (review 48c)', () => {
  it("counts an export's failed rows for the refused address, or takes the highest attempt-no", () => {
    const rows = [1, 2, 3].map((n) => `2024-11-19T07:${10 + n}:44Z,failed,temporary,generic,r.o@l.example,454,4.7.1 <r.o@l.example>: Relay access denied,mail.l.example,${n},600`);
    const d = diagnose(`timestamp,event,severity,reason,recipient,delivery-status.code,delivery-status.message,delivery-status.mx-host,delivery-status.attempt-no,delivery-status.retry-seconds\n${rows.join('\n')}`);
    expect(d.facts.attempts).toBe(3);
    expect(diagnose('{"event":"failed","severity":"temporary","recipient":"a@b.example","delivery-status":{"code":452,"message":"4.2.2 Mailbox full","attempt-no":6}}').facts.attempts).toBe(6);
    expect(diagnose('550 5.7.1 Relaying denied').facts.attempts).toBeNull();
  });

  it("reads Mailgun's own details after a logs row's server answer, apart from the server's words", () => {
    const d = diagnose("Temporary Failure   Nov 19 13:22   c.f@d.example\n  452 4.2.2 The recipient's mailbox is over its storage limit. (mx-host: mail.d.example, attempt 4, retrying in 3600s)");
    expect(d.facts).toMatchObject({ serverMessage: "452 4.2.2 The recipient's mailbox is over its storage limit.", mxHost: 'mail.d.example', attempts: 4 });
  });
});

describe("Outlook's send error (review 48b)", () => {
  it('is a mail program\'s error', () => {
    const d = diagnose("Task 'office@k.example - Sending' reported error (0x800CCC79) : 'Your outgoing (SMTP) e-mail server has reported an internal error.\n\nThe server responded: 550 5.7.1 Relaying denied'");
    expect(d.facts.source).toBe('mail-client');
    expect(d.scenario).toBe('undetermined');
  });
});

describe("a retyped logs-page entry whose header lines stand over a blank line (review 48b)", () => {
  it('reads its To: line as the recipient, and its heading as the event', () => {
    const d = diagnose('Failed    Jun 5, 2024 11:02:44 AM\nTo:       compras@c.example\nFrom:     nfe@mg.s.example\nSeverity: permanent\n\nDelivery status\n  Code:          550\n  Message:       5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n  MX host:       c-example.mail.protection.outlook.com\n  Attempt:       1');
    expect(d.facts).toMatchObject({ recipient: 'compras@c.example', event: 'failed', severity: 'permanent', mxHost: 'c-example.mail.protection.outlook.com' });
    expect(d.scenario).toBe('recipient-host');
  });

  it("takes no other entry's status lines above the blank line", () => {
    const d = diagnose('Failed · Permanent\nTo: one@a.example\n  Code: 550\n  Message: 5.1.1 no such user\n\nDelivery status\n  Code: 550\n  Message: 5.7.1 Relaying denied\n  MX host: mx.b.example');
    expect(d.facts.mxHost).toBe('mx.b.example');
    expect(d.facts.recipient).not.toBe('one@a.example');
  });
});

describe('facts.recipientMailMoved (review 48c)', () => {
  const EVENT = '{"event":"failed","severity":"permanent","recipient":"b@s.example","delivery-status":{"mx-host":"mail.s.example","code":550,"message":"550 relay not permitted"}}';
  it("is true when the paste says the recipient's mail moved", () => {
    expect(diagnose(`${EVENT}\nOwner says s.example told them "we changed email providers in October".`).facts.recipientMailMoved).toBe(true);
    expect(diagnose(`${EVENT}\nthe recipient moved to Microsoft 365 last week`).facts.recipientMailMoved).toBe(true);
    expect(diagnose(`${EVENT}\nTheir contact says they moved all their mail to Google Workspace a few weeks ago, but we're still bouncing:`).facts.recipientMailMoved).toBe(true);
    // (review 122c: "they changed hosting two weeks ago")
    expect(diagnose(`${EVENT}\nEl proveedor les contó que cambiaron de hosting hace dos semanas.`).facts.recipientMailMoved).toBe(true);
  });
  it("is false for the sender's move between sending providers, and for a question", () => {
    expect(diagnose(`${EVENT}\nwe moved from SendGrid to Mailgun last month`).facts.recipientMailMoved).toBe(false);
    expect(diagnose(`${EVENT}\ndid they change email providers?`).facts.recipientMailMoved).toBe(false);
    expect(diagnose(`${EVENT}\nnot sure if they switched mail servers`).facts.recipientMailMoved).toBe(false);
  });
  it('names the provider the mail moved to, when the words name it (review 120c)', () => {
    const movedTo = (said: string) => diagnose(`${EVENT}\n${said}`).facts.recipientMailMovedTo;
    expect(movedTo('the recipient moved to Microsoft 365 last week')).toBe('microsoft-365');
    expect(movedTo('田中設計さんは先月 Microsoft 365 に移行したらしいです。')).toBe('microsoft-365');
    expect(movedTo('they moved all their mail to Google Workspace a few weeks ago')).toBe('google-workspace');
    // (a move away names where it left, not where it went; a move with no provider named)
    expect(movedTo('they left their Microsoft 365 in May')).toBe(null);
    expect(movedTo('Owner says they changed email providers in October.')).toBe(null);
  });
});

describe("Postfix's reject line (review 48a)", () => {
  it("ends the server's message before the envelope it logs after it", () => {
    const d = diagnose('Nov 28 16:47:04 mx1.h.example postfix/smtpd[3391]: NOQUEUE: reject: RCPT from m228-5.mailgun.net[159.135.228.5]: 554 5.7.1 <d@h.example>: Relay access denied; from=<bounce+3f@mg.t.example> to=<d@h.example> proto=ESMTP helo=<m228-5.mailgun.net>');
    expect(d.facts.serverMessage).toBe('554 5.7.1 <d@h.example>: Relay access denied');
  });
});

describe("a multi-line reply's repeated codes (review 48c)", () => {
  it("are taken out of the server's message", () => {
    const d = diagnose('{"event":"failed","severity":"permanent","recipient":"m@n.example","delivery-status":{"mx-host":"aspmx.l.google.com","code":550,"message":"5.1.1 The email account that you tried to reach does not exist. Please try\\n5.1.1 double-checking the recipient\'s email address"}}');
    expect(d.facts.serverMessage).toBe("5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address");
  });
  it('keeps another code at a line start', () => {
    const d = diagnose('{"event":"failed","severity":"permanent","recipient":"m@n.example","delivery-status":{"mx-host":"mx.n.example","code":550,"message":"5.1.1 first part\\n5.7.1 another reply"}}');
    expect(d.facts.serverMessage).toContain('5.7.1 another reply');
  });
});

describe("Postfix's own dsn beside the server's words (review 48b)", () => {
  it("takes the enhanced code the server said, not Postfix's dsn=", () => {
    const d = diagnose('Jun  8 06:00:12 mailrelay postfix/smtp[4411]: A1B2C3D4E5: to=<a@o.example>, relay=smtp.mailgun.org[44.236.173.92]:587, delay=1.1, delays=0.01/0/1/0, dsn=4.7.0, status=deferred (SASL authentication failed; server smtp.mailgun.org[44.236.173.92] said: 535 5.7.0 Mailgun is not loving your login or password)');
    expect(d.facts.enhancedCode).toBe('5.7.0');
    expect(d.facts.replyCode).toBe(535);
  });
});

describe('code review 6', () => {
  it("takes out the codes repeated after an escaped line break (a Python bytes print)", () => {
    const d = diagnose('smtplib.SMTPRecipientsRefused: {\'a@b.example\': (550, b"5.1.1 The email account that you tried to reach does not exist. Please try\\n5.1.1 double-checking the recipient\'s email address")}');
    expect(d.facts.serverMessage).not.toContain('try 5.1.1');
  });

  it("reads no recipient's move in the sender's own ('We migrated our mail server ...')", () => {
    const d = diagnose('We migrated our mail server to a new VPS last weekend.\n{"event":"failed","severity":"permanent","recipient":"a@s.example","delivery-status":{"mx-host":"mail.s.example","code":550,"message":"5.7.1 Unable to relay"}}');
    expect(d.facts.recipientMailMoved).toBe(false);
    expect(diagnose('I guess the council moved to M365 last month.\n550 5.7.1 Unable to relay').facts.recipientMailMoved).toBe(true);
  });

  it('counts no attempts once a delivery succeeded, and one message\'s tries by its attempt-no', () => {
    const event = (type: string, n: number) => `{"event":"${type}","severity":"temporary","recipient":"a@p.example","delivery-status":{"mx-host":"mx.p.example","code":454,"message":"4.7.1 <a@p.example>: Relay access denied","attempt-no":${n}}}`;
    expect(diagnose(`{"items":[${event('delivered', 4)},${event('failed', 3)},${event('failed', 2)},${event('failed', 1)}]}`).facts.attempts).toBeNull();
    expect(diagnose(`{"items":[${event('failed', 1)},${event('failed', 1)},${event('failed', 1)}]}`).facts.attempts).toBe(1);
  });

  it("keeps an earlier refusal someone only thought was fixed, or beside a 'fixed IP'", () => {
    const error = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._formatError\nhost: 'smtp.mailgun.org'";
    expect(diagnose(`Yesterday our app got this and I thought I fixed it by turning on auth:\n${error}\nToday it's failing with relaying denied again.`).scenario).toBe('mailgun-outgoing');
    expect(diagnose(`Yesterday our app (on the office's fixed IP) got this:\n${error}\nToday it's failing with relaying denied again.`).scenario).toBe('mailgun-outgoing');
  });

  it("reads no relay from an XML config's commented-out <network host>", () => {
    const d = diagnose('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay\n<!-- <network host="exch-gw01.corp.example" port="25" /> -->\n<network host="smtp.mailgun.org" port="587" defaultCredentials="false" />');
    expect(d.facts.senderRelay).toBeNull();
  });
});

describe('review 49a/49b', () => {
  it('reads "This mail server does not relay for the domain" as a relay refusal', () => {
    const d = diagnose('{"event":"failed","severity":"permanent","recipient":"c@a.example","delivery-status":{"mx-host":"mx.a.example","code":550,"message":"550-5.7.1 This mail server does not relay for the domain a.example."}}');
    expect(d.scenario).toBe('recipient-host');
  });

  it("takes Python's bare SMTPRecipientsRefused, as Sentry shows it, for the library's own error, from the relay in EMAIL_HOST", () => {
    const d = diagnose("Their Django app hands everything to relay.int.n.example, a Postfix box that relays on to smtp.mailgun.org.\nSMTPRecipientsRefused\n{'j@t.example': (554, b'5.7.1 <j@t.example>: Relay access denied')}\nEMAIL_HOST = \"relay.int.n.example\"");
    expect(d.facts).toMatchObject({ source: 'client-exception', host: 'relay.int.n.example', senderRelay: 'relay.int.n.example' });
  });

  it("reads an appsettings.json block's mail host as the relay the app uses", () => {
    const d = diagnose('exch01 smart-hosts everything to smtp.mailgun.org.\nMailKit.Net.Smtp.SmtpCommandException: 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n"Smtp": {\n  "Host": "exch01.ad.b.example",\n  "Port": 25\n}');
    expect(d.facts.host).toBe('exch01.ad.b.example');
    expect(d.scenario).not.toBe('mailgun-outgoing');
  });

  it("does not take a Mailgun host named in words for an app whose host setting reads a variable", () => {
    const d = diagnose("org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\tat org.springframework.mail.javamail.JavaMailSenderImpl.send(JavaMailSenderImpl.java:323)\nspring.mail.host=${TENANT_SMTP_HOST}; some tenants use smtp.mailgun.org, others their own Exchange.");
    expect(d.facts.host).toBeNull();
    expect(d.scenario).toBe('undetermined');
  });

  it("sets aside a refusal from 'back in September', said fixed on the line under it, when today's report has no data", () => {
    const d = diagnose("Back in September their Postfix got this from Mailgun:\nSep 12 08:01:44 mail postfix/smtp[9921]: 3F1C2A0B77: to=<o@p.example>, relay=smtp.mailgun.org[34.224.137.116]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.224.137.116] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nWe fixed it (smtp_sasl_auth_enable = yes was missing) and it's been fine since.\n\nToday they wrote: \"some of our emails are bouncing with relaying denied again\". Nothing attached yet.");
    expect(d.scenario).toBe('undetermined');
  });

  it("reads Python requests' '401 Client Error: UNAUTHORIZED' as a rejected API key", () => {
    expect(diagnose('requests.exceptions.HTTPError: 401 Client Error: UNAUTHORIZED for url: https://api.mailgun.net/v3/mg.x.example/messages').kind).toBe('api-auth');
  });

  it("takes no greeting banner for the refusal ('220-... Unauthorized relaying is prohibited.')", () => {
    const d = diagnose('220-mail.r.example ESMTP Exim 4.96.2\n220-and/or bulk e-mail. Unauthorized relaying is prohibited.\n220 No relaying for domains not hosted here.\nMAIL FROM:<a@mg.v.example>\n250 OK\nRCPT TO:<d@r.example>\n550 No Such User Here');
    expect(d.facts.serverMessage).toBe('550 No Such User Here');
    expect(d.kind).toBe('unknown-user');
  });

  it("reads no empty login setting in a sentence that ends with 'user:'", () => {
    expect(diagnose('Priya: bounce from a Yahoo user:\nRemote host said: 550 5.7.1 Relaying denied').facts.authAttempted).toBeNull();
    expect(diagnose('MAIL_USERNAME=\n550 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
  });
});

describe('review 49a/49b: facts', () => {
  it("reads no Routes or inbound mail in an account's inventory", () => {
    const d = diagnose('Body: since this morning we get "550 5.7.1 Relaying denied" on some of our emails.\nno logs, account has 3 domains (two sending, one receiving with routes).');
    expect(d.scenario).toBe('undetermined');
  });

  it("reads the recipient of a device's 'Dest. :' line and of Outlook's 'recipient(s) cannot be reached' list", () => {
    expect(diagnose('Transmission Result : NG\nDest. : lager@p.example\nError Code : 550\n5.7.1 Relaying denied').facts.recipient).toBe('lager@p.example');
    expect(diagnose("The following recipient(s) cannot be reached:\n\n      'r.l@s.example' on 19.11.2024 10:22\n            550 5.7.1 Relaying denied").facts.recipient).toBe('r.l@s.example');
  });

  it("reads more ways of saying the recipient's mail moved", () => {
    expect(diagnose('Skargard moved their email from their old web host to Microsoft 365 a couple of weeks ago.\n550 5.7.1 Relay access denied').facts.recipientMailMoved).toBe(true);
    expect(diagnose('Corvid Accounting left Microsoft 365 for Google Workspace in October.\n550 5.7.54 Unable to relay').facts.recipientMailMoved).toBe(true);
  });
});

describe('facts.region (review 49c)', () => {
  it("reads an 'EU customer' as the EU region", () => {
    expect(diagnose('EU customer (mg.a.example) asking why this keeps retrying: 454 4.7.1 Relay access denied').facts.region).toBe('eu');
  });
});

describe('code review 7', () => {
  const UNABLE = '\nMailgun logs: failed, mx-host mail.c.example: 550 5.7.1 Unable to relay for jane@c.example';
  it("reads 'our client moved their email' as the recipient's move, and 'Gmail moved the email to spam' as none", () => {
    expect(diagnose(`Our client moved their email to Google Workspace on Monday.${UNABLE}`).facts.recipientMailMoved).toBe(true);
    expect(diagnose(`Gmail moved the email to spam last week.${UNABLE}`).facts.recipientMailMoved).toBe(false);
  });

  it("keeps the US region of smtp.mailgun.org beside mail to 'one EU customer'", () => {
    expect(diagnose('Our Laravel app sends through smtp.mailgun.org:587. Since the last deploy, mail to one EU customer fails: 550 5.7.1 Relaying denied').facts.region).toBe('us');
  });

  it('keeps a one-line transcript that opens with the greeting, and reads the refusal\'s own enhanced code', () => {
    const d = diagnose('220 mail.a.example ESMTP Postfix EHLO web01 250-mail.a.example MAIL FROM:<x@y.example> 250 2.1.0 Ok RCPT TO:<jane@a.example> 554 5.7.1 <jane@a.example>: Relay access denied');
    expect(d.facts.replyCode).toBe(554);
    expect(d.facts.enhancedCode).toBe('5.7.1');
  });

  it("keeps an earlier refusal that was not fixed ('we haven't fixed it yet'), and reads no month in 'back in junk'", () => {
    const notFixed = diagnose('Last week a customer forwarded this bounce:\n550 5.7.1 Relaying denied (mxa.mailgun.org)\nWe haven\'t fixed it yet, still looking.\nToday another customer says they get relaying denied too.');
    expect(notFixed.scenario).toBe('mailgun-incoming');
    const junk = diagnose('Today deferred with: 421 4.7.28 Gmail has detected an unusual rate of unsolicited mail\nThe copy to our office address, which used to land back in junk, bounces with:\n550 5.7.1 Relaying denied');
    expect(junk.scenario).not.toBe('not-relaying-denied');
  });

  it('counts the failures after an older delivery, and none after a later one', () => {
    const rows = ['2024-05-10 10:40:12', '2024-05-10 10:20:03', '2024-05-10 10:05:41', '2024-05-10 10:00:02'].map((t) => `${t},failed,jane@a.example,temporary,454 4.7.1 <jane@a.example>: Relay access denied`);
    expect(diagnose(`timestamp,event,recipient,severity,message\n${rows.join('\n')}\n2024-05-03 09:12:55,delivered,jane@a.example,,250 2.0.0 OK`).facts.attempts).toBe(4);
    expect(diagnose(`timestamp,event,recipient,severity,message\n2024-05-11 09:12:55,delivered,jane@a.example,,250 2.0.0 OK\n${rows.join('\n')}`).facts.attempts).toBeNull();
  });

  it("joins no ini lines of a delivery report ('user=' over 'pass=')", () => {
    const d = diagnose('Diagnostic-Code: smtp; 550 5.7.1 Relaying denied\n[smtp]\nhost=smtp.mailgun.org\nuser=\npass=\n');
    expect(d.facts.authAttempted).toBe(false);
  });

  it('takes no os.environ for a relay host, and reads no empty login when its value is on the next line', () => {
    expect(diagnose("EMAIL_HOST = os.environ[\"EMAIL_HOST\"]\nSMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}").facts.senderRelay).toBeNull();
    expect(diagnose('Username:\n  postmaster@mg.ourshop.example\n550 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });
});

describe('review 50a', () => {
  it("takes a Spring config's ${MAIL_HOST} for an unknown host, not for Laravel, and another server's wording away from Mailgun", () => {
    const d = diagnose('spring:\n  mail:\n    host: ${MAIL_HOST}\n    properties:\n      mail.smtp.auth: false\norg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Unable to relay for b@s.example\n\tat org.springframework.mail.javamail.JavaMailSenderImpl.send(JavaMailSenderImpl.java:357)\nFrom is noreply@mg.c.example, their Mailgun sending domain.');
    expect(d.facts.client).not.toBe('laravel');
    expect(d.scenario).not.toBe('mailgun-outgoing');
  });

  it("sets aside a refusal from 'back in September' when the same line says 'we get this instead'", () => {
    const d = diagnose("Back in September we got \"550 5.7.1 Relaying denied\" from smtp.mailgun.org and we fixed it. Since we rotated the SMTP password yesterday we get this instead:\n\nError: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)");
    expect(d.kind).toBe('auth-failure');
  });

  it("reads a probe of one's own inbound domain, straight to Mailgun's MX, as the receiving side", () => {
    const d = diagnose('A health check sends a test mail straight to their own inbound domain. Started failing after they deleted the old catch-all route.\nwith smtplib.SMTP("mxa.eu.mailgun.org", 25) as s:\n    s.send_message(msg)\nsmtplib.SMTPRecipientsRefused: {\'probe@in.g.example\': (550, b\'5.7.1 Relaying denied\')}');
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it('takes the host a refusal names as its own ("mail.n.example does not relay for ...")', () => {
    expect(diagnose('550 5.7.1 mail.n.example does not relay for j@n.example').facts.host).toBe('mail.n.example');
  });
});

describe('the row of the address a person asks about (review 50b)', () => {
  it("reads the failure of the address named in the words, of many rows", () => {
    const rows = [
      '2025-03-01T00:04:36Z,failed,temporary,generic,hugo@m.example,421,4.7.0,[TSS04] Messages from 1.2.3.4 temporarily deferred,mta6.am0.yahoodns.net',
      '2025-03-02T10:00:00Z,failed,permanent,generic,other@x.example,553,5.7.1,sorry that domain is not in my list of allowed rcpthosts,mail.x.example',
      '2025-03-12T18:20:45Z,failed,permanent,bounce,r.olsen@f.example,552,5.2.2,5.2.2 The recipient\'s inbox is out of storage space.,aspmx.l.google.com',
    ];
    const d = diagnose(`One of their own staff, r.olsen@f.example, stopped receiving order confirmations. The row for r.olsen is in there somewhere:\ntimestamp,event,severity,reason,recipient,code,enhanced,message,mx_host\n${rows.join('\n')}`);
    expect(d.facts).toMatchObject({ recipient: 'r.olsen@f.example', replyCode: 552, host: 'aspmx.l.google.com' });
  });
});

describe("a guess among others (review 50b)", () => {
  it("reads no unauthenticated session in 'could be their app not authenticating, or ...'", () => {
    const d = diagnose('customer: "550 5.7.1 Relaying denied"\nteammate: could be their app not authenticating, or someone mailing into their routes, or a recipient server refusing. can\'t tell from that');
    expect(d.facts.authAttempted).toBeNull();
    expect(d.scenario).not.toBe('mailgun-outgoing');
  });
});

describe('review 51b: short pastes in other languages', () => {
  it("reads 'usa smtp.mailgun.org' as the host the app is set to", () => {
    const d = diagnose('El cliente usa Laravel, usa smtp.mailgun.org:2525 y recibe: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
  it("reads 'o MX do domínio aponta pro Mailgun' as the MX pointing to Mailgun", () => {
    const d = diagnose('Quem manda e-mail pra contato@loja.example recebe de volta "550 5.7.1 Relaying denied". O MX do domínio aponta pro Mailgun.');
    expect(d.evidence.map((e) => e.rule)).toContain("The domain's MX records point to Mailgun");
  });
  it("reads 'Mailgun zeigt beim Event „failed“' as a failure Mailgun logged", () => {
    const d = diagnose('Mailgun zeigt beim Event „failed“: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain');
    expect(d.scenario).toBe('recipient-host');
  });
});

describe('review 51c', () => {
  it("reads Anymail's '401 (Unauthorized)' as a rejected API key", () => {
    expect(diagnose("anymail.exceptions.AnymailRequestsAPIError: Mailgun API response 401 (Unauthorized): 'Forbidden'").kind).toBe('api-auth');
  });
  it("reads '(US, dedicated IP)' as a dedicated IP", () => {
    expect(diagnose('Customer (US, dedicated IP) asks why: 554 5.7.1 Service unavailable; Client host [159.135.224.18] blocked using zen.spamhaus.org').facts.dedicatedIp).toBe(true);
  });
  it("decodes a form-encoded webhook's line breaks in the server's message", () => {
    const d = diagnose('event=bounced&recipient=a%40b.example&code=550&error=5.1.1+The+email+account+that+you+tried+to+reach+does+not+exist.+Please+try%0D%0A5.1.1+double-checking+the+recipient');
    expect(d.facts.serverMessage ?? '').not.toContain('%0D%0A');
  });
  it("reads 'moved email to Google' as the recipient's move", () => {
    expect(diagnose('The carrier told them they "moved email to Google last week".\n550 relay not permitted').facts.recipientMailMoved).toBe(true);
  });
});

describe('code review 8', () => {
  it("takes the refusal from the row asked about, not another row's relay refusal", () => {
    const d = diagnose("One of their own staff, r.olsen@f.example, stopped receiving mail:\ntimestamp,event,severity,reason,recipient,code,enhanced,message,mx_host\n2025-03-02T10:00:00Z,failed,permanent,generic,other@x.example,554,5.7.1,<other@x.example>: Relay access denied,mail.x.example\n2025-03-12T18:20:45Z,failed,permanent,bounce,r.olsen@f.example,552,5.2.2,5.2.2 The recipient's inbox is out of storage space.,aspmx.l.google.com");
    expect(d.facts).toMatchObject({ recipient: 'r.olsen@f.example', host: 'aspmx.l.google.com', replyCode: 552 });
  });
  it("reads no receiving test in an app that sends through the MX beside 'we set up the inbound domain'", () => {
    const d = diagnose("EMAIL_HOST = 'mxa.mailgun.org'\nEMAIL_HOST_USER = ''\nSMTPRecipientsRefused: {'new.user@gmail.com': (550, b'5.7.1 Relaying denied')}\nWe set up the inbound domain last week too, not sure if that's related.");
    expect(d.scenario).toBe('mailgun-outgoing');
  });
  it("reads no EU region in mail 'to an EU customer'", () => {
    expect(diagnose('Order confirmations to an EU customer bounce: 550 5.7.1 Relaying denied').facts.region).toBeNull();
  });
  it('decides by time when both times are known: an older delivery leaves later failures counted', () => {
    const event = (type: string, ts: number, n: number) => `{"event":"${type}","timestamp":${ts},"recipient":"a@b.example","delivery-status":{"code":${type === 'delivered' ? 250 : 451},"message":"${type === 'delivered' ? 'OK' : '4.7.1 <a@b.example>: Relay access denied'}","attempt-no":${n},"mx-host":"mx.b.example"}}`;
    expect(diagnose(`{"items":[${event('delivered', 100, 5)},${event('failed', 200, 1)},${event('failed', 300, 2)},${event('failed', 400, 3)},${event('failed', 500, 4)}]}`).facts.attempts).toBe(4);
  });
  it("reads 'our biggest client migrated' as the recipient's move", () => {
    expect(diagnose('Our biggest client migrated to Microsoft 365 last week.\n550 5.7.1 Unable to relay').facts.recipientMailMoved).toBe(true);
  });
});

describe('code review 9', () => {
  it('counts no denied or doubted MX pointing to Mailgun, in any language', () => {
    for (const words of ['El MX no apunta a Mailgun.', "The MX doesn't point to Mailgun.", 'Não sei se o MX ainda aponta para o Mailgun.']) {
      expect(diagnose(`${words}\n550 5.7.1 Relaying denied`).evidence.map((e) => e.rule)).not.toContain("The domain's MX records point to Mailgun");
    }
  });
  it("reads no failure in 'Mailgun zeigt keinen Eintrag mit failed'", () => {
    expect(diagnose('Mailgun zeigt keinen Eintrag mit failed, die Logs sind leer.\n550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });
  it("reads no dedicated IP in 'dedicated IP: none'", () => {
    expect(diagnose('Account: US region, dedicated IP: none, we are on the shared pool.\n550 5.7.1 Service unavailable; Client host [1.2.3.4] blocked using zen.spamhaus.org').facts.dedicatedIp).toBe(false);
  });
});

describe('review 52a/52b', () => {
  it("reads no Mailgun log failure in the support person's question", () => {
    expect(diagnose("550 5.7.1 Relaying denied\nHappy to help, where exactly do you see that error? In your app's logs, in the Mailgun logs, or in a bounce someone sent you?").scenario).toBe('undetermined');
  });
  it("reads Symfony's 'Forbidden (code 401)' as a rejected API key", () => {
    expect(diagnose('production.ERROR: Unable to send an email: Forbidden (code 401). {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\HttpTransportException(code: 401)"}').kind).toBe('api-auth');
  });
});

describe('code review 10', () => {
  it("counts no MX denied, doubted or gone in English ('don't point', 'not sure if', 'no longer points')", () => {
    for (const words of ["Our MX records don't point to Mailgun (they're Google's).", 'Not sure if the MX points to Mailgun.', "I don't know if our MX records point to Mailgun.", 'The MX no longer points to Mailgun.']) {
      expect(diagnose(`${words}\n550 5.7.1 Relaying denied`).evidence.map((e) => e.rule)).not.toContain("The domain's MX records point to Mailgun");
    }
    expect(diagnose('our MX records are on Mailgun: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-incoming');
  });
  it("reads 'did Mailgun log it as failed?' as a question, and a failure reported before a comma's question as a failure", () => {
    expect(diagnose('550 5.7.1 Relaying denied\nDid Mailgun log it as failed? Haven\'t checked the logs yet.').evidence.map((e) => e.rule)).not.toContain("A failure seen in Mailgun's logs");
    expect(diagnose("In the Mailgun dashboard it's marked failed with 'Relay access denied' for all hotmail recipients, why would that happen?").scenario).toBe('recipient-host');
    expect(diagnose('Mailgun zeigt, dass die Mail nicht zugestellt wurde, Status failed: 550 5.7.1 Relay access denied').scenario).toBe('recipient-host');
  });
  it("reads ', dedicated IP 198.51.100.7,' as a dedicated IP, not 'dedicated IP: none'", () => {
    expect(diagnose('account Scale tier, dedicated IP 198.51.100.7, US region: 554 blocked using zen.spamhaus.org').facts.dedicatedIp).toBe(true);
  });
});

describe('code review 11', () => {
  it("reads no failure where Mailgun is said to show none, in German or Spanish", () => {
    expect(diagnose('Mailgun zeigt bei dieser Adresse keinen Eintrag mit failed, aber der Kunde bekommt 550 5.7.1 Relaying denied.').scenario).toBe('undetermined');
    expect(diagnose('En los logs, Mailgun muestra que no hay ningún evento failed, pero el cliente recibe 550 5.7.1 Relaying denied.').scenario).toBe('undetermined');
  });
  it("reads a dedicated IP only where the paste says there is one", () => {
    expect(diagnose('Account: Foundation (shared pool, dedicated IP not included). 554 blocked using Spamhaus').facts.dedicatedIp).toBe(false);
    expect(diagnose('We are on shared IPs, dedicated IP is too expensive for us. 554 blocked using Spamhaus').facts.dedicatedIp).toBe(false);
  });
  it("reads 'non-prod' as no denial of the MX", () => {
    expect(diagnose('550 5.7.1 Relaying denied. The MX records for our non-prod domain example.com point to Mailgun.').scenario).toBe('mailgun-incoming');
  });
});

describe('code review 12', () => {
  it("reads no MX across a sentence's end ('MX records are with Google Workspace. Mailgun is ...')", () => {
    expect(diagnose('550 5.7.1 Relaying denied\nOur MX records are with Google Workspace. Mailgun is what our website uses.').scenario).toBe('undetermined');
  });
  it("reads a negatively worded failure in Mailgun's logs, in Portuguese, Spanish and French", () => {
    expect(diagnose('550 5.7.1 Relaying denied. O Mailgun mostra no log o evento failed.').scenario).toBe('recipient-host');
    expect(diagnose('Mailgun muestra que el correo no fue entregado: failed. 550 5.7.1 Relay access denied').scenario).toBe('recipient-host');
  });
  it("reads ', dedicated IP' closing a list as nothing (code review 13: a tag list or a wish reads the same)", () => {
    expect(diagnose('Tags: spamhaus, blocklist, dedicated IP\n554 blocked using zen.spamhaus.org').facts.dedicatedIp).toBe(false);
    expect(diagnose('Acme is on Scale, dedicated IP 198.51.100.7.\n554 blocked using zen.spamhaus.org').facts.dedicatedIp).toBe(true);
  });
});

describe('code review 13', () => {
  it("reads 'não há eventos failed' and 'pas d'événement failed' as no failure in Mailgun's logs", () => {
    expect(diagnose('550 5.7.1 Relaying denied. O Mailgun mostra que não há eventos failed para esse destinatário.').scenario).toBe('undetermined');
    expect(diagnose("Mailgun affiche pas d'événement failed pour ce destinataire. 550 5.7.1 Relaying denied").scenario).toBe('undetermined');
  });
  it("reads the noun 'plan' as no plan, and a wish as no dedicated IP", () => {
    expect(diagnose('Customer: Acme Ltd (Scale plan, dedicated IP) sees 554 blocked using zen.spamhaus.org').facts.dedicatedIp).toBe(true);
    expect(diagnose('Customer is interested in upgrading: Scale, dedicated IP.\n554 blocked using zen.spamhaus.org').facts.dedicatedIp).toBe(false);
  });
});

describe('review 54a', () => {
  it("reads Rails' authentication: nil beside a user_name as no sign of a missing login (Net::SMTP defaults to PLAIN)", () => {
    const d = diagnose("Net::SMTPFatalError (550 5.7.1 Relaying denied)\nconfig.action_mailer.smtp_settings = { address: 'smtp.mailgun.org', port: 587, authentication: nil, user_name: ENV['MAILGUN_SMTP_LOGIN'] }");
    expect(d.evidence.map((e) => e.excerpt)).not.toContain('authentication: nil,');
    expect(d.facts.loginFromEnv).toContain('MAILGUN_SMTP_LOGIN');
    expect(diagnose("550 5.7.1 Relaying denied\nauthentication: nil").facts.authAttempted).toBe(false);
  });
});

describe('code review 14', () => {
  it("reads Rails' user_name: nil beside authentication: nil as no login", () => {
    expect(diagnose("config.action_mailer.smtp_settings = { address: 'smtp.mailgun.org', user_name: nil, authentication: nil }\nNet::SMTPFatalError: 550 5.7.1 Relaying denied").facts.authAttempted).toBe(false);
  });
  it("reads 'planning on a dedicated IP' as no dedicated IP, and 'no existen eventos failed' as no failure", () => {
    expect(diagnose("We're planning on a dedicated IP once volume grows. 550 5.7.1 on our block list (S3150)").facts.dedicatedIp).toBe(false);
    expect(diagnose('550 5.7.1 Relaying denied\nMailgun muestra que no existen eventos failed para ese destinatario.').scenario).toBe('undetermined');
  });
});

describe('the refusing host in an app log with its port (round 55)', () => {
  it("reads logfmt's via=host:port and a host:port before the reply", () => {
    const d = diagnose('alertmailer[4411]: notify: send failed to=ops@pager.example via=smtp.mailgun.org:2525: 550 5.7.1 Relaying denied');
    expect(d.facts.host).toBe('smtp.mailgun.org');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(diagnose('worker: delivery error from smtp.eu.mailgun.org:587: 550 5.7.1 Relaying denied').facts.host).toBe('smtp.eu.mailgun.org');
  });
});

describe("PowerMTA's accounting records (round 55)", () => {
  const header = 'type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool';
  it("reads the refusing server from dsnMta and the recipient from rcpt, as the sender's own MTA log, not a Mailgun event", () => {
    const d = diagnose(`pmta acct:\n\n${header}\nb,2026-11-30 06:14:52+0000,2026-11-30 06:14:51+0000,bounces@news.r.example,anna@p.example,,failed,5.7.1 (delivery not authorized; message refused),smtp;550 5.7.1 Relaying denied,smtp.mailgun.org (34.224.137.116),relaying-issue,smtp,api01.r.example (10.20.0.14),smtp,10.20.0.31,34.224.137.116,"STARTTLS,AUTH",18422,vmta-mailgun-2,nl-1,,mailgun.smarthost/vmta-mailgun-2,`);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts).toMatchObject({ host: 'smtp.mailgun.org', recipient: 'anna@p.example', source: 'mta-log', client: 'powermta', event: null, serverMessage: '550 5.7.1 Relaying denied' });
  });

  it("reads a temporary record's remote server and recipient", () => {
    const d = diagnose('t,2026-11-30 16:02:11+0000,2026-11-30 16:01:58+0000,invites@e.example,m.l@gmail.example,,delayed,4.2.1 (mailbox disabled),"smtp;452-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",gmail-smtp-in.l.google.com (142.250.27.26),,smtp,app02.e.example (10.8.0.12),smtp,203.0.113.61,142.250.27.26,"PIPELINING",9812,vmta-events,inv-3011,,gmail.example/vmta-events,');
    expect(d.kind).toBe('rate-limit');
    expect(d.facts).toMatchObject({ host: 'gmail-smtp-in.l.google.com', recipient: 'm.l@gmail.example' });
  });
});

describe("a log field's other number is no reply code (round 55)", () => {
  it('reads the 550 of SMTPRecipientRefused, not tenant=417', () => {
    const d = diagnose("2026-11-30 14:22:09,431 ERROR app.mail tenant=417 job=notify-7781 delivery failed: SMTPRecipientRefused(550, '5.7.1 Relaying denied', 'k@v.example')");
    expect(d.facts.replyCode).toBe(550);
    // (aiosmtplib names the recipient third: the message is the second argument alone)
    expect(d.facts.serverMessage).toBe('550 5.7.1 Relaying denied');
  });

  it('still reads code=, status= and Got= fields', () => {
    expect(diagnose('level=error msg="send failed" code=550 err="5.7.1 Relaying denied"').facts.replyCode).toBe(550);
    expect(diagnose('send failed: UnexpectedResponseError URL=https://api.mailgun.net/v3/mg.q.example/messages ExpectedOneOf=[]int{200, 202, 204} Got=401 Error: Forbidden').facts.replyCode).toBe(401);
  });
});

describe("a logs-page entry with its labels in another language (round 55)", () => {
  it('reads Portuguese and Spanish labels: message, code, MX host, recipient, and the heading\'s event', () => {
    const pt = diagnose("Copiei do Logs:\n\nFailed (Permanent) — 13/03/2024 10:44:52\nDestinatário: bia@outlook.example\nCódigo: 550\nMensagem: 5.7.1 Unfortunately, messages from [161.38.204.117] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).\nHost MX: outlook-com.olc.protection.outlook.com");
    expect(pt.kind).toBe('blocked');
    expect(pt.facts).toMatchObject({ enhancedCode: '5.7.1', mxHost: 'outlook-com.olc.protection.outlook.com', recipient: 'bia@outlook.example', event: 'failed', severity: 'permanent', source: 'mailgun-log-page' });
    const es = diagnose('Fila del log:\n\nFailed · Permanent · 13 mar 2024 12:05:17\nDestinatario: a@g.example\nCódigo: 550\nMensaje: 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient a@g.example not found by SMTP address lookup\nHost MX: g-example.mail.protection.outlook.com\nIntento: 1');
    expect(es.kind).toBe('unknown-user');
    expect(es.facts).toMatchObject({ enhancedCode: '5.1.10', mxHost: 'g-example.mail.protection.outlook.com' });
  });

  it('keeps what the other parsers read (an English reason), and needs a translated MX host label', () => {
    const italian = diagnose('Evento: failed · severity: permanent · reason: bounce\nDestinatario: m@t.example\nCodice: 550\nMessaggio: 5.1.1 <m@t.example>: Recipient address rejected: User unknown in virtual mailbox table\nMX host: mail.t.example');
    expect(italian.facts).toMatchObject({ reason: 'bounce', enhancedCode: '5.1.1' });
    expect(diagnose('Mensaje: el cliente dice que no llega nada\nCódigo: 550').facts.source).not.toBe('mailgun-log-page');
  });
});

describe('recipients named the way MailEnable and MailKit name them (round 55)', () => {
  it("reads MailEnable's 'Recipient: [SMTP:...]' and MailKit's 'ex.Mailbox = ...'", () => {
    expect(diagnose('MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be reached:\n\n\tRecipient: [SMTP:kontakt@w.example]\n\tReason: Remote SMTP Server Returned: 550 5.7.1 Relaying denied').facts.recipient).toBe('kontakt@w.example');
    expect(diagnose('MailKit.Net.Smtp.SmtpCommandException: 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org\n\nex.StatusCode = RecipientNotAccepted\nex.Mailbox    = ventas@d.example').facts.recipient).toBe('ventas@d.example');
  });
});

describe('log fields that end like a code field are not one (code review 15)', () => {
  it('reads no reply code from failed=451 or src=550, and still one from reason=550 and resp=550', () => {
    expect(diagnose('job stats: failed=451 scheduled=421 src=550 x').facts.replyCode).toBeNull();
    expect(diagnose('msg="send failed" resp=550 5.7.1 Relaying denied').facts.replyCode).toBe(550);
  });
});

describe("delivered events pasted beside a sending side's refusal (round 56b)", () => {
  it("keeps Mailgun's SMTP host refusing as outgoing when another service is said to send with the API", () => {
    const d = diagnose('the shop sends via API and the events page is all delivered. But the ERP relays through Postfix:\nNov 29 08:02:14 erp01 postfix/smtp[21877]: 4Y1k: to=<d@w.example>, relay=smtp.mailgun.org[34.160.108.20]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.108.20] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it("does not read a delivered event's MX host as the server that refused", () => {
    const d = diagnose('alertd: notify oncall@q.example: 550 5.7.1 Relaying denied\n\n\terr := smtp.SendMail("smtp.mailgun.org:587", nil, "alerts@mg.q.example", []string{rcpt}, body)\n\nbilling events:\n&{Generic:{Event:delivered Timestamp:1.73e+09} Recipient:f@l.example DeliveryStatus:{Code:250 AttemptNo:1 Message:OK MxHost:mx.l.example}}');
    expect(d.facts.host).not.toBe('mx.l.example');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it("does not take a delivered webhook's recipient, code and MX host for a library error printed after it", () => {
    const d = diagnose('{"event-data":{"event":"delivered","recipient":"j@gmx.example","delivery-status":{"code":250,"message":"OK","mx-host":"mx00.gmx.example"}}}\n\nError: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: \'EENVELOPE\',\n  response: \'550 5.7.1 Relaying denied\',\n  responseCode: 550,\n  command: \'RCPT TO\',\n  rejected: [ \'l@posteo.example\' ]');
    expect(d.facts).toMatchObject({ replyCode: 550, event: null });
    expect(d.facts.mxHost).toBeNull();
    expect(d.facts.recipient).not.toBe('j@gmx.example');
  });
});

describe("a device's settings page (round 56a)", () => {
  it("reads 'SMTP Server Name : smtp.mailgun.org' as the configured host and 'Authentication Protocol : OFF' as no login", () => {
    const d = diagnose('Command Center RX > Function Settings > E-mail\n  SMTP Server Name        : smtp.mailgun.org\n  SMTP Port Number        : 587\n  Authentication Protocol : OFF\n\nSend Result Report\n  Destination : reception@h.example\n  Result      : NG  (Error 1102)\n  Detail      : 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(false);
    expect(d.evidence.map((e) => e.rule)).toContain("The app is configured to send through Mailgun's SMTP host");
  });
});

describe("the new logs page's table and the failed row's drawer (round 56b)", () => {
  it("reads the 'To' column as the recipient and the drawer's message and MX host for the failed row", () => {
    const d = diagnose('Date & time\tEvent\tSeverity\tFrom\tTo\tSubject\nNov 29, 2024 10:41:07 AM\tFailed\tPermanent\tpayroll@mg.q.example\tap@f.example\tRemittance\nNov 29, 2024 10:40:58 AM\tDelivered\t\tpayroll@mg.q.example\taccounts@r.example\tRemittance\n\n▾ Failed · ap@f.example\n  Delivery status\n    Code            550\n    Enhanced code   5.7.54\n    Message         5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n    MX host         f-example.mail.protection.outlook.com\n    Attempt no.     1');
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts).toMatchObject({ recipient: 'ap@f.example', serverMessage: '5.7.54 SMTP; Unable to relay recipient in non-accepted domain', mxHost: 'f-example.mail.protection.outlook.com' });
  });
});

describe("Outlook's task line names the sending account (round 56a)", () => {
  it("does not read 'Taak 'info@... - Verzenden'' as the refused recipient", () => {
    const d = diagnose("Taak 'info@b.example - Verzenden' heeft fout (0x800CCC79) gerapporteerd: 'Kan het bericht niet verzenden. De server reageerde: 550 5.7.1 Relaying denied'");
    expect(d.facts.recipient).toBeNull();
    expect(diagnose("Task 'info@b.example - Sending' reported error (0x800CCC79) : 'Your outgoing (SMTP) e-mail server has reported an internal error. The server responded: 550 5.7.1 Relaying denied'").facts.recipient).toBeNull();
  });
});

describe("an event's mx-host is not the host a client is set to use (round 56b)", () => {
  it("reads nodemailer's host setting, not a delivered webhook's mx-host before it", () => {
    const d = diagnose('{"event-data":{"event":"delivered","delivery-status":{"code":250,"message":"OK","mx-host":"mx00.gmx.example"}}}\n\nconst transporter = nodemailer.createTransport({\n  host: \'smtp.eu.mailgun.org\',\n  port: 587,\n});\nError: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied');
    expect(d.evidence.map((e) => e.rule)).toContain("The app is configured to send through Mailgun's SMTP host");
  });
});

describe("a syslog's short host name (round 55b)", () => {
  it('is read as the full name the paste gives it elsewhere', () => {
    const log = 'Nov 29 10:02:11 mail postfix/smtpd[2211]: NOQUEUE: reject: RCPT from m228-4.mailgun.net[159.135.228.4]: 554 5.7.1 <a@praxis.example>: Relay access denied; from=<x@mg.s.example> to=<a@praxis.example> proto=ESMTP helo=<m228-4.mailgun.net>';
    expect(diagnose(`${log}\n\nour server is mail.praxis.example`).facts.host).toBe('mail.praxis.example');
    expect(diagnose(log).facts.host).toBe('mail');
  });
});

describe("a service's logfmt lines of Mailgun events (review 51c)", () => {
  it('reads rcpt=, msg=, mx= and attempt= as the event fields', () => {
    const lines = [1, 2, 3].map((n) => `2025/11/29 07:0${n}:12 event=failed severity=temporary attempt=${n} rcpt=ap@n.example code=454 msg="4.7.1 <ap@n.example>: Relay access denied" mx=mail.n.example retry=600s`).join('\n');
    const d = diagnose(lines);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts).toMatchObject({ host: 'mail.n.example', recipient: 'ap@n.example', serverMessage: '4.7.1 <ap@n.example>: Relay access denied', attempts: 3, severity: 'temporary' });
  });

  it("keeps an event's own message= over the logger's msg=", () => {
    const d = diagnose('level=warn msg="mailgun failed event" tenant=417 event=failed severity=permanent recipient=b@a.example mx_host=mail.a.example code=550 message="relay not permitted"');
    expect(d.facts.serverMessage).toContain('relay not permitted');
  });
});

describe('round 57b: short retyped log rows', () => {
  it("reads 'mx-host NAME' without a colon on the refusal's line", () => {
    expect(diagnose('Mailgun logs show temp fails: `454 4.7.1 <h@f.example>: Relay access denied` mx-host mx01.f.example. their side?').facts.mxHost).toBe('mx01.f.example');
  });

  it("reads the address after a 'Failed · permanent ·' heading as the recipient", () => {
    expect(diagnose('Failed · permanent · a.l@s.example\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup').facts.recipient).toBe('a.l@s.example');
  });

  it("files nodemailer's 'Connection timeout' (ETIMEDOUT) as a connection that failed, with the port advice", () => {
    const d = diagnose("Error: Connection timeout\n    at SMTPConnection._formatError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'ETIMEDOUT',\n  command: 'CONN'\n}\n\nhost smtp.mailgun.org port 25");
    expect(d.kind).toBe('other');
    expect(d.evidence.map((e) => e.rule)).toContain('The connection to the server failed');
  });
});

describe('several legacy webhook posts in one paste (round 57a)', () => {
  it('reads each form body, so a delivery before the bounce does not hide it', () => {
    const d = diagnose('event=delivered&recipient=p%40gmail.example&domain=mg.a.example&timestamp=1718360101\n\nevent=bounced&recipient=l%40e.example&domain=mg.a.example&code=550&error=5.7.1+%3Cl%40e.example%3E...+Relaying+denied.+Proper+authentication+required.&timestamp=1718360103');
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts).toMatchObject({ recipient: 'l@e.example', replyCode: 550, source: 'mailgun-legacy-webhook' });
  });
});

describe("Apple Mail's German relay refusal (round 57a)", () => {
  it("reads 'kein Relaying zulässt' as a relay refusal and 'Der Empfänger „a@b“' as the recipient", () => {
    const d = diagnose('Senden der E-Mail nicht möglich\nDer Empfänger „labor@d.example“ wurde vom Server abgelehnt, da dieser kein Relaying zulässt.');
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.recipient).toBe('labor@d.example');
  });
});

describe('an Events page whose one-line delivered items sit beside a multi-line failed one (round 57a)', () => {
  it('reads the page whole, and the failed item gives the recipient and the host', () => {
    const page = '{\n  "items": [\n    { "event": "delivered", "recipient": "s@bt.example", "delivery-status": { "code": 250, "message": "OK", "mx-host": "mx.bt.example" } },\n    { "event": "delivered", "recipient": "g@gmail.example", "delivery-status": { "code": 250, "message": "OK", "mx-host": "gmail-smtp-in.l.google.com" } },\n    { "event": "failed", "severity": "permanent", "recipient": "t@gmail.example",\n      "delivery-status": { "code": 550, "enhanced-code": "5.1.1",\n        "message": "5.1.1 The email account that you tried to reach does not exist.",\n        "mx-host": "gmail-smtp-in.l.google.com" } }\n  ]\n}';
    const d = diagnose(`They read about relaying denied and routes. Events:\n${page}`);
    expect(d.kind).toBe('unknown-user');
    expect(d.facts).toMatchObject({ recipient: 't@gmail.example', host: 'gmail-smtp-in.l.google.com', mxHost: 'gmail-smtp-in.l.google.com' });
  });
});

describe('two swaks sessions in one paste (round 57a)', () => {
  it('gives the refusal to the server of the session it is in, not the first one', () => {
    const d = diagnose('sending test:\n=== Trying smtp.mailgun.org:587...\n=== Connected to smtp.mailgun.org.\n<-  220 Mailgun Influx ready\n ~> AUTH PLAIN AGEAYg==\n<~  235 2.0.0 OK\n<-  250 Great success\n\nreceiving test:\n=== Trying mxa.mailgun.org:25...\n=== Connected to mxa.mailgun.org.\n<-  220 mxa.mailgun.org ESMTP ready\n -> RCPT TO:<hello@in.s.example>\n<** 550 5.7.1 Relaying denied');
    expect(d.facts.host).toBe('mxa.mailgun.org');
    expect(d.scenario).toBe('mailgun-incoming');
  });
});

describe("a Ruby pretty-print with a long value on the line after its key (review 57c)", () => {
  it("reads the delivery status's message", () => {
    const d = diagnose(' "delivery-status"=>\n  {"code"=>451,\n   "enhanced-code"=>"4.7.650",\n   "message"=>\n    "4.7.650 The mail server [159.135.224.98] has been temporarily rate limited due to IP reputation.",\n   "mx-host"=>"hotmail-com.olc.protection.outlook.com"},\n "event"=>"failed",\n "severity"=>"temporary"');
    expect(d.kind).toBe('rate-limit');
    expect(d.facts.serverMessage).toContain('rate limited due to IP reputation');
  });
});

describe('code review 16', () => {
  it("reads no missing login from UseDefaultCredentials = false before Credentials, however indented, nor from a JSON key", () => {
    expect(diagnose('var client = new SmtpClient("smtp.mailgun.org", 587)\n{\n\tUseDefaultCredentials = false,\n\tCredentials=new NetworkCredential(user, pass),\n};\n5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
    expect(diagnose('{ "Smtp": { "Host": "smtp.mailgun.org", "UseDefaultCredentials": false, "UserName": "postmaster@mg.a.example" } }\nSmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });

  it("does not expand a syslog's short name to a domain named in an address or in words", () => {
    const d = diagnose('a customer signup mail to a mail.ru address fails:\nNov  4 09:12:01 mail postfix/smtpd[3321]: NOQUEUE: reject: RCPT from app01[10.0.0.12]: 554 5.7.1 <ivan@mail.ru>: Relay access denied; from=<n@shop.example> to=<ivan@mail.ru> proto=ESMTP helo=<app01>');
    expect(d.facts.host).toBe('mail');
  });

  it('keeps a refusal placed today, under a sentence about a solved ticket, as the current one', () => {
    expect(diagnose("Last month's ticket (SOLVED) was a wrong port.\nToday the scanner relays via smtp.mailgun.org and gets Relaying denied:\n550 5.7.1 Relaying denied").scenario).toBe('mailgun-outgoing');
  });

  it("reads 'send an order confirmation and receive the failure notice' as no word on direction", () => {
    expect(diagnose('MAIL_HOST=smtp.mailgun.org\nEvery time they send an order confirmation and receive the failure notice it reads: "550 5.7.1 Relaying denied"').scenario).toBe('mailgun-outgoing');
  });
});

describe('round 58: a disabled mailbox, and a version in a path', () => {
  it("files Gmail's 'account ... is disabled' (5.2.1) as an unknown user", () => {
    expect(diagnose('550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser').kind).toBe('unknown-user');
  });

  it("reads no enhanced code from a gem's path (mail-2.8.1)", () => {
    expect(diagnose('Net::SMTPUnknownError: 421 Domain mg.a.example is not allowed to send: Sandbox subdomains are for test purposes only\n  /usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp_connection.rb:53').facts.enhancedCode).toBeNull();
  });
});

describe("a logs list whose rows carry their MX host, above a failed row's status (round 58a)", () => {
  it("reads the failed row's own MX host, under its delivery status", () => {
    const d = diagnose('Nov 30, 2026 10:02:11 AM   Delivered   n@mg.c.example → t@gmail.example   MX host: gmail-smtp-in.l.google.com\nNov 30, 2026 10:02:09 AM   Failed      n@mg.c.example → k@o.example\n        Severity: permanent\n        Delivery status\n          Code: 554\n          Message: 5.7.1 <k@o.example>: Relay access denied\n          MX host: mail.o.example\n          Attempt: 1');
    expect(d.facts).toMatchObject({ host: 'mail.o.example', mxHost: 'mail.o.example' });
  });
});

describe('a telnet session to an address beside a swaks session to Mailgun (round 58a)', () => {
  it('gives the refusal to the address the telnet session reached, not to Mailgun', () => {
    const d = diagnose('$ telnet 10.20.0.15 25\nTrying 10.20.0.15...\nConnected to 10.20.0.15.\n220 relay-int ESMTP\nRCPT TO:<o@p.example>\n554 5.7.1 <o@p.example>: Relay access denied\n\nswaks to Mailgun works:\n=== Trying smtp.mailgun.org:587...\n=== Connected to smtp.mailgun.org.\n<~  235 2.0.0 OK\n<~  250 Great success');
    expect(d.facts.host).toBe('10.20.0.15');
    expect(d.scenario).not.toBe('mailgun-outgoing');
  });
});

describe("a device's own address on its settings page (round 58a)", () => {
  it("reads 'Device E-mail Address' as the sender, and the error log's 'To:' as the recipient", () => {
    const d = diagnose('SMTP Server Name              : smtp.eu.mailgun.org\nAuthentication Protocol       : OFF\nDevice E-mail Address         : scanner@mg.z.example\n\n==== Error Log ====\n2026/11/28 08:41:17  Scan to E-mail Server  Send Error\n    550 5.7.1 Relaying denied\n    To: empfang@z.example');
    expect(d.facts.recipient).toBe('empfang@z.example');
  });
});

describe('code review 17', () => {
  it("keeps a second retyped entry's fields its own", () => {
    const d = diagnose('To: k@o.example\nSeverity: permanent\nMX host: mail.o.example\nDelivery status: 554 5.7.1 <k@o.example>: Relay access denied\nTo: k@o.example\nSeverity: temporary\nMX host: mx2.o.example\nDelivery status: 421 4.4.2 Connection timed out');
    expect(d.facts).toMatchObject({ severity: 'permanent', host: 'mail.o.example' });
  });

  it('reads an initializer\'s Credentials set after UseDefaultCredentials = true as a login, and Credentials from a variable before = false as undone', () => {
    expect(diagnose('new SmtpClient("smtp.mailgun.org", 587) { EnableSsl = true, UseDefaultCredentials = true, Credentials = new NetworkCredential("postmaster@mg.example.com", password) };\nSmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
    expect(diagnose('client.Credentials = creds;\nclient.UseDefaultCredentials = false;\nSmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
  });

  it("reads a sender's disabled account as no unknown recipient", () => {
    expect(diagnose("smtplib.SMTPSenderRefused: (550, b'5.7.13 Sender account is disabled', 'noreply@mg.acme.example')").kind).not.toBe('unknown-user');
  });

  it('reads "we send ... and receive our support mail through Mailgun routes" as both directions', () => {
    expect(diagnose('We send through Mailgun and receive our support mail through Mailgun routes. A customer got: 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });

  it('reads "lo usan para enviar las facturas ... y también tienen rutas para recibir" as both directions (review 117c)', () => {
    expect(diagnose('Tienen olmo.example en Mailgun: lo usan para enviar las facturas y también tienen rutas para recibir en facturas@olmo.example.\n"Error al enviar: 550 5.7.1 Relaying denied"').scenario).toBe('undetermined');
    expect(diagnose('They use it to send invoices and to receive supplier mail through routes. "550 5.7.1 Relaying denied"').scenario).toBe('undetermined');
  });
});

describe('code review 18', () => {
  it("reads 'send ... and receive an email back saying' as no word on direction", () => {
    expect(diagnose('MAIL_HOST=smtp.mailgun.org\nWe send password reset emails with PHPMailer and receive an email back saying:\nSMTP Error: The following recipients failed: a@b.example: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
  });

  it("reads 'The sender's account is disabled' as no unknown recipient", () => {
    expect(diagnose("550 5.7.13 The sender's account is disabled").kind).not.toBe('unknown-user');
  });
});

describe('round 60b: the sending side', () => {
  it('reads Japanese and Russian device settings: the SMTP server and authentication off', () => {
    expect(diagnose(' SMTPサーバー: smtp.mailgun.org\n SMTP認証 (SMTP-AUTH): オフ\n送信エラー: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
    expect(diagnose('  SMTP-сервер: smtp.eu.mailgun.org\n  Проверка подлинности SMTP: [ ] (галочка снята)\nОшибка: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
  });

  it("reads Postfix's relayhost set to Mailgun's MX as sending through the MX", () => {
    const d = diagnose('relayhost = [mxa.mailgun.org]:25\nsmtp_sasl_auth_enable = no\nNov 30 10:00:00 mail postfix/smtp[1]: 4A: to=<hello@c.example>, relay=mxa.mailgun.org[34.1.2.3]:25, dsn=5.7.1, status=bounced (host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});

describe('code review 19', () => {
  it('reads a Japanese login failure as no login switched off', () => {
    expect(diagnose('スキャナーからメールが送れません。ログ:\nSMTP認証に失敗しました (エラー: 無効なパスワード)\n550 5.7.1 Relaying denied\nサーバー smtp.mailgun.org').facts.authAttempted).not.toBe(false);
  });

  it("reads 'send ... and receive this error from Mailgun' as no word on direction", () => {
    expect(diagnose('We send order confirmations from our shop and receive this error from Mailgun for every customer:\nSMTP Error: The following recipients failed: bob@c.example: Relaying denied\n$mail->Host = \'smtp.mailgun.org\';\n$mail->SMTPAuth = false;').scenario).toBe('mailgun-outgoing');
  });
});

describe('code review 20', () => {
  it("reads a DNS listing's 'MX server: mxa.mailgun.org' as no sending setting", () => {
    expect(diagnose('We only use Mailgun for sending. Customers now say their replies to support@shop.example bounce with\n550 5.7.1 Relaying denied\nOur DNS for shop.example:\nMX server: mxa.mailgun.org (priority 10)').scenario).toBe('mailgun-incoming');
  });

  it("keeps the setup line above a refusal said 'fixed now' after its code", () => {
    expect(diagnose('Contact form (PHPMailer): Host smtp.mailgun.org, Port 587, SMTPAuth = true\nYesterday it failed with 550 5.7.1 Relaying denied, fixed now (the password was wrong).\nToday for another customer: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
  });

  it("reads 'receive the replies via the MX' as both directions", () => {
    expect(diagnose('We send our invoices with Mailgun and receive the replies via the MX (routes to our helpdesk).\nSince this morning we see: 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });

  it("reads 'SMTP認証を使用する: オフ' as the login switched off", () => {
    expect(diagnose('SMTPサーバー: smtp.mailgun.org\nSMTP認証を使用する: オフ\n550 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
  });
});

describe('code review 21', () => {
  it("reads 'receive the error below with Mailgun SMTP' as no word on direction", () => {
    expect(diagnose("When we send the order confirmation from our shop and receive the error below with Mailgun SMTP:\nSMTP Error: The following recipients failed: bob@c.example: Relaying denied\n$mail->Host = 'smtp.mailgun.org';\n$mail->SMTPAuth = false;").scenario).toBe('mailgun-outgoing');
  });

  it("reads the receiving side's APOP setting as no SMTP login switched off", () => {
    expect(diagnose('SMTPサーバー: smtp.mailgun.org\nSMTP認証を使用する: オン\nAPOP認証を使用する: オフ\n550 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });
});

describe('code review 22', () => {
  it("reads 'receive the responses through Mailgun routes' as both directions", () => {
    expect(diagnose('We send our survey invitations with Mailgun and receive the responses through Mailgun routes at replies@e.example.\nSince this morning people get: 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });
});

describe('Russian recipient labels', () => {
  it.each(['Получатель', 'Получатели'])("reads the address after '%s:'", (label) => {
    expect(diagnose(`Письмо не доставлено.\n${label}: ivan.petrov@zavod-ural.example\nОшибка: 550 5.7.1 Relaying denied`).facts.recipient).toBe('ivan.petrov@zavod-ural.example');
  });
});

describe('review 61b', () => {
  it("reads the Mailgun for WordPress plugin's 'API Failure: 401 - Forbidden' as a refused API key, from WordPress", () => {
    const d = diagnose('WordPress, official "Mailgun for WordPress" plugin, HTTP API option. Test Configuration says:\n  Failure\n  Mailgun API Failure: 401 - Forbidden');
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'api-auth']);
    expect(d.facts.client).toBe('wordpress');
  });

  it("reads MailKit's SmtpCommandException as the server's reply, without the exception's class", () => {
    const d = diagnose('"Smtp": { "Host": "mxa.eu.mailgun.org", "Port": 25 }\nMailKit.Net.Smtp.SmtpCommandException: Relaying denied\n   at MailKit.Net.Smtp.SmtpClient.ProcessRcptToResponse(MimeMessage message)\n  ErrorCode: RecipientNotAccepted\n  Mailbox: cfo@example-holding.nl');
    expect(d.facts.serverMessage).toBe('Relaying denied');
    expect(d.evidence.map((e) => e.rule)).toContain('The server replied with a relay refusal');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});

describe('review 61a and 61d: tables, form fields and forwards', () => {
  it("reads a Markdown table's row of the logs list: its code cell and its MX host", () => {
    const d = diagnose("| Failed | Jun 19, 2024 2:44 PM | grandpa.joe@gmail.example | 552 | 5.2.2 The recipient's inbox is out of storage space. OverQuotaPerm - gsmtp | gmail-smtp-in.l.google.com |");
    expect(d.facts.replyCode).toBe(552);
    expect(d.facts.mxHost).toBe('gmail-smtp-in.l.google.com');
    expect(d.facts.recipient).toBe('grandpa.joe@gmail.example');
  });

  it("reads a Markdown table with a header: not its rule row, and 'Failed (Permanent)' as a failed event", () => {
    const d = diagnose('| Event | Time | Recipient | Subject | Details |\n|---|---|---|---|---|\n| Failed (Permanent) | 2025-10-11 10:44:09 | d.volkov@u.example | Invoice | 554 5.7.1 &lt;d.volkov@u.example&gt;: Relay access denied |\n| Accepted | 2025-10-11 10:44:07 | d.volkov@u.example | Invoice | via API |');
    expect([d.facts.event, d.facts.severity]).toEqual(['failed', 'permanent']);
    expect(d.facts.serverMessage).toContain('Relay access denied');
    expect(d.scenario).toBe('recipient-host');
  });

  it("does not take a legacy webhook's form fields for quoted-printable ('code=554' beside a base64 X-Mailgun-Sid=...=)", () => {
    const d = diagnose('event=bounced\nrecipient=m@grupo.example\ncode=554\nerror=5.7.1 <m@grupo.example>: Relay access denied\nnotification=\nX-Mailgun-Sid=WyI5ZTNiMiIsICJtbG9wZXpAZ3J1cG8tYW5kZXN1ci5jb20ucGUiLCAiYzQxIl0=\ntimestamp=1759529697');
    expect(d.facts.replyCode).toBe(554);
  });

  it("reads a routed message's 'Forwarded to:' as the refused recipient, and its sender as no Mailgun domain", () => {
    const d = diagnose('Failed · Permanent · Oct 13, 2025 18:22:40\nFrom: customer.jane@outlook.example → help@support.q.example (routed)\nForwarded to: escalations@ops.q-internal.example\nServer response: 550 5.7.1 Relaying denied\nMX host: mxa.mailgun.org');
    expect(d.facts.recipient).toBe('escalations@ops.q-internal.example');
    expect(d.facts.mailgunDomain).not.toBe('outlook.example');
    expect(d.scenario).toBe('mailgun-incoming');
  });
});

describe('the region said in words (review 61a)', () => {
  it.each(["they're on EU", 'the domain is on the EU region', 'we are on EU'])("reads '%s' as the EU region", (words) => {
    expect(diagnose(`webhook payload (${words}): {"event":"failed","recipient":"a@b.example","delivery-status":{"code":550,"message":"5.7.54 Unable to relay"}}`).facts.region).toBe('eu');
  });
  it("reads 'our customers are on EU servers of theirs' as no region of Mailgun's", () => {
    expect(diagnose('550 5.7.1 Relaying denied; we are on EU servers of Hetzner').facts.region).toBeNull();
  });
});

describe('a recipient\'s move and a confirmed address in other words (review 61d)', () => {
  const row = 'Recipient:     j.ortiz@kanda.example\nDelivery status\n  code: 550\n  message: 5.7.1 Unable to relay for j.ortiz@kanda.example\n  mx-host: exch01.kanda.example';
  it('reads Japanese: moved to Google Workspace, the address exists (not asked)', () => {
    const d = diagnose(`お客様から「Mailgun でリレー拒否される」と問い合わせ。宛先の会社は先月 Google Workspace に移行したそうです。\n${row}\nGoogle Workspace 側ではこのアドレスは存在するとのことです。`);
    expect([d.facts.recipientMailMoved, d.facts.addressConfirmed]).toEqual([true, true]);
    expect(diagnose(`${row}\nこのアドレスは存在しますか？`).facts.addressConfirmed).toBe(false);
  });

  it("reads a sending provider only in the move's own sentence", () => {
    expect(diagnose(`Their purchasing inbox rejects our Mailgun invoices. They recently moved mail from Kerio Connect to Google.\n${row}`).facts.recipientMailMoved).toBe(true);
    expect(diagnose(`We moved from SendGrid to Mailgun last week.\n${row}`).facts.recipientMailMoved).toBe(false);
  });
});

describe("a mail server named beside Mailgun's own data (review 61d)", () => {
  const event = '{"event":"failed","severity":"permanent","recipient":"c@atelier.example","delivery-status":{"code":550,"message":"5.7.1 <c@atelier.example>... Relaying denied (sendmail)","mx-host":"mail.atelier.example"}}';
  it("is the recipient's, not the sender's client", () => {
    expect(diagnose(`The partner's Postfix refuses it:\n${event}`).facts.client).toBeNull();
  });
  it("is the sender's beside its own settings", () => {
    expect(diagnose(`${event}\nrelayhost = [smtp.mailgun.org]:587`).facts.client).toBe('postfix');
  });
});

describe('recipients named in the chatter and in code (review 61b)', () => {
  it.each([
    ['recipient in that run: purchasing@hw.example', 'purchasing@hw.example'],
    ['failing recipient per the job args: accounts@cust.example', 'accounts@cust.example'],
    ['recipient was a customer, tom.briggs@lawfirm.example', 'tom.briggs@lawfirm.example'],
    ['to = "noc@partner.example" in that run', 'noc@partner.example'],
    ['  Destinatario 1: dueno@correo.example', 'dueno@correo.example'],
  ])("reads '%s'", (line, recipient) => {
    expect(diagnose(`${line}\n550 5.7.1 Relaying denied`).facts.recipient).toBe(recipient);
  });

  it("does not read an API call's form field (curl -F to=...) as a refused recipient", () => {
    expect(diagnose("curl -s --user 'api:key-x' https://api.mailgun.net/v3/mg.a.example/messages -F to='kunde@web.example'\n401 Forbidden").facts.recipient).toBeNull();
  });
});

describe('review 62a and 62c', () => {
  it("reads a person's 'Outlook says 5.7.1 so it's relaying denied right?' as their guess beside the server's block", () => {
    const d = diagnose('Customer: "Outlook says 5.7.1 so it\'s relaying denied right?"\n{"event": "failed", "severity": "permanent", "recipient": "h@outlook.example", "delivery-status": {"code": 550, "message": "5.7.1 Unfortunately, messages from [161.38.194.17] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", "mx-host": "outlook-com.olc.protection.outlook.com"}}');
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'blocked']);
  });

  it("reads a logs row's 'Server response:' detail as the server's message, and 'Permanent failure | Attempt 1' as its severity", () => {
    const d = diagnose('Jun 18, 2024 11:02:37 AM\tFailed\tvolunteers@hospice.example\n   Permanent failure | Attempt 1\n   Server response: 550 relay not permitted\n   MX host: mx.hospice.example');
    expect(d.facts.serverMessage).toBe('550 relay not permitted');
    expect(d.facts.severity).toBe('permanent');
  });

  it("reads a dig answer only to its blank line: a setting further down is not the answer", () => {
    const d = diagnose("the form sends the enquiry to bookings@guesthouse.example\n$ dig +short MX guesthouse.example\n0 guesthouse-example.mail.protection.outlook.com.\n\n$mail->Host = 'mxb.mailgun.org';\n$mail->Port = 25;\nSMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied");
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it("reads an app's own outbox table (id, to, status, last_error) as no Mailgun event", () => {
    const d = diagnose("From the app's own Outbox page, NOT the Mailgun logs:\n\n| id | to | status | last_error | tries |\n|---|---|---|---|---|\n| 88121 | p.novak@stavby.example | failed | 550 5.7.1 Relaying denied | 3 |");
    expect(d.facts.event).toBeNull();
    expect(d.scenario).not.toBe('recipient-host');
  });
});

describe('no SMTP command from a line of code or a setting (review 62a)', () => {
  it.each([
    ['Go', '\tauth = smtp.PlainAuth("", cfg.SMTPUser, cfg.SMTPPass, "smtp.mailgun.org")'],
    ['Go, declared', 'auth := smtp.Auth(nil)'],
    ["msmtp's auth off", 'account default\nhost smtp.mailgun.org\nauth off'],
  ])('reads %s as no AUTH command', (_, line) => {
    expect(diagnose(`${line}\nnotify: send failed: 550 5.7.1 Relaying denied`).facts.command).not.toBe('AUTH');
  });
  it('still reads a transcript\'s AUTH and RCPT TO', () => {
    expect(diagnose('EHLO x\n250 ok\nAUTH PLAIN AGZvbwBiYXI=\n535 5.7.8 Authentication failed').facts.command).toBe('AUTH');
    expect(diagnose('MAIL FROM:<***@***.com>\n250 2.1.0 Ok\nRCPT TO:<***@***.com>\n550 5.7.1 Relaying denied').facts.command).toBe('RCPT TO');
  });
});

describe('code review 24', () => {
  const refusal = '550 5.7.1 Relaying denied';
  it("reads a domain's MX said not to be Mailgun's, or a line of the app's own setting, as no word that it is", () => {
    expect(diagnose(`MAIL_HOST=mxa.mailgun.org\nMAIL_PORT=25\nSending to john@customer.example fails, customer.example MX is Google (aspmx.l.google.com), not mxa.mailgun.org.\n${refusal}`).scenario).toBe('mailgun-outgoing');
    expect(diagnose(`It sends alerts to ops@customer.example with MAIL_HOST=mxa.mailgun.org (I took it from the MX records page), port 25\n${refusal}`).scenario).toBe('mailgun-outgoing');
  });

  it("reads the host command's line as no msmtp setting", () => {
    expect(diagnose(`Outside senders get a bounce when they write to support@acme.example. Inbound port 25 is reachable, I checked Mailgun's servers resolve:\nhost mxa.mailgun.org\nmxa.mailgun.org has address 34.160.1.2\nBounce they got: ${refusal}`).scenario).toBe('mailgun-incoming');
  });

  it("reads an AWS region or 'EU time' as no Mailgun region", () => {
    expect(diagnose(`Laravel app on AWS, we're on eu-west-1. ${refusal}`).facts.region).toBeNull();
    expect(diagnose(`Our customer is on EU time. ${refusal}`).facts.region).toBeNull();
  });

  it('reads a question or a plan about the password as no change, and "reset" as one', () => {
    const login = 'Invalid login: 535 5.7.0 Mailgun is not loving your login or password';
    const changed = (words: string) => diagnose(`${words}\n${login}`).evidence.some((e) => e.rule === 'The SMTP password was changed just before');
    expect(changed('Would changing the SMTP password help?')).toBe(false);
    expect(changed("I'm thinking about rotating the SMTP credentials")).toBe(false);
    expect(changed('I reset the SMTP password yesterday')).toBe(true);
    expect(changed('After resetting the SMTP password it fails')).toBe(true);
  });

  it('reads a renamed repository as no renamed setting, and a renamed variable as one', () => {
    const renamed = (words: string) => diagnose(`${words}\nauth: { user: process.env.SMTP_USER }\n${refusal}`).evidence.some((e) => e.rule === 'A setting was renamed');
    expect(renamed('We renamed the repo billing-api to invoices last sprint')).toBe(false);
    expect(renamed('the env vars got renamed to SMTP_USERNAME / SMTP_PASSWORD')).toBe(true);
  });

  it("reads an app's if over a user name that sets up no login as no login-only-when-set", () => {
    const d = diagnose(`$mail->SMTPAuth = false;\nif ($username !== '') { $greeting = "Hi $username"; }\nSMTP ERROR: RCPT TO command failed: ${refusal}`);
    expect(d.evidence.map((e) => e.rule)).not.toContain('The code logs in only when its login setting is set');
  });

  it('reads Japanese negations and plans, and the speaker\'s own move, as no statement', () => {
    const row = '{"event":"failed","recipient":"j@k.example","delivery-status":{"code":550,"message":"5.7.1 Unable to relay","mx-host":"mail.k.example"}}';
    expect(diagnose(`先方に確認したところ、このアドレスは有効ではないそうです。\n${row}`).facts.addressConfirmed).toBe(false);
    expect(diagnose(`弊社は先月 Google Workspace に移行しました。送信は Mailgun のままです。\n${row}`).facts.recipientMailMoved).toBe(false);
    expect(diagnose(`先方は Google Workspace に移行するか検討中です。\n${row}`).facts.recipientMailMoved).toBe(false);
  });

  it("reads 'only Mailgun for notifications, plus one route that forwards' as no word that the mail is not meant for Mailgun", () => {
    const d = diagnose('We only use Mailgun for notifications, plus one route that forwards support@acme.example to our helpdesk. Since yesterday, senders writing to support@acme.example get: 550 5.7.1 Relaying denied (from mxa.mailgun.org)');
    expect(d.evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it("keeps the sender's own MTA named in the chatter as the client", () => {
    expect(diagnose('Our Postfix server sends through Mailgun.\n{"event":"failed","recipient":"a@b.example","delivery-status":{"code":550,"message":"5.7.1 Relay access denied","mx-host":"mail.b.example"}}').facts.client).toBe('postfix');
  });
});

describe("a French app log's 'Échec d'envoi de la facture ... à X' (review 62b)", () => {
  it('names the recipient', () => {
    expect(diagnose("ERROR EmailService - Échec d'envoi de la facture F-2024-0419 à a.dubois@example.fr\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied").facts.recipient).toBe('a.dubois@example.fr');
  });
});

describe('code review 25', () => {
  const nas = (line: string) => `  SMTP server: mxa.mailgun.org\n  SMTP port: 25\n  Authentication: (none)\n  Recipient: alerts@customer-lab.example\n"Send a test email" -> "Failed to send the test email. 550 5.7.1 Relaying denied"\n${line}`;
  it("reads a domain's MX said to be another's, in a clause with a Mailgun host, as no word it is Mailgun's", () => {
    expect(diagnose(nas("customer-lab.example's MX is Google Workspace, we just picked the Mailgun host from an old doc.")).scenario).toBe('mailgun-outgoing');
    expect(diagnose(nas("customer-lab.example's MX doesn't point to Mailgun.")).scenario).toBe('mailgun-outgoing');
    expect(diagnose(nas("customer-lab.example's MX records point to Mailgun, with a route for alerts@.")).scenario).toBe('mailgun-incoming');
  });

  it("reads a sentence starting 'From what I can see' as no msmtp setting", () => {
    const d = diagnose('People writing to support@help.acme-tools.example get this bounce: 550 5.7.1 Relaying denied\nI looked the MX host up:\nhost mxa.mailgun.org\nmxa.mailgun.org has address 34.160.12.34\nFrom what I can see the MX itself is reachable.');
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it("reads 'changed the SMTP password yesterday, could that be why?' as a change, and 'fix this by resetting ...?' as none", () => {
    const login = 'Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password"';
    const changed = (words: string) => diagnose(`${words}\n${login}`).evidence.some((e) => e.rule === 'The SMTP password was changed just before');
    expect(changed('We changed the SMTP password yesterday, could that be why?')).toBe(true);
    expect(changed('Should we fix this by resetting the SMTP password?')).toBe(false);
  });

  it('reads a Japanese statement before a clause of its own as a statement', () => {
    const row = '{"event":"failed","recipient":"j@k.example","delivery-status":{"code":550,"message":"5.7.1 Unable to relay","mx-host":"mail.k.example"}}';
    expect(diagnose(`このアドレスは正しいのに届きません。\n${row}`).facts.addressConfirmed).toBe(true);
    // (review 76c: "the same as on the business card, it should be right")
    expect(diagnose(`先方のアドレスは名刺と同じで間違いないはずなんですが…\n${row}`).facts.addressConfirmed).toBe(true);
    expect(diagnose(`アドレスに間違いはありません。\n${row}`).facts.addressConfirmed).toBe(true);
  });

  it("reads 'only Mailgun for their newsletter, not for receiving' as the mail not meant for Mailgun", () => {
    const d = diagnose('They only use Mailgun for their newsletter, not for receiving.\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\nFinal-Recipient: rfc822; info@shop.example');
    expect(d.evidence.map((e) => e.rule)).toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it("keeps a logs row's server answer over a bare labelled code", () => {
    const d = diagnose('Oct 1 10:00:00\tFailed\ta@b.example\tPermanent\n    550 5.7.1 Relaying denied (mx-host: mail.b.example)\n    Response: 550');
    expect(d.facts.serverMessage).toBe('550 5.7.1 Relaying denied');
  });

  it("reads 'our last exchange' as no Exchange of the sender's", () => {
    const d = diagnose('Following up on our last exchange: the partner says their Postfix is fine.\n{"event":"failed","recipient":"a@b.example","delivery-status":{"code":554,"message":"5.7.1 <a@b.example>: Relay access denied","mx-host":"mail.b.example"}}');
    expect(d.facts.client).toBeNull();
  });
});

describe('review 63a and 63b', () => {
  it('reads a masked key with a short prefix (SG.<redacted>, key-3f9a***) as no secret', () => {
    expect(diagnose('smtp.sendgrid.net:apikey:SG.<redacted>\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
    expect(diagnose("curl -s --user 'api:key-3f9a***' https://api.eu.mailgun.net/v3/mg.x.example/messages\nForbidden").facts.secretsFound).toBe(false);
  });
  it("reads MailKit's AuthenticationException: 535 as the AUTH command's refusal", () => {
    expect(diagnose('MailKit.Security.AuthenticationException: 535: 5.7.0 Mailgun is not loving your login or password').facts.command).toBe('AUTH');
  });
  it("reads Spanish 'El destinatario era X'", () => {
    expect(diagnose('El destinatario era contabilidad@grupo-andino.example\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.recipient).toBe('contabilidad@grupo-andino.example');
  });
  it("reads 'sent us \"the Mailgun logs\" but this is their own app's outbox' as no Mailgun log", () => {
    const d = diagnose('customer sent us "the Mailgun logs" but this is their own app\'s outbox table (select * from email_outbox where status=\'failed\')\n 90412 | t@b.example | failed | 5 | smtp://smtp.mailgun.org:587 | 550 5.7.1 Relaying denied |\nthe dsn column has no user:pass in it.');
    expect(d.evidence.map((e) => e.rule)).not.toContain("A failure seen in Mailgun's logs");
  });
});

describe("a settings screen's 'Region: EU' (review 63c)", () => {
  it('names the EU region, not an AWS region', () => {
    expect(diagnose('WP Mail SMTP, Mailgun mailer (API, Region: EU).\n550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain').facts.region).toBe('eu');
    expect(diagnose('AWS region: eu-west-1\n550 5.7.1 Relaying denied').facts.region).toBeNull();
  });
});

describe('code review 26', () => {
  const nas = (line: string) => `  SMTP server: mxa.mailgun.org\n  SMTP port: 25\n  Recipient: alerts@customer-lab.example\n"Send a test email" -> "Failed to send the test email. 550 5.7.1 Relaying denied"\n${line}`;
  it("reads a denial before 'MX' as no denial of the MX, and 'the Mailgun server' as Mailgun's MX", () => {
    expect(diagnose(nas("customer-lab.example doesn't get the alerts, its MX records point to Mailgun and there is a route for alerts@.")).scenario).toBe('mailgun-incoming');
    expect(diagnose(nas("customer-lab.example's MX record is the Mailgun server, there's a route for alerts@ too.")).scenario).toBe('mailgun-incoming');
  });

  it("reads 'Has anyone changed the SMTP password, by any chance?' as a question", () => {
    const d = diagnose('Has anyone changed the SMTP password, by any chance?\nExpected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password"');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The SMTP password was changed just before');
    expect(diagnose('We have changed the SMTP password.\n535 5.7.0 Mailgun is not loving your login or password').evidence.map((e) => e.rule)).toContain('The SMTP password was changed just before');
  });

  it('reads Japanese questions with の as no statement, and のに as a clause of its own', () => {
    const row = '{"event":"failed","recipient":"j@k.example","delivery-status":{"code":550,"message":"5.7.1 Unable to relay","mx-host":"mail.k.example"}}';
    expect(diagnose(`このアドレスは正しいのか？\n${row}`).facts.addressConfirmed).toBe(false);
    expect(diagnose(`このアドレスは有効なのか分かりません。\n${row}`).facts.addressConfirmed).toBe(false);
    expect(diagnose(`このアドレスは正しいのに届きません。\n${row}`).facts.addressConfirmed).toBe(true);
  });

  it("reads 'Mailgun logs: accepted, but then failed' as a Mailgun log failure", () => {
    expect(diagnose('Checked the Mailgun logs: accepted, but then failed with 550 5.7.1 Relaying denied').scenario).toBe('recipient-host');
  });

  it("reads 'Delivery status: failed after 1 attempt' as no server answer, and 'we have no Postfix of our own' as no client", () => {
    expect(diagnose('Oct 1 10:00:00\tFailed\ta@b.example\tPermanent\n    550 5.7.1 Relaying denied (mx-host: mail.b.example)\n    Delivery status: failed after 1 attempt').facts.serverMessage).toBe('550 5.7.1 Relaying denied');
    expect(diagnose('We have no Postfix of our own.\n{"event":"failed","recipient":"a@b.example","delivery-status":{"code":554,"message":"5.7.1 <a@b.example>: Relay access denied (postfix)","mx-host":"mail.b.example"}}').facts.client).toBeNull();
  });
});

describe("an enhanced code of another reply's class (review 64b)", () => {
  it("is not the refusal's: a page's delivered item's 2.0.0 beside a 554", () => {
    const page = '{"items": [{"event": "failed", "severity": "permanent", "recipient": "a@b.example", "delivery-status": {"code": 554, "enhanced-code": "", "message": "Relay rejected for policy reasons.", "mx-host": "mail.b.example"}}, {"event": "delivered", "recipient": "c@d.example", "delivery-status": {"code": 250, "message": "2.0.0 Ok: queued as 4Zk2pT1x9Qz"}}]}';
    const d = diagnose(page);
    expect(d.facts.replyCode).toBe(554);
    expect(d.facts.enhancedCode).not.toBe('2.0.0');
  });
});

describe("a logs drawer's fields (review 64b)", () => {
  const drawer = 'Since Tuesday every forward fails. Here\'s the failed event from the Logs drawer:\n\nEvent            failed\nSeverity         permanent\nRecipient        tickets@helpdesk.o.example\nDomain           mg.tienda.example\nDelivery status\n  code           550\n  enhanced-code  5.7.1\n  message        5.7.1 Relaying denied\n  mx-host        mxa.mailgun.org';
  it("keeps its code line, a field of the refusal's, and reads its Domain row as the Mailgun domain", () => {
    const d = diagnose(drawer);
    expect(d.facts.replyCode).toBe(550);
    expect(d.facts.mailgunDomain).toBe('mg.tienda.example');
  });
});

describe('"the Mailgun logs" taken back later (review 64a)', () => {
  it("reads 'well, not the mailgun logs, that's our outbox table' as no Mailgun log, and 'nodemailer → smtp.mailgun.org:587' as the host set", () => {
    const rows = "app_prod=> select id, \"to\", status, last_error from mail_outbox;\n 9 | m.duarte@corvanta.example | failed | 550 5.7.1 Relaying denied\n";
    const taken = diagnose(`pulled these from the mailgun logs:\n${rows}\nwell, not the mailgun logs, that's our outbox table.`);
    expect(taken.evidence.map((e) => e.rule)).not.toContain("The error was seen in Mailgun's logs or events");
    expect(taken.scenario).not.toBe('recipient-host');
    const d = diagnose(`Mailgun logs show every send failing:\n${rows}\nsorry, correction: those aren't Mailgun's logs, that's our own outbox table. The worker is nodemailer → smtp.mailgun.org:587.`);
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});

describe("a Mailgun MX host named only to deny it (review 64a)", () => {
  it("reads 'is Google Workspace, not mxa.mailgun.org' as no mention of Mailgun's MX", () => {
    const d = diagnose('"Inbound for @corliss-dental.example is Google Workspace, not mxa.mailgun.org."\nA patient got this when emailing the front desk:\n   Relaying denied.  550 5.7.1');
    expect(d.evidence.map((e) => e.rule)).not.toContain("Mailgun's inbound MX is named");
    expect(d.scenario).not.toBe('mailgun-incoming');
  });
});

describe("a DNS listing's 'mg.example.com MX: mxa.mailgun.org' (review 64a)", () => {
  it("is no refusing server, while a logs row's 'to: a@b   mx: host' is", () => {
    expect(diagnose('our setup:\nmg.wrenfield.example MX: mxa.mailgun.org / mxb.mailgun.org (set up by the wizard, we never use it)\ncustomers say they get "550 5.7.1 Relaying denied" back').evidence.map((e) => e.rule)).not.toContain("Mailgun's inbound MX gave the refusal");
    expect(diagnose('Jun 3 10:02:14   Failed (permanent)    to: ops@p.example   mx: smtp.p.example   550 5.7.1 <ops@p.example>... Relaying denied. Proper authentication required.').facts.host).toBe('smtp.p.example');
  });
});

describe('a sending path said to work (review 64a)', () => {
  it("reads 'outbound still goes via smtp.eu.mailgun.org ..., that part works' as no host the failing mail went to", () => {
    const d = diagnose("inbound for help@tallyho.example is broken, sender side NDR just says:\n  help@tallyho.example\n  Remote server returned '550 5.7.1 Relaying denied'\n\n$ dig MX tallyho.example +noall +answer\ntallyho.example.\t300\tIN\tMX\t10 mxa.eu.mailgun.org.\n\nfwiw outbound still goes via smtp.eu.mailgun.org with the postmaster@ login, that part works.");
    expect(d.scenario).toBe('mailgun-incoming');
  });
});

describe('code review 27', () => {
  it("reads a denial in MX's clause and 'relay through the Mailgun server' as no word the MX is Mailgun's", () => {
    const app = 'Our alerting box sends with SMTP_HOST=mxa.mailgun.org, port 25, no login. Mail to ops@customer.example fails:\n550 5.7.1 Relaying denied\n';
    expect(diagnose(`${app}customer.example does not have its MX records pointing to Mailgun, it's on Google Workspace.`).scenario).toBe('mailgun-outgoing');
    expect(diagnose(`${app}customer.example MX records are fine and we just relay through the Mailgun server like before.`).scenario).toBe('mailgun-outgoing');
  });

  it("reads 'The Mailgun logs are empty, but ...' as no Mailgun log failure, and a question about the Mailgun log as no taking back", () => {
    expect(diagnose('The Mailgun logs are empty, but our app log shows the send failed:\n550 5.7.1 Relaying denied').scenario).toBe('undetermined');
    expect(diagnose("Mailgun logs:\nFailed: bob@partner.example 550 5.7.1 Relaying denied\nIsn't the Mailgun log supposed to show which server refused it?").scenario).toBe('recipient-host');
  });

  it("reads 'no longer on mxa.mailgun.org' as a denied MX", () => {
    expect(diagnose('Our inbound is no longer on mxa.mailgun.org, we moved to Google Workspace last week. Now mail to sales@shop.example bounces: 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });

  it('keeps an enhanced code that follows its reply code, of whatever class', () => {
    expect(diagnose('smtp; 554 4.4.7 Message expired').facts.enhancedCode).toBe('4.4.7');
  });
});

describe('code review 28', () => {
  it("keeps only an enhanced code that follows this reply's own code", () => {
    expect(diagnose('Error: 550 Relaying denied. Earlier attempt: 421 4.7.0 Try again later').facts.enhancedCode).not.toBe('4.7.0');
  });

  const app = 'MAIL_HOST=mxa.mailgun.org\nMAIL_PORT=25\nIt sends alerts to cams@ops.example.net.\n550 5.7.1 Relaying denied\n';
  it("ends the MX's clause at 'and'/'but', and reads 'MX: the Mailgun servers' as Mailgun's MX", () => {
    expect(diagnose(`${app}ops.example.net doesn't get them and its MX records point to mxa.mailgun.org.`).scenario).toBe('mailgun-incoming');
    expect(diagnose(`${app}ops.example.net MX: the Mailgun servers`).scenario).toBe('mailgun-incoming');
  });

  it("reads 'the mailgun log says accepted but failed' as a Mailgun log failure", () => {
    expect(diagnose('The mailgun log says accepted but failed with this:\n550 5.7.1 Relaying denied').scenario).toBe('recipient-host');
  });

  it('reads a take-back followed by a question after a comma as a take-back', () => {
    const d = diagnose("Sorry, these aren't the Mailgun logs, they're from our own app's outbox table, is that a problem?\nfailed: 550 5.7.1 Relaying denied");
    expect(d.evidence.map((e) => e.rule)).not.toContain("A failure seen in Mailgun's logs");
  });

  it("reads 'sends via smtp.mailgun.org ... and it stopped working' as the host set", () => {
    const d = diagnose('Our Laravel app sends via smtp.mailgun.org on port 587 and it stopped working this morning:\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it("reads a recipient's 'MX server = mxa.mailgun.org, priority 10' as no setting of the app's", () => {
    expect(diagnose('bob@partner.example bounces. Checked their DNS: MX server = mxa.mailgun.org, priority 10. We use port 587 with TLS.\n550 5.7.1 Relaying denied').evidence.map((e) => e.rule)).not.toContain("The app is set to send through Mailgun's inbound MX, which relays nothing");
  });

  it("reads 'we use Gmail for our inboxes' beside a Route that forwards there as no word the mail is not meant for Mailgun", () => {
    const d = diagnose('We receive support@ourshop.example through a Mailgun route that forwards to our team; we use Gmail for our inboxes.\nsupport@ourshop.example: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied');
    expect(d.evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });
});

describe('code review 29', () => {
  const nvr = "Our NVR can't email alerts to ops@customer.example anymore.\nSettings on the device:\nMAIL_HOST=mxa.mailgun.org\nMAIL_PORT=25\nError: 550 5.7.1 Relaying denied\n";
  it.each([
    ["customer.example doesn't have its SPF and MX records pointing to Mailgun, it's a client's domain."],
    ['We use Google Workspace for our mailboxes, there are no inbound routes in Mailgun at all.'],
  ])("keeps an app set to the MX the outgoing case beside '%s'", (line) => {
    expect(diagnose(`${nvr}${line}`).scenario).toBe('mailgun-outgoing');
  });

  it("reads 'Why isn't the Mailgun log showing ..., any idea?' as a question, and 'accepted but the recipient's server failed it' as a Mailgun log failure", () => {
    expect(diagnose("The Mailgun logs show this one as failed:\n550 5.7.1 <jane@partner.example>: Relay access denied (from mx1.partner.example)\nWhy isn't the Mailgun log showing who the sender was, any idea?").scenario).toBe('recipient-host');
    expect(diagnose("Mailgun dashboard says accepted but the recipient's server failed it:\n550 5.7.1 <jane@partner.example>: Relay access denied").scenario).toBe('recipient-host');
  });

  it("reads 'Server = mxb.mailgun.org, SMTP Port = 25' as a settings list, and 'it works from my laptop, but ...' as no path said to work", () => {
    expect(diagnose('Camera email settings: Server = mxb.mailgun.org, SMTP Port = 25, SMTP Authentication = Off\nTest mail to alerts@ourcompany.example fails: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
    expect(diagnose('Our Laravel app sends via smtp.mailgun.org and it works from my laptop, but on the production server every send fails:\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".').scenario).toBe('mailgun-outgoing');
  });

  it('reads a server moved off cPanel as no cPanel server', () => {
    const d = diagnose('We moved the site off cPanel to a plain Debian 12 VPS last week (exim4, smarthost smtp.mailgun.org::587).\n2024-05-02 10:11:12 1s2abc-000123-AB ** jane@partner.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.1.1]: SMTP error from remote mail server after RCPT TO:<jane@partner.example>: 550 5.7.1 Relaying denied');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The sending server is run with cPanel/WHM');
  });
});

describe('code review 30', () => {
  const app = 'MAIL_HOST=mxa.mailgun.org\nMAIL_PORT=25\nIt sends alerts to cams@ops.example.net.\n550 5.7.1 Relaying denied\n';
  const bounce = '\nsupport@ourshop.example: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied';
  const exim = '\n2024-05-02 10:11:12 1s2abc-000123-AB ** jane@partner.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.1.1]: SMTP error from remote mail server after RCPT TO:<jane@partner.example>: 550 5.7.1 Relaying denied';
  const rules = (paste: string) => diagnose(paste).evidence.map((e) => e.rule);

  it("starts a clause at 'and MX records ...' (but not at 'SPF and MX records')", () => {
    expect(diagnose(`${app}ops.example.net doesn't get them and MX records point to mxa.mailgun.org.`).scenario).toBe('mailgun-incoming');
  });

  it('reads a working Route that forwards to Gmail as no word the mail is not meant for Mailgun, past dots in an address', () => {
    expect(rules(`Our Mailgun route forwards support@ourshop.example to the team; we use Gmail for our inboxes.${bounce}`)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
    expect(rules(`We use Gmail for our inboxes and a Mailgun route forwards support@ourshop.example there.${bounce}`)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it("reads 'What I pasted above is not the Mailgun log' as a take-back, and 'but the delivery failed in our app' as another log", () => {
    expect(diagnose("What I pasted above is not the Mailgun log, it's our app's queue table:\nfailed: 550 5.7.1 Relaying denied").scenario).toBe('undetermined');
    expect(diagnose('The Mailgun logs are empty, but the delivery failed in our app with:\n550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });

  it("reads 'Outbound goes via smtp.mailgun.org and it works fine. But customers who write to ...' as no host the failing mail went to", () => {
    expect(diagnose('Outbound goes via smtp.mailgun.org and it works fine. But customers who write to support@ourshop.example get this bounce:\n550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });

  it("reads 'sent from cPanel' as a cPanel server, and 'no longer on cPanel' as none", () => {
    expect(rules(`Mail sent from cPanel relays through Mailgun and bounces:${exim}`)).toContain('The sending server is run with cPanel/WHM');
    expect(rules(`We are no longer on cPanel, it's a plain Debian 12 VPS now.${exim}`)).not.toContain('The sending server is run with cPanel/WHM');
  });
});

describe('code review 31', () => {
  const nvr = "Our NVR can't email alerts to ops@customer.example anymore.\nSettings on the device:\nMAIL_HOST=mxa.mailgun.org\nMAIL_PORT=25\nError: 550 5.7.1 Relaying denied\n";
  const bounce = '\nsupport@ourshop.example: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied';
  const notMeant = (paste: string) => diagnose(paste).evidence.some((e) => e.rule === "The paste says the domain's mail is not meant to go to Mailgun");
  const laravel = (words: string) => diagnose(`Our Laravel app sends via smtp.mailgun.org and ${words}\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".`).scenario;

  it("keeps 'its DNS and MX records' one clause", () => {
    expect(diagnose(`${nvr}customer.example doesn't have its DNS and MX records pointing to Mailgun, it's a client's domain.`).scenario).toBe('mailgun-outgoing');
  });

  it('takes a Route that carries the mail, not a forwarded bounce, "going forward" or routes not used', () => {
    expect(notMeant(`They use Google Workspace for their mailboxes, and a client forwarded us this bounce:${bounce}`)).toBe(true);
    expect(notMeant(`Going forward we use Google Workspace for our mailboxes.${bounce}`)).toBe(true);
    expect(notMeant(`We don't use Mailgun routes, we use Gmail for our inboxes.${bounce}`)).toBe(true);
    expect(notMeant(`Our Mailgun route forwards support@ourshop.example to the team; we use Gmail for our inboxes.${bounce}`)).toBe(false);
  });

  it("hides the host only when 'it works' ends its sentence", () => {
    expect(laravel('it works fine from my laptop, but on the production server every send fails:')).toBe('mailgun-outgoing');
    expect(laravel('it works until about 50 mails an hour, then:')).toBe('mailgun-outgoing');
  });

  it("reads 'came from cPanel's Track Delivery page' as a cPanel server, and 'accepted, but the delivery failed' as a Mailgun log failure", () => {
    const exim = '\n2024-05-02 10:11:12 1s2abc-000123-AB ** jane@partner.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.1.1]: SMTP error from remote mail server after RCPT TO:<jane@partner.example>: 550 5.7.1 Relaying denied';
    expect(diagnose(`The entries below came from cPanel's Track Delivery page:${exim}`).evidence.map((e) => e.rule)).toContain('The sending server is run with cPanel/WHM');
    expect(diagnose('The Mailgun logs show accepted, but the delivery failed:\n550 5.7.1 <jane@partner.example>: Relay access denied (from mx1.partner.example)').scenario).toBe('recipient-host');
  });
});

describe('a denial before MX across a list of record names (left by code review 31)', () => {
  const error = '\nError from their app:\n550 5.7.1 Relaying denied\n';
  const mxRule = "The domain's MX records point to Mailgun";
  it.each([
    'Their domain acme.example does not have SPF, DKIM or MX records pointing to Mailgun, they only send through us.',
    "The domain acme.example doesn't have MX records pointing to Mailgun.",
    'We have no MX records pointing to Mailgun.',
    'acme.example has no SPF or MX records pointing to Mailgun',
    'acme.example does not have any MX record pointing at mailgun.',
  ])('reads %j as no word that the MX is Mailgun', (said) => {
    const d = diagnose(said + error);
    expect(d.evidence.map((e) => e.rule)).not.toContain(mxRule);
    expect(d.scenario).toBe('undetermined');
  });

  it.each(['acme.example has SPF, DKIM and MX records pointing to Mailgun.', 'No, the MX records point to Mailgun.', 'Their SPF, DKIM and MX records point to Mailgun.'])('still reads %j as the MX being Mailgun', (said) => {
    const d = diagnose(said + error);
    expect(d.evidence.map((e) => e.rule)).toContain(mxRule);
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it("keeps an app set to Mailgun's MX sending when the recipient domain's MX is denied across such a list", () => {
    const app = 'Our alerting box sends with SMTP_HOST=mxa.mailgun.org, port 25, no login. Mail to ops@customer.example fails:\n550 5.7.1 Relaying denied\n';
    expect(diagnose(`${app}customer.example does not have SPF, DKIM or MX records pointing to Mailgun, it's on Google Workspace.`).scenario).toBe('mailgun-outgoing');
    expect(diagnose(`${app}customer.example has SPF, DKIM and MX records pointing to Mailgun.`).scenario).toBe('mailgun-incoming');
  });
});

describe("'Mailgun logs show nothing but ...' (left by code review 30)", () => {
  it("reads a failure past the 'but' of our own server as no failure in Mailgun's logs", () => {
    const d = diagnose('Mailgun logs show nothing but the delivery from our Postfix failed:\n550 5.7.1 Relaying denied');
    expect(d.evidence.map((e) => e.rule)).not.toContain("A failure seen in Mailgun's logs");
    expect(d.scenario).toBe('undetermined');
  });

  it("still reads Mailgun's own delivery failing as one", () => {
    for (const said of ['Mailgun logs show accepted but the delivery failed:', 'mailgun marks every send to them as failed:']) {
      expect(diagnose(`${said}\n550 5.7.1 <bob@partner.example>: Relaying denied`).scenario).toBe('recipient-host');
    }
  });
});

describe('review 67a', () => {
  it("reads Sendmail's '... while talking to HOST.:' as the server that refused", () => {
    const bounce = '   ----- The following addresses had permanent fatal errors -----\n<anmeldung@akademie.example>\n    (reason: 550 5.7.1 Relaying denied)\n\n   ----- Transcript of session follows -----\n... while talking to mxa.eu.mailgun.org.:\n>>> RCPT To:<anmeldung@akademie.example>\n<<< 550 5.7.1 Relaying denied';
    const d = diagnose(bounce);
    expect(d.facts.host).toBe('mxa.eu.mailgun.org');
    expect(d.evidence.map((e) => e.rule)).toContain("Mailgun's inbound MX gave the refusal");
    expect(diagnose(bounce.replaceAll('mxa.eu.mailgun.org', 'mx2.partner.example')).facts.host).toBe('mx2.partner.example');
  });

  it("reads a retyped logs entry headed 'failed · permanent · date' with its To: line", () => {
    const entry = 'failed · permanent · 26.11.2026 16:48:03\nTo: einkauf@stahlbau.example\nFrom: bestellung@mg.shop.example\n\nDelivery Status\n  Code: 550\n  Message: relay not permitted\n  MX Host: mail.stahlbau.example\n  Attempt: 1';
    const d = diagnose(entry);
    expect(d.facts.recipient).toBe('einkauf@stahlbau.example');
    expect(d.facts.event).toBe('failed');
    expect(d.facts.severity).toBe('permanent');
    expect(d.scenario).toBe('recipient-host');
  });

  it("keeps each entry of a retyped logs list to its own heading ('Delivered · date' just above)", () => {
    const list = 'Delivered · Mar 12, 2025 2:11:06 PM\nTo: marta@gmail.com\nMX host: gmail-smtp-in.l.google.com\nFailed · permanent · Mar 12, 2025 2:11:05 PM\nTo: desk@clinic.example\nDelivery status\n554 5.7.1 <desk@clinic.example>: Relay access denied\nMX host: mail.clinic.example';
    const d = diagnose(list);
    expect(d.facts.event).toBe('failed');
    expect(d.facts.host).toBe('mail.clinic.example');
  });

  it('reads a JSON event whose string a terminal wrapped onto the next line', () => {
    const event = '{\n  "event": "failed",\n  "severity": "temporary",\n  "recipient": "buyer@alder.example",\n  "delivery-status": {\n    "code": 454,\n    "message": "4.7.1 <buyer@alder.example>: Relay access\n denied",\n    "mx-host": "smtp.alder.example"\n  }\n}';
    const d = diagnose(event);
    expect(d.facts.source).toBe('mailgun-event');
    expect(d.facts.serverMessage).toBe('4.7.1 <buyer@alder.example>: Relay access denied');
    expect(d.scenario).toBe('recipient-host');
  });
});

describe("a mail server's own log of a stranger's login it turned down (review 67b)", () => {
  const smarthost = '2024-11-05 09:00:02 1tA2bC-0003xY-Qm ** billing@pets.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.98.11]: SMTP error from remote mail server after RCPT TO:<billing@pets.example>: 550 5.7.1 Relaying denied\n';
  it("is no login of the sending session: Exim's 'authenticator failed for', Postfix smtpd's 'SASL LOGIN authentication failed'", () => {
    for (const line of [
      '2024-11-05 09:00:31 dovecot_login authenticator failed for (User) [45.148.10.92]:50760 I=[203.0.113.40]:587: 535 Incorrect authentication data (set_id=admin@host.example)',
      'Sep  3 06:00:51 mail postfix/submission/smtpd[17194]: warning: unknown[198.245.70.249]: SASL LOGIN authentication failed: UGFzc3dvcmQ6',
    ]) {
      const d = diagnose(smarthost + line);
      expect(d.facts.authAttempted).toBeNull();
      expect(d.evidence.map((e) => e.rule)).not.toContain('The server refused the login (535), so the session stayed unauthenticated');
      expect(d.scenario).toBe('mailgun-outgoing');
    }
  });

  it("still reads the sending session's own refused login", () => {
    expect(diagnose(`${smarthost}2024-11-05 09:00:02 1tA2bC-0003xY-Qm smtp.mailgun.org [34.160.98.11] SMTP error from remote mail server after AUTH PLAIN: 535 5.7.0 Mailgun is not loving your login or password`).facts.authAttempted).toBe(true);
  });
});

describe("Exim's main log by its own shape (review 67a)", () => {
  it('names Exim as the client from its message ids and delivery markers', () => {
    expect(diagnose('2026-11-27 08:12:44 1vKq2R-0004Zp-3F ** j@outlook.com R=dnslookup T=remote_smtp H=outlook-com.olc.protection.outlook.com [52.101.42.9]: SMTP error from remote mail server after end of data: 550 5.7.515 Access denied').facts.client).toBe('exim');
    expect(diagnose('2026-11-27 08:12:44 ticket 1vKq2R-0004Zp-3F ** closed: 550 5.7.1 Relaying denied').facts.client).toBeNull();
  });
});

describe("Office 365's NDR 'Remote server: HOST' under Error Details (review 67a)", () => {
  it('reads it as the server that refused', () => {
    const ndr = "Your message to helpdesk@parcel.example couldn't be delivered.\n\nError Details\nReported error:  550 5.7.1 Relaying denied\nDSN generated by:  AM9PR07MB7298.eurprd07.prod.outlook.com\nRemote server:  mxa.eu.mailgun.org\n";
    const d = diagnose(ndr);
    expect(d.evidence.map((e) => e.rule)).toContain("Mailgun's inbound MX gave the refusal");
    expect(d.facts.host).toBe('mxa.eu.mailgun.org');
  });
});

describe("swaks to Mailgun's MX in a paste about a Route (review 67a)", () => {
  it("reads the session's own server answering as a test of the receiving side: no login expected", () => {
    const paste = 'support@ works but sales@ bounces. Their only route is\n  Expression: match_recipient("support@mg.lumen.example")\n\n$ swaks --to sales@mg.lumen.example --from me@laptop.example --server mxb.mailgun.org\n=== Trying mxb.mailgun.org:25...\n=== Connected to mxb.mailgun.org.\n<-  220 mxb.mailgun.org ESMTP ready\n -> EHLO laptop.local\n<-  250 ENHANCEDSTATUSCODES\n -> MAIL FROM:<me@laptop.example>\n<-  250 Sender address accepted\n -> RCPT TO:<sales@mg.lumen.example>\n<** 550 5.7.1 Relaying denied';
    const d = diagnose(paste);
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe("'for sending and also for receiving' in other languages (review 68c)", () => {
  it.each([
    'Usamos Mailgun para enviar las confirmaciones y también para recibir las respuestas de los clientes (rutas).',
    'Wir nutzen Mailgun zum Versenden der Rechnungen und auch zum Empfangen der Antworten (Routes).',
    'On utilise Mailgun pour envoyer les factures et aussi pour recevoir les réponses (routes).',
    'Usiamo Mailgun per inviare le fatture e anche per ricevere le risposte (routes).',
  ])('leaves a bare relay refusal undetermined: %s', (said) => {
    expect(diagnose(`${said}\n"Desde ayer algunos correos rebotan con el error: 550 5.7.1 Relaying denied"`).scenario).toBe('undetermined');
  });

  it('still reads receiving alone as Routes in play', () => {
    expect(diagnose('Usamos Mailgun para recibir las respuestas (rutas). Error: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-incoming');
  });
});

describe("'don't want to receive through Mailgun at all' (review 68c)", () => {
  it('leads the Route miss with the MX records as the mistake', () => {
    const bounce = '<r.osgood@osgoodlaw.example>: host mxb.mailgun.org[52.207.143.61] said: 550 5.7.1\n    Relaying denied (in reply to RCPT TO command)\n\nThey have zero routes and ';
    const rules = (said: string) => diagnose(bounce + said).evidence.map((e) => e.rule);
    expect(rules("don't want to receive through Mailgun at all.")).toContain("The paste says the domain's mail is not meant to go to Mailgun");
    expect(rules('want to receive through Mailgun soon.')).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });
});

describe("the legacy logs view's row 'Failed: a → b 'Subject' Server response: ...' (review 68a)", () => {
  it('is a failed event of the logs page, with its recipient, code and the server words', () => {
    const d = diagnose("30.11.26 17:05  Failed: info@mg.roastery.example → einkauf@bistro.example 'Ihre Bestellung #HR-3318' Server response: 554 5.7.1 <einkauf@bistro.example>: Relay access denied\n30.11.26 17:05  Accepted: info@mg.roastery.example → einkauf@bistro.example 'Ihre Bestellung #HR-3318'");
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts).toMatchObject({ source: 'mailgun-log-page', event: 'failed', recipient: 'einkauf@bistro.example', replyCode: 554 });
    expect(d.facts.serverMessage).toBe('554 5.7.1 <einkauf@bistro.example>: Relay access denied');
  });

  it("reads a cPanel host's 'turn on SMTP Authentication' there as the recipient's server", () => {
    const d = diagnose("11/30/26 10:37 AM  Failed: invoices@mg.print.example → hello@bakery.example 'Invoice #LP-10422' Server response: 550-Please turn on SMTP Authentication in your mail client. 550-so254-31.mailgun.net (m254-31.mailgun.net) [198.61.254.31]:45102 is currently not permitted to relay through this server. 550 Please use SMTP Authentication.");
    expect(d.scenario).toBe('recipient-host');
  });
});

describe("a legacy webhook's fields one per line: its 'error' is the server's words (review 68a)", () => {
  it('quotes the error without its label', () => {
    const d = diagnose("event           bounced\nrecipient       frontdesk@motorlodge.example\ndomain          mail.bookings.example\ncode            553\nerror           sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\nnotification    \n");
    expect(d.facts.serverMessage).toBe("sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)");
    expect(d.scenario).toBe('recipient-host');
  });
});

describe("Exim's passwd.client keyed for another host, told in words or beside the log's smarthost delivery (review 68c)", () => {
  const log = '2025-03-18 14:27:51 1tuXdV-0003Qm-2C ** rechnung@stadtwerke.example R=smarthost_mailgun T=remote_smtp_smarthost H=smtp.eu.mailgun.org [35.157.46.112]: SMTP error from remote mail server after RCPT TO:<rechnung@stadtwerke.example>: 550 5.7.1 Relaying denied\n';
  const rule = "Exim's passwd.client names another host than its smarthost: no login is sent";
  it('reads the mismatch from the words and the host the smarthost router delivered to', () => {
    expect(diagnose(`${log}They put the login into /etc/exim.passwd.client but "smtp.mailgun.org" is the hostname in there, not the eu one.`).evidence.map((e) => e.rule)).toContain(rule);
    expect(diagnose(`${log}smtp.mailgun.org:postmaster@mg.example.com:********\n(that is our /etc/exim4/passwd.client)`).evidence.map((e) => e.rule)).toContain(rule);
  });

  it('finds none when the words name the same host', () => {
    expect(diagnose(`${log}The login is in /etc/exim.passwd.client under smtp.eu.mailgun.org.`).evidence.map((e) => e.rule)).not.toContain(rule);
  });
});

describe("the sending domain from Mailgun's Message-Id beside its own data (review 68c)", () => {
  it("reads it from an export's Message-Id column, not from an app's own session", () => {
    const csv = '"Timestamp","Event","Severity","Recipient","Message-Id","Delivery Status Code","Delivery Status Message","MX Host"\n"2025-03-14T10:22:07.311Z","failed","permanent","j@partner.example","<20250314102206.1a2b3c4d5e@mail.cheese-shop.example>","554","5.7.1 <j@partner.example>: Relay access denied","mx.partner.example"';
    expect(diagnose(csv).facts.mailgunDomain).toBe('mail.cheese-shop.example');
  });
});

describe("an app's JSON log of a send failing without an enhanced code (review 68c)", () => {
  it("is the sending app's own error: seen while sending", () => {
    const d = diagnose('{"level":"error","caller":"notify/mailer.go:87","msg":"send failed","to":"h@kitora.example","error":"550 relay not permitted"}\nmailer.go:87 is just `err = smtp.SendMail(addr, auth, from, []string{to}, body)`.');
    expect(d.facts.source).toBe('client-exception');
    expect(d.facts.client).toBe('go-net-smtp');
    expect(d.scenario).toBe('undetermined');
  });
});

describe("a login variable said to be empty, and 'recipient in the failing job was' (review 68c)", () => {
  const error = 'Symfony\\Component\\Mailer\\Exception\\TransportException\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nhost smtp.mailgun.org, username "" \n';
  it('names the variable and the recipient', () => {
    const d = diagnose(`${error}the k8s secret didn't get mounted, so MAIL_USERNAME / MAIL_PASSWORD come through empty. recipient in the failing job was tomas@outlook.example fwiw`);
    expect(d.facts.loginFromEnv).toBe('MAIL_USERNAME');
    expect(d.facts.recipient).toBe('tomas@outlook.example');
  });

  it('reads no variable from a mention that does not say it is empty', () => {
    expect(diagnose(`${error}MAIL_USERNAME is set in the secret.`).facts.loginFromEnv).toBeNull();
  });
});

describe("the server's words in a Bounces list row and an alert email (review 68a)", () => {
  it("takes the Error column before the code, not the date after it", () => {
    const row = 'Email address                          Error                                                Code   Date\nanna@insurers.example  5.7.1 Unable to relay for anna@insurers.example   550    Nov 23, 2026 4:17 PM';
    expect(diagnose(row).facts.serverMessage).toBe('550 5.7.1 Unable to relay for anna@insurers.example');
  });

  it("stops the failure reason at the alert's 'Recipient domain:' line", () => {
    const alert = 'Top failure reasons\n  23  550 5.7.1 Unable to relay\n      Recipient domain: westbay-lab.example\n      MX host: mail.westbay-lab.example';
    expect(diagnose(alert).facts.serverMessage).toBe('550 5.7.1 Unable to relay');
  });
});

describe("a Postfix log whose line breaks were lost (review 67a)", () => {
  it("ends the server's words at '(in reply to ... command)'", () => {
    const log = 'Nov 27 09:55:01 mail postfix/smtp[2231]: 8A1F2C0042: to=<hr@granite.example>, relay=smtp.mailgun.org[198.51.100.21]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[198.51.100.21] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)) Nov 27 09:55:01 mail postfix/bounce[2240]: 8A1F2C0042: sender non-delivery notification: 9B3E0C0051 Nov 27 09:55:01 mail postfix/qmgr[998]: 8A1F2C0042: removed';
    expect(diagnose(log).facts.serverMessage).toBe('550 5.7.1 Relaying denied (in reply to RCPT TO command)');
  });
});

describe("Plesk's 'Use outgoing mail relay (smarthost)' label (review 67b)", () => {
  it('names no Exim', () => {
    expect(diagnose('--- Tools & Settings > Mail Server Settings ---\nUse outgoing mail relay (smarthost):  [x]\n   SMTP server address:    smtp.mailgun.org\nServer response: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown').facts.client).toBeNull();
    expect(diagnose('dc_smarthost=smtp.mailgun.org::587\n550 5.7.1 Relaying denied').facts.client).toBe('exim');
  });
});

describe("'Staff mailboxes are in Microsoft 365' (review 69c)", () => {
  it("says the domain's mail is not meant for Mailgun", () => {
    const d = diagnose('Staff mailboxes are in Microsoft 365.\n<frontdesk@ortho.example>:\nRemote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n$ dig +short MX ortho.example\n10 mxa.mailgun.org.\n10 mxb.mailgun.org.');
    expect(d.evidence.map((e) => e.rule)).toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });
});

describe('facts from more shapes (review 69a, 69b)', () => {
  it('reads RCPT TO from Alertmanager, a NAS and sSMTP', () => {
    expect(diagnose('err="oncall-email/email[0]: notify retry canceled due to unrecoverable error after 1 attempts: send RCPT TO command: 550 5.7.1 Relaying denied"').facts.command).toBe('RCPT TO');
    expect(diagnose('mail_send.cpp:211 smtp server replied 550 5.7.1 Relaying denied to RCPT TO:<it@gmail.com>').facts.command).toBe('RCPT TO');
    expect(diagnose('ssmtp: RCPT TO:<pi@growers.example> (550 5.7.1 Relaying denied)').facts.command).toBe('RCPT TO');
  });

  it('reads recipients from an app log, an Alertmanager receiver, a Dutch NDR and a logs entry', () => {
    expect(diagnose('[2024-07-02 08:15:03] production.INFO: Sending invoice INV-20931 to accounts@dairy.example\n550 5.7.1 Relaying denied').facts.recipient).toBe('accounts@dairy.example');
    expect(diagnose("receivers:\n  - name: oncall\n    email_configs:\n      - to: 'pager@noc.example'\nsend RCPT TO command: 550 5.7.1 Relaying denied").facts.recipient).toBe('pager@noc.example');
    expect(diagnose('De volgende geadresseerde(n) kan/kunnen niet worden bereikt:\n\n      inkoop@orders.kwekerij.example op 14-6-2024 16:02\n\n550 5.7.1 Relaying denied').facts.recipient).toBe('inkoop@orders.kwekerij.example');
    expect(diagnose('Failed · Jun 20, 2024 10:14:22 AM\npurchasing@kelp.example\n550 5.4.1 Recipient address rejected: Access denied').facts.recipient).toBe('purchasing@kelp.example');
  });

  it('reads the Mailgun domain said in words', () => {
    expect(diagnose('inbound.harlow.example is our Mailgun receiving domain.\nCould not send to recipient ups@inbound.harlow.example. SMTP server response: 550 5.7.1 Relaying denied').facts.mailgunDomain).toBe('inbound.harlow.example');
  });
});

describe("Alertmanager's smtp_smarthost and kubectl's '<set to the key ...>' (review 69a)", () => {
  it('names no Exim for smtp_smarthost, and no secret for a value kubectl hides', () => {
    expect(diagnose("global:\n  smtp_smarthost: 'smtp.mailgun.org:587'\n  smtp_from: 'alerts@noc.example'\nsend RCPT TO command: 550 5.7.1 Relaying denied").facts.client).toBeNull();
    expect(diagnose("Environment:\n  SMTP_PASSWORD:  <set to the key 'smtp-password' in secret 'mail-credentials'>  Optional: false\n550 5.7.1 Relaying denied").facts.secretsFound).toBe(false);
  });
});

describe('more relay wordings and localized commands (review 70b)', () => {
  it("reads 'is not a local domain' as a relay refusal and RCPT TO in German and French", () => {
    expect(diagnose('Message: 5.7.1 <editor@review.example>: Recipient address rejected: review.example is not a local domain\nMX host: smtp.review.example\nevent: failed').scenario).toBe('recipient-host');
    expect(diagnose('<a@b.example>: host mxa.eu.mailgun.org[185.250.239.5] sagte: 550 5.7.1 Relaying denied\n    (als Antwort auf das Kommando RCPT TO)').facts.command).toBe('RCPT TO');
    expect(diagnose('<a@b.example>: l\'hôte mxb.mailgun.org a dit : 550 5.7.1 Relaying denied\n    (en réponse à la commande RCPT TO)').facts.command).toBe('RCPT TO');
  });
});

describe("an Exim log refusing Mailgun's delivering server, beside its own delivery through Mailgun (review 70b)", () => {
  it("is the recipient's server refusing, not Mailgun's SMTP host (a delivered line's H= refused nothing)", () => {
    const log = '2025-03-12 11:40:02 H=so254-57.mailgun.net [198.61.254.57] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<bounce+5a4e21@mg.legal.example> rejected RCPT <archive@archive.example>: relay not permitted\n2025-03-12 11:41:11 1ttQx2-0004Hd-3K => counsel@partners.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.88.21] X=TLS1.3 CV=yes A=plain C="250 Great success"';
    const d = diagnose(log);
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.map((e) => e.rule)).not.toContain("Mailgun's SMTP submission host gave the refusal");
  });
});

describe("a reply quoted in straight single quotes with an apostrophe in it (review 70a)", () => {
  it('ends at the closing quote, not at the apostrophe', () => {
    expect(diagnose("Remote Server returned '550 5.7.515 Access denied, sending domain mg.zen.example doesn't meet the required authentication level.'").facts.serverMessage).toBe("550 5.7.515 Access denied, sending domain mg.zen.example doesn't meet the required authentication level.");
  });
});

describe("a logfmt error's value (review 70a)", () => {
  it("ends at its closing quote, before the line's next field", () => {
    const d = diagnose('2025-03-12T13:52:19Z ERR mailer: send failed err="UnexpectedResponseError URL=https://api.mailgun.net/v3/mg.fleet.example/messages ExpectedOneOf=[]int{200, 202, 204} Got=401 Error: Forbidden" to=dispatch@haul.example');
    expect(d.facts.serverMessage).toBe('Forbidden');
  });
});

describe("'the recipient is a real person', 'they've emailed with her from gmail just fine' (review 70b)", () => {
  it('says the address is right, not asked', () => {
    const error = '\n["error"]=> "550 relay not allowed for your IP [198.61.254.77], please use your ISP\'s relay"\n["event"]=> "bounced"\n';
    expect(diagnose(`${error}the recipient is a real person, they've emailed with her from gmail just fine`).facts.addressConfirmed).toBe(true);
    expect(diagnose(`${error}is the recipient a real person? have they emailed her before?`).facts.addressConfirmed).toBe(false);
  });
});

describe("no login shown as settings (review 71a)", () => {
  it("reads Exchange's 'SmartHostAuthMechanism : None' after an NDR's copy, and 'user (empty)'", () => {
    const ndr = "Delivery has failed to these recipients or groups:\nclaims@insurance.example\nRemote Server at smtp.mailgun.org (34.160.223.42) returned '550 5.7.1 Relaying denied'\n\nOriginal message headers:\n\nReceived: from EX19-01.corp.local (10.0.0.5) by EX19-01.corp.local\n Tue, 18 Mar 2025 09:12:41 +0100\n\nGet-SendConnector \"Mailgun\" | fl SmartHosts,SmartHostAuthMechanism\nSmartHosts              : {smtp.mailgun.org}\nSmartHostAuthMechanism  : None";
    expect(diagnose(ndr).facts.authAttempted).toBe(false);
    expect(diagnose('Channel settings: host smtp.eu.mailgun.org, port 587, user (empty), password (empty).\nNet::SMTPFatalError: 550 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
  });
});

describe('facts read in review 72', () => {
  it("reads the recipient above Exchange's 'Remote Server at HOST returned'", () => {
    const d = diagnose("Diagnostic information for administrators:\n\nGenerating server: EXCH01.corp.example.local\n\ntanaka.k@shinwa.example\nRemote Server at smtp.mailgun.org (34.160.62.104) returned '550 5.7.1 Relaying denied'");
    expect(d.facts.recipient).toBe('tanaka.k@shinwa.example');
  });

  it("reads an application's list of invalid addresses, and a job's to: [...]", () => {
    expect(diagnose('WARN MailDispatcher : Invalid addresses for booking HRT-55812: [lukas@bluewin.example, sandra@gmx.example]\nSMTPAddressFailedException: 550 5.7.1 Relaying denied').facts.recipients).toEqual(['lukas@bluewin.example', 'sandra@gmx.example']);
    expect(diagnose('ResultsMailer#race_results  to: ["harry@gmail.example"]  error: Net::SMTPFatalError 550 5.7.1 Relaying denied').facts.recipient).toBe('harry@gmail.example');
  });

  it('reads the command from a debug log, libcurl and an escaped Symfony message, not from a settings label', () => {
    const zabbix = 'Serveur SMTP : smtp.mailgun.org\n  HELO SMTP : zabbix.example.fr\nFailed to send email: Failed sending data to the peer: RCPT failed: 550\n\n  2187:20241105:081512.433 smtp_debug_function() > EHLO zabbix.example.fr\n  2187:20241105:081512.520 smtp_debug_function() > RCPT TO:<astreinte@example.fr>\n  2187:20241105:081512.527 smtp_debug_function() < 550 5.7.1 Relaying denied';
    expect(diagnose(zabbix).facts.command).toBe('RCPT TO');
    expect(diagnose('{"message":"Failed sending test email: Expected response code \\"250/251/252\\" but got code \\"550\\", with message \\"550 5.7.1 Relaying denied\\"."}').facts.command).toBe('RCPT TO');
  });

  it('reads Go structs printed one per log line as separate events (no code from another event)', () => {
    const print = (to: string, code: number, message: string, enhanced: string) => `2025/03/26 11:40:02 &{Generic:{Timestamp:1742988945.3117 Name:failed ID:x} Recipient:${to} Severity:permanent Reason:bounce DeliveryStatus:{Code:${code} AttemptNo:1 Description: MxHost:mx.${to.split('@')[1]} Message:${message} SessionSeconds:1.1 EnhancedCode:${enhanced} Tls:false}}`;
    const d = diagnose([print('t.ng@builders.example', 550, 'relay not permitted', ''), print('k.murphy@bigpond.example', 552, '5.2.2 Mailbox quota exceeded', '5.2.2')].join('\n'));
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.replyCode).toBe(550);
    expect(d.facts.enhancedCode).toBeNull();
  });

  it("keeps each address of Exim's bounce apart: the first refused one, with its own reply", () => {
    const block = (to: string, host: string, reply: string) => `  ${to}\n    host ${host} [34.198.40.117]\n    SMTP error from remote mail server after RCPT TO:<${to}>:\n    ${reply}\n`;
    const d = diagnose(`A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n${block('facturas@ibarra.example', 'mxa.mailgun.org', '550 5.7.1 Relaying denied')}${block('compras@ibarra.example', 'mxa.mailgun.org', '550 5.7.1 Relaying denied')}${block('l.mendez@other.example', 'mail.other.example', '550 5.1.1 <l.mendez@other.example>: Recipient address rejected: User unknown')}`);
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.recipient).toBe('facturas@ibarra.example');
    expect(d.facts.serverMessage).toBe('550 5.7.1 Relaying denied');
  });

  it("reads a settings screen's 'Authentication: No' and Send-MailMessage without -Credential as no login", () => {
    expect(diagnose('Host: smtp.mailgun.org\nPort: 587\nAuthentication: No\nSMTP Error: 550 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
    expect(diagnose('$params = @{ SmtpServer = "smtp.mailgun.org"; Port = 587; UseSsl = $true; To = "a@b.example" }\nSend-MailMessage @params\nSend-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.authAttempted).toBe(false);
    expect(diagnose('Send-MailMessage -SmtpServer smtp.mailgun.org -Credential $cred -To a@b.example\nSend-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
    expect(diagnose('We checked the authentication: no luck so far\n550 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });
});

describe('German words about the refused address and a move (review 72c)', () => {
  const event = '{"event":"failed","severity":"permanent","recipient":"m.berger@kanzlei.example","delivery-status":{"mx-host":"mail.kanzlei.example","code":554,"message":"5.7.1 <m.berger@kanzlei.example>: Relay access denied"}}';
  it('reads the address checked and the mail server changed', () => {
    const d = diagnose(`Kunde hat die Adresse schon 2x mit dem Mandanten abgeglichen.\n${event}\nLaut Kunde hat die Kanzlei letzte Woche den Mailserver gewechselt ("neuer Provider seit 9.9.").`);
    expect(d.facts.addressConfirmed).toBe(true);
    expect(d.facts.recipientMailMoved).toBe(true);
    expect(diagnose(`Aus seinem Outlook geht's an dieselbe Adresse problemlos.\n${event}`).facts.addressConfirmed).toBe(true);
  });

  it('reads the same in Dutch (review 72c)', () => {
    const d = diagnose(`Ze hebben de ontvanger al gebeld: adres klopt, "hun hostingpartij is bezig met een migratie".\n${event}`);
    expect(d.facts.addressConfirmed).toBe(true);
    expect(d.facts.recipientMailMoved).toBe(true);
    expect(diagnose(`Wij zijn vorige maand overgestapt naar een andere provider.\n${event}`).facts.recipientMailMoved).toBe(false);
  });

  it('reads the move in Polish, and the retyped row\'s "To:" under "Failed (permanent)" (review 73c)', () => {
    const d = diagnose(`Klient mówi, że kancelaria przeniosła pocztę do nowego hostingu w zeszłym tygodniu.\n  Sep 30, 2024 11:02:17 AM   ● Failed (permanent)\n  To: biuro@kancelaria.example\n  Delivery status:\n     mx-host: poczta.stary.example\n     code: 550\n     message: relay not permitted`);
    expect(d.facts.recipientMailMoved).toBe(true);
    expect(d.facts.recipient).toBe('biuro@kancelaria.example');
  });

  it('not our own move, nor a request to check', () => {
    expect(diagnose(`Wir haben letzte Woche den Mailserver gewechselt.\n${event}`).facts.recipientMailMoved).toBe(false);
    expect(diagnose(`Bitte prüfen, ob die Adresse stimmt.\n${event}`).facts.addressConfirmed).toBe(false);
  });
});

describe('settings that are not in use (review 73a)', () => {
  it("reads no host from a comment about a change still to come", () => {
    const d = diagnose('EMAIL_HOST = "smtp-relay.gmail.com"   # TODO: switch to smtp.mailgun.org once mg.x.example is verified\nEMAIL_HOST_USER = ""\nSMTPRecipientsRefused\n{\'j@lagos.example\': (550, b"5.7.0 Mail relay denied [34.118.22.91]. Invalid credentials for relay for one of the domains in: x.example - gsmtp")}');
    expect(d.scenario).not.toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp-relay.gmail.com');
  });

  it("reads no sasl_passwd key from a Java stack frame", () => {
    const d = diagnose('relayhost = [smtp.eu.mailgun.org]:587\nSMTPAddressFailedException: 554 5.7.1 <a@b.example>: Relay access denied\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)');
    expect(d.evidence.map((e) => e.excerpt).join('\n')).not.toContain('sasl_passwd: at');
  });
});

describe('more facts read in review 73a', () => {
  it("reads a Flask legacy webhook's value printed in double quotes, and sSMTP's log under the name send-mail", () => {
    const d = diagnose(`mailgun webhook ImmutableMultiDict([('event', 'bounced'), ('recipient', 'ventas@solis.example'), ('code', '553'), ('error', "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")])`);
    expect(d.facts.serverMessage).toBe("sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)");
    expect(diagnose('send-mail: RCPT TO:<avisos@gmail.example> (550 5.7.1 Relaying denied)\nmailhub=smtp.mailgun.org:587').facts.command).toBe('RCPT TO');
  });
});

describe('recipients read in review 74', () => {
  it("reads a retyped logs table's Failed row and a Ruby job's arguments, not a printed event's headers", () => {
    expect(diagnose('DATE/TIME | EVENT | RECIPIENT | SUBJECT\nFeb 10, 2025 14:22:09 | Failed | contato@limeira.example | Pedido #2291\nServer response: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)').facts.recipient).toBe('contato@limeira.example');
    expect(diagnose('job: ActionMailer::MailDeliveryJob  args: ["PedidoMailer", "confirmacao", "deliver_now", {"to"=>"marina@uol.example"}]\nNet::SMTPFatalError: 550 5.7.1 Relaying denied').facts.recipient).toBe('marina@uol.example');
    expect(diagnose('{"recipient"=>"orders@prairie.example", "delivery-status"=>{"code"=>554, "message"=>"5.7.1 <orders@prairie.example>: Relay access denied"}, "message"=>{"headers"=>{"to"=>"sales@inbound.seeds.example"}}}').facts.recipients).toEqual(['orders@prairie.example']);
  });
});

describe('the Mailgun domain said in words (review 76a)', () => {
  it("comes before a login's domain, which may be the mistake, in several languages", () => {
    const session = "SERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\n$mail->Host = 'smtp.eu.mailgun.org';\n$mail->Username = 'postmaster@sklep.example';\n";
    expect(diagnose(`${session}(domena w Mailgunie to mg.sklep.example, a login jest bez "mg.")`).facts.mailgunDomain).toBe('mg.sklep.example');
    expect(diagnose(`${session}The domain in Mailgun is mg.sklep.example.`).facts.mailgunDomain).toBe('mg.sklep.example');
    expect(diagnose(session).facts.mailgunDomain).toBe('sklep.example');
  });
});

describe('facts read in review 79', () => {
  const said = (chatter: string) => diagnose(`550 5.7.1 Unable to relay for anna@kunde.example\n\n${chatter}`).facts.addressConfirmed;
  it('reads an address said to be right with the address itself as the subject, and in Portuguese', () => {
    expect(said('anna@kunde.example is 100% correct, she gave it to us in person')).toBe(true);
    expect(said('o endereço do cliente foi confirmado por telefone')).toBe(true);
    expect(said('o endereço está correto')).toBe(true);
    expect(said('is anna@kunde.example correct?')).toBe(false);
    expect(said('o endereço pode estar errado')).toBe(false);
  });
  it("reads PHP's getenv(), Ruby's ENV.fetch and Exim's ${env{...}} as a login or password from the environment", () => {
    expect(factsOf("$mail->Username = getenv('MG_SMTP_USER');\n550 5.7.1 Relaying denied").loginFromEnv).toBe("getenv('MG_SMTP_USER')");
    expect(factsOf('user_name: ENV.fetch("SMTP_LOGIN", nil),\n550 5.7.1 Relaying denied').loginFromEnv).toBe('ENV.fetch("SMTP_LOGIN", nil)');
    expect(factsOf('password: ENV.fetch("SMTP_PASSWORD")\n550 5.7.1 Relaying denied').passwordFromEnv).toBe('ENV.fetch("SMTP_PASSWORD")');
    expect(factsOf('client_send = : user = ${env{MG_SMTP_USER}{$value}fail}\n550 5.7.1 Relaying denied').loginFromEnv).toContain('${env{MG_SMTP_USER}');
  });
  it('does not take a password read from the environment for the missing login when the login is written out', () => {
    const f = factsOf("$mail->Username = 'postmaster@mg.shop.example';\n$mail->Password = getenv('MG_SMTP_PASS');\n550 5.7.1 Relaying denied");
    expect(f.loginFromEnv).toBeNull();
    expect(f.passwordFromEnv).toBe("getenv('MG_SMTP_PASS')");
    expect(factsOf("$mail->Password = getenv('MG_SMTP_PASS');\n550 5.7.1 Relaying denied").loginFromEnv).toBe("getenv('MG_SMTP_PASS')");
  });
  it("names Sendmail from its m4 smart-host settings, not Exim from the word smarthost", () => {
    expect(factsOf("define(`SMART_HOST', `smtp.mailgun.org')dnl\n>>> RCPT To:<a@b.example>\n<<< 550 5.7.1 Relaying denied").client).toBe('sendmail');
    expect(factsOf('the authinfo map /etc/mail/authinfo may be missing; smarthost is smtp.mailgun.org\n550 5.7.1 Relaying denied').client).toBe('sendmail');
    expect(factsOf('exim smarthost smtp.mailgun.org\n550 5.7.1 Relaying denied').client).toBe('exim');
  });
  it('calls a legacy key-... value an API key even under a password setting', () => {
    const n = normalize("MAIL_PASSWORD=key-3ax6xnjp29jd6fds4gc373sgvjxteol0\n535 5.7.0 Mailgun is not loving your login or password");
    expect(n.secretKinds).toContain('api-key');
    expect(n.secretKinds).not.toContain('password');
  });
});

describe('the network a refused private client is in (facts.clientNetwork)', () => {
  const refusal = 'Mar 03 10:11:12 relay01 postfix/smtpd[811]: NOQUEUE: reject: RCPT from unknown[172.28.0.7]: 554 5.7.1 <ops@partner.example>: Relay access denied; from=<app@corp.example> to=<ops@partner.example> proto=ESMTP helo=<app>';
  it('reads the most specific network the paste writes that holds the client', () => {
    expect(factsOf(`docker network app_net is 172.28.0.0/16, the host LAN 172.0.0.0/8\n${refusal}`).clientNetwork).toBe('172.28.0.0/16');
    expect(factsOf(`subnet 172.28.0.5/24\n${refusal}`).clientNetwork).toBe('172.28.0.0/24');
  });
  it('leaves out a network a relay list already allows, one that does not hold the client, and a paste without one', () => {
    expect(factsOf(`mynetworks = 127.0.0.0/8 172.28.0.0/16\n${refusal}`).clientNetwork).toBeNull();
    expect(factsOf(`the VPN is 10.8.0.0/24\n${refusal}`).clientNetwork).toBeNull();
    expect(factsOf(refusal).clientNetwork).toBeNull();
    expect(factsOf('our range 10.0.0.0/8\n550 5.7.1 Relaying denied').clientNetwork).toBeNull();
  });
});

describe('review 80c: a password changed in other words, read from a login call', () => {
  it("reads smtplib's login(user, password) arguments from the environment as the password's variable", () => {
    expect(factsOf('server.login(os.environ["MG_SMTP_USER"], os.environ["MG_SMTP_PASS"])\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')').passwordFromEnv).toBe('os.environ["MG_SMTP_PASS"]');
    expect(factsOf('server.login("postmaster@mg.a.example", "hunter2")\n535 5.7.0 Mailgun is not loving your login or password').passwordFromEnv).toBeNull();
  });
  it('says the password was just changed in Italian, German, Spanish, French, Dutch and Portuguese, not when asked', () => {
    const changed = (said: string) => diagnose(`${said}\n535 5.7.0 Mailgun is not loving your login or password`).evidence.some((e) => e.rule === 'The SMTP password was changed just before');
    for (const said of ['ha appena ruotato la password SMTP nel pannello', 'wir haben das Passwort gestern geändert', 'cambiamos la contraseña ayer', 'on a changé le mot de passe hier', 'het wachtwoord is gisteren gewijzigd', 'alteramos a senha ontem']) expect(changed(said), said).toBe(true);
    expect(changed('abbiamo cambiato la password?')).toBe(false);
  });
});

describe('a login variable the deployment names otherwise, said in words (review 80c)', () => {
  const transport = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE'\nconst transporter = nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: { user: process.env.MAILGUN_SMTP_USER, pass: process.env.MAILGUN_SMTP_PASS } });";
  it('pairs each variable read with the one the deployment sets without its prefix, in Spanish or English (the login, then the password)', () => {
    const rules = (chatter: string) => diagnose(`${transport}\n${chatter}`).evidence.filter((e) => e.rule === 'The login is read from a variable the deployment does not set').map((e) => e.excerpt);
    expect(rules('en Render las variables se llaman SMTP_USER y SMTP_PASSWORD')).toEqual(['MAILGUN_SMTP_USER read · SMTP_USER set, MAILGUN_SMTP_PASS read · SMTP_PASSWORD set']);
    expect(rules('on Render the variables are called SMTP_USER and SMTP_PASSWORD')).toEqual(['MAILGUN_SMTP_USER read · SMTP_USER set, MAILGUN_SMTP_PASS read · SMTP_PASSWORD set']);
  });
  it("does not take code that reads a variable into another name for the deployment's", () => {
    expect(diagnose('SMTP_USER = os.getenv("MG_SMTP_USER")\nif SMTP_USER:\n    s.login(SMTP_USER, SMTP_PASS)\nsmtplib.SMTPRecipientsRefused: {\'a@b.example\': (550, b\'5.7.1 Relaying denied\')}').evidence.map((e) => e.rule)).not.toContain('The login is read from a variable the deployment does not set');
  });
});

describe('review 81c: secrets, DSNs, moves and the words of a refusal', () => {
  it("flags a literal ConvertTo-SecureString password, not a reference to the environment", () => {
    const secret = diagnose('$pass = ConvertTo-SecureString "Hunter2secret!" -AsPlainText -Force\n550 5.7.1 Relaying denied');
    expect(secret.facts.secretKinds).toEqual(['password']);
    expect(JSON.stringify(secret)).not.toContain('Hunter2secret');
    expect(diagnose('$pass = ConvertTo-SecureString $env:MG_SMTP_PASS -AsPlainText -Force\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
  });
  it("reads a DSN's user and password read from the environment", () => {
    const f = factsOf('MAILER_DSN=smtp://${MAILGUN_SMTP_LOGIN}:${MAILGUN_SMTP_PASSWORD}@smtp.mailgun.org:587\n550 5.7.1 Relaying denied');
    expect(f.loginFromEnv).toBe('${MAILGUN_SMTP_LOGIN}');
    expect(f.passwordFromEnv).toBe('${MAILGUN_SMTP_PASSWORD}');
  });
  it("reads a move of a domain named with its dots, and Exim's own refusal words", () => {
    const d = diagnose('2024-04-29 13:05:41 H=m47-110.mailgun.net [69.72.47.110] F=<bounce+7e21.5a3f2-orders=kettle.example@mg.tea.example> rejected RCPT <orders@kettle.example>: relay not permitted\nhe says "we moved kettle.example to Microsoft 365 last month, the old server is still up"');
    expect(d.facts.recipientMailMoved).toBe(true);
    expect(d.facts.serverMessage).toBe('relay not permitted');
  });
});

describe('the Mailgun domain said in Italian and Dutch (review 81c)', () => {
  it('reads "il dominio su Mailgun è" and "het domein op Mailgun is"', () => {
    expect(diagnose(';user = postmaster\nil dominio su Mailgun è alerts.studio.example (US)\n550 5.7.1 Relaying denied').facts.mailgunDomain).toBe('alerts.studio.example');
    expect(diagnose('het domein op Mailgun is mg.bakkerij.example\n550 5.7.1 Relaying denied').facts.mailgunDomain).toBe('mg.bakkerij.example');
  });
});

describe('review 82b: the server in smtplib debug output, and a plugin version', () => {
  const session = (name: string) => `EMAIL_HOST=smtp.mailgun.org\nsend: 'ehlo web-3.internal\\r\\n'\nreply: b'250-${name}\\r\\n'\nreply: b'250 8BITMIME\\r\\n'\nsend: 'rcpt TO:<p@travel.example>\\r\\n'\nreply: b'554 5.7.1 <p@travel.example>: Relay access denied\\r\\n'`;
  it("names the server from its answer to EHLO, a container's name with an underscore too", () => {
    const d = diagnose(session('mailrelay.helpdesk_default'));
    expect(d.facts.host).toBe('mailrelay.helpdesk_default');
    expect(d.scenario).toBe('undetermined');
  });
  it("keeps the configured Mailgun host when the answer is one of Mailgun's own machine names", () => {
    expect(diagnose(session('smtp-out.eu.mailgun.org').replace('smtp.mailgun.org', 'smtp.eu.mailgun.org')).facts.host).toBe('smtp.eu.mailgun.org');
  });
  it('takes no enhanced code from a plugin version ("WP Mail SMTP: 4.2.0")', () => {
    expect(diagnose('Versions:\nWP Mail SMTP: 4.2.0\nErrorInfo: SMTP Error: Could not connect to SMTP host.').facts.enhancedCode).toBeNull();
  });
});

describe("the receiving domain of an incoming refusal is the Mailgun domain (reviews 80c to 82c)", () => {
  it("names the recipient's domain when Mailgun's inbound MX refused it", () => {
    const d = diagnose('Remote-MTA: dns; mxa.eu.mailgun.org\nFinal-Recipient: rfc822; pedidos@buzon.ceramicas.example\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.mailgunDomain).toBe('buzon.ceramicas.example');
  });
  it("keeps the sender's domain of a Mailgun event that met another account's MX", () => {
    const d = diagnose('{"event": "failed", "recipient": "info@partner.example", "envelope": {"sender": "bounce+1a@mg.shop.example"}, "delivery-status": {"code": 550, "message": "5.7.1 Relaying denied", "mx-host": "mxa.mailgun.org"}}');
    expect(d.facts.mailgunDomain).not.toBe('partner.example');
  });
});

describe('facts.smtpLogin (review 82c)', () => {
  it('reads a login written out as an address, not a commented-out one', () => {
    expect(diagnose("$mail->SMTPAuth = false;\n$mail->Username = 'Ventas@mg.shop.example';\n550 5.7.1 Relaying denied").facts.smtpLogin).toBe('ventas@mg.shop.example');
    expect(diagnose("// $mail->Username = 'ventas@mg.shop.example';\n550 5.7.1 Relaying denied").facts.smtpLogin).toBeNull();
    expect(diagnose("user: process.env.SMTP_USER\n550 5.7.1 Relaying denied").facts.smtpLogin).toBeNull();
  });
});

describe('the address said to be right, with an aside after it (review 82c)', () => {
  it('reads "the address is right (it\'s their biggest client)" and "is fine - they use it daily"', () => {
    expect(diagnose("customer swears the address is right (it's their biggest client). what do I tell them?\n554 5.7.1 Relay access denied").facts.addressConfirmed).toBe(true);
    expect(diagnose('the address is fine - they use it daily\n554 5.7.1 Relay access denied').facts.addressConfirmed).toBe(true);
    expect(diagnose('is the address right (the one in the CRM)?\n554 5.7.1 Relay access denied').facts.addressConfirmed).toBe(false);
  });
});

describe("an address's history in an export, and a multi-line reply joined (review 84c)", () => {
  const csv = 'Event,Timestamp,Recipient,Severity,Reason,Code,Enhanced Code,Message,MX Host,Attempt\nfailed,2024-11-18T09:02:14Z,k@gmail.com,temporary,generic,452,4.2.2,"452-4.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp x - gsmtp",gmail-smtp-in.l.google.com,1\nfailed,2024-11-18T17:45:03Z,k@gmail.com,permanent,bounce,552,5.2.2,"552-5.2.2 The recipient\'s inbox is out of storage space and inactive. Please direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm y - gsmtp",gmail-smtp-in.l.google.com,8';
  it('reads the permanent failure that ended the retries, with the words of its first line', () => {
    const d = diagnose(csv);
    expect(d.facts.replyCode).toBe(552);
    expect(d.facts.serverMessage).toMatch(/^552-5\.2\.2 The recipient's inbox is out of storage space and inactive/);
  });
});

describe('the address said to be right in Turkish and Polish (review 84c)', () => {
  it('reads "adresin kesinlikle doğru olduğunu" and "adres jest poprawny"', () => {
    expect(diagnose('Müşteri adresin kesinlikle doğru olduğunu söylüyor.\n{"event": "failed", "recipient": "a@hukuk.example", "delivery-status": {"code": 554, "message": "5.7.1 Relay access denied", "mx-host": "mx.hukuk.example"}}').facts.addressConfirmed).toBe(true);
    expect(diagnose('Klient mówi, że adres jest poprawny.\n554 5.7.1 <a@b.example>: Relay access denied').facts.addressConfirmed).toBe(true);
  });
});

describe('the Mailgun domain beside a routed message and a parent-domain login (review 86c)', () => {
  it("takes no routed message's From domain for the Mailgun domain", () => {
    expect(diagnose('06/26/2024 10:42:17  Failed (permanent)\n  Recipient:     m.k@stara.example\n  Original To:   kontakt@biuro.example\n  From:          Hurtownia <zamowienia@blawat.example>\n  Delivery status: 554  5.7.1 <m.k@stara.example>: Relay access denied\n  MX host:       mx.stara.example\n  Route:         kontakt -> Marek').facts.mailgunDomain).not.toBe('blawat.example');
  });
  it('prefers the mg. domain the app sends from over a login at its parent', () => {
    const d = diagnose('smtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_HOST_USER = "postmaster@kargom.example"\nDEFAULT_FROM_EMAIL = "Kargom <bildirim@mg.kargom.example>"');
    expect(d.facts.mailgunDomain).toBe('mg.kargom.example');
  });
});

describe('facts read in review 87', () => {
  it("reads the recipient of an app's own failure line, GitLab's test mail and an incident sent to it", () => {
    expect(diagnose('Payslip delivery failed for employee 4471 (r.c@fastmail.example)\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').facts.recipient).toBe('r.c@fastmail.example');
    expect(diagnose('ERROR EnvioCitas : No se pudo enviar recordatorio a m.rubio@telefonica.example (cita 88231)\nSMTPAddressFailedException: 550 5.7.1 Relaying denied').facts.recipient).toBe('m.rubio@telefonica.example');
    expect(diagnose("irb> Notify.test_email('s.aas@proton.example', 'smtp test', 'hei').deliver_now\nsmtp.rb:1073:in `check_response': 550 5.7.1 Relaying denied (Net::SMTPFatalError)").facts.recipient).toBe('s.aas@proton.example');
    expect(diagnose('alertmailer: sending incident INC-5521 to oncall@kite.example via smtp.mailgun.org:587\nalertmailer: send failed for INC-5521: 550 5.7.1 Relaying denied').facts.recipient).toBe('oncall@kite.example');
  });

  it("takes a spaced logs panel's recipient from the To: line above it", () => {
    const d = diagnose('Failed\nJun 13, 2024 4:07:55 PM\nTo: j.m@portside.example\nFrom: b@mg.coast.example\n\nDelivery status\n  Severity        permanent\n  MX host         portside-example.mail.protection.outlook.com\n  Code            550\n  Message         5.7.54 SMTP; Unable to relay recipient in non-accepted domain');
    expect(d.facts.recipient).toBe('j.m@portside.example');
  });

  it('splits a lined-up row whose first column holds the time, the event and its severity', () => {
    const d = diagnose('2024-06-14T07:12:48Z failed temporary  anne@yahoo.example  mta5.am0.yahoodns.net  421 4.7.0 [TSS04] Messages from 69.72.43.181 temporarily deferred due to unexpected volume or user complaints\n2024-06-14T07:12:49Z failed temporary  bill@aol.example  mx-aol.mail.gm0.yahoodns.net  421 4.7.0 [TSS04] Messages from 69.72.43.181 temporarily deferred');
    expect(d.facts.host).toBe('mta5.am0.yahoodns.net');
    expect(d.facts.recipients).toEqual(['anne@yahoo.example', 'bill@aol.example']);
    expect(d.facts.replyCode).toBe(421);
  });

  it("reads a legacy webhook's form body wrapped before each field", () => {
    const d = diagnose('event=bounced&recipient=ops%40quarry.example&domain=mg.hollis.example\n&code=550\n&error=5.7.1+%3Cops%40quarry.example%3E...+Relaying+denied.+Proper+authentication+required.\n&timestamp=1716212345');
    expect(d.facts.source).toBe('mailgun-legacy-webhook');
    expect(d.facts.enhancedCode).toBe('5.7.1');
    expect(d.scenario).toBe('recipient-host');
  });

  it("takes a domain's MX said to be Mailgun's in Japanese", () => {
    const d = diagnose('受信用ドメイン reply.sakura.example を Mailgun の EU リージョンに作り直しました（MX は mxa.eu.mailgun.org / mxb.eu.mailgun.org）\n=== Connected to mxb.eu.mailgun.org.\n -> RCPT TO:<uketsuke@reply.sakura.example>\n<** 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("reads no relay refusal into a person's comparison, nor into the body of a MIME bounce's returned message", () => {
    expect(diagnose('Net::SMTPServerBusy (454 Throttling failure: Maximum sending rate exceeded.)\naddress: "email-smtp.eu-west-1.amazonaws.com"\nthe 454 made me think of 454 4.7.1 relay access denied but no?').kind).toBe('rate-limit');
    const bounce = 'Content-Type: multipart/report; report-type=delivery-status; boundary="B1/mail.pine.example"\n\n--B1/mail.pine.example\nContent-Type: text/plain\n\n<t@bell.example>: host mail.bell.example said: 552 5.2.2 <t@bell.example>: Recipient address rejected: Mailbox full (in reply to RCPT TO command)\n\n--B1/mail.pine.example\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; t@bell.example\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n--B1/mail.pine.example\nContent-Type: message/rfc822\n\nFrom: s@pine.example\nSubject: Re: lease\n\nlast month everything came back with\n"550 5.7.1 Relaying denied", our IT fixed it.\n\n--B1/mail.pine.example--\n';
    expect(diagnose(bounce).kind).toBe('mailbox-full');
    // (a note after the closing boundary is the person's own)
    const kept = normalize(`${bounce}\nmy note: the relay denied one came from mxa.mailgun.org`).text;
    expect(kept).toContain('my note: the relay denied one came from mxa.mailgun.org');
    expect(kept).not.toContain('our IT fixed it');
  });
});

describe('review 88 readings', () => {
  it("takes no relay refusal from a person's guess that names a code", () => {
    expect(diagnose('Customer asks if it\'s "the 5.7.1 relaying denied thing":\n{"event": "failed", "recipient": "i@rent.example", "delivery-status": {"code": 554, "message": "5.7.1 Service unavailable; Client host [159.135.224.21] blocked using bl.spamcop.net", "mx-host": "mx.rent.example"}}').kind).toBe('blocked');
    expect(diagnose('Customer: "5.7.1 not authorized = your relaying denied article, right?"\nFailed  allstaff@council.example  Permanent\nServer response: 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized\nMX host: council-example.mail.protection.outlook.com').kind).toBe('policy');
  });

  it("reads Outlook's NDR in Portuguese: its remote server refused", () => {
    const d = diagnose('Sua mensagem para faturas@contas.serra.example não pôde ser entregue.\nErro relatado: 550 5.7.1 Relaying denied\nServidor remoto: mxa.mailgun.org');
    expect(d.facts.host).toBe('mxa.mailgun.org');
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it("names Odoo by its mail log's words, and reads \"it's not a typo\" as the address confirmed", () => {
    expect(diagnose("Mail delivery failed via SMTP server 'smtp.mailgun.org'.\nSMTPRecipientsRefused: {'s@yapi.example': (550, b'5.7.1 Relaying denied')}").facts.client).toBe('odoo');
    expect(diagnose("it's the clinic's own front desk address, so it's not a typo\nevent=bounced&recipient=f%40vets.example&code=550&error=550+relay+not+permitted").facts.addressConfirmed).toBe(true);
  });

  it(".NET's inner exception after the server's words is no part of them", () => {
    expect(diagnose('MailKit.Security.AuthenticationException: 535: 5.7.0 Mailgun is not loving your login or password\n ---> MailKit.Net.Smtp.SmtpCommandException: 5.7.0 Mailgun is not loving your login or password\n   --- End of inner exception stack trace ---').facts.serverMessage).toBe('535: 5.7.0 Mailgun is not loving your login or password');
  });
});

describe('review 89 readings', () => {
  it("answers a pipelined transcript's refusal to the command it answers, not the last one sent", () => {
    const d = diagnose('--> MAIL FROM:<b@mg.marine.example>\n--> RCPT TO:<it@marine.example>\n--> DATA\n<-- 250 Sender address accepted\n<-- 550 5.7.1 Relaying denied\n<-- 503 5.5.1 RCPT first\nmsmtp: server message: 550 5.7.1 Relaying denied\nhost smtp.mailgun.org');
    expect(d.facts.command).toBe('RCPT TO');
  });

  it("reads a relay refusal cut off where a photo's screen ends", () => {
    const d = diagnose('  The following address(es) failed:\n    admissions@apply.academy.example\n      host mxa.mailgun.org [34.110.4.19]\n      SMTP error from remote mail server after RCPT TO:<admissions@apply.academy.example>:\n      550 5.7.1 Relaying den\n\napply.academy.example is the one we set up with Mailgun routes.');
    expect(d.scenario).toBe('mailgun-incoming');
    // (a word that only starts the same way is no refusal)
    expect(diagnose('550 5.7.1 Relaying deliberately').scenario).not.toBe('mailgun-incoming');
  });

  it("sets aside an earlier relay refusal a note says was fixed, and a person's report of their own test's 235", () => {
    expect(diagnose('Tue: "550 5.7.1 Relaying denied" → they had `username:` instead of `user_name:`, fixed, auth works now.\nWed (today), new error:\nNet::SMTPServerBusy: 421 Domain sandbox5f2c.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.\naddress: "smtp.mailgun.org"').kind).toBe('sandbox');
    const d = diagnose('Creds are correct, I checked them myself with swaks and got 235 + "250 Great success". App log:\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied\nvar client = new SmtpClient("smtp.mailgun.org", 587);\nclient.Credentials = new NetworkCredential("postmaster@mg.freight.example", pw);\nclient.UseDefaultCredentials = false;');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.smtpLogin).toBe('postmaster@mg.freight.example');
  });

  it("takes the address after a logs row's arrow for the recipient, and a failure's JSON \"to\"", () => {
    const d = diagnose('> Failed · Permanent    Jun 2, 2025 2:03 PM\n> claims@mg.tidewell.example → r.c@marlow.example\n> MX host: marlow-example.mail.protection.outlook.com\n> 550 5.4.1 Recipient address rejected: Access denied.');
    expect(d.facts.recipient).toBe('r.c@marlow.example');
    expect(d.facts.recipients).not.toContain('claims@mg.tidewell.example');
    expect(diagnose('production.INFO: Password reset mail failed {"to":"fleur@ziggo.example"}\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".').facts.recipient).toBe('fleur@ziggo.example');
  });

  it("says a recipient-host refusal came from a host that is no Mailgun's, named or not; reads SparkPost's unconfigured domain as policy", () => {
    expect(diagnose('event=bounced&recipient=h%40physio.example&domain=mg.praxis.example&code=550&error=550+5.7.1+%3Ch%40physio.example%3E...+Relaying+denied.+Proper+authentication+required.').facts.hostRole).toBe('other');
    expect(diagnose("Error: Message failed: 550 5.7.1 Unconfigured Sending Domain <ravens.example>\n  host: 'smtp.sparkpostmail.com'\nis this the mailgun relaying denied thing?").kind).toBe('policy');
  });

  it('notes a Jakarta Mail session that never logs in (useAuth false)', () => {
    const d = diagnose('DEBUG SMTP: useEhlo true, useAuth false\nDEBUG SMTP: trying to connect to host "smtp.mailgun.org", port 2525\nMAIL FROM:<n@mg.tide.example>\n250 Sender address accepted\nRCPT TO:<d@harbor.example>\n550 5.7.1 Relaying denied\nreturn new PasswordAuthentication("notifications@mg.tide.example", System.getenv("MG_SMTP_PASS"));');
    expect(d.evidence.map((e) => e.excerpt)).toContain('DEBUG SMTP: useEhlo true, useAuth false');
    expect(d.facts.smtpLogin).toBe('notifications@mg.tide.example');
  });
});

describe("another provider's refusal beside an old Mailgun setting (review 89b)", () => {
  it("names Microsoft 365 from its own words when the paste still mentions smtp.mailgun.org", () => {
    const d = diagnose('jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\nSMTP server: smtp.office365.com, port 587\n(the old smtp.mailgun.org settings are gone)');
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.provider).toBe('microsoft-365');
  });
});

describe("Mailgun's help article pasted beside the error (review 90b)", () => {
  it("reads no unauthenticated session into the article's own sentences", () => {
    const article = "---- copied from the article ----\nResponse from Mailgun (Outgoing)\nIn this scenario, you've attempted to send an email with Mailgun via SMTP, but received the Relaying Denied response during the SMTP session with Mailgun. This indicates the SMTP session was not authenticated\n---- end ----\n";
    const d = diagnose(`${article}Failed   Permanent\nRecipient        f@grupo.example\nDelivery status\n  Code           550\n  Message        5.7.1 Unable to relay for f@grupo.example\n  MX host        mail.grupo.example`);
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The SMTP session was not authenticated');
  });
});

describe('review 91b readings', () => {
  it("takes Postfix's to=<> over its orig_to=<> for the refused recipient", () => {
    const d = diagnose('patients write to helpdesk@oak.example, an alias of tickets@desk.oak.example\nJun  7 10:15:03 mx1 postfix/smtp[40221]: 6C3D21A04F: to=<tickets@desk.oak.example>, orig_to=<helpdesk@oak.example>, relay=mxb.mailgun.org[44.217.161.11]:25, dsn=5.7.1, status=bounced (host mxb.mailgun.org[44.217.161.11] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.facts.recipient).toBe('tickets@desk.oak.example');
  });

  it("does not read another server's wording, retold, as Mailgun's inbound MX refusing", () => {
    const d = diagnose('A merchant says that when she emails us at support@lumen.example her "mail program" pops up "Relay access denied". Our inbound goes through Mailgun routes. Is Mailgun refusing her??');
    expect(d.scenario).toBe('undetermined');
  });
});

describe('review 92 readings', () => {
  it("reads no transcript into a compose file's list items, but a swaks session still is one", () => {
    expect(factsOf('environment:\n  - NODE_ENV=production\n  - REDIS_URL=redis://redis:6379\nError: 550 5.7.1 Relaying denied').source).not.toBe('smtp-transcript');
    expect(factsOf(' -> RCPT TO:<b@y.example>\n<** 550 5.7.1 Relaying denied').source).toBe('smtp-transcript');
  });
  it("takes the envelope sender of a transcript and of swaks's --from", () => {
    expect(factsOf(' ~> MAIL FROM:<Billing@Ferrule.example>\n<~  250 OK\n ~> RCPT TO:<d@lantern.example>\n<~* 550 5.7.1 Relaying denied').envelopeSender).toBe('billing@ferrule.example');
    expect(factsOf('$ swaks --server smtp.mailgun.org:587 --from alerts@mg.pine.example --to h@orange.example\n550 5.7.1 Relaying denied').envelopeSender).toBe('alerts@mg.pine.example');
    expect(factsOf('550 5.7.1 Relaying denied').envelopeSender).toBeNull();
  });
  it("answers .NET's refusal to the command its stack trace checked, not to the failed-recipient type every trace lists", () => {
    const trace = (command: string) => `System.Net.Mail.SmtpException: Mailbox name not allowed. The server response was: 5.7.1 <p@b.example>: Sender address rejected\n   at System.Net.Mail.${command}.CheckResponse(SmtpStatusCode statusCode, String response)\n   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients, String deliveryNotify, Boolean allowUnicode, SmtpFailedRecipientException& exception)`;
    expect(factsOf(trace('MailCommand')).command).toBe('MAIL FROM');
    expect(factsOf(trace('RecipientCommand')).command).toBe('RCPT TO');
  });
  it("reads Roundcube's recipient step, Exchange Online's stage and last server, and a multi-line reply's command", () => {
    expect(factsOf('SMTP Error (550): Failed to add recipient "z@k.example" (5.7.1 Relaying denied).').command).toBe('RCPT TO');
    const ndr = "Diagnostic information for administrators:\n\nr@b.example\nRemote Server returned '550 5.7.1 Relaying denied'\n\nOriginal message headers:\n\n[Stage: SendRcptTo]\nLED=550 5.7.1 Relaying denied\nLastAttemptedServerName=mxb.eu.mailgun.org\n";
    expect(factsOf(`Our MX points to mxa.eu.mailgun.org / mxb.eu.mailgun.org.\n\n${ndr}`)).toMatchObject({ command: 'RCPT TO', host: 'mxb.eu.mailgun.org' });
    const data = ' -> DATA\n<-  354 Go ahead\n -> Subject: test\n -> .\n<** 550-5.7.26 Unauthenticated email from a.example is not accepted due to\n<** 550 5.7.26 domain\'s DMARC policy.';
    expect(factsOf(data).command).toBe('DATA');
  });
  it("reads a CSV row whose quoted cell a mail client wrapped onto the next line", () => {
    const csv = 'timestamp,event,recipient,delivery_status_code,delivery_status_message,mx_host,severity\n2024-07-08T07:00:06Z,failed,a@q.example,550,"5.7.54 SMTP; Unable to relay recipient [SY4PR01MB6633.ausp\nrd01.prod.outlook.com]",q-example.mail.protection.outlook.com,permanent\n';
    expect(factsOf(csv)).toMatchObject({ mxHost: 'q-example.mail.protection.outlook.com', recipient: 'a@q.example' });
  });
  it("sets aside a quoted support macro's example errors beside the real one, and a TODO comment's Mailgun host", () => {
    const macro = '> *Macro: Relaying Denied (3 scenarios)*\n> • Mailgun: `550 5.7.1 Relaying denied` from smtp.mailgun.org\n> • recipient host: `554 5.7.1 <u@example.com>: Relay access denied`\n\nthe failure: 552 5.2.2 <k@v.example>: Mailbox full (quota exceeded)';
    expect(diagnose(macro)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'mailbox-full' });
    const todo = 'EMAIL_HOST = "smtp.sendgrid.net"\n# MAILGUN: TODO switch EMAIL_HOST to smtp.mailgun.org once DNS verifies\nsmtplib.SMTPDataError: (550, b\'The from address does not match a verified Sender Identity\')';
    expect(factsOf(todo)).toMatchObject({ host: 'smtp.sendgrid.net', hostRole: 'other' });
  });
  it("names Odoo by its test popup, not .NET by Microsoft 365's SmtpClientAuthentication, and reads smtplib's 535 tuple as AUTH", () => {
    const f = factsOf("Outgoing Mail Servers\nConnection Test Failed! Here is what we got instead:\n (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.')");
    expect(f).toMatchObject({ client: 'odoo', command: 'AUTH' });
  });
  it("reads an Exim bounce as the sender's Exim, and recipients in German, Portuguese and Jenkins's words", () => {
    expect(factsOf('  snab@n.example\n    host mx.n.example [92.53.116.40]\n    SMTP error from remote mail server after RCPT TO:<snab@n.example>:\n    550 relay not permitted').client).toBe('exim');
    expect(factsOf('INFO Sende Bestellbestätigung an rezeptur@h.example (Bestellung 1)\nSMTPAddressFailedException: 550 5.7.1 Relaying denied').recipient).toBe('rezeptur@h.example');
    expect(factsOf('Não foi possível entregar a mensagem para vendas@m.example\nMotivo: 550 5.7.1 Relaying denied').recipient).toBe('vendas@m.example');
    expect(factsOf('Sending email to: oncall@p.example\ncom.sun.mail.smtp.SMTPAddressFailedException: 421 Free accounts are for test purposes only.').recipient).toBe('oncall@p.example');
  });
  it("reads no commented-out login into passwd.client's stock comment, but still into a commented-out msmtp user line", () => {
    const rules = (paste: string) => diagnose(paste).evidence.map((e) => e.rule);
    const exim = "# password file used when the local exim is authenticating to a remote\n# host as a client.\nsmtp.mailgun.org:postmaster@mg.a.example:secret\nR=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org: SMTP error from remote mail server after RCPT TO:<b@c.example>: 550 5.7.1 Relaying denied";
    expect(rules(exim)).not.toContain("The configuration's login lines are commented out");
    expect(rules('account mailgun\nhost smtp.mailgun.org\n#user postmaster@mg.a.example\n#passwordeval "cat ~/.mgpass"\nmsmtp: recipient address b@c.example not accepted by the server\nmsmtp: server message: 550 5.7.1 Relaying denied')).toContain("The configuration's login lines are commented out");
  });
  it("takes the server that wrote a delivery report from its Reporting-MTA field or Postfix's first line", () => {
    expect(factsOf('Reporting-MTA: dns; smtp-out2.v.example\nFinal-Recipient: rfc822; e@n.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied').reportingMta).toBe('smtp-out2.v.example');
    expect(factsOf('This is the mail system at host mx.b.example.\n\n<t@c.example>: host smtp.c.example[203.0.113.44] said: 554 5.7.1 <t@c.example>: Relay access denied').reportingMta).toBe('mx.b.example');
    expect(factsOf('550 5.7.1 Relaying denied').reportingMta).toBeNull();
  });
  it("takes the same name's other address at a domain a letter or two away, not one refused too nor at a short domain", () => {
    const refusal = 'Recipient orders@kiwi-bramble.co.nz\n553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)';
    expect(factsOf(`${refusal}\nlast year's invoice went to orders@kiwibramble.co.nz (no hyphen)`).similarAddress).toBe('orders@kiwibramble.co.nz');
    expect(factsOf(`${refusal}\nlast year's invoice went to sales@kiwibramble.co.nz`).similarAddress).toBeNull();
    expect(factsOf(`${refusal}\nand orders@kiwibramble.co.nz: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)`).similarAddress).toBeNull();
  });
  it('takes the region a person reads off the dashboard ("shows region EU") over the US host the client uses, but no AWS region', () => {
    expect(factsOf('their domain mg.p.example shows region EU in the dashboard\nConnection: opening to smtp.mailgun.org:587\n535 5.7.0 Mailgun is not loving your login or password').region).toBe('eu');
    expect(factsOf('the bucket region is eu-west-1\nConnection: opening to smtp.mailgun.org:587\n535 5.7.0 Mailgun is not loving your login or password').region).toBe('us');
  });
  it('reads a question asked in a channel about a relay refusal as a guess, and "use us for X and inbound" as both directions', () => {
    expect(diagnose('The team asked in our shared channel whether this is "the Mailgun relaying denied thing" since it has 5.7.1 in it.\nSmtpException: The server response was: 5.7.1 <p@b.example>: Sender address rejected: not owned by user n@b.example').scenario).toBe('not-relaying-denied');
    expect(diagnose('chat: "some of our emails come back with 550 5.7.1 Relaying denied". they use us for the shop, the newsletter AND inbound on replies.t.example').scenario).toBe('undetermined');
  });
});

describe('review 93 readings', () => {
  it("reads a comparison without a question mark and a relay phrase glossed with '=' as a person's words, not an NDR's chain of replies", () => {
    expect(diagnose('Pytają czy "bounced" z kodem 552 to to samo co "relaying denied". Wklejam:\n["event"]=> string(7) "bounced"\n["code"]=> string(3) "552"\n["error"]=> string(60) "5.2.2 <b@m.example>: Recipient address rejected: Mailbox quota exceeded"')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'mailbox-full' });
    const gloss = 'last time you told us 5.7.1 relaying denied = check the address, but the address is correct this time!!\n{"event": "failed", "severity": "permanent", "recipient": "b@t.example", "delivery-status": {"code": 554, "message": "5.7.1 Service unavailable; Client host [159.135.140.86] blocked using zen.spamhaus.org", "mx-host": "mail.t.example"}}';
    expect(diagnose(gloss)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
    expect(diagnose('Reported error:  550 5.7.367 Remote server returned not permitted to relay -> 550 5.7.1 Relaying denied').facts.serverMessage).toBe('550 5.7.1 Relaying denied');
  });
  it("sets aside a refusal a later thread message says was fixed, with a ticket history's dated headers", () => {
    const thread = '[2024-05-28 10:12 UTC] Customer:\n  com.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\n[2024-05-28 14:40 UTC] Customer:\n  That fixed it, thank you!\n\n[2024-06-11 08:55 UTC] Customer (reopened):\n  Failing again since last night:\n  {"event": "failed", "severity": "temporary", "recipient": "o@yahoo.com", "delivery-status": {"code": 421, "message": "4.7.0 [TSS04] Messages from 198.61.254.29 temporarily deferred due to unexpected volume or user complaints", "mx-host": "mta7.am0.yahoodns.net"}}';
    expect(diagnose(thread)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'rate-limit' });
  });
  it('keeps an address Outlook copied with its link once', () => {
    const f = factsOf("Delivery has failed to these recipients or groups:\n\naccounts@k.example<mailto:accounts@k.example>\n\nDiagnostic information for administrators:\n\nGenerating server: EXCH01.stoat.local\n\naccounts@k.example\nmail.k.example\nRemote Server returned '550 5.7.1 Unable to relay'");
    expect(f).toMatchObject({ recipient: 'accounts@k.example', recipients: ['accounts@k.example'] });
  });
  it("calls a Mailgun-shaped value where a login's password goes a password, not an API key (authinfo's P:, Exim's client_send)", () => {
    const kinds = (paste: string) => diagnose(paste).facts.secretKinds;
    expect(kinds('AuthInfo:smtp.mailgun.org "U:postmaster@mg.q.example" "P:7d2f9a0c41e85b36ad9c0e7f1b24a6c3-2b7e91fd-4c0a8e53" "M:PLAIN"\n550 5.7.1 Relaying denied')).toEqual(['password']);
    expect(kinds('  client_send = : postmaster@mg.o.example : 4a9e1c7f0b3d62e85c1a9f7d0e4b2c86-7f3a0d1e-2c9b8e45\n535 5.7.0 Mailgun is not loving your login or password')).toEqual(['password']);
    expect(kinds("curl --user 'api:4a9e1c7f0b3d62e85c1a9f7d0e4b2c86-7f3a0d1e-2c9b8e45' https://api.mailgun.net/v3/mg.o.example/messages\n401 Forbidden")).toEqual(['api-key']);
  });
  it("reads both directions in Spanish, Jakarta's AuthenticationFailedException as AUTH, a Zabbix export, and a panel's To Email", () => {
    expect(diagnose('Usan Mailgun para enviar presupuestos por SMTP desde su ERP y TAMBIÉN tienen rutas de entrada para pedidos@.\n"Error 550 5.7.1 Relaying denied"').scenario).toBe('undetermined');
    expect(factsOf('jakarta.mail.AuthenticationFailedException: 535 5.7.0 Mailgun is not loving your login or password').command).toBe('AUTH');
    expect(factsOf('zabbix_export:\n  media_types:\n    - name: Mailgun\n      smtp_server: smtp.mailgun.org\nRCPT TO:<n@p.example>\n< 550 5.7.1 Relaying denied\nold on-prem Postfix relay').client).toBe('zabbix');
    expect(factsOf('To Email            alerts@t.example\n421 Domain sandbox1.mailgun.org is not allowed to send: Free accounts are for test purposes only').recipient).toBe('alerts@t.example');
  });
});

describe('review 94 readings', () => {
  it("redacts a password grafana.ini writes in triple quotes", () => {
    const n = normalize('[smtp]\nhost = mail.s.example:587\nuser = grafana@s.example\npassword = \"\"\"h7Q#pL2v!rWm9zTe\"\"\"\n454 4.7.1 <a@b.example>: Relay access denied');
    expect(n.secretKinds).toEqual(['password']);
    expect(n.text).not.toContain('h7Q#pL2v');
  });
  it("reads Apple Mail's \"does not allow relaying\" and its quoted recipient", () => {
    const d = diagnose('Cannot Send Mail\nThe recipient "l.w@fiddle.example" was rejected by the server because it does not allow relaying.\nThe clinic has a Mailgun account, but which SMTP server her phone uses, no idea.');
    expect(d).toMatchObject({ scenario: 'undetermined', facts: { recipient: 'l.w@fiddle.example' } });
  });
  it("reads a legacy webhook Django printed as a QueryDict, each value in a list", () => {
    const d = diagnose("mailgun legacy hook: <QueryDict: {\n  'event': ['bounced'],\n  'recipient': ['claims@ferrule.example'],\n  'domain': ['mg.gorse.example'],\n  'code': ['550'],\n  'error': ['5.7.1 Unable to relay'],\n  'message-headers': ['[[\"From\", \"Bot <claims-bot@mg.gorse.example>\"]]']}>");
    expect(d).toMatchObject({ scenario: 'recipient-host', facts: { recipient: 'claims@ferrule.example', mailgunDomain: 'mg.gorse.example' } });
  });
  it("sets aside relay refusals a note says are not the customer's: a forum thread's, and other customers' listed for comparison", () => {
    const own = 'Customer\'s own error:\nrecipient: d@gmail.com\ncode: 550\nmessage: 5.7.26 Unauthenticated email from c.example is not accepted due to domain\'s DMARC policy.\n\n';
    expect(diagnose(`${own}probably because of these (NOT theirs, from the forum thread they linked):\n- someone's Postfix: \`host smtp.mailgun.org[...] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\``)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'policy' });
    const notes = 'Ticket: "when we send invoices we get: Message could not be sent. 550 5.7.1 Relaying denied."\n\nSimilar tickets this week, for pattern-matching only — these are DIFFERENT customers:\n- T-80277: bounce from a supplier\'s Exim, `host mxb.mailgun.org [...]: 550 5.7.1 Relaying denied` → incoming, no route.\n- T-80269: failed event, mx-host `mx01.shale.example`, `554 5.7.1 Relay access denied`.';
    expect(diagnose(notes).scenario).toBe('undetermined');
  });
});

describe('review 95 readings', () => {
  it("reads T-Online's own block list and a German question about a hyphenated relay phrase as a guess", () => {
    const d = diagnose('Quarrelpike fragt: "Ist das auch so ein Relaying-denied-Ding wie letzte Woche bei euch?"\nFailed · Permanent\nRecipient       h.g@t-online.de\nDelivery status\n  Code          554\n  Message       IP=159.135.232.88 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)\n  MX host       mx00.t-online.de');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });
  it("keeps a YAML anchor's settings (x-smtp-defaults: &smtp), which are no X- header of a mail", () => {
    const f = factsOf('x-smtp-defaults: &smtp\n  host: smtp.eu.mailgun.org\n  port: 587\n  username: staging@mg.p.example\nMailKit.Security.AuthenticationException: 535: 5.7.0 Mailgun is not loving your login or password');
    expect(f).toMatchObject({ host: 'smtp.eu.mailgun.org', region: 'eu' });
    expect(normalize('X-Mailer: PHPMailer 6.9\nX-Originating-IP: [10.1.2.3]\n550 5.7.1 Relaying denied').text).not.toContain('X-Originating-IP');
  });
});

describe("the deployment's environment source without the login (review 94c, 95c)", () => {
  const django = "smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\nEMAIL_HOST = \"smtp.eu.mailgun.org\"\nEMAIL_HOST_USER = os.environ.get(\"MAILGUN_SMTP_LOGIN\", \"\")\nEMAIL_HOST_PASSWORD = os.environ.get(\"MAILGUN_SMTP_PASSWORD\", \"\")\n";
  const gap = (text: string) => diagnose(text).evidence.filter((e) => e.rule === "The deployment's environment source lacks the login's variables").map((e) => e.excerpt);
  it("reads a Compose env_file that still names the file the paste says was renamed", () => {
    expect(gap(`we renamed \`.env\` to \`.env.production\`.\n${django}docker-compose.yml still has \`env_file: .env\` for the web service`)).toEqual(['env_file: .env · renamed to .env.production']);
    expect(gap(`renamed ./secrets.env -> prod.env\n${django}services:\n  web:\n    env_file:\n      - ./secrets.env\n`)).toEqual(['env_file: ./secrets.env · renamed to prod.env']);
    // (an env_file already pointing at the new name, or a rename of another file)
    expect(gap(`we renamed .env to .env.production\n${django}env_file: .env.production`)).toEqual([]);
    expect(gap(`we renamed app.log to app.old\n${django}env_file: .env`)).toEqual([]);
  });
  it("reads one workload's envFrom without the mail secret another's has", () => {
    const web = '        envFrom:\n          - configMapRef:\n              name: app-config\n          - secretRef:\n              name: mailgun-smtp\n';
    const worker = '        envFrom:\n          - configMapRef:\n              name: app-config\n';
    expect(gap(`${django}web:\n${web}worker:\n${worker}`)).toEqual(['envFrom without secretRef mailgun-smtp']);
    // (YAML's list items at the key's own indent; the inline form of the reference)
    expect(gap(`${django}envFrom:\n- secretRef: {name: smtp-creds}\n- configMapRef: {name: c}\n---\nenvFrom:\n- configMapRef: {name: c}\n`)).toEqual(['envFrom without secretRef smtp-creds']);
    // (both load it; or only the database's secret differs while another mail-less one is shared)
    expect(gap(`${django}${web}${web}`)).toEqual([]);
    expect(gap(`${django}${web}${web.replace('mailgun-smtp', 'db-creds')}        envFrom:\n          - secretRef:\n              name: other\n`)).toEqual(['envFrom without secretRef mailgun-smtp']);
    // (no login read from the environment: nothing to miss)
    expect(gap(`smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\n${web}${worker}`)).toEqual([]);
  });
});

describe('review 97c: a bare refusal whose direction the ticket leaves open', () => {
  const ticket = (notes: string) => diagnose(`Customer: "Since Friday we get Relaying denied for support@ortolan.example."\nFollow-up from them when I asked for the exact error: "550 5.7.1 Relaying denied"\nAccount notes: ortolan.example has MX on Mailgun with routes forwarding to Zendesk. ${notes}`);
  it('answers undetermined when the ticket says nobody said where it was seen, or that both directions run on Mailgun', () => {
    expect(ticket('They did not say where they saw the error or who was sending.').scenario).toBe('undetermined');
    expect(ticket("The customer didn't tell us which side it was.").scenario).toBe('undetermined');
    expect(diagnose('Customer: "Our contact form AND our support inbox both run on Mailgun. We get 550 5.7.1 Relaying denied for support@ortolan.example." Their MX points to mxa.mailgun.org.').scenario).toBe('undetermined');
  });
  it("takes a person's 'the exact error: ...' for prose, not a library's exception", () => {
    expect(ticket('').facts.source).toBe('prose');
    expect(diagnose('Mailer Error: SMTP Error: data not accepted.\n550 5.7.1 Relaying denied').facts.source).toBe('client-exception');
  });
  it("does not read a failure in Mailgun's logs out of a question that lists the logs as one place to look", () => {
    const asked = diagnose('550 5.7.1 Relaying denied\nCould you tell us where it was seen: in the CRM when sending, or in the Mailgun logs? A full bounce message would help a lot.');
    expect(asked.evidence.map((e) => e.rule)).not.toContain("A failure seen in Mailgun's logs");
    expect(diagnose('550 5.7.1 Relaying denied\nthe Mailgun logs show it as a failed bounce').evidence.map((e) => e.rule)).toContain("A failure seen in Mailgun's logs");
  });
});

describe('review 97b: threads, drafts, AUTH PLAIN logins and helpdesk exports', () => {
  it("sets aside a thread's uncoded relay refusal a later message says was fixed, for the coded error after it", () => {
    const thread = (fix: string) => diagnose(`> **Fri 16:20 — Rafaela (customer):** emails fail with "SMTP Error: The following recipients failed: ... Relaying denied"\n> **Mon 09:11 — Rafaela:** ${fix}\n> **Tue 08:30 — Rafaela:** new error after ops rotated the SMTP credentials. Same thing again?\n\nSERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\nSMTP Error: Could not authenticate.\nBen: I'm about to paste the relaying denied macro again, ok?`);
    expect(thread('Fixed it, flipped SMTPAuth to true 👍')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
    // (no fix said: the relay refusal stays in the story)
    expect(thread('Still broken over the weekend').kind).not.toBe('auth-failure');
  });
  it("sets aside an agent's drafted reply quoted under 'My macro:', beside the customer's real error", () => {
    const d = diagnose("can someone sanity check before I send? My macro:\n\n> Hi there,\n> The error `550 5.7.1 Relaying denied` means the relaying of this email was not allowed.\n> Best, Support\n\nand here's what the customer actually sent us:\nsmtplib.SMTPRecipientsRefused: {'ceo@x.example': (421, b'Domain sandbox4e0b9c27f1d84a3f8c2a61e5d7b90f13.mailgun.org is not allowed to send: Free accounts are for test purposes only.')}");
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'sandbox' });
  });
  it("reads the login an AUTH PLAIN sent, though its base64 is redacted, and answers a login of another domain", () => {
    const plain = btoa('\0postmaster@mg.fablecourt.example\0Wq7-tR2vLm9pXe4');
    const d = diagnose(`send: 'AUTH PLAIN ${plain}\\r\\n'\nreply: b'235 2.0.0 OK\\r\\n'\nsend: 'mail FROM:<reports@inkhornvale.example>\\r\\n'\nreply: b'250 Sender address accepted\\r\\n'\nsend: 'rcpt TO:<finance@bramble.example>\\r\\n'\nreply: b'550 5.7.1 Relaying denied\\r\\n'\nsrv = smtplib.SMTP("smtp.mailgun.org", 587)`);
    expect(d.facts.smtpLogin).toBe('postmaster@mg.fablecourt.example');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(JSON.stringify(d)).not.toContain(plain);
    expect(JSON.stringify(d)).not.toContain('Wq7-tR2vLm9pXe4');
  });
  it("does not take a helpdesk's export of its own replies for Mailgun's events", () => {
    const d = diagnose('ticket_id,requester_email,sent_at,delivery_state,failure_reason\n88123,t.b@harrow.example,2024-06-12 09:14,failed,550 5.7.1 Relaying denied\n88140,n.e@marlin.example,2024-06-12 11:02,failed,550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.event).toBeNull();
  });
});

describe('review 97a: the command of a 535 alone, and of a connection that failed', () => {
  it('answers AUTH for a 535 quoted without its session', () => {
    expect(factsOf('logger=ngalert error="535 5.7.0 Mailgun is not loving your login or password"').command).toBe('AUTH');
  });
  it('answers CONNECT when no server answered at all', () => {
    expect(factsOf('Error: "Connection could not be established with host "ssl://smtp.mailgun.org:465": stream_socket_client(): Unable to connect (Connection timed out)"').command).toBe('CONNECT');
    expect(factsOf("Error: connect ETIMEDOUT 3.93.1.1:587\n    at TCPConnectWrap.afterConnect").command).toBe('CONNECT');
    // (a server that answered: its command, or none)
    expect(factsOf('Connection timed out once, then: 550 5.7.1 Relaying denied').command).not.toBe('CONNECT');
  });
});

describe('review 97a/97c: a secret store reference, a URL-encoded login, "Relaying denied for <address>"', () => {
  it("takes Azure Key Vault's and other secret stores' references for no secret", () => {
    expect(factsOf('"Password": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/MailgunSmtp/)"\n550 5.7.1 Relaying denied').secretsFound).toBe(false);
    expect(factsOf('smtp_password: "{{resolve:secretsmanager:prod/mailgun:SecretString:password}}"').secretsFound).toBe(false);
    expect(factsOf('"Password": "Tr0ub4dor&3x"\n550 5.7.1 Relaying denied').secretsFound).toBe(true);
  });
  it("reads the Mailgun domain of a DSN's URL-encoded login", () => {
    expect(factsOf('MAILER_DSN=smtps://postmaster%40mg.ptarmigan.example:secret@smtp.mailgun.org:465\nConnection could not be established').mailgunDomain).toBe('mg.ptarmigan.example');
  });
  it('reads the address a person says was refused: "we get Relaying denied for support@..."', () => {
    expect(factsOf('Since Friday we get Relaying denied for support@ortolan.example. 550 5.7.1 Relaying denied').recipient).toBe('support@ortolan.example');
  });
});

describe('the person asks whether Mailgun blocks them or is at fault (review 97c)', () => {
  const blamed = (said: string) => factsOf(`${said}\n550 5.7.1 Relaying denied`).mailgunBlamed;
  it('reads the question, or the claim, in several wordings and languages', () => {
    for (const said of ['is Mailgun blocking us??', 'Customer says "Mailgun blocked us".', 'did mailgun blacklist our new IP?', 'asks if this is "a Mailgun bug"', 'we send with Mailgun. is this on your side?', "is this Mailgun's fault?", 'Kunde meint, Mailgun blockiert sie', '¿Mailgun nos está bloqueando?', 'are we being blocked by Mailgun?']) expect(blamed(said), said).toBe(true);
  });
  it('does not read a denial, a block by someone else, or Mailgun merely named', () => {
    for (const said of ['Mailgun is not blocking us, their server is', 'Client host blocked using zen.spamhaus.org (we send through Mailgun)', 'we use Mailgun for our newsletters', 'is this on their side?']) expect(blamed(said), said).toBe(false);
  });
});

describe('the person asks whether the fault is on their own side', () => {
  const asked = (said: string) => factsOf(`${said}\n550 5.7.1 Relaying denied`).ownSideAsked;
  it('reads the question in several wordings', () => {
    for (const said of ['vendor says they merged tenants. is this on our side?', 'our end or theirs?', 'Is it us or them?', 'is this our fault?', 'Is there anything we can do on our end?', 'Liegt das an uns?']) expect(asked(said), said).toBe(true);
    // (review 119c)
    for (const said of ['Does this have anything to do with us?', 'Isso é problema nosso (Mailgun) ou do lado deles?', '¿Es problema nuestro?', 'Hat das was mit uns zu tun?']) expect(asked(said), said).toBe(true);
  });
  it('does not read a statement about our side, or a question about theirs', () => {
    for (const said of ['we checked everything on our side.', 'is this on their side?', 'our end is fine', 'we can do nothing about it', 'it has nothing to do with us', 'el problema es suyo']) expect(asked(said), said).toBe(false);
  });
});

describe('review 98b: ticket histories, fixes said in words, Exim passwords', () => {
  it("sets aside a ticket history's message that marks its relay refusal solved, when a later message reports one again", () => {
    const d = diagnose('[Jun 27, agent] WP Mail SMTP pointed at smtp.mailgun.org:587 with Authentication OFF, debug log showed "SMTP Error: The following recipients failed: ... : Relaying denied" from smtp.mailgun.org. Turned Authentication ON. Marked solved.\n\n[Jul 5, customer reopened]\n"A buyer never got her confirmation. Her son says the server answered \'relay access denied\'. Is it the same problem again???"');
    expect(d.scenario).toBe('undetermined');
    // (not solved: the earlier message still tells where the refusal came from)
    expect(diagnose('[Jun 27, agent] debug log showed "SMTP Error: The following recipients failed: ... : Relaying denied" from smtp.mailgun.org with Authentication OFF.\n\n[Jul 5, customer reopened]\n"still getting relay access denied"').scenario).toBe('mailgun-outgoing');
  });
  it("sets aside an uncoded relay refusal a timeline says 'they fixed it', for the coded error after it", () => {
    const d = diagnose('Timeline from the ticket:\n- Mon: "Relaying denied" – MAIL_USERNAME was empty in prod .env, they fixed it\n- Wed: new error below.\n\nproduction.ERROR: Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
    expect(d.facts.replyCode).toBe(535);
  });
  it("redacts the password of Exim's client_send, whatever its shape", () => {
    const d = diagnose('begin authenticators\nmailgun_login:\n  driver = plaintext\n  public_name = LOGIN\n  client_send = : postmaster@mg.hasp.example : Zr4!kP9w2Lq7Mx\n550 5.7.1 Relaying denied');
    expect(d.facts.secretsFound).toBe(true);
    expect(JSON.stringify(d)).not.toContain('Zr4!kP9w2Lq7Mx');
  });
});

describe('review 99: facts from message traces, doubts and moves', () => {
  it("reads the server an Exchange message trace names after the returned message's headers", () => {
    const d = diagnose("Delivery has failed to these recipients or groups:\n\nab@faktura.fjord.example\n\nDiagnostic information for administrators:\n\nGenerating server: DB8PR06MB6201.eurprd06.prod.outlook.com\n\nab@faktura.fjord.example\nRemote Server returned '550 5.7.1 Relaying denied'\n\nOriginal message headers:\n\nFrom: a@b.example\nTo: ab@faktura.fjord.example\n\nMessage trace - Event: Fail\nReason: [{LED=550 5.7.1 Relaying denied};{MSG=};{FQDN=mxb.eu.mailgun.org};{IP=141.193.32.14};{LRT=}]\n");
    expect(d.facts).toMatchObject({ host: 'mxb.eu.mailgun.org', hostRole: 'mailgun-mx' });
    expect(d.scenario).toBe('mailgun-incoming');
  });
  it("does not take 'nobody is sure what the MX records ended up as (… Mailgun?)' for an MX at Mailgun", () => {
    expect(diagnose('partners say mail to billing@cider.example bounces. We moved DNS last week and nobody is sure what the MX records ended up as (old cPanel host? Mailgun?).\n  billing@cider.example: 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });
  it("reads 'changed IT providers' as the recipient's mail moving, though a question follows in the next sentence", () => {
    expect(factsOf('{"event": "failed", "recipient": "p@marrow.example", "delivery-status": {"code": 554, "message": "5.7.1 <p@marrow.example>: Relay access denied", "mx-host": "mail.marrow.example"}}\ncustomer mentioned the distributor "changed IT providers last month". is this on us?').recipientMailMoved).toBe(true);
  });
  it("reads the command of smtplib's SMTPSenderRefused and Jakarta's SMTPSenderFailedException", () => {
    expect(factsOf("smtplib.SMTPSenderRefused: (550, b'The from address does not match a verified Sender Identity.', 'a@b.example')").command).toBe('MAIL FROM');
    expect(factsOf('org.eclipse.angus.mail.smtp.SMTPSenderFailedException: 554 5.7.1 <a@b.example>: Sender address rejected: Access denied\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.mailFrom(SMTPTransport.java:1647)').command).toBe('MAIL FROM');
  });
  it("takes a Spanish 'nos aparece este error:' for a person's words, not a library's exception", () => {
    expect(factsOf('"Hola, desde ayer nos aparece este error: 550 5.7.1 Relaying denied. ¿Lo podéis mirar?"').source).toBe('prose');
  });
});

describe('review 100', () => {
  it("sets aside a relay refusal said SORTED above its line 'for the record', for the webhook's own error", () => {
    const d = diagnose('the Relaying denied from last Tuesday is SORTED: they added an authenticator. Old line for the record:\n\n    2024-04-02 08:11:47 1rrXyZ-0004Qk-2B ** c@h.example R=smarthost T=remote_msa H=smtp.mailgun.org [34.160.81.9]: SMTP error from remote mail server after RCPT TO:<c@h.example>: 550 5.7.1 Relaying denied\n\nNew question today:\n{"event": "failed", "severity": "permanent", "recipient": "j@u.example", "delivery-status": {"code": 552, "message": "5.2.2 The recipient\'s inbox is out of storage space", "mx-host": "aspmx.l.google.com"}}');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'mailbox-full' });
  });
  it("reads '--- May 16 (customer) ---' as a message header: the later event's error counts, not the earlier relay bounce", () => {
    const d = diagnose("--- May 2 (Ana) ---\nFirst bounce:\n  failed · permanent · hr@w.example\n  550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n  MX host: w-example.mail.protection.outlook.com\n-> told them that's their tenant not accepting its own domain.\n\n--- May 16 (customer) ---\n\"IT says they fixed the tenant. But it STILL bounces, relaying denied again!!\" and they pasted the event:\n\n{'event': 'failed',\n 'severity': 'permanent',\n 'recipient': 'hr@w.example',\n 'delivery-status': {'attempt-no': 1,\n                     'code': 550,\n                     'message': '5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient hr@w.example not found by SMTP address lookup',\n                     'mx-host': 'w-example.mail.protection.outlook.com',\n                     'enhanced-code': '5.1.10'}}\n\n--- May 16 (Ana) ---\nthey want to know if it's the same relay thing");
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
  });
  it("sets aside a draft reply quoted under 'Draft reply I was about to send (our macro ...):'", () => {
    const d = diagnose("Draft reply I was about to send (our macro \"RD-01 Relaying denied – outgoing\"):\n\n> The error `550 5.7.1 Relaying denied` returned by smtp.mailgun.org means your session was not authenticated.\n\nbut the trace says:\nsmtplib.SMTPRecipientsRefused: {'l@b.example': (421, b'Domain sandbox4e0b9c27f1d84a3f8c2a61e5d7b90f13.mailgun.org is not allowed to send: Free accounts are for test purposes only.')}");
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'sandbox' });
  });
  it("answers undetermined for 'both to send ... and to receive ... via routes', in English or French", () => {
    expect(diagnose('They use Mailgun both to send appointment reminders (their software sends through us) and to receive client replies via routes.\n> `550 5.7.1 Relaying denied`').scenario).toBe('undetermined');
    expect(diagnose('Ils envoient leurs newsletters par SMTP Mailgun ET ils ont des routes pour contact@ : « nos mails partent en erreur "Relaying denied" »').scenario).toBe('undetermined');
  });
  it("takes no person's signature on the refusal's line for the refused address", () => {
    expect(factsOf('> some messages fail with "550 5.7.1 Relaying denied". Please fix. — Priya, priya.raman@velvet.example').recipient).toBeNull();
    expect(factsOf('Failed (permanent) — allstaff@hafen.example\n550 5.7.1 Unable to relay').recipient).toBe('allstaff@hafen.example');
  });
  it(".NET appSettings' password and mailgun-go's written-out key are secrets; 'I took the key from Sending → Webhooks, the ... signing key' is the signing key used", () => {
    const config = diagnose('<add key="SmtpUser" value="intranet@mg.q.example" />\n<add key="SmtpPassword" value="Qm!2025-payroll-7f3a9c" />\n<add key="MailgunApiKey" value="abc123def456" />\n550 5.7.1 Relaying denied');
    expect(config.facts.secretKinds).toEqual(expect.arrayContaining(['password', 'api-key']));
    expect(JSON.stringify(config)).not.toMatch(/Qm!2025|abc123def456/);
    const go = diagnose('Dev says: "I took the key from Sending → Webhooks, the one labelled HTTP webhook signing key"\nURL=https://api.mailgun.net/v3/mg.v.example/messages Got=401 Error: Forbidden\nmg := mailgun.NewMailgun("mg.v.example", "8c2f4e6a1b3d5f7091a2c4e6b8d0f213")');
    expect(go.facts.secretsFound).toBe(true);
    expect(go.evidence.map((e) => e.rule)).toContain('The paste says the webhook signing key was put in as the API key');
  });
  it("reads a settings screen's 'SMTP server: host' as the configured server", () => {
    const d = diagnose('org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 554 5.7.1 <a@f.example>: Relay access denied\nSMTP server:   relay.corp.q.example\nSMTP Port:     25');
    expect(d.facts).toMatchObject({ host: 'relay.corp.q.example', hostRole: 'other' });
  });
});

describe('review 101', () => {
  it('answers AUTH for a 535 quoted inside a log line', () => {
    expect(factsOf('2024/05/14 08:31:55 alert dispatch failed: 535 5.7.0 Mailgun is not loving your login or password').command).toBe('AUTH');
  });
  it("sets aside a relay refusal marked '(gelöst – ...)' for the coded error that came after it", () => {
    const d = diagnose('Letzte Woche hatten sie das hier (gelöst – sie hatten SMTPAuth vergessen):\n\n> SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied\n\nJetzt kommt DAS:\nSERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\nSMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
  });
  it("reads 'Mon — Priya:' as a message header and '✅ confirmed working' as the message's refusal solved", () => {
    const d = diagnose('Mon — Priya: their WP site got "SMTP Error: The following recipients failed: ... Relaying denied" from smtp.mailgun.org, Authentication: OFF. They switched auth on. ✅ confirmed working Monday 16:10.\n\nWed — customer again: "still relaying denied for ONE buyer". From the log drawer:\n{"event":"failed","severity":"permanent","recipient":"o@sonder.example","delivery-status":{"code":550,"message":"5.7.1 <o@sonder.example>... Relaying denied. Proper authentication required.","mx-host":"mail.sonder.example"}}');
    expect(d.scenario).toBe('recipient-host');
  });
  it("reads Exchange Online's SendAsDenied as a sender policy", () => {
    expect(diagnose('com.sun.mail.smtp.SMTPSendFailedException: 554 5.2.252 SendAsDenied; jira@h.example not allowed to send as noreply@h.example; STOREDRV.Submission.Exception:SendAsDeniedException').kind).toBe('policy');
  });
  it("reads swaks's --auth-user on a continued command line (no comment), and a login of another domain then refused", () => {
    const d = diagnose("$ swaks --server smtp.eu.mailgun.org:587 -tls \\\n    --auth LOGIN --auth-user postmaster@mg.skedaddle.example --auth-password '********' \\\n    --from bestellung@pumpernickel.example --to j@wp.example\n ~> AUTH LOGIN\n<~  235 2.7.0 Authentication successful\n ~> MAIL FROM:<bestellung@pumpernickel.example>\n<~  250 Sender address accepted\n ~> RCPT TO:<j@wp.example>\n<~* 550 5.7.1 Relaying denied");
    expect(d.facts.smtpLogin).toBe('postmaster@mg.skedaddle.example');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});

describe("a person's guess that names a setting (review 101b)", () => {
  it("does not read 'they turned auth off again?' as the session's missing login", () => {
    const event = '{"event":"failed","severity":"permanent","recipient":"o@sonder.example","delivery-status":{"code":550,"message":"5.7.1 <o@sonder.example>... Relaying denied. Proper authentication required.","mx-host":"mail.sonder.example"}}';
    expect(diagnose(`${event}\nPriya: "proper authentication required" → they turned auth off again?`).evidence.map((e) => e.rule)).not.toContain('The SMTP session was not authenticated');
    expect(diagnose("SMTPAuth: bool(false)\nSMTP Error: The following recipients failed: a@b.example: Relaying denied\nHost: smtp.mailgun.org").evidence.map((e) => e.rule)).toContain('The SMTP session was not authenticated');
  });
});

describe('a logs entry whose header rows stand apart from its delivery status (round 100a)', () => {
  it("reads the spaced panel's `To:` and `Domain:` rows under a `Failed   Permanent   <date>` heading", () => {
    const f = factsOf('Failed  Permanent                Oct 7, 2024 09:31:48 AM\nTo: reception@barn.example\nFrom: Bookings <bookings@mg.abbey.example>\nDomain: abbey.example\nReason: generic\n\nDelivery status\nCode            554\nMessage         5.7.1 Client host [159.135.228.10] blocked using zen.spamhaus.org\nMX host         mx.barn.example');
    expect(f).toMatchObject({ source: 'mailgun-log-page', event: 'failed', severity: 'permanent', recipient: 'reception@barn.example', mailgunDomain: 'abbey.example', mxHost: 'mx.barn.example' });
  });

  it('reads a retyped entry\'s `Domain:` row over a blank line when no heading is in reach, but no forwarded mail\'s header', () => {
    const entry = 'Failed\n21 mei 2024 15:14:07\nRecipient: r@moss.example\nFrom: Shop <noreply@craft.example>\nSubject: Uw bestelling is verzonden\nDomain: craft.example\nEvent: failed\nSeverity: permanent\nReason: generic\n\nDelivery status\n  Code: 550\n  Message: 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n  MX host: moss-example.mail.protection.outlook.com';
    expect(factsOf(entry)).toMatchObject({ mailgunDomain: 'craft.example', event: 'failed', severity: 'permanent' });
    const forwarded = factsOf('From: Desk <desk@hosting.example>\nTo: Escalations <esc@hosting.example>\nSubject: FW: relaying?\nDate: Mon, 3 Jun 2024\n\nDelivery status\n  Code: 550\n  Message: 5.7.1 Unable to relay\n  MX host: mx.partner.example');
    expect(forwarded.recipient).not.toBe('esc@hosting.example');
  });

  it("keeps two entries apart: the failed entry under its own heading takes nothing from the accepted one above", () => {
    const f = factsOf('Accepted · Jun 17, 2024 10:21:02 AM\n  Recipient: help@support.belfry.example\n  Domain: support.belfry.example\n  Route matched: 6650c1a2\n\nFailed · Permanent · Jun 17, 2024 10:21:04 AM\n  Recipient: desk@inbox.tickets.example\n  Reason: generic\n  Delivery status\n    Code: 554\n    Message: 5.7.1 <desk@inbox.tickets.example>: Relay access denied\n    MX host: mx1.tickets.example');
    expect(f).toMatchObject({ event: 'failed', severity: 'permanent', recipient: 'desk@inbox.tickets.example' });
  });
});

describe('review round 102 found missing', () => {
  it('reads "[Wed 16:02] Customer:" as a message header: the later message\'s 535 is the current error', () => {
    const d = diagnose("[Tue 09:14] Customer:\nPHPMailer says:\nSERVER -> CLIENT: 550 5.7.1 Relaying denied\nSMTP Error: The following recipients failed: a@partner.example: Relaying denied\n\n[Tue 09:40] Agent (Hollie):\nSet SMTPAuth = true please.\n\n[Wed 16:02] Customer:\nDone, but now it's a different error??\nSERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\nSMTP Error: Could not authenticate.");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
  });

  it('sets aside a macro quoted under "our standard macro (pasting it ...):"', () => {
    const d = diagnose('Yesterday I sent them our standard macro (pasting it so you see what they got):\n\n> If you see `550 5.7.1 Relaying denied` while sending through smtp.mailgun.org, your SMTP session was not authenticated.\n\nThey pasted this from the Logs page:\n\nFailed · Permanent   May 16, 2024 09:12:44 AM\nTo        h@marine.example\nDelivery status\n  Code          552\n  Enhanced      5.2.2\n  MX host       mx01.marine.example\n  Message       5.2.2 <h@marine.example>: Recipient address rejected: Mailbox full (quota exceeded)');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('mailbox-full');
  });

  it("reads the failed entry's own status, not the delivered entry's `250 2.0.0` pasted under it", () => {
    const f = factsOf('Failed · Permanent                 May 16, 2024 09:12:44 AM\nFrom      billing@mg.forge.example\nTo        h@marine.example\nReason    bounce\nDelivery status\n  Code          552\n  Enhanced      5.2.2\n  MX host       mx01.marine.example\n  Message       Recipient address rejected: Mailbox full\n\nDelivered                          May 16, 2024 09:12:41 AM\nFrom      billing@mg.forge.example\nTo        accounts@marine.example\nDelivery status  250 2.0.0 Ok: queued as 4VgK9s0Q1pz3wL');
    expect(f).toMatchObject({ event: 'failed', replyCode: 552, enhancedCode: '5.2.2', recipient: 'h@marine.example' });
  });

  it("takes the command from the refusal's own exception, not from an earlier EAUTH print in the thread", () => {
    const eauth = "Error: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\n    at SMTPConnection._actionAUTHComplete (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1577:34)\n  code: 'EAUTH',\n  response: '535 5.7.0 Mailgun is not loving your login or password',\n  responseCode: 535,\n  command: 'AUTH PLAIN'";
    const envelope = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1695:28)\n  code: 'EENVELOPE',\n  response: '550 5.7.1 Relaying denied',\n  responseCode: 550,\n  command: 'RCPT TO',\n  rejected: [ 'o@ferry.example' ]";
    expect(factsOf(`yesterday it was this:\n${eauth}\n\nupdate: they took the auth out, now every send dies with:\n${envelope}`).command).toBe('RCPT TO');
    expect(factsOf(`update: auth out, it was this:\n${eauth}\n\nnow this:\n${envelope}`).command).toBe('RCPT TO');
    // The other way round, the 535 is the current error and answered AUTH.
    const later = diagnose(`yesterday they had this:\n${envelope}\n\nThey added auth. Today they paste this:\n${eauth}`);
    expect(later.facts.command).toBe('AUTH');
  });

  it("is undetermined when nobody knows whether a hosted app sends through Mailgun at all; a mail program's \"outgoing mail settings\" says nothing of it", () => {
    const popup = 'Their CRM pops this when they email a quote:\n\n"Message could not be sent.\nError: 550 5.7.1 Relaying denied\nPlease check your outgoing mail settings or contact your administrator."\n\n';
    expect(diagnose(`${popup}Don't know if JobLedger sends through their Mailgun SMTP creds or through its own servers.`).scenario).toBe('undetermined');
    expect(diagnose(`${popup}JobLedger sends through the Mailgun SMTP with their creds.`).scenario).toBe('mailgun-outgoing');
  });

  it('is undetermined when a bare refusal comes from a customer who sends through SMTP and whose MX points to mxa/mxb', () => {
    const d = diagnose('Their whole message: "since the weekend we\'re getting 550 5.7.1 Relaying denied errors". They send through SMTP from some CRM AND the MX records for rowing.example point to mxa/mxb.mailgun.org with a couple of routes. Which one is it?');
    expect(d.scenario).toBe('undetermined');
  });
});

describe('review round 102b: settings and apps the extractor did not read', () => {
  it('takes the domain a sandbox was left for as the Mailgun domain, not the sandbox a stale login still names', () => {
    const f = factsOf('update: they upgraded and moved off the sandbox domain to mg.shawm.example (EU region)\nbut now postfix bounces everything:\npostfix/smtp[22817]: 4VgT1k3Zz9z1Xq: to=<k@werk.example>, relay=smtp.eu.mailgun.org[141.193.32.19]:587, dsn=5.7.1, status=bounced (host smtp.eu.mailgun.org[141.193.32.19] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\n/etc/postfix/sasl_passwd:\n[smtp.mailgun.org]:587 postmaster@sandbox4f2e81c07b9d4a3e9e6b1d0c5a7f3e21.mailgun.org:secretpass');
    expect(f.mailgunDomain).toBe('mg.shawm.example');
    expect(factsOf('Sandbox error: 421 Domain sandbox4f2e81c07b9d4a3e9e6b1d0c5a7f3e21.mailgun.org is not allowed to send: Free accounts are for test purposes only').mailgunDomain).toBe('sandbox4f2e81c07b9d4a3e9e6b1d0c5a7f3e21.mailgun.org');
  });

  it('names no Mailgun host from a setting kept for the record, `"_oldHost": "smtp.mailgun.org"`', () => {
    const f = factsOf('"Smtp": {\n  "Host": "smtp.office365.com",\n  "Port": 587,\n  "_oldHost": "smtp.mailgun.org"\n}\nMailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.');
    expect(f).toMatchObject({ host: 'smtp.office365.com', hostRole: 'other' });
    const first = factsOf('"Smtp": {\n  "_oldHost": "smtp.mailgun.org",\n  "Host": "smtp.office365.com"\n}\nMailKit.Security.AuthenticationException: 535: 5.7.139 Authentication unsuccessful');
    expect(first.host).toBe('smtp.office365.com');
  });

  it("reads Odoo's failure as its outgoing server's answer: the sending side's own server refused", () => {
    const d = diagnose("Failed mail in Settings → Technical → Emails:\nMail Delivery Failed\nMail delivery failed via SMTP server 'helm-com.mail.protection.outlook.com'.\nSMTPRecipientsRefused: {'b@inn.example': (550, b'5.7.54 SMTP; Unable to relay recipient in non-accepted domain')}\n\nOutgoing mail server: \"M365 direct\", host helm-com.mail.protection.outlook.com, port 25, no authentication.\nThey asked whether switching to Mailgun would fix this.");
    expect(d.scenario).toBe('undetermined');
    expect(d.facts).toMatchObject({ source: 'mail-client', host: 'helm-com.mail.protection.outlook.com', senderRelay: 'helm-com.mail.protection.outlook.com', client: 'odoo' });
    expect(d.evidence.map((e) => e.rule)).not.toContain('Says the app sends through Mailgun SMTP');
  });
});

describe('review round 102b: timelines and doubts', () => {
  it('reads "- Mon:" / "- Tue:" bullets as a timeline: the later 401 of the API is the current error', () => {
    const d = diagnose('Timeline:\n- Mon: their app via SMTP got "550 5.7.1 Relaying denied" from smtp.eu.mailgun.org (no auth configured).\n- Tue: they switched to the HTTP API. Now nothing sends at all:\n\n$ curl -i --user \'api:key-4c9a1e7f03b2d8e56a1f9c0b7d2e3a48\' https://api.eu.mailgun.net/v3/mg.spire.example/messages -F to=\'r@bight.example\'\nHTTP/2 401\n\nForbidden');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('api-auth');
  });

  it("is undetermined when the person does not know which of two relays the app uses; Uptime Kuma's stack names it", () => {
    const d = diagnose('They have "Mailgun for the app and an old relay for monitoring, not sure which one kuma uses tbh". The host field is blanked.\n\n[NOTIFICATION] ERROR: Error: Error: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTP.send (/app/server/notification-providers/smtp.js:177:18)');
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.client).toBe('uptime-kuma');
  });
});

describe('review round 102a: fields the extractor did not read', () => {
  it("reads a retyped entry's `MX:` line under its status over one blank line", () => {
    const f = factsOf('Failed · Permanent · Aug 15 2024, 09:47:33\nFrom: hello@mg.quoit.example\nTo: ben@outlook.example\n\nDelivery status\n550 5.7.1 Unfortunately, messages from [159.135.140.219] weren\'t sent. Part of their network is on our block list (S3150).\n\nMX: outlook-com.olc.protection.outlook.com\nAttempt #1');
    expect(f).toMatchObject({ mxHost: 'outlook-com.olc.protection.outlook.com', recipient: 'ben@outlook.example' });
  });

  it("reads Symfony's DSN host as the app's own relay, doMailFromCommand as MAIL FROM, and a refused sender as no recipient", () => {
    const f = factsOf('app.CRITICAL: Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "250" but got code "553", with message "553 5.7.1 <noreply@keep.example>: Sender address rejected: not owned by user web1@keep.example".\n#0 SmtpTransport.php(198): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->assertResponseCode()\n#2 SmtpTransport.php(219): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doMailFromCommand()\n\n.env.local:\nMAILER_DSN=smtp://web1%40keep.example:secret@mail.keep.example:587');
    expect(f).toMatchObject({ host: 'mail.keep.example', hostRole: 'other', senderRelay: 'mail.keep.example', command: 'MAIL FROM', recipient: null });
    expect(f.recipients).not.toContain('noreply@keep.example');
  });
});

describe('a 535 a person names is no login the session sent (round 102c)', () => {
  it('reads "een 535 aan het debuggen" as chatter: the config\'s mail.smtp.auth: false is the cause', () => {
    const d = diagnose('In de release zat alleen "opruimwerk in application.yml" omdat ze eerder een 535 aan het debuggen waren.\n\nspring:\n  mail:\n    host: smtp.eu.mailgun.org\n    port: 587\n    username: notifications@mg.lager.example\n    properties:\n      mail.smtp.auth: false\n\norg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)');
    expect(d.facts.authAttempted).toBe(false);
    expect(d.evidence.map((e) => e.rule)).toContain('The SMTP session was not authenticated');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The server refused the login (535), so the session stayed unauthenticated');
  });

  it("still reads a server's 535 as a refused login", () => {
    expect(factsOf('SMTP -> ERROR: 535 5.7.0 Mailgun is not loving your login or password').authAttempted).toBe(true);
  });
});

describe('review round 103a: fields the extractor did not read', () => {
  it("reads a logs row's address as the recipient when the row heads the entry", () => {
    const f = factsOf('Failed    06/19/2024 10:42:07    h.lind@cask.example\nPermanent · Bounce\nFrom: Shop <order@mg.lantern.example>\n\nDelivery status\nAttempt no.    1\nCode           554\nMessage        5.7.1 Service unavailable; Client host [159.135.228.12] blocked using zen.spamhaus.org\nMX host        mx01.cask.example');
    expect(f).toMatchObject({ recipient: 'h.lind@cask.example', mxHost: 'mx01.cask.example', replyCode: 554 });
  });

  it("names qmail's refusing server by its address, and its 'does not like recipient' as RCPT TO; not beside a Mailgun host", () => {
    const bounce = "Hi. This is the qmail-send program at mail.sender.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<office@moth.example>:\n198.51.100.23 does not like recipient.\nRemote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\nGiving up on 198.51.100.23.";
    expect(factsOf(bounce)).toMatchObject({ host: '198.51.100.23', hostRole: 'other', command: 'RCPT TO', recipient: 'office@moth.example' });
    expect(factsOf(`${bounce}\n(their MX is mxa.mailgun.org)`).host).not.toBe('198.51.100.23');
  });

  it("reads Go's 'dial tcp ...: i/o timeout' as a failed connection, and Home Assistant from its traceback's path", () => {
    expect(factsOf('logger=ngalert.notifier.email level=error msg="Failed to send" error="dial tcp 34.160.0.1:25: i/o timeout" host=smtp.mailgun.org:25').command).toBe('CONNECT');
    expect(factsOf('  File "/usr/src/homeassistant/homeassistant/components/smtp/notify.py", line 266, in _send_email\n    mail.sendmail(self._sender, recipients, msg.as_string())\nsmtplib.SMTPRecipientsRefused: {\'v@stile.example\': (550, b\'5.7.1 Relaying denied\')}').client).toBe('home-assistant');
  });
});

describe('review round 103b: stories told around the error', () => {
  it('sets aside an uncoded refusal a later line says is gone: "relaying denied is gone, now it\'s this"', () => {
    const d = diagnose("Priya N  9:12 AM\nfirst thing they sent yesterday:\n> SMTP Error: The following recipients failed: orders@shop.example: Relaying denied\n\nPriya N  2:47 PM\nok they flipped it. relaying denied is gone, now it's this:\n2024-05-14 14:41:10\tSERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\nSMTP Error: Could not authenticate.");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
  });

  it('sets aside a macro quoted under a dash title with no colon, "> *Macro — Relaying denied (3 scenarios)*"', () => {
    const d = diagnose("pasting the macro I already sent, then their ACTUAL error:\n\n> *Macro — Relaying denied (3 scenarios)*\n> The error `550 5.7.1 Relaying denied` can come from three places.\n\nwhat they sent:\n{\"event\": \"failed\", \"severity\": \"permanent\", \"recipient\": \"a@gmail.example\", \"delivery-status\": {\"code\": 552, \"message\": \"5.2.2 The recipient's inbox is out of storage space and inactive.\", \"mx-host\": \"gmail-smtp-in.l.google.example\"}}");
    expect(d.kind).toBe('mailbox-full');
  });

  it('sets aside a refusal under "1) ✅ RESOLVED — inbound." past its code fence and report fields', () => {
    const d = diagnose("1) ✅ RESOLVED — inbound. Guests replying were getting bounces like:\n```\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\n```\n2) OPEN — outbound. Copied from the Logs page:\nFailed · Permanent   Jun 3, 2024 7:14:52 PM\nRecipient     h@gmail.example\nMX host       gmail-smtp-in.l.google.example\nCode          550\nMessage       5.7.26 Unauthenticated email from brand.example is not accepted due to domain's DMARC policy.");
    expect(d.kind).toBe('policy');
  });

  it('sets aside a refusal "✅ closed." beside an API\'s later `status: 401`', () => {
    const d = diagnose("Recap:\n• Aug: \"550 5.7.1 Relaying denied\" from smtp.mailgun.org — their app never sent AUTH. They switched to the API. ✅ closed.\n• Today: new failure on the API path:\n[Nest] ERROR [MailService] [Error: Unauthorized] {\n  status: 401,\n  details: 'Forbidden',\n  type: 'MailgunAPIError'\n}");
    expect(d.kind).toBe('api-auth');
  });

  it('is undetermined where two deployments send by different servers and nobody knows which one failed', () => {
    const error = '\nproduction.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".';
    expect(diagnose(`Two deploy slots: "blue" sends through Mailgun SMTP, "green" through their old Postal server. They don't know which slot this came from.${error}`).scenario).toBe('undetermined');
    expect(diagnose(`They run two Grafana instances: prod (sends via Mailgun SMTP) and the lab one (via their MSP's smarthost).${error}`).scenario).toBe('undetermined');
  });

  it('reads "sending and routes too" in German and French as a direction unknown', () => {
    const bare = '\n550 5.7.1 Relaying denied\n';
    expect(diagnose(`Sie versenden per SMTP aus dem Buchungssystem über uns und haben auch Routes für info@.${bare}`).scenario).toBe('undetermined');
    expect(diagnose(`Leur Postfix relaie vers Mailgun (relayhost smtp.mailgun.org), ET ils reçoivent contact@ via une Route Mailgun.${bare}`).scenario).toBe('undetermined');
  });
});

describe('review round 104b', () => {
  it('reads account notes that say the customer sends through Mailgun too: Routes named then settle no direction', () => {
    const bare = '\n> Since yesterday some of our emails are failing with this:\n>     550 5.7.1 Relaying denied\n';
    for (const notes of [
      "they're on Mailgun for both the shop emails AND their info@ inbox via routes, per the account notes.",
      'Usan Mailgun para todo: el boletín sale por su Postfix que relaya a Mailgun, y reciben consultas@ por una Route.',
      'They have mg.fiddle.example for the booking notifications (sent through the API) and a route that forwards lessons@.',
    ]) expect(diagnose(`${notes}${bare}`).scenario).toBe('undetermined');
  });

  it("takes no person's 'qmail relay refusal' for a misspelt refusal, and reads qmail's 'no mailbox here by that name' as an unknown user", () => {
    const d = diagnose('Tier 1 wrote: "553 + sorry = qmail relay refusal = recipient host". Agree?\n{"event-data":{"event":"failed","severity":"permanent","recipient":"f@hosting.example","delivery-status":{"code":553,"message":"sorry, no mailbox here by that name. (#5.7.17)","mx-host":"mail.hosting.example"}}}');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('unknown-user');
  });

  it("reads the login of the relay's own session with Mailgun, not a swaks test's 235 with the office relay above it", () => {
    const f = factsOf("$ swaks --server relay01.office.example:587 --auth LOGIN --auth-user scanner\n<-  220 relay01.office.example ESMTP Postfix\n ~> AUTH LOGIN\n<~  235 2.7.0 Authentication successful\n ~> MAIL FROM:<a@office.example>\n ~> RCPT TO:<k@partner.example>\n ~> DATA\n<~  250 2.0.0 Ok: queued as 4TwK2x1Zq3z9tQ\n\nand then in mail.log on relay01:\nMar 14 09:02:11 relay01 postfix/smtp[21877]: 4TwK2x1Zq3z9tQ: to=<k@partner.example>, relay=smtp.eu.mailgun.org[141.193.32.20]:587, dsn=5.7.1, status=bounced (host smtp.eu.mailgun.org[141.193.32.20] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))");
    expect(f).toMatchObject({ command: 'RCPT TO', host: 'smtp.eu.mailgun.org' });
    expect(f.authAttempted).not.toBe(true);
  });
});

describe('a ticket log headed by days and dates (round 104b)', () => {
  it('reads "**Tue 11 Mar**" lines as message headers: the reopened message\'s 450 is the current error', () => {
    const d = diagnose('**Mon 10 Mar**\nPriyanka: Postfix relays to smtp.mailgun.org without SASL, getting `550 5.7.1 Relaying denied (in reply to RCPT TO command)`.\n**Tue 11 Mar**\nPriyanka: they added sasl_passwd, mail flowing again.\n**Wed 19 Mar**\nPriyanka: reopened. Events API:\n{"items": [{"event": "failed", "severity": "temporary", "recipient": "m@gmail.example", "delivery-status": {"code": 450, "enhanced-code": "4.2.1", "message": "4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.", "mx-host": "gmail-smtp-in.l.google.example"}}]}');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('rate-limit');
  });
});

describe("Exim's 'after pipelined end of data' (round 104a)", () => {
  it('is DATA', () => {
    expect(factsOf('2024-11-13 08:01:22 1tB7xQ ** l@gmail.example R=dnslookup T=remote_smtp H=gmail-smtp-in.l.google.example [142.250.102.27]: SMTP error from remote mail server after pipelined end of data: 550-5.7.1 Our system has detected that this message is likely unsolicited mail.').command).toBe('DATA');
  });
});

describe('review 105: stories told around the error, test sessions, exports', () => {
  it('reads "they use us for both" beside the Routes as a direction the bare NDR does not tell', () => {
    const d = diagnose('Ticket from a dental practice (they use us for both: reminders go out through mg.smile.example, and the front desk inbox is handled by Mailgun routes).\n> "Delivery has failed to these recipients or groups. The error that the other server returned was: 550 5.7.1 Relaying denied"');
    expect(d.scenario).toBe('undetermined');
  });

  it("sets aside a relay refusal the person's note just under it says is fixed, for the error after it", () => {
    const d = diagnose("Mateo  3:12 PM\nfirst error they reported this morning:\n    smtplib.SMTPRecipientsRefused: {'ana@x.example': (550, b'5.7.1 Relaying denied')}\n-> they never called server.login(). fixed that part ✅\n\nMateo  3:41 PM\nnow this:\nsmtplib.SMTPRecipientsRefused: {'ana@x.example': (421, b'Domain sandbox3f0c.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.')}");
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'sandbox' });
    expect(d.facts.replyCode).toBe(421);
    // (not when the note goes on to say it is back)
    expect(diagnose("smtplib.SMTPRecipientsRefused: {'ana@x.example': (550, b'5.7.1 Relaying denied')}\n-> fixed that part ✅ but it is back\nnow also: 421 4.7.0 Try again later").scenario).not.toBe('not-relaying-denied');
  });

  it('reads a macro between dashed lines as no error seen', () => {
    const d = diagnose('--- macro RD-01 (Relaying denied) ---\nThe error "550 5.7.1 Relaying denied" means the session was not authenticated.\n--- end macro ---\n\ncustomer\'s laravel.log:\nproduction.ERROR: Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
  });

  it("reads Swedish words that the earlier relay refusal was solved ('det löste vi') and that this is now", () => {
    const d = diagnose('Förra veckan fick de "550 5.7.1 Relaying denied" eftersom autentisering var avstängt, det löste vi. Nu får de det här istället:\nMailKit.Security.AuthenticationException: 535: 5.7.0 Mailgun is not loving your login or password');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
  });

  it("does not take a sasl_passwd map key after the file's name for a password, and finds the password after it", () => {
    const masked = factsOf('relayhost = [smtp.mailgun.org]:587 /etc/postfix/sasl_passwd: [smtp.mailgun.org]:2525 postmaster@mg.k.example:********\n550 5.7.1 Relaying denied');
    expect(masked.secretsFound).toBe(false);
    const real = diagnose('relayhost = [smtp.mailgun.org]:587 /etc/postfix/sasl_passwd: [smtp.mailgun.org]:2525 postmaster@mg.k.example:Rq8zPl2xWv\n550 5.7.1 Relaying denied');
    expect(real.facts.secretsFound).toBe(true);
    expect(JSON.stringify(real)).not.toContain('Rq8zPl2xWv');
  });

  it('reads a fleet split between Mailgun and another relay, and a host setting changed away from Mailgun, as no sign of the outgoing case', () => {
    expect(diagnose("Half our fleet relays through Mailgun, the other half through the colo's Postfix.\nhost=[redacted] tls=on auth=off recipients=a@x.example smtpstatus=550 smtpmsg='550 5.7.1 Relaying denied'").scenario).toBe('undetermined');
    expect(diagnose('SendFailedException message: 550 5.7.1 Relaying denied\nSMTP server is set to ${SMTP_RELAY}. Infra changed SMTP_RELAY from smtp.mailgun.org to our internal postfix and nobody knows if Jenkins was restarted since.').scenario).toBe('undetermined');
  });

  it("reads the server of a test session opened by openssl s_client's -connect", () => {
    const f = factsOf('$ openssl s_client -quiet -starttls smtp -connect mail.theorbo.example:587 -crlf\n250 CHUNKING\nAUTH LOGIN\n235 2.7.0 Authentication successful\nMAIL FROM:<empfang@theorbo.example>\n550 5.7.1 Client does not have permissions to send as this sender');
    expect(f).toMatchObject({ host: 'mail.theorbo.example', hostRole: 'other' });
  });

  it("reads the Mailgun domain from a logs export's bare Message-Id column, and from support's 'sending domain on our side is'", () => {
    const csv = 'Date,Event,Recipient,From,Message-Id,Delivery Status Code,Delivery Status Message,MX Host,Severity\n2024-12-03T07:02:13Z,failed,p@dye.example,offers@news.ormolu.example,20241203070211.22bb@news.ormolu.example,550,5.7.1 Unable to relay,exch01.dye.example,permanent';
    expect(factsOf(csv).mailgunDomain).toBe('news.ormolu.example');
    expect(factsOf(`${csv}\nfwiw their sending domain on our side is mg.ormolu.example`).mailgunDomain).toBe('mg.ormolu.example');
  });

  it("reads the recipient of a logs entry's 'To:' row under its 'Failed · date' heading, and of 'Mailversand an a@x fehlgeschlagen'", () => {
    expect(factsOf('Failed · Aug 14, 2024 3:18:56 PM\nTo: r.sloot@gorse.example\nSeverity: Permanent · Reason: bounce\nCode: 550\nMessage: 5.4.1 Recipient address rejected: Access denied.').recipient).toBe('r.sloot@gorse.example');
    expect(factsOf('ERROR Mailversand an buchhaltung@furzel.example fehlgeschlagen\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').recipient).toBe('buchhaltung@furzel.example');
  });
});

describe('review 106: more of the same stories, NDRs and logs', () => {
  it('reads "we use you for our newsletters AND for the support@ inbox" and "not sure which one is broken" as a direction unknown', () => {
    expect(diagnose('> We use you for our newsletters AND for the support@ inbox (routes forward to our helpdesk). Not sure which one is broken.\n> 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });
  it('reads Spanish words that the account sends through Mailgun and receives through Routes, and that nobody knows where the error comes from', () => {
    expect(diagnose('> "No se pudo entregar el mensaje. Error del servidor: 550 5.7.1 Relaying denied"\nTienen dominio de envío en Mailgun y también rutas para recibir (siniestros@). No sé ni desde dónde sale ese error.').scenario).toBe('undetermined');
  });
  it("reads Exchange's `host #550 5.7.1 ... ##` diagnostic line, in any language, as the server that refused", () => {
    expect(factsOf('Informations de diagnostic pour les administrateurs :\nServeur de génération : SRV-EXCH01.cab.local\n\ncompta@vireton.example\nmail.vireton.example #550 5.7.1 Unable to relay ##')).toMatchObject({ host: 'mail.vireton.example', hostRole: 'other' });
  });
  it('reads a macro someone asks about before sending it as no error seen', () => {
    const d = diagnose('Going to use the Relaying Denied macro for Gloaming Press, ok? 👇\n\n> The error "550 5.7.1 Relaying denied" means the SMTP session was not authenticated.\n> Let us know if that helps!\n\nwhat they copied from the Logs page:\nFailed   Permanent   May 21, 2024 2:22:07 PM\nRecipient         editor@bilberry.example\n  Delivery status code      552\n  Message                   5.2.2 <editor@bilberry.example>: Mailbox full, quota exceeded\n  MX host                   mx1.bilberry.example');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'mailbox-full' });
  });
  it("reads \"this morning it was <relay refusal>\" as the past beside what the alert test gives now", () => {
    const d = diagnose('this morning it was `550 5.7.1 Relaying denied` because [smtp] had no user/password at all. Told them to fill in the SMTP creds, they did.\n\nNow the alert test gives:\nerror="oncall@s.example: 421 Domain sandbox3b1e.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings."');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'sandbox' });
  });
  it("reads Ruby net-smtp's failing `data` method as DATA, a log's FailedRecipient=<a@x>, and a Mailgun Message-Id with dots", () => {
    expect(factsOf("Net::SMTPFatalError: 554 Message rejected: Email address is not verified.\n  /usr/local/bundle/gems/net-smtp-0.4.0/lib/net/smtp.rb:975:in `data'").command).toBe('DATA');
    expect(factsOf('[ERR] Report mail failed. StatusCode=MailboxUnavailable FailedRecipient=<c.mbeki@transom.example>\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied').recipient).toBe('c.mbeki@transom.example');
    expect(factsOf('"Date","Event","Recipient","Message-Id","Delivery Status Code","Delivery Status Message","MX Host","Severity"\n"2024-06-12T06:00:06Z","failed","e@lingon.example","20240612060001.58.AAF4@news.soursop.example","550","5.7.54 SMTP; Unable to relay recipient in non-accepted domain","lingon-example.mail.protection.outlook.com","permanent"').mailgunDomain).toBe('news.soursop.example');
  });
  it('on a line whose breaks were lost, takes no From setting for the recipient and no next setting for an empty secret', () => {
    const f = factsOf('production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied". executeCommand(\'RCPT TO:<orders...\', Array) #2 doRcptToCommand(\'orders@pavior-w...\') MAIL_HOST=smtp.mailgun.org MAIL_USERNAME=null MAIL_FROM_ADDRESS="orders@mg.salsify.example" MAILGUN_DOMAIN=mg.salsify.example MAILGUN_SECRET= MAILGUN_ENDPOINT=api.mailgun.net');
    expect(f.recipient).toBeNull();
    expect(f.secretsFound).toBe(false);
    expect(f.mailgunDomain).toBe('mg.salsify.example');
  });
});

describe('review 106c: a logs entry copied with tabs, its Sending domain row, a rejected address said', () => {
  it("reads the recipient under a 'Failed<TAB>date' heading and the domain of its 'Sending domain:' row", () => {
    const f = factsOf('Failed  \tJun 24, 2024 at 10:41:06 AM\nventas@bajo.example\nCotización COT-8812\nPermanent failure\nServer response: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\nMX host: mail.bajo.example\nSending domain: envios.faro.example\nAttempt: 1');
    expect(f).toMatchObject({ recipient: 'ventas@bajo.example', mailgunDomain: 'envios.faro.example', mxHost: 'mail.bajo.example' });
  });
  it('reads "Rejected address was a@x" as the recipient', () => {
    expect(factsOf('Error: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nRejected address was leserin.k@moewen.example').recipient).toBe('leserin.k@moewen.example');
  });
});

describe('review 107: both directions said in more ways, drafts, denials, HTTP/2', () => {
  it('reads "both outbound SMTP and a route", "sia per l\'invio", "Versand UND Routes" and "also added routes" as both directions', () => {
    for (const said of ['they have both outbound SMTP and a catch_all-ish route set up.', "usano Mailgun sia per l'invio SMTP dal gestionale sia con le route in entrata su ordini@", 'die haben bei uns Versand UND Routes für Eingang', 'Domain in Mailgun is x.example, and they also added routes on it on Monday.']) {
      expect(diagnose(`${said}\n> 550 5.7.1 Relaying denied`).scenario, said).toBe('undetermined');
    }
  });
  it('reads a draft "in my draft first:" over a quote as no error seen, beside an HTTP/2 401', () => {
    const d = diagnose("I pasted the standard text in my draft first:\n\n> \"Relaying Denied\" can come from Mailgun for outgoing email (550 5.7.1 Relaying denied when your SMTP session isn't authenticated), or from Mailgun for incoming email (no Route matches).\n\nbut what they attached is an API call:\n$ curl -s -i --user 'api:OLD' https://api.eu.mailgun.net/v3/mg.k.example/messages\nHTTP/2 401\nwww-authenticate: Basic realm=\"MG API\"\n\nForbidden");
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'api-auth' });
  });
  it('sets aside a relay refusal marked "✅ Resolvido" for the failure after it', () => {
    const d = diagnose('1) 02/12: erro "550 5.7.1 Relaying denied" no PHPMailer (SMTPAuth estava false). ✅ Resolvido no dia 03/12.\n\n2) Hoje (16/12):\n{"event": "failed", "severity": "temporary", "recipient": "m@gmail.example", "delivery-status": {"code": 452, "enhanced-code": "4.2.2", "message": "4.2.2 The recipient\'s inbox is out of storage space.", "mx-host": "gmail-smtp-in.l.google.example"}}');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'mailbox-full' });
  });
  it('does not take "no \\"SASL authentication failed\\" lines" for a login sent or a failure in the logs', () => {
    const d = diagnose('Jun 11 14:22:08 app-01 postfix/smtp[21877]: 4VzR: to=<a@farms.example>, relay=smtp.mailgun.org[44.224.7.88]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[44.224.7.88] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nrelayhost = [smtp.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\nThere are no "SASL authentication failed" lines anywhere in the log.');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).not.toBe(true);
  });
  it("reads Office 365's 530 5.7.57 'Client not authenticated' as a login refusal", () => {
    expect(diagnose(' ~> MAIL FROM:<scanner@orris.example>\n<~* 530 5.7.57 Client not authenticated to send mail during MAIL FROM [AM6P195CA0071.EURP195.PROD.OUTLOOK.COM]')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
  });
  it('reads the failure that caused a suppression, not the suppression, as the error', () => {
    const d = diagnose('{"items":[\n{"event":"failed","severity":"temporary","recipient":"f@dunnock.example","delivery-status":{"mx-host":"mail.dunnock.example","code":451,"message":"4.7.1 <f@dunnock.example>: Recipient address rejected: Greylisted"}},\n{"event":"failed","severity":"permanent","reason":"bounce","recipient":"r@gmail.example","delivery-status":{"mx-host":"gmail-smtp-in.l.google.example","code":550,"enhanced-code":"5.1.1","message":"5.1.1 The email account that you tried to reach does not exist."}},\n{"event":"failed","severity":"permanent","reason":"suppress-bounce","recipient":"r@gmail.example","delivery-status":{"code":605,"message":"Not delivering to previously bounced address"}}\n]}');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
  });
});

describe('review 107: facts of logs pages, indented maps and omitted lines', () => {
  it("reads the logs page's heading domain and a row's '● Failed   a@x', and a Slack-marked '*Failed* → a@x'", () => {
    expect(factsOf('Logs · mg.damsel.example                          Last 24 hours ▾\n\nDec 6, 2024 02:17:09 PM   ● Failed   ap@pember.example\n    From:           invoices@tollgate.example\n    Severity:       permanent\n    MX host:        aspmx.l.google.example\n    Delivery status:\n      550 5.7.26 Unauthenticated email from tollgate.example is not accepted due to DMARC policy')).toMatchObject({ recipient: 'ap@pember.example', mailgunDomain: 'mg.damsel.example' });
    expect(factsOf('*Failed* → p.szabo@quintel.example\n> *Domain:* mg.halyard.example\n> *Code:* 550\n> *Message:* `5.4.1 Recipient address rejected: Access denied.`').recipient).toBe('p.szabo@quintel.example');
  });
  it('finds the password of an indented sasl_passwd line, and takes "[ 412 lines of attachment omitted ]" for no reply code', () => {
    const f = factsOf('/etc/postfix/sasl_passwd\n  smtp.mailgun.org:587    postmaster@mg.wicket.example:Fz9!kQ2mWicket-Gate24\nhost smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)');
    expect(f.secretsFound).toBe(true);
    expect(factsOf(' -> [ 412 lines of attachment omitted ]\n -> .\n<** 554 5.7.1 Rejected: message content flagged as spam by content filter')).toMatchObject({ replyCode: 554, enhancedCode: '5.7.1' });
  });
});

describe("the session's own review: redaction and readings kept exact", () => {
  it('redacts a password that ends in "=" and one set as a call\'s third argument', () => {
    for (const line of ['SMTP_PASSWORD=c2VjcmV0cGFzcw==', 'MAIL_PASSWORD=Hunter2=', "$config->set('smtp', 'password', 'S3cretValue9');"]) {
      const d = diagnose(`${line}\n550 5.7.1 Relaying denied`);
      expect(d.facts.secretsFound, line).toBe(true);
      expect(JSON.stringify(d), line).not.toMatch(/c2VjcmV0cGFzcw|Hunter2|S3cretValue9/);
    }
  });
  it('reads "5.7.1 is relaying denied" asked about as the person\'s reading, and a route "missing stop()" as a route there is', () => {
    expect(diagnose('their dev is asking if "5.7.1 is relaying denied":\nevent=bounced&code=554&error=5.7.1+Service+unavailable%3B+Client+host+%5B159.135.228.40%5D+blocked+using+zen.spamhaus.org').kind).toBe('blocked');
    expect(factsOf('match_recipient("a@in.x.example") is missing stop().\n550 5.7.1 Relaying denied').routes).toEqual(['match_recipient("a@in.x.example")']);
  });
  it("takes Grafana's GF_SMTP_PASSWORD__FILE for the password's variable set", () => {
    const d = diagnose('Grafana: Failed to send test alert.: 550 5.7.1 Relaying denied\nhost = smtp.mailgun.org:587\nenv: GF_SMTP_USER, GF_SMTP_PASSWORD__FILE=/run/secrets/smtp');
    expect(d.evidence.map((e) => e.excerpt).join('\n')).not.toContain('GF_SMTP_PASSWORD read');
  });
});

describe('review 108: an app\'s own export and a code equated in a ticket note', () => {
  it("reads a marketing tool's do-not-contact export as the app's own table, not Mailgun's events", () => {
    const d = diagnose('"id","email","firstname","dnc_channel","dnc_reason","dnc_comments","date_added"\n"4471","h.w@kpn.example","Hanneke","email","bounced","550 5.7.1 Relaying denied","2024-07-08 06:02:11"\n"4480","g.p@ote.example","Georgia","email","bounced","550 5.7.1 Relaying denied","2024-07-08 06:02:12"');
    expect(d.scenario).toBe('undetermined');
  });
  it('reads "5.7.1 = relaying denied, sending the macro" in a note as the agent\'s reading beside a block-list refusal', () => {
    const d = diagnose('support agent wrote in the ticket "5.7.1 = relaying denied, sending the outbound-auth macro". The event:\n{"event": "failed", "severity": "permanent", "recipient": "p@gorse.example", "delivery-status": {"code": 554, "enhanced-code": "5.7.1", "message": "5.7.1 Service unavailable; Client host [159.135.224.5] blocked using zen.spamhaus.org", "mx-host": "mx2.gorse.example"}}');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });
});

describe('facts from review round 113', () => {
  it("reads PHPMailer's own error strings as PHPMailer", () => {
    expect(factsOf('Erreur : SMTP Error: The following recipients failed: d@tuff.example: 5.7.1 Relaying denied').client).toBe('phpmailer');
    expect(factsOf('SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting').client).toBe('phpmailer');
  });

  it("takes an on-premises Exchange's NDR about a remote server for the sender's Exchange, not Exchange Online's nor one about Mailgun's MX", () => {
    const ndr = (generating: string, remote: string) => `Generating server: ${generating}\n\ne@brome.example\nRemote Server at ${remote} (192.0.2.9) returned '550 5.7.1 Unable to relay'`;
    expect(factsOf(ndr('EXCH01.kyanite.local', 'mail.brome.example')).client).toBe('exchange');
    expect(factsOf(ndr('AM0PR01MB1234.eurprd01.prod.outlook.com', 'mail.brome.example')).client).toBeNull();
    expect(factsOf(ndr('EXCH01.kyanite.local', 'mxa.mailgun.org')).client).toBeNull();
  });

  it("reads Office 365's \"Remoteserver:\" label with its value on the line below, not the generating server above it", () => {
    const f = factsOf('Gemeldeter Fehler:\n    550 5.7.1 Relaying denied\nDSN generiert von:\n    VI1PR03MB6288.eurprd03.prod.outlook.com\nRemoteserver:\n    mxa.eu.mailgun.org\n');
    expect(f.host).toBe('mxa.eu.mailgun.org');
    expect(f.hostRole).toBe('mailgun-mx');
  });

  it('takes no host from a config note kept about an old setup', () => {
    const f = factsOf('{"Smtp": {"Host": "smtp.office365.com"}, "_comment_old": "Mailgun: smtp.mailgun.org / postmaster@mg.x.example - replaced Feb 2024"}\nSystem.Net.Mail.SmtpException: 5.7.60 SMTP; Client does not have permissions to send as this sender');
    expect(f.host).not.toBe('smtp.mailgun.org');
  });

  it('takes the domain said to be in a Mailgun region for the Mailgun domain, and no From setting alone (the From may be any domain)', () => {
    const config = 'host: smtp.eu.mailgun.org:587\nfrom_address: grafana@alerts.vindrevik.example\nerror="vakt@hall.example: 550 5.7.1 Relaying denied"';
    expect(factsOf(config).mailgunDomain).toBeNull();
    expect(factsOf(`${config}\ndomain is alerts.vindrevik.example in the EU region`).mailgunDomain).toBe('alerts.vindrevik.example');
  });

  it("takes no routed message's writer for the Mailgun domain on a logs page", () => {
    const page = [
      'Failed  ·  Permanent',
      'May 14, 2024 at 9:12:47 AM',
      'Recipient: help@desk.pickerel.example',
      'From: Jana <jana@ricercar.example>',
      'Delivery status',
      '  Code: 550',
      '  Message: 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
      '  MX host: pickerel-example.mail.protection.outlook.com',
      '',
      'Accepted  ·  Routed',
      'Recipient: support@pickerel.example',
      'Matched route: Priority 1 — match_recipient("support@pickerel.example")',
    ].join('\n');
    expect(factsOf(page).mailgunDomain).not.toBe('ricercar.example');
  });

  it("reads the recipient from a logs page's row copied with wide gaps between its columns", () => {
    const row = [
      'Failed  Jul 29, 2024 7:44:03 PM  j.santos.oakridge@hotmail.com  August rent notice & water shutoff',
      'Severity: Permanent   Reason: generic',
      'Domain: mg.oakridge.example',
      'Code: 550',
      'Enhanced code: 5.7.1',
      "Message: 5.7.1 Unfortunately, messages from [192.0.2.18] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). [DB5PEPF00014B9F.eurprd02.prod.outlook.com 2024-07-29T19:44:03.118Z 08DCAF26B1D4E9A2]",
      'MX host: hotmail-com.olc.protection.outlook.com',
    ].join('\n');
    expect(factsOf(row).recipient).toBe('j.santos.oakridge@hotmail.com');
  });
});

describe('a mail program\'s send error (review round 113)', () => {
  it('is not read as the inbound side because the account also has Routes', () => {
    const d = diagnose("Oi, cliente (usam Mailgun pra newsletter e pra receber o contato@ via Routes):\n\n> Tarefa 'contato@pitanga.example - Enviando' relatou erro (0x800CCC78) : 'Não é possível enviar a mensagem. O servidor respondeu: 550 5.7.1 Relaying denied'\n\npode ser o smtp do Mailgun ou o da hospedagem.");
    expect(d.scenario).not.toBe('mailgun-incoming');
  });
});

describe('commands and recipients left from earlier rounds (session of round 113)', () => {
  it("reads nodemailer's CONN stage and a TLS mode mismatch as a failure to connect", () => {
    expect(factsOf("Error: C0A7B2E1:error:0A00010B:SSL routines:ssl3_get_record:wrong version number\n    at SMTPConnection._onError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:20) {\n  code: 'ESOCKET',\n  command: 'CONN'\n}").command).toBe('CONNECT');
  });

  it("reads .NET's thrown SmtpFailedRecipientException as RCPT TO, and MailCommand's check as MAIL FROM whatever SendMail's parameters list", () => {
    expect(factsOf('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)').command).toBe('RCPT TO');
    expect(factsOf('System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.60 SMTP; Client does not have permissions to send as this sender\n   at System.Net.Mail.MailCommand.CheckResponse(SmtpStatusCode statusCode, String response)\n   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients, String deliveryNotify, Boolean allowUnicode, SmtpFailedRecipientException& exception)').command).toBe('MAIL FROM');
  });

  it("reads Go's net/smtp \"rcpt <a@b>: 550\" for its command and recipient", () => {
    const f = factsOf('2024/06/13 16:20:04 notify: send failed: rcpt <ops@cinnabar.example>: 550 5.7.1 Relaying denied');
    expect(f.command).toBe('RCPT TO');
    expect(f.recipient).toBe('ops@cinnabar.example');
  });
});

describe('code review of round 113: words that are not what they seemed', () => {
  it('reads the German verb "routen" as no mention of Routes, and an MX moved away from Mailgun as no MX set to it', () => {
    expect(diagnose('Wir routen unsere Mails aus dem Shop über Mailgun. Jetzt kommt: 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
    const away = diagnose('550 5.7.1 Relaying denied von mxa.eu.mailgun.org.\nDer Kunde hat letzte Woche den MX auf Google Workspace umgestellt.');
    expect(away.evidence.map((e) => e.rule)).not.toContain('The person set the MX records to Mailgun themselves');
  });

  it('takes no move from "the old server ... Now on to" across sentences', () => {
    const d = diagnose('Checked the old server logs first, nothing there. Now on to the event itself:\n{"event": "failed", "recipient": "jana@firma.example", "delivery-status": {"code": 554, "message": "5.7.1 <jana@firma.example>: Relay access denied", "mx-host": "mail.firma.example"}}');
    expect(d.facts.recipientMailMoved).toBe(false);
  });

  it('redacts a random password of x\'s in mixed case, and leaves placeholders of x\'s in one case alone', () => {
    for (const secret of ['xxxqwzrtplkjh', 'XxXQwErTyUiOp']) expect(redactSecrets(`SMTP_PASSWORD=${secret}`).found, secret).toBe(true);
    for (const placeholder of ['xxx_your_password', 'xxxxx12345', 'XXX_YOUR_PASSWORD']) expect(redactSecrets(`SMTP_PASSWORD=${placeholder}`).found, placeholder).toBe(false);
  });

  it('joins an address broken after a dot of its domain', () => {
    expect(factsOf('RCPT TO:<b.oyelaran@school.edu\n.ng>\n554 5.7.1 <b.oyelaran@school.edu.ng>: Relay access denied').recipient).toBe('b.oyelaran@school.edu.ng');
  });
});

describe('review round 114', () => {
  it("reads an error screen's labelled code above the refusal as its reply code", () => {
    expect(factsOf('「メール送信に失敗しました。\n エラーコード: 550\n 詳細: 5.7.1 Relaying denied\n 管理者にお問い合わせください。」').replyCode).toBe(550);
  });

  it("reads the logs page's \"Server response\" row in a spaced panel as the delivery status", () => {
    const d = diagnose('another relay denied?? 5.7.1 again. From the Logs page:\n\nFailed\nOct 02, 2024 8:41:19 AM\nRecipient            dr.h@vet.example\nDomain               mg.petfood.example\nEvent                Failed (permanent)\nReason               bounce\nMX host              mx1.vet.example\nServer response      554 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using zen.spamhaus.org\n\nAlex said "5.7.1 = relaying denied" but I am not so sure');
    expect(d.facts.replyCode).toBe(554);
    expect(d.kind).toBe('blocked');
  });

  it('reads the recipient from a logs row copied with its time first', () => {
    expect(factsOf('Jun 12, 2024 07:14:55 AM  Failed  k.sato@hotmail.com  "Weekly tide tables"\n  Severity: permanent\n  Delivery status:\n    Code: 550\n    Message: 5.7.1 Unfortunately, messages from [192.0.2.118] weren\'t sent (S3150).\n    MX host: hotmail-com.olc.protection.outlook.com').recipient).toBe('k.sato@hotmail.com');
  });

  it('takes "use Mailgun SMTP for the web shop" or "usan Mailgun para el envío de facturas" beside Routes for both directions', () => {
    for (const words of ['They use Mailgun SMTP for the web shop AND have Mailgun routes for inbound.', 'Usan Mailgun para el envío de facturas y también tienen rutas de recepción.']) {
      expect(diagnose(`${words}\n\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied`).scenario, words).toBe('undetermined');
    }
  });

  it("takes a person's word that the address is right, whatever question the next sentence asks", () => {
    expect(diagnose('customer swears the address is right. is that on us?\n{"event": "failed", "recipient": "a@dental.example", "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mx.dental.example"}}').facts.addressConfirmed).toBe(true);
    expect(diagnose('is the address right? not sure\n{"event": "failed", "recipient": "a@dental.example", "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mx.dental.example"}}').facts.addressConfirmed).toBe(false);
  });

  it("finds no secret in a person's own ellipsis, and reads a key-shaped value under a foreign password name as a password", () => {
    expect(redactSecrets('fly secrets set SMTP_HOST=smtp.mailgun.org SMTP_PASS=...` (redacted here obviously)').found).toBe(false);
    expect(redactSecrets('CLAVE = "a81f3c9e2d7b40c6e59f1a2b8d3c7e04-2d9e1f0a-6b4c8e21"').kinds).toEqual(['password']);
    expect(redactSecrets('API_KEY = "a81f3c9e2d7b40c6e59f1a2b8d3c7e04-2d9e1f0a-6b4c8e21"').kinds).toEqual(['api-key']);
  });
});

describe('review round 115', () => {
  it('reads no HTTP status on a path ("a 500 on /accounts/signup/") as the reply code', () => {
    expect(factsOf("Django gets a 500 on /accounts/signup/:\nsmtplib.SMTPRecipientsRefused: {'p@rook.example': (421, b'Domain sandbox5e1c0b7d9a3f4e2b8c6d1a0f9e8b7c6d.mailgun.org is not allowed to send: Free accounts are for test purposes only.')}").replyCode).toBe(421);
  });

  it("reads a Kubernetes env list's SMTP_HOST value as the app's configured host", () => {
    const d = diagnose('notify: send to h@galoshes.example failed: 550 5.7.1 Relaying denied\n\nenv:\n  - name: SMTP_HOST\n    value: smtp.mailgun.org\n  - name: SMTP_USERNAME\n    value: postmaster@mg.netsuke.example');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.mailgun.org');
  });

  it('takes "uses the Mailgun SMTP" or "sends via Mailgun" beside Routes or an MX at Mailgun for both directions', () => {
    for (const words of ['Their account shows both sending (they use the Mailgun SMTP from a booking plugin) and a route for contacto@.', 'MX is on Mailgun EU (routes to their Nextcloud) AND their club software sends newsletters via Mailgun.']) {
      expect(diagnose(`${words}\nFehler: 550 5.7.1 Relaying denied`).scenario, words).toBe('undetermined');
    }
  });
});

describe('second code review of this session: words that seemed to say more', () => {
  it('reads a private key given as a default value as a private key', () => {
    expect(redactSecrets('MAILGUN_API_KEY: ${MAILGUN_API_KEY:-key-3ax6f1c2d9e8b7a6c5d4e3f2a1b0c9d8}').publicKeysOnly).toBe(false);
    expect(redactSecrets('"mailgun_api_key": "pubkey-3e1a9f0c7d2b84e6a5c1f9d03b7e2a48"').publicKeysOnly).toBe(true);
  });

  it('takes no "both directions" from a denial or from "both sending domains"', () => {
    const mx = '550 5.7.1 Relaying denied from mxa.mailgun.org. The MX records for in.acme.example point to Mailgun and they have a route for sales@ only.';
    for (const words of ["They don't use the Mailgun SMTP at all.", 'Both sending domains are verified.', 'Their app is not using the Mailgun API.']) {
      expect(diagnose(`${mx}\n${words}`).scenario, words).toBe('mailgun-incoming');
    }
  });

  it('takes no region from a denial or from a status page', () => {
    expect(diagnose("the account isn't in the US region, it was set up in Frankfurt\n550 5.7.1 Relaying denied").facts.region).not.toBe('us');
    expect(diagnose('We checked status.mailgun.com, it only lists delays in the US region.\n550 5.7.1 Relaying denied').facts.region).toBeNull();
  });

  it('keeps a server\'s own "is not allowed to relay" beside another failure as a relay refusal', () => {
    const d = diagnose('{"event": "failed", "recipient": "a@full.example", "delivery-status": {"code": 552, "message": "5.2.2 Mailbox full", "mx-host": "mx.full.example"}}\nJun  3 10:00:01 relay postfix/smtpd[1234]: NOQUEUE: reject: RCPT from unknown[10.0.0.5]: 554 5.7.1 Client host 10.0.0.5 is not allowed to relay; from=<a@b.example> to=<c@d.example>');
    expect(d.scenario).not.toBe('not-relaying-denied');
  });

  it('reads a doubt after an ellipsis or a run of marks as a question about the address', () => {
    for (const words of ['the address is correct!?', 'the sales rep says the address is correct... is it though?']) {
      expect(diagnose(`${words}\n{"event": "failed", "recipient": "a@dental.example", "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mx.dental.example"}}`).facts.addressConfirmed, words).toBe(false);
    }
  });
});

describe('left items taken up at the end of the session', () => {
  it("reads an on-premises Exchange NDR in Spanish or German as the sender's Exchange", () => {
    expect(factsOf("Servidor de generación: SRV-EXCH01.mulga.local\n\ncompras@amaranth.example\nError del servidor remoto: '550 5.7.1 Unable to relay'").client).toBe('exchange');
    expect(factsOf('Generierender Server: EXCH02.firma.local\n\neinkauf@lieferant.example\nRemoteserver hat \'550 5.7.1 Unable to relay\' zurückgegeben').client).toBe('exchange');
  });
});

describe("a systemd unit's Environment= lines set variables (review 117c)", () => {
  it('finds the login variable the settings read and the unit does not set', () => {
    const d = diagnose('smtplib.SMTPRecipientsRefused: {\'intake@vet.example\': (550, b\'5.7.1 Relaying denied\')}\nsettings.py:\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_HOST_USER = os.environ.get("MAILGUN_SMTP_LOGIN", "")\nEMAIL_HOST_PASSWORD = os.environ.get("MAILGUN_SMTP_PASSWORD", "")\n/etc/systemd/system/portal.service:\n[Service]\nEnvironment=MAILGUN_SMTP_USER=postmaster@mail.vet.example\nEnvironment=MAILGUN_SMTP_PASSWORD=b71c0e5d9a2f4e83c6d1a07f5b92e4c8-3750b2d1-9e04a6f7');
    expect(d.evidence.find((e) => e.rule === 'The login is read from a variable the deployment does not set')?.excerpt).toBe('MAILGUN_SMTP_LOGIN read · MAILGUN_SMTP_USER set');
  });
});

describe('code review of session 26: new readings that must not fire on ordinary pastes', () => {
  const rules = (paste: string) => diagnose(paste).evidence.map((e) => e.rule);

  it("reads no msmtp relay from a `host NAME` lookup's output", () => {
    const d = diagnose('Swift_TransportException: Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied"\nI looked up their mail server:\nhost mx1.partner-shop.example\nmx1.partner-shop.example has address 198.51.100.7');
    expect(d.facts.senderRelay).toBeNull();
  });

  it('takes "both directions" only with Mailgun (or it) doing the sending', () => {
    expect(diagnose('We use our own server to send newsletters and Mailgun routes to receive support@ for our domain.\nA customer forwarded this bounce they got writing to support@acme.example:\n550 5.7.1 Relaying denied').scenario).toBe('mailgun-incoming');
  });

  it('blanks no host setting for a doubt about something else', () => {
    expect(diagnose('Not sure of the cause, the app sends through smtp.mailgun.org on port 587 or 2525, both fail:\nSMTP Error: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
    expect(diagnose('No idea if this matters, but the app uses smtp.mailgun.org with TLS on 587 or 465:\nSMTP Error: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
  });

  it('keeps a refusal whose aside says it is the same as the last ticket', () => {
    expect(diagnose("WP Mail SMTP log:\nMailer: Other SMTP\nSMTP code: 550 (same as their last ticket, 550 5.7.1 Relaying denied, they still haven't turned on authentication)\nHost: smtp.mailgun.org, port 587").scenario).toBe('mailgun-outgoing');
  });

  it("reads no suppression from a doc's rule about the bounce list", () => {
    expect(diagnose('Failed · Permanent\nTo: jane.doe@gmial.example\nCode: 550\nMessage: 550 5.1.1 The email account that you tried to reach does not exist.\nMX host: gmial-example.mx.example.net\n\nFrom the docs: addresses that hard bounce are added to the bounce list for the domain.').facts.suppression).toBeNull();
  });

  it('reads no SMTP password as the API key, nor a cached Laravel config, where the paste denies it', () => {
    expect(rules("POST https://api.mailgun.net/v3/mg.acme.example/messages -> 401 Unauthorized\nForbidden\nI double-checked: the key is the private API key, it's not the same password we use for SMTP.")).not.toContain('The paste says the SMTP password was put in as the API key');
    expect(rules('We rotated the SMTP password and updated MAIL_PASSWORD in .env. We never run php artisan config:cache on this box.\nExpected response code "235" but got code "535", with message "535 Authentication failed"\nMAIL_HOST=smtp.mailgun.org')).not.toContain("Laravel's configuration is cached (php artisan config:cache)");
  });

  it('hears no question nobody asked', () => {
    expect(rules('Failed · Permanent\nTo: accounts@brightfield.example\nCode: 550\nMessage: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\nMX host: brightfield-example.mail.protection.outlook.com\nSide question: does Mailgun change the Return-Path on these?')).not.toContain('The paste asks whether Mailgun would fix it');
    expect(rules('We fixed the relay issue last month by adding SMTP auth. Today the app logs this:\n535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6')).not.toContain('The paste asks whether this is a relay refusal');
  });

  it("quotes only the person's own question, not the log between two of them", () => {
    const asked = diagnose('Is this the "relaying denied" thing again?\nLog:\n2024-05-02 10:11:12 mailer ERROR SMTP AUTH failed: 535 5.7.8 Authentication credentials invalid\nor is it the "relaying denied" thing from the docs?').evidence.find((e) => e.rule === 'The paste asks whether this is a relay refusal');
    expect(asked?.excerpt).toBeDefined();
    expect(asked!.excerpt).not.toContain('535');
  });
});

describe("two outgoing servers listed, Mailgun's and another, where the error names neither (review 118c)", () => {
  it('leaves the side undetermined', () => {
    const d = diagnose("Mail delivery failed via SMTP server 'None'.\nSMTPRecipientsRefused: 550 5.7.1 Relaying denied\nRecipient: purchasing@kestrel.example\nOutgoing mail servers:\nName: Mailgun | Priority: 10 | SMTP Server: smtp.mailgun.org | Port: 587 | Username: odoo@mg.saltmere.example | FROM Filtering: saltmere.example\nName: Hosting SMTP | Priority: 20 | SMTP Server: smtp.hostinglane.example | Port: 587 | Username: info@saltmere.example");
    expect(d.scenario).toBe('undetermined');
  });
});

describe('mail written to the customer, said in other languages (review 118c)', () => {
  it("leans a bare refusal toward mail coming in: 'cuando intenta escribirnos a pedidos@'", () => {
    const d = diagnose('Un distribuidor nuestro nos dice que cuando intenta escribirnos a pedidos@olivar.example le sale este error:\n\n   550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('undetermined');
    expect(d.evidence.map((e) => e.rule)).toContain('The mail was coming in: someone was writing to the domain');
  });
});

describe('login variables of two naming conventions (review 118c)', () => {
  it('finds the mail variable the deployment sets that the settings never read', () => {
    const d = diagnose('smtplib.SMTPRecipientsRefused: {\'t@b.example\': (550, b\'5.7.1 Relaying denied\')}\nsettings.py:\nEMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.eu.mailgun.org")\nEMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")\nEMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")\nvalues.yaml:\nenv:\n  - name: EMAIL_HOST\n    value: smtp.eu.mailgun.org\n  - name: DB_USER\n    value: app\n  - name: SMTP_USER\n    valueFrom:\n      secretKeyRef: {name: mailgun-smtp, key: username}');
    expect(d.evidence.find((e) => e.rule === 'The login is read from a variable the deployment does not set')?.excerpt).toBe('EMAIL_HOST_USER read · SMTP_USER set');
  });
});

describe("the refused name at the colleagues' near domain (review 118c)", () => {
  it('is the likely address: m.keane@cobalt.co beside colleagues at cobalt.com', () => {
    const d = diagnose('{"event": "failed", "severity": "permanent", "recipient": "m.keane@cobaltlines.co", "delivery-status": {"code": 554, "message": "5.7.1 <m.keane@cobaltlines.co>: Relay access denied", "mx-host": "mail.parking.example"}}\nthe other people there are like j.ruiz@cobaltlines.com, a.petrov@cobaltlines.com and those are delivered.');
    expect(d.facts.similarAddress).toBe('m.keane@cobaltlines.com');
    expect(diagnose('{"event": "failed", "severity": "permanent", "recipient": "m.keane@cobaltlines.co", "delivery-status": {"code": 554, "message": "5.7.1 <m.keane@cobaltlines.co>: Relay access denied", "mx-host": "mail.parking.example"}}\nour sender is billing@stonebridge.example').facts.similarAddress).toBeNull();
  });
});

describe('second code review of session 26 (the pastes in test/fixtures/review26)', () => {
  const paste = (name: string) => readFileSync(new URL(`../fixtures/review26/${name}.txt`, import.meta.url), 'utf8');
  const rules = (name: string) => diagnose(paste(name)).evidence.map((e) => e.rule);

  it('keeps a live refusal in a list item that starts with the verb "Fixed", and one the person says is back', () => {
    expect(diagnose(paste('list1')).scenario).toBe('mailgun-outgoing');
    expect(diagnose(paste('back2')).scenario).toBe('undetermined');
  });

  it('sets a crossed-out refusal aside beside another error with the same codes', () => {
    expect([diagnose(paste('struck1')).scenario, diagnose(paste('struck1')).kind]).toEqual(['not-relaying-denied', 'policy']);
  });

  it('reads no mail to the customer from "el cliente nos escribe"', () => {
    expect(rules('es2')).not.toContain('The mail was coming in: someone was writing to the domain');
  });

  it('leaves the host unknown for Dutch "weet niet of ... of" and a host with a note in brackets', () => {
    expect(diagnose(paste('nl1')).scenario).toBe('undetermined');
    expect(diagnose(paste('en1')).scenario).toBe('undetermined');
  });

  it('knows the sending path from a before/after change, a "no idea who" aside and a ticket number in brackets', () => {
    for (const name of ['odoo1', 'corp1', 'hash1']) expect(diagnose(paste(name)).scenario, name).toBe('mailgun-outgoing');
  });

  it("reads msmtp's host as the account's last line", () => {
    expect(diagnose(paste('msmtp1')).facts.senderRelay).toBe('mail.netcologne-biz.example');
  });

  it("takes no API key variable for the SMTP password's, and no contraction-denied SMTP password as the key", () => {
    expect(rules('lv1')).not.toContain('The login is read from a variable the deployment does not set');
    expect(rules('api1')).not.toContain('The paste says the SMTP password was put in as the API key');
  });

  it("reads no avoided TLS from Debian's stock transport line, and no application from other customers' examples", () => {
    expect(rules('exim1')).not.toContain('Exim is set to avoid TLS to its smarthost, so it sends no login');
    expect(diagnose(paste('app1')).facts.client).toBe('nodemailer');
  });
});

describe('code review of session 27 (the pastes in test/fixtures/review27)', () => {
  const paste = (name: string) => readFileSync(new URL(`../fixtures/review27/${name}.txt`, import.meta.url), 'utf8');
  const read = (name: string) => diagnose(paste(name));

  it('keeps a live refusal when the next message ticks off a status line, not the refusal ("DNS records all verified ✅")', () => {
    expect(read('tl1b').scenario).toBe('mailgun-outgoing');
    expect(read('tl1b').facts.host).toBe('smtp.eu.mailgun.org');
  });

  it('reads a bulleted list of events at one time as a list, not as messages of a thread', () => {
    expect(read('tl3').scenario).toBe('recipient-host');
    expect(read('tl3').facts.recipient).toBe('ana@partner-one.com');
  });

  it('reads no both-directions from "no sending domain, only two routes"', () => {
    expect(read('s4').scenario).toBe('mailgun-incoming');
  });

  it('keeps the Mailgun host of an "8-year-old app" and of an old setup whose port alone changed', () => {
    expect(read('c2').facts.host).toBe('smtp.mailgun.org');
    expect(read('c1').facts.host).toBe('smtp.mailgun.org');
  });

  it('keeps a report phrased as a question, "gets relaying denied since Monday? Not sure of the day, but ..."', () => {
    expect(read('g1').scenario).toBe('mailgun-outgoing');
  });

  it('reads no recipient after "Ticket #502", and no own-side question from a statement, "não é problema nosso"', () => {
    expect(read('ra1').facts.recipient).toBe(null);
    expect(read('o2').facts.ownSideAsked).toBe(false);
  });
});

describe('review 122c: a host setting with an environment variable before its default', () => {
  it("reads the default of `host: process.env.SMTP_HOST ?? 'smtp.eu.mailgun.org'`, not the variable's name, and a spread that adds auth only when set", () => {
    const d = diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE',\nconst transporter = nodemailer.createTransport({\n  host: process.env.SMTP_HOST ?? 'smtp.eu.mailgun.org',\n  port: 587,\n  ...(process.env.SMTP_USER && {\n    auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n  }),\n});");
    const rules = d.evidence.map((e) => e.rule);
    expect(rules).toContain("The app is configured to send through Mailgun's SMTP host");
    expect(rules).toContain('The code logs in only when its login (or password) setting is set');
  });
});

describe('second code review of session 27 (the b-* pastes in test/fixtures/review27)', () => {
  const read = (name: string) => diagnose(readFileSync(new URL(`../fixtures/review27/b-${name}.txt`, import.meta.url), 'utf8'));

  it('keeps a live refusal on a "Done:" line of steps taken, and under a bold label with a weekday', () => {
    expect(read('r3').scenario).toBe('mailgun-outgoing');
    expect(read('w1').scenario).toBe('mailgun-outgoing');
  });

  it('keeps the error a "nobody knows which host" sentence quotes, and reads no guessed MX as the server', () => {
    expect(read('h1').scenario).toBe('undetermined');
    expect(read('h2').facts.replyCode).toBe(550);
  });

  it('keeps an error "according to the ticket", a second session\'s own login, and the noun "routes via the API"', () => {
    expect(read('t1').scenario).toBe('mailgun-outgoing');
    expect(read('s3').scenario).toBe('undetermined');
    expect(read('ro3').scenario).toBe('mailgun-incoming');
  });

  it('reads no recipient move from the sender\'s own "cambiamos de hosting"', () => {
    expect(read('mv1').facts.recipientMailMoved).toBe(false);
  });
});

describe('a legacy webhook body logged by a request log (review 130a)', () => {
  it("takes no log time's milliseconds for a refused login (`00:58:44,535 INFO`)", () => {
    const log = [
      "2025-03-20 00:58:44,535 INFO  probe.runner [http:cinderhill.example] ok in 1372ms",
      "2025-03-20 07:15:48,639 DEBUG probe.inbound connecting to mxa.mailgun.org:25 (starttls=True), AUTH LOGIN",
      "smtplib.SMTPRecipientsRefused: {'probe@parcels.example': (550, b'5.7.1 Relaying denied')}",
    ].join('\n');
    expect(diagnose(log).evidence.map((e) => e.excerpt).join('\n')).not.toContain('535');
  });

  it('reads the form body behind the log\'s own `body=` field', () => {
    const d = diagnose('[2024-09-23 14:07:55,313] DEBUG webhooks.views: body=event=bounced&recipient=cave%40domaine-perrault.example&domain=mg.lumiere.example&code=550&error=5.7.1+This+system+is+not+configured+to+relay+mail+for+159.135.224.57&timestamp=1727100475');
    expect(d).toMatchObject({ scenario: 'recipient-host', facts: { source: 'mailgun-legacy-webhook', replyCode: 550, recipient: 'cave@domaine-perrault.example' } });
  });
});
