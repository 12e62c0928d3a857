/**
 * The worker side of the engine's protocol (see engine.ts): answers each request with the result
 * of the operation it names, one at a time, after compiling the rule patterns once.
 */
import { parentPort } from 'node:worker_threads';
import type { EngineOps } from './engine-ops.js';
import type { EngineReply, EngineRequest } from './engine.js';

type AnyOp = (...args: unknown[]) => unknown;

export function serveEngine(ops: EngineOps): void {
  const port = parentPort;
  if (!port) throw new Error('the engine is served from a worker thread (see engine.ts)');

  // Compiles the rule patterns now, so that the first person asking does not wait for it.
  ops.composeAnswer({ text: '550 5.7.1 Relaying denied', notes: [] }, { ui: 'all', audience: 'private', shareable: false });

  port.on('message', (request: EngineRequest) => {
    let reply: EngineReply;
    try {
      const op = ops[request.op as keyof EngineOps] as AnyOp | undefined;
      if (!op) throw new Error(`unknown engine operation ${String(request.op)}`);
      reply = { id: request.id, ok: true, value: op(...request.args) };
    } catch (error) {
      reply = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies EngineReply);
}
