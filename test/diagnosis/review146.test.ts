/** Review round 146's findings on the diagnosis, each on the reviewer's own paste (test/fixtures/pastes146a, 146b, 146c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('review round 146: history and decoys', () => {
  it('"en agosto tenían `550 5.7.1 Relaying denied` ... Lo arreglaron el 2 de septiembre" is history beside today\'s full mailbox (b146-32)', () => {
    expect(diagnose(paste('pastes146b', 'b146-32'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'mailbox-full' });
  });

  it('"(1) semana passada — JÁ RESOLVIDO ...:" sets last week\'s case aside for "(2) hoje — ESTE é o chamado" (b146-14)', () => {
    const { scenario, facts } = diagnose(paste('pastes146b', 'b146-14'));
    expect(scenario).toBe('mailgun-incoming');
    expect(facts.recipient).toBe('notas@ateliemariana.com.br');
  });

  it('"Last year they had the "Relay access denied" problem (...), fixed by their IT in Feb:" is history beside today\'s 552 (a146-36)', () => {
    expect(diagnose(paste('pastes146a', 'a146-36'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
  });

  it('a monitoring panel\'s count of zero relay refusals at mxa/mxb is no evidence of the incoming case (b146-05)', () => {
    const diagnosis = diagnose(paste('pastes146b', 'b146-05'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.evidence.map((e) => e.excerpt).join('\n')).not.toContain('Grafana panel');
  });

  it('a relay refusal told before a count of zero retries is still a refusal', () => {
    const text = 'smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command); retries: 0';
    expect(diagnose(text).scenario).not.toBe('not-relaying-denied');
  });

  it('"I can\'t find a matching failed event yet" is no failure seen in Mailgun\'s logs (a146-25)', () => {
    expect(diagnose(paste('pastes146a', 'a146-25')).scenario).toBe('undetermined');
  });

  it('"there\'s no SMTP auth to configure" (an API sender\'s words) is no unauthenticated session: a failed event at the recipient\'s MX (a146-31)', () => {
    expect(diagnose(paste('pastes146a', 'a146-31')).scenario).toBe('recipient-host');
  });
});

describe('review round 146: facts', () => {
  it("Go's `var auth smtp.Auth` never given a value and passed to SendMail sends no login", () => {
    const go = 'addr := "smtp.mailgun.org:587"\nvar auth smtp.Auth // TODO\nerr := smtp.SendMail(addr, auth, from, []string{to}, msg)\n// 550 5.7.1 Relaying denied';
    expect(diagnose(go).evidence.map((e) => e.rule)).toContain('The SMTP session was not authenticated');
    const assigned = go.replace('// TODO', '\nauth = smtp.PlainAuth("", user, pass, "smtp.mailgun.org")');
    expect(diagnose(assigned).evidence.map((e) => e.rule)).not.toContain('The SMTP session was not authenticated');
  });

  it("Python's `(530, b'5.7.57 ... Error: 535 5.7.139 ...')`: the tuple's own codes, not those inside its text (b146-28)", () => {
    expect(diagnose(paste('pastes146b', 'b146-28')).facts).toMatchObject({ replyCode: 530, enhancedCode: '5.7.57' });
  });

  it('"Recipient: a@x.pt. Is this ..." reads the address without its full stop (b146-31)', () => {
    expect(diagnose(paste('pastes146b', 'b146-31')).facts.recipient).toBe('partners@lisbon-tilework.pt');
  });

  it('a logs entry typed out with its address alone under the heading and the time names the failed recipient, not the notification\'s first "To Email" (c146-14)', () => {
    expect(diagnose(paste('pastes146c', 'c146-14')).facts.recipient).toBe('nobetci@bosphorus-hosting.com.tr');
  });

  it('a settings screen\'s "No-reply address:" is the sender\'s, not a recipient (c146-18)', () => {
    const { facts } = diagnose(paste('pastes146c', 'c146-18'));
    expect(facts.recipient).toBe('m.okafor@stbrendans-academy.ie');
    expect(facts.recipients).not.toContain('noreply@sandbox4e1c2a9b7f0d4e83a5b6c7d8e9f01234.mailgun.org');
  });

  it("an app set to hand its mail to localhost:25, whose Postfix log shows Mailgun's refusal: Postfix is the client to fix (c146-05)", () => {
    expect(diagnose(paste('pastes146c', 'c146-05')).facts.client).toBe('postfix');
  });

  it('an article after `=` opening words is prose, not a password; a value that only starts like one is still a secret', () => {
    expect(diagnose('SMTP_PASSWORD=the "Private API key" from API Security\n535 5.7.0 Mailgun is not loving your login or password').facts.secretsFound).toBe(false);
    expect(diagnose('SMTP_PASSWORD=theQ7x9Lm2 node send.js\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(true);
    expect(diagnose('SMTP_PASSWORD=their\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(true);
  });
});
