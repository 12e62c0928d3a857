/** Review round 189c: first-time users' thin pastes and their direct questions ("is it urgent?", "is it us?"). */
import { describe, expect, it } from 'vitest';
import { fixturePaste, INCOMING, leadOf, RECIPIENT_HOST, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste('pastes189c', name);
const replyTo = replyText;

describe('"is it urgent?" answered first, for the case the diagnosis settles', () => {
  it.each([
    ['c189-03', 'Is it urgent? Yes: mail sent to "support@help.acme-parts.io" is refused while no Route takes it'],
    ['c189-05', 'Is it urgent? Not for your sending as a whole: only mail to "cabinet-dupont.fr" is refused'],
    ['c189-08', 'Is it urgent? It can be: while the listing lasts'],
  ])('%s', (name, answer) => {
    expect(leadOf(replyTo(paste(name)))).toContain(answer);
  });

  it.each([
    `${INCOMING}\nIs this urgent?`,
    `${INCOMING}\nc'est grave ?`,
    `${INCOMING}\nIst das dringend?`,
    `${INCOMING}\n¿Es urgente?`,
    `${INCOMING}\nCzy to pilne?`,
  ])('in the person\'s language: %s', (text) => {
    expect(leadOf(replyTo(text))).toContain('Is it urgent? Yes');
  });

  it('says a temporary refusal is retried', () => {
    expect(leadOf(replyTo(`${RECIPIENT_HOST.replace('554 5.7.1', '451 4.7.1')}\nhow urgent is this?`))).toContain('Is it urgent? Not yet: the refusal is temporary');
  });

  it('asks nothing where no urgency is asked, nor for a bad setting', () => {
    expect(replyTo(INCOMING)).not.toContain('Is it urgent?');
    expect(replyTo(`${INCOMING}\nis it bad configuration on our side or theirs`)).not.toContain('Is it urgent?');
  });
});

describe('a count is no reply code (c187-13)', () => {
  it('answers the question on a line that also counts "~400 bookings a day"', () => {
    const text = fixturePaste('pastes187c', 'c187-13');
    expect(leadOf(replyTo(text))).toContain('Are other recipients affected? Every message this program sends');
  });
});

describe('only some recipients refused, side not shown (c189-10)', () => {
  it('points at the recipients\' own servers when asked whose side', () => {
    expect(leadOf(replyTo(paste('c189-10')))).toContain('Whose side is it on? Most likely not yours: only some recipients were refused');
  });

  it('not when every message failed', () => {
    expect(replyTo('the newsletter failed for everyone: "550 relaying not allowed". is this on our side?')).not.toContain('only some recipients were refused');
  });
});

describe("Gmail's refusal of mail that passed neither SPF nor DKIM (c189-16)", () => {
  it('names SPF and DKIM and the domain checked, and no DMARC policy', () => {
    const reply = replyTo(paste('c189-16'));
    expect(reply).toContain('Gmail refused the message because it passed neither SPF nor DKIM for mg.acmebakery.com');
    expect(reply).toContain('Send → Sending → Domains → mg.acmebakery.com');
    expect(reply).not.toContain('The refusal names DMARC');
  });

  it("keeps the DMARC answer for Gmail's DMARC 5.7.26", () => {
    const reply = replyTo("550 5.7.26 Unauthenticated email from acme.example is not accepted due to domain's DMARC policy. Please contact the administrator of acme.example domain.");
    expect(reply).not.toContain('passed neither SPF nor DKIM');
    expect(reply).toMatch(/DMARC/);
  });
});

describe('what people thought or set, answered', () => {
  it('says the API key is no SMTP login, with Laravel\'s own mailgun mailer (c189-14)', () => {
    const lead = leadOf(replyTo(paste('c189-14')));
    expect(lead).toContain("Isn't the API key enough? Not with MAIL_MAILER=smtp");
    expect(lead).toContain('MAIL_MAILER=mailgun');
  });

  it('checks the deployed transport first when the config always passes auth (c189-18)', () => {
    const reply = replyTo(paste('c189-18'));
    expect(reply).toContain('The configuration shown always passes auth');
    expect(reply).toContain('Fix: check first that the server runs the configuration shown');
  });

  it('keeps the variable fix for a transport whose auth depends on the variable', () => {
    const reply = replyTo("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\ncode: 'EENVELOPE'\nhost: 'smtp.mailgun.org', auth: process.env.MG_USER ? { user: process.env.MG_USER, pass: process.env.MG_PASS } : undefined");
    expect(reply).not.toContain('always passes auth');
  });

  it("gives a contact form plugin's settings, not PHP code (c189-01)", () => {
    const reply = replyTo(paste('c189-01'));
    expect(reply).toContain('WordPress SMTP plugin');
    expect(reply).not.toContain('$mail->SMTPAuth');
  });

  it('puts the authorized recipient first for someone trying Mailgun out (c189-07)', () => {
    const steps = replyTo(paste('c189-07')).split('What to do')[1]!;
    expect(steps.indexOf('For a test only')).toBeLessThan(steps.indexOf('send from a domain of your own'));
    const notTrial = replyTo(paste('c189-07').replace('Testing Mailgun for the first time, I signed up yesterday.', 'Our app is live.')).split('What to do')[1]!;
    expect(notTrial.indexOf('send from a domain of your own')).toBeLessThan(notTrial.indexOf('For a test only'));
  });

  it("names the password's usual mix-ups under a refused login (c189-06)", () => {
    expect(replyTo(paste('c189-06'))).toContain("not an API key, nor the password you sign in to Mailgun with");
  });

  it('drops the "not your domain" hedge when a customer wrote to the person (c189-03)', () => {
    expect(replyTo(paste('c189-03'))).not.toContain('is not your domain');
  });
});
