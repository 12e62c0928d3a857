/**
 * Repairs what a bad copy does to an error, before anything reads it:
 * - OCR of a screenshot reads 0 as O and 1 as l or I in codes ("55O 5.7.l"), m as rn
 *   ("rnxa.rnailgun.org"), and keeps a table's borders as `|`;
 * - copying a web page's panel loses the line breaks between its labels and values
 *   ("Recipientj.haas@x.exampleSeveritypermanentMX hostmail.x.example").
 * Only shapes no real error has are repaired: a code with a letter in it, a Mailgun host with
 * "rn", labels glued to values three times on one line, a line framed by `|`.
 */

/**
 * A reply code or an enhanced code with OCR's letters for digits, Mailgun's name with "rn" for "m", or the person saying the
 * text is OCR's ("OCR of the bounce", "durch OCR gejagt"; not "our OCR service"): not a look-alike host alone, which may
 * be a real typo in a setting.
 */
const OCR_CUE = /\bocr(?:'d|ed)\b|\bocr[ \t]+(?:of|from|output|gave|result|text|version|copy|scan|below|above|note|mangled|misread|messed|garbled|scrambled)\b|\bocr[ \t]*:|\b(?:the|this|an)[ \t]+ocr\b(?![ \t]+(?:service|tool|software|api|engine|feature|app|library))|\b(?:through|via|with|by|durch|per|por|par)[ \t]+(?:an?[ \t]+|the[ \t]+)?ocr\b|(?<![\w.])[245](?:\d[OolI]|[OolI]\d)[ -]|(?<![\w.])[245]\.(?:[0-9]{0,2}[OolI]|[0-9]{1,3}\.[0-9]{0,2}[OolI])|rnailgun|RNAILGUN|\bRCPT[ \t]+T0\b|\bMAIL[ \t]+FR0M\b|\bre[1I]ay|\bden(?:[1l]ed|[ \t]ied)\b/i;

// (O and o for 0, l and I for 1; only inside what must be a code)
const ocrDigits = (s: string): string => s.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
const hasOcrLetter = (s: string): boolean => /[OolI]/.test(s);

/**
 * Words of mail errors OCR reads with "rn" for each "m" ("rnessage", "Ternporary failure"): none of
 * the misread forms is a word, so they are safe to repair wherever they stand.
 */
const RN_WORDS = ['message', 'messages', 'mail', 'email', 'e-mail', 'mailbox', 'mailer', 'system', 'command', 'temporary', 'permanent', 'remote', 'information', 'administrator', 'administrators', 'domain', 'from', 'smtp', 'name', 'number', 'permitted', 'example'];
const RN_FORMS = new Map(RN_WORDS.map((word) => [word.replace(/m/g, 'rn'), word]));
const RN_WORD = new RegExp(String.raw`\b(?:${[...RN_FORMS.keys()].join('|')})\b`, 'gi');
const RN_CUE = /rn(?:ail|essage|ote|porary|anent|ain|and|ation|itted|x[ab]\.)|systern|frorn|srntp|narne|nurnber|exarnple/i;

/** The repaired word, in the case the OCR gave it ("Ternporary" → "Temporary", "RNAIL" → "MAIL"). */
function rnRepaired(found: string): string {
  const word = RN_FORMS.get(found.toLowerCase())!;
  if (found === found.toUpperCase()) return word.toUpperCase();
  return found[0] === found[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** `5.7.l`, `(#5.7.l)`, `5.1.1O`: an enhanced status code (class 2, 4 or 5). */
const OCR_ENHANCED = /(?<![\w.])[245]\.[0-9OolI]{1,3}\.[0-9OolI]{1,3}(?![\w.])/g;
/** `55O` before an enhanced code or the reply's words: a reply code with at least one real digit after the first. */
const OCR_REPLY = /(?<![\w.:/#-])[245](?=[0-9OolI]{2})(?:\d[OolI]|[OolI]\d)(?=[ -](?:[245]\.[0-9OolI]|[A-Za-z<(#])|[ \t]*(?:\n|$)|[,;)])/g;
/** The "rn" of a host name's first label OCR made of "m": rnx1.example.com, rnail.protection.outlook.com. */
const OCR_HOST_LABEL = /(?<![\w.-])rn(?=(?:x\d{0,2}|x[ab]|ail)\.[a-z0-9-]+\.)/g;
/** A word OCR broke with a 1 for an l ("b1ock", "Unfortunate1y"), on a paste that shows OCR damage. */
// (a word of its own: not a piece of an address, a host, a path or a token)
const OCR_WORD = /(?<![@./\\_=:-])\b([A-Za-z]*[a-z])1([a-z][A-Za-z]*)\b(?![@._/=-]\w)/g;

const OCR_CAPITAL_I_WORD = /(?<![@./\\_=:-])\b([A-Za-z]*[a-z])I([a-z]+)\b(?![@._/=-]\w)/g;

/** A Mailgun host's name, each of its letters as OCR may read it: mxa/mxb or smtp, the EU label, mailgun.org. */
const MAILGUN_HOST_OCR = /(?<![\w.-])(?:(?:m|rn)x[ab]\.|s(?:m|rn)tp\.)?(?:eu\.)?(?:m|rn)ai[l1I]gun\.[o0]rg(?![\w-])/gi;

function repairOcr(text: string, said: boolean): { text: string; damaged: boolean } {
  let damaged = false;
  const mark = (fixed: string, original: string): string => {
    if (fixed !== original) damaged = true;
    return fixed;
  };
  let out = text
    .replace(OCR_ENHANCED, (m) => mark(hasOcrLetter(m) ? ocrDigits(m) : m, m))
    .replace(OCR_REPLY, (m) => mark(ocrDigits(m), m))
    .replace(/\bRCPT([ \t]+)T0\b/g, (m, space: string) => mark(`RCPT${space}TO`, m))
    .replace(/\bMAIL([ \t]+)FR0M\b/g, (m, space: string) => mark(`MAIL${space}FROM`, m))
    // ("Re1aying denied", "ReIaying denied": the error's own word, with a 1 or a capital I for its l)
    .replace(/\b(re)[1I](ay(?:ing|ed)?)\b/gi, (m, start: string, end: string) => mark(`${start}l${end}`, m))
    // ("den1ed", "den ied": its other word, with a 1 for its i, or broken by a blank)
    .replace(/\b(den)(?:[1l]|[ \t](?=ied\b)i)(ed)\b/gi, (m, start: string, end: string) => mark(`${start}i${end}`, m))
    // Mailgun's hosts with their .org, however OCR broke them ("rnxa.rnai1gun.0rg", "srntp.eu.maiIgun.org"): no other name is so
    .replace(MAILGUN_HOST_OCR, (m) => {
      const host = m.toLowerCase().replace(/^rn|^srntp/, (start) => (start === 'rn' ? 'm' : 'smtp')).replace(/(?:m|rn)ai[l1i]gun\.[o0]rg$/, 'mailgun.org');
      return host === m.toLowerCase() ? m : mark(host, m);
    })
    // Mailgun's hosts: no real name holds "rnailgun"; rnxa/rnxb before it are mxa/mxb.
    .replace(/\b(?:rn(x[ab]\.(?:eu\.)?))?rnailgun\b/gi, (m, mx: string | undefined) => mark(`${mx ? `m${mx}` : ''}mailgun`, m))
    // (and its l read as a capital I or a 1: "smtp.eu.maiIgun.org")
    .replace(/\bmai[I1]gun\b/g, (m) => mark('mailgun', m))
    // (Mailgun's inbound hosts alone: no real host is named rnxa or rnxb before mailgun)
    .replace(/\brn(x[ab]\.(?:eu\.)?mailgun\.)/gi, (m, mx: string) => mark(`m${mx}`, m))
    .replace(RN_WORD, (m) => mark(rnRepaired(m), m));
  // (a name's copies told apart only where OCR is said or shown: an ordinary word's "rn", "international", is no damage)
  const reconciled = damaged || said ? reconcileNames(out) : out;
  if (reconciled !== out) {
    damaged = true;
    out = reconciled;
  }
  if (damaged) {
    out = out
      .replace(OCR_WORD, (m, before: string, after: string) => (m.length >= 4 && m.length <= 20 ? `${before}l${after}` : m))
      // (and with a capital I for an l inside a lower-case word: "bIock", "Unfortunately" read as "UnfortunateIy")
      .replace(OCR_CAPITAL_I_WORD, (m, before: string, after: string) => (m.length >= 4 && m.length <= 20 ? `${before}l${after}` : m))
      // A host name's first label: "rnx1.", "rnail." are "mx1.", "mail." (no real host starts so).
      .replace(OCR_HOST_LABEL, 'm')
      // Mailgun's name with a 1 or an I for its l ("smtp.mai1gun.org"), where OCR misread other things too.
      .replace(/\bmai[1I]gun\./g, 'mailgun.')
      // (and its top-level domain with a zero for its o, "smtp.mailgun.0rg"; a setting's "0ff")
      .replace(/\bmailgun\.0rg\b/gi, 'mailgun.org')
      .replace(/(:[ \t]*)0ff\b/gi, '$1off')
      // (a mail host's first label with a 1 for its l: "mai1.x.de", "gmai1.com")
      .replace(/(?<![\w.-])((?:g|hot|e|web)?mai)1(?=\.[a-z]{2,}|\.[a-z0-9-]+\.)/g, '$1l');
  }
  return { text: out, damaged };
}

/** A person's correction of a misread name: "should be x.co", "the real address is a@x", "the domain is x.cz". */
const CORRECTION_SAID = /\b(?:should[ \t]+be|(?:the[ \t]+)?(?:real|right|correct|actual)[ \t]+(?:e-?mail[ \t]+)?(?:address|domain|name|spelling)[ \t]+is|the[ \t]+domain[ \t]+is|(?:it's|it[ \t]+is)[ \t]+actually|(?:(?:address|adres|e-?mail)[ \t]*:[ \t]*|\bno,[ \t]*)(?:it's|it[ \t]+is)(?=[ \t]+[\w.%+-]{1,64}@))[ \t:]+<?([a-z0-9][\w.@-]{2,200})/gi;
/** A name: a host or an address, labels between dots or an @. */
const NAME = /[A-Za-z0-9][\w-]{0,62}(?:[.@][A-Za-z0-9][\w-]{0,62}){1,8}/g;
/** How many names a paste's reconciliation reads (an OCR'd screenshot holds a few dozen). */
const NAMES_READ = 2000;
/** A label's OCR-blind form: "rn" and "m", "1", "i" and "l", "0" and "o" alike. */
const ocrFold = (label: string): string => label.replace(/rn/g, 'm').replace(/[1i]/g, 'l').replace(/0/g, 'o');
/** How much of OCR's damage a label may carry: its "rn"s, and its digits 1 and 0 between letters ("bi11ing"; not "mx1", a name's own number). */
// (or a 1 or 0 opening a word of letters, "1ogistics")
const ocrMarks = (label: string): number => (label.match(/rn|(?<=[a-z])[10]+(?=[a-z])|(?:^|(?<=-))[10](?=[a-z]{3})/g) ?? []).length;

/**
 * The labels of a paste's names that OCR misread in one copy and read right in another ("k.schrnidt@x" in an event's
 * field, "k.schmidt@x" in its message; "bi11ing" beside "billing"; the person's own "should be luminacreative.co"): each
 * damaged copy as the clean one. Only labels of three characters or more with two letters, so an IP's digits stay.
 */
function reconcileNames(text: string): string {
  // (the person's own reading, "should be luminacreative.co", "it's m.kowalski@x": its labels win, whichever way OCR misread, short
  // ones too)
  const corrected = new Set<string>();
  for (const m of text.matchAll(CORRECTION_SAID)) for (const label of m[1]!.toLowerCase().split(/[.@]/)) corrected.add(label);
  const correctedFolds = new Set([...corrected].map(ocrFold));
  const variants = new Map<string, Set<string>>();
  let read = 0;
  for (const m of text.matchAll(NAME)) {
    if (++read > NAMES_READ) break;
    for (const label of m[0].split(/[.@]/)) {
      const short = label.length < 3 || (label.match(/[a-z]/g) ?? []).length < 2;
      if (label !== label.toLowerCase() || (short && !correctedFolds.has(ocrFold(label)))) continue;
      const fold = ocrFold(label);
      const known = variants.get(fold);
      if (known) known.add(label);
      else variants.set(fold, new Set([label]));
    }
  }
  const cleanOf = new Map<string, string>();
  for (const labels of variants.values()) {
    if (labels.size < 2) continue;
    const said = [...labels].filter((label) => corrected.has(label));
    if (said.length === 1) {
      for (const label of labels) if (label !== said[0]) cleanOf.set(label, said[0]!);
      continue;
    }
    // (only a damaged copy is read as the clean one, and only where one copy is clean: two clean labels alike, "mail" and "mall",
    // are two names, and neither is another's damage)
    const clean = [...labels].filter((label) => ocrMarks(label) === 0);
    if (clean.length === 1) for (const label of labels) if (ocrMarks(label) > 0) cleanOf.set(label, clean[0]!);
  }
  if (cleanOf.size === 0) return text;
  return text.replace(NAME, (name) => name.replace(/[^.@]+/g, (label) => cleanOf.get(label) ?? label));
}

/** The labels of Mailgun's log detail panel, as it capitalises them (longest first where one starts another). */
const PANEL_LABELS = [
  'Delivery status', 'Server response', 'Sending domain', 'Session seconds', 'Attempt no', 'Attempt', 'Recipient', 'Subject',
  'Severity', 'Reason', 'MX host', 'Message', 'Code', 'From', 'To', 'TLS', 'Event', 'Timestamp', 'Status',
];
/** A label glued to the value before it (a lower-case letter, a digit, AM/PM) and to its own value. */
const GLUED_LABEL = new RegExp(String.raw`(?<=[a-z0-9.)>\]]|[AP]M)(${PANEL_LABELS.join('|')})(?=[^\s"':=,;])`, 'g');
/** The Logs table's events, as it names them. */
const LOGS_EVENTS = 'Failed|Delivered|Accepted|Rejected|Opened|Clicked|Stored|Complained|Unsubscribed|Permanent failure|Temporary failure';
/**
 * A Logs table's row copied with its columns glued: "06/13/2024 09:41:22 AMFailedbiuro@x.plServer response: 553 ...": its
 * time, event, recipient and details apart again (the address ends where the details' capital letter starts).
 */
const GLUED_LOGS_ROW = new RegExp(String.raw`(\d:\d\d(?::\d\d)?[ \t]?[AP]M)(${LOGS_EVENTS})([^\s@]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24})(?=[A-Z]|[ \t]*$)`, 'gm');
const GLUED_ROW_START = new RegExp(String.raw`[AP]M(?:${LOGS_EVENTS})[^\s@]{1,64}@`);
/** The same, as a quick test: the character before consumed, not looked behind for at every position (6x faster). */
const ANY_GLUED_LABEL = new RegExp(String.raw`(?:[a-z0-9.)>\]]|[AP]M)(?:${PANEL_LABELS.join('|')})(?=[^\s"':=,;])`);
/** An event's name glued to the date after it ("FailedMay 14, 2024"). */
const GLUED_EVENT = /^(Failed|Delivered|Accepted|Rejected|Permanent failure|Temporary failure)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d)/;
/**
 * A program's print, JSON, code or a CSV header: `{...}`, `":`, `=>`, a call `f(`, `a,b` without spaces;
 * or a form body, URL-encoded (`&error=550+...`, `%22To%22`).
 */
const STRUCTURED_LINE = /[{}]|":|=>|\w\(|,\w|%[0-9A-F]{2}|&[\w-]{1,40}=/;
/** Three glued labels on one line: a panel copied without its line breaks, not a word that happens to hold one. */
const MIN_GLUED = 3;

function unglueLabels(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // (a program's print of an object, `events.DeliveryStatus{Code:550 ...}` or JSON, names fields the same way)
      if (line.length < 40 || STRUCTURED_LINE.test(line)) return line;
      const glued = line.match(GLUED_LABEL);
      if (!glued || glued.length < MIN_GLUED) return line;
      return line.replace(GLUED_EVENT, '$1\n').replace(GLUED_LABEL, '\n$1: ');
    })
    .join('\n');
}

/**
 * A logs page whose line breaks Slack lost, its labels and entries left two spaces apart ("...  From: a@x  To: b@y
 * Subject: ...  Failed  Permanent  May 17, 2024 ..."): each label back on a line of its own, each entry after a blank line.
 */
// (a run of blanks is tried from its start only: from every position in it, a long run would be quadratic)
const SPACED_LABEL = /(?<![ \t])[ \t]{2,}((?:Event type|Delivery status|Server response|Enhanced code|MX host|Attempt no|Recipient|Subject|Severity|Reason|Message|Domain|Attempt|Code|From|To|TLS|Method|Authenticated):[ \t])/g;
const SPACED_ENTRY = /(?<![ \t])[ \t]{2,}((?:Failed|Delivered|Accepted|Rejected)[ \t]{2,}(?:(?:Permanent|Temporary)[ \t]{2,})?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d)/g;
const SPACED_ENTRY_TEST = new RegExp(SPACED_ENTRY.source);
/** Labels on one line that make it a flattened page: more than one entry's worth. */
const MIN_SPACED_LABELS = 6;
const MIN_FLATTENED_LINE = 200;

function unflattenLogsPage(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length < MIN_FLATTENED_LINE || (line.match(SPACED_LABEL)?.length ?? 0) < MIN_SPACED_LABELS || !SPACED_ENTRY_TEST.test(line)) return line;
      return line.replace(SPACED_ENTRY, '\n\n$1').replace(SPACED_LABEL, '\n$1');
    })
    .join('\n');
}

