/** Review round 182a: facts in awkward places (internationalised addresses, automation runs, Exim's mainlog). */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('internationalised domains', () => {
  it.each([
    ['a Unicode domain in Gmail\'s bounce', 'There was a problem delivering your message to hilfe@grüne-wärme.de. See the technical details below.\n\nThe response from the remote server was:\n550 5.7.1 Relaying denied', 'hilfe@grüne-wärme.de'],
    ['a Japanese domain', 'Failed: info@例え.jp\nmail.xn--r8jz45g.jp said: 550 5.7.1 Unable to relay', 'info@例え.jp'],
    ['a Cyrillic domain and top-level domain', 'Final-Recipient: rfc822; kontakt@пример.рф\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 Relay access denied', 'kontakt@пример.рф'],
    ['a punycode top-level domain', 'Final-Recipient: rfc822; kontakt@xn--e1afmkfd.xn--p1ai\nAction: failed\nDiagnostic-Code: smtp; 554 5.7.1 Relay access denied', 'kontakt@xn--e1afmkfd.xn--p1ai'],
  ])('%s is read as the recipient', (_case, text, recipient) => {
    const { facts } = diagnose(text);
    expect(facts.recipient).toBe(recipient);
    expect(facts.recipients).toContain(recipient);
  });

  it('a host under a punycode top-level domain is read whole', () => {
    const text = '{"event":"failed","severity":"permanent","recipient":"kontakt@xn--e1afmkfd.xn--p1ai","delivery-status":{"code":554,"message":"5.7.1 <kontakt@xn--e1afmkfd.xn--p1ai>: Relay access denied","mx-host":"mx.xn--e1afmkfd.xn--p1ai"}}';
    const { facts } = diagnose(text);
    expect(facts.host).toBe('mx.xn--e1afmkfd.xn--p1ai');
    expect(facts.recipients).toEqual(['kontakt@xn--e1afmkfd.xn--p1ai']);
  });

  it('the sentence after an address is not part of its domain', () => {
    const { facts } = diagnose('メールを info@example.co.jp 宛に送ると 550 5.7.1 Relaying denied が返ってきます');
    expect(facts.recipient).not.toMatch(/宛/);
  });
});

describe("an automation run's To input", () => {
  const run = (to: string) =>
    ['Action: Send_Email_(V3)  (SMTP)', 'Inputs:', '{', '  "host": "smtp.mailgun.org",', '  "body": {', '    "From": "welcome@mg.solar.example",', `    "To": "${to}",`, '    "Subject": "Welcome"', '  }', '}', 'Outputs:', '{ "status": 502, "message": "Send mail failed. Mailbox unavailable. The server response was: 5.7.1 Relaying denied" }'].join('\n');

  it("Power Automate's Inputs name the recipient of the failed send", () => {
    expect(diagnose(run('p.okafor@brightwave.example')).facts.recipient).toBe('p.okafor@brightwave.example');
  });

  it("Zapier's Data in, with a Unicode domain", () => {
    const text = 'Step 2  SMTP by Zapier  ·  Send Email   Stopped: Errored\nData in\n  Server: smtp.eu.mailgun.org\n  From Email: buchung@mg.seehotel.example\n  To: info@bücher-stube.de\nData out\n  Failed to send email: (550, b\'5.7.1 Relaying denied\')';
    expect(diagnose(text).facts.recipient).toBe('info@bücher-stube.de');
  });

  it('no recipient from a forwarded mail\'s To header, with no run inputs above', () => {
    const text = 'From: Anna\nTo: support@helpdesk.example\nSubject: FW: error\n\n550 5.7.1 Relaying denied';
    expect(diagnose(text).facts.recipient).toBeNull();
  });
});

