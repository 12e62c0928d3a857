/**
 * Turns any paste into plain text the extractor can read: Slack escaping and link wrappers, code
 * fences, quote markers, CRLF, quoted-printable and base64 MIME parts. Secrets are redacted here,
 * first, so that nothing downstream (excerpts, facts, replies, logs) can ever see them.
 *
 * Every regular expression in this module runs in linear time: no nested quantifiers over the
 * same characters.
 */
import { repairCopyDamage } from './copy-damage.js';
import { withoutRemovedDiffLines } from './diffs.js';
import { shrinkEventPage } from './event-page.js';
import { MAILGUN_SID_LINE, RELAY_LINE } from './patterns.js';
import { redactSecrets } from './redact.js';
import { RULES } from './rules/index.js';
import { escapeLiteral } from './rules/schema.js';
import type { SecretKind } from './types.js';

const CURLY_QUOTES = /[“”‘’]/;

/** Above this size only the lines that matter are kept (see `focus`). */
export const FOCUS_THRESHOLD = 96 * 1024;
/** Longest stretch of one line that is examined as a unit. */
const CHUNK = 2048;
/** The most text kept from a huge paste. */
const FOCUS_BUDGET = 96 * 1024;

export interface NormalizedText {
  /** Cleaned, redacted text. */
  text: string;
  /** The paste was larger than FOCUS_THRESHOLD and only the relevant parts were kept. */
  focused: boolean;
  secretsFound: boolean;
  /** What the secrets found were (see redact.ts). */
  secretKinds: SecretKind[];
  /** OCR's misread characters were repaired (see copy-damage.ts). */
  ocrRepaired: boolean;
  /** The same value is set as a password and as an API key (see redact.ts). */
  keyAsPassword: boolean;
  /** The same value is set as the webhook signing key and as the API key (see redact.ts). */
  signingKeyAsApiKey: boolean;
  /** The login inside a redacted AUTH PLAIN credential (see redact.ts), or null. */
  plainLogin: string | null;
  /** A PHP password in double quotes that PHP interpolates, with its value left out (see redact.ts), or null. */
  interpolatedPassword: string | null;
  /** The first setting that writes an API key out, its value redacted (see redact.ts), or null. */
  apiKeyInSetting: string | null;
  keyAsPasswordSetting: string | null;
  /** Every API key found is the public validation key (see redact.ts). */
  publicKeysOnly: boolean;
  /** Every key found is set under a webhook signing key's name (see redact.ts). */
  signingKeysOnly: boolean;
  /** An API key of a UUID's shape, another service's token (see redact.ts). */
  uuidApiKey: boolean;
}

/**
 * The columns after the reply or argument of an IIS SMTP log line: four or five counters, the protocol, four dashes; or, in a
 * log with fewer fields, the status alone (`... 550+5.7.1+Relaying+denied 0`).
 */
const IIS_TRAILING_COLUMNS = /(?:(?:[ \t]+\d{1,10}){4,5}[ \t]+SMTP(?:[ \t]+-){0,4}|[ \t]+\d{1,10})[ \t]*$/;
/** A line of IIS's SMTP log: date, time, address, then its event ("OutboundConnectionResponse SMTPSVC1 …"). */
const IIS_SMTP_LOG_LINE = /^[ \t]*\d{4}-\d\d-\d\d[ \t]+\d\d:\d\d:\d\d[ \t]+\S{1,45}[ \t]+OutboundConnection(?:Response|Command)[ \t][^\n]{0,2000}$/gm;

