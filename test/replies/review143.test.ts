/** Review round 143's findings, each on the reviewer's own paste (test/fixtures/pastes143a, pastes143c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { redactSecrets } from '../../src/diagnosis/redact.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 143a', () => {
  it("an app's SMTP host set under an alias that the paste's dig output shows as a CNAME of smtp.mailgun.org is Mailgun's SMTP host (a143-07)", () => {
    const d = diagnose(paste('pastes143a', 'a143-07'));
    expect(d).toMatchObject({ scenario: 'mailgun-outgoing', facts: { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', senderRelay: null } });
  });

  it("the classic Logs page's \"Dropped: a → b 'Subject' Server response: 550 ...\" row is Mailgun's permanent failure: the recipient's server refused (a143-17)", () => {
    const d = diagnose(paste('pastes143a', 'a143-17'));
    expect(d).toMatchObject({ scenario: 'recipient-host', facts: { source: 'mailgun-log-page', recipient: 'recepcao@odontovida.com.br', replyCode: 550 } });
  });

  it('"in August it was `550 5.7.1 Relaying denied` ... fixed in PR #812, this one is different" leaves the 535 the current error (a143-25)', () => {
    expect(diagnose(paste('pastes143a', 'a143-25'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure', facts: { replyCode: 535 } });
    expect(replyTo(paste('pastes143a', 'a143-25'))).toContain('The API key was put in the password setting');
  });

  it("an address's temporary failure, then its permanent one: the permanent reply names the kind (a143-26)", () => {
    expect(diagnose(paste('pastes143a', 'a143-26'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user', facts: { replyCode: 550, recipient: 'ana.costa@lusoparceiros.pt' } });
  });

  it("a command line's --to=a@b names the recipient (a143-01)", () => {
    expect(diagnose(paste('pastes143a', 'a143-01')).facts.recipient).toBe('qa-inbox@fornitori-rossi.it');
  });
});

describe('review round 143c', () => {
  it('"be sent once we fix it?", "show up once this is fixed?", "partiranno da sole?", "自動で送られますか?" are answered "Not by themselves" (c143-01, 02, 04, 17)', () => {
    for (const name of ['c143-01', 'c143-02', 'c143-04', 'c143-17']) {
      const reply = replyTo(paste('pastes143c', name));
      expect(reply, name).toContain('Will it be sent again? Not by themselves');
    }
  });

  it('"will it retry those mails later by itself, or are they gone?" after Postfix\'s status=bounced: they are gone (c143-14)', () => {
    expect(replyTo(paste('pastes143c', 'c143-14'))).toContain('Will it be sent again? Those the log shows as status=bounced are gone');
  });

  it('"raderna username: och password: för Gmail-kontot tog de bort" is prose about deleted lines, no password: no warning (c143-12)', () => {
    const text = paste('pastes143c', 'c143-12');
    expect(diagnose(text).facts.secretsFound).toBe(false);
    const reply = replyTo(text);
    expect(reply).not.toMatch(/WARNING|rotate/i);
    expect(reply).toContain('Why did it work before?');
    // (the snippet says to keep the notifier's own name: automations call notify.<name>)
    expect(reply).toContain("- name: mail  # keep your notifier's own name");
  });

  it('a short word after "password:" with more words after it is prose; a value alone on its line, or with a digit, is still a secret', () => {
    expect(redactSecrets('(the password: was removed by them)').found).toBe(false);
    expect(redactSecrets('password: hunter').text).toBe('password: [REDACTED]');
    expect(redactSecrets('password: hunter2 see above').found).toBe(true);
    expect(redactSecrets('SMTP_PASSWORD="pass word"').found).toBe(true);
  });

  it('"as password, the Private API key" is named as the mistake, and the settings\' full login (Symfony\'s "with username") is kept (c143-05)', () => {
    const text = paste('pastes143c', 'c143-05');
    expect(diagnose(text).facts.smtpLogin).toBe('cloud@mg.hollis-arch.com');
    const reply = replyTo(text);
    expect(reply).toContain('The API key was put in the password setting');
    expect(reply).toContain("The settings' user name, cloud@mg.hollis-arch.com, has the right form");
    expect(reply).not.toContain('Check that the user name is the full SMTP login');
  });

  it('"Kan info@ naar twee adressen (…: a@x en b@y)?" gets a Route of its own forwarding to both, the other route left alone; "MX terugzetten?" answered (c143-06)', () => {
    const reply = replyTo(paste('pastes143c', 'c143-06'));
    expect(reply).toContain('Fix: add the Route match_recipient("info@bakkerij-vandam.nl") with the actions forward("p.vandam@gmail.com"), forward("administratie@boekhoudkantoor-smit.nl"), and leave the Route shown as it is.');
    expect(reply).not.toContain('with the same actions');
    expect(reply).toContain('Do you need to change your MX records? Not if the domain is meant to receive through Mailgun');
  });

  it('a route listing other addresses, ^(dispatch|tracking)@…$, is tried (not "cannot tell"), and the address is added to its list; "the webhook was down, is that the cause?" answered no (c143-16)', () => {
    const reply = replyTo(paste('pastes143c', 'c143-16'));
    expect(reply).not.toContain('cannot tell here');
    expect(reply).toContain('add ops to its list, match_recipient("^(dispatch|tracking|ops)@inbound\\.acme-logistics\\.com$"), and keep its actions as they are');
    expect(reply).toContain('Was the destination being down the cause? No:');
  });

  it("a Plesk server's Postfix: the login is set in Plesk's smarthost settings, not main.cf; \"Mailgun said they'd allow our IP\" answered (c143-14)", () => {
    const reply = replyTo(paste('pastes143c', 'c143-14'));
    expect(reply).toContain('Fix: in Plesk, Tools & Settings → Mail Server Settings, the smarthost settings: tick Authentication required');
    expect(reply).not.toContain("Fix: turn Postfix's SMTP login on");
    expect(reply).toContain('Would whitelisting help? No: nothing here was refused for its IP address.');
  });

  it('"we moved the sites off Plesk" names no Plesk server', () => {
    const text = `We moved the sites off Plesk to a plain Debian VPS last month.\n${paste('pastes143c', 'c143-14').split('\n').filter((l) => l.includes('postfix/')).join('\n')}`;
    expect(replyTo(text)).not.toContain('Fix: in Plesk');
  });

  it('an env file\'s empty EMAIL_SMTP_USER="" is the Fix, by its name, with the container recreated; "verify() returns true, why does that pass?" answered (c143-07)', () => {
    const reply = replyTo(paste('pastes143c', 'c143-07'));
    expect(reply).toContain('Fix: fill EMAIL_SMTP_USER with the domain\'s SMTP login (such as postmaster@mg.brightpath.io');
    expect(reply).toContain('docker compose up -d');
    expect(reply).toContain('Why does the connection test pass?');
  });

  it("the snippet keeps the login of the commented-out login lines, gitlab@ (not postmaster@), for the password the person holds (c143-04)", () => {
    const reply = replyTo(paste('pastes143c', 'c143-04'));
    expect(reply).toContain(`gitlab_rails['smtp_user_name'] = "gitlab@mg.officina-rossi.it"`);
    expect(reply).not.toContain('postmaster@mg.officina-rossi.it');
  });

  it("the API's way names its authentication too: user api, an API key as the password (c143-17)", () => {
    expect(replyTo(paste('pastes143c', 'c143-17'))).toContain("with HTTP Basic authentication: the user api and an API key as its password, such as curl --user 'api:YOUR_API_KEY'");
  });

  it('"¿Es el stop() de la primera ruta lo que impide ...? ¿Deberíamos cambiar las prioridades?" is answered no when no route shown takes the address (c143-11)', () => {
    const reply = replyTo(paste('pastes143c', 'c143-11'));
    expect(reply).toContain("Is a route's stop() or the routes' order the cause? No:");
    expect(reply).toContain('Correct its domain part, match_recipient("facturas@recepcion.tiendaolivar.es")');
  });

  it('"Newsletters still go out through Mailgun, so how can this be a Mailgun login problem?" is answered: Ghost sends them with the API, the rest over SMTP (c143-01)', () => {
    expect(replyTo(paste('pastes143c', 'c143-01'))).toContain("Why does other mail still go out? It goes another way: Ghost sends its newsletters with Mailgun's API");
  });
});
