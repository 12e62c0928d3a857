/** Review round 190c: managers' plain questions (who acts, is it urgent) and a colleague's theory of the cause, answered first. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes190c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const leadOf = (reply: string) => reply.split('\n\n').slice(0, 5).join('\n\n');

const OUTGOING = "SMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nhost smtp.mailgun.org port 587";
const RECIPIENT_HOST = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';

describe("a colleague's theory, answered where the diagnosis settles it", () => {
  it.each([
    ['c190-01', 'Is Gmail blocking you? No: Mailgun\'s own SMTP server refused the message'],
    ['c190-10', 'Is Libero blocking you? No'],
    ['c190-03', 'Have the credentials expired? No: Mailgun accepted the message and delivered it'],
    ['c190-16', 'Have the credentials expired? No: Mailgun accepted the message and delivered it'],
    ['c190-08', 'Is the mailbox full? No: the mail never reached a mailbox'],
    ['c190-18', 'Is it the plan or a sending limit? No: no plan or sending limit causes this'],
    ['c190-17', 'Is it the plan or a sending limit? No: Mailgun accepted the message'],
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

  it("does not contradict a server that says the password expired", () => {
    expect(replyTo('535 5.7.8 Error: authentication failed: password expired\nsmtp.office365.com')).not.toContain('Have the credentials expired? No');
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
    expect(reply).toContain('What you can tell the customer');
    expect(reply).toContain('because it says the address does not exist');
  });
});
