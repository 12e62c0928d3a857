/** Review rounds 193-195: an error quoted from a previous thread, code-less bounce reasons, mail program dialogs and people's words in other languages, and their questions. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const rules = (text: string) => diagnose(text).evidence.map((e) => e.rule);

describe('round 193', () => {
  it('sets aside a relay refusal quoted from a previous thread beside the API error the customer gets now (b193-36)', () => {
    const now = "The client is moving from SMTP to the API after our advice in the previous thread and now gets this:\n\n$ curl -s --user 'api:key-xxxxxxxx' https://api.eu.mailgun.net/v3/mg.shop.example/messages -F to='a@gmail.com'\nForbidden\n\nHTTP/1.1 401 Unauthorized\n\n";
    const english = diagnose(`${now}> (quote from the previous thread) We get 550 5.7.1 Relaying denied from smtp.eu.mailgun.org, what to do?\n> -> Please use the SMTP credentials or the API.`);
    expect([english.scenario, english.kind]).toEqual(['not-relaying-denied', 'api-auth']);
    const polish = diagnose("Klient przechodzi z SMTP na API i teraz ma to:\n\n$ curl -s --user 'api:key-xxxxxxxx' https://api.eu.mailgun.net/v3/mg.shop.example/messages\nForbidden\n\nHTTP/1.1 401 Unauthorized\n\n> (cytat z poprzedniego wątku) Dostajemy 550 5.7.1 Relaying denied z smtp.eu.mailgun.org, co robić?");
    expect([polish.scenario, polish.kind]).toEqual(['not-relaying-denied', 'api-auth']);
    // (the same refusal, told as today's, is still the answer)
    expect(diagnose('We get 550 5.7.1 Relaying denied from smtp.eu.mailgun.org, what to do?').scenario).toBe('mailgun-outgoing');
  });

  it("reads Exim's bounce reason under the address with no code, 'mailbox is full: retry timeout exceeded' (b193-32)", () => {
    const d = diagnose('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  office@clinic.example\n    mailbox is full: retry timeout exceeded\n');
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'mailbox-full']);
  });

  it.each([
    ["拒否された電子メール アドレス: 'yamamoto@kensetsu.example'", 'yamamoto@kensetsu.example'],
    ["Die abgelehnte E-Mail-Adresse war 'k.maier@bau.example'.", 'k.maier@bau.example'],
    ["L'adresse de messagerie refusée était 'k.maier@bau.example'.", 'k.maier@bau.example'],
    ["La dirección de correo electrónico rechazada fue 'k.maier@bau.example'.", 'k.maier@bau.example'],
  ])("reads the recipient of Outlook's send error dialog in its translations: %s (b193-26)", (line, recipient) => {
    const d = diagnose(`Outlook:\n${line}\nServer: '********'\nServer response: '550 5.7.1 Relaying denied'\nPort: 587`);
    expect(d.facts.recipient).toBe(recipient);
  });

  const OUTAGE = 'The paste asks whether the mail service is down';
  const CUSTOMER = 'The paste asks what to tell the customer';
  it.each([
    ...['Is our email down?', 'Is Mailgun down?', 'Is there an outage right now?', '¿Está caído el correo?', 'Ist unser Mailserver ausgefallen?', 'la messagerie est en panne ?'].map((q) => [q, OUTAGE]),
    ...['¿Qué le contesto?', 'O que eu respondo pra ele?', 'Que lui répondre ?', 'Was antworte ich ihm?', 'Co mu odpisać?', 'What do I tell him?'].map((q) => [q, CUSTOMER]),
    // (rounds 194 and 195)
    ...['Chicos, ¿se nos cayó el correo?', 'すみません、私たちのメールは止まっていますか？'].map((q) => [q, OUTAGE]),
    ...['Что им ответить?', '取引先に何と返事すればいいですか？'].map((q) => [q, CUSTOMER]),
    ['Partner\'s IT guy says "your SPF/DKIM is broken, fix your authentication". Is he right?', 'The paste says SPF, DKIM or DMARC is the cause'],
    ...['Do we really have to pay?', 'Faut-il payer quelque chose ?'].map((q) => [q, 'The paste asks whether something has to be paid for']),
    ['Sales team keeps getting this when they email a couple of people.', 'The paste says only some recipients were refused'],
  ])('hears %s as "%s" (c193-04, c193-07, b193-36, c194, c195)', (question, rule) => {
    expect(rules(`550 5.7.1 Relaying denied\n${question}`)).toContain(rule);
  });

  it.each([
    ['the server went down yesterday and came back.', OUTAGE],
    ['lo que le digo es que espere.', CUSTOMER],
  ])('does not hear the statement %s as "%s"', (statement, rule) => {
    expect(rules(`550 5.7.1 Relaying denied\n${statement}`)).not.toContain(rule);
  });

  it('hears "Ops says Mailgun is blocking port 587 and we should switch to 2525, is that right?" as the port question (c193-15)', () => {
    expect(rules('550 5.7.1 Relaying denied from smtp.eu.mailgun.org\nOps says Mailgun is blocking port 587 and we should switch to 2525, is that right?')).toContain('The paste asks whether the port is the problem');
    expect(rules('550 5.7.1 Relaying denied\nwe block port 25 outbound on our firewall.')).not.toContain('The paste asks whether the port is the problem');
  });

  it('hears "de su lado o del nuestro" as asking whose side it is (c193-07)', () => {
    expect(diagnose('554 5.7.1 Relay access denied\nNo sé si el error es de su lado o del nuestro.').facts.ownSideAsked).toBe(true);
  });

  it("hears a person's reading of another error as a relay refusal, and an API key said to have expired, as theories (c193-18, c193-01)", () => {
    expect(rules('5.4.1 Recipient address rejected: Access denied\nour client says "access denied" = relaying denied and we need to fix our Mailgun config. Is he right?')).toContain('The paste says the error is a Relaying Denied error');
    expect(rules('550 5.7.1 Relaying denied from smtp.mailgun.org\ndid our Mailgun API key expire or something?')).toContain('The paste says the SMTP password or credentials expired');
  });
});

describe('round 194', () => {
  it('"we only use Mailgun for sending, but I guess the MX records also point to mailgun ... do we need a route?": incoming (a194-15)', () => {
    const d = diagnose("yahoo user trying to reply to our order confirmations, got this:\n\n<orders@mg.shop.example>:\nRemote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n\nwe only use Mailgun for sending from mg.shop.example, but I guess the MX records also point to mailgun since that's what the setup wizard said to add. do we need a route for orders@?");
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
    // (said alone, it still tells the domain's mail is not meant for Mailgun)
    expect(rules('550 5.7.1 Relaying denied from mxa.mailgun.org\nwe only use Mailgun for sending.')).toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it.each([
    ['Veuillez vérifier le destinataire « greffe@tribunal.example » et réessayer.', 'greffe@tribunal.example'],
    ['Bitte überprüfen Sie den Empfänger "k.maier@bau.example" und versuchen Sie es erneut.', 'k.maier@bau.example'],
    ['El servidor “smtp.mailgun.org” rechazó el destinatario “pedidos@sol.example”.', 'pedidos@sol.example'],
  ])("reads the recipient of a mail program's send error in other languages: %s (b194-02, b194-04)", (line, recipient) => {
    expect(diagnose(`${line}\nServer response: 550 5.7.1 Relaying denied`).facts.recipient).toBe(recipient);
  });

  it('hears "Il a raison ?" after "corriger ça de notre côté" and "是我们这边的问题吗" as asking whose side it is (c194-04, c194-14)', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nUn partenaire dit qu\'on doit corriger ça de notre côté. Il a raison ?').facts.ownSideAsked).toBe(true);
    expect(diagnose('550 5.7.1 Relaying denied\n是我们这边的问题吗？').facts.ownSideAsked).toBe(true);
  });

  it('a changed plugin setting in the sentence after the port is no port changed (c194-08)', () => {
    expect(rules('550 5.7.1 Relaying denied\nホストは smtp.mailgun.org、ポート587です。プラグインの設定を先週変更しました。')).not.toContain('The paste says the port was changed already');
    expect(rules('550 5.7.1 Relaying denied\nポートを587に変更しましたが同じです。')).toContain('The paste says the port was changed already');
  });

  it('hears a supplier who cannot mail the domain beside a DMARC refusal (c194-16), not beside a relay refusal', () => {
    expect(rules("een leverancier zegt dat hij ons niet kan mailen op inkoop@bouw.example.\n550 5.7.26 Unauthenticated email from leverancier.example is not accepted due to domain's DMARC policy.")).toContain('The paste says someone was writing to the domain');
    expect(rules('een leverancier zegt dat hij ons niet kan mailen.\n550 5.7.1 Relaying denied')).not.toContain('The paste says someone was writing to the domain');
  });
});

describe('round 195', () => {
  it.each([
    ['客户说给我们 sales@jinhua.example 发邮件一直被退回：\n550 5.7.1 Relaying denied', 'sales@jinhua.example'],
    ['收件人是 zhao.min@163.com。\n550 5.7.1 Relaying denied', 'zhao.min@163.com'],
    ['Un cliente nos dice que cuando nos escribe desde el móvil a soporte@clima.example le sale este error:\n554 5.7.1 Relay access denied', 'soporte@clima.example'],
  ])('reads the recipient a person names in Chinese or Spanish: %s (b195-19, b195-24, b195-28)', (text, recipient) => {
    expect(diagnose(text).facts.recipient).toBe(recipient);
  });

  it('hears "c\'est Mailgun qui bloque" as blaming Mailgun (c195-04)', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nLe technicien dit que c\'est Mailgun qui bloque.').facts.mailgunBlamed).toBe(true);
  });
});
