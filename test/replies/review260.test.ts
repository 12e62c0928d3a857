/**
 * Round 260, and the code review of round 259's change. The flaws round 260 found: a later permanent relay refusal set aside
 * for an earlier timeout because a sentence about SPF said "fixed ... so not that"; an Outlook chain's older 535 read as the
 * error of now; a hand-run test with a made-up password read as the application's run; a Logs page copied with the time
 * first not read as one; asks in French left unread ("Que faut-il lui répondre ?", "un message ... que je peux envoyer");
 * theories about Cloudflare, Docker, a firewall or Wordfence, and greylisting that ended in a delivery, answered wrongly or not.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('which error is the case', () => {
  it('a Postfix log\'s relay refusal after an earlier timeout, a sentence about SPF saying "fixed ... so not that": the refusal', () => {
    const diagnosis = diagnose(paste('r260c-01'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.recipient).toBe('jmorales@lakeshore-ortho.net');
  });

  it('an Outlook chain, newest on top: the oldest message\'s 535 is over, the newest message\'s relay refusal is the case', () => {
    const diagnosis = diagnose(paste('r260b-04'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.evidence.map((e) => e.rule)).toContain('An earlier refused login (535), set aside for the current error');
  });

  it('an openssl test the paste says used a dummy password: the application\'s own 535 is the case', () => {
    const diagnosis = diagnose(paste('r260c-15'));
    expect(diagnosis.kind).toBe('auth-failure');
    expect(diagnosis.facts.replyCode).toBe(535);
    expect(replyText(paste('r260c-15'))).toContain('The settings give an API key as the password');
  });

  it('without the dummy password said, the same test session stays the case', () => {
    const test = 'openssl s_client -connect smtp.eu.mailgun.org:465 -crlf -quiet\n220 Mailgun Influx ready\nRCPT TO:<a@b.example>\n550 5.7.1 Relaying denied\n\nApp: smtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')';
    expect(diagnose(test).facts.replyCode).not.toBeNull();
    expect(diagnose(`${test}\nThey typed a dummy password in openssl on purpose.`).facts.replyCode).toBe(535);
  });

  it('a Gmail bounce with a second "Forwarded message" line over its details: one message, not a thread', () => {
    expect(diagnose(fixturePaste('pastes191a', 'a191-09')).facts.host).toBe('mxa.mailgun.org');
  });
});

describe('Logs pages copied with the time first', () => {
  it('greylisting, then a permanent refusal: Mailgun accepted and retried; the greylisting answered; a note for the school\'s IT', () => {
    const reply = replyText(paste('r260b-10'));
    expect(diagnose(paste('r260b-10')).facts.attempts).toBe(3);
    expect(reply).toContain('Is it the greylisting? No:');
    expect(reply).toContain('(Mailgun accepted it)');
    expect(messageSection(reply)).toContain('What you can tell the IT team');
  });

  it('greylisting, then the delivery: nothing failed, and who can end the delay', () => {
    const reply = replyText(paste('r260b-18'));
    expect(sectionOf(reply, 'What to do')).toContain('Nothing to do for this message: it was delivered');
    expect(sectionOf(reply, 'What to do')).toContain("postgrey's whitelist");
  });
});

describe('asks and messages', () => {
  it('"Que faut-il lui répondre ?" and "un message en français que je peux envoyer au client": a message; a received one is none', () => {
    expect(messageSection(replyText(paste('r260a-07')))).toContain('En français:');
    expect(messageSection(replyText(paste('r260c-07')))).toContain('En français:');
    expect(replyText(`${INCOMING}\nOn a reçu un message que je peux transmettre.`)).not.toContain('What you can tell');
  });

  it('"die Mailgun gebruikt voor inkomende mail": the domain\'s mail is meant for Mailgun, no MX alternative', () => {
    const reply = replyText(paste('r260a-08'));
    expect(messageSection(reply)).not.toContain('MX-records');
    expect(reply).not.toContain('If the domain should not receive mail through Mailgun');
  });

  it('the recipient\'s mail said moved: the message says their side, not "check the address"', () => {
    const message = messageSection(replyText(paste('r260b-11')));
    expect(message).toContain('As the address is right');
    expect(message).not.toContain('Please check the address');
  });

  it('"both a US and an EU account": no region', () => {
    expect(diagnose('The customer has both a US and an EU account in Mailgun.\n550 5.7.1 Relaying denied').facts.region).toBeNull();
  });

  it('a fallback transport\'s own variables: its login and its password, not the other transport\'s', () => {
    const fix = fixLineOf(replyText(paste('r260c-05')));
    expect(fix).toContain('MG_FALLBACK_USER and MG_FALLBACK_PASS');
    expect(fix).not.toContain('MG_PASS ');
  });

  it('SPF and DKIM asked and blamed both: answered once', () => {
    expect(replyText(paste('r260c-12')).match(/SPF/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(replyText(paste('r260c-12'))).not.toContain('Is it SPF, DKIM or DMARC?');
  });
});

describe('theories', () => {
  it('Cloudflare blamed where the domain\'s mail is no longer meant for Mailgun: its MX records kept there are the fix', () => {
    const reply = replyText(paste('r260b-08'));
    expect(reply).toContain('Is it Cloudflare? Not Cloudflare itself');
    expect(fixLineOf(reply)).toContain('its MX records are the mistake');
  });

  it('"Liegt das an unserem Plesk?", "das Docker-Netzwerk ... blockiert", "a new firewall ..., I bet that\'s it", Wordfence on a sandbox', () => {
    expect(replyText(paste('r260b-07'))).toContain('Is it Plesk? No:');
    expect(replyText(paste('r260b-02'))).toContain("Is it Docker's network? No:");
    expect(replyText(paste('r260b-03'))).toContain('Is it a firewall? No:');
    expect(replyText(paste('r260b-17'))).toContain("Is it the security plugin? No: Mailgun answered the request itself and refused it for the sandbox domain's limit");
  });
});

describe('the code review of round 259', () => {
  it('a reply told as "was 554 is "Relay access denied"" is the server\'s, not a person\'s reading; "he read that 5.7.1 is ..." is', () => {
    const told = 'The reply to RCPT TO was 554 is "Relay access denied" from mail.partner.example; an earlier attempt got 421 4.7.0 Try again later.';
    expect(diagnose(told).scenario).not.toBe('not-relaying-denied');
    const read = `${BLOCKED_EVENT}\nHe read that 5.7.1 is "Relaying denied". Is it?`;
    expect(diagnose(read).kind).toBe('blocked');
  });

  it('"la ruta está borrada" and "the route was there until Friday": deleted, not said present', () => {
    for (const said of ['El cliente dice que la ruta está borrada desde ayer.', 'The route was there until Friday, someone removed it.']) {
      expect(fixLineOf(replyText(`${said}\n${INCOMING}`))).not.toContain('check it before adding one');
    }
    expect(fixLineOf(replyText(`La ruta está ahí, dice el cliente.\n${INCOMING}`))).toContain('check it before adding one');
  });

  it('a Route said present: no word of stop() (a Route that matched would have taken the mail)', () => {
    expect(fixLineOf(replyText(paste('r259b-05')))).not.toContain('stop()');
  });

  it('"That is it for the log, the box is a cPanel server", "says they run the shop in Docker": no theory answered', () => {
    expect(replyText(`That is it for the log, the box is a cPanel server.\n${OUTGOING_AT_MAILGUN}`)).not.toContain('Is it');
    expect(replyText(`The customer says they run the shop in Docker.\n${OUTGOING_AT_MAILGUN}`)).not.toContain('Is it');
  });

  it('greylisting blamed with no retry shown: not told that Mailgun retried', () => {
    const reply = replyText(`They think greylisting is the problem.\n${RELAY_EVENT}`);
    expect(reply).toContain('Is it the greylisting? No: greylisting answers with a temporary code');
    expect(reply).not.toContain('and Mailgun did, retrying');
  });

  it('"We are the school\'s IT team ... a note for the school\'s IT admin": the sender\'s own IT, not the recipient\'s', () => {
    const text = `We are the school's IT team (the district sends its newsletters through Mailgun). Can you write a short note for the school's IT admin?\n${RELAY_EVENT}`;
    expect(messageSection(replyText(text))).not.toContain('Our emails to');
  });

  it('"a note to send to the shop" where a sending domain names a shop, or no recipient\'s server refused: no recipient reader', () => {
    const outgoing = `Could you write a short note they can send to the shop?\n${OUTGOING_AT_MAILGUN}`;
    expect(messageSection(replyText(outgoing))).toContain('What you can tell the customer');
    const shopDomain = RELAY_EVENT.replace(/partner\.example/g, 'greenshop-supplies.example');
    expect(messageSection(replyText(`Could you write a short note they can send to the shop?\n${shopDomain}`))).not.toContain('What you can tell the shop');
  });

  it('"their firewall" blamed: the customer\'s own, answered; "the hotel\'s Plesk server": the recipient\'s, not', () => {
    expect(replyText(`The shop owner is convinced their firewall is the reason.\n${RELAY_EVENT}`)).toContain('Is it a firewall? No:');
    expect(replyText(paste('r259c-12'))).not.toContain('Is it Plesk?');
  });

  it('the handover note in Portuguese says "utilizador", as the rest of its words', () => {
    const note = sectionOf(replyText('Me escreve uma nota de passagem para o turno da noite, por favor.\nO cliente diz: "quando mandamos o boletim aparece 550 5.7.1 Relaying denied".'), 'Handover note');
    expect(note).toContain('utilizador');
    expect(note).not.toContain('usuário');
  });
});

const INCOMING = '<factures@shop.example>: host mxa.mailgun.org[34.160.1.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
const OUTGOING_AT_MAILGUN = 'Postfix: to=<bob@partner.example>, relay=smtp.mailgun.org[34.160.12.9]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
const RELAY_EVENT = '{"event": "failed", "severity": "permanent", "recipient": "j.ortega@partner.example", "delivery-status": {"mx-host": "mail.partner.example", "code": 550, "attempt-no": 1, "message": "5.7.1 Unable to relay", "enhanced-code": "5.7.1"}}';
const BLOCKED_EVENT = '{"event": "failed", "severity": "permanent", "recipient": "c@hotmail.example", "delivery-status": {"code": 550, "message": "5.7.1 Service unavailable, Client host [159.135.228.10] blocked using Spamhaus", "mx-host": "hotmail-com.olc.protection.outlook.com"}}';
