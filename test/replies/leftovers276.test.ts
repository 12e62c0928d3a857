/**
 * Leftovers of rounds 275-276 taken up in the next session.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText, sectionOf } from './helpers.js';

describe("Postfix's password map in the customer message (r275c-07)", () => {
  it('in Kubernetes, the Spanish message names the map texthash: and the rollout, as the Fix line does, and no postmap run', () => {
    const message = sectionOf(replyText(fixturePaste('pastes275c', 'r275c-07')), 'In Spanish, as asked');
    expect(message).toContain('texthash:/etc/postfix/sasl/sasl_passwd');
    expect(message).toContain('kubectl rollout restart');
    expect(message).not.toContain('postmap /etc/postfix');
  });

  it('elsewhere, the message rebuilds the map its warning names, with its type', () => {
    const paste = [
      "Our Postfix box relays via Mailgun, smtp_sasl_auth_enable = yes is set. Can you write a short message for the customer's admin?",
      'Dec  8 10:02:17 relay1 postfix/smtp[412]: warning: lmdb:/etc/postfix/sasl/sasl_passwd is unavailable. open database /etc/postfix/sasl/sasl_passwd.lmdb: No such file or directory',
      'Dec  8 10:02:18 relay1 postfix/smtp[412]: 4F1A2B3C: to=<ops@kunde.example>, relay=smtp.mailgun.org[34.110.180.1]:587, delay=1.2, status=bounced (host smtp.mailgun.org[34.110.180.1] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))',
    ].join('\n');
    const message = messageSection(replyText(paste));
    expect(message).toContain('postmap lmdb:/etc/postfix/sasl/sasl_passwd');
    expect(message).toContain('the line in /etc/postfix/sasl/sasl_passwd');
    expect(message).not.toContain('texthash');
  });
});

describe("an Events page's relay item with an empty enhanced-code (r276a-03)", () => {
  it("takes no enhanced code from the next item's Gmail refusal; a struct's own message still gives its own", () => {
    expect(diagnose(fixturePaste('pastes276a', 'r276a-03')).facts.enhancedCode).toBeNull();
    expect(diagnose(fixturePaste('pastes133a', 'a133-27')).facts.enhancedCode).toBe('5.7.1');
  });
});
