import { RELAY_LINE, REPLY_CODE } from './patterns.js';

/**
 * A mail server's log is full of its own refusals of outside clients: spammers probing for an open
 * relay get "Relay access denied" (Postfix's smtpd) or "relay not permitted" (Exim) all day. That is
 * the server doing its job, not the error the person asks about. When the paste shows another failure
 * too (a bounce, a SASL failure, a deferral), those lines are set aside; alone, they are all there is.
 */
/** Postfix's smtpd refusing a client without a host name, or Exim refusing a client it names by HELO and IP. */
const PROBE_LINE = /postfix\/smtpd\[\d+\]: NOQUEUE: reject: RCPT from unknown\[[^\]\n]{1,60}\]: [45]\d\d [45]\.\d{1,3}\.\d{1,3} <[^>\n]{0,254}>: Relay access denied|\bH=\([^)\n]{0,255}\) \[[0-9a-f.:]{3,45}\](?::\d{1,5})? (?:[A-Za-z]=\S{1,300} ){0,4}F=<[^>\n]{0,254}> rejected RCPT <[^>\n]{0,254}>: relay not permitted/;
const PROBE_CUE = /NOQUEUE: reject: RCPT from unknown|rejected RCPT <[^>\n]{0,254}>: relay not permitted/;
/**
 * The server's other refusals of outside clients, its log's background too: a stranger's login it turned down (Exim's
 * "dovecot_login authenticator failed for (User) [ip]: 535 ...", Postfix smtpd's "SASL LOGIN authentication failed"), a
 * client on a block list ("reject: RCPT from unknown[ip]: 554 5.7.1 Service unavailable; Client host [ip] blocked using
 * zen.spamhaus.org"). Set aside beside another failure, as the probes are; never "all there is" of a relay question.
 */
const STRANGER_REFUSED = /\bauthenticator failed for\b|\bsmtpd\[\d{1,10}\]:[^\n]{0,300}?\bsasl [\w-]{1,20} authentication failed\b|\breject: (?:RCPT|CONNECT) from [^\n]{0,300}?\bblocked using\b|\bH=[^\n]{0,300}?\brejected (?:RCPT|connection)\b[^\n]{0,300}?\b(?:blocked using|is in a black ?list|listed (?:at|in))\b/i;
const STRANGER_CUE = /authenticator failed for|authentication failed|blocked using|black ?list|listed (?:at|in)/i;
/**
 * Another failure in the log: a bounce or deferral, a failed login, Exim's `**`/`==` before an
 * address, a reply code with its status code, a server's `said: 5xx` (not "500 emails a day").
 */
