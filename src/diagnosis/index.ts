/** Public entry point of the diagnosis engine (pure: no I/O, no Slack). */
// (first: the regular-expression engine's setting applies to the patterns compiled after it)
import './regexp-engine.js';
import { classify } from './classify.js';
import { extract, withoutLinesHolding, withoutQuotedExamples } from './extract.js';
import { mailgunAccepted } from './facts.js';
import { findMisspelledRelayRefusal } from './language.js';
import { normalize } from './normalize.js';
import { oneLine } from './one-line.js';
import { lineAt, PORT_25_FILTER, PROGRESS_ASKED, RELAY_LINE } from './patterns.js';
import { atAnotherDomain, failureLinesBeside } from './other-errors.js';
import { withoutRelayProbes, withoutZeroReadings } from './probes.js';
import { routedDomain } from './routes.js';
import { withoutClosedTickets } from './tickets.js';
import { withAsksKept, withoutSolvedMessages, withoutSupersededErrors } from './timeline.js';
import { OTHER_ERRORS_KEPT, type Diagnosis, type ErrorKind } from './types.js';
import { forgetWordScans } from './word-scan.js';

export * from './types.js';

const LOGIN_REFUSED = /(?<![\w.])535(?![\w.])/;

/** The lines the story set aside (blank in `told`, not in `whole`) that show a relay refusal or a refused login, by feature. */
function earlierErrors(whole: string, told: string): Map<string, string> {
  const found = new Map<string, string>();
  const [wholeLines, toldLines] = [whole.split('\n'), told.split('\n')];
  wholeLines.forEach((line, index) => {
    if (line.trim() === '' || toldLines[index]?.trim() !== '') return;
    const feature = RELAY_LINE.test(line) ? 'earlier-error:relay' : LOGIN_REFUSED.test(line) ? 'earlier-error:login' : null;
    if (feature && !found.has(feature)) found.set(feature, oneLine(line, 160));
  });
  return found;
}

const MAILGUN_SMTP_HOSTS = /\bsmtp(?:\.eu)?\.mailgun\.org\b/gi;

/** The one Mailgun SMTP host a text names (null for none or both). */
function onlySmtpHostNamed(text: string): string | null {
  const named = new Set(Array.from(text.matchAll(MAILGUN_SMTP_HOSTS), (m) => m[0].toLowerCase()));
  return named.size === 1 ? [...named][0]! : null;
}

