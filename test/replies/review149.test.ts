/** Replies review round 149c: the defects found, each pinned on the reviewer's paste (test/fixtures/pastes149c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (name: string) => readFileSync(new URL(`../fixtures/pastes149c/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('replies review round 149c', () => {
  it("an Exchange NDR's own refused address (on its line above \"Remote server returned\") is the recipient, not one a person named above it; the route for the other address is named (c149-09)", () => {
    const text = paste('c149-09');
    expect(diagnose(text).facts.recipient).toBe('support@mg.orbitlabs.dev');
    const reply = replyTo(text);
    expect(reply).toContain('match_recipient("^(helpdesk|support)@mg\\.orbitlabs\\.dev$")');
    expect(reply).not.toContain('no new route is needed');
    expect(reply).toContain('Whose side is it on?');
  });

  it('no "looks like a sending domain" advice where the paste\'s own Routes take addresses at the domain (c149-09, c149-11)', () => {
    expect(replyTo(paste('c149-09'))).not.toContain('looks like a sending domain');
    expect(replyTo(paste('c149-11'))).not.toContain('looks like a sending domain');
  });

  it('"Password = their Mailgun SMTP password" and "(the new private API key they rotated on Friday)" describe a secret: no warning, the words quoted as written (c149-15, c149-17)', () => {
    expect(diagnose(paste('c149-15')).facts.secretsFound).toBe(false);
    const reply = replyTo(paste('c149-17'));
    expect(reply).not.toContain('treat it as exposed');
    expect(reply).toContain('MAILGUN_SMTP_PASSWORD = (the new private API key they rotated on Friday)');
  });

  it("Grafana on port 465: its settings keep 465 with NoStartTLS and the paste's own From address, and no other app's TLS setting is named (c149-07)", () => {
    const reply = replyTo(paste('c149-07'));
    expect(reply).toContain('host = smtp.eu.mailgun.org:465');
    expect(reply).toContain('startTLS_policy = NoStartTLS');
    expect(reply).toContain('from_address = grafana@mg.brightgrid.io');
    expect(reply).not.toContain("PHPMailer's SMTPSecure");
  });

  it('"Will the alerts that fired during the gap be re-sent?" is answered (c149-07)', () => {
    expect(replyTo(paste('c149-07'))).toContain('Will it be sent again?');
  });

  it('"Our private API key, or something else?", "¿Es la API key de Mailgun?", \'Is it the "Sending API key"?\' are answered: not an API key (c149-01, c149-04, c149-05)', () => {
    for (const name of ['c149-01', 'c149-04', 'c149-05']) expect(replyTo(paste(name))).toContain('not an API key');
  });

  it("the customer's own From address stays in the settings shown (c149-01, c149-06)", () => {
    expect(replyTo(paste('c149-01'))).toContain('noreply@mg.fieldnotes.eu');
    expect(replyTo(paste('c149-06'))).toContain('report@mg.example-shoji.co.jp');
    expect(replyTo(paste('c149-01'))).not.toContain('you@mg.fieldnotes.eu');
  });

  it('"They use Mailgun both for Jira\'s outgoing notifications and for an inbound route": no lean toward mail coming in (c149-16)', () => {
    expect(replyTo(paste('c149-16'))).not.toContain('leans toward mail coming in');
  });

  it('whose side, asked in Portuguese, Dutch and Italian, is answered (c149-10, c149-11, c149-12)', () => {
    for (const name of ['c149-10', 'c149-11', 'c149-12']) expect(replyTo(paste(name))).toContain('Whose side is it on?');
  });

  it('"Dobbiamo cambiare qualcosa in ... SMTP (host, porta, username)?" gets the settings answer (c149-12)', () => {
    expect(replyTo(paste('c149-12'))).toContain('Do you need to change your SMTP settings? No');
  });

  it('a route for every address at a sibling subdomain (`.*@mg.x` for atendimento@mail.x) is named, with both domains in one expression (c149-10)', () => {
    const reply = replyTo(paste('c149-10'));
    expect(reply).toContain('match_recipient(".*@(mg\\.lojaboaforma\\.com\\.br|mail\\.lojaboaforma\\.com\\.br)")');
    // (a route of its own first, with the action its mail needs: the shown route's actions are for its own domain; review 158c)
    expect(reply).toContain('Add a route for it, match_recipient(".*@mail.lojaboaforma.com.br") with the action its mail needs');
    expect(reply).toContain('Fix: add the Route match_recipient(".*@mail.lojaboaforma.com.br") with the action this address\'s mail needs (or widen the shown route\'s expression');
  });
});

describe('replies review round 149c, undetermined', () => {
  it("an app whose settings page is known gets its place in the outgoing case: Jira's Outgoing Mail (c149-16)", () => {
    expect(replyTo(paste('c149-16'))).toContain("in Jira's Administration → System → Outgoing Mail (Confluence: Administration → General Configuration → Mail Servers), edit the SMTP mail server");
  });
});

describe('a question left from round 147c', () => {
  it('"Did rotating the API key break it?" beside an unauthenticated session: no, the SMTP login is another secret', () => {
    const reply = replyTo('Our app (nodemailer) to smtp.mailgun.org:587 fails with 550 5.7.1 Relaying denied since this morning. auth: {} is empty in the transport.\nDid rotating the API key yesterday break it?\n');
    expect(reply).toContain('Is the API key the cause (a changed one, or a new one needed)? No');
    // (a statement of a rotation, not a question: nothing to answer)
    expect(replyTo('nodemailer to smtp.mailgun.org:587: 550 5.7.1 Relaying denied, auth: {} is empty. We rotated the API key last week.\n')).not.toContain('Is the API key the cause (a changed one, or a new one needed)?');
  });
});
