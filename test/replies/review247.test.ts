/**
 * Round 247: an ordinary week, tickets with history, and messages to pass on. The flaws it found: a colleague's quoted answer
 * ending "Resolved." not set aside; a Postfix log's relay refusal that later lines show sent since ("status=sent (250 Great
 * success)") taken for the error of now; a bounce's "Host remoto:" not read; "confirmed ... by phone that x is the right
 * address", "checked the address ..., it's correct", "the address is right because ..." not read as the address confirmed;
 * "a short note in Japanese they can send to ... IT staff" not read as a message asked, nor its reader.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the error of now, in a paste with history', () => {
  it('a colleague\'s quoted answer ending "Resolved." above today\'s sandbox 421: the sandbox', () => {
    const diagnosis = diagnose(paste('r247b-06'));
    expect(diagnosis.kind).toBe('sandbox');
    expect(diagnosis.facts.replyCode).toBe(421);
  });

  it("a Postfix log's relay refusal followed by the same recipient's \"status=sent (250 Great success)\", today's Gmail 5.1.1: an unknown user", () => {
    const diagnosis = diagnose(paste('r247b-10'));
    expect(diagnosis.kind).toBe('unknown-user');
  });

  it('"Host remoto: mxa.eu.mailgun.org": the refusing host', () => {
    expect(diagnose(paste('r247b-13')).facts.host).toBe('mxa.eu.mailgun.org');
  });
});

describe('the address said confirmed', () => {
  it.each(['r247c-18', 'r247c-09', 'r247a-10'])('%s', (name) => {
    expect(diagnose(paste(name)).facts.addressConfirmed).toBe(true);
  });
});

describe('a message asked, to its reader', () => {
  it('"a short note in Japanese they can send to Sakura Shoji\'s IT staff": in Japanese, to the IT staff', () => {
    const message = messageSection(replyText(paste('r247c-18')));
    expect(message).toMatch(/^What you can tell the IT staff\n-+\n日本語: /);
  });
});
