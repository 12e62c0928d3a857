/** A client starting in plain text on port 465 (implicit TLS), stalled with no server's answer: named, with its own fix. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const RULE = 'The client starts in plain text on port 465, which expects TLS at once';
const read = (dir: string, name: string) => diagnose(readFileSync(new URL(`../fixtures/${dir}/${name}.txt`, import.meta.url), 'utf8'));
const reply = (dir: string, name: string) => renderText(buildReply(read(dir, name)), { ui: 'current' });

describe('a client starting in plain text on port 465', () => {
  it.each([
    ['session30', 'nodemailer-465-secure-false', 'port: 465, · secure: false,', 'Set secure: true in the transport beside port: 465'],
    ['session30', 'django-465-use-tls', 'EMAIL_PORT = 465 · EMAIL_USE_TLS = True', 'Set EMAIL_USE_SSL = True and EMAIL_USE_TLS = False'],
    ['session30', 'postfix-relayhost-465', 'relayhost = [smtp.mailgun.org]:465', 'set smtp_tls_wrappermode = yes'],
    ['pastes120a', 'a120-31', "gitlab_rails['smtp_port'] = 465 · gitlab_rails['smtp_enable_starttls_auto'] = true", "gitlab_rails['smtp_tls'] = true"],
    // (a person's "no smtp_tls = true..." is no setting of it)
    ['pastes123a', 'a123-36', "gitlab_rails['smtp_port'] = 465 · gitlab_rails['smtp_enable_starttls_auto'] = true", 'sudo gitlab-ctl reconfigure'],
  ])('names it in %s/%s, quotes the settings and gives the client its own TLS setting', (dir, name, settings, fix) => {
    const d = read(dir, name);
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'other']);
    expect(d.evidence[0]).toEqual({ rule: RULE, excerpt: settings });
    const text = reply(dir, name);
    expect(text).toContain(`Not a Relaying Denied error: the client starts in plain text on port 465`);
    expect(text).toContain(fix);
    expect(text).not.toContain('Read the whole error message');
    // (no server spoke, whatever status a log line gives)
    expect(text).not.toContain('The server said');
  });

  it('leaves a time-out with TLS from the start, and a server that answered, to their own answers', () => {
    const timedOut = read('session30', 'nodemailer-465-secure-true-timeout');
    expect(timedOut.evidence.map((e) => e.rule)).toEqual(['The connection to the server failed']);
    const refused = read('session30', 'nodemailer-465-secure-false-535');
    expect([refused.kind, refused.evidence.map((e) => e.rule)]).toEqual(['auth-failure', expect.not.arrayContaining([RULE])]);
    // (587 starts in plain text: a time-out there is no TLS mismatch)
    const on587 = diagnose(readFileSync(new URL('../fixtures/session30/nodemailer-465-secure-false.txt', import.meta.url), 'utf8').replace('port: 465', 'port: 587'));
    expect(on587.evidence.map((e) => e.rule)).not.toContain(RULE);
  });
});

describe("the paste's own port 465 with TLS from the start, in an app's settings (review 130c)", () => {
  it("answers \"is the port wrong? should we use 587?\" with no, keeps 465, and shows Nextcloud's setting for it", () => {
    const d = read('session30', 'nextcloud-465-port-asked');
    expect([d.scenario, d.facts.smtpPort]).toEqual(['mailgun-outgoing', 465]);
    const text = reply('session30', 'nextcloud-465-port-asked');
    expect(text).toContain('Is the port the problem? No: Mailgun\'s SMTP host answered over port 465 with TLS from the start');
    expect(text).toContain("'mail_smtpport' => 465,\n    'mail_smtpsecure' => 'ssl'");
    expect(text).not.toContain("'mail_smtpport' => 587");
  });

  it("shows WP Mail SMTP's SSL for 465, and the Mailgun mailer's EU region for an EU domain", () => {
    const text = reply('session30', 'wordpress-eu-465');
    expect(text).toContain('Encryption:     SSL (TLS from the start)\n    SMTP Port:      465');
    expect(text).toContain('with its Region set to EU');
    // (no other clients' settings named for it)
    expect(text).not.toContain("nodemailer's secure: true");
  });

  it('answers the port question of a login refused and of a delivery the recipient refused, and asks nothing of an unrelated "port"', () => {
    const refused = diagnose("SMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password\nHost smtp.mailgun.org port 587. Is the port wrong?");
    expect(renderText(buildReply(refused), { ui: 'current' })).toContain('Is the port the problem? No: the login reached the server over port 587 and was refused');
    const quiet = diagnose('SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied from smtp.mailgun.org port 587, we opened the port in the firewall last week.');
    expect(renderText(buildReply(quiet), { ui: 'current' })).not.toContain('Is the port the problem?');
  });
});
