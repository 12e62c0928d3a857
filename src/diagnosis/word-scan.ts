/**
 * The guards' words (a rule's `needs`, a guarded pattern's), all looked for in one pass over a text: an
 * Aho-Corasick automaton over every word. Some 260 guards run on the same few texts of a diagnosis (the
 * paste, its error lines, its reply lines); one scan of each text, then a lookup per guard, replaces a
 * scan per guard (for texts of middling length: see SHORT_TEXT and LONG_TEXT).
 */

/**
 * Case folds by upper case, text and words alike: a word the guard's old case-insensitive expression (`/…/i`,
 * which compares upper cases) found in a text, the upper-cased text holds upper-cased (σ and final ς both fold to Σ).
 * Never fewer hits, so never a lost match: at most a pattern tried that cannot match.
 */
const fold = (text: string) => text.toUpperCase();

const wordIds = new Map<string, number>();

/** A guard: true when the text holds one of its words, in any case. */
export interface WordGuard {
  readonly words: readonly string[];
  test(text: string): boolean;
}

export function wordGuard(words: readonly string[]): WordGuard {
  if (words.length === 0) throw new Error('a guard needs at least one word');
  const ids = words.map((word) => {
    const folded = fold(word);
    if (folded.length === 0) throw new Error('a guard word is never empty');
    let id = wordIds.get(folded);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(folded, id);
      // (a new word: a new automaton, and the scans made without it know nothing of it, their arrays one short)
      automaton = null;
      scans.clear();
      spare = [];
    }
    return id;
  });
  // (for a short text or a long one, the guard's own expression: see SHORT_TEXT and LONG_TEXT)
  let expression: RegExp | undefined;
  return {
    words,
    test(text) {
      if (text.length < SHORT_TEXT || text.length > LONG_TEXT) return (expression ??= new RegExp(words.map(escapeLiteral).join('|'), 'i')).test(text);
      const found = wordsIn(text);
      for (const id of ids) if (found[id] === 1) return true;
      return false;
    },
  };
}

/**
 * Below this length a text is scanned guard by guard: a line that one or two guards read costs less so than a scan
 * of its own (its bookkeeping, a kept array of every word). Above LONG_TEXT too, each guard stopping at its first
 * word: in a long log the words turn up early, where one scan reads the whole text (10 ns a character).
 * (A 1 MiB log read line by line took a fifth more time with a scan per line.)
 */
const SHORT_TEXT = 256;
const LONG_TEXT = 64 * 1024;

/** `text` as a pattern that matches exactly it. */
export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Automaton {
  /** The next state for each state and ASCII character class (`state * classes + class`). */
  ascii: Uint16Array;
  classes: number;
  /** The class of each ASCII code unit (0 for one in no word). */
  asciiClass: Uint8Array;
  /** The trie's edges on other code units (`edgeKey`), for the failure-link walk. */
  wide: Map<number, number>;
  /** Code units above ASCII that some word holds: any other resets to the root. */
  wideUnits: Set<number>;
  fail: Uint16Array;
  /** The words that end at each state, its own and its failure chain's ... */
  ends: Map<number, readonly number[]>;
  /** ... and whether any does, the check made at each character. */
  ending: Uint8Array;
}

let automaton: Automaton | null = null;

/** An edge of the trie as one number: its state and code unit. */
const edgeKey = (state: number, unit: number) => state * 0x10000 + unit;

