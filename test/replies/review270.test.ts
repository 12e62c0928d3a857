/**
 * Round 270: a Mimecast NDR of the sender's own delivery route, Microsoft 365 refusing to forward outside the organisation,
 * Python's login under a switch (`SMTP_USE_AUTH`) or skipped since the secrets moved to a store, a Route recreated with a
 * typo (in French, at a sending domain), asks in Russian and Polish, and the refused address read from "delivery to".
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 270: the fix the paste calls for', () => {
  it("a Mimecast NDR naming its delivery route to smtp.eu.mailgun.org: Mimecast's route logs in, no Exim", () => {
    const d = diagnose(paste('r270b-01'));
    expect([d.facts.client, d.facts.recipient]).toEqual([null, 'lars.eide@fjordbygg.no']);
    const reply = replyText(paste('r270b-01'));
    expect(fixLineOf(reply)).toContain("Mimecast's route to smtp.eu.mailgun.org sends no login");
    expect(reply).not.toContain('passwd.client');
  });

  it("Microsoft 365's 5.7.520 \"does not allow external forwarding\": the forwarding tenant's outbound policy, not a receiving server", () => {
    const reply = replyText(paste('r270c-16'));
    expect(reply).toContain("it looks like Microsoft 365's block of forwarding outside the organisation");
    expect(reply).toContain('Automatic forwarding rules');
    expect(reply).not.toContain("recipient's mail administrator");
  });

  it('Python that logs in only `if os.environ.get("SMTP_USE_AUTH") == "1":` (a comment after it): the switch to set, no login sent', () => {
    const d = diagnose(paste('r270c-04'));
    expect(d.facts.authAttempted).not.toBe(true);
    expect(fixLineOf(replyText(paste('r270c-04')))).toContain('SMTP_USE_AUTH=1');
  });

  it('the login skipped since the deploy moved the secrets out of the .env into AWS Secrets Manager: not load_dotenv', () => {
    const fix = fixLineOf(replyText(paste('r270b-03')));
    expect(fix).toContain('since the deploy that moved the secrets to AWS Secrets Manager');
    expect(fix).not.toContain('load_dotenv');
  });

  it.each([['r270b-08'], ['r270a-09']])('%s: a Route with a typo, "supprimé puis recréé", or at a sending domain: correct its expression', (name) => {
    const fix = fixLineOf(replyText(paste(name)));
    expect(fix).toMatch(/^Fix: correct the Route's expression from match_recipient/);
  });

  it('"Failed permanently: delivery to a@b" is the refused address, not the new one the recipient quoted', () => {
    const d = diagnose(paste('r270b-11'));
    expect([d.facts.recipient, d.facts.recipientNewAddress]).toEqual(['r.osei@haverlandgroup.com', 'r.osei@haverland.partners']);
  });

  it('"(from the Logs page, US)" is the region', () => {
    expect(diagnose(paste('r270c-18')).facts.region).toBe('us');
  });
});

describe('round 270: more of the fix the paste calls for', () => {
  it("nodemailer's own session refused at RCPT TO by smtp.mailgun.org: no \"also possible: the recipient's server\"", () => {
    expect(replyText(paste('r270a-05'))).not.toContain('Also possible, less likely: the recipient');
  });

  it('"test mails from Gmail to claims@ work": claims@ is not refused, only newcase@', () => {
    expect(diagnose(paste('r270c-09')).facts.recipients).toEqual(['newcase@intake.redwoodclaims.com']);
  });

  it("a password reset already, the old one in the file: no new one, the one set last put in", () => {
    expect(replyText(paste('r270b-05'))).toContain('Do they need a new password? No: the password was reset already');
  });

  it("Freshdesk's custom mail server (its Ruby error): no Rails snippet; \"our IP is registered at Mailgun\" answered", () => {
    expect(diagnose(paste('r270c-03')).facts.client).toBe('freshdesk');
    expect(replyText(paste('r270c-03'))).toContain('Would whitelisting help? No');
  });

  it.each([['r270c-02', 'Google Workspace'], ['r270b-01', 'Mimecast']])("%s: the message for the gateway's admin is about its route, not an application's code", (name, gateway) => {
    const message = messageSection(replyText(paste(name)));
    expect(message).toContain(`Your mail gateway (${gateway})`);
    expect(message).not.toContain('add the login step to its code');
  });
});

describe('round 270: asks', () => {
  it.each([
    ['r270b-13', 'По-русски:'],
    ['r270a-14', 'Po polsku:'],
  ])('%s: "Можете написать для него короткое сообщение", "Jak mam mu odpowiedzieć?": the message asked for', (name, intro) => {
    expect(messageSection(replyText(paste(name)))).toContain(intro);
  });
});

describe("the code review of round 269-270's later change: near misses", () => {
  const near = (name: string) => fixturePaste('code-review-269', `near2-${name}`);

  it('"they are not receiving emails from Gmail either" is no sign that others reach them', () => {
    const reply = replyText(near('a1'));
    expect(reply).not.toContain('Why do others reach them?');
    expect(messageSection(reply)).not.toContain('since other senders');
  });

  it("a bounce quoted as the customer's words is no language of theirs: the Spanish ask gets Spanish", () => {
    expect(messageSection(replyText(near('c1')))).toContain('En español:');
  });

  it('"We have not migrated the credentials to AWS Secrets Manager yet" moved nothing', () => {
    expect(fixLineOf(replyText(near('f3')))).not.toContain('Secrets Manager');
  });

  it('"Our Cisco firewall forwards outbound relay traffic" and "We no longer use Mimecast" are no gateway route', () => {
    for (const name of ['g1', 'g2']) expect(diagnose(near(name)).evidence.map((e) => e.rule)).not.toContain('gateway-route-to-mailgun');
  });

  it("a mailbox forwarding to Gmail refused by Microsoft 365's policy: no Mailgun Route to speak of", () => {
    expect(replyText(near('h1'))).not.toContain('Mailgun Route');
  });

  it('per-customer addresses beside one Route for another: one Route for the domain, not a typo to correct', () => {
    expect(fixLineOf(replyText(near('n1')))).toContain('make one Route take every address at the domain');
  });

  it('"the route for service@x.nl." at a sentence\'s end is still the route made for it', () => {
    expect(fixLineOf(replyText(near('e1')))).toContain('it was made for this address');
  });

  it('a switch compared with "true": set it to true, not 1', () => {
    expect(fixLineOf(replyText(near('i1')))).toContain('EMAIL_USE_AUTH=true');
  });
});

describe('round 270: questions answered', () => {
  it('"should we go back to the old address?" after the sender\'s own rebrand: the From address is not the cause', () => {
    expect(replyText(paste('r270b-12'))).toContain('Does the From address have to change? No');
  });

  it("\"please whitelist our server\" beside Microsoft's banned sending IP: nothing on the sending side; Microsoft's list before the tenant's rules", () => {
    expect(replyText(paste('r270b-16'))).toContain("Microsoft applies its own list before any tenant's rules");
  });

  it('a DMARC refusal after "cambió ayer el registro DNS ... solo el SPF": the SPF edit checked first', () => {
    expect(replyText(paste('r270a-18'))).toContain('The paste says the SPF record was edited just before this began');
  });
});

describe('round 270: what else the paste says', () => {
  it('"a catch-all route on another domain": a real catch_all() is account-wide, so that one is one domain\'s or elsewhere', () => {
    expect(replyText(paste('r270a-08'))).toContain('What about the catch-all on another domain? Routes belong to the whole account');
  });

  it("Postfix's per-sender relay to Mailgun, sasl_passwd holding SendGrid's line only: add Mailgun's entry, no panel smarthost", () => {
    const reply = replyText(paste('r270c-05'));
    expect(fixLineOf(reply)).toContain("sasl_passwd has no entry for Mailgun's relay");
    expect(fixLineOf(reply)).toContain('smtp.mailgun.org:587 postmaster@mg.quillandferncrafts.com:PASSWORD');
    expect(reply).not.toContain('need no change: only the key');
  });

  it('a SendGrid key cut short in sasl_passwd (`apikey:SG.Qx7...`): rotated at SendGrid, not as a Mailgun key', () => {
    expect(replyText(paste('r270c-15'))).toContain('looks like a SendGrid API key');
  });

  it('"moved it to the new worker box ... login is supposed to come from the env file": that file, then the login call', () => {
    expect(fixLineOf(replyText(paste('r270a-01')))).toContain('the program moved to a new machine and reads its login from an env file there');
  });

  it('"They ask if they should \\"turn on SMTP auth\\"" beside a block-list refusal after Mailgun accepted: no', () => {
    expect(replyText(paste('r270c-18'))).toContain('Do you need to add a login (SMTP authentication)? No');
  });
});

describe('round 270: the old domain', () => {
  it('"whether they should delete the old domain in Mailgun" while its MX still points there: not yet', () => {
    expect(replyText(paste('r270b-09'))).toContain('Should they delete the old domain in Mailgun? Not while its MX records point to Mailgun');
  });
});

describe('round 270: the cause in the message', () => {
  it(".NET's `UseDefaultCredentials = true` named in the Spanish message, with the change to make", () => {
    const message = messageSection(replyText(paste('r270a-04')));
    expect(message).toContain('UseDefaultCredentials = false');
    expect(message).not.toContain('active la autenticación SMTP');
  });
});
