/** Review round 190c: managers' plain questions (who acts, is it urgent) and a colleague's theory of the cause, answered first. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf as firstParagraphs, OUTGOING, RECIPIENT_HOST, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste('pastes190c', name);
const replyTo = replyText;
const leadOf = (reply: string) => firstParagraphs(reply, 5);

describe("a colleague's theory, answered where the diagnosis settles it", () => {
  it.each([
    ['c190-01', 'Is Gmail blocking you? No: Mailgun\'s own SMTP server refused the message'],
    ['c190-10', 'Is Libero blocking you? No'],
    ['c190-03', 'Have the credentials expired? No: Mailgun accepted the message and tried to deliver it'],
    ['c190-16', 'Have the credentials expired? No: Mailgun accepted the message and tried to deliver it'],
    ['c190-08', 'Is the mailbox full? No: the mail never reached a mailbox'],
    ['c190-18', 'Is it the plan or a sending limit? No: no plan or sending limit causes this'],
    ['c190-17', 'Is it the plan or a sending limit? No: Mailgun accepted the message and tried to deliver it'],
    ['c190-13', 'Is Mailgun blocking you? No'],
  ])('%s', (name, answer) => {
    expect(leadOf(replyTo(paste(name)))).toContain(answer);
  });

  it('reads the theory in a quote that also guesses "relaying denied" (c190-16)', () => {
    expect(diagnose(paste('c190-16')).evidence.map((e) => e.rule)).toContain('The paste says the SMTP password or credentials expired');
  });

  it('says nothing of a theory nobody stated', () => {
    const reply = replyTo(`${OUTGOING}\nGmail works fine for us otherwise. We are on the free plan.`);
    expect(reply).not.toContain('blocking you?');
    expect(reply).not.toContain('Is it the plan');
  });

  it('agrees with a server that says the password expired, and speaks of no Mailgun password there', () => {
    const lead = leadOf(replyTo('535 5.7.8 Error: authentication failed: password expired\nhost smtp.office365.com\nIT says the password expired.'));
    expect(lead).toContain('Have the credentials expired? Yes, the server says so');
    expect(lead).not.toContain("Mailgun's SMTP passwords do not expire");
  });

  it("speaks of Mailgun's passwords only for Mailgun's login", () => {
    const lead = leadOf(replyTo('535 5.7.3 Authentication unsuccessful\nhost smtp.office365.com\nour IT thinks the password has expired'));
    expect(lead).not.toContain("Mailgun's SMTP passwords do not expire");
  });

  it("reads no theory in a server's own words (Postfix's \"said:\")", () => {
    const lead = leadOf(replyTo('<a@b.example>: host mx.b.example[1.2.3.4] said: 421 4.7.0 Rate limit exceeded, try again later (in reply to RCPT TO command)'));
    expect(lead).not.toContain('Is it the plan or a sending limit?');
  });
});

describe('"who has to act?"', () => {
  it.each([
    ['c190-03', 'Who has to act? The recipient'],
    ['c190-04', 'Who has to act? Whoever set up the program that sends (your IT), not Mailgun'],
    ['c190-08', 'Who has to act? Whoever manages the Mailgun account that receives'],
    ['c190-09', 'Who has to act? Whoever manages your Mailgun account'],
  ])('%s', (name, answer) => {
    expect(leadOf(replyTo(paste(name)))).toContain(answer);
  });

  it.each(['Who do I call?', 'wen muss ich anrufen?', 'Quem eu chamo?', 'chi devo chiamare?', 'do kogo mam zadzwonić?', 'who is supposed to fix it?'])('hears "%s"', (question) => {
    expect(leadOf(replyTo(`${OUTGOING}\n${question}`))).toContain('Who has to act? Whoever set up the program that sends');
  });

  it('answers a refusing recipient server with the recipient', () => {
    expect(leadOf(replyTo(`${RECIPIENT_HOST}\nwho should we contact?`))).toContain('Who has to act? The recipient');
  });
});

describe('more ways of asking about urgency', () => {
  it.each([
    'Is this urgent (we launch Thursday) and who is supposed to fix it?',
    'How fast do I need to sort this, members can\'t log in.',
    'Ist das dringend, und wen muss ich anrufen – unseren IT-Dienstleister oder die Agentur?',
  ])('%s', (question) => {
    expect(leadOf(replyTo(`${OUTGOING}\n${question}`))).toContain('Is it urgent? Yes');
  });
});

describe('more answered where they were only heard', () => {
  it('answers the whitelist question under a sandbox refusal (c190-09)', () => {
    expect(leadOf(replyTo(paste('c190-09')))).toContain('Would whitelisting help? No: no IP address is refused here');
  });

  it('gives the customer a message for an unknown address (c190-16)', () => {
    const reply = replyTo(paste('c190-16'));
    expect(reply).toContain('What you can tell');
    expect(reply).toContain('because it says the address does not exist');
  });
});

describe('code review 53: answers that held only for some cases', () => {
  it('says no "Not yet" for a 4xx Mailgun gave up on (severity permanent)', () => {
    const text = '{"event":"failed","severity":"permanent","reason":"old","recipient":"ana@partner.example","delivery-status":{"code":454,"message":"4.7.1 <ana@partner.example>: Relay access denied","mx-host":"mx.partner.example"}}\nIs this urgent?';
    expect(leadOf(replyTo(text))).not.toContain('Not yet: the refusal is temporary');
  });

  it("reads Gmail's newer 5.7.26 wording as neither SPF nor DKIM passing", () => {
    const text = 'Mailgun failed event for ana@gmail.com:\n550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n550 5.7.26  https://support.google.com/mail/answer/81126#authentication';
    const reply = replyTo(text);
    expect(reply).toContain('passed neither SPF nor DKIM');
    expect(reply).not.toContain('The refusal names DMARC');
  });
});
