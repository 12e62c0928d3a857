/** Evidence that Mailgun's SMTP submission server refused an unauthenticated session. */
import { DIRECTION_UNKNOWN, DIRECTION_UNKNOWN_NEEDS, KUBERNETES_SECRET_NAMED, MAILGUN_LOG_FAILURE, MAILGUN_LOG_FAILURE_NEEDS, MAP_EXAMPLE_PASSWORD, MAP_EXAMPLE_PASSWORD_NEEDS, OTHER_MTA_RELAY_WORDINGS, PASSWORD_NAMES_ABROAD } from './phrases.js';
import { escapeLiteral, type RuleData } from './schema.js';

/** Relay container images configured by their environment, and the variables each reads the upstream login from (their READMEs). */
/** Mail gateway products a company runs in front of its own mail (its outbound route may relay to Mailgun). */
const GATEWAY_PRODUCTS = String.raw`mimecast|proofpoint|barracuda|ironport|cisco[ \t]+(?:secure[ \t]+email|esa)|sophos|trend[ \t]?micro|fortimail`;

export const RELAY_CONTAINER_IMAGES: readonly { name: string; user: string; password: string }[] = [
  { name: 'boky/postfix', user: 'RELAYHOST_USERNAME', password: 'RELAYHOST_PASSWORD' },
  { name: 'juanluisbaptiste/postfix', user: 'SMTP_USERNAME', password: 'SMTP_PASSWORD' },
  { name: 'namshi/smtp', user: 'SMARTHOST_USER', password: 'SMARTHOST_PASSWORD' },
  { name: 'bytemark/smtp', user: 'RELAY_USERNAME', password: 'RELAY_PASSWORD' },
  { name: 'docker-mailserver', user: 'RELAY_USER', password: 'RELAY_PASSWORD' },
];

/** The login's and the password's variables named together, "SMTP_USER / SMTP_PASS": the names, captured (the reply reads them back). */
export const LOGIN_VARIABLES_NAMED = String.raw`\b([a-z][a-z0-9]{1,30}(?:_[a-z0-9]{1,20}){0,3}_(?:user|username|login))[ \t]*(?:/|,|and|&|\+)[ \t]*([a-z][a-z0-9]{1,30}(?:_[a-z0-9]{1,20}){0,3}_(?:pass|password|pwd))\b`;

