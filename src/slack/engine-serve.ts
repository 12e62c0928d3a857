/**
 * The worker side of the engine's protocol (see engine.ts): answers each request with the result
 * of the operation it names, one at a time, after compiling the rule patterns once.
 */
import { parentPort } from 'node:worker_threads';
import type { EngineOps } from './engine-ops.js';
import { messageOf, type EngineReply, type EngineRequest } from './engine.js';
import { lowerThisThreadsPriority } from './thread-priority.js';

type AnyOp = (...args: unknown[]) => unknown;

export function serveEngine(ops: EngineOps): void {
  const port = parentPort;
  if (!port) throw new Error('the engine is served from a worker thread (see engine.ts)');
  lowerThisThreadsPriority();

  // Compiles the rule patterns now, so that the first person asking does not wait for it.
  ops.composeAnswer({ text: '550 5.7.1 Relaying denied', notes: [] }, { ui: 'all', audience: 'private', shareable: false });

  const fail = (id: number, error: string) => port.postMessage({ id, ok: false, error } satisfies EngineReply);
  port.on('message', (request: EngineRequest) => {
    let value: unknown;
    try {
      const op = ops[request.op as keyof EngineOps] as AnyOp | undefined;
      if (!op) throw new Error(`unknown engine operation ${String(request.op)}`);
      value = op(...request.args);
    } catch (error) {
      fail(request.id, messageOf(error));
      return;
    }
    try {
      port.postMessage({ id: request.id, ok: true, value } satisfies EngineReply);
    } catch (error) {
      // A result that cannot be copied to the main thread fails its request, not the worker.
      fail(request.id, `the result could not be sent back (${messageOf(error)})`);
    }
  });
  port.postMessage({ ready: true } satisfies EngineReply);
}