export function normalize(input: string): NormalizedText {
  let text = input;
  let focused = false;
  if (text.length > FOCUS_THRESHOLD) {
    // (a page of events read as JSON, its routine events shrunk: focusing on lines would break it apart)
    text = shrinkEventPage(text) ?? text;
  }
  if (text.length > FOCUS_THRESHOLD) {
    text = focus(text);
    focused = true;
  }
  // Each step is skipped when its character is absent: most pastes need few of them.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\u0000')) text = text.replace(/\u0000/g, '');
  // Web pages and word processors: a non-breaking space is a space, a zero-width one nothing
  // ("Relay\u200bing denied" is not a typo).
  if (INVISIBLE.test(text)) text = text.replace(/\u00a0/g, ' ').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  if (text.includes('&') || text.includes('<')) text = unescapeSlack(text);
  // Slack and word processors curl quotes: JSON and key: "value" prints must parse all the same.
  if (CURLY_QUOTES.test(text)) text = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  // (before the quote markers go: our own reply quoted above the person's words ends where the quote does)
  if (text.includes('relaydenied') || text.includes('Why I think so')) text = withoutOwnReplies(text);
  if (text.includes('>')) text = stripQuoteMarkers(text);
  if (text.includes('--')) text = withoutSignature(text);
  if (text.includes('```')) text = text.replace(/^[ \t]*```[a-zA-Z0-9_-]*[ \t]*$/gm, '').replace(/```/g, '\n');
  // Slack's inline code around one word and bold labels (`` `mx.example.com` ``, `*MX host:*`): the words without their marks.
  if (text.includes('`')) text = text.replace(INLINE_CODE, '$1');
  if (text.includes(':*') || text.includes('*:')) text = text.replace(BOLD_LABEL, '$1$2:');
  text = decodeMime(text);
  // IIS's SMTP service writes its W3C log with `+` for each space ("550+5.7.1+Relaying+denied"): its lines read as words.
  // (its command and argument as one, "RCPT - TO:<a@b>" as "RCPT TO:<a@b>"; its counters and protocol after a reply left off)
  if (text.includes('OutboundConnection')) text = text.replace(IIS_SMTP_LOG_LINE, (line) => line.replace(/\+/g, ' ').replace(/\b(RCPT|MAIL) - (?=(?:TO|FROM):)/, '$1 ').replace(IIS_TRAILING_COLUMNS, ''));
  // qmail-send's log writes the remote server's reply with `_` for each space and `/` between its lines
  // ("delivery 88: failure: 34.1.2.3_does_not_like_recipient./Remote_host_said:_550_5.7.1_Relaying_denied/Giving_up_on_34.1.2.3./"): its words.
  if (text.includes('_said:_') || text.includes('_does_not_like_')) text = text.replace(QMAIL_DELIVERY_REPORT, (_, head: string, report: string) => `${head}${report.replace(/_/g, ' ').replace(/\//g, ' ')}`);
  // PHPMailer 5's debug output, "SMTP -> FROM SERVER:550 5.7.1 Relaying denied": the reply after its colon, as a reply.
  if (text.includes('FROM SERVER:')) text = text.replace(/\bFROM SERVER:(?=[245]\d\d[ -])/g, 'FROM SERVER: ');
  // Perl's double-quoted strings escape an address's `@` (Data::Dumper's, Mojolicious's dumps: "einkauf\@x.de"): the address.
  if (text.includes('\\@')) text = text.replace(/(?<=[\w.+-])\\@(?=[a-z0-9-]{1,63}\.)/gi, '@');
  // A reply wrapped after its code (a screen's or an NDR's narrow column, a library's message): the code and its status on one line again.
  if (CODE_WRAPPED_BEFORE_STATUS.test(text)) text = text.replace(CODE_WRAPPED_BEFORE_STATUS, (wrapped, codeClass: string, statusClass: string) => (codeClass === statusClass ? `${wrapped.slice(0, 3)} ` : wrapped));
  // Secrets are looked for in everything, the returned copy of the message included: a password
  // pasted anywhere is in Slack's history now, and the reply must advise rotating it.
  const redacted = redactSecrets(text);
  // A screenshot's OCR, a web page copied without its line breaks (see copy-damage.ts): in what is
  // read, not in the returned copy of the message.
  const repaired = repairCopyDamage(dropNoise(cutReturnedMessage(redacted.text)));
  return { text: withoutRemovedDiffLines(repaired.text), focused, secretsFound: redacted.found, secretKinds: redacted.kinds, ocrRepaired: repaired.ocr, keyAsPassword: redacted.keyAsPassword, signingKeyAsApiKey: redacted.signingKeyAsApiKey, plainLogin: redacted.plainLogin, interpolatedPassword: redacted.interpolatedPassword, apiKeyInSetting: redacted.apiKeyInSetting, keyAsPasswordSetting: redacted.keyAsPasswordSetting, publicKeysOnly: redacted.publicKeysOnly, signingKeysOnly: redacted.signingKeysOnly, uuidApiKey: redacted.uuidApiKey };
}

/**
 * A bounce carries a copy of the returned message (its headers, body, HTML): nothing in it says why
 * delivery failed, and words in it can mislead. The copy is dropped from its start, keeping only the
 * person's own notes after it. "Original message" also starts a forward or a reply, so it counts as
 * a bounce's copy only when a failure was reported above it.
 */
