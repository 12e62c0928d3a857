/** What review round 136 found the engine missing, each on a short paste of its own. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('review round 136', () => {
  it.each([
    ['b136-05', "an April ticket's log in a code block, beside a bounce someone writing to them got", ['mailgun-incoming', null]],
    ['b136-07', 'Polish "Dla kontekstu, październik (zamknięte):", beside an API 401', ['not-relaying-denied', 'api-auth']],
    ['b136-18', '"Last time (August) it was this:", beside a Gmail rate limit', ['not-relaying-denied', 'rate-limit']],
    ['b136-16', 'Japanese "参考：7月のチケット（解決済み…）", beside a full mailbox', ['not-relaying-denied', 'mailbox-full']],
    ['b136-36', 'Japanese "先月のチケット（… クローズ済み）の内容、参考まで：", beside the Go service\'s own refusal', ['mailgun-outgoing', null]],
    ['b136-13', 'Dutch "Ter info, vorige maand (opgelost ...):" over a logs table row, beside PowerShell\'s own refusal', ['mailgun-outgoing', null]],
    ['b136-32', 'told on its line, "for context, last week\'s ticket (closed Thu): a reader\'s Gmail bounce said ... 550 5.7.1 ..."', ['mailgun-outgoing', null]],
    ['b136-19', 'told on its line in French, "Pour contexte, ticket d\'août (fermé) : ...", beside a mail program\'s refusal from one of two servers', ['undetermined', null]],
  ])("%s: sets aside a closed ticket's error quoted under its introduction (%s)", (name, _what, expected) => {
    const d = diagnose(readFileSync(new URL(`../fixtures/pastes136b/${name}.txt`, import.meta.url), 'utf8'));
    expect([d.scenario, d.kind]).toEqual(expected);
  });

  it('reads "not sure if it was me sending or a client sending to us" as the direction unknown', () => {
    const paste = 'Customer: relaying denied again, we have both the route and SMTP on mailgun\n    550 5.7.1 Relaying denied\nCustomer: not sure if it was me sending or a client sending to us tbh, the notification only had that line.';
    expect(diagnose(paste).scenario).toBe('undetermined');
  });

  it('reads Dutch "voor zowel verzenden als ontvangen" and "Uitgaand of inkomend?" as the direction unknown', () => {
    expect(diagnose('Klant belt: "we krijgen steeds Relaying denied". Ze gebruiken Mailgun voor zowel verzenden als ontvangen (routes). Uitgaand of inkomend?').scenario).toBe('undetermined');
  });

  it("takes a question after another error's quoted words ('« 451 4.7.650 ... rate limited » — c'est un relaying denied ?') for a guess", () => {
    const d = diagnose("Plein d'échecs temporaires vers hotmail.fr : « 451 4.7.650 The mail server [159.135.228.10] has been temporarily rate limited due to IP reputation. (S775) » — c'est un relaying denied ?");
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'rate-limit']);
    // (the error itself in the question is still the error asked about)
    expect(diagnose('How do I fix "550 5.7.1 Relaying denied"?').scenario).toBe('undetermined');
  });

  it.each([
    ["Gmail's Japanese report", 'アドレス recruit@saiyou.minato.example にメールを配信できませんでした。\nリモート サーバーから次の応答がありました: 550 5.7.1 Relaying denied', 'recruit@saiyou.minato.example'],
    ["a logs row's \"Failed: Name <sender> → recipient 'Subject'\"", "Failed: Ozturk Tekstil <siparis@mg.ozturk.example> → satinalma@deniz.example 'Sipariş onayı' Server response: 550 550 relay not permitted", 'satinalma@deniz.example'],
  ])('reads the recipient of %s', (_what, paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });

  it('reads a Turkish "US hesap" as the region and "Yandex 360\'a taşındı" as the recipient\'s mail moved', () => {
    const d = diagnose("Müşteri (US hesap, domain mg.ozturk.example):\nFailed: Ozturk <siparis@mg.ozturk.example> → s@deniz.example 'Sipariş' Server response: 550 550 relay not permitted\n  mx-host: mail.eskihosting.example\nMüşterinin notu: \"Deniz Lojistik geçen hafta Yandex 360'a taşındı.\"");
    expect(d.facts).toMatchObject({ region: 'us', recipientMailMoved: true });
  });

  it('reads German "Mailgun für BEIDES" as the direction unknown', () => {
    expect(diagnose('Kunde: "Seit heute Morgen kommt ständig: 550 5.7.1 Relaying denied."\nSie nutzen Mailgun für BEIDES auf derselben Domain: der Shop sendet über Mailgun, und service@ läuft über Routes rein.').scenario).toBe('undetermined');
  });

  it('reads "Name — ayer a las 16:40" and "Name — 2024-10-17T10:06 CST" as message headers: the earlier message\'s error is history', () => {
    const thread = 'Valeria — ayer a las 16:40\nCierro lo de Altamar: su app mandaba por smtp.mailgun.org:587 sin usuario y recibía "550 5.7.1 Relaying denied". Ya pusieron las credenciales, arreglado.\n\nValeria — 2024-10-17T10:06 CST\nAhora un proveedor les escribió a facturas@altamar.example y le rebotó: "host mxb.mailgun.org [35.190.247.11] SMTP error from remote mail server after RCPT TO:<facturas@altamar.example>: 550 5.7.1 Relaying denied"';
    expect(diagnose(thread).scenario).toBe('mailgun-incoming');
  });
});

