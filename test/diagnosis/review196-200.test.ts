/** Review rounds 196-200: message traces and mail program dialogs copied loosely, MTA logs in their own formats, senders' own limits, and people's words about their setup. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const rules = (text: string) => diagnose(text).evidence.map((e) => e.rule);

const M365_NDR = "Delivery has failed to these recipients or groups:\n\nl.fischer@gmx.de\nYour message couldn't be delivered.\n\nDiagnostic information for administrators:\n\nGenerating server: AM9PR04MB8412.eurprd04.prod.outlook.com\n\nl.fischer@gmx.de\nRemote server returned '550 5.7.1 Relaying denied'\n";

describe('round 196', () => {
  it.each([
    ['the reason without the braces round LED', 'LED=550 5.7.1 Relaying denied;{MSG=};{FQDN=smtp.mailgun.org};{IP=34.160.52.101};{LRT=}'],
    ['the trace\'s detail line', 'Event: Send external   Detail: Message failed to send to smtp.mailgun.org over connector "To Mailgun (mkt)"'],
  ])("reads which server refused from a Microsoft 365 message trace: %s (a196-06)", (_, trace) => {
    const d = diagnose(`${M365_NDR}\nMessage trace in the admin center shows for the same message:\n${trace}\n`);
    expect([d.scenario, d.facts.host]).toEqual(['mailgun-outgoing', 'smtp.mailgun.org']);
    // (the NDR alone does not say which server refused)
    expect(diagnose(M365_NDR).scenario).toBe('undetermined');
  });

  it("does not read the person's question above a record as the server's reply (c196-11)", () => {
    const record = "```\nFailed: hello@mg.trailmix.app → purchasing@contoso-logistics.com 'Your invoice'\nServer response: 550 5.7.1 Service unavailable, Client host [159.135.228.10] blocked using Spamhaus.\n```";
    const d = diagnose(`5.7.1 again. relaying denied? what do I change?\n${record}`);
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'blocked']);
  });

  it('sets aside what was pasted before "sorry, wrong log, this is the real one" (c196-07)', () => {
    const d = diagnose("```\nsmtplib.SMTPAuthenticationError: (535, b'5.7.0 Mailgun is not loving your login or password')\n```\nis the password wrong?\n\nsorry, wrong log, that one was from yesterday. this is the real one:\n```\nsmtplib.SMTPRecipientsRefused: {'ops@pagerhub.io': (550, b'5.7.1 Relaying denied')}\n```\n```python\ns = smtplib.SMTP(\"smtp.mailgun.org\", 587)\ns.starttls()\ns.sendmail(FROM, [to], msg.as_string())\n```");
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).not.toBe(true);
    // (the question stays)
    expect(d.evidence.map((e) => e.rule)).toContain('The paste asks whether the password is wrong');
  });

  it.each(['Ist unser SMTP-Passwort falsch??', 'a senha do smtp tá errada?', '¿la contraseña está mal?', 'le mot de passe est faux ?', 'パスワード間違ってる？'])(
    'hears the question whether the password is wrong: %s (c196-04, 08, 18)',
    (question) => {
      expect(rules(`550 5.7.1 Relaying denied\n${question}`)).toContain('The paste asks whether the password is wrong');
    },
  );

  it.each(['where do I set up routes?', 'ルートはどこで設定するの？', 'Wo richte ich die Route ein?', '¿Dónde configuro las rutas?', 'onde eu configuro as rotas?'])(
    'hears where Routes are set up asked: %s (c196-09)',
    (question) => {
      expect(rules(`550 5.7.1 Relaying denied from mxa.mailgun.org\n${question}`)).toContain('The paste asks where Routes are set up');
    },
  );

  it("reads the SMTP password given to the API as its key (c196-14)", () => {
    const d = diagnose('$ curl -s --user "api:$MG_SMTP_PASS" https://api.mailgun.net/v3/mg.quillpad.dev/messages -F to=a@b.example\nForbidden\n401\nis the password wrong? SMTP works with the same password');
    expect(d.kind).toBe('api-auth');
    expect(d.evidence.map((e) => e.rule)).toContain('The paste says the SMTP password was put in as the API key');
  });

  it('reads "I rotated it yesterday" after the question about the password (c196-05)', () => {
    const d = diagnose('Failed to authenticate on SMTP server: Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".\nis the password wrong? I rotated it yesterday');
    expect(d.evidence.map((e) => e.rule)).toContain('The SMTP password was changed just before');
  });

  it.each([
    ['getting `550 5.7.1 Relaying denied` on some mails. what do I set?', 'The paste says only some recipients were refused'],
    ['553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1) from mail.x.example\nfix? they say their mailbox works fine and they get mail from everyone else', 'The paste says the recipient gets mail from others'],
  ])('hears what the person says of the mail that works: %s (c196-06, 15)', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    ['an API answering 429 is no receiving server', 'POST https://api.eu.mailgun.net/v3/mg.x.eu/messages -> 429 Too Many Requests\nbody: {"message":"Too many requests: rate limit exceeded"}', 'rate limiting by the HTTP API'],
    ["Microsoft 365's 5.7.139 is SMTP login switched off", 'The server response was: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\nHost: smtp.office365.com:587 (wire reply 535 5.7.139)', 'switched off for the tenant'],
  ])('summarises in one line: %s (b196-33, 34)', (_, text, words) => {
    expect(diagnose(text).summary).toContain(words);
  });
});

describe('round 197', () => {
  it.each([
    ['French', "Objet 'Compte rendu', Compte : 'Asso', Serveur : 'mail.asso.example',\n   Protocole : SMTP, Réponse du serveur : '550 5.7.1 Relaying denied', Port : 25,\n   Sécurisé (SSL) : Non, Erreur du serveur : 550, Numéro d'erreur : 0x800CCC79"],
    ['English', "Subject 'Minutes', Account: 'Asso', Server: 'mail.asso.example', Protocol: SMTP, Server Response: '550 5.7.1 Relaying denied', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79"],
  ])("reads the outgoing server of Outlook's send error dialog (%s, a197-25)", (_, dialog) => {
    const d = diagnose(`The volunteer gets this in Outlook:\n${dialog}\n`);
    expect([d.scenario, d.facts.source, d.facts.host, d.facts.senderRelay]).toEqual(['undetermined', 'mail-client', 'mail.asso.example', 'mail.asso.example']);
  });

  it('reads "nobody knows whether it was mail to her or from her" in Norwegian as the direction unknown (b197-33)', () => {
    const d = diagnose('550 5.7.1 Relaying denied — nina@fjord.example\nDe sender og mottar begge veier via Mailgun (routes til Zendesk). Ingen vet om feilen kom da noen skrev TIL Nina eller da systemet sendte noe FRA henne.');
    expect(d.scenario).toBe('undetermined');
  });

  it.each([
    ["works on pushes to main, but fails on PRs from contributors' forks", "The failing runs are GitHub Actions runs from forks' pull requests"],
    ['We just launched per-customer addresses like acme-7731@in.ticketbird.example and those bounce', 'The paste says many addresses are meant to receive (one per customer or ticket)'],
    ['Is this our ingress / webhook endpoint rejecting it?', 'The paste asks whether its own endpoint or ingress refused the mail'],
    ['Is there something in our Django EMAIL_* settings I need to change?', 'The paste asks whether the sending settings need a change'],
    ["I edited the .env directly on the server over ssh (didn't redeploy)", 'The .env was edited after the configuration was cached'],
    ['Hei, kunden spør: er passordet feil?', 'The paste asks whether the password is wrong'],
  ])('hears: %s', (words, rule) => {
    expect(rules(`550 5.7.1 Relaying denied\n${words}`)).toContain(rule);
  });

  it('does not read "every other recipient is fine" as this address confirmed (c197-11)', () => {
    expect(diagnose('554 5.7.1 <jane@partner.example>: Relay access denied from mail.partner.example\nevery other recipient is fine.').facts.addressConfirmed).toBe(false);
    expect(diagnose('554 5.7.1 <jane@partner.example>: Relay access denied from mail.partner.example\nthe recipient is fine, we checked.').facts.addressConfirmed).toBe(true);
  });

  it('tells Gitea from its Helm chart apart from a plain Gitea (c197-07)', () => {
    const log = 'gomail: could not send email 1: failed to send mail: 550 5.7.1 Relaying denied';
    expect(diagnose(`Gitea 1.21 on k8s (helm chart):\n[mailer]\nSMTP_ADDR = smtp.mailgun.org\nUSER =\n${log}`).facts.client).toBe('gitea-helm');
    expect(diagnose(`[mailer]\nSMTP_ADDR = smtp.mailgun.org\nUSER =\n${log}`).facts.client).toBe('gitea');
  });
});

describe('round 198', () => {
  it("reads Postfix's bounce line wrapped after the reply code as one refusal, whatever time words stand above (b198-11)", () => {
    const d = diagnose("We moved the webhook behind the new ingress last night. Since the deploy, partners get this bounce:\n\nThis is the mail system at host mx1.partner.example.\n\n<drop-c1187@in.parcel.example>: host mxa.mailgun.org[34.111.92.4] said: 550\n    5.7.1 Relaying denied (in reply to RCPT TO command)\n");
    expect([d.scenario, d.facts.replyCode, d.facts.host, d.facts.recipient]).toEqual(['mailgun-incoming', 550, 'mxa.mailgun.org', 'drop-c1187@in.parcel.example']);
  });

  it("reads Microsoft 365's submission quota as a sending limit (b198-33)", () => {
    const d = diagnose("Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Message submission quota was exceeded.[EndDiagnosticData]'");
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'rate-limit']);
    expect(d.summary).toContain('sending quota');
  });

  it('does not read a person\'s question about "access denied" as a policy refusal (b198-36)', () => {
    const d = diagnose('ingress log: "POST /mailgun/inbound HTTP/1.1" 403 146 "-" "mailgun/treq-16.12.0"\nthe route shows the forward as failed with "403 Forbidden". Is this the "access denied" thing from the docs?');
    expect(d.kind).not.toBe('policy');
  });

  it("reads the Spanish Outlook dialog's labels on lines of their own (b198-26)", () => {
    const d = diagnose("El servidor rechazó uno o varios destinatarios. La respuesta del servidor fue: 550 5.7.1 Unable to relay\n\nCuenta: conta@despacho.example\nServidor: mail.despacho.example\nProtocolo: SMTP\nPuerto: 25\nNúmero de error: 0x800CCC79\nDestinatario rechazado: 'facturas@proveedora.example'");
    expect([d.facts.host, d.facts.senderRelay, d.facts.recipient]).toEqual(['mail.despacho.example', 'mail.despacho.example', 'facturas@proveedora.example']);
  });

  it('reads "Remote-Server:" of a German Outlook NDR (c198-02)', () => {
    expect(diagnose("kundenservice@x.example\nRemote-Server hat '550 5.7.1 Relaying denied' zurückgegeben\nRemote-Server: mxb.eu.mailgun.org").facts.host).toBe('mxb.eu.mailgun.org');
  });

  it('reads "we use Mailgun both to receive and to send" in Swedish as the direction unknown (c198-13)', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nVi använder Mailgun både för att ta emot mejl (routes) och för att skicka svar.').scenario).toBe('undetermined');
  });

  it.each([
    ['Onze IT-partner zegt dat we de MX-records moeten veranderen naar iets anders. Klopt dat?', 'The paste asks whether the MX records (DNS) need a change'],
    ['We gebruiken Mailgun om inkomende facturen naar onze boekhoudsoftware te parsen (webhook).', "The paste says the domain's incoming mail is parsed through Mailgun (a webhook)"],
    ['Did our webhook refuse it? it returns 406', 'The paste asks whether its own endpoint or ingress refused the mail'],
    ['Do I need a separate route for outgoing mail too?', 'The paste asks whether a Route is the cause or the fix'],
    ['Onze Mailgun route stuurt alles van info@x.example door (forward) naar ons oude adres', "The paste says the person's own Route forwards the mail on"],
    ['Vår Mailgun-route vidarebefordrar allt för support@x.example till några av våra handläggare.', "The paste says the person's own Route forwards the mail on"],
  ])('hears: %s', (words, rule) => {
    expect(rules(`550 5.7.1 Relaying denied from mxa.eu.mailgun.org\n${words}`)).toContain(rule);
  });
});

describe('round 199', () => {
  it("reads qmail-send's log, its reply written with underscores (b199-08)", () => {
    const d = diagnose('@400000006690c2a91f3b6c14 starting delivery 88213: msg 4471902 to remote linda@orange.example\n@400000006690c2aa0a5c0d3c delivery 88213: failure: 34.160.44.21_does_not_like_recipient./Remote_host_said:_550_5.7.1_Relaying_denied/Giving_up_on_34.160.44.21./\nsmtproutes: :smtp.mailgun.org:587');
    expect([d.facts.replyCode, d.facts.enhancedCode, d.facts.recipient]).toEqual([550, '5.7.1', 'linda@orange.example']);
    expect(d.scenario).not.toBe('not-relaying-denied');
  });

  it("reads Google's daily sending limit as the sender's rate limit (b199-30)", () => {
    const d = diagnose('550 5.4.5 Daily user sending limit exceeded. For more information on Gmail\n5.4.5 sending limits go to\n5.4.5  https://support.google.com/a/answer/166852');
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'rate-limit']);
    expect(d.summary).toContain('daily sending limit');
  });

  it("reads the recipient in Thunderbird's Polish dialog, in „…” quotes (b199-03)", () => {
    expect(diagnose('Wysyłanie wiadomości nie powiodło się.\nSerwer poczty wychodzącej (SMTP) zgłosił błąd: 550 5.7.1 Relaying denied. Proszę sprawdzić adres e-mail odbiorcy „zamowienia@hurtownia.example” i spróbować ponownie.').facts.recipient).toBe('zamowienia@hurtownia.example');
  });

  it.each([
    ['Heeft onze webhook dit geweigerd? Onze server gaf gewoon een 200 terug.', 'The paste asks whether its own endpoint or ingress refused the mail'],
    ['Wat moet ik de klant vertellen?', 'The paste asks what to tell the customer'],
  ])('hears: %s', (words, rule) => {
    expect(rules(`550 5.7.1 Relaying denied\n${words}`)).toContain(rule);
  });
});

describe('round 200', () => {
  it('reads a device log\'s "Server: host:port" over the "Response:" it got as the sender\'s own server (a200-26)', () => {
    const d = diagnose('14/05/2024 08:55:12 SMTP send failed\nServer: exch01.plant.local:25\nResponse: 550 5.7.1 Unable to relay\nRecipient: shipping@partner.example');
    expect([d.facts.host, d.facts.senderRelay]).toEqual(['exch01.plant.local', 'exch01.plant.local']);
  });

  it.each([
    ['550 5.4.5 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits', 'daily sending limit'],
    ["Remote Server returned '550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients.'", 'sending quota'],
  ])("reads the sender's own provider's daily limits as a rate limit: %s (b200-29, 34)", (line, words) => {
    const d = diagnose(line);
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'rate-limit']);
    expect(d.summary).toContain(words);
  });

  it("reads Thunderbird's Czech dialog and Outlook's Italian account settings as a mail program's error (b200-03, 04)", () => {
    const czech = diagnose('Odeslání zprávy selhalo.\nPři odesílání pošty nastala chyba. Poštovní server odpověděl:\n550 5.7.1 Relaying denied.\nZkontrolujte prosím příjemce zprávy „jana@seznam.example“ a zkuste to znovu.\nNázev serveru: smtp.mailgun.org');
    expect([czech.scenario, czech.facts.source, czech.facts.recipient]).toEqual(['mailgun-outgoing', 'mail-client', 'jana@seznam.example']);
    const italian = diagnose("Ogni mail verso l'esterno torna indietro: 550 5.7.1 Relaying denied\nNelle impostazioni dell'account c'è: server posta in uscita smtp.mailgun.org, porta 2525");
    expect([italian.scenario, italian.facts.source]).toEqual(['mailgun-outgoing', 'mail-client']);
  });

  it("reads qmail's smtproutes default route as the server the MTA sends through (b200-01)", () => {
    const d = diagnose('smtproutes is:\n\n  :smtp.mailgun.org:587\n\n2024-05-14 09:41:02.118431500 starting delivery 88231: msg 1835271 to remote j@gmail.example\n2024-05-14 09:41:02.903112500 delivery 88231: failure: 34.160.12.5_does_not_like_recipient./Remote_host_said:_550_5.7.1_Relaying_denied/Giving_up_on_34.160.12.5./');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('reads the mx host named in words (b200-17)', () => {
    expect(diagnose('Server response: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n\nmx host in the log details is oldagency-com.mail.protection.outlook.com.').facts.host).toBe('oldagency-com.mail.protection.outlook.com');
  });

  it('does not count an address said to arrive fine as refused alike (c200-09)', () => {
    const d = diagnose("Customer says mail to sales@help.x.example arrives fine but anything to support@help.x.example bounces.\nsupport@help.x.example\nRemote server returned '550 5.7.1 Relaying denied'\nRemote-MTA: dns;mxb.eu.mailgun.org");
    expect(d.facts.refusedAtDomain).toBe(1);
  });
});
