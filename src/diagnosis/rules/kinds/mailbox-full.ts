/** The recipient's mailbox is over its quota. */
import type { RuleData } from '../schema.js';

export const mailboxFullRules: RuleData[] = [
  {
    id: 'mailbox-over-quota',
    name: "The recipient's mailbox is full",
    target: 'kind:mailbox-full',
    weight: 0.9,
    scope: 'error',
    patterns: [String.raw`(?<![\d.])[45]\.2\.2(?![\d.])`, String.raw`mailbox (?:is )?full`, String.raw`over ?quota`, String.raw`quota (?:exceeded|full)`, String.raw`insufficient (?:system )?storage`, String.raw`inbox is full`, String.raw`mailbox size limit`],
  },
];
