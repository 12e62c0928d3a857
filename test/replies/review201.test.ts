/** Review round 201: "is Mailgun down?" in other languages, "is that progress?", a password sent as a mask, a customer writing in, a provider's port-25 filter, and two refusing domains. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the question asked, answered first', () => {
  it.each([
    ['r201c-03', "Is Mailgun down? No: Mailgun's inbound server is up and answered"],
    ['r201c-18', "Is Mailgun down? No: Mailgun's SMTP host is up"],
    ['r201c-12', 'Is Mailgun blocking you? No block'],
    ['r201c-02', 'Is it progress? Yes: Relaying Denied comes from a session that sent no login at all'],
    ['r201c-02', 'The password sent decodes to **** (its base64, KioqKg==, is in the transcript)'],
    ['r201c-07', 'The paste says the mail was coming in (someone writing to you), so the outgoing case is unlikely'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });

  it('asks "is Mailgun down?" once, not also "is Mailgun blocking you?" (r201c-10)', () => {
    const reply = replyText(paste('r201c-10'));
    expect(reply).toContain('Is Mailgun down? No');
    expect(reply).not.toContain('Is Mailgun blocking you?');
    expect(reply).not.toContain('Is the email down?');
  });

  it('asks "is your email down?" where Mailgun is not named in the question', () => {
    expect(replyText("is our email down?\nMailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example")).toContain('Is your email down? No');
  });
});

describe('what the reply says', () => {
  it("names the second domain's refusal beside the first, as the same case (r201c-10)", () => {
    const reply = replyText(paste('r201c-10'));
    expect(reply).toContain('Another refused recipient in the paste');
    expect(reply).toContain('ap@ridgeway-coop.org');
    expect(reply).toContain("that recipient's own server refused as relaying too, for its own domain");
  });

  it('gives a customer who was writing in a message to send back, not a question about their application (r201c-07)', () => {
    const reply = replyText(paste('r201c-07'));
    expect(reply).toContain('Could you forward us the whole message that came back to you');
    expect(reply).not.toContain('in your application, in a bounce you received');
    expect(reply).not.toContain('The most common cause is an application sending');
  });

  it("tells a provider's port-25 filter: another port, no login advice, no suppression (r201a-30)", () => {
    const reply = replyText(paste('r201a-30'));
    expect(leadOf(reply, 2)).toContain("Your internet provider's filter (smtp-filter.netmaxx-fiber.pl) answered in place of the mail server");
    expect(reply).toContain("Not a Relaying Denied error: it looks like an internet provider's block of port 25");
    expect(reply).toContain('Change the port to 587 with STARTTLS');
    expect(reply).not.toContain('Bounces list');
    expect(reply).not.toContain('block list');
  });
});
