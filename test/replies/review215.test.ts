/** Review round 215c: people who are not technical ask what the error means for them (hacked? my fault? another account? who to call?), answered first. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe("round 215: a non-technical person's own question, answered first", () => {
  it.each([
    ['r215c-01', 'Were you hacked? Nothing here shows a break-in: the sending program does not log in to Mailgun'],
    ['r215c-02', 'Did you do something wrong? Not by sending'],
    ['r215c-03', 'Who has to act? Whoever manages the Mailgun account'],
    ['r215c-04', 'Did you do something wrong? No: the recipient\'s server refused the address'],
    ['r215c-05', 'Can you send it from another account (such as Gmail)? As a stop-gap it may work'],
    ['r215c-06', "Did you do something wrong? No: the recipient's mailbox is full"],
    ['r215c-08', 'Were you hacked? This refusal alone does not show it: the sending IP or domain is on a block list'],
    ['r215c-11', 'Were you hacked? No: mail sent to your domain goes to Mailgun'],
    ['r215c-11', 'Are other recipients affected? All mail sent to the domain is refused'],
    ['r215c-13', 'Did you do something wrong? Most likely not'],
    ['r215c-15', 'Were you hacked? No: mail sent to your domain is refused because Mailgun has no Route'],
    ['r215c-18', 'Can you send it from another account (such as Gmail)? As a stop-gap, yes'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });

  it('gives a printer its own setting, with no HTTP API beside it (r215c-14)', () => {
    const reply = replyText(paste('r215c-14'));
    expect(reply).toContain("on the printer's web page");
    expect(reply).not.toMatch(/HTTP API|HTTP Basic authentication/);
  });

  it("offers no HTTP API to a person's mail program (r215c-01)", () => {
    expect(replyText(paste('r215c-01'))).not.toMatch(/HTTP API|HTTP Basic authentication/);
  });

  it("sends a WordPress plugin's values to its settings screen, not to an environment variable (r215c-02)", () => {
    const reply = replyText(paste('r215c-02'));
    expect(reply).toContain("Set these values in the SMTP plugin's settings:");
    expect(reply).not.toContain('environment variable or secret store');
  });

  it('drops "if this is not your domain" where a customer of the domain\'s owner forwarded the bounce (r215c-11, r215c-15)', () => {
    expect(replyText(paste('r215c-11'))).not.toContain('is not your domain');
    expect(replyText(paste('r215c-15'))).not.toContain('is not your domain');
  });

  it('reads "we use mailgun for the website stuff" as mail not meant for Mailgun (r215c-11)', () => {
    expect(replyText(paste('r215c-11')).split('\n')[0]).toContain('its MX records still point to Mailgun');
  });
});
