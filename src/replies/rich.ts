/**
 * Small builders for RichText. Our own words go in the template literal; anything echoed from the
 * paste must be interpolated as a `quote(...)` or `code(...)` segment, so a renderer can escape it.
 * Interpolating a bare string is a type error on purpose: it would make user text look like ours.
 */
import type { Inline, RichText } from './model.js';

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const label = (value: string): Inline => ({ kind: 'label', text: value });
export const code = (value: string): Inline => ({ kind: 'code', text: value });

/** Text echoed from the paste: one line, control characters dropped, cut to `max` characters. */
export function quote(value: string, max = QUOTE_MAX): Inline {
  return { kind: 'quote', text: withoutStrayQuote(shorten(value, max)) };
}

const DOUBLE_QUOTES = /["\u201c\u201d]/g;

/** An excerpt cut beside the paste's own quote mark (`Relaying denied"`): that mark alone, unpaired, goes. */
function withoutStrayQuote(line: string): string {
  if ((line.match(DOUBLE_QUOTES)?.length ?? 0) % 2 === 0) return line;
  if (/["\u201d]$/.test(line)) return line.slice(0, -1).trimEnd();
  if (/^["\u201c]/.test(line)) return line.slice(1).trimStart();
  return line;
}

const QUOTE_MAX = 160;

/** C0/C1 controls (terminal escapes) and bidirectional overrides: they can disguise echoed text. */
export const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const WHITESPACE_RUN = /\s+/g;

/** One line, without control characters, at most `max` characters (cut with …). */
export function shorten(value: string, max: number): string {
  // Only look at a bounded prefix: a 10 MB server message must not cost a 10 MB regex pass.
  const input = value.length > max * 4 + 64 ? value.slice(0, max * 4 + 64) : value;
  const line = input.replace(UNSAFE_CHARS, '').replace(WHITESPACE_RUN, ' ').trim();
  const cut = line.length > max || input.length < value.length;
  if (!cut) return line;
  let head = line.slice(0, Math.max(1, max - 1));
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head.trimEnd()}…`;
}

type Part = Inline | RichText;

/**
 * Tagged template for RichText: rt`Click ${label('Domains')} and use ${code(host)}.`
 * Literal parts become `text` segments; interpolations must already be segments.
 */
export function rt(strings: TemplateStringsArray, ...parts: Part[]): RichText {
  const out: RichText = [];
  strings.forEach((literal, index) => {
    if (literal) out.push(text(literal));
    const part = parts[index];
    if (part === undefined) return;
    if (Array.isArray(part)) out.push(...part);
    else out.push(part);
  });
  return out;
}

/** Joins rich fragments with a separator written in our own words. */
export function join(items: RichText[], separator: string): RichText {
  const out: RichText = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(text(separator));
    out.push(...item);
  });
  return out;
}

/** The plain characters of a RichText, quotes marked with straight double quotes. */
export function plain(rich: RichText): string {
  return rich.map((seg) => (seg.kind === 'quote' ? `"${seg.text}"` : seg.text)).join('');
}
