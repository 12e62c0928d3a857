/**
 * Round 255: long pastes, people who had already tried things, and messages to pass on. The flaws it found: a webhook's body
 * inside a receiver's log read together with the log's other lines (a delivered event's recipient); a logs page's flattened
 * fields (`delivery-status.code: 550`) under a row not read, and a relay refusal noted "fixed since" under it read over the
 * current Outlook 5.7.515s; the greylisting 421s of a message's early attempts read first, and listed as another error;
 * "Ontvanger in dit geval: a@x" not read; two permanent failures of one address counted as one message's attempts; an AUTH
 * PLAIN cut short by the person taken for a pasted password; an ask on the line of an earlier, fixed error blanked with it;
 * asks for a message not read ("Need a reply po polsku dla klienta", "¿Me escribes el mensaje ...?", "a summary for
 * #channel", "what to tell Dana", "escrever uma mensagem"); "the addresses are right" not read; a domain moved to the EU
 * region not used; "bei einigen Mails" not read as only some mails; an English placeholder in a German message.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('long pastes', () => {
  it('a webhook\'s body inside its receiver\'s log: its recipient, not a delivered line\'s above it', () => {
    const { facts } = diagnose(paste('r255a-10'));
    expect(facts.recipient).toBe('t.lindqvist@birchwood-legal.example');
    expect(facts.event).toBe('failed');
  });

  it('an older relay refusal noted "fixed since" under it, Outlook\'s 5.7.515s above: the policy refusal, with its fields', () => {
    const diagnosis = diagnose(paste('r255a-18'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('policy');
    expect(diagnosis.facts.replyCode).toBe(550);
    expect(diagnosis.facts.host).toBe('outlook-com.olc.protection.outlook.com');
  });

  it('a message\'s logs page, greylisted twice then refused: the permanent refusal, and no greylisting as another error', () => {
    const diagnosis = diagnose(fixturePaste('pastes253b', 'r253b-11'));
    expect(diagnosis.facts.replyCode).toBe(553);
    expect(diagnosis.facts.severity).toBe('permanent');
    expect(diagnosis.facts.otherErrors).toEqual([]);
  });

  it('"¿... darme una respuesta en español para Javier?" on the line of an earlier, fixed 535: the ask stays', () => {
    expect(messageSection(replyText(paste('r255a-06')))).toMatch(/\nEn español: /);
  });

  it('a refused login (535) of an earlier day in a Postfix log: no cause of today\'s refusals', () => {
    const diagnosis = diagnose(paste('r255a-01'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.evidence.map((e) => e.rule)).not.toContain('The server refused the login (535), so the session stayed unauthenticated');
  });

  it('an AUTH PLAIN the library cut short ("AHBvc3Rt... /* secret */"): no password in the paste', () => {
    expect(diagnose(paste('r255a-16')).facts.secretsFound).toBe(false);
  });
});

describe('what was already tried', () => {
  it('"w polu Password wkleił klucz z zakładki API Keys": the API key as the password', () => {
    expect(diagnose(paste('r255b-16')).evidence.map((e) => e.rule)).toContain('The SMTP password is read from an API key');
  });

  it('"Ontvanger in dit geval: a@x": the recipient', () => {
    expect(diagnose(paste('r255b-05')).facts.recipient).toBe('j.bakker@ziggo.nl');
  });

  it('two permanent failures of one address are two messages, not one message\'s attempts', () => {
    expect(diagnose(paste('r255b-13')).facts.attempts).toBeNull();
  });

  it('"migraram o domínio da região US para a EU": the EU region, and the move\'s questions', () => {
    const diagnosis = diagnose(paste('r255b-15'));
    expect(diagnosis.facts.region).toBe('eu');
    expect(replyText(paste('r255b-15'))).toContain('The domain was moved to the EU region, where it is set up again');
  });

  it('"bei einigen Mails": only some mails', () => {
    expect(replyText(paste('r255b-14'))).toContain('Only some mails are refused, though');
  });
});

describe('messages to pass on', () => {
  it('asks in Polish, Portuguese and English words: a message in each language asked', () => {
    expect(messageSection(replyText(paste('r255c-11')))).toMatch(/\nPo polsku: /);
    expect(messageSection(replyText(paste('r255c-14')))).toMatch(/\nEm português: /);
    expect(messageSection(replyText(paste('r255a-12')))).toMatch(/\nEm português: /);
    expect(messageSection(replyText(paste('r255a-05')))).not.toBe('');
    // (a summary for the team's channel: a handover note for the agents, not a message to the customer)
    expect(replyText(paste('r255c-12'))).toContain('\nHandover note\n');
  });

  it('"Customer already confirmed the addresses are right": said', () => {
    expect(diagnose(paste('r255c-12')).facts.addressConfirmed).toBe(true);
  });

  it('a login whose domain is not named: the reader\'s words in a German message, the reply\'s own placeholder in English', () => {
    const message = messageSection(replyText(paste('r255c-01')));
    expect(message).toContain('postmaster@ihre-domain');
    expect(message.split('\nIn English: ')[0]).not.toContain('YOUR_DOMAIN');
    expect(message.split('\nIn English: ')[1]).toContain('postmaster@YOUR_DOMAIN');
  });
});

