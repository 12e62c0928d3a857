/** A relay refusal in another server's words, with nothing of Mailgun's in the paste (review 130c). */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const reply = (paste: string) => renderText(buildReply(diagnose(paste)), { ui: 'current' });

describe("a relay refusal in another server's words", () => {
  const paste = 'Customer forwarded what a user reported (no headers):\n\n"Your message couldn\'t be delivered.\n Relay access denied"\n\nCustomer: "We use Mailgun. Is Mailgun blocking us?"';

  it('names the two cases that fit it, not Mailgun\'s own three, and says so once', () => {
    const text = reply(paste);
    expect(diagnose(paste).scenario).toBe('undetermined');
    expect(text).toContain('Which server refused it?');
    expect(text).toContain('A bounce after Mailgun delivered');
    expect(text).not.toContain('It is one of three things');
    expect(text).not.toContain('Incoming to Mailgun: someone wrote');
    expect(text.match(/in a bounce or a delivery log/g)).toBeNull();
  });

  it('answers "is Mailgun blocking us?" with most likely not', () => {
    expect(reply(paste)).toContain("Is Mailgun blocking you? Most likely not: Mailgun's servers word their refusal 550 5.7.1 Relaying denied");
  });

  it("keeps Mailgun's three cases for Mailgun's own wording", () => {
    const text = reply('Customer says their users get "550 5.7.1 Relaying denied". Is Mailgun blocking us?');
    expect(text).toContain('It is one of three things');
    expect(text).not.toContain('Most likely not');
  });
});

describe("a suppressed address whose recipient's side the paste says is fixed (review 131c)", () => {
  const paste = (said: string) => `${said}\n\nJan 30 09:14  Failed  buchung@gruber.example\n  Severity: permanent   Reason: suppress-bounce\n  Delivery status: 605 Not delivering to previously bounced address\n\nJan 16 15:40  Failed  buchung@gruber.example\n  Severity: permanent   Reason: generic\n  Delivery status: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\n  MX host: gruber-example.mail.protection.outlook.com\nDomain mg.fjord.example (EU region).`;

  it('leads with taking it off the list now, with the API call of its region, and sends nobody to the recipient\'s admin', () => {
    const text = reply(paste("Gruber's IT says they fixed their Microsoft 365 setup last Friday. What else do we need to do?"));
    expect(text).toContain("The recipient's side is fixed: only Mailgun's suppression of the address is left");
    expect(text).toContain('DELETE https://api.eu.mailgun.net/v3/mg.fjord.example/bounces/buchung@gruber.example');
    expect(text).not.toContain("Send the recipient's mail administrator");
  });

  it('keeps the usual reply when the fix is only asked about', () => {
    expect(reply(paste("Has Gruber's IT fixed it yet?"))).not.toContain("The recipient's side is fixed");
  });
});

describe('questions about the sending settings, in English and Spanish (review 131c)', () => {
  const accepted = '"event": "failed", "severity": "permanent", "recipient": "karen@hotmail.example", "delivery-status": {"mx-host": "hotmail-com.olc.protection.outlook.com", "code": 550, "message": "5.7.1 Unfortunately, messages from [159.135.228.10] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150)."}';

  it('answers "Do I need to change our SMTP settings?" with no where Mailgun accepted the message, and says nothing unasked', () => {
    expect(reply(`${accepted}\nDo I need to change our SMTP settings?`)).toContain('Do you need to change your SMTP settings? No: Mailgun accepted your message');
    expect(reply(`${accepted}\nAll good, thanks.`)).not.toContain('Do you need to change your SMTP settings?');
  });

  it('answers "¿Necesito poner credenciales SMTP?" for a delivery the recipient refused', () => {
    const webhook = '"event": "failed", "recipient": "ventas@ibarra.example", "delivery-status": {"mx-host": "correo.ibarra.example", "code": 550, "message": "5.7.1 <ventas@ibarra.example>... Relaying denied. Proper authentication required."}\n¿Necesito poner credenciales SMTP?';
    expect(reply(webhook)).toContain('Do you need to add a login (SMTP authentication)? No');
  });
});

