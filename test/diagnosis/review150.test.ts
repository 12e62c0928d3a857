/** Review rounds 150a and 150b: the misses and unread facts, each on the reviewer's own paste (test/fixtures/pastes150a, pastes150b). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const a = (name: string) => diagnose(paste('pastes150a', name));
const b = (name: string) => diagnose(paste('pastes150b', name));

describe('review round 150a', () => {
  it("a WordPress SMTP plugin's own Email Log is the sending side's: no lean to Mailgun's inbound MX (a150-21)", () => {
    expect(a('a150-21').scenario).toBe('undetermined');
  });

  it('"571 vuol dire \\"relay denied\\"", a person\'s reading of a code beside an event\'s own 571, is no relay refusal (a150-24)', () => {
    expect(a('a150-24').scenario).toBe('not-relaying-denied');
  });

  it('"Mailgun API returned: Forbidden (401)" is an API key refusal (a150-35)', () => {
    const { scenario, kind } = a('a150-35');
    expect(scenario).toBe('not-relaying-denied');
    expect(kind).toBe('api-auth');
  });
});

describe('review round 150b', () => {
  it("mysql's `\\G` rows are each an event: the failed one decides (b150-17)", () => {
    const { scenario, facts } = b('b150-17');
    expect(scenario).toBe('recipient-host');
    expect(facts.host).toBe('mail.studio-bianchi.it');
    expect(facts.recipient).toBe('a.bianchi@studio-bianchi.it');
  });

  it('a refusal read out on the phone, then a swaks test that logged in and went through: the test\'s server did not refuse (b150-21)', () => {
    const { scenario, evidence } = b('b150-21');
    expect(scenario).toBe('undetermined');
    expect(evidence.map((e) => e.rule)).not.toContain("Mailgun's SMTP submission host gave the refusal");
  });

  it('an aligned table\'s Recipient column: the Failed row\'s address, not the Delivered row\'s above it (b150-19)', () => {
    expect(b('b150-19').facts.recipient).toBe('verkoop@tegelzetter-vdberg.nl');
  });

  it('quoted descriptions in a password\'s place and ERB\'s `<%= ENV[...] %>` are no secrets; a real one beside them still is (b150-20, b150-28, b150-31)', () => {
    for (const name of ['b150-28', 'b150-31']) expect(b(name).facts.secretsFound).toBe(false);
    expect(b('b150-20').facts.secretKinds).not.toContain('password');
    expect(b('b150-20').facts.secretKinds).not.toContain('api-key');
    expect(diagnose('550 5.7.1 Relaying denied\npassword: "the secret sauce 99"\n').facts.secretsFound).toBe(true);
    expect(diagnose('550 5.7.1 Relaying denied\nwachtwoord = "het SMTP-wachtwoord uit Mailgun"\n').facts.secretsFound).toBe(false);
  });

  it("MailKit's exception with the server's words and no code is the refusal: its `StatusCode = ServiceNotAvailable` gives 421 (b150-31)", () => {
    const { kind, facts } = b('b150-31');
    expect(kind).toBe('sandbox');
    expect(facts.replyCode).toBe(421);
    expect(facts.serverMessage).toContain('is not allowed to send');
  });

  it('a `step="rcpt"` field beside the 550 names the command (b150-02)', () => {
    expect(b('b150-02').facts.command).toBe('RCPT TO');
  });

  it('"Il destinatario che fallisce è ..." names the recipient (b150-04)', () => {
    expect(b('b150-04').facts.recipient).toBe('m.rossi@studiorossi.it');
  });
});
