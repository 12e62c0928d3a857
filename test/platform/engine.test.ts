/**
 * The reply engine's worker thread (src/slack/engine.ts): the same answers as the engine run in
 * this thread, and failures (a request past its time, a closed engine) that fail only the requests
 * concerned, after which the engine keeps answering.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { createButtonCodec } from '../../src/slack/button-value.js';
import { composeAnswer } from '../../src/slack/compose.js';
import { createWorkerEngine, EngineError, type ReplyEngine } from '../../src/slack/engine.js';
import { SafeLogger } from '../../src/slack/logger.js';
import { engineNice, lowerThisThreadsPriority } from '../../src/slack/thread-priority.js';

const SECRET = 'xoxb-engine-test-token';
const fixtures = join(import.meta.dirname, '../fixtures/pastes');
const pastes = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).slice(0, 12).map((f) => readFileSync(join(fixtures, f), 'utf8'));
const presentation = { ui: 'all', audience: 'public', shareable: false } as const;

/** A worker with the real operations that hangs on a paste of `HANG` and exits on `CRASH`. */
const MISBEHAVING = new URL('../support/misbehaving-engine-worker.js', import.meta.url);

const engines: ReplyEngine[] = [];
function startEngine(options: { timeoutMs?: number; startTimeoutMs?: number; workerFile?: URL } = {}) {
  const warnings: string[] = [];
  const logger = new SafeLogger({ level: 'warn', write: (line) => warnings.push(line) });
  const engine = createWorkerEngine({ codecSecret: SECRET, logger, ...options });
  engines.push(engine);
  return { engine, warnings };
}

afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
});

