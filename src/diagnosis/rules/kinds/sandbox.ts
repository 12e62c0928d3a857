/** Mailgun's sandbox domain only sends to authorised recipients. */
import type { RuleData } from '../schema.js';

export const sandboxRules: RuleData[] = [
  {
    id: 'sandbox-recipient-not-authorised',
    name: 'A sandbox domain sending to an unauthorised recipient',
    target: 'kind:sandbox',
    weight: 0.95,
    scope: 'text',
    patterns: [String.raw`sandbox[0-9a-f]{0,40}\.mailgun\.org[^\n]{0,40}not allowed to send`, String.raw`authori[sz]ed recipients`, String.raw`sandbox subdomains are for test purposes`],
    needs: ['sandbox', 'authori'],
  },
];
