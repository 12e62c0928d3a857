import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { withoutSupersededErrors } from '../../src/diagnosis/timeline.js';

const RELAY = 'SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied';
const LOGIN = 'SERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password';

describe('an error the paste places in the past', () => {
  it('is set aside when the story says yesterday, then today', () => {
    const text = `Marco [Yesterday 4:12 PM]\nPHPMailer via smtp.mailgun.org:\n${RELAY}\nthey turned SMTPAuth on.\n\nMarco [Today 10:03 AM]\nupdate: now it fails at the login:\n${LOGIN}`;
    const d = diagnose(text);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.replyCode).toBe(535);
    // The sender's setup still counts: the client and the host's region come from the whole paste.
    expect(d.facts).toMatchObject({ client: 'phpmailer', region: 'us' });
  });

  it('sets an older different error aside on one time word: the relay refusal after "now" decides', () => {
    const text = `[May 10] Getting: 535 5.7.0 Mailgun is not loving your login or password\n[May 13] They unticked "Use SMTP Authentication". Now we get this:\n\n220 smtp.mailgun.org ESMTP ready\nMAIL FROM:<orders@mg.shop.example>\n250 Sender address accepted\nRCPT TO:<a@b.example>\n550 5.7.1 Relaying denied`;
    const d = diagnose(text);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.replyCode).toBe(550);
  });

  it("reads the sender's setup from the current error first: today's own domain, not yesterday's sandbox", () => {
    const text = `Before: 421 Domain sandbox0a1b2c3d.mailgun.org is not allowed to send: Free accounts are for test purposes only.\nThey upgraded and verified mg.brew.example.\nNow:\nhost smtp.eu.mailgun.org[141.193.32.21] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)`;
    expect(diagnose(text)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { mailgunDomain: 'mg.brew.example', region: 'eu' } });
  });

  it('reads the time words of other languages, and not German "hier" (here)', () => {
    const french = `Hier ils avaient :\n  554 5.7.1 <c@shop.example>: Relay access denied\nMais aujourd'hui le même envoi donne :\n550 5.1.1 The email account that you tried to reach does not exist`;
    expect(diagnose(french)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
    const german = `Hier ist der Fehler:\n554 5.7.1 <c@shop.example>: Relay access denied\nund jetzt auch:\n550 5.1.1 user unknown`;
    expect(withoutSupersededErrors(german)).toBe(german);
  });

  it("reads a refusal split over two lines by a plugin's log (the phrase, then its codes) as one error", () => {
    const text = 'Last week we had "535 5.7.0 Mailgun is not loving your login or password" but that worked.\nnow it is different:\n    Host: smtp.eu.mailgun.org\n    Authentication: Off\n    SMTP Error: The following recipients failed: john@client.example: Relaying denied\n    SMTP code: 550 Additional SMTP info: 5.7.1';
    expect(diagnose(text)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { authAttempted: false } });
  });

  it('does not take "at first glance" for the past', () => {
    const text = 'At first glance this looks like a config problem. The bounce:\n550 5.7.1 Relaying denied\nThe same app log now also shows this for the retry:\n421 4.7.0 Temporary System Problem. Try again later';
    expect(withoutSupersededErrors(text)).toBe(text);
  });

  it('needs a time word on each side to set a relay refusal aside', () => {
    const onlyNow = `${RELAY}\nnow this:\n${LOGIN}`;
    expect(withoutSupersededErrors(onlyNow)).toBe(onlyNow);
    const onlyYesterday = `yesterday:\n${RELAY}\nthis:\n${LOGIN}`;
    expect(withoutSupersededErrors(onlyYesterday)).toBe(onlyYesterday);
  });

  it('changes nothing without a server\'s coded relay refusal, with the same code again, or with interleaved errors', () => {
    const chatter = `they added auth (after the relaying denied thing last week), now this:\n${LOGIN}`;
    expect(withoutSupersededErrors(chatter)).toBe(chatter);
    const sameCode = `yesterday: ${RELAY}\ntoday the customer says the 550 is back`;
    expect(withoutSupersededErrors(sameCode)).toBe(sameCode);
    const interleaved = `yesterday:\n${RELAY}\n${LOGIN}\ntoday:\n${RELAY}\n${LOGIN}`;
    expect(withoutSupersededErrors(interleaved)).toBe(interleaved);
  });

  it('sets aside an earlier relay refusal that was fixed, when another one is the question now', () => {
    const text = `- yesterday: their Django app got 550 5.7.1 Relaying denied from smtp.mailgun.org. We fixed that.\n- today: a vendor's portal shows "550 5.7.1 Relaying denied" when mailing ap@client.example.`;
    const d = diagnose(text);
    expect(d.scenario).toBe('undetermined');
    expect(d.facts).toMatchObject({ host: null, recipient: 'ap@client.example' });
  });

  it('keeps an earlier relay refusal that is still going on, or that no one said was fixed', () => {
    const still = `Yesterday it started: 550 5.7.1 Relaying denied from smtp.mailgun.org.\nWe added the credentials and that should have fixed it.\nNow it still fails: 550 5.7.1 Relaying denied`;
    expect(withoutSupersededErrors(still)).toBe(still);
    expect(diagnose(still).scenario).toBe('mailgun-outgoing');
    const unfixed = `Yesterday: 550 5.7.1 Relaying denied from smtp.mailgun.org.\nToday: 550 5.7.1 Relaying denied`;
    expect(withoutSupersededErrors(unfixed)).toBe(unfixed);
  });

  it('blanks the earlier error in place, keeping every other position', () => {
    const text = `yesterday:\n${RELAY}\ntoday:\n${LOGIN}`;
    const out = withoutSupersededErrors(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('Relaying denied');
    expect(out).toContain(LOGIN);
  });
});

