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

describe('code review 53: what the round-189/190 readers must not hear', () => {
  const rules = (text: string) => diagnose(text).evidence.map((e) => e.rule);

  it('"some of our users get this when they send" is no refusal of some recipients', () => {
    expect(rules('Some of our users get this error when they send from our app: 550 5.7.1 Relaying denied')).not.toContain('The paste says only some recipients were refused');
    expect(rules('a couple of people (not everyone) got an error: 550 relaying not allowed')).toContain('The paste says only some recipients were refused');
  });

  it('"we tried to email users" is no bounce someone writing to us got', () => {
    expect(rules("We tried to email users about tonight's maintenance and every send fails: 550 5.7.1 Relaying denied")).not.toContain('The person forwards a bounce that someone writing to them got');
    expect(rules('a customer forwarded me this when they tried to email our support address: 550 5.7.1 Relaying denied')).toContain('The person forwards a bounce that someone writing to them got');
  });

  it('", who will fix ..." asks nothing', () => {
    expect(rules('Our agency, who will fix the DNS next week anyway, sent me this: 550 5.7.1 Relaying denied')).not.toContain('The paste asks who has to fix it or whom to call');
  });

  it('another CMS\'s contact form plugin is not WordPress', () => {
    expect(diagnose("Our Craft CMS site's contact form plugin (Freeform) sends through smtp.mailgun.org:587 and fails: 550 5.7.1 Relaying denied").facts.client).not.toBe('wordpress');
  });

  it('"EU I think, or was it US?" asks about the region, not whose side', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nI set the domain up in EU I think, or was it US?').facts.ownSideAsked).toBe(false);
  });

  it('"no authentication is required" is no setting of a session', () => {
    expect(diagnose('Relay connector note: no authentication is required from the 10.0.5.0/24 range.\n550 5.7.1 Unable to relay\nsmtp.mailgun.org').facts.authAttempted).not.toBe(false);
  });

  it('signing up for another plan is no trial', () => {
    const sandbox = '421 Domain sandbox1234abcd.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.';
    expect(rules(`I just signed up for the new Flex plan.\n${sandbox}`)).not.toContain('The paste says Mailgun is being tried out');
    expect(rules(`I just signed up for Mailgun.\n${sandbox}`)).toContain('The paste says Mailgun is being tried out');
  });

  it("an auth object in one branch of a ternary is not always passed", () => {
    const text = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nconst opts = process.env.PROD ? { host: 'smtp.mailgun.org', auth: { user: process.env.MG_USER, pass: process.env.MG_PASS } } : { host: 'localhost' };";
    expect(rules(text)).not.toContain("nodemailer's auth object is always set, its login read from a variable");
  });
});
