/** Hand-made diagnoses for reply tests (independent of the engine's current output), and the reviewers' pastes read through the engine. */
import type { KnownBlock } from '@slack/types';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { EMPTY_FACTS } from '../../src/diagnosis/schema.js';
import type { Diagnosis, Facts } from '../../src/diagnosis/types.js';
import { buildReply, type Inline, type Reply, type RichText } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

export function makeFacts(overrides: Partial<Facts> = {}): Facts {
  return { ...EMPTY_FACTS, replyCode: 550, enhancedCode: '5.7.1', command: 'RCPT TO', ...overrides };
}

export function makeDiagnosis(
  overrides: Partial<Omit<Diagnosis, 'facts'>> = {},
  facts: Partial<Facts> = {},
): Diagnosis {
  return {
    scenario: 'undetermined',
    kind: null,
    confidence: 0.9,
    summary: 'test diagnosis',
    evidence: [{ rule: 'relay phrase', excerpt: '550 5.7.1 Relaying denied' }],
    alternatives: [],
    ...overrides,
    facts: makeFacts(facts),
  };
}

/** Every RichText in a reply, with where it came from. */
export function allRich(reply: Reply): RichText[] {
  const out: RichText[] = [...reply.summary, ...reply.evidence];
  if (reply.secretsWarning) out.push(reply.secretsWarning);
  for (const section of reply.sections) {
    out.push(...section.paragraphs, ...(section.steps ?? []));
    for (const ui of section.uiSteps ?? []) out.push(...ui.steps);
  }
  return out;
}

export const segments = (reply: Reply): Inline[] => allRich(reply).flat();

export const labels = (rich: RichText[]): string[] =>
  rich.flat().filter((s) => s.kind === 'label').map((s) => s.text);

/** A reviewer's paste of a fixture set (`pastes190c`, `c190-03`). */
export const fixturePaste = (set: string, name: string): string => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
/** The reply to `text` as plain text, with the current UI's steps. */
export const replyText = (text: string): string => renderText(buildReply(diagnose(text)), { ui: 'current' });
/** The section of a rendered reply whose heading starts with `heading`: its heading and its paragraphs, up to the next section ('' when none). */
export const sectionOf = (reply: string, heading: string): string => {
  const at = reply.indexOf(heading);
  return at < 0 ? '' : reply.slice(at).split(/\n\n(?=\S[^\n]*\n-{5,})/)[0]!;
};
/** The customer-message section of a rendered reply ('' when none). */
export const messageSection = (reply: string): string => sectionOf(reply, 'What you can tell');

/** The paragraph of a rendered reply that holds its Fix line. */
export const fixLineOf = (reply: string): string => reply.split('\n\n').find((p) => p.startsWith('Fix:')) ?? '';
/** A reply's first paragraphs: where the answers to the person's own questions stand. */
export const leadOf = (reply: string, paragraphs = 3): string => reply.split('\n\n').slice(0, paragraphs).join('\n\n');

/** Sample pastes of the three relay refusals, for the tests of answers to questions asked beside them. */
export const OUTGOING = "SMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nhost smtp.mailgun.org port 587";
export const INCOMING = '<info@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
export const RECIPIENT_HOST = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';

export interface BlockText {
  type: string;
  kind: string;
  text: string;
  verbatim?: boolean | undefined;
}

/** Every text object in the blocks, with its block type. */
export function texts(blocks: KnownBlock[]): BlockText[] {
  return blocks.flatMap((block): BlockText[] => {
    if (block.type === 'header') return [{ type: 'header', kind: block.text.type, text: block.text.text }];
    if (block.type === 'section' && block.text) {
      return [{ type: 'section', kind: block.text.type, text: block.text.text, verbatim: 'verbatim' in block.text ? block.text.verbatim : undefined }];
    }
    if (block.type === 'context') {
      return block.elements.flatMap((el) =>
        el.type === 'mrkdwn' ? [{ type: 'context', kind: 'mrkdwn', text: el.text, verbatim: el.verbatim }] : [{ type: 'context', kind: 'unknown', text: '' }],
      );
    }
    return [{ type: block.type, kind: 'unknown', text: '' }];
  });
}

/** What Slack would reject: too many blocks, an empty or overlong text object, a message over 40,000 characters. */
export function expectWithinSlackLimits(result: { text: string; blocks: KnownBlock[] }, maxBlocks = 50): void {
  expect(result.blocks.length).toBeLessThanOrEqual(maxBlocks);
  expect(result.blocks.length).toBeGreaterThan(0);
  for (const t of texts(result.blocks)) {
    expect(t.kind).not.toBe('unknown');
    expect(t.text.length).toBeGreaterThan(0);
    if (t.type === 'header') expect(t.text.length).toBeLessThanOrEqual(150);
    else expect(t.text.length).toBeLessThanOrEqual(3000);
  }
  expect(JSON.stringify(result).length).toBeLessThan(40_000);
}