describe('a chat thread', () => {
  it("reads its messages' order: the error in the latest message is the question, without time words", () => {
    const thread = "**Marco R.** 10:02 AM\ncustomer's node app:\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n\n**Ines P.** 10:09 AM\nthey need auth\n\n**Marco R.** 11:47 AM\nok they added auth and it's a different error:\nError: Invalid login: 535 5.7.0 Mailgun is not loving your login or password";
    expect(diagnose(thread)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure', facts: { replyCode: 535 } });
    const days = 'Customer (Mon): "Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied" from Symfony Mailer"\n\nAgent (Mon): Your DSN has no credentials.\n\nCustomer (Tue): "Changed MAILER_DSN, now I get:\n  TransportException: Expected response code "250" but got code "421", with message "421 4.7.0 Too many connections from your IP, try again later"."';
    expect(diagnose(days)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'rate-limit', facts: { replyCode: 421 } });
  });

  it("sets aside the earlier messages whole, and reads a later event's own code as its error", () => {
    const text = 'Camille 09:30\nfailed / permanent — contact@atelier.example — 550 5.7.1 Unable to relay — mx-host: mail.atelier.example\n\nCamille 14:15\nnouvelle erreur :\n{\n  "event": "failed",\n  "recipient": "contact@atelier.example",\n  "delivery-status": {\n    "code": 550,\n    "enhanced-code": "5.1.10",\n    "message": "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient contact@atelier.example not found by SMTP address lookup"\n  }\n}';
    const out = withoutSupersededErrors(text);
    expect(out).not.toContain('Unable to relay');
    expect(out).toContain('"code": 550');
    expect(diagnose(text)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
  });

  it('blanks the uncoded lines a set-aside refusal prints under its coded one', () => {
    const text = 'Yesterday they had:\n  SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied\n  SMTP Error: The following recipients failed: orders@example.com: Relaying denied\nToday, with Authentication ON:\nSERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password';
    expect(withoutSupersededErrors(text)).not.toContain('Relaying denied');
  });

  it('changes nothing when the latest message holds the same refusal', () => {
    const text = 'Kai 2:14 PM\n550 5.7.1 Relaying denied\n\nKai 3:05 PM\nstill:\n550 5.7.1 Relaying denied';
    expect(withoutSupersededErrors(text)).toBe(text);
  });
});

describe('timeline fixes from a code review', () => {
  it("keeps the current refusal's phrase line when an older different error is set aside", () => {
    const text = 'Yesterday we got 535 5.7.0 Mailgun is not loving your login or password\nNow we get:\nSMTP Error: The following recipients failed: bob@x.example: Relaying denied\nSMTP code: 550 Additional SMTP info: 5.7.1';
    expect(withoutSupersededErrors(text)).toContain('Relaying denied');
    expect(diagnose(text).scenario).toBe('undetermined');
  });

  it('sets aside an error above the first chat header', () => {
    const text = '550 5.7.1 Relaying denied\nMarco R.  11:47 AM\nnow I get 535 5.7.0 Mailgun is not loving your login or password';
    expect(diagnose(text)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
  });
});

describe('a change someone made, and what came before it', () => {
  it("sets aside the relay refusal from 'before they added auth', with 'now' after it on the same line", () => {
    const d = diagnose('Before they added auth they were getting "550 5.7.1 Relaying denied", we told them to add SMTP credentials, now they get this instead:\n\nError: Invalid login: 535 5.7.0 Mailgun is not loving your login or password');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.replyCode).toBe(535);
  });
  it('keeps a relay refusal that comes after the change', () => {
    expect(diagnose('Before they added the MX records it worked. Now: 550 5.7.1 Relaying denied from mxa.mailgun.org').scenario).not.toBe('not-relaying-denied');
  });
});

describe('a relay refusal the paste dismisses, beside another error (round 30b)', () => {
  it('sets aside a refusal the person says is explained and closed, with its entry', () => {
    const d = diagnose([
      'The FIRST one (Relay access denied) was the old contact address, so ignore it. The SECOND one is the question.',
      '',
      '[1] failed (permanent)',
      '    recipient: buyer@old.example',
      '    mx-host:   mail.old.example',
      '    554 5.7.1 <buyer@old.example>: Relay access denied',
      '',
      '[2] failed (permanent)',
      '    recipient: procurement@new.example',
      '    mx-host:   mx1.new.example',
      '    550 5.7.1 Service unavailable; Client host [159.135.228.41] blocked using zen.spamhaus.org',
    ].join('\n'));
    expect(d.kind).toBe('blocked');
    expect(d.facts).toMatchObject({ recipient: 'procurement@new.example', host: 'mx1.new.example' });
  });
  it('sets aside a refusal under "old (fixed, reference only):"', () => {
    const d = diagnose('old (fixed, reference only):\n  host mxa.mailgun.org said: 550 5.7.1 Relaying denied\n\nnew:\n  550 5.7.26 Unauthenticated email from brandwell.example is not accepted due to domain\'s DMARC policy');
    expect(d.kind).toBe('policy');
  });
  it('keeps a relay refusal that is the only error, dismissed or not', () => {
    expect(diagnose('ignore the timeouts, this is the one:\n550 5.7.1 Relaying denied').scenario).not.toBe('not-relaying-denied');
  });
  it('reads "before:" and "after (...):" labels as the story', () => {
    const d = diagnose('before:\n2024/05/09 send failed: 550 5.7.1 Relaying denied\n\nafter (since the deploy):\n2024/05/09 send failed: 535 5.7.0 Mailgun is not loving your login or password');
    expect(d.kind).toBe('auth-failure');
  });
});

describe('a relay refusal its own line says is over', () => {
  it('sets aside the earlier refusal when the words after its code say it was fixed in the past, and the current one decides', () => {
    const text = 'Nebenbei: das Inbound-Problem von letzter Woche (mxa.eu.mailgun.org hatte mit "550 5.7.1 Relaying denied" abgelehnt) ist seit gestern erledigt.\n\nJetzt hängt es aber AUSGEHEND:\n2024-06-19 08:15:33 1sJpVg-0007Qx-2B ** lena@k.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [141.193.32.16]: SMTP error from remote mail server after RCPT TO:<lena@k.example>: 550 5.7.1 Relaying denied';
    expect(withoutSupersededErrors(text).split('\n')[0]!.trim()).toBe('');
    expect(diagnose(text).scenario).toBe('mailgun-outgoing');
  });

  it('keeps the earlier refusal when its line says nothing is over', () => {
    const text = 'Nebenbei: mxa.eu.mailgun.org hatte mit "550 5.7.1 Relaying denied" abgelehnt.\n\nJetzt:\n2024-06-19 08:15:33 1sJpVg ** lena@k.example H=smtp.eu.mailgun.org [141.193.32.16]: 550 5.7.1 Relaying denied';
    expect(withoutSupersededErrors(text)).toBe(text);
  });
});

describe('"since <time of day>" places what follows now', () => {
  it('sets aside the earlier 535 of a timeline whose current error runs "since 10:02"', () => {
    const d = diagnose('- 06-03 17:20  billing-svc still pointed at smtp.mailgun.org with the new EU creds -> 535:\n    billing-svc: smtp send: 535 5.7.0 Mailgun is not loving your login or password\n- 06-04 09:50  Tomasz removed the PlainAuth\n- 06-04 since 10:02 every invoice mail fails with:\n\nbilling-svc: smtp send to ap@h.example via smtp.eu.mailgun.org:587: 550 5.7.1 Relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.eu.mailgun.org');
    expect(d.facts.authAttempted).not.toBe(true);
  });
});

describe('an earlier relay refusal named and set aside in words (review 43c)', () => {
  it("drops a person's line naming an old refusal with 'ignore it' above the refusal the paste is about", () => {
    const d = diagnose('the "Relaying denied" from smtp.mailgun.org last week was their app not logging in, fixed, ignore it.\n\nThis is a NEW one, an NDR a customer got:\nReported error: 550 5.7.1 Relaying denied\nRemote server: mxb.mailgun.org');
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it('keeps that line when the paste says the error is back', () => {
    const text = 'the "Relaying denied" from smtp.mailgun.org last week, ignore it I thought, but it is back:\n550 5.7.1 Relaying denied';
    expect(withoutSupersededErrors(text)).toBe(text);
  });

  it("sets aside a dismissed relay mention beside another coded error ('old, ignore that'), so the API's 400 decides", () => {
    const d = diagnose("They switched to the API because of the relaying denied thing (old, ignore that). Now the API answers:\n\nHTTP/1.1 400 BAD REQUEST\n\n{\"message\": \"'to' parameter is not a valid address. please check documentation\"}");
    expect(d.scenario).toBe('not-relaying-denied');
  });
});

describe('dismissals the code review of session 8 found too eager', () => {
  it('keeps an uncoded refusal the paste says is happening again', () => {
    const d = diagnose("Our PHPMailer app sends through smtp.mailgun.org. I thought this was fixed last week, but today it's happening again:\nSMTP Error: The following recipients failed: bob@gmail.com: Relaying denied\n\nEarlier in the same log: 421 4.7.0 Try again later");
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('reads "just for reference, ..." as framing, not as setting the error aside', () => {
    expect(diagnose('Just for reference, our app sends via smtp.mailgun.org port 587 and every send fails with Relaying denied:\n550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
  });

  it('reads no unknown direction in "whether ... or not" about something else', () => {
    expect(diagnose('Our app sends through smtp.mailgun.org and gets 550 5.7.1 Relaying denied.\nWe checked whether the sending domain is verified or not, it is. Receiving works fine.').scenario).toBe('mailgun-outgoing');
  });
});

describe('an earlier refusal said fixed, and the error reported again without data (review 48a)', () => {
  const EVENT = '{"event":"failed","severity":"permanent","recipient":"orders@w.example","delivery-status":{"mx-host":"mail.w.example","code":554,"message":"5.7.1 <orders@w.example>: Relay access denied"}}';

  it('takes the old event as context: today\'s report shows no side', () => {
    const d = diagnose(`So last month we had this, fixed by the customer correcting the address:\n\n${EVENT}\n\nSince this morning they're complaining about "relaying denied" again, nothing concrete yet. Same problem?`);
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.host).toBeNull();
  });

  it('keeps the old event when the error is said to go on ("still")', () => {
    const d = diagnose(`So last month we had this, fixed by the customer correcting the address:\n\n${EVENT}\n\nToday they still get "relaying denied".`);
    expect(d.scenario).toBe('recipient-host');
  });

  it('keeps an event that is not said fixed', () => {
    const d = diagnose(`Last month we had this:\n\n${EVENT}\n\nSince this morning they're complaining about "relaying denied" again.`);
    expect(d.scenario).toBe('recipient-host');
  });
});

describe("a person's guess in the story (round 55)", () => {
  it('is no relay refusal that makes the server\'s own earlier error look superseded', () => {
    const text = 'sends through the internal relay. since infra hardened the relay last night:\n\norg.eclipse.angus.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.mailFrom(SMTPTransport.java:1847)\n\nis this the "relaying denied" thing from the mailgun docs? 5.7.0 looks the same to me';
    expect(withoutSupersededErrors(text)).toBe(text);
    const d = diagnose(text);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.facts.replyCode).toBe(530);
    expect(d.facts.serverMessage).toContain('Must issue a STARTTLS command first');
  });

  it('still lets a real relay refusal be set aside by its time words, the guess beside it kept', () => {
    const text = `Yesterday:\n${RELAY}\n\nToday, after the fix:\n${LOGIN}\nis this still the relaying denied thing?`;
    const kept = withoutSupersededErrors(text);
    expect(kept).not.toContain('Relaying denied');
    expect(kept).toContain('is this still the relaying denied thing?');
  });
});

describe('a ticket history before the current error (round 57a)', () => {
  it("sets the earlier relay refusal aside when 'Ticket history, for context' introduces it and 'now ... instead' the new one", () => {
    const d = diagnose(`Ticket history, for context:\n\n03 Jun — customer reported ${RELAY} from smtp.mailgun.org.\n15 Jun — they added the login, and now get this instead:\n\n${LOGIN}`);
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.replyCode).toBe(535);
  });
});

describe("'Background:' and 'back then' (round 57a)", () => {
  it("set aside a relay refusal said fixed back then, beside today's DMARC refusal", () => {
    const d = diagnose('Background: in April they had "550 5.7.1 Relaying denied" from smtp.mailgun.org, fixed back then. Now Gmail recipients bounce:\n\nServer response: 550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('policy');
  });
});

describe("an earlier uncoded refusal marked (SOLVED) beside today's coded one (round 57a)", () => {
  it('sets the solved one and its story aside, even when the person asks if it is the same thing again', () => {
    const d = diagnose('*Last week (SOLVED):* their WordPress site got this from smtp.mailgun.org because "Authentication" was switched off:\n> SMTP Error: The following recipients failed: reception@b.example: Relaying denied\n\n*Today:* they pasted this from the Mailgun Logs page and ask if it\'s "the same relaying thing again".\n  Severity: permanent    Reason: generic\n  Server response: 550 relay not permitted\n  MX host: mail.clinic.example');
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.recipient).not.toBe('reception@b.example');
  });
});

describe("a person's line that tells last week's relay refusal, then today's other error (round 58b)", () => {
  it("reads the first sentence's codes as the old refusal's and 'Now ...' as today's", () => {
    const d = diagnose('Last week we had a ticket with "5.7.54 Unable to relay recipient in non-accepted domain" from a 365 tenant and the fix was on the recipient\'s side. Now the same customer has a 5.7.1 from Exchange Online for a different address, is it the same fix?\n\nFailed (permanent) — allstaff@h.example\ncode 550\nmessage: 5.7.1 RESOLVER.RST.NotAuthorized; not authorized [Message=Not authorized to send to this recipient]\nmx-host: h-example.mail.protection.outlook.com');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('policy');
  });
});

describe('code review 17: the timeline', () => {
  it("counts every sentence of a line that names the relay refusal, so yesterday's fixed 535 is set aside", () => {
    const d = diagnose('Yesterday: 535 5.7.0 Mailgun is not loving your login or password. Fixed the password in .env.\nToday it is Relaying denied. Log: Expected response code "250" but got code "550", with message "550 5.7.1 Relaying denied"');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The server refused the login (535), so the session stayed unauthenticated');
  });

  it('finds the (SOLVED) label past a blank line or a code fence', () => {
    const d = diagnose('*Last week (SOLVED):* their WordPress site got this from smtp.mailgun.org because "Authentication" was switched off:\n\n```\nSMTP Error: The following recipients failed: reception@b.example: Relaying denied\n```\n\n*Today:* they pasted this from the Mailgun Logs page.\n  Severity: permanent    Reason: generic\n  Server response: 550 relay not permitted\n  MX host: mail.clinic.example');
    expect(d.scenario).toBe('recipient-host');
  });
});

describe('code review 18: a relay sentence without a code', () => {
  it("takes the codes of the sentence before it, so last week's refusal is set aside", () => {
    const d = diagnose('Last week: 550 5.7.1 from smtp.mailgun.org. The message was Relaying denied.\nToday after adding the login we get this instead:\n535 5.7.0 Mailgun is not loving your login or password');
    expect(d.kind).toBe('auth-failure');
  });
});

describe('round 60a: a closed ticket quoted above today\'s refusal', () => {
  it("sets the quoted ticket's refusal aside with its entry (its Remote-MTA, its route note)", () => {
    const d = diagnose('Ticket history:\n> 2025-02-03 (closed) "Patients replying get a bounce"\n>   Remote-MTA: dns; mxa.mailgun.org\n>   Diagnostic-Code: smtp; 550 5.7.1 Relaying denied\n>   -> added match_recipient route, confirmed working, closed (Priya)\n\nCurrent issue (today): their reminder script stopped sending:\n\n2025-03-12 07:00:03 [reminders] SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied\n$mail->Host = \'smtp.mailgun.org\';\n$mail->SMTPAuth = false;');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it("reads \"that's been fine since\" as fixed", () => {
    expect(diagnose("Background: in January mxa.mailgun.org refused mail to intake@in.g.example with 550 5.7.1 Relaying denied until they added a catch_all(). That's been fine since.\n\nToday their office manager wrote: \"an email bounced with '550 5.7.1 Relaying denied'. She deleted the bounce.\"").scenario).toBe('undetermined');
  });
});

describe('code review 19: the timeline', () => {
  it('keeps the setup line above an earlier, fixed refusal', () => {
    const d = diagnose("Setup: our app sends through smtp.mailgun.org port 587 with PHPMailer, $mail->SMTPAuth = false (the old relay didn't need a login).\nLast week: 550 5.7.1 Relaying denied for a customer on our own domain, fixed by adding that domain to Mailgun.\nToday: 550 5.7.1 Relaying denied for bob@gmail.example");
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('reads "fine since the domain shows verified" as no fix', () => {
    const d = diagnose('Last week a user got:\n550 5.7.1 Relaying denied. Reported by smtp.mailgun.org\nWe assumed the config was fine since the domain shows verified.\nSince this morning users are complaining about "relaying denied" again.');
    expect(d.scenario).not.toBe('not-relaying-denied');
  });
});

describe('code review 21: an earlier refusal said over after its code', () => {
  it('keeps the setup line above it', () => {
    expect(diagnose('Kontaktformular (PHPMailer): Host smtp.mailgun.org, Port 587, SMTPAuth = true\nDer Fehler ("550 5.7.1 Relaying denied") ist seit gestern erledigt.\nJetzt bei einem anderen Kunden: 550 5.7.1 Relaying denied').scenario).toBe('mailgun-outgoing');
  });
});

describe('a quoted relay refusal with the words that close it just under the quote (review 67b)', () => {
  const old = 'Context: same customer as ticket #4411 from August. Back then they had\n\n> SMTP Error: The following recipients failed: jana@bakery.example: Relaying denied\n> (smtp.mailgun.org, they had SMTPAuth turned off)\n\n';
  const today = 'NEW issue today:\n\nSMTP ERROR: RCPT TO command failed: 421 Domain sandbox5e2c7b1f04a94d3c9b8e61a07d2f3c55.mailgun.org is not allowed to send: Free accounts are for test purposes only.\n\nThey ask if "the relaying thing is back".';

  it('sets the old refusal aside for the new error', () => {
    const d = diagnose(`${old}and we fixed it by turning auth on. That is RESOLVED, they confirmed.\n\n${today}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('sandbox');
  });

  it("keeps it when the words under it say that it is back (the time words alone, 'Back then' and 'today', set it aside)", () => {
    expect(diagnose(`${old}We turned auth on.\n\n${today}`).kind).toBe('sandbox');
    expect(diagnose(`${old}That was RESOLVED, but it is happening again.\n\n${today}`).scenario).not.toBe('not-relaying-denied');
  });
});

describe('an uncoded relay refusal placed in the past, then a coded error now (review 69b)', () => {
  const thread = (between: string) => `[10:02] Priya: originally they had this:\n> SMTP Error: The following recipients failed: orders@kettle.example: Relaying denied\n[10:05] Tomás: tell them to set SMTPAuth = true\n[10:31] Priya: ${between}\nSERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\nSMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password`;
  it('answers the new error', () => {
    const d = diagnose(thread('they did. new error now tho, debug output:'));
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
  });

  it('keeps the refusal when the words between say it is still there', () => {
    expect(diagnose(thread('they did, but still getting it, and now also this:')).scenario).not.toBe('not-relaying-denied');
  });
});

describe('a German thread: a relay refusal of last month, fixed, and a full mailbox today (review 70b)', () => {
  it('answers the full mailbox', () => {
    const d = diagnose('> > Zur Erinnerung: Im Februar hatten wir "550 5.7.1 Relaying denied" von smtp.eu.mailgun.org, das lag am fehlenden SMTP-Login. Ist seit 14.02. behoben.\n> >\n> > > Mailgun Log, heute 12.03.2025 09:12:\n> > > Failed (permanent) an g.albers@post.example\n> > > 552 5.2.2 Mailbox full: g.albers@post.example');
    expect(d.kind).toBe('mailbox-full');
  });
});

describe('an uncoded relay refusal whose lead-in says nothing of time (code review 32)', () => {
  it('is not set aside for a past word about something else further up', () => {
    const d = diagnose('We set the domain up in Mailgun last month. WP Mail SMTP says this for every mail to outside recipients:\nSMTP Error: The following recipients failed: info@customer.example: Relaying denied\n\nNow I turned on the debug log too, and it shows:\n2026-11-27 10:02:11 SMTP ERROR: EHLO command failed: 421 4.7.0 Temporary System Problem. Try again later.');
    expect(d.scenario).toBe('undetermined');
  });
});

describe("an exception's status line under yesterday's relay refusal, then today's login failure (review 82b)", () => {
  const story = (status: string) =>
    `--- ieri 17:40 ---\nMailKit.Net.Smtp.SmtpCommandException: 5.7.1 Relaying denied\n   at MailKit.Net.Smtp.SmtpClient.OnRecipientNotAccepted(MimeMessage message)\n   ErrorCode: RecipientNotAccepted, StatusCode: MailboxUnavailable (${status})\n\n--- oggi 09:12 (dopo la modifica) ---\nMailKit.Security.AuthenticationException: 535: 5.7.0 Mailgun is not loving your login or password\n   at MailKit.Net.Smtp.SmtpClient.Authenticate(Encoding encoding)`;

  it('counts the bare 550 as the refusal\'s own, so the refusal is set aside', () => {
    const d = diagnose(story('550'));
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('auth-failure');
  });

  it('does not take a code of another class for the refusal\'s', () => {
    expect(withoutSupersededErrors(story('421'))).toContain('Relaying denied');
  });
});

describe('threads copied with a time before the name (review 88b)', () => {
  it("takes a later message's 535 over an earlier message's relay refusal", () => {
    const d = diagnose('*Mon 09:12* Anouk: Nextcloud test email says: (Error: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".)\n*Mon 09:31* Tomás (Support): Tick "Authentication required" and put in the SMTP login.\n*Tue 14:03* Anouk: done, but still broken, different message:\n{"Exception":"Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException","Message":"Expected response code \\"235\\" but got code \\"535\\", with message \\"535 5.7.0 Mailgun is not loving your login or password\\"."}');
    expect(d.kind).toBe('auth-failure');
  });

  it('sets aside a message the next one takes back, and reads "zero failed events" as none', () => {
    const thread = '[14:10] Dmitri K: found this in the logs:\n{"event": "failed", "severity": "permanent", "recipient": "p@brook.example", "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay", "mx-host": "mail.brook.example"}}\n[14:16] Dmitri K: scratch that, wrong account tab, that event belongs to a different customer. Their domain has *zero* failed events in the last 30 days.\n[14:18] Dmitri K: all they gave us is a photo of a popup: "Message not sent — 550 5.7.1 Relaying denied".';
    expect(diagnose(thread).scenario).toBe('undetermined');
    // (not taken back: the event stands)
    expect(diagnose(thread.replace('scratch that, wrong account tab, that event belongs to a different customer.', 'that is the one.')).scenario).toBe('recipient-host');
  });
});

describe("an HTTP API's error after a relay refusal said to be gone (review 90b)", () => {
  it('sets the old relay refusal aside beside a printed 404 or a macro quoting one, the API error being the question', () => {
    const recap = 'Recap: two weeks ago their plugin got "550 5.7.1 Relaying denied" from smtp.eu.mailgun.org. The relaying error is gone, they confirm. Now their script gets this:\n```\n404 {"message":"Domain not found: mg.a.example"}\n```';
    expect(diagnose(recap)).toMatchObject({ scenario: 'not-relaying-denied' });
    const macro = 'Min kollega svarade med vårt makro:\n\n> _Makro #4 – "Relaying denied": Det här betyder oftast att SMTP-sessionen inte är autentiserad._\n\n[08-Apr-2025 13:47:10 UTC] mailgun: API response 400 {"message":"\'to\' parameter is not a valid address. please check documentation"}';
    expect(diagnose(macro)).toMatchObject({ scenario: 'not-relaying-denied' });
  });
});

describe('review round 113: asides, days and threads that tell the order', () => {
  const event = (message: string) =>
    `{"event": "failed", "severity": "permanent", "recipient": "d@beryl.example", "delivery-status": {"code": 554, "message": "${message}", "mx-host": "mx01.beryl.example"}}`;

  it('reads a relay refusal in a past aside as history, and the event beside it as the error', () => {
    const d = diagnose(`asks if it's "relay" since it's 554 5.7.1 again (they had a relaying denied last month):\n\n${event('5.7.1 Service unavailable; Client host [192.0.2.18] blocked using zen.spamhaus.org')}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
    // (an aside with its own code, or one not placed in the past, is no history)
    expect(diagnose(`it's 554 5.7.1 again (relaying denied, same as before?):\n\n${event('5.7.1 Relaying denied')}`).scenario).toBe('recipient-host');
  });

  it("takes a day's entry above the refusal for the past when a later entry is today's", () => {
    const timeline = (later: string) => [
      '*Fri:* their contact form failed with:',
      'SERVER -> CLIENT: 550 5.7.1 Relaying denied',
      'Told them to turn auth on.',
      '',
      `*${later}:* new debug output:`,
      'SERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password',
    ].join('\n');
    expect(diagnose(timeline('Mon (today)')).kind).toBe('auth-failure');
    // (two days and no word of which is now: both stand)
    expect(diagnose(timeline('Mon')).scenario).not.toBe('not-relaying-denied');
  });

  it("sets aside a thread's message that the next one marks resolved, with the settings it showed", () => {
    const thread = [
      '*Ines*  Jan 22',
      "their Node backend: `Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied` with host smtp.mailgun.org:587 and `auth` missing.",
      '',
      '*Ines*  Jan 23',
      ':white_check_mark: resolved, they added auth and the backend sends fine since. Closing.',
      '',
      '*Ines*  today 9:58',
      're-opened: now our sales team gets "550 5.7.1 Relaying denied" from the CRM. No idea which server the CRM uses.',
    ].join('\n');
    const d = diagnose(thread);
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.host).toBeNull();
    // (without the closing message, the earlier one still tells the story)
    expect(diagnose(thread.replace(':white_check_mark: resolved, they added auth', 'they are adding auth')).facts.host).toBe('smtp.mailgun.org');
  });
});

describe('code review of round 113: what a past aside is not', () => {
  it('keeps a refusal whose aside says it goes on ("same as yesterday")', () => {
    expect(diagnose('Our app sends through smtp.mailgun.org:587 and still fails with 550 5.7.1 (Relaying denied, same as yesterday). Any idea?').scenario).toBe('mailgun-outgoing');
    expect(diagnose('Today: 550 5.7.1 (Relaying denied, same as yesterday)').scenario).toBe('undetermined');
  });

  it('stays fast on a long run of blanks before a parenthesis (a blow-up guard, not a speed test)', () => {
    const started = performance.now();
    diagnose(`Last week: 550 5.7.1 Relaying denied${'\t'.repeat(95_000)}x (y)\nNow it is 421 4.7.0 try later`);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('review round 115: a refusal fixed before, another error or report today', () => {
  it('sets aside "on Friday they had ... Relaying denied ... fixed" when the line goes on with today\'s other error', () => {
    const paste = 'Context: on Friday they had "SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied" because SMTPAuth was off, fixed. Today they are back, here is today\'s debug:\nSERVER -> CLIENT: 235 2.0.0 OK\nSERVER -> CLIENT: 421 Domain sandbox4c81e0f3b27a49d6a1f5e2c09b7d33aa.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.';
    expect(diagnose(paste).kind).toBe('sandbox');
  });

  it('sets aside a numbered item marked resolved beside a new item with a relay refusal', () => {
    const paste = '1) ✅ RESOLVED Tuesday: their app (PHPMailer) got\n   SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied\n   from smtp.mailgun.org because $mail->SMTPAuth was false.\n\n2) NEW today: the office copier shows "Send error. 550 5.7.1 Relaying denied". Nobody knows what SMTP server it uses.';
    const d = diagnose(paste);
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.host).toBeNull();
  });
});

describe('second code review of this session: what goes on is no history', () => {
  it('keeps a refusal that "is still happening today" and one "since last Friday ... on every send"', () => {
    expect(diagnose('Yesterday we had 550 5.7.1 Relaying denied from smtp.mailgun.org, and it is still happening today.\nSMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password').scenario).toBe('mailgun-outgoing');
    expect(diagnose('Since last Friday we got 550 5.7.1 Relaying denied from smtp.mailgun.org on every send.\nToday there is also this one on some messages: 421 4.4.2 timeout').scenario).toBe('mailgun-outgoing');
  });

  it("keeps a checklist's item whose next item only is marked fixed", () => {
    const d = diagnose('1. PHPMailer, Host = smtp.mailgun.org, SMTPAuth = false, gets 550 5.7.1 Relaying denied\n2. SPF and DKIM on mg.shop.example: ✅ fixed\n3. Tried port 2525 as well, same relaying denied');
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.mailgun.org');
  });
});

describe('history told in list items and in Japanese (review 130b)', () => {
  const history = (fix: string) =>
    `Ravi: history so far:\n• Mon: their app got \`535 5.7.0 Mailgun is not loving your login or password\` → new SMTP password, fixed.\n• Tue: outside senders bounced at mxa.mailgun.org for help@lumora.example → added match_recipient("help@lumora.example"), ${fix}\n• today the customer pasted only this line:\n\n    550 5.7.1 Relaying denied`;

  it("sets aside an item that tells its own fix after an arrow: its host is history, and today's bare line is undetermined", () => {
    const d = diagnose(history('fixed, those bounces stopped.'));
    expect([d.scenario, d.facts.host]).toEqual(['undetermined', null]);
  });

  it('keeps an item whose fix did not work ("→ ..., not fixed")', () => {
    expect(diagnose(history('not fixed, still bouncing.')).scenario).toBe('mailgun-incoming');
  });

  it('reads "先週は" as last week\'s error and "今週は" as this week\'s', () => {
    const paste = '先週は "550 5.7.1 Relaying denied" が出ていましたが、EMAIL_HOST_USER を設定して解消しました。今週は別のエラーになっています:\nsmtplib.SMTPDataError: (421, b\'Domain sandbox8d2c41f0.mailgun.org is not allowed to send: Free accounts are for test purposes only.\')\nEMAIL_HOST = "smtp.mailgun.org"';
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'sandbox' });
  });
});

describe('a new error announced as another matter, and an old one said done, in Spanish (session 32)', () => {
  const supplierNdr = 'Delivery to the following recipient failed permanently:\n\n     compras@suministros-levante.es\n\nThe error that the other server returned was:\n550 5.1.1 <compras@suministros-levante.es>: Recipient address rejected: User unknown in virtual mailbox table';

  it('reads "esto es otra cosa" as the later error being now, in a chat whose headers it does not know', () => {
    const paste = `[lun 9:12] Marta: ayer nos pasaba esto al enviar desde el ERP:\n550 5.7.1 Relaying denied\n[lun 9:15] Javier: era la contraseña SMTP vacía en el ERP, ya la pusimos\n[mar 10:02] Marta: esto es otra cosa, nos lo devuelve un proveedor:\n\n${supplierNdr}`;
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
  });

  it('sets aside a refusal whose own line says "lo del ERP ya está ... los correos salen"', () => {
    const paste = `Javier: lo del ERP ya está, era la contraseña SMTP vacía (550 5.7.1 Relaying denied), ya la pusimos y los correos salen.\nMarta: vale, nos lo devuelve un proveedor:\n\n550 5.1.1 <compras@suministros-levante.es>: Recipient address rejected: User unknown in virtual mailbox table`;
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
  });

  it('keeps a refusal said to go on beside the words of a fix that did not hold', () => {
    const paste = 'Javier: lo del ERP ya está, pero sigue: 550 5.7.1 Relaying denied\nMarta: y un proveedor nos devuelve esto:\n550 5.1.1 <compras@suministros-levante.es>: User unknown';
    expect(withoutSupersededErrors(paste)).toContain('Relaying denied');
  });
});

describe('an earlier run\'s heading, on hostile input (review of session 62)', () => {
  // (a heading's brackets once matched two ways: each pair doubled the time; a blow-up, not speed, is what this guards)
  it('answers a line of many bracket pairs after "Previous run" at once', () => {
    const started = performance.now();
    const d = diagnose(`Previous run ${'()'.repeat(60)}x\n550 5.7.1 Relaying denied\nToday:\n421 4.7.0 try again later`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(d.scenario).toBeDefined();
  });

  it('keeps a block whose heading says it was not fixed yet', () => {
    const d = diagnose('Old log (not fixed yet):\n2024-03-11 09:02:14 SMTP Error: 550 5.7.1 Relaying denied\n\nAlso a 421 4.7.0 Try again later from another host earlier.');
    expect(d.scenario).not.toBe('not-relaying-denied');
  });
});
