/** Review round 152 (test/fixtures/pastes152a, 152b): the engine's misses and the facts it read wrong, each pinned. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('review round 152: misses', () => {
  it('a Mailgun log entry typed out, "Attempt #1 to mail01.x.no [ip]" over its 550, names the refusing host: recipient-host (a152-09)', () => {
    const { scenario, facts } = diagnose(paste('pastes152a', 'a152-09'));
    expect(scenario).toBe('recipient-host');
    expect(facts.host).toBe('mail01.fjordkraft-kommune.no');
  });

  it('the direction left open in German ("versenden ... und empfangen ... über Mailgun-Routes", "weiß nicht mehr, ob ... oder") and Greek (a152-25, a152-34)', () => {
    expect(diagnose(paste('pastes152a', 'a152-25')).scenario).toBe('undetermined');
    expect(diagnose(paste('pastes152a', 'a152-34')).scenario).toBe('undetermined');
  });

  it('"Message rejected by list moderator" is a policy refusal (a152-06)', () => {
    expect(diagnose(paste('pastes152a', 'a152-06')).kind).toBe('policy');
  });

  it('a past ticket\'s quoted "550 5.7.1 Relaying denied" ("Die 550 von letzter Woche war Ticket #88121, ...") beside today\'s 535 (b152-03)', () => {
    const { scenario, kind, facts } = diagnose(paste('pastes152b', 'b152-03'));
    expect(scenario).toBe('not-relaying-denied');
    expect(kind).toBe('auth-failure');
    expect(facts.replyCode).toBe(535);
  });

  it("an Exim bounce with two addresses: the refused one's own `host mxa.eu.mailgun.org` line (b152-08)", () => {
    const { scenario, facts } = diagnose(paste('pastes152b', 'b152-08'));
    expect(scenario).toBe('mailgun-incoming');
    expect(facts.host).toBe('mxa.eu.mailgun.org');
  });

  it('claims: "Le client jure que c\'est un relaying denied" (b152-10), "customer calls it "the same relaying denied as in March"" (b152-12)', () => {
    expect(diagnose(paste('pastes152b', 'b152-10')).kind).toBe('mailbox-full');
    expect(diagnose(paste('pastes152b', 'b152-12')).kind).toBe('blocked');
  });

  it('"não sabemos se foi ao enviar ou ao receber", "mas pelo código parece bem claro": the code decides (b152-22)', () => {
    expect(diagnose(paste('pastes152b', 'b152-22')).scenario).toBe('mailgun-outgoing');
  });

  it('"They send from mg.x.de and also receive on x.de through Mailgun routes" leaves the side open, a domain\'s dots between (b152-32)', () => {
    expect(diagnose(paste('pastes152b', 'b152-32')).scenario).toBe('undetermined');
  });
});

describe('review round 152: facts', () => {
  it('a VERP sender, `bounce+7a1c-mike=x.com@lists.y.org`, is no recipient; the logs row\'s "Permanent  To: a@b" is (a152-15)', () => {
    expect(diagnose(paste('pastes152a', 'a152-15')).facts.recipient).toBe('mike@kellerplumbing-or.com');
  });

  it('Norwegian Exchange Online: "mottakerne eller gruppene" and "Ekstern server på ..." (a152-24)', () => {
    expect(diagnose(paste('pastes152a', 'a152-24')).facts.recipient).toBe('pamelding-handball@il-fjellstua.no');
  });

  it('CiviCRM\'s "Unable to add recipient [a@b]" is RCPT TO and names the recipient (a152-12)', () => {
    const { facts } = diagnose(paste('pastes152a', 'a152-12'));
    expect(facts.command).toBe('RCPT TO');
    expect(facts.recipient).toBe('spenden@tierhilfe-rhein-sieg.de');
  });

  it('"the 554 again??" is no server reply: the code is the sandbox\'s 421 (b152-21)', () => {
    const { kind, facts } = diagnose(paste('pastes152b', 'b152-21'));
    expect(kind).toBe('sandbox');
    expect(facts.replyCode).toBe(421);
  });

  it("a swaks session's RCPT TO taken (`<~ 250`) is not the refused recipient; the app's JSON `\"code\":\"EENVELOPE\"` names nodemailer (b152-01)", () => {
    const { facts } = diagnose(paste('pastes152b', 'b152-01'));
    expect(facts.recipient).toBe('maria.alves@outlook.com');
    expect(facts.client).toBe('nodemailer');
  });

  it('codes and a Mailgun host read out on the phone: "five-five-zero, five dot seven dot one", "remote server mxb dot mailgun dot org" (b152-19)', () => {
    const { scenario, facts } = diagnose(paste('pastes152b', 'b152-19'));
    expect(scenario).toBe('mailgun-incoming');
    expect(facts.replyCode).toBe(550);
    expect(facts.enhancedCode).toBe('5.7.1');
    expect(facts.host).toBe('mxb.mailgun.org');
  });

  it('recipients: a failure log line\'s `to=a@b` after other fields (b152-17), "Invoice 55120 goes to a@b" (b152-35); "(API mode, US)" is the region (a152-31)', () => {
    expect(diagnose(paste('pastes152b', 'b152-17')).facts.recipient).toBe('anders.lind@telia.com');
    expect(diagnose(paste('pastes152b', 'b152-35')).facts.recipient).toBe('ekonomi@bergstrom-bygg.se');
    expect(diagnose(paste('pastes152a', 'a152-31')).facts.region).toBe('us');
  });
});
