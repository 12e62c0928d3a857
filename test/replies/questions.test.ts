/** The customer's own questions (the MX records, the key, the port, sending again), asked in several languages, answered first. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pastes134c/${name}.txt`, import.meta.url), 'utf8');

describe("the customer's questions answered first", () => {
  it.each([
    ['c134-03', 'Do you need to change your MX records? No: MX records decide only where mail to your domain goes'],
    ['c134-06', 'Do you need to change your MX records? Not if the domain is meant to receive through Mailgun'],
    ['c134-12', 'Do you need to change your MX records? Not yours: MX records decide only where mail to a domain goes, and this is mail you sent'],
    ['c134-15', 'Do you need to change your MX records? Not for mail you send'],
    ['c134-02', 'API key or SMTP password? The domain\'s SMTP password, not the API key'],
    ['c134-05', 'API key or SMTP password? The domain\'s SMTP password, not the API key'],
    ['c134-17', 'API key or SMTP password? The private API key: Ghost sends through Mailgun\'s API'],
    ['c134-18', 'Is the port the problem? No: the sandbox domain is the cause'],
    ['c134-15', 'Is the port the problem? No port fixes a relay refusal'],
    ['c134-16', 'Is the port the problem? No: the login reached the server over port 465'],
    ['c134-01', 'Is the port the problem?'],
    ['c134-04', 'Is the port the problem? No: Mailgun\'s SMTP host answered over port 2525'],
  ])('%s: "%s"', (name, answer) => {
    expect(replyTo(fixture(name))).toContain(answer);
  });

  it.each([
    ['¿Hay que cambiar los registros MX?', 'Do you need to change your MX records?'],
    ['Faut-il modifier les MX ?', 'Do you need to change your MX records?'],
    ['Müssen wir die MX-Einträge ändern?', 'Do you need to change your MX records?'],
    ['el cliente pregunta si tienen que cambiar el puerto o los registros MX', 'Do you need to change your MX records?'],
    ['¿Qué puerto tengo que poner, 587 o 465?', 'Is the port the problem?'],
    ['Est-ce que le port 2525 est le problème ?', 'Is the port the problem?'],
    ['Und sollen wir die Mail einfach nochmal schicken?', 'Will it be sent again?'],
    ['Faut-il qu\'il renvoie la facture ?', 'Will it be sent again?'],
    ['¿Tenemos que reenviar los correos?', 'Will it be sent again?'],
    ['brauchen wir für Authentication den API-Key oder ein eigenes Passwort?', 'API key or SMTP password?'],
  ])('reads "%s" as the question it is', (question, answer) => {
    const paste = `${question}\nSMTP Error: 550 5.7.1 Relaying denied from smtp.mailgun.org:587, no AUTH sent`;
    expect(replyTo(paste)).toContain(answer);
    // (the error alone asks nothing)
    expect(replyTo('SMTP Error: 550 5.7.1 Relaying denied from smtp.mailgun.org:587, no AUTH sent')).not.toContain(answer);
  });

  it('gives the API key step and the Odoo place, and names the bare user name, for an Odoo 535 with the API key as the password', () => {
    const reply = replyTo(fixture('c134-16'));
    expect(reply).toContain('The settings give an API key as the password');
    expect(reply).toContain('Settings → Technical → Outgoing Mail Servers (Password), then use Test Connection');
    expect(reply).toContain('The user name in the settings, "postmaster", is not an SMTP login');
    expect(reply).not.toMatch(/WARNING|rotate/i);
  });

  it("names a transport's undefined login values as the cause (the variables never reach the process)", () => {
    expect(replyTo(fixture('c134-05'))).toContain('Fix: the transport has its auth object, but its values are empty where the app runs (auth: { user: undefined, pass: undefined })');
  });

  it('says nothing of "if it is not your domain" where the person says they receive through Mailgun, or asks about "our MX"', () => {
    expect(replyTo(fixture('c134-08'))).not.toContain('is not your domain');
    expect(replyTo(fixture('c134-06'))).not.toContain('is not your domain');
    // (a sending server's bounce alone may be someone writing to another's domain)
    const bounce = fixture('c134-08').replace(/Nous utilisons Mailgun pour recevoir les mails \(région EU\)\. /, '');
    expect(replyTo(bounce)).toContain('is not your domain');
  });

  it("answers \"your side or ours?\" with whose side (not \"is Mailgun blocking you?\"), and Postfix's bounced and deferred mail apart", () => {
    const reply = replyTo(fixture('c134-03'));
    expect(reply).toContain("Whose side is it on? The sender's");
    expect(reply).not.toContain('Is Mailgun blocking you?');
    expect(reply).toContain('Will it be sent again? Those the log shows as status=bounced are gone: Postfix gave them up and keeps no copy, so send them again from the app that made them');
  });

  it.each([
    ['Is this our fault or Contoso\'s?'],
    ["C'est de notre faute ou de la sienne ?"],
    ['Ist das ein Problem bei Mailgun oder bei uns?'],
  ])('reads "%s" as asking whose side it is', (question) => {
    expect(replyTo(`${question}\nSMTP Error: 550 5.7.1 Relaying denied from smtp.mailgun.org:587, no AUTH sent`)).toContain('Whose side is it on?');
  });

  it.each([['c135-06'], ['c135-07'], ['c135-09']])("%s: a bounce that someone writing to the person got, forwarded, gets no \"if it is not your domain\"", (name) => {
    const paste = readFileSync(new URL(`../fixtures/pastes135c/${name}.txt`, import.meta.url), 'utf8');
    expect(replyTo(paste)).not.toContain('is not your domain');
  });

  it("writes the Route's expressions into the Fix for a reply to a sending domain's address (catchall@)", () => {
    const paste = readFileSync(new URL('../fixtures/pastes135c/c135-09.txt', import.meta.url), 'utf8');
    expect(replyTo(paste)).toContain('Fix: add a Route that takes this address, match_recipient("catchall@mg.bakkerij-devries.nl"), or every address at the domain, match_recipient(".*@mg.bakkerij-devries.nl")');
  });

  it("tells Keycloak's own answers (saved settings apply at once; Test connection mails the signed-in admin) and no import it was not told of", () => {
    const reply = replyTo(readFileSync(new URL('../fixtures/pastes135c/c135-02.txt', import.meta.url), 'utf8'));
    expect(reply).toContain("save (it applies at once, no restart), then use Test connection, which sends to the signed-in admin user's own email address");
    expect(reply).not.toContain('imported from an export');
  });

  it('asks to fill in an auth object shown with empty values, not to add one (Ghost, nodemailer)', () => {
    expect(replyTo(readFileSync(new URL('../fixtures/pastes135c/c135-04.txt', import.meta.url), 'utf8'))).toContain('Fix: fill in the empty user and pass of the auth object in mail.options');
    const nodemailer = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\nconst tx = nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: { user: '', pass: '' } });";
    expect(replyTo(nodemailer)).toContain("Fix: fill in the transport's empty auth values");
  });

  it.each([
    ['laut Empfänger sind die "letzte Woche auf Microsoft 365 umgezogen"', 'Microsoft 365'],
    ['La cliente dice che studio-verde.it è passato a Zoho Mail a ottobre.', 'Zoho Mail'],
    ['según el cliente, bodegas-arrieta.es "se pasó a Google Workspace".', 'Google Workspace'],
  ])('reads a recipient\'s move told in another language (%s) and makes the MX records the Fix', (said, provider) => {
    const paste = `${said}\nDelivery status: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\nMx host: mx.old-hosting.example\nFailed   Nov 20, 2024 3:15:07 PM`;
    expect(diagnose(paste).facts.recipientMailMoved).toBe(true);
    expect(replyTo(paste)).toContain(`Fix: the recipient's mail administrator has to finish the move: the domain's MX records must point at the new provider (${provider}), not the old server`);
  });

  it.each([
    ['ska vi byta till port 587?', 'Is the port the problem?'],
    ['behöver vi ändra MX?', 'Do you need to change your MX records?'],
    ['ポートを変えるべきですか？', 'Is the port the problem?'],
    ['MXレコードの設定が必要ですか？', 'Do you need to change your MX records?'],
  ])('reads the Swedish or Japanese "%s"', (question, answer) => {
    expect(replyTo(`${question}\nerror sending RCPT TO to mailserver: 550 5.7.1 Relaying denied`)).toContain(answer);
  });

  it("takes Zabbix's action log row (\"Sending failed: error sending RCPT TO to mailserver\") as the sending side, and asks for its media type's SMTP server", () => {
    const reply = replyTo(readFileSync(new URL('../fixtures/pastes136c/c136-15.txt', import.meta.url), 'utf8'));
    expect(reply).toContain('read SMTP server in the Email media type (Alerts → Media types)');
    expect(reply).not.toContain('Where did you see this error?');
  });
});


describe('how long, the suppression list, sending again and whose side, in more wordings (review 138c)', () => {
  const fixture138 = (name: string) => readFileSync(new URL(`../fixtures/pastes138c/${name}.txt`, import.meta.url), 'utf8');

  it.each([
    // "Wie lange dauert es, bis es wieder geht?", "どれくらいかかりますか？"
    ['c138-02', 'How long until it works? As soon as the login is in place'],
    ['c138-04', 'How long until it works? As soon as the login is in place'],
    // "van een suppressielijst in Mailgun halen?" (outgoing: nothing was added), "lista de supressão?" (a delivery refused for good)
    ['c138-05', "Is the address on a suppression list? No: Mailgun refused the message before accepting it"],
    ['c138-14', 'Is the address on a suppression list? Most likely yes: a permanent refusal'],
    // a mistyped address: leave it there
    ['c138-12', 'Is the address on a suppression list? Most likely yes, on the sending domain\'s Bounces list (Suppressions in the control panel): for a mistyped or retired address'],
    // "¿se reenvían solos ...?", "verranno rispedite in automatico?", "be resent?", "renvoyer son message, ou va-t-il arriver tout seul"
    ['c138-01', 'Will it be sent again? Not by themselves: Mailgun never accepted the refused messages'],
    ['c138-06', 'Will it be sent again? Not by themselves: Mailgun never accepted the refused messages'],
    ['c138-07', 'Will it be sent again? Yes, once the Fix below is in place'],
    ['c138-08', 'Will it be sent again? Not by themselves: Mailgun refused the message outright'],
    // "¿Mailgun lo va a volver a intentar?": no retry of a permanent refusal
    ['c138-13', 'Mailgun does not retry a permanent refusal by itself'],
    // "¿Es culpa de Mailgun o nuestra?", "Ligt dit aan Mailgun of aan ons?", "È un problema di Mailgun o delle nostre credenziali SMTP?"
    ['c138-01', "Whose side is it on? The sender's"],
    ['c138-05', "Whose side is it on? The sender's"],
    ['c138-15', "Whose side is it on? The recipient's"],
    // "Faut-il mettre la clé API ou un mot de passe SMTP ?", "Le port 587 est-il le bon ?", "API キーを入れるのですか？"
    ['c138-17', "API key or SMTP password? The domain's SMTP password, not the API key"],
    ['c138-17', 'Is the port the problem? No: the login reached the server over port 587'],
    ['c138-04', "API key or SMTP password? The domain's SMTP password, not the API key"],
  ])('%s: "%s"', (name, answer) => {
    expect(replyTo(fixture138(name))).toContain(answer);
  });

  it('answers how long for a Route: at once, no DNS to wait for', () => {
    const paste = 'Mailgun bounce for help@inbox.example: mxa.mailgun.org said 550 5.7.1 Relaying denied (in reply to RCPT TO).\nHow long until it works once we add the route?';
    expect(replyTo(paste)).toContain('How long until it works? As soon as the Route is saved');
  });

  it('does not take how long a stored message is kept for how long until it works', () => {
    const paste = 'mxa.mailgun.org said 550 5.7.1 Relaying denied for help@inbox.example (in reply to RCPT TO).\nHow long does store() keep the messages?';
    expect(replyTo(paste)).not.toContain('How long until it works?');
  });
});
