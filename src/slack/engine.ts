/**
 * The reply engine: EngineOps (diagnose, compose) run in a worker thread.
 *
 * Diagnosing and composing cost about a millisecond of CPU per paste, several for a large one. On
 * the main thread that time would delay every other event's acknowledgement and reply; in a worker
 * it runs beside them. The worker also contains failures: a request that runs past `timeoutMs` or a
 * worker that dies (a bug, memory exhausted by a hostile paste) fails only the requests in flight,
 * with an EngineError the listeners answer with an apology; the next request starts a new worker.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '@slack/bolt';
import type { EngineOps } from './engine-ops.js';

/** EngineOps, asynchronous, plus close(). */
export type ReplyEngine = {
  [K in keyof EngineOps]: (...args: Parameters<EngineOps[K]>) => Promise<ReturnType<EngineOps[K]>>;
} & {
  /** Starts the worker now, so that it loads while the bot connects (else the first request starts it). */
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
  /** A request not answered within this time (counted once the worker is ready) fails. */
  timeoutMs?: number;
  /** The worker's script (default engine-worker.js); the tests pass one that hangs or crashes on cue. */
  workerFile?: URL;
}

/** Far above any real paste (the engine caps its work at about 50 ms); only a bug reaches it. */
export const DEFAULT_ENGINE_TIMEOUT_MS = 10_000;
/** Bounds a worker's heap, so that a paste that blows up memory kills the worker, not the bot. */
const WORKER_HEAP_MB = 512;

interface Pending {
  resolve(value: unknown): void;
  reject(error: EngineError): void;
  timer: NodeJS.Timeout | null;
}

/** The worker's compiled file: under the test runner this module is TypeScript in src/, the worker is always built JavaScript in dist/. */
function workerFile(): URL {
  const beside = new URL('./engine-worker.js', import.meta.url);
  return import.meta.url.endsWith('.ts') ? new URL(beside.href.replace(/\/src\/slack\/engine-worker\.js$/, '/dist/slack/engine-worker.js')) : beside;
}

export function createWorkerEngine(options: WorkerEngineOptions): ReplyEngine {
  const timeoutMs = options.timeoutMs ?? DEFAULT_ENGINE_TIMEOUT_MS;
  const { logger } = options;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  let ready = false;
  let closed = false;

  const startTimer = (entry: Pending) => {
    entry.timer = setTimeout(() => {
      logger.warn(`engine: a request took longer than ${timeoutMs} ms; restarting the worker`);
      stopWorker(`a request took longer than ${timeoutMs} ms`);
    }, timeoutMs);
  };

  /** Ends the current worker and fails everything it was doing. */
  const stopWorker = (why: string) => {
    const current = worker;
    worker = null;
    ready = false;
    for (const [id, entry] of pending) {
      if (entry.timer) clearTimeout(entry.timer);
      pending.delete(id);
      entry.reject(new EngineError(`diagnosis failed: ${why}`));
    }
    if (current) {
      current.removeAllListeners();
      // A worker that already exited has nothing to end; one stuck in a loop is ended here.
      current.on('error', () => undefined);
      void current.terminate();
    }
  };

  const startWorker = (): Worker => {
    const started = new Worker(options.workerFile ?? workerFile(), {
      workerData: { codecSecret: options.codecSecret } satisfies EngineWorkerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
    });
    // Idle, the worker must not keep the process alive; requests in flight have their own handles.
    started.unref();
    started.on('message', (reply: EngineReply) => {
      if (reply.id === undefined) {
        ready = true;
        for (const entry of pending.values()) if (!entry.timer) startTimer(entry);
        return;
      }
      const entry = pending.get(reply.id);
      if (!entry) return;
      pending.delete(reply.id);
      if (entry.timer) clearTimeout(entry.timer);
      if (reply.ok) entry.resolve(reply.value);
      else entry.reject(new EngineError(`diagnosis failed: ${reply.error}`));
    });
    started.on('error', (error) => {
      logger.error('engine: the worker failed:', error);
      stopWorker(`the worker failed (${error.message})`);
    });
    started.on('exit', (code) => {
      if (worker !== started) return;
      logger.warn(`engine: the worker stopped (exit code ${code}); the next request starts a new one`);
      stopWorker(`the worker stopped (exit code ${code})`);
    });
    return started;
  };

  const call = (op: keyof EngineOps, args: unknown[]): Promise<never> => {
    if (closed) return Promise.reject(new EngineError('diagnosis failed: the engine is closed'));
    worker ??= startWorker();
    const id = nextId;
    nextId += 1;
    return new Promise((resolve, reject) => {
      const entry: Pending = { resolve: resolve as (value: unknown) => void, reject, timer: null };
      pending.set(id, entry);
      try {
        worker?.postMessage({ id, op, args } satisfies EngineRequest);
      } catch (error) {
        // Something that cannot be cloned: a bug in the caller, not in the worker.
        pending.delete(id);
        reject(new EngineError(`diagnosis failed: ${(error as Error).message}`));
        return;
      }
      if (ready) startTimer(entry);
    });
  };

  return {
    diagnose: (...args) => call('diagnose', args),
    composeDiagnosis: (...args) => call('composeDiagnosis', args),
    composeAnswer: (...args) => call('composeAnswer', args),
    start() {
      if (!closed) worker ??= startWorker();
    },
    async close() {
      closed = true;
      stopWorker('the engine is closed');
    },
  };
}
