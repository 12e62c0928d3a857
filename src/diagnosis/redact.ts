/**
 * Finds credentials people paste by accident (configs, curl lines, SMTP transcripts) and replaces
 * them with a marker. Placeholders such as `<redacted>`, `YOUR_API_KEY`, `null` or `...` are left
 * alone and do not count as secrets.
 */

import { SLACK_TOKEN } from '../shared/slack-token.js';
import { SECRET_KINDS, type SecretKind } from './types.js';
import { oneLine } from './one-line.js';
import { wordGuard } from './word-scan.js';

export const REDACTED = '[REDACTED]';

export interface SecretPattern {
  /** Lower-case words the secret's context always contains: a cheap test before the pattern. */
  needs?: readonly string[];
  /**
   * For a pattern the engine must try at every position: a shape every match contains that starts
   * with a literal, which the engine finds with a fast scan. Tested (on the lower-cased text) after `needs`.
   */
  shape?: RegExp;
  /** Group 1 (when present) is kept; the rest of the match is the secret. */
  pattern: RegExp;
  /** What the secret is; for a `name = value` pattern, read from the name (group 1). */
  kind: SecretKind | ((kept: string, secret: string, before: string) => SecretKind);
}

/** Values that name where a secret lives (an environment variable, a config call) rather than holding it. */
// (`!secret` is Home Assistant's reference to its secrets.yaml)
// (Elixir reads it with `System.get_env("...")` or `Application.fetch_env!(...)`)
// (and a lookup by key in code: `_config["Mailgun:SmtpPassword"]`, `settings['SMTP_PASS']`)
// (and PowerShell's cmdlet that converts what follows it: `$pass = ConvertTo-SecureString $env:MG_SMTP_PASS -AsPlainText -Force`)
// (and a field of a settings object in code that holds it, `password=cfg.password`, `self.smtp_password`, `opts.apiKey`: a
// known holder's name first and the field's name last, not a password such as `winter.Passw0rd2024`)
// (and Rails' ERB in a YAML config, `api_key: <%= ENV["MAILGUN_API_KEY"] %>`, cut at its first blank: `<%=`)
// (and a secrets object's field named like a secret's environment variable, `pass: secrets.MAILGUN_SMTP_PASS`; not `opts.WINTER_2024`)
// (or a call that fetches it, `vault_client.read("secret/reports/mailgun")["data"]["password"]`, `getpass()`; not one that decodes
// a literal, `base64.b64decode("M2Y5...")`: that literal is the secret)
/** A value that names where a secret is kept, quoted or not: Azure's `@Microsoft.KeyVault(SecretUri=...)`, CloudFormation's `{{resolve:secretsmanager:...}}`, an AWS Secrets Manager ARN, 1Password's `op://`. */
const SECRET_STORE_REFERENCE = /^["']?(?:@Microsoft\.KeyVault\(|\{\{resolve:(?:secretsmanager|ssm-secure):|arn:aws:secretsmanager:|op:\/\/)/;
const REFERENCE = /^(?:(?:ConvertTo|ConvertFrom|Get|Read|Import|Unprotect)-[A-Z][A-Za-z]{2,40}$|(?:process\.env|os\.environ|os\.getenv|os\.Getenv|os\.LookupEnv|getenv|System\.getenv|System\.(?:get|fetch)_env!?|Application\.(?:get|fetch)_env!?|Environment\.GetEnvironmentVariable|ENV|env|config|settings|Rails\.application)[.[(:]|[$%])|^[A-Za-z_][\w.]{0,60}\[["'][^"'\n]{1,80}["']\];?$|^(?:await[ \t]+)?(?![\w.]{0,200}?(?:decode|decrypt|atob|from|unhex|unescape)\w{0,20}\()[A-Za-z_]\w{0,40}(?:\.[A-Za-z_]\w{0,40}){0,4}\((?:["'][^"'\n]{0,200}["'])?\)(?:\[["'][^"'\n]{1,80}["']\]){0,4};?$|^[A-Z][A-Z0-9]*_[A-Z0-9_]+$|^!secret$|^<%=?(?:[ \t]*ENV\[[^\]\n]{1,80}\][ \t]*%>)?$|^(?:cfg|conf|config|settings|self|this|opts|options|params|creds|credentials|smtp|mail|mailer|account|args|ctx|props|secrets|app|conn|c|s)(?:\.[a-z_]\w{0,40}){0,3}\.(?:[a-z_]\w{0,20}[._])?(?:pass(?:word|wd)?|pwd|secret|api_?key|apiKey|key|token|smtpPassword|smtp_password)[,;)]?$|^(?:cfg|conf|config|settings|secrets|creds|credentials|vars|params|opts|options)\.[A-Z][A-Z0-9_]*(?:PASS|PWD|KEY|SECRET|TOKEN)[A-Z0-9_]*[,;)]?$/;

// (`key-` alone: the rest was `<redacted>`, which the value stops before; `key-…redacted…`)
// (kubectl describe's `SMTP_PASSWORD:  <set to the key 'smtp-password' in secret 'mail'>`, cut at its first blank: `<set`)
// (and a tool's own redaction between stars: Nextcloud's `***REMOVED SENSITIVE VALUE***`; Rails' `[FILTERED]`)
// (and a person's note in the value's place: `Password: (they pasted their Private API key here)`)
// (and where it is kept, in the writer's language: "from-vault", "isi-dari-vault")
// (and the start of a person's note cut at its first blank: `<redacted by me>` read as `<redacted`, `(set in Key Vault reference)` as `(set`;
// a word for empty read out, "Passwort: leer.")
// (and a platform's reference to a variable kept elsewhere: Railway's and GitHub Actions' `${{shared.X}}`, `${env.X}`)
// (and Terraform's, `var.mailgun_smtp_password`, `local.smtp_pass`; Symfony's `%env(MAILGUN_API_KEY)%`)
// (and a value cut short to a few characters and marked so, "Xy7#q...redacted", any characters; code read as a setting, "if
// MAIL_USERNAME and MAIL_PASSWORD: smtp.login(...)")
const PLACEHOLDER = /^(?:<[^>]*>|<set|<(?:redacted|removed|hidden|masked|secret|password|snip(?:ped)?|omitted)\b[^>]{0,40}>?|\((?:set|stored|kept|held|from|in|via|see|managed|injected|loaded)\b(?:[ \t][A-Za-z \t.'-]{0,60}\)?)?|\((?:they|he|she|we|i|you|customer|the customer|user|the user|the|a|an|our|their|its|new|old)\b(?:[ \t][A-Za-z \t.'-]{0,80}\)?)?|(?:key-)?\*{2,}(?:removed|redacted|hidden|masked|filtered|sensitive)[a-z _-]{0,30}\*{2,}|key-|(?:key-)?[\[(…]?(?:redacted|filtered)[\])…]?|(?:key-)?(?:\*+|x+|\.{2,}|…|[•●∙·]{3,})|(?:key-)?(?:\*{3,}|[•●∙·]{3,})[\w.-]{1,12}|null|none|nil|undefined|""|''|your[_-]?\w*|\[[A-Za-z][A-Za-z _-]{0,40}\]|\$\{?\w+\}?|\$\{\{[ \t]*[A-Za-z_][\w.-]{0,100}[ \t]*\}\}|\$\{[A-Za-z_][\w.-]{0,100}\}|(?:var|local|module|data)\.[A-Za-z_][\w.-]{0,100}|%\w+%|%env\([A-Za-z_][\w:.-]{0,100}\)%|\{\{[^}]*\}\}|changeme|secret|password|protected|(?:smtp|mail|email|your) pass(?:word)?|api[_-]?key|key|[\w.-]{1,8}x{6,}|[\w.-]{1,12}(?:<[^>\s]{1,20}>|\*{3,}|…|[•●∙·]{3,})|[\w.-]{1,12}(?:…|\.{3})\((?:redacted|removed|hidden|masked|truncated|snipped|masqué|masquée|maskiert|oculto|oculta|mascherato|mascherata)\)|[\w-]*\.\.\.|[0-9a-f]{2,8}(?:\.{3}|…)[0-9a-f]{2,8}|[^\s"'`]{1,5}(?:…|\.{2,})(?:redacted|removed|hidden|masked|truncated|snipped)|[A-Za-z_]\w{0,30}(?:\.[A-Za-z_]\w{0,30})+\((?:\.{3}|…)\)`?|(?:greyed|grayed)(?:[ -]out)?|\((?:blank|empty|none|not set|unset|set|configured|present|vide|leer|vac[ií]o|vazio|hidden|masked|removed|deleted|omitted|scrubbed|censored|snipped|sanitized|sanitised|để trống|trống|ריק|κενό|κενός|пусто|пустой|空|空白|空欄|未設定|비어 ?있음|없음|boş|prázdné|prázdný|tyhjä|tomt|tom|leeg|vuoto|pust[ey]|üres|kosong|tidak ada)\)|[\w-]{0,30}[-_](?:here|hier|aqui|aquí|ici|qui|tutaj|vault|redacted|removed|masked|scrubbed|censored|sanitized|sanitised)|[•●∙·]{3,}|(?:blank|empty|leer|leeg|vide|vac[ií]o|vazio|vuoto|tomt|tyhjä|üres)[.,;]?)$/i;
/**
 * A run of x's standing in for a value, in one case: "xxxx", "XXX_YOUR_PASSWORD", "xxxx1234" (masked but its last digits), SendGrid's key shape "SG.xxxxx".
 * Case-sensitive, unlike PLACEHOLDER: a random password may start with x's in mixed case ("XXx0AAa0AAA0000").
 */
const X_RUN_PLACEHOLDER = /^(?:x{3,}(?:[-_][a-z_-]{1,30}|\d{1,6})?|X{3,}(?:[-_][A-Z_-]{1,30}|\d{1,6})?|SG\.(?:x{3,}|X{3,})(?:\.(?:x{3,}|X{3,}))?)$/;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || X_RUN_PLACEHOLDER.test(value);
}

/** What stands just before `Secret` in a setting that names where a secret is kept (`envFromSecret`, `existingSecret`). */
const SECRET_REFERENCE_NAME = /(?:from|existing)[_-]?$/i;
// (and "password" in other languages: `"Senha": "..."`, `contraseña=...`, `Passwort: ...`, `mot de passe : ...`)
const PASSWORD_WORDS = String.raw`passwort|kennwort|mot[ _]de[ _]passe|senha|şifre|heslo|contraseña|contrasena|wachtwoord|hasło|haslo|пароль|密码|パスワード|비밀번호`;
const SECRET_KEYS = String.raw`(?:passw(?:or)?d|passwd|pass|pwd|${PASSWORD_WORDS}|secret|api[_-]?key|apikey|(?:access|auth|bot|api|bearer|refresh|app|server)[_-]?token|signing[_-]?(?:secret|key))`;

/**
 * A quoted value that describes a secret in words: an article, then at most four words, then the secret's name ending it or
 * followed by where it comes from ("the SMTP password from Mailgun", "het SMTP-wachtwoord uit Mailgun", "la password SMTP di
 * Mailgun"); not a passphrase that only holds such a word, "the secret sauce 99", nor one with a digit.
 */
const QUOTED_DESCRIPTION = new RegExp(String.raw`^(?![^\n]{0,200}\d)(?:the|their|our|your|het|de|la|il|le|el|lo|o|a|der|die|das|die|den)[ 	]+(?:[\p{L}'’-]{1,20}[ 	]+){0,4}?[\p{L}-]{0,20}(?:password|passwort|wachtwoord|contraseña|senha|mot de passe|${PASSWORD_WORDS}|key|secret|credentials?|token)(?:[ \t]+[\p{L}-]{1,10})?(?:[ \t]*$|[ \t]+(?:from|of|in|for|uit|van|di|del|da|de|des|du|von|aus|para|per)(?![\p{L}\d])|[ \t]*\()`, 'iu');

/** A quoted value's words, from `secret` (its start, after the opening quote) and `after` (the value may have been cut at a blank). */
function quotedValue(secret: string, after: string): string {
  return /["']$/.test(secret) ? secret.slice(0, -1) : secret + after.slice(0, /["']/.exec(after)?.index ?? after.length);
}

/** The words after an article in a secret's place that name a secret, not give one: " Mailgun SMTP password", " new API key". */
// (the name ends the phrase or says where it comes from: "the Walrus Gate Key 1987" is a passphrase)
// (or, for a Mailgun secret by its kind, a clause on where it came from with no digit in it: "the new private API key they
// generated on Monday"; not a passphrase, "the silver key we buried in 1987")
// (or "the one from the Mailgun dashboard": the secret named by where it is)
const DESCRIBED_SECRET = /^(?:[ \t]+[\p{L}'’-]{1,20}){0,4}[ \t]+(?:password|passwort|key|secret|credentials?|token|login)(?:[ \t]*(?:$|\n|[,.;)(])|[ \t]+(?:from|of|in|for|here|there|too)(?![\p{L}\d]))|^(?:[ \t]+[\p{L}'’-]{1,20}){0,3}?[ \t]+(?:api|smtp|mailgun|sending)[ \t]+(?:password|key|secret|credentials?|token)[ \t]+(?:they|we|he|she|you|i|that|which|who)(?![\p{L}\d])[^\d\n]*(?:\n|$)|^[ \t]+(?:new[ \t]+|same[ \t]+)?one[ \t]+(?:from|in|on|shown[ \t]+in)[ \t]+(?:the[ \t]+)?(?:mailgun|dashboard|control[ \t]+panel|ui|portal)(?![\p{L}\d])/iu;

/** "reset password: kontak@x.example", "forgot password: ...": a feature's name in words, with no password after it. */
const NOT_A_PASSWORD_PHRASE = String.raw`(?<!\b(?:reset|forgot|forgotten|lost|lupa)[ \t]{1,3})`;

/**
 * The kind of a secret kept under a name: `MAIL_PASSWORD`, `api_key`, `bot_token`, `signing_secret`.
 * A password name decides (Mailgun generates SMTP passwords in its API keys' shape, so a key-shaped
 * password is still a password); else a Mailgun key's shape says API key (`MAILGUN_SECRET=key-...`
 * is Laravel's name for it).
 */
function kindOfName(kept: string, secret: string): SecretKind {
  // (a legacy `key-...` API key is never an SMTP password, whatever the setting's name: one pasted there is an API key)
  if (/^["']?key-[A-Za-z0-9]{6,}/.test(secret)) return 'api-key';
  if (/pass|pwd/i.test(kept) || PASSWORD_NAME.test(kept)) return 'password';
  if (/api[_-]?key/i.test(kept) || MAILGUN_KEY_SHAPE.test(secret)) return 'api-key';
  return 'token';
}
const PASSWORD_NAME = new RegExp(PASSWORD_WORDS, 'i');
/** Its words as literals for the scan (those with `pass` in them are found by `pass`). */
const PASSWORD_NEEDS = PASSWORD_WORDS.split('|').filter((word) => /^\p{L}+$/u.test(word) && !word.includes('pass'));
const MAILGUN_KEY_SHAPE = /^["']?(?:key-[A-Za-z0-9]{6,}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})/;
/**
 * A comment line that labels the value under it the API key, "# this is the Private API key from Settings > API Keys", "// API
 * key:": the label alone, not a sentence that names the key for something else ("# the SMTP password, not the API key", "# API
 * key rotated last week, new SMTP creds below", "# API key goes in MAILGUN_API_KEY").
 */
const API_KEY_COMMENT = /^[ \t]*(?:#|\/\/|;|--)[ \t]*(?:(?:this|that|it)(?:[ \t]+is|'s)[ \t]+)?(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:(?:mailgun|private|secret|sending)[ \t]+)*api[ _-]?key(?:[ \t]+(?:from|in|on|of)[ \t]+(?![^\n]*\b(?:creds?|credentials?|login|smtp|below|replaced|rotated|elsewhere|goes|not|never|instead|separate|password)\b)[^\n]{1,80}?)?[ \t]*[:.]?[ \t]*$/i;
/** `${NAME:default}` (Spring), `${NAME:-default}` (shell, Compose): group 1 up to the default, group 2 the default. */
const VARIABLE_WITH_DEFAULT = /^(\$\{[A-Za-z_][\w.]{0,60}:-?)([^{}\s]{1,200})\}$/;
/** A SendGrid API key's shape: `SG.` and two base64url parts. */
const SENDGRID_KEY = /^SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/;
/** A SendGrid key's own start, the rest cut off: `SG.Qx7...`. */
const SENDGRID_KEY_START = /^SG\.[A-Za-z0-9_-]{3,}/;

/** Exported for the test that checks every `needs` against the pattern it guards. */
export const SECRET_PATTERNS: SecretPattern[] = [
  // Slack tokens and signing secrets never belong in a paste.
  { needs: ['xox', 'xapp-'], pattern: new RegExp(`()${SLACK_TOKEN.source}`, 'g'), kind: 'slack-token' },
  // A SendGrid key wherever it stands (a commented-out sasl_passwd line, `apikey:SG.…`): its shape says what it is.
  { needs: ['sg.'], pattern: new RegExp(String.raw`()(?<![\w.])${SENDGRID_KEY.source.slice(1)}(?![\w-])`, 'g'), kind: 'sendgrid-key' },
  // First, so that the name says what a value is: MAIL_PASSWORD holding a key-shaped string is a password.
  // password = value, "password": "value", MAIL_PASSWORD=value, SMTP_PASS: value, a hash's
  // gitlab_rails['smtp_password'] = "value". A quoted value
  // runs to its closing quote, an unquoted one to the next white space (passwords hold , ; and }).
  {
    needs: ['pass', 'pwd', 'secret', 'key', 'token', ...PASSWORD_NEEDS],
    pattern: new RegExp(String.raw`${NOT_A_PASSWORD_PHRASE}(${SECRET_KEYS}["']?\]?[ \t]*(?:[:=]|=>)[ \t]*("{3}|'{3}|["']))(?:(?!\2)[^\n]){1,300}(?=\2)`, 'gi'),
    kind: kindOfName,
  },
  {
    needs: ['pass', 'pwd', 'secret', 'key', 'token', ...PASSWORD_NEEDS],
    // (not a note in parentheses with a blank in it, "(để trống)", "(not set)": a settings screen's word for empty)
    // (nor the next field of a Go struct printed with an empty one, `&{Host:smtp.eu.mailgun.org Port:587 Username: Password: From:a@b}`)
    // (nor a Postfix map's key after its file's name, "/etc/postfix/sasl_passwd: [smtp.mailgun.org]:2525 user:****", or quoted,
    // "sasl_passwd: `smtp.mailgun.org:587 user:****`", "sasl_passwd: `[smtp.mailgun.org]:587 user:****`": the map's line, whose
    // password the rule below reads)
    pattern: new RegExp(String.raw`${NOT_A_PASSWORD_PHRASE}(${SECRET_KEYS}["']?\]?[ \t]*(?:=>|[:=])[ \t]*)(?!["'])(?!\([^()\n]{1,24}\)[ \t]*(?:$|\n))(?!(?<=[{ \t,][A-Z][A-Za-z]{0,40}:[ \t]+)(?:From|To|Host|Port|Username|User|Auth|TLS|Sender|Domain|Subject|Identity|Timeout|Insecure)[:}])(?!\[[a-z0-9.-]{1,253}\](?::\d{1,5})?(?:\s|$))(?!(?<=sasl_passwd[ \t]*:[ \t]*)` + '`' + String.raw`?\[?[a-z0-9.-]{1,253}\]?(?::\d{1,5})?[ \t])\S{3,300}`, 'gim'),
    kind: kindOfName,
  },
  // mailgun.js: mailgun.client({ username: 'api', key: 'KEY' })
  { needs: ['mailgun.client'], pattern: /(mailgun\.client\(\{[^}\n]{0,200}?\bkey[ \t]*:[ \t]*(["']))(?:(?!\2)[^\n]){4,200}(?=\2)/g, kind: 'api-key' },
  // curl --user 'api:KEY', -u api:KEY, requests auth=("api", "KEY").
  // (not a URL scheme, `sendgrid+api://...`, nor an image's tag, `registry.internal/api:2.41.5`;
  // a URL's user, `https://api:KEY@`, is one, and its host after the @ stays)
  // (nor a Rust module path, `vaultwarden::api::core::organizations`)
  { needs: ['api:'], pattern: /((?<![\w.-])(?<!::)(?<!(?<!\/)\/)api:)(?!\/\/|:)[^\s'"<>@]{4,200}/g, kind: 'api-key' },
  { needs: ['api'], pattern: /(\(\s*["']api["']\s*,\s*["'])[^"'\s]{4,200}(?=["'])/g, kind: 'api-key' },
  // user:password@ in any URL or DSN (smtp://, smtps://, https://).
  // (an unencoded `@` in the user name is common: the password runs to the last `@` before the host)
  // (not Symfony's Mailgun API and HTTP transports, `mailgun+api://KEY:DOMAIN@default`: the key is the user, the domain no secret)
  { needs: ['://'], pattern: /(\b(?<![+.-])(?!mailgun\+(?:api|https):)[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/'"<>]{1,200}:)[^\s/'"<>]{1,200}(?=@[a-z0-9.-]{1,253}(?:[:/\s'"]|$))/gim, kind: 'password' },
  { needs: ['mailgun+'], pattern: /(\bmailgun\+(?:api|https):\/\/)[^\s:/'"<>@]{1,200}(?=:[a-z0-9.-]{1,253}@)/gi, kind: 'api-key' },
  // A quoted user:password@host without a scheme ('user:Secret@mail.corp.example'), as some configs take it.
  { needs: ['@'], shape: /:[^\s'"@/:]{1,200}@/, pattern: /(["'](?!mailto:|sip:|tel:)[^\s'"@/:]{1,64}:)[^\s'"@/:]{1,200}(?=@[a-z0-9.-]{1,253}\.[a-z]{2,24}["'])/gi, kind: 'password' },
  // msmtp's rc file, `password   kwtp zrvb qmla hexd` (a key and its value after blanks; a Gmail app password has blanks in it;
  // not msmtp --pretend's `password = *`, a password set and masked)
  // (only under the file's `user`/`host` line and its other `key value` lines, and one word or an app password's four
  // groups: no sentence, "password changed yesterday")
  { needs: ['password'], pattern: /^(?=[ \t]*password[ \t])(?<=^[ \t]*(?:user|host|account)[ \t]+\S{1,200}[ \t]*\n(?:[ \t]*[a-z_]{2,30}[ \t]+\S{1,200}[ \t]*\n){0,6})(^[ \t]*password[ \t]+)(?![=:]|eval\b)(?:[a-z]{4}(?:[ \t][a-z]{4}){3}|\S{1,200})(?=[ \t]*$)/gim, kind: 'password' },
  // props.put("mail.smtp.password", "..."), setProperty('password', '...'), PHP's define('SMTP_PASS', '...').
  // (a call's first argument only: not a list of names, `["GF_SMTP_PASSWORD", "GF_SMTP_USERNAME"]`)
  // (the look-behind after the name, not before it: tried at every position of the text, it would be slow)
  // (up to two quoted arguments before it: `$config->set('smtp', 'password', '...')`)
  { needs: ['pass', 'pwd'], pattern: /((?:passw(?:or)?d|pass|pwd)(?<=\((?:[ \t]*["'][^"'\n]{0,60}["'][ \t]*,){0,2}[ \t]*["'][^"'\n]{0,60}(?:passw(?:or)?d|pass|pwd))["'][ \t]*,[ \t]*["'])[^"'\n]{1,300}(?=["'])/gi, kind: 'password' },
  // Go smtp.PlainAuth("", user, "password", host); .NET NetworkCredential(user, "password");
  // Jakarta Mail new PasswordAuthentication(user, "password").
  { needs: ['plainauth'], pattern: /(PlainAuth\([ \t]*"[^"\n]{0,200}"[ \t]*,[^,\n]{1,200},[ \t]*")[^"\n]{1,300}(?=")/g, kind: 'password' },
  // PowerShell: ConvertTo-SecureString "password" -AsPlainText -Force (a literal converted; `$env:X` after it is a reference)
  { needs: ['convertto-securestring'], pattern: /(ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(["']))(?:(?!\2)[^\n]){1,300}(?=\2)/gi, kind: 'password' },
  { needs: ['networkcredential', 'passwordauthentication'], pattern: /((?:NetworkCredential|PasswordAuthentication)\([^,\n]{1,200},[ \t]*")[^"\n]{1,300}(?=")/g, kind: 'password' },
  // Postfix sasl_passwd: `[smtp.mailgun.org]:587 postmaster@mg.example.com:password` (the login is an address),
  // or keyed by the sender's domain or address for sender-dependent logins, `@example.com postmaster@mg.example.com:password`,
  // `noreply@example.com postmaster@mg.example.com:password`
  // (at a line's start, indented or not, or after the file's name on a line whose breaks were lost: "/etc/postfix/sasl_passwd: [smtp...").
  // Exim's passwd.client: `smtp.mailgun.org:postmaster@mg.example.com:PASSWORD` (or `*:login:password`),
  // in a paste about Exim or that file
  { needs: ['passwd.client', 'exim'], shape: /@[^\s:@]{1,200}:\S/, pattern: /(^[ \t]*(?:\*|[a-z0-9*][a-z0-9.*-]{0,200}\.[a-z]{2,24}):[^\s:@]{1,64}@[^\s:@]{1,200}:)\S{1,300}/gim, kind: 'password' },
  { needs: ['sasl', 'relayhost', 'smtp'], shape: /@[^\s:@]{1,200}:\S/, pattern: /((?:^[ \t]*|sasl_passwd:?[ \t]{1,4}[`'"]?)(?:[a-z0-9._+-]{1,64}@|@|\[)?[a-z0-9-]{1,63}\.[a-z0-9.-]{1,200}\]?(?::\d{1,5})?[ \t]+[^\s:@]{1,64}@[^\s:@]{1,200}:)\S{1,300}/gim, kind: 'password' },
  // A settings screen's "Mailgun private API key: 2a9f61c0..." (a blank in its name, so a value shaped like a key only: not "API key: see below")
  { needs: ['api key'], pattern: /(\b(?:private |secret |sending )?api key[ \t]*:[ \t]*)(?=[A-Za-z0-9._-]{0,99}\d)(?=[A-Za-z0-9._-]{0,99}[a-z])[A-Za-z0-9._-]{16,100}(?![A-Za-z0-9._-])/gi, kind: 'api-key' },
  // Said in words: "Our webhook signing key is 8f3c2a91...", "the API key was 4d2e...-..." (a value shaped like a key, three digits or more:
  // not "the password is wrong", "the token is expired", "the new password is 1Password-generated")
  {
    needs: ['key', 'password', 'secret', 'token'],
    pattern: /(\b(?:(?:webhook |http )?signing key|(?:private |secret |sending )?api key|password|secret|token)[ \t]+(?:is|was|is now|is still)[ \t]+["'`]?)(?=(?:[A-Za-z._-]{0,99}\d){3})(?=[A-Za-z0-9._-]{0,99}[a-z])[A-Za-z0-9._-]{16,100}(?![A-Za-z0-9._@-])/gi,
    kind: (kept, secret) => (/password/i.test(kept) ? 'password' : /api key/i.test(kept) || MAILGUN_KEY_SHAPE.test(secret) ? 'api-key' : 'token'),
  },
  // Authorization headers.
  { needs: ['authorization'], pattern: /(\bAuthorization:\s*(?:Basic|Bearer)\s+)[A-Za-z0-9+/=._-]{6,2000}/gi, kind: (kept) => (/basic/i.test(kept) ? 'password' : 'token') },
  { needs: ['basic', 'bearer'], pattern: /(\b(?:Basic|Bearer)\s+)[A-Za-z0-9+/=._-]{16,2000}/g, kind: (kept) => (/basic/i.test(kept) ? 'password' : 'token') },
  // SMTP AUTH PLAIN <base64> and the answers to AUTH LOGIN's base64 prompts.
  // (not a library's words after the mechanism: Jakarta Mail's "AUTH LOGIN command trace suppressed", "AUTH LOGIN succeeded")
  { needs: ['auth'], pattern: /((?<!\d[ -])\bAUTH[ \t]+(?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2)[ \t]+)(?!(?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2|DIGEST-MD5)\b|(?:command|succeeded|successful|failed|failure|trace|mechanism|attempt|is|was|not|disabled|enabled|ok|error)(?=[ \t\r\n:;,.)]|$))[A-Za-z0-9+/=]{4,2000}/gi, kind: 'password' },
  // (the answer is the whole rest of its line: "CLIENTE -> SERVIDOR: [credentials hidden]" holds none)
  // (swaks marks its lines inside TLS `~>`, smtplib's debug output `send: '...'`; openssl s_client and telnet print the
  // answer alone on its line)
  { needs: ['334 '], pattern: /(334 UGFzc3dvcmQ6[^\n]*\n(?:[^\n]{0,80}?(?:(?:CLIENT|CLIENTE|KLIENT) -> (?:SERVER|SERVIDOR|SERVEUR|SERWER):|(?<![A-Z] )->|~>|C:|CMD:|>>>|\bsend:[ \t]*b?['"])[ \t]*|[ \t]*(?=[A-Za-z0-9+/]{4,2000}={0,2}\r?[ \t]*$)))[A-Za-z0-9+/=]{4,2000}(?![A-Za-z0-9+/=:])/gm, kind: 'password' },
  // msmtprc's `password Wq8r...` (a blank, no `=`), in a paste about msmtp (msmtp -v prints its own `password = *`);
  // a value with a digit or a sign in it, not a sentence's next word ("password changed yesterday")
  { needs: ['msmtp'], pattern: /(^[ \t]*password[ \t]+)(?![=:(])(?=\S{0,300}[^A-Za-z\s])\S{1,300}/gim, kind: 'password' },
  // swaks --auth-password 'password', curl's and other tools' --password=...
  // (not a sentence's next word, "used to pass --auth-user / --auth-password from CI secrets")
  // (an unquoted word only, followed by a blank or the line's end: a quoted or longer value is a password)
  { needs: ['--auth-password', '--password'], pattern: /(--(?:auth-)?password(?:[ \t]+|=)["']?)(?!(?<=[ \t=])(?:from|via|in|and|or|with|as|to|is|was|were|flags?|options?|args?|arguments?)(?=[ \t]|$))[^\s'"`]{1,300}/gm, kind: 'password' },
  // .NET's appSettings: `<add key="SmtpPassword" value="..." />` (a key whose name says password, secret or API key)
  { needs: ['<add key='], pattern: /(<add[ \t]+key="[^"\n]{0,60}(?:passw(?:or)?d|pwd|secret|api[_-]?key|apikey)[^"\n]{0,30}"[ \t]+value=")[^"\n]{1,300}(?=")/gi, kind: (kept) => (/api[_-]?key|apikey/i.test(kept) ? 'api-key' : 'password') },
  // mailgun-go's client built with its key written out: `mailgun.NewMailgun("mg.x", "8c2f...")`
  { needs: ['newmailgun('], pattern: /(\bNewMailgun\([ \t]*"[^"\n]{1,253}"[ \t]*,[ \t]*")[^"\n]{8,200}(?=")/g, kind: 'api-key' },
  // Exim's authenticator: `client_send = : postmaster@mg.x : PASSWORD` (its login, then its password)
  // (not an expansion that looks them up, `client_send = : ${extract{1}{:}{${lookup{$host}...}}} : ...`: no secret is written there)
  { needs: ['client_send'], pattern: /(\bclient_send[ \t]*=[ \t]*:(?![ \t]*\$\{)[ \t]*[^:\n]{1,253}?[ \t]*:[ \t]*)[^\s:]{1,300}/g, kind: 'password' },
  // smtplib: s.login("user", "password")
  { needs: ['.login('], pattern: /(\.login\(\s*["'][^"'\n]{1,200}["']\s*,\s*["'])[^"'\n]{1,200}(?=["'])/g, kind: 'password' },
  // Last: a key-shaped value in a password's place is read as one there first (a password).
  // Mailgun API keys: legacy `key-<32 hex>` and the newer `<32 hex>-<8 hex>-<8 hex>`.
  { needs: ['key-'], pattern: /()\bkey-(?=[A-Za-z.…]{0,63}\d)[A-Za-z0-9.…]{6,64}/g, kind: 'api-key' },
  // Mailgun's public validation key, `pubkey-...`: the account's key all the same (it is regenerated where the others are),
  // and no reply shows it (its prefix stays: it says which key it is); not one cut short, `pubkey-3f8a1c...`: no key was
  // pasted (a whole key's length before the dots still is one)
  { needs: ['pubkey-'], pattern: /(\bpubkey-)(?:[A-Za-z0-9]{32,200}|[A-Za-z0-9]{6,31}(?![A-Za-z0-9]|\.{2,}|…))/g, kind: 'api-key' },
  // (labelled a password in words, "pass 7f3c...-8a1b2c3d-4e5f6a7b": Mailgun's SMTP passwords have its keys' shape)
  // (or standing where a login's password goes: Sendmail's authinfo `"P:..."`, Exim's `client_send = : login : ...`, `login:...`)
  { shape: /-[0-9a-f]{8}-[0-9a-f]{8}/, pattern: /((?:\b(?:[Pp]ass(?:word)?|PASS(?:WORD)?|[Pp]wd|PWD)[ \t]+)?)\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}\b/g, kind: (kept, _secret, before) => (kept || PASSWORD_PLACE.test(before) ? 'password' : 'api-key') },
];

/** The start of a public validation key's value, its quote included. */
const PUBLIC_KEY_START = /^["']?pubkey-/i;

/** A setting's name for a webhook signing key (`MAILGUN_WEBHOOK_SIGNING_KEY=`, `webhook_secret:`), and for an API key. */
const SIGNING_KEY_NAME = /webhook|signing/i;
const API_KEY_NAME = /api[_-]?key|apikey/i;

/** What stands just before a password in a login's settings: authinfo's `"P:`, a login then a colon (`client_send = : a@b : `, `a@b:`). */
// (or a setting named for a password in another language, `CLAVE = "..."`, `SENHA: ...`: a Mailgun SMTP password has its keys' shape)
const PASSWORD_PLACE = /(?:["\s]P:|@[\w.-]{1,253}[ \t]*:[ \t]*|(?<![\w-])(?:clave|contraseña|contrasena|senha|passwort|kennwort|wachtwoord|hasło|haslo|parola|mot_de_passe)["']?[ \t]*[:=][ \t]*["']?)$/i;

export interface RedactionResult {
  text: string;
  found: boolean;
  /** What was found, each kind once, in SECRET_KINDS order. */
  kinds: SecretKind[];
  /** One value set both as a password and as an API key (`MAIL_PASSWORD` and `MAILGUN_SECRET` alike): an API key used to log in over SMTP. */
  keyAsPassword: boolean;
  /** One value set both under an API key's name and a webhook signing key's (`MAILGUN_API_KEY`, `MAILGUN_WEBHOOK_SIGNING_KEY`). */
  signingKeyAsApiKey: boolean;
  /** The login inside a redacted `AUTH PLAIN` credential (its base64 holds login and password together), or null. */
  plainLogin: string | null;
  /**
   * An API key written out under an API key's name (`"MAILGUN_API_KEY": "key-..."`), not only in a command's `api:KEY`:
   * the first such setting, with its value redacted (`MAILGUN_API_KEY=[REDACTED]`). Null otherwise.
   */
  apiKeyInSetting: string | null;
  /** A password setting that holds a legacy API key (`MAIL_PASSWORD=key-[REDACTED]`), as shown redacted. */
  keyAsPasswordSetting: string | null;
  /**
   * A PHP password set in double quotes with a `$` and a name in it (`$mail->Password = "Tq8$vR2m!pLx";`), written with
   * the value left out: PHP reads `$vR2m` as a variable, so the password sent is not the one set. Null otherwise.
   */
  interpolatedPassword: string | null;
  /** Every API key found is Mailgun's public validation key (`pubkey-`): no key that sends was pasted. */
  publicKeysOnly: boolean;
  /** Every key found is set under a webhook signing key's name (`# webhook signing key: key-...`): no API key was pasted. */
  signingKeysOnly: boolean;
  /** An API key of a UUID's shape (8-4-4-4-12), which no Mailgun key has, and none of Mailgun's shape: another service's token (a Postmark server token). */
  uuidApiKey: boolean;
}
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An environment variable's assignment, `NAME=`: the next setting, not a value. */
const NEXT_SETTING = /^[A-Z][A-Z0-9_]{1,60}=/;

/** PHP's setting of a password in double quotes: PHPMailer's `->Password = "`, a `define('SMTP_PASS', "`. */
const PHP_DOUBLE_QUOTED_PASSWORD = /(?:\$\w{1,40}[ \t]*->[ \t]*Password[ \t]*=|\bdefine\([ \t]*['"]\w{0,40}pass\w{0,40}['"][ \t]*,)[ \t]*"$/i;
/** What PHP interpolates in double quotes: `$` then a name (`$vR2m`), or `{$`. */
const PHP_INTERPOLATION = /\$[A-Za-z_\x80-\uffff]|\{\$/;

/**
 * Base64 credentials printed with the password already masked: `Basic YXBpOioqKioqKioq` is
 * `api:********`, `AUTH PLAIN AHBvc3Rt...KioqKioqKioq` is `\0postmaster@...\0********`, and an AUTH LOGIN
 * password answer `KioqKioqKio=` is `********`.
 */
function maskedBase64(prefix: string, secret: string): boolean {
  // (AUTH LOGIN's initial response is the user name, no secret: `AUTH LOGIN cG9zdG1hc3Rlc...` is `postmaster@...`)
  if (/\bAUTH[ \t]+LOGIN[ \t]+$/i.test(prefix)) return true;
  const basic = /basic\s+$/i.test(prefix);
  // (and the answer to AUTH LOGIN's password prompt, `334 UGFzc3dvcmQ6` then `KioqKioqKio=`: the password alone)
  const loginAnswer = prefix.startsWith('334 UGFzc3dvcmQ6');
  if ((!basic && !loginAnswer && !/\bAUTH[ \t]+PLAIN[ \t]+$/i.test(prefix)) || secret.length > 400) return false;
  try {
    // (a credential cut short by the person, `AUTH PLAIN AHBvc3RtYXN0ZXJAc2FuZGJveDRm... /* secret */`: its whole groups of four)
    const decoded = atob(secret.slice(0, secret.length - (secret.length % 4)));
    // (an AUTH PLAIN cut before its second NUL holds a login and no password)
    if (!basic && !loginAnswer && decoded.split('\0').length < 3) return true;
    return isPlaceholder(basic ? decoded.slice(decoded.indexOf(':') + 1) : loginAnswer ? decoded : decoded.slice(decoded.lastIndexOf('\0') + 1));
  } catch {
    return false;
  }
}

/** Each pattern's `needs` as a guard: the words of them all are found in one scan of the text (word-scan.ts). */
const NEEDS_GUARDS = new Map(SECRET_PATTERNS.map((secret) => [secret, secret.needs ? wordGuard(secret.needs) : null]));

/** The `length` characters of the whole string just before a match, from a replace callback's arguments after its groups (the match's offset, then the whole string). */
function textBefore(rest: unknown[], length: number): string {
  const place = matchPlace(rest);
  return place ? place.whole.slice(Math.max(0, place.offset - length), place.offset) : '';
}

/** The match's offset and the whole string, from a replace callback's arguments after its groups. */
function matchPlace(rest: unknown[]): { offset: number; whole: string } | null {
  const at = rest.findIndex((part) => typeof part === 'number');
  return at >= 0 && typeof rest[at + 1] === 'string' ? { offset: rest[at] as number, whole: rest[at + 1] as string } : null;
}

/**
 * Words of a sentence that cannot be a password's value, in the languages of the pastes (a verb, a preposition, a
 * word for unset): a password that is a common word is still redacted, so only these are read as prose.
 */
const PROSE_WORD = /^(?:they|he|she|we|in|im|is|ist|was|war|were|wird|wurde|steht|liegt|est|était|era|fue|foi|é|è|ligt|staat|och|för|på|i|har|tog|non|nicht|not|no|kein|keine|pas|niet|geen|ingen|inget|moved|removed|deleted|gone|changed|reset|rotated|stored|saved|kept|set|see|now|still|also|same|empty|blank|missing|unknown|required|needed|optional|leer|vide|vacío|vazio|vuoto|pusty|brak|yok)$/i;

/** Two more words of letters (a hyphen inside one) after a value, with no label's colon or `=` among them: prose goes on. */
const PROSE_AFTER = /^[ \t]+\p{L}[\p{L}-]*[ \t]+\p{L}[\p{L}-]*(?![\p{L}-]*[:=])/u;

/** The `length` characters of the whole string just after a match of `matchLength` characters (see textBefore). */
function textAfter(rest: unknown[], matchLength: number, length: number): string {
  const place = matchPlace(rest);
  return place ? place.whole.slice(place.offset + matchLength, place.offset + matchLength + length) : '';
}

export function redactSecrets(text: string): RedactionResult {
  const kinds = new Set<SecretKind>();
  // (each value found, by kind: the same value under a password's name and an API key's says which was pasted where)
  const valuesOf = new Map<SecretKind, Set<string>>();
  // (and by the name they are set under: the webhook signing key's, an API key's)
  const signingValues = new Set<string>();
  const apiKeyValues = new Set<string>();
  let out = text;
  let plainLogin: string | null = null;
  let interpolatedPassword: string | null = null;
  let apiKeySetting: string | null = null;
  let keyAsPasswordSetting: string | null = null;
  let privateKeyFound = false;
  const lower = text.toLowerCase();
  for (const secret of SECRET_PATTERNS) {
    const { shape, pattern, kind } = secret;
    if (NEEDS_GUARDS.get(secret)?.test(text) === false || (shape && !shape.test(lower))) continue;
    out = out.replace(pattern, (match: string, keep: string | undefined, ...rest: unknown[]) => {
      const prefix = keep ?? '';
      const secret = match.slice(prefix.length);
      // A quoted value is a literal: only an unquoted one can name an environment variable.
      const quoted = /["']$/.test(prefix);
      // (an unquoted value's trailing comma or semicolon is the syntax around it: `"password" => null,`)
      const value = quoted ? secret : secret.replace(/[,;]+$/, '');
      // (and a closing bracket or full stop the sentence around it: "(... → SMTP_PASS=********).")
      // (anchored at the run's start: tried at every position of a long run of dots it would be quadratic)
      const bare = quoted ? value : value.replace(/(?<![).\]`'"])[).\]`'"]+$/, '');
      // (a variable with a written-out default, Spring's `${SMTP_PASSWORD:Hk3-pR9w}`, bash's `${SMTP_PASS:-secret}`: the
      // default is a literal secret, used wherever the variable is unset)
      // (a SendGrid key, whatever name it is set under: SendGrid's SMTP login takes it as the password of the user `apikey`)
      // (cut short in the paste too, `apikey:SG.Qx7...`: its prefix is SendGrid's)
      const kindOf = (value: string): SecretKind => (SENDGRID_KEY.test(value) || SENDGRID_KEY_START.test(value) ? 'sendgrid-key' : typeof kind === 'function' ? kind(prefix, secret, textBefore(rest, 80)) : kind);
      const fallback = VARIABLE_WITH_DEFAULT.exec(bare);
      if (fallback && !isPlaceholder(fallback[2]!) && !REFERENCE.test(fallback[2]!)) {
        const found = kindOf(fallback[2]!);
        kinds.add(found);
        if (found === 'api-key' && !PUBLIC_KEY_START.test(fallback[2]!)) privateKeyFound = true;
        return `${prefix}${match.slice(prefix.length).replace(fallback[0], `${fallback[1]}${REDACTED}}`)}`;
      }
      // (not the next setting on a line whose breaks were lost, after an empty one: "MAILGUN_SECRET= MAILGUN_ENDPOINT=api...";
      // case-sensitive, unlike the pattern: a password may well end in "=")
      if (/[ \t]$/.test(prefix) && NEXT_SETTING.test(secret)) return match;
      // (nothing left once the punctuation around it is off: `SMTP_PASS=...\``, the person's own ellipsis in a code span)
      // (a hash's closing brace after an empty value, `{:password=>nil}`: not a variable's `${NAME}`, which opens one)
      if (bare === '' || isPlaceholder(value) || isPlaceholder(bare) || (!bare.includes('{') && isPlaceholder(bare.replace(/\}+$/, ''))) || SECRET_STORE_REFERENCE.test(value) || (!quoted && (REFERENCE.test(value) || /^(?:true|false)$/i.test(value))) || secret === REDACTED || maskedBase64(prefix, secret)) return match;
      // (a secret's name or path in a vault, `secret: smtp-mailgun-pass`, "secret: mailgun/prod/smtp": words joined by - / _,
      // no digit and no capital, under the bare name `secret`; a generated secret has digits or capitals)
      if (/^secret["']?\]?[ \t]*[:=]/i.test(prefix) && /^[a-z]{3,}(?:[-/_][a-z]{2,}){1,6}$/.test(bare.replace(/[,.;"']+$/, ''))) return match;
      // (a short lower-case word after a colon, with more words of prose after it, is prose about the setting, not its
      // value: "(raderna username: och password: för Gmail-kontot tog de bort)", "smtpPassword: moved to credentials".
      // Not `password=dragon to=...` nor `SMTP_PASS=sunshine node send.js` (an =), nor a settings list on one line,
      // "Password: monkey From Email: ...", whose next words hold a label's colon)
      if (!quoted && /:[ \t]*$/.test(prefix) && PROSE_WORD.test(bare) && PROSE_AFTER.test(textAfter(rest, match.length, 60))) return match;
      // (an article after `=` before a quoted name it opens: `SMTP_PASSWORD=the "Private API key" from API Security`; not a
      // passphrase after a colon, "password: the Purple Walrus sings 1987")
      if (!quoted && /=[ \t]*$/.test(prefix) && /^(?:the|their|our)$/i.test(bare) && /^[ \t]+["'\u201c]\p{L}/u.test(textAfter(rest, match.length, 10))) return match;
      // (or before the words that name what goes there: "Password = their Mailgun SMTP password", "password: the domain's SMTP key")
      if (!quoted && /^(?:the|their|our|your|his|her|its|a|an)$/i.test(bare) && DESCRIBED_SECRET.test(textAfter(rest, match.length, 60))) return match;
      // (a quoted description in the value's place: `wachtwoord = "het SMTP-wachtwoord uit Mailgun"`, `"Password": "la password
      // SMTP di Mailgun"`, `smtp_password: "the SMTP password from Mailgun (the one they rotated)"`)
      if (quoted && QUOTED_DESCRIPTION.test(quotedValue(secret, textAfter(rest, match.length, 120)))) return match;
      // (the shell's working directory in an environment or a sudo log line, `PWD=/home/deploy`: the name PWD or OLDPWD
      // alone, not `SMTP_PWD=`, and a value shaped like a path)
      if (/^PWD=$/.test(prefix) && /^~?\/[\w.\/-]*$/.test(value) && /(?:^|[^\w-])(?:OLD)?$/.test(textBefore(rest, 4))) return match;
      // (a setting that names where a secret is kept: Kubernetes's `envFromSecret: grafana-smtp`, `existingSecret`;
      // the match starts at its `Secret`, so the words just before it decide, never a setting on the line above)
      if (/^secret/i.test(prefix) && SECRET_REFERENCE_NAME.test(textBefore(rest, 9))) return match;
      // (the login an AUTH PLAIN carried beside its password: the login is no secret, and says which domain logged in)
      if (plainLogin === null && /\bAUTH[ \t]+PLAIN[ \t]+$/i.test(prefix)) plainLogin = loginOfAuthPlain(secret);
      if (interpolatedPassword === null && prefix.endsWith('"') && PHP_INTERPOLATION.test(secret)) {
        const setting = PHP_DOUBLE_QUOTED_PASSWORD.exec(textBefore(rest, 60) + prefix)?.[0];
        if (setting) interpolatedPassword = `${setting.replace(/\s+/g, ' ')}…$…"`;
      }
      const found = kindOf(bare.replace(/^["']/, ''));
      kinds.add(found);
      if (found === 'api-key' && !PUBLIC_KEY_START.test(secret)) privateKeyFound = true;
      if (!valuesOf.has(found)) valuesOf.set(found, new Set());
      const unquoted = bare.replace(/^["']|["']$/g, '');
      valuesOf.get(found)!.add(unquoted);
      // (the public validation key keeps its prefix wherever it stands, `auth=("api", "pubkey-[REDACTED]")`: it says which key it is)
      const redacted = prefix + (PUBLIC_KEY_START.exec(secret)?.[0] ?? '') + REDACTED;
      // (a legacy API key set as the password, `MAIL_PASSWORD=key-...`: kept as an API key, and the setting noted)
      if (found === 'api-key' && /^["']?key-/.test(bare) && (/pass|pwd/i.test(prefix) || PASSWORD_NAME.test(prefix))) {
        // (with its `key-`, which shows why it is taken for an API key: the prefix is no secret, like `pubkey-`)
        keyAsPasswordSetting ??= oneLine(`${/[\w.-]*$/.exec(textBefore(rest, 40))![0]}${prefix}key-${REDACTED}`, 80);
      }
      // (or a password set to a value of the API key's shape under a comment that says it is the API key, `# this is the Private
      // API key from Settings > API Keys` over `SMTP_PASSWORD=...`: an SMTP password generated by Mailgun has that shape too)
      if (found === 'password' && MAILGUN_KEY_SHAPE.test(bare)) {
        // (the comment's own words are not quoted: they may hold a secret of their own)
        if (API_KEY_COMMENT.test(textBefore(rest, 240).split('\n').at(-2) ?? '')) keyAsPasswordSetting ??= oneLine(`${/[\w.-]*$/.exec(textBefore(rest, 40))![0]}${redacted} (under a comment that calls it the API key)`, 160);
      }
      // (or named in words before a bare `key:`, "# webhook signing key: key-...")
      if (SIGNING_KEY_NAME.test(prefix) || /signing[ \t_-]*key\b[^\n\w]{0,6}$/i.test(textBefore(rest, 30))) signingValues.add(unquoted);
      else if (API_KEY_NAME.test(prefix)) {
        apiKeyValues.add(unquoted);
        // (with the rest of its name the match began inside: `MAILGUN_` of MAILGUN_API_KEY)
        apiKeySetting ??= oneLine(/[\w.-]*$/.exec(textBefore(rest, 40))![0] + redacted, 80);
      }
      return redacted;
    });
  }
  const passwords = valuesOf.get('password');
  const keyAsPassword = passwords !== undefined && [...(valuesOf.get('api-key') ?? [])].some((value) => passwords.has(value));
  const signingKeyAsApiKey = [...apiKeyValues].some((value) => signingValues.has(value));
  const keys = valuesOf.get('api-key');
  const signingKeysOnly = keys !== undefined && keys.size > 0 && [...keys].every((value) => signingValues.has(value)) && !signingKeyAsApiKey;
  // (not beside a key of Mailgun's own shape: the UUID is then another service's key set beside it, HUBSPOT_API_KEY's)
  const uuidApiKey = [...(keys ?? [])].some((value) => UUID_SHAPE.test(value)) && ![...(keys ?? [])].some((value) => MAILGUN_KEY_SHAPE.test(value));
  return { text: out, found: kinds.size > 0, kinds: SECRET_KINDS.filter((k) => kinds.has(k)), keyAsPassword, signingKeyAsApiKey, plainLogin, interpolatedPassword, apiKeyInSetting: apiKeySetting, keyAsPasswordSetting, publicKeysOnly: kinds.has('api-key') && !privateKeyFound, signingKeysOnly, uuidApiKey };
}

/** The login (second field) of an AUTH PLAIN credential's base64, `authzid NUL login NUL password`, when it is an address. */
function loginOfAuthPlain(encoded: string): string | null {
  if (encoded.length > 600) return null;
  try {
    const login = atob(encoded).split('\0')[1] ?? '';
    return /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}$/.test(login) ? login.toLowerCase() : null;
  } catch {
    return null;
  }
}