describe("the mailbox a Route should forward to, named by whose it is (review 132c)", () => {
  const paste = "We want sales@ to land in Bob's Gmail inbox.\n\nFinal-Recipient: rfc822; sales@mg.acme.example\nRemote-MTA: dns; mxa.mailgun.org. (the server for the domain mg.acme.example.)\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\n\nRoutes: match_recipient(\"support@mg.acme.example\") forward(\"https://desk.acme.example/inbound\")\nBob's address: bob.marsh@gmail.example";

  it("keeps the refused address as the recipient (not Bob's), and gives the Route to Bob's address without copying another route's actions", () => {
    expect(diagnose(paste)).toMatchObject({ scenario: 'mailgun-incoming', facts: { recipient: 'sales@mg.acme.example' } });
    const text = reply(paste);
    expect(text).toContain('Fix: add the Route match_recipient("sales@mg.acme.example") with the action forward("bob.marsh@gmail.example")');
    expect(text).not.toContain('with the same actions');
  });
});

describe("a route that matches the refused address (reviews 130c and 132c)", () => {
  it("sends nobody to look for another route's stop(): any matching route means Mailgun took the mail", () => {
    const paste = "Final-Recipient: rfc822; help@desk.example\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\nOur route: match_recipient(\"help@desk.example\") forward(\"https://desk.example/in\")";
    const text = reply(paste);
    expect(text).toContain('already: no new route is needed');
    expect(text).not.toContain('priority order ends with');
  });
});

describe("Laravel's .env filled in since the deploy cached its configuration (review 132c)", () => {
  const paste = (extra: string) => `Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_PORT=587\nMAIL_USERNAME=postmaster@mg.brightleaf.example\nMAIL_PASSWORD=secretpass123\nDeploy script: git pull && php artisan config:cache. They edited .env by hand, no deploy since.${extra}`;

  it('says the cache is what the app reads, and restarts Horizon with horizon:terminate', () => {
    expect(reply(paste(' Horizon runs under supervisor.'))).toContain('Run php artisan config:cache, then php artisan horizon:terminate');
    expect(reply(paste(''))).toContain('Run php artisan config:cache, then php artisan queue:restart');
  });
});

describe('a password variable the deployment names otherwise, and "is Google Cloud blocking us? is 2525 OK?" (review 132c)', () => {
  const paste = 'SMTPRecipientsRefused: {\'h@volvo.example\': (550, b\'5.7.1 Relaying denied\')}\nEMAIL_HOST = "smtp.eu.mailgun.org"\nEMAIL_PORT = 2525\nEMAIL_HOST_USER = os.getenv("MAILGUN_SMTP_USER")\nEMAIL_HOST_PASSWORD = os.getenv("MAILGUN_SMTP_PASS", "")\nk8s Secret "mailgun-smtp" (keys only): MAILGUN_SMTP_USER, MAILGUN_SMTP_PASSWORD\nIs Google Cloud blocking us? And is 2525 an OK port?';

  it('names the password variable that differs, and answers both questions', () => {
    const text = reply(paste);
    expect(text).toContain('The configuration reads its SMTP password from MAILGUN_SMTP_PASS, but the deployment shown sets MAILGUN_SMTP_PASSWORD');
    expect(text).toContain('Is the network blocking you? No: Mailgun\'s SMTP host answered (550)');
    expect(text).toContain('Is the port the problem? No: Mailgun\'s SMTP host answered over port 2525');
  });
});

