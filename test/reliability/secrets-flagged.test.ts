/**
 * A credential pasted anywhere in a bounce (even inside the returned copy of the message, which the
 * engine reads no further) is in Slack's history now: the diagnosis must flag it, so that the
 * reply advises rotating it.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { insertLine, pastedSecret, SEEDS } from './corpus.js';

const RUNS = Math.min(Number(process.env.FUZZ_RUNS) || 200, 2000);

it('flags a credential wherever it is inserted in a corpus case', () => {
  fc.assert(
    fc.property(fc.constantFrom(...SEEDS), pastedSecret, fc.double({ min: 0, max: 1, noNaN: true }), (seed, { line }, where) => {
      expect(diagnose(insertLine(seed, line, where)).facts.secretsFound).toBe(true);
    }),
    { numRuns: RUNS },
  );
}, 60_000);