/**
 * The inside of a line framed by OCR'd table borders, `| a | b |` (the closing border may be lost),
 * when it has at least two borders; else null. (String operations: a pattern with a lazy run before
 * optional trailing white space is quadratic on a long run of spaces.)
 */
function pipeRowInside(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || trimmed.indexOf('|', 1) === -1) return null;
  return trimmed.endsWith('|') && trimmed.length > 1 ? trimmed.slice(1, -1) : trimmed.slice(1);
}
/** A cell that is a label of the log detail panel, so that `| MX host | mx1.x |` reads as `MX host: mx1.x`. */
const LABEL_CELL = new RegExp(String.raw`^(?:${PANEL_LABELS.join('|')}|MX)$`, 'i');
/** A cell that holds a label and its value (`MX host: mx1.x`): a line of its own. */
const LABELLED_CELL = new RegExp(String.raw`^(?:${PANEL_LABELS.join('|')}|MX):\s`, 'i');

/** A line that starts with a border and has no other: a one-column table's (a runbook's pasted transcript). */
const LEFT_BORDER = /^\|(?: |(?=[<>~=*-]))/;
/** Lines in a row that open with a lone border, for them to be taken off. */
const MIN_BORDERED_LINES = 3;

function withoutLeftBorders(lines: string[]): string[] {
  const lone = (line: string) => LEFT_BORDER.test(line) && !line.includes('|', 1);
  return lines.map((line, i) => {
    if (!lone(line)) return line;
    let run = 1;
    for (let j = i - 1; j >= 0 && lone(lines[j]!) && run < MIN_BORDERED_LINES; j--) run++;
    for (let j = i + 1; j < lines.length && lone(lines[j]!) && run < MIN_BORDERED_LINES; j++) run++;
    return run >= MIN_BORDERED_LINES ? line.replace(LEFT_BORDER, '') : line;
  });
}

