/** Review round 144's findings, each on the reviewer's own paste (test/fixtures/pastes144b, pastes144c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { redactSecrets } from '../../src/diagnosis/redact.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 144b', () => {
  it('a refusing host the `host` command shows as an alias of mxa.eu.mailgun.org ("X is an alias for Y.") is Mailgun\'s inbound MX (b144-10)', () => {
    expect(diagnose(paste('pastes144b', 'b144-10'))).toMatchObject({ scenario: 'mailgun-incoming', facts: { host: 'mxa.eu.mailgun.org', hostRole: 'mailgun-mx', region: 'eu' } });
  });

  it('Cloud Logging\'s "severity":"ERROR" is a log level, not a Mailgun event\'s severity (b144-07)', () => {
    expect(diagnose(paste('pastes144b', 'b144-07'))).toMatchObject({ scenario: 'mailgun-outgoing', facts: { severity: null, hostRole: 'mailgun-smtp' } });
  });

  it("an address's temporary failures, then its permanent one, in a list of webhooks or an Events page: the permanent one is the outcome (b144-18, 27, 33)", () => {
    expect(diagnose(paste('pastes144b', 'b144-18'))).toMatchObject({ scenario: 'recipient-host', facts: { replyCode: 554, severity: 'permanent' } });
    expect(diagnose(paste('pastes144b', 'b144-27'))).toMatchObject({ kind: 'unknown-user', facts: { replyCode: 550, enhancedCode: '5.1.1' } });
    expect(diagnose(paste('pastes144b', 'b144-33'))).toMatchObject({ kind: 'mailbox-full', facts: { replyCode: 552, severity: 'permanent' } });
    expect(replyTo(paste('pastes144b', 'b144-18'))).not.toContain('still trying');
  });

  it('"Relaying denied" in a message\'s subject inside the events is no server\'s reply (b144-26)', () => {
    expect(diagnose(paste('pastes144b', 'b144-26'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'rate-limit' });
  });

  it("a vault secret's name or path (secret: smtp-mailgun-pass, secret: mailgun/prod/smtp) and a key shown cut and marked (redacted) are no secrets (b144-06, 25)", () => {
    expect(diagnose(paste('pastes144b', 'b144-25')).facts.secretKinds).not.toContain('token');
    expect(redactSecrets('password: in Azure Key Vault kv-prod-mail, secret: smtp-mailgun-pass, il token: non serve per SMTP').found).toBe(false);
    expect(redactSecrets('MAILGUN_API_KEY:        f3c1…(redacted)').found).toBe(false);
    expect(redactSecrets('secret: Xk29-abQ7').found).toBe(true);
  });
});

describe('review round 144c', () => {
  it('a Synology NAS\'s settings in Polish, "Serwer SMTP: smtp.mailgun.org" and "Uwierzytelnianie SMTP: NIE zaznaczone", are an unauthenticated session at Mailgun, the box named (c144-04)', () => {
    const text = paste('pastes144c', 'c144-04');
    expect(diagnose(text)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { authAttempted: false } });
    const reply = replyTo(text);
    expect(reply).toContain('Fix: tick "Uwierzytelnianie SMTP" and fill in the user name and password fields');
    expect(reply).toContain('Will it be sent again? Not by themselves');
  });

  it('"자동으로 다시 발송되나요?" and "¿llegarán solos más tarde?" are answered "Not by themselves"; "Máme změnit port?" gets the port answer (c144-06, 11, 14)', () => {
    expect(replyTo(paste('pastes144c', 'c144-06'))).toContain('Will it be sent again? Not by themselves');
    expect(replyTo(paste('pastes144c', 'c144-11'))).toContain('Will it be sent again? Not by themselves');
    expect(replyTo(paste('pastes144c', 'c144-14'))).toContain('Is the port the problem? No: Mailgun accepted your message');
  });

  it('a catch_all() with stop() planned at priority 0 is answered: not safe (c144-10)', () => {
    expect(replyTo(paste('pastes144c', 'c144-10'))).toContain('Is a catch_all() with stop() at the first priority safe? No:');
  });

  it("a key shown masked, key-3f9a••••••••, is no exposed secret (c144-17)", () => {
    expect(diagnose(paste('pastes144c', 'c144-17')).facts.secretsFound).toBe(false);
    expect(redactSecrets('SMTP Password: key-3f9a••••••••').found).toBe(false);
    expect(redactSecrets('SMTP Password: key-3f9a1b2c3d4e').found).toBe(true);
  });

  it('a sandbox: the DNS answer does not contradict the steps (no MX change; a domain of your own needs its SPF and DKIM records) (c144-18)', () => {
    const reply = replyTo(paste('pastes144c', 'c144-18'));
    expect(reply).toContain('Do you need to change your MX records? No MX change:');
    expect(reply).toContain('the SPF and DKIM TXT records Mailgun lists when you add it');
  });

  it("MX records half moved, Mailgun's and the old host's at the same priority: why mail arrives only sometimes, and the MX change to finish (c144-09)", () => {
    const reply = replyTo(paste('pastes144c', 'c144-09'));
    expect(reply).toContain('Why does some of the mail arrive? The domain\'s MX records name Mailgun and "mx00.alter-hoster.de" too');
    expect(reply).toContain('Do you need to change your MX records? Yes, to finish the move');
    expect(reply).toContain('mxb.eu.mailgun.org');
    expect(reply).not.toContain('its MX records already point there');
  });
});
