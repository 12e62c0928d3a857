/**
 * Round 230: what the person declines and what their paste shows of the sending server's queue. "I don't need a
 * message for the customer" gets no message; messages waiting in a mail server's queue are not told to be sent again.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { JAPANESE } from '../../src/replies/customer-message/ja.js';
import { messageSection, replyText } from './helpers.js';

const SMTP_REFUSAL = "Customer's app gets 550 5.7.1 Relaying denied from smtp.mailgun.org when sending.";

describe('a message for the customer that the person declines', () => {
  it.each([
    ["I don't need a message for the customer, just tell me what to fix."],
    ['No need for a customer message, I will call them.'],
    ['Non mi serve un messaggio per il cliente, solo capire cosa fare.'],
    ['Ich brauche keine Nachricht für den Kunden.'],
    ['Pas besoin de message pour le client, dis-moi juste quoi changer.'],
    ['No necesito un mensaje para el cliente.'],
    ['Não preciso de mensagem para o cliente.'],
    ['Geen bericht nodig voor de klant, alleen de oplossing.'],
    ['Nie potrzebuję wiadomości dla klienta.'],
  ])('is not written: %s', (words) => {
    const reply = replyText(`${SMTP_REFUSAL}\n${words}`);
    expect(reply).toContain('Mailgun refused to relay');
    expect(messageSection(reply)).toBe('');
  });

  it('is written when only its length or tone is declined', () => {
    expect(messageSection(replyText(`${SMTP_REFUSAL}\nI don't need a long message, just a short note for the customer.`))).toContain('log in');
    expect(messageSection(replyText('Cliente dice: 550 5.7.1 Relaying denied da smtp.mailgun.org. Mi serve un messaggio per il cliente, grazie.'))).toContain('In italiano:');
  });
});

const EXCHANGE_QUEUE = `Customer runs Exchange 2019 with a send connector to smtp.mailgun.org, smart host authentication None.

Identity        : EXCH01\\4\\1975684956161
FromAddress     : billing@grupo-alcaraz.es
Status          : Retry
LastError       : 550 5.7.1 Relaying denied
Recipients      : {orders@suministros-ibarra.com}

What do I tell the customer's IT?`;

const POSTFIX_BOUNCED = `Jun 18 10:22:47 relay01 postfix/smtp[28813]: 4W3Qk21Zxbz9sVq: to=<j.kowalski@kancelaria-nowak.pl>, relay=smtp.mailgun.org[34.160.181.2]:587, delay=0.42, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.181.2] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))

main.cf:
relayhost = [smtp.mailgun.org]:587

What do I tell the customer?`;

describe("messages waiting in the sending server's queue", () => {
  it('go out at its next retry once it logs in: the message does not ask to send them again', () => {
    const message = messageSection(replyText(EXCHANGE_QUEUE));
    expect(message).toContain('relay (smarthost) settings');
    expect(message).toContain('the messages waiting in its queue have not been sent yet and go out by themselves at its next retry');
    expect(message).not.toContain('have to be sent again');
  });

  it('in the language asked for', () => {
    const message = messageSection(replyText(`${EXCHANGE_QUEUE}\nNecesito un mensaje en español para el departamento de IT del cliente.`));
    expect(message).toContain('los mensajes que esperan en la cola del servidor aún no se han enviado');
  });

  it("are told apart from a log that shows them bounced (Postfix's status=bounced): those are sent again", () => {
    const message = messageSection(replyText(POSTFIX_BOUNCED));
    expect(message).toContain('the messages that bounced were not sent and have to be sent again');
    expect(message).not.toContain('waiting in its queue');
  });

  it("read from Postfix's deferred lines, Exim's == lines and the person's words", () => {
    const deferred = POSTFIX_BOUNCED.replace('status=bounced', 'status=deferred').replace('550 5.7.1', '454 4.7.1');
    expect(messageSection(replyText(deferred))).toContain('waiting in its queue');
    const exim = "2024-03-14 10:22:41 1rkXYZ-000ABC-Cd == j.kowalski@kancelaria-nowak.pl R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.181.2]: SMTP error from remote mail server after RCPT TO:<j.kowalski@kancelaria-nowak.pl>: 550 5.7.1 Relaying denied\nWhat do I tell the customer?";
    expect(messageSection(replyText(exim))).toContain('waiting in its queue');
    const words = POSTFIX_BOUNCED.replace('status=bounced', 'status=sent').replace('What do I tell', 'About 200 messages are stuck in the mail queue. What do I tell');
    expect(messageSection(replyText(words))).toContain('waiting in its queue');
  });
});

describe('the Japanese messages to a recipient', () => {
  it("call the recipient お客様, not 貴社 (a company): the reader may be one person with a mailbox", () => {
    for (const key of ['recipient-host-to-recipient', 'undetermined-not-receiving'] as const) {
      const message = JAPANESE[key]({ loginFine: false, loginRight: false, resendNoted: false, dmarcDomain: null, dmarcRemoved: false, routeToApp: false, notRelayAsked: false, routeFix: null, login: 'postmaster@YOUR_DOMAIN', recipient: 'tanaka@example.jp', host: 'mx.example.jp', suggestion: null, euApi: 'https://api.eu.mailgun.net', port: '587', tls: 'STARTTLS', phone: null, queued: false, readerRunsMail: false, provider: null, microsoft365: false, tenantAttribution: false, routesInUse: false, mxMeant: false, stoppingLine: null, appSettings: false, relayhostKey: null, postfixMap: { path: '/etc/postfix/sasl_passwd', argument: '/etc/postfix/sasl_passwd', texthash: false }, refusal: null, reporter: null, smtpHost: 'smtp.mailgun.org', loginCause: null, otherRoute: null, routesDeleted: false, domainRefused: null, newAddress: null, upgradeAsked: false, someRefused: false, othersReach: false, gateway: null });
      const plain = message.map((s) => s.text).join('');
      expect(plain).toContain('お客様');
      expect(plain).not.toContain('貴社');
    }
  });
});

describe('a paste the person corrects, with no relay refusal in it', () => {
  const paste = `Order confirmation to one buyer bounced. They want a short note to send to the buyer by SMS, plain, one or two sentences.

Failed: orders@mg.northpeak.example → dana.whitlock@yahoo.com 'Your order has shipped'
Server response: 552 1 Requested mail action aborted, mailbox not found
... sorry wrong one, this is the right one:
Failed: orders@mg.northpeak.example → dana.whitlock@yahoo.com 'Your order has shipped'
Server response: 552 5.2.2 Mailbox full: dana.whitlock@yahoo.com`;

  it('is diagnosed by the error after the correction', () => {
    const d = diagnose(paste);
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'mailbox-full']);
  });

  it('gives the buyer, someone outside the company, a plain message', () => {
    const reply = replyText(paste);
    expect(reply).toContain('What you can tell the buyer');
    const message = messageSection(reply);
    expect(message).toContain('the mailbox is full');
    expect(message).not.toMatch(/Mailgun|Bounces list|does not exist/);
  });
});

describe("Mailgun's own limit on the domain's sending rate", () => {
  const phpmailer = `Newsletter blast, ~40k recipients, their script uses SMTP. They already added a sleep(1) between messages.
2024-06-02 07:41:13 SMTP ERROR: MAIL FROM command failed: 421 4.7.0 Rate limit exceeded for domain mg.rollingpinbakery.example, try again later
2024-06-02 07:41:13 SMTP Error: The following recipients failed: lucia.ferreira@hotmail.com`;

  it('is said to be the sending domain\'s limit at Mailgun, not a receiving server throttling', () => {
    const reply = replyText(phpmailer);
    expect(reply).toContain("Mailgun refused the messages over the sending domain's own rate limit (mg.rollingpinbakery.example)");
    expect(reply).not.toContain('the receiving server is throttling');
    expect(reply).toContain('Send the refused messages again later');
    expect(reply).toContain('send in batches over several hours');
  });

  it('is left to a mail server that queues the refused messages', () => {
    const postfix = "postfix/smtp[123]: ABC: to=<a@hotmail.com>, relay=smtp.mailgun.org[1.2.3.4]:587, status=deferred (host smtp.mailgun.org[1.2.3.4] said: 421 4.7.0 Rate limit exceeded for domain mg.rollingpinbakery.example, try again later (in reply to MAIL FROM command))";
    expect(replyText(postfix)).toContain('keeps the refused messages in its queue and tries them again by itself');
  });

  it('is not claimed for a receiving server that names its own domain', () => {
    const reply = replyText('Mailgun log: failed, severity temporary, mx-host mx.partner.example, delivery-status: 421 4.7.0 Rate limit exceeded for domain partner.example, try again later\nMAILGUN_DOMAIN=mg.shop.example');
    expect(reply).not.toContain("sending domain's own rate limit");
  });
});

describe('a Route shown that the paste says is in another Mailgun account', () => {
  const paste = `A hotel partner replied to buchung@mg.nordlicht-reisen.example and got this back from Outlook:

buchung@mg.nordlicht-reisen.example
Remote Server returned '550 5.7.1 Relaying denied'

dig MX mg.nordlicht-reisen.example +short gives 10 mxa.eu.mailgun.org. and 10 mxb.eu.mailgun.org.
Their dev told me "the route exists, I created it last week" — but I looked and he created match_recipient("buchung@mg.nordlicht-reisen.example") in their *staging* Mailgun account, the production account (where the domain actually lives) has no routes at all.`;

  it('is to be made again in the account that holds the domain, not "no new route is needed"', () => {
    const reply = replyText(paste);
    expect(reply).toContain('Fix: the paste says the Route was made in another account.');
    expect(reply).toContain('Create it again, with the same expression and action, under Receiving, Routes in the account that has the domain');
    expect(reply).toContain('but it is in another account: create the same route in the account that holds the domain');
    expect(reply).not.toContain('no new route is needed');
  });

  it('without the account words, a route shown that takes the address still needs no new one', () => {
    const reply = replyText(paste.replace(/ in their \*staging\* Mailgun account, the production account \(where the domain actually lives\) has no routes at all/, ''));
    expect(reply).toContain('no new route is needed');
  });
});

describe("a recipient's domain moved to Microsoft 365 whose MX records still lead to the old Exchange", () => {
  const paste = `{"event-data": {"event": "failed", "severity": "permanent", "recipient": "dispo@wendt-baustoffe.example",
"delivery-status": {"code": 550, "enhanced-code": "5.7.1", "message": "5.7.1 Unable to relay", "mx-host": "mail.wendt-baustoffe.example"}}}
MAILGUN_DOMAIN=mg.spedition-hoffmann.example
Hintergrund laut Kunde: Wendt ist vor zwei Wochen von ihrem eigenen Exchange auf Microsoft 365 umgezogen. Der MX zeigt laut dig aber immer noch auf mail.wendt-baustoffe.example (der alte Exchange). Adresse dispo@ ist definitiv richtig. Was sage ich dem Kunden?`;

  it('is fixed at the MX records (point them at Microsoft 365), not by an accepted domain in the tenant', () => {
    const reply = replyText(paste);
    expect(reply).toContain("Fix: the recipient's mail administrator has to finish the move: the domain's MX records must point at the new provider (Microsoft 365), not the old server");
    expect(reply).not.toContain('if it moved there, add the domain as an accepted domain');
  });

  it('takes "Adresse dispo@ ist definitiv richtig" as the address confirmed: the message does not ask to check it', () => {
    const message = messageSection(replyText(paste));
    expect(message).toContain('Da die Adresse stimmt');
    expect(message).not.toContain('Bitte prüfen Sie die Adresse');
  });

  it('a move into Microsoft 365 refused by Microsoft 365 itself is still the tenant\'s accepted domain', () => {
    const reply = replyText(paste.replaceAll('"mx-host": "mail.wendt-baustoffe.example"', '"mx-host": "wendt-baustoffe-example.mail.protection.outlook.com"').replace('Der MX zeigt laut dig aber immer noch auf mail.wendt-baustoffe.example (der alte Exchange). ', ''));
    expect(reply).toContain('has to finish the move in Microsoft 365: add and verify');
  });
});

describe('a Dutch paste about Routes cleaned up, asking whether the mail is lost and for a notice for their customers', () => {
  const paste = `Hoi, klant gebruikt Mailgun Routes om support@help.fietsdirect.example door te sturen naar hun Zendesk. Gisteravond heeft hun developer de routes "opgeschoond".

Mar 11 07:31:02 srv-notify postfix/smtp[1193]: 8C1A42E0F1: to=<support@help.fietsdirect.example>, relay=mxa.eu.mailgun.org[185.250.239.5]:25, dsn=5.7.1, status=bounced (host mxa.eu.mailgun.org[185.250.239.5] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))

Vragen: zijn de mails van klanten van vannacht verloren, of komen ze nog binnen als het gefixt is? Moeten klanten opnieuw mailen? En graag een kort berichtje in het Nederlands dat ze op hun website kunnen zetten voor hun klanten.`;

  it('answers that the refused mail was not kept, reads the Routes as deleted, and writes to their customers in Dutch', () => {
    const reply = replyText(paste);
    expect(reply).toContain('Will it be sent again? Yes, once the Route is in place: Mailgun refused the message outright and kept nothing');
    expect(reply).toContain('The paste says Routes were deleted');
    expect(reply).toContain('What you can tell their customers');
    expect(messageSection(reply)).toContain('In het Nederlands: Bedankt voor uw melding');
  });

  it('without the Routes cleaned up or the question, none of it', () => {
    const reply = replyText(paste.replace(' Gisteravond heeft hun developer de routes "opgeschoond".', '').replace(/\nVragen:[^\n]*/, ''));
    expect(reply).not.toContain('The paste says Routes were deleted');
    expect(reply).not.toContain('Will it be sent again?');
    expect(messageSection(reply)).toBe('');
  });
});

