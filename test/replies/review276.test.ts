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

/** The near misses a code review of rounds 275 and 276 found (test/fixtures/code-review-276). */
const probe = (name: string): string => fixturePaste('code-review-276', name);

describe('near misses of the round 275/276 changes', () => {
  it('"They never created a route for citas@x" is no Route made for another address', () => {
    expect(diagnose(probe('p01')).evidence.map((e) => e.rule)).not.toContain('The paste says a Route was made for an address');
  });

  it("production's listing is not taken for the one that failed where production is said to work", () => {
    expect(diagnose(probe('p02')).facts.host).toBe('mail.kabelnet-office.de');
  });

  it('a first temporary refusal with a greylisting theory is not answered "No" (Mailgun retries); "dicono che hanno disattivato il greylisting" states no theory', () => {
    expect(replyText(probe('p03'))).not.toContain('Is it greylisting? No');
    expect(replyText(probe('p18'))).not.toContain('Is it greylisting? No');
  });

  it('"demande si son adresse marche très bien", "no sabe si la dirección ... la usan todos los días": no address said right', () => {
    expect(diagnose(probe('p05')).facts.addressConfirmed).toBe(false);
    expect(diagnose(probe('p05b')).facts.addressConfirmed).toBe(false);
  });

  it("a bounce written by the recipient's own gateway is not called the sender's own server", () => {
    expect(messageSection(replyText(probe('p07')))).not.toContain('Your own mail server');
  });

  it('"our scanner mails fail since we moved to you", said to a new IT provider, is no move to Mailgun', () => {
    expect(diagnose(probe('p09')).evidence.map((e) => e.rule)).not.toContain('The paste says the sending moved to Mailgun');
  });

  it("postmap takes the map's own type and path", () => {
    expect(replyText(probe('p11'))).toContain('run postmap hash:/etc/postfix/sasl/sasl_passwd');
  });

  it('"This isn\'t about PRs from forks" names no forks\' pull requests', () => {
    expect(diagnose(probe('p12')).evidence.map((e) => e.rule)).not.toContain("The failing runs are GitHub Actions runs from forks' pull requests");
  });

  it("\"the accountant's IT people\", the accountant being the sender's own client, are not the recipient's side", () => {
    expect(messageSection(replyText(probe('p13')))).not.toContain('are refused by your mail server');
  });

  it('"Ich schreibe die Rückfrage dann auf Deutsch" and "Graag een instructie voor mij" ask no message', () => {
    expect(messageSection(replyText(probe('p15')))).toBe('');
    expect(messageSection(replyText(probe('p16')))).toBe('');
  });

  it("the Kubernetes Postfix fix says texthash:, as its explanation does (r275c-07)", () => {
    expect(replyText(fixturePaste('pastes275c', 'r275c-07'))).toMatch(/^Fix: in main\.cf \(the ConfigMap\), set smtp_sasl_password_maps = texthash:/m);
  });
});

describe('follow-up questions read (r276b-09, r276c-11)', () => {
  it('"same fix as last week?" beside a refused login: no, it is no relay refusal at all', () => {
    expect(replyText(fixturePaste('pastes276c', 'r276c-11'))).toContain('Is it the same error as last time? No: this one is no relay refusal at all, but a login the server refused');
  });

  it('"wants us to escalate it to Mailgun. Is it?" is answered, and the wider Route is not said to run both whatever the stop()', () => {
    const reply = replyText(fixturePaste('pastes276b', 'r276b-09'));
    expect(reply).toContain('Should you escalate it? No need: a Route in your own Mailgun account fixes it');
    expect(reply).not.toContain('a second Route beside it would run both');
  });
});

describe('"who\'s right?" once the recipient\'s side is fixed and the address still suppressed (r276a-06)', () => {
  it('each was right in turn: no "the recipient\'s mail administrator does" beside "nothing is left to change on their server"', () => {
    const reply = replyText(fixturePaste('pastes276a', 'r276a-06'));
    expect(reply).toContain("Who is right? Each in turn: the first refusal was the recipient's server's");
    expect(reply).not.toContain("the recipient's mail administrator does (below)");
  });
});

describe("Elixir's Swoosh with its SMTP adapter (r276c-17)", () => {
  it('is the client, and its fix and snippet are its own config (auth: :always)', () => {
    expect(diagnose(fixturePaste('pastes276c', 'r276c-17')).facts.client).toBe('swoosh');
    expect(replyText(fixturePaste('pastes276c', 'r276c-17'))).toContain('adapter: Swoosh.Adapters.SMTP');
  });
});

describe('the MX section for a receiving subdomain (r276c-01)', () => {
  it('suggests a sending subdomain of the registrable domain, not of the receiving one', () => {
    const reply = replyText(fixturePaste('pastes276c', 'r276c-01'));
    expect(reply).toContain('a sending subdomain such as mg.weinkontor-mosel.de');
    expect(reply).not.toContain('mg.eingang.weinkontor-mosel.de');
  });
});

describe("the Kubernetes Postfix paste's config snippet (r275c-07)", () => {
  it('names the map texthash: and builds nothing, as the Fix line does', () => {
    const reply = replyText(fixturePaste('pastes275c', 'r275c-07'));
    expect(reply).toContain('smtp_sasl_password_maps = texthash:/etc/postfix/sasl/sasl_passwd');
    expect(reply).toContain('then: postfix reload (texthash: is read as plain text, no postmap)');
    expect(reply).not.toContain('postmap lmdb:');
  });
});
