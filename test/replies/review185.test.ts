/** Review rounds 185c and 186c: follow-ups after a fix was tried. The reply leads with what is left, not with the step they did. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

/** A reviewer's paste by its name: `c185-06` is in pastes185c, `c186-04` in pastes186c. */
const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes${name.slice(1, 4)}c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
/** The reply's first paragraphs: its headline and the answers that lead it. */
const leadOf = (reply: string) => reply.split('\n\n').slice(0, 3).join('\n\n');

describe('MX records moved away from Mailgun, refusals still from its inbound server', () => {
  it('c185-06: says the senders still use the old records, how to check, and how long; not "no DNS change to wait for"', () => {
    const text = paste('c185-06');
    expect(diagnose(text).scenario).toBe('mailgun-incoming');
    const reply = replyTo(text);
    const lead = leadOf(reply);
    expect(lead).toContain('You moved the domain\'s MX records away from Mailgun');
    expect(lead).toContain('dig MX acmeparts.io @8.8.8.8');
    expect(reply).toContain("old records' TTL");
    expect(reply).not.toContain('no DNS change to wait for');
    expect(reply).not.toContain('The person set the MX records to Mailgun themselves');
  });
});

describe('an MX change just before the refusals, direction not said', () => {
  it('c185-17: "do I need to revert the MX?" is answered: Routes if they now point at Mailgun, rather than going back', () => {
    const reply = replyTo(paste('c185-17'));
    const lead = leadOf(reply);
    expect(lead).toContain('Do you need to change your MX records? Not necessarily');
    expect(lead).toContain('add Routes for the addresses');
    expect(lead).toContain('has nothing to do with it (case 1 below)');
  });
});

describe('a port changed, the same error', () => {
  it('c185-10: the port does not decide it; the login does', () => {
    const lead = leadOf(replyTo(paste('c185-10')));
    expect(lead).toContain('A new port, the same error? No port fixes a relay refusal');
    expect(lead).toContain('it still does not log in on the new port');
  });

  it('outgoing: the port change is answered as whether the port is the problem', () => {
    const lead = leadOf(replyTo('We switched from port 25 to 587, still this:\n220 smtp.mailgun.org ESMTP\nRCPT TO:<a@b.example>\n550 5.7.1 Relaying denied'));
    expect(lead).toContain('A new port, the same error? No');
    expect(lead).toContain('no other port changes that');
  });
});

describe('the SMTP login said set already', () => {
  it('c185-01: an outgoing refusal says the sender is not using it, and step 1 does not send them for the credentials again', () => {
    const text = paste('c185-01');
    expect(diagnose(text).scenario).toBe('mailgun-outgoing');
    const reply = replyTo(text);
    expect(leadOf(reply)).toContain('You say the SMTP login is set, yet this session still sent none');
    expect(reply).toContain('that the settings\' names are the ones its code reads');
    expect(reply).not.toContain("Get the domain's SMTP login and password from the Mailgun control panel");
    expect(reply).toContain('You have the domain\'s SMTP login and password already');
  });

  it('c185-08: a 535 after it names the host of the domain\'s region first', () => {
    const text = paste('c185-08');
    expect(diagnose(text).kind).toBe('auth-failure');
    const lead = leadOf(replyTo(text));
    expect(lead).toContain('The login you set now reaches the server');
    expect(lead).toContain('smtp.eu.mailgun.org for this domain, not smtp.mailgun.org');
  });

  it('without the statement, step 1 still says where the credentials are', () => {
    expect(replyTo('220 smtp.mailgun.org ESMTP\nRCPT TO:<a@b.example>\n550 5.7.1 Relaying denied')).toContain("Get the domain's SMTP login and password from the Mailgun control panel");
  });
});

describe('a sandbox recipient said added already', () => {
  it('c185-13: the confirmation is what is missing', () => {
    const lead = leadOf(replyTo(paste('c185-13')));
    expect(lead).toContain('An authorized recipient counts only once its owner has confirmed it');
    expect(lead).toContain('olga.petrova@yandex.ru');
  });
});

