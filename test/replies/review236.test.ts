/**
 * Round 236: where the platform's settings live, look-alikes, two errors in one paste; and round 235's medium flaws. The
 * flaws it found: a fix sent to the code while the manifest shown said why the login was empty (a Secret in another
 * namespace, Compose's environment: over its env_file:, Vercel's Production-only variables, a unit's moved file, a job
 * without its environment); Gmail's "'From' header is missing" taken for spam; a login on one branch of an if/else only;
 * the first of two pasted blocks answered though the person set it aside; messages for the wrong reader.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixLineOf, fixturePaste, leadOf, messageSection, replyText, sectionOf } from './helpers.js';


describe("where the platform's settings did not reach the program", () => {
  it('a Secret in another namespace with optional: true: the Secret copied into the workload\'s namespace, not the code changed', () => {
    const reply = replyText(fixturePaste('pastes236a', 'r236a-01'));
    expect(reply).toContain('A Pod reads Secrets of its own namespace only: the workload in shop refers to the Secret mailgun-smtp, which is in platform-secrets');
    expect(fixLineOf(reply)).toContain('kubectl -n shop rollout restart deployment/NAME');
    expect(fixLineOf(reply)).toContain('Remove optional: true');
    expect(reply).not.toContain('give the transport an auth');
  });

  it("Compose's environment: entries filled from the shell empty what env_file: sets", () => {
    const reply = replyText(fixturePaste('pastes236a', 'r236a-02'));
    expect(reply).toContain('The compose file sets MAILGUN_SMTP_USER=${MAILGUN_SMTP_USER} and MAILGUN_SMTP_PASSWORD=${MAILGUN_SMTP_PASSWORD}');
    expect(fixLineOf(reply)).toContain('remove those lines from the service');
    // (one account of the empty variable, not a second one beside it)
    expect(reply).not.toContain('Put MAILGUN_SMTP_USER and MAILGUN_SMTP_PASSWORD in that .env');
  });

  it("Vercel's variables for Production only, the failure on a Preview: tick Preview and redeploy", () => {
    expect(fixLineOf(replyText(fixturePaste('pastes236a', 'r236a-03')))).toContain('tick Preview');
  });

  it.each([
    ['pastes104c', 'c104-01'],
    ['pastes165c', 'c165-05'],
    ['pastes134a', 'a134-17'],
  ])('no Production-only gap where Production is the one failing or the words are about something else (%s/%s)', (set, name) => {
    expect(diagnose(fixturePaste(set, name)).evidence.some((e) => e.excerpt.startsWith('Vercel variables for Production only'))).toBe(false);
  });

  it("a unit's EnvironmentFile= after the credentials moved: the unit pointed at the file, daemon-reload, restart", () => {
    const fix = fixLineOf(replyText(fixturePaste('pastes236a', 'r236a-04')));
    expect(fix).toContain('EnvironmentFile=/etc/stockalert/mailgun.conf');
    expect(fix).toContain('systemctl daemon-reload and systemctl restart stockalert');
  });

  it('Railway changes staged, a relay refusal with no host: the side left open, the staged changes named first', () => {
    const d = diagnose(fixturePaste('pastes236a', 'r236a-13'));
    expect(d.scenario).toBe('undetermined');
    expect(leadOf(replyText(fixturePaste('pastes236a', 'r236a-13')), 2)).toContain('The changed variables are staged in Railway, not applied');
  });

  it('pods older than the Secret they read: a rollout restart, no new reset, nothing locked', () => {
    const reply = replyText(fixturePaste('pastes236a', 'r236a-14'));
    expect(reply).toContain('kubectl -n billing rollout restart deployment/NAME');
    expect(reply).toContain('nothing is locked');
  });

  it("a GitHub Actions job without the environment whose secret it reads: environment: production, no key rotation", () => {
    const reply = replyText(fixturePaste('pastes236a', 'r236a-17'));
    expect(reply).toContain('Add environment: production to the job (under jobs.report)');
    expect(reply).toContain('nothing needs rotating');
  });

  it("Netlify's deploy-preview context set to a sandbox domain: the context named, the tester authorized or the domain changed", () => {
    const d = diagnose(fixturePaste('pastes236a', 'r236a-15'));
    expect(d.facts.recipient).toBe('qa.team@pinecrest-tutoring.com');
    expect(replyText(fixturePaste('pastes236a', 'r236a-15'))).toContain('set MAILGUN_DOMAIN in [context.deploy-preview.environment] to mg.pinecrest-tutoring.com');
  });

  it('a ConfigMap changed beside a recipient-host refusal: no platform advice for a refusal it plays no part in', () => {
    expect(replyText(fixturePaste('pastes236a', 'r236a-08'))).not.toContain('rollout restart');
  });
});

describe('look-alikes', () => {
  it("Gmail's \"'From' header is missing ... To reduce the amount of spam\": a malformed message, fixed where it is built", () => {
    const d = diagnose(fixturePaste('pastes236b', 'r236b-18'));
    expect([d.scenario, d.kind]).toEqual(['not-relaying-denied', 'policy']);
    const reply = replyText(fixturePaste('pastes236b', 'r236b-18'));
    expect(reply).toContain('it is malformed: it has no From header');
    expect(reply).not.toContain('block list');
    expect(messageSection(reply)).toContain('il messaggio stesso è malformato');
  });

  it('"after an OS upgrade" is no plan; "convinced they got blocklisted" is answered', () => {
    const reply = replyText(fixturePaste('pastes236b', 'r236b-02'));
    expect(reply).not.toContain('Is it the plan or a sending limit?');
    expect(reply).toContain('Are you on a block list? No:');
  });

  it('a Route proposed for an outgoing refusal is answered: Routes are for incoming mail', () => {
    for (const name of ['r236b-16', 'r236b-17']) expect(replyText(fixturePaste('pastes236b', name))).toContain('Is a Route the cause or the fix? No:');
  });

  it('a login commented out because it gave a 535 comes back with the right credentials, not as it was', () => {
    const fix = fixLineOf(replyText(fixturePaste('pastes236b', 'r236b-04')));
    expect(fix).toContain('The 535 it gave meant the user name or password was wrong');
    expect(fix).toContain('postmaster@mg.clinicasur.es');
  });

  it('"SMTP error 421: Domain sandbox... is not allowed to send": its reply code', () => {
    expect(diagnose(fixturePaste('pastes236b', 'r236b-17')).facts.replyCode).toBe(421);
  });

  it('"sends via the Mailgun API, US)": the region', () => {
    expect(diagnose(fixturePaste('pastes236a', 'r236a-08')).facts.region).toBe('us');
  });

  it("a colleague's note quoted under its label, or a ticket's tag, calling it a relay denial: answered", () => {
    for (const [set, name] of [['pastes236c', 'r236c-12'], ['pastes236b', 'r236b-14']] as const) {
      expect(replyText(fixturePaste(set, name))).toContain('Is it a Relaying Denied error? No: it is a spam or block-list refusal');
    }
  });
});

describe('two errors in one paste', () => {
  it('Python code that logs in only on its port-465 branch: the other branch gets the login, the port stays', () => {
    const reply = replyText(fixturePaste('pastes236c', 'r236c-09'));
    expect(reply).toContain('The code logs in on one branch of its if/else only');
    expect(fixLineOf(reply)).toContain('add server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD) once its connection is set up');
    expect(fixLineOf(reply)).not.toContain('SMTP_SSL');
  });

  it('"ignore the first one", "(first block)": the earlier 535 is set aside, the session that sent no login is answered', () => {
    const reply = replyText(fixturePaste('pastes236c', 'r236c-01'));
    expect(reply).not.toContain('The paste also shows a login the server refused');
    expect(diagnose(fixturePaste('pastes236c', 'r236c-01')).facts.authAttempted).not.toBe(true);
  });

  it('"421 4.4.2 Connection timed out (retrying)" before the permanent refusal is an attempt, not a separate problem', () => {
    expect(diagnose(fixturePaste('pastes236c', 'r236c-07')).facts.otherErrors).toEqual([]);
  });

  it('"einen Text auf Deutsch, den ich dem Kunden schicken kann": the message, in German', () => {
    expect(messageSection(replyText(fixturePaste('pastes236c', 'r236c-02')))).toContain('What you can tell the customer');
  });

  it('a message for the supplier the company\'s order went to is written to the recipient, who forwards it to their IT', () => {
    const message = messageSection(replyText(fixturePaste('pastes236c', 'r236c-06')));
    expect(message).toContain('Su servidor de correo');
    expect(message).not.toContain('Mailgun aceptó');
  });
});

describe('readers of the messages', () => {
  it("\"a note they can send the hotel's IT person\": written to the recipient's IT", () => {
    expect(messageSection(replyText(fixturePaste('pastes236b', 'r236b-08')))).toContain('What you can tell the IT person');
  });

  it("\"what do I tell the customer, and can you draft something they can forward to Cordell's IT?\": for their IT, with 5.7.64's connectors", () => {
    const message = messageSection(replyText(fixturePaste('pastes236b', 'r236b-10')));
    expect(message).toContain('What you can tell the IT team');
    expect(message).toContain('5.7.64 TenantAttribution');
    expect(message).toContain('Mail flow, Connectors');
  });

  it('"Receptionist confirmed the address with the patient": the address is right', () => {
    expect(diagnose(fixturePaste('pastes236b', 'r236b-11')).facts.addressConfirmed).toBe(true);
  });

  it("an email \"directly to Fenwick's Microsoft 365 admin\" speaks to the admin, not of their administrator", () => {
    const message = messageSection(replyText(fixturePaste('pastes235b', 'r235b-10')));
    expect(message).toContain('What you can tell the admin');
    expect(message).not.toContain('forward this to whoever runs your email');
  });

  it('"krótką wiadomość dla lokatorki": for the tenant, nothing for her to change', () => {
    const message = messageSection(replyText(fixturePaste('pastes235b', 'r235b-18')));
    expect(message).toContain('What you can tell the tenant');
    expect(message).toContain('nie muszą Państwo nic robić');
  });

  it('"Can you write what they should tell the patient?": a message for the patient', () => {
    expect(messageSection(replyText(fixturePaste('pastes235b', 'r235b-17')))).toContain('What you can tell the patient');
  });

  it("a handover note for a colleague is the case in the third person, not the apology to the one who wrote in", () => {
    // (its own note since round 238, in place of a message for "the colleague")
    const note = sectionOf(replyText(fixturePaste('pastes235b', 'r235b-07')), 'Handover note');
    expect(note).toContain('no Route in the account matches the address');
    expect(note).not.toContain('sorry for the trouble');
  });

  it('a full mailbox refused for now, the retries running: the message says it may still arrive by itself', () => {
    const message = messageSection(replyText(fixturePaste('pastes235a', 'r235a-18')));
    expect(message).toContain('Mailgun riprova da solo');
    expect(message).not.toContain('Bounces');
  });

  it('others at the domain receive mail and the address is confirmed: one mailbox on their server, no typo to look for', () => {
    const reply = replyText(fixturePaste('pastes235a', 'r235a-08'));
    expect(reply).toContain('what is left is this one mailbox on "mail.harbourline-logistics.com"');
    expect(reply).not.toContain('a typo before the @');
  });
});
