/** Review round 151 (test/fixtures/pastes151a, 151b, 151c): the engine's misses and the facts it read wrong, each pinned. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');

describe('review round 151: misses', () => {
  it("Exim's bounce names the refused address above its `host mxa... [ip]` line, not a working session's accepted RCPT TO (a151-14)", () => {
    const { scenario, facts } = diagnose(paste('pastes151a', 'a151-14'));
    expect(scenario).toBe('mailgun-incoming');
    expect(facts.recipient).toBe('antwort@inbox.hausverwaltung-kremer.de');
    expect(facts.recipients).not.toContain('mieter.schulz@web.de');
  });

  it('a RCPT TO its server took (`< 250` on the next line) is still the recipient when nothing else names one', () => {
    const facts = diagnose('> RCPT TO:<ana@example.org>\n< 250 2.1.5 OK\n> DATA\n< 554 5.7.1 Message rejected as spam\n').facts;
    expect(facts.recipient).toBe('ana@example.org');
  });

  it('"no idea where that 550 came from" is no server reply: a refusal read out on the phone, then two tests that went well, is undetermined (b151-16)', () => {
    const { scenario, facts } = diagnose(paste('pastes151b', 'b151-16'));
    expect(scenario).toBe('undetermined');
    expect(facts.serverMessage ?? '').not.toContain('came from');
  });

  it('"el cliente insiste en que es un "relay denied"" is a claim: the Proofpoint content filter decides (policy) (b151-21)', () => {
    const { scenario, kind } = diagnose(paste('pastes151b', 'b151-21'));
    expect(scenario).toBe('not-relaying-denied');
    expect(kind).toBe('policy');
  });

  it('"para enviar, ... recibe por Mailgun con rutas" and "Les pregunté si fue al enviar ... o si fue alguien ... "no sabemos"" leave the side open (b151-32)', () => {
    expect(diagnose(paste('pastes151b', 'b151-32')).scenario).toBe('undetermined');
    const asked = 'Mailgun for mg.x.example. Event: 550 5.7.1 Relaying denied (no host shown).\nLes pregunté si fue al enviar desde su CRM o si fue alguien que les escribía a soporte@ y le rebotó, y la respuesta fue "no sabemos".\n';
    expect(diagnose(asked).scenario).toBe('undetermined');
  });

  it('a question on the SMTP settings, then "2. Or is it the reply-by-email route?", asks which side: undetermined (c151-16)', () => {
    expect(diagnose(paste('pastes151c', 'c151-16')).scenario).toBe('undetermined');
  });
});

describe('review round 151: facts read wrong or not at all', () => {
  it("MailKit's StatusCode as a Serilog field on the exception's line gives the reply code (a151-08)", () => {
    expect(diagnose(paste('pastes151a', 'a151-08')).facts.replyCode).toBe(550);
  });

  it('psql columns `dstatus_code`/`dstatus_message` are the delivery status (b151-03); a CSV export\'s "MX" column is the mx-host (b151-12)', () => {
    expect(diagnose(paste('pastes151b', 'b151-03')).facts.replyCode).toBe(554);
    expect(diagnose(paste('pastes151b', 'b151-12')).facts.host).toBe('gmail-smtp-in.l.google.com');
  });

  it('recipients: logfmt `to=` after `error="..." host=... stage=...` (b151-20), a job\'s second argument (b151-33), Swoosh\'s `to: [{"Name", "a@b"}]` (a151-04), "davet edilen: a@b" (a151-06)', () => {
    expect(diagnose(paste('pastes151b', 'b151-20')).facts.recipient).toBe('k.osei@brightwater-farms.com');
    expect(diagnose(paste('pastes151b', 'b151-33')).facts.recipient).toBe('orders@hollis-print.com');
    expect(diagnose(paste('pastes151a', 'a151-04')).facts.recipient).toBe('claire.dubois@orange.fr');
    expect(diagnose(paste('pastes151a', 'a151-06')).facts.recipient).toBe('deniz.aksoy@outlook.com');
  });

  it("commands: CodeIgniter's `to: 452 ...` debug line is RCPT TO (a151-31); Jakarta Mail's SMTPTransport.finishData is DATA (a151-35)", () => {
    expect(diagnose(paste('pastes151a', 'a151-31')).facts.command).toBe('RCPT TO');
    expect(diagnose(paste('pastes151a', 'a151-35')).facts.command).toBe('DATA');
  });

  it('a Markdown table of one message\'s events with no address column takes its recipient from the one "Recipient: a@b" line (a151-30)', () => {
    const { facts } = diagnose(paste('pastes151a', 'a151-30'));
    expect(facts.replyCode).toBe(451);
    expect(facts.host).toBe('mail.weingut-berger.at');
    expect(facts.recipient).toBe('verkauf@weingut-berger.at');
  });

  it("a settings block marked `// not active yet` names no host in use: smtp.mailgun.org there is not the refusing host (a151-26)", () => {
    const { kind, facts } = diagnose(paste('pastes151a', 'a151-26'));
    expect(kind).toBe('blocked');
    expect(facts.host).not.toBe('smtp.mailgun.org');
    expect(facts.hostRole).not.toBe('mailgun-smtp');
    const active = diagnose("'mailgun' => [ // the one in use\n  'host' => 'smtp.mailgun.org',\n],\nSMTP Error: 550 5.7.1 Relaying denied\n").facts;
    expect(active.host).toBe('smtp.mailgun.org');
  });

  it("PowerShell's `$To = \"...\"` is the recipient, `$From` is not (b151-07)", () => {
    expect(diagnose(paste('pastes151b', 'b151-07')).facts.recipient).toBe('storingen@partner-beheer.nl');
  });
});

