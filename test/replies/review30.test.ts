/** The code review of session 30: what its first changes got wrong, each on the reviewer's paste. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const read = (name: string) => diagnose(readFileSync(new URL(`../fixtures/review30/${name}.txt`, import.meta.url), 'utf8'));
const reply = (name: string) => renderText(buildReply(read(name)), { ui: 'current' });
const PLAIN_ON_465 = 'The client starts in plain text on port 465, which expects TLS at once';

describe('code review of session 30', () => {
  it.each([
    // (a TCP time-out names where it connected, `34.160.12.7:465`: no byte was spoken, a firewall's doing)
    '01-connect-timeout-read-as-465-mismatch',
    // (nodemailer takes TLS from the start on 465 when `secure` is unset)
    '02-nodemailer-465-no-secure-key',
    // (a time-out setting, PHPMailer's `timeout=300`, smtplib's `self.timeout`, is no time-out; "Connection refused" is no stall)
    '06-timeout-param-read-as-stall',
    '06b-python-timeout-param',
  ])('leaves %s to the connection failure it is', (name) => {
    const d = read(name);
    expect(d.evidence.map((e) => e.rule)).not.toContain(PLAIN_ON_465);
    expect(d.summary).toBe('Not a Relaying Denied error. The connection to the server failed.');
  });

  it('answers the port question of a login as another domain, of a login never sent and of SMTP AUTH switched off with nothing that contradicts them', () => {
    for (const name of ['04-port-answer-logged-in', '05-port-answer-no-login-sent', '05c-port-answer-m365-smtp-auth-disabled']) {
      const text = reply(name);
      expect(text).not.toContain('for want of a login');
      expect(text).not.toContain('Fix the user name or password');
    }
  });

  it('says nothing of 587 "as well as 587"', () => {
    const text = renderText(buildReply(diagnose('Laravel, MAIL_HOST=smtp.mailgun.org MAIL_PORT=587: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied". Is the port wrong?')), { ui: 'current' });
    expect(text).toContain('Is the port the problem? No: Mailgun\'s SMTP host answered over port 587; it refused');
  });

  it('keeps a list item whose fix is in doubt, and a DNS answer "resolved to mxa.mailgun.org"', () => {
    for (const name of ['07-fixed-item-thought-fixed', '07b-resolved-dns']) expect(read(name)).toMatchObject({ scenario: 'mailgun-incoming', facts: { host: 'mxa.mailgun.org' } });
  });

  it('reads no port from a count ("via smtp.mailgun.org: 25 of 300 recipients failed")', () => {
    expect(read('09-count-read-as-port-25').facts.smtpPort).toBe(587);
  });

  it("reads GitLab's and Nextcloud's own port settings, and shows their settings for 465 with TLS from the start", () => {
    expect(read('10-gitlab-465-snippet-unreached').facts.smtpPort).toBe(465);
    expect(reply('10-gitlab-465-snippet-unreached')).toContain("gitlab_rails['smtp_tls'] = true # TLS from the start on 465");
    expect(read('10b-nextcloud-465-snippet-unreached').facts.smtpPort).toBe(465);
    expect(reply('10b-nextcloud-465-snippet-unreached')).toContain("'mail_smtpsecure' => 'ssl', // TLS from the start on 465");
  });
});
