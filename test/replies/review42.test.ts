/** Code review 42 of this session's change, each finding pinned on the reviewer's paste (test/fixtures/review42). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review42/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });
const rules = (text: string) => diagnose(text).evidence.map((e) => e.rule);

describe('code review 42', () => {
  it('an api:KEY after a label\'s colon ("basic_auth:api:KEY") is redacted and never echoed', () => {
    const text = review('01-api-colon-secret');
    expect(diagnose(text).facts.secretsFound).toBe(true);
    expect(replyTo(text)).not.toContain('Zq8wPLm2vT7rKx9Qa4');
  });

  it('a clock time read out ("Since five thirty-five this morning") is no reply code', () => {
    const d = diagnose(review('02-spoken-time-535'));
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.replyCode).not.toBe(535);
  });

  it('"Last week\'s issue was a wrong port ...; after fixing it the app gets "550 ..."" is today\'s error', () => {
    expect(diagnose(review('03-last-weeks-problem-blanks-today')).scenario).toBe('mailgun-outgoing');
  });

  it('"not only sending to Gmail" and "asked which way is better, SMTP or the API" leave no direction open', () => {
    expect(diagnose(review('04a-not-only-sending')).scenario).toBe('mailgun-outgoing');
    expect(diagnose(review('04b-asked-which-way')).scenario).toBe('mailgun-outgoing');
  });

  it("the left-out copy's heading followed by 90,000 dots is read in linear time", () => {
    const text = `Delivery has failed to these recipients or groups:\na@b.example\nRemote Server returned '550 5.7.1 Relaying denied'\nOriginal message headers: ${'.'.repeat(90_000)}x\n`;
    const started = performance.now();
    diagnose(text);
    // (a blow-up guard only: the quadratic version took 36 s here)
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("Jenkins' Mattermost Notification plugin does not make the client Mattermost", () => {
    expect(diagnose(review('06-mattermost-plugin-in-jenkins')).facts.client).not.toBe('mattermost');
  });

  it("a Jenkinsfile's emailext step gets the Email Extension plugin's section, not Jenkins' own", () => {
    expect(replyTo(review('07-jenkins-emailext-step'))).toContain('Extended E-mail Notification → Advanced, under Credentials');
  });

  it("Microsoft 365's trace: the Failed row's recipient, not the Delivered row's", () => {
    expect(diagnose(review('08-m365-trace-delivered-row')).facts.recipient).toBe('j.kowalski@partner-firma.pl');
  });

  it("a disabled connector's SmartHostAuthMechanism None is not the enabled connector's: no \"The paste shows no login\"", () => {
    const text = review('09-disabled-connector-auth');
    expect(diagnose(text).facts.authAttempted).not.toBe(false);
    expect(replyTo(text)).not.toContain('The paste shows no login');
  });

  it('"... but the Zendesk trigger kept opening tickets so we deleted it" keeps the catch_all()', () => {
    expect(diagnose(review('10-deleted-it-zendesk')).facts.routes).toContain('catch_all()');
  });

  it('"set up in 2023 for us" is the pronoun, no US region', () => {
    expect(rules(review('11-set-up-for-us'))).not.toContain('The paste says the route was made in the US region');
  });

  it('"User: empty emails?" in a chat is no empty login', () => {
    expect(diagnose(review('12-user-empty-emails')).facts.authAttempted).not.toBe(false);
  });

  it("a root shell's `# postconf -e 'relayhost = ...'` is a command, not a commented-out setting", () => {
    expect(rules(review('13-root-prompt-postconf'))).toContain("The app is configured to send through Mailgun's SMTP host");
  });

  it('"no SMTP auth needed" of a copier is its setting: no login', () => {
    expect(diagnose(review('14-no-auth-needed')).facts.authAttempted).toBe(false);
  });
});
