import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { SafeLogger } from '../../src/slack/logger.js';

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
    logger.error(new Error('failed with xapp-1-A1-2-def and xoxp-9-9-9'));
    const all = lines.join('\n');
    expect(all).not.toContain(secret);
    expect(all).not.toMatch(/xox[bp]-|xapp-/);
    expect(all).toContain('[redacted]');
    expect(all).toContain('Error: failed with [redacted token]');
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
