/**
 * Round 238: an ordinary week, messages passed on to named readers (handover notes for a colleague among them), whole
 * conversations in other languages and mixed-up pastes. The flaws it found: no handover note where one was asked (six
 * pastes over two rounds); an old, fixed error answered instead of today's ("OLD (fixed):" over "CURRENT:", a sandbox
 * refusal under a customer's "it's still relaying denied"); "both sending (...) and receiving (...)" read as mail coming in;
 * a supplier's renamed domain; a note for "the supplier's IT / Microsoft 365 admin" written to the sender.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { withoutSupersededErrors } from '../../src/diagnosis/timeline.js';
import { buildReply } from '../../src/replies/index.js';
import { HANDOVER_WORDS, type HandoverCase, type HandoverValues } from '../../src/replies/handover/words.js';
import { plain } from '../../src/replies/rich.js';
import { fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

/** The handover note of a rendered reply ('' when none). */
const handoverOf = (reply: string): string => sectionOf(reply, 'Handover note');

describe('a handover note for a colleague', () => {
  it("keeps what the ticket says was ruled out and what is open, and the colleague's next step", () => {
    const reply = replyText(fixturePaste('pastes238b', 'r238b-01'));
    const note = handoverOf(reply);
    expect(note).toMatch(/^Handover note for Jonas\n/);
    expect(note).toContain('Already checked (from the ticket): "Already checked: domain mg.kestreldental.co.uk is active and verified in Mailgun (US region), no suppressions for that patient, and the API key has not been rotated."');
    expect(note).toContain('Still open (from the ticket): "Not checked yet: what\'s in the "SMTP authentication" box in DentaFlow');
    expect(note).toContain("Next step: Turn SMTP authentication on in the sending program, with the domain's SMTP login (postmaster@mg.kestreldental.co.uk)");
    // (the note is the colleague's message: no second one for "the colleague" or the customer)
    expect(messageSection(reply)).toBe('');
  });

  it('in the language the ask names, under its own title: "una nota di passaggio in italiano" for "la mia collega Giulia"', () => {
    const note = handoverOf(replyText(fixturePaste('pastes238b', 'r238b-13')));
    expect(note).toMatch(/^Handover note for Giulia \(in Italian, as asked\)\n-+\nPassaggio di consegne per Giulia\nDi cosa si tratta: Relaying Denied, ma il testo non mostra/);
    expect(note).toContain('Ancora aperto (dal ticket): "Non so se il messaggio era in uscita o in entrata');
    expect(note).toContain('Prossimo passo: Capire la direzione');
  });

  it('"eine kurze interne Notiz auf Deutsch für meinen Kollegen Jonas" beside a block list: the kind, the findings, the check', () => {
    const note = handoverOf(replyText(fixturePaste('pastes238b', 'r238b-18')));
    expect(note).toContain('Übergabe an Jonas\nWorum es geht: Kein Relaying Denied: Der Server des Empfängers blockiert');
    expect(note).toContain('Im Paste gefunden: Empfänger ingrid.huber@t-online.de; ablehnender Server mx00.t-online.de; Antwort 554 5.7.1; Region EU');
    expect(note).toContain('Bereits geprüft (laut Ticket): "I checked: the IP 185.250.236.77 is their dedicated IP');
  });

  it('"I already asked him twice for the full bounce" and "can\'t tell me if ..." are what was done and what is open', () => {
    const note = handoverOf(replyText(fixturePaste('pastes238b', 'r238b-06')));
    expect(note).toContain('Already checked (from the ticket): "I already asked him twice for the full bounce, no luck."');
    expect(note).toContain('Still open (from the ticket): "can\'t tell me if it\'s emails they send or emails customers send to them."');
    // (the bounce asked for twice already: the next step is Mailgun's own logs, not a third ask)
    expect(note).toContain("look for failed events in Mailgun's logs");
  });

  it('"Übergabenotiz für Jonas auf Deutsch" (round 237) and "a handover note for my colleague Priya" (round 235)', () => {
    expect(handoverOf(replyText(fixturePaste('pastes237c', 'r237c-13')))).toMatch(/^Handover note for Jonas \(in German, as asked\)\n-+\nÜbergabe an Jonas\nWorum es geht: Relaying Denied, aber/);
    const priya = replyText(fixturePaste('pastes235b', 'r235b-07'));
    expect(handoverOf(priya)).toContain('Next step: Add a Route that matches the address (Receiving, Routes: match_recipient("leads@harborpine.com"))');
    expect(priya).not.toContain('What you can tell the colleague');
  });

  it('none where no note is asked, nor for a thread\'s quoted old ask', () => {
    expect(handoverOf(replyText('550 5.7.1 Relaying denied\nhost smtp.mailgun.org\nWhat do I tell the customer?'))).toBe('');
    expect(handoverOf(replyText('550 5.7.1 Relaying denied from smtp.mailgun.org\nCan you write this up for the customer?'))).toBe('');
    expect(handoverOf(replyText(fixturePaste('pastes223b', 'r223b-04').replace('what do we tell them?', 'can you write a handover note for Jonas?')))).toBe('');
  });

  it('names no day or product as the colleague: "a handover note for Monday"', () => {
    const note = handoverOf(replyText('550 5.7.1 Relaying denied (smtp.mailgun.org)\nPlease write a handover note for Monday.'));
    expect(note).toMatch(/^Handover note\n/);
  });
});

