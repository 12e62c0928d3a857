/** Reading a whole paste from a stream: bounded in size, and honest about input that is not text. */
import type { Readable } from 'node:stream';

/** More than any real bounce; past this the rest of the input is not read. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface InputText {
  text: string;
  /** The input was longer than MAX_INPUT_BYTES and was cut there. */
  truncated: boolean;
  /** The input is binary data (an archive, an image...), not text: `text` is empty. */
  binary: boolean;
}

/** Reads the stream to its end (or to `maxBytes`) and decodes it. */
export async function readInput(stream: Readable, maxBytes = MAX_INPUT_BYTES): Promise<InputText> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  // Leaving the loop early ends the iteration, which destroys the stream: nothing more is read.
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (size + buffer.length > maxBytes) {
      chunks.push(buffer.subarray(0, maxBytes - size));
      truncated = true;
      break;
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  return decodeInput(Buffer.concat(chunks), truncated);
}

/** UTF-8 (or UTF-16 with a byte-order mark); binary data is recognised, not decoded. */
export function decodeInput(bytes: Buffer, truncated = false): InputText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), truncated, binary: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), truncated, binary: false };
  if (looksBinary(bytes)) return { text: '', truncated, binary: true };
  return { text: new TextDecoder('utf-8').decode(bytes), truncated, binary: false };
}

/**
 * Text never holds NUL bytes and rarely other control characters; binary formats are full of them.
 * The first 8 KiB decide, as in git and grep.
 */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.length === 0) return false;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  }
  return control / head.length > 0.1;
}
