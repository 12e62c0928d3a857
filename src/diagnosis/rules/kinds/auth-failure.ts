/** Credentials were sent and rejected: a 535, not a relay refusal. */
import { BARE_DOMAIN_LOGIN, MAP_EXAMPLE_PASSWORD, MAP_EXAMPLE_PASSWORD_NEEDS } from '../phrases.js';
import type { RuleData } from '../schema.js';

export const authFailureRules: RuleData[] = [
  // (a password setting that holds a template's example value, `EMAIL_HOST_PASSWORD = "[your-key]"`, `SMTP_PASS=your_password`,
  // a sasl_passwd line's `[smtp.mailgun.org]:587 postmaster@x:your_password`:
  // the person's own hiding, or the file's real content, which Mailgun gets as the password; not a mask, "****", "<redacted>")
  { id: 'password-example-value', name: 'The password setting shown holds an example value', target: 'kind:auth-failure', weight: 0.05, scope: 'text', context: true, patterns: [String.raw`(?<![\w.-])[\w.-]{0,40}?(?:pass(?:word)?|passwd|pwd)\b["']?[ \t]*(?:=>|[:=])[ \t]*["']?(?:\[(?:your|my|the|smtp|mailgun|api|insert|put)[\w -]{0,30}\]|<(?:your|my|insert)[\w -]{0,30}>|your[_-][\w-]{1,30}|change[_-]?me)["']?`, MAP_EXAMPLE_PASSWORD], needs: ['pass', 'pwd', ...MAP_EXAMPLE_PASSWORD_NEEDS] },
  // The HTTP API's user name given as the SMTP login: `SMTP Username: api` (a small weight: it says why the login failed)
  // ("they log in with user "mg.harborfin.com" (just the domain)": a domain where the full login, an address at it, belongs)
  { id: 'bare-domain-as-smtp-login', name: 'The SMTP user name is a bare domain, not a full login', target: 'kind:auth-failure', weight: 0.05, scope: 'text', patterns: [BARE_DOMAIN_LOGIN], needs: ['user', 'login'], context: true },
  { id: 'api-user-as-smtp-login', name: 'The SMTP user name is "api", the HTTP API\'s user', target: 'kind:auth-failure', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:smtp[ _-]?user(?:[ _-]?name)?|mail_username|email_host_user|smtp_login|spring\.mail\.username|mail\.smtp\.user)["']?[ \t]*[:=][ \t]*["']?api["']?(?=[ \t]*(?:\n|$))`, String.raw`\b(?:smtp[ \t]+)?user(?:[ \t]*name)?[ \t]+["'\u201c]api["'\u201d](?![\w@.])`], needs: ['user', 'smtp_login'] },
  // The same value set as the SMTP password and as the API key: the API key was used to log in (a small weight: it
  // says why a login failed more than that one did).
  // (a restart there is its own command, for a password changed just before: a pod reads a Secret's variables when it starts)
  // (WP Mail SMTP's settings kept as constants in wp-config.php, which override its settings screen: its debug's "Constants: Yes")
  { id: 'wp-mail-smtp-constants', name: "WP Mail SMTP's settings are constants in wp-config.php", target: 'kind:auth-failure', weight: 0.05, scope: 'text', patterns: [String.raw`\bWPMS_SMTP_PASS\b`, String.raw`(?:^|\n)[ \t]*constants:[ \t]*yes\b`], needs: ['wpms_smtp_pass', 'constants'], context: true },
  // (Laravel's queue run by Horizon: restarted with horizon:terminate, its supervisor starting it again)
  // (Horizon's own words, not a company's name, "Horizon Freight GmbH", nor "they don't use Horizon")
  { id: 'laravel-horizon', name: 'The queue runs under Laravel Horizon', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`(?<!\b(?:no|not|never|without|don't use|do not use|doesn't use|does not use)[ \t]{1,3}(?:laravel[ \t]+)?)(?:\bhorizon:(?:terminate|work|supervisor|status|pause|continue)\b|\blaravel horizon\b|\bhorizon (?:workers?|supervisors?|is running|runs|has been up|dashboard)\b|\b(?:restarted|restarting|rebooted|bounced)[ \t]+(?:the[ \t]+)?horizon\b)`], needs: ['horizon'], context: true },
  // (.env or its mail settings edited after the configuration was cached: "edited .env by hand, no deploy since", "filled in
  // MAIL_USERNAME/MAIL_PASSWORD by hand afterwards"; not "... and ran php artisan config:cache right after")
  { id: 'laravel-env-edited-since', name: 'The .env was edited after the configuration was cached', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:edited|changed|updated|filled(?: in)?|added|set)\b[^\n.;]{0,40}?(?:\.env\b|\bmail_(?:username|password)\b)[^\n.;]{0,40}?\b(?:by hand|manually|afterwards|later|since)\b(?![^\n]{0,60}\bconfig:cache (?:right )?after)|\bno deploy since\b`,
    // ("I edited the .env directly on the server over ssh (didn't redeploy)")
    String.raw`\b(?:edited|changed|updated|fixed)\b[^\n.;]{0,40}?\.env\b[^\n.;]{0,60}?\b(?:directly|on the server|over ssh|via ssh|in production)\b|\b(?:didn't|did not|without)[ \t]+re-?deploy(?:ing)?\b`], needs: ['.env', 'mail_username', 'mail_password', 'deploy'], context: true },
  // Laravel's configuration cached when the image is built (`RUN php artisan config:cache`): before the platform gives the
  // container its variables, so the cache holds them empty
  { id: 'laravel-config-cached-at-build', name: "Laravel's configuration is cached when the image is built", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`(?:^|\n)[ \t]*RUN\b[^\n]{0,300}\bconfig:cache\b`, String.raw`\b(?:dockerfile|docker build|build step|buildpack)\b[^\n]{0,80}\bconfig:cache\b|\bconfig:cache\b[^\n]{0,80}\b(?:during|at|in)[ \t]+(?:the[ \t]+)?(?:build|dockerfile|image build)\b`], needs: ['config:cache'], context: true },
  { id: 'laravel-config-cached', name: "Laravel's configuration is cached (php artisan config:cache)", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bconfig:cache\b(?<!\b(?:never|don't|do not|not|no|without) (?:run |use |ran |used )?(?:php artisan )?config:cache)`], needs: ['config:cache'], context: true },
  { id: 'runs-in-kubernetes', name: 'The app runs in Kubernetes', target: 'kind:auth-failure', weight: 0.05, scope: 'text', patterns: [String.raw`\bk8s\b`, String.raw`\bkubernetes\b`, String.raw`\bkubectl\b`], needs: ['k8s', 'kubernetes', 'kubectl'], context: true },
  // (the Secret was updated, and the workload never reads it: a restart changes nothing, the Deployment must reference it)
  {
    id: 'secret-not-referenced',
    name: "The workload does not reference the Secret that holds the password",
    target: 'kind:auth-failure',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:deployment|pod|workload|manifest|container)s?\b[^\n]{0,60}?(?:\bnever|\bnot|n't|\bno longer)[ \t]+(?:referenc|mount|load|us)\w*[ \t]+(?:it|that|this|the[ \t]+secret)\b`,
      String.raw`\b(?:deployment|pod|container)(?:'s)?[ \t]+env\b[^\n]{0,30}?\bhas[ \t]+no[ \t]+[\w]{0,40}(?:pass|password|pwd|secret)\b`,
    ],
  },
  // (PHP reads `$name` inside double quotes as a variable: the password sent is not the one written)
  // Context: the SMTP password's own value was pasted (the steps then ask for a new one, as the warning does).
  { id: 'smtp-password-pasted', name: 'The SMTP password itself is in the paste', target: 'kind:auth-failure', weight: 0.05, feature: 'smtp-password-pasted', context: true },
  { id: 'php-password-interpolated', name: 'The PHP password is in double quotes with a $ in it (PHP reads a variable)', target: 'kind:auth-failure', weight: 0.05, feature: 'password-interpolated' },
  { id: 'api-key-in-password-setting', name: 'The SMTP password setting holds an API key (key-...)', target: 'kind:auth-failure', weight: 0.05, feature: 'api-key-in-password-setting' },
  { id: 'api-key-value-as-smtp-password', name: 'The SMTP password set is the API key', target: 'kind:auth-failure', weight: 0.1, feature: 'api-key-as-password' },
  {
    id: 'smtp-auth-rejected',
    name: 'The server rejected the SMTP credentials',
    target: 'kind:auth-failure',
    weight: 0.95,
    scope: 'error',
    patterns: [String.raw`(?<![\w.:/#-])535[ -]`, String.raw`\b5\.7\.8\b`, String.raw`not loving your login`, String.raw`authentication (?:failed|unsuccessful|credentials invalid)(?![^\n]{0,160}no mechanism available)`, String.raw`invalid (?:login|credentials)(?! for relay)`, String.raw`username and password not accepted`, String.raw`\beauth\b`, String.raw`bad (?:username|password|credentials)`, String.raw`(?<![\w.:/#-])534[ -](?:5\.7\.9[ \t]+)?application-specific password required`],
  },
  {
    // A submission server that takes mail only after a login, and got none: `530 5.7.0 Authentication Required`
    // (Gmail's, Office 365's). Not Exchange's group restriction, "5.7.133 ... authentication required" (a policy).
    id: 'smtp-auth-required',
    name: 'The server requires a login, and the client sent none (530)',
    target: 'kind:auth-failure',
    weight: 0.9,
    scope: 'error',
    // (and Office 365's "530 5.7.57 Client not authenticated to send mail during MAIL FROM"; Python's tuple,
    // `SMTPSenderRefused: (530, b'5.7.0 Authentication Required. ...', 'a@b')`)
    patterns: [String.raw`(?<![\w.:/#-])530(?:[ -]|,[ \t]*b?['"])(?:[45]\.7\.[01][ \t]+)?[^\n]{0,20}?authentication required`, String.raw`(?<![\w.:/#-])530(?:[ -]|,[ \t]*b?['"])(?:5\.7\.57[ \t]+)?client not authenticated\b`],
    needs: ['530'],
  },
  {
    // Postfix's SASL library found no mechanism it may use ("cannot authenticate to server ...: no mechanism available"):
    // its PLAIN/LOGIN plugin is not installed, or smtp_sasl_security_options forbids them. No login was sent.
    id: 'sasl-no-mechanism',
    name: "Postfix's SASL library has no login mechanism to use, so it sent no login",
    target: 'kind:auth-failure',
    weight: 0.9,
    scope: 'error',
    // (not its warning "No worthy mechs found" alone: it is logged for one mechanism while another still logs in)
    patterns: [String.raw`\bno mechanism available\b`],
    needs: ['mechanism'],
  },
  {
    // nodemailer's EAUTH before any AUTH: the transport's auth has an empty user or password.
    id: 'smtp-credentials-missing',
    name: 'The client had no user name or password to log in with',
    target: 'kind:auth-failure',
    weight: 0.9,
    scope: 'error',
    patterns: [String.raw`\bmissing credentials for\b`],
    needs: ['credentials'],
  },
  {
    // The settings give an API key as the SMTP password (`pass: process.env.MAILGUN_API_KEY`): Mailgun's SMTP
    // login takes the domain's SMTP password. (A small weight: it says why a login was refused more than that one was.)
    id: 'api-key-as-smtp-password',
    name: 'The SMTP password is read from an API key',
    target: 'kind:auth-failure',
    weight: 0.05,
    scope: 'text',
    // (the value only, not a comment after it: "MAILGUN_SMTP_PASSWORD // not MAILGUN_API_KEY any more"; in words too,
    // `SMTP_PASSWORD=the "Private API key" from API Security`)
    // (or a value whose own comment says it is an API key: `$mail->Password = '...';   // new key from API Security page`)
    // (or in words of another language: `pass = a chave da API (key-...)`, "clave de la API", "clé API")
    patterns: [String.raw`(?<![a-z])(?:pass|passwd|password)["']?[ \t]*(?:[:=]|=>)[ \t]*(?:(?!//|#)[^\n,;]){0,60}?(?<![a-z])(?:mailgun_?|mg_?)?(?:private[ _-]?)?api[ _-]?key(?![a-z])`, String.raw`(?<![a-z])(?:pass|passwd|password|senha|contraseña|mot[ \t]+de[ \t]+passe|passwort|wachtwoord|hasło)["']?[ \t]*(?:[:=]|=>)[ \t]*(?:a[ \t]+|la[ \t]+|le[ \t]+|die[ \t]+|de[ \t]+)?(?:chave|clave|clé|chiave|schlüssel|sleutel|klucz)[ \t]+(?:(?:da|de|de[ \t]+la|della|dell'|der|van[ \t]+de)[ \t]+)?api(?![a-z])`,
      // (the password field said to hold it, in words: "w polu Password wkleił klucz z zakładki API Keys", "im Feld Passwort hat er den
      // API-Key eingetragen", "en el campo contraseña puso la clave de API", "put the API key in the password field"; not asked)
      // (each not asked, "Czy w polu Password wkleił klucz API?", nor denied, "... das SMTP-Passwort, nicht der API-Key")
      String.raw`(?<!\bczy[ \t]+)\bw[ \t]+polu[ \t]+["'„]?(?:password|hasło|hasła|hasla)["'”]?[ \t]+(?:wkleił|wkleiła|wkleili|wpisał|wpisała|wpisali|podał|podała)(?![a-ząćęłńóśźż])[^\n?]{0,60}?(?<!\bnie[ \t]+[^\n ]{0,12}[ \t]*)\bapi\b(?![^\n.]{0,60}\?)|\bim[ \t]+feld[ \t]+["'„]?(?:passwort|password|kennwort)["'“]?[^\n?]{0,40}?(?<!\b(?:nicht|kein(?:en)?)[ \t]+(?:der[ \t]+|den[ \t]+|die[ \t]+|das[ \t]+)?)\bapi[ _-]?(?:key|schlüssel)\b(?![^\n.]{0,60}\?)|(?<!¿[ \t]*)\ben[ \t]+el[ \t]+campo[ \t]+["']?(?:contraseña|password)["']?[^\n?]{0,40}?(?<!\bno[ \t]+(?:es[ \t]+)?(?:la[ \t]+|el[ \t]+)?)\b(?:api[ _-]?key|clave[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?api)\b(?![^\n.]{0,60}\?)|\bin(?:to)?[ \t]+the[ \t]+password[ \t]+field[^\n?.]{0,40}?(?<!\bnot[ \t]+(?:the[ \t]+)?)\bapi[ _-]?key\b(?![^\n.]{0,40}\?)`,
      // (a person's note in the password's place: `Password: (they pasted their Private API key here)`, "(password: they pasted
      // their private API key, the one starting with "key-")")
      String.raw`(?<![a-z])password[ \t]*:[ \t]*\([^)\n]{0,60}?\bapi[ _-]?key\b[^)\n]{0,30}\)`,
      String.raw`(?<![a-z])password[ \t]*:[ \t]*(?:they|we|he|she|the customer)[ \t]+(?:pasted|put|used|entered|typed)[ \t]+(?:in[ \t]+)?(?:the[ \t]+|their[ \t]+|our[ \t]+|his[ \t]+|her[ \t]+)?(?:mailgun[ \t]+)?(?:private[ \t]+)?api[ _-]?key\b`,
      // (told the other way round: "pasted their Mailgun API key (key-3f9a...) into SMTP Password")
      // (not asked: "Should I put the API key in the password field instead?")
      String.raw`\b(?:pasted|entered|typed)[ \t]+(?:the[ \t]+|their[ \t]+|our[ \t]+|his[ \t]+|her[ \t]+)?(?:mailgun[ \t]+)?(?:private[ \t]+)?api[ _-]?key(?:[ \t]+\([^()\n]{0,40}\))?[ \t]+(?:in|into)[ \t]+(?:the[ \t]+)?(?:smtp[ \t]+)?password\b(?![^\n?]{0,40}\?)`,
      String.raw`(?<![a-z])(?:pass|passwd|password)["']?[ \t]*(?:[:=]|=>)[ \t]*(?:["'][^"'\n]{1,200}["']|[\w.$\[\]'"()]{1,80})[ \t]*[;,]?[ \t]*(?://|#)(?![^\n]{0,60}?\b(?:not|isn't|no)\b)(?![^\n]{0,60}?\bapi[ _-]?key[ \t]+(?:lives|is[ \t]+(?:in|kept)|goes|sits|stays|in)\b)[^\n]{0,60}?\b(?:api[ _-]?key|api security)\b`,
      // (or a value read from elsewhere, its comment saying where it came from: `EMAIL_HOST_PASSWORD = os.environ["MAILGUN_SMTP_PASSWORD"]
      // # copied from the API keys page`)
      String.raw`(?<![a-z])(?:pass|passwd|password)["']?[ \t]*(?:[:=]|=>)[ \t]*[^\n#"'/][^\n#]{0,200}?#(?![^\n]{0,60}?\b(?:not|isn't|no)\b)[^\n]{0,20}?\b(?:copied|taken|pasted)[ \t]+from[ \t]+(?:the[ \t]+)?(?:mailgun[ \t]+)?(?:dashboard[ \t]*>?[ \t]*)?api[ _-]?keys?\b`,
      // (or said: "rotated the Mailgun API key ... and I updated MAIL_PASSWORD to the new key"; "put the new API key into MAIL_PASSWORD",
      // "pasted the new API key from the API Security page into MAIL_PASSWORD";
      // not denied, "We did NOT put the API key in MAIL_PASSWORD this time")
      // (the match from the verb on, so the excerpt quotes what was done; the API key looked for behind it)
      String.raw`\b(?<!(?:\bnot|n't|\bnever)[ \t]{1,3})(?:updated|set|changed|put|pasted|replaced)(?<=\bapi[ _-]?key\b[^\n]{0,160}?(?:updated|set|changed|put|pasted|replaced))[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+)?(?:smtp[ \t]+)?[a-z_]{0,30}pass(?:word|wd)?\b[^\n.]{0,20}?\b(?:to|with)[ \t]+(?:the[ \t]+|that[ \t]+)?(?:new|rotated|same)[ \t]+(?:api[ _-]?)?key\b`,
      // (a settings list in words: "Credentials cloud@mg.example.com and, as password, the Private API key from API Security")
      // (not asked: "Do we put, as password, the Private API key?")
      String.raw`\bas[ \t]+(?:the[ \t]+)?(?:smtp[ \t]+)?password[ \t]*[,:]?[ \t]+(?:(?:they|we|he|she)[ \t]+(?:used|put|entered|use)[ \t]+)?(?:the[ \t]+|their[ \t]+|our[ \t]+)?(?:mailgun[ \t]+)?(?:private[ \t]+)?api[ _-]?key\b(?![^\n.?]{0,60}\?)(?<!\b(?:do|does|should|shall|can|could|must)[ \t]+(?:we|i|they|you)[ \t]+(?:put|use|enter)[ \t]*,?[ \t]+as[ \t]+(?:the[ \t]+)?(?:smtp[ \t]+)?password[ \t]*[,:]?[ \t]+(?:the[ \t]+|their[ \t]+|our[ \t]+)?(?:mailgun[ \t]+)?(?:private[ \t]+)?api[ _-]?key)`,
      // (said of the password's variable: "MAILGUN_SMTP_PASSWORD on Heroku still holds the API key, not the SMTP password")
      // (not denied: "MAILGUN_SMTP_PASSWORD no longer has the API key", "is not the API key")
      String.raw`\b[a-z_]{0,30}pass(?:word|wd)?\b[^\n.?]{0,40}?(?<!\b(?:no[ \t]+longer|not|never)[ \t]+|n't[ \t]+)\b(?:still[ \t]+)?(?:holds|contains|has|is)[ \t]+(?:the|our|their|an?)[ \t]+(?:mailgun[ \t]+)?(?:private[ \t]+)?api[ _-]?key\b(?![^\n.]{0,20}\?)`,
      // (not asked, "Should I put the API key in the password field instead?")
      String.raw`\b(?<!(?:\bnot|n't|\bnever)[ \t]{1,3})(?<!\b(?:should|shall|can|could|do|would|must)[ \t]+(?:i|we|they|you)[ \t]+(?:(?:need|have)[ \t]+to[ \t]+)?)(?<!\b(?:to|if|whether)[ \t]+(?:\w+[ \t]+)?)(?:put|pasted|set|used|entered)[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+)?(?:new[ \t]+)?(?:mailgun[ \t]+)?(?:private[ \t]+)?api[ _-]?key(?:[ \t]+from[ \t]+(?:the[ \t]+)?[^\n.]{1,30}?)?\s{1,3}(?:in|into|as)[ \t]+(?:the[ \t]+)?(?:smtp[ \t]+)?[a-z_]{0,30}pass(?:word|wd)?\b(?![^\n.,;()]{0,40}\?)`],
    needs: ['api'],
  },
  // (the new password said put in already: "I copied the password from the Mailgun dashboard this morning after clicking
  // "Reset password"", "pasted the new password into Odoo": then not the old one, but a copy's stray blank or another login)
  // The SMTP user name is said to be the person's own mailbox ("Usuario: x@y (dicen que es "su correo")", "the username is their
  // email address"): a mail host's login, which Mailgun's SMTP host does not know.
  { id: 'login-is-mailbox-said', name: "The paste says the SMTP user name is the customer's own mailbox address", target: 'kind:auth-failure', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:user[ \t]*name|username|user|usuario|login|benutzer(?:name)?|utilisateur|identifiant|utente|gebruikersnaam|użytkownik|usuário)\b[^\n]{0,80}?(?<![a-zà-ÿ])(?:es|is|é|est|ist|è|jest|are)[ \t]+["'\u201c]?(?:just[ \t]+)?(?:their|his|her|su|seu|sua|leur|ihre|il[ \t]+loro|la[ \t]+loro|hun|jego|jej)[ \t]+(?:own[ \t]+)?(?:e-?mail(?:[ \t]+address)?|correo|mailbox|mail|adresse|e-?mail-?adresse|adres|postfach|indirizzo|caixa)(?![a-zà-ÿ])`], needs: ['their', 'his', 'her', 'su', 'seu', 'sua', 'leur', 'ihre', 'loro', 'hun', 'jego', 'jej'], context: true },
  { id: 'new-password-entered', name: 'The paste says the new password was put in already', target: 'kind:auth-failure', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:copied|pasted|entered|typed|put)\b[^\n.]{0,40}\bpassword\b[^\n.]{0,60}\b(?:after|once)\b[^\n.]{0,40}\breset`, String.raw`\b(?:copied|pasted|entered|typed|put) (?:in )?the new password\b`,
    // ("Ya regeneraron la contraseña SMTP en Mailgun ayer y la pegaron de nuevo", "reset it and pasted it in again")
    String.raw`\b(?:regenerated|reset|changed|generated|regeneraron|regeneramos|cambiaron|cambiamos|generaron|resetearon|zurückgesetzt|regeneriert|régénéré|réinitialisé|regeneraram|redefiniram|rigenerat[oa]|reimpostat[oa]|gereset|opnieuw[ \t]+aangemaakt|wygenerowali|zresetowali)(?![a-zà-ÿ])[^\n.]{0,80}?(?<![a-zà-ÿ])(?:and|then|y|e|und|et|en|i)[ \t]+(?:(?:la|lo|it|sie|le|la|a|het|je)[ \t]+)?(?:copy-?)?(?:pasted|entered|put|typed|pegaron|pegamos|pusieron|pusimos|metieron|colaram|colocaram|incollat[oa]|inserit[oa]|eingetragen|eingefügt|collée?|saisie?|geplakt|ingevuld|wkleili|wpisali)(?![a-zà-ÿ])`,
    String.raw`\b(?:la|lo)[ \t]+(?:pegaron|pegamos|pegó|pusieron|pusimos)[ \t]+(?:de[ \t]+nuevo|otra[ \t]+vez)\b|\bpasted[ \t]+(?:it|the[ \t]+new[ \t]+one)[ \t]+(?:in[ \t]+)?(?:again|back)\b`,
    // ("They updated the k8s secret and restarted the pods": the new one put where the app reads it, and read again)
    String.raw`\b(?:updated|changed)[ \t]+(?:the[ \t]+|their[ \t]+|our[ \t]+)?(?:k8s[ \t]+|kubernetes[ \t]+)?(?:secret|\.env|env[ \t]+vars?|environment(?:[ \t]+variables?)?|config(?:uration)?|vault)\b[^\n.]{0,40}?\band[ \t]+(?:restarted|redeployed|rolled|bounced|recreated)\b`], needs: ['password', 'updated', 'changed', 'past', 'peg', 'pus', 'entered', 'put', 'typed', 'metieron', 'colaram', 'colocaram', 'incoll', 'inserit', 'eingetragen', 'eingefügt', 'coll', 'saisi', 'geplakt', 'ingevuld', 'wkleili', 'wpisali'], context: true },
  {
    // The SMTP password was changed just before: the running application most likely still has the old one.
    // (A small weight, like the ones around it: it says why. Not denied: "we have not changed the password")
    id: 'smtp-password-changed',
    name: 'The SMTP password was changed just before',
    target: 'kind:auth-failure',
    weight: 0.05,
    scope: 'text',
    // (done, not asked or planned: "would changing the SMTP password help?", "thinking about rotating the credentials"; "rotated
    // all the keys" in the dashboard, the SMTP passwords among them)
    patterns: [
      // (nor asked: "Has anyone changed the SMTP password, by any chance?", a clause that opens with has/did/was)
      String.raw`(?<!(?:\b(?:not|never|didn't|haven't|hasn't|would|should|will|could|might|to)|n't)[ \t]{1,3}(?:\w+[ \t]{1,3})?)(?<!(?:^|[.!?:;,\n])[ \t]*(?:has|have|did|was|were)[ \t]+\w{1,20}[ \t]+)\b(?:rotated|changed|reset|regenerated|renewed|replaced) (?:all (?:the |of the |their |our )?)?(?:the |our |their |its |his |her |a )?(?:mailgun )?(?:smtp )?(?:password|credentials?|keys|secrets)\b(?![^\n.?,;]{0,60}\?)`,
      String.raw`\b(?:after|since|just finished) (?:rotating|changing|resetting|regenerating|renewing|replacing) (?:the |our |their |its |a )?(?:mailgun )?(?:smtp )?(?:password|credentials?)\b`,
      // (or "the SMTP password for postmaster@mg.x.com was reset by another user on their team")
      String.raw`\b(?:smtp )?password (?:(?:for|of) [^\n?,;]{1,60}? )?(?:was|were|got|has been|had been) (?:rotated|changed|reset|regenerated|renewed|replaced)\b(?![^\n.?,;]{0,60}\?)`,
      // ("auth.pass from env (they rotated it yesterday)": the password's setting, then "it" on its line)
      // (or after the question about it: "is the password wrong? I rotated it yesterday")
      String.raw`\bpass(?:word)?\b[^\n]{0,60}\b(?:they|we|i|he|she|someone|the customer|the client) (?:rotated|changed|reset|regenerated|renewed|replaced) it\b(?![^\n.?,;]{0,60}\?)`,
      // in other languages: "ha appena ruotato la password", "Passwort geändert", "cambiamos la contraseña", "changé le mot de passe",
      // "wachtwoord gewijzigd", "alteramos a senha" (done, not asked)
      String.raw`\b(?:ruotato|cambiato|modificato|reimpostato) (?:la )?password\b(?![^\n.?]{0,60}\?)`,
      // (up to three words between, an address among them: "das SMTP-Passwort für postmaster@mg.x zurückgesetzt")
      String.raw`\bpasswor(?:t|d) (?:[^\s?]{1,80} ){0,3}(?:geändert|erneuert|zurückgesetzt|rotiert)\b(?![^\n.?]{0,60}\?)`,
      String.raw`\b(?:cambi(?:amos|ó|aron|ado)|rotamos|resete(?:amos|ó|aron|ado)|restablecimos|restableci(?:ó|eron)|regener(?:ó|amos|aron|ado)) (?:la )?contraseña\b(?![^\n.?]{0,60}\?)`,
      String.raw`\b(?:chang[ée]|modifi[ée]|réinitialis[ée]) (?:le |son |notre |leur )?mot de passe\b(?![^\n.?]{0,60}\?)`,
      String.raw`\bwachtwoord (?:[^\s?]{1,80} ){0,3}(?:gewijzigd|veranderd|gereset)\b(?![^\n.?]{0,60}\?)`,
      String.raw`\b(?:alter(?:amos|ou|aram)|troc(?:amos|ou|aram)|mud(?:amos|ou|aram)|reset(?:amos|ou|aram)|redefin(?:imos|iu|iram)) (?:(?:ontem|hoje|já|j[aá] ontem) )?(?:a )?senha\b(?![^\n.?]{0,60}\?)`,
    ],
    needs: ['password', 'credential', 'pass', 'keys', 'secrets', 'contraseña', 'passe', 'wachtwoord', 'senha'],
  },
  {
    // A user name with no @ (`user: 'quillpad.app'`, `Username = 'api'`, Django's `EMAIL_HOST_USER = "api"`): Mailgun's SMTP logins are addresses (postmaster@mg.example.com).
    id: 'smtp-user-not-address',
    name: 'The SMTP user name shown is not an address',
    target: 'kind:auth-failure',
    weight: 0.05,
    scope: 'text',
    // (a mail setting's: `user`, `Username`, `MAIL_USERNAME`, `smtp_user`, not `DB_USERNAME`; a literal, not a
    // reference, a placeholder or a mask: `"${SMTP_LOGIN}"`, `"%env(MAILER_USER)%"`, `'<redacted>'`, `'****'`, `"1000:1000"`)
    // ("api" only under a mail setting's name, PHPMailer's `->Username = 'api'`: mailgun.js's `username: 'api'` is the HTTP client's, as it should be)
    // (GitLab's `gitlab_rails['smtp_user_name'] = "gitlab"`: the name in brackets)
    patterns: [
      String.raw`(?<![\w.>-])(?:user|username|user_name)["']?[ \t]*(?:[:=]|=>)[ \t]*["'](?!(?:api|redacted|x+|none|null)["'])[^"'@\s:$%{}<>*]{2,100}["']`,
      String.raw`(?:->Username|(?<![a-z])(?:smtp|mail|mailer|email)[_.-]?(?:host[_.-]?)?user(?:_?name)?)["']?\]?[ \t]*(?:[:=]|=>)[ \t]*["'](?!(?:redacted|x+|none|null)["'])[^"'@\s:$%{}<>*]{2,100}["']`,
      // (an ini file's [smtp] section, Grafana's: `user = grafana`, unquoted)
      String.raw`(?:^|\n)[ \t]*user[ \t]*=[ \t]*(?!(?:api|redacted|x+|none|null)[ \t]*(?:\n|$))[a-z][\w.-]{1,60}[ \t]*(?=\n|$)(?<=\[smtp\][^\[]{0,400})`,
      // (a settings form typed out, Odoo's: `Username: postmaster` on its line, beside the SMTP server's)
      String.raw`(?:^|\n)[ \t]*(?:user ?name|login)[ \t]*:[ \t]*(?!(?:api|redacted|x+|none|null)[ \t]*(?:\n|$))[a-z][\w.-]{1,60}[ \t]*(?=\n|$)(?<=smtp[^\n]{0,60}\n[^\n]{0,200}\n?[^\n]{0,200})`,
      // (Spring's properties or YAML, unquoted: `spring.mail.username: tallyworks`, `mail.smtp.user=shop`)
      String.raw`(?:^|\n)[ \t]*(?:spring\.mail\.username|mail\.smtp\.user)[ \t]*[:=][ \t]*(?!(?:api|redacted|x+|none|null)[ \t]*(?:\n|$))[a-z][\w.-]{1,60}[ \t]*(?=\n|$)`,
      // (an .env's mail user name, unquoted: Laravel's `MAIL_USERNAME=orbitfitness`, `SMTP_USER=shop`; not a reference or a mask)
      String.raw`(?:^|\n)[ \t]*(?:export[ \t]+)?(?:MAIL|SMTP|MAILER|EMAIL|EMAIL_HOST|MAILGUN_SMTP)_USER(?:NAME)?[ \t]*=[ \t]*(?!(?:api|redacted|x+|none|null)[ \t]*(?:\n|$))[a-z][\w.-]{1,60}[ \t]*(?=\n|$)`,
    ],
    needs: ['user', 'login'],
  },
];