describe("a handover note's words in every language", () => {
  const values: HandoverValues = { recipient: 'ana@example.org', host: 'mx.example.org', login: 'postmaster@mg.example.com', smtpHost: 'smtp.mailgun.org', euApi: 'https://api.eu.mailgun.net', missingSetting: 'smtp_sasl_auth_enable = yes' };
  const cases = Object.keys(HANDOVER_WORDS.en.cases) as HandoverCase[];
  const languages = Object.keys(HANDOVER_WORDS).filter((l) => l !== 'en') as (keyof typeof HANDOVER_WORDS)[];

  it.each(languages)('%s: every case written in it (none left as the English), naming the values the English names', (language) => {
    for (const handoverCase of cases) {
      for (const part of ['what', 'next'] as const) {
        const english = plain(HANDOVER_WORDS.en.cases[handoverCase][part](values));
        const written = plain(HANDOVER_WORDS[language].cases[handoverCase][part](values));
        expect(written, `${handoverCase} ${part}`).not.toBe(english);
        for (const value of Object.values(values)) {
          if (english.includes(value)) expect(written, `${handoverCase} ${part}: ${value}`).toContain(value);
        }
      }
    }
    expect(HANDOVER_WORDS[language].title('Jonas')).toContain('Jonas');
  });
});

describe('the error of now, not the one fixed', () => {
  it('"OLD (fixed):" over a 535 and "CURRENT:" over the relay refusal: the 535 is set aside', () => {
    const d = diagnose(fixturePaste('pastes238c', 'r238c-10'));
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).not.toBe(true);
    expect(leadOf(replyText(fixturePaste('pastes238c', 'r238c-10')), 4)).toContain("Fix: turn Postfix's SMTP login on (smtp_sasl_auth_enable = yes)");
    const story = 'Old:\nMay 7 postfix/smtp[1]: SASL authentication failed; server smtp.mailgun.org said: 535 5.7.0 bad login\n\nNew (since the rebuild):\nMay 14 postfix/smtp[2]: to=<a@b.example>, relay=smtp.mailgun.org, status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
    expect(withoutSupersededErrors(story)).not.toContain('535');
  });

  it('a relay refusal fixed yesterday, a sandbox refusal today, and the customer\'s "it\'s still relaying denied": the sandbox', () => {
    const d = diagnose(fixturePaste('pastes238c', 'r238c-14'));
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'sandbox']);
    expect(leadOf(replyText(fixturePaste('pastes238c', 'r238c-14')), 2)).toContain('Is it a Relaying Denied error? No: it is the sandbox domain');
  });
});