/** Rows of a table OCR kept the borders of: label/value pairs as `Label: value`, other rows as tab-separated cells. */
function unpipeRows(text: string): string {
  const lines = withoutLeftBorders(text.split('\n'));
  const rows = lines.filter((line) => pipeRowInside(line) !== null).length;
  if (rows < 2) return lines.join('\n');
  return lines
    .map((line) => {
      const inside = pipeRowInside(line);
      if (inside === null) return line;
      // (empty cells between others stay: dropping them would shift the columns after them;
      // the row's leading and trailing empty cells go, as OCR's continuation lines have them)
      const all = inside.split('|').map((cell) => cell.trim());
      const first = all.findIndex((cell) => cell.length > 0);
      if (first === -1) return '';
      const cells = all.slice(first, all.length - [...all].reverse().findIndex((cell) => cell.length > 0));
      // Label, value, label, value...: one `Label: value` line each.
      // (a header row of labels only, `| Status | Time | Code | Recipient |`, is not pairs)
      if (cells.length % 2 === 0 && cells.every((cell, i) => (i % 2 === 0) === LABEL_CELL.test(cell))) {
        return cells.flatMap((cell, i) => (i % 2 === 0 ? [`${cell}: ${cells[i + 1]!}`] : [])).join('\n');
      }
      const labelled = cells.filter((cell) => LABELLED_CELL.test(cell));
      // (a labelled cell goes on its own line; the row keeps the others, empty ones included)
      const rest = cells.filter((cell) => !LABELLED_CELL.test(cell));
      return [...(rest.length > 0 ? [rest.join('\t')] : []), ...labelled].join('\n');
    })
    .join('\n');
}

