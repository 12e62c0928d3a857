/** The one decoder of pasted bytes that the CLI, the console and Slack file downloads share. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeText, readAtMost } from '../../src/shared/text-input.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeText', () => {
  it('decodes UTF-8, dropping a byte-order mark and replacing invalid sequences', () => {
    expect(decodeText(Buffer.from('550 5.7.1 Relaying denied — é'))).toEqual({ binary: false, text: '550 5.7.1 Relaying denied — é' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ binary: false, text: 'a' });
    expect(decodeText(bytes(0x61, 0xff, 0x62))).toEqual({ binary: false, text: 'a\ufffdb' });
    expect(decodeText(bytes())).toEqual({ binary: false, text: '' });
  });

  it('decodes UTF-16 in either byte order when a byte-order mark says so, NUL bytes and all', () => {
    const le = Buffer.concat([bytes(0xff, 0xfe), Buffer.from('550 ok', 'utf16le')]);
    const be = Buffer.from(Buffer.concat([bytes(0xfe, 0xff), Buffer.from('550 ok', 'utf16le').swap16()]));
    expect(decodeText(le)).toEqual({ binary: false, text: '550 ok' });
    expect(decodeText(be)).toEqual({ binary: false, text: '550 ok' });
  });

  it('recognises binary data by NUL bytes or a high share of control characters', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61));
    expect(decodeText(png)).toEqual({ binary: true });
    expect(decodeText(noise)).toEqual({ binary: true });
    // Tabs, CR LF, form feeds and ANSI colour codes are text.
    expect(decodeText(Buffer.from('text\tand\r\nlines\f\n\u001b[31m550\u001b[0m\n'))).toMatchObject({ binary: false });
  });
});

describe('readAtMost', () => {
  it('reads everything up to the limit, and says when there was more', async () => {
    expect(await readAtMost(Readable.from([Buffer.from('abc'), 'def']), 6)).toEqual({ bytes: Buffer.from('abcdef'), truncated: false });
    const cut = await readAtMost(Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]), 1000);
    expect(cut.truncated).toBe(true);
    expect(Buffer.from(cut.bytes).toString()).toBe('a'.repeat(600) + 'b'.repeat(400));
  });

  it('stops reading a web stream at the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const read = await readAtMost(endless, 10_000);
    expect(read.truncated).toBe(true);
    expect(read.bytes.byteLength).toBe(10_000);
    expect(pulled).toBeLessThan(20);
  });
});
