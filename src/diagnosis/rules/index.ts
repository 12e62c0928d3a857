/** Every rule, validated and compiled once at load. One module per reason, as in Sisimai. */
import { apiAuthRules } from './kinds/api-auth.js';
import { authFailureRules } from './kinds/auth-failure.js';
import { blockedRules } from './kinds/blocked.js';
import { mailboxFullRules } from './kinds/mailbox-full.js';
import { otherRules } from './kinds/other.js';
import { policyRules } from './kinds/policy.js';
import { rateLimitRules } from './kinds/rate-limit.js';
import { sandboxRules } from './kinds/sandbox.js';
import { unknownUserRules } from './kinds/unknown-user.js';
import { incomingRules } from './incoming.js';
import { outgoingRules } from './outgoing.js';
import { recipientHostRules } from './recipient-host.js';
import { relayRules } from './relay.js';
import { compileRules, type RuleData } from './schema.js';

export const RULE_DATA: readonly RuleData[] = [
  ...relayRules,
  ...outgoingRules,
  ...incomingRules,
  ...recipientHostRules,
  ...authFailureRules,
  ...unknownUserRules,
  ...mailboxFullRules,
  ...blockedRules,
  ...policyRules,
  ...rateLimitRules,
  ...sandboxRules,
  ...apiAuthRules,
  ...otherRules,
];

export const RULES = compileRules(RULE_DATA);
/** The names of the context rules: facts for the reply's advice (what was asked, done, where the app runs), not evidence of the answer. */
export const CONTEXT_RULE_NAMES: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.context).map((rule) => rule.name));
/** A rule's name by its id, for the replies that read its evidence; throws at load for an id no rule has. */
export function ruleNamed(id: string): string {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.name;
}
export { RELAY_PHRASES } from './relay.js';
export type { CompiledRule, RuleTarget } from './schema.js';
