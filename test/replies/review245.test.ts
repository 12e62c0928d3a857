/**
 * Round 245: an ordinary week, this session's newest abilities tried adversarially, and messages to pass on read in full. The
 * flaws it found: "Previous run:" above "Today:" not set aside; "(mg.x.com, US)" and "USアカウント" not read as the region; IP
 * allowlists asked in German, Polish, French and Italian not answered; "so Portuguese please", "英語で", "на английском" not
 * read as the language; "Напиши ... ответ клиенту", "説明文を書いてもらえますか", "Tu peux me la rédiger ?" not read as a message
 * asked; "MAIL_USERNAME=orbitfitness" not read as a user name that is no login; "ya revisamos la dirección" not read as
 * the address checked.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('an earlier run pasted above the one of now', () => {
  it('"Previous run:" (a relay refusal) above "Today:" (a 535): the login refused now', () => {
    const diagnosis = diagnose(paste('r245b-15'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('auth-failure');
  });

  it('"Old log, fixed:" above today\'s bare "550 5.7.1 Relaying denied": the side of today\'s not shown', () => {
    expect(diagnose(paste('r245b-14')).scenario).toBe('undetermined');
  });
});

describe('facts said in words', () => {
  it.each(['r245a-17', 'r245b-12'])('%s: "(mg.x.com, US)", "USアカウント": the US region', (name) => {
    expect(diagnose(paste(name)).facts.region).toBe('us');
  });

  it('"nie wiem czy konto US czy EU": no region', () => {
    expect(diagnose(paste('r245b-13')).facts.region).toBeNull();
  });

  it.each(['r245a-12', 'r245c-12'])('%s: "Abbiamo già verificato l\'indirizzo", "ya revisamos la dirección": the address said checked', (name) => {
    expect(diagnose(paste(name)).facts.addressConfirmed).toBe(true);
  });

  it('"MAIL_USERNAME=orbitfitness" under a 535: a user name that is no SMTP login, and no allowlist to ask for', () => {
    const reply = replyText(paste('r245a-15'));
    expect(sectionOf(reply, 'What to do')).toContain('The user name in the settings, "orbitfitness", is not an SMTP login');
    expect(leadOf(reply, 3)).toContain('Would whitelisting help? No: the login itself was refused');
  });
});

describe('an IP allowlist asked in other languages', () => {
  it.each(['r245b-03', 'r245b-10', 'r245b-13', 'r245b-15'])('%s: answered', (name) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain('Would whitelisting help? No');
  });
});

describe('messages asked, in the language named', () => {
  it('"they\'re in São Paulo, so Portuguese please": the note for the IT team in Portuguese', () => {
    expect(messageSection(replyText(paste('r245a-10')))).toMatch(/^What you can tell the IT team\n-+\nEm português: /);
  });

  it('"in Japanese (日本語で). Their dev lead reads English poorly.": in Japanese, not English', () => {
    expect(messageSection(replyText(paste('r245c-05')))).toContain('日本語: ');
  });

  it('"Напиши, пожалуйста, ответ клиенту на русском": a message, in Russian', () => {
    expect(messageSection(replyText(paste('r245c-08')))).toContain('По-русски: ');
  });

  it('"英語で説明文を書いてもらえますか": a message, in English', () => {
    expect(messageSection(replyText(paste('r245b-12')))).toMatch(/^What you can tell the customer\n-+\nMailgun accepted the message/);
  });

  it('"une explication \'en anglais\' ... Tu peux me la rédiger ?": a message, in English', () => {
    expect(messageSection(replyText(paste('r245b-07')))).toMatch(/^What you can tell the customer\n-+\nThe message to sales-uk@maisonlefevre\.fr was refused by Mailgun/);
  });

  it('"odpowiedź po angielsku dla ich informatyka? On nie mówi po polsku": in English, Polish being the language he does not speak', () => {
    const message = messageSection(replyText(paste('r245b-13')));
    expect(message).toContain('A mail server refused to pass the message on');
    expect(message).not.toContain('Po polsku');
  });

  it('"something I can send to their platform team", support@ renamed to help@: for the platform team, the old route named', () => {
    const reply = replyText(paste('r245b-06'));
    expect(messageSection(reply)).toMatch(/^What you can tell the platform team\n/);
    expect(reply).toContain('the Route made for the old address still names it (match_recipient("support@acmewidgets.com"))');
  });
});

describe('what the paste says of the setup, used', () => {
  it('"ont migré de SendGrid vers nous", settings reading SENDGRID_USER: the old names must hold the Mailgun login now', () => {
    expect(replyText(paste('r245a-04'))).toContain('SENDGRID_USER is named for SendGrid: since the move to Mailgun, it (and the password\'s variable beside it) must hold the Mailgun domain\'s SMTP login and password');
  });

  it('"the Analyst role (read only) - he says he can\'t see or create SMTP credentials": an admin gives the login', () => {
    expect(sectionOf(replyText(paste('r245b-05')), 'How to fix it')).toContain('You say the Mailgun role here is read-only: it cannot see or make SMTP credentials');
  });

  it('"already tried ports 587, 465 and 2525" with .NET\'s SmtpClient: no port changes it, and 465 never works with it', () => {
    const lead = leadOf(replyText(paste('r245a-05')), 3);
    expect(lead).toContain('no other port changes that');
    expect(lead).toContain('Not 465 with System.Net.Mail');
  });
});

describe('the account tidied', () => {
  it('"someone on our side cleaned up old stuff in Mailgun on Tuesday": a Route deleted then, made again', () => {
    const reply = replyText(paste('r245b-09'));
    expect(reply).toContain('The paste says someone tidied up the Mailgun account');
    expect(reply).toContain('Fix: create the deleted Route again');
  });
});
