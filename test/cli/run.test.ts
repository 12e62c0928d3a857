import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args.js';
import { runCli, type CliIo } from '../../src/cli/run.js';
import { SCENARIOS } from '../../src/diagnosis/types.js';

const RELAY = '550 5.7.1 Relaying denied';

/** In-memory I/O: named files, optional stdin, captured output. */
function memoryIo(files: Record<string, string | Uint8Array>, stdin: string | Uint8Array = '') {
  const out: string[] = [];
  const err: string[] = [];
  let stdinReads = 0;
  const bytes = (value: string | Uint8Array) => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
  const io: CliIo = {
    readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes(content);
    },
    async readStdin() {
      stdinReads += 1;
      return bytes(stdin);
    },
    stdout: (chunk) => void out.push(chunk),
    stderr: (chunk) => void err.push(chunk),
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    lines: () => out.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
    stdinReads: () => stdinReads,
  };
}

const FACT_KEYS = [
  'replyCode', 'enhancedCode', 'host', 'hostRole', 'command', 'authAttempted', 'recipient', 'recipients',
  'recipientDomain', 'client', 'region', 'source', 'secretsFound',
];

describe('runCli --json', () => {
  it('prints one line per input, in input order, with the documented fields', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `in-${i}.txt`);
    const mem = memoryIo(Object.fromEntries(names.map((name, i) => [name, `${RELAY} (${i})`])));
    const code = await runCli(['diagnose', '--json', ...names], mem.io);
    expect(code).toBe(0);
    expect(mem.stderr()).toBe('');
    const lines = mem.lines();
    expect(lines.map((line) => line.file)).toEqual(names);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'scenario', 'kind', 'confidence', 'summary', 'evidence', 'facts', 'alternatives']);
      expect(SCENARIOS).toContain(line.scenario);
      expect(typeof line.confidence).toBe('number');
      expect(typeof line.summary).toBe('string');
      expect(Array.isArray(line.evidence)).toBe(true);
      for (const evidence of line.evidence as object[]) expect(Object.keys(evidence)).toEqual(['rule', 'excerpt']);
      expect(Object.keys(line.facts as object)).toEqual(expect.arrayContaining(FACT_KEYS));
      expect(Object.values(line.facts as object)).not.toContain(undefined);
      for (const alt of line.alternatives as object[]) expect(Object.keys(alt)).toEqual(['scenario', 'confidence']);
    }
  });

  it('gives an unreadable file its own {file, error} line, exits 2, and still diagnoses the rest', async () => {
    const mem = memoryIo({ 'a.txt': RELAY, 'c.txt': RELAY });
    const code = await runCli(['diagnose', '--json', 'a.txt', 'missing.txt', 'c.txt'], mem.io);
    expect(code).toBe(2);
    const lines = mem.lines();
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ file: 'missing.txt', error: 'no such file' });
    expect(lines[0]?.scenario).toBeDefined();
    expect(lines[2]?.file).toBe('c.txt');
    expect(lines[2]?.scenario).toBeDefined();
    expect(mem.stderr()).toBe('relaydenied: cannot read missing.txt: no such file\n');
  });

  it('reads standard input for "-" and for no file, with file null, reading it once', async () => {
    const mem = memoryIo({ 'a.txt': RELAY }, RELAY);
    expect(await runCli(['diagnose', '--json', '-', 'a.txt', '-'], mem.io)).toBe(0);
    expect(mem.lines().map((line) => line.file)).toEqual([null, 'a.txt', null]);
    expect(mem.stdinReads()).toBe(1);
    const bare = memoryIo({}, RELAY);
    expect(await runCli(['diagnose', '--json'], bare.io)).toBe(0);
    expect(bare.lines().map((line) => line.file)).toEqual([null]);
  });

  it('diagnoses empty, invalid UTF-8, UTF-16 and 10 MB input without failing', async () => {
    const invalid = Uint8Array.from([0x35, 0x35, 0x30, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0xfd, 0x80]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RELAY, 'utf16le')]);
    const huge = `${'x'.repeat(1000)}\n`.repeat(10_000) + RELAY;
    const mem = memoryIo({ empty: '', invalid, utf16, huge });
    const code = await runCli(['diagnose', '--json', 'empty', 'invalid', 'utf16', 'huge'], mem.io);
    expect(code).toBe(0);
    const lines = mem.lines();
    expect(lines.map((line) => line.file)).toEqual(['empty', 'invalid', 'utf16', 'huge']);
    for (const line of lines) expect(SCENARIOS).toContain(line.scenario);
    expect(lines[2]?.scenario).not.toBe('not-relaying-denied');
  });

  it('says in text that an empty input holds nothing to diagnose (exit 0), and the others are diagnosed', async () => {
    const mem = memoryIo({ empty: ' \n\t\n', relay: RELAY });
    expect(await runCli(['diagnose', 'empty', 'relay'], mem.io)).toBe(0);
    expect(mem.stdout()).toMatch(/==> empty <==\nNothing to diagnose: the input is empty\./);
    expect(mem.stdout()).toMatch(/==> relay <==\n\S/);
    expect(mem.stdout().match(/Nothing to diagnose/g)).toHaveLength(1);
  });

  it('says binary input is not text (exit 2, like an unreadable file) and diagnoses the others', async () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const mem = memoryIo({ 'a.txt': RELAY, 'archive.zip': binary }, binary);
    expect(await runCli(['diagnose', '--json', 'archive.zip', 'a.txt', '-'], mem.io)).toBe(2);
    const lines = mem.lines();
    expect(lines.map((line) => line.file)).toEqual(['archive.zip', 'a.txt', null]);
    expect(lines[0]).toEqual({ file: 'archive.zip', error: expect.stringMatching(/^not text: binary data/) });
    expect(lines[1]?.scenario).toBeDefined();
    expect(lines[2]).toEqual({ file: null, error: expect.stringMatching(/^not text/) });
    expect(mem.stderr()).toContain('relaydenied: archive.zip: not text');
    expect(mem.stderr()).toContain('relaydenied: standard input: not text');
  });
});

