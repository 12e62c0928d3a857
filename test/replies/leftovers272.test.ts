/**
 * Round 272's leftovers: two messages asked at once, "È un relaying denied?" asked beside a 535, the sandbox message that
 * asked for a domain and then said it was not enough, a password "geroteerd", a move to Mailgun still under way.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);
const RECIPIENT_EVENT = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';
const headings = (reply: string): string[] => reply.split('\n').filter((line, i, lines) => line.startsWith('What you can tell') && /^-+$/.test(lines[i + 1] ?? ''));

describe('two messages asked for two readers', () => {
  it('"(1) a message in Japanese for ... IT team ... (2) a short reply in English for the ... ops manager": one each, each in its language', () => {
    const reply = replyText(paste('r272c-18'));
    expect(headings(reply)).toEqual(['What you can tell the IT team', 'What you can tell the manager']);
    expect(sectionOf(reply, 'What you can tell the IT team')).toContain('日本語:');
    const manager = sectionOf(reply, 'What you can tell the manager');
    expect(manager).not.toMatch(/[\u3040-\u30ff]/);
    expect(manager).toContain('Please check the address');
  });

  it('"two messages, one for the customer and one for their IT admin": asked, and written for each', () => {
    const reply = replyText(`${RECIPIENT_EVENT}\nCan you write two messages, one for the customer and one for their IT admin?`);
    expect(headings(reply)).toEqual(['What you can tell the customer', 'What you can tell the IT admin']);
    expect(sectionOf(reply, 'What you can tell the IT admin')).toContain('refused by your mail server');
  });

  it('"a message for the customer, and another for their IT admin": two', () => {
    expect(headings(replyText(`${RECIPIENT_EVENT}\nCould you write a message for the customer, and another for their IT admin?`))).toHaveLength(2);
  });

  it('one reader named twice, or a numbered list of other things, stays one message', () => {
    expect(headings(replyText(`${RECIPIENT_EVENT}\nCould you write a message for the customer? (1) short (2) friendly`))).toHaveLength(1);
    expect(headings(replyText(`${RECIPIENT_EVENT}\nTwo things: (1) a message for the customer and (2) a note for the customer's boss`))).toHaveLength(2);
    expect(headings(replyText(`${RECIPIENT_EVENT}\nTwo things: (1) a message for the customer and (2) another for the customer`))).toHaveLength(1);
  });
});

describe('"is this relaying denied?" asked in other languages', () => {
  it('"È un relaying denied?" beside a refused login: answered first, before the password advice', () => {
    const reply = replyText(paste('r272c-05'));
    expect(leadOf(reply, 1)).not.toMatch(/Each new password/);
    expect(reply.split('\n\n')[1]).toMatch(/^Is it a Relaying Denied error\? No: it is a refused login/);
  });

  it('the Italian, Russian and Spanish questions are a guess, not a server\'s words', () => {
    const login = 'Error: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\n';
    for (const question of ['È un relaying denied?', 'Si tratta di un relay denied?', 'Это relaying denied?', '¿Es un relaying denied?']) {
      const d = diagnose(login + question);
      expect(d.scenario, question).toBe('not-relaying-denied');
      expect(d.evidence.some((e) => e.rule === 'The paste asks whether this is a relay refusal'), question).toBe(true);
    }
  });
});

describe('the sandbox message where the refusal asks to upgrade', () => {
  it('says to upgrade before adding a domain, not that adding one is not enough after saying to add it', () => {
    const reply = replyText(paste('r272c-12'));
    const message = sectionOf(reply, 'What you can tell');
    expect(message).toMatch(/passez le compte à une offre payante[^.]*\), puis ajoutez votre propre domaine/);
    expect(message).not.toContain('ne suffit donc');
    const english = replyText("smtplib.SMTPDataError: (421, b'Domain sandbox123.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.')\nWhat do I tell the customer?");
    expect(sectionOf(english, 'What you can tell')).toMatch(/upgrade the account \(as the refusal asks[^)]*\), then add your own domain/);
  });

  it('without an upgrade asked, the message only says to add a domain', () => {
    const reply = replyText("smtplib.SMTPDataError: (421, b'Domain sandbox123.mailgun.org is not allowed to send: Please add the address to authorized recipients in Account Settings.')\nWhat do I tell the customer?");
    expect(sectionOf(reply, 'What you can tell')).toContain('To email anyone else, add your own domain');
  });
});

describe('a password "geroteerd", a move under way', () => {
  it('"het SMTP-wachtwoord in Mailgun geroteerd": the password change is weighed', () => {
    expect(diagnose(paste('r272b-18')).evidence.some((e) => e.rule === 'The paste says the SMTP password was changed already')).toBe(true);
    expect(replyText(paste('r272b-18'))).toContain('A changed password cannot fix this by itself');
  });

  it('"halfway through moving ... from Google Workspace SMTP relay to Mailgun": finish the move, with the program\'s own change', () => {
    const reply = replyText(paste('r272b-14'));
    const fix = fixLineOf(reply);
    expect(fix).toMatch(/^Fix: finish the move for this program: its settings still name Google Workspace's SMTP relay \(smtp-relay\.gmail\.com\)\. Point them at smtp\.mailgun\.org/);
    expect(fix).toContain('EMAIL_HOST_USER');
    expect(reply).toContain("What Google Workspace's SMTP relay needs, to keep sending through it");
  });

  it('no move said: the provider\'s own fix', () => {
    const reply = replyText(paste('r272b-14').replace(/^.*\n/, 'Their app fails with this.\n'));
    expect(fixLineOf(reply)).toMatch(/^Fix: make Google Workspace's SMTP relay accept the sender/);
  });

  it('a move planned, not begun, is not said under way', () => {
    expect(diagnose('We will be moving to Mailgun next month.\n550 5.7.0 Mail relay denied, gsmtp').evidence.some((e) => e.rule === 'The paste says the sending moved to Mailgun')).toBe(false);
  });
});

describe('a Route written for the parent domain of the refused address', () => {
  it('corrected, or widened to take both where the parent still receives through Mailgun', () => {
    const reply = replyText(paste('r272a-05'));
    expect(reply).toContain('Correct its domain part, match_recipient("support@help.acmewidgets.io")');
    expect(reply).toContain('if mail to "support@acmewidgets.io" still comes in through Mailgun too, widen it instead to take both, match_recipient("support@(help.)?acmewidgets.io")');
  });

  it('a route at a subdomain of the refused address\'s domain is only corrected', () => {
    const reply = replyText('<support@acmewidgets.io>: host mxa.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\nRoute: match_recipient("support@help.acmewidgets.io") -> forward("https://x.example/in")');
    expect(reply).toContain('Correct its domain part, match_recipient("support@acmewidgets.io")');
    expect(reply).not.toContain('widen it instead');
  });
});

describe('a new dedicated IP, not warmed up', () => {
  it('"new dedicated IP, no warmup yet" beside Microsoft\'s block: warm it up, then ask for removal', () => {
    const d = diagnose(paste('r272b-11'));
    expect(d.facts.dedicatedIp).toBe(true);
    const reply = replyText(paste('r272b-11'));
    expect(reply).toContain("The IP is the sender's new dedicated IP, not yet warmed up");
    expect(reply).not.toContain("one of Mailgun's sending IPs, shared by many senders");
  });

  it('a dedicated IP not said new keeps the reputation advice; "should we warm up?" is no statement', () => {
    const block = "sam@hotmail.com: 550 5.7.1 Unfortunately, messages from [159.135.228.41] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).\nMailgun event: failed, mx-host: hotmail-com.olc.protection.outlook.com\n";
    const dedicated = replyText(`${block}We send from our dedicated IP.`);
    expect(dedicated).toContain("The IP is the sender's dedicated IP: find the cause");
    expect(dedicated).not.toContain('not yet warmed up');
    expect(diagnose(`${block}We send from our dedicated IP. It is warmed up since March.`).evidence.some((e) => e.rule === 'The paste says the sending IP is new or not warmed up')).toBe(false);
  });
});

describe('"our side or theirs?" in Norwegian, Swedish and Danish', () => {
  it('"Er dette på vår side eller deres?": whose side, answered first', () => {
    expect(diagnose(paste('r272b-06')).facts.ownSideAsked).toBe(true);
    expect(leadOf(replyText(paste('r272b-06')), 2)).toContain("Whose side is it on? The sender's");
  });

  it('the Swedish and Danish questions, and not a statement', () => {
    const refusal = '550 5.7.1 Relaying denied\n';
    expect(diagnose(`${refusal}Är det på vår sida eller deras?`).facts.ownSideAsked).toBe(true);
    expect(diagnose(`${refusal}Er det vores skyld?`).facts.ownSideAsked).toBe(true);
    expect(diagnose(`${refusal}Det er ikke vår feil.`).facts.ownSideAsked).toBe(false);
  });
});

describe('a move from SMTP to the API, its call refused with the SMTP login', () => {
  it('"Is that progress?": yes, the API\'s own login is left; the SMTP password named; where the key is', () => {
    const reply = replyText(paste('r272b-16'));
    expect(leadOf(reply, 2)).toContain('Is it progress? Yes: over the API there is no relay refusal at all');
    expect(reply).toContain('with the SMTP password (MAILGUN_SMTP_PASSWORD) as its password, which the API does not take');
    expect(reply).toContain('API Security');
    // (the user name said once: no second step saying the same)
    expect(reply).not.toContain('With curl or plain HTTP, authenticate with the user name api');
  });

  it('a 401 with no user name shown keeps the plain step, and no progress answer unasked', () => {
    const reply = replyText('POST https://api.mailgun.net/v3/mg.x.example/messages\n< HTTP/1.1 401 Unauthorized\nForbidden');
    expect(reply).toContain('With curl or plain HTTP, authenticate with the user name api');
    expect(reply).not.toContain('Is it progress?');
  });
});
