/** Code review 36 of this session's later change, each finding pinned on the reviewer's paste (test/fixtures/review36). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review36/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 36', () => {
  it('"I forwarded the bounce to our web agency" (doorgestuurd naar a@x) is no Route target', () => {
    expect(replyTo(review('naar_fp'))).not.toMatch(/forward\("support@webbureau-devries\.nl"\)/);
  });

  it("the ASP.NET Fix only where the paste shows the user name empty: a set one keeps MailKit's Authenticate Fix", () => {
    expect(replyTo(review('aspnet_mailkit'))).toContain('Fix: call client.Authenticate(');
    expect(replyTo(review('aspnet_mismatch'))).not.toContain('Fix: set Mail__UserName');
  });

  it('"password: the Purple Walrus sings 1987" is a password', () => {
    expect(diagnose(review('prose_pw')).facts.secretsFound).toBe(true);
  });

  it('MX records half moved: the "not meant for Mailgun" answer wins, and the MX change names both of Mailgun\'s hosts', () => {
    expect(replyTo(review('mx_notmeant'))).not.toContain('Yes, to finish the move');
    const reply = replyTo(review('mx2'));
    expect(reply).toContain('so that only Mailgun\'s MX hosts remain (mxa.mailgun.org and mxb.mailgun.org');
  });

  it("a server's own \"loops back to myself\" is no forwarding loop; cPanel's max defers and failures per hour is no send limit", () => {
    for (const name of ['loop_postfix', 'loop_sendmail']) expect(replyTo(review(name)), name).not.toContain('forwarding loop');
    expect(replyTo(review('defers'))).not.toContain("The sending server's own hosting limit was reached");
  });

  it('"waarom kwam zijn mail niet aan?" and "warum ging ... überhaupt nicht raus?" are no worked-before questions', () => {
    expect(replyTo(review('waarom_kwam'))).not.toContain('Why did it work before?');
    expect(replyTo(review('warum_alten'))).not.toContain('Why did it work before?');
  });

  it('95 KB of "kan.naar." is read in well under a second (each address tried from its own start)', () => {
    const text = `550 5.7.1 Relaying denied\n${'kan.naar.'.repeat(10_500)}`;
    const started = performance.now();
    diagnose(text);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
