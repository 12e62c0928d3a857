/**
 * The reply engine: EngineOps (diagnose, compose) run in a worker thread.
 *
 * Diagnosing and composing cost about a millisecond of CPU per paste, several for a large one. On
 * the main thread that time would delay every other event's acknowledgement and reply; in a worker
 * it runs beside them. The worker also contains failures: a request that runs past `timeoutMs` or
 * makes the worker die (a bug, memory exhausted by a hostile paste) fails alone, with an EngineError
 * the listeners answer with an apology; the requests queued behind it go to a new worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '@slack/bolt';
import type { EngineOps } from './engine-ops.js';

/** EngineOps, asynchronous, plus close(). */
export type ReplyEngine = {
  [K in keyof EngineOps]: (...args: Parameters<EngineOps[K]>) => Promise<ReturnType<EngineOps[K]>>;
} & {
  /** Throws when the worker's file is missing (the build was not run). */
  checkWorkerFile(): void;
  /** Starts the worker now, so that the first paste finds it loaded; throws when its file is missing. */
  start(): void;
  /** Rejects requests in flight and stops the worker; later requests reject. */
  close(): Promise<void>;
};

/** A request the engine could not answer (timed out, worker stopped, or the operation threw). */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}

export interface EngineWorkerData {
  /** Signs button values (see button-value.ts). */
  codecSecret: string;
}
export interface EngineRequest {
  id: number;
  op: keyof EngineOps;
  args: unknown[];
}
export type EngineReply =
  | { ready: true; id?: undefined }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };

export interface WorkerEngineOptions extends EngineWorkerData {
  logger: Logger;
  /** A request the worker has worked on this long fails (the queue behind it goes to a new worker). */
  timeoutMs?: number;
  /** The worker's script (default engine-worker.js); the tests pass one that hangs or crashes on cue. */
  workerFile?: URL;
  /** A worker not ready after this long is given up (default START_TIMEOUT_MS). */
  startTimeoutMs?: number;
}

/** Far above any real paste (the engine caps its work at about 50 ms); only a bug reaches it. */
export const DEFAULT_ENGINE_TIMEOUT_MS = 10_000;
/** Bounds a worker's heap, so that a paste that blows up memory kills the worker, not the bot. */
const WORKER_HEAP_MB = 512;
/**
 * The worker's young generation. A request's garbage is small (a paste, a diagnosis, a few KiB of
 * blocks), so 4 MB is plenty; each MB here is resident for the worker's life. Measured in the bench
 * (500 events, 12 alternated runs): peak RSS -2% (~4 MiB) against 8 MB; CPU and latencies within
 * the bench's noise.
 */
const WORKER_YOUNG_MB = 4;
/** Loading the engine takes well under a second; a worker that has not started by then never will. */
const START_TIMEOUT_MS = 30_000;

interface Pending {
  id: number;
  op: keyof EngineOps;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: EngineError): void;
}

/** The worker's compiled file: under the test runner this module is TypeScript in src/, the worker is always built JavaScript in dist/. */
function workerFile(): URL {
  const beside = new URL('./engine-worker.js', import.meta.url);
  return import.meta.url.endsWith('.ts') ? new URL(beside.href.replace(/\/src\/slack\/engine-worker\.js$/, '/dist/slack/engine-worker.js')) : beside;
}

/** What a thrown value says; a worker can throw anything, `null` included. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The flags a Worker refused (`ERR_WORKER_INVALID_EXEC_ARGV`, which lists them), or none. */
function refusedFlags(error: unknown): Set<string> {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_WORKER_INVALID_EXEC_ARGV') return new Set();
  const listed = /flags: (.+)$/.exec(messageOf(error))?.[1];
  return new Set(listed ? listed.split(', ') : []);
}

/**
 * The worker answers requests one at a time, in the order they were sent, so the oldest pending
 * request is the one it is working on. Only that one has a running time limit, and only that one
 * fails when the worker hangs or dies on it; the requests queued behind it go to a new worker.
 */

