/**
 * Round 234: whole tickets in other languages, suppressions and retries, where the app runs. Also the rest of round 233's
 * findings: Postfix set to log in that still sends none, a swaks test without its login, a Microsoft 365 tenant's accepted
 * domains, a Go client on port 465.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, messageSection, replyText } from './helpers.js';

describe('messages for the case the paste shows', () => {
  it("Postfix with its login on but no SASL module: what stops the login, postmap said not run, in the reply and the message", () => {
    const reply = replyText(fixturePaste('pastes233c', 'r233c-02'));
    expect(reply).toContain('Run postmap /etc/postfix/sasl_passwd before the reload too');
    const message = messageSection(reply);
    expect(message).toContain('En français: Votre serveur Postfix est configuré pour s\'authentifier');
    expect(message).not.toContain('Veuillez activer l\'authentification SMTP');
  });

  it('a swaks test without --auth: the command to run again, not an application to change', () => {
    const message = messageSection(replyText(fixturePaste('pastes233b', 'r233b-01')));
    expect(message).toContain('Der swaks-Befehl lief ohne seine Anmeldeoptionen');
    expect(message).toContain('--auth PLAIN --auth-user postmaster@mg.stadtwerke-lindenau.de');
  });

  it("a Microsoft 365 tenant that does not accept the domain: its accepted domains, not old MX records", () => {
    const message = messageSection(replyText(fixturePaste('pastes233b', 'r233b-10')));
    expect(message).toContain("accepted domains");
    expect(message).not.toContain('MX records may still point to the old server');
  });

  it('a message delivered after temporary refusals: nothing to resend, in the reply and the message', () => {
    const reply = replyText(fixturePaste('pastes234b', 'r234b-12'));
    expect(reply).toContain('Delivered in the end');
    expect(reply).toContain('Nothing to do for this message: it was delivered');
    expect(reply).not.toContain('the recipient has to free up space');
    expect(messageSection(reply)).toContain('Po polsku: E-mail do ksiegowosc@piekarnia-zdrowie.pl został dostarczony');
  });

  it("the customer's own mail to the person's support address bounced: the writer is told to send it again", () => {
    const message = messageSection(replyText(fixturePaste('pastes234b', 'r234b-03')));
    expect(message).toContain('What you can tell the person who wrote in');
    expect(message).toContain('bitte senden Sie Ihre Nachricht erneut');
  });
});

describe('suppressions', () => {
  it('removed under another domain than the sending one: that domain\'s list, and the message sent again', () => {
    const reply = replyText(fixturePaste('pastes234b', 'r234b-04'));
    expect(reply).toContain('The entry removed was "brightlane.com"\'s');
    expect(reply).toContain('DELETE https://api.mailgun.net/v3/mg.brightlane.com/bounces/jane.okafor@northwind-mail.com');
  });

  it('a bulk removal of the Bounces list is advised against', () => {
    expect(leadOf(replyText(fixturePaste('pastes234b', 'r234b-14')), 3)).toContain('Remove the whole Bounces list? No');
  });
});

describe('what the paste shows, read', () => {
  it('a Go client dialling port 465 in plain text, a relay question beside a port change: no relay refusal', () => {
    const d = diagnose(fixturePaste('pastes234c', 'r234c-18'));
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'other']);
    expect(d.evidence[0]!.rule).toBe('The client starts in plain text on port 465, which expects TLS at once');
  });

  it.each([
    ['pastes234b', 'r234b-04', 'us'],
    ['pastes234b', 'r234b-12', 'us'],
    ['pastes234b', 'r234b-16', 'us'],
    ['pastes234a', 'r234a-18', 'eu'],
    ['pastes234c', 'r234c-16', 'eu'],
  ])('the region said in words: %s/%s', (set, name, region) => {
    expect(diagnose(fixturePaste(set, name)).facts.region).toBe(region);
  });

  it('an EU domain said in Polish, its request at the US API host: the host is the fix', () => {
    expect(replyText(fixturePaste('pastes234a', 'r234a-18'))).toContain('the domain is in the EU region, but the request went to the US API host');
  });

  it("the variables the code reads, said in words, beside Heroku's config vars of other names", () => {
    const reply = replyText(fixturePaste('pastes234c', 'r234c-01'));
    expect(reply).toContain('The configuration reads its SMTP login from SMTP_USER, but the deployment shown sets MAILGUN_SMTP_LOGIN');
    expect(reply).toContain('heroku config:set SMTP_USER=... SMTP_PASS=... -a YOUR_APP');
  });
});

describe('asks in other words', () => {
  it.each([
    ['pastes234a', 'r234a-07', 'In Portuguese, as asked'],
    ['pastes234a', 'r234a-14', 'In German, as asked'],
    ['pastes234a', 'r234a-08', 'What you can tell the patient'],
    ['pastes234b', 'r234b-12', 'What you can tell the customer'],
  ])('%s/%s', (set, name, heading) => {
    expect(replyText(fixturePaste(set, name))).toContain(heading);
  });

  it('"Proszę o odpowiedź do końca dnia" asks for no message', () => {
    expect(messageSection(replyText('550 5.7.1 Relaying denied from smtp.mailgun.org\nProszę o odpowiedź do końca dnia.'))).toBe('');
  });
});

describe('more readers and questions', () => {
  it('"la dirección ... está bien escrita", a message for "el área de sistemas de Grupo Altamira": the recipient\'s IT', () => {
    const reply = replyText(fixturePaste('pastes234a', 'r234a-09'));
    expect(diagnose(fixturePaste('pastes234a', 'r234a-09')).facts.addressConfirmed).toBe(true);
    const message = messageSection(reply);
    expect(message).toContain('What you can tell the IT admin');
    expect(message).toContain('Su servidor de correo (correo.grupoaltamira.com.mx) rechaza nuestros correos');
  });

  it('"un mensaje en español para el alumno (Pablo)": the student, whose address does not exist', () => {
    const message = messageSection(replyText(fixturePaste('pastes234a', 'r234a-15')));
    expect(message).toContain('What you can tell the student');
    expect(message).toContain('¿Podría confirmarnos la dirección correcta');
  });

  it.each([
    ['pastes234b', 'r234b-08'],
    ['pastes234b', 'r234b-10'],
    ['pastes234b', 'r234b-15'],
    ['pastes234b', 'r234b-17'],
  ])('whether the mail goes out by itself is answered: %s/%s', (set, name) => {
    expect(replyText(fixturePaste(set, name))).toContain('Will it be sent again?');
  });
});

describe('the code review of rounds 233-234', () => {
  const run = (text: string) => replyText(text);
  it('a region denied is no region said', () => {
    expect(diagnose('Our app sends through smtp.mailgun.org and gets 550 5.7.1 Relaying denied. The domain is not in region EU.').facts.region).toBe('us');
  });

  it('Postfix with its sasl_passwd key unlike the relayhost keeps the generic mail-server message', () => {
    const paste = 'main.cf:\nrelayhost = [smtp.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsasl_passwd: smtp.mailgun.org:587 postmaster@mg.x.example:secret\nmail.log: postfix/smtp[1]: 4F2A: to=<a@b.example>, relay=smtp.mailgun.org[1.2.3.4]:587, status=bounced (host smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nWhat do I tell the customer?';
    expect(messageSection(run(paste))).not.toContain('install its SASL login modules');
  });

  it('a swaks test on port 465 is told --tlsc, not --tls', () => {
    const reply = run('$ swaks --to a@b.example --server smtp.mailgun.org:465 --tlsc\n<~  550 5.7.1 Relaying denied\nWhat do I tell the customer?');
    expect(messageSection(reply)).toContain('--tlsc');
    expect(messageSection(reply)).not.toContain('with --tls on');
  });

  it.each([["She hasn't emptied her inbox yet."], ['We cleared the mail queue on our server and retried.']])('no room said made: %s', (words) => {
    expect(run(`${words}\n552 5.2.2 <anna@example.org>: mailbox full, over quota`)).not.toContain('The paste says the recipient has made room');
  });

  it('a 4.x.x code without a reply code is not called permanent', () => {
    expect(run('The app log just says: Relay access denied (4.7.1). Will it be resent automatically?')).not.toContain('almost always permanent');
  });

  it.each([['The customer responded in Spanish and says they get 550 5.7.1 Relaying denied from smtp.mailgun.org when sending.'], ['Their answer came in French. 550 5.7.1 Relaying denied from smtp.mailgun.org']])('a reply told of is no answer asked in a language: %s', (text) => {
    expect(run(text)).not.toContain('as asked');
  });

  it("Mailgun's control panel is no domain a suppression was removed under", () => {
    const reply = run('{"event":"failed","severity":"permanent","reason":"suppress-bounce","recipient":"a@b.example","domain":"mg.shop-example.com","delivery-status":{"code":605,"message":"Not delivering to previously bounced address"}}\nI removed the bounce from the suppressions on app.mailgun.com this morning but it still fails.');
    expect(reply).not.toContain('"app.mailgun.com"\'s');
  });

  it('an address named with an article, "from a noreply@x address", is no recipient', () => {
    expect(diagnose('Our shop sends order confirmations from a noreply@shop-example.com address and customers never get them.\nThe app log shows: 550 5.7.1 Relaying denied.').facts.recipients).toEqual([]);
  });

  it('"el área de TI de Grupo Altamira" is the recipient company\'s IT', () => {
    const message = messageSection(run('{"event":"failed","severity":"permanent","recipient":"rh@grupoaltamira.com.mx","delivery-status":{"code":554,"message":"5.7.1 <rh@grupoaltamira.com.mx>: Relay access denied","mx-host":"mail.grupoaltamira.com.mx"}}\n¿Me ayudas con un mensaje para el área de TI de Grupo Altamira?'));
    expect(message).toContain('Su servidor de correo (mail.grupoaltamira.com.mx) rechaza nuestros correos');
  });

  it.each([
    ['Bounces in our logs: 550 5.7.1 <x@acme.example>: Relay access denied. Proszę o sprawdzenie tego maila, co jest nie tak?', 'What you can tell'],
    ["Gmail said 550-5.7.1 likely unsolicited mail\nQuando isso vai parar de acontecer?", 'Should they pause'],
    ['Our app gets 550 5.7.1 Relaying denied from smtp.mailgun.org. Could duplicate SPF records on mg.shop-example.com cause this?', 'Will it be sent again'],
  ])('no question read into: %s', (text, words) => {
    expect(run(text)).not.toContain(words);
  });

  it("a provider's name stands in the message as its name", () => {
    const message = messageSection(run('Copier log: smtp-relay.gmail.com said 550 5.7.1 Invalid credentials for relay [203.0.113.5]. The copier sends through their Google Workspace.\nWhat do I tell them?'));
    expect(message).not.toContain("Google Workspace's SMTP relay");
  });
});
