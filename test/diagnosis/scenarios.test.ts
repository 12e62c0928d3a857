/**
 * Pastes written for these tests (not from the corpus), one per way a person meets each scenario.
 * They check the decision logic on evidence the corpus does not show in this exact form.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, type Scenario } from '../../src/diagnosis/index.js';
import { buildReply, renderText } from '../../src/replies/index.js';
import { plain } from '../../src/replies/rich.js';

interface Case {
  name: string;
  text: string;
  scenario: Scenario;
  kind?: string;
}

const cases: Case[] = [
  {
    name: 'Spring Boot without SMTP auth, the class name in front of the reply',
    scenario: 'mailgun-outgoing',
    text: `spring.mail.host=smtp.mailgun.org
spring.mail.port=587
org.springframework.mail.MailSendException: Failed messages: com.sun.mail.smtp.SMTPSendFailedException: 550 5.7.1 Relaying denied`,
  },
  {
    name: "Gmail refusing a server that sends straight from its own IP (not a relay denial, a block)",
    scenario: 'not-relaying-denied',
    kind: 'blocked',
    text: `postfix/smtp[2210]: 9A1C02E01: to=<x@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, dsn=5.7.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.7.1 [203.0.113.45] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550 5.7.1 service provider instead. - gsmtp (in reply to end of DATA command))`,
  },
  {
    name: 'Go net/smtp with a nil Auth',
    scenario: 'mailgun-outgoing',
    text: `err := smtp.SendMail("smtp.mailgun.org:587", nil, from, []string{to}, body)
log: 2024/09/02 11:04:55 send failed: 550 5.7.1 Relaying denied`,
  },
  {
    name: '.NET SmtpClient without credentials',
    scenario: 'mailgun-outgoing',
    text: `var client = new SmtpClient("smtp.mailgun.org", 587) { EnableSsl = true };
System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied
   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients)`,
  },
  {
    name: 'Rails ActionMailer with authentication nil',
    scenario: 'mailgun-outgoing',
    text: `config.action_mailer.smtp_settings = { address: "smtp.eu.mailgun.org", port: 587, authentication: nil }
Net::SMTPFatalError (550 5.7.1 Relaying denied)`,
  },
  {
    name: 'Exim smarthost log on the sender\'s server',
    scenario: 'mailgun-outgoing',
    text: `2024-10-01 09:12:44 1sW3kL-0004Qb-2T ** ana@cliente.com.br R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.45.12]: SMTP error from remote mail server after RCPT TO:<ana@cliente.com.br>: 550 5.7.1 Relaying denied`,
  },
  {
    name: 'a bounce written by the customer\'s own relay about smtp.mailgun.org',
    scenario: 'mailgun-outgoing',
    text: `Subject: Undelivered Mail Returned to Sender
From: MAILER-DAEMON@app01.internal

<billing@partner.example>: host smtp.mailgun.org[34.160.45.12] said: 550 5.7.1
    Relaying denied (in reply to RCPT TO command)`,
  },
  {
    name: 'a Mailgun failed event whose mx-host is Mailgun\'s own inbound MX',
    scenario: 'mailgun-incoming',
    text: `{"event": "failed", "severity": "permanent", "recipient": "hello@other-mailgun-customer.com",
"delivery-status": {"mx-host": "mxa.mailgun.org", "code": 550, "message": "5.7.1 Relaying denied"}}`,
  },
  {
    name: 'prose: helpdesk address on a domain whose MX is Mailgun',
    scenario: 'mailgun-incoming',
    text: `Customers emailing help@tinyshop.example bounce with "550 5.7.1 Relaying denied" from mxb.mailgun.org. Our MX records point to Mailgun.`,
  },
  {
    name: 'legacy form webhook for a bounce',
    scenario: 'recipient-host',
    text: `event=bounced&recipient=alice%40partner.example&domain=mg.shop.example&code=554&error=5.7.1+%3Calice%40partner.example%3E%3A+Relay+access+denied&message-headers=%5B%5D`,
  },
  {
    name: 'CSV export of failed events',
    scenario: 'recipient-host',
    text: `timestamp,event,recipient,delivery-status.code,delivery-status.message,delivery-status.mx-host
2024-07-01T10:00:00Z,failed,bob@partner.example,550,"5.7.1 Unable to relay",mail.partner.example
2024-07-01T10:05:00Z,failed,carol@other.example,550,"5.7.1 Unable to relay",mx.other.example`,
  },
  {
    name: 'temporary relay refusal in a webhook',
    scenario: 'recipient-host',
    text: `{"signature": {"timestamp": "1", "token": "t", "signature": "s"}, "event-data": {"event": "failed", "severity": "temporary", "recipient": "x@corp.example", "delivery-status": {"mx-host": "mx.corp.example", "code": 454, "message": "4.7.1 <x@corp.example>: Relay access denied"}}}`,
  },
  {
    name: 'an Exchange NDR from a partner with no Mailgun host',
    scenario: 'recipient-host',
    text: `Delivery has failed to these recipients or groups:
orders@partner.example
Remote Server at mail.partner.example (203.0.113.9) returned '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'`,
  },
  {
    name: 'prose: a relay refusal seen in the Mailgun logs',
    scenario: 'recipient-host',
    text: `We're getting '554 5.7.1 <user@partner.example>: Relay access denied' in the Mailgun logs for some recipients`,
  },
  { name: 'a hand-typed misspelling', scenario: 'undetermined', text: 'customer keeps getting "relay denid" errors, what now?' },
  { name: 'smtplib error without any host', scenario: 'undetermined', text: `smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}` },
  { name: 'a Mailgun 535 with a relay question', scenario: 'not-relaying-denied', kind: 'auth-failure', text: `is this relaying denied? 535 5.7.0 Mailgun is not loving your login or password` },
  { name: 'an open-relay block list notice', scenario: 'not-relaying-denied', kind: 'blocked', text: `554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example; which is an open relay` },
  { name: 'Exchange Online directory block', scenario: 'not-relaying-denied', kind: 'unknown-user', text: `550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM12FT050.eop-nam12.prod.protection.outlook.com]` },
  { name: 'a message too large', scenario: 'not-relaying-denied', kind: 'other', text: `552 5.3.4 Message size exceeds fixed maximum message size` },
  { name: 'a bare 5.7.1 with no words', scenario: 'not-relaying-denied', text: `550 5.7.1` },
  { name: 'no error at all', scenario: 'not-relaying-denied', kind: 'other', text: `hi team, how do I add a new domain in Mailgun?` },
];

describe('diagnose on unseen pastes', () => {
  for (const c of cases) {
    it(`${c.name} → ${c.scenario}${c.kind ? ` (${c.kind})` : ''}`, () => {
      const d = diagnose(c.text);
      expect(d.scenario, JSON.stringify(d.evidence)).toBe(c.scenario);
      if (c.kind) expect(d.kind).toBe(c.kind);
      if (c.scenario !== 'not-relaying-denied') expect(d.kind).toBeNull();
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
      expect(d.summary.length).toBeGreaterThan(10);
    });
  }

  it('reads a quoted reply as the server\'s words and the question around it as the person\'s', () => {
    const d = diagnose('mailgun cust: their bounce just says `550 5.7.1`, nothing else. relaying denied?');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The server replied with a relay refusal');
    expect(d.confidence).toBeLessThan(0.8);
    expect(diagnose('what does "550 5.7.1 Relaying denied" mean?').evidence[0]?.rule).toBe('The server replied with a relay refusal');
  });

  it('names no Mailgun server when the paste never mentions Mailgun, whatever else it says', () => {
    for (const text of [
      "changed the mail route last week, now customers can't email us: 550 5.7.1 Unable to relay",
      'Our outbound relay (Postfix) rejects: 550 5.7.1 Relaying denied, SMTP auth is disabled',
      'nodemailer EENVELOPE, no AUTH sent: 550 5.7.1 Relaying denied',
    ]) {
      expect(['recipient-host', 'undetermined'], text).toContain(diagnose(text).scenario);
    }
  });

  it('never answers outgoing or incoming for a non-Mailgun relay refusal without Mailgun context', () => {
    const d = diagnose(`Diagnostic-Code: smtp; 554 5.7.1 <kim@example.org>: Relay access denied\nRemote-MTA: dns; mx.example.org`);
    expect(['recipient-host', 'undetermined']).toContain(d.scenario);
  });

  it('lists every recipient of a multi-event page and diagnoses the page as a whole', () => {
    const page = JSON.stringify({
      items: [
        { event: 'delivered', recipient: 'ok@fine.example' },
        { event: 'failed', severity: 'permanent', recipient: 'no@partner.example', 'delivery-status': { 'mx-host': 'mx.partner.example', code: 550, message: '5.7.1 Relaying denied' } },
        { event: 'failed', severity: 'permanent', recipient: 'gone@else.example', 'delivery-status': { 'mx-host': 'mx.else.example', code: 550, message: '5.1.1 User unknown' } },
      ],
      paging: {},
    });
    const d = diagnose(page);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.recipient).toBe('no@partner.example');
    expect(d.facts.recipients).toEqual(['ok@fine.example', 'no@partner.example', 'gone@else.example']);
    expect(d.facts.source).toBe('mailgun-events-api');
  });

  it('gives the not-relaying alternative a place when a relay refusal comes with another error', () => {
    const d = diagnose(`host mail.partner.example[203.0.113.4] said: 550 5.7.1 <a@partner.example>... Relaying denied. Proper authentication required.`);
    expect(d.scenario).toBe('recipient-host');
    expect(d.alternatives.map((a) => a.scenario)).toContain('undetermined');
  });
});

describe('several errors in one paste', () => {
  it('judges other error kinds only at the relay refusal, not at other recipients\' errors', () => {
    const page = JSON.stringify({
      items: [
        { event: 'failed', recipient: 'a@gmail.example', 'delivery-status': { 'mx-host': 'gmail-smtp-in.l.google.com', code: 550, message: '5.1.1 The email account does not exist' } },
        { event: 'failed', recipient: 'payroll@crestline.example', 'delivery-status': { 'mx-host': 'mail.crestline.example', code: 554, message: '5.7.1 <payroll@crestline.example>: Relay access denied' } },
        { event: 'failed', recipient: 'b@yahoo.example', 'delivery-status': { 'mx-host': 'mta.yahoo.example', code: 550, message: '5.7.9 Message not accepted for policy reasons' } },
      ],
    });
    const d = diagnose(page);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.recipient).toBe('payroll@crestline.example');
  });

  it('does not call a session that authenticated (235) an unauthenticated one', () => {
    const d = diagnose(`=== Connected to smtp.mailgun.org.\n -> AUTH LOGIN\n<-  235 2.7.0 Authentication successful\n -> RCPT TO:<x@granite.example>\n<-  250 OK\n<-  250 Great success\nlater in the Mailgun logs as Failed: "mail.granite.example: 550 5.7.1 Unable to relay"`);
    expect(d.scenario).toBe('recipient-host');
  });

  // (its AUTH PLAIN's login, postmaster@mg.riverstone.io, is of the sender's own domain: see the login of another domain in extract.test.ts)
  it("does not answer 'not authenticated' for an openssl session that logged in (235) and was refused", () => {
    const d = diagnose('$ openssl s_client -starttls smtp -connect smtp.mailgun.org:587 -crlf -quiet\nEHLO test.example\n250-AUTH PLAIN LOGIN\nAUTH PLAIN AHBvc3RtYXN0ZXJAbWcucml2ZXJzdG9uZS5pbwBUMHBTM2NyZXQhMjAyNA==\n235 2.0.0 OK\nMAIL FROM:<r@mg.riverstone.io>\n250 Sender address accepted\nRCPT TO:<f@oak.example>\n550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('undetermined');
    expect(d.summary).toMatch(/although the session sent a login first/);
  });

  it("does not guess when Mailgun's own SMTP host refuses a session that logged in", () => {
    const d = diagnose(`=== Connected to smtp.mailgun.org.\n -> AUTH PLAIN AHBvc3RtYXN0ZXI=\n<-  235 2.0.0 OK\n -> RCPT TO:<jane@partner.example>\n<** 550 5.7.1 Relaying denied`);
    expect(d.scenario).toBe('undetermined');
    expect(d.facts).toMatchObject({ hostRole: 'mailgun-smtp', authAttempted: true });
    expect(d.summary).toMatch(/although the session sent a login first/);
  });

  it("answers outgoing, less sure, when the session logged in as another domain than the one it sends from (review 88b, 92b)", () => {
    const session = (from: string) => `$ swaks --server smtp.mailgun.org:587 --tls --auth LOGIN --auth-user postmaster@mg.wicker.example --to d@lantern.example\n ~> AUTH LOGIN\n<~  235 2.0.0 OK\n ~> MAIL FROM:<${from}>\n<~  250 Sender address accepted\n ~> RCPT TO:<d@lantern.example>\n<~* 550 5.7.1 Relaying denied`;
    const other = diagnose(session('billing@ferrule.example'));
    expect(other).toMatchObject({ scenario: 'mailgun-outgoing', facts: { smtpLogin: 'postmaster@mg.wicker.example', envelopeSender: 'billing@ferrule.example' } });
    expect(other.confidence).toBeLessThan(0.8);
    expect(other.summary).toMatch(/logged in as postmaster@mg\.wicker\.example, a login of another domain than the sender billing@ferrule\.example/);
    expect(other.evidence.map((e) => e.rule)).toContain('The session logged in as another domain than the one it sends from');
    // (the login's own domain, or its parent, is no other domain: nothing in the paste explains the refusal then)
    expect(diagnose(session('alerts@mg.wicker.example')).scenario).toBe('undetermined');
    expect(diagnose(session('alerts@wicker.example')).scenario).toBe('undetermined');
  });
});

describe('a relay log full of other messages', () => {
  it("is not swayed by other messages' '250 Great success'", () => {
    const ok = 'Nov 29 08:00:01 mail01 postfix/smtp[1]: A1: to=<u@example.org>, relay=smtp.mailgun.org[1.2.3.4]:587, dsn=2.0.0, status=sent (250 Great success)';
    const bad = 'Nov 29 08:00:02 mail01 postfix/smtp[2]: B2: to=<jane@shop.example>, relay=smtp.mailgun.org[1.2.3.4]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
    expect(diagnose([ok, ok, bad, ok].join('\n')).scenario).toBe('mailgun-outgoing');
  });
});

describe('evidence a reply can stand behind (reply review)', () => {
  it('does not read a question about the direction as the direction', () => {
    for (const question of ['did they say if it is when sending or receiving?', 'is it outbound or inbound?']) {
      const d = diagnose(`550 5.7.1 Relaying denied\n${question}`);
      expect(d.evidence.map((e) => e.rule), question).not.toContain('The mail was coming in: someone was writing to the domain');
    }
    expect(diagnose('550 5.7.1 Relaying denied\nthey use us for both sending and receiving').evidence.map((e) => e.rule)).not.toContain('The mail was coming in: someone was writing to the domain');
    expect(diagnose('550 5.7.1 Relaying denied on inbound mail to support@').evidence.map((e) => e.rule)).toContain('The mail was coming in: someone was writing to the domain');
    // Inline code marks are not quoted.
    expect(diagnose('they get `550 5.7.1 Relaying denied` from smtp.mailgun.org').evidence[0]?.excerpt).not.toContain('`');
  });

  it('quotes a bare host once, under the strongest rule that names it', () => {
    const d = diagnose('=== Connected to smtp.mailgun.org.\n -> MAIL FROM:<a@mg.x.example>\n<-  250 OK\n -> RCPT TO:<b@y.example>\n<** 550 5.7.1 Relaying denied\nconfig: host "smtp.mailgun.org"');
    expect(d.evidence.filter((e) => e.excerpt === 'smtp.mailgun.org')).toHaveLength(1);
  });
});

describe('localized refusals of other kinds (review round 18)', () => {
  it("names Orange's 'Service refuse' a block and NetEase's frequency limit a rate limit", () => {
    expect(diagnose('"message": "5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. OFR_506 [506]"\nIl demande si c\'est un "relais refusé"')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
    expect(diagnose('451 RP:QRC 163 mx14 发件人短时间内发送量过大，超出频率限制，请稍后再试')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'rate-limit' });
  });
});

describe("apps' own words (review round 17)", () => {
  it("does not take an app's action log for Mailgun's logs", () => {
    const zabbix = 'Zabbix — Reports > Action log shows every email action as Failed:\nFailed sending data to the peer: 550 5.7.1 Relaying denied\nSMTP server: smtp.eu.mailgun.org\nAuthentication: None';
    expect(diagnose(zabbix).scenario).toBe('mailgun-outgoing');
  });

  it("names mailgun.js's 401 as an API key refusal, and a connection time-out as no relay refusal, whatever the chatter guesses", () => {
    expect(diagnose('error: {"status":401,"details":"Forbidden","type":"MailgunAPIError"}\n"they might be relaying denied?" asked the dev')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'api-auth' });
    const timeout = '{"message":"Failed to send test email","exception":{"Message":"Connection could not be established with host \\"smtp.eu.mailgun.org:25\\": stream_socket_client(): Unable to connect to smtp.eu.mailgun.org:25 (Connection timed out)"}}\ncustomer thinks it\'s "relaying denied because the test mail never gets anywhere"';
    expect(diagnose(timeout)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
  });

  it('names a TLS mode that does not match the port (implicit TLS spoken to 587)', () => {
    const d = diagnose('OpenSSL::SSL::SSLError (SSL_connect returned=1 errno=0 peeraddr=34.160.64.122:587 state=error: wrong version number):\ngitlab_rails[\'smtp_tls\'] = true');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
    expect(d.summary).toMatch(/TLS mode does not match the port/);
  });
});

describe("a person's guess is not the server's words", () => {
  it('does not take "is this relaying denied?" after another error for a relay refusal', () => {
    const d = diagnose("421 Domain sandbox0a1b2c3d.mailgun.org is not allowed to send: please add the address to authorized recipients. Is that relaying denied?");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('sandbox');
  });

  it("weighs a relay phrase in people's words only lightly against the server's other error", () => {
    const bounce = '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp';
    const chatter = diagnose(`customer says "Relaying denied again!!" but what they pasted is:\n${bounce}`);
    expect(chatter).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
    expect(chatter.alternatives.filter((a) => a.confidence >= 0.2)).toEqual([]);
    // A relay refusal in the server's own words beside it stays a real possibility.
    const server = diagnose(`${bounce}\n554 5.7.1 <x@y.example>: Relay access denied`);
    expect(server.scenario === 'not-relaying-denied' ? server.alternatives[0]?.confidence ?? 0 : 1).toBeGreaterThanOrEqual(0.2);
  });
});

describe('words of the reply, quoted from the paste', () => {
  it("quotes a Mailgun event's own fields as evidence, never an internal name", () => {
    const d = diagnose('Mailgun logs:\nseverity: permanent\nreason: bounce\nmx-host: mx.hotel.example\nmessage: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)');
    expect(d.scenario).toBe('recipient-host');
    const event = d.evidence.find((e) => /Mailgun failure event/.test(e.rule));
    expect(event?.excerpt).toBe('severity: permanent');
  });

  it('does not point to "that address" when no recipient was found', () => {
    const d = diagnose('our MX is mxa.mailgun.org and senders get: 550 5.7.1 Relaying denied from mxa.mailgun.org. Routes set up in Mailgun for other addresses');
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.recipient).toBeNull();
    expect(d.summary).toMatch(/matches the recipient's address/);
  });
});

describe('rate limits by name', () => {
  it("reads Gmail's receiving-rate deferral as a rate limit", () => {
    const d = diagnose('450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. https://support.google.com/mail/?p=ReceivingRate - gsmtp');
    expect(d.kind).toBe('rate-limit');
  });
});

describe('evidence quotes the paste', () => {
  it('quotes the line that shows the source and the missing login, not our own labels', () => {
    const d = diagnose('=== Trying smtp.mailgun.org:587...\n=== Connected to smtp.mailgun.org.\n -> EHLO app01\n<-  250-AUTH PLAIN LOGIN\n -> MAIL FROM:<a@mg.x.example>\n<-  250 OK\n -> RCPT TO:<b@y.example>\n<** 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
    const excerpts = d.evidence.map((e) => e.excerpt);
    expect(excerpts).toContain('-> MAIL FROM:<a@mg.x.example>');
    expect(excerpts).not.toContain('smtp-transcript');
    expect(excerpts.join('\n')).not.toMatch(/MAIL FROM sent without AUTH/);
  });
});

describe('other errors by name', () => {
  it('names a server that wants STARTTLS first, and greylisting', () => {
    expect(diagnose('<** 530 5.7.0 Must issue a STARTTLS command first').summary).toMatch(/requires an encrypted connection \(STARTTLS\)/);
    expect(diagnose('Server response: 454 4.7.1 <w@x.example>: Recipient address rejected: Greylisted, please try again later').summary).toMatch(/greylisting/);
  });
});

describe('direction cues in support shorthand', () => {
  it('reads "their MX is on mailgun" as an incoming cue and "mg logs" as Mailgun\'s logs', () => {
    expect(diagnose('cust fwd a gmail bounce, they wrote to info@theirdomain.example, their MX is on mailgun\nThe response from the remote server was:\n550 5.7.1 Relaying denied').scenario).toBe('mailgun-incoming');
    expect(diagnose('mg logs: failed temp for ana@clinic.example, 454 4.7.1 <ana@clinic.example>: Relay access denied, will retry').scenario).toBe('recipient-host');
    expect(diagnose('shows as failed in the dashboard, to kim@oldisp.example, reason: 550 relay not permitted').scenario).toBe('recipient-host');
  });
});

describe('adversarial shapes (a ninth review round)', () => {
  it("names the server the app's own log says it talked to, over a Mailgun host named in the prose", () => {
    const d = diagnose("Our app hands mail to our Postfix relay (relay.corp.example), which forwards to smtp.mailgun.org.\n[07:55:10] mailer.ERROR: Connection to relay.corp.example:25 ok; RCPT TO:<buyer@gmail.com> rejected:\n454 4.7.1 <buyer@gmail.com>: Relay access denied");
    expect(d.facts.host).toBe('relay.corp.example');
    expect(d.scenario).not.toBe('mailgun-outgoing');
  });

  it("does not take yesterday's delivered event for today's refusal", () => {
    const d = diagnose('Yesterday this worked:\n{"event":"delivered","recipient":"carla@vet.example","delivery-status":{"code":250,"message":"OK","mx-host":"mx1.vet.example"}}\nToday:\nSymfony\\Component\\Mailer\\Exception\\TransportException\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=null');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts).toMatchObject({ replyCode: 550, event: null, mxHost: null });
  });

  it("reads credential variables that are not set as no login, and another domain's MX records as beside the point", () => {
    const d = diagnose("$ dig +short MX lists.kaffee.example\n10 mxa.eu.mailgun.org.\n\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE',\n  rejected: [ 'lena@web.example' ],\ntransport = nodemailer.createTransport({ host: 'smtp.eu.mailgun.org', port: 587, auth: { user: process.env.MG_USER || '' } })\n(MG_USER / MG_PASS are not set in the new secret)");
    expect(d.facts.authAttempted).toBe(false);
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it("reads Gmail's bracketed '[host. ip: reply]' as the refusing server", () => {
    const d = diagnose("We send via smtp.mailgun.org, auth is on. The sender got this from Gmail:\nThe response from the remote server was:\n[mxa.mailgun.org. 34.160.63.108: 550 5.7.1 Relaying denied]");
    expect(d.facts.host).toBe('mxa.mailgun.org');
    expect(d.scenario).toBe('mailgun-incoming');
  });
});

describe('a note on how the account is set up', () => {
  it('does not take "both ways (API for sending, routes for inbound)" for the direction of this refusal', () => {
    const d = diagnose('customer uses us both ways (API for sending, routes for inbound). bounce:\nFinal-Recipient: rfc822; team@northpeak.example\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('undetermined');
  });

  it('does not take "sends through Mailgun and has inbound Routes" for the direction of this refusal', () => {
    const d = diagnose('Quick one - customer uses Mailgun for their outbound newsletters AND has inbound Routes on the same domain. Bounce below.\n\nReporting-MTA: dns; mailhost.localdomain\nFinal-Recipient: rfc822; rma@returns.shop.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('undetermined');
  });
});

describe('one line typed by a person', () => {
  it('reads "Relaying denied from <host>" as that host refusing', () => {
    const d = diagnose('550 5.7.1 Relaying denied from smtp.mailgun.org when sending to bob@example.com');
    expect(d.facts.host).toBe('smtp.mailgun.org');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(diagnose('our mail to them was rejected by mx1.partner.example: 554 5.7.1 Relay access denied').facts.host).toBe('mx1.partner.example');
  });
});

describe("a library's own wording around the server's", () => {
  it(".NET's 'Mailbox unavailable. The server response was:' is not read as an unknown mailbox", () => {
    const relay = diagnose('var c = new SmtpClient("smtp.mailgun.org", 587);\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied');
    expect(relay.scenario).toBe('mailgun-outgoing');
    expect(relay.alternatives.map((a) => a.scenario)).not.toContain('not-relaying-denied');
    const unknown = diagnose('System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.1.1 <x@y.example>: Recipient address rejected: User unknown');
    expect(unknown.kind).toBe('unknown-user');
  });
});

describe('evidence that names what it saw', () => {
  it("does not call a form body's 'Relaying+denied' a misspelling, nor Sendmail's 'Proper authentication required' a policy", () => {
    const d = diagnose('POST /mailgun/bounce\nevent=bounced&recipient=f%40g.example&code=550&error=5.7.1+%3Cf%40g.example%3E+Relaying+denied.+Proper+authentication+required.&timestamp=1726580010');
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.map((e) => e.rule).join('\n')).not.toMatch(/misspelling/);
    expect(d.alternatives.map((a) => a.scenario)).not.toContain('not-relaying-denied');
  });

  it("quotes the library's exception, not a job runner's 'job error:' line, as the client's own error", () => {
    const d = diagnose('Sidekiq job error:\nNet::SMTPFatalError: 550 5.7.1 Relaying denied\n/usr/lib/ruby/3.2.0/net/smtp.rb:1077:in `check_response`\nconfig.action_mailer.smtp_settings = { address: "smtp.mailgun.org", port: 587 }');
    expect(d.facts.source).toBe('client-exception');
    const library = d.evidence.find((e) => e.rule.startsWith('An error thrown by'));
    expect(library?.excerpt).toContain('Net::SMTPFatalError');
  });
});

describe('text degraded on its way', () => {
  it('reads "Relayirg denled" typed off a screenshot as a relay refusal', () => {
    expect(diagnose('Message rejected\n5S0 5.7.l Relayirg denled').scenario).toBe('undetermined');
  });

  it("does not let a person's comparison ('the same as \"Relaying denied\"') outweigh the API's 401", () => {
    const d = diagnose(`$ curl -s --user 'api:key-3f9a***' https://api.eu.mailgun.net/v3/mg.x.example/messages -F to='k@web.example'\nForbidden\n\nHTTP-Status war 401. Er meint, das sei das gleiche wie "Relaying denied".`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('api-auth');
  });
});

describe('precision on look-alikes (review round 14)', () => {
  it('does not take a port for a reply code, nor a success line for a refusal', () => {
    expect(diagnose('they use smtp.mailgun.org with 587 or 2525, and port 465 fails to connect').facts.replyCode).toBe(null);
    const delivered = diagnose('postfix/smtp[1922]: 3C1F40A8B2: to=<cfo@v.example>, relay=smtp.mailgun.org[34.160.22.10]:587, dsn=2.0.0, status=sent (250 Great success)\nour side shows "delivered" with 250 from their MX. probably landing in spam on their end');
    expect(delivered.scenario).toBe('not-relaying-denied');
    expect(delivered.kind).toBe('other');
  });

  it('names a filtering gateway blocking the sender, and the API not knowing the sending domain', () => {
    expect(diagnose('550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550').kind).toBe('blocked');
    const api = diagnose('$ curl -s --user "api:$KEY" https://api.mailgun.net/v3/mg.accme.example/messages ...\n{"message": "Domain not found: mg.accme.example"}');
    expect(api.kind).toBe('other');
    expect(api.summary).toMatch(/API does not know the sending domain/);
  });
});

describe('a client talking straight to Mailgun\'s inbound MX (reviews 43a, 44b, 45a)', () => {
  it('is a test of the receiving side when the paste is about receiving (Routes, inbound mail)', () => {
    const test = 'Testing our inbound route directly against the MX before switching DNS:\nsend: \'mail FROM:<qa@qa.local>\\r\\n\'\nreply: b\'250 Sender address accepted\\r\\n\'\nsend: \'rcpt TO:<receipts@scan.l.example>\\r\\n\'\nreply: b\'550 5.7.1 Relaying denied\\r\\n\'\ntest_inbound.py connects with smtplib.SMTP("mxa.mailgun.org", 25).';
    expect(diagnose(test).scenario).toBe('mailgun-incoming');
  });

  it('stays the outgoing case for an app set to send through the MX by mistake', () => {
    const app = 'Their app settings:\nHost: mxa.mailgun.org\nPort: 587\nUser: (none)\nError: 550 5.7.1 Relaying denied when sending to client@gmail.example';
    expect(diagnose(app).scenario).not.toBe('mailgun-incoming');
  });
});

describe("an app's own sending setting pointed at Mailgun's MX", () => {
  const refused = (setting: string) => diagnose(`${setting}\nsmtplib.SMTPRecipientsRefused: {'bob@c.example': (550, b'5.7.1 Relaying denied')}`);

  it.each([
    ['Laravel', 'MAIL_HOST=mxb.mailgun.org\nMAIL_USERNAME=postmaster@mg.a.example'],
    ['Django', "EMAIL_HOST = 'mxa.mailgun.org'"],
    ['Spring', 'spring.mail.host=mxb.eu.mailgun.org'],
    ['PHPMailer', "$mail->Host = 'mxa.mailgun.org';"],
    ['.NET', 'client.Host = "mxa.mailgun.org";'],
    ['nodemailer', "nodemailer.createTransport({ host: 'mxa.mailgun.org', port: 587 })"],
    ['Rails', "config.action_mailer.smtp_settings = { address: 'mxa.mailgun.org', port: 587 }"],
    ['a plugin screen', 'SMTP Host: mxa.mailgun.org\nAuthentication: ON'],
  ])('reads %s set to the MX as sending through the MX, even with a login', (_, setting) => {
    const d = refused(setting);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.evidence.map((e) => e.rule)).toContain("The app is set to send through Mailgun's inbound MX, which relays nothing");
  });

  it("reads a bounce's or a log's host field as the server that refused someone's delivery, not a setting", () => {
    const bounce = "kontakt@post.l.example:\nSMTP error from remote server for RCPT TO command, host: mxa.eu.mailgun.org (141.193.32.20) reason: 550 5.7.1 Relaying denied";
    expect(diagnose(bounce).scenario).toBe('mailgun-incoming');
    const opensmtpd = 'Nov 30 07:31:57 relay1 smtpd[48211]: 9c1f mta delivery evpid=b3e1 from=<o@k.example> to=<ap@l.example> rcpt=<-> relay="34.231.58.20 (mxa.mailgun.org)" stat="550 5.7.1 Relaying denied" host=mxa.mailgun.org';
    expect(diagnose(opensmtpd).scenario).toBe('mailgun-incoming');
  });

  it.each([
    ['msmtp', 'account default\nhost mxb.mailgun.org\nport 25\nauth off'],
    ['Go', 'err := smtp.SendMail("mxa.mailgun.org:25", nil, from, []string{to}, msg)'],
    ['a YAML diff', ' smtp:\n-  host: smtp.mailgun.org\n-  username: postmaster@mg.gym.example\n+  host: mxb.mailgun.org\n   port: 587'],
    ['a Spanish camera screen', 'Servidor SMTP: mxa.mailgun.org\nPuerto: 25\nAutenticación: desactivada'],
    ['Python with a keyword', "server = smtplib.SMTP(host='mxa.mailgun.org', port=25)"],
  ])('reads %s set to the MX as sending through the MX', (_, setting) => {
    expect(refused(setting).scenario).toBe('mailgun-outgoing');
  });

  it.each([
    ['a DNS provider\'s XML', 'Customers emailing support@mail.example.com get a bounce: 550 5.7.1 Relaying denied\n<host HostId="1" Name="mail" Type="MX" Address="mxa.mailgun.org." MXPref="10" TTL="1800" />'],
    ['Terraform', 'Mail sent to anything@in.example.com bounces with 550 5.7.1 Relaying denied.\nrecord {\n  hostname = "in"\n  type = "MX"\n  address = "mxa.mailgun.org."\n  mx_pref = 10\n}'],
    ['a JSON dump of the diagnosis', 'Gmail bounce for help@in.example.com: 550 5.7.1 Relaying denied\nthe bot said: {"scenario": "mailgun-incoming", "host": "mxa.mailgun.org", "authAttempted": null, "smtpPort": null}'],
  ])("reads %s naming the MX as no sending setting", (_, paste) => {
    expect(diagnose(paste).scenario).toBe('mailgun-incoming');
  });

  it('reads a script delivering straight to the MX to test inbound parsing as the receiving side', () => {
    const d = diagnose("We test our inbound parsing by delivering straight to Mailgun with a script:\nserver = smtplib.SMTP(host='mxa.mailgun.org', port=25)\nsmtplib.SMTPRecipientsRefused: {'support@parse.example.com': (550, b'5.7.1 Relaying denied')}");
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it.each([
    ['dig D MX', '$ dig in.h.example MX +short\n10 mxa.mailgun.org.'],
    ['nslookup', '> nslookup -type=mx in.h.example\nin.h.example  mail exchanger = 10 mxa.mailgun.org.'],
    ['words', 'in.h.example is their own routed domain, MX records are mxa.mailgun.org / mxb.mailgun.org.'],
  ])("reads a device mailing its own domain, whose MX is Mailgun's (%s), as delivery there", (_, mx) => {
    const d = diagnose(`Our NVR emails alerts to alerts@in.h.example.\nSMTP Server: mxa.mailgun.org\nPort: 25\nError: 550 5.7.1 Relaying denied\n${mx}`);
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.recipient).toBe('alerts@in.h.example');
  });

  it("reads a device delivering straight to its own recipient's MX (Mailgun's, looked up in the paste) as delivery there", () => {
    const d = diagnose('  SMTP Server:       mxa.eu.mailgun.org\n  Mail Receiver 1:   nvr-alerts@alerts.h.example\n  [Test]  ->  "Test failed! 550 5.7.1 Relaying denied"\n\n$ dig +short MX alerts.h.example\n10 mxa.eu.mailgun.org.\n10 mxb.eu.mailgun.org.');
    expect(d.scenario).toBe('mailgun-incoming');
  });
});

describe('an app set to send through Mailgun\'s MX, said to be for sending only (review 46b)', () => {
  it('is the outgoing case, not Routes', () => {
    const paste = '"Mailgun is only for sending my HA alerts. I copied the server name from the DNS records page in Mailgun."\nnotify:\n  - name: garage_mail\n    platform: smtp\n    server: mxa.mailgun.org\n    port: 25\nsmtplib.SMTPRecipientsRefused: {\'jonas@fastpost.example\': (550, b\'5.7.1 Relaying denied\')}';
    expect(diagnose(paste).scenario).toBe('mailgun-outgoing');
  });
});

describe('the code review of session 8, second round', () => {
  it('reads "we never set up any routes, Mailgun is only for sending" beside an app set to the MX as the outgoing case', () => {
    expect(diagnose('SMTP Host: mxa.mailgun.org\nError: 550 5.7.1 Relaying denied\nWe never set up any routes, Mailgun is only for sending our alerts.').scenario).toBe('mailgun-outgoing');
  });

  it('does not call the MX records the mistake for someone setting up receiving ("haven\'t created any routes yet")', () => {
    const d = diagnose("Just switched the MX records of inbox.x.example to Mailgun so our app can parse incoming replies.\nreplies@inbox.x.example: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied\nI haven't created any routes yet, is that the problem?");
    expect(d.evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it('reads a ticked authentication box after an unticked one on the same line as no evidence of a missing login', () => {
    expect(diagnose('Use SSL: [ ]  SMTP Authentication: [x]\nSMTP Server: smtp.mailgun.org\n550 5.7.1 Relaying denied').facts.authAttempted).not.toBe(false);
  });
});

describe('review 51a', () => {
  it("reads a Route's forward refused by a second Mailgun domain's MX as the incoming side", () => {
    const d = diagnose('{"event":"failed","severity":"permanent","recipient":"ops@tallgrass.example","flags":{"is-routed":true},"delivery-status":{"mx-host":"mxa.mailgun.org","code":550,"message":"5.7.1 Relaying denied"}}\nThe Route of corvid.example forwards to ops@tallgrass.example, which also receives through Mailgun.');
    expect(d.scenario).toBe('mailgun-incoming');
  });
  it("reads no receiving side in a reported question ('they asked if they need an inbound route')", () => {
    const d = diagnose('event=bounced&recipient=a%40b.example&code=550&error=relay+not+permitted\nthey asked if they need an inbound route for this');
    expect(d.scenario).toBe('recipient-host');
  });
});

describe('a Portuguese "sending or receiving" (round 56b)', () => {
  it("reads 'Não sei se foi envio ou recebimento' as the direction unknown", () => {
    const d = diagnose('Mandaram só um print com "550 5.7.1 Relaying denied". Não sei se foi envio ou recebimento.\n\nRotas (GET /v3/routes): match_recipient("pedidos@c.example")');
    expect(d.scenario).toBe('undetermined');
  });
});

describe('"they send with Mailgun and also receive" (round 57a)', () => {
  it('reads a bare refusal of an account that does both as undetermined', () => {
    expect(diagnose('They send with Mailgun and also receive support@ through Mailgun routes.\nMail round-trip probe FAILED after 4.1 s: 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });
});

describe("the verb 'route' (round 59a)", () => {
  it("does not read 'they route all external mail through' as Mailgun Routes", () => {
    const d = diagnose('they route all external mail through a Send Connector to Mailgun.\n550 5.7.1 Relaying denied');
    expect(d.evidence.map((e) => e.rule)).not.toContain('Mailgun Routes are mentioned');
  });
});

describe('an account used both ways, said in other languages (review 62b)', () => {
  it.each([
    'Kunde nutzt Mailgun sowohl für den Versand (SMTP aus seinem Shop) als auch für den Empfang (Routes auf support@).',
    'El dominio usa Mailgun tanto para envío como para recepción (Routes).',
    "Le client utilise Mailgun à la fois pour l'envoi et la réception (Routes).",
  ])("answers a bare refusal as undetermined: '%s'", (words) => {
    expect(diagnose(`${words}\n> Seit heute: "550 5.7.1 Relaying denied".`).scenario).toBe('undetermined');
  });
});

describe("a device's settings listed on one line (review 65c)", () => {
  it("reads 'Server = mxb.mailgun.org, Port = 25, SMTP Authentication = Off' as sending through the MX", () => {
    const d = diagnose('2025/06/02 09:41:18  SMTP  >>> RCPT TO:<paralegal@gmail.example>\n2025/06/02 09:41:18  SMTP  <<< 550 5.7.1 Relaying denied\nDevice SMTP settings: Server = mxb.mailgun.org, Port = 25, SMTP Authentication = Off, Security = None.');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.evidence.map((e) => e.rule)).toContain("The app is set to send through Mailgun's inbound MX, which relays nothing");
  });
});

describe('the row a person asks about failed with another error (review 72b)', () => {
  const rows = '[{"event":"failed","severity":"permanent","recipient":"r.costa@studio.example","delivery-status":{"mx-host":"mail.studio.example","code":550,"message":"5.7.1 Unable to relay"}},\n{"event":"failed","severity":"permanent","recipient":"carla@libero.example","delivery-status":{"mx-host":"smtp-in.libero.example","code":552,"message":"5.2.2 <carla@libero.example> Mailbox full"}}]';
  it("answers that error, not another row's relay refusal", () => {
    const d = diagnose(`The r.costa one we know already (their IT fixed it). Can you explain the other, carla@libero.example's?\n\n${rows}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('mailbox-full');
  });

  it('keeps the relay refusal when the words ask about it', () => {
    expect(diagnose(`carla@libero.example is full, fine, but why relaying denied for the other?\n\n${rows}`).scenario).toBe('recipient-host');
  });
});

describe('lines that show the mail accepted, with no error (review 72a)', () => {
  it('says nothing failed', () => {
    const d = diagnose('Is the relay through Mailgun set up right now?\nNov 22 09:12:04 gw01 postfix/smtp[7731]: 3F9A2C1E07: to=<a@b.example>, relay=smtp.eu.mailgun.org[185.250.236.4]:587, delay=1.1, dsn=2.0.0, status=sent (250 Great success)');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.evidence.map((e) => e.rule)).toEqual(['The mail was accepted, with no error']);
    expect(renderText(buildReply(d), { ui: 'all' })).toContain('Nothing failed in these lines');
  });

  it('does not say so beside a failure, or a refusal typed with a misspelling', () => {
    expect(diagnose('status=sent (250 Great success)\nstatus=bounced (host x said: 550 5.1.1 unknown user)').evidence.map((e) => e.rule)).not.toContain('The mail was accepted, with no error');
    expect(diagnose('{"event": "delivered"}\n{"event": "failed", "recipient": "a@b.example"}').evidence.map((e) => e.rule)).not.toContain('The mail was accepted, with no error');
    expect(diagnose('customer says "relay is denying" but: status=sent (250 Great success)').evidence.map((e) => e.rule)).not.toContain('The mail was accepted, with no error');
  });
});

describe("a person's claim that it is a relay refusal, beside the server's other error (review 73c)", () => {
  const event = '{"event":"failed","severity":"permanent","recipient":"kunden@werke.example","delivery-status":{"mx-host":"mailgate.werke.example","code":550,"enhanced-code":"5.7.1","message":"5.7.1 Service unavailable; Client host [159.135.228.31] blocked using zen.spamhaus.org"}}';
  it('answers the server, not the claim', () => {
    const d = diagnose(`5.7.1 again, customer swears it's "the relaying denied thing from your help center". Events API item:\n${event}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
  });

  it('keeps a relay refusal whose address reads like the verb', () => {
    expect(diagnose('Delivery status: 554 5.7.1 <claims@insurer.example>: Relay access denied\nMX host: mx.insurer.example\nevent: failed').scenario).toBe('recipient-host');
  });
});

describe("a person's guess beside a failed connection, with no refusal at all (review 73a)", () => {
  it('answers the failed connection', () => {
    const dotnet = diagnose('customer asks if it\'s the "relaying denied" issue from our docs.\n"Host": "smtp.eu.mailgun.org", "Port": 465, "EnableSsl": true\nSystem.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.');
    expect([dotnet.scenario, dotnet.kind]).toEqual(['not-relaying-denied', 'other']);
    const gitlab = diagnose('GitLab neposílá notifikace. Je to "relaying denied" od Mailgunu?\ngitlab_rails[\'smtp_address\'] = "smtp.mailgun.org"\nprotocol.rb:43:in `ssl_socket_connect\': execution expired (Net::OpenTimeout)\n$ nc -vz -w 5 smtp.mailgun.org 25\nnc: connect to smtp.mailgun.org (34.196.88.210) port 25 (tcp) timed out: Operation now in progress');
    expect([gitlab.scenario, gitlab.kind]).toEqual(['not-relaying-denied', 'other']);
    expect(gitlab.evidence.map((e) => e.rule)).toEqual(['The connection to the server failed', 'The paste asks whether this is a relay refusal']);
  });
});

describe("the sender's own local mail server answered, not Mailgun (review 73a)", () => {
  it("is not Mailgun's outgoing refusal when the app sends through localhost or the Docker host", () => {
    const php = diagnose('Na serwerze jest usługa SMTP z IIS 6, która ma ustawiony smart host smtp.mailgun.org.\nPHP Warning:  mail(): SMTP server response: 550 5.7.1 Unable to relay for zamowienia@hurtownia.example in C:\\inetpub\\wwwroot\\mailer.php on line 88\n\nphp.ini:\n[mail function]\nSMTP = localhost\nsmtp_port = 25');
    expect(php.scenario).not.toBe('mailgun-outgoing');
    const laravel = diagnose('MAIL_HOST=smtp.mailgun.org\n  Symfony\\Component\\Mailer\\Exception\\TransportException  Expected response code "250/251/252" but got code "454", with message "454 4.7.1 <lena@web.example>: Relay access denied".\n$ php artisan config:show mail.mailers.smtp\n  host .............................................. 172.17.0.1\n  port ...................................................... 25');
    expect(laravel.scenario).not.toBe('mailgun-outgoing');
  });
});

describe('both directions said in Turkish and Japanese, and the region in words (reviews 74a, 74c)', () => {
  it('stays undetermined for a bare refusal', () => {
    const turkish = diagnose('müşteri sadece "Relaying denied hatası alıyoruz" yazdı. alan adı hem gönderim hem de gelen posta (routes) için Mailgun\'da. Hangi yönde olduğunu bilmiyoruz.');
    expect(turkish.scenario).toBe('undetermined');
    const japanese = diagnose('「メールが送れない。エラーは 550 5.7.1 Relaying denied」\nアカウントは mg.sakura.example（US リージョン）で、受信も Routes を使っているみたいです\nwhich direction though?');
    expect(japanese.scenario).toBe('undetermined');
    expect(japanese.facts.region).toBe('us');
    expect(diagnose('klant (Bloemenhuis, mg.bloemenhuis.example, EU) ziet dit: 550 5.7.54 Unable to relay recipient in non-accepted domain').facts.region).toBe('eu');
  });
});

describe('code review 33: a server that claims, a channel name, an address that arrived', () => {
  it('keeps a server\'s own refusal and a Slack channel\'s line', () => {
    expect(diagnose('event: failed, 550 5.7.1, mx-host mx.partner.example. The remote server insists "relay not permitted".').scenario).toBe('recipient-host');
    expect(diagnose('Seen in #next-gen-mail: smtp.mailgun.org replied 550 5.7.1 Relaying denied for bob@partner.example').scenario).toBe('mailgun-outgoing');
  });

  it('counts neither an address said to have arrived as refused, nor one "not delivered" as delivered', () => {
    const event = '{"event":"failed","severity":"permanent","recipient":"anna@firm.example","delivery-status":{"mx-host":"mx.firm.example","code":554,"message":"5.7.1 <anna@firm.example>: Relay access denied"}}';
    expect(diagnose(`Only one address fails; what we sent to bob@firm.example arrived fine.\n${event}`).facts.refusedAtDomain).toBe(1);
    expect(diagnose(`${event}\n(the message to dave@firm.example wasn't delivered either)`).facts.deliveredAtDomain).toBe(0);
  });
});

describe('words that point the wrong way (review 75b)', () => {
  it('answers a success log whose only relay words are the ticket subject', () => {
    const d = diagnose('Support ticket #55102 — "Relaying Denied when sending to our reseller" — customer attached this as "proof". I don\'t see any error??\nFeb 20 16:05:44 mx-out postfix/smtp[30412]: A1B94E20C7: to=<orders@nordlys.example>, relay=smtp.mailgun.org[34.160.3.120]:587, dsn=2.0.0, status=sent (250 Great success)');
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'other']);
  });

  it("keeps a server's refusal without a code beside a success", () => {
    const d = diagnose('2025-03-12 11:40:02 H=so254-57.mailgun.net [198.61.254.57] F=<bounce@mg.legal.example> rejected RCPT <archive@archive.example>: relay not permitted\n2025-03-12 11:41:11 1ttQx2 => counsel@partners.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.88.21] C="250 Great success"');
    expect(d.scenario).not.toBe('not-relaying-denied');
  });

  it('reads no configured host from a commented-out setting, and IIS on localhost as a local relay', () => {
    const d = diagnose('config.action_mailer.smtp_settings = {\n    address: "mailrelay.int.example", port: 25,\n    # address: "smtp.mailgun.org", port: 587  <- old, pre-migration\n}\nNet::SMTPFatalError: 554 5.7.1 <a@b.example>: Relay access denied');
    expect(d.facts.host).not.toBe('smtp.mailgun.org');
    const iis = diagnose('The portal uses System.Net.Mail to localhost; the IIS SMTP virtual server forwards to smarthost smtp.mailgun.org:587.\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay for a@b.example\n<network host="localhost" port="25" defaultCredentials="false" />');
    expect(iis.scenario).not.toBe('mailgun-outgoing');
  });
});

describe("another session's login (review 75b)", () => {
  it('does not count for the session that was refused', () => {
    const session = (box: string, auth: boolean, last: string) => `=== ${box} ===\n=== Trying smtp.mailgun.org:587...\n<-  220 Mailgun Influx ready\n -> EHLO ${box}.example\n<-  250 AUTH PLAIN LOGIN\n${auth ? ' -> AUTH PLAIN AHBvc3Q=\n<-  235 2.0.0 OK\n' : ''} -> MAIL FROM:<noreply@mg.tools.example>\n<-  250 Sender address accepted\n -> RCPT TO:<b@haulage.example>\n${last}\n`;
    const d = diagnose(session('web-03', true, '<-  250 Recipient address accepted') + session('batch-01', false, '<** 550 5.7.1 Relaying denied'));
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(false);
  });
});

describe('a login before STARTTLS (review 73a)', () => {
  const transcript = (loginFirst: boolean) => {
    const login = "send: 'AUTH PLAIN AHBvc3Q=\\r\\n'\nreply: b'235 2.0.0 OK\\r\\n'\n";
    const tls = "send: 'STARTTLS\\r\\n'\nreply: b'220 2.0.0 Ready to start TLS\\r\\n'\nsend: 'ehlo runner\\r\\n'\nreply: b'250 AUTH PLAIN LOGIN\\r\\n'\n";
    return `logs in fine (235!) and still relaying denied?\ns = smtplib.SMTP("smtp.mailgun.org", 587)\nsend: 'ehlo runner\\r\\n'\nreply: b'250-smtp.mailgun.org\\r\\n'\n${loginFirst ? login + tls : tls + login}send: 'mail FROM:<billing@mg.orbit.example>\\r\\n'\nreply: b'250 Sender address accepted\\r\\n'\nsend: 'rcpt TO:<finance@calloway.example>\\r\\n'\nreply: b'550 5.7.1 Relaying denied\\r\\n'\n`;
  };

  it('is undone by STARTTLS: the session that named the recipient had not logged in', () => {
    const d = diagnose(transcript(true));
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(true);
    expect(d.evidence.map((e) => e.excerpt).join('\n')).toContain('Ready to start TLS');
  });

  it('still counts when it came after STARTTLS', () => {
    expect(diagnose(transcript(false)).scenario).not.toBe('mailgun-outgoing');
  });
});

describe("the sending side's own mail server refusing a client on its private network (review 76b)", () => {
  const internal = (box: string, ip: string) => `${box}\nJun 11 14:02:31 mx-relay01 postfix/smtpd[81220]: NOQUEUE: reject: RCPT from app-inv-03.hartwell.lan[${ip}]: 554 5.7.1 <claims@bayside.example>: Relay access denied; from=<invoices@hartwell.example> to=<claims@bayside.example> proto=ESMTP helo=<app-inv-03>\nrelayhost = [smtp.mailgun.org]:587 on that box, mx-relay01.hartwell.example`;

  it("is the sender's own relay, named by its log, for Postfix's smtpd", () => {
    const d = diagnose(internal('Customer says Mailgun blocks their invoices. Log of their relay:', '10.20.4.17'));
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.senderRelay).toBe('mx-relay01.hartwell.example');
    expect(d.facts.hostRole).toBe('other');
    expect(d.evidence.map((e) => e.excerpt)).toContain('reject: RCPT from app-inv-03.hartwell.lan[10.20.4.17]');
  });

  it('not for a client from outside, which may be Mailgun delivering', () => {
    const d = diagnose(internal('Bounce from their server:', '34.160.3.120'));
    expect(d.facts.senderRelay).toBeNull();
    expect(d.evidence.map((e) => e.rule)).not.toContain('A mail server refused to relay for a client on its own private network');
  });

  it("for Exim's mainlog, naming the server under the sender's own domain", () => {
    const d = diagnose("Their own Exim (mail.kancelaria.example) sends on through smarthost smtp.mailgun.org:587 with a login:\n2024-02-14 09:17:33 H=(app-worker-3) [10.8.0.12] F=<powiadomienia@kancelaria.example> rejected RCPT <a.nowak@wp.example>: relay not permitted");
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.senderRelay).toBe('mail.kancelaria.example');
  });

  it("for Sendmail's 'IP name lookup failed' in an app's exception, naming the app's own mail host setting", () => {
    const d = diagnose('The mailhub forwards to Mailgun somewhere.\njakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 <r.dekker@kpn.example>... Relaying denied. IP name lookup failed [192.168.40.23]\n\nmail.smtp.host=mailhub.zorgnet.intra\nmail.smtp.auth=false');
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.senderRelay).toBe('mailhub.zorgnet.intra');
  });

  it("keeps such a line when the log shows another failure: it is no open-relay probe from outside", () => {
    const d = diagnose('Sep 1 10:00:00 vps1 postfix/smtpd[20933]: NOQUEUE: reject: RCPT from unknown[172.19.0.3]: 554 5.7.1 <hello@ridge.example>: Relay access denied; from=<orders@ridge.example> to=<hello@ridge.example> proto=ESMTP helo=<3f2e>\nSep 1 10:00:09 vps1 postfix/smtp[20940]: 1A2B: to=<x@y.example>, status=deferred (connect to smtp.mailgun.org[34.1.2.3]:587: Connection timed out)');
    expect(d.facts.senderRelay).toBe('vps1');
    expect(d.scenario).toBe('undetermined');
  });
});

describe("an app's own library error, beside its relay's Mailgun relayhost (review 76b)", () => {
  it('comes from the host the app is set to use', () => {
    const d = diagnose('Shared Postfix in the cluster relays to Mailgun (relayhost [smtp.mailgun.org]:587 with SASL).\n{"msg":"send failed","err":{"message":"Can\'t send mail - all recipients were rejected: 554 5.7.1 <v@hotmail.example>: Relay access denied","stack":"Error: Can\'t send mail\\n    at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1681:27)","code":"EENVELOPE","command":"RCPT TO"}}\ntransport: `{ host: "smtp-relay.mail.svc.cluster.local", port: 25, secure: false }`');
    expect(d.facts.host).toBe('smtp-relay.mail.svc.cluster.local');
    expect(d.scenario).toBe('undetermined');
  });
});

describe('review 76a/76b: words and settings read', () => {
  it("reads Python's socket time-out as a failed connection, whatever the ticket calls it", () => {
    const d = diagnose('Ticket says "relaying denied from Mailgun", but the log:\nTraceback (most recent call last):\n  File "/opt/send.py", line 74, in <module>\n    with smtplib.SMTP("smtp.mailgun.org", 25, timeout=30) as s:\n  File "/usr/lib/python3.10/socket.py", line 833, in create_connection\n    sock.connect(sa)\nTimeoutError: timed out');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('other');
    expect(d.facts.smtpPort).toBe(25);
  });

  it("keeps a bare refusal undetermined when the person cannot tell the app's mail from mail sent to them", () => {
    const paste = 'customer (mg.fernhill.example) wrote "we\'re getting 550 5.7.1 Relaying denied since this morning". no idea if it\'s their app or someone emailing them. they also have inbound routes on the same domain.';
    expect(diagnose(paste).scenario).toBe('undetermined');
  });

  it('reads the recipient people write to in Portuguese', () => {
    const d = diagnose('MX aponta para mxa.mailgun.org. Rota: match_recipient("sac@casaverde.example") -> forward("casaverde.sac@gmail.com"). Os clientes que escrevem para pedidos@casaverde.example recebem "550 5.7.1 Relaying denied".');
    expect(d.facts.recipient).toBe('pedidos@casaverde.example');
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it("reads Nextcloud's admin page and its unticked 'Authentication required' box", () => {
    const d = diagnose('Nextcloud admin → Basic settings → "Send email" test:\nA problem occurred while sending the email. (Error: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".)\nAuthentication required: [ ] (unchecked)\nServer address: smtp.mailgun.org : 587');
    expect(d.facts.client).toBe('nextcloud');
    expect(d.facts.authAttempted).toBe(false);
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});

describe("whose server's log is this (review 78b)", () => {
  it("reads a recipient server's own log refusing Mailgun's delivery as the recipient's host, in each MTA's words and in capitals", () => {
    const logs = [
      'Jul 16 10:05:41 mx01 postfix/smtpd[4410]: NOQUEUE: reject: RCPT from m159-135-228-41.mailgun.net[159.135.228.41]: 554 5.7.1 <frontdesk@vet.example>: Relay access denied; from=<bounce+0f9a.2c-frontdesk=vet.example@mail.paws.example> to=<frontdesk@vet.example> proto=ESMTP',
      '2024-07-23 13:20:44 H=(m198-61-254-71.mailgun.net) [198.61.254.71] F=<bounce+6b3c.9d2-faktury=nowak.example@mg.wisla.example> rejected RCPT <faktury@nowak.example>: relay not permitted',
      '2024-07-15T07:42:10.161Z,EXCH01\\Default Frontend EXCH01,08DC,3,10.1.0.20:25,161.38.200.14:52114,<,EHLO m161-38-200-14.mailgun.net,\n2024-07-15T07:42:10.245Z,EXCH01\\Default Frontend EXCH01,08DC,8,10.1.0.20:25,161.38.200.14:52114,>,550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain,',
    ];
    for (const log of logs) {
      const words = `The customer sends us invoices through Mailgun and they bounce. Our own server's log:\n${log}`;
      expect(diagnose(words).scenario, log).toBe('recipient-host');
      expect(diagnose(words.toUpperCase()).scenario, log).toBe('recipient-host');
      // (the Exchange lines here show no RCPT TO line of their own)
      if (!log.includes('EXCH01')) expect(diagnose(words).facts.command, log).toBe('RCPT TO');
    }
  });

  it("takes Mailgun's delivery behind the server's NAT for no client of its own network", () => {
    const d = diagnose('Our firewall NATs inbound to 192.168.50.1. Log:\nJul 17 16:22:10 correo postfix/smtpd[19002]: NOQUEUE: reject: RCPT from unknown[192.168.50.1]: 554 5.7.1 <r@clinica.example>: Relay access denied; from=<bounce+c0ffee.71-r=clinica.example@mg.lab.example> to=<r@clinica.example> proto=ESMTP');
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.map((e) => e.rule)).not.toContain('A mail server refused to relay for a client on its own private network');
  });

  it("reads Exchange's receive log refusing a printer on its network as the sending side's own server", () => {
    const d = diagnose('The printer (192.168.10.45) scans to email through our Exchange, whose send connector smarthosts to smtp.mailgun.org.\n2024-07-29T13:05:44.231Z,EXCH-SRV01\\Default Frontend EXCH-SRV01,08DC,8,192.168.10.5:25,192.168.10.45:1042,>,550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain,');
    expect(d.scenario).toBe('undetermined');
    // (the Mailgun host the chatter names is the connector's smart host: it answered nothing here)
    expect(d.facts.host).toBeNull();
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('receive connector');
    expect(fix).toContain('192.168.10.45');
  });

  it("writes one IPv6 address in Postfix's brackets, /128", () => {
    const d = diagnose('Sep 1 10:00:00 relay1 postfix/smtpd[20933]: NOQUEUE: reject: RCPT from app[fd3c:91a2:4b07:10::2a]: 554 5.7.1 <h@r.example>: Relay access denied; from=<o@corp.example> to=<h@r.example> proto=ESMTP');
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('[fd3c:91a2:4b07:10::2a]/128');
    expect(fix).not.toContain('/32');
  });
});

describe("a Route's web endpoint answering an HTTP error, asked about as relaying denied (review 79b)", () => {
  it('is no relay denial, whatever the person calls it, in a logs page or an event with escaped quotes', () => {
    const page = diagnose('Route forward to our app keeps failing, customer thinks it\'s "relay denied". From the logs page:\nFailed  Nov 28, 2026 10:02:11  support@in.acme.example\nRoute: catch_all() -> forward("https://hooks.acme.example/mail")\nDelivery status: 406 Not Acceptable');
    expect(page.scenario).toBe('not-relaying-denied');
    expect(page.kind).toBe('other');
    expect(page.evidence.map((e) => e.excerpt)).toContain('406 not acceptable');
    const event = diagnose('is this relaying denied?\n{"event": "failed", "routes": [{"actions": ["forward(\\"https://api.helpdesk.example/inbound\\")"]}], "delivery-status": {"description": "Webhook returned HTTP 500"}}');
    expect(event.scenario).toBe('not-relaying-denied');
  });
  it('leaves a real relay refusal beside a URL route alone', () => {
    const d = diagnose('routes: catch_all() -> forward("https://hooks.acme.example/mail")\n550 5.7.1 Relaying denied for sales@other.example (in reply to RCPT TO) from smtp.mailgun.org');
    expect(d.scenario).not.toBe('not-relaying-denied');
  });
});

describe('review 80: which session, which error, whose words', () => {
  it("reads a Go service's own log of its dial to smtp.mailgun.org as the session that was refused", () => {
    const d = diagnose('2024/07/02 18:41:09 notifier: dial smtp.mailgun.org:587 ok\n2024/07/02 18:41:09 notifier: MAIL FROM:<alertas@mg.paga.example> -> 250 Sender address accepted\n2024/07/02 18:41:10 notifier: send to joao@uol.example failed: smtp rcpt: 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.mailgun.org');
  });
  it("does not let a later session's login (a retry with --auth) count for the refused one", () => {
    const first = '=== Trying smtp.mailgun.org:587...\n<-  220 Mailgun Influx ready\n ~> MAIL FROM:<f@mg.ceramica.example>\n<~  250 Sender address accepted\n ~> RCPT TO:<g@hostal.example>\n<~* 550 5.7.1 Relaying denied\n ~> QUIT';
    const retry = '$ swaks --server smtp.mailgun.org:587 --auth LOGIN\n...\n ~> AUTH LOGIN\n<~  235 2.0.0 OK\n ~> RCPT TO:<g@hostal.example>\n<~  250 Recipient address accepted';
    expect(diagnose(`${first}\n\n${retry}`).scenario).toBe('mailgun-outgoing');
    // (a login before the refusal, in its session, still counts)
    const loggedIn = diagnose('<-  220 Mailgun Influx ready\n ~> AUTH LOGIN\n<~  235 2.0.0 OK\n ~> RCPT TO:<g@hostal.example>\n<~* 550 5.7.1 Relaying denied');
    expect(loggedIn.evidence.map((e) => e.rule)).toContain('The SMTP session logged in (235), so a missing login is not the cause');
    expect(loggedIn.scenario).not.toBe('mailgun-outgoing');
  });
  it("reads an app's own 'relay denied' words for Mailgun's HTTP API answering 401 as the API refusing the key", () => {
    const d = diagnose('2024-06-18T09:14:03.402Z ERROR relay denied by upstream provider=mailgun status=401 body="Forbidden" url=https://api.eu.mailgun.net/v3/mg.fintrak.example/messages msg_id=ntf-7f3a21');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('api-auth');
  });
  it('sets aside a relay refusal a follow-up recaps as fixed, for the mailbox-full event of today', () => {
    const d = diagnose(`Recap, Monday we had this from the booking app:\n  SMTPRecipientsRefused: {'t.moreau@gmail.example': (550, b'5.7.1 Relaying denied')}\n-> fixed.\nBUT today the same guest still gets nothing:\n{"event": "failed", "severity": "permanent", "recipient": "t.moreau@gmail.example", "delivery-status": {"mx-host": "gmail-smtp-in.l.google.example", "code": 552, "enhanced-code": "5.2.2", "message": "5.2.2 The recipient's inbox is out of storage space."}}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('mailbox-full');
  });
});

describe("a domain the refusing server's admin retired on purpose (review 80c)", () => {
  const log = 'Jun 19 13:07:56 mx01 postfix/smtpd[88412]: NOQUEUE: reject: RCPT from m228-4.mailgun.net[159.135.228.4]: 554 5.7.1 <a.nowak@stara-marka.example>: Relay access denied; from=<bounce+2f9a.4be1-a.nowak=stara-marka.example@mg.sklep.example> to=<a.nowak@stara-marka.example> proto=ESMTP helo=<m228-4.mailgun.net>';
  it('reads the address as retired, in Polish or English, and sends the person for the new address', () => {
    for (const said of ['Admin napisał: "stara-marka.example usunęliśmy z mydestination w marcu, teraz jest nowa-marka.example".', 'we dropped stara-marka.example from virtual_alias_domains last week when we switched everyone to the new domain']) {
      const d = diagnose(`${log}\n${said}`);
      expect(d.facts.recipientAddressChanged, said).toBe(true);
      const text = renderText(buildReply(d), { ui: 'current' });
      expect(text).toContain('ask the recipient (or whoever knows them) for their new address');
      expect(text).not.toContain('Fix, on that server');
    }
  });
  it('does not when the domain was removed by mistake, is only guessed at, or moved to another provider', () => {
    expect(diagnose(`${log}\nwe removed it from mydestination by mistake`).facts.recipientAddressChanged).toBe(false);
    expect(diagnose(`${log}\nmaybe they removed the domain from accepted domains`).facts.recipientAddressChanged).toBe(false);
    expect(diagnose(`${log}\nWe moved the domain to Google Workspace and removed it from mydestination`).facts.recipientAddressChanged).toBe(false);
  });
});

describe('review 81b: a domain that both sends and receives through Mailgun, a report table', () => {
  it("does not read the Routes as the side that refused when the person says the domain sends through Mailgun too, with no server named", () => {
    const d = diagnose('customer only gave us this:\n`550 5.7.1 Relaying denied`\nThey send through Mailgun (API from the web app, SMTP from an old CRM) and also receive on the same domain via Routes. Which one is it?');
    expect(d.scenario).toBe('undetermined');
    expect(diagnose('Usamos Mailgun para los avisos de la web y también tenemos rutas para info@. Nos aparece "Relaying denied".').scenario).toBe('undetermined');
    // (the Routes alone still point at the incoming side, and a server named still decides)
    expect(diagnose('550 5.7.1 Relaying denied\nwe have routes for info@ only').scenario).toBe('mailgun-incoming');
  });
  it("reads the host and code of a report table's refused row", () => {
    const d = diagnose(' # | Empfänger | Typ | Code | MX | Meldung\n 1 | r.meier@bluewin.example | permanent | 552  | mx.bluewin.example | 5.2.2 Mailbox full\n 3 | schulleitung@primarschule.example | permanent | 550  | mail.primarschule.example | 5.7.1 Unable to relay for schulleitung@primarschule.example\nQuelle: Mailgun Webhooks (failed)');
    expect(d.facts.host).toBe('mail.primarschule.example');
    expect(d.facts.replyCode).toBe(550);
    expect(d.scenario).toBe('recipient-host');
  });
});

describe("an MX host of the domain's own name that is a CNAME of Mailgun's (review 81b)", () => {
  it("reads the refusal as Mailgun's inbound MX's when the paste's DNS listing shows the alias", () => {
    const bounce = 'Final-Recipient: rfc822; kontakt@lumen.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx1.lumen.example. (35.214.55.10, the server for the domain lumen.example.)\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied';
    const d = diagnose(`${bounce}\n\nlumen.example.  3600 IN MX 10 mx1.lumen.example.\nmx1.lumen.example.  300 IN CNAME mxa.eu.mailgun.org.`);
    expect(d.facts.hostRole).toBe('mailgun-mx');
    expect(d.scenario).toBe('mailgun-incoming');
    expect(diagnose(`${bounce}\n\nmx1.lumen.example.  300 IN CNAME mail.hoster.example.`).facts.host).toBe('mx1.lumen.example');
  });
});

describe("a person's belief or comparison is no server's relay refusal (review 82a, 82b)", () => {
  it('reads the block-list refusal beside "er denkt es ist wieder das Relaying denied Problem"', () => {
    const d = diagnose('Kunde sagt, alle Mails kommen mit 5.7.1 zurück, er denkt es ist wieder das "Relaying denied" Problem von letztem Jahr.\n\nFailed · Permanent\nCode 554\nMessage 5.7.1 Service unavailable; Client host [159.135.224.7] blocked using zen.spamhaus.org\nMX host mail.hafen.example');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
  });

  it('reads the DMARC refusal beside "sale 5.7.1 como en el relaying denied, ¿es lo mismo?"', () => {
    const d = diagnose('Sale 5.7.1 como en el relaying denied, ¿es lo mismo? Copiado de Logs:\n\nFailed ventas@sur.example\nMX host: mx.sur.example\nCode: 554\nMessage: 5.7.1 <m@gmail.com>: Sender address rejected: DMARC policy violation (p=reject) for header.from=gmail.com');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('policy');
  });

  it('keeps a belief that is all the paste has', () => {
    expect(diagnose('customer thinks it is "Relay access denied" from their mail server, no bounce yet').scenario).not.toBe('not-relaying-denied');
  });
});

describe('a mailbox that moved (review 82b)', () => {
  it("reads 551 5.1.6 \"User not local; please try <...>\" as an unknown user, and names the new address", () => {
    const d = diagnose('im Mailgun-Log steht "Failed · 551 5.1.6 User not local; please try <n.brandt@consulting.example> · mx-host: mail.beratung.example". Ist das ein Relay-Problem?');
    expect(d.kind).toBe('unknown-user');
    expect(d.facts.serverMessage).toBe('551 5.1.6 User not local; please try <n.brandt@consulting.example>');
    expect(renderText(buildReply(d), { ui: 'current' })).toContain('Send the message to the new address the server gives, "n.brandt@consulting.example"');
  });
});

describe('review 83a and 83b reads', () => {
  it("takes Mailgun's inbound MX refusing a gmail.com recipient for sending through the MX", () => {
    const d = diagnose("WP Mail SMTP: als server mxb.mailgun.org ingevuld.\n$ swaks --to pieter@gmail.com --from r@mg.fiets.example --server mxb.mailgun.org\n<-  220 mxb.mailgun.org ESMTP\n -> RCPT TO:<pieter@gmail.com>\n<** 550 5.7.1 Relaying denied");
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('repairs OCR\'s "den1ed", "den ied" and "mai1gun."', () => {
    const d = diagnose('System.Net.Mail.SmtpFailedRecipientException: The server response was: 5.7.1 RelayIng den1ed\n<network host="smtp.eu.mai1gun.org" port="587" defaultCredentials="false" />');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.eu.mailgun.org');
    expect(diagnose('The mail server responded:\n5.7.1 Re1aying den ied. Please check the message recipient').scenario).toBe('undetermined');
  });

  it('sets aside a long line\'s closing question about a relay refusal beside a greylisting deferral', () => {
    const d = diagnose('Servus, unser Relay meldet seit heute Morgen das hier. Da steht "relay=" und 4.7.1 — ist das das gleiche "Relaying denied"-Thema wie letzte Woche?\n\npostfix/smtp[4412]: to=<d@hafen.example>, relay=mx.hafen.example[85.13.146.203]:25, dsn=4.7.1, status=deferred (host mx.hafen.example[85.13.146.203] said: 450 4.7.1 <d@hafen.example>: Recipient address rejected: Greylisted (in reply to RCPT TO command))');
    expect(d.scenario).toBe('not-relaying-denied');
  });

  it("reads Mailgun support's \"they use us for their newsletter AND for the inbound mailbox via routes\" as both directions", () => {
    expect(diagnose('Customer (Mailgun Scale plan — they use us for their newsletter AND for the inbound support@ mailbox via routes):\n> Since this morning we are getting "550 5.7.1 Relaying denied".').scenario).toBe('undetermined');
  });

  it("keeps a message between an old error and the current one that tells the setup now (\"config is now\")", () => {
    const thread = "Lena  9:12 AM\nError: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\n  command: 'AUTH PLAIN'\n\nLena  10:40 AM\ntheir dev took the auth block out, config is now\n  host: 'smtp.eu.mailgun.org',\n  // auth: { user: process.env.MG_USER, pass: process.env.MG_PASS },\n\nLena  11:05 AM\nand now they get this instead:\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._actionRCPT (/srv/node_modules/nodemailer/lib/smtp-connection/index.js:1691:28)";
    expect(diagnose(thread).scenario).toBe('mailgun-outgoing');
  });
});

describe('addresses that are no recipient (review 83)', () => {
  it("skips a URL's credentials and a login in the refusal's line", () => {
    expect(diagnose('Use smtp://USERNAME:PASSWORD@smtp.mailgun.org:587 with your login.\nGot: 421 4.7.0 Too many connections from your IP, try again later').facts.recipient).toBeNull();
    const d = diagnose('mailer: smtp.SendMail("smtp.mailgun.org:587", smtp.PlainAuth("", "postmaster@mg.lantern.example", pw, "smtp.mailgun.org"), ...) failed: 535 5.7.0 Mailgun is not loving your login or password\nmailer: relay attempt 3/3 failed, giving up (recipient eva.lind@outlook.com)');
    expect(d.facts.recipient).toBe('eva.lind@outlook.com');
  });
});

describe('review 84 reads', () => {
  it("takes no source file and line (mailer.cpp:412) for the refusing host", () => {
    const d = diagnose('SMTP-Server: smtp.eu.mailgun.org | SMTP-Port: 587 | Authentifizierung erforderlich: ☐\nsynoscgi[18231]: mailer.cpp:412 Failed to send mail to [it@brauerei.example], smtp reply: 550 5.7.1 Relaying denied');
    expect(d.facts.host).toBe('smtp.eu.mailgun.org');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('reads the recipient of a Swedish Outlook report ("följande mottagare eller grupper")', () => {
    const d = diagnose('Det gick inte att leverera meddelandet till följande mottagare eller grupper:\n\norder@fjallstugan.example (order@fjallstugan.example)\n\nmxb.eu.mailgun.org\nFjärrservern returnerade \'550 5.7.1 Relaying denied\'');
    expect(d.facts.recipient).toBe('order@fjallstugan.example');
  });

  it("reads an office's own Postfix refusing one of its own users from outside as the sending side's own server", () => {
    const d = diagnose('myhostname = mail.kanzlei.example\nmydestination = $myhostname, localhost, kanzlei.example\nrelayhost = [smtp.eu.mailgun.org]:587\nFeb 20 19:02:12 mail postfix/smtpd[4410]: NOQUEUE: reject: RCPT from 84-115-211-37.cable.dynamic.surfer.example[84.115.211.37]: 554 5.7.1 <dr.w@wallner.example>: Relay access denied; from=<m.berger@kanzlei.example> to=<dr.w@wallner.example> proto=ESMTP helo=<DESKTOP-7KQ2M1>');
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.senderRelay).toBe('mail.kanzlei.example');
  });

  it('reads 530 "Authentication Required" as a login failure, and Exchange\'s 5.7.133 group restriction still as a policy', () => {
    expect(diagnose('host = smtp.gmail.com:587\nuser =\nerror="530 5.7.0 Authentication Required. For more information, go to https://support.google.com/mail/?p=WantAuthError - gsmtp"').kind).toBe('auth-failure');
    expect(diagnose("Remote server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated'").kind).toBe('policy');
  });

  it('reads "das SMTP-Passwort für postmaster@mg.x zurückgesetzt" as a password just changed, and an .env login', () => {
    const d = diagnose('wir haben gestern das SMTP-Passwort für postmaster@mg.roest.example zurückgesetzt.\n535 5.7.0 Mailgun is not loving your login or password\nMAIL_HOST=smtp.eu.mailgun.org\nMAIL_USERNAME=postmaster@mg.roest.example\nMAIL_PASSWORD=**********');
    expect(d.facts.smtpLogin).toBe('postmaster@mg.roest.example');
    const text = renderText(buildReply(d), { ui: 'current' });
    expect(text).toContain('The password was changed just before this');
    expect(text).toContain("The settings' user name, postmaster@mg.roest.example, has the right form");
  });
});

describe('review 85 reads', () => {
  it("reads PowerShell's -SmtpServer as the sender's own relay, not its echo cut short", () => {
    const d = diagnose('PS C:\\Scripts> Send-MailMessage -SmtpServer exch-hub01.corp.pharma.local -From "sap@pharma.example" -To "qa@lab.example" -Subject "x"\nSend-MailMessage : Mailbox unavailable. The server response was: 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n+ Send-MailMessage -SmtpServer exch-hub01.corp.pharma.lo ...\n    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], SmtpFailedRecipientException\nGet-SendConnector: SmartHosts : {[smtp.mailgun.org]}');
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.senderRelay).toBe('exch-hub01.corp.pharma.local');
  });

  it("sets aside a support macro's list of example errors in a template with placeholders", () => {
    const d = diagnose('Hi {{ticket.requester.first_name}},\n • "550 5.7.1 Relaying denied" – usually means the session was not authenticated\n • "535 ..." – the username or password was rejected\n\ncustomer: it\'s the first one I think??\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')');
    expect(d.kind).toBe('auth-failure');
  });

  it('reads "pointed MX to mailgun" beside a swaks test to the MX as the receiving side', () => {
    const d = diagnose('I set up fernwood.example on mailgun and pointed MX to mailgun like the setup page said. I want hello@ to land in my gmail (jo.studio@gmail.com).\n$ swaks --to hello@fernwood.example --server mxa.mailgun.org\n<-  220 mxa.mailgun.org ESMTP ready\n -> MAIL FROM:<jo@outlook.com>\n<-  250 Sender address accepted\n -> RCPT TO:<hello@fernwood.example>\n<** 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.confidence).toBeGreaterThan(0.9);
    expect(renderText(buildReply(d), { ui: 'current' })).toContain('expression match_recipient("hello@fernwood.example"), action forward("jo.studio@gmail.com")');
  });
});

describe('a login at the parent of the mg. domain the app sends from (review 86c)', () => {
  it('says the login is at another domain than the one the mail is sent from', () => {
    const d = diagnose('smtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_HOST_USER = "postmaster@kargom.example"\nDEFAULT_FROM_EMAIL = "Kargom <bildirim@mg.kargom.example>"');
    expect(renderText(buildReply(d), { ui: 'current' })).toContain('is at "kargom.example", but the mail is sent from "mg.kargom.example"');
  });
});

describe("Grafana's [smtp] host refusing in Sendmail's words (review 86b)", () => {
  it("reads the app's own relay as the server that refused, whatever it passes mail on to", () => {
    const d = diagnose('Their relay is an old sendmail box that smarthosts everything to Mailgun.\ngrafana.ini\n[smtp]\nenabled = true\nhost = relay.ops.quill.internal:25\nuser =\npassword =\nlogger=ngalert.notifier.email level=error msg="Failed to send email" error="550 5.7.1 <oncall@pager.example>... Relaying denied. Proper authentication required."');
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.senderRelay).toBe('relay.ops.quill.internal');
  });
});

describe('where credentials were copied from is not where the error was seen (review 122c)', () => {
  it('keeps no recipient-host alternative for a synchronous RCPT TO refusal whose creds were "copied from the Mailgun dashboard"', () => {
    const d = diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._formatError (/var/task/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n  command: 'RCPT TO',\nhost: process.env.SMTP_HOST ?? 'smtp.eu.mailgun.org',\nthe creds are definitely right, they copied them from the Mailgun dashboard again.");
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.alternatives.map((a) => a.scenario)).not.toContain('recipient-host');
  });

  it('still reads an error seen in the Mailgun dashboard as seen there', () => {
    const d = diagnose('we see this in the Mailgun dashboard for ana@kvern.example: 550 5.7.1 Relaying denied');
    expect(d.alternatives.map((a) => a.scenario).concat(d.scenario)).toContain('recipient-host');
  });
});

describe("a hosting page's variable table with masked values (review 122c)", () => {
  it('reads `MAILGUN_SMTP_LOGIN   ••••••••••` as set, beside SMTP_USER read by the code', () => {
    const d = diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  command: 'RCPT TO',\nconst transporter = nodemailer.createTransport({\n  host: process.env.SMTP_HOST ?? 'smtp.eu.mailgun.org',\n  ...(process.env.SMTP_USER && {\n    auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n  }),\n});\nenv vars in the new Vercel project:\nSMTP_HOST               smtp.eu.mailgun.org\nMAILGUN_SMTP_LOGIN      ••••••••••\nMAILGUN_SMTP_PASSWORD   ••••••••••\n");
    expect(d.evidence.map((e) => e.excerpt)).toContain('SMTP_USER read · MAILGUN_SMTP_LOGIN set, SMTP_PASS read · MAILGUN_SMTP_PASSWORD set');
    expect(renderText(buildReply(d), { ui: 'current' })).toContain('but the deployment shown sets MAILGUN_SMTP_LOGIN');
  });
});

describe('an SMTP server setting whose value nobody in the paste can see (review 124c)', () => {
  const zabbix = 'Zabbix 7.0, media type test fails. We use Mailgun for all our email, so I assume it\'s on their side?\nMedia type test failed.\nFailed sending data to the peer: 550 5.7.1 Relaying denied\nSMTP server:          {$ALERT.SMTP.HOST}\nAuthentication:       None\nThe {$ALERT.SMTP.HOST} macro is set globally under Administration → Macros, I don\'t have access to see it.';

  it('answers undetermined: the server may be Mailgun\'s or a local relay', () => {
    expect(diagnose(zabbix).scenario).toBe('undetermined');
  });

  it("asks for the app's host setting, with Mailgun's login fix for Zabbix as one of the two answers", () => {
    const text = renderText(buildReply(diagnose(zabbix)), { ui: 'current' });
    expect(text).toContain('Which SMTP server is the sender set to use?');
    expect(text).toContain('set Authentication to "Username and password"');
  });

  it('still answers outgoing when the macro is said to hold smtp.mailgun.org', () => {
    expect(diagnose(zabbix.replace("I don't have access to see it.", '') + '\nthe macro is smtp.mailgun.org, port 25').scenario).toBe('mailgun-outgoing');
  });
});

describe('an account with a receiving domain and a sending domain, described side by side (review 124c)', () => {
  it('leans neither way: "x.com (receiving, MX on Mailgun, a few routes) and mg.x.com (sending)"', () => {
    const d = diagnose('Ticket: since yesterday some of our emails fail with:\n    550 5.7.1 Relaying denied\nWe use Mailgun.\naccount has 2 domains on it: quillfern.example (receiving, MX on Mailgun, a few routes) and mg.quillfern.example (sending). They didn\'t say which emails.');
    expect(d.scenario).toBe('undetermined');
    expect(d.alternatives.map((a) => a.scenario)).not.toContain('mailgun-incoming');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The mail was coming in: someone was writing to the domain');
  });
});

describe('variables the old host "were called" (review 125c)', () => {
  it('reads "on Heroku the config vars were called SMTP_LOGIN / SMTP_PASSWORD" as the names set, beside MAILGUN_SMTP_USER read', () => {
    const d = diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  command: 'RCPT TO',\nexport const transporter = nodemailer.createTransport({\n  host: 'smtp.eu.mailgun.org',\n  auth: {\n    user: process.env.MAILGUN_SMTP_USER,\n    pass: process.env.MAILGUN_SMTP_PASS,\n  },\n});\non Heroku the config vars were called SMTP_LOGIN / SMTP_PASSWORD and they just copied those over into Vercel \"as is\".");
    expect(d.evidence.map((e) => e.excerpt)).toContain('MAILGUN_SMTP_USER read · SMTP_LOGIN set, MAILGUN_SMTP_PASS read · SMTP_PASSWORD set');
  });
});
