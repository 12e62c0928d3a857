/** What review round 135 found the engine missing, each on a short paste of its own. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const transcript = 'CLIENT -> SERVER: MAIL FROM:<r@mg.lindenhof.example>\nSERVER -> CLIENT: 250 Sender address accepted\nCLIENT -> SERVER: RCPT TO:<k@web.example>\nSERVER -> CLIENT: 550 5.7.1 Relaying denied';

describe('review round 135', () => {
  it("sets aside a closed ticket's error quoted under its introduction, beside today's own error", () => {
    const paste = `Customer: "web.example is rejecting us AGAIN, exactly like ticket #88412 last month."\nfor context, #88412 was this (closed 12 Sep, the recipient's admin fixed it on their side):\n> Permanent Failure · mx-host: mail.web.example · 554 5.7.1 <k@web.example>: Relay access denied\n\nToday's SMTP debug from smtp.mailgun.org:\n${transcript}`;
    expect(diagnose(paste)).toMatchObject({ scenario: 'mailgun-outgoing', facts: { replyCode: 550 } });
    // (with no error of today's, the quoted one is all there is)
    expect(diagnose(paste.slice(0, paste.indexOf("\n\nToday's"))).facts.replyCode).toBe(554);
  });

  it("reads a settings form's \"Host:\" over its \"Port:\" (Keycloak's realm email) as the app's relay", () => {
    const paste = 'All our outbound mail leaves through Mailgun (smart host smtp.mailgun.org:587).\nKeycloak realm Email settings:\n  Host: exch01.corp.example\n  Port: 25\n  Enable Authentication: off\norg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain';
    expect(diagnose(paste)).toMatchObject({ scenario: 'undetermined', facts: { host: 'exch01.corp.example', hostRole: 'other' } });
  });

  it('reads Dutch "versturen ... via Mailgun en ontvangen ... via een Mailgun-route" as the direction unknown', () => {
    const paste = 'Ze versturen offertes via Mailgun en ontvangen offerte@ via een Mailgun-route. "Wij weten niet of hij iets verstuurde of dat iemand hem iets stuurde."\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied';
    expect(diagnose(paste).scenario).toBe('undetermined');
  });

  it('sets aside "lo de septiembre era ... ya lo arreglaron" beside today\'s DMARC refusal', () => {
    const paste = 'Lucía: lo de septiembre era "550 5.7.1 Relaying denied" de smtp.mailgun.org (CRM sin usuario/contraseña), ya lo arreglaron.\nLucía: ahora pegan esto del webhook:\n"event": "failed", "severity": "permanent",\n"delivery-status": { "code": 550, "enhanced-code": "5.7.26", "mx-host": "gmail-smtp-in.l.google.com", "message": "5.7.26 Unauthenticated email from optica.example is not accepted due to domain\'s DMARC policy." }';
    expect([diagnose(paste).scenario, diagnose(paste).kind]).toEqual(['not-relaying-denied', 'policy']);
  });

  it('reads the sending domain a person names beside a logs copy ("Logs, dominio avisos.x.example")', () => {
    const paste = 'Me pegó esto del panel de Mailgun (Logs, dominio avisos.inmo.example):\nFailed   Nov 20, 2024 3:15:07 PM\nDelivery status: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\nMx host: mx1.estudio.example';
    expect(diagnose(paste).facts.mailgunDomain).toBe('avisos.inmo.example');
  });

  it('reads Nextcloud named with its version beside its own test mail\'s error', () => {
    const paste = 'el cliente usa Nextcloud 28. Al pulsar "Enviar correo electrónico" le sale:\nA problem occurred while sending the email. Please revise your settings. (Error: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".)\nDirección del servidor: smtp.mailgun.org : 2525';
    expect(diagnose(paste).facts.client).toBe('nextcloud');
  });

  it('takes a public validation key cut short ("pubkey-3f8a1c...") for no key pasted, and still for the key used', () => {
    const paste = 'Mailgun Error 401: Forbidden\nMailgun private API key: pubkey-3f8a1c... (copied from the dashboard)';
    const d = diagnose(paste);
    expect(d.facts.secretsFound).toBe(false);
    expect(d.evidence.map((e) => e.rule)).toContain('The key used is the public validation key, which cannot send');
    expect(diagnose(paste.replace('pubkey-3f8a1c...', 'pubkey-3f8a1c9d0b7e4a2f6c5d8e1b0a9f7c3d')).facts.secretsFound).toBe(true);
  });
});

