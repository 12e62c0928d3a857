/**
 * A pattern behind a literal guard: words one of which every match contains. The engine scans for a
 * few literals far faster than it tries a pattern that may start at every position, and most
 * pastes hold none of the words, so the pattern is then never run.
 */
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
  if (pattern.global || pattern.sticky) throw new Error(`a guarded pattern keeps no state: /${pattern.source}/${pattern.flags}`);
  const guard = wordGuard(needs);
  const entry: GuardedPattern = {
    pattern,
    guard,
    test: (text) => guard.test(text) && pattern.test(text),
    exec: (text) => (guard.test(text) ? pattern.exec(text) : null),
  };
  GUARDED_PATTERNS.push(entry);
  return entry;
}
