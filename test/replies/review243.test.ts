/**
 * Round 243: an ordinary week, terse pastes, and Mailgun's own material copied by hand. The flaws it found: "evento failed nel
 * log di Mailgun", "uit een screenshot van de Mailgun logs" not read as seen in Mailgun's logs; "[401] Forbidden" not read as
 * an API key refused; "destinatario a@x" not read as the recipient; "Severity:   temporary,  attempt 3" read as one attempt;
 * "They updated the k8s secret and restarted the pods" answered with that very step; "Everything else goes out fine" not
 * read as only some recipients refused.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('read from terse pastes and hand-copied Mailgun material', () => {
  it('"evento failed nel log di Mailgun, destinatario a@x": seen in Mailgun\'s logs, the recipient\'s server refused, and the recipient named', () => {
    const diagnosis = diagnose(paste('r243b-09'));
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts.recipient).toBe('amministrazione@studio-ferri.it');
  });

  it('"uit een screenshot van de Mailgun logs": seen in Mailgun\'s logs', () => {
    expect(leadOf(replyText(paste('r243b-15')), 2)).toContain("Seen in Mailgun's logs, so Mailgun accepted the message");
  });

  it('"[401] Forbidden" from the API host: the API key refused', () => {
    const diagnosis = diagnose(paste('r243b-18'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('api-auth');
  });

  it('"Severity:   temporary,  attempt 3": three attempts so far, and Mailgun still retrying', () => {
    const text = paste('r243c-16');
    expect(diagnose(text).facts.attempts).toBe(3);
    expect(sectionOf(replyText(text), 'What to do')).toContain('Mailgun retries it by itself for a while (3 attempts so far)');
  });
});

describe('what the person said, used', () => {
  it('"They updated the k8s secret and restarted the pods": not that step again, but what the pod sees', () => {
    const steps = sectionOf(replyText(paste('r243a-13')), 'What to do');
    expect(steps).toContain('the paste says the new one was put in');
    expect(steps).toContain('read the value the running pod sees');
    expect(steps).not.toContain('updating the Secret alone changes nothing');
  });

  it('"Everything else goes out fine": only some recipients refused, which points away from a missing login', () => {
    expect(leadOf(replyText(paste('r243a-06')), 4)).toContain('Only some mails are refused, though');
  });
});

describe('messages asked, to their readers', () => {
  it('"Bitte kurz auf Deutsch für Frau Hansen.": a message, in German', () => {
    expect(messageSection(replyText(paste('r243c-10')))).toContain('Auf Deutsch: ');
  });

  it('"Mi serve una spiegazione per il loro sviluppatore (in italiano)": for the developer, who makes the Route, not for the one who wrote in', () => {
    const message = messageSection(replyText(paste('r243c-07')));
    expect(message).toMatch(/^What you can tell the developer\n[-]+\nIn italiano: Il messaggio indirizzato a resi@replies\.shopx\.io è stato rifiutato da Mailgun/);
  });
});
