/** Assertions over the Diagnosis schema (src/diagnosis/schema.ts) with messages that name every problem. */
import { DiagnosisSchema, FactsSchema } from '../../src/diagnosis/schema.js';

export { DiagnosisSchema, FactsSchema };

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