describe('what the people said', () => {
  it('"both sending (quotes ... CRM) and receiving (jobs@... through a Route)" says no mail came in', () => {
    const d = diagnose(fixturePaste('pastes238b', 'r238b-06'));
    expect(d.evidence.map((e) => e.rule)).not.toContain('The mail was coming in: someone was writing to the domain');
  });

  it("a supplier's domain renamed: send to the new address, and the note for the supplier's IT speaks to their server", () => {
    const paste = fixturePaste('pastes238b', 'r238b-07');
    expect(diagnose(paste).facts.recipientAddressChanged).toBe(true);
    const reply = replyText(paste);
    expect(leadOf(reply, 4)).toContain('Fix: ask the recipient (or whoever knows them) for their new address');
    expect(messageSection(reply)).toContain('Your server has to be set up to accept mail for it; in Microsoft 365, your domain has to be one of the tenant\'s accepted domains');
  });

  it('"a test to the owner\'s personal gmail (kim.pawprint@gmail.com)" names the recipient', () => {
    expect(diagnose(fixturePaste('pastes238b', 'r238b-15')).facts.recipient).toBe('kim.pawprint@gmail.com');
  });

  it('the handover note is in the reply model too (Block Kit gets the same section)', () => {
    const reply = buildReply(diagnose(fixturePaste('pastes238b', 'r238b-01')));
    expect(reply.sections[0]!.heading).toBe('Handover note for Jonas');
  });
});

describe('messages for their readers', () => {
  it("a WordPress plugin's owner gets the plugin's settings to click through, not code (German, Polish)", () => {
    const german = messageSection(replyText(fixturePaste('pastes238a', 'r238a-02')));
    expect(german).toContain('Auf Deutsch: Das E-Mail-Plugin Ihrer Website (WP Mail SMTP oder ein ähnliches SMTP-Plugin)');
    expect(german).toContain('schalten Sie die Authentifizierung ein (erst dann lassen sich Benutzername und Passwort eintragen)');
    expect(german).not.toContain('im Code der Anwendung');
    const polish = messageSection(replyText(fixturePaste('pastes238b', 'r238b-14')));
    // (asked "krok po kroku": the numbered steps, the paste's port kept)
    expect(polish).toContain('Proszę zostawić port 2525 z szyfrowaniem TLS');
    expect(polish).not.toContain('do jej kodu');
  });

  it('"Bitte die Antwort auf Deutsch", "Merci de répondre en français": the case in plain words, in it', () => {
    expect(replyText(fixturePaste('pastes238c', 'r238c-01'))).toContain('In German, as asked\n-------------------\nIhre Anwendung versendet über den SMTP-Server von Mailgun');
    expect(replyText(fixturePaste('pastes238c', 'r238c-02'))).toContain('In French, as asked\n-------------------\nLe message adressé à commandes@boutique-lumiere.fr');
  });

  it('"ci scriviamo tutti i giorni" vouches for the address, and "Cosa posso rispondere?" asks for a message', () => {
    const paste = fixturePaste('pastes238a', 'r238a-09');
    expect(diagnose(paste).facts.addressConfirmed).toBe(true);
    const reply = replyText(paste);
    expect(messageSection(reply)).toContain("In italiano: Mailgun ha accettato il messaggio");
    expect(leadOf(reply, 2)).toContain('The address is said to be right (or their server said to take it); still, Mailgun delivers to the server');
  });

  it('a Route shown for another address at the domain: the message says the MX records are right, never to change them', () => {
    const reply = replyText(fixturePaste('pastes238a', 'r238a-06'));
    // ("Wat moet ik ze zeggen?" asks for the message itself since round 264: the Dutch text under "What you can tell")
    const dutch = messageSection(reply);
    expect(dutch).toContain('Andere adressen van het domein hebben al hun Routes, dus de MX-records kloppen en hoeven niet te veranderen.');
    expect(dutch).not.toContain('naar de echte mailserver verwijzen');
  });

  it('a catch-all turned off for the spam stays off: a Route for the address alone, read after a returned copy cut short', () => {
    const paste = fixturePaste('pastes238a', 'r238a-07');
    expect(diagnose(paste).evidence.map((e) => e.rule)).toContain('The paste says a catch-all Route was turned off on purpose');
    const reply = replyText(paste);
    expect(reply).toContain('leave the catch_all() off, as they turned it off for the spam');
    expect(reply).not.toContain('catch_all()                ');
    expect(reply).not.toContain('You say a Route was made');
  });

  it('user "api" and "pass = a chave da API" sent to SMTP: the message names the SMTP login, not a third new password', () => {
    const paste = fixturePaste('pastes238c', 'r238c-04');
    const rules = diagnose(paste).evidence.map((e) => e.rule);
    expect(rules).toContain('The SMTP user name is "api", the HTTP API\'s user');
    expect(rules).toContain('The SMTP password is read from an API key');
    const message = messageSection(replyText(paste));
    expect(message).toContain('Em português: A sua aplicação faz login no servidor SMTP do Mailgun com credenciais da API');
    expect(message).not.toContain('defina uma nova senha');
  });

  it("mailgun-go's UnexpectedResponseError at the US host for an EU domain: SetAPIBase, not a URL nobody writes", () => {
    expect(replyText(fixturePaste('pastes238a', 'r238a-18'))).toContain('In mailgun-go, set the EU host on the client right after creating it: mg.SetAPIBase(mailgun.APIBaseEU)');
  });
});

