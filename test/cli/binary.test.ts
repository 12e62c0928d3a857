/** The real built executable: `node dist/cli/main.js` (npm test builds it first; rebuilt here if stale). */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'cli', 'main.js');
let dir: string;

function newestSource(folder: string): number {
  return Math.max(
    0,
    ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [MAIN, ...args], { input, cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ndjson = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(() => {
  const built = (() => {
    try {
      return statSync(MAIN).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built < newestSource(join(ROOT, 'src'))) {
    // tsc still emits when a file someone else is editing has type errors; the check is whether main.js exists.
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'ignore' });
    } catch {
      // reported by the assertions below if the CLI is missing or broken
    }
  }
  dir = mkdtempSync(join(tmpdir(), 'relaydenied-cli-'));
  writeFileSync(join(dir, 'one.txt'), '550 5.7.1 Relaying denied\n');
  writeFileSync(join(dir, 'two.txt'), 'smtp.mailgun.org said: 550 5.7.1 Relaying denied for <bob@example.org>\n');
  writeFileSync(
    join(dir, 'nodemailer.txt'),
    [
      "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied",
      '    at SMTPConnection._actionRCPT (node_modules/nodemailer/lib/smtp-connection/index.js:1702:27)',
      "  code: 'EENVELOPE', response: '550 5.7.1 Relaying denied', command: 'RCPT TO'",
      'transport: host smtp.mailgun.org port 587, no auth configured',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'binary.bin'), Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 31 + 7) % 256)));
  writeFileSync(join(dir, 'invalid.txt'), Buffer.from([0x35, 0x35, 0x30, 0x20, 0xc3, 0x28, 0xff, 0x0a]));
  writeFileSync(join(dir, 'big.txt'), `${'filler line of a log\n'.repeat(500_000)}550 5.7.1 Relaying denied\n`);
  writeFileSync(join(dir, 'locked.txt'), 'x');
  chmodSync(join(dir, 'locked.txt'), 0o000);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('relaydenied (built binary)', () => {
  it('starts with a node shebang', () => {
    const head = execFileSync('head', ['-n1', MAIN], { encoding: 'utf8' });
    expect(head.trim()).toBe('#!/usr/bin/env node');
  });

  it('prints usage for --help and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: relaydenied diagnose \[--json\] \[--ui classic\|beta\|current\|all\] \[FILE \.\.\.\]/);
  });

  it('prints NDJSON, one line per input in order, and exits 0', () => {
    const { code, stdout, stderr } = run(['diagnose', '--json', 'two.txt', 'one.txt', 'two.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ndjson(stdout).map((line) => line.file)).toEqual(['two.txt', 'one.txt', 'two.txt']);
  });

  it('reads standard input', () => {
    const { code, stdout } = run(['diagnose', '--json'], '550 5.7.1 Relaying denied');
    expect(code).toBe(0);
    const [line] = ndjson(stdout);
    expect(line?.file).toBeNull();
    expect(typeof line?.scenario).toBe('string');
    const text = run(['diagnose', '-'], '550 5.7.1 Relaying denied');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Confidence(?: in this answer \(a Relaying Denied error, side not shown\))?: (high|medium|low)/);
  });

  it('reports missing, unreadable and directory inputs with exit 2 while diagnosing the others', () => {
    const { code, stdout, stderr } = run(['diagnose', '--json', 'one.txt', 'nope.txt', '.', 'two.txt']);
    expect(code).toBe(2);
    const lines = ndjson(stdout);
    expect(lines.map((line) => line.file)).toEqual(['one.txt', 'nope.txt', '.', 'two.txt']);
    expect(lines[1]).toEqual({ file: 'nope.txt', error: 'no such file' });
    expect(lines[2]).toEqual({ file: '.', error: 'is a directory' });
    expect(lines[3]?.scenario).toBeDefined();
    expect(stderr).toContain('relaydenied: cannot read nope.txt: no such file');
  });

  it('reports a file it has no permission to read (unless running as root)', () => {
    const { code, stdout } = run(['diagnose', '--json', 'locked.txt']);
    if (process.getuid?.() === 0) {
      expect(code).toBe(0);
    } else {
      expect(code).toBe(2);
      expect(ndjson(stdout)[0]).toEqual({ file: 'locked.txt', error: 'permission denied' });
    }
  });

  it('exits 2 with a message on stderr for a usage error', () => {
    for (const args of [['diagnose', '--ui', 'dark'], ['frobnicate'], ['diagnose', '--nope'], []]) {
      const { code, stdout, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^relaydenied: /);
    }
  });

  it('diagnoses invalid UTF-8 and a 10 MB file, and says binary input is not text, without crashing', () => {
    const { code, stdout, stderr } = run(['diagnose', '--json', 'binary.bin', 'invalid.txt', 'big.txt']);
    expect(stderr).toMatch(/^relaydenied: binary\.bin: not text: binary data/);
    expect(code).toBe(2);
    const lines = ndjson(stdout);
    expect(lines.map((line) => line.file)).toEqual(['binary.bin', 'invalid.txt', 'big.txt']);
    expect(lines[0]?.error).toMatch(/^not text/);
    for (const line of lines.slice(1)) expect(typeof line.scenario).toBe('string');
  });

  it('shows only the chosen UI in text mode for an unauthenticated send through Mailgun', () => {
    const classic = run(['diagnose', '--ui', 'classic', 'nodemailer.txt']);
    expect(classic.code).toBe(0);
    expect(classic.stdout).toContain('Classic UI');
    expect(classic.stdout).toContain('Under Domain Information, read Default SMTP Login and Default Password');
    expect(classic.stdout).toContain('nodemailer.createTransport');
    expect(classic.stdout).not.toContain('Beta UI');
    expect(classic.stdout).not.toContain('Current UI');
    const all = run(['diagnose', 'nodemailer.txt']);
    for (const title of ['Classic UI', 'Beta UI', 'Current UI']) expect(all.stdout).toContain(title);
  });
});
