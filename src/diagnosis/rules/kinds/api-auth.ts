/** An HTTP API (Mailgun's, or another provider's) refused the API key: no SMTP involved. */
import type { RuleData } from '../schema.js';

export const apiAuthRules: RuleData[] = [
  // (a template's placeholder sent as the key, `curl --user 'api:[your-key]'`, `api:YOUR_API_KEY`: the text itself is refused;
  // not the engine's own `[REDACTED]` over a real key)
  { id: 'api-key-placeholder-sent', name: 'The request sends a placeholder as the API key', target: 'kind:api-auth', weight: 0.05, scope: 'text', context: true, patterns: [String.raw`\bapi:(?!\[redacted\])(?:\[[a-z][a-z _-]{0,40}\]|<[a-z][a-z _-]{0,40}>|your[_-][a-z_-]{1,40}|\$\{?your[_-]?\w{0,30}\}?)(?=["'\s]|$)`], needs: ['api:'] },
  // The same value set as the API key and as the SMTP password: the SMTP password was pasted as the key (a small weight:
  // it says why the key was refused more than that it was).
  { id: 'webhook-signing-key-as-api-key', name: 'The API key set is the webhook signing key', target: 'kind:api-auth', weight: 0.1, feature: 'signing-key-as-api-key' },
  // (or said in words: "pasted the new one from Sending → Webhooks ("HTTP webhook signing key")" into the API key field)
  // (a key written out in the settings is the one sent, whatever a Secret or the environment holds)
  { id: 'api-key-in-setting', name: 'The settings hold an API key written out', target: 'kind:api-auth', weight: 0.05, feature: 'api-key-in-setting' },
  {
    id: 'webhook-signing-key-said-as-api-key',
    name: 'The paste says the webhook signing key was put in as the API key',
    target: 'kind:api-auth',
    weight: 0.1,
    scope: 'text',
    // ("I took the key from Sending → Webhooks, the one labelled HTTP webhook signing key")
    // (or "the new key is 'the one shown on the Webhooks page, HTTP webhook signing key'")
    patterns: [String.raw`\bsigning key\b[^\n]{0,200}?\b(?:as|in|into|for)(?: the| their| our)? (?:private )?api key\b`, String.raw`\b(?:pasted|put|copied|entered|took|used|grabbed|got)\b[^\n]{0,120}\bwebhooks?\b[^\n]{0,80}\bsigning key\b`, String.raw`\bkey (?:is|was)\b[^\n]{0,100}\bwebhook signing key\b`],
    needs: ['signing'],
  },
  {
    id: 'smtp-password-said-as-api-key',
    name: 'The paste says the SMTP password was put in as the API key',
    target: 'kind:api-auth',
    weight: 0.1,
    scope: 'text',
    // ("it's the same password we used for SMTP", "we put the SMTP password in as the API key")
    // (not denied: "it's not the same password we use for SMTP", "the SMTP password is not the same as the API key")
    patterns: [String.raw`\bsame(?<!(?:\bnot|n't|\bnever) (?:the |exactly the )?same) (?:password|pass|key|secret) (?:as |that )?(?:we|they|i|you|he|she)? ?(?:use[ds]?|had|have) (?:for|with) (?:the )?smtp\b`, String.raw`\bsmtp (?:password|credentials?)\b(?![^\n]{0,40}?(?:\bnot\b|n't\b|\bnever\b))[^\n]{0,40}?\b(?:as|in|into|for)(?: the| their| our)? (?:private )?api key\b`,
      // (curl's `--user "api:$MG_SMTP_PASS"`; "SMTP works with the same password")
      String.raw`\bapi:\$\{?[a-z_]{0,30}smtp[a-z_]{0,20}(?:pass|password|pwd|secret)`,
      // (the API key's variable set from the SMTP password's, Terraform's `MAILGUN_API_KEY = var.mailgun_smtp_password`)
      String.raw`\b(?:mailgun|mg)_(?:api_)?key\b["']?[ \t]*[:=][ \t]*["']?(?:var\.|local\.|\$\{?|env\.)?[a-z_]{0,30}smtp_?(?:pass|password|pwd)\b`, String.raw`\bsmtp\b[^\n?.]{0,40}\b(?:works|worked|is fine)\b[^\n?.]{0,30}\bsame (?:password|credentials)\b`],
    needs: ['smtp'],
  },
  // (Python requests' `auth=("mg.example.com", KEY)`, curl's `--user 'mg.example.com:KEY'`: the API's user name is `api`)
  {
    id: 'api-user-not-api',
    name: 'The API request logs in with another user name than api',
    target: 'kind:api-auth',
    weight: 0.1,
    scope: 'text',
    patterns: [String.raw`\bauth[ \t]*=[ \t]*\([ \t]*["'](?!api["'])[\w.@-]{2,100}["'][ \t]*,`, String.raw`(?:--user|-u)[ \t]+["']?(?!api:)[\w.@-]{2,100}:[^\s"']{8,}`],
    needs: ['auth', '-u'],
  },
  // (a UUID set or sent as the key, `MAILGUN_API_KEY=3f2a9c4e-8b71-4d0e-9a55-1c6e2b7d4f10`: no Mailgun key has that shape, which is
  // another service's token, such as a Postmark server token kept from a move; redaction sees the value)
  { id: 'uuid-as-api-key', name: 'The API key has the shape of a UUID, not of a Mailgun key', target: 'kind:api-auth', weight: 0.1, feature: 'uuid-as-api-key' },
  { id: 'smtp-password-as-api-key', name: 'The API key set is the SMTP password', target: 'kind:api-auth', weight: 0.1, feature: 'api-key-as-password' },
  {
    id: 'api-key-refused',
    // (Mailgun's API, or another provider's: the reply names which)
    name: 'The API refused the API key (HTTP 401)',
    target: 'kind:api-auth',
    weight: 0.9,
    scope: 'text',
    // (and the WordPress plugin's "Mailgun API returned: Forbidden (401)")
    // (and an HTTP node's "HTTP Code: 401"; curl's print of Mailgun's 401 body, a line that says only "Forbidden", under the call; n8n's node error,
    // `"rawErrorMessage": ["401 - \"Forbidden\""]`, `"httpCode": "401"`)
    patterns: [String.raw`api(?:\.eu)?\.mailgun\.net[^\n]{0,300}(?:\n[^\n]{0,300}){0,12}\n[ \t]*forbidden[ \t]*(?:\n|$)`, String.raw`\bhttp(?:/[\d.]{1,3})? ?401\b`, String.raw`\bhttp[ \t_-]?(?:code|status)["']?[ \t]*[:=][ \t]*["']?401\b`, String.raw`\b401 (?:unauthorized|forbidden)\b`, String.raw`\b401[ \t]*[-–:][ \t]*\\?["']?(?:unauthorized|forbidden)\b`, String.raw`\[401\][ \t]*(?:unauthorized|forbidden)\b`, String.raw`\b(?:unauthorized|forbidden)[ \t]*\(401\)`, String.raw`"httpcode"\s*:\s*"?401\b`, String.raw`\b401 client error\b`, String.raw`\b401 \(unauthori[sz]ed\)`, String.raw`\bforbidden \(code 401\)`, String.raw`invalid private key`, String.raw`"message"\s*:\s*"(?:forbidden|unauthorized)"`, String.raw`\bapi key (?:is )?(?:invalid|wrong|rejected)`, String.raw`(?:\b401\b|unauthori[sz]ed)[^\n]{0,200}unrecogni[sz]ed ip address`, String.raw`status(?:code)?[ :=]{1,3}401\b`, String.raw`"status"\s*:\s*401\b`, String.raw`status[_ ]?code\W{0,12}401\b`, String.raw`api(?:\.eu)?\.mailgun\.net[\s\S]{0,600}(?<![\w.])401(?!\w|\.\d)`,
      // (mailgun-go's UnexpectedResponseError, printed or dumped: `Actual: (int) 401,` above its URL)
      String.raw`\bactual["']?[ \t]*:[ \t]*(?:\(int\)[ \t]*)?401\b`,
      // (mailgun-php's HttpClientException for a 401: "Your credentials are incorrect.", thrown by `unauthorized()`)
      String.raw`\bHttpClientException\b[^\n]{0,40}your credentials are incorrect\b`, String.raw`\bHttpClientException::unauthorized\(`,
      // (an automation tool's Mailgun module, Make's "Mailgun API: Forbidden" under its "[403] Forbidden")
      String.raw`\bmailgun[ \t]+api[ \t]*:[ \t]*forbidden\b`],
    needs: ['401', 'invalid', 'forbidden', 'unauthorized', 'api', 'unrecogni', 'httpclientexception'],
  },
  {
    // Mailgun's public validation key (`pubkey-...`) cannot send: a paste that names it has the cause of its 401.
    // (a small weight: it says why a key was refused more than that one was; not DKIM's "public key")
    id: 'public-key-used',
    name: 'The key used is the public validation key, which cannot send',
    target: 'kind:api-auth',
    weight: 0.1,
    scope: 'text',
    // (the key itself redacted by now: `pubkey-[REDACTED]`)
    // (or said of the value: "the value starts with `pubkey-`")
    patterns: [String.raw`\bpubkey-(?:[0-9a-z]{4}|\[REDACTED\])`, String.raw`\bpublic (?:validation|verification) key\b`, String.raw`\b(?:starts|begins)[ \t]+with[ \t]+[\x60'"]?pubkey-`],
    needs: ['pubkey-', 'public'],
  },
  // Context: the only API key pasted is the public validation key, which cannot send (the secret warning says so).
  { id: 'public-keys-only', name: 'The only API key pasted is the public validation key', target: 'kind:api-auth', weight: 0.05, feature: 'public-keys-only', context: true },
  // (says how to reload a changed key: Compose recreates a container for a new environment, a restart does not)
  { id: 'api-runs-in-docker-compose', name: 'The service runs under Docker Compose', target: 'kind:api-auth', weight: 0.05, scope: 'text', patterns: [String.raw`\bdocker[- ]compose\b`, String.raw`\bcompose\.ya?ml\b`, String.raw`\bcompose file\b`], needs: ['compose'], context: true },
  {
    // A rotation just before the 401: the service still holds the old key. (Says why, like the one above.)
    id: 'api-key-rotated',
    name: 'The API keys were rotated or replaced just before',
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    // (not denied: "we have not rotated the API key")
    patterns: [String.raw`(?<!(?:\b(?:not|never|didn't|haven't|hasn't)|n't)[ \t]{1,3}(?:\w+[ \t]{1,3})?)\b(?:rotated|regenerated|revoked|replaced|recreated|reset) (?:the |our |their |all |its )?(?:mailgun )?(?:(?:api|private|sending) ){0,2}keys?\b`, String.raw`\bkeys? (?:were|was|got) (?:rotated|regenerated|revoked|replaced)\b`,
      // "deleted the old private API key in Mailgun and created a new one"
      String.raw`\b(?:deleted|removed) the old (?:mailgun )?(?:private |sending )?(?:api )?key\b`,
      // "deleted his Mailgun API key and created a new one under API Security"
      // (an API key's, not a webhook signing key's or a DKIM key's; not denied, "never deleted ...")
      String.raw`(?<!(?:\b(?:not|never|didn't|haven't|hasn't)|n't)[ \t]{1,3})\b(?:deleted|removed|revoked)\b[^\n.]{0,40}?\b(?:api|private|sending|mailgun)[ \t]+key\b[^\n.]{0,30}?\band (?:then )?(?:created|made|generated|added) a new one\b`,
      // (in other languages: "rotacionou as chaves", "rotaron las claves", "die Keys rotiert", "a fait tourner les clés", "ha ruotato le chiavi")
      String.raw`\b(?:rotacion(?:ou|aram|amos)|trocou|trocaram|rot(?:ó|aron|amos)|cambi(?:ó|aron|amos))[ \t]+(?:as|las|los)[ \t]+(?:chaves|claves|keys)\b|\b(?:keys?|schlüssel)[ \t]+(?:rotiert|erneuert|neu[ \t]+erstellt)\b|\bfait[ \t]+tourner[ \t]+les[ \t]+clés\b|\bruotato[ \t]+le[ \t]+chiavi\b`],
    needs: ['rotated', 'regenerated', 'revoked', 'replaced', 'recreated', 'reset', 'deleted', 'removed', 'rotacion', 'trocou', 'trocaram', 'rotó', 'rotaron', 'rotamos', 'cambió', 'cambiaron', 'cambiamos', 'rotiert', 'erneuert', 'erstellt', 'tourner', 'ruotato'],
  },
  {
    // The paste shows requests to the EU API host (a call or an SDK's setting). The reply only says what that would
    // mean ("if the failing call goes there"): the patterns stay simple, and a question or a denial around them costs little.
    id: 'eu-api-host-called',
    name: "The paste shows requests to the EU region's API host",
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    // (not on a commented-out line: `// mg.SetAPIBase(mailgun.APIBaseEU)` is why the requests still go to the US host)
    patterns: [
      String.raw`https?://api\.eu\.mailgun\.net/v\d`,
      String.raw`\burl\s*[:=]\s*["']https?://api\.eu\.mailgun\.net`,
      String.raw`\bAPIBaseEU\b`,
      String.raw`\bMailgun::create\([^\n]{0,120}?["']https?://api\.eu\.mailgun\.net`,
      String.raw`\b(?:mailgun_endpoint|endpoint)["']?\s*(?:=>|[:=])\s*["']?(?:https?://)?api\.eu\.mailgun\.net`,
      // (a variable the client's url option reads: `MAILGUN_URL=https://api.eu.mailgun.net`, `MAILGUN_API_BASE: ...`)
      // (from the host, the setting's name looked behind for: a run of letters first would be tried at every position)
      String.raw`https?://api\.eu\.mailgun\.net(?<=(?:url|host|base)["']?[ \t]*(?:=>|[:=])[ \t]*["']?https?://api\.eu\.mailgun\.net)`,
    ].map((pattern) => String.raw`(?<!(?:^|\n)[ \t]*(?://|#|--)[^\n]{0,160})(?:${pattern})`),
    needs: ['api.eu.mailgun.net', 'apibaseeu'],
  },
  {
    // A request that is not a send (Routes, events, suppressions, domains...): a domain sending key is
    // refused there, whatever its region; only an account API key may call it. (Says why, like the ones above.)
    id: 'account-endpoint-called',
    name: 'The request is not a send: only an account API key may make it',
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\bapi(?:\.eu)?\.mailgun\.net/v\d/(?:routes|domains|lists|ips|webhooks|accounts|keys|subaccounts|dkim|bounces|unsubscribes|complaints|analytics|metrics|users)\b`,
      String.raw`\bapi(?:\.eu)?\.mailgun\.net/v\d/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/(?:events|bounces|unsubscribes|complaints|stats|tags|templates|webhooks|tracking|credentials)\b`,
      String.raw`\b(?:GET|PUT|DELETE|POST) /v\d/(?:routes|domains|lists|webhooks|bounces)\b`,
      // An SDK's call (mailgun.js `mg.routes.list()`, `mg.suppressions.list(...)`).
      String.raw`\b\w{1,40}\.(?:routes|suppressions|domains|events|webhooks|lists|stats|ips)\.(?:list|get|create|update|destroy|remove)\(`,
    ],
    needs: ['/v', '.routes.', '.suppressions.', '.domains.', '.events.', '.webhooks.', '.lists.', '.stats.', '.ips.'],
  },
  {
    // A send request (POST /messages) in the paste: beside it, an endpoint a sending key may not call is no
    // sign that the refused request was one of those.
    id: 'send-endpoint-called',
    name: 'The paste shows a send request (/messages)',
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    patterns: [String.raw`\bapi(?:\.eu)?\.mailgun\.net/v\d/[a-z0-9.-]{1,253}/messages(?:\.mime)?\b`, String.raw`\bPOST /v\d/[a-z0-9.-]{1,253}/messages\b`, String.raw`\b\w{1,40}\.messages\.create\(`],
    needs: ['/messages', '.messages.'],
  },
  {
    // A call to the US API host: beside an EU one, the region may well be the cause after all.
    id: 'us-api-host-called',
    name: "The paste shows requests to the US region's API host",
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    patterns: [String.raw`https?://api\.mailgun\.net/v\d`],
    needs: ['api.mailgun.net'],
  },
  {
    // The service runs on Vercel: a changed variable reaches it only with a new deployment (says how to apply the fix).
    id: 'api-client-on-vercel',
    name: 'The service runs on Vercel',
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    patterns: [String.raw`\bvercel\b`],
    needs: ['vercel'],
  },
  {
    // `// mg.SetAPIBase(mailgun.APIBaseEU)`: the line that would send the requests to the EU host is commented out.
    id: 'eu-api-host-commented-out',
    name: 'The line that sets the EU API host is commented out',
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    patterns: [String.raw`(?:^|\n)[ \t]*(?://|#|--)[ \t]*[^\n]{0,80}?(?:\bAPIBaseEU\b|api\.eu\.mailgun\.net)[^\n]{0,80}`],
    needs: ['apibaseeu', 'api.eu.mailgun.net'],
  },
  {
    // mailgun.js's client without `url`, the PHP SDK's create() with the key alone: both call the US host, their default.
    id: 'us-api-host-by-default',
    name: "The API client is built without a host, so it calls the US region's API host",
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    // (the client built straight on the constructor too: `new Mailgun(formData).client({ ... })`)
    patterns: [String.raw`\bmailgun(?:\([^()\n]{0,40}\))?\.client\(\s*\{(?![^}]{0,300}\burl\s*:)[^}]{0,300}\}`, String.raw`\bMailgun::create\(\s*[^,()\n]{1,200}\)`],
    needs: ['.client(', 'mailgun::create('],
  },
  {
    id: 'api-forbidden',
    name: 'The API answered Forbidden',
    target: 'kind:api-auth',
    weight: 0.5,
    scope: 'text',
    // A line holding only "Forbidden" (what curl prints for Mailgun's 401).
    patterns: [String.raw`(?:^|\n)[ \t]*['"]?forbidden['"]?[ \t]*(?:\n|$)`],
  },
];
