/** Review round 153 (test/fixtures/pastes153a, 153b): the engine's misses and the facts it read wrong, each pinned. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('review round 153: misses', () => {
  it('a PLC\'s "Authentication checkbox: unchecked" and "we disabled auth" mean no login: outgoing (a153-06)', () => {
    const { scenario, facts } = diagnose(paste('pastes153a', 'a153-06'));
    expect(scenario).toBe('mailgun-outgoing');
    expect(facts.authAttempted).toBe(false);
    expect(diagnose('Did they disable auth? 550 5.7.1 Relaying denied from smtp.mailgun.org\n').facts.authAttempted).not.toBe(false);
  });

  it('two flows listed a line apart, "sends ... via Mailgun" / "receives through Mailgun", leave the side open (a153-23)', () => {
    expect(diagnose(paste('pastes153a', 'a153-23')).scenario).toBe('undetermined');
  });

  it('Gmail\'s "content presents a potential security issue" is a policy block (a153-29); Cisco\'s "Your access to submit messages ... rejected" with BLOCKED_LIST a reputation block (a153-32)', () => {
    expect(diagnose(paste('pastes153a', 'a153-29')).kind).toBe('policy');
    expect(diagnose(paste('pastes153a', 'a153-32')).kind).toBe('blocked');
  });

  it('"usamos o Mailgun só para envio, o recebimento é no Zoho" says sending only: the code decides, outgoing (b153-08)', () => {
    expect(diagnose(paste('pastes153b', 'b153-08')).scenario).toBe('mailgun-outgoing');
  });

  it('a past case quoted on its line, "last month they had "550 ..."" and "o antigo ticket dele (#3021) era "550 ..."", beside today\'s other error (b153-25, b153-36)', () => {
    const auth = diagnose(paste('pastes153b', 'b153-25'));
    expect(auth.kind).toBe('auth-failure');
    expect(auth.facts.replyCode).toBe(535);
    expect(diagnose(paste('pastes153b', 'b153-36')).kind).toBe('other');
  });
});

describe('review round 153: facts', () => {
  it("a swaks test's accepted `--to` is not the refused recipient beside the app's JSON error; its `\"command\":\"RCPT TO\"` is read (b153-04)", () => {
    const { facts } = diagnose(paste('pastes153b', 'b153-04'));
    expect(facts.recipient).toBe('invoices@tidewater-supply.com');
    expect(facts.command).toBe('RCPT TO');
  });

  it('each message\'s own "Recipient:" line above its events table: the failed one\'s (b153-17)', () => {
    expect(diagnose(paste('pastes153b', 'b153-17')).facts.recipient).toBe('m.berg@havbris-shipping.no');
  });

  it('the logs page\'s "Attempt #1 to host [ip] (mx.x.at)" names the host (b153-27)', () => {
    expect(diagnose(paste('pastes153b', 'b153-27')).facts.host).toBe('mx.zimmerei-haller.at');
  });

  it('a gateway\'s message trace, "Next hop: mxb.mailgun.org (34.160.233.158)" under its 550, names the refusing host (a153-35)', () => {
    const { facts } = diagnose(paste('pastes153a', 'a153-35'));
    expect(facts.host).toBe('mxb.mailgun.org');
    expect(facts.hostRole).toBe('mailgun-mx');
  });
});
