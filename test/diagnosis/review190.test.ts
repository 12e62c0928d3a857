/** Review rounds 190a-b: localized bounces' labels, a logs panel's enhanced code after a gap, a plugin's region setting, counts. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { REPLY_CODE } from '../../src/diagnosis/patterns.js';

describe('localized Outlook bounces', () => {
  it("reads the recipient after Czech's longer lead, and the remote server label (b190-10)", () => {
    const d = diagnose('Doručení zprávy následujícím příjemcům nebo skupinám se nezdařilo:\n\nobjednavky@post.strojirny.example\n\nobjednavky@post.strojirny.example\nVzdálený server: mxb.eu.mailgun.org\nVzdálený server vrátil \'550 5.7.1 Relaying denied\'');
    expect(d.facts).toMatchObject({ recipient: 'objednavky@post.strojirny.example', host: 'mxb.eu.mailgun.org' });
    expect(d.scenario).toBe('mailgun-incoming');
  });

  it("reads the Greek remote server label (b190-33)", () => {
    const d = diagnose("Η παράδοση στους παρακάτω παραλήπτες ή ομάδες απέτυχε:\n\npromitheies@ktima.example.gr\n\nΑπομακρυσμένος διακομιστής: mail.ktima.example.gr\nΟ απομακρυσμένος διακομιστής επέστρεψε '552 5.2.2 <promitheies@ktima.example.gr>: Recipient address rejected: Mailbox full'");
    expect(d.facts).toMatchObject({ recipient: 'promitheies@ktima.example.gr', host: 'mail.ktima.example.gr', hostRole: 'other' });
  });
});

describe("a logs panel's status split by a gap (b190-18)", () => {
  it('keeps the enhanced code after the reply code', () => {
    const d = diagnose('Failed   okt 3, 2024 14:02:37   a@mg.shop.example → inkoop@bakker.example\n  Severity: permanent     Reason: generic\n  Delivery status: 550  5.7.1\n  Message: Unable to relay\n  MX host: mail.bakker.example');
    expect(d.facts).toMatchObject({ replyCode: 550, enhancedCode: '5.7.1' });
    expect(d.scenario).toBe('recipient-host');
  });

  it('still ends a value at a gap before another label', () => {
    const d = diagnose('  Severity: permanent     Reason: generic\n  Delivery status: 550     Attempt: 1\n  Message: Unable to relay\n  MX host: mail.bakker.example');
    expect(d.facts.severity).toBe('permanent');
  });
});

describe('region', () => {
  it('reads "Region: U.S./North America" (Mailgun for WordPress, b190-35), not an AWS region', () => {
    expect(diagnose('Mailgun "Test Configuration" failed. 401 Forbidden\nRegion: U.S./North America, Mailgun Domain Name: mg.x.example').facts.region).toBe('us');
    expect(diagnose('Mailgun "Test Configuration" failed. 401 Forbidden\nregion: us-east-1').facts.region).not.toBe('us');
  });
});

describe('a count is no reply code (c187-13)', () => {
  it.each(['we have ~400 bookings a day', 'about 450 customers', '500 orders per day', '~550 sends'])('"%s"', (words) => {
    expect(REPLY_CODE.test(words)).toBe(false);
  });

  it('still reads a reply code before words', () => {
    expect(REPLY_CODE.exec('550 bounced mail')?.[1]).toBe('550');
  });
});
