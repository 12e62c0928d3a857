/** Replies review round 151c: the defects found, each pinned on the reviewer's paste (test/fixtures/pastes151c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes151c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('replies review round 151c', () => {
  it('a catch_all() "supprimée pendant un « nettoyage »" and one asked about ("Faut-il remettre un catch_all() ... ?") are no live routes (c151-10)', () => {
    const { scenario, facts } = diagnose(paste('c151-10'));
    expect(scenario).toBe('mailgun-incoming');
    expect(facts.routes).not.toContain('catch_all()');
    const reply = replyTo(paste('c151-10'));
    expect(reply).not.toContain('no new route is needed');
    expect(reply).toContain('Why did it work before? Most likely because of the Route the paste says was deleted');
    expect(reply).toContain('create the deleted catch_all() Route again');
  });

  it('"Password: the new private API key they generated on Monday" describes a secret, names none (c151-17)', () => {
    expect(diagnose(paste('c151-17')).facts.secretsFound).toBe(false);
    expect(replyTo(paste('c151-17'))).not.toContain('WARNING');
    expect(diagnose('Password: the Walrus Gate Key 1987\n550 5.7.1 Relaying denied\n').facts.secretsFound).toBe(true);
  });

  it('a password already marked as removed, `postmaster@x:S3cr3t-redacted`, is no secret to rotate (c151-04)', () => {
    expect(diagnose(paste('c151-04')).facts.secretsFound).toBe(false);
  });

  it('the Polish "Czy mamy zmienić rekordy MX dla in.rachmistrz.pl?" gets the MX answer (c151-09)', () => {
    expect(replyTo(paste('c151-09'))).toContain('Do you need to change your MX records?');
  });

  it('"¿Es un fallo de Mailgun o nuestro?" gets whose side; the Go snippet reads the commented-out line\'s own variables and keeps `[]string{to}` (c151-06)', () => {
    const reply = replyTo(paste('c151-06'));
    expect(reply).toContain('Whose side is it on? The sender\'s');
    expect(reply).toContain('auth := smtp.PlainAuth("", os.Getenv("MG_SMTP_USER"), os.Getenv("MG_SMTP_PASS"), "smtp.mailgun.org")');
    expect(reply).toContain('[]string{to}, msg)');
    expect(reply).not.toContain('someone@example.com');
  });

  it('"Is the Mailgun API key the password here?" and "It worked in our staging realm — why not in production?" are answered (c151-07)', () => {
    const reply = replyTo(paste('c151-07'));
    expect(reply).toContain('API key or SMTP password? The domain\'s SMTP password, not the API key');
    expect(reply).toContain('Why did it work before?');
  });

  it("Spring's mail.smtp.auth=false: no claim that no login is sent whatever is set; the German worked-before question answered (c151-03)", () => {
    const reply = replyTo(paste('c151-03'));
    expect(reply).not.toContain('whatever user name and password are set');
    expect(reply).toContain('Spring still passes spring.mail.username and spring.mail.password to Jakarta Mail');
    expect(reply).toContain('Why did it work before?');
  });

  it("a Microsoft 365 MX host whose name drops the domain's dash is not called the one made for the domain (c151-15)", () => {
    expect(replyTo(paste('c151-15'))).not.toContain('makes for this very domain');
  });

  it('Czech "Proč to do minulého týdne fungovalo?" and "Kdo to má opravit" are answered (c151-14)', () => {
    const reply = replyTo(paste('c151-14'));
    expect(reply).toContain('Why did it work before?');
    expect(reply).toContain('Whose side is it on? The recipient\'s');
  });

  it('"Is it my Mailgun account email + login password?" gets a no (c151-01)', () => {
    expect(replyTo(paste('c151-01'))).toContain('nor the email and password you sign in to Mailgun with');
  });

  it('Swedish "Är det vårt fel eller leverantörens?" gets whose side (c151-13)', () => {
    expect(replyTo(paste('c151-13'))).toContain('Whose side is it on? The recipient\'s');
  });
});
