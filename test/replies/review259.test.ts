/**
 * Round 259: an ordinary week, adversarial pastes on the newest readings (forwarded threads, OCR'd hosts, logs pages with
 * retries), and people with theories about other systems. The flaws it found: Mailgun's host OCR'd beyond repair
 * ("rnxa.rnai1gun.0rg") read as another server's; an Outlook or Gmail thread's old refusal answered over the live error; a
 * person's "5.7.1 c'était "Relaying denied"" read as the server's words; messages for the recipient's IT written to the
 * sender; theories about cPanel, Cloudflare, an alias domain, greylisting or a Barracuda block left unanswered; a Route said
 * to be there answered with "add a Route".
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('text read off screenshots', () => {
  it('Mailgun\'s inbound host OCR\'d as "rnxa.rnai1gun.0rg", no clean copy: Mailgun\'s MX, the incoming case', () => {
    const diagnosis = diagnose(paste('r259b-10'));
    expect(diagnosis.scenario).toBe('mailgun-incoming');
    expect(diagnosis.facts.host).toBe('mxa.mailgun.org');
    expect(diagnosis.facts.hostRole).toBe('mailgun-mx');
  });

  it('the SMTP host OCR\'d as "srntp.eu.rnai1gun.0rg" is smtp.eu.mailgun.org; "mailgun.organic" is no host of Mailgun\'s', () => {
    const ocr = 'OCR of the pop-up:\nThe server responded: 550 5.7.1 Re1aying denied\nOutgoing Server (SMTP): srntp.eu.rnai1gun.0rg';
    expect(diagnose(ocr).facts.host).toBe('smtp.eu.mailgun.org');
    expect(diagnose('OCR of the pop-up:\n550 5.7.1 Relaying denied from mail.mailgun.organic').facts.hostRole).not.toBe('mailgun-smtp');
  });
});

describe('threads', () => {
  it('an Outlook thread, newest on top: the old inbound refusal (fixed with a catch_all) is history, today\'s bare refusal undetermined', () => {
    expect(diagnose(paste('r259b-16')).scenario).toBe('undetermined');
  });

  it('a Gmail-forwarded thread: the older message\'s relay refusal is over, the newer one\'s 535 is the error of now', () => {
    const diagnosis = diagnose(paste('r259b-01'));
    expect(diagnosis.kind).toBe('auth-failure');
    expect(diagnosis.facts.replyCode).toBe(535);
  });

  it('one forwarded message under a note that names last week\'s 550: the forwarded bounce is the case, not history', () => {
    const text = [
      'Customer forwarded this, the 550 from last week was a different ticket:',
      '',
      '---------- Forwarded message ---------',
      'From: Mail Delivery System <MAILER-DAEMON@mx.example>',
      'Date: Wed, 16 Oct 2024 11:47:03 +0300',
      '',
      '  zakaz@kvadrat.example',
      '    host mxb.mailgun.org [34.110.170.11]',
      '    SMTP error from remote mail server after RCPT TO:<zakaz@kvadrat.example>:',
      '    550 5.7.1 Relaying denied',
    ].join('\n');
    expect(diagnose(text).scenario).toBe('mailgun-incoming');
  });

  it('a thread\'s earlier refusal a later message says works now ("Danke, funktioniert jetzt!") is no other refused recipient', () => {
    const reply = replyText(paste('r259b-03'));
    expect(diagnose(paste('r259b-03')).scenario).toBe('recipient-host');
    expect(reply).not.toContain('Another refused recipient');
  });

  it('a sandbox domain only the older message names is no login to give after "we upgraded the plan"', () => {
    const reply = replyText(paste('r259b-17'));
    expect(diagnose(paste('r259b-17')).facts.mailgunDomain).toBeNull();
    expect(reply).not.toContain('postmaster@sandbox');
  });
});

describe('facts', () => {
  it('"Il a lu qu\'un 5.7.1 c\'était "Relaying denied"": the person\'s reading, the Spamhaus listing is the error', () => {
    const diagnosis = diagnose(paste('r259c-16'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('blocked');
  });

  it('a logs table row with a date between its status and its address: that address is the recipient', () => {
    expect(diagnose(paste('r259b-15')).facts.recipient).toBe('parent.h.oduya@ymail.com');
  });

  it('"Recipient: <a@b>" typed out: the address without its brackets; "Customer on EU": the EU region', () => {
    const diagnosis = diagnose(paste('r259a-18'));
    expect(diagnosis.facts.recipient).toBe('t.keller@ridgeline-eng.com');
    expect(diagnosis.facts.recipientDomain).toBe('ridgeline-eng.com');
    expect(diagnosis.facts.region).toBe('eu');
  });

  it('"smtp.mailgun.org, port 465": that port, and the mail program kept on SSL/TLS, not told to keep STARTTLS', () => {
    expect(diagnose(paste('r259b-09')).facts.smtpPort).toBe(465);
    const reply = replyText(paste('r259b-09'));
    expect(reply).not.toContain('keep STARTTLS on');
    expect(messageSection(reply)).toContain('with port 465 and SSL/TLS');
  });

  it('a partner that "changed DNS provider" with its MX still at the old hosting: the recipient\'s mail moved', () => {
    expect(diagnose(paste('r259c-10')).facts.recipientMailMoved).toBe(true);
    expect(fixLineOf(replyText(paste('r259c-10')))).toContain('MX records must point at the new provider');
  });
});

describe('messages asked for', () => {
  it('"Wat moet ik zeggen tegen de klant?" and "Wat moeten we tegen de klant zeggen?": a message, in Dutch', () => {
    for (const ask of ['Wat moet ik zeggen tegen de klant?', 'Wat moeten we tegen de klant zeggen?']) {
      const reply = replyText(`Klant krijgt dit via smtp.mailgun.org:\n550 5.7.1 Relaying denied\n\n${ask}`);
      expect(messageSection(reply)).toContain('In het Nederlands:');
    }
    expect(replyText('Klant krijgt dit via smtp.mailgun.org:\n550 5.7.1 Relaying denied\n\nWat moet ik tegen de klant gaan doen')).not.toContain('What you can tell');
  });

  it('"2-3 Sätze, die ich seinem Admin schicken kann" and "a short answer they can forward to their web developer": a message each', () => {
    expect(messageSection(replyText(paste('r259a-02')))).toContain('Auf Deutsch:');
    expect(messageSection(replyText(paste('r259c-01')))).toContain('What you can tell the developer');
  });

  it('a note for "the school\'s IT department", "die IT der Empfängerfirma" or "the hotel": written to the recipient\'s side', () => {
    expect(messageSection(replyText(paste('r259a-11')))).toContain('Our emails to m.ortega@lakeviewisd.org are refused by your mail server');
    expect(messageSection(replyText(paste('r259c-11')))).toContain('Unsere E-Mails an buchhaltung@holzbau-reimann.de');
    const hotel = messageSection(replyText(paste('r259c-12')));
    expect(hotel).toContain('What you can tell the hotel');
    expect(hotel).toContain('Our emails to reservierung@hotel-sonnenhof-tirol.at are refused by your mail server');
  });

  it('"a note for the hotel" where the recipient\'s domain names no hotel: written to the customer, as before', () => {
    const text = `${RECIPIENT_SOMEWHERE}\nI'd like a short note they can send to the hotel.`;
    expect(messageSection(replyText(text))).not.toContain('What you can tell the hotel');
  });

  it('"they log all failed webhooks to Slack" and a later question: no answer on whether every failed event is final', () => {
    expect(replyText(paste('r259a-11'))).not.toContain('Is every failed event final?');
  });

  it('a handover note for a refusal the sending program showed: which server it is set to use, in the note\'s language too', () => {
    const note = sectionOf(replyText(paste('r259b-08')), 'Handover note');
    expect(note).toContain('mostrado por el propio programa que envía');
    expect(note).not.toContain('ni en qué sentido iba el correo');
  });
});

describe('theories about other systems', () => {
  it('cPanel\'s SMTP Restrictions blamed, Mailgun\'s own server answering: nothing on the way stopped it', () => {
    expect(leadOf(replyText(paste('r259c-01')), 4)).toContain("Is it the hosting's SMTP Restrictions (cPanel/WHM)? No: the session reached Mailgun's SMTP server");
  });

  it('Odoo\'s alias domain blamed: no part in the SMTP login; its empty Username and Password to fill in', () => {
    const reply = replyText(paste('r259c-02'));
    expect(reply).toContain('An alias domain only sets the addresses that replies and incoming mail use');
    expect(reply).toContain('fill in Username and Password');
  });

  it('Cloudflare blamed for mail Mailgun\'s inbound MX refused, and Zimbra for the same: no part in it', () => {
    expect(replyText(paste('r259c-06'))).toContain("Is it Cloudflare? No: Mailgun's inbound server refused the mail");
    expect(replyText(paste('r259c-08'))).toContain('Is it Zimbra? No:');
  });

  it('a security plugin blamed for a recipient\'s block-list refusal; Cloudflare for a DMARC refusal: its DNS records matter', () => {
    expect(replyText(paste('r259c-16'))).toContain('Is it the security plugin? No: Mailgun accepted the message');
    expect(replyText(paste('r259c-17'))).toContain('Is it Cloudflare? Not its proxy');
  });

  it('the recipient\'s own Plesk blamed, or Cloudflare merely named: no such answer', () => {
    expect(replyText(paste('r259c-12'))).not.toContain('Is it Plesk?');
    expect(replyText(`We use Cloudflare for DNS.\n${OUTGOING_AT_MAILGUN}`)).not.toContain('Is it Cloudflare?');
  });

  it('greylisting blamed where a permanent refusal ended the delivery: the greylisting was retried, the 550 is its own', () => {
    expect(replyText(paste('r259b-13'))).toContain('Is it the greylisting? No:');
  });

  it('"Is Barracuda blocking us?" with other recipients at the domain receiving: not a block, this one address', () => {
    const reply = replyText(paste('r259c-09'));
    expect(reply).toContain('Is Barracuda blocking you? Not as a block');
    expect(reply).toContain('Other addresses at "northfieldlogistics.com" receive mail');
  });

  it('a rotated password never put into Exim\'s passwd.client: a likely cause, Exim going on without its refused login', () => {
    expect(leadOf(replyText(paste('r259b-06')), 2)).toContain('The new password may well be the cause');
  });
});

describe('Routes and retries', () => {
  it('"a rota catch_all() foi apagada": the deleted catch_all() made again, and no MX alternative in the message', () => {
    const reply = replyText(paste('r259c-08'));
    expect(fixLineOf(reply)).toContain('create the deleted catch_all() Route again');
    expect(sectionOf(reply, 'In Portuguese')).not.toContain('registros MX');
  });

  it('"They insist the route is there": the route checked before another is made; "the route isn\'t there" adds one', () => {
    expect(fixLineOf(replyText(paste('r259b-05')))).toContain('the paste says a Route for it is there, so check it before adding one');
    expect(fixLineOf(replyText(`${INCOMING_NOTE}\nThe route isn't there anymore.`))).not.toContain('check it before adding one');
  });

  it('a full mailbox refused for good after three temporary refusals: Mailgun did retry, it did not give up early', () => {
    expect(sectionOf(replyText(paste('r259b-12')), 'What to do')).toContain('Mailgun did retry it (4 attempts)');
  });
});

const RECIPIENT_SOMEWHERE = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';
const OUTGOING_AT_MAILGUN = 'Postfix: to=<bob@partner.example>, relay=smtp.mailgun.org[34.160.12.9]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
const INCOMING_NOTE = '<orders@in.shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
