/** Review round 193a-c: an error quoted from a previous thread, Exim's retry timeout, Outlook's dialog in other languages, and people's questions. */
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
  ])('hears %s as "%s" (c193-04, c193-07, b193-36)', (question, rule) => {
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
