/**
 * Round 249: tickets with history, mail through more than one system, and messages to pass on. The flaws it found: a
 * person's quoted guess with a tag question ('("5.7.1-something, relay denied, right?")') read as the server's reply beside
 * Gmail's DMARC refusal; a colleague's quoted answer of yesterday ("Julien (hier) :") read as the error of now beside
 * today's sandbox 421; a thread's quoted history ("> From: Mailgun Support", an old recipient's refusal, "we see failed
 * events in the Mailgun logs") weighed beside the newest message's own relay refusal; "аккаунт EU" not read; Barracuda
 * passing on Exchange's "Unable to relay" for one address while "other district addresses deliver fine", answered as the
 * domain's fault; a Route for the refused address misspelt read as other addresses receiving; asks not read ("write the
 * explanation for their developers in French", "I want to write to the recipient's IT ... Can you draft it?", "Tu peux
 * m'aider à répondre en français ?"); "a message for Mr. Ferri (he's the owner)" written to someone who wrote in.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the error of now', () => {
  it('Gmail\'s 5.7.26 DMARC refusal beside the developer\'s quoted "5.7.1-something, relay denied, right?": a policy refusal', () => {
    const diagnosis = diagnose(paste('r249c-16'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('policy');
  });

  it('"Julien (hier) : « Votre erreur 550 5.7.1 Relaying denied ... »" above today\'s 421 sandbox refusal: the sandbox, in French', () => {
    const text = paste('r249a-17');
    const diagnosis = diagnose(text);
    expect(diagnosis.kind).toBe('sandbox');
    expect(diagnosis.facts.recipient).toBe('comptabilite@cabinet-leroux.fr');
    expect(messageSection(replyText(text))).toMatch(/En français: /);
  });

  it('an Exchange NDR of now ("Smart host authentication: None") over a quoted thread with last week\'s recipient refusal: outgoing', () => {
    const diagnosis = diagnose(paste('r249a-05'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.recipients).toEqual(['j.santos@altamira-partners.com']);
  });

  it('"Клиент (sibles.ru, аккаунт EU)": the EU region', () => {
    expect(diagnose(paste('r249c-17')).facts.region).toBe('eu');
  });
});

describe('the replies', () => {
  it('Barracuda passing on "Unable to relay" for one address, "Other district addresses deliver fine": the address, not the domain', () => {
    const reply = replyText(paste('r249b-13'));
    expect(reply).toMatch(/so the domain and its MX records are fine/);
    expect(reply).not.toMatch(/the domain is the problem/);
  });

  it('the only Route shown is the refused address misspelt: no "other addresses already have their Routes"', () => {
    expect(messageSection(replyText(paste('r249b-08')))).not.toMatch(/Other addresses at the domain already have their Routes/);
  });
});

describe('messages asked', () => {
  it('"write the explanation for their developers in French": a French message for the developers', () => {
    const message = messageSection(replyText(paste('r249c-04')));
    expect(message).toMatch(/^What you can tell the developer/);
    expect(message).toMatch(/En français: /);
  });

  it('"I want to write to the recipient\'s IT (grafica-paulista) in Portuguese ... Can you draft it?": to their IT, in Portuguese', () => {
    const message = messageSection(replyText(paste('r249c-10')));
    expect(message).toMatch(/Em português: Os nossos e-mails para financeiro@grafica-paulista\.com\.br/);
  });

  it('"a message in Italian for Mr. Ferri (he\'s the owner)": to the customer who owns the domain, not to someone who wrote in', () => {
    const message = messageSection(replyText(paste('r249c-06')));
    expect(message).toMatch(/^What you can tell the customer/);
    expect(message).toMatch(/nessuna Route/);
  });
});
