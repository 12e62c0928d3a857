/** Replies review round 153c: the defects found, each pinned on the reviewer's paste (test/fixtures/pastes153c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes153c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('replies review round 153c', () => {
  it('the Finnish "Pitäisikö meidän käyttää catch_all()-reittiä, ja millä prioriteetilla ...?" asks about a route, names none (c153-11)', () => {
    expect(diagnose(paste('c153-11')).facts.routes).not.toContain('catch_all()');
    expect(replyTo(paste('c153-11'))).not.toContain('no new route is needed');
  });

  it('"SMTP Username / SMTP Password: greyed out" is no password (c153-01)', () => {
    expect(diagnose(paste('c153-01')).facts.secretsFound).toBe(false);
    expect(replyTo(paste('c153-01'))).not.toContain('WARNING');
  });

  it('the Italian "Perché prima funzionava?" is answered, and Moodle\'s noreplyaddress is kept as the sender (c153-02)', () => {
    const reply = replyTo(paste('c153-02'));
    expect(reply).toContain('Why did it work before?');
    expect(diagnose(paste('c153-02')).facts.fromSetting).toBe('noreply@mg.icrodari.edu.it');
  });

  it('Send-MailMessage\'s own `-From "rapport@..."` stays in the command shown (c153-05)', () => {
    expect(replyTo(paste('c153-05'))).toContain("-From 'rapport@mg.buurtwerkoost.nl'");
  });

  it('Portuguese "De quem é a culpa, nossa ou do Mailgun?" and "a chave de API (API key) ou outra?" are answered (c153-04)', () => {
    const reply = replyTo(paste('c153-04'));
    expect(reply).toContain('Whose side is it on?');
    expect(reply).toContain('API key or SMTP password?');
  });

  it('Danish: a route made "logget ind på api.mailgun.net (US)" for an EU domain gets a plain Fix; MX and whose side answered (c153-09)', () => {
    const reply = replyTo(paste('c153-09'));
    expect(reply).toContain('Fix: the route was made in the US region (api.mailgun.net)');
    expect(reply).not.toContain("change the script's URL");
    expect(reply).toContain('Do you need to change your MX records?');
    expect(reply).toContain('Whose side is it on?');
  });

  it('"pasted their Mailgun API key (key-3f9a...) into SMTP Password" is named as the cause (c153-17)', () => {
    expect(replyTo(paste('c153-17'))).toContain('The API key was put in the password setting');
  });

  it('Mailman: the route shown forwards announce@ to announce@ at the list server, so rides@ gets a route of its own with forward("rides@...") (c153-10)', () => {
    const reply = replyTo(paste('c153-10'));
    expect(reply).toContain('Fix: add the Route match_recipient("rides@lists.greenwaycycling.org") with the action forward("rides@mm3.greenwaycycling.org")');
    expect(reply).not.toContain('with the same actions');
  });

  it('"the old address still appears in his Zammad customer record": a retired address, the sender\'s record to update (c153-15)', () => {
    expect(diagnose(paste('c153-15')).facts.recipientAddressChanged).toBe(true);
    const reply = replyTo(paste('c153-15'));
    expect(reply).not.toContain('The address is probably right');
    expect(reply).toContain('Whose side is it on? Yours to update');
  });

  it("Outlook's block list: the suppression answer waits for the block to be lifted, and turning on a login is answered no (c153-18)", () => {
    const reply = replyTo(paste('c153-18'));
    expect(reply).toContain('Remove it there once the block is lifted');
    expect(reply).not.toContain("once the recipient's side is fixed");
    expect(reply).toContain('Do you need to add a login (SMTP authentication)? No');
  });

  it('"A Mailgun Route used to forward adopt@x to their Google Group team@googlegroups.com": the Fix forwards there (c153-08)', () => {
    expect(replyTo(paste('c153-08'))).toContain('with forward("adoptions-team@googlegroups.com")');
  });
});
