/**
 * A paste's bytes to text, the same way on every surface (CLI, console, files shared in Slack).
 *
 * UTF-16 when a byte-order mark says so (Windows editors save pastes that way), else UTF-8 with
 * invalid sequences replaced by U+FFFD; a UTF-8 byte-order mark is dropped. Binary data (an archive,
 * an image, an Outlook .msg) is recognised and not decoded: its noise holds no error to diagnose, so
 * every surface says "not text" instead.
 */

export type DecodedText = { binary: false; text: string } | { binary: true };

/** Bytes looked at to tell text from binary, as in git and grep. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which the bytes are not text. */
const MAX_CONTROL_SHARE = 0.1;

const UTF8 = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

export function decodeText(bytes: Uint8Array): DecodedText {
  // The decoders drop the byte-order mark themselves.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { binary: false, text: UTF16LE.decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { binary: false, text: UTF16BE.decode(bytes) };
  if (looksBinary(bytes)) return { binary: true };
  return { binary: false, text: UTF8.decode(bytes) };
}

/** Text never holds NUL bytes and rarely other control characters; binary formats are full of them. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.length === 0) return false;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape (colour codes in logs) occur in text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control += 1;
  }
  return control / head.length > MAX_CONTROL_SHARE;
}

export interface BoundedBytes {
  /** At most `maxBytes` bytes. */
  bytes: Uint8Array;
  /** The source held more than `maxBytes`; the rest was not read. */
  truncated: boolean;
}

/**
 * Reads a stream to its end or to `maxBytes`, whichever comes first. Leaving the loop early ends
 * the iteration, which destroys (or cancels) the stream: nothing past the limit is read.
 */
export async function readAtMost(source: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<BoundedBytes> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (size + bytes.byteLength > maxBytes) {
      chunks.push(bytes.subarray(0, maxBytes - size));
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(bytes);
    size += bytes.byteLength;
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}
