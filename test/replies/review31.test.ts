/** Session 31's code review: each finding on the reviewer's own paste (test/fixtures/review31). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const text = (name: string) => readFileSync(new URL(`../fixtures/review31/${name}.txt`, import.meta.url), 'utf8');
const reply = (name: string) => renderText(buildReply(diagnose(text(name))), { ui: 'current' });

describe('code review of session 31', () => {
  it('1: the MX answer does not say "your sending side does not log in" of a session that logged in', () => {
    const answer = reply('01-mx-answer-logged-in-session');
    expect(answer).toContain('Do you need to change your MX records? No: MX records decide only where mail to your domain goes');
    expect(answer).not.toContain('does not log in to Mailgun');
  });

  it("2: the MX answer leaves the recipient's own MX records to them, as the Fix does", () => {
    const answer = reply('02-mx-answer-recipient-moved');
    expect(answer).toContain('Do you need to change your MX records? Not yours');
    expect(answer).toContain('their MX records are theirs to fix');
  });

  it.each([
    ['03-mx-asked-statement', 'Do you need to change your MX records?'],
    ['03b-mx-asked-mx-hostname', 'Do you need to change your MX records?'],
    ['03c-corpus-g41-03', 'Do you need to change your MX records?'],
    ['04-resend-asked-renvoie-returns', 'Can it be sent again?'],
    ['04b-resend-asked-reenviar-forward', 'Can it be sent again?'],
    ['04c-resend-asked-on-their-own', 'Can it be sent again?'],
    ['05-port-asked-reported-question', 'Is the port the problem?'],
    ['05b-port-asked-same-problem', 'Is the port the problem?'],
    ['05c-corpus-b101-02', 'Is the port the problem?'],
    ['06-key-asked-dkim-which-key', 'API key or SMTP password?'],
  ])('3-6: %s asks no "%s"', (name, question) => {
    expect(reply(name)).not.toContain(question);
  });

  it.each([['07-bet-before-i-think'], ['07b-bet-before-hides-later-fact']])("7: %s: a colleague's finding, or a fact under a bet, still says no login was sent", (name) => {
    expect(diagnose(text(name))).toMatchObject({ scenario: 'mailgun-outgoing', facts: { authAttempted: false } });
  });

  it("8: MAIL_MAILER=mailgun beside Symfony's SMTP transport error keeps the missing login", () => {
    expect(diagnose(text('08-laravel-api-mailer-smtp-error'))).toMatchObject({ scenario: 'mailgun-outgoing', facts: { authAttempted: false } });
  });

  it("9: a DNS listing the person quotes after a returned copy is kept (and a letter's quote after \"wrote:\" is not)", () => {
    expect(diagnose(text('09-quoted-note-after-copy')).scenario).toBe('mailgun-incoming');
    const letter = "Your message couldn't be delivered.\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j@k.example not found by SMTP address lookup'\n\nOriginal message headers:\nFrom: i@o.example\nTo: j@k.example\n\nOn Tue, Ruth wrote:\n> last month my emails bounced with \"550 5.7.1 Relaying denied\" from mxb.mailgun.org\n";
    expect(diagnose(letter).kind).toBe('unknown-user');
  });

  it('10: a form\'s "Login: postmaster" is read as a user name that is no address', () => {
    expect(reply('10-odoo-login-needs-user')).toContain('"postmaster", is not an SMTP login');
  });
});
