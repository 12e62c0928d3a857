/**
 * The engine's worker thread: runs EngineOps for the main thread, one request at a time, so that
 * diagnosing a paste never holds up Slack's acknowledgements or other events on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createButtonCodec } from './button-value.js';
import { engineOps, type EngineOps } from './engine-ops.js';
import type { EngineReply, EngineRequest, EngineWorkerData } from './engine.js';

const port = parentPort;
if (!port) throw new Error('engine-worker.js runs as a worker thread (see engine.ts)');
const ops = engineOps(createButtonCodec((workerData as EngineWorkerData).codecSecret));
type AnyOp = (...args: unknown[]) => unknown;

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
