/** The real I/O of the `relaydenied` command: files, standard input, standard output. */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readAtMost } from '../shared/text-input.js';
import type { CliIo } from './run.js';

/** Larger inputs are refused with a clear message instead of exhausting memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
const TOO_LARGE = `input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`;

function readFile(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > MAX_INPUT_BYTES) throw new Error(TOO_LARGE);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) process.stderr.write('relaydenied: reading the paste from standard input (end it with Ctrl-D)\n');
  const { bytes, truncated } = await readAtMost(process.stdin, MAX_INPUT_BYTES);
  if (truncated) throw new Error(TOO_LARGE);
  return bytes;
}

export const nodeIo: CliIo = {
  readFile,
  readStdin,
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
};
