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
    expect(messageSection(reply)).toContain('Po polsku: Nasz e-mail do ksiegowosc@piekarnia-zdrowie.pl został dostarczony');
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
