/**
 * Reads the facts out of normalised text: codes, hosts and their roles, the SMTP command, whether
 * authentication was attempted, recipients, the client, the region, the source format and the
 * Mailgun event fields. It also names the features the rules look at (see rules/schema.ts).
 */
import { goLoginUnderSwitch, loginInOneBranch, loginUnderCondition, switchCaseMismatch } from './code-branches.js';
import { deploymentGap, describeDeploymentGap } from './deployment-gaps.js';
import { theoriesIn } from './theories.js';
import { DOMAIN_CHARS, isInternationalDomainChar, MAIL_DOMAIN, TOP_LEVEL_DOMAIN } from './address-chars.js';
import { excerptAround, indentOf, oneLine } from './one-line.js';
import { RELAY_PHRASES } from './rules/relay.js';
import { CONNECTION_FAILURES } from './rules/kinds/other.js';
import { escapeLiteral, joinPatterns } from './rules/schema.js';
import { guarded } from './guarded.js';
import { ENHANCED_CODE, lineAt, MAILGUN_SID_LINE, PORT_SETTING, RELAY_LINE, RELAY_PHRASES_ALL, REPLY_CODE, REPLY_CODES, SERVER_CODE } from './patterns.js';
import { recipientDomainDropped, recipientMailMove, saysAddressIsRight, saysDomainRetired, saysRecipientAddressChanged } from './statements.js';
import { holdsFailureCode, withoutColleagueTheories, withoutGuesses } from './guesses.js';
import { findProvider, providerOfHost } from './providers.js';
import { isMailboxProviderDomain, otherTopLevel, registrableDomain } from './mail-domains.js';
import { internalClientRefusal, isPrivateAddress, onlyRelayProbes, ownUserRefusal, privateClientIn } from './probes.js';
import { isPlaceholder } from './redact.js';
import { DENIAL_BEFORE_MX, MX_MOVED_AWAY, MX_NOT_MEANT, OTHER_MTA_RELAY_WORDINGS, PASSWORD_NAMES_ABROAD, SENDMAIL_RELAY_WORDING } from './rules/phrases.js';
import { scanRoutes, TYPED_ROUTE_FIELD } from './routes.js';
import { CUT_MID_SENTENCE, LABEL_LINE, parseStructured, RECIPIENT_LABEL_LINES, type FieldRecord, type Structured } from './fields.js';
import { APP_CLIENTS, loginOfAnotherDomain } from './facts.js';
import { editDistance } from './language.js';
import { misspellingOf, TYPO_FIXED_SAID } from './other-errors.js';
import { toldAsPast } from './timeline.js';
import { plainTextOnImplicitTlsPort } from './tls-mode.js';
import { OTHER_ERROR_MAX, type ClientId, type Facts, type HostRole, type Region, type SecretKind, type SmtpCommand, type SourceFormat, type Suppression } from './types.js';

/** A feature the rules can test for, with the excerpt that shows it. */
export type FeatureMap = Map<string, string>;

export interface Extraction {
  /** The normalised, redacted text. */
  text: string;
  /** Lines that look like errors: SMTP replies, exceptions, event messages. */
  errorText: string;
  /** The subset that is a server's own reply: carries a reply or status code, or is an event's message. */
  replyText: string;
  /**
   * Where the rules for other error kinds look. With several errors in one paste and one of them a
   * relay refusal, only at that refusal: the other lines are other recipients' errors.
   */
  kindScopes: { error: string; reply: string };
  facts: Facts;
  features: FeatureMap;
  /** The server replies of failures a later delivery to the same address made history (a greylisting, then delivered). */
  recoveredReplies: string[];
  /**
   * Other recipients' failures in the paste's records, one line each (`maria@x: 550 5.5.0 ... mailbox unavailable`): a pretty
   * printed events page spreads an event's code and words over lines, none a failure line of its own.
   */
  recordFailures: string[];
}

/** Any of the ways of saying the MX records moved away from Mailgun, on the lower-cased paste. */
const MX_MOVED_AWAY_LINE = joinPatterns(MX_MOVED_AWAY);
const HOST = String.raw`[a-z0-9](?:[a-z0-9-]{0,62}\.){1,10}${TOP_LEVEL_DOMAIN}`;
/** Outlook's send error dialog names the account's outgoing server, in any language: `Server: 'mail.x.fr', Protocol: SMTP` (group 1). */
const OUTLOOK_DIALOG_SERVER = String.raw`\b(?:server|serveur|servidor|serwer)\s*:\s*["']?(${HOST})["']?,?\s*(?:protocol|protocole|protocolo|protokoll|protocollo|protokół)\s*:\s*smtp\b`;
const EMAIL = String.raw`[a-z0-9._%+'-]{1,64}@[${DOMAIN_CHARS}](?:[${DOMAIN_CHARS}-]{0,62}\.){1,8}${TOP_LEVEL_DOMAIN}`;

/**
 * What starts a line the client sent in a session print: swaks' `->` (`~>` after STARTTLS), PHPMailer's
 * `CLIENT -> SERVER:`, smtplib's `send: '`, `C:` alone or after a logger's prefix (nodemailer:
 * `[2024-09-03 08:01:12] DEBUG [qT4k2nXq0] C: RCPT TO:<...>`), or nothing (a command typed alone).
 */
// (and an application's own session log, a time then `>`: "2024-07-03 13:22:09 > RCPT TO:<...>")
// (and a bare `> RCPT TO:<a@b>`, in the command's own syntax: a quoted mail's "> mail from our CEO" is no command)
const CLIENT_SAYS = String.raw`(?:->|~>|(?:client|cliente|klient) -> (?:server|servidor|serveur|serwer):|>>>|^c:|[\]}][ \t]+c:|^send: ['"]|\bdebug: send:|\bcmd:|\bsent:[ \t]*(?=rcpt|mail|data|auth|ehlo|helo|starttls)|\d:\d\d(?:[.,]\d{1,6})?[ \t]+>(?=[ \t])|\d:\d\d(?:[.,]\d{1,6})?[ \t]+c:|\w\(\)[ \t]+>(?=[ \t])|^[ \t]*>(?=[ \t]+(?:(?:mail from|rcpt to)[ \t]*:|(?:ehlo|helo)[ \t]+\S|(?:data|starttls|quit|rset)[ \t]*$|auth[ \t]+(?:login|plain|cram-md5|xoauth2)\b))|^)`;

const MAILGUN_SMTP = /^smtp(?:\.eu)?\.mailgun\.org$/;
const MAILGUN_MX = /^mx[ab](?:\.eu)?\.mailgun\.org$/;
/** The name of one of Mailgun's own machines (`smtp-out-n09.prod.us-east-1.postgun.com`), behind its public host names. */
// (or any other name under Mailgun's own domains, `smtp-out-eu-west1-c.mailgun.net`: not a public host, whose role is known,
// nor its HTTP API's, `api.eu.mailgun.net`, `storage-europe-west1.api.mailgun.net`, which answered an API call)
const MAILGUN_MACHINE = /\.postgun\.com$|^(?![a-z0-9.-]{0,200}(?:^|\.)api(?:\.eu)?\.mailgun\.net$)[a-z0-9.-]{1,253}\.mailgun\.(?:net|org)$/;
const CONNECTOR_DISABLED = /\benabled[ \t]*:[ \t]*false\b/;
const OTHER_NEXT_HOP = /\bnexthopdomain[ \t]*:[ \t]*(?!smtp(?:\.eu)?\.mailgun\.org\b|mailgun\b)[a-z0-9]/;
const MAILGUN_MX_NAMED = /\bmx[ab](?:\.eu)?\.mailgun\.org\b/;
const SMTP_HOSTS_NAMED = /\bsmtp(?:\.eu)?\.mailgun\.org\b/g;
const SMTP_HOST_NAMED = /\bsmtp(?:\.eu)?\.mailgun\.org\b/;

/** A pattern and what a match of it means. */
type Tagged<T> = { pattern: Pick<RegExp, 'exec' | 'test'>; value: T };

function tagged<T>(pattern: Pick<RegExp, 'exec' | 'test'>, value: T): Tagged<T> {
  return { pattern, value };
}

/**
 * Two patterns a text must both match, anywhere, and a third it must not (one regex with lookaheads over the rest of
 * the text would be quadratic).
 */
/** PHPMailer's own debug output, or a relaying Postfix's log or settings: that library's or server's settings are the ones shown. */
const OWN_SENDER_SHOWN = /phpmailer|smtpdebug|client -> server:|postfix\/|\brelayhost\b|sasl_passwd/i;

function bothOf(first: Pick<RegExp, 'exec' | 'test'>, second: RegExp, unless: RegExp): Pick<RegExp, 'exec' | 'test'> {
  const holds = (text: string) => second.test(text) && !unless.test(text);
  return {
    test: (text) => first.test(text) && holds(text),
    exec: (text) => (holds(text) ? first.exec(text) : null),
  };
}

/** How much of a line around a relay phrase is the server's refusal ("Relaying denied. Proper authentication required."). */
const REFUSAL_BEFORE = 20;
const REFUSAL_AFTER = 80;
/** A sentence that opens with a label, "Server:", "Benutzername:", after the refusal's. */
const NEXT_LABEL = /[.,;][ \t]+(?=[A-Z][\w ]{0,30}:[ \t])/;

/**
 * The text with each relay refusal and the words around it on its line blanked: the refusal's own
 * words ("not permitted to relay ... without authentication") say nothing of the client, but a
 * person's sentence further along the line ("authentication is set to nil") does.
 */
function withoutRelayRefusals(text: string): string {
  if (!RELAY_LINE.test(text)) return text;
  let out = '';
  let done = 0;
  // (each line's bounds found once: searched per match, a long line of refusals is quadratic)
  let lineStart = 0;
  let lineEnd = -2;
  for (const m of text.matchAll(RELAY_PHRASES_ALL)) {
    if (lineEnd !== -1 && m.index > lineEnd) {
      lineStart = text.lastIndexOf('\n', m.index) + 1;
      lineEnd = text.indexOf('\n', m.index + m[0].length);
    }
    const from = Math.max(done, lineStart, m.index - REFUSAL_BEFORE);
    const reach = Math.min(lineEnd === -1 ? text.length : lineEnd, m.index + m[0].length + REFUSAL_AFTER);
    // (up to a settings label that follows on its line, a screen read out: "relaying denied. Server: ... Benutzername: leer.")
    const label = NEXT_LABEL.exec(text.slice(m.index + m[0].length, reach));
    const to = label ? m.index + m[0].length + label.index : reach;
    if (to <= from) continue;
    out += text.slice(done, from) + ' '.repeat(to - from);
    done = to;
  }
  return out + text.slice(done);
}

export function hostRole(host: string): HostRole {
  if (MAILGUN_SMTP.test(host)) return 'mailgun-smtp';
  if (MAILGUN_MX.test(host)) return 'mailgun-mx';
  return 'other';
}

/** What another provider's own event data holds (see providers.ts): a cheap test before asking it which. */
const OTHER_PROVIDER_EVENTS = /sg_(?:event|message)_id|notificationtype|"recordtype"|"msys"/i;

/** Lines that quote a server's reply without a code: DSN fields, Postfix's "said:", Sendmail's `<addr>... text`. */
// (MailKit's SmtpCommandException carries the server's own text, without its code)
const SERVER_REPLY = /diagnostic-code|said:|server response|<[^>\n]{1,320}>\.\.\.\s|smtpcommandexception:/i;
/** Found with one scan of the whole text (see linesMatching): nothing in it crosses a line end. */
// (a Logs row's "Failed: domain → address 'Service unavailable; ... blocked using ...'": its quoted message is the server's,
// the code sometimes on a line of its own below it)
const ERROR_LINES = new RegExp(
  String.raw`${REPLY_CODE.source}|^[ \t]*failed:[^\n@'"]{0,200}@[^\n'"]{0,200}['"]|${ENHANCED_CODE.source}|diagnostic-code|said:|returned|server response|remote host said|response:|error:|message:|denied|refused|rejected|not permitted|not allowed|unable to relay|blocked using|service unavailable|timed out|i/o timeout|:[ \t]EOF\b|could not be established|unable to connect|net_io_connectionclosed|opentimeout|retry timeout exceeded|\(0x800ccc[0-9a-f]{2}\)|not loving your login|\blimit exceeded\b`,
  'gim',
);

/**
 * `setup` is the whole paste when `pasted` has an earlier error blanked (timeline.ts): the client,
 * the region and the Mailgun domain describe the sender's setup, which the earlier error may be
 * the only part to show. The current text is read first (the setup may have changed since:
 * yesterday's sandbox domain, today's own domain).
 */
/**
 * "If your mail program ever shows "550 5.7.1 Relaying denied", ...": a newsletter's or a help
 * page's example, not an error anyone got.
 */
/** A template's bullet that quotes an example error and says what it means: `• "550 5.7.1 Relaying denied" – usually means ...`. */
const TEMPLATE_EXAMPLE_LINE = /^[ \t]*[•*\u2013-][ \t]*["\u201c][^"\u201d\n]{1,160}["\u201d][ \t]*[\u2013\u2014-][^\n]*$/gm;

/**
 * A person not knowing which server an app uses, Mailgun's or another: "can't tell me whether it's been switched to
 * smtp.mailgun.org or still points at their old relay", "ne se souvient plus s'il avait mis smtp.mailgun.org ou le SMTP
 * de son hébergeur". The host named there is one of two guesses, no setting.
 */
// (the host itself between the "whether" and the "or", with another server after it: not "smtp.mailgun.org on 587 or 2525")
// (Dutch "of" is both its "whether" and its "or"; a port or a note in brackets may follow the host)
const HOST_UNKNOWN_WHICH = /\b(?:can(?:'|no)?t tell|don't know|do not know|not sure|unsure|no idea|(?:doesn't|does not|can't|cannot) remember|ne se souvient|ne sait|wei(?:ß|ss) nicht|no sabe|no recuerda|não sabe|não sei|nao sei|weet niet)\b[^\n.?!]{0,100}?\b(?:whether|if|s'il|si|se|ob|(?<=weet niet[^\n.?!]{0,100}?)of)\b[^\n.?!]{0,60}?\bsmtp(?:\.eu)?\.mailgun\.org\b(?::\d{2,5})?(?:[ \t]*\([^()\n]{0,60}\))?[^\n.?!]{0,15}?\b(?:or|ou|oder|o|of)\b(?![ \t]*\d)/gi;

/** "nobody knows what hostname/port/user went in there — could be Mailgun, could be ... mxa.mailgun.org": its hosts are guesses, to the sentence's end. */
const HOST_UNKNOWN_SAID = /\b(?:nobody|no one|no-one)[ \t]+knows[ \t]+(?:what|which)[ \t]+(?:host(?:name)?|server|smtp)\b(?:[^\n.]|\.(?=\w)){0,400}/gi;
/**
 * What most of a service's customers do, beside what others do: "most BYO tenants point at smtp.mailgun.org with their own
 * Mailgun login, some at their Exchange": no word on this one's setting.
 */
const HOST_OF_MOST = /\b(?:most|many)[ \t]+(?:of[ \t]+(?:our|the|their|your)[ \t]+)?(?:[\w-]{1,20}[ \t]+)?(?:tenants|customers|clients|users|accounts|sites|shops|stores|installs|instances|orgs|organi[sz]ations)\b[^\n.?!]{0,60}?\bsmtp(?:\.eu)?\.mailgun\.org\b[^\n.?!]{0,80}?[,;/][ \t]*(?:and[ \t]+|but[ \t]+)?(?:some|others|a few)\b[^\n.?!]{0,80}/gi;
/**
 * A Mailgun host asked about as the one to use: "should they be using smtp.eu.mailgun.org instead?", "should we move the MX to
 * mxa.eu.mailgun.org?": no host in use.
 */
const HOST_INSTEAD_ASKED = /\b(?:should|shall|do|must|can|could)[ \t]+(?:we|they|i|he|she|you)[ \t]+(?:be[ \t]+)?(?:use|using|switch(?:ing)?[ \t]+to|mov(?:e|ing)[ \t]+(?:the[ \t]+mx[ \t]+)?to|be[ \t]+on|go[ \t]+to|point[ \t]+(?:it|the[ \t]+mx|them)[ \t]+(?:at|to))[ \t]+(?:smtp|mx[ab])(?:\.eu)?\.mailgun\.org\b[^\n?]{0,40}\?/gi;
/** Mailgun's host names, blanked in such a sentence: the rest of it, an error quoted there too, stays. */
const MAILGUN_HOST_NAMES = /\b(?:smtp|mx[ab])(?:\.eu)?\.mailgun\.org\b/gi;

const blankMailgunHosts = (sentence: string) => sentence.replace(MAILGUN_HOST_NAMES, (host) => ' '.repeat(host.length));

const HYPOTHETICAL = new RegExp(
  String.raw`\bif\b[^\n]{0,60}?\bever\b[^\n]{0,30}?\b(?:shows?|says?|displays?|returns?|gets?|sees?)\s+["'\u201c]?(?:[245]\d\d[ -])?(?:[245]\.\d\.\d{1,3}\s+)?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?` +
    // A how-to's "If your application gets `550 5.7.1 Relaying denied` back from ...": addressed to any reader.
    String.raw`|\bif (?:your|an?) (?:application|app|client|server|program|script|code|mail program|website|site)\b[^\n]{0,40}?\b(?:gets?|receives?|sees?|shows?|returns?)\s+["'\u201c\x60]?(?:[245]\d\d[ -])?(?:[245]\.\d\.\d{1,3}\s+)?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d\x60]?`,
  'gi',
);

/** A ticket's title quoted in a person's words ('opened a ticket titled "Mailgun relay access denied to x"'). */
// (each quote closes only by its own kind: a double-quoted title may hold an apostrophe, "Client's app: ...")
// (or quoted, then said to be the ticket's summary: '"Mailgun relay denied" per the ticket'; not "according to the ticket", its report)
const TICKET_TITLE = /\b(?:ticket|case|issue|thread)[ \t]+(?:titled|named|called)[ \t]+(?:"[^"\n]{1,160}"|'[^'\n]{1,160}'|\u201c[^\u201d\n]{1,160}\u201d)|(?:"[^"\n]{1,160}"|\u201c[^\u201d\n]{1,160}\u201d)[ \t]+per the (?:ticket|subject)\b/gi;

/** The paste with quoted ticket titles blanked, when it also holds a server's failure code: a title is someone's summary. */
function withoutTicketTitles(text: string): string {
  const blanked = text.replace(TICKET_TITLE, (m) => ' '.repeat(m.length));
  return blanked !== text && holdsFailureCode(blanked) ? blanked : text;
}

/** Sentences of Mailgun's help article "Why Did I Receive Relaying Denied?" (../shared/seed), as people paste it. */
const ARTICLE_SENTENCES = new RegExp(
  [
    String.raw`response from mailgun \((?:outgoing|incoming)\)`,
    String.raw`response from recipient host`,
    String.raw`you've attempted to send an email with mailgun via smtp`,
    String.raw`this indicates the smtp session was not authenticated`,
    String.raw`this happens when the rcpt to command is used for an external email address`,
    String.raw`the solution to this is to ensure your smtp application is properly configured`,
    String.raw`you or a colleague has tried to send an email to an email address for which you use mailgun routes`,
    String.raw`the sending application will establish an smtp session to mailgun's mx server`,
    String.raw`if your mailgun account does not have a route or is not properly configured`,
    String.raw`you've successfully submitted an outgoing email to mailgun`,
    String.raw`this bounce message is being returned by the external recipient host`,
    String.raw`there are 3 different common scenarios`,
  ].join('|'),
  'gi',
);

/** The text with each line that holds a sentence of the help article blanked (same length); the text itself when none does. */
function withoutArticleLines(text: string): string {
  let out = text;
  for (const m of text.matchAll(ARTICLE_SENTENCES)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    const to = end === -1 ? text.length : end;
    out = out.slice(0, start) + ' '.repeat(to - start) + out.slice(to);
  }
  return out;
}

/**
 * A support macro quoted beside the error, from its title line ("> *Macro: Relaying Denied (3 scenarios)*") to the
 * blank line that ends it: its example errors are no error seen.
 */
// (Swedish, German, Dutch "Makro #4 – "Relaying denied":" too)
// (or its title with a dash and no colon: "> *Macro — Relaying denied (3 scenarios)*", "> *Saved reply — Relaying denied*", or between
// dashes: "--- macro RD-01 (Relaying denied) ---")
const MACRO_BLOCK = /^[ \t>*_-]*(?:ma[ck]ro|saved reply|canned (?:reply|response)|reply template)\b(?:[^\n:]{0,40}:|[ \t]*[—–][^\n:]{0,80}$|[^\n:]{0,60}-{3}[ \t]*$)[^\n]*(?:\n(?![ \t>]*\n)[^\n]*){0,30}/gim;

/** A draft between its own markers, "---- draft ----" to "---- end draft ----" (or a macro's), whatever its lines. */
const MARKED_DRAFT = /^[ \t>]*-{2,}[ \t]*(?:my[ \t]+)?(?:draft|macro)\b[^\n]{0,40}?-{2,}[ \t]*\n(?:(?![ \t>]*-{2,}[ \t]*end\b)[^\n]*\n){0,40}?[ \t>]*-{2,}[ \t]*end[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:draft|macro)\b[^\n]*/gim;

/**
 * Other customers' errors a support note lists for comparison, from the line that says so ("Similar tickets this week,
 * for pattern-matching only — these are DIFFERENT customers:", "For comparison only, NOT this customer") to the blank
 * line that ends the list.
 */
const OTHER_CUSTOMERS_BLOCK = /^[^\n]{0,200}\b(?:(?:these are|from|for) (?:different|other) customers|for (?:pattern[- ]matching|comparison) only|not (?:this|the same) customer)\b[^\n]*(?:\n(?![ \t>]*\n)[^\n]*){0,40}/gim;

/**
 * A reply an agent drafted, below the line that says so ("My macro:", "my draft reply:"), to the blank line that ends it
 * (its "> " quote marks may be gone: the normalizer drops a quote's marks).
 */
// (the line may say more before its colon: "Draft reply I was about to send (our macro "RD-01 ..."):")
// (only the draft's own line may say more: "... no longer sure the macro fits:" introduces the customer's data)
// (or one word and a note between: "sent them our standard macro (pasting it so you see what they got):")
// (or asked about before it is sent: "Going to use the Relaying Denied macro for Gloaming Press, ok? 👇", "Draft reply for review 👇 (...)")
const DRAFT_QUOTE = /\b(?:(?:(?:my|our|the|this|a) (?:[a-z]{3,15} )?(?:macro|draft(?: reply| answer)?|canned (?:reply|response)|saved reply|reply template)(?:[ \t]+(?:first|below|here|again))?(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*|^[ \t]*draft(?:ed)? (?:reply|answer|response)\b[^\n:]{0,100}|^[ \t]*(?:borrador de respuesta|rascunho de resposta|brouillon de réponse|antwortentwurf|concept-antwoord|bozza di risposta)\b[^\n:]{0,100}|\b(?:macro|draft|template) (?:text|body|wording)):|(?:use|send|using|sending)\b[^\n]{0,20}?\b(?:the|our|my|this)\b[^\n]{0,30}?\bmacro\b[^\n]{0,60}?👇|^[ \t]*draft(?:ed)? (?:reply|answer|response)\b[^\n]{0,100}?👇[^\n]{0,120})[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*\S[^\n]*(?:\n|$)){1,30}/gim;

/** A line about a macro or a drafted reply, then its text quoted (`> ...` lines) under it: "drafting the reply with our relaying-denied macro, can someone check?" */
const MACRO_QUOTED_BELOW = /\b(?:macro|canned (?:reply|response)|saved reply|draft(?:ed)? (?:reply|answer)|drafting the reply)\b[^\n]{0,120}\n(?:[ \t]*\n)?(?:[ \t]*>[^\n]*(?:\n|$)){1,30}/gi;

/** A help text quoted under the line that names it ("FAQ (from our internal wiki, copied from Mailgun):" then `> ...` lines): its example errors are no error seen. */
const DOCS_QUOTED_BELOW = /^[^\n]{0,120}\b(?:faq|wiki|docs?|documentation|knowledge ?base|kb|help (?:article|center|centre|page)|support article|article)\b[^\n]{0,80}:[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*>[^\n]*(?:\n|$)){1,30}/gim;

/** The paste with quoted macros, drafted replies, help texts and other customers' listed errors blanked, when it also holds a failure code or relay words outside them. */
// (before the timeline too: a macro's example error is no earlier error of the thread)
export function withoutQuotedExamples(text: string): string {
  return /ma[ck]ro|draft|canned|saved reply|reply template|customer|pattern[- ]matching|comparison|faq|wiki|docs?\b|documentation|knowledge|\bkb\b|article/i.test(text) ? withoutOthersExamples(text) : text;
}
function withoutOthersExamples(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const blanked = text.replace(MARKED_DRAFT, blank).replace(MACRO_BLOCK, blank).replace(DRAFT_QUOTE, blank).replace(MACRO_QUOTED_BELOW, blank).replace(DOCS_QUOTED_BELOW, blank).replace(OTHER_CUSTOMERS_BLOCK, blank);
  // (or the person's own relay words outside them: 'a red badge "Delivery failed – Relaying denied"' under the quoted macro)
  return blanked !== text && (holdsFailureCode(blanked) || RELAY_LINE.test(blanked)) ? blanked : text;
}

/** A relay phrase someone put on a ticket by mistake ('Tier 1 tagged the ticket "relaying denied" by mistake'). */
const MISTAKEN_LABEL = new RegExp(
  String.raw`["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[ \t]+(?:by mistake|by accident|mistakenly|wrongly|in error)\b|\b(?:mistakenly|wrongly)[ \t]+(?:tagged|labell?ed|filed|marked|categori[sz]ed)\b[^\n"'\u201c]{0,40}["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})`,
  'gi',
);

/**
 * A config line's comment about a change still to come (`EMAIL_HOST = "smtp-relay.gmail.com"   # TODO: switch to
 * smtp.mailgun.org once ... is verified`): a plan, not the setting in use.
 */
// (on a line that holds a setting before it, `=` or `key:`: not a Slack channel's name, "Seen in #next-gen-mail: ...";
// the word then a blank or a colon, and never a span with a reply code or a relay phrase in it)
const PLANNED = String.raw`(?:#|\/\/)[ \t]*(?:todo|fixme|later|next|will|planned|plan|to do|once|switch(?:ing)? to|move to|migrate to)(?=[ \t:])`;
const PLANNED_COMMENT = new RegExp(String.raw`(?<=[=:][^\n#]{0,200}[ \t])${PLANNED}[^\n]*`, 'gi');
const PLANNED_WORDS = new RegExp(PLANNED, 'i');
/** An auth setting inside a block comment on its line: `/*, auth: { user: process.env.MG_USER, pass: process.env.MG_PASS } *\/`. */
const INLINE_AUTH_COMMENT = /\/\*[^\n*]{0,40}?["']?auth["']?[ \t]*:[^\n]{0,300}?\*\//gi;
/** A host setting commented out (`# address: "smtp.mailgun.org", port: 587  <- old, pre-migration`): not in use. */
// (or a comment line of a change still to come, `# MAILGUN: TODO switch EMAIL_HOST to smtp.mailgun.org once DNS verifies`)
// (or a whole line of code commented out, `// const transport = nodemailer.createTransport({ host: 'smtp.mailgun.org', ... })`;
// or kept for the record, `; old: host = smtp.eu.mailgun.org:587`)
// (or such a line quoted in a parenthesis: "(# 'mail_smtphost' => 'smtp.eu.mailgun.org')")
const COMMENTED_OUT_HOST = /\(#[ \t]*(?=[^\n()\d])[^\n()]{0,80}mailgun[^\n()]{0,80}\)|^[ \t]*(?:#|\/\/|;)[ \t]*(?:(?:old|previous|was|before|formerly)[ \t]*:?[ \t]+)?(?:(?:address|host|smtp_?host|smtp_?address|smtp_?server|relayhost|mail_?host|email_?host|smarthost|dc_smarthost)[ \t]*[:=]|[^\n]{0,40}?\b(?:todo|fixme)\b)[^\n]*mailgun[^\n]*|^[ \t]*(?:#|\/\/|;)[^\n]{0,120}?\bhost["']?[ \t]*[:=][ \t]*["'][^"'\n]{0,60}mailgun[^\n]*/gim;

const MAILGUN_HOST_CHANGED_FROM = /(\b(?:from|z|von|de|da|van)[ \t]+)(smtp(?:\.eu)?\.mailgun\.org)(?=[ \t]+(?:to|na|auf|zu|a|para|naar|in|nach|vers|per)[ \t]+smtp(?:\.eu)?\.mailgun\.org\b)/gi;
/**
 * The Mailgun domain only an earlier, set-aside error names: the sender's setup, but not a sandbox domain, which the earlier
 * error was most likely about ("421 Domain sandbox... is not allowed to send", then "we upgraded the plan").
 */
function setupMailgunDomain(setup: string, setupLower: string, recipientDomains: ReadonlySet<string>, routes: readonly string[]): string | null {
  const domain = findMailgunDomain(setup, setupLower, null, recipientDomains, routes);
  return domain !== null && SANDBOX_DOMAIN.test(domain) ? null : domain;
}
const SANDBOX_DOMAIN = /^sandbox[0-9a-f]{8,40}\.mailgun\.org$/i;

const OLD_MAILGUN_HOST = /(?<![\w-])old (?:deployment|setup|config(?:uration)?|server|host|box|app|version)[^\n.;]{0,20}?\b(?:used|was|had|pointed (?:at|to)|sent (?:through|via))[ \t]+smtp(?:\.eu)?\.mailgun\.org\b/gi;
const OTHER_SMTP_HOST = /\bsmtp(?:-relay)?\.(?!(?:eu\.)?mailgun\.org\b)[a-z0-9-]{2,63}\.[a-z]{2,}/i;

/** A person's question whether an error is a relaying one, in words no server uses: "asking if it's another relaying issue". */
// (asked: reported as a question, or ending in a question mark; not "we fixed the relay issue last month")
// (and asked retold in French, "le client demande si c'est le fameux « relaying denied »"; the retelling verb kept in the
// excerpt: a question of the customer's, which their message then answers)
const RELAY_TOPIC_ASKED = /(?:==|\bequals|\bis[ \t]+the[ \t]+same[ \t]+as)[ \t]*["'\u201c]?relay(?:ing)?[ \t]+denied\b[^\n]{0,20}\?|(?:\b(?:asks?|asked|wonders?|wondering)[ \t]*:?[ \t]*)?\b(?:is|was)[ \t]+(?:this|it|that)[ \t]+(?:the|a|another)[ \t]+["'\u201c]?relay(?:ing)?[ \t]+denied["'\u201d]?[ \t]+(?:thing|issue|problem|error|one)\b|(?:\b(?:demande|demandent)[ \t]+)?\bsi[ \t]+c'est[ \t]+(?:(?:le|la|un|une|du)[ \t]+)?(?:fameux[ \t]+|fameuse[ \t]+)?[«"'\u201c]?[ \t]*relay(?:ing)?[ \t]+denied\b|\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?)\b[^\n]{0,60}?\b(?:another|a|the same|the)[ \t]+["'\u201c]?relay(?:ing)?[ \t]+(?:issue|problem|error|thing|case)\b|\b(?:another|a|the same|the)[ \t]+["'\u201c]?relay(?:ing)?[ \t]+(?:issue|problem|error|thing|case)\b[^\n.!?]{0,60}\?/i;

/** The first run of text a blanking changed: from the first position where the two differ to the end of its blank run. */
function firstChange(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = start;
  while (end < after.length && after[end] === ' ') end++;
  return before.slice(start, end).trim();
}

export function extract(pasted: string, secretKinds: readonly SecretKind[], setup: string = pasted, hiddenLogin: string | null = null): Extraction {
  // Blanked rather than removed, so that every other position in the text stays where it was.
  const guessed = withoutGuesses(pasted);
  const theorised = withoutColleagueTheories(guessed);
  const everless = theorised.includes('ever') ? theorised.replace(HYPOTHETICAL, (m) => ' '.repeat(m.length)) : theorised;
  const hypothetical = everless.includes('mailgun.org') ? everless.replace(HOST_UNKNOWN_WHICH, (m) => ' '.repeat(m.length)).replace(HOST_UNKNOWN_SAID, blankMailgunHosts).replace(HOST_OF_MOST, blankMailgunHosts).replace(HOST_INSTEAD_ASKED, blankMailgunHosts) : everless;
  // (a support macro's list of example errors, in a template with {{placeholders}}: its quoted examples are no error seen)
  const examplesLeft = hypothetical.includes('{{') ? hypothetical.replace(TEMPLATE_EXAMPLE_LINE, (m) => ' '.repeat(m.length)) : hypothetical;
  const labelled = /mistake|wrongly|in error|by accident/i.test(examplesLeft) ? examplesLeft.replace(MISTAKEN_LABEL, (m) => ' '.repeat(m.length)) : examplesLeft;
  const titled = /\b(?:titled|named|called|per the)\b/i.test(labelled) ? withoutTicketTitles(labelled) : labelled;
  const ownOnly = withoutQuotedExamples(titled);
  // (Mailgun's help article on Relaying Denied, pasted beside the error: its words are about every case, not this one)
  const unquoted = withoutArticleLines(ownOnly);
  const planned = PLANNED_WORDS.test(unquoted) ? unquoted.replace(PLANNED_COMMENT, (m) => (RELAY_LINE.test(m) || REPLY_CODE.test(m) ? m : ' '.repeat(m.length))) : unquoted;
  const hostsUncommented = planned.includes('mailgun') ? planned.replace(COMMENTED_OUT_HOST, (m) => ' '.repeat(m.length)) : planned;
  // (a login commented out inside the options, nodemailer's `secure: false /*, auth: { user: ..., pass: ... } */`: no login)
  const uncommented = hostsUncommented.includes('/*') ? hostsUncommented.replace(INLINE_AUTH_COMMENT, (m) => ' '.repeat(m.length)) : hostsUncommented;
  // (Mailgun's host said to be the old setup's, beside another SMTP host the paste names: "the old deployment used
  // smtp.mailgun.org", the session going to smtp.office365.com)
  const replaced = uncommented.includes('mailgun') && OTHER_SMTP_HOST.test(uncommented) ? uncommented.replace(OLD_MAILGUN_HOST, (m) => ' '.repeat(m.length)) : uncommented;
  // (one Mailgun host changed for the other, "host z smtp.mailgun.org na smtp.eu.mailgun.org": the old one is no host in use)
  const current = replaced.includes('mailgun.org') ? replaced.replace(MAILGUN_HOST_CHANGED_FROM, (m, before: string, host: string) => before + ' '.repeat(host.length)) : replaced;
  const parsed = failuresOnly(parseStructured(current));
  const structured = withoutRecoveredFailures(parsed);
  // (a recovered failure's own lines go too: its reply is no refusal that still stands)
  const recovered = parsed.records.filter((r) => !structured.records.includes(r));
  const recoveredReplies = repliesOf(recovered);
  const text = recovered.length === 0 ? current : withoutLinesHolding(current, recoveredReplies);
  const lower = text.toLowerCase();
  const blanked = setup !== pasted;
  const setupLower = blanked ? setup.toLowerCase() : lower;
  const records = structured.records;
  const lines = text.split('\n');
  const asked = records.length > 1 ? askedRecord(records, addressesInWords(lines)) : null;
  const primary = asked ?? pickPrimaryRecord(records);
  // (the failure asked about is read first: its reply is the refusal)
  const errorLines = collectErrorLines(text, lines, asked ? [asked, ...records.filter((r) => r !== asked)] : records);
  const errorText = errorLines.join('\n');
  const fromRecords = recordLineCount(records);
  // (beside Mailgun's own records of the server's reply, a person's line that names the relay phrase
  // before any code, "Another relaying denied from Mailgun I think, 5.7.1 again", is their words)
  // (nor, beside a record whose own server message is no relay refusal, a person's line that reads its code as one:
  // "your docs say 5.7.1 is relaying denied", "5.7.1 again so people keep reading it as relaying denied")
  const primaryMessage = primary ? RECORD_MESSAGE_KEYS.map((key) => primary.get(key) ?? '').join(' ').trim() : '';
  const recordSaysOther = fromRecords > 0 && primaryMessage !== '' && !RELAY_LINE.test(primaryMessage);
  const retold = relayRetellings(errorLines);
  const replyText = errorLines
    .filter((l, i) => i < fromRecords || ((hasFailureCode(l) || ENHANCED_CODE.test(l) || SERVER_REPLY.test(l)) && !(fromRecords > 0 && relayPhraseBeforeCode(l)) && !(recordSaysOther && readsCodeAsRelay(l)) && !retold.has(l)))
    .map(quotedReplies)
    .join('\n');
  const features: FeatureMap = new Map();
  // A person asking whether it is a relay refusal beside another error (the guess set aside above, or "another relaying
  // issue?"): the reply says why it is not one.
  const relayAsked = guessed !== pasted ? firstChange(pasted, guessed) : RELAY_TOPIC_ASKED.exec(pasted)?.[0];
  if (relayAsked) features.set('relay-asked', relayAsked);
  // The domain's MX records said moved away from Mailgun already: a feature, so that the rule reading them as set to Mailgun
  // ("wir haben die MX-Einträge wieder auf Microsoft 365 umgestellt" says both) gives way.
  const movedAway = lower.includes('mx') || lower.includes('mailgun') ? MX_MOVED_AWAY_LINE.exec(lower)?.[0] : undefined;
  if (movedAway) features.set('mx-moved-away', movedAway);
  // (the recovered failure set aside above was a relay refusal: the reply says it needs nothing)
  // (every failure on the page a temporary one its address's later delivery ended: the message arrived)
  const deliveredLaterTo = deliveredAfterRetries(parsed.records);
  if (deliveredLaterTo) features.set('delivered-after-retries', deliveredLaterTo);
  const recoveredRelay = recovered.find((r) => RELAY_LINE.test(RECORD_MESSAGE_KEYS.map((key) => r.get(key) ?? '').join(' ')) && r.has('recipient'));
  if (recoveredRelay) features.set('relay-failure-recovered', recoveredRelay.get('recipient')!.trim().toLowerCase());
  // Mailgun's suppression of an address beside the server's failure that caused it (its own record, read as the primary):
  // the failure says what is wrong, the suppression only follows from it.
  const suppressed = primary && !isSuppression(primary) && primary.get('recipient')
    ? records.find((r) => r !== primary && isSuppression(r) && r.get('recipient') === primary.get('recipient'))
    : undefined;
  // (or beside a relay refusal of another address: that refusal is the story, the suppression of an old address a side note)
  const besideRelay = !suppressed && primary !== null && !isSuppression(primary) && (RELAY_LINE.test(primaryMessage) || /\ballowed rcpthosts\b/i.test(primaryMessage)) && records.some((r) => r !== primary && isSuppression(r));
  if (suppressed || besideRelay) features.set('suppression-cause-shown', primary!.get('recipient') ?? primaryMessage);

  // (the row asked about gives the refusal: another row's relay refusal is another story)
  const refusal = (asked ? findRefusalLine(RECORD_MESSAGE_KEYS.map((key) => asked.get(key)?.trim() ?? '').filter(Boolean)) : null) ?? findRefusalLine(errorLines);
  // The row a person asks about by its address failed with another error ("explain the other one, carla@'s"):
  // the other rows' relay refusals are not the question, and read again without them.
  // (not when the person's words name a relay refusal, in a question too: "carla@ is full, fine, but why relaying denied?")
  const askedWords = asked ? RECORD_MESSAGE_KEYS.map((key) => asked.get(key) ?? '').join(' ') : '';
  if (asked && /^[45]\d\d$/.test(asked.get('code')?.trim() ?? '') && askedWords.trim() !== '' && !RELAY_LINE.test(askedWords) && RELAY_LINE.test(text) && !wordLines(pasted.split('\n')).some((line) => RELAY_LINE.test(line))) {
    return extract(text.replace(RELAY_PHRASES_ALL, (m) => ' '.repeat(m.length)), secretKinds, setup);
  }
  // A loose `Error: ...` in prose is not an event: a coded relay refusal elsewhere gives the codes and the message.
  const replyRecord = structured.format === null && refusal && RELAY_LINE.test(refusal) && REPLY_CODE.test(refusal) ? null : primary;
  // (a client's exception quotes the refusal without its reply code: a transcript's line of it has the code)
  // (a field read inside a Python tuple's text, `(530, b'5.7.57 ... Error: 535 5.7.139 ...')`: the tuple's line gives the codes)
  const tupleLine = refusal !== null && refusal.length >= 8 ? errorLines.find((l) => l !== refusal && l.includes(refusal.slice(0, 60)) && PYTHON_REPLY.test(l)) : undefined;
  const coded = codesOf(replyRecord, tupleLine ?? refusal);
  const transcriptLine = coded.replyCode === null && refusal && RELAY_LINE.test(refusal)
    ? errorLines.find((l) => l !== refusal && REPLY_CODE.test(l) && codeThenRelayPhrase(l))
    : undefined;
  const fromTranscript = transcriptLine ? codesOf(null, transcriptLine) : null;
  // (or an error screen's own label for it, on a line of its own just above the refusal: "エラーコード: 550", "Error code: 550")
  // (also for the enhanced code alone, where the pair's reply code is the one read: PHPMailer's "SMTP code: 550 Additional SMTP info: 5.7.1")
  const nearPair = fromTranscript === null && coded.enhancedCode === null && refusal && RELAY_LINE.test(refusal) ? codePairNear(lines, refusal) : null;
  const pairNear = nearPair !== null && (coded.replyCode === null || nearPair.replyCode === coded.replyCode) ? nearPair : null;
  // (or the codes read out on the phone, spelled in words on the refusal's line: "five-five-zero, five dot seven dot one")
  const spoken = refusal && RELAY_LINE.test(refusal) && /\b(?:four|five)\b/i.test(refusal) ? spokenCodes(refusal) : null;
  const replyCode = fromTranscript?.replyCode ?? coded.replyCode ?? pairNear?.replyCode ??
    // (MailKit's StatusCode under any refusal of its exception: `SmtpCommandException: 5.7.60 SMTP; Client does not have permissions ...`)
    (refusal && RELAY_LINE.test(refusal) ? (labelledCodeNear(lines, refusal) ?? mailkitStatusBelow(lines, refusal) ?? spoken?.replyCode ?? null) : refusal?.includes('SmtpCommandException') ? mailkitStatusBelow(lines, refusal) : null);
  const enhancedCode = coded.enhancedCode ?? fromTranscript?.enhancedCode ?? pairNear?.enhancedCode ?? spoken?.enhancedCode ?? null;
  // Rows of several events each name their mx-host: the refusal's own row says who refused.
  const refusalMxHost = refusal ? firstCapture([MX_HOST_FIELD], refusal) : null;
  // (Mailgun's data: every structured format but a bounce parser's, as for the event fields below; an
  // export only with a Mailgun event or recipient column: another provider's export has its own)
  // (nor another provider's own events: SendGrid's `"event": "deferred"` with its sg_event_id)
  // (nor Microsoft 365's message trace: the tenant's own record, whatever Mailgun did with the message)
  const mailgunData = structured.format !== null && structured.format !== 'bounce-parser-json' && structured.format !== 'message-trace' && (structured.format !== 'csv-export' || primary?.has('event') === true || primary?.has('recipient') === true) &&
    !(OTHER_PROVIDER_EVENTS.test(text) && findProvider(text, [])?.accepted === true);
  // (a record's field holds what its column held: an export whose header lost a column shifts every value)
  const recordMxHost = primary?.get('mxhost')?.trim().toLowerCase() ?? null;
  const mxHostField = recordMxHost && HOST_LIKE.test(recordMxHost) ? recordMxHost : null;
  const { format: source, shownBy: sourceShownBy } = detectSource(text, lower, structured);
  // (a failure event's own mx-host first: the refusal's line may be a page's items joined, naming a delivery's first)
  const eventMxHost = mxHostField && /fail|bounce/i.test(primary?.get('event') ?? '') ? mxHostField : null;
  const recordHost = eventMxHost ?? refusalMxHost ?? mxHostField;
  // (the refusal's own message in an MTA log, by its queue id: read once, for its relay and its recipient)
  const queued = refusal ? queueRecordOf(text, refusal) : null;
  const hosts = findHosts(text, lower, recordHost, features, refusal, queued, blanked ? setup : null, mailgunData, source);
  // Mailgun's own data or hosts mean the mail went through Mailgun (or may have: a diff from one provider
  // to Mailgun, two transports), whatever other provider is named.
  const throughMailgun = mailgunData || lower.includes('mailgun.org') || [hosts.host, hosts.configured].some((host) => host !== null && hostRole(host) !== 'other');
  // (another provider's server that gave the refusal decides, whatever Mailgun lines are left in a config)
  // (or, beside Mailgun's name, a refusal in the provider's own words as its relay: "SmtpClientAuthentication is disabled for
  // the Tenant" with an old smtp.mailgun.org setting mentioned; not its event, which reports a recipient's refusal)
  const refusalWords = !hosts.refusing && throughMailgun && refusal ? findProvider(refusal, []) : null;
  const refusingProvider = (hosts.refusing ? findProvider('', [hosts.refusing]) : null) ?? (refusalWords && !refusalWords.accepted && !refusalWords.stated ? refusalWords : null);
  const provider = refusingProvider ?? (throughMailgun ? null : findProvider(text, [hosts.configured, hosts.host]));
  if (provider) features.set('another-provider', provider.shownBy);
  // (its relay, smtp-relay.gmail.com or smtp.office365.com, refused the sender: no recipient's server was reached)
  if (refusingProvider && !refusingProvider.accepted) features.set('refusing-host:provider-relay', hosts.refusing ?? refusingProvider.shownBy);
  // The sender's own relay refused (named as refusing, or the only server a sender-side error can have come from).
  // (not a bounce: that is the reporting server's word, which may have been any server on the way)
  const senderSide = !mailgunData && source !== 'bounce-email' && source !== 'dsn-fragment';
  // (a guess when no server is named as refusing: not when the paste says the mail went on to Mailgun, which may have delivered it)
  // (a mail program's or a library's own error comes from the outgoing server in its settings, whatever else goes through Mailgun)
  // (or the sender's own server refusing one of its own users, from=<a@its own domain>, connecting from outside: a home office)
  const ownUserRefused = ownUserRefusal(text);
  // (and, with no server named, a refusal in another MTA's words, Sendmail's "... Relaying denied. Proper authentication
  // required.": not Mailgun's, so the relay the app is set to use answered, whatever it passes mail on to)
  const otherMtaWords = refusal !== null && OTHER_MTA_REFUSAL.test(refusal);
  const senderRelay = ownUserRefused ?? (hosts.relay && (hosts.host === hosts.relay || (hosts.host === null && senderSide && (!MAILGUN_PATH.test(text) || source === 'mail-client' || source === 'client-exception' || otherMtaWords))) ? hosts.relay : null);
  if (senderRelay && (hosts.host === null || ownUserRefused)) features.set('refusing-host:sender-relay', senderRelay);
  // Another provider's SMTP host, named in the words ("smtp_settings address is email-smtp...."), is the one that answered.
  const providerHost = provider && !provider.accepted && HOST_EXACT.test(provider.shownBy) ? provider.shownBy.toLowerCase() : null;
  const answeringHost = hosts.host ?? senderRelay ?? providerHost;
  // Said to go through the provider, beside a record of what happened to it: the provider's own report.
  // (not a device's log of the server's answer, "Response: 550 ... Relay Access Denied" with no event named: the provider's refusal)
  if (provider?.accepted || (provider?.stated && records.some((r) => r.has('event') || !r.has('response')))) features.set('another-provider-event', provider.shownBy);
  const command = findCommand(text, lines, refusal, primary);
  // The refusal's own words ("not permitted to relay ... without authentication") say nothing of the client.
  // (where the server's refusal stands, not a person's words about it above a transcript)
  const refusalAt = refusal ? text.indexOf(refusal) : -1;
  // (not a disabled send connector's settings: the enabled one's are the session's)
  const authAttempted = findAuth(withoutRelayRefusals(withoutDisabledRecords(text)), source, features, refusalAt !== -1 ? refusalAt : (RELAY_LINE.exec(text)?.index ?? -1), refusalAt !== -1 && readsAsServerReply(refusal!));
  const found = findRecipients(text, records);
  // (a refusal of the sender names the sender and its login, no recipient: "<noreply@x>: Sender address rejected: not owned by user web1@x")
  const refusalAddresses = found.length || !refusal || SENDER_REFUSED.test(refusal) ? [] : addressesIn(refusal).slice(0, 20);
  // (or an email log entry's "To: a@b" field just under the refusal, FluentSMTP's: a header line elsewhere is a forwarded mail's)
  // (or an automation run's one `To` input above its error: Power Automate's `"To": "a@b"` under Inputs, Zapier's "Data in" `To: a@b`)
  // (or the one `To` field of a send's settings or log beside the error: Uptime Kuma's, a GitHub Action's `to:` input, a plugin's log)
  const listed = found.length || !refusal || SENDER_REFUSED.test(refusal) ? found : refusalAddresses.length ? refusalAddresses : toFieldUnder(lines, refusal).concat(runInputRecipient(lines, refusal), source === 'bounce-email' ? [] : sendToField(lines, refusal)).slice(0, 1);
  const chosen = recipientOf(primary, refusal, listed, text, queued);
  // The refused recipient is always among the recipients (a report's other rows may be other errors).
  const withRefused = chosen && EMAIL_EXACT.test(chosen) && !listed.includes(chosen) ? [chosen, ...listed] : listed;
  // (a misread copy of the address the person says is the real one, "the real address is support@x" beside an OCR'd "suppart@x": one
  // address, the real one, the refused recipient where the misread copy was chosen)
  const realAddress = withRefused.length > 1 ? REAL_ADDRESS_SAID.exec(text)?.[1]?.toLowerCase() : undefined;
  const realSaid = realAddress !== undefined && withRefused.includes(realAddress);
  const recipients = realSaid ? withRefused.filter((address) => address === realAddress || !misreadOf(address, realAddress)) : withRefused;
  // (a typo said fixed, "they wrote "inovices@" — they've fixed that": of two addresses a letter or two apart, the one the paste
  // names last is the story's, the one after the fix)
  const respelt = !realSaid && chosen !== null && recipients.length > 1 && TYPO_FIXED_SAID.test(text) ? laterSpellingOf(chosen.toLowerCase(), recipients, text.toLowerCase()) : null;
  const recipient = realSaid && chosen !== null && misreadOf(chosen.toLowerCase(), realAddress) ? realAddress : (respelt ?? chosen);
  // An `mg.` domain a recipient is at is someone's receiving domain, not necessarily the sender's.
  const recipientDomains = new Set(recipients.map((r) => r.slice(r.lastIndexOf('@') + 1)));
  // (a swaks test that went well beside the application's own error: the library whose error is the refusal, nodemailer's
  // `EENVELOPE`; a swaks session with a failure of its own is the one the paste is about)
  // (and the other way: a swaks run whose own session was refused, beside an application named in the chatter, "grafana alerts
  // stopped, they ran swaks from the same box": the run is what the paste shows, its command what to fix first)
  const named = text.includes('swaks') && SWAKS_RUN.test(text) && SWAKS_REFUSED.test(text) ? 'swaks' : detectClient(text);
  const library = (named === 'swaks' && refusal && !TRANSCRIPT_FAILURE.test(text) ? detectClient(refusal) : null) ?? named ?? (blanked ? detectClient(setup) : null);
  // (an application named on a line set aside, a pasted article's, beside its library's error: the application, whose
  // settings are what to fix; "uptime-kuma notifications broke ... (the article) ... But the error in Kuma's test is: ETIMEDOUT")
  // (on the text before the article lines were set aside: not other customers' examples or a draft, set aside before that)
  const app = library !== null && !APP_CLIENTS.has(library) && unquoted !== ownOnly ? detectClient(ownOnly) : null;
  const detected = app !== null && APP_CLIENTS.has(app) ? app : library;
  // Beside Mailgun's own data, a mail server named only in a server's words or the chatter ("the partner's Postfix",
  // Sendmail's "... Relaying denied") is the recipient's: Mailgun sent the mail. (Not beside that server's own settings.)
  // (an application set to hand its mail to a mail server on its own machine, `host = localhost:25`, whose log shows the refusal of
  // its relay to Mailgun: that server sent the session Mailgun refused, and its settings are the fix)
  const localMta = detected !== null && APP_CLIENTS.has(detected) && refusal !== null && LOCAL_RELAY_SETTING.test(text) ? mtaOfLogLine(refusal) : null;
  const client = localMta ?? (mailgunData && detected !== null && RECIPIENT_SIDE_MTAS.has(detected) && !MTA_SETTINGS.test(text) && OWN_MTA.exec(text)?.[1]?.toLowerCase() !== detected ? null : detected);
  // (the account's region in brackets beside the customer's name, "Customer Redwood Ticketing (EU account)": stated, whatever
  // host the settings use, and on a line the story may have set aside for its old error)
  // (not beside a move between regions said in words, "switched their Mailgun domain from EU to US": where it is now)
  const accountRegion = setupLower.includes('(') && !REGION_MOVED.test(setupLower) ? ACCOUNT_REGION_BRACKET.exec(setupLower)?.[1] : undefined;
  const region = accountRegion === 'eu' || accountRegion === 'us' ? accountRegion : (detectRegion(lower) ?? (blanked ? detectRegion(setupLower) : null) ?? regionAfterCustomerName(setup));
  // A printer or a scanner set to Mailgun's inbound MX as its SMTP server only ever sends: it sends through the MX by
  // mistake ('the "SMTP Server Name" is mxa.mailgun.org'), whatever no Route would take
  const deviceMx = features.get('configured-host:mailgun-mx');
  if (client === 'printer' && deviceMx && !features.has('mx-session:receiving') && !features.has('mx-session:sending') && hosts.refusing === null) features.set('mx-session:sending', deviceMx);

  // Event fields count only from a Mailgun format (another provider's `event` says nothing of Mailgun).
  const mailgunRecord = mailgunData ? primary : null;
  // Mailgun's API spells these in lower case; its logs pages capitalise them (`Failed`, `Permanent`).
  const event = mailgunRecord?.get('event')?.toLowerCase() ?? null;
  const mxHost = recordHost;
  // (a print's `description=None` is no message)
  const field = (key: string) => { const v = replyRecord?.get(key); return v && !/^(?:none|null|nil|undefined)$/i.test(v.trim()) ? v : undefined; };
  const recordMessage = replyRecord && (field('message') || field('description') || sentence(field('details')) || field('error') || field('diagnosticcode') || field('response'));
  const refusalMessage = refusal && readsAsServerReply(refusal) ? refusal : '';
  // Symfony's wrapper, cut short by the quotes inside it (`Error: "Expected response code "250/251/252"
  // but got ...`), is no server's words: the refusal line's reply is.
  // (nor a loose `Error:` label's words with no code, `SMTP Error: Could not authenticate." depuis hier ...`, beside an
  // SMTP reply with its enhanced code: the reply is the server's; an HTTP status, `401`, has none)
  const uncodedLabel = recordMessage && !mailgunData && refusalMessage && !SERVER_CODE.test(recordMessage) && CODED_REPLY_IN.test(refusalMessage);
  const message = recordMessage && !(refusalMessage && SYMFONY_WRAPPER.test(recordMessage)) && !uncodedLabel ? recordMessage : refusalMessage || recordMessage || '';
  // (Exim's own log of a refusal has no code: its words follow the address, `rejected RCPT <a@b>: relay not permitted`)
  // (nor a table row's own date column after it, the Bounces list's "Date created": `... non-accepted domain   12/04/2024 09:14 AM`)
  const serverMessage = shorten((EXIM_RCPT_REJECTION.exec(message)?.[1] ?? (replyIn(message) || null))?.replace(ROW_DATE_AT_END, '') ?? null);

  const mailMove = recipientMailMove(lower);
  // (the recipient's side saying it takes no more mail at the address, and the new one it gives, if any)
  const dropped = recipientDomainDropped(lower);
  const { routes, gone: goneRoutes } = scanRoutes(text);
  const facts: Facts = {
    replyCode,
    enhancedCode,
    host: answeringHost,
    hostRole: answeringHost ? hostRole(answeringHost) : null,
    command,
    authAttempted,
    recipient,
    recipients,
    recipientDomain: recipient ? recipient.slice(recipient.lastIndexOf('@') + 1) : null,
    client,
    region,
    source,
    secretsFound: secretKinds.length > 0,
    secretKinds: [...secretKinds],
    serverMessage,
    event,
    // (or a Logs row's own field line, "Severity: temporary, attempt 4", where no event record was read)
    // (its first word, where a copied row ran on into the next field: "permanent, reason: generic")
    // (a record's value cut at its arrow, "temporary → permanent after retries", ends permanent: the line's later value)
    severity: severityChangedTo(lower) ?? severityOf(mailgunRecord?.get('severity')) ?? SEVERITY_LINE.exec(lower)?.[1] ?? null,
    reason: mailgunRecord?.get('reason')?.toLowerCase() ?? null,
    mxHost,
    mailgunDomain: wholeDomain(findMailgunDomain(text, lower, mailgunRecord, recipientDomains, routes) ?? (blanked ? setupMailgunDomain(setup, setupLower, recipientDomains, routes) : null), lower),
    routes,
    goneRoutes,
    provider: provider?.provider ?? null,
    senderRelay,
    addressConfirmed: saysAddressIsRight(lower),
    // (asked of Mailgun's support without its name: "Can you whitelist us on your side??")
    mailgunBlamed: lower.includes('mailgun') ? MAILGUN_BLAMED.test(lower) : WHITELIST_ASKED.test(lower),
    ownSideAsked: OWN_SIDE_ASKED.test(lower),
    recipientMailMoved: mailMove.moved,
    recipientMailMovedTo: mailMove.to,
    // (a domain taken off a server as its mail moved elsewhere is a move, not a retired address)
    // (or the recipient's side said to take no more mail there, a new address given that is not the one refused)
    recipientAddressChanged: saysRecipientAddressChanged(lower) || (!mailMove.moved && saysDomainRetired(lower)) || droppedFor(dropped, recipient),
    recipientNewAddress: dropped === null ? null : newAddressOf(dropped, recipient),
    // (set by diagnose(), which knows what the normalizer repaired)
    ocrRepaired: false,
    loginFromEnv: loginFromEnvIn(text),
    passwordFromEnv: passwordFromEnvIn(text),
    suppression: suppressionShownFor(lower, recipient, recipients),
    dedicatedIp: saysDedicatedIp(lower),
    clientNetwork: networkShownFor(text, features.get('own-server:internal-client')),
    smtpPort: smtpPortIn(text, lower),
    smtpLogin: literalLoginIn(text) ?? hiddenLogin ?? transcriptLogin(text),
    envelopeSender: envelopeSenderIn(text, refusalAt),
    fromSetting: fromSettingIn(text),
    sendConnector: sendConnectorIn(text),
    reportingMta: reportingMtaIn(text),
    // (or the refused name at the domain of the server that refused it, where the address's domain looks like its host's)
    similarAddress: similarAddressIn(lower, recipient, recipients) ?? (saysAddressIsRight(lower) ? null : addressAtServersDomain(recipient, answeringHost ?? mxHost)),
    attempts: attemptsOf(attemptsShown(records, recipient), lower),
    refusedAtDomain: refusedAtDomain(lower, records, recipients, recipient, answeringHost !== null && hostRole(answeringHost) === 'other'),
    deliveredAtDomain: deliveredAtDomain(lower, records, recipient),
    // (read after the diagnosis, which says whether there is a relay refusal for them to be beside)
    otherErrors: [],
  };

  addSourceFeatures(facts, structured, text, lower, features, sourceShownBy);
  // (Mailgun's SMTP host refused a session that had logged in, as another domain than the mail's: the login does not cover it)
  if (features.has('auth:succeeded') && facts.hostRole === 'mailgun-smtp' && loginOfAnotherDomain(facts)) features.set('auth:login-other-domain', `${facts.smtpLogin} sending as ${facts.envelopeSender}`);
  // A session reproduced against the recipient's own MX, the one Mailgun's failure event names ("swaks straight against the
  // recipient's MX"): delivery there, where no client logs in, so its want of a login says nothing of who refused.
  if (features.has('auth:none') && features.has('mailgun-event') && facts.hostRole === 'other' && facts.host !== null && facts.host === facts.mxHost && greetedBy(text, facts.host)) {
    features.delete('auth:none');
  }
  // A server's log whose only refusals are of outside clients probing for an open relay: it did its job.
  const probe = onlyRelayProbes(text);
  if (probe) features.set('relay-probes', probe);
  addMxLookupFeature(text, facts.recipientDomain, features);
  // The person takes "the Mailgun logs" back: "well, not the mailgun logs, that's our outbox table", "those aren't Mailgun's logs".
  const takenBack = lower.includes('log') ? NOT_MAILGUN_LOGS.exec(lower) : null;
  if (takenBack) features.set('not-mailgun-logs', takenBack[0]);
  // Python code that logs in on one branch of its if/else only (SMTP_SSL on 465 with login(), SMTP with starttls() without)
  const oneBranch = lower.includes('smtplib') || facts.client === 'python-smtplib' ? loginInOneBranch(text) : null;
  if (oneBranch) features.set('login-in-one-branch', `${oneBranch.login} · ${oneBranch.without}`);
  // (or under an `if` of its own on another thing, `if PROVEEDOR == "ses":`: false for Mailgun)
  // (Go's too: `if os.Getenv("SMTP_AUTH") == "1" {` over `auth = smtp.PlainAuth(...)`)
  const underCondition = !oneBranch && (lower.includes('smtplib') || facts.client === 'python-smtplib') ? loginUnderCondition(text) : facts.client === 'go-net-smtp' ? goLoginUnderSwitch(text) : null;
  if (underCondition) features.set('login-under-condition', `${underCondition.login} · ${underCondition.condition}`);
  // (its switch set in another case than the condition compares, `SMTP_AUTH_ENABLED=True` for `== "true"`)
  const caseMismatch = underCondition ? switchCaseMismatch(text, underCondition.condition) : null;
  if (caseMismatch) features.set('switch-case-mismatch', caseMismatch);
  // A temporary failure shown, and a permanent one for the same address after it ("10:02 ... temporary", "18:40 ... permanent"):
  // the retries ran out.
  const permanentLater = facts.severity === 'temporary' && facts.recipient !== null && lower.includes('permanent') ? permanentFailureOf(lower, facts.recipient) : null;
  if (permanentLater) features.set('permanent-failure-later', permanentLater);
  // The refused domain one letter from the company's name the paste gives ("the recipient is at Contoso Legal"): that name, for
  // the reply to quote as the reason for the corrected address.
  const companyNear = facts.similarAddress !== null && facts.recipientDomain !== null ? companyNamedNear(text, lower, facts.recipientDomain.toLowerCase()) : null;
  if (companyNear && facts.similarAddress!.endsWith(`@${companyNear.domain}`)) features.set('company-name-near-domain', companyNear.named);
  // Where the platform's settings did not reach the running program: a Secret in another namespace, a unit's file moved.
  const gap = deploymentGap(text);
  if (gap) features.set('deployment-gap', describeDeploymentGap(gap));
  // GitLab Omnibus applies gitlab.rb only when reconfigured: restarted alone, it runs with the settings it had.
  const gitlabRestart = facts.client === 'gitlab' && !lower.includes('reconfigure') ? GITLAB_RESTART.exec(text) : null;
  if (gitlabRestart) features.set('gitlab-restarted-not-reconfigured', gitlabRestart[0]);
  // Ghost hands nodemailer its `mail.options` only: an `auth` block beside `options` is never used.
  const ghostAuth = facts.client === 'ghost' && lower.includes('"auth"') ? authBesideOptions(text) : null;
  if (ghostAuth) features.set('ghost-auth-outside-options', ghostAuth);
  // nodemailer reads a login only from its transport's `auth: { user, pass }`: `user` and `pass` beside `host` are ignored.
  const loginOutside = facts.client === 'nodemailer' && lower.includes('pass') ? loginOutsideAuth(text) : null;
  if (loginOutside) features.set('nodemailer-login-outside-auth', loginOutside);
  // A setting that delivers straight to the recipient's own domain's MX (a camera mailing the team's routed address)
  // is delivery there, where no login is expected, not relaying: that MX refused for want of a Route.
  if (hosts.sendingSettingMx && features.get('mx-session:sending') === hosts.sendingSettingMx && (features.has('recipient-mx:mailgun') || saysMxIsMailgun(text, facts.recipientDomain))) {
    features.delete('mx-session:sending');
    features.set('mx-session:receiving', hosts.sendingSettingMx);
  }
  // Mailgun's inbound MX refusing a recipient at a large mailbox provider (gmail.com): it never receives for such a
  // domain, so the client was sending through the MX ("als server mxb.mailgun.org ingevuld"), not writing to a Route's domain.
  if (facts.hostRole === 'mailgun-mx' && isMailboxProviderDomain(facts.recipientDomain) && !features.has('mx-session:receiving')) features.set('mx-session:sending', facts.host!);
  // A test session with Mailgun's inbound MX for an address at a domain the paste shows (or says) has its MX at Mailgun:
  // delivery to that domain, where no login is expected ("pointed MX to mailgun ... tested with swaks").
  else if (facts.hostRole === 'mailgun-mx' && source === 'smtp-transcript' && !features.has('mx-session:sending') && (features.has('recipient-mx:mailgun') || saysMxIsMailgun(text, facts.recipientDomain))) {
    features.set('mx-session:receiving', facts.host!);
  }
  addRouteForwardFeature(lower, facts.recipient, features);
  // (a Route's forward() destination is no address a person typed: the same name at the domain the Route is for is where the mail
  // came from, not the one meant, "forward("orders@x.ca")" of orders@x.com's Route after x.ca's server was shut down)
  if (features.has('route-forwards-to-recipient')) facts.similarAddress = null;
  // A catch_all() among the live Routes shown takes every address: the inbound MX refuses none while it is live there.
  // (only a listing's own line, `10 catch_all() store()` or `"expression": "catch_all()"`: words about one, "not catch_all()",
  // "in the old account", "changed from catch_all()", say nothing of a live one)
  if (facts.routes.includes('catch_all()') && !facts.goneRoutes.includes('catch_all()') && listedLiveCatchAll(text)) features.set('route-catch-all-live', 'catch_all()');
  const backupMx = refusingBackupMx(text, facts.mxHost ?? (facts.hostRole === 'other' ? facts.host : null));
  if (backupMx) features.set('refusing-backup-mx', backupMx);
  const gateway = facts.hostRole === 'other' && lower.includes('mailgun') ? gatewayInFrontOf(text, facts.host!, facts.recipientDomain) : null;
  if (gateway) features.set('refused-behind-gateway', gateway);
  // A returned copy with Mailgun's own header (kept by normalize from the cut copy): Mailgun delivered the message, so a
  // refusal from a host that is not Mailgun's came after it, on the recipient's side.
  const sid = facts.hostRole !== 'mailgun-smtp' && facts.hostRole !== 'mailgun-mx' ? MAILGUN_SID_LINE.exec(text) : null;
  if (sid) features.set('mailgun-delivered-copy', sid[0]);
  // A suppression said removed under another domain than the one the message went out from ("deleted the entry ... under
  // brightlane.com", the event's "Domain: mg.brightlane.com"): suppressions are kept per sending domain.
  const removedAt = facts.mailgunDomain && /bounce|suppress/.test(lower) ? SUPPRESSION_REMOVED_AT.exec(lower)?.[1] : undefined;
  if (removedAt && removedAt !== facts.mailgunDomain) features.set('suppression-removed-elsewhere', removedAt);
  const readByClient = facts.client !== null ? CLIENT_LOGIN_VARIABLES[facts.client] : undefined;
  // (or a login call's arguments read from the environment: `server.login(os.getenv("SMTP_USER"), os.getenv("SMTP_PASSWORD"))`)
  const variableMismatch = facts.loginFromEnv || (text.includes('env') && READ_SAID.test(text)) || (text.includes('.login(') && LOGIN_CALL_PASSWORD_FROM_ENV.test(text)) ? loginVariableMismatch(text) : readByClient && text.includes(readByClient.prefix) ? clientVariableMismatch(text, readByClient) : null;
  if (variableMismatch) features.set('login-variable-mismatch', variableMismatch);
  // Vercel's variables scoped to Preview and Development only: production deployments get none of them.
  const vercelScope = lower.includes('vercel') ? VERCEL_SCOPE_WITHOUT_PRODUCTION.exec(text)?.[0] : undefined;
  // (quoted from a little before the environments' names: the line may start with other things)
  if (vercelScope) {
    const from = Math.max(0, vercelScope.search(/\b(?:preview|development)\b/i) - 60);
    // (from a word's start: a cut word reads as a typo)
    features.set('vercel-env-not-production', oneLine(from === 0 ? vercelScope : vercelScope.slice(vercelScope.indexOf(' ', from) + 1), 160));
  }
  const sourceGap = facts.loginFromEnv && !variableMismatch ? envSourceGap(text) : null;
  if (sourceGap) features.set('login-env-source-gap', sourceGap);
  // A DMARC record shown that asks for strict alignment of both (`aspf=s`, `adkim=s`): a subdomain's DKIM and SPF do not
  // align with its parent. (One relaxed is enough for DMARC to pass through a subdomain.)
  const dmarcStrict = lower.includes('v=dmarc1') ? DMARC_STRICT_RECORD.exec(text)?.[0] : undefined;
  if (dmarcStrict) features.set('dmarc-strict-alignment', oneLine(dmarcStrict, 160));
  if (facts.replyCode !== null) features.set(`reply-code:${facts.replyCode}`, String(facts.replyCode));
  // A record's field can hold the phrase the text only has encoded (a form body's `Relaying+denied`).
  const phrase = RELAY_LINE.exec(text) ?? (refusal ? RELAY_LINE.exec(refusal) : null);
  if (phrase) features.set('relay-phrase', phrase[0]);
  // Nothing failed: the lines show the mail accepted or delivered, and no error at all ("is our relay set up right now?"),
  // whatever a ticket's subject or a person calls it ("Relaying Denied when sending to our reseller")
  const accepted = replyCode === null && enhancedCode === null && !relayRefusalShown(text) ? MAIL_ACCEPTED.exec(text) : null;
  if (accepted && !FAILURE_SHOWN.test(text) && !hasFailureCode(text)) features.set('mail-accepted', accepted[0]);
  const msmtpUser = client === 'msmtp' ? msmtpUserBesideAuthOff(setup) : null;
  if (msmtpUser) features.set('msmtp-user-line', msmtpUser);
  // The SMTP password itself was pasted (redacted now): no password read from the environment, or that variable's own
  // value shown, `MAIL_PASSWORD=[REDACTED]` (not only a database's, `DB_PASSWORD=...`, beside `env('MAIL_PASSWORD')`).
  if (facts.secretKinds.includes('password') && smtpPasswordShown(setup, facts.passwordFromEnv)) features.set('smtp-password-pasted', 'the SMTP password');
  for (const [feature, words] of theoriesIn(pasted)) features.set(feature, words);
  // (a client stalled on port 465 beside a server's answer the paste tells as before, "Prima ... dava "535 ..."": that
  // answer was another session's, and what it says weighs nothing on this one's kind)
  const pastAnswer = features.has('plain-text-on-port-465') && facts.replyCode !== null;
  if (pastAnswer) {
    features.delete(`reply-code:${facts.replyCode}`);
    Object.assign(facts, { replyCode: null, enhancedCode: null, serverMessage: null });
  }
  const now = (lines: string) => (pastAnswer ? lines.split('\n').filter((line) => !toldAsPast(line)).join('\n') : lines);
  const [errorNow, replyNow] = [now(errorText), now(replyText)];
  return { text, errorText: errorNow, replyText: replyNow, kindScopes: kindScopesOf(records, primary, errorNow, replyNow, asked !== null), facts, features, recoveredReplies, recordFailures: recordFailuresBeside(records, facts.recipient) };
}

const SYMFONY_WRAPPER = /^\s*expected response code\s*$/i;

/** A server's or Mailgun's word that the mail was taken: Postfix's `status=sent (250 ...)`, `250 Great success`, a delivered event. */
const MAIL_ACCEPTED = /\bstatus=sent\b[^\n]{0,80}|\b250[ -](?:2\.\d\.\d[ \t]+)?(?:great success|ok\b|queued|message accepted|accepted)[^\n]{0,40}|["']?event["']?[ \t]*[:=][ \t]*["']?delivered\b|\bqueued\. thank you\b/i;
/** A relay phrase on a server's or log's line (Exim's "rejected RCPT <a>: relay not permitted"), not only in people's words. */
function relayRefusalShown(text: string): boolean {
  let seen = 0;
  for (const m of text.matchAll(RELAY_PHRASES_ALL)) {
    if (++seen > 20) return true;
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    if (SERVER_LINE_MARKER.test(text.slice(start, end === -1 ? text.length : end))) return true;
  }
  return false;
}
const SERVER_LINE_MARKER = /\b(?:rejected|refused|reject|said|rcpt|smtp|status=|host|h=|diagnostic-code|remote)\b|(?<![\w.])[45]\d\d(?![\w.])/i;

/** A failure shown without a code: a failed event or row, a bounced status, an exception. */
const FAILURE_SHOWN = /["']?event["']?[ \t]*[:=][ \t]*["']?(?:failed|rejected|bounced|temporary-fail)|\bstatus=(?:bounced|deferred)\b|\b(?:exception|traceback|error:)/i;

/** A field's words when they say more than one word (mailgun.js's `details: 'Forbidden'` does not). */
const sentence = (value: string | undefined) => (value && /\S\s+\S/.test(value.trim()) ? value : undefined);

/** A reply quoted inside a line: `550 5.7.1`, "550 5.7.1 Relaying denied", b'5.7.1 Relaying denied'. */
const QUOTED_REPLY = /(["'`])((?:[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3})(?:(?!\1)[^\n]){0,2000})\1/g;

/**
 * When a line quotes the server's reply, the reply is what is inside the quotes: the words around
 * it are the person's ("their bounce says `550 5.7.1`, nothing else. relaying denied?").
 */
function quotedReplies(line: string): string {
  // Each once, without a JSON escape's backslash (a log line that prints its message twice, once escaped).
  const quoted = new Set([...line.matchAll(QUOTED_REPLY)].map((m) => withoutTrailingBackslashes(m[2]!)));
  return quoted.size ? [...quoted].join(' ') : line;
}

function withoutTrailingBackslashes(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 92) end--;
  return value.slice(0, end);
}

/** A 4xx or 5xx reply in the line: a 2xx one reports a success ("delivered with 250"), not a refusal. */
function hasFailureCode(line: string): boolean {
  for (const m of line.matchAll(REPLY_CODES)) if (m[1]![0] !== '2') return true;
  return false;
}

/** PHPMailer's "Detail: Relaying denied SMTP code: 550 Additional SMTP info: 5.7.1", in its translations too. */
const PHPMAILER_DETAIL = /\bdeta(?:il|lle|lhe)[ \t]*:[ \t]*(\S[^\n]{0,299}?)\ssmtp[- ]?(?:code|c[oó]digo|codice)[ \t]*:[ \t]*([245]\d\d)\b(?:[^\n]{0,60}?:[ \t]*([245]\.\d{1,3}\.\d{1,3}))?/i;

/** Python's `(550, b'5.7.1 Relaying denied')` in SMTPRecipientsRefused and friends. */
// (aiosmtplib's SMTPRecipientRefused names the recipient third: `(550, '5.7.1 Relaying denied', 'a@b.example')`)
const PYTHON_REPLY = /\(([245]\d\d),\s*b?(["'])((?:(?!\2)[^\n]){1,2000})\2(?:,\s*["'][^"'\n]{0,254}["'])?\)/;

/**
 * The server's own words in a refusal line, without what wraps them (a log prefix, a library's
 * "Can't send mail - all recipients were rejected:", a transcript arrow): from the last 4xx/5xx
 * reply code on, or Python's (code, b'text') tuple.
 */
/**
 * A line in a server's words rather than a person's: it carries a reply or status code, a DSN field
 * or "said:", or the refusal starts it or follows a colon ("Relay access denied", "Error: Relaying
 * denied", "SmtpCommandException: Relaying denied"). "The customer insists this is the relaying
 * denied problem" is not shown as what a server said.
 */
function readsAsServerReply(line: string): boolean {
  if (REPLY_CODE.test(line) || ENHANCED_CODE.test(line) || SERVER_REPLY.test(line)) return true;
  const trimmed = line.trim();
  const phrase = RELAY_LINE.exec(trimmed);
  return phrase !== null && trimmed.length <= 300 && (phrase.index === 0 || /:\s*["'`]?$/.test(trimmed.slice(0, phrase.index)));
}

/** Where a line quotes the server: .NET's "... The server response was: 5.7.1 ...", Sendmail's "stat=". */
/** .NET's "The server response was:" in the languages it is localized to. */
const SERVER_RESPONSE_WAS = String.raw`the server response was|die serverantwort war|サーバーの応答|la réponse du serveur était|la respuesta del servidor fue`;
const RESPONSE_MARKER = new RegExp(String.raw`(?:${SERVER_RESPONSE_WAS})\s*[:：]\s*|\bstat=`, 'i');
/** A stack frame's file path after the reply on the same line (Ruby: "... password /usr/.../smtp.rb:1077:in ..."). */
const STACK_PATH = /\s(?:\/[\w.@-]+){2,}\.(?:rb|py|js|ts|java|go|php|cs)(?::\d+)?\b.*$/;
/** A .NET or Java stack frame run onto the reply's line, in the runtime's language ("at", "bei", "場所"). */
const STACK_FRAME = /\s(?:at|bei|à|en|em|w|в|場所|位置)\s+[A-Z]\w*(?:\.[A-Z]\w*){2,}[.(\s][^\n]*/;
/** .NET's inner exception after the outer one's message (` ---> MailKit...SmtpCommandException: ...`, `--- End of inner exception stack trace ---`): the same words again. */
// (one blank before the marker, never a run: `\s+` before a literal is tried at every blank of a paste of blanks)
const INNER_EXCEPTION = /\s(?:--->\s|--- End of inner exception stack trace ---)[\s\S]*$/;
/** An exception's class before the server's text it carries (MailKit's `MailKit.Net.Smtp.SmtpCommandException: Relaying denied`). */
const EXCEPTION_CLASS = /^(?:[A-Za-z_$][\w$]{0,60}\.){1,8}[A-Za-z_$][\w$]{0,60}Exception:[ \t]+(?=\S)/;

/** A multi-line reply's next line, which repeats the code (`550-5.1.1 ...`, Gmail's `\n5.1.1 double-checking ...`). */
// (a real line break, or one escaped in a JSON string or a Python bytes print: `\n`, `\r\n`)
const CONTINUATION_CODE = /(?:(?:\\r)?\\n|\r?\n)[ \t]{0,8}(?:[245]\d\d[ -])?([245]\.\d{1,3}\.\d{1,3})[ \t]+/g;

/** The reply with the codes its continuation lines repeat taken out: one sentence, as the server meant it. */
function withoutRepeatedCodes(reply: string): string {
  if (!reply.includes('\n') && !reply.includes('\\n')) return reply;
  // (only the reply's own first code: another code on a line's start is another reply)
  const first = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}/.exec(reply);
  if (!first) return reply;
  return reply.replace(CONTINUATION_CODE, (m, code: string, at: number) => (code === first[0] && at > first.index ? ' ' : m));
}

const POWERMTA_DSN_MTA = new RegExp(String.raw`,(?:${HOST}) \((?:\d{1,3}\.){3}\d{1,3}\),`, 'i');

const BLANK_SEPARATED_CELL = /(?<=\S)[ \t]{2,}(?:\(?mx-host\b|(?:permanent|temporary)[ \t]+failure\b)/i;

/** The new address the recipient's side gives beside its word that the old one takes no more mail: one of the addresses after it that is not the one refused. */
// (not another address at the refused address's own domain, a signature's `office@corvanahealth.com`: that domain takes no more mail)
const newAddressOf = (addresses: readonly string[], recipient: string | null): string | null => {
  const refusedDomain = recipient === null ? null : recipient.slice(recipient.lastIndexOf('@') + 1).toLowerCase();
  return addresses.find((address) => address !== recipient?.toLowerCase() && !address.endsWith(`@${refusedDomain}`)) ?? null;
};
/** That statement holds unless the only address it gives is the one refused (the new address being the one that bounces). */
const droppedFor = (addresses: readonly string[] | null, recipient: string | null): boolean => addresses !== null && (addresses.length === 0 || newAddressOf(addresses, recipient) !== null);

function replyIn(pasted: string): string {
  // (a form-encoded webhook's line breaks: `Please try%0D%0A5.1.1 double-checking`)
  if (pasted.includes('%0A')) pasted = pasted.replace(/%0D%0A|%0A/gi, '\n');
  const marker = RESPONSE_MARKER.exec(pasted);
  const whole = withoutRepeatedCodes(marker ? pasted.slice(marker.index + marker[0].length) : pasted).replace(STACK_PATH, '').replace(STACK_FRAME, '').replace(INNER_EXCEPTION, '').replace(/\\r\\n|\\n/g, ' ').trim();
  // A logfmt error's value ends at its closing quote, before the line's next field (`err="... Error: Forbidden" to=a@b`):
  // a quote the text never opened, then ` key=`.
  const nextField = LOGFMT_NEXT_FIELD.exec(whole);
  const line = nextField && !whole.slice(0, nextField.index).includes('"') ? whole.slice(0, nextField.index) : whole;
  const python = PYTHON_REPLY.exec(line);
  if (python) return `${python[1]} ${python[3]}`;
  const phpmailer = PHPMAILER_DETAIL.exec(line);
  if (phpmailer) return [phpmailer[2], phpmailer[3], phpmailer[1]].filter(Boolean).join(' ');
  // The last failure code with words after it ("... (code: 550)" is an exception's field, not the reply).
  let from = -1;
  let bare = -1;
  // (a multi-line reply joined into one, `552-5.2.2 The inbox is full ... 552 5.2.2 https://...`: its first line, the
  // continuation marked by the dash, holds the words; its last only a link)
  let firstContinued = -1;
  for (const m of line.matchAll(REPLY_CODES)) {
    if (Number(m[1]) < 400 || (line[m.index - 1] === '[' && line[m.index + 3] === ']')) continue;
    if (firstContinued < 0 && line[m.index + 3] === '-' && /^[245]\.\d/.test(line.slice(m.index + 4, m.index + 7))) firstContinued = m.index;
    if (/^[ -][\w<(]/.test(line.slice(m.index + 3, m.index + 5))) from = m.index;
    else bare = m.index;
  }
  if (firstContinued >= 0 && from > firstContinued && line.slice(from, from + 3) === line.slice(firstContinued, firstContinued + 3)) from = firstContinued;
  if (from < 0) from = bare;
  if (from < 0) return unbalancedTail(line.replace(/^(?:<\*\*|<-|<<<|s:|server -> client:|(?:smtp|x-postfix|x-unix)\s*;)\s*/i, '').replace(EXCEPTION_CLASS, ''));
  // A table row with the server's words in the column before its code, and a date after it (the Bounces list:
  // `a@b   5.7.1 Unable to relay for a@b   550   Nov 23, 2026 4:17 PM`): the code, then those words.
  if (DATE_AFTER_CODE.test(line.slice(from + 3))) {
    const words = ENHANCED_CODE.exec(line.slice(0, from));
    if (words) return `${line.slice(from, from + 3)} ${line.slice(words.index, from).trim()}`;
  }
  let reply = line.slice(from);
  // A quoted reply ends at its closing quote ("550 5.7.1 Relaying denied" mean?, « 550 Relaying denied ».).
  // (curly quotes are straight by now: normalize.ts)
  const opening = /(["'`«„「『])[ \u00a0]?$/.exec(line.slice(Math.max(0, from - 2), from))?.[1];
  if (opening) {
    // (a straight single quote closes only where it is no apostrophe: "'550 ... messages weren't accepted'")
    const end = opening === "'" ? reply.search(/'(?![a-z])|(?<![a-z])'/i) : reply.indexOf(CLOSING_QUOTE[opening] ?? opening);
    if (end > 0) reply = reply.slice(0, end).trimEnd();
  } else {
    // A person's sentence in « » or 「」 that holds the reply further in: the reply ends where it closes.
    for (const [open, close] of TYPOGRAPHIC_QUOTES) {
      const end = line.lastIndexOf(open, from) !== -1 ? reply.indexOf(close) : -1;
      if (end > 0) reply = reply.slice(0, end).replace(/(?<![\s.])[\s.]+$/, (tail) => (tail.includes('.') ? '.' : '')).trimEnd();
    }
  }
  // Postfix's reply ends with the command it answered: "(in reply to RCPT TO command)"; a log whose line breaks were
  // lost runs on from there into its next lines (`... command)) Nov 27 09:55:01 mail postfix/bounce[2240]: ...`).
  const answered = IN_REPLY_TO.exec(reply);
  if (answered) reply = reply.slice(0, answered.index + answered[0].length);
  // (or, without that, into the next syslog line: its timestamp and host)
  const nextLogLine = SYSLOG_LINE_START.exec(reply);
  if (nextLogLine && nextLogLine.index > 0) reply = reply.slice(0, nextLogLine.index);
  // Postfix's reject line goes on with the envelope (`...: Relay access denied; from=<a@b> to=<c@d> proto=ESMTP helo=<x>`).
  const envelope = reply.indexOf('; from=<');
  if (envelope > 0) reply = reply.slice(0, envelope);
  // A logs page's row copied as one line separates its cells with " · " (`Failed · 551 5.1.6 User not local ... · mx-host: mail.example`).
  const nextCell = reply.indexOf(' · ');
  if (nextCell > 0) reply = reply.slice(0, nextCell);
  // (or by runs of blanks, its next cells the MX host or the failure's severity: `550 relay not permitted  (mx-host: mail.x)  Permanent failure`)
  const blankCell = BLANK_SEPARATED_CELL.exec(reply);
  if (blankCell) reply = reply.slice(0, blankCell.index);
  // PowerMTA's accounting record goes on to its dsnMta column, the server and its address (`...,smtp.mailgun.org (34.224.137.116),...`).
  const dsnMta = POWERMTA_DSN_MTA.exec(reply);
  if (dsnMta) reply = reply.slice(0, dsnMta.index);
  // A person's question after the reply they quote, '"... Relay access denied. What is wrong?"': theirs, not the server's.
  const asked = QUESTION_AFTER_REPLY.exec(reply);
  if (asked) reply = reply.slice(0, asked.index + 1);
  // A table row copied from a log page goes on to the next column (`... Unable to relay | mx-host: ...`).
  const column = reply.indexOf(' | ');
  return unbalancedTail(column > 0 ? reply.slice(0, column) : reply);
}

const LOGFMT_NEXT_FIELD = /"[ \t]+[a-z_][\w.-]{0,40}=/i;
/** A short question of the person's own closing the line after a reply's full stop: "... denied. What is wrong?" */
const QUESTION_AFTER_REPLY = /\.[ \t]+(?=[A-Z][^.?!\n]{0,80}\?["'\u201d]?[ \t]*$)/;
const IN_REPLY_TO = /\(in reply to [^()\n]{1,60}? command\)/i;
const SYSLOG_LINE_START = /\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) {1,2}\d{1,2} \d\d:\d\d:\d\d [\w.-]{1,60} [\w./-]{1,40}\[\d{1,10}\]:/i;

/** Only a date (and time) after a reply code: a table's Date column, not the server's words. */
const DATE_AFTER_CODE = /^\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d)\b[\d:apm ,.]{0,20}$/i;

/** The closing mark of each opening quote that is not its own closer. */
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '«': '»', '„': '"', '「': '」', '『': '』' };
const TYPOGRAPHIC_QUOTES: readonly (readonly [string, string])[] = [['«', '»'], ['「', '」'], ['『', '』']];

/** Drops closing quotes and brackets left over from the wrapper, keeping balanced ones. */
function unbalancedTail(text: string): string {
  // A JSON-escaped quote's backslash goes with the quote; a colon left at the end introduced nothing.
  // (each run is matched from its start only: a look-behind keeps the engine from retrying every suffix)
  let out = text.replace(/(?<!["'`\\])["'`\\]+$/, '').replace(/(?<!:):+$/, '');
  // `<mxb.eu.mailgun.org #5.7.1 smtp;550 5.7.1 Relaying denied>`: Exchange's wrapper.
  for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}'], ['<', '>']] as const) {
    while (out.endsWith(close) && out.split(close).length > out.split(open).length) out = out.slice(0, -1).replace(/["'`]+$/, '');
  }
  return out;
}

// ---------------------------------------------------------------- records and error lines

const EVENT_KEYS = ['event', 'mxhost', 'severity', 'error', 'diagnosticcode', 'address'];

function kindScopesOf(records: FieldRecord[], primary: FieldRecord | null, errorText: string, replyText: string, asked: boolean): Extraction['kindScopes'] {
  const primaryMessage = primary ? RECORD_MESSAGE_KEYS.map((k) => primary.get(k) ?? '').filter(Boolean).join('\n') : '';
  // (a relay refusal's record, or the one the person asks about: "They only care about one person: klaus.berger@...")
  // (its message a server's coded reply: not a Logs row's subject, "Morning Brief #412")
  if (records.length > 1 && (RELAY_LINE.test(primaryMessage) || (asked && hasFailureCode(primaryMessage)))) return { error: primaryMessage, reply: primaryMessage };
  // (an address's temporary failures, then the permanent one that ended the retries: its reply is the outcome, and names the kind)
  const retriedBefore = primary !== null && primaryMessage !== '' && /^perm/i.test(primary.get('severity') ?? '') &&
    records.some((r) => r !== primary && /^temp/i.test(r.get('severity') ?? '') && r.get('recipient') === primary.get('recipient'));
  // (or the failure the rows repeat most, its message a server's coded reply: not a Logs row's subject)
  if (retriedBefore || (primary !== null && (hasFailureCode(primaryMessage) || ENHANCED_CODE.test(primaryMessage)) && repeatedMost(records, primary))) return { error: primaryMessage, reply: primaryMessage };
  const replies = replyText.split('\n').filter(Boolean);
  const relayReplies = replies.filter((l) => RELAY_LINE.test(l));
  if (relayReplies.length > 0 && relayReplies.length < replies.length) {
    const focus = relayReplies.join('\n');
    return { error: focus, reply: focus };
  }
  return { error: errorText, reply: replyText };
}

/** The event a multi-event paste is diagnosed by: the first relay refusal, else the first failure. */
/** Mailgun events that report a success: they say nothing about a refusal. */
const SUCCESS_EVENT = /^(?:delivered|accepted|opened|clicked|stored)$/i;

/**
 * Structured data that holds only successes (yesterday's `delivered` event pasted above today's
 * error) is context, not the refusal: its code, host and mx-host must not stand for the error's.
 */
function failuresOnly(structured: Structured): Structured {
  const onlySuccesses = structured.records.length > 0 && structured.records.every(isSuccessRecord);
  if (onlySuccesses) return { format: null, records: [] };
  // A success event read together with an error printed after it (a delivered webhook, then a library's
  // `{ response: '550 ...', command: 'RCPT TO' }`): the success's own fields are not the error's.
  return structured.records.some(mergedWithSuccess) ? { ...structured, records: structured.records.map((r) => (mergedWithSuccess(r) ? withoutSuccessFields(r) : r)) } : structured;
}

/**
 * A page of several recipients' events, where one address's temporary failure was delivered later (Mailgun's retry
 * got through) and another address failed for good: the lasting failure is the problem, the recovered one is history.
 */
function withoutRecoveredFailures(structured: Structured): Structured {
  const { records } = structured;
  if (records.length < 3) return structured;
  const recovered = recoveryOf(records);
  if (recovered === null) return structured;
  const lasting = records.some((r) => failureRecord(r) && !recovered(r));
  return lasting && records.some(recovered) ? { ...structured, records: records.filter((r) => !recovered(r)) } : structured;
}

const recipientOfRecord = (r: FieldRecord): string => r.get('recipient')?.trim().toLowerCase() ?? '';
const failureRecord = (r: FieldRecord): boolean => /fail|bounce|drop/i.test(r.get('event') ?? '') && !isSuccessRecord(r);

/** Whether a record is a temporary failure that a later delivery to its address made history; null where nothing was delivered. */
function recoveryOf(records: readonly FieldRecord[]): ((r: FieldRecord) => boolean) | null {
  const delivered = records.filter((r) => isSuccessRecord(r) && recipientOfRecord(r) !== '');
  if (delivered.length === 0) return null;
  return (r) =>
    /^temp/i.test(r.get('severity') ?? '') &&
    /fail/i.test(r.get('event') ?? '') &&
    delivered.some((d) => recipientOfRecord(d) === recipientOfRecord(r) && !deliveredBefore(d, r)) &&
    !records.some((p) => recipientOfRecord(p) === recipientOfRecord(r) && /^perm/i.test(p.get('severity') ?? ''));
}

/** One address's temporary failures, every one followed by its delivery (Mailgun's retry got through): that address, else null. */
function deliveredAfterRetries(records: readonly FieldRecord[]): string | null {
  const recovered = recoveryOf(records);
  const failures = records.filter(failureRecord);
  if (recovered === null || failures.length === 0 || !failures.every(recovered)) return null;
  const addresses = new Set(failures.map(recipientOfRecord));
  return addresses.size === 1 ? [...addresses][0]! : null;
}

/** The records' server replies, those long enough to find their lines by. */
const repliesOf = (records: readonly FieldRecord[]): string[] => records.flatMap((r) => RECORD_MESSAGE_KEYS.map((key) => r.get(key)?.trim() ?? '')).filter((reply) => reply.length >= 10);

/** The text with the lines that hold one of the replies blanked (kept as spaces, so positions stay). */
export function withoutLinesHolding(text: string, replies: readonly string[]): string {
  if (replies.length === 0) return text;
  return text
    .split('\n')
    .map((line) => (replies.some((reply) => line.includes(reply)) ? ' '.repeat(line.length) : line))
    .join('\n');
}

/** The delivery shown happened before the failure (both timestamps shown): it is no retry of it. */
function deliveredBefore(delivery: FieldRecord, failure: FieldRecord): boolean {
  const when = (r: FieldRecord) => {
    const raw = r.get('timestamp') ?? '';
    return /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) * 1000 : Date.parse(raw);
  };
  const [d, f] = [when(delivery), when(failure)];
  return Number.isFinite(d) && Number.isFinite(f) && d < f;
}

/** The fields a success event fills in: its name, its delivery's code, message and MX host, its recipient. */
const SUCCESS_FIELDS = ['event', 'severity', 'reason', 'code', 'message', 'description', 'mxhost', 'attemptno', 'recipient', 'recipientdomain', 'targets', 'enhancedcode'];

/** A success event (a 2xx delivery) that also holds an error's fields: two things read as one record. */
function mergedWithSuccess(record: FieldRecord): boolean {
  const code = Number(record.get('code') ?? 0);
  return SUCCESS_EVENT.test(record.get('event') ?? '') && code >= 200 && code < 300 && !isSuccessRecord(record);
}

function withoutSuccessFields(record: FieldRecord): FieldRecord {
  return new Map([...record].filter(([key]) => !SUCCESS_FIELDS.includes(key)));
}

/** A success event through and through (a loose print can pair one event's name with another's failure). */
function isSuccessRecord(record: FieldRecord): boolean {
  if (!SUCCESS_EVENT.test(record.get('event') ?? '')) return false;
  const code = Number(record.get('code') ?? record.get('responsecode') ?? 0);
  const words = RECORD_MESSAGE_KEYS.map((key) => record.get(key) ?? '').join(' ');
  return code < 400 && !RELAY_LINE.test(words) && !/(?<![\d.])[45]\d\d(?![\d.])/.test(words);
}

/** The failure of an address the person names ("the row for r.olsen is in there somewhere"), of many rows. */
function askedRecord(records: FieldRecord[], named: ReadonlySet<string>): FieldRecord | null {
  if (named.size === 0) return null;
  const failures = records.filter((r) => /fail|bounce|drop/i.test(r.get('event') ?? '') && !isSuppression(r) && named.has(r.get('recipient')?.trim().toLowerCase() ?? ''));
  // (its relay refusal first, then any with the server's reply: a suppressed send carries none)
  const reply = (r: FieldRecord) => RECORD_MESSAGE_KEYS.map((key) => r.get(key) ?? '').join(' ');
  const found = failures.find((r) => RELAY_LINE.test(reply(r))) ?? failures.find((r) => r.has('code') || reply(r).trim() !== '');
  return found ? outcomeOf(found, records) : null;
}

/**
 * A temporary failure's outcome: the same address's permanent failure, when the paste shows one no earlier (Mailgun's
 * retries of the address ended there), else the record itself.
 */
function outcomeOf(record: FieldRecord, records: FieldRecord[]): FieldRecord {
  if (!/^temp/i.test(record.get('severity') ?? '')) return record;
  const address = record.get('recipient')?.trim().toLowerCase();
  const since = timeOf(record) ?? -Infinity;
  return records.find((r) => r !== record && /^perm/i.test(r.get('severity') ?? '') && /fail|bounce|drop/i.test(r.get('event') ?? '') && !isSuppression(r) && r.get('recipient')?.trim().toLowerCase() === address && (timeOf(r) ?? Infinity) >= since) ?? record;
}

const messageOf = (r: FieldRecord) => `${r.get('message') ?? ''} ${r.get('description') ?? ''} ${r.get('error') ?? ''} ${r.get('diagnosticcode') ?? ''} ${r.get('reason') ?? ''}`;

function pickPrimaryRecord(records: FieldRecord[]): FieldRecord | null {
  const events = records.filter((r) => EVENT_KEYS.some((k) => r.has(k)));
  if (events.length === 0) return null;
  // (Mailgun's own suppression of the address, `suppress-bounce` and 605, carries no server's reply:
  // the failure that caused it, when shown, is the one to read)
  const failed = events.filter((r) => /fail|bounce|drop/i.test(r.get('event') ?? ''));
  const suppression = failed.find(isSuppression);
  // (of the same address: another recipient's bounce is another story)
  const replied = failed.filter(isRepliedFailure);
  const suppressedCauses = suppression ? replied.filter((r) => r.get('recipient') === suppression.get('recipient')) : [];
  // (else, among an export's several other bounces, those: a suppression among them is no reason to read none; beside one other
  // recipient's bounce, the suppressed address stays the story)
  const causes = suppression === undefined ? replied : suppressedCauses.length > 0 ? suppressedCauses : replied.length >= 3 ? replied : [];
  // (an address's history, temporary failures then the permanent one that ended the retries: that one is the outcome)
  const relay = events.find((r) => RELAY_LINE.test(messageOf(r)));
  const cause = commonestCause(causes);
  return relay ? outcomeOf(relay, failed) : cause ? outcomeOf(cause, causes) : failed[0] ?? events[0]!;
}

/** A failure event with a server's reply (a code or a message), not Mailgun's own suppression of the address. */
const isRepliedFailure = (r: FieldRecord): boolean => /fail|bounce|drop/i.test(r.get('event') ?? '') && (r.has('code') || messageOf(r).trim() !== '') && !isSuppression(r);

/** A failure's shape: its code and its message's first sentence, its IPs, ids and times aside (its tail varies: links, server ids). */
// (the message cut before its digits and bracketed ids are replaced: a record's message may be long)
const shapeOf = (r: FieldRecord): string => `${r.get('code') ?? ''} ${messageOf(r).trim().slice(0, 120).replace(/\[[^[\]\n]{0,100}\]|\d+/g, '#').slice(0, 60).split(/\.[ \t]/)[0]}`;

/** Each failure's shape, and how many of the failures share it. */
function shapesOf(failures: readonly FieldRecord[]): { shapes: Map<FieldRecord, string>; counts: Map<string, number> } {
  const shapes = new Map(failures.map((r) => [r, shapeOf(r)] as const));
  const counts = new Map<string, number>();
  for (const shape of shapes.values()) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  return { shapes, counts };
}

/** The largest count (0 for none), without spreading a large map into arguments. */
const largest = (counts: Map<string, number>): number => {
  let most = 0;
  for (const count of counts.values()) if (count > most) most = count;
  return most;
};

/**
 * The failure an export's rows repeat most, where one repeats more than the first does: four block-list refusals under one
 * Yahoo deferral are a block-list story. Else the first.
 */
function commonestCause(causes: FieldRecord[]): FieldRecord | undefined {
  if (causes.length < 3) return causes[0];
  const { shapes, counts } = shapesOf(causes);
  const most = largest(counts);
  return most >= 2 && most > counts.get(shapes.get(causes[0]!)!)! ? causes.find((r) => counts.get(shapes.get(r)!) === most) : causes[0];
}

/** Whether the primary failure is the one an export's rows repeat most, more than any other: its reply alone names the kind. */
function repeatedMost(records: readonly FieldRecord[], primary: FieldRecord): boolean {
  const failures = records.filter(isRepliedFailure);
  if (failures.length < 3) return false;
  const { counts } = shapesOf(failures);
  const primaryShape = shapeOf(primary);
  const own = counts.get(primaryShape) ?? 0;
  if (own < 2) return false;
  for (const [shape, count] of counts) if (shape !== primaryShape && count >= own) return false;
  return true;
}

const SUPPRESSION_RECORD = /\bsuppress-|\b60[567]\b/i;
/** Mailgun's own suppression of an address (`suppress-bounce`, 605-607): it carries no server's reply. */
const isSuppression = (r: FieldRecord): boolean => SUPPRESSION_RECORD.test(`${r.get('reason') ?? ''} ${r.get('code') ?? ''}`);

/** How many lines at each end of a paste its person's words are looked for in. */
const WORDS_LINES = 12;

/**
 * Addresses a person names in the words around the data (the first and last lines, not an export's
 * rows or a JSON field): the one the question is about.
 */
function addressesInWords(lines: string[]): Set<string> {
  const named = new Set<string>();
  for (const line of wordLines(lines)) for (const m of line.matchAll(ADDRESSES_IN_WORDS)) named.add(m[0].replace(/^['.]+/, '').toLowerCase());
  return named;
}

/** A person's lines around the data: the first and last lines that are no data row, field or server reply. */
function wordLines(lines: string[]): string[] {
  const ends = lines.length > 2 * WORDS_LINES ? [...lines.slice(0, WORDS_LINES), ...lines.slice(-WORDS_LINES)] : lines;
  // (a data row has its commas close together: "2025-03-01T00:04:36Z,failed,,,a@b.example,550,..."; a table's
  // row, an event's field or a server's reply holds an event word, a key or a code)
  return ends.filter((line) => {
    const commas = line.match(/,/g)?.length ?? 0;
    return !((commas >= 3 && (line.match(/ /g)?.length ?? 0) < commas * 2) || line.includes('\t') || line.length > 2000 || DATA_IN_LINE.test(line));
  });
}

const ADDRESSES_IN_WORDS = new RegExp(EMAIL, 'gi');
const DATA_IN_LINE = /["']\s*:|(?<![\w.])[245]\d\d[ -]|(?<![\d.])[245]\.\d{1,3}\.\d{1,3}\b|^[ \t]*(?:failed|delivered|accepted|rejected|bounced|temporary failure|permanent failure)\b|\b(?:to|from)=<|^[ \t]*(?:to|from|cc|recipient)\s*:/i;

const RECORD_MESSAGE_KEYS = ['message', 'description', 'error', 'diagnosticcode', 'response'];

/** How many of the error lines come from event records (they are the server's reply). */
function recordLineCount(records: FieldRecord[]): number {
  let n = 0;
  for (const r of records.slice(0, 50)) for (const key of RECORD_MESSAGE_KEYS) if (r.get(key)?.trim()) n++;
  return n;
}

/**
 * The numbers of the lines `pattern` (flags `gm`, matching within a line) matches in: one scan of
 * the whole text, which skips to the next line after each hit, instead of one call per line.
 */
function linesMatching(text: string, pattern: RegExp): Set<number> {
  const hits = new Set<number>();
  let line = 0;
  let lineStart = 0;
  let lineEnd = text.indexOf('\n');
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    while (lineEnd !== -1 && lineEnd < m.index) {
      line++;
      lineStart = lineEnd + 1;
      lineEnd = text.indexOf('\n', lineStart);
    }
    hits.add(line);
    if (lineEnd === -1) break;
    pattern.lastIndex = lineEnd + 1;
  }
  return hits;
}

// (not Exchange's `#550 5.7.1 ...` NDR lines)
const CONFIG_COMMENT = /^[ \t]*(?:#(?!\d)|\/\/|;)/;

function collectErrorLines(text: string, lines: string[], records: FieldRecord[]): string[] {
  const out: string[] = [];
  for (const r of records.slice(0, 50)) {
    for (const key of RECORD_MESSAGE_KEYS) {
      const v = r.get(key);
      if (v && v.trim()) out.push(v.split('\n').map((part) => part.trim()).join(' '));
    }
  }
  const errorLineNumbers = linesMatching(text, ERROR_LINES);
  let previousWasError = false;
  // The start and the end of the error line being built: continuesReply looks only at them, and
  // slicing the joined line itself would copy it again at each line joined.
  let head = '';
  let tail = '';
  // (and its own indentation: Exim's next failed address alone on its line, "  b@x" under "    550 ...", is less
  // indented and no continuation)
  let indent = 0;
  for (const [number, line] of lines.entries()) {
    // A config file's comment quoting an error (`# without SASL Mailgun answers "550 5.7.1 Relaying denied"`) is no error.
    // (nor a message's subject, `"subject": "Re: Relaying denied on our side?"`: a title people wrote, not a server's reply)
    const isError = errorLineNumbers.has(number) && !CONFIG_COMMENT.test(line) && (!line.includes('"subject"') || ERROR_IN_LINE.test(line.replace(SUBJECT_FIELD, '""')));
    if (line.length > 4000) {
      if (isError) out.push(line.slice(0, 4000));
      previousWasError = false;
      continue;
    }
    // (nor a field at the reply's own indentation or less, a logs entry's next `  envelope sender: ...` under `  550 ...`)
    const continuation: boolean = previousWasError && out.length > 0 && continuesReply(line, head, tail) && !(indent > 0 && indentOf(line) < indent && ADDRESS_ALONE.test(line)) && !(indent > 0 && indentOf(line) <= indent && FIELD_AT_INDENT.test(line));
    if (continuation) {
      out[out.length - 1] += ` ${line.trim()}`;
      tail = `${tail} ${line.trim()}`.slice(-TAIL_CHARS);
    } else if (isError) {
      out.push(line.trim());
      head = line.trim().slice(0, HEAD_CHARS);
      tail = line.trim().slice(-TAIL_CHARS);
      indent = indentOf(line);
    }
    previousWasError = isError || continuation;
  }
  return out.map(joinedReply);
}

const ADDRESS_ALONE = /^[ \t]+[^\s@]{1,64}@[^\s@]{1,253}[ \t]*$/;
/** An indented line of a message's own field, not of the reply: `  envelope sender: a@b` (a reply's `Status:` or `Bundle:` may join it). */
const FIELD_AT_INDENT = /^[ \t]+(?:envelope[- ]sender|envelope[- ]from|sender|from|subject|message[- ]id|sending[- ]ip|timestamp|tags?)[ \t]*:[ \t]/i;
/** A JSON `"subject": "..."` field (a message's headers in an event). */
const SUBJECT_FIELD = /"subject"[ \t]*:[ \t]*"(?:[^"\\\n]|\\.){0,1000}"/gi;
/** ERROR_LINES for one line at a time (its own copy: ERROR_LINES is global, with a lastIndex of its own). */
const ERROR_IN_LINE = new RegExp(ERROR_LINES.source, 'im');

/** The start of a multi-line SMTP reply: its code and the enhanced status every line repeats ("550-5.7.1 "). */
const MULTILINE_REPLY = /([245][0-5]\d)(?<![\w.:/#-]\d{3})-((?:[245]\.\d{1,3}\.\d{1,3}(?!\.?\d))?)/;
/**
 * A multi-line reply flattened onto one line, as Postfix and DSNs print it: "550-5.7.1 The IP ... not
 * authorized to 550-5.7.1 send email directly ... 550 5.7.1 https://..." reads "550 5.7.1 The IP ...
 * not authorized to send email directly ... https://...", so that phrases split by a line's prefix
 * are whole. (Replies still on separate lines stay separate lines.)
 */
function joinedReply(line: string): string {
  const start = MULTILINE_REPLY.exec(line);
  if (!start) return line;
  const [marker, code, enhanced] = start;
  const repeated = enhanced
    ? new RegExp(String.raw`(?<!\s)\s+${code}[- ]${enhanced.replace(/\./g, '\\.')}(?!\.?\d)(?=\s)`, 'g')
    : new RegExp(String.raw`(?<!\s)\s+${code}-(?=\S)`, 'g');
  const head = enhanced ? `${code} ${enhanced}` : `${code} `;
  const tail = line.slice(start.index + marker.length).replace(repeated, '');
  return `${line.slice(0, start.index)}${head}${tail}`;
}

/**
 * Postfix and Exim wrap a long reply onto indented continuation lines; a DSN field (a header) folds
 * onto lines that start with any white space. A stack frame ("  at ...") is not a continuation.
 */
function continuesReply(line: string, head: string, tail: string): boolean {
  const indent = /^[A-Za-z][\w-]{0,40}:/.test(head) ? /^[ \t]+\S/ : /^[ \t]{2,}\S/;
  // (not a log's next entry, its date first: a whole paste indented alike, "  2024-07-02 19:44:10 SERVER -> CLIENT: ...")
  // (nor a client's next command in a transcript indented as a whole, "  > RCPT TO:<a@b>" under "  < 250-STARTTLS")
  if (indent.test(line) && !/^[ \t]+at[ \t]/.test(line) && !EVENT_FIELD_LINE.test(line) && !INDENTED_LOG_ENTRY.test(line) && !INDENTED_CLIENT_COMMAND.test(line)) return true;
  // A logs-page or DSN field the copy wrapped mid-sentence ("... Please contact your" + "Internet service provider ..."), up to the next label.
  return WRAPPED_FIELD.test(head) && CUT_MID_SENTENCE.test(tail) && /^\S/.test(line) && !LABEL_LINE.test(line);
}
const INDENTED_LOG_ENTRY = /^[ \t]+\d{4}-\d\d-\d\d[ T]\d\d:\d\d/;
const INDENTED_CLIENT_COMMAND = /^[ \t]+(?:>{1,3}|~>|-{1,2}>|c:)[ \t]*(?:ehlo|helo|mail from|rcpt to|data|auth|starttls|rset|quit)\b/i;
/** An event's next field, indented like the reply above it in a pasted log entry (`  mx-host: mx.example.com`). */
// (and an alert email's "Recipient domain: ..." under its failure reason, an app log's "Status: FAILED" under a session)
const EVENT_FIELD_LINE = /^[ \t]+(?:mx[- ]?host|recipient(?:[- ]domain)?|domain|severity|event|attempt(?:[- ]no)?|reason|status)[ \t]*:/i;
/** How much of the start and of the end of the error line being built continuesReply reads. */
const HEAD_CHARS = 44;
const TAIL_CHARS = 20;
const WRAPPED_FIELD = /^(?:delivery status|server response|diagnostic-code)[ \t]*:/i;


/**
 * The error line that states the refusal: a relay phrase with a code; a relay phrase in a server's
 * words; a 4xx/5xx reply; and only then a relay phrase in a person's sentence ('the customer says
 * "relaying denied again??"' above the sandbox error that is the real one).
 */
/** A relay phrase before any reply or status code on its line, and no server's marker (`said:`). */
/** A person's words that read a code as a relay refusal: "5.7.1 is relaying denied", "5.7.1 again, reading it as relaying denied". */
function readsCodeAsRelay(line: string): boolean {
  const phrase = RELAY_LINE.exec(line);
  if (!phrase || SERVER_REPLY.test(line)) return false;
  const before = line.slice(0, phrase.index);
  const code = [...before.matchAll(CODES_IN_LINE)].at(-1);
  if (code === undefined) return false;
  const gap = before.slice(code.index + code[0].length);
  // (a person's verb of reading anywhere between; or only "is", "=" between the code and the phrase: a server's own
  // words between them, "Client host 10.0.0.5 is not allowed to relay", are longer)
  // (or the phrase asked about, which no server does: "5.7.1 again. relaying denied? what do I change?")
  return PERSON_READS.test(gap) || CODE_IS_PHRASE.test(gap) || /^[ \t]*\?/.test(line.slice(phrase.index + phrase[0].length));
}
const CODES_IN_LINE = /\b[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b/g;
// (and in other languages: "er dachte, 5.7.1 heißt immer Relaying denied", "5.7.1 significa relaying denied", "veut dire", "betekent")
const PERSON_READS = /\b(?:means?|meaning|read(?:s|ing)?|says?|said|called|thinks?|docs?|bedeutet|dachte|significa|signifie|betekent|quiere[ \t]+decir|veut[ \t]+dire|quer[ \t]+dizer|vuol[ \t]+dire)\b|\bhei(?:ß|ss)t(?![a-zà-ÿ])/i;
const CODE_IS_PHRASE = /^[ \t]*(?:is|=|==|->|means)[ \t]*["'\u201c]?$/i;

/** A person's words quoted, the relay phrase inside them: `Customer says "we're getting Relaying Denied from Microsoft, 5.7.1, can you fix it?"`. */
const RELAY_TOLD_IN_QUOTES = /\b(?:says?|said|saying|tells?|told|writes?|wrote|reports?|reported|complains?|complained|claims?|claimed|sagt|schreibt|dice|diz|dit|zegt|mówi|pisze)[ \t]*:?[ \t]*["\u201c\u201e\u00ab][^"\u201c\u201d\u201e\u00ab\u00bb\n]{0,120}?relay/i;

/**
 * The lines of people's quoted words that name a relay refusal, where another line holds a server's own permanent refusal:
 * theirs are a retelling, the server's line is the error (its own words may be another refusal, a block list's). Not beside
 * a temporary deferral only, another recipient's "421 ... deferred": the quote may be the one refusal there is.
 */
function relayRetellings(errorLines: readonly string[]): ReadonlySet<string> {
  const told = new Set(errorLines.filter((line) => RELAY_TOLD_IN_QUOTES.test(line) && !SERVER_REPLY.test(line)));
  return told.size > 0 && errorLines.some((line) => !told.has(line) && permanentFailureCode(line)) ? told : NO_LINES;
}
const NO_LINES: ReadonlySet<string> = new Set();
const permanentFailureCode = (line: string): boolean => [...line.matchAll(REPLY_CODES)].some((m) => m[1]![0] === '5');

function relayPhraseBeforeCode(line: string): boolean {
  const phrase = RELAY_LINE.exec(line);
  if (!phrase || SERVER_REPLY.test(line)) return false;
  const code = REPLY_CODE.exec(line) ?? ENHANCED_CODE.exec(line);
  return code === null || phrase.index < code.index;
}

/**
 * The address a letter or two from `chosen` that the text names after every mention of it, or null; not one a line shows
 * delivered (the fix that worked: the failure is the misspelt one's).
 */
function laterSpellingOf(chosen: string, recipients: readonly string[], lower: string): string | null {
  const later = recipients.map((address) => address.toLowerCase()).find((address) => misspellingOf(address, chosen) && lower.lastIndexOf(address) > lower.lastIndexOf(chosen) && !DELIVERED_ON_LINE.test(lineAt(lower, lower.lastIndexOf(address))));
  return later ?? null;
}
const DELIVERED_ON_LINE = /\b(?:delivered|accepted|queued as|went out)\b|(?<![\w.])250(?![\w.])/;

function findRefusalLine(errorLines: string[]): string | null {
  // (a greeting's "220-... Unauthorized relaying is prohibited." is a banner, not a refusal)
  // (a whole one-line transcript that also holds the refusal stays)
  // (nor a person's quoted words that retell one beside a server's own reply line)
  const retold = relayRetellings(errorLines);
  const lines = errorLines.filter((l) => (!GREETING_LINE.test(l) || /(?<![\w.])[45]\d\d[ -]/.test(l)) && !retold.has(l));
  // (a log page's bare label, `Code 550`, above the reply it labels: the reply's own line has the words and the status code)
  const worded = lines.filter((l) => !BARE_CODE_LABEL.test(l));
  const replies = worded.length < lines.length && worded.some(hasFailureCode) ? worded : lines;
  return (
    // (not a code a person speaks of beside the phrase, "the 554 again?? ... says "relaying denied again"")
    replies.find((l) => codeThenRelayPhrase(l) && !codeOnlySpokenOf(l)) ??
    replies.find((l) => RELAY_LINE.test(l) && (REPLY_CODE.test(l) || ENHANCED_CODE.test(l)) && !codeOnlySpokenOf(l)) ??
    replies.find((l) => RELAY_LINE.test(l) && readsAsServerReply(l) && !codeOnlySpokenOf(l)) ??
    // ("Expected response code "235" but got code "535"": the failure need not be the first code)
    // (MailKit's property line under its exception, `StatusCode: MailboxUnavailable (550)`: the exception's line above has the words)
    // (temporary refusals a permanent one of the same status ended, `452 4.2.2` three times then `552 5.2.2`: the outcome)
    // (beside a relay phrase with no code of its own only, "(Last month they did have a relay denied ...)": a person's words)
    (replies.some((l) => RELAY_LINE.test(l) && hasFailureCode(l)) ? undefined : permanentAfterRetries(replies)) ??
    mailkitExceptionFor(replies.find((l) => hasFailureCode(l) && !codeOnlySpokenOf(l)), replies) ??
    replies.find((l) => RELAY_LINE.test(l)) ??
    replies.find(hasFailureCode) ??
    // (MailKit's exception with the server's words and no code, its StatusCode property below: "SmtpCommandException: Domain
    // sandbox... is not allowed to send: ...")
    mailkitExceptionLine(replies) ??
    // A status code alone ("SmtpCommandException: 5.7.60 SMTP; Client does not have permissions ...").
    replies.find((l) => /^[45]/.test(ENHANCED_CODE.exec(l)?.[1] ?? '')) ??
    null
  );
}

/** The permanent refusal (5.x.y) that followed the first failure line's temporary one of the same status (4.x.y), or undefined. */
function permanentAfterRetries(lines: readonly string[]): string | undefined {
  const first = lines.findIndex(hasFailureCode);
  // (a temporary reply, 452 4.2.2: not a line with a permanent code too, Postfix's "dsn=4.7.0 ... said: 535 5.7.0")
  const temporary = first === -1 || /(?<![\w.])5\d\d(?![\w.])|(?<![\w.])5\.\d{1,3}\.\d{1,3}(?![\d.])/.test(lines[first]!) ? undefined : /(?<![\w.])4\.(\d{1,3}\.\d{1,3})(?![\d.])/.exec(lines[first]!)?.[1];
  if (temporary === undefined) return undefined;
  const permanent = new RegExp(String.raw`(?<![\w.])5\.${temporary.replace('.', '\\.')}(?![\d.])`);
  return lines.slice(first + 1).find((line) => permanent.test(line));
}

// (one run of blanks before the code, the separator optional in it: two runs side by side backtrack quadratically)
const BARE_CODE_LABEL = /^[ \t]*(?:smtp[ \t]+)?(?:code|status(?:[ \t]+code)?)(?:[ \t]*[:=])?[ \t]*[45]\d\d[ \t]*$/i;

/** A code a person speaks of, with no words of a server after it: "no idea where that 550 came from". */
const CODE_SPOKEN_OF = /\b(?:that|the|this|these|those|a|an|which|what|whose)[ \t]{1,3}[45]\d\d(?![\w.])(?![ \t]{0,3}[-:]?[ \t]{0,3}[45]\.\d)/i;
const codeOnlySpokenOf = (line: string): boolean => CODE_SPOKEN_OF.test(line) && !SERVER_REPLY.test(line) && [...line.matchAll(REPLY_CODES)].filter((m) => m[1]![0] !== '2').length === 1;

const MAILKIT_STATUS_PROPERTY = /^[ \t]*StatusCode[ \t]*[:=]/;

/** MailKit's exception line among the error lines, which carries the server's words. */
const mailkitExceptionLine = (replies: readonly string[]): string | undefined => replies.find((l) => l.includes('SmtpCommandException:'));

/** The SmtpCommandException line for MailKit's StatusCode property line, when the error lines hold one; else the line itself. */
function mailkitExceptionFor(line: string | undefined, replies: readonly string[]): string | undefined {
  if (line === undefined || !MAILKIT_STATUS_PROPERTY.test(line)) return line;
  return mailkitExceptionLine(replies) ?? line;
}

/** Exchange's NDR writes the remote reply as `mxa.mailgun.org #550 5.7.1 Relaying denied ##` (a bare `#550` is a ticket number). */
const EXCHANGE_CODE = /#([45][0-5]\d) [45]\.\d{1,3}\.\d{1,3}\b/;

/**
 * .NET's SmtpClient words the status code instead of printing it ("Mailbox unavailable. The server
 * response was: 5.7.1 Relaying denied" is its SmtpStatusCode.MailboxUnavailable, 550).
 */
const DOTNET_STATUS = new RegExp(
  String.raw`(mailbox unavailable|mailbox name not allowed|transaction failed|postfach nicht verfügbar|メールボックスは使用できません|bo[iî]te aux lettres non disponible|buz[oó]n (?:de correo )?no disponible)[.。] ?(?:${SERVER_RESPONSE_WAS})\s*[:：]`,
  'i',
);
/** Mailbox unavailable (in any language) is 550; the other two are named in English only. */
const dotnetCode = (status: string): number => (/name not allowed/i.test(status) ? 553 : /transaction failed/i.test(status) ? 554 : 550);

/** A server's greeting or another success line: a 2xx code opens it (after a time stamp or a transcript's marker). */
// (the blanks after the marker only with a marker: beside the leading blanks they would be tried at every split)
const GREETING_LINE = /^[ \t]*(?:[\d:.TZ+-]{1,30}[ \t]{1,3}){0,2}(?:(?:server -> client:|s:|<-|<<<|<)[ \t]*)?2\d\d[ -]/i;

/** A server's reply: its code, then the relay phrase ("550 5.7.1 Relaying denied"), not a wrapper's "Detail: Relaying denied SMTP code: 550". */
function codeThenRelayPhrase(line: string): boolean {
  const phrase = RELAY_LINE.exec(line);
  if (!phrase) return false;
  const code = REPLY_CODE.exec(line) ?? ENHANCED_CODE.exec(line);
  return code !== null && code.index < phrase.index;
}

/** A reply code a person names beside the refusal ("Error 550: Relaying denied", "foutcode 550."). */
const MSMTP_ACCOUNT_LINE = /^[ \t]*account[ \t]+\S/m;
const MSMTP_ACCOUNT_LINES = new RegExp(MSMTP_ACCOUNT_LINE.source, 'gm');

/**
 * The `user` line of the msmtprc account that has `auth off` (from its `account` line to the next one): the login it
 * keeps when auth is turned on. Null when that account shows none (another account's user is not its).
 */
function msmtpUserBesideAuthOff(text: string): string | null {
  const off = /^[ \t]*auth[ \t]+off\b/im.exec(text);
  if (!off) return null;
  const start = [...text.slice(0, off.index).matchAll(MSMTP_ACCOUNT_LINES)].at(-1)?.index ?? 0;
  const next = MSMTP_ACCOUNT_LINE.exec(text.slice(off.index + off[0].length));
  const block = text.slice(start, next ? off.index + off[0].length + next.index : undefined);
  return MSMTP_USER.exec(block)?.[1] ?? null;
}

/** Whether the paste shows the SMTP password's value (see the feature `smtp-password-pasted`). */
function smtpPasswordShown(text: string, passwordFromEnv: string | null): boolean {
  if (passwordFromEnv === null) return true;
  const variable = /[A-Za-z_][A-Za-z0-9_]{2,60}/.exec(passwordFromEnv.replace(/^(?:process\.env|os\.environ|env|getenv)\b/i, ''))?.[0];
  return variable !== undefined && text.includes(variable) && new RegExp(String.raw`\b${variable}["']?[ \t]*[=:][ \t]*["']?\[REDACTED\]`).test(text);
}

/** A reply code on a line of its own under a label: "Error code: 550", "エラーコード：550", "Fehlercode: 550". */
const LABELLED_CODE_LINE = /^[ \t]*(?:error[ \t]?code|status[ \t]?code|smtp[ \t]?code|code|エラーコード|エラー番号|fehlercode|code d'erreur|c[oó]digo(?: de error| de erro)?|foutcode|codice(?: di errore)?|kod(?: błędu)?|hata kodu|错误代码|錯誤代碼)[ \t]*[:：][ \t]*([45][0-5]\d)[ \t]*$/i;

/** The code of a labelled code line within a few lines above the refusal's line, or else below it (a panel's "Details: Relaying denied", then "Kod: 550"), or null. */
function labelledCodeNear(lines: readonly string[], refusal: string): number | null {
  const at = lines.findIndex((line) => line.includes(refusal));
  for (const index of [at - 1, at - 2, at - 3, at + 1, at + 2, at + 3]) {
    const m = index >= 0 && index < lines.length ? LABELLED_CODE_LINE.exec(lines[index]!) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * MailKit's SmtpCommandException printed with its properties, under its message: `StatusCode: MailboxUnavailable (550)`,
 * `StatusCode: 550`, or the enum's name alone.
 */
// (its other properties may follow on the line: `StatusCode: MailboxUnavailable (550), ErrorCode: RecipientNotAccepted, ...`)
const MAILKIT_STATUS_LINE = /^[ \t]*StatusCode[ \t]*[:=][ \t]*(?:[A-Za-z]{3,40}[ \t]*\(([245][0-5]\d)\)|([245][0-5]\d)|([A-Za-z]{3,40}))[ \t]*(?:,[^\n]{0,300})?$/;
/** MailKit's SmtpStatusCode names of the refusals that a relay refusal or its neighbours come with. */
const MAILKIT_STATUS_CODES: Readonly<Record<string, number>> = {
  ServiceNotAvailable: 421, MailboxBusy: 450, ErrorInProcessing: 451, InsufficientStorage: 452, AuthenticationRequired: 530,
  AuthenticationInvalidCredentials: 535, MailboxUnavailable: 550, UserNotLocalTryAlternatePath: 551, ExceededStorageAllocation: 552,
  MailboxNameNotAllowed: 553, TransactionFailed: 554,
};

const DIGIT_WORD = String.raw`(zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
/** A reply code and an enhanced code spelled in words, as read out: "five-five-zero", "five dot seven dot one". */
const SPOKEN_REPLY_CODE = new RegExp(String.raw`\b(four|five)[ -]${DIGIT_WORD}[ -]${DIGIT_WORD}\b(?![ -](?:dot|point)\b)`, 'i');
/** Or in tens, "five fifty", "four twenty-one", "five fifty-four". */
const SPOKEN_REPLY_TENS = new RegExp(String.raw`\b(four|five)[ -](?:oh[ -](one|two|three|four|five|six|seven|eight|nine)|(ten|twenty|thirty|forty|fifty)(?:[ -](one|two|three|four|five|six|seven|eight|nine))?)\b(?![ -](?:dot|point)\b)`, 'i');
const REPLY_CODE_SHAPE = /^[45][0-5]\d$/;
const SPOKEN_ENHANCED_AFTER = /^[ \t]*[,;:-]?[ \t]*(?:four|five)[ \t]+(?:dot|point)\b/i;
const SPOKEN_CODE_WORD_BEFORE = /\b(?:error|code|reply|response|answer|fehler|erreur|errore|said|says)\b[^\w\n]{0,3}(?:(?:was|is|war|ist|est|é)[ \t]+)?$/i;
const TENS_OF: Readonly<Record<string, string>> = { ten: '1', twenty: '2', thirty: '3', forty: '4', fifty: '5' };
const SPOKEN_ENHANCED_CODE = new RegExp(String.raw`\b(four|five)[ \t]+(?:dot|point)[ \t]+${DIGIT_WORD}[ \t]+(?:dot|point)[ \t]+${DIGIT_WORD}\b`, 'i');
const DIGIT_OF: Readonly<Record<string, string>> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

/** The codes a line spells in words, when it does (a 4xx or 5xx reply, its x.y.z status). */
function spokenCodes(line: string): { replyCode: number | null; enhancedCode: string | null } | null {
  const digits = (m: RegExpExecArray | null) => (m ? m.slice(1, 4).map((word) => DIGIT_OF[word.toLowerCase()]!) : null);
  const byDigits = SPOKEN_REPLY_CODE.exec(line);
  // (the tens form only as a code read out: its enhanced code said right after it, or "error"/"code" just before it; "since
  // five thirty-five this morning" is a time)
  const tensSaid = SPOKEN_REPLY_TENS.exec(line);
  const tens = tensSaid && (SPOKEN_ENHANCED_AFTER.test(line.slice(tensSaid.index + tensSaid[0].length, tensSaid.index + tensSaid[0].length + 12)) || SPOKEN_CODE_WORD_BEFORE.test(line.slice(Math.max(0, tensSaid.index - 30), tensSaid.index))) ? tensSaid : null;
  // (the first said of either form that is a reply code, whose second digit is 0 to 5: "Port five eight seven" is none)
  const codes = [
    ...(byDigits ? [{ at: byDigits.index, digits: digits(byDigits)! }] : []),
    ...(tens ? [{ at: tens.index, digits: [DIGIT_OF[tens[1]!.toLowerCase()]!, tens[2] ? '0' : TENS_OF[tens[3]!.toLowerCase()]!, DIGIT_OF[(tens[2] ?? tens[4] ?? 'zero').toLowerCase()]!] }] : []),
  ].filter((c) => REPLY_CODE_SHAPE.test(c.digits.join(''))).sort((a, b) => a.at - b.at);
  const enhanced = digits(SPOKEN_ENHANCED_CODE.exec(line));
  if (codes.length === 0 && !enhanced) return null;
  return { replyCode: codes.length ? Number(codes[0]!.digits.join('')) : null, enhancedCode: enhanced ? enhanced.join('.') : null };
}

/** MailKit's StatusCode as a structured log's field on the exception's own line (Serilog's `"StatusCode":"MailboxUnavailable"`). */
const MAILKIT_STATUS_FIELD = /"StatusCode"[ \t]*:[ \t]*(?:"([A-Za-z]{3,40})"|([245][0-5]\d)\b)/;

/** The code of MailKit's StatusCode property on the refusal's line (a log's field) or within a few lines under it, or null. */
function mailkitStatusBelow(lines: readonly string[], refusal: string): number | null {
  const at = lines.findIndex((line) => line.includes(refusal));
  const field = at !== -1 && lines[at]!.includes('SmtpCommandException') ? MAILKIT_STATUS_FIELD.exec(lines[at]!) : null;
  if (field) return Number(field[2] ?? NaN) || (MAILKIT_STATUS_CODES[field[1]!] ?? null);
  for (let index = at + 1; at !== -1 && index < lines.length && index <= at + 12; index++) {
    const m = MAILKIT_STATUS_LINE.exec(lines[index]!);
    if (m) return Number(m[1] ?? m[2] ?? NaN) || (MAILKIT_STATUS_CODES[m[3]!] ?? null);
  }
  return null;
}

/**
 * A reply code and its enhanced code said on a line near the refusal that has none: a chat's
 * `"Relaying denied"` then `y un código 550 5.7.1`, or the pair on a line of its own. (Policy and
 * other-status classes only, x.7.x and x.0.0: a near 5.1.1 is another error beside it.)
 */
const CODE_PAIR_AT_END = /(?<![\w.:/-])([45][0-5]\d)[ \t]{1,3}([45]\.(?:7\.\d{1,3}|0\.0))[ \t.!"'”)]*$/;

const PHPMAILER_CODES = /\bSMTP code:[ \t]*([45][0-5]\d)[ \t]+Additional SMTP info:[ \t]*([45]\.\d{1,3}\.\d{1,3})(?![\d.])/i;

/** A chat export's `[10:15] Name (Company):` before a message. */
const CHAT_LINE_PREFIX = /^[ \t]*\[[\d:. ]{4,12}\][^:\n]{0,80}:[ \t]*/;
const CODE_WORD_BEFORE = /(?:\bcode|c[oó]digo|codice|fehlercode|code d'erreur|foutcode|コード)[ \t:]*$/i;
/** The reply code and enhanced code ending a line within two lines of the refusal's, or null. */
function codePairNear(lines: readonly string[], refusal: string): { replyCode: number; enhancedCode: string } | null {
  const at = lines.findIndex((line) => line.includes(refusal));
  for (const index of [at + 1, at - 1, at + 2, at - 2]) {
    const line = at === -1 ? undefined : lines[index];
    // (PHPMailer's own debug pair, "SMTP code: 550 Additional SMTP info: 5.7.1")
    const phpmailer = line !== undefined && line.length <= 160 ? PHPMAILER_CODES.exec(line) : null;
    if (phpmailer && phpmailer[1]![0] === phpmailer[2]![0]) return { replyCode: Number(phpmailer[1]), enhancedCode: phpmailer[2]! };
    const m = line !== undefined && line.length <= 160 ? CODE_PAIR_AT_END.exec(line) : null;
    // (the pair alone, or said as the error's code: "y un código 550 5.7.1"; not "the same channel showed 421 4.7.0", another error)
    const before = m ? line!.slice(0, m.index).replace(CHAT_LINE_PREFIX, '') : '';
    if (m && m[1]![0] === m[2]![0] && (before.trim().length <= 12 || CODE_WORD_BEFORE.test(before))) return { replyCode: Number(m[1]), enhancedCode: m[2]! };
  }
  return null;
}

// (not the start of a longer token: OpenSSL's `Error: 4027B3F1E17F0000:error:...` holds no reply code)
const NAMED_CODE = /\b(?:error|code|foutcode|fehlercode|c[oó]digo(?: de error)?|codice(?: di errore)?|hata kodu)[ \t]{0,3}:?[ \t]{0,3}([45][0-5]\d)(?![\d.]\d|\w)/i;

/** Symfony Mailer's failed login, each authenticator's answer in turn: `Authenticator "LOGIN" returned "Expected response code "235" but got code "535" ...`. */
const SYMFONY_AUTHENTICATORS = /\bauthenticator "[\w-]{1,20}" returned\b[^\n]{0,400}?\bauthenticator "/i;
const FAILURE_REPLIES = /(?<![\w.])[45]\d\d[ -]/g;

const RESPONDED_WITH = /\bresponded with:?[ \t]*["']([245]\d\d[ -][^"'\n]{1,300})["']/i;

/** The refusal's relay words and what stands just before them (a server's codes, `5.7.1 <x@y>... Relaying denied`), or the whole line. */
function aroundRelayWords(line: string): string {
  const relay = RELAY_LINE.exec(line);
  return relay ? line.slice(Math.max(0, relay.index - 120), relay.index + relay[0].length + 40) : line;
}

function codesOf(primary: FieldRecord | null, refusal: string | null): { replyCode: number | null; enhancedCode: string | null } {
  let replyCode: number | null = null;
  let enhancedCode: string | null = null;
  const recordCode = primary?.get('code') ?? primary?.get('responsecode');
  if (recordCode && /^[2-9]\d\d$/.test(recordCode.trim())) replyCode = Number(recordCode.trim());
  const recordEnhanced = primary?.get('enhancedcode') ?? primary?.get('deliverystatus');
  const recordStatus = recordEnhanced?.match(ENHANCED_CODE)?.[1];
  // (of the record's reply code's class: a 5xx event's `2.0.0` is another entry's status copied with it)
  if (recordStatus && (replyCode === null || recordStatus[0] === String(replyCode)[0])) enhancedCode = recordStatus;
  // (Python's `(530, b'5.7.57 Client not authenticated ... Error: 535 5.7.139 ...')`: the tuple's code is the reply's, the codes
  // inside its text, read as a loose `Error:` field too, another server's or an earlier step's)
  const tuple = replyCode === null && refusal?.includes('(') ? PYTHON_REPLY.exec(refusal) : null;
  if (tuple && tuple[1]![0] !== '2') {
    replyCode = Number(tuple[1]);
    enhancedCode ??= /^[ \t]*([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(tuple[3]!)?.[1] ?? null;
  }
  const sources = [primary?.get('message'), primary?.get('error'), primary?.get('diagnosticcode'), primary?.get('response'), refusal];
  // (a record with an enhanced-code field of its own, even empty: on the refusal's line, only a code by its relay words, as in
  // `Message:"5.7.1 <x@y>... Relaying denied"`; the line of an Events page run together holds the other items' codes,
  // `"enhanced-code": ""` beside the next item's Gmail 5.1.1)
  const recordNamesEnhanced = primary?.has('enhancedcode') === true;
  for (const source of sources) {
    if (!source) continue;
    // (Exchange's queue quotes the server's own reply in its wrapper: `451 4.4.0 Primary target IP address responded with:
    // "550 5.7.1 Relaying denied."`, the server's codes)
    const codeSource = source.includes('responded with') ? (RESPONDED_WITH.exec(source)?.[1] ?? source) : source;
    const symfonyLogins = SYMFONY_AUTHENTICATORS.test(codeSource);
    if (replyCode === null) {
      // "Expected response code 250 but got code 550": the refusal is the 4xx/5xx one.
      const codes = [...codeSource.matchAll(REPLY_CODES)].map((m) => Number(m[1]));
      const exchange = EXCHANGE_CODE.exec(codeSource);
      const dotnet = DOTNET_STATUS.exec(codeSource);
      const named = NAMED_CODE.exec(codeSource);
      // (Symfony tries its authenticators in turn, CRAM-MD5's "504 5.7.4 Unrecognized authentication type" first: the last one's answer decides)
      replyCode = (symfonyLogins ? codes.filter((c) => c >= 400).at(-1) : codes.find((c) => c >= 400)) ?? (exchange ? Number(exchange[1]) : dotnet ? dotnetCode(dotnet[1]!) : named ? Number(named[1]) : null);
    }
    if (enhancedCode === null) {
      const s = recordNamesEnhanced && source === refusal ? aroundRelayWords(codeSource) : codeSource;
      // (Postfix's own `dsn=4.7.0` comes before the server's words: "server ... said: 535 5.7.0 ..." is the server's)
      const said = s.indexOf(' said: ');
      // (in a one-line transcript, the refusal's own code after its reply code, not an earlier `250 2.1.0 Ok`)
      const failure = symfonyLogins ? ([...s.matchAll(FAILURE_REPLIES)].at(-1)?.index ?? -1) : s.search(FAILURE_REPLIES);
      const m = (said !== -1 ? s.slice(said).match(ENHANCED_CODE) : null) ?? (failure > 0 ? s.slice(failure).match(ENHANCED_CODE) : null) ?? s.match(ENHANCED_CODE);
      // (of the same class as the reply code: a page's other item, "2.0.0 Ok: queued" beside a 554, is another reply;
      // unless it follows its reply code, as some servers send: "554 4.4.7 Message expired")
      const followsCode = m !== null && m.index !== undefined && replyCode !== null && new RegExp(String.raw`(?:^|\D)${replyCode}[ -]$`).test(m.input!.slice(Math.max(0, m.index - 5), m.index));
      if (m && (replyCode === null || m[1]![0] === String(replyCode)[0] || followsCode)) enhancedCode = m[1]!;
    }
  }
  return { replyCode, enhancedCode };
}

// ---------------------------------------------------------------- hosts

const MX_NOT_MEANT_TEXT = new RegExp(MX_NOT_MEANT.join('|'), 'i');
/** A paste about testing the receiving side: a Route's own syntax or words ("our inbound route", "store() route", "route test"). */
const RECEIVING_TEST = /match_recipient|catch_all\(|\b(?:inbound|incoming|store\(\)|forward\(\))[ \t]+routes?\b|\broutes?[ \t]+(?:test|match)|\binbound[ \t]+(?:pars(?:ing|er)|processing|pipeline)\b/;
/** A probe of one's own receiving side ("a test mail straight to their own inbound domain", "deleted the old catch-all route"), with a probe's words. */
const RECEIVING_PROBE = /\bcatch[- ]?all[ \t]+routes?\b|\binbound[ \t]+(?:domain|probe|address)\b/;
const PROBE_WORDS = /\b(?:probes?|health ?checks?|test (?:mail|message|e-?mail)s?)\b/;
const MAILGUN_MX_VALUE = String.raw`(mx[ab](?:\.eu)?\.mailgun\.org)(?!\.(?:["'\s]|$))`;
/**
 * An app's or device's own setting for the server it sends through, set to Mailgun's inbound MX, by a name that
 * says so (`MAIL_HOST=mxb.mailgun.org`, `EMAIL_HOST`, `spring.mail.host`, `$mail->Host = '...'`, `client.Host = "..."`,
 * "SMTP Server Address: ...", "Servidor SMTP: ...", `smtp.SendMail("mxa.mailgun.org:25", ...)`): group 1 or 2 is the host.
 * (a value ending in a dot, `mxa.mailgun.org.`, is a DNS record's)
 */
const NAMED_SENDING_SETTING_MX = new RegExp(String.raw`(?:\b(?:e?mail|smtp)[._]?(?:host|server)|\bsmtp[ \t]+(?:host|server)(?:[ \t]+(?:name|address))?|\b(?:servidor|serveur|server)[ \t]+smtp|smtpサーバー|smtp-сервер|сервер[ \t]+smtp|\bmailhub|->host|\.host(?=[ \t]*=[^=>]))["']?[ \t]*(?:[:=]|=>)[ \t]*["'\[]?${MAILGUN_MX_VALUE}|\b(?:SendMail|Dial(?:TLS)?|SmtpClient|SMTP(?:_SSL)?|Connect(?:Async)?)\(\s*(?:host\s*=\s*)?["']${MAILGUN_MX_VALUE}`, 'i');
/**
 * A bare `host`, `server` or `address` set to Mailgun's MX: in code with a quoted value (`host: 'mxa.mailgun.org'`,
 * Rails' `address:`), a line of its own in a config file (YAML's `host: mxb.mailgun.org`), or one of a list of settings
 * ("Server = mxb.mailgun.org, Port = 25, SMTP Authentication = Off").
 * Only a setting beside other sending settings (SENDING_SETTING_WORD): a bounce's "host: mxa.eu.mailgun.org (141.193.32.20)",
 * a log's `host=`, a DNS provider's `Address="mxa.mailgun.org."` or a JSON dump's `"host"` name a server, not a setting.
 */
const BARE_SENDING_SETTING_MX = new RegExp(String.raw`(?:\.|(?<![\w-]))(?:host|server|(?:smtp_)?address)["']?[ \t]*(?:[:=]|=>)[ \t]*["']${MAILGUN_MX_VALUE}|^[ \t+-]*(?:host|server|address)[ \t]*[:=][ \t]*${MAILGUN_MX_VALUE}(?::\d{1,5})?[ \t]*$|(?<![\w-])(?:host|server)[ \t]*=[ \t]*${MAILGUN_MX_VALUE}(?::\d{1,5})?(?=[ \t]*,[ \t]*(?:(?:smtp|mail)[ \t]*)?(?:port|auth\w*|user\w*|pass\w*|tls|ssl|starttls|login|security|encryption|secure|credentials)\b)`, 'im');
/** msmtp's `host mxb.mailgun.org` (a blank, no colon): only in a block of msmtp's settings, not the `host` command's line. */
const MSMTP_HOST_MX = new RegExp(String.raw`^[ \t]*host[ \t]+${MAILGUN_MX_VALUE}[ \t]*$`, 'im');
// (whole lines with msmtp-shaped values: not a sentence that starts "From what I can see ...")
const MSMTP_SETTING = /^[ \t]*(?:account[ \t]+\S+|auth[ \t]+(?:on|off|plain|login|cram-md5|scram-sha-1|external|gssapi|ntlm|oauthbearer|xoauth2)|tls\w{0,20}[ \t]+\S+|from[ \t]+\S+@\S+|user[ \t]+\S+|password(?:eval)?[ \t]+\S[^\n]{0,200}|port[ \t]+\d{1,5}|logfile[ \t]+\S+)[ \t]*$/im;
/** A sending setting's own name (`port`, `MAIL_PORT`, `user`, `password`, `auth off`, `tls`), as a word: not `smtpPort` or `MXPref`. */
const SENDING_SETTING_WORD = /(?<![a-z])(?:port|user(?:name|_name)?|pass(?:word)?|passwd|auth(?:entication)?|secure|encryption|starttls|tls|ssl|login|credentials)(?![a-z])/i;

/** The MX host an app's or device's own sending setting names, if any (see the patterns above). */
function mxInSendingSetting(text: string): string | null {
  const named = NAMED_SENDING_SETTING_MX.exec(text);
  if (named) return (named[1] ?? named[2])!.toLowerCase();
  const bare = BARE_SENDING_SETTING_MX.exec(text);
  const msmtp = bare ? null : MSMTP_HOST_MX.exec(text);
  const found = bare ?? msmtp;
  if (!found) return null;
  const around = text.slice(Math.max(0, found.index - 300), found.index + found[0].length + 300);
  return (bare ? SENDING_SETTING_WORD : MSMTP_SETTING).test(around) ? (found[1] ?? found[2] ?? found[3])!.toLowerCase() : null;
}

/** Where a paste names the server that gave the reply, most explicit first. */
const REFUSING_HOST_PATTERNS: Capturing[] = [
  // Exchange's NDR: the failed address, the server's name on a line of its own, then "Remote Server returned '550 ...'".
  { exec: hostAboveRemoteServerLine },
  // (a Mailgun log's mx-host told in words: "mx host in the log details is oldagency-com.mail.protection.outlook.com")
  guarded(new RegExp(String.raw`\bmx[ -]?host\b[^\n:?]{0,40}?[ \t](?:is|was)[ \t]+(${HOST})`, 'i'), ['host']),
  // (Outlook's send error dialog, in any language: `Server: 'mail.x.fr', Protocol: SMTP, Server Response: '550 ...'`)
  guarded(new RegExp(OUTLOOK_DIALOG_SERVER, 'i'), ['protoco', 'protokoll', 'protokół']),
  // (Exchange 2010's diagnostic line, in any language: `mail.x.fr #550 5.7.1 Unable to relay ##`)
  guarded(new RegExp(String.raw`^[ \t>]*(${HOST})[ \t]+#[45]\d\d[ \t]+[245]\.\d{1,3}\.\d{1,3}\b`, 'im'), ['#']),
  // (Exchange Online's diagnostic block under the original headers: `LastAttemptedServerName=mxb.eu.mailgun.org`)
  guarded(new RegExp(String.raw`\bLastAttemptedServerName=(${HOST})`, 'i'), ['lastattemptedservername']),
  // (its message trace's reason, `[{LED=550 5.7.1 Relaying denied};{MSG=};{FQDN=mxb.eu.mailgun.org};{IP=...}]`, copied with or without the LED's braces)
  guarded(new RegExp(String.raw`(?:\{|\b)LED=[245]\d\d[^}\n]{0,300}\}?;(?:\{[A-Z]{2,6}=[^}\n]{0,300}\};){0,4}\{FQDN=(${HOST})\}`, 'i'), ['fqdn=']),
  // (and the trace's detail line: `Message failed to send to smtp.mailgun.org over connector "To Mailgun"`)
  guarded(new RegExp(String.raw`\bfailed to send to (${HOST}) over (?:the )?connector\b`, 'i'), ['over connector', 'over the connector']),
  // (a logs entry copied with its server on the line under the refusal: "553 sorry, that domain isn't in my list ..." then
  // "Server: mx1.x.net   Severity: permanent")
  guarded(new RegExp(String.raw`^[ \t>]*[45]\d\d[ -][^\n]{0,300}\n[ \t>]*server[ \t]*:[ \t]*(${HOST})\.?(?=[ \t]*$|[ \t]{2,}|[ \t]*[|·])`, 'im'), ['server']),
  // (a Mailgun log entry's delivery status, typed out: "Attempt #1 to mail01.x.no [193.0.2.40]" then "550 5.7.1 ...")
  // (or the logs page's own words for it, "Attempt #1 to host [81.19.145.70] (mx.x.at)", the code on a line of its own)
  guarded(new RegExp(String.raw`\battempt[ \t]*#?\d{1,2}[ \t]+to[ \t]+(${HOST})\.?[ \t]*(?:\[[^\]\n]{0,60}\][ \t]*)?\n[ \t>]*[45]\d\d[ -]`, 'i'), ['attempt']),
  guarded(new RegExp(String.raw`\battempt[ \t]*#?\d{1,2}[ \t]+to[ \t]+host[ \t]+\[[^\]\n]{0,60}\][ \t]*\((${HOST})\)`, 'i'), ['attempt']),
  // (a mail gateway's message trace, Trend Micro's "Next hop: mxb.mailgun.org (34.160.233.158)" under its "Details: 550 ...")
  guarded(new RegExp(String.raw`^[ \t>]*next[ \t]+hop[ \t]*:[ \t]*(${HOST})\.?(?=[ \t]*(?:\([0-9a-f.:]{3,45}\)|\[[0-9a-f.:]{3,45}\])?[ \t]*$)`, 'im'), ['next']),
  // (OpenSMTPD's delivery line: `mta delivery ... relay="34.160.63.108 (smtp.mailgun.org)" ... stat="550 5.7.1 Relaying denied"`)
  guarded(new RegExp(String.raw`\bmta delivery\b[^\n]{0,300}?\brelay="[0-9a-f.:]{0,45}[ \t]*\((${HOST})\)"[^\n]{0,200}?\bstat="[45]\d\d\b`, 'i'), ['mta delivery']),
  // (a forwarder's activity log, Cloudflare Email Routing's "Error: 550 5.7.1 Relaying denied (mxb.mailgun.org)": the server in brackets after the
  // refusal or after Sendmail's rest of it, "Relaying denied. Proper authentication required.  (mx1.x.no)": a mail host's name,
  // mx1.x.no, smtp.x.com, of three labels or more; not a domain, "... Relaying denied (gmail.com)", "(mg.acme.com)")
  guarded(new RegExp(String.raw`\b[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?(?:<[^<>\n]{1,254}>(?:\.{3}|:)?[ \t]+)?(?:relay(?:ing)?[ \t]+(?:access[ \t]+)?denied|unable[ \t]+to[ \t]+relay|relay[ \t]+not[ \t]+permitted)(?:\.[ \t]+proper[ \t]+authentication[ \t]+required\.?)?[ \t]*\(((?=(?:mx|smtp|mail|relay|mta|gw|in)[a-z0-9-]*\.[a-z0-9-]{1,63}\.)${HOST})\)`, 'i'), ['relay']),
  // (a Mailgun server's name read out on the phone after the words of a report: "remote server mxb dot mailgun dot org")
  { exec: spokenMailgunHost },
  // (Exim's bounce: "host mxa.mailgun.org [1.2.3.4]" then "SMTP error from remote mail server after RCPT TO")
  // (not a host and its port, "smart host smtp.eu.mailgun.org:587": a setting; but an app log's session line, "SMTP host
  // x.mail.protection.outlook.com:25 (TLS)", names the server it talked to)
  new RegExp(String.raw`\bhost\s+(${HOST})\.?\s*(?:\[[^\]\n]{0,60}\]\s*)?(?:said|:(?!\d)|smtp error from remote)`, 'i'),
  new RegExp(String.raw`\bsmtp host\s+(${HOST}):\d{1,5}\b`, 'i'),
  // (Outlook's NDR in its other languages: "Server remoto a mail.x.it (...) ha restituito", "Servidor remoto en", "Remoteserver unter")
  // (not a bounce's writer introducing itself, James's "This is the James mail server at gw.x.com": it names no refusing server)
  guarded(new RegExp(String.raw`\b(?:(?:remote )?(?<!\bthis is the(?: [\w-]{1,20})? mail )server at|servidor remoto em|servidor remoto en|server remoto a|serveur distant à|remoteserver unter)\s+(${HOST})`, 'i'), ['server at', 'servidor remoto e', 'server remoto a', 'serveur distant', 'remoteserver unter']),
  // (Exchange 2016+ in French: "Le serveur distant smtp.mailgun.org (34.160.45.12) a retourné '550 5.7.1 ...'"; and its kin)
  guarded(new RegExp(String.raw`\b(?:serveur distant|servidor remoto|server remoto)\s+(${HOST})\s*(?:\([^)\n]{0,60}\)\s*)?(?:a retourné|a renvoyé|devolvió|retornou|ha restituito|ha devuelto)`, 'i'), ['serveur distant', 'servidor remoto', 'server remoto']),
  new RegExp(String.raw`\breceiving server\s*:\s*(${HOST})`, 'i'),
  // (Naver's bounce, "- 수신 서버 : mxb.mailgun.org" over "- 서버 응답 : 550 ...")
  guarded(new RegExp(String.raw`수신[ \t]?서버[ \t]*:[ \t]*(${HOST})`, 'i'), ['서버']),
  new RegExp(String.raw`\brejected by the server for the recipient domain\s+\S+\s+by\s+(${HOST})`, 'i'),
  // (Gmail's bounce in its other languages: "el servidor del dominio del destinatario x.mx lo rechazó por mxa.mailgun.org.")
  guarded(new RegExp(String.raw`\b(?:dominio del destinatario|domínio do destinatário|domaine du destinataire)\s+\S+\s+[^\n]{0,40}?\b(?:por|mediante|par|da)\s+(${HOST})`, 'i'), ['destinat']),
  new RegExp(String.raw`\bremote-mta\s*:\s*(?:dns\s*;\s*)?(${HOST})`, 'i'),
  // (or by its address alone, as Sendmail names a next hop it found no name for: `Remote-MTA: DNS; [192.0.2.18]`)
  guarded(/\bremote-mta\s*:\s*(?:dns\s*;\s*)?\[((?:\d{1,3}\.){3}\d{1,3})\]/i, ['remote-mta']),
  // Office 365's NDR, under "Error Details": "Remote server:  mxa.eu.mailgun.org" (in its other languages too; and a
  // bounce's "Host remoto: mxa.eu.mailgun.org")
  // (Czech "Vzdálený server:", Greek "Απομακρυσμένος διακομιστής:", whose first letter no \b reaches)
  new RegExp(String.raw`(?:\b(?:remote[ -](?:server|host)|servidor remoto|serveur distant|server remoto|host remoto|hôte distant|remoteserver|serwer zdalny|vzdálený server)|απομακρυσμένος διακομιστής)\s*:\s*(${HOST})`, 'i'),
  // (telnet's session refused at the greeting, by a gateway that names itself: "Escape character is '^]'." over "554 gw01.hotel.local SMTP service unavailable")
  guarded(new RegExp(String.raw`\bescape character is '\^\]'\.?[ \t]*\n[ \t]*(?:421|554)[ -](?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?(${HOST})\b`, 'i'), ['escape character']),
  new RegExp(String.raw`\bconnected to\s+(${HOST})`, 'i'),
  // (PHPMailer's debug output names the server it talks to: "Connection: opening to smtp.eu.mailgun.org:587, timeout=300")
  // (the last one: a first host that timed out is followed by the fallback PHPMailer then opened)
  guarded(new RegExp(String.raw`^[\s\S]*\bconnection:[ \t]+opening to[ \t]+(?:(?:ssl|tls):\/\/)?(${HOST})`, 'i'), ['opening']),
  // A scanner's or printer's error report: the error with its code, then the server on the next line ("Scan to Email:
  // Transmission Error (Code: 550)" over "Server: x.mail.protection.outlook.com").
  guarded(new RegExp(String.raw`\b(?:error|fehler|erreur|errore)\b[^\n]{0,80}?(?<![\w.])[45]\d\d(?![\w.])[^\n]{0,40}\n[ \t]*server[ \t]*:[ \t]*(${HOST})`, 'i'), ['server']),
  // (a report's fields in another language, the server over its answer: Norwegian "Tjener: mx01.x.no" / "Svar: 552 ...", German "Server: x" / "Antwort: 550 ...")
  guarded(new RegExp(String.raw`^[ \t]*(?:tjener|server|serveur|servidor|serwer|palvelin|szerver)[ \t]*:[ \t]*(${HOST})\.?[ \t]*\n[ \t]*(?:svar|feil|fel|fejl|réponse|respuesta|resposta|antwort|odpowiedź|risposta|antwoord|vastaus|válasz)[ \t]*:[ \t]*[45]\d\d\b`, 'im'), ['tjener', 'server', 'serveur', 'servidor', 'serwer', 'palvelin', 'szerver']),
  // Sendmail's transcript of the session: "... while talking to mxa.mailgun.org.:" heads the server's answers.
  guarded(new RegExp(String.raw`\bwhile talking to\s+(${HOST})\.?:`, 'i'), ['while talking to']),
  // An application's log line: "smtp send to a@b via smtp.eu.mailgun.org:587: 550 5.7.1 Relaying denied" (logfmt's `via=`).
  // (a reply code, not the host's port: "sent successfully via smtp.eu.mailgun.org:587")
  new RegExp(String.raw`\bvia(?:\s+|=)(${HOST})(?::\d{1,5})?[ \t]*:[ \t]*[45][0-5]\d(?:[ -]|$)`, 'im'),
  // (logfmt's error with the server it talked to after it: `error="530 5.7.0 Authentication Required ..." host="smtp.gmail.com:587"`;
  // a bare `host=` without a port is as often the machine that wrote the log)
  guarded(new RegExp(String.raw`\b(?:err|error)="[^"\n]{0,400}?(?<![\d.])[45]\d\d[ -][^"\n]{0,600}"[^\n]{0,200}?\b(?:smtp_?host|smtp_?server|server|addr|host(?=="?[^\s"]{1,253}:\d))="?(${HOST})(?::\d{1,5})?"?(?:[ \t]|$)`, 'i'), ['err']),
  // A monitor's fields: "connected_to:   mxb.mailgun.org:25" (beside its "mx_lookup:" listing every MX)
  new RegExp(String.raw`\bconnected_to["']?[ \t]*[:=][ \t]*["']?(${HOST})`, 'i'),
  // (hMailServer's delivery log: "SMTPDeliverer - Message 88217: Relaying to host mxa.eu.mailgun.org.")
  guarded(new RegExp(String.raw`\bSMTPDeliverer - Message \d{1,12}: Relaying to host (${HOST})`, 'i'), ['smtpdeliverer']),
  // (Chinese bounces' "对方服务器：mxb.mailgun.org", "接收服务器: ...")
  guarded(new RegExp(String.raw`(?:对方服务器|對方伺服器|接收服务器|收件服务器)[ \t]*[:：][ \t]*(${HOST})`, 'i'), ['服务器', '伺服器']),
  // MDaemon's session log: "Attempting SMTP connection to [smtp.mailgun.org : 587]".
  new RegExp(String.raw`\bsmtp connection to \[(${HOST}) ?: ?\d{1,5}\]`, 'i'),
  // An application's own log of the session: "Connection to relay.example.com:25 ok; RCPT TO ... rejected".
  new RegExp(String.raw`\bconnection to\s+(${HOST})(?::\d{1,5})?\s+(?:ok|established|succeeded|opened)\b`, 'i'),
  // (and Go's idiom for it: "dial smtp.mailgun.org:587 ok", "dialing tcp smtp.mailgun.org:587: connected")
  new RegExp(String.raw`\bdial(?:ing|ed)?\s+(?:tcp\s+)?(${HOST})(?::\d{1,5})?:?\s+(?:ok|established|succeeded|connected)\b`, 'i'),
  // The server's greeting in a transcript, with or without direction markers.
  // (an application's own session log marks the server's lines with a time then `<`)
  guarded(new RegExp(String.raw`(?:<-|server -> client:|^s:|\d:\d\d(?:[.,]\d{1,6})?[ \t]+<|^)[ \t]*220[ -](${HOST})`, 'im'), ['220']),
  // (IIS's SMTP log of its outbound session, read as words: `... OutboundConnectionResponse SMTPSVC1 ERP01 - 25 - - 220 smtp.mailgun.org ESMTP ready`)
  guarded(new RegExp(String.raw`\bOutboundConnectionResponse[ \t][^\n]{0,120}?[ \t]220[ \t](${HOST})`, 'i'), ['outboundconnectionresponse']),
  // (or the first line of the server's answer to EHLO, just under it, when it is one of Mailgun's public host names:
  // `-> EHLO probe.example` / `<- 250-mxb.mailgun.org`; not its machines' own names, `250-smtp-out.eu.mailgun.org`, as for
  // smtplib's below, nor another server's, often an internal one, `250-ip-10-0-33-190.ec2.internal`)
  guarded(/^[ \t]*(?:->|>>>|c:|client -> server:)[ \t]*ehlo\b[^\n]{0,300}\n[ \t]*(?:<-|<<<|s:|server -> client:)[ \t]*250-((?:mx[ab]|smtp)(?:\.eu)?\.mailgun\.org)[ \t]*$/im, ['ehlo']),
  // Python smtplib's debug output: the greeting, `reply: b'220 mx.example ESMTP'`, or the first line of its answer to EHLO,
  // `reply: b'250-mailrelay.app_default\r\n'` (a container's name may hold an underscore, which no public host has).
  // (not Mailgun's own machine names, `smtp-out.eu.mailgun.org`: the configured host says which of its hosts it is)
  guarded(/^reply: b['"](?:220[ -]|250-)(?![a-z0-9_.-]{0,200}\.mailgun\.(?:org|net)(?![a-z0-9_.-]))([a-z0-9](?:[a-z0-9_-]{0,62}\.){1,10}[a-z0-9_-]{2,62})(?:\\r\\n|[ \t])/im, ["reply: b"]),
  // PowerMTA's accounting record: its dsnDiag (`smtp;550 ...`), then dsnMta, the server that answered, with its address.
  guarded(new RegExp(String.raw`\bsmtp;[ \t]?[45]\d\d[^\n]{0,1000}?,(${HOST}) \((?:\d{1,3}\.){3}\d{1,3}\),`, 'i'), ['smtp;']),
  // A report's table row: the host's cell, then the refusal's (`| 550 | mail.school.example | 5.7.1 Unable to relay for ...`).
  new RegExp(String.raw`\|[ \t]*(${HOST})[ \t]*\|[ \t]*(?:[245]\d\d[ \t]+)?(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?[^|\n]{0,60}?\b(?:relay|relaying)\b`, 'i'),
  // Postfix `relay=host[ip]:25`; Sendmail `relay=host. [ip]`.
  // (not Sendmail's refusal of a client, `ruleset=check_rcpt, ... relay=m198-61-254-33.mailgun.net [ip], reject=...`, nor
  // its arrival line, `from=<a@b>, size=0, ... relay=client [ip]`: there relay= is the client)
  new RegExp(String.raw`\brelay=(?<!\b(?:ruleset=check_\w{1,20}|from=<[^<>\n]{0,254}>),[^\n]{0,300})(${HOST})\.?\s?[\[:,]`, 'i'),
  // (Exim's mainlog line of the error itself: `H=mxb.eu.mailgun.org [ip]: SMTP error from remote mail server after RCPT TO: 550 ...`)
  guarded(new RegExp(String.raw`\bH=(${HOST})\s*\[[0-9a-f.:]{3,45}\](?::\d{1,5})?:\s*SMTP error from remote mail server\b`, 'i'), ['smtp error from remote']),
  // Exim's delivery line (`** a@b R=... H=mx.example [1.2.3.4]: SMTP error ...`, `==` deferred, `=>` delivered).
  // (not its arrival line, `<= a@b H=app01.example [10.0.0.4]`, nor its own rejection of a client, `H=m228-12.mailgun.net
  // [...] rejected RCPT <a@b>: relay not permitted`: there H= is the client)
  // (the look-behind after `H=`: tried only there, not at every position of a long line)
  // (not a delivered line, `=>`/`->`: that host accepted the mail)
  new RegExp(String.raw`\bH=(?<=\s(?:\*\*|==)\s[^\n]{0,300}H=)(${HOST})\s*\[`, 'i'),
  // Exim's bounce names the host on a line of its own under the failed address, wherever a bad copy put the error.
  new RegExp(String.raw`^[ \t]+host[ \t]+(${HOST})\.?[ \t]+\[[0-9a-f.:]{3,45}\][ \t]*$`, 'im'),
  // (not a DNS listing's "mg.example.com MX: mxa.mailgun.org", a domain's record, no server's answer; an address's
  // domain before it is a logs row's, "to: ops@x.example   mx: smtp.x.example")
  guarded(new RegExp(String.raw`(?:^|[\s([])(?<!(?:^|\s)[\w.-]{1,253}\.[a-z]{2,24}[ \t]{1,3})mx(?:[ \t]*host)?[ \t]*:[ \t]*(${HOST})`, 'im'), ['mx']),
  // (a host starts only at a token's start: tried at every `\b` inside a long dashed token, it scans on each time)
  guarded(new RegExp(String.raw`(?<![\w.-])(${HOST})\s+(?:replied|said|answered|responded|returned)\b`, 'i'), ['replied', 'said', 'answered', 'responded', 'returned']),
  // A refusal that names its own server: "mail.example.com does not relay for ...".
  guarded(new RegExp(String.raw`(?<![\w.-])(${HOST})\s+(?:does not|doesn't|will not|won't|cannot|can't)\s+relay\b`, 'i'), ['relay']),
  // Words of people and logs: "Relaying denied from smtp.mailgun.org", "rejected by mx1.example.com", "Relaying denied (from
  // smtp.mailgun.org, via the connector)".
  // (not a block list that the server consulted: "refused, rejected by bl.spamcop.net")
  new RegExp(String.raw`\b(?:denied|refused|rejected)\s+\(?(?:from|by)\s+(?:the\s+)?(?:server\s+)?(?![\w.-]{0,60}(?:spamhaus\.org|spamcop\.net|barracudacentral\.org|uceprotect\.net|sorbs\.net|surbl\.org|mailspike\.net)\b)(${HOST})`, 'i'),
  // Prose: "the failed event has mx-host mx01.example.com".
  new RegExp(String.raw`\bmx[- ]host(?:\s+(?:is|was|=))?\s+(${HOST})`, 'i'),
  // Gmail's bounce: "The response from the remote server was: [mxa.mailgun.org. 34.160.63.108: 550 ...]".
  new RegExp(String.raw`\[(${HOST})\.?\s+\d{1,3}(?:\.\d{1,3}){3}\s*:\s*[45]\d\d\b`, 'i'),
];

/**
 * The relay a sender's own server or app is set to send through: Postfix's relayhost, an Exim
 * smarthost, ssmtp's mailhub, an app's SMTP host setting. Not a bare `host:` or `server:` (an HTTP
 * header, a database).
 */
const SENDER_RELAY = new RegExp(
  // (Jakarta Mail's `mail.smtp.host`, Spring's `spring.mail.host`: dotted names of their own; not a mail program's
  // "Incoming mail server:", which it reads mail from)
  String.raw`(?<![A-Za-z0-9.])(?:relayhost|smarthost|mailhub|(?:spring\.)?mail\.smtps?\.host|spring\.mail\.host|(?<!\bincoming[ \t])(?:smtp|mail|email)[ _.-]?(?:host|server|gateway)|(?:servidor|serveur|serwer)[ \t]+smtp|smtp_address|smtp_settings\b[^\n]{0,40}?\baddress)["']?[ \t]*(?:[:=]|=>)[ \t]*["'\[]?(?!(?:os\.(?:environ|getenv)|process\.env|system\.getenv)\b)(${HOST})` +
    // Exim's log of a delivery through its smarthost router: `R=smarthost T=remote_smtp_smarthost H=relay.isp.example`
    String.raw`|\bR=[\w-]{0,40}smart[\w-]{0,40}[ \t]+T=[\w-]{1,60}[ \t]+H=(${HOST})` +
    // A mail program's account settings: "Outgoing server in her account settings: smtp.hoster.example"
    // (and in a mail program's other languages: "Server posta in uscita (SMTP): mail.x.it", "Servidor de saída:", "Postausgangsserver:")
    String.raw`|\b(?:outgoing (?:mail )?server|server (?:di |della )?posta in uscita|servidor de (?:correo )?salida|servidor de (?:e-?mail )?sa[íi]da|serveur (?:de courrier )?sortant|postausgangsserver|server voor uitgaande (?:e-?)?mail)\b[^\n:]{0,40}:[ \t]*(${HOST})` +
    // A device's own log of a send through its server: Synology's "Failed to send test email via [smtp.eu.mailgun.org:587]"
    String.raw`|\b(?:send|sending|sent)\b[^\n\[]{0,60}?\bvia[ \t]+\[(${HOST})(?::\d{1,5})?\]` +
    // (WP Mail SMTP's debug line of its settings: "Host: mail.x.hu  Port: 465  SMTPSecure: ssl  SMTPAuth: off")
    String.raw`|(?:^|\n)[ \t]*host[ \t]*:[ \t]*(${HOST})[ \t]{1,4}port[ \t]*:[ \t]*\d{2,5}\b` +
    // (Odoo's record of it, its name then its host: `Outgoing mail server: "M365 direct", host x.example, port 25`; and
    // Odoo's failure, which names the outgoing server it used: "Mail delivery failed via SMTP server 'x.example'.")
    // (Outlook's send error names its outgoing server on a line of its own under it, quoted: "Servidor: 'smtp.ionos.es'")
    String.raw`|(?:^|\n)[ \t]*(?:server|serveur|servidor|serwer)[ \t]*:[ \t]*['"](${HOST})['"][ \t]*(?=\n|$)` +
    String.raw`|\boutgoing (?:mail )?server\b[^\n:]{0,40}:[^\n:]{0,60}?\bhost[ \t]+(${HOST})|\bmail delivery failed via smtp server[ \t]+['"]?(${HOST})` +
    // A transport's bare host beside an SMTP port: nodemailer's `{ host: "relay.mail.svc.cluster.local", port: 25 }`
    String.raw`|(?<![\w.-])host["']?[ \t]*[:=][ \t]*["'](${HOST})["'][ \t]*,[ \t]*(?:\n[ \t]*)?["']?port["']?[ \t]*[:=][ \t]*["']?(?:25|465|587|2525)\b` +
    // A settings form's `Hostname:` (or `Host:`) over its `Port:` (Uptime Kuma's SMTP notification, Keycloak's realm email, typed out)
    String.raw`|(?:^|\n)[ \t]*host(?:name)?[ \t]*:[ \t]*(${HOST})[ \t]*\n[ \t]*port[ \t]*:[ \t]*(?:25|465|587|2525)\b` +
    // A device's or app's send log: `Server: exch01.plant.local:25` over the `Response: 550 5.7.1 Unable to relay` it got
    String.raw`|(?:^|\n)[ \t]*server[ \t]*:[ \t]*(${HOST})(?::\d{1,5})?[ \t]*\n[ \t]*(?:response|reply|server response)[ \t]*:[ \t]*[45]\d\d\b` +
    // Outlook's send error dialog names the outgoing server of the account: `Server: 'mail.x.fr', Protocol: SMTP` (in any language)
    `|${OUTLOOK_DIALOG_SERVER}` +
    // Nextcloud's Email server form, as people copy it: `Server address: mail.x.example : 25`
    String.raw`|\bserver address[ \t]*:[ \t]*(${HOST})[ \t]*:[ \t]*(?:25|465|587|2525)\b` +
    // Zabbix's email media type, as people copy its form: `Media type "Email": SMTP server mail.x.net, port 25, ...`
    String.raw`|\bmedia type\b[^\n]{0,40}?\bsmtp server[ \t]+(${HOST})` +
    // msmtp's account, `host mail.isp.example` on a line of its msmtprc, and its log's `host=mail.isp.example tls=on`
    // (the host line among the account's other keys: not the output of a `host NAME` lookup, "NAME has address ...")
    String.raw`|(?:^|\n)[ \t]*host[ \t]+(${HOST})[ \t]*(?=\n|$)(?!\n[^\n]*\b(?:has (?:ipv6 )?address|mail is handled by|is an alias for|not found)\b)|\bhost=(${HOST})[ \t]+tls=` +
    // An ini file's `[smtp]` host with its port (Grafana's `host = relay.ops.internal:25`)
    String.raw`|\[smtp\][^\[]{0,300}?\n[ \t]*host[ \t]*=[ \t]*(${HOST}):\d{1,5}[ \t]*(?=\n|$)` +
    // Python's `smtplib.SMTP('outlook-com.olc.protection.outlook.com', 25)`: the server the script talks to
    String.raw`|\bsmtplib\.SMTP(?:_SSL)?\([ \t]*["'](${HOST})["']` +
    // PowerShell's `Send-MailMessage -SmtpServer exch-hub01.corp.example`, .NET's `new SmtpClient("exch01.corp.example")`
    // (not PowerShell's echo of the command, cut short: `+ Send-MailMessage -SmtpServer x.mail.protection.ou ...`)
    String.raw`|\bSend-MailMessage\b[^\n]{0,1000}?-SmtpServer[ \t]+["']?(${HOST})(?![\w.-]|[ \t]?(?:\.\.\.|\u2026))|\bnew[ \t]+SmtpClient\([ \t]*"(${HOST})"` +
    // .NET's web.config: `<network host="exch-gw01.corp.example" port="25" ... />`
    String.raw`|<network\b[^>\n]{0,200}?\bhost="(${HOST})"` +
    // A mailer's DSN, Symfony's `MAILER_DSN=smtp://user:pass@mail.example.at:587`, Django's EMAIL_URL
    String.raw`|\b(?:MAILER_DSN|MAILER_URL|EMAIL_URL|SMTP_URL|MAIL_URL)["']?[ \t]*[:=][ \t]*["']?smtps?://(?:[^@\s/]{0,200}@)?(${HOST})` +
    // An appsettings.json block of mail settings: `"Smtp": { "Host": "exch01.corp.example", ... }`
    String.raw`|"(?:smtp|mail|email)(?:settings|options|config)?"[ \t]*:[ \t]*\{[^{}]{0,300}?"(?:host|server)"[ \t]*:[ \t]*"(${HOST})"`,
  'i',
);

const SENDER_RELAYS = new RegExp(SENDER_RELAY.source, 'gi');

/** Words that put Mailgun on the mail's path: seen in its logs, its API, mail handed to it. */
// (not a plan: "they want to move to Mailgun")
const MAILGUN_PATH = /\b(?:in|on|from) (?:the |our |my |their |your )?mailgun(?:'s)? (?:logs?|dashboard|events?)\b|\bapi\.(?:eu\.)?mailgun\.net\b|(?<!\b(?:move|moving|switch|switching|migrate|migrating|change|changing)[ \t]{1,3})\b(?:to|through|via) mailgun\b/i;

/**
 * An app's SMTP host setting that reads a variable: `spring.mail.host=${TENANT_SMTP_HOST}`, `smtp.SendMail(os.Getenv("SMTP_ADDR"), ...)`;
 * or whose value a tool hid: Sentry's tag `smtp.host: [Filtered]`.
 */
const HOST_FROM_VARIABLE = /\b(?:smtp|mail|email)[_.]?(?:host|server|addr(?:ess)?)["']?[ \t]*(?:[:=]|=>)[ \t]*["']?(?:\[(?:filtered|redacted|removed|hidden|masked)\]|\$\{?[A-Za-z_]|%[A-Za-z_]|process\.env\b|os\.(?:getenv|environ)\b|env\(|ENV\[|System\.getenv\b)|\bSendMail\(\s*os\.Getenv\(|\$\{(?:SMTP|MAIL|EMAIL)_?(?:HOST|SERVER|ADDR)\w{0,20}\}/i;

/** Postfix's password map of a type postmap builds a database for (`hash:/etc/postfix/sasl_passwd`), and that database named. */
const SASL_MAP_HASHED = /^[ \t]*smtp_sasl_password_maps[ \t]*=[ \t]*(?:hash|btree|lmdb|cdb|dbm):\S{1,200}/m;
const SASL_DATABASE = /\bsasl_passwd\.(?:db|lmdb|cdb|dir|pag)\b/;
/** An `ls -l` line of the map's text file (`-rw------- 1 root root 83 Apr 15 17:52 sasl_passwd`). */
const SASL_TEXT_LISTED = /^[-l][rwxsStT-]{9}[.+@]?[ \t][^\n]{0,120}?[ \t]sasl_passwd[ \t]*$/m;

/** An app's log of its own direct delivery, the recipient's MX after "via" (group: the host). */
const DIRECT_DELIVERY_VIA = new RegExp(String.raw`\b(?:direct[ \t]+delivery|delivering[ \t]+directly|consegna[ \t]+diretta|entrega[ \t]+direct[ao]|livraison[ \t]+directe|direkte[ \t]+zustellung|directe[ \t]+bezorging)\b[^\n]{0,120}?\bvia[ \t]+(${HOST})(?::\d{1,5})?\b`, 'i');

/** A listing of the production environment's settings: its command, its file's name, or a variable inside it. */
const PRODUCTION_LISTING = /--environment[= ]production\b|\.env\.production\b|\b(?:VERCEL_ENV|NODE_ENV|APP_ENV|RAILS_ENV|CONTEXT)["']?[ \t]*[=:][ \t]*["']?production\b/;
/** Production said to fail ("fails in production", "em produção dá relay access denied"), or a serverless function's own path in the trace. */
const PRODUCTION_FAILS = /\b(?:in|on)[ \t]+prod(?:uction)?\b[^\n.,;]{0,40}?\b(?:fails?|failing|broken|errors?|doesn't|does[ \t]+not|not[ \t]+working|relay)|\b(?:fails?|failing|breaks?|broken)\b[^\n.,;]{0,40}?\b(?:in|on)[ \t]+prod(?:uction)?\b|\b(?:em|en|in)[ \t]+(?:produção|producción|produktion|productie)\b[^\n.,;]{0,40}?(?:dá|da|falha|falla|erro|error|fehler|relay)|\/var\/task\//i;
/** Production said to work ("sends fine in production", "in prod it works"): another environment is the one failing. */
const PRODUCTION_WORKS = /\b(?:works?|working|fine|sends?[ \t]+fine)\b[^\n.,;]{0,30}?\b(?:in|on)[ \t]+prod(?:uction)?\b|\b(?:in|on)[ \t]+prod(?:uction)?\b[^\n.,;]{0,20}?\b(?:works?|is[ \t]+fine|fine)\b/i;
/** An environment file's host settings, `SMTP_HOST="mail.x.com"` (group: the host). */
const ENV_HOST_SETTINGS = new RegExp(String.raw`^[ \t]*(?:export[ \t]+)?(?:SMTP|MAIL|EMAIL)_(?:HOST|SERVER)[ \t]*=[ \t]*["']?(${HOST})["']?[ \t]*$`, 'gim');
const MAX_ENV_HOST_SETTINGS = 6;

/**
 * The host set in the production environment's listing, where listings of two environments set different hosts (`.env.local`
 * on smtp.mailgun.org, `vercel env pull --environment=production` on mail.privateemail.com): "works locally, fails in
 * production", and production's setting is the one that answered. A listing is a paragraph (a code fence's lines, as the
 * normalizer leaves them), marked by its own lines or by the caption line above it; null unless exactly one is production's.
 */
function productionHostSetting(text: string): string | null {
  const listings = [...text.matchAll(ENV_HOST_SETTINGS)].slice(0, MAX_ENV_HOST_SETTINGS).map((m) => {
    const start = text.lastIndexOf('\n\n', m.index);
    const end = text.indexOf('\n\n', m.index);
    const listing = text.slice(start + 1, end < 0 ? text.length : end);
    const caption = start < 0 ? '' : text.slice(Math.max(0, start - 300), start).trimEnd().split('\n').at(-1)!;
    return { host: m[1]!.toLowerCase(), production: PRODUCTION_LISTING.test(listing) || PRODUCTION_LISTING.test(caption) };
  });
  const production = listings.filter((listing) => listing.production);
  if (production.length !== 1 || !listings.some((listing) => listing.host !== production[0]!.host)) return null;
  return production[0]!.host;
}

/** The first relay setting that is not in a commented-out line (`#relayhost = ...`, `// MAIL_HOST=...`). */
/** How many settings senderRelayIn reads: a long commented-out line of them is searched back for its start once each. */
const MAX_RELAY_SETTINGS = 20;

function senderRelayIn(text: string): string | null {
  if (!/host|server|serveur|servidor|serwer|mailhub|address/i.test(text)) return null;
  let seen = 0;
  for (const m of text.matchAll(SENDER_RELAYS)) {
    if (++seen > MAX_RELAY_SETTINGS) break;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    // (`<!--` too: an XML config's commented-out `<network host=...>`)
    if (!/^[ \t]*(?:#|;|\/\/|--|<!--)/.test(text.slice(lineStart, m.index + 1))) return m.slice(1).find((group) => group !== undefined)!.toLowerCase();
  }
  return null;
}

/** The server a test session's command connects to: `swaks --server x`, `openssl s_client -connect x:587`, `telnet x 25`. */
const SESSION_COMMAND_HOST = new RegExp(String.raw`(?:--server|-connect|\btelnet|\bncat|\bnc)\s+(${HOST})`, 'i');
const SESSION_COMMAND_HOSTS = new RegExp(SESSION_COMMAND_HOST.source, 'gi');

/** Just before a host name: a greeting's code (`220 host`, `220-host`). */
const GREETED_BY = /220[ -]$/;

/** Where a paste names the server a client was configured to talk to. */
const CONFIGURED_HOST_PATTERNS: Capturing[] = [
  // qmail's smtproutes, its default route on a line of its own: `:smtp.mailgun.org:587` (every remote delivery goes there)
  guarded(new RegExp(String.raw`(?:^|\n)[ \t]*:(${HOST})(?::\d{1,5})?[ \t]*(?=\n|$)`, 'i'), [':']),
  // A Kubernetes container's env list: `- name: SMTP_HOST` with its `value: smtp.mailgun.org` on the next line.
  guarded(new RegExp(String.raw`-[ \t]+name:[ \t]*["']?(?:smtp|mail|email)[_-]?(?:host|server|relay)["']?[ \t]*\n[ \t]*value:[ \t]*["']?(${HOST})`, 'i'), ['name:']),
  // Device and app settings screens name the field in their own language ("Servidor SMTP:", "Serveur SMTP :").
  // (a device's "SMTP Server Name : smtp.mailgun.org"; not an event's `mx-host`, the server it delivered to)
  // (and in Japanese and Russian: "SMTPサーバー: host", "SMTP-сервер: host")
  // (not an Exchange bounce's "Generating server:", the server that wrote the bounce)
  // (a GitHub Action's input, `server_address: smtp.mailgun.org` in action-send-mail's `with:`)
  new RegExp(String.raw`(?<!\bgenerating[ \t]+)(?:host|server|smtp_?host|mail_host|relayhost|mailhub|smart ?host|servidor(?: smtp)?|serveur(?: smtp)?|serwer(?: smtp)?|server smtp|smtpサーバー|smtp-сервер|сервер smtp)(?<!\bmx[-_ ]?(?:host|server))(?:[ \t]+(?:name|address)|_address)?["']?(?:[ \t]*(?:[:=]|=>)[ \t]*|[ \t]+)["'\[]?(${HOST})(?![\w(-]|\.[a-z0-9_])(?![ \t]*\?)`, 'i'),
  // (not a host asked about: "Is our smart host smtp.mailgun.org?")
  // (a settings field named in words: 'the "SMTP Server Name" is mxa.mailgun.org')
  // (not the incoming server's: "The incoming server name is mxa.mailgun.org")
  guarded(new RegExp(String.raw`(?<!\b(?:incoming|imap|pop3?)[ \t]+)\b(?:smtp[ \t]+)?server[ \t]+(?:name|address)["'\u201d]?[ \t]+(?:is|was|set[ \t]+to)[ \t]+["'\[]?(${HOST})`, 'i'), ['name', 'address']),
  // "SMTP Relayer:" (hMailServer's), "SMTP relay:" (a router's, a scanner's); only as a label: "our old
  // relay smtp.sendgrid.net" in words, or Postfix's `relay=`, is no setting.
  new RegExp(String.raw`\b(?:smtp[ \t]+)?relay(?:er)?[ \t]*:[ \t]*["'\[]?(${HOST})`, 'i'),
  // (hMailServer's label quoted before its value, in its admin's words: `ausgehend über "SMTP relayer" smtp.mailgun.org:587`)
  new RegExp(String.raw`\bsmtp[ \t]+relayer["'\u201d][ \t]+["'\[]?(${HOST})`, 'i'),
  // (said in words: "Smart host in the IIS 6 manager is smtp.mailgun.org, port 587", "unser Exchange Smarthost ist smtp.mailgun.org")
  // (present only, not asked: not "was set to … until last month", "Should the smart host be set to …?")
  guarded(new RegExp(String.raw`\bsmart[ -]?host\b[^\n.:=?]{0,40}?[ \t](?:is|points[ \t]+to|ist|zeigt[ \t]+auf|est|es|è|é)[ \t]+["'\[]?(${HOST})(?![\w(-]|\.[a-z0-9_])(?![^\n]{0,60}\?)`, 'i'), ['smart']),
  // (or in brackets after it: "we route all outbound through a smarthost (smtp.mailgun.org:587)")
  guarded(new RegExp(String.raw`\bsmart[ -]?host[ \t]*\([ \t]*(${HOST})(?::\d{1,5})?[ \t]*\)`, 'i'), ['smart']),
  // an app's own log of its mail transport, `transport=smtp.eu.mailgun.org:587`
  guarded(new RegExp(String.raw`\btransport=["']?(${HOST})(?::\d{1,5})?\b`, 'i'), ['transport=']),
  new RegExp(String.raw`\bsmtps?://(?:[^@\s/]{0,200}@)?(${HOST})`, 'i'),
  // (Symfony's Mailgun bridge: `mailgun+smtp://USER:PASS@default?region=eu` sends through the region's SMTP host)
  { exec: symfonyMailgunSmtpHost },
  new RegExp(String.raw`\bSMTP(?:_SSL)?\(\s*["'](${HOST})`, 'i'),
  SESSION_COMMAND_HOST,
  new RegExp(String.raw`\b(?:SmtpClient|Connect(?:Async)?|SendMail|Dial(?:TLS)?)\(\s*["'](${HOST})`, 'i'),
  new RegExp(String.raw`\b(?:smtp_)?address["']?\s*(?:[:=]|=>)\s*["'](${HOST})`, 'i'),
  // Prose: "set up with smtp.mailgun.org port 587", "sends via smtp.eu.mailgun.org".
  // ("usa smtp.mailgun.org", "verwendet smtp.mailgun.org", "uses smtp.mailgun.org")
  // (not a path said to work: "outbound still goes via smtp.eu.mailgun.org with the postmaster@ login, that part works", "le CRM
  // envoie via smtp.eu.mailgun.org avec postmaster@mg.x.fr, ça marche")
  // (a connection to it in other languages: "Tempo esgotado ao conectar a smtp.eu.mailgun.org:25"; not "über smtp.mailgun.org", said
  // of a setup that may be the old one)
  /\b(?:with|using|uses|via|through|to|on|at|usa|usando|utilise|utilisant|verwendet|nutzt|pelo|por|(?:conectar|conectando|connecter|connexion|connessione)[ \t]+(?:a|à|ao|al|com|con|avec)|verbindung[ \t]+(?:zu|mit)|verbinden[ \t]+mit)\s+(smtp(?:\.eu)?\.mailgun\.org)\b(?!(?:[^\n.]|\.(?=\S)){0,60}(?:\b(?:that part|which|sending|outbound|it|this)[ \t]+(?:still[ \t]+)?(?:works|is working|is fine)(?:[ \t]+fine)?|(?<![a-zà-ÿ])ça[ \t]+(?:marche|fonctionne)|\b(?:das|es)[ \t]+funktioniert|\beso[ \t]+funciona|\bisso[ \t]+funciona|\bquesto[ \t]+funziona)(?=[ \t]*(?:[.!;,]|\n|$)))/i,
  // ("the worker is nodemailer → smtp.mailgun.org:587")
  /(?:→|->)[ \t]*(smtp(?:\.eu)?\.mailgun\.org)\b/i,
  // A quoted Mailgun host anywhere (a config value, a constructor argument).
  /["'`]((?:smtp|mx[ab])(?:\.eu)?\.mailgun\.org)(?::\d{2,5})?["'`]/i,
];

const QMAIL_REFUSING_ADDRESS = /^[ \t]*((?:\d{1,3}\.){3}\d{1,3}) does not like recipient\b/m;

/**
 * A host setting kept for the record beside the one in use: `"_oldHost": "smtp.mailgun.org"`, `previous_smtp_host = ...`; or
 * one written down for a move still to come, `"NewRelayHost_TODO": "smtp.eu.mailgun.org"`.
 */
// (or a quoted note kept under such a key: `"_comment_old": "Mailgun: smtp.mailgun.org / postmaster@mg.x - replaced Feb 2024"`)
const OLD_HOST_SETTING = /(?<![a-z0-9])["']?_?(?:old|previous|prev|former|legacy)[_-]?(?:smtp[_-]?)?(?:host|server)["']?[ \t]*(?:[:=]|=>)[ \t]*["']?[a-z0-9.-]{1,253}["']?|(?<![a-z0-9])["']?_?(?:new|next|future|planned|target)[_-]?(?:smtp[_-]?|relay[_-]?|mail[_-]?)?(?:host|server)[_-]?(?:todo|planned|later|next)["']?[ \t]*(?:[:=]|=>)[ \t]*["']?[a-z0-9.-]{1,253}["']?|["']_?(?:comment|note)s?[_-]?(?:old|previous|prev|former|legacy)[\w-]{0,20}["'][ \t]*:[ \t]*"[^"\n]{0,300}"/i;
const OLD_HOST_SETTINGS = new RegExp(OLD_HOST_SETTING.source, 'gi');

/** A settings block's opening line marked by its comment as not in use: `'mailgun' => [ // not active yet`, `smtp: { # unused`. */
const INACTIVE_BLOCK_OPENER = /[[{(][ \t]*(?:\/\/|#|\/\*)[ \t]*(?:not[ \t]+(?:active|used|in[ \t]+use|live|enabled)(?:[ \t]+yet)?|unused|inactive|disabled|not[ \t]+yet[ \t]+(?:active|live|used|in[ \t]+use|enabled))\b[^\n]*$/i;
/** How many lines a marked block may run to its closing bracket. */
const MAX_INACTIVE_BLOCK_LINES = 20;

/** A PowerShell list's record switched off, `Enabled : False` (Get-SendConnector's disabled connector). */
const DISABLED_RECORD_LINE = /^[ \t]*Enabled[ \t]*:[ \t]*False[ \t]*$/im;

/** The text with a disabled PowerShell record blanked: its lines up to the blank lines around it. */
function withoutDisabledRecords(text: string): string {
  if (!DISABLED_RECORD_LINE.test(text)) return text;
  return text.split(/(\n[ \t]*\n)/).map((part) => (DISABLED_RECORD_LINE.test(part) && /^[ \t]*Name[ \t]*:/im.test(part) ? part.replace(/[^\n]/g, ' ') : part)).join('');
}

/** The text with the lines of each settings block marked as not in use blanked, up to its closing bracket. */
function withoutInactiveBlocks(pasted: string): string {
  const text = withoutDisabledRecords(pasted);
  if (!/not[ \t]+(?:active|used|in[ \t]+use|live|enabled|yet)|unused|inactive|disabled/i.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > 400 || !INACTIVE_BLOCK_OPENER.test(lines[i]!)) continue;
    const indent = /^[ \t]*/.exec(lines[i]!)![0].length;
    for (let j = i + 1; j < lines.length && j <= i + MAX_INACTIVE_BLOCK_LINES; j++) {
      const line = lines[j]!;
      const closing = /^[ \t]*[\]})]/.test(line) && /^[ \t]*/.exec(line)![0].length <= indent;
      lines[j] = ' '.repeat(line.length);
      changed = true;
      if (closing) {
        i = j;
        break;
      }
    }
  }
  return changed ? lines.join('\n') : text;
}

/** The text with its commented-out lines blanked (the same length: offsets into it stay the text's). */
function withoutCommentedOutLines(text: string): string {
  return text.replace(COMMENTED_OUT_LINES, (m) => ' '.repeat(m.length));
}
/** A pattern whose group 1 is what it finds. */
type Capturing = Pick<RegExp, 'exec'>;

/** An incoming (IMAP, POP) server's usual name. */
const INCOMING_SERVER_NAME = /^(?:imap|pop3?|mail-in|in)\./i;

const MAILGUN_MX_ALL = /\bmx[ab](?:\.eu)?\.mailgun\.org\b/g;
/**
 * A DNS listing's MX record of an `mg.` sending subdomain: Mailgun's own setup for a sending domain
 * (its bounces come back there), no sign that the refused mail came in through Mailgun.
 */
// (in a zone's order, "mg.x.de. 300 IN MX 10 mxa...", or a control panel's table, type first: "MX  mg.x.de  10 mxa.eu.mailgun.org  Verified")
const SENDING_DOMAIN_MX_RECORD = /^[ \t>]*(?:(mg\.[^\s]{1,253}?)\.?[ \t]+(?:\d{1,10}[ \t]+)?(?:IN[ \t]+)?MX\b|MX[ \t]+(mg\.[^\s]{1,253}?)\.?[ \t]+(?:\d{1,10}[ \t]+)?$)/i;
const MAX_MX_MENTIONS = 50;

/**
 * The first of Mailgun's inbound MX hosts named outside a sending subdomain's DNS record (unless mail
 * was written to that subdomain: then its MX is the refused mail's way in).
 */
function mxMentionOutsideSendingDns(lower: string): RegExpMatchArray | null {
  let seen = 0;
  // (the second of two names written short, "MX points to mxa/mxb.mailgun.org", only where no host is named on its own: a
  // bounce's own `mxa.mailgun.org` below it is the one that answered)
  let shortened: RegExpMatchArray | null = null;
  for (const m of lower.matchAll(MAILGUN_MX_ALL)) {
    // (not one denied: "inbound for @x is Google Workspace, not mxa.mailgun.org", "not mxa/mxb.mailgun.org")
    const before = lower.slice(Math.max(0, m.index - 24), m.index).replace(/[a-z0-9-]{1,10}\/$/, '');
    if (/\b(?:not|no longer|never)[ \t]+(?:on[ \t]+|at[ \t]+)?$/.test(before)) {
      if (++seen >= MAX_MX_MENTIONS) break;
      continue;
    }
    if (m.index > 1 && lower[m.index - 1] === '/' && /[a-z0-9]/.test(lower[m.index - 2]!)) {
      shortened ??= m;
      if (++seen >= MAX_MX_MENTIONS) break;
      continue;
    }
    const record = SENDING_DOMAIN_MX_RECORD.exec(lower.slice(lower.lastIndexOf('\n', m.index) + 1, m.index));
    // (a control panel's table of the domain's records is its setup, whatever addresses at it the page lists: its SMTP logins)
    const owner = record?.[1] ?? record?.[2];
    if (!owner || (record?.[2] === undefined && lower.includes(`@${owner}`))) return m;
    if (++seen >= MAX_MX_MENTIONS) break;
  }
  return shortened;
}

const REMOTE_SERVER = String.raw`remote[ -]?server|serveur distant|servidor remoto|server remoto|externe server|serwer zdalny|リモート サーバー`;
const REMOTE_SERVER_LINE = new RegExp(String.raw`^[ \t]*(?:${REMOTE_SERVER})`, 'gim');
/** The same words anywhere: a scan for literals, far cheaper than trying every line's start. */
const REMOTE_SERVER_WORDS = new RegExp(REMOTE_SERVER, 'i');
const HOST_LINE = new RegExp(String.raw`^[ \t]*(${HOST})\.?[ \t]*$`, 'i');

/**
 * The host named on the line above an Exchange NDR's "Remote Server returned ..." line. (The
 * remote-server lines are found first: trying a host name at every line start costs more.)
 */
// (or an error screen's "Server: smtp dot mailgun dot org", read out)
const SPOKEN_MAILGUN_HOST = /\b(?:remote[ \t]+server|server[ \t]*:)[ \t]+(?:was[ \t]+|is[ \t]+)?(mx[ab]|smtp)[ \t]+dot[ \t]+(?:(eu)[ \t]+dot[ \t]+)?mailgun[ \t]+dot[ \t]+org\b/i;
/** A Mailgun host spelled as read out, "remote server mxb dot mailgun dot org": its name written, as group 1. */
/** The SMTP host a Symfony `mailgun+smtp://…@default` DSN sends through: the region's (US unless `region=eu`). */
function symfonyMailgunSmtpHost(text: string): RegExpExecArray | null {
  const m = text.includes('mailgun+smtp') ? /\bmailgun\+smtps?:\/\/[^@\s]{0,200}@default\b(?:[^\s?#]{0,40})?(?:\?[^\s#]{0,200}?\bregion=(eu|us)\b)?/i.exec(text) : null;
  if (!m) return null;
  return Object.assign([m[0], m[1]?.toLowerCase() === 'eu' ? 'smtp.eu.mailgun.org' : 'smtp.mailgun.org'], { index: m.index, input: text }) as unknown as RegExpExecArray;
}

function spokenMailgunHost(text: string): RegExpExecArray | null {
  const m = text.includes(' dot ') ? SPOKEN_MAILGUN_HOST.exec(text) : null;
  if (!m) return null;
  return Object.assign([m[0], `${m[1]!.toLowerCase()}.${m[2] ? 'eu.' : ''}mailgun.org`], { index: m.index, input: text }) as unknown as RegExpExecArray;
}

function hostAboveRemoteServerLine(text: string): RegExpExecArray | null {
  if (!REMOTE_SERVER_WORDS.test(text)) return null;
  REMOTE_SERVER_LINE.lastIndex = 0;
  for (let m = REMOTE_SERVER_LINE.exec(text); m; m = REMOTE_SERVER_LINE.exec(text)) {
    // (a label whose value is on the line below, Office 365's "Remoteserver:\n    mxa.eu.mailgun.org": that value, not
    // the "DSN generiert von:" value above it)
    const labelEnd = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', labelEnd);
    if (lineEnd !== -1 && /^[ \t]*:[ \t]*$/.test(text.slice(labelEnd, lineEnd))) {
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      const below = HOST_LINE.exec(text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd));
      if (below) return below;
      continue;
    }
    const end = m.index - 1;
    if (end < 0) continue;
    const line = HOST_LINE.exec(text.slice(text.lastIndexOf('\n', end - 1) + 1, end));
    if (line) return line;
  }
  return null;
}

/**
 * A dotted name that is code, not a host: a class (`org.eclipse.angus.mail.smtp.SMTPSendFailedException: 550`
 * reads like `mx.example.com: 550`), told by a camel-case hump or an exception's name at its end, or
 * a field's path (`delivery-status.code: 550`), told by a last label no top-level domain has.
 */
function isCodeName(name: string): boolean {
  return /[a-z][A-Z]/.test(name) || /(?:exception|error)$/i.test(name) || /\.(?:code|message|description|status|reason|severity|response)$/i.test(name);
}

function firstCapture(list: readonly Capturing[], text: string): string | null {
  for (const pattern of list) {
    const m = pattern.exec(text);
    if (m?.[1] && !isCodeName(m[1])) return m[1].toLowerCase();
  }
  return null;
}

/**
 * `mail.example.com: 550 5.7.1 Unable to relay`, as Mailgun's logs page and people write it; not the
 * domain of an address (`sendmail to a@example.com: 550 ...` names the recipient, not the server).
 */
// (with its port: "smtp.mailgun.org:2525: 550 5.7.1 Relaying denied")
// (not a source file and its line, `mailer.cpp:412 Failed to send ...`: no host ends in a source file's extension)
const HOST_COLON_REPLY = new RegExp(String.raw`(?<![@\w.-])(${HOST})(?<!\.(?:cpp|cxx|hpp|js|mjs|cjs|ts|tsx|jsx|go|rb|php|java|kt|scala|swift|lua|exs|erl))(?::\d{1,5})?\s*:\s*["']?[45]\d\d[ -]`, 'i');

// (Mailgun's own word, so without a colon too: "... Relay access denied` mx-host mx01.example.no")
const MX_HOST_FIELD = new RegExp(String.raw`\bmx[-_ ]?host["']?(?:[ \t]*[:=][ \t]*|[ \t]+)["']?(${HOST})`, 'i');

/** A one-line print or row of a delivered event (`Event:delivered ... Code:250 ... MxHost:mx.example`). */
const SUCCESS_LINE = /\bevent["']?[ \t]*[:=][ \t]*["']?delivered\b[^\n]{0,2000}?\bcode["']?[ \t]*[:=][ \t]*["']?2\d\d\b|^[^\n]{0,200},"?delivered"?,[^\n]{0,2000},"?250"?,/i;

/** The text with delivered events' lines blanked: the MX host a delivery names refused nothing. */
/** The cheap part of SUCCESS_LINE: a delivered event's name as a field or a row's cell. */
const SUCCESS_CUE = /\bevent["']?[ \t]*[:=][ \t]*["']?delivered\b|,"?delivered"?,/i;

function withoutSuccessLines(text: string): string {
  if (!/delivered/i.test(text) || !SUCCESS_CUE.test(text)) return text;
  return text.split('\n').map((line) => (SUCCESS_LINE.test(line) && !RELAY_LINE.test(line) ? ' '.repeat(line.length) : line)).join('\n');
}

/** Where a transcript's session starts, naming its server: swaks's `=== Connected to host.`, telnet's `Connected to host.` */
// (or its address: `telnet 10.20.0.15 25` answers "Connected to 10.20.0.15.")
const SESSION_START = new RegExp(String.raw`^(?:=== )?(?:connected to|trying)\s+(${HOST}|(?:\d{1,3}\.){3}\d{1,3})`, 'gim');
const MAX_SESSIONS = 20;

/** Where a test session starts: swaks's `=== Trying`, openssl's `CONNECTED(`, a greeting's `<- 220`, a bare `220 ` line. */
const SESSION_OPENING = /^(?:=== Trying\b|CONNECTED\(|[ \t]*(?:<-+|<~|<<<|S:)[ \t]*220[ -]|220[ -])/m;
/** A failure reply in a transcript (`<~* 550 ...`, `<** 550 ...`, `S: 550 ...`, a bare `550 ...` line). */
/** A swaks command line, and its session's own refusal (`<~* 550 ...`, `<** 550 ...`: swaks marks a failure with `*`). */
// (one blank run before the optional prompt, one after it: two runs side by side backtrack quadratically on a long blank line)
const SWAKS_RUN = /^[ \t]*(?:\$[ \t]*)?swaks[ \t]+-/m;
const SWAKS_REFUSED = /^[ \t]*(?:<-\*|<~\*|<\*\*)[ \t]*[45]\d\d[ -][^\n]{0,200}?\brelay/im;
const TRANSCRIPT_FAILURE = /^[ \t]*(?:<-+|<~\*?|<\*\*|<<<|S:)?[ \t]*[45]\d\d[ -]/m;

/** The paste's test session starts below the refusal and shows no failure of its own: the refusal was told, not answered there. */
function testWentWellAfter(text: string, refusal: string): boolean {
  const at = text.indexOf(refusal);
  const opening = SESSION_OPENING.exec(text);
  return at !== -1 && opening !== null && opening.index > at && !TRANSCRIPT_FAILURE.test(text.slice(opening.index));
}

/** Exim's `host x [ip]` line among the three lines above the refusal's (its address's block in a bounce), or null. */
const EXIM_HOST_LINE = new RegExp(String.raw`^[ \t>]*host[ \t]+(${HOST})\.?[ \t]+\[[0-9a-f.:]{3,45}\]`, 'i');
function eximHostAbove(text: string, refusal: string): string | null {
  const at = text.indexOf(refusal);
  if (at === -1 || !text.includes('host ')) return null;
  const above = text.slice(Math.max(0, at - 600), at).split('\n').slice(-4, -1);
  const host = above.map((line) => EXIM_HOST_LINE.exec(line)?.[1]).filter((name) => name !== undefined).at(-1);
  return host ? host.toLowerCase() : null;
}

/** The server of the last session that starts above the refusal, when the paste holds two or more sessions to different servers. */
function sessionHostAbove(text: string, refusal: string): string | null {
  const at = text.indexOf(refusal);
  if (at === -1 || !/connected to|trying/i.test(text)) return null;
  const hosts = [...text.matchAll(SESSION_START)].slice(0, MAX_SESSIONS);
  if (new Set(hosts.map((m) => m[1]!.toLowerCase())).size < 2) return null;
  const above = hosts.filter((m) => m.index < at).at(-1);
  return above ? above[1]!.toLowerCase() : null;
}

/**
 * The server of the paste's test sessions when their commands name one only (see SESSION_COMMAND_HOST), and one of them
 * was opened above the refusal or shows a failure of its own: a refusal said before any session (read out on the phone,
 * then a test that went well) is not that server's answer.
 */
function soleSessionHost(text: string, refusal: string): string | null {
  const sessions = [...text.matchAll(SESSION_COMMAND_HOSTS)].slice(0, MAX_SESSIONS);
  const hosts = new Set(sessions.map((m) => m[1]!.toLowerCase()));
  const at = text.indexOf(refusal);
  // (or one opened below a report of the refusal that got a failure of its own: a reproduction, "I reproduced it from my machine")
  return hosts.size === 1 && (sessions.some((m) => m.index < at) || TRANSCRIPT_FAILURE.test(text.slice(sessions[0]!.index))) ? [...hosts][0]! : null;
}

/** `recordHost`: the mx-host of the event that refused, when the paste has one. */
/**
 * A syslog's short host name (`mail`) as the full name the paste gives it elsewhere
 * (`mail.praxis.example`), or as it is when the paste gives none.
 */
function fullNameOf(name: string, text: string): string {
  if (name.includes('.') || !/^[a-z0-9-]{1,63}$/.test(name)) return name;
  // (a host's full name under a domain, three labels or more: not an address's `@mail.ru`, nor "a mail.ru address")
  const full = new RegExp(String.raw`(?<![\w.@/-])${name}\.(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b`, 'i').exec(text);
  return full ? full[0].toLowerCase() : name;
}

/**
 * A server's own log refusing a client: `Nov 4 09:12:01 mail01 postfix/smtpd[3321]: NOQUEUE: reject: RCPT from ...`, Sendmail's
 * `Jul 12 14:31:07 smtp sm-mta[30417]: 46C...: ruleset=check_rcpt, ..., reject=550 ...`, as `docker compose logs` prefixes it too
 * (`postfix-1  | Jun 19 ...`). Group 1 is the log's host.
 */
const SERVER_LOG_REJECT = /^(?:[\w.-]{1,64}[ \t]+\|[ \t]+)?(?:\w{3}\s+\d{1,2}\s+[\d:]{8}|\d{4}-\d\d-\d\dT\S{8,40})\s+([\w.-]{1,253})\s+(?:postfix\/smtpd\[\d+\]:[^\n]{0,200}?\breject:|(?:sm-mta|sendmail)\[\d+\]:[^\n]{0,400}?\breject=)/;

const REFUSED_CLIENT_NAME = /(?:RCPT from |\bH=\(?|\brelay=)([a-z0-9.-]{1,253})/i;

/** A host named in the paste under the domain of the refused mail's sender (`from=<a@x.example>`, `F=<a@x.example>`): the sender's own server. */
function hostAtSenderDomain(text: string, line: string): string | null {
  const domain = /\b(?:from|F)=<[^@\s>]{1,64}@([a-z0-9.-]{1,253})>/i.exec(line)?.[1]?.toLowerCase();
  if (!domain) return null;
  // (its parent domain too, shop.x.example's x.example; not a public suffix's two labels, co.uk)
  const parent = domain.split('.').length > 2 && !/^(?:co|com|org|net|ac|gov|edu|ne|or)\.[a-z]{2}$/.test(domain.slice(domain.indexOf('.') + 1)) ? domain.slice(domain.indexOf('.') + 1) : domain;
  // (not the refused client's own name, `RCPT from app-07.corp.x.example[10.0.0.7]`)
  const client = REFUSED_CLIENT_NAME.exec(line)?.[1]?.toLowerCase();
  // (not the Mailgun sending domain, mg.x.example, nor an address's domain)
  const named = new RegExp(String.raw`(?<![\w.@/-])(?!mg\.)(?:[a-z0-9-]{1,63}\.){1,4}${escapeLiteral(parent)}\b(?![.-]?\w)`, 'gi');
  // (the first two named: one of them may be the client)
  return [...text.matchAll(named)].slice(0, 2).map((m) => m[0].toLowerCase()).find((host) => host !== client) ?? null;
}

function findHosts(text: string, lower: string, recordHost: string | null, features: FeatureMap, refusal: string | null, queued: string | null, setup: string | null, eventData: boolean, source: SourceFormat): { host: string | null; refusing: string | null; configured: string | null; relay: string | null; sendingSettingMx: string | null } {
  // (an app's own library error, or a mail program's: either reports what the server it is set to use answered)
  const clientError = source === 'client-exception' || source === 'mail-client';
  let refusing: string | null = null;
  if (recordHost && HOST_EXACT.test(recordHost)) refusing = recordHost;
  // Postfix's smtpd (or Sendmail) rejecting a client is the log's own server refusing (whatever MX a DNS listing shows).
  const smtpdReject = refusal ? SERVER_LOG_REJECT.exec(refusal) : null;
  if (!refusing && smtpdReject) refusing = fullNameOf(smtpdReject[1]!.toLowerCase(), text);
  // The refusal's own line names the server that refused better than any line elsewhere.
  if (!refusing && refusal) refusing = firstCapture([...REFUSING_HOST_PATTERNS, HOST_COLON_REPLY], refusal);
  // (or the line it stands in, when the refusal read is the reply alone: Exim's `H=mxb.eu.mailgun.org [ip]: SMTP error from remote
  // mail server after RCPT TO: 550 ...`, below a time-out at another of the domain's servers)
  const refusalLine = refusal && !refusing && text.includes(refusal) ? lineAt(text, text.indexOf(refusal)) : null;
  if (refusalLine && refusalLine !== refusal) refusing = firstCapture(REFUSING_HOST_PATTERNS, refusalLine);
  // (a sendmail or Postfix log's reply on a line of its own, `45IE2Bq4009914: ... reply=550 5.7.1 Relaying denied`: the relay its
  // queue id's other lines name, not the one of another message's line above it)
  if (!refusing && queued) refusing = firstCapture(REFUSING_HOST_PATTERNS, queued);
  // (an Exim bounce's block for the refused address: its `host x [ip]` line just above the refusal, not another address's)
  if (!refusing && refusal) refusing = eximHostAbove(text, refusal);
  // Of several sessions in one paste (swaks to the SMTP host, then to the MX), the one the refusal is in.
  if (!refusing && refusal) refusing = sessionHostAbove(text, refusal);
  // (not the server of a test session that went well, run after a refusal told above it: "he read me the error off a photo",
  // then swaks with `235` and `250 Great success`)
  if (!refusing && !(refusal && source === 'smtp-transcript' && testWentWellAfter(text, refusal))) refusing = firstCapture(REFUSING_HOST_PATTERNS, withoutSuccessLines(text));
  // A transcript of one test session, its server named only by the command that opened it (`openssl s_client -connect
  // mail.x:587`): that server answered.
  if (!refusing && refusal && source === 'smtp-transcript') refusing = soleSessionHost(text, refusal);
  // A host of the domain's own name that a DNS listing in the paste shows as an alias of Mailgun's (`mx1.example.io. 300 IN
  // CNAME mxa.eu.mailgun.org.`, a refusing host; `smtp-out.x.internal. IN CNAME smtp.mailgun.org.`, a host set): Mailgun's
  // server under that name.
  const asMailgun = (host: string | null) => (host && hostRole(host) === 'other' && (lower.includes('cname') || lower.includes('is an alias for')) ? mailgunAliasTarget(text, host) ?? host : host);
  refusing = asMailgun(refusing);
  // (a setting kept for the record, `"_oldHost": "smtp.mailgun.org"`, names no host in use)
  const oldHostKept = OLD_HOST_SETTING.test(text);
  // (qmail's bounce names the recipient's server by its address only, "203.0.113.7 does not like recipient.": that
  // address, where no Mailgun server is named, which it may be one of)
  if (!refusing && !lower.includes('mailgun.org') && lower.includes('does not like recipient')) refusing = QMAIL_REFUSING_ADDRESS.exec(text)?.[1] ?? null;
  // (nor a settings block marked as not in use, `'mailgun' => [ // not active yet`)
  const inUse = withoutInactiveBlocks(oldHostKept ? text.replace(OLD_HOST_SETTINGS, ' ') : text);
  // (nor a commented-out setting, `//   host: 'email-smtp.eu-west-1.amazonaws.com',` above the transport in use)
  // (the refusal's own log record first, when it names the host it was sent to: `{"msg":"sendMail failed","smtpHost":"smtp.mailgun.org",
  // ...}` under an older record of another provider's, `"smtpHost":"smtp.sendgrid.net"`)
  const recordOfRefusal = refusal && text.includes(refusal) ? lineAt(text, text.indexOf(refusal)) : null;
  // (only where production is the one said or shown to fail: not "sends fine in production, fails on my laptop")
  const productionHost = PRODUCTION_LISTING.test(text) && PRODUCTION_FAILS.test(text) && !PRODUCTION_WORKS.test(text) ? productionHostSetting(text) : null;
  const configured = productionHost ?? asMailgun((recordOfRefusal ? firstCapture(CONFIGURED_HOST_PATTERNS, recordOfRefusal) : null) ?? firstCapture(CONFIGURED_HOST_PATTERNS, withoutCommentedOutLines(inUse)) ?? (setup ? firstCapture(CONFIGURED_HOST_PATTERNS, setup) : null));
  const current = inUse === text ? lower : inUse.toLowerCase();
  // Exchange's queue error for a send connector's smart host, "Primary target IP address responded with: "550 ..."": the smart
  // host answered (Get-Queue's LastError, the NDR's diagnostic line), Mailgun's SMTP host where it is the one Mailgun host named
  // (not beside a disabled connector or another next hop: the queue may be another connector's, `NextHopDomain : mail.isp.net`)
  if (!refusing && lower.includes('primary target ip address responded with') && !MAILGUN_MX_NAMED.test(lower) && !CONNECTOR_DISABLED.test(lower) && !OTHER_NEXT_HOP.test(lower)) {
    // (the one of them named: of two connectors' smart hosts, a disabled one's among them, which is read elsewhere)
    const named = new Set(lower.match(SMTP_HOSTS_NAMED));
    const smartHost = configured && hostRole(configured) === 'mailgun-smtp' ? configured : named.size === 1 ? [...named][0]! : null;
    if (smartHost) refusing = smartHost;
  }
  const mailgunHost = current.includes('mailgun.org');
  // Mailgun's SMTP host greets with its machine's own name (`220 smtp-out-n09.prod.us-east-1.postgun.com`):
  // with smtp.mailgun.org set or named, that machine is Mailgun's SMTP host answering. Else the name is
  // Mailgun's but the role unknown: never "a host other than Mailgun's".
  if (refusing && MAILGUN_MACHINE.test(refusing) && hostRole(refusing) === 'other') {
    refusing = (configured && hostRole(configured) === 'mailgun-smtp' ? configured : null) ?? (mailgunHost ? (SMTP_HOST_NAMED.exec(lower)?.[0] ?? null) : null);
  }
  // Mailgun's own words refusing a login ("535 5.7.0 Mailgun is not loving your login or password") earlier in the session
  // than the relay refusal: only its SMTP host asks for a login. Which one: the one set or named, else its machine's name
  // (`prod.eu-west-1`) tells the region.
  const mailgunLoginRefused = refusing === null && refusal !== null ? lower.indexOf('mailgun is not loving your login') : -1;
  if (mailgunLoginRefused !== -1 && mailgunLoginRefused < lower.lastIndexOf('relaying denied')) {
    refusing = (configured && hostRole(configured) === 'mailgun-smtp' ? configured : null) ?? SMTP_HOST_NAMED.exec(lower)?.[0] ?? (/\.prod\.eu-[a-z]+-\d/.test(lower) ? 'smtp.eu.mailgun.org' : 'smtp.mailgun.org');
  }
  // Another provider's machine greets by its own name too (`220 AM0PR02CA0123.outlook.office365.com`): the host the
  // client was set to under the same domain, smtp.office365.com, is the server it talked to, by the name people know.
  if (refusing && configured && refusing !== configured && /^smtp\./.test(configured) && registrableDomain(refusing) === registrableDomain(configured) && GREETED_BY.test(lower.slice(Math.max(0, lower.indexOf(refusing) - 8), lower.indexOf(refusing)))) {
    refusing = configured;
  }
  // The sender's own relay (not a commented-out one), when nothing in the paste points at Mailgun's hosts
  // or another provider's, or when it is the server that refused.
  const relayNamed = productionHost ?? asMailgun(senderRelayIn(text) ?? (setup ? senderRelayIn(setup) : null));
  // (an app's own library error comes from the server it is set to use, whatever that server passes mail on to:
  // "our Exchange box smarthosts to smtp.mailgun.org")
  let relay = relayNamed && hostRole(relayNamed) === 'other' && !providerOfHost(relayNamed) && (!mailgunHost || refusing === relayNamed || (clientError && refusing === null)) ? relayNamed : null;
  // A server's own refusal of a client on its private network: the sending side's own relay refused, whatever
  // Mailgun host its settings pass mail on to. (named by its log line, its setting as the app's relay, or its name under the sender's domain)
  const internal = internalClientRefusal(text);
  if (internal) {
    features.set('own-server:internal-client', internal.shown);
    const line = lineAt(text, text.indexOf(internal.shown));
    const logHost = SERVER_LOG_REJECT.exec(line)?.[1];
    const server = (logHost ? fullNameOf(logHost.toLowerCase(), text) : null) ?? (relayNamed && hostRole(relayNamed) === 'other' ? relayNamed : null) ?? hostAtSenderDomain(text, line);
    if (server) refusing = relay = server;
  }
  // (an app's own library error, with no server named as refusing: the relay it is set to use answered, whatever
  // Mailgun host that relay's own settings name)
  if (!refusing && clientError && relay) refusing = relay;
  // (an app that delivers straight to the recipient's MX, its log naming it: "consegna diretta a a@x via mx.x.it:25", "direct
  // delivery to a@x via mx.x.com:25": that server answered its library's error)
  if (!refusing && clientError && !mailgunHost) {
    const direct = DIRECT_DELIVERY_VIA.exec(text)?.[1]?.toLowerCase();
    if (direct && hostRole(direct) === 'other') refusing = direct;
  }
  // (a mail program's own error, its outgoing server set to another host than Mailgun's, "Server Name: mail.kanzlei-roth.de":
  // that server answered, whatever Mailgun account the sender also has)
  // (not beside a Mailgun host it may be set to, nor an incoming server's name, "Incoming mail server: imap.x.com", read as the setting)
  if (!refusing && source === 'mail-client' && !mailgunHost && configured && hostRole(configured) === 'other' && !providerOfHost(configured) && !INCOMING_SERVER_NAME.test(configured)) refusing = relay = configured;
  if (refusing) features.set(`refusing-host:${refusing === relay ? 'sender-relay' : hostRole(refusing)}`, refusing);
  if (refusing && hostRole(refusing) !== 'other') features.set('refusing-host:mailgun', refusing);
  if (configured && hostRole(configured) !== 'other') features.set(`configured-host:${hostRole(configured)}`, configured);
  // A client set to talk straight to Mailgun's inbound MX, in a paste about receiving (Routes, inbound mail; not
  // "I don't receive anything with it"):
  // a test of the receiving side, where no login is expected (not an app misconfigured to send through the MX).
  // (a setting, not a bounce's "host mxa.mailgun.org[...] said:", which names the refusing host and is someone else's delivery)
  // Postfix's relayhost is for sending, whoever refused: set to Mailgun's MX, it sends through the MX by mistake.
  const relayhostMx = !lower.includes('relayhost') ? null : RELAYHOST_VALUE.exec(text)?.[1]?.replace(/^\[|\](?::\d{1,5})?$|:\d{1,5}$/g, '').toLowerCase() ?? null;
  if (relayhostMx && hostRole(relayhostMx) === 'mailgun-mx') features.set('mx-session:sending', relayhostMx);
  // An app's own sending setting (whether the refusal names no server or that same MX)
  const settingMx = lower.includes('mailgun.org') ? mxInSendingSetting(text) : null;
  // (in a transcript, the session's own server may have answered: `swaks --server mxb.mailgun.org` then `220 mxb.mailgun.org`;
  // not a bounce's "host mxb.mailgun.org", someone else's delivery)
  const mxSetting = configured && hostRole(configured) === 'mailgun-mx' && (refusing === null || (refusing === configured && source === 'smtp-transcript')) ? configured : settingMx && (refusing === null || refusing === settingMx) ? settingMx : null;
  // (read only for a client set to the MX: most pastes have none)
  const receivingTest = mxSetting !== null && (RECEIVING_TEST.test(lower) || (RECEIVING_PROBE.test(lower) && PROBE_WORDS.test(lower)));
  // Said to be for sending only ("Mailgun is only for sending my alerts"): an app set to send through the MX by mistake.
  if (mxSetting && MX_NOT_MEANT_TEXT.test(lower)) features.set('mx-session:sending', mxSetting);
  else if (mxSetting && receivingTest) features.set('mx-session:receiving', mxSetting);
  // Else a sending setting is for sending, like Postfix's relayhost: an MX there is sending through the MX.
  const sendingSettingMx = !receivingTest && mxSetting === settingMx && settingMx && !features.has('mx-session:sending') ? settingMx : null;
  if (sendingSettingMx) features.set('mx-session:sending', sendingSettingMx);
  // (the app's host setting reads a variable the paste does not show, "spring.mail.host=${TENANT_SMTP_HOST}":
  // a Mailgun host named in words is then a guess)
  const hostUnknown = clientError && !configured && HOST_FROM_VARIABLE.test(text);
  // (not a host only planned or asked about: "we plan to use smtp.mailgun.org next month", "Is our smart host smtp.mailgun.org?")
  const smtpMention = mailgunHost ? current.replace(HOST_NOT_IN_USE, (m) => ' '.repeat(m.length)).match(/\bsmtp(?:\.eu)?\.mailgun\.org\b/) : null;
  const mxMention = mailgunHost ? mxMentionOutsideSendingDns(current) : null;
  if (smtpMention && !hostUnknown) features.set('mention:mailgun-smtp', smtpMention[0]);
  if (mxMention) features.set('mention:mailgun-mx', mxMention[0]);
  // Without an explicit host, a single kind of Mailgun host mentioned is the best guess (not beside a
  // Mailgun event: it shows Mailgun delivering, and a host named in the words is someone's guess).
  // (nor beside an app's own error from the relay it is set to use: that relay answered; nor when its host is unknown)
  const mentioned = eventData || (clientError && relay) || hostUnknown ? null : smtpMention && !mxMention ? smtpMention[0] : mxMention && !smtpMention ? mxMention[0] : null;
  // A configured host that is not Mailgun's says nothing about who refused (`Host:` headers, env names),
  // unless it is another provider's server and no Mailgun host is in sight: the sender talks to it, and it answered.
  const answering = configured && (hostRole(configured) !== 'other' || (!mailgunHost && providerOfHost(configured))) ? configured : null;
  // (a server of the sending side's own refused its client: no Mailgun host named elsewhere answered, whatever its name)
  return { host: refusing ?? (internal ? null : (answering ?? mentioned)), refusing, configured, relay, sendingSettingMx };
}

// ---------------------------------------------------------------- source format

const BOUNCE_EMAIL = /multipart\/report|^reporting-mta\s*:|delivery status notification|undelivered mail returned|mail delivery failed|delivery has failed to these recipients|this message was created automatically by mail delivery|unable to deliver your message|delivery to the following recipients? failed|could not be delivered to one or more|couldn't be delivered|diagnostic information for administrators|informaci[oó]n de diagn[oó]stico para administradores|informa[cç][oõ]es de diagn[oó]stico para administradores|diagnoseinformationen f[uü]r administratoren|informations de diagnostic pour les administrateurs|yöneticiler için tanılama bilgileri|remote server returned '|returned mail:|failure notice/im;
const DSN_FIELD = /^(?:final-recipient|diagnostic-code|action|status|remote-mta)\s*:/im;
// Line-start patterns use [ \t], never \s: with the m flag, \s* after ^ would run across blank
// lines from every line start, which is quadratic in a paste of blank lines.
const TRANSCRIPT = /^[^\n]{0,30}?\d:\d\d(?:[.,]\d{1,6})?[ \t]+[<>][ \t]+(?:\d{3}[ -]|(?:ehlo|helo|mail from|rcpt to|data|auth|quit|starttls)\b)|^[^\n]{0,30}?\d:\d\d(?:[.,]\d{1,6})?[ \t]+[CS]:[ \t]+(?:\d{3}[ -]|(?:ehlo|helo|mail from|rcpt to|data|auth|quit|starttls)\b)|^[ \t]*(?:<-?\*{0,2}\s|--?[ \t]+(?=\d{3}[ -]|(?:ehlo|helo|mail from|rcpt to|data|auth|quit|starttls|rset)\b)|<\*\*|->\s|~>\s|<~\*?\s|\*\*\*|>>>\s(?=(?:ehlo|helo|mail|rcpt|data|auth|quit|starttls|rset)\b)|<<<\s|[CS]:\s)|\][ \t]+[CS]:[ \t]|(?:client|server) -> (?:server|client):|^=== (?:trying|connected)|^send: ['"]|^reply: b?['"]|^(?:ehlo|helo) [\w.-]+[ \t]*$|^(?:mail from|rcpt to):[ \t]*</im;
const MTA_LOG = /^type,timeLogged,timeQueued,orig,rcpt,|^[btdr],\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d{4},\d{4}-|\bpostfix\/\w+\[\d+\]|\b(?:sm-mta|sendmail)\[\d+\]:|\bstatus=(?:bounced|deferred|sent)\b|\bexim\b.*\*\*|^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ \*\* /im;
// (Python's smtplib exceptions with or without their module, as Sentry shows them: `SMTPRecipientsRefused`; Symfony Mailer's
// `Expected response code "250/251/252" but got code "550"` in an app's own log line)
const CLIENT_EXCEPTION = /traceback \(most recent call last\)|\b(?:smtplib\.)?SMTP(?:Recipients|Sender|Data|Authentication)?(?:Refused|Error|Exception)\b|\bsmtplib\.py\b|^[ \t]+at[ \t]+[\w$.<>]+[\s(]|exception\b|^[ \t]*[\w.$:]{0,80}error:\s|\b\w+(?:::|\.)\w*error\b|smtp error:|mailer error|\bthrows?\b|\bexpected response code\b[^\n]{0,40}\bbut got(?: code)?\b|\berror sending e-?mail \(from\b/im;
/** Any "error: ": the same format, but the line shown for it only when no line says more (a job runner's "job error:"). */
// (not a person's introduction of what follows: "when I asked for the exact error: ...", "the full error:", "nos aparece este error:")
// (and "Erro:", "Erreur :", "Fehler:", "Errore:", "Fout:": a mail program's or an app's error in its own language; not a report's
// count, "Zugestellt: 1'271   Fehler: 6   Unzustellbar: 7")
const ERROR_COLON = /(?<!\b(?:exact|full|actual|complete|whole|same|following|the|this|that|their|his|her|este|ese|el|esse|o|seguinte|siguiente|le|ce|cet|cette|dieser|diesen|den|der|questo|quest'|lo|l')[ \t]?)\b(?:error:\s|(?:erro|erreur|fehler|errore|fout)[ \t]?:\s(?![ \t]*\d{1,6}(?:[ \t]{2,}|[ \t]*$)))/im;
/** Node's error codes ('EENVELOPE', 'EAUTH'): case matters, or any `it['event']` would count. */
const NODE_ERROR_CODE = /\bE[A-Z]{3,12}'|code:\s*'E[A-Z]+'/;
// (or its row copied as fields: "Failed: a@x → b@y", then "Code: 552", "MX: ...", "Severity: temporary, attempt 4")
const LOG_PAGE = /\b(?:permanent|temporary) failure\b[\s\S]{0,400}\bserver response\s*:|\bserver response\s*:[\s\S]{0,400}\bmx\s*:|(?:^|\n)[ \t]*(?:failed|delivered|accepted)[ \t]*:[ \t]*[^\s→]{3,254}[ \t]+(?:→|->)[ \t]+[^\s]{3,254}[ \t]*\n(?:[^\n]{0,300}\n){0,6}?[ \t]*(?:severity|mx|mx-host)[ \t]*:/i;

/** A mail program's own words when sending fails: the server that answered is its outgoing server. */
// (Outlook: "Task '... - Sending' reported error (0x800CCC79) : 'Your outgoing (SMTP) e-mail server has reported an internal error")
// (Odoo's "Mail delivery failed via SMTP server 'x.example'.": its outgoing server answered, no bounce came back)
// (and Outlook's own report, which it writes when its outgoing server refuses a recipient: from "Microsoft Outlook", "The following
// recipient(s) cannot be reached:"; an Exchange server's report of the same words comes from its postmaster)
// (its outgoing server named in its error's words, not a settings field typed out, "Server posta in uscita: smtps.aruba.it")
// (Thunderbird's "Sending of the message failed." in its translations too)
const MAIL_CLIENT = /\bsending of the message failed\b|\bsenden der nachricht fehlgeschlagen\b|\bl'envoi du message a échoué|\bfall[óo] el envío del mensaje\b|\binvio del messaggio non riuscito\b|\bfalha no envio da mensagem\b|\bverzenden van (?:het )?bericht mislukt\b|メッセージの送信に失敗しました|\bfrom:\**[ \t]*microsoft outlook[ \t]*(?:\n|$)(?=(?:[^\n]{0,300}\n){0,12}[^\n]{0,300}\bthe following recipient\(s\) cannot be reached\b)|\bmail delivery failed via smtp server\b|\ban error occurred while sending mail\b|\byour outgoing \(smtp\) e-?mail server has reported an (?:internal )?error\b|\boutgoing server \(smtp\)|\b(?:server voor uitgaande e-mail|postausgangsserver|serveur de courrier sortant|servidor de correo (?:electrónico )?saliente) \(smtp\)|\bodeslání zprávy (?:se nezdařilo|selhalo)(?![a-zà-ž])|\bserver (?:della )?posta in uscita\b(?![ \t]*(?:\(smtp\)[ \t]*)?:)|\bserwer poczty wychodzącej\b(?![ \t]*(?:\(smtp\)[ \t]*)?:)|\breported error \(0x800ccc[0-9a-f]{2}\)|\b(?:error number|numéro d'erreur|número de error|número do erro|fehlernummer|numero errore|foutnummer|numer błędu)[ \t]*:[ \t]*0x800ccc[0-9a-f]{2}\b|报告了错误\s*\(0x800ccc[0-9a-f]{2}\)|エラー \(0x800ccc[0-9a-f]{2}\)|\(0x800ccc[0-9a-f]{2}\)\s*[:：]/i;

/**
 * An app's structured log of its send failing: `"error":"550 5.7.1 Relaying denied"`, `"error":"550 relay not permitted"` (zap, pino,
 * logrus), or in logfmt, `error="550 5.7.1 Relaying denied"` (Grafana's, Loki's).
 */
const JSON_LOG_ERROR = /(?:"(?:err|error)"[ \t]*:[ \t]*"|\b(?:err|error)=")[^"\n]{0,80}?(?<![\d.])[45]\d\d[ -](?:[245]\.\d|[a-z])/i;

const SOURCE_PATTERNS: Tagged<SourceFormat>[] = [
  tagged(LOG_PAGE, 'mailgun-log-page'),
  tagged(MAIL_CLIENT, 'mail-client'),
  tagged(BOUNCE_EMAIL, 'bounce-email'),
  tagged(TRANSCRIPT, 'smtp-transcript'),
  tagged(MTA_LOG, 'mta-log'),
  tagged(CLIENT_EXCEPTION, 'client-exception'),
  tagged(NODE_ERROR_CODE, 'client-exception'),
  tagged(JSON_LOG_ERROR, 'client-exception'),
  tagged(ERROR_COLON, 'client-exception'),
  tagged(DSN_FIELD, 'dsn-fragment'),
];

/** The format, and the line that shows it (what the evidence quotes), when a pattern told. */
function detectSource(text: string, lower: string, structured: Structured): { format: SourceFormat; shownBy: string | null } {
  if (structured.format) return { format: structured.format, shownBy: null };
  if (lower.includes('/bounces') && /\/v3\/[^\s/]+\/bounces\b/.test(lower) && /"error"\s*:/.test(lower)) return { format: 'mailgun-bounces-api', shownBy: null };
  for (const { pattern, value } of SOURCE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { format: value, shownBy: (value === 'client-exception' ? thrownLine(text) : null) ?? lineAt(text, m.index) };
  }
  return { format: 'prose', shownBy: null };
}

/** A line that starts with an exception's (qualified) name and its message: `smtplib.SMTPRecipientsRefused: {...}`. */
const THROWN_LINE = /^[ \t]*(?:Caused by:[ \t]*)?(?:[A-Za-z_$][\w$]{0,80}[.:]{1,2}){0,8}[A-Z][\w$]{0,80}(?:Exception|Error|Refused|Failure)\b[^\n:]{0,12}:[ \t]*\S[^\n]*/gm;
const MAX_THROWN_LINES = 50;

/**
 * The line that shows what the library threw, for the evidence: the first exception line that carries the server's
 * answer (a code or a relay refusal), else the first exception line; not a person's "App Insights exception:" above it.
 */
function thrownLine(text: string): string | null {
  let first: string | null = null;
  let seen = 0;
  for (const m of text.matchAll(THROWN_LINE)) {
    const line = m[0].trim();
    if (REPLY_CODE.test(line) || RELAY_LINE.test(line)) return line;
    first ??= line;
    if (++seen >= MAX_THROWN_LINES) break;
  }
  return first;
}

function addSourceFeatures(facts: Facts, structured: Structured, text: string, lower: string, features: FeatureMap, shownBy: string | null): void {
  features.set(`source:${facts.source}`, shownBy ?? facts.source);
  const mailgunEvent = ['mailgun-webhook', 'mailgun-events-api', 'mailgun-event', 'mailgun-legacy-webhook', 'csv-export', 'sdk-print', 'mailgun-log-page', 'mailgun-bounces-api'].includes(facts.source);
  if (mailgunEvent && (facts.event || facts.severity || facts.mxHost || facts.source === 'mailgun-log-page' || facts.source === 'mailgun-bounces-api')) {
    features.set('mailgun-event', mailgunEventExcerpt(facts, text));
  }
  if (facts.mxHost) features.set(`event-mx-host:${hostRole(facts.mxHost)}`, facts.mxHost);
  // Mailgun's API answer to a send: it accepted the message. (Not its SMTP "250 Great success":
  // a log holds that line for every other message that went through.)
  // (not when Mailgun's SMTP host is the one that refused: the queued send went by the API, another path)
  // (nor beside the app's own SMTP library error, its session set up for Mailgun's SMTP host without a login: "API sends work
  // fine, SMTP doesn't", a curl test's "Queued. Thank you." is the other path)
  const queued = lower.match(/queued\.\s*thank you/);
  const smtpSessionRefused = features.has('refusing-host:mailgun-smtp') || (facts.source === 'client-exception' && features.has('configured-host:mailgun-smtp') && facts.authAttempted === false);
  if (queued && !smtpSessionRefused) features.set('mailgun-accepted', queued[0]);
  // A mail server's own log refusing Mailgun's outbound machine as its client (Exim: `H=so254-57.mailgun.net [ip] ...
  // rejected RCPT <a@b>: relay not permitted`): Mailgun was delivering mail it had accepted (a Route's forward, a send).
  const refusedMailgun = lower.includes('mailgun.net') || lower.includes('bounce+') ? (MAILGUN_CLIENT_REFUSED.exec(lower) ?? mailgunSessionRefused(lower)) : null;
  if (refusedMailgun) features.set('refused-mailgun-client', refusedMailgun[0].trim());
  // Mailgun's receiving feature is called Routes (match_recipient, catch_all): naming it places the
  // paste in a Mailgun context; "the mail route" of some other system does not.
  // (or, beside the app's own library error, the Mailgun host the app's settings name, read from the whole paste: an
  // earlier, superseded error may have stood beside the only config that names it; not a person's word that it is back)
  // (a Route as the control panel's form shows it, "Expression Type: Match Recipient", is Mailgun's too)
  // (a listing of Postfix's directory showing the password map's text file and no database made from it: postmap never ran)
  // (with the map's setting first: its type and path are what postmap takes)
  if (lower.includes('sasl_passwd') && !SASL_DATABASE.test(lower)) {
    const setting = SASL_MAP_HASHED.exec(text);
    const listed = setting ? SASL_TEXT_LISTED.exec(text) : null;
    if (setting && listed) features.set('postfix-sasl-db-missing', `${setting[0].trim()} · ${listed[0].trim()}`);
  }
  if (/\bmailgun\b|\broutes\b|match_recipient|catch_all\(|\bexpression[ \t]+type[ \t]*:[ \t]*(?:match[ \t]+recipient|match[ \t]+header|catch[ \t]+all)\b/.test(lower) || (features.has('configured-host:mailgun-smtp') && features.has('source:client-exception'))) features.set('mentions-mailgun', 'Mailgun');
  // The person says the domain both sends through Mailgun and receives through its Routes ("They send through Mailgun
  // (API and SMTP) and also receive on the same domain via Routes", "on Mailgun for both the shop emails AND their info@
  // inbox via routes", "el boletín sale por su Postfix que relaya a Mailgun", "mg.x for sending (...) and they receive on
// post.x through routes", "news.x for the newsletter and hello.x which receives ... through Mailgun routes", "Mailgun を送信と受信（Routes）の両方で", "has both a sending domain and two routes", "nutzt Mailgun für Versand UND Empfang", "i do wysyłki (SMTP ...), i do odbioru (Routes ...)"): naming the Routes then says nothing of which side refused.
  // (a host named with no server's reply shown, "MX at mxa/mxb.mailgun.org", says where mail goes, not who refused)
  const sendsToo = (facts.host === null || facts.serverMessage === null) && ROUTES_NAMED.test(lower) ? SENDS_THROUGH_MAILGUN.exec(lower) : null;
  // (or its settings name Mailgun's SMTP host, "Outgoing Mail Server: smtp.mailgun.org", beside its Routes, with no server's
  // reply shown: the host is what it sends through, not what refused)
  const sendingSetting = facts.serverMessage === null && facts.host !== null && features.get('configured-host:mailgun-smtp') === facts.host && ROUTES_NAMED.test(lower) ? facts.host : null;
  if (sendsToo ?? sendingSetting) features.set('mailgun-both-directions', sendsToo?.[0] ?? sendingSetting!);
  // An application's own log calling a failure of Mailgun's HTTP API a relay refusal ("relay denied by upstream provider=mailgun
  // status=401 url=https://api.eu.mailgun.net/v3/..."): the API answered; no SMTP server refused anything.
  const apiCallRelayWords = lower.includes('mailgun.net/v') ? API_CALL_RELAY_WORDS.exec(lower) : null;
  if (apiCallRelayWords) features.set('relay-words-on-api-call', apiCallRelayWords[0].trim());
  // A Route's forward() to a web address beside an HTTP error status: the endpoint answered; no mail server refused anything.
  const webhookError = lower.includes('forward(') && ROUTE_URL_FORWARD.test(lower) ? HTTP_ERROR_STATUS.exec(lower) : null;
  if (webhookError) features.set('route-webhook-http-error', webhookError[0]);
  // Where the person wants the mail to go, said by whose mailbox it is ("We want sales@ to land in Bob's Gmail inbox",
  // then "Bob's address: bob@gmail.com"): that address.
  const wantedMailbox = lower.includes("'s") ? WANTS_MAILBOX_OF.exec(lower) : null;
  const wantedAddress = wantedMailbox ? new RegExp(String.raw`\b${wantedMailbox[1]}'s[ \t]+(?:e-?mail[ \t]+)?address[ \t]*(?::|is)[ \t]*<?(${EMAIL})`).exec(lower)?.[1] : undefined;
  if (wantedAddress) features.set('forward-target-said', wantedAddress);
  // A route that forwards its address to the same name at another host (`match_recipient("announce@lists.x")` ->
  // `forward("announce@mm3.x")`, a mailing list server's): each address has its own destination.
  // (a sibling host of the same domain, a list server's: not a person's own mailbox elsewhere, jane@acme.io -> jane@gmail.com)
  const sameNameForward = lower.includes('forward(') ? [...lower.matchAll(ROUTE_WITH_FORWARD)].slice(0, MAX_ROUTE_LINES).find((m) => m[1] === m[3] && m[2] !== m[4] && registrableDomain(m[2]!) === registrableDomain(m[4]!)) : undefined;
  if (sameNameForward) features.set('route-forwards-same-name', sameNameForward[0]);
  // A known library's own error, from the Mailgun SMTP host the session went to (not its inbound MX): mail going out.
  if (facts.source === 'client-exception' && facts.client !== null && facts.hostRole === 'mailgun-smtp' && facts.serverMessage !== null) features.set('library-refused-by:mailgun-smtp', facts.host!);
  // (a server's answer the paste tells as before, "Prima ... dava "535 ..."", is not this session's)
  // (looked at last: most pastes stop at the stall's own tests)
  const stalled = plainTextOnImplicitTlsPort(text, facts.client, false);
  const plainOn465 = stalled !== null && (facts.replyCode === null || replyToldAsPast(text, facts.replyCode)) ? stalled : null;
  if (plainOn465) features.set('plain-text-on-port-465', plainOn465);
  if (structured.records.length > 1) features.set('many-events', `${structured.records.length} events`);
  // A temporary refusal beside a delivered event for the same address (Mailgun's retry got through, most likely).
  // (a delivered event or row for it: its record, or a logs row that names the event and the address on one line)
  if (facts.severity === 'temporary' && facts.recipient !== null && lower.includes('delivered')) {
    const forRecipient = structured.records.filter((r) => r.get('recipient')?.toLowerCase() === facts.recipient);
    const permanent = forRecipient.some((r) => r.get('severity')?.toLowerCase() === 'permanent');
    const address = escapeLiteral(facts.recipient);
    // (the event's word, not a bounce's "could not be delivered", "was not delivered to")
    const event = String.raw`\bdelivered\b(?<!(?:not|n't|never|be|been|is|was|were|are|get|got)\s{1,3}delivered)`;
    const delivered = forRecipient.some((r) => r.get('event')?.toLowerCase() === 'delivered') || new RegExp(String.raw`${event}[^\n]{0,200}${address}|${address}[^\n]{0,200}${event}`).test(lower);
    if (delivered && !permanent) features.set('delivered-after-retry', facts.recipient);
  }
}

/** Whether every line that shows a reply code tells it as what was before now. */
// (a person's sentence: not a record's long line, whose quotes the tense's reading would scan at length)
function replyToldAsPast(text: string, code: number): boolean {
  const codeAt = new RegExp(String.raw`(?<![\w.])${code}(?![\w.])`);
  const lines = text.split('\n').filter((line) => codeAt.test(line));
  return lines.length > 0 && lines.every((line) => line.length <= TOLD_LINE_MAX && toldAsPast(line));
}
const TOLD_LINE_MAX = 1000;

/** Mail wanted in someone's mailbox, named by whose it is: "to land in bob's gmail inbox", "forwarded to anna's mailbox". */
const WANTS_MAILBOX_OF = /\b(?:land|arrive|go|end up|be forwarded|forwarded|forward)\b[^\n@?]{0,40}?\b(?:in|to|into|at)\b[^\n@?]{0,20}?\b([a-z]{2,20})'s[ \t]+(?:gmail|inbox|mailbox|outlook|personal|private)\b/;

/** An IPv4 network written as a CIDR, `172.18.0.0/16`. */
const IPV4_NETWORK = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})(?![\d./])/g;
/** A relay list's setting: a network on its line is allowed already (Postfix, Exim, Debian's exim4 config). */
const RELAY_LIST_LINE = /mynetworks|relay_from_hosts|dc_relay_nets|relay_nets/i;
const MAX_NETWORKS = 50;

function ipv4Number(address: string): number | null {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((p) => p <= 255) ? ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0 : null;
}

/** The most specific network the paste writes that holds the refused private client (see Facts.clientNetwork). */
function networkShownFor(text: string, refusal: string | undefined): string | null {
  const ip = refusal ? privateClientIn(refusal) : null;
  const address = ip ? ipv4Number(ip) : null;
  if (address === null || !text.includes('/')) return null;
  let best: string | null = null;
  let bestPrefix = 0;
  let seen = 0;
  for (const m of text.matchAll(IPV4_NETWORK)) {
    if (++seen > MAX_NETWORKS) break;
    const prefix = Number(m[2]);
    const base = ipv4Number(m[1]!);
    // (from /8 to /31: a /32 is the one address, which the fix gives anyway)
    if (base === null || prefix < 8 || prefix > 31 || prefix <= bestPrefix) continue;
    const mask = (0xffffffff << (32 - prefix)) >>> 0;
    if (((address & mask) >>> 0) !== ((base & mask) >>> 0)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    if (RELAY_LIST_LINE.test(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))) continue;
    const network = (base & mask) >>> 0;
    best = `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${prefix}`;
    bestPrefix = prefix;
  }
  return best;
}

const EXIM_RCPT_REJECTION = /\brejected RCPT <[^<>\n]{1,254}>:[ \t]*([^\n]{1,200})/i;

// (not a route only asked about or wanted, "do we need a route for orders@?": none is there to receive with)
const ROUTES_NAMED = /\broutes?\b(?<!\b(?:need|needs|add|create|make)[ \t]+(?:(?:a|an|any|the|new)[ \t]+){0,2}routes?)|\brutas?\b|\broutage\b|match_recipient|catch_all\(/;
/**
 * The person's words for sending through Mailgun: "they send through Mailgun", "usamos Mailgun para los avisos", and
 * Mailgun's own support's "they use us for their newsletter" or "for both", "reminders go out through mg.x", "they have both
 * outbound SMTP and a route", "usano Mailgun sia per l'invio SMTP", "Versand UND Routes", "they also added routes" (read beside Mailgun's Routes only).
 */
// (or two domains labelled, "x.com (receiving, MX on Mailgun, a few routes) and mg.x.com (sending)"; or Mailgun's own support's
// "They send through us AND have inbound routes"; not the region, "sending via US region")
// ("they use both SMTP and inbound routes")
// (and Routes said to be for receiving "too", "y también reciben correo por Routes": the sending goes through Mailgun as well)
const SENDS_THROUGH_MAILGUN = /\b(?:use|uses|using)[ \t]+both[ \t]+(?:smtp|sending|outbound)[ \t]+and[ \t]+(?:inbound[ \t]+)?routes\b|\b(?:también|tambien|auch|aussi|anche|ook|também|also)[ \t]+(?:reciben|recibimos|recibe|empfangen|reçoivent|ricevono|ontvangen|recebem|receive|receives|get)\b[^\n.]{0,40}\b(?:routes?|rutas?|rotas?)\b|\b(?:send|sends|sending)\b[^\n.!?]{0,30}?\b(?:through|via|with|using|over)[ \t]+mailgun\b|\b(?<!(?:n't|\bnot|\bnever)[ \t]{1,3})(?:send|sends|sending)[ \t]+(?:through|via)[ \t]+us\b(?![ \t]+(?:region|endpoint|host|servers?|api|cluster|data ?cent(?:er|re)s?)\b)|\b(?:use|uses|using|usamos|usan|nutzen|utilisons|utilizziamo|gebruiken)[ \t]+(?:mailgun|us)(?:[ \t]+(?:smtp|api))?[ \t]+(?:for|para|für|pour|per|voor)[ \t]+(?:(?:the|our|their|its|los|las|el|la|sus|die|den|der|les|nos|le|i|de|onze)[ \t]+)?(?:sending|notifications?|avisos|newsletters?|transactional|envíos?|envio|e-?mails?|correos|mails?|benachrichtigungen|notifiche|web ?shop|shop|website|site|app|invoices?|facturas|factures|rechnungen)\b|\b(?:on|use|uses|using|usan|usamos)[ \t]+(?:mailgun|us)[ \t]+(?:for both|for everything|for all|para todo)\b|\bgo(?:es)?[ \t]+out[ \t]+(?:through|via)[ \t]+(?:mailgun\b|mg\.)|\bboth (?:outbound|outgoing) smtp\b|\bboth sending and receiving\b|\b(?:versand|envío|envio|envoi|invio|verzenden)[ \t]+(?:und|y|e|et|en)[ \t]+(?:la[ \t]+)?(?:empfang|recepción|recepcion|recebimento|réception|ricezione|ontvangen)\b|(?<!\b(?:no|not|without|any)[ \t]{1,3})\bsending domains?\b(?:[^\n.!?]|\.(?=\w)){0,60}?\broutes?\b|\broutes?\b(?:[^\n.!?]|\.(?=\w)){0,60}?(?<!\b(?:no|not|without|any)[ \t]{1,3})\bsending domains?\b|mailgun[^\n]{0,20}?(?:送信と受信|受信と送信|送受信|送信も受信|受信も送信|送信[（(][^）)\n]{0,40}[）)]と受信)|(?:送信と受信|受信と送信|送受信)[^\n]{0,10}?mailgun|\bfor (?:sending|outgoing|outbound)\b[^\n.!?]{0,100}?\b(?:and|while|but)\b[^\n.!?]{0,40}?\breceiv(?:e|es|ing)\b|\bfor (?:the |their |our )?(?:newsletters?|transactional (?:mail|e-?mails?))\b[^\n!?]{0,120}?\b(?:and|while|but)\b[^\n!?]{0,80}?\breceiv(?:e|es|ing)\b|\b(?:use|uses|using)(?<!\b(?:not|n't|never|no longer)[ \t]{1,3}(?:use|uses|using))[ \t]+(?:the[ \t]+)?mailgun[ \t]+(?:smtp|api)\b|\bsia per l'invio\b|\bversand und routes\b|\bdo[ \t]+wysyłki\b[^\n.!?]{0,80}?\bdo[ \t]+odbioru\b|\bwysyłk[ia]?[ \t]+i[ \t]+odbi(?:ór|oru)\b|\balso (?:added|set up|created|have|has) (?:some |a few |a couple of )?routes\b|\balso receives?\b[^\n.!?]{0,60}?\b(?:through|via|with|using|by) (?:mailgun |their |the )?routes?\b|\b(?:relays?|relaying|relayed|relaya|relaie)[ \t]+(?:to|through|via|a|vers)[ \t]+mailgun\b|\bsent[ \t]+(?:through|via|with|using)[ \t]+(?:the[ \t]+)?(?:mailgun[ \t]+)?(?:api|smtp)\b|(?:\b(?:use|uses|using|nutzen|utilisent|utilisons|usan|usamos|utilizan|utilizamos)[ \t]+(?:mailgun|us|it|es|le)|\b(?:lo|la|le)[ \t]+(?:usan|usamos|utilizan|utilizamos))\b[^\n.!?]{0,20}\b(?:para enviar|to send|zum (?:senden|versenden)|pour envoyer)\b[^\n.!?]{0,100}\b(?:rutas?|routes?|recibir|receive|empfangen|recevoir)\b|\(\s*(?:receiving|inbound)\b[^\n()]{0,60}\)[^\n()]{0,40}\(\s*(?:sending|outbound)\b|\(\s*(?:sending|outbound)\b[^\n()]{0,60}\)[^\n()]{0,40}\(\s*(?:receiving|inbound)\b/;

/** A log line with relay words, a call to Mailgun's HTTP API and that call's HTTP error status (see apiCallRelayWords). */
const API_CALL_RELAY_WORDS = /^(?=[^\n]{0,600}?https?:\/\/api(?:\.eu)?\.mailgun\.net\/v\d)(?=[^\n]{0,600}?\b(?:status|http|code)[=: ]{1,3}[45]\d\d\b)[^\n]{0,600}?\brelay(?:ing)? (?:denied|refused|rejected)\b/m;

const ROUTE_URL_FORWARD = /\bforward\(\s*\\?["']https?:\/\//;
/** An HTTP error status in the words of a log or a person: `HTTP 500`, `406 Not Acceptable`, "the webhook returned 502". */
const HTTP_ERROR_STATUS = /\bhttp(?:\/[\d.]{1,3})?[ \t]+(?:status[ \t]+)?(?:code[ \t]+)?[45]\d\d\b|\b[45]\d\d[ \t]+(?:internal server error|not acceptable|bad request|not found|unauthorized|forbidden|bad gateway|service unavailable|gateway time-?out|method not allowed|payload too large|request entity too large|too many requests|unprocessable entity)\b|\b(?:webhook|endpoint)[ \t]+(?:returned|responded|answered)[^\n]{0,20}?\b[45]\d\d\b/;

/**
 * A mail server's own log refusing Mailgun's delivery: its outbound machine as the client (Exim's `H=so254-57.mailgun.net
 * [ip]` or `H=(m198-61-254-71.mailgun.net) [ip]`, Postfix's `RCPT from m159-135-228-41.mailgun.net[ip]`, Sendmail's
 * `relay=m198-61-254-33.mailgun.net [ip]`), or Mailgun's own bounce address as the sender (`from=<bounce+...@mg.x>`)
 * on the line of the refusal, whatever address a NAT shows for the client.
 */
const MAILGUN_CLIENT_REFUSED = new RegExp(
  [
    String.raw`\bH=\(?[\w-]{1,63}\.mailgun\.net\)? (?:\([^)\n]{0,255}\) )?\[[0-9a-f.:]{3,45}\][^\n]{0,300}? rejected RCPT <[^<>\n]{1,254}>: relay not permitted`,
    String.raw`\breject: RCPT from [\w-]{1,63}\.mailgun\.net\[[0-9a-f.:]{3,45}\]:[^\n]{0,300}?\brelay access denied`,
    // (Haraka's summary of a session as it ends: the client's name, then its last answer, `lr="550 I cannot deliver mail for <a@b>"`)
    String.raw`\bdisconnect ip=[0-9a-f.:]{3,45} rdns=[\w-]{1,63}\.mailgun\.net\b[^\n]{0,300}?\blr="5\d\d I cannot deliver mail for <`,
    String.raw`\brelay=[\w-]{1,63}\.mailgun\.net\.? \[[0-9a-f.:]{3,45}\][^\n]{0,300}?\breject=[^\n]{0,200}?\brelaying denied`,
    String.raw`\b(?:relay access denied|relay not permitted|relaying denied|unable to relay)\b[^\n]{0,300}?\bfrom=<bounce\+[^@\s>]{1,200}@`,
    String.raw`\bF=<bounce\+[^@\s>]{1,200}@[^\n]{0,300}?\brejected RCPT\b[^\n]{0,300}?\brelay not permitted`,
    // (IIS's SMTP log of a session from Mailgun's machine: its EHLO name as the user column, then `RCPT - +TO:<a@b> 550`)
    String.raw`\b[\w-]{1,63}\.mailgun\.net SMTPSVC\d{1,3} [^\n]{0,200}?\bRCPT - \+?TO:<[^<>\n]{1,254}> 5\d\d\b`,
  ].join('|'),
  'i',
);
/** Exchange's refusal line of a session whose client shows itself as Mailgun's (see MAILGUN_SESSION_CLIENT). */
function mailgunSessionRefused(lower: string): RegExpExecArray | null {
  return MAILGUN_SESSION_CLIENT.test(lower) ? RECEIVE_LOG_RELAY_REFUSAL.exec(lower) : null;
}

/**
 * Exchange's receive protocol log of a session from Mailgun (its EHLO or its bounce sender) that it refused to relay:
 * the lines of one session, `...,EHLO m161-38-200-14.mailgun.net,` then `...,>,550 5.7.54 ... Unable to relay ...`.
 */
const MAILGUN_SESSION_CLIENT = /,<,(?:ehlo|helo) [\w-]{1,63}\.mailgun\.net,|,<,mail from:<bounce\+[^@\s>]{1,200}@/i;
const RECEIVE_LOG_RELAY_REFUSAL = /,>,5\d\d 5\.7\.(?:54|1) smtp; unable to relay\b/i;

/** What the paste shows of a Mailgun event, in its own words (an evidence excerpt quotes the paste). */
function mailgunEventExcerpt(facts: Facts, text: string): string {
  // (the paste's own event field, `"event": "failed"`, so that the evidence quotes what is there; its gist where none is found)
  // (the field alone, not its line: a webhook on one line starts with its signature's token, which is no evidence)
  if (facts.event) {
    // (nor curl's form field of a query, `--data-urlencode event=failed`: a filter, not an event)
    for (const m of text.matchAll(EVENT_FIELD)) if (m[1]!.toLowerCase() === facts.event && !CURL_FORM_FIELD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return m[0];
    const row = EVENT_ROW.exec(text)?.[0].trim();
    if (row) return oneLine(row, 120);
    return `event: ${facts.event}`;
  }
  if (facts.severity) return `severity: ${facts.severity}`;
  if (facts.mxHost) return `mx-host: ${facts.mxHost}`;
  return facts.source === 'mailgun-bounces-api' ? "an entry of Mailgun's bounces list" : "a failure on Mailgun's logs page";
}

/** An event field and its value: `"event": "failed"`, `event=failed`, Django's `'event': ['failed']`. */
// (not a URL's query filter, `/events?event=failed`: a request, not an event)
const EVENT_FIELD = /(?<![?&])["']?\bevent\b["']?[ \t]*(?:[:=]|=>)[ \t]*(?:\[[ \t]*)?["']?([\w-]{2,40})["']?(?:[ \t]*\])?/gi;
const CURL_FORM_FIELD_BEFORE = /(?:--data(?:-urlencode)?|--form|\s-[dF])[ \t]+["']?$/;
/** A logs page's row or label that says the event, `Failed · Permanent`, `failed (permanent)`: the line, quoted. */
const EVENT_ROW = /^[^\n]{0,80}\b(?:failed|delivered|rejected|accepted)\b[ \t]*(?:[·•|(,-][ \t]*)?(?:permanent|temporary)\b[^\n]{0,80}/im;

/** `dig MX other.example` in a paste about a refused recipient at another domain says nothing of that recipient's MX. */
// (`dig MX d`, `dig d MX +short`, `nslookup -type=mx d`, "MX records for d")
const MX_LOOKUP = new RegExp(String.raw`\bdig\s+(?:\+\w+\s+){0,3}(?:mx\s+(${HOST})|(${HOST})\s+(?:\+\w+\s+){0,3}mx\b)|\bnslookup\s+-(?:type|q|query)=mx\s+(${HOST})|\bmx\s+records?\s+(?:for|of)\s+(${HOST})`, 'i');

/** A Routes listing's line for a catch_all(): its priority or a list mark before it, or its JSON expression field. */
/** What may stand before a route on a Routes listing's line: its priority ("10", "priority 0") or a list mark. */
const LISTING_MARK = String.raw`^[ \t]*(?:(?:priority[ \t]*:?[ \t]*)?\d{1,5}[ \t]+|[-*•|][ \t]*)?`;
const LISTED_CATCH_ALL = new RegExp(String.raw`${LISTING_MARK}catch_all\(\)(?:[ \t]|$)|"expression"[ \t]*:[ \t]*"catch_all\(\)"`, 'm');

/**
 * A listing's catch_all() line not under words that propose it ("suggested adding this as the last route:", "We plan to add"):
 * the line that leads in the listing, the first above it that is no other route's line.
 */
function listedLiveCatchAll(text: string): boolean {
  const m = LISTED_CATCH_ALL.exec(text);
  if (!m) return false;
  const above = text.slice(Math.max(0, m.index - 2000), m.index).split('\n').filter((line) => line.trim() !== '');
  const leadIn = above.reverse().find((line) => !ROUTE_LISTING_LINE.test(line)) ?? '';
  return !PROPOSED_ROUTE.test(leadIn);
}
/** A Routes listing's own line: a priority or a list mark, then a route; or a JSON line of one. */
const ROUTE_LISTING_LINE = new RegExp(String.raw`${LISTING_MARK}(?:match_recipient|match_header|catch_all)\(|^[ \t]*[{}\[\],"]`);
const PROPOSED_ROUTE = /\b(?:suggest\w*|plan\w*|propos\w*|adding|add|should|would|could|will|haven't|have not|not yet|tomorrow|next week|idea)\b|\?/i;

/** A Route in the paste whose `forward()` sends mail on to the refused address: the refusal answered that forward. */
/** A route's address and the address its forward() names on the same line: group 1 and 2 are their names. */
const ROUTE_WITH_FORWARD = /match_recipient\(\s*\\?["']\^?([\w.+-]{1,64})@([a-z0-9.-]{1,253})\\?["']\s*\)[^\n]{0,120}?forward\(\s*\\?["']([\w.+-]{1,64})@([a-z0-9.-]{1,253})\\?["']\s*\)/g;
const MAX_ROUTE_LINES = 20;

function addRouteForwardFeature(lower: string, recipient: string | null, features: FeatureMap): void {
  if (!recipient || !lower.includes('forward(')) return;
  const at = lower.search(new RegExp(String.raw`forward\(\s*\\?["'][^"'\n]{0,200}?${escapeLiteral(recipient)}`));
  if (at !== -1) features.set('route-forwards-to-recipient', oneLine(lower.slice(at, at + 120), 120));
}

/** A line that names the domain beside its MX records being Mailgun's ("ops.example.net is their own routed domain: MX records are mxa.mailgun.org / mxb.mailgun.org"). */
function saysMxIsMailgun(text: string, domain: string | null): boolean {
  if (!domain) return false;
  const named = new RegExp(String.raw`(?<![\w.-])${escapeLiteral(domain)}(?![\w-])`, 'gi');
  let seen = 0;
  for (const m of text.matchAll(named)) {
    if (++seen > MAX_DOMAIN_MENTIONS) break;
    const end = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', end);
    const after = text.slice(end, Math.min(end + 150, lineEnd === -1 ? text.length : lineEnd));
    const said = MX_SAID_MAILGUN.exec(after);
    // (not denied, "customer.com MX is Google, not mxa.mailgun.org"; not the line of the app's own setting)
    // (from the clause MX is in: "doesn't get the alerts, its MX records point to Mailgun" says it, "does not have its MX records pointing to Mailgun" does not)
    const mx = said ? said.index + said[0].search(/\bmx\b/i) : -1;
    let clauseWord = -1;
    if (said) for (const word of after.slice(0, mx).matchAll(CLAUSE_WORD)) clauseWord = word.index + word[0].length - 1;
    const clause = said ? Math.max(after.lastIndexOf(',', mx), after.lastIndexOf('. ', mx), clauseWord) + 1 : 0;
    if (said && !DENIED.test(after.slice(clause, said.index + said[0].length)) && !MX_DENIED_BEFORE.test(after.slice(0, mx)) && mxInSendingSetting(after) === null) return true;
  }
  return false;
}

/** After a domain: its MX said to be Mailgun's ("'s MX records point to Mailgun", "is their own routed domain, MX records are mxa.mailgun.org"). */
// (from "MX" on within its clause: "'s MX is Google Workspace, we just picked the Mailgun host from an old doc" is no such word;
// "the Mailgun server" only right after "is", "are" or "points to": "we relay through the Mailgun server" is the sending side)
// (or the verb first: "set up x.example on mailgun and pointed MX to mailgun")
// (in Japanese and Chinese, "（MX は mxa.eu.mailgun.org）", "MX 记录是 mxa.mailgun.org")
const MX_SAID_MAILGUN = /^(?:'s)?[^\n;!?]{0,50}?\bmx\b(?:[ \t]+records?)?[^\n,;!?]{0,20}?(?:\bis\b|\bare\b|\bpoint|=|:|：|は|是|指向)[^\n,;!?]{0,40}?(?:\bmx[ab](?:\.eu)?\.mailgun\.org\b|\bmailgun\b(?![ \t]+(?:host|smtp|settings?)\b)(?<!(?<!(?:\b(?:is|are|point\w{0,3}[ \t]+(?:to|at))[ \t]+|[=:][ \t]*)(?:the[ \t]+)?)\bmailgun(?=[ \t]+server)))|^[^\n;!?]{0,50}?\b(?:pointed|point|set|moved|switched)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|their[ \t]+)?mx(?:[ \t]+records?)?[ \t]+(?:to|at)[ \t]+(?:mx[ab](?:\.eu)?\.mailgun\.org|mailgun)\b/i;
const DENIED = /\b(?:not|no longer|never)\b|n't\b/i;
/** A denial reaching MX across the list before it ("does not have SPF, DKIM or MX records pointing to Mailgun"), where a comma would start the clause. */
const MX_DENIED_BEFORE = new RegExp(`${DENIAL_BEFORE_MX}$`, 'i');
/** A word that starts another clause ("doesn't get them and its MX records point to mxa.mailgun.org"), not one joining record names ("its SPF and MX records"). */
const CLAUSE_WORD = / (?:and|but|so|while|although|though|whereas) (?<!\b(?:spf|dkim|dmarc|txt|a|aaaa|cname|ns|ptr|srv|dns|domain|mail|web|website|www|host)(?:[ \t]+records?)? \S+ )/gi;
const MAX_DOMAIN_MENTIONS = 20;

function addMxLookupFeature(text: string, recipientDomain: string | null, features: FeatureMap): void {
  const command = MX_LOOKUP.exec(text);
  // (or dig's answer lines alone, `x.it. 3600 IN MX 10 mxa.eu.mailgun.org.`, under words that name no domain: "dig MX oggi:")
  const lookup = command ?? (text.includes(' MX ') || text.includes('\tMX\t') ? digAnswerFor(text, recipientDomain) : null);
  const looked = (command ? (command[1] ?? command[2] ?? command[3] ?? command[4]) : lookup?.[1])?.toLowerCase().replace(/\.$/, '');
  if (!looked || !recipientDomain) return;
  const related = looked === recipientDomain || looked.endsWith(`.${recipientDomain}`) || recipientDomain.endsWith(`.${looked}`);
  if (!related) features.set('mx-of-another-domain', lookup![0]);
  else {
    // (the lines right under it, to a blank line: not a setting further down, `$mail->Host = 'mxb.mailgun.org'`)
    // (without the command, the answer lines of that one domain in a row: not a zone's next name, `mg.x.com. 3600 IN MX ...`)
    const near = command ? text.slice(command.index + command[0].length, command.index + command[0].length + 300) : ownAnswerLines(text, lookup!.index, looked);
    const blankLine = near.search(/\n[ \t]*\n/);
    const answer = blankLine === -1 ? near : near.slice(0, blankLine);
    // The lookup's answer, just under it, names Mailgun's inbound MX: the recipient's domain receives through Mailgun.
    if (/\bmx[ab](?:\.eu)?\.mailgun\.org\b/i.test(answer)) {
      features.set('recipient-mx:mailgun', lookup![0]);
      // (and another server's MX beside it, `10 mxa.eu.mailgun.org.` with `10 mx00.old-host.de.`: senders pick either, so the
      // mail that reaches the old server still arrives, a move half done)
      const other = [...answer.matchAll(MX_ANSWER_HOST)].map((m) => m[1]!.toLowerCase()).find((host) => hostRole(host) === 'other');
      if (other) features.set('recipient-mx:also-other', other);
    }
    // Or a mailbox provider's: where the domain's mail goes now (a move to Microsoft 365 or Google done).
    else {
      const provider = PROVIDER_MX.exec(answer);
      if (provider) features.set('recipient-mx:provider', provider[0].toLowerCase());
    }
  }
}

/** dig's first MX answer line for `domain` (or, with none, the first for any domain: another domain's lookup). */
function digAnswerFor(text: string, domain: string | null): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  let seen = 0;
  for (const m of text.matchAll(DIG_MX_ANSWERS)) {
    if (m[1]!.toLowerCase().replace(/\.$/, '') === domain) return m;
    first ??= m;
    if (++seen >= MAX_DIG_LINES) break;
  }
  return first;
}
const MAX_DIG_LINES = 50;

/** The MX answer lines for `domain` in a row from `from` (at most 10), as one text. */
function ownAnswerLines(text: string, from: number, domain: string): string {
  const lines = text.slice(from, from + 2000).split('\n', 10);
  const own: string[] = [];
  for (const line of lines) {
    const m = DIG_MX_ANSWER.exec(line);
    if (!m || m[1]!.toLowerCase().replace(/\.$/, '') !== domain) break;
    own.push(line);
  }
  return own.join('\n');
}

/** dig's answer line of an MX record: the domain (group 1), its TTL, `IN MX`, then the preference and the host. */
const DIG_MX_ANSWER = new RegExp(String.raw`^[ \t]*(${HOST})\.?[ \t]+\d{1,10}[ \t]+IN[ \t]+MX[ \t]+\d{1,5}[ \t]+`, 'm');
const DIG_MX_ANSWERS = new RegExp(DIG_MX_ANSWER.source, 'gm');

/** An MX lookup's answer for one record, its preference then its host (dig, `host`'s "handled by 10 x.", nslookup's "= 10 x."). */
const MX_ANSWER_HOST = /(?<![\w.-])\d{1,5}[ \t]+([a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24})\.?(?![\w-])/gi;

/** Mailbox providers' MX hosts, as an MX lookup answers them. */
const PROVIDER_MX = /\b[a-z0-9][a-z0-9.-]{0,200}\.(?:mail\.protection\.outlook\.com|google\.com|googlemail\.com|zoho\.(?:com|eu)|messagingengine\.com|mimecast\.com|pphosted\.com)\b/i;

// ---------------------------------------------------------------- SMTP command and authentication

const COMMAND_PATTERNS: Tagged<SmtpCommand>[] = [
  // .NET's stack trace names the command whose answer it checked (`at System.Net.Mail.MailCommand.CheckResponse`): every
  // trace of SmtpTransport.SendMail also lists the type SmtpFailedRecipientException among its parameters, whatever failed
  tagged(guarded(/\bSystem\.Net\.Mail\.MailCommand\.CheckResponse\b/, ['mailcommand']), 'MAIL FROM'),
  tagged(guarded(/\bSystem\.Net\.Mail\.RecipientCommand\.CheckResponse\b/, ['recipientcommand']), 'RCPT TO'),
  tagged(guarded(/\bSystem\.Net\.Mail\.DataStopCommand\.CheckResponse\b/, ['datastopcommand']), 'DATA'),
  // "(in reply to RCPT TO command)" may wrap onto the next line of a bounce.
  // (Alertmanager: "send RCPT TO command: 550 ..."; a NAS: "smtp server replied 550 ... to RCPT TO:<a@b>"; sSMTP's log:
  // "ssmtp: RCPT TO:<a@b> (550 ...)", or under the name it was called by, "send-mail: RCPT TO:<a@b> (550 ...)")
  tagged(/(?:in\s+reply\s+to|\bfor)\s+(?:the\s+)?rcpt\s+to\s+command|after\s+(?:pipelined\s+)?rcpt\s+to|\brcptto\b|recipientnotaccepted|\[rcpt_to\]|_actionrcpt|\.rcptto\(|rcpt to command failed|command["']?\s*:\s*["']?rcpt|smtpcommand["']?\s*[:=]\s*["']?rcpt|recipientsrefused|smtpaddressfailedexception|recipients? failed|failedrecipient(?!exception&)|at the rcpt to step|at rcpt to|rcpt to:?\s*(?:was|is)?\s*(?:rejected|refused)|\brcpt to:\s*<[^<>\s]{1,254}>\s*failed\b|executecommand\(\s*['"]rcpt to|dorcpttocommand|->rcpt\(|\brejected (?:the )?recipient\b|comando rcpt to|단계\s*[:：]\s*rcpt to|empfängeradresse zurückgewiesen|expected response code \\?"?250\/251\/252|recipient address \S{1,254} not accepted|\breject: rcpt from\b|\bsend rcpt to:|\bsmtp rcpt(?: <[^>\s]{1,254}>)?:\s*[45]|all recipients were rejected|\brcpt failed: [45]|\bdoes not like recipient\b|\bwrong answer on rcpt to\b/i, 'RCPT TO'),
  // (the rarer forms behind their own words, not in the common pattern: each alternative there slows its scan)
  // (Roundcube: "SMTP Error (550): Failed to add recipient "a@b" (5.7.1 Relaying denied)", "... Failed to set sender ...")
  // (CiviCRM's "Unable to add recipient [a@b]: Invalid response code received from server (code: 550, ...)")
  tagged(guarded(/\b(?:failed|unable) to add recipient\b/i, ['to add recipient']), 'RCPT TO'),
  // (Go's net/smtp error, "rcpt <a@b>: 550 5.7.1 Relaying denied")
  tagged(guarded(/(?:^|[\s:])rcpt <[^<>\s]{1,254}>:[ \t]*[45]\d\d\b/i, ['rcpt <']), 'RCPT TO'),
  // (Exchange Online's diagnostic block: "[Stage: SendRcptTo]")
  tagged(guarded(/\[stage: sendrcptto\]/i, ['sendrcptto']), 'RCPT TO'),
  tagged(guarded(/\bfailed to set sender\b/i, ['failed to set sender']), 'MAIL FROM'),
  // (an app's logfmt field naming the step that failed: `step="MAIL FROM"`, `stage=rcpt_to`, `step=rcpt`)
  tagged(guarded(/\b(?:step|stage|phase|cmd)=["']?mail[ _]from\b/i, ['step=', 'stage=', 'phase=', 'cmd=']), 'MAIL FROM'),
  tagged(guarded(/\b(?:step|stage|phase|cmd)=["']?rcpt(?:[ _]?to)?\b/i, ['step=', 'stage=', 'phase=', 'cmd=']), 'RCPT TO'),
  // (MailKit's SmtpCommandException for the sender: `ErrorCode: SenderNotAccepted`, thrown from `OnSenderNotAccepted`)
  tagged(guarded(/\bSenderNotAccepted\b/, ['sendernotaccepted']), 'MAIL FROM'),
  // (msmtp's "envelope from address a@b not accepted by the server")
  tagged(guarded(/\benvelope from address \S{1,254} not accepted\b/i, ['envelope from address']), 'MAIL FROM'),
  tagged(guarded(/als antwort auf das kommando rcpt to|en r[ée]ponse [àa] la commande rcpt to|\bsend rcpt to command\b|\breplied [45]\d\d\b[^\n]{0,120}\bto rcpt to:|(?:^|\n)(?:ssmtp|send-?mail): rcpt to:[^\n]{0,300}\([45]\d\d\b/i, ['kommando', 'commande', 'send rcpt', 'replied', 'ssmtp', 'sendmail:', 'send-mail:']), 'RCPT TO'),
  // (Ruby's net-smtp fails in its `mailfrom` method; Alertmanager says "send MAIL FROM:")
  // (smtplib's SMTPSenderRefused; Jakarta Mail's SMTPSenderFailedException, thrown from SMTPTransport.mailFrom; Symfony's doMailFromCommand)
  tagged(/(?:in\s+reply\s+to|\bfor)\s+(?:the\s+)?mail\s+from\s+command|after\s+(?:pipelined\s+)?mail from|_actionmail\b|:in [`']mailfrom'|\bsend mail from:|command["']?\s*:\s*["']?mail from|smtpcommand["']?\s*[:=]\s*["']?mail|sendersrefused|smtpsenderrefused|smtpsenderfailedexception|smtptransport\.mailfrom\(|domailfromcommand/i, 'MAIL FROM'),
  // (and Ruby's net-smtp, failing in its `data` method: "smtp.rb:975:in `data'")
  tagged(/in\s+reply\s+to\s+(?:the\s+)?end\s+of\s+data\s+command|after (?:pipelined )?end of data|in\s+reply\s+to\s+(?:the\s+)?data\s+command|_actionsmtpstream|smtpdataerror|command["']?\s*:\s*["']?data\b|:in [`']data'|\bdata (?:end )?command failed\b|\bdata not accepted\b/i, 'DATA'),
  // (Jakarta Mail's SMTPTransport.finishData, where the end of data's answer is read; CodeIgniter's debug lines, `to: 452 ...`, are RCPT TO's answer)
  tagged(guarded(/\bSMTPTransport\.finishData\(/, ['finishdata']), 'DATA'),
  tagged(guarded(/^to:[ \t]*[45]\d\d[ -]/m, ['to:']), 'RCPT TO'),
  // (Symfony's "Expected response code "235"", its quotes escaped in a JSON log: `\"235\"`)
  tagged(/_actionauth|command["']?\s*:\s*["']?auth\b|smtpauthenticationerror|authenticationexception:[^\n]{0,20}\b535\b|eauth\b|msmtp: authentication failed|password command failed|could not authenticate|expected response code \\?"?235\b|authenticationfailedexception\b|sasl authentication failed(?![^\n]{0,160}no mechanism available)|\bauth: 535\b|\bauthenticator failed\b|\(535,[ \t]*b?['"]/i, 'AUTH'),
];

// swaks marks the client's lines `->`, and `~>` once STARTTLS is on; nodemailer's logger `[time] DEBUG [id] C:`.
// DATA never has a colon after it: "Data: 19/06/2024" is Italian or Portuguese for a date.
// (the command a word of its own: `[cron] CMD: data-sync` is no DATA)
// (not a line of code that names a variable so, `auth = smtp.PlainAuth(...)`, `auth: { user, pass }`, nor msmtp's `auth off`;
// nor a settings screen's label, Zabbix's "HELO SMTP : host"; a debug log's `smtp_debug_function() > RCPT TO:<...>` is one)
const CLIENT_COMMAND = new RegExp(String.raw`${CLIENT_SAYS}[ \t]*(rcpt to|mail from|data(?![ \t]*:)|auth(?![ \t]*:[ \t]*[{\[\w'"]|[ \t]+(?:on|off|true|false|none|default)\b)|ehlo|helo|starttls)(?![\w-])(?![ \t]*:?=|[ \t]*\(|[ \t]+smtp[ \t]*:)`, 'i');

const MAX_SESSION_LINES = 200;
/** A client's command line anywhere in the paste: without one, there is no session to search. */
const CLIENT_COMMAND_ANYWHERE = new RegExp(CLIENT_COMMAND.source, 'im');

/** In a transcript: the last command the client sent before line `idx` (within 40 lines). */
function commandBefore(lines: string[], idx: number): SmtpCommand | null {
  // (the server's answers between the refusal and the commands above it: with PIPELINING the client sends MAIL FROM,
  // RCPT TO and DATA at once, and the answers come back in that order)
  let answers = 0;
  for (let i = idx - 1; i >= 0 && i >= idx - 40; i--) {
    const line = lines[i]!;
    // (a session that ended above the refusal, `221 ... Bye`, answered none of its commands: the refusal is another session's)
    if (SESSION_CLOSED.test(line)) return null;
    if (!clientLine(line)) {
      if (FINAL_REPLY_LINE.test(line)) answers++;
      continue;
    }
    const m = line.match(CLIENT_COMMAND);
    if (!m) continue;
    if (answers === 0) return commandOf(m[1]!);
    const sent = [m[1]!];
    for (let j = i - 1; j >= 0 && sent.length < MAX_PIPELINED; j--) {
      const before = clientLine(lines[j]!) ? lines[j]!.match(CLIENT_COMMAND) : null;
      if (!before) break;
      sent.unshift(before[1]!);
    }
    return commandOf(sent[answers] ?? m[1]!);
  }
  return null;
}

/** A client's MAIL FROM command as a transcript shows it. */
const MAIL_FROM_SENT = /\bmail from[ \t]*:/i;
/** How far apart a refused login and the relay refusal of one session may be, in characters. */
const SESSION_SPAN = 4000;
/** A client's greeting that starts a session (or starts it again). */
const SESSION_GREETED_AGAIN = /\b(?:ehlo|helo)\b/i;
const SESSION_CLOSED_ANYWHERE = /(?:^|\n)[^\w\n]{0,12}(?:s:[ \t]*)?221[ -]/i;
/** A transcript's line closing its session: the server's `221` goodbye. */
const SESSION_CLOSED = /^[^\w\n]{0,12}(?:s:[ \t]*)?221[ -]/i;

/** How many commands a pipelined block is read back over. */
const MAX_PIPELINED = 10;
/** A line a client wrote in a transcript (its marker, or a bare command). */
function clientLine(line: string): boolean {
  return line.includes('>') || /^(?:c:|send: |[ \t]*(?:rcpt|mail|data|auth|ehlo|helo)\b)|\][ \t]+c:|\d:\d\d(?:[.,]\d{1,6})?[ \t]+c:|\b(?:cmd|sent):/i.test(line);
}
/** A server's answer's last line in a transcript (`<-- 250 Sender address accepted`; not a `250-` continuation). */
const FINAL_REPLY_LINE = /^[^\w\n]{0,12}(?:s:[ \t]*)?[245]\d\d [^\n]/i;

function findCommand(text: string, lines: string[], refusal: string | null, primary: FieldRecord | null): SmtpCommand | null {
  const fieldCommand = primary?.get('command') ?? primary?.get('smtpcommand');
  const fromField = fieldCommand && !otherReplyThanRefusal(primary!, refusal) ? commandOf(fieldCommand) : null;
  if (fromField) return fromField;
  // In a transcript: the last command the client sent before the refusal.
  if (refusal) {
    // (unless the refusal's own line names it, Postfix's "(in reply to RCPT TO command)": a transcript above may be another session's)
    const named = REFUSAL_NAMES_COMMAND.exec(refusal);
    if (named) return commandOf(named[1]!.replace(/^end of /i, ''));
    // (a DSN's "Diagnostic-Code: smtp; 550 ..." beside the bounce's own "550 ... (in reply to RCPT TO command)": that
    // line names it, whatever session a transcript above shows)
    const reply = REPLY_CODE.exec(refusal);
    const replyWords = reply ? refusal.slice(reply.index).trim() : '';
    const namedBeside = replyWords.length >= 12 && text.includes('in reply to') ? lines.find((l) => l.includes(replyWords) && REFUSAL_NAMES_COMMAND.test(l)) : undefined;
    if (namedBeside) return commandOf(REFUSAL_NAMES_COMMAND.exec(namedBeside)![1]!.replace(/^end of /i, ''));
    const idx = refusalLineIndex(lines, refusal);
    const sent = commandBefore(lines, idx);
    if (sent) return sent;
    // (the same reply again as a session's answer below, a reproduction with swaks of an event's refusal: the command it answered there)
    const head = refusal.slice(0, 60);
    const repeated = idx === -1 || !CLIENT_COMMAND_ANYWHERE.test(text) ? -1 : lines.findIndex((l, i) => i > idx && i <= idx + MAX_SESSION_LINES && l.includes(head) && FINAL_REPLY_LINE.test(l));
    const reproduced = repeated === -1 ? null : commandBefore(lines, repeated);
    if (reproduced) return reproduced;
    // A log's summary line above the session ("Status: 5.7.1 Relaying denied", then the debug log's
    // transcript): the command before the transcript's own relay refusal.
    const inSession = idx === -1 || !CLIENT_COMMAND_ANYWHERE.test(text) ? -1 : lines.findIndex((l, i) => i > idx && i <= idx + MAX_SESSION_LINES && RELAY_LINE.test(l));
    const answered = inSession === -1 ? null : commandBefore(lines, inSession);
    if (answered) return answered;
    // A server's own log of the refusal: Exim's `rejected RCPT <a@b>`, Sendmail's `ruleset=check_rcpt` (on the refusal's
    // own line: a log's other lines refuse other clients, open-relay probes among them)
    if (SERVER_LOG_RCPT.test(refusal)) return 'RCPT TO';
    // (a 535 answers AUTH and nothing else, RFC 4954: a Grafana or Jira log quoting it names no command)
    if (LOGIN_REFUSED_REPLY.test(refusal)) return 'AUTH';
  }
  // (first in the refusal's own exception, its line and the stack and fields under it: a thread's earlier EAUTH
  // print above it answered another command)
  const at = refusal ? text.indexOf(refusal) : -1;
  const own = at === -1 ? null : linesFrom(text, at, EXCEPTION_LINES);
  for (const { pattern, value } of COMMAND_PATTERNS) if (own !== null && pattern.test(own)) return value;
  for (const { pattern, value } of COMMAND_PATTERNS) if (pattern.test(text)) return value;
  // No server answered at all: the connection itself failed ("Connection could not be established", ETIMEDOUT).
  return (refusal === null || !REPLY_CODE.test(refusal)) && CONNECT_FAILED.test(text) ? 'CONNECT' : null;
}

/** How many lines from the refusal its exception's stack and fields are read for the command. */
const EXCEPTION_LINES = 16;

/** The text from `at` to the end of the `count`-th line after it. */
function linesFrom(text: string, at: number, count: number): string {
  let end = at;
  for (let n = 0; n < count && end !== -1; n++) end = text.indexOf('\n', end + 1);
  return text.slice(at, end === -1 ? undefined : end);
}

/**
 * Whether the record holds a failure reply other than the refusal's (a thread's earlier EAUTH print, `response: '535 ...'`,
 * above the EENVELOPE one the refusal comes from): its `command` may then have answered that other reply.
 */
function otherReplyThanRefusal(record: FieldRecord, refusal: string | null): boolean {
  const refusalCode = refusal ? REPLY_CODE.exec(refusal)?.[1] : undefined;
  if (!refusalCode) return false;
  const recordCodes = RECORD_MESSAGE_KEYS.flatMap((key) => [...(record.get(key) ?? '').matchAll(REPLY_CODES)].map((m) => m[1]!));
  // (its `responseCode: 535` too, where a thread's telling blanked the lines with its words)
  for (const key of ['code', 'responsecode']) if (/^[245]\d\d$/.test(record.get(key)?.trim() ?? '')) recordCodes.push(record.get(key)!.trim());
  // (a print merged from two, the earlier's `responseCode: 535` beside the later's `response: '550 ...'`, as well)
  return recordCodes.some((code) => code !== refusalCode && code[0] !== '2');
}

const REFUSAL_NAMES_COMMAND = /\(in reply to (RCPT TO|MAIL FROM|DATA|end of DATA|AUTH|EHLO|HELO)\b[^\n)]{0,20}command\)/i;

// (and Gmail's "534 5.7.9 Application-specific password required", which answers AUTH too)
const LOGIN_REFUSED_REPLY = /(?<![\w.:/#-])535[ -]|not loving your login|(?<![\w.:/#-])534[ -](?:5\.7\.9[ \t]+)?application-specific password/i;
// (Go's `dial tcp 1.2.3.4:25: i/o timeout`, Grafana's among others)
// (and nodemailer's own stage, `command: 'CONN'`, a TLS mode the port does not speak, "wrong version number", a server
// that never greeted)
const CONNECT_FAILED = /\bcommand:\s*['"]CONN['"]|\bwrong version number\b|\bgreeting never received\b|\bconnection could not be established\b|\bdial tcp\b[^\n]{0,80}?(?:i\/o timeout|connection refused|no route to host)|\bunable to connect\b|\bconnection (?:timed out|refused)\b|\bE(?:CONNREFUSED|TIMEDOUT|HOSTUNREACH)\b|\bnet_io_connectionclosed\b|\bfailed to connect\b|\bcouldn.t connect to host\b|\bconnect timed out\b|\bMailConnectException\b/i;

const SERVER_LOG_RCPT = /\brejected RCPT\b|\bruleset=check_rcpt\b/i;

/** `RCPT`, `rcpt to`, `AUTH PLAIN`... as an SmtpCommand; null for anything else. */
function commandOf(raw: string): SmtpCommand | null {
  const c = raw.trim().toUpperCase();
  if (c.startsWith('RCPT')) return 'RCPT TO';
  if (c.startsWith('MAIL')) return 'MAIL FROM';
  if (c.startsWith('DATA')) return 'DATA';
  if (c.startsWith('AUTH')) return 'AUTH';
  if (/^(?:EHLO|HELO|STARTTLS)/.test(c)) return 'EHLO';
  return null;
}

// Reply codes come before their look-behinds, as in REPLY_CODE.
// (not a person's report of a test of their own, "checked them myself with swaks and got 235": another session)
const LOGIN_ACCEPTED = String.raw`235(?<![\w.:/#-]235)(?<!\b(?:got|gets|getting)[ \t]+(?:an?[ \t]+)?235)[ -]`;
/** An article before a code: a person naming the error ("een 535 aan het debuggen", "the 535 is gone"), no server's reply. */
const NAMED_BY_ARTICLE = String.raw`\b(?:a|an|the|een|het|de|ein|eine|einen|der|die|das|un|une|le|la|el|um|uma|o)[ \t]`;
const AUTH_SENT = guarded(
  new RegExp(
    // (not said absent: 'There are no "SASL authentication failed" lines anywhere in the log')
    // (a line of code that calls a client's login: `s.login(os.environ["USER"], ...)`; not a comment,
    // and not under an `if` on the line above, a comment after it or not: `if SMTP_USER:` then the login is the usual culprit)
    String.raw`${CLIENT_SAYS}[ \t]*auth\s+(?:plain|login|cram-md5|xoauth2)|${LOGIN_ACCEPTED}|535(?<![\w.:/#-]535)(?<!${NAMED_BY_ARTICLE}535)[ -]|_actionauth|\beauth\b|smtpauthenticationerror|authentication (?:failed|unsuccessful)(?<!\b(?:no|not|never|without)\b[^\n.,;]{0,30}authentication \w+)|invalid login|not loving your login|^(?<!\bif\b[^\n]{0,120}[:{][ \t]*(?:#[^\n]{0,200})?\n)[ \t]*(?:await )?\w{1,40}\.login\(\s*[^)\s]`,
    'im',
  ),
  ['auth', '235', '535', 'invalid login', 'not loving', '.login('],
);
const AUTH_SUCCEEDED = new RegExp(String.raw`${LOGIN_ACCEPTED}[^\n]{0,40}`);
const AUTH_SUCCEEDED_ALL = new RegExp(AUTH_SUCCEEDED.source, `${AUTH_SUCCEEDED.flags.replace('g', '')}g`);
// (not a log time's milliseconds, Python's `00:58:44,535 INFO`)
// (and Python's tuple of code and bytes, `(535, b'5.7.0 ...')`)
/** The client's answer to AUTH LOGIN's password prompt (`334 UGFzc3dvcmQ6`, "Password:"), in base64 (group 1). */
// (marked as the client's, `-> `, `C: `, smtplib's `send: '...\r\n'`, or on a line of its own as openssl prints it)
const LOGIN_PASSWORD_ANSWER = /334 UGFzc3dvcmQ6[^\n]*\n(?:[^\n]{0,80}?(?:->|~>|C:|>>>|send:[ \t]*b?['"])[ \t]*|[ \t]*)([A-Za-z0-9+/]{4,400}={0,2})(?:\\r\\n)?['"]?[ \t]*$/m;
/** The client's answer to AUTH LOGIN's user name prompt (`334 VXNlcm5hbWU6`, "Username:"), in base64 (group 1). */
const LOGIN_USER_ANSWER = new RegExp(LOGIN_PASSWORD_ANSWER.source.replace('UGFzc3dvcmQ6', 'VXNlcm5hbWU6'), 'm');
/** A login as Mailgun's are: an address. */
const ADDRESS_LOGIN = /^[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/i;

/** The login a transcript's AUTH sent, decoded from its base64 (the user name only: a password is never decoded into the facts). */
function transcriptLogin(text: string): string | null {
  const login = text.includes('VXNlcm5hbWU6') ? LOGIN_USER_ANSWER.exec(text)?.[1] : undefined;
  const plain = login ? undefined : text.includes('PLAIN') ? PLAIN_CREDENTIALS.exec(text)?.[1] : undefined;
  if (!login && !plain) return null;
  const decoded = Buffer.from((login ?? plain)!, 'base64').toString('utf8');
  const user = plain ? decoded.split('\0')[1] ?? '' : decoded;
  return ADDRESS_LOGIN.test(user) ? user.toLowerCase() : null;
}
/** AUTH PLAIN with its credentials on the line (group 1): `\0user\0password` in base64. */
const PLAIN_CREDENTIALS = /\bAUTH[ \t]+PLAIN[ \t]+([A-Za-z0-9+/]{8,400}={0,2})(?:\\r\\n)?['"]?[ \t]*$/m;

/**
 * The password a refused login sent, when it decodes to a placeholder (`KioqKg==` is `****`, `Y2hhbmdlbWU=` is `changeme`,
 * `YOUR_SMTP_PASSWORD`): a transcript prints what the client was given, so the program sent the placeholder itself (a
 * password masked before pasting would leave its base64 as it was). A real password is never decoded into the facts.
 */
function placeholderPasswordSent(text: string): string | null {
  const login = text.includes('UGFzc3dvcmQ6') ? LOGIN_PASSWORD_ANSWER.exec(text) : null;
  const plain = login ? null : PLAIN_CREDENTIALS.exec(text);
  const encoded = login?.[1] ?? plain?.[1];
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('latin1');
  const password = plain ? decoded.slice(decoded.lastIndexOf('\0') + 1) : decoded;
  return password.length > 0 && password.length <= 40 && isPlaceholder(password) ? `${encoded} (${password})` : null;
}

const LOGIN_REFUSED = new RegExp(String.raw`(?<![\w.:/#-])(?<!\d,)(?<!${NAMED_BY_ARTICLE})535(?:[ -]|, b['"])[^\n]{0,120}`);
const LOGIN_REFUSED_ALL = new RegExp(LOGIN_REFUSED.source, 'g');
/** Code that sets `UseDefaultCredentials = false` (not a JSON key). */
const USE_DEFAULT_FALSE = /(?<!["'])\bUseDefaultCredentials\s*=\s*false\b/gi;
/** A `Credentials` assignment of its own (`.Credentials = creds`, an initializer's `Credentials = new ...`), not `UseDefaultCredentials`. */
const CREDENTIALS_SET = /(?<![A-Za-z])Credentials\s*=(?!=)/;
const CREDENTIALS_WINDOW = 2000;
const MAX_USE_DEFAULT = 20;

const SEND_MAILMESSAGE = /\bSend-MailMessage\b[^\n]{0,80}/i;
/** Jakarta Mail's smtps login switch set (`props.put("mail.smtps.auth", "true")`, `mail.smtps.auth=true`): the line, for the evidence. */
// (from its call, `props.put(`, when there is one: no run of any characters before the name, tried at every position)
const SMTPS_AUTH_SET = /(?:\b(?:props|properties)\.(?:put|setProperty)\([ \t]*["']|\.setProperty\([ \t]*["'])?mail\.smtps\.auth["']?[ \t]*(?:,|[=:])[ \t]*["']?true\b[^\n]{0,10}/i;
/** The session set to the smtps protocol itself. */
const SMTPS_PROTOCOL_SET = /mail\.transport\.protocol["']?[ \t]*(?:,|[=:])[ \t]*["']?smtps\b|getTransport\([ \t]*["']smtps["']/i;
/** The session set to the plain smtp protocol: `mail.transport.protocol` smtp, or the smtp protocol's own host setting. */
const SMTP_PROTOCOL_SET = /mail\.transport\.protocol["']?[ \t]*(?:,|[=:])[ \t]*["']?smtp\b(?!s)|mail\.smtp\.host\b/i;

/** What shows that no login was sent (each with what it means); the evidence quotes the line. */
/** Jakarta Mail's debug: "DEBUG SMTP: useEhlo true, useAuth false" (mail.smtp.auth not set: its Authenticator is never asked). */
const JAKARTA_NO_AUTH = guarded(/\bDEBUG SMTP: [^\n]{0,40}\buseAuth false\b/i, ['useauth']);
/** Symfony Mailer's SMTP transport at work: the app opened an SMTP session, whatever its .env's mailer says. */
const SMTP_TRANSPORT_SHOWN = /\bSmtpTransport\b|\bExpected response code\b|\bSwift_TransportException\b/;

/**
 * The pattern's first match that is not a person's bet on its line ("I'd bet it's Mailgun SMTP without auth"): a bet is
 * no fact, and a fact said under it still counts.
 */
function unbetMatch(pattern: Pick<RegExp, 'exec'>, text: string): RegExpExecArray | null {
  for (let from = 0, tries = 0; tries <= MAX_BET_SKIPS && from < text.length; tries++) {
    const m = pattern.exec(from === 0 ? text : text.slice(from));
    if (!m) return null;
    const at = m.index + from;
    const lineBefore = text.slice(text.lastIndexOf('\n', at) + 1, at);
    // (asked, not told: "maybe it sends without authentication now?", a sentence that opens as a question and ends with one)
    const asked = QUESTION_OPENING.test(lineBefore) && ASKED_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 81));
    if (!BET_BEFORE.test(lineBefore) && !asked) {
      if (from > 0) {
        m.index = at;
        (m as { input: string }).input = text;
      }
      return m;
    }
    from = at + Math.max(1, m[0].length);
  }
  return null;
}

/** Laravel set to send through Mailgun's API, not SMTP. */
const LARAVEL_API_MAILER = /^[ \t]*MAIL_(?:MAILER|DRIVER)[ \t]*=[ \t]*["']?mailgun\b/m;
/** A person's bet or guess, said before what it bets on. */
// (not "I think": people tell what they found so, "I think I see it: main.cf has no smtp_sasl lines")
const BET_BEFORE = /\b(?:i'?d bet|i bet|my bet|i'?d guess|my guess|i guess|i suspect|maybe|perhaps)\b[^\n.;]{0,60}$/i;
/** A sentence that opens as a question: what it says after is asked, not told. */
const QUESTION_OPENING = /(?:^|[.!?]\s+)(?:is|are|does|do|did|could|can|should|would|maybe|perhaps)\b[^\n.!?]{0,120}$/i;
/** A question that follows in the same sentence: "maybe it sends without authentication now?" is no fact. */
const ASKED_AFTER = /^[^\n.!?]{0,80}\?/;
/** How many matches of one pattern are tried past people's bets. */
const MAX_BET_SKIPS = 5;

const AUTH_NOT_SENT: Pick<RegExp, 'exec'>[] = [
  // no AUTH in the session (not "there's no SMTP auth to configure": an API sender's, none to set; nor "so no SMTP auth
  // involved": the same, said of sending through the API; but "no SMTP auth needed" of a copier is its setting)
  // (nor the refusal's words quoted as words: 'Die "without authentication"-Formulierung klingt nach uns, ist es aber nicht')
  guarded(/\b(?:no|nil|null) (?:smtp )?auth\b(?![ \t]+to[ \t]+(?:configure|set|change|fill|enter)\b)(?![ \t]+(?:is[ \t]+)?involved\b)|\bwithout (?:--)?auth(?:entication)?\b(?!["'\u201d\u201c][ \t]*-?[ \t]*(?:wording|phrase|part|bit|formulierung|wortlaut|teil|formulation|partie|redacci[oó]n|parte|frase))|\bno auth(?:entication)? (?:line|command|step)\b|never (?:sends?|issued?) auth|\bskip(?:s|ped)? (?:the )?(?:smtp )?auth(?:entication)?\b|\b(?:sans|ohne|sin|sem|senza|zonder|bez) (?:l')?(?:authentification|authentifizierung|autenticaci[oó]n|autentica[cç][aã]o|autenticazione|authenticatie|uwierzytelniania)/i, ['auth', 'autentic', 'uwierzytelniania']),
  // authentication switched off (not a person's guess, "→ they turned auth off again?")
  // (not Rails' `authentication: nil` beside a `user_name`: Net::SMTP then logs in with PLAIN by default)
  // (a device's "Authentication Protocol : OFF")
  // (and a key in brackets, GitLab's `gitlab_rails['smtp_authentication'] = false`)
  unlessRailsLogin(guarded(/(?:\b|smtp_?)auth(?:entication)?(?:[ \t]+(?:protocol|method|mode))?["']?\]?\s*(?:toggle\s+)?(?:is\s+|was\s+|=>\s*|=\s*|:\s*)?(?:(?:switched|turned|set)\s+(?:to\s+)?)?(?:bool\(|["'])?(?:off|disabled|false|nil|none|null|undefined|anonymous|no(?=[ \t]*(?:\n|$|[,;)])))\b(?![^\n?]{0,40}\?)/i, ['auth'])),
  // a mail program's authentication method set to none (Thunderbird: "Authentication method: No authentication",
  // "Authentifizierungsmethode: Keine Authentifizierung", "Hitelesítési mód: Nincs hitelesítés"), not "no authentication required"
  // (or the setting named in words: 'Bei "Authentifizierungsmethode" steht "Keine Authentifizierung"')
  guarded(/(?:(?:auth\w{0,20}|\w{0,20}method\w{0,5}|\w{0,12}mód|metod\w{0,10}|méthode|método|metodo)[ \t]*[:\uff1a]|\b(?:authentication method|authentifizierungsmethode|méthode d'authentification|método de (?:autenticación|identificación)|metodo di autenticazione|authenticatiemethode|hitelesítési mód|metoda uwierzytelniania|autentiseringsmetod)["'\u201c\u201d]?[^\n:]{0,20}?(?:[ \t]|[:=])["'\u201e\u201c]?)[ \t]*(?:(?:no|keine|aucune|sin|ninguna|nessuna|geen|nincs|bez|sem|nenhuma|ingen|ei)[ \t]+|pas d')(?:authentication|authentifizierung|authentification|autenticaci[oó]n|autenticazione|autentica[cç][aã]o|authenticatie|hitelesítés|uwierzytelniania|autentisering|todennusta)(?![ \t]+(?:(?:is|was|are|ist|est|es|è|é)[ \t]+)?(?:required|needed|necessary|erforderlich|requise|requerida|richiesta|vereist|szükséges|wymagane|nötig|notwendig))/i, ['authentication', 'authentifi', 'autentica', 'authenticatie', 'hitelesítés', 'uwierzytelniania', 'autentisering', 'todennusta']),
  // (a device's login setting, its value "no authentication required": HP's "Anmeldung: Keine Authentifizierung erforderlich")
  guarded(/^[ \t]*(?:anmeldung|authentifizierung|authentication|login|sign-?in)[ \t]*:[ \t]*(?:keine[ \t]+authentifizierung[ \t]+erforderlich|no[ \t]+authentication[ \t]+(?:is[ \t]+)?required)[ \t]*$/im, ['erforderlich', 'required']),
  // (a setting said to stand at none: 'Authentifizierung steht laut Kunde auf "Keine"', 'Authentication in the account is set to "Geen"')
  guarded(/\b(?:authentication|authenticatie|authentificatie|authentifizierung)\b[^\n.]{0,40}?\b(?:is|was|staat|stond|steht|stand|ist|war)\b[^\n.]{0,30}?\b(?:set[ \t]+to|auf|op)[ \t]+["„'\u201c]?(?:none|geen|keine|aus|uit|off|deaktiviert|anonym)\b/i, ['authenti']),
  // (none chosen for it: 'Wir haben bei Authentifizierung "Keine" gewählt', "we selected 'None' for authentication", "choisi
  // « Aucune » pour l'authentification")
  guarded(/(?<!\b(?:never|not|didn't|initially|at[ \t]+first|originally|nie|nicht|anfangs|zuerst)\b[^\n.]{0,20})(?:\b(?:bei|für|unter)[ \t]+["„'\u201c]?(?:smtp[- ])?authentifizierung["'\u201c\u201d]?[ \t]+["„'\u201c\u2018]?keine["'\u201c\u201d\u2019]?[ \t]+(?:gewählt|ausgewählt|eingestellt|angegeben|gesetzt)\b|\b(?:chose|chosen|selected|picked|set)[ \t]+["'\u201c\u2018]?none["'\u201d\u2019]?[ \t]+(?:for|under|as)[ \t]+(?:the[ \t]+)?(?:smtp[ \t]+)?authentication\b|\bchoisi[ \t]+["'«\u201c]?[ \t]?aucune[ \t]?["'»\u201d]?[ \t]+(?:pour|dans)[ \t]+l'authentification\b)(?![^\n.]{0,40}\b(?:then|dann|puis|danach)\b[^\n.]{0,20}\b(?:changed|switched|set|geändert|umgestellt|changé)\b)/i, ['authentifizierung', 'authentication', 'authentification']),
  // (said switched off in Norwegian: 'skrudd av "Autentisering kreves"', "slått av autentisering")
  guarded(/\b(?:skrudd|skrudde|slått|slo)[ \t]+av[ \t]+["'«\u201c]?(?:smtp[- ])?autentisering\b/i, ['autentisering']),
  // switched off on a settings screen in another language ("Autenticación SMTP: Desactivado")
  guarded(/\b(?:smtp[- ])?(?:autenticaci[oó]n|autentica[cç][aã]o|authentification|authentifizierung|autenticazione)(?: smtp)?[ \t]*:[ \t]*(?:desactivad[oa]|desativad[oa]|d[ée]sactiv[ée]e?|deaktiviert|aus|disattivat[oa]|no|non|nein|ninguna|nenhuma|aucune|keine|nessuna)\b/i, ['autentic', 'authentif']),
  // (Polish, a printer's screen: "Uwierzytelnianie SMTP: Wył." (off), "Nie")
  guarded(/\buwierzytelnianie(?: smtp)?[ \t]*:[ \t]*(?:wył(?:\.|ączone|(?![a-ząćęłńóśźż]))|nie(?![a-ząćęłńóśźż])|brak(?![a-ząćęłńóśźż]))/i, ['uwierzytelnianie']),
  // (in Japanese and Russian: "SMTP認証 (SMTP-AUTH): オフ", Thunderbird's "認証方式: 認証なし", "Проверка подлинности SMTP: [ ]")
  // (not the receiving side's: "APOP認証を使用する", "受信サーバー認証方式", "送信前のPOP認証 (POP before SMTP)")
  guarded(/(?:smtp)?(?<!a?pop[ \t]?|受信[^\n:：]{0,10}|前の)認証(?:を(?:使用|利用)(?:する)?|方式|の設定)?(?:[ \t]*[（(](?![^)）\n]{0,15}\bpop\b)[^)）\n]{0,15}[)）])?[ \t]*[:：][ \t]*(?:認証)?(?:オフ|なし|無効(?![なの])|off\b)|(?:проверка подлинности|аутентификаци[яи])(?: smtp)?[ \t]*:[ \t]*(?:\[ \]|☐|выкл|нет|отключен)/i, ['認証', 'подлинности', 'аутентификаци']),
  // a settings screen's box left unticked ("SMTP authentication: ☐", "Use SMTP Authentication: [ ]", "Authentifizierung
  // erforderlich: [ ]"), "Anonymous: ☑",
  // a dotted leader to an empty user name ("auth username ........ (empty)")
  // (the blanks after the colon only with a colon: two runs of blanks side by side are tried at every split)
  guarded(/\b(?:use )?(?:smtp )?auth(?:entication)?(?: required)?[ \t]*(?::[ \t]*)?(?:☐|□|\[ \]|\( \))|\b(?:smtp[- ])?(?:authentifizierung|autenticaci[oó]n|autentica[cç][aã]o|authentification|autenticazione|verificatie|uwierzytelnianie)(?:[ \t]+(?:erforderlich|requise?|requerida|obrigat[oó]ria|richiesta|vereist|wymagane))?[ \t]*(?::[ \t]*)?(?:☐|□|\[ \]|\( \))|^[ \t]*(?:☐|□|\[ \])[ \t]{0,3}(?:use )?(?:smtp )?auth(?:entication)?\b|\banonymous[ \t]*(?::[ \t]*)?(?:☑|☒|✓|✔|\[x\])|\b(?:user ?name|login)[ \t.]{3,40}\((?:empty|blank|none)\)/im, ['auth', 'anonymous', 'user', 'login', 'autentica', 'verificatie', 'uwierzyt']),
  // (a settings list in Polish, a Synology NAS's: "Uwierzytelnianie SMTP: NIE zaznaczone", not ticked)
  guarded(/\buwierzytelnianie(?:[ \t]+smtp)?[ \t]*:[ \t]*(?:nie[ \t]+zaznaczon[eya]|niezaznaczon[eya]|odznaczon[eya]|wy[łl][ąa]czon[eya])(?![\p{L}])/iu, ['uwierzyt']),
  // Jenkins' credentials list left at its default, "Credentials: - none -"
  // (or an app's own log of its transport, `credentials=none`)
  guarded(/\bcredentials?[ \t]*:[ \t]*-[ \t]*none[ \t]*-|\bcredentials?=(?:none|null|nil)\b/i, ['credential']),
  // "no userName/password set"
  guarded(/\bno (?:smtp )?(?:user ?name|login|password|credentials?)(?:\s*[/,&]\s*(?:password|pass))?\s+(?:set|configured|given|provided)\b/i, ['user', 'login', 'password', 'credential']),
  // PowerShell's Send-MailMessage with no -Credential anywhere (splatted or not): it sends no login
  { exec: (text: string) => (/credential/i.test(text) ? null : SEND_MAILMESSAGE.exec(text)) },
  // net/smtp SendMail called with a nil Auth, or with a variable declared and never given one (`var auth smtp.Auth // TODO`)
  guarded(/\bSendMail\(\s*[^,()\n]{1,120},\s*nil\s*,/, ['sendmail(']),
  { exec: (text: string) => goAuthNeverSet(text) },
  // mail.smtp.auth=false
  guarded(/mail\.smtp\.auth\s*[=:]\s*false/i, ['mail.smtp.auth']),
  // Jakarta Mail's `mail.smtps.auth` kept after a move to the smtp protocol (587 and STARTTLS): that protocol reads only
  // mail.smtp.auth, so the Authenticator is never asked
  // (not a session set to smtps itself, `mail.transport.protocol=smtps`, `getTransport("smtps")`, beside a stray smtp host)
  { exec: (text: string) => (/mail\.smtps\.auth/i.test(text) && !/mail\.smtp\.auth/i.test(text) && SMTP_PROTOCOL_SET.test(text) && !SMTPS_PROTOCOL_SET.test(text) ? SMTPS_AUTH_SET.exec(text) : null) },
  // a device's "Authentication checkbox: unchecked", "SMTP Authentication ..... [ ] (unchecked)", "we disabled auth" (not asked:
  // "did they disable auth?")
  guarded(/\bauth(?:entication)?(?:[ \t]{1,3}(?:checkbox|box|option|setting))?[ \t]{0,3}(?:\.{2,40}[ \t]{0,3}|:[ \t]{0,3})?(?:\[[ \t]?\][ \t]{0,3}\(?)?(?:unchecked|unticked|not[ \t]+(?:checked|ticked))\b|\bauth(?:entication)?[ \t]{0,3}(?:\.{2,40}|:)[ \t]{0,3}\[[ \t]?\][ \t]*(?![^\n])|(?<!\b(?:never|not|nobody|no[ \t]+one|didn't|did[ \t]+not|haven't|have[ \t]+not|hasn't|has[ \t]+not)[ \t]{1,3})\b(?:disabled|turned[ \t]+off|switched[ \t]+off)[ \t]+(?:the[ \t]+)?(?:smtp[ \t]+)?auth(?:entication)?\b(?![^\n]{0,30}\?)/i, ['auth']),
  // 'requires authentication' is unchecked
  guarded(/requires authentication[^\n]{0,60}\b(?:unchecked|not checked|unticked|off|disabled)\b|\b(?:unchecked|unticked|disabled)\b[^\n]{0,60}requires authentication/i, ['requires authentication']),
  // Exchange's send connector with no smart host login (`SmartHostAuthMechanism : None`); a settings list's
  // "user (empty), password (empty)"
  guarded(/\bsmarthostauthmechanism[ \t]*:[ \t]*none\b|\buser(?:[ _-]?name)?[ \t]*\((?:empty|blank|not set|unset|none)\)/i, ['smarthostauthmechanism', 'user']),
  // (Outlook in Chinese: "我的发送服务器(SMTP)要求验证" 没有勾选 / 未勾选, the same box unticked)
  guarded(/要求验证[^\n]{0,10}(?:没有勾选|未勾选|没勾选|未选中)/, ['要求验证']),
  // .NET: the Windows account instead of an SMTP login (before an empty user name beside it: the setting that decides)
  // (UseDefaultCredentials = true with `.Credentials = ...` set after it: the later credentials are used.
  // Setting it false replaces Credentials with nothing: set after them, it undoes them too)
  withoutLater(guarded(/\bUseDefaultCredentials["']?\s*[:=]\s*true\b/i, ['usedefaultcredentials']), CREDENTIALS_SET),
  // empty SMTP username (`DISCOURSE_SMTP_USER_NAME: ""`, `user =`, "Username: (blank)", "Nom d'utilisateur : (vide)", read out:
  // "Benutzername: leer")
  // (a `last_login` field is a date, not a user name)
  guarded(/(?:\b|_)(?<!(?:last|first|previous)_)(?:user_?(?:name)?|login|nom d'utilisateur|benutzername|usuario|nome de usu[aá]rio)["']?[ \t]*(?:[=:]|=>)[ \t]*(?:null|none|""|''|\((?:blank|empty|none|vide|leer|vac[ií]o|vazio)\)|(?:blank|empty|leer|vide|vac[ií]o|vazio)(?![\w-])(?![ \t]*[a-z]))/im, ['user', 'login', 'utilisateur', 'benutzername', 'usuario', 'usu']),
  // Nothing after the setting: only as a line of its own ("MAIL_USERNAME="), not a sentence's end ("bounce from a Yahoo user:"),
  // nor a label whose value is on the next line ("Username:" over "postmaster@mg.example.com").
  // (a commented-out one too: Exim's `# mailgun_login:` authenticator)
  guarded(/^[ \t]*(?:[#;][ \t]*)?["']?[\w.-]{0,30}?(?:\b|_)(?<!(?:last|first|previous)_)(?:user_?(?:name)?|login|nom d'utilisateur|benutzername|usuario|nome de usu[aá]rio)["']?[ \t]*(?:[=:]|=>)[ \t]*$(?!\n[ \t]*[^\s:=]+[ \t]*$)(?!\n[ \t]+driver[ \t]*=)/im, ['user', 'login', 'utilisateur', 'benutzername', 'usuario', 'usu']),
  // (an .env pasted on one line, "MAIL_HOST=smtp.mailgun.org MAIL_PORT=587 MAIL_USERNAME= MAIL_PASSWORD=": the user name's value
  // empty before the next setting)
  guarded(/\b[A-Z][A-Z0-9_]{0,30}(?:USER(?:NAME)?|LOGIN)=(?=[ \t]+[A-Z][A-Z0-9_]{1,40}=)/, ['user', 'login']),
  // the login call was skipped or removed, or the auth block taken out ("removed the auth block")
  guarded(/\b(?:skipped|skip|removed|dropped)\b[^\n]{0,30}\.?\bauthenticate(?:async)?\(|\b(?:removed|deleted|dropped|commented out)\b[^\n]{0,12}\bauth(?:entication)? (?:block|section|settings|lines|config)\b/i, ['authenticate', 'auth']),
  // ("so I commented out the server.login() line and now I get:", "I removed the smtp.login call")
  guarded(/\b(?:commented[ \t-]+out|removed|deleted|took[ \t]+out)[ \t]+(?:the[ \t]+)?[\w.]{0,40}\.login\((?:\))?/i, ['.login(']),
  // the login call is commented out (or .NET's Credentials)
  guarded(/^[ \t]*(?:#|\/\/)[ \t]*\S{0,40}\.(?:login|authenticate(?:async)?)\(|^[ \t]*\/\/[ \t]*(?:\w+\.)?Credentials\s*=\s*new\s+(?:System\.Net\.)?NetworkCredential/im, ['.login(', '.authenticate', 'credentials']),
  // the credential settings are commented out (Postfix's smtp_sasl_auth_enable too), or SASL is off
  // (GitLab: `# gitlab_rails['smtp_user_name'] = ...`; not its stock template's placeholder, "smtp user", nor beside a live login)
  guarded(/^[ \t]*[#;][ \t]*(?:auth_?user|auth_?pass|authuser|authpass|user(?:name)?|password(?:eval)?|auth[ \t]+on|smtp_sasl_auth_enable)\b|^[ \t]*#[ \t]*[\w[\]'"]{0,40}smtp_(?:user_?name|password)\b(?![^\n]*["']smtp (?:user|password)["'])(?![\s\S]*\n[ \t]*gitlab_rails\[['"]smtp_user_name['"]\][ \t]*=[ \t]*["'][^"'\s]{1,64}@)|\bsmtp_sasl_auth_enable[ \t]*=[ \t]*no\b/im, ['auth', 'user', 'password']),
  // the credential variables are not set ("MG_USER / MG_PASS are not set", "MAILGUN_SMTP_LOGIN is undefined")
  guarded(/\b\w{0,30}?(?:user(?:name)?|pass(?:word)?|login)\w{0,30}\b[^\n]{0,30}\b(?:are|is|were|was|ends? up) (?:not set|unset|empty|missing|blank|undefined|nil)\b/i, ['not set', 'unset', 'empty', 'missing', 'blank', 'undefined', 'nil']),
  // the credential variables are missing (env names in capitals: "worker .env has no SMTP_USER",
  // "MG_SMTP_USER isn't in the new k8s secret")
  guarded(/\bno [A-Z][A-Z0-9_]{0,30}(?:LOGIN|USER(?:NAME)?|PASS(?:WORD)?)\b|\b[A-Z][A-Z0-9_]{0,30}(?:LOGIN|USER(?:NAME)?|PASS(?:WORD)?)\b[A-Z0-9_]{0,10} (?:isn't|is not|wasn't|was not|aren't|are not) (?:in|set)\b/, ['login', 'user', 'pass']),
  // people's words: the app never logs in (not someone's guess at the cause: "My colleague thinks ... because they didn't log in")
  guarded(/\b(?:never|doesn't|does not|didn't|did not|won't|will not)(?<!\b(?:thinks?|thought|believes?|believed|suspects?|suspected|assumes?|assumed|guess(?:es|ed)?)\b(?:(?!\b(?:but|however)\b)[^\n.,;]){0,80}(?:never|doesn't|does not|didn't|did not|won't|will not)) (?:log|logs|logging) ?in\b(?! (?:the|to|our|their|your|mailgun|at|any)\b)|\bno\b[^\n]{0,40}\b(?:login|authenticate)\(\)/i, ['log', 'authenticate']),
  // no credentials configured
  // (or the settings' login fields said empty: 'los campos "Usuario SMTP" y "Contraseña SMTP" están vacíos', "the SMTP username and password fields are empty")
  guarded(/\b(?:usuario|contrase[ñn]a|user ?name|password)[ \t]+smtp["\u201d]?[^\n.]{0,40}\b(?:están|estan|está|esta)[ \t]+vac[ií][oa]s?\b|\bsmtp[ \t]+(?:user ?name|login|password)(?:[ \t]+and[ \t]+(?:user ?name|login|password))?[ \t]+fields?[ \t]+(?:are|is|were|was)[ \t]+(?:empty|blank)\b/i, ['smtp']),
  guarded(/\b(?:has|with|without) no credentials\b|\bno credentials\b|\bwithout credentials\b|credentials? (?:are|is) (?:missing|empty|not set)/i, ['credential']),
  // an SMTP URL without credentials
  guarded(/\bsmtps?:\/\/(?:smtp(?:\.eu)?\.mailgun\.org)(?::\d+)?(?![^\s]*@)/i, ['://']),
  // the session was not authenticated
  // (not a guess among others: "could be their app not authenticating, or someone mailing into their routes", "they're
  // probably not authenticated for that domain"; nor a
  // colleague's take quoted, "Raj's take in the ticket: "they're clearly not authenticating ..."", 'Liam on our side: "it says
  // 'Proper authentication required' → they're not authenticating"'; nor a question, "is that us not authenticating, or their server?")
  guarded(/\bunauthenticated (?:smtp|session|connection|submission)|\bnot authenticat(?:ed|ing)\b(?![^\n.]{0,80}\?)(?<!\b(?:(?:could|might|may) be|probably|maybe|perhaps|likely)\b[^\n.,;]{0,40}not authenticat(?:ed|ing))(?<!\b(?:take|guess|theory|(?:on|from) (?:our|the) (?:side|team|end))\b[^\n:"\u201c]{0,30}[:"\u201c][^\n]{0,100}not authenticat(?:ed|ing))/i, ['unauthenticated', 'not authenticat']),
  // a nodemailer transport whose options hold no `auth` (one level of nested options, e.g. `tls: {...}`)
  // (an `auth` key in any form, `auth: {...}`, `"auth":`, the shorthand `{ host, auth }`, or options spread in, counts as a login)
  guarded(/\bcreateTransport\(\s*\{(?:(?!["']?auth["']?\s*[:,}]|\.\.\.)[^{}]|\{(?:(?!["']?auth["']?\s*[:,}]|\.\.\.)[^{}]){0,400}\}){1,2000}\}\s*\)/i, ['createtransport']),
  // smtplib code that connects and sends, with no login call anywhere after the connection
  withoutLater(guarded(/\bsmtplib\.SMTP(?:_SSL)?\([^)\n]{0,200}\)[\s\S]{0,2000}?\.(?:sendmail|send_message)\(/, ['smtplib.smtp']), '.login('),
  // .NET: a web.config <network> without userName; CDO's anonymous mode (UseDefaultCredentials = true: above)
  { exec: credentialsUndone },
  // (web.config's `defaultCredentials="true"` offers the Windows account, whatever userName it names)
  guarded(/<network\b(?![^>]{0,400}\buserName=)[^>]{0,400}\bhost=|\bdefaultCredentials\s*=\s*["']true\b|\bsmtpauthenticate\W{0,6}\s*=\s*0\b|\bcdoAnonymous\b/i, ['<network', 'defaultcredentials', 'smtpauthenticate', 'cdoanonymous']),
  // a commented-out auth block (`// auth: {`), Exim without authenticators
  guarded(/^[ \t]*(?:\/\/|#)[ \t]*auth\s*:\s*\{|\b(?:no|non ha|senza|sin|sem|kein(?:e|en)?) (?:authenticators?|hosts_require_auth)\b/im, ['auth']),
  // MailKit code that connects and sends, with no Authenticate call after the connection
  withoutLater(guarded(/\.Connect(?:Async)?\([^)\n]{0,200}\);?[\s\S]{0,2000}?\.Send(?:Async)?\(/, ['.connect']), '.Authenticate'),
  // PowerShell's Send-MailMessage given a server and no -Credential anywhere (a command can go on after a backtick)
  withoutLater(guarded(/\bSend-MailMessage\b[^\n]{0,2000}-SmtpServer\b/i, ['send-mailmessage']), '-Credential'),
  guarded(/\bno -Credential\b/i, ['-credential']),
  // A settings screen's "... requires authentication" box left unticked (hMailServer, Outlook, a scanner).
  guarded(/\brequires authentication\b["']?[^\n]{0,40}\b(?:unticked|unchecked|not (?:ticked|checked)|nicht gesetzt|nicht aktiviert|desmarcad[ao]|no marcad[ao]|non coch[ée]e?)\b|\b(?:unticked|unchecked)\b[^\n]{0,40}\brequires authentication\b/i, ['requires authentication']),
  // (the same box typed out from a screenshot, empty: Outlook's "[ ] My outgoing server (SMTP) requires authentication", in its languages)
  guarded(/^[ \t]*\[ \](?![ \t]*(?:confirm|check|verify|ask|make sure|ensure|see|test|look)\b)[ \t]*[^\n]{0,80}?\b(?:requires authentication|verificatie vereist|erfordert authentifizierung|requiert une authentification|requiere autenticación)/im, ['[ ]']),
];

/** Rails' `user_name` setting with a value (not `user_name: nil` or empty: then no login is sent at all). */
const RAILS_USER_NAME = /\buser_name["']?\s*(?::|=>|=)\s*(?!nil\b|null\b|["']{2})\S/;

/** `pattern`, not counted for a `nil` authentication beside Rails' `user_name` setting (Net::SMTP's default is PLAIN). */
function unlessRailsLogin(pattern: Pick<RegExp, 'exec'>): Pick<RegExp, 'exec'> {
  return {
    exec(text) {
      const m = pattern.exec(text);
      return m && /\bnil\b/i.test(m[0]) && RAILS_USER_NAME.test(text) ? null : m;
    },
  };
}


/**
 * .NET's setter of `UseDefaultCredentials` replaces `Credentials` (with none, for false): set after them,
 * it undoes them. A `UseDefaultCredentials = false` with a `Credentials` assignment before it and none after it.
 */
function credentialsUndone(text: string): RegExpExecArray | null {
  if (!/usedefaultcredentials/i.test(text)) return null;
  let seen = 0;
  for (const m of text.matchAll(USE_DEFAULT_FALSE)) {
    if (++seen > MAX_USE_DEFAULT) break;
    const before = text.slice(Math.max(0, m.index - CREDENTIALS_WINDOW), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + CREDENTIALS_WINDOW);
    if (CREDENTIALS_SET.test(before) && !CREDENTIALS_SET.test(after)) return m as RegExpExecArray;
  }
  return null;
}

/**
 * `pattern`, counted only when `word` does not follow its match anywhere: one search after the
 * match, instead of a look-ahead that would rescan the rest of the text at every try.
 */
function withoutLater(pattern: Pick<RegExp, 'exec'>, word: string | RegExp): Pick<RegExp, 'exec'> {
  return {
    exec(text) {
      // (the first match with no `word` after it, not only the first match: `UseDefaultCredentials = true`
      // set again after `Credentials`, "to fix the timeout", undoes them)
      let offset = 0;
      for (let seen = 0; seen < MAX_LATER_WORDS; seen++) {
        const m = pattern.exec(offset === 0 ? text : text.slice(offset));
        if (!m) return null;
        m.index += offset;
        if (!inUseAfter(text, word, m.index)) return m;
        offset = m.index + m[0].length;
      }
      return null;
    },
  };
}

const MAX_LATER_WORDS = 20;

/** `word` after `from` on a line that is not commented out (`// await client.AuthenticateAsync(...)` is not in use). */
function inUseAfter(text: string, word: string | RegExp, from: number): boolean {
  const find = typeof word === 'string' ? null : new RegExp(word.source, `${word.flags.replace('g', '')}g`);
  // (the next occurrence at or after `at`, and its length)
  const next = (at: number): [number, number] => {
    if (!find) return [text.indexOf(word as string, at), (word as string).length];
    find.lastIndex = at;
    const m = find.exec(text);
    return m ? [m.index, Math.max(1, m[0].length)] : [-1, 0];
  };
  let [at, length] = next(from);
  for (let seen = 0; at !== -1 && seen < MAX_LATER_WORDS; seen++, [at, length] = next(at + length)) {
    if (!COMMENTED_OUT.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) return true;
  }
  return at !== -1;
}

const CLIENT_MAIL_FROM = new RegExp(String.raw`${CLIENT_SAYS}[ \t]*mail from`, 'im');
/**
 * The client's greeting, marked as the client's (`>>> EHLO`, `C: EHLO`, `{smtpc} >>> EHLO`): a session
 * shown from its start, whatever the paste's format. (Not a bare "EHLO" at a line's start.)
 */
const CLIENT_EHLO = new RegExp(String.raw`${CLIENT_SAYS.replace(/\|\^\)$/, ')')}[ \t]*(?:ehlo|helo)\b`, 'im');
/** A server's EHLO answer offering a login, `250-AUTH PLAIN LOGIN` (not an `AUTH=` parameter's). */
const AUTH_OFFERED = /\b250[- ]auth[ \t]+(?:plain|login|cram-md5|xoauth2)\b/i;
/** Sendmail's `MAIL From:<a@b> AUTH=a@b`: the session had logged in, though the transcript shows no AUTH. */
const MAIL_FROM_AUTH_PARAMETER = /\bmail from:[^\n]{0,300}\bauth=(?!<>)\S/i;

/**
 * Postfix's settings shown with a SASL password map but without `smtp_sasl_auth_enable = yes` (off by
 * default): Postfix then never logs in, whatever the map holds. The map's line, or null.
 */
const SASL_ENABLED = /^[ \t]*smtp_sasl_auth_enable[ \t]*=[ \t]*yes\b/im;

function postfixSaslNotEnabled(text: string): string | null {
  if (!text.includes('smtp_sasl_password_maps') || /\bsmtp_sasl_auth_enable\b/.test(text)) return null;
  const map = /^[ \t]*smtp_sasl_password_maps[ \t]*=[^\n]{0,200}/m.exec(text);
  return map ? map[0].trim() : null;
}

/**
 * A mail server's own log of a client's login it turned down: Exim's "dovecot_login authenticator failed for
 * (User) [ip]: 535 ...", Postfix smtpd's "SASL LOGIN authentication failed". A stranger's login to that server
 * (often a bot's), not the login of the session that sends.
 */
const SERVER_REFUSED_CLIENT_LOGIN = /\bauthenticator failed for\b|\bsmtpd\[\d{1,10}\]:[^\n]{0,300}?\bsasl [\w-]{1,20} authentication failed\b/i;

const NO_SASL_MECHANISM = /\bno mechanism available\b/i;

/** The Mailgun host a DNS listing's CNAME record makes `host` an alias of, or null. */
function mailgunAliasTarget(text: string, host: string): string | null {
  // (dig's record, `name. 300 IN CNAME target.`, or the `host` command's "name is an alias for target.")
  const record = new RegExp(String.raw`(?:^|\n)[ \t]*${escapeLiteral(host)}\.?(?:[ \t]+(?:\d{1,10}[ \t]+)?(?:IN[ \t]+)?CNAME|[ \t]+is an alias for)[ \t]+([a-z0-9.-]{1,253}?)\.?[ \t]*(?:\r?\n|$)`, 'i').exec(text);
  const target = record?.[1]?.toLowerCase();
  return target && hostRole(target) !== 'other' ? target : null;
}

/** `text` with such lines blanked (same length). */
function withoutServerLoginFailures(text: string): string {
  if (!/authenticat/i.test(text)) return text;
  return text.replace(/^[^\n]*authenticat[^\n]*/gim, (line) => (SERVER_REFUSED_CLIENT_LOGIN.test(line) ? ' '.repeat(line.length) : line));
}

/**
 * `refusalAt`: where the relay refusal stands in `pasted` (whose refusals are blanked, positions kept), or -1; `serverRefusal`:
 * it is a server's refusal, not only the relay words of a person's line.
 */
function findAuth(pasted: string, source: SourceFormat, features: FeatureMap, refusalAt: number, serverRefusal: boolean): boolean | null {
  const { text, from } = refusedSession(withoutServerLoginFailures(pasted), refusalAt);
  // Postfix's SASL library had no mechanism to log in with ("no mechanism available"): it sent no login at all.
  const noMechanism = NO_SASL_MECHANISM.exec(text);
  if (noMechanism) {
    features.set('auth:none', lineAt(text, noMechanism.index));
    return false;
  }
  // (a login after the refusal belongs to a later session, a retry with --auth: it did not log the refused one in)
  const firstLogin = AUTH_SUCCEEDED.exec(text);
  // (nor a login of a session that ended before the refusal: a test that worked, then the app's own failing session)
  const lastLogin = firstLogin && refusalAt !== -1 && firstLogin.index < refusalAt - from ? ([...text.slice(0, refusalAt - from).matchAll(AUTH_SUCCEEDED_ALL)].at(-1) ?? null) : null;
  // (the last login before the refusal: a second session's own login, under a first one that closed, logged that one in)
  const closedBefore = lastLogin ? SESSION_CLOSED_ANYWHERE.test(text.slice(lastLogin.index, refusalAt - from)) : false;
  const loggedIn = firstLogin && !closedBefore && (!serverRefusal || firstLogin.index < refusalAt - from) ? firstLogin : null;
  // (a login before STARTTLS is undone by it: the session that went on to RCPT TO had not logged in)
  const reset = loggedIn && refusalAt !== -1 ? startTlsBetween(text, loggedIn.index, refusalAt - from) : null;
  if (reset) features.set('auth:reset-by-starttls', reset);
  const succeeded = reset ? null : loggedIn;
  if (succeeded) features.set('auth:succeeded', succeeded[0].trim());
  const sent = AUTH_SENT.exec(text);
  if (sent) {
    features.set('auth:attempted', sent[0].trim());
    // A login the server turned down (535) leaves the session unauthenticated: what a later relay refusal answers.
    // (not a log's refused login of an earlier day: "Mar 04 ... 535" above "Mar 11 ... Relaying denied" is another session's,
    // the password problem the customer fixed last week)
    const refused = succeeded ? null : refusedLoginOfDay(text, refusalAt === -1 ? -1 : refusalAt - from);
    if (refused) features.set('auth:refused', refused[0].trim());
    // (in the very session refused after it, no new greeting or close between: the program went on without its login, one problem)
    const between = refused && refusalAt !== -1 && refused.index < refusalAt - from ? text.slice(refused.index + refused[0].length, refusalAt - from) : null;
    // (a transcript's own MAIL FROM between them: one session's commands, not two programs' errors pasted one under the other)
    if (between !== null && between.length <= SESSION_SPAN && MAIL_FROM_SENT.test(between) && !SESSION_CLOSED_ANYWHERE.test(between) && !SESSION_GREETED_AGAIN.test(between)) features.set('auth:refused-then-relay', refused![0].trim());
    const placeholder = refused ? placeholderPasswordSent(text) : null;
    if (placeholder) features.set('auth:placeholder-password-sent', placeholder);
    return true;
  }
  // (before the session it connects for: the debug line comes before the server's banner)
  const jakartaNoAuth = JAKARTA_NO_AUTH.exec(pasted);
  if (jakartaNoAuth) {
    features.set('auth:none', jakartaNoAuth[0].trim());
    return false;
  }
  const mismatch = saslKeyMismatch(text);
  if (mismatch) {
    features.set('postfix-sasl-key-mismatch', mismatch);
    return false;
  }
  const passwdClient = eximPasswdClientMismatch(text);
  if (passwdClient) {
    features.set('exim-passwd-client-mismatch', passwdClient);
    return false;
  }
  const exactEntry = eximPasswdClientExactName(text);
  if (exactEntry) {
    features.set('exim-passwd-client-exact-name', exactEntry);
    return false;
  }
  const saslOff = postfixSaslNotEnabled(text);
  if (saslOff) {
    features.set('auth:none', saslOff);
    return false;
  }
  // (nor a leftover SMTP login of a Laravel app whose mailer is Mailgun's API, `MAIL_MAILER=mailgun`: it opens no SMTP session,
  // unless the paste shows one, a cached config's `SmtpTransport` error)
  const apiMailer = LARAVEL_API_MAILER.test(text) && !SMTP_TRANSPORT_SHOWN.test(text);
  for (const pattern of apiMailer ? [] : AUTH_NOT_SENT) {
    const m = unbetMatch(pattern, text);
    // (a commented-out switch beside the live one that turns it on: `#smtp_sasl_auth_enable = no`, then `smtp_sasl_auth_enable = yes`)
    if (m && /smtp_sasl_auth_enable/i.test(m[0]) && SASL_ENABLED.test(text)) continue;
    // (GitLab's `smtp_authentication'] = false` for a server of its own, `smtp_address'] = "exch02.corp.local"`: no Mailgun session)
    if (m && m[0].includes(']') && GITLAB_OTHER_SMTP_HOST.test(text)) continue;
    // (a code comment's words, "// local dev uses mailhog, no auth there": about another setup than the one that ran)
    if (m && /^(?:no|nil|null|without)\b/i.test(m[0]) && CODE_COMMENT_LINE.test(lineAt(text, m.index))) continue;
    if (m) {
      features.set('auth:none', excerptAround(text, m.index, m[0].length));
      return false;
    }
  }
  // A transcript in which the client sends MAIL FROM without ever sending AUTH.
  // (not one whose top the person says was cut off, with no EHLO left: its AUTH may have been in the lines lost)
  const shownFromItsStart = (source === 'smtp-transcript' && !TOP_CUT_OFF.test(pasted)) || (source !== 'bounce-email' && CLIENT_EHLO.test(text));
  const mailFrom = shownFromItsStart && !MAIL_FROM_AUTH_PARAMETER.test(text) ? CLIENT_MAIL_FROM.exec(text) : null;
  if (mailFrom) {
    features.set('auth:none', lineAt(text, mailFrom.index));
    return false;
  }
  // (or from the server's offer of a login on: `RECEIVED: 250-AUTH PLAIN LOGIN`, then the client's MAIL FROM with no AUTH between,
  // hMailServer's log cut below its greeting)
  const offered = source !== 'bounce-email' && !MAIL_FROM_AUTH_PARAMETER.test(text) ? AUTH_OFFERED.exec(text) : null;
  const afterOffer = offered ? CLIENT_MAIL_FROM.exec(text.slice(offered.index)) : null;
  if (offered && afterOffer) {
    features.set('auth:none', lineAt(text, offered.index + afterOffer.index));
    return false;
  }
  return null;
}

/** GitLab's SMTP host setting naming a server that is not Mailgun's. */
const GITLAB_OTHER_SMTP_HOST = /\bsmtp_address['"]\][ \t]*=[ \t]*["'](?![^"'\n]{0,200}mailgun)[^"'\n]{1,200}["']/i;

/** A person saying the paste's beginning is missing: "the top part got cut off when they copied it", "truncated at the start". */
const TOP_CUT_OFF = /\b(?:top|beginning|start|first (?:part|lines?|half))\b[^\n.]{0,30}?\b(?:(?:got|was|were|is|are|has been|have been)[ \t]+)?(?:cut off|cut|truncated|missing|lost)\b|\b(?:cut off|truncated)\b[^\n.]{0,20}?\bat the (?:top|beginning|start)\b/i;

/** A server's greeting that opens an SMTP session in a transcript (`<-  220 Mailgun Influx ready`, `S: 220 ...`). */
// (or after a logger's prefix, nodemailer's `[worker] [2024-09-17 10:05:40] DEBUG [Kq81Zt] S: 220 ...`)
const SERVER_GREETING = /^(?:[ \t]*(?:<-|<~|<<<|s:)?|[^\n]{1,80}?(?:\bs:|<-|<~|<<<))[ \t]*220[ -][^\n]*$/gim;

/**
 * Of several SMTP sessions pasted together (two swaks runs, two boxes), the one that got the relay refusal
 * at `refusal`: another session's login (235) says nothing of it. The whole text when it holds one session.
 * (A STARTTLS's "220 Ready to start TLS" starts a part of the same session: its login comes after it.)
 */
/** "the real address is a@x", "the correct address is a@x": the person's own reading of a misread or mistyped copy. */
const REAL_ADDRESS_SAID = new RegExp(String.raw`\b(?:the[ \t]+)?(?:real|right|correct|actual)[ \t]+(?:e-?mail[ \t]+)?address[ \t]+is[ \t]+<?(${EMAIL})`, 'i');
/** An address a letter or two off `real` at its domain: a misread copy of it. */
function misreadOf(address: string, real: string): boolean {
  const [local, domain] = [address.slice(0, address.lastIndexOf('@')), address.slice(address.lastIndexOf('@') + 1)];
  const [realLocal, realDomain] = [real.slice(0, real.lastIndexOf('@')), real.slice(real.lastIndexOf('@') + 1)];
  return domain === realDomain && local !== realLocal && local.length >= 4 && editDistance(local, realLocal) <= 2;
}

/** How many refused logins a session's text is searched for one of the refusal's own day. */
const LOGINS_READ = 20;
/** The first refused login (535) of `text` that is not a syslog line of an earlier day than the refusal at `refusal` (-1: any). */
function refusedLoginOfDay(text: string, refusal: number): RegExpExecArray | null {
  let read = 0;
  for (const m of text.matchAll(LOGIN_REFUSED_ALL)) {
    if (++read > LOGINS_READ) break;
    if (refusal === -1 || !earlierDay(text, m.index, refusal)) return m as RegExpExecArray;
  }
  return null;
}

/** A syslog line's day at its start: `Mar 04 09:13:40`, `Mar  4 09:13:40`. */
const SYSLOG_DAY = /^[ \t]*((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[ \t]{1,2}\d{1,2})[ \t]+\d\d:\d\d/i;
/** How many lines above the refusal its day may be read (its own line may be blanked by now: the nearest dated line above). */
const DAY_LINES_ABOVE = 5;
/** Whether the line at `at` is a syslog line of another day than the refusal's (both dated), and above it. */
function earlierDay(text: string, at: number, refusal: number): boolean {
  if (at >= refusal || refusal > text.length) return false;
  const dayOfLine = (start: number) => SYSLOG_DAY.exec(text.slice(start, start + 40))?.[1]?.replace(/[ \t]+0?/, ' ').toLowerCase();
  const day = dayOfLine(text.lastIndexOf('\n', at - 1) + 1);
  if (day === undefined) return false;
  let start = text.lastIndexOf('\n', refusal - 1) + 1;
  for (let line = 0; line <= DAY_LINES_ABOVE && start > at; line++) {
    const refusalDay = dayOfLine(start);
    if (refusalDay !== undefined) return refusalDay !== day;
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  return false;
}

function refusedSession(text: string, refusal: number): { text: string; from: number } {
  const whole = { text, from: 0 };
  if (refusal === -1 || !text.includes('220')) return whole;
  const greetings = [...text.matchAll(SERVER_GREETING)].slice(0, MAX_SESSIONS);
  // (one session with one server, then a log's refusal by another: "host smtp.eu.mailgun.org[...] said: 550 ..." under a
  // swaks test of the office's own relay, whose 235 logged that test in, not the relay's own session with Mailgun)
  const before = greetings.filter((m) => m.index < refusal && GREETED_HOST.test(m[0])).at(-1);
  const otherServer = before ? otherServerRefused(text, before[0], refusal) : null;
  if (otherServer !== null) return { text: text.slice(otherServer), from: otherServer };
  const starts = greetings.map((m) => m.index);
  if (starts.length < 2) return whole;
  const from = starts.filter((at) => at < refusal).at(-1);
  if (from === undefined) return whole;
  const to = starts.find((at) => at > refusal) ?? text.length;
  return { text: text.slice(from, to), from };
}

/**
 * Where the report of the refusal starts, when it names another server than the one greeting above ("host X said:" on
 * its line, or on the line it is wrapped under; a DSN's "Remote-MTA: dns; X" in the few lines before its Diagnostic-Code),
 * else null.
 */
function otherServerRefused(text: string, greeting: string, refusal: number): number | null {
  const lineStart = text.lastIndexOf('\n', refusal) + 1;
  const end = text.indexOf('\n', refusal);
  const ownLine = LOG_HOST_SAID.exec(text.slice(lineStart, end === -1 ? undefined : end));
  const before = ownLine ? null : ([...text.slice(Math.max(0, lineStart - REPORT_LOOKBACK), lineStart).matchAll(LOG_HOST_SAID_GLOBAL)].at(-1) ?? null);
  const named = ownLine ?? before;
  const said = (named?.[1] ?? named?.[2] ?? named?.[3])?.toLowerCase();
  const greeted = GREETED_HOST.exec(greeting)?.[1]?.toLowerCase();
  if (!said || !greeted || said === greeted) return null;
  return ownLine ? lineStart : text.lastIndexOf('\n', Math.max(0, lineStart - REPORT_LOOKBACK) + before!.index) + 1;
}
// (Postfix's "host X[ip] said:", or its `relay=X[ip]:587` where the refusal's words are blanked by now; a DSN's Remote-MTA)
const LOG_HOST_SAID_SOURCE = String.raw`\bhost[ \t]+(${HOST})(?:\[|[ \t]+said:)|\brelay=(${HOST})\[|^remote-mta:[ \t]*dns;[ \t]*(${HOST})`;
const LOG_HOST_SAID = new RegExp(LOG_HOST_SAID_SOURCE, 'im');
const LOG_HOST_SAID_GLOBAL = new RegExp(LOG_HOST_SAID_SOURCE, 'gim');
/** How far before the refusal's line a report may name its server (a DSN's Remote-MTA two or three lines up). */
const REPORT_LOOKBACK = 400;

/** Whether a session's server greets as `host` (`220 mx.example.org ESMTP`). */
function greetedBy(text: string, host: string): boolean {
  for (const m of text.matchAll(GREETED_HOSTS)) if (m[1]!.toLowerCase() === host) return true;
  return false;
}
const GREETED_HOSTS = new RegExp(String.raw`220[ -](${HOST})\b`, 'gi');
const GREETED_HOST = new RegExp(String.raw`220[ -](${HOST})\b`, 'i');

/**
 * The server's go-ahead for STARTTLS in any transcript's form (`reply: b'220 2.0.0 Ready to start TLS'`,
 * `<< 220 Go ahead`). TLS starts the session over: the server forgets a login made before it (RFC 3207).
 */
const STARTTLS_READY = /\b220[ -](?:2\.0\.0[ \t]+)?(?:ready to start tls|go ahead\b|start tls\b)[^\n]{0,40}/gi;

/** The STARTTLS go-ahead between a login (at `login`) and the refusal (at `refusal`), both positions in `text`, or null. */
function startTlsBetween(text: string, login: number, refusal: number): string | null {
  if (refusal <= login) return null;
  STARTTLS_READY.lastIndex = login;
  const ready = STARTTLS_READY.exec(text);
  return ready && ready.index < refusal ? ready[0].trim() : null;
}

const RELAYHOST_VALUE = /^[ \t]*relayhost[ \t]*=[ \t]*(\S{1,300})/im;
/** A sasl_passwd line: `[smtp.mailgun.org]:587 postmaster@mg.example.com:PASSWORD` (the password redacted by now). */
// (the login an address, or a bare name such as SendGrid's `apikey`)
// (the key a host, with a dot or in brackets, and the login no call's parentheses: not a Java stack frame,
// `\tat org.example.Transport.rcptTo(Transport.java:2064)`)
// (a line of the file, or one quoted after its name: "/etc/postfix/sasl_passwd: `smtp.mailgun.org:587 postmaster@x:********`")
const SASL_PASSWD_KEY = /^[ \t]*(?:[\w./-]{0,40}sasl_passwd:[ \t]*[`'"]?)?(\[[a-z0-9][a-z0-9.-]{0,252}\](?::\d{1,5})?|[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,10}(?::\d{1,5})?)[ \t]+(?:[^\s:@()]{1,64}@)?[^\s:@()]{1,200}:\S/im;

/**
 * Postfix looks the login up in sasl_passwd by the relayhost value exactly as written: with
 * `relayhost = [smtp.mailgun.org]:587`, an entry for `smtp.mailgun.org` (or `[smtp.mailgun.org]:2525`)
 * is never found, and Postfix sends no login at all. The two, when they name the same host differently.
 */
function saslKeyMismatch(text: string): string | null {
  if (!text.includes('relayhost')) return null;
  // (or the relay a sender-dependent map gives the Mailgun sender, `@mg.x.com  smtp.mailgun.org:587`)
  const mainRelay = RELAYHOST_VALUE.exec(text)?.[1];
  const senderRelay = mainRelay === undefined && text.includes('sender_dependent_relayhost_maps') ? SENDER_RELAY_MAILGUN.exec(text)?.[1] : undefined;
  const relayhost = mainRelay ?? senderRelay;
  if (!relayhost) return null;
  // (every entry: the file may hold one for another relay too; none written exactly as the relayhost is a miss,
  // whether it names the host differently or names another host, such as the US host for an EU relayhost)
  const keys = [...text.matchAll(SASL_PASSWD_KEYS)].slice(0, MAX_SASL_KEYS).map((m) => m[1]!);
  if (keys.length === 0 || keys.some((key) => key.toLowerCase() === relayhost.toLowerCase())) return null;
  // (the relay a per-sender map names is written so, the reply says which: no relayhost for all mail then)
  return `${senderRelay !== undefined ? 'sender relay' : 'relayhost'} = ${relayhost} · sasl_passwd: ${keys[0]}`;
}
const SASL_PASSWD_KEYS = new RegExp(SASL_PASSWD_KEY.source, 'gim');
/** A sender-dependent relay map's line for a Mailgun host (`@mg.x.com  smtp.mailgun.org:587`, `billing@x.com  [smtp.mailgun.org]:587`): the relay, as the map writes it. */
const SENDER_RELAY_MAILGUN = /^[ \t]*(?:[\w.+-]{0,64}@[\w.-]{1,200}|[\w-]{1,63}(?:\.[\w-]{1,63}){1,6})[ \t]+(\[?smtp\.(?:eu\.)?mailgun\.org\]?(?::\d{2,5})?)[ \t]*$/im;

/** Debian's Exim smarthost (`dc_smarthost='smtp.eu.mailgun.org::587'`) or a router's `route_list = * smtp.eu.mailgun.org::587`. */
const EXIM_SMARTHOST = /^[ \t]*(?:dc_smarthost[ \t]*=[ \t]*["']?|route_list[ \t]*=[ \t]*\*[ \t]+)([a-z0-9][a-z0-9.-]{0,252})/im;
/** A passwd.client line: `smtp.mailgun.org:postmaster@mg.example.com:PASSWORD` (or `*.mailgun.org:...`, `*:...`). */
const EXIM_PASSWD_CLIENT_KEYS = /^[ \t]*(\*|\*?[a-z0-9.-]{1,253}):[^\s:@]{1,64}@[^\s:@]{1,200}:\S/gim;
const MAX_PASSWD_CLIENT_KEYS = 20;
const EXIM_SMARTHOST_DELIVERY = /\bR=[\w-]{0,40}smart[\w-]{0,40}[ \t]+T=[\w-]{1,60}[ \t]+H=([a-z0-9][a-z0-9.-]{0,252})/i;

/**
 * Debian's Exim looks the login up in passwd.client by the smarthost's name: an entry for
 * `smtp.mailgun.org` is never found for `dc_smarthost='smtp.eu.mailgun.org::587'`, and Exim sends no
 * login at all. The two, when no entry (a wildcard included) names the smarthost.
 */
/** A line that names passwd.client in words, and the Mailgun SMTP hosts it names. */
const PASSWD_CLIENT_SAID = /^[^\n]*passwd\.client\b[^\n]*/m;
const MAILGUN_SMTP_HOSTS = /\bsmtp(?:\.eu)?\.mailgun\.org\b/gi;

// (cPanel's file is /etc/exim.passwd, its authenticator's lookup keyed by the host the same way)
function eximPasswdClientMismatch(text: string): string | null {
  if (!text.includes('passwd.client') && !text.includes('exim.passwd')) return null;
  // (its setting, or the host its smarthost router delivered to in the log: `R=smarthost_mailgun T=... H=smtp.eu.mailgun.org`)
  const smarthost = (EXIM_SMARTHOST.exec(text) ?? EXIM_SMARTHOST_DELIVERY.exec(text))?.[1]?.toLowerCase().replace(/\.$/, '');
  if (!smarthost) return null;
  const fileKeys = [...text.matchAll(EXIM_PASSWD_CLIENT_KEYS)].slice(0, MAX_PASSWD_CLIENT_KEYS).map((m) => m[1]!.toLowerCase());
  // (or said in words, when the file is not shown: 'the login is in /etc/exim.passwd.client but "smtp.mailgun.org" is the hostname in there')
  const keys = fileKeys.length > 0 ? fileKeys : [...(PASSWD_CLIENT_SAID.exec(text)?.[0] ?? '').matchAll(MAILGUN_SMTP_HOSTS)].map((m) => m[0].toLowerCase());
  const names = (key: string) => key === smarthost || key === '*' || (key.startsWith('*') && smarthost.endsWith(key.slice(1)));
  if (keys.length === 0 || keys.some(names)) return null;
  // (the file as the paste names it: cPanel's /etc/exim.passwd, or Debian's passwd.client)
  return `smarthost ${smarthost} · ${text.includes('passwd.client') ? 'passwd.client' : '/etc/exim.passwd'}: ${keys[0]}`;
}
const MAX_SASL_KEYS = 20;

/**
 * Debian's exim4 looks its passwd.client up by the name DNS gives the address it connects to (exim4_passwd_client(5)),
 * not by dc_smarthost: an entry keyed by Mailgun's host name exactly, and no wildcard, beside Mailgun's refusal of that
 * smarthost's session is most likely never found. The entry's line, or null.
 */
function eximPasswdClientExactName(text: string): string | null {
  if (!text.includes('passwd.client')) return null;
  const smarthost = (EXIM_SMARTHOST.exec(text) ?? EXIM_SMARTHOST_DELIVERY.exec(text))?.[1]?.toLowerCase().replace(/\.$/, '');
  if (!smarthost || !MAILGUN_SMTP.test(smarthost)) return null;
  // (not where the log shows the entry at work, `A=login`, nor beside TLS avoided for the smarthost: another cause)
  if (/\bA=[\w-]{1,40}/.test(text) || /AVOID_TLS/.test(text)) return null;
  const entries = [...text.matchAll(EXIM_PASSWD_CLIENT_KEYS)].slice(0, MAX_PASSWD_CLIENT_KEYS);
  if (entries.length === 0 || entries.some((m) => m[1]!.startsWith('*'))) return null;
  const exact = entries.find((m) => m[1]!.toLowerCase() === smarthost);
  return exact ? exact[0].trim().replace(/^([^:]+:[^:]+:).+$/, '$1…') : null;
}

// ---------------------------------------------------------------- recipients

/** What stands just before an address that makes it a recipient (tested on the 100 characters before it). */
// (written as a lookbehind at the end, `$(?<=...)`: V8 then tries the alternatives once, backwards from the end, instead of
// from each of the 100 starting places; the same answer, a third of the time)
const RECIPIENT_BEFORE = new RegExp(
  // (`\tFailed\t`: the legacy logs view's row, copied: `May 14, 2024 07:45:11 AM<tab>Failed<tab>address<tab>subject`;
  // the same row retyped as a table, "Feb 10, 2025 14:22:09 | Failed | a@x | subject"; an application's own list,
  // "Invalid addresses for booking HRT-55812: [a@x, b@y]"; a Ruby job's arguments, `{"to"=>"a@x"}`, not a printed
  // event's message headers, `"headers"=>{"to"=>...}`, the original message's address; an app's own log line,
  // "Payslip delivery failed for employee 4471 (a@x)", "No se pudo enviar recordatorio a a@x", "Mailversand an a@x fehlgeschlagen",
  // "Falha ao enviar e-mail para a@x", "Не вдалося надіслати лист на a@x"; a bare `to=a@x` after a failure's quoted message, `{"message":"..."} to=a@x`; GitLab's `Notify.test_email('a@x', ...)`;
  // a log line's JSON context after a failure, `Password reset mail failed {"to":"a@x"}`, "failing recipient in the job payload:
  // `"to":"a@x"`"; a logs row's `sender → recipient`;
  // swaks's `--to a@x` on its own command line, not in a sentence about another test; a logfmt line's `recipients=[a@x]`, Grafana's;
  // a logs row whose sender is the sending domain, "Failed: mg.x.com → a@y", "mg.x.com  →  a@y"; a platform's notice,
  // "We tried to forward a message from your guest (reservation 42) to a@x"; Exchange's tracking log, "Recipients : {a@x}";
  // nullmailer's "From: <a@x> to: <b@y>"; a Logs detail's heading, its address after spaces, `Temporary Failure   a@x`, or after
  // an arrow, `Temporary failure  →  a@x`; Polish "Adresat w tym jobie: a@x"; "the job args show the recipient as a@x"; a monitor's
  // Spanish "Destinatario de prueba: a@x", French "Destinataire du test : a@x"; a logs page's row typed out in Portuguese or
  // Spanish, "Failed • Permanent • ..." over "Para: a@x" (not a bounce's own header, its "Para:" the sender); a Logs page filtered by it, "Logs for a@x:"; a scanner's Flemish "Bestemmeling: a@x" (Dutch "Bestemming:"); a mailer's "failed rcpt=a@x"; a label with words between, "Ontvanger in de trace: a@x", "destinataire qui échoue : a@x"; a scanner's journal, "SCAN->a@x")
  String.raw`$(?<=(?:(?:final|original)-?recipient["']?\s*:\s*["']?rfc/?822\s*;\s*<?|rcpt to:\s*<|\bto=(?:[<[]|(?<=\berror="[^"\n]{1,300}"(?:[ \t]+[a-z_]{1,20}=(?:"[^"\n]{0,100}"|[^\s"=]{1,100})){0,4}[ \t]+to=))|\brecipients?=[[<"]?|\bfailed[ \t]+rcpt=|(?:recipients? (?:failed|refused|rejected)|failed permanently|following (?:address(?:es)?|recipients?)[^\n]{0,40}?|(?:siguientes destinatarios|seguintes destinatários|destinataires suivants|destinataire\(s\) suivant\(s\)|folgenden? empfänger|seguenti destinatari)[^\n]{0,40}?|recipients or groups|mottagare eller grupper|empfänger oder gruppen|destinataires ou groupes|destinatarios o grupos|destinatários ou grupos|geadresseerden of groepen|volgende geadresseerden?(?: of geadresseerden)?|παραλήπτες ή ομάδες[^\n]{0,20}?|následujícím příjemcům[^\n]{0,30}?|受信者またはグループ[^\n]{0,20}?|destinatari o gruppi|adresatów lub grup|modtagere eller grupper|mottakere eller grupper|mottakerne eller gruppene|delivered to|deliver your message to the following address\.?)\s*:?\s*["']?<?|unable to relay (?:for|to)\s+<?|\brelay(?:ing)? (?:access )?denied (?:for|to)\s+<?|(?:->|→)\s*to:\s*["']?|failedrecipient["']?\s*[:=]\s*["']?<?|\bmailbox\s*[:=]\s*(?:"[^"\n]{0,80}"\s*)?<?|\brejected["']?\s*:\s*\[\s*['"]<?|your message to\s+<?|\b(?:tried|attempted|trying) to (?:forward|deliver|send) (?:an? |the |your )?(?:message|e-?mail|mail)\b[^\n@]{0,80}?\bto\s+<?|couldn't be delivered to\s+(?:\*{1,2}|_)?<?|(?:nie została dostarczona do|nebyla doručena (?:na|do)|no se pudo entregar a|n'a pas pu être remis à|não pôde ser entregue a|kon niet worden bezorgd (?:bij|aan))\s+<?|\bsent to\s+<?|(?:emailing|e-mailing|writing to|writes? to|sending to|sends? to|mail(?:s|ing)? to|emails? to)\s+(?:(?:their|his|her|our|my|a|the)[ \t]+(?:colleague|co-?worker|boss|manager|customer|client|friend|partner|supplier|accountant)[ \t]+)?<?|\b(?:sends?|sending|forwards?|e-?mails?|mails?)\s+(?:(?:the|an?|its|their|our|each|every)\s+)?(?:(?:session|appointment|booking|order|payment|password|account|welcome|weekly|daily|monthly)\s+)?(?:enquir(?:y|ies)|inquir(?:y|ies)|submissions?|notifications?|alerts?|incidents?|tickets?|digests?|reports?|invoices?|receipts?|statements?|reminders?|confirmations?|newsletters?)(?:\s+#?[\w-]{1,30})?\s+to\s+(?:(?:parent|customer|client|user|member|patient|guest|student)\s+)?<?|(?:^|\n)[ \t]*-[ \t]+to:[ \t]*['"]|(?:^|\n)[ \t]*failed(?:[ \t]*[·•|][ \t]*(?:permanent|temporary))?[ \t]*(?:[·•|]|\t)[^\n]{0,40}\n[ \t]*<?|(?:^|\s)-to\s+["']?|\s--to=["']?|\bswaks\b[^\n]{0,80}?\s--to\s+["']?|\bfailed(?: permanent(?:ly)?| temporar(?:y|ily))? to\s+<?|\b(?:failed|bounced|rejected|dropped)\b[^\n]{0,80}@[a-z0-9.-]{1,253}\s+(?:→|->|⇒)\s+<?|(?:^|\n)[ \t>]*<?[^\s@<>]{1,64}@[a-z0-9.-]{1,253}>?[ \t]+(?:→|->|⇒)[ \t]+<?|(?:^|\n|\b(?:failed|bounced|rejected|dropped|temporary failure)\b:?)[ \t]*[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}[ \t]+(?:→|->|⇒)[ \t]+<?|\bwith arguments:\s*\[?\s*(?:"[^"\n@]{0,60}",\s*){0,3}["']|\bsending e-?mail to:?\s+<?|\bdurante il recapito del messaggio a\s+<?|\b(?:invio|consegna) fallit[oa] a\s+<?|\bnon è stato recapitato a\s+<?|\bfailed[ \t]*\((?:permanent|temporary)\)[ \t]+for\s+<?|تسليم رسالتك إلى\s+<?|收\s{0,3}件\s{0,3}人\s{0,3}[:：]\s{0,3}(?:"[^"\n]{0,40}"\s{0,3})?<|收件人(?:邮件|郵件)?地址\s{0,3}[（(]|\berror sending e-?mail \(from [^\s()]{1,254} to\s+<?|\bmottagaren (?:var|är)\s+<?|\.rcpt\(\s*["']|->rcpt\(\s*["']|\.send_message\(?[ \t]*[\w.]{1,40}[ \t]*,[ \t]*["'][^"'\n]{1,254}["'][ \t]*,[ \t]*\[?[ \t]*["']<?|\b[dD]o[rR]cpt[tT]o[cC]ommand\(\s*["']|\bdestina(?:tion|zione)\s*:\s*<?|\bdest\.[ \t]{0,3}:[ \t]{0,3}<?|\brecipient\(s\) cannot be reached:\s{0,40}'?|(?:^|\n)[ \t]*recipients[ \t]*:[ \t]*\{[ \t]*|\bnullmailer\[\d{1,8}\]:[^\n]{0,200}?\bto:[ \t]*<|\bmailitem to='|\bto_address(?:["']?\s*(?:=>|[:=])\s*["']|\t+)|"to"\s*:\s*\[\s*"<?|"to"(?<="(?:level|msg|caller|error)"[^\n]{0,300}"to")\s*:\s*"<?|"to"(?<=\bfail(?:s|ed|ure|ing)?\b[^\n]{0,100}"to")\s*:\s*"<?|"(?:recipient|to)_?(?:email|address)"\s*:\s*"<?|"recipient"(?<=\bfail(?:s|ed|ure)?\b[^\n]{0,100}"recipient")\s*:\s*"<?|\brejected (?:e-?mail )?address (?:was|is)\s*:?\s*['"<]?|(?:^|\n)[ \t]*(?:failed|permanent failure|temporary failure)\b[^\n@]{0,100}?(?:\t|[ \t][|·•—])[ \t]*<?|(?:^|\n)[ \t]*(?:failed|permanent failure|temporary failure)[ \t]{2,}<?|\.to\s*=\s*["']|\.to\.add\(\s*["']|\brecipient(?: address)?:?\s+<?|\brecipient:\s*\[smtp:|\bempfänger\s*:?\s*["'„“<]?|\b(?:mail )?receiver(?: ?\d)?[ \t]*:[ \t]*<?|\bto e-?mail[ \t]*:[ \t]*<?|\bthe recipient\s{1,3}["\u201c]|\buw bericht heeft\s+<?|\bis niet bezorgd bij\s+<?|(?:^|\n)[ \t]*to e-?mail[ \t]{2,}|\b(?:failed to|could not|couldn't|unable to) send\b[^\n@]{0,40}?\bto\s+<?|\bno se pud(?:o|ieron) enviar\b[^\n@]{0,40}?\ba\s+<?|(?:не вдалося надіслати|не удалось отправить)[^\n@]{0,40}?(?<![а-яіїєґё])на\s+<?|\b(?:mailversand|e-?mail-?versand|zustellung)\s+an\s+<?|\bbetroffen\b[^\n@]{0,60}?[ \t]an\s+<?|\b(?:generating server|genererende server|generierender server|servidor de generación|serveur de génération|server di generazione)[ \t]*:[^\n]{1,100}\n[ \t]*<?|\bdestination[ \t]+address[ \t]+<?|\baction:[ \t]*forward[ \t]+to[ \t]+<?|\bkonnte nicht zugestellt werden an\s*:?\s*<?|\b(?:versand|zustellung|senden) fehlgeschlagen an\s+<?|\bfailed for\b[^\n@()]{0,40}?\(\s*<?|\btest_email\(\s*["']|\bforwarded to[ \t]*:[ \t]*<?|\b(?:failed|temporary failure|permanent failure)[*_]{0,2}(?: \((?:permanent|temporary)\))?[ \t]*(?:→|->)[ \t]*<?|\badresat\b[^\n@:]{0,30}:[ \t]*<?|\bdestinatario(?:[ \t]+(?:de[ \t]+prueba|che[ \t]+fallisce|fallito|rifiutato|in[ \t]+errore|que[ \t]+falla|fallido|rechazado))?[ \t]*:[ \t]*<?|\bdestinataire[ \t]+(?:du|de)[ \t]+test[ \t]*:[ \t]*<?|(?:^|\n)[ \t]*(?:failed|falhou|falha|falló|fallido|permanent|permanente)\b[^\n]{0,80}\n[ \t]*para[ \t]*:[ \t]*<?|(?:^|\n)[ \t]*(?:logs|events)[ \t]+for[ \t]+<?|\bbestemm(?:eling|ing)[ \t]*:[ \t]*<?|\b(?:show|shows|showed|list|lists|listed|has|have|had|gives?|gave)[ \t]+the[ \t]+recipient[ \t]+as[ \t]+<?|(?:^|\n)[ \t]*failed[ \t]+[-–—][ \t]+(?:permanent|temporary)[ \t]+[-–—][ \t]+<?|●[ \t]*failed[ \t]{2,}<?|\t(?:failed|temporary fail(?:ure)?|dropped)\t<?|\|[ \t]*(?:failed|temporary fail(?:ure)?|dropped)[ \t]*\|(?:[^|\n@]{0,40}\|)?[ \t]*<?|(?<!"headers"=>\s{0,10}\{\s{0,10})"to"[ \t]*=>[ \t]*["']<?|\bto:[ \t]*\[[ \t]*["']<?|\bto:[ \t]*\[[ \t]*\{[ \t]*"[^"\n]{0,80}"[ \t]*,[ \t]*"<?|\b(?:invited|davet[ \t]+edilen)[ \t]*:[ \t]*<?|\bfailed[ \t]*\((?:permanent|temporary)\)[ \t]*\n[ \t]*to:[ \t]*<?|\binvalid addresses\b[^\n:]{0,40}:[ \t]*\[[ \t]*(?:[^\s,\[\]@]{1,64}@[^\s,\[\]]{1,253},[ \t]*){0,10}|` +
    // The same in the words of people and localised bounces (French, Japanese, Spanish, German, Portuguese, Italian, Dutch, Polish, Russian).
    // (a test's address said, "The test goes to the admin's own address, a@x", "Die Test-Mail sollte an meine Adresse a@x gehen",
    // "Test-Empfänger war sein eigenes Postfach a@x", "test address was the admin's own: a@x")
    String.raw`\btest(?:[ -]?(?:e-?)?mail|[ \t]+message)?[ \t]+(?:goes|went|is[ \t]+sent|was[ \t]+sent)[ \t]+to[ \t]+(?:[^\n@]{0,40}?\b(?:address|mailbox)[ \t,:]+)?<?|\btest-?mail\b[^\n@]{0,30}?\ban[ \t]+(?:meine|seine|ihre|die|unsere)[ \t]+(?:e-?mail-?)?adresse[ \t]+<?|\btest[- ]?(?:empfänger(?:in)?|recipient|address|adresse)[ \t]+(?:war|was|is|ist|=)[^\n@]{0,40}?[ \t:]<?|` +
    // ("Recipient is my colleague's address a@x")
    String.raw`\brecipient (?:was|is)[ \t]+(?:my|our|his|her|their|a|the)[ \t]+(?:[\w'\u2019-]{1,20}[ \t]+){0,2}?(?:e-?mail[ \t]+)?address[ \t]+<?|\b(?:recipient|rcpt) (?:was|is)(?:\s+(?:still|now|also))?\s*:?\s*<?|\b(?:ontvanger|empfänger|destinataire|destinatario|destinatário|odbiorca|alıcı) (?:was|is|war|ist|était|est|era|es|é|był|była|to)\s*:?\s*<?|(?:^|\n|,[ \t]*)[ \t]*(?:destinatario|destinatário|destinataire|empfänger|ontvanger|odbiorca) <?|\brecipient (?:in|of|for|that|which|who) [^\n@:<>.]{1,30}? (?:was|is)\s+<?|\b(?:recipient|ontvanger|empfänger|destinataire|destinatario|destinatário|odbiorca) (?:in (?:this|that|dit|dat|diesem) (?:case|geval|fall)|en (?:este|ese) caso|dans ce cas|neste caso|nesse caso|w tym przypadku)\s*:\s*<?|\b(?:het|die|de mail|it|the mail|the e-?mail|the message) (?:ging|went) (?:naar|to)\s+<?|\b(?:sie|die mail|die e-?mail) ging an\s+<?|\b(?:iba|era|fue) (?:para|dirigido a|dirigida a)\s+<?|\b(?:foi|era|ia) (?:para|pra)\s+<?|\b(?:était|c'était) (?:pour|destiné à|destinée à)\s+<?|\b(?:era|è andata|andava) (?:per|a)\s+<?|\brecipient (?:was|is)[ \t]+(?:a|an|the|our|their|one of)\b[^\n@.;,:]{0,25}[,:][ \t]*<?|\brecipient (?:was|is)[ \t]+(?:their|our|his|her|my|the) own[ \t]+|\b(?:recipient|ontvanger|empfänger|destinataire|destinatario|destinatário|odbiorca)\b[^\n@:<>]{1,30}:[ \t]*<?|\bscan[ \t]*(?:->|→)[ \t]*<?|\bto(?<![\w.$-]to)(?<!(?:-F|--form)[ \t]{1,3}to)[ \t]*:?=[ \t]*["']|(?:empfänger oder gruppen|destinataires ou groupes|destinatarios o grupos|destinatários ou grupos|destinatari o gruppi|ontvangers of groepen|odbiorców lub grup|alıcılara veya gruplara)[^\n]{0,60}?:\s*<?|(?:\bempfänger|\bdestinat[aá]rio|\bdestinatari|\bontvanger|\bodbiorca|\badres[ \t]+odbiorcy|\bmottaker|\bmottagare|\bmodtager|\bvastaanottaja|\bpříjemce|(?:^|\s)получател[ьи])(?:[ \t]*\d{1,2})?\s*:\s*<?|\bdestinat[aá]ri[oa] (?:era|es|é)\s+<?|\bdestinat[aá]ri[oa] (?:que|che|de|del|en|da|do) [^\n@:<>.]{1,40}? (?:era|es|é|è)\s+<?|\bempfänger (?:war|ist)(?: übrigens)?\s+<?|(?<=\bsmtp[ \t]{1,10})an:[ \t]*<?|\bdestinataire(?: c'était| était| est)?\s*:?\s*<?|宛先\s*[:：]\s*<?|(?:su mensaje|ihre nachricht|sua mensagem|votre message) (?:a|an|para|à|pour)\s+<?|folgende empfänger nicht erreicht:\s*<?|n'a pas pu être (?:remis|distribué|délivré|livré)e? (?:à|au destinataire)\s+<?|\bdestinataires suivants\s*:\s*['<]?|\bversand an\s+<?|\bentregar (?:a )?mensagem (?:a|para)\s+<?|\b(?:sende|sendet|versende|versendet|schicke|schickt)\b[^\n@]{0,60}?\ban\s+<?|\bgeadresseerde\(?n?\)?[^\n]{0,40}?bereikt:\s*<?|\bniet bezorgd bij (?:deze|de volgende) geadresseerde\(?n?\)?:\s*<?|\b(?:sturen|versturen|mailen) naar\s+<?|\bihre nachricht hat\s+<?|\bnachricht wurde nicht an\s+<?|(?:entregar|enviar) (?:tu|su) mensaje a\s+<?|n[aã]o foi entregue (?:a|para)\s+<?|dostarczy[cć] wiadomo[sś]ci do(?: grupy)?\s+<?|` +
    // Japanese, Chinese, Korean and Arabic NDRs and logs (Gmail's Japanese "アドレス a@x にメールを配信できませんでした"); Outlook's
    // dialog in Japanese, German, French and Spanish ("拒否された電子メール アドレス: 'a@x'", "Die abgelehnte E-Mail-Adresse war 'a@x'");
    // people's "收件人是 a@x", "给我们 a@x 发邮件" (writing to our a@x), "nos escribe desde el móvil a a@x"; a logs
    // row's "Failed: Name <sender> → a@x 'Subject'"; people's words in other languages.
    String.raw`宛先\s*[=＝]\s*<?|宛先は\s*<?|收件人是\s*<?|给我们(?:的)?\s*<?|\bnos escribe\b[^\n@]{0,40}?[ \t]a[ \t]+<?|拒否された(?:電子)?\s*メール\s*アドレス\s*[:：]\s*['"‘]?<?|\b(?:destinatario rechazado|destinatário rejeitado|destinataire refusé|rejected recipient|abgelehnter empfänger|destinatario que fall[óo]|nie można dostarczyć do)\s*:\s*['"‘«„]?<?|\babgelehnte e-?mail-?adresse (?:war|ist)\s*:?\s*['"„<]?|\bzurückgewiesene e-?mail-?adresse lautete\s*:?\s*['"„<]?|\b(?:cannot|can't|could not|couldn't|unable to) deliver (?:(?:the|this|your) )?(?:message )?to:[ \t]*<?|\bnie można dostarczyć wiadomości do:[ \t]*<?|\bfollowing address(?:\(es\)|es)?\s+failed:\s*["']?<?|\badresse (?:de messagerie|e-?mail) refusée (?:était|est)\s*:?\s*['"«<]?|\bdirección de correo(?: electrónico)? rechazada (?:fue|era|es)\s*:?\s*['"<]?|(?:^|\n)アドレス[ \t]*<?|\bfailed:[^\n→]{0,160}→[ \t]*<?|\benvoi(?:e|ent)?\b[^\n@]{0,40}? à\s+<?|メッセージを\s*<?|收件人\s*[:：=]\s*<?|받는\s*사람\s*[:：]\s*<?|للمستلم\s+<?|(?:escribe|escriben|escribiendo|schreibt|schreiben|écrit|écrivent|escreve|escrevem|escrevendo) (?:a|an|à|para|pra)\s+<?|(?:enviar|envío|envio|envoi|senden) (?:para|a|à|an)\s*\[?|\b(?:enviar|envío|envio|envoyer)\s+(?:(?:o|el|le|l')\s*)?(?:e-?mail|correo|mensagem|mensaje|message)\s+(?:para|a|à)\s+<?|[}\])"'][ \t]{1,3}to=|\[\]string\{\s*"|` +
    // PowerMTA's accounting record: type, two times, the sender, then the recipient (`b,2026-11-30 06:14:52+0000,...,orig,rcpt,`).
    // (a script's own recipient variable, PowerShell's `$To = "a@b"` for `Send-MailMessage -To $To`, PHP's `$to = 'a@b'` for mail())
    String.raw`(?:^|\n)[ \t]*\$(?:to|recipient|mailto|emailto)[ \t]*=[ \t]*["']|` +
    // (.NET's `new MailMessage("from@x", "to@y", ...)`, its `msg.To.Add("a@b")`, and a code comment's `// to: a@b` beside its Send;
    // Thunderbird's popup, "Please check the message recipient "a@b" and try again", "… du destinataire « a@b » …")
    String.raw`\bnew[ \t]+MailMessage\([ \t]*"[^"\n]{1,200}"[ \t]*,[ \t]*"|\.To\.Add\([ \t]*(?:new[ \t]+MailAddress\([ \t]*)?"|\/\/[ \t]*to:[ \t]*<?|\b(?:please[ \t]+check[ \t]+the[ \t]+message[ \t]+recipient|veuillez[ \t]+vérifier[ \t]+l'adresse[ \t]+électronique[ \t]+du[ \t]+destinataire|bitte[ \t]+überprüfen[ \t]+sie[ \t]+(?:den[ \t]+)?empfänger(?:[ \t]+der[ \t]+nachricht)?)[ \t]*["'«“„]?[ \t\u00a0]*<?|` +
    String.raw`(?:^|\n)[btdr],[\d :+-]{19,30},[\d :+-]{19,30},[^\s,@]{1,64}@[a-z0-9.-]{1,253},|` +
    // Go's net/smtp error: "rcpt <a@b>: 550 ..."; qmail-send's "starting delivery 88213: msg 4471902 to remote a@b".
    String.raw`(?:^|[\s:])rcpt <|\bdelivery \d{1,12}: msg \d{1,12} to remote |` +
    // (Jakarta Mail's SendFailedException under its trace, "Invalid Addresses: a@b"; a logs row typed with separators,
    // "failed / permanent / a@b", "failed · permanent · a@b")
    // (Business Central's test form, "Test sent to: a@b")
    // (or said of the log line above, "Invalid address in log line erboven: a@b"; Spanish "el correo que enviaste a a@b no ha salido")
    String.raw`(?:^|\n)[ \t]*invalid[ \t]+addresses?[ \t]*:[ \t]*<?|\binvalid[ \t]+address[ \t]+in\b[^\n@:]{0,40}:[ \t]*<?|\b(?:enviaste|envió|enviamos|enviaron|mandaste|mandó|mandamos)[ \t]+a[ \t]+<?|(?:^|\n)[ \t]*test[ \t]+(?:e-?mail[ \t]+)?sent[ \t]+to[ \t]*:[ \t]*<?|(?:^|\n)[ \t]*failed[ \t]*[/·|][ \t]*(?:permanent|temporary)[ \t]*[/·|][ \t]*<?|` +
    // Thunderbird's sending error: 'Please check the message recipient "a@b" and try again.' (wrapped before the address, too; in French,
    // Spanish and German, "Veuillez vérifier le destinataire « a@b »", Japanese, 'メッセージの受信者 "a@b" を確認'); a mail program's "rechazó el destinatario “a@b”"; ActionMailer's "delivering to a@b"
    String.raw`\bcheck the message recipient(?:[ \t]+|[ \t]*\n[ \t]*)["'\u201c]?|\bv[ée]rifier le destinataire(?: du message)?[ \t]*[«"'\u201c]?[ \t\u00a0]*|\b(?:compruebe|verifique|revise) el destinatario(?: del mensaje)?[ \t]*[«"'\u201c]?|\bverifique o destinatário(?: da mensagem)?[ \t]*[«"'\u201c]?|(?<![\w\u00c0-\u024f])(?:überprüfen sie|prüfen sie) den empfänger(?: der nachricht)?[ \t]*["'„\u201c]?|\brechaz[óo] (?:a )?(?:el|al) destinatario[ \t]*[«"'\u201c]?|(?<![\w\u00c0-\u024f])sprawdzi[ćc] adres e-?mail odbiorcy[ \t]*[„"'\u201c]?|\bzkontrolujte pros[ií]m p[řr][ií]jemce zpr[aá]vy[ \t]*[„"'\u201c]?|\bellenőrizze az üzenet címzettjét[ \t]*\(?[ \t]*["\u201e\u201c]?|メッセージの受信者[ \t]*["\u201c「]?|\[actionmailer\][ \t]+delivering to[ \t]+<?|` +
    // (a person naming the failing address in words: "Failing recipient in the job args: "a@b"", "destinataire en échec : a@b")
    // (a logs line's "Failed permanently: delivery to a@b"; a gateway's NDR, "couldn't be delivered to the recipients shown below"
    // over the message's own From: and To: lines)
    String.raw`\brecipients[ \t]+shown[ \t]+below\b[^\n]{0,10}(?:\n[^\n]{0,80}){0,3}\nto:[ \t]*<?|\b(?:failing|failed)[ \t]+recipient\b[^\n@:=]{0,40}[:=][ \t]*["'<]?|\bfailed(?:[ \t]+(?:permanently|temporarily))?[ \t]*:[ \t]*delivery[ \t]+to[ \t]+<?|\bdestinataire[ \t]+en[ \t]+échec[ \t]*:[ \t]*<?|\bdestinatario[ \t]+fallido[ \t]*:[ \t]*<?|\bfehlgeschlagene[rn]?[ \t]+empfänger[ \t]*:[ \t]*<?|` +
    // (a person's "invite went to a@b", "the email went to a@b", "invite was going to a@b"; "The mail was for a new user, a@b", "The notice was for tenant a@b";
    // "The test mail goes to the admin address, which is a@b"; a test button's "... sending test e-mail" to a@b)
    String.raw`\b(?:invite|invitation|e-?mail|mail|message)s?[ \t]+(?:went|(?:was|were)[ \t]+going)[ \t]+to[ \t]+<?|` +
    // (the person the mail was for: "the user trying to register was a@b"; Portuguese "O teste foi enviado para o meu e-mail: a@b")
    String.raw`\b(?:user|customer|person|member|subscriber|client)[ \t]+(?:(?:who[ \t]+(?:was[ \t]+)?)?tr(?:ying|ied)[ \t]+to[ \t]+(?:register|sign[ \t]?up|log[ \t]?in|reset[ \t]+(?:a|the|their|his|her)[ \t]+password|verify)[ \t]+(?:was|is)[ \t]+<?)|\b(?:teste|e-?mail[ \t]+de[ \t]+teste|mensagem[ \t]+de[ \t]+teste)[ \t]+foi[ \t]+enviad[oa][ \t]+(?:para|a)\b[^\n@:]{0,30}:?[ \t]+<?|` +
    String.raw`\b(?:e-?mail|mail|message|notice|notification|invite|invoice|reminder)s?[ \t]+(?:was|were)[ \t]+for\b[^\n@.;:]{0,30}?[ \t,:]<?|` +
    String.raw`\bgoes[ \t]+to\b[^\n@.;]{0,40}?\bwhich[ \t]+is[ \t]+<?|\b(?:invoices?|e-?mails?|mails?|messages?|notifications?|reminders?|receipts?|confirmations?|alerts?|reports?)\b[^\n@.;]{0,20}?[ \t](?:goes|go)[ \t]+to[ \t]+<?|` +
    // (an app's log line of a failed send, `order confirmation failed order=100482 to=a@b`; a scanner's test, "Send test email to: a@b";
    // a device's send log, "From: router@x To: a@b" on one line, where a message's header block has a line each: not a bounce's
    // header flattened, "From: MAILER-DAEMON@x To: sender@y", nor a log's line of mail taken in, "Accepted Incoming From: a To: b")
    String.raw`\bto=(?<=\bfail(?:ed|ure|s)?\b[^\n]{0,80}\bto=)|\btest[ -]?e-?mail["'\u201d]?[ \t]+to(?:[ \t]*:)?[ \t]+<?|\bfrom:[ \t]*<?(?!mailer-daemon@|postmaster@)[^\s@<>]{1,64}@[a-z0-9.-]{1,253}>?[ \t]+to:[ \t]*<?(?<!\b(?:accepted|delivered|incoming)\b[^\n]{0,80})|` +
    // (Zabbix's media type test dialog: "Send to: a@b", Zammad's log "Send email to: 'a@b'"; n8n's Send Email node's "To Email: a@b", or its expression and what
    // it "resolved to" in the run)
    String.raw`\bsend(?:[ \t]+e-?mail)?[ \t]+to[ \t]*:[ \t]*['"]?<?|(?:^|\n)[ \t>*-]*to[ \t]+e-?mail[ \t]*:[ \t]*[\`'"]?<?|(?:^|\n)[ \t>*-]*to[ \t]+e-?mail[ \t]*:[^\n@]{0,80}?\b(?:resolved|evaluated)[ \t]+to[ \t]*:?[ \t]*[\`'"]?<?|` +
    // (CiviCRM's and Roundcube's "Unable to add recipient [a@b]", "Failed to add recipient "a@b"")
    String.raw`\b(?:unable|failed) to add recipient[ \t]*[\["'<]?|` +
    // (a Mailgun logs entry typed out, its first line "Failed: a@b", or "Failed  a@b" with the gap of a copied column; a logs
    // row's "Failed  Outgoing  Permanent  To: a@b")
    String.raw`(?:^|\n)[ \t]*failed[ \t]*:[ \t]*<?|(?:^|\n)[ \t]*failed(?: {2,}|\t)<?|\bfailed[ \t]*\((?:permanent|temporary|suppress-[a-z]{1,12})\)[ \t]*:?[ \t]+<?|\b(?:failed|permanent|temporary)\b[^\n@]{0,60}?[ \t]to:[ \t]*<?|` +
    // Keycloak's event of a failed send, `error="email_send_failed", auth_method="...", email="a@b"`; a person's "the
    // co-author's address is a@b" (not the sender's, nor ours)
    String.raw`\berror="email_send_failed"[^\n]{0,60}?\bemail="|` +
    // (an app's log of a send, `Sending welcome email {"user":48211,"to":"a@b"}`, the next line's failure its answer)
    String.raw`\bsending[ \t][^\n"]{0,40}?(?:e-?mail|mail|message)\b[^\n]{0,40}?"to"[ \t]*:[ \t]*"|` +
    String.raw`\b(?!(?:sender|senders|from|our|my|the|its|this|that)\b)[a-z-]{2,20}'s[ \t]+(?:e-?mail[ \t]+)?address[ \t]+(?:is|was)[ \t]+<?|\b(?:her|his)[ \t]+(?:e-?mail[ \t]+)?address[ \t]+(?:is|was)[ \t]+<?|` +
    // The logs page's row copied with its columns as wide gaps: "Failed  Jul 29, 2024 7:44:03 PM  a@x  subject", or its
    // time first: "Jun 12, 2024 07:14:55 AM  Failed  a@x  subject" (or "03/12/2025 10:14:22 AM  Failed  a@x  subject").
    // (Discourse's email logs row, "Bounced  2024-06-14 07:22  a@x  user_private_message"; Ghost's "Failed to send 1 invitation:
    // a@x"; a test message's address in Spanish, "al mandar el email de prueba a a@x")
    String.raw`(?:^|\n)[ \t]*(?:failed|bounced|rejected|dropped)(?: {2,}|\t)\d{4}-\d\d-\d\d[ t]\d\d:\d\d(?::\d\d)?(?: {2,}|\t)<?|\bfailed to send \d{1,4} invitations?:[ \t]*<?|\b(?:e-?mail|correo|mensaje) de prueba a[ \t]+<?|` +
    // (Gmail's Spanish "No se pudo entregar el mensaje a a@x", "Tu mensaje no se ha entregado a a@x"; "Le destinataire c'est un de leurs
    // clients (a@x)"; a test button's « Envoyer un e-mail de test » à a@x; Korean "받는 사람은 a@x", "수신자: a@x")
    String.raw`\bno se (?:pudo|ha podido|ha) entrega(?:r|do)\b[^\n@]{0,30}?[ \t]a[ \t]+<?|\ble destinataire\b[^\n@.]{0,60}?(?:\(|:[ \t]*|\best[ \t]+)<?|\be-?mail de test\b[^\n@]{0,10}?(?<![a-zà-ÿ])à[ \t]+<?|받는\s*사람(?:은|는)\s*<?|수신자\s*[:：]\s*<?|` +
    // (Go's net/smtp call printed, `smtp.SendMail("host:587", nil, "from@x", [a@y])`: its recipients' list, not its sender; Portuguese
    // "Não foi possível entregar a mensagem para: a@x")
    String.raw`\bsendmail\([^\n]{0,200},[ \t]*\[["']?|\bn[ãa]o foi poss[íi]vel entregar\b[^\n@]{0,30}?[ \t]para:?[ \t]+<?|` +
    // (the person naming the refused address: "failing recipient per their job payload was a@x", "Adresse refusée d'après leurs logs : a@x")
    // (and Outlook's German "Die Nachricht konnte nicht an a@x gesendet werden")
    String.raw`\bfailing recipient\b[^\n@]{0,40}?[ \t](?:was|is)[ \t]+<?|\badresse refus[ée]e\b[^\n@]{0,40}?:[ \t]*<?|\bnachricht konnte nicht an[ \t]+<?|` +
    // (Exchange Online's message trace asked for by its recipient: `Get-MessageTrace -RecipientAddress a@x`)
    String.raw`(?<![\w-])-recipientaddress[ \t]+["']?|` +
    // (a logs row with its ISO time first, "2024-05-14 13:22:08 failed permanent  a@x")
    String.raw`(?:^|\n)[ \t]*\d{4}-\d\d-\d\d[ t]\d\d:\d\d(?::\d\d)?[ \t]+(?:failed|bounced|rejected|dropped)(?:[ \t]+(?:permanent|temporary))?[ \t]+<?|` +
    String.raw`(?:^|\n)[ \t]*(?:failed|bounced|rejected|dropped)(?: {2,}|\t)[a-z]{3,9}\.? \d{1,2},? \d{4},? \d{1,2}:\d\d(?::\d\d)?(?: ?[ap]m)?(?: {2,}|\t)<?|` +
    String.raw`(?:^|\n)[ \t]*(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{4}),? \d{1,2}:\d\d(?::\d\d)?(?: ?[ap]m)?(?: {2,}|\t)(?:failed|bounced|rejected|dropped)(?: {2,}|\t)<?))`,
  'i',
);
/** What stands just after an address that makes it a recipient (an NDR line, a refusal, a Python dict key). */
// (Exim's bounce: the address, then the server it tried on the next line, `host mxa.mailgun.org [34.1.2.3]`)
// (the next line may carry an email quote's `>`: a forwarded bounce)
// (Exchange 2010's NDR names the server and its code under the address: "m.k@x.co.jp" / "mail.x.co.jp #550 5.7.1 Unable to relay ##")
// (Outlook's own report: "'Petra H' <a@b> on 25.03.2025 14:07" / "Server error: '550 5.7.1 Relaying denied'"; in its translations,
// "'a@b' em 08/07/2024 15:41", "'a@b' w dniu 12.03.2025 11:47" / "550 5.7.1 Relaying denied"; Exchange's "Le serveur distant ... a retourné" under the address)
// (and a job log's row, a scanner's "Scan til e-mail  a@b.dk  NG  550 Relaying denied": its status word or the refusal after the address)
// (and Gmail's bounce in other languages, "Адрес a@b не найден ...", "Die Adresse a@b wurde nicht gefunden", "L'adresse a@b est introuvable")
const RECIPIENT_AFTER = /^(?:['>]?[ \t]+(?:on|em|am|le|el|op|il|w dniu)[ \t]+\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]*\n[ \t>]*(?:server error|relay|[245]\d\d[ -])|:?[ \t]*\n[ \t>]*smtp error from remote (?:mail )?server|[ \t]*\n[ \t>]*host[ \t]+[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}[ \t]+\[[0-9a-f.:]{3,45}\]:?[ \t]*(?:\n|$)|[ \t]*\n[ \t>]*[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}[ \t]+#[45]\d\d[ \t]+[45]\.\d{1,3}\.\d{1,3}\b|[ \t]*\n[ \t>]*[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}\.?[ \t]*\n[ \t>]*remote ?server returned\b|[ \t]*\n[ \t>]*(?:(?:le|el|o|il|der)[ \t]+)?(?:remote ?server(?: returned| at )|remoteserver|servidor remoto|serveur distant|server remoto|serwer zdalny|ekstern server|externe server|fjärrserver|fjernserver|リモート サーバー)|>?\s*:\s*(?:host\s|remote host said|relay|\d{3}\s)|>\s*(?::(?!\s*sender address rejected\b)|\.\.\.)|["']\s*:\s*\(\s*[45]\d\d|[ \t]+failed[ \t]*(?::|$)|[ \t]+(?:ng|err|error|fail|failed|fehler|fejl|fel|virhe)[ \t]+[45]\d\d\b|[ \t]{2,}[45]\d\d[ \t]+(?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?(?:relay|unable to relay)|[ \t]+(?:не[ \t]+найден(?![а-яё])|wurde[ \t]+nicht[ \t]+gefunden\b|est[ \t]+introuvable\b|não[ \t]+foi[ \t]+encontrado\b|non[ \t]+è[ \t]+stato[ \t]+trovato\b))/im;
/**
 * A recipient a stack trace cut short (Symfony: `doRcptToCommand('ana.silva@padar...')`,
 * `executeCommand('RCPT TO:<ana.si...')`): the full address is elsewhere in the paste.
 */
const CUT_RECIPIENT = /(?:rcpt to:\s*<|dorcpttocommand\(\s*['"])([^\s'"<>@]{2,64}(?:@[^\s'"<>.][^\s'"<>]{0,252})?)\.\.\./gi;
const EMAIL_EXACT = new RegExp(`^${EMAIL}$`, 'i');
const MAX_RECIPIENTS = 200;

function isLocalChar(c: number): boolean {
  // a-z A-Z 0-9 . _ % + ' -
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 39 || c === 45;
}
/** An ASCII top-level domain at the start of what follows an address's last dot (punycode first). */
const ASCII_TOP_LEVEL = /^(?:xn--[a-z0-9-]{1,59}|[a-z]{2,24})/i;
function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || (c >= 0xc0 && isInternationalDomainChar(c));
}

/**
 * Addresses that the text presents as recipients. Found from each `@` outwards, then judged by
 * the words around them: one pass over the text instead of a regular expression per wording.
 */
function findRecipients(text: string, records: FieldRecord[]): string[] {
  const found = new Set<string>();
  const add = (address: string | undefined) => {
    if (!address || found.size >= MAX_RECIPIENTS) return;
    for (const part of address.split(/[,\s]+/)) {
      const a = part.replace(/^<|>$/g, '').toLowerCase();
      if (EMAIL_EXACT.test(a)) found.add(a);
    }
  };
  const ownAccount = MAIL_ACCOUNT_SCREEN.test(text);
  for (const r of records) add(r.get('recipient') ?? (ownAccount ? undefined : r.get('address')) ?? r.get('targets'));
  // (Zapier's step "Data in:", the fields the step sent: its `to:` line)
  if (text.includes('Data in:')) add(ZAPIER_DATA_IN_TO.exec(text)?.[1]);
  add(addressUnderRecipientColumn(text) ?? undefined);
  if (text.includes('...')) {
    let addresses: string[] | null = null;
    const cuts = [...text.matchAll(CUT_RECIPIENT)].slice(0, MAX_RECIPIENTS).map((m) => m[1]!.toLowerCase());
    for (const cut of cuts) {
      // (a name cut before its @, `RCPT TO:<orders...`, beside the same name cut later, `doRcptToCommand('orders@pavior-w...')`:
      // the longer one says more, and the From address `orders@mg.x` is no completion of it)
      if (!cut.includes('@') && cuts.some((other) => other.startsWith(`${cut}@`))) continue;
      addresses ??= [...new Set([...text.matchAll(EMAILS)].map((a) => a[0].toLowerCase()))];
      add(completedAddress(addresses, cut));
    }
  }
  const senderNotAccepted = text.includes('SenderNotAccepted');
  const acceptedInSession: string[] = [];
  for (let at = text.indexOf('@'); at !== -1 && found.size < MAX_RECIPIENTS; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    // A quote or dot before the name belongs to the syntax around it ('a@b.example' in a dict).
    while (start < at && (text.charCodeAt(start) === 39 || text.charCodeAt(start) === 46)) start++;
    let end = at + 1;
    while (end < text.length && end - at < 254 && isDomainChar(text.charCodeAt(end))) end++;
    while (end > at + 1 && text.charCodeAt(end - 1) === 46) end--; // a sentence's full stop
    // (an ASCII top-level domain with words of another script right after it, "taro@example.co.jpですが": those words are the sentence's)
    // (looked for within the domain only: a search back through the whole paste at every '@' is quadratic)
    const dotInDomain = text.slice(at, end).lastIndexOf('.');
    const lastDot = dotInDomain === -1 ? -1 : at + dotInDomain;
    const asciiTop = lastDot > at ? ASCII_TOP_LEVEL.exec(text.slice(lastDot + 1, end)) : null;
    if (asciiTop) end = lastDot + 1 + asciiTop[0].length;
    if (start === at || end === at + 1) continue;
    const before = text.slice(Math.max(0, start - 100), start);
    const after = text.slice(end, end + 60);
    // (not a typed-out Route's "Recipient:" field under its "Expression type: Match Recipient")
    // (nor an address said to work: "the app sends notifications to admins@acme.example fine")
    // (nor a URL's credentials, `smtp://USERNAME:PASSWORD@smtp.mailgun.org`: its password and host)
    if (URL_CREDENTIALS_BEFORE.test(before)) continue;
    // (nor the signature of a person's quoted words: "... Relaying denied". — Priya, priya@x.example")
    if (SIGNATURE_BEFORE.test(before)) continue;
    // (nor MailKit's `Mailbox:` of a refused sender, under its `ErrorCode: SenderNotAccepted`)
    if (senderNotAccepted && MAILBOX_BEFORE.test(before) && mailboxOfRefusedSender(text.slice(Math.max(0, start - 300), start))) continue;
    // (nor the sender of a logs row's `sender → recipient`)
    if (SENDER_BEFORE_ARROW.test(after)) continue;
    // (nor the tail of a VERP or SRS sender, `bounce+7a1c-mike=x.com@lists.y.org`, `SRS0=HHH=TT=x.com=mike@fwd.y`: an
    // address encoded into another's local part, cut at its `=`)
    if (text.charCodeAt(start - 1) === 61 && ENCODED_SENDER_BEFORE.test(before)) continue;
    if ((RECIPIENT_BEFORE.test(before) || RECIPIENT_AFTER.test(after)) && !TYPED_ROUTE_FIELD.test(before) && !WORKS_AFTER.test(after) && !deliveredOnItsLine(text, start, end)) {
      if (ACCEPTED_NEXT_LINE.test(after)) acceptedInSession.push(text.slice(start, end));
      else add(text.slice(start, end));
    }
  }
  // (a session's recipient its server took, `RCPT TO:<a>` / `< 250 ...`, only where no refused one is found: a working
  // session shown beside the bounce of another mail; and, named elsewhere too, swaks's `--to a@b`, only then)
  if (found.size === 0) acceptedInSession.forEach(add);
  else for (const taken of acceptedInSession) if (found.size > 1) found.delete(taken.toLowerCase());
  // (else a curl call's form field, `-F to='a@b'`, where a sandbox domain refused it: the address to authorize; not beside an
  // API key refused, "401 Forbidden", which refused no recipient)
  if (found.size === 0 && text.includes('to=') && SANDBOX_REFUSAL.test(text)) add(CURL_TO.exec(text)?.[1]);
  // (else the one address of the paste, said in the person's words to be where the mail went: "the confirmation to a@b", "naar a@b")
  if (found.size === 0 && text.includes('@')) add(soleAddressWrittenTo(text) ?? undefined);
  return [...found];
}

/** A suppression entry said removed under a domain: "deleted the entry at 09:30 — I did it under brightlane.com" (group 1). */
const SUPPRESSION_REMOVED_AT = /\b(?:deleted|removed|cleared)\b[^\n]{0,80}?\b(?:under|for|from|in|on)[ \t]+(?:the[ \t]+)?(?:domain[ \t]+)?(?!(?:[a-z0-9-]{1,63}\.){0,3}mailgun\.(?:com|net|org)\b)((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24})\b(?!@)(?![ \t]+(?:is|was)[ \t]+not\b)/;
const SANDBOX_REFUSAL = /\bauthorized recipients\b|\bis not allowed to send\b|\bfree accounts are for test purposes only\b/i;
const CURL_TO = new RegExp(String.raw`(?:-F|--form|-d|--data(?:-urlencode)?)[ \t]+['"]?to=['"]?(?:[^'"\n<]{0,80}<)?(${EMAIL})`, 'i');

/** An address after a word for "to" (English, Dutch, German, French, Spanish, Portuguese, Italian, Polish), or a test's "testing with"; not "reply to". */
// (or in brackets after whose it is, "a test to the owner's personal gmail (kim@gmail.com)")
// (not an article before an address named as one, "sends from a noreply@x address")
const WRITTEN_TO = new RegExp(String.raw`(?<![a-zà-ÿ])(?<!\bfrom[ \t]{1,3})(?:to|naar|aan|an|à|a|para|per|do|testing[ \t]+with|tested[ \t]+with)[ \t]+(?:(?:the|their|our|his|her|my)[ \t]+[^\n()@]{1,40}?\([ \t]*)?<?(${EMAIL})>?(?![ \t]+(?:address|account|mailbox|inbox|sender)\b)`, 'gi');
const REPLY_TO_BEFORE = /\breply[ \t-]$/i;
/** Words of a login just after an address: "postmaster@x and the new SMTP password". */
const LOGIN_BESIDE = /\b(?:password|passwort|credentials?|login|smtp[ \t]+(?:user|pass))/i;

/** The paste's only address, where the person's words say mail went to it; else null. */
function soleAddressWrittenTo(text: string): string | null {
  const addresses = new Set([...text.matchAll(EMAILS)].slice(0, 3).map((m) => m[0].toLowerCase()));
  if (addresses.size !== 1) return null;
  for (const m of text.matchAll(WRITTEN_TO)) {
    if (REPLY_TO_BEFORE.test(text.slice(Math.max(0, m.index - 7), m.index)) || WORKS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // (a test "with" an address that is the login tried, "Tested with postmaster@mg.x and the new SMTP password": no recipient)
    if (/^test/i.test(m[0]) && (/^postmaster@/i.test(m[1]!) || LOGIN_BESIDE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))) continue;
    return m[1]!.toLowerCase();
  }
  return null;
}

/** A relay refusal in another MTA's own words (Sendmail's, Postfix's, Exchange's, Exim's, qmail's): never Mailgun's. */
const OTHER_MTA_REFUSAL = new RegExp([...OTHER_MTA_RELAY_WORDINGS, SENDMAIL_RELAY_WORDING].join('|'), 'i');

/** Go's `var auth smtp.Auth` with no value on its line (group 1: the variable). */
const GO_AUTH_DECLARED = /\bvar[ \t]+([A-Za-z_]\w{0,40})[ \t]+smtp\.Auth\b(?![ \t]*=)/;

/** A Go smtp.Auth variable declared without a value and never assigned one, passed to SendMail: it sends no login. */
function goAuthNeverSet(text: string): RegExpExecArray | null {
  if (!text.includes('smtp.Auth')) return null;
  const declared = GO_AUTH_DECLARED.exec(text);
  if (!declared) return null;
  const name = declared[1]!;
  const assigned = new RegExp(String.raw`\b${name}[ \t]*=[^=]`).test(text.slice(declared.index + declared[0].length));
  const passed = new RegExp(String.raw`\bSendMail\([^,()\n]{1,120},[ \t]*${name}[ \t]*,`).test(text);
  return !assigned && passed ? declared : null;
}

/** An address at the start of a table's cell. */
const TABLE_CELL_ADDRESS = new RegExp(String.raw`^<?([^\s@<>]{1,64}@${MAIL_DOMAIN})(?![\w])`, 'i');

/**
 * A table copied as text with its columns aligned by blanks (Google Workspace's Email Log Search: `Date   Sender   Recipient
 * Message status`): the address that starts under the Recipient column's name in the next row.
 */
// (the name after two blanks or a tab, or first on its line, and before them: one lazy scan a line, each step checked once)
const RECIPIENT_COLUMN_HEADER = /^([^\n]{0,300}?)(?<=^|  |\t)(?:recipient|destinatario|destinatário|destinataire|empfänger)(?=  |\t|[ \t]*$)/im;
// (of its rows down to the table's end, the first that failed: not a Delivered or Accepted row above it)
function addressUnderRecipientColumn(text: string): string | null {
  const header = /recipient|destinat|empfänger/i.test(text) ? RECIPIENT_COLUMN_HEADER.exec(text) : null;
  if (!header) return null;
  const column = header[1]!.length;
  const headerEnd = text.indexOf('\n', header.index);
  const rows = headerEnd === -1 ? [] : text.slice(headerEnd + 1, headerEnd + 1 + MAX_TABLE_ROWS * 400).split('\n', MAX_TABLE_ROWS);
  for (const row of rows) {
    if (row.trim() === '') break;
    const cell = TABLE_CELL_ADDRESS.exec(row.slice(column));
    if (cell && (column === 0 || /\s/.test(row[column - 1]!)) && FAILED_ROW.test(row)) return cell[1]!.toLowerCase();
  }
  return null;
}
const MAX_TABLE_ROWS = 20;
const FAILED_ROW = /\b(?:fail(?:ed|ure)?|bounced?|rejected|refused|dropped|undeliver(?:ed|able)|error|fehlgeschlagen|mislukt|fallido|falhou|échec|rimbalzat[oa])\b/i;

/** Zapier's "Data in:" block of a step, its fields indented under it, down to its `to:`. */
const ZAPIER_DATA_IN_TO = /^[ \t]*Data in:[ \t]*\n(?:[ \t]+[a-z_]{1,30}:[^\n]{0,300}\n){0,12}?[ \t]+to:[ \t]*([^\n]{3,300})/m;

const MAILBOX_BEFORE = /\bmailbox[ \t]*[:=][ \t]*<?$/i;
/** The exception's ErrorCode just above a `Mailbox:` says whose address it is: the sender's under SenderNotAccepted. */
const mailboxOfRefusedSender = (above: string): boolean => above.lastIndexOf('SenderNotAccepted') > above.lastIndexOf('RecipientNotAccepted');
// (not a command's refusal after its arrow, `RCPT TO:<a@x> -> 550 5.7.1 Relaying denied`; its `-> 250 ...` is no refused recipient either)
const SENDER_BEFORE_ARROW = /^>?[ \t]+(?:→|->|⇒)[ \t](?![ \t]*[45]\d\d\b)/;

/** A URL's scheme and user name just before a password: `smtp://USERNAME:` of `smtp://USERNAME:PASSWORD@host`. */
const URL_CREDENTIALS_BEFORE = /:\/\/[^\s/@:]{0,100}:$/;

/** A line that reports the mail delivered (`sent welcome mail to a@b ... response="250 Great success"`, Postfix's `status=sent`), with no failure on it. */
/** A VERP or SRS local part up to its last `=`: `bounce+7a1c.3f9a0-mike=`, `SRS0=HHH=TT=x.com=` (not a key's `to=`). */
const ENCODED_SENDER_BEFORE = /(?:^|[\s<"'(:,;])(?:[\w.-]{0,60}\+[^\s<>"'=@]{1,100}|SRS[01]=[^\s<>"'@]{1,200})=$/i;
/** A session's next line, its server's answer, taking the address: `RCPT TO:<a>` then `< 250 2.1.5 Recipient OK`. */
// (swaks marks the server's lines `<-`, and `<~` once TLS is on)
const ACCEPTED_NEXT_LINE = /^>?[ \t]{0,20}\r?\n[ \t>]{0,20}(?:<[-~]?|<<<|S:|\[S\]|←)?[ \t]{0,10}250[ -]/;
// (or "... and that works", "which works"; or, in quotes or not, "test mails from Gmail to a@b work")
const WORKS_AFTER = /^>?[ \t]+(?:(?:just|works?|working|go(?:es)?(?: out| through)?)[ \t]+)?(?:fine|ok|okay|without (?:problems?|issues?|errors?))\b|^["'\u201d]?[ \t]+(?:work|works|arrive|arrives|get[ \t]+through|go[ \t]+through)\b(?![ \t]+(?:but|only|except|until|before|again))|^[^\n]{0,20}?\b(?:and|which)[ \t]+(?:that[ \t]+|it[ \t]+|this[ \t]+)?(?:works?|is working|goes through)\b/i;
// (and an app's JSON log line of a send that went well: `"msg":"mailgun send ok"`)
const DELIVERED_LINE = /\b25[012][ -](?:2\.\d{1,3}\.\d{1,3}|ok\b)|\b(?:response|reply)["']?[ \t]*[:=][ \t]*["']?25[012]\b|\bstatus=sent\b|"msg"[ \t]*:[ \t]*"[^"\n]{0,60}\b(?:ok|sent|delivered|succeeded|success(?:ful)?)"/i;
const FAILED_ON_LINE = /(?<![\w.])[45]\d\d(?![\w.])|\b(?:fail|reject|refus|denied|bounce)/i;

function deliveredOnItsLine(text: string, start: number, end: number): boolean {
  // (within a window, not the whole line: a pasted log may be one endless line)
  const from = Math.max(0, start - 300);
  const window = text.slice(from, end + 300);
  const lineStart = window.lastIndexOf('\n', start - from) + 1;
  const lineEnd = window.indexOf('\n', end - from);
  const line = window.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return DELIVERED_LINE.test(line) && !FAILED_ON_LINE.test(line);
}

/** The one address among `addresses` that starts with `prefix`, if there is exactly one. */
function completedAddress(addresses: readonly string[], prefix: string): string | undefined {
  const candidates = addresses.filter((a) => a.startsWith(prefix) && a !== prefix);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** What stands before an address that is not a recipient: a Message-ID, a Route's expression, the sender. */
// (SES's "The following identities failed the check in region X: a@b" lists the sender's identities)
// (Outlook's "Task 'info@a.example - Sending' reported error ...": the account that sends, in any language;
// the quote may be read as the address's first character; its German "beim Senden von 'a@x'" and its popup's "Konto: 'a@x'")
// (a refusal's "... block list. Contact postmaster@x": whom to write to, not whom the mail was for)
const NOT_A_RECIPIENT_BEFORE = /(?:\b(?:task|taak|tâche|aufgabe|tarea|tarefa|attività|zadanie|uppgift|opgave)\s+['"‘“]?|\b(?:account|konto|compte|cuenta|conta)\s*:\s*['"‘“]|\bbeim senden von\s+['"‘“]?|\bgemeldet von\s+['"„“]?|\b(?:das )?konto ist\s+['"„“‘]|\b(?:please|kindly)\s+contact\s+<?|\b(?:block ?list|blocklist|listed|policy|administrator)\b[^\n@]{0,40}?\.\s+contact\s+<?|\bin region [\w-]{1,30}:\s*|\b(?:disallowed|not allowed|permission to send|send) as\s*<?|"id"\s*:\s*"<|message-id\s*:?\s*<?|\bmsg_?id\s*[=:]\s*<?|\bmessage_id\s*[=:]\s*<?|\b(?:delivery of|delivered) mail\s+<?|match_recipient\(\s*["']|\bfrom[=:]\s*<?|(?:\b|_)from_?(?:address|email)["']?\s*[:=]\s*["'<]?|mail from:?\s*<?|\bsender[=:]\s*<?|\bverification failed for\s*<?|\bF=<|envelope-from[=:]?\s*<?|\b(?:authenticat\w{0,6}|logg?(?:ed|ing)? ?in) as\s*["'<]?|\b(?:login|user(?:_?name)?)\s*[:=]\s*["'<]?|\busername\s+\\?["'<]?)$/i;
/** Message-IDs look like addresses: `20240915102233.3f9e8d7c@mg.example.com`. */
const MESSAGE_ID_LOCAL = /^\d{8,}\.[0-9a-f]{8,}@/i;

const EMAILS = new RegExp(EMAIL, 'gi');
const POSTFIX_TO = /(?<![\w-])to=<([^<>\s@]{1,64}@[a-z0-9.-]{1,253})>/i;

/** Addresses the refusal itself names (`<a@b>: Relay access denied`), when nothing else said who. */
/** How many places of the refused address's name similarAddressIn looks at. */
const MAX_SIMILAR_SCAN = 200;

/** Another address with the refused one's name at a domain one or two letters from its domain (Facts.similarAddress). */
// (only where the name stands: found by a literal search of the lower-cased paste, not a scan for every address)
function similarAddressIn(lower: string, recipient: string | null, recipients: readonly string[]): string | null {
  if (recipient === null || !EMAIL_EXACT.test(recipient)) return null;
  // (an address the person says is the right one, "she says her address is m.okafor@x.com", is no refused one, wherever it was
  // read; not one the paste shows elsewhere too, a failed row's, "the Austrian one is j@x.at" beside its own refusal)
  const saidRight = new Set(Array.from(lower.matchAll(RIGHT_ADDRESS_SAID), (m) => m[1]!).filter((address) => lower.indexOf(address) === lower.lastIndexOf(address)));
  const refused = recipients.filter((address) => !saidRight.has(address));
  const at = recipient.lastIndexOf('@');
  const name = recipient.slice(0, at + 1);
  const domain = recipient.slice(at + 1);
  // (a short domain is a letter or two from many others)
  if (domain.length < 8) return null;
  const separated = nameWithOtherSeparators(lower, recipient, refused);
  if (separated !== null) return separated;
  let seen = 0;
  for (let from = lower.indexOf(name); from !== -1 && ++seen <= MAX_SIMILAR_SCAN; from = lower.indexOf(name, from + 1)) {
    // (the name whole: not the end of a longer one, `xorders@` for `orders@`)
    if (from > 0 && isLocalChar(lower.charCodeAt(from - 1))) continue;
    const other = SIMILAR_DOMAIN.exec(lower.slice(from + name.length, from + name.length + 254))?.[0];
    const address = other ? name + other : null;
    if (!address || address === recipient || refused.includes(address)) continue;
    // (not the address it replaced: "O endereço antes era x@y, agora é ...", "the old address was x@y")
    if (FORMER_ADDRESS_BEFORE.test(lower.slice(Math.max(0, from - 40), from))) continue;
    // (or the same domain with a country code after it: `accounts@x.co` for the company's own `accounts@x.co.uk`)
    // (or the same name under another top-level domain: `m.okafor@okafor-family.com` for the records' `...family.net`)
    if ((Math.abs(other!.length - domain.length) <= 2 && editDistance(other!, domain) <= 2) || /^\.[a-z]{2}$/.test(other!.startsWith(domain) ? other!.slice(domain.length) : '') || otherTopLevel(other!, domain)) return address;
  }
  return nameAtSiblingDomain(name, domain, refused) ?? nameAtCompanyDomain(lower, name, domain, refused) ?? nameAtColleaguesDomain(lower, name, domain, refused) ?? nameAtColleaguesHyphenedDomain(lower, name, domain, refused) ?? nameSaidFor(lower, name, domain) ?? domainSaidRight(lower, name, domain) ?? nameAtCompanysNamedDomain(lower, name, domain);
}

/** "the supplier's correct domain ... is x.co.jp", "the domain should be x.com": a domain said right, a letter or two from the refused one. */
const RIGHT_DOMAIN_SAID = /\b(?:correct|right|real|actual|proper)[ \t]+domain\b[^\n.]{0,60}?\bis[ \t]+([a-z0-9][a-z0-9.-]{1,250}\.[a-z]{2,24})\b|\bdomain[ \t]+should[ \t]+be[ \t]+([a-z0-9][a-z0-9.-]{1,250}\.[a-z]{2,24})\b/;
function domainSaidRight(lower: string, name: string, domain: string): string | null {
  const said = RIGHT_DOMAIN_SAID.exec(lower)?.slice(1).find(Boolean);
  return said !== undefined && said !== domain && Math.abs(said.length - domain.length) <= 2 && editDistance(said, domain) <= 2 ? name + said : null;
}

/**
 * Another address the paste names at the refused one's domain, its name the same but for hyphens, dots or underscores
 * (`it-help@` for the refused `ithelp@`): a slip in writing it, never a sibling address (`sales-us@`, `sales-uk@` differ in letters).
 */
function nameWithOtherSeparators(lower: string, recipient: string, refused: readonly string[]): string | null {
  const at = recipient.lastIndexOf('@');
  const bare = (local: string) => local.replace(/[-._]/g, '');
  const name = bare(recipient.slice(0, at));
  const domainPart = recipient.slice(at);
  if (name.length < 4) return null;
  let seen = 0;
  for (let from = lower.indexOf(domainPart); from !== -1 && ++seen <= MAX_SIMILAR_SCAN; from = lower.indexOf(domainPart, from + 1)) {
    // (the whole domain: not the start of a longer one)
    if (/^(?:[a-z0-9_-]|\.[a-z0-9])/.test(lower.slice(from + domainPart.length, from + domainPart.length + 2))) continue;
    const local = LOCAL_BEFORE.exec(lower.slice(Math.max(0, from - 64), from))?.[0];
    const address = local === undefined ? null : `${local}${domainPart}`;
    if (address !== null && address !== recipient && !refused.includes(address) && bare(local!) === name) return address;
  }
  return null;
}
const LOCAL_BEFORE = /[a-z0-9][a-z0-9._%+-]{0,63}$/;

/**
 * The refused name at the refusing server's own domain, where the address's domain looks like a slip for it: the server's name
 * itself (`linda@mail.okaforhome.net`, refused by `mail.okaforhome.net`: okaforhome.net), or a domain a letter or two from the
 * server's (`orders@pacificteakco.com` refused by `mail.pacificteak.com`). Not a provider's server, which hosts every domain.
 */
function addressAtServersDomain(recipient: string | null, host: string | null): string | null {
  if (recipient === null || host === null || !EMAIL_EXACT.test(recipient)) return null;
  const at = recipient.lastIndexOf('@');
  const domain = recipient.slice(at + 1).toLowerCase();
  const server = host.toLowerCase();
  const [domainRoot, serverRoot] = [registrableDomain(domain), registrableDomain(server)];
  if (MAIL_SERVER_NAME.test(domain) && domain === server && domainRoot !== domain) return `${recipient.slice(0, at + 1)}${domainRoot}`;
  if (domainRoot === serverRoot || serverRoot.length < 8 || domainRoot.length < 8 || PROVIDER_MAIL_HOST.test(server) || isMailboxProviderDomain(serverRoot)) return null;
  return nearName(domainRoot, serverRoot) ? `${recipient.slice(0, at + 1)}${serverRoot}` : null;
}
/**
 * Two registrable domains with one ending whose names look like one slipped for the other: the same but for hyphens
 * (ketchharbour-marine, ketchharbourmarine), one the other with up to three letters more (pacificteakco, pacificteak), or a
 * letter apart. Not two names that merely share most letters (example-ops, example-isp), nor two endings (example.us, .de).
 */
function nearName(a: string, b: string): boolean {
  const [nameA, endA] = [a.slice(0, a.indexOf('.')), a.slice(a.indexOf('.'))];
  const [nameB, endB] = [b.slice(0, b.indexOf('.')), b.slice(b.indexOf('.'))];
  if (endA !== endB) return false;
  const [bareA, bareB] = [nameA.replace(/-/g, ''), nameB.replace(/-/g, '')];
  const [short, long] = bareA.length <= bareB.length ? [bareA, bareB] : [bareB, bareA];
  return short.length >= 6 && (short === long || (long.length - short.length <= 3 && (long.startsWith(short) || long.endsWith(short))) || editDistance(bareA, bareB) <= 1);
}
/** A host named as a mail server: `mail.x`, `mx1.x`, `smtp.x`. */
const MAIL_SERVER_NAME = /^(?:mail|mx\d{0,2}|smtp|imap|pop3?|webmail)\./;
/** The mail hosts of providers that host many domains (their names are no customer's domain). */
const PROVIDER_MAIL_HOST = /(?:^|\.)(?:outlook\.com|protection\.outlook\.com|google\.com|googlemail\.com|mailgun\.(?:org|net|com)|sendgrid\.net|amazonaws\.com|mimecast\.com|pphosted\.com|messagelabs\.com|barracudanetworks\.com|zoho\.(?:com|eu)|yahoodns\.net|ovh\.net|ionos\.(?:de|com)|secureserver\.net)$/;

/** Words just before an address that make it the one replaced: "antes era", "used to be", "old address", "vorher", "prima era". */
const FORMER_ADDRESS_BEFORE = /\b(?:antes[ \t]+(?:era|fue|foi)|used[ \t]+to[ \t]+be|was[ \t]+(?:previously|before|formerly)|previously|formerly|old[ \t]+(?:e-?mail[ \t]+)?address(?:[ \t]+was)?|vorher(?:[ \t]+war)?|früher|avant(?:[ \t]+c'était)?|prima[ \t]+era|eerst|vroeger|wcześniej)[ \t:]*[<(]?$/;

/** An address said to be someone's ("his address is x@y", "o e-mail dele é x@y", "su correo es x@y", "the right one is x@y"): group 1. */
const RIGHT_ADDRESS_SAID = /\b(?:address|e-?mail|(?:right|correct|real|new)[ \t]+one|adres|endereço|correo|dirección|adresse|indirizzo)\b[^\n@.]{0,20}?[ \t](?:is|é|es|ist|est|è|jest)[ \t]+<?([\w.+-]{1,64}@[\w.-]{1,253}\w)/g;

/** The recipient's name said in words: "his name is John Whitaker", "sie heißt ...", "il s'appelle ...", "se llama ...". */
const NAME_SAID = /\b(?:(?:his|her|their)[ \t]+name[ \t]+is|(?:er|sie)[ \t]+hei(?:ß|ss)t|(?:il|elle)[ \t]+s'appelle|se[ \t]+llama|si[ \t]+chiama|(?:hij|zij)[ \t]+heet)[ \t]+([a-zà-ÿ]{2,30})(?:[ \t]+([a-zà-ÿ]{2,30}))?/;

/**
 * The address as the name said in the paste spells it, where the refused one's parts are each a letter or two from the name's
 * ("jhon.whitaker@" for "his name is John Whitaker": john.whitaker@); null when they match already or are not the name's.
 */
function nameSaidFor(lower: string, name: string, domain: string): string | null {
  const said = NAME_SAID.exec(lower);
  if (!said) return null;
  const words = said.slice(1).filter((word): word is string => word !== undefined);
  const local = name.slice(0, -1);
  const parts = local.split(/([._-])/);
  let changed = false;
  const fixed = parts.map((part, index) => {
    if (index % 2 === 1) return part;
    const near = words.find((word) => word !== part && part.length >= 3 && Math.abs(word.length - part.length) <= 1 && editDistance(word, part) <= (part.length >= 5 ? 2 : 1) + (sameLetters(word, part) ? 1 : 0));
    if (near === undefined) return words.includes(part) ? part : null;
    changed = true;
    return near;
  });
  return changed && fixed.every((part) => part !== null) ? `${fixed.join('')}@${domain}` : null;
}

/** Whether two words hold the same letters (a transposition, "jhon" for "john": two edits apart, one slip of the fingers). */
const sameLetters = (a: string, b: string): boolean => [...a].sort().join('') === [...b].sort().join('');

const MAX_COLLEAGUE_ADDRESSES = 50;
const MAX_OCCURRENCES = 200;

/** How many times `part` stands in `text` (up to MAX_OCCURRENCES); `whole`: as a whole name, not `x.co` of `x.com`. */
function occurrences(text: string, part: string, whole: boolean): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1 && count < MAX_OCCURRENCES; at = text.indexOf(part, at + part.length)) {
    if (!whole || !/[a-z0-9.-]/.test(text[at + part.length] ?? '')) count++;
  }
  return count;
}
/** The colleagues' mail said to arrive: "those are delivered", "they get it fine", "work". */
const COLLEAGUES_RECEIVE = /\b(?:delivered|receive[sd]?|get(?:s|ting)? (?:it|them|the \w+)|arrive[sd]?|fine|work(?:s|ing)?)\b/;

/**
 * The refused name at the domain of the colleagues the paste names, a letter or two from the refused one: "the other
 * cobaltline people are like j.ruiz@cobaltline.com" beside m.keane@cobaltline.co.
 */
function nameAtColleaguesDomain(lower: string, name: string, domain: string, refused: readonly string[]): string | null {
  // (only where another address shares the domain's first label at another domain: `@cobaltline.com` beside `@cobaltline.co`)
  const stem = `@${domain.slice(0, domain.indexOf('.') + 1)}`;
  if (occurrences(lower, stem, false) <= occurrences(lower, `@${domain}`, true)) return null;
  let seen = 0;
  for (const m of lower.matchAll(EMAILS)) {
    if (++seen > MAX_COLLEAGUE_ADDRESSES) break;
    const other = m[0].slice(m[0].lastIndexOf('@') + 1);
    if (other === domain || refused.includes(m[0]) || Math.abs(other.length - domain.length) > 2 || editDistance(other, domain) > 2) continue;
    // (another registrable domain, not a sibling subdomain of the same account, `in.x.example` beside `mg.x.example`;
    // and said to receive mail on the colleague's line)
    const line = lower.slice(lower.lastIndexOf('\n', m.index) + 1, (lower.indexOf('\n', m.index) + 1 || lower.length + 1) - 1);
    if (registrableDomain(other) === registrableDomain(domain) || !COLLEAGUES_RECEIVE.test(line)) continue;
    if (!refused.includes(name + other)) return name + other;
  }
  return null;
}

/**
 * The refused name at the domain the refused one's colleagues receive at, where the two differ by a hyphened word in the first
 * label: `k.osei@ridgeline-coop.org` refused beside `a.mensah@ridgeline.org` delivered (an old or a mistaken domain of theirs).
 */
const COLLEAGUE_REFUSED = /\b(?:failed|refused|denied|rejected|bounced?)\b/;
/** A name said as a word of its own, not only inside addresses or host names (`ridgeline` in "Ridgeline Co-op (US)"). */
function organisationNamed(lower: string, name: string): boolean {
  let seen = 0;
  for (let at = lower.indexOf(name); at !== -1 && ++seen <= MAX_SIMILAR_SCAN; at = lower.indexOf(name, at + 1)) {
    const before = lower.charAt(at - 1);
    const after = lower.charAt(at + name.length);
    if (!/[\w@.-]/.test(before) && !/[\w@.-]/.test(after)) return true;
  }
  return false;
}
function nameAtColleaguesHyphenedDomain(lower: string, name: string, domain: string, refused: readonly string[]): string | null {
  const dot = domain.indexOf('.');
  const first = domain.slice(0, dot);
  const rest = domain.slice(dot);
  let seen = 0;
  for (const m of lower.matchAll(EMAILS)) {
    if (++seen > MAX_COLLEAGUE_ADDRESSES) break;
    const other = m[0].slice(m[0].lastIndexOf('@') + 1);
    const otherFirst = other.slice(0, other.indexOf('.'));
    // (not a mailbox provider's, yandex.ru beside yandex-mail.ru: the reply's provider typo says that one)
    if (other === domain || !other.endsWith(rest) || other.length !== otherFirst.length + rest.length || otherFirst.length < 4 || isMailboxProviderDomain(other)) continue;
    if (!first.startsWith(`${otherFirst}-`) && !otherFirst.startsWith(`${first}-`)) continue;
    // (the colleague's own line says it arrived: an export's delivered row, "a.mensah@x.org gets it fine"; its address may be
    // among the paste's recipients)
    const line = lower.slice(lower.lastIndexOf('\n', m.index) + 1, (lower.indexOf('\n', m.index) + 1 || lower.length + 1) - 1);
    // (and the organisation named by the shorter name on its own, "Ridgeline Co-op (US) is convinced ...": the two are one
    // organisation's, not two companies of a list that share a word, nova.com and nova-dental.com)
    const stem = first.length < otherFirst.length ? first : otherFirst;
    if (COLLEAGUES_RECEIVE.test(line) && !COLLEAGUE_REFUSED.test(line) && !refused.includes(name + other) && organisationNamed(lower, stem)) return name + other;
  }
  return null;
}

/** The company's own domain as the person names it: "their website is brenner-logistik.at", "(domain: x.at)". */
// (and in the pastes' languages: "o domínio da escola é escolavale.edu.br", "die Domain ist x.de", "le domaine est x.fr")
// (or a website named right after its word, "website nordwind-logistik.de", or by its URL, "Sandstone Consulting, "https://www.sandstoneconsulting.com"")
// (or in brackets after a company's legal form: "their customer is Brandt Logistik GmbH (brandt-logistik.de)")
const COMPANY_DOMAIN = new RegExp(String.raw`(?<![a-zà-ÿ])(?:gmbh|ltd|limited|inc|llc|sarl|sas|srl|spa|bv|ag|kg|plc|oy|ab|s\.?a\.?|b\.v\.)\.?[ \t]+\((?:https?://)?(?:www\.)?(${HOST})\)|(?<![a-zà-ÿ])(?:(?:website|web ?site|homepage|site|domain|url|domínio|dominio|domaine|domäne|domein|domena)(?![a-zà-ÿ])[^\n.]{0,20}?(?:(?<![a-zà-ÿ])(?:is|é|es|est|ist|è|jest)(?![a-zà-ÿ])|:)|(?:website|web ?site|homepage|webseite|site[ \t]+web)(?![a-zà-ÿ]))[ \t]+["'\x60(]?(?:https?://)?(?:www\.)?(${HOST})|\bhttps?://(?:www\.)?(${HOST})`, 'g');
const MAX_COMPANY_DOMAINS = 10;

/** The refused name at the company's own domain the person names, a hyphen or a letter or two from the refused domain. */
function nameAtCompanyDomain(lower: string, name: string, domain: string, refused: readonly string[]): string | null {
  if (!/website|site|homepage|domain|url|domínio|dominio|domaine|domäne|domein|domena|https?:\/\/|[a-z.][ \t]+\(/.test(lower)) return null;
  for (const m of [...lower.matchAll(COMPANY_DOMAIN)].slice(0, MAX_COMPANY_DOMAINS)) {
    const other = (m[1] ?? m[2] ?? m[3])!;
    // (or the same name under another ending: the site hotelsolmar.com for the refused hotelsolmar.pt)
    if (other !== domain && ((Math.abs(other.length - domain.length) <= 2 && editDistance(other, domain) <= 2) || otherTopLevel(other, domain)) && !refused.includes(name + other)) return name + other;
  }
  return null;
}

/** A company named after "at", "from", "works for": "the recipient is at Contoso Legal", "works for Nordwind Logistik GmbH". */
const COMPANY_NAMED = /\b(?:is|works|worked|are)[ \t]+(?:at|for|with)[ \t]+([a-z0-9&]{2,30}(?:[ \t]+[a-z0-9&]{2,30}){1,2})\b/g;
/** How many company names nameAtCompanysNamedDomain compares. */
const MAX_COMPANY_NAMES = 10;

/**
 * The domain the paste's company name spells, where the refused domain's name is one letter off it (`contoso-legai.com`, "the
 * recipient is at Contoso Legal": contoso-legal.com), and the name as the paste writes it. A letter swapped for another only,
 * in a name of eight letters or more: a shorter or a reworded name says too little.
 */
function companyNamedNear(text: string, lower: string, domain: string): { domain: string; named: string } | null {
  const dot = domain.indexOf('.');
  const label = domain.slice(0, dot);
  const letters = label.replace(/-/g, '');
  if (dot < 0 || letters.length < 8 || !/\b(?:at|for|with)\b/.test(lower)) return null;
  for (const m of [...lower.matchAll(COMPANY_NAMED)].slice(0, MAX_COMPANY_NAMES)) {
    const words = m[1]!.split(/[ \t]+/);
    // (the name's first two or three words, its legal form left out: "nordwind logistik gmbh")
    for (const count of [words.length, words.length - 1]) {
      const joined = words.slice(0, count).join('');
      if (joined.length !== letters.length || joined === letters || [...joined].filter((c, i) => c !== letters[i]).length !== 1) continue;
      // (the hyphens kept where the domain has them: each letter of the name in its place)
      let next = 0;
      const fixed = [...label].map((c) => (c === '-' ? c : joined[next++]!)).join('');
      // (the name as the paste writes it, its capitals kept, where lower-casing kept every offset)
      const at = m.index + m[0].length - m[1]!.length;
      const spelt = lower.length === text.length ? text.slice(at, at + m[1]!.length).split(/[ \t]+/).slice(0, count).join(' ') : words.slice(0, count).join(' ');
      return { domain: `${fixed}${domain.slice(dot)}`, named: spelt };
    }
  }
  return null;
}
const nameAtCompanysNamedDomain = (lower: string, name: string, domain: string): string | null => {
  const near = companyNamedNear(lower, lower, domain);
  return near === null ? null : name + near.domain;
};

/** How many of the paste's recipients nameAtSiblingDomain reads. */
const MAX_SIBLING_SCAN = 200;
/** How many other addresses at the one domain make it the company's own. */
const MIN_SIBLING_ADDRESSES = 2;

/**
 * The refused name at the domain the paste's other addresses share when the refused domain lacks its country code
 * (`financeiro@construtoraipe.com` beside `compras@`, `rh@`, `diretoria@construtoraipe.com.br`), or is a letter or two
 * from it: the company's own domain, mistyped in this one address.
 */
function nameAtSiblingDomain(name: string, domain: string, refused: readonly string[]): string | null {
  // (the paste's other recipients, an export's delivered rows among them: no scan of the whole text, which a long bounce makes costly)
  const counts = new Map<string, number>();
  for (const address of refused.slice(0, MAX_SIBLING_SCAN)) {
    const other = address.slice(address.lastIndexOf('@') + 1);
    if (other !== domain) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const parent = domain.slice(domain.indexOf('.') + 1);
  for (const [other, count] of counts) {
    // (not another subdomain of the same parent, `mg.x.example` beside the refused `in.x.example`: the sending and the
    // receiving domain of one account)
    if (count < MIN_SIBLING_ADDRESSES || (parent.includes('.') && other.slice(other.indexOf('.') + 1) === parent)) continue;
    const countryCodeLost = other.startsWith(`${domain}.`) && /^\.[a-z]{2}$/.test(other.slice(domain.length));
    // (not an address the paste shows refused too: no fix, then)
    if ((countryCodeLost || (Math.abs(other.length - domain.length) <= 2 && editDistance(other, domain) <= 2)) && !refused.includes(name + other)) return name + other;
  }
  return null;
}
/** The domain right after an address's `@`. */
const SIMILAR_DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,62}\.){1,10}[a-z]{2,24}(?![a-z0-9-])/;

function addressesIn(line: string): string[] {
  const addresses = [...line.matchAll(EMAILS)]
    // (nor a person's signature on a quoted line, "... Relaying denied". — Priya, priya@x.example")
    // (nor the tail of a VERP or SRS sender cut at its `=`)
    .filter((m) => !NOT_A_RECIPIENT_BEFORE.test(line.slice(Math.max(0, m.index - 30), m.index)) && !SIGNATURE_BEFORE.test(line.slice(Math.max(0, m.index - 60), m.index)) && !MESSAGE_ID_LOCAL.test(m[0]) && !(line[m.index - 1] === '=' && ENCODED_SENDER_BEFORE.test(line.slice(Math.max(0, m.index - 200), m.index))))
    .map((m) => m[0].toLowerCase().replace(/^['.]+/, ''));
  return [...new Set(addresses)];
}

/** The index of the refusal's line among the lines, or -1. */
function refusalLineIndex(lines: readonly string[], refusal: string): number {
  const idx = lines.findIndex((l) => l.includes(refusal.slice(0, 60)));
  // (a reply of several lines read as one, `550-5.7.26 Unauthenticated ...` then `550 5.7.26 ...`: its line by the words after the codes)
  const words = idx === -1 ? refusal.replace(/^[^\w\n]{0,12}[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?/, '').slice(0, 40) : '';
  return words.length >= 12 ? lines.findIndex((l) => l.includes(words)) : idx;
}

/** A `To: a@b` line among the few lines under a relay refusal's, as an email log's entry lists its fields. */
function toFieldUnder(lines: readonly string[], refusal: string): string[] {
  if (!RELAY_LINE.test(refusal) || !REPLY_CODE.test(refusal)) return [];
  const at = refusalLineIndex(lines, refusal);
  if (at === -1) return [];
  for (const line of lines.slice(at + 1, at + 1 + TO_FIELD_LINES)) {
    const to = TO_FIELD_LINE.exec(line);
    if (to) return [to[1]!.toLowerCase()];
  }
  return [];
}
const TO_FIELD_LINES = 3;

/** How far from the error a send's settings or log may give its `To` field. */
const SEND_TO_FIELD_LINES = 25;
/** A `To` field on a line of its own: a setting (`To: a@b`, YAML's `to: a@b`, `- to: "a@b"`, German `An:`) or a send log's entry. */
const SEND_TO_FIELD = new RegExp(String.raw`^[ \t]*(?:-[ \t]+)?["']?(?:to|an|aan|til|till)["']?[ \t]*:[ \t]*["']?<?([^\s@<>"',;]{1,64}@${MAIL_DOMAIN})>?["']?[ \t]*$`, 'i');
/**
 * A message's header block (a forward's `Sent:`, a `From:` with a name and no address, a `Subject:` of a forward or a reply):
 * its `To` is the message's, whoever refused what. (Not a `Date:`: a device's job log has one too.)
 */
const MESSAGE_HEADER_LINE = /^[ \t]*(?:(?:sent|enviado|envoyé|gesendet|verzonden|inviato|wysłano)[ \t]*:|(?:from|von|van|fra|från)[ \t]*:[^@\n]*$|(?:subject|betreff|onderwerp|emne|ämne)[ \t]*:[ \t]*(?:fw|fwd|re|aw|wg|tr|rv|sv|vs|antw|doorst)[ \t]*:)/i;

/**
 * The paste's one `To` field, within a few lines of an error with a reply code, outside a message's header block: the
 * address a send's settings or log sent to (Uptime Kuma's notification, a GitHub Action's `to:` input, Post SMTP's log).
 */
function sendToField(lines: readonly string[], refusal: string): string[] {
  if (!REPLY_CODE.test(refusal)) return [];
  const at = refusalLineIndex(lines, refusal);
  if (at === -1) return [];
  const fields = lines.flatMap((line, i) => (SEND_TO_FIELD.test(line) ? [i] : [])).slice(0, 2);
  if (fields.length !== 1 || Math.abs(fields[0]! - at) > SEND_TO_FIELD_LINES) return [];
  const field = fields[0]!;
  if (lines.slice(Math.max(0, field - 3), field + 4).some((line) => MESSAGE_HEADER_LINE.test(line))) return [];
  return [SEND_TO_FIELD.exec(lines[field]!)![1]!.toLowerCase()];
}

/** How far above a run's error its inputs' label may stand. */
const RUN_INPUT_LINES = 20;
/** An automation run's inputs: Power Automate's "Inputs", Zapier's "Data in", Make's "Input" bundle. */
const RUN_INPUTS_LABEL = /^[ \t]*(?:inputs?|data in|input bundle)[ \t]*:?[ \t]*$/i;
const RUN_TO_FIELD = new RegExp(String.raw`^[ \t]*["']?to["']?[ \t]*:[ \t]*["']?<?([^\s@<>"',;]{1,64}@${MAIL_DOMAIN})>?["']?,?[ \t]*$`, 'i');

/** The one `To` field among an automation run's inputs, between their label and the run's error (a relay refusal). */
function runInputRecipient(lines: readonly string[], refusal: string): string[] {
  if (!RELAY_LINE.test(refusal)) return [];
  const at = refusalLineIndex(lines, refusal);
  if (at === -1) return [];
  const above = lines.slice(Math.max(0, at - RUN_INPUT_LINES), at);
  const label = above.findIndex((line) => RUN_INPUTS_LABEL.test(line));
  if (label === -1) return [];
  const found = above.slice(label + 1).flatMap((line) => RUN_TO_FIELD.exec(line)?.[1]?.toLowerCase() ?? []);
  return found.length === 1 ? found : [];
}
const TO_FIELD_LINE = new RegExp(String.raw`^[ \t]*to[ \t]*:[ \t]*<?([^\s@<>"',;]{1,64}@${MAIL_DOMAIN})>?[ \t]*$`, 'i');

/** A mail program's account settings typed out (Outlook's "Your Name:", "Account Type:", "Outgoing mail server (SMTP):"). */
// (eM Client's "Accounts > a@b > Outgoing server" and its "[ ] Outgoing server requires authentication"; Outlook's German "Ihr Name:", "Kontotyp:")
const MAIL_ACCOUNT_SCREEN = /^[ \t]*(?:your name|account type|outgoing mail server(?: \(smtp\))?|incoming mail server|ihr name|kontotyp|posteingangsserver)[ \t]*:|\boutgoing server requires authentication\b|\baccounts?[ \t]*>[^\n]{0,80}>[ \t]*outgoing server\b/im;

function recipientOf(primary: FieldRecord | null, refusal: string | null, recipients: string[], text: string, queued: string | null): string | null {
  // (an `address` only when it is one: a config's `address: 'user:...@host'` is no recipient)
  const address = primary?.get('address');
  // (and a `recipient` only when it holds an address: an export whose header lost a column shifts every value)
  // (a sentence's `recipient = a@b:` read as a field: without the colon that ends the sentence)
  // (a typed-out field's `Recipient: <a@b>`: the address, not its brackets)
  const recipient = primary?.get('recipient')?.replace(/[:;,.]+$/, '').replace(/^[ \t]*<([^<>\s]+)>[ \t]*$/, '$1');
  // (nor a mail program's account screen's "Email Address:", beside its "Your Name:" and "Account Type:": the sender's own;
  // findRecipients leaves it out too)
  const ownAccount = address !== undefined && MAIL_ACCOUNT_SCREEN.test(text);
  const fromRecord = (recipient?.includes('@') ? recipient : undefined) ?? (address && !ownAccount && EMAIL_EXACT.test(address.trim()) ? address : undefined);
  // The address the relay refusal itself names ("Unable to relay for X", "<X>: Relay access denied") was the
  // refused one, even where a row names another (a Route's forward: the address it matched, then X).
  const named = refusal ? (RELAY_NAMES.exec(refusal)?.slice(1).find(Boolean) ?? null) : null;
  if (named && EMAIL_EXACT.test(named) && fromRecord && named.toLowerCase() !== fromRecord.toLowerCase()) return named.toLowerCase();
  // (a device's test screen names the address it sent to just under the refusal, "Destination: a@b": its settings'
  // "E-mail Address:" is the device's own sender)
  // (only where the refusal's own line names no address, and no RCPT TO above it was answered: a Route's note, "Destination:
  // team@gmail.com", above "<info@x.com>: host mxa.mailgun.org said: 550 ..." is no report of the refused address)
  const destination = refusal && !recipient?.includes('@') && addressesIn(refusal).length === 0 && rcptAnsweredBy(text, refusal) === null ? destinationBelow(text, refusal) : null;
  if (destination) return destination;
  if (fromRecord) return fromRecord.toLowerCase();
  if (refusal) {
    // The refusal's own address, even when the paste's other rows name other recipients first.
    // (not a login the line shows, `smtp.PlainAuth("", "postmaster@mg.x", ...)` before a 535)
    const lowerRefusal = refusal.toLowerCase();
    // (Postfix's log line names the address it delivered to, `to=<a@x>`, beside the one first written to, `orig_to=<b@y>`)
    // (or its queue id's other lines: sendmail's `45IE2Bq4009914: to=<a@x>, ... dsn=5.7.1` above its `45IE2Bq4009914: ... reply=550 ...`)
    const postfixTo = POSTFIX_TO.exec(refusal)?.[1] ?? POSTFIX_TO.exec(queued ?? '')?.[1];
    if (postfixTo) return postfixTo.toLowerCase();
    // (nor a From setting on a line whose breaks were lost, `MAIL_FROM_ADDRESS="orders@mg.x"`)
    const notRecipient = (a: string) => {
      const before = lowerRefusal.slice(Math.max(0, lowerRefusal.indexOf(a) - 60), lowerRefusal.indexOf(a));
      const after = lowerRefusal.slice(lowerRefusal.indexOf(a) + a.length, lowerRefusal.indexOf(a) + a.length + 30);
      return LOGIN_BEFORE.test(before) || NOT_A_RECIPIENT_BEFORE.test(before) || LOGIN_AFTER.test(after);
    };
    const inLine = recipients.find((r) => lowerRefusal.includes(r)) ?? (SENDER_REFUSED.test(refusal) ? undefined : addressesIn(refusal).find((a) => !notRecipient(a)));
    if (inLine) return inLine;
    // In a session, the refusal answers the RCPT TO just above it (an earlier one may have been accepted).
    const answered = rcptAnsweredBy(text, refusal);
    if (answered) return answered;
    // (Exchange's NDR: the refused address on a line of its own just above "Remote server returned '550 ...'"; a person's
    // words above the NDR may name another address of the domain first)
    const ndrAddress = addressLineAbove(text, refusal);
    if (ndrAddress && recipients.includes(ndrAddress)) return ndrAddress;
    // (of several messages' entries, each under its own "Recipient: a@b" line: the one the refusal stands under)
    const labelled = recipientLabelAbove(text, refusal);
    if (labelled && recipients.includes(labelled)) return labelled;
    // (an app's log line just above its exception, "Failed to send invoice INV-1 to a@b via smtp.mailgun.org:587": the address
    // it failed to send to, not an earlier record's "Report sent to b@c")
    const failedSend = failedSendAbove(text, refusal, recipients);
    if (failedSend) return failedSend;
  }
  // A DSN's Final-Recipient names the refused address, before a header's "To:" (宛先:) of the bounce itself.
  const final = /final-recipient/i.test(text) ? FINAL_RECIPIENT.exec(text)?.[1]?.toLowerCase() : undefined;
  if (final && recipients.includes(final)) return final;
  // (a DSN's own sentence, Gmail's "There was a problem delivering your message to a@b", before a person's words naming others)
  const told = DSN_TOLD_RECIPIENT.exec(text)?.[1]?.toLowerCase();
  if (told && recipients.includes(told)) return told;
  // (a failed event trimmed down to its message's headers, no recipient field left: the To header's one address, "Sam Ortiz
  // <sam.ortiz@contoso.com>")
  const headerTo = recipients.length === 0 && /fail|bounce/i.test(primary?.get('event') ?? '') ? addressesIn(primary?.get('headerto') ?? '') : [];
  return recipients[0] ?? (headerTo.length === 1 ? headerTo[0]! : null);
}
const DSN_TOLD_RECIPIENT = /\b(?:there was a problem delivering your message to|your message wasn['’]t delivered to|delivery to the following recipients? failed permanently:\s{0,20}|your message to)[ \t]<?([^\s<>@]{1,64}@[a-z0-9.-]{1,253}[a-z0-9])>?/i;
/**
 * "Destination: a@b" near the refusal (a printer's or scanner's transmission report: on one of the two lines under it,
 * or among the report's lines above it), the nearest one, or null.
 */
function destinationBelow(text: string, refusal: string): string | null {
  const at = text.indexOf(refusal);
  if (at === -1) return null;
  const below = text.slice(at + refusal.length, at + refusal.length + 400).split('\n', 3).slice(1).join('\n');
  const under = DESTINATION_LINE.exec(below)?.[1];
  if (under) return under.toLowerCase();
  const above = text.slice(Math.max(0, at - 600), at).split('\n').slice(-10).join('\n');
  return [...above.matchAll(DESTINATION_LINES)].at(-1)?.[1]?.toLowerCase() ?? null;
}
const DESTINATION = String.raw`^[ \t]*(?:destination|destino|destinataire|destinazione|ziel(?:adresse)?|empfänger)(?:[ \t]+address)?[ \t]*:[ \t]*<?([^\s@<>"']{1,64}@${MAIL_DOMAIN})>?[ \t]*$`;
const DESTINATION_LINE = new RegExp(DESTINATION, 'im');
const DESTINATION_LINES = new RegExp(DESTINATION, 'gim');

/** Where two or more "Recipient: a@b" lines head the paste's entries: the address of the last one above the refusal, or null. */
function recipientLabelAbove(text: string, refusal: string): string | null {
  if (!/recipient/i.test(text)) return null;
  const at = text.indexOf(refusal);
  const labels = [...text.matchAll(RECIPIENT_LABEL_LINES)].slice(0, MAX_RECIPIENTS);
  if (at === -1 || labels.length < 2) return null;
  return labels.filter((m) => m.index < at).at(-1)?.[1]?.toLowerCase() ?? null;
}

/** A line that holds only an address. */
const ADDRESS_LINE_ALONE = new RegExp(String.raw`^[ \t]*<?([^\s@<>]{1,64}@${MAIL_DOMAIN})>?[ \t]*$`, 'i');

/** The address on a line of its own within the three lines above the refusal's, or null. */
function addressLineAbove(text: string, refusal: string): string | null {
  const at = text.indexOf(refusal);
  if (at === -1) return null;
  const above = text.slice(0, text.lastIndexOf('\n', at) + 1).split('\n').slice(-4, -1);
  for (const line of above.reverse()) {
    const m = ADDRESS_LINE_ALONE.exec(line);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}
/** A sendmail or Postfix log line's queue id: `sm-mta[9912]: 45IE2Bq4009914: ...`, `postfix/smtp[123]: 4F1B2C3D4E: ...`. */
const QUEUE_ID = /\]:[ \t]+([0-9A-Za-z]{8,20}):[ \t]/;
/** How many lines of a log are searched for a queue id. */
const MAX_QUEUE_LINES = 2000;

/** The other lines of the refusal's message in an MTA log (those of its line's queue id), or null. */
function queueRecordOf(text: string, refusal: string): string | null {
  const at = text.indexOf(refusal);
  const line = at === -1 ? refusal : lineAt(text, at);
  const id = QUEUE_ID.exec(line)?.[1];
  if (!id) return null;
  const tag = `: ${id}: `;
  const record = text.split('\n', MAX_QUEUE_LINES).filter((other) => other.includes(tag) && other.trim() !== line);
  return record.length > 0 ? record.join('\n') : null;
}

/** A line that says a send failed. */
const SEND_FAILED_LINE = /\b(?:fail(?:ed|ure|s)?|could ?not|couldn't|unable|error)\b/i;
/** The address of a recipient named on one of the few lines above the refusal that says a send failed, the nearest, or null. */
function failedSendAbove(text: string, refusal: string, recipients: readonly string[]): string | null {
  const at = text.indexOf(refusal);
  if (at === -1) return null;
  const above = text.slice(Math.max(0, at - 2000), text.lastIndexOf('\n', at) + 1).split('\n').slice(-4, -1);
  for (const line of above.reverse()) {
    if (!SEND_FAILED_LINE.test(line)) continue;
    const address = addressesIn(line).find((a) => recipients.includes(a));
    if (address) return address;
  }
  return null;
}
/** A signature just before an address: a dash, a name, then a comma or a bracket ("— Priya, ", "– Jan Novak <"). */
const SIGNATURE_BEFORE = /[—–][ \t]*\p{L}[\p{L}.'’ -]{0,38}?(?:,[ \t]*<?|[ \t]*<)(?:mailto:)?$/u;
/** A refusal of the envelope sender (Postfix's reject_sender_login_mismatch): the addresses it names are the sender's and the login's. */
const SENDER_REFUSED = /\bsender address rejected\b|\bnot owned by user\b/i;
/** An address named as a login by the words after it: "entered postmaster@mg.x creds", "postmaster@mg.x's SMTP password". */
const LOGIN_AFTER = /^(?:['’]s)?[ \t]+(?:smtp[ \t]+)?(?:creds|credentials|login|password|passwort|contraseña|senha|mot de passe)\b/;
/** What comes just before a login in a line: `PlainAuth("", "`, `.login("`, `username=`, `NetworkCredential("`. */
const LOGIN_BEFORE = /(?:plainauth\(|login\(|authenticate\(|networkcredential\(|\buser(?:_?name)?["']?[ \t]*[:=])[^\n]{0,40}$/;
const FINAL_RECIPIENT = /^[ \t]*final-recipient[ \t]*:[ \t]*rfc\/?822[ \t]*;[ \t]*<?([^\s<>]{1,64}@[^\s<>]{1,253}?)>?[ \t]*$/im;

const RCPT_TO = /rcpt to:\s*<([^<>\s]{1,254})>/gi;
/** A relay refusal that names its address: `Unable to relay for a@b`, `<a@b>: Relay access denied`. */
const RELAY_NAMES = /\bunable to relay (?:for|to)\s+<?([^\s<>"',;]{1,254})>?|<([^<>\s]{1,254})>:?\s*relay(?:ing)? (?:access )?denied/i;
/** How far above its answer a RCPT TO may stand (a pipelined session sends a few commands at once). */
const RCPT_ANSWER_LINES = 4;

/** The address of the last RCPT TO within a few lines above the refusal line, if any. */
function rcptAnsweredBy(text: string, refusal: string): string | null {
  // (the refusal's words may stand twice, a note's quote of an older one above the bounce's own: the first with a command above it)
  let answered: string | null = null;
  for (let found = text.indexOf(refusal), seen = 0; found !== -1 && answered === null && seen < MAX_REFUSAL_COPIES; found = text.indexOf(refusal, found + refusal.length), seen++) answered = rcptAnsweredAt(text, found);
  return answered;
}
const MAX_REFUSAL_COPIES = 20;
function rcptAnsweredAt(text: string, found: number): string | null {
  // From the refusal's line start: error lines are trimmed, the text is not.
  const at = text.lastIndexOf('\n', found - 1) + 1;
  let from = at;
  for (let n = 0; n < RCPT_ANSWER_LINES && from > 0; n++) from = text.lastIndexOf('\n', from - 2) + 1;
  const above = text.slice(from, at);
  const commands = [...above.matchAll(RCPT_TO)];
  // Pipelined (several RCPT TOs, then the answers): which answer is whose is not told by position.
  const pipelined = commands.length > 1 && !/(?:^|\n)[^\n]{0,40}?[245]\d\d[ -]/.test(above.slice(commands.at(-2)!.index, commands.at(-1)!.index));
  const last = pipelined ? null : commands.at(-1)?.[1]?.toLowerCase();
  return last && EMAIL_EXACT.test(last) ? last : null;
}

// ---------------------------------------------------------------- client, region, domain

const CLIENT_PATTERNS: Tagged<ClientId>[] = [
  // Applications first: they run on the libraries below, but their own settings are what to fix.
  // Only by their own config files, settings screens and logs: an app named in passing ("deployed from
  // GitLab", "seen in our Grafana alert panel") is not what sent the mail.
  // (and Ghost's own packages in a stack trace, `node_modules/@tryghost/email-service/...`)
  // (and its newsletter settings and docs: "Settings → Email newsletter → Mailgun", ghost.org/docs/newsletters)
  tagged(/\/(?:var\/lib|var\/www)\/ghost\/|config\.production\.json|\bghost(?:-cli| admin| cms| blog| [45]\b)|@tryghost\/|\bghost\.org\/docs\/newsletters\b|\bemail newsletter[ \t]*(?:→|->|>)[ \t]*mailgun\b/i, 'ghost'),
  tagged(/\bDISCOURSE_SMTP_|containers\/app\.yml|\/var\/www\/discourse\b|\bdiscourse\b[^\n]{0,40}\b(?:sidekiq|launcher)\b/i, 'discourse'),
  // (GitLab from its Helm chart, whose values.yaml holds the SMTP settings, before the Omnibus VM's gitlab.rb a move left behind)
  tagged(/\bgitlab\/gitlab\b(?![\w\/.-])|\bglobal\.smtp\.|\bgitlab-sidekiq-all-in-1\b|\bgitlab(?:'s)?[ \t]+helm[ \t]+chart\b/i, 'gitlab-helm'),
  tagged(/\bgitlab_rails\[|\bgitlab-ctl\b|\/var\/log\/gitlab\//i, 'gitlab'),
  // (Mastodon's .env.production names: SMTP_AUTH_METHOD is its own; its install path in a Sidekiq trace)
  // (case-sensitive: phpBB's `smtp_auth_method` is another application's)
  tagged(/\bSMTP_AUTH_METHOD\b|\/opt\/mastodon\/|\b[Mm]astodon\b[^\n]{0,80}(?:\.env\.production\b|\b[Ss]idekiq\b|\btootctl\b)/, 'mastodon'),
  // (Listmonk's own log, `pipe.go:... error sending message in campaign`, or its SMTP settings' "Auth protocol")
  tagged(/\blistmonk\b[^\n]{0,200}\b(?:smtp|settings|campaign|logs?)\b|\berror sending message in campaign\b|^[ \t]*auth protocol[ \t]*:/im, 'listmonk'),
  // (Moodle's Outgoing mail configuration page, its settings' names, its test page)
  tagged(/\bmoodle\b[^\n]{0,160}\b(?:outgoing mail configuration|smtp hosts)\b|\bsite administration[ \t]*(?:→|->|>)[ \t]*server[ \t]*(?:→|->|>)[ \t]*e-?mail\b|\$CFG->smtp(?:hosts|user|pass|secure|authtype)\b|\/admin\/testoutgoingmailconf\.php\b|^[ \t]*smtp hosts[ \t]*:/im, 'moodle'),
  // (and its admin page named: "Nextcloud admin → Basic settings → "Send email" test")
  // (or named with its version, "usa Nextcloud 28", beside its own test mail's error, "A problem occurred while sending the email")
  // (Gitea's and Forgejo's app.ini, `[mailer]` with SMTP_ADDR or PASSWD; Vaultwarden's SMTP_* beside its name; Mattermost's own log or System Console)
  // (Gitea from its Helm chart, before Gitea itself: values.yaml's gitea.config.mailer or additionalConfigFromEnvs, or the chart named)
  tagged(/\bgitea\.(?:config\.mailer|additionalConfigFromEnvs)\b|\b(?:gitea|forgejo)\b[^\n]{0,80}\bhelm\b|\bhelm\b[^\n]{0,80}\b(?:gitea|forgejo)\b/i, 'gitea-helm'),
  tagged(/^[ \t]*\[mailer\][ \t]*$(?=[\s\S]{0,600}^[ \t]*(?:SMTP_ADDR|PASSWD|PROTOCOL)[ \t]*=)|\b(?:gitea|forgejo)\b[^\n]{0,200}\bapp\.ini\b|\bservices\/mailer\/mailer\.go\b/im, 'gitea'),
  tagged(/\bvaultwarden\b(?=[\s\S]{0,3000}\bSMTP_(?:HOST|USERNAME|PASSWORD|SECURITY|FROM)\b)|\bvaultwarden::mail\b/i, 'vaultwarden'),
  tagged(/\bmattermost\b[^\n]{0,200}\bsystem console\b|\bmattermost\.log\b|\bsystem console\b[^\n]{0,40}\benvironment\b[^\n]{0,10}\bsmtp\b|\bEnableSMTPAuth\b|\bMM_EMAILSETTINGS_\w{1,40}/i, 'mattermost'),
  tagged(/'mail_smtp(?:host|auth|name|mode|port)'|\/settings\/admin\/mailtest\b|\/var\/www\/(?:nextcloud|owncloud)\/|\bnextcloud\b[^\n]{0,100}\b(?:basic settings|email server|send email|basisinstellingen|e-?mailserver|grundeinstellungen|paramètres de base|configuración básica)\b|\bnextcloud[ \t]+\d{2}\b(?=[\s\S]{0,2000}\ba problem occurred while sending the e-?mail\b)/i, 'nextcloud'),
  // (and its mail log's own words: "Mail delivery failed via SMTP server 'smtp.mailgun.org'.")
  tagged(/\bmaildeliveryexception\b|\bmail delivery failed via smtp server\b|\bir\.mail_server\b|\bodoo\.(?:addons|service|tools|models)\b|\bodoo\b[^\n]{0,60}\b(?:outgoing mail|serveurs? de courrier|mail server)|\bconnection test failed! here is what we got instead\b|\bparamètres[ \t]*(?:→|->|>)[ \t]*technique\b|\bodoo\b[^\n]{0,200}\b(?:serveurs? de courriels? sortants?|servidor(?:es)? de correo saliente|postausgangsserver)|(?<![\wà-ÿ])échec du test de connexion ?! voici ce que nous avons obtenu\b/i, 'odoo'),
  tagged(/com\.atlassian\.mail|atlassian-(?:jira|confluence)|\b(?:jira|confluence) (?:data center|server)\b/i, 'atlassian'),
  tagged(/\borg\.keycloak\.|\bkeycloak\b[^\n]{0,60}\b(?:realm|smtp|email settings)/i, 'keycloak'),
  tagged(/\bgrafana\.ini\b|\bGF_SMTP_|\bngalert\b|\bcontact point\b/i, 'grafana'),
  // (Mautic's own log channel, `mautic.CRITICAL: ...`, its install path, or its email settings named: it runs on Symfony Mailer,
  // but its Configuration → Email Settings screen is what to fix)
  tagged(/\bmautic\.(?:critical|error|warning|notice)\b|\/var\/www\/(?:html\/)?mautic\/|\bmautic\b[^\n]{0,100}\b(?:email settings|e-?mail-?einstellungen|ajustes de (?:e-?mail|correo)|configura[cç][aã]o de e-?mail|param[eè]tres (?:d'|de l')?e-?mail|dsn)\b/i, 'mautic'),
  // (Magento's own settings, `system/smtp/auth - none` of bin/magento config:show, its Mail Sending Settings screen)
  tagged(/\bsystem\/smtp\/(?:auth|host|port|username|password|transport|ssl)\b|\bmail sending settings\b|\bmagento\b[^\n]{0,80}\bsmtp\b/i, 'magento'),
  // (self-hosted Sentry's sentry/config.yml `mail.username:`, its worker's traceback: it runs on Django, whose settings it overrides)
  tagged(/\bsentry\/config\.yml\b|\/usr\/src\/sentry\/|^[ \t]*mail\.(?:backend|host|username|password|use-tls)[ \t]*:/im, 'sentry'),
  // (Zammad's install path or log, or its email channel named: Channels → Email → Accounts)
  // (Freshdesk's custom mail server for outgoing mail, its ticket activity's "Email delivery failed for ticket #...")
  tagged(/\bfreshdesk\b[^\n]{0,120}\b(?:custom mail server|mail server settings)\b|\bemail delivery failed for ticket #\d/i, 'freshdesk'),
  tagged(/\/opt\/zammad\/|\bzammad\.log\b|\bzammad\b[^\n]{0,100}\b(?:channels?|kanäle|kanal|e-?mail-?konten|email accounts?|outbound|ausgehend|smtp)\b/i, 'zammad'),
  tagged(/\bmanage jenkins\b|\bhudson\.tasks\.mailer\b|\bjenkins\.(?:model|plugins)\.|\bextended e-?mail notification\b|\bemailext\b/i, 'jenkins'),
  // (its logger's name, its source file in a traceback, `homeassistant/components/smtp/notify.py`)
  tagged(/\bhomeassistant[./]components[./]smtp\b|^[ \t-]*platform:[ \t]*smtp[ \t]*$/im, 'home-assistant'),
  // (or its stack's own file, `/app/server/notification-providers/smtp.js`)
  // (or by its short name, "the error in Kuma's notification test")
  // (its SMTP settings or its Auth logs named in the same sentence, or its Auth service's own error)
  // (hosted: not a self-hosted one, whose settings are its .env's GOTRUE_SMTP_* and whose auth container is restarted)
  tagged(bothOf(/\bsupabase\b[^\n.]{0,60}\b(?:smtp[ \t]+settings|custom[ \t]+smtp|auth(?:entication)?[ \t]*(?:>|→)[ \t]*(?:emails?[ \t]*(?:>|→)[ \t]*)?smtp|auth[ \t]+logs?)\b|\bError sending (?:confirmation|magic link|recovery|invite) email\b/i, /(?:)/, /\bself[- ]?hosted\b|\bgotrue_smtp|\bdocker[- ]compose\b|\bsupabase-auth\b|\bSMTP_HOST=/i), 'supabase'),
  tagged(/\b(?:uptime[ -]?kuma|kuma's)\b[^\n]{0,160}\b(?:notifications?|smtp|settings)\b|\/server\/notification-providers\/smtp\.js\b/i, 'uptime-kuma'),
  // ("Alerts > Media types > Email", "the Email media type")
  tagged(/\bzabbix_server\b|^[ \t]*zabbix_export:|\bmedia types?\b[^\n]{0,20}\bemail\b|\bemail media type\b|\bzabbix\b[^\n]{0,120}\b(?:media type|action log)/im, 'zabbix'),
  // (msmtp's own log line, before WordPress: PHP's mail() goes through msmtp, a WordPress SMTP plugin named beside it talks
  // SMTP itself, so the refusal in msmtp's log is msmtp's to fix; its file named in passing is left to the tag further down)
  tagged(/\bsmtpstatus=\d{3}\b[^\n]{0,300}\bexitcode=EX_/i, 'msmtp'),
  // (not beside PHPMailer's own settings in code, `$mail->SMTPAuth = false;`: a plugin of the site's own, "nein, sie nutzen direkt
  // PHPMailer in einem eigenen Plugin", whose code is what to change)
  tagged(bothOf(guarded(/\bwordpress\b[^\n]{0,200}\b(?:smtp|mailer|mail)["']?[ \t]+plugin\b|wp mail smtp|\bwp_mail\b|post smtp|wordpress smtp|fluent ?smtp|easy wp smtp|mailgun for wordpress/i, ['wordpress', 'wp', 'post smtp', 'fluent']), /(?:)/, /\$mail->(?:smtpauth\b|issmtp\(\))/i), 'wordpress'),
  // (a website's contact form plugin, or one of WordPress's form plugins named: its SMTP settings are a plugin's screen, not PHP code)
  // (not beside PHPMailer's own code or name: then that is what is set up, whatever form it serves)
  tagged(bothOf(/\b(?:contact form 7|wpforms|gravity ?forms|ninja forms|formidable forms)\b|\bcontact[ \t]+form\b[^\n]{0,200}\bplugin\b|\bplugin\b[^\n]{0,200}\bcontact[ \t]+form\b/i, /(?:)/, /phpmailer|\$\w{1,30}->(?:host|smtpauth|username|issmtp)\b|\b(?:craft ?cms|drupal|joomla|typo3|squarespace|wix|webflow|hubspot|shopify|magento|ghost)\b/i), 'wordpress'),
  // (its error logged as JSON too: `"code":"EENVELOPE"`)
  tagged(/nodemailer|smtpconnection\._|code:\s*'E(?:ENVELOPE|AUTH|CONNECTION|MESSAGE)'|"code"\s*:\s*"E(?:ENVELOPE|AUTH|CONNECTION|MESSAGE)"/i, 'nodemailer'),
  // (not one ruled out: "Their Symfony app (not Laravel, plain Symfony 6.4)")
  // (PrestaShop, osTicket and Matomo named: their own settings screens; PrestaShop's SwiftMailer errors are no Laravel's. Not
  // beside PHPMailer's own debug output or a relaying Postfix, whose settings the paste shows)
  tagged(bothOf(/\bprestashop\b/i, /(?:)/, OWN_SENDER_SHOWN), 'prestashop'),
  tagged(bothOf(/\bosticket\b/i, /(?:)/, OWN_SENDER_SHOWN), 'osticket'),
  tagged(/\bmatomo\b|\bpiwik\b/i, 'matomo'),
  tagged(/(?<!\b(?:not|no|nicht|kein)[ \t]{1,3})laravel|swift_?transportexception|swiftmailer/i, 'laravel'),
  // Laravel's .env names: only in capitals (`mail_host` is anyone's).
  // (not a variable another framework's config reads: Spring's `host: ${MAIL_HOST}`; nor named in a sentence, "MAIL_HOST comes from
  // a k8s secret": set, `MAIL_HOST=...`, or read, `env('MAIL_HOST')`; nor beside smtplib: a Python script's own .env may use the names)
  tagged(bothOf(/\bMAIL_MAILER\b|(?<!\$\{)\bMAIL_HOST\b(?=[ \t]*[=:'")]|[ \t]*$)/m, /(?:)/, /\bsmtplib\b/i), 'laravel'),
  tagged(/symfony\\component\\mailer|\bMAILER_DSN\b|symfony mailer|\btransportexception\b/i, 'symfony'),
  // (and its own error strings: "SMTP Error: Could not authenticate.", "SMTP ERROR: Password command failed",
  // "SMTP Error: The following recipients failed: a@b: ...", "SMTP connect() failed.")
  tagged(/phpmailer|smtpdebug|client -> server:|mailer error:|smtp error: (?:could not authenticate|password command failed|the following recipients failed|data not accepted)|smtp connect\(\) failed/i, 'phpmailer'),
  // (a script that opens its own connection, `smtplib.SMTP("smtp.mailgun.org", 587)`, beside Django settings it does not read:
  // its own code is what to fix; Django's backend opens its connection itself, never shown so)
  tagged(bothOf(/\bsmtplib\.SMTP(?:_SSL)?\(/, /(?:)/, /django[./]core[./]mail/i), 'python-smtplib'),
  // Django's traceback runs through smtplib: its settings are what to fix.
  // (and django-anymail, its ESP backends: `anymail.backends.mailgun.EmailBackend`, `ANYMAIL = {...}`)
  tagged(/django[./]core[./]mail|djcelery_email|\bEMAIL_HOST_(?:USER|PASSWORD)\b|\bEMAIL_USE_TLS\b|\banymail\.(?:backends|exceptions)\b|^[ \t]*ANYMAIL[ \t]*=/m, 'django'),
  tagged(/smtplib|smtprecipientsrefused|smtpdataerror|smtpsenderrefused/i, 'python-smtplib'),
  tagged(/jakarta\.mail|javax\.mail|angus\.mail|spring\.mail|smtpaddressfailedexception|javamailsender/i, 'jakarta-mail'),
  // Send-MailMessage wraps .NET's SmtpClient, whose exceptions it prints.
  // (an Exchange send connector's own listing first: its AuthenticationCredential prints as a PSCredential; not beside a
  // Send-MailMessage of its own, which the connector's server refused)
  tagged(bothOf(/\bget-sendconnector\b|\bsmarthostauthmechanism\b/i, /\bpscredential\b/i, /send-mailmessage/i), 'exchange'),
  tagged(/send-mailmessage|\bpscredential\b|microsoft\.powershell/i, 'powershell'),
  tagged(/mailkit|smtpcommandexception|mimekit/i, 'mailkit'),
  // (not Microsoft 365's "SmtpClientAuthentication is disabled", which any client gets)
  tagged(/system\.net\.mail|smtpfailedrecipientexception|smtpexception|smtpclient(?!authentication)/i, 'dotnet-smtpclient'),
  // (not a hosted help desk's own Ruby error, Freshdesk's "Net::SMTPFatalError" under its custom mail server: its settings screen is
  // what to change, no code of the customer's)
  tagged(bothOf(/net::smtp|net-smtp|\.rb:\d+|actionmailer|action_mailer|smtpfatalerror|smtpsyntaxerror/i, /(?:)/, /\b(?:freshdesk|zendesk|help[ \t]?scout|freshservice|hubspot)\b[^\n]{0,200}?\b(?:custom[ \t]+mail[ \t]+server|outgoing[ \t]+(?:mail|server|e-?mail)|smtp[ \t]+server)\b/i), 'ruby-net-smtp'),
  // (Go's package path, not a URL's host and path, "postmaster.comcast.net/smtp-error-codes.php")
  tagged(/\blettre::|\bSmtpTransport::(?:starttls_)?relay\(|^[ \t]*lettre[ \t]*=[ \t]*["{]/im, 'lettre'),
  // Elixir's Swoosh with its SMTP adapter (gen_smtp underneath: `Swoosh.Adapters.SMTP`, `:gen_smtp_client`).
  tagged(/\bSwoosh\.Adapters\.SMTP\b|:gen_smtp_client\b|\bgen_smtp_client:/, 'swoosh'),
  tagged(/(?<!\.)net\/smtp(?!\.rb|-)|smtp\.sendmail\(|\*textproto\.error|gomail|\bsmtp\.dial\(/i, 'go-net-smtp'),
  // (its command or its transcript's markers, `=== Trying`, `<** 550`: not "swaks works with them!!" beside another program's log)
  tagged(/\bswaks[ \t]+-|^=== trying |^<\*\*[ \t]/im, 'swaks'),
  // Both stand in for the sendmail command, so they come before it.
  tagged(/\bmsmtp\b|msmtprc/i, 'msmtp'),
  // (a Synology NAS's DSM notification settings, in its languages: after msmtp, which a NAS may run for its own scripts)
  tagged(/\bsynology\b[^\n]{0,200}(?:\b(?:dsm|notifications?|smtp|e-?mail)\b|通知|メール)|\bdsm[ \t]*\d(?:\.\d)?\b[^\n]{0,200}(?:\bnotifications?\b|通知)/i, 'synology'),
  tagged(/\bssmtp\b|ssmtp\.conf|^[ \t]*mailhub[ \t]*=/im, 'ssmtp'),
  // Exchange Server's send connector: its smart host settings are what to fix (its NDRs alone may be anyone's).
  tagged(/\bsend ?connector\b|\b(?:set|new)-sendconnector\b|\bconector de env[ií]o\b|\bconnecteur d'envoi\b|\bsendeconnector\b/i, 'exchange'),
  // (or an NDR its own server generated, not Exchange Online's, about a remote server's answer: the sender's Exchange is
  // what sent, "Generating server: EXCH01.corp.local ... Remote Server at mail.x.at (194.48.137.9) returned '550 ...'";
  // not one about Mailgun's inbound MX, where the Exchange is a writer's to the customer's domain and Routes are the fix)
  // (in its other languages too: "Generierender Server:", "Servidor de generación:", "Serveur de génération :")
  tagged(bothOf(/^[ \t]*(?:generating server|generierender server|servidor de generación|serveur de génération|server di generazione)[ \t]*:[ \t]*(?![^\n]*\.(?:outlook|office365|exchangelabs)\.com\b)[\w.-]+[ \t]*$/im, /\bremote server (?:at [^\n]{1,120}?)?returned\b|\berror del servidor remoto\b|\bremoteserver hat\b|\ble serveur distant a retourné\b|\bil server remoto ha restituito\b/i, /\bmx[ab]\.(?:eu\.)?mailgun\.org\b/i), 'exchange'),
  // (Microsoft 365's outbound connector to a smart host: before Exchange Server's send connector)
  tagged(bothOf(/\boutbound connector\b|\bconnecteur (?:sortant|de sortie)\b|\bausgehende[nr]? connector\b|\bconector de salida\b/i, /\b(?:office|microsoft)[ \t]*365\b|\bm365\b|\bo365\b|\bexchange online\b|\bexchange admin center\b|\.onmicrosoft\.com\b|\.prod\.outlook\.com\b/i, /\bsend ?connector\b|\bset-sendconnector\b/i), 'm365-connector'),
  // (Windows mail servers by their names, IIS's SMTP service by its service name, its console or its virtual server;
  // OpenSMTPD by its name, its configuration file or its delivery log line: before Postfix, whose words their logs may share)
  tagged(/\bhmailserver\b/i, 'hmailserver'),
  tagged(/\bmdaemon\b/i, 'mdaemon'),
  tagged(/\bkerio\b/i, 'kerio'),
  // (not IIS Manager's "SMTP E-mail" feature, an ASP.NET site's web.config mailSettings: System.Net.Mail sends there)
  tagged(bothOf(/\bsmtpsvc\d?\b|\bsmtp virtual server\b|\biis(?:[ \t]*\d(?:\.\d)?)?(?:[ \t]+manager)?[ \t]+smtp\b/i, /(?:)/, /\bsmtp e-?mail\b|\bmailsettings\b/i), 'iis-smtp'),
  // (smtpd.conf by OpenSMTPD's path or its own lines: Cyrus SASL's /etc/postfix/sasl/smtpd.conf is Postfix's)
  tagged(/\bopensmtpd\b|\/etc\/mail\/smtpd\.conf\b|\bsmtpd\[\d{1,10}\]:[ \t]+[0-9a-f]{16}[ \t]+mta[ \t]+delivery\b/i, 'opensmtpd'),
  tagged(bothOf(/\bsmtpd\.conf\b/i, /\baction[ \t]+"?[\w-]{1,40}"?[ \t]+relay\b|\brelay[ \t]+host[ \t]+smtps?(?:\+tls)?:\/\//i, /\bpostfix\b|\bsasl\//i), 'opensmtpd'),
  // (Zimbra's own Postfix, before Postfix: its log and its admin console's words)
  tagged(/\bzimbra\b|\bzmprov\b|\/opt\/zimbra\b|\bzmmtactl\b/i, 'zimbra'),
  tagged(/\bpostfix\b|relayhost|smtp_sasl|x-postfix-queue-id|this is the mail system at host/i, 'postfix'),
  // (before Exim: a PowerMTA domain block may be named `mailgun.smarthost`)
  tagged(/\bpowermta\b|\bpmta\b|<virtual-mta\b|^type,timeLogged,timeQueued,orig,rcpt,/im, 'powermta'),
  // (Sendmail's m4 settings, before Exim's word "smarthost": `define(\`SMART_HOST', \`smtp.mailgun.org')`, its authinfo map)
  tagged(/\bdefine\(\s*[`']SMART_HOST'|\bFEATURE\(\s*[`']authinfo'|\bsendmail\.mc\b|\/etc\/mail\/authinfo\b/i, 'sendmail'),
  // (not Plesk's settings label, "Use outgoing mail relay (smarthost)": Plesk's mail server is Postfix or qmail)
  // (nor Alertmanager's `smtp_smarthost:` setting)
  // (and Exim's own bounce, sent by the sender's Exim: "SMTP error from remote mail server after RCPT TO:<a@b>:")
  tagged(/\bexim\b|(?<!smtp_)(?<!(?:mimecast|proofpoint|barracuda|ironport|sophos|fortimail)[^\n]{0,60})smarthost(?<!mail relay \(smarthost)|\bSMTP error from remote mail server after\b/i, 'exim'),
  // Exim's main log by its message ids and delivery markers: `2026-11-27 08:12:44 1vKq2R-0004Zp-3F ** a@b R=dnslookup T=remote_smtp H=...`
  tagged(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})? (?:\[\d{1,10}\] )?[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (?:\*\*|==|=>|->|<=|\*>) /m, 'exim'),
  // (and its own bounce's frame: "----- The following addresses had permanent fatal errors -----")
  tagged(/\bsendmail\b(?!\()|\bsm-mta\b|-{5}[ \t]*the following addresses had permanent fatal errors[ \t]*-{5}/i, 'sendmail'),
  // A mail program whose outgoing server is set to Mailgun's SMTP host (Thunderbird, Outlook, Apple Mail): named beside its
  // outgoing-server settings, or Thunderbird's own error ("Sending of the message failed ... The mail server responded:"). Not
  // Outlook alone, which is as often where a bounce was read.
  // (or by its own error's number, Outlook's and Windows Live Mail's "(0x800CCC79)", or their "Account: 'x', Server: 'y'" line;
  // or iPhone Mail's alert, "The message was rejected by the server because it does not allow relaying.")
  tagged(/\b(?:thunderbird|outlook|apple[ \t]+mail|mail\.app|em[ \t]+client|mailbird|windows[ \t]+mail)\b[^\n]{0,160}?(?:\bsmtp(?:\.eu)?\.mailgun\.org\b|\boutgoing[ \t]+(?:mail[ \t]+)?server\b|\bserveur[ \t]+(?:smtp[ \t]+)?sortant|\bpostausgangsserver\b|\bservidor[ \t]+(?:de[ \t]+correo[ \t]+)?saliente\b|\bservidor[ \t]+de[ \t]+(?:salida|saída)\b|\bserver[ \t]+(?:della[ \t]+posta[ \t]+)?in[ \t]+uscita\b|\buitgaande[ \t]+(?:mail)?server\b|\bserwer[ \t]+poczty[ \t]+wychodz)|\bthunderbird\b[^\n]{0,200}\bsmtp\b|\b(?:sending of the message failed|échec de l'envoi du message|senden der nachricht fehlgeschlagen)\b|メールの送信に失敗しました|送信サーバー[ \t]*[(（]smtp[)）]|\(0x800ccc[0-9a-f]{2}\)|\bwindows[ \t]+live[ \t]+mail\b|\bthe[ \t]+message[ \t]+was[ \t]+rejected[ \t]+by[ \t]+the[ \t]+server[ \t]+because[ \t]+it[ \t]+does[ \t]+not[ \t]+allow[ \t]+relaying\b|\b(?:account|konto|compte|cuenta|conta)[ \t]*:[ \t]*'[^'\n]{1,60}'[ \t]*,[ \t]*(?:server|serveur|servidor)[ \t]*:[ \t]*'|\b(?:envoyer|senden|schicken|enviar|inviare|mandare|send|sending)\b[^\n]{0,40}?\b(?:depuis|aus|desde|da|from)[ \t]+(?:thunderbird|outlook|apple[ \t]+mail)(?![.\w-])/i, 'mail-program'),
  // (last: any client named beside it is what to set, a printer relaying through it included)
  // (a printer's or scanner's scan-to-email: its brand and model, or its own words for the feature, beside its SMTP settings)
  // (and "Scan-to-Mail", a Canon's, Sharp's or Epson's MFP)
  tagged(/\bscan[ -]?to[ -]?e-?mail\b|\bscan-?to-?mail\b(?![.\w-])|\b(?:brother (?:mfc|dcp|hl)|mfc-l\d{3,5}|ricoh|kyocera|bizhub|konica minolta|xerox|imagerunner|laserjet|lexmark|canon (?:mfp|imagerunner|i-sensys)|sharp mx-[a-z]?\d{3,5}|epson (?:workforce|ecotank)|toshiba e-studio)\b[^\n]{0,200}\b(?:smtp|e-?mail|scan)|\b(?:printer|drucker|imprimante|impresora|stampante|multifunzione|multifunction|drukark\w{0,3})\b[^\n]{0,120}\b(?:smtp|scan|skan\w{0,4})|\b(?:skan|scan|scansione)[ \t]+(?:do|to|a|an|vers)[ \t]+e-?mail\b|\bricoh\b[^\n]{0,200}\bmail\w{0,3}\b/i, 'printer'),
];


/** An application's SMTP host setting that names its own machine: `host = localhost:25`, `SMTP_HOST=127.0.0.1`. */
// (and by the applications' own names: Moodle's "SMTP hosts" and `$CFG->smtphosts`, GitLab's `smtp_address`, Nextcloud's
// `'mail_smtphost' =>`, Discourse's `DISCOURSE_SMTP_ADDRESS:`)
const LOCAL_RELAY_SETTING = /(?:\b(?:smtp[ _.]?)?(?:hosts?|server|hostname|address)|smtphosts?|mail_smtphost)["'\]]?[ \t]*(?:[:=]|=>)[ \t]*["']?(?:localhost|127\.0\.0\.1|\[?::1\]?)(?![\w.-])/i;

/** The mail server whose log line this is: Postfix's delivery agent or Exim's delivery line. */
function mtaOfLogLine(line: string): ClientId | null {
  if (/\bpostfix(?:\/[\w-]{1,20})?\/smtp\[\d{1,10}\]:/.test(line)) return 'postfix';
  if (/\bexim\b|\sR=[\w-]{1,40}\sT=[\w-]{1,40}\b/.test(line)) return 'exim';
  return null;
}

/** Mail servers that are as often a recipient's as the sender's. */
const RECIPIENT_SIDE_MTAS: ReadonlySet<ClientId> = new Set(['postfix', 'exim', 'sendmail', 'exchange', 'hmailserver', 'mdaemon', 'kerio', 'iis-smtp', 'opensmtpd']);
/** A mail server's own settings shown (then it is the sender's): Postfix's, Exim's, Sendmail's, Exchange's send connector. */
const MTA_SETTINGS = /relayhost|smtp_sasl|smarthost|smart host|main\.cf|exim4\.conf|passwd\.client|sendmail\.mc|authinfo|send ?connector|x-postfix-queue-id|postfix\/smtp\[|smtp relayer|smtpd\.conf|outbound security/i;
/** The sender's own mail server named as such ("Our Postfix server sends through Mailgun"): group 1 is its name. */
// (not denied: "we have no Postfix of our own", "we don't run our own Postfix")
const OWN_MTA = /(?<!\b(?:not|no|don't|do not|never)[ \t]{1,3}(?:\w+[ \t]{1,3})?)\b(?:our|my|we run|we use|we have)[ \t]+(?:own[ \t]+)?(?!no\b)(?:\w+[ \t]+)?(postfix|exim|sendmail)\b/i;

function detectClient(text: string): ClientId | null {
  for (const { pattern, value } of CLIENT_PATTERNS) if (pattern.test(text)) return value;
  return null;
}

// (and the API the paste's events came from, "pulls from the EU events API": not asked, "the US API?"; and a setting, `MAILGUN_REGION=eu`)
// (and a domain said to be in a region, "mg.ferreteria-olmos.mx en US"; "(region US)"; "US account." alone; "through Mailgun, US)", "via the Mailgun API, US)", "We're EU.", "Account ist EU")
// (and Russian "регион EU", "в регионе EU": not asked, "регион US или EU?", nor denied; a Japanese ticket's "（株式会社X、mg.x.jp、US）";
// Swedish "EU-domän", not denied; "(from the Logs page, US)")
const REGION_SAID = /\bmailgun[ \t]+(eu|us)\b(?![\w-])|\((?:from[ \t]+)?(?:the[ \t]+)?logs?(?:[ \t]+page)?,[ \t]*(eu|us)\)|\bmailgun[ \t]+\((eu|us)\)|\((eu|us),[ \t]*[a-z0-9.-]{1,200}\.[a-z]{2,24}\)|\bdomain[ \t]+[a-z0-9.-]{1,200}\.[a-z]{2,24},[ \t]*(eu|us)\b(?![\w-])|\b(?:their|our|the|its|an?)[ \t]+(eu|us)[ \t]+(?:dashboard|control panel)\b|\bdomain(?: is)?[ \t]+[a-z0-9.-]{1,200}\.[a-z]{2,24}[ \t]*\((eu|us)\)|\b(?:cuenta|compte|conta|konto)[ \t]+(?:mailgun[ \t]+)?(eu|us)(?![\w-])|(?:\b(?:the|an?|our|their|its|your|on|in)[ \t]+|[(,][ \t]*)(eu|us)[ \t-](?:mailgun[ \t-])?(?:account|domain|hesap|hesabı)\b|\((?:api|smtp)[ \t]+mode,[ \t]*(eu|us)\)|\b(?:the|their|our|its|from)[ \t]+(eu|us)[ \t]+(?:(?:events?|logs?|messages?|sending)[ \t]+)?api\b(?![ \t]*\?)|\bmailgun_region[ \t]*[=:][ \t]*["']?(eu|us)\b|[ \t](?:en|in|em|im)[ \t]+(eu|us)(?![\w-])(?<=\.[a-z]{2,24}[ \t]+(?:en|in|em|im)[ \t]+(?:eu|us))|\((?:[^()\n]{0,30},[ \t]*)?region[ \t]+(eu|us)\)|(?:^|[.!?][ \t]+)(eu|us)[ \t]+account(?=[ \t]*[.!,]|[ \t]*$)|\bmailgun(?:[ \t]+(?:api|smtp))?,[ \t]*(eu|us)(?=[ \t]*[),.])|\b(?:we're|we[ \t]+are|they're|they[ \t]+are)[ \t]+(?:on[ \t]+)?(eu|us)(?=[ \t]*[.,;!)]|[ \t]*$)|\b(?:account|konto)[ \t]+(?:ist|is)[ \t]+(eu|us)(?![\w-])|\bfrom[ \t]+(?:the[ \t]+)?(eu|us)[ \t]+region\b|\([a-z0-9.-]{1,200}\.[a-z]{2,24},[ \t]*(eu|us)\)|(?<![a-z])(eu|us)[ \t]?アカウント|(?<![а-яё])(?:аккаунт|акк)[ \t]+(?:mailgun[ \t]+)?(eu|us)(?![\w-])|(?<![\w-])(eu|us)[ \t]+(?:mailgun[ \t]+)?(?:аккаунт|акк)(?![а-яё])|（[^）\n]{1,80}、[ \t]*(eu|us)[ \t]*）|(?<!(?:inte|ikke|nicht|not|niet)[^\n.,;]{0,20})(?<![\w-])(eu|us)-(?:domän|domæne|domene|domein|domäne)(?![\w-])|(?<![а-яё])(?<!не[^\n.,;]{0,20})(?:в[ \t]+)?регион(?:е|а)?[ \t]+(eu|us)(?![\w-])(?![ \t]*(?:или(?![а-яё])|\/|or\b)|[^\n]{0,30}\?)/m;
// (not denied: "not created in the EU region")
// (the domain's: not its routes', keys' or logins' made "in the us account view"; the last said wins, "created in the us region
// first and then re-added in eu")
const REGION_CREATED = /(?<!\b(?:not|never|wasn't|was not|n'a pas été|no fue|nicht)[ \t]{1,3})\b(?:created|set up|added|re-?added|re-?created|registered|créée?|creado|creada|creato|creata|criado|criada|angelegt|erstellt)(?![a-z])(?:(?!routes?|rules?|keys?|credentials?|logins?|users?|webhooks?|passwords?)(?:[^\n.]|\.(?=[a-z0-9]))){0,40}?\b(?:in|on|under|dans|en|im|na|nella)[ \t]+(?:(?:the|la|el|der|a)[ \t]+(?:(?:region|région|región|regione|região)[ \t]+)?(eu|us)(?![\w-])|(?:region|région|región|regione|região)[ \t]+(eu|us)(?![\w-])|(us)[ \t-]+(?:region|région|región|regione|região)\b|(eu)(?![\w-]))/g;
const REGION_CREATED_GERMAN = /(?<!\bnicht[ \t]{1,3})\b(?:im|in[ \t]+der)[ \t]+(eu|us)[- ](?:bereich|region|raum)\b[^\n.]{0,20}?\b(?:angelegt|erstellt|eingerichtet|registriert)\b/;
// ("moved from the EU account to the US one")
// (and in other languages: "migraram o domínio da região US para a EU", "migramos de US a EU", "von US nach EU umgezogen",
// "migré de la région US vers EU")
const REGION_MOVED = /\b(?:switched|moved|migrated|changed|recreated)\b(?:[^\n.]|\.(?=[a-z0-9])){0,60}?\bfrom (?:the )?(?:eu|europe|us)(?: region| account)? to (?:the )?(eu|europe|us)\b|\b(?:migraram|migramos|migrou|mudaram|mudamos|mudou|passaram|passamos|passou)\b(?:[^\n.?!]|\.(?=[a-z0-9])){0,60}?\bd[ae] (?:região )?(?:us|eu) para (?:a )?(?:região )?(eu|us)\b|\b(?:migraron|migramos|migró|movieron|movimos|movió|pasaron|pasamos|pasó)(?![a-zà-ÿ])(?:[^\n.?!]|\.(?=[a-z0-9])){0,60}?\bde (?:la región )?(?:us|eu) a (?:la )?(?:región )?(eu|us)\b|\bvon (?:der )?(?:us|eu)(?:-region)? (?:nach|in die|auf) (?:die )?(eu|us)\b(?=[^\n.?!]{0,40}?\b(?:umgezogen|migriert|verschoben|gewechselt|umgestellt)\b)|\b(?:migré|déplacé|passé|basculé)(?![a-zà-ÿ])(?:[^\n.?!]|\.(?=[a-z0-9])){0,60}?\bde (?:la région )?(?:us|eu) (?:vers|à) (?:la )?(?:région )?(eu|us)\b/;

const STATED_REGION = /\b(?:domain|account)\b(?:(?!\b(?:not|never|no longer|used to|should|must|have to|has to|to be|was|were)\b|n't\b|(?<![.\w-])(?:nicht|niet|pas|no|não|non|nie)(?![.\w-]))(?:[^.\n?]|\.(?=\S))){0,40}?(?<![\w-])(eu|us)[ \t-]region\b(?![^\n.]{0,30}\?)(?=[ \t]+(?:per|according|in|on|as)\b|[ \t]*[.,;)\n]|$)/;
// (a domain's dots do not end its sentence; words that are not ASCII need the Unicode letter class around them)
const STATED_REGION_ABROAD = /(?<![\p{L}])(?:domaine|dominio|domínio|domäne|compte|cuenta|conta|konto)(?![\p{L}])(?:(?!(?<![\p{L}.-])(?:pas|no|não|nicht|non)(?![\p{L}.-]))(?:[^.\n?]|\.(?=\S))){0,60}?(?<![\p{L}])(?:est|está|esta|ist|è|é)(?![\p{L}])(?:(?!(?<![\p{L}.-])(?:pas|no|não|nicht|non)(?![\p{L}.-]))[^.\n?]){0,20}?(?<![\p{L}])(?:région|región|regi[aã]o|regione|region)[ \t]+(eu|us)(?![\p{L}\d-])(?![^\n.]{0,30}\?)/u;
/** A domain said to be in a region in the region's word alone: "domain mail.fjordtech.no is EU." (not asked, not denied) */
const ACCOUNT_IN_US = /(?<!\b(?:antes|ya[ \t]+no|no|vieja|antiga|anterior)\b[^\n.;]{0,40})\b(?:cuenta|conta)[ \t]+(?:de[ \t]+|dos[ \t]+|de[ \t]+los[ \t]+)?(?:ee\.?[ \t]?uu\.?|eua|estados[ \t]+unidos)(?![\p{L}])/u;
const DOMAIN_IS_REGION = /\bdomain\b(?:[^\n.?]|\.(?=\S)){0,80}?[ \t]is[ \t]+(?:in[ \t]+(?:the[ \t]+)?)?(eu|us)(?![\w-])(?=[ \t]*(?:[.,;:!)]|$))/m;
/** Mailgun's SMTP host named only as a plan or asked about itself: "plan to use smtp.mailgun.org", "... smtp.mailgun.org?". */
const HOST_NOT_IN_USE = /\b(?:plan(?:s|ned|ning)?|going|want(?:s|ed)?|intend(?:s|ed)?)[ \t]+to[ \t]+(?:use|switch[ \t]+to|move[ \t]+to|migrate[ \t]+to|go[ \t]+with)[ \t]+smtp(?:\.eu)?\.mailgun\.org\b|\bsmtp(?:\.eu)?\.mailgun\.org(?=[ \t]*\?)/g;
/** A question (its sentence, up to its question mark) that names a Mailgun host. */
// (not a host the sentence says refused, "mxa.mailgun.org relaying denied when people email sales@x — routes?")
// (within its sentence, and not across a run of blanks: words set aside before, "they [swear ...]?", leave one; nor code,
// Rust's `starttls_relay("smtp.mailgun.org")?` after its bracket, a ternary's `? {`; nor an aside's question after it, "host
// smtp.mailgun.org port 587, we read SMTP_USER from env (might not be set?": a bracket closed before the mark only, "(EU) instead?")
const HOST_QUESTION = /[^\n.?!]{0,200}\b(?:smtp|mxa|mxb|api)(?:\.eu)?\.mailgun\.(?:org|net)\b(?![ \t:]{1,3}(?:relay(?:ing)?[ \t]+(?:access[ \t]+)?denied|said|refus|reject|55[04]\b))(?:[^\n.?! \t(]|\((?=[^\n()?]{0,60}\))|[ \t](?![ \t])|\.(?=\S)){0,120}(?<!\))\?["'\u201d]?(?=\s|$)(?![ \t]*[{(;:])/g;
/**
 * A call to a region's API host, and its answer on the next line, "Domain not found: mg.x.com" (curl's command, then its output).
 * (from the host on, each span bounded: started at every line's head and unbounded, it was quadratic on a long line of hosts)
 */
const API_DOMAIN_NOT_FOUND = /\bapi(?:\.eu)?\.mailgun\.net\b[^\n]{0,400}\n[^\n]{0,200}\bdomain not found\b/g;
const US_INBOUND_MX = /(?<![\w.])mx[ab]\.mailgun\.org\b/;
const EU_ROUTES_API_CALL = /api\.eu\.mailgun\.net\/v3\/routes/g;

// (an account's, not a region of something else: "(Go service, US region)" may be its cloud's)
/**
 * The region in capitals in brackets after the customer's name, where nothing else names one: "Customer: Loomis Freight (US)",
 * "Kunde (Schreinerei Holtmann GmbH, EU, Domain ...)". (Capitals: "(us)" is a pronoun; not Spanish "Estados Unidos (EU)".)
 */
function regionAfterCustomerName(text: string): Region | null {
  // (or after a business's capitalised name at the paste's start, "Maple Grove Pediatrics (US) says ...", "Rails app (Copperleaf Coffee, US)")
  const business = BUSINESS_NAME_REGION.exec(text.slice(0, BUSINESS_NAME_REACH));
  const named = CUSTOMER_NAME_REGION.exec(text)?.[1] ?? business?.[1] ?? business?.[2];
  if (named === undefined || /\bestados[ \t]+unidos\b|\bee\.[ \t]?uu\b/i.test(text)) return null;
  return named === 'EU' ? 'eu' : 'us';
}
// (or the business the person writes for, "one from the clinic (Riverside Physio, US)", or the ticket's, "ticket #70412 (Cobalt Fitness, US)")
const CUSTOMER_NAME_REGION = /\b(?:[Cc]ustomer|[Cc]lient|[Kk]und(?:e|in)|[Cc]liente|[Kk]lant|[Kk]lient|[Cc]linic|[Pp]ractice|[Ss]hop|[Ss]tore|[Ss]chool|[Hh]otel|[Aa]gency|[Tt]icket[ \t]+#?\d{1,10})\b:?[ \t]*(?:[^\n()]{1,60}[ \t])?\((?:[^()\n]{1,60},[ \t]*)?(EU|US)[ \t]*[,)]/;
const BUSINESS_NAME_REGION = /(?<![\w.-])[A-Z][\w&'-]{1,30}(?:[ \t]+[A-Z][\w&'-]{1,30}){0,4}[ \t]*\((?:[^()\n]{1,60},[ \t]*)?(EU|US)\)|\([A-Z][^()\n,]{1,60},[ \t]*(EU|US)\)/;
/** How far into the paste a business's name with its region is looked for: its opening line or two. */
const BUSINESS_NAME_REACH = 300;
const ACCOUNT_REGION_BRACKET = /\((?:[^()\n]{0,40},[ \t]*)?(eu|us)[ \t-]+(?:mailgun[ \t]+)?(?:account|konto|cuenta|compte|conta)\)/;
// (or "czy konto US czy EU", "ob US oder EU": either named after a word of asking)
// (or both named as the customer's, "has both a US and an EU account", "two domains, one on US and one on EU region", "an EU
// one (...) and a US one": neither is this case's)
const REGION_EITHER = /(?:us|eu)(?<![\w.-](?:us|eu))[ \t]+(?:or|ou|o|oder|of|lub|czy)[ \t]+(?:the[ \t]+)?(?:eu|us)(?![\w.-])|\bboth[ \t]+(?:an?[ \t]+)?(?:us|eu)[ \t]+and[ \t]+(?:an?[ \t]+)?(?:eu|us)(?![\w.-])|\bone[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?:us|eu)(?:[ \t]+region)?[ \t]+and[ \t]+(?:one|the[ \t]+other)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?:eu|us)(?![\w.-])|\ban?[ \t]+(?:eu|us)[ \t]+one\b[^\n]{0,120}?\band[ \t]+an?[ \t]+(?:us|eu)[ \t]+one\b/;
const REGION_EITHER_ALL = new RegExp(REGION_EITHER.source, 'g');

function detectRegion(lower: string): Region | null {
  if (!lower.includes('mailgun') && !lower.includes('eu') && !lower.includes('リージョン') && !lower.includes('리전') && !lower.includes('region') && !lower.includes('bölge') && !lower.includes('región') && !lower.includes('région') && !lower.includes('regiã') && !/\bus[ \t-](?:account|domain|hesap|hesabı)\b|\b(?:cuenta|compte|conta|konto|account)[ \t]+(?:(?:is|ist)[ \t]+)?us\b|\((?:eu|us)\)|,[ \t]*us\)|us[ \t]?アカウント|\bwe(?:'re|[ \t]+are)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?us\b|\b(?:domain|account|customer|client)(?: is)?[ \t]+on[ \t]+(?:the[ \t]+)?us\b|、[ \t]*us[ \t]*）|\bus-dom|регион/.test(lower)) return null;
  // (a region left open, "não sei se conta US ou EU", "US or EU account?": it names neither)
  if (REGION_EITHER.test(lower)) lower = lower.replace(REGION_EITHER_ALL, (m) => ' '.repeat(m.length));
  // A move between regions said in words ("switched their Mailgun domain from EU to US region"): where it is now,
  // whatever a host kept from before names.
  const moved = REGION_MOVED.exec(lower);
  if (moved) return ['eu', 'europe'].includes(moved.slice(1).find(Boolean) ?? '') ? 'eu' : 'us';
  // The region the domain was created in, said in words ("a été créé dans la région US"): that, whatever host the
  // settings use (a login sent to the other region's host is refused there).
  const created = lower.includes('eu') || lower.includes('us') ? [...lower.matchAll(REGION_CREATED)].at(-1) : undefined;
  // ("us" only as a region, after an article or beside the word: "a block on us" is the pronoun)
  if (created) return created.slice(1).find(Boolean) === 'eu' ? 'eu' : 'us';
  // (German, the verb last: "im EU-Bereich angelegt", "in der US-Region erstellt")
  const createdGerman = lower.includes('eu') || lower.includes('us') ? REGION_CREATED_GERMAN.exec(lower)?.[1] : undefined;
  if (createdGerman) return createdGerman === 'eu' ? 'eu' : 'us';
  // The region stated of the domain or the account ("Domain is mg.x.com, US region per the dashboard"): that, whatever
  // host a question names ("should we be on smtp.eu.mailgun.org instead?"); not denied, nor asked.
  const stated = lower.includes(' region') ? STATED_REGION.exec(lower) : null;
  if (stated) return stated[1] === 'eu' ? 'eu' : 'us';
  // (in other languages, the region's word first: "le domaine est bien dans la région EU", "el dominio está en la región EU")
  const statedAbroad = lower.includes('gi') ? STATED_REGION_ABROAD.exec(lower) : null;
  if (statedAbroad) return statedAbroad[1] === 'eu' ? 'eu' : 'us';
  // (Polish, "domena jest w regionie EU")
  // (or the account, "konto w regionie EU")
  const statedPolish = lower.includes('regionie') ? /\bdomen[ay]\b[^\n.?]{0,60}?\bjest[ \t]+w[ \t]+regionie[ \t]+(eu|us)(?![\w-])(?![^\n.]{0,30}\?)|\bkont[oa][ \t]+(?:jest[ \t]+)?w[ \t]+regionie[ \t]+(eu|us)(?![\w-])(?![^\n.]{0,30}\?)/.exec(lower) : null;
  if (statedPolish) return (statedPolish[1] ?? statedPolish[2]) === 'eu' ? 'eu' : 'us';
  // (Russian, the region's word after it: "Домен у них в EU-регионе"; not one moved to, "переезд в EU-регион")
  const statedRussian = lower.includes('регион') ? /(?<!(?:переезд|перенос|перенест[иь]|перен[её]с|переход|перейти|переехать|миграци[яюи]|мигрировать)[ \t]+(?:[а-яё]{2,12}[ \t]+)?в[ \t]+)(?<!(?:^|[^а-яё])не[ \t]+(?:[а-яё]{2,8}[ \t]+)?в[ \t]+)(?<![\w-])(eu|us)[ \t-]регион[а-яё]{0,3}(?![а-яё])(?![^\n.]{0,30}\?)/.exec(lower) : null;
  if (statedRussian) return statedRussian[1] === 'eu' ? 'eu' : 'us';
  // (or the region word alone: "Customer's domain mail.fjordtech.no is EU.")
  const domainIs = lower.includes(' is ') ? DOMAIN_IS_REGION.exec(lower) : null;
  if (domainIs) return domainIs[1] === 'eu' ? 'eu' : 'us';
  // (a region "per the dashboard", "US リージョン": said as a fact, before a host a question names)
  const perSource = /\b(eu|us)[ \t-]region[ \t]+(?:per|according[ \t]+to|in)[ \t]+(?:the[ \t]+)?(?:dashboard|control[ \t]+panel|account|ui)\b|\b(eu|us)[ \t]*リージョン(?![^\n]{0,6}(?:へ|に)?移行(?:する)?予定)/.exec(lower)?.slice(1).find(Boolean);
  if (perSource) return perSource === 'eu' ? 'eu' : 'us';
  // (a Mailgun host named only in a question, "should they move the MX to mxa.eu.mailgun.org?", "is smtp.eu.mailgun.org better
  // from Japan?", is no host in use: the hosts' regions are read from the rest)
  lower = lower.includes('mailgun.') && lower.includes('?') ? lower.replace(HOST_QUESTION, (m) => ' '.repeat(m.length)) : lower;
  // (nor an API host that answered "Domain not found" on the next line: the domain is not in that host's region)
  lower = lower.includes('domain not found') ? lower.replace(API_DOMAIN_NOT_FOUND, (m) => ' '.repeat(m.length)) : lower;
  // (nor a Routes API call on the EU host beside mail that reached the US inbound servers: the route was made in the wrong
  // region, the domain's mail goes to the US one)
  lower = lower.includes('api.eu.mailgun.net/v3/routes') && US_INBOUND_MX.test(lower) ? lower.replace(EU_ROUTES_API_CALL, (m) => ' '.repeat(m.length)) : lower;
  // Mailgun's EU message storage is `storage-europe-*.api.mailgun.net`: a whole host, not `api.mailgun.net`.
  // (not the region named as what the domain is not in: "created it before the EU region existed", "not in the EU region";
  // nor one it is to move to: "they plan to move to the EU region soon", "migrate the sending domain to the EU region next
  // month", "Wir ziehen nächsten Monat in die EU-Region um"; nor an EU domain "already created but not in use yet"; nor asked,
  // "is it because our domain is in the EU region?")
  if (/\.eu\.mailgun\.(?:org|net)\b|api\.eu\.mailgun|(?<![\w-])storage-europe-[\w-]{1,63}\.api\.mailgun\.net|(?<!\bbefore the |\bnot (?:in |on )?the |\bus or (?:the )?|\bniet (?:in )?(?:de |het )?|\bnicht (?:in )?(?:der |die |dem |im )?|\bno (?:en )?(?:la |el )?|\bnon (?:nella |nel |in )?|\bn[ãa]o (?:na |no |em )?|\bpas (?:dans )?(?:la |le )?|\b(?:move|moving|migrate|migrating|switch|switching) to (?:the )?|\b(?:plan|plans|planning|going|want|wants|will|intend|intends)\b[^\n.]{0,20}?\b(?:move|migrate|switch)\b[^\n.]{0,40} to (?:the )?|\bziehen\b[^\n.]{0,40}\bin die )\beu[ -](?:mailgun[ -])?(?:domain|region|regio|regione|endpoint|account|konto|cuenta|compte|conta)\b(?![^\n.]{0,40}\b(?:not (?:in use|used)|unused)\b)(?![ \t]*\?)|(?<!\bno (?:en )?(?:la )?|\bpas (?:dans )?(?:la )?|\bn[ãa]o (?:na )?)\beu[ -](?:región|région|região)|\beu-based\b|(?<!\b(?:not|n't)[ \t]+(?:in[ \t]+)?(?:the[ \t]+)?)\bregion[ \t]+(?:is[ \t]+|shows[ \t]+)?(?:eu|europe)(?![\w-])|\b(?:created|set up|added) (?:it )?(?:in|on|under|as) (?:the |an )?eu(?![\w-])|["'\u201c]eu["'\u201d] badge\b|\bthe eu (?:flag|badge)\b/.test(lower)) return 'eu';
  // (a host after an ellipsis, a fragment's "...mxa.mailgun.org[...]", as well; not one under another label, "x.mxa.mailgun.org")
  if (/(?<!\w)(?<![\w-]\.)(?:smtp|mx[ab])\.mailgun\.org\b|(?<![\w.])api\.mailgun\.net\b|(?<![\w-])storage-us-[\w-]{1,63}\.api\.mailgun\.net/.test(lower)) return 'us';
  // (the account's country in Spanish and Portuguese, where no host names a region: "nuestra cuenta de EE. UU.", "conta dos EUA";
  // not one given up, "antes teníamos una cuenta de EE. UU.", "ya no usamos la cuenta de EE. UU.")
  if (ACCOUNT_IN_US.test(lower)) return 'us';
  // A settings screen's "Region: EU" (WP Mail SMTP's Mailgun mailer); not an AWS region, "region: eu-west-1"
  if (/\bregion\b[ \t]*[:=][ \t]*["']?(?:eu|europe)(?![\w-])/.test(lower)) return 'eu';
  // (and its US form, "Region: U.S./North America" in the Mailgun for WordPress plugin; not an AWS region, "region: us-east-1")
  if (/\bregion\b[ \t]*[:=][ \t]*["']?(?:us|u\.s\.|united states|north america)(?![\w-])/.test(lower)) return 'us';
  // ("we're on US", "we are in the EU region": the account's region said by its owner; not asked, "are we on EU?")
  // (not someone else's servers in that region: "we are on EU servers of Hetzner")
  const ours = /\bwe(?:'re|[ \t]+are)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(us|eu)(?![\w-])(?![ \t]+(?:servers?|hosting|hosts?|machines?|data[ \t]?cent(?:er|re)s?|vps)\b)(?![^\n?.]{0,30}\?)/.exec(lower)?.[1];
  if (ours) return ours === 'eu' ? 'eu' : 'us';
  // (in other words: a Mailgun domain's "(mg.x.nl, EU)" or "mg.x.nl (EU)"; "EU リージョン" is read above)
  if (/\bmg\.[a-z0-9.-]{1,200}(?:,[ \t]*|[ \t]*\()eu\)/.test(lower)) return 'eu';
  if (/\bmg\.[a-z0-9.-]{1,200}(?:,[ \t]*|[ \t]*\()us\)/.test(lower)) return 'us';
  // (a Mailgun thing's region in brackets after it: "customer's endpoint (EU)", "failed events as CSV (US)")
  // (and the customer's own, "Kunde (EU) verschickt ...", "customer (US)": their account's region)
  const bracketed = /\b(?:account|endpoint|webhook|csv|export|events?|logs?|dashboard|control panel|domain|customer|client|kunde|cliente|klant)[ \t]{0,3}\((eu|us)\)/.exec(lower)?.[1];
  if (bracketed) return bracketed === 'eu' ? 'eu' : 'us';
  // (or after the customer's name, "Grundschule am Lindenhof (EU)": the hosts above said nothing; not "(us)", a pronoun in lower
  // case, nor Spanish "Estados Unidos (EU)", the United States)
  if (/(?<![\w.])(?<!\bunidos[ \t]{0,3})\(eu\)(?![^\n]{0,40}\?)/.test(lower) && !/\bestados[ \t]+unidos\b|\bee\.[ \t]?uu\b/.test(lower)) return 'eu';
  // (or said beside Mailgun's name or the domain's: "Mailgun US, domain x", "(EU, mg.x.at)", "domain m.x.com, US", "their EU dashboard")
  // ("regione EU", "región US", "regio EU", "US 리전": the region named as such)
  // (not denied: "el dominio no está en la región EU")
  // (not one to move to: "vão migrar para a região EU no mês que vem"; nor asked, "¿el dominio está en la región EU?")
  const regionWord = /(?<!\b(?:not|no|nicht|pas|non|não|nie)\b[^\n.,;]{0,20})(?<!\b(?:migrar|mudar|mover|pasar|passar|migrer|migrare)[ \t]+(?:para|a|pra|vers|en|in)[ \t]+(?:(?:a|la|o|el|il)[ \t]+)?)(?:\b(?:regione|región|regi[aã]o|région|regio)[ \t]+(eu|us)\b(?![\w-])(?![^\n.]{0,30}\?)|\b(eu|us)[ \t]*(?:리전|区域)|\b(eu|us)[ \t]+bölge(?:si)?(?![\p{L}]))/u.exec(lower)?.slice(1).find(Boolean);
  if (regionWord) return regionWord === 'eu' ? 'eu' : 'us';
  // ("dominio mg.x.it, account EU": the account's region after its word; "dominio EU", the domain's)
  const afterAccount = /(?<!\b(?:not|no|nicht|pas|non|não|nie)\b[^\n.,;]{0,20})\b(?:account|konto|cuenta|compte|conta|dominio|domaine)[ \t]+(eu|us)\b(?![\w-])(?![ \t]*\?)/.exec(lower)?.[1];
  if (afterAccount) return afterAccount === 'eu' ? 'eu' : 'us';
  const said = REGION_SAID.exec(lower)?.slice(1).find(Boolean);
  if (said) return said === 'eu' ? 'eu' : 'us';
  // ("EU customer" only short of a US host, and not a recipient: "mail to one EU customer fails")
  if (/(?<!\b(?:to|for|our|one)\s)(?<!\b(?:to|for) an?\s)\beu[ -]customer\b/.test(lower)) return 'eu';
  // ("US customer (Quillstack) ...": at a line's start only, where "us" is no pronoun)
  if (/(?:^|\n)[ \t]*us[ -]customer\b/.test(lower)) return 'us';
  // ("they're on EU", "the domain is on the EU region": a domain's or an account's place, not a person's)
  // (not an AWS region, "on eu-west-1", nor "on EU time")
  // ("Customer on EU sees this in a failed event")
  if (/\b(?:they're|they are|we're|we are|it's|it is|(?:domain|account|customer|client)(?: is)?)\s+on\s+(?:the\s+)?eu(?![\w-])(?![ \t]+(?:customers?|users?|servers? of|time|timezone|hours?)\b)/.test(lower)) return 'eu';
  // ("(customer on US)": the US region, said of the customer's account; not "on us", a pronoun, after anything else)
  if (/\b(?:domain|account|customer|client)(?: is)?\s+on\s+(?:the\s+)?us(?![\w-])(?![ \t]+(?:customers?|users?|servers? of|time|timezone|hours?|soil|side)\b)/.test(lower)) return 'us';
  // (the region named as the account's, "shared IP pool, US region", "(mg.x.io, EU region)", "their domain is in the US region":
  // not denied, "not in the EU region", nor a status page's "timeouts in the US region")
  // (nor asked: "is it because our domain is in the EU region?")
  const named = /\b(eu|us)[ \t-]region\b(?![^\n.]{0,30}\?)/.exec(lower);
  const before = named ? lower.slice(Math.max(0, named.index - 40), named.index) : '';
  // (nor one to move to, "they plan to move to the EU region soon")
  if (named && !/(?:\bnot\b|n't\b|(?<![.\w-])(?:nicht|niet|pas|no|não|non)(?![.\w-]))[^.\n]{0,20}$/.test(before) && !/\b(?:move|moving|migrate|migrating|switch|switching)[ \t]+to[ \t]+(?:the[ \t]+)?$|\b(?:plan|plans|planning|going|want|wants|will|intend|intends)\b[^\n.]{0,20}?\b(?:move|migrate|switch)\b[^\n.]{0,30}[ \t]to[ \t]+(?:the[ \t]+)?$/.test(before) && (/(?:^|\n|[,(;:])[ \t]*$/.test(before) || /\b(?:domain|account|customer|client|they|pool)\b[^.\n]{0,30}$/.test(before))) return named[1] === 'eu' ? 'eu' : 'us';
  return null;
}

const HOST_EXACT = new RegExp(`^${HOST}$`, 'i');
/**
 * A login or password the configuration reads from the environment: `pass: process.env.MG_PASS`,
 * `password=os.environ["SMTP_PASSWORD"]`, `os.getenv("SMTP_PASS")`, `System.getenv("MAIL_PASSWORD")`,
 * `ENV["SMTP_PASSWORD"]`, `${SMTP_PASS}` (Spring's `${SMTP_PASS:}` with its default), Laravel's `env('MAIL_PASSWORD')`.
 */
const LOGIN_FROM_ENV = new RegExp(String.raw`(?<![A-Za-z])(?:(?:smtp|mail|email)[_.]?)?(?:user_?(?:name)?|pass(?:word)?|pwd|login|auth_?(?:user|pass)|usuario|utilisateur|benutzer|${PASSWORD_NAMES_ABROAD})["']?[ \t]*(?:[:=]|=>)[ \t]*(?:"(?=\$\{))?(process\.env\.[A-Za-z_][A-Za-z0-9_]{1,60}|os\.environ(?:\.get\(|\[)[ \t]*["'][A-Za-z_][A-Za-z0-9_]{1,60}["'](?:[ \t]*,[^)\n]{0,40})?[\])]|os\.getenv\([ \t]*["'][A-Za-z_][A-Za-z0-9_]{1,60}["'](?:[ \t]*,[^)\n]{0,40})?\)|System\.get_?env\([ \t]*"[A-Za-z_][A-Za-z0-9_]{1,60}"\)|ENV\[["'][A-Za-z_][A-Za-z0-9_]{1,60}["']\]|\$\{[A-Za-z_][A-Za-z0-9_]{1,60}(?::[^}\n]{0,40})?\}|(?:get)?env\([ \t]*["'][A-Za-z_][A-Za-z0-9_]{1,60}["'][ \t]*\)|ENV\.fetch\([ \t]*["'][A-Za-z_][A-Za-z0-9_]{1,60}["'](?:[ \t]*,[^)\n]{0,40})?\)|\$\{env\{[A-Za-z_][A-Za-z0-9_]{1,60}\}[^\n]{0,40}?\})`, 'i');
const LOGIN_FROM_ENV_ALL = new RegExp(LOGIN_FROM_ENV.source, 'gi');
const MAX_ENV_SETTINGS = 20;
const ENV_CUE = /process\.env|environ|get_?env|ENV\[|ENV\.fetch|\$\{|env\(/i;

/** An MX listing's line: `10 mail.example.com.` (dig +short) or `example.com. 300 IN MX 50 mx2.example.net.`. */
const MX_LISTING = /^[ \t]*(?:[\w.-]{1,253}\.?[ \t]+(?:\d{1,10}[ \t]+)?IN[ \t]+MX[ \t]+)?(\d{1,5})[ \t]+([a-z0-9][a-z0-9.-]{0,252}?)\.?[ \t]*$/gim;
const MAX_MX_LINES = 50;
/** Words without which neither an MX listing nor a fall-back is in the paste. */
// (literals first, no \b: the engine then skips along the text to their first letters)
const BACKUP_MX_CUE = /dig [^\n]{0,40}mx|in[ \t]+mx[ \t]|nslookup|mx records?|preference|priority|fell back|failed over|fail over|fallback|backup mx|secondary mx/i;
/** The person says the mail fell back to the backup MX ("their mx1 timed out so we fell back to mx2"). */
const FELL_BACK = /\b(?:fell|falls|failed|fail) (?:back|over)\b|\bfallback\b|\b(?:backup|secondary) mx\b/i;

/**
 * The refusing server is the recipient domain's backup MX: the paste's MX listing gives it a larger preference than
 * another host, or the person says the mail fell back to it. Mail goes there when the primary does not answer, and a
 * backup that does not relay for the domain refuses it.
 */
function refusingBackupMx(text: string, host: string | null): string | null {
  if (!host || !BACKUP_MX_CUE.test(text)) return null;
  const preferences = new Map<string, number>();
  // (each host's listing line as the paste shows it: the evidence quotes the paste)
  const lines = new Map<string, string>();
  for (const m of text.matchAll(MX_LISTING)) {
    preferences.set(m[2]!.toLowerCase(), Number(m[1]));
    lines.set(m[2]!.toLowerCase(), m[0].trim());
    if (preferences.size >= MAX_MX_LINES) break;
  }
  const own = preferences.get(host);
  const primary = Math.min(...preferences.values());
  const primaryHost = [...preferences].find(([, preference]) => preference === primary)?.[0];
  if (own !== undefined && preferences.size > 1 && own > primary) return `${lines.get(primaryHost!)} · ${lines.get(host)}`;
  const label = host.slice(0, host.indexOf('.'));
  const said = FELL_BACK.exec(text);
  // (said of this host: its name or its first label near the words, "fell back to mx2")
  if (said && label.length >= 2 && new RegExp(String.raw`\b${escapeLiteral(label)}\b`, 'i').test(text.slice(Math.max(0, said.index - 80), said.index + 120))) return `${host} (${oneLine(said[0], 40)})`;
  return null;
}

/** The server that wrote a bounce: its `Reporting-MTA`, or Postfix's "This is the mail system at host X". */
// (or the From of Exim's bounce, "From: Mail Delivery System <Mailer-Daemon@srv14.host.example>"; qmail's "This is the
// qmail-send program at mail.host.example.")
const REPORTING_MTA = /^reporting-mta:[ \t]*dns;[ \t]*([a-z0-9][a-z0-9.-]{0,252}[a-z0-9])|\bthis is the mail system at host ([a-z0-9][a-z0-9.-]{0,252}[a-z0-9])|^from:[ \t]*mail delivery system[ \t]*<mailer-daemon@([a-z0-9][a-z0-9.-]{0,252}[a-z0-9])>|\bthis is the qmail-send program at ([a-z0-9][a-z0-9.-]{0,252}[a-z0-9])/im;
/**
 * The recipient domain's own gateway wrote the bounce, and the refusing server is one behind it (in the recipient's
 * domain, or at a private address): the gateway accepted the delivery (Mailgun logs it delivered) and its next hop, an
 * internal server, refused the gateway as a relay. The fault is inside the recipient's organisation. Returns the gateway.
 */
function gatewayInFrontOf(text: string, host: string, recipientDomain: string | null): string | null {
  if (!recipientDomain) return null;
  const reporting = REPORTING_MTA.exec(text);
  const gateway = (reporting?.[1] ?? reporting?.[2])?.toLowerCase();
  const inRecipientDomain = (name: string) => name === recipientDomain || name.endsWith(`.${recipientDomain}`);
  if (!gateway || gateway === host || !inRecipientDomain(gateway)) return null;
  const shownAddress = new RegExp(String.raw`${escapeLiteral(host)}[ \t]?[[(]([0-9a-f.:]{3,45})[\])]`, 'i').exec(text)?.[1];
  return inRecipientDomain(host) || (shownAddress !== undefined && isPrivateAddress(shownAddress)) ? gateway : null;
}

/** The name of the variable a LOGIN_FROM_ENV value reads. */
const READ_VARIABLE = /\$\{env\{([A-Za-z_][A-Za-z0-9_]{1,60})\}|["']([A-Za-z_][A-Za-z0-9_]{1,60})["']|\benv\.([A-Za-z_][A-Za-z0-9_]{1,60})|\$\{([A-Za-z_][A-Za-z0-9_]{1,60})/;
/**
 * A variable the deployment sets: `NAME=value` (.env, docker run, compose, a systemd unit's `Environment=NAME=value`; not
 * code's `SMTP_USER = os.getenv(...)`, which reads one), `NAME: value` (a YAML map), `- name: NAME`
 * (Kubernetes), or said so, "values.yaml sets env SMTP_USERNAME / SMTP_PASSWORD", "on Render the variables are called
 * SMTP_USER and SMTP_PASSWORD" (in other languages too: "se llaman", "heißen", "s'appellent", "se chamam", "si chiamano").
 */
// (or a listing's row, `fly secrets list`, `heroku config`: the name, two spaces or more, then its other columns)
// (a hosting page's table, `NAME  value`, its value masked as it shows it: `MAILGUN_SMTP_LOGIN   ••••••••••`)
// (or named as what a manifest holds, "deployment.yaml has `MAILGUN_SMTP_USER` and `MAILGUN_SMTP_PASS` in the secret")
const SET_VARIABLE = /^[ \t]*(?:-[ \t]+)?(?:export[ \t]+|Environment=["']?)?(?:name:[ \t]*["']?)?([A-Z][A-Z0-9_]{2,60})["']?[ \t]*(?:=(?![^\n]*(?:\$\{|getenv|environ|process\.env|ENV\[))|:(?![^\n]*(?:\$\{|getenv|environ|process\.env|ENV\[))|$|(?<=[ \t]{2})(?=[\w•*-]))|\b(?:sets?|defines?)[ \t]+(?:(?:the[ \t]+)?env(?:ironment)?(?:[ \t]+var(?:iable)?s?)?[ \t]+)?([A-Z][A-Z0-9_]{2,60})(?:[ \t]*(?:\/|,|and)[ \t]*([A-Z][A-Z0-9_]{2,60}))?|\b(?:(?:are|were)[ \t]+(?:called|named)|se[ \t]+llaman|heißen|s'appellent|se[ \t]+chamam|si[ \t]+chiamano)[ \t]+([A-Z][A-Z0-9_]{2,60})(?:[ \t]*(?:\/|,|and|y|und|et|e)[ \t]*([A-Z][A-Z0-9_]{2,60}))?|\b(?:has|holds|contains|with|and)[ \t]+([A-Z][A-Z0-9_]{2,60})=(?!=)|\b(?:has|holds|contains|defines)[ \t]+\x60?([A-Z][A-Z0-9_]{2,60})\x60?(?:[ \t]*(?:,|and|\/)[ \t]*\x60?([A-Z][A-Z0-9_]{2,60})\x60?)?[ \t]+in[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:secret|env|environment|config|configmap)\b|\bkeys?(?:[ \t]+only)?\)?:[ \t]*([A-Z][A-Z0-9_]{2,60}(?:[ \t]*,[ \t]*[A-Z][A-Z0-9_]{2,60}){0,11})|\b(?:are|is|were)[ \t]+set[ \t]+(?:on|in)[ \t]+[^\n]{1,30}?[ \t]as[ \t]+([A-Z][A-Z0-9_]{2,60})(?:[ \t]*(?:\/|,|and)[ \t]*([A-Z][A-Z0-9_]{2,60}))?|\b(?:secrets[ \t]+set|config:set|env[ \t]+set)[ \t]+((?:[A-Z][A-Z0-9_]{2,60}=(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^\s`'"]*(?![^\s`'"]))[ \t]*){1,8})|\b(?:env(?:ironment)?[ \t]+var(?:iable)?s|config[ \t]+vars)\b(?![^\n]{0,30}?\breads?\b)[^\n]{0,30}?[ \t](?:are|include)[ \t]+([A-Z][A-Z0-9_]{2,60})(?:[ \t]*(?:\/|,|and)[ \t]*([A-Z][A-Z0-9_]{2,60}))?|\b(?:secrets[ \t]+list|config|printenv|env)\`?[ \t]+shows[ \t]+([A-Z][A-Z0-9_]{2,60})(?:[ \t]*(?:\/|,|and)[ \t]*([A-Z][A-Z0-9_]{2,60}))?(?![ \t]+(?:is[ \t]+|are[ \t]+)?(?:empty|blank|missing|unset|not[ \t]+set)\b)/gm;
const MAX_SET_VARIABLES = 200;
/** The role of a variable's name: its login's or its password's. */
// (USR: Jenkins's and Docker's abbreviation, `MAILGUN_SMTP_USR`)
const roleOf = (name: string): 'login' | 'password' | null => (/PASS|PWD|SECRET/.test(name) ? 'password' : /USER|USR|LOGIN/.test(name) ? 'login' : null);

/**
 * A login or password variable the configuration reads that the deployment does not set, beside one of the same
 * role and the same prefix that it does set (`${SMTP_USER:}` read, SMTP_USERNAME set): the app gets an empty login.
 */
function loginVariableMismatch(text: string): string | null {
  if (!ENV_CUE.test(text)) return null;
  const read: string[] = [];
  for (const m of text.matchAll(LOGIN_FROM_ENV_ALL)) {
    const name = READ_VARIABLE.exec(m[1]!)?.slice(1).find(Boolean);
    if (name && !read.includes(name)) read.push(name);
    if (read.length >= MAX_ENV_SETTINGS) break;
  }
  // (a login call's arguments: `server.login(os.getenv("SMTP_USER"), os.getenv("SMTP_PASSWORD"))`)
  const loginCall = read.length === 0 && text.includes('.login(') ? LOGIN_CALL_PASSWORD_FROM_ENV.exec(text) : null;
  if (loginCall) for (const argument of loginCall.slice(1, 3)) {
    const name = READ_VARIABLE.exec(argument!)?.slice(1).find(Boolean);
    if (name && !read.includes(name)) read.push(name);
  }
  const goRead = read.length === 0 && text.includes('Getenv') ? GO_LOGIN_READ.exec(text) : null;
  if (goRead) read.push(READ_VARIABLE.exec(goRead[1]!)![2]!);
  // (or said in words: "the code reads `process.env.SMTP_USER` / `process.env.SMTP_PASS`")
  const saidRead = read.length === 0 ? READ_SAID.exec(text) : null;
  if (saidRead) for (const m of saidRead[0].matchAll(ENV_NAME_READ)) if (!read.includes(m[1]!) && roleOf(m[1]!) !== null) read.push(m[1]!);
  if (read.length === 0) return null;
  // (a list, "KEY: A, B", or a command's assignments, `fly secrets set A=… B=…`)
  // (not a setting whose own value is a variable read, Laravel's `MAIL_USERNAME=${MAILGUN_SMTP_LOGIN}`: it passes that one on)
  const passesOn = (name: string) => new RegExp(String.raw`^[ \t]*(?:export[ \t]+)?${name}[ \t]*=[ \t]*["']?\$\{?[A-Za-z_]`, 'm').test(text);
  // (nor a container variable taken from a Secret's key that the Secret shown does not hold: it is left unset)
  const unset = unsetBySecretKey(text);
  const set = new Set([...text.matchAll(SET_VARIABLE)].slice(0, MAX_SET_VARIABLES).flatMap((m) => m.slice(1).filter((name): name is string => name !== undefined).flatMap((names) => (names.includes('=') ? names.match(/(?<![^\s])[A-Z][A-Z0-9_]{2,60}(?==)/g) ?? [] : names.split(/[ \t]*,[ \t]*/)))).filter((name) => !passesOn(name) && !unset.has(name)));
  // (a prefix said renamed in the deployment, "the MG_SMTP_* env vars were renamed to MAILGUN_SMTP_* in the new helm chart": the
  // variables the code reads, set under the new prefix)
  const renamedPrefix = text.includes('*') ? PREFIX_RENAMED.exec(text) : null;
  if (renamedPrefix) for (const name of read) if (name.startsWith(renamedPrefix[1]!)) set.add(renamedPrefix[2]! + name.slice(renamedPrefix[1]!.length));
  // (one pair per role, the login's first: "MAILGUN_SMTP_LOGIN read · SMTP_USERNAME set, MAILGUN_SMTP_PASSWORD read · SMTP_PASSWORD set")
  const found = new Map<'login' | 'password', string>();
  for (const name of read) {
    if (set.has(name) || roleOf(name) === null || found.has(roleOf(name)!)) continue;
    const prefix = name.slice(0, name.indexOf('_') + 1);
    // (the same prefix, MG_SMTP_USER read and MG_SMTP_USERNAME set; the prefix dropped, MAILGUN_SMTP_USER read and SMTP_USER set;
    // one added, EMAIL_USER read and DJANGO_EMAIL_USER set; or another prefix, MAILGUN_SMTP_LOGIN read and MG_SMTP_LOGIN set)
    const rest = name.slice(prefix.length);
    const other = [...set].find((candidate) => candidate !== name && roleOf(candidate) === roleOf(name) && ((prefix !== '' && (candidate.startsWith(prefix) || (rest.includes('_') && candidate.endsWith(`_${rest}`)))) || name.endsWith(`_${candidate}`) || candidate.endsWith(`_${name}`)));
    if (other) found.set(roleOf(name)!, `${name} read · ${other} set`);
  }
  // (else names of two conventions, EMAIL_HOST_USER read and SMTP_USER set: the one mail variable of that role the
  // deployment sets and the configuration never reads)
  for (const name of read) {
    if (set.has(name) || roleOf(name) === null || found.has(roleOf(name)!)) continue;
    const unread = [...set].filter((candidate) => roleOf(candidate) === roleOf(name) && !read.includes(candidate) && MAIL_VARIABLE.test(candidate));
    if (unread.length === 1) found.set(roleOf(name)!, `${name} read · ${unread[0]} set`);
  }
  const pairs = [found.get('login'), found.get('password')].filter((pair): pair is string => pair !== undefined);
  // (the Secret's key the Deployment asks for and the Secret lacks: "(Secret notifier-smtp: no key SMTP_USERNAME)")
  const missingKey = read.map((name) => unset.get(name)).find((ref) => ref !== undefined);
  if (pairs.length) return `${pairs.join(', ')}${missingKey ? ` (Secret ${missingKey.secret}: no key ${missingKey.key})` : ''}`;
  return appListingMismatch(text, read);
}

/** A Kubernetes Secret's manifest: its name (group 1) and its `data:` or `stringData:` keys' lines (group 2). */
const SECRET_MANIFEST = /^kind:[ \t]*Secret[ \t]*\n(?:[ \t]*[\w-]{1,40}:[^\n]{0,200}\n){0,8}?[ \t]+name:[ \t]*["']?([\w.-]{1,253})["']?[ \t]*\n(?:[ \t]*[\w-]{1,40}:[^\n]{0,200}\n){0,8}?(?:data|stringData):[ \t]*\n((?:[ \t]+[A-Za-z_][\w.-]{0,60}:[^\n]{0,2000}(?:\n|$)){1,40})/gm;
/** A container variable taken from a Secret's key: `- name: SMTP_USERNAME` / `valueFrom:` / `secretKeyRef:` / `name: S` / `key: K` (groups: the variable, the Secret, the key). */
const SECRET_KEY_REF = /-[ \t]+name:[ \t]*["']?([A-Z_][A-Z0-9_]{1,60})["']?[ \t]*\n[ \t]+valueFrom:[ \t]*\n[ \t]+secretKeyRef:[ \t]*\n[ \t]+name:[ \t]*["']?([\w.-]{1,253})["']?[ \t]*\n[ \t]+key:[ \t]*["']?([\w.-]{1,253})["']?/g;
const MAX_SECRET_MANIFESTS = 6;

/**
 * The container variables a Deployment takes from a key the Secret shown beside it does not hold (`key: SMTP_USERNAME`, the
 * Secret's `data:` holding SMTP_USER): Kubernetes leaves them unset (with `optional: true`, silently).
 */
function unsetBySecretKey(text: string): ReadonlyMap<string, { secret: string; key: string }> {
  const unset = new Map<string, { secret: string; key: string }>();
  if (!text.includes('secretKeyRef') || !text.includes('Secret')) return unset;
  const held = new Map<string, Set<string>>();
  for (const m of [...text.matchAll(SECRET_MANIFEST)].slice(0, MAX_SECRET_MANIFESTS)) held.set(m[1]!, new Set([...m[2]!.matchAll(/^[ \t]+([A-Za-z_][\w.-]{0,60}):/gm)].map((key) => key[1]!)));
  for (const m of [...text.matchAll(SECRET_KEY_REF)].slice(0, MAX_SET_VARIABLES)) if (held.get(m[2]!)?.has(m[3]!) === false) unset.set(m[1]!, { secret: m[2]!, key: m[3]! });
  return unset;
}

/** A platform's listing of one app's variables: `heroku config -a fernwood-prod`, `fly secrets list -a x` (groups: the platform, the app). */
const APP_LISTING = /^[ \t]*(?:\$[ \t]*)?(heroku|fly)(?:ctl)?[ \t]+(?:config|secrets[ \t]+list)\b[^\n]*?(?:-a|--app)[ \t=]+([\w.-]{1,60})[^\n]*$/gm;
const MAX_APP_LISTINGS = 6;

/**
 * Two apps' listings, one setting the variable the configuration reads and another not (but one of the same role):
 * "works on staging, fails on prod". As loginVariableMismatch says it, with the apps after it:
 * "MAILGUN_SMTP_LOGIN read · MAILGUN_SMTP_USER set (heroku app fernwood-prod; fernwood-staging sets MAILGUN_SMTP_LOGIN)".
 */
function appListingMismatch(text: string, read: readonly string[]): string | null {
  if (!text.includes(' -a') && !text.includes('--app')) return null;
  const listings = [...text.matchAll(APP_LISTING)].slice(0, MAX_APP_LISTINGS);
  if (listings.length < 2) return null;
  const blocks = listings.map((m, i) => {
    const end = listings[i + 1]?.index ?? text.length;
    const names = new Set([...text.slice(m.index + m[0].length, end).matchAll(/^[ \t]*([A-Z][A-Z0-9_]{2,60})[ \t]*[:=]/gm)].slice(0, MAX_SET_VARIABLES).map((n) => n[1]!));
    return { platform: m[1]!, app: m[2]!, names };
  });
  for (const name of read) {
    if (roleOf(name) === null) continue;
    const has = blocks.find((b) => b.names.has(name));
    const lacks = blocks.find((b) => !b.names.has(name));
    const other = lacks && [...lacks.names].find((candidate) => candidate !== name && roleOf(candidate) === roleOf(name) && !read.includes(candidate));
    if (lacks && other) return `${name} read · ${other} set (${lacks.platform} app ${lacks.app}${has ? `; ${has.app} sets ${name}` : ''})`;
  }
  return null;
}
/** A permanent failure's words: an event's severity, a log's "permanent failure", a logs heading's "Failed · Permanent". */
const PERMANENT_FAILURE = /"severity"[ \t]*:[ \t]*"permanent"|\bseverity[ \t]*[=:][ \t]*permanent\b|\bpermanent[ \t]+failure\b|\bfailed[ \t]*[·|(-]?[ \t]*permanent\b/g;
/** The line of a permanent failure near the address (within a few hundred characters), or null. */
function permanentFailureOf(lower: string, recipient: string): string | null {
  let seen = 0;
  for (const m of lower.matchAll(PERMANENT_FAILURE)) {
    if (++seen > 50) break;
    if (lower.slice(Math.max(0, m.index - 300), m.index + 300).includes(recipient.toLowerCase())) return oneLine(lineAt(lower, m.index), 160);
  }
  return null;
}

/** A variables' prefix said renamed: "MG_SMTP_* ... renamed to MAILGUN_SMTP_*" (groups: the old prefix, the new). */
const PREFIX_RENAMED = /\b([A-Z][A-Z0-9_]{0,40}_)\*[^\n]{0,60}?\brenamed\b[^\n]{0,20}?\bto[ \t]+[`'"]?([A-Z][A-Z0-9_]{0,40}_)\*/;
/** A person's words that the code reads its login from variables, the line's rest holding their names. */
const READ_SAID = /\b(?:reads?|uses?|expects?|looks[ \t]+for)\b[^\n]{0,20}?(?:process\.env\.|os\.environ|os\.getenv\(|ENV\[)[^\n]{0,200}/;
const ENV_NAME_READ = /(?:process\.env\.|os\.environ(?:\.get\(|\[)[ \t]*["']|os\.getenv\([ \t]*["']|ENV\[["'])([A-Z][A-Z0-9_]{1,60})/g;
/** A variable named for mail: `SMTP_USER`, `MAILGUN_LOGIN`, `MG_SMTP_PASSWORD`, `MAIL_PASS`. */
// (not an API key's or a webhook's: MAILGUN_SECRET, MG_API_KEY, MAILGUN_WEBHOOK_SIGNING_KEY)
const MAIL_VARIABLE = /^(?!.*(?:API|KEY|SIGNING|WEBHOOK))(?:.*SMTP|.*MAIL_|(?:.*_)?MG_)/;

const DMARC_STRICT_RECORD = /v=DMARC1;(?=[^\n"]{0,300}?\baspf[ \t]*=[ \t]*s\b)(?=[^\n"]{0,300}?\badkim[ \t]*=[ \t]*s\b)[^\n"]{0,300}/i;

/**
 * The variables a client reads its SMTP login from by itself, whatever the paste shows: Grafana's GF_<SECTION>_<KEY>
 * (over grafana.ini), Laravel's config/mail.php (`env('MAIL_USERNAME')`).
 */
const CLIENT_LOGIN_VARIABLES: Partial<Record<ClientId, { prefix: string; names: string[]; pattern: RegExp }>> = {
  grafana: { prefix: 'GF_SMTP_', names: ['GF_SMTP_USER', 'GF_SMTP_PASSWORD'], pattern: /\bGF_SMTP_[A-Z_]{2,30}\b/g },
  laravel: { prefix: 'MAIL_', names: ['MAIL_USERNAME', 'MAIL_PASSWORD'], pattern: /^[ \t]*(MAIL_[A-Z_]{2,30})[ \t]*=/gm },
};
const MAX_CLIENT_VARIABLES = 30;

/** A client's SMTP variable set under a name it does not read (`GF_SMTP_USERNAME` for GF_SMTP_USER, `MAIL_USER` for MAIL_USERNAME), as loginVariableMismatch says it. */
function clientVariableMismatch(text: string, { names, pattern }: { names: string[]; pattern: RegExp }): string | null {
  const set = new Set([...text.matchAll(pattern)].slice(0, MAX_CLIENT_VARIABLES).map((m) => m[1] ?? m[0]));
  for (const name of names) {
    // (Grafana's Docker-secret form, `GF_SMTP_PASSWORD__FILE`, sets it too)
    const other = set.has(name) || set.has(`${name}__FILE`) ? undefined : [...set].find((candidate) => roleOf(candidate) === roleOf(name));
    if (other) return `${name} read · ${other} set`;
  }
  return null;
}

/** A line that names Vercel's Preview and Development environments (ticked for the variables) and not Production. */
const VERCEL_SCOPE_WITHOUT_PRODUCTION = /^(?![^\n]*\bprod(?:uction|ução|ucción|uktion)?\b)[^\n]{0,200}\b(?:preview|development)\b[^\n]{0,40}\b(?:preview|development)\b[^\n]{0,200}/im;

/** Compose's `env_file:` (inline, or its list's first file) and a file renamed ("renamed `.env` to `.env.production`"). */
const ENV_FILE = /\benv_file:[ \t]*(?:\n[ \t]*-[ \t]*)?["'`]?([\w./-]{1,100}?)["'`]?(?=[\s,;)]|$)/;
const FILE_RENAMED = /\brenam(?:ed|ing)[ \t]+`?([\w./-]{1,100}?)`?[ \t]+(?:to|->|→)[ \t]+`?([\w./-]{1,100}?)`?(?=[\s,;:)]|\.(?:\s|$)|$)/gi;
/** Kubernetes' `envFrom:` list, and a `secretRef` in it (`secretRef:` then `name: x`, or `secretRef: {name: x}`). */
const ENV_FROM = /^([ \t]*)(?:-[ \t]+)?envFrom:[ \t]*$/gm;
const SECRET_REF = /\bsecretRef:[ \t]*(?:\{[ \t]*name:[ \t]*["']?([\w.-]{1,253})|\n[ \t]*name:[ \t]*["']?([\w.-]{1,253}))/g;
const MAX_ENV_FROM = 10;
/** An envFrom list's lines: below it, indented deeper, or its own `- ` items at its indent (YAML allows both). */
const MAX_ENV_FROM_LINES = 30;

/**
 * Where the deployment shown loads its environment from, and the login's variables cannot be there: the Compose service's
 * `env_file:` still names a file the paste says was renamed, or one workload's `envFrom` lacks the `secretRef` another
 * one's has (a worker split out of the web Deployment). Said as `env_file: .env · renamed to .env.production` or
 * `envFrom without secretRef mailgun-smtp`.
 */
function envSourceGap(text: string): string | null {
  const envFile = text.includes('env_file') ? ENV_FILE.exec(text)?.[1] : undefined;
  if (envFile) {
    const bare = (file: string): string => file.replace(/^\.\//, '');
    for (const m of text.matchAll(FILE_RENAMED)) {
      if (bare(m[1]!) === bare(envFile) && bare(m[2]!) !== bare(envFile)) return `env_file: ${envFile} · renamed to ${m[2]}`;
    }
  }
  if (!text.includes('envFrom')) return null;
  const lists: string[][] = [];
  for (const m of text.matchAll(ENV_FROM)) {
    const indent = m[1]!.length;
    const lines = text.slice(m.index + m[0].length + 1).split('\n', MAX_ENV_FROM_LINES);
    const end = lines.findIndex((line) => line.trim() !== '' && !(indentOf(line) > indent || (/^[ \t]*- /.test(line) && indentOf(line) === indent)));
    const list = (end === -1 ? lines : lines.slice(0, end)).join('\n');
    lists.push([...list.matchAll(SECRET_REF)].map((ref) => (ref[1] ?? ref[2])!));
    if (lists.length >= MAX_ENV_FROM) break;
  }
  if (lists.length < 2) return null;
  const missing = [...new Set(lists.flat())].filter((name) => lists.some((refs) => !refs.includes(name)));
  // (a mail secret's name first: a workload without the database's secret says nothing of the SMTP login)
  const secret = missing.find((name) => /mail|smtp|mg[-_]/i.test(name)) ?? (missing.length === 1 ? missing[0] : undefined);
  return secret ? `envFrom without secretRef ${secret}` : null;
}

// (the last one named where it changed, "temporary → permanent after 7 attempts")
const severityOf = (value: string | undefined): string | null => (value === undefined ? null : (/^[ \t]*(?:temporary|permanent)\b/i.test(value) ? [...value.matchAll(/\b(temporary|permanent)\b/gi)].at(-1)![1]! : value).toLowerCase());
/** A Mailgun severity field as a line of its own, `severity=permanent`, and the attempt a Logs row's names: `Severity: temporary, attempt 4`. */
const SEVERITY_LINE = /(?:^|\n)[ \t]*"?severity"?[ \t]*[:=][ \t]*"?(temporary|permanent)\b(?:[ \t]*,[ \t]*attempt[ \t]+(\d{1,3})\b)?/;
/** The later value of a severity line that names a change, `Severity: temporary → permanent after retries`; null for none. */
function severityChangedTo(lower: string): string | null {
  const line = lower.includes('severity') ? SEVERITY_LINE.exec(lower) : null;
  return line === null ? null : /^[ \t]*(?:→|->|=>|⇒|then|,[ \t]*now)[ \t]*(temporary|permanent)\b/.exec(lower.slice(line.index + line[0].length))?.[1] ?? null;
}
/** The attempts the records show, or the one a severity line names where the records show fewer. */
function attemptsOf(shown: number | null, lower: string): number | null {
  const stated = Number(SEVERITY_LINE.exec(lower)?.[2]);
  return Number.isInteger(stated) && stated > (shown ?? 0) ? stated : shown;
}

/**
 * The person asks whether Mailgun blocks them or is at fault, or says so: "is Mailgun blocking us?", "did mailgun blacklist
 * our IP?", "Mailgun blocked us", "a Mailgun bug?", "is this on Mailgun's side?", "blockiert Mailgun uns?", "¿Mailgun nos
 * está bloqueando?". (Read on the lowercased paste.)
 */
const WHITELIST_US = String.raw`\b(?:whitelist|allowlist|unblock)[ \t]+us[ \t]+(?:on|at)[ \t]+(?:mailgun's|your)[ \t]+(?:side|end)\b`;
// (and said to Mailgun's support, its relay named as "yours": "is this your relay blocking us?")
const YOUR_RELAY_BLAMED = String.raw`\b(?:is|are)[ \t]+(?:this|it|that|these)[ \t]+your[ \t]+(?:relay|relays|server|servers|system|service)[ \t]+(?:blocking|rejecting|refusing)\b`;
const WHITELIST_ASKED = new RegExp(`${WHITELIST_US}|${YOUR_RELAY_BLAMED}`);
const MAILGUN_BLAMED = new RegExp(
  [
    YOUR_RELAY_BLAMED,
    // (and asked as a question retold: "They asked me if Mailgun blocks staging IPs"; not "checked the logs to see if Mailgun blocked anything")
    String.raw`\b(?:is|are|did|does|has|could|would|might|can|(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|want(?:s|ed)?[ \t]+to[ \t]+know)[ \t]+(?:me[ \t]+|us[ \t]+)?(?:if|whether))[ \t]+mailgun[ \t]+(?:\w+[ \t]+)?(?:block(?:ing|ed|s)?|blacklist(?:ing|ed|s)?|ban(?:ning|ned|s)?|throttl(?:ing|ed|es))\b`,
    // (in other languages: "dat Mailgun ons heeft geblokkeerd", "Mailgun blockiert uns", "Mailgun ci blocca", "Mailgun nos bloquea",
    // "Mailgun nous bloque", "Mailgun está bloqueando", "Mailgun nas zablokował")
    String.raw`\bmailgun[ \t]+(?:ons[ \t]+(?:heeft[ \t]+)?(?:geblokkeerd|blokkeert)|blockiert[ \t]+uns|hat[ \t]+uns[ \t]+(?:blockiert|gesperrt)|ci[ \t]+(?:blocca|ha[ \t]+bloccat[oi])|nos[ \t]+(?:bloquea|bloqueia|bloqueó|ha[ \t]+bloqueado|bloqueou)|nous[ \t]+(?:bloque|a[ \t]+bloqués?)|(?:está|esta)[ \t]+(?:nos[ \t]+)?bloqueando|nas[ \t]+(?:blokuje|zablokował))`,
    // (the account said blocked: "Hat Mailgun unseren Account gesperrt?", "o Mailgun bloqueou nossa conta?", "¿Mailgun suspendió nuestra cuenta?",
    // "Heeft Mailgun ons account geblokkeerd?", "Czy Mailgun zablokował nam konto?")
    String.raw`\bheeft[ \t]+mailgun[ \t]+ons[ \t]+(?:account[ \t]+)?(?:geblokkeerd|opgeschort|afgesloten)\b|\bhebben[ \t]+ze[ \t]+ons[ \t]+(?:account[ \t]+)?(?:geblokkeerd|opgeschort|afgesloten)\b|\b(?:ils|mailgun)[ \t]+nous[ \t]+(?:ont|a)[ \t]+(?:bloqués?|suspendus?)\b|\bmailgun[ \t]+(?:zablokował|zablokowal|zawiesił)[ \t]+(?:nam[ \t]+)?(?:konto|nas)\b|\bhat[ \t]+mailgun[ \t]+(?:uns|unser(?:en)?[ \t]+(?:account|konto|zugang))[ \t]+(?:blockiert|gesperrt|deaktiviert)\b|\bmailgun[ \t]+(?:bloqueou|suspendeu|desativou)[ \t]+(?:a[ \t]+)?nossa[ \t]+conta\b|\bmailgun[ \t]+(?:bloqueó|suspendió|desactivó)[ \t]+(?:nuestra|la)[ \t]+cuenta\b`,
    // (asked, or said without a negation: "Czy to wina Mailguna?", "Ist Mailgun schuld?", "Mailgun ist schuld")
    String.raw`\bczy[ \t]+to[ \t]+(?:jest[ \t]+)?wina[ \t]+mailgun\w{0,2}\b|\bist[ \t]+(?:mailgun|(?:es|das)[ \t]+mailguns)[ \t]+schuld\b[^\n.!]{0,30}\?|\bmailgun[ \t]+ist[ \t]+schuld\b`,
    // (the verb in quotes too: 'thinks Mailgun is "blocking" it')
    String.raw`\bmailgun[ \t]+(?:is[ \t]+|has[ \t]+)?["'\u201c]?(?:blocking|blocked|banned|blacklisted)["'\u201d]?[ \t]+(?:all[ \t]+)?(?:us|them|our|their|the|my|it|this|these|those)\b`,
    // ("is it really mailgun?": the refusal's author doubted)
    String.raw`\bis[ \t]+(?:it|this|that)[ \t]+(?:really|actually|truly)[ \t]+mailgun\b[^\n.!]{0,20}\?`,
    String.raw`\b(?:are|were|is|got)[ \t]+(?:we|they|our \w+|their \w+)[ \t]+(?:being[ \t]+)?(?:blocked|blacklisted|banned)[ \t]+(?:by|at)[ \t]+mailgun\b`,
    String.raw`\b(?:a|an|some)[ \t]+mailgun[ \t]+(?:bug|issue|problem|outage|glitch)\b[^\n]{0,60}\?`,
    String.raw`\bmailgun[ \t]+(?:bug|outage)[ \t]*\?`,
    // "is Mailgun broken?", "is mailgun down or something"
    String.raw`\b(?:is|was)[ \t]+mailgun[ \t]+(?:broken|down|the problem|at fault)\b`,
    String.raw`\b(?:if|whether)[ \t]+(?:this|it)(?:[ \t]+is|'s)[ \t]+["\u201c]?(?:a|an)[ \t]+mailgun[ \t]+(?:bug|issue|problem|outage|glitch|thing)\b`,
    // ("is this a Mailgun thing?")
    String.raw`\b(?:is|was)[ \t]+(?:this|it|that)[ \t]+(?:a|an)[ \t]+mailgun[ \t]+(?:bug|issue|problem|outage|glitch|thing)\b`,
    String.raw`\b(?:on|at)[ \t]+(?:mailgun's|your|the[ \t]+mailgun)[ \t]+(?:side|end)\b[^\n]{0,60}\?`,
    // "Can you whitelist us on your side?" (Mailgun's support asked to let the mail through)
    WHITELIST_US,
    String.raw`\bmailgun(?:'s)?[ \t]+fault\b`,
    // ("the list admin says Mailman is fine and it's Mailgun refusing to relay to them")
    String.raw`\b(?:it's|it[ \t]+is|that's|that[ \t]+is)[ \t]+mailgun[ \t]+(?:that's[ \t]+|that[ \t]+is[ \t]+|who's[ \t]+)?(?:refusing|rejecting|blocking|denying)\b`,
    // "Did Mailgun change something?", "Why is Mailgun refusing to relay our invoices? Fix your side please."
    String.raw`\b(?:did|has)[ \t]+mailgun[ \t]+(?:change|changed|update|updated)[ \t]+(?:something|anything)\b[^\n.!]{0,40}\?`,
    String.raw`\bwhy[ \t]+(?:is|does|did)[ \t]+mailgun[ \t]+(?:refus|reject|block|den)\w{0,6}\b[^\n.!]{0,60}\?|\bfix[ \t]+your[ \t]+(?:side|end)\b`,
    // "Ligt het aan Mailgun?", "Liegt es an Mailgun?", "¿Es culpa de Mailgun?", "È un problema di Mailgun?", "la faute de Mailgun"
    // (asked, not said: "no es culpa de Mailgun" is a statement)
    String.raw`(?:\bligt[ \t]+(?:het|dit|dat)[ \t]+aan[ \t]+mailgun\b|\bliegt[ \t]+(?:es|das)[ \t]+an[ \t]+mailgun\b|\b(?:culpa|faute|colpa|problema)[ \t]+(?:de|di|del|do)[ \t]+mailgun\b|\bmailguns[ \t]+fel\b)(?=[^\n.!]{0,60}[?？])`,
    String.raw`\bblockiert[ \t]+(?:uns[ \t]+)?mailgun\b|\bmailgun[ \t]+blockiert\b|\bgeblokkeerd[ \t]+door[ \t]+mailgun\b|\bblokkeert[ \t]+mailgun\b`,
    String.raw`\bmailgun[ \t]+(?:qui[ \t]+|que[ \t]+)?(?:nos[ \t]+|nous[ \t]+)?(?:est[áa][ \t]+)?(?:bloqueando|bloquea|bloque|bloqueou|nos bloque[óo])\b`,
  ].join('|'),
);

/**
 * The person asks whether the fault is on their own side: "is this on our side?", "our end or theirs?", "is it us or
 * them?", "is this our fault?", "anything we can do on our end?", "liegt das an uns?". (Read on the lowercased paste.)
 */
const OWN_SIDE_ASKED = new RegExp(
  [
    String.raw`\b(?:on|at|from)[ \t]+our[ \t]+(?:side|end)\b[^\n]{0,60}\?`,
    // (a customer's side asked of by their support: "is this on the customer's side?", "what does who need to fix?", "mailgun problem or theirs?")
    String.raw`\b(?:mailgun|our|your)(?:'s)?[ \t]+(?:problem|issue|fault)[ \t]+or[ \t]+(?:theirs|ours|yours|the[ \t]+customer's|the[ \t]+client's)\b`,
    String.raw`\b(?:on|at)[ \t]+(?:the[ \t]+|our[ \t]+)?(?:customer|client)(?:'s|s')[ \t]+(?:side|end)\b[^\n]{0,40}\?|\bwhat[ \t]+does[ \t]+who[ \t]+(?:need|have)[ \t]+to[ \t]+(?:fix|do|change)\b`,
    // ("Is our PlainAuth wrong again? Should we change anything in the Go code?": their own code or settings as the suspect)
    String.raw`\b(?:should|do|must)[ \t]+we[ \t]+(?:need[ \t]+to[ \t]+)?(?:change|fix|touch)[ \t]+(?:anything|something)[ \t]+in[ \t]+(?:the|our)[ \t]+(?:[\w.#+-]{1,15}[ \t]+)?(?:code|config(?:uration)?|settings|setup|app)\b[^\n]{0,40}\?|\bis[ \t]+our[ \t]+[\w.()-]{2,30}[ \t]+(?:wrong|broken)[ \t]+again\b[^\n]{0,20}\?`,
    String.raw`\bour[ \t]+(?:side|end)[ \t]+or[ \t]+(?:their|theirs|the[ \t]+recipient's)\b`,
    String.raw`\b(?:is|was)[ \t]+(?:it|this|that)[ \t]+(?:on[ \t]+)?(?:us|we)[ \t]+or[ \t]+(?:them|they)\b`,
    // ("is this on us or on the customer's mail provider?", "which side is it, ours or theirs?", "is it our side or the recipient's?")
    String.raw`\b(?:is|was)[ \t]+(?:it|this|that)[ \t]+on[ \t]+us[ \t]+or[ \t]+(?:on[ \t]+)?(?:the|their|them)\b[^\n]{0,60}\?|\bours[ \t]+or[ \t]+theirs\b|\b(?:is|was)[ \t]+(?:it|this|that)[ \t]+our[ \t]+side[ \t]+or\b`,
    // ("Чья это сторона — наша или их?", "¿es nuestro lado o el suyo?", "de su lado o del nuestro", "bei uns oder bei ihnen?", "chez nous ou chez eux ?")
    String.raw`(?<![а-яё])наша[ \t]+или[ \t]+их(?![а-яё])|\bnuestr[oa][ \t]+(?:lado[ \t]+)?o[ \t]+(?:el[ \t]+|la[ \t]+)?suy[oa]\b|\bde[ \t]+su[ \t]+lado[ \t]+o[ \t]+(?:del[ \t]+|de[ \t]+)?nuestro\b|\bdo[ \t]+lado[ \t]+deles[ \t]+ou[ \t]+do[ \t]+nosso\b|\bdo[ \t]+nosso[ \t]+lado[ \t]+ou[ \t]+do[ \t]+(?:mailgun|deles|cliente)\b|\bde[ \t]+nuestro[ \t]+lado[ \t]+o[ \t]+(?:del[ \t]+|de[ \t]+)?(?:mailgun|suyo|cliente)\b|\bbei[ \t]+uns[ \t]+oder[ \t]+bei\b|\bchez[ \t]+nous[ \t]+ou[ \t]+chez\b`,
    String.raw`\b(?:is|was)[ \t]+(?:it|this|that)[ \t]+our[ \t]+(?:fault|problem|issue)\b|\b(?:is|was)[ \t]+(?:it|this|that)[ \t]+(?:on[ \t]+)?us[ \t]*\?(?<!\b(?:eu|region|regione|región|région)\b[^\n?]{0,40}\?)`,
    // "Is this Gmail's problem, ours, or Mailgun's?"
    String.raw`\b(?:is|was)[ \t]+(?:it|this|that)[ \t]+[a-z0-9.-]{2,30}'s[ \t]+(?:fault|problem|issue)[ \t]*,[ \t]*(?:ours|mine)\b`,
    // "Does this have anything to do with us?", "Isso é problema nosso?", "¿es problema nuestro?", "Hat das was mit uns zu tun?"
    String.raw`\b(?:does|do|did|could)[ \t]+(?:it|this|that)[ \t]+have[ \t]+(?:anything|something)[ \t]+to[ \t]+do[ \t]+with[ \t]+us\b`,
    // (asked, not said: "não é problema nosso" is a statement)
    String.raw`(?<!\bn[ãa]o|\bno)(?:^|[ \t¿])(?:é|e|es|será)[ \t]+(?:um[ \t]+|un[ \t]+)?problema[ \t]+(?:nosso|nuestro)\b[^\n.!]{0,60}\?|\bhat[ \t]+(?:das|es)[ \t]+(?:etwas[ \t]+|was[ \t]+)?mit[ \t]+uns[ \t]+zu[ \t]+tun\b[^\n.!]{0,20}\?`,
    String.raw`\b(?:anything|something)[ \t]+we[ \t]+(?:can|could|should)[ \t]+(?:do|fix|change)\b[^\n]{0,60}\?`,
    // ("To nasza wina?", "po naszej stronie?", "è colpa nostra?", "c'est de notre faute ?", "ligt het aan ons?")
    String.raw`(?:^|\s)(?:czy[ \t]+)?to[ \t]+(?:nasza[ \t]+wina|nasz[ \t]+problem)(?![a-ząćęłńóśźż])[^\n.!]{0,40}\?|\bpo[ \t]+naszej[ \t]+stronie(?![a-ząćęłńóśźż])[^\n.!]{0,40}\?|(?:^|\s)(?:è|e)[ \t]+(?:un[ \t]+)?(?:problema[ \t]+nostro|colpa[ \t]+nostra)\b[^\n.!]{0,40}\?|\bc'est[ \t]+(?:de[ \t]+)?notre[ \t]+faute\b[^\n.!]{0,40}\?|\bligt[ \t]+(?:het|dit)[ \t]+aan[ \t]+ons\b`,
    String.raw`\bliegt[ \t]+(?:es|das)[ \t]+an[ \t]+uns\b|\bde[ \t]+notre[ \t]+c[oô]t[ée][ \t]*\?|\b(?:is|ligt)[ \t]+(?:het|dit|dat)[ \t]+(?:aan|bij)[ \t]+(?:onze[ \t]+kant|ons)\b[^\n.!]{0,40}\?`,
    // ("... qu'on doit corriger ça de notre côté. ... Il a raison ?", Chinese "是我们这边的问题吗？")
    String.raw`\bde[ \t]+notre[ \t]+c[oô]t[ée](?![a-zà-ÿ])[^\n]{0,120}?\b(?:il|elle|ils)[ \t]+(?:a|ont)[ \t]+raison[ \t]*\?|(?:是|是不是)我们(?:这边|这里|自己)?的问题`,
    // "the supplier says it's our problem, is it?"
    String.raw`\b(?:says?|thinks?|claims?)[ \t]+(?:it's|it[ \t]+is|this[ \t]+is)[ \t]+(?:our|on[ \t]+our)[ \t]+(?:problem|fault|issue|side|end)\b[^\n]{0,30}\?`,
    // "Is this the recipient's server refusing us?", "Is that the partner's Exchange being broken or is it us?"
    String.raw`\b(?:is|was)[ \t]+(?:this|it|that)[ \t]+(?:the[ \t]+)?(?:recipient's|their|(?!mailgun)[a-z0-9-]{2,30}'s)[ \t]+(?:server|mail[ \t]+server|side|exchange|mx|host)[ \t]+(?:rejecting|blocking|refusing|bouncing)[ \t]+(?:us|our[ \t]+(?:mail|emails?|messages?))\b[^\n.!]{0,60}\?|\bor[ \t]+is[ \t]+it[ \t]+(?:us|our[ \t]+(?:side|end|fault))\b[^\n.!]{0,20}\?`,
    // "is t-online blocking us?", "or is northwindlumber.ca rejecting us?" (the recipient's side named, not Mailgun nor "you")
    String.raw`\b(?:is|are)[ \t]+(?!(?:mailgun|you|it|this|that)\b)(?:(?:their|the)[ \t]+(?:recipient|server|mail[ \t]+server|domain|side|mx|provider)|[a-z0-9][a-z0-9.-]{1,60})[ \t]+(?:rejecting|blocking|refusing|bouncing)[ \t]+(?:us|our[ \t]+(?:mail|emails?|messages?))\b[^\n.!]{0,40}\?`,
    // "¿El problema es nuestro o del proveedor?", "é nosso ou deles?", "bei uns oder beim Empfänger?", "chez nous ou chez eux ?"
    String.raw`(?<![\w\u00c0-\u024f])(?:es|é)[ \t]+(?:nuestro|nosso)[ \t]+ou?[ \t]+(?:del?|da|dele|deles|suyo|suyos|de[ \t]+ellos)\b|\b(?:bei|an)[ \t]+uns[ \t]+oder[ \t]+(?:bei[ \t]+|beim[ \t]+|an[ \t]+|am[ \t]+)?(?:ihnen|dem|der|den|empfänger)|\bchez[ \t]+nous[ \t]+ou[ \t]+chez\b|\buns[ \t]+oder[ \t]+(?:den|dem|der)?[ \t]*empfänger`,
    // (Norwegian, Swedish and Danish: "Er dette på vår side eller deres?", "på vår sida eller deras?", "er det vores skyld?")
    String.raw`(?<![a-zæøåäö])på[ \t]+(?:vår|vores)[ \t]+(?:side|sida)[ \t]+eller\b[^\n.!]{0,40}\?|(?<![a-zæøåäö])på[ \t]+(?:deres|deras)[ \t]+(?:side|sida)[ \t]+eller[ \t]+(?:vår|vores)(?![a-zæøåäö])|(?<![a-zæøåäö])(?:vår|vores)[ \t]+(?:feil|fel|skyld)\b[^\n.!]{0,40}\?`,
    // "Is this on your side or ours?", "our fault or Contoso's?", "C'est de notre faute ou de la sienne ?", "ein Problem bei
    // Mailgun oder bei uns?", "¿es culpa nuestra?"
    String.raw`\b(?:your|their)[ \t]+(?:side|end)[ \t]+or[ \t]+ours\b|\bours[ \t]+or[ \t]+(?:yours|theirs)\b|(?<!\bnot[ \t]+)\bour[ \t]+fault[ \t]+or\b(?:[^\n.!]|[.!](?=\S)){0,40}\?|\b(?:de[ \t]+)?notre[ \t]+faute[ \t]+ou\b|\bbei[ \t]+(?:mailgun|euch|ihnen)[ \t]+oder[ \t]+bei[ \t]+uns\b|(?<!\bno[ \t]+(?:es[ \t]+)?)\bculpa[ \t]+nuestra\b(?:[^\n.!]|[.!](?=\S)){0,40}\?`,
    // "¿Es culpa de Mailgun o nuestra?", "Ligt dit aan Mailgun of aan ons?", "Is het onze schuld?", "È un problema di Mailgun o
    // delle nostre credenziali?", "the vendor's mail server's fault or ours?", "O problema é no nosso Exchange?"
    String.raw`\bculpa[ \t]+de[ \t]+[^\n?]{1,40}?[ \t]+o[ \t]+(?:nuestra|nuestro|de[ \t]+nosotros)\b|\bligt[ \t]+(?:dit|het|dat)[ \t]+aan[ \t]+(?:[^\n?]{1,40}?[ \t]+of[ \t]+aan[ \t]+)?ons\b|\b(?:is|was)[ \t]+(?:het|dit|dat)[ \t]+onze[ \t]+(?:schuld|fout)\b|\b(?:problema|colpa)[ \t]+(?:di[ \t]+[^\n?]{1,40}?[ \t]+o[ \t]+)?(?:nostr[oae]|delle[ \t]+nostre|dei[ \t]+nostri|del[ \t]+nostro|della[ \t]+nostra)\b[^\n]{0,60}\?|\bfault[ \t]+or[ \t]+ours\b|\bwhose[ \t]+(?:fault|side|problem)\b(?=[^\n.!]{0,60}[?？"”])|누구[ \t]*(?:잘못|책임)|\bliegt[ \t]+(?:es|das)[ \t]+an[ \t]+[^\n?]{1,40}?[ \t]+oder[ \t]+an[ \t]+(?:uns|unser(?:er|em|en)?)\b|\bwer[ \t]+muss[^\n?]{0,30}\bwir\b|\bproblema[ \t]+(?:é|está)[ \t]+(?:no|na|do|da)[ \t]+(?:nosso|nossa)\b[^\n]{0,80}\?`,
    // "O problema é do provedor do cliente ou nosso?", "Di chi è la colpa, nostra o loro?", "Is dit een probleem aan de kant van
    // de leverancier?", "Is this our Redmine plugin failing (bad signing key?) or Mailgun?"
    String.raw`(?:^|[ \t])(?:é|es)[ \t]+d(?:o|a|el|e[ \t]+la)[ \t]+[^\n?]{1,40}?[ \t]+ou?[ \t]+(?:nosso|nossa|nuestro|nuestra|de[ \t]+n[óo]s(?:otros)?)(?![a-zà-ÿ])(?=[^\n.!]{0,40}\?)|\bdi[ \t]+chi[ \t]+è[ \t]+la[ \t]+colpa\b|\bcolpa\b[^\n?]{0,10}\bnostr[ao][ \t]+o[ \t]+(?:loro|vostr[ao]|sua)\b|\baan[ \t]+de[ \t]+kant[ \t]+van\b[^\n?]{0,40}\?|\b(?:is|was)[ \t]+(?:it|this|that)[ \t]+(?:our|my)[ \t]+[^\n]{1,80}?[ \t]+or[ \t]+(?:mailgun|the[ \t]+recipient|theirs|them)\b`,
    // "¿Es un fallo de Mailgun o nuestro?", Swedish "Är det vårt fel eller leverantörens?", Czech "Kdo to má opravit – my,
    // Mailgun, nebo dodavatel?", "Je chyba na naší straně, nebo u příjemce?", Polish "Czyja to wina?", "po naszej stronie?"
    String.raw`\b(?:fallo|error|problema)[ \t]+de[ \t]+[^\n?]{1,40}?[ \t]+o[ \t]+(?:nuestro|nuestra|de[ \t]+nosotros)\b|(?:^|[ \t¿])(?:är|var)[ \t]+det[ \t]+(?:vårt|mitt)[ \t]+fel(?![a-zà-ÿ])(?=[^\n.!]{0,60}\?)|\bkdo[ \t]+(?:to[ \t]+)?m[áa][ \t]+(?:to[ \t]+)?opravit\b|\bczyja[ \t]+(?:to[ \t]+)?wina\b|(?<![a-zà-ž])na[ \t]+(?:naší|naši|našej)[ \t]+stran[ěe](?![a-zà-ž])[^\n.!]{0,40}\?|\bpo[ \t]+naszej[ \t]+stronie\b[^\n.!]{0,40}\?`,
    // Portuguese and Spanish "A culpa é nossa ou do destinatário?", "De quem é a culpa, nossa ou do Mailgun?", "¿De quién es la culpa?"; Danish "Er fejlen hos Zammad,
    // hos Outlook eller hos os?"
    String.raw`(?:^|[ \t¿])(?:a|la)[ \t]+culpa[ \t]+(?:é|es)[ \t]+(?:nossa|nuestra)\b[^\n.!]{0,60}\?|\bde[ \t]+quem[ \t]+é[ \t]+a[ \t]+culpa\b|\bde[ \t]+qui[eé]n[ \t]+es[ \t]+la[ \t]+culpa\b|\beller[ \t]+hos[ \t]+os[ \t]*\?`,
    // Swedish "ligger felet hos oss eller hos Mailgun?", Japanese "こちら側の問題ですか？", "悪いのはMailgun側ですか、こちらの設定ですか？"
    String.raw`\bhos[ \t]+oss[ \t]+eller[ \t]+hos\b|こちら側の問題|うちの問題|弊社側の問題|当社側の[^\n？?]{0,12}問題|悪いのは[^\n？?]{0,40}[？?]|どちら(?:側)?の(?:問題|せい)|\bchez[ \t]+(?:mailgun|eux|vous|le[ \t]+destinataire)[ \t]+ou[ \t]+chez[ \t]+nous\b`,
    // Czech "Je to chyba u nás, nebo u nich?", Korean "우리 쪽 문제인가요", Vietnamese "do phía mình hay phía họ", Turkish "Sorun
    // bizde mi, onlarda mı?", Greek "είναι δικό μας πρόβλημα ή δικό τους;"
    String.raw`(?<![a-zà-ž])u[ \t]+nás[ \t]*,?[ \t]+nebo[ \t]+u[ \t]|우리[ \t]*쪽[ \t]*(?:문제|잘못)|phía[ \t]+(?:mình|chúng[ \t]+tôi|chúng[ \t]+ta)[ \t]+hay[ \t]+phía|(?<![a-zçğıöşü])bizde[ \t]+mi(?![a-zçğıöşü])|δικό[ \t]+μας[ \t]+πρόβλημα|πρόβλημα[ \t]+δικό[ \t]+μας`,
    // "¿Es culpa del proveedor?", "É culpa do fornecedor?" (whose fault, the other party named)
    String.raw`(?:^|[ \t¿"])(?:es|é)[ \t]+culpa[ \t]+(?:del?|da|do|de[ \t]+la)[ \t]+[^\n?]{1,40}\?`,
    // "Это у них проблема или у нас?", "у нас или у них?" (Russian: theirs or ours)
    String.raw`у[ \t]+(?:них|нас)[^\n?]{0,20}?[ \t]+или[ \t]+у[ \t]+(?:нас|них)`,
  ].join('|'),
);

/** A code comment's line, `// ...` or `/* ...` (not a config file's `#`, whose switch may be the one commented out). */
// (a block comment's ` * ` line only indented: a Markdown bullet, `* no smtp auth in the plugin`, is the person's own)
const CODE_COMMENT_LINE = /^[ \t]*(?:\d{1,3}\|[\w-]{1,30}[ \t]+\|[ \t]+)?(?:\/\/|\/\*)|^[ \t]+\*[ \t]/;
/** A commented-out line (`// auth: {...}`, `# password = ...`): what it reads is not in use. */
// (not a bare `*`: a bullet point of a person's, "* await client.AuthenticateAsync(...) <- added this")
// (`--` only as a comment's own mark, followed by a space: a command line's continued `--auth-user ...` is no comment)
const COMMENTED_OUT = /^[ \t]*(?:\/\/|#|\/\*|--(?=\s|$)|;)/;
// (not a root shell's prompt before a command, "# postconf -e 'relayhost = ...'")
const COMMENTED_OUT_LINES = new RegExp(`${COMMENTED_OUT.source}(?![ \\t]*(?:postconf|postmap|postfix|systemctl|service|cat|echo|grep|sed|vi|vim|nano|exim4?|sendmail|swaks|openssl|telnet|apt(?:-get)?|yum|dnf|sudo)\\b)[^\\n]*`, 'gm');

/** The person says the login's variable is empty where the app runs ("MAIL_USERNAME / MAIL_PASSWORD come through empty"). */
const LOGIN_VARIABLE_EMPTY = /\b([A-Z][A-Z0-9_]{0,60}_(?:USER(?:NAME)?|LOGIN))\b[^\n.]{0,60}?\b(?:(?:come|comes|came) (?:through|in|out) (?:as )?empty|(?:is|are|was|were) (?:empty|blank|unset|not set|missing)|(?:is|are|was|were) (?:now |still )?empty)\b/;

/** Go code that reads the SMTP login from the environment into a variable: `u := os.Getenv("SMTP_USERNAME")` (the call in group 1). */
// (a mail variable's: not the database's `POSTGRES_USER`)
const GO_LOGIN_READ = /\b\w{1,20}[ \t]*:=[ \t]*(os\.Getenv\([ \t]*"(?=[A-Z0-9_]{0,40}(?:SMTP|MAIL|MG_))[A-Z0-9_]{0,40}(?:USER(?:NAME)?|LOGIN)[A-Z0-9_]{0,20}"[ \t]*\))/;

function loginFromEnvIn(text: string): string | null {
  if (!ENV_CUE.test(text)) return text.includes('_USER') || text.includes('_LOGIN') ? (LOGIN_VARIABLE_EMPTY.exec(text)?.[1] ?? null) : null;
  let seen = 0;
  // (a login written out in the settings, `Username = 'postmaster@mg.x'`: then a password read from the environment
  // says nothing of a missing login, which another setting explains)
  const literalLogin = LITERAL_LOGIN.test(text);
  const read: string[] = [];
  for (const m of text.matchAll(LOGIN_FROM_ENV_ALL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!COMMENTED_OUT.test(text.slice(lineStart, m.index)) && !(literalLogin && PASSWORD_KEY.test(m[0]))) read.push(m[1]!);
    // (a config's few settings: past them, commented-out copies are all there is)
    if (++seen >= MAX_ENV_SETTINGS) break;
  }
  // (of the login's and the password's, the one the person says is gone: "still has MG_SMTP_USER but MG_SMTP_PASS got removed")
  if (read.length > 1) {
    const gone = read.find((setting) => saidUnset(text, /[A-Z][A-Z0-9_]{2,60}/.exec(setting)?.[0]));
    if (gone) return gone;
  }
  if (read.length > 0) return read[0]!;
  // (Go's login read into a variable of its own: `u := os.Getenv("SMTP_USERNAME")`)
  const goRead = text.includes('Getenv') ? GO_LOGIN_READ.exec(text) : null;
  if (goRead) return goRead[1]!;
  // (or a DSN's user read from the environment: Symfony's `MAILER_DSN=smtp://${MAILGUN_SMTP_LOGIN}:${MAILGUN_SMTP_PASSWORD}@smtp.mailgun.org:587`)
  return text.includes('://${') ? (DSN_FROM_ENV.exec(text)?.[1] ?? null) : null;
}
/** Whether the person says the variable is gone where the app runs ("MG_SMTP_PASS got removed", "SMTP_PASS is missing"). */
function saidUnset(text: string, variable: string | undefined): boolean {
  if (!variable) return false;
  const at = text.search(new RegExp(String.raw`\b${variable}\b[^\n.]{0,30}?\b(?:got|was|were|is|are|has been|have been|went)[ \t]+(?:removed|deleted|dropped|lost|missing|unset|empty|not set)\b`));
  return at !== -1;
}
/** A login setting written out as an address: `$mail->Username = 'postmaster@mg.x.example'`, `user: "a@b"`, `['smtp_user_name'] = "a@b"` (group 1). */
// (or unquoted, as the line's whole value: an .env's `MAIL_USERNAME=postmaster@mg.x`, a form's "Username: a@b"; group 2)
// (and swaks's `--auth-user postmaster@mg.x.example` or `-au ...`, Slack's link around it undone by now, group 3; Java's and
// .NET's credentials in code, `new PasswordAuthentication("a@b", ...)`, group 4; Go's `smtp.PlainAuth("", "a@b", ...)`, group 5;
// and, in MAP_LINE_LOGINS, a Postfix sasl_passwd line, `[smtp.eu.mailgun.org]:587 a@b:password`, or Exim's passwd.client, `*.mailgun.org:a@b:password`)
/** A login passed in a call: Jakarta Mail's PasswordAuthentication, .NET's NetworkCredential (group 1), Go's smtp.PlainAuth (group 2). */
/** msmtp's `user a@b` line of an account, its login in group 1. */
const MSMTP_USER_LINE = String.raw`^[ \t]*user[ \t]+([^"'\s@]{1,64}@[^"'\s]{1,253})[ \t]*$`;
// (and Symfony Mailer's error, the login it sent: `Failed to authenticate on SMTP server with username "a@b" using ...`)
const CALL_LOGIN_SOURCE = String.raw`\b(?:PasswordAuthentication|NetworkCredential)\([ \t]*"([^"\s@]{1,64}@[^"\s]{1,253})"|\bsmtp\.PlainAuth\([ \t]*"[^"\n]{0,100}"[ \t]*,[ \t]*"([^"\s@]{1,64}@[^"\s]{1,253})"|\bauthenticate on SMTP server with username[ \t]+"([^"\s@]{1,64}@[^"\s]{1,253})"`;
// (`smtp: auth PLAIN a@b`: the login a Go service logs before net/smtp's Auth)
// (an unquoted login ends at Japanese or Chinese punctuation too: "（user: postmaster@x.mailgun.org）だそうです")
const LITERAL_LOGIN = new RegExp(String.raw`(?:user[_ ]?(?:name)?|login|usuario|utilisateur|benutzer)["']?\]?[ \t]*(?:[:=]|=>)[ \t]*(?:["']([^"'\s@]{1,64}@[^"'\s]{1,253})["']|([^"'\s@]{1,64}@[^"'\s,;()（）、。，：；]{1,253}?)[.]?[ \t]*(?:$|\(|(?=[（）、。，：；])))|(?:--auth-user|\s-au|\bsmtp: auth (?:PLAIN|LOGIN))[ \t]+["']?([^"'\s@]{1,64}@[^"'\s]{1,253}?)["']?:?(?=\s|$)|${MSMTP_USER_LINE}|${CALL_LOGIN_SOURCE}`, 'im');
const LITERAL_LOGIN_ALL = new RegExp(LITERAL_LOGIN.source, 'gim');
const MSMTP_USER = new RegExp(MSMTP_USER_LINE, 'm');
const MAILGUN_ORG = /mailgun\.org/i;
/** A login map's line for Mailgun's host: Postfix's sasl_passwd (group 1), Exim's passwd.client (group 2); read only beside a Mailgun host. */
const MAP_LINE_LOGINS = /^[ \t]*(?:\[[\w.-]{3,253}\](?::\d{1,5})?|[\w.-]{0,200}mailgun\.org(?::\d{1,5})?)[ \t]+([^\s:@]{1,64}@[^\s:]{1,253}):\S|^[ \t]*\*?[\w.-]{0,200}mailgun\.org:([^\s:@]{1,64}@[^\s:]{1,253}):\S/gim;

/** The server that wrote a delivery report (REPORTING_MTA), lower-cased. */
function reportingMtaIn(text: string): string | null {
  const m = /reporting-mta|mail system at host|mailer-daemon@|qmail-send program/i.test(text) ? REPORTING_MTA.exec(text) : null;
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]!).toLowerCase().replace(/\.$/, '') : null;
}

/** An envelope sender a transcript shows (`MAIL FROM:<a@b>`) or swaks was given (`--from a@b`). */
const ENVELOPE_SENDER = /\bMAIL FROM:[ \t]*<([^<>\s@]{1,64}@[^<>\s@]{1,253})>|(?:^|[ \t])(?:--from|-f)[ \t]+["']?([^"'\s<>@]{1,64}@[^"'\s<>@]{1,253}?)["']?(?=[ \t]|\\?$)/gim;

/** The envelope sender of the refused session: the last one shown before the refusal (a transcript may hold several sessions), else the first. */
function envelopeSenderIn(text: string, refusalAt: number): string | null {
  if (!/mail from|--from|-f /i.test(text)) return null;
  let found: string | null = null;
  for (const m of text.matchAll(ENVELOPE_SENDER)) {
    if (found !== null && refusalAt !== -1 && m.index > refusalAt) break;
    found = (m[1] ?? m[2]!).toLowerCase();
  }
  return found;
}

/**
 * A From setting's address: a key that names the sender (`from_address`, `MAIL_FROM_ADDRESS`, `spring.mail.from`,
 * `DEFAULT_FROM_EMAIL`, `"from"`, PowerShell's `$From`) with the address as its value, perhaps after a display name (`"'Fieldnotes' <a@x>"`), or
 * msmtp's `from a@x` on a line of its own, Moodle's `noreplyaddress`, Send-MailMessage's `-From "a@x"`. Group 1, 2 or 3 is the address.
 */
const FROM_SETTING = /(?:^|[\s"'{(,$])["']?(?:[a-z][a-z0-9]{0,20}[._]){0,4}(?:from(?:[_.-]?(?:address|addr|email|mail))?|default_from_email|sender[ _-]?e-?mail|absender(?:-?e-?mail|adresse)?|remitente|mittente|expéditeur|afzender|noreply[_-]?address)["')]?[ \t]*(?:[:=]|=>|(?<=_[a-z]{2,10}[ \t]+)is(?=[ \t]))[ \t]*["']?(?:[^\n@<>]{0,60}<)?([^\s@<>"',;]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24})|^[ \t]*from[ \t]+([^\s@<>"',;]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24})[ \t]*$|(?:^|[ \t])-from[ \t]+["']([^\s@<>"',;]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24})["']/gim;
/** A mail's own header, `From: Dana Whitfield <dana@x>` (capitalised, at its line's start), is no setting. */
const MAIL_HEADER_FROM = /^[ \t]*From:[ \t]/;
/** How many From settings are read for one that is not a mail system's own (a bounce's `From: MAILER-DAEMON@...`). */
const MAX_FROM_SETTINGS = 10;

/** The first From setting's address that is no mail system's own, lower-cased, or null. */
function fromSettingIn(text: string): string | null {
  if (!/from|sender|remitente|mittente|expéditeur|afzender|noreply/i.test(text)) return null;
  let seen = 0;
  for (const m of text.matchAll(FROM_SETTING)) {
    const address = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    const lineStart = text.lastIndexOf('\n', m.index + 1) + 1;
    const line = text.slice(lineStart, m.index + m[0].length);
    if (!/^(?:mailer-daemon|postmaster|no-?reply-?daemon)@/.test(address) && !COMMENTED_OUT.test(line) && !/^[ \t]*>/.test(line) && !MAIL_HEADER_FROM.test(line)) return address;
    if (++seen >= MAX_FROM_SETTINGS) break;
  }
  return null;
}

/**
 * An Exchange send connector's name as the paste quotes it: `send connector "To Mailgun"`, `Set-SendConnector "Relay"`,
 * `New-SendConnector -Name 'Mailgun'`, "Sendeconnector „Mailgun Relay“". Group 1 is the name.
 */
// (the quote after a blank, a colon or an `=`: not the apostrophe of "the send connector's 'Smart host' setting"; each run of
// blanks bounded, none beside another unbounded one)
// (or by its label alone in the connector's settings, "Conector: "Mailgun Outbound"")
const SEND_CONNECTOR_NAME = /(?:\bsend ?connector|\bsendeconnector|\bconector de env[ií]o|\bconnecteur d'envoi|\b(?:conector|connettore|connecteur|connector)(?=[ \t]{0,10}:)|\b(?:set|new|get)-sendconnector(?:[ \t]{1,10}-(?:identity|name))?)(?:[ \t]{1,10}(?:called|named))?(?:[ \t]{1,10}|[ \t]{0,10}[:=][ \t]{0,10})["'\u201c\u201e\u00ab]([^"'\u201c\u201d\u201e\u00ab\u00bb\n]{1,60})["'\u201d\u201c\u00bb]/i;

/** Get-SendConnector's listing of one connector, its Name above its SmartHosts: group 1 is the name. */
const LISTED_SEND_CONNECTOR = /^[ \t]*Name[ \t]*:[ \t]*([^\n]{1,60}?)[ \t]*\n(?:[ \t]*[A-Za-z]{1,40}[ \t]*:[^\n]{0,300}\n){0,12}?[ \t]*SmartHosts[ \t]*:/im;

/** The send connector's name the paste quotes, or the one its Get-SendConnector listing shows in use (not a disabled one), or null. */
function sendConnectorIn(text: string): string | null {
  const name = (SEND_CONNECTOR_NAME.exec(text)?.[1] ?? (text.includes('SmartHosts') ? LISTED_SEND_CONNECTOR.exec(withoutDisabledRecords(text))?.[1] : undefined))?.trim();
  return name && !/^(?:none|null)$/i.test(name) ? name : null;
}

/** The first login setting written out as an address that is not commented out (LITERAL_LOGIN), lower-cased. */
function literalLoginIn(text: string): string | null {
  return firstUncommentedLogin(text, LITERAL_LOGIN_ALL) ?? (MAILGUN_ORG.test(text) ? firstUncommentedLogin(text, MAP_LINE_LOGINS) : null) ?? (text.includes('%40') ? dsnLoginIn(text) : null);
}

/** A DSN's login, its @ written %40 (Symfony's `MAILER_DSN=smtp://postmaster%40mg.x.com:...@smtp.mailgun.org:587`), not commented out. */
const DSN_LOGINS = /\b(?:smtps?|mailgun(?:\+smtps?)?):\/\/([^\s:@/%]{1,64}%40[a-z0-9.-]{1,253}\.[a-z]{2,24}):/gi;
function dsnLoginIn(text: string): string | null {
  return firstUncommentedLogin(text, DSN_LOGINS)?.replace('%40', '@') ?? null;
}

function firstUncommentedLogin(text: string, pattern: RegExp): string | null {
  let seen = 0;
  for (const m of text.matchAll(pattern)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!COMMENTED_OUT.test(text.slice(lineStart, m.index))) return m.slice(1).find((group) => group !== undefined)!.toLowerCase();
    if (++seen >= MAX_ENV_SETTINGS) break;
  }
  return null;
}
/** A password setting's key at the start of a LOGIN_FROM_ENV match. */
// (and the word in Portuguese, Spanish, German and Dutch code: `SENHA = os.environ.get("MG_SMTP_SENHA", "")`)
const PASSWORD_KEY = new RegExp(String.raw`^(?:(?:smtp|mail|email)[_.]?)?(?:(?:auth_?)?pass|pwd|${PASSWORD_NAMES_ABROAD})`, 'i');

/** Where a password setting (`pass: process.env.MG_SMTP_PASS`, `->Password = getenv('X')`) reads its environment variable, not commented out. */
function passwordFromEnvIn(text: string): string | null {
  if (!ENV_CUE.test(text)) return null;
  let seen = 0;
  const found: Array<{ variable: string; at: number }> = [];
  for (const m of text.matchAll(LOGIN_FROM_ENV_ALL)) {
    if (++seen > MAX_ENV_SETTINGS) break;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (PASSWORD_KEY.test(m[0]) && !COMMENTED_OUT.test(text.slice(lineStart, m.index))) found.push({ variable: m[1]!, at: m.index });
  }
  // (two transports, each with its own pair: the password nearest the login the diagnosis reads, `auth: { user:
  // process.env.MG_FALLBACK_USER, pass: process.env.MG_FALLBACK_PASS }`, not the other transport's MG_PASS)
  if (found.length > 1) {
    const login = loginFromEnvIn(text);
    const loginAt = login === null ? -1 : text.search(new RegExp(String.raw`${login.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\w)`));
    if (loginAt === -1) return found[0]!.variable;
    return found.reduce((nearest, password) => (Math.abs(password.at - loginAt) < Math.abs(nearest.at - loginAt) ? password : nearest)).variable;
  }
  if (found.length === 1) return found[0]!.variable;
  // (or the second argument of a login call: smtplib's `server.login(os.environ["MG_SMTP_USER"], os.environ["MG_SMTP_PASS"])`;
  // or a DSN's password, see loginFromEnvIn)
  // (or Go's `smtp.PlainAuth("", u, os.Getenv("SMTP_PASSWORD"), host)`: its third argument)
  return (text.includes('.login(') ? LOGIN_CALL_PASSWORD_FROM_ENV.exec(text)?.[2] : undefined) ?? (text.includes('://${') ? DSN_FROM_ENV.exec(text)?.[2] : undefined) ??
    (text.includes('PlainAuth(') ? GO_PLAIN_AUTH_PASSWORD.exec(text)?.[1] : undefined) ?? null;
}
const GO_PLAIN_AUTH_PASSWORD = /\bsmtp\.PlainAuth\([^,\n]{0,60},[^,\n]{0,80},[ \t]*(os\.Getenv\([ \t]*"[A-Za-z_]\w{0,60}"[ \t]*\))/;
/** A DSN whose user and password are environment variables: `smtp://${LOGIN}:${PASSWORD}@host`. */
const DSN_FROM_ENV = /\bsmtps?:\/\/(\$\{[A-Za-z_]\w{0,60}\}):(\$\{[A-Za-z_]\w{0,60}\})@/i;
/** A login call's two arguments, each read from the environment (Python's smtplib, Go's and Ruby's alike). */
const ENV_READ = String.raw`(?:os\.environ(?:\[[ \t]*["'][A-Za-z_]\w{0,60}["'][ \t]*\]|\.get\([ \t]*["'][A-Za-z_]\w{0,60}["'][^)\n]{0,40}\))|os\.getenv\([ \t]*["'][A-Za-z_]\w{0,60}["'][ \t]*\)|ENV\[["'][A-Za-z_]\w{0,60}["']\]|process\.env\.[A-Za-z_]\w{0,60})`;
// (the login may be a variable of the code's own, `server.login(user, os.environ["MG_SMTP_PASS"])`: the password is still the environment's)
const LOGIN_CALL_PASSWORD_FROM_ENV = new RegExp(String.raw`\.login\([ \t]*(${ENV_READ}|[A-Za-z_][\w.]{0,60})[ \t]*,[ \t]*(${ENV_READ})[ \t]*\)`);

/** Mailgun's suppression events (`suppress-bounce`) and its 605-607 answers, worded as Mailgun words them. */
// (and an SDK's or a job's report of the list it went on: "suppression: added to bounces list for mg.x.eu")
const MAILGUN_SUPPRESSION = /\bsuppress-(bounce|unsubscribe|complaint)\b|\bnot delivering to (?:a )?(?:(previously bounced)|(unsubscribed)|(user who marked))|\badded to (?:the )?(?:domain's )?(bounce|unsubscribe|complaint)s? (?:list|table)\b/g;
const MAX_SUPPRESSIONS = 200;
/** Just before "added to ... list": a rule or a plan ("are added", "will be added", "gets added"), no event. */
const RULE_NOT_EVENT = /\b(?:are|is|will|would|should|could|may|might|get|gets|be|being)[ \t]+(?:(?:automatically|then|also|usually|normally)[ \t]+)?$/;
/** Before the words on their line: a person asking or denying ("could this be a suppress-bounce?", "it is not a suppress-bounce"), not an address's `no-reply@`. */
const ASKED_OR_DENIED = /(?<![\w@.-])(?:not|no|never|nothing|if|whether|could|might|maybe)(?![\w@-])|n't\b/;

/**
 * The suppression Mailgun shows for the refused recipient: on a line that names that address, or
 * that names none when the paste has no other recipient. Not a person's question or denial. (Each
 * line is judged once, at its first suppression: a long line of them is read once, not per match.)
 */
/** A table row's date and time at a line's end, as the dashboard's lists show them: `12/04/2024 09:14 AM`. */
const ROW_DATE_AT_END = /[ \t]+\d{1,2}\/\d{1,2}\/\d{4}[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[ap]m)?[ \t]*$/i;
/** The Bounces list's own table, copied from the dashboard: its header row ("Email address  Error code  Error  Date created"). */
const BOUNCES_TABLE_HEADER = /^[ \t]*(?:email[ \t]+)?address[ \t]+(?:error[ \t]+)?code[ \t]+error[ \t]+(?:date[ \t]+)?created\b/m;
function suppressionShownFor(lower: string, recipient: string | null, recipients: readonly string[]): Suppression | null {
  // (the list itself: an address in a row under its header is on it)
  if (recipient !== null && lower.includes('bounces') && BOUNCES_TABLE_HEADER.test(lower)) {
    const header = BOUNCES_TABLE_HEADER.exec(lower)!;
    if (lower.indexOf(recipient.toLowerCase(), header.index) !== -1) return 'bounce';
  }
  if (!lower.includes('suppress-') && !lower.includes('not delivering') && !lower.includes('added to')) return null;
  let seen = 0;
  let judgedUpTo = -1;
  for (const m of lower.matchAll(MAILGUN_SUPPRESSION)) {
    if (m.index < judgedUpTo) continue;
    if (++seen > MAX_SUPPRESSIONS) break;
    const lineStart = lower.lastIndexOf('\n', m.index) + 1;
    const lineEnd = lower.indexOf('\n', m.index);
    judgedUpTo = lineEnd < 0 ? lower.length : lineEnd;
    const line = lower.slice(lineStart, judgedUpTo);
    if (line.includes('?') || ASKED_OR_DENIED.test(lower.slice(lineStart, m.index))) continue;
    // (a list the address went on, told as what happened: not a doc's rule, "addresses that hard bounce are added to the bounce list")
    if (m[5] && RULE_NOT_EVENT.test(lower.slice(lineStart, m.index))) continue;
    const named = line.includes('@') ? addressesIn(line) : [];
    const forRecipient = recipient === null || (named.length > 0 ? named.includes(recipient) : recipients.length <= 1);
    const list = m[1] ?? m[5];
    if (forRecipient) return list === 'bounce' || m[2] ? 'bounce' : list === 'unsubscribe' || m[3] ? 'unsubscribe' : 'complaint';
  }
  return null;
}

/** "the customer is on a dedicated IP", "we send from our dedicated IP": not a question, a plan or a denial ("should we get a dedicated IP?", "we are not on a dedicated IP"). */
const DEDICATED_IP = /\b(?:on|uses?|using|has|have|had|got|with|from|via|through)(?: an?| our| their| its| his| her| the)? dedicated ip\b|\b(?:new|fresh|brand[ -]new) dedicated ip\b|[(,][ \t]{0,3}dedicated ip\b(?=[ \t]*(?:[),]|(?:[:=][ \t]*)?(?:\d{1,3}\.){3}\d{1,3}\b|[:=][ \t]*(?:yes|true)\b))/g;
// (a statement: no question mark ending its sentence)
const DEDICATED_IP_ABROAD = /(?<![a-zà-ÿ'])(?<!\b(?:no|não|non|pas|nicht|niet|nie|geen)[ \t]+)(?:utilise|utilisent|a|ont|usa|usan|tiene|tienen|nutzt|nutzen|hat|haben|usa|hanno|ha|tem|têm|gebruikt|gebruiken|heeft|hebben)[ \t]+(?:une|una|um|uma|eine|een)[ \t]+(?:ip[ \t]+(?:dédiée|dedicada|dedicato|dedicata|dedicado)|dedizierte[ \t]+ip|dedicated[ \t]+ip|toegewezen[ \t]+ip|eigen[ \t]+ip)(?![a-zà-ÿ])(?![^\n.!?]{0,60}\?)/;
const PLAN_OR_QUESTION = /\?|\b(?:should|would|could|if|whether|get|buy|add|move|switch|consider\w*|plan(?:s|ning|ned)?(?= (?:to|on|for)\b)|want|need)\b/;
/** A denial in the words just before the mention: "we are not on a dedicated IP", "we don't have a dedicated IP". */
const DENIED_BEFORE = /(?:\b(?:not|no|never)|n't)\b(?:[ \t]+[\w-]+){0,3}[ \t]*$/;
const MAX_DEDICATED_IP_MENTIONS = 20;

/** A record's time in seconds (an epoch `timestamp`, or an ISO date), or null. */
function timeOf(record: ReadonlyMap<string, string>): number | null {
  const value = (record.get('timestamp') ?? record.get('createdat'))?.trim();
  if (!value) return null;
  const epoch = Number(value);
  if (Number.isFinite(epoch) && epoch > 0) return epoch;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed / 1000;
}

/**
 * The most delivery attempts to `recipient` that the records show: the highest attempt-no, or (with none)
 * its failed records counted. Null when none, or when a delivery to it succeeded (the attempts are over).
 */
function attemptsShown(records: readonly ReadonlyMap<string, string>[], recipient: string | null): number | null {
  let highest = 0;
  let counted = 0;
  let deliveredAt: number | null = null;
  let failedAt: number | null = null;
  let deliveredAttempt = 0;
  let permanent = 0;
  for (const record of records) {
    const to = record.get('recipient')?.trim().toLowerCase();
    if (recipient !== null && to !== undefined && to !== recipient) continue;
    const event = record.get('event');
    // (a record with nothing of an attempt in it, a chatter line a loose parse kept, counts for nothing)
    if (event === undefined && !record.has('code') && !record.has('message') && !record.has('severity')) continue;
    if (event !== undefined && /^delivered$/i.test(event.trim())) {
      // (an older delivery leaves the later failures standing: only one after them ends the attempts)
      const at = timeOf(record);
      if (at !== null) deliveredAt = Math.max(deliveredAt ?? at, at);
      const attempt = Number(record.get('attemptno'));
      if (Number.isInteger(attempt) && attempt > 0) deliveredAttempt = Math.max(deliveredAttempt, attempt);
      continue;
    }
    // (an export's accepted rows are no attempts that failed)
    if (event !== undefined && !/fail|bounce|defer|drop|reject/i.test(event)) continue;
    counted++;
    if (/^perm/i.test(record.get('severity') ?? '')) permanent++;
    const at = timeOf(record);
    if (at !== null) failedAt = Math.max(failedAt ?? at, at);
    const attempt = Number(record.get('attemptno'));
    if (Number.isInteger(attempt) && attempt > highest && attempt < 1000) highest = attempt;
  }
  // (a delivery after the failures, by its time or by its attempt number, ends the attempts)
  // (by time when both are known; by attempt number only without them)
  const deliveredLater =
    deliveredAt !== null && failedAt !== null
      ? deliveredAt > failedAt
      : deliveredAttempt > 0 && highest > 0
        ? deliveredAttempt > highest
        : deliveredAt !== null || deliveredAttempt > highest;
  if (deliveredLater) return null;
  // (attempt-no counts one message's tries; rows without it may be different messages, each tried once; two permanent failures
  // of the address are two messages, a permanent failure ends a message's tries: then no count of one message's attempts)
  if (highest === 0 && permanent > 1) return null;
  const attempts = highest > 0 ? highest : counted;
  return attempts > 0 ? attempts : null;
}

/**
 * The different addresses at the domain of `recipient` that the paste shows refused alike: every recipient
 * found there, but for those its records (a report's rows, events) show only delivered or accepted, or
 * refused with another error (a report's "User unknown" row), and those on a line with another error's code.
 */
// (`byOtherHost`: the refusal is the recipient side's server's; an address refused at Mailgun's SMTP host, an old error quoted
// beside it, "Falha no envio: 550 5.7.1 Relaying denied (servidor smtp.mailgun.org:587)" above "Destinatário: pedidos@x", is not alike)
function refusedAtDomain(lower: string, records: readonly ReadonlyMap<string, string>[], recipients: readonly string[], recipient: string | null, byOtherHost: boolean): number {
  if (recipient === null) return 0;
  const domain = recipient.slice(recipient.lastIndexOf('@')).toLowerCase();
  // (one address at the domain, the refused one: nothing to weigh)
  if (!recipients.some((r) => r.toLowerCase().endsWith(domain) && r.toLowerCase() !== recipient.toLowerCase())) return 1;
  const alike = new Map<string, boolean>(); // address → a record of it shows the relay refusal (or a failure without words)
  for (const record of records) {
    const to = record.get('recipient')?.trim().toLowerCase();
    if (to === undefined || !to.endsWith(domain)) continue;
    const event = record.get('event');
    const failed = event === undefined ? /^[45]/.test(record.get('code') ?? '') || record.has('severity') : /fail|bounce|defer|drop|reject/i.test(event);
    const words = record.get('message') ?? record.get('error') ?? record.get('diagnosticcode');
    alike.set(to, (alike.get(to) ?? false) || (failed && (words === undefined || RELAY_LINE.test(words))));
  }
  // (the first 20 at the domain: the count matters only up to "several")
  return recipients.filter((r) => r.toLowerCase().endsWith(domain)).slice(0, 20).filter((r) => {
    const address = r.toLowerCase();
    if (alike.has(address)) return alike.get(address)!;
    // (the refused recipient itself counts, whatever its lines say)
    if (address === recipient.toLowerCase()) return true;
    // (without records: none of its lines gives it another error's code, "a@x 550 5.1.1 User unknown", or tells of
    // its delivery, "what we sent to b@x arrived fine")
    const otherError = (line: string) => (ENHANCED_CODE.test(line) || hasFailureCode(line)) && !RELAY_LINE.test(line);
    return !placesOf(lower, address).some(({ line, clause }) => otherError(line) || tellsOfDelivery(clause)) && !(byOtherHost && refusedAtMailgunSmtp(lower, address));
  }).length;
}

/** A line with the address, or the line above it, naming Mailgun's SMTP host: that address was refused on its way to Mailgun. */
function refusedAtMailgunSmtp(lower: string, address: string): boolean {
  let seen = 0;
  for (let at = lower.indexOf(address); at !== -1 && seen++ < 10; at = lower.indexOf(address, at + address.length)) {
    const lineStart = lower.lastIndexOf('\n', at) + 1;
    const above = lineStart > 0 ? lower.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
    const lineEnd = lower.indexOf('\n', at);
    if (SMTP_HOST_NAMED.test(lower.slice(above, lineEnd === -1 ? lower.length : lineEnd))) return true;
  }
  return false;
}

const DELIVERY_WORD = /deliver|arrived|status=sent|\b25[012][ -]|"msg"/;

/** How many other recipients' failed records are told. */
const RECORD_FAILURES_TOLD = 6;
/** Each failed record of another recipient than the refused one, as a line: its address, code and words. */
function recordFailuresBeside(records: readonly ReadonlyMap<string, string>[], recipient: string | null): string[] {
  const lines: string[] = [];
  for (const record of records) {
    const to = record.get('recipient')?.trim().toLowerCase();
    const event = record.get('event');
    const words = record.get('message') || record.get('description');
    if (to === undefined || to === recipient?.toLowerCase() || event === undefined || !/fail|bounce|drop|reject/i.test(event) || !words || !record.get('code')) continue;
    lines.push(`${to}: ${record.get('code')} ${words}`.slice(0, OTHER_ERROR_MAX));
    if (lines.length === RECORD_FAILURES_TOLD) break;
  }
  return lines;
}

/** A line that tells of a delivery (a delivered row, a sent status, "arrived fine"), with no failure on it; not "wasn't delivered". */
function tellsOfDelivery(line: string): boolean {
  // (and told in the present: "mail to sales@x arrives fine")
  const said = /\b(?:delivered|arrived|arrives|gets through)\b/.test(line) && !/(?:\bnot|n't|\bnever|\bun)[ \t]*(?:been[ \t]+|be[ \t]+)?(?:delivered|arrived|arrives|gets through)\b/.test(line);
  return (said || DELIVERED_LINE.test(line)) && !FAILED_ON_LINE.test(line);
}

/**
 * The different addresses at the domain of `recipient` (not it) that the paste shows delivered: a record's
 * delivered event, or a line of a log or a report that tells of the delivery to it (the first 200 found).
 */
function deliveredAtDomain(lower: string, records: readonly ReadonlyMap<string, string>[], recipient: string | null): number {
  if (recipient === null) return 0;
  const domain = recipient.slice(recipient.lastIndexOf('@')).toLowerCase();
  const delivered = new Set<string>();
  for (const record of records) {
    const to = record.get('recipient')?.trim().toLowerCase();
    if (to !== undefined && to.endsWith(domain) && /^delivered$/i.test(record.get('event')?.trim() ?? '')) delivered.add(to);
  }
  // (only with a word of a delivery, and the domain named more than once: else no line tells of another address there)
  if (DELIVERY_WORD.test(lower) && lower.indexOf(domain) !== lower.lastIndexOf(domain)) {
    let seen = 0;
    for (let at = lower.indexOf(domain); at !== -1 && seen < 200; at = lower.indexOf(domain, at + domain.length)) {
      seen++;
      let start = at;
      while (start > 0 && at - start < 64 && isLocalChar(lower.charCodeAt(start - 1))) start--;
      const end = at + domain.length;
      if (start === at || isDomainChar(lower.charCodeAt(end) || 32)) continue;
      if (tellsOfDelivery(placeAround(lower, start, end).clause)) delivered.add(lower.slice(start, end));
    }
  }
  delivered.delete(recipient.toLowerCase());
  return delivered.size;
}

/** The places of `lower` that hold the address (not as the end of a longer one: `ana@x` in `diana@x`), the first ten. */
function placesOf(lower: string, address: string): { line: string; clause: string }[] {
  const places: { line: string; clause: string }[] = [];
  for (let at = lower.indexOf(address); at !== -1 && places.length < 10; at = lower.indexOf(address, at + address.length)) {
    if (at === 0 || !isLocalChar(lower.charCodeAt(at - 1))) places.push(placeAround(lower, at, at + address.length));
  }
  return places;
}

/** The line around the span [start, end), and the part of it between sentence breaks ("Only one fails; b@x arrived fine"), up to a "but". */
function placeAround(lower: string, start: number, end: number): { line: string; clause: string } {
  const lineStart = lower.lastIndexOf('\n', start) + 1;
  const lineEnd = lower.indexOf('\n', end);
  const line = lower.slice(lineStart, lineEnd === -1 ? lower.length : lineEnd);
  const breakBefore = Math.max(line.lastIndexOf('. ', start - lineStart), line.lastIndexOf('; ', start - lineStart));
  // (", but" too: "mail to a@x arrives fine but anything to b@x bounces" tells of two addresses)
  const breaksAfter = [line.indexOf('. ', end - lineStart), line.indexOf('; ', end - lineStart), line.indexOf(' but ', end - lineStart)].filter((i) => i !== -1);
  return { line, clause: line.slice(breakBefore === -1 ? 0 : breakBefore + 2, breaksAfter.length ? Math.min(...breaksAfter) : line.length) };
}

/** A port of Mailgun's SMTP service named with its host, or as a setting beside it. */
// (Postfix's `relayhost = [smtp.mailgun.org]:2525` and `relay=smtp.mailgun.org[1.2.3.4]:2525`; msmtp's `port 2525` line;
// a settings page transcribed with spaces, `Server address: smtp.mailgun.org : 465`; GitLab's and Nextcloud's keys, PORT_SETTING;
// a code call's `("smtp.mailgun.org", 2525)`, quoted: "via smtp.mailgun.org, 25 emails bounced" is a count)
// (a colon with a space on both sides or on neither: "via smtp.mailgun.org: 25 of 300 recipients failed" is a count)
const SMTP_PORT = new RegExp(String.raw`\bsmtp(?:\.eu)?\.mailgun\.org\]?(?:[ \t]?\[[0-9a-f.:]{3,45}\])?(?:["'\`][ \t]*,[ \t]*|:|[ \t]:[ \t]|,?[ \t]+(?:on[ \t]+)?port[ \t]+|::)(25|465|587|2525)(?!\d)(?![ \t]+(?:of|e?-?mails?|messages?|recipients?|users?)\b)|${PORT_SETTING}(25|465|587|2525)(?!\d)|^[ \t]*port[ \t]+(25|465|587|2525)[ \t]*$`, 'im');

/**
 * A port a person says the sender was moved to: "Ze hebben MAIL_PORT naar 2525 gezet", "they moved to 587 this morning",
 * "switched the port to 2525", "cambiaron el puerto a 587", "Port auf 587 umgestellt". (Port 25 only with the word port: "set it
 * to 25" may be a count. Not asked, a question mark closing its sentence: "should they switch to 587?")
 */
const PORT_CHANGED = new RegExp(
  [
    // (a change made, not one weighed: "moving to port 2525 would fix it")
    String.raw`\b(?:changed|switched|moved|set|went|updated)\b[^\n.?]{0,30}?\bto[ \t]+(?:port[ \t]+)?(465|587|2525)\b`,
    String.raw`\b(?:changed|switched|moved|set|updated)\b[^\n.?]{0,30}?(?<![a-z])port\b[^\n.?]{0,10}?\bto[ \t]+(25|465|587|2525)\b`,
    String.raw`(?<![a-z])(?:port|poort)\b[^\n.?]{0,10}?\bnaar[ \t]+(25|465|587|2525)\b[^\n.?]{0,20}?\b(?:gezet|veranderd|aangepast|gewijzigd)\b`,
    String.raw`(?<![a-z])port\b[^\n.?]{0,10}?\bauf[ \t]+(25|465|587|2525)\b[^\n.?]{0,20}?\b(?:gesetzt|geändert|umgestellt)(?![a-zà-ÿ])`,
    String.raw`\b(?:cambiaron|cambiamos|cambió|pusieron|mudaram|mudamos|mudou|alteraram|alteramos|trocaram|trocamos)\b[^\n.?]{0,30}?\b(?:puerto|porta)\b[^\n.?]{0,10}?\b(?:a|al|para|pra)[ \t]+(25|465|587|2525)\b`,
    String.raw`\b(?:passé|changé|mis)\b[^\n.?]{0,20}?(?<![a-z])port\b[^\n.?]{0,10}?[ \t]à[ \t]+(25|465|587|2525)\b`,
  ].join('|'),
  'gi',
);
/** A line of a connection that failed: the port it names was never the one the session ran on. */
const CONNECTION_FAILED_LINE = joinPatterns(CONNECTION_FAILURES);
/** A log's own short words for a connection that failed: `connect smtp.eu.mailgun.org:25 -> timeout`, "Connection refused (port 25)". */
// (not a setting's name, `smtplib.SMTP("smtp.mailgun.org", 25, timeout=30)`)
const CONNECT_FAILED_WORDS = /\b(?:time ?out|timed out|refused|unreachable)\b(?![ \t]*[=:(])/i;
/** How many ports named with Mailgun's SMTP host are looked at. */
const MAX_PORT_MENTIONS = 20;
/** A refused login's reply: the connection that carried it worked. */
const LOGIN_REFUSED_CODE = /(?<![\w.])535(?![\w.])/;
/** SMTP_PORT, for every match. */
const SMTP_PORTS = new RegExp(SMTP_PORT.source, 'gim');

/**
 * The port of Mailgun's SMTP service the sender uses: the last one a person says it was moved to, else the first one named
 * (with the host or as a setting) outside a connection that failed ("Unable to connect to smtp.mailgun.org:25 (Connection timed
 * out)", then "MAIL_PORT=587" and a relay refusal: the session ran on 587). A failed connection's port counts only when no
 * other is named and the paste shows no server's refusal (a relay refusal or a refused login means a later connection worked).
 */
function smtpPortIn(text: string, lower: string): number | null {
  if (!/\bsmtp(?:\.eu)?\.mailgun\.org\b/.test(lower)) return null;
  let changed: string | undefined;
  if (lower.includes('port') || /587|2525|465/.test(lower)) {
    for (const m of text.matchAll(PORT_CHANGED)) if (!/^[^\n.!?]{0,40}\?/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 41))) changed = m.slice(1).find((g) => g !== undefined);
  }
  if (changed !== undefined) return Number(changed);
  let failedPort: number | null = null;
  let seen = 0;
  for (const m of text.matchAll(SMTP_PORTS)) {
    const port = Number(m[1] ?? m[2] ?? m[3]);
    const line = lineAt(text, m.index);
    if (!CONNECTION_FAILED_LINE.test(line) && !CONNECT_FAILED_WORDS.test(line)) return port;
    failedPort ??= port;
    if (++seen >= MAX_PORT_MENTIONS) break;
  }
  return failedPort !== null && !RELAY_LINE.test(text) && !LOGIN_REFUSED_CODE.test(text) ? failedPort : null;
}

function saysDedicatedIp(lower: string): boolean {
  // (in other languages, a statement: "il utilise une IP dédiée", "usan una IP dedicada", "nutzt eine dedizierte IP")
  if (DEDICATED_IP_ABROAD.test(lower)) return true;
  if (!lower.includes('dedicated ip')) return false;
  let seen = 0;
  for (const m of lower.matchAll(DEDICATED_IP)) {
    // (the sentence around it: from the last full stop, question mark or line end before it to the next)
    const start = Math.max(lower.lastIndexOf('\n', m.index), lower.lastIndexOf('. ', m.index), lower.lastIndexOf('? ', m.index)) + 1;
    const ends = [lower.indexOf('\n', m.index), lower.indexOf('. ', m.index), lower.indexOf('?', m.index)].filter((i) => i >= 0);
    const end = ends.length > 0 ? Math.min(...ends) + 1 : lower.length;
    if (!PLAN_OR_QUESTION.test(lower.slice(start, end)) && !DENIED_BEFORE.test(lower.slice(start, m.index))) return true;
    if (++seen >= MAX_DEDICATED_IP_MENTIONS) break;
  }
  return false;
}

/** A host name, or one a person starred out (`mail.***.ie`): not a sentence, an address or a link. */
const HOST_LIKE = { test: (value: string) => HOST_CHARS.test(value) && value.indexOf('.') > 0 && !value.endsWith('.') };
/** (one class and a dot test: `[^...]+\.[^...]+` backtracks over every dot of a long value) */
const HOST_CHARS = /^[^\s<>@"'|]+$/;
// (a stored message's URL: `/v3/domains/example.com/messages/...`)
const V3_DOMAIN = new RegExp(String.raw`/v3/(?:domains/)?(${HOST})/`, 'i');
/** mailgun.js's `mg.events.get('mg.example.com', ...)`, `mg.messages.create('mg.example.com', ...)`; mailgun-go's `mailgun.NewMailgun("mg.example.com", ...)`. */
const SDK_DOMAIN = new RegExp(String.raw`\b(?:(?:events|messages|suppressions|routes|domains)\.(?:get|create|list|send)|NewMailgun)\(\s*["'](${HOST})["']`, 'i');
// (a DSN's login has its @ URL-encoded: `smtps://postmaster%40mg.example.com:...@smtp.mailgun.org:465`)
const POSTMASTER = new RegExp(String.raw`postmaster(?:@|%40)(${HOST})`, 'gi');
const LOGIN_CONTEXT = /user|login|auth|credential|sasl|\]:\d{2,5}\s*$/i;
/**
 * The envelope sender a client gave, when it is on a Mailgun-style sending subdomain
 * (`MAIL FROM:<a@mg.example.com>`): a bare brand domain may not be the Mailgun domain at all.
 */
const MAIL_FROM = new RegExp(String.raw`\bmail from:\s*<[^@\s<>]{1,64}@(mg\.${HOST})>`, 'i');

const SANDBOX_LEFT_FOR = new RegExp(String.raw`\b(?:moved|switched|migrated|went)\b[^\n.]{0,20}?\b(?:off|away from|from)[ \t]+(?:the[ \t]+|their[ \t]+|our[ \t]+)?sandbox(?:[ \t]+domain)?\b[^\n]{0,20}?\bto[ \t]+(${HOST})`);

/** The customer's Mailgun sending domain, from a Mailgun record, the API or SMTP login, or a session with Mailgun. */
/** `mg.` and the domain, as a word of its own (`mg.x.com`, not `mg.x.com.au` nor `smg.x.com`). */
const MG_SUBDOMAIN_OF = (domain: string) => new RegExp(String.raw`(?<![\w.-])mg\.${escapeLiteral(domain)}(?![\w-]|\.[a-z0-9])`);

/**
 * A domain read whole, or none: the ASCII patterns stop at a name's first other letter (`mg.kaffeerösterei-berg.de` read as
 * `mg.kaffeer`), and a cut name in DNS advice is wrong advice.
 */
function wholeDomain(domain: string | null, lower: string): string | null {
  if (domain === null || !/[^\x00-\x7f]/.test(lower)) return domain;
  return new RegExp(String.raw`(?<![\p{L}\d.-])${escapeLiteral(domain)}(?=[\p{L}\d])`, 'u').test(lower) && !new RegExp(String.raw`(?<![\p{L}\d.-])${escapeLiteral(domain)}(?![\p{L}\d-])`, 'u').test(lower) ? null : domain;
}

function findMailgunDomain(text: string, lower: string, mailgunRecord: FieldRecord | null, recipientDomains: ReadonlySet<string>, routes: readonly string[]): string | null {
  // The domain an API call or an SDK call names (`/v3/mg.example.com/events`, `mg.events.get('mg.example.com', ...)`)
  // is the Mailgun domain, whatever address an event's envelope shows (a forward's original sender).
  const called = V3_DOMAIN.exec(text) ?? SDK_DOMAIN.exec(text);
  if (called?.[1]) return called[1].toLowerCase();
  // (a setting that names it, Laravel's `MAILGUN_DOMAIN=mail.x.de`, `MG_DOMAIN: mg.x.io`)
  // (or a settings screen's label, Ghost's "Mailgun domain: newsletter.x.com")
  const setting = lower.includes('_domain') || lower.includes('mailgun domain') ? DOMAIN_SETTING.exec(text)?.[1] : undefined;
  if (setting) return setting.toLowerCase();
  // (the logs page's own heading, "Logs · mg.example.com", names the domain it lists; or the person does, "del panel de Mailgun
  // (Logs, dominio avisos.x.com.ar)")
  const logsHeading = LOGS_PAGE_DOMAIN.exec(text)?.slice(1).find(Boolean);
  if (logsHeading) return logsHeading.toLowerCase();
  // A legacy webhook's `domain=` field, a logs drawer's "Domain" row: the sending domain, before the From address's
  // (`pedidos@tiendalapaz.example` for the domain mg.tiendalapaz.example).
  const domain = mailgunRecord?.get('domain');
  if (domain && HOST_EXACT.test(domain)) return domain.toLowerCase();
  // (a sandbox domain first, what a sandbox's refusal and login name, whatever other domain is said; the domain a sandbox
  // was left for, "moved off the sandbox domain to mg.example.de": a login still at the sandbox is the mistake)
  const leftFor = lower.includes('sandbox') ? SANDBOX_LEFT_FOR.exec(lower)?.[1] : undefined;
  if (leftFor) return leftFor;
  const sandbox = text.match(/\bsandbox[0-9a-f]{8,40}\.mailgun\.org\b/i);
  if (sandbox) return sandbox[0].toLowerCase();
  // Said in words: "inbound.example.com is our Mailgun receiving domain", "our Mailgun domain is mg.example.com",
  // "domena w Mailgunie to mg.x.pl". (Before a login's domain: the login may be the mistake, `postmaster@x.pl` for mg.x.pl; and before a record's
  // sender: the From may be another domain's, "From: hello@x.com (sending domain: mg.y.com)".)
  const said = MAILGUN_DOMAIN_WORDS.test(lower) ? DOMAIN_SAID.exec(lower) : null;
  const saidDomain = said?.slice(1).find(Boolean);
  if (saidDomain) return saidDomain;
  // (not a routed message's sender: someone who wrote in, `From: jane@outlook.example → help@... (routed)`)
  const sender = mailgunRecord?.get('sender');
  // (but Mailgun's own envelope sender of a forward, `bounce+...@reception.example`, is at the Mailgun domain)
  // (nor a mailbox provider's, a form's visitor set as From, `visitor@yahoo.com`: no Mailgun domain is one)
  const senderDomain = sender?.includes('@') ? sender.slice(sender.indexOf('@') + 1).replace(/>.*$/, '').trim().toLowerCase() : null;
  // (a From at the parent of an `mg.` domain the paste names, news@x.com beside "domain mg.x.com": the header's address, and
  // the mg. one is the domain Mailgun sends for)
  if (senderDomain && !isMailboxProviderDomain(senderDomain) && (/^\s*<?bounce\+/i.test(sender!) || !ROUTED_MESSAGE.test(lower))) {
    return MG_SUBDOMAIN_OF(senderDomain).test(lower) ? `mg.${senderDomain}` : senderDomain;
  }
  // Mailgun's default SMTP login: on a Mailgun-style domain, or named as a login; not a bounce's
  // "From: postmaster@outlook.com" or "contact postmaster@...".
  for (const m of text.matchAll(POSTMASTER)) {
    const domain = m[1]!.toLowerCase();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // (a login at the parent of an `mg.` domain the paste sends from, postmaster@x.com.tr beside bildirim@mg.x.com.tr:
    // the sending domain is the mg. one, and the login is likely the mistake)
    if (/^mg\.|\.mailgun\.org$/.test(domain)) return domain;
    if (LOGIN_CONTEXT.test(before)) return lower.includes(`@mg.${domain}`) ? `mg.${domain}` : domain;
  }
  // The envelope sender of a session with Mailgun's SMTP host sends from the Mailgun domain.
  const mailgunSmtp = /\bsmtp(?:\.eu)?\.mailgun\.org\b/.test(lower);
  const mailFrom = mailgunSmtp ? MAIL_FROM.exec(text) : null;
  if (mailFrom?.[1]) return mailFrom[1].toLowerCase();
  // (after the session's own envelope sender: an app's own Message-Id may look the same)
  // Beside Mailgun's own data, the Message-Id Mailgun gave the message (`<20250314102206.1a2b3c4d5e@mail.example.nl>`)
  // ends with the sending domain.
  const messageId = mailgunRecord ? MAILGUN_MESSAGE_ID.exec(text)?.[1]?.toLowerCase() : undefined;
  // (a recipient's domain is the Mailgun domain only when a Route receives mail for it: a routed message's Message-Id
  // is the receiving domain's, `match_recipient("support@x.com")` beside `Message ID: ...@x.com`)
  if (messageId && (!recipientDomains.has(messageId) || routes.some((route) => route.toLowerCase().includes(`@${messageId}"`)))) return messageId;
  // Mailgun's advice is to send from an `mg.` subdomain: one such domain named anywhere is the likeliest.
  const mgDomains = lower.includes('mg.') ? new Set([...lower.matchAll(MG_SUBDOMAIN)].map((m) => m[1]!).filter((domain) => !recipientDomains.has(domain))) : null;
  if (mgDomains?.size === 1) return [...mgDomains][0]!;
  // (else the domain of the login a code passes to Mailgun's SMTP host, an address at the domain it sends for:
  // `new PasswordAuthentication("tracking@notify.x.nl", ...)`; not a `user:` field, which may be anyone's)
  const login = mailgunSmtp ? CALL_LOGIN.exec(text)?.slice(1).find(Boolean) : undefined;
  return login ? login.slice(login.lastIndexOf('@') + 1).toLowerCase() : null;
}
/** A Mailgun domain setting with its value: `MAILGUN_DOMAIN=mail.x.de`, `"MG_DOMAIN": "mg.x.io"`, `MAILGUN_SENDING_DOMAIN: ...`, `Mailgun domain: x`. */
const DOMAIN_SETTING = /\b(?:(?:MAILGUN|MG)_(?:SENDING_)?DOMAIN|mailgun domain)["']?[ \t]*(?:=|:)[ \t]*["']?([a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24})\b(?![.-])/i;
/** A server's reply with its code and enhanced code, `535 5.7.0 Mailgun is not ...` (a session's line, a library's message). */
const CODED_REPLY_IN = /(?:^|[\s*<>~:'"(-])[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}[ \t]+[A-Za-z]/;
const CALL_LOGIN = new RegExp(CALL_LOGIN_SOURCE);

// (not asked: "Isn't the Mailgun log supposed to show ...?")
// (nor the inverted question, "why isn't the Mailgun log showing ...": the look-behind after the word, not before it)
const GITLAB_RESTART = /\bgitlab-ctl[ \t]+restart\b/i;
const JSON_OPTIONS = /"options"[ \t]*:[ \t]*\{/;
/** How far a mail block's `options` object is followed, in characters. */
const OPTIONS_REACH = 4000;

/** An `"auth": {` that is a sibling of a JSON config's `"options": {...}` (after it, in the same object), not inside it. */
function authBesideOptions(text: string): string | null {
  const options = JSON_OPTIONS.exec(text);
  if (!options) return null;
  let depth = 1;
  let at = options.index + options[0].length;
  const end = Math.min(text.length, at + OPTIONS_REACH);
  for (; at < end && depth > 0; at++) {
    if (text[at] === '{') depth++;
    else if (text[at] === '}') depth--;
  }
  if (depth !== 0 || /"auth"[ \t]*:/.test(text.slice(options.index, at))) return null;
  // (up to the end of the object that holds `options`)
  for (let i = at; i < end && depth >= 0; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (depth === 0 && text.startsWith('"auth"', i)) return oneLine(text.slice(i, i + 60), 60);
  }
  return null;
}
/** A transport's `user:` line with `pass:` on the next (a comment may come between), its indentation captured. */
const TOP_LEVEL_LOGIN = /^([ \t]*)user[ \t]*:[^\n]*\n(?:[ \t]*\/\/[^\n]*\n)?\1pass[ \t]*:[^\n]*/m;
/** `user` and `pass` at the same depth as `host`, with no `auth` key anywhere in the paste. */
function loginOutsideAuth(text: string): string | null {
  // (nor an `auth` given another way: the shorthand `auth,`, or an object `const auth = { user, pass }` passed in)
  if (/\bauth\b["']?[ \t]*:|^[ \t]*auth[ \t]*[,}]|[{,][ \t]*auth[ \t]*[,}]|\bauth[ \t]*=[ \t]*\{/m.test(text)) return null;
  const login = TOP_LEVEL_LOGIN.exec(text);
  if (!login || !new RegExp(String.raw`^${login[1]}host[ \t]*:`, 'm').test(text)) return null;
  return oneLine(login[0].replace(/\/\/[^\n]*/g, ''), 120);
}
const NOT_MAILGUN_LOGS = /\b(?:not|aren't|isn't|wasn't|weren't)(?<!\b(?:why|how|what|where|when)[ \t]+(?:(?:is|are|was|were|do|does|did)[ \t]+(?:it|this|that|these|those)[ \t]+)?(?:not|aren't|isn't|wasn't|weren't))[ \t]+(?:really[ \t]+|actually[ \t]+)?(?:the[ \t]+|from[ \t]+)?(?:mailgun(?:'s)?|mg)[ \t]+logs?\b(?![^\n.!,;]{0,120}\?)/;
/** A message Mailgun received and passed to a Route, on the logs page ("(routed)", "Forwarded to:"; an event's envelope sender of a forward is the domain's). */
// (and a logs row's Route line or original recipient: `Route: kontakt -> Marek (... → forward("a@b"))`, `Original To: a@b`)
// (the logs page's "Accepted · Routed" entry, its "Matched route:" line)
const ROUTED_MESSAGE = /\(routed\)|\bforwarded to[ \t]*:|^[ \t]*(?:route|original[ -]to|matched route)[ \t]*:|\baccepted[ \t]*[·•|][ \t]*routed\b/m;
const DOMAIN_SAID = new RegExp(
  String.raw`(?<![\w.@-])(${HOST}) is (?:our|their|the|the customer's|the client's) mailgun (?:receiving |sending |inbound |outbound )?domain\b|\b(?:our|their|the|my) mailgun (?:receiving |sending |inbound |outbound )?domain is (${HOST})\b` +
    // (and in other words and languages: "the domain in Mailgun is", "domena w Mailgunie to", "el dominio en Mailgun es", "die Domain in Mailgun ist",
    // "il dominio su Mailgun è", "het domein op Mailgun is")
    String.raw`|\b(?:domain|domena|domaine|dominio|domínio|domäne|domein)[ \t]+(?:in|on|w|dans|chez|en|no|na|bei|su|op)[ \t]+mailgun\w{0,3}[ \t]+(?:is|to|jest|est|es|é|è|ist)[ \t]+(${HOST})\b` +
    // (Mailgun's own support: "their sending domain on our side is mg.x.com", "sending domain is notify.x.co.uk")
    // (or named after the words: "EU account, sending domain alerts.x.net."; not a server's "sending domain x.nl doesn't meet ...")
    String.raw`|\bsending domain(?:[ \t]+(?:on our side|with us|in mailgun|at mailgun))?(?:[ \t]+is[ \t]+|[ \t]*:[ \t]*|[ \t]+)(${HOST})(?![\w-]|\.[a-z0-9])(?![ \t]+(?:doesn't|does|did|didn't|is|isn't|has|hasn't|fails|failed|not|was|cannot|can't)\b)` +
    // (and the domain placed in a Mailgun region: "domain is alerts.x.no in the EU region")
    String.raw`|\bdomain is (${HOST}) (?:in|on) (?:the |our |their )?(?:eu|us) region\b` +
    // (or named in a parenthesis after the customer: "(Birch & Loom, domain news.birchandloom.com)")
    // (or "(newsletter domain news.x.org)"; "receiving on their root domain x.co via Routes")
    String.raw`|[(,][ \t]*(?:(?:newsletter|sending|mailing|marketing|transactional|mailgun)[ \t]+)?domain[ \t]*:?[ \t]+(${HOST})[ \t]*\)` +
    String.raw`|\breceiving (?:on|at) (?:(?:their|our|the) )?(?:root |own |main )?domain (${HOST})(?![\w-]|\.[a-z0-9])` +
    // ("We send from Mailgun domain mail.x.com (US region)", "Mailgun US, domain send.x.com.", "(..., domain m.x.com, US")
    // (not one said gone: "we deleted the Mailgun domain mg.x.com")
    String.raw`|(?<!\b(?:deleted|removed|dropped|old|previous|former)[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+)?)\bmailgun (?:sending |receiving )?domain[ \t]+(${HOST})(?![\w-]|\.[a-z0-9])(?![ \t]+(?:doesn't|does|did|didn't|is|isn't|has|hasn't|fails|failed|not|was|cannot|can't)\b)` +
    String.raw`|\bmailgun (?:eu|us),[ \t]*domain[ \t]+(${HOST})(?![\w-]|\.[a-z0-9])|[(,][ \t]*domain[ \t]+(${HOST}),[ \t]*(?:eu|us)\b`,
);
/** The words DOMAIN_SAID needs, scanned for first: its host comes first and could start anywhere. */
const MAILGUN_DOMAIN_WORDS = /mailgun (?:receiving |sending |inbound |outbound )?domain|(?:domain|domena|domaine|dominio|domínio|domäne|domein)[ \t]+(?:in|on|w|dans|chez|en|no|na|bei|su|op)[ \t]+mailgun|sending domain(?:[ \t]+(?:on our side|with us|in mailgun|at mailgun))?(?:[ \t]+is[ \t]+|[ \t]*:[ \t]*|[ \t]+)[a-z0-9]|\b(?:eu|us) region\b|[(,][ \t]*(?:(?:newsletter|sending|mailing|marketing|transactional|mailgun)[ \t]+)?domain[ \t]*:?[ \t]+[a-z0-9]|receiving (?:on|at) [^\n]{0,20}domain/;
// (or as the person says where they copied it: "copied from the Logs page for mg.x.io", "(Logs page, domain in.x.com, ...)")
// (its breadcrumb, "Logs  ›  notify.x.com"; "copied from their Logs page (notify.x.com)"; a suppression list's,
// "Row from Suppressions → Bounces for newsletter.x.it"; not where the page is, "Logs page (app.mailgun.com → Sending → Logs)")
const LOGS_PAGE_DOMAIN = /^[ \t]*logs[ \t]*[·•|—–›»][ \t]*((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})\b|\b(?:logs page|suppressions[ \t]*(?:→|->|›|»|>)[ \t]*(?:bounces|complaints|unsubscribes))(?: for|,? domain| \()[ \t]*(?!(?:[a-z0-9-]{1,63}\.){0,3}mailgun\.(?:com|net)\b)((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})\b|\blogs,?[ \t]+(?:domain|dominio|domínio|domaine|domäne)[ \t]*:?[ \t]*(?!(?:[a-z0-9-]{1,63}\.){0,3}mailgun\.(?:com|net)\b)((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})\b/im;
// (in angle brackets, or bare in a logs export's Message-Id column)
const MAILGUN_MESSAGE_ID = /(?:<|(?<![\w.<-]))\d{14}\.[0-9a-f](?:[0-9a-f.]{2,38}[0-9a-f])?@((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})(?:>|(?![\w.-]))/i;
const MG_SUBDOMAIN = new RegExp(String.raw`(?<![\w.-])(mg\.(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})\b`, 'g');

function shorten(value: string | null): string | null {
  // (a web server's HTML error page, `<html><head><title>502 Bad Gateway</title>...`: its words, not its tags)
  const words = value && value.includes('</') ? value.replace(/<\/?[a-z][a-z0-9]{0,10}\b[^<>]{0,200}>/gi, ' ') : value;
  return words ? oneLine(words, 300) || null : null;
}
