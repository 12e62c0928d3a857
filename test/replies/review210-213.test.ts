/** Review rounds 210c-213c: the customer's side of a relay denial, and the question the agent asked about it answered first. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 210: the question asked, answered first', () => {
  it.each([
    ['r210c-04', "Can you keep the port? Yes: Mailgun's SMTP host answered over port 25"],
    ['r210c-07', 'Does the app need a change? No: this is mail sent to "correo.grupoandes.com"'],
    ['r210c-07', "EU or US? EU (the paste names mxb.eu.mailgun.org, a host of Mailgun's EU region)"],
    ['r210c-08', 'Does the app need a change? No: Mailgun accepted the message from the app'],
    ['r210c-15', "EU or US? EU (the paste names smtp.eu.mailgun.org, a host of Mailgun's EU region)"],
    ['r210c-16', 'Do you need to change your MX records? No, keep them: mail to the domain reaches Mailgun as it should'],
    ['r210c-17', 'Does the app need a change? No: Mailgun accepted the message from the app'],
    ['r210c-03', 'Do you need to change your MX records? Not for mail you send'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });

  it('says what is missing instead: a Route (r210c-16)', () => {
    expect(leadOf(replyText(paste('r210c-16')), 3)).toContain('What is missing is a Route for "tickets@reply.tixbox.com"');
  });

  it('drops "if this is not your domain" where people write to the customer\'s own address ("cuando le escriben a facturas@...", r210c-07)', () => {
    expect(replyText(paste('r210c-07'))).not.toContain("This is the sending side's own record of the refusal");
  });

  it.each([
    ['r210c-05', 'お客様のウェブサイト (またはアプリ) は、サインインせずに Mailgun 経由でメールを送信しようとしています'],
    ['r210c-10', 'Nothing is broken at Mailgun: a mail server refused to pass one email on'],
  ])('%s: explains it in everyday words when asked how to explain it to someone who is not technical', (name, words) => {
    const message = replyText(paste(name)).split(/What you can tell the [^\n]*/)[1]!.split('\n\n')[0]!;
    expect(message).toContain(words);
    expect(message).not.toMatch(/STARTTLS|RCPT TO|SMTP authentication/);
  });

  it('answers "EU or US?" from the hosts shown, and says how to tell when none is', () => {
    expect(replyText('550 5.7.1 Relaying denied from smtp.mailgun.org. EU or US?')).toContain('EU or US? US (the paste names smtp.mailgun.org');
    expect(replyText('550 5.7.1 Relaying denied. Are they EU or US?')).toContain('EU or US? The paste does not show it.');
    // (an EU domain's app set to the US host: that host does not show the domain's region)
    expect(replyText('Our domain is in the EU region. 550 5.7.1 Relaying denied from smtp.mailgun.org. EU or US?')).toContain("EU or US? EU: the domain, its SMTP credentials and its Routes are in Mailgun's EU region");
  });
});

describe('round 210c: the fix as the paste shows it', () => {
  it('sets a .NET Credentials line the code may not have, rather than keeping it (r210c-13)', () => {
    const reply = replyText(paste('r210c-13'));
    expect(reply).toContain('and set Credentials = new NetworkCredential(login, password) (or keep it, where the code has it)');
    expect(reply).not.toContain('and keep Credentials');
  });

  it('says Spring\'s login properties are missing from the file shown, not empty where it runs (r210c-15)', () => {
    const reply = replyText(paste('r210c-15'));
    expect(reply).toContain('the properties shown have no spring.mail.username or spring.mail.password');
    expect(reply).not.toContain('most likely empty where the application runs');
  });

  it('does not tell to set the variables it has just said cannot be unset (r210c-01)', () => {
    const fix = replyText(paste('r210c-01')).split('\n').find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('that transport then logs in with MAILGUN_SMTP_USER and MAILGUN_SMTP_PASS');
    expect(fix).not.toContain('and set MAILGUN_SMTP_USER');
  });

  it("names the customer's own domains in the DMARC alignment answer", () => {
    const paste = '{"event":"failed","recipient":"ana@gmail.com","delivery-status":{"code":550,"message":"5.7.26 Unauthenticated email from cafeteriasol.example is not accepted due to domain DMARC policy"},"envelope":{"sender":"bounce@mg.cafeteriasol.example"}}\nDoes this have to do with SPF or DKIM?';
    expect(replyText(paste)).toContain('(cafeteriasol.example or any subdomain of it, for mg.cafeteriasol.example)');
  });
});

describe('round 211c: the question asked, answered first', () => {
  it.each([
    ['r211c-02', 'Do they need a new password? No: the session sent no login at all'],
    ['r211c-09', 'Do they need a new password? No: Mailgun accepted the message'],
    ['r211c-12', 'Do they need a new password? Not a new one, the right one: the password setting holds an API key'],
    ['r211c-04', 'Do you need to change your MX records? No: MX records decide only where mail to your domain goes'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });
});

describe('round 212c: passwords, logins and screens, answered first', () => {
  it.each([
    ['r212c-02', 'Do they need a new password? No: the login went to smtp.mailgun.org, but the domain is in the EU region'],
    ['r212c-04', 'Which login goes in the user name? The domain\'s SMTP login'],
    ['r212c-09', 'Can several apps share one SMTP login? Yes'],
    ['r212c-12', 'Which login goes in the user name? The domain\'s SMTP login, such as postmaster@mg.greenleafcandles.com'],
    ['r212c-17', 'Do they need a new password? No: Mailgun accepted the message'],
    ['r212c-18', 'Do they need a new password? No: the session sent no login at all'],
    ['r212c-03', 'API key or SMTP password?'],
    ['r212c-11', 'API key or SMTP password?'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });
});

describe("round 213c: the customer's own question, answered first", () => {
  it.each([
    ['r213c-03', 'Were the emails lost? Yes, for those senders'],
    ['r213c-04', "On the refund: Mailgun accepted the message and tried to deliver it"],
    ['r213c-07', 'On the refund: The sandbox domain sends only to authorized recipients'],
    ['r213c-02', 'Why did it work before? Mailgun did not change'],
    ['r213c-12', 'Is Mailgun down? No'],
    ['r213c-17', 'Is it a fault at Mailgun, other customers too? No'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });

  it('gives a customer message where the agent asks "¿Qué les digo?" (r213c-09)', () => {
    expect(replyText(paste('r213c-09'))).toContain('What you can tell');
  });
});
