/**
 * Repairs of a bad copy (src/diagnosis/copy-damage.ts): OCR's letters in codes, Mailgun's hosts
 * with "rn" for "m", a panel's labels glued to their values, a table's borders. And what must not
 * be touched: real words, programs' prints, one-off pipes.
 */
import { describe, expect, it } from 'vitest';
import { repairCopyDamage } from '../../src/diagnosis/copy-damage.js';
import { diagnose } from '../../src/diagnosis/index.js';

const repaired = (text: string): string => repairCopyDamage(text).text;

describe('OCR damage', () => {
  it.each([
    ['55O 5.7.l Relaying denied', '550 5.7.1 Relaying denied'],
    ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.l)", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"],
    ['550 5.1.1O RESOLVER.ADR.RecipientNotFound', '550 5.1.10 RESOLVER.ADR.RecipientNotFound'],
    ['5.7.O Authentication failed', '5.7.0 Authentication failed'],
    ['RCPT T0:<a@b.example>', 'RCPT TO:<a@b.example>'],
    ['MAIL FR0M:<a@b.example>', 'MAIL FROM:<a@b.example>'],
    ['host rnxb.eu.rnailgun.org said: 550', 'host mxb.eu.mailgun.org said: 550'],
    ['(in reply to RCPT TO\ncornrnand)', '(in reply to RCPT TO\ncommand)'],
    ['Sending of the rnessage failed. The rnail server responded:', 'Sending of the message failed. The mail server responded:'],
    ['Ternporary failure | Perrnanent failure | Rernote server returned', 'Temporary failure | Permanent failure | Remote server returned'],
    ['THE RNAIL SYSTERN', 'THE MAIL SYSTEM'],
  ])('repairs %j', (damaged, expected) => {
    expect(repaired(damaged)).toBe(expected);
  });

  it('says when it repaired what OCR misread (not for glued labels or table borders)', () => {
    expect(repairCopyDamage('55O 5.7.l Relaying denied').ocr).toBe(true);
    expect(repairCopyDamage('The rnail server responded').ocr).toBe(true);
    expect(repairCopyDamage('550 5.7.1 Relaying denied').ocr).toBe(false);
    expect(repairCopyDamage('| MX host | mx1.x.example |\n| Severity | permanent |').ocr).toBe(false);
    expect(diagnose('55O 5.7.l Relaying denied').facts.ocrRepaired).toBe(true);
    expect(diagnose('550 5.7.1 Relaying denied').facts.ocrRepaired).toBe(false);
  });

  it('repairs words with a 1 for an l only in a paste that shows OCR damage', () => {
    expect(repaired('55O 5.7.1 Unfortunate1y, part of their network is on our b1ock list')).toBe('550 5.7.1 Unfortunately, part of their network is on our block list');
    expect(repaired('550 5.7.1 on our b1ock list, id a1b2c3')).toBe('550 5.7.1 on our b1ock list, id a1b2c3');
  });

  it('leaves codes, versions and words without OCR letters alone', () => {
    for (const text of ['550 5.7.1 Relaying denied', 'node 20.19.0 and TLS 1.3', 'Postfix 3.7.l0cal', 'the 5OO pound box', 'a 2.5.0 release', 'a modern corner, in return', 'gsrntp']) {
      expect(repaired(text), text).toBe(text);
    }
  });
});

describe('labels glued to their values (a web panel copied without its line breaks)', () => {
  const glued = 'FailedMay 14, 2024 10:32:11 AMRecipientj.haas@brightwater-ortho.exampleSending domainmg.smileline-dental.exampleSeveritypermanentDelivery status554 5.7.1 <j.haas@brightwater-ortho.example>: Relay access deniedMX hostmail.brightwater-ortho.exampleAttempt1';

  it('puts each label on a line of its own, with its value', () => {
    const lines = repaired(glued).split('\n');
    expect(lines).toContain('Recipient: j.haas@brightwater-ortho.example');
    expect(lines).toContain('Delivery status: 554 5.7.1 <j.haas@brightwater-ortho.example>: Relay access denied');
    expect(lines).toContain('MX host: mail.brightwater-ortho.example');
    expect(lines[0]).toBe('Failed');
  });

  it('reads the repaired panel as the recipient-host refusal it shows', () => {
    const d = diagnose(`copied from the Mailgun logs, formatting got eaten\n\n${glued}`);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts).toMatchObject({ host: 'mail.brightwater-ortho.example', recipient: 'j.haas@brightwater-ortho.example', replyCode: 554 });
  });

  it("leaves programs' prints and lines with fewer than three glued labels alone", () => {
    const goPrint = '&events.Failed{Message:events.Message{Headers:events.MessageHeaders{To:"a@b.example"}}, DeliveryStatus:events.DeliveryStatus{Code:550, Message:"5.7.1 Relaying denied"}}';
    const json = '{"errorMessage":"x","smtpCode":550,"bounceReason":"generic","deliveryStatus":"failed"}';
    const prose = 'the invoice emailRecipient field was emptyMessage one and nothing else happened here';
    for (const text of [goPrint, json, prose]) expect(repaired(text), text).toBe(text);
  });
});

