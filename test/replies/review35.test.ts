/** Code review 35 of this session's own change, each finding pinned on the reviewer's paste (test/fixtures/review35). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shrinkEventPage } from '../../src/diagnosis/event-page.js';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review35/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 35', () => {
  it('a short password with more text after it on its line (logfmt, a settings list on one line, a command) is still a secret, redacted and warned about', () => {
    for (const [name, password] of [['r-a', 'sunshine'], ['r-b', 'dragon'], ['r-g', 'monkey'], ['r-e', 'hunter']] as const) {
      const text = review(name);
      expect(text, name).toContain(password);
      const d = diagnose(text);
      expect(d.facts.secretsFound, name).toBe(true);
      expect(JSON.stringify(d), name).not.toContain(password);
      expect(replyTo(text), name).not.toContain(password);
    }
  });

  it('an Events page nested thousands deep is read in milliseconds, not printed indented at every level', () => {
    const items = Array.from({ length: 300 }, (_, i) => JSON.stringify({ event: 'delivered', recipient: `p${i}@x.example`, timestamp: i, 'delivery-status': { code: 250, message: 'OK' } }));
    for (const depth of [2000, 20_000]) {
      const nested = `${'{"x": '.repeat(depth)}{"event":"failed","severity":"permanent","recipient":"a@b.example","delivery-status":{"code":550,"message":"5.7.1 Relaying denied"}}${'}'.repeat(depth)}`;
      const page = `{"items": [${items.join(',')},{"event":"failed","nested":${nested}}]}`;
      const started = performance.now();
      expect(shrinkEventPage(page)).toBeNull();
      // (a blow-up took seconds and gigabytes: the budget only has to tell one apart from a loaded machine)
      expect(performance.now() - started).toBeLessThan(2000);
      expect(diagnose(page).scenario).toBeDefined();
    }
  });

  it('"this is not a Plesk server" gets the Postfix Fix, not Plesk\'s', () => {
    const reply = replyTo(review('pl-a'));
    expect(reply).not.toContain('Fix: in Plesk');
    expect(reply).toContain("Fix: turn Postfix's SMTP login on");
  });

  it('"why does other mail still go out?" is not answered for an app sending through the inbound MX, nor when the other mail fails too', () => {
    expect(replyTo(review('o-c'))).not.toContain('Why does other mail still go out?');
    expect(replyTo(review('o-e'))).not.toContain('Why does other mail still go out?');
  });

  it('"Do we put, as password, the Private API key?" and "no longer has the API key" are no report that the API key is the password', () => {
    expect(replyTo(review('k-a'))).not.toContain('The API key was put in the password setting');
    expect(replyTo(review('k-c'))).not.toContain('The API key was put in the password setting');
  });

  it('a list route that may take the address (its case differs) is not told to add it', () => {
    expect(replyTo(review('rt-a'))).not.toContain('not among them');
  });

  it("an empty login variable of a job under cron does not get the env file's Fix", () => {
    expect(replyTo(review('env-cron'))).not.toContain('in the environment the application reads');
  });

  it('"need to be sent again manually once we fix the login?" is no "by themselves" question', () => {
    expect(replyTo(review('o-g'))).not.toContain('Not by themselves');
  });

  it('a 95 KB line of "in may it was " is read in well under a second', () => {
    const text = `550 5.7.1 Relaying denied fixed\n${'in may it was '.repeat(6800)}`;
    const started = performance.now();
    diagnose(text);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
