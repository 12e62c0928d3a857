import { describe, expect, it } from 'vitest';
import { findRouteExpressions, routeMatches } from '../../src/diagnosis/routes.js';

describe('Routes in a paste', () => {
  it('finds match_recipient and catch_all expressions, once each, also inside JSON strings', () => {
    const text = [
      'Priority 0 | Expression: match_recipient(".*@inbound.x.example") | Actions: forward("https://x.example/hook"), stop()',
      "route = match_recipient('.*@inbound.x.example') again",
      '{"expression": "match_recipient(\\"support@x.example\\")", "priority": 1}',
      'Priority 9 | Expression: catch_all() | Actions: store()',
    ].join('\n');
    expect(findRouteExpressions(text)).toEqual(['match_recipient(".*@inbound.x.example")', 'match_recipient("support@x.example")', 'catch_all()']);
    expect(findRouteExpressions('550 5.7.1 Relaying denied')).toEqual([]);
    // A route on a header is listed, so that the reply does not pass over it in silence.
    expect(findRouteExpressions('5   match_header("subject", ".*invoice.*")   store(notify="https://b.example/mg")')).toEqual(['match_header("subject", ".*invoice.*")']);
  });

  it('says "takes it" only when the pattern matches from the start, with its case, and "does not" only when it matches nowhere', () => {
    expect(routeMatches('match_recipient(".*@inbound.x.example")', 'a@reply.x.example')).toBe(false);
    expect(routeMatches('match_recipient(".*@inbound.x.example")', 'a@inbound.x.example')).toBe(true);
    expect(routeMatches('match_recipient("support@x.example")', 'support@x.example')).toBe(true);
    expect(routeMatches('match_recipient("^ticket-(?P<id>.+)@x\\.example$")', 'ticket-12@x.example')).toBe(true);
    expect(routeMatches('catch_all()', 'anyone@anywhere.example')).toBe(true);
    // Python's \A and \Z, and a repr's doubled backslash.
    expect(routeMatches('match_recipient("\\Asupport@x\\.example\\Z")', 'support@x.example')).toBe(true);
    expect(routeMatches('match_recipient(".*@example\\\\.com")', 'bob@example.com')).toBe(true);
    // What depends on how Mailgun applies the pattern is unknown, not a miss or a match.
    expect(routeMatches('match_recipient("support@x.example")', 'old-support@x.example')).toBe(null);
    expect(routeMatches('match_recipient("Support@x.example")', 'support@x.example')).toBe(null);
  });

  it('runs only the plain subset, so no pattern can backtrack for long and no syntax is misread', () => {
    const address = `${'a'.repeat(251)}@x`;
    for (const pattern of ['(a+)+@x', '(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?(a|a)?x', `${'a{0,30}'.repeat(6)}x`, '.*.*.{0,250}x', '.*.*.*@x', 'support\\d{,3}@x', '(?=a)a@x', '(a)\\1@x', 'a|b@x']) {
      const started = performance.now();
      expect(routeMatches(`match_recipient("${pattern}")`, address), pattern).toBe(null);
      expect(performance.now() - started).toBeLessThan(200);
    }
    // The worst a plain pattern can do (two repeats over a long address) stays far below a second.
    const started = performance.now();
    expect(routeMatches('match_recipient("[a-z]*[a-z]+q")', address)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(routeMatches('match_recipient("(unclosed@x.example")', 'a@x.example')).toBe(null);
    expect(routeMatches('match_header("to", "a@x.example")', 'a@x.example')).toBe(null);
  });
});
