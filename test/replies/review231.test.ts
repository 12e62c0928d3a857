/**
 * Round 231: follow-ups after a first fix, messy material, clients and devices. Also the asks a code review found missed:
 * a message declined for the customer but asked for someone else, and readers named after a verb of telling.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { messageSection, replyText } from './helpers.js';

const RECIPIENT_REFUSAL = 'Mailgun log: failed, 550 5.7.1 Relaying denied from mx.kanto-seiki.co.jp for yuki@kanto-seiki.co.jp';
const SMTP_REFUSAL = '550 5.7.1 Relaying denied from smtp.mailgun.org';

describe('a message declined for the customer', () => {
  it.each([
    ["I don't need a message for the customer, I'll call them. But could you draft a short note for their IT admin?"],
    ["I don't need a message for the customer.\nCould you draft a short note for their IT admin?"],
  ])('is still written for another reader asked for: %s', (words) => {
    const message = messageSection(replyText(`${RECIPIENT_REFUSAL}\n${words}`));
    expect(message).toContain('What you can tell the IT admin');
    expect(message).toContain('mx.kanto-seiki.co.jp');
  });

  it.each([
    ["I don't need a message for the customer.\nWhat do we tell them?"],
    ["I don't need a message for the customer, just the fix."],
  ])('stands where no other reader is named: %s', (words) => {
    expect(messageSection(replyText(`${RECIPIENT_REFUSAL}\n${words}`))).toBe('');
  });
});

describe('readers named after the verb of telling', () => {
  it.each([
    ['What do I tell their IT person?', 'What you can tell the IT person', 'log in'],
    ["Qu'est-ce que je dois dire au développeur ?", 'What you can tell the developer', 'En français:'],
    ['¿Qué le digo al desarrollador?', 'What you can tell the developer', 'En español:'],
  ])('%s', (ask, heading, words) => {
    const message = messageSection(replyText(`${SMTP_REFUSAL}\n${ask}`));
    expect(message).toContain(heading);
    expect(message).toContain(words);
  });
});

describe("a notice for the customer's own customers", () => {
  it('is asked for, not told of mail they send', () => {
    const told = replyText(`${RECIPIENT_REFUSAL}\nHun webshop stuurt sinds gisteren een bericht aan hun klanten. Wat zeg ik tegen de klant?`);
    expect(messageSection(told)).not.toContain('their customers');
    const asked = replyText(`${SMTP_REFUSAL}\nCan you write a short notice for their customers?`);
    expect(messageSection(asked)).toContain('What you can tell their customers');
  });
});

const POSTFIX_BOUNCE = `Mar 12 09:14:02 relay01 postfix/smtp[22871]: 4F2A13C0D1: to=<dispatch@northwind-carriers.com>, relay=smtp.mailgun.org[34.110.182.210]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.110.182.210] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))`;

describe("Postfix's login said to be on", () => {
  it('is not told to turn it on: the causes left are named', () => {
    const reply = replyText(`${POSTFIX_BOUNCE}\n\nThey say smtp_sasl_auth_enable = yes and sasl_passwd is there. What's the likely cause if SASL "is enabled"?`);
    expect(reply).not.toContain("turn Postfix's SMTP login on");
    expect(reply).toContain('postconf relayhost smtp_sasl_auth_enable smtp_sasl_password_maps');
    expect(reply).toContain('[smtp.mailgun.org]:587');
    expect(reply).toContain('No worthy mechs found');
    expect(reply).toContain('Its login switch is on already');
  });

  it('is told to turn it on where nothing says it is', () => {
    expect(replyText(POSTFIX_BOUNCE)).toContain("turn Postfix's SMTP login on");
  });

  it('reads a commented-out switch as off', () => {
    expect(replyText(`${POSTFIX_BOUNCE}\n\nmain.cf:\n#smtp_sasl_auth_enable = yes`)).not.toContain('Its login switch is on already');
  });
});

describe('the control panel steps declined', () => {
  it.each([
    ['skip the UI steps, I know where the credentials are.'],
    ['We know where the SMTP credentials are, just tell us what is wrong.'],
    ['Ich weiß, wo die Zugangsdaten sind.'],
  ])('are left out: %s', (words) => {
    const reply = replyText(`${SMTP_REFUSAL}\n${words}`);
    expect(reply).toContain('Mailgun refused to relay');
    expect(reply).not.toContain('Where to find the SMTP credentials');
    expect(reply).not.toContain('see below)');
    expect(reply).not.toContain('(where, below)');
  });

  it('are shown otherwise', () => {
    expect(replyText(SMTP_REFUSAL)).toContain('Where to find the SMTP credentials');
  });
});

describe('an earlier error the paste tells as before, beside the error of now', () => {
  const diagnosisOf = (text: string) => diagnose(text);

  it("is set aside when told as 'earlier today', with 'now' before the new error", () => {
    const paste = `earlier today (you said: add SMTP auth, it was sending without login):
  11:02:17 SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied

we added the SMTP credentials in PHPMailer ($mail->SMTPAuth = true, Username = 'postmaster', Password = the one from the Mailgun dashboard). Our domain mg.kellerhaus-tools.de is in the EU region. Now it says this:

2024-06-03 14:21:55 CLIENT -> SERVER: AUTH LOGIN
2024-06-03 14:21:56 SERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password
2024-06-03 14:21:56 SMTP Error: Could not authenticate.

Host in the config is smtp.mailgun.org port 587. So is this progress?`;
    const diagnosis = diagnosisOf(paste);
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('auth-failure');
    const reply = replyText(paste);
    // ("the one from the Mailgun dashboard" names the password, gives none)
    expect(diagnosis.facts.secretsFound).toBe(false);
    expect(reply).toContain('The user name in the settings, "postmaster", is not an SMTP login');
    expect(reply).toContain('smtp.eu.mailgun.org');
  });

  it("is set aside when a parenthesis tells it as last year's ('l'an dernier')", () => {
    const diagnosis = diagnosisOf(`> Destinataire : commandes@epicerie-fine-dumont.fr
> Réponse du serveur : 554 5.7.1 Service unavailable; Client host [185.250.239.42] blocked using zen.spamhaus.org
>
> (pour info, l'an dernier on avait eu "554 5.7.1 <x@y.fr>: Relay access denied" avec un autre fournisseur, c'est pareil non ?)`);
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('blocked');
    expect(diagnosis.facts.recipient).toBe('commandes@epicerie-fine-dumont.fr');
  });

  it("is set aside when told in Polish as March's ('W marcu to było')", () => {
    const diagnosis = diagnosisOf(`timestamp,event,recipient,severity,reason,delivery-status.code,delivery-status.message,delivery-status.mx-host
2024-06-14T10:12:01Z,delivered,anna.kowalska@onet.pl,,,250,"2.0.0 Ok",mx.poczta.onet.pl
2024-06-14T10:12:03Z,failed,p.zielinski@interia.pl,permanent,bounce,550,"5.1.1 <p.zielinski@interia.pl>: Recipient address rejected: User unknown in virtual mailbox table",mx.poczta.interia.pl

W marcu to było "550 5.7.1 Relaying denied" ze smtp.mailgun.org, naprawili logowanie. Teraz co?`);
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('unknown-user');
    expect(diagnosis.facts.recipient).toBe('p.zielinski@interia.pl');
  });

  it("does not make a stalled Go client on port 465 a login failure ('Prima ... dava 535')", () => {
    const paste = `2024/06/12 09:40:11 smtp send failed: EOF
exit status 1

	auth := smtp.PlainAuth("", "postmaster@mg.pasticceriabellini.it", os.Getenv("MG_PASS"), "smtp.eu.mailgun.org")
	err := smtp.SendMail("smtp.eu.mailgun.org:465", auth, "ordini@mg.pasticceriabellini.it", []string{"cliente@studio-romano.it"}, msg)

Prima usava smtp.mailgun.org e dava "535 5.7.0 Mailgun is not loving your login or password", poi ha cambiato in eu ed è peggio.`;
    const diagnosis = diagnosisOf(paste);
    expect(diagnosis.kind).toBe('other');
    expect(diagnosis.facts.replyCode).toBeNull();
    const reply = replyText(paste);
    expect(reply).toContain('smtp.NewClient');
    expect(reply).not.toContain('The error shown: "535');
  });

  it('still reads a 535 of now beside the stalled client as the answer', () => {
    const diagnosis = diagnosisOf(`smtp send failed: 535 5.7.0 Mailgun is not loving your login or password
err := smtp.SendMail("smtp.eu.mailgun.org:587", auth, from, to, msg)`);
    expect(diagnosis.kind).toBe('auth-failure');
  });
});

describe('an answer asked in another language', () => {
  it.each([
    ['Réponse en français svp, je la lui transmets telle quelle.', 'En français:'],
    ['Rispondimi in italiano.', 'In italiano:'],
    ['Odpowiedź po polsku.', 'Po polsku:'],
    ['Cosa deve cambiare? In italiano per favore.', 'In italiano:'],
    ['Respuesta en español por favor, el cliente no es muy técnico.', 'En español:'],
    ['Please draft the Spanish reply for Rodrigo.', 'En español:'],
    ['Mi serve anche un breve messaggio in italiano da mandare al cliente.', 'In italiano:'],
  ])('gives the message in it: %s', (ask, lead) => {
    expect(messageSection(replyText(`${SMTP_REFUSAL}\n${ask}`))).toContain(lead);
  });

  it('is no ask where English is asked, nor where the language is only named', () => {
    expect(messageSection(replyText(`${SMTP_REFUSAL}\nAnswer in English please.`))).toBe('');
    expect(messageSection(replyText(`${SMTP_REFUSAL}\nThe customer's app is in italiano, the admin panel in English.`))).toBe('');
  });

  it("reads 'the short ... message for the patient' as an ask", () => {
    expect(messageSection(replyText(`${SMTP_REFUSAL}\nNeed (1) what to fix on their side and (2) the short PT message for the patient.`))).toContain('What you can tell the patient');
  });
});

describe('more of what round 231 said', () => {
  const HOTEL = `{"event": "failed", "severity": "permanent", "recipient": "reservas@hotel-brisamar.es", "delivery-status": {"code": 550, "message": "5.7.1 <reservas@hotel-brisamar.es>... Relaying denied", "mx-host": "mail.hotel-brisamar.es"}}`;

  it('reads a Spanish statement that the address was checked, and "su informático" as the IT admin', () => {
    const text = `${HOTEL}\nYa comprobamos la dirección con el hotel por teléfono: es correcta. Un mensaje breve en español para su informático, por favor.`;
    expect(diagnose(text).facts.addressConfirmed).toBe(true);
    const message = messageSection(replyText(text));
    // (their own server refused: it is to be set up, and they are not asked to pass the message on to themselves)
    expect(message).toContain('What you can tell the IT admin');
    expect(message).toContain('Su servidor tiene que estar configurado');
    expect(message).not.toContain('¿Podría reenviar este mensaje');
  });

  it('answers "Is het aan onze kant?"', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nIs het aan onze kant?').facts.ownSideAsked).toBe(true);
  });

  it("reads the recipient of an Italian 'Invio fallito a' log line", () => {
    expect(diagnose('2024-06-13 10:05:44 ERROR [MailService] Invio fallito a ordini@ferramenta-bianchi.it\n550 5.7.1 Relaying denied').facts.recipient).toBe('ordini@ferramenta-bianchi.it');
  });
});

it("reads a Polish 'usunął ... catch_all()' as the Routes deleted: the catch_all() is to be made again", () => {
  const reply = replyText(`SMTP error from remote mail server after RCPT TO:<zamowienia@in.shopfront.pl>:
    host mxa.mailgun.org [34.160.63.108]: 550 5.7.1 Relaying denied

Klient przyznał, że wczoraj "sprzątał" routy w Mailgunie i usunął jakiś stary catch_all(), bo myślał że to spam.`);
  expect(reply).toContain('The paste says Routes were deleted');
  expect(reply).toContain('Fix: create the deleted catch_all() Route again');
});

describe("a message for the recipient's own IT, where the recipient's server refused", () => {
  const REFUSAL = `{"event": "failed", "severity": "permanent", "recipient": "compta@cabinet-durand-avocats.fr", "delivery-status": {"code": 550, "message": "5.7.1 <compta@cabinet-durand-avocats.fr>: Relay access denied", "mx-host": "mail.cabinet-durand-avocats.fr"}}`;

  it.each([
    ['Can you write me a short note I can forward to their IT person explaining what they need to check?', 'Your server has to be set up'],
    ["Pouvez-vous me rédiger un petit message en français pour leur informaticien ?", 'Votre serveur doit être configuré'],
  ])('speaks to them, without asking them to forward it to their IT: %s', (ask, words) => {
    const message = messageSection(replyText(`${REFUSAL}\n${ask}`));
    expect(message).toContain(words);
    expect(message).not.toContain('Could you forward this to whoever runs your email');
    expect(message).not.toContain('Pourriez-vous transmettre ce message');
  });

  it("asks the recipient to pass it on where the reader is the recipient", () => {
    const message = messageSection(replyText(`${REFUSAL}\nWhat do I tell the recipient?`));
    expect(message).toContain('Could you forward this to whoever runs your email');
  });

  it("gives the IT team a message for 'what do I tell their IT?'", () => {
    expect(messageSection(replyText(`${REFUSAL}\nWhat's going on, and what do I tell their IT?`))).toContain('What you can tell the IT team');
  });
});

it("reads a Logs table copied with its columns glued, and a Polish 'adres ... jest na pewno poprawny'", () => {
  const diagnosis = diagnose(`DateEventRecipientDetails
06/13/2024 09:41:22 AMFailedbiuro@hurtownia-papieru.plServer response: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1) MX: mx.hurtownia-papieru.pl Attempt: 1
06/13/2024 09:41:20 AMDeliveredjan.nowak@wp.plServer response: 250 2.0.0 Ok: queued as 4W0aBc MX: mx.wp.pl

Klient mówi, że adres biuro@hurtownia-papieru.pl jest na pewno poprawny.`);
  expect(diagnosis.scenario).toBe('recipient-host');
  expect(diagnosis.facts.recipient).toBe('biuro@hurtownia-papieru.pl');
  expect(diagnosis.facts.addressConfirmed).toBe(true);
});

it("reads 'they already checked the addresses against their CRM and they look right' as the address confirmed", () => {
  const diagnosis = diagnose(`They say they already checked the addresses against their CRM and they look right.
{"event": "failed", "severity": "permanent", "recipient": "purchasing@alpine-trail-supply.com", "delivery-status": {"code": 550, "message": "5.7.1 <purchasing@alpine-trail-supply.com>: Relay access denied", "mx-host": "mail.alpine-trail-supply.com"}}`);
  expect(diagnosis.facts.addressConfirmed).toBe(true);
  expect(diagnose('We checked the address format in the form, is it right?\n550 5.7.1 Relaying denied').facts.addressConfirmed).toBe(false);
});

describe('a printer or scanner sending without a login', () => {
  const PRINTER = `Ricoh IM C3000 scan to e-mail fails. Job log:
  2024/05/30 10:02  Scan to E-mail  NG  smtp.mailgun.org:25  550 5.7.1 Relaying denied  dest: facturas@contabilidad-perez.es
SMTP settings: Server smtp.mailgun.org, port 25, SMTP Authentication: Off.
What do I tell the office manager?`;

  it("gets a message about the device's own email settings, not an application's code", () => {
    const message = messageSection(replyText(PRINTER));
    expect(message).toContain("In the device's email (SMTP) settings");
    expect(message).toContain('send a test scan');
    expect(message).not.toContain('its code');
    expect(replyText(PRINTER)).toContain('the device named an outside recipient');
  });

  it('keeps the port the reply keeps', () => {
    const reply = replyText(PRINTER);
    expect(reply).toContain('port (25) the paste shows: they are right');
    expect(messageSection(reply)).toContain('with port 25 and STARTTLS');
  });
});

describe('round 232: stories in time, deleted Routes, the recipient asked about', () => {
  it("sets aside 'this morning ... was giving' for 'now it says this instead' (535)", () => {
    const diagnosis = diagnose(`10:02 this morning their WordPress (WP Mail SMTP plugin) was giving
   SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied
because "Authentication" was toggled off in the plugin. We turned it on.

11:40 now it says this instead:

2024-05-14 11:40:18	SERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password
SMTP Error: Could not authenticate.`);
    expect(diagnosis.kind).toBe('auth-failure');
  });

  it("reads 'HTTP 401.' as the API's answer of now, beside March's relay denial", () => {
    const diagnosis = diagnose(`Back in March they had "550 5.7.1 Relaying denied" from smtp.eu.mailgun.org (no auth), we moved them to the API and that was solved.

Since this morning the API calls fail:

$ curl -s --user 'api:KEY' https://api.mailgun.net/v3/tickets.redwoodtix.eu/messages -F to='buyer@example-mail.eu'
Forbidden

HTTP 401. They checked the key in the dashboard twice.`);
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('api-auth');
  });

  it("reads a catch_all() route 'gehad maar ... opgeruimd' as deleted, whatever question follows", () => {
    const reply = replyText(`Ze hebben een catch_all() route gehad maar die hebben ze vorige week "opgeruimd". Welke adressen zijn geraakt?
Final-Recipient: rfc822;groepen@events.kade9.nl
Action: failed
Remote-MTA: dns;mxa.eu.mailgun.org
Diagnostic-Code: smtp;550 5.7.1 Relaying denied`);
    expect(reply).toContain('Fix: create the deleted catch_all() Route again');
    expect(diagnose('We had a catch_all() route, it stays; we cleaned up the others.\nmxa.mailgun.org: 550 5.7.1 Relaying denied').facts.goneRoutes).toEqual([]);
  });

  it('takes no side where the German paste says nobody knows which way the mail went', () => {
    const diagnosis = diagnose(`"Fehler: 550 5.7.1 Relaying denied"
Sie weiß auch nicht mehr, ob sie selbst etwas verschickt hat oder ob ein Patient ihr das weitergeleitet hat. Die Praxis nutzt Mailgun für die Terminerinnerungen und hat auch Weiterleitungen über Mailgun Routes.`);
    expect(diagnosis.scenario).toBe('undetermined');
  });

  it("reads no Routes and no region from a past ticket and a region left open ('US ou EU')", () => {
    const diagnosis = diagnose(`Mensagem do cliente (não sei se conta US ou EU): "O erro é este: Relaying denied."
Mês passado o ticket foi de Routes (catch_all faltando). Está de volta o mesmo problema?`);
    expect(diagnosis.scenario).toBe('undetermined');
    expect(diagnosis.facts.region).toBeNull();
  });

  it('diagnoses the recipient the person asks about, not another row of the export', () => {
    const diagnosis = diagnose(`They only care about one person: the seller at klaus.berger@t-online.de never got the listing docs. The rest of the export is just for context.

Time (UTC)           Event       Recipient                        Reason / Response
2024-06-03 14:01:23  failed      klaus.berger@t-online.de         554 IP=198.61.254.21 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)  mx-host: mx00.t-online.de  severity: permanent
2024-06-03 14:01:23  failed      rachel.kim@comcast.net           550 5.1.1 <rachel.kim@comcast.net> recipient does not exist here  mx-host: mx2.comcast.net  severity: permanent`);
    expect(diagnosis.facts.recipient).toBe('klaus.berger@t-online.de');
    expect(diagnosis.kind).not.toBe('unknown-user');
  });
});

describe('the region the person states for the customer', () => {
  it.each([
    ['Customer: Loomis Freight (US). 550 5.7.1 Relaying denied', 'us'],
    ['Kunde (Schreinerei Holtmann GmbH, EU, Domain mg.holtmann-moebel.de): 550 5.7.1 Relaying denied', 'eu'],
    ["Customer Redwood Ticketing (EU account). curl https://api.mailgun.net/v3/x.eu/messages\nForbidden\nHTTP 401.", 'eu'],
  ])('%s', (text, region) => {
    expect(diagnose(text).facts.region).toBe(region);
  });
});

describe("a message to a private person whose server refused the company's mail", () => {
  const REFUSED = `{"event": "failed", "severity": "permanent", "recipient": "m.conceicao.almeida@sapo-mail.pt", "delivery-status": {"code": 550, "message": "5.7.1 <m.conceicao.almeida@sapo-mail.pt>: Relay access denied", "mx-host": "mx1.sapo-mail.pt"}}`;

  it('asks them to check the address, with no servers or IT to forward it to', () => {
    const message = messageSection(replyText(`${REFUSED}\nPodem escrever uma mensagem curta e simples em português para a paciente, a pedir que confirme o endereço?`));
    expect(message).toContain('What you can tell the patient');
    expect(message).toContain('Poderia confirmar se o endereço está correto');
    expect(message).not.toContain('equipe de TI');
  });

  // (round 241: not the IT message any more, nor a check she already made: her provider refuses, and what she can do about it)
  it('where the address is said to be right: thanks for confirming it, her provider refuses, and no check asked again', () => {
    const message = messageSection(replyText(`${REFUSED}\nThe address is correct, she confirmed it. What do I tell the patient?`));
    expect(message).toContain("your email provider's mail server refuses the emails we send to m.conceicao.almeida@sapo-mail.pt");
    expect(message).not.toContain('Could you check that the address is right');
  });
});

it("reads 'the same for all three / para los dos' as a question about the recipients, not about an earlier error", () => {
  const evidenceOf = (text: string) => diagnose(`550 5.7.1 Relaying denied\n${text}`).evidence.map((e) => e.rule);
  expect(evidenceOf('Is it the same thing for all three?')).not.toContain('The paste asks whether this is the same error as before');
  expect(evidenceOf('¿Es el mismo problema para los dos?')).not.toContain('The paste asks whether this is the same error as before');
  expect(evidenceOf('Is it the same problem as last time?')).toContain('The paste asks whether this is the same error as before');
});

describe("the code review of rounds 231-232: what the new readings must not take", () => {
  const WP = 'SMTP Error: 550 5.7.1 Relaying denied (WP Mail SMTP, host smtp.mailgun.org port 587)';

  it("'We don't need the message for the customer' declines it", () => {
    expect(messageSection(replyText(`${WP}\nWe don't need the message for the customer, they already know. Just the fix please.`))).toBe('');
  });

  it("'Todavía no comprobamos la dirección' is no statement that the address is right", () => {
    expect(diagnose('550 5.7.1 <a@hotel.es>: Relay access denied\nTodavía no comprobamos la dirección con el hotel.').facts.addressConfirmed).toBe(false);
  });

  it('a move between regions said in words beats a region in brackets', () => {
    expect(diagnose(`Customer: Redwood Ticketing (EU account)\nThey switched their Mailgun domain from EU to US region yesterday.\n${WP}`).facts.region).toBe('us');
  });

  it("'since earlier today' is now, and sets an older error aside", () => {
    const reply = replyText(`Last week they had 535 5.7.8 Authentication failed, we reset the SMTP password and that went away.\nSince earlier today every contact form send fails with:\n\n${WP}`);
    expect(reply).toContain('switch Authentication on');
  });

  it("'Früher hat die Route ... funktioniert, sie ist auch noch da' keeps the Route live", () => {
    expect(diagnose('Früher hat die Route catch_all() → forward("info@tischlerei-berg.de") problemlos funktioniert, sie ist auch noch da.\nmxa.eu.mailgun.org said: 550 5.7.1 Relaying denied for anfrage@tischlerei-berg.de').facts.goneRoutes).toEqual([]);
  });

  it("'their server refuses it' names no IT: a note for our own sysadmin is no message to the recipient", () => {
    const message = messageSection(replyText('{"event": "failed", "recipient": "frontdesk@alpine-lodge.ch", "delivery-status": {"code": 550, "message": "5.7.1 Relay access denied", "mx-host": "mail.alpine-lodge.ch"}}\nCan you write a note for our sysadmin? Their server refuses it.'));
    expect(message).not.toContain('refused by your mail server');
  });

  it("'I'm not sure SASL is enabled' says nothing of it being on", () => {
    const reply = replyText("Mar 12 09:14:02 relay01 postfix/smtp[22871]: 4F2A13C0D1: to=<a@b.example>, relay=smtp.mailgun.org[34.110.182.210]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nI'm not sure SASL is enabled at all, how do I check?");
    expect(reply).not.toContain('Postfix still sent no login');
  });

  it("reads no region from 'Estados Unidos (EU)' nor from the pronoun '(us)'", () => {
    expect(diagnose(`Cliente: Ferretería López (EU) - la empresa está en Estados Unidos, en Texas.\n${WP.replace(', host smtp.mailgun.org port 587', '')}`).facts.region).toBeNull();
    expect(diagnose('The customer blamed their email provider (us) for this.\n550 5.7.1 Relaying denied').facts.region).toBeNull();
  });

  it("'The customer's reply in German was ...' asks for nothing", () => {
    expect(messageSection(replyText(`${WP}\nThe customer's reply in German was just "geht nicht".`))).toBe('');
  });

  it('declining the control panel steps keeps what the credentials section says besides them', () => {
    const reply = replyText('535 5.7.0 Mailgun is not loving your login or password (smtp.eu.mailgun.org, EU region)\nSkip the UI steps, I know where the credentials are.');
    expect(reply).not.toContain('Classic UI');
    expect(reply).not.toContain('see below');
  });
});

it("names another error's recipient, not the event's From address nor its Message-ID (round 232c)", () => {
  const reply = replyText(`{"items": [
    {"event": "failed", "recipient": "purchasing@kessler-bau.de",
      "delivery-status": {"code": 554, "message": "5.7.1 <purchasing@kessler-bau.de>: Relay access denied", "mx-host": "mail.kessler-bau.de"}},
    {"event": "failed", "recipient": "m.ortega@outlook.com",
      "message": {"headers": {"message-id": "20240611163001.7a8b9c@mg.brightlane-outfitters.com", "from": "Brightlane Orders <orders@mg.brightlane-outfitters.com>"}},
      "delivery-status": {"code": 550, "message": "5.5.0 Requested action not taken: mailbox unavailable", "mx-host": "outlook-com.olc.protection.outlook.com"}}
  ]}`);
  expect(reply).toContain('"m.ortega@outlook.com: ');
  expect(reply).not.toContain('"orders@mg.brightlane-outfitters.com: ');
});
