/**
 * A huge page of Mailgun events (the Events API's `{"items": [...]}`, or an array of events) is read
 * as JSON, whole: the line-by-line focus of huge pastes (normalize.ts) would break it apart into
 * prose, and take a host or a recipient from any event. Every event is kept, the routine ones
 * (delivered, opened, ...) by their event, recipient, time and severity only, so that a page of
 * hundreds of deliveries fits under the focus threshold with each failure whole.
 */

/** Events that are no failure: what they carry beyond their recipient and time says nothing about one. */
const ROUTINE_EVENTS: ReadonlySet<string> = new Set(['accepted', 'delivered', 'opened', 'clicked', 'unsubscribed', 'stored']);
const ROUTINE_FIELDS = ['event', 'recipient', 'timestamp', 'severity', 'log-level'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isEvent = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value['event'] === 'string';

function shrinkEvent(event: { [key: string]: Json }): Json {
  if (!ROUTINE_EVENTS.has(String(event['event']).toLowerCase())) return event;
  const kept: { [key: string]: Json } = {};
  for (const field of ROUTINE_FIELDS) if (field in event) kept[field] = event[field]!;
  return kept;
}

/** The page with its routine events shrunk, or null when it holds no list of events. */
function shrinkPage(value: Json): Json | null {
  if (Array.isArray(value)) return value.some(isEvent) ? value.map((item) => (isEvent(item) ? shrinkEvent(item) : item)) : null;
  if (typeof value !== 'object' || value === null) return null;
  const items = value['items'];
  if (!Array.isArray(items) || !items.some(isEvent)) return null;
  return { ...value, items: items.map((item) => (isEvent(item) ? shrinkEvent(item) : item)) };
}

/**
 * Nesting deeper than any Mailgun event's (an event is 4 or 5 levels deep in a page): a page nested deeper is no page,
 * and printing it indented would grow with the square of its depth.
 */
const MAX_DEPTH = 16;

/**
 * Whether the brackets of `text` (outside its strings) nest deeper than `max` anywhere: a cheap scan that spares
 * JSON.parse a hostile document nested thousands deep, which it would read whole only to be refused.
 */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/**
 * The paste with its page of events shrunk (the text around it kept), or null when it has none or
 * when shrinking saves nothing. The page runs from its first brace or bracket (anywhere, or at a
 * line's start when prose before it has one) to the last.
 */
export function shrinkEventPage(text: string): string | null {
  const end = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  const starts = new Set<number>();
  const anywhere = text.search(/[{[]/);
  if (anywhere !== -1) starts.add(anywhere);
  const atLineStart = text.search(/^[ \t]*[{[]/m);
  if (atLineStart !== -1) starts.add(atLineStart + (text.slice(atLineStart).search(/[{[]/)));
  for (const start of starts) {
    if (start >= end) continue;
    // (JSON.parse on text that cannot be JSON costs a scan up to its first error: check how it starts first)
    if (!/^(?:\{\s*"|\[\s*\{)/.test(text.slice(start, start + 64))) continue;
    const candidate = text.slice(start, end + 1);
    if (nestsDeeperThan(candidate, MAX_DEPTH)) return null;
    const value = parseJson(candidate);
    if (value === undefined) continue;
    const page = shrinkPage(value);
    if (page === null) return null;
    const shrunk = `${text.slice(0, start)}${JSON.stringify(page, null, 2)}${text.slice(end + 1)}`;
    return shrunk.length < text.length ? shrunk : null;
  }
  return null;
}
