/** Code review 39 of this session's change, each finding pinned on the reviewer's paste (test/fixtures/review39). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review39/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 39', () => {
  it('a password shaped like a dotted field (`winter.Passw0rd2024`) and a passphrase after a colon stay secrets, never echoed', () => {
    const dotted = review('01-redact-dotted-password');
    expect(diagnose(dotted).facts.secretsFound).toBe(true);
    expect(replyTo(dotted)).not.toContain('Passw0rd2024');
    expect(diagnose(review('01b-redact-passphrase-after-colon')).facts.secretsFound).toBe(true);
  });

  it('a logfmt `host=` with no port names the machine that wrote the log, not the server that refused', () => {
    expect(diagnose(review('02-logfmt-host-is-log-source')).scenario).toBe('mailgun-outgoing');
  });

  it('"Most of their mail goes out through smtp.mailgun.org ..., but some invoices ... bounce" keeps the customer\'s own host', () => {
    expect(diagnose(review('03-most-mail-via-mailgun')).scenario).toBe('mailgun-outgoing');
  });

  it('a guess with a second question after a comma keeps that question: "is this the Relaying Denied thing, do we need to change our SMTP settings?"', () => {
    expect(replyTo(review('04-guess-eats-settings-question'))).toContain('Do you need to change your SMTP settings? No');
  });

  it("the Recipient column's Bounced row gives the recipient, not the Delivered row above it", () => {
    expect(diagnose(review('05-recipient-column-first-row')).facts.recipient).toBe('licitaciones@aceros-pacifico.cl');
  });

  it('words with accented letters at their edges are matched: "no sé si", "ändern", "É a API key"', () => {
    expect(diagnose(review('06-no-se-si-direction')).scenario).toBe('undetermined');
    expect(replyTo(review('06b-settings-asked-de'))).toContain('Do you need to change your SMTP settings? No');
    expect(replyTo(review('06d-pt-api-key-question'))).toContain('not an API key');
  });

  it('a code pair on a nearby line about another error ("the same channel showed 421 4.7.0") is not the refusal\'s code', () => {
    const { facts } = diagnose(review('07-code-pair-near-other-error'));
    expect(facts.replyCode).toBeNull();
    expect(replyTo(review('07-code-pair-near-other-error'))).not.toContain('The refusal is temporary');
  });

  it("a forwarded mail's `From:` header and a commented-out from_address are no From setting", () => {
    expect(diagnose(review('08-from-header-not-setting')).facts.fromSetting).toBe('alerts@skyline-ops.io');
    expect(diagnose(review('08b-from-setting-commented-out')).facts.fromSetting).toBe('alerts@mg.skyline-ops.io');
  });

  it('a test session that reproduces the reported refusal keeps its server as the one that refused', () => {
    expect(diagnose(review('09-session-reproduces-after-report')).facts.host).toBe('relay.nordwerk-it.de');
  });

  it('routes written with escaped dots (`^support@mg\\.brightdesk\\.io$`) count as the domain\'s own: no sending-domain advice', () => {
    expect(replyTo(review('10-sending-domain-escaped-route'))).not.toContain('looks like a sending domain');
  });

  it("MailKit's `Mailbox:` is the sender's only under its own SenderNotAccepted: a recipient's refusal elsewhere keeps its address", () => {
    expect(diagnose(review('11-mailkit-sender-and-recipient')).facts.recipient).toBe('accounts@harbor-freight-partners.com');
  });

  it('a statement "é do provedor ou nosso" with no question mark asks nothing', () => {
    expect(diagnose(review('12-pt-statement-own-side')).facts.ownSideAsked).toBe(false);
  });
});
