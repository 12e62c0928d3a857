/** Review round 215: pastes beyond the Latin script (163.com's throttling, QQ's and Google's recipients in other words), Mailgun's own data (an API host's "Domain not found"), and a person's "like last time" quote beside a block. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('round 215', () => {
  it("does not take a person's 'like last time, with \"relaying denied\"' for the refusal beside a real block-list refusal (r215c-08)", () => {
    const paste = '<mario.rossi@libero.example>: host smtpin.libero.example[213.209.1.129] said: 554 5.7.1\n    Service unavailable; Client host [198.61.254.21] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)\n\nMi hanno hackerato la mail?? C\'è scritto 5.7.1 come l\'altra volta con "relaying denied".';
    const diagnosis = diagnose(paste);
    expect(diagnosis.kind).toBe('blocked');
    expect(diagnosis.facts).toMatchObject({ host: 'smtpin.libero.example', replyCode: 554 });
  });

  it("reads NetEase's 'RP:QRC ... 发送频率过快' as a rate limit (r215a-32)", () => {
    expect(diagnose('delivery-status: code=451 message="RP:QRC 163 mx48 发送频率过快，请稍后重试"').kind).toBe('rate-limit');
  });

  it.each([
    ['收  件  人 : "售后" <aftersale@mail.shop.example>\n550 5.7.1 Relaying denied', 'aftersale@mail.shop.example'],
    ['Si è verificato un problema durante il recapito del messaggio a assistenza@supporto.example.\n550 5.7.1 Relaying denied', 'assistenza@supporto.example'],
    ['Il messaggio non è stato recapitato a ufficio.cultura@comune.example\n550 5.7.1 Relaying denied', 'ufficio.cultura@comune.example'],
  ])('takes the recipient a bounce names in its own words: %j (r215a-11, r215b-15, r215c-13)', (paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it('reads the direction said unknown in Hebrew, beside Routes, as undetermined (r215a-27)', () => {
    const paste = 'Delivery failed: 550 5.7.1 Relaying denied\n\nהוא לא יודע להגיד אם זה היה כששלח אלינו או כשהמערכת שלנו שלחה לו אישור הזמנה. אנחנו שולחים דרך Mailgun וגם מקבלים דרכו (routes).';
    expect(diagnose(paste).scenario).toBe('undetermined');
  });

  it('does not take the region of an API host that answered "Domain not found" (r215b-26)', () => {
    const paste = '$ curl -s --user \'api:***\' "https://api.mailgun.net/v3/mg.notes.example/events"\n{"items":[],"paging":{}}\n$ curl -s --user \'api:***\' "https://api.eu.mailgun.net/v3/mg.notes.example/events"\n{"message":"Domain not found: mg.notes.example"}\n\nThey say: 550 5.7.1 Relaying denied';
    expect(diagnose(paste).facts.region).toBe('us');
  });

  it("takes a catch_all() back when an Italian 'no aspetta, l'hanno cancellata' follows it (r215b-15)", () => {
    const paste = "<a@x.example>: host mxa.mailgun.org said: 550 5.7.1 Relaying denied\nIl cliente ha solo una route catch_all() ma con priorità... no aspetta, l'hanno cancellata ieri.";
    expect(diagnose(paste).facts).toMatchObject({ routes: [], goneRoutes: ['catch_all()'] });
  });

  it("reads a Ricoh's 'Skan do e-mail' with 'Uwierzytelnianie SMTP: Wył.' as a printer sending without a login (r215c-14)", () => {
    const paste = 'Nasza drukarka-skaner (Ricoh) przestała wysyłać skany mailem.\nSkan do e-mail: Błąd\nSerwer SMTP: smtp.eu.mailgun.org\nUwierzytelnianie SMTP: Wył.\nKod błędu: 550 5.7.1 Relaying denied';
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts).toMatchObject({ client: 'printer', authAttempted: false });
  });

  it("keeps the person's own question after an Outlook bounce's original headers (r215c-11)", () => {
    const paste = 'Remote Server returned \'550 5.7.1 Relaying denied\'\nOriginal message headers:\nReceived: from BN8PR12MB3345.outlook.example\nRemote-MTA: dns; mxb.mailgun.org\n\nwill other customers\' orders bounce too?';
    expect(diagnose(paste).evidence.map((e) => e.rule)).toContain('The paste asks whether other mail or recipients are affected too');
  });
});
