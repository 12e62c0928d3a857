/**
 * The Slack messages' shapes and what the listeners decide with on the main thread: whether a
 * diagnosis deserves a reply, short notices, the metadata workflows read. The diagnosis replies
 * themselves are composed in compose.ts, in the engine's worker.
 */
import type { KnownBlock, SectionBlock } from '@slack/types';
import type { Diagnosis, RelayScenario } from '../diagnosis/types.js';
import { MAILGUN_UIS, type UiChoice } from '../replies/model.js';
import { METADATA_EVENT_TYPE } from './ids.js';

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

export const WHERE_ANSWERS: Readonly<Record<RelayScenario, string>> = {
  'mailgun-outgoing': 'My app sending through Mailgun SMTP',
  'mailgun-incoming': 'Someone emailing my Mailgun domain',
  'recipient-host': 'A failed event in my Mailgun logs',
};
/** A person's answer settles the direction; short of certain, since people misremember. */
const ANSWERED_CONFIDENCE = 0.9;

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
