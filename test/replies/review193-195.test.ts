/** Review rounds 193c-195c: the question the person asked answered first, and mail someone was writing to the domain read the right way round. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

/** A reply review's paste, by its name (`r194c-07` is in pastes194c). */
const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the question asked, answered first', () => {
  it.each([
    ['r193c-01', 'Has the API key expired? No: an API key plays no part in a send over SMTP'],
    ['r193c-04', "Is your email down? No: a relay refusal is a server's answer"],
    ['r193c-15', "Is the port the problem? No: Mailgun's SMTP host answered over port 587"],
    ['r193c-18', "Is it a Relaying Denied error? No: it is the recipient's server saying the address does not exist; nothing in your Mailgun settings causes or fixes it"],
    ['r193c-07', "Whose side is it on? Most likely the writer's"],
    ['r194c-03', 'Is Mailgun down? No'],
    ['r194c-08', 'Is your email down? No'],
    ['r194c-11', 'Is it SPF, DKIM or DMARC? No'],
    ['r194c-16', 'Whose side is it on? Not yours: your mail server refused the message sent to you because it failed the DMARC policy of the sender\'s own domain ("bouwmaterialen-jansen.nl")'],
    ['r195c-04', 'Is Mailgun blocking you? No block'],
    ['r195c-04', 'Do you have to pay for something? No: nothing here is about what you pay'],
    ['r195c-10', 'Do you have to pay for something? Not to reach this recipient'],
    ['r195c-15', 'Is Mailgun down? No: only some recipients are refused'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });
});

describe('what the reply says, and what it no longer says', () => {
  it.each([
    // someone unable to write to the domain, refused in another server's words: their outgoing server or the domain's own
    ['r193c-07', ["The writer's own outgoing mail server", "Your domain's own mail server, where distribuidora-sol.es's MX records point", 'Ask the person writing whether it was a pop-up in their mail program', 'Un servidor de correo se negó a hacernos llegar su correo'], ['A bounce after Mailgun delivered']],
    // Gmail's 5.7.26 copied from Mailgun's logs: the domain the application sends with
    ['r193c-14', ['check that the application sends with billing.lumenpay.co itself'], ['did not leave through Mailgun']],
    // a route written for the parent domain: change it, do not add one
    ['r193c-17', ['Fix: change the Route as the paragraph above says'], ['Fix: add a Route that takes this address']],
    // a mail program's dialog: its outgoing server settings
    ['r193c-13', ["Set these values in the mail program's outgoing server (SMTP) settings"], ['I could not tell which program sends the mail']],
    // a changed plugin setting, in Japanese, is no changed port
    ['r194c-08', [], ['A new port, the same error?']],
    // Postfix that tried to log in with no SASL mechanism
    ['r194c-15', ['Its login is on already; it fails for want of a SASL mechanism'], ['Turn authentication on.']],
    // the writer whose mail to the domain bounced: a message without internals, no "if it is not your domain"
    ['r194c-01', ['the problem is on our side, not yours'], ["This is the sending side's own record of the refusal"]],
    // (asked in Russian: the message in it alone since round 238)
    ['r194c-12', ['проблема на нашей стороне, а не на вашей'], ["This is the sending side's own record of the refusal"]],
    // someone writing in, refused for their own domain's DMARC or their own IP's listing: theirs to fix
    ['r194c-16', ['Tell the sender that your mail server refused their message because it failed the DMARC policy of their own domain'], ["the policy applied is your From domain's own DMARC record"]],
    ['r194c-07', ['Tell the sender that your mail server refused their message because the address their mail comes from (203.0.113.45) is on a block list'], ['send through Mailgun instead']],
  ])('%s', (name, present, absent) => {
    const reply = replyText(paste(name));
    for (const words of present) expect(reply).toContain(words);
    for (const words of absent) expect(reply).not.toContain(words);
  });

  it('the same refusal seen while sending keeps the two sending cases', () => {
    const reply = replyText('554 5.7.1 <bob@partner.example>: Relay access denied\nOur app logged this while sending.');
    expect(reply).toContain('A bounce after Mailgun delivered');
    expect(reply).not.toContain("The writer's own outgoing mail server");
  });
});