describe('near misses of this round\'s new readings', () => {
  const refusal = '550 5.7.1 Relaying denied\nhost smtp.mailgun.org port 587, nodemailer';

  it('a summary without a channel, a post that is no ask: no message', () => {
    expect(replyText(`${refusal}\nWe wrote a summary for the docs last week.`)).not.toContain('What you can tell');
    expect(replyText(`${refusal}\nI saw a post for the team about it.`)).not.toContain('What you can tell');
  });

  it('"all other addresses are correct" says nothing of the refused one', () => {
    expect(diagnose(`${RECIPIENT_HOST_EVENT}\nAll other addresses are correct.`).facts.addressConfirmed).toBe(false);
  });

  it('a refused login the same day, above the refusal: still the session\'s story', () => {
    const log = 'Mar 11 09:13:40 mx01 postfix/smtp[8812]: 4Fm0: SASL authentication failed; server smtp.mailgun.org[34.160.11.90] said: 535 5.7.0 Mailgun is not loving your login or password\nMar 11 09:13:41 mx01 postfix/smtp[8812]: 4Fm0: to=<d@yahoo.com>, relay=smtp.mailgun.org[34.160.11.90]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.11.90] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
    expect(diagnose(log).evidence.map((e) => e.rule)).toContain('The server refused the login (535), so the session stayed unauthenticated');
  });

  it('the password field asked about, not said: no API key as the password', () => {
    expect(diagnose('535 5.7.0 Mailgun is not loving your login or password\nCan we paste into the password field the API key?').evidence.map((e) => e.rule)).not.toContain('The SMTP password is read from an API key');
  });

  it('a region move asked about, not said: no move', () => {
    expect(replyText('550 5.7.1 Relaying denied\nShould we move the domain from the US to the EU region?')).not.toContain('The domain was moved');
  });

  it('two failures of one address, temporary then permanent: the attempts counted', () => {
    const csv = 'timestamp,event,severity,recipient,delivery-status.code,delivery-status.message\n2024-07-08T14:02:11Z,failed,temporary,tom@x.example,421,try later\n2024-07-08T15:02:11Z,failed,permanent,tom@x.example,553,"sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)"';
    expect(diagnose(csv).facts.attempts).toBe(2);
  });
});

const RECIPIENT_HOST_EVENT = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';

describe('the code review of rounds 254-256', () => {
  it('an ordinary word\'s "rn" ("international") is no OCR: its names stay as written', () => {
    const { facts } = diagnose('Our international office sends via smtp.mailgun.org as j.horne@acme.com to the home.acme.com list\n550 5.7.1 Relaying denied');
    expect(facts.ocrRepaired).toBe(false);
    expect(facts.recipients).not.toContain('j.home@acme.com');
  });

  it('a name\'s own number is no damage: mx1 beside an OCR\'d mxl stays mx1', () => {
    expect(diagnose('OCR of the bounce:\n550 5.7.1 Relaying denied by mx1.relay.example.net\nRemote host mxl.relay.example.net said no').facts.host).toBe('mx1.relay.example.net');
  });

  it('a password with an ellipsis in it is redacted; a hex stub cut in the middle is not a password', async () => {
    const { redactSecrets } = await import('../../src/diagnosis/redact.js');
    expect(redactSecrets('MAIL_PASSWORD=Winter...2024').text).toBe('MAIL_PASSWORD=[REDACTED]');
    expect(redactSecrets('MAIL_PASSWORD="3f9c...a71"').text).toContain('3f9c...a71');
  });

  it('"this hasn\'t been fixed since Monday" under a relay refusal keeps it current', () => {
    const paste = 'Log from their app:\n550 5.7.1 Relaying denied (smtp.mailgun.org)\n-> this hasn\'t been fixed since Monday\nThen today:\n535 5.7.0 Mailgun is not loving your login or password';
    expect(diagnose(paste).scenario).toBe('mailgun-outgoing');
  });

  it('"Contact" as a noun after a full stop keeps its address a recipient', () => {
    expect(diagnose('Contact info for the ticket. Contact lisa@client-shop.com gets this when we send: 550 5.7.1 Relaying denied').facts.recipient).toBe('lisa@client-shop.com');
  });

  it('", not all of them" about DNS records is no "only some recipients"', () => {
    const { evidence } = diagnose('We added the DNS records Mailgun showed, not all of them verified yet. Now the app gets 550 5.7.1 Relaying denied');
    expect(evidence.map((e) => e.rule)).not.toContain('The paste says only some recipients were refused');
  });

  it('"the customer can\'t email them" is outgoing mail, no bounce someone writing to them got', () => {
    const { evidence } = diagnose("The customer can't email them anymore: 550 5.7.1 Relaying denied");
    expect(evidence.map((e) => e.rule)).not.toContain('The person forwards a bounce that someone writing to them got');
  });

  it('a routed row\'s "a@x → b@y (routed)" names no recipient, whole or cut', () => {
    const row = (arrow: string) => `⚠ Temporary failure   Nov 29, 2024 10:31:05   ${arrow}\n   Severity: temporary    Reason: generic\n   Delivery status: 421 4.7.0 try later\n   MX host: mx.y.com`;
    expect(diagnose(row('a@x.com → b@y.com (routed)')).facts.recipient).toBeNull();
    expect(diagnose(row('a@x.com → <b@y.com> (routed)')).facts.recipient).toBeNull();
    expect(diagnose(row('a@x.com → b@y.com')).facts.recipient).toBe('b@y.com');
  });

  it('an ask in Polish after an earlier error on its line is given back ("Proszę ...")', async () => {
    const { withAsksKept } = await import('../../src/diagnosis/timeline.js');
    const whole = 'Klient miał błąd 535 w zeszłym tygodniu. Proszę o odpowiedź po polsku.';
    expect(withAsksKept(whole, ' '.repeat(whole.length))).toBe(`${' '.repeat(whole.indexOf('Proszę'))}Proszę o odpowiedź po polsku.`);
  });

  it('a move said "from US to EU, according to us": the EU hosts', () => {
    const reply = replyText('550 5.7.1 Relaying denied on some mails. They migrated the domain from US to EU last week, according to us.');
    expect(reply).toContain('The domain was moved to the EU region');
    expect(reply).toContain('smtp.eu.mailgun.org');
  });
});
