/**
 * Rules are data: each names what it stands for, what it looks at and how much it weighs. They are
 * validated with zod when loaded, so a malformed rule fails at start-up (and in the tests), not on
 * a user's paste.
 */
import { z } from 'zod';
import { ERROR_KINDS } from '../types.js';
import { wordGuard, type WordGuard } from '../word-scan.js';

export const RULE_TARGETS = [
  'relay',
  'mailgun-outgoing',
  'mailgun-incoming',
  'recipient-host',
  ...ERROR_KINDS.map((k) => `kind:${k}` as const),
] as const;
export type RuleTarget = (typeof RULE_TARGETS)[number];

/** Where a pattern is looked for. */
export const SCOPES = ['reply', 'error', 'text'] as const;
export type Scope = (typeof SCOPES)[number];

const regexSource = z.string().min(2).refine((source) => {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are kebab-case'),
    name: z.string().min(5).max(80),
    target: z.enum(RULE_TARGETS),
    /** Positive: evidence for the target; negative: evidence against it. */
    weight: z.number().min(-1).max(1).refine((w) => w !== 0, 'a rule with weight 0 does nothing'),
    /** A feature the extractor sets (see extract.ts), e.g. `refusing-host:mailgun-smtp`. */
    feature: z.string().min(3).optional(),
    /** A feature that, when the extractor sets it, turns this rule off (stronger evidence settles the question). */
    unless: z.string().min(3).optional(),
    /** Regular expressions (case-insensitive; a space stands for any run of whitespace). */
    patterns: z.array(regexSource).min(1).optional(),
    /**
     * Words (lower case) one of which every match of the patterns contains: a fast literal scan
     * first, for patterns the engine would otherwise try at every position of the text.
     */
    // (one word each: a blank in a pattern stands for any white space, so a guard word with a blank in it could miss a match)
    needs: z.array(z.string().min(2).regex(/^[^A-Z]+$/, 'lower case').regex(/^\S+$/, 'one word, no blank')).min(1).optional(),
    scope: z.enum(SCOPES).default('text'),
    /**
     * A fact for the reply's advice, not evidence of the answer (where the app runs: cron, Compose, Kubernetes):
     * it weighs nothing, it stays in the diagnosis's evidence, and the reply does not list it under "Why I think so".
     */
    context: z.literal(true).optional(),
    /** The reply quotes what the match says (what the ticket says was checked): its excerpt is the match itself, not the line around it. */
    quoted: z.literal(true).optional(),
    /** An ask the reply reads further (whom a message is for, in which language): its excerpt runs on after the match, from its sentence's start. */
    ask: z.literal(true).optional(),
  })
  .strict()
  .refine((r) => (r.feature === undefined) !== (r.patterns === undefined), 'a rule has either a feature or patterns')
  .refine((r) => r.needs === undefined || r.patterns !== undefined, 'only a rule with patterns needs words');

export type RuleData = z.input<typeof RuleSchema>;

export interface CompiledRule {
  id: string;
  name: string;
  target: RuleTarget;
  weight: number;
  feature: string | undefined;
  unless: string | undefined;
  /** All patterns of the rule joined into one expression. */
  pattern: RegExp | undefined;
  /** The `needs` words, tested before `pattern`. */
  guard: WordGuard | undefined;
  scope: Scope;
  context: boolean;
  quoted: boolean;
  ask: boolean;
}

/** The longest a rule's joined expression may be: V8 leaves one over 20 KB of source unoptimized (kRegExpTooLargeToOptimize). */
const MAX_PATTERN_SOURCE = 20_000;

export function compileRules(data: readonly RuleData[]): CompiledRule[] {
  const seen = new Set<string>();
  return data.map((raw) => {
    const rule = RuleSchema.parse(raw);
    if (seen.has(rule.id)) throw new Error(`duplicate rule id: ${rule.id}`);
    seen.add(rule.id);
    const pattern = rule.patterns ? joinPatterns(rule.patterns) : undefined;
    if (pattern && pattern.source.length > MAX_PATTERN_SOURCE) {
      throw new Error(`rule ${rule.id}: its patterns come to ${pattern.source.length} characters, over ${MAX_PATTERN_SOURCE}: V8 stops optimizing an expression that long (about ten times slower on a long paste); split the rule in two`);
    }
    const guard = rule.needs ? wordGuard(rule.needs) : undefined;
    return { id: rule.id, name: rule.name, target: rule.target, weight: rule.weight, feature: rule.feature, unless: rule.unless, pattern, guard, scope: rule.scope, context: rule.context === true, quoted: rule.quoted === true, ask: rule.ask === true };
  });
}

// (`text` as a pattern that matches exactly it: the guards' module writes such patterns too)
export { escapeLiteral } from '../word-scan.js';

/**
 * One case-insensitive expression for a list of patterns. A space between words matches any run of
 * whitespace (a reply wrapped over lines); a space inside a character class stays a space.
 */
export function joinPatterns(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${spacesToWhitespace(p)})`).join('|'), 'i');
}

function spacesToWhitespace(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === ' ' && pattern[i + 1] === '?' && !inClass) {
      // `black ?list`: the space is optional ("blacklist", "black list"), not a lazy `\s+?`.
      out += String.raw`\s*`;
      i++;
    } else if (ch === ' ' && !inClass) out += String.raw`\s+`;
    else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}