/** A log entry's first line: an ISO date and time (Exim, many apps), or syslog's `Oct 15 09:14:53`. */
const LOG_ENTRY_START = /^(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)\b/;
const LOG_ENTRY_START_ANYWHERE = new RegExp(LOG_ENTRY_START.source, 'm');
/** How much shorter than the widest a line a terminal wrapped may be (a copy trims trailing blanks). */
const WRAP_SLACK = 5;
const MIN_WRAP_WIDTH = 60;
const OWN_LINE_START = /^(?:[245]\d\d[ -]|[;,)\]}]|at |caused by|nested exception)/i;

/**
 * Log lines a terminal wrapped at its width, copied with the breaks in them (`... T=remote_s` / `mtp_smarthost H=...`):
 * joined back, without a blank, where two or more lines of log entries break at nearly the same width, each followed by
 * a line that starts no entry. A short line ends its entry: a person's words under a log are never joined to it.
 */
function unwrapLogLines(text: string): string {
  const lines = text.split('\n');
  // (not a line that starts something of its own: a server's reply under an entry, `450 4.2.1 ...`, or a stack trace's `;`)
  // (a piece may start with the one blank the break fell on; an indented line is a stack trace's or a listing's;
  // a capitalised word starts a sentence or a trace, `Traceback (...)`, and an address or a host ends a line whole)
  const continues = (i: number) =>
    i + 1 < lines.length && /^ ?\S/.test(lines[i + 1]!) && !LOG_ENTRY_START.test(lines[i + 1]!) && !OWN_LINE_START.test(lines[i + 1]!.trimStart()) &&
    !/^ ?[A-Z][a-z]+\b/.test(lines[i + 1]!) && !/[;:,.]$|[\w-]\.[a-z]{2,24}>?$/.test(lines[i]!);
  // (the lines of entries that go on under them: an entry's first line, or a wrapped piece of one)
  const breaks: number[] = [];
  // (an entry goes on only through its breaks: lines under a short entry are no part of it)
  for (let i = 0; i < lines.length; i++) {
    const inEntry = LOG_ENTRY_START.test(lines[i]!) || breaks.at(-1) === i - 1;
    if (inEntry && continues(i) && lines[i]!.length >= MIN_WRAP_WIDTH) breaks.push(i);
  }
  if (breaks.length < 2) return text;
  const widths = breaks.map((i) => lines[i]!.length);
  const widest = Math.max(...widths);
  if (Math.min(...widths) < widest - WRAP_SLACK) return text;
  const joined = new Set(breaks);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (joined.has(i - 1)) out[out.length - 1] += lines[i]!;
    else out.push(lines[i]!);
  }
  return out.join('\n');
}

