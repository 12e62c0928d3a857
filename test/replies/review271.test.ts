/**
 * Round 271: Mailgun's own `severity: temporary` beside a 5xx, "mxa/mxb.mailgun.org" written short, the person's own mail to
 * their partner, the customer's quoted « Nos e-mails ... », the engine's own [REDACTED] taken for a placeholder, a message asked
 * "in Italian to their developer".
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 271', () => {
  it("a 550 that Mailgun's event calls temporary (still retrying): no \"permanent failure\" and no Bounces entry to delete", () => {
    const reply = replyText(paste('r271a-16'));
    expect(reply).not.toContain('This was a permanent failure');
    expect(reply).not.toContain('/bounces/');
  });

  it('"MX points to mxa/mxb.mailgun.org" names no refusing host: the bounce\'s mxa.mailgun.org is', () => {
    expect(diagnose(paste('r271b-09')).facts.host).toBe('mxa.mailgun.org');
  });

  it('"when we send to our partner" is the customer sending, not mail coming in', () => {
    expect(diagnose(paste('r271b-15')).evidence.map((e) => e.rule)).not.toContain('The mail was coming in: someone was writing to the domain');
  });

  it("the customer's own words quoted (« Nos e-mails vers un fournisseur ... »): the French answer is for the customer, not the supplier", () => {
    const reply = replyText(paste('r271b-14'));
    expect(sectionOf(reply, 'In French, as asked')).toContain('Mailgun a accepté le message');
    expect(reply).not.toContain('refusés par votre serveur de messagerie');
  });

  it("a real key the engine redacted is no placeholder sent", () => {
    expect(replyText(paste('r271b-17'))).not.toContain('sends a placeholder as the key');
  });

  it('"Please write the answer in Italian to their freelance developer, Marco": the message, in Italian', () => {
    expect(messageSection(replyText(paste('r271c-18')))).toContain('In italiano:');
  });
});

describe('round 271: a switch in another case', () => {
  it('`if os.environ.get("SMTP_AUTH_ENABLED") == "true":` with `SMTP_AUTH_ENABLED=True` in the .env: the case is the cause', () => {
    const reply = replyText(paste('r271b-07'));
    expect(reply).toContain('the comparison is exact, so True is not true');
    expect(reply).not.toContain('smtplib logs in only when told to');
  });
});

describe('round 271: per-sender relays', () => {
  it("`billing@x  [smtp.mailgun.org]:587` in the sender map, sasl_passwd with SendGrid's line only: add Mailgun's line, no relayhost for all mail", () => {
    const reply = replyText(paste('r271b-01'));
    expect(reply).toContain("sasl_passwd has no entry for Mailgun's relay, only [smtp.sendgrid.net]:587");
    expect(reply).toContain('the per-sender map chooses the relay');
  });
});

describe('round 271: logins and allowlists', () => {
  it('"can you whitelist it in Mailgun?" answered: no IP allowlist stands in for the login', () => {
    expect(replyText(paste('r271b-18'))).toContain('Would whitelisting help? No');
  });

  it('"the SMTP password for postmaster@ was reset by another user on their team": the old one is what the app has', () => {
    expect(replyText(paste('r271b-13'))).toContain('1. The password was changed just before this');
  });
});

describe('round 271: messages', () => {
  it('"deleted some old forwarding rules in Mailgun last week" are Routes deleted: the message says so', () => {
    expect(messageSection(replyText(paste('r271c-06')))).toContain('It was most likely removed when those settings were cleaned up recently');
  });

  it("the sandbox's refusal that asks to upgrade: the upgrade comes first, then the domain", () => {
    expect(messageSection(replyText(paste('r271c-15')))).toMatch(/upgradet u het account naar een betaald abonnement \(zoals de weigering vraagt[^)]*\), daarna voegt u uw eigen domein toe/);
  });
});

describe('round 271: a technical reader said so', () => {
  it('"He is a developer so code is fine": the developer\'s message names the commented-out login, not "whoever manages your website"', () => {
    const message = messageSection(replyText(paste('r271c-04')));
    expect(message).toContain('# server.login(SMTP_USER, SMTP_PASS)');
    expect(message).not.toContain('ウェブサイトを管理している方');
  });
});

describe('round 271: notes for the team', () => {
  it.each([['r271c-07'], ['r271c-16']])('%s: "a short summary in Dutch ... I can post in #team-benelux", "a short note for the team channel": a handover note', (name) => {
    expect(replyText(paste(name))).toContain('Handover note');
  });
});

describe('the third code review: near misses', () => {
  const near = (name: string) => fixturePaste('code-review-269', `near3-${name}`);

  it('"Their MX is not mxa/mxb.mailgun.org": no Mailgun MX read from the short form denied', () => {
    expect(diagnose(near('a1')).facts.host).toBeNull();
  });

  it('a plain relayhost with a leftover SendGrid line: no "per-sender map" wording', () => {
    expect(replyText(near('a2'))).not.toContain('per-sender map');
  });

  it('"deleted the old forwarding rules in Outlook" deleted no Mailgun Routes', () => {
    expect(diagnose(near('a3')).evidence.map((e) => e.rule)).not.toContain('The paste says Routes were deleted');
  });

  it('"We haven\'t changed the SPF record in months" is no SPF edit', () => {
    expect(replyText(near('b2'))).not.toContain('the SPF record was edited');
  });

  it('"The SMTP password for postmaster@mg.example.com was reset" with the whole login named', () => {
    expect(diagnose(near('b3')).evidence.map((e) => e.rule)).toContain('The paste says the SMTP password was changed already');
  });

  it("the customer's own quoted words naming an address are still theirs: the message in their English", () => {
    expect(messageSection(replyText(near('b5')))).not.toContain('Po polsku');
  });

  it('a switch read with a default, `os.environ.get("SMTP_AUTH_ENABLED", "false") == "true"`, set `True`: the case', () => {
    expect(replyText(near('c1'))).toContain('the comparison is exact, so True is not true');
  });
});
