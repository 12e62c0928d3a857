import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/slack/deliver.js';
import { MAX_LINE, SafeLogger } from '../../src/slack/logger.js';

function capture(level: LogLevel, secrets: string[] = []) {
  const lines: string[] = [];
  const logger = new SafeLogger({ level, secrets, write: (line) => lines.push(line) });
  return { logger, lines };
}

describe('SafeLogger', () => {
  it('writes at its level and above only', () => {
    const { logger, lines } = capture(LogLevel.WARN);
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((l) => l.split(' ')[1])).toEqual(['WARN', 'ERROR']);
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('now');
    expect(lines).toHaveLength(3);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });

  it('replaces configured secrets and anything shaped like a Slack token', () => {
    const secret = 'f00dfacef00dfacef00dface';
    const { logger, lines } = capture(LogLevel.DEBUG, [secret]);
    logger.info(`secret=${secret}`, { headers: { Authorization: 'Bearer xoxb-123-456-abc' } });
    logger.error(new Error('failed with xapp-1-A1-2-def and xoxp-9-9-9-abcdef'));
    const all = lines.join('\n');
    expect(all).not.toContain(secret);
    expect(all).not.toMatch(/xox[bp]-|xapp-/);
    expect(all).toContain('[redacted]');
    expect(all).toContain('Error: failed with [redacted token]');
  });

  it('recognises every Slack token shape, refresh tokens (xoxe-) included, in logs and in error descriptions', () => {
    const tokens = ['xoxb-1234-5678-abcdef', 'xoxp-1-2-3-abcdef', 'xoxe-1-ABCDEFGHIJ', 'xoxe.xoxp-1-ABCDEFGHIJ', 'xapp-1-A0-123-abc'];
    const { logger, lines } = capture(LogLevel.DEBUG);
    logger.info(`refreshed: ${tokens.join(' ')}`);
    const described = describeError(new Error(`token_revoked for ${tokens.join(', ')}`));
    for (const token of tokens) {
      const body = token.slice(token.lastIndexOf('-') + 1);
      expect(lines[0]).not.toContain(body);
      expect(described).not.toContain(body);
    }
    expect(described).toMatch(/^Error: token_revoked for \[token\]/);
  });

  it('redacts before cutting, so no secret or token straddling the cut leaves its start behind', () => {
    const secret = 'f00dfacef00dfacef00dface';
    const token = 'xoxb-1234567890-abcdefabcdef';
    // Around the line cut, and around util.inspect's own default string cuts (500 used to be set here).
    const cuts = [500, 10_000, MAX_LINE];
    for (const value of [secret, token]) {
      const starts = cuts.flatMap((cut) => Array.from({ length: value.length + 1 }, (_, i) => cut - value.length + i));
      for (const before of starts) {
        const { logger, lines } = capture(LogLevel.INFO, [secret]);
        logger.info(`${'.'.repeat(before)}${value} and more`);
        // The same inside an object, which is formatted with util.inspect.
        logger.info({ body: `${'.'.repeat(before)}${value}` });
        for (const line of lines) {
          expect(line).not.toContain(value.slice(0, 4));
        }
      }
    }
  });

  it('drops the payload of the SDKs\' debug lines, keeping what they describe', () => {
    const { logger, lines } = capture(LogLevel.DEBUG);
    const paste = 'password=hunter2 550 5.7.1 Relaying denied';
    logger.debug(`Received a message on the WebSocket: {"payload":{"event":{"text":"${paste}"}}}`);
    logger.debug(`http request body: {"text":"${paste}"}`);
    logger.debug(`http request result: {"messages":[{"text":"${paste}"}]}`);
    logger.debug(`ack() call begins (body: ${paste})`);
    expect(lines.join('\n')).not.toContain('hunter2');
    expect(lines[0]).toMatch(/Received a message on the WebSocket: \[payload omitted, \d+ chars\]/);
  });

  it('cuts very long lines', () => {
    const { logger, lines } = capture(LogLevel.INFO);
    logger.info('x'.repeat(100_000));
    expect(lines[0]!.length).toBeLessThan(5000);
    expect(lines[0]).toMatch(/chars cut\]$/);
  });
});
