/** Credentials were sent and rejected: a 535, not a relay refusal. */
import type { RuleData } from '../schema.js';

export const authFailureRules: RuleData[] = [
  {
    id: 'smtp-auth-rejected',
    name: 'The server rejected the SMTP credentials',
    target: 'kind:auth-failure',
    weight: 0.95,
    scope: 'error',
    patterns: [String.raw`(?<![\w.:/#-])535[ -]`, String.raw`\b5\.7\.8\b`, String.raw`not loving your login`, String.raw`authentication (?:failed|unsuccessful|credentials invalid)`, String.raw`invalid (?:login|credentials)(?! for relay)`, String.raw`username and password not accepted`, String.raw`\beauth\b`, String.raw`bad (?:username|password|credentials)`],
  },
];
