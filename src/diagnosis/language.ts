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

/** Words shaped like a typo of "relay"/"relaying": starts with r, an l within the next three letters. */
const RELAY_CANDIDATE = /\br[a-z]{0,2}l[a-z]{1,9}\b/gi;
/** The (up to three) words after a candidate. */
const FOLLOWING_WORDS = /^[^a-z]{1,8}([a-z]{1,12})(?:[^a-z]{1,8}([a-z]{1,12}))?(?:[^a-z]{1,8}([a-z]{1,12}))?/i;
const REFUSAL_SHAPE = /^(?:d[a-z]?n|de|re[a-z]?[eu])/i;

function near(token: string, targets: readonly string[]): boolean {
  const stem = PorterStemmer.stem(token.toLowerCase());
  return targets.some((t) => stem === t || distance.DamerauLevenshteinDistance(stem, t) <= 1);
}

/**
 * A relay word followed within three words by a refusal word, each allowed one typo after
 * stemming. Only words shaped like the targets are stemmed, which keeps this cheap.
 */
export function findMisspelledRelayRefusal(text: string): string | null {
  const head = text.slice(0, MAX_CHARS);
  for (const m of head.matchAll(RELAY_CANDIDATE)) {
    if (m[0].length < 4) continue;
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // The cheap shape tests first: stemming and edit distance only for a pair that could be one.
    const words = FOLLOWING_WORDS.exec(after)?.slice(1).filter((word) => word && word.length >= 4 && REFUSAL_SHAPE.test(word));
    if (!words?.length || !near(m[0], RELAY_STEMS)) continue;
    for (const word of words) {
      if (near(word, REFUSAL_STEMS)) {
        const end = after.indexOf(word) + word.length;
        return head.slice(m.index, m.index + m[0].length + end);
      }
    }
  }
  return null;
}
