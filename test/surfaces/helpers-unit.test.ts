/** The surfaces' pure helpers: button values, the composed message, limits, memory, ids. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { PROVIDERS } from '../../src/diagnosis/providers.js';
import { CLIENTS, ERROR_KINDS, SCENARIOS, SECRET_KINDS, SOURCE_FORMATS, SUPPRESSIONS, type Diagnosis } from '../../src/diagnosis/types.js';
import { authorOf, tsBefore } from '../../src/slack/authors.js';
import { createButtonCodec, MAX_VALUE_CHARS } from '../../src/slack/button-value.js';
import type { BotSettings } from '../../src/slack/context.js';
import { RateLimiter, ReplyMemory } from '../../src/slack/memory.js';
import { mentionsBot, withoutBotMention } from '../../src/slack/paste.js';
import { composeAnswer, composeDiagnosis } from '../../src/slack/compose.js';
import { holdsError, uiFromBlockId, withAnsweredScenario } from '../../src/slack/reply.js';
import { PASTES } from './helpers.js';

const codec = createButtonCodec('xoxb-unit-test-token');

const text = (max: number) => fc.string({ maxLength: max, unit: 'binary' });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const diagnosisArb: fc.Arbitrary<Diagnosis> = fc.record({
  scenario: fc.constantFrom(...SCENARIOS),
  kind: nullable(fc.constantFrom(...ERROR_KINDS)),
  confidence: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  summary: text(400),
  evidence: fc.array(fc.record({ rule: text(200), excerpt: text(2000) }), { maxLength: 12 }),
  facts: fc.record({
    replyCode: nullable(fc.integer({ min: 200, max: 599 })),
    enhancedCode: nullable(fc.stringMatching(/^[245]\.\d{1,3}\.\d{1,3}$/)),
    host: nullable(text(300)),
    hostRole: nullable(fc.constantFrom('mailgun-smtp' as const, 'mailgun-mx' as const, 'other' as const)),
    command: nullable(fc.constantFrom('CONNECT' as const, 'EHLO' as const, 'AUTH' as const, 'MAIL FROM' as const, 'RCPT TO' as const, 'DATA' as const)),
    authAttempted: nullable(fc.boolean()),
    recipient: nullable(text(300)),
    recipients: fc.uniqueArray(text(300).filter((r) => r.length > 0), { maxLength: 15 }),
    recipientDomain: nullable(text(300)),
    client: nullable(fc.constantFrom(...CLIENTS)),
    region: nullable(fc.constantFrom('us' as const, 'eu' as const)),
    source: fc.constantFrom(...SOURCE_FORMATS),
    secretsFound: fc.boolean(),
    secretKinds: fc.subarray([...SECRET_KINDS]),
    serverMessage: nullable(text(3000)),
    event: nullable(text(40)),
    severity: nullable(text(40)),
    reason: nullable(text(40)),
    mxHost: nullable(text(300)),
    mailgunDomain: nullable(text(300)),
    routes: fc.uniqueArray(text(300).filter((r) => r.length > 0), { maxLength: 10 }),
    goneRoutes: fc.uniqueArray(text(300).filter((r) => r.length > 0), { maxLength: 10 }),
    provider: nullable(fc.constantFrom(...PROVIDERS)),
    senderRelay: nullable(text(300)),
    addressConfirmed: fc.boolean(),
    mailgunBlamed: fc.boolean(),
    ownSideAsked: fc.boolean(),
    recipientMailMoved: fc.boolean(),
    recipientMailMovedTo: fc.constantFrom(null, 'microsoft-365' as const, 'google-workspace' as const, 'zoho' as const),
    recipientAddressChanged: fc.boolean(),
    recipientNewAddress: nullable(text(100)),
    ocrRepaired: fc.boolean(),
    loginFromEnv: nullable(text(100)),
    passwordFromEnv: nullable(text(100)),
    suppression: nullable(fc.constantFrom(...SUPPRESSIONS)),
    dedicatedIp: fc.boolean(),
    clientNetwork: nullable(text(40)),
    smtpPort: fc.option(fc.constantFrom(25, 465, 587, 2525), { nil: null }),
    smtpLogin: nullable(text(300)),
    envelopeSender: nullable(text(300)),
    fromSetting: nullable(text(300)),
    sendConnector: nullable(text(60)),
    reportingMta: nullable(text(300)),
    similarAddress: nullable(text(300)),
    attempts: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
    refusedAtDomain: fc.integer({ min: 0, max: 50 }),
    deliveredAtDomain: fc.integer({ min: 0, max: 50 }),
    otherErrors: fc.uniqueArray(text(160).filter((e) => e.length > 0), { maxLength: 3 }),
  }),
  alternatives: fc.array(fc.record({ scenario: fc.constantFrom(...SCENARIOS), confidence: fc.integer({ min: 0, max: 100 }).map((n) => n / 100) }), { maxLength: 5 }),
});

describe('button values', () => {
  it('round-trip a real diagnosis: scenario, kind, confidence (to the percent), facts, evidence rules', () => {
    for (const paste of Object.values(PASTES)) {
      const diagnosis = diagnose(paste);
      const decoded = codec.decode(codec.encode(diagnosis))!;
      expect(decoded.scenario).toBe(diagnosis.scenario);
      expect(decoded.kind).toBe(diagnosis.kind);
      expect(decoded.confidence).toBeCloseTo(diagnosis.confidence, 2);
      expect(decoded.facts).toEqual(diagnosis.facts);
      expect(decoded.evidence.map((e) => e.rule)).toEqual(diagnosis.evidence.slice(0, 5).map((e) => e.rule));
    }
  });

  it('always fit under the limit and decode to the same scenario, kind and facts that matter', () => {
    fc.assert(fc.property(diagnosisArb, (diagnosis) => {
      const value = codec.encode(diagnosis);
      expect(value.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
      const decoded = codec.decode(value);
      expect(decoded).not.toBeNull();
      expect(decoded!.scenario).toBe(diagnosis.scenario);
      expect(decoded!.kind).toBe(diagnosis.kind);
      expect(decoded!.facts.secretsFound).toBe(diagnosis.facts.secretsFound);
      expect(decoded!.facts.replyCode).toBe(diagnosis.facts.replyCode);
      expect(decoded!.facts.source).toBe(diagnosis.facts.source);
      // Routes travel whole or not at all: a cut list would turn "takes it" into "none takes it".
      expect([diagnosis.facts.routes, []]).toContainEqual(decoded!.facts.routes);
      expect([diagnosis.facts.goneRoutes, []]).toContainEqual(decoded!.facts.goneRoutes);
      // Other errors' lines travel whole or not at all, each: a line cut short may read as no error, or as another kind.
      for (const line of decoded!.facts.otherErrors) expect(diagnosis.facts.otherErrors).toContain(line);
    }), { numRuns: 150 });
  });

  it('carry the routes shown and the recipient whole, or leave the routes out', () => {
    const base = diagnose('dig MX x.example: mxa.mailgun.org\n550 5.7.1 Relaying denied for a@x.example\nroutes: match_recipient(".*@in.x.example")');
    expect(base.facts.routes).toEqual(['match_recipient(".*@in.x.example")']);
    expect(codec.decode(codec.encode(base))!.facts.routes).toEqual(base.facts.routes);
    const many = { ...base, facts: { ...base.facts, routes: Array.from({ length: 8 }, (_, i) => `match_recipient("r${i}@x.example")`) } };
    expect(codec.decode(codec.encode(many))!.facts.routes).toEqual([]);
  });

  it('reject anything changed, truncated, signed with another key, or not a string', () => {
    const value = codec.encode(diagnose(PASTES.outgoing));
    const other = createButtonCodec('xoxb-another-token');
    expect(other.decode(value)).toBeNull();
    expect(codec.decode(value.slice(0, -1))).toBeNull();
    expect(codec.decode(`${value}.x`)).toBeNull();
    for (const junk of [undefined, null, 42, {}, '', '1..', '1.a.b', 'x'.repeat(5000)]) expect(codec.decode(junk)).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 2, max: value.length - 1 }), fc.constantFrom('A', 'z', '0', '_'), (index, char) => {
      fc.pre(value[index] !== char && value[index] !== '.');
      expect(codec.decode(value.slice(0, index) + char + value.slice(index + 1))).toBeNull();
    }));
  });
});

describe('composeDiagnosis', () => {
  const settings = { ui: 'all' as const, audience: 'private' as const, shareable: true };

  it('adds the question for undetermined, the UI switch where steps differ, Share only when asked', () => {
    const undetermined = composeDiagnosis(diagnose(PASTES.undetermined), settings, codec);
    const ids = (m: typeof undetermined) => m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? e.action_id : '')) : []));
    expect(ids(undetermined)).toEqual(['where_mailgun_smtp', 'where_inbound', 'where_mailgun_logs', 'share_in_channel']);
    const outgoing = composeDiagnosis(diagnose(PASTES.outgoing), { ...settings, shareable: false }, codec);
    expect(ids(outgoing)).toEqual(['show_ui_classic', 'show_ui_beta', 'show_ui_current']);
    expect(outgoing.metadata).toEqual({ event_type: 'relaydenied_diagnosis', event_payload: { scenario: 'mailgun-outgoing', confidence: expect.any(Number) } });
    // Mailgun's SMTP host refusing a session that logged in: the reply says what to check, and asks nothing.
    const loggedIn = composeDiagnosis(diagnose('=== Connected to smtp.mailgun.org.\n -> AUTH LOGIN\n<-  235 2.7.0 Authentication successful\n -> RCPT TO:<x@granite.example>\n<** 550 5.7.1 Relaying denied'), settings, codec);
    expect(ids(loggedIn)).toEqual(['share_in_channel']);
    expect(JSON.stringify(loggedIn.blocks)).not.toContain('Where did you see');
  });

  it('never exceeds 50 blocks with its buttons and notes, however long the reply', () => {
    const long = diagnose(`${PASTES.undetermined}\n${Array.from({ length: 500 }, (_, i) => `RCPT TO:<u${i}@d${i}.example> 554 5.7.1 Relay access denied`).join('\n')}`);
    const notes = Array.from({ length: 15 }, (_, i) => `note ${i}`);
    const message = composeDiagnosis({ ...long, scenario: 'undetermined' }, settings, codec, notes);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks.at(-1)?.type).toBe('actions');
  });

  it('keeps the secrets warning in private replies only', () => {
    const diagnosis = diagnose(PASTES.withSecret);
    expect(diagnosis.facts.secretsFound).toBe(true);
    const privately = JSON.stringify(composeDiagnosis(diagnosis, settings, codec).blocks);
    const publicly = JSON.stringify(composeDiagnosis(diagnosis, { ...settings, audience: 'public' }, codec).blocks);
    expect(privately).toMatch(/rotate/);
    expect(publicly).not.toMatch(/rotate/);
  });

  it('an answered question settles the scenario and says so in the evidence', () => {
    const answered = withAnsweredScenario(diagnose(PASTES.undetermined), 'recipient-host');
    expect(answered.scenario).toBe('recipient-host');
    expect(answered.kind).toBeNull();
    expect(answered.evidence[0]).toEqual({ rule: 'You said where you saw it', excerpt: 'A failed event in my Mailgun logs' });
  });

  it('reads the shown UI back from a block id, defensively', () => {
    expect(uiFromBlockId('relaydenied_buttons:beta', 'all')).toBe('beta');
    expect(uiFromBlockId('relaydenied_where:all', 'classic')).toBe('all');
    expect(uiFromBlockId('relaydenied_buttons:evil', 'current')).toBe('current');
    expect(uiFromBlockId(undefined, 'current')).toBe('current');
  });
});

describe('holdsError and composeAnswer', () => {
  const privately = { ui: 'all', audience: 'private', shareable: false } as const;
  const answer = (text: string) => composeAnswer({ text, notes: [] }, privately, codec, diagnose(text));

  it('answer an error of no named kind by saying what it is, not "nothing found"', () => {
    const errors: [string, RegExp][] = [
      ['Error: connect ECONNREFUSED 203.0.113.5:587', /connection to the server failed/],
      ['Not delivering to previously bounced address', /Mailgun suppressed the address/],
    ];
    for (const [text, what] of errors) {
      const { diagnosis, message } = answer(text);
      expect(diagnosis?.kind, text).toBe('other');
      expect(holdsError(diagnosis!), text).toBe(true);
      expect(message.text).not.toMatch(/did not find an email error/);
      expect(message.text).toMatch(what);
      expect(message.metadata?.event_payload.scenario).toBe('not-relaying-denied');
    }
  });

  it('still answer chatter with "nothing found"', () => {
    const { diagnosis, message } = answer(PASTES.chatter);
    expect(holdsError(diagnosis!)).toBe(false);
    expect(message.text).toMatch(/did not find an email error/);
    expect(message.metadata).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('RateLimiter allows N per sliding minute per key', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    expect([limiter.tryTake('C1'), limiter.tryTake('C1'), limiter.tryTake('C1'), limiter.tryTake('C2')]).toEqual([true, true, false, true]);
    now = 59_999;
    expect(limiter.tryTake('C1')).toBe(false);
    now = 60_000;
    expect(limiter.tryTake('C1')).toBe(true);
  });

  it('RateLimiter forgets keys with no event in the last minute', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    for (let i = 0; i < 1000; i += 1) limiter.tryTake(`C${i}`);
    expect(limiter.size).toBe(1000);
    now = 30_000;
    limiter.tryTake('C0');
    now = 60_000;
    limiter.tryTake('C1');
    // C0's second event is 30 s old; every other key's only event is a minute old.
    expect(limiter.size).toBe(2);
    expect([limiter.tryTake('C0'), limiter.tryTake('C0')]).toEqual([true, false]);
  });

  it('ReplyMemory keeps the newest entries only', () => {
    const memory = new ReplyMemory(2);
    memory.remember('C', '1', 'r1');
    memory.remember('C', '2', 'r2');
    memory.remember('C', '3', 'r3');
    expect([memory.replyTo('C', '1'), memory.replyTo('C', '2'), memory.replyTo('C', '3')]).toEqual([undefined, 'r2', 'r3']);
  });

  it('tsBefore compares message timestamps exactly', () => {
    expect(tsBefore('1700000001.000001', '1700000001.000002')).toBe(true);
    expect(tsBefore('1700000001.000002', '1700000001.000002')).toBe(false);
    expect(tsBefore('999999999.999999', '1700000000.000000')).toBe(true);
    expect(tsBefore('1700000001.1', '1700000001.000002')).toBe(false);
  });

  it('strips only the bot\'s own mentions', () => {
    expect(withoutBotMention('<@U0BOT> 550 <@U0BOT|relaydenied> for <@U0OTHER>', 'U0BOT')).toBe('550   for <@U0OTHER>');
    expect(mentionsBot('hi <@U0BOT|relaydenied>', 'U0BOT')).toBe(true);
    expect(mentionsBot('hi <@U0BOTX>', 'U0BOT')).toBe(false);
  });

  it('authorOf tells self, listed bots, other bots and people apart', () => {
    const settings = { watchBotIds: new Set(['B0LISTED']) } as unknown as BotSettings;
    const context = { botId: 'B0SELF', botUserId: 'U0SELF' };
    expect(authorOf({ user: 'U0SELF', bot_id: 'B0SELF' }, context, settings)).toBe('self');
    expect(authorOf({ subtype: 'bot_message', bot_id: 'B0SELF' }, context, settings)).toBe('self');
    expect(authorOf({ subtype: 'bot_message', bot_id: 'B0LISTED' }, context, settings)).toBe('listed-bot');
    expect(authorOf({ bot_id: 'B0OTHER', user: 'U0X' }, context, settings)).toBe('bot');
    expect(authorOf({ user: 'U0PERSON' }, context, settings)).toBe('person');
  });
});
