/**
 * Review round 277 (pastes277a..c): a busy support day; summaries and messages for readers who are not mail experts; devices
 * and environments beyond the usual apps.
 */
import { describe, expect, it } from 'vitest';
import { CUSTOMER_LANGUAGES } from '../../src/diagnosis/language-names.js';
import { BRIEF_WORDS } from '../../src/replies/handover/brief/index.js';
import { plain } from '../../src/replies/rich.js';
import { fixturePaste, messageSection, replyText, sectionOf } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('a plain summary for a manager, the sales team or an incident channel (round 277b)', () => {
  it('"2-3 Zeilen für meinen Chef (auf Deutsch, kein Techniker)": in German, in plain words', () => {
    const summary = sectionOf(replyText(paste('r277b-01')), 'Summary for your boss (in German, as asked)');
    expect(summary).toContain('Was passiert ist: ');
    expect(summary).toContain('Wo die Ursache liegt: ');
    expect(summary).not.toMatch(/\bSMTP\b|\bAUTH\b/);
  });

  it('a note in French for the team lead and a reply in English for the customer: each in its own language', () => {
    const reply = replyText(paste('r277b-17'));
    expect(reply).toContain('Summary for your team lead (in French, as asked)');
    expect(messageSection(reply)).not.toBe('');
  });

  it('"Manager wants a two-line summary in English, and the customer ... in Italian": the summary in English', () => {
    const summary = sectionOf(replyText(paste('r277b-18')), 'Summary for your manager');
    expect(summary).toContain('What happened: ');
    // (the paste shows the likely typo: the address is not said right in the summary)
    expect(summary).not.toContain('although the address is right');
  });

  it('sales, incident notes, a director asked in Portuguese', () => {
    expect(replyText(paste('r277b-05'))).toContain('Summary for the sales team (in Portuguese, as asked)');
    expect(replyText(paste('r277b-06'))).toContain('Incident note\n');
    expect(replyText(paste('r277b-13'))).toContain('Summary for your director (in Portuguese, as asked)');
  });

  it('"What do I tell them? And ... a 3-line summary I can forward to my own manager": the message is for the customer', () => {
    const reply = replyText(fixturePaste('pastes276b', 'r276b-04'));
    expect(reply).toContain('Summary for your manager');
    expect(reply).toContain('What you can tell the customer');
    expect(reply).not.toContain('What you can tell the manager');
  });

  it('an incident report named, or an internal note already written, is no ask', () => {
    expect(replyText(fixturePaste('pastes144b', 'b144-28'))).not.toContain('Incident note');
    expect(replyText(fixturePaste('pastes136b', 'b136-13'))).not.toMatch(/Summary for|Incident note/);
    expect(replyText("I don't need a summary for my manager.\n550 5.7.1 Relaying denied")).not.toContain('Summary for');
  });

  it('every language has every case, in plain words, with and without an address', () => {
    for (const language of CUSTOMER_LANGUAGES) {
      for (const [name, lines] of Object.entries(BRIEF_WORDS[language].cases)) {
        for (const values of [{ recipient: 'anna@partner.example', host: 'mx.partner.example' }, { recipient: null, host: null }]) {
          for (const line of [lines.what(values), lines.side(values), lines.next(values)]) {
            const said = plain(line);
            expect(said.length, `${language} ${name}`).toBeGreaterThan(10);
            expect(said, `${language} ${name}`).not.toMatch(/\b(?:SMTP|MX|AUTH|RCPT|SPF|DKIM|DMARC|undefined|null)\b/);
          }
        }
      }
    }
  });
});

describe('a Route one letter from the refused address, other senders reaching it (r277c-17)', () => {
  it('keeps the Route: the sender mistyped; a second Route only if that address should receive too', () => {
    const reply = replyText(paste('r277c-17'));
    expect(reply).toContain('Fix: keep the Route match_recipient("rechnungen@in.baeckerei-sommer.de")');
    expect(reply).not.toContain('correct the Route');
    expect(reply).not.toContain('correct it to');
  });

  it('without that said, the near miss still offers both readings', () => {
    const reply = replyText(paste('r277c-17').replace("Other suppliers' invoices arrive fine. ", ''));
    expect(reply).toContain('a typo in the route (then correct it to');
  });
});

describe('an informal address asked for a message (r277b-04, 09, 14, r277c-14, r274c-17)', () => {
  it('the formal message says it is formal, and which address was asked', () => {
    expect(messageSection(replyText(paste('r277b-04')))).toContain('The message addresses the reader formally (usted): I write these messages in the formal address only, not with tú as asked.');
    expect(messageSection(replyText(paste('r277c-14')))).toContain('formally (Sie)');
    expect(messageSection(replyText(fixturePaste('pastes274c', 'r274c-17')))).toContain('formally (Lei)');
  });

  it('no note where the formal address is asked, or for English', () => {
    expect(replyText(paste('r277b-18'))).not.toContain('formal address only');
    expect(replyText("Write me a reply for the customer in English, per du please.\n550 5.7.1 <bob@partner.example>: Relay access denied")).not.toContain('formal address only');
  });
});
