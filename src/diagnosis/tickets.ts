/**
 * Several tickets pasted together, each under a header that says whether it is closed or still open
 * ("=== ticket 1 (done) ===", "---- #51877 (solved) ----", "---- #51940 (OPEN) ----"): the open one is
 * the question. The closed ones' errors are context, and an old relay refusal among them must not
 * decide the answer for a new, different error.
 */

/** A ticket's header: a name or number, its state in brackets, on a line of its own (rules of = - # * around it allowed). */
const TICKET_HEADER = /^[ \t]*[=\-#*_]{0,8}[ \t]*(?:(?:ticket|case|issue|request|tkt)\b[^\n()]{0,40}?|#\d{2,12}[^\n()]{0,20}?)\((?:[^()\n]{1,40},[ \t]*)?(done|solved|resolved|closed|fixed|open|still open|new|pending|current)\)[ \t]*[=\-#*_]{0,8}[ \t]*$/i;
/** A cheap cue for a closed ticket's header, looked for before any per-line work (its name may come first: "(Quillfeather Press, closed)"). */
const CLOSED_CUE = /\((?:[^()\n]{1,40},[ \t]*)?(?:done|solved|resolved|closed|fixed)\)/i;
/** A rule line of its own that ends a ticket pasted as an example: `---`. */
const RULE_LINE = /^[ \t]*-{3,}[ \t]*$/;
const OPEN_STATES = new Set(['open', 'still open', 'new', 'pending', 'current']);
/** An error of the open ticket's own: a reply code or an enhanced status code. */
const OWN_ERROR = /(?<![\w.:/#-])[245]\d\d[ -]|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;
/** The open ticket says the closed one's error is back ("same error is back", "again", "still"). */
const BACK = /\b(?:same|again|back|still)\b/i;
/** Pastes hold a few tickets; past this many lines the paste is a log, not a queue. */
const MAX_LINES = 2000;

/**
 * A queue's row, one ticket to a line, its state a column of its own: `#88412  CLOSED  Lunafield Apps  Mailgun log: ... Solved.`,
 * `#88451  OPEN  Pinewood Dental  <-- needs an answer today`.
 */
const QUEUE_ROW = /^[ \t]*#?\d{2,12}(?:[ \t]{2,}|\t)(done|solved|resolved|closed|fixed|open|new|pending)(?:[ \t]{2,}|\t)\S/i;
const QUEUE_CLOSED_CUE = /\d(?:[ \t]{2,}|\t)(?:done|solved|resolved|closed|fixed)(?:[ \t]{2,}|\t)/i;

/** The paste with its closed tickets' lines blanked (same length), when an open ticket stands beside them; else the paste. */
export function withoutClosedTickets(text: string): string {
  const rowsLeft = QUEUE_CLOSED_CUE.test(text) ? withoutClosedQueueRows(text) : text;
  const sectionsLeft = CLOSED_CUE.test(rowsLeft) ? withoutClosedSections(rowsLeft) : rowsLeft;
  return QUOTED_TICKET_CUE.test(sectionsLeft) ? withoutQuotedClosedTicket(sectionsLeft) : sectionsLeft;
}

/** "Last time", which places what it quotes in the past ("Last time (August) it was this:"). */
const LAST_TIME = String.raw`\blast time\b|\bla otra vez\b|\bla volta scorsa\b|\bletztes mal\b|\bla dernière fois\b|\bda última vez\b|\bvorige keer\b`;
/**
 * Last week's, month's or year's case, "(1) semana passada — JÁ RESOLVIDO, a rota encaminhava ...:", "Last year they had the
 * "Relay access denied" problem (...), fixed by their IT in Feb:". Named so alone, it is set aside only beside a server's error
 * of today: told in words only ("today they still get relaying denied"), the old case may be what goes on.
 */
const LAST_PERIOD = String.raw`\blast (?:week|month|year)\b|\b(?:semana|mês|ano) passad[oa]\b|\b(?:semana|mes|año) pasad[oa]\b|\b(?:semaine|année) dernière\b|\bmois dernier\b|\bletzte[nrs]? (?:woche|monat|jahr)\b|\b(?:settimana|anno) scors[oa]\b|\bmese scorso\b|\bvorige (?:week|maand)\b|\bvorig jaar\b`;
/** An old case by its name: "o antigo ticket dele", "the previous case". */
// (letter edges as a class, not \p{L}: the cue built on it scans every paste, and a unicode-mode pattern scans slower)
const OLD_CASE = String.raw`(?<![a-zà-ÿ])(?:old|older|previous|earlier|antigo|antiga|anterior|viejo|vieja|ancien|ancienne|alte[nrs]?|vorherige[nrs]?|vecchio|vecchia|oude)[ \t]+(?:ticket|case|chamado|caso|fall|incident)(?![a-zà-ÿ])`;
/** A case of the past: last week's, month's or year's, or an old ticket. */
const PAST_CASE = String.raw`${LAST_PERIOD}|${OLD_CASE}`;
/** A ticket or the context it is given as, in the languages of the pastes: "ticket", "#88412", "for context", "last time", "Dla kontekstu", "Para contexto", "チケット", "参考". */
const NAMED_CASE_WORDS = String.raw`\bticket\b|#\d{3,12}\b|\bfor (?:context|reference)\b|${LAST_TIME}|\bdla kontekstu\b|\bpara contexto\b|\bpour (?:contexte|info)\b|\bzur info\b|\bter info\b|\bper contesto\b|\bter context\b|\bzgłoszeni|\bchamado\b|チケット|参考`;
const CASE_WORDS = `${NAMED_CASE_WORDS}|${LAST_PERIOD}`;
/** A case named otherwise than by its time alone. */
const NAMED_CASE = new RegExp(NAMED_CASE_WORDS, 'i');
/** Said closed or fixed: "closed", "cerrado", "zamknięte", "fermé", "geschlossen", "chiuso", "fechado", "gesloten", "クローズ", "解決". */
const CLOSED_WORDS = String.raw`\b(?:closed|solved|resolved|fixed|cerrad[oa]|resuelt[oa]|zamknięt|rozwiązan|ferm[ée]|résolu|geschlossen|gelöst|chius[oa]|risolt[oa]|fechad[oa]|resolvid[oa]|gesloten|opgelost)|クローズ|解決|完了`;
/**
 * A line that brings in a closed ticket's error, quoted under it (`>`, or a code block): "for context, #88412 was this (closed
 * 12 Sep, the recipient's admin fixed it):", "From the March ticket (closed after Greyfield's IT fixed their relay_domains):",
 * "参考：7月のチケット（解決済み、...）"; or what it was last time: "Last time (August) it was this:".
 */
const QUOTED_TICKET_INTRO = new RegExp(String.raw`^(?=[^\n]{0,300}?(?:${CASE_WORDS}))(?=[^\n]{0,300}?(?:${CLOSED_WORDS}))[^\n]{0,600}[:：)）][ \t]*$|^[^\n]{0,300}?(?:${LAST_TIME})[^\n]{0,60}?\b(?:it was|was|we had|they had|era|war|c'était|foi)\b[^\n]{0,60}[:：][ \t]*$`, 'i');
const QUOTED_TICKET_CUE = new RegExp(String.raw`(?:${CLOSED_WORDS}|${LAST_TIME})[^\n]{0,300}[:：)）][ \t]*\n[ \t]*(?:[>|]|\n)|(?:${CASE_WORDS})[^\n]{0,200}?(?:${CLOSED_WORDS})|(?:${PAST_CASE})[^\n]{0,300}?["“„«'](?:[45]\d\d[ -]|[45]\.\d{1,3}\.\d{1,3}[ \t])`, 'i');
/** The old case named in the sentence that brings its error in: the ticket, its state, last time, or "here it is". */
const OLD_CASE_NAMED = new RegExp(String.raw`(?:${CASE_WORDS})|(?:${CLOSED_WORDS})|(?:${LAST_TIME})|\b(?:here it is|it was this|this was it|was this)\b`, 'i');
/** A closed case named before the error its line tells: the ticket or the context, and closed or fixed, before the code. */
const PAST_VERB = /(?<![\p{L}])(?:war|was|were|era|était|foi|fue|had|hatten|hatte|tuvieron|tiveram|avaient)(?![\p{L}])/iu;
/** An error "had", a thing of its own time: "last month they had "550 ..."". */
const HAD_VERB = /(?<![\p{L}])(?:had|hatten|hatte|tuvieron|tiveram|avaient)(?![\p{L}])/iu;
const OLD_CASE_RE = new RegExp(OLD_CASE, 'i');
const LAST_PERIOD_RE = new RegExp(LAST_PERIOD, 'i');
/**
 * A past case named before a quoted error on its line: an old ticket, or last week's case with its ticket named, then "was"
 * or "had" ("Die 550 von letzter Woche war Ticket #88121, das war "550 ..."", "o antigo ticket dele (#3021) era "550 ...""); or
 * an error last month "had" ("last month they had "550 ...""), or last week's error ("Last week's error was "5.7.1 ...""). Not
 * one going on since then ("Since last week every reply was bounced with "550 ..."").
 */
function inlinePastCase(prefix: string): boolean {
  if (!PAST_VERB.test(prefix)) return false;
  if (OLD_CASE_RE.test(prefix)) return true;
  const period = LAST_PERIOD_RE.exec(prefix);
  if (!period || /\b(?:since|seit|desde|depuis|sinds|dal|dalla)[ \t]+$/i.test(prefix.slice(0, period.index))) return false;
  return NAMED_CASE.test(prefix) || HAD_VERB.test(prefix.slice(period.index)) || PERIOD_ERROR.test(prefix.slice(period.index));
}
/** Last week's error itself: "Last week's error was the "5.7.1 Relaying denied" from Send-MailMessage". */
// (the quote right after it: not "Last week's issue was a wrong port; after fixing it the app gets "550 ..."", today's)
const PERIOD_ERROR = /^[a-z ]{0,12}'s[ \t]+(?:error|bounce|problem|issue|case|one)[ \t]+(?:was|were|is)[ \t]+(?:(?:the|this|that|a|an)[ \t]+)?(?:[\w-]{1,20}[ \t]+){0,2}$/i;
/** Said fixed then, after the quoted error in its sentence: "das gab "550 ...", haben wir letzte Woche gelöst". */
const FIXED_AFTER_QUOTE = new RegExp(String.raw`^[^\n.!?]{0,80}?(?:${LAST_PERIOD}|${LAST_TIME})[^\n.!?]{0,30}?(?:${CLOSED_WORDS})|^[^\n.!?]{0,80}?(?:${CLOSED_WORDS})[^\n.!?]{0,30}?(?:${LAST_PERIOD}|${LAST_TIME})`, 'i');

/** The line after the quote that opens at `at` (its words up to the closing quote skipped). */
function afterQuote(line: string, at: number): string {
  return line.slice(at).replace(/^["“„«'][^"”“»'\n]{0,300}["”“»']/, '');
}

/** Any name of a case: its ticket, its context, its time, an old case. */
const CASE_NAMED_ANYHOW = new RegExp(`${CASE_WORDS}|${OLD_CASE}`, 'i');
/** A failure's code opening a quote ("550 5.7.1 Relaying denied", "5.7.1 Relaying denied"). */
const QUOTED_FAILURE_CODE = /["“„«'](?:[45]\d\d[ -]|[45]\.\d{1,3}\.\d{1,3}[ \t])/;
const INLINE_CLOSED_CASE = new RegExp(String.raw`^(?=[^\n]{0,300}?(?:${CASE_WORDS}))[^\n]{0,300}?(?:${CLOSED_WORDS})`, 'i');

/**
 * A closed ticket's error brought in as context blanked, its introduction with it (the lines quoted with `>` under it, its
 * code block, its logs table's rows, or the error told on the introduction's own line), where the rest shows an error of its
 * own: that error is the question, whatever the customer says of the old one coming back (today's log shows it if it did).
 */
function withoutQuotedClosedTicket(text: string): string {
  const lines = text.split('\n', MAX_LINES + 1);
  if (lines.length > MAX_LINES) return text;
  const blanked = [...lines];
  let namedOnlyByTime = true;
  lines.forEach((line, index) => {
    // (not a line that says the old error goes on or is back: "#88412 is still not resolved, same 550 as before. Latest bounce:")
    // (in its own sentence: a question before it, "Is it relaying denied again?? ... Last time (August) it was this:", asks of today's)
    // (and not its brackets' words, "(fixed, not our side)", "(closed, new route added)": the old case's own story)
    const lastSentence = lastSentenceOf(line);
    const introSentence = lastSentence.replace(BRACKETED, ' ');
    // (and the sentence that brings the block in names the old case itself: not "The customer insists it's the same problem a
    // colleague fixed last month. From /var/log/exim_mainlog:", today's log)
    if (!QUOTED_TICKET_INTRO.test(line) || goesOn(introSentence) || !OLD_CASE_NAMED.test(lastSentence)) return;
    blanked[index] = ' '.repeat(line.length);
    namedOnlyByTime &&= !NAMED_CASE.test(line);
    // (quoted with `>`, or in a code block under an introduction that ends with a colon, which normalizing leaves as a
    // paragraph between blank lines)
    // (a blank line of the person's before the fence makes two)
    if (lines[index + 1]?.trim() === '' && /[:：][ \t]*$/.test(line)) {
      const from = lines[index + 2]?.trim() === '' ? index + 3 : index + 2;
      for (let at = from; at < lines.length; at++) {
        // (a blank line inside the code block, its fences gone, ends it only where the next line is no more of the same log:
        // `Apr 16 08:20:10 pms01 postfix/smtp[4411]: ...`, a blank line, `Apr 16 08:20:11 pms01 postfix/smtp[4411]: ...`)
        if (lines[at]!.trim() === '' && !(at > from && sameLogLine(lines[from]!, lines[at + 1] ?? ''))) break;
        blanked[at] = ' '.repeat(lines[at]!.length);
      }
      return;
    }
    // (or a logs table's rows, `| ma 07-10 09:12 | Failed | ... |`)
    for (let at = index + 1; at < lines.length && /^[ \t]*[>|]/.test(lines[at]!); at++) blanked[at] = ' '.repeat(lines[at]!.length);
  });
  // (or told on the line itself, its error and all: "for context, last week's ticket (closed Thu): a reader's Gmail bounce said
  // "... 550 5.7.1 Relaying denied" for kontakt@x — fixed by adding a route")
  // (or a past case's error quoted on its line, "Die 550 von letzter Woche war Ticket #88121, das war tatsächlich "550 5.7.1
  // Relaying denied", weil ...": a ticket and its time, then "was", before the quoted code)
  // (the words of its own sentence: in "... forse è avv.x@y adesso". Il vecchio ticket era "550 ..."", no error goes on "now")
  lines.forEach((line, index) => {
    const quoted = line.search(QUOTED_FAILURE_CODE);
    const code = quoted !== -1 && (inlinePastCase(line.slice(0, quoted)) || FIXED_AFTER_QUOTE.test(afterQuote(line, quoted))) ? quoted : line.search(FAILURE_CODE);
    if (code === -1 || blanked[index] !== line || !(code === quoted || INLINE_CLOSED_CASE.test(line.slice(0, code)))) return;
    // (from the sentence that names the old case on: those before it are the person's own, "The file holds the SMTP password,
    // not the API key. Last week's error was "5.7.1 ...""; not from a sentence end inside the quoted error, "mxa.x ... 550")
    const named = line.slice(0, code).search(CASE_NAMED_ANYHOW);
    const from = named === -1 ? 0 : named - lastSentenceOf(line.slice(0, named)).length;
    if (goesOn(line.slice(from, code).replace(BRACKETED, ' '))) return;
    blanked[index] = line.slice(0, from) + ' '.repeat(line.length - from);
    namedOnlyByTime &&= !NAMED_CASE.test(line);
  });
  const rest = blanked.join('\n');
  // (an error of the paste's own left: a failure's code, an HTTP API's refusal, today's refusal told in words, or a connection
  // that failed before any server answered, Exim's "defer (110): Connection timed out")
  // (an old case named by its time alone, "last month we had this, fixed ...:", only beside a server's error of today)
  const ownError = FAILURE_CODE.test(rest) || HTTP_FAILURE.test(rest) || (!namedOnlyByTime && (RELAY_WORDS.test(rest) || CONNECTION_FAILURE.test(rest)));
  return rest !== text && ownError ? rest : text;
}

/** The words after the line's last sentence end (". ", "? ", "! "). */
function lastSentenceOf(line: string): string {
  return line.slice(Math.max(line.lastIndexOf('. '), line.lastIndexOf('? '), line.lastIndexOf('! ')) + 1);
}

/**
 * Two lines of one log: each begins with a time to the second, and their first three words are the same but for their digits
 * (not two messages of a chat, `[11/07/2024 3:42 PM] Tomás:`, whose times have no seconds).
 */
function sameLogLine(first: string, other: string): boolean {
  const start = (line: string) => line.trim().split(/[ \t]+/, 3).join(' ').replace(/\d/g, '0');
  return start(first).includes('00:00:00') && start(first) === start(other);
}

/** Words that say an error goes on, is back or is today's: an introduction with one brings in the current error. */
// (and in other languages: "Sinds de deploy van gisteren krijgen ze dit:", "heute", "ayer"; not "since" or "new" alone: "closed since
// March", "the Nova Print ticket")
const GOES_ON = /\b(?:not|still|again|back|same|now|today|yesterday|latest|current|new|de nuevo|de novo|encore|wieder|ancora|weer|gisteren|gestern|ayer|ontem|ieri|vandaag|heute|hoy|hoje|oggi|aujourd'hui|nu|jetzt|ahora|agora|adesso|maintenant)\b|(?<!\bla )\botra vez\b|まだ|また|今日|今回/i;

/**
 * "Since then" with a failure after it: "their IT fixed the DNS, and since then senders get this bounce:" brings in today's
 * error (not "it has worked ever since:", the old case's own end).
 */
const SINCE_THEN_FAILING = /\b(?:since then|ever since|seitdem|desde entonces|desde então|depuis lors|da allora|sindsdien)\b[^\n.]{0,80}?\b(?:bounce|fail|error|refus|reject|denied|get this|gets this|bekommen|reciben|recebem|reçoivent)|\b(?:since then|ever since|seitdem)\b[^\n.]{0,80}?(?<![\w.])[45]\d\d\b/i;

/** Whether the words say an error goes on, is back, is today's, or came since the old case's fix. */
function goesOn(words: string): boolean {
  return GOES_ON.test(words) || SINCE_THEN_FAILING.test(words);
}

/** A relay refusal's own words, told in a sentence without its code ("cinco cinco cero ... Relaying denied"). */
const RELAY_WORDS = /\brelay(?:ing)?[ \t]+(?:access[ \t]+)?(?:denied|refused|not permitted)|\bunable to relay\b/i;
/** A connection that failed before any server answered. */
// (not denied: "no connection refused or timeout, port 587 is open")
const CONNECTION_FAILURE = /(?<!\b(?:no|not|without|never|nor)[ \t]+)\bconnection (?:timed out|refused|reset)\b|\bnetwork is unreachable\b|\b(?:ETIMEDOUT|ECONNREFUSED|ECONNRESET)\b/i;
/** Words in brackets, ( ) or （ ）. */
const BRACKETED = /\([^()\n]{0,200}\)|（[^（）\n]{0,200}）/g;

/** An HTTP API's refusal: `status: 401`, `"statusCode":401`, `401 Unauthorized`. */
const HTTP_FAILURE = /\b(?:status|statusCode|status_code)["']?[ \t]*[:=][ \t]*[45]\d\d\b|\b[45]\d\d[ \t]+(?:\()?(?:Unauthorized|Forbidden|Not Found)\b/i;

/** The paste's lines, and those where `pattern` names a ticket and its state; null past MAX_LINES (a log, not a queue). */
function ticketsIn(text: string, pattern: RegExp): { lines: string[]; tickets: { index: number; open: boolean }[] } | null {
  const lines = text.split('\n', MAX_LINES + 1);
  if (lines.length > MAX_LINES) return null;
  const tickets = lines.flatMap((line, index) => {
    const state = pattern.exec(line)?.[1]?.toLowerCase();
    return state ? [{ index, open: OPEN_STATES.has(state) }] : [];
  });
  return { lines, tickets };
}

/** A queue's closed rows blanked, beside an open row, when the rest still shows an error (the open ticket's, told below it). */
function withoutClosedQueueRows(text: string): string {
  const found = ticketsIn(text, QUEUE_ROW);
  if (!found) return text;
  const { lines, tickets: rows } = found;
  if (rows.length < 2 || !rows.some((row) => row.open) || rows.every((row) => row.open)) return text;
  const blanked = [...lines];
  for (const row of rows) if (!row.open) blanked[row.index] = ' '.repeat(lines[row.index]!.length);
  const rest = blanked.join('\n');
  return OWN_ERROR.test(rest) && !saysBack(rest) ? rest : text;
}

/** A closed ticket's lines from its header to the rule line that ends it, blanked, when an error of its own stands outside them. */
function withoutClosedExample(lines: string[], header: number): string | null {
  const end = lines.findIndex((line, index) => index > header && RULE_LINE.test(line));
  if (end === -1) return null;
  const blanked = lines.map((line, index) => (index >= header && index <= end ? ' '.repeat(line.length) : line));
  const rest = blanked.join('\n');
  // (a failure's code in the person's own lines, not a port, "still send on port 587"; and not "the same error is back")
  return FAILURE_CODE.test(rest) && !rest.split('\n').some((line) => ERROR_BACK.test(line) && !line.includes('?')) ? rest : null;
}

/** A failure's code, shaped as a server's: 4xx or 5xx (not a port: "on port 587"), or an enhanced 4.x.x or 5.x.x. */
const FAILURE_CODE = /(?<!\bport[ \t:]{1,3})(?<![\w.:/#-])[45]\d\d[ -]|(?<![\w.])[45]\.\d{1,3}\.\d{1,3}(?![\d.])/i;
/** The error said to be back, in words about an error: not "for the same send". */
const ERROR_BACK = /\b(?:same (?:error|problem|issue|thing|bounce|refusal)|(?:is|are|came|comes) back|again|still (?:fails?|failing|happening|there|the same))\b/i;
/** A line that says the closed ticket's error is back (a question is no such word: "is this the same relaying thing??"). */
const saysBack = (text: string) => text.split('\n').some((line) => BACK.test(line) && !line.includes('?'));

function withoutClosedSections(text: string): string {
  const found = ticketsIn(text, TICKET_HEADER);
  if (!found) return text;
  const { lines, tickets: headers } = found;
  // (one closed ticket pasted as an example between its header and a rule line, "--- ticket #51233 (X, closed) --- ... ---",
  // beside the error of the paste's own)
  if (headers.length === 1 && !headers[0]!.open) return withoutClosedExample(lines, headers[0]!.index) ?? text;
  if (headers.length < 2 || !headers.some((h) => h.open) || headers.every((h) => h.open)) return text;
  // (only beside an open ticket with an error of its own, which does not say the old one is back: "same error is back")
  const sectionOf = (n: number) => lines.slice(headers[n]!.index + 1, headers[n + 1]?.index ?? lines.length).join('\n');
  const open = headers.flatMap((header, n) => (header.open ? [sectionOf(n)] : []));
  if (!open.some((section) => OWN_ERROR.test(section)) || open.some(saysBack)) return text;
  const blanked = [...lines];
  headers.forEach((header, n) => {
    if (header.open) return;
    const end = headers[n + 1]?.index ?? lines.length;
    for (let index = header.index; index < end; index++) blanked[index] = ' '.repeat(lines[index]!.length);
  });
  return blanked.join('\n');
}
