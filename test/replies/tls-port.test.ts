/** A client starting in plain text on port 465 (implicit TLS), stalled with no server's answer: named, with its own fix. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const RULE = 'The client starts in plain text on port 465, which expects TLS at once';
const read = (dir: string, name: string) => diagnose(readFileSync(new URL(`../fixtures/${dir}/${name}.txt`, import.meta.url), 'utf8'));
const reply = (dir: string, name: string) => renderText(buildReply(read(dir, name)), { ui: 'current' });

describe('a client starting in plain text on port 465', () => {
  it.each([
    ['session30', 'nodemailer-465-secure-false', 'port: 465, · secure: false,', 'Set secure: true in the transport beside port: 465'],
    ['session30', 'django-465-use-tls', 'EMAIL_PORT = 465 · EMAIL_USE_TLS = True', 'Set EMAIL_USE_SSL = True and EMAIL_USE_TLS = False'],
    ['session30', 'postfix-relayhost-465', 'relayhost = [smtp.mailgun.org]:465', 'set smtp_tls_wrappermode = yes'],
    ['pastes120a', 'a120-31', "gitlab_rails['smtp_port'] = 465 · gitlab_rails['smtp_enable_starttls_auto'] = true", "gitlab_rails['smtp_tls'] = true"],
    // (a person's "no smtp_tls = true..." is no setting of it)
    ['pastes123a', 'a123-36', "gitlab_rails['smtp_port'] = 465 · gitlab_rails['smtp_enable_starttls_auto'] = true", 'sudo gitlab-ctl reconfigure'],
  ])('names it in %s/%s, quotes the settings and gives the client its own TLS setting', (dir, name, settings, fix) => {
    const d = read(dir, name);
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'other']);
    expect(d.evidence[0]).toEqual({ rule: RULE, excerpt: settings });
    const text = reply(dir, name);
    expect(text).toContain(`Not a Relaying Denied error: the client starts in plain text on port 465`);
    expect(text).toContain(fix);
    expect(text).not.toContain('Read the whole error message');
    // (no server spoke, whatever status a log line gives)
    expect(text).not.toContain('The server said');
  });

  it('leaves a time-out with TLS from the start, and a server that answered, to their own answers', () => {
    const timedOut = read('session30', 'nodemailer-465-secure-true-timeout');
    expect(timedOut.evidence.map((e) => e.rule)).toEqual(['The connection to the server failed']);
    const refused = read('session30', 'nodemailer-465-secure-false-535');
    expect([refused.kind, refused.evidence.map((e) => e.rule)]).toEqual(['auth-failure', expect.not.arrayContaining([RULE])]);
    // (587 starts in plain text: a time-out there is no TLS mismatch)
    const on587 = diagnose(readFileSync(new URL('../fixtures/session30/nodemailer-465-secure-false.txt', import.meta.url), 'utf8').replace('port: 465', 'port: 587'));
    expect(on587.evidence.map((e) => e.rule)).not.toContain(RULE);
  });
});
