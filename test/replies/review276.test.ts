/**
 * Review round 276 (pastes276a..c): Mailgun's own pages and API, follow-up questions, raw material from MTAs and clients.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { normalize } from '../../src/diagnosis/normalize.js';
import { fixturePaste, messageSection, replyText, RECIPIENT_HOST } from './helpers.js';

describe('a Perl-dumped legacy webhook (r276c-16)', () => {
  const paste = fixturePaste('pastes276c', 'r276c-16');

  it("Perl's escaped @ is read as the address's, and the Message-Id is no other refused recipient", () => {
    const d = diagnose(paste);
    expect(d.facts.recipient).toBe('einkauf@hofmann-logistik.de');
    expect(d.facts.recipients).toEqual(['einkauf@hofmann-logistik.de']);
    expect(d.facts.otherErrors).toEqual([]);
  });

  it('"What do we tell Druckerei Seidel about this one?" gets a message', () => {
    expect(messageSection(replyText(paste))).toContain('Mailgun accepted the message and tried to deliver it');
  });
});

describe('an app delivering straight to the recipient\'s MX (r276c-18)', () => {
  it('its own log line names the server that refused', () => {
    const d = diagnose(fixturePaste('pastes276c', 'r276c-18'));
    expect(d.facts.host).toBe('mx.studiolegale-rossi.it');
    expect(d.facts.hostRole).toBe('other');
  });
});

describe("Symfony's Mailgun DSNs (r276c-14)", () => {
  it('mailgun+api://KEY:DOMAIN@default: the domain is no password, a placeholder key no secret', () => {
    expect(normalize('MAILER_DSN=mailgun+api://%env(MAILGUN_API_KEY)%:mg.boutique.example@default').text).toContain(':mg.boutique.example@default');
    expect(diagnose(fixturePaste('pastes276c', 'r276c-14')).facts.secretsFound).toBe(false);
  });

  it('a real key in the user slot is redacted; mailgun+smtp:// keeps its password redacted', () => {
    const api = normalize('MAILER_DSN=mailgun+api://key-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c:mg.x.example@default?region=eu');
    expect(api.text).not.toContain('3f9a8b7c6d5e');
    expect(api.text).toContain(':mg.x.example@default');
    expect(normalize('MAILER_DSN=mailgun+smtp://postmaster%40mg.x.example:s3cretPassw0rd@default').text).not.toContain('s3cretPassw0rd');
  });
});

describe('"Is Mailgun blocking you?" beside a refusal of mail Mailgun delivered (r276a-01)', () => {
  it('says plainly what Mailgun holds back, and why', () => {
    expect(replyText(`${RECIPIENT_HOST}\nis mailgun blocking us?`)).toContain("The one thing Mailgun holds back is later mail to this address: a permanent refusal puts it on the domain's Bounces list");
  });
});

describe("a bounce written by the customer's own mail server (r276b-15)", () => {
  const reply = replyText(fixturePaste('pastes276b', 'r276b-15'));

  it('the message says their own server delivered, and that Mailgun played no part (not "Mailgun accepted")', () => {
    const message = messageSection(reply);
    expect(message).toContain('Il Suo server di posta (mail.studiorossi-avvocati.it) ha tentato di consegnare il messaggio');
    expect(message).toContain('Mailgun non ha avuto alcun ruolo in questa consegna');
    expect(message).not.toContain('Mailgun ha accettato');
  });

  it("the bounce's own \"The original message was received at ...\" is no news to add to the message", () => {
    expect(reply).not.toContain('Add what you wanted them to know');
  });
});

describe('messages asked, and the address said to work (r276a)', () => {
  it('"Escríbeme la respuesta en español para el cliente" and "formulier mir eine Rückfrage auf Deutsch" ask a message', () => {
    expect(messageSection(replyText(fixturePaste('pastes276a', 'r276a-10')))).toMatch(/^En español: /m);
    expect(messageSection(replyText(fixturePaste('pastes276a', 'r276a-17')))).toMatch(/^Auf Deutsch: .*Damit wir die Ursache ohne weitere Rückfragen finden/m);
  });

  it.each([
    ['r276a-04', 'la usan todos los días', 'Como la dirección es correcta'],
    ['r276a-05', 'son adresse marche très bien', "L'adresse étant correcte"],
  ])('%s: "%s" says the address is right, and the message does not ask to check it', (name, _said, confirmed) => {
    const d = diagnose(fixturePaste('pastes276a', name));
    expect(d.facts.addressConfirmed).toBe(true);
    expect(messageSection(replyText(fixturePaste('pastes276a', name)))).toContain(confirmed);
  });
});

describe('German asks beside a recipient\'s refusal (r276b-03)', () => {
  const reply = replyText(fixturePaste('pastes276b', 'r276b-03'));

  it('"alle anderen Empfänger bekommen ihre Mails" is no recipient saying the mail does not arrive: the message goes to the customer', () => {
    expect(messageSection(reply)).toContain('Auf Deutsch: Mailgun hat die Nachricht angenommen');
    expect(diagnose('550 5.7.1 Relaying denied\nDer Kunde bekommt unsere Mails nicht mehr.').evidence.map((e) => e.rule)).toContain("The recipient says the company's mail does not arrive");
  });

  it('"Kann Mailgun uns bei Hoffmann whitelisten lassen?" is answered', () => {
    expect(reply).toContain('Would whitelisting help? No:');
  });
});

describe('asks and settings read in full (r276b)', () => {
  it("a password setting whose comment says it holds the API key: `pass: process.env.MAILGUN_KEY, // ... the new API key` (r276b-05)", () => {
    expect(replyText(fixturePaste('pastes276b', 'r276b-05'))).toContain('The settings give an API key as the password');
    expect(diagnose("auth: { user: 'postmaster@mg.x.example', pass: process.env.SMTP_PASS, // not the API key\n}\nError: Invalid login: 535 5.7.0 Mailgun is not loving your login or password").evidence.map((e) => e.rule)).not.toContain('The SMTP password is read from an API key');
  });

  it('"Please write the answer to Emre in Turkish": a message, and the note that it is in English (r276b-06)', () => {
    expect(messageSection(replyText(fixturePaste('pastes276b', 'r276b-06')))).toContain('not in Turkish. Translate it before you send it.');
  });

  it('"a message to Johan in Swedish, and one sentence for my manager in English": the message\'s language is Swedish (r276b-17)', () => {
    expect(messageSection(replyText(fixturePaste('pastes276b', 'r276b-17')))).toContain('not in Swedish. Translate it before you send it.');
  });
});

describe('a catch_all() made after the refusal (r276b-02)', () => {
  it('is the fix in place, not "a Route shown matches" left to check', () => {
    const reply = replyText(fixturePaste('pastes276b', 'r276b-02'));
    expect(reply).toContain('no Route matched the recipient before the one made since');
    expect(reply).toContain('Fix: already in place: the Route made after this refusal takes support@help.brightforge.io');
    expect(reply).not.toContain('though a Route shown matches the recipient');
  });
});
