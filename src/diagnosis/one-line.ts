/** Text echoed from a paste on one line, cut to `max` characters with an ellipsis. */
export function oneLine(value: string, max: number): string {
  let line = value.replace(/\s+/g, ' ').trim();
  // Slack's inline code marks (`550 5.7.1 ...`) are not part of what was said.
  if (line.includes('`')) line = line.replace(/`([^`]{1,2000})`/g, '$1').replace(/^`+/, '').replace(/(?<!`)`+$/, '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** How long an evidence excerpt may be. */
export const EXCERPT = 160;
/** The longest excerpt of a rule whose words a reply quotes (a ticket's "Already checked: ..."): a sentence or two. */
export const QUOTED_EXCERPT = 240;

/**
 * The line around a match, one line and at most EXCERPT characters: from a little before the match
 * when the line is long (marked with …), so that the words that matched are in it.
 */
export function excerptAround(text: string, index: number, length: number): string {
  // (a match that starts with its line's newline starts on the line after it)
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const start = Math.max(lineStart, index - EXCERPT / 2);
  const lineEnd = text.indexOf('\n', index + length);
  const end = Math.min(lineEnd === -1 ? text.length : lineEnd, Math.max(index + length, start + EXCERPT));
  return oneLine((start > lineStart ? '…' : '') + text.slice(start, end), EXCERPT);
}

/**
 * An ask's words, for a reply that reads whom it names after its verb ("... a message in Portuguese for the customer to forward
 * to the recipient's IT department"): as excerptAround's before the match, and on after it to at most QUOTED_EXCERPT characters.
 */
export function askExcerpt(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const start = Math.max(lineStart, index - EXCERPT / 2);
  const lineEnd = text.indexOf('\n', index + length);
  const end = Math.min(lineEnd === -1 ? text.length : lineEnd, Math.max(index + length, start + QUOTED_EXCERPT));
  return oneLine((start > lineStart ? '…' : '') + text.slice(start, end), QUOTED_EXCERPT);
}

/** How many blanks a line starts with. */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
