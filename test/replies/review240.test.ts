/**
 * Round 240: an ordinary week, tickets handed over a second time, and messages to the people outside. The flaws it found:
 * notes asked as "la nota para Ben", "Notiz für Felix", "internal note only", and written in the language named for the
 * customer's message; asks for an SMS, a WhatsApp, a phone script, a reply template, not read; a block list named inside a
 * "local policy" refusal read as a policy; "el correo regresa" read as an error shown while sending; "both for sending and for
 * receiving" read as mail coming in; regions "(US)" after a business's name.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

describe('handover notes, second round', () => {
  it.each([
    ['r240b-11', /^Handover note for Ben\n/],
    ['r240b-13', /^Handover note for Felix\n/],
    ['r240b-17', /^Handover note for Grace\n/],
  ])('%s: asked in words the rule did not know', (name, heading) => {
    expect(sectionOf(replyText(fixturePaste('pastes240b', name)), 'Handover note')).toMatch(heading);
  });

  it('the note in English where the language named is the customer message\'s ("a message for the customer in Portuguese", "(English), and a message in German")', () => {
    for (const name of ['r240b-07', 'r240b-18']) expect(sectionOf(replyText(fixturePaste('pastes240b', name)), 'Handover note')).not.toContain('as asked');
  });

  it('the customer\'s message in the language its own ask names ("y un mensaje para el cliente en español")', () => {
    expect(messageSection(replyText(fixturePaste('pastes240b', 'r240b-11')))).toContain('En español: ');
    expect(messageSection(replyText(fixturePaste('pastes240b', 'r240b-13')))).toContain('Auf Deutsch: ');
  });

  it('"both for sending and for receiving", "whether it shows on send or on incoming replies": no mail said to come in', () => {
    expect(diagnose(fixturePaste('pastes240b', 'r240b-14')).evidence.map((e) => e.rule)).not.toContain('The mail was coming in: someone was writing to the domain');
  });
});

describe('messages to the people outside', () => {
  it.each(['r240c-01', 'r240c-04', 'r240c-05', 'r240c-07', 'r240c-08', 'r240c-09', 'r240c-10', 'r240c-11'])('%s: the message asked for is written', (name) => {
    expect(messageSection(replyText(fixturePaste('pastes240c', name)))).not.toBe('');
  });
});

describe('what the paste says', () => {
  it('"local policy. Access denied. Your IP ... is listed on our blocklist": a block list, not a policy', () => {
    const d = diagnose(fixturePaste('pastes240c', 'r240c-14'));
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'blocked']);
  });

  it('"cuando mandamos correos ... nos sale ... y el correo regresa": a bounce, not an error shown while sending', () => {
    const d = diagnose(fixturePaste('pastes240a', 'r240a-13'));
    expect(d.evidence.map((e) => e.rule)).not.toContain('The sending program shows the refusal as it sends');
    expect(leadOf(replyText(fixturePaste('pastes240a', 'r240a-13')), 2)).not.toContain('seen while sending');
  });

  it('regions "Maple Grove Pediatrics (US)", "(Copperleaf Coffee, US)", "from us region"', () => {
    expect(diagnose(fixturePaste('pastes240a', 'r240a-11')).facts.region).toBe('us');
    expect(diagnose(fixturePaste('pastes240a', 'r240a-17')).facts.region).toBe('us');
    expect(diagnose(fixturePaste('pastes240b', 'r240b-10')).facts.region).toBe('us');
  });
});
