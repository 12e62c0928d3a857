/**
 * Review round 275 (pastes275a..c): configuration and deployment material beside the error, several systems, thin evidence.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { normalize } from '../../src/diagnosis/normalize.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const ACTION_LOG = `- name: Notify
  uses: dawidd6/action-send-mail@v3
  with:
    server_address: smtp.mailgun.org
    server_port: 465
##[error]Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied`;

const LISTINGS = (local: string, production: string) => `works on my machine, fails in production. Which variable is wrong?

.env.local:
\`\`\`
SMTP_HOST=${local}
SMTP_PORT=587
\`\`\`

\`vercel env pull .env.production.local --environment=production\`:
\`\`\`
SMTP_HOST="${production}"
SMTP_PASS=""
VERCEL_ENV="production"
\`\`\`

transporter: nodemailer.createTransport({ host: process.env.SMTP_HOST, auth: process.env.SMTP_PASS ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined })
from: orders@mg.shop.example
Error: Can't send mail - all recipients were rejected: 554 5.7.1 <ana@client.example>: Relay access denied`;

describe('where the sender is set to send', () => {
  it("a GitHub Action's server_address input names the server it sends through (r275c-03)", () => {
    const d = diagnose(ACTION_LOG);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.evidence.map((e) => e.rule)).toContain("The app is configured to send through Mailgun's SMTP host");
  });

  it("two environments' listings: production's host is the one that answered, and the message says Mailgun never got the mail (r275c-13)", () => {
    const d = diagnose(LISTINGS('smtp.mailgun.org', 'mail.privateemail.com'));
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.host).toBe('mail.privateemail.com');
    const message = messageSection(replyText(`${LISTINGS('smtp.mailgun.org', 'mail.privateemail.com')}\nWhat do I tell the customer?`));
    expect(message).toMatch(/The error comes from mail\.privateemail\.com, the SMTP server your application is set to send through, not from Mailgun: Mailgun never received this mail/);
    expect(message).toContain('in every environment it runs in (production too), to smtp.mailgun.org, port 587');
  });

  it("production's listing on Mailgun, the local one on another host: Mailgun's SMTP host is the one set", () => {
    const d = diagnose(LISTINGS('mail.privateemail.com', 'smtp.mailgun.org').replace('Relay access denied', 'Relaying denied'));
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.host).toBe('smtp.mailgun.org');
  });

  it('listings with no production mark keep the first host set', () => {
    const unmarked = LISTINGS('smtp.mailgun.org', 'mail.privateemail.com').replace('--environment=production', '').replace('.env.production.local', 'other.env').replace('VERCEL_ENV="production"', '');
    expect(diagnose(unmarked).facts.host).not.toBe('mail.privateemail.com');
  });

  it('"since we migrated to you", told to Mailgun\'s support, is a move to Mailgun: the box still sends through SES (r275a-07)', () => {
    const paste = `Ticket: "Mailgun rejects our reminders since we migrated to you last week"\nsmtplib.SMTPDataError: (554, b'Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@b.example')\nEMAIL_HOST = "email-smtp.us-east-1.amazonaws.com"`;
    expect(replyText(paste)).toContain('The mail still went through Amazon SES, not Mailgun, although the paste says the sending moved to Mailgun');
  });
});

describe('recipients named by a log or a device', () => {
  it.each([
    ["I, [2024-04-15T11:02:43] INFO -- : Send email to: 'maria.lopez@constructora.example' (from Soporte <soporte@shop.example>)\nE, ERROR -- : 550 5.7.1 Relaying denied", 'maria.lopez@constructora.example'],
    ['Fout: 550 5.7.1 Relaying denied\nBestemming: werkbon@installatie.example\nSMTP-server: smtp.eu.mailgun.org', 'werkbon@installatie.example'],
  ])('%s', (paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });
});

describe('messages asked in few words', () => {
  it.each([
    ['È davvero greylisting? Cosa rispondo? (in italiano, per il cliente)', /^In italiano: /m],
    ['Klientka pyta: "dlaczego lokalnie działa, a na produkcji nie?" Odpowiedź po polsku poproszę.', /^Po polsku: /m],
    ['Wat moet hij aanpassen? Graag een korte instructie in het Nederlands die ik kan doorsturen.', /^In het Nederlands: /m],
  ])('%s', (ask, language) => {
    expect(messageSection(replyText(`smtp.mailgun.org:587\nError: 550 5.7.1 Relaying denied\n${ask}`))).toMatch(language);
  });
});

describe("an API's 429 beside a task definition (r275c-18)", () => {
  const paste = `{\n  "name": "blast",\n  "cpu": 512,\n  "memory": 1024\n}\n[ERROR] worker-37 send failed to=j@b.example status=429 body={"message": "Too many requests"}\nrequests.exceptions.HTTPError: 429 Client Error: TOO MANY REQUESTS for url: https://api.eu.mailgun.net/v3/mg.x.example/messages\nis this the relaying denied error?`;

  it('a JSON field\'s number under another name than a code\'s is no reply code; a "code" field\'s is', () => {
    expect(diagnose(paste).facts.replyCode).toBe(429);
    expect(diagnose('{"cpu": 512,\n "memory": 1024}').facts.replyCode).toBeNull();
    expect(diagnose('{"code": 550, "message": "5.7.1 Relaying denied"}').facts.replyCode).toBe(550);
    expect(diagnose("(irb):2:in `<main>': 550 5.7.1 Relaying denied (Net::SMTPFatalError)").facts.replyCode).toBe(550);
  });

  it('"is it relaying denied?" is answered as the API refusing fast calls, not a receiving server', () => {
    const reply = replyText(paste);
    expect(reply).toContain('Is it a Relaying Denied error? No: it is the email API refusing calls that came faster than the account allows (HTTP 429)');
    expect(reply).not.toContain('the receiving server limiting how fast it takes mail');
  });
});

describe('a logs entry typed out with its fields indented alike (r275b-14)', () => {
  it("the next field is not read as the server's words", () => {
    const paste = '2024-06-14 11:05:52 | failed | permanent | reception@kestrel.example\n  mx-host: mail.kestrel.example\n  550 5.7.1 <reception@kestrel.example>... Relaying denied. IP name lookup failed [161.38.204.77]\n  envelope sender: bounce+7c2e11@mg.harbour.example';
    expect(diagnose(paste).facts.serverMessage).toBe('550 5.7.1 <reception@kestrel.example>... Relaying denied. IP name lookup failed [161.38.204.77]');
  });
});

describe("a smoke test's session with Mailgun's inbound MX (r275c-09)", () => {
  it('the credentials theory brings back no "less likely: Mailgun refused an unauthenticated send"', () => {
    const paste = fixturePaste('pastes275c', 'r275c-09');
    const reply = replyText(paste);
    expect(diagnose(paste).scenario).toBe('mailgun-incoming');
    expect(reply).not.toContain('Also possible, less likely: Mailgun refused an unauthenticated send');
  });
});

describe('"the same error as last time?" where last time was in a closed ticket (r275b-02)', () => {
  it("an earlier refusal in another server's words is not the same as today's session without a login", () => {
    const reply = replyText(fixturePaste('pastes275b', 'r275b-02'));
    expect(reply).toMatch(/Is it the same error as last time\? No: last time the refusal came in another server's words .* this time Mailgun's own SMTP host refused a session that sent no login/);
    expect(reply).not.toContain('Is it the same error as last time? If last time');
  });

  it("an earlier refusal in Mailgun's words, and today's session without a login: the same", () => {
    const paste = "From the ticket history, March (closed back then):\n> smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\n-> we told them to log in, closed.\n\nNew today:\nSMTPRecipientsRefused: {'c@d.example': (550, b'5.7.1 Relaying denied')}\nEMAIL_HOST=smtp.mailgun.org\nEMAIL_HOST_USER=\nIs it the same thing?";
    expect(replyText(paste)).toContain('Is it the same error as last time? Yes, the same refusal');
  });
});

describe('the reply, read against what the paste shows', () => {
  it("a message for \"the landlord's IT people\" is written to the recipient's IT (r275b-07)", () => {
    const message = messageSection(replyText(fixturePaste('pastes275b', 'r275b-07')));
    expect(message).toContain('are refused by your mail server');
    expect(message).not.toContain('Please check the address');
  });

  it.each([
    ['pastes275a', 'r275a-05', /Who is right\? The receiving side is where the cause is: Mailgun's inbound server .* because no Route takes it/],
    ['pastes275b', 'r275b-12', /Who is right\? The receiving side is where the cause is/],
    ['pastes274c', 'r274c-08', /Who is right\? Whoever says it is no relay refusal: it is the recipient's server saying the address does not exist/],
  ])('"who\'s right?" is answered by the side of the cause (%s/%s)', (set, name, answer) => {
    expect(replyText(fixturePaste(set, name))).toMatch(answer);
  });

  it('"who\'s right?" beside a session without a login, and beside a recipient\'s refusal', () => {
    expect(replyText("SMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nhost smtp.mailgun.org port 587\nDev says it's the recipient, ops says it's us. Who's right?")).toContain('Who is right? The sending side is where the cause is');
    expect(replyText('Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example\nWer hat Recht?')).toContain("Who is right? The recipient's side is where the cause is: Mailgun accepted the message");
  });

  it("a ternary on the login's variable is read as the login's test, not the password's (r275a-03)", () => {
    const reply = replyText(fixturePaste('pastes275a', 'r275a-03'));
    expect(reply).toContain('The code logs in only when its login setting is set');
    expect(reply).not.toContain('The code logs in only when its password setting is set');
  });

  it('an app on Vercel is redeployed to take a new password, not restarted (r275c-05)', () => {
    const reply = replyText(fixturePaste('pastes275c', 'r275c-05'));
    expect(reply).toContain('redeploy (in Vercel, Deployments, then Redeploy)');
    expect(reply).not.toContain('and restart it (a process reads its environment when it starts)');
  });

  it("Postfix's password map in Kubernetes: texthash:, not a reinstall's story (r275c-07)", () => {
    const reply = replyText(fixturePaste('pastes275c', 'r275c-07'));
    expect(reply).toContain('name the map texthash: (read as plain text, no postmap needed)');
    expect(reply).not.toContain('A reinstall or an upgrade often leaves');
  });
});

describe('what the paste shows, named in the fix', () => {
  it('"crearon una Route para citas@x", facturacion@x refused: the Route made is for another address (r275b-06)', () => {
    const reply = replyText(fixturePaste('pastes275b', 'r275b-06'));
    expect(reply).toContain('The Route made is for citas@clinicasonrisanorte.es, and a Route takes only the addresses its expression matches: facturacion@clinicasonrisanorte.es has none');
    expect(reply).not.toContain('You say a Route was made, yet');
  });

  it('an unknown user whose address is said to be right: the message says the Bounces list comes before a resend (r275b-09)', () => {
    expect(messageSection(replyText(fixturePaste('pastes275b', 'r275b-09')))).toContain("Avant de le renvoyer, il faut retirer l'adresse de la liste Bounces de votre domaine dans Mailgun");
  });

  it("a Deployment asking a Secret for a key it does not hold: that key, and the Deployment's fix (r275c-02)", () => {
    const reply = replyText(fixturePaste('pastes275c', 'r275c-02'));
    expect(reply).toContain('The Deployment takes SMTP_USERNAME from the key SMTP_USERNAME of the Secret notifier-smtp, which holds no such key (it holds SMTP_USER and SMTP_PASS)');
    expect(reply).toContain('Fix: in the Deployment, ask the Secret for the keys it holds (key: SMTP_USER, key: SMTP_PASS)');
  });

  it('the same Deployment with the Secret holding the keys asked: no missing key', () => {
    const paste = fixturePaste('pastes275c', 'r275c-02').replace('  SMTP_USER: cG9z', '  SMTP_USERNAME: cG9z').replace('  SMTP_PASS: N2Yz', '  SMTP_PASSWORD: N2Yz');
    expect(replyText(paste)).not.toContain('which holds no such key');
  });
});

describe('settings the paste shows, read to the cause', () => {
  it('"fails on every PR that comes from a fork": GitHub withholds the secrets from forks\' pull requests (r275c-03)', () => {
    expect(replyText(fixturePaste('pastes275c', 'r275c-03'))).toContain("GitHub Actions gives a workflow run by a fork's pull request none of the repository's secrets");
  });

  it("Terraform's MAILGUN_API_KEY = var.mailgun_smtp_password is shown, not redacted, and read as the SMTP password used as the API key (r275c-04)", () => {
    const d = diagnose(fixturePaste('pastes275c', 'r275c-04'));
    expect(d.evidence.find((e) => e.rule === 'The paste says the SMTP password was put in as the API key')?.excerpt).toContain('MAILGUN_API_KEY = var.mailgun_smtp_password');
    expect(replyText(fixturePaste('pastes275c', 'r275c-04'))).toContain("the SMTP credentials' password is no API key");
  });

  it("a listing of /etc/postfix with sasl_passwd and no sasl_passwd.db: postmap is in the fix (r275a-01)", () => {
    const reply = replyText(fixturePaste('pastes275a', 'r275a-01'));
    expect(reply).toContain('run postmap hash:/etc/postfix/sasl_passwd (the listing shows no database made from it yet');
    const built = fixturePaste('pastes275a', 'r275a-01').replace(/(-rw------- 1 root root +83 [^\n]*sasl_passwd)/, '$1\n-rw------- 1 root root 12288 Apr 15 17:53 sasl_passwd.db');
    expect(built).toContain('sasl_passwd.db');
    expect(replyText(built)).not.toContain('the listing shows no database made from it');
  });
});

describe("Terraform's references are no secrets", () => {
  it('`var.x` and `local.x` stay as written; a literal key beside them is still redacted', () => {
    const d = diagnose('MAILGUN_API_KEY = var.mailgun_api_key\nSMTP_PASSWORD = local.smtp_pass\nMAILGUN_KEY = "b41c6e0f2d97a3e58c1f6d20a4b7e913-8f2d1c3a-6b7e9d05"\n401 Unauthorized https://api.mailgun.net/v3/mg.x.example/messages');
    const text = normalize('MAILGUN_API_KEY = var.mailgun_api_key\nSMTP_PASSWORD = local.smtp_pass').text;
    expect(text).toContain('MAILGUN_API_KEY = var.mailgun_api_key');
    expect(text).toContain('SMTP_PASSWORD = local.smtp_pass');
    const shown = JSON.stringify(d);
    expect(shown).not.toContain('b41c6e0f2d97a3e58c1f6d20a4b7e913');
    expect(d.facts.secretsFound).toBe(true);
  });
});

describe('"Dicono che è greylisting" beside a temporary relay refusal retried for days (r275b-17)', () => {
  it('is answered no: greylisting lets a later attempt through', () => {
    expect(replyText(fixturePaste('pastes275b', 'r275b-17'))).toMatch(/Is it greylisting\? No: greylisting turns away a first attempt and lets a later one through.* this server refused 6 attempts with a relay refusal \(454/);
  });
});
