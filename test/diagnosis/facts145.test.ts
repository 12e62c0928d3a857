/** Facts review round 145 left unread, each on the reviewer's own paste (test/fixtures/pastes145a, pastes145c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('facts of review round 145', () => {
  it("Make's output bundle: the code and message indented under `delivery-status:` are the event's, not the HTTP module's `Status code: 200` or the send module's `message: Queued` (a145-18)", () => {
    const { scenario, facts } = diagnose(paste('pastes145a', 'a145-18'));
    expect(scenario).toBe('recipient-host');
    expect(facts.replyCode).toBe(550);
    expect(facts.serverMessage).toContain('is not permitted to relay through this server without authentication');
  });

  it('a YAML-like print with its status on indented lines, the same key above it at the top level', () => {
    const text = [
      'status code: 200',
      'message: Queued. Thank you.',
      'event: failed',
      'recipient: ana@example.org',
      'delivery-status:',
      '  code: 554',
      '  message: 5.7.1 Relay access denied',
      'envelope:',
      '  code: 250',
    ].join('\n');
    const { facts } = diagnose(text);
    expect(facts.replyCode).toBe(554);
    expect(facts.serverMessage).toBe('5.7.1 Relay access denied');
  });

  it("MailKit's `StatusCode: MailboxUnavailable (550)` under its exception is the reply code (c145-05)", () => {
    expect(diagnose(paste('pastes145c', 'c145-05')).facts.replyCode).toBe(550);
  });

  it("MailKit's StatusCode named alone is read by its name", () => {
    const text = 'MailKit.Net.Smtp.SmtpCommandException: Relaying denied\n   at MailKit.Net.Smtp.SmtpClient.RcptToAsync(...)\n   StatusCode: MailboxNameNotAllowed\n';
    expect(diagnose(text).facts.replyCode).toBe(553);
  });

  it('n8n\'s "To Email:" expression and what it resolved to in the run name the recipient (a145-06)', () => {
    expect(diagnose(paste('pastes145a', 'a145-06')).facts.recipient).toBe('compras@moagem-ribatejo.pt');
  });

  it("Zapier's \"Data in:\" to: line names the recipient, and the sandbox reply says which address to authorize (a145-26)", () => {
    const text = paste('pastes145a', 'a145-26');
    const diagnosis = diagnose(text);
    expect(diagnosis.facts.recipient).toBe('tom.reilly@quillandco.ie');
    expect(renderText(buildReply(diagnosis), { ui: 'current' })).toContain('add "tom.reilly@quillandco.ie" as an authorized recipient');
  });
});