export const outgoingRules: RuleData[] = [
  { id: 'mailgun-smtp-refused', name: "Mailgun's SMTP submission host gave the refusal", target: 'mailgun-outgoing', weight: 0.9, feature: 'refusing-host:mailgun-smtp' },
  // (not beside the person's word that the domain receives through Mailgun too, with no server's reply shown: either side may have refused)
  { id: 'mailgun-smtp-configured', name: "The app is configured to send through Mailgun's SMTP host", target: 'mailgun-outgoing', weight: 0.6, feature: 'configured-host:mailgun-smtp', unless: 'mailgun-both-directions' },
  { id: 'mailgun-smtp-mentioned', name: "Mailgun's SMTP submission host is named", target: 'mailgun-outgoing', weight: 0.45, feature: 'mention:mailgun-smtp' },
  // Said in words, no host named: "we switched our relayhost over to mailgun yesterday", "the smarthost is Mailgun now"
  // (not asked, "should the relayhost be Mailgun?")
  {
    id: 'relay-host-said-mailgun',
    name: "The sender's relay host is said to be Mailgun",
    target: 'mailgun-outgoing',
    weight: 0.5,
    scope: 'text',
    // (not denied or left: "the relayhost is no longer set to mailgun", "moved the smarthost away from mailgun")
    patterns: [String.raw`\b(?:relay[ _-]?host|smart[ -]?host)\b(?:(?!\b(?:not|no|never|longer|away|off|from|was|used)\b)[^\n.?]){0,30}?\b(?:to|is|=|through|via)[ \t]+(?:now[ \t]+)?mailgun\b(?![.\w-])(?![^\n]{0,60}\?)`],
    needs: ['relay', 'smart'],
  },
  { id: 'postfix-sasl-db-not-listed', name: 'The listing shows sasl_passwd but no database made from it by postmap', target: 'relay', weight: 0.05, feature: 'postfix-sasl-db-missing', context: true },
  { id: 'postfix-sasl-key-mismatch', name: "Postfix's sasl_passwd key differs from its relayhost: no login is sent", target: 'mailgun-outgoing', weight: 0.6, feature: 'postfix-sasl-key-mismatch' },
  { id: 'exim-passwd-client-exact-name', name: "Exim's passwd.client names Mailgun's host exactly, not as DNS names it", target: 'mailgun-outgoing', weight: 0.5, feature: 'exim-passwd-client-exact-name' },
  { id: 'exim-passwd-client-mismatch', name: "Exim's passwd.client names another host than its smarthost: no login is sent", target: 'mailgun-outgoing', weight: 0.6, feature: 'exim-passwd-client-mismatch' },
  // Debian's exim4 sends its login only over TLS (its authenticators' client_condition): TLS switched off for the
  // smarthost means no AUTH, whatever passwd.client holds.
  {
    id: 'exim-smarthost-tls-avoided',
    name: "Exim is set to avoid TLS to its smarthost, so it sends no login",
    target: 'mailgun-outgoing',
    weight: 0.3,
    scope: 'text',
    // (a value, not Debian's stock transport line that reads the macro, `hosts_avoid_tls = REMOTE_SMTP_SMARTHOST_HOSTS_AVOID_TLS`)
    patterns: [String.raw`(?:^|\n)[ \t]*(?:REMOTE_SMTP_SMARTHOST_HOSTS_AVOID_TLS|hosts_avoid_tls)[ \t]*=[ \t]*(?!REMOTE_SMTP_SMARTHOST_HOSTS_AVOID_TLS\b)\S[^\n]*`],
    needs: ['avoid_tls'],
  },
  // A config file's login lines commented out (msmtp's `#user ...`, `#passwordeval ...`; sSMTP's `#AuthUser=`): what
  // turning authentication back on also needs. (A small weight: it says what to change more than which side refused.)
  {
    id: 'login-lines-commented-out',
    name: "The configuration's login lines are commented out",
    target: 'mailgun-outgoing',
    weight: 0.05,
    scope: 'text',
    // (the rule's patterns have no m flag: a line's start is the text's start or a newline)
    // (and code's: nodemailer's `// auth: { user: ..., pass: ... }`, PHPMailer's `//$mail->SMTPAuth = true;`)
    patterns: [
      // (one value to the line's end: not a stock comment's prose, "# password file used when the local exim is authenticating")
      String.raw`(?:^|\n)[ \t]*#[ \t]*(?:user|password|passwordeval|authuser|authpass)[ \t]*[ =][ \t]*(?:\S+|"[^"\n]{1,200}"|'[^'\n]{1,200}')[ \t]*(?=\n|$)`,
      String.raw`(?:^|\n)[ \t]*//[ \t]*(?:auth[ \t]*:[ \t]*\{|\$mail->(?:SMTPAuth|Username|Password)[ \t]*=)`,
      // (an ini file's `;user = postmaster@...`, Grafana's [smtp] section)
      String.raw`(?:^|\n)[ \t]*;[ \t]*(?:user|password)[ \t]*=`,
      // (Python's `# smtp.login(MG_USER, MG_PASS)`, Go's `// auth := smtp.PlainAuth(...)`, Rails' `# user_name: ...`)
      String.raw`(?:^|\n)[ \t]*#[ \t]*[\w.]{1,40}\.login\(`,
      String.raw`(?:^|\n)[ \t]*//[ \t]*(?:\w{1,30}[ \t]*:?=[ \t]*)?smtp\.PlainAuth\(`,
      String.raw`(?:^|\n)[ \t]*#[ \t]*:?(?:user_name|authentication)[ \t]*(?::|=>)`,
      // (GitLab's gitlab.rb, `# gitlab_rails['smtp_user_name'] = "..."`)
      // (not the stock template's placeholders, `# gitlab_rails['smtp_user_name'] = "smtp user"`, nor a key set live further on)
      String.raw`(?:^|\n)[ \t]*#[ \t]*gitlab_rails\[['"]smtp_(user_name|password|authentication)['"]\][ \t]*=(?![ \t]*["']smtp (?:user|password)["'])(?![\s\S]*\n[ \t]*gitlab_rails\[['"]smtp_\1['"]\][ \t]*=)`,
      // (or said so: "server.login() の行は…コメントアウトされていた", "the login line was commented out")
      String.raw`\b[\w.]{0,40}login(?:\(\))?[^\n]{0,60}?(?<!\bnot[ \t]+|n't[ \t]+|nicht[ \t]+|no[ \t]+)(?:commented[ \t-]+out|コメントアウト|auskommentiert|comentad[ao]|comment[ée]e?)`,
      String.raw`\bcommented[ \t-]+out[ \t]+(?:the[ \t]+)?[\w.]{0,40}\.login\(`,
    ],
    needs: ['user', 'pass', 'auth', 'login'],
  },
  // (a small weight: it says why the login is missing more than which side refused)
  { id: 'ghost-auth-outside-options', name: "Ghost's auth block sits beside mail.options, where Ghost ignores it", target: 'mailgun-outgoing', weight: 0.05, feature: 'ghost-auth-outside-options' },
  // Ghost's settings from the environment nest on double underscores only: `mail__options__auth_user` is no `mail.options.auth.user`.
  { id: 'nodemailer-login-outside-auth', name: "nodemailer's user and pass sit beside host, outside auth, where it ignores them", target: 'mailgun-outgoing', weight: 0.05, feature: 'nodemailer-login-outside-auth' },
  // (Action Mailer's smtp_settings with `username:`: it reads `user_name:` and ignores the other, so it sends no login)
  { id: 'rails-login-key-misnamed', name: "Action Mailer's login is set as username:, a key it ignores", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?<![\w:"'])(?::username[ \t]*=>|["']username["'][ \t]*=>|username:)(?<=\bsmtp_settings\b[^\n]{0,40}\{[^{}]{0,600}(?::username[ \t]*=>|["']username["'][ \t]*=>|username:))[^\n,}]{0,80}`], needs: ['username'] },
  // (the login's and the password's variables named in words, "they said SMTP_USER / SMTP_PASS env vars should be there": the
  // names the fix reads, where the code shown reads none)
  { id: 'login-variables-named', name: "The paste names the login's and the password's variables", target: 'mailgun-outgoing', weight: 0.01, scope: 'text', context: true, patterns: [String.raw`${LOGIN_VARIABLES_NAMED}(?=[^\n]{0,40}\b(?:env|environment|variables?|vars?)\b)`], needs: ['_user', '_login'] },
  { id: 'ghost-env-auth-single-underscore', name: "Ghost's login variables have one underscore where Ghost nests on two", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bmail(?:__options__auth_|_options_{1,2}auth_{1,2})(?:user|pass)\b`], needs: ['_options_'] },
  { id: 'gitlab-restart-without-reconfigure', name: 'GitLab was restarted, which does not apply gitlab.rb', target: 'mailgun-outgoing', weight: 0.05, feature: 'gitlab-restarted-not-reconfigured' },
  // The app runs in a Docker Compose service (a small weight: it says where the variables are set more than which side refused).
  // (the settings' own word that the session is not encrypted: "Connection security: None", "Encryption: none", "tls off")
  // Exim's transport to the smarthost without hosts_try_auth, said or shown beside its authenticator: it never logs in.
  // (and said in French, Spanish, Portuguese, German, Dutch, Polish, Italian: "# pas de hosts_try_auth / hosts_require_auth")
  { id: 'exim-try-auth-missing', name: "Exim's transport to the smarthost has no hosts_try_auth", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bhosts_(?:try|require)_auth\b(?![ \t]*=)[^\n.?]{0,30}?\b(?:isn't[ \t]+(?:set|there|configured|defined)|is[ \t]+not[ \t]+(?:set|there|configured|defined)|not[ \t]+set|missing|unset|absent)\b|\b(?:no|without|missing)[ \t]+hosts_(?:try|require)_auth\b|(?<![a-zà-ÿ])(?<!(?<![a-zà-ÿ])(?:ou|o|oder|of|lub|or)[ \t]{1,3})(?:pas[ \t]+de|sans|sin|sem|ohne|kein(?:e|en)?|geen|brak|senza)[ \t]+hosts_(?:try|require)_auth\b`], needs: ['hosts_try_auth', 'hosts_require_auth'], context: true },
  { id: 'no-encryption-set', name: 'The settings turn encryption off', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:connection security|encryption|security|tls|ssl)\b["']?[ \t]*[:=][ \t]*["']?(?:none|off|no|disabled)\b`, String.raw`\bsecure connection(?:[ \t]*\((?:ssl|tls|ssl/tls)\))?[ \t]*[:=][ \t]*(?:none|off|no|disabled)\b`], needs: ['security', 'encryption', 'tls', 'ssl', 'secure'], context: true },
  // A Compose file's environment list item with its value in quotes, `- SMTP_USER="postmaster@mg.x.io"`: the quotes are part
  // of the value there (a mapping, `SMTP_USER: "..."`, drops them), so the login sent is quoted (on the relay question: it goes
  // with a 535's answer too)
  { id: 'compose-list-value-quoted', name: "A Compose file's environment list item keeps its quotes in the login's value", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`(?:^|\n)[ \t]*-[ \t]+[A-Za-z_][A-Za-z0-9_]{0,60}(?:user|login|pass|pwd)[A-Za-z0-9_]{0,20}=(?:"[^"\n]{1,200}"|'[^'\n]{1,200}')[ \t]*(?=\n|$)`], needs: ['user', 'login', 'pass', 'pwd'], context: true },
  // A relay container configured by its environment (boky/postfix, juanluisbaptiste/postfix, namshi/smtp, bytemark/smtp,
  // docker-mailserver): its login goes in the variables its image reads, not in main.cf
  { id: 'relay-container-image', name: 'The relay is a container image configured by its environment', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [`\\b(?:${RELAY_CONTAINER_IMAGES.map((image) => escapeLiteral(image.name)).join('|')})\\b`], needs: RELAY_CONTAINER_IMAGES.map((image) => image.name.split('/')[0]!), context: true },
  // namshi/smtp's SMARTHOST_ALIASES, the hosts its login is written for, naming none of Mailgun's ("*.sendgrid.net" after a move)
  { id: 'smarthost-aliases-elsewhere', name: "namshi/smtp's SMARTHOST_ALIASES names no Mailgun host", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bSMARTHOST_ALIASES[ \t]*[=:][ \t]*["']?(?![^\n]{0,200}mailgun)[^\s"']{1,200}`], needs: ['smarthost_aliases'], context: true },
  // boky/postfix's login variable misnamed: it reads RELAYHOST_USERNAME and RELAYHOST_PASSWORD only
  { id: 'relayhost-login-misnamed', name: 'The relay container sets RELAYHOST_USER (its image reads RELAYHOST_USERNAME)', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bRELAYHOST_(?:USER|LOGIN|PASS|PASSWD)\b[ \t]*[=:]`], needs: ['relayhost_'], context: true },
  { id: 'runs-in-docker-compose', name: 'The app runs in a Docker Compose service', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bdocker[- ]compose(?:\.ya?ml)?\b`, String.raw`\bcompose\.ya?ml\b`, String.raw`\bcompose file\b`], needs: ['compose'], context: true },
  // Laravel's Mailgun API driver already set up beside an SMTP mailer (a small weight: it says what the other fix is).
  { id: 'laravel-mailgun-driver-set', name: "Laravel's Mailgun API driver is set up too (MAILGUN_SECRET)", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?:^|\n)[ \t]*MAILGUN_SECRET[ \t]*=[ \t]*\S`], needs: ['mailgun_secret'], context: true },
  // On Vercel a changed variable reaches the app only with a new deployment (context: it says how to apply the fix).
  // A login switched on in the settings shown ("Authentication: On", PHPMailer's `SMTPAuth = true`, `mail.smtp.auth=true`):
  // for a library that logs in only when told to, with its user name set, mail sent with them logs in.
  { id: 'login-switched-on', name: 'The settings shown switch the SMTP login on', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?:^|\n)[ \t]*(?:smtp[ \t]+)?auth(?:entication)?[ \t.]{0,30}[:=][ \t]*(?:on|yes|true|enabled)(?=[ \t]*(?:\n|$))`, String.raw`\bSMTPAuth[ \t]*=[ \t]*true\b`, String.raw`\bmail\.smtp\.auth[ \t]*[=:][ \t]*true\b`], needs: ['auth'], context: true },
  // Jenkins keeps two mail settings of its own: the Email Extension plugin's (Extended E-mail Notification) and its own
  // (E-mail Notification); the paste naming one says which the fix is in.
  // A Magento older than 2.4.7, whose Mail Sending Settings have no SMTP login of their own (its SMTP transport came with 2.4.7):
  // the login is an SMTP extension's, or the hosting's mail server's
  { id: 'magento-before-smtp', name: 'The paste names a Magento version without built-in SMTP login (before 2.4.7)', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bmagento(?:[ \t]+open[ \t]+source|[ \t]+commerce)?[ \t]+v?2\.(?:[0-3]\.\d{1,2}|4\.[0-6])(?:-p\d{1,2})?(?![\d.])`], needs: ['magento'], context: true },
  { id: 'jenkins-email-extension-shown', name: "The paste shows Jenkins' Email Extension plugin settings", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bextended e-?mail notification\b`, String.raw`\bemail extension plugin\b`, String.raw`\bemailext\b`], needs: ['extended', 'extension', 'emailext'], context: true },
  { id: 'jenkins-own-mailer-shown', name: "The paste shows Jenkins' own E-mail Notification settings", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?:→|->|>|»)[ \t]*e-?mail notification\b`, String.raw`\be-?mail notification(?<!extended[ \t]e-?mail notification)[ \t]*(?:→|->|>|»|:)`, String.raw`\bhudson\.tasks\.mailer\b`], needs: ['notification', 'mailer'], context: true },
  // Fly.io secrets staged, not deployed: `fly secrets set --stage`, or `fly secrets list` showing them "Staged"
  { id: 'fly-secrets-staged', name: "The app's Fly.io secrets are staged, not deployed", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bfly[ \t]+secrets[ \t]+(?:set|import)\b[^\n]{0,300}[ \t]--stage\b`, String.raw`(?:^|\n)[ \t]*[A-Z][A-Z0-9_]{1,60}[ \t]+[0-9a-f]{6,64}[ \t]+Staged\b`], needs: ['stage'], context: true },
  { id: 'runs-on-fly', name: 'The app runs on Fly.io', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bfly\.io\b`, String.raw`\bflyctl\b`, String.raw`\bfly (?:secrets|logs|deploy|launch|apps)\b`], needs: ['fly'], context: true },
  { id: 'moved-from-heroku', name: 'The app came from Heroku', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:from|off|left|leaving) heroku\b`, String.raw`\bheroku config\b`], needs: ['heroku'], context: true },
  // (said, not set: "with it on I was getting "Could not authenticate." using the API key as password"; or asked: "Which
  // password goes there, my Mailgun account login, or the API key from the API Keys page?")
  // (or asked beside the login's fields: 'Is it the "Sending API key"?', "Our private API key, or something else?", "¿Es la API key de Mailgun?")
  { id: 'api-key-said-used-as-password', name: 'The paste says or asks whether the API key goes in as the SMTP password', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:is|was)[ \t]+(?:it|that|this|[a-z_]{0,30}pass(?:word|wd)?)[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+|their[ \t]+)?(?:mailgun(?:'s)?[ \t]+)?(?:["'\u201c]key-[^"'\u201d\n]{0,10}["'\u201d][ \t]+)?["'\u201c]?(?:private[ \t]+|sending[ \t]+|domain[ \t]+)?api[ _-]?key\b[^\n?]{0,40}\?|\b(?:our|my|the|their)[ \t]+(?:mailgun[ \t]+)?(?:private[ \t]+|sending[ \t]+)?api[ _-]?key,?[ \t]+or\b[^\n?]{0,40}\?|\b(?:es|será|sería)[ \t]+(?:la|el)[ \t]+(?:api[ _-]?key|clave(?:[ \t]+de)?[ \t]+(?:la[ \t]+)?api)\b[^\n?]{0,40}\?|(?<![a-zà-ÿ])é[ \t]+a[ \t]+(?:api[ _-]?key|chave(?:[ \t]+de)?[ \t]+api)\b[^\n?]{0,40}\?|\best-ce[ \t]+(?:que[ \t]+c'est[ \t]+)?la[ \t]+(?:clé[ \t]+(?:d'?)?api|api[ _-]?key)\b[^\n?]{0,40}\?|\bist[ \t]+(?:das|es)[ \t]+der[ \t]+api[ _-]?(?:key|schlüssel)\b[^\n?]{0,40}\?|(?:^|[?？][ \t]*)(?:la[ \t]+clé[ \t]+(?:d'?)?api|der[ \t]+api[ _-]?(?:key|schlüssel)|la[ \t]+(?:api[ _-]?key|clave[ \t]+(?:de[ \t]+)?api)|a[ \t]+chave[ \t]+(?:de[ \t]+)?api)\b[^\n?]{0,40}\?`, String.raw`\bwhich (?:password|one|key)\b[^?]{0,120}?\bapi[ _-]?key\b[^?]{0,60}\?`, String.raw`\b[a-z_]{0,30}pass(?:word|wd)?\b[^\n?]{0,20}?\b(?:is (?:that|it|this)|do (?:i|we) (?:put|use)|should (?:i|we|it) (?:put|use|be))\b[^\n?]{0,20}\bapi[ _-]?key\b[^\n?]{0,30}\?`, String.raw`\bwhat goes in(?:to)?\b[^?\n]{0,60}\bpassword\b[^?\n]{0,40}\bapi[ _-]?key\b[^?\n]{0,40}\?|\bis the (?:smtp )?password (?:my|our|the|their) (?:mailgun )?(?:private )?api[ _-]?key\b[^?\n]{0,30}\?`, String.raw`(?<!(?:\bnot|n't|\bnever)[ \t]{1,3})\b(?:using|used|use|tried|trying|put|entered|pasted|typed)[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+|their[ \t]+)?(?:mailgun[ \t]+)?(?:private[ \t]+)?api[ _-]?key(?:[ \t]+\([^()\n]{0,40}\))?[ \t]+(?:as|in|into)[ \t]+(?:the[ \t]+)?(?:smtp[ \t]+)?password\b(?![ \t-]*reset)`], needs: ['api'], context: true },
  // ("Secret `mailgun-smtp` exists with keys `username` / `password`": the login is in a Secret, which the pods see only through
  // env entries that name it)
  { id: 'kubernetes-secret-named', name: 'The paste names the Kubernetes Secret that holds the login', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [KUBERNETES_SECRET_NAMED], needs: ['secret'], context: true },
  // (msmtp's system file named beside a user's own: a job run as another user reads another file)
  { id: 'msmtp-system-file-named', name: "The paste names msmtp's system file, /etc/msmtprc", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\/etc\/msmtprc\b`], needs: ['/etc/msmtprc'], context: true },
  { id: 'msmtp-user-file-named', name: "The paste names a user's own msmtp file, ~/.msmtprc", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?:~[\w-]{0,32}|\/home\/[\w-]{1,32}|\/root)\/\.msmtprc\b`], needs: ['.msmtprc'], context: true },
  { id: 'sender-runs-in-kubernetes', name: 'The sending app runs in Kubernetes', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bk8s\b`, String.raw`\bkubernetes\b`, String.raw`\bkubectl\b`, String.raw`\b(?:gke|eks|aks) cluster\b`], needs: ['k8s', 'kubernetes', 'kubectl', 'cluster'], context: true },
  { id: 'runs-on-aws-lambda', name: 'The app runs on AWS Lambda', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\baws lambda\b`, String.raw`\blambda (?:function|handler)\b`, String.raw`\blambda_handler\b`, String.raw`/var/task/`], needs: ['lambda', '/var/task/'], context: true },
  // (a CI system that withholds its secrets from some runs: GitHub Actions from forks' pull requests, GitLab's Protected
  // variables from unprotected branches; the login is then empty there and set elsewhere)
  { id: 'ci-fork-pull-request', name: "The failing runs are GitHub Actions runs from forks' pull requests", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?<!(?:\bnot|n't|\bnothing[ \t]+to[ \t]+do[ \t]+with)[ \t]+(?:about[ \t]+|on[ \t]+|from[ \t]+|related[ \t]+to[ \t]+)?(?:an?[ \t]+|the[ \t]+)?)(?:\b(?:pull[ \t]+requests?|prs?)\b(?:[ \t]+#?\d{1,7}|[ \t]+that[ \t]+(?:comes?|came)|[ \t]+coming)?[ \t]+(?:from|of)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:[\w-]{1,30}(?:'s|s')?[ \t]+){0,2}forks?\b|\bfork(?:ed)?[ \t]+(?:pull[ \t]+requests?|prs?)\b|\bforks?'[ \t]+(?:pull[ \t]+requests?|prs?)\b)`], needs: ['fork'], context: true },
  { id: 'ci-protected-variables', name: "The login's CI/CD variables are marked Protected (GitLab)", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bvariables?\b[^\n]{0,60}?(?<!\bnot[ \t]+)\b(?:marked|set[ \t]+as|flagged)[ \t]+["'\u201c]?protected\b|(?<!\b(?:not|un|no)[ \t-]?)\bprotected[ \t]+(?:ci\/cd[ \t]+)?variables?\b`], needs: ['protected'], context: true },
  { id: 'runs-on-vercel', name: 'The app runs on Vercel', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bvercel\b`], needs: ['vercel'], context: true },
  // msmtp's account with `auth off` and its own login line (context: turning auth on is then the whole fix).
  // (a Secret in another namespace, Compose's environment: over its env_file:, Vercel's Production-only variables on a Preview,
  // a unit's EnvironmentFile= after the file moved, a job without the environment whose secret it reads, Railway's staged changes)
  { id: 'login-under-condition', name: 'The code logs in only under a condition on something else than the login', target: 'mailgun-outgoing', weight: 0.05, feature: 'login-under-condition', context: true },
  { id: 'login-in-one-branch', name: "The code logs in on one branch of its if/else only", target: 'mailgun-outgoing', weight: 0.05, feature: 'login-in-one-branch', context: true },
  { id: 'deployment-gap', name: "The paste shows why the platform's settings did not reach the running program", target: 'relay', weight: 0.05, feature: 'deployment-gap', context: true },
  { id: 'msmtp-user-line', name: "The msmtp account has a user line", target: 'mailgun-outgoing', weight: 0.05, feature: 'msmtp-user-line', context: true },
  // A job that cron runs (a small weight: it says why a variable is empty more than which side refused).
  // (a systemd service's unit shown, `/etc/systemd/system/freight.service` or its `ExecStart=`, and whether it sets any environment:
  // a service reads neither a shell's profile nor /etc/environment, only its unit's Environment= and EnvironmentFile=)
  { id: 'runs-as-systemd-unit', name: 'The sending program runs as a systemd service (its unit is shown)', target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`/etc/systemd/system/[\w@.-]{1,80}\.service\b|(?:^|\n)[ \t]*ExecStart=[^\n]{1,300}`], needs: ['.service', 'execstart='] },
  { id: 'unit-sets-environment', name: "The service's unit sets its environment", target: 'mailgun-outgoing', weight: 0.01, scope: 'text', patterns: [String.raw`(?:^|\n)[ \t]*(?:Environment|EnvironmentFile)=[^\n]{1,300}`], needs: ['environment'] },
  // (a Node app run by pm2, its log lines `0|api  | ...`: a plain `pm2 restart` keeps the environment it started with)
  { id: 'runs-under-pm2', name: 'The sending application runs under pm2', target: 'mailgun-outgoing', weight: 0.01, scope: 'text', patterns: [String.raw`(?:^|\n)\d{1,3}\|[\w.-]{1,40}[ \t]+\|[ \t]|\bpm2[ \t]+(?:start|restart|reload)\b`] },
  // (the deploy itself put the settings back to the repository's template: "das Deploy-Skript hat die .env aus dem Repo (.env.example)
  // neu kopiert", "the deploy script overwrote .env with .env.example": filled once, emptied at the next deploy)
  { id: 'deploy-overwrote-env', name: "The deploy replaced the server's .env with the repository's template", target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`\bdeploy(?:ment)?[- \t]?(?:skript|script|pipeline|job)?\b[^\n.]{0,60}?(?:\.env\.example|\.env\b)(?:[^\n.]|\.(?=env|example)){0,60}?(?<!\b(?:not|n't|never|doesn't|isn't|wasn't|didn't|nicht|nie|pas|no|não)[ \t]+(?:been[ \t]+)?)\b(?:neu[ \t]+kopiert|überschrieben|kopiert|overwrote|overwritten|overwrites|copied|replaced|écrasé|sobrescribió|sobrescrito|sobrescreveu|sovrascritto|overschreven)\b|\b(?:overwrote|overwrites|replaced|copied)[ \t]+(?:the[ \t]+)?(?:server's[ \t]+)?\.env\b[^\n.]{0,40}?\.env\.example\b|\.env\.example\b[^\n.]{0,30}?\b(?:copied|kopiert)[ \t]+(?:over|über)\b`], needs: ['.env'] },
  // (Jakarta Mail's properties: `mail.smtp.user` names a user, but only `mail.smtp.auth=true` with a password makes it log in)
  { id: 'jakarta-user-property', name: 'The Jakarta Mail properties set mail.smtp.user', target: 'mailgun-outgoing', weight: 0.01, scope: 'text', patterns: [String.raw`["']mail\.smtp\.user["'][ \t]*,|(?:^|\n)[ \t]*mail\.smtp\.user[ \t]*=`], needs: ['mail.smtp.user'] },
  { id: 'jakarta-auth-property', name: 'The Jakarta Mail properties switch authentication on', target: 'mailgun-outgoing', weight: 0.01, scope: 'text', patterns: [String.raw`mail\.smtp\.auth["']?[ \t]*(?:,[ \t]*["']?|=[ \t]*)true\b`], needs: ['mail.smtp.auth'] },
  // (Symfony's container syntax in a .env file, `MAILER_DSN=mailgun+api://%env(MAILGUN_KEY)%:...`: .env files do not expand it, the text
  // itself goes out as the key)
  { id: 'env-processor-in-dotenv', name: "A .env line uses the container's %env()% syntax, which .env files do not expand", target: 'relay', weight: 0.01, scope: 'text', patterns: [String.raw`(?:^|\n)[ \t]*[A-Z][A-Z0-9_]{1,60}=[^\n]{0,200}?%env\([\w:.-]{1,80}\)%`], needs: ['%env('], context: true },
  // (a job started with its environment cleared, `30 7 * * 1 env -i /usr/bin/python3 send.py`: no variable reaches it, a crontab's own included)
  { id: 'cron-environment-cleared', name: 'The job is started with its environment cleared (env -i)', target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`(?<![\w-])env[ \t]+(?:-i|--ignore-environment)(?![\w-])[ \t]+[^\n]{1,200}`], needs: ['env'] },
  { id: 'runs-under-cron', name: 'The sending job runs under cron', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bcron(?:tab|job| job|\.d)?\b(?<!\bCronJob)`, String.raw`\bcrond\b`], needs: ['cron'], context: true },
  { id: 'login-reset-by-starttls', name: 'The login came before STARTTLS, which undoes it: the session was unauthenticated', target: 'mailgun-outgoing', weight: 0.3, feature: 'auth:reset-by-starttls' },
  { id: 'login-refused', name: 'The server refused the login (535), so the session stayed unauthenticated', target: 'mailgun-outgoing', weight: 0.3, feature: 'auth:refused' },
  // (the relay refusal in the same session, after it: one problem, the login, which the program went on without)
  { id: 'login-refused-then-relay', name: 'The same session went on to its recipient after its login was refused', target: 'mailgun-outgoing', weight: 0.02, feature: 'auth:refused-then-relay' },
  { id: 'mx-session-sending', name: "The app is set to send through Mailgun's inbound MX, which relays nothing", target: 'mailgun-outgoing', weight: 0.7, feature: 'mx-session:sending' },
  // Postfix with SASL on but no plugin to log in with: "warning: SASL authentication failure: No worthy mechs found" (context:
  // the fix is a package, not a setting).
  // Postfix's password map commented out too (`#smtp_sasl_password_maps = hash:...`), no live one beside it: turning the login
  // on alone leaves it without a password to send (context for the Fix).
  { id: 'sasl-password-map-commented', name: "Postfix's SASL password map is commented out", target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`(?:^|\n)[ \t]*#[ \t]*smtp_sasl_password_maps\b[^\n]{0,200}(?<!(?:^|\n)[ \t]*smtp_sasl_password_maps[ \t]*=[\s\S]{0,3000})(?![\s\S]{0,3000}\n[ \t]*smtp_sasl_password_maps[ \t]*=)`], needs: ['smtp_sasl_password_maps'], context: true },
  { id: 'postfix-no-sasl-mechs', name: 'Postfix found no SASL mechanism to log in with', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bSASL authentication failure:[ \t]*No worthy mechs found\b`], needs: ['worthy'], context: true },
  // nodemailer's auth object given as it is, its user read from a variable (`auth: { user: process.env.MG_USER, ... }`): with the
  // variable unset, nodemailer stops with EAUTH "Missing credentials" before any RCPT, so a 550 for want of a login came from
  // another transport than this one (context: what to check first).
  { id: 'nodemailer-auth-always-set', name: "nodemailer's auth object is always set, its login read from a variable", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?:^|[\s,{(])auth(?<![?:][^\n;]{0,200}auth)\s*:\s*\{\s*user\s*:\s*(?:process\.env\.|process\.env\[|env\.|config\.)`], needs: ['auth'], context: true },
  {
    // Code that logs in only when its login setting is set (`if cfg.SMTPUser != "" { auth = ... }`): with the setting
    // empty where it runs, the session goes on without a login. (A small weight: it says why more than that.)
    id: 'login-only-when-set',
    name: 'The code logs in only when its login (or password) setting is set',
    target: 'mailgun-outgoing',
    weight: 0.1,
    scope: 'text',
    patterns: [
      // (`if` then a bracket or a blank, never two optional blank runs side by side: quadratic on a long run of blanks)
      // (an `if` over a login setting whose branch sets up the login: not any `if ($username !== '')` of an app's)
      String.raw`\bif(?:\s*\(\s*|\s+)[\w.$>\[\]'"-]{0,60}?(?:user(?:name)?|login)\w{0,30}["'\]]?\s*!==?\s*(?:""|''|nil|null|undefined)(?=[\s\S]{0,200}?(?:auth|login\(|credentials))`,
      String.raw`\bif\s*\(\s*[\w.$\[\]'"-]{0,60}?(?:user(?:name)?|login|pass(?:word)?|pwd)\w{0,30}["'\]]?\s*\)(?=[\s\S]{0,200}?(?:auth|login\(|credentials))`,
      // (PHP's `if (!empty($cfg['smtp_user'])) { $mail->SMTPAuth = true; ...`)
      String.raw`\bif\s*\(\s*!?\s*(?:empty|isset|strlen)\s*\(\s*[\w.$\[\]'"-]{0,60}?(?:user(?:name)?|login|pass(?:word)?|pwd)\w{0,30}["'\]]{0,2}\s*\)\s*\)(?=[\s\S]{0,200}?(?:auth|login\(|credentials))`,
      // (or its password setting: `if SMTP_PASS:` then `s.login(...)`)
      // (named in the code's own language: `if SENHA:`)
      // (or read there: `if os.environ.get("SMTP_USER"):`)
      String.raw`\bif\s+[\w.\[\]()'"-]{0,60}?(?:user(?:name)?|login|pass(?:word)?|pwd|${PASSWORD_NAMES_ABROAD})\w{0,30}["'\])]{0,3}\s*:(?=[\s\S]{0,200}?(?:auth|login\(|credentials))`,
      String.raw`\bauth\s*:\s*[\w.$\[\]'"-]{0,60}?(?:user(?:name)?|login)\w{0,30}["'\]]?\s*\?`,
      // (Go's `if u := os.Getenv("SMTP_USERNAME"); u != "" { auth = smtp.PlainAuth(...) }`)
      String.raw`\bif\s+\w{1,20}\s*:=\s*os\.Getenv\(\s*"(?=\w{0,40}(?:smtp|mail|mg_))\w{0,40}?(?:user(?:name)?|login)\w{0,20}"\s*\)\s*;\s*\w{1,20}\s*!=\s*""`,
      // (C#'s `if (!string.IsNullOrEmpty(_opt.User)) await client.AuthenticateAsync(...)`)
      String.raw`\bif\s*\(\s*!\s*string\.IsNullOr(?:Empty|WhiteSpace)\(\s*[\w.]{0,60}?(?:user(?:name)?|login)\w{0,30}\s*\)\s*\)(?=[\s\S]{0,200}?(?:auth|login\(|credentials))`,
      // (a spread that adds the login only when set: `...(process.env.SMTP_USER && { auth: { ... } })`)
      String.raw`\.\.\.\(\s*[\w.$\[\]'"-]{0,60}?(?:user(?:name)?|login)\w{0,30}["'\]]?\s*&&\s*\{\s*auth\b`,
      String.raw`\bonly\b[^\n]{0,60}?\b(?:authenticat\w{0,6}|log(?:s|ging)? in)\b[^\n]{0,60}?\bif\b[^\n]{0,60}?\b(?:user(?:name)?|login)\b`,
      // (said of the code: "O login() está dentro de um `if os.environ.get("SMTP_USER"):`", "the login() call sits inside an if on SMTP_USER")
      String.raw`\blogin\(\)[^\n]{0,40}?\b(?:inside|within|under|dentro|innerhalb|dans|sous)\b[^\n]{0,30}?\bif\b[^\n]{0,60}?(?:user(?:name)?|login|pass(?:word)?)`,
    ],
    needs: ['user', 'login', 'pass', 'pwd', 'senha', 'contrase', 'kennwort', 'wachtwoord'],
  },
  {
    // Postfix could not open its password map (the .db file `postmap` makes is missing after a reinstall): its login to the relayhost is broken.
    id: 'postfix-sasl-map-unavailable',
    name: 'Postfix could not read its SMTP password map',
    target: 'mailgun-outgoing',
    weight: 0.3,
    scope: 'text',
    patterns: [String.raw`\bsasl_passwd(?:\.db)?\b[^\n]{0,80}?\b(?:is unavailable|no such file or directory|lookup error)`],
    needs: ['sasl_passwd'],
  },
  // ("ils m'ont avoué ne pas avoir relancé postmap", "they never ran postmap": the map Postfix reads was not built from the file)
  { id: 'postmap-not-run-said', name: 'The paste says postmap was not run on the password file', target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:never|not|didn't|did[ \t]+not|haven't|hasn't|have[ \t]+not|forgot(?:[ \t]+to)?)[ \t]+(?:re-?)?(?:run|ran)[ \t]+postmap\b|\bpostmap\b[^\n.]{0,30}\b(?:never|not)[ \t]+(?:been[ \t]+)?run\b|\bpas[ \t]+(?:avoir[ \t]+)?(?:re)?lancé[ \t]+(?:le[ \t]+)?postmap\b|\bpostmap\b[^\n.]{0,20}\b(?:nicht|nie)[ \t]+(?:ausgeführt|gelaufen|laufen[ \t]+lassen)\b|\bno[ \t]+(?:ejecutaron|corrieron|ejecuté|ejecutó|han[ \t]+ejecutado)[ \t]+(?:el[ \t]+)?postmap\b|\bnão[ \t]+(?:rodaram|executaram|rodou|executou)[ \t]+(?:o[ \t]+)?postmap\b`], needs: ['postmap'], context: true },
  // ("They copied /etc/postfix/sasl_passwd from the old box": the text file, not the map Postfix reads, which postmap builds on the new one)
  { id: 'postfix-sasl-map-copied', name: "Postfix's SMTP password file was copied from another server", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bcop(?:ied|y)\b[^\n.]{0,40}\bsasl_passwd\b(?!\.(?:db|lmdb))[^\n.]{0,40}\b(?:from|off)\b[^\n.]{0,30}\b(?:old|previous|other|former)\b`], needs: ['sasl_passwd'], context: true },
  {
    // Sendmail could not open its login map: FEATURE(`authinfo') reads /etc/mail/authinfo.db, which makemap builds from the text file.
    id: 'sendmail-authinfo-map-missing',
    name: "Sendmail's login map (authinfo.db) is missing",
    target: 'mailgun-outgoing',
    weight: 0.3,
    scope: 'text',
    patterns: [String.raw`\bmap "authinfo": missing map file\b[^\n]{0,200}`],
    needs: ['authinfo'],
  },
  {
    // Nextcloud's config.php with a login but no `'mail_smtpauth' => true`: Nextcloud then never logs in (the setting's default is off).
    id: 'nextcloud-smtpauth-unset',
    name: "Nextcloud's settings have a login but not mail_smtpauth",
    target: 'mailgun-outgoing',
    weight: 0.2,
    scope: 'text',
    patterns: [String.raw`'mail_smtpname'[ \t]*=>[ \t]*'[^'\n]{1,200}'(?![\s\S]{0,3000}mail_smtpauth)(?<!mail_smtpauth[\s\S]{0,3000}'mail_smtpname'[ \t]*=>[ \t]*'[^'\n]{1,200}')`],
    needs: ['mail_smtpname'],
  },
  {
    // A cPanel/WHM server: its Exim is set up in WHM, not in Debian's files (the reply's fix says so).
    id: 'cpanel-whm-server',
    name: 'The sending server is run with cPanel/WHM',
    target: 'mailgun-outgoing',
    weight: 0.05,
    scope: 'text',
    // (not one left behind: "we moved the site off cPanel to a plain Debian VPS")
    patterns: [String.raw`\b(?:cpanel|whm)\b(?<!\b(?:off|left|(?:moved|migrated|switched)[ \t]+(?:\w+[ \t]+){0,3}?(?:away[ \t]+)?from|away[ \t]+from|no longer(?:[ \t]+(?:on|using|use|with|running|run))?|not(?:[ \t]+(?:on|using))?(?:[ \t]+(?:a|an))?|without)[ \t]+(?:of[ \t]+)?(?:cpanel|whm))|\bexim_mainlog\b`],
    needs: ['cpanel', 'whm', 'exim_mainlog'],
  },
  {
    // A Plesk server: its Postfix relays through the smarthost set in Plesk's Mail Server Settings, which writes main.cf itself.
    id: 'plesk-server',
    name: 'The sending server is run with Plesk',
    target: 'mailgun-outgoing',
    weight: 0.05,
    scope: 'text',
    // (not one left behind: "we moved off Plesk")
    patterns: [String.raw`\bplesk\b(?<!\b(?:off|left|(?:moved|migrated|switched)[ \t]+(?:\w+[ \t]+){0,3}?(?:away[ \t]+)?from|away[ \t]+from|no longer(?:[ \t]+(?:on|using|use|with|running|run))?|not(?:[ \t]+(?:on|using))?(?:[ \t]+(?:a|an))?|without)[ \t]+(?:of[ \t]+)?plesk)`],
    needs: ['plesk'],
  },
  // ASP.NET's configuration keys set from the environment or an App Service's settings (`Smtp__UserName`): the Fix names them.
  { id: 'aspnet-login-setting', name: "The login is an ASP.NET key set from outside (Smtp__UserName)", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\b[a-z][a-z0-9]{1,40}__(?:username|user|login)\b`], needs: ['__username', '__user', '__login'], context: true },
  // The configuration reads its login from one variable and the deployment sets another (`${SMTP_USER:}`, SMTP_USERNAME set):
  // the login is empty where the app runs, and an empty login is not sent.
  { id: 'login-variable-mismatch', name: 'The login is read from a variable the deployment does not set', target: 'mailgun-outgoing', weight: 0.3, feature: 'login-variable-mismatch' },
  // Vercel's variables set for Preview and Development only: production has no login.
  { id: 'vercel-env-not-production', name: "The variables are set in Vercel for Preview and Development, not Production", target: 'mailgun-outgoing', weight: 0.05, feature: 'vercel-env-not-production' },
  // The transport printed as it runs, its login's values empty: `auth: { user: undefined, pass: undefined }` (the variables it
  // reads do not reach the process, as after a move of the service's environment)
  { id: 'login-values-undefined', name: "The transport's login values are undefined where the app runs", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`\bauth["']?[ \t]*:[ \t]*\{[ \t]*["']?user["']?[ \t]*:[ \t]*(?:undefined|null)[ \t]*,[ \t]*["']?pass["']?[ \t]*:[ \t]*(?:undefined|null)\b`], needs: ['undefined', 'null'], context: true },
  // The deployment loads its environment from a place without the login: a renamed env_file, a workload's envFrom without the mail secret.
  { id: 'login-env-source-gap', name: "The deployment's environment source lacks the login's variables", target: 'mailgun-outgoing', weight: 0.1, feature: 'login-env-source-gap' },
  {
    // A setting renamed just before ("renamed the env var MAILGUN_SMTP_LOGIN -> SMTP_USER"): the new name may not be set where the app runs.
    id: 'login-setting-renamed',
    name: 'A setting was renamed',
    target: 'mailgun-outgoing',
    weight: 0.05,
    scope: 'text',
    // (a setting's name: an environment variable's, with an underscore, or said to be a variable or setting; not "renamed the repo billing-api to invoices")
    patterns: [
      String.raw`\brenam(?:ed|ing)\b[^\n]{0,60}?\b[a-z][a-z0-9]*_[a-z0-9_]{2,60}\s*(?:->|→|=>|\bto\b)\s*[a-z][a-z0-9]*_[a-z0-9_]{2,60}`,
      String.raw`\b(?:env(?:ironment)?[ _-]?var(?:iable)?s?|variables?|settings?)\b[^\n]{0,40}?\brenamed\b[^\n]{0,20}?\bto\b[ \t]*[a-z][a-z0-9]*_[a-z0-9_]{2,60}`,
      String.raw`\brenam(?:ed|ing)\b[^\n]{0,20}?\b(?:env(?:ironment)?[ _-]?var(?:iable)?s?|variables?|settings?)\b[^\n]{0,40}?\b[a-z][a-z0-9_]{2,60}\s*(?:->|→|=>|\bto\b)\s*[a-z][a-z0-9_]{2,60}`,
    ],
    needs: ['renam'],
  },
  { id: 'session-not-authenticated', name: 'The SMTP session was not authenticated', target: 'mailgun-outgoing', weight: 0.6, feature: 'auth:none', unless: 'mx-session:receiving' },
  // (Mailgun says only "Relaying denied": another server's wording, with no Mailgun host seen refusing, is another server's)
  {
    id: 'non-mailgun-wording-not-outgoing',
    name: "The refusal is worded as another MTA's, not Mailgun's 'Relaying denied'",
    target: 'mailgun-outgoing',
    weight: -0.35,
    scope: 'reply',
    patterns: OTHER_MTA_RELAY_WORDINGS,
    unless: 'refusing-host:mailgun',
  },
  // (Mailgun's refusal is always 550 5.7.1: a temporary relay refusal, Postfix's "454 4.7.1 ... Relay access denied", is another server's)
  { id: 'temporary-relay-refusal-not-mailgun', name: "A temporary relay refusal (454), which Mailgun never gives", target: 'mailgun-outgoing', weight: -0.4, feature: 'reply-code:454', unless: 'refusing-host:mailgun' },
  // The app hands its mail to a mail server on its own machine or Docker host (PHP's `SMTP = localhost`, Laravel's cached
  // `host .... 172.17.0.1`): that server answered, whatever it relays on to.
  {
    id: 'local-relay-configured',
    name: 'The app sends through a mail server on its own machine, which answered',
    target: 'mailgun-outgoing',
    weight: -0.4,
    scope: 'text',
    patterns: [
      String.raw`(?:^|\n)[ \t]*(?:smtp|smtp_?host|smtp_?server|mail_host|email_host)[ \t]*[=:][ \t]*["']?(?:localhost|127\.0\.0\.1|172\.17\.0\.1|host\.docker\.internal)["']?[ \t]*(?:\n|$)`,
      String.raw`\bhost[ \t]*\.{3,}[ \t]*(?:localhost|127\.0\.0\.1|172\.17\.0\.1|host\.docker\.internal)\b`,
      // (.NET's `<network host="localhost" port="25" />`, `new SmtpClient("localhost")`)
      String.raw`\b(?:host[ \t]*=[ \t]*|SmtpClient\([ \t]*)["'](?:localhost|127\.0\.0\.1)["']`,
    ],
    needs: ['localhost', '127.0.0.1', '172.17.0.1', 'host.docker.internal'],
    unless: 'refusing-host:mailgun',
  },
  { id: 'mail-program-error', name: "A mail program's error when sending (its outgoing server answered)", target: 'mailgun-outgoing', weight: 0.35, feature: 'source:mail-client' },
  { id: 'client-library-error', name: "An error thrown by the sender's own mail library", target: 'mailgun-outgoing', weight: 0.35, feature: 'source:client-exception' },
  { id: 'client-smtp-transcript', name: "An SMTP session transcript from the sender's side", target: 'mailgun-outgoing', weight: 0.2, feature: 'source:smtp-transcript' },
  { id: 'sender-relay-log', name: "The sender's own mail server log", target: 'mailgun-outgoing', weight: 0.3, feature: 'source:mta-log' },
  {
    id: 'sending-through-mailgun-smtp',
    name: 'Says the app sends through Mailgun SMTP',
    target: 'mailgun-outgoing',
    weight: 0.55,
    patterns: [String.raw`(?:send|sends|sending|sent|relays?|relaying) (?:\S+ ){0,3}(?:through|via|with|using) (?:the |their |our |its )?mailgun(?:'s)? smtp`, String.raw`\boutgoing (?:smtp|mail|email)\b(?! (?:settings|server)\b)`, String.raw`\boutbound (?:\S+ ){0,3}(?:through|via|with|on|to) mailgun`, String.raw`(?:submits?|submitting|talks?|connects?) (?:\S+ ){0,3}(?:to|through|via|with) mailgun (?:over |via )?smtp`,
      // ("we switched MAIL_MAILER to smtp with mailgun last week")
      String.raw`\b(?:switched|moved|changed|set|configured|migrated)\b[^\n.?]{0,40}?\bto smtp (?:with|via|through|on|at) mailgun\b`,
      // ("Il passe par le relais SMTP de Mailgun", "pasa por el SMTP de Mailgun", "sendet über den SMTP-Relay von Mailgun"; not
      // asked, "no sabemos si el CRM envía por SMTP de Mailgun", nor one path of two, "par le SMTP de Mailgun ... et par l'API")
      String.raw`\b(?:passe|passent|envoie|envoient|pasa|pasan|env[ií]a|env[ií]an|sendet|senden|versendet)\b(?<!\b(?:si|if|ob|whether)\b[^\n]{0,40}\b(?:passe|passent|envoie|envoient|pasa|pasan|env[ií]a|env[ií]an|sendet|senden|versendet))[^\n]{0,30}?(?<![a-z])(?:par|por|via|über) (?:le |el |den )?(?:relais |relay |serveur |servidor )?smtp(?:-relay)? (?:de|von) mailgun\b(?![^\n.]{0,60}\b(?:o|ou|or|et|y|oder|und)\b[^\n.]{0,20}\b(?:par|por|via|über|through)\b)`,
      // ("The app shows this when sending through Mailgun", "Die App zeigt beim Versand über Mailgun", "al enviar por Mailgun",
      // "lors de l'envoi via Mailgun", "ao enviar pelo Mailgun"; not through its API)
      String.raw`\b(?:when|while)[ \t]+sending[ \t]+(?:\S+[ \t]+){0,2}?(?:through|via)[ \t]+mailgun\b(?!['\u2019]?s?[ \t]+(?:api|http))|\bbeim[ \t]+(?:versand|senden|versenden|verschicken)[ \t]+(?:\S+[ \t]+){0,2}?(?:über|via)[ \t]+mailgun\b(?![ \t]+(?:api|http))|\bal[ \t]+enviar[ \t]+(?:\S+[ \t]+){0,2}?(?:por|con|mediante|a[ \t]+través[ \t]+de)[ \t]+mailgun\b(?![ \t]+(?:api|http))|\blors[ \t]+de[ \t]+l'envoi[ \t]+(?:\S+[ \t]+){0,2}?(?:par|via|avec)[ \t]+mailgun\b(?![ \t]+(?:api|http))|\bao[ \t]+enviar[ \t]+(?:\S+[ \t]+){0,2}?(?:pelo|via|com|através[ \t]+do)[ \t]+mailgun\b(?![ \t]+(?:api|http))`,
    ],
    // (not a mail program's own "check your outgoing mail settings", which says nothing of Mailgun)
    needs: ['mailgun', 'outgoing'],
    // (nor beside the person's word that the domain receives through Mailgun's Routes too: see routes-mentioned)
    unless: 'mailgun-both-directions',
  },
  {
    // An error the sender's own application logged at send time came from the server it submits to.
    id: 'own-app-log',
    name: "The error comes from the sender's own application log",
    target: 'mailgun-outgoing',
    weight: 0.35,
    patterns: [String.raw`\b(?:our|their|the customer's|my) (?:own )?(?:app|application|service|notifier|backend)(?:'s)? (?:log|logs|error log)\b`, String.raw`\bfrom (?:our|their|my) (?:own )?(?:app|application|service)\b`],
  },
  // "Don't know if JobLedger sends through their Mailgun SMTP creds or through its own servers": a hosted app whose
  // sending path nobody knows (a Mailgun server named as refusing settles it)
  {
    id: 'sending-path-unknown-not-outgoing',
    name: 'Whether the app sends through Mailgun at all is not known',
    target: 'mailgun-outgoing',
    weight: -0.5,
    patterns: [String.raw`\b(?:don't|do not|doesn't|does not|not sure|no idea|unclear|can't tell)\b[^\n.]{0,20}\b(?:know )?(?:if|whether)\b[^\n.]{0,60}?\b(?:sends?|sending|goes|go|routes?|relays?)\b[^\n.]{0,20}?\b(?:through|via|with|using)\b[^\n.]{0,40}?\bmailgun\b[^\n.]{0,60}?\bor\b[^\n.]{0,40}?\b(?:its|their|the vendor's|the provider's) own\b`,
      // "Mailgun for the app and an old relay for monitoring, not sure which one kuma uses"
      String.raw`\b(?:not sure|no idea|don't know|do not know|unclear|can't tell)\b[^\n.]{0,10}\bwhich (?:one|relay|server|host|provider|of (?:them|the two))\b[^\n.]{0,30}?\b(?:uses?|using|goes|sends?)\b`,
      // "They don't know which slot this came from" (two deploy slots, one of them on another server), "which instance"
      // (or "They can't tell me which env produced this log")
      String.raw`\b(?:not sure|no idea|don't know|do not know|doesn't know|does not know|unclear|can't tell|cannot tell)\b[^\n.]{0,10}\bwhich (?:slot|instance|deployment|environment|env|box|machine|server|app)\b[^\n.]{0,30}?\b(?:came|comes|sent|sends|was|is|logged|produced|wrote|generated)\b`,
      // "They run two Grafana instances: prod (sends via Mailgun SMTP) and the lab one (via their MSP's smarthost)"
      String.raw`\btwo\b[^\n.:]{0,40}\b(?:instances|slots|servers|deployments|environments|setups)\b[^\n]{0,60}?\bmailgun\b[^\n]{0,80}?\b(?:and|while)\b[^\n]{0,60}?\b(?:smarthost|relay|postal|exchange|own server|self-hosted|sendgrid|ses|postmark)\b`,
      // "Half our fleet relays through Mailgun, the other half through the colo's Postfix"
      String.raw`\bhalf\b[^\n.]{0,40}?\b(?:relay|send|go)\w*[ \t]+(?:out[ \t]+)?(?:through|via)[ \t]+mailgun\b[^\n.]{0,20}?\bother half\b`,
      // "Infra changed SMTP_RELAY from smtp.mailgun.org to our internal postfix": the Mailgun host named is the old setting
      // (not to Mailgun's other region: "switched smarthost from smtp.mailgun.org to the EU host")
      String.raw`\b(?:changed|switched|moved)\b[^\n.]{0,40}?\bfrom[ \t]+["'\x60]?smtp(?:\.eu)?\.mailgun\.org(?::\d{1,5})?["'\x60]?[ \t]+to\b(?![ \t]+(?:the[ \t]+)?(?:eu|us|european|["'\x60]?smtp(?:\.eu)?\.mailgun\.org)\b)`,
      // Two outgoing servers listed, Mailgun's and another (Odoo's "SMTP Server: smtp.mailgun.org" then "SMTP Server:
      // smtp.hoster.example"), where the error names neither ("via SMTP server 'None'")
      // (not a change told as before and after: "Before: SMTP Server: smtp.office365.com" / "After: SMTP Server: smtp.mailgun.org")
      String.raw`\bsmtp server(?<!\b(?:before|after|old|new|previously|now|was|is now)\b[^\n]{0,10}smtp server)[ \t]*:[ \t]*smtp(?:\.eu)?\.mailgun\.org\b[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,3}?[^\n]{0,200}?\bsmtp server(?<!\b(?:before|after|old|new|previously|now|was|is now)\b[^\n]{0,10}smtp server)[ \t]*:[ \t]*(?!smtp(?:\.eu)?\.mailgun\.org\b)[a-z0-9]`,
      String.raw`\bsmtp server(?<!\b(?:before|after|old|new|previously|now|was|is now)\b[^\n]{0,10}smtp server)[ \t]*:[ \t]*(?!smtp(?:\.eu)?\.mailgun\.org\b)[a-z0-9][^\n]{0,300}\n(?:[^\n]{0,300}\n){0,3}?[^\n]{0,200}?\bsmtp server(?<!\b(?:before|after|old|new|previously|now|was|is now)\b[^\n]{0,10}smtp server)[ \t]*:[ \t]*smtp(?:\.eu)?\.mailgun\.org\b`,
      // "They have both Mailgun and an on-prem relay; nobody on the call knows which SMTP server Jira's outgoing mail is configured with"
      String.raw`\b(?:nobody|no one|no-one)\b[^\n.]{0,30}\bknows\b[^\n.]{0,10}\bwhich (?:smtp |mail |outgoing )?(?:one|relay|server|host|provider)\b`,
      // Two outgoing servers named side by side, Mailgun's and another: "twee uitgaande servers (smtp.mailgun.org en smtp.ziggo.nl)"
      String.raw`\bsmtp(?:\.eu)?\.mailgun\.org\)?[ \t]+(?:and|en|und|et|y|e|i|or|of|oder|ou|o)[ \t]+\(?smtp\.(?!(?:eu\.)?mailgun\.org\b)[a-z0-9-]{1,63}\.[a-z]`,
      // "monitoring mail goes "through the corporate relay" — not sure that's still true" (beside a Mailgun account)
      String.raw`\b(?:through|via) (?:the |our |their )?["'\u201c]?(?:corporate|company|office|internal|old|on-?prem) (?:smtp |mail )?relay\b[^\n]{0,60}?\b(?:not sure|no idea|don't know|do not know|unclear)\b(?![ \t]+(?:who|why|what|when|how|where)\b)`,
      // "we have Mailgun for the newsletter and also an old Strato mailbox, I don't remember which one I put here"
      String.raw`\bmailgun\b[^\n]{0,120}?\b(?:not sure|no idea|(?:don't|do not|doesn't|does not|didn't|did not) (?:know|remember|recall))\b[^\n.]{0,10}\bwhich (?:one|of (?:them|the two)) (?:(?:i|we|they|he|she) (?:put|used|set|configured|entered|picked|chose)|(?:is|was) (?:set|configured|used|in (?:there|use)))\b`,
      // "nobody else knows if it sends through their Mailgun SMTP creds or the old office relay"; "moving to Mailgun and some
      // environments still use the old corporate relay, nobody knows which one this pod was on"
      String.raw`\b(?:nobody|no one|no-one)(?: else)? knows\b[^\n.]{0,20}\b(?:if|whether)\b[^\n.]{0,60}\bmailgun\b[^\n.]{0,60}\bor\b`,
      String.raw`\bmailgun\b[^\n]{0,120}?\b(?:nobody|no one|no-one)(?: else)? knows which (?:one|environment|pod|instance|server|host|box)\b`,
      // "el que venía por defecto, creo que el del hosting nuevo, o el de Mailgun, no sé"
      // (not the reflexive "no se envía": "no se" only where it ends the clause)
      String.raw`\bo (?:el |la )?(?:de |del )?mailgun\b[^\n.]{0,15}?\bno (?:sé(?![a-zà-ÿ])|se(?=[ \t]*(?:[.,;!?)]|$)))`,
    ],
    needs: ['mailgun', 'which', 'two', 'relay'],
    unless: 'refusing-host:mailgun',
  },
  // (a Mailgun server named as the one that refused settles the direction, whatever the account does both ways)
  // Google Workspace's Gmail routing sends through Mailgun's SMTP host with no login (its route has no field for one).
  // (not another product's outbound gateway: "Mimecast (their outbound gateway) -> Mailgun")
  { id: 'google-workspace-route-to-mailgun', name: "A Google Workspace (Gmail) route sends through Mailgun's SMTP host", target: 'mailgun-outgoing', weight: 0.1, scope: 'text', patterns: [String.raw`\b(?:gmail[ \t]*(?:>|→|->)[ \t]*routing|change route|outbound gateway(?<!(?:${GATEWAY_PRODUCTS})[^\n]{0,40}))\b[^\n]{0,200}?\bsmtp\.(?:eu\.)?mailgun\.org\b|\bsmtp\.(?:eu\.)?mailgun\.org\b[^\n]{0,200}?\b(?:gmail[ \t]*(?:>|→|->)[ \t]*routing|change route|outbound gateway(?<!(?:${GATEWAY_PRODUCTS})[^\n]{0,40}))\b`], needs: ['routing', 'route', 'gateway'] },
  // Python's session opened with its host read strictly from the environment (`smtplib.SMTP(os.environ["SMTP_HOST"], 587)`,
  // which stops with a KeyError when it is missing): the environment is loaded, so a login setting missing from it is simply
  // not defined there (context for the Fix).
  { id: 'smtp-host-from-environment', name: 'The code opens its SMTP session with a host read strictly from the environment', target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`\bsmtplib\.SMTP(?:_SSL)?\([ \t]*os\.environ\[[ \t]*["'][A-Za-z_][A-Za-z0-9_]{0,60}["'][ \t]*\]`], needs: ['environ'], context: true },
  // The secrets said moved to a secrets store in the deploy that began it ("In that deploy they moved their secrets to AWS Secrets
  // Manager"): the app's login settings empty since, the new loading not filling them (context for the Fix).
  { id: 'secrets-store-moved', name: 'The paste says the secrets were moved to a secrets store', target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`(?<!(?:\bnot|n't|\bnever|\byet[ \t]+to)[ \t]+(?:\w+[ \t]+)?)\b(?:moved|migrated|switched|transferred)[ \t]+(?:(?:their|our|the|all|its|his|her)[ \t]+){0,2}(?:secrets|credentials|env(?:ironment)?[ \t]+(?:variables|vars)|config(?:uration)?)(?:[ \t]+(?:out[ \t]+of|from)[ \t]+(?:an?[ \t]+|the[ \t]+)?[.\w-]{1,30}(?:[ \t]+files?)?)?[ \t]+(?:over[ \t]+)?(?:to|into|in)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:aws[ \t]+secrets[ \t]+manager|secrets[ \t]+manager|(?:aws[ \t]+)?(?:ssm[ \t]+)?parameter[ \t]+store|(?:hashicorp[ \t]+)?vault|doppler|azure[ \t]+key[ \t]+vault|key[ \t]+vault|(?:google|gcp)[ \t]+secret[ \t]+manager|infisical)\b`], needs: ['secrets', 'credentials', 'env', 'config'], context: true },
  // A comment where the login call belongs (`# TODO login`, `// FIXME: add auth`), nothing else in it (not "TODO: login retries"):
  // the code never logs in (context: the message names it).
  { id: 'login-todo-comment', name: 'A comment in the code marks the login as still to do', target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`(?:#|//)[ \t]*(?:todo|fixme|xxx)\b[ \t:-]*(?:(?:add|do|call|the|smtp)[ \t]+){0,3}(?:login|log[ \t]+in|auth(?:enticate|entication)?)(?:\(\))?[ \t.!]*(?:here[ \t.!]*)?(?=\n|$)`], needs: ['todo', 'fixme', 'xxx'], context: true },
  // A login map whose password is an example value, while no login is sent yet: once the login is on, Mailgun answers 535 (context).
  { id: 'map-example-password', name: "The login map's password is an example value", target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [MAP_EXAMPLE_PASSWORD], needs: MAP_EXAMPLE_PASSWORD_NEEDS, context: true },
  // The job said moved to a new machine, its login read from an env file there ("we moved it to the new worker box ... login is
  // supposed to come from the env file on the box"): the file, or its loading, did not come along (context for the Fix).
  { id: 'moved-box-env-login', name: 'The program moved to a new machine, its login read from an env file', target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`\b(?:moved|migrated)[ \t]+(?:it|(?:the|our|their)[ \t]+(?:[\w-]{1,20}[ \t]+)?(?:job|app|application|script|service|worker|cron(?:[ \t]+job)?|mailer))[ \t]+(?:over[ \t]+)?to[ \t]+(?:a|the)[ \t]+new[ \t]+(?:worker[ \t]+)?(?:box|server|machine|host|vm|instance|node)\b[\s\S]{0,1500}?\blogin\b[^\n.]{0,40}?\b(?:comes?|read|loaded|taken)[ \t]+from[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:env(?:ironment)?[ \t]+file|\.env)\b`], needs: ['new'], context: true },
  // The login's switch set in another case than the code compares (`SMTP_AUTH_ENABLED=True` for `== "true"`): the login is skipped.
  { id: 'switch-case-mismatch', name: "The login's switch is set in another case than the code compares", target: 'mailgun-outgoing', weight: 0.05, feature: 'switch-case-mismatch', context: true },
  // An Exchange Online connector said scoped already ("scoped only to the recipient domains x.no and y.no", "mail to everyone
  // else goes direct"): the tenant's other mail is not held up, so no step to turn the connector off (context).
  { id: 'connector-scoped-said', name: 'The paste says the outbound connector is scoped to some mail only', target: 'mailgun-outgoing', weight: 0.02, scope: 'text', patterns: [String.raw`\bconnector\b[^\n.]{0,80}?(?<!\b(?:not|never|isn't|wasn't|aren't|no[ \t]+longer)[ \t]{1,3}(?:yet[ \t]+|been[ \t]+)?)\b(?:scoped|limited|restricted)[ \t]+(?:only[ \t]+)?to\b(?![^\n.?!]{0,60}\?)|\b(?:mail|everything|messages|e-?mails)[ \t]+to[ \t]+(?:everyone|everybody|anyone|all[ \t]+others)[ \t]+else[ \t]+goes[ \t]+(?:out[ \t]+)?direct(?:ly)?\b(?![^\n.?!]{0,60}\?)`], needs: ['connector', 'else'], context: true },
  // The sender's own mail gateway relaying to Mailgun ("a Mimecast delivery route ... pointing at smtp.mailgun.org", a Mimecast
  // NDR's "Remote Server: smtp.eu.mailgun.org" over its "Mimecast Delivery Route: ..."): the gateway is the client that has to log in.
  { id: 'gateway-route-to-mailgun', name: "The sender's own mail gateway relays to Mailgun's SMTP host", target: 'mailgun-outgoing', weight: 0.05, scope: 'text', patterns: [String.raw`(?<!\b(?:off|from|replaced|dropped|left|ditched|no[ \t]+longer[ \t]+use|stopped[ \t]+using|used[ \t]+to[ \t]+use)[ \t]{1,3})\b(?:${GATEWAY_PRODUCTS})\b[^\n.]{0,40}?\b(?:delivery[ \t]+rout(?:e|ing)|outbound[ \t]+(?:gateway|relay|route)|smart[ \t]?host)\b[^\n]{0,200}?\bsmtp\.(?:eu\.)?mailgun\.org\b`, String.raw`\bsmtp\.(?:eu\.)?mailgun\.org\b[^\n]{0,200}(?:\n[^\n]{0,200}){0,4}?\n[^\n]{0,40}?\b(?:${GATEWAY_PRODUCTS})[ \t]+(?:delivery[ \t]+rout(?:e|ing)|outbound[ \t]+(?:gateway|relay|route))\b`], needs: ['mimecast', 'proofpoint', 'barracuda', 'ironport', 'sophos', 'fortimail', 'cisco', 'trend'] },
  { id: 'direction-unknown-not-outgoing', name: 'The paste says the direction is unknown', target: 'mailgun-outgoing', weight: -0.7, patterns: DIRECTION_UNKNOWN, needs: DIRECTION_UNKNOWN_NEEDS, unless: 'refusing-host:mailgun' },
  // (the same words for the undetermined reply, which then leans toward neither side: "We use Mailgun both ways" beside Routes
  // mentioned is no sign of mail coming in; its pattern's run is the rule above's, shared)
  { id: 'direction-unknown-said', name: 'The paste says the mail goes both ways, or its direction is unknown', target: 'mailgun-outgoing', weight: 0.05, context: true, patterns: DIRECTION_UNKNOWN, needs: DIRECTION_UNKNOWN_NEEDS, unless: 'refusing-host:mailgun' },
  { id: 'auth-succeeded-not-outgoing', name: 'The SMTP session authenticated successfully (235)', target: 'mailgun-outgoing', weight: -0.7, feature: 'auth:succeeded', unless: 'auth:login-other-domain' },
  // (its login speaks for another domain than the mail's: Mailgun's SMTP host relays only what a session's login covers)
  // "The {$ALERT.SMTP.HOST} macro is set globally ..., I don't have access to see it", "MAIL_HOST comes from a k8s secret the dev
  // can't read": the server the app talks to is not shown (not a value given, "The MAIL_HOST value is smtp.mailgun.org ... I don't know why"), Mailgun's or another (a Mailgun server named as refusing settles it)
  {
    id: 'smtp-server-value-unseen-not-outgoing',
    name: 'The SMTP server comes from a macro or secret whose value nobody can see',
    target: 'mailgun-outgoing',
    weight: -0.5,
    patterns: [
      String.raw`(?:\{\$[a-z0-9_.]{0,40}(?:host|server|relay)[a-z0-9_.]{0,20}\}|\$\{[a-z0-9_]{0,40}(?:host|server|relay)[a-z0-9_]{0,20}\}|\b[a-z][a-z0-9]{1,20}_(?:smtp_)?(?:host|server|relay)\b)[ \t]+(?:macro|variable|secret|value|comes from)\b(?![ \t]+(?:is|was|=|:)[ \t]+["'\x60]?[a-z0-9-]{1,63}\.)[^\n]{0,160}?\b(?:(?:don't|do not|can't|cannot|couldn't)\b[^\n]{0,30}?\b(?:access|see|read)\b|(?:don't|do not|no one|nobody)[ \t]+knows?[ \t]+(?:which|what)[ \t]+(?:server|host|value|it)\b)`,
    ],
    needs: ['macro', 'variable', 'secret', 'value', 'comes'],
    unless: 'refusing-host:mailgun',
  },
  { id: 'login-of-another-domain', name: "The session logged in as another domain than the one it sends from", target: 'mailgun-outgoing', weight: 0.6, feature: 'auth:login-other-domain' },
  {
    // Per KNOWLEDGE.md a failed entry in Mailgun's logs means Mailgun accepted the message.
    id: 'mailgun-logs-failure-not-outgoing',
    name: "A failure seen in Mailgun's logs (Mailgun accepted the message)",
    target: 'mailgun-outgoing',
    weight: -0.6,
    patterns: MAILGUN_LOG_FAILURE,
    needs: MAILGUN_LOG_FAILURE_NEEDS,
    unless: 'not-mailgun-logs',
  },
  {
    id: 'sends-via-api-not-outgoing',
    name: 'The mail is sent with the HTTP API, not SMTP',
    target: 'mailgun-outgoing',
    weight: -0.6,
    patterns: [String.raw`\b(?:send|sends|sending|sent|goes out|go out) (?:\S+ ){0,3}(?:with|via|through|using) (?:the |their |our )?(?:http |rest )?api\b(?! fallback)`, String.raw`\b(?:don't|do not|doesn't|does not|never) use mailgun(?:'s)? smtp\b`],
    needs: ['api', 'mailgun'],
    // (Mailgun's SMTP host seen refusing was an SMTP session, whatever else the paste sends with the API; and the API as a
    // fallback, "mail sent to a@b via api fallback", is beside the SMTP path that failed)
    unless: 'refusing-host:mailgun-smtp',
  },
  { id: 'internal-client-refused-not-outgoing', name: 'A mail server refused a client on its own private network, not Mailgun', target: 'mailgun-outgoing', weight: -0.8, feature: 'own-server:internal-client' },
  { id: 'sender-relay-refused-not-outgoing', name: "The sender's own relay gave the refusal, not Mailgun", target: 'mailgun-outgoing', weight: -0.8, feature: 'refusing-host:sender-relay' },
  { id: 'another-provider-not-outgoing', name: 'The mail went through another provider, not Mailgun', target: 'mailgun-outgoing', weight: -0.8, feature: 'another-provider' },
  { id: 'mailgun-event-not-outgoing', name: 'A Mailgun event means Mailgun accepted the message', target: 'mailgun-outgoing', weight: -0.8, feature: 'mailgun-event' },
  { id: 'mailgun-accepted-not-outgoing', name: 'Mailgun accepted the message', target: 'mailgun-outgoing', weight: -0.7, feature: 'mailgun-accepted' },
  { id: 'mailgun-client-refused-not-outgoing', name: "The server's own log refuses Mailgun's delivering server", target: 'mailgun-outgoing', weight: -0.7, feature: 'refused-mailgun-client' },
  { id: 'other-host-refused-not-outgoing', name: 'A non-Mailgun host gave the refusal', target: 'mailgun-outgoing', weight: -0.5, feature: 'refusing-host:other' },
  // (not when the sender is set to send through that MX: then the MX refusing is the sending side's mistake)
  { id: 'mailgun-mx-refused-not-outgoing', name: "Mailgun's inbound MX gave the refusal", target: 'mailgun-outgoing', weight: -0.6, feature: 'refusing-host:mailgun-mx', unless: 'mx-session:sending' },
];
