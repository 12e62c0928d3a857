/** Review round 146c's findings on the replies, each on the reviewer's own paste (test/fixtures/pastes146c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes146c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 146c', () => {
  it("Grafana hands its mail to Postfix on localhost, and Postfix's relay to Mailgun was refused: the Fix is Postfix's sasl_passwd, not grafana.ini (c146-05)", () => {
    const reply = replyTo(paste('c146-05'));
    expect(reply).toContain("Fix: turn Postfix's SMTP login on (smtp_sasl_auth_enable = yes)");
    expect(reply).not.toContain("in grafana.ini's [smtp] section");
    expect(reply).toContain('Those the log shows as status=bounced are gone');
  });

  it("GitLab from its Helm chart gets values.yaml's global.smtp and a Secret, not gitlab.rb (c146-07)", () => {
    const reply = replyTo(paste('c146-07'));
    expect(reply).toContain('Fix: in values.yaml set global.smtp.user_name');
    expect(reply).toContain('global.smtp.password.secret');
    expect(reply).not.toContain('gitlab-ctl reconfigure');
  });

  it("Mastodon's .env.production: SMTP_AUTH_METHOD=plain and SMTP_PASSWORD, not Rails code (c146-03)", () => {
    const reply = replyTo(paste('c146-03'));
    expect(reply).toContain('Fix: in .env.production set SMTP_AUTH_METHOD=plain');
    expect(reply).not.toContain('config.action_mailer.smtp_settings');
  });

  it("Moodle's sandbox refusal authorizes the refused teacher, not the sender, and names Moodle's fields (c146-18)", () => {
    const reply = replyTo(paste('c146-18'));
    expect(reply).toContain('add "m.okafor@stbrendans-academy.ie" as an authorized recipient');
    expect(reply).toContain('SMTP username, SMTP password and No-reply address in the settings');
  });

  it("a webhook's recipient refusal names no refusing server when the only host is the app's own Mailgun SMTP setting, and answers the port and worked-before questions (c146-15)", () => {
    const diagnosis = diagnose(paste('c146-15'));
    expect(diagnosis.facts.host).toBeNull();
    const reply = renderText(buildReply(diagnosis), { ui: 'current' });
    expect(reply).not.toContain('Refusing server: "smtp.eu.mailgun.org"');
    expect(reply).toContain('Is the port the problem? No: Mailgun accepted your message');
    expect(reply).toContain('Why did it work before?');
  });

  it('a deleted catch_all() ("apagou a catch_all()") is made again; another address\'s route is no model for it (c146-09)', () => {
    const reply = replyTo(paste('c146-09'));
    expect(reply).toContain('Fix: create the deleted catch_all() Route again');
    expect(reply).not.toContain('Add a route for it with the same actions');
  });

  it('settings that log in to Mailgun\'s SMTP host make the outgoing case unlikely in an undetermined reply (c146-16)', () => {
    const reply = replyTo(paste('c146-16'));
    expect(reply).toContain('The settings shown log in to Mailgun\'s SMTP host (as reports@mg.corvid-analytics.eu)');
    expect(reply).not.toContain('The most common cause is an application sending through Mailgun\'s SMTP without logging in.');
  });

  it('"Will the emails people sent ... this week still arrive in Zendesk once the route is fixed?" is answered: senders send again (c146-08)', () => {
    expect(replyTo(paste('c146-08'))).toContain('Will it be sent again? Yes, once the Route is in place: Mailgun refused the message outright and kept nothing');
  });

  it('"Devo togliere il vecchio MX?" under dig\'s answer lines alone (no domain after "dig MX"): finish the move, and why some mail arrives (c146-10)', () => {
    const reply = replyTo(paste('c146-10'));
    expect(reply).toContain('Do you need to change your MX records? Yes, to finish the move: besides Mailgun\'s, they still name "mx.studio-bianchi-contabilita.it"');
    expect(reply).toContain('Why does some of the mail arrive?');
  });

  it('`SMTP_PASSWORD=the "Private API key" from API Security`: the API key given as the password, and "the" no password to redact (c146-17)', () => {
    const reply = replyTo(paste('c146-17'));
    expect(reply).toContain('The settings give an API key as the password');
    expect(reply).toContain('SMTP_PASSWORD=the "Private API key"');
  });

  it('"MAILGUN_SMTP_PASS — is that the API key?" is answered: the SMTP password, not an API key (c146-01)', () => {
    expect(replyTo(paste('c146-01'))).toContain('The password field takes the SMTP password of the domain\'s SMTP login, not an API key');
  });
});
