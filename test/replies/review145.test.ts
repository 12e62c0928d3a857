/** Review round 145's findings, each on the reviewer's own paste (test/fixtures/pastes145a, pastes145c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 145a', () => {
  it('"554 5.4.14 Hop count exceeded - possible mail loop" is a forwarding loop, whatever the office manager calls it (a145-32)', () => {
    const text = paste('pastes145a', 'a145-32');
    expect(diagnose(text)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
    expect(replyTo(text)).toContain('Look for two forwards that point at each other');
  });

  it("cPanel's \"has exceeded the max emails per hour\" is the sending host's own limit, not a receiving server's throttling (a145-34)", () => {
    const text = paste('pastes145a', 'a145-34');
    expect(diagnose(text)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'rate-limit' });
    const reply = replyTo(text);
    expect(reply).toContain("The sending server's own hosting limit was reached");
    expect(reply).not.toContain('the receiving server is throttling');
  });

  it('Thunderbird\'s "the connection to Outgoing server (SMTP) smtp.mailgun.org timed out" is a failed connection, not a relay refusal (a145-36)', () => {
    expect(diagnose(paste('pastes145a', 'a145-36'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
  });

  it("Symfony's trace doRcptToCommand('a@b') names the recipient (a145-08)", () => {
    expect(diagnose(paste('pastes145a', 'a145-08')).facts.recipient).toBe('m.lefebvre@orange.fr');
  });
});

describe('review round 145c', () => {
  it('"welke route ... zodat info@ ook binnenkomt (naar a@outlook.com)?" gets a Route of its own to that mailbox; "waarom kwam info@ vorige maand wel aan?" answered (c145-10)', () => {
    const reply = replyTo(paste('pastes145c', 'c145-10'));
    expect(reply).toContain('Fix: add the Route match_recipient("info@bakkerijdevries.nl") with the action forward("info.bakkerijdevries@outlook.com"), and leave the Route shown as it is.');
    expect(reply).toContain('Why did it work before?');
  });

  it("ASP.NET's Smtp__UserName / Smtp__Password, lost at a slot swap, are the Fix by their names, not a code change (c145-05)", () => {
    const reply = replyTo(paste('pastes145c', 'c145-05'));
    expect(reply).toContain('Fix: set Smtp__UserName to the domain\'s SMTP login (such as postmaster@mg.sakura-yoyaku.jp) and Smtp__Password to that login\'s SMTP password');
    expect(reply).not.toContain('Fix: call client.Authenticate');
    // (round 144c's .NET paste too, its settings in App Service's Smtp__UserName)
    expect(replyTo(paste('pastes144c', 'c144-03'))).toContain('Fix: set Smtp__UserName to the domain\'s SMTP login');
  });

  it('"(password: they pasted their private API key ...)" is no password, and names the API key as the mistake (c145-17)', () => {
    const text = paste('pastes145c', 'c145-17');
    expect(diagnose(text).facts.secretsFound).toBe(false);
    expect(replyTo(text)).toContain('The settings give an API key as the password');
  });

  it('"Notre clé API marche comme mot de passe ?" and "ils repartent tout seuls ?" answered; the API way names MAILGUN_ENDPOINT for an EU domain (c145-02)', () => {
    const reply = replyTo(paste('pastes145c', 'c145-02'));
    expect(reply).toContain('API key or SMTP password? The domain\'s SMTP password, not the API key');
    expect(reply).toContain('Will it be sent again? Not by themselves');
    expect(reply).toContain('MAILGUN_ENDPOINT=api.eu.mailgun.net');
  });

  it('"Warum ging es auf dem alten Server, obwohl ...?" is the worked-before question (c145-03)', () => {
    expect(replyTo(paste('pastes145c', 'c145-03'))).toContain('Why did it work before?');
  });

  it('"US bölgesi" says the region (c145-13)', () => {
    expect(diagnose(paste('pastes145c', 'c145-13')).facts.region).toBe('us');
  });

  it("a deleted catch_all() that \"encaminhava para\" a Gmail address: the Fix forwards there (c145-09)", () => {
    expect(replyTo(paste('pastes145c', 'c145-09'))).toContain('with forward("escritorio.contabilfacil@gmail.com")');
  });
});
