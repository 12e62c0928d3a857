/**
 * Imports each module given on the command line in order, in this fresh process, and prints one
 * JSON array: the milliseconds each import took on top of the ones before it.
 */
import { pathToFileURL } from 'node:url';

const steps = [];
for (const spec of process.argv.slice(2)) {
  const started = performance.now();
  await import(spec.startsWith('/') ? pathToFileURL(spec).href : spec);
  steps.push(performance.now() - started);
}
process.stdout.write(`${JSON.stringify(steps)}\n`);
