/**
 * Mailgun Routes shown in a paste (`match_recipient("...")`, `catch_all()`, `match_header(...)`) and whether each would
 * take the refused recipient: for the incoming case, "no Route matches" can then be checked instead
 * of guessed.
 */

const MAX_ROUTES = 10;
/** JSON and Python reprs escape the quotes (`match_recipient(\".*@x\")`): the backslash is not the pattern's. */
const ROUTE = /\b(?:match_recipient\(\s*\\?["']([^"'\n]{1,200}?)\\?["']\s*\)|catch_all\(\s*\)|match_header\(\s*\\?["']([^"'\n]{1,100}?)\\?["']\s*,\s*\\?["']([^"'\n]{1,200}?)\\?["']\s*\))/gi;

/** Words before a route in its line that say it is gone. */
const GONE = /\b(?:deleted|removed|old|no longer|used to|got rid of|dropped|disabled)\b/i;

/** The Route expressions in the text, written the way Mailgun shows them, each once, in order. */
export function findRouteExpressions(text: string): string[] {
  if (!text.includes('match_recipient') && !text.includes('catch_all') && !text.includes('match_header')) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(ROUTE)) {
    // ("a colleague deleted the old catch_all() route": not a route there is; the words just before it,
    // within its line: searching back to the line's start per match is quadratic on a long line)
    const window = text.slice(Math.max(0, m.index - 60), m.index);
    if (GONE.test(window.slice(window.lastIndexOf('\n') + 1))) continue;
    // A route on a header is listed too: whether it takes the message is not told by the address.
    found.add(m[1] !== undefined ? `match_recipient("${m[1]}")` : m[2] !== undefined ? `match_header("${m[2]}", "${m[3]}")` : 'catch_all()');
    if (found.size >= MAX_ROUTES) break;
  }
  return [...found];
}

/**
 * Whether the Route expression takes `recipient`: true, false, or null when it cannot be told.
 * Mailgun documents only "Python-style regular expressions", so both answers are kept to what holds
 * however it applies them: true when the pattern matches from the start of the address, with its
 * case; false when it matches nowhere in it, ignoring case; null otherwise, and for any pattern
 * outside the plain subset below.
 */
export function routeMatches(expression: string, recipient: string): boolean | null {
  if (/^catch_all\(\s*\)$/i.test(expression)) return true;
  const pattern = /^match_recipient\("(.*)"\)$/s.exec(expression)?.[1];
  const source = pattern === undefined ? null : plainPattern(pattern);
  if (source === null) return null;
  try {
    if (new RegExp(`^(?:${source})`).test(recipient)) return true;
    return new RegExp(source, 'i').test(recipient) ? null : false;
  } catch {
    return null;
  }
}

/**
 * The pattern in JavaScript's syntax when it uses only what Route expressions need and what reads
 * the same in Python and JavaScript, else null: literal characters and escapes, `.`, character
 * classes, `^` and `$` (Python's `\A` and `\Z` too), groups without quantifiers or alternatives, and
 * at most two `*` or `+`. Nothing else (`?`, `{m,n}`, `|`, look-arounds, back-references) is run: a
 * customer's pattern must not be able to backtrack for long, and a syntax the two languages read
 * differently must not give a wrong "does not match".
 */
function plainPattern(pattern: string): string | null {
  // A repr or JSON string doubles every backslash: `example\\.com` means `example\.com`.
  const source = pattern.replace(/\\\\/g, '\\').replace(/\\A/g, '^').replace(/\\Z/g, '$');
  if (source.length > 200 || !PLAIN.test(source)) return null;
  const repeats = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, 'c').match(/[*+]/g)?.length ?? 0;
  return repeats <= 2 ? source.replace(/\(\?P</g, '(?<') : null;
}

/** One piece: an escape, a class, a group opening (plain or named), or a plain character; `*`/`+` only after a single-character piece. */
const PLAIN = /^(?:(?:\\[.+\-@_dw]|\[[^\]\\[]{1,40}\]|[A-Za-z0-9@._%'=~!#&,;:/-])[*+]?|\^|\$|\((?:\?:|\?P?<[A-Za-z]\w{0,20}>)?|\))*$/;
