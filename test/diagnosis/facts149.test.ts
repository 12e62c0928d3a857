/** Facts earlier review rounds left unread (test/fixtures/pastes147a, pastes148b), and round 149's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('facts left unread by rounds 147 and 148', () => {
  it('a chat\'s "Relaying denied" then "y un código 550 5.7.1" on the next line gives both codes (a147-26)', () => {
    const { scenario, facts } = diagnose(paste('pastes147a', 'a147-26'));
    expect(scenario).toBe('undetermined');
    expect(facts.replyCode).toBe(550);
    expect(facts.enhancedCode).toBe('5.7.1');
  });

  it('a code pair on a line of its own beside the refusal is read; a nearby 5.1.1 is another error, not the relay refusal\'s code', () => {
    expect(diagnose('"Relaying denied"\nand a code 550 5.7.1\n').facts.replyCode).toBe(550);
    const other = diagnose('The customer saw "Relaying denied" last week, fixed.\nToday:\n550 5.1.1\n').facts;
    expect(other.enhancedCode).not.toBe('5.7.1');
  });

  it('"El destinatario que falla en la prueba es ..." names the recipient (b148-08), as its English form does', () => {
    expect(diagnose(paste('pastes148b', 'b148-08')).facts.recipient).toBe('contabilidad@gestoria-ruiz.es');
    expect(diagnose('550 5.7.1 Relaying denied\nThe recipient that fails is ana@example.org.\n').facts.recipient).toBe('ana@example.org');
  });

  it('a Prometheus label `code="250"` above an Events API item is not its code: the item\'s 421 4.7.0 is (b148-30)', () => {
    const { scenario, kind, facts } = diagnose(paste('pastes148b', 'b148-30'));
    expect(scenario).toBe('not-relaying-denied');
    expect(kind).toBe('rate-limit');
    expect(facts.replyCode).toBe(421);
    expect(facts.enhancedCode).toBe('4.7.0');
  });
});
