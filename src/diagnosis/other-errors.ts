/**
 * Another failure beside the relay refusal: a paste often holds two apps' errors, or an events page other
 * recipients' failures ("which do we fix first?"). The lines that show an SMTP failure code are found here;
 * diagnose() reads each alone and keeps those that are another kind of error (Facts.otherErrors), and, beside a
 * recipient's host's refusal, another domain's relay refusal as it stands.
 */
import { editDistance } from './language.js';
import { RELAY_LINE } from './patterns.js';
import { saysOver } from './timeline.js';
import { OTHER_ERROR_MAX, type Evidence, type Facts } from './types.js';
/** How many lines with a failure code are read alone, and how far into a paste they are looked for. */
const CANDIDATES_TRIED = 6;
const LINES_READ = 2000;
/** How much of a line is read. */
const LINE_READ = 2000;
/** Characters kept before the failure code when a line is cut. */
const LEAD = 40;

/**
 * An SMTP failure code as a server words it: `550 5.1.1 …`, `552-5.2.2`, `550 <a@b>:`, an event's `"code":451` (its
 * words in the next field), or a code with words right after it where a reply stands (a line's start, after a colon or a
 * quote, after "said", "with", "response", "reply", "error", "status", "code"): not a figure in a sentence, "we sent 550
 * newsletters".
 */
