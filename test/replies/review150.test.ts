/** Replies review round 150c: the defects found, each pinned on the reviewer's paste (test/fixtures/pastes150c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes150c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('replies review round 150c', () => {
  it('"la vecchia route catch_all() ... è stata cancellata" and "Se rimettiamo catch_all(), con che priorità?" name no live route (c150-10)', () => {
    expect(diagnose(paste('c150-10')).facts.routes).toEqual(['match_recipient("assistenza@studioferri.it")']);
    expect(replyTo(paste('c150-10'))).not.toContain('no new route is needed');
  });

  it("a Python script's own .env with MAIL_* names is no Laravel app: no artisan in the Fix; the API-key and port questions answered (c150-05)", () => {
    expect(diagnose(paste('c150-05')).facts.client).toBe('python-smtplib');
    const reply = replyTo(paste('c150-05'));
    expect(reply).not.toContain('php artisan');
    expect(reply).toContain('not an API key');
    expect(reply).toContain('Is the port the problem? No');
  });

  it('French resend, whose side and API key questions are answered (c150-04)', () => {
    const reply = replyTo(paste('c150-04'));
    expect(reply).toContain('Will it be sent again?');
    expect(reply).toContain('Whose side is it on?');
    expect(reply).toContain('not an API key');
  });

  it('German "Warum hat es bis letzten Monat funktioniert?" and "Der API-Key aus dem Mailgun-Dashboard?" are answered; "Absender-E-Mail" is kept (c150-02)', () => {
    const reply = replyTo(paste('c150-02'));
    expect(reply).toContain('Why did it work before?');
    expect(reply).toContain('not an API key');
    expect(reply).toContain('nas@mg.praxis-hoffmann.de');
  });

  it('Spanish "... y funcionaba, ¿por qué con Mailgun no?" is answered (c150-07)', () => {
    expect(replyTo(paste('c150-07'))).toContain('Why did it work before?');
  });

  it('Japanese "当社側の設定の問題ですか" gets whose side (c150-11)', () => {
    expect(replyTo(paste('c150-11'))).toContain('Whose side is it on?');
  });

  it("PowerShell's `$From` stays the sender in the command shown (c150-06)", () => {
    expect(replyTo(paste('c150-06'))).toContain("-From 'rapor@mg.yildizlojistik.com.tr'");
  });

  it('the send connector\'s own name, "To Mailgun", is the one the Fix and the command name (c150-01)', () => {
    expect(diagnose(paste('c150-01')).facts.sendConnector).toBe('To Mailgun');
    const reply = replyTo(paste('c150-01'));
    expect(reply).toContain('Set-SendConnector "To Mailgun"');
    expect(reply).toContain('open the Send connector "To Mailgun"');
  });

  it('a route made in the control panel and only listed through the US API: no "change the script\'s URL" (c150-09)', () => {
    const reply = replyTo(paste('c150-09'));
    expect(reply).not.toContain("change the script's URL");
    expect(reply).toContain('Fix: the route is listed by the US API');
    expect(reply).toContain('in the control panel, for the EU domain');
  });

  it("Gmail's spam block after Mailgun's acceptance: the port question gets a plain no, and the retry question a plain answer (c150-18)", () => {
    const reply = replyTo(paste('c150-18'));
    expect(reply).toContain('Is the port the problem? No: Mailgun accepted your message');
    expect(reply).toContain('Will it be sent again? Not by itself: Mailgun does not retry a permanent refusal.');
  });

  it('FluentSMTP: `SMTP Username: api` is called the HTTP API\'s user, and "switch to the "Mailgun" connection, which key?" is answered (c150-17)', () => {
    const reply = replyTo(paste('c150-17'));
    expect(reply).toContain("The user name api is the HTTP API's user, not an SMTP login");
    expect(reply).toContain('Switch to the Mailgun mailer? You can');
    expect(reply).toContain("Private API key");
  });

  it("PowerShell's `$To = \"...\"` is the refused recipient, and the command shown sends to it, not to a made-up address (c150-06)", () => {
    expect(diagnose(paste('c150-06')).facts.recipient).toBe('muhasebe@ozkanmusavirlik.com');
    const reply = replyTo(paste('c150-06'));
    expect(reply).toContain("-To 'muhasebe@ozkanmusavirlik.com'");
    expect(reply).not.toContain('someone@example.com');
  });
});
