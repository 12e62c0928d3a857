/**
 * Weighs the rules that fired and decides. Scores per target combine as a noisy-OR of the positive
 * weights, reduced by a noisy-OR of the negative ones. Relay or not comes first; then which side
 * refused, and only when one side clearly wins: otherwise the honest answer is `undetermined`.
 */
import type { Extraction } from './extract.js';
import { loginOfAnotherDomain, mailgunAccepted } from './facts.js';
import { askExcerpt, EXCERPT, excerptAround, oneLine, QUOTED_EXCERPT } from './one-line.js';
import { GOOGLE_DAILY_LIMIT, M365_SENDING_QUOTA, PORT_25_FILTER } from './patterns.js';
import { RULES, type CompiledRule, type RuleTarget } from './rules/index.js';
import type { Alternative, Diagnosis, ErrorKind, Evidence, Facts, RelayScenario, Scenario } from './types.js';

/** Below this a score is not evidence enough to name a scenario or a kind. */
const DECIDE = 0.5;
/** A scenario must beat the runner-up by this much, or the answer is `undetermined`. */
const MARGIN = 0.2;
const MAX_EVIDENCE = 8;
const MAX_CONTEXT_EVIDENCE = 12;
/** How much a relay phrase in people's words only counts against a server's other error. */
const CHATTER_RELAY = 0.4;

interface Fired {
  rule: CompiledRule;
  excerpt: string;
}

const RELAY_SCENARIOS: RelayScenario[] = ['mailgun-outgoing', 'mailgun-incoming', 'recipient-host'];

/** Which side refused matters only once the paste is known to hold a relay denial. */
const isScenarioRule = (rule: CompiledRule) => (RELAY_SCENARIOS as string[]).includes(rule.target);
const FIRST_RULES = RULES.filter((rule) => !isScenarioRule(rule));
const SCENARIO_RULES = RULES.filter(isScenarioRule);

/**
 * Rules that run the same pattern on the same text share one run: a number per distinct pattern and haystack (the
 * direction-unknown phrases, thousands of characters, weigh against two scenarios).
 */
const haystackOf = (rule: CompiledRule) => `${rule.target.startsWith('kind:') ? 'kind' : 'scenario'} ${rule.scope}`;
const RUN_OF = new Map<CompiledRule, number>();
{
  const runs = new Map<string, number>();
  for (const rule of RULES) {
    if (!rule.pattern) continue;
    const key = `${haystackOf(rule)}\u0000${rule.pattern.flags}\u0000${rule.pattern.source}`;
    if (!runs.has(key)) runs.set(key, runs.size);
    RUN_OF.set(rule, runs.get(key)!);
  }
}