/**
 * The words of a refusal a copy's hard wrap may cut in two (`The server response was: 5.7.1 Relaying d` / `enied`, an RDP
 * clipboard's 80 columns): each is joined back where its two pieces stand at a line's end and the next line's start. Only
 * these words: prose wrapped at its width ends its lines with whole words, which no repair may glue together.
 */
const SPLIT_WORDS = new Set([
  'relay', 'relaying', 'denied', 'access', 'rejected', 'refused', 'permitted', 'unable', 'recipient', 'recipients',
  'authentication', 'authenticated', 'unavailable', 'mailbox', 'mailgun',
]);
const SPLIT_WORD = /([A-Za-z]{1,13})\n([a-z]{1,13})\b/g;
/** How long a line a wrap cut must be: a short line ended where its writer ended it. */
const MIN_CUT_LINE = 40;

function joinSplitWords(text: string): string {
  return text.replace(SPLIT_WORD, (whole, head: string, tail: string, at: number) => {
    const word = (head + tail).toLowerCase();
    if (!SPLIT_WORDS.has(word) || SPLIT_WORDS.has(head.toLowerCase()) || SPLIT_WORDS.has(tail)) return whole;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    return at + head.length - lineStart >= MIN_CUT_LINE ? head + tail : whole;
  });
}

