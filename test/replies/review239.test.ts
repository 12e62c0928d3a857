/**
 * Round 239: an ordinary week, tickets handed over to a named colleague (the handover note of round 238 read hard), and
 * senders who only click through their tools. The flaws it found: notes not asked in the words the rule knew ("Übergabe-Notiz",
 * "an internal note for Priya", "een overdracht voor Sanne"), a colleague unnamed ("Write Hannah a handover note", "@Tom"), the
 * note in the language of the second thing asked, the ticket's checks in lists not kept; an API's "Queued" from the person's own
 * test read as Mailgun accepting the failing send; a reset of the account's web password taken for the SMTP password; Make's
 * "Mailgun API: Forbidden" after a key rotation not read as the API refusing the key.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const noteOf = (set: string, name: string): string => sectionOf(replyText(fixturePaste(set, name)), 'Handover note');

describe('handover notes asked in other words', () => {
  it.each([
    ['r239b-02', /^Handover note for Jonas \(in German, as asked\)\n-+\nÜbergabe an Jonas\n/],
    ['r239b-04', /^Handover note for Priya\n/],
    ['r239b-13', /^Handover note for Lena\n/],
    ['r239b-15', /^Handover note for Sanne \(in Dutch, as asked\)\n-+\nOverdracht voor Sanne\n/],
    ['r239b-18', /^Handover note for Oliver\n/],
  ])('%s', (name, heading) => {
    expect(noteOf('pastes239b', name)).toMatch(heading);
  });

  it('names the colleague from "Write Hannah a ...", "@Tom", "para o Rafael", and not from a declined name ("dla Marka")', () => {
    expect(noteOf('pastes239b', 'r239b-14')).toMatch(/^Handover note for Hannah\n/);
    expect(noteOf('pastes239b', 'r239b-08')).toMatch(/^Handover note for Tom\n/);
    expect(noteOf('pastes239b', 'r239b-07')).toMatch(/^Handover note for Rafael \(in Portuguese, as asked\)/);
    expect(noteOf('pastes239b', 'r239b-10')).toMatch(/^Handover note \(in Polish, as asked\)\n-+\nPrzekazanie\n/);
  });

  it('is written in the language named for the note, not the one named for a second message ("en español ... y además un mensaje en inglés")', () => {
    expect(noteOf('pastes239b', 'r239b-03')).toMatch(/^Handover note for Lucía \(in Spanish, as asked\)/);
    expect(noteOf('pastes239b', 'r239b-09')).toMatch(/^Handover note for Giulia \(in Italian, as asked\)/);
  });

  it("keeps the ticket's lists of checks, their items joined", () => {
    expect(noteOf('pastes239b', 'r239b-01')).toContain('Already checked (from the ticket): "Already checked: domain mg.brightwell-logistics.com is verified & active in the control panel (US region); SPF/DKIM green, ruled out DNS;');
    expect(noteOf('pastes239b', 'r239b-02')).toContain('Noch offen (laut Ticket): "Offen: ob smtp_sasl_auth_enable überhaupt gesetzt ist in main.cf');
    expect(noteOf('pastes239b', 'r239b-18')).toContain('Already checked (from the ticket): "what we did: regenerated the private API key');
  });

  it('the address said right ("I checked with them, it\'s spelled right"): the next step goes to the recipient\'s admin, no check again', () => {
    const note = noteOf('pastes239b', 'r239b-11');
    expect(note).toContain("Next step: The address is confirmed, so the recipient's side has to change");
    expect(note).not.toContain('Confirm the address with the recipient');
  });
});

describe('what the paste shows', () => {
  it('a Python script without server.login() to smtp.eu.mailgun.org: outgoing, whatever "Queued." the person\'s own API test got', () => {
    const d = diagnose(fixturePaste('pastes239b', 'r239b-04'));
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The Mailgun API queued the message');
  });

  it('an EU domain posting to the US host, the new key proven at the EU host: the host, not the key', () => {
    expect(leadOf(replyText(fixturePaste('pastes239b', 'r239b-18')), 2)).toContain('the domain is in the EU region, but the request went to the US API host');
  });

  it("the Mailgun account's web password reset is not the SMTP password", () => {
    const reply = replyText(fixturePaste('pastes239c', 'r239c-05'));
    expect(leadOf(reply, 2)).toContain("The password reset was the Mailgun account's (the one for logging in to the website): it is not the SMTP password");
    expect(reply).not.toContain('with the new password: setting it replaced the old one');
    // ("Könnt ihr mir eine Anleitung ... auf Deutsch schreiben": a message in German)
    expect(messageSection(reply)).toContain('Auf Deutsch: Ihr Drucker (oder Scanner)');
    expect(diagnose(fixturePaste('pastes239c', 'r239c-05')).facts.recipient).toBe('buchhaltung@t-online.de');
  });

  it('Make\'s "[403] Forbidden ... Mailgun API: Forbidden" after the keys were rotated ("rotacionou as chaves"): the API refused the key', () => {
    const d = diagnose(fixturePaste('pastes239c', 'r239c-11'));
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'api-auth']);
    expect(d.evidence.map((e) => e.rule)).toContain('The API keys were rotated or replaced just before');
    expect(replyText(fixturePaste('pastes239c', 'r239c-11'))).toContain("Mailgun's HTTP API refused the request (403 Forbidden)");
  });

  it('regions said "(Cobalt Fitness, US)" after a ticket number and "Account ist EU"', () => {
    expect(diagnose(fixturePaste('pastes239b', 'r239b-11')).facts.region).toBe('us');
    expect(diagnose(fixturePaste('pastes239b', 'r239b-13')).facts.region).toBe('eu');
  });
});

describe('messages in the language asked, for what the paste says', () => {
  it('"Graag uitleg in het Nederlands": the case in Dutch', () => {
    expect(replyText(fixturePaste('pastes239a', 'r239a-06'))).toContain('In Dutch, as asked\n------------------\nHet bericht aan inkoop@fietsplein-utrecht.example');
  });

  it('other addresses at the domain receive ("recebem normalmente em outros endereços", "contact@... fonctionne très bien"): no MX change offered', () => {
    const portuguese = replyText(fixturePaste('pastes239a', 'r239a-07'));
    expect(portuguese).toContain('Outros endereços do domínio já têm as suas Routes, então os registros MX estão certos e não precisam mudar.');
    const french = replyText(fixturePaste('pastes238c', 'r238c-02'));
    expect(french).toContain("D'autres adresses du domaine ont déjà leurs Routes");
    expect(french).not.toContain('vers le vrai serveur de messagerie');
  });
});

describe('a mail program set up with Mailgun as its outgoing server', () => {
  it('Thunderbird with "Pas d\'authentification": its outgoing server settings, in the message too', () => {
    const paste = fixturePaste('pastes239c', 'r239c-09');
    expect(diagnose(paste).facts.client).toBe('mail-program');
    const reply = replyText(paste);
    expect(reply).toContain("Fix: in the mail program's outgoing server (SMTP) settings (Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit");
    expect(messageSection(reply)).toContain('En français: Votre logiciel de messagerie (Thunderbird, Outlook ou similaire)');
    expect(reply).not.toContain('add the login step to its code');
  });

  it('not an Outlook that only showed a bounce', () => {
    const paste = 'The customer got this in Outlook:\nDelivery has failed to these recipients or groups:\nanna@partner.example\nRemote Server returned \'550 5.7.1 Relaying denied\'';
    expect(diagnose(paste).facts.client).not.toBe('mail-program');
  });
});

describe('asks for a message in yet other words', () => {
  it.each([
    ['pastes239a', 'r239a-09', 'In italiano: '],
    ['pastes239a', 'r239a-16', 'The receiving provider refused the message'],
    ['pastes239c', 'r239c-14', 'Your application sends through'],
    ['pastes239c', 'r239c-15', 'In italiano: '],
    ['pastes239c', 'r239c-18', 'En français: '],
  ])('%s/%s', (set, name, start) => {
    expect(messageSection(replyText(fixturePaste(set, name)))).toContain(start);
  });
});

describe('the EU host set in the code, the request at the US host', () => {
  it('says the running client is not the code shown, and does not tell them to call SetAPIBase again', () => {
    const reply = replyText(fixturePaste('pastes239a', 'r239a-17'));
    expect(leadOf(reply, 3)).toContain('although the code shown sets the EU host ("mg.SetAPIBase(mailgun.APIBaseEU)")');
    expect(reply).toContain('1. Find the client that made the failing request');
    expect(reply).not.toContain('An SDK takes the EU host as an option');
  });
});

describe('the recipient named by their first name', () => {
  it('"a short message the receptionist can send Karen" for karen.whitfield@...: to her, no servers', () => {
    const message = messageSection(replyText(fixturePaste('pastes239c', 'r239c-17')));
    expect(message).toMatch(/^What you can tell Karen\n-+\nWe tried to send you an email at karen.whitfield@whitfieldfarm.net/);
    expect(message).not.toContain('mail administrator');
  });
});

describe('a note and a message asked together', () => {
  it.each(['r239b-09', 'r239b-12', 'r239b-17'])('%s: both', (name) => {
    const reply = replyText(fixturePaste('pastes239b', name));
    expect(sectionOf(reply, 'Handover note')).not.toBe('');
    expect(messageSection(reply)).not.toBe('');
  });
});
