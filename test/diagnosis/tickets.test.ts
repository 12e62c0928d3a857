import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { withoutClosedTickets } from '../../src/diagnosis/tickets.js';

const closedRelay = '=== ticket 1 (done) ===\nNet::SMTPFatalError: 550 5.7.1 Relaying denied\n(smtp_settings had no user_name/password, fixed)\n\n';
const openSandbox = '=== ticket 3 (open) ===\nNet::SMTPServerBusy: 421 Domain sandbox7c2e9a41d0b84f3a9d1f2b6c8e4a5d10.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.\n';

describe('several tickets pasted together (review 69b)', () => {
  it('answers the open one, the closed ones being context', () => {
    const d = diagnose(`three tickets, the LAST one is what I need help with:\n\n${closedRelay}${openSandbox}dev asks "is this the same relaying denied thing??"`);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('sandbox');
  });

  it('keeps the text the same length, and changes nothing without both a closed and an open ticket', () => {
    const text = `${closedRelay}${openSandbox}`;
    expect(withoutClosedTickets(text)).toHaveLength(text.length);
    expect(withoutClosedTickets(text)).not.toContain('Relaying denied');
    expect(withoutClosedTickets(closedRelay + closedRelay.replace('1', '2'))).toBe(closedRelay + closedRelay.replace('1', '2'));
    const noHeaders = 'Net::SMTPFatalError: 550 5.7.1 Relaying denied (fixed)\n';
    expect(withoutClosedTickets(noHeaders)).toBe(noHeaders);
  });

  it("reads a bounce's indented delivery-status fields under a mail program's '(show original)'", () => {
    const d = diagnose('---- #51877 (solved) ----\n"550 5.7.1 Relaying denied" from smtp.mailgun.org when sending from WordPress.\n\n---- #51940 (OPEN) ----\n  The response from the remote server was:\n  550 5.7.1 Relaying denied\n\n  ----- Original message -----\n  (show original)\n  Final-Recipient: rfc822; replies@news.cork.example\n  Remote-MTA: dns; mxb.mailgun.org. (34.110.83.140)\n  Diagnostic-Code: smtp; 550 5.7.1 Relaying denied\n');
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.host).toBe('mxb.mailgun.org');
  });
});

describe('closed tickets beside an open one that has no error of its own, or says it is back (code review 32)', () => {
  it('keeps the closed ticket', () => {
    const paste = '---- #51877 (solved) ----\nCustomer\'s Laravel app, sending through smtp.mailgun.org:587:\nExpected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nFixed by setting MAIL_USERNAME / MAIL_PASSWORD in .env.\n\n---- #51940 (open) ----\nSame customer, same error is back since this morning\'s deploy. Any idea?\n';
    expect(withoutClosedTickets(paste)).toBe(paste);
    expect(diagnose(paste).scenario).toBe('mailgun-outgoing');
  });
});
