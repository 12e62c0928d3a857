/** Review rounds 185a-186c: copies damaged on the way (OCR, wraps, unquoted commas), numbered event lists, what people did already. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const rulesOf = (text: string) => diagnose(text).evidence.map((e) => e.rule);

describe('copies damaged on the way', () => {
  it("joins a Mailgun host a wrap broke at the line's end (b185-08)", () => {
    const text = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE', command: 'RCPT TO'\ntransport: { host: 'smtp.\nmailgun.org', port: 587, auth: { user: undefined, pass: undefined } }";
    const { scenario, facts } = diagnose(text);
    expect(facts.host).toBe('smtp.mailgun.org');
    expect(facts.hostRole).toBe('mailgun-smtp');
    expect(scenario).toBe('mailgun-outgoing');
  });

  it('leaves a line that only ends in a word like a host alone', () => {
    expect(diagnose('we use the api.\nmailgun is fine otherwise. 550 5.7.1 Relaying denied').facts.host).not.toBe('api.mailgun.org');
  });

  it('reads a look-alike Mailgun name as Mailgun\'s where the person says the text is OCR\'s (b185-12), not otherwise', () => {
    const ocr = 'OCR of the bounce:\nRemote-MTA: dns; mxa.mai1gun.org\nFinal-Recipient: rfc822; orders@pine.example\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied';
    expect(diagnose(ocr).facts).toMatchObject({ host: 'mxa.mailgun.org', hostRole: 'mailgun-mx' });
    expect(diagnose(ocr.replace('OCR of the bounce:\n', '')).facts.hostRole).not.toBe('mailgun-mx');
  });

  it("reads Thunderbird's recipient wrapped onto the next line (b185-02)", () => {
    const text = 'An error occurred while sending mail. The mail server responded:\n5.7.1 Relaying denied. Please check the message recipient\n"pierre.lambert@orange.fr" and try again.';
    expect(diagnose(text).facts.recipient).toBe('pierre.lambert@orange.fr');
  });

  it("keeps an export's unquoted comma inside the message, so the columns after it stay theirs (b185-24)", () => {
    const text = [
      'timestamp,event,severity,recipient,code,message,mx-host',
      "2024-05-30T08:14:02Z,failed,permanent,orders@mill.example,553,sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1),mail.mill.example",
      '2024-05-30T08:15:40Z,delivered,,jim@mill.example,250,OK,mx.mill.example',
    ].join('\n');
    const { scenario, facts } = diagnose(text);
    expect(scenario).toBe('recipient-host');
    expect(facts.host).toBe('mail.mill.example');
    expect(facts.serverMessage).toContain("sorry, that domain isn't in my list");
  });

  it('leaves a row with only a trailing comma as it is', () => {
    const text = 'event,recipient,code,message,mx-host\nfailed,a@x.example,554,5.7.1 Relay access denied,mx.x.example,';
    expect(diagnose(text).facts.host).toBe('mx.x.example');
  });
});

describe("a person's numbered list of events", () => {
  it('reads each item as its own event: the relay refusal keeps its own code and host, the other is another error (a185-31)', () => {
    const text = [
      'two failures on the same send:',
      '1) recipient: p.nowak@budmax.example',
      '   "delivery-status": {"code": 550, "message": "5.1.1 <p.nowak@budmax.example>: Recipient address rejected: User unknown", "mx-host": "mx.budmax.example", "enhanced-code": "5.1.1"}',
      '2) recipient: orders@stal.example',
      '   "delivery-status": {"code": 554, "message": "5.7.1 <orders@stal.example>: Relay access denied", "mx-host": "poczta.stal.example", "enhanced-code": "5.7.1"}',
      '   "event": "failed", "severity": "permanent"',
    ].join('\n');
    const { scenario, facts } = diagnose(text);
    expect(scenario).toBe('recipient-host');
    expect(facts).toMatchObject({ replyCode: 554, enhancedCode: '5.7.1', host: 'poczta.stal.example', recipient: 'orders@stal.example' });
    expect(facts.otherErrors.join(' ')).toContain('User unknown');
  });
});

describe('what the person says they did already', () => {
  it.each([
    ['English', 'We switched from port 25 to 587 and still get 550 5.7.1 Relaying denied'],
    ['English, tried', 'Already tried 2525 too. 550 5.7.1 Relaying denied'],
    ['Japanese', 'ポートを25から587に変更しましたが、まだ同じエラーが出ます。\n550 5.7.1 Relaying denied'],
    ['Spanish', 'Cambiamos el puerto a 587 y sigue: 550 5.7.1 Relaying denied'],
    ['German', 'Wir haben auf Port 587 umgestellt, immer noch 550 5.7.1 Relaying denied'],
  ])('a port changed (%s)', (_language, text) => {
    expect(rulesOf(text)).toContain('The paste says the port was changed already');
  });

  it.each([
    ['a question', 'Should we switch to port 587? 550 5.7.1 Relaying denied'],
    ['a plan', 'We could move to port 587 tomorrow. 550 5.7.1 Relaying denied'],
  ])('not a port change: %s', (_case, text) => {
    expect(rulesOf(text)).not.toContain('The paste says the port was changed already');
  });

  it.each([
    ['English', "I already added the SMTP credentials and it still fails: 550 5.7.1 Relaying denied from smtp.mailgun.org"],
    ['English, in place', 'The credentials are already in the .env. 550 5.7.1 Relaying denied smtp.mailgun.org'],
    ['Italian', 'Ciao, ho già aggiunto le credenziali SMTP. 535 5.7.0 Mailgun is not loving your login or password'],
    ['German', 'Die Zugangsdaten sind bereits eingetragen. 550 5.7.1 Relaying denied smtp.mailgun.org'],
  ])('the SMTP login said set (%s)', (_language, text) => {
    expect(rulesOf(text)).toContain('The paste says the SMTP login was set already');
  });

  it('not when asked', () => {
    expect(rulesOf('Have I set the credentials right? 550 5.7.1 Relaying denied smtp.mailgun.org')).not.toContain('The paste says the SMTP login was set already');
  });

  it.each([
    ['English', 'I already added her to the authorized recipients. 421 Domain sandbox123.mailgun.org is not allowed to send: Free accounts are for test purposes only.'],
    ['Russian', 'Я уже добавил получателя в Authorized Recipients. 421 Domain sandbox123.mailgun.org is not allowed to send'],
  ])('a recipient authorized (%s)', (_language, text) => {
    expect(rulesOf(text)).toContain('The paste says the address was added to the authorized recipients already');
  });

  it('sending moved to the API', () => {
    expect(rulesOf('We switched the app to the Mailgun API last week, yet cron mail still bounces: 550 5.7.1 Relaying denied from smtp.eu.mailgun.org')).toContain('The paste says the sending moved to the HTTP API already');
  });

  it.each([
    ['back to Google', 'I changed the MX for acmeparts.io back to Google Workspace yesterday. Remote-MTA: dns; mxb.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied'],
    ['stopped using Mailgun for inbound', 'We stopped using Mailgun for inbound last week. Remote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied'],
    ['now pointing to Microsoft', 'The MX records now point to Microsoft 365. Remote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied'],
  ])('MX records moved away from Mailgun (%s): said so, and not read as set to Mailgun', (_case, text) => {
    const rules = rulesOf(text);
    expect(rules).toContain("The paste says the domain's MX records were moved away from Mailgun already");
    expect(rules).not.toContain('The person set the MX records to Mailgun themselves');
  });

  it('an MX set to Mailgun is still read so', () => {
    const rules = rulesOf('We changed the MX to mxa.mailgun.org yesterday. Remote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied');
    expect(rules).toContain('The person set the MX records to Mailgun themselves');
    expect(rules).not.toContain("The paste says the domain's MX records were moved away from Mailgun already");
  });

  it('a region the domain was created in, said in Italian, is the region (c185-08)', () => {
    expect(diagnose('Il dominio è mg.vino.example (creato in regione EU).\nEMAIL_HOST = "smtp.mailgun.org"\n535 5.7.0 Mailgun is not loving your login or password').facts.region).toBe('eu');
  });
});

describe('round 186', () => {
  it("reads the recipient under Orange's French list of failed recipients (a186-31)", () => {
    const text = "Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :\n\n<contact@resa.gite.example>\n    Le serveur distant mxb.mailgun.org a répondu :\n    550 5.7.1 Relaying denied";
    expect(diagnose(text).facts.recipient).toBe('contact@resa.gite.example');
  });

  it.each([
    ['German, with the file between', 'Hab die Zugangsdaten schon in der .env eingetragen. 550 5.7.1 Relaying denied smtp.mailgun.org', 'The paste says the SMTP login was set already'],
    ['French, moved to the API', "On est déjà passés à l'API, mais 550 5.7.1 Relaying denied de smtp.mailgun.org", 'The paste says the sending moved to the HTTP API already'],
    ['French, an authorized recipient added', 'J\'ai ajouté claire@orange.example dans "Authorized Recipients" hier. 421 Domain sandbox1.mailgun.org is not allowed to send', 'The paste says the address was added to the authorized recipients already'],
    ['French, a port changed', 'On a changé le port pour 587. 550 5.7.1 Relaying denied', 'The paste says the port was changed already'],
    ['Dutch, a route added', 'Ik heb de route al toegevoegd, maar: Remote-MTA: dns; mxa.eu.mailgun.org\n550 5.7.1 Relaying denied', 'The paste says a Route was made already'],
    ['Japanese, an IP allowlisted', '先方の管理者は「御社のIPはホワイトリストに追加済み」とのこと。553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)', "The paste says the recipient's side allowlisted the sender already"],
  ])('what was done, said in more words (%s)', (_case, text, rule) => {
    expect(rulesOf(text)).toContain(rule);
  });

  it('an MX moved back in German is not read as set to Mailgun (c186-02)', () => {
    const rules = rulesOf('Wir haben gestern die MX-Einträge von kanzlei.example wieder auf Microsoft 365 umgestellt.\nRemote server at mxb.eu.mailgun.org returned \'550 5.7.1 Relaying denied\'');
    expect(rules).toContain("The paste says the domain's MX records were moved away from Mailgun already");
    expect(rules).not.toContain('The person set the MX records to Mailgun themselves');
  });

  it("a Route shown as the control panel's form is a Mailgun paste: a bounce for another address at its domain is the incoming case (c186-08)", () => {
    const text = 'ho creato la route ma le mail a assistenza@ vengono rifiutate:\n\n<assistenza@gelato.example>:\nRemote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n\nLa route:\nExpression Type: Match Recipient\nRecipient: support@gelato.example\nActions: Forward -> gelato@gmail.com';
    expect(diagnose(text).scenario).toBe('mailgun-incoming');
  });
});

describe('round 186c: the program that sent', () => {
  it("msmtp's own log line beside a WordPress plugin named in chatter: msmtp sent it (c186-13)", () => {
    const text = "the wordpress site is fixed (WP Mail SMTP with mailgun creds) but the cron script still bounces. log:\n\nMar 12 02:00:03 host=smtp.mailgun.org tls=on auth=off user= from=reports@mg.w.example recipients=a@w.example mailsize=18234 smtpstatus=550 smtpmsg='550 5.7.1 Relaying denied' exitcode=EX_DATAERR";
    expect(diagnose(text).facts.client).toBe('msmtp');
    expect(diagnose('WP Mail SMTP plugin, Mailgun mailer: 550 5.7.1 Relaying denied from smtp.mailgun.org').facts.client).toBe('wordpress');
  });
});

describe('code review 51: readings kept narrow', () => {
  it("a look-alike host beside 'our OCR service' stays as written (a real typo)", () => {
    const text = "Our OCR service (it scans invoices) can't send its summary mails. Settings: host smtp.mai1gun.org, port 587.\nError: getaddrinfo ENOTFOUND smtp.mai1gun.org";
    expect(diagnose(text).facts.ocrRepaired).toBe(false);
    expect(diagnose(`OCR of the screenshot: ${text}`).facts.ocrRepaired).toBe(true);
  });

  it("an export row's trailing comma does not pull the next column into the message", () => {
    expect(diagnose("event,recipient,message,mx-host\nfailed,bob@partner.example,553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1),mx.partner.example,").facts.host).toBe('mx.partner.example');
  });

  it('a failed event above a numbered list of delivered ones is still read', () => {
    const text = "The one that matters, from today:\n{ event: 'failed', recipient: 'sales@shop.example', 'delivery-status': { code: 550, message: '5.7.1 Relaying denied', 'mx-host': 'mxa.mailgun.org' } }\n\nTwo from last week that went fine:\n1. { event: 'delivered', recipient: 'anna@other.example', 'delivery-status': { code: 250, message: 'OK', 'mx-host': 'aspmx.l.google.com' } }\n2. { event: 'delivered', recipient: 'tom@other.example', 'delivery-status': { code: 250, message: 'OK', 'mx-host': 'aspmx.l.google.com' } }";
    const { facts } = diagnose(text);
    expect(facts.recipient).toBe('sales@shop.example');
    expect(facts.host).toBe('mxa.mailgun.org');
  });
});

describe('round 188a: a failing recipient named in words after the error', () => {
  it.each([
    ['French', 'SMTP Error: 550 5.7.1 Relaying denied\n\ndestinataire en échec : adherent.4471@laposte.example', 'adherent.4471@laposte.example'],
    ['English, in the job args', 'Net::SMTPFatalError: 550 5.7.1 Relaying denied\nFailing recipient in the job args: "sam.okafor@yahoo.example"', 'sam.okafor@yahoo.example'],
  ])('%s', (_case, text, recipient) => {
    expect(diagnose(text).facts.recipient).toBe(recipient);
  });

  it('not an address some words after the label', () => {
    expect(diagnose('The failed recipient count was 3: see a@b.example\n550 5.7.1 Relaying denied').facts.recipient).toBeNull();
  });
});