describe("Exim's mainlog", () => {
  it('the host on the error line, not the one of an earlier time-out', () => {
    const text = [
      '2024-12-03 06:05:14 1tIgQd-00Bx9f-1T H=mxa.eu.mailgun.org [141.193.32.41]: SMTP timeout after RCPT TO:<auftraege@shop.example.de>: Connection timed out',
      '2024-12-03 06:05:14 1tIgQd-00Bx9f-1T == auftraege@shop.example.de R=dnslookup T=remote_smtp defer (110): Connection timed out H=mxa.eu.mailgun.org [141.193.32.41]',
      '2024-12-03 06:20:17 1tIgQd-00Bx9f-1T H=mxb.eu.mailgun.org [141.193.32.42]: SMTP error from remote mail server after RCPT TO: 550 5.7.1 Relaying denied',
      '2024-12-03 06:20:17 1tIgQd-00Bx9f-1T ** auftraege@shop.example.de R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO: 550 5.7.1 Relaying denied',
    ].join('\n');
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).toBe('mailgun-incoming');
    expect(diagnosis.facts).toMatchObject({ host: 'mxb.eu.mailgun.org', hostRole: 'mailgun-mx', recipient: 'auftraege@shop.example.de' });
  });
});

describe('a relay refusal said to be over, in a thread whose current error is another (round 182b)', () => {
  const current = '\n\n    failed · permanent · studio.clienti@outlook.example\n    550 5.7.1 Service unavailable, Client host [198.61.254.21] blocked using Spamhaus.\n    mx-host: outlook-it.olc.protection.outlook.com';
  it.each([
    ['Italian', 'dopo aver inserito le credenziali l\'errore di prima ("550 5.7.1 Relaying denied" da smtp.mailgun.org) è sparito, grazie. Però ora alcune mail tornano indietro così:'],
    ['Polish', 'po dodaniu loginu SMTP błąd "550 5.7.1 Relaying denied" z smtp.eu.mailgun.org zniknął, dziękuję. Ale teraz maile wracają:'],
  ])('%s: the current error decides, quoted history and all', (_language, told) => {
    const history = '\n\n> Il giorno mer 27 nov 2024 Giorgio ha scritto:\n> > il gestionale dice: 550 5.7.1 Relaying denied';
    for (const text of [`${told}${current}`, `${told}${current}${history}`]) {
      const diagnosis = diagnose(text);
      expect([diagnosis.scenario, diagnosis.kind]).toEqual(['not-relaying-denied', 'blocked']);
    }
  });

  it('quoted history alone, with no word that the refusal is over, is still read', () => {
    expect(diagnose(`Some mails bounce now:${current}\n\n> > il gestionale dice: 550 5.7.1 Relaying denied`).scenario).not.toBe('not-relaying-denied');
  });
});

describe('recipients in more places (round 182b)', () => {
  it("Jakarta Mail's \"Invalid Addresses:\" under its trace", () => {
    const text = 'Caused by: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:1911)\nInvalid Addresses: captain.meyer@seafreight.example\nhost smtp.eu.mailgun.org';
    expect(diagnose(text).facts.recipient).toBe('captain.meyer@seafreight.example');
  });

  it('a logs row typed with slashes, "failed / permanent / a@b"', () => {
    const text = 'from Mailgun logs:\n  failed / permanent / statements@castlebrook.example\n  550 5.7.1 Message rejected due to content restrictions\n  mx-host: mx.castlebrook.example';
    expect(diagnose(text).facts.recipient).toBe('statements@castlebrook.example');
  });
});

