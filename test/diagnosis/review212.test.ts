/** Review round 212: rows of a Logs page copied together, message ids beside addresses, labelled recipients, and a region said in German. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('rows and records', () => {
  it("reads each Logs page row with its own detail lines: the failed row's codes, not the delivered row's (r212b-21)", () => {
    const paste = [
      'Delivered   Jun 19, 2024 3:14:02 PM   noreply@mg.clear.example → jsmith@gmail.com   "Your weekly report"',
      'Server response: 250 2.0.0 OK 1718810042 d9443c01a7336si.123 - gsmtp',
      '',
      'Failed: Permanent   Jun 19, 2024 3:14:05 PM   noreply@mg.clear.example → it-ops@legacy.example   "Your weekly report"',
      'Server response: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain',
      'MX host: legacy-example.mail.protection.outlook.com',
    ].join('\n');
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts).toMatchObject({ replyCode: 550, enhancedCode: '5.7.54', recipient: 'it-ops@legacy.example' });
  });

  it("does not take a log line's msg_id for its recipient (r212b-25)", () => {
    const paste = '[worker-3] msg_id=<a19f.0002@crm.wrobel.example> from=crm@wrobel.example to=zlecenia@trans.example result=FAILED err="550 5.7.1 Relaying denied"';
    expect(diagnose(paste).facts.recipient).toBe('zlecenia@trans.example');
  });

  it.each([
    ['Mensaje: SMTP check failed after RCPT: 550 5.7.1 Relaying denied\nDestinatario de prueba: monitor@mg.brisa.example', 'monitor@mg.brisa.example'],
    ['Scan to e-mail mislukt\n  Bestemmeling: m.dejong@ziggo.nl\n  Fout: 550 5.7.1 Relaying denied', 'm.dejong@ziggo.nl'],
  ])('reads a labelled recipient: %j', (paste, recipient) => {
    expect(diagnose(paste).facts.recipient).toBe(recipient);
  });
});

describe('the region said in German', () => {
  it('takes "im EU-Bereich angelegt" for the domain\'s region, whatever host the app is set to (r212c-02)', () => {
    const paste = 'Domain mg.berg.example, im EU-Bereich angelegt.\nError: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\nhost: "smtp.mailgun.org", port: 587';
    expect(diagnose(paste).facts.region).toBe('eu');
  });
});
