/**
 * Round 261: an ordinary week, adversarial pastes on round 260's readings, and messages to pass on. The flaws it found: a
 * Gmail-forwarded thread under "Forwarding our earlier thread" read the old 535 as the case; a Logs page copied time first
 * read its first, temporary row's reply; asks cut off before the reader they name ("... para o cliente reencaminhar ao
 * departamento de informática do destinatário"); notes for a team channel or a colleague not read as handover notes; a bare
 * Spring user name, a customer's "Google Workspace für die Postfächer", and a customer's own failing newsletter not used.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('threads and logs', () => {
  it('"Forwarding our earlier thread. The login error is gone ...": the newest message\'s relay refusal is the case', () => {
    const diagnosis = diagnose(paste('r261b-06'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.recipient).toBe('dana.whitfield@outlook.com');
  });

  it('a Logs page copied time first: its rows\' codes, the permanent one the outcome; "a@x → b@y" rows read after the arrow', () => {
    const diagnosis = diagnose(paste('r261b-02'));
    expect(diagnosis.facts.replyCode).toBe(554);
    expect(diagnosis.facts.severity).toBe('permanent');
    expect(diagnose(fixturePaste('pastes56b', 'b56-32')).facts.recipient).toBe('r.okoye@rogers.example');
  });

  it('"two domains, one on US and one on EU region": no region', () => {
    expect(diagnose(paste('r261c-12')).facts.region).toBeNull();
  });
});

describe('who a message is for', () => {
  it('"para o cliente reencaminhar ao departamento de informática do destinatário": the recipient\'s IT, in Portuguese', () => {
    const message = messageSection(replyText(paste('r261a-10')));
    expect(message).toContain('What you can tell the IT admin');
    expect(message).toContain('Os nossos e-mails para encomendas@construcoes-almeida.pt');
  });

  it('"the message for Lakeside\'s IT person", "a note for the *recipient\'s* IT team", "an deren IT": the recipient\'s side', () => {
    expect(messageSection(replyText(paste('r261c-10')))).toContain('Our emails to frontdesk@lakesideortho.net are refused by your mail server');
    expect(messageSection(replyText(paste('r261c-18')))).toContain('Our emails to orders@midwest-toolsupply.com');
  });

  it('"deux ou trois phrases en français pour l\'informaticien": a message to the recipient\'s IT, in French only', () => {
    const message = messageSection(replyText(paste('r261b-17')));
    expect(message).toContain('En français: Nos e-mails à destination de compta@menuiserie-garnier.fr');
    expect(message).not.toContain('In English:');
  });

  it('"un client ... Que faut-il lui répondre ?": the customer, not the supplier who wrote to them', () => {
    expect(messageSection(replyText(paste('r261b-07')))).not.toContain('le problème vient de chez nous');
  });

  it('a post for #support-escalations, a note for a colleague the ticket passes to, a note for a channel: handover notes', () => {
    expect(replyText(paste('r261c-03'))).toContain('\nHandover note\n');
    expect(replyText(paste('r261c-07'))).toContain('\nHandover note (in Italian, as asked)\n');
    expect(replyText(paste('r261c-16'))).toContain('\nHandover note (in Spanish, as asked)\n');
  });
});

describe('facts and fixes', () => {
  it('"Destinatario che fallisce: a@b": the recipient', () => {
    expect(diagnose(paste('r261a-05')).facts.recipient).toBe('amministrazione@studiorossi-pd.it');
  });

  it('`spring.mail.username: tallyworks`: no SMTP login, said first, before the password changed', () => {
    const reply = replyText(paste('r261a-15'));
    expect(reply).toContain('1. The user name in the settings, "tallyworks", is not an SMTP login');
  });

  it('"nutzt seit einem Jahr Google Workspace für die Postfächer": the MX records are the mistake, not a deleted Route', () => {
    const reply = replyText(paste('r261b-14'));
    expect(fixLineOf(reply)).toContain('its MX records are the mistake');
    expect(fixLineOf(reply)).not.toContain('create the deleted Route again');
  });

  it('"our newsletter emails keep failing": the company\'s own mail going out, two cases, not the Routes\' one', () => {
    const reply = replyText(paste('r261a-13'));
    expect(reply).toContain('It is one of two things');
    expect(sectionOf(reply, 'It is one of two things')).not.toContain('Incoming to Mailgun');
    expect(replyText('Someone writing to us gets 550 5.7.1 Relaying denied.')).toContain('It is one of three things');
  });
});
