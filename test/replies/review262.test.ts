/**
 * Round 262 and the code review of rounds 260-261. The flaws round 262 found: an old relay refusal closed in an internal note
 * ("Ticket geschlossen", "werkt nu", "the relaying error is gone") read over today's 535, sandbox 421 or block-list 550; a
 * block list's 5.7.1 fields counted as the old relay refusal's; mailboxes moved in Spanish, German or French not read, and
 * a parent domain's Google Workspace read as a subdomain's that receives through Mailgun on purpose; readers named in German
 * ("an das IT der ..."), French ("l'informaticien de la Menuiserie ..."), Portuguese and by a title ("Dr. Cole") missed.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('history closed in a note', () => {
  it('"... danach lief alles. Ticket geschlossen." over today\'s 535: the 535', () => {
    expect(diagnose(paste('r262c-02')).kind).toBe('auth-failure');
  });

  it('"Did that, the relaying error is gone ... now we get a different one": the sandbox 421', () => {
    expect(diagnose(paste('r262c-14')).kind).toBe('sandbox');
  });

  it('an older note "... inkomende mail werkt nu" beside today\'s block list 550 5.7.1: the block, its code fields its own', () => {
    expect(diagnose(paste('r262c-10')).kind).toBe('blocked');
  });
});

describe('where the domain\'s mail is meant to go', () => {
  it('mailboxes moved, said in Spanish and German, the MX still at Mailgun: the MX records are the mistake', () => {
    for (const name of ['r262b-06', 'r262b-07']) expect(fixLineOf(replyText(paste(name)))).toContain('its MX records are the mistake');
  });

  it('the parent domain\'s Google Workspace beside a subdomain received through Mailgun on purpose: a Route, not the MX', () => {
    const fix = fixLineOf(replyText(paste('r262b-08')));
    expect(fix).toContain('match_recipient("returns@help.tallgrass.com")');
    expect(fix).not.toContain('MX records are the mistake');
  });
});

describe('readers and asks', () => {
  it('"an das IT der Empfängerfirma", "à l\'informaticien de la Menuiserie Lefèvre": the recipient\'s side, in German and French', () => {
    expect(messageSection(replyText(paste('r262b-11')))).toContain('Auf Deutsch: Unsere E-Mails an');
    expect(messageSection(replyText(paste('r262b-12')))).toContain('En français: Nos e-mails à destination de contact@menuiserie-lefevre.fr');
  });

  it('"What should I tell Dr. Cole?", "Mi scrivete due righe", "um texto que eu possa mandar pro cliente": a message each', () => {
    expect(messageSection(replyText(paste('r262b-13')))).toContain('What you can tell the customer');
    expect(messageSection(replyText(paste('r262a-10')))).toContain('In italiano:');
    expect(messageSection(replyText(paste('r262c-08')))).toContain('Em português:');
  });

  it('"uma mensagem ... que a cliente possa encaminhar para o desenvolvedor freelancer dela": the developer', () => {
    expect(messageSection(replyText(paste('r262b-05')))).toContain('What you can tell the developer');
  });

  it('a post for #suporte-pt asked in Portuguese: the handover note in Portuguese', () => {
    expect(replyText(paste('r262b-09'))).toContain('Handover note (in Portuguese, as asked)');
  });

  it('`spring.mail.password=${MAILGUN_KEY}`: the password\'s variable, not the login\'s', () => {
    const reply = replyText(paste('r262b-01'));
    expect(reply).toContain('takes its SMTP password from ${MAILGUN_KEY}');
  });

  it('"(customer on US)": the US region; "Betroffen z.B. Bestellbestätigung an a@b": that recipient', () => {
    expect(diagnose(paste('r262a-06')).facts.region).toBe('us');
    expect(diagnose(paste('r262b-03')).facts.recipient).toBe('m.weber@gmx.de');
  });
});

describe('the code review of rounds 260-261', () => {
  it('a system named without blame ("says the mail is sent from a Docker container", "Is it OK to run ... inside Docker?"): no answer', () => {
    expect(replyText(`He says the mail is sent from a Docker container.\n${OUTGOING_AT_MAILGUN}`)).not.toContain("Is it Docker's network?");
    expect(replyText(`Is it OK to run the mailer inside Docker?\n${OUTGOING_AT_MAILGUN}`)).not.toContain("Is it Docker's network?");
    expect(replyText(`Is it really the firewall?\n${OUTGOING_AT_MAILGUN}`)).toContain('Is it a firewall? No:');
  });

  it('a full mailbox failed for good with a 452 after Mailgun\'s own retries ran out: not "the server made it permanent"', () => {
    const event = '{"event": "failed", "severity": "permanent", "reason": "old", "recipient": "a@gmail.example", "delivery-status": {"code": 452, "attempt-no": 8, "message": "4.2.2 The email account that you tried to reach is over quota", "mx-host": "gmail-smtp-in.l.google.example"}}';
    expect(replyText(event)).not.toContain('made it permanent');
  });

  it('a time-first row "Accepted  from a@x to b@y": the recipient is b@y, not the sender', () => {
    const rows = 'Jun 18, 2024 09:40:12   Accepted   from orders@mg.shopco.example to bob@northfield.example\nJun 18, 2024 09:40:14   Failed   550 5.7.1 Relaying denied   mx-host: mail.northfield.example';
    expect(diagnose(rows).facts.recipient).toBe('bob@northfield.example');
  });

  it('"We used to use Mailgun for incoming mail but moved everything over to Fastmail": no inbound meant', () => {
    expect(diagnose(`We used to use Mailgun for incoming mail but moved everything over to Fastmail.\n${INCOMING}`).evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is meant to arrive through Mailgun");
  });

  it('"our clients tell us their emails bounce": not the company\'s own outgoing mail', () => {
    expect(replyText('Our clients tell us their emails bounce with 550 5.7.1 Relaying denied.')).toContain('It is one of three things');
  });

  it('an openssl session with a blank line in its TLS output and a dummy password: still set aside', () => {
    const session = 'openssl s_client -connect smtp.mailgun.org:465 -crlf -quiet\ndepth=2 C = US\n\nverify return:1\n220 Mailgun Influx ready\nAUTH PLAIN xyz\n535 5.7.0 Mailgun is not loving your login or password\nRCPT TO:<a@b.example>\n550 5.7.1 Relaying denied\n\nApp: smtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')\nThey typed a dummy password in openssl on purpose.';
    expect(diagnose(session).kind).toBe('auth-failure');
  });

  it('"# from .env; the API key lives in MAILGUN_API_KEY" beside the password: no API key read as the password', () => {
    const settings = `EMAIL_HOST_PASSWORD = os.environ["SMTP_PASSWORD"]  # from .env; the API key lives in MAILGUN_API_KEY\nsmtplib.SMTPAuthenticationError: (535, b'5.7.0 Mailgun is not loving your login or password')`;
    expect(diagnose(settings).evidence.map((e) => e.rule)).not.toContain('The SMTP password is read from an API key');
  });

  it('"the bounce says ... Greylisted", "he says it\'s not greylisting": no greylisting theory', () => {
    for (const said of ['The bounce says: Greylisted, please try again later.', "He says it's not greylisting."]) {
      expect(diagnose(`${said}\n${RECIPIENT_EVENT}`).evidence.map((e) => e.rule)).not.toContain('The paste says greylisting is the cause');
    }
  });

  it('"our bank account", "I am in the hospital": not the sender\'s own organisation', () => {
    for (const said of ['Our bank account is fine.', 'I am in the hospital this week.']) {
      expect(diagnose(`${said}\n${RECIPIENT_EVENT}`).evidence.map((e) => e.rule)).not.toContain('The paste says the sender is the organisation named');
    }
  });
});

const OUTGOING_AT_MAILGUN = 'Postfix: to=<bob@partner.example>, relay=smtp.mailgun.org[34.160.12.9]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
const INCOMING = '<factures@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
const RECIPIENT_EVENT = '{"event": "failed", "severity": "permanent", "recipient": "j@partner.example", "delivery-status": {"mx-host": "mail.partner.example", "code": 550, "message": "5.7.1 Unable to relay", "enhanced-code": "5.7.1"}}';
