/** Replies review rounds 154c and 155c: the defects found, each pinned on the reviewer's paste (test/fixtures/pastes154c, 155c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const fixLine = (reply: string) => reply.split('\n').find((line) => line.startsWith('Fix:')) ?? '';

describe('replies review round 154c', () => {
  it('a route said made "en la cuenta US" for an EU domain gets the EU Fix, not "no new route is needed" (c154-09)', () => {
    const reply = replyTo(paste('pastes154c', 'c154-09'));
    expect(reply).not.toContain('no new route is needed');
    expect(fixLine(reply)).toContain('the route was made in the US region');
    expect(fixLine(reply)).not.toContain('(api.mailgun.net)');
  });

  it('a catch_all() supposed in a question ("If we just add a catch_all() at priority 0, will ...?") is no route there is (c154-10)', () => {
    expect(diagnose(paste('pastes154c', 'c154-10')).facts.routes).not.toContain('catch_all()');
    expect(replyTo(paste('pastes154c', 'c154-10'))).not.toContain('no new route is needed');
  });

  it('"Can we put the MAILGUN_API_KEY in EMAIL_HOST_PASSWORD?" is answered (c154-04)', () => {
    expect(replyTo(paste('pastes154c', 'c154-04'))).toContain('API key or SMTP password? The domain\'s SMTP password, not the API key');
  });

  it("Jenkins: the Fix names the Email Extension plugin's Credentials the paste shows, and \"Credentials: - none -\" is no login; the account-password question is answered (c154-06)", () => {
    const text = paste('pastes154c', 'c154-06');
    expect(diagnose(text).facts.authAttempted).toBe(false);
    const reply = replyTo(text);
    expect(fixLine(reply)).toContain('Extended E-mail Notification → Advanced, under Credentials click Add');
    expect(fixLine(reply)).not.toContain("Jenkins' own");
    expect(reply).toContain('API key or SMTP password?');
  });
});

describe('replies review round 155c', () => {
  it('a catch_all() the customer had "so they deleted it" is gone: no "no new route is needed" (c155-11)', () => {
    expect(diagnose(paste('pastes155c', 'c155-11')).facts.routes).toEqual(['match_header("X-Ticket-Source", "web")']);
    const reply = replyTo(paste('pastes155c', 'c155-11'));
    expect(reply).not.toContain('no new route is needed');
    expect(fixLine(reply)).toContain('match_recipient("tickets@inbound.larkspur.io")');
  });

  it("Mattermost's, Gitea's, Vaultwarden's and Nextcloud's own settings in the Fix (c155-02, 01, 05, 04)", () => {
    expect(fixLine(replyTo(paste('pastes155c', 'c155-02')))).toContain('System Console → Environment → SMTP, set Enable SMTP Authentication to true');
    expect(fixLine(replyTo(paste('pastes155c', 'c155-01')))).toContain("app.ini's [mailer] section, set USER");
    expect(fixLine(replyTo(paste('pastes155c', 'c155-05')))).toContain('SMTP_USERNAME');
    expect(fixLine(replyTo(paste('pastes155c', 'c155-04')))).toContain('Basic settings → Email server');
  });

  it('no leaked-key warning where the paste holds none (c155-05)', () => {
    expect(replyTo(paste('pastes155c', 'c155-05'))).not.toContain('WARNING');
  });

  it('the send connector\'s own name, "Conector: "Mailgun Outbound"", after an NDR whose headers were left out (c155-07)', () => {
    expect(diagnose(paste('pastes155c', 'c155-07')).facts.sendConnector).toBe('Mailgun Outbound');
    expect(replyTo(paste('pastes155c', 'c155-07'))).toContain('Mailgun Outbound');
  });

  it('a route Terraform destroyed is put back in Terraform (c155-10)', () => {
    const reply = replyTo(paste('pastes155c', 'c155-10'));
    expect(fixLine(reply)).toContain('mailgun_route resource back in the Terraform configuration');
    expect(reply).not.toContain('point its MX records back');
  });

  it("Mailgun's API refusing the request's `from` says what to check (a155-33)", () => {
    expect(replyTo(paste('pastes155a', 'a155-33'))).toContain("Mailgun's API read the request and refused one of its fields");
  });
});

describe('replies review rounds 154c and 155c: questions', () => {
  it('"Do we need to change anything in grafana.ini [smtp]?" (and the Uptime Kuma, Keycloak and Hungarian forms) is answered for a delivery Mailgun made (c155-12, 13, 15, c154-15)', () => {
    for (const [set, name] of [['pastes155c', 'c155-12'], ['pastes155c', 'c155-13'], ['pastes155c', 'c155-15'], ['pastes154c', 'c154-15']] as const) {
      expect(replyTo(paste(set, name)), name).toContain('Do you need to change your SMTP settings? No');
    }
  });

  it('the Russian and Hungarian MX questions, Hungarian "why did it work before" and German "noch zugestellt?" are answered (c155-09, c154-15, c154-07)', () => {
    expect(replyTo(paste('pastes155c', 'c155-09'))).toContain('Do you need to change your MX records?');
    const hungarian = replyTo(paste('pastes154c', 'c154-15'));
    expect(hungarian).toContain('Do you need to change your MX records?');
    expect(hungarian).toContain('Why did it work before?');
    expect(replyTo(paste('pastes154c', 'c154-07'))).toContain('Will it be sent again?');
  });
});

describe('replies review round 154c: a login already on', () => {
  it('WP Mail SMTP with "Authentication: On" and its username: the undetermined reply does not say to turn the login on (c154-16)', () => {
    const reply = replyTo(paste('pastes154c', 'c154-16'));
    expect(reply).not.toContain('Turn on SMTP login');
    expect(reply).toContain('which log in as postmaster@mg.bramblebee.com');
    expect(reply).toContain("WPMS_SMTP_PASS");
  });
});

describe('replies review rounds 154c and 155c: whose side and which login', () => {
  it('"Is this Gmail\'s problem, ours, or Mailgun\'s?" is answered (c155-08)', () => {
    expect(replyTo(paste('pastes155c', 'c155-08'))).toContain('Whose side is it on?');
  });

  it('"Is "Username" our Mailgun account login (the email we sign in with)?" is answered (c154-01)', () => {
    expect(replyTo(paste('pastes154c', 'c154-01'))).toContain('nor the email and password you sign in to Mailgun with');
  });
});

describe('replies review round 154c: MAILER_DSN', () => {
  it("a Symfony DSN's login (its @ written %40) is read, and the sandbox reply says what MAILER_DSN takes (c154-18)", () => {
    const text = paste('pastes154c', 'c154-18');
    expect(diagnose(text).facts.smtpLogin).toBe('postmaster@sandbox4f2a19c0d1e84b7c9a5e3b2f6d0c1a77.mailgun.org');
    expect(replyTo(text)).toContain('in MAILER_DSN: smtp://postmaster%40YOUR_DOMAIN:SMTP_PASSWORD@smtp.mailgun.org:587');
    // (not a commented-out DSN's)
    expect(diagnose('#MAILER_DSN=smtp://old%40mg.x.com:pw@smtp.mailgun.org:587\n550 5.7.1 Relaying denied\n').facts.smtpLogin).toBeNull();
  });
});