/**
 * A Mailgun host name a wrap or OCR broke at a line's end (`host: 'smtp.` / `mailgun.org'`): joined where the two pieces make
 * one of Mailgun's own names, which no prose ends a line with.
 */
const BROKEN_MAILGUN_HOST = /\b((?:smtp|mxa|mxb|api)[.a-z]{0,12})\n[ \t]*([.a-z]{1,16})/gi;
const MAILGUN_HOST_NAME = /^(?:smtp|mxa|mxb|api)\.(?:eu\.)?mailgun\.(?:org|net)$/i;

function joinBrokenMailgunHosts(text: string): string {
  return text.replace(BROKEN_MAILGUN_HOST, (whole, head: string, tail: string) => (MAILGUN_HOST_NAME.test(head + tail) ? head + tail : whole));
}

/** An address in angle brackets broken by a line break (a phone's or a narrow window's copy): `RCPT TO:<b.oyela` / `ran@x.ng>:`. */
const BROKEN_ADDRESS = /<([^<>\s]{1,200})\n([^<>\s]{1,200})>/g;
const WHOLE_ADDRESS = /^[^<>\s@]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/i;

function joinBrokenAddresses(text: string): string {
  // (a head that is whole already, `<a@school.edu` / `.ng>`, is joined too when the tail goes on with the domain)
  return text.replace(BROKEN_ADDRESS, (whole, head: string, tail: string) =>
    WHOLE_ADDRESS.test(head + tail) && (!head.includes('@') || !WHOLE_ADDRESS.test(head) || /^[.-]/.test(tail)) ? `<${head}${tail}>` : whole);
}

