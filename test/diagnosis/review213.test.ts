/** Review round 213: T-Online's IP block and a German Logs entry, ports and hosts only asked about. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('round 213', () => {
  it("reads T-Online's refusal of a sending IP, without its (BL), in a Logs entry typed in German as a block (r213a-36)", () => {
    const paste = 'failed · permanent\nEmpfänger: h.petersen@t-online.de\nCode: 554\nMeldung: IP=159.135.230.44 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)\nMX-Host: mx00.t-online.de';
    const diagnosis = diagnose(paste);
    expect(diagnosis.kind).toBe('blocked');
    expect(diagnosis.facts).toMatchObject({ host: 'mx00.t-online.de', recipient: 'h.petersen@t-online.de' });
  });

  it('does not take a port weighed in words for one the sender moved to (r213b-35)', () => {
    const paste = 'Customer (smtp.eu.mailgun.org:587), their log shows 421 4.7.0 Too many connections. They read that moving to port 2525 would fix it.';
    expect(diagnose(paste).facts.smtpPort).toBe(587);
  });

  it('does not take a Mailgun host asked about in a quoted question for the region (r213b-29)', () => {
    const paste = '421 Domain sandbox1a2b.mailgun.org is not allowed to send: Free accounts are for test purposes only.\nThey\'re asking: "is the SMTP password wrong, or do we need to use smtp.eu.mailgun.org because we\'re in Portugal?"';
    expect(diagnose(paste).facts.region).toBeNull();
  });
});
