/**
 * Round 258: tickets with history, adversarial pastes on this session's readings, and messages to pass on. The flaws it
 * found: a forwarded thread's "---------- Customer (May 9) ----------" headings not read as messages, so a fixed relay
 * refusal was answered over today's 5.1.1; last week's relay refusal told in prose beside today's event from the Events
 * API read as the case of now ("undetermined"); a person's "it's m.kowalski@x (the "m" became "rn")" not used; asks in
 * Swedish and Czech not read; a summary for the team's channel written as a message to the customer; a sender-check
 * message that told the reader to move the From address onto the sending subdomain.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('tickets with history', () => {
  it('"---------- Customer (today) ----------" under an earlier, fixed relay refusal: today\'s 5.1.1', () => {
    const diagnosis = diagnose(paste('r258a-17'));
    expect(diagnosis.kind).toBe('unknown-user');
    expect(diagnosis.facts.recipient).toBe('l.moreno@granitebay-dental.com');
  });

  it('last week\'s relay refusal told in prose, today\'s event from the Events API: the recipient\'s server refused', () => {
    expect(diagnose(paste('r258a-09')).scenario).toBe('recipient-host');
  });
});

describe('this session\'s readings, adversarially', () => {
  it('"it\'s m.kowalski@x (the "m" became "rn")" beside an OCR\'d rn.kowalski@x: m.kowalski@x', () => {
    expect(diagnose(paste('r258b-16')).facts.recipient).toBe('m.kowalski@bud-tech-example.pl');
  });

  it('asks in Swedish and Czech ("skriva svaret till kunden på svenska", "napiš odpověď zákazníkovi česky"): a message, in English', () => {
    expect(messageSection(replyText(paste('r258b-07')))).toMatch(/^What you can tell the customer\n-+\n(?!Auf Deutsch|Po polsku)/);
    expect(messageSection(replyText(paste('r258b-09')))).toMatch(/^What you can tell the customer\n-+\n/);
  });
});

describe('messages to pass on', () => {
  it('a summary for #support-escalations or a team channel: a handover note for the agents', () => {
    expect(replyText(paste('r258c-03'))).toContain('\nHandover note\n');
    expect(replyText(paste('r258c-12'))).toContain('\nHandover note\n');
    expect(messageSection(replyText(paste('r258c-12')))).toBe('');
  });

  it('a sender-check message says the From address may stay at the main domain, in every language', () => {
    const refusal = '550 5.7.1 Unauthenticated email from mg.shop.example is not accepted due to domain\'s DMARC policy\nmx-host: gmail-smtp-in.l.google.com\n';
    expect(messageSection(replyText(`${refusal}What do I tell the customer?`))).toContain('or at the main domain it belongs to');
    expect(messageSection(replyText(`${refusal}Was sag ich ihm?`))).toContain('oder zu der Hauptdomain');
  });
});

describe('near misses of this round\'s new readings', () => {
  it('a dashed line with a word and no day in brackets is no message header', () => {
    const paste = '---------- Original (copy) ----------\n550 5.7.1 Relaying denied from smtp.mailgun.org\n---------- Notes (none) ----------\n535 5.7.0 Mailgun is not loving your login or password';
    expect(diagnose(paste).scenario).not.toBe('not-relaying-denied');
  });

  it('"it\'s" before an address with no OCR in the paste changes no name', () => {
    const { facts } = diagnose('550 5.7.1 Relaying denied from mx.partner.example for anna@partner.example\nit\'s anne@partner.example that works though');
    expect(facts.recipient).toBe('anna@partner.example');
  });
});

describe('the code review of round 258', () => {
  it('last week\'s story blanked up to the sentence of now: "Today it is the other direction ... MX ... mxa.mailgun.org" stays', () => {
    const paste = "Last week's issue was 550 5.7.1 Relaying denied from smtp.mailgun.org, we turned on SMTP auth and sending resumed. Today it is the other direction: people writing TO sales@ourshop.example get bounced, and our MX records point to mxa.mailgun.org and mxb.mailgun.org.\n2024-10-08T02:00:41Z bounce from partner: 550 5.7.1 <sales@ourshop.example>: Relaying denied";
    expect(diagnose(paste).scenario).toBe('mailgun-incoming');
  });

  it('a dashed divider with a number in brackets ("--- Staging (port 25) ---") is no message header', () => {
    const paste = '--- Staging (port 25) ---\nRCPT TO:<anna@customer.example>\n550 5.7.1 Relaying denied\n--- Production (port 587) ---\nAUTH LOGIN\n535 5.7.0 Mailgun is not loving your login or password\nBoth environments send through smtp.mailgun.org.';
    expect(diagnose(paste).scenario).not.toBe('not-relaying-denied');
  });

  it('status lines are no asks for a handover note: "Update for #4821:", "Summary for the team:", "Samenvatting van ticket #48213"', () => {
    for (const line of ['Update for #4821: still getting 550 5.7.1 Relaying denied from smtp.mailgun.org when our app sends.', 'Summary for the team: since 09:00 our app gets 550 5.7.1 Relaying denied from smtp.mailgun.org.', 'Samenvatting van ticket #48213: sinds gisteren krijgt onze app 550 5.7.1 Relaying denied van smtp.mailgun.org', 'We would like an update for the team on when this is fixed. Our app gets 550 5.7.1 Relaying denied from smtp.mailgun.org']) {
      const reply = replyText(line);
      expect(reply).not.toContain('Handover note');
      expect(reply).not.toContain('What you can tell');
    }
  });

  it('"it is rnarketing@x" told inside OCR\'d text does not undo the clean copy; "the address should be anna@acme.io" repairs "acme.1o"', () => {
    const ocr = 'OCR of the bounce below. The customer says it is rnarketing@shopwelt.de that bounces.\nFinal-Recipient: rfc822; marketing@shopwelt.de\nDiagnostic-Code: smtp; 554 5.7.1 <marketing@shopwelt.de>: Relay access denied\nReporting-MTA: dns; mxa.mailgun.org';
    expect(diagnose(ocr).facts.recipient).toBe('marketing@shopwelt.de');
  });

  it('a town named Cesky Krumlov is no Czech asked; "napište odpověď česky" is', async () => {
    const { customerLanguage } = await import('../../src/replies/customer-message/index.js');
    expect(customerLanguage('Wat moet ik zeggen tegen de klant in Cesky Krumlov? Het is voor de klant.', undefined)).toBe('nl');
    expect(customerLanguage('Prosím, napište odpověď zákazníkovi česky, ať mu to můžu poslat.', undefined)).toBe('en');
  });
});