describe('runCli text output', () => {
  it('prints the reply as text, with a header per input when there are several', async () => {
    const mem = memoryIo({ 'a.txt': RELAY, 'b.txt': RELAY });
    expect(await runCli(['diagnose', 'a.txt', 'b.txt'], mem.io)).toBe(0);
    const text = mem.stdout();
    expect(text.indexOf('==> a.txt <==')).toBe(0);
    expect(text.indexOf('==> b.txt <==')).toBeGreaterThan(0);
    expect(text).toMatch(/Confidence(?: in this answer \(a Relaying Denied error, side not shown\))?: (high|medium|low) \(\d+%\)/);
    expect(text).not.toContain('{"file"');
  });

  it('prints a single reply without a header and reports an unreadable file on stderr only', async () => {
    const mem = memoryIo({ 'a.txt': RELAY });
    expect(await runCli(['diagnose', 'a.txt', 'gone.txt'], mem.io)).toBe(2);
    expect(mem.stdout()).toContain('==> a.txt <==');
    expect(mem.stdout()).not.toContain('gone.txt');
    expect(mem.stderr()).toContain('cannot read gone.txt: no such file');
    const single = memoryIo({ 'a.txt': RELAY });
    await runCli(['diagnose', 'a.txt'], single.io);
    expect(single.stdout()).not.toContain('==>');
    expect(single.stdout().length).toBeGreaterThan(100);
  });
});

describe('runCli help and usage errors', () => {
  it('prints usage on --help and exits 0', async () => {
    const mem = memoryIo({});
    expect(await runCli(['--help'], mem.io)).toBe(0);
    expect(mem.stdout()).toBe(USAGE);
  });

  it('exits 2 with a message on stderr and nothing on stdout for a usage error', async () => {
    const mem = memoryIo({ 'a.txt': RELAY });
    expect(await runCli(['diagnose', '--ui', 'night', 'a.txt'], mem.io)).toBe(2);
    expect(mem.stdout()).toBe('');
    expect(mem.stderr()).toMatch(/^relaydenied: invalid --ui "night"/);
    expect(mem.stderr()).toContain('Usage: relaydenied diagnose');
  });
});