export function classify(extraction: Extraction): Diagnosis {
  const fired = evaluate(extraction, FIRST_RULES);
  // (a context rule, where the app runs, weighs nothing: it is there for the reply's advice)
  const score = (target: RuleTarget) => combine(fired.filter((f) => f.rule.target === target && !f.rule.context).map((f) => f.rule.weight));
  const relay = score('relay');
  // (in this order on a tie: a refusal that needs a fix before one that passes, a rate limit)
  const kinds = (['auth-failure', 'unknown-user', 'mailbox-full', 'blocked', 'policy', 'sandbox', 'api-auth', 'rate-limit', 'other'] as const)
    .map((kind) => ({ kind, score: score(`kind:${kind}`) }))
    .sort((a, b) => b.score - a.score);
  const bestKind = kinds[0]!;
  const { facts } = extraction;

  if (relay >= DECIDE && relay >= bestKind.score) {
    fired.push(...evaluate(extraction, SCENARIO_RULES));
    // Outgoing and incoming name a Mailgun server: without Mailgun anywhere in the paste they are
    // not answers (a relay refusal from some other MTA is the recipient's host, or undetermined).
    const mailgunInPaste = extraction.features.has('mentions-mailgun');
    // A session that logged in (235) was not refused for a missing login: whatever else the paste
    // says, the outgoing case does not fit it (the reply then says what to check).
    // (not a login as another domain than the mail's: Mailgun's SMTP host refused what that login does not cover)
    const loggedIn = extraction.features.has('auth:succeeded') && !extraction.features.has('auth:login-other-domain');
    const eligible = (scenario: RelayScenario) => (mailgunInPaste || scenario === 'recipient-host') && !(loggedIn && scenario === 'mailgun-outgoing');
    const ranked = RELAY_SCENARIOS.map((scenario) => ({ scenario, score: eligible(scenario) ? score(scenario) : 0 })).sort((a, b) => b.score - a.score);
    const [top, second] = [ranked[0]!, ranked[1]!];
    const otherKinds = kinds.filter((k) => k.score >= 0.3).map((k) => ({ scenario: 'not-relaying-denied' as const, confidence: round(k.score * (1 - relay / 2)) }));
    if (top.score >= DECIDE && top.score - second.score >= MARGIN) {
      // (a refusal after a login as another domain is not in Mailgun's documentation: the likely cause, said no surer than that)
      const asAnotherDomain = top.scenario === 'mailgun-outgoing' && extraction.features.has('auth:login-other-domain');
      const confidence = round(relay * (0.55 + 0.45 * top.score) * (1 - 0.4 * second.score) * (asAnotherDomain ? 0.75 : 1));
      const alternatives: Alternative[] = [
        ...ranked.slice(1).filter((r) => r.score > 0).map((r) => ({ scenario: r.scenario, confidence: round(relay * r.score * 0.8) })),
        { scenario: 'undetermined', confidence: round(relay * (1 - top.score)) },
        ...otherKinds.slice(0, 1),
      ];
      return build(top.scenario, null, confidence, summaryFor(top.scenario, facts), pickEvidence(fired, ['relay', top.scenario]), facts, alternatives);
    }
    const confidence = round(relay * (1 - 0.5 * top.score));
    const alternatives: Alternative[] = [
      ...ranked.filter((r) => r.score > 0).map((r) => ({ scenario: r.scenario, confidence: round(relay * r.score * 0.8) })),
      ...otherKinds.slice(0, 1),
    ];
    return build('undetermined', null, confidence, summaryFor('undetermined', facts), pickEvidence(fired, ['relay', ...RELAY_SCENARIOS]), facts, alternatives);
  }

  // A relay phrase only in people's words ("customer says relaying denied again") beside a server's
  // other error is their guess at the error, not a second error: it weighs less against the kind.
  const relayInChatterOnly = fired.every((f) => f.rule.target !== 'relay' || f.rule.weight <= 0 || (f.rule.scope === 'text' && f.rule.feature === undefined));
  const relayDoubt = bestKind.score >= DECIDE && relayInChatterOnly ? relay * CHATTER_RELAY : relay;
  const alternatives: Alternative[] = relayDoubt > 0 ? [{ scenario: 'undetermined', confidence: round(relayDoubt * 0.8) }] : [];
  if (bestKind.score >= DECIDE) {
    const kindRules = fired.filter((f) => f.rule.target === `kind:${bestKind.kind}`);
    const strongest = kindRules.sort((a, b) => b.rule.weight - a.rule.weight)[0];
    const confidence = round(bestKind.score * (1 - 0.25 * relayDoubt));
    return build('not-relaying-denied', bestKind.kind, confidence, notRelaySummary(bestKind.kind, strongest?.rule.name, facts), pickEvidence(fired, [`kind:${bestKind.kind}`]), facts, alternatives);
  }
  const sawError = facts.replyCode !== null || facts.enhancedCode !== null;
  const summary = sawError
    ? 'Not a Relaying Denied error: an SMTP error I cannot name more precisely.'
    : 'I found no relay refusal (and no SMTP error) in this text.';
  return build('not-relaying-denied', 'other', sawError ? 0.5 : 0.35, summary, pickEvidence(fired, ['relay']), facts, alternatives);
}

function evaluate({ text, errorText, replyText, kindScopes, features }: Extraction, rules: readonly CompiledRule[]): Fired[] {
  const scopes = { text, error: errorText, reply: replyText };
  const forKinds = { text, ...kindScopes };
  const fired: Fired[] = [];
  // (a pattern's result on its haystack, by its run's number: null for no match)
  const results = new Map<number, RegExpExecArray | null>();
  for (const rule of rules) {
    if (rule.unless !== undefined && features.has(rule.unless)) continue;
    if (rule.feature !== undefined) {
      const value = features.get(rule.feature);
      if (value !== undefined) fired.push({ rule, excerpt: clip(value) });
      continue;
    }
    const haystack = (rule.target.startsWith('kind:') ? forKinds : scopes)[rule.scope];
    const run = RUN_OF.get(rule);
    // (a guard only skips a pattern that cannot match: the result is the same whichever rule's guard ran)
    let m = run === undefined ? undefined : results.get(run);
    if (m === undefined) {
      m = rule.guard && !rule.guard.test(haystack) ? null : (rule.pattern?.exec(haystack) ?? null);
      if (run !== undefined) results.set(run, m);
    }
    if (m) fired.push({ rule, excerpt: rule.quoted ? quotedExcerpt(m[0]) : rule.ask ? askExcerpt(haystack, m.index, m[0].length) : excerptAround(haystack, m.index, m[0].length) });
  }
  return fired;
}

/** Noisy-OR of the positive weights, damped by a noisy-OR of the negative ones. */
function combine(weights: number[]): number {
  let notPositive = 1;
  let notNegative = 1;
  for (const w of weights) {
    if (w > 0) notPositive *= 1 - w;
    else notNegative *= 1 + w;
  }
  return (1 - notPositive) * notNegative;
}

