/** A huge Events API page is read as JSON, whole (src/diagnosis/event-page.ts), not line by line. */
import { describe, expect, it } from 'vitest';
import { shrinkEventPage } from '../../src/diagnosis/event-page.js';
import { diagnose } from '../../src/diagnosis/index.js';
import { FOCUS_THRESHOLD } from '../../src/diagnosis/normalize.js';

/** A delivered event as the Events API writes it, with the fields a page repeats for every message. */
function delivered(i: number): object {
  const user = `customer${i}`;
  return {
    event: 'delivered',
    id: `id${i}xq`,
    timestamp: 1728380000 + i,
    'log-level': 'info',
    recipient: `${user}@t-online.de`,
    'recipient-domain': 't-online.de',
    envelope: { sender: 'news@mg.example-shop.de', targets: `${user}@t-online.de`, transport: 'smtp', 'sending-ip': '161.38.204.10' },
    'delivery-status': { code: 250, message: 'OK', description: '', 'mx-host': 'mx00.t-online.de', 'attempt-no': 1, tls: true, 'certificate-verified': true },
    message: { headers: { to: `${user}@t-online.de`, from: 'news@mg.example-shop.de', subject: 'Newsletter Oktober', 'message-id': `${i}.news@mg.example-shop.de` }, size: 48213 },
    flags: { 'is-routed': false, 'is-authenticated': true, 'is-system-test': false, 'is-test-mode': false },
    tags: ['newsletter', 'oktober'],
    'user-variables': { campaign: 'oktober-2024', segment: 'b2b' },
  };
}

const failed = {
  event: 'failed',
  id: 'failedq1',
  timestamp: 1728380555,
  severity: 'permanent',
  reason: 'generic',
  'log-level': 'error',
  recipient: 'r.haas@haas-maschinenbau.de',
  envelope: { sender: 'news@mg.example-shop.de', targets: 'r.haas@haas-maschinenbau.de', transport: 'smtp' },
  'delivery-status': { code: 550, message: '5.7.1 Unable to relay', description: '', 'mx-host': 'mail.haas-maschinenbau.de', 'attempt-no': 1 },
};

function page(count: number, failedAt: number): string {
  const items = Array.from({ length: count }, (_, i) => delivered(i));
  items.splice(failedAt, 0, failed);
  return `Customer pasted the whole Events page from api.eu.mailgun.net; they ask only about r.haas:\n\n${JSON.stringify({ items, paging: { next: 'https://api.eu.mailgun.net/v3/mg.example-shop.de/events/W3siYSI6' } }, null, 2)}\n\nWhy is he not getting it?`;
}

describe('a huge Events API page', () => {
  it("is read as events: the failed one's recipient and refusing host, not a delivered one's", () => {
    const text = page(260, 150);
    expect(text.length).toBeGreaterThan(2 * FOCUS_THRESHOLD);
    const d = diagnose(text);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts).toMatchObject({ source: 'mailgun-events-api', recipient: 'r.haas@haas-maschinenbau.de', host: 'mail.haas-maschinenbau.de', replyCode: 550, region: 'eu' });
  });

  it('keeps every event, the routine ones by their event, recipient and time only, and the text around the page', () => {
    const text = page(200, 10);
    const shrunk = shrinkEventPage(text)!;
    expect(shrunk.length).toBeLessThan(FOCUS_THRESHOLD);
    expect(shrunk.startsWith('Customer pasted the whole Events page')).toBe(true);
    expect(shrunk.endsWith('Why is he not getting it?')).toBe(true);
    const body = JSON.parse(shrunk.slice(shrunk.indexOf('{'), shrunk.lastIndexOf('}') + 1)) as { items: Array<Record<string, unknown>> };
    expect(body.items).toHaveLength(201);
    expect(body.items[10]).toEqual(failed);
    expect(body.items[0]).toEqual({ event: 'delivered', recipient: 'customer0@t-online.de', timestamp: 1728380000, 'log-level': 'info' });
  });

  it('leaves alone what is no page of events: other JSON, broken JSON, prose', () => {
    expect(shrinkEventPage(JSON.stringify({ items: [{ expression: 'match_recipient(".*")', actions: ['stop()'] }] }))).toBeNull();
    expect(shrinkEventPage(page(50, 3).slice(0, -2000))).toBeNull();
    expect(shrinkEventPage('550 5.7.1 Relaying denied [not json] {neither}')).toBeNull();
    expect(shrinkEventPage('[' .repeat(100_000) + ']'.repeat(100_000))).toBeNull();
  });
});
