/**
 * Round 225: the customer message says whom it is for, and uses what the paste says was done: an address said to be
 * right (the receiving side's fix, not "check the address"), a likely typo (named), a password changed already (the
 * application still sends the old one), a recipient whose own server refuses (a note for their IT).
 */
import { describe, expect, it } from 'vitest';
import { OUTGOING, RECIPIENT_HOST, replyText } from './helpers.js';

/** The message section of a reply: its heading and its paragraphs, up to the next section. */
const messageSection = (reply: string): string => {
  const at = reply.indexOf('What you can tell');
  return at < 0 ? '' : reply.slice(at).split(/\n\n(?=\S[^\n]*\n-{5,})/)[0]!;
};
const heading = (reply: string): string => messageSection(reply).split('\n')[0] ?? '';

const AUTH_FAILURE = '535 5.7.0 Mailbox credentials not valid\nhost smtp.mailgun.org port 587\nuser postmaster@mg.shop.example';

describe('the message names whom it is for', () => {
  it('the person the ask names, in its words', () => {
    expect(heading(replyText(`What do I tell the vendor?\n\n${RECIPIENT_HOST}`))).toBe('What you can tell the vendor');
    expect(heading(replyText(`Can you write a short note I can forward to Brightline's IT admin?\n\n${RECIPIENT_HOST}`))).toBe('What you can tell the IT admin');
    expect(heading(replyText(`what do we tell our client?\n\n${OUTGOING}`))).toBe('What you can tell the client');
  });

  it('else the one the message is written for: the customer, the recipient, the person who wrote in', () => {
    expect(heading(replyText(`¿qué le digo al cliente?\n\n${OUTGOING}`))).toBe('What you can tell the customer');
    const notReceiving = replyText(`bob@partner.example says he never gets our emails. What should I write back to them?\n\n${RECIPIENT_HOST}`);
    expect(heading(notReceiving)).toBe('What you can tell the recipient');
  });

  it('a customer\'s admin is not the customer: the one after the possessive is named', () => {
    expect(heading(replyText(`What do I tell the customer's admin?\n\n${RECIPIENT_HOST}`))).toBe('What you can tell the admin');
  });
});

describe('the recipient-host message uses what the paste says', () => {
  it('by default it asks to check the address', () => {
    const message = messageSection(replyText(`what do I tell the customer?\n\n${RECIPIENT_HOST}`));
    expect(message).toContain('Please check the address');
    expect(message).toContain('bob@partner.example');
  });

  it('an address said to be right: the receiving side must accept mail for it, not "check the address" again', () => {
    const message = messageSection(replyText(`The customer already confirmed the address is correct. What do I tell the customer?\n\n${RECIPIENT_HOST}`));
    expect(message).toContain('As the address is right, the fix is on the recipient');
    expect(message).not.toContain('check the address');
  });

  it('a provider domain one letter off: the address meant is named, whatever was said of it', () => {
    const paste = RECIPIENT_HOST.replaceAll('bob@partner.example', 'jane.doe@gmial.com').replace('mail.partner.example', 'mx.gmial.com');
    const message = messageSection(replyText(`what do I tell the customer?\n\n${paste}`));
    expect(message).toContain('jane.doe@gmail.com');
    expect(message).toContain('most likely the one meant');
  });

  it('to the recipient whose own server refuses: a note for their IT, in "our emails" words', () => {
    const reply = replyText(`Our customer bob@partner.example says he doesn't receive our invoices. What do I tell the customer?\n\n${RECIPIENT_HOST}`);
    const message = messageSection(reply);
    expect(message).toContain('Our emails to bob@partner.example are refused by your mail server');
    expect(message).toContain('forward this to your IT');
  });

  it('in the language asked in, the English beside it', () => {
    const message = messageSection(replyText(`Der Kunde hat die Adresse schon geprüft, sie stimmt. Was sage ich dem Kunden?\n\n${RECIPIENT_HOST}`));
    expect(message).toContain('Auf Deutsch:');
    expect(message).toContain('In English: Mailgun accepted the message');
  });
});

describe('the login message after a password change', () => {
  it('the password was reset: the application still sends the old one, not "set a new password" again', () => {
    const message = messageSection(replyText(`We reset the SMTP password yesterday and it still fails. What do I tell the customer?\n\n${AUTH_FAILURE}`));
    expect(message).toContain('still sends the old one');
    expect(message).not.toContain('Please set a new SMTP password');
  });

  it('in Portuguese too ("Resetamos ontem a senha")', () => {
    const message = messageSection(replyText(`Resetamos ontem a senha SMTP no Mailgun e continua dando erro. O que eu digo ao cliente?\n\n${AUTH_FAILURE}`));
    expect(message).toContain('Em português:');
    expect(message).toContain('still sends the old one');
  });

  it('without a change said, a new password is the fix', () => {
    expect(messageSection(replyText(`What do I tell the customer?\n\n${AUTH_FAILURE}`))).toContain('Please set a new SMTP password');
  });

  it('the new password said to be in already: not "still sends the old one"', () => {
    const message = messageSection(replyText(`We reset the password and pasted the new password into the app after the reset. What do I tell the customer?\n\n${AUTH_FAILURE}`));
    expect(message).not.toContain('still sends the old one');
  });
});

describe('the outgoing message fits a script as well as a settings screen', () => {
  it('it says to make the program log in, in its settings or its code', () => {
    const message = messageSection(replyText(`what do I tell the customer?\n\n${OUTGOING}`));
    expect(message).toContain('add the login step to its code');
  });
});
