/**
 * Structured data inside a paste: Mailgun events (webhook, Events API page, a bare event, an event
 * fragment without its braces, SDK prints in Python/JS/Ruby/Go syntax), legacy form webhooks, CSV
 * exports and bounce-parser JSON. Each event becomes a `FieldRecord` whose keys are normalised
 * (`delivery-status.mx-host` → `mxhost`), so the extractor reads every format the same way.
 */

import JSON5 from 'json5';
import { MAIL_DOMAIN } from './address-chars.js';
import { TYPED_ROUTE_FIELD } from './routes.js';
import { lineAt } from './patterns.js';

/** Normalised key → value (strings; numbers are kept as their text). */
export type FieldRecord = Map<string, string>;

export type StructuredFormat =
  | 'mailgun-webhook'
  | 'mailgun-events-api'
  | 'mailgun-event'
  | 'mailgun-legacy-webhook'
  | 'mailgun-bounces-api'
  | 'csv-export'
  | 'message-trace'
  | 'mailgun-log-page'
  | 'sdk-print'
  | 'bounce-parser-json';

export interface Structured {
  format: StructuredFormat | null;
  records: FieldRecord[];
}

/** The keys that matter, normalised (lower case, no `-`, `_` or spaces). */
const KNOWN_KEYS = new Set([
  'event', 'severity', 'reason', 'recipient', 'recipientdomain', 'mxhost', 'code', 'message',
  'description', 'details', 'enhancedcode', 'error', 'address', 'smtpcommand', 'rhost', 'lhost',
  'diagnosticcode', 'deliverystatus', 'response', 'responsecode', 'command', 'sender', 'targets',
  'loglevel', 'status', 'domain', 'createdat', 'timestamp', 'attemptno', 'sendingip',
]);

const NESTED_STATUS = 'deliverystatus';
/** `delivery-status.mx-host`, `mx_host`, `MxHost` → `mxhost` (CSV headers name nested fields with dots). */
export function normalizeKey(key: string): string {
  // (`delivery-status[code]` is the status's `code`, as `delivery-status.code` is)
  const dotted = key.includes('[') ? key.replace(/\[([^\]]*)\]/g, '.$1') : key;
  const last = dotted.slice(dotted.lastIndexOf('.') + 1);
  const flat = last.toLowerCase().replace(/[-_ ]/g, '');
  // (an export that flattens the nesting with underscores: `delivery_status_code` is the status's `code`)
  const normal = flat.length > NESTED_STATUS.length && flat.startsWith(NESTED_STATUS) ? flat.slice(NESTED_STATUS.length) : flat;
  return KEY_ALIASES[normal] ?? normal;
}
/**
 * Other names of known keys: Amazon SES names a bounced recipient `emailAddress` (`EmailAddress` in Go's print of it);
 * an export's "Status Code" and "Status Message" columns are the delivery status's code and message; Microsoft 365's
 * message trace names it `recipient_address` (`RecipientAddress`).
 */
// (and a table's columns for the delivery status's fields, prefixed `ds_` or `dstatus_`: `ds_code`, `ds_enhanced_code`,
// `dstatus_message`)
const KEY_ALIASES: Readonly<Record<string, string>> = {
  emailaddress: 'address', statuscode: 'code', statusmessage: 'message', dscode: 'code', dsenhancedcode: 'enhancedcode', dsmessage: 'message',
  dstatuscode: 'code', dstatusenhancedcode: 'enhancedcode', dstatusmessage: 'message', recipientaddress: 'recipient',
};

const MAX_RECORDS = 500;
/** Failed rows read past MAX_RECORDS in an export. */
const MAX_FAILURE_RECORDS = 500;
const FAILURE_ROW = /fail|bounce|reject|drop|relay|rcpthosts/i;

/** go-spew's type (and a string's length) before a field's value: `: (string) (len=24) `, `: (int) `, `: (*bool)(0xc00001a9f8)`. */
const SPEW_TYPE = /:[ \t]+\(\*?[\w.[\]]{1,60}\)(?:\(0x[0-9a-f]{1,16}\))?(?:[ \t]+\(len=\d{1,9}\))?[ \t]*/g;

export function parseStructured(text: string): Structured {
  const json = parseJsonish(text);
  if (json?.format) return json;
  const form = parseFormWebhook(text);
  if (form) return form;
  const flattened = text.includes('__') || text.includes('event-data.') ? parseFlattenedKeys(text) : null;
  if (flattened) return flattened;
  const piped = text.includes(' | ') ? parsePipedRecord(text) : null;
  if (piped) return piped;
  const vertical = text.includes('. row ***') ? parseVerticalRows(text) : null;
  if (vertical) return vertical;
  const csv = parseCsv(text) ?? parseHeaderlessEventRows(text) ?? semicolonCsv(text);
  if (csv) return csv.records.length === 1 ? withDetails(csv, text) : withDrawer(csv, text);
  // Flask's ImmutableMultiDict([('event', 'bounced'), ...]) of a legacy webhook: pairs as fields; Django's
  // QueryDict({'event': ['bounced'], ...}) too, each value in a list of one.
  // (go-spew's dump, `Code: (int) 550,`, `MxHost: (string) (len=24) "mx.x",`: each value after its type)
  const typed = text.includes(') (len=') ? text.replace(SPEW_TYPE, ': ') : text;
  const pairs = typed.includes("', '") ? typed.replace(PYTHON_PAIR, "'$1': $2") : typed;
  const failRow = text.includes(' Fail') || text.includes(' fail') ? parseFailHeadingRow(text) : null;
  if (failRow) return failRow;
  const read = withHeadingRecipient(withTranslatedPanel(parseLogPanel(text) ?? parseLoosePrints(pairs.includes("': ['") ? pairs.replace(PYTHON_LIST_VALUE, "'$1': $2") : pairs), text), text);
  // (logfmt lines with a service's own short names, `rcpt=`, `msg=`, `mx=`: when the other parsers found no message)
  const logfmt = (text.includes('event=') || BARE_EVENT.test(text)) && !/[a-z]{2}/i.test(read.records[0]?.get('message') ?? '') ? parseLogfmtEvents(text) : null;
  const loose = logfmt ?? read;
  if (!json) return loose;
  // JSON that is not an event (the app's log line, an API's answer) may hold one printed inside it
  // (zap's `"event":"&{Generic:{... Name:failed} ...}"`): that counts when it names its event.
  return loose.format && loose.records[0]?.has('event') ? loose : json;
}

/**
 * Events whose nested keys were flattened, one field a line, as Zapier's and Make's data views show a webhook: with double
 * underscores, `event_data__delivery_status__mx_host    mx01.example.de` (a run of blanks, a tab, `:` or `=` before the
 * value), or with dots and blanks only, `event-data.delivery-status.mx-host    mx.example.com` (with a colon, the loose
 * fields read it). Each event's own `event` key starts its record: several bundles or runs, one after another.
 */
// (a name's own single underscores, `delivery_status`, never two in a row: the double one only separates, so each line splits one way)
const FLATTENED_FIELD = /^[ \t]*((?:[a-z][a-z0-9-]{0,40}(?:_[a-z0-9-]{1,40}){0,6}__)+([a-z][a-z0-9-]{0,40}(?:_[a-z0-9-]{1,40}){0,6}))(?:\t+| {2,}|[ \t]*[:=][ \t]*)(\S[^\n]{0,2000})$|^[ \t]*((?:[a-z][a-z0-9_-]{0,40}\.)+([a-z][a-z0-9_-]{0,40}))(?:\t+| {2,})(\S[^\n]{0,2000})$/gim;

function parseFlattenedKeys(text: string): Structured | null {
  const records: FieldRecord[] = [];
  let record: FieldRecord = new Map();
  let seen = 0;
  for (const m of text.matchAll(FLATTENED_FIELD)) {
    if (++seen > MAX_RECORDS * 20) break;
    const key = normalizeKey(m[2] ?? m[5]!);
    const value = unquote((m[3] ?? m[6]!).trim());
    if (!KNOWN_KEYS.has(key) || !fits(key, value)) continue;
    // (the next event's own `event` key, or a key its record already holds: another bundle)
    if (record.has(key) && (key === 'event' || record.has('event'))) {
      if (record.has('event') && record.size >= 3) records.push(record);
      record = new Map();
      if (records.length >= MAX_RECORDS) break;
    }
    if (!record.has(key)) record.set(key, value);
  }
  if (record.has('event') && record.size >= 3) records.push(record);
  return asEvents(records);
}

/** Events read one field a line (flattened keys, psql's and mysql's records): one event, or a page of them; null for none. */
function asEvents(records: FieldRecord[]): Structured | null {
  return records.length === 0 ? null : { format: records.length === 1 ? 'mailgun-event' : 'mailgun-events-api', records };
}

/** psql's record printed as `key | value` lines (`\\x`, or a row copied in full): one field a line, one bar. */
const PIPED_FIELD = /^[ \t]*([a-z][a-z0-9_.-]{0,60})[ \t]*\|[ \t]*(\S[^\n|]{0,2000})$/gim;

/**
 * Events printed as psql's `key | value` lines, when their fields name a Mailgun event (as the loose fields would): one
 * record, or several in expanded mode (`-[ RECORD 2 ]-+----`), each starting where a key comes again.
 */
function parsePipedRecord(text: string): Structured | null {
  const records: FieldRecord[] = [];
  let record: FieldRecord = new Map();
  const keep = () => {
    if (looksLikeEvent(record) && record.size >= 3) records.push(record);
  };
  let seen = 0;
  for (const m of text.matchAll(PIPED_FIELD)) {
    if (++seen > MAX_RECORDS * 20) break;
    const key = normalizeKey(m[1]!);
    const value = m[2]!.trim();
    if (!KNOWN_KEYS.has(key) || !fits(key, value)) continue;
    if (record.has(key)) {
      keep();
      record = new Map();
      if (records.length >= MAX_RECORDS) break;
    }
    record.set(key, value);
  }
  keep();
  return asEvents(records);
}

/** mysql's `\G` output: each row under its `*** 1. row ***` banner, one `key: value` field a line. */
const VERTICAL_ROW_BANNER = /^\*{3,}[ \t]*\d{1,6}\.[ \t]*row[ \t]*\*{3,}[ \t]*$/gm;
const VERTICAL_FIELD = /^[ \t]*([a-z][a-z0-9_.-]{0,60})[ \t]*:[ \t]*(\S[^\n]{0,2000})$/gim;

/** Events printed by mysql's `\G`, when their fields name Mailgun events: each row its record. */
function parseVerticalRows(text: string): Structured | null {
  const starts = [...text.matchAll(VERTICAL_ROW_BANNER)].slice(0, MAX_RECORDS).map((m) => m.index + m[0].length);
  const records: FieldRecord[] = [];
  starts.forEach((start, i) => {
    const record: FieldRecord = new Map();
    for (const m of text.slice(start, starts[i + 1] ?? text.length).matchAll(VERTICAL_FIELD)) {
      const key = normalizeKey(m[1]!);
      const value = m[2]!.trim();
      if (KNOWN_KEYS.has(key) && !record.has(key) && value !== 'NULL' && fits(key, value)) record.set(key, value);
    }
    if (looksLikeEvent(record) && record.size >= 3) records.push(record);
  });
  return asEvents(records);
}

// (Python prints a value with an apostrophe in double quotes: `('error', "sorry, that domain isn't in my list ...")`)
const PYTHON_LIST_VALUE = /'([\w-]{1,40})'\s*:\s*\[\s*('(?:[^'\\\n]|\\.){0,2000}'|"(?:[^"\\\n]|\\.){0,2000}")\s*\]/g;
const PYTHON_PAIR = /\(\s*'([\w-]{1,40})'\s*,\s*('(?:[^'\\\n]|\\.){0,2000}'|"(?:[^"\\\n]|\\.){0,2000}")\s*\)/g;

/**
 * One row copied from the logs list, with the event's details pasted under it (`Code 553`,
 * `MX host mx.example.com`): the details fill what the row does not say.
 */
function withDetails(row: Structured, text: string): Structured {
  const record = row.records[0]!;
  // (from the row on: an API's answer above it, `{"id": ..., "message": "Queued. Thank you."}`, is not its detail)
  const details = text.slice(rowStart(text, record));
  for (const [key, value] of (parseLogPanel(details) ?? parseLooseFields(details)).records[0] ?? []) if (!record.has(key)) record.set(key, value);
  return row;
}

/**
 * Rows of the new logs page with the details drawer of the failed one pasted under them: the drawer's
 * panel (`Code  550`, `Message  5.7.54 ...`, `MX host  ...`) fills what that row does not say.
 */
function withDrawer(rows: Structured, text: string): Structured {
  const failed = rows.records.find((r) => /fail/i.test(r.get('event') ?? '') && !r.has('message'));
  const at = failed ? rowStart(text, failed) : 0;
  const drawer = at > 0 ? parseLogPanel(text.slice(at)) : null;
  for (const [key, value] of drawer?.records[0] ?? []) if (!failed!.has(key)) failed!.set(key, value);
  return rows;
}

/** Where the line of the row naming the record's recipient starts (0 when none does). */
function rowStart(text: string, record: FieldRecord): number {
  const recipient = record.get('recipient');
  const event = record.get('event')?.toLowerCase();
  if (!recipient || !event) return 0;
  const lower = text.toLowerCase();
  const address = recipient.toLowerCase();
  // (the logs list writes a failed event "Permanent Failure")
  const word = event === 'failed' ? 'fail' : event;
  // (each line once: an endless line naming the address a thousand times is read one time)
  for (let at = lower.indexOf(address); at !== -1; ) {
    const start = lower.lastIndexOf('\n', at) + 1;
    const end = lower.indexOf('\n', at);
    if (lower.slice(start, end === -1 ? undefined : end).includes(word)) return start;
    if (end === -1) break;
    at = lower.indexOf(address, end);
  }
  return 0;
}

