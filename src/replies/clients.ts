/**
 * What to set in each SMTP client so it logs in to Mailgun: one table row per client.
 * Templates use {host}, {port}, {login}, {user} (the login as the language writes it: quoted, or read from the
 * paste's own variable), {loginUrl} (URL-encoded), {domain}, {from} (a From address at it), {recipient} and {connector}
 * (Exchange's send connector); other braces (C#, Go's `[]string{to}`, Ruby) are left alone. Passwords are never filled
 * in: they come from the environment.
 */
import type { ClientId } from '../diagnosis/types.js';
import type { CodeSnippet } from './model.js';

interface ClientSnippet {
  title: string;
  language: string;
  template: string;
  /** How the language reads an environment variable (`NAME` stands for it): `{user}` then reads the paste's own login variable. */
  readEnv?: string;
  /** The quote around a literal login in the template's language (`{user}` otherwise). */
  quote?: string;
  /** The template's changes for port 465 with TLS from the start (implicit TLS), as pairs of what to replace and with what. */
  implicitTls?: Array<[string, string]>;
}

const GENERIC: ClientSnippet = {
  title: 'any SMTP client',
  language: 'text',
  template: `SMTP server:    {host}
Port:           {port} with STARTTLS (or {otherPorts})
Authentication: on (PLAIN or LOGIN)
Username:       {login}
Password:       the domain's SMTP password`,
};

