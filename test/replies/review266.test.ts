/**
 * Round 266: an ordinary week, adversarial to round 265's readings, tickets in other languages. Its facts and diagnoses: a
 * Czech thread newest first ("Nejnovější odpověď nahoře") under dashed date headings, a Portuguese logs page's "Para:", a Logs
 * page "for" an address; its asks in other languages that found no message. Its other reply flaws are left for the next round.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 266', () => {
  it('a Czech thread newest first, its dashed headings dated "(St 15. 5.)": today\'s 535, not the forwarded relay refusal', () => {
    const d = diagnose(paste('r266b-17'));
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
  });

  it('recipients: a typed-out logs page\'s "Para: a@x", "Logs for a@x:"', () => {
    expect(diagnose(paste('r266a-11')).facts.recipient).toBe('financeiro@contabilrocha.com.br');
    expect(diagnose(paste('r266b-16')).facts.recipient).toBe('hollis.family@cedarnet-mail.com');
  });

  it.each([
    ['r266c-04', 'In italiano:'],
    ['r266c-09', '日本語:'],
    ['r266c-16', 'Auf Deutsch:'],
    ['r266b-05', 'По-русски:'],
  ])('%s: the message asked, in its language', (name, intro) => {
    expect(messageSection(replyText(paste(name)))).toContain(intro);
  });

  it.each([['r266c-07'], ['r266c-14']])('%s: a message asked in English from another language\'s ticket, in English', (name) => {
    const message = messageSection(replyText(paste(name)));
    expect(message).not.toBe('');
    expect(message).not.toContain('The message is in English');
  });

  it.each([
    ['r266c-11', 'Turkish'],
    ['r266c-12', 'Swedish'],
    ['r266b-12', 'Finnish'],
    ['r266b-17', 'Czech'],
  ])('%s: a message in English, and the note that it is not in %s', (name, language) => {
    expect(messageSection(replyText(paste(name)))).toContain(`not in ${language}. Translate it before you send it.`);
  });
});
