/** Review round 211: a refusal's own record among others (queue ids, dataclass prints), structs with empty fields, and ports that failed. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe("the refusal's own record", () => {
  it("takes a sendmail reply's relay and recipient from the lines of its own queue id (r211b-15)", () => {
    const paste = [
      'Jun 18 14:02:11 relay1 sm-mta[9912]: 45IE2Ao1009910: to=<ops@otherco.example>, mailer=esmtp, relay=mx1.otherco.example. [198.51.100.20], dsn=2.0.0, stat=Sent (OK id=1sJZ)',
      'Jun 18 14:02:12 relay1 sm-mta[9912]: 45IE2Bq4009914: to=<tickets@support.vantorra.example>, mailer=esmtp, relay=mxb.mailgun.org. [34.149.40.5], dsn=5.7.1, stat=User unknown',
      'Jun 18 14:02:12 relay1 sm-mta[9912]: 45IE2Bq4009914: ... reply=550 5.7.1 Relaying denied',
    ].join('\n');
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('mailgun-incoming');
    expect(diagnosis.facts).toMatchObject({ host: 'mxb.mailgun.org', recipient: 'tickets@support.vantorra.example' });
  });

  it("reads a Python dataclass's repr on each log line as one record each (r211b-17)", () => {
    const paste = [
      "07:10:02 INFO webhook event=WebhookEvent(event='delivered', recipient='ana@alpha.example', mx_host='alpha-example.mail.protection.outlook.com', code=250, message='OK')",
      "07:10:05 INFO webhook event=WebhookEvent(event='failed', recipient='recepcion@vallesur.example', mx_host='mail.vallesur.example', code=550, message='5.7.1 Unable to relay', severity='permanent', reason='generic')",
    ].join('\n');
    expect(diagnose(paste).facts).toMatchObject({ replyCode: 550, enhancedCode: '5.7.1', recipient: 'recepcion@vallesur.example', host: 'mail.vallesur.example' });
  });

  it("keeps a Go struct's empty Password field from swallowing the next field and the error (r211b-02)", () => {
    const paste = '{"level":"error","msg":"send failed","cfg":"&{Host:smtp.eu.mailgun.org Port:587 Username: Password: From:rechnung@mg.holz.example}","err":"550 5.7.1 Relaying denied","to":"k.lehmann@t-online.de"}';
    const diagnosis = diagnose(paste);
    expect(diagnosis.facts).toMatchObject({ replyCode: 550, secretsFound: false });
  });

  it('still redacts a password written in such a struct', () => {
    const diagnosis = diagnose('cfg: &{Host:smtp.mailgun.org Port:587 Username:postmaster@mg.x.example Password:Hk3pR9wQz From:a@mg.x.example} err: 550 5.7.1 Relaying denied');
    expect(diagnosis.facts.secretsFound).toBe(true);
    expect(JSON.stringify(diagnosis)).not.toContain('Hk3pR9wQz');
  });
});

describe('recipients and questions', () => {
  it('does not take "is that us not authenticating, or their server?" for a session that never logged in (r211a-19)', () => {
    const paste = 'timestamp,event,recipient,severity,reason,delivery-status.code,delivery-status.message,delivery-status.mx-host\n2024-03-11T08:14:22Z,failed,hr@kovarna.example,permanent,bounce,553,"sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)",mx.kovarna.example\n\nThe first one: is that us not authenticating, or their server?';
    const diagnosis = diagnose(paste);
    expect(diagnosis.facts.authAttempted).toBeNull();
    expect(diagnosis.scenario).toBe('recipient-host');
  });

  it.each([
    ['Temporary failure  →  tereza@gmail.com\nDelivery status: 450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages', 'tereza@gmail.com'],
    ['Adresat w tym jobie: zamowienia@wp.pl. Ktoś wie czemu?\nError: 550 5.7.1 Relaying denied', 'zamowienia@wp.pl'],
    ['The job args show the recipient as olga@yandex.ru.\nNet::SMTPFatalError: 550 5.7.1 Relaying denied', 'olga@yandex.ru'],
  ])('reads the recipient of %j', (paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });
});

describe('ports', () => {
  it("is not a port whose connection timed out in a log's own words, before a refused login on another (r211b-28)", () => {
    const paste = '08:01:10 [smtp] connect smtp.eu.mailgun.org:25 -> timeout\n08:01:40 [smtp] connect smtp.eu.mailgun.org:587 -> ok\n08:01:41 [smtp] <- 535 5.7.0 Mailgun is not loving your login or password';
    expect(diagnose(paste).facts.smtpPort).toBe(587);
  });

  it("reads Exim's port after the host's bracketed address (r211b-08)", () => {
    const paste = '1rreA2-0003Kq-2F ** d.owens@fieldstone.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [3.125.34.96]:587 X=TLS1.3: SMTP error from remote mail server after RCPT TO:<d.owens@fieldstone.example>: 550 5.7.1 Relaying denied';
    expect(diagnose(paste).facts.smtpPort).toBe(587);
  });
});

describe('a password setting holding a legacy API key cut short', () => {
  it('is read as an API key given as the password (r211c-12)', () => {
    const paste = 'Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".\nMAIL_USERNAME=postmaster@mg.shop.example\nMAIL_PASSWORD=key-3f9a...';
    expect(diagnose(paste).evidence.map((e) => e.rule)).toContain('The SMTP password setting holds an API key (key-...)');
  });
});
