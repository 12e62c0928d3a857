/** Review round 214c: the support agent's own process asked beside the error (close, escalate, what to ask for, can it wait), and the customer's attempts weighed. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, OUTGOING, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 214: the agent\'s process question, answered first', () => {
  it.each([
    ['r214c-03', 'Can you close the ticket? Not yet: once a message sent from an outside mailbox to "hilfe@service.kunde-shop.de" arrives'],
    ['r214c-16', 'Can you close the ticket? Yes, once the customer has the right address'],
    ['r214c-08', 'Can you close the ticket? Not yet: once the program sends from a domain of your own'],
    ['r214c-09', 'Should you escalate it? No need: the fix is on your side'],
    ['r214c-10', 'Should you escalate it? No need: a Route in your own Mailgun account fixes it'],
    ['r214c-05', 'What to ask the customer for? The whole error as text'],
    ['r214c-01', 'What to ask the customer for? The SMTP settings as the running program has them'],
    ['r214c-07', 'Can it wait? Yes, for your sending as a whole: only mail to "northwind-logistics.com" is refused'],
    ['r214c-02', "Can it wait? No, if this program's mail matters"],
    ['r214c-11', 'Can it wait? Not if mail to hotmail.com matters'],
    ['r214c-04', 'Who has to act? The recipient'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 3)).toContain(answer);
  });

  it('asks "is it urgent?" as before when that is the question (r214c-14)', () => {
    expect(leadOf(replyText(paste('r214c-14')), 3)).toContain('Is it urgent? Not for your sending as a whole');
  });

  it('does not read the French verb "avoir" as a credit note (r214c-08)', () => {
    expect(replyText(paste('r214c-08'))).not.toContain('On the refund');
    expect(replyText(`Le client veut un avoir pour ce mois-ci.\n${OUTGOING}`)).toContain('On the refund');
  });

  it('says a password changed twice cannot help a session that sent no login (r214c-17), after the question asked', () => {
    const lead = leadOf(replyText(paste('r214c-17')), 4);
    expect(lead).toContain('A changed password cannot help here: this session sent no login at all');
    expect(lead.indexOf('Should you escalate it?')).toBeLessThan(lead.indexOf('A changed password'));
  });

  it("names the latest password, not a lost cause, when the login itself is refused after changes (r214c-06)", () => {
    expect(leadOf(replyText(paste('r214c-06')), 4)).toContain('Each new password replaces the one before');
  });

  it('hears "they already verified the domain" under an outgoing refusal that sent no login (r214c-01)', () => {
    expect(replyText(paste('r214c-01'))).toContain('Why the refusal, when the domain is verified?');
  });

  it("sends the account's manager to check a Route that already takes the address, not to add one (r214c-18)", () => {
    const lead = leadOf(replyText(paste('r214c-18')), 4);
    expect(lead).toContain('a Route shown takes the address');
    expect(lead).not.toContain('they add a Route for the address');
  });

  it("fixes a cron script's own smtplib connection, not the Django settings it does not read (r214c-13)", () => {
    const reply = replyText(paste('r214c-13'));
    expect(reply).toContain("call server.login('postmaster@YOUR_DOMAIN', password) after server.starttls()");
    expect(reply).not.toContain('set EMAIL_HOST_USER');
  });

  it.each([
    ['Can I close the ticket?', 'Can you close the ticket? Not yet: once the program sends with its SMTP login'],
    ['Kann ich das Ticket schließen?', 'Can you close the ticket? Not yet'],
    ['¿Escalamos?', 'Should you escalate it? No need'],
    ['Can this wait until Monday?', 'Can it wait? No, if this program'],
    ['Kann das bis Montag warten?', 'Can it wait? No, if this program'],
  ])('hears %j', (question, answer) => {
    expect(leadOf(replyText(`${question}\n${OUTGOING}`), 3)).toContain(answer);
  });

  it('does not take a customer who escalated for a question to escalate (r214c-12)', () => {
    expect(replyText(paste('r214c-12'))).not.toContain('Should you escalate it?');
  });
});