describe('code review 49: the new readings stay in their lane', () => {
  it('a relayhost said to be no longer Mailgun is no evidence for the outgoing case', () => {
    const text = "Postfix on our web server now bounces with 550 5.7.1 Relaying denied.\nLast week we moved off Mailgun: the relayhost is no longer set to mailgun, it points at our ISP's relay now.";
    expect(diagnose(text).scenario).not.toBe('mailgun-outgoing');
  });

  it("Exchange's queue error beside a disabled Mailgun connector and another next hop names no Mailgun host", () => {
    const text = [
      'EX01\\1234  SmartHostConnectorDelivery Retry 37 mail.isp-relay.net  451 4.4.0 Primary target IP address responded with: "550 5.7.1 Relaying denied."',
      'Get-SendConnector | fl Name,Enabled,SmartHosts',
      'Name       : Outbound via ISP', 'Enabled    : True', 'SmartHosts : {mail.isp-relay.net}', '',
      'Name       : Mailgun (old, disabled)', 'Enabled    : False', 'SmartHosts : {smtp.mailgun.org}',
    ].join('\n');
    expect(diagnose(text).facts.hostRole).not.toBe('mailgun-smtp');
  });

  it.each([
    ['a condition', 'Quando il "Relaying denied" è risolto, ci dite anche del 535?'],
    ['said over for another app, the current one quoted without an email header', 'Il "Relaying denied" del CRM è risolto, ci dite anche del 535?'],
  ])('%s leaves the current refusal read', (_case, first) => {
    const text = `${first}\nNewsletter: 535 5.7.0 Mailgun is not loving your login or password\nGestionale (host smtp.eu.mailgun.org, senza autenticazione), adesso:\n> 550 5.7.1 Relaying denied`;
    expect(diagnose(text).scenario).toBe('mailgun-outgoing');
  });

  it('an ASCII address followed by Japanese words keeps its ASCII top-level domain', () => {
    expect(diagnose('The invite went to taro@example.co.jpですが、届きません。\n550 5.7.1 Relaying denied').facts.recipient).toBe('taro@example.co.jp');
  });
});

describe('a logs export saved with semicolons (a183-30)', () => {
  it('is read as an export: the failed row\'s recipient and MX host, a comma in its message kept in its cell', () => {
    const text = [
      'Data;Zdarzenie;Odbiorca;Ważność;Kod;Komunikat;Serwer MX',
      '04.12.2024 13:05:44;delivered;kadry@zielony.example;;250;2.0.0 Ok: queued;mx.zielony.example',
      '04.12.2024 13:05:45;failed;biuro@stolarnia.example;permanent;550;5.7.1 <biuro@stolarnia.example>: Relay access denied, sorry;mx.hosting.example',
    ].join('\n');
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts).toMatchObject({ source: 'csv-export', recipient: 'biuro@stolarnia.example', host: 'mx.hosting.example', hostRole: 'other' });
  });
});

describe("Python's repr of an SDK's events page (a183-14)", () => {
  it('is read as the page: the failed item\'s recipient and server, not the delivered one\'s', () => {
    const text = "{'items': [{'event': 'delivered', 'recipient': 'ana@prints.example', 'delivery-status': {'code': 250, 'message': 'OK', 'mx-host': 'mx.zoho.com'}, 'timestamp': 1733340011.2},\n {'event': 'failed', 'severity': 'permanent', 'recipient': 'buyer@grayfox.example', 'flags': {'is-routed': False}, 'delivery-status': {'code': 550, 'message': '5.7.1 Relaying denied. Proper authentication required.', 'mx-host': 'mail.grayfox.example', 'tls': True, 'description': None}}]}";
    const { scenario, facts } = diagnose(text);
    expect(scenario).toBe('recipient-host');
    expect(facts).toMatchObject({ recipient: 'buyer@grayfox.example', host: 'mail.grayfox.example' });
  });
});

describe('the recipient named in words of other languages (a184-07)', () => {
  it.each([
    ['Dutch', 'De ontvanger was pieter@ziggo.nl'],
    ['German', 'Der Empfänger war pieter@ziggo.nl'],
    ['Portuguese', 'O destinatário era pieter@ziggo.nl'],
  ])('%s', (_language, words) => {
    expect(diagnose(`ActionMailer smtp.mailgun.org authentication: nil\nNet::SMTPFatalError: 550 5.7.1 Relaying denied\n${words}`).facts.recipient).toBe('pieter@ziggo.nl');
  });
});

