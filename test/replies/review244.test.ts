/**
 * Round 244: an ordinary week, people with constraints, and long pastes read end to end. The flaws it found: a login call's
 * variables (`server.login(os.getenv("SMTP_USER"), ...)`) not compared with the .env's names; a Magento log's older relay
 * refusals (dated before today's 535) taken for the error of now; a request log's indented form bodies not read; "whitelisting
 * the site's IP?" and "autoriser leur IP" not answered; no access to Mailgun's dashboard met with dashboard steps; a Postfix
 * whose sasl_passwd key differs from its relayhost told, in the message passed on, to turn on a login that is on.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('read from what the paste shows', () => {
  it('a login call reading SMTP_USER and SMTP_PASSWORD beside a .env that sets MAILGUN_SMTP_*: the names differ, not a .env left unread', () => {
    const reply = replyText(paste('r244a-04'));
    expect(reply).toContain('The configuration reads its SMTP login from SMTP_USER, but the deployment shown sets MAILGUN_SMTP_LOGIN');
    expect(fixLineOf(reply)).toContain('make the names match');
    expect(reply).not.toContain('Python does not read a .env file by itself');
  });

  it('relay refusals logged on 5 March under 535s of 12 March, the auth turned on since: a login refused now, not a relay refusal', () => {
    const diagnosis = diagnose(paste('r244c-15'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('auth-failure');
    expect(diagnosis.facts.replyCode).toBe(535);
  });

  it("a request log's form bodies indented one field a line: each read, the bounce's recipient and block list reply among them", () => {
    const diagnosis = diagnose(paste('r244c-17'));
    expect(diagnosis.kind).toBe('blocked');
    expect(diagnosis.facts.recipient).toBe('m.kowalczyk@comcast.net');
    expect(diagnosis.facts.replyCode).toBe(554);
    expect(diagnosis.facts.recipients).toContain('d.reyes@comcast.net');
  });
});

describe('people with constraints', () => {
  it.each(['r244b-04', 'r244b-03'])('%s: an IP allowlist asked for instead of a login ("whitelisting the site\'s IP?", "autoriser leur IP"): no, and none exists', (name) => {
    const lead = leadOf(replyText(paste(name)), 3);
    expect(lead).toContain('Would whitelisting help? No');
    expect(lead).toContain('Mailgun has no IP allowlist that stands in for the login');
  });

  it('no dashboard login, the SMTP login in hand: use it, and no dashboard steps', () => {
    const reply = replyText(paste('r244b-01'));
    expect(sectionOf(reply, 'How to fix it')).toContain("You say there is no access to Mailgun's dashboard: none is needed here. Use the SMTP login in hand");
    expect(reply).not.toContain('Click Send, then Sending, then Domains');
  });

  it('"sem acesso ao painel", only an API key: where a login comes from, and the API call that makes one', () => {
    const steps = sectionOf(replyText(paste('r244b-05')), 'How to fix it');
    expect(steps).not.toContain('from the Mailgun control panel');
    expect(steps).toContain("curl -s --user 'api:YOUR_API_KEY' https://api.mailgun.net/v3/domains/mg.casaluz-moveis.com.br/credentials -F login='app@mg.casaluz-moveis.com.br'");
  });

  it('a refused login, "aucun accès au tableau de bord": who can set a new password, and the API call that does', () => {
    const steps = sectionOf(replyText(paste('r244b-15')), 'What to do');
    expect(steps).toContain("without access to Mailgun's dashboard, no one on your side can set a new one there");
    expect(steps).toContain('-X PUT https://api.eu.mailgun.net/v3/domains/mg.menuiserie-lefevre.fr/credentials/postmaster@mg.menuiserie-lefevre.fr');
  });

  it('Routes with only an API key ("senza pannello"): listed and made with the API, in the EU region', () => {
    const routes = sectionOf(replyText(paste('r244b-08')), 'Check your Routes');
    expect(routes).toContain("Without the dashboard, the API does both");
    expect(routes).toContain(`https://api.eu.mailgun.net/v3/routes -F priority=10 -F expression='match_recipient("ordini@mg.vinicola-rossetti.it")'`);
    expect(routes).not.toContain('In the Mailgun control panel');
  });
});

describe('the message passed on says the fix the reply found', () => {
  it.each([
    ['r244a-02', '[smtp.eu.mailgun.org]:587'],
    ['r244b-02', '[smtp.eu.mailgun.org]:2525'],
  ])('%s: a Postfix whose sasl_passwd key differs from its relayhost: the key to write, in German, not "aktivieren Sie die SMTP-Authentifizierung"', (name, key) => {
    const reply = replyText(paste(name));
    const message = messageSection(reply) || sectionOf(reply, 'In German');
    expect(message).toContain(`Bitte ändern Sie den Anfang dieser Zeile in ${key}`);
    expect(message).not.toContain('aktivieren Sie');
  });
});

describe('readers and languages', () => {
  it('"Ответ клиенту нужен на английском ..., но пояснение для меня можно по-русски": the message in English, to the customer, not to "their partner" who wrote', () => {
    const message = messageSection(replyText(paste('r244c-09')));
    expect(message).toMatch(/^What you can tell the customer\n-+\nThe message to zakaz@mail\.baltictrade\.ee was refused by Mailgun/);
  });

  it('"Hun inkomende mail MOET op Google Workspace blijven": the MX records naming Mailgun are the fix, in the reply and in the Dutch message', () => {
    const reply = replyText(paste('r244b-07'));
    expect(fixLineOf(reply)).toContain("the paste says this domain's mail is not meant to go to Mailgun, so its MX records are the mistake");
    const dutch = sectionOf(reply, 'In Dutch');
    expect(dutch).toContain('Verwijder de MX-records die Mailgun noemen');
    expect(dutch).not.toContain('Een Route voor dat adres lost dit op');
  });

  it('"ses propres clients écrivent à contact@... Leurs MX sont chez Mailgun EU": their own domain, no "if it is not your domain"', () => {
    const reply = replyText(paste('r244a-07'));
    expect(reply).not.toContain('is not your domain');
    expect(reply).not.toContain('If the domain should not receive mail through Mailgun');
    expect(messageSection(reply)).toContain('Une Route pour cette adresse résout le problème. Le courrier refusé');
  });
});

describe('Routes read with what the paste says of them', () => {
  it('"leads-west@" routed and "leads-east@" refused, set up last week for the East Coast team: a new route, not a typo in the west one', () => {
    const reply = replyText(paste('r244c-08'));
    expect(reply).not.toContain('a letter or two away');
    expect(fixLineOf(reply)).toContain('add the Route match_recipient("leads-east@inbound.copperline.io")');
  });

  it('"they renamed support@ to help@ on Friday": the old route names support@, change its expression or add one for help@', () => {
    const reply = replyText(paste('r244a-06'));
    expect(reply).toContain('The paste says support@ was renamed to "help@lumenbikes.com"');
    expect(fixLineOf(reply)).toContain('change that Route\'s expression to match_recipient("help@lumenbikes.com"), keeping its actions');
  });

  it('marketing "tidying up" in Mailgun on Monday, orders@ and press@ still working: the deleted Route, made again for this address alone', () => {
    const diagnosis = diagnose(paste('r244b-09'));
    expect(diagnosis.evidence.map((e) => e.rule)).toContain('The paste says other addresses at the domain receive mail');
    const reply = replyText(paste('r244b-09'));
    expect(reply).toContain('The paste says someone tidied up the Mailgun account');
    expect(fixLineOf(reply)).toContain('create the deleted Route again');
  });

  it('"a short message I can drop in #platform-team": for the platform team, who make the Route, not for the people who wrote in', () => {
    expect(messageSection(replyText(paste('r244b-06')))).toMatch(/^What you can tell the platform team\n/);
  });
});

describe('the fix where the setting lives', () => {
  it('web.config\'s <network defaultCredentials="true">: that element changed, no code and no rebuild', () => {
    const reply = replyText(paste('r244a-05'));
    expect(fixLineOf(reply)).toContain('in web.config (or app.config), set defaultCredentials="false" on the <network> element');
    const settings = sectionOf(reply, 'Settings for your SMTP client');
    expect(settings).toContain('userName="postmaster@mg.brokerly-insure.com"');
    expect(settings).not.toContain('new NetworkCredential');
  });

  it.each(['r244a-12', 'r244a-13'])('%s: "some of our emails fail", "część maili nie dochodzi": only some refused, which points away from a missing login', (name) => {
    expect(leadOf(replyText(paste(name)), 3)).toContain('Only some mails are refused, though');
  });
});

describe('earlier errors set aside, the one of now answered', () => {
  it('"Previous run (yesterday, wrong host typo, fixed since):" above an ENOTFOUND: the sandbox\'s 421 is the error shown', () => {
    const reply = replyText(paste('r244c-18'));
    expect(reply).toContain('The server said: "421 Domain sandbox');
    expect(reply).not.toContain('ENOTFOUND');
  });

  it('"Earlier worker log ... -> that was fixed by dropping concurrency": its 421 is no other error of now', () => {
    const diagnosis = diagnose(paste('r244c-05'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.otherErrors).toEqual([]);
  });

  it("a log's relay refusal of 3 December under a 535 of 4 December: the 535's facts, not the older line's code", () => {
    const diagnosis = diagnose(fixturePaste('pastes184c', 'c184-11'));
    expect(diagnosis.kind).toBe('auth-failure');
    expect(diagnosis.facts.serverMessage).toBe('535 5.7.0 Mailgun is not loving your login or password');
    expect(diagnosis.facts.command).toBe('AUTH');
  });
});

describe('the refusing server by its own words', () => {
  it('Exchange Online\'s 5.4.1 "Recipient address rejected: Access denied", an insurer\'s "policy documents" around it: an address its directory lacks', () => {
    const diagnosis = diagnose(paste('r244c-16'));
    expect(diagnosis.kind).toBe('unknown-user');
    expect(diagnosis.evidence.map((e) => e.rule)).not.toContain('Refused by a sender or content policy');
  });

  it.each([
    ['r244a-18', 'Exim, whose wording this is: local_domains or relay_to_domains'],
    ['r244a-10', 'Exchange or Microsoft 365, whose wording this is: an accepted domain'],
  ])('%s: the address said right, the domains of the server whose wording it is', (name, settings) => {
    const reply = replyText(paste(name));
    expect(reply).toContain(settings);
    expect(reply).not.toContain('virtual_mailbox_domains');
  });
});
