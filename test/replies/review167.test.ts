/** Review rounds 167a–168c and the defects left from earlier rounds: each pinned on the reviewer's paste (test/fixtures/pastes16x). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('incoming: a domain meant to receive through Mailgun gets no "point the MX records back" advice', () => {
  it.each([
    ['pastes164c', 'c164-07', 'orders that "chegam por email para pedidos@…"'],
    ['pastes166c', 'c166-08', '"forwards support@ for their domain to Mailgun", "we had a route for support@"'],
    ['pastes166c', 'c166-10', '"mail to anything@reply.crmhub.io should go to their app"'],
  ])('%s %s: %s', (set, name) => {
    const reply = replyTo(paste(set, name));
    expect(reply).toContain('match_recipient(');
    expect(reply).not.toContain('If the domain should not receive mail through Mailgun');
    expect(reply).not.toContain('point its MX records back');
    expect(reply).not.toContain('is not your domain');
  });

  it('a domain said to be for sending only keeps the MX advice, whatever else is said of forwarding', () => {
    const text = [
      'Bounce a partner got:',
      '<info@shop.example.com>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)',
      'They only use Mailgun for sending; nobody forwards info@shop.example.com to Mailgun.',
    ].join('\n');
    expect(diagnose(text).scenario).toBe('mailgun-incoming');
    expect(replyTo(text)).toContain('If the domain should not receive mail through Mailgun');
  });
});

describe('round 167a and 167b: what decides', () => {
  it("a Jira export's comments are a thread: \"Relay error is gone. Now a different one:\" leaves the later 535 deciding (a167-05)", () => {
    const d = diagnose(paste('pastes167a', 'a167-05'));
    expect([d.scenario, d.kind, d.facts.replyCode, d.facts.enhancedCode]).toEqual(['not-relaying-denied', 'auth-failure', 535, '5.7.0']);
  });

  it('"ils ont aussi des routes sur le domaine" counts the account\'s Routes; a bare 550 beside it stays undetermined (a167-04)', () => {
    expect(diagnose(paste('pastes167a', 'a167-04')).scenario).toBe('undetermined');
  });

  it('"they plan to move to the EU region soon" is no region yet (b167-25)', () => {
    expect(diagnose(paste('pastes167b', 'b167-25')).facts.region).toBeNull();
  });
});

describe('round 167c and 168c: the questions asked beside the error', () => {
  it('"why does it work locally but not on Heroku?": the login\'s variables, set in one place only (c167-01)', () => {
    expect(replyTo(paste('pastes167c', 'c167-01'))).toContain('Why does it work in one place and not in the other? The code is the same; its login is not. Where it works, the settings that hold the SMTP login (EMAIL_HOST_USER and EMAIL_HOST_PASSWORD) are set');
  });

  it('"the creds must be fine, right?": not known, none was sent; the variables the function sets are read as set, and the snippet keeps the password\'s own variable (c167-05)', () => {
    const reply = replyTo(paste('pastes167c', 'c167-05'));
    expect(reply).toContain('Are the credentials fine, since no login error shows? Not known yet: the session sent no login at all');
    expect(reply).toContain('The configuration reads its SMTP login from MG_SMTP_USER, but the deployment shown sets MAILGUN_SMTP_USER');
    expect(reply).toContain(`smtp.login(os.environ['MG_SMTP_USER'], os.environ['MG_SMTP_PASS'])`);
    expect(reply).not.toContain('MAILGUN_SMTP_PASSWORD');
    expect(reply).not.toContain('themselves are right');
  });

  it('"do I need to redeploy?" under Laravel on a platform: the config cache, the workers, and the platform\'s restart (c167-03)', () => {
    expect(replyTo(paste('pastes167c', 'c167-03'))).toContain('Where a hosting platform holds the variables instead, a restart or redeploy there is what gives the app the new values.');
  });

  it.each([
    ['pastes167c', 'c167-13'],
    ['pastes167c', 'c167-18'],
  ])('%s %s: "set something on Railway?" / "did rotating the secrets break receiving?" under an inbound refusal: no, a Route', (set, name) => {
    expect(replyTo(paste(set, name))).toContain("Is your application's setup the cause? No: Mailgun's inbound server refused mail coming in");
  });

  it.each([
    ['c168-09', 'This is mail being sent, refused at Mailgun\'s SMTP host'],
    ['c168-10', 'This is mail being sent, refused at Mailgun\'s SMTP host'],
    ['c168-14', 'this error is about sending'],
  ])('%s: "add a Route?" / "related to the route we just created" under a refusal of mail sent: no', (name, says) => {
    const reply = replyTo(paste('pastes168c', name));
    expect(reply).toContain('Is a Route the cause or the fix? No: Routes decide only what happens to mail coming in');
    expect(reply).toContain(says);
  });

  it('the questions are not answered where they were not asked, nor under another scenario', () => {
    const incoming = replyTo(paste('pastes166c', 'c166-08'));
    for (const opening of ['Is a Route the cause', 'Do you need to redeploy', 'Why does it work in one place', 'Are the credentials fine']) expect(incoming).not.toContain(opening);
    const asked = [
      '<info@shop.example.com>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)',
      'Customer: do we need to add a route for info@? Do I need to redeploy?',
    ].join('\n');
    const reply = replyTo(asked);
    expect(reply).not.toContain('Is a Route the cause');
    expect(reply).not.toContain('Do you need to redeploy');
  });
});

describe('round 168c: receiving through Mailgun', () => {
  it('several other addresses\' routes shown: the Fix names the route to add, and no one of them is offered to widen (c168-01)', () => {
    const reply = replyTo(paste('pastes168c', 'c168-01'));
    expect(reply).toContain('The routes for "sales@brightlinedental.com" and "info@brightlinedental.com" take their own addresses only');
    expect(reply).toContain('Fix: add the Route match_recipient("support@brightlinedental.com") with the action this address\'s mail needs.');
    expect(reply).not.toContain('^(sales|support)');
    expect(reply).not.toContain('the paragraph above names');
  });

  it('the steps name the expressions once: step 3 points at the snippet, which stands apart from it (c168-01)', () => {
    const reply = replyTo(paste('pastes168c', 'c168-01'));
    expect(reply).toContain('If none does, create one with an expression below');
    expect(reply).toMatch(/fetch\.\n\nRoute expressions:\n\n/);
    expect(reply.split('match_recipient("support@brightlinedental.com")').length - 1).toBe(3);
  });

  it('"created it while the account view was on US": the Fix makes the route again in the EU region (c168-02)', () => {
    const reply = replyTo(paste('pastes168c', 'c168-02'));
    expect(reply).toContain('The paste says the route was made in the US region');
    expect(reply).toContain('Fix: create the route again in the EU region, where the domain receives');
  });

  it('"add catch_all() with stop()? will that break the sales route? what priority?": last, what it leaves to the others, the narrower route (c168-05)', () => {
    const reply = replyTo(paste('pastes168c', 'c168-05'));
    expect(reply).toContain('Should you add a catch_all()? It works as the fallback: catch_all() matches only mail that no earlier route matched, so give it a higher priority number than every other route');
    expect(reply).toContain('match_recipient("billing@zenflow.app") is the narrower fix');
  });

  it('"forward() or store()?": forward() for a mailbox; store() reaches none (c168-06)', () => {
    expect(replyTo(paste('pastes168c', 'c168-06'))).toContain('forward() or store()? For a mailbox, forward(');
    const looped = replyTo([
      '<jobs@harbour.example>: host mxb.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)',
      'forward() or store() to hr@harbour.example?',
    ].join('\n'));
    expect(looped).toContain('forward("hr@harbour.example")');
    expect(looped).toContain('a forward there comes back to Mailgun and needs a route of its own');
  });

  it('a tagged address beside a route for the same name under another separator: one expression for both, its dots escaped (c168-16)', () => {
    const reply = replyTo(paste('pastes168c', 'c168-16'));
    expect(reply).toContain('match_recipient("^ticket[+\\-].*@inbound\\.rivet\\.dev$") for every ticket+… and ticket-… address');
  });

  it('"Customer moved their MX to Mailgun on Monday … Why did it stop working?": the MX move, and no not-your-domain hedge (c168-18)', () => {
    const reply = replyTo(paste('pastes168c', 'c168-18'));
    expect(reply).toContain('Why did it work before? Because the MX records now point to Mailgun (the paste says they were moved there)');
    expect(reply).not.toContain('is not your domain');
  });
});

describe('round 169a and 167c: facts', () => {
  it("QQ's \"550 Ip frequency limited\" is a rate limit (a169-35)", () => {
    const d = diagnose(paste('pastes169a', 'a169-35'));
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'rate-limit']);
  });

  it('Korean "수신자: a@x" names the recipient (a169-08)', () => {
    expect(diagnose(paste('pastes169a', 'a169-08')).facts.recipient).toBe('kim.minji@naver.com');
  });

  it('`fly secrets set A=… B=…` sets both: the login\'s and the password\'s names are both shown to differ, and the Fix names all four (c167-02)', () => {
    const reply = replyTo(paste('pastes167c', 'c167-02'));
    expect(reply).toContain("The password's names differ the same way: MAILGUN_SMTP_PASSWORD read, SMTP_PASSWORD set.");
    expect(reply).toContain('Fix: make the names match, in the configuration (read SMTP_USERNAME and SMTP_PASSWORD) or in the deployment (set MAILGUN_SMTP_LOGIN and MAILGUN_SMTP_PASSWORD), then let the app restart (fly secrets set restarts its machines).');
  });
});

describe('round 169b: threads and planned regions', () => {
  it('"fixed the secret, 535 gone", then "now users report "Relaying denied" instead": the bare refusal, undetermined (b169-26)', () => {
    const d = diagnose(paste('pastes169b', 'b169-26'));
    expect([d.scenario, d.facts.replyCode]).toEqual(['undetermined', null]);
  });

  it('the "550 5.7.1 Relaying denied" from smtp.mailgun.org "is gone", now a 421 sandbox refusal: the sandbox (b169-32)', () => {
    const d = diagnose(paste('pastes169b', 'b169-32'));
    expect([d.scenario, d.kind, d.facts.replyCode]).toEqual(['not-relaying-denied', 'sandbox', 421]);
  });

  // ("planning to move to the EU region next quarter, EU domain already created but not in use yet" beside smtp.mailgun.org;
  // "vão migrar para a região EU no mês que vem"; "Wir ziehen nächsten Monat in die EU-Region um")
  it.each<[string, string | null]>([
    ['b169-07', 'us'],
    ['b169-22', null],
    ['b169-27', null],
  ])('%s: a region to move to is not the region (%s)', (name, region) => {
    expect(diagnose(paste('pastes169b', name)).facts.region).toBe(region);
  });
});

describe('round 169c: mail servers relaying through Mailgun', () => {
  it.each([
    ['c169-01', 'No restart: postfix reload applies a changed main.cf'],
    ['c169-05', 'No: msmtp runs once per message and reads its configuration file each time'],
    ['c169-08', "No: a send connector's change applies without restarting Exchange"],
  ])('%s: "restart or reload?" is answered for the mail server, not as an application\'s environment', (name, says) => {
    const reply = replyTo(paste('pastes169c', name));
    expect(reply).toContain(`Do you need to restart anything? ${says}`);
    expect(reply).not.toContain('a running application reads its environment');
  });

  it("a mail server's password is kept in its own file, not an environment variable (c169-01)", () => {
    const reply = replyTo(paste('pastes169c', 'c169-01'));
    expect(reply).toContain('keep the file that holds the password readable only by the account that uses it, mode 600');
    expect(reply).not.toContain('keep the password in an environment variable');
  });

  it('OpenSMTPD\'s `relay="… (smtp.mailgun.org)" … stat="550 5.7.1 Relaying denied"` names the refusing host: outgoing (c169-07)', () => {
    const d = diagnose(paste('pastes169c', 'c169-07'));
    expect([d.scenario, d.facts.host, d.facts.recipient]).toEqual(['mailgun-outgoing', 'smtp.mailgun.org', 'ops@lindqvist-consulting.se']);
  });

  it("IIS's SMTP log writes spaces as `+`: \"550+5.7.1+Relaying+denied\" is the refusal's code, no misspelling (c169-09)", () => {
    const d = diagnose(paste('pastes169c', 'c169-09'));
    expect([d.scenario, d.facts.replyCode, d.facts.enhancedCode]).toEqual(['mailgun-outgoing', 550, '5.7.1']);
    expect(d.evidence.map((e) => e.rule).join(' ')).not.toContain('misspelling');
  });
});

describe('round 170c: refused after Mailgun accepted, and whose side', () => {
  it('"should we just resend it tomorrow?" under a permanent refusal: not as things are (c170-02)', () => {
    expect(replyTo(paste('pastes170c', 'c170-02'))).toContain('Will it be sent again? Not as things are: sent again now, it is refused the same way');
  });

  it.each([
    ['c170-05', 'secretary@hillcrest-bowls.org.uk'],
    ['c170-14', 'lena.hoff@brightwater-clinic.com'],
  ])('%s: a Logs row "Failed - permanent - a@x" names the recipient', (name, recipient) => {
    expect(diagnose(paste('pastes170c', name)).facts.recipient).toBe(recipient);
  });

  it('"Is this the recipient\'s server refusing us?" and "… or is it us?" are whose-side questions (c170-06, c170-12)', () => {
    expect(replyTo(paste('pastes170c', 'c170-06'))).toContain("Whose side is it on? The sender's");
    expect(replyTo(paste('pastes170c', 'c170-12'))).toContain('Whose side is it on?');
  });

  it('"Did Mailgun change something?" is answered: the recipient\'s server refused (c170-07)', () => {
    expect(replyTo(paste('pastes170c', 'c170-07'))).toContain('Did something change at Mailgun? Not at Mailgun: it accepted the message and tried to deliver it');
  });

  it('"Are our Mailgun SMTP credentials wrong? Should we reset the password?" after Mailgun accepted: no (c170-08)', () => {
    expect(replyTo(paste('pastes170c', 'c170-08'))).toContain('Are your Mailgun credentials wrong? No: Mailgun accepted the message, so the login that sent it worked');
  });

  it('a temporary refusal left to the retries: its steps are for when it keeps coming back (c170-11)', () => {
    const reply = replyTo(paste('pastes170c', 'c170-11'));
    expect(reply).toContain('Fix: nothing to do yet.');
    expect(reply).toContain('If it keeps coming back\n');
    expect(reply).not.toContain('How to fix it\n');
  });
});

describe('Zimbra (c169-13)', () => {
  it("Zimbra's MTA gets the login through zmprov and relay_password, not main.cf, and zmmtactl restart", () => {
    const d = diagnose(paste('pastes169c', 'c169-13'));
    expect([d.scenario, d.facts.client]).toEqual(['mailgun-outgoing', 'zimbra']);
    const reply = replyTo(paste('pastes169c', 'c169-13'));
    expect(reply).toContain('zmprov ms $(zmhostname) zimbraMtaSmtpSaslPasswordMaps lmdb:/opt/zimbra/conf/relay_password');
    expect(reply).toContain('Do you need to restart anything? Only the MTA: zmmtactl restart applies the MTA settings changed with zmprov');
    expect(reply).not.toContain('/etc/postfix/sasl_passwd');
  });

  it('a plain Postfix log is no Zimbra', () => {
    expect(diagnose('Dec  3 17:40:09 mail postfix/smtp[30711]: 5A6B3E21C9: to=<s@abv.bg>, relay=smtp.mailgun.org[34.160.63.108]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.63.108] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))').facts.client).toBe('postfix');
  });
});

describe('CI systems that withhold the login from some runs (c167-08, c167-09)', () => {
  it("GitHub Actions runs from forks' pull requests get no secrets: the Fix skips the mail step there, not a login to turn on", () => {
    const reply = replyTo(paste('pastes167c', 'c167-08'));
    expect(reply).toContain("GitHub Actions gives a workflow run by a fork's pull request none of the repository's secrets");
    expect(reply).toContain("Fix: skip the mail step for forks' pull requests");
    expect(reply).not.toContain('Fix: turn on SMTP authentication');
  });

  it('GitLab\'s Protected variables are empty on unprotected branches: the Fix is the variables\' flag, not a new swaks command', () => {
    const reply = replyTo(paste('pastes167c', 'c167-09'));
    expect(reply).toContain('GitLab passes a CI/CD variable marked Protected only to pipelines on protected branches and tags');
    expect(reply).toContain('Fix: untick Protected on the login\'s CI/CD variables');
  });
});

describe('round 171c: the HTTP API', () => {
  it.each<[string, string]>([
    ['c171-01', 'eu'],
    ['c171-04', 'eu'],
    ['c171-06', 'eu'],
  ])('%s: the region said in words ("created as EU", "domain … is EU", "shows the EU flag") is read (%s)', (name, region) => {
    expect(diagnose(paste('pastes171c', name)).facts.region).toBe(region);
  });

  it('"Or should we just switch to SMTP?" under an API 401: no need, and what SMTP would take instead (c171-01)', () => {
    expect(replyTo(paste('pastes171c', 'c171-01'))).toContain("Would sending over SMTP instead help? No need: the API works once the request has the right key and goes to the domain's region (https://api.eu.mailgun.net).");
  });

  it('"do we need to use SMTP for this?" under a sandbox refusal: no; and a key masked but its last characters is no secret (c171-03)', () => {
    const reply = replyTo(paste('pastes171c', 'c171-03'));
    expect(reply).toContain('Would sending over SMTP instead help? No: a sandbox domain sends only to its authorized recipients over SMTP too.');
    expect(diagnose(paste('pastes171c', 'c171-03')).facts.secretsFound).toBe(false);
  });

  it("Symfony's `mailgun+smtp://:@default?region=us` sends through smtp.mailgun.org: the refusal is Mailgun's SMTP host's (c171-18)", () => {
    const d = diagnose(paste('pastes171c', 'c171-18'));
    expect([d.scenario, d.facts.host, d.facts.region]).toEqual(['mailgun-outgoing', 'smtp.mailgun.org', 'us']);
  });
});

describe('code review 46: the new answers where they do not hold (test/fixtures/review46)', () => {
  const review = (name: string) => paste('review46', name);

  it("catch_all() takes only mail no earlier route matched: no claim that it takes a route's mail too (t1)", () => {
    const reply = replyTo(review('t1'));
    expect(reply).toContain('catch_all() matches only mail that no earlier route matched');
    expect(reply).not.toContain("goes to the catch-all's action too");
  });

  it('MX records set for Mailgun back in 2021 are no recent move: why it stopped is not put on them (t2)', () => {
    expect(replyTo(review('t2'))).not.toContain('Because the MX records now point to Mailgun');
  });

  it('"sus correos no llegan a ventas@…" says nothing of the domain being meant to receive: the hedges stay (t3c)', () => {
    expect(replyTo(review('t3c'))).toContain('is not your domain');
  });

  it('"Do we need to re-start the app?" is a redeploy question (t4)', () => {
    expect(replyTo(review('t4'))).toContain('Do you need to redeploy?');
  });

  it('"add a route?" after a login that succeeded: no Route, and no claim that the session did not log in (t5)', () => {
    const reply = replyTo(review('t5'));
    expect(reply).toContain('Is a Route the cause or the fix? No');
    expect(reply).not.toContain('because the session had not logged in; no Route');
  });

  it('"why does it work in staging?" beside a login switched off in a file: no claim about empty variables (t6)', () => {
    expect(replyTo(review('t6'))).not.toContain('Why does it work in one place and not in the other?');
  });

  it('`fly secrets set A="…" B="…"`: both names are read, quoted values and all (t7b)', () => {
    expect(replyTo(review('t7b'))).toContain("The password's names differ the same way: MAILGUN_SMTP_PASSWORD read, SMTP_PASSWORD set.");
  });

  it("a shown route for another domain lends no separator to the tagged expression (t8)", () => {
    expect(replyTo(review('t8'))).toContain('match_recipient("^ticket\\+.*@support\\.acme\\.io$")');
  });

  it('"restarting it fixed nothing" does not set the 535 aside (t9)', () => {
    expect(diagnose(review('t9')).kind).toBe('auth-failure');
  });

  it('"added the API key to Vault when the account view was on US" is no route made in the US (t11)', () => {
    expect(replyTo(review('t11'))).not.toContain('made in the US region');
  });

  it('"Did migrating the domain to the EU region break receiving?" is not answered with "nothing in your application" (t12)', () => {
    expect(replyTo(review('t12'))).not.toContain("Is your application's setup the cause?");
  });

  it.each(['t14', 't15'])('%s: variables "not marked protected" / "not a fork PR" keep the real Fix, the login added to the command', (name) => {
    const reply = replyTo(review(name));
    expect(reply).toContain('Fix: add --auth PLAIN');
    expect(reply).not.toContain('untick Protected');
    expect(reply).not.toContain("forks' pull requests");
  });
});

describe('rounds 170c and 171c: whose domain, whose tenant', () => {
  it('"Will Mailgun keep blocking …? The practice says they moved to Microsoft 365 last week": the move is read after a question, and the tenant lacks the domain (c170-04)', () => {
    expect(diagnose(paste('pastes170c', 'c170-04')).facts.recipientMailMovedTo).toBe('microsoft-365');
    expect(replyTo(paste('pastes170c', 'c170-04'))).toContain("The domain's mail moved to Microsoft 365 and its MX records already point there; what is missing is the domain in that tenant's accepted domains.");
  });

  it("a Mailgun event for the customer's own inbound address whose catch_all() they deleted: the Routes are theirs, not a recipient's administrator's (c171-15)", () => {
    const reply = replyTo(paste('pastes171c', 'c171-15'));
    expect(reply).toContain('Fix: create the deleted catch_all() Route again');
    expect(reply).not.toContain("tell the recipient's mail administrator");
  });
});

describe('Kubernetes (c167-06)', () => {
  it('a Secret named with its keys, not in the Deployment\'s env: env entries that read it, then apply', () => {
    expect(replyTo(paste('pastes167c', 'c167-06'))).toContain('Fix: set MAIL_USER and MAIL_PASS as env entries of the Deployment that read the Secret mailgun-smtp (valueFrom: {secretKeyRef: {name: mailgun-smtp, key: …}} for each), then apply the Deployment');
  });
});

describe('rounds 172 and 173: questions first, and what the Routes shown already take', () => {
  it('a live catch_all() among the Routes shown, no server named: undetermined, and no Route to add (c173-15)', () => {
    expect(diagnose(paste('pastes173c', 'c173-15')).scenario).toBe('undetermined');
    expect(replyTo(paste('pastes173c', 'c173-15'))).toContain('The Routes shown include catch_all(), which takes every address no earlier route took');
  });

  it("IIS's outbound log: RCPT - TO:<a@x> names the recipient, and the reply is the server's words without the log's counters (b172-05, b172-13)", () => {
    const outgoing = diagnose(paste('pastes172b', 'b172-05'));
    expect([outgoing.facts.recipient, outgoing.facts.serverMessage]).toEqual(['j.alvarez@outlook.com', '550 5.7.1 Relaying denied']);
    expect(diagnose(paste('pastes172b', 'b172-13')).facts.recipient).toBe('orders@po.greenfield-supply.com');
  });

  it('"Müssen wir auf die API umsteigen?": it would work, but you do not have to (c172-02)', () => {
    expect(replyTo(paste('pastes172c', 'c172-02'))).toContain('Would sending through the API fix it? It would, but you do not have to: turning the SMTP login on (below) fixes it as it is.');
  });

  it('"¿volver a desplegar o basta con reiniciar los workers?" under Laravel: config:clear and queue:restart, no redeploy (c172-05)', () => {
    expect(replyTo(paste('pastes172c', 'c172-05'))).toContain('Do you need to redeploy? Not for the .env itself: run php artisan config:clear');
  });

  it('"redémarrer ?" under an inbound refusal, "do we need to restart anything?" under a bare one: nothing of theirs (c172-09, c172-12)', () => {
    expect(replyTo(paste('pastes172c', 'c172-09'))).toContain('Do you need to restart anything? No: this refusal is about where the domain\'s incoming mail goes');
    expect(replyTo(paste('pastes172c', 'c172-12'))).toContain('Do you need to restart anything? Not by itself');
  });

  it('Italian "La posta in coda partirà da sola …?" is a resend question (c172-17)', () => {
    expect(replyTo(paste('pastes172c', 'c172-17'))).toContain('Will it be sent again?');
  });
});

describe('round 173c: Routes, second pass', () => {
  it('a tagged address beside a route for its untagged form: the widened expression still takes the untagged one (c173-01)', () => {
    const reply = replyTo(paste('pastes173c', 'c173-01'));
    expect(reply).toContain('match_recipient("^support(\\+.*)?@help\\.lumenhq\\.com$") for support@ and every support+… address');
  });

  it('"if we add catch_all() will it also grab mail for the other domains?": Routes are the account\'s (c173-08)', () => {
    expect(replyTo(paste('pastes173c', 'c173-08'))).toContain('Routes belong to the whole account, though: it takes mail for every address, at every domain this account receives for');
  });

  it.each(['c173-13', 'c173-14'])('%s: "did the routes break sending?" / "do we need a route for the reply-to address?" under a refusal of mail sent: no', (name) => {
    expect(replyTo(paste('pastes173c', name))).toContain('Is a Route the cause or the fix? No');
  });
});

describe('round 172c: a login failure whose cause is shown', () => {
  it('the user name said to be the bare domain: that is the cause, and a new password only if the full login fails (c172-13)', () => {
    const reply = replyTo(paste('pastes172c', 'c172-13'));
    expect(reply).toContain('That is the cause: the user name mg.harborfin.com is the bare domain, and an SMTP login is a full address at it, such as postmaster@mg.harborfin.com.');
    expect(reply).toContain('Only if the full login still fails: set a new password');
  });
});

describe('round 172c: the API key said to be the public one', () => {
  it('"the value starts with `pubkey-`": the public validation key is the cause (c172-06)', () => {
    expect(replyTo(paste('pastes172c', 'c172-06'))).toContain('it authenticates with the public validation key (pubkey-…), which only validates addresses and cannot send');
  });
});

describe('msmtp under cron (c167-10)', () => {
  it("root's cron job reads /etc/msmtprc, not deploy's ~/.msmtprc: the file the job reads gets the login", () => {
    expect(replyTo(paste('pastes167c', 'c167-10'))).toContain("msmtp reads the system file /etc/msmtprc, then the running user's own ~/.msmtprc: a job run as another user (root's crontab) gets the system file and that user's own");
  });
});

describe('Compose under cron (c167-07)', () => {
  it("a compose file that fills ${MG_USER} itself, run from cron: one fix, the .env beside it, not a crontab line as well", () => {
    const reply = replyTo(paste('pastes167c', 'c167-07'));
    expect(reply).toContain('Fix: put MG_USER and MG_PASS in the .env next to docker-compose.yml');
    expect(reply).not.toContain('Define MG_USER in the crontab');
  });
});

describe('round 174c: the question the customer asked, answered first', () => {
  it('"Why is Mailgun refusing to relay our invoices? Fix your side please." under a recipient\'s refusal: Mailgun blocks nothing (c174-01)', () => {
    expect(replyTo(paste('pastes174c', 'c174-01'))).toContain('Is Mailgun blocking you? No: Mailgun accepted the message and tried to deliver it');
  });

  it.each([
    ['c174-08', "Whose side is it on? The sender's"],
    ['c174-14', "Whose side is it on? The receiving side's"],
  ])('%s: "Is the recipient blocking us?" / "the supplier says it\'s our problem, is it?" are whose-side questions', (name, says) => {
    expect(replyTo(paste('pastes174c', name))).toContain(says);
  });

  it('"customer asks if they should just resend it" is a resend question (c174-06)', () => {
    expect(replyTo(paste('pastes174c', 'c174-06'))).toContain('Will it be sent again? Not as things are');
  });

  it('"whether they should fix their routes" under a recipient\'s refusal: no (c174-17)', () => {
    expect(replyTo(paste('pastes174c', 'c174-17'))).toContain('Is a Route the cause or the fix? No');
  });
});

describe('round 174a: codes and inventories', () => {
  it('"SMTP 550 – Relaying denied" (an en dash) gives the code; "one with routes for replies" is an inventory, so the side stays open (a174-19)', () => {
    const d = diagnose(paste('pastes174a', 'a174-19'));
    expect([d.scenario, d.facts.replyCode]).toEqual(['undetermined', 550]);
  });

  it('"subject=Release 412" is no reply code (b167-36)', () => {
    expect(diagnose(paste('pastes167b', 'b167-36')).facts.replyCode).toBeNull();
  });
});

describe('round 174b', () => {
  it('"Smart host in the IIS 6 manager is smtp.mailgun.org" beside an IIS outbound log: the configured host, outgoing (b174-01)', () => {
    expect(diagnose(paste('pastes174b', 'b174-01')).scenario).toBe('mailgun-outgoing');
  });
});

describe('round 174b: a live catch_all() listed with its priority word', () => {
  it('"priority 0   catch_all()   forward(…)" beside a bare alert: no Route is missing, the side stays open (b174-26)', () => {
    expect(diagnose(paste('pastes174b', 'b174-26')).scenario).toBe('undetermined');
  });
});

describe('round 175c', () => {
  it('Laravel\'s `MAIL_USERNAME=${MAILGUN_SMTP_LOGIN}` passes on a variable that is unset: no "names differ" the wrong way round (c175-12)', () => {
    const reply = replyTo(paste('pastes175c', 'c175-12'));
    expect(reply).not.toContain('but the deployment shown sets MAIL_USERNAME');
    expect(reply).toContain('Fix: set MAILGUN_SMTP_LOGIN and MAILGUN_SMTP_PASSWORD where the application runs');
  });

  it('"Приём почты у них через Mailgun" and "Почему только support@?": inbound is meant, and why only this address is answered (c175-13)', () => {
    const reply = replyTo(paste('pastes175c', 'c175-13'));
    expect(reply).toContain('Why only this address? Mailgun\'s inbound servers take mail for an address only when one of the account\'s Routes matches it');
    expect(reply).not.toContain('If the domain should not receive mail through Mailgun');
  });
});

describe('round 175c: SMTP_SSL with its login said commented out (c175-08)', () => {
  it('"server.login() の行は…コメントアウト": the login put back, on the SMTP_SSL connection, and "is port 465 blocked?" answered', () => {
    const reply = replyTo(paste('pastes175c', 'c175-08'));
    expect(reply).toContain('Fix: put the commented-out login back (the paste says so:');
    expect(reply).toContain('Is the port the problem? No');
    expect(reply).not.toContain('after server.starttls()');
  });
});

describe('round 175c: Italian port question (c175-11)', () => {
  it('"Dobbiamo cambiare la porta?" is a port question', () => {
    expect(replyTo(paste('pastes175c', 'c175-11'))).toContain('Is the port the problem? No');
  });
});

describe('round 176c: a domain with other letters (c176-14)', () => {
  it('"mg.kaffeerösterei-berg.de" is not cut at its ö: no DNS advice for "mg.kaffeer"', () => {
    const d = diagnose(paste('pastes176c', 'c176-14'));
    expect(d.facts.mailgunDomain).not.toBe('mg.kaffeer');
    expect(replyTo(paste('pastes176c', 'c176-14'))).not.toMatch(/kaffeer(?!ö)/);
  });
});

describe('round 176c: questions in their own words', () => {
  it.each(['c176-01', 'c176-18'])('%s: "the domain is already verified" (Spanish, Russian): verification logs nobody in', (name) => {
    expect(replyTo(paste('pastes176c', name))).toContain('Why the refusal, when the domain is verified? Verification (its DNS records) lets Mailgun send mail for the domain; it logs no application in.');
  });

  it('"Is ons domein geblokkeerd door Mailgun?" is blame, answered (c176-07)', () => {
    expect(replyTo(paste('pastes176c', 'c176-07'))).toContain('Is Mailgun blocking you? No block');
  });

  it.each(['c176-11', 'c176-15'])('%s: "Do we need to generate a new API key?" (English, Korean) under an unauthenticated SMTP session: no', (name) => {
    expect(replyTo(paste('pastes176c', name))).toContain('Is the API key the cause (a changed one, or a new one needed)? No');
  });
});

describe('code review 47 (test/fixtures/review47)', () => {
  const review = (name: string) => paste('review47', name);

  it.each(['t10', 't12'])('%s: a catch_all() proposed ("suggested adding", "we plan to add") is no live one: the inbound refusal stays', (name) => {
    expect(diagnose(review(name)).scenario).toBe('mailgun-incoming');
  });

  it('"do we need to restart?" under a domain said to be sending-only: no Route promised (t1)', () => {
    const reply = replyTo(review('t1'));
    expect(reply).toContain('Do you need to restart anything? No');
    expect(reply).not.toContain('a Route in the Mailgun account fixes it');
  });

  it('"restart?" under a bare refusal in another MTA\'s words: no "three causes below" (t6)', () => {
    expect(replyTo(review('t6'))).not.toContain('three causes below');
  });

  it('a secret in AWS Secrets Manager is no Kubernetes Secret (t7)', () => {
    expect(replyTo(review('t7'))).not.toContain('secretKeyRef');
  });

  it('"john.smith" is a person\'s user name, not a bare domain (t9)', () => {
    expect(replyTo(review('t9'))).not.toContain('is the bare domain');
  });

  it('a tagged address beside the untagged route: change that route, not a second one beside it (t13)', () => {
    expect(replyTo(review('t13'))).toContain('Fix: change the expression of the Route shown for support@');
  });

  it('"450 – 500 per hour" is no 450 reply (t4b)', () => {
    expect(diagnose(review('t4b')).facts.replyCode).not.toBe(450);
  });

  it("msmtp's system file alone, no user's own: no paragraph about another user's file (t8)", () => {
    expect(replyTo(review('t8'))).not.toContain('msmtp reads the system file');
  });

  it('"the login line was commented out" is read; "server.login() is not commented out" is not (t18, t19)', () => {
    expect(replyTo(review('t18'))).toContain('Fix: put the commented-out login back');
    expect(replyTo(review('t19'))).not.toContain('Fix: put the commented-out login back');
  });

  it('"приём почты не через Mailgun" is no sign of inbound meant: the hedge stays (t20)', () => {
    expect(replyTo(review('t20'))).toContain('is not your domain');
  });
});

describe('round 176a', () => {
  it('an n8n HTTP node\'s "HTTP Code: 401" with "Forbidden" from api.eu.mailgun.net is a refused API key (a176-35)', () => {
    const d = diagnose(paste('pastes176a', 'a176-35'));
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'api-auth']);
  });
});
