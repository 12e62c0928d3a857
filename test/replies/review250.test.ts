/**
 * Round 250: an ordinary week, the apps people run, and long pastes read end to end. The flaws it found: a Laravel log's relay
 * refusal above its own "NOTE: above error before config:cache refresh" read as the error of now beside the sandbox 421s after
 * the fix; an SMTP login in the settings ("user postmaster@mg.x") read as another refused recipient; the test address said
 * in words ("Test-Empfänger war sein eigenes Postfach ...", "test address was the admin's own: ...") not read; PHPMailer's
 * "SMTP code: 550 Additional SMTP info: 5.7.1" read without its enhanced code; a CRM's send dialog ("⚠ Wysyłka nie
 * powiodła się") not read as seen while sending; "the n8n webhook URL is wrong ... Is that it?" not answered; the paste's
 * closing request after a forwarded bounce ("Por favor, dame un texto para Marc (IT, inglés) ...") dropped with the copy, and
 * its reader and language in brackets not read.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the diagnosis', () => {
  it('a relay refusal above the log\'s "NOTE: above error before config:cache refresh", 421 sandbox refusals after: the sandbox', () => {
    const diagnosis = diagnose(paste('r250c-16'));
    expect(diagnosis.kind).toBe('sandbox');
    expect(diagnosis.facts.replyCode).toBe(421);
    expect(diagnosis.facts.recipient).toBe('hannah.berg@protonmail.com');
  });

  it('the test address said in words, in German and English', () => {
    expect(diagnose(paste('r250b-03')).facts.recipient).toBe('k.brandl@gmx.de');
    expect(diagnose(paste('r250b-05')).facts.recipient).toBe('m.ortega@farmacia-lumen.es');
  });

  it('"user postmaster@mg.pebblepath.app" in the settings is a login, not another refused recipient', () => {
    expect(diagnose(paste('r250b-11')).facts.otherErrors).toEqual([]);
  });

  it('PHPMailer\'s "SMTP code: 550 Additional SMTP info: 5.7.1": both codes', () => {
    const { facts } = diagnose(paste('r250a-03'));
    expect(facts.replyCode).toBe(550);
    expect(facts.enhancedCode).toBe('5.7.1');
  });
});

describe('the replies', () => {
  it('a CRM\'s own send dialog, "⚠ Wysyłka nie powiodła się": seen while sending', () => {
    expect(replyText(paste('r250a-14'))).toMatch(/This is a Relaying Denied error, seen while sending/);
  });

  it('"the n8n webhook URL is wrong ... Is that it?" under a refusal by Mailgun\'s MX: no, no Route ran', () => {
    expect(replyText(paste('r250b-08'))).toMatch(/Is your own endpoint rejecting it\? No:/);
  });

  it('"Por favor, dame un texto para Marc (IT, inglés)" after the forwarded bounce: to the IT admin, in English', () => {
    const message = messageSection(replyText(paste('r250c-07')));
    expect(message).toMatch(/^What you can tell the IT admin\n-+\nThe message to alquileres@sierrazul-inmo\.es was refused by Mailgun/);
  });
});
