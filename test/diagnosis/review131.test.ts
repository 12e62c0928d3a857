/** What review round 131 found the engine missing, each on a short paste of its own. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('review round 131', () => {
  it("reads mailgun-php's 401, \"Your credentials are incorrect.\", as the API key refused", () => {
    const d = diagnose("PHP Fatal error:  Uncaught Mailgun\\Exception\\HttpClientException: Your credentials are incorrect. in /var/www/vendor/mailgun/mailgun-php/src/Exception/HttpClientException.php:67\n#0 .../HttpApi.php(105): Mailgun\\Exception\\HttpClientException::unauthorized(Object(Nyholm\\Psr7\\Response))");
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'api-auth']);
  });

  it("reads the refusing host of Exchange's French NDR (\"Le serveur distant smtp.mailgun.org (ip) a retourné\")", () => {
    const d = diagnose("Serveur de génération : EXCH01.cabinet.local\n\nm.l@notaires.example\nLe serveur distant smtp.mailgun.org (34.160.45.12) a retourné '550 5.7.1 Relaying denied'");
    expect(d).toMatchObject({ scenario: 'mailgun-outgoing', facts: { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' } });
  });

  it("reads Outlook's Dutch account test as a mail program's, with its empty authentication box", () => {
    const d = diagnose('Testbericht verzenden: Uw server voor uitgaande e-mail (SMTP) heeft een interne fout gerapporteerd. Het antwoord van de server: 550 5.7.1 Relaying denied\nServer voor uitgaande e-mail (SMTP): smtp.mailgun.org   Poort: 587\n[ ] Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist');
    expect(d).toMatchObject({ scenario: 'mailgun-outgoing', facts: { source: 'mail-client', authAttempted: false } });
  });

  it("takes a word that follows the other error in its own message as about that error (\"that one is fixed\" under yesterday's 535)", () => {
    const thread = '[09:12] Priya: Yesterday it was this one:\n    error="535 5.7.0 Mailgun is not loving your login or password"\n[09:14] Tomás: that was the old password, that one is fixed\n[09:31] Priya: after this morning\'s upgrade it\'s a different error:\n    error="550 5.7.1 Relaying denied"\n[09:33] Tomás: grafana.ini: host = smtp.mailgun.org:587, user = (empty)';
    expect(diagnose(thread).scenario).toBe('mailgun-outgoing');
  });

  it("sets aside a closed message that a bare check mark closes, beside another customer's open question", () => {
    const thread = '[08:51] Hana: Brightwell: "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", a typo in the domain, fixed it, all delivered now. Closing.\n[08:52] Hana: ✅\n[09:20] Dev: different customer. Yahoo bounce: Remote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n[09:21] Dev: dig +short MX fernhill.example -> 10 mxa.mailgun.org.';
    expect(diagnose(thread).scenario).toBe('mailgun-incoming');
    // (without the check mark, the first message still tells its story)
    expect(diagnose(thread.replace('[08:52] Hana: ✅\n', '')).scenario).toBe('undetermined');
  });

  it("blanks a queue's closed rows beside its open one", () => {
    const queue = '#88412  CLOSED  Lunafield  mx-host mail.brewster.example answered 554 5.7.1 <ap@brewster.example>: Relay access denied. Solved.\n#88451  OPEN    Pinewood  <-- needs an answer\n\n#88451: smtplib.SMTPRecipientsRefused: {\'m@bt.example\': (550, b\'5.7.1 Relaying denied\')}\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_HOST_USER = os.environ.get("MAILGUN_SMTP_LOGIN", "")';
    expect(diagnose(queue).scenario).toBe('mailgun-outgoing');
  });

  it("sets aside a colleague's reply that guesses with a code (\"yep classic 5.7.54 unable to relay ...\")", () => {
    const paste = 'a colleague replied "yep classic 5.7.54 unable to relay, the tenant doesn\'t accept the domain". The failed event: "event": "failed", "mx-host": "x-com.mail.protection.outlook.com", "code": 550, "message": "5.7.1 Service unavailable, Client host [159.135.228.10] blocked using Spamhaus."';
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });

  it("leaves out the bot's own earlier reply, copied with its time first (\"Wed 11:30  relaydenied APP: ...\"), and keeps the next message", () => {
    const paste = "Wed 11:30  relaydenied APP: That's a relay refusal. It can also be Mailgun's inbound MX (mxa.mailgun.org) with no Route, or a message Mailgun tried to deliver.\nThu 09:02  Amir: a photo of her monitor:\n    Delivery failed\n    550 5.7.1 Relaying denied";
    const d = diagnose(paste);
    expect([d.scenario, d.facts.host]).toEqual(['undetermined', null]);
    expect(diagnose(paste).facts.replyCode).toBe(550);
  });
});

describe('the region a domain was created in, said in words (review 131c)', () => {
  it('wins over the host the settings use, in French too, and the last said wins', () => {
    const paste = (said: string) => `${said} On utilise smtp.eu.mailgun.org.\nSMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password`;
    expect(diagnose(paste('Notre domaine mg.morel.example a été créé dans la région US.')).facts.region).toBe('us');
    expect(diagnose(paste('The domain was created in the US region first and then re-added in EU.')).facts.region).toBe('eu');
    // (routes made in a region's view, or a region the domain was not created in, say nothing of it)
    expect(diagnose(paste('They only created routes in the US account view.')).facts.region).toBe('eu');
    expect(diagnose(paste('It was not created in the US region.')).facts.region).toBe('eu');
  });
});

describe('a typed-out Route under a returned copy, and "whose side" asked in Spanish and German (review 131c)', () => {
  const ndr = "facturas@tiendaluna.example\nServidor remoto devolvió '550 5.7.1 Relaying denied'\n\nOriginal message headers:\nFrom: Admin <admin@papelera.example>\nTo: facturas@tiendaluna.example\nSubject: Factura\n\nLog: \"Remote server mxb.mailgun.org returned 550 5.7.1 Relaying denied\"\n\nLa ruta (copiada del panel):\nExpression Type: Match Recipient\nRecipient: facturas@pagos.tiendaluna.example\nActions: Forward → https://erp.tiendaluna.example/api/inbound\n";

  it('keeps the Route the control panel shows after the copy', () => {
    expect(diagnose(ndr).facts.routes).toEqual(['match_recipient("facturas@pagos.tiendaluna.example")']);
  });

  it('reads "¿El problema es nuestro o del proveedor?" and "bei uns oder beim Empfänger?" as asking whose side', () => {
    expect(diagnose(`${ndr}¿El problema es nuestro o del proveedor?`).facts.ownSideAsked).toBe(true);
    expect(diagnose('Ist das ein Problem bei uns oder beim Empfänger? 554 5.7.1 <a@b.example>: Relay access denied').facts.ownSideAsked).toBe(true);
    expect(diagnose(ndr).facts.ownSideAsked).toBe(false);
  });
});

describe("the account's region said beside the customer's name (review 131c)", () => {
  it('reads "cuenta US", "(…, US account, …)" and "compte EU", and not a pronoun ("send us account details")', () => {
    const refusal = '\n554 5.7.1 <a@b.example>: Relay access denied';
    expect(diagnose(`Cliente: Ibarra (cuenta US, dominio mg.ibarra.example).${refusal}`).facts.region).toBe('us');
    expect(diagnose(`Customer (Pinecrest, US account, mg.pinecrest.example): all bounce.${refusal}`).facts.region).toBe('us');
    expect(diagnose(`Ticket (client : Cabinet Marchetti, compte EU) :${refusal}`).facts.region).toBe('eu');
    expect(diagnose(`Please send us account details.${refusal}`).facts.region).toBeNull();
  });
});

describe('recipients named in other shapes (review 131a)', () => {
  it("reads the address above Exchange's French \"Le serveur distant ... a retourné\" and MailKit's Mailbox with a display name", () => {
    expect(diagnose("m.l@notaires.example\nLe serveur distant smtp.mailgun.org (34.160.45.12) a retourné '550 5.7.1 Relaying denied'").facts.recipient).toBe('m.l@notaires.example');
    expect(diagnose('MailKit.Net.Smtp.SmtpCommandException: Relaying denied\n  ErrorCode: RecipientNotAccepted\n  Mailbox: "Blue Harbor Finance" <finance@blueharbor.example>').facts.recipient).toBe('finance@blueharbor.example');
  });
});

describe('review round 132', () => {
  it("sets aside a colleague's reading of a code (\"5.7.1 = ..., i.e. relay denied\") and \"that's the relaying denied outgoing case\" beside the server's other error", () => {
    const event = '"delivery-status": {"mx-host": "mx01.kessel.example", "code": 554, "message": "5.7.1 <einkauf@kessel.example>: Recipient address rejected: Access denied"}, "event": "failed"';
    expect(diagnose(`${event}\n[14:22] Mei: "Recipient address rejected" + 5.7.1 = the server says it doesn't handle that address, i.e. relay denied, scenario C?`)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'policy' });
    const gmail = '"event": "failed", "delivery-status": {"mx-host": "gmail-smtp-in.l.google.com", "code": 550, "message": "5.7.1 Unauthenticated email is not accepted from this domain. - gsmtp"}';
    expect(diagnose(`${gmail}\nYuki: that's the relaying denied outgoing case from the docs\n@relaydenied which relaying denied case is this`)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'policy' });
  });

  it("blanks another customer's closed ticket pasted as an example between its header and a rule line", () => {
    const paste = "--- ticket #51233 (Quillfeather Press, closed) ---\n  delivery-status.mx-host: mail.brewster.example\n  delivery-status.message: 5.7.1 <ap@brewster.example>: Relay access denied\n---\n\nTheir own error:\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nhost: 'smtp.mailgun.org', port: 587, auth: undefined";
    expect(diagnose(paste).scenario).toBe('mailgun-outgoing');
  });
});

describe('a mailbox provider named first, as a note (review 132c)', () => {
  it('reads "(small law firm, Google Workspace for their mailboxes)" as mail not meant for Mailgun', () => {
    const paste = 'Customer Halden & Rye (small law firm, Google Workspace for their mailboxes). Bounce: Remote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\nFinal-Recipient: rfc822; s.rye@haldenrye.example';
    expect(diagnose(paste).evidence.map((e) => e.rule)).toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });
});

describe('review round 133: people\'s readings in other words and languages', () => {
  const blocked = '"event": "failed", "delivery-status": {"mx-host": "hotmail-com.olc.protection.outlook.com", "code": 550, "message": "5.7.1 Unfortunately, messages from [159.135.228.10] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150)."}';

  it('sets aside "è lo stesso problema del relaying denied?" and "Ils pensent que c\'est le relaying denied" beside the server\'s other error', () => {
    expect(diagnose(`${blocked}\nIl cliente chiede: è lo stesso problema del relaying denied?`)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
    expect(diagnose(`${blocked}\nIls pensent que c'est le relaying denied, il faut changer quoi ?`)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });

  it('sets aside a customer\'s quoted telling that the paste says is corrected by what the event "actually says"', () => {
    expect(diagnose(`customer: "Outlook.com users get relaying denied from us since yesterday". The failed event actually says: ${blocked}`)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });
});

describe('a question about the API key is no statement that it was used (review 133c)', () => {
  it('reads "Should I put the API key in the password field instead?" as asked, not done', () => {
    const paste = 'Odoo Test Connection: 535 5.7.0 Mailgun is not loving your login or password. Host smtp.mailgun.org. Customer: "Should I put the API key in the password field instead?"';
    expect(diagnose(paste).evidence.map((e) => e.rule)).not.toContain('The SMTP password is read from an API key');
    expect(diagnose('535 5.7.0 Mailgun is not loving your login or password. We put the API key in the password field.').evidence.map((e) => e.rule)).toContain('The SMTP password is read from an API key');
  });
});