const CLIENT_SNIPPETS: Record<ClientId, ClientSnippet> = {
  nodemailer: {
    title: 'nodemailer transport',
    language: 'javascript',
    template: `const transporter = nodemailer.createTransport({
  host: '{host}',
  port: {port},
  secure: false, // STARTTLS on {port}
  auth: { user: {user}, pass: process.env.{passwordVar} },
});`,
    readEnv: 'process.env.NAME',
    quote: "'",
    implicitTls: [['secure: false, // STARTTLS on {port}', 'secure: true, // TLS from the start on {port}']],
  },
  phpmailer: {
    title: 'PHPMailer',
    language: 'php',
    template: `{php}->isSMTP();
{php}->Host = '{host}';
{php}->Port = {port};
{php}->SMTPSecure = 'tls'; // STARTTLS (PHPMailer::ENCRYPTION_STARTTLS)
{php}->SMTPAuth = true;
{php}->Username = {user};
{php}->Password = getenv('{passwordVar}');`,
    readEnv: "getenv('NAME')",
    quote: "'",
    implicitTls: [["SMTPSecure = 'tls'; // STARTTLS (PHPMailer::ENCRYPTION_STARTTLS)", "SMTPSecure = 'ssl'; // TLS from the start (PHPMailer::ENCRYPTION_SMTPS)"]],
  },
  'python-smtplib': {
    title: 'Python smtplib',
    language: 'python',
    template: `with smtplib.SMTP('{host}', {port}) as smtp:
    smtp.starttls()
    smtp.login({user}, os.environ['{passwordVar}'])
    smtp.send_message(msg)`,
    readEnv: "os.environ['NAME']",
    quote: "'",
    implicitTls: [['smtplib.SMTP(', 'smtplib.SMTP_SSL('], ['    smtp.starttls()\n', '']],
  },
  postfix: {
    title: 'Postfix relayhost with SASL',
    language: 'ini',
    template: `# /etc/postfix/main.cf
relayhost = [{host}]:{port}
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = {saslMap}
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt

# {saslPath}, then: {saslApply}
# (its key must be exactly the relayhost value, brackets and port included, or Postfix sends no login)
[{host}]:{port} {login}:YOUR_SMTP_PASSWORD`,
  },
  exim: {
    title: 'Exim smarthost (Debian/Ubuntu exim4)',
    language: 'ini',
    template: `# /etc/exim4/update-exim4.conf.conf
# (keep 'satellite' if that is what it says: both send everything through dc_smarthost)
dc_eximconfig_configtype='smarthost'
dc_smarthost='{host}::{port}'

# /etc/exim4/passwd.client, then: update-exim4.conf && systemctl restart exim4
# (its first field is matched against the name DNS gives the server's address, which may not be {host}: if the login is
#  not sent, use a pattern that takes that name, *.mailgun.org, or * on a machine that sends only through Mailgun)
{passwdKey}:{login}:YOUR_SMTP_PASSWORD`,
  },
  symfony: {
    title: 'Symfony Mailer (.env)',
    language: 'ini',
    // (a DSN is a URL: the login's @ and a password's special characters must be percent-encoded)
    template: `MAILER_DSN=smtp://{loginUrl}:YOUR_SMTP_PASSWORD@{host}:{port}
# the password URL-encoded too: # as %23, / as %2F, : as %3A, @ as %40, % as %25, + as %2B`,
    implicitTls: [['MAILER_DSN=smtp://', 'MAILER_DSN=smtps://']],
  },
  laravel: {
    title: 'Laravel (.env)',
    language: 'ini',
    template: `MAIL_MAILER=smtp
MAIL_HOST={host}
MAIL_PORT={port}
MAIL_USERNAME={login}
MAIL_PASSWORD=YOUR_SMTP_PASSWORD
MAIL_ENCRYPTION=tls
# then: php artisan config:cache, or config:clear where the deploy does not cache it (a cached config keeps the old values),
# and php artisan queue:restart for queued mail`,
    implicitTls: [['MAIL_ENCRYPTION=tls', 'MAIL_ENCRYPTION=ssl']],
  },
  'jakarta-mail': {
    title: 'Spring Boot / Jakarta Mail',
    language: 'properties',
    template: `spring.mail.host={host}
spring.mail.port={port}
spring.mail.username={user}
spring.mail.password=\${{passwordVar}}
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
# Plain Jakarta Mail: the same mail.smtp.* properties, then Transport.send(msg, login, password)`,
    readEnv: '${NAME}',
    quote: '',
    implicitTls: [['spring.mail.properties.mail.smtp.starttls.enable=true', 'spring.mail.properties.mail.smtp.ssl.enable=true']],
  },
  'dotnet-smtpclient': {
    title: '.NET SmtpClient',
    language: 'csharp',
    // A using block, not a using declaration: .NET Framework projects compile C# 7.3 by default.
    template: `using (var client = new SmtpClient("{host}", {port}))
{
    client.EnableSsl = true; // STARTTLS
    client.UseDefaultCredentials = false; // before Credentials: setting it replaces them
    client.Credentials = new NetworkCredential({user},
        Environment.GetEnvironmentVariable("{passwordVar}"));
    client.Send(message);
}`,
    readEnv: 'Environment.GetEnvironmentVariable("NAME")',
    quote: '"',
  },
  mailkit: {
    title: 'MailKit',
    language: 'csharp',
    template: `using var client = new MailKit.Net.Smtp.SmtpClient();
await client.ConnectAsync("{host}", {port}, SecureSocketOptions.StartTls);
await client.AuthenticateAsync({user},
    Environment.GetEnvironmentVariable("{passwordVar}"));
await client.SendAsync(message);
await client.DisconnectAsync(true);`,
    readEnv: 'Environment.GetEnvironmentVariable("NAME")',
    quote: '"',
    implicitTls: [['SecureSocketOptions.StartTls', 'SecureSocketOptions.SslOnConnect']],
  },
  'go-net-smtp': {
    title: 'Go net/smtp',
    language: 'go',
    template: `auth := smtp.PlainAuth("", {user}, os.Getenv("{passwordVar}"), "{host}")
err := smtp.SendMail("{host}:{port}", auth, from, []string{to}, msg)`,
    readEnv: 'os.Getenv("NAME")',
    quote: '"',
  },
  lettre: {
    title: 'Rust lettre',
    language: 'rust',
    template: `use lettre::transport::smtp::authentication::Credentials;
let mailer = SmtpTransport::starttls_relay("{host}")?
    .port({port})
    .credentials(Credentials::new({user}.to_string(), std::env::var("{passwordVar}")?))
    .build();`,
    readEnv: 'std::env::var("NAME")?',
    quote: '"',
    implicitTls: [['SmtpTransport::starttls_relay', 'SmtpTransport::relay']],
  },
  swoosh: {
    title: 'Elixir Swoosh (SMTP adapter)',
    language: 'elixir',
    template: `# config/runtime.exs
config :my_app, MyApp.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "{host}",
  port: {port},
  username: {user},
  password: System.fetch_env!("{passwordVar}"),
  tls: :always,
  auth: :always`,
    readEnv: 'System.fetch_env!("NAME")',
    quote: '"',
  },
  'ruby-net-smtp': {
    title: 'Rails Action Mailer / Ruby Net::SMTP',
    language: 'ruby',
    template: `config.action_mailer.delivery_method = :smtp
config.action_mailer.smtp_settings = {
  address: '{host}', port: {port}, authentication: :plain,
  user_name: {user}, password: ENV['{passwordVar}'],
  enable_starttls_auto: true,
}
# Plain Ruby:
# Net::SMTP.start('{host}', {port}, user: {user}, secret: ENV['{passwordVar}'], authtype: :plain)`,
    readEnv: "ENV['NAME']",
    quote: "'",
    implicitTls: [['enable_starttls_auto: true,', 'tls: true, # TLS from the start on {port}']],
  },
  wordpress: {
    title: 'WordPress SMTP plugin (WP Mail SMTP, Post SMTP, FluentSMTP: "Other SMTP")',
    language: 'text',
    template: `SMTP Host:      {host}
Encryption:     TLS (STARTTLS)
SMTP Port:      {port}
Authentication: on
SMTP Username:  {login}
SMTP Password:  the domain's SMTP password`,
    implicitTls: [['Encryption:     TLS (STARTTLS)', 'Encryption:     SSL (TLS from the start)']],
  },
  swaks: {
    title: 'swaks test with login',
    language: 'shell',
    template: `swaks --server {host}:{port} --tls --auth PLAIN \\
  --auth-user {user} --auth-password "\${passwordVar}" \\
  --from test@{domain} --to you@example.com`,
    readEnv: '"$NAME"',
    quote: "'",
    implicitTls: [['--tls ', '--tlsc ']],
  },
  django: {
    title: 'Django settings',
    language: 'python',
    template: `EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'
EMAIL_HOST = '{host}'
EMAIL_PORT = {port}
EMAIL_USE_TLS = True  # STARTTLS on {port}
EMAIL_HOST_USER = {user}
EMAIL_HOST_PASSWORD = os.environ['{passwordVar}']`,
    readEnv: "os.environ['NAME']",
    quote: "'",
    implicitTls: [['EMAIL_USE_TLS = True  # STARTTLS on {port}', 'EMAIL_USE_SSL = True  # TLS from the start on {port}']],
  },
  powershell: {
    title: 'PowerShell Send-MailMessage',
    language: 'powershell',
    template: `$password = ConvertTo-SecureString $env:{passwordVar} -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential({user}, $password)
Send-MailMessage -SmtpServer '{host}' -Port {port} -UseSsl -Credential $credential \`
  -From '{from}' -To '{recipient}' -Subject 'Test' -Body 'Test'`,
    readEnv: '$env:NAME',
    quote: "'",
  },
  msmtp: {
    title: 'msmtp (~/.msmtprc or /etc/msmtprc)',
    language: 'text',
    template: `account        mailgun
host           {host}
port           {port}
tls            on
tls_starttls   on
auth           on
user           {login}
passwordeval   "printenv {passwordVar}"
from           {from}
account default : mailgun`,
  },
  ssmtp: {
    title: 'sSMTP (/etc/ssmtp/ssmtp.conf)',
    language: 'ini',
    template: `mailhub={host}:{port}
UseSTARTTLS=YES
AuthUser={login}
AuthPass=YOUR_SMTP_PASSWORD
AuthMethod=LOGIN`,
  },
  zimbra: {
    title: 'Zimbra MTA (as the zimbra user; main.cf is rewritten from these settings, so edits there do not last)',
    language: 'bash',
    template: `echo "{host}:{port} {login}:YOUR_SMTP_PASSWORD" > /opt/zimbra/conf/relay_password
chmod 600 /opt/zimbra/conf/relay_password
postmap /opt/zimbra/conf/relay_password
zmprov ms $(zmhostname) zimbraMtaRelayHost {host}:{port}
zmprov ms $(zmhostname) zimbraMtaSmtpSaslPasswordMaps lmdb:/opt/zimbra/conf/relay_password
zmprov ms $(zmhostname) zimbraMtaSmtpSaslAuthEnable yes
zmprov ms $(zmhostname) zimbraMtaSmtpCnameOverridesServername no
zmprov ms $(zmhostname) zimbraMtaSmtpTlsSecurityLevel may
zmprov ms $(zmhostname) zimbraMtaSmtpSaslSecurityOptions noanonymous
zmmtactl restart`,
  },
  'm365-connector': {
    title: "A relay of your own between Microsoft 365 and Mailgun (Postfix): the connector's smart host becomes this server, which logs in to Mailgun",
    language: 'ini',
    template: `# /etc/postfix/main.cf on the relay
relayhost = [{host}]:{port}
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt
# take mail only from your own tenant: Microsoft 365's addresses and certificate are shared by every tenant, so also
# accept only your own sender domains (smtpd_sender_restrictions) or a certificate name your connector alone presents

# /etc/postfix/sasl_passwd (then postmap /etc/postfix/sasl_passwd and postfix reload)
[{host}]:{port} {login}:YOUR_SMTP_PASSWORD`,
  },
  hmailserver: {
    title: 'hMailServer Administrator (Settings → Protocols → SMTP → Delivery of e-mail, SMTP Relayer), then Save: no restart',
    language: 'text',
    template: `Remote host name:                 {host}
Remote TCP/IP port:               {port}
Server requires authentication:   checked
User name:                        {login}
Password:                         the domain's SMTP password
Connection security:              STARTTLS (Required)`,
  },
  mdaemon: {
    title: 'MDaemon (Setup → Server Settings → Delivery; the outbound port under Setup → Server Settings → Ports)',
    language: 'text',
    template: `Send all outbound email to the server specified below:  selected
Smart host:                   {host}
Use SMTP authentication:      checked
User name:                    {login}
Password:                     the domain's SMTP password
Outbound SMTP port (Ports):   {port}
STARTTLS (Security → SSL & TLS):  on for outbound mail`,
  },
  kerio: {
    title: 'Kerio Connect (Configuration → SMTP Server → Delivery), then Apply',
    language: 'text',
    template: `Use relay SMTP server:                        checked
Hostname:                                     {host}
Port:                                         {port}
Relay SMTP server requires authentication:    checked
Username:                                     {login}
Password:                                     the domain's SMTP password
Authentication method:                        SMTP AUTH Command
Use SSL if supported by remote SMTP server:   checked`,
  },
  'iis-smtp': {
    title: "IIS SMTP service (IIS 6.0 Manager → the SMTP virtual server's Properties → Delivery; it speaks STARTTLS only, so not port 465)",
    language: 'text',
    template: `Outbound Security…      Basic authentication
                        User name:  {login}
                        Password:   the domain's SMTP password
                        TLS encryption: checked
Outbound connections…   TCP port: {port}
Advanced…               Smart host: {host}`,
  },
  opensmtpd: {
    title: 'OpenSMTPD (/etc/mail/smtpd.conf and its secrets table; check with smtpd -n, then rcctl restart smtpd)',
    language: 'text',
    template: `# /etc/mail/smtpd.conf
table secrets file:/etc/mail/secrets
action "outbound" relay host smtp+tls://mailgun@{host}:{port} auth <secrets>
match from local for any action "outbound"

# /etc/mail/secrets (chmod 640, owner root:_smtpd)
mailgun {login}:YOUR_SMTP_PASSWORD`,
  },
  ghost: {
    title: 'Ghost (config.production.json, then ghost restart; in Docker, the same keys as mail__options__auth__user and the like, then recreate the container)',
    language: 'json',
    template: `"mail": {
  "transport": "SMTP",
  "from": "{from}",
  "options": {
    "host": "{host}",
    "port": {port},
    "secure": false,
    "auth": { "user": "{login}", "pass": "YOUR_SMTP_PASSWORD" }
  }
}`,
    implicitTls: [['"secure": false', '"secure": true']],
  },
  discourse: {
    title: 'Discourse (containers/app.yml, then: ./launcher rebuild app)',
    language: 'yaml',
    template: `DISCOURSE_SMTP_ADDRESS: {host}
DISCOURSE_SMTP_PORT: {port}
DISCOURSE_SMTP_USER_NAME: {login}
DISCOURSE_SMTP_PASSWORD: "YOUR_SMTP_PASSWORD"
DISCOURSE_SMTP_ENABLE_START_TLS: true`,
  },
  gitlab: {
    title: 'GitLab (/etc/gitlab/gitlab.rb, then: sudo gitlab-ctl reconfigure)',
    language: 'ruby',
    template: `gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "{host}"
gitlab_rails['smtp_port'] = {port}
gitlab_rails['smtp_authentication'] = "plain"
gitlab_rails['smtp_enable_starttls_auto'] = true
gitlab_rails['smtp_user_name'] = "{login}"
gitlab_rails['smtp_password'] = "YOUR_SMTP_PASSWORD"
gitlab_rails['smtp_domain'] = "{domain}"`,
    implicitTls: [["gitlab_rails['smtp_enable_starttls_auto'] = true", "gitlab_rails['smtp_tls'] = true # TLS from the start on {port}\ngitlab_rails['smtp_enable_starttls_auto'] = false"]],
  },
  nextcloud: {
    title: 'Nextcloud (config/config.php, or Administration settings → Basic settings → Email server)',
    language: 'php',
    template: `'mail_smtpmode' => 'smtp',
'mail_smtphost' => '{host}',
'mail_smtpport' => {port}, // STARTTLS when the server offers it; 'mail_smtpsecure' => 'ssl' is for 465
'mail_smtpauth' => true,
'mail_smtpname' => '{login}',
'mail_smtppassword' => 'YOUR_SMTP_PASSWORD',`,
    implicitTls: [["'mail_smtpport' => {port}, // STARTTLS when the server offers it; 'mail_smtpsecure' => 'ssl' is for 465", "'mail_smtpport' => {port},\n'mail_smtpsecure' => 'ssl', // TLS from the start on {port}"]],
  },
  odoo: {
    title: 'Odoo (Settings → Technical → Outgoing Mail Servers, in developer mode)',
    language: 'text',
    template: `SMTP Server:            {host}
SMTP Port:              {port}
Connection Encryption:  TLS (STARTTLS)
Authenticate with:      Username
Username:               {login}
Password:               the domain's SMTP password`,
    implicitTls: [['Connection Encryption:  TLS (STARTTLS)', 'Connection Encryption:  SSL/TLS']],
  },
  atlassian: {
    title: 'Jira / Confluence (Jira: Administration → System → Outgoing Mail; Confluence: Administration → General Configuration → Mail Servers; the SMTP mail server)',
    language: 'text',
    template: `Host Name:  {host}
SMTP Port:  {port}
Use TLS:    Yes
Username:   {login}
Password:   the domain's SMTP password`,
  },
  keycloak: {
    title: 'Keycloak (Realm settings → Email)',
    language: 'text',
    template: `Host:            {host}
Port:            {port}
Encryption:      Enable StartTLS
Authentication:  Enabled
Username:        {login}
Password:        the domain's SMTP password`,
  },
  grafana: {
    title: 'Grafana (grafana.ini [smtp], or the GF_SMTP_* variables)',
    language: 'ini',
    template: `[smtp]
enabled = true
host = {host}:{port}
user = {login}
password = """YOUR_SMTP_PASSWORD"""
from_address = {from}
startTLS_policy = MandatoryStartTLS`,
    // (Grafana speaks TLS from the start on port 465 whatever the policy; NoStartTLS then says so)
    implicitTls: [['startTLS_policy = MandatoryStartTLS', '; port {port}: TLS from the start\nstartTLS_policy = NoStartTLS']],
  },
  exchange: {
    title: 'Exchange Server send connector (Exchange Management Shell)',
    language: 'powershell',
    template: `# user name: {login}, password: the domain's SMTP password
$cred = Get-Credential
# the send connector that relays through Mailgun (Get-SendConnector lists them)
Set-SendConnector "{connector}" -DNSRoutingEnabled $false -SmartHosts "{host}" -Port {port} \`
  -SmartHostAuthMechanism BasicAuthRequireTLS -AuthenticationCredential $cred -RequireTLS $true`,
  },
  powermta: {
    title: 'PowerMTA (/etc/pmta/config)',
    language: 'text',
    template: `# in the <domain> block whose mail goes to Mailgun (<domain *>: all of it)
<domain *>
    route [{host}]:{port}
    use-starttls yes
    require-starttls yes
    auth-username {login}
    auth-password the domain's SMTP password
</domain>
# then: pmta reload`,
  },
  zabbix: {
    title: 'Zabbix (Alerts → Media types → Email; Administration → Media types before 6.4)',
    language: 'text',
    template: `SMTP server:          {host}
SMTP server port:     {port}
Connection security:  STARTTLS
Authentication:       Username and password
Username:             {login}
Password:             the domain's SMTP password`,
  },
  jenkins: {
    title: 'Jenkins (Manage Jenkins → System → E-mail Notification → Advanced)',
    language: 'text',
    template: `SMTP server:              {host}
SMTP Port:                {port}
Use SMTP Authentication:  checked
User Name:                {login}
Password:                 the domain's SMTP password
Use TLS:                  checked
(the Extended E-mail Notification plugin has SMTP settings of its own: set them there too)`,
  },
  'home-assistant': {
    title: 'Home Assistant (configuration.yaml, the smtp notify platform)',
    language: 'yaml',
    // (the notifier's name and recipients are the person's own: automations call notify.<name>)
    template: `notify:
  - name: mail  # keep your notifier's own name
    platform: smtp
    server: {host}
    port: {port}
    encryption: starttls
    username: {login}
    password: !secret mailgun_smtp_password
    sender: {from}
    recipient:
      - you@example.com  # keep your own recipients`,
  },
  'gitlab-helm': {
    title: "GitLab's Helm chart (values.yaml, then: helm upgrade)",
    language: 'yaml',
    template: `global:
  smtp:
    enabled: true
    address: {host}
    port: {port}
    user_name: {login}
    password:
      secret: gitlab-smtp-password   # kubectl create secret generic gitlab-smtp-password --from-literal=password=...
      key: password
    authentication: "login"
    starttls_auto: true
    domain: {domain}`,
    implicitTls: [['starttls_auto: true', 'tls: true   # TLS from the start on {port}\n    starttls_auto: false']],
  },
  gitea: {
    title: 'Gitea or Forgejo (app.ini, [mailer] section; restart it after saving)',
    language: 'ini',
    template: `[mailer]
ENABLED   = true
PROTOCOL  = smtp+starttls
SMTP_ADDR = {host}
SMTP_PORT = {port}
USER      = {login}
PASSWD    = \`YOUR_SMTP_PASSWORD\`
FROM      = {from}`,
    implicitTls: [['PROTOCOL  = smtp+starttls', 'PROTOCOL  = smtps  ; TLS from the start on {port}']],
  },
  'gitea-helm': {
    title: "Gitea from its Helm chart (values.yaml; the login and password from a Secret, then helm upgrade)",
    language: 'yaml',
    template: `gitea:
  config:
    mailer:
      ENABLED: true
      PROTOCOL: smtp+starttls
      SMTP_ADDR: {host}
      SMTP_PORT: {port}
      FROM: {from}
  additionalConfigFromEnvs:
    - name: GITEA__MAILER__USER
      valueFrom:
        secretKeyRef: { name: gitea-mailer, key: user }       # {login}
    - name: GITEA__MAILER__PASSWD
      valueFrom:
        secretKeyRef: { name: gitea-mailer, key: password }   # the domain's SMTP password`,
    implicitTls: [['PROTOCOL: smtp+starttls', 'PROTOCOL: smtps   # TLS from the start on {port}']],
  },
  vaultwarden: {
    title: "Vaultwarden (its environment, docker-compose's environment:, then recreate the container: docker compose up -d)",
    language: 'yaml',
    template: `SMTP_HOST: {host}
SMTP_PORT: {port}
SMTP_SECURITY: starttls
SMTP_USERNAME: {login}
SMTP_PASSWORD: YOUR_SMTP_PASSWORD
SMTP_FROM: {from}`,
    implicitTls: [['SMTP_SECURITY: starttls', 'SMTP_SECURITY: force_tls  # TLS from the start on {port}']],
  },
  mattermost: {
    title: 'Mattermost (System Console → Environment → SMTP, then Save and Test Connection)',
    language: 'text',
    template: `SMTP Server:                  {host}
SMTP Server Port:             {port}
Enable SMTP Authentication:   true
SMTP Server Username:         {login}
SMTP Server Password:         the domain's SMTP password
Connection Security:          STARTTLS`,
    implicitTls: [['Connection Security:          STARTTLS', 'Connection Security:          TLS   # from the start on {port}']],
  },
  mastodon: {
    title: "Mastodon (.env.production, then restart its web and sidekiq processes)",
    language: 'bash',
    template: `SMTP_SERVER={host}
SMTP_PORT={port}
SMTP_LOGIN={login}
SMTP_PASSWORD=YOUR_SMTP_PASSWORD
SMTP_AUTH_METHOD=plain
SMTP_ENABLE_STARTTLS=auto
SMTP_FROM_ADDRESS={from}`,
    implicitTls: [['SMTP_ENABLE_STARTTLS=auto', 'SMTP_TLS=true  # TLS from the start on {port}\nSMTP_ENABLE_STARTTLS=never']],
  },
  moodle: {
    title: 'Moodle (Site administration → Server → Email → Outgoing mail configuration)',
    language: 'text',
    template: `SMTP hosts:      {host}:{port}
SMTP security:   TLS   # STARTTLS on {port}
SMTP Auth Type:  LOGIN
SMTP username:   {login}
SMTP password:   the domain's SMTP password
No-reply address: {from}`,
    implicitTls: [['SMTP security:   TLS   # STARTTLS on {port}', 'SMTP security:   SSL   # TLS from the start on {port}']],
  },
  listmonk: {
    title: 'Listmonk (Settings → SMTP, the server in use)',
    language: 'text',
    template: `Host:           {host}
Port:           {port}
Auth protocol:  LOGIN (or PLAIN)
Username:       {login}
Password:       the domain's SMTP password
TLS:            STARTTLS`,
    implicitTls: [['TLS:            STARTTLS', 'TLS:            TLS   # from the start on {port}']],
  },
  synology: {
    title: 'Synology DSM (Control Panel → Notification → Email, custom SMTP server)',
    language: 'text',
    template: `SMTP server:            {host}
SMTP port:              {port}
Secure connection:      on (STARTTLS on {port})
SMTP authentication:    on
Username:               {login}
Password:               the domain's SMTP password
Sender email:           {from}`,
  },
  supabase: {
    title: 'Supabase (Authentication → Emails → SMTP Settings)',
    language: 'text',
    template: `Enable custom SMTP:  on
Sender email:        {from}
Host:                {host}
Port number:         {port}
Username:            {login}
Password:            the domain's SMTP password`,
  },
  'uptime-kuma': {
    title: 'Uptime Kuma (Settings → Notifications → SMTP (Email))',
    language: 'text',
    template: `Hostname:    {host}
Port:        {port}
Security:    None / STARTTLS (25, 587)
Username:    {login}
Password:    the domain's SMTP password
From Email:  uptime@{domain}`,
  },
  mautic: {
    title: 'Mautic (Settings → Configuration → Email Settings)',
    language: 'text',
    template: `Scheme:    smtp
Host:      {host}
Port:      {port}
User:      {login}
Password:  the domain's SMTP password`,
  },
  freshdesk: {
    title: 'Freshdesk (Admin → Email → the support email → Custom mail server → Outgoing)',
    language: 'text',
    template: `SMTP server:     {host}
Port:            {port}
Authentication:  Plain
User name:       {login}
Password:        the domain's SMTP password
Use SSL:         STARTTLS`,
  },
  zammad: {
    title: 'Zammad (Settings → Channels → Email → Accounts, the outbound account)',
    language: 'text',
    template: `Send Mails via:  SMTP - configure your own outgoing SMTP settings
Host:            {host}
User:            {login}
Password:        the domain's SMTP password
Port:            {port}`,
  },
  prestashop: {
    title: 'PrestaShop (Advanced Parameters → E-mail, "Set my own SMTP parameters")',
    language: 'text',
    template: `Mail domain name:  {domain}
SMTP server:       {host}
SMTP username:     {login}
SMTP password:     the domain's SMTP password
Encryption:        TLS
Port:              {port}`,
  },
  osticket: {
    title: "osTicket (Admin Panel → Emails → Emails → the sending address → its outgoing SMTP settings)",
    language: 'text',
    template: `Status:                   Enabled
Hostname:                 {host}
Port Number:              {port}
Authentication Required:  Yes
Username:                 {login}
Password:                 the domain's SMTP password`,
  },
  matomo: {
    title: 'Matomo (config/config.ini.php, or Administration → System → General settings → Email server settings)',
    language: 'ini',
    template: `[mail]
transport = "smtp"
host = "{host}"
port = {port}
type = "Login"
username = "{login}"
password = "YOUR_SMTP_PASSWORD"
encryption = "tls"`,
  },
  magento: {
    title: 'Magento (Stores → Configuration → Advanced → System → Mail Sending Settings)',
    language: 'text',
    template: `Transport:              SMTP
Host:                   {host}
Port:                   {port}
Authentication method:  LOGIN
Username:               {login}
Password:               the domain's SMTP password
SSL:                    TLS`,
  },
  'mail-program': {
    title: "Mail program's outgoing server (Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit; Outlook: Account settings → More settings → Outgoing server)",
    language: 'text',
    template: `Server name:            {host}
Port:                   {port}
Connection security:    STARTTLS
Authentication:         Normal password (Thunderbird); "My outgoing server (SMTP) requires authentication" ticked (Outlook)
User name:              {login}
Password:               the domain's SMTP password (not the mailbox's or the Mailgun account's)`,
    implicitTls: [['Connection security:    STARTTLS', 'Connection security:    SSL/TLS']],
  },
  printer: {
    title: "Printer or scanner (its web page's E-mail / SMTP settings; the labels vary by make)",
    language: 'text',
    template: `SMTP server:                {host}
SMTP port:                  {port}
Encryption:                 STARTTLS (or SSL/TLS on 465)
Authentication method:      SMTP-AUTH (or Login / Plain)
SMTP user name:             {login}
SMTP password:              the domain's SMTP password
Sender (device) address:    an address at the Mailgun domain`,
  },
  sentry: {
    title: 'Sentry, self-hosted (sentry/config.yml)',
    language: 'yaml',
    template: `mail.backend: 'smtp'
mail.host: '{host}'
mail.port: {port}
mail.username: '{login}'
mail.password: 'YOUR_SMTP_PASSWORD'
mail.use-tls: true`,
  },
  sendmail: {
    title: 'Sendmail smart host (sendmail.mc)',
    language: 'text',
    template: `define(\`SMART_HOST', \`[{host}]')dnl
define(\`RELAY_MAILER_ARGS', \`TCP $h {port}')dnl
define(\`ESMTP_MAILER_ARGS', \`TCP $h {port}')dnl
FEATURE(\`authinfo', \`hash -o /etc/mail/authinfo.db')dnl
dnl then put this line in /etc/mail/authinfo and run: makemap hash /etc/mail/authinfo < /etc/mail/authinfo
dnl   AuthInfo:{host} "U:{login}" "P:YOUR_SMTP_PASSWORD" "M:PLAIN"`,
  },
};

