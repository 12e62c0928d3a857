/**
 * The error that matters is found in a long paste, wherever it is: huge pastes are read in part
 * (the lines that matter), and a mail log's ordinary lines must not crowd out its failure.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { mailLog } from './long-paste.js';

describe('a Postfix log with the relay denial as its last line', () => {
  it.each([
    ['10 KiB', 10 * 1024, '\n'],
    ['200 KiB', 200 * 1024, '\n'],
    ['1 MiB', 1024 * 1024, '\n'],
    ['200 KiB on a single line', 200 * 1024, ' '],
  ])('%s: found and diagnosed as Mailgun refusing the outgoing session', (_name, bytes, separator) => {
    const d = diagnose(mailLog(bytes, separator));
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});
