/**
 * Replies review rounds 157c and 158c, and the reply defects left from rounds 154c and 155c: each pinned on the
 * reviewer's paste (test/fixtures/pastes154c, 155c, 157c, 158c).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const fixLine = (reply: string) => reply.split('\n').find((line) => line.startsWith('Fix:')) ?? '';

describe('questions asked in other languages (rounds 154c, 155c)', () => {
  it('Japanese "悪いのはMailgun側ですか、こちらの設定ですか？" asks whose side (c154-11)', () => {
    expect(diagnose(paste('pastes154c', 'c154-11')).facts.ownSideAsked).toBe(true);
    expect(replyTo(paste('pastes154c', 'c154-11'))).toContain("Whose side is it on? The receiving side's");
  });

  it('Czech "Je chyba na naší straně, nebo u příjemce?" and "Máme něco změnit v mail.options …?" are answered (c154-13)', () => {
    const reply = replyTo(paste('pastes154c', 'c154-13'));
    expect(reply).toContain("Whose side is it on? The recipient's");
    expect(reply).toContain('Do you need to change your SMTP settings? No');
  });

  it('Greek "Πρέπει να αλλάξουμε το MAILGUN_API_KEY ή το url …;" gets the API sender\'s answer (c154-14)', () => {
    expect(replyTo(paste('pastes154c', 'c154-14'))).toContain('Do you need to change your API key or sending settings? No: Mailgun accepted your message');
  });

  it('"why did it work with our old provider without a password?" is answered with the old provider, not a setting cleared (c155-07)', () => {
    const reply = replyTo(paste('pastes155c', 'c155-07'));
    expect(reply).toContain('Why did it work before? Your old provider most likely let your server send without a login');
    expect(reply).not.toContain('its login setting was cleared');
  });
});

describe('routes (rounds 155c, 158c)', () => {
  it("a deleted route remembered for another domain than the refused address's: made again as it was, it would not take it (c155-08)", () => {
    expect(diagnose(paste('pastes155c', 'c155-08')).facts.goneRoutes).toEqual(['match_recipient("helpdesk@pinecrest.edu")']);
    const fix = fixLine(replyTo(paste('pastes155c', 'c155-08')));
    expect(fix).toContain('is written for "pinecrest.edu", not "in.pinecrest.edu"');
    expect(fix).toContain('match_recipient("helpdesk@in.pinecrest.edu")');
  });

  it('"catch_all()?? -- no wait, they said they deleted that last week" is no live route (c158-02)', () => {
    const d = diagnose(paste('pastes158c', 'c158-02'));
    expect(d.facts.routes).toEqual(['match_recipient(".*@mg.fietsverhuur.nl")']);
    expect(d.facts.goneRoutes).toEqual(['catch_all()']);
    expect(replyTo(paste('pastes158c', 'c158-02'))).not.toContain('no new route is needed');
  });

  it("another address's route is not copied with its actions, and the Fix says to add a route, not to change one (c158-01, c158-18)", () => {
    for (const name of ['c158-01', 'c158-18']) {
      const reply = replyTo(paste('pastes158c', name));
      expect(reply, name).not.toContain('with the same actions');
      expect(reply, name).toContain('with the action its mail needs');
      expect(fixLine(reply), name).toMatch(/^Fix: add the Route match_recipient\("[^"]+"\) with the action this address's mail needs/);
      expect(fixLine(reply), name).not.toContain('its expression only');
    }
  });

  it("a staging subdomain's route is left as it is: a route of the address's own, not the staging one's domain corrected (c158-15)", () => {
    const reply = replyTo(paste('pastes158c', 'c158-15'));
    expect(reply).not.toContain('Correct its domain part, match_recipient("orders@shop.pinewood.co")');
    expect(reply).toContain('a staging one by its name');
    expect(reply).toContain('Leave it as it is and add a route for this address, match_recipient("orders@shop.pinewood.co")');
  });
});

describe('MX records never meant for Mailgun (round 158c)', () => {
  it('"set up Mailgun for *sending* only", "don\'t want Mailgun receiving anything": the MX records go back, no Route (c158-03)', () => {
    const reply = replyTo(paste('pastes158c', 'c158-03'));
    expect(reply).toContain('Do you need to change your MX records? Yes');
    expect(fixLine(reply)).toContain('no Route is needed');
  });
});

describe('sending through the API instead (round 158c)', () => {
  it('"Se mudarmos para a API resolve?" and "Can we just switch to the API …?" under the recipient\'s refusal: no (c158-08, c158-09)', () => {
    for (const name of ['c158-08', 'c158-09']) expect(replyTo(paste('pastes158c', name)), name).toContain('Would sending through the API fix it? No: Mailgun accepted the message');
  });

  it('asked of an unauthenticated SMTP session: yes, with the region\'s API host (c158-12)', () => {
    expect(replyTo(paste('pastes158c', 'c158-12'))).toContain('Would sending through the API fix it? It would, but you do not have to: turning the SMTP login on (below) fixes it as it is. If you prefer the API, it logs in with an API key (a domain sending key is enough) at https://api.eu.mailgun.net/v3/');
  });
});

describe('facts (round 158c)', () => {
  it('a customer\'s "relaying denied since today" corrected by "but the log they pasted is:" gives way to the log\'s 535 (c158-13)', () => {
    const d = diagnose(paste('pastes158c', 'c158-13'));
    expect(d.kind).toBe('auth-failure');
    expect(d.facts).toMatchObject({ replyCode: 535, enhancedCode: '5.7.0', serverMessage: '535 5.7.0 Mailgun is not loving your login or password' });
  });
});

describe("code review 43: the session's new readings stay within their words", () => {
  const refusal = 'mxa.mailgun.org said 550 5.7.1 Relaying denied for helpdesk@in.pinecrest.edu';
  it('a route only planned is no deleted route, and a stop() removed is no route removed', () => {
    const planned = diagnose(`Someone deleted all our routes last week. They want to add match_recipient("support@pinecrest.edu") -> forward("x@y.com")\n${refusal}`);
    expect(planned.facts.goneRoutes).toEqual([]);
    expect(fixLine(replyTo(`Someone deleted all our routes last week. They want to add match_recipient("support@pinecrest.edu")\n${refusal}`))).not.toContain('is written for');
    expect(diagnose(`Route: catch_all() + stop(). Wait, we removed that stop() yesterday.\n${refusal}`).facts.routes).toEqual(['catch_all()']);
  });

  it('"switch to the API key instead of the password?" is no question about the API', () => {
    expect(replyTo('Do we need to switch to the API key instead of the password? smtp.mailgun.org 550 5.7.1 Relaying denied')).not.toContain('Would sending through the API fix it?');
  });

  it('"did not set up Mailgun for *sending* only" and "don\'t want Mailgun to handle the unsubscribe links" say nothing of the MX records', () => {
    for (const words of ['We did not set up Mailgun for *sending* only.', "They don't want Mailgun to handle the unsubscribe links."]) {
      expect(replyTo(`${words}\n${refusal}\nDo we need to change the MX records?`), words).not.toContain('Do you need to change your MX records? Yes');
    }
  });
});

describe('devices and their own labels (rounds 157c, 159c)', () => {
  it('a copier\'s test screen: "Destination:" is the refused address, "SMTP Port No.: 25" with SSL off is read, and its own label is switched on (c157-13)', () => {
    const text = paste('pastes157c', 'c157-13');
    expect(diagnose(text).facts).toMatchObject({ recipient: 'frontdesk@lakesidedental.com', smtpPort: 25, smtpLogin: 'scanner@mg.lakesidedental.com' });
    const reply = replyTo(text);
    expect(reply).toContain('Is the port the problem? Not for the refusal: Mailgun answered over port 25');
    expect(fixLine(reply)).toContain('Fix: switch authentication on: SMTP Authentication: On in place of SMTP Authentication: Off');
  });

  it('the settings snippet keeps the port the steps keep (c159-07)', () => {
    const reply = replyTo(paste('pastes159c', 'c159-07'));
    expect(reply).toContain('Keep the server (smtp.mailgun.org) and port (25) the paste shows');
    expect(reply).toMatch(/SMTP port: +25\n/);
  });

  it('"… if (!string.IsNullOrEmpty(_opts.User))" tests the login setting, not the password named in the call before it (c157-05)', () => {
    expect(replyTo(paste('pastes157c', 'c157-05'))).toContain('The code logs in only when its login setting is set');
  });

  it('"Customer asks why the test passes if sending fails" is answered without a question mark (c159-11)', () => {
    expect(replyTo(paste('pastes159c', 'c159-11'))).toContain('Why does the connection test pass?');
  });
});

describe('round 160c', () => {
  it('"API instead of the panel / em vez de SMTP / instead of SMTP" is answered for incoming and for the recipient\'s refusal (c160-07, c160-11, c160-16)', () => {
    expect(replyTo(paste('pastes160c', 'c160-07'))).toContain('the API and the control panel manage the same Routes');
    expect(replyTo(paste('pastes160c', 'c160-16'))).toContain('Would sending through the API fix it? No: this is mail sent to your domain');
    expect(replyTo(paste('pastes160c', 'c160-11'))).toContain('Would sending through the API fix it? No: Mailgun accepted the message');
  });

  it('a permanent refusal after earlier attempts says they ended, not what a 4xx would have meant (c160-04)', () => {
    const reply = replyTo(paste('pastes160c', 'c160-04'));
    // (not that Mailgun retried them: failed rows counted may be separate messages; code review 44)
    expect(reply).toContain('the paste shows 4 attempts for this address, and a permanent refusal ends them');
    expect(reply).not.toContain('would have meant a temporary refusal');
  });

  it('Japanese "DNSを変更する必要がありますか？" asks about the MX records (c160-08)', () => {
    expect(replyTo(paste('pastes160c', 'c160-08'))).toContain('Do you need to change your MX records?');
  });
});

describe('round 159b', () => {
  it('"the match_recipient(…) route is still live" stays a live route beside the catch_all() deleted before it (b159-02)', () => {
    expect(diagnose(paste('pastes159b', 'b159-02')).facts).toMatchObject({ routes: ['match_recipient("sales@brightlane.co")'], goneRoutes: ['catch_all()'] });
  });

  it('whose side, asked in Czech, Korean, Greek, Vietnamese and Turkish (b159-04, 09, 10, 25, 33)', () => {
    for (const name of ['b159-04', 'b159-09', 'b159-10', 'b159-25', 'b159-33']) expect(diagnose(paste('pastes159b', name)).facts.ownSideAsked, name).toBe(true);
  });
});

describe('round 157c: the customer\'s own variables and questions', () => {
  it('"ENV vars are set on Heroku as MAILGUN_SMTP_LOGIN and MAILGUN_SMTP_PASSWORD" beside ENV["SMTP_USER"]: the names differ (c157-03)', () => {
    expect(replyTo(paste('pastes157c', 'c157-03'))).toContain('The configuration reads its SMTP login from SMTP_USER, but the deployment shown sets MAILGUN_SMTP_LOGIN');
  });

  it("Go's smtp.PlainAuth(\"\", u, os.Getenv(\"SMTP_PASSWORD\"), …) names the password's variable, which the snippet keeps; \"does port 2525 support auth?\" is answered (c157-06)", () => {
    expect(diagnose(paste('pastes157c', 'c157-06')).facts.passwordFromEnv).toBe('os.Getenv("SMTP_PASSWORD")');
    const reply = replyTo(paste('pastes157c', 'c157-06'));
    expect(reply).toContain('os.Getenv("SMTP_PASSWORD"), "smtp.mailgun.org")');
    expect(reply).toContain('Is the port the problem? No: Mailgun\'s SMTP host answered over port 2525');
  });

  it('"is user just \'postmaster\' ok or does it need the domain?" is answered (c157-12)', () => {
    expect(replyTo(paste('pastes157c', 'c157-12'))).toContain('Does the user name need the domain? Yes: Mailgun\'s SMTP user name is the full login, with its domain, such as postmaster@mg.acme-logistics.com');
  });

  it('"Is it the wrong password?" under a session that sent no login: no password was tried (c157-04)', () => {
    expect(replyTo(paste('pastes157c', 'c157-04'))).toContain('Is it the password (a wrong or a rotated one)? No: a wrong password is refused at the login itself, with 535');
  });
});
