/**
 * Round 254: an ordinary week, adversarial pastes on the newest readings, and text read off screenshots. The flaws it found:
 * OCR's "rn" for "m" in "relay not perrnitted" and "rnxa.mailgun.org" not repaired; one copy of an address damaged by OCR
 * ("k.schrnidt@", "bi11ing@", "tom.whitfie1d@gmai1.com") read beside its clean copy as a second address, or taken as the
 * recipient; Outlook's German popup's "Konto: 'a@x'" and a refusal's "Contact postmaster@x" taken as the recipient; a logs
 * row's "a@x → b@y" under a heading the page words otherwise not read; an Outlook popup not read as shown while sending;
 * "что ответить клиенту? он по-английски не читает" answered in English; a content filter's refusal called a DMARC or SPF
 * refusal.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('text read off screenshots', () => {
  it('"relay not perrnitted" from the university\'s server: a relay refusal there', () => {
    const diagnosis = diagnose(paste('r254c-18'));
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts.ocrRepaired).toBe(true);
  });

  it('a damaged copy of an address beside its clean one: one address, the clean one', () => {
    const gmail = diagnose(paste('r254c-15')).facts;
    expect(gmail.recipient).toBe('tom.whitfield@gmail.com');
    expect(gmail.recipients).toEqual(['tom.whitfield@gmail.com']);
    const partner = diagnose(paste('r254c-09')).facts;
    expect(partner.recipients).toEqual(['k.schmidt@partnerwerk-gmbh.de']);
    expect(partner.host).toBe('mail.partnerwerk-gmbh.de');
    expect(diagnose(paste('r254c-11')).facts.recipient).toBe('billing@oldtown-hardware.us');
  });

  it('the person\'s own correction, "should be luminacreative.co": the address as corrected', () => {
    expect(diagnose(paste('r254c-13')).facts.recipient).toBe('contact@luminacreative.co');
    expect(diagnose(paste('r254c-03')).facts.recipient).toBe('jana.novak@example-client.cz');
  });

  it('"Servidor remoto: rnxa.mailgun.org": Mailgun\'s mxa', () => {
    expect(diagnose(paste('r254c-08')).facts.host).toBe('mxa.mailgun.org');
  });

  it('Outlook\'s German popup: the refused address, not the account\'s "Konto: \'a@x\'"', () => {
    expect(diagnose(paste('r254c-01')).facts.recipient).toMatch(/^bestellung@cafe-/);
  });

  it('"Your message to a@x has been blocked ... Contact postmaster@x": a@x', () => {
    expect(diagnose(paste('r254c-16')).facts.recipient).toBe('r.alvarez@cobaltridge.com');
  });

  it('a logs row "⚠ Temporary failure   Nov 29 ...   a@x → b@y": b@y', () => {
    expect(diagnose(paste('r254c-17')).facts.recipient).toBe('s_kowalski77@yahoo.com');
  });
});

describe('the newest readings, read adversarially', () => {
  it('"gets this Outlook popup": shown while sending, the question is the program\'s outgoing server', () => {
    const reply = replyText(paste('r254b-16'));
    expect(reply).toContain('seen while sending');
    expect(reply).toContain('Which SMTP server is the sender set to use?');
    expect(reply).not.toContain('Where did you see this error?');
  });

  it('"что ответить клиенту? он по-английски не читает": the message in Russian', () => {
    expect(messageSection(replyText(paste('r254b-10')))).toMatch(/^What you can tell the customer\n-+\nПо-русски: /);
  });

  it('the only Route shown a letter off the refused address ("suport@"): the message gives the corrected expression', () => {
    expect(messageSection(replyText(paste('r254b-12')))).toContain('Please correct its expression to match_recipient("support@helpdesk.brightlane.co")');
  });

  it('a content filter\'s refusal (an attachment type) is answered as one, not as DMARC or SPF', () => {
    const reply = replyText(paste('r254b-02'));
    expect(reply).toContain("No: it is the receiving server's content filter refusing something in the message");
    expect(reply).not.toContain('No: it is a sender policy refusal (DMARC');
  });
});

describe('an ordinary week', () => {
  it('"some of our emails ... not all of them": only some mails refused, not the usual first cause', () => {
    const reply = replyText(paste('r254a-15'));
    expect(reply).toContain('Only some mails are refused, though');
    expect(reply).not.toContain('The most common cause is an application sending');
  });

  it('"Ons domein x heeft MX naar Mailgun": the domain is theirs, no "if it is not your domain"', () => {
    expect(replyText(paste('r254a-08'))).not.toContain('is not your domain');
  });

  it('a password the person cut short, MAIL_PASSWORD="3f9c...a71": no secret to rotate', () => {
    expect(diagnose(paste('r254a-16')).facts.secretsFound).toBe(false);
  });
});

describe('near misses of this round\'s new readings', () => {
  it('two clean names alike (mail and mall) stay two on an OCR\'d paste', () => {
    const { facts } = diagnose('OCR of the bounce:\n550 5.7.1 Relaying denied for bob@mall.example.com\nsent via smtp.rnailgun.org, cc mail.example.com');
    expect(facts.recipient).toBe('bob@mall.example.com');
  });

  it('a damaged address with no clean copy is left as read', () => {
    const { facts } = diagnose('OCR of the popup:\n550 5.7.1 Relaying denied\nThe rejected e-mail address was \'anna@cafe-l1ndenhof.at\'. Server: \'smtp.rnailgun.org\'');
    expect(facts.recipient).toBe('anna@cafe-l1ndenhof.at');
  });

  it('a password with dots in it is still a password; an AUTH PLAIN with its password still a secret', () => {
    expect(diagnose('MAIL_HOST=smtp.mailgun.org\nMAIL_PASSWORD="3f9c...a71x9q2...b"\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(true);
    // (\0postmaster@mg.example.com\0s3cretPass)
    expect(diagnose('C: AUTH PLAIN AHBvc3RtYXN0ZXJAbWcuZXhhbXBsZS5jb20AczNjcmV0UGFzcw==\nS: 535 Authentication failed').facts.secretsFound).toBe(true);
  });

  it('"contact john@x" told by the person is still a recipient', () => {
    expect(diagnose('I tried to contact john@partner.example and got 550 5.7.1 Relaying denied from smtp.mailgun.org').facts.recipient).toBe('john@partner.example');
  });
});