describe("a sandbox domain's 421", () => {
  it('is said not to pass by retrying, though its code looks temporary', () => {
    const reply = replyText("Job 4411 failed (attempt 3/5): Error: Can't send mail - all recipients were rejected: 421 Domain sandbox3f8a2b1c9d4e4b7a9e0c1d2e3f4a5b6c.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.\nRecipient: marina.costa@gmail.com. The dev thinks BullMQ's retries will get it through.");
    expect(reply).toContain('Its code (421) looks temporary, but retrying does not help: the sandbox refuses the address on every try');
  });
});

describe('asks for a message, and their readers, in more forms (round 230)', () => {
  const recipientHost = (recipient: string, host: string) => `{"event": "failed", "severity": "permanent", "recipient": "${recipient}", "delivery-status": {"code": 554, "message": "5.7.1 <${recipient}>: Relay access denied", "mx-host": "${host}"}}\nMAILGUN_DOMAIN=mg.billpilot.example`;

  it.each([
    ["Can you draft a short, polite message in Japanese to Kanto Seiki's IT person that the customer can forward?", 'hachiya@kanto-seiki.example', 'mail.kanto-seiki.example', 'What you can tell the IT person', '日本語:'],
    ["They want a 2-3 line note they can send to Northfield's accounts payable person. Non-technical reader.", 'ap@northfieldsupply.example', 'mail.northfieldsupply.example', 'What you can tell the accounts payable person', 'Our emails to'],
    ["Can you draft a short technical note for Pine Hollow's mail admin?", 'r.okonkwo@pinehollowtrust.example', 'mail.pinehollowtrust.example', 'What you can tell the mail admin', 'Our emails to'],
  ])('"%s" is written to the recipient\'s side, named by its company', (ask, recipient, host, heading, opening) => {
    const reply = replyText(`${recipientHost(recipient, host)}\n${ask}`);
    expect(reply).toContain(heading);
    expect(messageSection(reply)).toContain(opening);
    expect(messageSection(reply)).not.toContain('Mailgun accepted');
  });

  it("a reader of another company than the recipient's stays the customer's side", () => {
    const reply = replyText(`${recipientHost('ap@northfieldsupply.example', 'mail.northfieldsupply.example')}\nCan you draft a short note for Billpilot's IT person?`);
    expect(reply).toContain('What you can tell the IT person');
    expect(messageSection(reply)).not.toContain('Our emails to');
  });

  it('"give a short polite note in Japanese telling her that her mailbox is full" is written to the recipient', () => {
    const reply = replyText('failed: m.takahashi@kyoto-chaho.example, mx-host aspmx.l.google.com, delivery-status: 552 5.2.2 The recipient\'s inbox is out of storage space.\nCustomer wants to tell Takahashi-san directly, so please give a short polite note in Japanese telling her that her mailbox is full and our messages can\'t arrive.');
    expect(reply).toContain('What you can tell the recipient');
    expect(messageSection(reply)).toContain('日本語:');
  });

  it.each([
    ['Pode me dar uma mensagem em português pro dev explicando o que corrigir?', 'What you can tell the developer', 'Em português:'],
    ["Il me faudrait un message en français pour l'admin.", 'What you can tell the', 'En français:'],
    ["They'd like a one-liner for the dental office receptionist.", 'What you can tell the receptionist', 'Your application'],
  ])('"%s" asks for a message', (ask, heading, opening) => {
    const reply = replyText(`SMTPRecipientsRefused: {'marina.souza@uol.com.br': (550, b'5.7.1 Relaying denied')}\nserver = smtplib.SMTP("smtp.mailgun.org", 587)\n${ask}`);
    expect(reply).toContain(heading);
    expect(messageSection(reply)).toContain(opening);
  });

  it('not a message told of: "we gave a short note to the customer yesterday"', () => {
    expect(messageSection(replyText(`SMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nhost smtp.mailgun.org port 587\nWe gave the customer a call yesterday.`))).toBe('');
  });
});

