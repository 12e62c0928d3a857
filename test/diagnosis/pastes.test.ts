/**
 * Pastes written for the project by review rounds from KNOWLEDGE.md alone (not from the engine's
 * code), with their expected answers: a regression set beside the shared dev corpus. `either` lists
 * the answers that are equally right (a relay refusal with no Mailgun context at all); `kind` is
 * checked when the answer is not-relaying-denied (`kind_either`: kinds an expert could equally name).
 * Each paste's reply is built and rendered both ways too: a reply that throws or that Slack would
 * reject was found once only by a fresh-clone run of a one-off script (r246b-18).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose, type Facts, type Scenario } from '../../src/diagnosis/index.js';
import { buildReply, renderBlocks, renderText } from '../../src/replies/index.js';
import { expectWithinSlackLimits, texts } from '../replies/helpers.js';

interface Paste {
  file: string;
  scenario: Scenario;
  kind?: string;
  kind_either?: string[];
  either?: Scenario[];
  why: string;
  /** Facts the reviewer was sure of (rounds 15 to 27): each must be read exactly. */
  facts?: Partial<Facts>;
  expect?: Partial<Facts>;
}

// (every reviewer's set there is: a list written out by hand missed the sets of rounds 229 to 237)
const FIXTURES = join(import.meta.dirname, '../fixtures');
const sets = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('pastes') && existsSync(join(FIXTURES, name, 'cases.json')))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  .map((name) => {
    const dir = join(FIXTURES, name);
    return { name, dir, pastes: JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Paste[] };
  });

describe.each(sets)('reviewer-written pastes ($name)', ({ dir, pastes }) => {
  // (a set keeps out its known misses: some hold fewer than the 24-36 pastes written; a reply review writes 18, pastes200c keeps 17)
  it('has its cases', () => expect(pastes.length).toBeGreaterThanOrEqual(12));
  for (const p of pastes) {
    it(`${p.either?.join(' or ') ?? p.scenario}${p.kind ? ` (${p.kind})` : ''}: ${p.why.slice(0, 80)}`, () => {
      const d = diagnose(readFileSync(join(dir, p.file), 'utf8'));
      expect(p.either ?? [p.scenario], d.evidence.map((e) => e.rule).join('; ')).toContain(d.scenario);
      if (p.kind && d.scenario === 'not-relaying-denied') expect(p.kind_either ?? [p.kind]).toContain(d.kind);
      const facts = p.facts ?? p.expect;
      if (facts) expect(d.facts).toMatchObject(facts);
      const reply = buildReply(d);
      expect(renderText(reply, { ui: 'all' })).toContain(reply.headline);
      const slack = renderBlocks(reply, { ui: 'all' });
      expectWithinSlackLimits(slack);
      expect(texts(slack.blocks).filter((t) => /<[!@#]/.test(t.text))).toEqual([]);
    });
  }
});
