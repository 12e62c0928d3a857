/**
 * The flaws rounds 270 and 271 left: a Go service's logged login, a UUID sent as the API key, a whitelist asked in the same breath
 * as "is this relaying denied?", a recipient organisation merged under another domain, a move to Mailgun with the old provider's
 * host still set, a Mimecast route, a nodemailer transport reading a secrets object, Horizon, an inbound subdomain, Cloudflare
 * Email Routing, credentials copied at the EU host, Freshdesk's outgoing server.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('flaws left by rounds 270-271: what the paste shows', () => {
  it('a Go service\'s "smtp: auth PLAIN a@b" log line is the login sent', () => {
    expect(diagnose(paste('r271a-15')).facts.smtpLogin).toBe('postmaster@mg.fjordline-analytics.com');
    expect(diagnose('2024/03/14 smtp: auth PLAIN postmaster@mg.x.example\n535 5.7.0 Mailgun is not loving your login or password').facts.smtpLogin).toBe('postmaster@mg.x.example');
  });

  it('an API key of a UUID\'s shape: another service\'s token (Postmark\'s), replaced with a Mailgun key', () => {
    const reply = replyText(paste('r271b-17'));
    expect(reply).toContain('has the shape of a UUID');
    expect(reply).toContain('Replace the key with a Mailgun API key');
    // (a Mailgun-shaped key is not taken for one)
    const mailgunShaped = 'MAILGUN_API_KEY=0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b\ncurl https://api.mailgun.net/v3/mg.x.example/messages\n401 Forbidden';
    expect(replyText(mailgunShaped)).not.toContain('shape of a UUID');
  });

  it('"do we need to whitelist?" asked with "is this the relaying denied thing": answered beside a 401', () => {
    expect(replyText(paste('r271b-17'))).toContain('Would whitelisting help? No: the API refused the key itself');
  });

  it('a secrets object\'s field named like a variable (`pass: secrets.MAILGUN_SMTP_PASS`) is no password in the paste', () => {
    const d = diagnose(paste('r271b-08'));
    expect(d.facts.secretsFound).toBe(false);
    expect(diagnose("auth: { user: 'a@mg.x.example', pass: 'Tq8vR2mpLx77' }\n550 5.7.1 Relaying denied").facts.secretsFound).toBe(true);
  });
});

describe('flaws left by rounds 270-271: the answers', () => {
  it('only some mails refused, side not shown: "most likely not yours", unless one sender among several', () => {
    expect(replyText(paste('r271a-14'))).toContain('Yours only if the refused mails all came from one sender among several');
  });

  it('the recipient merged and moved everyone under another domain: ask for the current address, do not go back to an older one', () => {
    const reply = replyText(paste('r271b-11'));
    expect(reply).toContain('ask the recipient (or whoever knows them) for their new address');
    expect(reply).toContain('Should you go back to the old address? Not without asking them');
    expect(reply).not.toContain('it is most likely right');
  });

  it('"switched to Mailgun" while the plugin still names smtp.office365.com: point it at Mailgun, nothing to turn on there', () => {
    const reply = replyText(paste('r271b-03'));
    expect(reply).toContain('although the paste says the sending moved to Mailgun');
    expect(reply).toContain("pick the plugin's Mailgun mailer");
    // (not said of a plan: "we are moving to Mailgun next month")
    expect(replyText(paste('r271b-03').replace('they "switched to Mailgun"', 'they are going to switch to Mailgun next month'))).not.toContain('although the paste says the sending moved to Mailgun');
  });

  it("a Mimecast route: no word of Google Workspace's routing, and the settings are the route's", () => {
    const reply = replyText(paste('r271b-05'));
    expect(messageSection(reply)).not.toContain('Google Workspace');
    expect(reply).toContain("Set these values on Mimecast's route to Mailgun");
  });

  it('"Or go back to the old address?" after a rename, mail coming in: a Route for the new one, no need to go back', () => {
    expect(replyText(paste('r271b-09'))).toContain('Should you go back to the old address? No need');
  });

  it('nodemailer reading a secrets object after the move to AWS Secrets Manager: the values come out undefined; the SendGrid key is no use', () => {
    const reply = replyText(paste('r271b-08'));
    expect(fixLineOf(reply)).toContain('most likely come out undefined since the deploy that moved the configuration to AWS Secrets Manager');
    expect(reply).toContain('What about the SendGrid key');
  });

  it('"restarted horizon": Horizon\'s own restart in the Fix', () => {
    expect(fixLineOf(replyText(paste('r271a-05')))).toContain('php artisan horizon:terminate');
  });

  it('an inbound.* subdomain is meant to receive at Mailgun: no MX alternative', () => {
    const reply = replyText(paste('r271a-08'));
    expect(reply).not.toContain('If the domain should not receive mail through Mailgun');
    expect(reply).not.toContain('point its MX records back');
  });

  it('receiving through Cloudflare Email Routing, side not shown: Mailgun\'s Routes are out of that mail\'s path', () => {
    expect(replyText(paste('r270c-14'))).toContain('Mail to the domain comes in through Cloudflare Email Routing, not Mailgun');
  });

  it('credentials copied and checked, refused at the EU host: the region and the password\'s age as checks', () => {
    const reply = replyText(paste('r270a-15'));
    expect(reply).toContain('two things a copy does not settle');
    expect(reply).toContain('log in at smtp.mailgun.org instead');
  });

  it("Freshdesk's custom outgoing mail server: its own settings and Fix", () => {
    const d = diagnose(paste('r270c-03'));
    expect(d.facts.client).toBe('freshdesk');
    const reply = replyText(paste('r270c-03'));
    expect(fixLineOf(reply)).toContain('Custom mail server → Outgoing');
    expect(reply).toContain('Authentication:  Plain');
  });

  it('a new address refused while the others work: the Routes take those by name; no MX alternative, no "not your domain" hedge', () => {
    const reply = replyText(paste('r269c-06'));
    expect(reply).toContain('Why do the other addresses work?');
    expect(reply).not.toContain('point its MX records back');
    expect(reply).not.toContain('is not your domain');
  });

  it('"she just took a photo of the popup": shown as it sent, so the question is which server the program uses', () => {
    expect(replyText(paste('r270c-13'))).toContain('Which SMTP server is the sender set to use?');
  });

  it("a colleague delivered at ridgeline.org beside the refused ridgeline-coop.org: that domain, without its -coop", () => {
    expect(diagnose(paste('r269b-15')).facts.similarAddress).toBe('k.osei@ridgeline.org');
    expect(replyText(paste('r269b-15'))).toContain('which is "ridgeline-coop.org" without its -coop');
  });

  it('"She already re-entered the password twice" beside `SMTPAuth: bool(false)`: the switch, not the password', () => {
    expect(replyText(paste('r271c-01'))).toContain('the settings switch authentication off ("SMTPAuth: bool(false)")');
  });

  it("the developer's message leads with the one change to make, not the general ask to log in", () => {
    const message = messageSection(replyText(paste('r271c-02')));
    expect(message).toContain('Concretely: set MG_USER and MG_PASS where the application runs');
    expect(message).not.toContain('turn on SMTP authentication in its mail settings');
  });

  it("a handover note for Postfix's SASL map without smtp_sasl_auth_enable: the missing setting, in the note's language", () => {
    const paste = 'Handover note for Ana please.\n\nFeb 20 10:42:17 relay01 postfix/smtp[28841]: 7A3C21E0F2: to=<reservas@hotelcostaazul.es>, relay=smtp.eu.mailgun.org[35.157.18.204]:587, dsn=5.7.1, status=bounced (host smtp.eu.mailgun.org[35.157.18.204] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\n\nmain.cf:\nrelayhost = [smtp.eu.mailgun.org]:587\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n';
    expect(replyText(paste)).toContain('Its configuration shown lacks smtp_sasl_auth_enable = yes: add it first.');
    expect(replyText(paste.replace('Handover note for Ana please.', 'Una nota de traspaso para Ana, en español.'))).toContain('En la configuración mostrada falta smtp_sasl_auth_enable = yes');
  });

  it('"ustawił MX na Mailgun" and "kontakt@" działa normalnie: the MX records are meant, no MX alternative in the Polish message', () => {
    const reply = replyText(paste('r271c-05'));
    expect(messageSection(reply)).not.toContain('MX');
    expect(reply).not.toContain('point its MX records back');
  });

  it('a note for the list admin, whose own Postfix refused: addressed to the server\'s admin; "it\'s Mailgun refusing" answered', () => {
    const reply = replyText(paste('r268a-12'));
    expect(messageSection(reply)).toContain('are refused by your mail server (lists.lakeside-coop.org)');
    expect(reply).toContain('Is Mailgun blocking you? No');
  });
});

describe('the code review of this work: near misses', () => {
  const near = (name: string) => fixturePaste('code-review-272', `near-${name}`);

  it('a Singapore subdomain (noreply@sg.brightmart.com) is no SendGrid key', () => {
    expect(replyText(near('sg1'))).not.toContain('SendGrid key');
  });

  it('"subscribers on Gmail are unable to receive" is no domain receiving through Gmail', () => {
    expect(replyText(near('re1'))).not.toContain('comes in through');
  });

  it('"haven\'t switched to Mailgun yet", "never actually switched": no move said; "moved from Office 365 to Mailgun", "sind auf Mailgun umgestiegen": said', () => {
    for (const name of ['m1', 'm2']) expect(replyText(near(name))).not.toContain('although the paste says the sending moved to Mailgun');
    for (const name of ['m3', 'm5', 'm6']) expect(replyText(near(name))).toContain('although the paste says the sending moved to Mailgun');
  });

  it('"switch back to the old email provider", "the old email setup": no old address asked about', () => {
    for (const name of ['ob1', 'ob2']) expect(replyText(near(name))).not.toContain('go back to the old address');
  });

  it('"Escalating Freshdesk ticket #88213" is the support desk, not the sending program', () => {
    expect(diagnose(near('fd1')).facts.client).toBeNull();
  });

  it("a UUID beside a Mailgun-shaped key is another service's (HUBSPOT_API_KEY): the Mailgun key is the one sent", () => {
    expect(replyText(near('uu2'))).not.toContain('shape of a UUID');
  });

  it('"nobody has copied the password from the domain page yet": no copy said', () => {
    expect(replyText(near('cc1'))).not.toContain('a copy does not settle');
  });

  it('nova.com delivered beside nova-dental.com refused, in a list send, no organisation named: no typo', () => {
    expect(diagnose(near('hy2')).facts.similarAddress).toBeNull();
  });

  it('"Since Acme acquired us ... moved everyone under acmegroup.com": the sender\'s own move, not the recipient\'s', () => {
    expect(diagnose(near('mg3')).facts.recipientAddressChanged).toBe(false);
  });

  it('Go\'s one-line "smtp: auth PLAIN a@b: 535 ...": the login without the colon', () => {
    expect(diagnose(near('go1')).facts.smtpLogin).toBe('postmaster@mg.fjordline.example');
  });

  it('`password=opts.WINTER_2024` is a password, not a reference (the field names no secret)', () => {
    expect(diagnose(near('ref2')).facts.secretsFound).toBe(true);
  });

  it('credentials "checked", not entered again, beside the switch off: said as checked', () => {
    const reply = replyText(near('sw1'));
    expect(reply).toContain('You say the login is set and right');
    expect(reply).not.toContain('entered (again)');
  });
});

describe('a DMARC refusal explained to a reader who is not technical (r269c-18)', () => {
  it('the everyday message: what it means and whom to pass it to, no SPF, DKIM or alignment', () => {
    const message = messageSection(replyText(paste('r269c-18')));
    expect(message).toContain('Merci de transmettre ceci à la personne qui gère votre nom de domaine ou votre site');
    expect(message).not.toMatch(/SPF|DKIM|alignement/);
    // (a technical reader keeps the message with its checks)
    expect(messageSection(replyText(paste('r269c-18').replace("c'est la chargée de com qui nous écrit, pas une technicienne", "c'est leur développeur qui nous écrit")))).toContain('SPF ou DKIM');
  });
});

describe('"step by step in plain words please" for a WordPress plugin (r270a-03)', () => {
  it('the message as numbered steps, in the language asked', () => {
    const message = messageSection(replyText(paste('r270a-03')));
    expect(message).toContain('\n2. Switch Authentication on');
    expect(message).toContain('\n5. Send a test email from the plugin');
    const german = messageSection(replyText(`${paste('r270a-03')}\nBitte auf Deutsch, Schritt für Schritt.`));
    expect(german).toContain('2. Schalten Sie die Authentifizierung ein');
  });

  it('not where no steps are asked', () => {
    expect(messageSection(replyText(paste('r270a-03').replace('step by step in plain words please', 'in plain words please')))).not.toContain('\n2. ');
  });
});

describe('round 272', () => {
  it('"rechnung@ sollte weiterhin über Mailgun reinlaufen" beside the team mailboxes moved to Google Workspace: a Route, not the MX records', () => {
    const reply = replyText(paste('r272b-02'));
    expect(fixLineOf(reply)).toContain('add a Route that takes this address');
    expect(reply).not.toContain('If the domain should not receive mail through Mailgun');
    expect(messageSection(reply)).not.toContain('MX');
  });

  it('"their customer is Brandt Logistik GmbH (brandt-logistik.de)": the refused brandt-logistk.de is a typo of it', () => {
    expect(diagnose(paste('r272a-06')).facts.similarAddress).toBe('buchhaltung@brandt-logistik.de');
  });

  it('Go\'s smtp.PlainAuth only under `if os.Getenv("SMTP_AUTH") == "1" {`: set SMTP_AUTH=1 where it runs', () => {
    expect(fixLineOf(replyText(paste('r272a-17')))).toContain('set it there (SMTP_AUTH=1');
  });

  it("cPanel's /etc/exim.passwd keyed *.mailgun.com for smtp.mailgun.org: the key, and no warning for a masked password or Exim's lookup", () => {
    const reply = replyText(paste('r272b-15'));
    expect(reply).toContain('Exim looks the login up in /etc/exim.passwd by the smarthost\'s name, smtp.mailgun.org');
    expect(reply).toContain('the entry that holds it is keyed by another host name');
    expect(reply).not.toContain('WARNING');
  });

  it('"one partner moved to Google Workspace" beside "(uses us via Mailgun)": the recipient\'s move, its MX records left on the old server', () => {
    expect(diagnose(paste('r272b-12')).facts.recipientMailMoved).toBe(true);
    expect(fixLineOf(replyText(paste('r272b-12')))).toContain('the domain\'s MX records must point at the new provider (Google Workspace)');
  });

  it('"короткую заметку для коллеги на русском": a handover note in Russian; "Домен у них в EU-регионе": the EU region', () => {
    const reply = replyText(paste('r272c-17'));
    expect(reply).toContain('Handover note (in Russian, as asked)');
    expect(diagnose(paste('r272c-17')).facts.region).toBe('eu');
  });

  it('a form-encoded event with its nested keys in brackets (`delivery-status[code]=454`): the code, the host and the message', () => {
    const d = diagnose(paste('r272a-18'));
    expect(d.facts.replyCode).toBe(454);
    expect(d.facts.host).toBe('mail.ashby-partners.co.uk');
    expect(d.facts.serverMessage).toContain('Relay access denied');
  });

  it('"(1) a message in Japanese for Kogyo Sato\'s IT team ... (2) a short reply in English": the IT team\'s, in Japanese', () => {
    expect(messageSection(replyText(paste('r272c-18')))).toContain('日本語:');
  });

  it('"an email they can send to Harborline\'s IT asking them to fix it": written to that IT', () => {
    expect(replyText(paste('r272c-10'))).toContain('What you can tell the IT team');
  });

  it("a Spanish note for a developer beside Laravel's empty MAIL_USERNAME: the value it lacks", () => {
    expect(replyText(paste('r272c-13'))).toContain('En la configuración mostrada falta MAIL_USERNAME=postmaster@mg.clinicasonrisa.es');
  });

  it('the everyday incoming message says Mailgun turns the mail away, not that it takes it in', () => {
    const message = messageSection(replyText(paste('r272c-03')));
    expect(message).toContain('lo rechaza');
    expect(message).not.toContain('recibe el correo de esa dirección');
  });
});

describe('the second code review of this work: near misses', () => {
  const near = (name: string) => fixturePaste('code-review-272b', `near-${name}`);

  it('Go: `if smtpAuth == nil {` holds the Auth, and an `else` that logs in too: no login skipped', () => {
    for (const name of ['go1', 'go2']) expect(replyText(near(name))).not.toContain('The code logs in only under');
  });

  it("cPanel's /etc/exim.passwd without the word cPanel: that file's Fix, not Debian's passwd.client", () => {
    const reply = replyText(near('exim1'));
    expect(fixLineOf(reply)).toContain('key the /etc/exim.passwd entry');
    expect(fixLineOf(reply)).not.toContain('update-exim4.conf');
  });

  it('"(1) a message in German for the customer and (2) a short summary in English for our team": the German one', () => {
    expect(messageSection(replyText(near('lang2')))).toContain('Auf Deutsch:');
  });

  it('steps turned down ("No need for step by step", "手順の説明は不要"): no numbered steps', () => {
    for (const name of ['steps3', 'steps2']) expect(messageSection(replyText(near(name)))).not.toMatch(/\n2\. /);
  });

  it('"точно не в EU-регионе", "хотим перенести домен в EU-регион": not the EU region', () => {
    for (const name of ['ru2', 'ru3']) expect(diagnose(near(name)).facts.region).not.toBe('eu');
  });

  it('"Which of our addresses should still go via Mailgun?" asks; it says nothing of mail meant to come in', () => {
    expect(diagnose(near('inc2')).evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is meant to arrive through Mailgun");
  });

  it('the Polish steps keep the polite form of the rest of the file', () => {
    const message = messageSection(replyText(near('pl1')));
    expect(message).toContain('2. Proszę włączyć uwierzytelnianie');
    expect(message).not.toMatch(/\n\d\. (?:Włącz|Wpisz|Zostaw|Wyślij) /);
  });

  it("Laravel's empty MAIL_USERNAME in a German message: the two .env settings to fill and config:clear, not a switch to turn on", () => {
    const message = messageSection(replyText(paste('r272a-02')));
    expect(message).toContain('bei MAIL_USERNAME das SMTP-Login Ihrer Domain');
    expect(message).toContain('php artisan config:clear');
    expect(message).not.toContain('im Code der Anwendung');
  });

  it('"still failing after we added sasl_passwd" beside "No worthy mechs found": Postfix did try; the SASL plugins are what is left', () => {
    expect(replyText(paste('r272b-04'))).toContain('Postfix did try to use it');
  });

  it('`MAIL_USERNAME=apikey` with an SG. password after leaving SendGrid: SendGrid\'s login, not a login to guess at the domain', () => {
    const reply = replyText(paste('r272b-03'));
    expect(reply).toContain("The user name apikey is SendGrid's SMTP user name");
    expect(reply).not.toContain('apikey@mg.tallyhoapp.com');
  });

  it("Microsoft 365's RecipientNotFound right after the recipient's mailboxes moved there: the mailbox or alias not brought over", () => {
    const reply = replyText(paste('r272b-13'));
    expect(reply).toContain('most likely it (or the alias it was) was not brought over');
    expect(reply).not.toContain('Check the recipient address for typos, or an account that was closed');
  });

  it('"deployment.yaml has `MAILGUN_SMTP_USER` and `MAILGUN_SMTP_PASS` in the secret" beside a transport reading other names: the names differ', () => {
    expect(replyText(paste('r272a-03'))).toContain('The configuration reads its SMTP login from MAILGUN_SMTP_LOGIN, but the deployment shown sets MAILGUN_SMTP_USER');
  });

  it('"Mailgun is blocking all our emails ... is it really mailgun?": answered, no block', () => {
    expect(replyText(paste('r272a-13'))).toContain('Is Mailgun blocking you? No block');
  });
});

