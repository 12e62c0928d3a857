/** Review round 225: help-desk threads newest first, mail servers relaying through Mailgun, a question in an aside. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const EXCHANGE_NDR = [
  'Delivery has failed to these recipients or groups:',
  '',
  'anna@partner-example.se',
  "Your message couldn't be delivered.",
  '',
  'Diagnostic information for administrators:',
  '',
  'Generating server: EXCH01.contoso.local',
  '',
  'anna@partner-example.se',
  "Remote Server returned '550 5.7.1 Relaying denied'",
].join('\n');

describe('a mail server that relays through Mailgun', () => {
  it('an Exchange send connector\'s smart host set to Mailgun: the NDR\'s "Generating server" is not the host it sends to', () => {
    const d = diagnose(`Our Exchange sends out via a send connector, smart host = smtp.mailgun.org port 587.\n\n${EXCHANGE_NDR}`);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.evidence.map((e) => e.rule)).toContain("The app is configured to send through Mailgun's SMTP host");
  });

  it('without the smart host named, the Exchange NDR alone stays undecided between the sides', () => {
    expect(diagnose(EXCHANGE_NDR).scenario).not.toBe('mailgun-outgoing');
  });

  it('a smart host named in brackets, "through a smarthost (smtp.mailgun.org:587)"', () => {
    const d = diagnose('hMailServer here, we route all outbound through a smarthost (smtp.mailgun.org:587).\n\nRemote server replied: 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('a log where the server offers AUTH and the client goes on to MAIL FROM without it: no login was sent', () => {
    const log = [
      '"SMTPC"\t4120\t61\t"2024-03-12 08:55:31.402"\t"34.224.137.116"\t"RECEIVED: 250-AUTH PLAIN LOGIN"',
      '"SMTPC"\t4120\t61\t"2024-03-12 08:55:31.455"\t"34.224.137.116"\t"SENT: MAIL FROM:<sales@shop.example>"',
      '"SMTPC"\t4120\t61\t"2024-03-12 08:55:31.512"\t"34.224.137.116"\t"SENT: RCPT TO:<jm@partner.example>"',
      '"SMTPC"\t4120\t61\t"2024-03-12 08:55:31.570"\t"34.224.137.116"\t"RECEIVED: 550 5.7.1 Relaying denied"',
    ].join('\n');
    const d = diagnose(`smarthost is smtp.mailgun.org:587\n${log}`);
    expect(d.facts.authAttempted).toBe(false);
    expect(d.evidence.map((e) => e.rule)).toContain('The SMTP session was not authenticated');
  });

  it('the same log with the client\'s AUTH between: no such finding', () => {
    const log = [
      '"SMTPC"\t1\t1\t"2024-03-12 08:55:31.402"\t"34.224.137.116"\t"RECEIVED: 250-AUTH PLAIN LOGIN"',
      '"SMTPC"\t1\t1\t"2024-03-12 08:55:31.420"\t"34.224.137.116"\t"SENT: AUTH LOGIN"',
      '"SMTPC"\t1\t1\t"2024-03-12 08:55:31.430"\t"34.224.137.116"\t"RECEIVED: 235 2.0.0 OK"',
      '"SMTPC"\t1\t1\t"2024-03-12 08:55:31.455"\t"34.224.137.116"\t"SENT: MAIL FROM:<sales@shop.example>"',
      '"SMTPC"\t1\t1\t"2024-03-12 08:55:31.570"\t"34.224.137.116"\t"RECEIVED: 550 5.7.1 Relaying denied"',
    ].join('\n');
    expect(diagnose(log).evidence.map((e) => e.rule)).not.toContain('The SMTP session was not authenticated');
  });
});

describe('a help desk\'s thread, newest first', () => {
  const thread = (marker: string) => [
    marker,
    '',
    'Tobias Lindqvist (Fjellstad Outdoor)',
    'Mar 20, 2025, 8:47 AM CET',
    '',
    'Your suggestion worked for the first problem, thanks. Now we get a different error:',
    '',
    'Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password"',
    'MAIL_HOST=smtp.eu.mailgun.org',
    '',
    'Mailgun Support',
    'Mar 19, 2025, 4:10 PM CET',
    '',
    'Hi Tobias, the error you sent ("Expected response code 250/251/252 but got code 550, with message 550 5.7.1 Relaying denied") means your app is not authenticating.',
  ].join('\n');

  it('Zendesk\'s reply marker on top: the top message\'s error is the current one', () => {
    const d = diagnose(thread('##- Please type your reply above this line -##'));
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.replyCode).toBe(535);
  });
});

describe('a Mailgun host in a sentence with a question in an aside', () => {
  it('"host smtp.mailgun.org port 587, ... (might not be set in the new container?)" still names the US host in use', () => {
    const d = diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n\ntransport config is host smtp.mailgun.org port 587, we read SMTP_USER / SMTP_PASS from env (might not be set in the new container? not sure).");
    expect(d.facts.region).toBe('us');
  });

  it('a question about the host itself still names no host in use', () => {
    const d = diagnose('550 5.7.1 Relaying denied\nshould we use smtp.eu.mailgun.org (EU) instead?');
    expect(d.facts.region).not.toBe('eu');
  });
});

describe('said done: the address off the Bounces list, the address right', () => {
  it('"Removed x@y from Suppressions > Bounces and resent" and French "retiré l\'adresse de la liste Bounces"', () => {
    const event = '{"event":"failed","severity":"permanent","recipient":"robert@partner.example","delivery-status":{"code":550,"enhanced-code":"5.1.1","mx-host":"mx.partner.example","message":"5.1.1 The email account that you tried to reach does not exist."}}';
    for (const said of ['Removed robert@partner.example from Suppressions > Bounces and resent, it bounced again:', "On a aussi retiré l'adresse de la liste Bounces et renvoyé : même échec."]) {
      expect(diagnose(`${said}\n${event}`).evidence.map((e) => e.rule), said).toContain('The paste says the address was taken off the Bounces list already');
    }
    expect(diagnose(`Should I remove it from the bounces list?\n${event}`).evidence.map((e) => e.rule)).not.toContain('The paste says the address was taken off the Bounces list already');
  });

  it('"he gets other email there" says the address is right', () => {
    const event = '{"event":"failed","severity":"permanent","recipient":"robert@partner.example","delivery-status":{"code":550,"enhanced-code":"5.1.1","message":"5.1.1 The email account that you tried to reach does not exist."}}';
    expect(diagnose(`Customer insists he gets other email there.\n${event}`).facts.addressConfirmed).toBe(true);
    expect(diagnose(`He doesn't get other email there either.\n${event}`).facts.addressConfirmed).toBe(false);
  });
});

describe('a sending path said to work is not the one that failed (a142-14 after the "Generating server" fix)', () => {
  it('"le CRM envoie via smtp.eu.mailgun.org avec postmaster@mg.x.fr, ça marche" names no host the refused mail was sent to', () => {
    const d = diagnose(`${EXCHANGE_NDR}\n\nMX: mxa.eu.mailgun.org, mxb.eu.mailgun.org\nle CRM envoie via smtp.eu.mailgun.org avec postmaster@mg.partner-example.se, ça marche.`);
    expect(d.evidence.map((e) => e.rule)).not.toContain("The app is configured to send through Mailgun's SMTP host");
  });
});

describe('the recipient named in words', () => {
  it('"Recipient is my colleague\'s address ana.k@fjord.example" beside a sandbox refusal that names none', () => {
    const d = diagnose("421 Domain sandbox4f2a.mailgun.org is not allowed to send: Free accounts are for test purposes only.\n\nRecipient is my colleague's address ana.k@fjord.example. What's the actual fix?");
    expect(d.facts.recipient).toBe('ana.k@fjord.example');
  });
});

describe('round 226: threads newest first, hosts stated, planned or asked', () => {
  const freshdesk = [
    'Freshdesk #30577 — newest first',
    '',
    '[Customer — today 09:55]',
    'Rolled the new container and now nodemailer rejects everything:',
    "  Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied",
    '  transport: host smtp.mailgun.org, port 587',
    '',
    '[Agent — last week]',
    "That bounce came from the recipient's server, please verify the address with them.",
    '',
    '[Customer — last week]',
    'Mailgun log: failed, mx-host mail.partner.example, "550 5.7.1 Unable to relay"',
  ].join('\n');

  it('a thread said to run newest first: the top message\'s refusal is the current one, the older messages set aside', () => {
    const d = diagnose(freshdesk);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.mailgun.org');
  });

  it('without the newest-first label the same thread is not read that way', () => {
    expect(diagnose(freshdesk.replace(' — newest first', '')).scenario).not.toBe('mailgun-outgoing');
  });

  it('"--- Agent reply, yesterday 15:40 ---" entries: an older agent\'s words about the earlier error are set aside too', () => {
    const text = [
      'Freshdesk ticket 30418 (newest first)',
      '',
      '--- Customer reply, today 11:02 ---',
      'We turned on SMTP auth and the app no longer errors. But the log in Mailgun shows:',
      '  failed · permanent',
      '  recipient: orders@partner.example',
      '  mx-host: smtp.partner.example',
      '  554 5.7.1 <orders@partner.example>: Relay access denied',
      '',
      '--- Agent reply, yesterday 15:40 ---',
      'Your app is not authenticating. Please set SMTP username and password.',
      '',
      '--- Customer, yesterday 15:12 ---',
      'Our app throws: Net::SMTPFatalError: 550 5.7.1 Relaying denied (smtp.mailgun.org:587)',
    ].join('\n');
    expect(diagnose(text).scenario).toBe('recipient-host');
  });

  it('a smart host stated in German ("unser Exchange Smarthost ist smtp.mailgun.org") is the host in use', () => {
    expect(diagnose(`Zur Info: unser Exchange Smarthost ist smtp.mailgun.org (Port 587).\n\n${EXCHANGE_NDR}`).scenario).toBe('mailgun-outgoing');
  });

  it('a host only planned or asked about names no host in use', () => {
    const plugin = 'SMTP Error: RCPT TO command failed: 550 5.7.1 Relaying denied';
    expect(diagnose(`They said "we plan to use smtp.mailgun.org next month, for now the plugin sends through whatever it had".\n${plugin}`).scenario).toBe('undetermined');
    expect(diagnose(`Still getting "550 5.7.1 Relaying denied". Is our smart host smtp.mailgun.org? I don't know.`).scenario).toBe('undetermined');
    expect(diagnose(`We use smtp.mailgun.org.\n${plugin}`).scenario).toBe('mailgun-outgoing');
  });

  it('"nuestra cuenta de EE. UU." is the US region', () => {
    expect(diagnose('El cliente usa nodemailer con nuestra cuenta de EE. UU. en Mailgun.\n535 5.7.0 Mailgun is not loving your login or password').facts.region).toBe('us');
  });
});

describe('the code review of round 225-226: what the new readings must not take', () => {
  const plugin = 'SMTP Error: RCPT TO command failed: 550 5.7.1 Relaying denied';
  it('"Emails will not go out, we use smtp.mailgun.org" is a host in use, not a plan', () => {
    expect(diagnose(`Emails will not go out, we use smtp.mailgun.org port 587.\n${plugin}`).scenario).toBe('mailgun-outgoing');
  });

  it('an account given up ("Antes teníamos una cuenta de EE. UU.") beside the EU host in use: EU', () => {
    expect(diagnose('Antes teníamos una cuenta de EE. UU., ahora enviamos via smtp.eu.mailgun.org\n535 5.7.0 Mailgun is not loving your login or password').facts.region).toBe('eu');
  });

  it('"Still the same" at the top of a newest-first thread keeps the older messages\' setup', () => {
    const text = [
      '##- Please type your reply above this line -##',
      '',
      'Ana (Shop)',
      'Mar 20, 2025, 8:47 AM CET',
      'Still the same after your suggestion, nothing changed: 550 5.7.1 Relaying denied',
      '',
      'Ana (Shop)',
      'Mar 19, 2025, 4:10 PM CET',
      'Our shop sends with host smtp.mailgun.org port 25 and no username set. Error: 550 5.7.1 Relaying denied',
    ].join('\n');
    expect(diagnose(text).scenario).toBe('mailgun-outgoing');
  });

  it('"taken from the bounces page", "not removed from the bounces list yet": nothing taken off', () => {
    const event = '{"event":"failed","severity":"permanent","recipient":"robert@partner.example","delivery-status":{"code":550,"enhanced-code":"5.1.1","message":"5.1.1 The email account that you tried to reach does not exist."}}';
    for (const said of ['Here is the event I took from the bounces page:', 'This is taken from the bounce we got:', 'We have not removed it from the bounces list yet.']) {
      expect(diagnose(`${said}\n${event}`).evidence.map((e) => e.rule), said).not.toContain('The paste says the address was taken off the Bounces list already');
    }
  });

  it('"Everyone else on the list gets their emails fine" says nothing of this address', () => {
    expect(diagnose('Everyone else on the list gets their emails fine, only this one bounces.\n550 5.1.1 <robert@partner.example> user unknown').facts.addressConfirmed).toBe(false);
  });
});