describe("another message's deferral beside an inbound refusal (a greylisting)", () => {
  it('is another error beside the relay refusal, and no queued relay refusal', () => {
    const d = diagnose(`A supplier's Postfix log:
Nov 25 14:02:11 smtp1 postfix/smtp[88107]: 4TnwR6Yc1rz1xBB: to=<rfq@gimbalry.example>, relay=mxa.mailgun.org[34.149.236.64]:25, dsn=5.7.1, status=bounced (host mxa.mailgun.org[34.149.236.64] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))
Nov 25 14:02:15 smtp1 postfix/smtp[88115]: 4TnwRB0pLTz1xBH: to=<sales@zitherine.example>, relay=mx1.zitherine.example[91.121.55.203]:25, dsn=4.7.1, status=deferred (host mx1.zitherine.example[91.121.55.203] said: 450 4.7.1 <sales@zitherine.example>: Recipient address rejected: Greylisted (in reply to RCPT TO command))`);
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.evidence.map((e) => e.rule)).not.toContain("The paste shows messages waiting in the sending server's queue");
    expect(d.facts.otherErrors.join('\n')).toContain('Greylisted');
  });
});

describe('the message for a session on port 465', () => {
  it('keeps port 465 with SSL/TLS, as the reply itself advises, in every language', () => {
    const paste = "Error: Mail command failed: 550 5.7.1 Relaying denied\nnodemailer.createTransport({ host: 'smtp.eu.mailgun.org', port: 465, secure: true, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } })\n";
    // (to a developer: the one change to make, in place of the general ask with its port; never 587)
    const english = messageSection(replyText(`${paste}What do I tell the developer?`));
    expect(english).toContain('Concretely: set SMTP_USER and SMTP_PASS where the application runs');
    expect(english).not.toContain('587');
    expect(messageSection(replyText(`${paste}What do I tell the customer?`))).toContain('on port 465 with SSL/TLS');
    expect(messageSection(replyText(`${paste}Que dois-je dire au développeur ?`))).toContain('sur le port 465 avec SSL/TLS');
    expect(messageSection(replyText("Error: Mail command failed: 550 5.7.1 Relaying denied\nhost smtp.mailgun.org port 587\nWhat do I tell the developer?"))).toContain('on port 587 with STARTTLS');
  });
});