/** How many lines, and characters, a wrapped JSON document may span; how many of its lines ending with `}` are tried as its end. */
const MAX_JSON_WRAP_LINES = 60;
const MAX_JSON_WRAP_CHARS = 32 * 1024;
const MAX_JSON_END_TRIES = 4;
/** How many documents' starts are tried in one paste: the work stays bounded whatever the paste repeats. */
const MAX_JSON_STARTS = 20;

/**
 * A JSON document a log viewer hard-wrapped, copied with the breaks inside its strings (`"message":"550 5.7.1 Unable to re` /
 * `lay for ..."`): joined back, without a blank, where the lines do not parse as they are and do once joined. (A line break
 * between JSON's tokens parses as it is, so a document merely laid out on several lines is left alone.)
 */
function unwrapJsonLines(text: string): string {
  const lines = text.split('\n');
  const parses = (candidate: string) => {
    try {
      JSON.parse(candidate);
      return true;
    } catch {
      return false;
    }
  };
  let starts = 0;
  for (let i = 0; i < lines.length && starts < MAX_JSON_STARTS; i++) {
    // (a whole document on its line, as NDJSON has them, is no piece of one; nor a line whose next one starts another)
    if (!/^[ \t]*\{"/.test(lines[i]!) || /^[ \t]*\{"/.test(lines[i + 1] ?? '{"') || (/\}[ \t]*$/.test(lines[i]!) && parses(lines[i]!))) continue;
    starts++;
    let end = i;
    let chars = lines[i]!.length;
    while (end + 1 < lines.length && lines[end + 1]!.trim() !== '' && end - i < MAX_JSON_WRAP_LINES && chars < MAX_JSON_WRAP_CHARS) chars += lines[++end]!.length;
    if (end === i) continue;
    // (its end: a line that closes with `}`, the first few tried, so that words under the document stay out of it)
    let tries = 0;
    for (let last = i + 1; last <= end && tries < MAX_JSON_END_TRIES; last++) {
      if (!/\}[ \t]*$/.test(lines[last]!)) continue;
      tries++;
      const block = lines.slice(i, last + 1);
      if (parses(block.join('\n'))) break;
      const joined = block.join('');
      if (!parses(joined)) continue;
      lines.splice(i, block.length, joined);
      break;
    }
  }
  return lines.join('\n');
}

