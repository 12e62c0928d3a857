/** Review rounds 192b-c: a customer's question relayed in their own language, answered first. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste('pastes192c', name);

describe("a customer's question in their language", () => {
  it.each([
    ['c192-13', 'Is it urgent? Not for your sending as a whole'],
    ['c192-14', 'Is it urgent? Yes: every request the application makes with that key is refused'],
    ['c192-14', 'Who has to act? Whoever maintains the application (its developer), not Mailgun'],
    ['c192-12', 'Will it be sent again?'],
    ['c192-18', 'Will it be sent again?'],
    ['c192-03', 'Will it be sent again?'],
    ['c192-05', 'How can you test it?'],
    ['c192-10', 'How can you test it?'],
    ['c192-07', "Is Mailgun blocking you? Not Mailgun's own doing"],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 5)).toContain(answer);
  });

  it.each(['c192-02', 'c192-09', 'c192-15'])('%s gets a message for the customer', (name) => {
    expect(replyText(paste(name))).toContain('What you can tell');
  });

  it('hears "Czy to wina Mailguna?" and "Ist Mailgun schuld?" as blaming Mailgun, not a sentence that clears it', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nCzy to wina Mailguna?').facts.mailgunBlamed).toBe(true);
    expect(diagnose('550 5.7.1 Relaying denied\nIst Mailgun schuld?').facts.mailgunBlamed).toBe(true);
    for (const clears of ['No es culpa de Mailgun, lo sé.', 'Das ist nicht Mailguns Schuld.', "Ce n'est pas la faute de Mailgun."]) {
      expect(diagnose(`550 5.7.1 Relaying denied from smtp.mailgun.org\n${clears}`).facts.mailgunBlamed).toBe(false);
    }
  });
});

describe('round 192b', () => {
  it("reads the server PHPMailer's debug output opens a connection to as the one that refused (b192-04)", () => {
    const text = 'wir senden und empfangen beide über Mailgun\n2024-05-21 08:41:10\tConnection: opening to smtp.eu.mailgun.org:587, timeout=300, options=array()\n2024-05-21 08:41:10\tSERVER -> CLIENT: 220 Mailgun Influx ready\n2024-05-21 08:41:10\tCLIENT -> SERVER: MAIL FROM:<shop@mg.shop.example>\n2024-05-21 08:41:10\tSERVER -> CLIENT: 250 Sender address accepted\n2024-05-21 08:41:10\tCLIENT -> SERVER: RCPT TO:<kunde@t-online.de>\n2024-05-21 08:41:10\tSERVER -> CLIENT: 550 5.7.1 Relaying denied';
    const d = diagnose(text);
    expect(d.facts.host).toBe('smtp.eu.mailgun.org');
    expect(d.scenario).toBe('mailgun-outgoing');
  });
});

describe('code review 54', () => {
  it("reads the host PHPMailer fell back to, not the one that timed out", () => {
    const text = 'Connection: opening to mail.oldhost.example:587, timeout=10\nConnection failed. Error #2: Unable to connect to mail.oldhost.example:587 (Connection timed out)\nConnection: opening to smtp.mailgun.org:587, timeout=10\nConnection: opened\nSERVER -> CLIENT: 220 Mailgun Influx ready\nCLIENT -> SERVER: RCPT TO:<bob@partner.example>\nSERVER -> CLIENT: 550 5.7.1 Relaying denied';
    expect(diagnose(text).facts.host).toBe('smtp.mailgun.org');
  });

  it('promises no Mailgun webhook for a bounce another server wrote of its own delivery', () => {
    const text = 'This is the mail system at host mail.ourcompany.example.\n\n<bob@partner.example>: host mx.partner.example[192.0.2.9] said: 554 5.7.1 <bob@partner.example>: Relay access denied (in reply to RCPT TO command)\nWhich webhook event will we get?';
    expect(leadOf(replyText(text), 5)).not.toContain('permanent_fail');
  });

  it('says nothing of a block list for a spam judgement, nor of Mailgun\'s shared IPs when Mailgun\'s own server refused', () => {
    const spam = replyText('550 5.7.1 [209.61.151.10] Our system has detected that this message is likely unsolicited mail.\nIs Mailgun blocking us?');
    expect(spam).not.toContain('because of a block list');
  });

  it('hedges the urgency of a refused key when the request is no send', () => {
    const lead = leadOf(replyText('GET https://api.mailgun.net/v3/mg.shop.example/events -> 401 Unauthorized (domain sending key). Sending works fine. Is this urgent?'), 5);
    expect(lead).not.toContain('Is it urgent? Yes');
  });

  it('asks no test of a webhook endpoint, and answers the German "Wie teste ich das?"', () => {
    const outgoing = "SMTPRecipientsRefused: {'bob@partner.example': (550, b'5.7.1 Relaying denied')}\nhost smtp.mailgun.org port 587";
    expect(replyText(`${outgoing}\nHow do we test the webhook endpoint locally?`)).not.toContain('How can you test it?');
    expect(replyText(`${outgoing}\nWie teste ich das?`)).toContain('How can you test it?');
    expect(replyText(`${outgoing}\nWie kann ich das beheben?`)).not.toContain('How can you test it?');
  });

  it('hears "Which webhook URL do we paste?" as no question of an event, and "What event will our webhook get?" as one', () => {
    const event = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';
    expect(replyText(`${event}\nWhich webhook URL do we paste in the settings?`)).not.toContain('Which webhook event fires?');
    expect(replyText(`${event}\nWhat event will our webhook get?`)).toContain('Which webhook event fires? permanent_fail');
  });

  it('hears "Qu\'est-ce que je dois dire au client ?"', () => {
    const event = 'Mailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example';
    expect(replyText(`${event}\nQu'est-ce que je dois dire au client ?`)).toContain('What you can tell');
  });
});