describe('the code review of round 230', () => {
  it('a paste with no relay refusal is not taken back by "the wrong one" and a port number below', () => {
    const d = diagnose("SMTP Error: 535 5.7.0 Mailgun is not loving your login or password\nThey think they copied the wrong one of their two SMTP passwords into the plugin.\nHost smtp.mailgun.org, port 587, user postmaster@mg.shop.example");
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'auth-failure']);
  });

  it('a queue said only of tickets, or a deferral for another reason beside a bounced refusal, is no queued mail', () => {
    const bounced = "postfix/smtp[1]: A1: to=<a@b.example>, relay=smtp.mailgun.org[1.2.3.4]:587, status=bounced (host smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\npostfix/smtp[2]: B2: to=<c@d.example>, relay=mx.d.example[5.6.7.8]:25, status=deferred (connect to mx.d.example[5.6.7.8]:25: Connection timed out)\nrelayhost = [smtp.mailgun.org]:587\nWhat do I tell the customer?";
    expect(messageSection(replyText(bounced))).toContain('have to be sent again');
    const ticket = "postfix/smtp[1]: A1: to=<a@b.example>, relay=smtp.mailgun.org[1.2.3.4]:587, status=bounced (host smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nrelayhost = [smtp.mailgun.org]:587\nSorry, this one has been sitting in our queue since Monday. What do I tell the customer?";
    expect(messageSection(replyText(ticket))).not.toContain('waiting in its queue');
  });

  it("a throttle at Mailgun's SMTP host on connections is not called the domain's sending limit", () => {
    const reply = replyText('postfix/smtp[1]: A1: to=<a@b.example>, relay=none, status=deferred (connect to smtp.mailgun.org[1.2.3.4]:587: smtp.mailgun.org refused to talk to me: 421 4.7.0 Too many concurrent connections from this IP)');
    expect(reply).not.toContain("sending domain's own rate limit");
  });

  it("a sender and a recipient whose names start alike: the sender's IT person stays on the customer's side", () => {
    const paste = '{"event": "failed", "severity": "permanent", "recipient": "owner@pinehollowtrust.example", "delivery-status": {"code": 553, "message": "sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)", "mx-host": "mail.pinehollowtrust.example"}}\nMAILGUN_DOMAIN=mg.pinehollowrealty.example\nCan you draft a note for Pinehollow\'s IT person (our customer, the sender)?';
    expect(messageSection(replyText(paste))).not.toContain('Our emails to');
  });

  it('a reader named outright wins over "telling them"', () => {
    const reply = replyText('{"event": "failed", "severity": "permanent", "recipient": "ap@north.example", "delivery-status": {"code": 554, "message": "5.7.1 <ap@north.example>: Relay access denied", "mx-host": "mail.north.example"}}\nCan you draft a short note for the customer, telling them their mailbox is fine?');
    expect(reply).toContain('What you can tell the customer');
  });

  it.each([
    ["I don't need a reply from you today, but could you write a short message for the customer?"],
    ["No need for a text change in the template. What do I tell the customer?"],
    ['Non mi serve un messaggio lungo, solo due righe per il cliente.'],
  ])('"%s" still gets its message', (words) => {
    expect(messageSection(replyText(`${SMTP_REFUSAL}\n${words}`))).not.toBe('');
  });

  it('"die Adresse ... existiert nicht mehr" does not confirm the address; a sandbox refused over HTTP is not called temporary', () => {
    expect(diagnose('{"event": "failed", "recipient": "dispo@kanto.example", "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mail.kanto.example"}}\ndie Adresse dispo@kanto.example existiert nicht mehr.').facts.addressConfirmed).toBe(false);
    expect(replyText('POST https://api.mailgun.net/v3/sandbox3f8a2b1c9d4e4b7a9e0c1d2e3f4a5b6c.mailgun.org/messages -> 403 Forbidden {"message": "Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings."}')).not.toContain('looks temporary');
  });
});

describe('after the code review, two more', () => {
  it('a move into Google Workspace refused by Google itself: the domain is added in the Admin console, the MX records stay', () => {
    const reply = replyText('{"event": "failed", "severity": "permanent", "recipient": "office@brookmere-law.example", "delivery-status": {"code": 550, "message": "5.7.0 Mail relay denied [203.0.113.9]. Invalid credentials for relay for one of the domains in: brookmere-law.example", "mx-host": "aspmx.l.google.com"}}\nThe recipient moved to Google Workspace last week.');
    expect(reply).toContain('has to finish the move in Google Workspace: add and verify brookmere-law.example in the Google Admin console');
    expect(reply).not.toContain('must point at the new provider');
  });

  it('"is supposed to compose an email to the customer" tells what a system does: no message is asked for', () => {
    const refusal = 'Error: Mail command failed: 550 5.7.1 Relaying denied from smtp.mailgun.org.';
    expect(messageSection(replyText(`${refusal} Their booking system is supposed to compose an email to the customer whenever an appointment is booked.`))).toBe('');
    expect(messageSection(replyText(`${refusal} Can you draft a short message to the customer?`))).not.toBe('');
  });
});
