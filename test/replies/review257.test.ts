/**
 * Round 257: an ordinary week, mail through several systems, and the apps people run. Every scenario and fact was right; the
 * flaws were in the replies: a message for the recipient's IT ("do działu IT odbiorcy") written to the customer; mail said
 * split between SES and Mailgun read as refused by SES; a `/*, auth: {...} *\/` comment read as a live login; Supabase's
 * hosted SMTP settings told to "restart"; "mailgun incoming → POST to /admin/email/handle_mail" offered pointing the MX
 * back; "já testou o endereço ... e está certo" not read.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the replies', () => {
  it('"wiadomość po angielsku do działu IT odbiorcy": a message to the recipient\'s IT', () => {
    expect(messageSection(replyText(paste('r257a-10')))).toMatch(/^What you can tell the IT admin\n-+\nOur emails to zamowienia@balticcargo\.pl are refused by your mail server/);
  });

  it('mail split between Amazon SES and Mailgun, a second-hand "Relay access denied": which side is not shown', () => {
    const reply = replyText(paste('r257b-15'));
    expect(reply).not.toContain('on the way through Amazon SES');
    expect(diagnose(paste('r257b-15')).facts.provider).toBeNull();
  });

  it('nodemailer\'s auth commented out inside its options: no login sent', () => {
    const diagnosis = diagnose(paste('r257b-05'));
    expect(diagnosis.facts.authAttempted).toBe(false);
    expect(diagnosis.evidence.map((e) => e.rule)).toContain('The SMTP session was not authenticated');
  });

  it('Supabase\'s Auth SMTP settings: its own screen, no restart', () => {
    expect(diagnose(paste('r257c-15')).facts.client).toBe('supabase');
    const reply = replyText(paste('r257c-15'));
    expect(reply).toContain("the project's Authentication → Emails → SMTP Settings (Password)");
    expect(reply).not.toContain('restart it (a process reads its environment');
  });

  it('"they use mailgun incoming → POST to /admin/email/handle_mail": no pointing the MX records back', () => {
    expect(replyText(paste('r257c-07'))).not.toMatch(/should not (?:go to|reach) Mailgun at all|point its MX records back/);
  });

  it('"já testou o endereço ... e está certo": the address said right', () => {
    expect(diagnose(paste('r257a-11')).facts.addressConfirmed).toBe(true);
  });
});

describe('near misses of this round\'s new readings', () => {
  it('mail said sent through SES alone, refused there: still SES\'s', () => {
    expect(diagnose('Our app sends everything through Amazon SES.\n554 Relay access denied for anna@x.example').facts.provider).toBe('amazon-ses');
  });

  it('an auth block left in, with a comment after it: a login sent', () => {
    const code = "nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: { user: 'postmaster@mg.x.io', pass: process.env.MG_PASS } /* set in k8s */ })\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied";
    expect(diagnose(code).evidence.map((e) => e.rule)).not.toContain('The SMTP session was not authenticated');
  });

  it('Supabase named beside another app\'s SMTP: not Supabase without its settings or its error', () => {
    expect(diagnose('We moved off Supabase last year. Now our own app sends via smtp.mailgun.org: 550 5.7.1 Relaying denied').facts.client).not.toBe('supabase');
  });
});

