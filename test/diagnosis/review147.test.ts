/** Review round 147's findings on the diagnosis, each on the reviewer's own paste (test/fixtures/pastes147a, 147b, 147c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('review round 147', () => {
  it("a metric's count, `mailgun_delivered = 412`, is no reply code: today's Logs entry stays beside last month's fixed case (b147-25)", () => {
    const { scenario, facts } = diagnose(paste('pastes147b', 'b147-25'));
    expect(scenario).toBe('recipient-host');
    expect(facts.replyCode).toBe(550);
  });

  it("a table's row counting zero of an error (`550 relay den  0`, `| \"535 5.7.0 ...\" | 0 |`) is no error of the paste (b147-03, b147-05)", () => {
    expect(diagnose(paste('pastes147b', 'b147-05')).scenario).toBe('undetermined');
    expect(diagnose(paste('pastes147b', 'b147-03')).scenario).toBe('mailgun-incoming');
  });

  it("the server's first answer to EHLO in a transcript names it: `<- 250-mxb.mailgun.org` (b147-03)", () => {
    expect(diagnose(paste('pastes147b', 'b147-03')).facts).toMatchObject({ host: 'mxb.mailgun.org', hostRole: 'mailgun-mx' });
  });

  it("a webhook flattened with double underscores (Zapier's `event_data__delivery_status__mx_host`) is read as the event (b147-17)", () => {
    const { scenario, facts } = diagnose(paste('pastes147b', 'b147-17'));
    expect(scenario).toBe('recipient-host');
    expect(facts).toMatchObject({ replyCode: 553, host: 'mx01.webhosting-sued.de', recipient: 'buchhaltung@kanzlei-weber-partner.de', event: 'failed' });
  });

  it('n8n\'s Mailgun node, `"rawErrorMessage": ["401 - \\"Forbidden\\""]`, is a refused API key (b147-28)', () => {
    expect(diagnose(paste('pastes147b', 'b147-28'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'api-auth' });
  });

  it('a logs panel typed with a space before its colons ("Server response : 552 5.2.2 ...") is read (b147-14)', () => {
    expect(diagnose(paste('pastes147b', 'b147-14')).facts).toMatchObject({ replyCode: 552, enhancedCode: '5.2.2', host: 'smtp-in.orange.fr' });
  });

  it('"in de Mailgun Logs zie ik helemaal niks ..., geen accepted, geen failed" is no failure seen in Mailgun\'s logs (a147-01)', () => {
    expect(diagnose(paste('pastes147a', 'a147-01')).scenario).toBe('mailgun-outgoing');
  });

  it('"no idea if it came from Zoho or from someone writing to the support address": the direction is unknown (c147-16)', () => {
    expect(diagnose(paste('pastes147c', 'c147-16')).scenario).toBe('undetermined');
  });
});

describe('review round 148b', () => {
  it('several flattened webhook runs, delivered ones first: the failed run is the event read (b148-15)', () => {
    expect(diagnose(paste('pastes148b', 'b148-15')).facts).toMatchObject({ event: 'failed', host: 'mail.tidewater-marine.com', replyCode: 554 });
  });

  it("Make's bundles with dotted keys and values after blanks: the failed bundle's recipient, not its envelope's sender (b148-16)", () => {
    expect(diagnose(paste('pastes148b', 'b148-16')).facts).toMatchObject({ recipient: 'a.silva@portomarvila.pt', replyCode: 550 });
  });

  it('a log line whose last field is `retries=0` is no zero reading: its refusal stays (b148-22)', () => {
    expect(diagnose(paste('pastes148b', 'b148-22')).scenario).toBe('undetermined');
  });

  it("psql's record printed as `key | value` lines is read as the event: its mx_host and recipient (b148-29)", () => {
    expect(diagnose(paste('pastes148b', 'b148-29')).facts).toMatchObject({ host: 'gmail-smtp-in.l.google.com', recipient: 'l.moreau.pro@gmail.com' });
  });
});
