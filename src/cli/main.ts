#!/usr/bin/env node
/** The `relaydenied` executable (package.json "bin"). */
import '../diagnosis/regexp-engine.js';
import { nodeIo } from './node-io.js';
import { runCli } from './run.js';

// A reader that stops early (`relaydenied diagnose *.txt | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
