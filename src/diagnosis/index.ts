/** Public entry point of the diagnosis engine (pure: no I/O, no Slack). */
import type { Diagnosis } from './types.js';

export * from './types.js';

/** Diagnoses any pasted text. Never throws. (Placeholder until the engine lands.) */
export function diagnose(input: string): Diagnosis {
  const text = input.trim();
  return {
    scenario: text ? 'undetermined' : 'not-relaying-denied',
    kind: text ? null : 'other',
    confidence: 0.3,
    summary: 'placeholder',
    evidence: [],
    facts: {
      replyCode: null, enhancedCode: null, host: null, hostRole: null, command: null,
      authAttempted: null, recipient: null, recipients: [], recipientDomain: null, client: null,
      region: null, source: 'prose', secretsFound: false, serverMessage: null, event: null,
      severity: null, reason: null, mxHost: null, mailgunDomain: null,
    },
    alternatives: [],
  };
}
