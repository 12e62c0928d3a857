/**
 * The one-pass word scan behind every guard: it must find each word wherever the old case-insensitive
 * expression of literals did (a miss would skip a pattern that matches), in any script and case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetWordScans, wordGuard } from '../../src/diagnosis/word-scan.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;

/** The guard as it was: the words as one case-insensitive expression of literals. */
const expressionOf = (words: readonly string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

describe('wordGuard', () => {
  it('finds a word in any case, inside other words, and across overlapping words', () => {
    const guard = wordGuard(['relay', 'elayi', 'rcpthosts']);
    expect(guard.test('550 RELAYING DENIED')).toBe(true);
    expect(guard.test('not in my RcPtHoStS file')).toBe(true);
    // ("relay" and "elayi" overlap: both end inside "relayi")
    expect(wordGuard(['elayi']).test('Relaying')).toBe(true);
    expect(guard.test('550 5.1.1 user unknown')).toBe(false);
    expect(guard.test('')).toBe(false);
  });

  it('finds words of other scripts, and folds case as the expression did (σ and final ς alike)', () => {
    expect(wordGuard(['中継']).test('メールの中継を拒否しました')).toBe(true);
    expect(wordGuard(['παραλήπτες']).test('ΠΑΡΑΛΉΠΤΕΣ ή ομάδες')).toBe(true);
    expect(wordGuard(['λόγος']).test('ΛΌΓΟΣ')).toBe(true);
    expect(wordGuard(['weiterleitung']).test('WEITERLEITUNG nicht erlaubt')).toBe(true);
    expect(wordGuard(['große']).test('Die GROSSE Nachricht')).toBe(true);
    expect(wordGuard(['中継']).test('relay 中 継')).toBe(false);
  });

  it('answers for a text after other texts and after the scans are forgotten', () => {
    const guard = wordGuard(['mailgun']);
    expect(guard.test('smtp.mailgun.org')).toBe(true);
    for (let i = 0; i < 40; i++) expect(guard.test(`line ${i}`)).toBe(false);
    expect(guard.test('smtp.mailgun.org')).toBe(true);
    forgetWordScans();
    expect(guard.test('smtp.mailgun.org')).toBe(true);
    expect(guard.test('smtp.sendgrid.net')).toBe(false);
  });

  it('a guard made after others have scanned finds its own words', () => {
    expect(wordGuard(['alpha']).test('beta gamma zeta')).toBe(false);
    expect(wordGuard(['zeta']).test('beta gamma zeta')).toBe(true);
  });

  it('passes wherever the expression of its words matches (random words and texts)', () => {
    const letters = fc.constantFrom(...'abcABCσςΣéÉ中継-. '.split(''));
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(letters, { maxLength: 40 }).map((cs) => cs.join('')), (words, text) => {
        if (expressionOf(words).test(text)) expect(wordGuard(words).test(text)).toBe(true);
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('is never empty', () => {
    expect(() => wordGuard([])).toThrow(/at least one word/);
    expect(() => wordGuard([''])).toThrow(/never empty/);
  });
});