export interface RepairedCopy {
  text: string;
  /** Characters OCR misread were repaired: the paste was read from a screenshot, and what was not repaired (addresses, names) may be misread too. */
  ocr: boolean;
}

export function repairCopyDamage(text: string): RepairedCopy {
  const said = OCR_CUE.test(text);
  const ocr = said || RN_CUE.test(text) ? repairOcr(text, said) : { text, damaged: false };
  let out = ocr.text;
  if (ANY_GLUED_LABEL.test(out)) out = unglueLabels(out);
  if (GLUED_ROW_START.test(out)) out = out.replace(GLUED_LOGS_ROW, '$1\t$2\t$3\t');
  if (out.includes('|')) out = unpipeRows(out);
  if (out.includes('  ')) out = unflattenLogsPage(out);
  if (LOG_ENTRY_START_ANYWHERE.test(out)) out = unwrapLogLines(out);
  if (out.includes('\n')) out = joinBrokenMailgunHosts(joinSplitWords(out));
  if (out.includes('<')) out = joinBrokenAddresses(out);
  if (out.includes('{"')) out = unwrapJsonLines(out);
  if (out.includes('mailgun.')) out = out.replace(MAILGUN_HOST_TYPO, '$1.org');
  if (RETYPED_WORD.test(out)) out = out.replace(RETYPED_WORDS, (word) => fixedCase(word, RETYPED_FIXES.get(word.toLowerCase())!));
  return { text: out, ocr: ocr.damaged };
}

/**
 * A server's words retyped by hand with a common slip ("not loving your login or pasword", "isnt in my list of alowed
 * rcpthosts"): the words themselves, so the refusal reads as the server's. Only misspellings no language uses as a word.
 */
const RETYPED_FIXES = new Map([
  ['pasword', 'password'], ['passwrod', 'password'], ['passowrd', 'password'], ['paswword', 'password'],
  ['alowed', 'allowed'], ['allwoed', 'allowed'], ['alloed', 'allowed'], ['acess', 'access'], ['accesss', 'access'],
  ['permited', 'permitted'], ['authenication', 'authentication'], ['autentication', 'authentication'], ['authentcation', 'authentication'],
  ['unkown', 'unknown'], ['unknwon', 'unknown'], ['recipent', 'recipient'], ['recipiant', 'recipient'], ['reciepient', 'recipient'],
  ['unavailible', 'unavailable'], ['unavaliable', 'unavailable'], ['unavailalbe', 'unavailable'],
]);
// (a word of prose only: not a setting's value, `MAIL_PASSWORD=pasword`, nor an address's part, `pasword@x.com`)
const RETYPED_SOURCE = String.raw`(?<![\w.@=:/'"-])(?:${[...RETYPED_FIXES.keys()].join('|')})(?![\w@.=-])`;
const RETYPED_WORD = new RegExp(RETYPED_SOURCE, 'i');
const RETYPED_WORDS = new RegExp(RETYPED_SOURCE, 'gi');
/** The repaired word in the slip's case: "Pasword" → "Password", "PASWORD" → "PASSWORD". */
const fixedCase = (typed: string, word: string): string => (typed === typed.toUpperCase() ? word.toUpperCase() : /^[A-Z]/.test(typed) ? word[0]!.toUpperCase() + word.slice(1) : word);

/** Mailgun's host typed with its top-level domain mistyped, "smtp.mailgun.og" (no such domain exists; not ".com", a real wrong host). */
const MAILGUN_HOST_TYPO = /\b((?:smtp|mxa|mxb)\.(?:eu\.)?mailgun)\.(?:og|ogr|rog|orgg|prg|irg|orh|ord|ogg)\b/gi;
