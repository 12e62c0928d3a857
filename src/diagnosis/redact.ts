/**
 * Finds credentials people paste by accident (configs, curl lines, SMTP transcripts) and replaces
 * them with a marker. Placeholders such as `<redacted>`, `YOUR_API_KEY`, `null` or `...` are left
 * alone and do not count as secrets.
 */

export const REDACTED = '[REDACTED]';

interface SecretPattern {
  /** Group 1 (when present) is kept; the rest of the match is the secret. */
  pattern: RegExp;
}

const PLACEHOLDER = /^(?:<[^>]*>|\[?redacted\]?|\*+|x+|\.{2,}|…|null|none|nil|undefined|""|''|your[_-]?\w*|\$\{?\w+\}?|%\w+%|\{\{[^}]*\}\}|changeme|secret|password|api[_-]?key|key|xxx\w*|[\w-]*\.\.\.)$/i;

const SECRET_PATTERNS: SecretPattern[] = [
  // Slack tokens and signing secrets never belong in a paste.
  { pattern: /()\bxox[abposr]-[A-Za-z0-9-]{8,200}/g },
  { pattern: /()\bxapp-[A-Za-z0-9-]{8,200}/g },
  // Mailgun API keys: legacy `key-<32 hex>` and the newer `<32 hex>-<8 hex>-<8 hex>`.
  { pattern: /()\bkey-(?=[A-Za-z.…]{0,63}\d)[A-Za-z0-9.…]{6,64}/g },
  { pattern: /()\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}\b/g },
  // curl --user 'api:KEY', -u api:KEY, requests auth=("api", "KEY").
  { pattern: /(\bapi:)[^\s'"<>]{4,200}/g },
  { pattern: /(\(\s*["']api["']\s*,\s*["'])[^"'\s]{4,200}(?=["'])/g },
  // user:password@ in any URL or DSN (smtp://, smtps://, https://).
  // (an unencoded `@` in the user name is common: the password runs to the last `@` before the host)
  { pattern: /(\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/'"<>]{1,200}:)[^\s/'"<>]{1,200}(?=@[a-z0-9.-]{1,253}(?:[:/\s'"]|$))/gim },
  // password = value, "password": "value", MAIL_PASSWORD=value, SMTP_PASS: value.
  {
    pattern:
      /((?:passw(?:or)?d|passwd|pass|pwd|secret|api[_-]?key|apikey|(?:access|auth|bot|api|bearer|refresh|app)[_-]?token|signing[_-]?secret)["']?[ \t]*(?:[:=]|=>)[ \t]*["']?)[^\s"',;)}]{3,300}/gi,
  },
  // Authorization headers.
  { pattern: /(\bAuthorization:\s*(?:Basic|Bearer)\s+)[A-Za-z0-9+/=._-]{6,2000}/gi },
  { pattern: /(\b(?:Basic|Bearer)\s+)[A-Za-z0-9+/=._-]{16,2000}/g },
  // SMTP AUTH PLAIN <base64> and the answers to AUTH LOGIN's base64 prompts.
  { pattern: /(\bAUTH\s+(?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2)\s+)[A-Za-z0-9+/=]{4,2000}/gi },
  { pattern: /(334 (?:VXNlcm5hbWU6|UGFzc3dvcmQ6)[^\n]*\n[^\n]{0,80}?(?:->|CLIENT -> SERVER:|C:|>>>)\s*)[A-Za-z0-9+/=]{4,2000}/g },
  // smtplib: s.login("user", "password")
  { pattern: /(\.login\(\s*["'][^"'\n]{1,200}["']\s*,\s*["'])[^"'\n]{1,200}(?=["'])/g },
];

export interface RedactionResult {
  text: string;
  found: boolean;
}

/** Every secret pattern needs one of these; most pastes have none and skip all the patterns. */
const MAY_HOLD_SECRET = /xox|xapp|key|api|:\/\/|pass|pwd|secret|token|auth|basic|bearer|334 |login/i;

export function redactSecrets(text: string): RedactionResult {
  let found = false;
  let out = text;
  if (!MAY_HOLD_SECRET.test(text)) return { text, found };
  for (const { pattern } of SECRET_PATTERNS) {
    out = out.replace(pattern, (match: string, keep: string | undefined) => {
      const prefix = keep ?? '';
      const secret = match.slice(prefix.length);
      if (PLACEHOLDER.test(secret) || secret === REDACTED) return match;
      found = true;
      return prefix + REDACTED;
    });
  }
  return { text: out, found };
}
