/**
 * The one place that touches `natural`: word tokens, stems and edit distance, used to recognise a
 * relay refusal typed by hand with a misspelling ("relay denid", "relaying deined").
 * Submodules only: natural's root import loads database drivers and takes over a second.
 */
import distance from 'natural/lib/natural/distance/index.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';

const tokenizer = new WordTokenizer();
/** Misspellings are looked for in the first words only: a hand-typed error is short. */
const MAX_TOKENS = 4000;

export interface FuzzyHit {
  /** The words as typed. */
  excerpt: string;
}

const RELAY_STEMS = ['relai', 'relay'];
const REFUSAL_STEMS = ['deni', 'deny', 'refus', 'reject'];

function near(stem: string, targets: readonly string[]): boolean {
  return targets.some((t) => stem === t || (stem.length >= 4 && distance.DamerauLevenshteinDistance(stem, t) <= 1));
}

function stemOf(token: string): string {
  return PorterStemmer.stem(token.toLowerCase());
}

/**
 * A relay word followed within two words by a refusal word, each allowed one typo after
 * stemming ("relay denid", "realying denied", "relaying was deneid").
 */
export function findMisspelledRelayRefusal(text: string): FuzzyHit | null {
  const tokens = tokenizer.tokenize(text.slice(0, 64 * 1024)).slice(0, MAX_TOKENS);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (word.length < 4 || word.length > 12 || !near(stemOf(word), RELAY_STEMS)) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const next = tokens[j]!;
      if (next.length >= 4 && next.length <= 12 && near(stemOf(next), REFUSAL_STEMS)) {
        return { excerpt: tokens.slice(i, j + 1).join(' ') };
      }
    }
  }
  return null;
}
