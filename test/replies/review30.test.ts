/** The code review of session 30: what its first changes got wrong, each on the reviewer's paste. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';
import { withoutGuesses } from '../../src/diagnosis/guesses.js';

/** A review's pastes (test/fixtures/DIR): the text, its diagnosis and its reply. */
function reviewPastes(dir: string) {
  const text = (name: string) => readFileSync(new URL(`../fixtures/${dir}/${name}.txt`, import.meta.url), 'utf8');
  const read = (name: string) => diagnose(text(name));
  return { text, read, reply: (name: string) => renderText(buildReply(read(name)), { ui: 'current' }) };
}
const { read, reply } = reviewPastes('review30');
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

describe('second code review of session 30', () => {
  const { read: read30b, reply: reply30b } = reviewPastes('review30b');

  it('reads "they have not fixed anything yet" as not fixed: the usual reply, not "only the suppression is left"', () => {
    expect(reply30b('04-recipient-fixed-negated')).not.toContain("The recipient's side is fixed");
  });

  it('keeps a colleague\'s "it\'s 550 5.7.1 Relaying denied from smtp.mailgun.org" as the error it reports', () => {
    expect(read30b('01-colleague-quote-its').scenario).toBe('mailgun-outgoing');
  });

  it('keeps a history item whose fix "hasn\'t fixed it", and a message a lone ✅ acknowledges that says "doesn\'t work"', () => {
    expect(read30b('05-fixed-item-hasnt-fixed')).toMatchObject({ scenario: 'mailgun-incoming', facts: { host: 'mxa.eu.mailgun.org' } });
    expect(read30b('02-checkmark-ack-closes-error')).toMatchObject({ scenario: 'mailgun-incoming', facts: { host: 'mxa.mailgun.org' } });
  });

  it('reads no region from the pronoun ("a block on us")', () => {
    expect(read30b('03-region-created-on-us').facts.region).toBe('eu');
  });

  it('keeps the three cases, and no "most likely not Mailgun", for a person\'s own "relay denied"', () => {
    const text = reply30b('06-paraphrase-not-mailgun-wording');
    expect(text).toContain('It is one of three things');
    expect(text).not.toContain('Most likely not');
  });

  it("answers the port question of a login sent to the other region's host with the host, not the password", () => {
    expect(reply30b('07-port-answer-535-other-region')).toContain("Is the port the problem? No: the login went over port 587 to the other region's host");
  });

  it("quotes no stock gitlab.rb placeholder as the commented-out login beside a live one", () => {
    expect(reply30b('08-gitlab-template-comments')).not.toContain('"smtp user"');
  });

  it('keeps an Outlook chain in Spanish with "Enviado el:", and reads a letter whose greeting stands alone as the copy\'s', () => {
    expect(read30b('09-outlook-es-enviado-el').facts.recipient).toBe('pedidos@zarzamoraviva.es');
    expect(read30b('10-letter-greeting-own-line')).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
  });

  it('reads Portuguese "é nosso ou deles?", and no to-do item\'s box as a setting', () => {
    expect(read30b('11-own-side-pt-ou').facts.ownSideAsked).toBe(true);
    expect(read30b('12-checklist-box-unticked').evidence.map((e) => e.excerpt).join(' ')).not.toContain('confirm the box');
  });
});

describe('third code review of session 30', () => {
  const { read: read30c, reply: reply30c } = reviewPastes('review30c');

  it('keeps the Route fix where a Route carries the mail, beside "we use Google Workspace for our inboxes"', () => {
    expect(reply30c('01-mx-route-workspace')).not.toContain('its MX records are the mistake');
  });

  it('keeps a closed ticket\'s error when the person\'s own lines hold only a port, or say the same error is back', () => {
    expect(read30c('02-closed-ticket-reopened').scenario).toBe('mailgun-outgoing');
    expect(read30c('03-closed-ticket-same-error-back').scenario).toBe('mailgun-outgoing');
  });

  it('gives horizon:terminate only to an app that runs Horizon, and the cached-config Fix only where .env was edited after it, with steps that agree', () => {
    for (const name of ['04-horizon-negated', '04b-horizon-company-name']) expect(reply30c(name)).not.toContain('horizon:terminate');
    expect(reply30c('05-laravel-two-fixes')).not.toContain("Get the domain's SMTP login and password from the Mailgun control panel");
    expect(reply30c('06-laravel-cache-already-rebuilt')).not.toContain('the running application reads its cached configuration');
  });

  it('answers no network question about port 25, and no port question about a batch of 25', () => {
    expect(reply30c('07-gcp-port25-blocked')).not.toContain('Is the network blocking you?');
    expect(reply30c('08-port-asked-batch-size')).not.toContain('Is the port the problem?');
  });

  it('keeps "It\'s the relaying denied error" as the person\'s report', () => {
    expect(read30c('09-named-kind-report').scenario).toBe('mailgun-outgoing');
  });

  it('changes no working route for an address the sender may have mistyped', () => {
    expect(reply30c('10-near-miss-sender-typo')).not.toContain('Fix: correct the Route');
  });
});

describe('fourth code review of session 30', () => {
  const { text: text30d, reply: reply30d } = reviewPastes('review30d');

  it('keeps the Kubernetes rollout for a Deployment that only mentions an old compose file, and names the env_file too', () => {
    expect(reply30d('01-k8s-migrated-from-compose')).not.toContain('docker compose up -d');
    expect(reply30d('04-envfile-not-compose')).toContain('env_file');
  });

  it('reads "I put the API key in MAIL_PASSWORD, is that wrong?" as done, and "Do we need to put the API key in the password field?" as asked', () => {
    const rules = (name: string) => diagnose(text30d(name)).evidence.map((e) => e.rule);
    expect(rules('02-statement-then-question')).toContain('The SMTP password is read from an API key');
    expect(rules('03-question-need-to-put')).not.toContain('The SMTP password is read from an API key');
  });

  it('keeps reports that only look like guesses ("über meinen Server", "sigue el mismo error de", "really urgent"), and reads plural verbs of belief', () => {
    for (const name of ['06-meinen-possessive', '07-mismo-error-report', '08-really-urgent-quote']) expect(withoutGuesses(text30d(name))).toBe(text30d(name));
    for (const name of ['09-plural-verbs-dead', '09c-croient', '09d-pensano']) expect(withoutGuesses(text30d(name))).not.toBe(text30d(name));
  });
});
