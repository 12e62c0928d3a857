/** Review round 218c: a sender that looks compromised or open to everyone, answered before any fix that would let its mail out. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 218: a compromise before a fix', () => {
  it("closes a Postfix open to the internet (mynetworks = 0.0.0.0/0) before turning the login on (r218c-03)", () => {
    expect(leadOf(replyText(paste('r218c-03')), 3)).toContain('first set mynetworks to 127.0.0.0/8 and your own network');
  });

  it.each(['r218c-08', 'r218c-18'])('%s: treats mail nobody wrote, sent through Mailgun, as a compromise, and says not to send it again', (name) => {
    const lead = leadOf(replyText(paste(name)), 3);
    expect(lead).toContain('Treat it as a compromise: set new SMTP passwords and API keys now');
    expect(lead).toContain('Do not take these addresses off the Bounces list or send anything again');
  });
});
