/**
 * Round 237: an ordinary week, platforms a second time (the gap shown in other syntax, and the platform innocent), questions
 * asked with their readers. The flaws it found: the first of two pasted errors answered though the person asked about the
 * second; platform gaps in other forms missed (a `kubectl get secret -A` table, a `vercel env ls` row, a unit's file renamed,
 * "2 changes staged", a Netlify context left empty); "should we roll back?" unanswered; a helm chart's renamed variables.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText } from './helpers.js';

const gapOf = (set: string, name: string): string | undefined => diagnose(fixturePaste(set, name)).evidence.find((e) => e.rule === "The paste shows why the platform's settings did not reach the running program")?.excerpt;

describe('platform gaps in other forms', () => {
  it('the Secret\'s namespace read from `kubectl get secret NAME -A`', () => {
    expect(gapOf('pastes237b', 'r237b-01')).toBe('Secret mailgun-smtp in namespace mail · workload in billing · optional: true');
    expect(fixLineOf(replyText(fixturePaste('pastes237b', 'r237b-01')))).toContain('kubectl -n billing rollout restart');
  });

  it('pods older than a Secret the program reads from its environment: a restart, not a new password', () => {
    expect(gapOf('pastes237b', 'r237b-02')).toBe('Secret mailgun-smtp changed · pods started before it · namespace notify');
  });

  it("a `vercel env ls` row of the API key for Production only, a Preview failing with 401: no key rotation", () => {
    const d = diagnose(fixturePaste('pastes237b', 'r237b-04'));
    expect([d.kind, d.facts.replyCode]).toEqual(['api-auth', 401]);
    expect(leadOf(replyText(fixturePaste('pastes237b', 'r237b-04')), 3)).toContain('ticked for Production only in Vercel');
  });

  it("a unit's EnvironmentFile= after its file was renamed (\"renommé mail.env en smtp.env\")", () => {
    expect(fixLineOf(replyText(fixturePaste('pastes237b', 'r237b-05')))).toContain('EnvironmentFile=/etc/facturo/smtp.env');
  });

  it('Railway\'s "2 changes staged · Deploy" beside a sandbox refusal: deploy them', () => {
    expect(leadOf(replyText(fixturePaste('pastes237b', 'r237b-07')), 2)).toContain('The changed variables are staged in Railway, not applied (2 changes waiting to be deployed)');
    expect(diagnose(fixturePaste('pastes237b', 'r237b-07')).facts.recipient).toBe('marina.couto@clinicasorriso.com.br');
  });

  it('a Netlify variable empty for Deploy Previews, "/v3/undefined/messages": set it for previews, nothing to add in Mailgun', () => {
    const lead = leadOf(replyText(fixturePaste('pastes237b', 'r237b-08')), 2);
    expect(lead).toContain('Netlify gives MAILGUN_DOMAIN a value for Production only');
    expect(lead).toContain('nothing needs adding in Mailgun');
  });

  it("a helm chart's MG_SMTP_* renamed to MAILGUN_SMTP_*: the names matched, the rollback question answered", () => {
    const reply = replyText(fixturePaste('pastes237c', 'r237c-03'));
    expect(fixLineOf(reply)).toContain('make the names match');
    expect(reply).toContain('Rolling back would bring the old settings back');
    expect(reply).not.toContain('check that the new name is set');
  });
});

describe('the platform innocent', () => {
  it.each(['r237b-10', 'r237b-11', 'r237b-12', 'r237b-13', 'r237b-14', 'r237b-16'])('"should we roll back?" in any language gets its No (%s)', (name) => {
    expect(replyText(fixturePaste('pastes237b', name))).toContain("Is your application's setup the cause? No:");
  });

  it("a Logs entry's \"Server: mx1.x.net\" under the refusal: the recipient's host, and the provider's domain misspelled", () => {
    const d = diagnose(fixturePaste('pastes237b', 'r237b-15'));
    expect([d.scenario, d.facts.host]).toEqual(['recipient-host', 'mx1.telefonicca.net']);
    expect(messageSection(replyText(fixturePaste('pastes237b', 'r237b-15')))).toContain('lucia.ferrer@telefonica.net');
  });
});

describe('questions and readers', () => {
  it('"I mainly care about the second one (tina)": the second error is the one answered', () => {
    const d = diagnose(fixturePaste('pastes237a', 'r237a-15'));
    expect([d.kind, d.facts.recipient]).toEqual(['mailbox-full', 'tina.marsh@aol.com']);
  });

  it('"Is the customer blocklisted?" beside a Spamhaus listing of the sending IP: the IP, not the company', () => {
    expect(replyText(fixturePaste('pastes237c', 'r237c-17'))).toContain('Not the company: the refusal names the IP address the message went out from, 159.135.228.17, as listed on Spamhaus');
  });

  it('"un messaggio ... da mandare alla paziente", "a message for the receptionist to use with the patient": for the patient', () => {
    for (const name of ['r237a-12', 'r237a-17']) expect(messageSection(replyText(fixturePaste('pastes237a', name)))).toContain('What you can tell the patient');
  });

  it('"(Riverside Physio, US)" after the clinic, "We\'re EU.": the region', () => {
    expect(diagnose(fixturePaste('pastes237a', 'r237a-17')).facts.region).toBe('us');
    expect(diagnose(fixturePaste('pastes237b', 'r237b-08')).facts.region).toBe('eu');
  });
});

describe('code review of rounds 236-237: no platform gap, login branch or message where the paste does not show one', () => {
  const codeReview = (name: string) => fixturePaste('code-review-236', name);
  const gap = (name: string) => diagnose(codeReview(name)).evidence.find((e) => e.rule === "The paste shows why the platform's settings did not reach the running program")?.excerpt;

  it.each([
    ['k8s1', '"the secret is in place" is no namespace'],
    ['kl1', '`kubectl get secret -A` lists the Secret in the workload\'s own namespace too'],
    ['pods1', 'process.env on a plain VPS and an uptime "12d4h" are no Kubernetes pods'],
    ['sd1', '"moved the code to /srv/myapp" moved no credentials file'],
    ['rw1', 'Railway\'s changes deployed ("clicked Deploy and the new deployment is live")'],
    ['rw2', 'git\'s "committed the staged changes"'],
    ['gh1', '"under Environment secrets" names no environment "under"'],
    ['vc1', 'Vercel variables "for Production and Preview"'],
    ['cp1', 'the container\'s env shows the variables filled'],
  ])('%s: %s', (name) => {
    expect(gap(name)).toBeUndefined();
  });

  it('the secret the person names is the one read, not the workflow\'s first (GITHUB_TOKEN)', () => {
    expect(gap('gh2')).toBe('secrets.SMTP_PASSWORD · environment secret of production · job report without environment:');
  });

  it('"enabled for Production only" is a Production-only gap', () => {
    expect(gap('vc2')).toBe('Vercel variables for Production only · a Preview deployment');
  });

  it('an if/else on whether there is a login, its other branch to localhost, is no login missing on one branch', () => {
    expect(replyText(codeReview('br1'))).not.toContain('logs in on one branch');
  });

  it('"multiple From headers": one to remove, not one to add', () => {
    const reply = replyText(codeReview('mf1'));
    expect(messageSection(reply)).toContain('it carries a header twice');
    expect(reply).not.toContain('give it its From header');
  });

  it('"Tested with postmaster@mg.x and the new SMTP password": the login tried is no recipient', () => {
    expect(diagnose(codeReview('tw1')).facts.recipient).toBeNull();
  });

  it('"Ya intentamos revertir el cambio": a statement, no question to answer', () => {
    expect(diagnose(codeReview('es1')).evidence.some((e) => e.rule === "The paste asks whether the app's environment or deployment is the cause")).toBe(false);
  });

  it('a temporary full mailbox, then a permanent failure of the same address: remove and resend, not "it may still arrive"', () => {
    const message = messageSection(replyText(codeReview('mb1')));
    expect(message).toContain('Bounces');
    expect(message).not.toContain('keeps trying');
  });
});
