/** Review rounds 167a–168c and the defects left from earlier rounds: each pinned on the reviewer's paste (test/fixtures/pastes16x). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('incoming: a domain meant to receive through Mailgun gets no "point the MX records back" advice', () => {
  it.each([
    ['pastes164c', 'c164-07', 'orders that "chegam por email para pedidos@…"'],
    ['pastes166c', 'c166-08', '"forwards support@ for their domain to Mailgun", "we had a route for support@"'],
    ['pastes166c', 'c166-10', '"mail to anything@reply.crmhub.io should go to their app"'],
  ])('%s %s: %s', (set, name) => {
    const reply = replyTo(paste(set, name));
    expect(reply).toContain('match_recipient(');
    expect(reply).not.toContain('If the domain should not receive mail through Mailgun');
    expect(reply).not.toContain('point its MX records back');
    expect(reply).not.toContain('is not your domain');
  });

  it('a domain said to be for sending only keeps the MX advice, whatever else is said of forwarding', () => {
    const text = [
      'Bounce a partner got:',
      '<info@shop.example.com>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)',
      'They only use Mailgun for sending; nobody forwards info@shop.example.com to Mailgun.',
    ].join('\n');
    expect(diagnose(text).scenario).toBe('mailgun-incoming');
    expect(replyTo(text)).toContain('If the domain should not receive mail through Mailgun');
  });
});