export interface SnippetValues {
  host: string;
  port: number;
  login: string;
  domain: string;
  /** PHPMailer's object (default `$mail`). */
  phpVariable?: string;
  /** Postfix's password map, type and path (default `hash:/etc/postfix/sasl_passwd`): the one the paste's warning names. */
  saslMap?: { type: string; path: string };
  /** The environment variable the password is read from (default `MAILGUN_SMTP_PASSWORD`): the paste's own, when it shows one. */
  passwordVariable?: string;
  /** The environment variable the login is read from, when the paste shows one: a client's code then reads it too. */
  loginVariable?: string;
  /** The From address the paste's settings or session show at the domain (default `you@` the domain). */
  from?: string;
  /** The Exchange send connector's own name (default "Mailgun"). */
  connector?: string;
  /** The paste's refused recipient, for a snippet that sends a test (default someone@example.com). */
  recipient?: string;
  /** The paste's own port 465 with TLS from the start: kept by the clients whose snippet can show it. */
  implicitTls?: boolean;
  /** Exim's passwd.client key (default the host): a wildcard where an entry keyed by the host's name was not found. */
  passwdClientKey?: string;
  /** .NET's SMTP settings shown in web.config or app.config (`<network host=... defaultCredentials=...>`): the snippet is that element. */
  dotnetConfigFile?: boolean;
}

