/**
 * The engine's worker thread: runs EngineOps for the main thread, one request at a time, so that
 * diagnosing a paste never holds up Slack's acknowledgements or other events on the main thread.
 */
import { workerData } from 'node:worker_threads';
import { createButtonCodec } from './button-value.js';
import { engineOps } from './engine-ops.js';
import { serveEngine } from './engine-serve.js';
import type { EngineWorkerData } from './engine.js';

serveEngine(engineOps(createButtonCodec((workerData as EngineWorkerData).codecSecret)));
