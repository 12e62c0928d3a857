/**
 * The one place that touches `natural`: stems and edit distance, used to recognise a relay refusal
 * typed by hand with a misspelling ("relay denid", "realying denied").
 * Submodules only: natural's root import loads database drivers and takes over a second.
 */
import distance from 'natural/lib/natural/distance/index.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** A hand-typed error is short: misspellings are looked for in the first few KiB only. */
const MAX_CHARS = 8 * 1024;

const RELAY_STEMS = ['relai', 'relay'];
const REFUSAL_STEMS = ['deni', 'deny', 'refus', 'reject'];

const RELAY_SHAPE = /^r[a-z]?[a-z]?l/i;
const REFUSAL_SHAPE = /^(?:d[a-z]?n|de|re[a-z]?[eu])/i;

/** Words of 4 to 12 letters (typos keep a word's length within one of its original). */
const WORD = /[A-Za-z]{4,12}/g;

function near(token: string, targets: readonly string[]): boolean {
  const stem = PorterStemmer.stem(token.toLowerCase());
  return targets.some((t) => stem === t || distance.DamerauLevenshteinDistance(stem, t) <= 1);
}

/**
 * A relay word followed within two words by a refusal word, each allowed one typo after
 * stemming. Only words that start like the targets are stemmed, which keeps this cheap.
 */
export function findMisspelledRelayRefusal(text: string): string | null {
  const words = [...text.slice(0, MAX_CHARS).matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0];
    // Cheap shape checks first: only words that could be a typo of the target are stemmed.
    if (!RELAY_SHAPE.test(word) || !near(word, RELAY_STEMS)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
      const next = words[j]![0];
      if (REFUSAL_SHAPE.test(next) && near(next, REFUSAL_STEMS)) {
        const start = words[i]!.index!;
        return text.slice(start, words[j]!.index! + next.length);
      }
    }
  }
  return null;
}
