/** GitLab's gitlab.rb settings in replies (review 130c): its own names, its "plain" login, and gitlab-ctl reconfigure. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const reply = (name: string) => renderText(buildReply(diagnose(readFileSync(new URL(`../fixtures/pastes130c/${name}.txt`, import.meta.url), 'utf8'))), { ui: 'current' });

describe('GitLab in replies', () => {
  it('has its commented-out login lines uncommented, then gitlab-ctl reconfigure, and asks for no "login" the settings block does not show', () => {
    const text = reply('c130-03');
    expect(text).toContain(`Fix: remove the # in front of the configuration's login lines (“# gitlab_rails['smtp_authentication'] = "plain"”)`);
    expect(text).toContain('then run sudo gitlab-ctl reconfigure');
    expect(text).not.toContain(`smtp_authentication'] = "login"`);
  });

  it('names the bare user name of a refused login, says how a 535 differs from a relay refusal, and reconfigures', () => {
    const text = reply('c130-17');
    expect(text).toContain('The user name in the settings, "gitlab", is not an SMTP login');
    expect(text).toContain("A 535 is the other side of it: the login was sent and refused");
    expect(text).toContain('(then run sudo gitlab-ctl reconfigure)');
  });

  it("shows GitLab's own settings for 465 with TLS from the start", () => {
    const paste = `GitLab, gitlab.rb:\ngitlab_rails['smtp_address'] = "smtp.mailgun.org"\ngitlab_rails['smtp_port'] = 465\ngitlab_rails['smtp_tls'] = true\ngitlab_rails['smtp_domain'] = "mg.forge.example"\nNet::SMTPFatalError: 550 5.7.1 Relaying denied`;
    const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });
    expect(text).toContain(`gitlab_rails['smtp_port'] = 465`);
    expect(text).toContain(`gitlab_rails['smtp_tls'] = true # TLS from the start on 465\n    gitlab_rails['smtp_enable_starttls_auto'] = false`);
  });
});