/**
 * Mailgun's event names (and its legacy webhooks'), in any case: an `event` key with another value
 * is some logger's own (structlog's `"event": "mailgun_webhook_received"`).
 */
const EVENT_NAME = /^(?:accepted|rejected|delivered|failed|opened|clicked|unsubscribed|complained|stored|bounced|dropped|deferred|list_member_uploaded|list_uploaded)$/i;

/** A logger's level in a `severity` field (Google Cloud Logging's `"severity": "ERROR"`): no Mailgun severity. */
const LOG_LEVEL_SEVERITY = /^(?:default|debug|info|notice|warn(?:ing)?|error|err|critical|crit|alert|emergency|emerg|fatal|trace)$/i;

/** Whether `value` can be the record's `key`: an `event` must be one of Mailgun's, a `severity` no logger's level. */
const fits = (key: string, value: string) => (key === 'event' ? EVENT_NAME.test(value.trim()) : key !== 'severity' || !LOG_LEVEL_SEVERITY.test(value.trim()));

// ---------------------------------------------------------------- logfmt

/** One `key=value` pair of a logfmt line (`msg="4.7.1 ... denied"`, `mx=mail.example.com`). */
const LOGFMT_PAIR = /(?<![^\s])([A-Za-z][\w.-]{0,40})=("(?:[^"\\\n]|\\.){0,2000}"|[^\s"]{1,300})/g;
/** A service's own short names for an event's fields. */
const LOGFMT_ALIASES = new Map([['rcpt', 'recipient'], ['to', 'recipient'], ['msg', 'message'], ['mx', 'mxhost'], ['attempt', 'attemptno']]);
const MIN_LOGFMT_PAIRS = 4;
// (or the words of the logs list, `temporary failure rcpt=a@b code=421 ...`: a failed event of that severity)
const BARE_EVENT = /(?:^|\s)(?:(failed|rejected|delivered|bounced|dropped)[ \t]+(?=severity=|reason=)|(temporary|permanent)[ \t]+failure[ \t]+(?=severity=|reason=|rcpt=|recipient=))/i;

/**
 * Events a service logs as logfmt lines (`event=failed severity=temporary rcpt=a@b code=454
 * msg="4.7.1 ... Relay access denied" mx=mail.b.example`): one record a line that names its event.
 */
function parseLogfmtEvents(text: string): Structured | null {
  const records: FieldRecord[] = [];
  for (const line of text.split('\n')) {
    // (or the event as a bare word before the pairs, a cron's print: `failed severity=permanent reason=generic recipient=a@b ...`)
    const bare = line.includes('event=') ? null : BARE_EVENT.exec(line);
    if ((!line.includes('event=') && !bare) || line.length > 4000 || records.length >= MAX_RECORDS) continue;
    const record: FieldRecord = new Map();
    if (bare) record.set('event', bare[1]?.toLowerCase() ?? 'failed');
    if (bare?.[2]) record.set('severity', bare[2].toLowerCase());
    const aliased: FieldRecord = new Map();
    let pairs = 0;
    for (const m of line.matchAll(LOGFMT_PAIR)) {
      pairs++;
      const alias = LOGFMT_ALIASES.get(m[1]!.toLowerCase());
      const key = alias ?? normalizeKey(m[1]!);
      const value = m[2]!.startsWith('"') ? m[2]!.slice(1, -1) : m[2]!;
      const into = alias ? aliased : record;
      if (KNOWN_KEYS.has(key) && !into.has(key) && fits(key, value)) into.set(key, value);
    }
    // (a field's own name first: `message="relay not permitted"` over the logger's `msg="mailgun failed event"`)
    for (const [key, value] of aliased) if (!record.has(key)) record.set(key, value);
    if (pairs >= MIN_LOGFMT_PAIRS && record.has('event')) records.push(record);
  }
  return records.length ? { format: 'sdk-print', records } : null;
}

// ---------------------------------------------------------------- JSON

/** `[192.0.2.25] said: ...` starts like a JSON array of numbers, but no number has two dots. */
const IP_IN_BRACKETS = /^\[\s*\d+\.\d+\./;

/** A line of a JSON object's body: a `"key": value` field or a closing brace. */
// (the comma's blanks grouped with it: `[ \t]*,?[ \t]*` backtracks quadratically over a long run of blanks)
const FIELD_LINE = /^[ \t]*(?:"[\w-]{1,40}"[ \t]*:[^\n]*|[}\]](?:[ \t]*,)?[ \t]*)$/gm;

/** A fragment's text up to its last field line, when that runs past its last brace (its fields after `delivery-status: {...}`); else null. */
function fieldsUpToLastLine(text: string, fragmentStart: number, lastBrace: number): string | null {
  let fieldsEnd = -1;
  for (const m of text.slice(fragmentStart).matchAll(FIELD_LINE)) fieldsEnd = fragmentStart + m.index + m[0].length;
  return fieldsEnd > lastBrace ? text.slice(fragmentStart, fieldsEnd).trim().replace(/,\s*$/, '') : null;
}

