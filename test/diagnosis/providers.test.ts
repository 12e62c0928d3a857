/**
 * Mail that went through another provider (round 22): the provider is named from the host the sender
 * talks to, its own event data or its own wordings, never from a recipient's host; and Mailgun's own
 * data or hosts in the paste mean the mail went through Mailgun.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { findProvider } from '../../src/diagnosis/providers.js';

describe('another provider', () => {
  it('is named by the host the sender is configured for, which is then the server that answered', () => {
    const d = diagnose("const t = nodemailer.createTransport({ host: 'email-smtp.eu-west-1.amazonaws.com', port: 587 });\nError: Invalid login: 535 Authentication Credentials Invalid");
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure', facts: { provider: 'amazon-ses', host: 'email-smtp.eu-west-1.amazonaws.com', hostRole: 'other' } });
  });

  it("is named by its own event data, which means it accepted the message: a relay refusal is then the recipient's host", () => {
    const d = diagnose('App mail goes out through SendGrid (Mailgun is only for our inbound routes).\n[{"email":"p@foods.example","event":"bounce","reason":"550 5.7.1 Unable to relay","sg_event_id":"Ym91","status":"5.7.1"}]');
    expect(d).toMatchObject({ scenario: 'recipient-host', facts: { provider: 'sendgrid' } });
    expect(d.evidence.map((e) => e.rule)).toContain("Another provider's event: it accepted the message");
  });

  it('is named by its own wordings, and its relay refusing the sender is none of Mailgun\'s cases', () => {
    expect(diagnose('smtplib.SMTPDataError: (550, b\'The from address does not match a verified Sender Identity. Visit https://sendgrid.com/docs/ to see the requirements\')')).toMatchObject({ kind: 'policy', facts: { provider: 'sendgrid' } });
    const google = diagnose('config.action_mailer.smtp_settings = { address: "smtp-relay.gmail.com", port: 587 }\nNet::SMTPFatalError: 550 5.7.0 Mail relay denied [203.0.113.87]. Invalid credentials for relay for one of the domains in: clinic.example');
    expect(google).toMatchObject({ facts: { provider: 'google-workspace', host: 'smtp-relay.gmail.com' } });
    expect(['undetermined', 'recipient-host']).toContain(google.scenario);
  });

  it("is not named when Mailgun's data or hosts are in the paste: a diff from one to the other, a Mailgun event to a Microsoft 365 recipient", () => {
    const diff = diagnose('-MAIL_HOST=smtp.sendgrid.net\n+MAIL_HOST=smtp.mailgun.org\n+MAIL_USERNAME=\nlaravel.log: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".');
    expect(diff).toMatchObject({ scenario: 'mailgun-outgoing', facts: { provider: null, host: 'smtp.mailgun.org' } });
    const event = diagnose("{\n  event: 'failed',\n  recipient: 'ops@dental.example',\n  'delivery-status': { 'mx-host': 'dental-example.mail.protection.outlook.com', code: 550, message: '5.7.64 TenantAttribution; Relay Access Denied' }\n}");
    expect(event).toMatchObject({ scenario: 'recipient-host', facts: { provider: null } });
  });

  it('never takes a receiving host of the same company for the sender\'s provider', () => {
    expect(findProvider('host gmail-smtp-in.l.google.com said: 550 5.7.0 Mail relay denied, see https://support.google.com/a/answer/6140680', ['gmail-smtp-in.l.google.com'])).toBeNull();
    expect(findProvider('Remote-MTA: dns; contoso-com.mail.protection.outlook.com\n550 5.7.64 TenantAttribution; Relay Access Denied', ['contoso-com.mail.protection.outlook.com'])).toBeNull();
  });
});

describe('another provider, from a content review', () => {
  it("is the provider whose server gave the refusal, whatever Mailgun lines are left in a config", () => {
    const d = diagnose('Mar 19 bastion postfix/smtp[3310]: 9AF2: to=<ops@grid.example>, relay=email-smtp.eu-central-1.amazonaws.com[3.74.126.10]:587, status=deferred (SASL authentication failed; server email-smtp.eu-central-1.amazonaws.com[3.74.126.10] said: 535 Authentication Credentials Invalid)\n/etc/postfix/sasl_passwd:\n[smtp.mailgun.org]:587 postmaster@mg.x.example:********\n[email-smtp.eu-central-1.amazonaws.com]:587 AKIA1234:********');
    expect(d).toMatchObject({ kind: 'auth-failure', facts: { provider: 'amazon-ses' } });
  });

  it("is said by a person to carry the mail, and then an export beside it is the provider's report, not Mailgun's", () => {
    const d = diagnose('Customer (sends everything through SendGrid, we only host their inbound routes):\n\n"email","event","reason","status"\n"ap@iron.example","bounce","550 5.7.1 Relaying denied","5.7.1"');
    expect(d).toMatchObject({ scenario: 'recipient-host', facts: { provider: 'sendgrid', event: null } });
    // Not a plan or the past.
    expect(findProvider('we are moving to SendGrid next month; we used to send through Postmark', [null])).toBeNull();
  });

  it("does not take the From address a provider refuses to send as for the recipient", () => {
    expect(diagnose('> MAIL FROM:<invoices@firm.example>\n< 553 Relaying disallowed as invoices@firm.example\nvia smtp.zoho.eu').facts.recipient).toBeNull();
  });
});
