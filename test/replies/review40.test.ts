/** Code review 40 of this session's change, each finding pinned on the reviewer's paste (test/fixtures/review40). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review40/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 40', () => {
  it('"the send connector\'s \'Smart host\' setting" names no connector "s"', () => {
    expect(diagnose(review('01-connector-apostrophe')).facts.sendConnector).toBeNull();
    expect(replyTo(review('01-connector-apostrophe'))).not.toContain('Set-SendConnector "s"');
    expect(diagnose('Set-SendConnector "Outbound via Mailgun" -Port 25\n550 5.7.1 Relaying denied\n').facts.sendConnector).toBe('Outbound via Mailgun');
  });

  it('a send connector command followed by 95,000 blanks is answered without a blow-up', () => {
    const started = performance.now();
    expect(diagnose(review('06-redos-send-connector')).scenario).toBeDefined();
    // (a generous budget: the quadratic pattern took 44 s here)
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('"La route catch_all() n\'a jamais été supprimée" is no deleted Route', () => {
    const d = diagnose(review('03-fr-route-not-deleted'));
    expect(d.evidence.some((e) => e.rule === 'The paste says Routes were deleted')).toBe(false);
    expect(replyTo(review('03-fr-route-not-deleted'))).not.toContain('the Route the paste says was deleted');
  });

  it('"usa Mailgun solo para enviar ... se recibe en Google Workspace, no en Mailgun" says the direction: outgoing', () => {
    expect(diagnose(review('02-es-send-only')).scenario).toBe('mailgun-outgoing');
  });

  it('"Our only route now is catch_all(), removed the old match_recipient one" keeps catch_all() live', () => {
    expect(diagnose(review('05-route-comma-deleted-other')).facts.routes).toContain('catch_all()');
  });

  it("a script's `requests.post(` with the US URL on the next line made the route: the Fix says so", () => {
    expect(replyTo(review('07-us-route-python-multiline'))).toContain('Fix: the route was created through the US API');
  });

  it("a recipient with an apostrophe is quoted as PowerShell needs, `'sean.o''brien@...'`", () => {
    expect(replyTo(review('08-powershell-recipient-quote'))).toContain("-To 'sean.o''brien@partner-example.ie'");
  });

  it('"It works on port 2525 from the office, why not on port 587?" is no worked-before question', () => {
    expect(replyTo(review('04-works-on-port-why-not'))).not.toContain('Why did it work before?');
  });

  it('statements are no whose-side questions: "Förra månaden var det vårt fel", "Po naszej stronie wszystko działa. Co teraz?"', () => {
    expect(diagnose(review('09-sv-statement-own-side')).facts.ownSideAsked).toBe(false);
    expect(diagnose(review('09b-pl-statement-own-side')).facts.ownSideAsked).toBe(false);
    expect(diagnose('Kunden frågar: är det vårt fel eller leverantörens?\n554 5.7.1 Relay access denied\n').facts.ownSideAsked).toBe(true);
  });

  it('"SMTP password: the silver key we buried in 1987" stays a secret', () => {
    expect(diagnose(review('10-passphrase-not-flagged')).facts.secretsFound).toBe(true);
    expect(replyTo(review('10-passphrase-not-flagged'))).not.toContain('buried in 1987');
  });
});
