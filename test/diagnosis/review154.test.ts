/**
 * Review rounds 154 and 155 (test/fixtures/pastes154a, 154b, 155a) and round 153's leftovers (pastes153a, 153b): the
 * engine's misses and the facts it read wrong, each pinned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('review round 153: leftovers', () => {
  it('a bare `> RCPT TO:<a@b>` in an indented session is the command the refusal answered, and its "Status:" line is no part of the reply (a153-01)', () => {
    const { facts } = diagnose(paste('pastes153a', 'a153-01'));
    expect(facts.command).toBe('RCPT TO');
    expect(facts.serverMessage).toBe('550 5.7.1 Relaying denied');
  });

  it("Microsoft 365's message trace CSV names its recipient `recipient_address` (a153-11)", () => {
    const { scenario, facts } = diagnose(paste('pastes153a', 'a153-11'));
    expect(scenario).toBe('mailgun-incoming');
    expect(facts.recipient).toBe('edi-inbox@northport-3pl.com');
  });

  it('a notice\'s "We tried to forward a message from your guest (...) to a@x" names its recipient (a153-31)', () => {
    expect(diagnose(paste('pastes153a', 'a153-31')).facts.recipient).toBe('reservas@casadorio-lisboa.pt');
  });

  it("a commented-out transport's host is no host in use: the live one's is (b153-01)", () => {
    const { facts } = diagnose(paste('pastes153b', 'b153-01'));
    expect(facts.host).toBe('smtp.mailgun.org');
    expect(facts.hostRole).toBe('mailgun-smtp');
  });
});

describe('review round 154: misses', () => {
  it('"we use mailgun not only for sending" and "I asked which way it was going" leave the side open: no advice to point the MX away (b154-21)', () => {
    expect(diagnose(paste('pastes154b', 'b154-21')).scenario).toBe('undetermined');
    // (still: "only for sending" says the MX is not meant for Mailgun)
    const onlySending = diagnose('We use Mailgun only for sending. A partner got: 550 5.7.1 Relaying denied from mxa.mailgun.org for info@x-shop.de\n');
    expect(onlySending.evidence.map((e) => e.rule)).toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it('an old case quoted in its own sentence ("Il vecchio ticket del cliente era "550 ..."", "Last week\'s error was the "5.7.1 ..."") is not today\'s error (b154-32, b154-36)', () => {
    expect(diagnose(paste('pastes154b', 'b154-32')).kind).toBe('api-auth');
    const unknown = diagnose(paste('pastes154b', 'b154-36'));
    expect(unknown.kind).toBe('unknown-user');
    expect(unknown.facts.enhancedCode).toBe('5.1.1');
  });

  it('"SMTP Authentication ..... [ ] (unchecked)" is no login, whatever the customer says (b154-03)', () => {
    const { scenario, facts } = diagnose(paste('pastes154b', 'b154-03'));
    expect(scenario).toBe('mailgun-outgoing');
    expect(facts.authAttempted).toBe(false);
  });

  it('a screen read out on the phone: "Five fifty", "Server: smtp dot mailgun dot org", "Benutzername: leer", "Passwort: leer." (b154-08)', () => {
    const { scenario, facts } = diagnose(paste('pastes154b', 'b154-08'));
    expect(scenario).toBe('mailgun-outgoing');
    expect(facts.replyCode).toBe(550);
    expect(facts.host).toBe('smtp.mailgun.org');
    expect(facts.authAttempted).toBe(false);
    expect(facts.secretsFound).toBe(false);
    // ("Port five eight seven" is no reply code)
    expect(diagnose('"Server smtp.mailgun.org, Port five eight seven, relaying denied."\n').facts.replyCode).toBeNull();
  });

  it("a Mailgun machine's own name greeting the session (smtp-out-eu-west1-c.mailgun.net) is Mailgun's host, not another's (a154-05)", () => {
    const { scenario, facts } = diagnose(paste('pastes154a', 'a154-05'));
    expect(scenario).toBe('mailgun-outgoing');
    expect(facts.hostRole).toBe('mailgun-smtp');
  });
});

describe('review round 154: facts', () => {
  it("Exchange's queue error quotes the server's reply; the disabled connector names no host; the enabled one names the connector (b154-01)", () => {
    const { facts } = diagnose(paste('pastes154b', 'b154-01'));
    expect(facts.replyCode).toBe(550);
    expect(facts.enhancedCode).toBe('5.7.1');
    expect(facts.host).toBe('smtp.mailgun.org');
    expect(facts.region).toBe('us');
    expect(facts.client).toBe('exchange');
    expect(facts.sendConnector).toBe('Mailgun Outbound');
  });
});

describe('review round 155: misses', () => {
  it('"the old route matched helpdesk@x directly" is no route that matched the message (a155-14)', () => {
    expect(diagnose(paste('pastes155a', 'a155-14')).scenario).toBe('mailgun-incoming');
  });

  it('"so no SMTP auth involved on our side" of an API sender is no missing login (a155-19)', () => {
    const { scenario, facts } = diagnose(paste('pastes155a', 'a155-19'));
    expect(scenario).toBe('recipient-host');
    expect(facts.authAttempted).not.toBe(false);
  });

  it('"Email sent successfully via smtp.eu.mailgun.org:587 as ..." reads no reply code from the port (a155-20)', () => {
    expect(diagnose(paste('pastes155a', 'a155-20')).scenario).toBe('recipient-host');
  });

  it("Mailgun's API refusing the request's `from` (HTTP 400) is not a relay refusal asked about (a155-33)", () => {
    const { scenario, kind } = diagnose(paste('pastes155a', 'a155-33'));
    expect(scenario).toBe('not-relaying-denied');
    expect(kind).toBe('other');
  });

  it('a Rust module path (`vaultwarden::api::core`) is no `api:KEY`', () => {
    expect(diagnose('[vaultwarden::api::core::organizations][ERROR] Error sending invite\n550 5.7.1 Relaying denied\n').facts.secretsFound).toBe(false);
    expect(diagnose("curl --user 'api:9f8e7d6c5b4a39281726354a5b6c7d8e-1a2b3c4d-5e6f7a8b' https://api.mailgun.net/v3/x/messages\n").facts.secretsFound).toBe(true);
  });

  it('Gitea, Vaultwarden and Mattermost are recognised by their own settings and logs', () => {
    expect(diagnose(paste('pastes155c', 'c155-01')).facts.client).toBe('gitea');
    expect(diagnose(paste('pastes155c', 'c155-02')).facts.client).toBe('mattermost');
    expect(diagnose(paste('pastes155c', 'c155-05')).facts.client).toBe('vaultwarden');
    expect(diagnose(paste('pastes155c', 'c155-04')).facts.client).toBe('nextcloud');
  });
});

describe('review round 156: misses', () => {
  it('"we asked which way and they said outbound" settles the side (b156-07)', () => {
    expect(diagnose(paste('pastes156b', 'b156-07')).scenario).toBe('mailgun-outgoing');
  });

  it('an old error said fixed after its quote, "das gab "550 ...", haben wir letzte Woche gelöst", is not today\'s 535 (b156-35)', () => {
    const { kind, facts } = diagnose(paste('pastes156b', 'b156-35'));
    expect(kind).toBe('auth-failure');
    expect(facts.replyCode).toBe(535);
  });

  it('a sentence\'s "filter recipient = a@b:" loses the colon that ends it (b156-16)', () => {
    expect(diagnose(paste('pastes156b', 'b156-16')).facts.recipient).toBe('accounts@harbourfreight-logistics.com.au');
  });
});

describe('rounds 154 and 155: recipients', () => {
  it('an email log\'s "To: a@b" under its relay refusal (c154-02); Exchange\'s "Recipients : {a@b}" (a154-16); nullmailer\'s "to: <a@b>" (a155-23)', () => {
    expect(diagnose(paste('pastes154c', 'c154-02')).facts.recipient).toBe('mark.hollis@btinternet.com');
    expect(diagnose(paste('pastes154a', 'a154-16')).facts.recipient).toBe('r.okafor@hotmail.com');
    expect(diagnose(paste('pastes155a', 'a155-23')).facts.recipient).toBe('oncall@kestrel-net.org');
    // (not under a person's question about relaying: an auto-reply's own To: header is the sender's address)
    expect(diagnose(paste('pastes152a', 'a152-16')).facts.recipient).toBeNull();
  });
});

