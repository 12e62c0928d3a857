/**
 * Block Kit for Slack. Everything that reaches mrkdwn is escaped (& < >) so a paste can never
 * mention anyone, echoed text sits in code spans so `*`, `_` and `~` cannot format, and every text
 * object is `verbatim` so Slack does not turn bare words into links or mentions.
 * Slack rejects a message over its limits, so overlong content is cut here, with a visible note.
 */
import type { ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { confidenceLine } from './build.js';
import type { Inline, Reply, RichText, UiChoice } from './model.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { plain, shorten } from './rich.js';
import { uiStepsFor } from './ui-choice.js';

export const SLACK_LIMITS = {
  blocks: 50,
  headerChars: 150,
  sectionChars: 3000,
  messageChars: 40_000,
} as const;

/** The blocks' JSON stays well below the message limit, leaving room for the caller's buttons. */
const BLOCKS_JSON_BUDGET = 30_000;
const FALLBACK_CHARS = 300;
const CUT_NOTE = '… (cut)';

// A backtick inside a code span would end it early; the modifier letter grave accent looks alike.
const codeSpan = (value: string): string => {
  const body = escapeMrkdwn(shorten(value, SLACK_LIMITS.sectionChars)).replace(/`/g, 'ˋ');
  return body ? `\`${body}\`` : '';
};

function inline(segment: Inline): string {
  switch (segment.kind) {
    case 'text':
      return escapeMrkdwn(segment.text);
    case 'label':
      return `*${escapeMrkdwn(segment.text)}*`;
    case 'code':
      return codeSpan(segment.text);
    case 'quote': {
      const span = codeSpan(segment.text);
      return span ? `“${span}”` : '“”';
    }
  }
}

const mrkdwn = (rich: RichText): string => rich.map(inline).join('');

/** Cuts escaped mrkdwn to `max` characters without splitting an entity or a surrogate pair. */
function cutMrkdwn(value: string, max: number): string {
  if (value.length <= max) return value;
  let head = value.slice(0, max - CUT_NOTE.length);
  head = head.replace(/&[a-z]{0,4}$/, '');
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head}${CUT_NOTE}`;
}

/** Splits mrkdwn lines into section-sized texts, cutting any single line that is too long. */
function sectionTexts(lines: string[]): string[] {
  const max = SLACK_LIMITS.sectionChars;
  const texts: string[] = [];
  let current = '';
  for (const raw of lines) {
    const next = cutMrkdwn(raw, max);
    if (current && current.length + 1 + next.length > max) {
      texts.push(current);
      current = next;
    } else {
      current = current ? `${current}\n${next}` : next;
    }
  }
  if (current.trim()) texts.push(current);
  return texts;
}

const section = (value: string): SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: value, verbatim: true },
});

const context = (value: string): ContextBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: value, verbatim: true }],
});

function codeBlock(title: string, code: string): SectionBlock {
  const fence = '```';
  const heading = `*${escapeMrkdwn(title)}*\n`;
  const room = SLACK_LIMITS.sectionChars - heading.length - fence.length * 2 - 2 - CUT_NOTE.length;
  let body = escapeMrkdwn(code).replace(/`{3,}/g, (run) => 'ˋ'.repeat(run.length));
  let note = '';
  if (body.length > room) {
    body = cutMrkdwn(body, room).slice(0, -CUT_NOTE.length);
    note = CUT_NOTE;
  }
  return section(`${heading}${fence}\n${body}\n${fence}${note}`);
}

const numbered = (steps: RichText[]): string[] =>
  steps.map((step, index) => `${index + 1}. ${mrkdwn(step)}`);

/** All content blocks in reading order, made lazily so a giant reply costs only what is shown. */
function* contentBlocks(reply: Reply, ui: UiChoice): Generator<KnownBlock> {
  const header: HeaderBlock = {
    type: 'header',
    text: {
      type: 'plain_text',
      text: shorten(reply.headline, SLACK_LIMITS.headerChars) || 'Relaying Denied diagnosis',
      emoji: true,
    },
  };
  yield header;
  const summary = reply.summary.flatMap((paragraph, index) => (index ? ['', mrkdwn(paragraph)] : [mrkdwn(paragraph)]));
  yield* sectionTexts(summary).map(section);
  yield context(cutMrkdwn(mrkdwn(confidenceLine(reply)), SLACK_LIMITS.sectionChars));
  if (reply.secretsWarning) {
    yield* sectionTexts([`:warning: ${mrkdwn(reply.secretsWarning)}`]).map(section);
  }

  for (const part of reply.sections) {
    const lines = [`*${escapeMrkdwn(part.heading)}*`, ...part.paragraphs.map(mrkdwn)];
    if (part.steps?.length) lines.push(...numbered(part.steps));
    for (const steps of uiStepsFor(part, ui)) {
      lines.push(`*${escapeMrkdwn(steps.title)}*`, ...numbered(steps.steps));
    }
    yield* sectionTexts(lines).map(section);
    if (part.snippet) yield codeBlock(part.snippet.title, part.snippet.code);
  }

  if (reply.evidence.length) {
    const lines = ['*Why I think so*', ...reply.evidence.map((line) => `• ${mrkdwn(line)}`)];
    yield* sectionTexts(lines).map(section);
  }
}

/** Keeps blocks in order while they fit; the rest is replaced by a note saying so. */
function fitBlocks(blocks: Iterator<KnownBlock>, maxBlocks: number): KnownBlock[] {
  const kept: KnownBlock[] = [];
  let size = 0;
  let next = blocks.next();
  while (!next.done) {
    const block = next.value;
    next = blocks.next();
    const roomForNote = next.done ? 0 : 1;
    const blockSize = JSON.stringify(block).length;
    if (kept.length + 1 + roomForNote > maxBlocks || size + blockSize > BLOCKS_JSON_BUDGET) {
      if (kept.length >= maxBlocks) kept.pop();
      kept.push(context('_Reply shortened to fit in Slack: the rest was left out._'));
      return kept;
    }
    kept.push(block);
    size += blockSize;
  }
  return kept;
}

/** The notification text: the headline and the summary's first sentence, escaped like everything else. */
function fallbackText(reply: Reply): string {
  const first = reply.summary[0] ? plain(reply.summary[0]) : '';
  const sentenceEnd = first.indexOf('. ', 20);
  const sentence = sentenceEnd > 0 ? first.slice(0, sentenceEnd + 1) : first;
  const line = sentence ? `${reply.headline}: ${sentence}` : reply.headline;
  return escapeMrkdwn(shorten(line, FALLBACK_CHARS)) || 'Relaying Denied diagnosis';
}

export function renderBlocks(
  reply: Reply,
  options: { ui: UiChoice; maxBlocks?: number },
): { text: string; blocks: KnownBlock[] } {
  const wanted = options.maxBlocks ?? SLACK_LIMITS.blocks;
  const maxBlocks = Number.isFinite(wanted)
    ? Math.max(1, Math.min(SLACK_LIMITS.blocks, Math.floor(wanted)))
    : SLACK_LIMITS.blocks;
  return { text: fallbackText(reply), blocks: fitBlocks(contentBlocks(reply, options.ui), maxBlocks) };
}
