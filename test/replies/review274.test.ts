/**
 * Review round 274: Slack's bulleted bold labels, asks for a message typed in a hurry, the returned copy of an Exim bounce
 * quoted in Slack, a move to Google Workspace in Portuguese, and a reader said as "die IT von ...".
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);
const ASK_RULE = 'The paste asks what to tell the customer';
const asksForMessage = (text: string): boolean => diagnose(text).evidence.some((e) => e.rule === ASK_RULE);

describe("a Mailgun event copied as Slack's bulleted bold labels", () => {
  it('"• *MX host:* ...", "• *Recipient:* ...": read as the fields they are (the recipient\'s server refused)', () => {
    const d = diagnose(paste('r274c-12'));
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.host).toBe('mail.mueller-stahlbau.de');
    expect(d.facts.recipient).toBe('einkauf@mueller-stahlbau.de');
  });

  it('"ne Mail an die IT von Müller Stahlbau": the message is for their IT, in German', () => {
    const reply = replyText(paste('r274c-12'));
    expect(sectionOf(reply, 'What you can tell the IT admin')).toContain('Unsere E-Mails an einkauf@mueller-stahlbau.de werden von Ihrem Mailserver');
  });

  it('a bullet list of plain words keeps its bullets (only a bold label loses its bullet)', () => {
    expect(diagnose('• *Recipient:* bob@partner.example\n• MX host mail.partner.example\n550 5.7.1 Unable to relay').facts.recipient).toBe('bob@partner.example');
  });
});

describe('asks for a message typed in a hurry', () => {
  it.each([
    ['Draft me a reply that gets what we need in one go.'],
    ['se der, me dá o texto em português pra mandar pra eles'],
    ['e escreve uma msg bem de boa pro cliente'],
    ['podes escrever uma msg para o dev deles?'],
    ['fais-moi un petit msg pour le client en français'],
    ['dis-moi quoi lui répondre'],
    ['scrivimi tu la risposta in italiano'],
  ])('%s', (ask) => {
    expect(asksForMessage(`550 5.7.1 Relaying denied\n${ask}`)).toBe(true);
  });

  it.each([
    ['I will draft a reply later.'],
    ['il m\'a écrit un petit msg hier'],
    ['ele escreve uma msg por dia'],
  ])('not a statement: %s', (said) => {
    expect(asksForMessage(`550 5.7.1 Relaying denied\n${said}`)).toBe(false);
  });

  it('"uma msg para o dev deles": the message is for their developer', () => {
    expect(replyText(paste('r274c-16'))).toContain('What you can tell the developer');
  });
});

describe("an Exim bounce's returned copy, quoted in Slack, then the person's own words", () => {
  it('the words after the quote are read: "¿qué le digo?" asks for a message', () => {
    expect(asksForMessage(paste('r274c-10'))).toBe(true);
    expect(replyText(paste('r274c-10'))).toContain('What you can tell the customer');
  });

  it("the copy's own headers are not read as the person's words", () => {
    const bounce = [
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
      '  ventas@shop.example',
      '    host mxb.mailgun.org [35.190.247.12]',
      '    SMTP error from remote mail server after RCPT TO:<ventas@shop.example>:',
      '    550 5.7.1 Relaying denied',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      'Return-path: <a@b.example>',
      'Subject: what do I tell the customer?',
      'From: a@b.example',
      '',
      'Hi, what do I tell the customer?',
    ].join('\n');
    expect(asksForMessage(bounce)).toBe(false);
  });
});

describe('a move of the mailboxes to Google Workspace, in Portuguese', () => {
  it('"migraram as caixas para o Google Workspace", the MX still at Mailgun: the MX records are the fix, and "É problema do Mailgun?" says so', () => {
    const reply = replyText(paste('r274b-18'));
    expect(reply).toMatch(/^Mailgun's inbound MX refused mail for your domain: its MX records still point to Mailgun/);
    expect(reply).toContain('Is Mailgun blocking you? No block: the domain\'s MX records still point to Mailgun');
    expect(reply).not.toContain('create the deleted Route again');
  });
});

describe('a Postfix container refusing the app beside it', () => {
  it('"postfix-1  | Jun 19 ... mail postfix/smtpd[214]: NOQUEUE: reject: ...": the log\'s own server refused', () => {
    const d = diagnose(paste('r274a-16'));
    expect(d.facts.host).toBe('mail');
    expect(d.facts.hostRole).toBe('other');
  });

  it('its relay list set by POSTFIX_mynetworks: that variable, with the Compose network, and the container recreated', () => {
    const reply = replyText(paste('r274a-16'));
    expect(reply).toContain('takes its relay networks from POSTFIX_mynetworks (now 127.0.0.0/8), so add the client\'s network there (127.0.0.0/8,172.18.0.0/16');
    expect(reply).not.toContain('in main.cf (172.18.0.5/32');
  });

  it('main.cf\'s own "mynetworks = ..." is no container variable', () => {
    const reply = replyText('Jun 19 17:31:02 mail postfix/smtpd[214]: NOQUEUE: reject: RCPT from app[10.0.3.7]: 454 4.7.1 <a@b.example>: Relay access denied; from=<x@y.example> to=<a@b.example>\nmynetworks = 127.0.0.0/8');
    expect(reply).toContain('to mynetworks in main.cf');
  });
});

describe("Exchange Online's message trace", () => {
  it('"Get-MessageTrace -RecipientAddress a@x": the refused recipient', () => {
    const d = diagnose(paste('r274a-18'));
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.recipient).toBe('intake@claims.meridian-insure.com');
  });
});

describe('questions asked beside the error (round 274)', () => {
  it('"is mailgun having an outage?? ... they want an ETA": no, and nothing at Mailgun to wait for', () => {
    const reply = replyText(paste('r274c-09'));
    expect(reply).toContain('Is Mailgun down? No: Mailgun\'s SMTP host is up');
    expect(reply).toContain('there is nothing at Mailgun to wait for');
  });

  it('an empty user name: the client sends no login (not "only when both are set", which Symfony Mailer does not require)', () => {
    const reply = replyText(paste('r274c-09'));
    expect(reply).toContain('With the user name empty, the client sends no login at all');
    expect(reply).not.toContain('only when both the user name and the password are set');
  });

  it('"Ze vragen of het helpt om naar poort 465 of 2525 te gaan, of dat ze een dedicated IP nodig hebben": both answered', () => {
    const reply = replyText(paste('r274b-16'));
    expect(reply).toContain('Do you need a dedicated IP? No');
    expect(reply).toContain('Is the port the problem? No');
  });

  it('"Is their account suspended or something?" beside a sandbox refusal: no, a sandbox sends only to authorized recipients', () => {
    expect(replyText(paste('r274b-10'))).toMatch(/Is the account suspended\? No: a sandbox domain sends only to the recipients it has authorized/);
    expect(replyText(`${'nodemailer 550 5.7.1 Relaying denied, host smtp.mailgun.org, no auth'}\nHas our Mailgun account been disabled?`)).toContain('Is the account suspended? Nothing here points to it');
    expect(replyText('550 5.7.1 Relaying denied from smtp.mailgun.org\nWe closed the old account last year.')).not.toContain('Is the account suspended?');
  });
});

describe('more of round 274', () => {
  it('"is this on the customer\'s side?" and "what does who need to fix?" beside mail refused by Mailgun\'s inbound MX: the receiving side\'s', () => {
    for (const name of ['r274a-18', 'r274a-01']) expect(replyText(paste(name))).toMatch(/Whose side is it on\? The receiving side's, yours if the domain receives its mail through your Mailgun account/);
  });

  it("Sendmail's transcript restating the reply above it in its own status (550 5.1.1 ... User unknown) is no second error", () => {
    expect(replyText(paste('r274c-14'))).not.toContain('Another error in the paste');
  });

  it('"*Temporary Fail* · mg.x" over "mx-host:" and the reply: a failed event Mailgun retries; "moeten ze opnieuw versturen??" answered', () => {
    const d = diagnose(paste('r274c-15'));
    expect(d.facts.event).toBe('failed');
    expect(d.facts.severity).toBe('temporary');
    expect(d.facts.mailgunDomain).toBe('mg.kaaswinkel-online.nl');
    const reply = replyText(paste('r274c-15'));
    expect(reply).toContain('Will it be sent again? Not yet: Mailgun retries a temporary refusal by itself');
  });

  it("Yahoo's TSS04 is volume or complaints: the list, not a throttle to wait out alone", () => {
    const reply = replyText(paste('r274c-15'));
    expect(reply).toContain('Yahoo (and AOL, on the same servers) is deferring mail from the sending IP for now because of unexpected volume or user complaints');
    expect(reply).toContain('Clean the list before the next send');
    expect(reply).not.toContain('Slow down and retry later');
  });
});

describe("the incoming message says Mailgun refused the mail, and that it was not kept", () => {
  it('German: "wurde von Mailgun abgewiesen", "ihre Absender müssen sie erneut senden"', () => {
    const reply = replyText(paste('r274a-04'));
    expect(reply).toContain('Die Nachricht an anmeldung@kurse.yogaraum-leipzig.de wurde von Mailgun abgewiesen');
    expect(reply).toContain('ihre Absender müssen sie erneut senden');
    expect(reply).not.toContain('ist bei Mailgun angekommen');
  });
});

describe('a cron job started with env -i', () => {
  it('no variable reaches it: drop env -i or give the variables after it; the next run reads them, no restart', () => {
    const reply = replyText(paste('r274c-13'));
    expect(reply).toContain('The job is started with env -i, which clears every environment variable, the crontab\'s own lines included: MG_SMTP_USER cannot reach the script that way');
    expect(reply).not.toContain('Define MG_SMTP_USER in the crontab');
    expect(reply).toContain('Fix: set MG_SMTP_USER and MG_SMTP_PASS where the job runs (in its crontab line, after env -i, or in a file the script reads; its next run reads them)');
  });

  it('a cron job without env -i: the crontab may define the variable', () => {
    const reply = replyText(paste('r274c-13').replace('env -i ', ''));
    expect(reply).toContain('Define MG_SMTP_USER in the crontab');
    expect(reply).not.toContain('env -i');
  });
});

describe('a systemd service whose unit sets no environment', () => {
  it('works from the shell, not under systemd: the unit needs EnvironmentFile=, then daemon-reload and a restart', () => {
    const reply = replyText(paste('r274b-14'));
    expect(reply).toContain('The application runs as a systemd service whose unit sets no environment');
    expect(reply).toContain('Add EnvironmentFile=/etc/freight.env under [Service]');
    expect(reply).toContain('Fix: set EMAIL_USER and EMAIL_PASSWORD in the service\'s unit (an EnvironmentFile= under [Service]), then run systemctl daemon-reload');
  });

  it('a unit that sets its environment already: no such advice', () => {
    const reply = replyText(paste('r274b-14').replace('Restart=always', 'Restart=always\nEnvironmentFile=/etc/freight.env'));
    expect(reply).not.toContain('whose unit sets no environment');
  });
});

describe('two apps\' variable listings, "works on staging, fails on prod"', () => {
  it('the app that lacks the name read, the one that has it, and the command for the first', () => {
    const reply = replyText(paste('r274a-14'));
    expect(reply).toContain('but the app fernwood-prod sets MAILGUN_SMTP_USER (fernwood-staging sets MAILGUN_SMTP_LOGIN, which is why it works there)');
    expect(reply).toContain('heroku config:set MAILGUN_SMTP_LOGIN=... -a fernwood-prod');
  });

  it('both apps setting the name read: no mismatch', () => {
    const both = paste('r274a-14').replace('MAILGUN_SMTP_USER:     postmaster', 'MAILGUN_SMTP_LOGIN:    postmaster');
    expect(diagnose(both).evidence.some((e) => e.rule === 'The login is read from a variable the deployment does not set')).toBe(false);
  });
});

describe('a near-miss Route after the Routes were "cleaned up"', () => {
  it('"fait du ménage dans ses routes" beside match_recipient("facture@...") for factures@: correct the Route, in the reply and in the French message', () => {
    const reply = replyText(paste('r274b-08'));
    expect(reply).toContain('Fix: correct the Route\'s expression from match_recipient("facture@atelier-ravel.fr") to match_recipient("factures@atelier-ravel.fr")');
    expect(reply).toContain('Corrigez son expression en match_recipient("factures@atelier-ravel.fr")');
    expect(reply).not.toContain('create the deleted Route again');
  });
});

describe("a swaks run refused in its own session, an application named in the chatter", () => {
  it("the swaks command is what the transcript shows: its --auth options, not the application's settings", () => {
    const d = diagnose(paste('r274a-08'));
    expect(d.facts.client).toBe('swaks');
    expect(replyText(paste('r274a-08'))).toContain('to the swaks command (with --tls): swaks logs in only when given --auth');
  });
});

describe("Rust's lettre", () => {
  it('is the client: its own builder with .credentials(...), not "I could not tell which program"', () => {
    const d = diagnose(paste('r274a-12'));
    expect(d.facts.client).toBe('lettre');
    const reply = replyText(paste('r274a-12'));
    expect(reply).toContain('.credentials(Credentials::new("postmaster@mg.hausundbeet.de".to_string()');
    expect(reply).not.toContain('I could not tell which program sends the mail');
  });
});

describe('more asks of round 274', () => {
  it('"tem como a gente forçar a entrega ou liberar do nosso lado??": Mailgun holds nothing back', () => {
    expect(replyText(paste('r274c-05'))).toContain('Can Mailgun let it through? No: Mailgun holds nothing back');
  });

  it('"shipper says the address is right, what do I tell them?": the address said right, the question after it another one', () => {
    expect(diagnose(paste('r274a-11')).facts.addressConfirmed).toBe(true);
    expect(replyText(paste('r274a-11'))).toContain('As the address is right, the fix is on the recipient\'s side');
    expect(diagnose('550 5.7.1 Unable to relay from mx.partner.example\nis the address right, what do you think?').facts.addressConfirmed).toBe(false);
  });

  it('"¿Pueden reintentar el envío ustedes?": the Spanish message says Mailgun does not retry, the Bounces list, then a resend', () => {
    const reply = replyText(paste('r274b-05'));
    expect(reply).toContain('Mailgun no reintenta este envío por sí solo');
    expect(reply).toContain('Will it be sent again?');
  });

  it('no resend asked: the message says nothing of it', () => {
    expect(replyText(`${'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example'}\nWhat do I tell the customer?`)).not.toContain('Mailgun does not retry this refusal by itself: once');
  });
});

describe("Outlook.com's 5.7.515 and a DMARC record said removed", () => {
  it('the first step puts the record back, and the Italian message says so (not "SPF o DKIM" alone)', () => {
    const reply = replyText(paste('r274c-17'));
    expect(reply).toContain('The paste says the DMARC record was removed');
    expect(reply).toContain('Put it back: a TXT record at _dmarc.enotecabellavista.it such as v=DMARC1; p=none');
    expect(reply).toContain('il dominio deve pubblicare un record DMARC, e quello che aveva è stato rimosso di recente. Lo ripristini');
  });

  it('no removal said: the message asks to add one', () => {
    const reply = replyText(paste('r274c-17').replace('però la settimana scorsa il loro webmaster ha tolto il record DMARC perché "dava problemi" 🙈', ''));
    expect(reply).toContain('e lo aggiunga se manca');
    expect(reply).not.toContain('The paste says the DMARC record was removed');
  });
});

describe('unknown users after a send to an old list', () => {
  it('"imported an old attendee list ... ~40 failures": clean the list, leave the addresses on the Bounces list', () => {
    const reply = replyText(paste('r274b-11'));
    expect(reply).toContain('The paste says an old list was sent to');
    expect(reply).not.toContain('Check the recipient address for typos');
  });

  it('no old list said: the address is checked', () => {
    expect(replyText('550 5.1.1 The email account that you tried to reach does not exist. gmail-smtp-in.l.google.com\nrecipient: tom@gmail.com')).toContain('Check the recipient address for typos');
  });
});

describe('a helpdesk whose Routes post to a URL', () => {
  it('"mailgun problem or theirs?" asks whose side; the everyday message says the helpdesk, not a mailbox', () => {
    const reply = replyText(paste('r274c-18'));
    expect(reply).toContain("Whose side is it on? The receiving side's");
    expect(reply).toContain('without the setting that passes it on to your helpdesk or application');
    expect(reply).not.toContain('passes it on to your mailbox');
  });
});

describe("a code comment's words and pm2", () => {
  it('"// local dev uses mailhog, no auth there" is no evidence of the session, nor "the line that stops it" in the message', () => {
    const reply = replyText(paste('r274c-01'));
    expect(reply).not.toContain('// local dev uses mailhog');
    expect(reply).toContain('It reads its SMTP login from MAILGUN_SMTP_LOGIN, but where it runs only MAILGUN_USER is set');
    expect(replyText(paste('r274b-03'))).not.toContain('The paste shows no login: "// locally');
  });

  it("an app pm2 runs (its log's `0|api  |` lines): pm2 restart api --update-env", () => {
    expect(replyText(paste('r274c-01'))).toContain('pm2 restart api --update-env');
    expect(replyText(paste('r274c-01').replace(/0\|api  \| /g, ''))).not.toContain('pm2 restart');
  });
});

describe("a deploy that copies the repository's .env template over the server's", () => {
  it('"das Deploy-Skript hat die .env aus dem Repo (.env.example) neu kopiert": the next deploy empties it again', () => {
    expect(replyText(paste('r274b-02'))).toContain('The paste says the deploy copied the repository\'s .env template over the server\'s .env: the next deploy empties it again');
  });
});

describe('"Owner swears the password is saved in the plugin" beside SMTPAuth off', () => {
  it('with authentication off the password is never sent', () => {
    expect(replyText(paste('r274b-01'))).toContain('the settings switch authentication off ("SMTPAuth: bool(false)"), and with it off the password is never sent');
  });
});

describe('plain Jakarta Mail with only mail.smtp.user set', () => {
  it('"they set mail.smtp.user so it should log in — what\'s missing?": mail.smtp.auth=true and a password', () => {
    expect(replyText(paste('r274a-13'))).toContain('Fix: add props.put("mail.smtp.auth", "true"); and give Jakarta Mail the password: mail.smtp.user only names the user');
    expect(replyText(paste('r274a-13').replace('props.put("mail.smtp.starttls.enable", "true");', 'props.put("mail.smtp.starttls.enable", "true");\nprops.put("mail.smtp.auth", "true");'))).not.toContain('mail.smtp.user only names the user');
  });
});

describe("Symfony's container syntax in a .env file", () => {
  it('"%env(MAILGUN_KEY)%" in .env.local went out as the key; the DSN\'s region=eu is already right; the French message says it is not relaying denied', () => {
    const reply = replyText(paste('r274a-15'));
    expect(reply).toContain('The .env line writes the key as %env(MAILGUN_KEY)%');
    expect(reply).toContain('In a .env file write ${MAILGUN_KEY}');
    expect(reply).toContain('The DSN already sends the requests to the EU host (?region=eu)');
    expect(reply).not.toContain('The domain is in the EU region: send its requests to');
    expect(reply).toContain('Is it a Relaying Denied error? No');
    expect(reply).toContain('Ce n’est pas l’erreur « Relaying denied », mais une autre');
  });
});

describe("a block list's refusal of the sender's own web server", () => {
  it('the bounce of web01 shows the mail went direct: sending through Mailgun gets past this listing; why the server was listed', () => {
    const reply = replyText(paste('r274a-07'));
    expect(reply).toContain('The bounce shows the mail went straight from the sender\'s own server ("web01.quillfeather.net"), not through Mailgun');
    expect(reply).toContain('Find why the server\'s IP was listed');
    expect(reply).toContain('Is it a Relaying Denied error? No: it is a spam or block-list refusal, of the IP of the server that sent it');
  });
});

/** The near misses a code review of round 274's changes found (test/fixtures/code-review-274). */
const probe = (name: string): string => fixturePaste('code-review-274', name);

