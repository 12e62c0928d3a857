/** Review rounds 149a and 149b: the misses and unread facts, each on the reviewer's own paste (test/fixtures/pastes149a, pastes149b). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const a = (name: string) => diagnose(paste('pastes149a', name));
const b = (name: string) => diagnose(paste('pastes149b', name));

describe('review round 149a', () => {
  it('a question naming a longer relay error ("is this the \\"unable to relay recipient in non-accepted domain\\" thing from last quarter again?") is a guess beside the event\'s 5.4.1 (a149-06)', () => {
    const { scenario, kind } = a('a149-06');
    expect(scenario).toBe('not-relaying-denied');
    expect(kind).toBe('unknown-user');
  });

  it('"show 0 failed events" is no failure seen in Mailgun\'s logs (a149-16)', () => {
    const d = a('a149-16');
    expect(d.scenario).toBe('undetermined');
    expect(d.evidence.map((e) => e.rule)).not.toContain("A failure seen in Mailgun's logs");
  });

  it('the refusal\'s words quoted as words, \'Die "without authentication"-Formulierung klingt nach uns\', say nothing of the session (a149-21)', () => {
    const d = a('a149-21');
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.map((e) => e.rule)).not.toContain('The SMTP session was not authenticated');
    const english = diagnose('Mailgun logs: Failed · 550 5.7.1 <a@x.de>... not permitted to relay through this server without authentication · MX: mail.x.de\nThe "without authentication" wording sounds like us, but we send with the API.');
    expect(english.evidence.map((e) => e.rule)).not.toContain('The SMTP session was not authenticated');
  });

  it('"most tenants point at smtp.mailgun.org ..., some at their Exchange" and a filtered smtp.host leave the host unknown; `password=cfg.password` is no secret (a149-33)', () => {
    const { scenario, facts } = a('a149-33');
    expect(scenario).toBe('undetermined');
    expect(facts.host).toBeNull();
    expect(facts.secretsFound).toBe(false);
  });

  it('a field of an object in code is no password; a value is', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nconn = get_connection(password=self.smtp_password)\n').facts.secretsFound).toBe(false);
    expect(diagnose('550 5.7.1 Relaying denied\npassword=Summer.2024\n').facts.secretsFound).toBe(true);
  });

  it('a breadcrumb `RCPT TO:<a@x> -> 550 5.7.1 Relaying denied` names the recipient: its arrow leads to the answer, not to another address (a149-07)', () => {
    expect(a('a149-07').facts.recipient).toBe('ana.mendes@proton.me');
  });

  it("MailKit's `StatusCode: MailboxUnavailable (550)` six lines under its exception is the reply code (a149-32)", () => {
    expect(a('a149-32').facts.replyCode).toBe(550);
  });

  it('logfmt\'s `error="530 ..." host="smtp.gmail.com:587" step="MAIL FROM"` names the server and the command (a149-12)', () => {
    const { kind, facts } = a('a149-12');
    expect(kind).toBe('auth-failure');
    expect(facts.host).toBe('smtp.gmail.com');
    expect(facts.command).toBe('MAIL FROM');
  });
});

describe('review round 149b', () => {
  it("JSON lines of webhooks flattened with `__` (Pipedream's) are read as events: the failed one's MX host refused (b149-07)", () => {
    const { scenario, facts } = b('b149-07');
    expect(scenario).toBe('recipient-host');
    expect(facts.host).toBe('mx1.sjoberg-bygg.se');
    expect(facts.replyCode).toBe(554);
    expect(facts.recipient).toBe('inkop@sjoberg-bygg.se');
  });

  it('a test session that went well, after a refusal read out on the phone, is not the refusing server; "no sabe si ... o cuando un cliente les escribió" leaves the direction open (b149-27)', () => {
    const { scenario, evidence } = b('b149-27');
    expect(scenario).toBe('undetermined');
    expect(evidence.map((e) => e.rule)).not.toContain("Mailgun's SMTP submission host gave the refusal");
  });

  it("psql's expanded records (`-[ RECORD 2 ]-+---`) are each an event: the failed one decides (b149-30)", () => {
    const { scenario, facts } = b('b149-30');
    expect(scenario).toBe('recipient-host');
    expect(facts.replyCode).toBe(553);
    expect(facts.recipient).toBe('ordini@cantinaserralunga.it');
    expect(facts.host).toBe('mx.cantina-serralunga.it');
  });

  it('a table\'s `ds_enhanced_code` column is the enhanced code (b149-10)', () => {
    expect(b('b149-10').facts.enhancedCode).toBe('5.2.2');
  });

  it('a service\'s log line `temporary failure rcpt=... code=421 mx=... msg="4.7.0 ..."` is a failed event with its code and MX host (b149-20)', () => {
    const { kind, facts } = b('b149-20');
    expect(kind).toBe('rate-limit');
    expect(facts.replyCode).toBe(421);
    expect(facts.host).toBe('mx-jp.mail.am0.yahoodns.net');
  });

  it('MailKit\'s SenderNotAccepted: `Mailbox:` is the sender, the command MAIL FROM, the code 550 5.7.60; a `NewRelayHost_TODO` setting is no host in use (b149-31)', () => {
    const { facts } = b('b149-31');
    expect(facts.recipient).toBeNull();
    expect(facts.command).toBe('MAIL FROM');
    expect(facts.replyCode).toBe(550);
    expect(facts.enhancedCode).toBe('5.7.60');
    expect(facts.host).toBe('smtp.office365.com');
  });

  it('the address under a blank-aligned table\'s Recipient column is the recipient (b149-32)', () => {
    expect(b('b149-32').facts.recipient).toBe('licitaciones@aceros-pacifico.cl');
  });
});
