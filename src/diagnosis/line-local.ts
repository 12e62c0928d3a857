/**
 * Whether every match of a pattern lies on one line, with all it looks at (its look-arounds, `\b`): then a match is
 * found by running the pattern on just the lines that hold one of its guard's words, which is the same run on a
 * slice of the text instead of all of it (see `execOnLines` in guarded.ts). Read from the pattern's source, and
 * cautious: anything that could match a line break, or that this reading does not know, makes the answer false.
 */

/** Unicode properties (`\p{…}`) that hold no line break: letters, marks, numbers, punctuation, symbols, separators, scripts. */
const PROPERTY_WITHOUT_BREAK = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|Letter|Mark|Number|Punctuation|Symbol|(?:sc|scx|Script|Script_Extensions)=[A-Za-z_]+)$/;

const LINE_FEED = 0x0a;

export function staysOnOneLine(pattern: RegExp): boolean {
  // (`s` lets `.` match a line break; without `m`, `^` and `$` are the text's ends, which a slice of it moves)
  if (pattern.flags.includes('s')) return false;
  const multiline = pattern.flags.includes('m');
  const source = pattern.source;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\n') return false;
    if ((ch === '^' || ch === '$') && !multiline) return false;
    if (ch === '[') {
      const end = classEnd(source, i);
      if (end < 0 || classMatchesLineFeed(source.slice(i + 1, end)) !== false) return false;
      i = end;
    } else if (ch === '\\') {
      const escape = escapeAt(source, i);
      if (escape === null || escape.matchesLineFeed) return false;
      i = escape.end - 1;
    }
  }
  return true;
}

/** The index of the `]` that closes the class opened at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    // (a `]` first in the class, or after its `^`, is never valid without the `u` flag's rules here: taken as the end)
    else if (source[i] === ']') return i;
  }
  return -1;
}

interface Escape {
  end: number;
  /** The code point it stands for, when it is one character. */
  codePoint: number | null;
  matchesLineFeed: boolean;
}

/** The escape at `at` (a backslash): where it ends and whether it can match a line feed; null when not understood. */
function escapeAt(source: string, at: number): Escape | null {
  const letter = source[at + 1];
  if (letter === undefined) return null;
  const end = at + 2;
  switch (letter) {
    case 's':
    case 'S':
      // (\S holds no line feed, \s does)
      return { end, codePoint: null, matchesLineFeed: letter === 's' };
    case 'W':
    case 'D':
    case 'n':
      return { end, codePoint: letter === 'n' ? LINE_FEED : null, matchesLineFeed: true };
    case 'w':
    case 'd':
    case 'b':
    case 'B':
      return { end, codePoint: null, matchesLineFeed: false };
    case 'p':
    case 'P': {
      const braces = /^\{([^}]*)\}/.exec(source.slice(end));
      if (!braces) return null;
      return { end: end + braces[0].length, codePoint: null, matchesLineFeed: letter === 'P' || !PROPERTY_WITHOUT_BREAK.test(braces[1]!) };
    }
    case 'x':
    case 'u': {
      const hex = /^[0-9a-fA-F]+/.exec(source.slice(end, end + (letter === 'x' ? 2 : 4)))?.[0];
      if (hex === undefined || hex.length !== (letter === 'x' ? 2 : 4)) return null;
      const codePoint = parseInt(hex, 16);
      return { end: end + hex.length, codePoint, matchesLineFeed: codePoint === LINE_FEED };
    }
    case 'r':
    case 't':
    case 'f':
    case 'v':
      return { end, codePoint: { r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b }[letter], matchesLineFeed: false };
    default:
      // (a control escape `\cJ`, an octal `\012`: not read; a back-reference repeats what its group matched)
      if (letter === 'c' || letter === '0') return null;
      if (/[1-9]/.test(letter)) return { end: end + (/^\d*/.exec(source.slice(end))?.[0].length ?? 0), codePoint: null, matchesLineFeed: false };
      if (/[A-Za-z]/.test(letter)) return null;
      return { end, codePoint: letter.codePointAt(0)!, matchesLineFeed: false };
  }
}

/** Whether a class (its body between the brackets) matches a line feed; null when not understood. */
function classMatchesLineFeed(body: string): boolean | null {
  const negated = body.startsWith('^');
  let holdsLineFeed = false;
  // Each item as a code point (null for a class escape such as \w), to read ranges.
  let previous: number | null = null;
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    let item: number | null;
    if (body[i] === '\\') {
      const escape = escapeAt(body, i);
      if (escape === null) return null;
      if (escape.matchesLineFeed) holdsLineFeed = true;
      item = escape.codePoint;
      i = escape.end - 1;
    } else if (body[i] === '-' && previous !== null && i + 1 < body.length) {
      let high: number | null;
      let next = i + 1;
      if (body[next] === '\\') {
        const escape = escapeAt(body, next);
        if (escape === null) return null;
        high = escape.codePoint;
        next = escape.end - 1;
      } else {
        high = body.codePointAt(next)!;
        if (high > 0xffff) next++;
      }
      if (high === null) return null;
      if (previous <= LINE_FEED && LINE_FEED <= high) holdsLineFeed = true;
      i = next;
      previous = null;
      continue;
    } else {
      item = body.codePointAt(i)!;
      if (item > 0xffff) i++;
      if (item === LINE_FEED) holdsLineFeed = true;
    }
    previous = item;
  }
  return negated ? !holdsLineFeed : holdsLineFeed;
}