const OTHER_FAILURE = /status=(?:bounced|deferred)|authentication failed|(?:\*\*|==) [^\s@]{1,64}@|(?<![\w.:/#\[-])[45][0-5]\d[ -][45]\.\d{1,3}\.\d{1,3}(?![\d.])|said: [45]\d\d\b/;

/** An address of a private network (RFC 1918, loopback, carrier-grade NAT, IPv6 unique local): never Mailgun's. */
export function isPrivateAddress(ip: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(ip);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  return ip === '::1' || /^f[cd][0-9a-f]{2}:/i.test(ip);
}

/** The client's address in a probe's line. */
// (Postfix's `unknown[10.0.0.5]`, Exim's `(helo) [10.0.0.5]`: not the process id's brackets, `smtpd[20933]`)
const CLIENT_ADDRESS = /(?:unknown|\))[ \t]?\[([0-9a-f.:]{3,45})\]/i;

/**
 * A mail server's own log of refusing to relay for a client, with the client's address (group 1 to 4): Postfix's
 * `reject: RCPT from name[10.0.0.5]`, Exim's `H=(helo) [10.8.0.12] F=<...> rejected RCPT <...>`, Sendmail's
 * `relay=name [192.168.1.5], reject=550 5.7.1 ...` and its own words, "Relaying denied. IP name lookup failed [192.168.40.23]".
 */
// (and Exchange's receive protocol log, `...,192.168.10.5:25,192.168.10.45:1042,>,550 5.7.54 SMTP; Unable to relay ...`:
// its local then its remote end point, the client's, before the answer)
const CLIENT_REFUSED = /\breject: RCPT from [^\s[\]]{0,253}\[([0-9a-f.:]{3,45})\]|\bH=[^\n[]{0,300}\[([0-9a-f.:]{3,45})\](?::\d{1,5})?[^\n]{0,300}?\brejected RCPT\b|\brelay=[^,\n[]{0,253}\[([0-9a-f.:]{3,45})\][^\n]{0,300}?\breject=|\bIP name lookup failed \[([0-9a-f.:]{3,45})\]|,[0-9a-f.:[\]]{3,60}:\d{1,5},\[?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f:]{2,45})\]?:\d{1,5},>,5\d\d\b/gi;
const MAX_CLIENT_REFUSALS = 20;

/**
 * The relay refusal a mail server logged for a client on a private network (an app server, a container, a VPN
 * host): that server is the sending side's own, since Mailgun never delivers from such an address. The words that
 * show it and the client's address, or null.
 */
export function internalClientRefusal(text: string): { shown: string; ip: string } | null {
  // (not in a bounce whose returned copy Mailgun delivered: the refusal came after it, inside the recipient's network,
  // its gateway passing the message on to an inner hub)
  if (!/reject|lookup failed|,>,5/i.test(text) || MAILGUN_DELIVERED_COPY.test(text)) return null;
  let seen = 0;
  for (const m of text.matchAll(CLIENT_REFUSED)) {
    if (++seen > MAX_CLIENT_REFUSALS) break;
    const ip = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const end = text.indexOf('\n', m.index);
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, end === -1 ? undefined : end);
    // (what shows the client and the server's kind: `reject: RCPT from name[10.0.0.5]`, not the whole long line)
    // (not Mailgun's delivery behind the server's NAT: its machine's name or its bounce address on the line)
    if (isPrivateAddress(ip) && RELAY_LINE.test(line) && !MAILGUN_DELIVERY.test(line)) return { shown: m[0], ip };
  }
  return null;
}

/** Postfix's own relay refusal of a client, with the envelope sender's domain (group 1). */
const OWN_USER_REFUSED = /\breject: RCPT from [^\n]{0,300}?: [45]\d\d [45]\.\d{1,3}\.\d{1,3} <[^>\n]{0,254}>: Relay access denied; from=<[^@>\s]{1,64}@([a-z0-9.-]{1,253})>/gi;

/**
 * A Postfix server refusing to relay for one of its own users: the envelope sender is at the server's own domain (its
 * `myhostname` or `mydestination`, as the paste's main.cf shows them), so a person of that office connected from outside
 * (a home office, a phone) without logging in. The sending side's own server, not the recipient's. Its name, or null.
 */
export function ownUserRefusal(text: string): string | null {
  if (!text.includes('reject: RCPT from') || !/^[ \t]*(?:myhostname|mydestination)[ \t]*=/m.test(text)) return null;
  const hostname = /^[ \t]*myhostname[ \t]*=[ \t]*([a-z0-9.-]{3,253})/im.exec(text)?.[1]?.toLowerCase() ?? null;
  const own = new Set((/^[ \t]*mydestination[ \t]*=([^\n]{0,500})/im.exec(text)?.[1] ?? '').toLowerCase().split(/[\s,]+/).filter((d) => d.includes('.') && !d.startsWith('$')));
  if (hostname && hostname.indexOf('.') > 0) own.add(hostname.slice(hostname.indexOf('.') + 1));
  let seen = 0;
  for (const m of text.matchAll(OWN_USER_REFUSED)) {
    if (++seen > MAX_CLIENT_REFUSALS) break;
    if (own.has(m[1]!.toLowerCase()) && !MAILGUN_DELIVERY.test(m[0])) return hostname ?? m[1]!.toLowerCase();
  }
  return null;
}

/** A returned message's header that shows Mailgun delivered it: received from its machine, its own Sid, its bounce address. */
const MAILGUN_DELIVERED_COPY = /^[ \t]*(?:received: from [\w.-]{1,100}\.mailgun\.net\b|x-mailgun-sid:|return-path: <bounce\+)/im;

/** Mailgun delivering: its outbound machines' names (`m159-135-228-41.mailgun.net`) or its bounce address (`bounce+...@`). */
const MAILGUN_DELIVERY = /\.mailgun\.net\b|<bounce\+/i;

