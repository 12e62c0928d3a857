/** Review rounds 177c–179c: each defect pinned on the reviewer's paste (test/fixtures/pastes17xc). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 179c (errors that are not relay denials)', () => {
  it("c179-15: Python's \"SMTP AUTH extension not supported by server\" is STARTTLS missing before login(), not a relay refusal", () => {
    const text = paste('pastes179c', 'c179-15');
    expect([diagnose(text).scenario, diagnose(text).kind]).toEqual(['not-relaying-denied', 'other']);
    const reply = replyTo(text);
    expect(reply).toContain('s.starttls()');
    expect(reply).toContain('the login and password themselves are not the problem');
    // (one step: the generic "turn on STARTTLS" would say it again)
    expect(reply).not.toContain('Turn on STARTTLS in the sending application');
  });

  it('c179-14: a content filter\'s "link or attachment type that is blocked by the recipient\'s organization policy" is a policy refusal with content steps', () => {
    const text = paste('pastes179c', 'c179-14');
    expect(diagnose(text).kind).toBe('policy');
    const reply = replyTo(text);
    expect(reply).toContain("content filter refused the message");
    expect(reply).toContain('bit.ly');
    expect(reply).not.toContain('make the From domain');
  });

  it('c179-04: a key masked "(masqué)" is no secret, and "le domaine est bien dans la région EU" places the domain in the EU', () => {
    const diagnosis = diagnose(paste('pastes179c', 'c179-04'));
    expect(diagnosis.facts).toMatchObject({ secretsFound: false, region: 'eu' });
    expect(replyTo(paste('pastes179c', 'c179-04'))).toContain('Send this domain\'s requests to https://api.eu.mailgun.net');
    // (not when the sentence says it is not there, or asks)
    expect(diagnose('le domaine n\'est pas dans la région EU. curl https://api.mailgun.net/v3/mg.x.fr/messages → HTTP/1.1 401 Unauthorized').facts.region).toBe('us');
  });
});

describe('review round 178c (follow-ups)', () => {
  it('c178-12: the current content-filter event is answered, not the relay refusal recalled "pour rappel"', () => {
    const text = paste('pastes178c', 'c178-12');
    expect([diagnose(text).scenario, diagnose(text).kind]).toEqual(['not-relaying-denied', 'policy']);
    expect(replyTo(text)).not.toContain('relay attempt');
  });
});

describe('review round 177c (mail servers relaying through Mailgun)', () => {
  it.each([
    ['c177-01', 'hmailserver', 'tick "Server requires authentication" under SMTP Relayer', 'hMailServer applies the delivery settings as you save them'],
    ['c177-02', 'mdaemon', 'tick "Use SMTP authentication" under the smart host', null],
    ['c177-03', 'kerio', 'tick "Relay SMTP server requires authentication"', null],
    ['c177-04', 'iis-smtp', 'Outbound Security, choose Basic authentication', null],
    ['c177-07', 'opensmtpd', 'auth <secrets>', 'rcctl restart smtpd'],
  ])('%s: %s gets its own setting, not a generic "any SMTP client" block', (name, client, fix, restart) => {
    const text = paste('pastes177c', name);
    expect(diagnose(text).facts.client).toBe(client);
    const reply = replyTo(text);
    expect(reply).toContain(fix);
    expect(reply).not.toContain('I could not tell which program sends the mail');
    // (a console's password is typed into it: no environment variable, no file mode)
    expect(reply).not.toContain('environment variable or secret store');
    if (restart) expect(reply).toContain(restart);
    expect(reply).not.toContain('a running application reads its environment');
  });

  it('c177-06: a Microsoft 365 outbound connector cannot log in to a smart host: a relay of its own in between, not "turn on authentication"', () => {
    const text = paste('pastes177c', 'c177-06');
    expect(diagnose(text).facts.client).toBe('m365-connector');
    const reply = replyTo(text);
    expect(reply).toContain('cannot log in to a smart host');
    // (since round 268 the connector is turned off or scoped first, so that the staff's own mail flows again)
    expect(reply).toContain("point the connector's smart host at that relay");
    expect(reply).not.toContain('In the sending application, set the server to');
    // (Exchange Server's own send connector can log in: it keeps its own fix)
    expect(diagnose('Exchange 2019 send connector "To Mailgun", smart host smtp.mailgun.org, no smart host authentication. NDR: Remote server returned \'550 5.7.1 Relaying denied\'').facts.client).toBe('exchange');
  });

  it("takes a Kerio or MDaemon named as the recipient's server beside Mailgun's failed event for no sender's client", () => {
    const event = '"event": "failed", "severity": "permanent", "recipient": "a@partner.example", "delivery-status": {"code": 550, "message": "5.7.1 Relaying denied", "mx-host": "mail.partner.example"}';
    for (const server of ['Kerio Connect', 'MDaemon']) expect(diagnose(`The partner runs ${server}. Our failed event:\n${event}`).facts.client).toBeNull();
  });
});

describe('review round 180c (two errors at once)', () => {
  it("c180-11: two webhooks in two fences are both read: the qmail relay refusal is the story, another address's suppression a side note", () => {
    const diagnosis = diagnose(paste('pastes180c', 'c180-11'));
    expect(diagnosis).toMatchObject({ scenario: 'recipient-host', facts: { recipient: 'inkop@strandbergs-bygg.se', replyCode: 553, enhancedCode: '5.7.1' } });
    expect(diagnosis.facts.recipients).toEqual(['inkop@strandbergs-bygg.se', 'old.buyer@lindqvist.se']);
    // (a suppression of the same address as the only record stays what it is)
    const suppressed = '```\n{"event-data":{"event":"failed","severity":"permanent","reason":"suppress-bounce","recipient":"old.buyer@lindqvist.se","delivery-status":{"code":605,"description":"Not delivering to previously bounced address"}}}\n```';
    expect([diagnose(suppressed).scenario, diagnose(suppressed).kind]).toEqual(['not-relaying-denied', 'other']);
  });
});

describe('review round 181c (mail servers, second pass)', () => {
  it("c181-17: a sasl_passwd line quoted after its file's name is read for the key mismatch, its masked password is no secret", () => {
    const text = paste('pastes181c', 'c181-17');
    expect(diagnose(text).facts.secretsFound).toBe(false);
    const reply = replyTo(text);
    expect(reply).toContain('make the sasl_passwd key exactly the relayhost value');
    expect(reply).not.toContain("turn Postfix's SMTP login on");
    // (a real password on that line is still redacted and flagged)
    const real = 'relayhost = [smtp.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\n/etc/postfix/sasl_passwd: `smtp.mailgun.org:587 postmaster@mg.x.com:S3cretPassw0rd99`\nsaid: 550 5.7.1 Relaying denied';
    expect(diagnose(real).facts.secretsFound).toBe(true);
    expect(replyTo(real)).not.toContain('S3cretPassw0rd99');
  });

  it('c181-06: "are the bounced mails resent by themselves?" of an Exim smarthost: its ** bounces are gone, its deferred ones retried', () => {
    const reply = replyTo(paste('pastes181c', 'c181-06'));
    expect(reply).toContain('Will it be sent again? Those its log shows with ** are gone');
    expect(reply).not.toContain('Will it be sent again? Yes');
  });
});
