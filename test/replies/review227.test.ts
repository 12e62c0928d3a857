/**
 * Round 227: a message for someone outside the company (a patient, a supplier, a guest) speaks to them, the one whose
 * mail bounced or the recipient of the company's refused mail, never of Routes or logins; a phone number the person
 * gives is theirs to call meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { INCOMING, messageSection, OUTGOING, RECIPIENT_HOST, replyText } from './helpers.js';


describe('a message for a reader outside the company', () => {
  it('to a patient who wrote in, in French: the writer\'s message, with no Routes or MX records', () => {
    const message = messageSection(replyText(`Pourriez-vous me rédiger un message en français pour la patiente, simple et rassurant ?\n\n${INCOMING}`));
    expect(message.split('\n')[0]).toBe('What you can tell the patient');
    // (asked in French: the French message alone, as r261b-17's)
    expect(message).toContain('le problème vient de chez nous, pas de chez vous');
    expect(message).not.toMatch(/Route|MX/);
  });

  it('to a supplier, in English or Italian, the same', () => {
    // (asked in Italian, the Italian message alone since round 264 read "per" as Italian, as the French ask above)
    for (const [ask, words] of [['Can you write a message for the supplier?', 'the problem is on our side, not yours'], ['Mi scrivi un messaggio in italiano per il fornitore?', 'il problema è da parte nostra, non Sua']] as const) {
      const message = messageSection(replyText(`${ask}\n\n${INCOMING}`));
      expect(message, ask).toContain('What you can tell the supplier');
      expect(message, ask).toContain(words);
    }
  });

  it('to a patient whose own server refuses the clinic\'s mail: is the address right? (no servers nor IT for a private person, round 232)', () => {
    const message = messageSection(replyText(`Can you draft a message for the patient?\n\n${RECIPIENT_HOST}`));
    expect(message.split('\n')[0]).toBe('What you can tell the patient');
    expect(message).toContain('Could you check that the address is right, or give us another one?');
    expect(message).not.toContain('your IT');
  });

  it('a customer is still the company\'s own customer: the Routes message', () => {
    expect(messageSection(replyText(`What do I tell the customer?\n\n${INCOMING}`))).toContain('no Route in the Mailgun account takes that address');
  });
});

describe('a phone number given for the message', () => {
  it('ends the message to the one who wrote in, in its language (and in the English beside it, for an ask in English)', () => {
    const message = messageSection(replyText(`Pourriez-vous me rédiger un message pour la patiente, avec un autre moyen de nous joindre ? Le numéro du secrétariat c'est le 04 72 00 00 00.\n\n${INCOMING}`));
    expect(message).toContain('En attendant, vous pouvez nous joindre par téléphone au 04 72 00 00 00.');
    const asked = messageSection(replyText(`Could you write a message for the patient in French, with another way to reach us? The front desk number is 04 72 00 00 00.\n\n${INCOMING}`));
    expect(asked).toContain('En attendant, vous pouvez nous joindre par téléphone au 04 72 00 00 00.');
    expect(asked).toContain('Until then, you can reach us by phone at 04 72 00 00 00.');
  });

  it('is not put in a message to the company\'s own customer, nor read from a short number', () => {
    expect(messageSection(replyText(`What do I tell the customer? Our phone is +44 20 7946 0000.\n\n${INCOMING}`))).not.toContain('reach us by phone');
    expect(messageSection(replyText(`A message for the guest please, call 4471.\n\n${INCOMING}`))).not.toContain('reach us by phone');
  });
});

describe('a Route said to be made already, in other languages and persons', () => {
  for (const said of ['il cliente ha già aggiunto una Route per info@shop.example', 'el cliente ya creó una ruta para info@shop.example', 'le client a déjà ajouté une route', 'o cliente já criou uma rota', 'de klant heeft de route al toegevoegd']) {
    it(said, () => {
      expect(diagnose(`${said}\n\n${INCOMING}`).evidence.map((e) => e.rule)).toContain('The paste says a Route was made already');
    });
  }
});

const BLOCKED = 'Mailgun event: failed, permanent\nrecipient: anna@hotmail.example\ndelivery-status: 550 5.7.1 Unfortunately, messages from [161.38.204.118] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150).\nmx-host: hotmail-com.olc.protection.outlook.com';

describe('the recipient outside the company hears of the company\'s own problem', () => {
  it('a parent whose newsletter was never sent (Mailgun refused the login-less session): nothing for them to do', () => {
    const message = messageSection(replyText(`Can you write a short message for the parents, in French please?\n\n${OUTGOING}`));
    expect(message.split('\n')[0]).toBe('What you can tell the parent');
    expect(message).toContain('En français:');
    expect(message).toContain('were not sent at all. Nothing is wrong with your address or your mailbox');
    expect(message).not.toMatch(/SMTP|login|port 587/);
  });

  it('a guest whose provider blocks the hotel\'s sending server', () => {
    const message = messageSection(replyText(`Could you write a polite note for the guest?\n\n${BLOCKED}`));
    expect(message.split('\n')[0]).toBe('What you can tell the guest');
    expect(message).toContain('which has put the server we send from on its block list');
  });
});

describe('a message asked for, in more forms', () => {
  const asks: [string, string][] = [
    ['La directrice me demande un petit message pour les parents, en français.', 'What you can tell the parent'],
    ['¿Me podéis redactar un mensaje para la huésped en español?', 'What you can tell the guest'],
    ['Ich brauche eine formelle Nachricht auf Deutsch an den Lieferanten.', 'What you can tell the supplier'],
    ['Kun je een kort berichtje in het Nederlands maken voor het lid (Henk)?', 'What you can tell the member'],
    ['Can you give me a note for the tenant (not techy, she is elderly)?', 'What you can tell the tenant'],
    ['Could you write the text the clinic can send to the patient?', 'What you can tell the patient'],
    ['Should they keep removing it? Message for the customer please.', 'What you can tell the customer'],
  ];
  for (const [ask, heading] of asks) {
    it(ask, () => expect(messageSection(replyText(`${ask}\n\n${INCOMING}`)).split('\n')[0]).toBe(heading));
  }

  it('not a message told of: sent, delivered, a bounce\'s own words', () => {
    for (const told of ['Sending a message to a.tanaka@kohaku.example from noreply@mg.driftlane.example', 'Não foi possível entregar a mensagem para estes destinatários ou grupos:', 'A message that you sent could not be delivered to one or more of its recipients.', 'Their admin set up an Email Relay to Mailgun on Friday.', 'should we just set a Reply-To to the real inbox?']) {
      expect(messageSection(replyText(`${told}\n\n${INCOMING}`)), told).toBe('');
    }
  });
});

describe('the story of a paste read right', () => {
  it('a phone number\'s area code is no reply code: the person\'s line is not an older error', () => {
    const paste = `${INCOMING}\n\nThey set up Mailgun receiving last month. Can you give me a note for the tenant: meanwhile she should call the emergency line (555) 014-2290.`;
    expect(messageSection(replyText(paste))).toContain('Until then, you can reach us by phone at (555) 014-2290.');
  });

  it('an Exim bounce\'s generic "Status: 5.0.0" under its relay refusal is the same error, not a newer one', () => {
    const paste = 'Last week their contact form got "550 5.7.1 Relaying denied" from smtp.eu.mailgun.org; we fixed it. Confirmed working since Thursday ✅\n\nToday a client wrote to bookings@vela.example and got this back:\n\n  bookings@vela.example\n    host mxb.eu.mailgun.org [185.250.239.6]\n    SMTP error from remote mail server after RCPT TO:<bookings@vela.example>:\n    550 5.7.1 Relaying denied\n\nReporting-MTA: dns; mail.otenet.example\nAction: failed\nFinal-Recipient: rfc822;bookings@vela.example\nStatus: 5.0.0';
    const d = diagnose(paste);
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.replyCode).toBe(550);
  });

  it('a Polish customer sending and receiving through Mailgun, the refusal alone: undetermined, not the Routes named', () => {
    const paste = 'Klient używa Mailguna i do wysyłki (SMTP z programu księgowego), i do odbioru (Routes przekazują na ich skrzynki). Napisał tylko:\n\n> od rana mamy błąd "550 5.7.1 Relaying denied".';
    expect(diagnose(paste).scenario).toBe('undetermined');
  });
});

describe('what the paste shows of the Routes\' region and the domain\'s other addresses', () => {
  it('a route re-made through the EU API while the mail reaches the US inbound MX: re-make it in the US region, the MX stays', () => {
    const paste = 'Our catch_all route was deleted by accident yesterday; I re-added it via the API. Still bounces: is there a delay?\n\n<ticket-88412@replies.tickethaus.example>: host mxb.mailgun.org[44.210.71.5] said:\n    550 5.7.1 Relaying denied (in reply to RCPT TO command)\n\ncurl -s --user \'api:key-***\' https://api.eu.mailgun.net/v3/routes -F priority=10 -F expression=\'catch_all()\' -F action=\'forward("https://hooks.tickethaus.example/mailgun")\'';
    const d = diagnose(paste);
    expect(d.facts.region).toBe('us');
    const reply = replyText(paste);
    expect(reply).toContain('so it is an EU route, and the mail reached Mailgun\'s US inbound servers (mxb.mailgun.org)');
    expect(reply).toContain('there is no delay to wait for');
    expect(reply).not.toContain('point the domain\'s MX records at the EU region');
    expect(reply).toContain('but it is an EU route: create the same route (expression and actions) in the US region');
    expect(reply).not.toContain('no new route is needed');
  });

  it('one address refused while another at its domain was delivered: that address, not the domain\'s MX records', () => {
    const paste = '"timestamp","event","recipient","delivery-status.code","delivery-status.message","delivery-status.mx-host"\n"2024-06-14T07:02:14Z","failed","ksiegowosc@stalmet.example","550","5.7.1 <ksiegowosc@stalmet.example>... Relaying denied. Proper authentication required.","mail.stalmet.example"\n"2024-06-14T07:02:15Z","delivered","biuro@stalmet.example","250","OK","mail.stalmet.example"';
    const reply = replyText(paste);
    expect(reply).toContain('Another address at the same domain was delivered');
    expect(reply).not.toContain('the domain\'s MX records point at a server that does not');
  });
});

describe('a transport that reads the API key as its SMTP password', () => {
  it('the fix names the SMTP login and password, not the API key\'s variable to set', () => {
    const paste = "nodemailer log:\nSend Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n{ code: 'EENVELOPE', response: '550 5.7.1 Relaying denied', responseCode: 550, command: 'RCPT TO', rejected: [ 'lucas@outlook.example' ] }\n\nnodemailer.createTransport({ host: 'smtp.mailgun.org', port: 2525, secure: false, auth: { user: 'api', pass: process.env.MAILGUN_API_KEY } })";
    const fix = replyText(paste).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('MAILGUN_API_KEY holds the API key, which Mailgun\'s SMTP host does not take');
    expect(fix).not.toMatch(/Fix: set MAILGUN_API_KEY/);
  });
});

describe('the message follows the setup and the address the paste shows', () => {
  it('a parent whose address on file has another top-level domain than the one she gives: asked about it, not sent to her IT', () => {
    const paste = '"timestamp","event","recipient","delivery-status.code","delivery-status.message","delivery-status.mx-host"\n"2024-09-12T14:03:55Z","failed","m.okafor@okafor-family.net","553","sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)","mail.okafor-family.net"\n\nThe parent says the right one is m.okafor@okafor-family.com. What do I tell the parent?';
    const reply = replyText(paste);
    expect(reply).toContain('which is "okafor-family.net" with another ending');
    const message = messageSection(reply);
    expect(message).toContain('Is m.okafor@okafor-family.com your right address?');
    expect(message).not.toContain('forward this to whoever runs your email');
  });

  it('an application kept on port 2525 is told to log in there, not on 587', () => {
    const paste = `What do I tell the customer?\n\nnodemailer: Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nhost: 'smtp.mailgun.org', port: 2525, secure: false`;
    const message = messageSection(replyText(paste));
    expect(message).toContain('on port 2525 with STARTTLS');
    expect(message).not.toContain('587');
  });
});

describe('more asks for a message, and their reader', () => {
  it('"eine kurze Nachricht auf Deutsch für seinen Entwickler": the developer', () => {
    const message = messageSection(replyText(`Kannst du mir eine kurze Nachricht auf Deutsch für seinen Entwickler schreiben?\n\n${OUTGOING}`));
    expect(message.split('\n')[0]).toBe('What you can tell the developer');
    expect(message).toContain('Auf Deutsch:');
  });

  it('"pouvez-vous me rédiger la réponse pour le client": the definite article too', () => {
    expect(messageSection(replyText(`Et pouvez-vous me rédiger la réponse pour le client (en français) ?\n\n${INCOMING}`))).toContain('En français:');
  });

  it('a quoted thread message put to the bot is the ask of now, not an old one', () => {
    const paste = `${OUTGOING}\n> **Ana**: @relaydenied what's the actual fix here, and can you give me something I can paste to their dev?`;
    expect(messageSection(replyText(paste)).split('\n')[0]).toBe('What you can tell the dev');
  });
});

describe('what the person says was asked or done, used', () => {
  it('"Il demande s\'il doit changer ses MX": answered', () => {
    expect(replyText(`Il demande s'il doit changer ses MX.\n\n${INCOMING}`)).toContain('Do you need to change your MX records? Not if the domain is meant to receive through Mailgun');
  });

  it('"Should we change anything in the Go code?" beside the recipient\'s refusal: the recipient\'s side', () => {
    expect(replyText(`Is our PlainAuth wrong again? Should we change anything in the Go code?\n\n${RECIPIENT_HOST}`)).toContain('Whose side is it on? The recipient\'s');
  });

  it('"They already have the new password, they don\'t need to reset it again": no step to fetch it', () => {
    const reply = replyText(`They already have the new password, they don't need to reset it again.\n\n${OUTGOING}`);
    expect(reply).toContain('You have the domain\'s SMTP login and password already');
    expect(reply).not.toContain('Get the domain\'s SMTP login and password from the Mailgun control panel');
  });
});

describe('a Postfix relay with its password map and no smtp_sasl_auth_enable', () => {
  const log = 'postfix/smtp[3104]: 7Q2mZ81kLpz4tR: to=<dispatch@hafen.example>, relay=smtp.eu.mailgun.org[185.250.239.15]:587, dsn=5.7.1, status=bounced (host smtp.eu.mailgun.org[185.250.239.15] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
  it('a relayhost written without brackets: the map key\'s mismatch is named beside the switch', () => {
    const fix = replyText(`${log}\n\nmain.cf:\nrelayhost = smtp.eu.mailgun.org:587\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('smtp_sasl_auth_enable = yes');
    expect(fix).toContain('write the relayhost with brackets, relayhost = [smtp.eu.mailgun.org]:587');
  });
  it('a bracketed relayhost: only the switch', () => {
    const fix = replyText(`${log}\n\nmain.cf:\nrelayhost = [smtp.eu.mailgun.org]:587\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('smtp_sasl_auth_enable = yes');
    expect(fix).not.toContain('brackets');
  });
});

describe('a password regenerated already, for a session that sent no login', () => {
  it('one answer, with the new password to use, not "the password they have"', () => {
    const reply = replyText(`They also regenerated the SMTP password in Mailgun this morning. Do they need a new password?\n\n${OUTGOING}`);
    expect(reply).toContain('with the new password: setting it replaced the old one');
    expect(reply).not.toContain('Turn the login on with the password they have');
  });
});

describe('more of what the person says, read', () => {
  it('"Is the MX change the problem, should they roll it back?": keep the MX records', () => {
    expect(replyText(`Customer moved the MX to Mailgun on Monday. Is the MX change the problem, should they roll it back?\n\n${INCOMING}`)).toContain('Do you need to change your MX records? No, keep them');
  });

  it('"een kort bericht ... naar de IT-beheerder van Dekker": the IT admin', () => {
    expect(messageSection(replyText(`Kun je een kort bericht in het Nederlands schrijven dat de klant naar de IT-beheerder van Dekker kan sturen?\n\n${RECIPIENT_HOST}`)).split('\n')[0]).toBe('What you can tell the IT admin');
  });

  it('an unknown address taken off the Bounces list again and again, in a log of the person\'s own format: why it comes back', () => {
    const paste = 'Customer removed the address from the Bounces list 3 times this week and it keeps coming back. Should they keep removing it?\n\nAug 27 08:01:14  failed     ex@spedition.example  550 5.1.1 <ex@spedition.example>: Recipient address rejected: User unknown in virtual mailbox table';
    expect(replyText(paste)).toContain('You took the address off the Bounces list: that lets Mailgun try it again, but cannot help while the recipient\'s server has no such mailbox');
  });
});

describe('a route only claimed, beside the listing that shows what there is (round 228)', () => {
  it('"the customer swears they created a catch_all()", the panel showing another: no catch_all() read', () => {
    const paste = `${INCOMING}\n\nThe customer swears they created a catch_all() route last night, but the panel shows match_recipient("sales@shop.example").`;
    expect(diagnose(paste).facts.routes).toEqual(['match_recipient("sales@shop.example")']);
    expect(replyText(paste)).not.toContain('no new route is needed');
  });

  it('"Mówią, że mają route catch_all()", then "czyli żadnego catch_all": the same', () => {
    const paste = `${INCOMING}\n\nMówią, że mają route catch_all(). Sprawdziłem przez API i jedyna route to:\nmatch_recipient("sklep@shop.example")\nczyli żadnego catch_all.`;
    expect(diagnose(paste).facts.routes).toEqual(['match_recipient("sklep@shop.example")']);
  });
});

describe('round 228\'s misreadings', () => {
  it('"pyta, czy to też "relaying denied"" beside a Gmail 5.1.1: the person\'s guess, not a relay refusal', () => {
    const paste = 'Klient pyta, czy to też "relaying denied", bo "to też 550".\n\nFailed: jan.nowak@gmail.com\nSeverity: permanent\n550 5.1.1 The email account that you tried to reach does not exist.\nmx-host: gmail-smtp-in.l.google.com';
    const d = diagnose(paste);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('unknown-user');
  });

  it('"Mail rejected by T-Online - IP 159.135.228.11 listed": a block list', () => {
    const d = diagnose('{"event":"failed","severity":"permanent","recipient":"h.schulz@t-online.de","delivery-status":{"code":550,"message":"5.7.1 Mail rejected by T-Online - IP 159.135.228.11 listed; see https://postmaster.t-online.de/"}}');
    expect(d.kind).toBe('blocked');
  });
});

describe('an address on file with another ending than the one the person gives', () => {
  it('.com on file, .co.uk given: the likely address, and the guest asked about it', () => {
    const paste = `Mailgun event: failed, permanent\nrecipient: tom.whitfield@whitfield-partners.com\ndelivery-status: 550 5.7.1 Unable to relay for tom.whitfield@whitfield-partners.com\nmx-host: whitfieldpartners-com.mail.protection.outlook.com\n\nThe guest says his address is tom.whitfield@whitfield-partners.co.uk. Can you write a note for the guest?`;
    expect(diagnose(paste).facts.similarAddress).toBe('tom.whitfield@whitfield-partners.co.uk');
    const reply = replyText(paste);
    expect(reply).toContain('which is "whitfield-partners.com" with another ending');
    expect(messageSection(reply)).toContain('Is tom.whitfield@whitfield-partners.co.uk your right address?');
  });
});

describe('the reader named before the ask, or by a title and a name', () => {
  it('"Frau Albrecht (patient) called ... a short message in German I can send her": the patient, the company\'s own setting', () => {
    const message = messageSection(replyText(`Frau Albrecht (patient) called reception asking why she never got her reminder. Can you write me a short message in German I can send her?\n\n${OUTGOING}`));
    expect(message.split('\n')[0]).toBe('What you can tell the patient');
    expect(message).toContain('Auf Deutsch:');
    expect(message).toContain('were not sent at all');
  });

  it('"einen kurzen Text für Herrn Brandt (Mieter)": the tenant', () => {
    expect(messageSection(replyText(`Kannst du mir einen kurzen Text für Herrn Brandt (Mieter) schreiben?\n\n${RECIPIENT_HOST}`)).split('\n')[0]).toBe('What you can tell the tenant');
  });

  it('"a mensagem para um responsável de aluno falhou" tells of a message, it asks for none', () => {
    expect(messageSection(replyText(`Exportei o CSV dos eventos, a mensagem para um responsável de aluno falhou:\n\n${RECIPIENT_HOST}`))).toBe('');
  });
});

describe('an Exim smarthost whose transport has no hosts_try_auth', () => {
  const bounce = '  recruitment@partner.example\n    host smtp.mailgun.org [44.210.87.12]\n    SMTP error from remote mail server after RCPT TO:<recruitment@partner.example>:\n    550 5.7.1 Relaying denied\n\nReporting-MTA: dns; relay01.care.example\nStatus: 5.0.0';
  it('the cause the person names is confirmed, and no message is written where none is wanted', () => {
    const reply = replyText(`${bounce}\n\nThe exim router uses manualroute to smtp.mailgun.org::587 and there's an authenticator block with client_send, but I notice hosts_try_auth isn't set on the remote_smtp_smarthost transport. Is that it? No need for a message to the recipient, it's an internal thing.`);
    expect(reply).toContain('Fix: the missing hosts_try_auth is the cause. Add hosts_try_auth = smtp.mailgun.org');
    expect(messageSection(reply)).toBe('');
  });
});

describe('a port change asked in French', () => {
  it('"faut-il passer sur le port 465 au lieu de 587 ?": answered', () => {
    expect(replyText(`Leur dev demande : "faut-il passer sur le port 465 au lieu de 587 ?"\n\n${OUTGOING}`)).toContain('Is the port the problem? No');
  });
});

describe('an outage asked in Spanish', () => {
  it('"¿hay algún retraso o incidencia ahora mismo?": answered', () => {
    expect(replyText(`Dicen que "seguro que es un retraso de Mailgun", ¿hay algún retraso o incidencia ahora mismo?\n\n${OUTGOING}`)).toContain('Is Mailgun down? No');
  });
});

describe('a login refused after the login was turned on', () => {
  const refused = 'jakarta.mail.AuthenticationFailedException: 535 5.7.0 Mailgun is not loving your login or password\n\nmail.smtp.host=smtp.mailgun.org\nmail.smtp.port=587\nmail.smtp.user=api\nmail.smtp.auth=true';
  it('Jakarta Mail\'s mail.smtp.user=api is named as the HTTP API\'s user', () => {
    expect(replyText(refused)).toContain('The user name api is the HTTP API\'s user, not an SMTP login');
  });
  it('"should they go back to auth off?": no, the 535 is progress', () => {
    expect(replyText(`${refused}\n\nThey ask if they should go back to auth off since "at least it connected".`)).toContain('Should they turn the login off again? No');
  });
});

describe('a Postfix password file copied from the old server', () => {
  it('postmap on the new one, not the switch already on', () => {
    const paste = 'postfix/smtp[22817]: 4W0bKq1XyPz9sRt: to=<orders@pinecrest.example>, relay=smtp.mailgun.org[34.160.81.95]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.81.95] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\n\nrelayhost = [smtp.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n\nThey copied /etc/postfix/sasl_passwd from the old box. Anything obvious?';
    const fix = replyText(paste).split('\n').find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('run postmap /etc/postfix/sasl_passwd');
    expect(fix).not.toContain('turn Postfix\'s SMTP login on');
  });
});

describe('round 228\'s readers', () => {
  const heading = (ask: string, paste = RECIPIENT_HOST) => messageSection(replyText(`${ask}\n\n${paste}`)).split('\n')[0];
  it('"Nie potrzebuję wiadomości do klienta": no message', () => {
    expect(heading('Co dokładnie zmienić? Nie potrzebuję wiadomości do klienta.', OUTGOING)).toBe('');
  });
  it('the office manager, the Dutch patiënt, a German Admin, a French dev', () => {
    expect(heading("Can you draft a short reply I can send to the clinic's office manager?")).toBe('What you can tell the office manager');
    expect(heading('Kun je een kort bericht maken dat de praktijk aan de patiënt kan sturen?')).toBe('What you can tell the patient');
    expect(heading('Bitte eine kurze Nachricht auf Deutsch für deren Admin (Herr Brandt).')).toBe('What you can tell the IT admin');
    expect(heading('Je réponds quoi ? Un message en français pour leur dev svp.', OUTGOING)).toBe('What you can tell the developer');
  });
});

describe('a code labelled under the refusal', () => {
  it('a CRM panel\'s "Szczegóły: Relaying denied", then "Kod: 550"', () => {
    expect(diagnose('Status: Błąd wysyłki\nSzczegóły: Relaying denied\nKod: 550').facts.replyCode).toBe(550);
  });
});

describe('the code review\'s cases (round 227-228 readings kept narrow)', () => {
  const PHONE_RULE = 'The paste gives a phone number to reach the company';
  it('narration is no ask for a message', () => {
    for (const told of ['Yesterday a message to the customer bounced with this error:', 'I added a note to the ticket with the log.', 'Just a note for the record: they changed MX on Monday.', 'A mensagem para o cliente foi recusada:', 'Ieri un messaggio per il cliente è stato rifiutato:']) {
      expect(messageSection(replyText(`${told}\n${INCOMING}`)), told).toBe('');
    }
  });

  it('only the company\'s own phone number is given out: not the patient\'s, a date or a booking number', () => {
    expect(diagnose(`Can you write a message for the guest? Call the front desk on +44 20 7946 0000.\n\n${INCOMING}`).evidence.map((e) => e.rule)).toContain(PHONE_RULE);
    for (const text of ['Frau Albrecht (patient, tel. 0171 2345678) called. Can you write me a short message I can send her?', 'Can you write a message for the patient? The API call failed 2024-06-14 07:02:14.', 'Can you write a message for the guest? Número de reserva 88412345.']) {
      expect(messageSection(replyText(`${text}\n\n${INCOMING}`)), text).not.toContain('by phone');
    }
  });

  it('a patient told of a refused login: the company\'s mail was not sent, nothing for her to do', () => {
    const message = messageSection(replyText('Frau Albrecht (patient) called reception. Can you write me a short message I can send her?\n\njakarta.mail.AuthenticationFailedException: 535 5.7.0 Mailgun is not loving your login or password'));
    expect(message.split('\n')[0]).toBe('What you can tell the patient');
    expect(message).toContain('were not sent at all');
  });

  it('a supplier who runs the sending software is told what to change', () => {
    expect(messageSection(replyText(`Our ERP supplier set up the SMTP in their software. What do I tell the supplier?\n\n${OUTGOING}`))).toContain('Please make it log in');
  });

  it('"remember" is no member, a parent company no parent', () => {
    expect(messageSection(replyText(`A parent wrote in, remember the school from last week? Can you write something I can send her?\n\n${INCOMING}`)).split('\n')[0]).toBe('What you can tell the parent');
    expect(messageSection(replyText(`Our parent company IT runs the app. Can you write me a note I can send him?\n\n${OUTGOING}`))).toContain('Please make it log in');
  });

  it('an address said beside its own refusal is no typo\'s likely fix', () => {
    const rows = '"timestamp","event","recipient","delivery-status.code","delivery-status.message","delivery-status.mx-host"\n"2024-06-14T07:02:14Z","failed","j.berg@bergbau.de","550","5.7.1 Unable to relay","mx.bergbau.de"\n"2024-06-14T07:02:15Z","failed","j.berg@bergbau.at","550","5.7.1 Unable to relay","mx.bergbau.at"\n';
    expect(diagnose(`${rows}He has two addresses: the German one is j.berg@bergbau.de, the Austrian one is j.berg@bergbau.at. Both bounce.`).facts.similarAddress).toBeNull();
  });

  it('a live catch_all() stays, whatever was before; a route only claimed stays where no listing shows another', () => {
    expect(diagnose(`${INCOMING}\n\nRoutes now: catch_all() -> forward("https://hooks.shop.example/in"). Before Monday there was no catchall at all.`).facts.routes).toEqual(['catch_all()']);
    expect(diagnose(`The customer insists their only route is catch_all() forward("ops@shop.example").\n\n${INCOMING}`).facts.routes).toEqual(['catch_all()']);
  });

  it('"got a login error" has no credentials at hand; "hosts_try_auth is not the problem" is no missing one', () => {
    expect(replyText(`They have no idea what the SMTP settings are; the customer got a login error when they tried to save them.\n\n${OUTGOING}`)).not.toContain('You have the domain\'s SMTP login and password already');
    const exim = '  a@partner.example\n    host smtp.mailgun.org [44.210.87.12]\n    SMTP error from remote mail server after RCPT TO:<a@partner.example>:\n    550 5.7.1 Relaying denied\n\nThe exim transport remote_smtp_smarthost has hosts_try_auth = smtp.mailgun.org\nhosts_try_auth is not the problem, we checked it twice';
    expect(replyText(exim)).not.toContain('the missing hosts_try_auth is the cause');
  });

  it('"Estados Unidos (EU)" is no EU region', () => {
    expect(diagnose(`La clínica está en Estados Unidos (EU). Su app da esto:\n${OUTGOING.split('\n')[0]}`).facts.region).toBeNull();
  });
});
