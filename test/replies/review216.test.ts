/** Review round 216c: what the error means for the person, where the paste says more than the error (a spam wave, a typo, a Route they deleted). */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe("round 216: the person's question, against what the paste shows", () => {
  it.each([
    ['r216c-01', 'Were you hacked? It looks like it: mail nobody there wrote is trying to go out'],
    ['r216c-01', 'do not add the SMTP login until the source is found and cleaned'],
    ['r216c-14', 'Were you hacked? It looks like it: Mailgun accepted these messages, so they were sent with this domain\'s SMTP login or an API key'],
    ['r216c-17', 'Did you do something wrong? Possibly a typo: the refused address, "jhon.whitaker@gmail.com", is a letter or two from john.whitaker@gmail.com'],
    ['r216c-04', 'Did you do something wrong? Possibly: a Route deleted there most likely took this address'],
    ['r216c-16', 'Did you do something wrong? Possibly: the Route shown does not take "support@contact.brasserie-vauban.fr"'],
    ['r216c-03', 'Can you send it from another account (such as Gmail)? It would not help'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 3)).toContain(answer);
  });

  it('warns of a spam wave even when nobody asked whether they were hacked', () => {
    const text = "host smtp.mailgun.org[34.160.125.212] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\nour postfix queue has ~4,300 messages, nobody here sent these";
    expect(leadOf(replyText(text), 2)).toContain('First, a warning: was the sender hacked? It looks like it');
  });

  it('explains a phishing mail and says not to click, not to "read the whole error" (r216b-33)', () => {
    const reply = replyText(paste('r216b-33'));
    expect(reply).toContain('Do not click the link or enter any password');
    expect(reply).not.toContain('Read the whole error message');
  });
});
