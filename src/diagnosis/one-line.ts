/** Text echoed from a paste on one line, cut to `max` characters with an ellipsis. */
export function oneLine(value: string, max: number): string {
  let line = value.replace(/\s+/g, ' ').trim();
  // Slack's inline code marks (`550 5.7.1 ...`) are not part of what was said.
  if (line.includes('`')) line = line.replace(/`([^`]{1,2000})`/g, '$1').replace(/^`+/, '').replace(/(?<!`)`+$/, '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