/** .NET's SMTP settings in web.config (or app.config): the element to change, no code (the application reads it when it starts). */
const DOTNET_CONFIG_FILE: ClientSnippet = {
  title: '.NET web.config (or app.config), system.net/mailSettings',
  language: 'xml',
  template: `<system.net>
  <mailSettings>
    <smtp deliveryMethod="Network" from="{from}">
      <network host="{host}" port="{port}" enableSsl="true"
               defaultCredentials="false"
               userName="{login}" password="the domain's SMTP password" />
    </smtp>
  </mailSettings>
</system.net>`,
  quote: '"',
};

/** Whether the client's snippet shows port 465 with TLS from the start (else it shows 587 with STARTTLS). */
export function snippetKeepsImplicitTls(client: ClientId | null): boolean {
  return ((client && CLIENT_SNIPPETS[client]) || GENERIC).implicitTls !== undefined;
}

const PLACEHOLDER = /\{(host|port|otherPorts|login|loginUrl|domain|from|recipient|connector|php|saslMap|saslPath|saslApply|passwordVar|user|passwdKey)\}/g;

/** The config snippet for a client (or the generic one), filled with the given values. */
export function clientSnippet(client: ClientId | null, values: SnippetValues): CodeSnippet {
  const entry = client === 'dotnet-smtpclient' && values.dotnetConfigFile ? DOTNET_CONFIG_FILE : (client && CLIENT_SNIPPETS[client]) || GENERIC;
  const implicit = values.implicitTls === true && entry.implicitTls !== undefined;
  const quote = entry.quote ?? '';
  const fill: Record<string, string> = {
    host: values.host,
    port: String(implicit ? 465 : values.port),
    // (the other ports Mailgun's SMTP host takes, not the one shown again)
    otherPorts: ['465 with TLS', ...[587, 2525, 25].filter((port) => port !== values.port)].join(', '),
    user: values.loginVariable && entry.readEnv ? entry.readEnv.replace('NAME', values.loginVariable) : `${quote}${values.login}${quote}`,
    login: values.login,
    loginUrl: encodeURIComponent(values.login),
    domain: values.domain,
    from: values.from ?? `you@${values.domain}`,
    // (inside PowerShell's single quotes, the only template it fills: a quote in the address, o'brien@x, doubled)
    recipient: (values.recipient ?? 'someone@example.com').replace(/'/g, "''"),
    // (a PowerShell double-quoted string: a quote or `$` in the name would end it or expand)
    connector: values.connector?.replace(/["$`]/g, '') || 'Mailgun',
    php: values.phpVariable ?? '$mail',
    saslMap: `${values.saslMap?.type ?? 'hash'}:${values.saslMap?.path ?? '/etc/postfix/sasl_passwd'}`,
    saslPath: values.saslMap?.path ?? '/etc/postfix/sasl_passwd',
    // (a texthash: map is read as plain text: nothing to build)
    saslApply: values.saslMap?.type === 'texthash' ? 'postfix reload (texthash: is read as plain text, no postmap)' : `postmap ${values.saslMap?.type ?? 'hash'}:${values.saslMap?.path ?? '/etc/postfix/sasl_passwd'} && postfix reload`,
    passwordVar: values.passwordVariable ?? 'MAILGUN_SMTP_PASSWORD',
    passwdKey: values.passwdClientKey ?? values.host,
  };
  return {
    title: entry.title,
    language: entry.language,
    code: (implicit ? entry.implicitTls! : []).reduce((template, [from, to]) => template.replace(from, to), entry.template).replace(PLACEHOLDER, (_, key: string) => fill[key] ?? ''),
  };
}
