/**
 * Round 252: tickets with history, mail through several systems, and messages to pass on. The flaws it found: a thread's
 * "Verlauf:" above "Heute (02.04.) schreibt der Kunde:" read as today's error; a Postfix log's relay refusals followed by the
 * same server's deliveries through the same relay (its login turned on), then sandbox 421s, read as the relay refusal; "No sé
 * si es de salida o de entrada" not read as the direction unknown; an internal note's SMTP login ("entered postmaster@x
 * creds") taken for the refused recipient; Gmail's "There was a problem delivering your message to a@b" not read; .NET's
 * `new MailMessage(from, to, ...)` not read; a ticket's "[Mar 3, 09:12] Customer (a@b):" entries not read as messages. In the
 * replies: a suppressed address whose recipient "ha già sistemato il suo server" told to check the address; Gmail's spam
 * verdict passed on as a block listing; "Can you write him a reply in Russian?" and "He asked for an answer in italiano" not
 * read as asks; a developer's message "explaining what's wrong" written in everyday words, without the reply's own fix.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the diagnosis', () => {
  it('"Verlauf:" with February\'s relay refusal, "Heute (02.04.) schreibt der Kunde:" over a 535: the refused login', () => {
    const diagnosis = diagnose(paste('r252a-02'));
    expect(diagnosis.kind).toBe('auth-failure');
    expect(diagnosis.facts.replyCode).toBe(535);
  });

  it('relay refusals, then the same server sent through the same relay, then sandbox 421s: the sandbox', () => {
    const diagnosis = diagnose(paste('r252a-05'));
    expect(diagnosis.kind).toBe('sandbox');
    expect(diagnosis.facts.replyCode).toBe(421);
  });

  it('"No sé si es de salida o de entrada" beside a bare relay refusal: undetermined', () => {
    expect(diagnose(paste('r252a-06')).scenario).toBe('undetermined');
  });

  it('the refused recipient: not a note\'s SMTP login, Gmail\'s own sentence, .NET\'s MailMessage', () => {
    expect(diagnose(paste('r252a-10')).facts.recipient).toBe('orders@in.shopkeeper.example');
    expect(diagnose(paste('r252b-05')).facts.recipient).toBe('leads@in.brightpath.io');
    expect(diagnose(paste('r252c-15')).facts.recipient).toBe('magazzino@trasporti-bellini.it');
  });

  it('a ticket history\'s March 535, "Customer confirmed fixed", under a later entry with no login: that one', () => {
    const diagnosis = diagnose(paste('r252a-01'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.replyCode).toBe(550);
    expect(replyText(paste('r252a-01'))).toMatch(/Is it the password \(a wrong or a rotated one\)\? No:/);
  });
});

describe('the replies', () => {
  it('a suppressed address, the recipient\'s server fixed since: in Italian, off the Bounces list and send again', () => {
    const message = messageSection(replyText(paste('r252a-11')));
    expect(message).toContain("Dato che il destinatario ha già risolto il problema, l'indirizzo può essere tolto da quell'elenco");
    expect(message).not.toContain("verificare l'indirizzo");
  });

  it("Gmail's spam verdict, in Spanish: no block list in the message", () => {
    const message = messageSection(replyText(paste('r252c-13')));
    expect(message).toContain('consideró este mensaje como correo no deseado (spam)');
    expect(message).not.toContain('figura en una lista de bloqueo');
  });

  it('"Can you write him a reply in Russian?", "He asked for an answer in italiano": messages in them', () => {
    expect(messageSection(replyText(paste('r252c-10')))).toMatch(/^What you can tell the customer\n-+\nПо-русски: /);
    expect(messageSection(replyText(paste('r252c-15')))).toMatch(/^What you can tell the customer\n-+\nIn italiano: /);
  });

  it('"Is this Gmail\'s fault? they want to open a ticket with Google": no', () => {
    expect(replyText(paste('r252b-01'))).toMatch(/Is Gmail blocking you\? No:/);
  });

  it('a message for the developer "explaining what\'s wrong": not in everyday words, and with the reply\'s own fix', () => {
    const message = messageSection(replyText(fixturePaste('pastes249c', 'r249c-01')));
    expect(message).toMatch(/^What you can tell the developer\n-+\nYour application sends through Mailgun's SMTP server without logging in/);
    expect(message).toContain('Concretely: check first that the server runs the configuration you shared');
  });
});

describe('the replies, on a second read', () => {
  it('a Google Workspace route to Mailgun: its step says the route has no login, no "Keep the server"; no port was changed', () => {
    const reply = replyText(paste('r252b-18'));
    expect(reply).toContain("2. Google Workspace's route has no place for a login (above)");
    expect(reply).not.toMatch(/A new port, the same error\?/);
  });

  it('a Microsoft 365 connector: the message says a connector cannot log in, no application code', () => {
    const message = messageSection(replyText(paste('r252b-02')));
    expect(message).toContain('Your Microsoft 365 outbound connector hands your mail to Mailgun');
    expect(message).not.toContain('code');
  });

  it('a password changed twice, the recipient\'s server refusing: the Portuguese message says the login is not the cause', () => {
    expect(messageSection(replyText(paste('r252c-08')))).toContain('O seu login e a sua senha não são a causa');
  });
});

describe('the diagnosis, on a second read', () => {
  it('"the supplier\'s correct domain per their business card is hanaoka-shoji.co.jp": the address meant', () => {
    expect(diagnose(paste('r252c-11')).facts.similarAddress).toBe('tanaka@hanaoka-shoji.co.jp');
    expect(messageSection(replyText(paste('r252c-11')))).toContain('tanaka@hanaoka-shoji.co.jp');
  });
});

describe('the replies, on a third read', () => {
  it('"The 5.1.1 one from Tuesday they already fixed": no other error to act on', () => {
    const reply = replyText(paste('r252a-04'));
    expect(reply).not.toContain('Another error in the paste');
    expect(diagnose(paste('r252a-04')).facts.otherErrors).toEqual([]);
  });

  it('a password written "3kd9...redacted" is no password pasted', () => {
    expect(replyText(paste('r251b-15'))).not.toContain('WARNING: Your paste contained what looks like a password');
  });
});