function parseJsonish(text: string): Structured | null {
  const first = text.search(/[{[]/);
  if (first === -1) return null;
  const last = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  const candidates: string[] = [];
  if (last > first) candidates.push(text.slice(first, last + 1));
  // (a brace inside a line above is not the JSON's: a metric's labels, `mg_responses_total{code="250"} = 4190`)
  // (only then: a first brace that opens its own line starts a block of its own, and the next such line may start a second
  // block, two webhooks in two fences, which the blocks' own reading below takes both of)
  const firstOpensLine = /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', first - 1) + 1, first));
  const lineFirst = firstOpensLine ? -1 : text.slice(first + 1).search(/^[ \t]*[{[]/m) + first + 1;
  if (lineFirst > first && last > lineFirst) candidates.push(text.slice(lineFirst, last + 1).trimStart());
  // An event fragment without its outer braces: `"event": "failed", ...`
  const fragmentStart = text.search(/^[ \t]*"[\w-]{1,40}"[ \t]*:/m);
  if (fragmentStart !== -1) {
    const body = text.slice(fragmentStart, last > fragmentStart ? last + 1 : undefined).trim().replace(/,\s*$/, '');
    const whole = text.slice(fragmentStart).trim().replace(/,\s*$/, '');
    // A fragment that starts before the first brace is the event itself, not its inner object.
    if (fragmentStart < first) {
      const fields = fieldsUpToLastLine(text, fragmentStart, last);
      candidates.unshift(...(fields !== null && fields !== whole ? [`{${fields}}`] : []), `{${whole}}`, `{${body}}`);
    } else candidates.push(`{${body}}`, `{${whole}}`);
  }
  // `jq -c` and log shippers print one event per line: parse each line.
  // (after the whole block: a page whose one-line items sit beside a multi-line one is read whole)
  const jsonLines = text.split('\n').filter((l) => l.includes('{') && /^\s*\{.*\}(?:\s*,)?\s*$/.test(l));
  if (jsonLines.length > 1) {
    const whole = last > first ? candidates.indexOf(text.slice(first, last + 1)) : -1;
    candidates.splice(whole + 1, 0, `[${jsonLines.map((l) => l.trim().replace(/,$/, '')).join(',')}]`);
  }
  for (const candidate of candidates) {
    // JSON.parse on text that cannot be JSON costs a full scan: check how it starts first.
    if (!/^(?:\{\s*(?:"|\})|\[\s*[{["\d\]])/.test(candidate) || IP_IN_BRACKETS.test(candidate)) continue;
    const value = parsedJson(candidate) ?? parsedJson(wrappedStringsJoined(candidate));
    const structured = value === undefined ? null : fromJsonValue(value);
    if (structured) return structured;
  }
  return parseJsonBlocks(text) ?? parseJsLiteral(text);
}

function parsedJson(candidate: string | null): unknown {
  if (candidate === null) return undefined;
  try {
    return JSON.parse(candidate);
  } catch {
    return undefined;
  }
}

/**
 * JSON whose strings a terminal or a chat wrapped onto the next line (`"message": "... Relay access` then
 * ` denied",`), with each such line break a space; null when no string holds one.
 */
function wrappedStringsJoined(json: string): string | null {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (inString && ch === '\\') i++;
    else if (ch === '"') inString = !inString;
    else if (inString && ch === '\n') {
      let end = i + 1;
      while (json[end] === ' ' || json[end] === '\t') end++;
      out += `${json.slice(from, i).trimEnd()} `;
      from = end;
      i = end - 1;
    }
  }
  return from === 0 ? null : out + json.slice(from);
}

/**
 * Several JSON objects pasted one after another (the logs page's expanded events, each in its own
 * block): each top-level object is parsed on its own, and together they are a page of events.
 */
function parseJsonBlocks(text: string): Structured | null {
  const blocks: Record<string, unknown>[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = text.indexOf('{'); i !== -1 && i < text.length && blocks.length < MAX_RECORDS; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"' && depth > 0) inString = true;
    else if (ch === '{') {
      if (depth++ === 0) start = i;
    } else if (ch === '}' && depth > 0 && --depth === 0) {
      // Only a block that starts like a JSON object is tried: code's braces are not.
      const block = /^\{\s*"/.test(text.slice(start, start + 40)) ? parseJsonObject(text.slice(start, i + 1)) : null;
      if (block) blocks.push(block);
    }
  }
  const events = blocks.filter((block) => isObject(block['event-data']) || 'event' in block);
  if (events.length > 1) return fromJsonValue(events.map((event) => (isObject(event['event-data']) ? event['event-data'] : event)));
  // (one webhook's body inside a log whose other lines hold brackets, `[2024-03-12T15:20:04Z] ... raw body:`: that body is the event)
  const webhook = events.length === 1 && isObject(events[0]!['event-data']) ? fromJsonValue(events[0]) : null;
  if (webhook?.format) return webhook;
  // One page of Mailgun's events (`{"items": [...]}`) beside other JSON (the API's answer to the send).
  for (const block of blocks) {
    if (!Array.isArray(block['items'])) continue;
    const structured = fromJsonValue(block);
    if (structured?.format) return structured;
  }
  return null;
}

/** Node's console.log of an object: unquoted keys, single quotes, what it elides (`[Object]`, `undefined`). */
const JS_LITERAL_START = /^[{[][ \t]*(?:\n[ \t]*)?(?:[A-Za-z_$'{[]|$)/;
const ELIDED = /\[(?:Object|Array|Function[^\]\n]{0,80}|Getter(?:\/Setter)?|Circular[^\]\n]{0,20})\]|<ref \*\d+> |(?<=[:,[][ \t]{0,20})undefined(?=[ \t]*[,}\]\n])/g;
/** util.inspect's long string, printed as pieces joined with `+` on the next line (`'... mailgun.net\n' +\n      '[161...] ...'`). */
const JS_STRING_JOIN = /'[ \t]*\+[ \t]*\n[ \t]*'/g;
/** JSON5 is a parser in JavaScript: a paste's print of an events page is far below this. */
const MAX_JS_LITERAL = 256 * 1024;

/**
 * A JavaScript object literal that JSON.parse refuses, such as mailgun.js's events page printed
 * with console.log: read with JSON5 from a line that starts with `{` or `[` to the last closing
 * bracket, so that every item of the page is a record (the key/value reader sees one event only).
 */
/** Python's constants, outside its quoted strings (a string is matched whole and given back as it is). */
const PYTHON_CONSTANTS = /'(?:[^'\\\n]|\\.){0,2000}'|"(?:[^"\\\n]|\\.){0,2000}"|\b(?:True|False|None)\b/g;
const PYTHON_JSON: Record<string, string> = { True: 'true', False: 'false', None: 'null' };

function parseJsLiteral(text: string): Structured | null {
  // util.inspect writes `key: value`: without an event's keys written so, there is no event to read.
  // (Python's repr of an SDK's page quotes its keys with single quotes, `{'items': [{'event': 'failed', ...`, and writes
  // True, False and None)
  // (a page only: events printed one after another are read one by one elsewhere)
  const python = text.includes("'items': [");
  if (!python && !text.includes("event: '") && !text.includes('items: [')) return null;
  const last = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  let tried = 0;
  for (const m of text.matchAll(/^[{[]/gm)) {
    if (m.index >= last || tried++ >= 3) break;
    const candidate = text.slice(m.index, last + 1);
    if (candidate.length > MAX_JS_LITERAL || !JS_LITERAL_START.test(candidate)) continue;
    let value: unknown;
    try {
      const literal = candidate.replace(ELIDED, (elided) => (elided.startsWith('<') ? '' : 'null')).replace(JS_STRING_JOIN, '');
      value = JSON5.parse(python ? literal.replace(PYTHON_CONSTANTS, (token) => PYTHON_JSON[token] ?? token) : literal);
    } catch {
      continue;
    }
    const structured = fromJsonValue(value);
    // One event printed by an SDK is an SDK print; a page of them is still the Events API's page.
    if (structured) return structured.format === 'mailgun-event' ? { ...structured, format: 'sdk-print' } : structured;
  }
  return null;
}

/**
 * A webhook's `event-data`, at the top or wrapped by a logger (GCP's `{"jsonPayload": {"message": ...,
 * "event-data": {...}}}`): the logger's own `message` is not the event's.
 */
function eventDataIn(value: unknown, depth = 0): Record<string, unknown> | null {
  if (!isObject(value)) return null;
  if (isObject(value['event-data'])) return value['event-data'];
  if (depth >= 2) return null;
  for (const inner of Object.values(value)) {
    const found = isObject(inner) ? eventDataIn(inner, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromJsonValue(value: unknown): Structured | null {
  const eventData = eventDataIn(value);
  if (eventData) return { format: 'mailgun-webhook', records: [flatten(eventData)] };
  if (isObject(value) && Array.isArray(value['items'])) {
    // The Routes API pages its routes as `items` too: they are no events (routes.ts reads them).
    if (value['items'].some((item) => isObject(item) && 'expression' in item)) return null;
    const records = value['items'].filter(isObject).slice(0, MAX_RECORDS).map((item) => flatten(item));
    // (an empty page, `{"items":[],"total_count":0}`, of routes or of events, shows no event)
    if (records.length === 0) return null;
    // The Bounces API pages its records as `items` too.
    const bounces = records[0] !== undefined && detectRecordFormat(records[0]) === 'mailgun-bounces-api';
    return { format: bounces ? 'mailgun-bounces-api' : 'mailgun-events-api', records };
  }
  if (Array.isArray(value)) {
    const records = value.filter(isObject).slice(0, MAX_RECORDS).map((item) => withProjectedNames(item, flatten(item)));
    return records.length ? { format: detectRecordFormat(records[0]!), records } : null;
  }
  if (isObject(value)) {
    const record = withProjectedNames(value, flatten(value));
    if (record.size === 0) return null;
    return { format: detectRecordFormat(record), records: [record] };
  }
  return null;
}

/**
 * An event a `jq` projection printed under short names of the person's own, `{recipient, code, msg: ..., mx: ...}`:
 * its message and MX host, beside a recipient and a code (a log line's `msg` alone is no event's).
 */
// (or `rcpt` for the recipient and `sev` for the severity: `{t: .timestamp, rcpt: .recipient, sev: .severity, code: ..., mx: ..., msg: ...}`)
function withProjectedNames(item: Record<string, unknown>, record: FieldRecord): FieldRecord {
  const rcpt = item['rcpt'];
  if (!record.has('recipient') && typeof rcpt === 'string' && EMAIL_IN.test(rcpt)) record.set('recipient', rcpt);
  if (!record.has('recipient') || !record.has('code')) return record;
  for (const [name, key] of PROJECTED_NAMES) {
    const value = item[name];
    if (!record.has(key) && typeof value === 'string' && fits(key, value)) record.set(key, value);
  }
  return record;
}
const PROJECTED_NAMES = [['msg', 'message'], ['mx', 'mxhost'], ['enhanced', 'enhancedcode'], ['sev', 'severity']] as const;

function detectRecordFormat(record: FieldRecord): StructuredFormat | null {
  if (record.has('diagnosticcode') || record.has('rhost') || record.has('smtpcommand')) return 'bounce-parser-json';
  if (record.has('address') && record.has('error')) return 'mailgun-bounces-api';
  // Mailgun's events always name the `recipient` (SendGrid's say `email`) and carry its own fields.
  if (MAILGUN_EVENT_KEYS.some((k) => record.has(k))) return 'mailgun-event';
  return null;
}

const MAILGUN_EVENT_KEYS = ['recipient', 'severity', 'loglevel', 'mxhost', 'recipientdomain', 'attemptno'];

/** Nested objects are flattened; the innermost key wins only if the outer level has none. */
function flatten(obj: Record<string, unknown>, into: FieldRecord = new Map(), depth = 0): FieldRecord {
  for (const [rawKey, value] of Object.entries(obj)) {
    const key = normalizeKey(flattenedName(rawKey));
    // A list of objects (SES's `bouncedRecipients`) tells of its first one.
    if (Array.isArray(value) && isObject(value[0]) && depth < 4) flatten(value[0], into, depth + 1);
    if (isObject(value)) {
      if (depth < 4 && key !== 'message' ) flatten(value, into, depth + 1);
      else if (depth < 4 && key === 'message') flattenMessage(value, into);
      continue;
    }
    // A structured log line can carry the webhook it received as a JSON string (Serilog's `RawBody`), and
    // an SNS notification its SES message (`"Message": "{\"notificationType\": ...}"`): its fields count.
    const embedded = depth < 4 && typeof value === 'string' && value.length <= MAX_EMBEDDED_JSON && value.startsWith('{"') && value.endsWith('}') ? parseJsonObject(value) : null;
    if (embedded) {
      flatten(embedded, into, depth + 1);
      continue;
    }
    if (!KNOWN_KEYS.has(key)) continue;
    if (into.has(key)) continue;
    if ((typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && fits(key, String(value))) {
      into.set(key, String(value));
    }
  }
  return into;
}

const MAX_EMBEDDED_JSON = 64 * 1024;

/**
 * A key a tool flattened from nested ones with double underscores (Pipedream's `event_data__delivery_status__code`):
 * its last name, as the nested event would give it. (Not a header's or a user variable's: `...__headers__to` is no recipient.)
 */
function flattenedName(key: string): string {
  // (dotted names are read by their last name in normalizeKey)
  const parts = key.split('__');
  if (parts.length === 1 || /(?:^|__)(?:headers|user[_-]?variables)__/i.test(key)) return key;
  return parts.at(-1) || key;
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** Mailgun's `message` object holds headers (to, from, subject): keep the recipient only. */
function flattenMessage(message: Record<string, unknown>, into: FieldRecord): void {
  const headers = message['headers'];
  if (isObject(headers) && typeof headers['to'] === 'string' && !into.has('headerto')) {
    into.set('headerto', headers['to']);
  }
}

// ---------------------------------------------------------------- legacy form webhook

// (in Slack often inside inline code: `event=bounced&...`)
// (a nested field's key in brackets, as a form encoding of the JSON event writes it: `delivery-status[code]=454`)
// (and a value's blanks, where Slack showed the body decoded: `delivery-status[message]=4.7.1 <a@b>: Relay access denied&domain=...`)
// (a value with blanks holds no `=`: each try then ends at the next one, on a line of `a=` words too)
const FORM_BODY = /(?:^|[\s`])((?:[\w-]{1,40}(?:\[[\w-]{1,40}\])?=(?:[^\s&`]{0,2000}|[^\n\t&`=]{0,2000})&){2,200}[\w-]{1,40}(?:\[[\w-]{1,40}\])?=[^\s&`]{0,2000})/g;
const MAX_FORM_BODIES = 50;
// (indented too, as a request log prints a body under its line)
const WRAPPED_FORM_FIELD = /\n[ \t]{0,20}(?=&[\w-]{1,40}=)/g;
const FORM_FIELD_WRAPPED = new RegExp(WRAPPED_FORM_FIELD.source);
const LOGGED_BODY_FIELD = /^(?:body|data|payload|form|params)=(?=event=)/i;

/** Legacy webhooks' form bodies, one record each (several posts may be pasted: a delivery, then a bounce). */
function parseFormWebhook(text: string): Structured | null {
  if (!/event=/i.test(text)) return null;
  const records: FieldRecord[] = [];
  // (a body someone wrapped before each `&key=`: one body again)
  const unwrapped = FORM_FIELD_WRAPPED.test(text) ? text.replace(WRAPPED_FORM_FIELD, '') : text;
  for (const body of unwrapped.matchAll(FORM_BODY)) {
    // (a request log's own field around the body: `DEBUG ... body=event=bounced&recipient=...`)
    const form = body[1]!.replace(LOGGED_BODY_FIELD, '');
    if (!/(?:^|&)event=/i.test(form)) continue;
    const record: FieldRecord = new Map();
    for (const [key, value] of new URLSearchParams(form)) {
      const k = normalizeKey(key);
      if (KNOWN_KEYS.has(k) && !record.has(k)) record.set(k, value);
    }
    records.push(record);
    if (records.length >= MAX_FORM_BODIES) break;
  }
  if (records.length === 0) records.push(...formFieldLines(text));
  return records.length ? { format: 'mailgun-legacy-webhook', records } : null;
}

/** A form field on a line of its own, as a request logger prints a post (`recipient=k.osei%40example.org`). */
const FORM_FIELD_LINE = /^[ \t]*([\w-]{1,40})=([^\n]{0,2000})$/;
/** Fields a post printed one per line holds at least, its `event=` among them. */
const MIN_FORM_FIELD_LINES = 3;

/** Posts printed one field per line: each run of such lines with an `event=` and URL-encoding is one record, its values decoded. */
function formFieldLines(text: string): FieldRecord[] {
  const records: FieldRecord[] = [];
  let run: string[] = [];
  const close = () => {
    // (URL-encoded, `%40`, as only a form post is: plain `key=value` lines are another format's, read as such)
    if (run.length >= MIN_FORM_FIELD_LINES && run.some((field) => /^event=/i.test(field)) && run.some((field) => /%[0-9a-f]{2}/i.test(field)) && records.length < MAX_FORM_BODIES) {
      const record: FieldRecord = new Map();
      for (const [key, value] of new URLSearchParams(run.join('&'))) {
        const k = normalizeKey(key);
        if (KNOWN_KEYS.has(k) && !record.has(k)) record.set(k, value);
      }
      records.push(record);
    }
    run = [];
  };
  for (const line of text.split('\n')) {
    const field = FORM_FIELD_LINE.exec(line);
    // (a value's own & would split it: kept whole, written %26)
    if (field) run.push(`${field[1]}=${field[2]!.trim().replace(/&/g, '%26')}`);
    else close();
  }
  close();
  return records;
}

// ---------------------------------------------------------------- CSV export

/** A CSV export, or a table copied out of Mailgun's logs list (tab-separated, `Date  Event  Recipient ...`). */
/** A row of an export saved by a spreadsheet in a locale whose list separator is a semicolon (Excel in most of Europe). */
const SEMICOLON_ROW = /^[^\n,;]{0,200}(?:;[^\n;]{0,400}){4,}$/m;
const MAX_SEMICOLON_ROWS = 2000;

/** Such an export read as a comma-separated one: each semicolon row's cells quoted, so a comma in a message stays in its cell. */
function semicolonCsv(text: string): Structured | null {
  if (!SEMICOLON_ROW.test(text)) return null;
  let rows = 0;
  const commaSeparated = text
    .split('\n')
    .map((line) => (rows < MAX_SEMICOLON_ROWS && SEMICOLON_ROW.test(line) && ++rows ? splitCsvLine(line, ';').map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',') : line))
    .join('\n');
  return parseCsv(commaSeparated) ?? parseHeaderlessEventRows(commaSeparated);
}

function parseCsv(text: string): Structured | null {
  const lines = text.split('\n');
  let separator = ',';
  let headerIndex = lines.findIndex((l) => l.includes(',') && /(?:^|,)"?(?:recipient(?:[_ ]?address)?|event|address)"?(?:,|$)/i.test(l) && hasSeparators(l, ',', 2));
  if (headerIndex === -1 && text.includes('\t')) {
    separator = '\t';
    // A header row holds only column names: a panel's `Recipient<TAB>a@b.example` is a row of values.
    headerIndex = lines.findIndex((l) => l.includes('\t') && /(?:^|\t)[ ]*(?:recipient|event|address)[ ]*(?:\t|$)/i.test(l) && hasSeparators(l, '\t', 2) && TSV_HEADER.test(l));
  }
  if (headerIndex === -1) return null;
  const named = splitCsvLine(lines[headerIndex]!, separator).map(normalizeKey);
  // (the new logs page's table says "To": it is the recipient when no column says so; an export's "MX" column is the event's mx-host)
  // (Microsoft 365's message trace: its `status` column, Delivered or Failed, says which row failed; "Recipient address" in
  // the admin center's download)
  const messageTrace = /recipient[_ ]?address/i.test(lines[headerIndex]!) && !named.includes('event');
  const header = named.map((key) => (key === 'to' && !named.includes('recipient') ? 'recipient' : key === 'mx' && !named.includes('mxhost') ? 'mxhost' : messageTrace && key === 'status' ? 'event' : key));
  // A header whose first name is no column name we know ("ity" for "severity"): the copy cut its start.
  const headerCut = separator === ',' && !KNOWN_KEYS.has(header[0]!);
  // An export of Mailgun's bounces list: address, code, error, created_at.
  const bouncesList = header.includes('address') && header.includes('error');
  const records: FieldRecord[] = [];
  const rows = lines.slice(headerIndex + 1);
  for (let r = 0; r < rows.length; r++) {
    let line = rows[r]!;
    // A quoted cell a mail client wrapped onto the next lines (its quote left open): the row goes on there, cut mid-word.
    for (let more = 0; more < MAX_WRAPPED_LINES && separator === ',' && r + 1 < rows.length && oddQuotes(line); more++) line += rows[++r]!;
    // (nor a Markdown table's rule under its header, `|---|---|`)
    if (!line.includes(separator) || isTableRule(line)) continue;
    // Past the cap, only failures are read: a send's export lists thousands of deliveries before the one that failed.
    if (records.length >= MAX_RECORDS && !FAILURE_ROW.test(line)) continue;
    const cells = withMessageCommas(splitCsvLine(line, separator), header, headerCut);
    // A row with more cells than the header has: a copy that cut the header's start ("ity,reason,..."
    // for "event,severity,reason,..."), so the header names the last cells.
    // (only then: an unquoted comma in a message, or a trailing comma, also makes more cells)
    const shift = headerCut && cells.length > header.length ? cells.length - header.length : 0;
    const record: FieldRecord = new Map();
    header.forEach((key, i) => {
      const cell = cells[i + shift];
      // (an `event` column must hold one of Mailgun's events: SendGrid's export says "bounce")
      const severity = key === 'event' && cell !== undefined ? failureSeverity(cell) : undefined;
      if (severity) record.set('event', 'failed').set('severity', record.get('severity') ?? severity);
      else if (cell !== undefined && cell !== '' && KNOWN_KEYS.has(key) && fits(key, cell)) record.set(key, cell);
    });
    if (record.size) records.push(withStatusAsMessage(record));
    if (records.length >= MAX_RECORDS + MAX_FAILURE_RECORDS) break;
  }
  return records.length ? { format: bouncesList ? 'mailgun-bounces-api' : messageTrace ? 'message-trace' : 'csv-export', records } : null;
}

/**
 * A row with more cells than its whole header names, and not for a trailing comma: the server's message held a comma the
 * export did not quote ("553,sorry, that domain isn't in my list..."). With one message column, those cells are its own.
 */
function withMessageCommas(given: string[], header: string[], headerCut: boolean): string[] {
  // (a trailing comma's empty cells are no part of the message)
  let end = given.length;
  while (end > header.length && given[end - 1] === '') end--;
  const cells = end === given.length ? given : given.slice(0, end);
  const extra = cells.length - header.length;
  if (headerCut || extra <= 0) return given;
  const messageColumns = header.flatMap((key, i) => (MESSAGE_KEYS.has(key) ? [i] : []));
  if (messageColumns.length !== 1) return cells;
  const at = messageColumns[0]!;
  // (the cells come trimmed: a comma in prose is followed by a blank)
  return [...cells.slice(0, at), cells.slice(at, at + extra + 1).join(', '), ...cells.slice(at + extra + 1)];
}

/** A line with a quote left open (an escaped quote, `""`, counts twice and leaves the parity as it was). */
function oddQuotes(line: string): boolean {
  let count = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

// (the new logs page's first column is "Date & time")
const TSV_HEADER = /^[ \t]*[A-Za-z][A-Za-z _.&-]{0,40}(?:\t+[A-Za-z][A-Za-z _.&-]{0,40}){2,}[ \t]*$/;

/**
 * Mailgun's logs pages show the server's answer as "Delivery Status" (`550 5.7.1 Unable to relay`):
 * in a table or panel copied from them it is the event's message.
 */
function withStatusAsMessage(record: FieldRecord): FieldRecord {
  const status = record.get('deliverystatus');
  const message = record.get('message');
  if (status && !message && /[a-z]{2,}/i.test(status)) record.set('message', status);
  // (the new panel splits them: "Delivery status  550 5.7.1", "Delivery message  Unfortunately, ...")
  if (status && message && !/[a-z]{2,}/i.test(status) && !message.startsWith(status)) record.set('message', `${status} ${message}`);
  return record;
}

// ---------------------------------------------------------------- Mailgun logs panel

/** An address in a panel's value or a table's cell: a local part without quotes, brackets or separators. */
const ADDRESS = String.raw`[^\s<>"',;:@]{1,64}@${MAIL_DOMAIN}`;

/** The labels of an event's detail panel on Mailgun's logs page, as keys. */
// (and a legacy webhook's fields copied one per line: its `error` is the server's words)
const PANEL_LABELS = new Set(['event', 'recipient', 'sender', 'mxhost', 'severity', 'reason', 'deliverystatus', 'attemptno', 'message', 'code', 'enhancedcode', 'description', 'domain', 'error']);
/** The new logs page's names for them. */
// (and its "Server response" row, as the colon panel's: the delivery status)
const PANEL_ALIASES = new Map([['eventtype', 'event'], ['deliverymessage', 'message'], ['attempt', 'attemptno'], ['enhanced', 'enhancedcode'], ['sendingdomain', 'domain'], ['serverresponse', 'deliverystatus']]);
const TAB_PANEL_FALLBACKS = new Map([['to', 'recipient'], ['from', 'sender']]);
/** `Label<TAB>value` or `Label   value`: a label of one to three words, then a tab or a run of spaces. */
const PANEL_LINE = /^[ \t]*([A-Za-z][A-Za-z-]{1,20}(?: [A-Za-z][A-Za-z-]{1,20}){0,2})(?:\t+| {2,})(\S[^\n]{0,4000})$/gm;

/** A field's text that stops on a word no sentence ends with ("Please contact your", "Unable to relay for"). */
export const CUT_MID_SENTENCE = /(?:,|\b(?:a|an|the|your|our|their|his|her|its|my|to|for|of|in|on|at|by|with|from|into|about|and|or|but|nor|that|which|who|whose|this|these|those|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|please|contact|refer|direct|via|per|than|as|not|no|more|some|any|all|each|every|other|if|when|while|where|because|since|until|after|before|without|within|between|through))[ \t]*$/i;
/** A `Label:` line of a panel or a DSN field. */
export const LABEL_LINE = /^[A-Za-z][\w -]{0,30}:(?:[ \t]|$)/;
/** How many lines a wrapped field may run on. */
const MAX_WRAPPED_LINES = 8;

/** A field's value with the lines a copy wrapped it onto (`rest` is the text after the field's line), up to the next label. */
function withWrappedLines(value: string, rest: string): string {
  let out = value.trimEnd();
  let at = rest.startsWith('\n') ? 1 : -1;
  for (let n = 0; at !== -1 && n < MAX_WRAPPED_LINES && CUT_MID_SENTENCE.test(out.slice(-20)); n++) {
    const end = rest.indexOf('\n', at);
    const line = rest.slice(at, end === -1 ? undefined : end);
    if (!/^\S/.test(line) || LABEL_LINE.test(line)) break;
    out += ` ${line.trim()}`;
    at = end === -1 ? -1 : end + 1;
  }
  return out;
}

/**
 * A logs entry retyped in Slack as its heading, its MX host and the server's reply: `*Temporary Fail* · mg.x.com`, then
 * `mx-host: mta7.am0.yahoodns.net`, then `421 4.7.0 [TSS04] ...`. A failed event of that severity, from that sending domain.
 */
const FAIL_HEADING_ROW = /^[ \t]*[*_]{0,2}(temporary|permanent)[ \t]+fail(?:ure|ed)?[*_]{0,2}[ \t]*[·•|][ \t]*((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24})[ \t]*\n[ \t]*mx[- ]?host[ \t]*:[ \t]*([a-z0-9.-]{3,253})[ \t]*\n[ \t]*`?([245]\d\d[ -][^\n`]{1,1000})/im;

function parseFailHeadingRow(text: string): Structured | null {
  const row = FAIL_HEADING_ROW.exec(text);
  if (!row) return null;
  const record: FieldRecord = new Map([['event', 'failed'], ['severity', row[1]!.toLowerCase()], ['domain', row[2]!.toLowerCase()], ['mxhost', row[3]!.toLowerCase()], ['message', row[4]!.trim()]]);
  return { format: 'mailgun-log-page', records: [record] };
}

/**
 * An event's detail panel copied from Mailgun's logs page: `Event  Failed`, `Recipient  ...`,
 * `MX Host  ...`, `Delivery Status  550 5.7.1 ...`, one per line. Three known labels, one of them
 * naming the event, make a panel.
 */
function parseLogPanel(text: string): Structured | null {
  const colonPanel = permanentFirst(text);
  if (!colonPanel && !text.includes('\t') && !text.includes('  ')) return null;
  const record: FieldRecord = new Map();
  // The entry's lines only: a forwarded mail's own `To:` and `From:` above it are no fields of the event.
  const panel = colonPanel ? entryAround(text, colonPanel.index) : failedEntry(text);
  const aliased: FieldRecord = new Map();
  // Where the entry's status is: of two entries pasted without a gap, the labels nearest above it are its own.
  const status = colonPanel ? panel.search(/(?:delivery status|server response)(?: ?:|[ \t]*\n)/i) : -1;
  // (under a bare "Delivery status" heading, its own fields: a row above may carry another event's `MX host:`
  // in a column; up to the next heading, so that a second entry's fields stay its own)
  const bareHeading = status >= 0 ? /^(?:delivery status|server response)[ \t]*\n/i.test(panel.slice(status)) : false;
  const nextHeading = bareHeading ? panel.slice(status + 1).search(/(?:delivery status|server response)(?::|[ \t]*\n)|^[ \t]*event[ \t]*:/im) : -1;
  const headingEnd = nextHeading === -1 ? panel.length : status + 1 + nextHeading;
  const ownAfterStatus = new Set<string>();
  for (const m of panel.matchAll(colonPanel ? COLON_PANEL_LINE : PANEL_LINE)) {
    const label = colonPanel ? normalizeKey(m[1]!) : (PANEL_ALIASES.get(normalizeKey(m[1]!)) ?? normalizeKey(m[1]!));
    // (a tab panel's "To" and "From", like the colon panel's: fallbacks an explicit Recipient or Sender beats)
    const alias = colonPanel ? COLON_PANEL_LABELS.get(label) : TAB_PANEL_FALLBACKS.get(label);
    if (alias) {
      // The nearest `To:` above the status is the event's; a name without an address is not a recipient.
      const address = ADDRESS_ALIASES.has(alias) ? EMAIL_IN.exec(m[2]!)?.[0] : alias === 'deliverystatus' ? withWrappedLines(m[2]!, panel.slice(m.index + m[0].length)) : m[2]!.trim();
      if (address && (m.index < status || !aliased.has(alias))) aliased.set(alias, address);
    } else if (PANEL_LABELS.has(label) && (!record.has(label) || (bareHeading && m.index > status && m.index < headingEnd && !ownAfterStatus.has(label))) && fits(label, m[2]!)) {
      if (bareHeading && m.index > status && m.index < headingEnd) ownAfterStatus.add(label);
      // (a name and its address, `Orbit Billing <billing@mg.orbitbill.io>`: the address)
      const value = ADDRESS_ALIASES.has(label) ? EMAIL_IN.exec(m[2]!)?.[0] : m[2]!.trim();
      // A long status the copy wrapped onto the next lines ("... Unable to relay for" + the address).
      if (value) record.set(label, colonPanel && label === 'deliverystatus' ? withWrappedLines(m[2]!, panel.slice(m.index + m[0].length)) : value);
    }
  }
  // A tab-separated copy is a logs panel only with the page's own labels (MX host, delivery status, severity,
  // reason, code): "Failed", "From" and "To" alone are an Exchange message trace's, or a forwarded mail's header.
  const ownLabels = colonPanel !== null || ['mxhost', 'deliverystatus', 'severity', 'reason', 'code'].some((key) => record.has(key));
  if (!ownLabels) return null;
  for (const [key, value] of aliased) if (!record.has(key)) record.set(key, value);
  // (a spaced panel under the entry's `To: a@x` and `Domain: x` header lines, as the new logs page shows it: its
  // recipient and sending domain)
  if (!colonPanel && !(record.has('recipient') && record.has('domain'))) {
    const header = headerRowsAbove(panel);
    if (header.recipient && !record.has('recipient')) record.set('recipient', header.recipient);
    if (header.domain && !record.has('domain')) record.set('domain', header.domain);
  }
  // The event heads the entry (`Failed · Permanent`, `Failed<TAB>Temporary`) rather than being a label.
  const heading = !record.has('event') || !record.has('recipient') ? PANEL_HEADING.exec(panel) : null;
  if (heading && !record.has('event')) {
    record.set('event', heading[1]!.toLowerCase());
    const severity = heading[2] ?? heading[3] ?? heading[4];
    if (severity && !record.has('severity')) record.set('severity', severity.toLowerCase());
  }
  // (the logs list's row as the heading, `Failed    06/19/2024 10:42:07    a@x.example`: its address is the recipient)
  // (or an address alone on a line just under the heading, its time between them: `Failed · Permanent` / `Oct 11, 2024 at 9:42 AM` /
  // `a@x`)
  const headingAddress = heading && !record.has('recipient') ? (EMAIL_IN.exec(heading[0])?.[0] ?? addressUnder(panel, heading.index + heading[0].length)) : undefined;
  if (headingAddress) record.set('recipient', headingAddress);
  // (or the row's "sender → recipient", under a heading the page words otherwise, "⚠ Temporary failure   Nov 29 ...")
  const arrowAddress = record.has('recipient') ? undefined : arrowRecipient(panel);
  if (arrowAddress) record.set('recipient', arrowAddress);
  const namesEvent = record.has('event') || record.has('mxhost') || record.has('severity');
  if (record.size < 3 || !namesEvent) return null;
  return { format: 'mailgun-log-page', records: [withStatusAsMessage(record)] };
}

/**
 * The logs page's entry whose status is a permanent refusal, else its first entry: a message's page lists the
 * greylisting 421s of its early attempts above the 5xx it ended with, and the 5xx is the answer to read.
 */
function permanentFirst(text: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const m of text.matchAll(COLON_PANELS)) {
    // (the status's value ends the match when the MX host's line comes first)
    if (/(?:delivery status|server response) ?:?[ \t]*\n?[ \t]*5\d\d\b/i.test(text.slice(m.index, m.index + m[0].length + 40))) return m as RegExpExecArray;
    first ??= m as RegExpExecArray;
  }
  return first;
}

/** An address alone on one of the two lines after `from` (a logs entry's heading), or undefined. */
function addressUnder(panel: string, from: number): string | undefined {
  const lines = panel.slice(from).split('\n', 4).slice(1);
  return lines.map((line) => ADDRESS_LINE.exec(line)?.[1]).find((address) => address !== undefined);
}
/**
 * The recipient of a row's "sender → recipient" (`a@x → b@y`), read on the lines with an arrow only; not a routed message's
 * `From: a@x → b@y (routed)`: the row of the mail that came in, whose forward is the event.
 */
function arrowRecipient(panel: string): string | undefined {
  let read = 0;
  for (const line of panel.split('\n')) {
    if ((!line.includes('→') && !line.includes('->')) || line.length > ARROW_LINE_MAX || ROUTED_FROM.test(line)) continue;
    if (++read > ARROW_LINES_READ) break;
    const m = ARROW_ROW.exec(line);
    if (m && !/^>?[ \t]*\(routed\)/i.test(line.slice(m.index + m[0].length))) return m[1];
  }
  return undefined;
}
// (the sender's local part after a separator: the scan tries it from each separator, not from every character)
const ARROW_ROW = new RegExp(String.raw`(?:^|[\s<(:])[^\s@<>]{1,64}@[a-z0-9.-]{1,253}>?[ \t]+(?:→|->)[ \t]+<?(${ADDRESS})`, 'i');
const ROUTED_FROM = /^[ \t]*(?:from|von|de|da)[ \t]*:/i;
const ARROW_LINE_MAX = 2000;
const ARROW_LINES_READ = 50;
const ADDRESS_LINE = new RegExp(String.raw`^[ \t]*<?(${ADDRESS})>?[ \t]*$`, 'i');

/**
 * The `To:` and `Domain:` header rows at most PANEL_REACH lines above a spaced panel's first line with one
 * of the page's labels (`Code  550`; the entry's heading, `Failed  Permanent  Oct 7`, may stand over them).
 */
function headerRowsAbove(panel: string): { recipient?: string; domain?: string } {
  let first: RegExpExecArray | null = null;
  for (const m of panel.matchAll(PANEL_LINE)) {
    const label = normalizeKey(m[1]!);
    if (PANEL_LABELS.has(PANEL_ALIASES.get(label) ?? label)) { first = m; break; }
  }
  if (!first) return {};
  const above = panel.slice(0, first.index).split('\n').slice(-PANEL_REACH);
  // (the row nearest the panel; the extractor checks that a domain is a host name)
  const row = (label: RegExp) => above.map((line) => label.exec(line)?.[1]).filter((value) => value !== undefined).at(-1);
  const to = row(/^[ \t]*to:[ \t]*(.*)$/i);
  return { recipient: to !== undefined ? EMAIL_IN.exec(to)?.[0] : undefined, domain: row(/^[ \t]*domain:[ \t]*(\S+)[ \t]*$/i) };
}

/**
 * The same entry as `Label: value` lines (`To: ...`, `Delivery status: 550 ...`, `MX: ...`). "To" and
 * "From" are a bounce's headers too: only with the logs page's own "Delivery status" and "MX" labels
 * is it the panel.
 */
// (the status as a heading of its own over `Code:` and `Message:` lines, as people retype the panel: "Delivery status")
// (the MX line above the status only within the entry: not another entry's `MX host:` over a blank line)
const COLON_PANEL = /^[ \t]*(?:delivery status|server response)(?: ?:|[ \t]*\n)[^\n]*\n(?:[^\n]*\n){0,6}?[ \t]*mx(?:[ -]host)? ?:|^[ \t]*mx(?:[ -]host)? ?:[^\n]*\n(?:[ \t]*\S[^\n]*\n){0,6}?[ \t]*(?:delivery status|server response) ?:/im;
const COLON_PANELS = new RegExp(COLON_PANEL.source, 'gim');
/** A label at a line's start or after a column's gap (`Severity: permanent   Reason: generic`, French `Recipient : a@x`); its value runs to the next gap. */
// (a reply code's enhanced code after a gap belongs to it: "Delivery status: 550  5.7.1")
const COLON_PANEL_LINE = /(?:^[ \t]*|(?<=\t| {2}))([A-Za-z][A-Za-z-]{1,20}(?: [A-Za-z][A-Za-z-]{1,20}){0,2}) ?:[ \t]+(\S(?:(?! {2}|\t)[^\n]|(?<=\b[245]\d\d)[ \t]{2,10}(?=[245]\.\d{1,3}\.\d{1,3}\b)){0,4000})/gm;
const COLON_PANEL_LABELS = new Map([['to', 'recipient'], ['from', 'sender'], ['mx', 'mxhost'], ['attempt', 'attemptno'], ['deliveryattempt', 'attemptno'], ['serverresponse', 'deliverystatus'], ['sendingdomain', 'domain']]);
const ADDRESS_ALIASES = new Set(['recipient', 'sender']);
const EMAIL_IN = new RegExp(ADDRESS, 'i');
/** How many lines around its "Delivery status" an entry of the logs page spans. */
const PANEL_REACH = 8;

/**
 * The entry around the line at `index`: up to PANEL_REACH lines each way, not past a blank line, nor
 * down into the next entry's heading (entries pasted one after another).
 */
/** How many blocks above its status lines, each under one blank line, an entry's header may span. */
const HEADER_BLOCKS = 2;

function entryAround(text: string, index: number): string {
  const lines = text.split('\n');
  const at = text.slice(0, index).split('\n').length - 1;
  const blankLine = (n: number) => !lines[n]!.trim();
  let first = at;
  // (nor up past the entry's own heading, `Failed · permanent · ...`, into the entry above it)
  while (first > 0 && at - first < PANEL_REACH && !blankLine(first - 1) && !PANEL_HEADING.test(lines[first]!)) first--;
  // (a retyped panel's header lines, To/From/Severity, may stand over one blank line, up to the entry's
  // heading; never another entry's status lines)
  // (or, without a heading in reach, a block naming the event's own rows, `Domain:` and `Severity:`, that no forwarded mail has)
  // (twice: a header block, then the event's own rows, then its status, each under a blank line)
  for (let step = 0; step < HEADER_BLOCKS && first > 1 && !PANEL_HEADING.test(lines[first]!) && blankLine(first - 1) && !blankLine(first - 2) && !PANEL_STATUS_LINE.test(lines[first - 2]!); step++) {
    let above = first - 1;
    let eventRows = false;
    while (above > 0 && at - above < PANEL_REACH + HEADER_BLOCK_REACH * (step + 1) && !blankLine(above - 1) && !PANEL_STATUS_LINE.test(lines[above - 1]!)) {
      above--;
      eventRows ||= PANEL_EVENT_ROW.test(lines[above]!);
      if (PANEL_HEADING.test(lines[above]!)) break;
    }
    if (!PANEL_HEADING.test(lines[above]!) && !eventRows) break;
    first = above;
  }
  let last = at;
  const extendDown = () => {
    while (last < lines.length - 1 && last - at < PANEL_REACH && !blankLine(last + 1) && !PANEL_HEADING.test(lines[last + 1]!)) last++;
  };
  extendDown();
  // (its status lines may go on over one blank line: "Delivery status", its reply, a blank line, then "MX: ...")
  if (last + 2 < lines.length && blankLine(last + 1) && PANEL_STATUS_LINE.test(lines[last + 2]!) && last + 2 - at <= PANEL_REACH) {
    last += 2;
    extendDown();
  }
  return lines.slice(first, last + 1).join('\n');
}
/**
 * Of entries pasted one under another (`Failed · Permanent ...`, then `Delivered ...`), the failed one, from its heading
 * to the next entry's: the other entries' `Delivery status  250 2.0.0 Ok` is not its status. The whole text when no
 * failed entry stands among others.
 */
function failedEntry(text: string): string {
  const headings = text.includes('  ') || text.includes('\t') || text.includes('·') ? [...text.matchAll(PANEL_HEADINGS)] : [];
  const failed = headings.findIndex((m) => m[1]!.toLowerCase() === 'failed');
  if (failed === -1 || headings.length < 2) return text;
  const next = headings[failed + 1];
  return text.slice(headings[failed]!.index, next ? next.index : undefined);
}

/** How many more lines than PANEL_REACH an entry's header block over a blank line may reach up. */
const HEADER_BLOCK_REACH = 4;
/** A header row of the logs page's entry that a forwarded mail's header has not. */
const PANEL_EVENT_ROW = /^[ \t]*(?:domain|event|severity|reason):[ \t]*\S/i;
/** A line of an entry's delivery status: another entry's, above a blank line. */
const PANEL_STATUS_LINE = /^[ \t]*(?:code|message|mx(?:[ -]host)?|delivery status|enhanced[ -]code|attempt(?:-no)?|tls|server response):/i;
/** `Failed · Permanent`, `Failed   Permanent`, or `Failed    06/27/2024 10:14:52 AM` (the entry's time after a gap). */
// (`Failed · Permanent` in the colon panel, `Failed<TAB>Temporary` in a tab-separated copy)
// (the time as digits or with the month's name: `Failed    Jun 5, 2024 11:02:44 AM`; or after one more dot, as people
// retype it: `failed · permanent · 26.11.2026 16:48:03`)
// (or retyped in Slack, bold, with the address after a dash: `*Failed (Permanent)* — a@x`; or the word alone bold, `*Failed* · permanent · May 20`)
const PANEL_HEADING = /^[ \t]*[*_]{0,2}(failed|delivered|accepted|rejected)[*_]{0,2}(?:[ \t]*[·•|-][ \t]*(permanent|temporary)|(?:\t| {2})[ \t]*(permanent|temporary)|[ \t]*\((permanent|temporary)\))?[*_]{0,2}(?:(?:\t| {2}|[ \t]*[·•|][ \t]*)[ \t]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d)[^\n]{0,60}|[ \t]+[—–-][ \t]+[^\s@<>]{1,64}@[\w.-]{1,253})?[ \t]*$/im;
const PANEL_HEADINGS = new RegExp(PANEL_HEADING.source, 'gim');

/**
 * The logs page's labels as a translated page or a person shows them in their language (Spanish,
 * Portuguese, French, German, Italian, Dutch, Polish), as keys: `Mensaje:`, `Código:`, `Host MX:`.
 */
const TRANSLATED_LABELS = new Map<string, string>([
  ...['destinatario', 'destinatário', 'destinataire', 'empfänger', 'ontvanger', 'odbiorca'].map((l) => [l, 'recipient'] as const),
  ...['mensaje', 'mensagem', 'nachricht', 'meldung', 'messaggio', 'bericht', 'wiadomość', 'komunikat'].map((l) => [l, 'message'] as const),
  ...['código', 'codigo', 'codice', 'kod'].map((l) => [l, 'code'] as const),
  ...['host mx', 'servidor mx', 'serveur mx', 'host-mx', 'mx-host', 'serwer mx'].map((l) => [l, 'mxhost'] as const),
  ...['intento', 'tentativa', 'tentative', 'versuch', 'tentativo', 'próba', 'poging'].map((l) => [l, 'attemptno'] as const),
  ...['gravedad', 'severidad', 'severidade', 'gravité', 'schweregrad', 'gravità', 'ernst'].map((l) => [l, 'severity'] as const),
  ...['remitente', 'remetente', 'expéditeur', 'absender', 'mittente', 'afzender', 'nadawca'].map((l) => [l, 'sender'] as const),
]);
/** A label line: a translated label or an English one beside them (`Code:`, `Recipient:`). */
const TRANSLATED_LINE = /^[ \t]*([\p{L}][\p{L} -]{0,20}?)[ \t]*:[ \t]*(\S[^\n]{0,4000})$/gmu;
const ENGLISH_LABELS = new Map([['recipient', 'recipient'], ['message', 'message'], ['code', 'code'], ['mx host', 'mxhost'], ['attempt', 'attemptno'], ['severity', 'severity'], ['from', 'sender']]);
/** The entry's heading: `Failed (Permanent) — 13/03/2024`, `Failed · Permanent · 13 mar 2024`. */
const TRANSLATED_HEADING = /^[ \t]*(failed|delivered|accepted|rejected)(?:[ \t]*[·•|(—-]?[ \t]*\(?(permanent|temporary)\)?)?(?![\w])/im;

/**
 * One entry of the logs page with its labels in another language (a browser's translation, or a person
 * retyping it): read only with a translated MX host label and the server's message or code beside it.
 */
function parseTranslatedPanel(text: string): Structured | null {
  if (!/\bmx\b/i.test(text) || !/[^\x00-\x7f]|\b(?:mensaje|codigo|codice|kod|bericht|intento)\b/i.test(text)) return null;
  const record: FieldRecord = new Map();
  let translated = 0;
  for (const m of text.matchAll(TRANSLATED_LINE)) {
    const label = m[1]!.toLowerCase();
    const key = TRANSLATED_LABELS.get(label) ?? ENGLISH_LABELS.get(label);
    if (!key || record.has(key)) continue;
    if (TRANSLATED_LABELS.has(label)) translated++;
    const value = ADDRESS_ALIASES.has(key) ? EMAIL_IN.exec(m[2]!)?.[0] : m[2]!.trim();
    if (value && fits(key, value)) record.set(key, value);
  }
  if (translated === 0 || !record.has('mxhost') || !(record.has('message') || record.has('code'))) return null;
  const heading = TRANSLATED_HEADING.exec(text);
  if (heading) {
    record.set('event', heading[1]!.toLowerCase());
    if (heading[2] && !record.has('severity')) record.set('severity', heading[2].toLowerCase());
  }
  return { format: 'mailgun-log-page', records: [record] };
}

/**
 * What a translated panel adds to what the other parsers read: its message when theirs has no words
 * (a bare `550`), and the fields they missed. Theirs stand (a `reason:` or `severity:` they read).
 */
function withTranslatedPanel(read: Structured, text: string): Structured {
  const record = read.records.length <= 1 ? read.records[0] : undefined;
  if (read.records.length > 1 || /[a-z]{2}/i.test(record?.get('message') ?? '')) return read;
  const translated = parseTranslatedPanel(text);
  if (!translated) return read;
  if (!record) return translated;
  const merged: FieldRecord = new Map(record);
  for (const [key, value] of translated.records[0]!) if (!merged.has(key) || key === 'message') merged.set(key, value);
  return { format: read.format ?? translated.format, records: [merged] };
}

/**
 * A retyped entry's `To:` row under its heading (`Failed · Aug 14, 2024 3:18:56 PM`, `To: a@x`, `Severity: ...`), which
 * the loose reading of its labels leaves out ("To" is a mail header's too): the entry's recipient, when the paste has
 * one heading and the row stands in one block (no blank line) with the entry's message.
 */
function withHeadingRecipient(read: Structured, text: string): Structured {
  const record = read.records.length === 1 ? read.records[0]! : undefined;
  const shown = record?.get('message') ?? record?.get('code');
  if (!record || record.has('recipient') || shown === undefined || !/^[ \t]*to:|@/im.test(text)) return read;
  const headings = [...text.matchAll(PANEL_HEADINGS)].slice(0, 2);
  if (headings.length !== 1) return read;
  const heading = headings[0]!;
  const from = heading.index + heading[0].length;
  const blankAt = text.slice(from).search(/\n[ \t]*\n/);
  const block = blankAt === -1 ? text.slice(from) : text.slice(from, from + blankAt);
  // (the parsers collapse a value's runs of blanks: `[161.38.195.77      12]` is read `[161.38.195.77 12]`)
  if (!block.includes(shown) && !block.replace(/[ \t]+/g, ' ').includes(shown.replace(/[ \t]+/g, ' '))) return read;
  // (or the heading's own address, as a person retypes it: `*Failed (Permanent)* — a@x`, then its event)
  const own = EMAIL_IN.exec(heading[0])?.[0];
  const row = own === undefined ? /^[ \t]*to:[ \t]*(.*)$/im.exec(block)?.[1] : undefined;
  const recipient = own ?? (row !== undefined ? EMAIL_IN.exec(row)?.[0] : undefined);
  if (!recipient) return read;
  const entry: FieldRecord = new Map([...record, ['recipient', recipient]]);
  const severity = heading[2] ?? heading[3] ?? heading[4];
  if (own !== undefined && !entry.has('event')) entry.set('event', heading[1]!.toLowerCase());
  if (own !== undefined && severity && !entry.has('severity')) entry.set('severity', severity.toLowerCase());
  return { ...read, records: [entry] };
}

/** The cells of a Mailgun event export row, told apart by their content. */
// (and the short form of a table typed out or exported by a tool, "Temp. Failed", "Perm. Failed")
const EVENT_WORD = /^(?:failed|delivered|accepted|rejected|bounced|complained|unsubscribed|(?:temporary|permanent) failure|failed \((?:temporary|permanent)\)|(?:temp|perm)\.? failed)$/i;
const SEVERITY_WORD = /^(?:permanent|temporary)$/i;
const EMAIL_CELL = new RegExp(`^<?${ADDRESS}>?$`, 'i');
const CODE_CELL = /^[2-5]\d\d$/;
/** The logs list writes "Temporary Failure" / "Permanent Failure" for a failed event; a retyped row "Failed (permanent)": its severity. */
function failureSeverity(cell: string): string | undefined {
  const failure = /^(temporary|permanent) failure$|^failed \((temporary|permanent)\)$|^(temp|perm)\.? failed$/i.exec(cell.trim());
  const short = failure?.[3]?.toLowerCase();
  return short ? (short === 'temp' ? 'temporary' : 'permanent') : (failure?.[1] ?? failure?.[2])?.toLowerCase();
}

/** A Markdown table's rule under its header (`|---|:---:|`), in pipes or in the tabs they became. */
// (a class and a literal, not one pattern: `-{3}` between two runs of the class is quadratic on a long line of dashes)
const isTableRule = (line: string): boolean => /^[ \t|:-]*$/.test(line) && line.includes('---');
/** A column of an application's own table of its mail (its outbox: `id  to  status  last_error  tries`; a helpdesk's `ticket_id,requester_email,delivery_state`), not of Mailgun's. */
// (and a marketing tool's do-not-contact columns, Mautic's `dnc_reason`, `dnc_comments`)
const APP_COLUMN = /^(?:id|last_?error|tries|retries|retry_?count|queue_?id|job_?id|ticket_?id|requester(?:_?email)?|delivery_?state|dnc_\w{1,20})$/i;
const MAX_HEADER_LINES = 400;

/** A header of an application's own table: short, no address, three or more cells, one of them APP_COLUMN, none "event". */
function hasAppTableHeader(text: string): boolean {
  let seen = 0;
  for (const line of text.split('\n', MAX_HEADER_LINES)) {
    if (++seen > MAX_HEADER_LINES) break;
    if (line.length > 300 || line.includes('@') || !/[\t|,]/.test(line) || /\bevent\b/i.test(line)) continue;
    // (a CSV's quoted names too: `"id","email","dnc_reason"`)
    const cells = line.split(/[\t|,]/).map((cell) => cell.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
    if (cells.length >= 3 && cells.some((cell) => APP_COLUMN.test(cell))) return true;
  }
  return false;
}
/** A Markdown table's header that names an Event column. */
const PIPE_EVENT_HEADER = /\|[ \t]*event[ \t]*\|/i;
/** A Markdown table's row: it starts and ends with a pipe. */
const PIPE_ROW = /^[ \t]*\|[^\n]*\|[ \t]*$/;
const SERVER_WORDS = /(?<![\d.])[245]\d\d(?![\d.])|(?<![\d.])[245]\.\d{1,3}\.\d{1,3}|relay|denied|reject|refus|fail|unable|not permitted|unknown|blocked|does not exist|no such|quota|full|spam|policy|limit|timed out|sandbox|not delivering to/i;
/** A lined-up column holding a timestamp, the event and its severity with single spaces (`2024-06-14T07:12:48Z failed temporary`): its words. */
function wordsOfEventCell(cell: string): string[] {
  if (EVENT_WORD.test(cell)) return [cell];
  const words = cell.split(' ');
  return words.length <= 4 && words.some((word) => EVENT_WORD.test(word)) && words.every((word) => EVENT_WORD.test(word) || SEVERITY_WORD.test(word) || TIME_WORD.test(word)) ? words : [cell];
}
/** A date or a time of day as one word (`2024-06-14T07:12:48Z`, `2024-03-05`, `14:02:11`). */
const TIME_WORD = /^\d{1,4}[-/:.]\d{1,2}[-/:.\dTZ+]{0,24}$/;
const LEADING_CODE = /^([245]\d\d)[ -][245]\.\d{1,3}\.\d{1,3}\b/;
const HOST_CELL = /^(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24}$/i;
/** A PowerMTA accounting record: its type, then the times logged and queued (`b,2026-11-30 06:14:52+0000,2026-...`). */
const POWERMTA_RECORD = /^[btdr],\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d{4},\d{4}-/;

/** The legacy logs view's row: `11/30/26 10:37 AM  Failed: from@a → to@b 'Subject' Server response: 550 ...`. */
// (and its "Dropped:", a permanent failure: Mailgun gave the message up)
const LEGACY_LOG_ROW = /^[^\n]{0,40}?\b(failed|delivered|accepted|rejected|dropped)(?::|[ \t])[ \t]*[^\s→]{3,254}[ \t]+(?:→|->)[ \t]+([^\s']{3,254})(?:[ \t]+'[^'\n]{0,300}')?[ \t]+server response:[ \t]*(\S[^\n]{0,3999})$/i;

/** A line of the server's response alone, after the legacy row it belongs to. */
const RESPONSE_LINE = /^[ \t]*server response:/i;

/**
 * Rows copied out of a Mailgun event export or the logs list without the header line
 * (`2024-05-01T10:22:01Z,failed,permanent,ops@vendor.example,550,"5.7.1 ... Relaying denied",mx1.vendor.example`):
 * a row with an event word for a cell is an event; its other cells are recognised by what they hold.
 */
function parseHeaderlessEventRows(text: string): Structured | null {
  const records: FieldRecord[] = [];
  let spacedHeader: boolean | undefined;
  let appTable: boolean | undefined;
  let pipeEvent: boolean | undefined;
  let soleRecipient: string | null | undefined;
  let legacyRows = 0;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    // (PowerMTA's accounting records are the sender's own MTA's, whose dsnAction says "failed": not Mailgun's events)
    if (POWERMTA_RECORD.test(line)) continue;
    // The legacy logs view's row, its fields in words rather than columns.
    // (its server response may be copied onto a line of its own: `Failed: a → b 'Subject'` / `Server response: 554 ...`)
    const next = lines[index + 1];
    const row = next !== undefined && RESPONSE_LINE.test(next) && !/server response/i.test(line) ? `${line} ${next.trim()}` : line;
    const legacy = (row.includes('→') || row.includes('->')) && /server response/i.test(row) ? LEGACY_LOG_ROW.exec(row) : null;
    if (legacy && EMAIL_CELL.test(legacy[2]!)) {
      const dropped = legacy[1]!.toLowerCase() === 'dropped';
      const record: FieldRecord = new Map([['event', dropped ? 'failed' : legacy[1]!.toLowerCase()], ['recipient', legacy[2]!.replace(/^<|>$/g, '')], ['message', legacy[3]!.trim()]]);
      if (dropped) record.set('severity', 'permanent');
      const code = /^([245]\d\d)(?![\d.])/.exec(legacy[3]!)?.[1];
      if (code) record.set('code', code);
      records.push(record);
      legacyRows++;
      if (records.length >= MAX_RECORDS) break;
      continue;
    }
    // Commas of an export, tabs of a table copied from the logs list, the logs list's " · " in Slack,
    // or columns lined up with spaces (a table pasted as text).
    // (a Markdown table's row, `| Failed | Jun 19, 2024 | a@b.example | 552 | ... |`, before its commas)
    // (or its row without the outer pipes, `09:24:40 | Failed | a@b | 550 ...`, under a header that names an Event column)
    const separator = (PIPE_ROW.test(line) && hasSeparators(line, '|', 4)) || (hasSeparators(line, '|', 3) && (pipeEvent ??= PIPE_EVENT_HEADER.test(text))) ? '|' : hasSeparators(line, ',', 3) ? ',' : hasSeparators(line, '\t', 3) ? '\t' : hasSeparators(line, ' · ', 2) ? ' · ' : SPACED_COLUMNS.test(line) ? SPACE_GAP : null;
    if (!separator) continue;
    // (a lined-up column too narrow for an address leaves one space after it: the address is a cell of its own)
    const split =
      typeof separator !== 'string'
        ? line.trim().split(separator).flatMap((cell) => ADDRESS_THEN_TEXT.exec(cell)?.slice(1) ?? wordsOfEventCell(cell))
        : separator === ' · ' || separator === '|'
          ? line.trim().replace(/^\||\|$/g, '').split(separator).map((cell) => cell.trim())
          : splitCsvLine(line, separator);
    const cells = split.map((cell) => cell.replace(/^[>*_~ ]+/, '').replace(/(?<![*_~ ])[*_~ ]+$/, ''));
    const event = cells.find((c) => EVENT_WORD.test(c));
    if (!event) continue;
    const failure = failureSeverity(event);
    const record: FieldRecord = new Map([['event', failure ? 'failed' : event.toLowerCase()]]);
    const severity = cells.find((c) => SEVERITY_WORD.test(c)) ?? failure;
    // (`sender -> recipient`: the address after the arrow)
    const recipient = cells.map((c) => /^(?:->|→)\s*(\S{3,254})$/.exec(c)?.[1]).find((c) => c !== undefined && EMAIL_CELL.test(c)) ?? cells.find((c) => EMAIL_CELL.test(c));
    // (or the code that starts the server's answer, `421 4.7.0 [TSS04] ...`)
    // The message is the longest cell that reads like a server's answer (not the subject); the mail host is a bare host name.
    const message = cells.filter((c) => c !== event && /[a-z]{2}\s+[a-z]{2}/i.test(c) && SERVER_WORDS.test(c)).sort((a, b) => b.length - a.length)[0];
    // (or the code that starts the message, `550 relay not permitted`, Mailgun's own `605 Not delivering to ...`)
    const code = cells.find((c) => CODE_CELL.test(c)) ?? cells.map((c) => LEADING_CODE.exec(c)?.[1]).find((c) => c !== undefined) ?? (message && /^(?:[245]\d\d|60[5-7])(?= [a-z])/i.exec(message)?.[0]);
    // A cell may carry its own label (`mx: mx.example.com`, `domain: mg.example.com`).
    const labelled = new Map(cells.map((c) => LABELLED_CELL.exec(c)).filter((m) => m !== null).map((m) => [normalizeKey(m[1]!) === 'domain' ? 'domain' : 'mxhost', m[2]!]));
    const mxHost = labelled.get('mxhost') ?? [...cells].reverse().find((c) => HOST_CELL.test(c));
    if (labelled.has('domain')) record.set('domain', labelled.get('domain')!);
    if (severity) record.set('severity', severity.toLowerCase());
    if (recipient) record.set('recipient', recipient.replace(/^<|>$/g, ''));
    if (code) record.set('code', code);
    if (message) record.set('message', message);
    if (mxHost) record.set('mxhost', mxHost);
    // An event word alone is not enough: an event row names the recipient and its outcome. Columns
    // lined up with spaces are any log's: Mailgun's table says so by its header, a severity or an MX host.
    // (a Markdown table is anyone's, an app's own outbox `| id | to | status | last_error |`: Mailgun's by its Event column,
    // a severity or an MX host)
    const mailgunRow = (typeof separator === 'string' && (separator !== '|' || (pipeEvent ??= PIPE_EVENT_HEADER.test(text))) && !(appTable ??= hasAppTableHeader(text))) || severity || mxHost || (spacedHeader ??= SPACED_HEADER.test(text));
    // (a table of one message's events with no address column, its recipient said once beside it: "Recipient: a@b")
    // (the nearest such line above the row where each message's table has its own: "Recipient: a@b", its table, "Recipient: c@d", ...)
    // (a table's rows only, a Markdown table's pipes or the tabs normalizing made of them: a panel's heading, `Failed · permanent
    // · mg.x.com`, has its own fields under it)
    if (!recipient && (separator === '|' || separator === '\t') && mailgunRow && (severity || code)) {
      soleRecipient ??= soleRecipientLine(text);
      const own = recipientLineAbove(lines, index) ?? soleRecipient;
      if (own) record.set('recipient', own);
    }
    if (record.has('recipient')) withIndentedDetails(record, lines, index);
    if (record.has('recipient') && (record.has('severity') || code || record.has('message')) && (mailgunRow || record.has('mxhost'))) records.push(record);
    if (records.length >= MAX_RECORDS) break;
  }
  // (the legacy logs view's rows alone are a page of the logs, not an export)
  return records.length ? { format: legacyRows === records.length ? 'mailgun-log-page' : 'csv-export', records } : null;
}

/** A line that names the recipient alone, `Recipient: a@b` (or `To:`), once in the paste: its address, else null. */
const recipientLabelLines = (labels: string) => new RegExp(String.raw`^[ \t>*_-]*(?:${labels})[*_]*[ \t]*:[ \t]*<?(${ADDRESS})>?[ \t.]*$`, 'gim');
const RECIPIENT_LINE = recipientLabelLines('recipient|to');
/** A line that names a recipient by its label alone, `Recipient: a@b` (group 1): the entry under it is that message's. */
export const RECIPIENT_LABEL_LINES = recipientLabelLines('recipient');
function soleRecipientLine(text: string): string | null {
  const found = [...text.matchAll(RECIPIENT_LINE)].slice(0, 2).map((m) => m[1]!.toLowerCase());
  return found.length === 1 ? found[0]! : null;
}
const RECIPIENT_LINE_ONE = new RegExp(RECIPIENT_LINE.source, 'i');
/** How far above a table's row its message's "Recipient: a@b" line may stand. */
const RECIPIENT_LINE_REACH = 12;
/** The address of the nearest "Recipient: a@b" line within a few lines above the row, or null. */
function recipientLineAbove(lines: readonly string[], row: number): string | null {
  for (let index = row - 1; index >= 0 && index >= row - RECIPIENT_LINE_REACH; index--) {
    const m = RECIPIENT_LINE_ONE.exec(lines[index]!);
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

/** How many indented lines under a row may hold its details (a flattened event's reason, code, enhanced code, message, MX host, attempt). */
const ROW_DETAIL_LINES = 6;

/**
 * An events page copied as text puts each row's details on indented lines under it
 * (`    550 5.7.1 ... Relaying denied`, `    mx-host: mail.example.com`): they are that row's.
 */
function withIndentedDetails(record: FieldRecord, lines: string[], row: number): void {
  for (let index = row + 1; index < Math.min(lines.length, row + 1 + ROW_DETAIL_LINES); index++) {
    const line = lines[index]!;
    if (!/^[ \t]+\S/.test(line) || line.length > 4000) break;
    const cell = line.trim();
    const labelled = LABELLED_CELL.exec(cell);
    // (the logs list's "Permanent failure | Attempt 1" under a row is its severity, not the server's words)
    const severity = /\bseverity:[ \t]*(permanent|temporary)\b|^(permanent|temporary)[ \t]+failure\b/i.exec(cell);
    if (severity && !record.has('severity')) record.set('severity', (severity[1] ?? severity[2])!.toLowerCase());
    // "Server response: 550 relay not permitted": the server's words, by their label
    // (over a message already read only when it reads like a server's answer)
    const response = SERVER_RESPONSE_CELL.exec(cell);
    // (a code and words: not `Response: 550`, nor `Delivery status: failed after 1 attempt`)
    if (response && (!record.has('message') || (/(?<![\w.])[245]\d\d(?![\w.])|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])/.test(response[1]!) && /[a-z]{2}\s+[a-z]{2}/i.test(response[1]!)))) {
      record.set('message', response[1]!);
      continue;
    }
    const coded = FLATTENED_CODE_CELL.exec(cell);
    if (coded) {
      const key = normalizeKey(coded[1]!);
      if (!record.has(key)) record.set(key, coded[2]!);
    } else if (labelled) {
      const key = normalizeKey(labelled[1]!) === 'domain' ? 'domain' : 'mxhost';
      if (!record.has(key)) record.set(key, labelled[2]!);
    } else if (!severity && !record.has('message') && /[a-z]{2}\s+[a-z]{2}/i.test(cell) && SERVER_WORDS.test(cell)) {
      // (Mailgun's own details after the server's answer are not the server's words)
      const meta = ROW_META.exec(cell);
      record.set('message', meta ? cell.slice(0, meta.index).trimEnd() : cell);
      const mxHost = meta ? /\bmx-host:[ \t]*([a-z0-9][a-z0-9.-]{1,253})/i.exec(meta[1]!) : null;
      const attempt = meta ? /\battempt(?:[- ]no)?:?[ \t]*#?(\d{1,3})\b/i.exec(meta[1]!) : null;
      if (mxHost && !record.has('mxhost')) record.set('mxhost', mxHost[1]!);
      if (attempt && !record.has('attemptno')) record.set('attemptno', attempt[1]!);
    }
  }
}

/** A detail line that labels the server's answer (`Server response: 550 relay not permitted`). */
// (and the event's flattened field, `delivery-status.message: 5.7.515 Access denied ...`)
const SERVER_RESPONSE_CELL = /^(?:server response|smtp response|response|delivery status|diagnostic(?:-code)?|delivery-status\.(?:message|description))[ \t]*:[ \t]*(\S.{0,3999})$/i;
/** A flattened event's own code fields under a row: `delivery-status.code: 550`, `delivery-status.enhanced-code: 5.7.515`. */
const FLATTENED_CODE_CELL = /^(?:delivery-status\.)?(code|enhanced-code)[ \t]*:[ \t]*([245]\d\d|[245]\.\d{1,3}\.\d{1,3})$/i;

/** Mailgun's details after a server's answer in the logs list: `(mx-host: mail.example.com, attempt 4, retrying in 3600s)`. */
// (the cell is trimmed: no run of blanks to try at every position)
const ROW_META = /\(((?:mx-host|attempt)\b[^()\n]{0,300})\)$/i;

/** The header of Mailgun's logs table pasted as text: `Date    Event    Recipient    Status`. */
const SPACED_HEADER = /^[ \t]*(?:date|time|timestamp)[ \t]{2,}event[ \t]{2,}recipient\b/im;
/** Three or more columns lined up with runs of spaces. */
const SPACED_COLUMNS = /\S(?: {2,}|\t)\S[^\n]*?\S(?: {2,}|\t)\S/;
const SPACE_GAP = /(?: {2,}|\t)+/;
const ADDRESS_THEN_TEXT = new RegExp(String.raw`^(<?${ADDRESS}>?) (\S.*)$`, 'i');
const LABELLED_CELL = /^(?:delivery-status\.)?(mx(?:[- ]host)?|domain)\s*:\s*([a-z0-9][a-z0-9.-]{1,253})$/i;

/** At least `count` separators in `line` (counted without building an array of matches). */
function hasSeparators(line: string, separator: string, count: number): boolean {
  let found = 0;
  for (let i = line.indexOf(separator); i !== -1 && found < count; i = line.indexOf(separator, i + 1)) found++;
  return found >= count;
}

function splitCsvLine(line: string, separator = ','): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

// ---------------------------------------------------------------- loose key/value prints

/**
 * `key: value` pairs in any print syntax: Python dicts, JS console.log, Ruby hashes, Go structs,
 * PHP's print_r (`[event] => failed`, `[event:Mailgun\Model\Event\Event:private] => failed`),
 * JSON fragments that do not parse. Only known keys count; the first occurrence wins.
 */
const QUOTED = String.raw`"(?:[^"\\\n]|\\.){0,4000}"|'(?:[^'\\\n]|\\.){0,4000}'`;
/**
 * A value: a quoted string, or adjacent ones (Python's pprint splits a long string into literals on
 * consecutive lines), or a bare word; never a nested object or list (Go's `Message:{Headers:...}`).
 */
const looseField = (bareValueGuard: string) =>
  new RegExp(
    // (not a person's, "Bob's address: bob@gmail.com": the address they want mail to go to; nor a setting's "No-reply address:",
    // "Support email address:", the sending side's own, nor an IP or a server's address; a billing or alert address is where mail goes)
    String.raw`(["']?)(?<![\w.?&-])(?<!\w['’]s[ \t]{1,3})((?:(?:event-data|delivery-status|envelope|message|headers|flags|storage)\.){0,3}(?:event|severity|reason|recipient(?:[-_ ]?domain)?|mx[-_ ]?host|MxHost|code|message|description|details|enhanced[-_ ]?code|error|(?:email[-_ ]?)?address|smtp[-_ ]?command|[rl]host|diagnostic[-_ ]?code|delivery[-_ ]?status|response(?:[-_ ]?code)?|command|sender|targets|log[-_ ]?level|status|domain|created[-_ ]?at|attempt[-_ ]?no|sending[-_ ]?ip))(?<!(?:sender|from|administrator|admin|reply[ -]?to|no-?reply|reply|return|notification|device|ip|server|support|company|contact|default)[ \t_-](?:e-?mail[ \t_-])?address)(?<!internal server error)\1(?::"?[\w\\]{1,100}"?:(?:private|protected))?\]?[ \t]*(?::|=>|=)[ \t]*(?:\n[ \t]*(?=string\(|int\(|float\(|"))?(?:string\(\d{1,7}\)[ \t]*)?((?:${QUOTED})(?:[ \t]*(?:\n[ \t]*)?(?:${QUOTED})(?![ \t]*(?::|=>|=))){0,20}|(?![{[])${bareValueGuard}[^\s,;})\]&'"]{1,300})`,
    'gi',
  );
const LOOSE_FIELD = looseField('');
/** In a Go print an empty field is followed by the next field's name (`Description: Message:5.7.1 ...`): not its value. */
/** A JSON field whose string value is a Go print: `"event": "&events.Failed{...}"`. */
const JSON_FIELD_STRUCT = /"[ \t]*:[ \t]*"&?(?:[a-z]\w{0,40}\.[A-Z]\w{0,40})?\{/;
const GO_FIELD = looseField(String.raw`(?![A-Z][A-Za-z0-9]{0,40}:)(?![a-z]\w{0,40}\.[A-Z]\w{0,40}\{)`);
const QUOTED_LITERALS = new RegExp(QUOTED, 'g');

/**
 * Go's `%+v` print of a struct (`DeliveryStatus:{Code:550 Message:relay not permitted MxHost:...}`),
 * or its `%#v` print, which names each struct's type (`DeliveryStatus:events.DeliveryStatus{Code:554, ...}`).
 */
const GO_STRUCT = /\b[A-Z]\w{0,40}:(?:[a-z]\w{0,40}\.[A-Z]\w{0,40})?\{[A-Z]\w{0,40}:/;
/**
 * In a Go print an unquoted value runs to the next field's name or the struct's end. A field prints
 * `Name:value`, an empty one `Name: ` before the next: "SMTP Error: relay" is not a field.
 */
const GO_EVENT_NAME = /\bGeneric:(?:events\.Generic)?\{[^{}\n]{0,400}?\b(?:Event)?Name:"?([a-z][a-z_-]{2,30})(?=["\s},])/;
const GO_NEXT_FIELD = /\s[A-Z][A-Za-z0-9]{0,40}:(?=\S|\s[A-Z][A-Za-z0-9]{0,40}:)|\}/;


/** Where a print of an object starts: `{`, PHP's var_dump `array(9) {`, `object(Class)#12 (20) {` and a list's `[1]=>`, print_r's `Array`. */
// (and a Go struct printed with %+v on a log line of its own: `2025/03/26 11:40:02 &{Generic:{...} ...}`)
const PRINT_START = /^(?:\{|array\(\d{1,5}\) \{|object\([\w\\]{1,200}\)#\d{1,9} \(\d{1,5}\) \{|Array[ \t]*$|[ \t]{0,4}\[\d{1,4}\]=>[ \t]*$|[^\n{&]{0,40}&(?:[a-z]\w{0,40}\.[A-Z]\w{0,40})?\{)/gm;
/**
 * A Python dataclass's repr on each line of a log, `... INFO webhook event=WebhookEvent(event='failed', recipient=...)`: each
 * record from just inside its bracket, so that no other record's fields are read with it.
 */
const DATACLASS_START = /(?=event=)(?<=^[^\n(]{0,200}\b[A-Z][A-Za-z0-9_]{0,40}\()/gm;

/**
 * Several events printed one after another (`for it in items: pprint(it)`, objects logged in turn),
 * each from a line that starts one (`{`, PHP's `array(9) {`; nested ones are indented): one record each, so that the refusal's own event is the
 * one read, not a merge of the first fields of all.
 */
function parseLoosePrints(text: string): Structured {
  const rows = LOGS_ROW_CUE.test(text) ? logsRows(text) : null;
  if (rows) return rows;
  if (!text.includes('{') && !text.includes('Array') && !text.includes('(event=')) return parseLooseFields(text);
  return eventsFrom(text, PRINT_START) ?? (text.includes('(event=') ? eventsFrom(text, DATACLASS_START) : null) ?? eventsFrom(text, NUMBERED_ITEM, true) ?? parseLooseFields(text);
}

/**
 * A row of Mailgun's Logs page as copied, its first line: "Delivered   Jun 19, 2024 3:14:02 PM   a@x → b@y", "Failed: Permanent
 * Jun 19, 2024 ...", or its time first, "Jun 18, 2024 07:01:14  Temporary failure  451 4.7.1 ...": its status word as group 1 or 2.
 */
const LOGS_ROW = /^(delivered|failed|accepted|temporary failure|permanent failure)(?::[ \t]*(?:permanent|temporary))?[ \t]{2,}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2},[ \t]\d{4}\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2},[ \t]\d{4}[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[ap]m)?[ \t]{2,}(delivered|failed|accepted|temporary failure|permanent failure)(?::[ \t]*(?:permanent|temporary))?\b/gim;
/** A logs row's reply after its status word: its code, then its words up to the next column (two blanks or more). */
const ROW_REPLY = /^[ \t]+([245]\d\d)[ \t]+((?:\S|[ \t](?=\S)){1,300})/;
const ROW_ADDRESS = /[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/i;
const ROW_ADDRESSES = new RegExp(ROW_ADDRESS.source, 'gi');
const LOGS_ROW_CUE = /^(?:delivered|failed|accepted|temporary failure|permanent failure)\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]\d{1,2},[ \t]\d{4}[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[ap]m)?[ \t]{2,}(?:delivered|failed|accepted|temporary failure|permanent failure)\b/im;

/**
 * Two or more Logs page rows copied with their detail lines ("Server response: ...", "MX host: ..."): one record each, its event
 * from the row's first word, so that a delivered row's response is not read with a failed row's MX host. Null for fewer rows.
 */
function logsRows(text: string): Structured | null {
  const rows = [...text.matchAll(LOGS_ROW)].slice(0, MAX_RECORDS);
  if (rows.length < 2) return null;
  const records = rows.map((row, i) => {
    const record: FieldRecord = parseLooseFields(text.slice(row.index, rows[i + 1]?.index)).records[0] ?? new Map();
    const word = (row[1] ?? row[2])!.toLowerCase();
    if (!record.has('event')) record.set('event', word === 'delivered' || word === 'accepted' ? word : 'failed');
    // (and its severity, where the row's words give it: "Temporary failure", "Failed: Permanent")
    const severity = /\b(temporary|permanent)\b/i.exec(row[0])?.[1]?.toLowerCase();
    if (severity !== undefined && !record.has('severity')) record.set('severity', severity);
    if (row[2] !== undefined) {
      const line = lineAt(text, row.index);
      const address = rowRecipient(line);
      if (address !== undefined && !record.has('recipient')) record.set('recipient', address);
      // (and its reply, after its status: "Permanent failure   554 5.7.1 <a@b>: Relay access denied   mx-host: ...")
      const reply = ROW_REPLY.exec(line.slice(row[0].length));
      if (reply && !record.has('code')) record.set('code', reply[1]!);
      if (reply && !record.has('message')) record.set('message', reply[2]!.trim());
    }
    return record;
  });
  // (one message's rows, its time first: where they name one recipient between them, its "Accepted" row's, every row is its,
  // whichever way the page runs; rows of two recipients are left as they are)
  const named = new Set(records.flatMap((record) => record.get('recipient') ?? []));
  if (named.size === 1 && rows.some((row) => row[2] !== undefined)) for (const record of records) if (!record.has('recipient')) record.set('recipient', [...named][0]!);
  return { format: 'sdk-print', records };
}

/** A time-first row's recipient: after its arrow ("a@x → b@y"), else its first address not given as the sender's ("from: a@x"). */
function rowRecipient(line: string): string | undefined {
  const arrow = line.search(/→|->/);
  if (arrow !== -1) return ROW_ADDRESS.exec(line.slice(arrow))?.[0];
  for (const m of line.matchAll(ROW_ADDRESSES)) if (!/\bfrom:?[ \t]*$/i.test(line.slice(Math.max(0, m.index - 8), m.index))) return m[0];
  return undefined;
}

/**
 * A person's numbered list of events ("1) recipient: a@x" / `"delivery-status": {...}`, "2) recipient: b@y" / ...): each item
 * its own event, so that one's code and host are not read with the other's address.
 */
const NUMBERED_ITEM = /^[ \t]{0,4}\d{1,3}[.)][ \t]+(?=\S)/gm;

/**
 * The events of the pieces that start where `start` matches, when at least two are events; null otherwise. `withLead`: what
 * stands before the first piece is one too, when it is an event (a failed event above a numbered list of delivered ones).
 */
function eventsFrom(text: string, start: RegExp, withLead = false): Structured | null {
  const starts = [...text.matchAll(start)].map((m) => m.index);
  if (starts.length < 2 || starts.length > MAX_RECORDS) return null;
  if (withLead && starts[0]! > 0) starts.unshift(0);
  const prints = starts.map((at, i) => parseLooseFields(text.slice(at, starts[i + 1])));
  const events = prints.filter((p) => p.format !== null);
  return events.length >= 2 ? { format: events[0]!.format, records: events.map((p) => p.records[0]!) } : null;
}

function parseLooseFields(given: string, depth = 0): Structured {
  const goStruct = given.includes('{') && GO_STRUCT.test(given);
  // (a Go print inside a logfmt field, its quotes escaped, `ev="&events.Failed{... Recipient:\"a@b\", ...}"`: read as printed;
  // not one in a JSON field, `"event": "&events.Failed{...}"`, whose value is read below, unquoted)
  const text = goStruct && depth === 0 && given.includes('\\"') && !JSON_FIELD_STRUCT.test(given) ? given.replaceAll('\\"', '"') : given;
  const record: FieldRecord = new Map();
  let quotedKeys = 0;
  // A dotted key of the event's status (`delivery-status.message:`) is the event's, over a bare one
  // above it (an alert's own `Message: Mailgun failed events spiking`).
  const fromStatus = new Set<string>();
  // (so is a key indented under a YAML-like print's `delivery-status:` line: Make's and n8n's output bundles)
  const inStatusBlock = goStruct ? () => false : indentedStatusBlocks(text);
  for (const m of text.matchAll(goStruct ? GO_FIELD : LOOSE_FIELD)) {
    const key = normalizeKey(m[2]!);
    const ofStatus = /^delivery[-_ ]?status\./i.test(m[2]!) || inStatusBlock(m.index);
    if (!KNOWN_KEYS.has(key) || (record.has(key) && (!ofStatus || fromStatus.has(key)))) continue;
    if (ofStatus) fromStatus.add(key);
    if (m[1]) quotedKeys++;
    // PHP's var_dump prints a number as `int(553)`.
    const raw = m[3]!.replace(/^(?:int|float)\((-?[\d.]{1,20})\)?$/, '$1');
    const quoted = raw[0] === '"' || raw[0] === "'";
    // A struct printed into a log field (zap's `"event":"&{Generic:{...} DeliveryStatus:{...}}"`, or with %#v its types,
    // `"&events.Failed{Generic:events.Generic{...}, ...}"`): its fields count.
    if (quoted && depth < 2 && /^["'](?:&?(?:[a-z]\w{0,40}\.[A-Z]\w{0,40})?\{)/.test(raw)) {
      for (const [k, v] of parseLooseFields(unquote(raw), depth + 1).records[0] ?? []) if (!record.has(k)) record.set(k, v);
      continue;
    }
    // An unquoted message (`Error: Invalid login: 535 ...`) runs to the end of its line, or in a
    // JavaScript error's print (`[Error: Forbidden] { status: 403, ... }`) to its bracket.
    const start = m.index + m[0].length - raw.length;
    // (not PHP's print_r, whose `[message] => ...` closes its bracket before the value)
    const inBrackets = !m[1] && text[m.index - 1] === '[' && !m[0].slice(0, m[0].length - raw.length).includes(']');
    // A DSN's Diagnostic-Code is a header: it folds onto lines indented by any amount (in a Go print it ends at the next field).
    const value = quoted
      ? unquote(raw)
      : key === 'diagnosticcode' && !m[1] && !goStruct
        ? foldedHeader(text, start)
        : MESSAGE_KEYS.has(key)
          ? goStruct
            ? restOfLine(text, start).split(GO_NEXT_FIELD)[0]!.trim()
            : restOfLine(text, start)
          : raw;
    // `address: "smtp.mailgun.org"` (a Rails config) is a host, not a recipient; nor is a typed-out Route's pattern.
    if ((ADDRESS_KEYS.has(key) && !value.includes('@')) || !fits(key, value)) continue;
    if (key === 'recipient' && TYPED_ROUTE_FIELD.test(text.slice(Math.max(0, start - 60), start))) continue;
    // (an address that ends a sentence, "Recipient: a@x.pt. Is this ...": without its full stop)
    const own = !quoted && ADDRESS_KEYS.has(key) ? value.replace(/\.+$/, '') : value;
    record.set(key, inBrackets && !quoted && own.includes(']') ? own.slice(0, own.lastIndexOf(']')) : own);
  }
  // mailgun-go's events name themselves in their embedded Generic struct (`Generic:{... Name:failed}`).
  const goEventName = goStruct && !record.has('event') ? GO_EVENT_NAME.exec(text) : null;
  if (goEventName) record.set('event', goEventName[1]!);
  if (!looksLikeEvent(record) || record.size < 2) return { format: null, records: record.size ? [record] : [] };
  const format: StructuredFormat = quotedKeys >= record.size / 2 && /"[\w-]+"\s*:/.test(text) ? 'mailgun-event' : 'sdk-print';
  return { format, records: [record] };
}

const MAX_STATUS_BLOCK = 4000;
const STATUS_BLOCK_HEADER = /^([ \t]*)["']?delivery[-_ ]?status["']?[ \t]*:[ \t]*$/gim;

/**
 * Whether a position stands on the lines indented under a `delivery-status:` line with no value of its own: asked of
 * increasing positions only (the fields in the order they are read).
 */
function indentedStatusBlocks(text: string): (index: number) => boolean {
  // (merged where they overlap, in order: a walk through them answers each position)
  const blocks: Array<[number, number]> = [];
  for (const header of text.matchAll(STATUS_BLOCK_HEADER)) {
    const indent = header[1]!.length;
    const from = header.index + header[0].length;
    let end = from;
    // (each following line indented deeper than the header, or blank, belongs to it; a status is a few lines)
    while (end < text.length && end - from < MAX_STATUS_BLOCK) {
      const next = text.indexOf('\n', end + 1);
      const line = text.slice(end + 1, next === -1 ? text.length : next);
      const lineIndent = line.length - line.trimStart().length;
      if (line.trim() !== '' && lineIndent <= indent) break;
      end = next === -1 ? text.length : next;
    }
    const last = blocks.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > from) blocks.push([from, end]);
  }
  let at = 0;
  return (index) => {
    while (at < blocks.length && blocks[at]![1] <= index) at++;
    return at < blocks.length && index >= blocks[at]![0];
  };
}

/** Fields read loosely that name a Mailgun event: its name, its MX host, its delivery status, or its severity with its reason. */
function looksLikeEvent(record: FieldRecord): boolean {
  return record.has('event') || record.has('mxhost') || record.has('deliverystatus') || (record.has('severity') && record.has('reason'));
}

const MESSAGE_KEYS = new Set(['message', 'error', 'response', 'description', 'details', 'diagnosticcode']);
const ADDRESS_KEYS = new Set(['recipient', 'address', 'targets', 'sender']);

/** The rest of the line, with the indented lines that continue it (a wrapped Diagnostic-Code). */
function restOfLine(text: string, from: number): string {
  let end = text.indexOf('\n', from);
  while (end !== -1 && end - from < 2000 && /^[ \t]+\S/.test(text.slice(end + 1, end + 3))) end = text.indexOf('\n', end + 1);
  return text.slice(from, end === -1 ? undefined : end).replace(/\s+/g, ' ').replace(/[,;]\s*$/, '').trim();
}

/** A header's value with its folded continuation lines (RFC 5322: any leading white space). */
function foldedHeader(text: string, from: number): string {
  let end = text.indexOf('\n', from);
  while (end !== -1 && end - from < 2000 && (text[end + 1] === ' ' || text[end + 1] === '\t')) end = text.indexOf('\n', end + 1);
  return text.slice(from, end === -1 ? undefined : end).replace(/\s+/g, ' ').trim();
}

/** The text of one quoted literal, or of adjacent ones joined ('...allowed ' 'rcpthosts' → '...allowed rcpthosts'). */
function unquote(value: string): string {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2) {
    const literals = value.match(QUOTED_LITERALS) ?? [];
    if (literals.length > 0) return literals.map((literal) => unescape(literal.slice(1, -1))).join('');
  }
  return value;
}

function unescape(text: string): string {
  return text.replace(/\\(n|t|"|'|\\|\/)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
