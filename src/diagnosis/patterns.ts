/**
 * The patterns several parts of the engine share: reply codes, enhanced status codes and the relay
 * phrases, as the extractor reads them.
 */
import { guarded } from './guarded.js';
import { MALFORMED_MESSAGE_WORDING, PORT_25_FILTER_WORDING, PROGRESS_ASKED_WORDING } from './rules/phrases.js';
import { RELAY_NEEDS, RELAY_PHRASES } from './rules/relay.js';
import { joinPatterns } from './rules/schema.js';

/** Phrases that make a line a server's reply rather than chatter. */
// The digits come first and the look-behinds check what precedes them: the engine can then jump
// from digit to digit instead of testing two look-behinds at every position.
// A run of spaces may follow the code: columns of a report or a screenshot typed out ("550    5.7.1").
// A reply's second digit is 0-5 (RFC 5321 4.2.1): 587 and 465 are ports, not replies.
// Not a process id (`postfix/smtp[416]:`) or a number a word names (`job 535 scheduled`, `ticket #450`), nor an HTTP
// status on a path ("gets a 500 on /accounts/signup/").
// (and before a dash of prose, "SMTP 550 – Relaying denied", qmail's "553 - sorry, that domain isn't in my list" (a refusal's own words after the dash, not "about 450 - maybe more"); not a release's number, "Release 412")
// (nor a phone number's area code, "call (555) 014-2290")
// (nor a JSON field's number under another name than a code's, a task definition's `"cpu": 512,`)
// (nor a web request's status in a function log, `[POST] /api/contact 500`)
// (and after "SMTP error " with its colon, "SMTP error 421: Domain sandbox... is not allowed to send")
// (not a count or a size: "Relaying denied — 412 occurrences", "we have ~400 bookings a day", mailq's "-- 412 Kbytes in 37 Requests."; nor a log field's other number, `tenant=417`, a metric's `mailgun_delivered = 412`, only `code=550`, `status = 550`, go's `Got=401`, Exchange's `LED=550`, Sendmail's `reject=550`)
export const REPLY_CODE = /([245][0-5]\d)(?!\)[ \t]?\d{3}[-. ]\d{4}(?!\d))(?<![\w.:/#~-]\d{3})(?<!\b(?:GET|POST|PUT|PATCH|DELETE)\][ \t]{1,4}\/[^\s]{0,200}[ \t]{1,4}\d{3})(?<!(?<!(?<![a-z])(?:rc|got|led|err|resp)|code|status|response|reply|reason|dsn|error|result|smtp|reject)=\d{3})(?<!\d,\d{3})(?<!["'](?![\w.-]{0,30}(?:code|status|reply|response|reason|error|result|smtp)["'])[\w.-]{1,40}["'][ \t]*:[ \t]*\d{3})(?<!(?<![a-z])port[ =:]{1,3}\d{3})(?<![\w-]\[\d{3})(?<!\b(?:job|jobs|pid|ticket|order|build|release|version|row|line|page|item|task|worker|thread|run)[ \t#]{1,3}\d{3})(?! +(?:occurrences?|times|events|errors|messages|e?mails|failures|hits|requests|bounces|retries|attempts|recipients|users|rows|items|lines|bookings|orders|customers|clients|subscribers|contacts|people|sends|invoices|notifications|confirmations|newsletters|per|a +day|daily|(?:[kmg]i?)?bytes|[kmg]i?b|seconds|minutes|hours|days)\b| +on +\/)(?=(?:-| +)(?:[245]\.\d|[a-z<#(["'|]|[–—](?![ \t]*\d)|[–—][ \t]*[245]\.\d|-[ \t]+(?:sorry|relay\w{0,6}|denied|refused|rejected|unable|access|mailbox|user|recipient|no[ \t]+such|not[ \t]+(?:allowed|permitted|accepted))\b)|$|['"\]),;]|:[ \t]*[245]\.\d{1,3}\.\d|:(?<=\bsmtp[ \t]error[ \t]\d{3}:)[ \t]+[a-z])(?!(?<=(?<!(?<![a-z])(?:rc|got|led|err|resp)|code|status|response|reply|reason|dsn|error|result|smtp|reject)(?<![ \t])[ \t]+=[ \t]{1,3}\d{3})[ \t]*(?:\n|$))/i;
export const REPLY_CODES = new RegExp(REPLY_CODE.source, 'gi');

// The first digit comes before the look-behind (which checks the character before it), as in REPLY_CODE.
// (after a dot only when it ends an ellipsis, a quote cut short: "...5.7.1 Relaying denied", not a
// version range's "3.7.3...4.1.0"; nor a version, "version 2.3.21", "Version 2.3.21", "v2.3.21").
// (nor a package's version in a path, `gems/mail-2.8.1/lib`, `versions/5.110.3/core`, or in a plugin's debug list, `WP Mail SMTP: 4.2.0`, or after
// a mail library's name, `MailKit 4.3.0`)
export const ENHANCED_CODE = /([245](?<!\w[245])(?<!\/[245])(?<![A-Za-z]-[245])(?<!(?<!(?<!\d)\.\.)\.[245])(?<!\b[vV](?:[eE][rR](?:[sS][iI][oO][nN])?)?\.?[ \t]?[245])(?<!\bSMTP:[ \t]?[245])(?<!\b(?:[Mm]ail[Kk]it|[Mm]ime[Kk]it|PHPMailer|[Ss]wift[Mm]ailer|[Nn]odemailer|[Jj]akarta[ .][Mm]ail|[Aa]ngus[ -][Mm]ail)[ \t]v?[245])\.\d{1,3}\.\d{1,3})(?!\.?\d)/;

/** Any relay phrase: picks the refusal line among the error lines. */
/** A reply or status code anywhere in a message (what makes it a server's answer): `550`, `5.7.1`. */
export const SERVER_CODE = /(?<![\w.])(?:[245][0-5]\d|[245]\.\d{1,3}\.\d{1,3})(?![\w.])/;
export const RELAY_LINE = guarded(joinPatterns(RELAY_PHRASES), RELAY_NEEDS);
export const RELAY_PHRASES_ALL = new RegExp(RELAY_LINE.pattern.source, 'gi');

/**
 * An HTTP status that starts a printed response (`404 {"message": ...}`, `API response 400 {...}`) or follows its protocol
 * (`HTTP/1.1 401 Unauthorized`, or HTTP/2's `HTTP/2 401` alone on its line: it has no reason phrase).
 */
// (and Ghost's "Mailgun Error 401: Forbidden"; Symfony's HTTP transports', "Unable to send an email: Forbidden (code 401)."; curl's `-w 'HTTP %{http_code}'`, "HTTP 401")
export const HTTP_STATUS = /(?:^[ \t]*|\bHTTP(?:\/\d(?:\.\d)?)?[ \t]+|\bresponse:?[ \t]+|\b[Mm]ailgun [Ee]rror[ \t]+|\((?:code|status)[ \t]+)([45]\d\d)(?=:?[ \t]+(?:\{[ \t]*"|[A-Z][a-z])|(?<=HTTP(?:\/\d(?:\.\d)?)?[ \t]+[45]\d\d)(?:[ \t]*$|[.,;](?=[ \t]))|(?<=\((?:code|status)[ \t]+[45]\d\d)\))/;
/** The same, on any line of a text. */
export const HTTP_STATUS_LINE = new RegExp(HTTP_STATUS.source, 'm');

/**
 * A port setting's name, with a quote and a bracket it may be written with: `port:`, `MAIL_PORT=`, `"smtp_port" =>`,
 * GitLab's `gitlab_rails['smtp_port'] =`, Nextcloud's `'mail_smtpport' =>`, after a prefix's underscore too
 * (`DISCOURSE_SMTP_PORT:`). The separator and the value follow.
 */
export const PORT_SETTING = String.raw`(?<![A-Za-z0-9])(?:mail_smtpport|smtp[_.]?port|mail[_.]port|email[_.]port|port(?:[ \t]+(?:no\.?|number|nr\.?))?)["'\`]?\]?[ \t]*(?:[:=]|=>)[ \t]*["'\`]?`;

/** The header Mailgun adds to what it sends, on its own line: in a returned copy, Mailgun delivered that message. */
export const MAILGUN_SID_LINE = /^x-mailgun-sid:[^\n]{0,200}/im;

/** The line of `text` around `index`, trimmed. */
export function lineAt(text: string, index: number): string {
  const end = text.indexOf('\n', index);
  return text.slice(text.lastIndexOf('\n', index - 1) + 1, end === -1 ? undefined : end).trim();
}

/** Microsoft 365 refusing a mailbox over its own sending limit: SubmissionQuotaExceededException, 5.1.90's daily recipient limit. */
export const M365_SENDING_QUOTA = /submission ?quota|daily limit for message recipients|(?<![\d.])5\.1\.90(?![\d.])/i;
/** An internet provider's filter of outgoing port 25 answering for the server dialled (rules/phrases.ts). */
export const PORT_25_FILTER = new RegExp(PORT_25_FILTER_WORDING, 'i');
export const MALFORMED_MESSAGE = new RegExp(MALFORMED_MESSAGE_WORDING, 'i');
/** The person asks whether a new error is progress (rules/phrases.ts). */
export const PROGRESS_ASKED = new RegExp(PROGRESS_ASKED_WORDING, 'i');
/** Google refusing an account (or its SMTP relay) over its daily limit: "550 5.4.5 Daily user sending limit exceeded". */
export const GOOGLE_DAILY_LIMIT = /daily (?:user )?(?:sending|smtp relay) (?:quota|limit)/i;
