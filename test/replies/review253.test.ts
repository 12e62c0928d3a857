/**
 * Round 253: the apps people run, long pastes, and whole tickets in other languages. The flaws it found: a Laravel log's
 * ".env updated ... (config:cache cleared)" not read as its own record of the fix, above the sandbox 421; "Sending session
 * reminder to parent a@b" not read as the recipient; Thunderbird's "... du destinataire « a@b »" not read; Outlook's and
 * Windows Live Mail's popups, "(0x800CCC79)", "Konto: 'x', Server: 'y'", not read as a mail program; "dame la respuesta en
 * español, que el desarrollador no se maneja bien en inglés" answered in English; asks in Polish, Russian, French and Italian
 * ("przygotować odpowiedź", "что ответить клиенту", "ce qu'il faut lui répondre", "scrivermi un messaggio") not read.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the diagnosis', () => {
  it('a relay refusal above ".env updated ... (config:cache cleared)", a sandbox 421 after: the sandbox, to its recipient', () => {
    const diagnosis = diagnose(paste('r253b-17'));
    expect(diagnosis.kind).toBe('sandbox');
    expect(diagnosis.facts.replyCode).toBe(421);
    expect(diagnosis.facts.recipient).toBe('maria.lopez@outlook.com');
  });

  it('Thunderbird\'s French popup names the recipient', () => {
    expect(diagnose(paste('r253c-03')).facts.recipient).toBe('compta@cabinet-durand.fr');
  });

  it('Outlook\'s and Windows Live Mail\'s popups: a mail program', () => {
    expect(diagnose(paste('r253c-01')).facts.client).toBe('mail-program');
    expect(diagnose(paste('r253c-04')).facts.client).toBe('mail-program');
    expect(diagnose(paste('r251c-02')).facts.client).toBe('mail-program');
  });
});

describe('the replies', () => {
  it('"en español, que el desarrollador no se maneja bien en inglés": in Spanish', () => {
    expect(messageSection(replyText(paste('r253c-02')))).toMatch(/^What you can tell the customer\n-+\nEn español: /);
  });

  it('asks in Polish, Russian and French: a message in each', () => {
    expect(messageSection(replyText(paste('r253c-09')))).toMatch(/^What you can tell the customer\n-+\nPo polsku: /);
    expect(messageSection(replyText(paste('r253c-10')))).toMatch(/^What you can tell the customer\n-+\nПо-русски: /);
    expect(messageSection(replyText(paste('r253c-17')))).toMatch(/^What you can tell the customer\n-+\nEn français: /);
  });

  it('"scrivermi un messaggio in inglese da girare a lui": an English message about the mail program', () => {
    expect(messageSection(replyText(paste('r253c-04')))).toMatch(/^What you can tell the customer\n-+\nYour mail program \(Thunderbird, Outlook or the like\) sends through/);
  });
});

describe('the replies, on a second read', () => {
  it('"do I need to put SMTP username/password in n8n somewhere?" after Mailgun accepted the message: no', () => {
    expect(replyText(paste('r253a-18'))).toMatch(/Do you need to add a login \(SMTP authentication\)\? No:/);
  });
});

describe('near misses of this round\'s new readings', () => {
  const refusal = '550 5.7.1 Relaying denied\nhost smtp.mailgun.org port 587, nodemailer';

  it('"an answer in time for the launch" asks for no message; "an answer in Spanish" does', () => {
    expect(replyText(`${refusal}\nThe customer needs an answer in time for the launch.`)).not.toContain('What you can tell');
    expect(replyText(`${refusal}\nThe customer wants an answer in Spanish.`)).toMatch(/What you can tell the customer\n-+\nEn español: /);
  });

  it('mail sent from outlook.com addresses is no mail program', () => {
    const paste = 'When customers send mail from outlook.com addresses to info@ourdomain.example they get: host mxa.mailgun.org said: 550 5.7.1 Relaying denied';
    expect(diagnose(paste).facts.client).not.toBe('mail-program');
  });

  it('a slip is repaired in prose, not in a setting\'s value or an address', () => {
    const { facts } = diagnose('Customer retyped: "mailgun is not loving your login or pasword"\nMAIL_USERNAME=pasword@mg.shop.example');
    expect(facts.smtpLogin).toBe('pasword@mg.shop.example');
    expect(diagnose('Customer retyped: "mailgun is not loving your login or pasword"').kind).toBe('auth-failure');
  });

  it('a language said not to be read well, in French: not the message\'s', () => {
    const message = messageSection(replyText(`${refusal}\nQu'est-ce que je leur réponds ? Le développeur ne parle pas bien en anglais, en français si possible.`));
    expect(message).toMatch(/^What you can tell the customer\n-+\nEn français: /);
  });
});
