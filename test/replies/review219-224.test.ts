/** Review rounds 219-224: a developer's own configuration (Compose, Symfony, relay containers, Fly.io, a Dockerfile) and the customer message asked in many forms. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);
/** The customer message's first paragraph: the translation where one is asked for. */
const customerFirst = (reply: string): string => reply.split(/What you can tell the [^\n]*/)[1]?.split('\n').filter((line) => line.trim() && !/^-+$/.test(line))[0] ?? '';

describe('round 219c: the change in the configuration shown', () => {
  it("a 535 beside a Compose list item in quotes names the quotes: in list form they are part of the value (r219c-10)", () => {
    const reply = replyText(paste('r219c-10'));
    expect(reply).toContain('everything after = is the value, quotes included');
    expect(reply).toContain('- SMTP_USER="postmaster@mg.ourco.io"');
    // (the login's form is not praised while its quotes are what is sent)
    expect(reply).not.toContain('has the right form');
  });

  it("Symfony's Fix keeps the paste's smtps:// on 465 and says how to write / and + in the password (r219c-06)", () => {
    const fix = replyText(paste('r219c-06')).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('MAILER_DSN=smtps://postmaster%40YOUR_DOMAIN:PASSWORD@smtp.eu.mailgun.org:465');
    expect(fix).toContain('/ as %2F, + as %2B');
    expect(fix).not.toContain(':587');
  });

  it("a boky/postfix relay container takes its login from RELAYHOST_USERNAME and RELAYHOST_PASSWORD, not from main.cf (r219c-17)", () => {
    const fix = replyText(paste('r219c-17')).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('RELAYHOST_USERNAME=postmaster@mg.pizzanet.it');
    expect(fix).toContain('RELAYHOST_PASSWORD=');
    expect(fix).toContain('docker compose up -d');
    expect(fix).not.toContain('postmap');
  });
});

describe('round 221c: the customer message, asked in every form and language', () => {
  it.each([
    ['r221c-02', 'Kannst du mir eine Antwort auf Deutsch an den Kunden formulieren?', 'Auf Deutsch:'],
    ['r221c-04', 'Tu peux me rédiger un message en français pour lui ?', 'En français:'],
    ['r221c-05', 'me ajudar a escrever uma resposta em português pra ele?', 'Em português:'],
    ['r221c-06', 'Mi scrivi una risposta in italiano da mandargli?', 'In italiano:'],
    ['r221c-07', 'Kun je een antwoord in het Nederlands voor hem schrijven?', 'In het Nederlands:'],
    ['r221c-08', 'can you give me a short reply in Spanish I can send them?', 'En español:'],
    ['r221c-09', 'Was soll ich ihm antworten? Gerne auf Deutsch', 'Auf Deutsch:'],
    ['r221c-10', '¿Me ayudas con un mensaje corto en español para ELLA?', 'En español:'],
    ['r221c-11', 'Pode escrever a resposta em português pro cliente?', 'Em português:'],
    ['r221c-13', 'Tu peux me faire une réponse en français pour lui ?', 'En français:'],
    ['r221c-14', 'their dev reads English but the owner only reads Italian, so please write it in Italian', 'In italiano:'],
    ['r221c-15', 'Wat moet ik hem in het Nederlands antwoorden?', 'In het Nederlands:'],
    ['r221c-17', '¿Me armás una respuesta en español (Argentina) para el cliente?', 'En español:'],
  ])('%s (%s)', (name, _asked, intro) => {
    expect(customerFirst(replyText(paste(name)))).toContain(intro);
  });

  it('the recipient told of a full mailbox in Spanish, as the agent asked for her (r221c-10)', () => {
    expect(customerFirst(replyText(paste('r221c-10')))).toContain('mariana.lopez@prodigy.net.mx');
  });
});

describe('round 221b: a person reading 5.7.1 as relaying denied in German', () => {
  it('"er dachte, 5.7.1 heißt immer Relaying denied" is their reading, and the block list the answer (r221b-30)', () => {
    const lead = leadOf(replyText(paste('r221b-30')), 1);
    expect(lead).toContain('Not a Relaying Denied error');
  });
});

describe('round 222c: what keeps a login set on the platform from the process', () => {
  const fixOf = (name: string) => replyText(paste(name)).split('\n').find((line) => line.startsWith('Fix:')) ?? '';

  it("Fly.io's staged secrets need a deploy: 'Do you need to redeploy?' is answered yes (r222c-03)", () => {
    const reply = replyText(paste('r222c-03'));
    expect(reply).toContain('Do you need to redeploy? Yes: staged secrets');
    expect(reply).toContain('fly secrets deploy');
  });

  it('a Dockerfile that caches Laravel\'s configuration at build time is the cause, not .env (r222c-07)', () => {
    const fix = fixOf('r222c-07');
    expect(fix).toContain('caches Laravel\'s configuration when it is built');
    expect(fix).not.toContain('.env');
  });

  it("namshi/smtp writes the login only for SMARTHOST_ALIASES: '*.sendgrid.net' after a move is the cause (r222c-14)", () => {
    const fix = fixOf('r222c-14');
    expect(fix).toContain('SMARTHOST_ALIASES=*.mailgun.org');
    expect(fix).toContain('*.sendgrid.net');
    expect(fix).not.toContain('passwd.client');
  });

  it("boky/postfix's RELAYHOST_USER is a name it ignores (r222c-04)", () => {
    const fix = fixOf('r222c-04');
    expect(fix).toContain('RELAYHOST_USERNAME');
    expect(fix).toContain('RELAYHOST_USER:');
  });
});

describe("Laravel's configuration cached at build time, and only there", () => {
  it("a CI step's `run: php artisan config:cache` is no image build: the empty .env values are the fix", () => {
    const paste = 'Laravel on a VPS, deployed by GitHub Actions, whose step is\n        run: php artisan config:cache\n.env:\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=\nMAIL_PASSWORD=\nlaravel.log: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied"';
    const fix = replyText(paste).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).not.toContain('when it is built');
    expect(fix).toContain('MAIL_USERNAME');
  });
});

describe('round 224c: a message asked for someone other than the customer, in more forms', () => {
  it.each([
    ['r224c-04', 'what should I write back to them?'],
    ['r224c-08', 'Napisz proszę wiadomość po polsku do administratora IT'],
    ['r224c-13', 'What do I tell the vendor'],
    ['r224c-16', 'Napisz wiadomość po polsku do ich programisty'],
    ['r224c-18', "Please draft an email our customer can send to Harbor's IT admin"],
  ])('%s (%s)', (name) => {
    expect(replyText(paste(name))).toContain('What you can tell');
  });

  it('the Polish asks get the Polish message (r224c-08)', () => {
    expect(customerFirst(replyText(paste('r224c-08')))).toContain('Po polsku:');
  });
});

