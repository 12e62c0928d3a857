/** What review round 134 found the engine missing, each on a short paste of its own. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('review round 134', () => {
  it('reads a chat\'s bracketed date and time ("[Mon 2 Sep, 10:02] Jana:") as a message header, and "new one today" as now', () => {
    const thread = '[Mon 2 Sep, 10:02] Jana: recap: last week\'s error was "554 5.7.1 <a@fenwick.example>: Relay access denied" inside a failed event (mx-host mail.fenwick.example). They fixed it on 28/08.\n[Tue 3 Sep, 09:15] Jana: new one today. They moved the job to a Go service last night. Journal:\nSep 03 08:57:41 billing-02 worker[3117]: send to a@fenwick.example: 550 5.7.1 Relaying denied\nmailer.go:\n\taddr := os.Getenv("MG_SMTP_HOST") + ":587" // smtp.mailgun.org\n\tvar auth smtp.Auth\n\treturn smtp.SendMail(addr, auth, "billing@mg.ledger.example", []string{to}, msg)';
    // (last week's failed event, with its recipient's host, is history: today's refusal is the Go service's, whose smtp.Auth
    // variable is declared and never given a login, sending to smtp.mailgun.org)
    expect(diagnose(thread)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { mxHost: null } });
  });

  it('reads "[Mon 9/16 4:02 PM] Derek:" as a message header: the older relay refusal is history beside a new policy refusal', () => {
    const thread = '[Mon 9/16 4:02 PM] Derek: "550 5.7.1 Relaying denied" from smtp.mailgun.org; WP Mail SMTP had Authentication off. Sent them the steps.\n[Tue 9/17 9:30 AM] Derek: customer confirmed, flowing again. Closing.\n[Thu 9/19 11:12 AM] Alma: reopened. Customer: "relaying denied again, but only for Yahoo". From the log:\n"event": "failed", "severity": "permanent",\n"delivery-status": { "mx-host": "mta7.am0.yahoodns.net", "code": 554, "enhanced-code": "5.7.9", "message": "5.7.9 Message not accepted for policy reasons." }';
    expect([diagnose(thread).scenario, diagnose(thread).kind]).toEqual(['not-relaying-denied', 'policy']);
  });

  it('reads "Mon 30 Sep:" and "Tue 1 Oct, 10:20:" as dated entries: the Monday refusal is history beside Tuesday\'s API 401', () => {
    const notes = 'Mon 30 Sep: "550 5.7.1 Relaying denied" from smtp.mailgun.org, EMAIL_HOST_USER was empty. They switched to the API instead.\nTue 1 Oct, 10:20: customer says "still relaying denied". Their Sentry event:\n```\nAnymailRequestsAPIError: Mailgun API response 401 (Unauthorized): \'Forbidden\'\n```';
    expect([diagnose(notes).scenario, diagnose(notes).kind]).toEqual(['not-relaying-denied', 'api-auth']);
    // (a log's own time stamp is no entry's: "Sep 30 10:20:11 host postfix/smtp[1]: ...")
    expect(diagnose('Sep 30 10:20:11 mail postfix/smtp[1]: 1A2B: to=<a@b.example>, relay=smtp.mailgun.org[1.2.3.4]:587, status=bounced (host smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))').scenario).toBe('mailgun-outgoing');
  });

  it("takes a customer's quoted \"relay denied again\" as their naming beside the failed event's block-list refusal", () => {
    const paste = 'Ana: they\'re back with "the 5.7.1 is back, relay denied again for Hotmail". Failed event:\n"event": "failed", "severity": "permanent", "recipient": "t@hotmail.example",\n"delivery-status": { "mx-host": "hotmail-com.olc.protection.outlook.com", "code": 550, "enhanced-code": "5.7.1", "message": "5.7.1 Unfortunately, messages from [159.135.228.71] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150)." }';
    expect([diagnose(paste).scenario, diagnose(paste).kind]).toEqual(['not-relaying-denied', 'blocked']);
    // (but it reports today's refusal when nothing else is shown)
    expect(diagnose('Back in September their Postfix got 550 5.7.1 Relaying denied from smtp.mailgun.org. We fixed it.\n\nToday they wrote: "some of our emails are bouncing with relaying denied again". Nothing attached yet.').scenario).toBe('undetermined');
  });

  it('sets aside a colleague\'s formula, \'5.7.1 + "weren\'t sent" = relay refused\'', () => {
    const paste = '"message": "5.7.1 Unfortunately, messages from [159.135.228.71] weren\'t sent. Part of their network is on our block list (S3150)."\nBen: 5.7.1 + "weren\'t sent" = relay refused. I\'d send them the SMTP credentials article.';
    expect(diagnose(paste).kind).toBe('blocked');
  });

  it("takes no login fact from a person's bet (\"I'd bet it's Mailgun SMTP without auth\")", () => {
    const paste = 'Oct  1 07:12:55 app01 postfix/smtp[8812]: 4XK: to=<c@h.example>, relay=[REDACTED]:[REDACTED], dsn=5.7.1, status=bounced (host [REDACTED] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nPriya: I\'d bet it\'s Mailgun SMTP without auth, that\'s what it usually is.';
    expect(diagnose(paste)).toMatchObject({ scenario: 'undetermined', facts: { authAttempted: null } });
    expect(diagnose(paste.replace("Priya: I'd bet it's", 'Priya: confirmed, it is')).facts.authAttempted).toBe(false);
  });

  it("reads no missing login from a leftover empty SMTP login of a Laravel app that sends through Mailgun's API", () => {
    const paste = 'MAIL_MAILER=mailgun\nMAILGUN_DOMAIN=mg.loja.example\nMAILGUN_SMTP_LOGIN=\n\nevent=bounced&recipient=financeiro%40contab.example&domain=mg.loja.example&code=550&error=5.7.1+Unable+to+relay+for+financeiro%40contab.example';
    expect(diagnose(paste)).toMatchObject({ scenario: 'recipient-host', facts: { authAttempted: null } });
    expect(diagnose(paste.replace('MAIL_MAILER=mailgun', 'MAIL_MAILER=smtp')).facts.authAttempted).toBe(false);
  });

  it("takes no smart host's \"host:port\" for the refusing host, and reads Nextcloud's \"Server address: x : 25\" as the app's relay", () => {
    const paste = 'Nextcloud Email server: Server address: tenant-ch.mail.protection.outlook.com : 25, Authentication: (unchecked)\n{"app":"files_sharing","message":"Failed to send share by mail: Expected response code \\"250/251/252\\" but got code \\"550\\", with message \\"550 5.7.64 TenantAttribution; Relay Access Denied [ZR0P278CA0123.CHEP278.PROD.OUTLOOK.COM]\\"."}\nTheir Exchange outbound connector "To Mailgun" (smart host smtp.eu.mailgun.org:587, basic auth).';
    expect(diagnose(paste)).toMatchObject({ scenario: 'undetermined', facts: { host: 'tenant-ch.mail.protection.outlook.com', hostRole: 'other', source: 'client-exception' } });
  });

  it("reads an app log's session line (\"SMTP host x:25 (TLS)\") as the server it talked to", () => {
    const log = '[07:30:12] SMTP host tenant-co-uk.mail.protection.outlook.com:25 (TLS)\n[07:30:12] > RCPT TO:<p@bt.example>\n[07:30:13] < 550 5.7.64 TenantAttribution; Relay Access Denied ATTR36';
    expect(diagnose(log).facts.host).toBe('tenant-co-uk.mail.protection.outlook.com');
  });

  it("takes a mail program's outgoing server (Odoo's \"Mail delivery failed via SMTP server 'x'\") as the one that refused", () => {
    const paste = "Der Uni-Mailhub leitet nach außen über smtp.eu.mailgun.org weiter.\nodoo.addons.base.models.ir_mail_server: Mail delivery failed via SMTP server 'mailhub.uni.example'.\nSMTPRecipientsRefused: {'a@posteo.example': (550, b'5.7.1 <a@posteo.example>... Relaying denied. Proper authentication required.')}";
    expect(diagnose(paste)).toMatchObject({ scenario: 'undetermined', facts: { host: 'mailhub.uni.example', hostRole: 'other' } });
  });

  it("takes no \"Incoming mail server:\" for the sender's relay", () => {
    const paste = "Task 'x - Sending' reported error (0x800CCC79) : 'Your outgoing (SMTP) e-mail server has reported an internal error. The server responded: 550 5.7.1 Relaying denied'\nIncoming mail server:   imap.bramble.example\nOutgoing mail server (SMTP):  smtp.mailgun.org\n[ ] My outgoing server (SMTP) requires authentication";
    expect(diagnose(paste)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { host: 'smtp.mailgun.org' } });
  });

  it("sets aside a returned letter's quoted lines after \"Original message headers:\"", () => {
    const ndr = "Your message to j@keelson.example couldn't be delivered.\nDiagnostic information for administrators:\nGenerating server: AM9PR07MB7110.eurprd07.prod.outlook.com\nj@keelson.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j@keelson.example not found by SMTP address lookup'\n\nOriginal message headers:\nFrom: i@orbit.example\nTo: j@keelson.example\n\n> Jonathan, last month my emails bounced with \"550 5.7.1 Relaying denied\"\n> from mxb.mailgun.org; your IT said they had deleted a Mailgun route.";
    expect([diagnose(ndr).scenario, diagnose(ndr).kind]).toEqual(['not-relaying-denied', 'unknown-user']);
  });

  it('reads OCR\'s capital I for an l ("ReIaying denied") as the relay refusal', () => {
    expect(diagnose('55O 5.7.l ReIaying denied').scenario).toBe('undetermined');
    expect(diagnose('550 5.7.1 ReIaying denied').facts.ocrRepaired).toBe(true);
  });

  it('reads "usan Mailgun para las dos cosas" and "al enviar ... o cuando alguien les escribió" as the direction unknown', () => {
    const paste = 'Cliente con una ruta de Mailgun para pedidos@ y la tienda que envía por SMTP. Usan Mailgun para las dos cosas. No saben si el error salió al enviar ellos o cuando alguien les escribió.\n550 5.7.1 Relaying denied';
    expect(diagnose(paste).scenario).toBe('undetermined');
  });

  it('takes a person\'s note in the password\'s place ("(they pasted their Private API key here)") for no secret, and for the API key given', () => {
    const paste = 'smtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')\nSMTP Server: smtp.mailgun.org   SMTP Port: 465\n  Username: postmaster\n  Password: (they pasted their Private API key here)';
    const d = diagnose(paste);
    expect(d.facts.secretsFound).toBe(false);
    expect(d.evidence.map((e) => e.rule)).toEqual(expect.arrayContaining(['The SMTP password is read from an API key', 'The SMTP user name shown is not an address']));
  });

  it('reads Ghost from its newsletter settings and docs link', () => {
    expect(diagnose('{"name":"EmailError","statusCode":401,"message":"Mailgun Error 401: Forbidden","help":"https://ghost.org/docs/newsletters/#bulk-email-configuration"}').facts.client).toBe('ghost');
    expect(diagnose('Settings → Email newsletter → Mailgun\nMailgun Error 401: Forbidden').facts.client).toBe('ghost');
  });

  it.each([
    ['a failed send\'s log line with a bare to=', 'Mailgun send failed: 403 {"message":"Domain sandbox1a.mailgun.org is not allowed to send: Free accounts are for test purposes only."} to=r.o@nb.example', 'r.o@nb.example'],
    ['a logs row with a numeric date', '03/12/2025 10:14:22 AM     Failed      k.roth@kr.example     Exposé\n550 5.7.1 Relaying denied', 'k.roth@kr.example'],
    ['a Portuguese app log ("Falha ao enviar e-mail para")', 'fail: Portal.Services.EmailService[0]\n      Falha ao enviar e-mail para financeiro@cv.example\n      System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied', 'financeiro@cv.example'],
  ])('reads the recipient of %s', (_name, paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });
});

