/**
 * Mailgun Routes shown in a paste (`match_recipient("...")`, `catch_all()`) and whether each would
 * take the refused recipient: for the incoming case, "no Route matches" can then be checked instead
 * of guessed.
 */

const MAX_ROUTES = 10;
const MAX_EXPRESSION = 200;
/** Straight and typographic quotes: Slack and word processors turn `"` into “ ”. */
const ROUTE = /\b(?:match_recipient\(\s*["'“”‘’]([^"'“”‘’\n]{1,200})["'“”‘’]\s*\)|catch_all\(\s*\))/gi;

/** The Route expressions in the text, written the way Mailgun shows them, each once, in order. */
export function findRouteExpressions(text: string): string[] {
  if (!text.includes('match_recipient') && !text.includes('catch_all')) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(ROUTE)) {
    found.add(m[1] === undefined ? 'catch_all()' : `match_recipient("${m[1]}")`);
    if (found.size >= MAX_ROUTES) break;
  }
  return [...found];
}

/**
 * Whether the Route expression takes `recipient`: true, false, or null when it cannot be told (a
 * pattern JavaScript reads differently, or one too costly to try). Mailgun matches the pattern
 * from the start of the address (Python's `re.match`), case-insensitively; a pattern that matches
 * only further in counts as unknown rather than as a miss.
 */
export function routeMatches(expression: string, recipient: string): boolean | null {
  if (/^catch_all\(\s*\)$/i.test(expression)) return true;
  const pattern = /^match_recipient\("(.*)"\)$/s.exec(expression)?.[1];
  if (pattern === undefined || !isCheapPattern(pattern)) return null;
  // Python's named groups and a leading inline flag, in JavaScript's syntax.
  const source = pattern.replace(/\(\?P</g, '(?<').replace(/^\(\?i\)/, '');
  try {
    if (new RegExp(`^(?:${source})`, 'i').test(recipient)) return true;
    return new RegExp(source, 'i').test(recipient) ? null : false;
  } catch {
    return null;
  }
}

/**
 * A pattern that cannot backtrack badly on an address (at most 254 characters): short, no
 * quantified group, at most two unbounded repeats. Anything else a customer typed is not run.
 */
function isCheapPattern(pattern: string): boolean {
  if (pattern.length > MAX_EXPRESSION || /\)[*+{]/.test(pattern) || /\\\d/.test(pattern)) return false;
  const unbounded = pattern.replace(/\\./g, '').match(/[*+]|\{\d*,\}/g)?.length ?? 0;
  return unbounded <= 2;
}