function pickEvidence(fired: Fired[], targets: RuleTarget[]): Evidence[] {
  // (in the order of the targets, a context rule of none of them last)
  const rank = (f: Fired) => (targets.includes(f.rule.target) ? targets.indexOf(f.rule.target) : targets.length);
  const relevant = fired
    // (a context rule on the relay question, whether the paste asks it, goes with every answer: the reply answers it)
    .filter((f) => f.rule.weight > 0 && (targets.includes(f.rule.target) || (f.rule.context && f.rule.target === 'relay')))
    .sort((a, b) => rank(a) - rank(b) || b.rule.weight - a.rule.weight);
  const seen = new Set<string>();
  const out: Evidence[] = [];
  // (the evidence for the answer and the paste's context, each within its own bound: a paste full of the answer's evidence
  // still keeps the questions it asks and what it says was done, which the reply answers)
  let shown = 0;
  let context = 0;
  for (const f of relevant) {
    // (a context rule says something other than the refusal, whatever line it quotes: none of the repeats below)
    if (f.rule.context) {
      if (context++ < MAX_CONTEXT_EVIDENCE) out.push({ rule: f.rule.name, excerpt: f.excerpt });
      continue;
    }
    if (shown >= MAX_EVIDENCE) continue;
    // The same excerpt under a weaker rule says nothing new: a relay phrase, or a bare name such as a
    // host ("smtp.mailgun.org" refused, configured and named). A line can show two things ("worded
    // as another MTA's", "an error thrown by the sender's library"), so those stay.
    // (a bare name only: a URL two rules quote says two things, "a 401" and "not a send")
    if (seen.has(f.excerpt) && (f.rule.target === 'relay' || /^[\w.-]+$/.test(f.excerpt))) continue;
    // (a relay phrase quoted again from the same line, shortened differently: "…code 550 ... Relaying denied" and "550 5.7.1 Relaying denied")
    const bare = f.excerpt.replace(/^…|…$/g, '').trim();
    // (a phrase's rules: a rule on a fact of the extraction, such as a server refusing its own client, says more than the phrase)
    if (f.rule.target === 'relay' && f.rule.feature === undefined && [...seen].some((s) => s.includes(bare) || bare.includes(s.replace(/^…|…$/g, '').trim()))) continue;
    // (a relay refusal "mentioned" somewhere in the text, once the server's reply with one is shown: the same refusal
    // quoted again from another line of the bounce, "Remote Server returned '550 5.7.1 Relaying denied'", or people's words)
    if (f.rule.target === 'relay' && f.rule.scope === 'text' && f.rule.feature === undefined && relevant.some((r) => r.rule.target === 'relay' && r.rule.scope === 'reply' && r.rule.feature === undefined && out.some((e) => e.rule === r.rule.name))) continue;
    seen.add(f.excerpt);
    out.push({ rule: f.rule.name, excerpt: f.excerpt });
    shown++;
  }
  return out;
}


/** A quoted rule's words on one line: a list's items after its label joined with semicolons ("Already checked: a; b"). */
function quotedExcerpt(words: string): string {
  return oneLine(words.trim().replace(/:[ \t]*\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+/, ': ').replace(/\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+/g, '; '), QUOTED_EXCERPT);
}

