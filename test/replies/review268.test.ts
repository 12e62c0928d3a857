/**
 * Round 268 and the code review of round 267's change: asks and languages missed, causes found but left out of the message
 * (Rails' `username:` to a non-technical reader, PHP's `if (!empty(...))`, a commented-out login line, Postfix's relayhost),
 * a server's own "no longer accepts mail; please use ...", a severity that changed, typo domains read from a site's URL, and
 * the review's near misses (questions, the sender's own move, everyday words that ask for nothing).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 268: asks and languages', () => {
  it.each([
    ['r268c-06', 'En français:'],
    ['r268c-14', 'Auf Deutsch:'],
  ])('%s: the message in the language asked ("He reads English fine but asked for French", "un message en allemand à lui envoyer")', (name, intro) => {
    expect(messageSection(replyText(paste(name)))).toContain(intro);
  });

  it('"Vous pouvez me répondre en français ?": the answer in French', () => {
    expect(replyText(paste('r268a-07'))).toContain('In French, as asked');
  });

  it.each([['r268c-03'], ['r268c-13']])('%s: a post for a team channel ("for the #infra-ops channel", "for whoever picks this up"): a handover note', (name) => {
    expect(replyText(paste(name))).toContain('Handover note');
  });

  it.each([
    ['cuando nuestros clientes intentan escribir un correo a info@x.es nos llega un rebote'],
    ['Напишите, что значит это сообщение об ошибке'],
    ['Напишите ответственному за почту'],
    ['Co mam napisać w polu "Nazwa użytkownika"?'],
  ])('everyday words that ask for no message: %s', (line) => {
    expect(messageSection(replyText(`<info@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\n${line}`))).toBe('');
  });
});

describe('round 268: the cause found, in the message', () => {
  it("Rails' `username:` for a reader who is not technical: the everyday message names the one change", () => {
    const message = messageSection(replyText(paste('r268b-02')));
    expect(message).toContain('La persona que se encarga del sitio web solo tiene que cambiar una cosa.');
    expect(message).toContain('Cambie username: por user_name:');
  });

  it("PHP's `if (!empty($cfg['smtp_user']))` beside `'smtp_user' => ''`: the empty login, not a password variable", () => {
    const reply = replyText(paste('r268b-04'));
    expect(leadOf(reply, 3)).toContain("The login setting is empty: \"'smtp_user' => '',\"");
    expect(reply).not.toContain('that variable is probably empty or missing');
  });

  it('a commented-out login line: the message says to remove its # (not to "turn on SMTP authentication")', () => {
    const message = messageSection(replyText(paste('r268c-04')));
    expect(message).toContain('Su línea de inicio de sesión está comentada (# server.login(USUARIO, CLAVE)): quite el # del principio');
    expect(message).not.toContain('active la autenticación SMTP');
  });

  it("Postfix's message sets relayhost the way sasl_passwd is keyed, and quotes no main.cf line that stops nothing", () => {
    const message = messageSection(replyText(paste('r268b-03')));
    expect(message).toContain('relayhost = [smtp.mailgun.org]:587');
    expect(message).not.toContain('this line is what stops it: smtp_sasl_password_maps');
  });

  it('"they only have routes for ordini@ and resi@": the domain receives through Mailgun, no MX advice for the owner', () => {
    const message = messageSection(replyText(paste('r268c-07')));
    expect(message).not.toMatch(/record MX|MX records/);
  });

  it('a Microsoft 365 outbound connector pointed at Mailgun: turn it off or scope it first, so the staff\'s mail flows again', () => {
    const steps = sectionOf(replyText(paste('r268a-02')), 'How to fix it');
    expect(steps).toContain('Right away, in the Exchange admin center (Mail flow, Connectors), turn the outbound connector off');
  });

  it("a refusal from the recipient's Proofpoint gateway (pphosted.com): its domain list, not Postfix's settings", () => {
    const reply = replyText(paste('r268a-10'));
    expect(reply).toContain("a Proofpoint gateway's list of the domains it takes mail for");
    expect(reply).not.toContain('mydestination');
  });

  it('"Some of our emails return with ... only some customers": the everyday message leans to the recipients\' servers', () => {
    const message = messageSection(replyText(paste('r268b-15')));
    expect(message).toContain('here most likely at the mail servers of the recipients whose emails came back');
    expect(message).not.toContain("most often the sign-in in your website's email settings");
  });

  it('"all fail. Some of the messages returned say ..." is no "only some refused"', () => {
    const text = `Hello support. We cannot send any email, all fail. Some of the messages returned say: 554 5.7.1 Relay access denied. What is wrong?`;
    expect(messageSection(replyText(`${text}\nPlease explain it in plain words for the customer.`))).not.toContain('whose emails came back');
  });

  it('"we did a cleanup of old routes on Tuesday": Routes said deleted, in the everyday message too', () => {
    expect(messageSection(replyText(fixturePaste('pastes267b', 'r267b-06')))).toContain('It was most likely removed when those settings were cleaned up recently.');
  });

  it('Python that logs in only under `if PROVEEDOR == "ses":`: that condition, and a login for Mailgun too', () => {
    const reply = replyText(paste('r268a-03'));
    expect(leadOf(reply)).toContain('The code logs in only under if PROVEEDOR == "ses": (server.login(SES_USER, SES_PASS))');
    expect(fixLineOf(reply)).toContain('log in for Mailgun too');
    // (a condition on the login itself, `if SMTP_USER:`, is the empty setting's case, not this one)
    const onLogin = 'smtplib.SMTPRecipientsRefused: {"a@b.com": (550, b"5.7.1 Relaying denied")}\n    server = smtplib.SMTP("smtp.mailgun.org", 587)\n    server.starttls()\n    if SMTP_USER:\n        server.login(SMTP_USER, SMTP_PASS)\n    server.sendmail(a, b, c)';
    expect(leadOf(replyText(onLogin))).not.toContain('logs in only under');
  });

  it("a free account's sandbox refusal that asks to upgrade: the message says so, and how authorized recipients work", () => {
    const message = messageSection(replyText(paste('r268c-17')));
    expect(message).toContain('su titular la confirma mediante el correo que le envía Mailgun; un sandbox admite como máximo cinco');
    expect(message).toContain('actualice la cuenta a un plan de pago (como pide el rechazo');
  });

  it('a subdomain renamed, its Route left on the old name: the Route\'s expression corrected', () => {
    expect(messageSection(replyText(paste('r268b-09')))).toContain('match_recipient(".*@help.sakurabloom.co")');
  });
});

describe('round 268: facts and diagnoses', () => {
  it('a server\'s own "X no longer accepts mail; please use a@y": the address retired, the new one named', () => {
    const d = diagnose(paste('r268b-10'));
    expect(d.facts.recipientAddressChanged).toBe(true);
    expect(d.facts.recipientNewAddress).toBe('ap@harborline-logistics.com');
    expect(fixLineOf(replyText(paste('r268b-10')))).toContain('ap@harborline-logistics.com');
  });

  it('"Severity: temporary → permanent after retries" is permanent; "EU аккаунт" is the EU region', () => {
    const d = diagnose(paste('r268b-17'));
    expect(d.facts.severity).toBe('permanent');
    expect(d.facts.region).toBe('eu');
  });

  it.each([
    ['r268b-12', 'olivia.grant@sandstoneconsulting.com'],
    ['r268c-12', 'geral@hotelsolmar.com'],
  ])('%s: the refused domain beside the company\'s site (by its URL, or under another ending): the address meant', (name, meant) => {
    expect(diagnose(paste(name)).facts.similarAddress).toBe(meant);
  });

  it('"kommen unsere Newsletter-Mails teilweise zurück": only some refused', () => {
    expect(leadOf(replyText(paste('r268c-14')), 5)).toContain('Only some mails are refused, though');
  });

  it("an API request sending a placeholder as its key, `api:[your-key]`: that, first", () => {
    expect(sectionOf(replyText(paste('r268b-18')), 'What to do')).toContain('The request sends a placeholder as the key');
  });
});

describe('the code review of round 267', () => {
  it('a customer\'s quoted refusal beside another recipient\'s temporary deferral: the quote is still the refusal', () => {
    const text = `Customer says: "since Monday every mail to orders@acme-parts.com bounces, 554 5.7.1 Relay access denied"
Dec  7 09:12:01 mail postfix/smtp[2211]: 4F2A: to=<jo@yahoo.com>, relay=mta5.am0.yahoodns.net[67.195.204.72]:25, delay=2, dsn=4.7.0, status=deferred (host mta5.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0 [TSS04] Messages from 1.2.3.4 temporarily deferred (in reply to end of DATA command))`;
    expect(diagnose(text).scenario).not.toBe('not-relaying-denied');
  });

  it('many quoted retellings beside one server line stay linear (a blow-up guard, not a speed test)', () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `Customer ${i} says "we get 550 5.7.1 Relaying denied"`).join('\n');
    const started = performance.now();
    diagnose(`${lines}\n550 5.7.1 Unfortunately, messages from [1.2.3.4] weren't sent (S3150)`);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('an API key beside a key labelled as the webhook signing key: the API key\'s advice stays', () => {
    const text = `curl failed: Forbidden\nMAILGUN_API_KEY=key-3ax6xnjp29jd6fds4gc373sgvjxteol0\nMAILGUN_WEBHOOK_SIGNING_KEY=8f3a1c2b9d7e6f5a4b3c2d1e0f9a8b7c`;
    const warning = replyText(text).split('\n').find((line) => line.startsWith('WARNING:')) ?? '';
    expect(warning).toContain('API key');
  });

  it('"Could it be that their route is only for sales@...?" is a question: no Route said to be there', () => {
    const text = `<info@bakery-sol.com>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\nCould it be that their route is only for sales@bakery-sol.com? What do I tell the customer?`;
    expect(messageSection(replyText(text))).not.toContain('takes only sales@bakery-sol.com');
  });

  it('"We don\'t know what the problem is" asks for no everyday words: the developer gets the cause', () => {
    const text = `Laravel .env:\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_PORT=587\nMAIL_USERNAME=\nMAIL_PASSWORD=\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nWe don't know what the problem is. Can you write a note for their developer?`;
    expect(messageSection(replyText(text))).not.toContain('Your website (or app)');
  });

  it('"Die SMTP-Zugangsdaten wurden schon überprüft" beside a recipient\'s refusal: the credentials play no part', () => {
    const text = `{"event":"failed","recipient":"anna@kanzlei-berg.de","delivery-status":{"code":550,"message":"5.7.1 Unable to relay","mx-host":"mail.kanzlei-berg.de"}}\nDie SMTP-Zugangsdaten wurden schon überprüft. Was sage ich dem Kunden? Bitte auf Deutsch.`;
    expect(messageSection(replyText(text))).toContain('nicht die Ursache');
  });
});
