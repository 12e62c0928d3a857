import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { RULES } from '../../src/diagnosis/rules/index.js';
import { CLIENTS, ERROR_KINDS, type ErrorKind, type SecretKind } from '../../src/diagnosis/types.js';
import { buildReply, renderText, type Reply } from '../../src/replies/index.js';
import { confidenceLine, WHERE_SEEN_QUESTION } from '../../src/replies/build.js';
import { plain } from '../../src/replies/rich.js';
import { allRich, labels, makeDiagnosis, segments } from './helpers.js';

/** A code review's proving pastes (test/fixtures/DIR/NAME.txt), diagnosed and replied to as the current UI shows them. */
function reviewPastes(dir: string) {
  const read = (name: string) => diagnose(readFileSync(new URL(`../fixtures/${dir}/${name}.txt`, import.meta.url), 'utf8'));
  return { read, reply: (name: string) => renderText(buildReply(read(name)), { ui: 'current' }) };
}

const outgoing = (facts = {}) => buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, facts));
const sectionNamed = (reply: Reply, heading: string) => {
  const section = reply.sections.find((s) => s.heading === heading);
  if (!section) throw new Error(`no section "${heading}" in ${reply.sections.map((s) => s.heading).join(', ')}`);
  return section;
};
const fullText = (reply: Reply) => renderText(reply, { ui: 'all' });

describe('mailgun-outgoing reply', () => {
  it('gives the credential steps of all three Mailgun UIs with the exact labels', () => {
    const reply = outgoing({ mailgunDomain: 'mg.acme.io' });
    const where = sectionNamed(reply, 'Where to find the SMTP credentials');
    const byUi = Object.fromEntries((where.uiSteps ?? []).map((ui) => [ui.ui, labels(ui.steps)]));
    expect(byUi.classic).toEqual([
      'Domains',
      'Domain Information',
      'Default SMTP Login',
      'Default Password',
      'Manage SMTP Credentials',
    ]);
    expect(byUi.beta).toEqual(['Messages', 'Settings', 'SMTP Credentials']);
    expect(byUi.current).toEqual(['Send', 'Sending', 'Domains']);
    expect(reply.hasUiSteps).toBe(true);
    expect(reply.headline).toMatch(/not authenticated/);
    expect(fullText(reply)).toContain('RCPT TO');
  });

  it('tells how to fix it: host, ports, full login, and the API alternative', () => {
    const text = fullText(outgoing({ mailgunDomain: 'mg.acme.io', region: 'us' }));
    expect(text).toContain('smtp.mailgun.org');
    for (const port of ['587', '465', '2525', '25']) expect(text).toMatch(new RegExp(`\\b${port}\\b`));
    expect(text).toContain('STARTTLS');
    expect(text).toContain('postmaster@mg.acme.io');
    expect(text).toContain('https://api.mailgun.net/v3/mg.acme.io/messages');
  });

  it('uses the EU hosts for an EU domain and the US hosts for a US one', () => {
    const eu = fullText(outgoing({ region: 'eu', client: 'nodemailer' }));
    expect(eu).toContain('smtp.eu.mailgun.org');
    expect(eu).toContain('https://api.eu.mailgun.net');
    expect(eu).not.toContain('smtp.mailgun.org');
    expect(eu).not.toContain('api.mailgun.net');
    const us = fullText(outgoing({ region: 'us', client: 'nodemailer' }));
    expect(us).toContain('smtp.mailgun.org');
    expect(us).not.toContain('smtp.eu.mailgun.org');
  });

  it("says an EU domain's SMTP credentials are kept in the EU region, with the domain", () => {
    expect(fullText(outgoing({ region: 'eu' }))).toContain("An EU domain's SMTP credentials are kept in the EU region");
    expect(fullText(outgoing({ region: 'us' }))).not.toContain("An EU domain's SMTP credentials are kept in the EU region");
  });

  it("explains a web.config's <network defaultCredentials=\"true\">", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', evidence: [{ rule: 'The SMTP session was not authenticated', excerpt: '<network host="smtp.eu.mailgun.org" port="587" defaultCredentials="true" />' }] }, { authAttempted: false, client: 'dotnet-smtpclient' }));
    expect(reply.summary.map(plain).join('\n')).toContain('defaultCredentials="false"');
  });

  it('explains that .NET\'s UseDefaultCredentials = true replaces the credentials set before it', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', evidence: [{ rule: 'The SMTP session was not authenticated', excerpt: 'client.UseDefaultCredentials = true;' }] }, { authAttempted: false, client: 'dotnet-smtpclient' }));
    expect(reply.summary.map(plain).join('\n')).toContain("uses the process account's own Windows credentials in place of any Credentials set before it, and those work only with NTLM or Kerberos");
    expect(reply.summary.map(plain).join('\n')).not.toContain('proxy');
    expect(reply.summary.map(plain).find((line) => line.startsWith('Fix:'))).toContain('remove UseDefaultCredentials = true');
  });

  it('does not send for credentials the paste has when the Fix is an order or a name that keeps them from Mailgun (review 119c)', () => {
    // (the login shown beside it: kept; none shown, as in review 267a-05's settings, it is to get, below)
    const kept = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', evidence: [{ rule: 'The SMTP session was not authenticated', excerpt: 'client.UseDefaultCredentials = true;' }] }, { authAttempted: false, client: 'dotnet-smtpclient', smtpLogin: 'postmaster@mg.example.com' })));
    expect(kept).toContain('The login and password need no change for this refusal');
    expect(kept).not.toContain("Get the domain's SMTP login and password from the Mailgun control panel");
    expect(kept).not.toContain('Turn authentication on.');
    // (a session that sent no login and nothing shown of why: the credentials are to be got and set)
    const missing = fullText(outgoing());
    expect(missing).toContain("Get the domain's SMTP login and password from the Mailgun control panel");
    expect(missing).not.toContain('need no change for this refusal');
  });

  it('says UseDefaultCredentials set "for the proxy" does nothing for one (review 116c)', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', evidence: [{ rule: 'The SMTP session was not authenticated', excerpt: 'client.UseDefaultCredentials = true; // wegen Proxy' }] }, { authAttempted: false, client: 'dotnet-smtpclient' }));
    expect(reply.summary.map(plain).join('\n')).toContain('SmtpClient never goes through an HTTP proxy');
  });

  it('names the EU host next to the US one when the region is unknown', () => {
    const text = fullText(outgoing({ region: null }));
    expect(text).toContain('smtp.mailgun.org');
    expect(text).toContain('smtp.eu.mailgun.org');
  });

  const snippetMarkers: Record<(typeof CLIENTS)[number], string> = {
    nodemailer: 'createTransport',
    phpmailer: 'SMTPAuth = true',
    'python-smtplib': 'smtp.login(',
    postfix: 'smtp_sasl_auth_enable = yes',
    exim: "dc_smarthost='smtp.eu.mailgun.org::587'",
    symfony: 'MAILER_DSN=smtp://postmaster%40mg.acme.io:',
    laravel: 'MAIL_USERNAME=postmaster@mg.acme.io',
    'jakarta-mail': 'mail.smtp.auth=true',
    'dotnet-smtpclient': 'new NetworkCredential(',
    mailkit: 'AuthenticateAsync(',
    'go-net-smtp': 'smtp.PlainAuth(',
    lettre: '.credentials(Credentials::new(',
    swoosh: 'auth: :always',
    'ruby-net-smtp': 'user_name:',
    wordpress: 'SMTP Username:',
    swaks: '--auth-user',
    sendmail: 'AuthInfo:smtp.eu.mailgun.org',
    django: 'EMAIL_HOST_USER = ',
    powershell: '-Credential $credential',
    msmtp: 'auth           on',
    ssmtp: 'AuthUser=postmaster@mg.acme.io',
    zimbra: 'zimbraMtaSmtpSaslAuthEnable yes',
    exchange: 'SmartHostAuthMechanism BasicAuthRequireTLS',
    powermta: 'auth-username postmaster@mg.acme.io',
    ghost: '"auth": { "user": "postmaster@mg.acme.io"',
    discourse: 'DISCOURSE_SMTP_USER_NAME: postmaster@mg.acme.io',
    gitlab: `gitlab_rails['smtp_user_name'] = "postmaster@mg.acme.io"`,
    'gitlab-helm': 'user_name: postmaster@mg.acme.io',
    mastodon: 'SMTP_AUTH_METHOD=plain',
    moodle: 'SMTP Auth Type:  LOGIN',
    listmonk: 'Auth protocol:  LOGIN (or PLAIN)',
    synology: 'SMTP authentication:    on',
    nextcloud: "'mail_smtpauth' => true",
    odoo: 'Authenticate with:      Username',
    atlassian: 'Use TLS:    Yes',
    keycloak: 'Authentication:  Enabled',
    grafana: 'user = postmaster@mg.acme.io',
    zabbix: 'Authentication:       Username and password',
    jenkins: 'Use SMTP Authentication:  checked',
    'home-assistant': 'platform: smtp',
    'uptime-kuma': 'Security:    None / STARTTLS (25, 587)',
    supabase: 'Enable custom SMTP:  on',
    mautic: 'Scheme:    smtp',
    zammad: 'Send Mails via:  SMTP - configure your own outgoing SMTP settings',
    magento: 'Authentication method:  LOGIN',
    sentry: "mail.username: 'postmaster@mg.acme.io'",
    printer: 'SMTP user name:             postmaster@mg.acme.io',
    gitea: 'USER      = postmaster@mg.acme.io',
    'gitea-helm': 'secretKeyRef: { name: gitea-mailer, key: user }       # postmaster@mg.acme.io',
    vaultwarden: 'SMTP_USERNAME: postmaster@mg.acme.io',
    mattermost: 'Enable SMTP Authentication:   true',
    hmailserver: 'Server requires authentication:   checked',
    mdaemon: 'Use SMTP authentication:      checked',
    kerio: 'Relay SMTP server requires authentication:    checked',
    'iis-smtp': 'Basic authentication',
    opensmtpd: 'auth <secrets>',
    'm365-connector': 'smtp_sasl_auth_enable = yes',
    'mail-program': 'User name:              postmaster@mg.acme.io',
    prestashop: 'SMTP username:     postmaster@mg.acme.io',
    osticket: 'Authentication Required:  Yes',
    freshdesk: 'Authentication:  Plain',
    matomo: 'type = "Login"',
  };


  it.each(CLIENTS)('gives a %s snippet filled with the host and login', (client) => {
    const reply = outgoing({ client, region: 'eu', mailgunDomain: 'mg.acme.io' });
    const snippet = sectionNamed(reply, 'Settings for your SMTP client').snippet;
    expect(snippet?.code).toContain(snippetMarkers[client]);
    expect(snippet?.code).toContain('smtp.eu.mailgun.org');
    expect(snippet?.code).toMatch(/postmaster(@|%40)mg\.acme\.io/);
    expect(snippet?.code).not.toMatch(/\{(host|port|login|loginUrl|domain)\}/);
  });

  it('gives each client its own snippet and a generic one for an unknown client', () => {
    const codes = CLIENTS.map((client) => sectionNamed(outgoing({ client }), 'Settings for your SMTP client').snippet?.code);
    expect(new Set(codes).size).toBe(CLIENTS.length);
    const generic = sectionNamed(outgoing({ client: null }), 'Settings for your SMTP client');
    expect(generic.snippet?.title).toBe('any SMTP client');
    expect(generic.snippet?.code).toContain('Username:       postmaster@YOUR_DOMAIN');
    expect(codes).not.toContain(generic.snippet?.code);
  });

  it('never puts a hostile domain into the login or snippet', () => {
    const reply = outgoing({ client: 'laravel', mailgunDomain: '<!channel>`x`.com' });
    const text = fullText(reply);
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('postmaster@YOUR_DOMAIN');
  });

  it('says a 535 after the fix can be the login name or the region too, and keeps 465 away from .NET', () => {
    expect(fullText(outgoing())).toMatch(/535.*check the user name and the password, and that the host is the one of the domain's region/);
    // A known region needs no word on the other one.
    expect(fullText(outgoing({ region: 'us' }))).not.toMatch(/535.*the one of the domain's region/);
    expect(fullText(outgoing({ client: 'powershell' }))).toMatch(/not 465: \.NET's SmtpClient, which Send-MailMessage uses, cannot do implicit TLS/);
    expect(fullText(outgoing({ client: 'nodemailer' }))).toContain('465 uses implicit TLS');
  });

  it('mentions the missing AUTH and quotes the refused recipient', () => {
    const reply = outgoing({ authAttempted: false, recipient: 'bob@example.org' });
    expect(segments(reply)).toContainEqual({ kind: 'quote', text: 'bob@example.org' });
    expect(fullText(reply)).toContain('The paste shows no login: no AUTH command');
    // The line that shows it, when the evidence has one.
    const quoted = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', evidence: [{ rule: 'The SMTP session was not authenticated', excerpt: "'mail_smtpauth' => false," }] }, { authAttempted: false }));
    expect(fullText(quoted)).toContain(`The paste shows no login: "'mail_smtpauth' => false,".`);
  });

  it("says an inbound MX host is not for sending when the paste configures one", () => {
    expect(fullText(outgoing({ host: 'mxa.mailgun.org', hostRole: 'mailgun-mx', region: 'us' }))).toMatch(/names mxa\.mailgun\.org, one of Mailgun's inbound MX hosts .* applications send through smtp\.mailgun\.org, never through an MX host/);
    expect(fullText(outgoing({ host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' }))).not.toMatch(/inbound MX hosts/);
  });

  it('puts the client settings before the three control panels', () => {
    const headings = outgoing({ client: 'nodemailer' }).sections.map((section) => section.heading);
    expect(headings.indexOf('Settings for your SMTP client')).toBeLessThan(headings.indexOf('Where to find the SMTP credentials'));
  });
});

describe('mailgun-incoming reply', () => {
  const incoming = (facts = {}) =>
    buildReply(
      makeDiagnosis(
        { scenario: 'mailgun-incoming' },
        { recipient: 'help@support.acme.io', recipientDomain: 'support.acme.io', host: 'mxa.eu.mailgun.org', hostRole: 'mailgun-mx', ...facts },
      ),
    );

  it("sends an EU delivery to the EU region's Routes, and says every region keeps its own", () => {
    const eu = fullText(incoming({ region: 'eu' }));
    expect(eu).toContain("only the EU region's Routes count");
    expect(eu).toContain('each region (US, EU) keeps its own');
    expect(fullText(incoming({ region: 'us' }))).not.toContain("EU region's Routes");
  });

  it('says a host "answered" only when the evidence saw it answer, and drops the MX section when Routes are shown', () => {
    expect(fullText(incoming())).toContain('server named "mxa.eu.mailgun.org"');
    const answered = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming', evidence: [{ rule: "Mailgun's inbound MX gave the refusal", excerpt: 'mxa.eu.mailgun.org' }] }, { host: 'mxa.eu.mailgun.org', hostRole: 'mailgun-mx' }));
    expect(fullText(answered)).toContain('server that answered "mxa.eu.mailgun.org"');
    expect(incoming().sections.map((section) => section.heading)).toContain('If the domain should not receive mail through Mailgun');
    expect(incoming({ routes: ['match_recipient("sales@support.acme.io")'] }).sections.map((section) => section.heading)).not.toContain('If the domain should not receive mail through Mailgun');
  });

  it("says what catch_all() does as Mailgun documents it: it matches if no preceding route matched, so it goes last", () => {
    const text = fullText(incoming());
    expect(text).toContain('a catch_all() as the fallback gets the highest priority number');
    expect(text).toMatch(/catch_all\(\) +# any address no earlier route matched \(the fallback: last priority\)/);
    expect(text).not.toContain('end the other routes with stop()');
  });

  it('points out a route one or two letters from the refused address', () => {
    const near = fullText(incoming({ recipient: 'rechnung@inbox.fjord.example', recipientDomain: 'inbox.fjord.example', routes: ['match_recipient("rechnungen@inbox.fjord.example")', 'match_header("subject", ".*Invoice.*")'] }));
    expect(near).toContain('"rechnungen@inbox.fjord.example" is a letter or two away from "rechnung@inbox.fjord.example"');
    const far = fullText(incoming({ recipient: 'sales@inbox.fjord.example', recipientDomain: 'inbox.fjord.example', routes: ['match_recipient("rechnungen@inbox.fjord.example")'] }));
    expect(far).not.toContain('a letter or two away');
    // (short names: "hr@" and "it@" are two mailboxes; an anchored route is still one address)
    expect(fullText(incoming({ recipient: 'hr@acme.example', recipientDomain: 'acme.example', routes: ['match_recipient("it@acme.example")'] }))).not.toContain('a letter or two away');
    expect(fullText(incoming({ recipient: 'rechnung@acme.example', recipientDomain: 'acme.example', routes: ['match_recipient("^rechnungen@acme\\.example$")'] }))).toContain('a letter or two away');
  });

  it("reads a route naming the address's start only as another address, not as one that takes it (review 119c)", () => {
    const text = fullText(incoming({ recipient: 'orders@inbound.fennick.example.com', recipientDomain: 'inbound.fennick.example.com', routes: ['match_recipient("orders@inbound.fennick.example.co")'] }));
    expect(text).toContain('match_recipient("orders@inbound.fennick.example.co") names another address');
    expect(text).toContain('is a letter or two away from "orders@inbound.fennick.example.com"');
    expect(text).not.toContain('its expression is not the problem');
    expect(text).not.toContain('make sure that route is live');
  });

  it("points out a route for every address at a look-alike domain, which takes none at the refused one (review 48c)", () => {
    const text = fullText(incoming({ recipient: 'jobs@hatchworks.io', recipientDomain: 'hatchworks.io', routes: ['match_recipient("careers@hatchworks.io")', 'match_recipient(".*@hatchworks.co")'] }));
    expect(text).toContain('The route for any address at "hatchworks.co" takes only addresses at that domain, not at "hatchworks.io"');
    expect(text).toContain('match_recipient(".*@hatchworks.io")');
    // (an agency's routes for its other clients' domains are no typo)
    expect(fullText(incoming({ recipient: 'jobs@hatchworks.io', recipientDomain: 'hatchworks.io', routes: ['match_recipient(".*@fjordline.example")'] }))).not.toContain('The route for any address at');
  });

  it('does not say "no Route matched" when a route shown takes the address', () => {
    const reply = incoming({ routes: ['match_recipient(".*@support.acme.io")'] });
    expect(reply.headline).toMatch(/though a Route shown matches the recipient/);
    expect(fullText(reply)).not.toContain('No Route matched');
    expect(fullText(reply)).toMatch(/make sure that route is live in the Mailgun account and region/);
  });

  it('tries the Routes the paste shows on the recipient and says what that means', () => {
    const none = fullText(incoming({ routes: ['match_recipient(".*@inbound.acme.io")'] }));
    expect(none).toContain('match_recipient(".*@inbound.acme.io") does not');
    expect(none).toContain('None of them takes this address');
    const one = fullText(incoming({ routes: ['match_recipient(".*@inbound.acme.io")', 'catch_all()'] }));
    expect(one).toContain('catch_all() takes it');
    expect(one).toMatch(/US and EU Routes are separate/);
    expect(fullText(incoming())).not.toContain('The Routes in the paste');
  });

  it('names the recipient and its domain as quotes', () => {
    const quoted = segments(incoming()).filter((s) => s.kind === 'quote').map((s) => s.text);
    expect(quoted).toContain('help@support.acme.io');
    expect(quoted).toContain('support.acme.io');
    expect(quoted).toContain('mxa.eu.mailgun.org');
  });

  it('shows how to check the Routes in the UI and with the region API', () => {
    const reply = incoming({ region: 'eu' });
    const check = sectionNamed(reply, 'Check your Routes');
    expect(labels(check.steps ?? [])).toEqual(expect.arrayContaining(['Receiving', 'Routes']));
    const text = fullText(reply);
    expect(text).toContain("curl -s --user 'api:YOUR_API_KEY' https://api.eu.mailgun.net/v3/routes");
    expect(text).toMatch(/not confirmed/);
    expect(fullText(incoming({ region: 'us' }))).toContain('https://api.mailgun.net/v3/routes');
  });

  it('gives route expressions using the real recipient', () => {
    const reply = incoming();
    const snippet = sectionNamed(reply, 'Check your Routes').snippet?.code ?? '';
    expect(snippet).toContain('match_recipient("help@support.acme.io")');
    expect(snippet).toContain('catch_all()');
    expect(fullText(reply)).toContain('match_recipient("help@support.acme.io")');
  });

  it('explains account-wide routes, priority order, stop(), and the MX alternative', () => {
    const text = fullText(incoming());
    expect(text).toMatch(/whole Mailgun account, not to one domain/);
    expect(text).toMatch(/priority order, lower number first/);
    expect(text).toMatch(/Every route that matches runs.*stop\(\)/);
    expect(text).toMatch(/MX records are the mistake/);
  });

  it('falls back to a placeholder when the recipient is not a plain address', () => {
    const snippet = sectionNamed(incoming({ recipient: 'x")\ncatch_all("@a.io' }), 'Check your Routes').snippet?.code;
    expect(snippet).toContain('match_recipient("user@YOUR_DOMAIN")');
  });
});

describe('recipient-host reply', () => {
  const recipientHost = (facts = {}) =>
    buildReply(
      makeDiagnosis(
        { scenario: 'recipient-host' },
        {
          recipient: 'jane@partner.example',
          mxHost: 'mx1.partner.example',
          hostRole: 'other',
          serverMessage: '554 5.7.1 <jane@partner.example>: Relay access denied',
          event: 'failed',
          ...facts,
        },
      ),
    );

  it('quotes the recipient, the refusing host and its message', () => {
    const quoted = segments(recipientHost()).filter((s) => s.kind === 'quote').map((s) => s.text);
    expect(quoted).toContain('jane@partner.example');
    expect(quoted).toContain('mx1.partner.example');
    expect(quoted).toContain('554 5.7.1 <jane@partner.example>: Relay access denied');
  });

  it('says to double-check the address and that the recipient admin must accept it', () => {
    const text = fullText(recipientHost());
    expect(text).toContain('Double-check "jane@partner.example"');
    expect(text).toMatch(/recipient's mail administrator must/);
    expect(text).toMatch(/permanent/);
  });

  it('explains a temporary refusal for a 4xx code or a temporary event', () => {
    expect(fullText(recipientHost({ replyCode: 454 }))).toMatch(/This refusal was temporary/);
    expect(fullText(recipientHost({ replyCode: null, severity: 'temporary' }))).toMatch(/This refusal was temporary/);
    expect(fullText(recipientHost({ replyCode: 554 }))).not.toMatch(/This refusal was temporary/);
  });

  it('keeps a 100 KB server message short', () => {
    const reply = recipientHost({ serverMessage: `550 relay not permitted ${'x'.repeat(100_000)}` });
    const message = segments(reply).find((s) => s.kind === 'quote' && s.text.startsWith('550 relay'));
    expect(message?.text.length).toBeLessThanOrEqual(200);
    expect(message?.text.endsWith('…')).toBe(true);
  });
});

describe('undetermined reply', () => {
  it("says a refusal worded as another MTA's is most likely not Mailgun's, and that a 4xx one is retried", () => {
    const reply = fullText(buildReply(makeDiagnosis({ scenario: 'undetermined' }, { serverMessage: '454 4.7.1 <s@tea.example>: Relay access denied', replyCode: 454 })));
    expect(reply).toMatch(/The wording is not Mailgun's \(Mailgun says 550 5\.7\.1 Relaying denied\)/);
    expect(reply).toMatch(/temporary \(a 4xx code\)/);
    // (either the sender's own SMTP server or the recipient's: which one depends on where it was seen, in the section of the two cases)
    expect(reply).toContain('the SMTP server the sender is set to use would not pass the mail on');
    expect(reply).toContain("Mailgun accepted the message and the recipient's server refused it");
    expect(reply).not.toMatch(/The most common cause is an application sending through Mailgun's SMTP/);
    expect(reply).not.toContain('(most common)');
    const mailgunWords = fullText(buildReply(makeDiagnosis({ scenario: 'undetermined' }, { serverMessage: '550 5.7.1 Relaying denied', replyCode: 550 })));
    expect(mailgunWords).toMatch(/The most common cause is an application sending through Mailgun's SMTP/);
  });

  it('lists three possibilities, calls outgoing the most common, and asks where it was seen', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined', confidence: 0.4 }));
    const three = sectionNamed(reply, 'It is one of three things').steps ?? [];
    expect(three).toHaveLength(3);
    expect(plain(three[0] ?? [])).toMatch(/^Outgoing through Mailgun \(most common\)/);
    expect(plain(three[1] ?? [])).toMatch(/Routes/);
    expect(plain(three[2] ?? [])).toMatch(/recipient's server/);
    expect(fullText(reply)).toContain('Where did you see this error?');
    expect(reply.confidenceWord).toBe('low');
  });

  it("does not ask where it was seen when Mailgun's SMTP host refused a session that sent a login: it says what to check", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined', confidence: 0.8 }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', authAttempted: true }));
    expect(reply.headline).toBe('Mailgun refused to relay, although the session logged in');
    const steps = (sectionNamed(reply, 'What to check').steps ?? []).map(plain);
    expect(steps[0]).toMatch(/235/);
    expect(steps[1]).toMatch(/same connection/);
    expect(steps[2]).toMatch(/Mailgun support/);
    expect(fullText(reply)).not.toContain('Where did you see this error?');
    // The three cases and a "less likely" one would contradict what the paste shows.
    expect(reply.sections.map((s) => s.heading)).toEqual(['What to check']);
    // A 235 in the evidence: no asking for it.
    const accepted = buildReply(makeDiagnosis({ scenario: 'undetermined', evidence: [{ rule: 'The SMTP session logged in (235), so a missing login is not the cause', excerpt: '235 2.0.0 OK' }] }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', authAttempted: true }));
    expect((sectionNamed(accepted, 'What to check').steps ?? []).map(plain)).toEqual([expect.stringMatching(/same connection/), expect.stringMatching(/^If they do, send/)]);
    // Without the login, or with another server, the question stays.
    for (const facts of [{ host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', authAttempted: null }, { host: 'mail.example.com', hostRole: 'other', authAttempted: true }] as const) {
      expect(fullText(buildReply(makeDiagnosis({ scenario: 'undetermined' }, facts)))).toContain('Where did you see this error?');
    }
  });
});

describe('not-relaying-denied reply', () => {
  const kindWords: Record<ErrorKind, RegExp> = {
    'auth-failure': /login failure/,
    'unknown-user': /unknown recipient/,
    'mailbox-full': /full mailbox/,
    blocked: /block-list/,
    policy: /sender or content policy/,
    'rate-limit': /rate limiting/,
    sandbox: /sandbox/,
    'api-auth': /API key/,
    other: /^Not a Relaying Denied error$/,
  };

  it.each(ERROR_KINDS)('says plainly it is not a relay denial and what it is: %s', (kind) => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind }));
    expect(reply.headline).toMatch(/^Not a Relaying Denied error/);
    expect(reply.headline).toMatch(kindWords[kind]);
    expect(plain(reply.summary[0] ?? [])).toMatch(/^This is not a Relaying Denied error\./);
    expect(reply.kind).toBe(kind);
  });

  it("quotes a client's own report as the error shown, not as what a server said", () => {
    const refused = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'other' }, { serverMessage: 'connect ECONNREFUSED 127.0.0.1:587' })));
    expect(refused).toContain('The error shown: "connect ECONNREFUSED 127.0.0.1:587"');
    const said = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy' }, { serverMessage: '550 5.7.26 DMARC policy' })));
    expect(said).toContain('The server said: "550 5.7.26 DMARC policy"');
  });

  it("sends a block of the recipient side's own making to the recipient's administrator", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }));
    expect(fullText(reply)).toMatch(/only their mail administrator can lift it/);
    expect(fullText(reply)).toMatch(/If it names a block list/);
  });

  it('tells a sender blocked for sending straight from its own server to send through Mailgun', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }));
    expect(fullText(reply)).toMatch(/straight from the sender's own server .* send through Mailgun instead/);
  });

  it.each(RULES.filter((rule) => rule.target === 'kind:other' && rule.id !== 'suppressed-address').map((rule) => [rule.id, rule.name]))(
    'gives the `other` error %s its own advice, not the generic "read the whole message"',
    (_id, name) => {
      const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'other', summary: `Not a Relaying Denied error. ${name}.`, evidence: [{ rule: name, excerpt: 'x' }] }));
      expect(reply.headline.toLowerCase()).toContain(name.toLowerCase());
      expect(fullText(reply)).not.toContain('Read the whole error message');
    },
  );

  it('names an `other` error by the rule the engine named it with, in the headline and the summary', () => {
    const reply = buildReply(
      makeDiagnosis({
        scenario: 'not-relaying-denied',
        kind: 'other',
        summary: 'Not a Relaying Denied error. The message is too large.',
        evidence: [{ rule: 'The message is too large', excerpt: '552 5.3.4 Message size exceeds fixed limit' }],
      }),
    );
    expect(reply.headline).toBe('Not a Relaying Denied error: the message is too large');
    expect(plain(reply.summary[0] ?? [])).toBe('This is not a Relaying Denied error. The message is too large.');
    expect(fullText(reply)).not.toMatch(/doesn't show a server refusing to relay/);
  });

  it('does not take evidence the summary does not name for the name of an `other` error', () => {
    const reply = buildReply(
      makeDiagnosis({
        scenario: 'not-relaying-denied',
        kind: 'other',
        summary: 'Not a Relaying Denied error: an SMTP error I cannot name more precisely.',
        evidence: [{ rule: 'A relay refusal is mentioned', excerpt: 'relay' }],
      }),
    );
    expect(reply.headline).toBe('Not a Relaying Denied error');
    expect(plain(reply.summary[0] ?? [])).toBe("This is not a Relaying Denied error. The text doesn't show a server refusing to relay mail.");
  });

  it('sends a 535 login failure to SMTP Credentials with the UI steps', () => {
    const reply = buildReply(
      makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'auth-failure' }, { replyCode: 535, serverMessage: '535 5.7.0 Mailgun is not loving your login or password' }),
    );
    expect(labels(allRich(reply))).toContain('SMTP Credentials');
    expect(reply.hasUiSteps).toBe(true);
    expect(fullText(reply)).toContain('535');
    expect(segments(reply)).toContainEqual({ kind: 'quote', text: '535 5.7.0 Mailgun is not loving your login or password' });
  });

  it('explains sandbox and API key errors with their own fixes', () => {
    const sandbox = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'sandbox' })));
    expect(sandbox).toMatch(/authorized recipient/);
    const api = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'api-auth' })));
    expect(api).toMatch(/401/);
    expect(api).toContain('https://api.eu.mailgun.net');
  });
});

describe('every reply', () => {
  it('shows evidence as rule name plus a quoted, shortened excerpt', () => {
    const reply = buildReply(
      makeDiagnosis({
        evidence: [
          { rule: 'Mailgun SMTP peer', excerpt: 'connect to smtp.mailgun.org:587' },
          { rule: 'long excerpt', excerpt: 'y'.repeat(5000) },
        ],
      }),
    );
    expect(reply.evidence[0]).toEqual([
      { kind: 'text', text: 'Mailgun SMTP peer' },
      { kind: 'text', text: ': ' },
      { kind: 'quote', text: 'connect to smtp.mailgun.org:587' },
    ]);
    const long = reply.evidence[1]?.find((s) => s.kind === 'quote');
    expect(long?.text.length).toBeLessThanOrEqual(120);
    expect(renderText(reply, { ui: 'all' })).toContain('Why I think so');
  });

  it('quotes a long line shown for two rules around the shorter quote, not from its start', () => {
    const line = '[2024-05-14 09:12:44] production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied". {"userId":4412,"exception":"[object] (Symfony';
    const reply = buildReply(
      makeDiagnosis({
        evidence: [
          { rule: 'The server replied with a relay refusal', excerpt: '550 5.7.1 Relaying denied' },
          { rule: "An error thrown by the sender's own mail library", excerpt: line },
        ],
      }),
    );
    expect(reply.evidence).toHaveLength(1);
    const shown = reply.evidence[0]?.find((s) => s.kind === 'quote')?.text ?? '';
    expect(shown).toContain('550 5.7.1 Relaying denied');
    expect(shown).toMatch(/^…production\.ERROR/);
    expect(shown.length).toBeLessThanOrEqual(120);
  });

  it('caps the evidence list and says how many lines were left out', () => {
    const evidence = Array.from({ length: 30 }, (_, i) => ({ rule: `rule ${i}`, excerpt: `x${i}` }));
    const reply = buildReply(makeDiagnosis({ evidence }));
    expect(reply.evidence).toHaveLength(9);
    expect(plain(reply.evidence[8] ?? [])).toBe('…and 22 more.');
  });

  it.each([
    [0.95, 'high'],
    [0.8, 'high'],
    [0.79, 'medium'],
    [0.5, 'medium'],
    [0.49, 'low'],
  ] as const)('words confidence %s as %s', (confidence, word) => {
    const reply = buildReply(makeDiagnosis({ confidence }));
    expect(reply.confidenceWord).toBe(word);
    expect(renderText(reply, { ui: 'all' })).toContain(`Confidence in this answer (a Relaying Denied error, side not shown): ${word} (${Math.round(confidence * 100)}%)`);
  });

  it('names the likeliest other scenario without a percentage of its own (the two would read as shares of one whole)', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming', confidence: 0.75, alternatives: [{ scenario: 'undetermined', confidence: 0.31 }] }));
    const text = renderText(reply, { ui: 'all' });
    expect(text).toContain('Confidence: medium (75%). Also possible, less likely: the paste may not show clearly enough which server refused.');
    expect(text).not.toContain('31%');
  });

  it('warns to rotate a credential found in the paste, and only then', () => {
    const warned = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { secretsFound: true }));
    expect(plain(warned.secretsWarning ?? [])).toMatch(/rotate/);
    expect(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' })).secretsWarning).toBeNull();
  });

  it('keeps echoed input out of our own text segments in every scenario', () => {
    const marker = 'zzecho';
    for (const scenario of ['mailgun-outgoing', 'mailgun-incoming', 'recipient-host', 'undetermined', 'not-relaying-denied'] as const) {
      const reply = buildReply(
        makeDiagnosis(
          { scenario, kind: scenario === 'not-relaying-denied' ? 'blocked' : null, evidence: [{ rule: 'r', excerpt: `${marker} excerpt` }] },
          {
            recipient: `${marker}@${marker}.example`,
            recipientDomain: `${marker}.example`,
            host: `mx.${marker}.example`,
            serverMessage: `550 ${marker} says no`,
          },
        ),
      );
      const own = segments(reply).filter((s) => s.kind === 'text' || s.kind === 'label');
      expect(own.filter((s) => s.text.includes(marker)), scenario).toEqual([]);
      expect(reply.headline, scenario).not.toContain(marker);
      expect(segments(reply).some((s) => s.kind === 'quote' && s.text.includes(marker)), scenario).toBe(true);
    }
  });
});

describe('recipient-host without Mailgun context', () => {
  it('does not claim Mailgun accepted the message unless a Mailgun event shows it', () => {
    const plain = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { source: 'bounce-email', host: 'mx.partner.example', hostRole: 'other' }));
    const event = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { source: 'mailgun-webhook', event: 'failed', mxHost: 'mx.partner.example' }));
    expect(renderText(plain, { ui: 'all' })).not.toContain('Mailgun accepted your message');
    expect(plain.headline).not.toContain('Mailgun accepted');
    expect(renderText(event, { ui: 'all' })).toContain('Mailgun accepted your message');
    expect(renderText(plain, { ui: 'all' })).not.toContain('Nothing in your Mailgun setup caused this: Mailgun did its part');
    expect(renderText(event, { ui: 'all' })).toContain('Nothing in your Mailgun setup caused this: Mailgun did its part');
  });
});

describe('connection and certificate failures', () => {
  it(".NET's SmtpClient timing out is told that port 465 never works with it", () => {
    const paste = 'System.Net.Mail.SmtpException: The operation has timed out.\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\nvar smtp = new SmtpClient("smtp.mailgun.org", 465) { EnableSsl = true };';
    const d = diagnose(paste);
    expect(d.kind).toBe('other');
    expect(fullText(buildReply(d))).toContain('never works there');
    expect(fullText(buildReply(diagnose('Error: connect ETIMEDOUT 34.149.236.64:465')))).not.toContain('never works');
    const refused = 'System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.Sockets.SocketException: No connection could be made because the target machine actively refused it (connection refused) 10.0.0.5:587\nvar smtp = new SmtpClient("smtp.mailgun.org", 587) { EnableSsl = true };';
    expect(fullText(buildReply(diagnose(refused)))).not.toContain('never works');
  });
  it('a certificate for another name sends the client to Mailgun\'s own host name', () => {
    const d = diagnose('mailer: send failed: tls: failed to verify certificate: x509: certificate is valid for *.mailgun.org, mailgun.org, not smtp.mail.copperleaf.example');
    expect(d.scenario).toBe('not-relaying-denied');
    const text = fullText(buildReply(d));
    expect(text).toContain('a CNAME');
    expect(text).toContain('Do not switch the certificate check off');
  });
});

describe('sender authentication and unknown recipients', () => {
  it("explains DMARC's relaxed alignment of a Mailgun subdomain for a DMARC refusal only", () => {
    expect(fullText(buildReply(diagnose("550 5.7.26 Unauthenticated email from vinoteca.example is not accepted due to domain's DMARC policy")))).toContain('relaxed alignment');
    expect(fullText(buildReply(diagnose('550 5.7.1 Message rejected by content filter policy')))).not.toContain('relaxed alignment');
  });

  it("sends a DMARC refusal of the sending domain's own parent to its DKIM record, and after a DNS move to the records left behind (review 120c)", () => {
    const refusal = "Sending domain mg.solstice.example, From hello@solstice.example.\n\"delivery-status\": {\"code\": 550, \"message\": \"5.7.26 Unauthenticated email from solstice.example is not accepted due to domain's DMARC policy.\", \"mx-host\": \"gmail-smtp-in.l.google.com\"}, \"event\": \"failed\"";
    const plainText = fullText(buildReply(diagnose(refusal)));
    expect(plainText).toContain('once that domain\'s DKIM record is in DNS and verified');
    expect(plainText).not.toContain("Read the server's message for the rule it applied");
    expect(plainText).not.toContain('The DNS move is the likely cause');
    const moved = fullText(buildReply(diagnose(`They moved DNS from GoDaddy to Cloudflare on Sunday.\n${refusal}`)));
    expect(moved).toContain('The DNS move is the likely cause');
    expect(moved).toContain('._domainkey.mg.solstice.example');
  });

  it('calls an SPF refusal an SPF failure, not a DMARC one', () => {
    const text = fullText(buildReply(diagnose('550 5.7.1 SPF check failed: 203.0.113.77 is not authorized to send mail for nightjar.example')));
    expect(text).toContain('failed the SPF check');
    expect(text).not.toContain("DMARC policy");
    expect(fullText(buildReply(diagnose('550 5.7.26 Unauthenticated email from nightjar.example is not accepted due to domain\'s DMARC policy')))).toContain('DMARC');
    expect(fullText(buildReply(diagnose('550 5.7.23 The message was rejected because of Sender Policy Framework violation')))).toContain('failed the SPF check');
    for (const both of ['550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.', '550 5.7.1 Rejected: SPF pass but DKIM signature verification failed']) {
      expect(fullText(buildReply(diagnose(both)))).not.toContain('failed the SPF check');
    }
  });
  it("an unknown mailbox Mailgun failed on goes on the domain's Bounces list, with the way to take it off", () => {
    const event = fullText(buildReply(diagnose('{"event":"failed","severity":"permanent","recipient":"tom@example.com","delivery-status":{"code":550,"message":"5.1.1 The email account that you tried to reach does not exist."}}')));
    expect(event).toContain("domain's Bounces list");
    expect(event).toContain('/bounces/tom@example.com');
    expect(fullText(buildReply(diagnose('550 5.1.1 <tom@example.com>: Recipient address rejected: User unknown')))).not.toContain('Bounces list');
  });
});

describe("Outlook's 5.7.515", () => {
  it('is an authentication level the sender fixes in DNS, not a rule of the recipient', () => {
    const text = fullText(buildReply(diagnose("550 5.7.515 Access denied, sending domain [mg.shop.example] does not meet the required authentication level.")));
    expect(text).toContain('does not meet its authentication requirements');
    expect(text).not.toContain('Only the recipient\'s mail administrator can change the rule');
  });
});

describe('recipient-host replies that follow what the paste says', () => {
  const fixLine = (reply: Reply) => reply.summary.map(plain).find((line) => line.startsWith('Fix:')) ?? '';
  it("an Exchange 5.7.54 for an address said to be right goes to the recipient's administrator, not back to the address", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'l@porto.example', replyCode: 550, enhancedCode: '5.7.54', event: 'failed', addressConfirmed: true }));
    expect(fixLine(reply)).toContain("recipient's mail administrator");
    expect(fixLine(reply)).not.toContain('double-check');
  });
  it("a refused Route forward makes the forward's address the fix", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host', evidence: [{ rule: 'A Route matched the message, so Mailgun had accepted it', excerpt: '"is-routed": true' }] }, { recipient: 'tickets@desk.example', replyCode: 550, event: 'failed' }));
    expect(fixLine(reply)).toContain("the Route's forward()");
    expect(reply.summary.map(plain).join('\n')).not.toContain('either the address is mistyped');
  });
  it("a bounce email came from the sender's own server: no Mailgun retries or Bounces list, whatever Mailgun domain the chatter names", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'h@ostsee.example', replyCode: 550, source: 'bounce-email', mailgunDomain: 'mg.brightwater.example' })));
    expect(text).toContain('Will the sending server retry?');
    expect(text).not.toContain('Bounces list');
  });
});

describe("round 41a's reply notes", () => {
  it("names the environment variable, not the code that reads it", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { loginFromEnv: 'os.environ.get("MAILGUN_SMTP_LOGIN", "")' }));
    expect(reply.summary.map(plain).join('\n')).toContain("Fix: set the SMTP login's and password's environment variables (MAILGUN_SMTP_LOGIN is the login's)");
  });
  it("says Gmail's receiving-rate refusal is the recipient's mailbox, not the sender's volume", () => {
    const text = fullText(buildReply(diagnose('452 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.')));
    expect(text).toContain("The recipient's mailbox is receiving mail faster than its provider allows, from all its senders");
    expect(text).not.toContain('spread the sending');
    expect(text).not.toContain('is throttling the sending');
  });
});

describe('a temporary refusal Mailgun retries', () => {
  it('says there is nothing to do yet, not to double-check the address', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'e@holzbau.example', replyCode: 454, severity: 'temporary', event: 'failed' }));
    const fix = reply.summary.map(plain).find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('nothing to do yet');
    expect(fix).not.toContain('double-check');
  });
});

describe('the suppression list a paste shows', () => {
  it('names the list Mailgun put the address on: complaints are not bounces', () => {
    const reply = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'ann@example.com', replyCode: 550, event: 'failed', suppression: 'complaint', mailgunDomain: 'mg.shop.example' })));
    expect(reply).toContain("domain's Complaints list");
    expect(reply).toContain('suppress-complaint, code 607');
    expect(reply).toContain('DELETE https://api.mailgun.net/v3/mg.shop.example/complaints/ann@example.com');
    expect(reply).not.toContain('Bounces list');
  });
});

describe("an HTTP API's 429", () => {
  it("says Mailgun's API throttled the calls (they were not sent), not a receiving server", () => {
    const reply = buildReply(diagnose("anymail.exceptions.AnymailRequestsAPIError: Mailgun API response 429 (Too Many Requests):\n{\"message\": \"Too many requests\"}"));
    const text = fullText(reply);
    expect(text).toContain("(Mailgun's HTTP API, when it sends through Mailgun) answered 429 Too Many Requests");
    expect(text).toContain('Retry-After');
    expect(text).not.toContain('the receiving server is throttling');
    const smtp = fullText(buildReply(diagnose('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints')));
    expect(smtp).not.toContain('HTTP API');
    const mailServer = fullText(buildReply(diagnose('status=deferred (host mx.example.com[192.0.2.4] said: 429 4.7.28 Too many messages, too many requests from your IP)')));
    expect(mailServer).not.toContain('HTTP API');
  });
});

describe('Mailgun suppressions', () => {
  it('point to the Suppressions lists instead of generic advice', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'other', summary: 'Not a Relaying Denied error. Mailgun suppressed the address.' }, { reason: 'suppress-bounce', replyCode: 605, enhancedCode: null }));
    const text = renderText(reply, { ui: 'all' });
    expect(text).toContain('suppression lists');
    expect(text).toContain('GET https://api.mailgun.net/v3/YOUR_DOMAIN/bounces/ADDRESS');
    const known = renderText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'other' }, { reason: 'suppress-bounce', recipient: 'tom@example.com', mailgunDomain: 'mg.shop.example', region: 'eu' })), { ui: 'all' });
    expect(known).toContain('GET https://api.eu.mailgun.net/v3/mg.shop.example/bounces/tom@example.com');
  });

  it('read from a pasted suppression line alone (no event fields): the same steps', () => {
    const text = renderText(buildReply(diagnose('2024-03-12 09:40:03 failed permanent  suppress-bounce  tom@example.com  605 Not delivering to previously bounced address')), { ui: 'all' });
    expect(text).toContain("the address is on the domain's Bounces list, after an earlier hard bounce");
    expect(text).toContain('/bounces/');
    expect(text).not.toContain('Read the whole error message');
  });

  it('explain why later mail fails at once when the first bounce and the suppression are pasted together', () => {
    const paste = [
      'first one last week, now every one fails instantly',
      '2024-03-05 14:02:11 failed permanent  bounce  tom@example.com  550 5.1.1 The email account that you tried to reach does not exist.',
      '2024-03-12 09:40:03 failed permanent  suppress-bounce  tom@example.com  605 Not delivering to previously bounced address',
    ].join('\n');
    const both = buildReply(diagnose(paste));
    const steps = sectionNamed(both, 'What to do').steps!.map(plain).join('\n');
    expect(steps).toMatch(/typos/);
    expect(steps).toContain('drops later messages to it at once');
    expect(steps).toContain("domain's Bounces list");
    expect(steps).toContain('/bounces/tom@example.com');
    const bounceOnly = buildReply(diagnose(paste.split('\n').slice(0, 2).join('\n')));
    expect(sectionNamed(bounceOnly, 'What to do').steps!.map(plain).join('\n')).not.toContain('drops later messages to it at once');
  });
});

describe('outgoing after a refused login', () => {
  it('asks for the right credentials instead of switching authentication on', () => {
    const tried = renderText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', evidence: [{ rule: 'The login was refused', excerpt: '535 5.7.0 Mailgun is not loving your login or password' }] }, { authAttempted: true })), { ui: 'all' });
    // A login command without its answer in the paste is not a refused login.
    const unanswered = renderText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { authAttempted: true })), { ui: 'all' });
    expect(unanswered).not.toContain('a login the server refused');
    const none = renderText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { authAttempted: false })), { ui: 'all' });
    expect(tried).toContain('a login the server refused');
    // The 535 may be older than this refusal (credentials removed since): the fix covers both.
    expect(tried).toContain('correct SMTP login and password in the sending application, with authentication on');
    expect(tried).not.toContain('turn on SMTP authentication');
    expect(none).toContain('turn on SMTP authentication');
  });
});

describe('replies from a review of their content against the knowledge', () => {
  it("tells a sender whose Mailgun event shows another domain's Mailgun MX refusing that the recipient's side must fix it", () => {
    const facts = { recipient: 'orders@bluepine.example', mxHost: 'mxa.mailgun.org', host: 'mxa.mailgun.org', hostRole: 'mailgun-mx' as const, event: 'failed', source: 'mailgun-events-api' as const };
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, facts));
    expect(reply.headline).toMatch(/recipient's domain receives through Mailgun/);
    const text = fullText(reply);
    expect(text).toMatch(/Nothing in your sending setup is wrong/);
    expect(text).toMatch(/tell the recipient's mail administrator/);
    expect(text).not.toMatch(/one of your account's Routes/);
    // Someone writing to the customer's own domain is told to fix their own Routes.
    const own = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { ...facts, event: null, source: 'bounce-email' })));
    expect(own).toMatch(/one of your account's Routes/);
  });

  it('names the EU host when an EU domain was sent through the US host', () => {
    expect(fullText(outgoing({ host: 'smtp.mailgun.org', region: 'eu' }))).toMatch(/EU domains send through smtp\.eu\.mailgun\.org/);
    expect(fullText(outgoing({ host: 'smtp.mailgun.org', region: 'us' }))).not.toMatch(/EU domains send through/);
  });

  it("speaks of the sending server's retries, not Mailgun's, when nothing shows Mailgun", () => {
    const plainNdr = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { host: 'mail.partner.example', hostRole: 'other', replyCode: 550 })));
    expect(plainNdr).toMatch(/Will the sending server retry\?/);
    expect(plainNdr).not.toMatch(/Mailgun will not retry/);
    const event = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { mxHost: 'mail.partner.example', event: 'failed', replyCode: 550 })));
    expect(event).toMatch(/Will Mailgun retry\?/);
  });

  it("says an entry of the bounces list keeps new messages from being sent, and how to remove it", () => {
    const reply = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { source: 'mailgun-bounces-api', recipient: 'jo@tokiwa.example', mailgunDomain: 'mg.brick.example', region: 'us', replyCode: 550 })));
    expect(reply).toContain("The address is now on the domain's Bounces list");
    expect(reply).toContain('DELETE https://api.mailgun.net/v3/mg.brick.example/bounces/jo@tokiwa.example');
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { source: 'mailgun-event' })))).not.toContain('is now on the');
  });

  it('does not call a temporary refusal a wrong address', () => {
    const temporary = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { replyCode: 454, enhancedCode: '4.7.1', event: 'failed' })));
    expect(temporary).toMatch(/This refusal was temporary \(a 4xx code\)/);
    expect(temporary).not.toMatch(/either the address is mistyped/);
    // No guessed cause for it either.
    expect(temporary).not.toMatch(/usually means a passing problem/);
  });

  it('does not send every policy refusal to DMARC', () => {
    const policy = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy' })));
    expect(policy).toMatch(/only the recipient's mail administrator can let the sender or the message through/);
    expect(policy).toMatch(/If it names SPF, DKIM or DMARC/);
  });

  it('uses no UI-specific credentials label outside the steps of each UI', () => {
    const reply = outgoing({ authAttempted: true });
    const outsideUiSteps = [...reply.summary, ...reply.sections.flatMap((s) => [...(s.steps ?? []), ...s.paragraphs])];
    expect(labels(outsideUiSteps)).not.toContain('SMTP Credentials');
  });
});

describe('mail that went through another provider', () => {
  const notRelay = (kind: ErrorKind, facts: Parameters<typeof makeDiagnosis>[1], serverMessage: string) =>
    buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind, evidence: [{ rule: 'x', excerpt: serverMessage }] }, { serverMessage, ...facts }));

  it("gives the provider's fix instead of Mailgun's logins, hosts and control panels", () => {
    const reply = notRelay('auth-failure', { provider: 'amazon-ses', mailgunDomain: 'mg.fern.example' }, '535 Authentication Credentials Invalid');
    const words = fullText(reply);
    expect(words).toContain('The mail went through Amazon SES, not Mailgun');
    expect(words).toContain('SES console');
    expect(words).not.toContain('postmaster@mg.fern.example');
    expect(words).not.toContain('smtp.mailgun.org');
    expect(reply.hasUiSteps).toBe(false);
  });

  it("names another provider's API, and its throttling, rather than Mailgun's", () => {
    const api = notRelay('api-auth', { provider: 'postmark', replyCode: 401 }, '401');
    expect(api.headline).toBe('Not a Relaying Denied error: it looks like a rejected API key');
    expect(fullText(api)).toContain('X-Postmark-Server-Token');
    expect(fullText(api)).not.toContain('api.mailgun.net');
    const rate = notRelay('rate-limit', { provider: 'amazon-ses', replyCode: 454 }, '454 Throttling failure: Maximum sending rate exceeded.');
    expect(plain(rate.summary[0]!)).toContain('Amazon SES, or the receiving server, is throttling');
    expect(fullText(rate)).toContain('ask for higher limits');
  });


  it('has the provider, not Mailgun, retry a delivery the recipient refused', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { provider: 'sendgrid', recipient: 'p@foods.example' }));
    expect(reply.sections.map((s) => s.heading)).toContain('Will SendGrid retry?');
    expect(plain(reply.summary[0]!)).toContain('The mail went through SendGrid, not Mailgun');
  });
});

describe('mail a Route sent on', () => {
  it("points a refused forward at the Route's forward() action", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host', evidence: [{ rule: 'A Route matched the message, so Mailgun had accepted it', excerpt: '"is-routed": true' }] }, { recipient: 'tickets@helpdesk.example', event: 'failed' }));
    expect(fullText(reply)).toContain("change the Route's forward()");
    expect(fullText(reply)).not.toContain('Mailgun did its part');
  });

  it('explains a DMARC refusal of a forwarded message instead of asking to fix SPF and DKIM', () => {
    const message = "5.7.26 Unauthenticated email from bigretailer.example is not accepted due to domain's DMARC policy";
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy', evidence: [{ rule: 'x', excerpt: message }] }, { serverMessage: message, routes: ['match_recipient("board@coop.example")'] }));
    const steps = sectionNamed(reply, 'What to do').steps!.map(plain).join('\n');
    expect(steps).toContain('a forward keeps the original From address');
    expect(steps).not.toContain('make the From domain');
    // Without a Route in the paste, the usual DMARC steps.
    const plainDmarc = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy', evidence: [{ rule: 'x', excerpt: message }] }, { serverMessage: message }));
    expect(sectionNamed(plainDmarc, 'What to do').steps!.map(plain).join('\n')).toContain('make the From domain');
  });
});

describe('outgoing wording from review round 23', () => {
  it('names the inbound MX host as the refuser when the app was pointed at it, and a session that went on to MAIL FROM without AUTH', () => {
    const mx = outgoing({ host: 'mxa.mailgun.org', hostRole: 'mailgun-mx', authAttempted: false });
    expect(plain(mx.summary[0]!)).toMatch(/^Mailgun's inbound MX host refused/);
    const session = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', evidence: [{ rule: 'The SMTP session was not authenticated', excerpt: "send: 'mail FROM:<a@b.example>'" }] }, { authAttempted: false }));
    expect(plain(session.summary[1]!)).toContain('goes on to MAIL FROM without logging in first');
  });
});

describe('a relay refusal on the way, by another provider or the sender\'s own relay', () => {
  it.each([
    [{ provider: 'google-workspace' as const, host: 'smtp-relay.gmail.com' }, "Relaying Denied on the way through Google Workspace's SMTP relay, not by Mailgun", 'SMTP relay service'],
    [{ senderRelay: 'smtp.isp.example', host: 'smtp.isp.example' }, "Relaying Denied by the relay the sender's server sends through, not by Mailgun", '"smtp.isp.example"'],
  ])('names it and its fix, without the three Mailgun cases or the where-seen question (%o)', (facts, headline, fix) => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { ...facts, hostRole: 'other' }));
    expect(reply.headline).toBe(headline);
    expect(reply.asksWhereSeen).toBe(false);
    expect(fullText(reply)).toContain(fix);
    expect(fullText(reply)).not.toContain('It is one of three things');
  });
});

describe('a block list refusal of a Mailgun delivery', () => {
  it("sends the listing of Mailgun's own sending IP to Mailgun support, and drops the advice to send through Mailgun", () => {
    const message = '554 5.7.1 Service unavailable; Client host [198.61.254.23] blocked using zen.spamhaus.org';
    const delivered = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }, { serverMessage: message, event: 'failed', source: 'mailgun-log-page' }));
    const steps = sectionNamed(delivered, 'What to do').steps!.map(plain).join('\n');
    expect(steps).toContain('Mailgun support');
    expect(steps).not.toContain('send through Mailgun instead');
    const direct = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }, { serverMessage: message, source: 'mta-log' }));
    expect(sectionNamed(direct, 'What to do').steps!.map(plain).join('\n')).toContain('send through Mailgun instead');
  });

  it("treats the listing of the sender's dedicated IP as the sender's own, not Mailgun's shared IPs", () => {
    const message = '554 5.7.1 Service unavailable; Client host [198.61.254.23] blocked using zen.spamhaus.org';
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }, { serverMessage: message, event: 'failed', dedicatedIp: true }));
    const steps = sectionNamed(reply, 'What to do').steps!.map(plain).join('\n');
    expect(steps).toContain("the sender's dedicated IP");
    expect(steps).not.toContain('shared IPs');
  });
});

describe('a Postfix sasl_passwd key that is not the relayhost', () => {
  it('quotes both and makes matching them the fix', () => {
    const excerpt = 'relayhost = [smtp.mailgun.org]:2525 · sasl_passwd: [smtp.mailgun.org]:587';
    const reply = outgoing({ authAttempted: false, client: 'postfix' });
    const withKey = buildReply({ ...reply.diagnosis, evidence: [{ rule: "Postfix's sasl_passwd key differs from its relayhost: no login is sent", excerpt }] });
    const summary = withKey.summary.map(plain).join('\n');
    expect(summary).toContain(excerpt);
    expect(summary).toContain('Fix: make the sasl_passwd key exactly the relayhost value');
    expect(summary).toContain('postmap -q "[smtp.mailgun.org]:2525" hash:/etc/postfix/sasl_passwd then prints the login');
  });

  it('asks for the new password in the same step when the map was pasted with its password (review 116c)', () => {
    const excerpt = 'relayhost = [smtp.mailgun.org]:587 · sasl_passwd: [smtp.mailgun.org]:2525';
    const reply = outgoing({ authAttempted: false, client: 'postfix', secretsFound: true, secretKinds: ['password'] });
    const withKey = buildReply({ ...reply.diagnosis, evidence: [{ rule: "Postfix's sasl_passwd key differs from its relayhost: no login is sent", excerpt }] });
    const steps = sectionNamed(withKey, 'How to fix it').steps!.map(plain);
    expect(steps[0]).toBe('Change only the key the mail server looks the login up by, and put in the new password once you have rotated the one pasted here (in the domain\'s SMTP credentials, below); the login itself stays.');
  });
});

describe("another provider's lead sentences", () => {
  it("says the provider turned the login down, and a policy refusal without blaming DMARC or the receiving server", () => {
    const auth = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'auth-failure' }, { provider: 'microsoft-365', serverMessage: '535 5.7.139 Authentication unsuccessful' }));
    expect(plain(auth.summary[0]!)).toContain('Microsoft 365 turned it down');
    expect(plain(auth.summary[0]!)).not.toContain('password is wrong');
    const policy = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy' }, { provider: 'sendgrid', serverMessage: '550 The from address does not match a verified Sender Identity' }));
    expect(plain(policy.summary[0]!)).not.toContain('DMARC');
    const unknown = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'unknown-user' }, { provider: 'amazon-ses' }));
    expect(fullText(unknown)).not.toContain('the fix is in your Amazon SES settings');
  });
});

describe('wording from review round 26', () => {
  it("names who throttles, and beside a different error calls the undetermined alternative a relay refusal after all", () => {
    const gmail = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { host: 'gmail-smtp-in.l.google.com', hostRole: 'other' }));
    expect(plain(gmail.summary[0]!)).toContain('the receiving server is throttling');
    const mailgun = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' }));
    expect(plain(mailgun.summary[0]!)).toContain('Mailgun is throttling');
    const unknown = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'unknown-user', alternatives: [{ scenario: 'undetermined', confidence: 0.3 }] }));
    expect(plain(confidenceLine(unknown))).toContain('Also possible, less likely: a Relaying Denied error after all.');
  });
});

describe("Exchange Online's 5.7.54", () => {
  it('says the recipient tenant does not accept the domain, instead of blaming the address', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { enhancedCode: '5.7.54', serverMessage: '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', event: 'failed' }));
    expect(plain(reply.summary[0]!)).toContain('is not one of its accepted domains');
    expect(plain(reply.summary[0]!)).not.toContain('either the address is mistyped');
  });

  it("makes the fix line the accepted domain, not 'double-check the recipient address' (review 43b)", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { enhancedCode: '5.7.54', serverMessage: '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', event: 'failed', recipient: 'f@l.example' }));
    expect(plain(reply.summary[1]!)).toContain('accepted domain');
    expect(plain(reply.summary[1]!)).not.toContain('double-check the recipient address');
  });
});

describe('a recipient-host refusal of an address the person says is right', () => {
  const refusal = { serverMessage: '554 5.7.1 <ines@tecnofrio.example>: Relay access denied', recipient: 'ines@tecnofrio.example', replyCode: 554 };
  it('sends them to the recipient\'s mail administrator instead of back to checking the address', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...refusal, addressConfirmed: true }));
    expect(plain(reply.summary[0]!)).toContain('You say the address is right');
    expect(plain(reply.summary[0]!)).not.toContain('either the address is mistyped');
    expect(plain(reply.summary[1]!)).not.toContain('double-check');
    const steps = (reply.sections.find((x) => x.heading === 'How to fix it')?.steps ?? []).map(plain);
    expect(steps.join('\n')).not.toContain('for typos');
    expect(steps.join('\n')).toContain("Send the recipient's mail administrator the refusal above");
  });
  it('still says a wrong address is the usual cause when nobody said it was checked', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, refusal));
    expect(plain(reply.summary[0]!)).toContain('either the address is mistyped');
  });
});

describe('the sender\'s suppression list after a permanent recipient-host refusal', () => {
  const retrySection = (reply: Reply) => reply.sections.find((x) => x.heading.startsWith('Will '))!.paragraphs.map(plain).join('\n');
  const refusal = { recipient: 'ines@tecnofrio.example', serverMessage: '550 5.7.1 Unable to relay', mailgunDomain: 'mg.shop.example' };
  it('says Mailgun puts the address on the Bounces list and how to take it off, for a permanent failure it delivered', () => {
    const said = retrySection(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...refusal, replyCode: 550, event: 'failed', severity: 'permanent' })));
    expect(said).toContain("domain's Bounces list");
    expect(said).toContain('DELETE https://api.mailgun.net/v3/mg.shop.example/bounces/ines@tecnofrio.example');
  });
  it('says nothing of it for a temporary refusal, or when nothing shows the mail went through Mailgun', () => {
    expect(retrySection(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...refusal, replyCode: 450, event: 'failed', severity: 'temporary' })))).not.toContain('Bounces list');
    expect(retrySection(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'ines@tecnofrio.example', replyCode: 550 })))).not.toMatch(/Bounces list|suppression/);
  });
  it("names another provider's own list when the mail went through it", () => {
    const said = retrySection(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'ines@tecnofrio.example', replyCode: 550, provider: 'sendgrid' })));
    expect(said).toContain('Suppressions, Bounces');
    expect(said).not.toContain('Mailgun');
    expect(retrySection(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'ines@tecnofrio.example', replyCode: 550, provider: 'mailjet' })))).toContain('Mailjet may stop sending');
  });
});

describe('words of the paste the replies take into account', () => {
  it("drops the 'if Mailgun was delivering it' hedge when the paste says it was seen in Mailgun's logs", () => {
    const d = diagnose('typing from my phone. in mailgun logs its red "failed", says 554 5.7.1 relay access denied, mx host is mx.haldor-eng.example');
    expect(d.scenario).toBe('recipient-host');
    const reply = buildReply(d);
    expect(plain(reply.summary[0]!)).toMatch(/^Seen in Mailgun's logs, so Mailgun accepted the message/);
    expect(allRich(reply).map(plain).join('\n')).not.toContain('If Mailgun was delivering it');
  });
  it("says Sendmail's 'Relaying denied. Proper authentication required.' is not Mailgun's wording", () => {
    const reply = buildReply(diagnose('550 5.7.1 <ana@x.example>... Relaying denied. Proper authentication required.'));
    expect(allRich(reply).map(plain).join('\n')).toContain("The wording is not Mailgun's");
    const mailgun = buildReply(diagnose('550 5.7.1 Relaying denied'));
    expect(allRich(mailgun).map(plain).join('\n')).not.toContain("The wording is not Mailgun's");
  });
});

describe('a paste read from a screenshot', () => {
  it('says addresses and host names may be misread too, only when OCR damage was repaired', () => {
    const said = (text: string) => buildReply(diagnose(text)).summary.map(plain).join('\n');
    expect(said('55O 5.7.l Relaying denied for rnarta@gmai1.com')).toContain('addresses and host names may be misread too');
    expect(said('550 5.7.1 Relaying denied for marta@gmail.com')).not.toContain('OCR');
  });
});

describe("a receiving server's access rule (Postfix's 'Recipient address rejected: Access denied')", () => {
  it("sends the person to the recipient's administrator, not to DMARC", () => {
    const reply = buildReply(diagnose('554 5.7.1 <ceo@granitepeak.example>: Recipient address rejected: Access denied'));
    expect(reply.kind).toBe('policy');
    const said = allRich(reply).map(plain).join('\n');
    expect(said).toContain('an access rule of its own');
    expect(said).toContain("Only the recipient's mail administrator can change the rule");
    expect(said).not.toContain('DMARC');
  });
  it('keeps the DMARC advice for a DMARC refusal', () => {
    expect(allRich(buildReply(diagnose('550 5.7.26 Unauthenticated email from x.example is not accepted due to domain\'s DMARC policy'))).map(plain).join('\n')).toContain('DMARC');
  });
});

describe('a full mailbox', () => {
  it('says a permanent refusal is not retried, and a temporary one may pass later', () => {
    const steps = (facts: Parameters<typeof makeDiagnosis>[1]) => (buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'mailbox-full' }, facts)).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps({ replyCode: 552, severity: 'permanent' })).toContain('will not be retried');
    expect(steps({ replyCode: 452, severity: 'temporary' })).toContain('a later attempt can succeed');
  });
});

describe("a code review's reply cases (session 6)", () => {
  it("a full mailbox the event files as temporary is retried, whatever its code", () => {
    const steps = (buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'mailbox-full' }, { replyCode: 552, severity: 'temporary' })).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).toContain('a later attempt can succeed');
  });
  it("Postfix's 'Sender address rejected: not owned by user' is the sender's to fix, not an access rule", () => {
    const said = allRich(buildReply(diagnose('553 5.7.1 <noreply@shop.example>: Sender address rejected: not owned by user a@b.example'))).map(plain).join('\n');
    expect(said).not.toContain('an access rule of its own');
  });
});

describe('an outgoing refusal whose login is read from the environment', () => {
  it('says the variable is probably empty where the app runs, and makes setting it the fix', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', loginFromEnv: 'process.env.MG_USER' }));
    const said = reply.summary.map(plain).join('\n');
    expect(said).toContain('takes its SMTP login from process.env.MG_USER');
    expect(said).toContain("Fix: set the SMTP login's and password's environment variables (MG_USER is the login's)");
    const sent = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { authAttempted: true, loginFromEnv: 'process.env.MG_USER' }));
    expect(sent.summary.map(plain).join('\n')).not.toContain('takes its SMTP login from');
  });
  it('with nodemailer, says the transport that ran sent no login: auth left out when the variable is unset (empty values would have failed with EAUTH)', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { client: 'nodemailer', loginFromEnv: 'process.env.SMTP_USER' }));
    const said = reply.summary.map(plain).join('\n');
    expect(said).toContain('"Missing credentials"');
    expect(said).toContain('auth: process.env.X ? { ... } : undefined');
    expect(said).toContain('Fix: set SMTP_USER');
    expect(said).toContain('logger: true, debug: true');
    expect(said).not.toContain('with an empty login the client sends none at all');
  });
});

describe('a block of mail another provider delivered', () => {
  it("sends the person to that provider's support, not to its settings or to Mailgun", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }, { provider: 'amazon-ses', serverMessage: '550 5.7.1 Client host [54.240.8.12] blocked using zen.spamhaus.org' }));
    const said = [...reply.summary, ...(reply.sections[0]!.steps ?? [])].map(plain).join('\n');
    expect(said).toContain("raise it with Amazon SES's support");
    expect(said).not.toContain('the fix is in your Amazon SES settings');
    expect(said).not.toContain('send through Mailgun instead');
  });
});

describe("another provider's deferrals", () => {
  it('says the provider retries by itself and points at reputation, and reads SendGrid\'s own events as SendGrid\'s', () => {
    const d = diagnose('[{"email":"x.li@outlook.com","event":"deferred","response":"421 4.7.0 [TSS04] Messages from 149.72.10.44 temporarily deferred due to unexpected volume or user complaints","sg_event_id":"ZGVm"}]');
    expect(d.facts.provider).toBe('sendgrid');
    const said = allRich(buildReply(d)).map(plain).join('\n');
    expect(said).toContain('SendGrid retries deferred mail by itself');
    expect(said).not.toContain('the fix is in your SendGrid settings');
  });
});

describe('a DMARC refusal', () => {
  it('says it failed a sender authentication check, not "for example" a policy', () => {
    const said = plain(buildReply(diagnose("550 5.7.26 Unauthenticated email from news.example is not accepted due to domain's DMARC policy")).summary[0]!);
    expect(said).toContain('failed a sender authentication check');
    expect(said).not.toContain('for example');
  });
});

describe("a mail program's send error", () => {
  it('names the outgoing server in its account settings and its login setting, not the recipient', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { source: 'mail-client', serverMessage: '5.7.1 <p@studio.example>: Relay access denied' }));
    expect(plain(reply.summary[1]!)).toContain('outgoing server in its account settings');
    expect(plain(reply.summary[1]!)).not.toContain("recipient's");
  });
});

describe('the secret warning', () => {
  it('names what it found and how to replace each kind', () => {
    const warning = (secretKinds: SecretKind[]) => plain(buildReply(makeDiagnosis({}, { secretsFound: true, secretKinds })).secretsWarning!);
    expect(warning(['api-key'])).toContain('what looks like an API key. I have not repeated it');
    expect(warning(['api-key'])).toContain('create a new API key');
    expect(warning(['api-key'])).not.toContain('password');
    expect(warning(['password', 'slack-token'])).toContain('a password and a Slack token. I have not repeated them');
    expect(warning(['password', 'slack-token'])).toContain("domain's SMTP credentials");
    expect(warning(['password', 'slack-token'])).toContain('regenerate the Slack token');
    // A button's value from before the kinds were read: the general warning.
    expect(warning([])).toContain('a password, API key or token');
  });

  it('says where to rotate when the mail went through another provider', () => {
    expect(plain(buildReply(makeDiagnosis({}, { secretsFound: true, provider: 'sendgrid' })).secretsWarning!)).toContain('in SendGrid, or in Mailgun if it is a Mailgun one');
    expect(plain(buildReply(makeDiagnosis({}, { secretsFound: true })).secretsWarning!)).not.toContain('SendGrid');
  });
});

describe('the runner-up named in the confidence line (review 43a)', () => {
  it("does not name Mailgun's inbound side when Mailgun's SMTP host answered the sender's own session", () => {
    const alternatives = [{ scenario: 'mailgun-incoming' as const, confidence: 0.36 }];
    const submission = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', confidence: 0.78, alternatives, evidence: [{ rule: "The app is configured to send through Mailgun's SMTP host", excerpt: 'smtp.mailgun.org' }] }));
    expect(plain(confidenceLine(submission))).toBe('Confidence: medium (78%).');
    const other = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing', confidence: 0.78, alternatives }));
    expect(plain(confidenceLine(other))).toContain("Also possible, less likely: Mailgun's inbound MX found no matching Route");
  });

});

describe("Outlook.com's 5.7.515 (review 43b)", () => {
  it('explains its authentication requirements and names the DMARC record to publish for the domain it names', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy' }, { replyCode: 550, enhancedCode: '5.7.515', serverMessage: "5.7.515 Access denied, sending domain [RIVERTAP.APP] doesn't meet the required authentication level." }));
    expect(plain(reply.summary[0]!)).toContain('must publish a DMARC record');
    const steps = (reply.sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).toContain('_dmarc.rivertap.app');
    expect(steps).not.toContain('only the recipient\'s mail administrator');
  });
});

describe('route expressions suggested for the refused address (review 43b)', () => {
  it("escapes the address's + (a Route's pattern is a regular expression) and suggests a route for every tag", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { recipient: 'reply+8f3kq2lmz0@inbound.q.example', host: 'mxb.mailgun.org', hostRole: 'mailgun-mx' }));
    const snippet = reply.sections.flatMap((section) => (section.snippet ? [section.snippet.code] : [])).join('\n');
    expect(snippet).toContain('match_recipient("^reply\\+.*@inbound\\.q\\.example$")');
    // (not a route for this one tagged address: it would take that one message only; review 63c)
    expect(snippet).not.toContain('match_recipient("reply\\+8f3kq2lmz0@inbound.q.example")');
    expect(new RegExp('^reply\\+.*@inbound\\.q\\.example$').test('reply+other@inbound.q.example')).toBe(true);
    // (the actions of the route meant for them, whatever they are: not a store() it may not have; review 103c)
    expect(fullText(reply)).toContain('with the same actions as that route (its forward(...) and the rest)');
    const plainAddress = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { recipient: 'sales@q.example', host: 'mxb.mailgun.org', hostRole: 'mailgun-mx' }));
    expect(plainAddress.sections.flatMap((section) => (section.snippet ? [section.snippet.code] : [])).join('\n')).not.toContain('every');
  });
});

describe("the paste's own SMTP port (review 43b)", () => {
  it('keeps 2525 in the steps and the snippet, where a network blocks 587', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { client: 'go-net-smtp', host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', smtpPort: 2525 }));
    const text = fullText(reply);
    expect(text).toContain('port 2525 as in the paste, with STARTTLS');
    expect(text).toContain('smtp.mailgun.org:2525');
    const usual = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { client: 'go-net-smtp', host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' })));
    expect(usual).toContain('port 587 with STARTTLS (recommended');
  });
});

describe('a rejected API key of an EU domain (review 43b)', () => {
  it("puts the EU API host first, with the SDKs' options for it", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'api-auth' }, { replyCode: 401, region: 'eu', serverMessage: 'Forbidden' }));
    const steps = (reply.sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toContain('send its requests to https://api.eu.mailgun.net');
    expect(steps[0]).toContain('mg.SetAPIBase(mailgun.APIBaseEU)');
    const us = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'api-auth' }, { replyCode: 401, serverMessage: 'Forbidden' }));
    expect((us.sections[0]!.steps ?? []).map(plain)[0]).toContain("Call the API host of the domain's region");
  });
});

describe('an undetermined bounce (review 43b)', () => {
  it("says the refusal came from the recipient domain's mail server and how to tell whose it is, and shows what was found before the question", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { source: 'bounce-email', recipient: 'pedidos@casa-olivar.example', recipientDomain: 'casa-olivar.example' }));
    const summary = reply.summary.map(plain);
    expect(summary.join('\n')).toContain('dig MX casa-olivar.example');
    expect(summary.join('\n')).not.toContain('The most common cause is an application sending');
    expect(summary.some((line) => line.startsWith('Found in the paste: recipient'))).toBe(true);
    const where = reply.sections.find((section) => section.heading === WHERE_SEEN_QUESTION)!;
    expect(where.paragraphs.map(plain).join('\n')).not.toContain('Found in the paste');
  });
});

describe("a Route's webhook answering an HTTP error (review 43a)", () => {
  it('says the endpoint is theirs and how Mailgun retries it', () => {
    const reply = buildReply(diagnose('{"event": "failed", "severity": "temporary", "recipient": "https://hooks.o.example/in", "delivery-status": {"code": 404, "message": "Not Found"}}'));
    const text = fullText(reply);
    expect(text).toContain('that endpoint is yours');
    expect(text).toContain('406 Not Acceptable');
  });
});

describe("a server's own log of refused open-relay probes (review 44a)", () => {
  it('says the server did its job and nothing needs fixing, not to check an address', () => {
    const reply = buildReply(diagnose('customer panicking, "hacked through Mailgun??"\nJul  9 02:14:08 mail postfix/smtpd[41822]: NOQUEUE: reject: RCPT from unknown[45.148.10.231]: 554 5.7.1 <spamtest4471@freemail-check.example>: Relay access denied; from=<admin@o.example> to=<spamtest4471@freemail-check.example> proto=ESMTP helo=<WIN-CLJ1B0GQ6JP>'));
    const text = fullText(reply);
    expect(reply.headline).toContain('that is its job');
    expect(text).toContain('nothing to fix');
    expect(text).not.toContain('double-check');
  });
});

describe("Sendmail's 'Relaying denied. IP name lookup failed' (reviews 44b, 45c)", () => {
  it('says the server does not take mail for the domain (the failed name lookup is a detail), not that the address is wrong', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'noc@h.example', serverMessage: '550 5.7.1 <noc@h.example>... Relaying denied. IP name lookup failed [159.135.224.8]', event: 'failed' }));
    expect(plain(reply.summary[0]!)).toContain('that is a detail');
    expect(plain(reply.summary[0]!)).not.toContain('either the address is mistyped');
    expect(plain(reply.summary[1]!)).toContain('fixing reverse DNS alone would not change the refusal');
  });
});

describe("an incoming refusal for a domain whose mail is said not to be meant for Mailgun (review 45c)", () => {
  it('leads with the MX records, not with creating a Route', () => {
    const d = diagnose("Lantern Hall: guests writing to rsvp@lanternhall.example get this. They DELETED lanternhall.example from their Mailgun account last week (moved everything to Google Workspace):\nrsvp@lanternhall.example: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)");
    expect(d.scenario).toBe('mailgun-incoming');
    const reply = buildReply(d);
    expect(reply.headline).toContain('MX records still point to Mailgun');
    expect(reply.sections[0]!.heading).toBe('If the domain should not receive mail through Mailgun');
    expect(reply.summary.map(plain).find((line) => line.startsWith('Fix:'))).toContain('no Route is needed');
  });
});

describe("Postfix's SASL map without smtp_sasl_auth_enable (review 45c)", () => {
  it('names the missing setting and makes it the fix', () => {
    const d = diagnose('postfix/smtp[19002]: 3C1F0E0A4B: to=<m@c.example>, relay=smtp.mailgun.org[34.224.137.116]:587, status=bounced (host smtp.mailgun.org[34.224.137.116] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\n\n$ postconf -n | grep -E \'relayhost|sasl\'\nrelayhost = [smtp.mailgun.org]:587\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous');
    expect(d.facts.authAttempted).toBe(false);
    const summary = buildReply(d).summary.map(plain);
    expect(summary.join('\n')).toContain('no smtp_sasl_auth_enable = yes');
    expect(summary.find((line) => line.startsWith('Fix:'))).toContain('smtp_sasl_auth_enable = yes');
  });
});

describe("Microsoft 365's 5.7.54 after a move said to go to Microsoft 365 (review 120c)", () => {
  it('says the MX points there already and the tenant has to accept the domain, not that the MX still points at the old place', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host', evidence: [{ rule: 'A Mailgun failure event (Mailgun accepted the message)', excerpt: '"event": "failed"' }] }, { recipient: 'h@tanaka.example', recipientDomain: 'tanaka.example', host: 'tanaka-example.mail.protection.outlook.com', hostRole: 'other', replyCode: 550, enhancedCode: '5.7.54', serverMessage: '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', recipientMailMoved: true, recipientMailMovedTo: 'microsoft-365' }));
    const text = fullText(reply);
    expect(text).toContain('their MX records already point there');
    expect(text).toContain('Their MX records need no change.');
    expect(text).not.toContain('most likely still point at');
    // (a move with no provider named keeps both ways open)
    const unnamed = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'h@tanaka.example', recipientDomain: 'tanaka.example', host: 'tanaka-example.mail.protection.outlook.com', hostRole: 'other', replyCode: 550, enhancedCode: '5.7.54', serverMessage: '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', recipientMailMoved: true })));
    expect(unnamed).toContain('if the mail moved away from Microsoft 365');
  });
});

describe('a recipient-host refusal that Mailgun now suppresses (review 45c)', () => {
  it('leads with the suppression: the list is the fix once the address works', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'info@p.example', replyCode: 553, serverMessage: "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", suppression: 'bounce', mailgunDomain: 'mg.p.example' }));
    expect(reply.headline).toContain('Mailgun now suppresses the address');
    const fix = reply.summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('take it off the Bounces list');
    expect(plain(reply.summary[0]!)).not.toContain('either the address is mistyped');
  });

  it('says to take the address off the list in the Fix and its section only, not again in the steps (review 119c)', () => {
    const csv = [
      '"timestamp","event","recipient","severity","reason","delivery-status.code","delivery-status.message","delivery-status.mx-host"',
      '"2024-05-16T14:02:12Z","failed","orders@coop.example","permanent","bounce","553","sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)","mail.coop.example"',
      '"2024-05-16T14:17:40Z","failed","orders@coop.example","permanent","suppress-bounce","605","Not delivering to previously bounced address",""',
    ].join('\n');
    const reply = buildReply(diagnose(csv));
    expect(reply.headline).toContain('Mailgun now suppresses the address');
    const steps = reply.sections.find((section) => section.heading === 'How to fix it')!.steps!.map(plain);
    expect(steps.join('\n')).toContain('Mailgun did its part.');
    expect(steps.join('\n')).not.toContain('Bounces list');
  });
});

describe("a nodemailer transport whose login is under 'authentication' (review 46a)", () => {
  it('says nodemailer reads only auth, and makes renaming the fix', () => {
    const d = diagnose("const transporter = nodemailer.createTransport({\n  host: 'smtp.mailgun.org',\n  port: 587,\n  authentication: {\n    user: 'postmaster@mg.t.example',\n    pass: process.env.MG_PASS,\n  },\n});\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE'");
    const summary = buildReply(d).summary.map(plain);
    expect(summary.join('\n')).toContain('nodemailer reads it only from auth');
    expect(summary.find((line) => line.startsWith('Fix:'))).toContain('rename the transport');
  });
});

describe('an incoming refusal at a sending domain (review 46b)', () => {
  it('explains replies landing at Mailgun, and does not call its MX records the mistake', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming', evidence: [{ rule: "The paste says the domain's mail is not meant to go to Mailgun", excerpt: 'sending only' }] }, { recipient: 'soporte@mg.c.example', recipientDomain: 'mg.c.example', mailgunDomain: 'mg.c.example', host: 'mxb.mailgun.org', hostRole: 'mailgun-mx' }));
    const text = fullText(reply);
    expect(text).toContain('looks like a sending domain');
    expect(reply.headline).not.toContain('MX records still point to Mailgun');
  });
});

describe('suppression and sending-domain replies (the code review of session 8, second round)', () => {
  it('does not blame the refusal for an unsubscribe (606)', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'jane@p.example', serverMessage: '554 5.7.1 <jane@p.example>: Relay access denied', suppression: 'unsubscribe' }));
    expect(fullText(reply)).not.toContain('because of this earlier refusal');
  });

  it("leaves the MX records out of a sending domain's incoming reply", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { recipient: 'news@mg.x.example', recipientDomain: 'mg.x.example', host: 'mxa.mailgun.org', hostRole: 'mailgun-mx' }));
    const text = fullText(reply);
    expect(text).not.toContain('point its MX records back');
    expect(text).not.toContain('If nobody meant mail for');
  });
});

describe('review 47b', () => {
  it("a Postfix 535 points at sasl_passwd, postmap and postqueue -f", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'auth-failure' }, { client: 'postfix', replyCode: 535, enhancedCode: '5.7.0', host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' }));
    expect((reply.sections[0]!.steps ?? []).map(plain).join('\n')).toContain('postqueue -f');
    expect((reply.sections[0]!.steps ?? []).map(plain).join('\n')).toContain('smtp_sasl_password_maps');
  });

  it("a Postfix server's own log of an app's failed login does not point at Postfix's sasl_passwd (code review 5)", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'auth-failure' }, { client: 'postfix', replyCode: 535, enhancedCode: '5.7.8' }));
    expect((reply.sections[0]!.steps ?? []).map(plain).join('\n')).not.toContain('sasl_passwd');
  });

  it("a message Mailgun rejected for its rate limit is not said to be retried (code review 5)", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { event: 'rejected', reason: 'Too many requests. Rate limit exceeded for domain mg.example.com', recipient: 'bob@example.org' }));
    expect((reply.sections[0]!.steps ?? []).map(plain).join('\n')).not.toContain('nothing to resend');
  });

  it("a receiving server's deferral that Mailgun retries says not to resend by hand, and names Yahoo's TSS04 as Yahoo's", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { event: 'failed', severity: 'temporary', host: 'mta5.am0.yahoodns.example', hostRole: 'other', replyCode: 421, serverMessage: '4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume or user complaints' }));
    const steps = (reply.sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).toContain('nothing to resend by hand');
    expect(steps).toContain('Pause further sends to Yahoo and AOL addresses');
    expect(steps).not.toContain("Microsoft's TSS04");
  });

  it('a rejected API key mentions the public pubkey- key, which cannot send', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'api-auth' }, { replyCode: 401 }));
    expect((reply.sections[0]!.steps ?? []).map(plain).join('\n')).toContain('pubkey-');
  });
});

describe('review 48c: retries', () => {
  it('a temporary refusal repeated over several attempts is no longer "nothing to do yet"', () => {
    const facts = { event: 'failed', severity: 'temporary', replyCode: 454, enhancedCode: '4.7.1', recipient: 'r.o@l.example', host: 'mail.l.example', hostRole: 'other' as const };
    const repeated = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...facts, attempts: 3 })));
    expect(repeated).not.toContain('nothing to do yet');
    expect(repeated).toContain('keeps coming back (3 attempts)');
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...facts, attempts: 1 })))).toContain('nothing to do yet');
  });

  it("a full mailbox Mailgun retries says so, with the attempts so far, and names the recipient", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'mailbox-full' }, { event: 'failed', severity: 'temporary', replyCode: 452, recipient: 'c.f@d.example', serverMessage: "452 4.2.2 The recipient's mailbox is over its storage limit.", attempts: 4 })));
    expect(text).toContain('Mailgun retries it by itself for a while (4 attempts so far)');
    expect(text).toContain('Recipient: "c.f@d.example"');
  });
});

describe('review 48b: an undetermined refusal seen while sending', () => {
  it("asks which SMTP server the sender uses, not where it was seen, and leaves out the inbound and delivery cases", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { source: 'client-exception', replyCode: 550, enhancedCode: '5.7.1', client: 'jakarta-mail' }));
    expect(reply.asksWhereSeen).toBe(false);
    const text = fullText(reply);
    expect(text).toContain('Which SMTP server is the sender set to use?');
    expect(text).toContain('seen while sending');
    expect(text).not.toContain('Incoming to Mailgun');
  });

  it('keeps the question of where it was seen for a bare refusal', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { source: 'prose', replyCode: 550, enhancedCode: '5.7.1' }));
    expect(reply.asksWhereSeen).toBe(true);
    expect(fullText(reply)).toContain('Incoming to Mailgun');
  });
});

describe("review 48c: the recipient's mail moved", () => {
  it('says the address is probably right and the move is to finish, with the MX lookup', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { event: 'failed', severity: 'permanent', replyCode: 550, recipient: 'b@s.example', recipientDomain: 's.example', recipientMailMoved: true })));
    expect(text).toContain('the address is probably right');
    expect(text).toContain('dig MX s.example');
    expect(text).not.toContain('either the address is mistyped');
  });
});

describe('review 48c: an outgoing refusal for a recipient at the sender\'s own domain', () => {
  it('says the own domain does not matter, not that the recipient was an outside one', () => {
    const own = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', recipient: 'frontdesk@lake.example', recipientDomain: 'lake.example', mailgunDomain: 'mg.lake.example' })));
    expect(own).toContain('your own domain does not matter');
    expect(own).not.toContain('an outside recipient');
    const outside = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', recipient: 'a@other.example', recipientDomain: 'other.example', mailgunDomain: 'mg.lake.example' })));
    expect(outside).toContain('an outside recipient');
  });
});

describe("review 48c: Exchange's 5.7.54 said once", () => {
  it('names the accepted-domain fix in the fix line and hands the administrator the evidence in the steps, without repeating it in the summary', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { event: 'failed', severity: 'permanent', replyCode: 550, enhancedCode: '5.7.54', recipient: 'l@v.example', recipientDomain: 'v.example', serverMessage: '5.7.54 SMTP; Unable to relay recipient in non-accepted domain', recipientMailMoved: true }));
    const text = fullText(reply);
    expect(text.match(/accepted domain of their Microsoft 365 tenant/g)).toHaveLength(1);
    expect(text).toContain('Send the recipient\'s mail administrator the refusal above');
    // (the move said beside it: MX records left at Microsoft 365, or a tenant not yet set up; review 107c)
    expect(text).toContain('has to finish the move: if the mail moved away from Microsoft 365, point the domain\'s MX records at the new provider');
  });
});

describe("review 48a: an inbound refusal in the sending side's own log", () => {
  it("says that, for someone else's domain, the Routes are theirs", () => {
    const facts = { host: 'mxa.mailgun.org', hostRole: 'mailgun-mx' as const, recipient: 't@s.example', recipientDomain: 's.example', replyCode: 550 };
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { ...facts, source: 'mta-log' })))).toContain('the Routes are in their Mailgun account');
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { ...facts, source: 'prose' })))).not.toContain('the Routes are in their Mailgun account');
    // (beside the domain's own Routes, or in a swaks test, it is the domain's side looking: review 55c)
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { ...facts, source: 'mta-log', routes: ['match_recipient("x@s.example")'] })))).not.toContain('the Routes are in their Mailgun account');
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { ...facts, source: 'smtp-transcript', client: 'swaks' })))).not.toContain('the Routes are in their Mailgun account');
  });
});

describe('review 48a: a public validation key named in the paste', () => {
  it('leads the steps with the key, ahead of the region', () => {
    const d = diagnose("[Error: Unauthorized] { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }\nmailgun.client({ username: 'api', key: process.env.MAILGUN_KEY, url: 'https://api.eu.mailgun.net' }) and they say MAILGUN_KEY is the \"public validation key\" from the dashboard");
    expect(d.kind).toBe('api-auth');
    const steps = (buildReply(d).sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toContain('pubkey-');
    expect(steps.filter((step) => step.includes('pubkey-'))).toHaveLength(1);
  });
});

describe("review 48c: Outlook.com's own block list", () => {
  const message = "5.7.1 Unfortunately, messages from [209.61.151.224] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).";
  it('names the listed IP and sends a Mailgun shared IP to Mailgun support, without the recipient-side step', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }, { event: 'failed', severity: 'permanent', replyCode: 550, serverMessage: message })));
    expect(text).toContain("sending IP address 209.61.151.224 is on Microsoft's own block list");
    expect(text).toContain('send this event to Mailgun support');
    expect(text).not.toContain("If the block is the recipient side's own");
  });
  it("sends a dedicated IP's owner to Microsoft's form", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }, { event: 'failed', replyCode: 550, serverMessage: message, dedicatedIp: true })));
    expect(text).toContain("The IP is the sender's dedicated IP");
  });
});

describe('code review 6 (replies)', () => {
  it("a library's refusal in another server's wording puts that other server first", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'undetermined' }, { source: 'client-exception', client: 'python-smtplib', replyCode: 454, enhancedCode: '4.7.1', serverMessage: '454 4.7.1 <jane@p.example>: Relay access denied' })));
    expect(text).toContain("The wording is not Mailgun's");
    expect(text.indexOf('Another server')).toBeLessThan(text.indexOf("Mailgun's (smtp.mailgun.org"));
  });

  it('calls no sibling domain a typo when a route names the refused domain too', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { host: 'mxa.mailgun.org', hostRole: 'mailgun-mx', recipient: 'support@shop-uk.example', recipientDomain: 'shop-uk.example', routes: ['match_recipient(".*@shop-us.example")', 'match_recipient("sales@shop-uk.example")'] })));
    expect(text).toContain('does not take it');
    expect(text).not.toContain('The route for any address at');
  });
});

describe('review 49c: retries that ran out', () => {
  it("a temporary refusal whose event is permanent says the retries are over and the message must be sent again, with no Bounces-list claim", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { event: 'failed', severity: 'permanent', reason: 'old', replyCode: 454, enhancedCode: '4.7.1', recipient: 'f@c.example', host: 'smtp.c.example', hostRole: 'other', attempts: 5 })));
    expect(text).toContain('retried it until its retries ran out');
    expect(text).toContain('(5 attempts)');
    expect(text).not.toContain('nothing to do yet');
    expect(text).not.toContain('Bounces list');
  });
});

describe("review 49c: a deferral for the sending IP's reputation", () => {
  it('names the reputation as the cause, not the volume, for a server that sends by itself', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { source: 'mta-log', client: 'postfix', replyCode: 451, enhancedCode: '4.7.650', serverMessage: '451 4.7.650 The mail server [203.0.113.45] has been temporarily rate limited due to IP reputation. (S775)' })));
    expect(text).toContain("because of that IP's reputation");
    expect(text).not.toContain('Slow down and retry later');
  });
});

describe('review 49c: more sending-side sources', () => {
  it("a Go service's JSON log of its send is the library's error, and a known library's session transcript is asked which server it uses", () => {
    const go = diagnose('{"level":"error","msg":"send failed","to":"ops@h.example","error":"550 5.7.1 Relaying denied"}\n    err := smtp.SendMail(os.Getenv("SMTP_ADDR"), auth, from, []string{to}, body)');
    expect(go.facts.source).toBe('client-exception');
    expect(fullText(buildReply(go))).toContain('Which SMTP server is the sender set to use?');
    const transcript = diagnose('Mailer: Other SMTP\nPHPMailer version: 6.9.1\nSERVER -> CLIENT: 250 OK\nCLIENT -> SERVER: RCPT TO:<o@n.example>\nSERVER -> CLIENT: 550 5.7.1 Relaying denied');
    expect(transcript.scenario).toBe('undetermined');
    expect(fullText(buildReply(transcript))).toContain('Which SMTP server is the sender set to use?');
  });
});

describe('review 50c: a password read from the environment', () => {
  it('is called the password, and the fix asks for both variables', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', authAttempted: false, loginFromEnv: '${MAILGUN_SMTP_PASSWORD}' })));
    expect(text).toContain('takes its SMTP password from ${MAILGUN_SMTP_PASSWORD}');
    expect(text).toContain("(MAILGUN_SMTP_PASSWORD is the password's)");
  });
});

describe("review 50c: Sendmail's deferral for a PTR lookup", () => {
  it("says the server does not take mail for the domain (Sendmail looks the name up only then), keeps the retries, and checks the MX", () => {
    const d = diagnose('{"event":"failed","severity":"temporary","recipient":"j@h.example","delivery-status":{"attempt-no":3,"code":450,"message":"4.7.1 <j@h.example>... Relaying temporarily denied. Cannot resolve PTR record for 198.61.254.21","mx-host":"mail.h.example"}}');
    expect(d.scenario).toBe('recipient-host');
    expect(d.evidence.map((e) => e.rule)).toContain('The server replied with a relay refusal');
    const text = fullText(buildReply(d));
    expect(text).toContain('dig MX h.example');
    expect(text).toContain('that server does not take mail for the domain');
    expect(text).not.toContain('The address itself is probably fine');
    expect(text).not.toContain('treat it as permanent');
    expect(text).not.toContain('act now rather than wait for the retries');
  });
});

describe('code review 7 (replies)', () => {
  it("quotes Microsoft's own block code, and tells an app's library that nothing retries its deferred message", () => {
    const block = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'blocked' }, { replyCode: 550, serverMessage: "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3113)." })));
    expect(block).toContain('(code S3113)');
    const app = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { source: 'client-exception', client: 'nodemailer', replyCode: 451, serverMessage: '451 4.7.650 The mail server [203.0.113.45] has been temporarily rate limited due to IP reputation. (S775)' })));
    expect(app).toContain('a mail library does not retry by itself');
    expect(app).not.toContain('nothing to resend by hand');
  });
});

describe('review 50b: a bare error someone is "getting"', () => {
  it('is not taken for a library error seen while sending', () => {
    const d = diagnose('Since Monday morning some people are getting this error:\n550 5.7.1 Relaying denied\nThe customer uses Mailgun both to send and to receive.');
    expect(d.scenario).toBe('undetermined');
    const text = fullText(buildReply(d));
    expect(text).not.toContain('seen while sending');
    expect(text).toContain('Where did you see this error?');
  });
});

describe('review 50a (replies): a deferral whose retries ran out', () => {
  it('says Mailgun gave up and the message must be sent again, not to slow down and retry', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { event: 'failed', severity: 'permanent', replyCode: 421, enhancedCode: '4.7.650', serverMessage: '4.7.650 The mail server [198.61.254.80] has been temporarily rate limited due to IP reputation. (S775)' })));
    expect(text).toContain('retried this deferral until its retries ran out');
    expect(text).not.toContain('Slow down and retry later');
  });
});

describe('review 50c: msmtp', () => {
  it("asks which server an msmtp log's refusal came from, msmtp only ever sending", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { source: 'mta-log', client: 'msmtp', replyCode: 550, enhancedCode: '5.7.1' }));
    expect(reply.asksWhereSeen).toBe(false);
    expect(fullText(reply)).toContain('Which SMTP server is the sender set to use?');
  });
});

describe('review 50c: a rejected API key after a rotation, already on the EU host', () => {
  it('leads with the old key and says the region is not the cause', () => {
    const d = diagnose("mailgun-go: 401 Unauthorized (Forbidden) from https://api.eu.mailgun.net/v3/mg.x.example/messages\nmg.SetAPIBase(mailgun.APIBaseEU)\nwe rotated API keys yesterday");
    expect(d.kind).toBe('api-auth');
    const steps = (buildReply(d).sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toContain('still sends the old key');
    expect(steps.join('\n')).toContain('the region is not the cause');
    expect(steps.join('\n')).not.toContain('not https://api.mailgun.net, where an EU key is refused');
  });
});

describe('review 50c: the Laravel snippet', () => {
  it('says to clear the cached config and restart the queue workers', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { client: 'laravel', host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp' })));
    expect(text).toContain('php artisan config:clear');
    expect(text).toContain('php artisan queue:restart');
  });
});

describe('review 51a: a recipient at a sibling subdomain of the sending domain', () => {
  it('is the own domain too (mg. sending to in.)', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', recipient: 'probe@in.lake.example', recipientDomain: 'in.lake.example', mailgunDomain: 'mg.lake.example' })));
    expect(text).toContain('your own domain does not matter');
  });
});

describe('code review 8 (replies)', () => {
  it("does not say a hand test against a Postfix server was seen while sending", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { source: 'smtp-transcript', client: 'postfix', replyCode: 554, enhancedCode: '5.7.1' }));
    expect(fullText(reply)).not.toContain('seen while sending');
  });
  it("tells a Postfix server's reputation deferral that its queue retries", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { source: 'prose', client: 'postfix', replyCode: 451, serverMessage: '451 4.7.650 The mail server [203.0.113.45] has been temporarily rate limited due to IP reputation. (S775)' })));
    expect(text).toContain('retried by the sending server itself');
  });
});

describe('code review 9 (replies)', () => {
  it("says nothing of the EU host when the paste only asks about it, nor of a rotation it denies", () => {
    const asked = fullText(buildReply(diagnose('POST https://api.mailgun.net/v3/mg.acme.de/messages -> 401 Unauthorized. Should we be using api.eu.mailgun.net instead?')));
    expect(asked).not.toContain('The paste names the EU API host');
    const denied = fullText(buildReply(diagnose('401 Unauthorized from api.mailgun.net. We have not rotated the API key or changed anything')));
    expect(denied).not.toContain('The keys were rotated');
  });
  it("calls no recipient at another .co.uk domain the sender's own", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', recipient: 'jane@yahoo.co.uk', recipientDomain: 'yahoo.co.uk', mailgunDomain: 'acme.co.uk' })));
    expect(text).not.toContain('your own domain does not matter');
  });
});

describe('the EU API host shown in the paste (code reviews 10 to 13)', () => {
  const shown = (text: string) => fullText(buildReply(diagnose(text))).includes('The paste names the EU API host');
  it('reads the EU host in a call, the PHP SDK, an endpoint setting and a URL with a query', () => {
    expect(shown("$mg = Mailgun::create(getenv('MAILGUN_KEY'), 'https://api.eu.mailgun.net'); Unauthorized (401)")).toBe(true);
    expect(shown('MAILGUN_ENDPOINT=api.eu.mailgun.net\nForbidden (code 401).')).toBe(true);
    expect(shown("curl -s --user 'api:KEY' 'https://api.eu.mailgun.net/v3/mg.a.example/events?event=failed&limit=25'\nHTTP 401 Forbidden")).toBe(true);
  });
  it('keeps the region step when the paste also shows a call to the US host', () => {
    expect(shown("Staging uses url: 'https://api.eu.mailgun.net' and works. Production:\nPOST https://api.mailgun.net/v3/mg.a.example/messages -> 401 Unauthorized")).toBe(false);
    expect(shown('Our domain mg.example.eu is in the EU region. The staging worker posts to https://api.eu.mailgun.net/v3/mg.example.eu/messages and that works, but production gets 401 Unauthorized from https://api.mailgun.net/v3/mg.example.eu/messages')).toBe(false);
  });
  it('says only what the EU host would mean, so that a question or a denial about it misleads no one', () => {
    // (the patterns no longer try to read questions and denials: four reviews in a row found them slow or wrong)
    const text = fullText(buildReply(diagnose("mailgun.js: [Error: Unauthorized] { status: 401 }\nDe har inte satt url: 'https://api.eu.mailgun.net' i klienten, domänen ligger i EU.")));
    expect(text).toContain('if the failing call does not go there yet, send it there');
    expect(text).toContain("the region is not the cause for a domain in the EU region (a US domain's requests are refused there)");
    expect(text).not.toContain('The requests already go to the EU API host');
  });
});

describe('review 54a (replies)', () => {
  it("a mailbox receiving too fast says the sender's own volume to it may be the cause", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'rate-limit' }, { event: 'failed', severity: 'temporary', replyCode: 450, enhancedCode: '4.2.1', serverMessage: '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.' })));
    expect(text).toContain('unless you yourself send that mailbox many messages');
  });
});

describe('a rejected API key on a request that is not a send', () => {
  const steps = (paste: string) => (buildReply(diagnose(paste)).sections[0]!.steps ?? []).map(plain);

  it('leads with the account API key when the refused call lists Routes (a domain sending key only sends)', () => {
    const paste = "$ curl -i --user 'api:key-redacted' https://api.eu.mailgun.net/v3/routes\nHTTP/2 401\n\nForbidden\n(they may have given us a sending key)";
    const d = diagnose(paste);
    expect(d.kind).toBe('api-auth');
    const all = steps(paste);
    expect(all[0]).toContain('This request is not a send');
    expect(all.filter((step) => step.includes('pubkey-'))).toHaveLength(1);
    expect(all.join('\n')).not.toContain('Send with the private API key or a domain sending key');
  });

  it('reads a domain\'s events endpoint as not a send, but not its messages endpoint', () => {
    expect(steps('GET https://api.mailgun.net/v3/mg.example.com/events?recipient=a@b.example -> 401 Unauthorized')[0]).toContain('This request is not a send');
    const send = steps("curl -s --user 'api:$KEY' https://api.mailgun.net/v3/mg.example.com/messages -F to=a@b.example\n401 Unauthorized\nForbidden").join('\n');
    expect(send).not.toContain('This request is not a send');
    expect(send).toContain('Send with the private API key or a domain sending key');
  });
});

describe('authentication switched off in the settings shown (review 55c)', () => {
  const config = 'org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2079)\n\napplication.yml:\nspring:\n  mail:\n    host: smtp.eu.mailgun.org\n    username: postmaster@mg.f.example\n    password: ${MAILGUN_SMTP_PASSWORD}\n    properties:\n      mail.smtp.auth: false\n';
  it('names the switch as the cause, not an empty environment variable', () => {
    const d = diagnose(config);
    expect(d.scenario).toBe('mailgun-outgoing');
    const text = fullText(buildReply(d));
    expect(text).toContain('The paste switches authentication off: "mail.smtp.auth: false"');
    expect(text).not.toContain('that variable is probably empty or missing');
    expect(text).toContain('Fix: switch authentication on: mail.smtp.auth: true in place of mail.smtp.auth: false');
  });

  it('keeps the environment variable as the likely cause when nothing switches authentication off', () => {
    const text = fullText(buildReply(diagnose(config.replace('      mail.smtp.auth: false\n', '      mail.smtp.starttls.enable: true\n'))));
    expect(text).not.toContain('switches authentication off');
  });
});

describe('a WordPress site with a generic SMTP plugin (review 55c)', () => {
  it('gets the plugin settings, not PHPMailer code', () => {
    const d = diagnose('WordPress site (WooCommerce), uses a generic "SMTP" plugin. Debug output:\n2025-01-22 16:03:12\tCLIENT -> SERVER: RCPT TO:<orders@l.example>\n2025-01-22 16:03:12\tSERVER -> CLIENT: 550 5.7.1 Relaying denied\nMailer Error: SMTP Error: The following recipients failed: orders@l.example: Relaying denied\nconnected to smtp.mailgun.org:587');
    expect(d.facts.client).toBe('wordpress');
    expect(fullText(buildReply(d))).not.toContain('$mail->SMTPAuth');
  });
});

describe('a domain whose mail is said not to be meant for Mailgun (review 55c)', () => {
  const bounce = 'The following address(es) failed:\n\n  frontdesk@p.example\n    host mxb.mailgun.org [34.110.180.23]\n    SMTP error from remote mail server after RCPT TO:<frontdesk@p.example>:\n    550 5.7.1 Relaying denied\n';
  it("leads with the MX records when they 'don't want to receive mail through Mailgun at all'", () => {
    const reply = buildReply(diagnose(`${bounce}\nThey have zero routes and don't want to receive mail through Mailgun at all.`));
    expect(reply.headline).toContain('its MX records still point to Mailgun');
    expect(reply.sections[0]!.heading).toBe('If the domain should not receive mail through Mailgun');
  });

  it('keeps the Routes first when they do want to receive through Mailgun', () => {
    expect(buildReply(diagnose(`${bounce}\nThey want to receive mail through Mailgun and forward it.`)).headline).toContain('no Route matches the recipient');
  });
});

describe('a domain whose mailboxes are said to be elsewhere (review 61c)', () => {
  const bounce = '<e.harlow@harlowfinch.example>:\nRemote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n\n$ dig +short MX harlowfinch.example\n10 mxa.mailgun.org.\n10 mxb.mailgun.org.';
  it.each([
    'They only use Mailgun for their newsletter on mg.harlowfinch.example.',
    'Their real mailboxes are Google Workspace.',
    'Our own mailboxes live in Microsoft 365.',
    'Our mailboxes are on Google Workspace.',
    'We only want Mailgun for the newsletter.',
    'They use Google Workspace for their mailboxes.',
  ])("leads with the MX records, offers Routes only as the exception, and says what became of the refused mail: '%s'", (words) => {
    const reply = buildReply(diagnose(`${words}\n${bounce}`));
    expect(reply.headline).toContain('its MX records still point to Mailgun');
    expect(reply.sections.map((section) => section.heading)).toEqual(['If the domain should not receive mail through Mailgun', 'Only if Mailgun should receive for the domain after all: Routes']);
    expect(reply.sections[0]!.paragraphs!.map(plain).join(' ')).toContain('send it again once the MX records are back');
  });

  it('says a temporary refusal is retried by the writers\' servers', () => {
    const reply = buildReply(diagnose(`Their real mailboxes are Google Workspace.\n${bounce.replace('550 5.7.1', '451 4.7.1')}`));
    expect(reply.sections[0]!.paragraphs!.map(plain).join(' ')).toContain('The refusal was temporary');
  });

  it("reads 'uses Mailgun for newsletters and receiving' as no such word", () => {
    expect(buildReply(diagnose(`They use Mailgun for their newsletter and for receiving support mail.\n${bounce}`)).headline).toContain('no Route matches the recipient');
  });
});

describe("a temporary refusal while the recipient's mail moves (review 55c)", () => {
  const facts = { event: 'failed', severity: 'temporary', replyCode: 454, enhancedCode: '4.7.1', recipient: 'm@h.example', recipientDomain: 'h.example', host: 'mx01.old.example', hostRole: 'other' as const, attempts: 3 };
  it('says it clears once the move is done, not to treat it as permanent', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...facts, recipientMailMoved: true })));
    expect(text).not.toContain('act now rather than wait for the retries');
    expect(text).toContain('has to finish the move');
    expect(text).toContain('if its retries run out first, send the message again once the move is done');
  });

  it('still says to act on the same refusal over three attempts when nothing moved, without resending by hand', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, facts)));
    expect(text).toContain('act now rather than wait for the retries to run out');
    expect(text).toContain('Do not resend by hand meanwhile');
  });
});

describe('a refused login whose settings show the mistake (review 55c)', () => {
  const paste = "Error: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\n  code: 'EAUTH',\n  responseCode: 535,\n\nnodemailer.createTransport({\n  host: 'smtp.mailgun.org',\n  port: 587,\n  auth: { user: 'quillpad.app', pass: process.env.MAILGUN_API_KEY }\n})";
  it('names the user name that is no address and the API key given as the password, in place of the general checks', () => {
    const d = diagnose(paste);
    expect(d.kind).toBe('auth-failure');
    const steps = (buildReply(d).sections[0]!.steps ?? []).map(plain);
    // (the API key in the password's place first: the likeliest cause, as an API key never logs in over SMTP)
    expect(steps[0]).toContain('The settings give an API key as the password');
    expect(steps[1]).toContain('The user name in the settings, "quillpad.app", is not an SMTP login');
    expect(steps.join('\n')).not.toContain('Check that the user name is the full SMTP login');
  });

  it('says a full login in the settings has the right form, beside an SMTP password variable', () => {
    const steps = (buildReply(diagnose(paste.replace("'quillpad.app'", "'postmaster@mg.q.example'").replace('MAILGUN_API_KEY', 'MAILGUN_SMTP_PASSWORD'))).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).toContain("The settings' user name, postmaster@mg.q.example, has the right form");
    expect(steps).not.toContain('API key as the password');
  });
});

describe("Exim's passwd.client keyed to another host than the smarthost (review 55c)", () => {
  const log = "2025-02-03 10:44:19 1tezXk-0003Qm-2N ** a@s.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [141.193.32.50]: SMTP error from remote mail server after RCPT TO:<a@s.example>: 550 5.7.1 Relaying denied\n\nupdate-exim4.conf.conf:\ndc_smarthost='smtp.eu.mailgun.org::587'\n\n/etc/exim4/passwd.client:\n";
  it('names the mismatch as the cause and the entry to fix', () => {
    const d = diagnose(`${log}smtp.mailgun.org:postmaster@mg.k.example:********`);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(false);
    const text = fullText(buildReply(d));
    // (the two names in words, not the evidence's joined line; the Fix offers the settings block's wildcard too, review 125c)
    expect(text).toContain("Exim looks the login up in passwd.client by the smarthost's name, smtp.eu.mailgun.org, and no entry names it (the entry is for smtp.mailgun.org)");
    expect(text).toContain("Fix: make the passwd.client entry's first field the smarthost's name exactly (smtp.eu.mailgun.org), or *.mailgun.org");
  });

  it("sets the smarthost right instead when the entry already names the EU domain's host", () => {
    const d = diagnose(`Domain moved to the EU region.\n${log.replace(/smtp\.eu\.mailgun\.org/g, 'smtp.mailgun.org')}smtp.eu.mailgun.org:postmaster@mg.k.example:********`);
    expect(d.facts.region).toBe('eu');
    expect(fullText(buildReply(d))).toContain("Fix: set the smarthost to the host of the domain's region, which the passwd.client entry already names (dc_smarthost='smtp.eu.mailgun.org::587')");
  });

  it('is no mismatch when an entry or a wildcard names the smarthost', () => {
    for (const entry of ['smtp.eu.mailgun.org:postmaster@mg.k.example:********', '*.mailgun.org:postmaster@mg.k.example:********', '*:postmaster@mg.k.example:********']) {
      expect(fullText(buildReply(diagnose(`${log}${entry}`)))).not.toContain('no entry names it');
    }
  });
});

describe('a full mailbox refused for good (review 55a)', () => {
  it("says the address likely went on the Bounces list, which a message sent again would meet", () => {
    const facts = { event: 'failed', severity: 'permanent', replyCode: 552, enhancedCode: '5.2.2', recipient: 'j@gmail.example', mailgunDomain: 'mg.p.example', serverMessage: '5.2.2 The email account that you tried to reach is over quota and inactive.' };
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'mailbox-full' }, facts)));
    expect(text).toContain("puts the address on the domain's Bounces list");
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'mailbox-full' }, { ...facts, severity: 'temporary', replyCode: 452 })))).not.toContain('Bounces list');
  });
});

describe('several addresses at one domain refused for the domain (review 55c)', () => {
  const facts = { event: 'failed', severity: 'permanent', replyCode: 550, enhancedCode: '5.7.54', recipient: 'l@c.example', recipientDomain: 'c.example', serverMessage: '5.7.54 SMTP; Unable to relay recipient in non-accepted domain' };
  it('says the other addresses at the domain are refused too, and go on the Bounces list', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...facts, recipients: ['l@c.example', 'm@c.example'], refusedAtDomain: 2 })));
    expect(text).toContain('every address at "c.example" is refused the same way until it is fixed (the paste shows at least 2)');
    expect(text).toContain('Bounces list');
  });

  it('says nothing of the kind for one address, or for addresses at several domains', () => {
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...facts, recipients: ['l@c.example'], refusedAtDomain: 1 })))).not.toContain('every address at');
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { ...facts, recipients: ['l@c.example', 'x@d.example'], refusedAtDomain: 1 })))).not.toContain('every address at');
  });
});

describe('code review 15: the new rules where they should not apply', () => {
  it("'don't want to get our account flagged by Mailgun' says nothing of the MX records", () => {
    const d = diagnose("Reporting-MTA: dns; mx.sender.example\nFinal-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\n\nWe don't want to get our account flagged by Mailgun, so what's wrong?");
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.evidence.map((e) => e.rule)).not.toContain("The paste says the domain's mail is not meant to go to Mailgun");
  });

  it('reads neither a database user nor a reference as the SMTP user name, nor a comment as the password', () => {
    const env = 'Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password"\n\nDB_USERNAME="forge"\nMAIL_USERNAME=postmaster@mg.a.example\nSMTP_USER: "${MAILGUN_SMTP_LOGIN}"\nMAIL_PASSWORD: process.env.MAILGUN_SMTP_PASSWORD // not MAILGUN_API_KEY any more';
    const text = fullText(buildReply(diagnose(env)));
    expect(text).not.toContain('The user name in the settings');
    expect(text).not.toContain('API key as the password');
  });

  it('keeps the send step when the refused request is a send, whatever other endpoints the paste names', () => {
    const steps = (buildReply(diagnose('POST https://api.mailgun.net/v3/mg.a.example/messages -> 401 Unauthorized\ncurl --user api:$KEY https://api.mailgun.net/v3/domains with the same key works fine')).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).not.toContain('This request is not a send');
    expect(steps).toContain('pubkey-');
  });
});

describe('round 56a: the account key for an SDK call, and "api" as an SMTP user name', () => {
  it("leads with the account API key for mailgun.js's mg.routes.list(), and not beside mg.messages.create()", () => {
    const paste = "const mg = new Mailgun(formData).client({ username: 'api', key: process.env.MG_KEY });\nconst routes = await mg.routes.list();\n\n[Error: Unauthorized] { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }";
    expect((buildReply(diagnose(paste)).sections[0]!.steps ?? []).map(plain)[0]).toContain('This request is not a send');
    expect((buildReply(diagnose(paste.replace('mg.routes.list()', "mg.messages.create('mg.a.example', data)"))).sections[0]!.steps ?? []).map(plain).join('\n')).not.toContain('This request is not a send');
  });

  it("names the user name 'api' of a refused SMTP login as no SMTP login", () => {
    const d = diagnose("$mail->Host = 'smtp.mailgun.org';\n$mail->Username   = 'api';\n2024-03-14 15:10:03 SERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password\nSMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password");
    expect((buildReply(d).sections[0]!.steps ?? []).map(plain)[0]).toContain("The settings log in to SMTP as api: that is the user name of Mailgun's HTTP API");
  });
});

describe("a recipient's domain one letter from a large provider's (review 57c)", () => {
  it('points out the likely typo for a relay refusal and an unknown user', () => {
    const relay = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { event: 'failed', severity: 'permanent', replyCode: 550, recipient: 'g@tiscalli.it', recipientDomain: 'tiscalli.it' })));
    expect(relay).toContain('"tiscalli.it" is one letter away from tiscali.it');
    const unknown = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'unknown-user' }, { replyCode: 550, recipient: 'a@gmial.com', recipientDomain: 'gmial.com' })));
    expect(unknown).toContain('one letter away from gmail.com');
  });

  it('says nothing for a provider domain itself or an unrelated one', () => {
    for (const domain of ['gmail.com', 'mail.com', 'acme-logistics.example']) {
      expect(fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { replyCode: 550, recipient: `a@${domain}`, recipientDomain: domain })))).not.toContain('one letter away from');
    }
  });
});

describe("an EU domain whose mail reached Mailgun's US inbound servers (review 57c)", () => {
  it('says to point the MX records at the EU inbound servers, not to add a Route', () => {
    const d = diagnose("we migrated the domain to our EU Mailgun account last week; MX is still the same as before.\nJul 1 10:00:00 relay postfix/smtp[1]: 4Y: to=<orders@g.example>, relay=mxa.mailgun.org[34.1.2.3]:25, dsn=5.7.1, status=bounced (host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))");
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.region).toBe('eu');
    const text = fullText(buildReply(d));
    expect(text).toContain('Fix: point the domain\'s MX records at the EU region\'s inbound servers, mxa.eu.mailgun.org and mxb.eu.mailgun.org');
    expect(text).not.toContain("The mail reached Mailgun's EU servers");
  });

  it('says so even beside a route that takes the address, which is in the EU region (review 63c)', () => {
    const d = diagnose('The domain inbox.lumenhaus.example was added in the EU region; route: catch_all() -> forward("https://app.example/inbound")\n$ dig +short MX inbox.lumenhaus.example\n10 mxa.mailgun.org.\nrechnungen@inbox.lumenhaus.example: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)');
    expect(d.facts.region).toBe('eu');
    const reply = buildReply(d);
    expect(reply.headline).toContain('point at the wrong region');
    expect(reply.summary.map(plain).find((line) => line.startsWith('Fix:'))).toContain('mxa.eu.mailgun.org');
  });
});

describe("Exchange's delivery restrictions (review 57c)", () => {
  it('reads RESOLVER.RST.NotAuthorized as the recipient side\'s access rule, not a DMARC failure', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy' }, { replyCode: 550, recipient: 'all-staff@n.example', serverMessage: '5.7.1 RESOLVER.RST.NotAuthorized; not authorized [Message=451 5.7.1 You do not have permission to send to this recipient.]' })));
    expect(text).toContain('refused the message by an access rule of its own');
    expect(text).toContain("the group's or mailbox's delivery restrictions");
    expect(text).not.toContain('failed DMARC');
  });
});

describe("a refused login sent to the other region's SMTP host (review 57c)", () => {
  it('leads with the host of the domain\'s region', () => {
    const steps = (buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'auth-failure' }, { replyCode: 535, host: 'smtp.mailgun.org', hostRole: 'mailgun-smtp', region: 'eu', client: 'laravel', mailgunDomain: 'mg.b.example' })).sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toContain('The login went to smtp.mailgun.org, but the domain is in the EU region');
    expect(steps[0]).toContain('(MAIL_HOST in .env, then php artisan config:clear');
    expect(steps.join('\n')).not.toContain('Use the SMTP host of the domain');
  });

  it('keeps the general host step when the host fits the region', () => {
    const steps = (buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'auth-failure' }, { replyCode: 535, host: 'smtp.eu.mailgun.org', hostRole: 'mailgun-smtp', region: 'eu' })).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).not.toContain('The login went to');
  });
});

describe(".NET's UseDefaultCredentials = false set after Credentials (review 57c)", () => {
  const code = 'using var client = new SmtpClient("smtp.mailgun.org", 2525)\n{\n    EnableSsl = true,\n    Credentials = new NetworkCredential(_cfg.SmtpUser, _cfg.SmtpPassword),\n    UseDefaultCredentials = false,\n};\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied';
  it('names the order as the cause and the fix', () => {
    const d = diagnose(code);
    expect(d.facts.authAttempted).toBe(false);
    const text = fullText(buildReply(d));
    expect(text).toContain('The paste sets UseDefaultCredentials = false after Credentials');
    expect(text).toContain('Fix: move UseDefaultCredentials = false above Credentials');
  });

  it('reads the right order as no missing login', () => {
    const right = code.replace('    Credentials = new NetworkCredential(_cfg.SmtpUser, _cfg.SmtpPassword),\n    UseDefaultCredentials = false,\n', '    UseDefaultCredentials = false,\n    Credentials = new NetworkCredential(_cfg.SmtpUser, _cfg.SmtpPassword),\n');
    expect(fullText(buildReply(diagnose(right)))).not.toContain('UseDefaultCredentials = false after Credentials');
  });
});

describe("a move the paste's MX lookup shows done (review 57c)", () => {
  const paste = '{"event":"failed","severity":"permanent","recipient":"m@s.example","delivery-status":{"code":550,"message":"5.7.1 <m@s.example>: Relay access denied","mx-host":"mail.s.example"}}\nThey moved their email to Microsoft 365 last week.\n$ dig +short MX s.example\n0 s-example.mail.protection.outlook.com.';
  it('says to take the address off Bounces and send again, not to finish the move', () => {
    const d = diagnose(paste);
    expect(d.facts.recipientMailMoved).toBe(true);
    const text = fullText(buildReply(d));
    expect(text).toContain('now goes to s-example.mail.protection.outlook.com, so the move is done');
    expect(text).toContain('Take the address off the Bounces list');
    expect(text).not.toContain('has to finish the move');
  });

  it('still says to finish the move without a lookup', () => {
    expect(fullText(buildReply(diagnose(paste.split('\n$ dig')[0]!)))).toContain('has to finish the move');
  });
});

describe('code review 16: replies', () => {
  it("reads another country's domain of a provider as no typo", () => {
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'unknown-user' }, { replyCode: 550, recipient: 'm@yahoo.in', recipientDomain: 'yahoo.in' })))).not.toContain('one letter away');
  });

  it('keeps the account-key step, as a condition, when a send also appears', () => {
    const steps = (buildReply(diagnose("mg.messages.create('mg.a.example', data)   // works\nmg.routes.list();   // fails\n[Error: Unauthorized] { status: 401, details: 'Forbidden' }")).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).toContain('If the request that failed is not the send: Routes, events, suppressions and domains need an account API key');
  });

  it("does not read mailgun.js's username 'api' as the SMTP user name of a refused login", () => {
    const d = diagnose("const mg = mailgun.client({ username: 'api', key: process.env.MG_KEY });\nconst t = nodemailer.createTransport({ host: 'smtp.mailgun.org', auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } });\nError: Invalid login: 535 5.7.0 Mailgun is not loving your login or password");
    expect(fullText(buildReply(d))).not.toContain('The user name in the settings, "api"');
  });
});

describe('a likely typo in the domain beside a word that the address is right (round 58a)', () => {
  it('fixes the domain, not the recipient server', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { event: 'failed', severity: 'permanent', replyCode: 550, recipient: 'j@gmial.com', recipientDomain: 'gmial.com', addressConfirmed: true })));
    expect(text).toContain('Fix: correct the domain of "j@gmial.com" (probably gmail.com)');
    expect(text).not.toContain('You say the address is right');
  });
});

describe('code review 17: typos with another top-level domain', () => {
  it('reads gmail.cm and gmail.con as typos of gmail.com, not hotmail.be of hotmail.de', () => {
    for (const domain of ['gmail.cm', 'gmail.con']) {
      expect(fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'unknown-user' }, { replyCode: 550, recipient: `a@${domain}`, recipientDomain: domain })))).toContain('one letter away from gmail.com');
    }
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'unknown-user' }, { replyCode: 550, recipient: 'a@hotmail.be', recipientDomain: 'hotmail.be' })))).not.toContain('one letter away');
  });
});

describe("nodemailer's 'Missing credentials' (round 60b)", () => {
  it('is a login the client could not send, not a relay refusal a person asks about', () => {
    const d = diagnose("Error: Missing credentials for \"PLAIN\"\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'EAUTH',\n  command: 'API'\n}\nhost: 'smtp.mailgun.org'\ndocker-compose.yml 에는 MAILGUN_USER 만 있고 MAILGUN_PASS 가 빠져 있습니다. Relaying denied 랑 같은 문제인가요?");
    expect(d.kind).toBe('auth-failure');
    expect(fullText(buildReply(d))).toContain('The client stopped before logging in');
  });
});

describe('code review 18: one-letter domains', () => {
  it('reads x.com as no typo', () => {
    expect(fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { replyCode: 550, recipient: 'jane@x.com', recipientDomain: 'x.com' })))).not.toContain('one letter away');
  });
});

describe('code review 19: an application pointed at the inbound MX', () => {
  it('says the MX passes nothing on and the fix is the SMTP host', () => {
    const d = diagnose('relayhost = [mxa.mailgun.org]:25\nsmtp_sasl_auth_enable = no\nNov 30 10:00:00 mail postfix/smtp[1]: 4A: to=<hello@c.example>, relay=mxa.mailgun.org[34.1.2.3]:25, dsn=5.7.1, status=bounced (host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.summary).toContain("Mailgun's inbound MX (mxa.mailgun.org) refused to relay");
    const text = fullText(buildReply(d));
    expect(text).toContain('does not relay mail a client hands it for other recipients');
    expect(text).toContain('Fix: set the sending host to smtp.mailgun.org (relayhost = [smtp.mailgun.org]:587');
  });
});

describe('code review 20: sent through the inbound MX', () => {
  it('heads the reply with the MX and fixes the host first, whatever else the login needs', () => {
    const d = diagnose('relayhost = [mxa.mailgun.org]:25\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n[smtp.mailgun.org]:587 postmaster@mg.a.example:secret\nJul 20 11:40:02 web2 postfix/smtp[9931]: 3W: to=<bob@gmail.example>, relay=mxa.mailgun.org[34.1.2.3]:25, dsn=5.7.1, status=bounced (host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    const reply = buildReply(d);
    expect(reply.headline).toBe('Mailgun refused to relay: the mail was sent through its inbound MX, which does not relay for clients');
    expect(fullText(reply)).toContain('Fix: set the sending host to smtp.mailgun.org (relayhost = [smtp.mailgun.org]:587');
  });
});

describe('a login refused after the SMTP password was changed (review 61c)', () => {
  const refused = "Error: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\n  code: 'EAUTH',\n  responseCode: 535\nauth: { user: 'postmaster@mg.p.example', pass: process.env.MG_SMTP_PASS }";
  const steps = (paste: string) => buildReply(diagnose(paste)).sections.flatMap((section) => section.steps ?? []).map(plain);

  it('says the running app most likely has the old password, where it reads it, and to restart it; not to set another', () => {
    const all = steps(`after rotating their Mailgun SMTP password, worker log:\n${refused}`);
    expect(all.some((step) => step.includes('still has the old one') && step.includes('process.env.MG_SMTP_PASS') && step.includes('restart'))).toBe(true);
    expect(all.some((step) => step.startsWith('Set a new password for that login'))).toBe(false);
  });

  it('keeps the plain advice when the password was not changed', () => {
    expect(steps(`we have not changed the password, worker log:\n${refused}`).some((step) => step.startsWith('Set a new password for that login'))).toBe(true);
  });
});

describe('code that logs in only when its login setting is set (review 61c)', () => {
  const paste = '{"level":"error","caller":"mailer/smtp.go:58","msg":"send failed","to":"lars@telia.example","host":"smtp.eu.mailgun.org:587","error":"550 5.7.1 Relaying denied"}\n    var auth smtp.Auth\n    if cfg.SMTPUser != "" {\n        auth = smtp.PlainAuth("", cfg.SMTPUser, cfg.SMTPPass, "smtp.eu.mailgun.org")\n    }\n    err := smtp.SendMail("smtp.eu.mailgun.org:587", auth, from, []string{to}, body)\n';

  it('says the setting is most likely empty where it runs, names a renamed setting, and makes that the fix', () => {
    const d = diagnose(`${paste}they renamed the env var MAILGUN_SMTP_LOGIN -> SMTP_USER in the helm chart`);
    expect(d.facts.recipient).toBe('lars@telia.example');
    const summary = buildReply(d).summary.map(plain);
    expect(summary.some((line) => line.includes('logs in only when its login setting is set') && line.includes('if cfg.SMTPUser != ""'))).toBe(true);
    expect(summary.some((line) => line.includes('a setting was renamed') && line.includes('MAILGUN_SMTP_LOGIN -> SMTP_USER'))).toBe(true);
    expect(summary.find((line) => line.startsWith('Fix:'))).toContain('set the login setting');
  });

  it('says nothing of a rename the paste does not show', () => {
    expect(buildReply(diagnose(paste)).summary.map(plain).some((line) => line.includes('renamed'))).toBe(false);
  });
});

describe("a route for the sending subdomain, with mail to the root domain (review 61c)", () => {
  const bounce = (route: string) => `Route: match_recipient("${route}")\nbookings@pinecrest.example\n  SMTP error from remote mail server after RCPT TO:<bookings@pinecrest.example>:\n  host mxa.mailgun.org [34.110.180.85]: 550 5.7.1 Relaying denied`;
  const said = (route: string) => buildReply(diagnose(bounce(route))).summary.map(plain).join(' ');

  it('says a subdomain is another domain to a route, and how to add a route or widen the expression (review 124c: the subdomain may still receive)', () => {
    expect(said('.*@mg.pinecrest.example')).toContain('a subdomain is another domain to a route. Add a route for it, match_recipient(".*@pinecrest.example") with the action its mail needs');
    expect(said('.*@mg.pinecrest.example')).toContain('match_recipient(".*@(mg\\.)?pinecrest\\.example")');
  });

  it('says nothing of it for a route at an unrelated domain or at the refused domain itself', () => {
    expect(said('.*@other.example')).not.toContain('another domain to a route');
    expect(said('bookings@pinecrest.example')).not.toContain('another domain to a route');
  });
});

describe('the fix for a mail server relaying to Mailgun without a login (review 61c)', () => {
  const fix = (paste: string) => buildReply(diagnose(paste)).summary.map(plain).find((line) => line.startsWith('Fix:'));

  it("names Exim's passwd.client, with the smarthost's name and the login", () => {
    const exim = "2024-05-22 09:14:38 1sA3kP-0007Qx-2m ** k@gmx.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [185.250.239.6]: SMTP error from remote mail server after RCPT TO:<k@gmx.example>: 550 5.7.1 Relaying denied\n2024-05-22 09:14:37 1sA3kP-0007Qx-2m <= noreply@mg.stadtwerke.example U=www-data P=local S=4821";
    expect(fix(exim)).toContain('/etc/exim4/passwd.client under the smarthost\'s name (smtp.eu.mailgun.org:postmaster@mg.stadtwerke.example:PASSWORD)');
  });

  it("names Postfix's smtp_sasl_auth_enable and sasl_passwd", () => {
    const postfix = 'Nov 30 10:00:00 mail postfix/smtp[1]: 4A: to=<hello@c.example>, relay=smtp.mailgun.org[34.1.2.3]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';
    expect(fix(postfix)).toContain('smtp_sasl_auth_enable = yes');
  });
});

describe("PHPMailer's snippet (review 61c)", () => {
  const snippetOf = (paste: string) => buildReply(diagnose(paste)).sections.find((section) => section.snippet?.title === 'PHPMailer')?.snippet?.code ?? '';
  const refusal = 'SMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied\nSMTP Error: The following recipients failed: j@yahoo.example: Relaying denied\nHost smtp.mailgun.org';

  it("uses the paste's own variable (WordPress's $phpmailer) and 'tls', which needs no namespace", () => {
    const code = snippetOf(`${refusal}\n  $phpmailer->isSMTP();\n  $phpmailer->SMTPAuth = false; // TODO`);
    expect(code).toContain('$phpmailer->SMTPAuth = true;');
    expect(code).toContain("->SMTPSecure = 'tls';");
    expect(code).not.toContain('$mail->');
  });

  it('uses $mail when the paste shows no variable', () => {
    expect(snippetOf(`PHPMailer\n${refusal}`)).toContain('$mail->SMTPAuth = true;');
  });
});

describe("Gmail's 4.7.28 (review 61a)", () => {
  const gmail = "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n421-4.7.28 from your SPF domain [mg.shopfox.example 34]. To protect our users from spam, mail sent from your domain has been temporarily\n421 4.7.28 rate limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp";
  it('is explained as the sending domain\'s reputation, with Postmaster Tools, not as volume alone', () => {
    const reply = buildReply(diagnose(gmail));
    expect(reply.summary.map(plain).join(' ')).toContain('a reputation signal');
    expect(reply.sections.flatMap((section) => section.steps ?? []).map(plain).join(' ')).toContain('Google Postmaster Tools');
  });
});

describe("a receiving server's advice to log in (review 61d)", () => {
  const event = "{\n  event: 'failed',\n  severity: 'permanent',\n  recipient: 'biuro@k.example',\n  'delivery-status': {\n    code: 550,\n    message: 'Please turn on SMTP Authentication in your mail client. mg-outbound.mailgun.net\\n' +\n      '[161.38.192.44]:40812 is not permitted to relay through this server without\\n' +\n      'authentication.',\n    'mx-host': 'server214.hosting.example'\n  }\n}";
  it("reads util.inspect's joined string whole, and says the login advice is not for Mailgun", () => {
    const d = diagnose(event);
    expect(d.facts.serverMessage).toContain('is not permitted to relay through this server without authentication.');
    expect(buildReply(d).summary.map(plain).join(' ')).toContain('Mailgun delivering mail to it needs no login');
  });
});

describe('code review 24 (replies)', () => {
  it("says another provider, not Mailgun, needs no login to deliver to a server that asks its users to log in", () => {
    const reply = buildReply(diagnose('SendGrid event: {"event":"bounce","email":"a@b.example","status":"5.7.1","reason":"550 5.7.1 Relaying denied. Please turn on SMTP Authentication in your mail client.","sg_event_id":"x"}'));
    const said = reply.summary.map(plain).join(' ');
    expect(said).toContain('SendGrid delivering mail to it needs no login');
    expect(said).not.toContain('Mailgun delivering mail to it');
  });

  it("says an app's own SMTP session is not retried for Gmail's 4.7.28, and Google's 0.1% spam rate", () => {
    const reply = buildReply(diagnose("2024-06-10 18:22:41 CLIENT -> SERVER: RCPT TO:<a@gmail.example>\n2024-06-10 18:22:41 SERVER -> CLIENT: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP. https://support.google.com/mail/?p=UnsolicitedRateLimitError"));
    const steps = reply.sections.flatMap((section) => section.steps ?? []).map(plain).join(' ');
    expect(steps).not.toContain('Mailgun, for mail sent through it');
    expect(steps).toContain('below 0.1%');
  });
});

describe("Postfix's password map missing (review 62c)", () => {
  it('leads with postmap, quoting the warning', () => {
    const d = diagnose('Jun 18 08:31:07 billing01 postfix/smtp[20841]: warning: hash:/etc/postfix/sasl_passwd is unavailable. open database /etc/postfix/sasl_passwd.db: No such file or directory\nJun 18 08:31:08 billing01 postfix/smtp[20841]: 4W3: to=<k@w.example>, relay=smtp.eu.mailgun.org[185.250.239.2]:587, dsn=5.7.1, status=bounced (host smtp.eu.mailgun.org[185.250.239.2] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nrelayhost = [smtp.eu.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd');
    const summary = buildReply(d).summary.map(plain);
    expect(summary.some((line) => line.startsWith("The paste shows Postfix's password map missing or unreadable"))).toBe(true);
    expect(summary.find((line) => line.startsWith('Fix:'))).toContain('postmap hash:/etc/postfix/sasl_passwd');
  });
});

describe('a Laravel app after the SMTP password was changed (review 62c)', () => {
  it("names Laravel's config cache and queue workers", () => {
    const reply = buildReply(diagnose('We rotated the SMTP password yesterday.\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.eu.mailgun.org\nExpected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password"'));
    const steps = reply.sections.flatMap((section) => section.steps ?? []).map(plain).join(' ');
    expect(steps).toContain('php artisan config:clear');
    expect(steps).toContain('php artisan queue:restart');
  });
});

describe("qmail's 'that domain isn't in my list of allowed rcpthosts' (review 63c)", () => {
  it('says the domain, not the address, is the problem, for every address at it', () => {
    const csv = 'timestamp,event,severity,recipient,reason,code,message,mx-host\n2024-09-03T07:15:22Z,failed,permanent,sekretariat@schule.example,generic,553,"sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)",mail.schule.example\n2024-09-03T07:15:23Z,failed,permanent,schulleitung@schule.example,generic,553,"sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)",mail.schule.example';
    const summary = buildReply(diagnose(csv)).summary.map(plain);
    expect(summary.join(' ')).toContain('qmail answers so when the recipient\'s domain is not in its list');
    expect(summary.join(' ')).toContain('This refusal is about the domain, not one address');
    expect(summary.find((line) => line.startsWith('Fix:'))).toContain("rcpthosts");
  });
});

describe("a Route's forward refused by another Mailgun account's inbound MX (review 64c)", () => {
  it('names the forward and where the Route is missing', () => {
    const d = diagnose('{"event":"failed","severity":"permanent","recipient":"oncall@alerts.ops.example","routes":[{"expression":"match_recipient(\\"status@mg.lane.example\\")","actions":["forward(\\"oncall@alerts.ops.example\\")"]}],"delivery-status":{"mx-host":"mxa.mailgun.org","code":550,"message":"5.7.1 Relaying denied"}}');
    expect(d.scenario).toBe('mailgun-incoming');
    const summary = buildReply(d).summary.map(plain);
    expect(summary[0]).toContain('A Route of yours forwards this mail');
    expect(summary.find((line) => line.startsWith('Fix:'))).toContain('change your Route\'s forward()');
  });
});

describe('code review 26 (replies)', () => {
  it("keeps a partner's domain on the US hosts out of 'your EU domain' when the EU region is the sending domain's", () => {
    const d = diagnose('Our app sends through smtp.eu.mailgun.org (domain mg.ourshop.eu). One customer\'s address bounces:\nReporting-MTA: dns; mail.ourshop.eu\nFinal-Recipient: rfc822; orders@partner-co.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied');
    expect(buildReply(d).headline).not.toContain('your EU domain');
  });
});

describe("Exchange's 5.7.133 for a group (review 64b)", () => {
  it("is the group's delivery restrictions, not a DMARC failure", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy' }, { replyCode: 550, recipient: 'allstaff@m.example', serverMessage: '5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for the group' })));
    expect(text).toContain("the group's or mailbox's delivery restrictions");
    expect(text).not.toContain('failed DMARC');
  });
});

describe("a group that takes mail only from authenticated senders (code review 27)", () => {
  it("says to untick 'Require that all senders are authenticated', not to allow a sender", () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'policy' }, { replyCode: 550, recipient: 'allstaff@m.example', serverMessage: '5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required' })));
    expect(text).toContain("untick 'Require that all senders are authenticated'");
    expect(text).not.toContain('allow your sender address or domain');
  });
});

describe('a cPanel/WHM server relaying to Mailgun without a login (review 66a)', () => {
  it("says to set it up in WHM, not in Debian's passwd.client", () => {
    const d = diagnose("cPanel box, WHM smarthost set to smtp.eu.mailgun.org\n2024-05-22 09:14:38 1sA3kP-0007Qx-2m ** k@gmx.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [185.250.239.6]: SMTP error from remote mail server after RCPT TO:<k@gmx.example>: 550 5.7.1 Relaying denied");
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'));
    expect(fix).toContain('in WHM, Exim Configuration Manager');
    expect(fix).not.toContain('update-exim4.conf');
  });
});

describe("Postfix's settings block beside an lmdb map the warning names (code review 30)", () => {
  it("uses that map's type and path, not hash:/etc/postfix/sasl_passwd", () => {
    const d = diagnose('Jun 18 08:31:07 billing01 postfix/smtp[20841]: warning: lmdb:/etc/postfix/sasl/sasl_passwd is unavailable. open database /etc/postfix/sasl/sasl_passwd.lmdb: No such file or directory\nJun 18 08:31:08 billing01 postfix/smtp[20841]: 4W3: to=<k@w.example>, relay=smtp.mailgun.org[34.1.2.3]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nrelayhost = [smtp.mailgun.org]:587');
    const code = buildReply(d).sections.flatMap((section) => (section.snippet ? [section.snippet.code] : [])).join('\n');
    expect(code).toContain('smtp_sasl_password_maps = lmdb:/etc/postfix/sasl/sasl_passwd');
    expect(code).toContain('postmap lmdb:/etc/postfix/sasl/sasl_passwd');
    expect(code).not.toContain('hash:/etc/postfix/sasl_passwd');
  });
});

describe("a submission server's sender login mismatch (review 67b)", () => {
  it("says the sender's own server refused the From address and how to fix it there", () => {
    const text = fullText(buildReply(diagnose('SERVER -> CLIENT: 235 2.7.0 Authentication successful\nCLIENT -> SERVER: MAIL FROM:<alerts@app.example>\nSERVER -> CLIENT: 553 5.7.1 <alerts@app.example>: Sender address rejected: not owned by user webapp@corp.example')));
    expect(text).toMatch(/The SMTP server the sender logs in to refused the From address/);
    expect(text).toMatch(/smtpd_sender_login_maps/);
    expect(text).not.toMatch(/only the recipient's mail administrator/);
  });
});

describe("Outlook.com's 5.7.515 in the sender's own mail server's log (review 67a)", () => {
  const line = (host: string) => `2026-11-27 08:12:44 1vKq2R-0004Zp-3F ** j.ramos@outlook.com R=${host === 'smtp.mailgun.org' ? 'smarthost T=remote_smtp_smarthost' : 'dnslookup T=remote_smtp'} H=${host} [52.101.42.9]: SMTP error from remote mail server after end of data: 550 5.7.515 Access denied, sending domain FERNHOLLOW.EXAMPLE doesn't meet the required authentication level.`;

  it("says Mailgun's records do not cover mail the server delivered itself, and names the domain's DMARC record", () => {
    const text = fullText(buildReply(diagnose(line('outlook-com.olc.protection.outlook.com'))));
    expect(text).toContain('_dmarc.fernhollow.example');
    expect(text).toMatch(/delivering straight to Outlook\.com, not through Mailgun/);
    expect(text).not.toMatch(/verified on the sending domain's DNS records page in Mailgun/);
  });

  it("keeps Mailgun's SPF and DKIM checks when the server relays through Mailgun", () => {
    const text = fullText(buildReply(diagnose(line('smtp.mailgun.org'))));
    expect(text).not.toMatch(/not through Mailgun/);
  });
});

describe("Mailgun's own 605 drop beside the earlier refusal (review 68a)", () => {
  it("does not pass Mailgun's words and code off as the recipient server's", () => {
    const paste = '"event": "failed",\n"severity": "permanent",\n"reason": "suppress-bounce",\n"recipient": "claims@mutual.example",\n"delivery-status": {\n  "code": 605,\n  "message": "",\n  "description": "Not delivering to previously bounced address"\n},\n\nAnd the entry under Suppressions → Bounces:\n\n    claims@mutual.example    550    5.7.1 Unable to relay for claims@mutual.example    Oct 02, 2026 11:48 AM\n\nmx-host was mutual-example.mail.protection.outlook.com';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).not.toMatch(/Reply code: 605/);
    expect(text).not.toMatch(/Its message: "Not delivering/);
    expect(text).toMatch(/Its earlier refusal, as the paste shows it: "[^"]*Unable to relay/);
    expect(text).toMatch(/Mailgun's own answer now \(605\)/);
    expect(text).not.toMatch(/This refusal is permanent, so Mailgun will not retry it/);
  });
});

describe('a recipient with a new address now (review 68c)', () => {
  const row = 'Failed  Permanent   Mar 24, 2025 7:03:19 AM\nTo: gary@meridian.example\nServer response: 550 5.7.1 Unable to relay for gary@meridian.example\nMX host: mail.meridian.example\n\n';
  it('says to get the new address and keep the old one on the Bounces list', () => {
    const d = diagnose(`${row}The parent said Meridian "was bought by Summit Health and everyone has new email addresses now".`);
    expect(d.facts.recipientAddressChanged).toBe(true);
    const text = fullText(buildReply(d));
    expect(text).toMatch(/ask the recipient \(or whoever knows them\) for their new address/);
    expect(text).not.toMatch(/take the address off the Bounces list/);
    expect(text).not.toMatch(/either the address is mistyped/);
  });

  it('is not read from our own new addresses or a question', () => {
    expect(diagnose(`${row}Our company was acquired last year and we got new email addresses.`).facts.recipientAddressChanged).toBe(false);
    expect(diagnose(`${row}Does everyone have new email addresses there?`).facts.recipientAddressChanged).toBe(false);
  });
});

describe("a route pattern written for the parent domain of the refused address (review 68c)", () => {
  it('says to correct its domain part, keeping the pattern', () => {
    const paste = 'Their route in the dashboard:\nExpression: match_recipient("^order-.*@trailhead.example$")\n\n<order-88213@replies.trailhead.example>: host mxb.mailgun.org[52.207.143.61] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toContain('Correct its domain part, match_recipient("^order-.*@replies.trailhead.example$")');
  });

  it("keeps the dots of the domain part escaped when the route escaped them", () => {
    const paste = 'Their route in the dashboard:\nExpression: match_recipient("^order-.*@trailhead\\.example$")\n\n<order-88213@replies.trailhead.example>: host mxb.mailgun.org[52.207.143.61] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
    expect(fullText(buildReply(diagnose(paste)))).toContain('Correct its domain part, match_recipient("^order-.*@replies\\.trailhead\\.example$")');
  });

  it('says nothing of the kind when the pattern would not take the address anyway', () => {
    const paste = 'Their route in the dashboard:\nExpression: match_recipient("^invoice-.*@trailhead.example$")\n\n<order-88213@replies.trailhead.example>: host mxb.mailgun.org[52.207.143.61] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)';
    expect(fullText(buildReply(diagnose(paste)))).not.toContain('Correct its domain part');
  });
});

describe("Google Workspace's 'Invalid credentials for relay' to a delivery (review 68a)", () => {
  const event = (said: string) => `${said}\n{"event": "failed", "severity": "permanent", "recipient": "enrollment@cedarhollow.example", "delivery-status": {"code": 550, "message": "5.7.0 Mail relay denied [159.135.224.17]. Invalid credentials for relay for one of the domains in: cedarhollow.example, mg.messenger.example (as obtained from HELO and MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account.", "mx-host": "aspmx.l.google.com"}}`;
  it("says the words are not about the sender's Mailgun login, and what the recipient's side must change", () => {
    const text = fullText(buildReply(diagnose(event('the "invalid credentials" bit is confusing the customer'))));
    expect(text).toMatch(/No Mailgun login or password plays a part/);
    expect(text).toMatch(/add the domain \(back\) to their Google Workspace account/);
    expect(text).not.toMatch(/either the address is mistyped/);
  });

  it("reads 'cancelled Google Workspace' as the recipient's mail having moved", () => {
    expect(diagnose(event('The school district cancelled Google Workspace over the summer and went self-hosted.')).facts.recipientMailMoved).toBe(true);
  });
});

describe("Microsoft 365's 5.7.64 TenantAttribution to a delivery (review 68a)", () => {
  it("says the domain's setup at Microsoft 365 is the problem, not the address", () => {
    const text = fullText(buildReply(diagnose('{"event": "failed", "severity": "permanent", "recipient": "payables@granite.example", "delivery-status": {"code": 550, "enhanced-code": "5.7.64", "message": "5.7.64 TenantAttribution; Relay Access Denied ATTR35 [SN1PEPF0002BA4E.namprd03.prod.outlook.com]", "mx-host": "granite-example.mail.protection.outlook.com"}}')));
    expect(text).toMatch(/5\.7\.64 TenantAttribution when it cannot attribute the connection to a tenant's connector/);
    expect(text).toMatch(/inbound connectors/);
    expect(text).not.toMatch(/either the address is mistyped/);
  });
});

describe("a Route's forward refused with Sendmail's 'Proper authentication required' (review 69c)", () => {
  it('says the words about authentication are not for Mailgun', () => {
    const text = fullText(buildReply(diagnose('{"event-data": {"event": "failed", "severity": "permanent", "recipient": "j@avocats.example", "flags": {"is-routed": true}, "delivery-status": {"mx-host": "mail.avocats.example", "code": 550, "message": "5.7.1 <j@avocats.example>... Relaying denied. Proper authentication required."}}}')));
    expect(text).toMatch(/a Route sent it on/);
    expect(text).toMatch(/Mailgun delivering mail to it needs no login, and none would help/);
  });
});

describe("Postfix's 'cannot authenticate to server ...: no mechanism available' (review 69a)", () => {
  const log = 'Jun  3 08:15:44 rk9 postfix/smtp[88121]: warning: SASL authentication failure: No worthy mechs found\nJun  3 08:15:44 rk9 postfix/smtp[88121]: 5B2D8C0E41: to=<noc@it.example>, relay=smtp.eu.mailgun.org[141.193.32.10]:587, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp.eu.mailgun.org[141.193.32.10]: no mechanism available)';
  it('says no login was sent and to install the SASL plugin', () => {
    const d = diagnose(log);
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.authAttempted).toBe(false);
    const text = fullText(buildReply(d));
    expect(text).toMatch(/Postfix never sent a login/);
    expect(text).toMatch(/dnf install cyrus-sasl-plain/);
    expect(text).not.toMatch(/turned it down \(a 535 answer\)/);
  });
});

describe("an EU domain's sasl_passwd keyed for the EU host under a US relayhost (review 69a)", () => {
  it('says to set relayhost to the EU host, not to key the login for the US host', () => {
    const paste = "The domain is in Mailgun's EU region.\n/etc/postfix/main.cf:\nrelayhost = [smtp.mailgun.org]:587\n/etc/postfix/sasl_passwd:\n[smtp.eu.mailgun.org]:587 postmaster@mg.example.nl:********\nJun 11 14:20:31 web2 postfix/smtp[12007]: A91E5601C2: to=<offerte@bakker.example>, relay=smtp.mailgun.org[52.35.106.123]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[52.35.106.123] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))";
    const d = diagnose(paste);
    expect(d.facts.region).toBe('eu');
    const text = fullText(buildReply(d));
    expect(text).toContain('Fix: set relayhost to the host of the domain\'s region, which the sasl_passwd key already names (relayhost = [smtp.eu.mailgun.org]:587');
  });
});

describe("an EU domain's route created through the US Routes API (review 69c)", () => {
  it('says to create it again on the EU API', () => {
    const paste = "customer (EU domain in.cafe.example) created the route but still gets this:\nRemote Server at mxa.eu.mailgun.org (185.250.239.5) returned '550 5.7.1 Relaying denied'\n<bestellung@in.cafe.example>\n\ntheir deploy script:\ncurl -s --user \"api:$MG_KEY\" https://api.mailgun.net/v3/routes \\\n  -F expression='match_recipient(\"bestellung@in.cafe.example\")' \\\n  -F action='forward(\"https://shop.cafe.example/hooks/mail\")'";
    const d = diagnose(paste);
    expect(d.scenario).toBe('mailgun-incoming');
    expect(fullText(buildReply(d))).toMatch(/Routes API called on the US host \(https:\/\/api\.mailgun\.net\/v3\/routes\)[^]*https:\/\/api\.eu\.mailgun\.net\/v3\/routes/);
    // (with the recipient known and the route shown taking it, the fix itself says so)
    const known = fullText(buildReply(diagnose(`Your message to bestellung@in.cafe.example couldn't be delivered.\n${paste}`)));
    expect(known).toMatch(/Fix: the route was created through the US API/);
  });
});

describe("msmtp's 'auth off' (review 69c)", () => {
  it('says to turn it on, keeping the password line the account has', () => {
    const text = fullText(buildReply(diagnose("May 14 03:00:12 host=smtp.mailgun.org tls=on auth=off from=nas@mg.family.example recipients=mark@outlook.com smtpstatus=550 smtpmsg='550 5.7.1 Relaying denied' exitcode=EX_DATAERR\n\n/opt/etc/msmtprc:\naccount mailgun\nhost smtp.mailgun.org\nauth off\nuser postmaster@mg.family.example\npasswordeval \"cat /volume1/homes/mark/.mgpass\"")));
    expect(text).toMatch(/change auth off to auth on/);
  });
});

describe('a login variable read under one name and set under another (review 69c)', () => {
  const error = 'org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)\n\napplication-prod.yml:\nspring:\n  mail:\n    host: smtp.eu.mailgun.org\n    username: ${SMTP_USER:}\n    password: ${SMTP_PASS:}\n\n';
  it('names both and says to make them match', () => {
    const d = diagnose(`${error}and the new values.yaml sets env SMTP_USERNAME / SMTP_PASSWORD`);
    expect(d.evidence.map((e) => e.rule)).toContain('The login is read from a variable the deployment does not set');
    expect(fullText(buildReply(d))).toMatch(/reads its SMTP login from SMTP_USER, but the deployment shown sets SMTP_USERNAME/);
  });

  it('finds no mismatch when the deployment sets the name read', () => {
    const d = diagnose(`${error}env:\n  - name: SMTP_USER\n  - name: SMTP_PASS`);
    expect(d.evidence.map((e) => e.rule)).not.toContain('The login is read from a variable the deployment does not set');
  });
});

describe("a refusal by the recipient domain's backup MX (review 71a)", () => {
  it('says the primary did not answer and the backup does not relay for the domain', () => {
    const paste = '{"event": "failed", "severity": "permanent", "recipient": "ir@fairweather.example", "delivery-status": {"code": 554, "message": "5.7.1 <ir@fairweather.example>: Relay access denied", "mx-host": "mx-backup.stonegate-isp.example"}}\n\ndig MX fairweather.example:\n10 mail.fairweather.example.\n50 mx-backup.stonegate-isp.example.';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toMatch(/The refusing server is the domain's backup MX/);
    expect(text).toMatch(/why the primary MX did not take the delivery/);
    expect(text).not.toMatch(/either the address is mistyped/);
  });

  it('says nothing of a backup MX when the refusing host is the primary', () => {
    const paste = '{"event": "failed", "severity": "permanent", "recipient": "ir@fairweather.example", "delivery-status": {"code": 554, "message": "5.7.1 <ir@fairweather.example>: Relay access denied", "mx-host": "mail.fairweather.example"}}\n\ndig MX fairweather.example:\n10 mail.fairweather.example.\n50 mx-backup.stonegate-isp.example.';
    expect(fullText(buildReply(diagnose(paste)))).not.toMatch(/backup MX/);
  });
});

describe('code review 32 (D to G)', () => {
  it("reads no address change when the new address is the refused one", () => {
    const d = diagnose('She has a new email address since Monday: billing@partner.example\nServer response: 550 5.7.1 Unable to relay for billing@partner.example\nMX host: mail.partner.example\nevent: failed');
    expect(d.facts.recipientAddressChanged).toBe(false);
  });

  it("names the password's variable as the password's when only it differs", () => {
    const d = diagnose('SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\nspring:\n  mail:\n    host: smtp.mailgun.org\n    username: ${SMTP_USER:}\n    password: ${SMTP_PASS:}\n\nand values.yaml sets env SMTP_USER / SMTP_PASSWORD');
    expect(fullText(buildReply(d))).toMatch(/reads its SMTP password from SMTP_PASS, but the deployment shown sets SMTP_PASSWORD/);
  });

  it("answers Postfix's 'Sender address rejected: not logged in' as a login not sent", () => {
    const text = fullText(buildReply(diagnose('553 5.7.1 <billing@example.com>: Sender address rejected: not logged in')));
    expect(text).toMatch(/because the client has not logged in/);
    expect(text).not.toMatch(/this login does not own this one/);
  });
});

describe('a temporary relay refusal beside a delivery to the same address (review 71c)', () => {
  const rows = 'Jun 12, 2024 11:02:14 AM  Temporary Failure  bookings@hotel.example  Buchung #58213\n    Delivery attempt 1: 451 4.7.1 <bookings@hotel.example>: Relay access denied, please try again later\n    mx-host: mx01.hotel.example   will retry in 600 seconds\n';
  it('says a later attempt most likely got through', () => {
    const text = fullText(buildReply(diagnose(`${rows}Jun 12, 2024 11:33:05 AM  Delivered  bookings@hotel.example  Buchung #58213\n    250 2.0.0 Ok: queued as 4W0P7n1x2Fz3kLq`)));
    expect(text).toMatch(/Fix: most likely nothing: the paste also shows "bookings@hotel\.example" delivered/);
  });

  it("reads no delivery in a bounce's 'could not be delivered'", () => {
    const text = fullText(buildReply(diagnose(`Your message to bookings@hotel.example could not be delivered.\n${rows}`)));
    expect(text).not.toMatch(/most likely nothing/);
  });
});

describe("a Route's forward refused by Google Workspace's 'Invalid credentials for relay' (review 71c)", () => {
  it('says the destination domain is not active in that Workspace, not to check the forward() address first', () => {
    const text = fullText(buildReply(diagnose('{"event-data": {"event": "failed", "severity": "permanent", "recipient": "intake@legal.example", "flags": {"is-routed": true}, "delivery-status": {"mx-host": "aspmx.l.google.com", "code": 550, "message": "5.7.0 Mail relay denied [159.135.224.17]. Invalid credentials for relay for one of the domains in: legal.example (as obtained from HELO and MAIL FROM). Email is being sent from a domain or IP address which isn\'t registered in your Workspace account."}}}')));
    expect(text).toMatch(/Fix: the destination's domain is not \(yet\) active in the Google Workspace account/);
    expect(text).not.toMatch(/Fix: check the address in the Route's forward\(\)/);
  });
});

describe("'auth.pass from env (they rotated it yesterday)' beside a 535 (review 71c)", () => {
  it('puts the restart first', () => {
    const text = fullText(buildReply(diagnose("Error: Invalid login: 535 5.7.0 Mailgun is not loving your login or password\n  code: 'EAUTH',\ntransport config: host smtp.eu.mailgun.org, port 465, auth.user \"postmaster@mg.kestrel.example\", auth.pass from env (they rotated it yesterday)")));
    expect(text).toMatch(/1\. The password was changed just before this/);
  });
});

describe('several addresses at one domain refused alike (left from review 68c)', () => {
  const header = '"timestamp","event","severity","recipient","delivery-status.code","delivery-status.message","delivery-status.mx-host"\n';
  const row = (event: string, to: string, code: string, message: string) => `"2025-03-14T10:22:07Z","${event}","${event === 'failed' ? 'permanent' : ''}","${to}","${code}","${message}","mx.partner.example"\n`;

  it('puts the domain, not a mistyped address, first', () => {
    const d = diagnose(header + row('failed', 'anna@partner.example', '554', '5.7.1 <anna@partner.example>: Relay access denied') + row('failed', 'inkoop@partner.example', '554', '5.7.1 <inkoop@partner.example>: Relay access denied') + row('delivered', 'm.dekker@gmail.com', '250', 'OK'));
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.refusedAtDomain).toBe(2);
    const summary = buildReply(d).summary.map(plain);
    expect(summary.join(' ')).not.toContain('either the address is mistyped');
    expect(summary.join(' ')).toContain('every address at "partner.example" is refused the same way');
    expect(summary.find((line) => line.startsWith('Fix:'))).toContain('take mail for "partner.example" again');
  });

  it('counts neither an address delivered nor one refused with another error', () => {
    const delivered = diagnose(header + row('failed', 'anna@partner.example', '554', '5.7.1 Relay access denied') + row('delivered', 'ap@partner.example', '250', 'OK'));
    expect(delivered.facts.refusedAtDomain).toBe(1);
    expect(buildReply(delivered).summary.map(plain).join(' ')).toContain('either the address is mistyped');
    const unknown = diagnose(header + row('failed', 'anna@partner.example', '554', '5.7.1 Relay access denied') + row('failed', 'bob@partner.example', '550', '5.1.1 User unknown'));
    expect(unknown.facts.refusedAtDomain).toBe(1);
    // (without a report's rows: the line that gives an address another error)
    expect(diagnose('in our mailgun logs, 2 failed:\nfailed  permanent  a.smith@acme.example  550 5.1.1 User unknown\nfailed  permanent  joe@acme.example  554 5.7.1 <joe@acme.example>: Relay access denied').facts.refusedAtDomain).toBe(1);
  });

  it('names the refusing server when other addresses at the domain were delivered', () => {
    const d = diagnose('42 staff, 39 delivered, 3 failed:\ndelivered  a.becker@werke.example  mx1.werke.example  250  2.0.0 Ok: queued as 7C21B2E0F4\ndelivered  b.wolff@werke.example  mx1.werke.example  250  2.0.0 Ok: queued as 7C9A02E114\nfailed  d.krueger@werke.example  mx2.werke.example  550  5.7.1 <d.krueger@werke.example>... Relaying denied\nfailed  e.schmitt@werke.example  mx2.werke.example  550  5.7.1 <e.schmitt@werke.example>... Relaying denied\nevent: failed, mx-host: mx2.werke.example, from the Mailgun logs');
    expect(d.facts.refusedAtDomain).toBe(2);
    expect(d.facts.deliveredAtDomain).toBe(2);
    const summary = buildReply(d).summary.map(plain).join(' ');
    expect(summary).toContain('Other addresses at the domain were delivered (the paste shows 2)');
    expect(summary).not.toContain('every address at');
  });

  it("reads the legacy logs view's tab-separated rows", () => {
    const d = diagnose('May 14, 2024 07:45:11 AM\tFailed\tjgarcia@district.example\tWeekly report\nSeverity: permanent\nDelivery status\n  Code: 550\n  Message: 5.7.1 Unable to relay\n  MX host: mail.district.example\n\nMay 14, 2024 07:45:09 AM\tFailed\ttnguyen@district.example\tWeekly report\nSeverity: permanent\nDelivery status\n  Code: 550\n  Message: 5.7.1 Unable to relay\n  MX host: mail.district.example');
    expect(d.facts.recipients).toEqual(['jgarcia@district.example', 'tnguyen@district.example']);
    expect(d.facts.refusedAtDomain).toBe(2);
  });
});

describe("a refusal that says the domain is not the server's own (review 72)", () => {
  const reply = (serverMessage: string) => buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { serverMessage, recipient: 'a@shop.example', replyCode: 550 }));
  it("reads Exchange's '5.7.1 Unable to relay' as a domain it does not accept", () => {
    const summary = reply('550 5.7.1 Unable to relay').summary.map(plain).join(' ');
    expect(summary).toContain('not one of its accepted domains');
    expect(summary).not.toContain('either the address is mistyped');
  });

  it("reads 'we don't handle mail for' as the server's own word about the domain", () => {
    const summary = reply("550 5.7.1 we don't handle mail for shop.example").summary.map(plain).join(' ');
    expect(summary).toContain('it does not handle mail for the recipient\'s domain');
    expect(summary).toContain('add the domain to the domains their server takes mail for');
    expect(summary).not.toContain('either the address is mistyped');
  });
});

describe('a temporary refusal beside a later delivery of the address (review 72b)', () => {
  it('does not send them to check the address', () => {
    const d = diagnose('{"items":[{"event":"failed","severity":"temporary","timestamp":1710000000,"recipient":"i.volkov@trans.example","delivery-status":{"mx-host":"mx2.trans.example","code":454,"message":"4.7.1 <i.volkov@trans.example>: Relay access denied","attempt-no":1}},{"event":"delivered","timestamp":1710000900,"recipient":"i.volkov@trans.example","delivery-status":{"mx-host":"mx1.trans.example","code":250,"message":"OK","attempt-no":2}}]}');
    expect(d.scenario).toBe('recipient-host');
    const steps = (buildReply(d).sections.find((x) => x.heading === 'How to fix it')?.steps ?? []).map(plain).join('\n');
    expect(steps).toContain('nothing is left to do');
    expect(steps).toContain('"mx2.trans.example" refuses their domain\'s mail for a while');
    expect(steps).not.toContain('for typos');
  });
});

describe('several addresses refused by the inbound MX (review 72b)', () => {
  it('names how many and asks for routes for all of them', () => {
    const ndr = (to: string) => `Final-Recipient: rfc822; ${to}\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\n`;
    const d = diagnose(`Reporting-MTA: dns; mail.sender.example\n\n${ndr('bookings@vets.example')}\n${ndr('surgery@vets.example')}`);
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.refusedAtDomain).toBe(2);
    const summary = buildReply(d).summary.map(plain).join(' ');
    expect(summary).toContain('"bookings@vets.example" and 1 more at "vets.example" refused the same way');
    expect(summary).toContain('match_recipient(".*@vets.example")');
  });
});

describe('a route for the same name at a subdomain, beside a subdomain-wide route (review 73c)', () => {
  it('corrects the route meant for the address, not the one serving other mail', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { recipient: 'support@trailhead.example', recipientDomain: 'trailhead.example', host: 'mxa.mailgun.org', hostRole: 'mailgun-mx', routes: ['match_recipient("support@help.trailhead.example")', 'match_recipient(".*@reply.trailhead.example")'] })));
    expect(text).toContain('Correct its domain part, match_recipient("support@trailhead.example")');
    expect(text).not.toContain('Change its expression to match_recipient(".*@trailhead.example")');
  });
});

describe("a domain whose mail is said to be elsewhere, in other words (review 73c)", () => {
  it("leads with the MX records for Japanese and 'the company's mail is on Google Workspace'", () => {
    const ndr = 'Final-Recipient: rfc822; tanaka@sakura.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\n';
    for (const words of ['会社のメールは Google Workspace で、Mailgun は mg.sakura.example から通知メールを送るだけのつもりだったとのこと。', "The company's mail is on Google Workspace."]) {
      const summary = buildReply(diagnose(`${words}\n${ndr}`)).summary.map(plain).join(' ');
      expect(summary).toContain('its MX records are the mistake');
    }
  });
});

describe('a route for the same name at a domain a letter or two away (review 73c)', () => {
  it('names the typo and the corrected route', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { recipient: 'facturas@contabilidadruiz.example', recipientDomain: 'contabilidadruiz.example', host: 'mxb.mailgun.org', hostRole: 'mailgun-mx', routes: ['match_recipient("facturas@contabilidadriuz.example")'] })));
    expect(text).toContain('is a letter or two away from "facturas@contabilidadruiz.example"');
    expect(text).toContain('match_recipient("facturas@contabilidadruiz.example")');
  });
});

describe("the paste's own port 465 with implicit TLS (review 74c)", () => {
  it('keeps it instead of moving the customer to 587', () => {
    const d = diagnose("const transporter = nodemailer.createTransport({ host: 'smtp.eu.mailgun.org', port: 465, secure: true });\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\ncode: 'EENVELOPE', command: 'RCPT TO'");
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.smtpPort).toBe(465);
    const text = fullText(buildReply(d));
    expect(text).toContain('keep port 465 with TLS from the start');
    expect(text).not.toContain('port 587 with STARTTLS (recommended');
  });
});

describe("the paste's own password variable in the fix snippet (review 74c)", () => {
  it('reads the password from the variable the configuration uses', () => {
    const d = diagnose("mail:\n  smtp_password: ${MG_SMTP_PASS}\n  smtp_host: smtp.mailgun.org:587\nsmtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}");
    expect(d.scenario).toBe('mailgun-outgoing');
    const code = buildReply(d).sections.flatMap((section) => (section.snippet ? [section.snippet.code] : [])).join('\n');
    expect(code).toContain("os.environ['MG_SMTP_PASS']");
    expect(code).not.toContain('MAILGUN_SMTP_PASSWORD');
  });
});

describe('a backup MX refusing over several temporary attempts (review 73c)', () => {
  it('names the backup MX and its fix, not "check the address"', () => {
    const d = diagnose('The primary mail.harbour.example times out on port 25.\n$ dig +short MX harbour.example\n10 mail.harbour.example.\n20 mx2.fallback.example.\n{"event":"failed","severity":"temporary","recipient":"dispatch@harbour.example","delivery-status":{"mx-host":"mx2.fallback.example","code":454,"message":"4.7.1 <dispatch@harbour.example>: Relay access denied","attempt-no":4}}');
    expect(d.scenario).toBe('recipient-host');
    const summary = buildReply(d).summary.map(plain).join(' ');
    expect(summary).toContain("The refusing server is the domain's backup MX");
    // (the evidence quotes the paste's own listing lines, not words of ours)
    expect(summary).toContain('"10 mail.harbour.example. · 20 mx2.fallback.example."');
    // (temporary: Mailgun keeps retrying, so no "send the message again", and no typo check)
    expect(summary).toContain('primary MX has not answered for 4 attempts');
    expect(summary).toContain('a retry goes through once the primary answers again');
    expect(summary).not.toContain('send the message again');
    expect(summary).not.toContain('check the address');
    const text = fullText(buildReply(d));
    expect(text).not.toContain('for typos');
    expect(text).not.toContain('rarely clears by itself');
    expect(text).toContain('Each retry tries the domain\'s primary MX first');
  });
});

describe("Mailgun's own drop of a suppressed address (review 73c)", () => {
  it('gives the call that takes the address off the list', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'not-relaying-denied', kind: 'other' }, { suppression: 'bounce', replyCode: 605, recipient: 'a@bakery.example', mailgunDomain: 'mg.books.example', region: 'eu' })));
    expect(text).toContain('DELETE https://api.eu.mailgun.net/v3/mg.books.example/bounces/a@bakery.example');
  });
});

describe('outgoing after a login sent before STARTTLS', () => {
  it('asks for the login after STARTTLS, not for other credentials', () => {
    const paste = "s = smtplib.SMTP('smtp.mailgun.org', 587)\nsend: 'AUTH PLAIN AHBvc3Q=\\r\\n'\nreply: b'235 2.0.0 OK\\r\\n'\nsend: 'STARTTLS\\r\\n'\nreply: b'220 2.0.0 Ready to start TLS\\r\\n'\nsend: 'ehlo runner\\r\\n'\nsend: 'rcpt TO:<finance@calloway.example>\\r\\n'\nreply: b'550 5.7.1 Relaying denied\\r\\n'\n";
    const d = diagnose(paste);
    expect(d.facts.client).toBe('python-smtplib');
    const reply = renderText(buildReply(d), { ui: 'current' });
    expect(reply).toContain('before STARTTLS');
    expect(reply).toContain('starttls(), then ehlo(), then login(...)');
    expect(reply).not.toContain('a login the server refused');
  });
});

describe('an incoming refusal after Routes were deleted (review 73c)', () => {
  const bounce = 'ordini@enotecarossi.example\nmxb.mailgun.org\nRemote Server returned \'550 5.7.1 Relaying denied\'\n';
  const fixOf = (d: ReturnType<typeof diagnose>) => buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'))!;

  it('makes re-creating the deleted Route the fix, in the words of several languages', () => {
    for (const words of ['Ieri il collega ha cancellato le route che secondo lui non servivano.', 'A colleague cleaned up the routes on Monday.', 'Die alten Routen wurden gelöscht.', 'Le client a supprimé pas mal de routes.']) {
      const d = diagnose(`${words}\n${bounce}`);
      expect(d.scenario).toBe('mailgun-incoming');
      expect(fixOf(d), words).toContain('create the deleted Route again');
      expect(buildReply(d).summary.map(plain).join('\n')).toContain('The paste says Routes were deleted');
    }
  });

  it('not when the deletion is denied, asked about, or undone since', () => {
    for (const words of ["We haven't deleted any routes.", 'Were the routes deleted?', 'They deleted their catch_all() route by accident and re-created it this morning.']) {
      expect(fixOf(diagnose(`${words}\n${bounce}`)), words).not.toContain('create the deleted Route again');
    }
  });
});

describe("the reply to a sending-side server refusing its own private client (review 76b)", () => {
  const fixOf = (paste: string) => {
    const reply = buildReply(diagnose(paste));
    return { reply, all: renderText(reply, { ui: 'current' }), fix: reply.summary.map(plain).find((line) => line.startsWith('Fix:'))! };
  };

  it("gives each server's own relay setting as the fix, never Mailgun's credentials", () => {
    const postfix = fixOf('Mar 11 14:02:37 mail01 postfix/smtpd[48213]: NOQUEUE: reject: RCPT from app-07.corp.example[10.40.2.17]: 554 5.7.1 <i@h.example>: Relay access denied; from=<b@corp.example> to=<i@h.example> proto=ESMTP\nrelayhost = [smtp.mailgun.org]:587');
    expect(postfix.reply.headline).toContain("sending side's own mail server");
    expect(postfix.fix).toContain('mynetworks');
    expect(postfix.fix).toContain('10.40.2.17/32');
    expect(postfix.all).toContain('never reached Mailgun');
    expect(postfix.all).not.toContain("Mailgun's SMTP server refused");
    const exim = fixOf('2024-02-14 09:17:33 H=(app-worker-3) [10.8.0.12] F=<p@k.example> rejected RCPT <a@wp.example>: relay not permitted');
    expect(exim.fix).toContain('dc_relay_nets');
    const sendmail = fixOf('SMTPAddressFailedException: 550 5.7.1 <r@kpn.example>... Relaying denied. IP name lookup failed [192.168.40.23]\nmail.smtp.host=mailhub.zorg.example');
    expect(sendmail.fix).toContain('Connect:192.168.40.23 RELAY');
    expect(sendmail.fix).toContain('no reverse DNS name');
  });
});

describe('a failed connection to Mailgun on port 25 (review 76b)', () => {
  it('makes the port the first step', () => {
    const d = diagnose('Error: Connection timeout\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n  code: \'ETIMEDOUT\', command: \'CONN\'\ntransport host smtp.mailgun.org:25');
    expect(d.kind).toBe('other');
    const steps = sectionNamed(buildReply(d), 'What to do').steps!.map(plain);
    expect(steps[0]).toContain('block or throttle');
    expect(steps[0]).toContain('587');
    const other = sectionNamed(buildReply(diagnose('Error: Connection timeout\n  code: \'ETIMEDOUT\', command: \'CONN\'\ntransport host smtp.mailgun.org:587')), 'What to do').steps!.map(plain);
    expect(other[0]).not.toContain('block or throttle');
  });
});

describe("outgoing snippets written with the paste's own port 465 and variables (review 76c)", () => {
  const paste = "transport { host: 'smtp.eu.mailgun.org', port: 465, secure: true }\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE'\nnodemailer.createTransport({ host: 'smtp.eu.mailgun.org', port: 465, secure: true,\n  auth: { user: process.env.MG_LOGIN, pass: process.env.MG_PASSWORD } })";

  it('reads both variables and keeps TLS from the start on 465', () => {
    const d = diagnose(paste);
    expect(d.facts.loginFromEnv).toBe('process.env.MG_LOGIN');
    expect(d.facts.passwordFromEnv).toBe('process.env.MG_PASSWORD');
    const reply = buildReply(d);
    const snippet = reply.sections.flatMap((s) => (s.snippet ? [s.snippet.code] : [])).join('\n');
    expect(snippet).toContain('port: 465');
    expect(snippet).toContain('secure: true');
    expect(snippet).toContain('user: process.env.MG_LOGIN, pass: process.env.MG_PASSWORD');
    expect(renderText(reply, { ui: 'current' })).not.toContain('take only the login from below');
    expect(reply.summary.map(plain).find((line) => line.startsWith('Fix:'))).toContain('MG_LOGIN and MG_PASSWORD');
  });

  it("writes Python's implicit TLS as SMTP_SSL, without starttls()", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { client: 'python-smtplib', smtpPort: 465, loginFromEnv: 'os.environ["MG_USER"]' }));
    const snippet = reply.sections.flatMap((s) => (s.snippet ? [s.snippet.code] : [])).join('\n');
    expect(snippet).toContain("smtplib.SMTP_SSL('smtp.mailgun.org', 465)");
    expect(snippet).not.toContain('starttls()');
    expect(snippet).toContain("smtp.login(os.environ['MG_USER'], os.environ['MAILGUN_SMTP_PASSWORD'])");
  });

  it('keeps 587 and the note for a client whose snippet has no implicit TLS form', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }, { client: 'go-net-smtp', smtpPort: 465 }));
    expect(renderText(reply, { ui: 'current' })).toContain('take only the login from below');
  });
});

describe('a login variable with a default, a password variable that is empty under cron (review 76c)', () => {
  it('names the password variable, the if that skips the login, and cron', () => {
    const d = diagnose('Traceback from cron:\nsmtplib.SMTPRecipientsRefused: {\'f@andrade.example\': (550, b\'5.7.1 Relaying denied\')}\nSMTP_HOST = "smtp.mailgun.org"\nSMTP_USER = os.environ.get("MG_SMTP_USER", "reports@mg.andrade.example")\nSMTP_PASS = os.environ.get("MG_SMTP_PASS")\nwith smtplib.SMTP(SMTP_HOST, 587) as s:\n    s.starttls()\n    if SMTP_PASS:\n        s.login(SMTP_USER, SMTP_PASS)\n    s.sendmail(FROM, to, body)');
    expect(d.facts.passwordFromEnv).toBe('os.environ.get("MG_SMTP_PASS")');
    const summary = buildReply(d).summary.map(plain).join('\n');
    expect(summary).toContain('takes its SMTP password from os.environ.get("MG_SMTP_PASS") (its login has a default value)');
    expect(summary).toContain('("if SMTP_PASS:")');
    expect(summary).toContain('runs under cron');
    expect(summary).toContain('Fix: set MG_SMTP_PASS where');
    expect(summary).not.toContain('with an empty login');
  });
});

describe('several addresses at one domain refused for good (review 76c)', () => {
  it('gives the Bounces list call for each, and the EU host when the region is unknown', () => {
    const text = fullText(buildReply(makeDiagnosis({ scenario: 'recipient-host' }, { recipient: 'a@hotel.example', recipients: ['a@hotel.example', 'b@hotel.example', 'c@hotel.example'], recipientDomain: 'hotel.example', refusedAtDomain: 3, replyCode: 550, mailgunDomain: 'mg.t.example', event: 'failed', severity: 'permanent', source: 'mailgun-event' })));
    for (const address of ['a', 'b', 'c']) expect(text).toContain(`DELETE https://api.mailgun.net/v3/mg.t.example/bounces/${address}@hotel.example`);
    expect(text).toContain('https://api.eu.mailgun.net for a domain in the EU region');
  });
});

describe("Exchange Online's 5.4.1 Access denied (review 76c)", () => {
  it('explains directory-based edge blocking and who must add the address', () => {
    const d = diagnose('{"event":"failed","severity":"permanent","recipient":"e.kaya@tekstil.example","delivery-status":{"code":550,"message":"5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors","mx-host":"tekstil-example.mail.protection.outlook.com"}}');
    expect(d.kind).toBe('unknown-user');
    const text = fullText(buildReply(d));
    expect(text).toContain('directory-based edge blocking');
    expect(text).toContain("Microsoft 365 administrator must add the mailbox");
    expect(fullText(buildReply(diagnose('{"event":"failed","recipient":"x@y.example","delivery-status":{"code":550,"message":"5.1.1 User unknown"}}')))).not.toContain('directory-based');
  });
});

describe("the sending side's own relay named in the summary and the confidence line (review 78c)", () => {
  it('says whose relay refused instead of "side not shown"', () => {
    const d = diagnose('Mar 11 14:02:37 mail01 postfix/smtpd[48213]: NOQUEUE: reject: RCPT from app-07.corp.example[10.40.2.17]: 554 5.7.1 <i@h.example>: Relay access denied; from=<b@corp.example> to=<i@h.example> proto=ESMTP');
    expect(d.summary).toContain("The sending side's own mail server (mail01) refused to relay");
    const text = renderText(buildReply(d), { ui: 'current' });
    expect(text).toContain("Confidence in this answer (a Relaying Denied error from the sending side's own relay)");
    expect(text).not.toContain('side not shown');
  });
});

describe('review 78c: replies that use what the paste says', () => {
  it('reads Routes cleaned up in Dutch as deleted Routes', () => {
    const d = diagnose('vorige week hebben we in Mailgun de oude Routes opgeruimd. Leveranciers krijgen dit terug:\norders@in.fietsenhuis.example\nmxa.mailgun.org\nRemote Server returned \'550 5.7.1 Relaying denied\'');
    expect(buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'))).toContain('create the deleted Route again');
  });

  it('leads an EU domain at the US inbound hosts with the region, not with "no Route matched"', () => {
    const d = diagnose('EU domain (mg.bursztyn.example, EU region). Route: match_recipient("zamowienia@mg.bursztyn.example") -> forward("x@bursztyn.example")\n$ dig +short MX mg.bursztyn.example\n10 mxa.mailgun.org.\nzamowienia@mg.bursztyn.example: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)');
    const summary = buildReply(d).summary.map(plain).join('\n');
    expect(summary).toContain("Mailgun's US inbound mail server (mxa.mailgun.org) refused this recipient");
    expect(summary).not.toContain('No Route matched');
    expect(summary).not.toContain('looks like a sending domain');
  });

  it("reads an Italian 'l'indirizzo è giusto' as the address confirmed", () => {
    expect(diagnose("il cliente insiste che l'indirizzo è GIUSTO.\n{\"event\":\"failed\",\"recipient\":\"info@hotel.example\",\"delivery-status\":{\"code\":550,\"message\":\"5.7.1 <info@hotel.example>... Relaying denied\"}}").facts.addressConfirmed).toBe(true);
  });

  it("takes a person's misspelled guess in a question for no relay refusal", () => {
    const d = diagnose('is Mailgun relaying-denying us?\n421 Domain sandbox8f3c.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.');
    expect(d.kind).toBe('sandbox');
    expect(d.alternatives.filter((a) => a.scenario !== 'not-relaying-denied')).toEqual([]);
  });
});

describe('review 78c: login lines commented out, and variables under camelCase keys', () => {
  it("has msmtp's commented-out user and passwordeval lines uncommented, not only auth turned on", () => {
    const d = diagnose("Nov 18 03:15:02 host=smtp.eu.mailgun.org tls=on auth=off from=backup@mg.zh.example recipients=p@praxis.example smtpstatus=550 smtpmsg='550 5.7.1 Relaying denied'\n~/.msmtprc:\naccount mailgun\nhost smtp.eu.mailgun.org\nport 587\nauth off\n#user postmaster@mg.zh.example\n#passwordeval \"gpg -q -d ~/.mailgun-smtp.gpg\"");
    expect(d.facts.client).toBe('msmtp');
    expect(buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'))).toContain('remove the # in front of its user');
  });

  it("reads Jenkins's smtpUsername: \"${X}\" and the deployment's X_USR as a variable mismatch", () => {
    const d = diagnose('javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\ncasc.yaml:\n      smtpHost: "smtp.mailgun.org"\n      smtpUsername: "${MAILGUN_SMTP_USER}"\n      smtpPassword: "${MAILGUN_SMTP_PASSWORD}"\n$ docker exec jenkins env | grep -i mailgun\nMAILGUN_SMTP_USR=postmaster@mg.build.example');
    expect(d.facts.loginFromEnv).toBe('${MAILGUN_SMTP_USER}');
    expect(d.facts.passwordFromEnv).toBe('${MAILGUN_SMTP_PASSWORD}');
    expect(buildReply(d).summary.map(plain).join('\n')).toContain('the deployment shown sets MAILGUN_SMTP_USR');
  });
});

describe("Sendmail's smart host without its login (review 78b)", () => {
  it('fixes the authinfo map and FEATURE(`authinfo`), not an application setting', () => {
    const reply = buildReply(diagnose("our sendmail relays through Mailgun: define(`SMART_HOST', `smtp.mailgun.org')\n... while talking to smtp.mailgun.org.:\n>>> RCPT To:<devis@garnier.example>\n<<< 550 5.7.1 Relaying denied"));
    const summary = reply.summary.map(plain).join('\n');
    expect(summary).toContain('Fix: put the domain\'s SMTP login and password in /etc/mail/authinfo');
    expect(summary).toContain('AuthInfo:smtp.mailgun.org "U:postmaster@');
    expect(summary).toContain("FEATURE(`authinfo')");
    expect(summary).not.toContain('in the sending application');
  });
});

describe("the refusing server's own log, refusing Mailgun's delivery (review 79b)", () => {
  const reply = (paste: string) => fullText(buildReply(diagnose(paste)));
  const postfix = 'Jul 10 09:14:23 mail.praxis.example postfix/smtpd[28811]: NOQUEUE: reject: RCPT from m228-12.mailgun.net[159.135.228.12]: 554 5.7.1 <rechnung@praxis.example>: Relay access denied; from=<bounce+7c1e2a.5b91f-rechnung=praxis.example@mg.lieferant.example> to=<rechnung@praxis.example> proto=ESMTP helo=<m228-12.mailgun.net>';
  it("fixes the server's domain setting in Postfix's terms, not the address", () => {
    const text = reply(`our own mail server's log, we moved the domain here last week:\n${postfix}`);
    expect(text).toContain("The recipient's mail server refused Mailgun's delivery: it does not take mail for the recipient's domain");
    expect(text).toContain('Fix, on that server: add "praxis.example" to the domains Postfix takes mail for: virtual_mailbox_domains');
    expect(text).toContain('postconf mydestination virtual_mailbox_domains virtual_alias_domains relay_domains');
    expect(text).not.toContain('either the address is mistyped');
    expect(text).toContain('Refusing server: "mail.praxis.example"');
  });
  it('says a temporary code (Postfix soft_bounce) is retried, so a fix now still delivers', () => {
    expect(reply(postfix.replace('554 5.7.1', '454 4.7.1'))).toContain('Mailgun retries for a while: fixed now, this message may still get through');
  });
  it("names Exim's local domains and exim -bt for Exim's own log", () => {
    const text = reply('2024-07-11 08:02:51 H=m161-38-204-77.mailgun.net [161.38.204.77]:39018 I=[212.80.44.9]:25 X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no F=<bounce+a21f4c.9e03-compras=ferreteria.example@mg.proveedor.example> rejected RCPT <compras@ferreteria.example>: relay not permitted');
    expect(text).toContain("add \"ferreteria.example\" to Exim's local domains (Debian and Ubuntu: dc_other_hostnames");
    expect(text).toContain('exim -bt compras@ferreteria.example');
  });
  it("names Sendmail's local-host-names, reads its reject=550, and never calls Mailgun's machine the refusing server", () => {
    const paste = 'Jul 12 14:31:07 smtp sm-mta[30417]: 46CHV7Xq030417: ruleset=check_rcpt, arg1=<financeiro@construtora.example>, relay=m198-61-254-33.mailgun.net [198.61.254.33], reject=550 5.7.1 <financeiro@construtora.example>... Relaying denied\nJul 12 14:31:07 smtp sm-mta[30417]: 46CHV7Xq030417: from=<bounce+55e0a1.c4-financeiro=construtora.example@mg.papelaria.example>, size=0, class=0, nrcpts=0, proto=ESMTP, daemon=MTA, relay=m198-61-254-33.mailgun.net [198.61.254.33]';
    const d = diagnose(paste);
    expect(d.facts.replyCode).toBe(550);
    expect(d.facts.host).toBe('smtp'); // the log's own host, not the client relay= names
    const text = fullText(buildReply(d));
    expect(text).toContain('add "construtora.example" to /etc/mail/local-host-names');
    expect(text).not.toContain('Refusing server: "m198-61-254-33.mailgun.net"');
  });
  it("names Exchange's accepted domains for its receive log", () => {
    const session = (n: number, dir: string, data: string) => `2024-07-15T07:42:10.1${n}Z,EXCH01\\Default Frontend EXCH01,08DCA4B2E1F0C3A1,${n},10.1.0.20:25,161.38.200.14:52114,${dir},${data},`;
    const text = reply(['#Log-type: SMTP Receive Protocol Log', session(3, '<', 'EHLO m161-38-200-14.mailgun.net'), session(5, '<', 'MAIL FROM:<bounce+3d9e.a07-compta=cabinet.example@mg.loc.example>'), session(7, '<', 'RCPT TO:<compta@cabinet.example>'), session(8, '>', '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain')].join('\n'));
    expect(text).toContain('New-AcceptedDomain -Name cabinet.example -DomainName cabinet.example -DomainType Authoritative');
    expect(text).toContain('Get-AcceptedDomain');
  });
  it("keeps the address check for a bounce that is not the refusing server's own log", () => {
    const text = reply('Failed\nRecipient: rechnung@praxis.example\nDelivery status: 554 5.7.1 <rechnung@praxis.example>: Relay access denied\nMX host: mail.praxis.example');
    expect(text).not.toContain('Fix, on that server');
    expect(text).toContain('the recipient address');
  });
});

describe("the sending side's own relay refusing a container (review 79c)", () => {
  it("offers the network the paste shows the client in, beside the one address", () => {
    const text = fullText(buildReply(diagnose('compose network app_net 172.28.0.0/16\nmain.cf: mynetworks = 127.0.0.0/8 10.20.0.0/24\nMar 03 10:11:12 relay01 postfix/smtpd[811]: NOQUEUE: reject: RCPT from unknown[172.28.0.7]: 554 5.7.1 <ops@partner.example>: Relay access denied; from=<app@corp.example> to=<ops@partner.example> proto=ESMTP helo=<app>')));
    expect(text).toContain('(172.28.0.0/16, the network the paste shows it in, or 172.28.0.7/32 for this one address)');
  });
});

describe('an EU domain sent through the US host, beside another cause (review 80c)', () => {
  it('puts the host change in the fix line too', () => {
    const d = diagnose("They moved the sending domain to the EU region.\nNet::SMTPFatalError (550 5.7.1 Relaying denied\n)\n  /gems/net-smtp-0.4.0/lib/net/smtp.rb:969:in `rcptto'\nconfig.action_mailer.smtp_settings = {\n  address: 'smtp.mailgun.org',\n  port: 587,\n  user_name: ENV['MAILGUN_SMTP_LOGIN'],\n  password: ENV['MAILGUN_SMTP_PASSWORD'],\n}");
    expect(d.facts.region).toBe('eu');
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('MAILGUN_SMTP_LOGIN');
    expect(fix).toContain('Also set the host to smtp.eu.mailgun.org');
  });
});

describe("login lines commented out in code (review 80b)", () => {
  it("says to remove the // in front of nodemailer's auth block or PHPMailer's SMTPAuth", () => {
    const fix = (paste: string) => buildReply(diagnose(paste)).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix("nodemailer.createTransport({\n  host: 'smtp.mailgun.org',\n  port: 587,\n  // auth: { user: process.env.MG_SMTP_USER, pass: process.env.MG_SMTP_PASS },\n});\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE',\n  command: 'RCPT TO'")).toContain('Fix: remove the // in front of the configuration\'s login lines');
    expect(fix("$mail->Host = 'smtp.mailgun.org';\n//$mail->SMTPAuth = true;\nSMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied")).toContain('remove the // in front');
  });
});

describe('review 81c: fixes that follow the paste', () => {
  const fix = (paste: string) => buildReply(diagnose(paste)).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
  it("sends a moved domain's admin to its MX records, not to re-adding the domain on the old server", () => {
    const text = fix('2024-04-29 13:05:41 H=m47-110.mailgun.net [69.72.47.110] F=<bounce+7e21.5a3f2-orders=kettle.example@mg.tea.example> rejected RCPT <orders@kettle.example>: relay not permitted\nhe says "we moved kettle.example to Microsoft 365 last month, the old server is still up"');
    expect(text).toContain("the domain's MX records must point at the new provider");
    expect(text).not.toContain('local domains');
  });
  it("names qmail's rcpthosts for a qmail backup MX", () => {
    const d = diagnose('dig MX hurtownia.example\n10 mx1.hurtownia.example.\n20 mx2.backup.example.\nFailed: zamowienia@hurtownia.example\nDelivery status: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\nMX host: mx2.backup.example\nMailgun logs');
    expect(fullText(buildReply(d))).toContain('qmail: control/rcpthosts');
  });
  it("uncomments an ini file's ;user and ;password lines", () => {
    expect(fix('[smtp]\nenabled = true\nhost = smtp.mailgun.org:587\n;user = postmaster\n;password = """xxxx"""\nlogger=context error="550 5.7.1 Relaying denied"')).toContain('remove the ; in front');
  });
});

describe('authentication switched off in the settings shown (review 81c)', () => {
  const fix = (paste: string) => buildReply(diagnose(paste)).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
  it("writes the paste's own setting back on", () => {
    expect(fix('spring:\n  mail:\n    host: smtp.eu.mailgun.org\n    properties:\n      mail.smtp.auth: false\norg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied')).toContain('switch authentication on: mail.smtp.auth: true in place of mail.smtp.auth: false');
    expect(fix("$mail->Host = 'smtp.mailgun.org';\n$mail->SMTPAuth = false;\nSMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied")).toContain('$mail->SMTPAuth = true in place of $mail->SMTPAuth = false');
  });
  it("keeps the general fix for a device's protocol list, whose values are names", () => {
    expect(fix('SMTP Server: smtp.mailgun.org\nAuthentication Protocol : Off\nError: 550 5.7.1 Relaying denied')).not.toContain('switch authentication on');
  });
});

describe("a refusal behind the recipient's own gateway (review 81c)", () => {
  const bounce = (remote: string) =>
    `Mailgun said delivered?\nThis is the mail system at host mail-gw01.zorggroep.example.\n\n<h.vandijk@zorggroep.example>: host ${remote} said: 550 5.7.1 Unable to relay for h.vandijk@zorggroep.example (in reply to RCPT TO command)\n\nReporting-MTA: dns; mail-gw01.zorggroep.example\nFinal-Recipient: rfc822; h.vandijk@zorggroep.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Unable to relay for h.vandijk@zorggroep.example\n\nReceived: from m228-12.eu.mailgun.net (m228-12.eu.mailgun.net [161.38.204.12])\n\tby mail-gw01.zorggroep.example (Postfix) with ESMTPS id 4F1C23A0A2`;

  it('says the gateway accepted Mailgun\'s delivery and its inside server refused, not that the address is wrong', () => {
    const reply = buildReply(diagnose(bounce('exch02.intern.zorggroep.example[10.20.1.15]')));
    const text = fullText(reply);
    expect(reply.headline).toMatch(/own mail gateway accepted the message/);
    expect(text).toMatch(/Mailgun's logs show it delivered/);
    expect(text).toContain('"mail-gw01.zorggroep.example"');
    expect(text).toMatch(/an accepted domain, and a receive connector/);
    expect(text).not.toMatch(/either the address is mistyped/);
    expect(text).toMatch(/does not put the address on your Bounces list/);
  });

  it('reads an inside server outside the domain by its private address, and not a public one', () => {
    expect(buildReply(diagnose(bounce('exch02.corp.local[192.168.4.9]'))).headline).toMatch(/own mail gateway/);
    expect(buildReply(diagnose(bounce('mx.partner-hosting.example[203.0.113.7]'))).headline).not.toMatch(/gateway/);
  });

  it('needs the bounce written by a server in the recipient\'s domain', () => {
    const relayed = bounce('exch02.intern.zorggroep.example[10.20.1.15]').replaceAll('mail-gw01.zorggroep.example', 'relay.isp-mail.example');
    expect(buildReply(diagnose(relayed)).headline).not.toMatch(/gateway/);
  });
});

describe('an account said to have no Routes (review 81c)', () => {
  const bounce = '[mxa.mailgun.org. 34.205.251.79: 550 5.7.1 Relaying denied]\nFinal-Recipient: rfc822; suporte@atendimento.loja.example\nRemote-MTA: dns; mxa.mailgun.org.\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied\n\n';
  it.each([
    'Eles disseram que nunca criaram nada em Routes, só configuraram o DNS.',
    "They haven't created any routes yet, they only set up the DNS.",
    'Subaccount → Routes: "You don\'t have any routes yet"',
  ])('says that is the cause and asks for a Route: %s', (chatter) => {
    const text = fullText(buildReply(diagnose(bounce + chatter)));
    expect(text).toContain('The paste says the account has no Routes');
    expect(text).toMatch(/Fix: create a Route \(steps below\): match_recipient\("\.\*@atendimento\.loja\.example"\)/);
    expect(text).not.toContain('is not your domain');
  });
  it('does not read a question about Routes as none', () => {
    expect(fullText(buildReply(diagnose(bounce + 'Did they never create any routes?')))).not.toContain('has no Routes');
  });
});

describe("the paste's own SMTP login (review 82c)", () => {
  const paste = "$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.mailgun.org';\n$mail->SMTPAuth = false;\n$mail->Username = 'ventas@mg.ferreteria.example';\n$mail->Password = getenv('MG_SMTP_PASS');\nSMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied";
  it('keeps it in the snippet and the steps, beside its own password variable', () => {
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toContain("$mail->Username = 'ventas@mg.ferreteria.example';");
    expect(text).toContain('Keep the full login as the user name, ventas@mg.ferreteria.example');
    expect(text).not.toContain('postmaster@mg.ferreteria.example');
  });
  it("suggests postmaster@ when the login shown is no login of the domain's", () => {
    const text = fullText(buildReply(diagnose(paste.replace('ventas@mg.ferreteria.example', 'ventas@gmail.com'))));
    expect(text).not.toContain("Username = 'ventas@gmail.com'");
  });
});

describe('review 82c and 83c replies', () => {
  const bounce = (chatter: string) => `${chatter}\n\nRemote-MTA: dns; mxa.mailgun.org\nFinal-Recipient: rfc822; help@inbound.quill.example\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied`;
  it('drops the "not your domain" hedge and the MX section when the person set the MX to Mailgun', () => {
    for (const chatter of ['we only set up the MX records for inbound.quill.example this week (pointing at mailgun). what\'s wrong?', 'Wij hebben vorige maand de MX van inbound.quill.example naar Mailgun (EU-regio) gezet. Iemand een idee?']) {
      const text = fullText(buildReply(diagnose(bounce(chatter))));
      expect(text).not.toContain('is not your domain');
      expect(text).not.toContain('If the domain should not receive mail through Mailgun');
    }
    // (not for a domain named for receiving, inbound.quill.example: its MX records point to Mailgun by design)
    expect(fullText(buildReply(diagnose(bounce('a customer forwarded this bounce').replace('help@inbound.', 'help@'))))).toContain('If the domain should not receive mail through Mailgun');
    expect(fullText(buildReply(diagnose(bounce('a customer forwarded this bounce'))))).not.toContain('If the domain should not receive mail through Mailgun');
  });

  it("names a route pattern written for a look-alike sibling subdomain and its corrected domain part", () => {
    const paste = 'Delivery has failed to these recipients or groups:\n\nreply+t8842@reply.vanbeek.example\nmxb.eu.mailgun.org\nRemote Server returned \'550 5.7.1 Relaying denied\'\n"expression": "match_recipient(\\"tickets@reply.vanbeek.example\\")",\n"expression": "match_recipient(\\"^reply\\\\+.*@replies.vanbeek.example$\\")",';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toContain('is written for addresses at "replies.vanbeek.example", and the mail went to "reply.vanbeek.example": a look-alike name');
  });

  it('reads "送信用にしか使っていない" as a domain not meant to receive through Mailgun', () => {
    const d = diagnose('Mailgunはお知らせメールの送信用にしか使っていないはずなのですが、なぜ受信でエラーになるのでしょうか?\n$ dig +short MX sakura.example\n10 mxa.mailgun.org.\n<info@sakura.example>: host mxb.mailgun.org[34.102.137.154] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)');
    expect(buildReply(d).headline).toMatch(/its MX records still point to Mailgun/);
  });

  it('says once why a nodemailer transport that adds auth only when its variable is set sent no login', () => {
    const text = plain(buildReply(diagnose("const t = nodemailer.createTransport({ host: 'smtp.eu.mailgun.org', port: 587, auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined });\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1691:28)")).summary[1]!);
    expect(text).toContain('The configuration adds auth only when SMTP_USER is set');
    expect(text).not.toContain('The code logs in only when');
  });

  it("asks to uncomment Python's commented-out smtp.login line", () => {
    const fix = buildReply(diagnose("with smtplib.SMTP('smtp.eu.mailgun.org', 587) as smtp:\n    smtp.starttls()\n    # smtp.login(MG_USER, MG_PASS)   # off while testing\n    smtp.send_message(msg)\nsmtplib.SMTPRecipientsRefused: {'c@atelier.example': (550, b'5.7.1 Relaying denied')}")).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('remove the # in front');
  });
});

describe('review 83c, more replies', () => {
  it('answers "do we need a route for every address?" with one route for the domain', () => {
    const text = fullText(buildReply(diagnose('Precisamos criar uma rota para cada endereço? A gente só criou match_recipient("contato@contato.lumiar.example").\n<financeiro@contato.lumiar.example>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)')));
    expect(text).toContain('No Route per address is needed: one Route takes every address at the domain, match_recipient(".*@contato.lumiar.example")');
    expect(fullText(buildReply(diagnose('<financeiro@contato.lumiar.example>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)')))).not.toContain('No Route per address');
  });

  it("names the deployment's empty login variable in the fix", () => {
    const text = fullText(buildReply(diagnose('send invoice to b@kranich.example: 550 5.7.1 Relaying denied\n\tif cfg.SMTPUser != "" {\n\t\tauth = smtp.PlainAuth("", cfg.SMTPUser, cfg.SMTPPass, cfg.SMTPHost)\n\t}\n# deploy/prod.env\nSMTP_HOST=smtp.mailgun.org\nSMTP_USER=\nSMTP_PASS=')));
    expect(text).toContain('Fix: fill SMTP_USER (and its password beside it)');
    expect(text).toContain('the deployment shown leaves SMTP_USER empty');
  });

  it("says a new Route's action decides where the mail goes (a webhook or a mailbox)", () => {
    expect(fullText(buildReply(diagnose('<info@in.trattoria.example>: host mxa.eu.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied')))).toContain('forward("https://…") posts it to your application\'s webhook');
  });
});

describe('the undetermined reply answers "is this Mailgun\'s fault?" (review 84c)', () => {
  it('says none of the three cases is a Mailgun outage', () => {
    expect(fullText(buildReply(diagnose("550 5.7.1 Relaying denied\nis this Mailgun's fault??")))).toContain('None of them is an outage or a fault at Mailgun');
  });
});

describe('a sandbox restriction for mail to customers (review 84c)', () => {
  it('leads with a domain of your own and names the sandbox login to replace, then the test-only authorized recipient', () => {
    const steps = (buildReply(diagnose("auth: { user: 'postmaster@sandbox3f9c2ab71e0d4c6b9a12f8e5d7c0b4a1.mailgun.org', pass: process.env.MG_PASS }\nError: Can't send mail - all recipients were rejected: 421 Domain sandbox3f9c2ab71e0d4c6b9a12f8e5d7c0b4a1.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.")).sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toMatch(/^To send to customers, send from a domain of your own/);
    expect(steps[0]).toContain('in place of postmaster@sandbox3f9c2ab71e0d4c6b9a12f8e5d7c0b4a1.mailgun.org');
    expect(steps[1]).toMatch(/^For a test only: add/);
  });
});

describe('a DMARC refusal of a From domain that is not the Mailgun domain (review 84c)', () => {
  const event = (from: string) => `{"event": "failed", "recipient": "a@gmail.com", "envelope": {"sender": "bounce+1@mg.boletos.example"}, "delivery-status": {"code": 550, "message": "5.7.26 Unauthenticated email from ${from} is not accepted due to domain's DMARC policy.", "mx-host": "gmail-smtp-in.l.google.com"}}\nPrecisamos mexer no SPF?`;
  it('says no signature for the sending domain can align, SPF does not help, and gives the two ways', () => {
    const steps = (buildReply(diagnose(event('grupovale.example'))).sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toContain('neither that domain nor one of its subdomains');
    expect(steps[0]).toContain('Changing the SPF record of "grupovale.example" does not help either');
    expect(steps[2]).toContain('send From an address at "boletos.example"');
  });
  it('keeps the alignment advice when the From domain is the sending domain\'s parent', () => {
    expect(fullText(buildReply(diagnose(event('boletos.example'))))).not.toContain('neither that domain nor one of its subdomains');
  });
});

describe('an app error with no server named says how to find the server (review 84c)', () => {
  it("names the environment and the client's own debug switch", () => {
    const text = fullText(buildReply(diagnose("Traceback (most recent call last):\n  File \"/srv/app/venv/lib/python3.11/site-packages/django/core/mail/backends/smtp.py\", line 155, in _send\nsmtplib.SMTPRecipientsRefused: {'ap@harbor.example': (550, b'5.7.1 Relaying denied')}\nEMAIL_HOST = os.environ.get(\"SMTP_HOST\", \"localhost\")")));
    expect(text).toContain('env | grep -i smtp');
    expect(text).toMatch(/set_debuglevel\(1\)/);
  });
});

describe('"we moved X over to Mailgun (MX now mxa/mxb)" is the person\'s own domain (review 84c)', () => {
  it('drops the hedge', () => {
    const text = fullText(buildReply(diagnose('We moved support@pinecrest.example over to Mailgun last week (MX now mxa/mxb.mailgun.org) and set up a route.\n\n<support@pinecrest.example>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)')));
    expect(text).not.toContain('is not your domain');
  });
});

describe("the backup MX's own log refusing Mailgun (review 85c)", () => {
  it('gives the relay fix for a backup, not the domains of its own', () => {
    const text = fullText(buildReply(diagnose('Le primaire (mx1) était en maintenance hier soir.\nJun 27 22:41:08 mx2 postfix/smtpd[18822]: NOQUEUE: reject: RCPT from m228-12.mailgun.net[159.135.228.12]: 554 5.7.1 <compta@atelier.example>: Relay access denied; from=<bounce+a1-compta=atelier.example@mg.papeterie.example> to=<compta@atelier.example> proto=ESMTP helo=<m228-12.mailgun.net>\n$ dig +short MX atelier.example\n10 mx1.atelier.example.\n20 mx2.atelier.example.')));
    expect(text).toContain("The domain's backup MX refused Mailgun's delivery");
    expect(text).toContain('relay_domains = atelier.example');
    expect(text).not.toContain('virtual_mailbox_domains');
  });
});

describe("a settings screen's authentication box left unticked (review 85c)", () => {
  it('reads the German box and says to tick it', () => {
    const reply = buildReply(diagnose('DSM > Systemsteuerung > Benachrichtigung > E-Mail:\n  SMTP-Server: smtp.eu.mailgun.org\n  SMTP-Port: 587\n  Authentifizierung erforderlich: [ ]\nFehler beim Senden der Test-E-Mail. Server-Antwort:\n550 5.7.1 Relaying denied'));
    expect(reply.summary.map(plain).find((line) => line.startsWith('Fix:'))).toContain('Fix: tick "Authentifizierung erforderlich"');
  });
});

describe('a route for the same address at the parent domain, beside routes for the refused domain (review 85c)', () => {
  it('names it and its corrected domain part', () => {
    const paste = '<billing@mg.kairo.example>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)\n"expression": "match_recipient(\\"sales@mg.kairo.example\\")",\n"expression": "match_recipient(\\"billing@kairo.example\\")",';
    expect(fullText(buildReply(diagnose(paste)))).toContain('match_recipient("billing@kairo.example") is written for addresses at "kairo.example", and the mail went to "mg.kairo.example": a parent domain is another domain to a route.');
  });
});

describe("a domain whose mail lives with Google Workspace or Microsoft 365 (review 85c)", () => {
  const paste = (words: string) => `${words}\n<info@minato.example>: host mxb.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)`;
  it("names that provider's MX record and a sending subdomain of the domain's own", () => {
    const google = fullText(buildReply(diagnose(paste('Our mailboxes are on Google Workspace, we only use Mailgun for sending.'))));
    expect(google).toContain('Google Workspace: smtp.google.com, priority 1');
    expect(google).toContain('a sending subdomain such as mg.minato.example');
    expect(fullText(buildReply(diagnose(paste('Our staff mailboxes are in Microsoft 365.'))))).toContain('minato-example.mail.protection.outlook.com');
  });
});

describe("msmtp's 'auth off' with no user line shown (review 81c)", () => {
  it('says to set the user and password lines, not to keep them', () => {
    const fix = buildReply(diagnose("/etc/msmtprc:\naccount default\nhost smtp.mailgun.org\nport 2525\nauth off\nAug 02 03:00:11 host=smtp.mailgun.org tls=on auth=off from=nas@mg.homelab.example recipients=t@gmail.com smtpstatus=550 smtpmsg='550 5.7.1 Relaying denied' exitcode=EX_DATAERR")).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('with its user line set to the domain\'s SMTP login (such as postmaster@mg.homelab.example)');
    expect(fix).not.toContain('keeping its user');
  });
});

describe('review 86 replies and kinds', () => {
  it("says a Symfony DSN's password is URL-encoded too", () => {
    const text = fullText(buildReply(diagnose('MAILER_DSN=smtp://smtp.mailgun.org:587\nSymfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".')));
    expect(text).toContain('# as %23, / as %2F');
  });
  it('reads "Sender ID (PRA) Not Permitted" as a policy refusal', () => {
    expect(diagnose('{"event": "failed", "recipient": "a@b.example", "delivery-status": {"code": 550, "message": "5.7.1 Sender ID (PRA) Not Permitted", "mx-host": "mx.b.example"}}').kind).toBe('policy');
  });
});

describe('mailboxes said to live with Microsoft 365, in German (review 86c)', () => {
  it("reads the MX records as the mistake and names Microsoft 365's", () => {
    const reply = buildReply(diagnose('seit sie gestern Mailgun eingerichtet haben, kommen keine externen Mails mehr an – die Postfächer liegen bei Microsoft 365.\nYour message to j.weber@hafenkontor.example could not be delivered.\nmxa.eu.mailgun.org\nRemote Server returned \'550 5.7.1 Relaying denied\'\n> nslookup -type=mx hafenkontor.example\nhafenkontor.example  MX preference = 10, mail exchanger = mxa.eu.mailgun.org'));
    expect(reply.headline).toMatch(/its MX records still point to Mailgun/);
    expect(fullText(reply)).toContain('hafenkontor-example.mail.protection.outlook.com');
  });
});

describe('review 87 replies', () => {
  const fixOf = (reply: Reply) => reply.summary.map(plain).find((line) => line.startsWith('Fix:'))!;
  it('tells a GitLab restarted after editing gitlab.rb to reconfigure, keeping its own login', () => {
    const paste = "did `sudo gitlab-ctl restart` after adding the login, still:\n/opt/gitlab/embedded/lib/ruby/gems/3.2.0/gems/net-smtp-0.5.0/lib/net/smtp.rb:1073:in `check_response': 550 5.7.1 Relaying denied (Net::SMTPFatalError)\n=> {:authentication=>nil, :address=>\"smtp.eu.mailgun.org\", :port=>587}\n/etc/gitlab/gitlab.rb:\ngitlab_rails['smtp_address'] = \"smtp.eu.mailgun.org\"\ngitlab_rails['smtp_user_name'] = \"gitlab@mg.forge.example\"\ngitlab_rails['smtp_password'] = \"Kd93vhq2ZZ1pqq8Lw0xT\"";
    const d = diagnose(paste);
    expect(d.facts.client).toBe('gitlab');
    expect(d.facts.smtpLogin).toBe('gitlab@mg.forge.example');
    expect(d.facts.secretsFound).toBe(true);
    const reply = buildReply(d);
    expect(fixOf(reply)).toContain('run sudo gitlab-ctl reconfigure (gitlab.rb as shown needs no change, but the new password');
    expect(fullText(reply)).toContain('gitlab_rails[\'smtp_user_name\'] = "gitlab@mg.forge.example"');
    expect(fullText(reply)).not.toContain('Kd93vhq2ZZ1pqq8Lw0xT');
    // (reconfigured already: the restart is no longer the explanation)
    expect(fixOf(buildReply(diagnose(paste.replace('restart', 'reconfigure'))))).not.toContain('gitlab-ctl reconfigure (');
  });

  it("moves Ghost's auth block into mail.options and keeps its port 465", () => {
    const config = '"mail": {\n  "transport": "SMTP",\n  "options": {\n    "service": "Mailgun",\n    "host": "smtp.mailgun.org",\n    "port": 465,\n    "secure": true\n  },\n  "auth": {\n    "user": "postmaster@mg.review.example",\n    "pass": "YOUR_PASSWORD"\n  }\n}';
    const error = 'Ghost config.production.json\nEmailError: Failed to send email. Reason: Can\'t send mail - all recipients were rejected: 550 5.7.1 Relaying denied.\n    at createMailError (/var/www/ghost/versions/5.96.0/core/server/services/mail/GhostMailer.js:84:12)\n';
    const reply = buildReply(diagnose(error + config));
    expect(reply.summary.map(plain).join('\n')).toContain('the auth block sits beside mail.options, not inside it');
    expect(fixOf(reply)).toContain('move the auth block inside mail.options');
    expect(fullText(reply)).toContain('"secure": true');
    // (inside options already: not this cause)
    const inside = config.replace('"secure": true\n  },\n  "auth": {\n    "user": "postmaster@mg.review.example",\n    "pass": "YOUR_PASSWORD"\n  }', '"secure": true,\n    "auth": { "user": "postmaster@mg.review.example" }\n  }');
    expect(fixOf(buildReply(diagnose(error + inside)))).not.toContain('move the auth block');
  });

  it('names the password variable a written-out login needs, read with an empty default', () => {
    const d = diagnose('org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\nspring:\n  mail:\n    host: smtp.eu.mailgun.org\n    username: citas@mg.clinic.example\n    password: ${MAILGUN_SMTP_PASSWORD:}\n');
    expect(d.facts.passwordFromEnv).toBe('${MAILGUN_SMTP_PASSWORD:}');
    expect(fixOf(buildReply(d))).toContain('Fix: set MAILGUN_SMTP_PASSWORD where the application runs');
  });

  it('reads a password setting named in Portuguese and a job that logs in only when it is set', () => {
    const d = diagnose('No cron dá isso:\nsmtplib.SMTPRecipientsRefused: {\'f@grupo.example\': (550, b\'5.7.1 Relaying denied\')}\nSMTP_HOST = "smtp.eu.mailgun.org"\nUSUARIO = "relatorios@mg.oficina.example"\nSENHA = os.environ.get("MG_SMTP_SENHA", "")\ns = smtplib.SMTP(SMTP_HOST, 587)\nif SENHA:\n    s.login(USUARIO, SENHA)\n');
    expect(d.facts.smtpLogin).toBe('relatorios@mg.oficina.example');
    const reply = buildReply(d);
    expect(fixOf(reply)).toContain('Fix: set MG_SMTP_SENHA where');
    expect(reply.summary.map(plain).join('\n')).toContain('runs under cron');
    expect(fullText(reply)).toContain("os.environ['MG_SMTP_SENHA']");
  });

  it('says which variable to check besides the one whose name differs', () => {
    const d = diagnose("nodemailer: Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nconst transport = nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587,\n  auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined });\nvalues-prod.yaml:\n  env:\n    SMTP_USERNAME: postmaster@mg.helm.example\n    SMTP_PASS: x\n");
    const fix = fixOf(buildReply(d));
    expect(fix).toContain('Fix: make the names match, in the configuration (read SMTP_USERNAME) or in the deployment (set SMTP_USER)');
    expect(fix).toContain("check the password's variable the same way");
  });
});

describe('review 88 replies', () => {
  it('names the block list and the listed address a refusal gives, and leaves out the recipient-side rule', () => {
    const text = fullText(buildReply(diagnose('{"event": "failed", "severity": "permanent", "recipient": "o@elbe.example", "delivery-status": {"code": 554, "message": "5.7.1 Service unavailable; Client host [159.135.228.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/159.135.228.10", "mx-host": "mx01.elbe.example"}}')));
    expect(text).toContain('names the block list, zen.spamhaus.org, and the address it lists, 159.135.228.10');
    expect(text).not.toContain('User Entry');
    // (no list named: the general advice, the recipient side's own rules included)
    expect(fullText(buildReply(diagnose('{"event": "failed", "severity": "permanent", "recipient": "o@elbe.example", "delivery-status": {"code": 554, "message": "5.7.1 Message blocked as spam", "mx-host": "mx01.elbe.example"}}')))).toContain('User Entry');
    // (and where the message says the recipient blocked it: that rule first, no block list to chase; round 264)
    expect(fullText(buildReply(diagnose('{"event": "failed", "severity": "permanent", "recipient": "o@elbe.example", "delivery-status": {"code": 554, "message": "5.7.1 Message blocked by the recipient", "mx-host": "mx01.elbe.example"}}')))).toContain("The message names the receiving side's own rule");
  });

  it('leaves out the MX records section when the paste speaks of the domain\'s Routes', () => {
    const bounce = "Your message to commandes@atelier.example couldn't be delivered.\nRemote server returned '550 5.7.1 Relaying denied'\nRemote server: mxb.eu.mailgun.org";
    expect(buildReply(diagnose(bounce)).sections.map((s) => s.heading)).toContain('If the domain should not receive mail through Mailgun');
    const withRoutes = buildReply(diagnose(`${bounce}\nThey say they have a catch-all route for it.`));
    expect(withRoutes.sections.map((s) => s.heading)).not.toContain('If the domain should not receive mail through Mailgun');
  });
});

describe('review 88c/89c replies', () => {
  const stepsOf = (reply: Reply) => reply.sections.flatMap((s) => s.steps ?? []).map(plain).join('\n');
  it('says the SMTP password set is the API key, first, for a 535; and the API key the SMTP password, for a 401', () => {
    const smtp = buildReply(diagnose('Failed to authenticate on SMTP server with username "postmaster@mg.harbour.example": Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".\nMAIL_HOST=smtp.eu.mailgun.org\nMAIL_USERNAME=postmaster@mg.harbour.example\nMAIL_PASSWORD=b1f2e7c93d0a48f6a2e5c8d1f0b7a394-2af183ba-9e0c41d7\nMAILGUN_SECRET=b1f2e7c93d0a48f6a2e5c8d1f0b7a394-2af183ba-9e0c41d7\nlaravel'));
    expect(stepsOf(smtp).split('\n')[0]).toContain('the same value as the SMTP password and as the API key');
    const api = buildReply(diagnose("[Error: Unauthorized] { status: 401, details: 'Forbidden' }\nawait mg.messages.create(process.env.MAILGUN_DOMAIN, {\nMAILGUN_API_KEY=7Hq2pX9vLc4mN8rTz1Kw\nMAILGUN_SMTP_PASSWORD=7Hq2pX9vLc4mN8rTz1Kw"));
    expect(stepsOf(api)).toContain('the same value as the API key and as the SMTP password');
  });

  it("tells Jakarta Mail to set mail.smtp.auth when its debug says useAuth false", () => {
    const fix = buildReply(diagnose('DEBUG SMTP: useEhlo true, useAuth false\nDEBUG SMTP: trying to connect to host "smtp.mailgun.org", port 2525\nMAIL FROM:<n@mg.tide.example>\nRCPT TO:<d@harbor.example>\n550 5.7.1 Relaying denied\nat jakarta.mail.Transport.send(Transport.java:102)')).summary.map(plain).find((line) => line.startsWith('Fix:'))!;
    expect(fix).toContain('props.put("mail.smtp.auth", "true");');
  });

  it("reads a person's word that other addresses at the domain fail too as a domain-wide refusal", () => {
    const event = '{"event": "failed", "severity": "permanent", "recipient": "einkauf@holz.example", "delivery-status": {"code": 554, "message": "5.7.1 <einkauf@holz.example>: Relay access denied", "mx-host": "mail.holz.example"}}';
    expect(fullText(buildReply(diagnose(`${event}\nDer Kunde sagt, an andere Adressen bei Holz klappt es auch nicht seit einer Woche.`)))).toContain('the paste says other addresses there fail too');
    expect(fullText(buildReply(diagnose(event)))).not.toContain('This refusal is about the domain');
  });
});

describe('review 89c replies', () => {
  it("does not ask for a new route when the route shown takes the address", () => {
    const text = fullText(buildReply(diagnose('swaks --to reservas@recepcion.hotel.example --server mxa.eu.mailgun.org\n<** 550 5.7.1 Relaying denied\nour MX is mxa.eu.mailgun.org\nroute: match_recipient("reservas@recepcion.hotel.example") created with curl https://api.mailgun.net/v3/routes')));
    // (made through the US API for a domain that receives in the EU: the same route is to be made there, as the fix says)
    expect(text).toContain('The route shown matches "reservas@recepcion.hotel.example", but it is a US route: create the same route (expression and actions) in the EU region');
    expect(text).not.toContain('no new route is needed');
    expect(text).not.toContain('If none does, create one');
    const euRoute = fullText(buildReply(diagnose('swaks --to reservas@recepcion.hotel.example --server mxa.eu.mailgun.org\n<** 550 5.7.1 Relaying denied\nour MX is mxa.eu.mailgun.org\nroute: match_recipient("reservas@recepcion.hotel.example")')));
    expect(euRoute).toContain('The route shown matches "reservas@recepcion.hotel.example" already: no new route is needed');
  });

  it("puts a per-recipient limit down to the sender's own burst when the paste says so", () => {
    const event = '{"event": "failed", "severity": "temporary", "recipient": "alerts@vet.example", "delivery-status": {"code": 450, "message": "4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.", "mx-host": "aspmx.l.google.com"}}';
    expect(fullText(buildReply(diagnose(`${event}\nabout 40 of these in 5 minutes. do we need to do anything?`)))).toContain('Your own burst to that one mailbox');
    expect(fullText(buildReply(diagnose(event)))).toContain('Nothing in your sending needs to change');
  });
});

describe('review 90c replies', () => {
  it('says where a Docker Compose service gets its variables, and that a restart keeps the old ones', () => {
    const summary = buildReply(diagnose("Moved the notifier into docker compose, mail stopped:\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nnodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined })\ndocker-compose.yml:\n  notifier:\n    environment:\n      - NODE_ENV=production")).summary.map(plain).join('\n');
    expect(summary).toContain("add SMTP_USER and SMTP_PASS under that service's environment:");
    expect(summary).toContain('docker compose up -d');
  });
});

describe("recipient-host refusals named by their software's words (review 88c-90c)", () => {
  const event = (message: string) => `{"event": "failed", "severity": "permanent", "recipient": "a@shop.example", "delivery-status": {"code": 554, "message": "${message}", "mx-host": "mail.shop.example"}}`;
  it("says what Postfix's and Exim's relay refusals check", () => {
    expect(fullText(buildReply(diagnose(event('5.7.1 <a@shop.example>: Relay access denied'))))).toContain("Postfix answers so when the recipient's domain is not one it takes mail for");
    expect(fullText(buildReply(diagnose(event('550 relay not permitted'))))).toContain("Exim answers so when the recipient's domain is in neither its local_domains");
    expect(fullText(buildReply(diagnose(event('5.7.1 Relaying denied'))))).toContain('either the address is mistyped');
  });
});

describe('review 92 replies', () => {
  it("tells a session that logged in as another domain to log in as the sender's domain, or send from the login's", () => {
    const paste = `$ swaks --server smtp.mailgun.org:587 --auth-user postmaster@mg.wicker.example --from billing@ferrule.example --to d@lantern.example\n ~> AUTH LOGIN\n<~  235 2.0.0 OK\n ~> MAIL FROM:<billing@ferrule.example>\n<~  250 OK\n ~> RCPT TO:<d@lantern.example>\n<~* 550 5.7.1 Relaying denied`;
    const reply = buildReply(diagnose(paste));
    const text = fullText(reply);
    expect(reply.headline).toBe('Mailgun refused to relay: the session logged in as another domain than the mail is sent from');
    expect(text).toContain('it logged in as postmaster@mg.wicker.example, a login of "mg.wicker.example", and sends the mail from billing@ferrule.example');
    expect(text).toContain('Fix: log in with an SMTP login of the domain the mail is sent from ("ferrule.example")');
    expect(text).toContain('Select the domain ferrule.example.');
    // (not the unauthenticated session's reply: it did log in)
    expect(text).not.toContain('the session had not logged in');
    expect(text).not.toContain('turn authentication on');
  });
});

describe('nodemailer auth only when the variable is set (review 90c, 92c)', () => {
  it('guesses no developer machine, and says why always passing auth is better', () => {
    const summary = buildReply(diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nnodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined })")).summary.map(plain).join('\n');
    expect(summary).not.toContain("developer's machine");
    expect(summary).toContain('an unset variable then fails at once with EAUTH "Missing credentials" instead of sending without a login');
  });
});

describe("a plain NDR's reporting server (review 92c)", () => {
  it('says the refused delivery was not Mailgun\'s when another server wrote the report, and keeps the conditional without one', () => {
    const dsn = (reporting: string) => `${reporting}Final-Recipient: rfc822; einkauf@n.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mail.n.example\nDiagnostic-Code: smtp; 550 5.7.1 <einkauf@n.example>... Relaying denied. Proper authentication required.`;
    const own = fullText(buildReply(diagnose(dsn('Reporting-MTA: dns; smtp-out2.v.example\n'))));
    expect(own).toContain('The report comes from smtp-out2.v.example, the server whose delivery was refused: that delivery was not Mailgun\'s.');
    expect(own).toContain('a server delivering mail to it needs no login');
    expect(own).not.toContain('If Mailgun was delivering it');
    expect(fullText(buildReply(diagnose(dsn(''))))).toContain('If Mailgun was delivering it');
  });
});

describe('a typo the paste itself shows (review 92c)', () => {
  it("leads with the same name's address a letter away, not with \"the address may well be right\"", () => {
    const paste = 'Failed · Permanent\nRecipient        orders@kiwi-bramble.co.nz\nDelivery status\n  Code           553\n  Message        sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\n  MX host        mx1.hostedmail.example\nThe order form had "kiwi-bramble.co.nz" but their invoice from last year went to orders@kiwibramble.co.nz (no hyphen).';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toContain('The paste also names kiwibramble.co.nz, a letter or two away from "kiwi-bramble.co.nz": the refused address is most likely a typo of orders@kiwibramble.co.nz.');
    expect(text).toContain('Fix: correct the domain of "orders@kiwi-bramble.co.nz" (probably kiwibramble.co.nz)');
    expect(text).not.toContain('the address may well be right');
    expect(text).toContain('The mistyped address may stay on the Bounces list');
    expect(text).not.toContain("Once the recipient's side is fixed");
  });
});

describe("evidence in the paste's own words (review 94c)", () => {
  it("quotes a Mailgun event's own event line, not words of ours", () => {
    const d = diagnose('{"event": "failed", "severity": "permanent", "recipient": "a@shop.example", "delivery-status": {"code": 554, "message": "5.7.1 <a@shop.example>: Relay access denied", "mx-host": "mail.shop.example"}}');
    expect(d.evidence.find((e) => e.rule === 'A Mailgun failure event (Mailgun accepted the message)')?.excerpt).toContain('"event": "failed"');
    // (a webhook on one line: its event field, not the signature's token that starts the line)
    const oneLine = diagnose('{"signature":{"token":"b6d2e19f0c4a7e3b5d8f1a2c6e9b0d3f7a4c1e8b2d5f9a0c3e","timestamp":"1718012345","signature":"3f7a9c"},"event-data":{"event":"failed","severity":"permanent","recipient":"a@shop.example","delivery-status":{"code":554,"message":"5.7.1 <a@shop.example>: Relay access denied","mx-host":"mail.shop.example"}}}');
    expect(oneLine.evidence.find((e) => e.rule === 'A Mailgun failure event (Mailgun accepted the message)')?.excerpt).toBe('"event":"failed"');
  });
});

describe('evidence quoted once (review 92c)', () => {
  it('shows a line two rules quote once, under both names, and keeps the longer of two quotes of one line', () => {
    const reply = buildReply(makeDiagnosis({ evidence: [
      { rule: 'The server replied with a relay refusal', excerpt: '550 5.7.1 Relaying denied' },
      { rule: "Mailgun's SMTP submission host is named", excerpt: 'smtp.mailgun.org' },
      { rule: "The refusal is worded as another MTA's", excerpt: '…host said: 550 5.7.1 Relaying denied (in reply to RCPT TO)…' },
    ] }));
    const lines = reply.evidence.map(plain);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('The server replied with a relay refusal; the refusal is worded as another MTA\'s: "…host said: 550 5.7.1 Relaying denied (in reply to RCPT TO)…"');
    expect(lines[1]).toContain('smtp.mailgun.org');
  });

  it('says to create again the route a Russian note says was deleted', () => {
    const paste = 'Вчера их админ «чистил» маршруты — удалил старый catch_all() и оставил только маршрут для invoices@.\n  zakaz@post.p.example\n    host mxa.eu.mailgun.org [185.250.239.145]\n    SMTP error from remote mail server after RCPT TO:<zakaz@post.p.example>:\n    550 5.7.1 Relaying denied';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toContain('Fix: create the deleted catch_all() Route again');
    expect(text).not.toContain('no new route is needed');
  });
});

describe('boilerplate that does not fit the paste (review 93c)', () => {
  const bounce = 'support@in.larkspur.example\n    host mxa.eu.mailgun.org [185.250.239.145]\n    SMTP error from remote mail server after RCPT TO:<support@in.larkspur.example>:\n    550 5.7.1 Relaying denied';
  it("leaves out \"point its MX records back\" where the paste shows the domain's Routes, and keeps it where nothing does", () => {
    expect(fullText(buildReply(diagnose(`Their routes: match_recipient("help@in.larkspur.example")\n${bounce}`)))).not.toContain('point its MX records back');
    expect(fullText(buildReply(diagnose(bounce)))).toContain('point its MX records back');
  });
  it('says nothing of a US-region copy of the domain unless the paste uses the US host', () => {
    const text = fullText(buildReply(diagnose(`Their routes: match_recipient("help@in.larkspur.example")\n${bounce}`)));
    expect(text).not.toContain('set up there earlier');
    expect(text).toContain("only the EU region's Routes count");
  });
  it('offers the HTTP API to code, not to an application or mail server that only speaks SMTP', () => {
    const session = ' -> MAIL FROM:<z@mg.k.example>\n<-  250 OK\n -> RCPT TO:<n@p.example>\n<** 550 5.7.1 Relaying denied\n=== Connected to smtp.mailgun.org.';
    const zabbix = fullText(buildReply(diagnose(`zabbix_export:\n  media_types:\n    - name: Mailgun\n      smtp_server: smtp.mailgun.org\n      smtp_authentication: NONE\n${session}`)));
    expect(zabbix).not.toContain('HTTP API');
    expect(zabbix).not.toContain('/messages');
    expect(zabbix).toContain('The application sends over SMTP, so it has to log in:');
    const code = fullText(buildReply(diagnose(`Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\nhost: 'smtp.mailgun.org'`)));
    expect(code).toContain('over SMTP or with the API');
  });
});

describe('the webhook signing key set as the API key (review 93c)', () => {
  it('says so, without the old-key guess or the region and curl steps', () => {
    const paste = 'they rotated keys during an incident yesterday\n"error": "UnexpectedResponseError URL=https://api.eu.mailgun.net/v3/mg.h.example/messages ExpectedOneOf=[]int{200, 202, 204} Got=401 Error: Forbidden"\nMAILGUN_API_KEY=9c4e1a7b2f0d58e3c6a1b9d7e2f4a0c5\nMAILGUN_WEBHOOK_SIGNING_KEY=9c4e1a7b2f0d58e3c6a1b9d7e2f4a0c5';
    const d = diagnose(paste);
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'api-auth' });
    const text = fullText(buildReply(d));
    expect(text).toContain('The paste sets the same value as the API key and as the webhook signing key');
    expect(text).not.toContain('most likely still sends the old key');
    expect(text).not.toContain('pubkey-');
    expect(text).not.toContain('9c4e1a7b2f0d58e3c6a1b9d7e2f4a0c5');
  });
});

describe("the cause named in a mail server's or application's own words (review 93c)", () => {
  const refusal = '\nRCPT TO:<r@f.example>\n550 5.7.1 Relaying denied\nsmtp.mailgun.org';
  it("names Sendmail's missing authinfo.db and makemap as the fix", () => {
    const text = fullText(buildReply(diagnose(`define(\`SMART_HOST', \`[smtp.mailgun.org]')dnl\nFEATURE(\`authinfo',\`hash -o /etc/mail/authinfo.db')dnl\nJun 11 03:00:02 build03 sendmail[21877]: 45B702sA021877: hash map "authinfo": missing map file /etc/mail/authinfo.db: No such file or directory${refusal}`)));
    expect(text).toContain("Sendmail's log says its login map was never built");
    expect(text).toContain('Fix: run makemap hash /etc/mail/authinfo < /etc/mail/authinfo');
  });
  it("names Nextcloud's missing mail_smtpauth, and not when the config sets it", () => {
    const config = (auth: string) => `Nextcloud config.php:\n  'mail_smtpmode' => 'smtp',\n  'mail_smtphost' => 'smtp.mailgun.org',\n${auth}  'mail_smtpname' => 'cloud@mg.b.example',${refusal}`;
    expect(fullText(buildReply(diagnose(config(''))))).toContain('Fix: run occ config:system:set mail_smtpauth --value=true --type=boolean');
    expect(fullText(buildReply(diagnose(config("  'mail_smtpauth' => true,\n"))))).not.toContain('mail_smtpauth --value=true');
  });
});

describe("an application's own place for its login (review 93c)", () => {
  it('tells Keycloak and Zabbix users where their login is switched on, not "the sending application"', () => {
    const refusal = '\nRCPT TO:<i@t.example>\n550 5.7.1 Relaying denied from smtp.eu.mailgun.org';
    const keycloak = fullText(buildReply(diagnose(`Keycloak realm settings → Email\nHost smtp.eu.mailgun.org\nAuthentication Disabled\norg.keycloak.email.EmailException: jakarta.mail.SendFailedException: Invalid Addresses${refusal}`)));
    expect(keycloak).toContain('Fix: in Realm settings → Email, set Authentication to Enabled');
    expect(keycloak).not.toContain('in the sending application with');
  });
});

describe('the webhook signing key said to be in the API key field (review 94c)', () => {
  it('names it as the cause, and redacts the key a settings screen shows', () => {
    const paste = 'Ghost newsletter: Mailgun Error 401: Forbidden\nMailgun domain: news.f.example\nMailgun private API key: 2a9f61c0e4b83d7f5c1a2e09b6d48f37\nThey "regenerated keys" last week and pasted the new one from Sending → Webhooks ("HTTP webhook signing key") because that\'s where they saw a key.';
    const d = diagnose(paste);
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'api-auth', facts: { secretsFound: true } });
    const text = fullText(buildReply(d));
    expect(text).toContain('The paste says the webhook signing key was put in as the API key');
    expect(text).not.toContain('2a9f61c0e4b83d7f5c1a2e09b6d48f37');
    expect(diagnose('API key: see the attached screenshot, Mailgun Error 401: Forbidden').facts.secretsFound).toBe(false);
  });
});

describe('how-to steps that repeat what the paste has right (review 94c)', () => {
  it('keeps the host and port the paste shows instead of telling to set them again', () => {
    const steps = (paste: string) => buildReply(diagnose(paste)).sections.flatMap((s) => s.steps ?? []).map(plain).join('\n');
    expect(steps("$mail->isSMTP();\n$mail->Host = 'smtp.mailgun.org';\n$mail->Port = 587;\n$mail->SMTPAuth = false;\nSMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied")).toContain('Keep the server (smtp.mailgun.org) and port (587) the paste shows: they are right. Turn authentication on.');
    expect(steps("$mail->isSMTP();\n$mail->Host = 'smtp.mailgun.org';\n$mail->SMTPAuth = false;\nSMTP ERROR: RCPT TO command failed: 550 5.7.1 Relaying denied")).toContain('set the server to smtp.mailgun.org, port 587 with STARTTLS');
  });
});

describe("Ghost's environment variables with one underscore too few (review 95c)", () => {
  it('names the variables and the double-underscore fix', () => {
    const text = fullText(buildReply(diagnose("Ghost 5 in docker compose: Failed to send email. Reason: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied.\n    environment:\n      mail__transport: SMTP\n      mail__options__host: smtp.eu.mailgun.org\n      mail__options__port: 587\n      mail__options__auth_user: postmaster@mg.r.example\n      mail__options__auth_pass: \"${GHOST_SMTP_PASS}\"")));
    expect(text).toContain('Ghost nests its settings on double underscores only');
    expect(text).toContain('Fix: rename them to mail__options__auth__user and mail__options__auth__pass');
  });
});

describe('an undetermined answer that leans one way (review 95c)', () => {
  it('puts mail coming in first when the paste leans that way, and the unauthenticated send otherwise', () => {
    const summary = (d: ReturnType<typeof diagnose>) => buildReply(d).summary.map(plain).join('\n');
    const leaning = makeDiagnosis({ scenario: 'undetermined', alternatives: [{ scenario: 'mailgun-incoming', confidence: 0.2 }] });
    expect(summary(leaning)).toContain('leans toward mail coming in');
    expect(summary(leaning)).not.toContain('The most common cause is an application sending');
    expect(summary(makeDiagnosis({ scenario: 'undetermined', alternatives: [] }))).toContain('The most common cause is an application sending');
  });
});

describe('an API request that logs in as the domain (review 96c)', () => {
  it('says the user name must be api', () => {
    const text = fullText(buildReply(diagnose('r = requests.post("https://api.mailgun.net/v3/mg.c.example/messages",\n    auth=("mg.c.example", "3b7c0e1d9a2f4c6e8b0d2f4a6c8e0b1d-5a7c9e1b-3d5f7a9c"),\n    data={"to": "a@b.example"})\nrequests.exceptions.HTTPError: 401 Client Error: UNAUTHORIZED for url: https://api.mailgun.net/v3/mg.c.example/messages')));
    expect(text).toContain('The request logs in with another user name than api');
    expect(text).not.toContain('3b7c0e1d9a2f4c6e8b0d2f4a6c8e0b1d');
    expect(fullText(buildReply(diagnose('auth=("api", os.environ["MG_KEY"])\n401 Client Error: UNAUTHORIZED for url: https://api.mailgun.net/v3/mg.c.example/messages')))).not.toContain('another user name than api');
  });
});

describe("the deployment's environment source without the login (review 94c, 95c)", () => {
  const django = "smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\nEMAIL_HOST = \"smtp.eu.mailgun.org\"\nEMAIL_HOST_USER = os.environ.get(\"MAILGUN_SMTP_LOGIN\", \"\")\nEMAIL_HOST_PASSWORD = os.environ.get(\"MAILGUN_SMTP_PASSWORD\", \"\")\n";
  it('says to point the env_file at the renamed file, not to set the variables somewhere', () => {
    const text = fullText(buildReply(diagnose(`In the release they renamed \`.env\` to \`.env.production\`.\n${django}docker-compose.yml still has \`env_file: .env\``)));
    expect(text).toMatch(/env_file: \.env still names the file the paste says was renamed to \.env\.production/);
    expect(text).toMatch(/Fix: change the service's env_file: \.env to env_file: \.env\.production in the compose file, then run docker compose up -d/);
    expect(text).not.toMatch(/probably empty or missing|under that service's environment:/);
  });
  it("says which secret the workload's envFrom lacks", () => {
    const text = fullText(buildReply(diagnose(`${django}        envFrom:\n          - secretRef:\n              name: mailgun-smtp\n---\n        envFrom:\n          - configMapRef:\n              name: app-config\n`)));
    expect(text).toMatch(/one workload's envFrom loads the secret mailgun-smtp, another's does not/);
    expect(text).toMatch(/Fix: add - secretRef: \{name: mailgun-smtp\} to the envFrom of the workload that lacks it/);
    expect(text).not.toMatch(/probably empty or missing/);
  });
});

describe("an EU domain's API request sent to the US host (review 97b, 97c)", () => {
  const error = "[Error: Unauthorized] {\n  status: 401,\n  details: 'Forbidden',\n  type: 'MailgunAPIError'\n}\n";
  it("says the region is the cause, with mailgun.js's url option, when the client is built without a host", () => {
    const text = fullText(buildReply(diagnose(`Our new domain mg.tallow.eu was created in the EU region.\n${error}const mg = mailgun.client({ username: 'api', key: process.env.MAILGUN_API_KEY });\nawait mg.messages.create('mg.tallow.eu', { to: [email] });`)));
    expect(text).toMatch(/the domain is in the EU region, but the request went to the US API host https:\/\/api\.mailgun\.net/);
    expect(text).toMatch(/url: 'https:\/\/api\.eu\.mailgun\.net' \}\)/);
    expect(text).toMatch(/one client per region/);
    expect(text).not.toMatch(/the API key is missing or wrong|where an EU key is refused|has leaked/);
  });
  it('reads a client built straight on the constructor, new Mailgun(formData).client({...}), the same way (review 119c)', () => {
    const text = fullText(buildReply(diagnose(`Our domain is on our EU region.\n${error}const mg = new Mailgun(formData).client({ username: "api", key: process.env.MAILGUN_API_KEY! });\nawait mg.messages.create(process.env.MAILGUN_DOMAIN!, { to: [email] });`)));
    expect(text).toMatch(/In mailgun\.js, give the client the EU host/);
    expect(text).not.toMatch(/mailgun-go|Mailgun::create/);
  });
  it('keeps the general answer when the client already names the EU host', () => {
    const text = fullText(buildReply(diagnose(`Our domain is in the EU region.\n${error}const mg = mailgun.client({ username: 'api', key: k, url: 'https://api.eu.mailgun.net' });`)));
    expect(text).not.toMatch(/but the request went to the US API host/);
  });
});

describe('review 97c: steps that fit the client and the paste', () => {
  const refused = "smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\n";
  it("asks a client without a login switch for the login, not to 'turn authentication on'", () => {
    const text = fullText(buildReply(diagnose(`${refused}EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = ""`)));
    expect(text).toMatch(/Give it the login and password \(below\): setting them is what makes it log in/);
    expect(text).not.toMatch(/[Tt]urn authentication on/);
  });
  it("keeps 'turn authentication on' for a client that has a switch", () => {
    const text = fullText(buildReply(diagnose("SMTP Error: The following recipients failed: a@b.example: Relaying denied\n$mail->Host = 'smtp.mailgun.org';\n$mail->Port = 587;\n$mail->SMTPAuth = false;")));
    expect(text).toMatch(/[Tt]urn authentication on/);
  });
  it("quotes the exception line as the library's error, not the person's line that mentions an exception", () => {
    const d = diagnose('Hi team, customer X says resets stopped. App Insights exception:\n\nSystem.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Relaying denied\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\nclient.Host = "smtp.eu.mailgun.org";');
    expect(d.evidence.find((e) => e.rule === "An error thrown by the sender's own mail library")?.excerpt).toMatch(/^System\.Net\.Mail\.SmtpFailedRecipientException: Mailbox unavailable/);
  });
  it("puts a changed password where the app keeps it (Nextcloud's settings, no restart), and drops the host step an EU domain already follows", () => {
    const text = fullText(buildReply(diagnose("Nextcloud, EU domain. We reset the SMTP password in Mailgun yesterday and now the test mail fails:\nA problem occurred while sending the email. Please revise your settings. (Error: Expected response code \"235\" but got code \"535\", with message \"535 5.7.0 Mailgun is not loving your login or password\".)\n'mail_smtphost' => 'smtp.eu.mailgun.org',\n'mail_smtpport' => '587',")));
    expect(text).toMatch(/Basic settings → Email server \(Credentials\), or with occ config:system:set mail_smtppassword/);
    expect(text).not.toMatch(/a process reads its environment/);
    expect(text).not.toMatch(/Use the SMTP host of the domain's region/);
  });
  it("says where a sandbox's authorized recipients are added, their limit, and why a test to oneself works", () => {
    const text = fullText(buildReply(diagnose("smtplib.SMTPRecipientsRefused: {'t@x.example': (421, b'Domain sandbox4e0b9c27f1d84a3f8c2a61e5d7b90f13.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.')}")));
    expect(text).toMatch(/Account Settings, Authorized Recipients/);
    expect(text).toMatch(/at most five/);
    expect(text).toMatch(/a test to your own address can work/);
    expect(text).toMatch(/The refusal also asks to upgrade/);
  });
});

describe('"is Mailgun blocking us?" answered first (review 97c)', () => {
  const first = (paste: string) => plain(buildReply(diagnose(paste)).summary[0]!);
  it("answers no for the recipient's server's refusal, naming it", () => {
    expect(first('is Mailgun blocking us??\n{"event": "failed", "severity": "permanent", "recipient": "a@b.example", "delivery-status": {"code": 550, "message": "5.7.54 Unable to relay recipient in non-accepted domain", "mx-host": "b-example.mail.protection.outlook.com"}}')).toMatch(/^Is Mailgun blocking you\? No: Mailgun accepted the message and tried to deliver it, and "b-example\.mail\.protection\.outlook\.com" refused it/);
  });
  it("says an unauthenticated send is no block, and a 535 neither", () => {
    expect(first("Customer says Mailgun is blocking their server IP.\nsmtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\nEMAIL_HOST = 'smtp.mailgun.org'")).toMatch(/^Is Mailgun blocking you\? No block: Mailgun's SMTP server relays only for a session that logs in/);
    expect(first('is mailgun blocking python??\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')')).toMatch(/^Is Mailgun blocking you\? No block: Mailgun refused the login itself \(535\)/);
  });
  it('says nothing of it where the diagnosis does not settle it, or nobody asked', () => {
    expect(first('is Mailgun blocking us?\n550 5.7.1 Relaying denied')).not.toMatch(/^Is Mailgun blocking you/);
    expect(first("smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\nEMAIL_HOST = 'smtp.mailgun.org'")).not.toMatch(/^Is Mailgun blocking you/);
  });
});

describe('review 98c: replies that follow the paste', () => {
  it("tells a Go SDK user to uncomment the EU host line, and does not count that line as the EU host", () => {
    const d = diagnose('Domain mg.finch.example was created in EU (shows "EU" badge).\nUnexpectedResponseError URL=https://api.mailgun.net/v3/mg.finch.example/messages ExpectedOneOf=[200 202 204] Got=401 Error: Forbidden\n\tmg := mailgun.NewMailgun(domain, apiKey)\n\t// mg.SetAPIBase(mailgun.APIBaseEU)\n');
    expect(d.facts.region).toBe('eu');
    expect(d.evidence.map((e) => e.rule)).not.toContain("The paste shows requests to the EU region's API host");
    expect(fullText(buildReply(d))).toMatch(/The line that does it is commented out in the paste \("\/\/ mg\.SetAPIBase\(mailgun\.APIBaseEU\)"\): uncomment it/);
  });
  it("quotes a Mailgun event's own field or its logs row, not an API URL's ?event= filter", () => {
    const api = diagnose('GET https://api.mailgun.net/v3/mg.x.example/events?event=failed&recipient=a@b.example\n{"items": [{"event": "failed", "severity": "permanent", "recipient": "a@b.example", "delivery-status": {"code": 550, "message": "5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "mx-host": "b-example.mail.protection.outlook.com"}}]}');
    expect(api.evidence.find((e) => e.rule === 'A Mailgun failure event (Mailgun accepted the message)')?.excerpt).toBe('"event": "failed"');
  });
  it("does not tell a sender to add a mailbox provider's domain (yahoo.com) to Mailgun for DMARC", () => {
    const text = fullText(buildReply(diagnose('{"event": "failed", "severity": "permanent", "recipient": "a@gmail.com", "envelope": {"sender": "bounce@news.garden.example"}, "delivery-status": {"code": 550, "message": "5.7.26 Unauthenticated email from yahoo.com is not accepted due to domain\'s DMARC policy.", "mx-host": "gmail-smtp-in.l.google.com"}}\nMailgun domain: news.garden.example')));
    expect(text).toMatch(/"yahoo\.com", a mailbox provider's domain/);
    expect(text).toMatch(/Send From an address at "garden\.example"/);
    expect(text).not.toMatch(/as a sending domain in Mailgun/);
  });
  it('names no less likely possibility beside a near-certain answer', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host', confidence: 0.99, alternatives: [{ scenario: 'not-relaying-denied', confidence: 0.3 }] }, {}));
    expect(plain(confidenceLine(reply))).not.toMatch(/Also possible/);
    const lower = buildReply(makeDiagnosis({ scenario: 'recipient-host', confidence: 0.8, alternatives: [{ scenario: 'not-relaying-denied', confidence: 0.3 }] }, {}));
    expect(plain(confidenceLine(lower))).toMatch(/Also possible, less likely/);
  });
  it('prints echoed text that has straight quotes of its own in curly ones', () => {
    const text = fullText(buildReply(diagnose('550 5.7.1 Relaying denied from smtp.eu.mailgun.org\n"smtp": { "host": "smtp.eu.mailgun.org", "auth": "false", "user": "postmaster@mg.k.example" }')));
    expect(text).not.toContain('""auth"');
  });
});

describe('review 98c/95c: deployments that hold the variables elsewhere', () => {
  const django = "smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.7.1 Relaying denied')}\nEMAIL_HOST = \"smtp.mailgun.org\"\nEMAIL_HOST_USER = os.environ.get(\"EMAIL_USER\", \"\")\nEMAIL_HOST_PASSWORD = os.environ.get(\"EMAIL_PASSWORD\", \"\")\n";
  it('pairs a variable read with the one a chart sets under an added prefix (EMAIL_USER, DJANGO_EMAIL_USER)', () => {
    const text = fullText(buildReply(diagnose(`${django}helm diff:\n\`\`\`diff\n   env:\n-    - name: EMAIL_USER\n+    - name: DJANGO_EMAIL_USER\n       valueFrom:\n-    - name: EMAIL_PASSWORD\n+    - name: DJANGO_EMAIL_PASSWORD\n\`\`\`\n`)));
    expect(text).toMatch(/reads its SMTP login from EMAIL_USER, but the deployment shown sets DJANGO_EMAIL_USER/);
  });
  it("tells a Vercel project whose variables are ticked for Preview and Development to tick Production and redeploy", () => {
    const text = fullText(buildReply(diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE'\nconst t = nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587, auth: process.env.MAILGUN_SMTP_LOGIN ? { user: process.env.MAILGUN_SMTP_LOGIN, pass: process.env.MAILGUN_SMTP_PASSWORD } : undefined });\nWe moved the env vars to the Vercel dashboard and ticked \"Preview\" and \"Development\".")));
    expect(text).toMatch(/set in Vercel for Preview and Development/);
    expect(text).toMatch(/Fix: in Vercel, Project → Settings → Environment Variables, tick Production for MAILGUN_SMTP_LOGIN and MAILGUN_SMTP_PASSWORD, then redeploy production/);
    // (Production ticked too: nothing to say)
    expect(fullText(buildReply(diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nhost: 'smtp.mailgun.org'\nVercel env vars set for Production, Preview and Development.")))).not.toMatch(/tick Production/);
  });
  it('tells a Vercel service whose API key was rotated to redeploy, not to restart', () => {
    const text = fullText(buildReply(diagnose("Next.js on Vercel. We regenerated the API key under API Security yesterday.\n[Error: Unauthorized] { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }\nPOST https://api.eu.mailgun.net/v3/mg.yoga.example/messages")));
    expect(text).toMatch(/then redeploy: a deployment keeps the values it was built with/);
    expect(text).not.toMatch(/restart the service/);
  });
});

describe('review 99c replies', () => {
  it("says a compose file's ${VAR} is filled from the project's .env or the shell, not the container", () => {
    const text = fullText(buildReply(diagnose("Failed to send email. Reason: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied.\n    at GhostMailer.sendMail (/var/lib/ghost/core/server/services/mail/GhostMailer.js:154:19)\n\ndocker-compose.yml:\n  ghost:\n    environment:\n      mail__options__host: smtp.mailgun.org\n      mail__options__auth__user: ${MG_SMTP_USER}\n      mail__options__auth__pass: ${MG_SMTP_PASS}\n")));
    expect(text).toMatch(/Compose takes the value from the shell that runs it or from the \.env file next to docker-compose\.yml, not from the container/);
    expect(text).toMatch(/Fix: put MG_SMTP_USER and MG_SMTP_PASS in the \.env next to docker-compose\.yml/);
    expect(text).not.toMatch(/under that service's environment:/);
  });
  it("gives WordPress the plugin's own settings and its Mailgun mailer, not an API POST URL", () => {
    const text = fullText(buildReply(diagnose("WP Mail SMTP debug:\nSMTPAuth: bool(false)\nSERVER -> CLIENT: 220 Mailgun Influx ready\nCLIENT -> SERVER: RCPT TO:<m@x.example>\nSERVER -> CLIENT: 550 5.7.1 Relaying denied\nSMTP Error: The following recipients failed: m@x.example: Relaying denied\nHost: smtp.mailgun.org")));
    expect(text).toMatch(/Fix: in the SMTP plugin's settings \(WP Mail SMTP: Settings, Mailer "Other SMTP"\), switch Authentication on/);
    expect(text).not.toMatch(/POST https:\/\/api/);
  });
  it('names the listed IP plainly when the message names a public block list Mailgun delivered through', () => {
    const text = fullText(buildReply(diagnose('{"event": "failed", "severity": "permanent", "recipient": "k@isp.example", "delivery-status": {"code": 554, "message": "5.7.1 Service unavailable; Client host [159.135.228.17] blocked using zen.spamhaus.org", "mx-host": "mx.isp.example"}}')));
    expect(text).toMatch(/The listed address is the IP Mailgun delivered this message from/);
    expect(text).not.toMatch(/If it names a block list/);
  });
  it("names no 'the paste does not show which server refused' beside the server the answer names", () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'recipient-host', confidence: 0.8, alternatives: [{ scenario: 'undetermined', confidence: 0.4 }] }, { host: 'mx.verrerie.example', hostRole: 'other' }));
    expect(plain(confidenceLine(reply))).not.toMatch(/Also possible/);
  });
});

describe('a tagged address of another shape than +tag (review 99c)', () => {
  it('offers one route for reply-<number> addresses, not one for this address', () => {
    const text = fullText(buildReply(diagnose('=== Connected to mxb.mailgun.org.\n -> RCPT TO:<reply-48213@replies.forge.example>\n<** 550 5.7.1 Relaying denied\nour MX is mxa.mailgun.org / mxb.mailgun.org\nroute: match_recipient("^reply\\+(?P<ticket>\\d+)@replies\\.forge\\.example$") -> forward("https://api.forge.example/inbound")')));
    expect(text).toMatch(/Its part after - is a tag/);
    expect(text).toMatch(/match_recipient\("\^reply-\.\*@replies\\\.forge\\\.example\$"\)/);
    expect(text).not.toMatch(/# this one address/);
  });
});

describe('review 100c replies', () => {
  it("answers Microsoft 365's banned sending IP (5.7.606) as Microsoft's ban, to be lifted by the IP's owner", () => {
    const text = fullText(buildReply(diagnose('timestamp,event,recipient,severity,reason,code,enhanced_code,message,mx_host\n2025-06-11T07:02:18Z,failed,m.h@vella.example,permanent,bounce,550,5.7.606,"5.7.606 Access denied, banned sending IP [159.135.224.73]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",vella-example.mail.protection.outlook.com')));
    expect(text).toMatch(/Microsoft 365 \(Exchange Online\) refused the message because the sending IP address 159\.135\.224\.73 is on its list of banned senders/);
    expect(text).toMatch(/send these events to Mailgun support/);
    expect(text).not.toMatch(/User Entry|Read the server's message/);
  });
  it("pairs the variables code reads with those a secrets listing shows (fly secrets list)", () => {
    const text = fullText(buildReply(diagnose("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nconst t = nodemailer.createTransport({ host: 'smtp.eu.mailgun.org', port: 587, auth: { user: process.env.MAILGUN_SMTP_USER, pass: process.env.MAILGUN_SMTP_PASS } });\n`fly secrets list`:\nNAME                    DIGEST              CREATED AT\nMAILGUN_SMTP_LOGIN      5c0e91b7d3f2a846    1d ago\nMAILGUN_SMTP_PASSWORD   e27b4d90c1a3f568    1d ago\n")));
    expect(text).toMatch(/reads its SMTP login from MAILGUN_SMTP_USER, but the deployment shown sets MAILGUN_SMTP_LOGIN/);
  });
  it("sends nobody to the recipient's administrator for a mistyped address, and keeps it on the Bounces list", () => {
    const text = fullText(buildReply(diagnose("Their previous 11 orders went to orders@tinplatehobbies.example (no hyphen) and were delivered fine.\n\nFailed   Permanent\nJun 10, 2025, 9:12:44 PM\nRecipient      orders@tinplate-hobbies.example\nReason         bounce\n\nDelivery status\nCode           553\nMessage        sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\nMX host        mx1.tinplate-hobbies.example\n")));
    expect(text).toMatch(/most likely a typo/);
    expect(text).not.toMatch(/Send the recipient's mail administrator the refusal above/);
    expect(text).toMatch(/for a mistyped address, that is what you want/);
  });
});

describe('a sandbox refusal beside a domain the paste says is verified (review 98c)', () => {
  const refusal = "smtplib.SMTPRecipientsRefused: {'t@x.example': (421, b'Domain sandbox4e0b9c27f1d84a3f8c2a61e5d7b90f13.mailgun.org is not allowed to send: Free accounts are for test purposes only.')}";
  it('says to switch the settings to that domain, not to add one', () => {
    const text = fullText(buildReply(diagnose(`${refusal}\nI did add and verify that domain in Mailgun last week.`)));
    expect(text).toMatch(/already verified in Mailgun: the sending settings still use the sandbox/);
    expect(text).not.toMatch(/publish the DNS records Mailgun gives/);
    expect(fullText(buildReply(diagnose(refusal)))).toMatch(/publish the DNS records Mailgun gives/);
  });
});

describe('a receiving domain moved to a subaccount, its Routes left behind (review 100c)', () => {
  it('says Routes belong to the account that receives for the domain, and to make them again there', () => {
    const text = fullText(buildReply(diagnose('El mes pasado movimos el dominio recepcion.aceitunera.example a una subcuenta nueva de Mailgun; las rutas las creamos en la cuenta principal y ahí siguen.\n\nReporting-MTA: dns; mail.proveedor.example\nFinal-Recipient: rfc822; facturas@recepcion.aceitunera.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mxb.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied')));
    expect(text).toMatch(/Fix: the paste says the domain moved to another \(sub\)account, and Routes belong to the account that receives for the domain/);
  });
});

describe('review round 102c: the login shown, the restart asked for, no relay "after all" from a question', () => {
  it("keeps the paste's own login from a Postfix sasl_passwd line, not postmaster@", () => {
    const reply = buildReply(diagnose('postfix/smtp[1]: 3F2A01C0B4: to=<e@partner.example>, relay=smtp.eu.mailgun.org[1.2.3.4]:587, dsn=5.7.1, status=bounced (host smtp.eu.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nmain.cf:\nrelayhost = [smtp.eu.mailgun.org]:587\n#smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n/etc/postfix/sasl_passwd:\n[smtp.eu.mailgun.org]:587 portal@mg.heide.example:3kq9-Zr7vLw2pT-xx81'));
    const all = fullText(reply);
    expect(reply.diagnosis.facts.smtpLogin).toBe('portal@mg.heide.example');
    expect(all).toContain('[smtp.eu.mailgun.org]:587 portal@mg.heide.example:');
    expect(all).not.toContain('postmaster@mg.heide.example');
  });

  it("reads Go's PlainAuth login and Exim's passwd.client login", () => {
    expect(diagnose('auth := smtp.PlainAuth("", "alerts@mg.quarry.example", os.Getenv("MG_SMTP_PASS"), "smtp.mailgun.org")\nerr: 535 5.7.0 Mailgun is not loving your login or password').facts.smtpLogin).toBe('alerts@mg.quarry.example');
    expect(diagnose('/etc/exim4/passwd.client:\n*.mailgun.org:ops@mg.fen.example:s3cret\n2024-05-01 10:00:00 1abc ** x@y.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [1.2.3.4]: SMTP error from remote mail server after RCPT TO:<x@y.example>: 550 5.7.1 Relaying denied').facts.smtpLogin).toBe('ops@mg.fen.example');
  });

  it('gives the Kubernetes restart for a password changed just before, where the app runs in k8s', () => {
    const paste = 'They rotated the SMTP password for mg.quarry.example yesterday.\nauth := smtp.PlainAuth("", "alerts@mg.quarry.example", os.Getenv("MG_SMTP_PASS"), "smtp.mailgun.org")\nsend alert: 535 5.7.0 Mailgun is not loving your login or password';
    expect(fullText(buildReply(diagnose(`${paste}\nthe pod was not restarted after the rotation, the k8s secret was updated.`)))).toContain('kubectl rollout restart deployment/NAME');
    expect(fullText(buildReply(diagnose(paste)))).not.toContain('kubectl');
  });

  it('offers no "Relaying Denied error after all" beside a DMARC refusal when only a question names relaying', () => {
    const reply = buildReply(diagnose("550-5.7.26 Unauthenticated email from clinic.example is not accepted due to domain's DMARC policy. gsmtp\nIT tightened email security last Wednesday. Is this a relay-denied on Google's side?"));
    expect(reply.diagnosis.kind).toBe('policy');
    expect(plain(confidenceLine(reply))).not.toContain('after all');
  });
});

describe("a company's domain mistyped in one address (review 102c)", () => {
  it('suggests the name at the domain the other rows share when the refused domain lost its country code', () => {
    const csv = 'timestamp,event,recipient,delivery_status_code,delivery_status_message,mx_host\n2024-08-05T13:02:11Z,delivered,compras@construtora.example.br,250,"2.0.0 Ok",mx.construtora.example.br\n2024-08-05T13:02:12Z,failed,financeiro@construtora.example,550,"relay not permitted",mx1.parked-host.example\n2024-08-05T13:02:14Z,delivered,diretoria@construtora.example.br,250,"2.0.0 Ok",mx.construtora.example.br';
    const reply = buildReply(diagnose(csv));
    expect(reply.diagnosis.facts.similarAddress).toBe('financeiro@construtora.example.br');
    expect(fullText(reply)).toContain('which is "construtora.example" with its country code: the refused address is most likely a typo of financeiro@construtora.example.br');
  });

  it("suggests no sending subdomain for a receiving one of the same account (in. beside mg.)", () => {
    const d = diagnose('Route test from outside:\n550 5.7.1 Relaying denied for orders@in.quarry.example\nour app sends as erp@mg.quarry.example and billing@mg.quarry.example');
    expect(d.facts.similarAddress).toBeNull();
  });
});

describe('"is Mailgun blocking us?" beside another server\'s bounce (review 103c)', () => {
  it('says Mailgun is not in the path when the report comes from the sender\'s own server, not that Mailgun accepted it', () => {
    const paste = 'Is Mailgun blocking us?\n\nReporting-MTA: dns; smtp2.kite.example\nFinal-Recipient: rfc822; r@cafe.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx.cafe.example\nDiagnostic-Code: smtp; 550 5.7.1 <r@cafe.example>... Relaying denied. Proper authentication required.';
    const reply = buildReply(diagnose(paste));
    expect(reply.diagnosis.facts.mailgunBlamed).toBe(true);
    const all = fullText(reply);
    expect(all).toContain('Is Mailgun blocking you? No: Mailgun is not in this path. The report comes from "smtp2.kite.example"');
    expect(all).not.toContain('Mailgun accepted the message and tried to deliver it, and');
  });
});

describe('"is this on our side?" answered first where the diagnosis settles it (review 104c)', () => {
  const failedEvent = (said: string) => `${said}\n{"event": "failed", "severity": "permanent", "recipient": "ap@northquill.example", "delivery-status": {"code": 550, "message": "5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "mx-host": "northquill-example.mail.protection.outlook.com"}}`;
  it("says no for the recipient's own server, and that their administrator changes it", () => {
    const all = fullText(buildReply(diagnose(failedEvent('vendor says "we recently merged into a new Microsoft tenant". is this on our side?'))));
    expect(all).toMatch(/^Whose side is it on\? The recipient's: Mailgun accepted the message and "[^"]+" refused it\. Nothing in the sender's Mailgun account or sending setup causes this/m);
  });
  it('says yes for an unauthenticated send to Mailgun\'s SMTP host', () => {
    const all = fullText(buildReply(diagnose('Is it us or them?\nSMTP Error: The following recipients failed: x@vendor.example: 550 5.7.1 Relaying denied\nSMTP server: smtp.mailgun.org:587')));
    expect(all).toContain("Whose side is it on? The sender's: the sending app or server does not log in");
  });
  it('answers nothing when the question is not asked; where the diagnosis cannot settle it, says which cases are whose (review 182d)', () => {
    expect(fullText(buildReply(diagnose(failedEvent('a failed event'))))).not.toContain('Whose side is it on?');
    expect(fullText(buildReply(diagnose('is this on our side?\n550 5.7.1 Relaying denied')))).toContain("Whose side is it on? Not shown yet. Two of Mailgun's three cases are on the Mailgun user's side");
  });
});

describe('a password changed in a Secret the Deployment never references (review 104c)', () => {
  const paste = (said: string) => `Admin reset the SMTP password in Mailgun yesterday and updated the k8s secret.\nCaused by: jakarta.mail.AuthenticationFailedException: 535 5.7.0 Mailgun is not loving your login or password\napplication-prod.yml:\nspring:\n  mail:\n    host: smtp.eu.mailgun.org\n    username: shop@mg.velo.example\n    password: \${SMTP_PASSWORD:Hk3-pR9w!vT2qZ8m}\n${said}`;
  it('says to reference the Secret from the Deployment, not to restart, and that the written default logs in meanwhile', () => {
    const all = fullText(buildReply(diagnose(paste("kubectl shows the deployment env has no SMTP_PASSWORD at all, they edited the secret `velo-mail` but the deployment never referenced it"))));
    expect(all).toContain('its Deployment does not reference the Secret, so a restart alone changes nothing');
    expect(all).toContain('secretKeyRef: {name: velo-mail, key: SMTP_PASSWORD}');
    expect(all).toContain("Meanwhile the configuration's default (${SMTP_PASSWORD:[REDACTED]}) is what logs in");
    expect(all).not.toContain('kubectl rollout restart');
    expect(all).not.toContain('Hk3-pR9w');
  });
  it('keeps the restart when the paste says nothing of the kind', () => {
    expect(fullText(buildReply(diagnose(paste('they restarted nothing yet'))))).toContain('kubectl rollout restart deployment/NAME');
  });
});

describe("Ghost's newsletter refused by the API (review 102c, 103c)", () => {
  const log = (host: string) => `Ghost Admin banner: "Newsletter failed to send"\n[2024-07-02 06:30:12] ERROR Mailgun Error 401: Forbidden\nurl: ${host}/v3/news.harbor.example/messages\nThe domain was re-created in the EU region last week.`;

  it("sends the person to Ghost Admin's Mailgun settings, region first where an EU domain's calls go to the US host", () => {
    const reply = buildReply(diagnose(log('https://api.mailgun.net')));
    expect(reply.diagnosis.facts.client).toBe('ghost');
    const steps = fullText(reply);
    expect(steps).toContain("In Ghost Admin's Mailgun settings, set the region to EU");
    expect(steps.indexOf('set the region to EU')).toBeLessThan(steps.indexOf('Ghost keeps the newsletter'));
    expect(steps).not.toContain('mg.SetAPIBase');
    expect(steps).toContain('config.production.json');
  });
});

describe('a block-list refusal seen in Mailgun may put the addresses on the Bounces list (review 103c, round 272)', () => {
  const row = (address: string) => `2024-06-03T08:00:00Z,failed,${address},permanent,550,"5.7.1 Unfortunately, messages from [141.193.32.117] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",outlook-com.olc.protection.outlook.com`;
  const header = 'timestamp,event,recipient,severity,delivery_status_code,delivery_status_message,mx_host';

  it('says to check the Bounces list for each refused address, which comes off once the block is lifted, not the whole list', () => {
    const all = fullText(buildReply(diagnose(`${header}\n${row('lena@hotmail.example')}\n${row('karl@outlook.example')}`)));
    expect(all).toContain("check the domain's Bounces list (Suppressions in the control panel) for the refused addresses");
    expect(all).toContain("Remove only those whose entry gives this block's words as the error, not the whole list");
    expect(all).toContain('once the block is lifted, remove them there');
    expect(all).toContain('/bounces/ADDRESS for each address');
  });

  it('names the one address when one was refused', () => {
    expect(fullText(buildReply(diagnose(`${header}\n${row('lena@hotmail.example')}`)))).toContain('/bounces/lena@hotmail.example');
  });
});

describe('a SendGrid API key in the paste (review 102c, 103c)', () => {
  it('is named as a SendGrid key and revoked in SendGrid, not as a Mailgun API key', () => {
    const d = diagnose('/etc/postfix/sasl_passwd:\n#[smtp.sendgrid.net]:587 apikey:SG.q8Xw2LkPTm6yVbN1cRd0sA.fH3kJ9uYt7ZcVbN2mQ4wE6rT8yU0iO1pA3sD5fG7hJ\n[smtp.mailgun.org]:587 postmaster@mg.quill.example:0123456789abcdef0123456789abcdef-01234567-89abcdef\npostfix/smtp[1]: to=<a@b.example>, relay=smtp.mailgun.org[1.2.3.4]:587, status=bounced (host smtp.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.facts.secretKinds).toEqual(['password', 'sendgrid-key']);
    expect(d.facts.secretKinds).not.toContain('api-key');
    const warning = plain(buildReply(d).secretsWarning!);
    expect(warning).toContain('a password and a SendGrid API key');
    expect(warning).toContain('revoke the SendGrid API key in SendGrid');
    expect(JSON.stringify(d)).not.toContain('SG.q8Xw2LkPTm6yVbN1cRd0sA');
  });
});

describe('a commented-out login that holds a written-out password (review 104c)', () => {
  it('puts the login back with the password read from the environment, not the pasted one', () => {
    const text = fullText(buildReply(diagnose('s = smtplib.SMTP("smtp.mailgun.org", 587)\ns.starttls()\n# s.login("postmaster@mg.harbor.example", "Wq8-zzTT-secret")\ns.sendmail(frm, to, msg)\nsmtplib.SMTPRecipientsRefused: {\'d@partner.example\': (550, b\'5.7.1 Relaying denied\')}')));
    expect(text).toContain('Fix: put the commented-out login back');
    expect(text).toContain('read from an environment variable or secret store');
    expect(text).not.toContain('Wq8-zzTT-secret');
    expect(text).not.toContain('Fix: remove the #');
  });
});

describe('a Laravel app whose Mailgun API key was replaced (review 104c)', () => {
  it('sets MAILGUN_SECRET and clears the cached config and the queue workers, which keep the old key', () => {
    const text = fullText(buildReply(diagnose("Laravel 11 on Forge, Mailgun API driver. They deleted the old private API key in Mailgun and created a new one.\n[2025-03-09 22:15:03] production.ERROR: Unable to send an email: Forbidden (code 401). {\"exception\":\"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\HttpTransportException(code: 401))\"}\nMAILGUN_DOMAIN=mg.saltmarsh.example")));
    expect(text).toContain('Set MAILGUN_SECRET to the new key');
    expect(text).toContain('php artisan config:clear');
    expect(text).toContain('php artisan queue:restart');
  });

  it('says "This was a permanent failure" for one address refused for a block list', () => {
    const one = fullText(buildReply(diagnose('timestamp,event,recipient,severity,delivery_status_code,delivery_status_message,mx_host\n2024-06-03T08:00:00Z,failed,lena@shop.example,permanent,554,"5.7.1 Service unavailable; Client host [159.135.228.17] blocked using zen.spamhaus.org",mx.shop.example')));
    expect(one).toContain('This was a permanent failure');
  });
});

describe("Outlook's 5.7.515: the DMARC record's place (review 104c)", () => {
  it("puts the record at an mg. domain's parent, with reports to an address there, not example.com's", () => {
    const text = fullText(buildReply(diagnose('550 5.7.515 Access denied, sending domain [mg.atelier.example] does not meet the required authentication level.')));
    expect(text).toContain('a TXT record at _dmarc.atelier.example such as v=DMARC1; p=none; rua=mailto:dmarc@atelier.example');
    expect(text).toContain('covers mg.atelier.example too');
    expect(text).not.toContain('dmarc@example.com');
  });
});

describe('review 105c: the cause the paste prints, said plainly', () => {
  it("reads \"Bounce they forwarded to ops@x\" as no forward wanted, and keeps the route's actions when its domain part is corrected", () => {
    const paste = 'Bounce they forwarded to <mailto:ops@korv.example|ops@korv.example>:\nYour message wasn\'t delivered to tickets@help.korv.example because the remote server rejected it.\n550 5.7.1 Relaying denied\nRemote-MTA: dns; mxa.mailgun.org.\nOur route:\nmatch_recipient("tickets@korv.example")       forward("https://desk.korv.example/inbound")';
    const all = fullText(buildReply(diagnose(paste)));
    expect(all).not.toContain('forward("ops@korv.example")');
    expect(all).toContain('Correct its domain part, match_recipient("tickets@help.korv.example") and keep its actions as they are');
  });

  it("names the company's own domain the person gives as the likely meant one of a refused address", () => {
    const event = '{"event": "failed", "severity": "permanent", "recipient": "m.kow@brennerlogi.example", "delivery-status": {"code": 554, "message": "5.7.1 <m.kow@brennerlogi.example>: Relay access denied", "mx-host": "mx01.brennerlogi.example"}}';
    const all = fullText(buildReply(diagnose(`The customer insists the address is right. FWIW their website is brenner-logi.example (with the dash).\n${event}`)));
    expect(all).toContain('The paste also names brenner-logi.example');
    expect(all).toContain('Correct "m.kow@brennerlogi.example" to m.kow@brenner-logi.example');
    expect(fullText(buildReply(diagnose(event)))).not.toContain('brenner-logi.example');
  });

  it('says a PHP password in double quotes with a $ in it is not the one sent, without repeating it', () => {
    const paste = 'rotated the SMTP password yesterday, pasted the new one in.\nSMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password\n$mail->Host = \'smtp.mailgun.org\';\n$mail->Username = \'postmaster@mg.teas.example\';\n$mail->Password   = "Tq8$vR2m!pLx#41";';
    const all = fullText(buildReply(diagnose(paste)));
    expect(all).toContain('The password is written in double quotes ($mail->Password = "…$…") and holds a $');
    expect(all).not.toContain('restart it');
    expect(all).not.toContain('vR2m');
    expect(fullText(buildReply(diagnose(paste.replace('"Tq8$vR2m!pLx#41"', "'Tq8$vR2m!pLx#41'"))))).not.toContain('written in double quotes');
  });

  it("names the Grafana variable a Secret sets under a name Grafana does not read", () => {
    const paste = 'Grafana "Send test notification": Failed to send test alert.: 550 5.7.1 Relaying denied\ngrafana.ini:\n  smtp:\n    host: smtp.eu.mailgun.org:2525\n$ kubectl get secret grafana-smtp -o jsonpath=\'{.data}\' | jq \'keys\'\n["GF_SMTP_PASSWORD", "GF_SMTP_USERNAME"]';
    const all = fullText(buildReply(diagnose(paste)));
    expect(all).toContain('reads its SMTP login from GF_SMTP_USER, but the deployment shown sets GF_SMTP_USERNAME');
    expect(all).toContain('Fix: set GF_SMTP_USER, the name Grafana reads, in place of GF_SMTP_USERNAME');
  });

  it('puts a rotated key first on Vercel, and the region and key-shape checks out of the way', () => {
    const all = fullText(buildReply(diagnose("Next.js on Vercel, mailgun.js. Works in Preview, fails in Production. I rotated the Private API key on Monday (deleted the old one).\nError: Unauthorized\n    at Request.<anonymous> (/var/task/node_modules/mailgun.js/Classes/common/Request.js:130:23) {\n  status: 401,\n  type: 'MailgunAPIError'\n}\nurl: 'https://api.mailgun.net',")));
    expect(all).toContain('set the key\'s variable to the new key for Production, then redeploy');
    expect(all).toContain('Only if the domain is in the EU region');
    expect(all).not.toContain('pubkey-');
  });

  it("explains a DMARC refusal by the strict alignment the record shown asks for", () => {
    const paste = 'We send from info@lumen.example, Mailgun EU domain is mg.lumen.example.\n{"event": "failed", "recipient": "a@gmail.example", "delivery-status": {"code": 550, "enhanced-code": "5.7.26", "message": "5.7.26 Unauthenticated email from lumen.example is not accepted due to domain\'s DMARC policy."}}\n$ dig +short TXT _dmarc.lumen.example\n"v=DMARC1; p=reject; aspf=s; adkim=s; rua=mailto:dmarc@lumen.example"';
    const all = fullText(buildReply(diagnose(paste)));
    expect(all).toContain('asks for strict alignment (aspf=s; adkim=s)');
    expect(all).toContain('take aspf=s; adkim=s out of the record at _dmarc.lumen.example');
    expect(fullText(buildReply(diagnose(paste.replace('aspf=s; adkim=s; ', ''))))).not.toContain('strict alignment (');
  });

  it("leaves Mailgun out of an own relay's refusal of a client on its network when the paste does not name Mailgun", () => {
    const log = 'May 14 03:15:02 mail postfix/smtpd[2231]: NOQUEUE: reject: RCPT from zbx01.kb.lan[10.40.8.17]: 454 4.7.1 <oncall@ridge.example>: Relay access denied; from=<zabbix@kb.lan> to=<oncall@ridge.example> proto=ESMTP helo=<zbx01>\npostconf mynetworks = 127.0.0.0/8 10.40.2.0/24\nthe zabbix server moved to 10.40.8.0/24 yesterday';
    const all = fullText(buildReply(diagnose(log)));
    expect(all).toContain('10.40.8.0/24, the network the paste shows it in');
    expect(all).not.toContain('Once the server takes the mail');
    expect(all).not.toContain('smtp.mailgun.org');
    expect(fullText(buildReply(diagnose(`${log}\nthe relay sends on through smtp.mailgun.org`)))).toContain('Once the server takes the mail, it passes it on as before');
  });
});

describe('review 106c: context read with its words', () => {
  it("reads a block-list refusal as one, whatever the person equates 5.7.1 with", () => {
    const d = diagnose('Their dev asks if "5.7.1 = relaying denied like the docs say":\nevent=bounced&recipient=orders%40coop.example&code=554&error=5.7.1+Service+unavailable%3B+Client+host+%5B159.135.228.40%5D+blocked+using+zen.spamhaus.org');
    expect(d).toMatchObject({ scenario: 'not-relaying-denied', kind: 'blocked' });
  });

  it('takes a route said to be gone later in its sentence for no route', () => {
    const paste = '$ swaks --to orders@in.orbit.example --server mxa.mailgun.org\n -> RCPT TO:<orders@in.orbit.example>\n<** 550 5.7.1 Relaying denied\nRoutes page now only shows one route: match_recipient("invoices@in.orbit.example")\nThe catch_all() that used to be priority 100 is gone.';
    expect(diagnose(paste).facts.routes).toEqual(['match_recipient("invoices@in.orbit.example")']);
    expect(fullText(buildReply(diagnose(paste)))).not.toContain('no new route is needed');
  });

  it("names Laravel's MAIL_USERNAME beside an environment that sets MAIL_USER", () => {
    const all = fullText(buildReply(diagnose('production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied". Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doRcptToCommand() Illuminate\\Mail\\Mailer\n\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.eu.mailgun.org\nMAIL_USER=postmaster@mg.kanzlei.example\nMAIL_PASS=REDACTED_BY_ME\n')));
    expect(all).toContain('reads its SMTP login from MAIL_USERNAME, but the deployment shown sets MAIL_USER');
    expect(all).toContain('Fix: rename MAIL_USER to MAIL_USERNAME');
  });

  it('takes a region move said in words over a host kept from before', () => {
    const paste = "They switched their Mailgun domain from EU to US region yesterday (recreated the domain).\n2024-06-19 07:30:12 1sJpQ3-0004Zk-2R ** p@farm.example R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [3.93.221.84]: SMTP error from remote mail server after RCPT TO:<p@farm.example>: 550 5.7.1 Relaying denied\ndc_smarthost='smtp.mailgun.org::587'\n/etc/exim4/passwd.client:\nsmtp.eu.mailgun.org:postmaster@mg.dental.example:SECRETVALUE1";
    expect(diagnose(paste).facts.region).toBe('us');
    const all = fullText(buildReply(diagnose(paste)));
    expect(all).toContain("make the passwd.client entry's first field the smarthost's name exactly (smtp.mailgun.org)");
    expect(all).not.toContain("dc_smarthost='smtp.eu.mailgun.org");
  });

  it("says a cron job's login read from a variable its crontab does not set is skipped", () => {
    const all = fullText(buildReply(diagnose("nightly cron job:\nsmtplib.SMTPRecipientsRefused: {'cfo@cattle.example': (550, b'5.7.1 Relaying denied')}\n    server = smtplib.SMTP(\"smtp.mailgun.org\", 587)\n    if os.environ.get(\"SMTP_USER\"):\n        server.login(os.environ[\"SMTP_USER\"], os.environ[\"SMTP_PASS\"])\ncrontab has no env vars set")));
    expect(all).toContain('The code logs in only when its login setting is set');
    expect(all).toContain('SMTP_USER is not there unless the crontab sets it');
  });

  it("puts a rotated password into Keycloak's realm settings, not a Secret, and drops the region check", () => {
    const all = fullText(buildReply(diagnose('Keycloak on k8s: their security team rotated all Mailgun SMTP credentials on Monday and updated the k8s secret.\norg.keycloak.email.EmailException: jakarta.mail.AuthenticationFailedException: 535 5.7.0 Mailgun is not loving your login or password\nRealm email tab: Host smtp.mailgun.org, Port 587')));
    expect(all).toContain('Realm settings → Email (Password) of each realm that sends mail (Keycloak keeps it in its database');
    expect(all).not.toContain('If the domain was created in the EU region');
  });

  it('says a key written out in the settings is the one sent after a rotation', () => {
    const all = fullText(buildReply(diagnose('After they "regenerated the API key", booking confirmations fail.\nanymail.exceptions.AnymailRequestsAPIError: Mailgun API response 401 (Unauthorized): \'Forbidden\'\nANYMAIL = {\n    "MAILGUN_API_KEY": "key-8d2f0c7a1b9e4f63a5c0d7e2b1f8a4c9",\n    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",\n}')));
    expect(all).toContain('The settings shown write a key out: if that file is what the service reads, it sends that key');
    expect(all).not.toContain('mailgun-go');
  });

  it("answers \"is Mailgun broken?\" under a Sendmail DSN whose next hop is named by its address only", () => {
    const all = fullText(buildReply(diagnose('they asked "is Mailgun broken?"\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@mx1.granite.example>\n   ----- The following addresses had permanent fatal errors -----\n<loads@granite.example>\n... while talking to [192.0.2.18]:\n<<< 550 5.7.1 <loads@granite.example>... Relaying denied. Proper authentication required.\nReporting-MTA: dns; mx1.granite.example\nFinal-Recipient: RFC822; loads@granite.example\nRemote-MTA: DNS; [192.0.2.18]\nDiagnostic-Code: SMTP; 550 5.7.1 <loads@granite.example>... Relaying denied. Proper authentication required.')));
    expect(all).toContain('Is Mailgun blocking you? No: Mailgun is not in this path. The report comes from "mx1.granite.example"');
  });
});

describe('review 107c: what changed, read from its words', () => {
  const api401 = "anymail.exceptions.AnymailRequestsAPIError: Mailgun API response 401 (Unauthorized): 'Forbidden'";
  it('reads "the new key is the HTTP webhook signing key" as the wrong key, not an old one still sent', () => {
    const all = fullText(buildReply(diagnose(`They rotated their Mailgun key yesterday. They say the new key is "the one shown on the Webhooks page, HTTP webhook signing key".\n${api401}\nANYMAIL = { "MAILGUN_API_KEY": env("MAILGUN_API_KEY") }`)));
    expect(all).toContain('the webhook signing key was put in as the API key');
    expect(all).not.toContain('still sends the old key');
  });
  it("says a key is written out in the settings only when a setting holds one, not a curl command's", () => {
    const curl = fullText(buildReply(diagnose(`They regenerated the API key yesterday.\n${api401}\n$ curl --user 'api:7be21c4f9a0d3e6b8c5f1a2d4e7b9c0f' https://api.mailgun.net/v3/mg.t.example/messages\nANYMAIL = { "MAILGUN_API_KEY": env("MAILGUN_API_KEY") }`)));
    expect(curl).not.toContain('The settings shown write a key out');
  });
  it('names whose side it is when asked "liegt das an uns oder an denen?"', () => {
    const all = fullText(buildReply(diagnose('Liegt das an uns oder an denen?\nsmtplib.SMTPRecipientsRefused: {\'c@k.example\': (550, b\'5.7.1 Relaying denied\')}\nserver = smtplib.SMTP("smtp.eu.mailgun.org", 587)')));
    expect(all).toContain("Whose side is it on? The sender's: the sending app or server does not log in to Mailgun's SMTP host, and Mailgun relays");
  });
  it("reads a Spanish provider change and a move away from Microsoft 365 beside Exchange's 5.7.54", () => {
    expect(diagnose('Según ellos El Cóndor cambió de proveedor de correo hace un par de semanas.\n550 5.7.1 <c@condor.example>: Relay access denied').facts.recipientMailMoved).toBe(true);
    const all = fullText(buildReply(diagnose('Apparently Carroll & Sons "moved their email to Google last month". Harborlight wants to know if Mailgun is blocking it.\n{"event": "failed", "severity": "permanent", "recipient": "d@carroll.example", "delivery-status": {"code": 550, "enhanced-code": "5.7.54", "message": "5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "mx-host": "carroll-example.mail.protection.outlook.com"}}')));
    expect(all).toContain('Is Mailgun blocking you? No');
    expect(all).toContain('their MX records most likely still point at "carroll-example.mail.protection.outlook.com"');
    expect(all).toContain('Then take the address off the Bounces list');
  });
});

describe("the session's own review: reply sentences kept true", () => {
  it('asks for strict alignment of both before blaming it', () => {
    const paste = (record: string) => `We send from info@lumen.example, Mailgun domain is mg.lumen.example.\n{"event": "failed", "recipient": "a@gmail.example", "delivery-status": {"code": 550, "enhanced-code": "5.7.26", "message": "5.7.26 Unauthenticated email from lumen.example is not accepted due to domain's DMARC policy."}}\n"${record}"`;
    expect(fullText(buildReply(diagnose(paste('v=DMARC1; p=reject; aspf=s; rua=mailto:d@lumen.example'))))).not.toContain('strict alignment (');
  });
  it('names no Secret "at" from "never references the secret at all"', () => {
    const all = fullText(buildReply(diagnose('Admin reset the SMTP password yesterday.\njakarta.mail.AuthenticationFailedException: 535 5.7.0 Mailgun is not loving your login or password\nspring.mail.host=smtp.mailgun.org\nthe deployment never references the secret at all')));
    expect(all).toContain('secretKeyRef: {name: NAME');
    expect(all).not.toContain('name: at');
  });
  it("says nothing of whose side beside an address the reply calls mistyped", () => {
    const all = fullText(buildReply(diagnose('is this on our side? their website is brenner-logi.example\n{"event": "failed", "severity": "permanent", "recipient": "m@brennerlogi.example", "delivery-status": {"code": 554, "message": "5.7.1 <m@brennerlogi.example>: Relay access denied", "mx-host": "mx01.brennerlogi.example"}}')));
    expect(all).toContain('most likely a typo of m@brenner-logi.example');
    expect(all).not.toContain('Whose side is it on?');
  });
});

describe('review 108c: a mail server relaying to Mailgun, said as one', () => {
  it('calls the sender the mail server, and keeps the login of a sasl_passwd whose key is wrong', () => {
    const all = fullText(buildReply(diagnose('Jun 11 14:22:08 app-01 postfix/smtp[21877]: 4VzR: to=<a@farms.example>, relay=smtp.mailgun.org[44.224.7.88]:587, dsn=5.7.1, status=bounced (host smtp.mailgun.org[44.224.7.88] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\nrelayhost = [smtp.mailgun.org]:587\nsmtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n/etc/postfix/sasl_passwd:\nsmtp.mailgun.org:587 postmaster@mg.ledger.example:********')));
    expect(all).toContain('the mail server named an outside recipient');
    expect(all).toContain('The login and password in that file need no change');
    expect(all).not.toContain("Get the domain's SMTP login and password from the Mailgun control panel");
  });
});

describe('review 108c: the secrets warning names the webhook signing key set as the API key', () => {
  it('says to make a new signing key, once, and not a new API key', () => {
    const all = fullText(buildReply(diagnose("They say the new key is \"the one shown on the Webhooks page, HTTP webhook signing key\".\nMailgun API response 401 (Unauthorized): 'Forbidden'\n$ curl --user 'api:7be21c4f9a0d3e6b8c5f1a2d4e7b9c0f' https://api.eu.mailgun.net/v3/mg.t.example/messages")));
    expect(all).toContain('looks like a webhook signing key (set as the API key)');
    expect(all).not.toContain('create a new API key');
    expect(all.match(/make a new webhook signing key/g)).toHaveLength(1);
  });
});

describe('review 109c replies', () => {
  it('answers "can you whitelist us on your side?" under a refusal by the recipient\'s server: Mailgun blocks nothing', () => {
    const paste = 'Customer: "the address is right. Can you whitelist us on your side??"\nFailed  ·  Permanent\nRecipient: dana@freight.example\nDomain: mg.insure.example\nDelivery status\n  MX host: mail.freight.example\n  Code: 550\n  Message: 5.7.1 Unable to relay for dana@freight.example';
    const d = diagnose(paste);
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.mailgunBlamed).toBe(true);
    expect(fullText(buildReply(d))).toMatch(/Is Mailgun blocking you\? No: Mailgun accepted the message .* The one thing Mailgun holds back is later mail to this address: a permanent refusal puts it on the domain's Bounces list/);
  });

  it("quotes a session's coded 535 as the server's words, not a loose \"SMTP Error:\" label in the chatter", () => {
    const paste = 'Le plugin affiche "SMTP Error: Could not authenticate." depuis hier. Test swaks:\n ~> AUTH LOGIN\n<~  334 VXNlcm5hbWU6\n<~* 535 5.7.0 Mailgun is not loving your login or password\n=== Connection closed with remote host.';
    const d = diagnose(paste);
    expect(d.kind).toBe('auth-failure');
    expect(d.facts.serverMessage).toBe('535 5.7.0 Mailgun is not loving your login or password');
  });

  it('says a Route made in another account does nothing for the domain, and keeps the MX section and the not-your-domain hedge out', () => {
    const paste = "We set up the route last week, but I think Dima created it in the staging account; the domain orders.haul.example is in our main account.\n2024-12-09 11:47:04 1tKp3X-0007Qh-2M ** orders@orders.haul.example R=dnslookup T=remote_smtp H=mxa.mailgun.org [34.110.180.223]: SMTP error from remote mail server after RCPT TO:<orders@orders.haul.example>: 550 5.7.1 Relaying denied";
    const d = diagnose(paste);
    expect(d.scenario).toBe('mailgun-incoming');
    const text = fullText(buildReply(d));
    expect(text).toMatch(/Fix: the paste says the Route was made in another account \(".*in the staging account.*"\)\. A Route applies only in the account it was made in/);
    expect(text).not.toContain('If the domain should not receive mail through Mailgun');
    expect(text).not.toContain("This is the sending side's own record of the refusal");
    // (the same log without the words about the account: the usual Fix)
    expect(fullText(buildReply(diagnose(paste.slice(paste.indexOf('\n') + 1))))).toMatch(/Fix: add a Route that takes this address: match_recipient\("orders@orders\.haul\.example"\) for it alone, or match_recipient\("\.\*@orders\.haul\.example"\) for every address at the domain/);
  });

  it("gives Laravel's empty MAIL_USERNAME its fix, with the Mailgun API driver set up beside it as the other one, and lists no context rule as evidence", () => {
    const paste = 'Runs under docker compose. Commit: "switch mailgun to smtp".\n[2024-11-19 08:41:07] production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.eu.mailgun.org\nMAIL_PORT=587\nMAIL_USERNAME=\nMAIL_PASSWORD=\nMAILGUN_DOMAIN=mail.joinery.example\nMAILGUN_SECRET=key-3f9a61c0d2e84b7a95c1f0e6a8d2b473\nMAILGUN_ENDPOINT=api.eu.mailgun.net';
    const d = diagnose(paste);
    expect(d.facts.mailgunDomain).toBe('mail.joinery.example');
    expect(d.evidence.map((e) => e.rule)).toContain('The app runs in a Docker Compose service');
    const text = fullText(buildReply(d));
    expect(text).toMatch(/Fix: fill MAIL_USERNAME with the domain's SMTP login \(such as postmaster@mail\.joinery\.example\) and MAIL_PASSWORD .* or switch to MAIL_MAILER=mailgun \(with composer require symfony\/mailgun-mailer symfony\/http-client\): the API driver needs no SMTP login, and its MAILGUN_SECRET is set already \(put the new key there once you rotate the one pasted here\)/);
    expect(text.slice(text.indexOf('Why I think so'))).not.toMatch(/Docker Compose|Mailgun API driver is set up/);
    expect(text).not.toContain('YOUR_DOMAIN');
    // (without the API driver's settings, the API is the generic alternative)
    expect(fullText(buildReply(diagnose(paste.replace(/MAILGUN_SECRET=\S+/, ''))))).toMatch(/or send through Mailgun's HTTP API \(MAIL_MAILER=mailgun, with MAILGUN_DOMAIN and MAILGUN_SECRET, and MAILGUN_ENDPOINT=api\.eu\.mailgun\.net for the domain's EU region\) instead/);
  });

  it("names Jakarta Mail's mail.smtps.auth kept on an smtp session as the missing login, with the login's domain as the sending domain", () => {
    const paste = 'jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2084)\nprops.put("mail.smtp.host", "smtp.eu.mailgun.org");\nprops.put("mail.smtp.port", "587");\nprops.put("mail.smtps.auth", "true");\nprops.put("mail.transport.protocol", "smtp");\nreturn new PasswordAuthentication("tracking@notify.parcel.example", System.getenv("MG_SMTP_PASS"));';
    const d = diagnose(paste);
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(false);
    expect(d.facts.mailgunDomain).toBe('notify.parcel.example');
    const text = fullText(buildReply(d));
    expect(text).toMatch(/switch the login on with mail\.smtps\.auth .* which reads only mail\.smtp\.auth/);
    expect(text).toMatch(/Fix: change mail\.smtps\.auth to mail\.smtp\.auth/);
    expect(text).not.toContain('YOUR_DOMAIN');
    // (the smtps protocol reads it: nothing to say there)
    const smtps = diagnose(paste.replace('"mail.transport.protocol", "smtp"', '"mail.transport.protocol", "smtps"').replace('mail.smtp.host', 'mail.smtps.host'));
    expect(fullText(buildReply(smtps))).not.toMatch(/Fix: change mail\.smtps\.auth/);
  });

  it("answers Grafana's own logfmt failure with where Grafana names its SMTP host and how its login is set, not the three cases", () => {
    const paste = 'grafana.ini is owned by the platform team. Account has mg.wind.example verified.\nlogger=notifications t=2025-01-22T13:05:42.390117655Z level=error msg="Failed to send email" error="550 5.7.1 Relaying denied" recipients=[oncall@wind.example]';
    const d = diagnose(paste);
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.recipient).toBe('oncall@wind.example');
    const text = fullText(buildReply(d));
    expect(text).toContain('seen while sending');
    expect(text).toMatch(/To find out, read host in grafana\.ini's \[smtp\] section \(or the GF_SMTP_HOST variable/);
    expect(text).toMatch(/Fix: in grafana\.ini's \[smtp\] section .* then restart Grafana \(the login is a whole address, such as postmaster@mg\.wind\.example\)/);
    expect(text).not.toContain('It is one of three things');
  });

  it("after a key rotation names the key's setting and recreates a Compose container, not the region", () => {
    const paste = "Friday the ops person deleted the contractor's Mailgun API key and created a new one, then ran docker compose up -d on the web node.\norder-worker-1  | [Error: Unauthorized] { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }\nworker's .env:\nMAILGUN_DOMAIN=mg.peak.example\nMAILGUN_API_KEY=9c4e1f0a7b2d83e65a0c1f9b4d7e2a38-3b7c9e1d-a52f6c08\nMAILGUN_URL=https://api.eu.mailgun.net";
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toMatch(/the API key sent is not valid \(any more\)\. The keys were changed just before this/);
    expect(text).toMatch(/The setting shown still holds a key written out \("MAILGUN_API_KEY=\[REDACTED\]"\): put the new key where that setting is, then run docker compose up -d for the service on every host that runs it/);
    expect(text).toMatch(/The requests go to the EU API host \(https:\/\/api\.eu\.mailgun\.net\) already/);
    expect(text).not.toMatch(/The domain is in the EU region: send its requests/);
    expect(text).not.toContain('9c4e1f0a7b2d83e65a0c1f9b4d7e2a38');
  });
});

describe('review 110 replies', () => {
  it("never shows a public validation key whole, and still says it is one", () => {
    const paste = 'MG_KEY = os.environ.get("MAILGUN_API_KEY", "pubkey-8c2d5f1a7e4b9d0c3f6a2e5b8d1c4f7a")\nrequests.post(f"https://api.mailgun.net/v3/{MG_DOMAIN}/messages", auth=("api", MG_KEY))\n401 Client Error: UNAUTHORIZED for url: https://api.mailgun.net/v3/mg.press.example/messages';
    const d = diagnose(paste);
    expect(d.kind).toBe('api-auth');
    expect(d.facts.secretsFound).toBe(true);
    const text = fullText(buildReply(d));
    expect(text).toContain('The key used is the public validation key');
    expect(text).not.toContain('8c2d5f1a7e4b9d0c3f6a2e5b8d1c4f7a');
  });

  it('names an API key written out as the SMTP password, and warns to revoke it as an API key', () => {
    const paste = "SMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password\n$mail->Host = 'smtp.mailgun.org';\n$mail->Username = 'postmaster@mg.interiors.example';\n$mail->Password   = '8c2f4e1a9b7d3c6e5f0a1b2c3d4e5f6a-6b0f4a1c-9e2d7b35';   // new key from API Security page";
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toMatch(/The settings give an API key as the password/);
    expect(text).toMatch(/looks like an API key \(set as the SMTP password\)\. .* delete that key on the API Security page/);
    expect(text).not.toContain('8c2f4e1a9b7d3c6e5f0a1b2c3d4e5f6a');
  });

  it("keeps a Nextcloud send whose server nobody remembers undetermined, and says where Nextcloud names its server and how its login is set", () => {
    const paste = 'Nextcloud admin sent a screenshot of Basic settings → Email server → "Send email" test:\n    Server address:   ████████  :  587\n    Authentication:   [ ] (unchecked)\n    (Error: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".)\nAdmin: "we have Mailgun for the newsletter and also an old Strato mailbox, I don\'t remember which one I put here".';
    const d = diagnose(paste);
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.client).toBe('nextcloud');
    const text = fullText(buildReply(d));
    expect(text).toMatch(/To find out, read Server address in Administration settings → Basic settings → Email server/);
    expect(text).toMatch(/Fix: in Administration settings → Basic settings → Email server, tick "Authentication required"/);
    // (said plainly that it goes through Mailgun: the outgoing answer)
    expect(diagnose(paste.replace(/Admin: .*/, 'Their Nextcloud sends through Mailgun SMTP.')).scenario).toBe('mailgun-outgoing');
  });
});

describe('review 111c replies', () => {
  it('says no "Relaying Denied error after all" beside a server\'s own coded words of another error', () => {
    const paste = 'Customer thinks this is the relaying denied thing.\nError: Can\'t send mail - all recipients were rejected: 421 Domain sandbox4c1e2f9a8b7d4e21a0c3b5d6e7f8a9b0.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.';
    const d = diagnose(paste);
    expect(d.kind).toBe('sandbox');
    expect(fullText(buildReply(d))).not.toContain('a Relaying Denied error after all');
  });
});

describe('review 110c replies', () => {
  it('tells a Vercel app whose variable names do not match to redeploy, not to restart', () => {
    const paste = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\nhost: 'smtp.eu.mailgun.org',\nauth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,\nVercel project env (Production):\nSMTP_USERNAME = postmaster@mg.x.example\nSMTP_PASS = (set)";
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toMatch(/then redeploy \(in Vercel, Deployments, then Redeploy\): a deployment keeps the variables it was built with/);
    expect(text.slice(text.indexOf('Why I think so'))).not.toContain('Vercel');
  });
});

describe('review 112c replies', () => {
  it('reads a template\'s placeholder password ("smtp password") as no secret, and a real one still as one', () => {
    expect(diagnose('# gitlab_rails[\'smtp_password\'] = "smtp password"\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(false);
    expect(diagnose('gitlab_rails[\'smtp_password\'] = "Xk29pq-secret"\n550 5.7.1 Relaying denied').facts.secretsFound).toBe(true);
  });
});

describe("the change's own review (stop 24)", () => {
  it('keeps a library word before punctuation, a denied API key in a comment and a belief without a quote out of the findings', () => {
    expect(diagnose('2024-05-01 10:00:01 smtp error: AUTH LOGIN failed: 535 5.7.0 Mailgun is not loving your login or password').facts.secretsFound).toBe(false);
    const denied = fullText(buildReply(diagnose("SMTP ERROR: Password command failed: 535 5.7.0 Mailgun is not loving your login or password\n$mail->Password = 'Hunter2Secret99';   // SMTP password, NOT the api key")));
    expect(denied).not.toMatch(/API key as the password|set as the SMTP password/);
    expect(diagnose("Sending via our app through smtp.mailgun.org, the server said: 554 5.7.1 Relaying denied\nHe claims auth is on but Mailgun's log says the session was not authenticated.").facts.authAttempted).toBe(false);
  });
  it('sets aside no relay refusal whose own line says the fix did not hold', () => {
    const paste = 'we thought that was fixed, but `SMTP Error: Relaying denied` is back\n\nNow this, debug output:\n2024-05-13 SERVER -> CLIENT: 535 5.7.0 Mailgun is not loving your login or password';
    expect(diagnose(paste).scenario).not.toBe('not-relaying-denied');
    expect(diagnose(paste.replace('we thought that was fixed, but', 'that one is resolved:').replace(' is back', '')).kind).toBe('auth-failure');
  });
  it('keeps a quoted or longer --auth-password value a secret, whatever word it starts with', () => {
    for (const paste of ['swaks --auth-password "in,Side2024" --to a@b.example', 'swaks --auth-password in.Side2024', 'swaks --auth-password to:pQ7 x']) {
      const d = diagnose(paste);
      expect(d.facts.secretsFound).toBe(true);
      expect(fullText(buildReply(d))).not.toMatch(/Side2024|pQ7/);
    }
  });
  it('joins no log line to a trace, a database host is no mail relay, and "on your end?" alone blames no Mailgun', () => {
    const logs = '2024-05-01 10:00:01 ERROR Failed to send mail to admin@customer.example via relay\nTraceback (most recent call last):\n2024-05-01 10:00:02 ERROR Failed to send mail to sales@customer.example via relay\nTraceback (most recent call last):\n550 5.7.1 Relaying denied';
    expect(diagnose(logs).facts.recipients).toEqual(['admin@customer.example', 'sales@customer.example']);
    expect(diagnose('database:\n  hostname: db01.internal.example\n  port: 5432\n550 5.7.1 Relaying denied').facts.host).toBeNull();
    expect(diagnose('Is it our fault, or is something wrong on your end?\nReporting-MTA: dns; mx.partner.example\nFinal-Recipient: rfc822; a@partner.example\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 <a@partner.example>: Relay access denied').facts.mailgunBlamed).toBe(false);
  });
  it('reads no reflexive "no se", no signing key, no denied account and no smtps session as this session\'s new causes', () => {
    expect(diagnose('WP Mail SMTP: SMTPAuth: bool(false)\nSMTP Error: The following recipients failed: a@x.example: Relaying denied\nHost: smtp.mailgun.org\n¿Es problema de WordPress o de Mailgun? No se envía nada').scenario).toBe('mailgun-outgoing');
    expect(fullText(buildReply(diagnose('Tom deleted the webhook signing key and created a new one.\n401 Unauthorized from https://api.mailgun.net/v3/mg.x.example/messages')))).not.toMatch(/most likely the old one/);
    const routes = diagnose('the route is in the main account, not in the old account.\n** a@in.x.example R=dnslookup T=remote_smtp H=mxa.mailgun.org: SMTP error from remote mail server after RCPT TO:<a@in.x.example>: 550 5.7.1 Relaying denied');
    expect(routes.evidence.map((e) => e.rule)).not.toContain('The paste says the Route was made in another Mailgun account');
    const smtps = 'SMTPAddressFailedException: 550 5.7.1 Relaying denied\nprops.put("mail.transport.protocol", "smtps");\nprops.put("mail.smtps.host", "smtp.mailgun.org");\nprops.put("mail.smtp.host", "smtp.mailgun.org");\nprops.put("mail.smtps.auth", "true");';
    expect(fullText(buildReply(diagnose(smtps)))).not.toMatch(/change mail\.smtps\.auth to mail\.smtp\.auth/);
  });
});

describe('review 113c: the replies say what the paste shows', () => {
  const reply = (paste: string) => fullText(buildReply(diagnose(paste)));

  it('quotes a relay refusal once, not again as "mentioned" from another line of the same bounce', () => {
    const d = diagnose("Remote Server returned '550 5.7.1 Relaying denied'\n\nReporting-MTA: dns;mail.sender.example\nFinal-Recipient: rfc822;r@eingang.example\nRemote-MTA: dns;mxb.eu.mailgun.org\nDiagnostic-Code: smtp;550 5.7.1 Relaying denied");
    const rules = d.evidence.map((e) => e.rule);
    expect(rules).toContain('The server replied with a relay refusal');
    expect(rules).not.toContain('A relay refusal is mentioned');
  });

  it('names one mailbox, not the domain, when the paste says other addresses there receive mail', () => {
    const paste = 'Event: Failed\nSeverity: Permanent\nRecipient: registrar@academy.example\nDomain: news.sender.example\n  Code: 550\n  Message: 5.7.1 Unable to relay for registrar@academy.example\n  MX host: exch01.academy.example\n\nOther staff at academy.example get the newsletter fine.';
    const text = reply(paste);
    expect(text).toContain('Other addresses at "academy.example" receive mail');
    expect(text).not.toContain('for typos, an old domain, or a domain that no longer receives mail');
    // (without those words, the reply still weighs the domain)
    expect(reply(paste.replace('\n\nOther staff at academy.example get the newsletter fine.', ''))).toContain('for typos, an old domain');
  });

  it("leads a 401 with the public validation key when the paste sends with one, and keeps the key's prefix only", () => {
    const d = diagnose('r = requests.post("https://api.mailgun.net/v3/mg.radio.example/messages",\n    auth=("api", "pubkey-4e1a9c7f2b8d0e3a6c5f1b9d7e2a4c8f"),\n    data={"from": "a@mg.radio.example"})\nprint(r.status_code, r.text)  # 401 Forbidden');
    const text = fullText(buildReply(d));
    expect(text).toContain('it authenticates with the public validation key');
    expect(text).not.toContain('4e1a9c7f2b8d');
    expect(JSON.stringify(d)).not.toContain('4e1a9c7f2b8d');
  });

  it('does not tell to keep a password the paste exposed, after a rotation', () => {
    const paste = "Laravel: we rotated the SMTP password yesterday, since then:\nExpected response code \"235\" but got code \"535\", with message \"535 5.7.0 Mailgun is not loving your login or password\".\n\nMAIL_MAILER=smtp\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=postmaster@mg.thistle.example\nMAIL_PASSWORD=Xk9dPq2LmN7vRt4w";
    const text = reply(paste);
    expect(text).not.toContain('only if the current one is lost');
    expect(text).toContain('Since the paste shows the password, set a new one');
  });

  it("keeps msmtp's own login and From when it only has auth off", () => {
    const paste = '--> MAIL FROM:<nas@mg.pellucid.example>\n<-- 250 Sender address accepted\n--> RCPT TO:<admin@other.example>\n<-- 550 5.7.1 Relaying denied\nmsmtp: server message: 550 5.7.1 Relaying denied\n\naccount default\nhost smtp.eu.mailgun.org\nport 587\nfrom nas@mg.pellucid.example\nauth off\nuser nas@mg.pellucid.example\npasswordeval "cat /etc/msmtp.pass"';
    const text = reply(paste);
    expect(text).toContain('its user nas@mg.pellucid.example line stays');
    expect(text).toContain('from           nas@mg.pellucid.example');
    expect(text).not.toContain('you@mg.pellucid.example');
  });

  it('answers a customer who thinks Mailgun is "blocking" it, quotes and all', () => {
    const d = diagnose('customer thinks Mailgun is "blocking" it.\n{"event": "failed", "recipient": "post@clinic.example", "delivery-status": {"code": 554, "message": "5.7.1 <post@clinic.example>: Relay access denied", "mx-host": "mail.clinic.example"}}');
    expect(d.facts.mailgunBlamed).toBe(true);
  });

  it("reads an MX left at the old host beside the provider the recipient now uses as a move, and quotes the event's field, not curl's filter", () => {
    const d = diagnose("$ curl -s --user 'api:REDACTED' -G https://api.eu.mailgun.net/v3/mg.kaffe.example/events --data-urlencode event=failed\n{\"items\": [{\"event\": \"failed\", \"severity\": \"permanent\", \"recipient\": \"post@clinic.example\", \"delivery-status\": {\"code\": 554, \"message\": \"5.7.1 <post@clinic.example>: Relay access denied\", \"mx-host\": \"mail.clinic.example\"}}]}\n\n`dig mx clinic.example` -> 10 mail.clinic.example, which is their old webhotel box; their website says they now use one.com.");
    expect(d.facts.recipientMailMoved).toBe(true);
    expect(d.evidence.find((e) => e.rule === 'A Mailgun failure event (Mailgun accepted the message)')?.excerpt).toBe('"event": "failed"');
  });

  it('leaves out "point the MX back" when the paste says the customer set the MX to Mailgun and has Routes (in German)', () => {
    const text = reply('Kunde hat die Domain vom US- in den EU-Account umgezogen (MX auf die EU-Server umgestellt). Die Routen hat er nicht angefasst.\n\nRemote Server returned \'550 5.7.1 Relaying denied\'\nFinal-Recipient: rfc822;rechnungen@eingang.example\nRemote-MTA: dns;mxb.eu.mailgun.org\nDiagnostic-Code: smtp;550 5.7.1 Relaying denied');
    expect(text).not.toContain('point its MX records back');
    expect(text).not.toContain('If the domain should not receive mail through Mailgun');
  });
});

describe('code review of round 113: replies that claimed too much', () => {
  const reply = (paste: string) => fullText(buildReply(diagnose(paste)));
  const failed = '{"event": "failed", "recipient": "jana@firma.example", "delivery-status": {"code": 550, "message": "5.7.1 Unable to relay for jana@firma.example", "mx-host": "mail.firma.example"}}';

  it('takes "other recipients get it fine" for no word about the one domain', () => {
    expect(reply(`Newsletter went out via Mailgun. Other recipients get it fine, just this one fails:\n${failed}`)).not.toContain('Other addresses at');
    expect(reply(`Other staff at firma.example get it fine, just this one fails:\n${failed}`)).toContain('Other addresses at "firma.example" receive mail');
  });

  it("does not say an msmtp account's login lines stay when the msmtprc shows none", () => {
    const paste = 'Mailgun dashboard shows login: postmaster@mg.acme.example\n\n/etc/msmtprc:\naccount default\nhost smtp.mailgun.org\nport 587\nauth off\nfrom app@mg.acme.example\n\nmsmtp: recipient address r@other.example not accepted by the server\nmsmtp: server message: 550 5.7.1 Relaying denied';
    const text = reply(paste);
    expect(text).not.toContain('line stays');
    expect(text).toContain('add them if the account has none');
  });

  it("asks for a new SMTP password only when the pasted password is the SMTP one, not a database's beside a password read from the environment", () => {
    const paste = 'We reset the SMTP password in Mailgun yesterday, since then:\nExpected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".\n\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=postmaster@mg.shop.example\nMAIL_PASSWORD="${MAILGUN_SMTP_PASSWORD}"\nDB_PASSWORD=Zr8kq2LmN4vP';
    expect(reply(paste)).not.toContain('Since the paste shows the password');
  });

  it('does not lead with the public validation key when the paste says it is not the one used', () => {
    const paste = "curl -s --user 'api:0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b' https://api.mailgun.net/v3/mg.shop.example/messages -F to=a@b.example\nHTTP/1.1 401 Unauthorized\nI double-checked it's the private API key from the dashboard, not the public validation key.";
    expect(reply(paste)).not.toContain('it authenticates with the public validation key');
  });
});

describe('review 114c: what the paste already settles', () => {
  const reply = (paste: string) => fullText(buildReply(diagnose(paste)));
  const ghost = (key: string) => `In Ghost Admin the newsletter is stuck at "Failed":\n[2025-03-12 09:00:03] ERROR Mailgun Error 401: Forbidden\n\n{\n  "mailgun_api_key": "${key}",\n  "mailgun_domain": "news.saltmarsh.example",\n  "mailgun_base_url": "https://api.eu.mailgun.net/v3"\n}`;

  it('tells Ghost to replace a pasted public validation key, keeps the EU region it already calls, and says no sending key leaked', () => {
    const text = reply(ghost('pubkey-3e1a9f0c7d2b84e6a5c1f9d03b7e2a48'));
    expect(text).toContain('replace the pubkey-… value with the private API key');
    expect(text).toContain('Keep the region EU');
    expect(text).not.toContain('set the region to EU');
    expect(text).toContain('so no sending credential leaked');
    expect(text).not.toContain('3e1a9f0c7d2b');
  });

  it('warns to rotate as ever when a private key is pasted beside the public one', () => {
    const text = reply(`${ghost('pubkey-3e1a9f0c7d2b84e6a5c1f9d03b7e2a48')}\ncurl --user 'api:0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b' https://api.eu.mailgun.net/v3/domains`);
    expect(text).not.toContain('so no sending credential leaked');
    expect(text).toContain('treat it as exposed and rotate it');
  });

  it("does not send a reader who moved to Microsoft 365 to check the address's spelling", () => {
    const text = reply('The recipient moved to Microsoft 365 in May.\n{"event": "failed", "severity": "permanent", "recipient": "r.bakshi@tallgrass.example", "delivery-status": {"code": 550, "enhanced-code": "5.7.54", "message": "5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "mx-host": "tallgrass-example.mail.protection.outlook.com"}}');
    expect(text).not.toContain('a misspelled domain is refused this way too');
    // (its MX host is the tenant's own: the MX records already point there, review 124c)
    expect(text).toContain('Keep "r.bakshi@tallgrass.example": it is most likely right');
  });

  it("names Microsoft 365, not Outlook.com's consumer addresses, for a block at a business domain's Microsoft host", () => {
    const event = (mx: string) => `{"event": "failed", "severity": "permanent", "recipient": "front@clinic.example", "delivery-status": {"code": 550, "message": "5.7.1 Unfortunately, messages from [198.61.254.21] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", "mx-host": "${mx}"}}`;
    expect(reply(event('clinic-example.mail.protection.outlook.com'))).toContain("Microsoft's mail service (here for the recipient's Microsoft 365 domain)");
    expect(reply(event('hotmail-com.olc.protection.outlook.com'))).toContain('Outlook.com (the Hotmail, Live, MSN and Outlook.com addresses)');
  });

  it('reads "US region" said of the account as its region, not a status page\'s words', () => {
    expect(diagnose('They\'re on a shared IP pool, US region.\n550 5.7.1 Relaying denied').facts.region).toBe('us');
    expect(diagnose('Status page: increased SMTP connection errors and timeouts in the US region.\n550 5.7.1 Relaying denied').facts.region).toBeNull();
  });
});

describe('review 115c: an SMTP login set to the API user', () => {
  it('names `api` with an API key as the HTTP API\'s login, and warns of the API key, not of an SMTP password', () => {
    const paste = 'Django, first they had "relaying denied" because EMAIL_HOST_USER was empty, so they put the API key in. Now:\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.0 Mailgun is not loving your login or password\')\n\nEMAIL_HOST = "smtp.mailgun.org"\nEMAIL_HOST_USER = "api"\nEMAIL_HOST_PASSWORD = "5d1e8a7c3b9f20e4a6c1d7b8e9f0a2c3-3750e1c2-9b4d7a1f"\nDEFAULT_FROM_EMAIL = "hello@mg.marrow.example"';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toContain("that is the user name of Mailgun's HTTP API (with an API key as its password), not an SMTP login");
    expect(text).toContain('an API key (set as the SMTP password)');
    expect(text).not.toContain('5d1e8a7c3b9f');
  });
});

describe('second code review of this session: the SMTP password pasted as the value of the variable read', () => {
  it('asks for a new password when the .env shows the value of the variable the config reads', () => {
    const paste = 'We reset the SMTP password in Mailgun yesterday, since then:\nExpected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".\n\n\'password\' => env(\'MAIL_PASSWORD\'),\n\n.env:\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=postmaster@mg.shop.example\nMAIL_PASSWORD=Qw7-hT9xLp2Zr4Vb';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).toContain('Since the paste shows the password, set a new one');
    expect(text).not.toContain('Qw7-hT9xLp2Zr4Vb');
  });
});

describe("msmtp's user line, of the account that has auth off only", () => {
  it("does not quote another account's user as the one to keep", () => {
    const paste = 'msmtp: server message: 550 5.7.1 Relaying denied\n\n/etc/msmtprc:\naccount personal\nhost smtp.gmail.com\nauth on\nuser me.private@gmail.com\n\naccount mailgun\nhost smtp.mailgun.org\nport 587\nauth off\nfrom app@mg.acme.example\n\naccount default : mailgun';
    const text = fullText(buildReply(diagnose(paste)));
    expect(text).not.toContain('user me.private@gmail.com line stays');
    expect(text).toContain('add them if the account has none');
  });
});

describe("the Fix line names the client's own login setting (review 116c)", () => {
  const fixLine = (paste: string) => buildReply(diagnose(paste)).summary.map(plain).find((line) => line.startsWith('Fix:')) ?? '';

  it('tells swaks to add --auth with the login, and no API alternative to a test tool', () => {
    const fix = fixLine('=== Trying smtp.eu.mailgun.org:587...\n=== Connected to smtp.eu.mailgun.org.\n<-  220 ESMTP\n -> EHLO ops\n<-  250-AUTH PLAIN LOGIN\n -> MAIL FROM:<alerts@mg.fernhollow.example>\n<-  250 Sender address accepted\n -> RCPT TO:<ops@kestrel.example>\n<** 550 5.7.1 Relaying denied\n$ swaks --server smtp.eu.mailgun.org:587 --tls --from alerts@mg.fernhollow.example --to ops@kestrel.example');
    expect(fix).toContain("--auth PLAIN --auth-user 'postmaster@mg.fernhollow.example'");
    expect(fix).not.toContain('HTTP API');
  });

  it("gives nodemailer's transport an auth object and python's smtplib a login() call", () => {
    expect(fixLine("Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE', command: 'RCPT TO'\nnodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587 }) sending from news@mg.orchid.example")).toMatch(/auth: \{ user: 'postmaster@mg\.orchid\.example', pass: .*nodemailer\.createTransport.*; or send through Mailgun's HTTP API instead\.$/);
    expect(fixLine("smtplib.SMTPRecipientsRefused: {'cfo@cattle.example': (550, b'5.7.1 Relaying denied')}\nserver = smtplib.SMTP('smtp.mailgun.org', 587)\nserver.starttls()\nserver.sendmail('reports@mg.cattle-co.example', ['cfo@cattle.example'], msg)")).toContain("server.login('postmaster@mg.cattle-co.example', password) after server.starttls()");
  });

  it("tells a cron job to define its login's variable in the crontab, with nothing to restart", () => {
    const fix = fixLine("nightly cron job:\nsmtplib.SMTPRecipientsRefused: {'cfo@cattle.example': (550, b'5.7.1 Relaying denied')}\n    server = smtplib.SMTP(\"smtp.mailgun.org\", 587)\n    if os.environ.get(\"SMTP_USER\"):\n        server.login(os.environ[\"SMTP_USER\"], os.environ[\"SMTP_PASS\"])\ncrontab has no env vars set");
    expect(fix).toContain('define SMTP_USER and the password\'s variable in the crontab');
    expect(fix).not.toMatch(/restart it/);
  });
});

describe('a paste that asks whether another error is a relay refusal (review 116c)', () => {
  const summaryOf = (paste: string) => buildReply(diagnose(paste)).summary.map(plain).join('\n');

  it('says why not, and that a 5.7.1 alone does not make one', () => {
    const summary = summaryOf("Failed · Permanent\nRecipient          t.b@hotmail.example\nMX host            hotmail-com.olc.protection.outlook.com\nDelivery status    550 5.7.1 Unfortunately, messages from [198.61.254.37] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).\nThey're asking if it's \"another relaying issue\" because of the 5.7.1.");
    expect(summary).toContain('A relay refusal says so in its words');
    expect(summary).toContain('The 5.7.1 alone does not make one');
  });

  it('answers the guess with the words alone when the code is no 5.7.x, and says nothing when nobody asked', () => {
    const asked = summaryOf('"Access denied" so they assume it\'s the same as relaying denied.\nFailed · Permanent\nTo: orders@larch.example\n\nDelivery status\n  code: 550\n  message: 5.4.1 Recipient address rejected: Access denied.\n  mx-host: larch-example.mail.protection.outlook.com');
    expect(asked).toContain('A relay refusal says so in its words');
    expect(asked).not.toContain('alone does not make one');
    expect(summaryOf('Failed · Permanent\nTo: orders@larch.example\n\nDelivery status\n  code: 550\n  message: 5.4.1 Recipient address rejected: Access denied.\n  mx-host: larch-example.mail.protection.outlook.com')).not.toContain('A relay refusal says so');
  });
});

describe("a job's report that the address went on the Bounces list (review 116c)", () => {
  it('says the address is on the list, without the boilerplate to stop sending to it', () => {
    const d = diagnose('2024/06/21 02:00:14 FAILED recipient=sam.o@gmail.example severity=permanent reason=bounce\n  delivery-status: code=550 enhanced=5.1.1 mx-host=gmail-smtp-in.l.google.com\n  message="5.1.1 The email account that you tried to reach does not exist."\n2024/06/21 02:00:14 suppression: added to bounces list for mg.quarry.example');
    expect(d.facts.suppression).toBe('bounce');
    const all = fullText(buildReply(d));
    expect(all).toContain("The address is now on the domain's Bounces list");
    expect(all).not.toContain('Stop sending to addresses that keep bouncing');
  });

  it('does not take a denial or a question for the list', () => {
    expect(diagnose('550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\nit was not added to the bounces list').facts.suppression).toBeNull();
  });
});

describe('the incoming Fix line writes the Route out (review 116c)', () => {
  it("says to correct a shown Route's expression, with the expressions for the address and its domain", () => {
    const d = diagnose('Routes: match_recipient(".*@claim.northgate.example") -> forward("https://hooks.northgate.example/intake")\nJun 10 09:14:02 mx2 postfix/smtp[2231]: 4Vx: to=<intake@claims.northgate.example>, relay=mxb.mailgun.org[34.1.2.3]:25, status=bounced (host mxb.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.scenario).toBe('mailgun-incoming');
    const all = fullText(buildReply(d));
    // (the Fix points at that one change: no route for the one address besides, review 129c)
    expect(all).toContain('correct its expression to match_recipient(".*@claims.northgate.example")');
    expect(all).toContain('Fix: change the Route as the paragraph above says (its expression only; its actions stay as they are).');
    expect(all).not.toContain('for it alone');
  });
});

describe("a recipient's move, refused by the domain's own server (review 116c)", () => {
  it('says the MX records still point at the old server', () => {
    const paste = 'the client moved to Microsoft 365 last month.\n{"event": "failed", "severity": "permanent", "recipient": "m.ok@lagosbuild.example", "delivery-status": {"code": 554, "message": "5.7.1 <m.ok@lagosbuild.example>: Relay access denied", "mx-host": "mail.lagosbuild.example"}}';
    const summary = buildReply(diagnose(paste)).summary.map(plain).join('\n');
    expect(summary).toContain(`the server that refused, "mail.lagosbuild.example", is the domain's own, not a provider's: the domain's MX records still point at the old server`);
    const atProvider = paste.replaceAll('mail.lagosbuild.example', 'lagosbuild-example.mail.protection.outlook.com');
    expect(buildReply(diagnose(atProvider)).summary.map(plain).join('\n')).not.toContain("is the domain's own");
  });
});

describe("Microsoft 365's MX host made for the refused domain itself (review 116c)", () => {
  const event = (mx: string) => `{"event": "failed", "severity": "permanent", "recipient": "accounts@brindle.com.au", "delivery-status": {"code": 550, "enhanced-code": "5.7.54", "message": "5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "mx-host": "${mx}"}}`;

  it('says the domain is spelled right and was dropped from its tenant', () => {
    const all = fullText(buildReply(diagnose(event('brindle-com-au.mail.protection.outlook.com'))));
    expect(all).toContain('The domain itself is spelled right');
    expect(all).toContain('Nothing in your setup needs to change: once they have fixed it, take the address off the Bounces list and send again.');
    expect(all).not.toContain('a misspelled domain is refused this way too');
  });

  it("keeps the spelling check for another domain's MX host", () => {
    const all = fullText(buildReply(diagnose(event('othername-com.mail.protection.outlook.com'))));
    expect(all).toContain('a misspelled domain is refused this way too');
    expect(all).not.toContain('The domain itself is spelled right');
  });
});

describe('someone weighing Mailgun asks whether it would fix a recipient refusal (review 116c)', () => {
  const bounce = (ask: string) => `${ask}\nFrom: MAILER-DAEMON@mail.veld.example\nSubject: Undelivered Mail Returned to Sender\n<inkoop@kroon.example>: host mx1.kroon.example[192.0.2.4] said: 554 5.7.1 <inkoop@kroon.example>: Relay access denied (in reply to RCPT TO command)`;

  it('answers no, in English or Dutch', () => {
    for (const ask of ['They ask: would switching to Mailgun fix this?', 'Ze vragen of Mailgun dit zou oplossen.']) {
      const d = diagnose(bounce(ask));
      expect(d.scenario).toBe('recipient-host');
      expect(fullText(buildReply(d))).toContain("Would Mailgun fix this? No: the recipient's server refuses mail for this address whoever delivers it");
    }
  });

  it('says nothing of it when nobody asked', () => {
    expect(fullText(buildReply(diagnose(bounce('Bounce our buyer got:'))))).not.toContain('Would Mailgun fix this?');
  });
});

describe('the undetermined reply names the sending domain it knows (review 116c)', () => {
  it("puts the domain's login in the outgoing case", () => {
    const all = fullText(buildReply(diagnose('They send order mail through Mailgun (mg.orchard.example) and receive replies@ with a route. Transcribed from a photo:\n\n    550 5.7.1 Relaying denied')));
    expect(all).toContain('for mg.orchard.example, a login such as postmaster@mg.orchard.example with its password');
  });
});

describe("Laravel's cached configuration after a password change (review 116c)", () => {
  const log = 'production.ERROR: Failed to authenticate on SMTP server with username "postmaster@mg.lark.example" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".';
  it('reads "rotated all the keys" in the dashboard as the SMTP password changed (review 121c)', () => {
    const all = fullText(buildReply(diagnose(`Laravel app. Yesterday their agency "rotated all the keys" in the Mailgun dashboard. Deploy script runs php artisan config:cache.\n${log}`)));
    expect(all).toContain('Run php artisan config:cache again (or the deploy that runs it), then php artisan queue:restart');
  });

  it('tells to rebuild the cache when the deploy runs config:cache', () => {
    const all = fullText(buildReply(diagnose(`Laravel app. They reset the SMTP password yesterday and updated .env. Deploy script runs php artisan config:cache.\n${log}`)));
    expect(all).toContain('Run php artisan config:cache again (or the deploy that runs it), then php artisan queue:restart');
    expect(fullText(buildReply(diagnose(`Laravel app. They reset the SMTP password yesterday and updated .env.\n${log}`)))).not.toContain('Run php artisan config:cache again');
  });
});

describe('a legacy API key written in the SMTP password setting (review 117c)', () => {
  it('says so first, with the Laravel commands that apply it', () => {
    const d = diagnose('production.ERROR: Failed to authenticate on SMTP server with username "postmaster@mg.orchard.example" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".\n.env:\nMAIL_MAILER=smtp\nMAIL_USERNAME=postmaster@mg.orchard.example\nMAIL_PASSWORD=key-7d2e91c4b0a8f3e65c1d9b7a204e8f13\nThey ran php artisan config:cache after the change.');
    expect(d.kind).toBe('auth-failure');
    const steps = (buildReply(d).sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toContain('The settings give an API key as the password ("MAIL_PASSWORD=key-[REDACTED]")');
    expect(steps[0]).toContain('then run php artisan config:cache and php artisan queue:restart');
    expect(JSON.stringify(buildReply(d))).not.toContain('7d2e91c4');
  });
});

describe('the SMTP password said to be used as the API key (review 117c)', () => {
  it('names it as the cause of the 401', () => {
    const d = diagnose('Go backend moved from SMTP to the HTTP API (mailgun-go).\nsend failed domain=mg.kellan.example err="UnexpectedResponseError URL=https://api.eu.mailgun.net/v3/mg.kellan.example/messages ExpectedOneOf=[200 202 204] Got=401 Error: Forbidden"\nTheir dev says "it\'s the same password we used for SMTP, so it must be right".');
    expect(d.kind).toBe('api-auth');
    expect((buildReply(d).sections[0]!.steps ?? []).map(plain)[0]).toContain('The paste says the SMTP password was put in as the API key');
  });
});

describe("Outlook's 5.7.509 DMARC refusal of a From domain other than the Mailgun domain (review 117c)", () => {
  it('names both domains and the ways out, without repeating a domain', () => {
    const d = diagnose('{"event": "failed", "severity": "permanent", "recipient": "guest@outlook.com", "envelope": {"sender": "bounce@vrnews.example"}, "delivery-status": {"code": 550, "message": "5.7.509 Access denied, sending domain VELVETROCK.EXAMPLE does not pass DMARC verification and has a DMARC policy of reject.", "mx-host": "outlook-com.olc.protection.outlook.com"}}\nMAILGUN_DOMAIN=vrnews.example');
    expect(d.kind).toBe('policy');
    const steps = (buildReply(d).sections[0]!.steps ?? []).map(plain);
    expect(steps[0]).toContain('The From address is at "velvetrock.example", but the mail went out through the Mailgun domain "vrnews.example"');
    expect(steps.join('\n')).toContain('or send From an address at "vrnews.example" and put');
    expect(steps.join('\n')).not.toContain('relaxed alignment that also covers a From address at the parent domain');
  });
});

describe('a deleted catch_all() Route (review 117c)', () => {
  it('is to be made again as the fallback, or narrowed to the domain', () => {
    const d = diagnose('Customer admits that on Friday someone "cleaned up old routes" in the dashboard and deleted the one with catch_all() because it looked like a spam risk.\nJun  3 10:22:41 mx2 postfix/smtp[88412]: 7F3A41C0B2E: to=<app-24-0917@parse.ridge.example>, relay=mxb.mailgun.org[34.102.123.9]:25, dsn=5.7.1, status=bounced (host mxb.mailgun.org[34.102.123.9] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))');
    expect(d.scenario).toBe('mailgun-incoming');
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:'));
    expect(fix).toContain('Fix: create the deleted catch_all() Route again, with the highest priority number');
    expect(fix).toContain('match_recipient(".*@parse.ridge.example")');
  });
});

describe("a wildcard route at the parent domain beside the subdomain's own routes (review 117c)", () => {
  it('says why it does not take the address, and how to widen it', () => {
    const d = diagnose('Routes:\n0  match_recipient("tickets@helpdesk.copper.example")  forward("https://hooks.copper.example/in"), stop()\n10 match_recipient(".*@copper.example")  forward("ops@copper.example")\nbut we have a wildcard route??\n<support@helpdesk.copper.example>: host mxa.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command)');
    expect(d.scenario).toBe('mailgun-incoming');
    const all = fullText(buildReply(d));
    expect(all).toContain('match_recipient(".*@copper.example") takes only addresses at exactly "copper.example": "support@helpdesk.copper.example" is at a subdomain of it');
    expect(all).toContain('match_recipient(".*@(.*\\.)?copper.example")');
  });
});

describe('login variables missing on Fly.io after a move from Heroku (review 117c)', () => {
  it("gives Fly's command, and Heroku's to read the old values", () => {
    const d = diagnose("They moved the app from Heroku to Fly.io last night. From fly logs:\nError: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied\n  code: 'EENVELOPE', command: 'RCPT TO'\nconst transport = nodemailer.createTransport({ host: 'smtp.eu.mailgun.org', port: 587, ...(process.env.SMTP_USER ? { auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } } : {}) });");
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('on Fly.io with fly secrets set SMTP_USER=… SMTP_PASS=…');
    expect(fix).toContain('heroku config:get SMTP_USER SMTP_PASS');
  });
});

describe('code review of session 26: replies', () => {
  it('never offers a public suffix as the domain to send From', () => {
    const d = diagnose('Copied from the Logs page for acme.co.uk:\nFailed · Permanent\nTo: bob@outlook.com\nFrom: shopowner@gmail.com\nCode: 550\nMessage: 550 5.7.509 Access denied, sending domain GMAIL.COM does not pass DMARC verification and has a DMARC policy of reject.\nMX host: outlook-com.olc.protection.outlook.com');
    const steps = (buildReply(d).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).toContain('"acme.co.uk"');
    expect(steps).not.toMatch(/at "co\.uk"/);
  });
});

describe("Exim told to avoid TLS to its smarthost (review 118c)", () => {
  it('names the macro as the cause: Debian sends the login only over TLS', () => {
    const d = diagnose('2025-03-11 03:15:03 1tryAc-0004Xw-2Q ** alerts@stone.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [185.250.239.22]: SMTP error from remote mail server after RCPT TO:<alerts@stone.example>: 550 5.7.1 Relaying denied\n/etc/exim4/passwd.client:\n*.mailgun.org:cron@mg.pellucid.example:S3cretPassw0rd\n/etc/exim4/conf.d/main/000_localmacros:\nREMOTE_SMTP_SMARTHOST_HOSTS_AVOID_TLS = *');
    expect(d.scenario).toBe('mailgun-outgoing');
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('Fix: remove REMOTE_SMTP_SMARTHOST_HOSTS_AVOID_TLS = *');
    expect(fix).toContain("Debian's Exim sends its login only over TLS");
  });
});

describe("WP Mail SMTP's constants in wp-config.php after a password change (review 118c)", () => {
  it('puts the new password in wp-config.php, not the greyed-out settings screen', () => {
    const d = diagnose("WP Mail SMTP Email Test failed. They reset the SMTP password yesterday and typed the new one into the plugin.\nErrorInfo: SMTP Error: Could not authenticate.\n535 5.7.0 Mailgun is not loving your login or password\nConstants: Yes\nwp-config.php:\ndefine( 'WPMS_SMTP_HOST', 'smtp.mailgun.org' );\ndefine( 'WPMS_SMTP_USER', 'postmaster@mg.bell.example' );");
    expect(d.kind).toBe('auth-failure');
    const steps = (buildReply(d).sections[0]!.steps ?? []).map(plain).join('\n');
    expect(steps).toContain("put the new password in wp-config.php's define( 'WPMS_SMTP_PASS', '…' ) line");
  });
});

describe("Jakarta Mail's Fix line under Spring Boot (review 118c)", () => {
  it('says Spring passes its username and password to the connection, and to check they reach the instance', () => {
    const d = diagnose("org.springframework.mail.MailSendException: Failed messages: org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Relaying denied\nspring:\n  mail:\n    host: smtp.mailgun.org\n    port: 587");
    expect(d.facts.client).toBe('jakarta-mail');
    const fix = buildReply(d).summary.map(plain).find((line) => line.startsWith('Fix:')) ?? '';
    expect(fix).toContain('Spring Boot spring.mail.username and spring.mail.password, which it passes to the connection itself');
  });
});

describe('code review of session 27 (the pastes in test/fixtures/review27)', () => {
  const reply = (name: string) => fullText(buildReply(diagnose(readFileSync(new URL(`../fixtures/review27/${name}.txt`, import.meta.url), 'utf8'))));

  it('still leans toward mail coming in beside a Japanese "can\'t send or receive mail" (送受信), which names no Mailgun', () => {
    expect(reply('j1')).toContain('What the paste says leans toward mail coming in');
  });

  it('answers "would Mailgun fix this?" for someone not on Mailgun, instead of listing Mailgun\'s three cases (review 121c)', () => {
    const text = reply('notyet1');
    expect(text).toContain('Would Mailgun fix this?');
    expect(text).toContain('Mailgun would be refused the same way');
    expect(text).not.toContain('It is one of three things');
  });

  it("says Debian's exim4 looks passwd.client up by the name DNS gives, beside an entry keyed by Mailgun's host name only (review 121c)", () => {
    const text = reply('exim-exact1');
    expect(text).toContain("Debian's exim4 looks the entry up by the name DNS gives the address it connects to");
    expect(text).toContain('*.mailgun.org:LOGIN:PASSWORD');
    expect(text).not.toMatch(/Fix: put the domain's SMTP login and password in .*passwd\.client/);
    // (the settings block shows the same wildcard key, not the entry the Fix blames)
    expect(text).toContain('*.mailgun.org:postmaster@mg.schreinerei-albrecht.de:YOUR_SMTP_PASSWORD');
    expect(text).not.toContain('smtp.eu.mailgun.org:postmaster@mg.schreinerei-albrecht.de:YOUR_SMTP_PASSWORD');
  });

  it('keeps Mailgun\'s three cases for a customer\'s "Hoping Mailgun can fix this today" (a hope, not the question)', () => {
    expect(reply('b-mf1')).toContain('It is one of three things');
    expect(reply('b-mf1')).not.toContain('Would Mailgun fix this?');
  });

  it('says nothing of "another address" for a route with the same address in other capitals', () => {
    expect(reply('rt2')).not.toContain('names another address');
  });

  it("keeps the login steps when the cause (Jakarta's useAuth false) says nothing of whether a login is set", () => {
    const text = reply('jk');
    expect(text).toContain("Get the domain's SMTP login and password from the Mailgun control panel");
    expect(text).not.toContain('need no change for this refusal');
  });
});

describe('an API key said to be put in the SMTP password setting (review 124c)', () => {
  const paste = 'We rotated the Mailgun API key yesterday (old one leaked in a public gist) and I updated MAIL_PASSWORD to the new key everywhere. Is Mailgun down?\nMAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=postmaster@mg.tidalroute.example\nMAIL_PASSWORD=4f9c1e7a2b3d58e06a7c9b1d2e3f4a5b-8f2d1c3a-77e1b0c4\n[2025-03-11 09:14:52] production.ERROR: Failed to authenticate on SMTP server with username "postmaster@mg.tidalroute.example" using the following authenticators: "LOGIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.0 Mailgun is not loving your login or password".';
  const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });

  it('says the API key went into the password setting, quoting what was done', () => {
    expect(text).toContain('The API key was put in the password setting');
    expect(text).toContain('updated MAIL_PASSWORD to the new key');
  });

  it('asks to rotate the API key, the secret the pasted password is', () => {
    expect(text).toContain('what looks like an API key (set as the SMTP password)');
    expect(text).not.toContain('4f9c1e7a2b3d58e06a7c9b1d2e3f4a5b');
  });

  it('reads no API key put anywhere from an unrelated mention of one', () => {
    const other = renderText(buildReply(diagnose(paste.replace('and I updated MAIL_PASSWORD to the new key everywhere', 'and updated the app'))), { ui: 'current' });
    expect(other).not.toContain('The API key was put in the password setting');
  });
});

describe("nodemailer's user and pass beside host, outside auth (review 124c)", () => {
  const paste = "export const smtp = {\n  host: 'smtp.eu.mailgun.org',\n  port: 587,\n  user: process.env.SMTP_LOGIN,      // postmaster@mg.kaffee.example\n  pass: process.env.SMTP_PASSWORD,\n};\nexport const transporter = nodemailer.createTransport({ ...smtp });\n{\"err\":{\"code\":\"EENVELOPE\",\"response\":\"550 5.7.1 Relaying denied\",\"responseCode\":550,\"command\":\"RCPT TO\",\"rejected\":[\"m.h@gmx.example\"]}}\nprintenv | grep SMTP shows both.";

  it('names the misplaced login as the cause and moves it into auth, sending nobody for credentials', () => {
    const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });
    expect(text).toContain('nodemailer reads a login only from auth: { user, pass }');
    expect(text).toContain('Fix: move them into an auth object');
    expect(text).not.toContain('auth: process.env.X ? { ... } : undefined');
  });

  it('finds nothing misplaced in a transport whose login is inside auth', () => {
    const inside = paste.replace('  user: process.env.SMTP_LOGIN,      // postmaster@mg.kaffee.example\n  pass: process.env.SMTP_PASSWORD,\n', '  auth: {\n    user: process.env.SMTP_LOGIN,\n    pass: process.env.SMTP_PASSWORD,\n  },\n');
    expect(renderText(buildReply(diagnose(inside)), { ui: 'current' })).not.toContain('Fix: move them into an auth object');
  });
});

describe('a recipient domain moved into Microsoft 365, its MX records already there (review 124c)', () => {
  it('sends nobody to check the MX records the Fix says need no change', () => {
    const d = diagnose('Supplier says they moved to Microsoft 365 last week. Logs page:\nFailed  Permanent\nTo: purchasing@verbena.example\nServer response: 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\nMX host: verbena-example.mail.protection.outlook.com');
    const text = renderText(buildReply(d), { ui: 'current' });
    expect(text).toContain('Their MX records need no change');
    expect(text).not.toContain("Check where the domain's MX records point now");
    expect(text).toContain('it is most likely right');
  });
});

describe("a backup MX's qmail rcpthosts refusal (review 125c)", () => {
  it('sends nobody to check for a misspelled domain when the backup MX refused', () => {
    const text = renderText(buildReply(diagnose('Failed • Permanent\nTo: accounts@pinewood.example\nServer response: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\nMX host: mx2.pinewood.example\n$ dig +short MX pinewood.example\n10 pinewood-example.mail.protection.outlook.com.\n20 mx2.pinewood.example.')), { ui: 'current' });
    expect(text).toContain("the domain's backup MX");
    expect(text).not.toContain('a misspelled domain is refused this way too');
  });
});

describe("an Exim bounce from the sender's own host, asked \"is this your relay blocking us?\" (review 125c)", () => {
  const paste = 'a prospect forwarded this bounce and asks "is this your relay blocking us?":\nFrom: Mail Delivery System <Mailer-Daemon@srv14.webhost.example>\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software.\n\n  dispatch@fernbridge.example\n    host mail.fernbridge.example [203.0.113.44]\n    SMTP error from remote mail server after RCPT TO:<dispatch@fernbridge.example>:\n    550 relay not permitted';

  it('answers that Mailgun is not in the path, naming the host that wrote the bounce', () => {
    const d = diagnose(paste);
    expect(d.facts.reportingMta).toBe('srv14.webhost.example');
    expect(d.facts.mailgunBlamed).toBe(true);
    expect(renderText(buildReply(d), { ui: 'current' })).toContain('No: Mailgun is not in this path. The report comes from "srv14.webhost.example"');
  });
});

describe("a plain HTTP call to the US API host for an EU domain (review 125c)", () => {
  it("gives the request's own URL with the EU host, not SDK options", () => {
    const paste = 'They added the domain mg.slatecrest.example in the EU region last week.\n>>> r = requests.post(\n...     "https://api.mailgun.net/v3/mg.slatecrest.example/messages",\n...     auth=("api", "9f2c41d7e0b8a6c3f5e1d9b7a2c4e6f8-3c9a1f7e-5b2d8e04"),\n...     data={"to": ["t@outlook.example"]})\n>>> r.status_code\n401\n>>> r.text\n\'Forbidden\'';
    const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });
    expect(text).toContain("Change the request's URL to https://api.eu.mailgun.net/v3/mg.slatecrest.example/messages");
    expect(text).not.toContain('mg.SetAPIBase');
  });
});

describe('a route for another address at the same domain (review 125c)', () => {
  const bounce = (route: string) => `Routes:\n0  match_recipient("${route}")  forward("https://desk.inkwell.example/inbound")\nFinal-Recipient: rfc822; support@inkwell.example\nRemote-MTA: dns; mxa.mailgun.org\nDiagnostic-Code: smtp; 550 5.7.1 Relaying denied`;
  const said = (route: string) => renderText(buildReply(diagnose(bounce(route))), { ui: 'current' });

  it('adds a route for the new address or widens the old one to take both', () => {
    expect(said('help@inkwell.example')).toContain('The route for "help@inkwell.example" takes that one address only');
    expect(said('help@inkwell.example')).toContain('match_recipient("^(help|support)@inkwell\\.example$")');
  });

  it('says nothing of it for a typo a letter away, nor for a pattern', () => {
    expect(said('suport@inkwell.example')).not.toContain('takes that one address only');
    expect(said('.*@other.example')).not.toContain('takes that one address only');
  });
});

describe('a route for the same address at another subdomain of the domain (review 125c)', () => {
  it('corrects the domain part: orders@inbound.x for mail to orders@in.x', () => {
    const paste = '$ swaks --to orders@in.juniper.example --server mxa.mailgun.org\n -> RCPT TO:<orders@in.juniper.example>\n<** 550 5.7.1 Relaying denied\nRoute from the Receiving tab:\nExpression: match_recipient("orders@inbound.juniper.example")\nActions: forward("https://api.juniper.example/mail/inbound"), stop()';
    const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });
    expect(text).toContain('another subdomain of juniper.example is another domain to a route. Correct its domain part, match_recipient("orders@in.juniper.example")');
  });
});

describe("Postfix's smtp_sasl_auth_enable commented out (review 125c)", () => {
  it('names the commented switch as the cause and uncomments it, keeping the login', () => {
    const paste = 'after the upgrade to 24.04 relaying fails; the password file is untouched so it can\'t be auth?\nJul 10 09:12:01 app postfix/smtp[2211]: 4WK: to=<ops@northwind.example>, relay=smtp.mailgun.org[34.1.2.3]:587, status=bounced (host smtp.mailgun.org[34.1.2.3] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))\n$ grep sasl /etc/postfix/main.cf\n#smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nrelayhost = [smtp.mailgun.org]:587\n$ cat /etc/postfix/sasl_passwd\n[smtp.mailgun.org]:587 postmaster@mg.kestrel.example:hunter2secret';
    const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });
    expect(text).toContain('smtp_sasl_auth_enable is commented out in main.cf');
    expect(text).toContain('Fix: uncomment smtp_sasl_auth_enable = yes in main.cf');
    expect(text).not.toContain("Get the domain's SMTP login and password from the Mailgun control panel");
  });
});

describe("a Django app on a sandbox domain (review 125c)", () => {
  it('names the settings that move to the own domain', () => {
    const paste = "smtplib.SMTPRecipientsRefused: {'jonas@posteo.example': (421, b'Domain sandbox4c1e8f0b2a7d4e6f9b3c5a1d7e2f8c04.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.')}\nEMAIL_HOST = \"smtp.mailgun.org\"\nEMAIL_HOST_USER = \"postmaster@sandbox4c1e8f0b2a7d4e6f9b3c5a1d7e2f8c04.mailgun.org\"\nDEFAULT_FROM_EMAIL = \"hello@sandbox4c1e8f0b2a7d4e6f9b3c5a1d7e2f8c04.mailgun.org\"";
    expect(renderText(buildReply(diagnose(paste)), { ui: 'current' })).toContain('(EMAIL_HOST_USER, EMAIL_HOST_PASSWORD and DEFAULT_FROM_EMAIL in the settings)');
  });
});

describe("django-anymail's 401 for an EU domain (review 126c)", () => {
  it("names anymail's own setting for the EU host", () => {
    const paste = "The new domain mg.alder.example was created in the EU region.\nanymail.exceptions.AnymailRequestsAPIError: Sending a message to p@alder.example from office@alder.example\nMailgun API response 401 (UNAUTHORIZED): 'Forbidden'\nEMAIL_BACKEND = \"anymail.backends.mailgun.EmailBackend\"\nANYMAIL = {\n    \"MAILGUN_SENDER_DOMAIN\": \"mg.alder.example\",\n}";
    const d = diagnose(paste);
    expect(d.facts.client).toBe('django');
    expect(renderText(buildReply(d), { ui: 'current' })).toContain('"MAILGUN_API_URL": "https://api.eu.mailgun.net/v3" in ANYMAIL');
  });
});

describe('code review of session 28 (the pastes in test/fixtures/review28)', () => {
  const { read, reply } = reviewPastes('review28');

  it("keeps a customer's mail quoted under a line that only names the macro or the draft", () => {
    expect(read('reply-to-macro-quoted').scenario).toBe('mailgun-outgoing');
    expect(read('drafting-reply-quoted-customer').scenario).toBe('mailgun-outgoing');
  });

  it('reads "Copied from the Mailgun logs" as seen there (only credentials copied from the dashboard are not)', () => {
    expect(read('copied-from-mailgun-logs').scenario).toBe('recipient-host');
  });

  it('reads no "send through us" in "sending via US region"', () => {
    expect(read('sending-via-us-region').scenario).toBe('mailgun-incoming');
  });

  it('keeps a host setting whose value the paste gives ("The MAIL_HOST value is smtp.mailgun.org ... I don\'t know why")', () => {
    expect(read('host-value-shown').scenario).toBe('mailgun-outgoing');
  });

  it('reverses a thread only by its own "newest first" label, not a remark about a log view', () => {
    expect(read('thread-newest-first-logs').kind).toBe('auth-failure');
  });

  it("gives no 'seen while sending' reply where an app is only named beside a bounce of incoming mail", () => {
    expect(reply('app-prose-incoming')).not.toContain('This is a Relaying Denied error, seen while sending');
    // (a customer writing to contact@: it leans toward mail coming in)
    expect(reply('app-prose-incoming')).toContain('leans toward mail coming in');
  });

  it('reads no API key put in the password setting from "We did NOT put the API key in MAIL_PASSWORD"', () => {
    expect(reply('apikey-negated')).not.toContain('The API key was put in the password setting');
    expect(reply('apikey-negated')).not.toContain('(set as the SMTP password)');
  });

  it("gives mailgun.js's client option, not a URL, when the client is shown beside a debug line's US URL", () => {
    expect(reply('mailgunjs-eu-url')).toContain("In mailgun.js, give the client the EU host");
    expect(reply('mailgunjs-eu-url')).not.toContain("Change the request's URL");
  });

  it('gives no one-address route sentence for a tagged address (reply+t48213@)', () => {
    expect(reply('route-plus-tag')).not.toContain('takes that one address only');
  });

  it("finds no login outside auth when the transport gets it as the shorthand `auth,`", () => {
    expect(reply('nodemailer-auth-shorthand')).not.toContain('not inside auth');
  });
});

describe("Exim's passwd.client keyed to the other region's host (review 126c)", () => {
  it("asks for the new region's domain credentials, not 'need no change'", () => {
    const paste = "Domain neu angelegt in der EU-Region.\n2024-06-18 07:02:44 1sJT9g-000Bx2-2C ** kari@gmail.example R=smarthost T=remote_smtp_smarthost H=smtp.eu.mailgun.org [185.250.239.1]: SMTP error from remote mail server after RCPT TO:<kari@gmail.example>: 550 5.7.1 Relaying denied\n/etc/exim4/update-exim4.conf.conf:\ndc_smarthost='smtp.eu.mailgun.org::587'\n/etc/exim4/passwd.client:\nsmtp.mailgun.org:postmaster@mg.holzwerk.example:********";
    const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });
    expect(text).toContain('put in the SMTP login and password of the domain in the EU region');
    expect(text).not.toContain('The login and password in that file need no change');
  });
});

describe('a refusal that pops up in the sending program (review 126c)', () => {
  it("asks which SMTP server the program uses, not where the error was seen", () => {
    const paste = 'cliente dice que al enviar facturas desde su ERP les salta un pop-up con esto:\n\n`550 5.7.1 Relaying denied`\n\nNo sé si el ERP manda por Mailgun o por su propio servidor de correo.';
    const text = renderText(buildReply(diagnose(paste)), { ui: 'current' });
    expect(text).toContain('Which SMTP server is the sender set to use?');
    expect(text).toContain('ask for the mail settings of the program that showed it');
    expect(text).not.toContain('Where did you see this error?');
  });

  it('keeps the three cases for a bounce someone got when sending', () => {
    const text = renderText(buildReply(diagnose('when they send to ana@x.example a bounce comes back: 550 5.7.1 Relaying denied')), { ui: 'current' });
    expect(text).not.toContain('ask for the mail settings of the program that showed it');
  });
});

describe("qmail's bounce from the sender's own host, asked if it's \"a Mailgun thing\" (review 126c)", () => {
  it('names the reporting host and says Mailgun is not in the path', () => {
    const paste = 'A customer forwarded this, asking if it\'s "a Mailgun thing":\nHi. This is the qmail-send program at mail.orchard-hosting.example.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<sales@pinecrest.example>:\n185.53.177.20 does not like recipient.\nRemote host said: 553 sorry, that domain isn\'t in my list of allowed rcpthosts (#5.7.1)\nGiving up on 185.53.177.20.';
    const d = diagnose(paste);
    expect(d.facts.reportingMta).toBe('mail.orchard-hosting.example');
    expect(renderText(buildReply(d), { ui: 'current' })).toContain('No: Mailgun is not in this path. The report comes from "mail.orchard-hosting.example"');
  });
});

describe('second code review of session 28 (the pastes in test/fixtures/review28b)', () => {
  const { read, reply } = reviewPastes('review28b');

  it('keeps "the app never logs in" after another person\'s guess in the same sentence ("thinks it\'s the firewall, but ...")', () => {
    expect(read('thinks-but-never-logs-in').scenario).toBe('mailgun-outgoing');
  });

  it('still takes a password decoded from a literal (base64.b64decode("...")) for a secret', () => {
    expect(read('base64-password').facts.secretsFound).toBe(true);
  });

  it("names no SMTP settings in a sandbox fix for an API transport (anymail, Laravel's mailgun driver)", () => {
    expect(reply('anymail-sandbox')).not.toContain('EMAIL_HOST_USER');
    expect(reply('laravel-mailgun-driver-sandbox')).not.toContain('MAIL_USERNAME');
  });

  it('reads "set up SMTP auth, here\'s their config" as prose, not the shorthand `auth,`', () => {
    expect(reply('config-auth-prose')).toContain('not inside auth');
  });

  it('reverses "internal notes, newest first" too', () => {
    expect(read('notes-comma-newest-first').kind).toBe('auth-failure');
  });

  it('says nothing is commented out when a live smtp_sasl_auth_enable = yes follows the commented one', () => {
    expect(reply('postfix-commented-and-set')).not.toContain('commented out');
  });

  it("asks which server an app uses for its own failed test, on the line above or in Jira's words", () => {
    expect(reply('zabbix-two-lines')).toContain('Which SMTP server is the sender set to use?');
    expect(reply('jira-one-line')).toContain('Which SMTP server is the sender set to use?');
  });
});

describe('a page of events whose relay refusal was retried and delivered (session 29)', () => {
  const { read, reply } = reviewPastes('session29');

  it("answers from the lasting failure, another address's full mailbox, and says the relay refusal needs nothing", () => {
    const d = read('relay-retried-beside-mailbox-full');
    expect([d.scenario, d.kind, d.facts.recipient]).toEqual(['not-relaying-denied', 'mailbox-full', 'otto.berg@fjordlane.no']);
    expect(reply('relay-retried-beside-mailbox-full')).toContain('The relay refusal on the page, for "lena.holm@brackwater.se", was temporary');
  });

  it('keeps the relay refusal when the delivery shown came before it', () => {
    expect(read('delivered-before-relay-failure').scenario).toBe('recipient-host');
  });
});

describe('replies read in full in review 127c', () => {
  const { read, reply } = reviewPastes('pastes127c');

  it('takes a route back that its writer says he deleted after all ("... wait no, that\'s the one I deleted too?")', () => {
    expect(read('c127-08').facts.routes).toEqual([]);
    expect(reply('c127-08')).not.toContain('no new route is needed');
  });

  it('blames the variable the person says got removed, reads `pwd = os.environ.get(...)` as the password, and sets it in Lambda without a restart', () => {
    const d = read('c127-02');
    expect([d.facts.loginFromEnv, d.facts.passwordFromEnv]).toEqual(['os.environ.get("MG_SMTP_PASS")', 'os.environ.get("MG_SMTP_PASS")']);
    const text = reply('c127-02');
    expect(text).toContain('takes its SMTP password from os.environ.get("MG_SMTP_PASS")');
    expect(text).toContain("in the Lambda function's configuration");
    expect(text).not.toContain('MAILGUN_SMTP_PASSWORD');
  });

  it("reads variables named in a sentence (\".env.worker has MAILGUN_SMTP_LOGIN=... and ...\") as the ones set, and recreates the Compose container", () => {
    const text = reply('c127-01');
    expect(text).toContain('The configuration reads its SMTP login from SMTP_USER, but the deployment shown sets MAILGUN_SMTP_LOGIN');
    expect(text).toContain('then run docker compose up -d for the service');
  });

  it('answers "is t-online blocking us?" and "is northwindlumber.ca rejecting us?" with whose side it is', () => {
    for (const name of ['c127-02', 'c127-06']) expect(reply(name)).toContain("Whose side is it on? The sender's");
  });
});

describe("Postfix's relayhost without the brackets its sasl_passwd key has (review 127c)", () => {
  const { reply } = reviewPastes('pastes127c');

  it('changes the relayhost to the key, as the settings block does, and leaves the key alone', () => {
    const text = reply('c127-05');
    expect(text).toContain('Fix: write relayhost exactly like the sasl_passwd key, relayhost = [smtp.mailgun.org]:587');
    expect(text).not.toContain('make the sasl_passwd key exactly the relayhost value');
    expect(text).not.toContain('Change only the key');
  });
});

describe('an API key said to be tried as the SMTP password (review 127c)', () => {
  it('says which secret the password field takes', () => {
    expect(reviewPastes('pastes127c').reply('c127-03')).toContain("The password field takes the SMTP password of the domain's SMTP login, not an API key");
    const plain = diagnose('WP Mail SMTP test: SMTP Error: The following recipients failed: a@b-shop.example: Relaying denied\nHost smtp.mailgun.org, Authentication: Off. We did not use the API key as password.');
    expect(plain.evidence.map((e) => e.rule)).not.toContain('The paste says the API key was used as the SMTP password');
  });
});

describe('"Do I need to add --auth to swaks?" for a test at the inbound MX (review 127c)', () => {
  it('answers no: the inbound MX takes no login, a Route is what it needs', () => {
    expect(reviewPastes('pastes127c').reply('c127-10')).toContain("Do you need to log in (SMTP credentials, swaks's --auth)? No:");
  });
});

describe('a provider\'s domain with "mail" added, yandex-mail.ru (review 127c)', () => {
  it('is answered as a typo of yandex.ru, with no administrator to ask and the mistyped address left on the Bounces list', () => {
    const text = reviewPastes('pastes127c').reply('c127-13');
    expect(text).toContain('is yandex.ru with "mail" added to its name');
    expect(text).not.toContain('mail administrator must set up their server');
    expect(text).toContain('for a mistyped address, that is what you want');
  });
});

describe('"we need to ask them to whitelist Mailgun. Right?" (review 127c)', () => {
  it('answers no for an address the recipient\'s server does not have, and says nothing of it where nobody asked', () => {
    expect(reviewPastes('pastes127c').reply('c127-18')).toContain('Would whitelisting help? No:');
    expect(reviewPastes('pastes127c').reply('c127-13')).not.toContain('Would whitelisting help?');
  });
});

describe('replies read in full in review 128c', () => {
  const { read, reply } = reviewPastes('pastes128c');

  it('answers "do we need an allowlist?" for an unauthenticated send, an unknown address and a mistyped one', () => {
    expect(reply('c128-06')).toContain('Would whitelisting help? No: nothing here was refused for its IP address.');
    expect(reply('c128-18')).toContain('Would whitelisting help? No:');
    expect(reply('c128-13')).toContain('Would whitelisting help? No: the refused address is most likely wrong');
  });

  it("reads the company's own address with its country code as what a refused `.co` address meant", () => {
    expect(read('c128-13').facts.similarAddress).toBe('accounts@northgateplumbing.co.uk');
  });
});

describe('a shop platform\'s SMTP form asked "my Mailgun account login, or the API key?" (review 128c)', () => {
  const { read, reply } = reviewPastes('pastes128c');

  it('says neither, names the domain and region said ("My Mailgun domain is x (US)"), and lists no port twice', () => {
    expect([read('c128-05').facts.mailgunDomain, read('c128-05').facts.region]).toEqual(['shop.saffronandslate.com', 'us']);
    const text = reply('c128-05');
    expect(text).toContain('not an API key (nor the password you sign in to Mailgun with)');
    expect(text).toContain('2525 with STARTTLS (or 465 with TLS, 587, 25)');
    expect(text).not.toContain('STARTTLS as in the paste');
  });

  it('advises deleting an API key pasted into MAIL_PASSWORD "from the API Security page", not a new SMTP password', () => {
    expect(reply('c128-16')).toContain('delete that key on the API Security page');
  });
});

describe('"can we resend?" (review 128c)', () => {
  const { reply } = reviewPastes('pastes128c');

  it('answers by what became of the message: refused at the inbound MX, suppressed after a permanent refusal, still being retried', () => {
    expect(reply('c128-08')).toContain('Will it be sent again? Yes, once the Route is in place');
    expect(reply('c128-11')).toContain("Will it be sent again? Not as things are: sent again now, it is refused the same way (and while the address is on the domain's Bounces list, Mailgun drops it without trying). Once the recipient's side is fixed, take the address off the Bounces list and send it again");
    expect(reply('c128-14')).toContain('Will it be sent again? Not yet: the refusal is temporary');
    expect(reply('c128-04')).not.toContain('Will it be sent again?');
  });
});

describe('a domain moved from an agency\'s Mailgun account into "our own new Mailgun account" (review 128c)', () => {
  it('says Routes stay with the old account and are made again in the new one', () => {
    expect(reviewPastes('pastes128c').reply('c128-09')).toContain('Fix: the paste says the domain moved to another (sub)account, and Routes belong to the account');
  });
});

describe('a temporary relay refusal of several addresses at one domain (review 128c)', () => {
  it("points at the domain's mail server, not at one address's typos", () => {
    const text = reviewPastes('pastes128c').reply('c128-14');
    expect(text).toContain('3 addresses at "oakhollowschools.org" are refused alike');
    expect(text).not.toContain('for typos');
  });
});

describe("a Go CronJob's own log line `auth=false`, and its login read as `u := os.Getenv(...)` (review 128c)", () => {
  it('takes the log line for no setting, and finds the variable the Secret does not set', () => {
    const text = reviewPastes('pastes128c').reply('c128-01');
    expect(text).not.toContain('auth=true in place of auth=false');
    expect(text).toContain('The configuration reads its SMTP login from SMTP_USERNAME, but the deployment shown sets MAILGUN_SMTP_LOGIN');
  });
});

describe('code review of session 29', () => {
  const { read, reply } = reviewPastes('review29');

  it('keeps a thread message that says "I\'m not closing this." (no ticket marked solved)', () => {
    expect(read('not_closing').scenario).toBe('mailgun-outgoing');
  });

  it('takes back only the route named just before "that\'s the one I deleted", not a live one before it', () => {
    expect(read('route_taken_back').facts.routes).toContain('match_recipient(".*@harrowgate.scot")');
  });

  it('reads "They gave us dashboard access" as no region', () => {
    expect(read('us_dashboard').facts.region).toBe('eu');
  });

  it('takes no Mailgun domain said deleted for the login', () => {
    expect(reply('old_mailgun_domain')).not.toContain('postmaster@mg.oakridgetea.com');
  });

  it('keeps a refusal "since last week" (desde a semana passada) current', () => {
    expect(read('desde_semana_passada').scenario).toBe('mailgun-outgoing');
  });

  it('claims no Mailgun allowlist does not exist', () => {
    expect(reply('allowlist_outgoing')).not.toContain('keeps no allowlist');
  });

  it('takes zohomail.com, a real domain, for no typo', () => {
    expect(reply('zohomail')).not.toMatch(/typo/i);
  });

  it('hears no resend question in the provider\'s name ("moved from Resend to Mailgun")', () => {
    expect(reply('resend_esp')).not.toContain('Will it be sent again?');
  });

  it('hears no SMTP login question in "their login to the Mailgun dashboard"', () => {
    expect(reply('dashboard_login')).not.toContain('Do you need to log in');
  });

  it('finds no secret in "The new password is 1Password-generated"', () => {
    expect(read('onepassword').facts.secretsFound).toBe(false);
  });
});

describe('replies read in full in review 129c', () => {
  const { read, reply } = reviewPastes('pastes129c');

  it('reads "the patient changed jobs recently" as a retired address, to send to the new one', () => {
    expect(read('c129-13').facts.recipientAddressChanged).toBe(true);
    expect(reply('c129-13')).toContain("Will it be sent again? Yes, to the recipient's new address");
  });

  it('reads "one of about 40 addresses ... and ALL of them fail" as the whole domain refused', () => {
    expect(reply('c129-12')).toContain('This refusal is about the domain, not one address');
  });

  it('answers "Do we need to add SMTP auth somewhere in Laravel?" for a delivery the recipient\'s server refused', () => {
    expect(reply('c129-11')).toContain('Do you need to add a login (SMTP authentication)? No: Mailgun accepted your message');
  });

  it('after a reset the person says they put in, checks the login and a stray blank instead of "the old one"', () => {
    const text = reply('c129-16');
    expect(text).toContain('the paste says the new one was put in');
    expect(text).not.toContain('still has the old one');
  });

  it('sets the variables of an app in Kubernetes in its Secret, with the rollout restart that makes pods read them', () => {
    expect(reply('c129-01')).toContain('kubectl rollout restart deployment/NAME');
  });

  it("offers no route for the one address beside a shown route's correction", () => {
    expect(reply('c129-09')).not.toContain('for it alone');
  });
});

describe('second code review of session 29', () => {
  const { read, reply } = reviewPastes('review29b');

  it('reads "They switched their company email to Microsoft 365" as a move of the mail, not a new address', () => {
    expect(read('company_mail_moved').facts.recipientAddressChanged).toBe(false);
  });

  it("keeps an email chain's quoted message that holds the current error as well as the old refusal", () => {
    expect(read('chain_same_message').kind).toBe('auth-failure');
  });

  it('keeps a customer\'s quoted report that the error is "still happening, same error"', () => {
    expect(read('quoted_still').scenario).toBe('mailgun-outgoing');
  });

  it("takes no route made for the refused recipient's own domain for the Mailgun domain", () => {
    expect(read('route_for_recipient_outgoing').facts.mailgunDomain).toBeNull();
    expect(read('route_for_recipient').facts.mailgunDomain).toBeNull();
  });

  it("takes no database user's variable for the SMTP login", () => {
    expect(read('go_db_user').facts.loginFromEnv).toBe('os.Getenv("SMTP_USERNAME")');
  });

  it("reads every key a Secret's comment lists, and no crontab for a Kubernetes CronJob", () => {
    const text = reply('secret_keys_four');
    expect(text).toContain('the deployment shown sets MAILGUN_SMTP_LOGIN');
    expect(text).not.toMatch(/crontab/i);
  });

  it("keeps the key-changing Fix for an EU domain whose sasl_passwd key names the US host", () => {
    expect(reply('postfix_eu_key')).not.toContain('Fix: write relayhost exactly like the sasl_passwd key, relayhost = [smtp.mailgun.org]');
  });

  it('asks no change of a shown route beside a near miss that may be the sender\'s typo', () => {
    expect(reply('route_sender_typo')).not.toContain('Fix: change the Route as the paragraph above says');
  });

  it('answers "can it be sent again?" in line with the Fix: MX records not meant for Mailgun, a wrong host, a delivery after retries', () => {
    expect(reply('resend_mx_not_meant')).toContain("Yes, once the domain's MX records point at its real mail server again");
    expect(reply('resend_app_to_mx')).not.toContain('once the sender logs in');
    expect(reply('resend_delivered_later')).toContain('No need: the paste shows the message delivered');
  });

  it('hears no API key in the SMTP password field in "we use the Mailgun API key for password reset emails"', () => {
    expect(reply('api_key_password_reset')).not.toContain('The password field takes');
  });
});