const FAILURE_CODE = /(?<![\w.:/-])(?:421|45[0-4]|5[0-5]\d)(?:[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.])|[ -]?[<(])|(?:421|45[0-4]|5[0-5]\d)(?<=(?:^[ \t>*-]*|[:"'(\[][ \t]*|\b(?:said|with|response|reply|replied|error|status|code)[ \t:]+)(?:421|45[0-4]|5[0-5]\d))[ -](?=[a-z])|"code":[ \t]*(?:421|45[0-4]|5[0-5]\d)\b/i;

/**
 * Lines with a failure code that may be another error than the one diagnosed, each cut to OTHER_ERROR_MAX. `story` is the
 * text as the diagnosis read it, with errors it places in the past blanked (the same length): a line blanked there counts
 * only as another recipient's failure (an address other than the refused one in it or just above it), as a logs page lists
 * them, not as an earlier error of the same sender. `relayElsewhere`: also keep relay refusals of recipients at other
 * domains, in the diagnosed refusal's own words too (beside a recipient's host's refusal: a second domain's).
 */
export function failureLinesBeside(text: string, story: string, facts: Facts, evidence: readonly Evidence[], relayElsewhere = false): string[] {
  const shown = evidence.map((e) => e.excerpt.replace(/^[\s"'“”…]+|[\s"'“”…]+$/g, '')).filter((core) => core.length >= 12);
  // (an error's code the paste says was fixed, "The 5.1.1 one from Tuesday they already fixed": not one to act on)
  const fixedCodes = new Set(Array.from(text.slice(0, FIXED_SAID_READ).matchAll(FIXED_CODE_SAID), (m) => m[1]!));
  // (nor, where the paste says a typo in the address was fixed, a failure for an address a letter or two from the refused
  // one: "We fixed the typo in the address on the 29th and it worked", the 5.1.1 of "dcarter@" before "d.carter@")
  const typoFixed = facts.recipient !== null && TYPO_FIXED_SAID.test(text.slice(0, FIXED_SAID_READ));
  const found: string[] = [];
  const recent: string[] = [];
  let start = 0;
  for (let read = 0; read < LINES_READ && start < text.length && found.length < CANDIDATES_TRIED; read++) {
    const end = text.indexOf('\n', start);
    // (a line's start only: an endless line costs no more than a long one)
    const stop = Math.min(end === -1 ? text.length : end, start + LINE_READ);
    const line = text.slice(start, stop);
    const told = story.slice(start, stop);
    start = end === -1 ? text.length : end + 1;
    recent.push(line);
    if (recent.length > ABOVE) recent.shift();
    const match = FAILURE_CODE.exec(line);
    if (!match) continue;
    // (and not one whose blanked story says it is over: a thread's earlier message, "Danke, funktioniert jetzt!" below it)
    if (told.trim() === '' && (anotherRecipientIn(recent, facts.recipient) === null || saidOverInBlankedSpan(text, story, start))) continue;
    const from = Math.max(0, match.index - LEAD);
    // (the address it is for, where the line itself names none: a logs page's "Recipient:" line above, an event's "recipient")
    const forAddress = hasAddress(line) ? null : anotherRecipientIn(recent, facts.recipient);
    const cut = `${from > 0 ? '…' : ''}${line.slice(from, from + OTHER_ERROR_MAX - 2).trim()}`;
    const excerpt = (forAddress && forAddress.length < OTHER_ERROR_MAX / 2 ? `${forAddress}: ${cut}` : cut).slice(0, OTHER_ERROR_MAX);
    if (excerpt.length < 6 || found.includes(excerpt)) continue;
    // (the diagnosed error itself, its codes again on a relay refusal's line or a line its evidence quotes: no other error)
    // (and, with the same codes, a line with no word of another kind of error: a bounce's Status and Diagnostic-Code lines)
    // (but a relay refusal of a recipient at another domain, in the same words, is that domain's server's: a second refusal;
    // only a relay refusal, and only where asked: every other line kept is read alone again, a diagnosis each)
    // (its address taken from a line above only where that address is one of the paste's recipients: not a headers list's From)
    const elsewhere = relayElsewhere && RELAY_LINE.test(line) && atAnotherDomain(excerpt, facts) && (forAddress === null || facts.recipients.some((address) => address.toLowerCase() === forAddress));
    if (sameCodes(line, facts) && (RELAY_LINE.test(line) || !OTHER_KIND_WORDS.test(line)) && !elsewhere) continue;
    if (shown.some((core) => line.includes(core) || core.includes(line.trim())) && !elsewhere) continue;
    // (a temporary failure the line itself says was retried, "421 4.4.2 Connection timed out (retrying)", before the one that
    // ended the delivery: an attempt of the same delivery, no error of its own)
    if (RETRIED_TEMPORARY.test(line) && facts.replyCode !== null && facts.replyCode >= 500) continue;
    // (nor the refused recipient's own greylisting before its permanent refusal, a logs page's first attempts; another
    // recipient's greylisting is that delivery's own story)
    if (GREYLISTED.test(line) && facts.replyCode !== null && facts.replyCode >= 500 && anotherRecipientIn(recent, facts.recipient) === null) continue;
    // (Sendmail's transcript restating the reply just above in its own status, `<<< 550 5.7.1 <a@x>... Relaying denied` then
    // `550 5.1.1 <a@x>... User unknown`: the same refusal, no second error)
    if (SENDMAIL_RESTATED.test(line) && recent.length >= 2 && SENDMAIL_REPLY.test(recent[recent.length - 2]!)) continue;
    if (fixedCodes.size > 0 && Array.from(line.matchAll(CODES_IN_LINE), (m) => m[0]).some((code) => fixedCodes.has(code))) continue;
    if (typoFixed && misspeltRecipientIn(forAddress ?? line, facts.recipient!)) continue;
    found.push(excerpt);
  }
  return found;
}

/** A Sendmail transcript's reply line, and its own status line for the address after it. */
const SENDMAIL_REPLY = /^[ \t]*<<<[ \t]+[45]\d\d[ -]/;
const SENDMAIL_RESTATED = /^[ \t]*[45]\d\d [245]\.\d{1,3}\.\d{1,3} <[^<>\s]{1,254}>\.\.\. /;

/** How many lines after a blanked failure are read for its story's end. */
const SPAN_LINES = 30;
/** The story's blanked lines from `from` on (up to the first it kept) say that error is over: fixed, or working since. */
function saidOverInBlankedSpan(text: string, story: string, from: number): boolean {
  let end = from;
  for (let lines = 0; lines < SPAN_LINES && end < text.length; lines++) {
    const next = text.indexOf('\n', end);
    const lineEnd = next === -1 ? text.length : next;
    if (story.slice(end, lineEnd).trim() !== '') break;
    end = lineEnd + 1;
  }
  return saysOver(text.slice(from, end));
}

const FIXED_CODE_SAID = /\b([45]\.\d{1,3}\.\d{1,3}|[45]\d\d)[ \t]+(?:one|error|bounce)\b[^\n.]{0,60}?\b(?:fixed|resolved|solved|sorted)\b/gi;
const FIXED_SAID_READ = 20_000;
/** A typo in an address said fixed: "fixed the typo in the address", "corrected the spelling", "typo — they wrote "inovices@" — they've fixed that" (not denied). */
export const TYPO_FIXED_SAID = /(?<!\b(?:not|never|haven't|hasn't|didn't|yet[ \t]+to)[ \t]{1,3}(?:\w+[ \t]{1,3})?)\b(?:fixed|corrected)\b[^\n.]{0,30}\b(?:typo|misspelling|spelling)\b|\b(?:typo|misspelling)\b[^\n.]{0,60}(?<!\b(?:not|never|isn't|wasn't|haven't|hasn't)[ \t]{1,3}(?:been[ \t]{1,3})?)\b(?:fixed|corrected)\b/i;
/** How many letters apart a misspelt address and the refused one may be. */
const TYPO_DISTANCE = 2;

/** Whether the text names an address at the recipient's domain whose name is a letter or two from the recipient's: its misspelling. */
function misspeltRecipientIn(text: string, recipient: string): boolean {
  if (!text.includes('@')) return false;
  return Array.from(text.matchAll(ADDRESS), (m) => m[0].toLowerCase()).some((address) => misspellingOf(address, recipient));
}

/** Two addresses at the same domain whose names are a letter or two apart (not the same address). */
export function misspellingOf(address: string, of: string): boolean {
  const [at, ofAt] = [address.lastIndexOf('@'), of.lastIndexOf('@')];
  return address !== of && address.slice(at + 1) === of.slice(ofAt + 1) && editDistance(address.slice(0, at), of.slice(0, ofAt)) <= TYPO_DISTANCE;
}
const CODES_IN_LINE = /(?<![\w.])(?:[45]\.\d{1,3}\.\d{1,3}|[45]\d\d)(?![\w.])/g;

/** A temporary failure marked as retried on its own line: "421 4.4.2 Connection timed out (retrying)", "451 ... will retry". */
const RETRIED_TEMPORARY = /(?<![\w.])4\d\d(?![\w.])[^\n]{0,200}?(?:\((?:retrying|will[ \t]+retry|deferred)\)|\b(?:will[ \t]+(?:be[ \t]+)?retr(?:y|ied)|retrying)\b)/i;
/** A greylisting: always retried, so an attempt of the same delivery where it is the refused recipient's. */
const GREYLISTED = /(?<![\w.])4\d\d(?![\w.])[^\n]{0,200}?\bgrey[ \t-]?list(?:ed|ing)?\b/i;

/** Words of the kinds of error a line with the relay refusal's own codes may still be (a block list's 550 5.7.1). */
const OTHER_KIND_WORDS = /\b(?:block(?:ed|list|listed)?|spam|listed|reputation|dmarc|spf|dkim|policy|quota|full|unknown|not exist|no such|rate[ -]?limit(?:ed)?|too many|sandbox|authenticat(?:e|ed|ion)|password|content(?!-)|virus|size)\b/i;

/** How many lines, the failure's own among them, may name the recipient it is for. */
const ABOVE = 4;
// (no backslash: a JSON string's escaped quote after it, `\"a@b.de\"`, is no part of it)
const ADDRESS = /[^\s@<>"'(),;:\\]{1,64}@[^\s@<>"'(),;:\\]{1,253}\.[^\s@<>"'(),;:.\\]{2,63}/g;
const ADDRESS_IN = new RegExp(ADDRESS.source);
/** (an address needs its `@`: looked for first, the expression's scan of a long line without one is skipped) */
const hasAddress = (line: string): boolean => line.includes('@') && ADDRESS_IN.test(line);

/** The nearest address in the lines (the last) that is not the refused recipient's nor a sender's, or null. */
function anotherRecipientIn(lines: readonly string[], recipient: string | null): string | null {
  for (const line of [...lines].reverse()) {
    if (!line.includes('@')) continue;
    const named = [...line.matchAll(ADDRESS)]
      .filter((m) => !SENDER_BEFORE.test(line.slice(Math.max(0, m.index - SENDER_REACH), m.index)) && !SENDER_ARROW_AFTER.test(line.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      .map((m) => m[0].toLowerCase())
      .reverse();
    // (nor a Message-Id quoted in a headers list, `["Message-Id", "<20241204100211.1.9c2e...@mg.x>"]`: no one's mailbox)
    const other = named.find((address) => address !== recipient && !MESSAGE_ID_SHAPE.test(address));
    if (other) return other;
    // (the nearest line names the refused recipient itself: the failure below is its own, not an address's further up)
    if (recipient !== null && named.includes(recipient)) return null;
  }
  return null;
}
/** Just before a sender's address: `From:`, `sender=`, `MAIL FROM:<`, `envelope-from`, `Reply-To:`, `Von:`, `De :` (or a Message-ID's). */
// (with a display name between, an event's `"from": "Brightlane Orders <orders@mg.x>"`; and a Message-ID, no address of anyone's)
// (and an SMTP login's, "user postmaster@mg.x", "username: ...": no one's mailbox; a Perl dump's `"Message-Id" => "<...@mg.x>"`)
const SENDER_BEFORE = /(?:\bfrom|\bsender|\bvon|^[ \t>]*de|^[ \t>]*da|\breply-to|\benvelope-from|\breturn-path|\bmessage-?id|\buser(?:[ _-]?name)?|\blogin)["']?[ \t]*(?:(?:=>|[:=])?[ \t]*["'<]{0,2}|[:=][ \t]*["']?[^"'<>@\n]{1,40}<)$/i;
const SENDER_REACH = 64;
/** An address shaped as a Message-Id: a long local part with a run of digits (a timestamp), `20241204100211.1.9c2e5f0a@mg.x`. */
const MESSAGE_ID_SHAPE = /^(?=[^@]{16,}@)[^@]*\d{8}[^@]*@/;
/** A logs row's `sender -> recipient` (or `Name <sender> → recipient`): the address before the arrow is the sender's. */
const SENDER_ARROW_AFTER = /^>?[ \t]*(?:->|→|⇒)/;

/** An excerpt for an address at another domain than the refused recipient's (its first address). */
export function atAnotherDomain(excerpt: string, facts: Facts): boolean {
  const address = hasAddress(excerpt) ? ADDRESS_IN.exec(excerpt)![0].toLowerCase() : null;
  return address !== null && facts.recipientDomain !== null && !address.endsWith(`@${facts.recipientDomain}`);
}

/** The line shows the diagnosed refusal's own reply code and enhanced code (a multi-line reply's next line, a retry). */
function sameCodes(line: string, facts: Facts): boolean {
  if (facts.replyCode === null || !line.includes(String(facts.replyCode))) return false;
  return facts.enhancedCode === null || line.includes(facts.enhancedCode);
}
