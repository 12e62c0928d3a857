/**
 * The one-pass word scan behind every guard: it must find each word wherever the old case-insensitive
 * expression of literals did (a miss would skip a pattern that matches), in any script and case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetWordScans, wordGuard } from '../../src/diagnosis/word-scan.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;

/**
 * The text padded past the length below which a guard reads it with its own expression (word-scan.ts's SHORT_TEXT), so
 * that the one-pass scan reads it. (Digits only: no test word holds one.)
 */
const scanned = (text: string) => `${text}${'0'.repeat(300)}`;
/** Each test text, as it is and padded: both ways a guard reads a text. */
const bothWays = (text: string) => [text, scanned(text)];

/** The guard as it was: the words as one case-insensitive expression of literals. */
const expressionOf = (words: readonly string[]) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');

describe('wordGuard', () => {
  it('finds a word in any case, inside other words, and across overlapping words', () => {
    const guard = wordGuard(['relay', 'elayi', 'rcpthosts']);
    for (const text of bothWays('550 RELAYING DENIED')) expect(guard.test(text)).toBe(true);
    for (const text of bothWays('not in my RcPtHoStS file')) expect(guard.test(text)).toBe(true);
    // ("relay" and "elayi" overlap: both end inside "relayi")
    for (const text of bothWays('Relaying')) expect(wordGuard(['elayi']).test(text)).toBe(true);
    for (const text of bothWays('550 5.1.1 user unknown')) expect(guard.test(text)).toBe(false);
    expect(guard.test('')).toBe(false);
    // (past the length where each guard reads the text itself again: a long log)
    expect(guard.test(`${'x'.repeat(70_000)} relay`)).toBe(true);
  });

  it('finds words of other scripts, and folds case as the expression did (σ and final ς alike)', () => {
    for (const [word, text, found] of [
      ['中継', 'メールの中継を拒否しました', true],
      ['παραλήπτες', 'ΠΑΡΑΛΉΠΤΕΣ ή ομάδες', true],
      ['λόγος', 'ΛΌΓΟΣ', true],
      ['weiterleitung', 'WEITERLEITUNG nicht erlaubt', true],
      ['中継', 'relay 中 継', false],
    ] as const) {
      for (const padded of bothWays(text)) expect(wordGuard([word]).test(padded)).toBe(found);
    }
    // (the scan folds ß to SS, as upper case does)
    expect(wordGuard(['große']).test(scanned('Die GROSSE Nachricht'))).toBe(true);
  });

  it('answers for a text after other texts and after the scans are forgotten', () => {
    const guard = wordGuard(['mailgun']);
    expect(guard.test(scanned('smtp.mailgun.org'))).toBe(true);
    for (let i = 0; i < 40; i++) expect(guard.test(scanned(`line ${i}`))).toBe(false);
    expect(guard.test(scanned('smtp.mailgun.org'))).toBe(true);
    forgetWordScans();
    expect(guard.test(scanned('smtp.mailgun.org'))).toBe(true);
    expect(guard.test(scanned('smtp.sendgrid.net'))).toBe(false);
  });

  it('a guard made after others have scanned finds its own words', () => {
    expect(wordGuard(['alpha']).test(scanned('beta gamma zeta'))).toBe(false);
    expect(wordGuard(['zeta']).test(scanned('beta gamma zeta'))).toBe(true);
  });

  it('passes wherever the expression of its words matches (random words and texts)', () => {
    const letters = fc.constantFrom(...'abcABCσςΣéÉ中継-. '.split(''));
    const word = fc.array(letters, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.array(letters, { maxLength: 40 }).map((cs) => cs.join('')), (words, text) => {
        if (expressionOf(words).test(text)) {
          const guard = wordGuard(words);
          expect(guard.test(text)).toBe(true);
          expect(guard.test(scanned(text))).toBe(true);
        }
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it('is never empty', () => {
    expect(() => wordGuard([])).toThrow(/at least one word/);
    expect(() => wordGuard([''])).toThrow(/never empty/);
  });
});