describe('the code review of round 274', () => {
  it('"nobody removed the DMARC record, it\'s still there" is no removal', () => {
    expect(replyText(probe('dmarc1'))).not.toContain('was removed');
  });

  it('an "old database" left, "not an old list": no old list sent to', () => {
    for (const name of ['old1', 'old2']) expect(replyText(probe(name))).not.toContain('The paste says an old list was sent to');
  });

  it('the person\'s own question to the customer, "I asked them "did you change anything on your side?"", asks nothing of Mailgun', () => {
    expect(replyText(probe('chg1'))).not.toContain('Did something change at Mailgun?');
  });

  it('"Can you let them know what they need to change?" is no release asked', () => {
    expect(replyText(probe('rel1'))).not.toContain('Can Mailgun let it through?');
  });

  it('".env is not overwritten by it" is no overwrite', () => {
    expect(replyText(probe('dep1'))).not.toContain('the next deploy empties it again');
  });

  it("a Markdown bullet's \"* no smtp auth\" is the person's own finding, as a \"- \" bullet is", () => {
    expect(replyText(probe('star1'))).toContain('The paste shows no login');
    expect(replyText(probe('star2'))).toContain('The paste shows no login');
  });

  it('"o cliente sempre me manda a mensagem de erro" asks for no message', () => {
    expect(replyText(probe('pt1'))).not.toContain('What you can tell');
  });

  it("a swaks run refused at its login (535) beside the application's relay refusal: the application stays the client", () => {
    expect(diagnose(probe('swk1')).facts.client).toBe('laravel');
  });

  it('the "not Relaying denied" opening only where the message\'s reader asked it, and ending its sentence', () => {
    expect(replyText(paste('r274a-15'))).toContain('Ce n’est pas l’erreur « Relaying denied », mais une autre. L\'API');
    expect(replyText(paste('r274c-17'))).not.toContain('Non si tratta dell’errore «Relaying denied»');
  });
});

describe('"access denied == relaying denied no?"', () => {
  it('asks whether it is a relay refusal: no, the address does not exist', () => {
    expect(replyText(paste('r274c-08'))).toContain('Is it a Relaying Denied error? No: it is the recipient\'s server saying the address does not exist');
  });
});
