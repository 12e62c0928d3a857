/**
 * The Diagnosis of src/diagnosis/types.ts as a zod schema, written independently of the engine so
 * that a property test can check every field of whatever the engine returns, plus the invariants
 * the types document (a kind only for not-relaying-denied; alternatives are other scenarios).
 */
import { z } from 'zod';
import { CLIENTS, ERROR_KINDS, SCENARIOS, SOURCE_FORMATS } from '../../src/diagnosis/types.js';

const confidence = z.number().min(0).max(1);
const nullableText = z.string().nullable();

export const FactsSchema = z.object({
  // SMTP codes run 2xx-5xx; Mailgun's own event codes go higher (605: not delivering to a previously bounced address).
  replyCode: z.number().int().min(200).max(999).nullable(),
  enhancedCode: z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/).nullable(),
  host: nullableText,
  hostRole: z.enum(['mailgun-smtp', 'mailgun-mx', 'other']).nullable(),
  command: z.enum(['CONNECT', 'EHLO', 'AUTH', 'MAIL FROM', 'RCPT TO', 'DATA']).nullable(),
  authAttempted: z.boolean().nullable(),
  recipient: nullableText,
  recipients: z.array(z.string().min(1)),
  recipientDomain: nullableText,
  client: z.enum(CLIENTS).nullable(),
  region: z.enum(['us', 'eu']).nullable(),
  source: z.enum(SOURCE_FORMATS),
  secretsFound: z.boolean(),
  serverMessage: nullableText,
  event: nullableText,
  severity: nullableText,
  reason: nullableText,
  mxHost: nullableText,
  mailgunDomain: nullableText,
}).strict()
  .refine((f) => new Set(f.recipients).size === f.recipients.length, 'recipients are deduplicated');

export const DiagnosisSchema = z.object({
  scenario: z.enum(SCENARIOS),
  kind: z.enum(ERROR_KINDS).nullable(),
  confidence,
  summary: z.string().min(1).refine((s) => !s.includes('\n'), 'the summary is one line'),
  evidence: z.array(z.object({ rule: z.string().min(1), excerpt: z.string() }).strict()),
  facts: FactsSchema,
  alternatives: z.array(z.object({ scenario: z.enum(SCENARIOS), confidence }).strict()),
}).strict()
  .refine((d) => (d.kind !== null) === (d.scenario === 'not-relaying-denied'), 'a kind exactly when the scenario is not-relaying-denied')
  .refine((d) => d.alternatives.every((a) => a.scenario !== d.scenario), 'alternatives are other scenarios');

/** Throws a readable error naming every problem, so a failing property shows what was wrong. */
export function assertValidDiagnosis(value: unknown): void {
  const parsed = DiagnosisSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`invalid Diagnosis: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

export function assertValidFacts(value: unknown): void {
  const parsed = FactsSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`invalid Facts: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
}
