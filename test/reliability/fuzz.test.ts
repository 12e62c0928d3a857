/**
 * Property tests: the normalizer, the extractor and the whole diagnosis never throw and always
 * return a well-formed result, on random text, random bytes and mutated corpus cases.
 * FUZZ_RUNS=100000 npx vitest run test/reliability/fuzz.test.ts for the long run (default 200).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/diagnosis/extract.js';
import { diagnose } from '../../src/diagnosis/index.js';
import { normalize } from '../../src/diagnosis/normalize.js';
import { insertLine, mutatedCase, pastedSecret, SEEDS } from './corpus.js';
import { assertValidDiagnosis, assertValidFacts } from './diagnosis-schema.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 200;
/** Generous: a blow-up, not speed, is what a timeout here would mean. */
const TIMEOUT_MS = 20_000 + RUNS * 60;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** The kinds of input, each a named arbitrary. */
const INPUTS: [string, fc.Arbitrary<string>][] = [
  ['random strings (any code point, lone surrogates included)', fc.string({ unit: 'binary', maxLength: 3000 })],
  ['random grapheme strings', fc.string({ unit: 'grapheme', maxLength: 1000 })],
  ['random bytes decoded as UTF-8', fc.uint8Array({ maxLength: 4000 }).map(utf8)],
  ['random bytes decoded as latin1', fc.uint8Array({ maxLength: 4000 }).map(latin1)],
  ['mutated corpus cases', mutatedCase],
];

function checkNormalized(input: string): void {
  const n = normalize(input);
  expect(typeof n.text).toBe('string');
  expect(typeof n.focused).toBe('boolean');
  expect(typeof n.secretsFound).toBe('boolean');
  // Focusing keeps a huge paste bounded; nothing ever grows without limit.
  expect(n.text.length).toBeLessThanOrEqual(Math.max(input.length * 2, 200_000));
}

function checkExtracted(input: string): void {
  const n = normalize(input);
  const x = extract(n.text, n.secretKinds);
  assertValidFacts(x.facts);
  expect(x.facts.secretsFound).toBe(n.secretsFound);
  for (const key of ['text', 'errorText', 'replyText'] as const) expect(typeof x[key]).toBe('string');
  for (const [feature, excerpt] of x.features) {
    expect(typeof feature).toBe('string');
    expect(typeof excerpt).toBe('string');
  }
}

describe.each(INPUTS)('on %s', (_name, input) => {
  it('normalize never throws and returns text', () => {
    fc.assert(fc.property(input, checkNormalized), { numRuns: RUNS });
  }, TIMEOUT_MS);

  it('extract never throws and returns valid facts', () => {
    fc.assert(fc.property(input, checkExtracted), { numRuns: RUNS });
  }, TIMEOUT_MS);

  it('diagnose never throws and returns a valid Diagnosis', () => {
    fc.assert(fc.property(input, (text) => assertValidDiagnosis(diagnose(text))), { numRuns: RUNS });
  }, TIMEOUT_MS);
});

describe('every corpus case, unmutated', () => {
  it(`gets a valid Diagnosis (${SEEDS.length} cases)`, () => {
    for (const seed of SEEDS) assertValidDiagnosis(diagnose(seed));
  });
});

describe('secrets pasted into a case', () => {
  it('appear nowhere in the diagnosis or the normalized text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), pastedSecret, fc.double({ min: 0, max: 1, noNaN: true }), (seed, { line, value }, where) => {
        const text = insertLine(seed, line, where);
        const d = diagnose(text);
        assertValidDiagnosis(d);
        expect(JSON.stringify(d)).not.toContain(value);
        expect(normalize(text).text).not.toContain(value);
      }),
      { numRuns: Math.min(RUNS, 2000) },
    );
  }, TIMEOUT_MS);
});
