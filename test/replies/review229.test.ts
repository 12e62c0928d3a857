/**
 * Round 229: the messages to pass on say what the paste shows. A refusal under the domain's DMARC policy means the
 * domain has a DMARC record; a mail server relaying through Mailgun is set up in its relay settings, not in code; a
 * parent or a tenant whose mail may not have arrived is told so, not asked for a bounce.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { INCOMING, messageSection, OUTGOING, RECIPIENT_HOST, replyText } from './helpers.js';

const DMARC_REFUSAL = `Customer's newsletter to Gmail bounces. From the Mailgun logs:

event: failed
recipient: j.devries@gmail.com
severity: permanent
delivery-status.code: 550
delivery-status.mx-host: gmail-smtp-in.l.google.com
delivery-status.message: 5.7.26 Unauthenticated email from nieuwsbrief-bakkerij.nl is not accepted due to domain's DMARC policy.`;

const POSTFIX_RELAY = `Jun 18 10:22:47 relay01 postfix/smtp[28813]: 4W3Qk21Zxbz9sVq: to=<j.kowalski@kancelaria-nowak.pl>, relay=smtp.mailgun.org[34.160.181.2]:587, delay=0.42, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.181.2] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))

main.cf:
relayhost = [smtp.mailgun.org]:587`;

const BARE_REFUSAL = `The school office forwarded this, it is all they have:

550 5.7.1 Relaying denied

It happened when they sent the trip letter to some families; they do not know which program sent it.`;

describe('the sender-check message', () => {
  it('names the checks that failed, never a missing DMARC record, in English and in Dutch', () => {
    const english = messageSection(replyText(`${DMARC_REFUSAL}\n\nWhat do I tell the customer?`));
    expect(english).toContain("did not pass your domain's sender checks (SPF or DKIM)");
    expect(english).not.toMatch(/DMARC record\)? (?:is|are) missing|and a DMARC record/);
    const dutch = messageSection(replyText(`${DMARC_REFUSAL}\n\nKun je een bericht in het Nederlands schrijven voor de klant?`));
    expect(dutch).toContain('afzendercontroles van uw domein (SPF of DKIM)');
    expect(dutch).not.toMatch(/DMARC-record\)? ontbreken/);
  });
});

describe('the outgoing message for a mail server relaying through Mailgun', () => {
  it("speaks of the server's relay settings, not of an application or its code", () => {
    // (Postfix by its own lines since round 267: main.cf's SASL settings, the password map, postmap and a reload)
    const postfix = messageSection(replyText(`${POSTFIX_RELAY}\n\nWhat do I tell the customer?`));
    expect(postfix).toContain('Your Postfix server relays mail through Mailgun');
    expect(postfix).toContain('smtp_sasl_auth_enable = yes');
    expect(postfix).not.toMatch(/application|its code/);
    const exim = messageSection(replyText(`2024-03-14 10:22:41 1rkXYZ-000ABC-Cd ** j.kowalski@kancelaria-nowak.pl R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.181.2]: SMTP error from remote mail server after RCPT TO:<j.kowalski@kancelaria-nowak.pl>: 550 5.7.1 Relaying denied\n\nWhat do I tell the customer?`));
    expect(exim).toContain('Your mail server relays mail through Mailgun');
    expect(exim).toContain('relay (smarthost) settings');
    expect(exim).not.toMatch(/application|its code/);
  });

  it('an application still gets the application message', () => {
    const nodemailer = `Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\nhost: smtp.mailgun.org, port 587\n\nWhat do I tell the customer?`;
    expect(messageSection(replyText(nodemailer))).toContain('Your application sends through');
  });
});

describe('an undetermined refusal, the message for a parent or a tenant', () => {
  it('answers both ways the mail may have gone, and asks nothing technical of them', () => {
    for (const ask of ['Please write me a short message for the parents.', 'Write a note for the tenants, please.']) {
      const message = messageSection(replyText(`${BARE_REFUSAL}\n\n${ask}`));
      expect(message, ask).toContain('a message between you and us');
      expect(message, ask).toContain('If you wrote to us and your message came back');
      expect(message, ask).toContain('if you were expecting an email from us, we will send it again');
      expect(message, ask).not.toMatch(/bounce or log|server names|Mailgun's logs/);
    }
  });

  it('in Spanish, with the office\'s phone number', () => {
    const message = messageSection(replyText(`${BARE_REFUSAL}\n\nTeléfono de secretaría: +34 91 123 45 67. Escríbeme un mensaje corto en español para los padres.`));
    expect(message).toContain('En español:');
    expect(message).toContain('+34 91 123 45 67');
  });

  it('the company\'s own customer is still asked where the error was seen', () => {
    expect(messageSection(replyText(`${BARE_REFUSAL}\n\nWhat do I tell the customer?`))).toContain('could you send us: the whole bounce or log');
  });
});

describe('asks for a message in more forms, and the reader and language they name', () => {
  const UNKNOWN_USER = `{"event":"failed","severity":"permanent","recipient":"k.schaefer1987@gmail.com","delivery-status":{"code":550,"enhanced-code":"5.1.1","message":"5.1.1 The email account that you tried to reach does not exist.","mx-host":"gmail-smtp-in.l.google.com"}}`;

  it.each([
    ['O que respondo? Em português por favor.', INCOMING, 'Em português:'],
    ['Can you confirm and tell me what to tell the customer?', RECIPIENT_HOST, 'What you can tell the customer'],
    ['Short answer for the customer please.', RECIPIENT_HOST, 'What you can tell the customer'],
    ['Kun je een berichtje in het Nederlands maken dat de klant kan doorsturen?', RECIPIENT_HOST, 'In het Nederlands:'],
    ['Potrzebuję odpowiedzi po polsku dla klienta.', RECIPIENT_HOST, 'Po polsku:'],
    ['Ich brauche eine kurze SMS auf Deutsch an die Familie Petersen.', RECIPIENT_HOST, 'Auf Deutsch:'],
    ['Mi serve anche due righe in italiano per i soci.', OUTGOING, 'In italiano:'],
    ['The practice would like a short German message they can send by SMS asking the patient to check her address.', UNKNOWN_USER, 'Auf Deutsch:'],
  ])('%s', (ask, paste, expected) => {
    expect(messageSection(replyText(`${paste}\n\n${ask}`))).toContain(expected);
  });

  it('names the outside reader of a Polish, German or Italian ask', () => {
    expect(messageSection(replyText(`${INCOMING}\n\nI proszę o krótką wiadomość po polsku do lokatorów.`)).split('\n')[0]).toBe('What you can tell the tenant');
    expect(messageSection(replyText(`${RECIPIENT_HOST}\n\nIch brauche eine kurze SMS auf Deutsch an die Familie Petersen.`)).split('\n')[0]).toBe('What you can tell the parent');
    expect(messageSection(replyText(`${OUTGOING}\n\nMi serve anche due righe in italiano per i soci.`)).split('\n')[0]).toBe('What you can tell the member');
  });

  it.each([
    ['Ich brauche eine Antwort, was das bedeutet.'],
    ['Ich brauche eine Antwort, was für ein Fehler das ist.'],
    ['Potrzebuję odpowiedzi do jutra, bo klient czeka.'],
    ['Nie potrzebuję wiadomości do klienta.'],
    ['Proszę o odpowiedź do końca dnia.'],
    ['Short answer to the question in the ticket: yes, the MX points to Mailgun.'],
    ["I wasn't sure what to tell them, so I escalated to you."],
    ['They want something simple so we can send invoices from the ERP again.'],
    ['Zonder login kan je bericht niet verstuurd worden, dus moeten we de SASL-config opnieuw maken.'],
  ])('no message to pass on: %s', (said) => {
    expect(messageSection(replyText(`${RECIPIENT_HOST}\n\n${said}`))).toBe('');
  });

  it('a language named of a text the paste holds is not the one asked for', () => {
    expect(messageSection(replyText(`The customer forwarded the German text of the bounce:\n${RECIPIENT_HOST}\nWhat do I tell the customer?`))).not.toContain('Auf Deutsch:');
  });

  it("an outsider's own number is not the company's", () => {
    const message = messageSection(replyText(`${RECIPIENT_HOST}\n\nGabinet próbował też zadzwonić do pacjentki 600 123 456, ale nie odbiera. Proszę o krótką wiadomość po polsku do pacjentki.`));
    expect(message).toContain('Po polsku:');
    expect(message).not.toContain('600 123 456');
  });
});

describe("a person's belief that the error is a relay refusal, beside a block-list refusal", () => {
  const SPAMHAUS = `{"event":"failed","severity":"permanent","recipient":"dispatch@northfield-haulage.co.uk","delivery-status":{"code":554,"enhanced-code":"5.7.1","message":"5.7.1 Service unavailable; Client host [159.135.228.10] blocked using zen.spamhaus.org","mx-host":"mx1.northfield-haulage.co.uk"}}`;

  it.each([
    ["5.7.1 again... the customer is convinced it's the same relaying denied problem they had last month. Is it?"],
    ['Volgens de directeur is het "relaying denied" want er staat 5.7.1.'],
  ])('%s: the block is the answer', (said) => {
    const d = diagnose(`${said}\n\n${SPAMHAUS}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
  });
});

describe('mail servers relaying through Mailgun: what their settings show', () => {
  it("Postfix: a quoted sasl_passwd line with its masked password is no key mismatch and no leaked password; the missing switch is named", () => {
    const paste = `Mar 12 09:14:02 mx1 postfix/smtp[23817]: 4F2C81A0E3B: to=<m.keller@bauer-logistik.de>, relay=smtp.mailgun.org[34.160.191.41]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.191.41] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))

main.cf:
relayhost = [smtp.mailgun.org]:587
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
sasl_passwd: \`[smtp.mailgun.org]:587 postmaster@mg.kanzlei-wendt.de:********\`

Was fehlt da noch?`;
    const d = diagnose(paste);
    expect(d.facts.secretsFound).toBe(false);
    const reply = replyText(paste);
    expect(reply).not.toContain('the two differ');
    expect(reply).toContain('no smtp_sasl_auth_enable = yes');
  });

  it("Exim: an authenticator's name is no empty login, and a transport said in French to lack hosts_try_auth is the cause", () => {
    const paste = `2024-05-21 16:02:44 1sAbcD-0004Kq-2L ** c.dupuis@lefevre-transports.fr R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [35.214.176.12]: SMTP error from remote mail server after RCPT TO:<c.dupuis@lefevre-transports.fr>: 550 5.7.1 Relaying denied

  remote_smtp_smarthost:
    driver = smtp
    port = 587
  # pas de hosts_try_auth / hosts_require_auth

  begin authenticators
  mailgun_login:
    driver = plaintext
    public_name = LOGIN
    client_send = : postmaster@mg.atelier-brunet.fr : ********

Qu'est-ce qui manque ?`;
    const reply = replyText(paste);
    expect(reply).not.toContain('The login setting is empty');
    expect(reply).toContain('Fix: the missing hosts_try_auth is the cause.');
  });
});

describe('Polish: a route he deleted, and a number to call', () => {
  const paste = `"Nie można dostarczyć wiadomości do administracja@podlipami.pl
host mxa.eu.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)"

Kontekst: w zeszłym tygodniu klient usunął kilka starych routes, w tym chyba catch_all() dla podlipami.pl. MX domeny wskazuje na Mailgun. Co trzeba przywrócić? I proszę o krótką wiadomość po polsku do lokatorów: jeśli wysłali coś do administracji, prosimy wysłać ponownie albo zadzwonić 12 421 38 90.`;

  it('the deleted catch_all() is no live Route: it is to be made again ("usunął ... catch_all()", round 231)', () => {
    const reply = replyText(paste);
    expect(reply).toContain('Fix: create the deleted catch_all() Route again');
    expect(reply).not.toContain('no new route is needed');
  });

  it("the tenants' message, in Polish, ends with the number", () => {
    const message = messageSection(replyText(paste));
    expect(message.split('\n')[0]).toBe('What you can tell the tenant');
    expect(message).toContain('Po polsku:');
    expect(message).toContain('telefonicznie pod numerem 12 421 38 90');
  });
});

describe("a generic policy refusal beside the From domain's DMARC record asking for strict alignment", () => {
  const paste = `Cliente italiano, Mailgun EU, dominio mg.ortofrutta-belmonte.it. Il From è ordini@ortofrutta-belmonte.it.

$ dig TXT _dmarc.ortofrutta-belmonte.it +short
"v=DMARC1; p=reject; adkim=s; aspf=s; rua=mailto:dmarc@ortofrutta-belmonte.it"

{"event":"failed","severity":"permanent","recipient":"g.rinaldi@yahoo.it","delivery-status":{"code":554,"message":"5.7.9 Message not accepted for policy reasons.","mx-host":"mx-eu.mail.am0.yahoodns.net","enhanced-code":"5.7.9"}}

Mi serve un messaggio in italiano per il cliente.`;

  it('explains the alignment and writes the sender-check message', () => {
    const reply = replyText(paste);
    expect(reply).toContain('asks for strict alignment (adkim=s; aspf=s)');
    expect(messageSection(reply)).toContain('In italiano:');
  });
});

describe('code review of round 229', () => {
  it('"Volgens de foutmelding" is the server\'s words, not a person\'s belief', () => {
    expect(diagnose('Volgens de foutmelding is het "Relay access denied", 5.7.1. De klant verstuurt via smtp.mailgun.org poort 587 vanuit WordPress.').scenario).toBe('mailgun-outgoing');
  });

  const strictRecord = '"v=DMARC1; p=reject; adkim=s; aspf=s"';
  it('a sending domain that is its own organisational domain names no public suffix as the From domain', () => {
    const reply = replyText(`Mailgun domain bakkerij-jansen.co.uk\n${strictRecord}\n{"event":"failed","recipient":"a@yahoo.co.uk","delivery-status":{"code":554,"message":"5.7.9 Message not accepted for policy reasons.","mx-host":"mx-eu.mail.am0.yahoodns.net"}}`);
    expect(reply).not.toMatch(/"co\.uk"|_dmarc\.co\.uk/);
  });

  it("a content filter's refusal beside a strict record gets no sender-check message", () => {
    const reply = replyText(`Mailgun domain mg.shop-example.it\n${strictRecord}\n{"event":"failed","recipient":"a@yahoo.it","delivery-status":{"code":554,"message":"5.7.1 Message rejected because it rejected for policy reasons by the content filter.","mx-host":"mx-eu.mail.am0.yahoodns.net"}}\n\nWhat do I tell the customer?`);
    expect(messageSection(reply)).not.toContain("sender checks");
  });
});

describe('news dictated for the message', () => {
  it('a date or a time in the ask: the person is told to add it, the message covering only the email problem', () => {
    for (const ask of [
      'Könnt ihr mir eine kurze Nachricht auf Deutsch an die Eltern formulieren: Elternabend 14.11., 19 Uhr.',
      'They want something short they can send him, mentioning the appointment on Nov 19 at 10:30.',
      'Escríbeme un mensaje corto para los padres: la excursión es el viernes 21.',
    ]) {
      expect(messageSection(replyText(`${RECIPIENT_HOST}\n\n${ask}`)), ask).toContain('Add what you wanted them to know');
    }
  });

  it('none without one', () => {
    expect(messageSection(replyText(`${RECIPIENT_HOST}\n\nWhat do I tell the customer? Call us on 0171 496 0000.`))).not.toContain('Add what you wanted them to know');
  });
});

describe("a mail server's refused login", () => {
  it('is told in its relay settings and password map, not as an application', () => {
    const paste = `Apr 17 08:03:51 srv-mail sendmail[41207]: 43H83pYb041207: to=<compras@distribuidora-nogueira.com.br>, delay=00:00:02, mailer=relay, relay=smtp.mailgun.org. [34.160.191.41], dsn=4.0.0, stat=Deferred: 535 5.7.0 Mailgun is not loving your login or password

/etc/mail/authinfo:
AuthInfo:smtp.mailgun.org "U:postmaster@mg.nogueira-cia.com.br" "P:********" "M:LOGIN PLAIN"

What do I tell the customer?`;
    const message = messageSection(replyText(paste));
    expect(message).toContain('Mailgun refused the login your mail server sends');
    expect(message).toContain('makemap for Sendmail');
    expect(message).not.toContain('your application');
  });
});