describe('sending moved to the API, an SMTP refusal still', () => {
  it("c185-14: something still sends over SMTP: here the server's own mail server", () => {
    const lead = leadOf(replyTo(paste('c185-14')));
    expect(lead).toContain("This refusal is an SMTP session's, not the API's");
    expect(lead).toContain("the server's own mail server");
  });
});

describe('round 186c', () => {
  it('c186-02: the MX moved away: headline and Fix say to wait out the old records, not to add a Route', () => {
    const reply = replyTo(paste('c186-02'));
    expect(reply.split('\n')[0]).toContain('senders still use the MX records from before the move');
    expect(reply).toContain('Fix: nothing has to change in Mailgun');
    expect(reply).not.toContain('Fix: add a Route');
  });

  it('c186-06: a sandbox recipient added but not confirmed: the confirmation first, no "add the address" again', () => {
    const reply = replyTo(paste('c186-06'));
    expect(leadOf(reply)).toContain('counts only once its owner has confirmed it');
    expect(reply).not.toContain('For a test only: add');
  });

  it('c186-16: an IP allowlisted by the recipient does not help a domain its server does not take', () => {
    const lead = leadOf(replyTo(paste('c186-16')));
    expect(lead).toContain('Does the allowlist they set help? No');
  });

  it('c186-10: an admin who says they take the address: Mailgun delivered where the MX records lead', () => {
    const reply = replyTo(paste('c186-10'));
    expect(reply).toContain('Mailgun delivers to the server the domain\'s MX records name, here "mail.webhosting-alt24.de"');
    expect(reply).toContain('dig MX stahlwerk-koenig.de');
  });

  it('a Route said made, none shown: check its expression, region and account', () => {
    const lead = leadOf(replyTo('I created a route yesterday but customers still get this:\n\nRemote-MTA: dns; mxa.eu.mailgun.org\nFinal-Recipient: rfc822; info@shop.example\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied'));
    expect(lead).toContain('You say a Route was made, yet');
    expect(lead).toContain('match_recipient("info@shop.example")');
    expect(lead).toContain('(EU: each region keeps its own Routes)');
  });
});

describe('round 186c: the restart asked, where the fix is a setting the program reads', () => {
  it('c186-04: daemon-reload is answered, and the login said set points at the names that differ', () => {
    const lead = leadOf(replyTo(paste('c186-04')));
    expect(lead).toContain("Here the settings' names differ");
    expect(replyTo(paste('c186-04'))).toContain('Do you need systemctl daemon-reload? Only after editing the unit file itself');
  });

  it('c186-03: a Laravel deploy that caches its configuration: config:cache again and horizon:terminate, no config:clear', () => {
    const reply = replyTo(paste('c186-03'));
    expect(reply).toContain('run php artisan config:cache again');
    expect(reply).toContain('php artisan horizon:terminate');
    expect(reply).toContain('Fix: the .env shown already holds the login');
    expect(reply).not.toContain('run php artisan config:clear');
  });

  it('c186-14: a Compose service\'s Fix line says docker compose up -d, not a restart', () => {
    const fix = replyTo(paste('c186-14')).split('\n').find((line) => line.startsWith('Fix:'));
    expect(fix).toContain('docker compose up -d');
    expect(fix).not.toContain('restart it so that it reads them');
  });

  it('daemon-reload is not answered for a refusal the program\'s settings do not decide', () => {
    expect(replyTo('Remote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; 554 5.7.1 <a@partner.example>: Relay access denied\nMailgun event failed. daemon-reload needed?')).not.toContain('daemon-reload? Yes');
  });
});

