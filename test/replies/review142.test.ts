/** Review round 142's findings (huge pastes), each on the reviewer's own paste (test/fixtures/pastes142a). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes142a/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 142', () => {
  it("strangers' logins the server turned down are its log's background beside the mail asked about, a full mailbox (a142-26)", () => {
    expect(diagnose(paste('a142-26'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'mailbox-full' });
    expect(replyTo(paste('a142-26'))).not.toContain('passwd.client');
  });

  it("strangers on a block list are background too; \"Sender address rejected: Domain not found\" is a sender policy, not the recipient's domain (a142-34)", () => {
    expect(diagnose(paste('a142-34'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'policy' });
  });

  it('"554 5.7.1 van een Postfix, dus relay access denied?" is a colleague\'s guess: the event\'s block list decides (a142-33)', () => {
    expect(diagnose(paste('a142-33'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });

  it("a log of strangers' refused logins alone is still a login failure, not a relay question", () => {
    const log = '2024-06-18 03:02:50 dovecot_login authenticator failed for (ADMIN) [112.144.92.46]:30801: 535 Incorrect authentication data (set_id=sales@x.example)\n';
    expect(diagnose(log.repeat(3))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
  });

  it("Haraka's session summary, a Mailgun machine's session ending on \"550 I cannot deliver mail for <a@b>\", is the recipient's server refusing Mailgun (a142-17's shape)", () => {
    const line = '2024-07-01 09:15:09.620004865  [NOTICE] [E753FE88-6FAC-D7A3-6B4F-6D1ADDF6FDDD] [core] disconnect ip=159.135.228.4 rdns=m228-4.mailgun.net helo=m228-4.mailgun.net relay=N early=N esmtp=Y tls=Y pipe=N errors=0 txns=1 rcpts=0/0/1 msgs=0/0/0 bytes=0 lr="550 I cannot deliver mail for <compras@ferreteria-lopez.es>" time=0.793';
    expect(diagnose(`Their inbound Haraka log:\n${line}\n`)).toMatchObject({ scenario: 'recipient-host', facts: { recipient: 'compras@ferreteria-lopez.es' } });
  });
});

describe('review round 142c', () => {
  const replyToPaste = (name: string) => replyTo(readFileSync(new URL(`../fixtures/pastes142c/${name}.txt`, import.meta.url), 'utf8'));

  it('"¿se van a reenviar solos?" is answered "Not by themselves", not "Yes" (c142-02)', () => {
    const reply = replyToPaste('c142-02');
    expect(reply).toContain('Will it be sent again? Not by themselves');
    expect(reply).not.toContain('Will it be sent again? Yes');
  });

  it('"be sent later automatically?" (c142-03) and "後で自動的に再送されますか？" (c142-06) ask about sending again', () => {
    for (const name of ['c142-03', 'c142-06']) expect(replyToPaste(name)).toContain('Will it be sent again? Not by themselves');
  });

  it('"Czy musimy zmienić coś w DNS?" asks about DNS (c142-14)', () => {
    expect(replyToPaste('c142-14')).toContain('Do you need to change your MX records?');
  });

  it("an excerpt cut beside the paste's own closing quote mark shows no unpaired mark (c142-16)", () => {
    const reply = replyToPaste('c142-16');
    expect(reply).toContain('The server replied with a relay refusal: "550 5.7.1 Relaying denied"');
    expect(reply).not.toContain('Relaying denied""');
  });
});