const BOUNCE_COPY = /^(?:content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/global|message\/global-headers)\b|[ \t]*-{2,}[ \t]*(?:this is a copy of the message|below this line is a copy)|original message headers:)/im;
// (in other languages too: Gmail's and Outlook's "----- Mensaje original -----", "Message d'origine", "Ursprüngliche Nachricht")
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}[ \t]*(?:original message|mensaje original|mensagem original|message d'origine|ursprüngliche nachricht|messaggio originale|oorspronkelijk bericht)(?![\w\u00c0-\u024f])/im;
/** Outlook's forward or reply header (`Sent:` is its word; a returned copy's header says `Date:`). */
// (in Outlook's other languages too: "Enviado:", "Envoyé :", "Gesendet:", "Inviato:", "Verzonden:")
const OUTLOOK_FORWARD = /^[^\n]*\n(?:[^\n]*\n){0,3}(?:sent|enviad[oa](?:[ \t]+(?:el|em))?|envoyé|gesendet|inviato|verzonden|wysłano)[ \t]?:[ \t]/i;
const FAILURE_REPORTED = /(?<![\w.:/#-])[45]\d\d[ -]|(?<![\w.])[45]\.\d{1,3}\.\d{1,3}|diagnostic-code|relay|could not be delivered|delivery (?:has )?failed|undeliver/i;

/** Lines after the copy that are the person's own notes, not the returned message (`dig MX`, routes). */
// (and a setting's line about the login, `SmartHostAuthMechanism  : None`, the person's own paste after the copy)
// (and Exchange Online's stage of the session, `[Stage: SendRcptTo]`, in its diagnostic block after the headers)
const TRAILING_NOTE = /mailgun|\bmx\b|\bdig\b|\broutes?\b|\brutas?\b|relay|denied|\b[45]\d\d [45]\.\d|authmechanism|authenticationcredential|^\[stage: \w{1,40}\]/i;
const HEADER_LINE = /^[A-Za-z][\w-]{0,60}:\s/;
/** A MIME multipart's closing boundary line (`--E41B72C0D9.1717502270/mail.example.com--`). */
// (not a separator line of dashes alone)
const MIME_CLOSING = /^--(?=-*[^\s-])[^\s]{6,200}--[ \t]*$/gm;
/** The copy's heading, then only an ellipsis on its own line: the person cut the copy out. */
const ELIDED_COPY = /^[^\n]*\n[ \t]*(?:\.{3,}|…|\[(?:\.{3}|…|snip|snipped)\]|\((?:snip|snipped)\))[ \t]*(?:\n|$)/i;
/** The delivery-status fields Outlook prints after the returned message's headers (`Remote-MTA: dns;mxb.eu.mailgun.org`). */
// (indented too: a bounce copied from a mail program's window, its fields under "(show original)")
// (and a provider's own copy of one, Yahoo's `X-Yahoo-Remote-MTA: mxb.mailgun.org` in the raw headers)
const DSN_FIELD = /^[ \t]*(?:final-recipient|original-recipient|action|status|(?:x-[a-z]{1,20}-)?remote-mta|diagnostic-code|reporting-mta)[ \t]*:/i;
/** A Route's expression, however indented (a routes listing's JSON, `"expression": "match_recipient(...)"`). */
const ROUTE_EXPRESSION = /\b(?:match_recipient|catch_all|match_header)\(/i;
const TYPED_ROUTE_START = /^[ \t]*expression(?:[ \t]+type)?[ \t]*:[ \t]*(?:match[ \t]+recipient|catch[ \t]+all|match[ \t]+header)\b/i;
/** The typed-out Route's line and the fields under it: Recipient, Actions, Priority. */
const TYPED_ROUTE_FIELDS = 4;

/**
 * A reply code that ends its line, over an enhanced status code that starts the next ("Geretourneerd: '550" over "5.7.1
 * Relaying denied'", Postfix's "said: 550" over an indented "5.7.1 ...", Jakarta Mail's "SMTPSendFailedException: 550" over
 * "5.7.1 ..."): one reply, when the two are of one class (a 5xx's 5.x.x).
 */
// (after a reply's label, a quote, "said", an exception's colon, or alone on its line: not "Deploy-Nummer war 550" over "5.2.0 ist das Release")
const CODE_WRAPPED_BEFORE_STATUS = /([45])(?<=(?:[:'"(]|\bsaid|^)[ \t]*[45])[0-5]\d[ \t]*\n[ \t]*(?=([45])\.\d{1,3}\.\d{1,3}(?![\d.]))/gm;
/** qmail-send's report of a delivery it gave up or deferred (its head in group 1, the server's report in group 2). */
const QMAIL_DELIVERY_REPORT = /(\bdelivery \d{1,12}: (?:failure|deferral): )([^\n]{1,2000})/g;

/** A DNS listing's record line (`x.example. 300 IN MX 10 mxa.mailgun.org.`). */
const DNS_RECORD = /\bIN[ \t]+(?:MX|A|AAAA|CNAME|TXT)\b/;
/** Exchange's message trace pasted under the copy: its reason names the server that refused (`{LED=550 ...};{FQDN=mxb.eu.mailgun.org}`). */
const MESSAGE_TRACE_REASON = /(?:\{|\b)LED=[245]\d\d\b/;

/** An ellipsis ending the copy's heading line itself: "Original message headers: ...". */
const ELLIPSIS_AT_END = /(?:\.{3}|…|\[(?:\.{3}|…|snip|snipped)\]|\((?:snip|snipped)\))[ \t]*$/i;

/** How long the left-out copy's heading (and its ellipsis line) is, from the copy's start; 0 when the copy is there. */
// (the heading's own line tested apart: one pattern for both, its newline optional, backtracks quadratically on a line of dots)
function elidedCopyLength(copy: string): number {
  const end = copy.indexOf('\n');
  if (ELLIPSIS_AT_END.test(end === -1 ? copy : copy.slice(0, end))) return end === -1 ? copy.length : end + 1;
  return ELIDED_COPY.exec(copy)?.[0].length ?? 0;
}

/** A multipart's boundary, declared in its Content-Type (`boundary="----=_Part_4418823_1188235590"`). */
const BOUNDARY_PARAM = /\bboundary="?([^"\s;]{1,200})/i;
/** How many MIME parts after a text part's copy heading are read again: a bounce has two or three. */
const MAX_PARTS_RESUMED = 3;

/**
 * Where the MIME part after `from` starts (its boundary line), when the text declares a boundary before `from`; -1 when
 * none follows (or only the closing one).
 */
function nextPartStart(text: string, from: number): number {
  const boundary = BOUNDARY_PARAM.exec(text.slice(0, from))?.[1];
  if (boundary === undefined) return -1;
  const line = `\n--${boundary}\n`;
  const at = text.indexOf(line, from);
  return at === -1 ? -1 : at + 1;
}

/** A message attached whole that is itself a bounce (a bounce forwarded as an attachment): its report is read, not cut. */
const ATTACHED_BOUNCE = /^[^\n]*\n(?:[^\n]{0,300}\n){0,12}?[^\n]*(?:report-type=["']?delivery-status|\bmailer-daemon@|undelivered mail returned to sender|delivery status notification \(failure\))/i;
/** How many attached bounces are looked past: a forward of a forward's bounce at most. */
const MAX_ATTACHED_BOUNCES = 3;

/** The first returned copy's heading, past any attached message that is itself a bounce. */
function bounceCopyIn(text: string): RegExpExecArray | null {
  let from = 0;
  for (let skipped = 0; skipped <= MAX_ATTACHED_BOUNCES; skipped++) {
    const m = BOUNCE_COPY.exec(from === 0 ? text : text.slice(from));
    if (!m) return null;
    m.index += from;
    if (!/^content-type/i.test(m[0]) || !ATTACHED_BOUNCE.test(text.slice(m.index, m.index + 2000))) return m;
    from = m.index + m[0].length;
  }
  return null;
}

function cutReturnedMessage(text: string, partsResumed = 0): string {
  let m = bounceCopyIn(text);
  const original = !m;
  if (!m) {
    m = ORIGINAL_MESSAGE.exec(text);
    if (m && (!FAILURE_REPORTED.test(text.slice(0, m.index)) || OUTLOOK_FORWARD.test(text.slice(m.index, m.index + 400)))) m = null;
  }
  if (!m || m.index === 0) return text;
  // (Yahoo's "--- Below this line is a copy of the message." ends its text part: the delivery-status part after it is read)
  // (and Outlook's "Original message headers:" in a raw MIME NDR: its delivery-status part follows the text part)
  if (!original && (/^[ \t]*-/.test(m[0]) || /^original message headers:/i.test(m[0])) && partsResumed < MAX_PARTS_RESUMED) {
    const next = nextPartStart(text, m.index);
    if (next !== -1) return `${text.slice(0, m.index)}\n${cutReturnedMessage(text.slice(next), partsResumed + 1)}`;
  }
  // A copy the person left out ("Original message headers:" then "..."): what follows is theirs.
  const elided = elidedCopyLength(text.slice(m.index));
  if (elided) return text.slice(0, m.index) + text.slice(m.index + elided);
  // (its Mailgun header kept, wherever in the copy it is: Mailgun delivered the message, and a refusal came after it)
  const sid = MAILGUN_SID_LINE.exec(text.slice(m.index));
  const notes: string[] = sid ? [sid[0]] : [];
  let keptPrevious = false;
  let typedRouteLeft = 0;
  // (inside a MIME bounce, the copy runs to the closing boundary, `--BOUNDARY--`: the body's lines are the sender's, not notes)
  const copy = text.slice(m.index);
  // (the last one: a returned message may be a multipart of its own)
  const closing = [...copy.matchAll(MIME_CLOSING)].at(-1)?.index ?? -1;
  const lines = (closing === -1 ? copy : copy.slice(closing)).split('\n');
  // (Outlook's "Original message headers:" holds headers alone: after their block's blank line, every line is the person's own,
  // a question included, "will other customers' orders bounce too?")
  // (nor does a copy whose headers the person cut short, Return-path and Received lines with no Subject, From or To: after
  // that block's blank line come their own words, "O que falta do lado do cliente? ...")
  // (and after a line that ends the forwarded thread, "---- end of thread ----": the person's own again, "Need a short explanation ...")
  // (the last such line, and only where no part of a MIME message follows it: not one inside the returned copy)
  const lastEnd = lines.reduce((last, line, index) => (END_OF_THREAD.test(line) ? index : last), -1);
  const threadEnd = lastEnd !== -1 && !lines.slice(lastEnd + 1).some((line) => MIME_PART_LINE.test(line)) ? lastEnd : -1;
  const ownFrom = /^original message headers:/i.test(m[0]) || headersCutShort(lines) ? headersEnd(lines) : threadEnd !== -1 ? threadEnd + 1 : -1;
  // (the copy's own letter, its headers and its first paragraph, is the sender's: "Hi Dan, our form was failing with ...
  // Relaying denied ... last month" is no note of the person pasting)
  const start = original ? letterEnd(lines) : 0;
  for (const [index, line] of lines.slice(start).entries()) {
    if (ownFrom !== -1 && start + index >= ownFrom) {
      if (line.length < 2000) notes.push(line);
      continue;
    }
    // A note's wrapped continuation (indented) stays with it.
    const continues: boolean = keptPrevious && /^[ \t]+\S/.test(line);
    // (a Route typed out from the control panel, "Expression Type: Match Recipient", then its Recipient and Actions fields)
    if (TYPED_ROUTE_START.test(line)) typedRouteLeft = TYPED_ROUTE_FIELDS;
    const typedRoute = typedRouteLeft-- > 0 && line.length < 2000;
    // (a quoted line, "> last month my emails bounced with ... Relaying denied", is the returned letter's own quote; one
    // holding a DNS record, "> x.example. 300 IN MX 10 mxa.eu.mailgun.org.", is what the person quotes: no letter carries one)
    const letterQuote = /^>/.test(line) && !DNS_RECORD.test(line);
    keptPrevious = line.length < 2000 && (continues || typedRoute || ROUTE_EXPRESSION.test(line) || DSN_FIELD.test(line) || MESSAGE_TRACE_REASON.test(line) || (TRAILING_NOTE.test(line) && !HEADER_LINE.test(line) && !/^[ \t]/.test(line) && !letterQuote));
    if (keptPrevious) notes.push(line);
  }
  // (and the paste's last line where it is the person's request, "Por favor, dame un texto para Marc (IT, inglés) ...": no
  // returned letter ends a paste with a request to the support person)
  const last = [...lines].reverse().find((line) => line.trim() !== '');
  if (last !== undefined && last.length < 2000 && !notes.includes(last) && CLOSING_REQUEST.test(last)) notes.push(last);
  return notes.length ? `${text.slice(0, m.index)}\n${notes.join('\n')}` : text.slice(0, m.index);
}

/** A line of a MIME message's parts: a boundary, a part's header, HTML. */
const MIME_PART_LINE = /^--[^\s-]|^content-(?:type|transfer-encoding)[ \t]*:|<\/?(?:html|body|div|p)\b/i;

/** A request to the support person, on the paste's last line: "Por favor, dame un texto ...", "Can you draft a reply?", "Bitte Antwort auf Deutsch". */
const CLOSING_REQUEST = /^[ \t]*(?:por[ \t]+favor|please|bitte|per[ \t]+favore|s'il[ \t]+(?:te|vous)[ \t]+pla[iî]t|proszę|can[ \t]+you|could[ \t]+you|puedes|podés|pode[ \t]+me|kannst[ \t]+du|könnt(?:est|en)?[ \t]+(?:du|ihr|sie)|pouvez-vous|peux-tu|potresti|what[ \t]+do[ \t]+i[ \t]+(?:tell|say|write))\b/i;

/** A line that ends a forwarded thread or message: "---- end of thread ----", "--- End of forwarded message ---", "-- Ende der weitergeleiteten Nachricht --". */
const END_OF_THREAD = /^[ \t]*-{2,}[ \t]*(?:end of (?:the )?(?:thread|forwarded (?:message|thread|e-?mail)|forward|original message|quoted (?:text|message))|ende der weitergeleiteten nachricht|fin (?:du|del) (?:message transféré|mensaje reenviado)|fim da mensagem encaminhada|fine (?:del )?messaggio inoltrato|einde (?:van het )?doorgestuurd(?:e)? bericht)[ \t]*-*[ \t]*$/i;

/** A copy's header block (after its heading line) with none of a letter's own headers: the person kept only its first lines. */
function headersCutShort(lines: string[]): boolean {
  const end = headersEnd(lines);
  return end !== -1 && !lines.slice(1, end).some((line) => LETTER_HEADER.test(line));
}
const LETTER_HEADER = /^(?:subject|from|to|date|message-id|content-type|mime-version)[ \t]*:/i;

/** The line after the blank one that ends a block of headers (its heading line first), or -1 when no header comes before a blank. */
function headersEnd(lines: string[]): number {
  // (a header on the heading line itself, "Original message headers: From: x@y", pasted on one line: its block counts)
  let headers = HEADER_LINE.test(lines[0]!.replace(/^[^:\n]{1,60}:[ \t]*/, '')) ? 1 : 0;
  // (Exim's heading, "------ This is a copy of the message, including all the headers. ------", has a blank line under it)
  let first = 1;
  while (headers === 0 && first < lines.length && lines[first]!.trim() === '') first++;
  for (let index = first; index < lines.length; index++) {
    if (lines[index]!.trim() === '') return headers > 0 ? index + 1 : -1;
    if (HEADER_LINE.test(lines[index]!)) headers++;
  }
  return -1;
}

/**
 * Where the original message's letter ends, when it starts with a message's headers (at least two, `From:`, `To:`,
 * `Subject:`), a blank line and a greeting ("Hi Dan,"): after that first paragraph. 0 when it does not start so (a copy of
 * headers alone, then the person's own notes: `dig MX ...`).
 */
function letterEnd(lines: string[]): number {
  let index = 1;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  let headers = 0;
  for (; index < lines.length && (HEADER_LINE.test(lines[index]!) || (headers > 0 && /^[ \t]+\S/.test(lines[index]!))); index++) {
    if (HEADER_LINE.test(lines[index]!)) headers++;
  }
  if (headers < 2 || index >= lines.length || lines[index]!.trim() !== '') return 0;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  if (!GREETING.test(lines[index] ?? '')) return 0;
  // (a greeting alone, "Hi Dan," then a blank line: the letter's first paragraph is the one after it)
  const greetingAlone = lines[index + 1]?.trim() === '';
  while (index < lines.length && lines[index]!.trim() !== '') index++;
  if (greetingAlone) {
    while (index < lines.length && lines[index]!.trim() === '') index++;
    while (index < lines.length && lines[index]!.trim() !== '') index++;
  }
  return index;
}

const GREETING = /^[ \t]*(?:hi|hello|hey|dear|hola|buenos días|bonjour|hallo|guten tag|olá|oi|ciao|buongiorno|hej|beste)\b/i;

/** Transport headers and encoded blobs: long, numerous, and never about why delivery failed. */
// (an X- header has its value on its line: a YAML or Compose extension key, `x-smtp-defaults: &smtp` or a bare `x-common:`, is no header)
// (nor noise: a provider's copy of the DSN's remote server, `X-Yahoo-Remote-MTA: mxb.mailgun.org`)
const NOISE_LINE = /^(?:(?:received|dkim-signature|domainkey-signature|arc-[\w-]+|authentication-results|received-spf|message-id|mime-version|thread-[\w-]+|list-[\w-]+|references|in-reply-to|feedback-id)[ \t]*:|x-(?!mailgun)(?![a-z]{1,20}-remote-mta[ \t]*:)[\w-]+[ \t]*:(?=[ \t]*[^\s&])|[A-Za-z0-9+/]{60,}={0,2}[ \t]*$)/i;

function dropNoise(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    const first = line.charCodeAt(0);
    // Folded header lines start with white space and belong to the header above.
    if ((first === 32 || first === 9) && dropping) continue;
    dropping = NOISE_LINE.test(line);
    if (!dropping) kept.push(line);
  }
  return kept.length === lines.length ? text : kept.join('\n');
}

/** Slack sends `&amp; &lt; &gt;`, `<mailto:a@b|a@b>`, `<http://x|label>` and `<http://x>`. */
export function unescapeSlack(text: string): string {
  return text
    // mrkdwn emphasis around a link (`*<mailto:a@b|a@b>*`) would stick to the address.
    .replace(/([*_~])(<(?:mailto:|https?:\/\/)[^>\n]{1,2000}>)\1/gi, '$2')
    // Mentions as their names: `<@U024BE7LH>`, `<#C024BE7LH|support>`, `<!here>`, `<!subteam^S1|@oncall>`.
    .replace(/<([@#])[A-Z0-9]{2,20}\|([^>\n]{1,80})>/g, (_m, sigil: string, name: string) => (name.startsWith(sigil) ? name : sigil + name))
    .replace(/<([@#])([A-Z0-9]{2,20})>/g, '$1$2')
    .replace(/<!(?:subteam\^[A-Z0-9]{2,20}|date\^[^|>\n]{1,100})\|([^>\n]{1,80})>/g, '$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>\n]{0,40})?>/g, '@$1')
    .replace(/<mailto:([^|>\s]{1,320})\|([^>\n]{1,320})>/gi, '$2')
    // (Outlook's copy of a link keeps both, `a@b<mailto:a@b>`: the address is already there)
    .replace(/<mailto:([^|>\s]{1,320})>/gi, (_m, address: string, at: number, whole: string) => (whole.slice(Math.max(0, at - address.length), at).toLowerCase() === address.toLowerCase() ? '' : address))
    .replace(/<((?:https?|ftp):\/\/[^|>\s]{1,2000})\|([^>\n]{1,2000})>/g, '$2')
    .replace(/<((?:https?|ftp):\/\/[^|>\s]{1,2000})>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const INVISIBLE = /[\u00a0\u200b-\u200d\u2060\ufeff]/;
/**
 * A pair of backticks around one word on a line (`` `mx.example.com` ``; not Ruby's lone `frame'
 * quote). Around several words they stay: they end the server's words a person quoted.
 */
const INLINE_CODE = /`([^`\s]{1,200})`/g;
/** A label in mrkdwn bold at a line's start, or after a list's bullet (dropped with it): `*To:*`, `*MX host*:`, `• *Recipient:*`. */
const BOLD_LABEL = /^([ \t]*)(?:[•◦▪‣·–-][ \t]{0,4})?\*([A-Za-z][A-Za-z -]{0,30})(?::\*|\*:)/gm;

/** A Slack message copied with its header: "relaydenied APP 10:02", "Dana K  10:40", "Sam [Today 10:03 AM]". */
// (or after the time, on the message's own line: "Wed 11:30  relaydenied APP: That's a relay refusal, ...")
const BOT_MESSAGE_HEADER = /^[ \t]*(?:(?:[A-Za-z]{3}[ \t]+)?\[?\d{1,2}:\d{2}(?:[ \t]?[AP]M)?\]?[ \t]+)?relaydenied[ \t]+APP\b/i;
/** A message whose line starts with its time and its author: "Thu 09:02  Amir: asked them.", "[09:14] Tomás: ...". */
const TIME_FIRST_MESSAGE = /^[ \t]*(?:[A-Za-z]{3}[ \t]+)?\[?\d{1,2}:\d{2}(?:[ \t]?[AP]M)?\]?[ \t]+[^\n:]{1,40}:/;
/** Our replies' headlines (src/replies/build.ts), as pasted back without the Slack header (`*bold*` or not). */
const OWN_HEADLINE = /^[ \t*]*(?:Mailgun refused to relay|Mailgun received mail for your domain|Mailgun's inbound MX refused|The recipient's (?:mail server refused|domain receives through Mailgun)|Relaying Denied, but the paste doesn't show|Not a Relaying Denied error)\b/;
const MESSAGE_HEADER = /^[ \t]*\S[^\n]{0,60}?[ \t]\[?(?:[A-Za-z]+ )?\d{1,2}:\d{2}(?:[ \t]?[AP]M)?\]?[ \t]*$/;
/** Our own evidence lines ("• The server replied with a relay refusal: "550 ..."") and quoting labels. */
const OWN_LINE = new RegExp(
  String.raw`^[ \t]*(?:[•*\-–][ \t]*)?(?:${[...RULES.map((rule) => rule.name), 'The server said', 'Its message', 'The error shown', 'Reply code', 'Refusing server', 'Found in the paste', 'Refused recipient'].map(escapeLiteral).join('|')}):`,
);

/**
 * The bot's own earlier reply pasted back above a new error: its quotes of the old error are not
 * the question. A copied Slack message of ours runs to the next message's header; without the
 * header, our evidence and quoting lines go.
 */
function withoutOwnReplies(text: string): string {
  const lines = text.split('\n');
  let inOwnMessage = false;
  let inEvidence = false;
  // Our message quoted (`> ` lines) above the person's own: it ends at the first line not quoted.
  let quotedOwn = false;
  const kept = lines.filter((raw) => {
    const quoted = QUOTE_MARKER.test(raw);
    // (a quote's marker and mrkdwn's bold, `> *relaydenied*  APP  3:12 PM`, hide our header)
    const line = (quoted ? raw.replace(QUOTE_MARKER, '') : raw).replace(/\*/g, '');
    // (a blank line inside the quote, left unquoted by the copy, does not end it)
    if (quotedOwn && !quoted && raw.trim() !== '') inOwnMessage = quotedOwn = false;
    if (BOT_MESSAGE_HEADER.test(line) || OWN_HEADLINE.test(line)) {
      quotedOwn = quoted;
      return !(inOwnMessage = true);
    }
    const own = OWN_LINE.test(line);
    if (line.trim() === 'Why I think so') {
      inEvidence = true;
      return false;
    }
    // Our message ends at the next message's header, or after its evidence list: what follows is the person's.
    if (inOwnMessage && (MESSAGE_HEADER.test(line) || TIME_FIRST_MESSAGE.test(line) || (inEvidence && !own))) inOwnMessage = false;
    if (!own) inEvidence = false;
    return !inOwnMessage && !own;
  });
  return kept.length === lines.length ? text : kept.join('\n');
}

const QUOTE_MARKER = /^[ \t]*(?:>[ \t]?)+/;

/** A mail signature's delimiter line (`-- `), then the few lines of the signature. */
const SIGNATURE_DELIMITER = /^[ \t]*--[ \t]?$/gm;
const MAX_SIGNATURE_LINES = 6;

/**
 * A mail's signature at the end of the paste: the sender's name, company and "we send with Mailgun
 * (smtp.mailgun.org)" are no part of the error. Only a last few lines without a reply code.
 */
function withoutSignature(text: string): string {
  let last = -1;
  for (const m of text.matchAll(SIGNATURE_DELIMITER)) last = m.index;
  if (last === -1) return text;
  const signature = text.slice(last);
  const lines = signature.split('\n').filter((line) => line.trim() !== '');
  // (a reply code is followed by words or a status code; a phone number's "555 0142" is not)
  return lines.length - 1 <= MAX_SIGNATURE_LINES && !/(?<![\w.+])[245]\d\d[ -](?:[245]\.\d|[A-Za-z])/.test(signature) ? text.slice(0, last) : text;
}

/** Mail and Slack quotes (`> line`) when most lines carry them. */
// (not a macro or a drafted reply quoted under the line that says so: its markers tell it from the customer's error)
function stripQuoteMarkers(text: string): string {
  const quoted = text.match(/^[ \t]*>/gm)?.length ?? 0;
  if (quoted === 0 || quoted * 3 < countLines(text) || MACRO_QUOTED.test(text)) return text;
  return text.replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
}

/**
 * A line that ends by naming a macro or a drafted reply, its text quoted under it: "I used the Relaying Denied macro:". Not a
 * line that goes on to the customer's words, "Customer answered our macro, still failing for them:", "drafting the reply now,
 * their mail:": what is quoted there is theirs.
 */
const MACRO_QUOTED = /\b(?:macro|canned (?:reply|response)|saved reply|draft(?:ed)? (?:reply|answer)|reply template)(?:[ \t]+(?:text|below|here|first))?(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*:[ \t]*\n(?:[ \t]*\n)?[ \t]*>/i;

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

/**
 * Quoted-printable: declared, or its escapes, or a soft break ending a long (wrapped) line. An `=20`
 * before a digit is a year in a log (`t=2024-06-02`), and after `id` an id (Exim's `id=20ef682b...`),
 * not an encoded space; nor go-spew's length of a string, `(len=20)`.
 */
function isQuotedPrintable(text: string): boolean {
  if (!text.includes('=')) return false;
  // (escapes in capitals, as encoders write them: `id=3d49...` and `id=0a7d...` are log ids)
  if (/quoted-printable/i.test(text) || /=3D|(?<!\b(?:id|len|cap))=20(?!\d)|=0A/.test(text)) return true;
  for (let at = text.indexOf('=\n'); at !== -1; at = text.indexOf('=\n', at + 2)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // Base64 padding ends a line too (`AUTH PLAIN AHBv...NA==`): a soft break follows text.
    if (at - lineStart > 60 && !BASE64_TAIL.test(text.slice(Math.max(lineStart, at - 80), at))) return true;
  }
  // A delivery report's part copied without its headers: a word broken by a soft break ("Relaying de=\nnied").
  // (inside a sentence's word, not a setting's empty value: `user=` above `pass=` in an ini)
  return /diagnostic-code:|message\/delivery-status/i.test(text) && /^[^\n=]*[ \t][^\s=]*[a-z]=\n[a-z]/m.test(text);
}

// (a form field's value too: `X-Mailgun-Sid=WyI5...Il0=`)
const BASE64_TAIL = /(?:^|[\s:=])[A-Za-z0-9+/]{16,}=?$/;

/** Decodes quoted-printable soft breaks and escapes, and appends decoded base64 text parts. */
function decodeMime(text: string): string {
  // Base64 first: its padding `=` at a line end would look like a quoted-printable soft break.
  let out = /Content-Transfer-Encoding:[ \t]*base64/i.test(text) ? text + decodeBase64Parts(text) : text;
  if (isQuotedPrintable(out)) {
    out = out
      .replace(/=\n/g, '')
      .replace(/(?:=[0-9A-F]{2})+/g, decodeQuotedBytes);
  }
  return out;
}

/**
 * A run of quoted-printable escapes: UTF-8 text as such (`=C3=A0` is à); otherwise only printable
 * ASCII and white space are decoded, and other bytes stay escaped (their charset is unknown).
 */
function decodeQuotedBytes(run: string): string {
  const bytes = Buffer.from(run.replace(/=/g, ''), 'hex');
  if (bytes.some((b) => b >= 0x80)) {
    const text = bytes.toString('utf8');
    if (!text.includes('\ufffd')) return text;
  }
  return run.replace(/=([0-9A-F]{2})/g, (escape, hex: string) => {
    const code = parseInt(hex, 16);
    return code === 9 || code === 10 || code === 32 || (code > 32 && code < 127) ? String.fromCharCode(code) : escape;
  });
}

/** Text and delivery-status MIME parts encoded in base64, decoded (they carry the diagnostic). */
function decodeBase64Parts(text: string): string {
  const decoded: string[] = [];
  const part = /Content-Type:[ \t]*((?:text|message)\/[a-z0-9.+-]+)[^\n]*\n(?:[ \t][^\n]*\n|[A-Za-z-]+:[^\n]*\n){0,8}?Content-Transfer-Encoding:[ \t]*base64[^\n]*\n(?:[A-Za-z-]+:[^\n]*\n|[ \t][^\n]*\n){0,8}\n((?:[A-Za-z0-9+/=]{1,200}\n){1,4000})/gi;
  for (const m of text.matchAll(part)) {
    const body = m[2] ?? '';
    if (decoded.length >= 8) break;
    const plain = Buffer.from(body.replace(/\n/g, ''), 'base64').toString('utf8');
    if (/[\u0000-\u0008\u000e-\u001f]/.test(plain)) continue;
    decoded.push(plain.replace(/\r\n?/g, '\n'));
  }
  return decoded.length ? `\n${decoded.join('\n')}\n` : '';
}

/** A cheap test for the words and codes an SMTP error is made of. */
const RELEVANT = /relay|denied|refused|reject|[45]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}|mailgun|recipient|rcpt|said|diagnostic|status|remote|host|event|severity|reason|error|fail|smtp|auth|mx|bounce|deliver/i;
/** What a refusal itself looks like: these pieces are kept first, so ordinary log lines cannot crowd them out. */
const STRONG = /relay(?!=)|denied|refused|rejected|mailgun|[45]\d\d[ -][45]\.\d|(?<![\w.])[45]\.\d{1,3}\.\d{1,3}|said:|diagnostic-code|status=(?:bounced|deferred)|"event"|exception|error:/i;
const HEAD = 8192;
const TAIL = 4096;
const STRONG_BUDGET = 64 * 1024;
const RELAY_BUDGET = 32 * 1024;
/** Each tier's pieces are kept while the kept size is under its budget (the budgets add up). */
const TIER_BUDGETS: ReadonlyArray<readonly [number, number]> = [[2, RELAY_BUDGET], [1, STRONG_BUDGET], [0, FOCUS_BUDGET]];
/** Copies of one log line's shape kept: a day's log repeats a few shapes thousands of times, and they say nothing new. */
const SAME_SHAPE_KEPT = 12;
/** A log's own line: a time near its start. (A line of a JSON record or a stack trace is part of its record, no copy.) */
const LOG_LINE = /^[^\n]{0,24}?\d:\d\d:\d\d/;
/** The words that vary from one line of a log to the next: numbers, times, ids, addresses, bracketed hosts and IPs. */
// (from a word's start only, so that each word is read once)
const VARYING_WORDS = /(?<!\S)[^\s\d@<[]*[\d@<[]\S*/g;
/** Relevant pieces before and after a relay refusal kept whatever their shape: its session's connection, host and MX. */
const REFUSAL_CONTEXT_BEFORE = 8;
const REFUSAL_CONTEXT_AFTER = 3;
/** Addresses the relay refusals name, whose other lines are kept whatever their shape (the first ones: a bound on the work). */
const MAX_REFUSED_ADDRESSES = 20;
const ADDRESS = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;

/**
 * For a huge paste: its head (prose, headers) and tail (where a log's failure usually is), every
 * piece that looks like a refusal, then other relevant pieces, each a line or a 2 KiB stretch of
 * an endless line, up to a fixed budget in their original order: the cost stays linear and bounded.
 * Beyond a dozen log lines of one shape (the same line with other times, ids and addresses), the
 * others are left out, unless they are a relay refusal or next to one.
 */
function focus(text: string): string {
  // Tier 2: a relay refusal; 1: what any refusal looks like; 0: other relevant pieces. Each tier is
  // kept first, so that a day's log of deferrals cannot crowd out the one relay refusal in it.
  const pieces: Array<{ start: number; end: number; tier: number; repeated: boolean }> = [];
  const shapes = new Map<string, number>();
  // (head and tail end and start at a line's break, near enough: a row cut in two reads as a record of its own)
  const headBreak = text.lastIndexOf('\n', HEAD);
  const headEnd = headBreak !== -1 && HEAD - headBreak < CHUNK ? headBreak : HEAD;
  const tailBreak = text.indexOf('\n', text.length - TAIL);
  const bodyEnd = Math.max(headEnd, tailBreak !== -1 && tailBreak - (text.length - TAIL) < CHUNK ? tailBreak + 1 : text.length - TAIL);
  for (let start = headEnd; start < bodyEnd; ) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end - start > CHUNK) end = Math.min(text.length, start + CHUNK);
    const piece = text.slice(start, end);
    if (RELEVANT.test(piece)) {
      const tier = !STRONG.test(piece) ? 0 : RELAY_LINE.test(piece) ? 2 : 1;
      let repeated = false;
      if (tier < 2 && LOG_LINE.test(piece)) {
        const shape = piece.replace(VARYING_WORDS, '');
        const seen = (shapes.get(shape) ?? 0) + 1;
        shapes.set(shape, seen);
        repeated = seen > SAME_SHAPE_KEPT;
      }
      pieces.push({ start, end, tier, repeated });
    }
    start = end + (text[end] === '\n' ? 1 : 0);
  }
  // (a relay refusal's neighbours are kept with what any refusal looks like, tier 1: not in the refusals' own budget,
  // which a log's open-relay probes and their neighbours would fill before a later refusal)
  const nearRefusal = new Set<number>();
  const refused = new Set<string>();
  pieces.forEach((p, i) => {
    if (p.tier !== 2) return;
    for (let j = Math.max(0, i - REFUSAL_CONTEXT_BEFORE); j <= i + REFUSAL_CONTEXT_AFTER && j < pieces.length; j++) nearRefusal.add(j);
    if (refused.size < MAX_REFUSED_ADDRESSES) for (const address of text.slice(p.start, p.end).match(ADDRESS) ?? []) refused.add(address);
  });
  // (nor a line of a shape seen often that names a refused address: its later delivery, a retry that went through)
  const namesRefused = (p: { start: number; end: number }) => {
    // (as written in the refusal: a log writes an address the same way on each of its lines)
    const line = text.slice(p.start, p.end);
    for (const address of refused) if (line.includes(address)) return true;
    return false;
  };
  const keep = new Set<number>();
  let size = 0;
  for (const [tier, budget] of TIER_BUDGETS) {
    pieces.forEach((p, i) => {
      const near = nearRefusal.has(i);
      if ((near ? Math.max(p.tier, 1) : p.tier) === tier && (near || !p.repeated || (refused.size > 0 && namesRefused(p))) && size < budget) {
        keep.add(i);
        size += p.end - p.start + 1;
      }
    });
  }
  const kept = [text.slice(0, headEnd), ...pieces.filter((_, i) => keep.has(i)).map((p) => text.slice(p.start, p.end))];
  if (bodyEnd < text.length) kept.push(text.slice(bodyEnd));
  return kept.join('\n');
}
