/** Review round 193c: the question the person asked answered first, and mail written to the domain read the right way round. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste('pastes193c', name);

describe('round 193c', () => {
  it.each([
    ['r193c-01', 'Has the API key expired? No: an API key plays no part in a send over SMTP'],
    ['r193c-04', 'Is the email down? No: a relay refusal is a server\'s answer'],
    ['r193c-15', 'Is the port the problem? No: Mailgun\'s SMTP host answered over port 587'],
    ['r193c-18', 'Is it a Relaying Denied error? No: it is the recipient\'s server saying the address does not exist; nothing in your Mailgun settings causes or fixes it'],
    ['r193c-07', "Whose side is it on? Most likely the writer's"],
  ])('%s answers first: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 3)).toContain(answer);
  });

  it("a customer unable to write to the domain, refused in another server's words: their outgoing server or the domain's own, not Mailgun's delivery (r193c-07)", () => {
    const reply = replyText(paste('r193c-07'));
    expect(reply).toContain("The writer's own outgoing mail server");
    expect(reply).toContain("Your domain's own mail server, where distribuidora-sol.es's MX records point");
    expect(reply).not.toContain('A bounce after Mailgun delivered');
    expect(reply).toContain('Ask the person writing whether it was a pop-up in their mail program');
    expect(reply).toContain('A mail server refused to pass your email on to us');
  });

  it('the same refusal seen while sending keeps the two sending cases', () => {
    const reply = replyText('554 5.7.1 <bob@partner.example>: Relay access denied\nOur app logged this while sending.');
    expect(reply).toContain('A bounce after Mailgun delivered');
    expect(reply).not.toContain("The writer's own outgoing mail server");
  });

  it("Gmail's 5.7.26 copied from Mailgun's logs: the domain the application sends with, not 'did not leave through Mailgun' (r193c-14)", () => {
    const reply = replyText(paste('r193c-14'));
    expect(reply).toContain('check that the application sends with billing.lumenpay.co itself');
    expect(reply).not.toContain('did not leave through Mailgun');
  });

  it('a route written for the parent domain: the fix is to change it, not to add one (r193c-17)', () => {
    const reply = replyText(paste('r193c-17'));
    expect(reply).toContain('Fix: change the Route as the paragraph above says');
    expect(reply).not.toContain('Fix: add a Route that takes this address');
  });

  it("a mail program's dialog: its outgoing server settings, not 'I could not tell which program' (r193c-13)", () => {
    const reply = replyText(paste('r193c-13'));
    expect(reply).toContain("Set these values in the mail program's outgoing server (SMTP) settings");
    expect(reply).not.toContain('I could not tell which program sends the mail');
  });
});
