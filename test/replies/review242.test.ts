/**
 * Round 242: an ordinary week, whole helpdesk tickets, and people's theories. The flaws it found: an older relay refusal
 * told in a ticket ("la semana pasada nos salía ...", a quoted earlier reply) taken for the error of now; a Logs row copied as
 * fields ("Severity: temporary, attempt 4") read as permanent; theories left unanswered (the recipient refusing, an outage,
 * Gmail blocking where Outlook refused, an IP allowlist, a dedicated IP, port 25); a user name said to be the customer's own
 * mailbox; messages asked as "Tu peux me rédiger ce message", "Draft something they can send to the client's IT", "can you
 * draft something the firm can send Mr Lambert" not written, or written to the wrong reader.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the error of now, in a ticket that tells an older one', () => {
  it.each([
    ['r242b-04', 'not-relaying-denied', 'auth-failure'],
    ['r242b-11', 'not-relaying-denied', 'blocked'],
    ['r242b-14', 'not-relaying-denied', 'unknown-user'],
  ])('%s: %s (%s), not the relay refusal of the quoted or dated past', (name, scenario, kind) => {
    const diagnosis = diagnose(paste(name));
    expect(diagnosis.scenario).toBe(scenario);
    expect(diagnosis.kind).toBe(kind);
  });

  it('the recipient of now, not the one of the quoted March reply', () => {
    expect(diagnose(paste('r242b-11')).facts.recipient).toBe('a.colombo@colombo-impianti.it');
  });

  it('a Logs row copied as fields, "Severity: temporary, attempt 4": Mailgun is still retrying', () => {
    const text = paste('r242c-13');
    expect(diagnose(text).facts.severity).toBe('temporary');
    const reply = replyText(text);
    expect(reply).not.toContain('The refusal was permanent');
    expect(messageSection(reply)).toContain('Mailgun riprova da solo');
  });

  it('a severity field that ran on into the next one ("permanent, reason: generic") is read as its first word', () => {
    expect(diagnose(paste('r242a-14')).facts.severity).toBe('permanent');
  });
});

describe('theories answered', () => {
  it.each([
    ['r242b-01', "Is it the recipient's server refusing? No"],
    ['r242c-09', 'Is Mailgun down? No'],
    ['r242c-16', 'Is Gmail blocking you? No'],
    ['r242c-11', 'Is Gmail blocking you? Not Gmail: the refusal came from "outlook-com.olc.protection.outlook.com"'],
    ['r242c-18', 'Would whitelisting help? No: the API refused the key itself'],
    ['r242c-06', 'Do you need a dedicated IP? No'],
    ['r242c-04', 'A new port, the same error? No: the login reached the server over port 587'],
  ])('%s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });
});

describe('what the person said, used', () => {
  it('a user name said to be their own mailbox ("dicen que es su correo"), after the password was put in again: the user name is the cause', () => {
    const text = paste('r242a-03');
    expect(diagnose(text).facts.smtpLogin).toBe('panaderia@lacosecha.es');
    const steps = sectionOf(replyText(text), 'What to do');
    expect(steps).toContain('1. The likely cause: the user name, panaderia@lacosecha.es, is said to be their own mailbox');
    expect(steps).not.toContain('still has the old one');
  });

  it('"Customer already double-checked the address with their client by phone": the address is confirmed', () => {
    expect(diagnose(paste('r242c-12')).facts.addressConfirmed).toBe(true);
  });

  it('"en de oude catch_all verwijderd": the deleted catch-all is what broke it, and no Routes are said to be in use', () => {
    const reply = replyText(paste('r242a-09'));
    expect(fixLineOf(reply)).toContain('Fix: create the deleted catch_all() Route again');
    expect(messageSection(reply)).not.toContain('hebben al hun Routes');
  });

  it('a ticket\'s internal note and its timestamp are no news to put in the message', () => {
    expect(replyText(paste('r242b-07'))).not.toContain('Add what you wanted them to know');
  });
});

describe('messages asked, to their readers', () => {
  it.each([
    ['r242b-07', /^What you can tell the supplier\n[-]+\nEn français: Nos e-mails/],
    ['r242b-12', /^What you can tell the supplier\n/],
    ['r242c-12', /^What you can tell the IT team\n[-]+\nOur emails to pm@northgate-dev\.co/],
    ['r242c-09', /^What you can tell the developer\n[-]+\nEn español: /],
    ['r242a-16', /^What you can tell Mr Lambert\n[-]+\nEn français: Merci d'avoir confirmé votre adresse/],
  ])('%s', (name, heading) => {
    expect(messageSection(replyText(paste(name)))).toMatch(heading);
  });
});
