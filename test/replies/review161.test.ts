/** Review rounds 161b, 161c, 162c and 160c's policy refusal: each defect pinned on the reviewer's paste (test/fixtures/pastes16x). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('facts', () => {
  it('"Domain is mg.harborline.com, US region per the dashboard" is the region, whatever host the question names (c161-09)', () => {
    expect(diagnose(paste('pastes161c', 'c161-09')).facts.region).toBe('us');
    expect(replyTo(paste('pastes161c', 'c161-09'))).not.toContain('smtp.eu.mailgun.org');
  });

  it("an app's own log, `transport=smtp.eu.mailgun.org:587 credentials=none`, is an unauthenticated send through Mailgun (c161-11)", () => {
    const d = diagnose(paste('pastes161c', 'c161-11'));
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(false);
  });

  it('a TX report\'s "Destination :" above its "Detail : SMTP 550 …" line is the refused address, not the device\'s sender (b161-01)', () => {
    expect(diagnose(paste('pastes161b', 'b161-01')).facts.recipient).toBe('ledger@hartmann-steuer.de');
  });

  it('Italian "dominio EU" gives the region (c162-06)', () => {
    expect(diagnose(paste('pastes162c', 'c162-06')).facts.region).toBe('eu');
  });
});

describe('policy refusals that name DMARC or SPF (rounds 158c, 160c, 162c)', () => {
  it('the steps say the policy is the sender\'s own domain\'s, without the generic "read the server\'s message" and "the receiving side\'s rule" (c160-15)', () => {
    const reply = replyTo(paste('pastes160c', 'c160-15'));
    expect(reply).toContain("The refusal names DMARC: the policy applied is your From domain's own DMARC record");
    expect(reply).not.toContain("Read the server's message for the rule it applied");
    expect(reply).not.toContain("Otherwise the rule is the receiving side's");
  });

  it('"will it be retried?" under a DMARC refusal: not by itself (c158-14)', () => {
    expect(replyTo(paste('pastes158c', 'c158-14'))).toContain('Will it be sent again? Not by itself: Mailgun does not retry a permanent refusal. Once your domain passes');
  });

  it("the DNS question: yes for the sending domain's SPF and DKIM records under a DMARC or SPF refusal, no under the others (c162-01, c162-17, c162-10, c162-06)", () => {
    for (const name of ['c162-01', 'c162-17']) expect(replyTo(paste('pastes162c', name)), name).toContain("Do you need to change your MX records? Not the MX records, but yes, your sending domain's DNS");
    expect(replyTo(paste('pastes162c', 'c162-10'))).toContain('Do you need to change your MX records? No');
    // (Italian "dobbiamo cambiare i DNS?")
    expect(replyTo(paste('pastes162c', 'c162-06'))).toContain('Do you need to change your MX records? No');
  });
});

describe('undetermined (round 162c)', () => {
  it('German "Werden die Mails automatisch nochmal versucht?" under a bare 550: not by themselves (c162-11)', () => {
    expect(replyTo(paste('pastes162c', 'c162-11'))).toContain('Will it be sent again? Not by themselves: a 550 refusal is permanent');
  });
});

describe('round 161c and 160c: where and whose', () => {
  it('Laravel in Docker Compose: the login goes where the service gets its environment, and `docker compose up -d`, not a restart (c161-05)', () => {
    const fix = replyTo(paste('pastes161c', 'c161-05')).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('where the Compose service gets its environment');
    expect(fix).toContain('docker compose up -d');
    expect(fix).not.toContain("in the server's .env");
  });

  it('"¿Es culpa del proveedor?" asks whose side (c160-01)', () => {
    expect(replyTo(paste('pastes160c', 'c160-01'))).toContain('Whose side is it on?');
  });
});

describe("code review 44: this session's second batch stays within its words", () => {
  it('a "Destination:" line above a refusal that names its own address does not replace it', () => {
    const d = diagnose('Expression: match_recipient("sales@acme-tools.com")\nDestination: team.acme@gmail.com\n\n<info@acme-tools.com>: host mxa.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)');
    expect(d.facts.recipient).toBe('info@acme-tools.com');
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it('a DMARC refusal of another domain\'s mail (paypal.com, routed) is not "your From domain\'s own" policy', () => {
    const reply = replyTo(`${paste('pastes161b', 'b161-36')}\nIs this our side or Gmail's? Do we need to change DNS?`);
    expect(reply).not.toContain("your From domain's own DMARC");
    expect(reply).not.toContain("yes, your sending domain's DNS");
  });

  it('a sender policy that names no DMARC or SPF gets no "once your domain passes" resend answer', () => {
    const event = '{"event":"failed","severity":"permanent","recipient":"list@lists.example.org","delivery-status":{"code":550,"message":"5.7.1 Sender address rejected: only members may post to this list"}}';
    expect(replyTo(`${event}\nWill it be resent automatically once fixed?`)).not.toContain('Once your domain passes');
  });

  it('the region stated with "never", or "no longer", gives way to the host in use; Portuguese "O domínio eu verifiquei" is no region', () => {
    expect(diagnose('smtp.eu.mailgun.org said 550 5.7.1 Relaying denied. The domain was never in the US region.').facts.region).toBe('eu');
    expect(diagnose('smtp.eu.mailgun.org said 550 5.7.1 Relaying denied. Our account is no longer in the US region.').facts.region).toBe('eu');
    expect(diagnose('Cliente usa Mailgun via SMTP, sem login\n550 5.7.1 Relaying denied\nO domínio eu verifiquei ontem').facts.region).toBeNull();
  });

  it('"User is sending with their own domain" is no question about the user name; Microsoft 365\'s 535 gets no Mailgun login answer', () => {
    expect(replyTo('MAIL_USERNAME=\nsmtp.mailgun.org said 550 5.7.1 Relaying denied\nUser is sending with their own domain, why is it denied?')).not.toContain('Does the user name need the domain?');
    expect(replyTo('smtp.office365.com: 535 5.7.3 Authentication unsuccessful\nDoes the username need the @domain part?')).not.toContain("Mailgun's SMTP user name");
  });
});

describe('rounds 163b, 163c', () => {
  it('DMARC with the From at a sibling subdomain of the Mailgun domain (news.x.co, mg.x.co): relaxed alignment lets them align, no "can align" claim (c163-18)', () => {
    expect(replyTo(paste('pastes163c', 'c163-18'))).not.toContain('can align with');
  });

  it('the region in brackets after a Mailgun thing, "endpoint (EU)", "events as CSV (US)", gives the DELETE host (c163-11, c163-13)', () => {
    expect(diagnose(paste('pastes163c', 'c163-11')).facts.region).toBe('eu');
    expect(replyTo(paste('pastes163c', 'c163-11'))).toContain('DELETE https://api.eu.mailgun.net');
    expect(diagnose(paste('pastes163c', 'c163-13')).facts.region).toBe('us');
  });

  it('"can we just whitelist our Odoo server\'s IP?" is answered (c163-05)', () => {
    expect(replyTo(paste('pastes163c', 'c163-05'))).toContain('Would whitelisting help? No');
  });

  it('a Mailgun host named only in a question is no host in use, nor the region (b163-30, b163-07, b163-17)', () => {
    expect(diagnose(paste('pastes163b', 'b163-30')).scenario).toBe('undetermined');
    for (const name of ['b163-07', 'b163-17', 'b163-30']) expect(diagnose(paste('pastes163b', name)).facts.region, name).toBe('us');
  });
});

describe('round 161c: Elixir on Fly.io', () => {
  it('Elixir\'s System.get_env("SMTP_USERNAME") is read, and "`fly secrets list` shows SMTP_USER and SMTP_PASSWORD" names what is set (c161-03)', () => {
    const d = diagnose(paste('pastes161c', 'c161-03'));
    expect(d.facts.loginFromEnv).toBe('System.get_env("SMTP_USERNAME")');
    expect(replyTo(paste('pastes161c', 'c161-03'))).toContain('The configuration reads its SMTP login from SMTP_USERNAME, but the deployment shown sets SMTP_USER');
  });
});

describe('round 163c: a Canon MFP', () => {
  it('"Canon MFP (Scan-to-Mail)" is a printer, with the device\'s own settings block (c163-04)', () => {
    expect(diagnose(paste('pastes163c', 'c163-04')).facts.client).toBe('printer');
    expect(replyTo(paste('pastes163c', 'c163-04'))).not.toContain('I could not tell which program sends the mail');
  });
});

describe('round 162c: a connection that timed out', () => {
  it('"¿Es un problema de Mailgun?" under a timeout to port 25: Mailgun refused nothing; use 587 or 2525 (c162-10)', () => {
    expect(replyTo(paste('pastes162c', 'c162-10'))).toContain('Is Mailgun blocking you? No: Mailgun refused nothing; the connection itself failed. The sending server could not reach port 25');
  });
});

describe('rounds 164b, 164c, 165c', () => {
  it("Railway's variable reference `MAIL_PASSWORD=\"${{shared.MAILGUN_SMTP_PASSWORD}}\"` is no secret in the paste (c165-04)", () => {
    expect(diagnose(paste('pastes165c', 'c165-04')).facts.secretsFound).toBe(false);
    expect(replyTo(paste('pastes165c', 'c165-04'))).not.toContain('rotate it');
  });

  it('a route at `in-staging.` is a staging route: left as it is, not its domain corrected onto production (c164-03)', () => {
    const reply = replyTo(paste('pastes164c', 'c164-03'));
    expect(reply).toContain('a staging one by its name');
    expect(reply).not.toContain('Correct its domain part');
  });

  it('"are we on the US or EU region??" and a move to the EU region planned next month give no region (b164-14, b164-26, b164-30)', () => {
    expect(diagnose(paste('pastes164b', 'b164-14')).facts.region).toBe('us');
    expect(diagnose(paste('pastes164b', 'b164-26')).facts.region).toBeNull();
    expect(diagnose(paste('pastes164b', 'b164-30')).facts.region).toBeNull();
  });
});

describe('a host in code is no question (full test run)', () => {
  it("Rust's `starttls_relay(\"smtp.mailgun.org\")?` and a ternary's `? {` keep the host's region", () => {
    expect(diagnose('let mailer = SmtpTransport::starttls_relay("smtp.mailgun.org")?\n    .build();\npermanent error (550): 5.7.1 Relaying denied').facts.region).toBe('us');
    expect(diagnose("nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: process.env.U ? { user: process.env.U } : undefined })\n550 5.7.1 Relaying denied").facts.region).toBe('us');
  });
});

describe('round 164c: a destination inferred, not known', () => {
  it("the forward() guessed from another route's pattern is said as the likely one (c164-06)", () => {
    const fix = replyTo(paste('pastes164c', 'c164-06')).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('forward("sales@northwind-tools.com") (if its mail goes to the same name there');
  });
});

describe('rounds 160c, 163c, 164c: the domain is the customer\'s', () => {
  it('no "If … is not your domain" hedge where the paste says the mail was sent to the customer or speaks of their Routes (c163-08, c160-02, c164-04)', () => {
    expect(replyTo(paste('pastes163c', 'c163-08'))).not.toContain('is not your domain');
    expect(replyTo(paste('pastes160c', 'c160-02'))).not.toContain('is not your domain');
    expect(replyTo(paste('pastes164c', 'c164-04'))).not.toContain('is not your domain');
  });
});

describe('code review 45', () => {
  it('a quoted host in a question is still a question; a literal inside `${{ … }}` is still a secret', () => {
    expect(diagnose('We send via smtp.mailgun.org port 587\n550 5.7.1 Relaying denied.\nShould we switch to "smtp.eu.mailgun.org"?').facts.region).toBe('us');
    expect(diagnose("password = \"${{ secrets.X || 'Hk3pR9wQz7' }}\"\nsmtp.mailgun.org 550 5.7.1 Relaying denied").facts.secretsFound).toBe(true);
  });

  it('"a port scan to mail.ourcorp.com" is no scanner, "EUリージョンへ移行する予定" no region, a locale subdomain no QA environment', () => {
    expect(diagnose('We ran a port scan to mail.ourcorp.com first\n550 5.7.1 Relaying denied from smtp.mailgun.org:587').facts.client).toBeNull();
    expect(diagnose('smtp.mailgun.org 550 5.7.1 Relaying denied. EUリージョンへ移行する予定です').facts.region).toBe('us');
    expect(replyTo('<orders@ksa.gulfshop.com>: host mxa.mailgun.org said: 550 5.7.1 Relaying denied\nRoutes: match_recipient("orders@ar-qa.gulfshop.com")')).not.toContain('a qa one by its name');
  });

  it('"`printenv` shows SMTP_USERNAME is empty too" names no variable set', () => {
    expect(replyTo('nodemailer auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }\nsmtp.mailgun.org 550 5.7.1 Relaying denied\n`printenv` shows SMTP_USERNAME is empty too, nothing is set')).not.toContain('the deployment shown sets SMTP_USERNAME');
  });

  it('a refused connection to an internal relay gets no Mailgun port-25 answer', () => {
    expect(replyTo('MAIL_HOST=relay.ourcorp.com MAIL_PORT=25\nconnect ECONNREFUSED 10.0.0.5:25\n(we moved off smtp.mailgun.org last year) is it Mailgun blocking us?')).not.toContain('Is Mailgun blocking you? No: Mailgun refused nothing');
  });
});

describe('round 166c', () => {
  it('"Did the rotation break it?" and "Can we whitelist Salesforce\'s IPs …?" are answered under an unauthenticated session (c166-03, c166-06)', () => {
    expect(replyTo(paste('pastes166c', 'c166-03'))).toContain('Is it the password (a wrong or a rotated one)? No');
    expect(replyTo(paste('pastes166c', 'c166-06'))).toContain('Would whitelisting help? No');
  });
});

describe('the port question, as it is asked (rounds 159c, 163c, 166c)', () => {
  it('"should we use 587 or 465?" is answered as which port: any of Mailgun\'s, the login is the cause (c159-07)', () => {
    const reply = replyTo(paste('pastes159c', 'c159-07'));
    expect(reply).toContain("Which port? Any of Mailgun's: 587 (recommended) or 2525 with STARTTLS, 465 with SSL/TLS from the start, or 25");
    expect(reply).not.toContain('Is the port the problem?');
  });

  it('"do I need to change the port to 465?" asks about the port (c163-01, c166-01)', () => {
    for (const [set, name] of [['pastes163c', 'c163-01'], ['pastes166c', 'c166-01']] as const) expect(replyTo(paste(set, name)), name).toContain('Is the port the problem? No');
  });
});
