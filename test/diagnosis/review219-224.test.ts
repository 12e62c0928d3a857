/** Review rounds 219-224 and the session's code review: what the diagnosis sets aside, and what it must not. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const BOUNCE = [
  'Reporting-MTA: dns; smtp-out.mailgun.org',
  'Final-Recipient: rfc822; anna@partner-example.de',
  'Action: failed',
  'Remote-MTA: dns; mx.partner-example.de',
  'Diagnostic-Code: smtp; 550 5.7.1 <anna@partner-example.de>: Relaying denied',
].join('\n');

describe('a paste taken back, or pointed to', () => {
  it('"the one I actually need help with" sets aside the error above it when the one meant follows (r219b-13 shape)', () => {
    const text = `First one they already sorted:\n\n  535 5.7.0 Mailgun is not loving your login or password\n\nThe one I actually need help with is this bounce:\n\n<tickets@in.example.app>:\nRemote host said: 550 5.7.1 Relaying denied [RCPT_TO]\nRemote-MTA: dns; mxb.mailgun.org`;
    expect(diagnose(text).scenario).toBe('mailgun-incoming');
  });

  it('"the one we need help with is the relaying denied above" keeps the bounce above: nothing follows it', () => {
    const d = diagnose(`${BOUNCE}\n\nThe one we need help with is the relaying denied above.`);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.host).toBe('mx.partner-example.de');
  });

  it('"... the relaying denied one above, the 535 from last week is fixed" keeps the bounce too', () => {
    expect(diagnose(`${BOUNCE}\n\nThe one we need help with is the relaying denied one above, the 535 from last week is fixed.`).scenario).toBe('recipient-host');
  });
});

describe('who the customer is: the person\'s own mail, or their customer\'s', () => {
  const rule = "The paste says the person's own mail to someone fails";
  const fires = (text: string) => diagnose(`${text}\n550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown`).evidence.some((e) => e.rule === rule);

  it('reads "our client update emails to one company", "nos factures à"', () => {
    expect(fires('A few of our client update emails to one company keep failing.')).toBe(true);
    expect(fires('Nos factures à ce client reviennent.')).toBe(true);
  });

  it('not a customer\'s own mail told of, nor DNS updates, nor mail coming in ("nos envían correos a")', () => {
    expect(fires('Our customer says their emails to bob@example.org fail.')).toBe(false);
    expect(fires('After our DNS updates to the SPF record it started.')).toBe(false);
    expect(fires('Nos envían correos a ventas@example.com y rebotan.')).toBe(false);
  });
});

describe('facts read in rounds 219-223', () => {
  it("a Go net/smtp call's recipients list, not its sender (r223a-03 shape)", () => {
    const d = diagnose('2024/05/15 08:12:44 otp: smtp.SendMail("smtp.eu.mailgun.org:587", nil, "no-reply@mg.pay.example", [andrea@yahoo.com.mx])\n550 5.7.1 Relaying denied');
    expect(d.facts.recipient).toBe('andrea@yahoo.com.mx');
  });

  it('a log page\'s bare "Code 550" label gives way to the reply under it (r220a-35 shape)', () => {
    const d = diagnose('Failed (permanent) — gp@surgery.example.nhs.uk\nCode 550\n550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A6C.eurprd04.prod.outlook.com]');
    expect(d.facts.enhancedCode).toBe('5.4.1');
  });

  it('MAILGUN_REGION=eu in the settings is the region (r222b-22 shape)', () => {
    expect(diagnose('environment:\n  - MAILGUN_REGION=eu\n  - MAILGUN_DOMAIN=mg.shop.example\nevent: failed\nrecipient: a@b.example\ndelivery-status: 550 5.7.1 Relay access denied\nmx-host: mx.b.example').facts.region).toBe('eu');
  });
});

describe('round 224: the refused address said in words, and said to be right', () => {
  it.each([
    ['failing recipient per their job payload was ops@brightlane.example', 'ops@brightlane.example'],
    ["Adresse refusée d'après leurs logs : compta@lefevre.example", 'compta@lefevre.example'],
    ['Die Nachricht konnte nicht an info@lieferant.example gesendet werden.', 'info@lieferant.example'],
  ])('%s', (words, address) => {
    expect(diagnose(`${words}\n550 5.7.1 Relaying denied`).facts.recipient).toBe(address);
  });

  it.each([
    "Our customer already confirmed the address with Harbor by phone, it's correct.",
    "Nous avons déjà vérifié l'adresse avec eux par téléphone, elle est correcte.",
  ])('"%s" says the address is right', (words) => {
    expect(diagnose(`${words}\n<dispatch@harbor.example>: host mail.harbor.example said: 550 relay not permitted`).facts.addressConfirmed).toBe(true);
  });
});

