/**
 * The guards' words (a rule's `needs`, a guarded pattern's), all looked for in one pass over a text: an
 * Aho-Corasick automaton over every word. Some 260 guards run on the same few texts of a diagnosis (the
 * paste, its error lines, its reply lines); one scan of each text, then a lookup per guard, replaces a
 * scan per guard.
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
      // (a new word: a new automaton, and the scans made without it know nothing of it)
      automaton = null;
      scans.clear();
    }
    return id;
  });
  return {
    words,
    test(text) {
      const found = wordsIn(text);
      for (const id of ids) if (found[id] === 1) return true;
      return false;
    },
  };
}

interface Automaton {
  /** The next state for each state and ASCII character class (`state * classes + class`). */
  ascii: Uint16Array;
  classes: number;
  /** The class of each ASCII code unit (0 for one in no word). */
  asciiClass: Uint8Array;
  /** The trie's edges on other code units, for the failure-link walk. */
  wide: Array<Map<number, number> | undefined>;
  /** Code units above ASCII that some word holds: any other resets to the root. */
  wideUnits: Set<number>;
  fail: Int32Array;
  /** The words that end at each state, its own and its failure chain's ... */
  ends: Array<readonly number[] | undefined>;
  /** ... and whether any does, the check made at each character. */
  ending: Uint8Array;
}

let automaton: Automaton | null = null;

function build(): Automaton {
  const asciiClass = new Uint8Array(128);
  let classes = 1;
  const wideUnits = new Set<number>();
  for (const word of wordIds.keys()) {
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      if (unit >= 128) wideUnits.add(unit);
      else if (asciiClass[unit] === 0) asciiClass[unit] = classes++;
    }
  }
  // The trie, its edges by code unit.
  const edges: Array<Map<number, number>> = [new Map()];
  const own: number[][] = [[]];
  for (const [word, id] of wordIds) {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      let next = edges[state]!.get(unit);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        own.push([]);
        edges[state]!.set(unit, next);
      }
      state = next;
    }
    own[state]!.push(id);
  }
  const states = edges.length;
  const fail = new Int32Array(states);
  // (states fit in 16 bits with room to spare: some 6,000 for 900 words)
  if (states > 0xffff) throw new Error(`the guards' words make ${states} states, more than a 16-bit table holds`);
  const ascii = new Uint16Array(states * classes);
  const wide: Array<Map<number, number> | undefined> = new Array(states);
  const ends: Array<readonly number[] | undefined> = new Array(states);
  const ending = new Uint8Array(states);
  // Breadth first: a state's failure target is shallower, so done before it.
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const merged = state === 0 ? own[0]! : [...own[state]!, ...(ends[fail[state]!] ?? [])];
    if (merged.length > 0) {
      ends[state] = merged;
      ending[state] = 1;
    }
    for (let c = 1; c < classes; c++) ascii[state * classes + c] = state === 0 ? 0 : ascii[fail[state]! * classes + c]!;
    for (const [unit, child] of edges[state]!) {
      fail[child] = state === 0 ? 0 : step(edges, fail, fail[state]!, unit);
      if (unit < 128) ascii[state * classes + asciiClass[unit]!] = child;
      else (wide[state] ??= new Map()).set(unit, child);
      queue.push(child);
    }
  }
  return { ascii, classes, asciiClass, wide, wideUnits, fail, ends, ending };
}

/** The trie's transition on `unit` from `state`, following failure links (used for the build and for wide units). */
function step(edges: ReadonlyArray<ReadonlyMap<number, number>>, fail: Int32Array, state: number, unit: number): number {
  for (;;) {
    const next = edges[state]!.get(unit);
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

function wordsIn(text: string): Uint8Array {
  let found = scans.get(text);
  if (found === undefined) {
    found = scan(text);
    if (scans.size >= MAX_SCANS) scans.delete(scans.keys().next().value!);
    scans.set(text, found);
  }
  return found;
}

export function forgetWordScans(): void {
  scans.clear();
}

function scan(text: string): Uint8Array {
  const a = (automaton ??= build());
  const found = new Uint8Array(wordIds.size);
  const folded = fold(text);
  const { ascii, classes, asciiClass, wide, wideUnits, fail, ends, ending } = a;
  let state = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (unit < 128) state = ascii[state * classes + asciiClass[unit]!]!;
    else if (!wideUnits.has(unit)) state = 0;
    else {
      for (;;) {
        const next = wide[state]?.get(unit);
        if (next !== undefined) {
          state = next;
          break;
        }
        if (state === 0) break;
        state = fail[state]!;
      }
    }
    if (ending[state] === 1) for (const id of ends[state]!) found[id] = 1;
  }
  return found;
}
