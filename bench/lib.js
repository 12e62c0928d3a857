/** What every benchmark shares: paths, statistics, the report table, child processes. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(REPO, 'dist');
export const CORPUS = resolve(REPO, '..', 'shared', 'corpus');
/** test/support compiled by bench/tsconfig.json. */
export const SUPPORT = join(REPO, 'bench', '.build', 'test', 'support');

export const support = async (name) => import(join(SUPPORT, `${name}.js`));

/** The corpus texts: the labelled pastes (dev/*.txt) and the real bounce emails (sisimai/*.eml). */
export function loadCorpus() {
  const read = (dir, ext) => {
    const path = join(CORPUS, dir);
    if (!existsSync(path)) return [];
    return readdirSync(path).filter((f) => f.endsWith(ext)).sort().map((f) => ({ path: join(path, f), text: readFileSync(join(path, f), 'utf8') }));
  };
  return { dev: read('dev', '.txt'), sisimai: read('sisimai', '.eml') };
}

export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
export const median = (values) => percentile(values, 50);

/** Runs `fn` until `ms` have passed (at least `min` times); the median time of one call in ms. */
export function timeMedian(fn, { ms = 300, min = 3, max = 200 } = {}) {
  const times = [];
  const started = performance.now();
  while (times.length < min || (performance.now() - started < ms && times.length < max)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)) + ' ms' : 'n/a');
export const fmtRate = (n) => (Number.isFinite(n) ? `${Math.round(n).toLocaleString('en-US')}/s` : 'n/a');
export const fmtMiB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : 'n/a');
export const fmtRatio = (r) => (Number.isFinite(r) ? `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}×` : 'n/a');

/**
 * One section of the report: a table of figures, each with its anchor and the ratio to it.
 * `met`: true/false when a goal applies, undefined otherwise.
 */
export class Section {
  constructor(title) {
    this.title = title;
    this.rows = [];
    this.notes = [];
  }

  row(figure, value, anchor = '—', ratio = '—', goal = '—', met = undefined) {
    this.rows.push([figure, value, anchor, ratio, goal, met === undefined ? '—' : met ? 'yes' : '**no**']);
  }

  note(text) {
    this.notes.push(text);
  }

  markdown() {
    const head = ['Figure', 'Ours', 'Anchor', 'Ratio', 'Goal', 'Met'];
    const lines = [`## ${this.title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
    for (const r of this.rows) lines.push(`| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`);
    if (this.notes.length) lines.push('', ...this.notes.map((n) => `- ${n}`));
    return `${lines.join('\n')}\n`;
  }
}

/** USER_HZ of /proc/PID/stat: 100 on every Linux Node.js supports. */
const CLOCK_TICKS = 100;

/** An empty working directory, so that no developer's `.env` changes a spawned bot's mode. */
const emptyDir = () => mkdtempSync(join(tmpdir(), 'relaydenied-bench-'));

/**
 * A child process with its output collected and lines awaited.
 * `startedAt`: performance.now() just before spawn (process start as the parent sees it).
 */
export function startChild(command, args, { env = {}, cwd, stdin = 'ignore' } = {}) {
  const workDir = cwd ?? emptyDir();
  const startedAt = performance.now();
  const child = spawn(command, args, {
    cwd: workDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  const watchers = new Set();
  const exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal, at: performance.now() })));
  // The empty directory made for this child goes with it.
  if (!cwd) child.on('close', () => rmSync(workDir, { recursive: true, force: true }));
  for (const stream of ['stdout', 'stderr']) {
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk) => {
      out[stream] += chunk;
      for (const w of [...watchers]) w(stream, chunk);
    });
  }
  return {
    child,
    out,
    startedAt,
    exited,
    /** Resolves { match, at } once `pattern` appears on `stream`; rejects after `timeoutMs` or on exit. */
    waitFor(stream, pattern, timeoutMs = 20_000) {
      return new Promise((resolveWait, reject) => {
        const check = () => {
          const match = out[stream].match(pattern);
          if (!match) return false;
          cleanup();
          resolveWait({ match, at: performance.now() });
          return true;
        };
        const watcher = (s) => s === stream && check();
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${pattern} on ${stream} of ${args.join(' ')} within ${timeoutMs} ms.\nstderr: ${out.stderr.slice(-2000)}`));
        }, timeoutMs);
        const onExit = () => {
          setImmediate(() => {
            if (check()) return;
            cleanup();
            reject(new Error(`${args.join(' ')} exited before ${pattern}.\nstderr: ${out.stderr.slice(-2000)}`));
          });
        };
        const cleanup = () => {
          clearTimeout(timer);
          watchers.delete(watcher);
          child.off('exit', onExit);
        };
        if (check()) return;
        watchers.add(watcher);
        child.on('exit', onExit);
      });
    },
    /** Peak resident set size in bytes (Linux: VmHWM), or NaN where /proc is not available. */
    peakRss() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(status.match(/^VmHWM:\s+(\d+)\s+kB/m)?.[1]);
        return kb * 1024;
      } catch {
        return Number.NaN;
      }
    },
    /** CPU time (user + system) the process has used so far, in ms (Linux /proc), or NaN. */
    cpuMs() {
      try {
        // Fields after the command name, which is in parentheses and may hold spaces.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
      } catch {
        return Number.NaN;
      }
    },
    /**
     * CPU time (ms) of each of the process's threads so far, with its nice value (Linux /proc): a
     * Map tid → { ms, nice }; empty where /proc is not available.
     */
    threadCpu() {
      const threads = new Map();
      try {
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          try {
            const fields = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
            threads.set(Number(tid), { ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS, nice: Number(fields[16]) });
          } catch {
            // The thread ended between the listing and the read.
          }
        }
      } catch {
        // No /proc.
      }
      return threads;
    },
    /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
    async stop(graceMs = 8000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Runs a command to completion; resolves { code, stdout, stderr, ms }. */
export function runToEnd(command, args, { env = process.env, cwd = REPO, input, timeoutMs = 120_000 } = {}) {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => { stdout += c; });
    child.stderr.setEncoding('utf8').on('data', (c) => { stderr += c; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.slice(0, 3).join(' ')}… took over ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr, ms: performance.now() - started });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}