describe('sending through Mailgun, said in words of several languages (b184-10)', () => {
  it.each([
    ['German', 'Die App zeigt beim Versand über Mailgun nur diese Meldung an:\n550 5.7.1 Relaying denied'],
    ['English', 'The app shows this when sending through Mailgun:\n550 5.7.1 Relaying denied'],
  ])('%s is the outgoing case', (_language, text) => {
    expect(diagnose(text).scenario).toBe('mailgun-outgoing');
  });

  it('not through its API', () => {
    expect(diagnose('When sending via Mailgun API we get: 550 5.7.1 Relaying denied').evidence.map((e) => e.rule)).not.toContain('Says the app sends through Mailgun SMTP');
  });
});

describe('code review 50', () => {
  it.each([
    ['"the problem is not in Mailgun"', "I'm pretty sure the problem is not in Mailgun, our Routes look fine.\nBounce: mxa.mailgun.org said: 550 5.7.1 Relaying denied for support@help.example"],
    ['reading forwarded mail in Gmail inboxes', 'We forward support@help.example with a Mailgun Route to Gmail and read the mail in our Gmail inboxes.\nmxa.mailgun.org said: 550 5.7.1 Relaying denied for support@help.example'],
  ])('%s is no word that the MX records point to Mailgun by mistake', (_case, text) => {
    expect(diagnose(text).evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it("a sender's From line near an earlier, fixed error does not make it another recipient's failure", () => {
    const text = 'Yesterday the script failed with this:\nFrom: billing@shop.example\n535 5.7.8 Authentication failed: Bad username / password\nWe fixed the password yesterday. Now today we get:\n550 5.7.1 Relaying denied for customer@gmail.com';
    expect(diagnose(text).facts.otherErrors).toEqual([]);
  });

  it('a semicolon export with quoted cells, a semicolon inside a message', () => {
    const text = '"Date";"Event";"Recipient";"Severity";"Code";"Message";"MX host"\n"04.12.2024 13:05";"failed";"a@partner.example";"permanent";"550";"5.7.1 <a@partner.example>: Relay access denied; contact postmaster";"mail.partner.example"';
    expect(diagnose(text)).toMatchObject({ scenario: 'recipient-host', facts: { host: 'mail.partner.example' } });
  });

  it('"the incoming server name is mxa.mailgun.org" names no sending setting', () => {
    expect(diagnose('The incoming server name is mxa.mailgun.org and the outgoing one is smtp.mailgun.org.\n550 5.7.1 Relaying denied').facts.hostRole).not.toBe('mailgun-mx');
  });

});

describe('a printer set to Mailgun\'s inbound MX as its SMTP server (b183-26)', () => {
  it('sends through the MX by mistake: the outgoing case', () => {
    const text = 'Kyocera ECOSYS at a warehouse: the "SMTP Server Name" is mxa.mailgun.org (copied from the MX records page), port 25, authentication off. Send log:\nNo. 0231  E-mail  NG\nDestination: dispatch@carrier.example\nError detail: 550 5.7.1 Relaying denied';
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.evidence.map((e) => e.rule)).toContain("The app is set to send through Mailgun's inbound MX, which relays nothing");
  });
});

describe("a service desk's activity entries (b182-28)", () => {
  it('an entry marked [Resolved] is history: the reopened entry\'s refusal decides', () => {
    const text = [
      '--- Activity (oldest first) ---',
      '[Resolved] 14/Mar/24 — Noah Fischer:',
      'Customers writing to returns@peakgear.example get a bounce: "host mxa.mailgun.org said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)".',
      '[Agent Kim] 14/Mar/24: No route matched returns@. Added match_recipient("returns@peakgear.example") → forward. Resolving.',
      '',
      '[Reopened] 03/Dec/24 09:05 — Noah Fischer:',
      'Different problem now, outbound this time:',
      'SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied',
      'SMTP Error: The following recipients failed: jordan.reyes@outlook.com: 5.7.1 Relaying denied',
      "$mail->Host = 'smtp.mailgun.org'; $mail->SMTPAuth = false;",
    ].join('\n');
    const diagnosis = diagnose(text);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts).toMatchObject({ host: 'smtp.mailgun.org', recipient: 'jordan.reyes@outlook.com' });
  });
});
