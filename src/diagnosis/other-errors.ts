/**
 * Another failure beside the relay refusal: a paste often holds two apps' errors, or an events page other
 * recipients' failures ("which do we fix first?"). The lines that show an SMTP failure code are found here;
 * diagnose() reads each alone and keeps those that are another kind of error (Facts.otherErrors).
 */
import type { Evidence, Facts } from './types.js';

/** The longest excerpt of another error kept. */
export const OTHER_ERROR_MAX = 160;
/** How many other errors are kept. */
export const OTHER_ERRORS_KEPT = 3;
/** How many lines with a failure code are read alone, and how far into a paste they are looked for. */
const CANDIDATES_TRIED = 6;
const LINES_READ = 2000;
/** Characters kept before the failure code when a line is cut. */
const LEAD = 40;

/**
 * An SMTP failure code as a server words it: `550 5.1.1 …`, `552-5.2.2`, `421 Domain …`, `550 <a@b>:`, or an
 * event's `"code":451` (its words in the next field). Not a figure in a sentence, "451 orders", unless words follow
 * that diagnose() reads as an error.
 */
const FAILURE_CODE = /(?<![\w.:/-])(?:421|45[0-4]|5[0-5]\d)(?:[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.])|[ -]?[<(]|[ -](?=[a-z]))|"code":[ \t]*(?:421|45[0-4]|5[0-5]\d)\b/i;

/** Lines with a failure code that may be another error than the one diagnosed, each cut to OTHER_ERROR_MAX. */
export function failureLinesBeside(text: string, facts: Facts, evidence: readonly Evidence[]): string[] {
  const shown = evidence.map((e) => e.excerpt.replace(/^[\s"'“”…]+|[\s"'“”…]+$/g, '')).filter((core) => core.length >= 12);
  const found: string[] = [];
  let start = 0;
  for (let read = 0; read < LINES_READ && start < text.length && found.length < CANDIDATES_TRIED; read++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length : end + 1;
    const match = FAILURE_CODE.exec(line);
    if (!match) continue;
    const from = Math.max(0, match.index - LEAD);
    const excerpt = `${from > 0 ? '…' : ''}${line.slice(from, from + OTHER_ERROR_MAX - 2).trim()}`.slice(0, OTHER_ERROR_MAX);
    if (excerpt.length < 6 || found.includes(excerpt)) continue;
    // (the diagnosed error itself, its code again or a line its evidence quotes: no other error)
    if (sameCodes(line, facts)) continue;
    if (shown.some((core) => line.includes(core.slice(0, 40)) || core.includes(line.trim().slice(0, 40)))) continue;
    found.push(excerpt);
  }
  return found;
}

/** The line shows the diagnosed refusal's own reply code and enhanced code (a multi-line reply's next line, a retry). */
function sameCodes(line: string, facts: Facts): boolean {
  if (facts.replyCode === null || !line.includes(String(facts.replyCode))) return false;
  return facts.enhancedCode === null || line.includes(facts.enhancedCode);
}
