import { describe, expect, it, vi } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run.js';

// Simulates a bug in the engine for one input: the CLI must keep going for the others.
vi.mock('../../src/diagnosis/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/diagnosis/index.js')>();
  return {
    ...real,
    diagnose: (text: string) => {
      if (text.includes('BOOM')) throw new Error('engine exploded');
      return real.diagnose(text);
    },
  };
});

describe('runCli when the engine throws', () => {
  it('reports the failure on its own line, exits 1, and diagnoses the other inputs', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      readFile: (path) => new TextEncoder().encode(path === 'bad' ? 'BOOM' : '550 5.7.1 Relaying denied'),
      readStdin: async () => new Uint8Array(),
      stdout: (chunk) => void out.push(chunk),
      stderr: (chunk) => void err.push(chunk),
    };
    const code = await runCli(['diagnose', '--json', 'good', 'bad', 'also-good'], io);
    expect(code).toBe(1);
    const lines = out.join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.file)).toEqual(['good', 'bad', 'also-good']);
    expect(lines[1]).toEqual({ file: 'bad', error: 'diagnosis failed: engine exploded' });
    expect(lines[2]?.scenario).toBeDefined();
    expect(err.join('')).toContain('relaydenied: bad: diagnosis failed: engine exploded');
  });
});
