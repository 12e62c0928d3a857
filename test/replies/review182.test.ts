/** Review rounds 180c–182: each defect pinned on a reviewer's paste (test/fixtures/pastes18xc) or a short paste of its shape. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const SENDER_QUESTION = 'Which SMTP server is the sender set to use?';
const WHERE_SEEN = 'Where did you see this error?';

describe('undetermined: the paste already says the error was seen while sending', () => {
  it('c180-04: "cuando mandan correos les sale un error" asks which server the sender uses, with the domain\'s login as example', () => {
    const text = paste('pastes180c', 'c180-04');
    expect(diagnose(text).scenario).toBe('undetermined');
    const reply = replyTo(text);
    expect(reply).toContain(SENDER_QUESTION);
    expect(reply).not.toContain(WHERE_SEEN);
    expect(reply).toContain('The sending program showed this as it sent');
    expect(reply).toContain('postmaster@mg.panaderiaroldan.es');
  });

  it('c180-12: "when I email from my laptop I get" is the sending side too', () => {
    const reply = replyTo(paste('pastes180c', 'c180-12'));
    expect(reply).toContain(SENDER_QUESTION);
    expect(reply).not.toContain(WHERE_SEEN);
  });

  it('c181-14: a program\'s own "Failed to send email notification" (Veeam) is the sending side', () => {
    const reply = replyTo(paste('pastes181c', 'c181-14'));
    expect(reply).toContain(SENDER_QUESTION);
    expect(reply).not.toContain(WHERE_SEEN);
  });

  it.each([
    ['German', 'Beim Versenden kommt bei uns immer: 550 5.7.1 Relaying denied. Was tun?'],
    ['French', "Quand ils envoient un mail ils ont ce message : 550 5.7.1 Relaying denied"],
    ['Portuguese', 'Quando enviamos qualquer e-mail aparece: 550 5.7.1 Relaying denied'],
  ])('%s: told as what happens on sending', (_language, text) => {
    expect(replyTo(text)).toContain(SENDER_QUESTION);
  });

  it.each([
    ['a bounce that comes back', 'When we send to partners we get a bounce back saying 550 5.7.1 Relaying denied'],
    ['a bounce in Spanish', 'Cuando mandan correos a ese cliente les sale un rebote: 550 5.7.1 Relaying denied'],
    ['no telling at all', '550 5.7.1 Relaying denied'],
  ])('%s still asks where it was seen', (_case, text) => {
    const reply = replyTo(text);
    expect(reply).toContain(WHERE_SEEN);
    expect(reply).not.toContain(SENDER_QUESTION);
  });
});

describe('another error beside the relay refusal is named with its own fix', () => {
  it('c180-08: the Laravel app\'s sandbox 421 beside the scanner\'s relay refusal', () => {
    const text = paste('pastes180c', 'c180-08');
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.otherErrors).toHaveLength(1);
    expect(diagnosis.facts.otherErrors[0]).toContain('421 Domain sandbox');
    const reply = replyTo(text);
    expect(reply).toContain('Another error in the paste');
    expect(reply).toContain("Authorized Recipients");
  });

  it('a second recipient\'s full mailbox on an events page', () => {
    const text = [
      'two failures in our logs, one says full mailbox, what do we do?',
      '2024-06-03 09:12:01 failed mail.hollandsupply.nl 550 5.7.1 <inkoop@hollandsupply.nl>: Relay access denied',
      '2024-06-03 09:12:05 failed gmail-smtp-in.l.google.com 552 5.2.2 The email account that you tried to reach is over quota.',
    ].join('\n');
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).not.toBe('not-relaying-denied');
    expect(diagnosis.facts.otherErrors).toEqual([expect.stringContaining('552 5.2.2')]);
    expect(replyTo(text)).toContain("the recipient's mailbox is full");
  });

  it.each([
    ['the same refusal over two lines', '550-5.7.1 Relaying denied\n550 5.7.1 Please authenticate first (in reply to RCPT TO) smtp.mailgun.org'],
    ['a figure in a sentence', 'we lost 451 orders today because of this: smtp.mailgun.org said 550 5.7.1 Relaying denied'],
    ['the login refusal the reply already explains', 'AUTH PLAIN xxx\n535 5.7.0 Mailgun is not loving your login or password\nRCPT TO:<a@b.de>\n550 5.7.1 Relaying denied\nsmtp.mailgun.org'],
  ])('none for %s', (_case, text) => {
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).not.toBe('not-relaying-denied');
    expect(diagnosis.facts.otherErrors).toEqual([]);
    expect(replyTo(text)).not.toContain('in the paste\n');
  });

  it('none beside a diagnosis that is itself another error', () => {
    expect(diagnose('552 5.2.2 Mailbox full\n550 5.1.1 User unknown').facts.otherErrors).toEqual([]);
  });
});

describe('the sender said or shown to relay through Mailgun', () => {
  it('"we switched our relayhost over to mailgun" makes a Postfix log\'s refusal the outgoing case, with Postfix\'s reload', () => {
    const text = 'we switched our relayhost over to mailgun yesterday (only touched main.cf):\nMar 12 09:14:02 app01 postfix/smtp[20931]: 7C1E23F2A1: to=<jana@partner.example>, dsn=5.7.1, status=bounced (550 5.7.1 Relaying denied (in reply to RCPT TO command))\ndo I need to restart postfix?';
    expect(diagnose(text).scenario).toBe('mailgun-outgoing');
    expect(replyTo(text)).toContain('postfix reload');
    // (asked, not said: no such evidence)
    expect(diagnose('should the relayhost be set to mailgun? 550 5.7.1 Relaying denied').scenario).toBe('undetermined');
  });

  it("Exchange's queue error for the connector's smart host is Mailgun's SMTP host answering (c182-18 shape), and Retry-Queue is named", () => {
    const text = 'Set-SendConnector "To Mailgun" -SmartHostAuthMechanism BasicAuth, connector is smtp.mailgun.org port 25. Queue still stuck:\nLastError : 451 4.4.0 Primary target IP address responded with: "550 5.7.1 Relaying denied." Attempted failover to alternate host, but that did not succeed.\ndo I need to restart the transport service?';
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts).toMatchObject({ host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' });
    expect(replyTo(text)).toContain('Retry-Queue');
  });

  it('an undetermined reply for a known mail server says how a changed setting is applied', () => {
    const text = 'Postfix log: Mar 12 09:14:02 app01 postfix/smtp[1]: 7C1E: to=<a@b.example>, status=bounced (550 5.7.1 Relaying denied). do I need to restart postfix?';
    expect(diagnose(text).scenario).toBe('undetermined');
    expect(replyTo(text)).toContain('For a changed setting to apply, though: No restart: postfix reload');
  });
});

describe('questions answered head-on', () => {
  const unauthenticated = 'smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command), no AUTH sent. Our Mailgun domain is mg.vinterlab.se.';

  it('"Does the From address have to change?": no, and a From at the parent domain aligns', () => {
    const reply = replyTo(`${unauthenticated}\nDEFAULT_FROM_EMAIL is noreply@vinterlab.se. Does the From address have to change to @mg.vinterlab.se?`);
    expect(reply).toContain('Does the From address have to change? No');
    expect(reply).toContain('vinterlab.se and mg.vinterlab.se share the organisational domain vinterlab.se');
  });

  it('a From at another domain is told about DMARC alignment', () => {
    const reply = replyTo(`${unauthenticated}\nMAIL_FROM_ADDRESS=shop@other-brand.example\nDo we need to change the sender address?`);
    expect(reply).toContain('Does the From address have to change? No');
    expect(reply).toContain('fails DMARC alignment');
  });

  it.each([
    ['asked', 'Is the user name supposed to be the full address?'],
    ['told', 'Username was postmaster, password from the dashboard.'],
  ])('the bare user name (%s) gets "Yes: the full login"', (_how, words) => {
    const reply = replyTo(`535 5.7.0 Mailgun is not loving your login or password\nsmtp.mailgun.org, domain mg.harlow.example. ${words}`);
    expect(reply).toContain('Does the user name need the domain? Yes');
    expect(reply).toContain('postmaster@mg.harlow.example');
  });

  it('no user-name answer for a full login told', () => {
    expect(replyTo('535 5.7.0 Mailgun is not loving your login or password\nUsername was postmaster@mg.harlow.example')).not.toContain('Does the user name need the domain?');
  });
});

describe('whose side (round 182d)', () => {
  it('"help.x is the domain we set up for receiving in Mailgun" makes a bounce to it the incoming case; "on us or on ...?" is answered', () => {
    const text = paste('pastes182d', 'd182-02');
    expect(diagnose(text).scenario).toBe('mailgun-incoming');
    const reply = replyTo(text);
    expect(reply).toContain("Whose side is it on? The receiving side's, yours if the domain receives its mail through your Mailgun account");
    expect(reply).toContain('The sender did nothing wrong');
  });

  it('undetermined: "which side, ours or theirs?" gets the three cases sorted by side', () => {
    const reply = replyTo('550 5.7.1 Relaying denied\nwhich side is it, ours or theirs? need to tell the customer something');
    expect(reply).toContain('Whose side is it on? Not shown yet. Two of Mailgun\'s three cases are on the Mailgun user\'s side');
    expect(reply).toContain("is the wording Mailgun's own servers use");
    // (another server's wording does not point at Mailgun)
    expect(replyTo('554 5.7.1 <a@b.example>: Relay access denied\nis this on us or on them?')).toContain('The wording is not Mailgun\'s own');
  });
});

describe('other errors: a logs page\'s other recipients, and the address each is for (round 183c)', () => {
  it('c183-03: a second recipient\'s full mailbox on the logs page is named, with its address', () => {
    const diagnosis = diagnose(paste('pastes183c', 'c183-03'));
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts.otherErrors).toEqual(['h.brandt@gmx.net: Delivery status: 552 5.2.2 Mailbox full / Postfach voll']);
    expect(replyTo(paste('pastes183c', 'c183-03'))).toContain("the recipient's mailbox is full");
  });

  it('c183-09: a line that starts like the refusal\'s (PHPMailer\'s "The following recipients failed:") is another error all the same', () => {
    expect(diagnose(paste('pastes183c', 'c183-09')).facts.otherErrors).toEqual([expect.stringContaining('550 5.1.1')]);
  });

  it('an earlier error of the same sender, told as the past, is not named', () => {
    const text = 'Yesterday we had this, fixed now:\n535 5.7.0 Mailgun is not loving your login or password\nToday:\nsmtp.mailgun.org: 550 5.7.1 Relaying denied (in reply to RCPT TO)';
    expect(diagnose(text).facts.otherErrors).toEqual([]);
  });
});

describe('code review 49: replies', () => {
  it('a bounce that came back after sending still asks where it was seen', () => {
    const reply = replyTo('When we send invoices to one customer we get this back a few minutes later from the Mail Delivery Subsystem:\n550 5.7.1 Relaying denied');
    expect(reply).toContain(WHERE_SEEN);
  });

  it('a block-list refusal with the same codes as the relay refusal is another error; a figure in a sentence is none', () => {
    const blocked = diagnose('Our app (host smtp.mailgun.org, no auth) fails:\n550 5.7.1 Relaying denied\nOlder mails from the other server bounced with:\n550 5.7.1 Service unavailable; client host [203.0.113.9] blocked using zen.spamhaus.org\n554 5.7.1 Message rejected as spam by Content Filtering');
    expect(blocked.facts.otherErrors).toHaveLength(1);
    expect(blocked.facts.otherErrors[0]).toContain('spamhaus');
    expect(diagnose('Our app (host smtp.mailgun.org, no auth) fails with 550 5.7.1 Relaying denied.\nStats for context: we sent 550 newsletters last week, 12 bounced as mailbox full, nothing unusual.').facts.otherErrors).toEqual([]);
  });

  it('a From at another subdomain of the same organisational domain aligns; a question about the envelope sender is no From question', () => {
    const reply = replyTo('MAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=\nMAIL_FROM_ADDRESS=orders@shop.example.com\nMAILGUN_DOMAIN=mg.example.com\nError: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nDoes the From address have to change?');
    expect(reply).toContain('share the organisational domain example.com');
    expect(reply).not.toContain('fails DMARC alignment');
    expect(replyTo('Our app (host smtp.mailgun.org) fails with 550 5.7.1 Relaying denied. Why does the sender change to bounce+abc@mg.example.com in the headers?')).not.toContain('Does the From address have to change?');
  });
});

describe('MX records sent to Mailgun by mistake (round 183d)', () => {
  it('d183-11: "the domain isn\'t in our customer\'s Mailgun account ... they read mail in IONOS mailboxes": the MX is the fix, not a Route', () => {
    const reply = replyTo(paste('pastes183d', 'd183-11'));
    expect(reply).toContain("Whose side is it on? The receiving side's: the domain's MX records point to Mailgun, where its mail is not meant to go");
    expect(reply).not.toContain('a Route there fixes it');
  });
});

describe('"wait for DNS?" and "resend?" in other words (round 183)', () => {
  it.each([
    ['d183-10', 'pastes183d'],
    ['c183-18', 'pastes183c'],
  ])('%s: a Route needs no DNS wait', (name, set) => {
    expect(replyTo(paste(set, name))).toContain('Do you need to wait for DNS? No: a Route applies as soon as it is saved');
  });

  it('an unauthenticated send needs none either; a paste that does not ask gets no answer', () => {
    expect(replyTo('smtp.mailgun.org: 550 5.7.1 Relaying denied, no AUTH. Do we need to wait for DNS propagation?')).toContain('Do you need to wait for DNS? No: the SMTP login has nothing to do with DNS');
    expect(replyTo('smtp.mailgun.org: 550 5.7.1 Relaying denied, no AUTH.')).not.toContain('Do you need to wait for DNS?');
  });

  it('d183-13: "Basta reenviar agora?" is the resend question', () => {
    expect(replyTo(paste('pastes183d', 'd183-13'))).toContain('Will it be sent again?');
  });
});

describe('a 535 beside the relay refusal may be another program\'s (c183-01, c183-11)', () => {
  it('the summary says both readings, the second a separate fix', () => {
    const reply = replyTo(paste('pastes180c', 'c180-06'));
    expect(reply).toContain("if it is another program's or another environment's, that one's user name or password is wrong, a separate fix");
  });
});

describe('direct questions in other words and languages (round 184c)', () => {
  it.each([
    ['c184-03', 'Does the user name need the domain? Yes'],
    ['c184-18', 'Does the user name need the domain? Yes'],
    ['c184-04', 'Do you need to change your MX records? Not if the domain is meant to receive through Mailgun'],
    ['c184-09', 'Do you need to redeploy? Yes, or at least a restart'],
    ['c184-10', 'Will it be sent again?'],
    ['c184-16', 'Will it be sent again? Not to this address'],
    ['c184-14', 'Whose side is it on?'],
  ])('%s answers its question first', (name, answer) => {
    const lines = replyTo(paste('pastes184c', name)).split('\n\n');
    expect(lines.slice(0, 3).join('\n')).toContain(answer);
  });
});

describe('a relay refusal said over in words, the thread\'s earlier message quoted (round 184b)', () => {
  it.each([['b184-29'], ['b184-34']])('%s: the current error decides', (name) => {
    expect(diagnose(paste('pastes184b', name)).scenario).toBe('not-relaying-denied');
  });
});

describe('"what do I tell the customer?" (c184-06, c184-17)', () => {
  it('a recipient-host refusal gets a message to pass on, naming the server and the address', () => {
    const reply = replyTo(paste('pastes184c', 'c184-06'));
    expect(reply).toContain('What you can tell');
    expect(reply).toContain("the recipient's mail server (mail.northwind-traders.com) refused it");
  });

  it.each([
    ['outgoing', 'smtp.mailgun.org: 550 5.7.1 Relaying denied (no AUTH sent). What do I tell the customer?', 'turn on SMTP authentication'],
    ['undetermined', '550 5.7.1 Relaying denied\nwhat should we tell the client?', 'could you send us: the whole bounce or log'],
    ['German', 'smtp.mailgun.org: 550 5.7.1 Relaying denied, kein AUTH. Was sage ich dem Kunden?', 'turn on SMTP authentication'],
  ])('%s', (_case, text, words) => {
    expect(replyTo(text)).toContain(words);
  });

  it('no such section when nobody asks', () => {
    expect(replyTo('smtp.mailgun.org: 550 5.7.1 Relaying denied (no AUTH sent).')).not.toContain('What you can tell');
  });
});
