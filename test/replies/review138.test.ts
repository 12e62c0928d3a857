/** Review round 138's findings on the replies and facts, each on the reviewer's own paste (test/fixtures/pastes138*). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 138', () => {
  it('a route "replaced ... with ..." is gone: only the one that replaced it is checked (c138-09)', () => {
    const d = diagnose(paste('pastes138c', 'c138-09'));
    expect(d.facts.routes).toEqual(['match_recipient("invoice@inbox.brightwater.io")']);
    expect(replyTo(paste('pastes138c', 'c138-09'))).not.toContain('matches "invoices@inbox.brightwater.io" already');
  });

  it('a tagged address gets one Route for every tag in the Fix, not one for this tag alone (c138-10)', () => {
    const reply = replyTo(paste('pastes138c', 'c138-10'));
    expect(reply).toContain('match_recipient("^bewerbung\\+.*@jobs.talentwerk.de$") for every bewerbung+… address');
    expect(reply).not.toContain('for it alone');
  });

  it('"nos enregistrements MX" makes the domain the person\'s own: no "if it is not your domain" (c138-08)', () => {
    expect(replyTo(paste('pastes138c', 'c138-08'))).not.toContain('is not your domain');
  });

  it('a GET on the US Routes API is no route made there: the reply says listed or made (c138-11)', () => {
    const reply = replyTo(paste('pastes138c', 'c138-11'));
    expect(reply).toContain('it lists and makes only US routes');
    expect(reply).not.toContain('routes being made');
  });

  it('"account EU" is the region (c138-15), and the EU API host is then given without a hedge', () => {
    const d = diagnose(paste('pastes138c', 'c138-15'));
    expect(d.facts.region).toBe('eu');
    expect(replyTo(paste('pastes138c', 'c138-15'))).not.toContain('for a domain in the EU region');
  });

  it("mailq's \"-- 412 Kbytes in 37 Requests.\" is no server reply (b138-35)", () => {
    const d = diagnose(paste('pastes138b', 'b138-35'));
    expect(d.facts.replyCode).not.toBe(412);
    expect(d.facts.serverMessage ?? '').not.toContain('Kbytes');
  });

  it.each([
    ['c138-01', 'mautic', 'Fix: in Settings → Configuration → Email Settings, fill in User and Password of the SMTP DSN'],
    ['c138-02', 'zammad', 'Fix: in Settings → Channels → Email → Accounts, edit the outbound account (SMTP)'],
  ])("%s: the app's own settings screen, not its framework's config (%s)", (name, client, fix) => {
    expect(diagnose(paste('pastes138c', name)).facts.client).toBe(client);
    const reply = replyTo(paste('pastes138c', name));
    expect(reply).toContain(fix);
    expect(reply).not.toContain('(the @ of the login written %40)');
    expect(reply).not.toContain('config.action_mailer');
  });
});