export function createWorkerEngine(options: WorkerEngineOptions): ReplyEngine {
  const timeoutMs = options.timeoutMs ?? DEFAULT_ENGINE_TIMEOUT_MS;
  const startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  const file = options.workerFile ?? workerFile();
  const { logger } = options;
  const queue: Pending[] = [];
  let nextId = 1;
  let worker: Worker | null = null;
  let ready = false;
  let closed = false;
  /** The time limit of the request the worker is on, or of its start-up. */
  let timer: NodeJS.Timeout | null = null;

  const disarm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  /** The one timer that matters now; and the worker keeps the process alive only while it has work. */
  const arm = () => {
    disarm();
    if (!worker) return;
    if (queue.length === 0) {
      worker.unref();
      return;
    }
    worker.ref();
    timer = ready
      ? setTimeout(() => failHead(`a request took longer than ${timeoutMs} ms`, 'restarting the worker'), timeoutMs)
      : setTimeout(() => failAll(`the worker did not start within ${startTimeoutMs} ms`), startTimeoutMs);
  };

  const endWorker = () => {
    const current = worker;
    worker = null;
    ready = false;
    disarm();
    if (current) {
      current.removeAllListeners();
      // A worker that already exited has nothing to end; one stuck in a loop is ended here.
      current.on('error', () => undefined);
      void current.terminate();
    }
  };

  const post = (entry: Pending): void => {
    try {
      worker?.postMessage({ id: entry.id, op: entry.op, args: entry.args } satisfies EngineRequest);
    } catch (error) {
      // Something that cannot be cloned: a bug in the caller, not in the worker.
      queue.splice(queue.indexOf(entry), 1);
      entry.reject(new EngineError(`diagnosis failed: ${messageOf(error)}`));
    }
  };

  /** The request the worker was on failed it (a hang, a crash): it fails; the others go to a new worker. */
  const failHead = (why: string, then: string) => {
    logger.warn(`engine: ${why}; ${then}`);
    const head = queue.shift();
    endWorker();
    head?.reject(new EngineError(`diagnosis failed: ${why}`));
    if (queue.length > 0 && !closed) {
      worker = startWorker();
      for (const entry of [...queue]) post(entry);
    }
    arm();
  };

  /** The worker could not start: nothing it was given can be answered; the next request tries again. */
  const failAll = (why: string) => {
    logger.error(`engine: ${why}`);
    endWorker();
    for (const entry of queue.splice(0)) entry.reject(new EngineError(`diagnosis failed: ${why}`));
  };

  // A worker inherits the process's flags; `--input-type` (node -e) makes it refuse its own file.
  let execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
  const newWorker = () =>
    new Worker(file, {
      workerData: { codecSecret: options.codecSecret } satisfies EngineWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      execArgv,
    });

  const startWorker = (): Worker => {
    let started: Worker;
    try {
      started = newWorker();
    } catch (error) {
      // V8's own flags (`node --max-old-space-size=512`) already apply to the whole process, and a
      // worker refuses them: it starts without them.
      const refused = refusedFlags(error);
      if (refused.size === 0) throw error;
      execArgv = execArgv.filter((flag) => !refused.has(flag));
      started = newWorker();
    }
    started.on('message', (reply: EngineReply) => {
      if (reply.id === undefined) {
        ready = true;
        arm();
        return;
      }
      const index = queue.findIndex((entry) => entry.id === reply.id);
      if (index === -1) return;
      const [entry] = queue.splice(index, 1);
      if (reply.ok) entry!.resolve(reply.value);
      else entry!.reject(new EngineError(`diagnosis failed: ${reply.error}`));
      arm();
    });
    const died = (why: string) => {
      if (worker !== started) return;
      if (ready) failHead(why, 'the next requests go to a new worker');
      else failAll(why);
    };
    started.on('error', (error) => died(`the worker failed (${messageOf(error)})`));
    started.on('exit', (code) => died(`the worker stopped (exit code ${code})`));
    // Added after the listeners: adding a 'message' listener refs the worker again.
    started.unref();
    return started;
  };

  const checkWorkerFile = () => {
    if (!existsSync(fileURLToPath(file))) {
      throw new EngineError(`the engine's worker file is missing (${fileURLToPath(file)}): run npm run build`);
    }
  };

  const call = (op: keyof EngineOps, args: unknown[]): Promise<never> => {
    if (closed) return Promise.reject(new EngineError('diagnosis failed: the engine is closed'));
    worker ??= startWorker();
    const entry: Pending = { id: nextId, op, args, resolve: () => undefined, reject: () => undefined };
    nextId += 1;
    const settled = new Promise<never>((resolve, reject) => {
      entry.resolve = resolve as (value: unknown) => void;
      entry.reject = reject;
    });
    queue.push(entry);
    post(entry);
    if (queue.length === 1 || !timer) arm();
    return settled;
  };

  return {
    diagnose: (...args) => call('diagnose', args),
    composeDiagnosis: (...args) => call('composeDiagnosis', args),
    composeAnswer: (...args) => call('composeAnswer', args),
    decodeButton: (...args) => call('decodeButton', args),
    checkWorkerFile,
    start() {
      if (closed || worker) return;
      checkWorkerFile();
      worker = startWorker();
    },
    async close() {
      closed = true;
      endWorker();
      for (const entry of queue.splice(0)) entry.reject(new EngineError('diagnosis failed: the engine is closed'));
    },
  };
}
