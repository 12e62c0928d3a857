/**
 * Session of 2026-12-07 (round 269 and the flaws left by rounds 267-268): a free account refused while sending from a
 * domain of its own ("Domain mg.x is not allowed to send: Free accounts are for test purposes only") is the account's plan,
 * not a sandbox; the sender's own gateway relaying to Mailgun; the recipient's Proofpoint; a new address given in a quoted
 * reply; logins skipped under a condition, a flag or an unset variable; both Postfix SASL lines commented out; a Route
 * recreated with a typo; Routes moved to a new domain; asks in French and for a channel's post.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, RECIPIENT_HOST, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

const FREE_OWN_DOMAIN = `Customer says they're getting relay errors from our SMTP since this morning. Their own domain mg.brightfold.io is verified. Log:

smtplib.SMTPDataError: (421, b'Domain mg.brightfold.io is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.')

Do we have to pay for something? Can you draft a reply I can send them?`;

describe('a free account refused from a domain of its own', () => {
  it('is the account\'s plan: upgrade it, or authorize the recipient; no sandbox and no domain to add', () => {
    expect([diagnose(FREE_OWN_DOMAIN).scenario, diagnose(FREE_OWN_DOMAIN).kind]).toEqual(['not-relaying-denied', 'sandbox']);
    const reply = replyText(FREE_OWN_DOMAIN);
    expect(reply).toContain("it looks like a free account's limit to authorized recipients");
    expect(reply).toContain('even from a domain of its own such as mg.brightfold.io');
    expect(reply).toMatch(/upgrade the account: choose a paid plan/);
    expect(reply).toContain('To send to anyone, yes: a free account sends only to its authorized recipients');
    // (the rule's own name, among the evidence, names both)
    expect(reply.replace('A sandbox domain or free account', '')).not.toMatch(/sandbox|add your own domain|Add new domain/i);
    expect(messageSection(reply)).toContain('upgrade the account to a paid plan');
  });

  it('the sandbox domain itself still gets the sandbox reply (a domain of your own)', () => {
    const reply = replyText(FREE_OWN_DOMAIN.replaceAll('mg.brightfold.io', 'sandbox4f8a1c2e90b34d7aa1f3c5d2e7b60a91.mailgun.org'));
    expect(reply).toContain('it looks like a sandbox domain restriction');
    expect(messageSection(reply)).toContain('Add new domain');
  });
});

describe('round 269: the fix the paste calls for', () => {
  it("a Mimecast delivery route to smtp.mailgun.org: Mimecast's route logs in, no Google Workspace steps", () => {
    const reply = replyText(paste('r269b-05'));
    expect(fixLineOf(reply)).toContain("Mimecast's route to smtp.mailgun.org sends no login");
    expect(reply).not.toMatch(/Google Workspace|Gmail → Routing/);
  });

  it("Google Workspace's own outbound gateway is still read as its route", () => {
    const reply = replyText('Google Workspace bounce: host smtp.mailgun.org said: 550 5.7.1 Relaying denied\nOur Google Workspace outbound gateway is set to smtp.mailgun.org port 587.');
    expect(fixLineOf(reply)).toContain("Google Workspace's route cannot log in");
  });

  it("the recipient's Proofpoint (pphosted.com) refusing: its domain list, not Postfix's, and no delisting", () => {
    const reply = replyText(paste('r269b-04'));
    expect(leadOf(reply, 4)).toContain('Proofpoint, the gateway in front of the recipient\'s mail, answers so');
    expect(reply).toContain('Is Proofpoint blocking you? Not as a block');
    expect(reply).toContain('no listing to ask to be removed from');
    expect(leadOf(reply, 4)).not.toContain('mydestination');
  });

  it.each([
    ['r269b-16', 'rpatel@corvana-care.org'],
    ['r269b-09', 'p.nguyen@meridianfreight.com'],
  ])("%s: the recipient's own reply, quoted, gives the new address (\"We no longer accept mail at x.com\")", (name, address) => {
    const d = diagnose(paste(name));
    expect([d.facts.recipientAddressChanged, d.facts.recipientNewAddress]).toEqual([true, address]);
    const reply = replyText(paste(name));
    expect(sectionOf(reply, 'What to do') + sectionOf(reply, 'How to fix it')).toContain(address);
    expect(reply).not.toContain('Once the address works again');
  });

  it('the sender\'s own "we no longer accept mail at our old domain" is still no recipient\'s move', () => {
    const d = diagnose(`${RECIPIENT_HOST}\nWe no longer accept mail at shop-old.example; our team writes from help@shop.example now.`);
    expect(d.facts.recipientNewAddress).toBeNull();
  });

  it('Python that logs in only when SMTP_USER is set, the host read with os.environ[...]: SMTP_USER is undefined, no dotenv', () => {
    const fix = fixLineOf(replyText(paste('r269a-13')));
    expect(fix).toContain('SMTP_USER is not defined where the program runs');
    expect(fix).not.toContain('load_dotenv');
  });

  it('a login under `if self.cfg["EMAIL_PROVIDER"] == "sendgrid":` reading the general settings: take it out of the if', () => {
    const fix = fixLineOf(replyText(paste('r269b-11')));
    expect(fix).toContain('take s.login(self.cfg["SMTP_USER"], self.cfg["SMTP_PASSWORD"]) out of if self.cfg["EMAIL_PROVIDER"] == "sendgrid":');
  });

  it('a JSON flag that switches the login off (`"UseSMTPAuth": false`): that flag on, and "does Mailgun block staging IPs" answered', () => {
    const reply = replyText(paste('r269b-12'));
    expect(fixLineOf(reply)).toContain('"UseSMTPAuth": true in place of "UseSMTPAuth": false');
    expect(reply).toContain('Is Mailgun blocking you? No block');
    expect(reply).not.toContain('setting them is what makes it log in');
  });

  it("Postfix's auth switch and password map both commented out: both lines, and the map's entry", () => {
    const fix = fixLineOf(replyText(paste('r269a-04')));
    expect(fix).toContain('uncomment both smtp_sasl_auth_enable = yes and smtp_sasl_password_maps');
    expect(fix).toContain('postmap /etc/postfix/sasl_passwd');
  });

  it('a Route "deleted and recreated" with a typo: correct its expression, not "create the deleted Route again"', () => {
    const reply = replyText(paste('r269c-07'));
    expect(fixLineOf(reply)).toContain('correct the Route\'s expression from match_recipient("servcie@vandijkfietsen.nl") to match_recipient("service@vandijkfietsen.nl")');
    expect(reply).not.toContain('create the deleted Route again');
    // (the manager who owns the account wrote in: the message is his, not a bounced sender's)
    expect(messageSection(reply)).toContain('Wijzig de expressie');
  });

  it('Routes "migrated to the new domain", the old one still receiving: a Route for the old domain as well', () => {
    const reply = replyText(paste('r269b-14'));
    expect(fixLineOf(reply)).toContain('the Routes were moved to "orders.nordwerk.eu"');
    expect(messageSection(reply)).not.toContain('MX records should point');
  });

  it('a connector said scoped already: no step to turn it off or scope it', () => {
    expect(replyText(paste('r269b-01'))).not.toMatch(/turn the outbound connector off|Only when I have a transport rule/);
  });

  it('the secrets moved to AWS Secrets Manager, MAIL_USERNAME empty since: the loading step, not a password in .env', () => {
    expect(fixLineOf(replyText(paste('r269b-08')))).toContain('since the deploy that moved the secrets to AWS Secrets Manager');
  });

  it('MailKit with "User": "" in its settings: the settings filled, the Authenticate call only if the code lacks it; whose side answered', () => {
    const reply = replyText(paste('r269a-16'));
    expect(fixLineOf(reply)).toContain('fill the empty user name');
    expect(reply).toContain("Whose side is it on? The sender's");
  });

  it('"Should we go back to the old address?" after "we no longer accept mail at ...": no', () => {
    expect(replyText(paste('r269b-18'))).toContain('Should you go back to the old address? No');
  });

  it('"a routes problem", the customer is convinced: Routes play no part in mail sent', () => {
    expect(replyText(paste('r269b-15'))).toContain('Is a Route the cause or the fix? No');
  });

  it('qmail\'s "553 - sorry, that domain isn\'t in my list of allowed rcpthosts": the reply code read', () => {
    expect(diagnose(paste('r269c-11')).facts.replyCode).toBe(553);
  });
});

describe('round 269: asks and readers', () => {
  it.each([
    ['r269c-06', 'Handover note'],
    ['r269c-16', 'Handover note'],
  ])('%s: a summary to post in the team\'s channel ("poster un résumé ... dans notre canal #support-fr", "a post for our #deliverability channel")', (name, heading) => {
    expect(replyText(paste(name))).toContain(heading);
  });

  it.each([['r269c-18'], ['r269b-17']])('%s: "Je dois lui répondre en français", "Please draft the reply in French": a message in French', (name) => {
    expect(messageSection(replyText(paste(name)))).toContain('En français:');
  });

  it('a customer who forwarded a bounce of one of *their* customers: the message is the customer\'s', () => {
    expect(replyText(paste('r269a-02'))).toContain('What you can tell the customer');
  });

  it('Python code with `# TODO login`: the message for the developer names the call to add there', () => {
    const message = messageSection(replyText(paste('r269c-04')));
    expect(message).toContain('# TODO login');
    expect(message).toContain('server.login("postmaster@mg.kiriyama-denki.jp", PASSWORD)');
  });
});

describe('round 269: readers and the side that sends', () => {
  it('"домен принимает почту через Mailgun", "простыми словами": the everyday message, no MX alternative', () => {
    const message = messageSection(replyText(paste('r269c-08')));
    expect(message).toContain('По-русски:');
    expect(message).not.toContain('MX');
    expect(message).not.toContain('Route');
  });

  it('"Przy wysyłce do kontrahenta dostajemy błąd": the customer sends, so not "incoming to Mailgun: check your Routes"', () => {
    const reply = replyText(paste('r269a-12'));
    expect(reply).toContain('It is one of two things');
    expect(reply).not.toContain('Incoming to Mailgun');
  });

  it('the everyday recipient-host message says nothing in the customer\'s Mailgun account causes it ("si è rotto qualcosa")', () => {
    expect(messageSection(replyText(paste('r269c-09')))).toContain('Il problema non dipende dalla Sua configurazione né dal Suo account Mailgun.');
  });

  it("WP Mail SMTP's message says where the SMTP login and password are in Mailgun", () => {
    expect(messageSection(replyText(paste('r269c-02')))).toContain('Send → Sending → Domains → Ihre Domain → SMTP credentials');
  });
});

describe('flaws left by rounds 267-268', () => {
  it('.NET `UseDefaultCredentials: true` with no login in the settings: the login is to get, not "needs no change"', () => {
    const reply = replyText(fixturePaste('pastes267a', 'r267a-05'));
    expect(reply).toContain("1. Get the domain's SMTP login and password");
    expect(reply).not.toContain('need no change for this refusal');
  });

  it('the customer\'s own words quoted in English under a Polish ask ("Klient pisze tak: "Our partner ...""): the message in English', () => {
    const message = messageSection(replyText(fixturePaste('pastes268b', 'r268b-11')));
    expect(message).toContain('Mailgun accepted the message');
    expect(message).not.toContain('Po polsku');
  });

  it("a sasl_passwd line with `your_password`: once the login is on, the next answer is 535 unless the real password goes in", () => {
    expect(replyText(fixturePaste('pastes268b', 'r268b-03'))).toContain('is an example value, not a password: once the login is sent');
  });
});

describe('round 269: the recipient\'s side and the secrets', () => {
  it("qmail's rcpthosts, the recipient said to get Gmail's and Outlook's mail: qmail's files, and no \"MX moved\" in the note", () => {
    const reply = replyText(paste('r269a-10'));
    expect(reply).toContain('control/rcpthosts');
    expect(reply).not.toContain('mydestination');
    const message = messageSection(reply);
    expect(message).toContain("since other senders' mail reaches you");
    expect(message).not.toContain('moved to another provider');
  });

  it('"please whitelist our server" beside a refused login: answered; the pasted password, replaced since, needs no rotating', () => {
    const reply = replyText(paste('r269c-14'));
    expect(reply).toContain('Would whitelisting help? No: the login itself was refused');
    expect(reply).toContain('if this is the old one, it no longer works and needs no rotating');
  });
});

describe("the code review of round 269's change: near misses", () => {
  const near = (name: string) => fixturePaste('code-review-269', `near-${name}`);

  it('a connector said NOT scoped: the step to turn it off or scope it stays', () => {
    expect(replyText(near('conn1'))).toContain('turn the outbound connector off');
  });

  it("a login under `if PROVIDER == \"ses\":` with AWS's settings: log in for Mailgun too, not \"take it out of the if\"", () => {
    const fix = fixLineOf(replyText(near('py1')));
    expect(fix).toContain('log in for Mailgun too');
    expect(fix).not.toContain('out of');
  });

  it('"about 450 - maybe more - of our users" is no reply code', () => {
    expect(diagnose(near('rc3')).facts.replyCode).toBeNull();
  });

  it('a redacted sandbox name (`sandboxXXXXXXXX.mailgun.org`) is still the sandbox', () => {
    expect(replyText(near('sb1'))).toContain('it looks like a sandbox domain restriction');
  });

  it('"pointed all routes to hooks.zapier.com" is where they forward, not a domain they moved to', () => {
    expect(replyText(near('moved1'))).not.toContain('the Routes were moved to');
  });

  it.each([['drop1'], ['drop2'], ['drop3']])("%s: no new address from a signature at the old domain, a later From: line, or the sender's own move", (name) => {
    const d = diagnose(near(name));
    expect(d.facts.recipientNewAddress).toBeNull();
  });

  it('"checked the logs to see if Mailgun blocked anything" asks nothing; "asked if we could add a forward ... to their Gmail" blames no Gmail', () => {
    expect(replyText(near('mb1'))).not.toContain('Is Mailgun blocking you?');
    expect(replyText(near('sy1'))).not.toContain('Is Gmail blocking you?');
  });

  it('"We moved off Mimecast last year. Our outbound relay is now smtp.mailgun.org": no Mimecast route', () => {
    expect(diagnose(near('gw1')).evidence.map((e) => e.rule)).not.toContain('gateway-route-to-mailgun');
  });

  it('"I put the credentials in 1Password" is no secrets store the deploy moved to', () => {
    expect(fixLineOf(replyText(near('lv1')))).not.toContain('1Password');
  });

  it('a live password map beside the commented one: only the auth switch to uncomment', () => {
    const fix = fixLineOf(replyText(near('pf1')));
    expect(fix).toContain('uncomment smtp_sasl_auth_enable = yes');
    expect(fix).not.toContain('uncomment both');
  });

  it('"# TODO: login retries / backoff" is no missing login call', () => {
    expect(messageSection(replyText(near('py2')))).not.toContain('TODO');
  });

  it('"Should we go back to our old domain?" after the sender\'s own change: not the recipient\'s move', () => {
    expect(replyText(near('back1'))).not.toContain('Should you go back to the old address?');
  });

  it('"we deleted and then recreated the routes": no "create the deleted Route again"', () => {
    expect(replyText(near('rd1'))).not.toContain('create the deleted Route again');
  });
});
