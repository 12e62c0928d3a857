/**
 * An engine worker that misbehaves on cue, to test how the engine (src/slack/engine.ts) supervises
 * its worker: the real operations (from dist/), except that a paste of exactly `HANG` never
 * finishes, `CRASH` ends the thread and `UNCLONABLE` returns a result that cannot be sent back. Plain JavaScript: a worker thread runs
 * without the test runner's TypeScript transform.
 */
import { workerData } from 'node:worker_threads';
import { createButtonCodec } from '../../dist/slack/button-value.js';
import { engineOps } from '../../dist/slack/engine-ops.js';
import { serveEngine } from '../../dist/slack/engine-serve.js';

const real = engineOps(createButtonCodec(workerData.codecSecret));

function onCue(text) {
  if (text === 'HANG') for (;;);
  if (text === 'CRASH') process.exit(3);
}

serveEngine({
  diagnose: (text) => (text === 'UNCLONABLE' ? () => text : (onCue(text), real.diagnose(text))),
  composeDiagnosis: real.composeDiagnosis,
  composeAnswer: (paste, presentation, diagnosis) => (onCue(paste.text), real.composeAnswer(paste, presentation, diagnosis)),
  decodeButton: real.decodeButton,
});
