/**
 * The one path from a paste to a Slack message: diagnose → buildReply → renderBlocks, plus what
 * only Slack has: the action buttons, private notes, and the message metadata that workflows read.
 * Every listener goes through here, so every surface says the same thing the same way.
 */
import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { diagnose } from '../diagnosis/index.js';
import type { Diagnosis, RelayScenario } from '../diagnosis/types.js';
import { buildReply, renderBlocks, MAILGUN_UIS, SLACK_LIMITS, type MailgunUi, type UiChoice } from '../replies/index.js';
import type { ButtonCodec } from './button-value.js';
import { METADATA_EVENT_TYPE, SHARE_ACTION, UI_ACTIONS, WHERE_ACTIONS } from './ids.js';
import type { Paste } from './paste.js';
import { NOTHING_FOUND } from './usage.js';

/** Where a reply is shown, which decides what it may say and which buttons it gets. */
export interface Presentation {
  ui: UiChoice;
  /** `public`: others can read it, so the secrets warning is sent privately instead. */
  audience: 'private' | 'public';
  /** An ephemeral reply, which gets a **Share in channel** button. */
  shareable: boolean;
}

export interface DiagnosisMetadata {
  event_type: typeof METADATA_EVENT_TYPE;
  event_payload: { scenario: string; confidence: number };
}

/** A message ready for chat.postMessage, chat.update, chat.postEphemeral or respond. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
  /** Only on diagnoses; ignored where Slack cannot store it (ephemeral messages). */
  metadata?: DiagnosisMetadata;
}

const WHERE_QUESTION = 'Where did you see this error?';
export const WHERE_ANSWERS: Readonly<Record<RelayScenario, string>> = {
  'mailgun-outgoing': 'My app sending through Mailgun SMTP',
  'mailgun-incoming': 'Someone emailing my Mailgun domain',
  'recipient-host': 'A failed event in my Mailgun logs',
};
const UI_BUTTON_TEXT: Readonly<Record<MailgunUi, string>> = {
  classic: 'Classic UI',
  beta: 'Beta UI',
  current: 'Current UI',
};
/** A person's answer settles the direction; short of certain, since people misremember. */
const ANSWERED_CONFIDENCE = 0.9;

/** block_id prefixes; the UI a message shows rides in the block id so a click can keep it. */
const BUTTONS_BLOCK = 'relaydenied_buttons';
const WHERE_BLOCK = 'relaydenied_where';

/**
 * True when the text held some mail error worth a reply: a relay denial, an error of a named kind,
 * an `other` error some rule recognised (a refused connection, a Mailgun suppression), or any SMTP code.
 */
export function holdsError(diagnosis: Diagnosis): boolean {
  if (diagnosis.scenario !== 'not-relaying-denied') return true;
  const f = diagnosis.facts;
  return (diagnosis.kind !== null && diagnosis.kind !== 'other') || diagnosis.evidence.length > 0 || f.replyCode !== null || f.enhancedCode !== null;
}

/** True for the errors a watched channel is answered on: a relay denial, whichever server said it. */
export function isRelayDenial(diagnosis: Diagnosis): boolean {
  return diagnosis.scenario !== 'not-relaying-denied';
}

/** The diagnosis after the person answered "Where did you see this error?". */
export function withAnsweredScenario(diagnosis: Diagnosis, scenario: RelayScenario): Diagnosis {
  return {
    ...diagnosis,
    scenario,
    kind: null,
    confidence: Math.max(diagnosis.confidence, ANSWERED_CONFIDENCE),
    evidence: [{ rule: 'You said where you saw it', excerpt: WHERE_ANSWERS[scenario] }, ...diagnosis.evidence],
    alternatives: [],
  };
}

export function diagnosisMetadata(diagnosis: Diagnosis): DiagnosisMetadata {
  return {
    event_type: METADATA_EVENT_TYPE,
    event_payload: { scenario: diagnosis.scenario, confidence: Math.round(diagnosis.confidence * 100) / 100 },
  };
}

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

  if (diagnosis.scenario === 'undetermined') {
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
  diagnosis: Diagnosis = diagnose(paste.text),
): Answer {
  if (holdsError(diagnosis)) return { diagnosis, message: composeDiagnosis(diagnosis, presentation, codec, paste.notes) };
  const lines = paste.notes.length > 0 && !paste.text.trim() ? paste.notes : [...paste.notes, NOTHING_FOUND];
  return { diagnosis, message: composeNotice(lines.join('\n')) };
}

export interface Answer {
  message: SlackMessage;
  /** What was diagnosed, if anything (its facts say whether the paste held a secret). */
  diagnosis: Diagnosis | null;
}

/** A short message in our own words (usage, apologies, notes). `mrkdwn` must already be escaped. */
export function composeNotice(mrkdwn: string, fallback?: string): SlackMessage {
  return {
    text: fallback ?? mrkdwn,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } } satisfies SectionBlock],
  };
}

/** The UI a clicked message was showing, from its buttons' block id. */
export function uiFromBlockId(blockId: unknown, fallback: UiChoice): UiChoice {
  if (typeof blockId !== 'string') return fallback;
  const ui = blockId.slice(blockId.indexOf(':') + 1);
  return ui === 'all' || (MAILGUN_UIS as readonly string[]).includes(ui) ? (ui as UiChoice) : fallback;
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
  return { type: 'section', text: { type: 'mrkdwn', text: `*${WHERE_QUESTION}* Pick the answer and I will update this reply for that case:` } };
}

function notesBlock(notes: string[]): ContextBlock {
  // A context block holds at most 10 elements of at most 3,000 characters each.
  return {
    type: 'context',
    elements: notes.slice(0, 10).map((note) => ({ type: 'mrkdwn', text: note.slice(0, 3000) })),
  };
}