/** A password setting whose value is a legacy API key cut short by the person: `MAIL_PASSWORD=key-3f9a...`. */
const ELIDED_KEY_AS_PASSWORD = /^[ \t]*[\w.-]{0,40}pass(?:word)?["']?[ \t]*[:=][ \t]*["']?key-[0-9a-z]{1,40}(?:\.{2,}|…)/im;
/** A password setting that takes the Mailgun API key's variable, Laravel's `MAIL_PASSWORD="${MAILGUN_SECRET}"`, `SMTP_PASS=$MAILGUN_API_KEY`. */
const API_KEY_VARIABLE_AS_PASSWORD = /^[ \t]*[\w.-]{0,40}pass(?:word)?["']?[ \t]*[:=][ \t]*["']?\$\{?(?:mailgun|mg)_(?:secret|api_?key|key)\}?["']?[ \t]*$/im;

/** Diagnoses any pasted text: normalize → extract facts → rules → decision. Never throws. */
export function diagnose(input: string): Diagnosis {
  try {
    return diagnoseText(input, true);
  } finally {
    // (the guards' scans of this paste's texts: no paste stays in memory after its diagnosis)
    forgetWordScans();
  }
}

/** `besideOthers`: also read the other errors beside a relay refusal (not for a line read alone as one of them). */
function diagnoseText(input: string, besideOthers: boolean): Diagnosis {
  const normalized = normalize(typeof input === 'string' ? input : String(input ?? ''));
  // An error the paste places in the past ("yesterday ...", then "today ...") is context, not the question.
  // A server's own refusals of open-relay probes are its log's background, beside another failure; a panel's count of zero
  // relay refusals tells none.
  // Of several tickets pasted together, the closed ones are context for the open one.
  // (a support macro's or a drafted reply's quoted example error is set aside first: it is no earlier error of the thread)
  const own = withoutQuotedExamples(normalized.text);
  const open = withoutClosedTickets(own);
  const unstoried = withoutRelayProbes(withoutZeroReadings(open));
  const blanked = withoutSupersededErrors(unstoried);
  // (a line that told an earlier error and then asked something keeps its ask)
  const text = blanked === unstoried ? blanked : withAsksKept(unstoried, blanked);
  // (the setup the paste shows, for settings its error lines do not: not a thread message's that it marks solved,
  // "✅ resolved, they added auth: {...}", which told of another app's fix)
  // (nor a quoted macro's, set aside above)
  const extraction = extract(text, normalized.secretKinds, withoutSolvedMessages(own), normalized.plainLogin);
  extraction.facts.ocrRepaired = normalized.ocrRepaired;
  // (redaction saw the value; the extractor sees only [REDACTED])
  if (normalized.keyAsPassword) extraction.features.set('api-key-as-password', 'the same value as the SMTP password and as the API key');
  if (normalized.interpolatedPassword) extraction.features.set('password-interpolated', normalized.interpolatedPassword);
  if (normalized.apiKeyInSetting) extraction.features.set('api-key-in-setting', normalized.apiKeyInSetting);
  // (or one the person cut short, `MAIL_PASSWORD=key-3f9a...`: too short to redact, still a legacy API key's start; or the API
  // key's own variable, `MAIL_PASSWORD="${MAILGUN_SECRET}"`)
  const elidedKey = normalized.keyAsPasswordSetting ?? ELIDED_KEY_AS_PASSWORD.exec(text)?.[0].trim() ?? API_KEY_VARIABLE_AS_PASSWORD.exec(text)?.[0].trim();
  if (elidedKey) extraction.features.set('api-key-in-password-setting', elidedKey);
  if (normalized.publicKeysOnly) extraction.features.set('public-keys-only', 'pubkey-');
  if (normalized.signingKeysOnly) extraction.features.set('signing-keys-only', 'a key under a webhook signing key\'s name');
  if (normalized.uuidApiKey) extraction.features.set('uuid-as-api-key', 'an API key of a UUID\'s shape (8-4-4-4-12)');
  if (normalized.signingKeyAsApiKey) extraction.features.set('signing-key-as-api-key', 'the same value as the webhook signing key and as the API key');
  // (on the paste before its story was told: "550 yesterday, 535 today: is that progress?" sits on the earlier error's line)
  const progress = own.includes('?') ? PROGRESS_ASKED.exec(own) : null;
  if (progress) extraction.features.set('progress-asked', lineAt(own, progress.index));
  // (the error the story set aside, for "is it the same as last time?": a relay refusal or a refused login)
  if (blanked !== unstoried) for (const [feature, line] of earlierErrors(unstoried, blanked)) extraction.features.set(feature, line);
  // (or in a closed ticket's history, "March (closed back then): ... Relay access denied": the error of last time)
  if (open !== own) for (const [feature, line] of earlierErrors(own, open)) if (!extraction.features.has(feature)) extraction.features.set(feature, line);
  if (!extraction.features.has('relay-phrase')) {
    // (on the extraction's text: a person's question, "is this the relaying denied thing?", is blanked there)
    const typo = findMisspelledRelayRefusal(extraction.text);
    if (typo) {
      extraction.features.set('fuzzy:relay-refusal', typo);
      // (a refusal typed with a misspelling is an error shown: the lines that show mail accepted are not all there is)
      extraction.features.delete('mail-accepted');
    }
  }
  const diagnosis = classify(extraction);
  // Mailgun's inbound MX refused mail for the recipient's domain: that domain is the one receiving through Mailgun.
  // (not beside a Mailgun event of the sender's own: the domain it names is the sender's)
  const { facts } = diagnosis;
  if (diagnosis.scenario === 'mailgun-incoming' && facts.mailgunDomain === null && facts.recipientDomain !== null && facts.hostRole === 'mailgun-mx' && !mailgunAccepted(facts)) {
    facts.mailgunDomain = facts.recipientDomain;
  }
  // (else the one domain the Routes shown receive for, `match_recipient("bookings@x.scot")`: Mailgun receives its mail)
  // (not the refused recipient's own domain: a route made for it by mistake, or the incoming case's own, settled above)
  const routed = routedDomain(facts.routes);
  if (routed !== facts.recipientDomain) facts.mailgunDomain ??= routed;
  // The recipient's own server refused: whoever it is, it is no Mailgun host, named or not.
  // (so did it whatever the error, in Mailgun's record of a delivery it tried, a failed or bounced event with the remote
  // server's SMTP code; not a refusal of Mailgun's own, a sandbox's 421 or a suppression's 605)
  // (another error than a relay denial: a relay denial's side is the scenario's to say)
  const deliveryRefused = diagnosis.scenario === 'not-relaying-denied' && (facts.event === 'failed' || facts.event === 'bounced') && mailgunAccepted(facts) && SMTP_FAILURE_CODE.test(String(facts.replyCode)) && diagnosis.kind !== 'sandbox' && diagnosis.kind !== 'api-auth';
  // (and a relay refusal on the way through another provider, its relay or its tenant: that provider's server, no Mailgun host)
  const providerRefused = diagnosis.scenario === 'undetermined' && facts.provider !== null;
  // (a Mailgun host read from the app's settings, `SMTP_HOST: smtp.eu.mailgun.org`, beside Mailgun's record of the recipient's
  // refusal is where the mail went in, not who refused it: that server is unnamed)
  if (diagnosis.scenario === 'recipient-host' && facts.hostRole !== null && facts.hostRole !== 'other' && mailgunAccepted(facts)) {
    facts.host = null;
    facts.hostRole = null;
  }
  if ((diagnosis.scenario === 'recipient-host' || deliveryRefused || providerRefused) && facts.hostRole === null) facts.hostRole = 'other';
  // A sandbox domain's refusal in an SMTP session (its 421 "Free accounts are for test purposes only"): only Mailgun's
  // SMTP host gives it, named or not. (In an event or an API answer, it is Mailgun's own record, no session's.)
  if (diagnosis.kind === 'sandbox' && facts.hostRole === null && !mailgunAccepted(facts) && SMTP_FAILURE_CODE.test(String(facts.replyCode))) facts.hostRole = 'mailgun-smtp';
  // So does a refused login in Mailgun's own words, "535 5.7.0 Mailgun is not loving your login or password".
  if (diagnosis.kind === 'auth-failure' && facts.hostRole === null && facts.replyCode === 535 && MAILGUN_LOGIN_REFUSAL.test(facts.serverMessage ?? '')) facts.hostRole = 'mailgun-smtp';
  // (that host by name, when the paste names one of Mailgun's SMTP hosts and only one, on a line its story set aside too:
  // "yesterday smtp.mailgun.org said Relaying denied; now the test mail gets 421 ... sandbox")
  if (facts.hostRole === 'mailgun-smtp' && facts.host === null) facts.host = onlySmtpHostNamed(own);
  // A network's port-25 filter (an internet provider's, a hotel's gateway) answered in place of the server the client
  // dialled: the filter's own name, if it gives one.
  if (diagnosis.kind === 'blocked' && PORT_25_FILTER.test(facts.serverMessage ?? '')) {
    const filter = FILTER_NAMED.exec(facts.serverMessage!)?.[1]?.toLowerCase() ?? null;
    facts.host = filter;
    facts.hostRole = filter === null ? null : 'other';
  }
  // (read on the paste before its story was told: a logs page's other recipients' failures are no earlier errors)
  // (not a failure a later delivery to its address made history: a greylisting that went through is no problem to fix)
  // (and the records' other failures, each a line of its own: told, so the same in both texts)
  const recordLines = extraction.recordFailures.length > 0 ? `\n${extraction.recordFailures.join('\n')}` : '';
  if (besideOthers && diagnosis.scenario !== 'not-relaying-denied') facts.otherErrors = otherErrorsBeside(withoutLinesHolding(unstoried, extraction.recoveredReplies) + recordLines, text + recordLines, diagnosis);
  return diagnosis;
}

/** How sure the reading of a line alone must be that it is another kind of error. */
const OTHER_ERROR_CONFIDENCE = 0.6;

/** What a line read alone shows: another kind of error than a relay refusal, with the rule that names it; else null. */
export function otherErrorKind(line: string): { kind: ErrorKind; name: string } | null {
  const d = diagnoseText(line, false);
  if (d.scenario !== 'not-relaying-denied' || d.kind === null || d.confidence < OTHER_ERROR_CONFIDENCE || d.evidence.length === 0) return null;
  return { kind: d.kind, name: d.evidence[0]!.rule };
}

/** The paste's lines that show another kind of error than the relay refusal diagnosed, one per kind of error. */
function otherErrorsBeside(text: string, story: string, diagnosis: Diagnosis): string[] {
  const kept: string[] = [];
  const named = new Set<string>();
  const recipientHost = diagnosis.scenario === 'recipient-host';
  for (const line of failureLinesBeside(text, story, diagnosis.facts, diagnosis.evidence, recipientHost)) {
    // (another recipient's domain refusing as well, a logs page's second relay refusal: its own server, its own fix)
    // (told before reading the line alone: each line read alone is a whole diagnosis, and a two-byte excerpt, its leading
    // "…", costs the engine's compiled expressions again for that string kind: +5 MiB of code in the bot)
    const relayElsewhere = recipientHost && RELAY_LINE.test(line) && atAnotherDomain(line, diagnosis.facts);
    const other = relayElsewhere ? null : otherErrorKind(line);
    // (one line per kind: for `other`, per the error its rule names)
    const key = relayElsewhere ? `relay ${line}` : other === null ? '' : other.kind === 'other' ? other.name : other.kind;
    if ((other === null && !relayElsewhere) || named.has(key)) continue;
    named.add(key);
    kept.push(line);
    if (kept.length === OTHER_ERRORS_KEPT) break;
  }
  return kept;
}

/** The name a filter's answer starts with ("554 5.7.1 smtp-filter.isp.example: Port 25 blocked ..."), as group 1. */
const FILTER_NAMED = /^(?:\d{3}[ -])?(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}):/i;

const MAILGUN_LOGIN_REFUSAL = /\bmailgun is not loving your login\b/i;

/** An SMTP failure code a remote server answers with (421, 450-459, 500-559), not an HTTP status. */
const SMTP_FAILURE_CODE = /^(?:421|45\d|5[0-5]\d)$/;
