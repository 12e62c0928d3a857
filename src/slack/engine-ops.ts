/**
 * The CPU-heavy part of answering: diagnosing a paste and composing the Slack message. These run
 * in the engine's worker thread (engine-worker.ts), so they must take and return only plain data
 * that survives structured cloning.
 */
import { diagnose } from '../diagnosis/index.js';
import type { Diagnosis } from '../diagnosis/types.js';
import type { ButtonCodec } from './button-value.js';
import type { Paste } from './paste.js';
import { composeAnswer, composeDiagnosis } from './compose.js';
import type { Answer, Presentation, SlackMessage } from './reply.js';

export interface EngineOps {
  diagnose(text: string): Diagnosis;
  composeDiagnosis(diagnosis: Diagnosis, presentation: Presentation, notes?: string[]): SlackMessage;
  /** The reply to a paste; `diagnosis` when the caller already has it (a shortcut composes twice). */
  composeAnswer(paste: Paste, presentation: Presentation, diagnosis?: Diagnosis): Answer;
  /** The diagnosis a button's value carries, or null for a value that is not ours (see button-value.ts). */
  decodeButton(value: unknown): Diagnosis | null;
}

export function engineOps(codec: ButtonCodec): EngineOps {
  return {
    diagnose: (text) => diagnose(text),
    composeDiagnosis: (diagnosis, presentation, notes = []) => composeDiagnosis(diagnosis, presentation, codec, notes),
    composeAnswer: (paste, presentation, diagnosis = diagnose(paste.text)) => composeAnswer(paste, presentation, codec, diagnosis),
    decodeButton: (value) => codec.decode(value),
  };
}
