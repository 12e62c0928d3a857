/**
 * Round 246: an ordinary week, the newest abilities tried again, and long pastes read end to end. The flaws it found: Outlook's
 * raw MIME NDR cut at "Original message headers:" before its delivery-status part; "Previous run:" above "Today's error (...):",
 * "Log antiguo, ya arreglado:", "Earlier this week ... they had this ...:" not set aside; an internal note's "535 issue last month
 * (ticket #90811)" taken for the error of now; "Nessuna route configurata" read as Routes in use; "Account EU? non sono sicura"
 * read as the EU region; "sales-uk@" beside "sales-us@" called a typo; "Il utilise une IP dédiée" not read; allowlists asked in
 * an incoming case not answered.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('long pastes, read for the error of now', () => {
  it("Outlook's raw NDR: the delivery-status part after \"Original message headers:\" is read (Remote-MTA mxb.eu.mailgun.org)", () => {
    const diagnosis = diagnose(paste('r246c-07'));
    expect(diagnosis.scenario).toBe('mailgun-incoming');
    expect(diagnosis.facts.host).toBe('mxb.eu.mailgun.org');
  });

  it('"Previous run:" (a quoted earlier answer) above "Today\'s error (they added the login, ...):": the sandbox\'s 421', () => {
    const diagnosis = diagnose(paste('r246b-15'));
    expect(diagnosis.kind).toBe('sandbox');
    expect(diagnosis.facts.replyCode).toBe(421);
  });

  it('"Earlier this week (Mar 11) they had this ...:" over a relay refusal "that error stopped": the sandbox\'s 421 of today', () => {
    const diagnosis = diagnose(paste('r246c-18'));
    expect(diagnosis.kind).toBe('sandbox');
    expect(diagnosis.facts.replyCode).toBe(421);
  });

  it('"Log antiguo, ya arreglado (4 de marzo):" above today\'s relay refusal: no 535 of now in the evidence', () => {
    const diagnosis = diagnose(paste('r246b-04'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.authAttempted).not.toBe(true);
  });

  it('an internal note\'s "535 issue last month (ticket #90811) ..., fixed 02/19" beside a failed event\'s "5.7.1 Unable to relay": the recipient\'s server', () => {
    const diagnosis = diagnose(paste('r246c-11'));
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts.host).toBe('exch01.northpointbldg.com');
  });

  it('a secretary\'s error while sending to a client, "Nessuna route configurata", "Account EU? non sono sicura": undetermined, no region', () => {
    const diagnosis = diagnose(paste('r246c-15'));
    expect(diagnosis.scenario).toBe('undetermined');
    expect(diagnosis.facts.region).toBeNull();
  });
});

describe('what the paste says, used', () => {
  it('"la nouvelle adresse sales-uk@ (créée hier à côté de sales-us@)": no typo in the sales-us route', () => {
    expect(replyText(paste('r246b-07'))).not.toContain('a letter or two away');
  });

  it('"Il utilise une IP dédiée": the listed IP is the sender\'s own, its cause to find', () => {
    expect(diagnose(paste('r246a-17')).facts.dedicatedIp).toBe(true);
    expect(sectionOf(replyText(paste('r246a-17')), 'What to do')).toContain("The listed address is the sender's dedicated IP");
  });

  it('"Czy możecie dodać IP naszego dostawcy ... do białej listy" under a refusal for want of a Route: no allowlist helps', () => {
    expect(leadOf(replyText(paste('r246b-08')), 4)).toContain("Would whitelisting help? No: Mailgun's inbound server refused the address for want of a Route");
  });

  it('"только роль Analyst (read-only)": an admin gives the login', () => {
    expect(sectionOf(replyText(paste('r246b-05')), 'How to fix it')).toContain('You say the Mailgun role here is read-only');
  });
});

describe('an address renamed, with an arrow', () => {
  it('"renamed their support inbox last week (support@ -> help@)": the support@ route to change', () => {
    expect(replyText(paste('r246b-06'))).toContain('Fix: change that Route\'s expression to match_recipient("help@mail.orbitdesk.io")');
  });
});

describe('who sent it', () => {
  it("the customer's own Postfix log (`relay=inbound.sbcglobal-mail.net`), its IP on Spamhaus: its own listing to clear, no one writing in", () => {
    const steps = sectionOf(replyText(paste('r246b-18')), 'What to do');
    expect(steps).not.toContain('Tell the sender that your mail server refused their message');
    expect(steps).toContain('the address it lists, 198.51.100.23');
  });
});
