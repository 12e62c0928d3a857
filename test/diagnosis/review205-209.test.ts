/** Review rounds 205-209: mail programs in other languages, go-spew dumps, history lists and threads with an earlier error, and the questions asked about them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { normalize } from '../../src/diagnosis/normalize.js';

const rules = (text: string) => diagnose(text).evidence.map((e) => e.rule);

describe('mail programs', () => {
  it('reads Thunderbird\'s Japanese "認証方式: 認証なし" as no login, and its recipient (a205-06)', () => {
    const paste = 'メッセージの送信に失敗しました。\nメールサーバーの応答:\n5.7.1 Relaying denied.\nメッセージの受信者 "sato.k@yamada.example.jp" を確認して再度送信してください。\n\nサーバー名: smtp.mailgun.org\n認証方式: 認証なし';
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts).toMatchObject({ authAttempted: false, recipient: 'sato.k@yamada.example.jp', source: 'mail-client' });
  });

  it('takes an account screen\'s "Email Address:" for the sender\'s own, not the refused recipient (a205-01)', () => {
    const paste = "The following recipient(s) cannot be reached:\n      'Dana W' on 3/14/2025 9:42 AM\n            Server error: '550 5.7.1 Relaying denied'\n\nYour Name: Billing\nEmail Address: billing@mg.parts.example\nAccount Type: IMAP\nOutgoing mail server (SMTP): smtp.mailgun.org\n\nrecipient was dana@harbor.example btw";
    expect(diagnose(paste).facts).toMatchObject({ recipient: 'dana@harbor.example', recipients: ['dana@harbor.example'] });
  });

  it('reads a settings line "Server posta in uscita: x" as no error of a mail program: a bounce beside it is one (a205-11)', () => {
    const bounce = "This is the mail system at host smtp.isp.example.\n\n<preventivi@mg.shop.example>: host mxa.eu.mailgun.org[185.250.239.21]\n    said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\n\nImpostazioni Thunderbird: Server posta in uscita: smtps.isp.example, porta 465, SSL/TLS";
    expect(diagnose(bounce).scenario).toBe('mailgun-incoming');
  });

  it.each([
    ['Italian', 'Invio del messaggio non riuscito.'],
    ['German', 'Senden der Nachricht fehlgeschlagen.'],
    ['French', "L'envoi du message a échoué."],
  ])('hears Thunderbird\'s "sending of the message failed" in %s', (_, words) => {
    expect(diagnose(`${words}\nIl server ha risposto: 550 5.7.1 Relaying denied`).facts.source).toBe('mail-client');
  });

  it('names a mail program\'s own outgoing server, set in Italian, as the one that refused (a205-27)', () => {
    const paste = "Invio del messaggio non riuscito.\nIl server di posta ha risposto:\n5.7.1 <giulia@libero.example>: Relay access denied.\n\nServer posta in uscita (SMTP): mail.pizzeria.example, porta 25, nessuna autenticazione";
    expect(diagnose(paste).facts).toMatchObject({ host: 'mail.pizzeria.example', hostRole: 'other' });
  });
});

describe('self-hosted apps and their logs', () => {
  it('reads a go-spew dump of a failed event: its MxHost, and no quoted-printable in "(len=20)" (b205-21)', () => {
    const dump = ' Recipient: (string) (len=16) "cfo@holdings.example",\n RecipientDomain: (string) (len=20) "holdings.example",\n Severity: (string) (len=9) "permanent",\n Event: (string) (len=6) "failed",\n DeliveryStatus: (events.DeliveryStatus) {\n  Code: (int) 550,\n  Message: (string) (len=65) "5.7.1 <cfo@holdings.example>... Relaying denied. IP name lookup failed",\n  MxHost: (string) (len=24) "mail.holdings.example",\n  Tls: (*bool)(0xc00001a9f8)(true)\n }';
    expect(normalize(dump).text).toContain('(len=65)');
    expect(diagnose(dump)).toMatchObject({ scenario: 'recipient-host', facts: { host: 'mail.holdings.example', replyCode: 550 } });
  });

  it.each([
    ["Discourse's Env table, `to_address<TAB>a@b` (b205-06)", 'Job exception: 550 5.7.1 Relaying denied\n\nEnv\njob\tJobs::UserEmail\nto_address\tmarta@mail.example', 'marta@mail.example'],
    ['"the user trying to register was a@b" (b205-02)', 'SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\nthe user trying to register was priya@mail.example. Someone flipped auth to false', 'priya@mail.example'],
    ['Portuguese "O teste foi enviado para o meu e-mail: a@b" (b205-03)', 'Erro: 550 5.7.1 Relaying denied\n\nO teste foi enviado para o meu e-mail: rafael@casa.example. Alguém sabe?', 'rafael@casa.example'],
  ])('finds the recipient in %s', (_, paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it('reads "relay denied by the cluster" beside a connection timeout as the person\'s figure, not a refusal (b205-36)', () => {
    const paste = 'Failed to send email: Connection could not be established with host "smtp.eu.mailgun.org:587": Unable to connect (Connection timed out)\n\negress NetworkPolicy only allows 443 and 53. relay denied by the cluster, basically';
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
  });

  it('a Logs row\'s "Failed: ... \'... blocked using zen.spamhaus.org\'" over its bare code line is a block-list refusal (r201b-31)', () => {
    const row = "Failed: mg.ledger.example → kathryn@cobalt.example 'Service unavailable; Client host [159.135.228.10] blocked using zen.spamhaus.org'\nServer response: 550 5.7.1\nMX host: mx.cobalt.example";
    expect(diagnose(row)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });
});

describe('the current error of a story', () => {
  it('takes the later time word of a line: "ok update ... like you said yesterday and now it fails" is now (c205-01)', () => {
    const paste = 'ok update. we turned on SMTP auth like you said yesterday and now it fails differently?? latest from the app log:\n\n2024-05-14 09:12:44 SMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password\n\n> ---- earlier in this ticket (May 13) ----\n> 2024-05-13 17:02:10 SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied';
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure', facts: { replyCode: 535 } });
  });

  it('sets aside last week\'s refusal that works since ("seitdem gehen die meisten Mails raus") for today\'s (r202c-15)', () => {
    const paste = 'letzte Woche kam noch "550 5.7.1 Relaying denied" von smtp.eu.mailgun.org.\nWir haben den Login gesetzt, seitdem gehen die meisten Mails raus. Nur eine hängt jetzt im Mailgun-Log:\n\nevent: failed\nrecipient: einkauf@stadtwerke.example\ndelivery-status: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\nmx-host: stadtwerke-example.mail.protection.outlook.com';
    expect(diagnose(paste)).toMatchObject({ scenario: 'recipient-host', facts: { enhancedCode: '5.7.54' } });
  });

  it('reads the host of a Portuguese timeout ("Erro: ... ao conectar a smtp.eu.mailgun.org:25") for the 550 after the port change (c205-08)', () => {
    const paste = 'Oi pessoal, primeiro o sistema dava isso:\n\nErro: Tempo esgotado ao conectar a smtp.eu.mailgun.org:25 (Connection timed out)\n\nMudamos para a porta 587. Agora conecta, mas cada envio volta com:\n\nFalha ao enviar e-mail: 550 5.7.1 Relaying denied';
    expect(diagnose(paste)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { host: 'smtp.eu.mailgun.org', region: 'eu' } });
  });

  it('sets aside a FAQ quoted under its label, beside the real error (c205-04)', () => {
    const paste = "FAQ (from our internal wiki):\n> Relaying Denied on incoming mail: the sender's server connects to Mailgun's MX and issues RCPT TO.\n\nOur log:\nMay 14 10:31:07 app-02 postfix/smtp[22817]: 4Vd2: to=<orders@bright.example>, relay=smtp.mailgun.org[34.160.63.108]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.63.108] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))";
    const evidence = diagnose(paste).evidence.map((e) => e.excerpt).join('\n');
    expect(evidence).not.toContain('sender\'s server connects');
    expect(evidence).toContain('said: 550 5.7.1 Relaying denied');
  });
});

describe('questions asked', () => {
  it.each([
    ['why only this one address', 'Everything delivers except one address. Why only this one??', 'The paste asks why only this address is refused'],
    ['Portuguese "Por que só esse endereço?"', 'Mas pra vendas@x funciona normal! Por que só esse endereço?', 'The paste asks why only this address is refused'],
    ['why only from this one server', 'the other two are fine. Why only from this one server?', 'The paste asks why only this server is refused'],
    ['a customer who does not get the company\'s mail', 'Still not getting your emails. Our IT guy says the error is 550 5.7.1 Relaying denied.', "The recipient says the company's mail does not arrive"],
    ['Routes checked for an outgoing refusal', 'what else should I check in routes?', 'The paste asks whether a Route is the cause or the fix'],
  ])('hears %s', (_, words, rule) => {
    expect(rules(`${words}\n550 5.7.1 Relaying denied`)).toContain(rule);
  });
});

describe('left from earlier rounds', () => {
  it('names a device\'s "Servidor SMTP:" as the server that refused it (r204a-25)', () => {
    const paste = 'Servidor SMTP:    mail.gestoria.example\nPuerto SMTP:      25\nUsuario:\nDestinatario:     it@soporte.example\n\nMar 12 10:31:09 RUT955 user.err mail: Error al enviar: 554 5.7.1 <it@soporte.example>: Relay access denied';
    expect(diagnose(paste).facts).toMatchObject({ host: 'mail.gestoria.example', hostRole: 'other' });
  });

  it("names Mailgun's SMTP host of a sandbox's 421 from the line its story set aside (r204c-12)", () => {
    const paste = 'Update: gestern hatten wir noch "550 5.7.1 Relaying denied" von smtp.mailgun.org. Jetzt habe ich die SMTP-Anmeldung eingetragen. Jetzt kommt:\n\n(Error: Expected response code "250" but got code "421", with message "421 Domain sandbox3f9a.mailgun.org is not allowed to send: Free accounts are for test purposes only.")';
    expect(diagnose(paste)).toMatchObject({ kind: 'sandbox', facts: { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' } });
  });

  it.each([
    ['"Invalid address in log line erboven: a@b" (r202a-04)', 'SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\nInvalid address in log line erboven: klant@veen.example', 'klant@veen.example'],
    ['Spanish "el correo que enviaste a a@b no ha salido" (r203a-27)', 'Marta, el correo que enviaste a logistica@ebro.example no ha salido. Al enviar da el error\n"550 5.7.1 Relaying denied"', 'logistica@ebro.example'],
  ])('finds the recipient in %s', (_, paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it('keeps an earlier error under its "Earlier (May 2):" label out of the other errors (r205c-18)', () => {
    const paste = readFileSync(new URL('../fixtures/pastes205c/r205c-18.txt', import.meta.url), 'utf8');
    expect(paste).toContain('552 5.2.2 Mailbox full');
    expect(diagnose(paste).facts.otherErrors).toEqual([]);
  });
});


describe('round 206', () => {
  it.each([
    ['GMX\'s quoted failed address, `"a@b":` under "The following address failed:" (r206a-15)', 'The following address\nfailed:\n\n"returns@berg.example":\nSMTP error from remote server for RCPT TO command, host: mxa.mailgun.org (34.198.117.89) reason: 550 5.7.1 Relaying denied', 'returns@berg.example'],
    ['Outlook\'s German "Die zurückgewiesene E-Mail-Adresse lautete" (r206b-01)', 'Die zurückgewiesene E-Mail-Adresse lautete "m.schulz@web.example". Betreff "X",\nServerantwort: "550 5.7.1 Relaying denied", Port: 587', 'm.schulz@web.example'],
    ['Thunderbird\'s Portuguese "Verifique o destinatário" (r206b-09)', 'O servidor de e-mail respondeu: Relaying denied.\nVerifique o destinatário "fernanda@uol.example" e tente novamente.', 'fernanda@uol.example'],
  ])('finds the recipient in %s', (_, paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it("takes eM Client's account field for the sender's own: no recipient shown (r206b-13)", () => {
    const paste = 'Accounts > sales@mg.tours.example > Outgoing server\n  Email address: sales@mg.tours.example\n  Host: smtp.mailgun.org\n  [ ] Outgoing server requires authentication\n\nOperations log:\n  Sending message "X" failed.\n  Server response: 550 5.7.1 Relaying denied';
    expect(diagnose(paste).facts.recipient).toBeNull();
  });

  it('hears "送信も受信(Routes)も" (both ways through Mailgun): a bare refusal stays undetermined (r206b-04)', () => {
    const paste = '「メールを送ると毎回エラーになります。エラーは\n550 5.7.1 Relaying denied\nです。」\nMailgunのアカウントは送信も受信(Routes)も使っているお客様です。';
    expect(diagnose(paste).scenario).toBe('undetermined');
  });

  it("reads mailgun-go's dumped UnexpectedResponseError, `Actual: (int) 401`, as the API refusing the key (r206b-25)", () => {
    const dump = '(*mailgun.UnexpectedResponseError)(0xc000482f30)({\n Expected: ([]int) (len=1 cap=1) {\n  (int) 200\n },\n Actual: (int) 401,\n URL: (string) (len=57) "https://api.eu.mailgun.net/v3/mg.rad.example/messages",\n})';
    expect(diagnose(dump)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'api-auth' });
  });

  it('sets aside a history item said fixed ("- Last week: ... 535 ... We fixed that on Thursday"): no login is read into today\'s bare refusal (r206b-12)', () => {
    const paste = '- Last week: they had a bunch of 535 errors from smtp.mailgun.org after someone regenerated the SMTP password. We fixed that on Thursday, confirmed sends working since then.\n- Yesterday: the office manager forwarded us this:\n\n> Delivery failed\n> 550 5.7.1 Relaying denied';
    expect(diagnose(paste).facts.authAttempted).not.toBe(true);
  });

  it.each([
    ['a 535 now, "vorige keer:" over the old relay refusal (r206c-10)', 'Nu dit, na een wachtwoord-reset:\n\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')\n\nhost: smtp.mailgun.org:587\n\nvorige keer:\n> smtplib.SMTPRecipientsRefused: {\'klant@tulpen.example\': (550, b\'5.7.1 Relaying denied\')}', 'auth-failure'],
    ['an older 535 kept "pra comparar" under today\'s relay refusal (r206c-02)', "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\ntransport deles: host smtp.eu.mailgun.org, port 587\n\nerro do mês passado, pra comparar:\n> Error: Invalid login: 535 5.7.0 Mailgun is not loving your login or password", null],
  ])('diagnoses the current error of %s', (_, paste, kind) => {
    const diagnosis = diagnose(paste);
    expect(diagnosis.kind).toBe(kind);
    expect(diagnosis.evidence.map((e) => e.rule)).toContain(kind === null ? 'An earlier refused login (535), set aside for the current error' : 'An earlier relay refusal, set aside for the current error');
  });
});

describe('round 207: history lists and threads with a fixed error above the current one', () => {
  it.each([
    ['an item fixed with a check mark whose cause is worded negatively (r207b-13)', '- Apr 2: "550 5.7.1 Relaying denied" from smtp.mailgun.org → their app wasn\'t sending AUTH, fixed ✅\n- today: this failed event\n\nFailed: newsletter@mg.coffee.example → jen@cable.example\nServer response: 550 5.7.1 Service unavailable; Client host [159.135.228.14] blocked using zen.spamhaus.org\nmx-host: mx1.cable.example', 'blocked'],
    ['a German item "behoben ✅" above an API\'s 401 (r207b-31)', "- Letzte Woche: \"550 5.7.1 Relaying denied\" von smtp.eu.mailgun.org → Kunde hat SMTP-Login eingetragen, behoben ✅\n- Heute: API-Aufruf schlägt fehl\n\n$ curl -s --user 'api:key-x' https://api.eu.mailgun.net/v3/mg.sonne.example/messages\nForbidden\n\nHTTP-Status 401.", 'api-auth'],
    ['a Dutch item "opgelost ✅" above a full mailbox (r207b-28)', '- Ma 3 juni: Relaying denied van smtp.eu.mailgun.org → SMTP-auth aangezet, opgelost ✅\n- Vandaag:\n\nFailed: nieuws@mg.zorg.example → h.bakker@ziggo.example\ndelivery-status: 552 5.2.2 <h.bakker@ziggo.example>: Recipient address rejected: Mailbox full\nmx-host: mx.ziggo.example', 'mailbox-full'],
    ['"two weeks ago ... They ticked it, mail started flowing." above a block-list refusal, asked with its code (r207c-13)', 'Two weeks ago the plugin showed "SMTP Error: The following recipients failed: buyer@fab.example: 550 5.7.1 Relaying denied" against smtp.mailgun.org. They ticked it, mail started flowing.\n\nNow this in the Mailgun logs:\n\nFailed (permanent) buyer@fab.example\nmx-host: fab-example.mail.protection.outlook.com\n550 5.7.1 Service unavailable, Client host [159.135.228.10] blocked using Spamhaus.\n\nSame 5.7.1 — is this the same relaying problem coming back?', 'blocked'],
    ['a switch to the API "omdat ze steeds ... kregen", then a 401 (r207c-18)', "Klant is van SMTP naar de API overgestapt omdat ze steeds \"550 5.7.1 Relaying denied\" kregen van smtp.mailgun.org. Nu krijgen ze bij elke call:\n\n$ curl -s --user 'api:key-x' https://api.mailgun.net/v3/mg.fiets.example/messages\nForbidden\nHTTP/1.1 401 Unauthorized", 'api-auth'],
  ])('diagnoses the current error under %s', (_, paste, kind) => {
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind });
  });

  it('sets aside last month\'s relay refusal that "resolvemos criando a rota" for today\'s other address (r207b-11)', () => {
    const paste = 'O do mês passado era esse aqui, que resolvemos criando a rota:\n\n"550 5.7.1 Relaying denied" - host mxa.mailgun.org, para vendas@loja.example\n\nAgora um fornecedor mandou print deste retorno do Gmail:\n\nHouve um problema ao entregar sua mensagem a financeiro@loja.example.\n550 5.7.1 Relaying denied\nrejeitada pelo servidor do domínio loja.example por mxa.mailgun.org.';
    expect(diagnose(paste).facts.recipient).toBe('financeiro@loja.example');
  });

  it.each([
    ["Outlook's Spanish send error's \"Servidor: 'x'\" (r207a-22)", "Error de envío: 'El servidor respondió: 554 5.7.1 <p@hotmail.example>: Relay access denied'\nServidor: 'smtp.ionos.example'", { host: 'smtp.ionos.example', hostRole: 'other' }],
    ['a logs row\'s "Failed (permanent): a@b" (r207c-07)', '2) Mar 13 16:05 — Failed (permanent): ops@partners.example\n   mx-host: partners-example.mail.protection.outlook.com\n   550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', { recipient: 'ops@partners.example' }],
  ])('reads %s', (_, paste, facts) => {
    expect(diagnose(paste).facts).toMatchObject(facts);
  });

  it.each([
    ['"Is het hetzelfde probleem of iets nieuws?"', 'Is het hetzelfde probleem of iets nieuws?'],
    ['"Ist das wieder dasselbe Relaying-Problem?"', 'Ist das wieder dasselbe Relaying-Problem?'],
    ['"¿Es el mismo problema o uno nuevo?"', '¿Es el mismo problema o uno nuevo?'],
    ['"is this the same relaying problem coming back?"', 'is this the same relaying problem coming back?'],
  ])('hears %s', (_, question) => {
    expect(rules(`${question}\n550 5.7.1 Relaying denied`)).toContain('The paste asks whether this is the same error as before');
  });

  it.each([
    ['"Müssen wir DNS oder Routes anfassen?"', 'Müssen wir DNS oder Routes anfassen?', 'The paste asks whether a Route is the cause or the fix'],
    ['"A correção funcionou?"', 'A correção funcionou?', 'The paste asks whether the new error is progress'],
  ])('hears %s', (_, question, rule) => {
    expect(rules(`${question}\n550 5.7.1 Relaying denied`)).toContain(rule);
  });
});

describe('round 208', () => {
  it.each([
    ['German "Authentifizierung steht laut Kunde auf "Keine"" (r208a-08)', 'Der Sendeconnector zeigt auf smtp.eu.mailgun.org:587, Authentifizierung steht laut Kunde auf "Keine".\n550 5.7.1 Relaying denied'],
    ['"Authentication in the account is set to "Geen"" (r208b-07)', 'WROTE: RCPT TO:<p@bakkerij.example>\nREAD: 550 5.7.1 Relaying denied\n\nAuthentication in the account is set to "Geen".'],
  ])('reads no login in %s', (_, paste) => {
    expect(diagnose(paste).facts.authAttempted).toBe(false);
  });

  it.each([
    ['Polish "Nie można dostarczyć wiadomości do: a@b" (r208a-26)', 'Nie można dostarczyć wiadomości do: biuro@transpol.example\n554 5.7.1 Relay access denied', 'biuro@transpol.example'],
    ['"cannot deliver to: a@b"', 'cannot deliver to: biuro@transpol.example\n554 5.7.1 Relay access denied', 'biuro@transpol.example'],
  ])('finds the recipient in %s', (_, paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it('keeps a Go program\'s SMTP refusal outgoing beside its "via api fallback" (r208b-08)', () => {
    const paste = '\tc, err := smtp.Dial("smtp.mailgun.org:2525")\n\t// if err := c.Auth(auth); err != nil {   <- commented out\n\nlogs:\n2024/07/19 11:02:41 rcpt reports@quarry.example: 550 5.7.1 Relaying denied\n2024/07/19 11:17:03 mail sent to hr@quarry.example via api fallback (id <2024.1.ABCD@mg.quarry.example>)';
    expect(diagnose(paste).scenario).toBe('mailgun-outgoing');
  });

  it('hears "they use both SMTP and inbound routes": a bare refusal stays undetermined (r208b-23)', () => {
    expect(diagnose('"we\'re getting 550 5.7.1 Relaying denied since this morning."\n\nno logs, no host. they use both SMTP and inbound routes.').scenario).toBe('undetermined');
  });

  it('reads Outlook\'s 0x800CCC0F as a broken connection, and "they call it "el relay rechazado"" as a name (r208b-31)', () => {
    const paste = 'They call it "el relay rechazado":\n\nTarea \'smtp.mailgun.org - Enviando\' informó del error (0x800CCC0F): \'Se interrumpió inesperadamente la conexión con el servidor.\'\nServidor: \'smtp.mailgun.org\'\nPuerto: 25';
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
  });

  it('sets aside "Tuesday\'s bounce was this, we fixed it ..." wrapped over two lines for today\'s (r208b-14)', () => {
    const paste = "Tuesday's bounce was this, we fixed it by adding a route for sales@:\n\n  <sales@kiln.example>: host mxa.mailgun.org[34.111.4.201] said: 550 5.7.1\n      Relaying denied (in reply to RCPT TO command)\n\nToday, a new one from the same partner, different address:\n\n  <billing@kiln.example>: host mxb.mailgun.org[44.220.18.77] said: 550 5.7.1\n      Relaying denied (in reply to RCPT TO command)";
    expect(diagnose(paste).facts).toMatchObject({ host: 'mxb.mailgun.org', recipient: 'billing@kiln.example' });
  });
});

describe('round 209', () => {
  it('reads Swedish "en ruta som säger" (a dialog box) as no Route (r209a-24)', () => {
    expect(rules('När hon skickar kommer det upp en ruta som säger "Relaying denied".')).not.toContain('Mailgun Routes are mentioned');
    expect(rules('Creamos una ruta de catch_all() pero sigue: 550 5.7.1 Relaying denied')).toContain('Mailgun Routes are mentioned');
  });

  it('reads "Toen was het hun routes" as the earlier case, no Route said of this one (r209c-05)', () => {
    expect(diagnose('"facturen@bouw.example - 550 5.7.1 Relaying denied"\n\nIs dit hetzelfde als vorige keer? Toen was het hun routes die niet klopten.').scenario).toBe('undetermined');
  });

  it.each([
    ['an Italian paste whose relay refusal is told after the current error as last week\'s (r209c-12)', '- mario@gmail.example: 550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.\n\nLa settimana scorsa era "550 5.7.1 Relaying denied" da smtp.eu.mailgun.org.', 'policy'],
    ['a Dutch "Eerder kregen ze ... dat was opgelost ✅" under the current error (r209b-36)', 'MX host: outlook-com.olc.protection.outlook.com\n550 5.7.515 Access denied, sending domain mg.bloem.example does not meet the required authentication level.\n\nEerder kregen ze echt "550 5.7.1 Relaying denied" van smtp.eu.mailgun.org, dat was opgelost ✅ door SMTP-credentials.', 'policy'],
  ])('diagnoses the current error of %s', (_, paste, kind) => {
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind });
  });

  it('sets aside a Spanish draft reply ("Borrador de respuesta (macro ...)") and its example hosts (r209b-25)', () => {
    const paste = 'el cliente solo escribió:\n"nos sale Relaying denied, ¿qué hacemos?"\n\nBorrador de respuesta (macro "RD-general", todavía sin enviar):\n> 1) Si el error viene de smtp.mailgun.org o smtp.eu.mailgun.org, su aplicación no se está autenticando.\n> 2) Si viene de mxa.mailgun.org / mxb.mailgun.org, falta una Route.';
    expect(diagnose(paste)).toMatchObject({ scenario: 'undetermined', facts: { region: null } });
  });
});
