import { describe, expect, it } from 'vitest';
import { findRouteExpressions, routeMatches } from '../../src/diagnosis/routes.js';

describe('Routes in a paste', () => {
  it('finds match_recipient and catch_all expressions, once each, with straight or typographic quotes', () => {
    const text = [
      'Priority 0 | Expression: match_recipient(".*@inbound.x.example") | Actions: forward("https://x.example/hook"), stop()',
      'Priority 1 | Expression: match_recipient(“support@x.example”)',
      "route = match_recipient('.*@inbound.x.example') again",
      'Priority 9 | Expression: catch_all() | Actions: store()',
    ].join('\n');
    expect(findRouteExpressions(text)).toEqual(['match_recipient(".*@inbound.x.example")', 'match_recipient("support@x.example")', 'catch_all()']);
    expect(findRouteExpressions('550 5.7.1 Relaying denied')).toEqual([]);
  });

  it('tries each on the recipient the way Mailgun does: from the start of the address, ignoring case', () => {
    expect(routeMatches('match_recipient(".*@inbound.x.example")', 'a@reply.x.example')).toBe(false);
    expect(routeMatches('match_recipient(".*@inbound.x.example")', 'A@Inbound.X.example')).toBe(true);
    expect(routeMatches('match_recipient("support@x.example")', 'support@x.example')).toBe(true);
    expect(routeMatches('match_recipient("^ticket-(?P<id>\\d+)@x.example$")', 'ticket-12@x.example')).toBe(true);
    expect(routeMatches('catch_all()', 'anyone@anywhere.example')).toBe(true);
    // Found only further in: depends on how Mailgun anchors, so unknown rather than a miss.
    expect(routeMatches('match_recipient("support@x.example")', 'old-support@x.example')).toBe(null);
  });

  it('does not run a pattern that could backtrack badly, nor one JavaScript cannot read', () => {
    expect(routeMatches('match_recipient("(a+)+@x.example")', `${'a'.repeat(200)}!@x.example`)).toBe(null);
    expect(routeMatches('match_recipient(".*.*.*@x.example")', 'a@x.example')).toBe(null);
    expect(routeMatches('match_recipient("(unclosed@x.example")', 'a@x.example')).toBe(null);
    expect(routeMatches('match_header("to", "a@x.example")', 'a@x.example')).toBe(null);
  });
});
