/**
 * A pattern behind a literal guard: words one of which every match contains. The engine scans for a
 * few literals far faster than it tries a pattern that may start at every position, and most
 * pastes hold none of the words, so the pattern is then never run. When the text does hold one and
 * the pattern's matches keep to one line, it runs on just the lines from the first word to the last.
 */
import { staysOnOneLine } from './line-local.js';
import { wordGuard, type WordGuard } from './word-scan.js';

export interface GuardedPattern {
  readonly pattern: RegExp;
  readonly guard: WordGuard;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * Every guarded pattern, for test/diagnosis/guards.test.ts: a guard a match can lack would
 * silently lose that match.
 */
export const GUARDED_PATTERNS: GuardedPattern[] = [];

/** `pattern` (not global or sticky: the guard would skip its lastIndex bookkeeping) behind `needs`. */
export function guarded(pattern: RegExp, needs: readonly string[]): GuardedPattern {
  const entry = guardedBy(pattern, wordGuard(needs));
  GUARDED_PATTERNS.push(entry);
  return entry;
}

/** `pattern` behind `guard`, not listed for the guards' test (a rule's, which that test reads from the rules). */
export function guardedBy(pattern: RegExp, guard: WordGuard): GuardedPattern {
  if (pattern.global || pattern.sticky) throw new Error(`a guarded pattern keeps no state: /${pattern.source}/${pattern.flags}`);
  const oneLine = staysOnOneLine(pattern);
  /**
   * The text to run the pattern on: the lines with the guard's words, where every match is (a match, with all it
   * looks at, is on one line that holds one of the words), or null when the text holds none.
   */
  const haystack = (text: string): { text: string; offset: number } | null => {
    if (!guard.test(text)) return null;
    const lines = oneLine ? guard.linesWithWords(text) : null;
    if (lines === null || (lines.start === 0 && lines.end === text.length)) return { text, offset: 0 };
    return { text: text.slice(lines.start, lines.end), offset: lines.start };
  };
  return {
    pattern,
    guard,
    test(text) {
      const within = haystack(text);
      return within !== null && pattern.test(within.text);
    },
    exec(text) {
      const within = haystack(text);
      if (within === null) return null;
      const m = pattern.exec(within.text);
      if (m !== null && within.offset > 0) {
        m.index += within.offset;
        m.input = text;
      }
      return m;
    },
  };
}