describe('code review 51: what was done is said only where it was', () => {
  const bounce = "<sales@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)";
  it.each([
    ['moved back to Mailgun', `We tried Google Workspace for a week, then changed the MX back to Mailgun (mxa.mailgun.org) on Monday.\n${bounce}`],
    ['not moved yet', `We haven't changed the MX back to Google yet, they still point to mxa.mailgun.org.\n${bounce}`],
    ['moved away from Google to Mailgun', `We moved our MX away from Google to Mailgun last week.\n${bounce}`],
    ['wieder auf Mailgun', `Wir haben die MX-Einträge wieder auf Mailgun umgestellt.\n${bounce}`],
  ])('an MX %s is no move away from Mailgun', (_case, text) => {
    const reply = replyTo(text);
    expect(reply).not.toContain("You moved the domain's MX records away from Mailgun");
    expect(reply).not.toContain('Fix: nothing has to change in Mailgun');
  });

  it('a sandbox recipient not added yet keeps the steps to add it', () => {
    const reply = replyTo("I haven't added jane@client.example to the authorized recipients yet, where do I do that?\n421 Domain sandbox1234abcd.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.");
    expect(reply).not.toContain('counts only once its owner has confirmed it');
    expect(reply).toContain('For a test only: add');
  });

  it.each([
    ['the login shown empty', 'I already set MAIL_PASSWORD in .env, but MAIL_USERNAME is still empty.\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=\nMAIL_PASSWORD=********\nExpected response code 250 but got code "550", with message "550 5.7.1 Relaying denied"'],
    ['kept in a password manager', 'We have the SMTP credentials from Mailgun but nobody has put them into the app yet. The credentials are in 1Password.\nExpected response code 250 but got code "550", with message "550 5.7.1 Relaying denied"\nhost smtp.mailgun.org port 587'],
  ])('no "you say the login is set" when %s', (_case, text) => {
    expect(replyTo(text)).not.toContain('You say the SMTP login is set');
  });

  it("another provider's 535 after credentials were set gets no Mailgun login advice", () => {
    expect(replyTo('I already added the SMTP credentials in WordPress (WP Mail SMTP), host smtp.office365.com port 587. Now:\nSMTP Error: 535 5.7.3 Authentication unsuccessful')).not.toContain('The login you set now reaches the server');
  });

  it.each([
    ['a Microsoft 365 gateway', "Their admin says their server accepts the address, it's a real mailbox.\nMailgun log:\nfailed  permanent  bob@partner.example\ndelivery-status: 550 5.7.1 Unable to relay for bob@partner.example\nmx-host: partner-example.mail.protection.outlook.com"],
    ["Mailgun's own server", 'Mailgun\'s server accepts the address (we see "accepted" in the logs), then this comes:\nfailed  permanent  bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example'],
  ])('no out-of-date MX records for %s', (_case, text) => {
    expect(replyTo(text)).not.toContain('the MX records are out of date');
  });

  it.each([
    ['a port in passing', "Mail went out fine on port 587 for two years. Since this morning the app gets:\nSMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nserver: smtp.mailgun.org", 'A new port, the same error?'],
    ['a count beside ports', 'Tried restarting the worker, all ports are open, 25 customers affected so far.\n550 5.7.1 Relaying denied', 'A new port, the same error?'],
    ['not allowlisted', "We are not whitelisted by the partner and I don't think we need to be.\nMailgun log: failed  permanent  bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example", 'Does the allowlist they set help?'],
    ['the API key as the password', "I changed the SMTP password to the API key, still failing:\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE', command: 'RCPT TO'\nhost: smtp.mailgun.org", "not the API's"],
  ])('no answer to what was not done: %s', (_case, text, phrase) => {
    expect(replyTo(text)).not.toContain(phrase);
  });

  it('an undetermined refusal after the MX moved away: the old records, not a Route', () => {
    const lead = leadOf(replyTo('We changed the MX back to Google Workspace yesterday. Since then people get: 550 5.7.1 Relaying denied\nDo we need to change the MX records again?'));
    expect(lead).toContain('No more than you did');
    expect(lead).toContain('still used the old records');
  });
});
