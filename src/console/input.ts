/** Reading a whole paste from a stream: bounded in size, and honest about input that is not text. */
import type { Readable } from 'node:stream';
import { decodeText, readAtMost } from '../shared/text-input.js';

/** More than any real bounce; past this the rest of the input is not read. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface InputText {
  text: string;
  /** The input was longer than `maxBytes` and was cut there. */
  truncated: boolean;
  /** The input is binary data (an archive, an image...), not text: `text` is empty. */
  binary: boolean;
}

/** Reads the stream to its end (or to `maxBytes`) and decodes it. */
export async function readInput(stream: Readable, maxBytes = MAX_INPUT_BYTES): Promise<InputText> {
  const { bytes, truncated } = await readAtMost(stream, maxBytes);
  const decoded = decodeText(bytes);
  return decoded.binary ? { text: '', truncated, binary: true } : { text: decoded.text, truncated, binary: false };
}