describe("a deleted catch-all beside a route to correct (review 132c, third code review of session 30)", () => {
  const paste = (route: string) => `Final-Recipient: rfc822; orders@shop.feldmann.example\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\nOur routes: priority 1 match_recipient("${route}") forward("https://erp.feldmann.example/in") stop()\nYesterday I deleted our catch_all route because it had priority 0 and stop() and swallowed everything.`;

  it('corrects a route written for the parent domain and adds the fallback last, without stop()', () => {
    const text = reply(paste('orders@feldmann.example'));
    expect(text).toContain('Fix: correct the Route as the paragraph above says');
    expect(text).toContain('add catch_all() again with the highest priority number and no stop()');
  });

  it('for a route a letter away, which may be the sender\'s typo, brings the fallback back last instead of changing the route', () => {
    const text = reply(paste('order@shop.feldmann.example'));
    expect(text).toContain('Fix: create the deleted catch_all() Route again, with the highest priority number');
    expect(text).not.toContain('Fix: correct the Route');
  });
});

describe('"587 or 465?" and "do we need 465?" (review 132c)', () => {
  it('reads both as the port question, and tells .NET not to move to 465', () => {
    const net = 'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied\nclient.Host = "smtp.mailgun.org"; client.Port = 587; client.EnableSsl = true;\nIs EnableSsl on 587 correct, or do we need 465?';
    expect(reply(net)).toContain('(Not 465 with System.Net.Mail: it cannot start TLS at once');
    const wp = 'WP Mail SMTP: SMTP Error: The following recipients failed: a@b.example: Relaying denied\nHost: smtp.mailgun.org, Port: 587, SMTPAuth: bool(false). 587 or 465?';
    // ("587 or 465?" asks which port: any of Mailgun's, the login being the cause; round 159c)
    expect(reply(wp)).toContain("Which port? Any of Mailgun's");
  });
});

describe("how long store() keeps messages (review 132c)", () => {
  it('answers it, asked with or without a question mark, and says nothing unasked', () => {
    const paste = (asked: string) => `Final-Recipient: rfc822; invoices@inbound.kestrel.example\nRemote-MTA: dns; mxb.eu.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\nroute: match_recipient("invoices@inbound.kestrel.example") store(notify="https://erp.kestrel.example/notify")\n${asked}`;
    expect(reply(paste('Also: how long does store() keep the messages, our worker only polls once a day.'))).toContain('How long does store() keep messages? Up to 3 days');
    expect(reply(paste('Thanks.'))).not.toContain('How long does store()');
  });
});

describe("a variable named otherwise in a compose file (review 133c)", () => {
  it('recreates the service with docker compose up -d, not a Kubernetes rollout', () => {
    const paste = 'Grafana invites fail: logger=ngalert.notifier.email level=error msg="Failed to send email" error="550 5.7.1 Relaying denied"\nand their compose file:\n  grafana:\n    environment:\n      GF_SMTP_ENABLED: "true"\n      GF_SMTP_HOST: smtp.mailgun.org:587\n      GF_SMTP_USERNAME: postmaster@mg.brightlane.example\n      GF_SMTP_PASSWORD: ${MG_PASS}';
    const text = reply(paste);
    expect(text).toContain('then run docker compose up -d for the service');
    expect(text).not.toContain('kubectl rollout restart');
  });
});

describe("Zabbix's Email media type on port 25 with encryption off (review 133c)", () => {
  const paste = 'Zabbix action log: Failed  wrong answer on RCPT TO "550 5.7.1 Relaying denied"\nMedia type (Alerts > Media types > Email):\n  SMTP server:          smtp.mailgun.org\n  SMTP server port:     25\n  Connection security:  None\n  Authentication:       None\nIs port 25 OK or should I use 587?';

  it("names Zabbix's own setting, and moves the login to 587 with STARTTLS rather than keeping 25 unencrypted", () => {
    const text = reply(paste);
    expect(diagnose(paste).facts.client).toBe('zabbix');
    expect(text).toContain('use port 587 with STARTTLS when you turn the login on');
    expect(text).not.toContain('port (25) the paste shows: they are right');
  });
});
