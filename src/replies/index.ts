/** Public entry point of the reply model. (Placeholder bodies until the replies work lands.) */
import type { Diagnosis } from '../diagnosis/types.js';
import type { Reply, UiChoice } from './model.js';
import type { KnownBlock } from '@slack/types';

export * from './model.js';

/** Builds the reply model for a diagnosis. */
export function buildReply(diagnosis: Diagnosis): Reply {
  return {
    scenario: diagnosis.scenario, kind: diagnosis.kind, confidence: diagnosis.confidence,
    confidenceWord: 'low', headline: diagnosis.summary, summary: [], sections: [], evidence: [],
    secretsWarning: null, hasUiSteps: false, diagnosis,
  };
}

/** Plain text for the CLI and the console. */
export function renderText(reply: Reply, _options: { ui: UiChoice }): string {
  return reply.headline;
}

/** Block Kit for Slack: `text` is the notification fallback. */
export function renderBlocks(
  reply: Reply,
  _options: { ui: UiChoice; maxBlocks?: number },
): { text: string; blocks: KnownBlock[] } {
  return { text: reply.headline, blocks: [] };
}