// (flat arrays and one map of edges, not a map per state: some 6,000 states, and the bot's peak memory is measured)
function build(): Automaton {
  const asciiClass = new Uint8Array(128);
  let classes = 1;
  const wideUnits = new Set<number>();
  let size = 1;
  for (const word of wordIds.keys()) {
    size += word.length;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      if (unit >= 128) wideUnits.add(unit);
      else if (asciiClass[unit] === 0) asciiClass[unit] = classes++;
    }
  }
  // (states fit in 16 bits with room to spare: some 6,000 for 900 words)
  if (size > 0xffff) throw new Error(`the guards' words make up to ${size} states, more than a 16-bit table holds`);
  // The trie: its edges, and each state's children as a list (first child, next sibling) for the walk below.
  const edges = new Map<number, number>();
  const unitOf = new Uint16Array(size);
  const firstChild = new Uint16Array(size);
  const nextSibling = new Uint16Array(size);
  const own = new Map<number, number[]>();
  let states = 1;
  for (const [word, id] of wordIds) {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      let next = edges.get(edgeKey(state, unit));
      if (next === undefined) {
        next = states++;
        edges.set(edgeKey(state, unit), next);
        unitOf[next] = unit;
        nextSibling[next] = firstChild[state]!;
        firstChild[state] = next;
      }
      state = next;
    }
    own.set(state, [...(own.get(state) ?? []), id]);
  }
  const fail = new Uint16Array(states);
  const ascii = new Uint16Array(states * classes);
  const wide = new Map<number, number>();
  const ends = new Map<number, readonly number[]>();
  const ending = new Uint8Array(states);
  // Breadth first: a state's failure target is shallower, so done before it.
  const queue = new Uint16Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const merged = [...(own.get(state) ?? []), ...(state === 0 ? [] : (ends.get(fail[state]!) ?? []))];
    if (merged.length > 0) {
      ends.set(state, merged);
      ending[state] = 1;
    }
    if (state !== 0) ascii.copyWithin(state * classes, fail[state]! * classes, fail[state]! * classes + classes);
    for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
      const unit = unitOf[child]!;
      fail[child] = state === 0 ? 0 : step(edges, fail, fail[state]!, unit);
      if (unit < 128) ascii[state * classes + asciiClass[unit]!] = child;
      else wide.set(edgeKey(state, unit), child);
      queue[tail++] = child;
    }
  }
  return { ascii, classes, asciiClass, wide, wideUnits, fail, ends, ending };
}

/** The trie's transition on `unit` from `state`, following failure links. */
function step(edges: ReadonlyMap<number, number>, fail: Uint16Array, state: number, unit: number): number {
  for (;;) {
    const next = edges.get(edgeKey(state, unit));
    if (next !== undefined) return next;
    if (state === 0) return 0;
    state = fail[state]!;
  }
}

/**
 * Scans done, by text: a diagnosis runs its guards on the same few texts over and over. Kept for the
 * last few texts only, and forgotten after each diagnosis (`forgetWordScans`), so no paste stays in memory.
 */
const scans = new Map<string, Uint8Array>();
const MAX_SCANS = 16;
/**
 * The arrays of words found, reused from scan to scan: a new one per scan (a few per diagnosis) grew the bot's
 * peak memory by some 10 MiB over 500 answers, each array's memory outside the heap and freed late.
 */
let spare: Uint8Array[] = [];

function wordsIn(text: string): Uint8Array {
  let found = scans.get(text);
  if (found === undefined) {
    if (scans.size >= MAX_SCANS) {
      const oldest = scans.keys().next().value!;
      spare.push(scans.get(oldest)!);
      scans.delete(oldest);
    }
    found = spare.pop() ?? new Uint8Array(wordIds.size);
    scan(text, found);
    scans.set(text, found);
  }
  return found;
}

export function forgetWordScans(): void {
  for (const found of scans.values()) spare.push(found);
  scans.clear();
}

function scan(text: string, found: Uint8Array): void {
  const a = (automaton ??= build());
  found.fill(0);
  const folded = fold(text);
  const { ascii, classes, asciiClass, wide, wideUnits, fail, ends, ending } = a;
  let state = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (unit < 128) state = ascii[state * classes + asciiClass[unit]!]!;
    else state = wideUnits.has(unit) ? step(wide, fail, state, unit) : 0;
    if (ending[state] === 1) for (const id of ends.get(state)!) found[id] = 1;
  }
}
