/**
 * Round 233: terse pastes, Mailgun's own material in its shapes, other systems' relay denials and near misses. The flaws it
 * found: a block named without a code, an outgoing case told in words, asks and readers missed, a verdict of spam answered as
 * a block list, a device's provider refusal answered with the "send the whole bounce" message, a person's knowledge of another
 * server's words taken for the server's reply.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, messageSection, replyText } from './helpers.js';

const section = (reply: string, heading: string): string => {
  const at = reply.indexOf(heading);
  return at < 0 ? '' : reply.slice(at).split(/\n\n(?=\S[^\n]*\n-{5,})/)[0]!;
};

describe('what the paste shows, read', () => {
  it('a block list named without a code is a block, beside a question whether it is a relay denial', () => {
    const d = diagnose('ciao, il cliente dice "relay negato" ma nel bounce c\'è solo questo:\n\nService unavailable; Client host [209.61.151.23] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/209.61.151.23\n\nè un relaying denied?');
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'blocked']);
  });

  it('"switched MAIL_MAILER to smtp with mailgun" says the app sends through Mailgun', () => {
    const d = diagnose('from our Laravel app to gmail, we switched MAIL_MAILER to smtp with mailgun last week. only this in the log:\n\nExpected response code 250 but got code "550", with message "550 5.7.1 Relaying denied"');
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('"bounce with relay something" is a relay question whose side is not known, not another error', () => {
    expect(diagnose('customer says mails bounce with relay something, what do I do?').scenario).toBe('undetermined');
  });

  it('not knowing whether their own send failed or someone writing to them (Portuguese) leaves the side open', () => {
    expect(diagnose(fixturePaste('pastes233b', 'r233b-13')).scenario).toBe('undetermined');
  });

  it.each([
    ['our CRM forwards to tickets@help.brightpath.io which is handled by mailgun routes. the forward bounces:\n\nRemote Server returned \'550 5.7.1 Relaying denied\' ... mxb.mailgun.org', 'tickets@help.brightpath.io'],
    ['Ik stuur vanuit mijn gmail naar info@studio-vandijk.nl (ons domein) en krijg terug:\n\n550 5.7.1 Relaying denied', 'info@studio-vandijk.nl'],
    ["curl -s --user 'api:key-REDACTED' https://api.mailgun.net/v3/sandbox1.mailgun.org/messages -F from='a@sandbox1.mailgun.org' -F to='anna.berg@tallskog-design.se'\n{\"message\":\"Domain sandbox1.mailgun.org is not allowed to send: Free accounts are for test purposes only.\"}", 'anna.berg@tallskog-design.se'],
  ])('the recipient said in words or in a curl call: %s', (paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it('no recipient is read from the words where the paste names another address too', () => {
    expect(diagnose('we send from orders@shop.example to bob@partner.example and get 550 5.7.1 Relaying denied').facts.recipients).not.toEqual(['bob@partner.example']);
  });

  it('"we deleted an old route yesterday, could that be it?" says the Routes went', () => {
    const reply = replyText('our CRM forwards to tickets@help.brightpath.io, handled by mailgun routes. bounces:\n\n550 5.7.1 Relaying denied ... mxb.mailgun.org\n\nwe deleted an old route yesterday while cleaning up, could that be it?');
    expect(reply).toContain('The paste says Routes were deleted');
    expect(replyText('550 5.7.1 Relaying denied ... mxb.mailgun.org\nwere the routes deleted?')).not.toContain('The paste says Routes were deleted');
  });

  it('an empty Routes list from the API is no Routes at all', () => {
    const reply = replyText(fixturePaste('pastes233b', 'r233b-07'));
    expect(reply).toContain('The paste shows the Routes list empty');
  });

  it('a domain said to be in a region, "mg.x.mx en US", names it', () => {
    expect(diagnose(fixturePaste('pastes233b', 'r233b-12')).facts.region).toBe('us');
  });

  it("Mailgun's host with its top-level domain mistyped is still Mailgun's", () => {
    const d = diagnose('customer app gets relay denied from smtp.mailgun.og on every send');
    expect([d.facts.host, d.facts.hostRole]).toEqual(['smtp.mailgun.org', 'mailgun-smtp']);
  });

  it("a person's knowledge of another server's words is not this paste's reply", () => {
    const d = diagnose(fixturePaste('pastes233c', 'r233c-04'));
    expect(d.facts.serverMessage).toBe('550 5.7.1 Relaying denied');
    expect(replyText(fixturePaste('pastes233c', 'r233c-04'))).not.toContain('The paste shows no login: "mailgun_login:"');
  });
});

describe('a logs table typed with pipes', () => {
  const table = fixturePaste('pastes232c', 'r232c-03');
  it('is read as rows: the refusal is the failed row, a greylisting later delivered is no other error', () => {
    const d = diagnose(table);
    expect(d.facts.serverMessage).toBe('550 relay not permitted');
    expect(d.facts.otherErrors).toEqual([]);
  });
});

describe('a verdict of spam on the message itself', () => {
  const reply = replyText(fixturePaste('pastes233c', 'r233c-14'));
  it('is no block list to lift: the bought list is named, and the addresses stay suppressed', () => {
    expect(reply).toContain('no block list is named');
    expect(reply).toContain('The paste says the list was bought');
    expect(reply).toContain('bulk senders');
    expect(reply).not.toContain('once the block is lifted');
  });
  it('a block list named keeps the block-list steps', () => {
    expect(replyText('Mailgun event failed: 554 5.7.1 Service unavailable; Client host [209.61.151.23] blocked using zen.spamhaus.org')).not.toContain('no block list is named');
  });
});

describe('a full mailbox the recipient has made room in', () => {
  it('says to take the address off the Bounces list now', () => {
    const reply = replyText(fixturePaste('pastes233b', 'r233b-17'));
    expect(reply).toContain('The paste says the recipient has made room');
    expect(reply).toContain('Take the address off the domain\'s Bounces list now');
    expect(reply).not.toContain('the recipient has to free up space');
  });
});

describe('messages asked and their readers', () => {
  it.each([
    ['pastes233c', 'r233c-06', 'What you can tell the supplier', 'In italiano:'],
    ['pastes233c', 'r233c-09', 'What you can tell the IT department', 'are refused by your mail server'],
    ['pastes233c', 'r233c-10', 'What you can tell the patient', 'Po polsku:'],
    ['pastes233b', 'r233b-08', 'What you can tell the supplier', 'Po polsku:'],
    ['pastes233b', 'r233b-06', 'What you can tell the customer', 'In het Nederlands:'],
    ['pastes233a', 'r233a-04', 'What you can tell the patient', 'En español:'],
    ['pastes233a', 'r233a-11', 'What you can tell the purchasing team', 'refused by your mail server'],
    ['pastes233c', 'r233c-01', 'What you can tell the customer', 'Auf Deutsch:'],
  ])('%s/%s', (set, name, heading, words) => {
    const message = messageSection(replyText(fixturePaste(set, name)));
    expect(message).toContain(heading);
    expect(message).toContain(words);
  });

  it('"Cosa devo dirgli?" asks for a message', () => {
    expect(messageSection(replyText('550 5.7.1 Relaying denied from smtp.mailgun.org\nCosa devo dirgli?'))).toContain('In italiano:');
  });

  it("a device sending through the customer's own Microsoft 365: that provider's settings, not a request for the whole bounce", () => {
    const reply = replyText(fixturePaste('pastes233c', 'r233c-12'));
    const message = messageSection(reply);
    expect(message).toContain('The error comes from Microsoft 365');
    expect(message).not.toContain('send the whole bounce');
    expect(reply).not.toContain("Another provider's event");
  });
});

describe('the answer asked in another language', () => {
  it.each([
    ['Die MX-Einträge zeigen auf Mailgun.\n<kontakt@kanzlei-brenner.de>: host mxa.eu.mailgun.org said: 550 5.7.1 Relaying denied\nBitte auf Deutsch antworten.', 'In German, as asked', 'Route'],
    [`${'smtplib.SMTPRecipientsRefused: {\'a@b.example\': (550, b\'5.7.1 Relaying denied\')} host smtp.mailgun.org'}\nPode responder em português.`, 'In Portuguese, as asked', 'login'],
  ])('gives the case in plain words in it: %s', (paste, heading, words) => {
    const part = section(replyText(paste), heading);
    expect(part).toContain(words);
    expect(part).not.toContain('In English:');
  });

  it('is not read from a language only named', () => {
    expect(replyText('550 5.7.1 Relaying denied from smtp.mailgun.org\nThe bounce came back in German.')).not.toContain('as asked');
  });
});

describe('the code that logs in only when its variable is set', () => {
  it('Python: names the .env file that nothing loads, and the variable read', () => {
    const lead = leadOf(replyText(fixturePaste('pastes233b', 'r233b-04')), 5);
    expect(lead).toContain('Python does not read a .env file by itself');
    expect(lead).toContain('os.environ["SMTP_USER"]');
  });
});

describe('the address said to be right', () => {
  it("is not checked again: the refusing server's own domains are", () => {
    const reply = replyText(fixturePaste('pastes233c', 'r233c-08'));
    expect(reply).not.toContain('give its domain one more look');
    expect(reply).toContain('virtual_mailbox_domains');
  });
});

describe('questions answered', () => {
  it('"their SMTP password is wrong ... rotate all credentials. Is that right?" beside a delivery Mailgun tried: no', () => {
    const reply = replyText(fixturePaste('pastes233b', 'r233b-09'));
    expect(reply).toContain('Is the password wrong? No: Mailgun accepted the message');
    expect(messageSection(reply)).toContain('What you can tell the parent');
  });

  it('"Should they pause?" beside a deferral for volume: yes, or slow down', () => {
    expect(replyText(fixturePaste('pastes233b', 'r233b-18'))).toContain('Should they pause? Yes, or slow down');
  });

  it('"Cosa dobbiamo scrivere in gitlab.rb?" asks for settings, not a message', () => {
    expect(messageSection(replyText('550 5.7.1 Relaying denied from smtp.mailgun.org\nCosa dobbiamo scrivere esattamente in gitlab.rb?'))).toBe('');
  });
});
