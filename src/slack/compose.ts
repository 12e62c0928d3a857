/**
 * The one path from a diagnosis to a Slack message: buildReply → renderBlocks, plus what only Slack
 * has: the action buttons, private notes, and the message metadata that workflows read. Every
 * surface goes through here (in the engine's worker, see engine-ops.ts), so every surface says the
 * same thing the same way.
 */
import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { Diagnosis, RelayScenario } from '../diagnosis/types.js';
import { buildReply, renderBlocks, MAILGUN_UIS, SLACK_LIMITS, WHERE_SEEN_QUESTION, type MailgunUi } from '../replies/index.js';
import type { ButtonCodec } from './button-value.js';
import { SHARE_ACTION, UI_ACTIONS, WHERE_ACTIONS } from './ids.js';
import type { Paste } from './paste.js';
import { composeNotice, diagnosisMetadata, holdsError, WHERE_ANSWERS, type Answer, type Presentation, type SlackMessage } from './reply.js';
import { NOTHING_FOUND } from './usage.js';

const UI_BUTTON_TEXT: Readonly<Record<MailgunUi, string>> = {
  classic: 'Classic UI',
  beta: 'Beta UI',
  current: 'Current UI',
};
/** block_id prefixes; the UI a message shows rides in the block id so a click can keep it. */
const BUTTONS_BLOCK = 'relaydenied_buttons';
const WHERE_BLOCK = 'relaydenied_where';

/**
 * The Slack message for a diagnosis. `notes` are mrkdwn lines of our own (already escaped), shown
 * above the reply, e.g. a file that could not be read.
 */
export function composeDiagnosis(
  diagnosis: Diagnosis,
  presentation: Presentation,
  codec: ButtonCodec,
  notes: string[] = [],
): SlackMessage {
  const reply = buildReply(diagnosis);
  const shown = presentation.audience === 'public' ? { ...reply, secretsWarning: null } : reply;
  const value = codec.encode(diagnosis);
  const extra: KnownBlock[] = [];

  if (reply.asksWhereSeen) {
    extra.push(questionBlock(), {
      type: 'actions',
      block_id: `${WHERE_BLOCK}:${presentation.ui}`,
      elements: (Object.keys(WHERE_ACTIONS) as RelayScenario[]).map((scenario) =>
        button(WHERE_ACTIONS[scenario], WHERE_ANSWERS[scenario], value),
      ),
    });
  }
  const buttons: Button[] = [];
  if (reply.hasUiSteps) {
    for (const ui of MAILGUN_UIS) {
      buttons.push(button(UI_ACTIONS[ui], UI_BUTTON_TEXT[ui], value, ui === presentation.ui));
    }
  }
  if (presentation.shareable) buttons.push(button(SHARE_ACTION, 'Share in channel', value));
  if (buttons.length > 0) {
    extra.push({ type: 'actions', block_id: `${BUTTONS_BLOCK}:${presentation.ui}`, elements: buttons } satisfies ActionsBlock);
  }

  const noteBlocks = notes.length > 0 ? [notesBlock(notes)] : [];
  const content = renderBlocks(shown, { ui: presentation.ui, maxBlocks: SLACK_LIMITS.blocks - extra.length - noteBlocks.length });
  return {
    text: content.text,
    blocks: [...noteBlocks, ...content.blocks, ...extra],
    metadata: diagnosisMetadata(diagnosis),
  };
}

/**
 * The answer to someone who asked: the diagnosis when the paste held an error; otherwise what went
 * wrong with their files, or that nothing looked like an error.
 */
export function composeAnswer(
  paste: Paste,
  presentation: Presentation,
  codec: ButtonCodec,
  diagnosis: Diagnosis,
): Answer {
  if (holdsError(diagnosis)) return { diagnosis, message: composeDiagnosis(diagnosis, presentation, codec, paste.notes) };
  const lines = paste.notes.length > 0 && !paste.text.trim() ? paste.notes : [...paste.notes, NOTHING_FOUND];
  return { diagnosis, message: composeNotice(lines.join('\n')) };
}

function button(actionId: string, text: string, value: string, selected = false): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text, emoji: false },
    value,
    ...(selected ? { style: 'primary' as const } : {}),
  };
}

function questionBlock(): SectionBlock {
  // The reply itself asks the question in full; this line introduces the answers.
  return { type: 'section', text: { type: 'mrkdwn', text: `*${WHERE_SEEN_QUESTION}* Pick the answer and I will update this reply for that case:` } };
}

function notesBlock(notes: string[]): ContextBlock {
  // A context block holds at most 10 elements of at most 3,000 characters each.
  return {
    type: 'context',
    elements: notes.slice(0, 10).map((note) => ({ type: 'mrkdwn', text: note.slice(0, 3000) })),
  };
}
