import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/console/input.js';

describe('console input', () => {
  it('decodes UTF-8, and UTF-16 when it starts with a byte-order mark', async () => {
    expect((await readInput(Readable.from([Buffer.from('550 5.7.1 Relaying denied — é')]))).text).toBe('550 5.7.1 Relaying denied — é');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('550 Relaying denied', 'utf16le')]);
    expect(await readInput(Readable.from([utf16]))).toEqual({ text: '550 Relaying denied', truncated: false, binary: false });
  });

  it('recognises binary data instead of decoding it', async () => {
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c]);
    expect(await readInput(Readable.from([gzip]))).toEqual({ text: '', truncated: false, binary: true });
  });

  it('reads at most maxBytes and says it cut the input', async () => {
    const stream = Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]);
    const input = await readInput(stream, 1000);
    expect(input.truncated).toBe(true);
    expect(input.text).toBe('a'.repeat(600) + 'b'.repeat(400));
    const exact = await readInput(Readable.from([Buffer.alloc(1000, 'c')]), 1000);
    expect(exact.truncated).toBe(false);
  });
});
