/** Mailgun's sandbox domain only sends to authorised recipients. */
import type { RuleData } from '../schema.js';

export const sandboxRules: RuleData[] = [
  {
    id: 'sandbox-recipient-not-authorised',
    name: 'A sandbox domain or free account sending to an unauthorised recipient',
    target: 'kind:sandbox',
    weight: 0.95,
    scope: 'text',
    patterns: [String.raw`sandbox[0-9a-f]{0,40}\.mailgun\.org[^\n]{0,40}not allowed to send`, String.raw`authori[sz]ed recipients`, String.raw`sandbox subdomains are for test purposes`],
    needs: ['sandbox', 'authori'],
  },
  {
    // "I did add and verify that domain in Mailgun last week": the own domain is there, only the settings still use the sandbox.
    id: 'own-domain-verified',
    name: 'The paste says a domain of their own is already verified in Mailgun',
    target: 'kind:sandbox',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:added|add|set up|created)\b[^\n.?]{0,20}\band\b[^\n.?]{0,10}\bverif(?:y|ied)\b[^\n.?]{0,40}\bdomain\b`,
      String.raw`\bdomain\b[^\n.?]{0,60}\b(?:is|was|got|has been)[ \t]+(?:already[ \t]+|now[ \t]+)?verified\b`,
      String.raw`\bverified[ \t]+(?:our|my|their|the)[ \t]+(?:own[ \t]+)?domain\b`,
    ],
    needs: ['verif'],
  },
  {
    // "Testing Mailgun for the first time, I signed up yesterday", "just trying it out": a test, which authorizing the
    // recipient serves at once (a small weight: it orders the steps, not the answer)
    id: 'sandbox-trial-said',
    name: 'The paste says Mailgun is being tried out',
    target: 'kind:sandbox',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:testing|trying(?:[ \t]+out)?|evaluating|trialing|trialling)[ \t]+(?:out[ \t]+)?mailgun\b|\bmailgun[ \t]+(?:free[ \t]+)?trial\b|\b(?:just|only)[ \t]+signed[ \t]+up\b(?![ \t]+(?:for|to|with)[ \t]+(?!mailgun\b|an?[ \t]+(?:free[ \t]+|trial[ \t]+)?(?:mailgun[ \t]+)?account\b))|\bsigned[ \t]+up[ \t]+(?:yesterday|today|this[ \t]+(?:morning|week))\b|\bfirst[ \t]+time[ \t]+(?:using|trying|testing)[ \t]+mailgun\b`,
    ],
    needs: ['testing', 'trying', 'evaluating', 'trial', 'signed', 'first'],
  },
];
