/**
 * Round 248: an ordinary week, the apps people run (Jenkins, Odoo, GitLab, Moodle, Jira), and long pastes read end to end.
 * The flaws it found: "same error both ways" (two ports tried) read as an account used in both directions; a person's
 * reported question ("asks whether he's getting relay denied") taken for the error beside Jakarta Mail's "Could not connect
 * to SMTP host ..., response: -1"; a CSV export read by its first row (a Yahoo deferral) under four block-list refusals; a
 * route's own description ("old support inbox") read as the route deleted; a route's `forward(".../inbound")` read as
 * someone writing in; the person's words after "---- end of thread ----" dropped with the bounce's copy; a thread's heading
 * ("---- Customer message (Mar 10, 14:22) ----") read as news for the message; asks not read ("m'aider à lui écrire une
 * réponse", "me dar uma resposta ... pro cliente", "de IT-afdeling van Van den Berg Bouw"); an address a hyphen away
 * from the one the paste names (ithelp@ for it-help@) not named as the slip; GitLab's `smtp_authentication = false`.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { normalize } from '../../src/diagnosis/normalize.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the diagnosis', () => {
  it('"tried switching from 587 to 465 with SMTP_SSL, same error both ways" under smtplib with no login(): outgoing, the ports answered', () => {
    const text = paste('r248a-11');
    expect(diagnose(text).scenario).toBe('mailgun-outgoing');
    expect(replyText(text)).toMatch(/A new port, the same error\? No:/);
  });

  it('Jenkins: "Could not connect to SMTP host ..., response: -1" on 465 with "Use SSL" unticked, and the admin\'s "relay denied?" question: the TLS mode, no relay refusal', () => {
    const diagnosis = diagnose(paste('r248b-17'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(replyText(paste('r248b-17'))).toMatch(/SMTP Port: 465 · Use SSL: ☐/);
  });

  it('a CSV export: four Outlook S3150 block-list refusals under one Yahoo deferral: blocked, its facts from the repeated row', () => {
    const diagnosis = diagnose(paste('r248c-16'));
    expect(diagnosis.kind).toBe('blocked');
    expect(diagnosis.facts.host).toBe('hotmail-com.olc.protection.outlook.com');
    expect(diagnosis.facts.replyCode).toBe(550);
  });

  it('the test address said in words ("The test goes to the admin\'s own address, ...", "Die Test-Mail sollte an meine Adresse ... gehen")', () => {
    expect(diagnose(paste('r248b-04')).facts.recipient).toBe('erik.lindqvist@lindqvist-arkitekter.se');
    expect(diagnose(paste('r248b-03')).facts.recipient).toBe('t.brandt@hallberg-logistik.de');
  });

  it('the person\'s words after "---- end of thread ----" are read, not dropped with the bounce\'s copy', () => {
    expect(normalize(paste('r248c-06')).text).toMatch(/Need a short explanation I can send Tomás\.\s*$/);
  });
});

describe('the replies', () => {
  it('a route described "old support inbox" is a live route written for the parent domain: correct its domain part', () => {
    expect(replyText(paste('r248c-06'))).toMatch(/Correct its domain part, match_recipient\("support@helpdesk\.brightfoxapp\.com"\)/);
  });

  it('"ithelp@" refused where the paste names it-help@ at the same domain: the sender\'s slip', () => {
    const reply = replyText(paste('r248b-09'));
    expect(reply).toMatch(/Fix: ask the sender to write to it-help@desk\.corvane\.com/);
  });

  it('GitLab\'s live `smtp_authentication = false` beside the commented login: the Fix switches it on too', () => {
    expect(replyText(paste('r248b-02'))).toMatch(/switch the login on where "gitlab_rails\['smtp_authentication'\] = false" turns it off/);
  });

  it('a 535 in the session after the password was rotated: the password the program sends is not the one set last', () => {
    const reply = replyText(paste('r248c-15'));
    expect(reply).toMatch(/The login this session sent was refused \(535\)/);
    expect(reply).not.toMatch(/You have the domain's SMTP login and password already/);
  });

  it('Postfix with sasl_passwd written, postmap run and restarted: what main.cf needs', () => {
    expect(replyText(paste('r248a-05'))).toMatch(/For Postfix, sasl_passwd alone does nothing: main\.cf must have smtp_sasl_auth_enable = yes/);
  });

  it('"Is there something in Moodle\'s \'SMTP Auth Type\' I need to change?" under a recipient\'s refusal: no', () => {
    expect(replyText(paste('r248b-11'))).toMatch(/Do you need to change your SMTP settings\? No:/);
  });
});

describe('messages asked', () => {
  it('"Vous pouvez m\'aider à lui écrire une réponse en français ?": a French message, with no guess that the Route was deleted', () => {
    const message = messageSection(replyText(paste('r248a-03')));
    expect(message).toMatch(/En français: /);
    expect(message).not.toMatch(/nettoyage/);
  });

  it('"me dar uma resposta em português pro cliente": a Portuguese message', () => {
    expect(messageSection(replyText(paste('r248c-14')))).toMatch(/Em português: /);
  });

  it('"een korte mail ... naar de IT-afdeling van Van den Berg Bouw": to the recipient\'s IT, in Dutch', () => {
    const message = messageSection(replyText(paste('r248a-07')));
    expect(message).toMatch(/^What you can tell the IT admin/);
    expect(message).toMatch(/uw mailserver \(mail\.vandenberg-bouw\.nl\)/);
  });

  it('Odoo\'s French settings screen: Odoo\'s own settings, and no code to change in the message', () => {
    const reply = replyText(paste('r248b-05'));
    expect(reply).toMatch(/Fix: in Settings → Technical → Outgoing Mail Servers/);
    expect(messageSection(reply)).not.toMatch(/code/);
  });

  it('a thread\'s heading with a date ("---- Customer message (Mar 10, 14:22) ----") is no news to add to the message', () => {
    expect(replyText(paste('r248c-05'))).not.toMatch(/Add what you wanted them to know/);
  });

  it('"Their own customers email support@..." with the routes listed: the message is the customer\'s, not the writer\'s', () => {
    expect(messageSection(replyText(paste('r248c-06')))).toMatch(/^What you can tell the customer/);
  });
});
