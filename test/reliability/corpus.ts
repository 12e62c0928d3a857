/**
 * Seeds for the property tests: the shared corpus (labelled pastes and real bounce emails) when it
 * is next to the repository, else a few pastes of our own, and the mutations people's pastes go
 * through on their way into Slack (cut short, doubled, re-cased, escaped, wrapped by mail software).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');

/** Used only where the shared corpus is absent, so the properties still run on realistic text. */
const FALLBACK_SEEDS = [
  "SMTPRecipientsRefused: {'jane@customer.org': (550, b'5.7.1 Relaying denied')} at smtp.mailgun.org:587",
  'Reporting-MTA: dns; mxa.mailgun.org\nFinal-Recipient: rfc822; info@shop.example\nAction: failed\nStatus: 5.7.1\n' +
    'Diagnostic-Code: smtp; 550 5.7.1 Relaying denied\n',
  '{"event-data": {"event": "failed", "severity": "permanent", "recipient": "bob@example.org", ' +
    '"delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mail.example.org"}}}',
  'Nov 29 18:35:02 mail postfix/smtp[2468]: 9F3B12: to=<a@b.example>, relay=smtp.mailgun.org[34.160.1.1]:587, ' +
    'status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))',
  '421 4.7.28 Our system has detected an unusual rate of unsolicited mail. Try again later.',
];

function readCorpus(): string[] {
  const texts: string[] = [];
  for (const [dir, ext] of [['dev', '.txt'], ['sisimai', '.eml']] as const) {
    const path = join(CORPUS, dir);
    if (!existsSync(path)) continue;
    for (const file of readdirSync(path).filter((f) => f.endsWith(ext)).sort()) texts.push(readFileSync(join(path, file), 'utf8'));
  }
  return texts;
}

const corpus = readCorpus();
export const SEEDS: readonly string[] = corpus.length ? corpus : FALLBACK_SEEDS;
export const USING_SHARED_CORPUS = corpus.length > 0;

/** How Slack escapes a message's text: `& < >`, and links to addresses and URLs. */
export function slackEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}\b/g, (address) => `<mailto:${address}|${address}>`)
    .replace(/\bhttps?:\/\/[^\s<>|]{1,200}/g, (url) => `<${url}|${url}>`);
}

/** Quoted-printable as mail software writes it: `=` as `=3D`, lines soft-broken at 76 columns with `=\n`. */
export function quotedPrintable(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const escaped = line.replace(/=/g, '=3D');
      const parts: string[] = [];
      for (let i = 0; i < escaped.length; i += 75) parts.push(escaped.slice(i, i + 75));
      return parts.join('=\n');
    })
    .join('\n');
}

type Mutation = (text: string) => string;

const at = (text: string, fraction: number) => Math.floor(text.length * fraction);
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** One mutation, with its parameters drawn by fast-check (so failures shrink to a small case). */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((f): Mutation => (t) => t.slice(0, at(t, f))),
  fraction.map((f): Mutation => (t) => t.slice(at(t, f))),
  fc.constant<Mutation>((t) => t + t),
  fc.tuple(fraction, fraction).map(([a, b]): Mutation => (t) => {
    const [from, to] = [at(t, Math.min(a, b)), at(t, Math.max(a, b))];
    return t.slice(0, to) + t.slice(from);
  }),
  fc.constant<Mutation>((t) => t.toUpperCase()),
  fc.constant<Mutation>((t) => t.toLowerCase()),
  fc.tuple(fraction, fraction).map(([a, b]): Mutation => (t) => {
    const [from, to] = [at(t, Math.min(a, b)), at(t, Math.max(a, b))];
    return t.slice(0, from) + t.slice(from, to).toUpperCase() + t.slice(to);
  }),
  fc.tuple(fraction, fc.string({ unit: 'binary', maxLength: 40 })).map(([f, noise]): Mutation => (t) => t.slice(0, at(t, f)) + noise + t.slice(at(t, f))),
  fc.tuple(fraction, fc.constantFrom('<', '>', '&', '|', '=', '\n', '\r\n', '```', '> ', '\u0000', '\uFFFD', '"', '{', '}', '[', ']', '550 ', '5.7.1 ', '@'))
    .map(([f, noise]): Mutation => (t) => t.slice(0, at(t, f)) + noise + t.slice(at(t, f))),
  fc.constant<Mutation>(slackEscape),
  fc.constant<Mutation>(quotedPrintable),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((t) => t.split('\n').map((l) => `> ${l}`).join('\n')),
  fc.constant<Mutation>((t) => `\`\`\`\n${t}\n\`\`\``),
);

/** A corpus case after one to four mutations. */
export const mutatedCase: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, mutations]) => mutations.reduce((text, mutate) => mutate(text), seed));

const credential = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).filter((s) => /\d/.test(s) && /[a-z]/i.test(s));
const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);

/** A line of config or shell history holding a credential, and the credential itself. */
export const pastedSecret: fc.Arbitrary<{ line: string; value: string }> = fc.oneof(
  hex32.map((hex) => ({ line: `MAILGUN_API_KEY=key-${hex}`, value: `key-${hex}` })),
  credential.map((pw) => ({ line: `smtp_password = "${pw}"`, value: pw })),
  credential.map((pw) => ({ line: `SMTP_URL=smtp://postmaster%40mg.example.com:${pw}@smtp.mailgun.org:587`, value: pw })),
  hex32.map((hex) => ({ line: `curl -s --user 'api:${hex}-1a2b3c4d-5e6f7a8b' https://api.mailgun.net/v3/domains`, value: hex })),
);

/** `text` with `line` inserted before the line at `where` (0: first, 1: after the last). */
export function insertLine(text: string, line: string, where: number): string {
  const lines = text.split('\n');
  lines.splice(Math.floor(lines.length * where), 0, line);
  return lines.join('\n');
}
