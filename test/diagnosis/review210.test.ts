/** Review round 210: pastes with several providers' logs, log records around the refusal, and the port a sender really uses. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('the port of Mailgun SMTP host in use', () => {
  const timedOut = 'production.ERROR: Connection could not be established with host "smtp.mailgun.org:25": stream_socket_client(): Unable to connect to smtp.mailgun.org:25 (Connection timed out)';
  const refused = 'production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".';

  it('is not the port of a connection that timed out, when the settings name another and a relay refusal followed (r209c-09)', () => {
    const paste = `${timedOut}\n${refused}\n\nSu .env ahora:\nMAIL_HOST=smtp.mailgun.org\nMAIL_PORT=587\nMAIL_USERNAME=null`;
    expect(diagnose(paste).facts.smtpPort).toBe(587);
  });

  it('is the one a person says the sender was moved to (r207c-12)', () => {
    const paste = `${timedOut}\n\nZe hebben MAIL_PORT naar 2525 gezet, MAIL_USERNAME staat leeg ("hoefde niet, toch?"). Nu:\n\n${refused}`;
    expect(diagnose(paste).facts.smtpPort).toBe(2525);
  });

  it.each([
    ['they switched the port to 465 this morning', 465],
    ['Port auf 2525 umgestellt, gleicher Fehler', 2525],
    ['cambiaron el puerto a 587 y sigue igual', 587],
  ])('reads "%s"', (words, port) => {
    expect(diagnose(`${words}\nsmtp.mailgun.org answered: 550 5.7.1 Relaying denied`).facts.smtpPort).toBe(port);
  });

  it('does not take a question about another port for a change made', () => {
    const paste = 'smtp.mailgun.org:25 answered 550 5.7.1 Relaying denied. Should they switch to 587?';
    expect(diagnose(paste).facts.smtpPort).toBe(25);
  });

  it('keeps a failed connection\'s port when it is all the paste shows', () => {
    expect(diagnose(timedOut).facts.smtpPort).toBe(25);
  });
});

describe('log records of several providers', () => {
  it('reads the host the refusal\'s own record names, not an older record\'s other provider (r210b-01)', () => {
    const paste = [
      '{"level":30,"msg":"mail sent","provider":"sendgrid","smtpHost":"smtp.sendgrid.net","response":"250 Ok: queued as 4kZ2"}',
      '{"level":50,"msg":"sendMail failed","provider":"mailgun","smtpHost":"smtp.mailgun.org","smtpPort":587,"err":{"code":"EENVELOPE","response":"550 5.7.1 Relaying denied","responseCode":550,"command":"RCPT TO","rejected":["accounts@northwind.example"]}}',
    ].join('\n');
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.recipient).toBe('accounts@northwind.example');
  });

  it('takes the recipient of the failed send just above the exception, not an earlier entry\'s "sent to" (r210b-05)', () => {
    const paste = [
      'Level: Information',
      'Report RPT-0603 sent to auditors@fabrikam.example via smtp.sendgrid.net:587',
      '',
      'Level: Error',
      'Failed to send invoice INV-2024-00871 to ap@contoso.example via smtp.mailgun.org:587 (UseDefaultCredentials=True)',
      'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied',
    ].join('\n');
    expect(diagnose(paste).facts.recipient).toBe('ap@contoso.example');
  });

  it('reads a mailgun-go event printed into a log field with its quotes escaped (r210b-20)', () => {
    const paste = String.raw`level=warn msg="mailgun failed event" ev="&events.Failed{Generic:events.Generic{Event:\"failed\", ID:\"Qx0p\"}, Recipient:\"orders@ridgeline.example\", Severity:\"permanent\", DeliveryStatus:events.DeliveryStatus{Code:553, Message:\"sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\", MxHost:\"mail.ridgeline.example\"}}"`;
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts).toMatchObject({ recipient: 'orders@ridgeline.example', host: 'mail.ridgeline.example' });
  });
});

describe('recipients', () => {
  it('takes a failed event\'s To header when the event was trimmed of its recipient (r210b-22)', () => {
    const paste = '{"event": "failed", "severity": "permanent", "delivery-status": {"code": 550, "message": "5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "mx-host": "contoso-com.mail.protection.outlook.com"}, "message": {"headers": {"to": "Sam Ortiz <sam.ortiz@contoso.example>", "from": "no-reply@mg.app.example"}}}';
    expect(diagnose(paste).facts).toMatchObject({ recipient: 'sam.ortiz@contoso.example', recipientDomain: 'contoso.example' });
  });

  it('reads the address after a Logs detail\'s "Temporary Failure" heading (r210b-33)', () => {
    const paste = 'Temporary Failure   r.kaczmarek@gmail.com\nSeverity: temporary\nDelivery status: 450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.\nMX host: gmail-smtp-in.l.google.com';
    expect(diagnose(paste).facts.recipient).toBe('r.kaczmarek@gmail.com');
  });
});

describe('a transcript whose top was cut off', () => {
  const transcript = 'CLIENT -> SERVER: MAIL FROM:<wordpress@dental.example>\nSERVER -> CLIENT: 250 OK\nCLIENT -> SERVER: RCPT TO:<tom@dental.example>\nSERVER -> CLIENT: 550 5.7.1 Relaying denied\nSMTP Error: The following recipients failed: tom@dental.example: Relaying denied';

  it('does not show a session that never logged in: its AUTH may be in the lines lost (r210b-26)', () => {
    const diagnosis = diagnose(`WP Mail SMTP with their Mailgun credentials. Debug output, the top part got cut off when they copied it:\n\n${transcript}`);
    expect(diagnosis.facts.authAttempted).toBeNull();
    expect(diagnosis.scenario).toBe('undetermined');
  });

  it('still shows it when nothing is said to be missing', () => {
    expect(diagnose(`WP Mail SMTP with their Mailgun credentials. Debug output:\n\n${transcript}`).facts.authAttempted).toBe(false);
  });
});