function round(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

function build(scenario: Scenario, kind: ErrorKind | null, confidence: number, summary: string, evidence: Evidence[], facts: Facts, alternatives: Alternative[]): Diagnosis {
  const seen = new Set<Scenario>([scenario]);
  const alts = alternatives
    .filter((a) => a.confidence > 0 && !seen.has(a.scenario) && (seen.add(a.scenario), true))
    .sort((a, b) => b.confidence - a.confidence);
  return { scenario, kind, confidence, summary, evidence, facts, alternatives: alts };
}

const short = (value: string) => oneLine(value, 80);
const clip = (value: string) => oneLine(value, EXCERPT);

function summaryFor(scenario: Scenario, facts: Facts): string {
  const to = facts.recipient ? ` for ${short(facts.recipient)}` : '';
  const at = (role: string) => (facts.host && facts.hostRole === role ? ` (${short(facts.host)})` : '');
  switch (scenario) {
    case 'mailgun-outgoing':
      // (an app pointed at the inbound MX by mistake: the MX refused, and the SMTP host with a login is the fix)
      return facts.hostRole === 'mailgun-mx'
        ? `Mailgun's inbound MX${at('mailgun-mx')} refused to relay${to}: applications send through Mailgun's SMTP host, with a login.`
        : facts.authAttempted === true && loginOfAnotherDomain(facts)
        ? `Mailgun's SMTP server${at('mailgun-smtp')} refused the recipient${to}: the session logged in as ${short(facts.smtpLogin!)}, a login of another domain than the sender ${short(facts.envelopeSender!)}.`
        : `Mailgun's SMTP server${at('mailgun-smtp')} refused the recipient${to} because the SMTP session was not authenticated.`;
    case 'mailgun-incoming':
      return `Mailgun's inbound MX${at('mailgun-mx')} refused mail${to}: no Route in the Mailgun account matches ${to ? 'that address' : "the recipient's address"}.`;
    case 'recipient-host': {
      const host = facts.mxHost ?? (facts.hostRole === 'other' ? facts.host : null);
      const server = `the recipient's own server${host ? ` (${short(host)})` : ''}`;
      return mailgunAccepted(facts)
        ? `Mailgun accepted the message, but ${server} refused it${to}.`
        : `The relay refusal came from ${server}${to}, not from Mailgun.`;
    }
    default:
      return facts.hostRole === 'mailgun-smtp' && facts.authAttempted === true
        ? `Mailgun's SMTP server${at('mailgun-smtp')} refused to relay${to}, although the session sent a login first: not the usual unauthenticated send.`
        : facts.senderRelay
        // (the sending side's own relay refused: none of the three Mailgun cases, and the paste says which server)
        ? `The sending side's own mail server (${short(facts.senderRelay)}) refused to relay${to}: neither Mailgun nor the recipient's server.`
        : 'A Relaying Denied error, but the text does not show which server refused it or in which direction the mail was going.';
  }
}

const KIND_WORDS: Record<ErrorKind, string> = {
  'auth-failure': 'an SMTP authentication failure (the credentials were sent and rejected)',
  'unknown-user': 'an unknown recipient (the address does not exist)',
  'mailbox-full': "a full mailbox (the recipient's quota is exceeded)",
  blocked: 'a spam or block-list refusal',
  policy: 'a sender or content policy refusal (DMARC, SPF, sender rules or filters)',
  'rate-limit': 'rate limiting by the receiving server',
  sandbox: "a sandbox domain restriction (only authorized recipients can receive)",
  'api-auth': 'a Mailgun API authentication failure (the API key was refused)',
  other: 'a different delivery failure',
};

/** For `other`, the rule that fired names the error ("The message is too large"). */
const NO_MECHANISM_RULE_NAME = RULES.find((rule) => rule.id === 'sasl-no-mechanism')?.name;
const HOSTING_LIMIT_RULE_NAME = RULES.find((rule) => rule.id === 'hosting-send-limit')?.name;

function notRelaySummary(kind: ErrorKind, ruleName: string | undefined, facts: Facts): string {
  if (kind === 'other' && ruleName) return `Not a Relaying Denied error. ${ruleName}.`;
  // (a login that was never sent is no credentials "sent and rejected")
  if (kind === 'auth-failure' && ruleName === NO_MECHANISM_RULE_NAME) return `Not a Relaying Denied error: an SMTP login problem. ${ruleName}.`;
  // (the sending side's own hosting limit, not a receiving server's throttling)
  if (kind === 'rate-limit' && ruleName === HOSTING_LIMIT_RULE_NAME) return `Not a Relaying Denied error: a sending limit. ${ruleName}.`;
  // (HTTP's 429, no SMTP code: an API's limit on requests, with no receiving server involved)
  // (Microsoft 365's 5.7.139: SMTP login switched off for the tenant or the mailbox, whatever the credentials)
  if (kind === 'auth-failure' && facts.enhancedCode === '5.7.139') return 'Not a Relaying Denied error: an SMTP login problem. Microsoft 365 has SMTP login (SMTP AUTH) switched off for the tenant or the mailbox.';
  // (the sender's own Microsoft 365 mailbox over its sending quota: the sending side's limit)
  if (kind === 'rate-limit' && M365_SENDING_QUOTA.test(facts.serverMessage ?? '')) return 'Not a Relaying Denied error: a sending limit. The Microsoft 365 mailbox that sent it is over its sending quota (recipients per day).';
  if (kind === 'rate-limit' && GOOGLE_DAILY_LIMIT.test(facts.serverMessage ?? '')) return "Not a Relaying Denied error: a sending limit. The Google account (or its SMTP relay) that sent it is over its daily sending limit.";
  if (kind === 'blocked' && PORT_25_FILTER.test(facts.serverMessage ?? '')) return "Not a Relaying Denied error: a blocked port. The internet provider's filter stops outgoing connections to port 25 before they reach the mail server.";
  if (kind === 'rate-limit' && facts.replyCode === 429) return 'Not a Relaying Denied error: this is rate limiting by the HTTP API (429 Too Many Requests), not by a receiving server.';
  return `Not a Relaying Denied error: this is ${KIND_WORDS[kind]}.`;
}
