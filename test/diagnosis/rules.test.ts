import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { RULE_DATA, RULES } from '../../src/diagnosis/rules/index.js';
import { compileRules, joinPatterns } from '../../src/diagnosis/rules/schema.js';

describe('rule tables', () => {
  it('load and validate: unique ids, readable names', () => {
    expect(RULES.length).toBe(RULE_DATA.length);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('reject a malformed rule with a message that names the problem', () => {
    expect(() => compileRules([{ id: 'bad', name: 'A bad rule', target: 'relay', weight: 0.5, patterns: ['(unclosed'] }])).toThrow(/regular expression/);
    expect(() => compileRules([{ id: 'both', name: 'Both kinds', target: 'relay', weight: 0.5, patterns: ['x+'], feature: 'auth:none' }])).toThrow(/either a feature or patterns/);
    expect(() => compileRules([{ id: 'zero', name: 'Weighs nothing', target: 'relay', weight: 0, feature: 'auth:none' }])).toThrow(/weight 0/);
    expect(() => compileRules([{ id: 'x', name: 'Unknown target', target: 'sideways' as 'relay', weight: 0.5, feature: 'auth:none' }])).toThrow();
    // (a guard word with a blank in it could miss: a pattern's blank stands for any white space)
    expect(() => compileRules([{ id: 'two-words', name: 'Two-word guard', target: 'relay', weight: 0.5, patterns: ['à la fois'], needs: ['à la fois'] }])).toThrow(/one word/);
    const dup = { id: 'same', name: 'Same id', target: 'relay' as const, weight: 0.5, feature: 'auth:none' };
    expect(() => compileRules([dup, dup])).toThrow(/duplicate/);
    // (V8 leaves an expression over 20 KB of source unoptimized: the rule is split before it gets there)
    expect(() => compileRules([{ id: 'long', name: 'Too long', target: 'relay', weight: 0.5, patterns: Array.from({ length: 1200 }, (_, i) => `word${i}[ \\t]+x`) }])).toThrow(/split the rule/);
  });
});

describe('relay phrases of each MTA are recognised', () => {
  const phrases = [
    '554 5.7.1 <a@b.example>: Relay access denied',
    '550 5.7.1 Unable to relay',
    '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
    '550 relay not permitted',
    "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    '550 5.7.1 <a@b.example>... Relaying denied. Proper authentication required.',
    '550 5.7.1 Relaying denied. IP name lookup failed [192.0.2.254]',
    '550 5.7.0 Recipient address rejected: No relaying',
    '501 RCPT TO not accepted: 5.7.1 This system is not configured to relay mail',
    '550 Insecure Mail Relay',
    "550 we don't handle mail for that domain",
    '550-host is not permitted to relay through this server without authentication.',
    '454 4.7.1 <a@b.example>: Relay access denied',
    // localised servers and clients
    '550 5.7.1 Relay nicht erlaubt',
    '550 5.7.1 ретрансляция запрещена',
    '550 przekazywanie poczty zabronione',
    '发送失败：中继被拒绝 (550 5.7.1)',
    '傳送失敗：拒絕中繼 550',
    'エラー: リレーは許可されていません 550 5.7.1',
    '오류: 릴레이 거부됨 (550 5.7.1)',
  ];
  for (const phrase of phrases) {
    it(phrase, () => expect(diagnose(phrase).scenario).not.toBe('not-relaying-denied'));
  }
});

describe('look-alikes are not relay refusals', () => {
  const lookAlikes: Array<[string, string]> = [
    ['550 5.7.1 Message rejected due to content restrictions', 'policy'],
    ['550 5.7.26 Unauthenticated email is not accepted due to domain DMARC policy', 'policy'],
    // A Postfix access rule (check_recipient_access): a policy; Exchange Online's 5.4.1 says the same of a recipient it does not have.
    ['554 5.7.1 Recipient address rejected: Access denied', 'policy'],
    ['550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors', 'unknown-user'],
    ['550 5.7.1 Access denied', 'policy'],
    ['550 5.1.1 <a@privaterelay.appleid.com>: user not found', 'unknown-user'],
    ['This message was created automatically by the SMTP relay on mx.example: 550 5.1.1 user unknown', 'unknown-user'],
    ['535 5.7.0 Mailgun is not loving your login or password', 'auth-failure'],
    ["421 Domain sandbox123abc.mailgun.org is not allowed to send: Please add the address to authorized recipients", 'sandbox'],
    ['421 4.7.28 Our system has detected an unusual rate of unsolicited mail, rate limited', 'rate-limit'],
    ['552 5.2.2 Mailbox over quota', 'mailbox-full'],
  ];
  for (const [text, kind] of lookAlikes) {
    it(`${text} → ${kind}`, () => {
      const d = diagnose(text);
      expect(d.scenario).toBe('not-relaying-denied');
      expect(d.kind).toBe(kind);
    });
  }
});


describe('an optional space in a rule (`black ?list`)', () => {
  it('matches with and without the space, and across a line break', () => {
    for (const text of ['550 Your IP is blacklisted', '550 listed on a black list', '452 4.2.2 mailbox overquota', '421 ratelimited, slow down', '550 5.7.1 we cannot relay for you', '550 5.7.1 can not relay']) {
      expect(diagnose(text).evidence.length, text).toBeGreaterThan(0);
    }
    expect(joinPatterns(['black ?list']).test('black\nlist')).toBe(true);
  });
});

describe('joinPatterns', () => {
  it('lets a space between words match any whitespace, but keeps a space inside a character class', () => {
    const re = joinPatterns(['relay denied', 'x[ \\t]y']);
    expect(re.test('relay\n   denied')).toBe(true);
    expect(re.test('x y')).toBe(true);
    expect(re.test('x\ny')).toBe(false);
  });
});

describe("Exchange's queue: a port 25 connection that never opened (review 69a)", () => {
  it('is a failed connection, whatever the person calls it', () => {
    const d = diagnose('They call it "the relaying denied problem again".\nLastError     : 441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." The last endpoint attempted was 34.149.236.64:25\nSend connector: smart host smtp.mailgun.org, port 25');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('other');
  });
});

describe('a firewall log and a support note that equates a code with a relay phrase (review 69b)', () => {
  it("reads a firewall's dropped connection to port 587 as a failed connection, not a policy refusal", () => {
    const d = diagnose('date=2024-06-17 time=13:05:22 devname="FGT60F" type="traffic" subtype="forward" dstip=34.160.12.88 dstport=587 action="deny" policyid=7 policytype="policy" policyname="block-smtp-relay-access" msg="relay access denied by policy"\nError: Connection timeout\n  code: \'ETIMEDOUT\',\n  command: \'CONN\'');
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('other');
    expect(d.evidence.map((e) => e.rule)).toContain('A firewall blocked the connection to the mail server');
  });

  it("sets aside '5.7.1 again → relaying denied article?' beside a block-list refusal", () => {
    const d = diagnose('[14:10] Jess: 5.7.1 again → relaying denied article? their webhook logged this:\nevent=bounced&recipient=t%40media.example&code=550&error=5.7.1+Service+unavailable%2C+Client+host+%5B198.61.254.77%5D+blocked+using+Spamhaus.');
    expect(d.kind).toBe('blocked');
  });
});