/** The private address of the client a server's log line (or a shortened excerpt of it) shows refused, or null. */
export function privateClientIn(line: string): string | null {
  const m = new RegExp(CLIENT_REFUSED.source, 'i').exec(line);
  const ip = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!) : null;
  return ip && isPrivateAddress(ip) ? ip : null;
}

/**
 * The mail server that refused a client, by the words of its refusal (as internalClientRefusal shows them, or an evidence
 * excerpt cut short: Exim's line starts `H=`, Postfix's says "Relay access denied").
 */
export function refusingMta(shown: string): 'postfix' | 'exim' | 'sendmail' | 'exchange' | null {
  if (/,>,5\d\d/.test(shown)) return 'exchange';
  if (/\breject: RCPT from\b/i.test(shown)) return 'postfix';
  if (/\brejected RCPT\b|^H=/i.test(shown)) return 'exim';
  if (/\breject=|IP name lookup failed/i.test(shown)) return 'sendmail';
  if (/\brelay access denied\b/i.test(shown)) return 'postfix';
  return null;
}

interface ProbeScan {
  lines: string[];
  probes: Set<number>;
  /** Lines of the server refusing other outside clients (STRANGER_REFUSED). */
  strangers: Set<number>;
  otherFailure: boolean;
}

function scanProbes(text: string): ProbeScan | null {
  if (!PROBE_CUE.test(text) && !STRANGER_CUE.test(text)) return null;
  const lines = text.split('\n');
  const probes = new Set<number>();
  const strangers = new Set<number>();
  let otherFailure = false;
  lines.forEach((line, index) => {
    // (a client on the server's own private network is no prober from outside: an app server, a container, refused)
    // (nor is Mailgun delivering: its machine's name or its bounce address)
    const outsider = () => !isPrivateAddress(CLIENT_ADDRESS.exec(line)?.[1] ?? '') && !MAILGUN_DELIVERY.test(line);
    if (PROBE_LINE.test(line) && outsider()) probes.add(index);
    else if (STRANGER_REFUSED.test(line) && outsider()) strangers.add(index);
    else if (!otherFailure && OTHER_FAILURE.test(line)) otherFailure = true;
  });
  return probes.size > 0 || strangers.size > 0 ? { lines, probes, strangers, otherFailure } : null;
}

/** The paste with the open-relay probes and other refused strangers of a server's log blanked (same length), when it shows another failure. */
export function withoutRelayProbes(text: string): string {
  const scan = scanProbes(text);
  if (!scan?.otherFailure) return text;
  return scan.lines.map((line, index) => (scan.probes.has(index) || scan.strangers.has(index) ? ' '.repeat(line.length) : line)).join('\n');
}

/** A line's last number 0, with a unit word and a table's closing bar after it (`= 0`, `: 0 events`, `| 0 |`). */
// (one run of blanks on each side of the optional bar: two runs side by side would be tried at every split)
const ZERO_TAIL = /0(?:[ \t]+(?:events?|errors?|hits?|occurrences?|times|messages?))?[ \t]*(?:\|[ \t]*)?$/m;
const ZERO_TAIL_LINE = new RegExp(ZERO_TAIL.source);
/** Columns of a table's row: a tab, or a run of two or more spaces between words. */
const COLUMN_GAP = /\S(?:\t| {2,})\S/;
const LOG_LINE_START = /^[ \t]*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d\d|[A-Z][a-z]{2} {1,2}\d{1,2} )/;
const CELL_GAP = /\t| {2,}/;
const MAX_CELLS = 6;
const LOG_FIELDS = /\b[\w.-]{1,40}=(?=\S)/g;
/** The quoted title a reading counts, just before its `=`, `:` or arrow and the 0 (not a log line's other quoted fields). */
const READING_TITLE = /(?:"[^"\n]{0,200}"|\u201c[^\u201d\n]{0,200}\u201d)(?=[ \t]*(?:=|:|→|->)[ \t]*0(?!\d))/g;

/**
 * What a line ending in a 0 is: a reading (`"... Relaying denied (mxa/mxb)" = 0`, "relay denied errors: 0"), a table's cell
 * (`| "535 5.7.0 ..." | 0 |`, `outbound-smtp  smtp.mailgun.org:587  550 relay den  0`), or neither.
 */
