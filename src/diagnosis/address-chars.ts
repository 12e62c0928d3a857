/**
 * The characters of a mail domain as people paste it: ASCII, or an internationalised domain in its own script
 * (`info@bücher-stube.de`, `info@例え.jp`, `kontakt@пример.рф`) or in punycode, top-level domain too (`.xn--p1ai`).
 * Kept to the scripts' letter blocks (Latin-1 letters without × and ÷, Latin Extended, Greek, Cyrillic without its signs and
 * combining marks, kana without the middle dot, CJK, Hangul), for expressions without the `u` flag.
 */
export const DOMAIN_CHARS = String.raw`a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u0481\u048a-\u04ff\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff\uac00-\ud7af`;

/** A top-level domain: punycode first (else `xn` alone would match), ASCII letters, or a Cyrillic one (`.рф`). */
export const TOP_LEVEL_DOMAIN = String.raw`(?:xn--[a-z0-9-]{1,59}|[a-z]{2,24}|[\u0400-\u04ff]{2,24})`;

/** A whole mail domain after an address's `@`, as the patterns that read a recipient from a field write it. */
export const MAIL_DOMAIN = String.raw`[${DOMAIN_CHARS}.-]{1,253}\.${TOP_LEVEL_DOMAIN}`;

/** One character code of DOMAIN_CHARS beyond ASCII (for scanners that walk an address character by character). */
export function isInternationalDomainChar(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x4ff && (c < 0x482 || c > 0x489)) ||
    (c >= 0x3040 && c <= 0x30ff && c !== 0x30fb) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}
