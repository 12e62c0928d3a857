/** Review rounds 189a-c: bounces and chatter in less-covered languages, first-time users' thin pastes. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe("a person's quoted guess beside the server's other error", () => {
  const event = 'event: failed\nseverity: permanent\nrecipient: s.kuznetsov@yandex.ru\ndelivery-status.code: 550\ndelivery-status.message: 5.7.1 No such user!\ndelivery-status.mx-host: mx.yandex.ru';

  it('sets aside a quoted question closed by a full stop mid-line (b189-30)', () => {
    const d = diagnose(`Ребята, клиент говорит "Mailgun пишет 5.7.1, это же relaying denied?". Событие из их логов:\n\n${event}`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('unknown-user');
  });

  it('sets aside a question in corner brackets with a full-width mark (b189-31)', () => {
    const d = diagnose("yamamoto@sakura.example\nmx.sakura.example\nRemote Server returned '550 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using zen.spamhaus.org'\n\n「5.7.1だからリレー拒否では？」とお客様は言っていますが、ブラックリストの件だと思います。");
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
  });

  it('keeps an unquoted report that goes on after its question mark, and a quoted relay refusal with no other error', () => {
    expect(diagnose('Customer gets relaying denied since Monday? Not sure why. 550 5.1.1 user unknown').scenario).not.toBe('not-relaying-denied');
    expect(diagnose('клиент говорит "это же relaying denied?". Больше ничего не прислал.').scenario).not.toBe('not-relaying-denied');
  });
});

describe("a mail program's authentication method set to none", () => {
  const dialog = (setting: string) => `Sending of the message failed.\nThe mail server responded: 5.7.1 Relaying denied.\nOutgoing server: smtp.mailgun.org, port 587, STARTTLS\n${setting}`;

  it.each([
    'Authentication method: No authentication',
    'Authentifizierungsmethode: Keine Authentifizierung',
    'Hitelesítési mód: Nincs hitelesítés',
    'Bei "Authentifizierungsmethode" steht "Keine Authentifizierung".',
  ])('reads "%s" as a session that did not log in (b189-08, c189-04)', (setting) => {
    const d = diagnose(dialog(setting));
    expect(d.facts.authAttempted).toBe(false);
    expect(d.scenario).toBe('mailgun-outgoing');
  });

  it('not a note that no login is required', () => {
    expect(diagnose(dialog('Their docs: no authentication required on port 25 from the office')).facts.authAttempted).not.toBe(false);
  });
});

describe('recipients named by localized bounces', () => {
  it.each([
    ['Dutch Outlook', 'Het bericht kan niet worden bezorgd bij de volgende geadresseerde of geadresseerden:\n\nretour@tuinshop.example\nDe externe server heeft uw bericht geweigerd.'],
    ['Greek Outlook', 'Η παράδοση απέτυχε σε αυτούς τους παραλήπτες ή ομάδες:\n\nretour@tuinshop.example\nΟ διακομιστής παραλήπτη απέρριψε το μήνυμά σας.'],
    ['Czech Seznam', 'Vaši zprávu se nepodařilo doručit následujícím příjemcům:\n\n<retour@tuinshop.example>\n  Server příjemce odmítl zprávu přijmout.'],
    ['Japanese Outlook', '次の受信者またはグループへの配信に失敗しました:\n\nretour@tuinshop.example\n受信者のメール システムでメッセージが拒否されました。'],
    ['Hungarian Thunderbird', 'A levelezőkiszolgáló válasza:\n5.7.1 Relaying denied.\nEllenőrizze az üzenet címzettjét („retour@tuinshop.example”), majd próbálja újra.'],
  ])('%s (b189-10, -12, -13, -31, -08)', (_name, lead) => {
    const d = diagnose(`${lead}\n\nRemote Server returned '550 5.7.1 Relaying denied'\n\nsender@shop.example wrote to them`);
    expect(d.facts.recipient).toBe('retour@tuinshop.example');
  });
});

describe('round 189c: thin pastes', () => {
  it("reads the legacy logs row whose server response was copied onto its own line (c189-05)", () => {
    const d = diagnose("je vois ça dans les logs\n\nFailed: postmaster@mg.shop.example → jean@cabinet.example 'Commande #2231'\nServer response: 554 5.7.1 <jean@cabinet.example>: Relay access denied");
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts).toMatchObject({ event: 'failed', recipient: 'jean@cabinet.example' });
  });

  it('reads a recipient a localized bounce names in words (c189-13)', () => {
    const d = diagnose('Wiadomość nie została dostarczona do faktury@mg.firma.example.\nmxa.eu.mailgun.org odpowiedział: 550 5.7.1 Relaying denied');
    expect(d.facts.recipient).toBe('faktury@mg.firma.example');
  });

  it.each(['To nasza wina?', 'is it us?', "c'est de notre faute ?", 'Ligt het aan ons'])('hears "%s" as asking whose side', (question) => {
    expect(diagnose(`550 5.7.1 Relaying denied\n${question}`).facts.ownSideAsked).toBe(true);
  });

  it('reads a contact form plugin as WordPress, and PHPMailer code as PHPMailer (c189-01)', () => {
    const error = 'SMTP Error: The following recipients failed: jane@bikes.example: Relaying denied';
    expect(diagnose(`our website contact form plugin shows this:\n${error}\nhost smtp.mailgun.org`).facts.client).toBe('wordpress');
    expect(diagnose(`${error}\n$mail->Host = 'smtp.mailgun.org';`).facts.client).toBe('phpmailer');
  });
});
