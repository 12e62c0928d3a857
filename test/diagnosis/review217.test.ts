/** Review round 217: stories told over time (an old ticket's refusal beside today's, a refusal that led to a move to the API), and a block list's short names. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('round 217', () => {
  it("sets aside an old ticket's refusal, said closed, beside today's transcript (r217b-03)", () => {
    const paste = 'Ojo: el primer bloque es del ticket viejo de febrero, que ya se cerró (faltaba la ruta).\n\nTicket viejo:\n> Diagnostic-Code: smtp; 550 5.7.1 Relaying denied\n> Remote-MTA: dns; mxa.mailgun.org\n\nLo de HOY:\n2024-05-06 10:02:11 SERVER -> CLIENT: 220 Mailgun Influx ready\n2024-05-06 10:02:11 CLIENT -> SERVER: EHLO web3.x.example\n2024-05-06 10:02:11 SERVER -> CLIENT: 250-smtp.mailgun.org\n2024-05-06 10:02:11 CLIENT -> SERVER: MAIL FROM:<f@x.example>\n2024-05-06 10:02:11 SERVER -> CLIENT: 250 Sender address accepted\n2024-05-06 10:02:11 CLIENT -> SERVER: RCPT TO:<c@partner.example>\n2024-05-06 10:02:11 SERVER -> CLIENT: 550 5.7.1 Relaying denied';
    const diagnosis = diagnose(paste);
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.host).toBe('smtp.mailgun.org');
  });

  it('reads a relay refusal that led to a move to the API as the past, beside the API\'s 401 now (r217b-32)', () => {
    const paste = 'They switched from SMTP to the HTTP API after the "550 5.7.1 Relaying denied" saga at smtp.eu.mailgun.org. Now the API call fails:\n\n$ curl -s --user \'api:key-xxx\' https://api.eu.mailgun.net/v3/mg.x.example/messages\nForbidden\n\nHTTP/1.1 401 UNAUTHORIZED';
    expect(diagnose(paste)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'api-auth' });
  });

  it("reads Comcast's 'found on one or more DNSBLs' as a block, and names no Go client for its URL's 'comcast.net/smtp-error' (r217a-31)", () => {
    const paste = '"delivery-status": {"code": 554, "message": "resimta-h1p.sys.comcast.example 159.135.224.88 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001"}';
    const diagnosis = diagnose(paste);
    expect(diagnosis.kind).toBe('blocked');
    expect(diagnosis.facts.client).toBeNull();
  });
});
