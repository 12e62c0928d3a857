/** Review round 214: a hosting desk's pastes (Drupal's send log, Exim's sender verification, a quarantine digest) and a Ruby hash's nil password. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('round 214', () => {
  it("reads Drupal's 'Error sending email (from a to b)' as the site's own send to b, which Routes named beside it do not make incoming (r214a-27)", () => {
    const paste = "Message     Error sending email (from randevu@klinik.example to hasta.kabul@klinik.example with reply-to not set). 550 5.7.1 Relaying denied\nSeverity    error\n\nBoth the SMTP module and the Mailgun module are installed. Mailgun'da Routes da tanımlılar galiba.";
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('undetermined');
    expect(diagnosis.facts.recipient).toBe('hasta.kabul@klinik.example');
  });

  it("reads Exim's sender verification as a policy refusal of the recipient it names, not an unknown sender taken for the recipient (r214a-30)", () => {
    const paste = '  obchod@atelier.example\n    host mail.atelier.example [203.0.113.30]\n    SMTP error from remote mail server after RCPT TO:<obchod@atelier.example>:\n    550-Verification failed for <noreply@atelier.example>\n    550-Unrouteable address\n    550 Sender verify failed';
    const diagnosis = diagnose(paste);
    expect(diagnosis.kind).toBe('policy');
    expect(diagnosis.facts.recipient).toBe('obchod@atelier.example');
    expect(diagnose('F=<noreply@atelier.example> rejected RCPT <obchod@atelier.example>: not permitted: sender address does not exist').kind).toBe('policy');
  });

  it('reads a quarantine digest listing a phishing subject in relay words as no relay refusal (r214a-28)', () => {
    const paste = 'Karanténa: 3 nové zprávy\n 24.06.2024 03:12  | no-reply@security-desk.example | Relay access denied: 4 incoming messages on hold - verify now  | Spam (skóre 14.2)\n 24.06.2024 07:30  | billing@parcel.example | Vaše zásilka čeká na doplatek | Phishing';
    expect(diagnose(paste).scenario).toBe('not-relaying-denied');
    // (a relay refusal beside a spam word elsewhere on its line is still one)
    expect(diagnose('550 5.7.1 Relaying denied (spam folder checked too)').scenario).not.toBe('not-relaying-denied');
  });

  it('takes the recipient a Swedish sentence names (r214a-03)', () => {
    expect(diagnose('550 5.7.1 Relaying denied\nMottagaren var anna.lindqvist@telia.example.').facts.recipient).toBe('anna.lindqvist@telia.example');
  });

  it("names plain smtplib for a script that opens its own connection beside Django settings it does not read (r214c-13)", () => {
    const paste = 'smtplib.SMTPRecipientsRefused: {\'ops@x.example\': (550, b\'5.7.1 Relaying denied\')}\n    server = smtplib.SMTP("smtp.mailgun.org", 587)\n(the web app uses Django\'s EMAIL_HOST_USER/PASSWORD, this script doesn\'t)';
    expect(diagnose(paste).facts.client).toBe('python-smtplib');
  });

  it.each([
    ['{:address=>"smtp.mailgun.org", :user_name=>nil, :password=>nil, :authentication=>nil}', false],
    ['{:password=>nil}', false],
    [':password=>hunter22, :port=>587', true],
  ])("counts a Ruby hash's password %j as a secret only when it holds one (r212b-07)", (config, secret) => {
    expect(diagnose(`550 5.7.1 Relaying denied\n${config}`).facts.secretsFound).toBe(secret);
  });
});
