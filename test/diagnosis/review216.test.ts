/** Review round 216: relay words that are no server's (a quarantine digest's rows, a phishing mail), and recipients in a fragment's field, in Arabic, and in a name said beside a typo. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('round 216', () => {
  it("reads a quarantine digest whose columns are runs of blanks as no refusal (r216b-32)", () => {
    const paste = 'Proofpoint Essentials — End User Digest\n\nSender                          Subject                                                   Score\nmailer-daemon@relay.example     Undeliverable: 550 5.7.1 Relaying denied - 4 messages held  Spam\nnoreply@support.example         Your Mailgun SMTP relay was denied, verify account now   Phishing';
    const diagnosis = diagnose(paste);
    expect(diagnosis).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
  });

  it('reads a phishing mail whose subject is a relay refusal as no refusal (r216b-33)', () => {
    const paste = 'From: Mailgun Support <security@notice.example>\nSubject: [Action Required] Relaying Denied: your domain has been suspended\n\nDear customer,\nDue to unusual activity, outbound relaying for your domain has been denied (550 5.7.1).\nTo restore service, verify your account credentials here:\nhttp://verify.example/login';
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'other' });
  });

  it('keeps a real refusal beside a digest that mentions spam elsewhere', () => {
    const paste = '<a@partner.example>: host mail.partner.example[203.0.113.9] said: 554 5.7.1 <a@partner.example>: Relay access denied (in reply to RCPT TO command)\nOur spam digest shows nothing for this one.';
    expect(diagnose(paste).scenario).not.toBe('not-relaying-denied');
  });

  it.each([
    ['"delivery-status": {\n  "code": 550,\n  "message": "5.7.1 Unfortunately, messages from [198.61.254.77] weren\'t sent. (S3150)"\n}\n"event": "failed", "severity": "permanent", "recipient": "kevin.b@outlook.example"', 'kevin.b@outlook.example'],
    ['لم يتم تسليم رسالتك إلى sales@mg.trading.example لأن الخادم البعيد رفضها.\n550 5.7.1 Relaying denied', 'sales@mg.trading.example'],
  ])('takes the recipient a paste names: %j (r216a-33, r216b-13)', (paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it('names the address a name said in the paste spells, a letter or two from the refused one (r216c-17)', () => {
    const paste = 'recipient: jhon.whitaker@gmail.com\n550 5.1.1 The email account that you tried to reach does not exist.\n\nhis name is John Whitaker btw';
    expect(diagnose(paste).facts.similarAddress).toBe('john.whitaker@gmail.com');
    expect(diagnose(paste.replace('John Whitaker', 'Peter Brown')).facts.similarAddress).toBeNull();
  });
});