describe("the refusing server's own name beside the address", () => {
  it('an address written with the mail server\'s name as its domain (linda@mail.okaforhome.net, refused by mail.okaforhome.net)', () => {
    const paste = fixturePaste('pastes238a', 'r238a-08');
    expect(diagnose(paste).facts.similarAddress).toBe('linda.okafor@okaforhome.net');
    expect(replyText(paste)).toContain('The address\'s domain, "mail.okaforhome.net", is the name of the mail server that refused it');
  });

  it('an address a letter or two from the refusing server\'s domain, and "Can you write that note?" for the supplier\'s office manager', () => {
    const paste = fixturePaste('pastes238c', 'r238c-12');
    expect(diagnose(paste).facts.similarAddress).toBe('orders@pacificteak.com');
    const reply = replyText(paste);
    expect(reply).toContain('The server that refused it, "mail.pacificteak.com", is pacificteak.com\'s');
    expect(messageSection(reply)).toMatch(/^What you can tell the office manager\n-+\nOur emails did not reach you: we had your address as orders@pacificteakco.com, which was refused. Is orders@pacificteak.com your right address\?/);
  });

  it('not where the address is said to be right, nor at a provider\'s server that hosts every domain', () => {
    expect(diagnose('Mailgun event: failed, permanent\nrecipient: orders@pacificteakco.com\ndelivery-status: 554 5.7.1 <orders@pacificteakco.com>: Relay access denied\nmx-host: mail.pacificteak.com\nThe address is correct, they write to us from it.').facts.similarAddress).toBeNull();
    expect(diagnose('Mailgun event: failed, permanent\nrecipient: ap@contoso-ltd.com\ndelivery-status: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\nmx-host: contosoltd-com.mail.protection.outlook.com').facts.similarAddress).toBeNull();
  });
});

describe('asks for a message in other words', () => {
  it('"write a ticket for Rui (the developer) in Portuguese": for the developer, in Portuguese', () => {
    expect(messageSection(replyText(fixturePaste('pastes238b', 'r238b-04')))).toMatch(/^What you can tell the developer\n-+\nEm português: O Mailgun recusou o login/);
  });

  it('"Kun je een korte mail in het Nederlands schrijven voor de IT-beheerder": to the recipient\'s admin, in Dutch', () => {
    expect(messageSection(replyText(fixturePaste('pastes238b', 'r238b-11')))).toMatch(/^What you can tell the IT admin\n-+\nIn het Nederlands: Onze e-mails aan inkoop@woonstichting-deveste.nl worden geweigerd door uw mailserver/);
  });

  it('"wants a short message in Portuguese (Brazilian, pt-BR) she can send to that parent", "write a message in Brazilian Portuguese"', () => {
    expect(messageSection(replyText(fixturePaste('pastes238b', 'r238b-12')))).toMatch(/^What you can tell the parent\n-+\nEm português: /);
    expect(messageSection(replyText(fixturePaste('pastes238b', 'r238b-17')))).toContain('Em português: O Mailgun aceitou a mensagem');
  });

  it('"Can you write a short reply reception can send her": a message for the patient', () => {
    expect(messageSection(replyText(fixturePaste('pastes238b', 'r238b-10')))).toMatch(/^What you can tell the patient\n/);
  });
});