describe('the reply engine in its worker thread', () => {
  it('answers exactly as the engine does in this thread', async () => {
    const { engine } = startEngine();
    const codec = createButtonCodec(SECRET);
    for (const text of pastes) {
      const diagnosis = diagnose(text);
      expect(await engine.diagnose(text)).toEqual(diagnosis);
      expect(await engine.composeAnswer({ text, notes: [] }, presentation)).toEqual(composeAnswer({ text, notes: [] }, presentation, codec, diagnosis));
    }
  });

  it('answers requests sent together, each with its own result', async () => {
    const { engine } = startEngine();
    const results = await Promise.all(pastes.map((text) => engine.diagnose(text)));
    expect(results.map((d) => d.scenario)).toEqual(pastes.map((text) => diagnose(text).scenario));
  });

  it('fails a request that runs past the time limit, with a warning, and answers the next one with a new worker', async () => {
    const { engine, warnings } = startEngine({ timeoutMs: 300, workerFile: MISBEHAVING });
    await expect(engine.diagnose('HANG')).rejects.toThrow(/^diagnosis failed: a request took longer than 300 ms/);
    expect(warnings.join('\n')).toMatch(/longer than 300 ms; restarting the worker/);
    const next = await engine.diagnose('550 5.7.1 Relaying denied');
    expect(next.scenario).not.toBe('not-relaying-denied');
  });

  it('fails the requests of a worker that dies, and answers the next one with a new worker', async () => {
    const { engine, warnings } = startEngine({ workerFile: MISBEHAVING });
    await expect(engine.diagnose('CRASH')).rejects.toThrow(/^diagnosis failed: the worker stopped \(exit code 3\)/);
    expect(warnings.join('\n')).toMatch(/the worker stopped \(exit code 3\); the next requests go to a new worker/);
    expect((await engine.diagnose('550 5.7.1 Relaying denied')).facts.enhancedCode).toBe('5.7.1');
  });

  it('fails only the request the worker hung on: the ones queued behind it are answered by a new worker', async () => {
    const { engine } = startEngine({ timeoutMs: 300, workerFile: MISBEHAVING });
    const [hung, queued, crashed, after] = await Promise.allSettled([
      engine.diagnose('HANG'),
      engine.diagnose('550 5.7.1 Relaying denied'),
      engine.diagnose('CRASH'),
      engine.diagnose('554 5.7.1 <a@b.example>: Relay access denied'),
    ]);
    expect(hung.status === 'rejected' && String(hung.reason)).toMatch(/longer than 300 ms/);
    expect(queued.status).toBe('fulfilled');
    expect(crashed.status === 'rejected' && String(crashed.reason)).toMatch(/exit code 3/);
    expect(after.status === 'fulfilled' && after.value.facts.enhancedCode).toBe('5.7.1');
  });

  it('fails a request whose result cannot be sent back, and keeps the worker', async () => {
    const { engine } = startEngine({ workerFile: MISBEHAVING });
    await expect(engine.diagnose('UNCLONABLE')).rejects.toThrow(/the result could not be sent back/);
    expect((await engine.diagnose('550 5.7.1 Relaying denied')).facts.enhancedCode).toBe('5.7.1');
  });

  it('gives up on a worker that never starts, and reports a worker that throws a non-Error while loading', async () => {
    const stuck = startEngine({ startTimeoutMs: 300, workerFile: new URL('../support/stuck-engine-worker.js', import.meta.url) });
    await expect(stuck.engine.diagnose('550 5.7.1 Relaying denied')).rejects.toThrow(/did not start within 300 ms/);
    const throwing = startEngine({ workerFile: new URL('../support/throwing-engine-worker.js', import.meta.url) });
    await expect(throwing.engine.diagnose('550 5.7.1 Relaying denied')).rejects.toThrow(/the worker failed \(null\)/);
  });

  it('refuses to start without its worker file, saying how to build it', () => {
    const { engine } = startEngine({ workerFile: new URL('file:///nonexistent/engine-worker.js') });
    expect(() => engine.start()).toThrow(/worker file is missing .*run npm run build/);
  });

  it('does not keep the process alive while idle', () => {
    const script = `import { createWorkerEngine } from ${JSON.stringify(new URL('../../dist/slack/engine.js', import.meta.url).href)};
      const engine = createWorkerEngine({ codecSecret: 's', logger: console });
      engine.start();
      const d = await engine.diagnose('550 5.7.1 Relaying denied');
      console.log(d.facts.enhancedCode);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
    expect(run.stdout.trim()).toBe('5.7.1');
    expect(run.status).toBe(0);
    // V8's own flags on the command line, which a worker refuses, do not keep it from starting.
    const flagged = spawnSync(process.execPath, ['--max-old-space-size=512', '--stack-size=900', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
    expect(flagged.stdout.trim()).toBe('5.7.1');
    expect(flagged.status).toBe(0);
  });

  it('rejects what is in flight when closed, and everything after', async () => {
    const { engine } = startEngine();
    const inFlight = engine.diagnose('550 5.7.1 Relaying denied\n'.repeat(50_000));
    await engine.close();
    await expect(inFlight).rejects.toThrow(/the engine is closed/);
    await expect(engine.diagnose('550 5.7.1 Relaying denied')).rejects.toThrow(EngineError);
  });

  it('reports an operation that throws in the worker as an EngineError, and keeps answering', async () => {
    const { engine } = startEngine();
    // A diagnosis without facts makes composing fail: a bug in the caller, reported, not fatal.
    const broken = { ...diagnose('550 5.7.1 Relaying denied'), facts: undefined } as unknown as ReturnType<typeof diagnose>;
    await expect(engine.composeDiagnosis(broken, presentation)).rejects.toThrow(/^diagnosis failed: /);
    expect((await engine.diagnose('550 5.7.1 Relaying denied')).facts.enhancedCode).toBe('5.7.1');
  });
});

/** Each thread of this process and its nice value (Linux: field 19 of /proc/self/task/TID/stat). */
function threadNices(): Map<number, number> {
  const nices = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      nices.set(Number(tid), Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[16]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return nices;
}

describe('the engine worker\'s CPU priority', () => {
  if (process.platform === 'linux') {
    it('is lowered for the worker thread alone, never for the thread that acknowledges Slack', async () => {
      const before = threadNices();
      const { engine } = startEngine();
      await engine.diagnose('550 5.7.1 Relaying denied');
      const after = threadNices();
      const started = [...after].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
      expect(started.filter((nice) => nice === engineNice(getPriority()))).toHaveLength(1);
      // The process's main thread and every thread that was already running keep their priority.
      for (const [tid, nice] of before) if (after.has(tid)) expect(after.get(tid)).toBe(nice);
      expect(after.get(process.pid)).toBe(before.get(process.pid));
    });

    it('refuses to lower a process\'s main thread (its thread id is the process id)', () => {
      const script = `import { lowerThisThreadsPriority } from ${JSON.stringify(new URL('../../dist/slack/thread-priority.js', import.meta.url).href)};
        import { getPriority } from 'node:os';
        console.log(lowerThisThreadsPriority(), getPriority());`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
      // Unchanged: the priority it inherited from this process.
      expect(run.stdout.trim()).toBe(`false ${getPriority()}`);
    });
  } else {
    it('is left alone where threads have no id of their own to lower (not Linux)', () => {
      expect(lowerThisThreadsPriority()).toBe(false);
    });
  }
});
