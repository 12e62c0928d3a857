/**
 * src/diagnosis/regexp-engine.ts changes a V8 flag at run time, for the whole process: patterns
 * that ran before it (Node's, undici's, another thread's) must keep working, and the engine's own
 * patterns must be compiled at their first use. Each case runs in a fresh `node`, as the flag
 * would otherwise change this test process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = new URL('../../dist/diagnosis/regexp-engine.js', import.meta.url).href;

function runNode(script: string, flags: string[] = []) {
  return spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 20_000,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
}

describe('regexp-engine (the V8 flag set by the engine and the entry points)', () => {
  it('leaves a pattern that already ran in the interpreter working (Node 20 crashed on it)', () => {
    // undici's check of a request path, run once before the engine loads and again after: with
    // `--no-regexp-tier-up` switched on at run time this second use was a segmentation fault.
    const result = runNode(`
      const invalidPath = /[^\\u0021-\\u00ff]/;
      const before = invalidPath.test('/api/chat.postMessage');
      await import(${JSON.stringify(MODULE)});
      // A subject of 1,000 characters or more takes V8's runtime path, where the crash was.
      const long = '/api/' + 'x'.repeat(2000);
      const after = [invalidPath.test(long), invalidPath.exec(long + ' '), long.split(invalidPath).length];
      console.log(JSON.stringify({ before, after }));
    `);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ before: false, after: [false, [' '], 1] });
  });

  it('compiles a pattern made after it to native code at its first use, without the interpreter', () => {
    const result = runNode(`
      await import(${JSON.stringify(MODULE)});
      new RegExp('relay(ing)? (access )?denied' + process.pid, 'i').test('550 5.7.1 Relaying denied');
    `, ['--trace-regexp-tier-up']);
    expect(result.status).toBe(0);
    // V8 traces each compilation on stdout; the last is the pattern made last. Without the flag it
    // would be `bytecode size`: the interpreter first.
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^JSRegExp object \S+ native code size: \d+$/);
  });
});
