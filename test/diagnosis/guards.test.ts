/**
 * Guards are fast literal scans run before a pattern (a rule's `needs`, a secret pattern's
 * `shape`): a text without them skips the pattern. A guard that a match of its pattern can lack
 * would silently lose that match, so each is checked two ways: on strings generated to match the
 * pattern, and on every text (and every line of it) of the corpora and the regression pastes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUARDED_PATTERNS } from '../../src/diagnosis/guarded.js';
// The extractor's patterns register their guards when it loads.
import '../../src/diagnosis/extract.js';
import { namedProviders, PROVIDERS, SIGNS, STATEMENTS } from '../../src/diagnosis/providers.js';
import { SECRET_PATTERNS } from '../../src/diagnosis/redact.js';
import { RULES } from '../../src/diagnosis/rules/index.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;

interface Guarded {
  name: string;
  pattern: RegExp;
  /** True when the text passes the guard (the pattern is then tried). */
  passes: (text: string) => boolean;
}

const fresh = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));

const GUARDED: Guarded[] = [
  ...RULES.filter((rule) => rule.guard && rule.pattern).map((rule) => ({
    name: `rule ${rule.id}`,
    pattern: fresh(rule.pattern!),
    passes: (text: string) => rule.guard!.test(text),
  })),
  ...GUARDED_PATTERNS.map((entry) => ({
    name: `extractor pattern /${entry.pattern.source.slice(0, 40)}…/`,
    pattern: fresh(entry.pattern),
    passes: (text: string) => entry.guard.test(text),
  })),
  ...PROVIDERS.flatMap((provider) =>
    [SIGNS[provider].events, SIGNS[provider].words]
      .filter((pattern) => pattern !== undefined)
      .concat([STATEMENTS[provider]])
      .map((pattern) => ({ name: `${provider} sign /${pattern.source.slice(0, 40)}…/`, pattern: fresh(pattern), passes: (text: string) => namedProviders(text).includes(provider) })),
  ),
  ...SECRET_PATTERNS.filter((secret) => secret.shape).map((secret) => ({
    name: `secret pattern /${secret.pattern.source.slice(0, 40)}…/`,
    pattern: fresh(secret.pattern),
    // Its `needs` words are a deliberate condition on the context (a sasl_passwd line is redacted
    // only in a paste about SMTP); its `shape` must hold for every match.
    passes: (text: string) => secret.shape!.test(text.toLowerCase()),
  })),
];

/**
 * fast-check generates strings for a subset of the syntax (no flags, no `\b`): the generator uses
 * the pattern without them, and only generated strings the real pattern matches are checked.
 */
function generatorFor(pattern: RegExp): fc.Arbitrary<string> {
  const relaxed = new RegExp(withoutLookarounds(pattern.source.replace(/\\b/g, '').replace(/^\(\)/, '')), pattern.flags.includes('m') ? 'm' : '');
  return fc.stringMatching(relaxed);
}

/** The source without look-aheads and look-behinds, which fast-check cannot generate for. */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const lookaround = /^\(\?<?[=!]/.exec(source.slice(i, i + 4));
    if (!lookaround) {
      // An escape is copied whole, so `\(` never opens a group.
      if (source[i] === '\\') out += source[i++];
      out += source[i];
      continue;
    }
    let depth = 0;
    let inClass = false;
    for (; i < source.length; i++) {
      const ch = source[i];
      if (ch === '\\') i++;
      else if (inClass) inClass = ch !== ']';
      else if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
  }
  return out;
}

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const fixtures = resolve(import.meta.dirname, '../fixtures');
function texts(): string[] {
  const dirs = [join(corpus, 'dev'), join(corpus, 'sisimai'), ...readdirSync(fixtures).filter((d) => d.startsWith('pastes')).map((d) => join(fixtures, d))];
  const out: string[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir)) if (/\.(txt|eml)$/.test(file)) out.push(readFileSync(join(dir, file), 'utf8'));
  }
  return out;
}

describe('guards never skip a pattern that would match', () => {
  it('there are guards to check', () => {
    expect(GUARDED.length).toBeGreaterThanOrEqual(20);
  });

  it.each(GUARDED.map((g) => [g.name, g] as const))('%s: on generated matches', (_name, guarded) => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), generatorFor(guarded.pattern), fc.string({ maxLength: 20 }), (before, core, after) => {
        const text = `${before}${core}${after}`;
        if (guarded.pattern.test(text)) expect(guarded.passes(text)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  // (each distinct text and line once: the regression set grows by a hundred pastes a round, and many lines recur;
  // a budget for a loaded machine, as this reads every pattern over thousands of texts: 180 s alone, 250 to 320 s beside the
  // other test files on 2 CPUs, at 15,800 pastes and 340 rules; over 900 s beside a fixture sweep at 17,800 pastes and 363
  // patterns; it grows with both)
  it('on every corpus text and regression paste, whole and line by line', () => {
    let matched = 0;
    const pieces = new Set<string>();
    for (const text of texts()) {
      pieces.add(text);
      for (const line of text.split('\n')) pieces.add(line);
    }
    for (const piece of pieces) {
      for (const guarded of GUARDED) {
        if (!guarded.pattern.test(piece)) continue;
        matched += 1;
        expect(guarded.passes(piece), `${guarded.name} on: ${piece.slice(0, 200)}`).toBe(true);
      }
    }
    // The check saw real matches (relay refusals are in most of these texts).
    expect(matched).toBeGreaterThan(100);
  }, 1_500_000);
});
