/** Code review 41 of this session's change, each finding pinned on the reviewer's paste (test/fixtures/review41). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review41/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 41', () => {
  it('"we never turned off authentication" is no unauthenticated session: the failed event stays recipient-host', () => {
    const d = diagnose(review('09-never-disabled-auth-event'));
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.some((e) => e.rule === 'The SMTP session was not authenticated')).toBe(false);
    expect(diagnose(review('10-never-disabled-auth-bare')).evidence.some((e) => e.rule === 'The SMTP session was not authenticated')).toBe(false);
  });

  it('"Since last week every reply ... was bounced with "550 5.7.1 Relaying denied" by mxb.mailgun.org" is today\'s error, not a past case', () => {
    expect(diagnose(review('03-since-last-week')).scenario).toBe('mailgun-incoming');
  });

  it('a route forwarding jane@acme.io to jane@gmail.com is no list server: no forward("sales@gmail.com") for sales@acme.io', () => {
    expect(replyTo(review('02-forward-gmail'))).not.toContain('sales@gmail.com');
  });

  it('"uses host smtp dot mailgun dot org", a setting, is no refusing host: the logs\' "Attempt #1 to host [ip] (mx.partner...)" is', () => {
    const d = diagnose(review('11-host-spoken-setting'));
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.host).toBe('mx.partner-example.com');
  });

  it("a tab-separated events table takes its message's \"Recipient:\" line", () => {
    expect(diagnose(review('06-tab-table')).scenario).toBe('recipient-host');
  });

  it('"Uptime alerts go to oncall@x and that works" names no refused recipient', () => {
    expect(diagnose(review('08-alerts-go-to')).facts.recipient).toBeNull();
  });

  it('"The route is not on api.mailgun.net, we created it on api.eu.mailgun.net" is no US route', () => {
    expect(replyTo(review('07-route-not-on-us'))).not.toContain('Routes API called on the US host');
  });

  it("an HTTP API config's `user: api` is not blamed for a failing SMTP login", () => {
    expect(replyTo(review('13-api-user-http-config'))).not.toContain("is the HTTP API's user");
  });

  it('"We use the Mailgun mailer in WP Mail SMTP for the shop, why ...?" is no question whether to switch', () => {
    expect(replyTo(review('04-api-mailer-use'))).not.toContain('Switch to the Mailgun mailer?');
  });
});
