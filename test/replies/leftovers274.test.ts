/**
 * Round 274's leftovers: the undetermined message asked "to get what we need in one go" asks everything at once, and a
 * recipient refusal of an address said to be right tells the sender what they do next.
 */
import { describe, expect, it } from 'vitest';
import { fixturePaste, messageSection, replyText, sectionOf } from './helpers.js';

const RETOLD = 'Customer says: since this morning our emails come back with "550 5.7.1 Relaying denied". We use Mailgun!\nWhat do I ask them? Draft me a reply.';

describe('an undetermined relay refusal retold by a customer', () => {
  it('the message asks for the bounce, where it was seen, SMTP or API, the domain and what changed (r274b-13)', () => {
    const message = messageSection(replyText(fixturePaste('pastes274b', 'r274b-13')));
    expect(message).toContain('the whole bounce or log, with the server names in it');
    expect(message).toMatch(/through Mailgun's SMTP \(with which host and port, and whether it logs in\) or through Mailgun's API, and from which domain/);
    expect(message).toMatch(/whether anything changed when it started/);
  });

  it('asked in German, the German message asks the same', () => {
    const message = messageSection(replyText(`${RETOLD}\nBitte auf Deutsch.`));
    expect(message).toMatch(/über den SMTP-Server von Mailgun sendet .* oder über die API von Mailgun, und von welcher Domain/);
    expect(message).toContain('ob sich etwas geändert hat, als es anfing');
  });

  it('"where did you see it?" adds what to ask about the app where the paste names no sender, and not where it names one', () => {
    expect(sectionOf(replyText(RETOLD), 'Where did you see this error?')).toMatch(/If an application sent it: does it send through Mailgun's SMTP .* what changed when it started/);
    const named = replyText('nodemailer: Error: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nwhere does this come from?');
    expect(named).not.toContain('If an application sent it:');
  });

  it('the three cases are not said to be an outage or a fault at Mailgun, in a sentence of its own', () => {
    expect(replyText(RETOLD)).toContain('None of them is an outage or a fault at Mailgun: each comes down to a setting');
  });
});

describe('a recipient refusal of an address said to be right', () => {
  it('the message says to forward the refusal, and that the Bounces list and a resend follow the fix (r274b-15)', () => {
    const message = messageSection(replyText(fixturePaste('pastes274b', 'r274b-15')));
    expect(message).toContain('Please forward this refusal to them: it tells them where to look.');
    expect(message).toMatch(/Mailgun does not retry this refusal by itself: once the recipient's side is fixed, the address has to be taken off your domain's Bounces list/);
  });

  it('a temporary refusal of the same address is not said to be left unretried', () => {
    const temporary = 'Mailgun event: failed, temporary\nrecipient: bob@partner.example\ndelivery-status: 451 4.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example\nThe customer says the address is right. What should I tell them?';
    const message = messageSection(replyText(temporary));
    expect(message).not.toBe('');
    expect(message).not.toContain('Mailgun does not retry this refusal');
  });

  it('an address not yet checked gets no resend note unless one is asked', () => {
    const unchecked = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example\nWhat should I tell the customer?';
    const message = messageSection(replyText(unchecked));
    expect(message).toContain('Please check the address');
    expect(message).not.toContain('Mailgun does not retry this refusal');
  });
});
