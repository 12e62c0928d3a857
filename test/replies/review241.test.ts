/**
 * Round 241: an ordinary week, apps with their own mail settings pages, and look-alikes. The flaws it found: a message asked as
 * "eine kurze Anleitung, die ich ihm weiterleiten kann", "een uitleg ... die ik aan de beheerder kan sturen", "a short
 * explanation they can forward to the buyer's IT guy" not written; an address "confirmed letter by letter" or "gecontroleerd"
 * checked again; a route "they used to have" read as live; a domain the person names as the right one ignored; Microsoft 365's
 * TenantAttribution for a known-good address sent to accepted domains; Magento 2.4.6 given settings it lacks; PrestaShop taken
 * for Laravel; an OpenSSL error number read as reply code 402. And two left open in earlier rounds: a DMARC policy just
 * tightened to reject, and "their customer (a book buyer)" as the reader.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('messages asked in words the rules did not know', () => {
  it.each([
    ['r241c-01', 'Auf Deutsch: '],
    ['r241b-11', 'In het Nederlands: '],
    ['r241c-10', 'Auf Deutsch: '],
    ['r241a-02', 'Our emails to purchasing@lakeshoregoods.com'],
  ])('%s: the message is written', (name, start) => {
    expect(messageSection(replyText(paste(name)))).toContain(start);
  });

  it('a message for the recipient company\'s IT ("the buyer\'s IT guy", "the law firm\'s IT contact", "Hartmann Bau\'s IT guy", "l\'IT di Northwind Legal") speaks to them', () => {
    for (const name of ['r241a-02', 'r241b-08', 'r241c-08', 'r241c-09']) {
      const message = messageSection(replyText(paste(name)));
      expect(message, name).toMatch(/^What you can tell the IT /);
      expect(message, name).toContain('refused by your mail server');
    }
  });

  it('"der Patientin" (German dative, no preposition) is the reader', () => {
    expect(messageSection(replyText(paste('r241c-10')))).toMatch(/^What you can tell the patient\n/);
  });

  it('"their customer (a book buyer)": the buyer reads it, and the "Mailgun lost it" belief is answered', () => {
    const reply = replyText(fixturePaste('pastes239a', 'r239a-18'));
    expect(messageSection(reply)).toMatch(/^What you can tell the buyer\n/);
    expect(reply).toContain('Were the emails lost? Not lost, and not delivered');
    expect(reply).toContain("the application's own log saying it was sent or delivered means only that Mailgun took it");
  });

  it('"Odpowiedz po polsku" alone asks for the answer: the case for the customer, not a message to the one who wrote in', () => {
    const reply = replyText(paste('r241c-06'));
    expect(messageSection(reply)).toMatch(/^What you can tell the customer\n[-]+\nPo polsku: /);
  });

  it('an incoming case for a domain owner who is not technical ("no es técnico"): no Routes or MX in the message', () => {
    const message = messageSection(replyText(paste('r241b-06')));
    expect(message).toContain('En español: ');
    expect(message).not.toMatch(/Route|MX/);
  });
});

describe('what the person said, used', () => {
  it.each(['r241a-11', 'r241b-11', 'r241c-08'])('%s: the address said to be right ("confirmed ... letter by letter", "gecontroleerd", "swears ... is right:")', (name) => {
    expect(diagnose(paste(name)).facts.addressConfirmed).toBe(true);
  });

  it('to a patient whose address was confirmed: her provider refuses, nothing for her to check', () => {
    const message = messageSection(replyText(paste('r241a-11')));
    expect(message).toContain('Thank you for confirming your email address: it is right');
    expect(message).not.toContain('check that the address is right');
  });

  it('"naar een nieuwe mailprovider overgestapt": the recipient\'s mail moved, and the first step is where its MX records point', () => {
    const text = paste('r241b-11');
    expect(diagnose(text).facts.recipientMailMoved).toBe(true);
    expect(sectionOf(replyText(text), 'How to fix it')).toContain("1. Check where the domain's MX records point now");
  });

  it('"Antes tenían una ruta catch_all() ... el viernes un compañero \'limpió\' las rutas": the route is gone, and made again', () => {
    const text = paste('r241b-06');
    expect(diagnose(text).facts.goneRoutes).toContain('catch_all()');
    expect(fixLineOf(replyText(text))).toContain('Fix: create the deleted Route again');
  });

  it('"o domínio da escola é escolavale.edu.br (sem hífen)": the address meant is at that domain', () => {
    expect(diagnose(paste('r241b-09')).facts.similarAddress).toBe('joana.silva@escolavale.edu.br');
  });

  it('"please don\'t send them to the credentials page again": no credentials section, and the message names the empty setting', () => {
    const reply = replyText(paste('r241c-02'));
    expect(reply).not.toContain('Where to find the SMTP credentials');
    expect(messageSection(reply)).toContain('this line is what stops it: MAIL_USERNAME=');
  });

  it('"Die Zugangsdaten haben wir ... geprüft, die sind korrekt": the login is at hand', () => {
    expect(sectionOf(replyText(paste('r241a-05')), 'How to fix it')).toContain("1. You have the domain's SMTP login and password already");
  });

  it('"moved the domain from their old Mailgun account to a new one": the route seen is the old account\'s', () => {
    expect(fixLineOf(replyText(paste('r241a-13')))).toContain('the route seen is most likely still in the old account');
  });

  it('"Le client pense que c\'est boulangerie-martin.fr qui refuse": no, Mailgun refused the login-less session', () => {
    expect(leadOf(replyText(paste('r241c-04')))).toContain("Is it the recipient's server refusing? No: Mailgun's own SMTP server refused the message");
  });

  it('a DMARC policy just tightened to p=reject: p=none meanwhile, as the second step', () => {
    const steps = sectionOf(replyText(fixturePaste('pastes239a', 'r239a-16')), 'What to do');
    expect(steps).toMatch(/2\. Meanwhile \(the policy was tightened to p=reject only lately\): putting the DMARC record at _dmarc\.pinecrestrealty\.example back to p=none/);
  });

  it('"US customer (...)" at the start of the paste: the US region', () => {
    expect(diagnose(paste('r241c-18')).facts.region).toBe('us');
  });
});

describe('the fix in the right place', () => {
  it('Microsoft 365 TenantAttribution for an address that works: its inbound connectors, not accepted domains', () => {
    const reply = replyText(paste('r241c-09'));
    expect(fixLineOf(reply)).toContain("the recipient's Microsoft 365 administrator has to check their inbound connectors");
    expect(sectionOf(reply, 'How to fix it')).not.toContain('mydestination');
    expect(messageSection(reply)).toContain('5.7.64 TenantAttribution');
  });

  it('Magento 2.4.6: no built-in SMTP login, an extension\'s settings', () => {
    const reply = replyText(paste('r241b-13'));
    expect(reply).toContain('Magento before 2.4.7 has no SMTP login of its own');
    expect(reply).not.toContain('config:set system/smtp/auth');
  });

  it.each([
    ['r241b-18', 'prestashop'],
    ['r241b-06', 'osticket'],
    ['r241b-12', 'matomo'],
  ])('%s: the app is named (%s)', (name, client) => {
    expect(diagnose(paste(name)).facts.client).toBe(client);
  });

  it('PrestaShop\'s SwiftMailer error is no Laravel\'s: its own settings page', () => {
    const reply = replyText(fixturePaste('pastes240c', 'r240c-05'));
    expect(fixLineOf(reply)).toContain('Fix: in Advanced Parameters → E-mail, with "Set my own SMTP parameters" chosen');
    expect(reply).not.toContain('artisan');
  });

  it('an app\'s error notice is seen while sending: ask for its SMTP settings, not where the error was seen', () => {
    const reply = replyText(paste('r241b-12'));
    expect(reply).toContain('What to ask the customer for? The SMTP settings of the program that showed it');
    expect(reply).not.toContain('Where did you see this error?');
  });

  it('an OpenSSL error number is no reply code, and Uptime Kuma\'s TLS mismatch names its Security setting', () => {
    const text = paste('r241b-16');
    expect(diagnose(text).facts.replyCode).toBeNull();
    expect(replyText(text)).toContain('Security "None / STARTTLS (25, 587)" with port 587');
  });

  it('a container on Docker\'s default bridge: its network, not its one address', () => {
    expect(fixLineOf(replyText(paste('r241c-13')))).toContain("172.17.0.0/16, Docker's default bridge network");
  });
});