describe("a table's borders kept by OCR", () => {
  it('reads label | value rows as labels and other rows as cells', () => {
    const table = '| Failed | 2024-03-08 16:44:02 | dispatch@ironvale.example |\n| MX host | mx1.ironvale.example |\n| Severity | permanent | Reason | generic |';
    expect(repaired(table).split('\n')).toEqual(['Failed\t2024-03-08 16:44:02\tdispatch@ironvale.example', 'MX host: mx1.ironvale.example', 'Severity: permanent', 'Reason: generic']);
  });

  it('does not take a header row of labels for label/value pairs', () => {
    expect(repaired('| Status | Time | Code | Recipient |\n| Failed | 8:02 AM | 550 | d@b.example |').split('\n')[0]).toBe('Status\tTime\tCode\tRecipient');
  });

  it('takes the lone left border off a block of three lines or more, and leaves one pipe row alone', () => {
    expect(repaired('| <-  220 ready\n|  -> RCPT TO:<a@b.example>\n| <~* 550 5.7.1 Relaying denied')).toBe('<-  220 ready\n -> RCPT TO:<a@b.example>\n<~* 550 5.7.1 Relaying denied');
    const oneRow = 'status | failed | a@b.example';
    expect(repaired(oneRow)).toBe(oneRow);
  });
});

describe('more OCR damage, from round 29', () => {
  it("repairs a host's first label only in a paste that shows OCR damage", () => {
    expect(repaired('55O 5.7.l Unable to relay\nMX host: rnx1.harborview-co.example')).toBe('550 5.7.1 Unable to relay\nMX host: mx1.harborview-co.example');
    expect(repaired('550 5.7.1 Unable to relay\nMX host: rnx1.harborview-co.example')).toBe('550 5.7.1 Unable to relay\nMX host: rnx1.harborview-co.example');
  });
  it('repairs a reply code alone at the end of its line, and e-rnail, Nurnber', () => {
    expect(repaired('Server Error: 55O\nError Nurnber: 0x800CCC79\nThe rejected e-rnail address was')).toBe('Server Error: 550\nError Number: 0x800CCC79\nThe rejected e-mail address was');
  });
});

describe("OCR's 1 for the l of 'relaying' and a Portuguese server's 'Relay nao permitido' (review 69b)", () => {
  it('reads both as relay refusals', () => {
    const ocr = diagnose("smtplib.SMTPRecipientsRefused: {'ops@fern.example': (550, b'5.7.1 Re1aying denied')}\nhost smtp.mailgun.org");
    expect(ocr.scenario).not.toBe('not-relaying-denied');
    expect(ocr.facts.ocrRepaired).toBe(true);
    const pt = diagnose('{"event-data": {"event": "failed", "recipient": "fin@contabil.example", "delivery-status": {"code": 550, "message": "5.7.1 Relay nao permitido: este servidor nao aceita mensagens para o dominio contabil.example", "mx-host": "mx.contabil.example"}}}');
    expect(pt.scenario).toBe('recipient-host');
  });
});

describe('a logs page whose line breaks Slack lost, its fields two spaces apart (round 102b)', () => {
  const flat = 'Slack ate the newlines: Logs  mg.wharf.example  Last 24 hours  Delivered  May 17, 2024 3:40:58 PM  From: hello@mg.wharf.example  To: bookings@inn.example  Subject: Booking #88212  250 2.6.0 Queued mail for delivery  MX host: mail.inn.example   Failed  Permanent  May 17, 2024 3:41:09 PM  From: hello@mg.wharf.example  To: desk@inn.example  Subject: Booking #88213  Reason: generic  Delivery status: 550 5.7.1 Unable to relay  Enhanced code: 5.7.1  MX host: mail.inn.example  Attempt: 1  TLS: true   Accepted  May 17, 2024 3:41:07 PM  From: hello@mg.wharf.example  To: desk@inn.example  Method: SMTP';

  it('puts each entry and each label back on lines of their own', () => {
    const text = repairCopyDamage(flat).text;
    expect(text).toContain('\n\nFailed  Permanent  May 17, 2024 3:41:09 PM\nFrom: hello@mg.wharf.example\nTo: desk@inn.example\n');
    expect(text).toContain('\nDelivery status: 550 5.7.1 Unable to relay\nEnhanced code: 5.7.1\nMX host: mail.inn.example\n');
  });

  it("reads the failed entry's recipient, not the delivered entry's above it", () => {
    expect(diagnose(flat).facts).toMatchObject({ source: 'mailgun-log-page', event: 'failed', recipient: 'desk@inn.example', host: 'mail.inn.example', mailgunDomain: 'mg.wharf.example' });
  });

  it('leaves a line with a few spaced labels alone', () => {
    const line = `${'note '.repeat(40)}  From: a@b.example  To: c@d.example  Subject: hi`;
    expect(repairCopyDamage(line).text).toBe(line);
  });
});

