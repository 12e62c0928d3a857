/**
 * A guarded pattern whose matches keep to one line runs on just the lines that hold its guard's words. That is only
 * sound when the reading of the pattern is right (nothing in it can match a line break) and when the lines found are
 * the right ones: both are checked here, the second against the plain pattern on the corpus texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUARDED_PATTERNS, guarded, type GuardedPattern } from '../../src/diagnosis/guarded.js';
// The extractor's patterns register their guards when it loads.
import '../../src/diagnosis/extract.js';
import { staysOnOneLine } from '../../src/diagnosis/line-local.js';
import { RULES } from '../../src/diagnosis/rules/index.js';
import { forgetWordScans, wordGuard } from '../../src/diagnosis/word-scan.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;

describe('staysOnOneLine', () => {
  it.each([
    [/\bfoo[ \t]+bar\b/i],
    [/[^\n?]{0,40}\?/],
    [/[^\s,;]{1,20}/],
    [/^[ \t]*relayhost[ \t]*=/im],
    [/x$/m],
    [/\p{Lu}[\p{L}.'-]{0,30}/u],
    [/(?<![\w.-])[a-z0-9.-]+@[a-z0-9.-]+/i],
    [/[\x20-\x7e\u00a0-\uffff]+/],
    [/(["'])x\1/],
    [/\d{3}[ -]\d\.\d\.\d/],
  ])('%s keeps to one line', (pattern) => {
    expect(staysOnOneLine(pattern)).toBe(true);
  });

  it.each([
    [/a\s+b/],
    [/[^?]{0,40}\?/],
    [/^x/],
    [/x$/],
    [/a\nb/],
    [/(?:^|\n)x/m],
    [/[\s\S]{0,10}/],
    [/a.b/s],
    [/\W/],
    [/\D/],
    [/[^\w]/],
    [/[\x00-\x1f]/],
    [/[\t-\r]/],
    [/\u000a/],
    [/\x0A/],
    [/\P{L}/u],
    [/\p{White_Space}/u],
    [/\cJ/],
    [/(?<=\n)x/],
    [/(?<name>a)\k<name>/],
  ])('%s may cross a line', (pattern) => {
    expect(staysOnOneLine(pattern)).toBe(false);
  });

  it('reads patterns of the rules: most of the one-line ones are recognized as such', () => {
    const withNeeds = RULES.filter((rule) => rule.guarded);
    expect(withNeeds.filter((rule) => staysOnOneLine(rule.pattern!)).length).toBeGreaterThan(50);
  });
});

describe('linesWithWords', () => {
  // (past the length under which a guard reads a text with its own expression, not the shared scan)
  const filler = Array.from({ length: 12 }, (_, i) => `line ${i} of a log with nothing in it`).join('\n');

  it('is the stretch of whole lines from the first word found to the last', () => {
    forgetWordScans();
    const text = `${filler}\nfirst Relayhost here\n${filler}\nthen smarthost there\n${filler}`;
    const lines = wordGuard(['relayhost', 'smarthost']).linesWithWords(text);
    expect(lines).not.toBeNull();
    expect(text.slice(lines!.start, lines!.end)).toMatch(/^first Relayhost here\n[\s\S]*\nthen smarthost there$/);
  });

  it('is null where the text holds no word, is short, or changes length in upper case', () => {
    forgetWordScans();
    const guard = wordGuard(['relayhost']);
    expect(guard.linesWithWords(filler)).toBeNull();
    expect(guard.linesWithWords('relayhost = [smtp.mailgun.org]:587')).toBeNull();
    // ("ß" is "SS" in upper case: the scan's places are not the text's)
    expect(guard.linesWithWords(`Straße\n${filler}\nrelayhost = x`)).toBeNull();
  });
});

describe('a one-line pattern run on the lines with its words', () => {
  it('finds the match where it is in the whole text', () => {
    forgetWordScans();
    const pattern = guarded(/\bsend(?:s|ing)?[ \t]+via[ \t]+(\w+)/i, ['via']);
    const text = `${'padding line without the word\n'.repeat(12)}We are sending via Mailgun now\nand more text after it\n${'x'.repeat(40)}`;
    const m = pattern.exec(text);
    expect(m?.index).toBe(text.indexOf('sending via'));
    expect(m?.[1]).toBe('Mailgun');
    expect(m?.input).toBe(text);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(text.replace('sending', 'posting'))).toBe(false);
  });

  /** Every guarded pattern of the engine that keeps to one line, as the engine runs it and as the plain pattern. */
  const oneLine: Array<[string, GuardedPattern]> = [
    ...RULES.filter((rule) => rule.guarded && staysOnOneLine(rule.pattern!)).map((rule) => [`rule ${rule.id}`, rule.guarded!] as [string, GuardedPattern]),
    ...GUARDED_PATTERNS.filter((entry) => staysOnOneLine(entry.pattern)).map((entry) => [`/${entry.pattern.source.slice(0, 40)}…/`, entry] as [string, GuardedPattern]),
  ];

  const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
  const lines = ['dev', 'sisimai'].flatMap((dir) =>
    readdirSync(join(corpus, dir))
      .filter((file) => /\.(txt|eml)$/.test(file))
      .flatMap((file) => readFileSync(join(corpus, dir, file), 'utf8').split('\n')),
  );

  const same = (entry: GuardedPattern, text: string) => {
    const plain = entry.pattern.exec(text);
    const scoped = entry.exec(text);
    expect(scoped?.index, text.slice(0, 300)).toBe(plain?.index);
    expect(scoped?.[0]).toBe(plain?.[0]);
    expect(entry.test(text)).toBe(plain !== null);
  };

  it('finds what the plain pattern finds, on the corpus texts', () => {
    expect(oneLine.length).toBeGreaterThan(100);
    const texts = ['dev', 'sisimai'].flatMap((dir) =>
      readdirSync(join(corpus, dir))
        .filter((file) => /\.(txt|eml)$/.test(file))
        .map((file) => readFileSync(join(corpus, dir, file), 'utf8')),
    );
    for (const text of texts) {
      for (const [, entry] of oneLine) same(entry, text);
      forgetWordScans();
    }
  });

  it('finds what the plain pattern finds, on corpus lines shuffled together', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { minLength: 5, maxLength: 40 }), fc.constantFrom(...oneLine), (picked, [, entry]) => {
        same(entry, picked.join('\n'));
        forgetWordScans();
      }),
      { numRuns: RUNS },
    );
  });
});
