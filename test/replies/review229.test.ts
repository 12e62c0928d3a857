/**
 * Round 229: the messages to pass on say what the paste shows. A refusal under the domain's DMARC policy means the
 * domain has a DMARC record; a mail server relaying through Mailgun is set up in its relay settings, not in code; a
 * parent or a tenant whose mail may not have arrived is told so, not asked for a bounce.
 */
import { describe, expect, it } from 'vitest';
import { messageSection, replyText } from './helpers.js';

const DMARC_REFUSAL = `Customer's newsletter to Gmail bounces. From the Mailgun logs:

event: failed
recipient: j.devries@gmail.com
severity: permanent
delivery-status.code: 550
delivery-status.mx-host: gmail-smtp-in.l.google.com
delivery-status.message: 5.7.26 Unauthenticated email from nieuwsbrief-bakkerij.nl is not accepted due to domain's DMARC policy.`;

const POSTFIX_RELAY = `Jun 18 10:22:47 relay01 postfix/smtp[28813]: 4W3Qk21Zxbz9sVq: to=<j.kowalski@kancelaria-nowak.pl>, relay=smtp.mailgun.org[34.160.181.2]:587, delay=0.42, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.181.2] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))

main.cf:
relayhost = [smtp.mailgun.org]:587`;

const BARE_REFUSAL = `The school office forwarded this, it is all they have:

550 5.7.1 Relaying denied

It happened when they sent the trip letter to some families; they do not know which program sent it.`;

describe('the sender-check message', () => {
  it('names the checks that failed, never a missing DMARC record, in English and in Dutch', () => {
    const english = messageSection(replyText(`${DMARC_REFUSAL}\n\nWhat do I tell the customer?`));
    expect(english).toContain("did not pass your domain's sender checks (SPF or DKIM)");
    expect(english).not.toMatch(/DMARC record\)? (?:is|are) missing|and a DMARC record/);
    const dutch = messageSection(replyText(`${DMARC_REFUSAL}\n\nKun je een bericht in het Nederlands schrijven voor de klant?`));
    expect(dutch).toContain('afzendercontroles van uw domein (SPF of DKIM)');
    expect(dutch).not.toMatch(/DMARC-record\)? ontbreken/);
  });
});

describe('the outgoing message for a mail server relaying through Mailgun', () => {
  it("speaks of the server's relay settings, not of an application or its code", () => {
    const message = messageSection(replyText(`${POSTFIX_RELAY}\n\nWhat do I tell the customer?`));
    expect(message).toContain('Your mail server relays mail through Mailgun');
    expect(message).toContain('relay (smarthost) settings');
    expect(message).not.toMatch(/application|its code/);
  });

  it('an application still gets the application message', () => {
    const nodemailer = `Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\nhost: smtp.mailgun.org, port 587\n\nWhat do I tell the customer?`;
    expect(messageSection(replyText(nodemailer))).toContain('Your application sends through');
  });
});

describe('an undetermined refusal, the message for a parent or a tenant', () => {
  it('tells them the mail may not have arrived, and asks nothing of them', () => {
    for (const ask of ['Please write me a short message for the parents.', 'Write a note for the tenants, please.']) {
      const message = messageSection(replyText(`${BARE_REFUSAL}\n\n${ask}`));
      expect(message, ask).toContain('may not have reached you');
      expect(message, ask).not.toMatch(/bounce or log|server names|Mailgun's logs/);
    }
  });

  it('in Spanish, with the office\'s phone number', () => {
    const message = messageSection(replyText(`${BARE_REFUSAL}\n\nTeléfono de secretaría: +34 91 123 45 67. Escríbeme un mensaje corto en español para los padres.`));
    expect(message).toContain('En español:');
    expect(message).toContain('+34 91 123 45 67');
  });

  it('the company\'s own customer is still asked where the error was seen', () => {
    expect(messageSection(replyText(`${BARE_REFUSAL}\n\nWhat do I tell the customer?`))).toContain('Could you send the whole bounce or log');
  });
});