describe('the second code review of rounds 254-257', () => {
  it('a dismissal under a refusal that is about the other error does not set the refusal aside', () => {
    const paste = 'Yesterday the app logged: 535 5.7.0 Authentication failed\nToday smtp.mailgun.org answers:\n550 5.7.1 Relaying denied\nThe password was fixed yesterday, so what is this now?';
    expect(diagnose(paste).scenario).not.toBe('not-relaying-denied');
  });

  it('a relay refusal dismissed in words of its own fix ("turned off SMTP authentication") is set aside', () => {
    const paste = 'Old one (fixed, they had turned off SMTP authentication; reference only):\n550 5.7.1 Relaying denied\nNew one from today:\n554 5.7.1 Message rejected: spam content detected';
    expect(diagnose(paste).kind).toBe('blocked');
  });

  it('a "(newest first)" label over a list below an error told above it does not reverse them', () => {
    const paste = 'Yesterday the app got this from smtp.mailgun.org:\n550 5.7.1 Relaying denied\nToday it is a different error. Their logs (newest first):\n2024-03-12 10:04:11  failed  alerts@shop.example  535 5.7.0 Authentication failed\n2024-03-12 09:58:02  failed  alerts@shop.example  535 5.7.0 Authentication failed';
    expect(diagnose(paste).kind).toBe('auth-failure');
  });

  it('"the real address is b@x" beside a misread a@x chosen first: b@x is the recipient too', () => {
    const { facts } = diagnose('RCPT TO:<suppart@brightline.example> 550 5.7.1 Relaying denied\nRCPT TO:<support@brightline.example> 550 5.7.1 Relaying denied\nthe real address is support@brightline.example');
    expect(facts.recipient).toBe('support@brightline.example');
    expect(facts.recipients).toEqual(['support@brightline.example']);
  });

  it('a person\'s correction wins whichever way OCR misread "rn" and "m"', () => {
    const { facts } = diagnose('OCR of the bounce:\n550 5.7.1 Relaying denied for info@keameydental.com (smtp.rnailgun.org)\nthe real address is info@kearneydental.com');
    expect(facts.recipient).toBe('info@kearneydental.com');
  });

  it('a move said with French and Spanish verbs ("migré", "migró") or a domain between verb and "from": the EU region', () => {
    expect(diagnose('Nous avons migré le domaine de la région US vers EU. 550 5.7.1 Relaying denied').facts.region).toBe('eu');
    expect(diagnose('El cliente migró el dominio de US a EU: 550 5.7.1 Relaying denied').facts.region).toBe('eu');
    expect(diagnose('They switched mg.acme.example from US to EU last week. 550 5.7.1 Relaying denied').facts.region).toBe('eu');
  });

  it('ordinary statements are no polite asks: "non ci può scrivere una mail", "ce que je peux dire, c\'est", "Będę wdzięczny za odpowiedź.", "a response for our auditors"', () => {
    const refusal = '550 5.7.1 Relaying denied\nhost smtp.mailgun.org port 587, nodemailer\n';
    for (const said of ['Il fornitore non ci può scrivere una mail.', "Ce que je peux dire, c'est que le serveur refuse.", 'Będę wdzięczny za odpowiedź.', 'We need a response for our auditors.']) {
      expect(replyText(refusal + said)).not.toContain('What you can tell');
    }
  });

  it('a customer\'s nationality is no language asked: "Es un cliente turco" is answered in Spanish', () => {
    expect(messageSection(replyText("550 5.7.1 Relaying denied\nhost smtp.mailgun.org port 587\n¿Qué le digo al cliente? Es un cliente turco."))).toMatch(/\nEn español: /);
  });

  it('Mailgun named as the provider no longer used keeps the other provider\'s refusal', () => {
    expect(diagnose('Our app sends through SendGrid now; they stopped sending through Mailgun.\n554 Relay access denied for a@x.example').facts.provider).toBe('sendgrid');
  });

  it('the API key in the password field asked or denied is not said', () => {
    for (const said of ['Hat er im Feld Passwort vielleicht den API-Key eingetragen?', 'Czy w polu Password wkleił klucz API?', '¿En el campo contraseña puso la clave de API?', 'Im Feld Passwort steht das SMTP-Passwort, nicht der API-Key.']) {
      expect(diagnose(`535 5.7.0 Mailgun is not loving your login or password\n${said}`).evidence.map((e) => e.rule)).not.toContain('The SMTP password is read from an API key');
    }
  });

  it('"Not sure what to tell Dana" with the error on the next line asks for a message', () => {
    expect(replyText('Not sure what to tell Dana\n550 5.7.1 Relaying denied from mxa.mailgun.org for retreats@lumenyoga.example')).toContain('What you can tell');
  });

  it('a self-hosted Supabase is not the hosted dashboard', () => {
    const paste = 'self-hosted supabase, docker compose. Auth logs: {"msg":"500: Error sending confirmation email","error":"550 5.7.1 Relaying denied"}\nGOTRUE_SMTP_HOST=smtp.mailgun.org';
    expect(diagnose(paste).facts.client).not.toBe('supabase');
  });

  it('"the addresses are right there in the CSV below" is no statement that they are right; "o endereço é correto" is', () => {
    expect(diagnose(`${'550 5.7.1 Relaying denied from mx.partner.example for bob@partner.example'}\nThe addresses are right there in the CSV below.`).facts.addressConfirmed).toBe(false);
    expect(diagnose(`${'550 5.7.1 Relaying denied from mx.partner.example for bob@partner.example'}\nO endereço é correto.`).facts.addressConfirmed).toBe(true);
  });
});
