/** Judgements over Facts shared by the engine and the replies. */
import type { Facts } from './types.js';

/**
 * The paste itself shows that Mailgun accepted the message: a Mailgun event, log page, Bounces
 * API record, export or SDK print of one. Only then may a reply say "Mailgun accepted it".
 */
export function mailgunAccepted(facts: Facts): boolean {
  // (another provider's export or print is that provider's report)
  if (facts.provider !== null) return false;
  return facts.event !== null || facts.source.startsWith('mailgun-') || facts.source === 'csv-export' || facts.source === 'sdk-print';
}