function zeroCount(line: string): 'reading' | 'cell' | null {
  const tail = ZERO_TAIL_LINE.exec(line);
  if (!tail) return null;
  const head = line.slice(0, tail.index);
  const before = head.trimEnd();
  if (/(?:=|:|→|->)$/.test(before)) return 'reading';
  const markdownRow = line.trimStart().startsWith('|') && before.endsWith('|');
  // (a table's row of a few cells, not a log's line, which starts with its time and ends with counters of its own:
  // MailEnable's `05/28/24 11:42:07<TAB>SMTP-OU<TAB>...<TAB>550 5.7.1 Relaying denied<TAB>0<TAB>0`)
  const columns = before !== head && (head.endsWith('\t') || head.endsWith('  ')) && (COLUMN_GAP.test(before) || head.endsWith('\t'));
  const tableRow = columns && !LOG_LINE_START.test(line) && line.split(CELL_GAP, MAX_CELLS + 1).length <= MAX_CELLS;
  return markdownRow || tableRow ? 'cell' : null;
}

/**
 * The paste with its zero counts of a refusal blanked (same length). A monitoring panel's or a count's reading of zero for a
 * relay refusal (`Grafana panel: "Mailgun inbound: Relaying denied (mxa/mxb) — last 24h" = 0`, "relay denied errors: 0"), or a
 * table's row counting zero of any refusal, says that refusal did not happen there: no evidence of it, nor of the side its
 * title names.
 */
export function withoutZeroReadings(text: string): string {
  if (!ZERO_TAIL.test(text)) return text;
  const lines = text.split('\n');
  return lines.map((line, index) => {
    const count = zeroCount(line);
    // (a reading's own number only: not a line whose relay refusal is told before a count, "550 5.7.1 Relaying denied; retries: 0";
    // a code in the reading's quoted title counts as its name, `"550 5.7.1 Relaying denied — last 24h" = 0`)
    // (nor a log line's last field, `... status=554 detail="5.7.1 ... Relay access denied" retries=0`: its other fields tell the event)
    const reading = count === 'reading' && RELAY_LINE.test(line) && !SERVER_REPLY.test(line.replace(READING_TITLE, '""')) && (line.match(LOG_FIELDS) ?? []).length < 2;
    // (a count's cell of its own: the row's error, a relay refusal or another, did not happen there)
    // (only under a header whose last column counts: not a table's Retries or Attempts column)
    const cell = count === 'cell' && (RELAY_LINE.test(line) || REPLY_CODE.test(line)) && countsInLastColumn(lines, index);
    return reading || cell ? ' '.repeat(line.length) : line;
  }).join('\n');
}

/** Whether the header of the table that line `index` belongs to (the first line of its block) names its last column a count. */
function countsInLastColumn(lines: readonly string[], index: number): boolean {
  let first = index;
  while (first > 0 && index - first < MAX_TABLE_ROWS && lines[first - 1]!.trim() !== '') first--;
  const cells = lines[first]!.split(/\||\t| {2,}/).map((cell) => cell.trim()).filter(Boolean);
  const last = cells.at(-1) ?? '';
  return COUNT_HEADER.test(last) && !/\b(?:retr|attempt)/i.test(last);
}
const MAX_TABLE_ROWS = 50;
const COUNT_HEADER = /\b(?:count|total|hits|events?|errors?|occurrences|number|sum|n)\b|\(\d{1,3}[hd]\)|\b\d{1,3}[hd]\b|^#$/i;
/** A server's reply code with its status code, or after `said:`: a refusal that happened, whatever count follows it. */
const SERVER_REPLY = /(?<![\w.:/#-])[45][0-5]\d[ -](?:[45]\.\d{1,3}\.\d{1,3}|relay)|\bsaid:/i;

/** The first probe line, when a server's refusals of open-relay probes are all the paste's failures; else null. */
export function onlyRelayProbes(text: string): string | null {
  const scan = scanProbes(text);
  // (the set keeps the order the lines were scanned in: its first is the first probe)
  return scan && !scan.otherFailure && scan.probes.size > 0 ? scan.lines[scan.probes.values().next().value!]!.trim() : null;
}
