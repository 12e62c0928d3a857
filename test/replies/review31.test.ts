/** Session 31's code review: each finding on the reviewer's own paste (test/fixtures/review31). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

/** A review's pastes (test/fixtures/DIR): each one's text, and the reply to it as the current UI renders it. */
function reviewPastes(dir: string) {
  const text = (name: string) => readFileSync(new URL(`../fixtures/${dir}/${name}.txt`, import.meta.url), 'utf8');
  return { text, reply: (name: string) => renderText(buildReply(diagnose(text(name))), { ui: 'current' }) };
}

const { text, reply } = reviewPastes('review31');

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
    ['04-resend-asked-renvoie-returns', 'Will it be sent again?'],
    ['04b-resend-asked-reenviar-forward', 'Will it be sent again?'],
    ['04c-resend-asked-on-their-own', 'Will it be sent again?'],
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

const { text: text2, reply: reply2 } = reviewPastes('review31b');

describe('second code review of session 31', () => {
  it.each([['01-closed-ticket-intro-blanks-todays-error'], ['01b-closed-ticket-intro-back-again']])('1: %s: a line that says the old ticket goes on keeps the bounce quoted under it', (name) => {
    expect(diagnose(text2(name)).scenario).toBe('mailgun-incoming');
  });

  it.each([['02-forwarded-bounce-drops-mx-section'], ['02b-our-mx-back-to-google-c134-06']])("2: %s: the person's own domain keeps the MX section and drops only \"if it is not your domain\"", (name) => {
    const answer = reply2(name);
    expect(answer).toContain('If the domain should not receive mail through Mailgun');
    expect(answer).not.toContain('is not your domain');
  });

  it('3: a question that names a host or a domain is still one', () => {
    const answer = reply2('03-question-span-stops-at-hostname');
    // (asked as which port, it is answered so: round 159c)
    expect(answer).toMatch(/Is the port the problem\?|Which port\?/);
    expect(answer).toContain('Do you need to change your MX records?');
  });

  it.each([['04-whose-side-drops-blame-answer'], ['04b-our-fault-or-mailguns-unknown-user'], ['04c-our-fault-or-statement']])('4: %s: "is Mailgun blocking us?" keeps its answer where whose side has none, and a statement asks nothing', (name) => {
    const answer = reply2(name);
    expect(answer).toContain('Is Mailgun blocking you?');
    expect(answer).not.toContain('Whose side is it on?');
  });

  it.each([['05-pt-comeco-de-setembro-read-as-past'], ['06-es-arreglaron-otra-vez'], ['06b-pt-consertaram-de-novo']])('5-6: %s: "desde o começo de", "otra vez", "de novo" keep the refusal going on', (name) => {
    expect(diagnose(text2(name)).scenario).toBe('mailgun-outgoing');
  });

  it('7: a whole public key before an ellipsis is still redacted and warned of', () => {
    const d = diagnose(text2('07-pubkey-full-key-before-ellipsis'));
    expect(d.facts.secretsFound).toBe(true);
    expect(reply2('07-pubkey-full-key-before-ellipsis')).not.toContain('3f8a1c9e7a2b4d6f8e0a1c3e5b7d9f2a');
  });

  it.each([['08-resend-asked-fr-pronoun-object'], ['08b-resend-asked-es-reenviar-todo'], ['08c-corpus-a133-09']])('8: %s asks whether to send again', (name) => {
    expect(reply2(name)).toContain('Will it be sent again?');
  });

  it("9: a guess asked as a question (\"maybe it sends without authentication now?\") is no fact of the login", () => {
    expect(diagnose(text2('09-bet-maybe-read-as-fact')).facts.authAttempted).toBeNull();
  });

  it("10: the MX answer for a refused address at the person's own domain says its records are theirs", () => {
    expect(reply2('10-mx-not-yours-own-domain')).toContain('Do you need to change your MX records? Yes, if they do not point at the server that has the mailboxes: the refused address is at your own domain');
  });
});

const { text: text3, reply: reply3 } = reviewPastes('review31c');

describe('third code review of session 31', () => {
  it("1: one mailbox moved while other addresses at the domain receive: the address, not the domain's MX records", () => {
    expect(reply3('01-one-mailbox-moved-others-receive')).toContain('Fix: ask the recipient (or whoever knows them) whether');
  });

  it.each([['02a-question-after-fact-drops-no-login'], ['02b-probably-unrelated-drops-no-login']])('2: %s: a fact with a question after it, or after "probably", still says no login was sent', (name) => {
    expect(diagnose(text3(name)).facts.authAttempted).toBe(false);
  });

  it('3: "our fault or ...?" with a host name in it asks whose side', () => {
    expect(reply3('03-our-fault-or-host-with-dots')).toContain('Whose side is it on?');
  });

  it.each([
    ['04-closed-ticket-intro-new-server', 'mailgun-outgoing'],
    ['05a-closed-ticket-fence-after-blank-line', 'mailgun-incoming'],
    // (the block's log goes on after a blank line of its own, inside the fences)
    ['05b-closed-ticket-fence-with-blank-line-inside', 'mailgun-incoming'],
    ['05c-reopened-ticket-header-blanks-todays-error', 'mailgun-outgoing'],
  ])("4-5: %s: a closed ticket's introduction and its block are set aside, and nothing else", (name, scenario) => {
    expect(diagnose(text3(name)).scenario).toBe(scenario);
  });

  it('6: a tagged reply address at a sending domain gets the Route for its every tag', () => {
    expect(reply3('06-reply-tag-at-sending-domain-route-fix')).toContain('Fix: add a Route that takes its tagged reply addresses, match_recipient("^reply\\+.*@mg\\.tidepool-makers\\.org$")');
  });

  it("7: the MX answer for the person's own domain says the reply's \"recipient's mail administrator\" is theirs", () => {
    expect(reply3('07-own-domain-mx-yes-fix-says-not-yours')).toContain('that is yours');
  });

  it('8: French "est passée à Microsoft 365" names the provider', () => {
    expect(diagnose(text3('08-fr-passee-a-microsoft-365-not-named')).facts.recipientMailMovedTo).toBe('microsoft-365');
  });

  it.each([['09-es-volvio-a-funcionar-read-as-persisting'], ['09b-de-funktioniert-wieder-read-as-persisting']])('9: %s: "works again" closes the earlier story', (name) => {
    expect(diagnose(text3(name)).scenario).toBe('undetermined');
  });

  it('10: "les renvoie" (sends them back) asks nothing about resending', () => {
    expect(reply3('10-fr-les-renvoie-asks-no-resend')).not.toContain('Will it be sent again?');
  });
});