describe('log lines a terminal wrapped', () => {
  // (each entry cut at a terminal's 80 columns, as a copy out of it gives them)
  const entries = [
    '2024-10-15 09:14:52 1t0btY-0003Qh-2C <= quotes@joinery.example U=www-data P=local S=9120 id=20241015091452.8bd1@joinery.example',
    '2024-10-15 09:14:53 1t0btY-0003Qh-2C ** coach@gym.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [35.157.84.12] CV=yes: SMTP error from remote mail server after RCPT TO:<coach@gym.example>: 550 5.7.1 Relaying denied',
  ];
  const wrapped = entries.map((entry) => entry.match(/.{1,80}/g)!.join('\n')).join('\n');

  it('joins the pieces of each entry back, without a blank', () => {
    expect(wrapped.split('\n').length).toBeGreaterThan(4);
    expect(repaired(wrapped)).toBe(entries.join('\n'));
    // (a break that falls on a blank leaves it at the next piece's start)
    const onBlank = entries.map((entry) => entry.match(/.{1,77}/g)!.join('\n')).join('\n');
    expect(onBlank.split('\n').some((line) => line.startsWith(' '))).toBe(true);
    expect(repaired(onBlank)).toBe(entries.join('\n'));
    expect(diagnose(wrapped).facts.recipient).toBe('coach@gym.example');
  });

  it("leaves alone an entry's own next line (a server's reply) and a person's words under one entry", () => {
    const entries = 'Mar 16 14:02:51  Temporary failure  w.a@gmail.example  attempt 1  mx: gmail-smtp-in.l.google.com\n450 4.2.1 The user is receiving mail too fast\nMar 16 14:17:55  Temporary failure  w.a@gmail.example  attempt 3  mx: gmail-smtp-in.l.google.com\n450 4.2.1 The user is receiving mail too fast';
    expect(repaired(entries)).toBe(entries);
    const one = '2024-10-15 09:14:53 1t0btY-0003Qh-2C ** coach@gym.example R=smarthost: 550 5.7.1 Relaying denied\nthat is the error they get';
    expect(repaired(one)).toBe(one);
  });
});

describe('an address broken by a line break (review round 113)', () => {
  it('is joined back inside its angle brackets, and a whole address on each line is left alone', () => {
    expect(repairCopyDamage('SMTP error from remote mail server after RCPT TO:<b.oyela\nran@tarradiddle.example>:\n550 5.7.1 Relaying denied').text).toContain('RCPT TO:<b.oyelaran@tarradiddle.example>:');
    const whole = 'From: <a@x.example\nb@y.example>';
    expect(repairCopyDamage(whole).text).toBe(whole);
  });
});

describe('a JSON document hard-wrapped inside its strings (review round 116)', () => {
  const event = '{"event-data":{"event":"failed","severity":"permanent","recipient":"b.ok@tumble.example","delivery-status":{"code":550,"message":"550 5.7.1 Unable to relay for b.ok@tumble.example","mx-host":"mail.tumble.example"}}}';

  it('is joined back without a blank, so that its words and values are whole', () => {
    const wrapped = [event.slice(0, 57), event.slice(57, 139), event.slice(139)].join('\n');
    const text = repairCopyDamage(`their webhook, hard-wrapped:\n\n${wrapped}\n\nother recipients are fine`).text;
    expect(text).toContain(event);
    const d = diagnose(wrapped);
    expect([d.scenario, d.facts.severity]).toEqual(['recipient-host', 'permanent']);
  });

  it('leaves alone JSON laid out on lines of its own, NDJSON, and a block that does not parse joined either', () => {
    const laidOut = '{"event": "failed",\n "severity": "permanent"}';
    expect(repairCopyDamage(laidOut).text).toBe(laidOut);
    const ndjson = '{"event":"failed"}\n{"event":"delivered"}';
    expect(repairCopyDamage(ndjson).text).toBe(ndjson);
    const broken = '{"event":"fai\nled", "x": }';
    expect(repairCopyDamage(broken).text).toBe(broken);
  });
});

describe('a refusal word a hard wrap cut in two (review round 119)', () => {
  it("joins the word back where a long line ends with its start and the next line goes on with the rest", () => {
    const copied = 'Exception message: Mailbox unavailable. The server response was: 5.7.1 Relaying d\nenied\n   at System.Net.Mail.SmtpTransport.SendMail(...)';
    expect(repaired(copied)).toContain('The server response was: 5.7.1 Relaying denied\n   at System.Net');
    expect(diagnose(`${copied}\n<network host="smtp.mailgun.org" port="587" defaultCredentials="true" />`).scenario).toBe('mailgun-outgoing');
  });

  it('leaves alone prose wrapped between whole words, two whole words, and a short line its writer ended', () => {
    const prose = 'Could you have someone on your side take a look and send a corrected\nversion? We would like to close this out before the end of the month so that';
    expect(repaired(prose)).toBe(prose);
    expect(repaired('The server response was: 5.7.1 this is a long line about relay\ndenied')).toContain('relay\ndenied');
    expect(repaired('Relaying d\nenied')).toBe('Relaying d\nenied');
  });
});
