/**
 * Runs the built bot as `npm start` runs it (`node [flags] dist/main.js`) in a child process, for what only
 * a process shows: exit codes, signals, what lands on stdout and on stderr.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN = join(ROOT, 'dist', 'main.js');
/** Node's flags in package.json's start script (`node FLAGS dist/main.js`), so the tests run what ships. */
const START_FLAGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .trim()
  .split(/\s+/)
  .slice(1, -1);

let built = false;
/**
 * Builds dist/ unless it is already up to date with src/ (as under `npm test`, which builds first:
 * rebuilding would rewrite files other test files may be spawning at that moment). Type errors
 * elsewhere in the shared tree do not stop tsc from emitting, so only a missing dist/main.js counts
 * as a failed build.
 */
export function buildDist(): void {
  if (built || distIsFresh()) {
    built = true;
    return;
  }
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // reported below if nothing was emitted
  }
  if (!existsSync(MAIN)) throw new Error('npx tsc -p tsconfig.json did not produce dist/main.js');
  built = true;
}

/** True when every TypeScript file under src/ has its compiled .js in dist/, at least as new. */
function distIsFresh(): boolean {
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  return sources.every((file) => {
    const output = join(ROOT, 'dist', file.replace(/\.ts$/, '.js'));
    return existsSync(output) && statSync(output).mtimeMs >= statSync(join(ROOT, 'src', file)).mtimeMs;
  });
}

const temporaryDirs = new Set<string>();

/**
 * An empty working directory (so a developer's .env cannot change the mode), optionally with a
 * .env; spawnBot removes it when the process it runs in exits.
 */
export function tempWorkDir(dotenv?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'relaydenied-'));
  if (dotenv !== undefined) writeFileSync(join(dir, '.env'), dotenv);
  temporaryDirs.add(dir);
  return dir;
}

export interface BotProcess {
  child: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves when stdout or stderr (as chosen) matches, with the text so far. */
  waitFor(stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** `at`: Date.now() when the process had exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

export interface SpawnOptions {
  /** The whole environment besides PATH (nothing is inherited: no stray SLACK_* variables). */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed; leave out to keep stdin open. */
  input?: string | Buffer;
  cwd?: string;
}

export function spawnBot({ env = {}, input, cwd = tempWorkDir() }: SpawnOptions = {}): BotProcess {
  const child = spawn(process.execPath, [...START_FLAGS, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    wake();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    wake();
  });
  // A child that stops reading early (huge input) closes the pipe: that is not a test failure.
  child.stdin!.on('error', () => {});
  if (input !== undefined) child.stdin!.end(input);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.on('close', (code, signal) => {
      if (temporaryDirs.delete(cwd)) rmSync(cwd, { recursive: true, force: true });
      wake();
      resolve({ code, signal, at: Date.now() });
    });
  });

  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    waitFor(stream, pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = (stream === 'stdout' ? stdout : stderr).match(pattern);
          if (match) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(match);
          } else if (child.exitCode !== null) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`process exited (${child.exitCode}) before ${stream} matched ${pattern}:\n${stdout}\n${stderr}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${stream} did not match ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
