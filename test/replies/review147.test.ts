/** Review round 147c's findings on the replies, each on the reviewer's own paste (test/fixtures/pastes147c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes147c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 147c', () => {
  it('"Will nodemailer retry these signups on its own?" beside a sandbox refusal: not by themselves (c147-18)', () => {
    expect(replyTo(paste('c147-18'))).toContain('Will it be sent again? Not by themselves: Mailgun refused them and queued nothing');
  });

  it('"Dobbiamo modificare i record MX?" and "MX レコードを Mailgun に向ける必要がありますか？" are answered (c147-10, c147-06)', () => {
    expect(replyTo(paste('c147-10'))).toContain('Do you need to change your MX records?');
    expect(replyTo(paste('c147-06'))).toContain('Do you need to change your MX records? No');
  });

  it('"Is the password my API key?" is answered: the SMTP password, not an API key (c147-01)', () => {
    expect(replyTo(paste('c147-01'))).toContain('not an API key');
  });

  it('a bare relay refusal the rep cannot place ("no idea if it came from Zoho or from someone writing to the support address") asks where it was seen (c147-16)', () => {
    const reply = replyTo(paste('c147-16'));
    expect(reply).toContain('Where did you see this error?');
    expect(reply).not.toContain('Mailgun refused to relay: the SMTP session was not authenticated');
  });

  it("a cPanel server's Exim gets WHM's smarthost settings, not Debian's exim4 files, in its settings block too (c147-07)", () => {
    const reply = replyTo(paste('c147-07'));
    expect(reply).toContain("Set these values in the panel's smarthost settings (WHM: Exim Configuration Manager");
    expect(reply).not.toContain('/etc/exim4/update-exim4.conf.conf');
  });

  it("Listmonk's \"Auth protocol: none\" and a Synology NAS's notification settings get their own screens' Fix (c147-03, c147-06)", () => {
    expect(replyTo(paste('c147-03'))).toContain('Fix: in Settings → SMTP, set Auth protocol to LOGIN (or PLAIN)');
    expect(replyTo(paste('c147-06'))).toContain("Fix: in DSM's Control Panel → Notification → Email");
  });
});
