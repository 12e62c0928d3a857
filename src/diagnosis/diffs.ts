/**
 * A diff pasted to show what changed: its removed lines are the setup as it was, its added lines
 * the setup now. Only the new setup describes the sender: the removed lines are blanked (same
 * length) and the added lines lose their `+`, so that `- createTransport({ ... })` without a login
 * is not read as the current configuration.
 */

/** A removed or added line of a diff: `-`/`+` then code (not a Markdown list's `- item`, not `--`/`++`). */
const REMOVED = /^-(?!-)[ \t]*\S[^\n]*[=:({;]/;
const ADDED = /^\+(?!\+)[ \t]*\S/;
/** How near a removed line must be to an added one for both to be a diff's hunk. */
const HUNK_REACH = 6;

export function withoutRemovedDiffLines(text: string): string {
  if (!text.includes('\n+') && !text.startsWith('+')) return text;
  const lines = text.split('\n');
  const added = lines.map((line) => ADDED.test(line));
  const removed = lines.map((line) => REMOVED.test(line));
  if (!added.includes(true) || !removed.includes(true)) return text;
  // Counts up to each line, for "is there one within HUNK_REACH lines" in constant time.
  const addedSum = prefixSums(added);
  const removedSum = prefixSums(removed);
  const near = (sum: number[], index: number) => sum[Math.min(lines.length, index + HUNK_REACH + 1)]! - sum[Math.max(0, index - HUNK_REACH)]! > 0;
  let changed = false;
  lines.forEach((line, index) => {
    if (removed[index] && near(addedSum, index)) {
      lines[index] = ' '.repeat(line.length);
      changed = true;
    } else if (added[index] && near(removedSum, index)) {
      lines[index] = ` ${line.slice(1)}`;
      changed = true;
    }
  });
  return changed ? lines.join('\n') : text;
}

/** sums[i] = how many of flags[0..i-1] are true. */
function prefixSums(flags: boolean[]): number[] {
  const sums = [0];
  for (const flag of flags) sums.push(sums[sums.length - 1]! + (flag ? 1 : 0));
  return sums;
}
