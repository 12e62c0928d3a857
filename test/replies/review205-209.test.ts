/** Review rounds 205-209: mail programs in other languages, go-spew dumps, history lists and threads with an earlier error, and the questions asked about them. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 205: the question asked, answered first', () => {
  it.each([
    ['r205c-05', "Why only this address? Because \"mail.harwoodmetals.co.uk\", the server that receives mail for"],
    ['r205c-10', 'Why only this address? Mailgun\'s inbound servers take mail for an address only when one of the account\'s Routes matches it'],
    ['r205c-15', 'Why only this server? Mailgun refuses every session that has not logged in, whichever server sends it'],
    ['r205c-04', 'Is a Route the cause or the fix? No: Routes decide only what happens to mail coming in'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 3)).toContain(answer);
  });

  it("names the Exim file that holds the login when only one Exim server is refused (r205c-15)", () => {
    expect(replyText(paste('r205c-15'))).toContain('/etc/exim4/passwd.client');
  });

  it("tells of a customer who is not getting the company's mail: Mailgun's logs for their address first, and no Mailgun internals in the message for them (r205c-18)", () => {
    const reply = replyText(paste('r205c-18'));
    expect(leadOf(reply, 3)).toContain("Look in Mailgun's logs for the customer's address first");
    expect(reply).not.toContain('The most common cause is an application sending');
    const message = reply.split(/What you can tell the [^\n]*/)[1]!.split('\n\n')[0]!;
    expect(message).toContain('could your IT send us the whole error');
    expect(message).not.toContain("Mailgun's logs");
  });
});

describe('round 206: "is it the same as last time?" and "why only this one?"', () => {
  it.each([
    ['r206c-10', 'Is it the same error as last time? No: last time the session sent no login'],
    ['r206c-02', 'Is it the same error as last time? No: last time the server refused the login (535'],
    ['r206c-18', 'Is it the same error as last time? Not if last time Mailgun refused your sending'],
    ['r206c-06', 'Is it the same error as last time? No: this one is no relay refusal at all, but a sender policy refusal'],
    ['r206c-04', 'Why only this address? Because "mail.mueller-bau.de"'],
    ['r206c-08', 'Why only this address? Because "mail.construtoraalfa.com.br"'],
    ['r206c-11', 'Why only this one? Mailgun refuses every session that has not logged in, whoever it is for'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 3)).toContain(answer);
  });
});

describe('round 207: the thread question answered first', () => {
  it.each([
    ['r207c-13', 'Is it the same error as last time? No: this one is no relay refusal at all, but a spam or block-list refusal'],
    ['r207c-18', "Is it the same error as last time? No: this one is no relay refusal at all, but Mailgun's API refused the key"],
    ['r207c-02', 'Is it the same error as last time? This one is mail coming in to your domain'],
    ['r207c-09', 'Is it progress? Yes: the login works now'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 3)).toContain(answer);
  });
});

describe('round 208', () => {
  it('names an empty login setting, not the password\'s variable, when the login is an empty text (r208c-10)', () => {
    const reply = replyText(paste('r208c-10'));
    expect(reply).toContain('The login setting is empty: “EMAIL_HOST_USER = ""”');
    expect(reply).not.toContain('that variable is probably empty or missing');
  });
});
