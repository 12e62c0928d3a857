/** Code review 37 of this session's change, each finding pinned on the reviewer's paste (test/fixtures/review37). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review37/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 37', () => {
  it("a zone's answer lines are read for the looked-up domain only, not its mg. subdomain's Mailgun MX records under them", () => {
    const reply = replyTo(review('f_zone3'));
    expect(diagnose(review('f_zone3')).scenario).not.toBe('mailgun-incoming');
    expect(reply).not.toContain('to finish the move');
  });

  it('"last month ... fixed the DNS records, and since then senders get this bounce:" introduces today\'s error, not a closed case', () => {
    expect(diagnose(review('f_lastmonth')).scenario).toBe('mailgun-incoming');
  });

  it("a past month's fix in Spanish, with today's refusal after it on the same line, keeps that refusal", () => {
    expect(diagnose(review('f_es_month')).scenario).toBe('mailgun-outgoing');
  });

  it('the new applications only by their own settings: helm and GitLab CI in prose, "outgoing mail configuration" in prose, phpBB\'s smtp_auth_method', () => {
    expect(diagnose(review('f_helm')).facts.client).toBe('django');
    expect(diagnose(review('f_ogmc')).facts.client).toBe('laravel');
    expect(diagnose(review('f_phpbb')).facts.client).not.toBe('mastodon');
  });

  it("Moodle's SMTP hosts set to localhost, whose Postfix relays to Mailgun: Postfix is the client to fix", () => {
    expect(diagnose(review('f_moodle_local')).facts.client).toBe('postfix');
  });

  it('PHPMailer with a user name but no SMTPAuth is no login shown: the undetermined reply keeps the usual cause', () => {
    const reply = replyTo(review('f_login_php'));
    expect(reply).not.toContain('The settings shown log in');
    expect(reply).toContain('The most common cause is an application sending through Mailgun');
  });

  it('"(they never had a catch_all)" is no deleted catch_all()', () => {
    expect(replyTo(review('f_catchall5'))).not.toContain('create the deleted catch_all() Route again');
  });

  it("Moodle on port 465: its snippet switches SMTP security to SSL and the Fix line does not say TLS", () => {
    const reply = replyTo(review('f_moodle465'));
    expect(reply).toContain('SMTP security:   SSL');
    expect(reply).not.toContain('SMTP security TLS');
  });

  it('"Billing email address:" is where the mail goes: a recipient', () => {
    expect(diagnose(review('f_billing')).facts.recipient).toBe('accounts@harborfl.com');
  });

  it('a zero count whose quoted title holds the code is still a zero count', () => {
    expect(diagnose(review('f_zero_b')).scenario).not.toBe('mailgun-outgoing');
  });
});
