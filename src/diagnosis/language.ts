/**
 * The one place that touches `natural`: stems and edit distance, used to recognise a relay refusal
 * typed by hand with a misspelling ("relay denid", "realying denied"), and a Route's address one
 * letter away from the refused one.
 * Submodules only: natural's root import loads database drivers and takes over a second.
 */
import distance from 'natural/lib/natural/distance/index.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** A hand-typed error is short: misspellings are looked for in the first few KiB only. */
const MAX_CHARS = 8 * 1024;

const RELAY_STEMS = ['relai', 'relay'];
const REFUSAL_STEMS = ['deni', 'deny', 'refus', 'reject'];
/** Whole words too: a slip the stemmer leaves whole ("relayirg") is one letter from "relaying". */
const RELAY_WORDS = ['relaying', 'relayed'];
const REFUSAL_WORDS = ['denied', 'refused', 'rejected'];
/** Exim's "relay not permitted" and its kin, after a "not": "Relaying not permited", "relay not alowed". */
const NEGATED_STEMS = ['permit', 'allow'];
const NEGATED_WORDS = ['permitted', 'allowed'];

/** Words shaped like a typo of "relay"/"relaying": starts with r, an l within the next three letters (or OCR's 1 for it: "Re1aying"). */
const RELAY_CANDIDATE = /\br[a-z]{0,2}[l1][a-z]{1,9}\b/gi;
/** The (up to three) words after a candidate. */
const FOLLOWING_WORDS = /^[^a-z]{1,8}([a-z]{1,12})(?:[^a-z]{1,8}([a-z]{1,12}))?(?:[^a-z]{1,8}([a-z]{1,12}))?/i;
const REFUSAL_SHAPE = /^(?:d[a-z]?n|de|re[a-z]?[eu])/i;
/** The nouns, spelled right: a person's name for a kind of error ("qmail relay refusal"), no server's misspelt words. */
const REFUSAL_NOUN = /^(?:refusals?|rejections?|denials?)$/i;

/** How many letters (inserted, removed, changed or swapped) turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  return distance.DamerauLevenshteinDistance(a, b);
}

function near(token: string, stems: readonly string[], words: readonly string[]): boolean {
  const word = token.toLowerCase();
  const stem = PorterStemmer.stem(word);
  const within1 = (a: string, b: string) => a === b || distance.DamerauLevenshteinDistance(a, b) <= 1;
  return stems.some((t) => within1(stem, t)) || words.some((w) => within1(word, w));
}

/**
 * A relay word followed within three words by a refusal word, each allowed one typo after
 * stemming. Only words shaped like the targets are stemmed, which keeps this cheap.
 */
/** A question mark closing the words' own short clause (not a quoted error's, `"relay denid" errors, what now?`). */
const QUESTION_AFTER = /^[^\n.!,;"'“”‘’]{0,12}\?/;

export function findMisspelledRelayRefusal(text: string): string | null {
  const head = text.slice(0, MAX_CHARS);
  for (const m of head.matchAll(RELAY_CANDIDATE)) {
    // (not "replay" or "reply": a webhook's "replay rejected", a server's "reply not allowed" are one letter from "relay" too)
    if (m[0].length < 4 || /^rep/i.test(m[0])) continue;
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // The cheap shape tests first: stemming and edit distance only for a pair that could be one.
    const following = FOLLOWING_WORDS.exec(after)?.slice(1);
    const negated = following?.[0]?.toLowerCase() === 'not' && following[1] !== undefined && following[1].length >= 5 ? following[1] : null;
    const words = following?.filter((word) => word && word.length >= 4 && REFUSAL_SHAPE.test(word) && !REFUSAL_NOUN.test(word));
    if ((!words?.length && !negated) || !near(m[0].replace(/1/g, 'l'), RELAY_STEMS, RELAY_WORDS)) continue;
    for (const word of negated ? [negated] : words!) {
      if (negated ? near(word, NEGATED_STEMS, NEGATED_WORDS) : near(word, REFUSAL_STEMS, REFUSAL_WORDS)) {
        const end = after.indexOf(word) + word.length;
        // (not a person's question, "is Mailgun relaying-denying us?": a guess, not a server's words)
        if (QUESTION_AFTER.test(after.slice(end))) break;
        return head.slice(m.index, m.index + m[0].length + end);
      }
    }
  }
  return null;
}
