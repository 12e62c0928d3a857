/** Review rounds 196c-200c: the person's one-line question answered first (the password, Routes, DNS, their webhook, the customer), in whatever language they asked. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the question asked, answered first', () => {
  it.each([
    ['r196c-04', 'Are your Mailgun credentials wrong? No: Mailgun accepted the message'],
    ['r196c-08', 'Are your Mailgun credentials wrong? No: Mailgun accepted the message'],
    ['r196c-18', 'Is it the password? Not a wrong one: a wrong password is refused at the login itself, with 535'],
    ['r196c-07', 'Is it the password (a wrong or a rotated one)? No'],
    ['r196c-05', 'Is the password wrong? The server refused the login (535), and the password was changed just before'],
    ['r196c-14', "Is the password wrong? For the API, yes: the domain's SMTP password works only for SMTP"],
    ['r196c-09', 'Where are Routes set up? In the Mailgun control panel, on the Receiving tab (Routes), with the EU region chosen'],
    ['r196c-15', 'Why do others reach them? Most likely other senders reach another server'],
    ['r196c-06', 'Only some mails are refused, though'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });
});

describe('what the reply says, and what it no longer says', () => {
  it.each([
    // the person's own "relaying denied?" above a block-list record: the block list, not a typo in the address
    ['r196c-11', ['Not a Relaying Denied error', 'www.spamhaus.org'], ['Double-check']],
    // the log taken back ("sorry, wrong log") is no login that was refused
    ['r196c-07', ['call server.login('], ['after its login was refused']],
    // a password changed just before: the application still has the old one
    ['r196c-05', ['the running application most likely still has the old one'], []],
  ])('%s', (name, present, absent) => {
    const reply = replyText(paste(name));
    for (const words of present) expect(reply).toContain(words);
    for (const words of absent) expect(reply).not.toContain(words);
  });

  it('answers the password question for mail coming in: no password plays a part', () => {
    const reply = replyText('550 5.7.1 Relaying denied from mxa.mailgun.org to info@mg.shop.example\nis the password wrong?');
    expect(leadOf(reply, 4)).toContain('Is it the password? No: this is mail coming in to the domain');
  });
});

describe('round 197', () => {
  it.each([
    ['r197a-25', "Relaying Denied by the mail program's own outgoing server, not by Mailgun", 'My outgoing server (SMTP) requires authentication'],
    ['r197c-10', "GitHub Actions gives a workflow run by a fork's pull request none of the repository's secrets", 'if: github.event.pull_request.head.repo.full_name == github.repository'],
    ['r197c-07', 'GITEA__MAILER__PASSWD', 'secretKeyRef'],
    ['r197c-17', 'Is your own endpoint rejecting it? No', 'make one Route take every address at the domain'],
    ['r197c-11', 'Do you need to change your SMTP settings? No', 'Fix: double-check the recipient address'],
    ['r197c-04', 'Fix: the .env shown already holds the login', 'php artisan config:cache'],
  ])('%s', (name, first, second) => {
    const reply = replyText(paste(name));
    expect(reply).toContain(first);
    expect(reply).toContain(second);
  });

  it("does not say the person confirmed an address they did not (c197-11)", () => {
    expect(replyText(paste('r197c-11'))).not.toContain('You say the address is right');
  });

  it('gives plain Gitea its app.ini, not the Helm values', () => {
    const reply = replyText('[mailer]\nENABLED = true\nSMTP_ADDR = smtp.mailgun.org\nSMTP_PORT = 587\nUSER =\nPASSWD =\n2024/05/30 mailer.go:414 [E] Failed to send emails: gomail: could not send email 1: 550 5.7.1 Relaying denied');
    expect(reply).toContain("in app.ini's [mailer] section");
    expect(reply).not.toContain('GITEA__MAILER__');
  });
});

describe('round 198', () => {
  it.each([
    ['r198c-03', 'Do you need to change your MX records? No, keep them', "This is the sending side's own record of the refusal"],
    ['r198c-05', 'Is your own endpoint rejecting it? No', null],
    ['r198c-09', 'Is a Route the cause or the fix? No', null],
    ['r198c-11', "The Route's destination no longer takes the mail", 'the recipient\'s mail administrator has to make their server accept mail for it'],
    ['r198c-18', 'This is an address your own Route forwards to', 'Stop sending to addresses that keep bouncing'],
    ['r198b-33', 'the mailbox that sent it is over its own sending limit', 'the receiving server is throttling'],
  ])('%s', (name, present, absent) => {
    const reply = replyText(paste(name));
    expect(reply).toContain(present);
    if (absent) expect(reply).not.toContain(absent);
  });
});

describe('round 199', () => {
  it.each([
    ['r199c-03', 'Did your webhook refuse it? No: it only received Mailgun\'s report of the failure afterwards'],
    ['r199c-13', 'Is the password wrong? Yes, most likely: Mailgun refused the login itself (535)'],
    ['r199c-14', 'What you can tell'],
    ['r199b-30', "the Gmail or Google Workspace account that sent it is over its daily sending limit"],
  ])('%s', (name, present) => {
    expect(replyText(paste(name))).toContain(present);
  });
});
