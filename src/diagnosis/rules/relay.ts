/** Is it a relay refusal at all? The phrases MTAs use to say "I do not relay for you". */
import type { RuleData } from './schema.js';

/** Exported for the extractor's choice of the refusal line and for the regex-safety test. */
export const RELAY_PHRASES = [
  // (Sendmail's "Relaying temporarily denied. Cannot resolve PTR record for ...")
  String.raw`relay(?:ing)? (?:temporarily )?(?:access )?(?:is )?(?:denied|refused|rejected|prohibited|disallowed|forbidden)`,
  String.raw`relay(?:ing)? (?:is )?not (?:permitted|allowed|authori[sz]ed|granted)`,
  String.raw`relaying to \S{1,100} (?:is )?(?:denied|not allowed|prohibited)`,
  String.raw`(?:unable|not able) to relay`,
  String.raw`(?:can ?not|can't|won't|will not) relay`,
  String.raw`\bno relaying\b`,
  String.raw`not (?:allowed|permitted|authori[sz]ed|configured) to relay`,
  String.raw`insecure mail relay`,
  String.raw`allowed rcpthosts`,
  // ("we do not relay", "This mail server does not relay for the domain ...")
  String.raw`(?:do|does) not relay\b`,
  String.raw`(?:don't|doesn't) relay\b`,
  // (Apple Mail: "The recipient "a@b" was rejected by the server because it does not allow relaying.")
  String.raw`(?:does not|doesn't|do not|don't) allow relaying\b`,
  String.raw`(?:don't|do not) handle mail for`,
  String.raw`relay attempt (?:denied|rejected|blocked)`,
  // Google Workspace's SMTP relay: "Invalid credentials for relay" (an IP or domain it does not know)
  String.raw`invalid credentials for relay`,
  String.raw`not (?:be )?used as a relay`,
  String.raw`\bnorelaying\b`,
  // Haraka, when no plugin accepts a recipient: its log says "No plugin determined if relaying was allowed", its
  // answer "550 I cannot deliver mail for <a@b>"
  String.raw`no plugin determined if relaying was allowed`,
  String.raw`\bI cannot deliver mail for <`,
  // Servers localised by their admins (German, Portuguese, Spanish, French, Dutch, Italian, Polish, Russian).
  String.raw`(?:weiterleitung|relaying|relay) (?:nicht erlaubt|nicht gestattet|verweigert|abgelehnt)`,
  // (Apple Mail in German: "... wurde vom Server abgelehnt, da dieser kein Relaying zulässt")
  String.raw`\bkein(?:e)? (?:relaying|weiterleitung) (?:zulässt|zu ?lässt|erlaubt|gestattet)`,
  String.raw`retransmiss(?:[aã]o|ao) (?:negad[ao]|n[aã]o permitida)`,
  String.raw`(?:retransmisi[oó]n|reenv[ií]o) (?:denegad[ao]|no permitid[ao])`,
  // (the English noun in a Portuguese or Spanish server's words: "Relay nao permitido", "relay no permitido", "relay negado")
  String.raw`relay (?:n[aã]o permitido|no permitido|negado|denegado|recusado|rechazado)`,
  String.raw`relais (?:refus[ée]|non autoris[ée]|interdit)`,
  String.raw`(?:doorsturen|relay(?:en)?) (?:niet toegestaan|geweigerd)`,
  String.raw`inoltro (?:negato|non consentito)`,
  String.raw`(?:przekazywanie|relay) (?:poczty )?(?:odrzucone|zabronione|niedozwolone|odrzucony|niedozwolony)`,
  String.raw`(?:ретрансляци[яи]|релей|relay) (?:запрещ[её]н[аоы]?|не разрешен[аоы]?|отклон[её]н[аоы]?)`,
  // Chinese (simplified and traditional), Japanese and Korean client messages: no spaces between words.
  String.raw`中[继繼](?:访问|訪問)?被?(?:拒[绝絕]|禁止|不允[许許])|(?:拒[绝絕]|禁止|不允[许許])中[继繼]`,
  String.raw`(?:リレー|中継)(?:が|は|を)?(?:拒否|許可されていません)`,
  String.raw`(?:릴레이|중계)(?:가|는|를)? ?(?:거부|허용되지)`,
];

/** One of these is in every match of RELAY_PHRASES (checked by test/diagnosis/guards.test.ts). */
export const RELAY_NEEDS = ['relay', 'rcpthosts', 'handle', 'deliver', 'weiterleitung', 'retransmis', 'reenv', 'relais', 'doorsturen', 'inoltro', 'przekazywanie', 'ретрансляц', 'релей', '中继', '中繼', '拒绝中', '拒絕中', '禁止中', '不允许中', '不允許中', 'リレー', '中継', '릴레이', '중계'];

export const relayRules: RuleData[] = [
  {
    id: 'relay-refusal-in-reply',
    name: 'The server replied with a relay refusal',
    target: 'relay',
    weight: 0.95,
    scope: 'reply',
    patterns: RELAY_PHRASES,
    needs: RELAY_NEEDS,
    // (not an application's own words for what Mailgun's HTTP API answered, status=401 on an api.mailgun.net call)
    unless: 'relay-words-on-api-call',
  },
  {
    id: 'relay-refusal-mentioned',
    name: 'A relay refusal is mentioned',
    target: 'relay',
    weight: 0.6,
    scope: 'text',
    patterns: RELAY_PHRASES,
    needs: RELAY_NEEDS,
    // (not an application's own words for what Mailgun's HTTP API answered, status=401 on an api.mailgun.net call)
    unless: 'relay-words-on-api-call',
  },
  // A relay refusal half remembered, told by someone who saw it: "the bounce said something about relay", "it mentioned
  // relaying". Less than the refusal's words: enough to make it a relay question, never to say which side.
  // (not a relay host or server: "the article mentions relay hosts")
  {
    id: 'relay-refusal-half-remembered',
    name: 'Someone remembers the error mentioning relay',
    target: 'relay',
    weight: 0.5,
    scope: 'text',
    // (only in vague words, "something about", "mentioned": a claim in the refusal's own words, "says Mailgun denies relaying", is
    // the relay-refusal-mentioned rule's, weighed against the error the paste shows)
    patterns: [String.raw`\bsomething (?:about|with|like)\b[^\n]{0,20}?\brelay(?:ing)?\b(?![ \t-]*(?:hosts?|servers?|hostnames?|settings?|providers?|services?)\b)|\b(?:mentioned|mentions|mentioning)\b[^\n]{0,20}?\brelay(?:ing)?\b(?![ \t-]*(?:hosts?|servers?|hostnames?|settings?|providers?|services?|denied|refused|rejected|access|not)\b)`],
    needs: ['relay'],
  },
  {
    // "Recipient address rejected: example.com is not a local domain": it takes no mail for that domain. (A rule of its
    // own: its word, "local", is too common to guard every relay phrase search with.)
    id: 'not-a-local-domain',
    name: 'The server says the domain is not one of its own',
    target: 'relay',
    weight: 0.9,
    scope: 'reply',
    patterns: [String.raw`\bis not a local domain\b`],
    needs: ['local'],
  },
  {
    // Exchange Online's status for "Unable to relay recipient in non-accepted domain", alone.
    id: 'exchange-relay-status',
    name: "Exchange's relay refusal status 5.7.54",
    target: 'relay',
    weight: 0.8,
    scope: 'error',
    patterns: [String.raw`(?<![\d.])5\.7\.54(?![\d.])`],
  },
  {
    // A 535 says the credentials were wrong, whatever words surround it (KNOWLEDGE.md).
    id: 'refusal-is-auth-failure',
    name: 'The refusal is a 535 (credentials rejected)',
    target: 'relay',
    weight: -0.9,
    feature: 'reply-code:535',
  },
  {
    // A server's own log of refusing a client at a private address (an app server, a container, a VPN host): the
    // sending side's own relay, whose name the paste may not give. (A small weight: it says whose refusal it is.)
    id: 'own-server-refused-internal-client',
    name: "A mail server refused to relay for a client on its own private network",
    target: 'relay',
    weight: 0.1,
    feature: 'own-server:internal-client',
  },
  {
    // A refusal cut off mid-word where the copy ends ("550 5.7.1 Relaying den", a photo of half a screen): no other
    // error starts so.
    id: 'relay-refusal-cut-off',
    name: 'A relay refusal, cut off where the copy ends',
    target: 'relay',
    weight: 0.85,
    scope: 'text',
    patterns: [String.raw`(?<![\w.])5[0-5]\d[ -](?:5\.7\.\d{1,3}[ \t]+)?relay(?:ing)?[ \t]+de(?:n(?:i(?:e)?)?)?(?=[ \t]*(?:\n|$))`],
    needs: ['relay'],
  },
  {
    id: 'relay-refusal-misspelled',
    name: 'A relay refusal, typed with a misspelling',
    target: 'relay',
    weight: 0.55,
    feature: 'fuzzy:relay-refusal',
  },
  // (the person asks whether a whitelist would help: "we need to ask them to whitelist Mailgun. Right?", "Do I need to add it to
  // some allowlist in the Mailgun dashboard?", "Does Mailgun need our server's IP on an allowlist?")
  { id: 'whitelist-asked', name: 'The paste asks whether a whitelist (allowlist) is needed', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:ask|get|have|tell)\b[^\n.?]{0,30}?\bto (?:whitelist|allowlist|allow-list|safelist)\b[^\n.?]{0,20}?\b(?:mailgun|us|our)\b`, String.raw`\b(?:whitelist|allowlist|safelist)(?:ing)? (?:mailgun|our (?:[\w-]{1,30} )?(?:ips?|domain|sender|server(?:'s)?|servers)|[\w-]{1,30}(?:'s)? ips?)(?![\w-])[^\n]{0,80}\?`, String.raw`\b(?:need|needs|should|must|have to)\b[^?\n]{0,60}?\b(?:whitelist|allowlist|allow-list|safelist)(?:ed|ing|s)?\b[^?]{0,80}\?`,
    // ("Mailgun said they'd allow our IP. Isn't this on Mailgun's side?": an IP said allowed, then a question)
    String.raw`\b(?:mailgun|they)\b[^\n?]{0,40}?\b(?:allow(?:ed|s)?|whitelist(?:ed|s)?|allowlist(?:ed|s)?)[ \t]+(?:our|the|my)[ \t]+(?:server(?:'s)?[ \t]+|sending[ \t]+)?ips?\b[^\n?]{0,80}\?`], needs: ['whitelist', 'allowlist', 'allow-list', 'safelist', 'allow'], context: true },
  // (the person asks whether to send again: "Can the supplier simply resend the invoice, or will it bounce again?", "should we
  // resend the whole batch tonight?", "Can we resend somehow?")
  // (asked whether a login would help: "Do I need to add --auth to swaks?", "Do we need to add SMTP auth somewhere in Laravel?")
  // (and in other languages: "¿Necesito poner credenciales SMTP?", "Brauchen wir SMTP-Zugangsdaten?", "Faut-il mettre des identifiants ?")
  // "is user just 'postmaster' ok or does it need the domain?", "does the username need the @domain part?"
  { id: 'login-domain-asked', name: 'The paste asks whether the SMTP user name needs its domain', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:user[ _-]?name|login)\b[^\n?]{0,60}\b(?:need|needs|include|includes|without)\b[^\n?]{0,20}(?:\bthe[ \t]+)?@?domain\b[^\n?]{0,40}\?`, String.raw`\bjust[ \t]+["'\u2018]?postmaster["'\u2019]?[^\n?]{0,60}\?`, String.raw`\bpostmaster[ \t]+or[ \t]+postmaster@`,
    // ("Is the user name supposed to be the full address?"; told, "Username was postmaster", a bare login)
    String.raw`\b(?:user[ _-]?name|login)\b[^\n?]{0,40}\b(?:full|whole|complete|entire)[ \t]+(?:e-?mail[ \t]+)?address\b[^\n?]{0,40}\?`,
    // ("¿... es la dirección completa o solo "postmaster"?", "het volledige adres of alleen "postmaster"?", "ou juste postmaster ?")
    String.raw`\b(?:o|or|of|ou|oder)[ \t]+(?:solo|sólo|just|only|alleen|juste|seulement|só|apenas|nur|solamente|soltanto)[ \t]+["'\u201c\u201e\u00ab]?postmaster\b`,
    String.raw`\b(?:user[ _-]?name|login|benutzername|usuario|utilisateur)\b[ \t]*(?:was|is|=|:|war|ist|era|es|était|est)[ \t]*["'\u2018\u201c]?postmaster["'\u2019\u201d]?(?![@\w.-])`], needs: ['domain', 'postmaster', 'address'], context: true },
  // "what do I tell the customer?", "what should we tell them?", "was sage ich dem Kunden?", "¿qué le digo al cliente?",
  // "que dois-je dire au client ?", "o que digo ao cliente?", "wat zeg ik tegen de klant?"
  { id: 'customer-message-asked', name: 'The paste asks what to tell the customer', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bwhat[ \t]+(?:do|should|can|shall)[ \t]+(?:i|we)[ \t]+(?:tell|say[ \t]+to|write[ \t]+to|reply[ \t]+to|answer)[ \t]+(?:the|my|our|this|that)?[ \t]*(?:customer|client|user|them)\b|\bneed[ \t]+to[ \t]+tell[ \t]+(?:the|my|our)[ \t]+(?:customer|client)[ \t]+something\b|\bwas[ \t]+(?:sage|sagen|schreibe|schreiben)[ \t]+(?:ich|wir)[ \t]+(?:dem|den|der)[ \t]+kunden\b|\bqu[ée][ \t]+(?:le[ \t]+)?(?:digo|decimos|respondo|respondemos)[ \t]+al[ \t]+cliente\b|\bque[ \t]+(?:dois-je[ \t]+|devons-nous[ \t]+)?dire[ \t]+au[ \t]+client\b|\bo[ \t]+que[ \t]+(?:digo|dizemos|respondo)[ \t]+(?:ao|para[ \t]+o)[ \t]+cliente\b|\bwat[ \t]+(?:zeg|zeggen|antwoord)[ \t]+(?:ik|we)[ \t]+(?:tegen[ \t]+)?de[ \t]+klant\b`], needs: ['tell', 'say', 'write', 'reply', 'answer', 'sage', 'schreib', 'digo', 'decimos', 'respond', 'dire', 'dizemos', 'zeg', 'antwoord'], context: true },
  // "do I need to wait for propagation?", "Do we need to wait for DNS to propagate?", "¿hay que esperar la propagación?",
  // "müssen wir die DNS-Propagation abwarten?", "faut-il attendre la propagation ?", "precisa esperar propagar?"
  { id: 'dns-wait-asked', name: 'The paste asks whether to wait for DNS to propagate', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:do|does|should|must|shall|need|have)[ \t]+(?:we|i|they|you|it|to)[ \t]+(?:need[ \t]+to[ \t]+|have[ \t]+to[ \t]+)?wait[ \t]+(?:for[ \t]+)?(?:the[ \t]+)?(?:dns|mx|propagation|records?)\b[^\n?]{0,60}\?|\b(?:dns[ \t]+)?propagat(?:ion|e|ing)\b[^\n?]{0,60}\?|\bneeds?[ \t]+(?:some[ \t]+)?time[ \t]+to[ \t]+(?:propagate|take[ \t]+effect|apply|kick[ \t]+in)\b[^\n?]{0,60}\?|\b(?:esperar|aguardar)[ \t]+(?:a[ \t]+|la[ \t]+)?propaga(?:ción|cion|ção|cao|r)\b|\b(?:dns-?)?propagation[ \t]+abwarten\b|\battendre[ \t]+(?:la[ \t]+)?propagation\b`], needs: ['wait', 'propagat', 'esperar', 'aguardar', 'abwarten', 'attendre', 'time'], context: true },
  // "Does the From address have to change?", "Do we need to change the sender address to @mg.x?", "Muss die Absenderadresse geändert
  // werden?", "¿Hay que cambiar el remitente?"
  { id: 'from-change-asked', name: 'The paste asks whether the From address has to change', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:does|do)[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:from|sender)(?:[ \t]+e-?mail)?(?:[ \t]+address)?[ \t]+(?:have|need)[ \t]+to[ \t]+(?:change|be[ \t]+changed|be[ \t]+on|be[ \t]+at|match)\b[^\n?]{0,60}\?|\b(?:should|must)[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:from|sender)(?:[ \t]+e-?mail)?(?:[ \t]+address)?[ \t]+(?:change|be[ \t]+changed|be[ \t]+on|be[ \t]+at|match)\b[^\n?]{0,60}\?`, String.raw`\b(?:do|should|must)[ \t]+(?:we|i|they)[ \t]+(?:need[ \t]+to[ \t]+|have[ \t]+to[ \t]+)?change[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:from|sender)(?:[ \t]+e-?mail)?(?:[ \t]+address)?\b[^\n?]{0,60}\?`, String.raw`\babsender(?:adresse)?\b[^\n?]{0,40}\b(?:ändern|geändert)\b[^\n?]{0,30}\?|\b(?:cambiar|modificar)[ \t]+(?:el[ \t]+)?remitente\b[^\n?]{0,40}\?|\bchanger[ \t]+(?:l'adresse[ \t]+d'|l')?exp[ée]diteur\b[^\n?]{0,40}\?`], needs: ['from', 'sender', 'absender', 'remitente', 'diteur'], context: true },
  // "Is it the wrong password?", "wrong credentials maybe?", "is the password wrong?"
  { id: 'wrong-password-asked', name: 'The paste asks whether the password is wrong', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:is|was|could)[ \t]+(?:it|this|that)[ \t]+(?:be[ \t]+)?(?:the[ \t]+|a[ \t]+)?wrong[ \t]+(?:password|credentials|login)\b`, String.raw`\bwrong[ \t]+(?:password|credentials)\b[^\n?.]{0,40}\?`, String.raw`\b(?:is|are)[ \t]+(?:the|our|my)[ \t]+(?:mailgun[ \t]+)?(?:smtp[ \t]+)?(?:password|credentials)[ \t]+wrong\b`, String.raw`\b(?:did|could|can|would)[ \t]+(?:the[ \t]+|our[ \t]+|that[ \t]+)?(?:password[ \t]+|credentials?[ \t]+)?rotation[ \t]+(?:break|cause|have[ \t]+caused)\b`], needs: ['wrong', 'rotation'], context: true },
  // "Or should we just switch to SMTP?", "Our IT wants to move to SMTP instead", "should we switch from the API to SMTP?"
  { id: 'smtp-instead-asked', name: "The paste asks whether sending over SMTP instead of the API would fix it", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:switch|move|moving|go|change|changing|switching)[ \t]+(?:over[ \t]+)?(?:from[ \t]+the[ \t]+(?:http[ \t]+)?api[ \t]+)?to[ \t]+smtp\b(?![ \t]+(?:settings|credentials|password|login|port|server|host))|\b(?:use|using|try)[ \t]+smtp[ \t]+instead\b|\b(?:need|have)[ \t]+to[ \t]+use[ \t]+smtp\b`], needs: ['smtp'], context: true },
  // "why does Mailgun refuse if the domain is already verified?", "si el dominio ya está verificado", "если домен подтверждён"
  { id: 'domain-verified-said', name: 'The paste says the sending domain is verified', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bdomain\b[^\n?.]{0,40}?\b(?:is|was)[ \t]+(?:already[ \t]+|fully[ \t]+)?verified\b|\bdominio\b[^\n?]{0,40}?\bverificado\b|\bdomínio\b[^\n?]{0,40}?\bverificado\b|\bdomain\b[^\n?]{0,40}?\bverifiziert\b|\bdomaine\b[^\n?]{0,40}?\bvérifié\b|(?<![а-яё])домен[^\n?]{0,30}?подтвержд[её]н`], needs: ['verified', 'verificado', 'verifiziert', 'vérifié', 'подтвержд'], context: true },
  // "Why only support@?", "Почему только support@?", "¿Por qué solo ventas@?", "why does info@ work but support@ doesn't?"
  { id: 'only-this-address-asked', name: 'The paste asks why only this address is refused', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bwhy[ \t]+(?:just|only)[ \t]+[\w.+-]{1,64}@[^\n?]{0,40}\?|\bwhy[ \t]+(?:does|do|is)[ \t]+[\w.+-]{1,64}@[^\n?]{0,40}?\b(?:work|arrive|get)[^\n?]{0,40}?\bbut\b[^\n?]{0,60}\?|(?<![а-яё])почему[ \t]+только[ \t]+[\w.+-]{1,64}@[^\n?]{0,40}\?|\bpor[ \t]*qu[ée][ \t]+(?:s[óo]lo|solamente|apenas|s[óo])[ \t]+[\w.+-]{1,64}@[^\n?]{0,40}\?`], needs: ['why', 'почему', 'por'], context: true },
  // "It never errors on login so the creds must be fine, right?", "so the password is correct?"
  { id: 'credentials-fine-asked', name: 'The paste asks whether the credentials must be right', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:creds|credentials|password|login)\b[^\n?]{0,20}?\b(?:must|should|has to)[ \t]+be[ \t]+(?:fine|ok|okay|right|correct|good)\b[^\n?]{0,30}\?`, String.raw`\b(?:so|then)[ \t]+(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:creds|credentials|password|login)[ \t]+(?:is|are)[ \t]+(?:fine|ok|okay|right|correct|good)\b[^\n?]{0,30}\?`], needs: ['creds', 'credentials', 'password', 'login'], context: true },
  // "wants to add a route — is it?", "do I need to add a Route for the recipient?", "is it related to the route we just created?"
  // (asked under a refusal of mail sent: the reply says Routes take no part in it)
  { id: 'route-asked', name: 'The paste asks whether a Route is the cause or the fix', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:need|needs|have|should|must|wants?|wanted)[ \t]+(?:to[ \t]+)?(?:add|create|set[ \t]+up|make)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+|another[ \t]+|new[ \t]+){0,2}(?:inbound[ \t]+)?route\b(?![ \t]*(?:->|→))[^\n?]{0,80}\?`, String.raw`\b(?:related|due)[ \t]+to[ \t]+(?:the|a|our|their|that)[ \t]+(?:new[ \t]+)?routes?\b[^\n?]{0,80}\?|\b(?:is|was|could)[ \t]+(?:it|this|that)[ \t]+(?:be[ \t]+)?(?:the|a)[ \t]+(?:new[ \t]+)?route\b[^\n?]{0,40}\?`, String.raw`\b(?:thinks?|says?|believes?)[ \t]+(?:this|it)[ \t]+is[ \t]+a[ \t]+receiving[ \t]+(?:problem|issue)\b`, String.raw`\b(?:asked|asks|asking|wonders?|wondering)[ \t]+(?:if|whether)[ \t]+(?:it|this)(?:'s|[ \t]+is|[ \t]+was)[ \t]+(?:related|due)[ \t]+to[ \t]+(?:the|a|our|their)[ \t]+(?:new[ \t]+)?routes?\b`, String.raw`\b(?:did|could|would|do|does)[ \t]+(?:the[ \t]+|our[ \t]+|these[ \t]+)?(?:new[ \t]+)?routes?[ \t]+(?:break|broke|cause|affect)\b[^\n?]{0,40}\?|\b(?:need|needs)[ \t]+(?:a|another|new|any)[ \t]+routes?\b[^\n?]{0,60}\?|\b(?:should|must|do)[ \t]+(?:they|we|i)[ \t]+(?:need[ \t]+to[ \t]+)?(?:fix|change|check)[ \t]+(?:their|our|the)[ \t]+routes?\b|\b(?:whether|if)[ \t]+(?:they|we)[ \t]+should[ \t]+(?:fix|change|check)[ \t]+(?:their|our|the)[ \t]+routes?\b`], needs: ['route', 'receiving'], context: true },
  // "why does it work locally but not on Heroku?", "passes on main and fails on fork PRs", "Why only on branches?"
  { id: 'works-elsewhere-asked', name: 'The paste asks why it works in one place and not in another', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bwhy\b[^\n?]{0,40}?\bworks?\b[^\n?]{0,40}?\b(?:locally|on (?:my|our|their|his|her) (?:laptop|machine|pc|mac)|in (?:dev|development|staging|local)|on main|on staging)\b[^\n?]{0,60}\?`, String.raw`\bwhy\b[^\n?]{0,30}?\bonly[ \t]+(?:on|in|from)[ \t]+(?:feature[ \t]+)?(?:branches|forks?|prod(?:uction)?|preview|ci|pull[ \t]+requests|prs|merge[ \t]+requests)\b[^\n?]{0,40}\?|\bwhy\b[^\n?]{0,60}?\b(?:fails?|breaks?)\b[^\n?]{0,30}?\bon[ \t]+(?:fork|feature|branch|pull|prs?\b)[^\n?]{0,60}\?`], needs: ['why'], context: true },
  // "do I need to redeploy?", "do we have to restart the app?", "restart or reload?", "which service do I restart?"
  { id: 'redeploy-asked', name: 'The paste asks whether a redeploy or a restart is needed', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:do|does|should|must|will)[ \t]+(?:i|we|they|he|she|it|you)[ \t]+(?:need|have|has)[ \t]+to[ \t]+(?:re-?deploy|re-?start)\b[^\n?]{0,60}\?|\b(?:need|needs|require|requires)[ \t]+(?:a[ \t]+)?(?:re-?deploy|re-?start)\b[^\n?]{0,40}\?|\bre-?deploy(?:ment)?[ \t]+(?:needed|required|necessary)\b[^\n?]{0,30}\?`, String.raw`\b(?:restart|reload)[ \t]+or[ \t]+(?:restart|reload)\b[^\n?]{0,60}\?|\bwhich[ \t]+(?:service|daemon|process)[ \t]+(?:do|should|must)[ \t]+(?:i|we|they)[ \t]+(?:restart|reload)\b|\b(?:need|have)[ \t]+to[ \t]+restart[ \t]+(?:anything|something|it|the[ \t]+\w{1,20})\b[^\n?]{0,40}\?`, String.raw`(?<![a-zà-ÿ])(?:volver[ \t]+a[ \t]+desplegar|redesplegar|reiniciar|redémarrer|redéployer|reimplantar|neu[ \t]+(?:deployen|starten)|riavviare|ridistribuire)(?![a-zà-ÿ])[^\n?]{0,60}\?`], needs: ['deploy', 'start', 'reload', 'desplegar', 'reiniciar', 'redémarrer', 'redéployer', 'reimplantar', 'riavviare', 'ridistribuire'], context: true },
  // "Do we need to set something on Railway?", "did rotating the secrets and ConfigMaps break receiving?": the app's own
  // settings, asked of a refusal (incoming mail) they take no part in
  { id: 'app-environment-asked', name: "The paste asks whether the app's environment or deployment is the cause", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:set|change|configure|add|fix)[ \t]+(?:something|anything)[ \t]+(?:on|in)[ \t]+(?:railway|heroku|render|fly(?:\.io)?|vercel|netlify|kubernetes|k8s|azure|aws|cloud run|the app|our app|the environment|the env)\b[^\n?]{0,40}\?`, String.raw`\b(?:did|could|would|might|does|is)[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+|that[ \t]+)?(?:rotat\w{0,5}|redeploy\w{0,5}|deploy\w{0,5}|restart\w{0,5}|(?:new[ \t]+)?(?:secrets?|configmaps?|env(?:ironment)?[ \t]+var(?:iable)?s?))\b[^\n?]{0,60}?\b(?:break|broke|cause|caused|affect|affected)\b[^\n?]{0,60}\?`, String.raw`\b(?:rotated|redeployed|deployed|restarted|changed)\b[^\n?]{0,60}?\b(?:secrets?|configmaps?|env(?:ironment)?[ \t]+var(?:iable)?s?|deployment)\b[^\n?]{0,60}?\b(?:did|could|would|might)[ \t]+(?:that|this|it)[ \t]+(?:break|cause|affect)\b[^\n?]{0,40}\?`], needs: ['something', 'anything', 'break', 'broke', 'cause', 'affect'], context: true },
  { id: 'login-asked', name: 'The paste asks whether a login (SMTP authentication) is needed', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:necesito|necesitamos|tengo que|tenemos que|hay que|preciso|precisamos|brauche|brauchen|müssen wir|faut-il|dois-je|devons-nous)\b[^\n?]{0,40}?\b(?:credenciales|credenciais|autenticaci[óo]n|autentica[çc][ãa]o|zugangsdaten|anmeldedaten|authentifizierung|identifiants|authentification)\b[^\n?]{0,40}\?`, String.raw`\b(?:need|needs|have|has|should|must)\b[^\n?]{0,40}?(?:--auth\b|\bauth(?:entication|enticate)?\b|\blog in\b|\bsmtp (?:credentials|login)\b)[^\n?]{0,80}\?`, String.raw`\b(?:mx|inbound(?: server)?)\b[^\n.?]{0,20}\bneeds? (?:auth(?:entication)?|a login|credentials)\b`], needs: ['auth', 'log', 'credentials', 'credenciales', 'credenciais', 'zugangsdaten', 'anmeldedaten', 'identifiants'], context: true },
  // (asked whether the port is the cause: "is the port wrong? should we use 587 instead?", "wrong port?", "would port 2525 help?")
  // ("Should MAIL_PORT be 465 instead?", "Should we change the Nextcloud port to 465 / Encryption to SSL?")
  { id: 'port-asked', name: 'The paste asks whether the port is the problem', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:do|does|should|must)[ \t]+(?:we|i|they|he|she)[ \t]+(?:need|have)[ \t]+to[ \t]+(?:change|switch|use|move)\b[^\n?]{0,40}\bport\b[^\n?]{0,30}\?`, String.raw`\b(?:does|do|will|can|would)[ \t]+(?:port[ \t]+)?(?:587|465|2525|25)[ \t]+(?:support|allow|take|accept|work[ \t]+with|do)[ \t]+(?:smtp[ \t]+)?(?:auth|authentication|login|tls|starttls|ssl)\b`, String.raw`\b(?:should|must|does|do|can)[ \t]+[a-z_]{0,30}port[ \t]+be[ \t]+(?:587|465|2525|25)\b[^\n?]{0,40}\?|\b(?:should|do|must|can) (?:we|i|they|he|she) (?:change|switch|set|move)\b[^\n?]{0,40}?\bport\b[^\n?]{0,10}?\bto (?:587|465|2525|25)\b[^\n?]{0,40}\?`, String.raw`\b(?:is|was) (?:the|our|their|this) port (?:wrong|right|correct|the (?:problem|issue|cause))\b`, String.raw`\b(?:should|do|must|can) (?:we|i|they|he|she) (?:use|need|switch to|try|change to|move to|go to) (?:port )?(?:587|465|2525|25)\b[^\n?]{0,40}\?`, String.raw`\b(?:should|do|must|can) (?:we|i|they|he|she) (?:change|switch|set|move)\b[^\n?]{0,60}?\bport (?:587|465|2525|25)\b[^\n?]{0,30}\?`, String.raw`\b(?:587|465|2525|25) or (?:port )?(?:587|465|2525|25)\b[^\n.]{0,30}\?`, String.raw`\b(?:wrong|right|another|different) port\b[^\n.]{0,40}\?`, String.raw`\b(?:would|will|does|could) (?:port )?(?:587|465|2525|25) (?:help|fix it|work)\b[^\n.]{0,30}\?`, String.raw`\bis (?:port (?:587|465|2525|25)|587|465|2525) (?:an? )?(?:ok|okay|fine|good|right|valid)(?: port)?\b[^\n.]{0,30}\?`, String.raw`\b(?:which|what) port\b(?:[^\n?.]|\.(?=\S)){0,60}\?|\b(?:puerto|porta|port)\b(?:[^\n?.]|\.(?=\S)){0,60}?\b(?:problema|problème|problem|culpa|cause|causa|schuld)\b(?:[^\n?.]|\.(?=\S)){0,20}\?|\b(?:qu[eé]|cu[aá]l|quel|welchen?|qual)\b[^\n?]{0,10}\b(?:puerto|porta|port)\b[^\n?]{0,60}\?|\b(?:cambiar|cambiare|poner|mudar|changer|wechseln)\b[^\n?]{0,20}\b(?:el |la |a |le |den )?(?:puerto|porta|port)\b[^\n?]{0,40}\?|\b(?:587|465|2525|25) (?:o|ou|oder) (?:587|465|2525|25)\b[^\n]{0,30}\?`, String.raw`(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*(?:which|what) port\b|(?<!\b(?:i|we)[ \t]+)\b(?:pregunta|preguntan|asks?|asked|asking|wonders?|wondering|fragt|fragen|demande|demandent|pergunta|perguntam)[ \t]+(?:si|if|whether|ob|se)\b[^\n.?]{0,60}?\b(?:puerto|porta|port)\b`, String.raw`(?:\bbyta|ändra)[ \t]+(?:till[ \t]+)?port\b[^\n?]{0,40}\?|ポート[^\n？?。]{0,20}(?:変え|変更)[^\n？?。]{0,20}[？?]|\b(?:le|la|el|a|il)[ \t]+(?:port|porta|puerto)[ \t]+(?:587|465|2525|25)[ \t]+(?:est-il|est-ce|es|é|è)[ \t]+(?:le[ \t]+|la[ \t]+|el[ \t]+|o[ \t]+|a[ \t]+|il[ \t]+)?(?:bon|bonne|buen[oa]|correct[oa]?|cert[oa]|giust[oa])\b[^\n?]{0,20}\?|\best-ce[ \t]+(?:le|la)[ \t]+(?:bon|mauvais)[ \t]+port\b[^\n?]{0,20}\?|\b(?:změnit|zmenit|zmienić|zmienic)\b[^\n?]{0,20}\bport\b[^\n?]{0,60}\?`, String.raw`\bis[ \t]+(?:port[ \t]+)?(?:587|465|2525|25)[ \t]+(?:being[ \t]+)?blocked\b|ポート[ \t]*(?:587|465|2525|25)[^\n？?。]{0,10}ブロック`], needs: ['port', 'puerto', '25', '587', '465', 'ポート'], context: true },
  // (asked whether the network or the cloud host blocks the mail: "Is Google Cloud blocking us?", "could AWS be blocking port 587?")
  { id: 'network-block-asked', name: 'The paste asks whether the network or the hosting provider blocks the mail', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:is|are|could|would|might)[ \t]+(?:the[ \t]+)?(?:google cloud|gcp|aws|amazon|azure|digitalocean|hetzner|ovh|linode|vultr|heroku|render|fly\.io|our (?:network|firewall|host(?:ing)?(?: provider)?|isp)|the (?:network|firewall|isp))[ \t]+(?:be[ \t]+)?(?:blocking|blocks?|filtering|throttling)\b[^\n.]{0,40}\?`], needs: ['blocking', 'block', 'filtering', 'throttling'], context: true },
  // (the recipient's side said to be fixed since: "Gruber's IT says they fixed their Microsoft 365 setup last Friday", "mail from
  // Gmail reaches them now"; not asked or doubted, "did they fix it?", "they have not fixed it")
  { id: 'recipient-fixed-said', name: "The paste says the recipient's side has been fixed", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:[a-z0-9-]{2,40}'s (?:it|admin|mail admin(?:istrator)?|tech(?:nical)? team|provider)|their (?:it|admin|mail admin(?:istrator)?|side|provider)|the recipient(?:'s (?:it|admin|side|provider))?)\b(?:(?!\b(?:not|never|nothing|yet)\b|n't\b)[^\n.?]){0,30}?\b(?:(?:says?|said|confirmed|report(?:s|ed)?) (?:that )?(?:they |it )?)?(?:(?:have|has) )?(?:fixed|corrected|repaired|sorted out)\b(?![^\n.]{0,40}\?)`, String.raw`\b(?:mail|e-?mails?) from (?:gmail|outlook|other senders|elsewhere|other domains)[^\n.?]{0,20}\breach(?:es)? them (?:now|again)\b`], needs: ['fixed', 'corrected', 'repaired', 'sorted', 'reach'], context: true },
  // (asked whether the sending settings need a change: "Do I need to change our SMTP settings?", "should we update the mail settings?")
  // (and in other languages: "Dobbiamo cambiare qualcosa in Stores → Configuration → Mageplaza → SMTP (host, porta, username)?",
  // "¿Tenemos que cambiar algo en la configuración SMTP?", "Müssen wir an den SMTP-Einstellungen etwas ändern?"; an app's own
  // place: "change anything in grafana.ini [smtp]?", "the Uptime Kuma notification settings", "di tab Email Keycloak")
  { id: 'settings-asked', name: 'The paste asks whether the sending settings need a change', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:change|update|fix|adjust|modify)\b[^\n?]{0,30}?\b(?:smtp|mail|sending|e-?mail) (?:settings|config(?:uration)?)\b[^\n]{0,40}\?`, String.raw`\b(?:change|update|adjust|modify|touch)\b(?![^\n?]{0,50}\b(?:dns|mx|routes?|domain|records?)\b)[^\n?]{0,50}?(?:\bnotification settings\b|\.ini\b|\[smtp\]|\bemail tab\b|\b(?:app|application|server)'s settings\b)[^\n]{0,60}\?`, String.raw`\b(?:mengubah|mengganti)\b[^\n?]{0,20}\bdi\b[^\n?]{0,40}\b(?:tab|pengaturan|setelan|konfigurasi)\b[^\n?]{0,40}\?`, String.raw`(?:^|[ \t])át[ \t]+kell[ \t]+állítani(?![a-zà-ű])[^\n?]{0,40}beállítás[^\n?]{0,60}\?`, String.raw`(?<![a-zà-ÿ])(?:cambiare|modificare|cambiar|modificar|mudar|alterar|changer|modifier|ändern|wijzigen|aanpassen)(?![a-zà-ÿ])[^\n?]{0,60}?\bsmtp\b[^\n?]{0,60}\?|\bsmtp[- ](?:einstellungen|instellingen|impostazioni|configuración|configurações|paramètres)(?![a-zà-ÿ])[^\n?]{0,40}?(?<![a-zà-ÿ])(?:ändern|wijzigen|aanpassen|cambiare|modificare|cambiar|mudar|alterar|changer|modifier)(?![a-zà-ÿ])[^\n?]{0,20}\?`,
    // Czech "Máme něco změnit v mail.options v config.production.json?", Greek "Πρέπει να αλλάξουμε το MAILGUN_API_KEY ή το url …;"
    String.raw`(?<![a-zà-ž])(?:máme|musíme|mám|musím)[ \t]+(?:něco[ \t]+)?(?:změnit|upravit)(?![a-zà-ž])(?=[^\n?]{0,80}(?:nastavení|konfigurac|config|smtp|options|\.json|\.env|\.ini|\.ya?ml))[^\n?]{0,80}\?|(?<![α-ωά-ώ])(?:πρέπει|χρειάζεται)[ \t]+να[ \t]+(?:αλλάξουμε|αλλάξω)(?![α-ωά-ώ])(?=[^\n;;?]{0,80}(?:ρυθμίσ|config|api|url|smtp|key))[^\n;;?]{0,80}[;;?]`], needs: ['settings', 'config', 'smtp', '.ini', 'tab', 'pengaturan', 'setelan', 'konfigurasi', 'beállítás', 'změnit', 'upravit', 'αλλάξ'], context: true },
  // (asked how long a Route's store() keeps messages: "how long does store() keep the messages", with or without its question mark)
  { id: 'store-retention-asked', name: "The paste asks how long a Route's store() keeps messages", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bhow long\b[^\n?.]{0,60}?(?:\bstore\(|\bstored\b|\bkeeps?\b|\bkept\b|\bretain)`], needs: ['long'], context: true },
  // (asked how long until it works: "Wie lange dauert es, bis es wieder geht?", "how long until it works?", "¿cuánto tarda?";
  // not how long a stored message is kept, store-retention-asked)
  { id: 'how-long-asked', name: 'The paste asks how long until it works', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`(?:\bhow long\b[^\n?.]{0,40}?\b(?:until|till|before|does it take|will it take|would it take|to (?:work|take effect|apply|propagate))\b|\bwie lange\b(?![^\n?]{0,40}\b(?:schon|bereits)\b)|(?<!\bdesde hace )\bcu[aá]nto (?:tiempo|tarda|tardar[aá])(?![a-zà-ÿ])|(?<!\b(?:da|há|ha) )\bquanto (?:tempo|ci vuole)\b|(?<!\bdepuis )\bcombien de temps\b|\bhoe lang\b(?![ \t]+al\b)|\bberapa lama\b)(?![^\n?]{0,60}(?:store\(|stored|\bkeep|\bkept|retain|conserv|guard|aufbewahr|bewaar|gespeichert))[^\n?]{0,80}\?|(?:どのくらい|どれくらい|どのぐらい|どれぐらい)[^\n?？]{0,10}?(?:時間|かかり)[^\n?？]{0,30}[?？]`], needs: ['long', 'lange', 'cuánto', 'cuanto', 'quanto', 'combien', 'hoe', 'berapa', 'どのくらい', 'どれくらい', 'どのぐらい', 'どれぐらい'], context: true },
  // (asked whether the address is on a suppression (Bounces) list: "Is the address now on a suppression list?", "Moeten we ... van
  // een suppressielijst halen?", "entrou na lista de supressão?", "(lista di soppressione)?")
  { id: 'suppression-asked', name: 'The paste asks whether the address is on a suppression list', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`(?:suppress(?:ion|ions|ed)?\b|supress(?:ion|ão|ao)|suppressie|soppressione|supresi[oó]n|unterdrückungsliste|sperrliste|\bbounces?[ \t-]list)[^\n?.!]{0,80}\?|\b(?:togliere|rimuovere|quitar|sacar|tirar|remover|retirer|enlever)\b[^\n?]{0,60}\b(?:da|de|dalla|della|des|d'une|de la|da)[ \t]+(?:qualche|alguna|una|uma|la|a|une)?[ \t]*list[ae]\b(?=[^\n?]{0,25}(?:mailgun|supres|soppres|rebote|bounce|suppress))[^\n?]{0,40}\?`], needs: ['suppress', 'supress', 'soppress', 'supresi', 'unterdrückung', 'sperrliste', 'bounce', 'lista', 'liste'], context: true },
  { id: 'resend-asked', name: 'The paste asks whether the mail can be sent again', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`(?<!\b(?:from|to|via|with|using|use|on|off|left|leaving)[ \t]+)\bre-?send(?:ing)?\b[^?\n]{0,100}\?`, String.raw`\b(?:basta|podemos|posso|podemos[ \t]+só)[ \t]+reenviar\b[^?\n]{0,60}\?|\breenviar[ \t]+(?:agora|de[ \t]+novo|novamente)\b[^?\n]{0,60}\?|\b(?:renvoyer|rispedire|reinviare|opnieuw[ \t]+(?:sturen|versturen|verzenden)|erneut[ \t]+(?:senden|versenden|schicken))\b[^?\n]{0,80}\?|\benough[ \t]+to[ \t]+(?:just[ \t]+)?re-?send\b[^?\n]{0,60}\?`, String.raw`\b(?:werden|wird)\b[^?\n]{0,80}\bnoch\b[^?\n]{0,20}\b(?:zugestellt|ausgeliefert|verschickt|gesendet)\b[^?\n]{0,20}\?`, String.raw`\bsend (?:it|them|the \w+|everything) again\b[^?\n]{0,60}\?`, String.raw`\b(?:asks?|asked|asking|wonders?|wondering)[ \t]+(?:if|whether)[ \t]+(?:they|we|he|she|i)[ \t]+(?:should|can|could)[ \t]+(?:just[ \t]+)?re-?send\b`, String.raw`\bwill it bounce again\b`, String.raw`\bre-?sent\b[^?\n]{0,60}\?|\b(?:renvoy|réexpédi|réenvoy)[ée]e?s?\b[^?\n]{0,60}\?|\b(?:have|has|need|needs)[ \t]+to[ \t]+re-?send\b[^?\n]{0,100}\?|\b(?:will|does|would|is)[ \t]+mailgun[ \t]+(?:going[ \t]+to[ \t]+)?(?:retry|re-try|try[ \t]+again)\b`, String.raw`\bse[ \t]+reenv(?:ían|ian|iarán|iaran|ía|ia|iará|iara)(?![a-zà-ÿ])[^?\n]{0,80}\?|\bopnieuw[ \t]+(?:verstuurd|verzonden|versturen|verzenden|gestuurd|sturen)\b[^?\n]{0,80}\?|\b(?:rispedit[eiao]|rinviat[eiao]|reinviat[eiao]|rimandat[eiao]|rispedire|reinviare|rimandare)\b[^?\n]{0,80}\?|\bpartir(?:à|anno)[ \t]+da[ \t]+(?:sol[aoei])\b[^?\n]{0,60}\?|\b(?:renvoyer|réenvoyer)[ \t]+(?:son|sa|ses|mon|ma|mes|notre|votre)[ \t]+(?:mails?|e-?mails?|messages?|courriels?)\b[^?\n]{0,80}\?|\barriver[ \t]+tout[ \t]+seul[^?\n]{0,60}\?|\brepart(?:ent|ira|iront)[ \t]+tout[ \t]+seuls?\b[^?\n]{0,40}\?|\bvolver(?:[aá])?[ \t]+a[ \t]+intentar(?![a-zà-ÿ])[^?\n]{0,40}\?|\b(?:noch ?mal|erneut|wieder|neu)[ \t]+(?:verschickt|versendet|gesendet|zugestellt)\b[^?\n]{0,40}\?|\b(?:recibir[aá]n|llegar[aá]n)(?![a-zà-ÿ])[^?\n]{0,80}\bcuando\b[^?\n]{0,40}\?|\bwyjd[ąa][ \t]+same\b[^?\n]{0,60}\?|\bponownie[ \t]+wys[łl]a[^?\n]{0,60}\?|다시[ \t]*보내[^?\n]{0,20}\?|\bsent again\b[^?\n]{0,60}\?|\bse van a reenviar\b|\breenviar(?:se)?[ \t]+sol[oa]s\b|\breenviad[oa]s\b[^?\n]{0,60}\?|\b(?:renvoyer|réenvoyer)[ \t]+(?:son|sa|ses|leur|leurs)[ \t]+[a-zà-ÿ]{2,30}[^?\n]{0,60}\?|\breintentar(?:á|a)(?![a-zà-ÿ])[^?\n]{0,40}\?|\btentar[ \t]+(?:de[ \t]+novo|novamente)\b[^?\n]{0,40}\?|\bmailgun[^?\n]{0,20}(?:réessaiera|réessayer|va-t-il réessayer)\b[^?\n]{0,40}\?`, String.raw`\b(?:should|can|do|must) (?:we|i|they|you) (?:retry|re-try) (?:it|them|sending|the (?:send|mails?|e-?mails?|messages?))\b[^?\n]{0,60}\?|\b(?:arrive|come through|go out)\b[^?\n]{0,20}\b(?:by|on) (?:themselves|itself|their own|its own)\b[^?\n]{0,40}\?`, String.raw`\b(?:(?:reenviar|reenv[ií]en|reenv[ií]e|volver a enviar)[ \t]+(?:(?:los|las|el|la|esos|esas|estos|estas)[ \t]+)?(?:correos?|e-?mails?|mensajes?|facturas?)|enviar de novo|enviar novamente|(?:renvoie|renvoient|renvoyer|réenvoyer)[ \t]+(?:(?:les|le|la|l'|ces|ses|leurs?|nos|vos)[ \t]*)?(?:mails?|e-?mails?|messages?|courriels?|factures?)|\b(?:faut-il|peut-on|doit-on|dois-je|devons-nous|on peut|il faut|faudrait-il|pouvons-nous)[^?\n]{0,20}?(?:les|la|le|l')[ \t]*(?:renvoyer|réenvoyer)|reenviar(?:los|las)?[ \t]+(?:todo|todos|todas)|(?:noch ?mal|erneut|wieder|neu) (?:schicken|senden|verschicken))\b[^?\n]{0,80}\?`, String.raw`\b(?:nachgeschickt|nachgesendet|nachträglich[ \t]+(?:verschickt|versendet|gesendet|zugestellt))\b[^?\n]{0,60}\?|\b(?:be|get|gets|are|is)[ \t]+retried\b[^?\n]{0,60}\?|\b(?:tekrar|yeniden)[ \t]+gönderil[^?\n]{0,60}\?|\b(?:noch ?mal|erneut)\b[^?\n]{0,40}?\b(?:schicken|senden|verschicken)\b[^?\n]{0,40}\?|\b(?:sent|delivered|resent|retried|go out)\b[^?\n]{0,30}\b(?:later|automatically|by themselves|on their own)\b[^?\n]{0,40}\?|再送[^\n?？]{0,30}[?？]|\bdikirim[ \t]+(?:ulang|lagi)\b[^?\n]{0,40}\?`,
    // ("¿Los correos rebotados llegarán solos más tarde?", "자동으로 다시 발송되나요?", "Pošle Mailgun tu zprávu znovu sám?",
    // "Czy powiadomienia zostaną wysłane ponownie?")
    // ("Will nodemailer retry these signups on its own?")
    String.raw`\bwill\b[^?\n]{0,40}\b(?:retry|re-?try|resend|re-?send)\b[^?\n]{0,60}\b(?:on (?:its|their) own|by (?:it|them)sel(?:f|ves)|automatically)\b[^?\n]{0,30}\?`,
    // ("Will the emails people sent to support@ this week still arrive in Zendesk once the route is fixed?")
    String.raw`\bwill\b[^?\n]{0,80}\b(?:still[ \t]+)?(?:arrive|get through|come through|be delivered)\b[^?\n]{0,60}\b(?:once|when|after)\b[^?\n]{0,60}\?`,
    // (German "Werden die Mails automatisch nochmal versucht?")
    String.raw`\b(?:werden|wird)\b[^?\n]{0,60}\b(?:nochmal|noch[ \t]+einmal|erneut|wieder)\b[^?\n]{0,20}\b(?:versucht|gesendet|verschickt|zugestellt)\b[^?\n]{0,20}\?`,
    String.raw`\bllegar[aá]n[ \t]+sol[oa]s\b[^?\n]{0,60}\?|(?:자동으로[ \t]*)?다시[ \t]*(?:발송|전송)[^?\n]{0,20}\?|\b(?:pošle|pošlou|odešle|doručí)\b[^?\n]{0,40}\bznovu\b[^?\n]{0,30}\?|\bzostan(?:ą|a|ie)[ \t]+wys[łl]an[eay]\b[^?\n]{0,30}\bponownie\b[^?\n]{0,30}\?`,
    // (whether they go out once it is fixed: "Will the magic links that failed this morning be sent once we fix it?", "Will the emails sent since
    // Monday show up in Zendesk once this is fixed?", "will it retry those mails later by itself?", "partiranno da sole quando sistemiamo?",
    // "直したあと自動で送られますか?")
    String.raw`\b(?:be|get|gets)[ \t]+(?:sent|delivered)\b[^?\n]{0,60}\b(?:once|when|after)\b[^?\n]{0,60}\?|\b(?:show up|turn up|come through|come in)\b[^?\n]{0,40}\b(?:once|when|after)\b[^?\n]{0,40}\b(?:fix|fixed|sorted|resolved|solved|working)\b[^?\n]{0,30}\?|\b(?:will|would|does)[ \t]+(?:it|postfix|exim|the server|they)[ \t]+(?:retry|re-try|try[ \t]+again)\b[^?\n]{0,60}\?|\b(?:partiranno|partono|arriveranno|verranno[ \t]+(?:inviat[ei]|spedit[ei]))\b[^?\n]{0,60}\?|\bda[ \t]+sol[ei]\b[^?\n]{0,60}\?|自動(?:で|的に)[^\n?？]{0,6}(?:送られ|送信され|再送|届)[^\n?？]{0,20}[?？]`], needs: ['再送', 'dikirim', 'llegarán', 'llegaran', '다시', 'znovu', 'ponownie', 'sent', 'delivered', 'show', 'turn', 'come', 'retry', 'partiranno', 'partono', 'arriveranno', 'verranno', 'sole', 'soli', '自動', 'later', 'automatically', 'nachgeschickt', 'versucht', 'zugestellt', 'nachgesendet', 'nachträglich', 'retried', 'tekrar', 'yeniden', 'resend', 're-send', 'resent', 're-sent', 'renvoyé', 'réexpédi', 'réenvoyé', 'again', 'retry', 're-try', 'themselves', 'itself', 'own', 'reenv', 'volver', 'novo', 'novamente', 'renvoi', 'renvoy', 'réenvoy', 'schicken', 'senden', 'opnieuw', 'rispedi', 'rinviat', 'reinvia', 'rimanda', 'seul', 'seuls', 'reintentar', 'réessay', 'intentar', 'verschickt', 'versendet', 'gesendet', 'zugestellt', 'recibir', 'llegar', 'wyjd', 'ponownie', '다시', 'sent', 'reenviar', 'reenviad'], context: true },
  // (asked why the app's connection test passes while sending fails: "Why does Test Connection say OK?", "¿Por qué "Probar
  // conexión" dice que todo está bien si después falla?", "Warum ist der Verbindungstest erfolgreich?")
  { id: 'test-passes-asked', name: "The paste asks why the app's connection test passes", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:test(?:ing)?[ -]?connection|connection[ -]test|test button|probar[ \t]+(?:la[ \t]+)?conexi[oó]n|prueba de conexi[oó]n|tester[ \t]+la[ \t]+connexion|test de connexion|verbindungstest|verbindung[ \t]+testen|testar[ \t]+(?:a[ \t]+)?conex[aã]o|teste de conex[aã]o|prova[ \t]+(?:la[ \t]+)?connessione|test[ \t]+(?:de[ \t]+)?verbinding)\b[^\n?]{0,80}?\b(?:pass(?:es|ed)?|succeed(?:s|ed)?|successful|works?|worked|ok|okay|fine|bien|correct[oa]|réussi|fonctionne|funktioniert|erfolgreich|funciona|exitos[oa]|sucesso|riuscit[oa]|funziona|geslaagd|lukt)\b[^\n?]{0,80}\?`,
    // (nodemailer's verify() or a health check of the same settings: "transporter.verify() ... returns true every time. Why does that pass?")
    String.raw`(?:\bverify\(\)|\bhealth[ -]?check)[^\n?]{0,120}?\b(?:returns?[ \t]+true|pass(?:es|ed)?|succeed(?:s|ed)?|ok)\b[^\n?]{0,120}\?`,
    // (asked in the support person's words, no question mark: "Customer asks why the test passes if sending fails")
    String.raw`\bwhy[ \t]+(?:the[ \t]+)?(?:connection[ \t]+)?test[ \t]+(?:passes|passed|succeeds|succeeded|works|worked|is[ \t]+(?:ok|green|successful))\b`], needs: ['test', 'probar', 'prueba', 'tester', 'verbindungstest', 'testen', 'testar', 'teste', 'prova', 'verify', 'health'], context: true },
  // (asked why it worked before: "Why did it work before the upgrade?", "Warum lief das vor dem Upgrade monatelang ohne
  // Probleme?", "¿Por qué funcionaba antes?", "Pourquoi ça marchait avant ?")
  { id: 'worked-before-asked', name: 'The paste asks why it worked before', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:it|this|that|they|mails?|e-?mails?|invit(?:e|ation)s?)[ \t]+(?:has[ \t]+|had[ \t]+)?work(?:ed|ing)\b[^\n?]{0,60}?\b(?:until|till|up to)\b[^\n?]{0,60}?\bwhy\b[^\n?]{0,40}\?|\bwhy (?:did|has|have) (?:it|this|that|delivery|the mails?|the e-?mails?|they) stop(?:ped)?\b[^\n?]{0,60}\?|\bwhy\b[^\n?]{0,30}?\b(?:did|does|has|was)\b[^\n?]{0,20}?\b(?:work(?:ed|ing)?|go(?:ne)? through|sen[dt])\b[^\n?]{0,40}?\b(?:before|until|till|yesterday|last (?:week|month|year)|for (?:months|years|weeks))\b[^\n?]{0,60}\?|\bwarum\b[^\n?]{0,30}?\b(?:lief|ging|funktionierte|klappte)\b[^\n?]{0,60}?\b(?:vor|vorher|bisher|bis|gestern|monatelang|jahrelang|früher|damals|alten[ \t]+(?:server|rechner|host|system|vps))\b[^\n?]{0,100}\?|\bpor ?qu[eé](?![a-zà-ÿ])[^\n?]{0,30}?\b(?:funcionaba|funcionó|andaba|funcionava)\b[^\n?]{0,60}\?|\bpourquoi\b[^\n?]{0,30}?\b(?:marchait|fonctionnait)\b[^\n?]{0,60}\?|\bperch[eé](?![a-zà-ÿ])[^\n?]{0,30}?\b(?:funzionava|andava)\b[^\n?]{0,60}\?|\bwaarom\b[^\n?]{0,30}?\b(?:werkte|ging)\b[^\n?]{0,60}\?|\bwaarom\b[^\n?]{0,30}?\bkwam\b[^\n?]{0,40}?\b(?:vroeger|eerder|vorige|toen|gisteren|altijd)\b[^\n?]{0,60}\?|\bvarför\b[^\n?]{0,30}?\b(?:fungerade|funkade|gick)\b[^\n?]{0,60}\?|\bwarum\b[^\n?]{0,30}?\b(?:hat|hatte)\b[^\n?]{0,20}?\bbis\b[^\n?]{0,40}?\b(?:funktioniert|geklappt|geschickt)\b[^\n?]{0,20}\?|\b(?:funcionaba|funcionó|andaba|funcionava)\b[^\n?]{0,10}?,?[ \t]*¿?[ \t]*por ?qu[eé](?![a-zà-ÿ])[^\n?]{0,60}\?` +
    // ("Warum hat es vor dem Release funktioniert?", Czech "Proč to do minulého týdne fungovalo?", "It worked in our staging realm — why not in production?")
    // (and Hungarian: "Miért működött eddig?")
    String.raw`|(?:^|[ \t¿])miért[ \t]+működött(?![a-zà-ű])[^\n?]{0,60}\?` +
    String.raw`|\bwarum\b[^\n?]{0,30}?\b(?:hat|hatte)\b[^\n?]{0,30}?\b(?:vor|vorher|früher|bisher)\b[^\n?]{0,40}?\b(?:funktioniert|geklappt)\b[^\n?]{0,80}\?|(?:^|[ \t])proč[ \t][^\n?]{0,40}?\bfungoval[oa]?\b[^\n?]{0,40}\?|\b(?:it|this|that)[ \t]+(?:works?|worked)[ \t]+(?:in|on)[ \t]+(?:our[ \t]+|the[ \t]+|their[ \t]+)?(?:staging|test|testing|dev|development|qa|uat|old|previous|other)\b[^\n?]{0,40}?\bwhy[ \t]+not\b[^\n?]{0,40}\?`], needs: ['why', 'warum', 'porque', 'por', 'pourquoi', 'perch', 'waarom', 'varför', 'funcionaba', 'funcionó', 'andaba', 'funcionava', 'proč', 'miért'], context: true },
  // (asked whether the Route's destination being down caused it: "Our webhook at hooks.x.com was down for maintenance on Tuesday.
  // Is that the cause?", "could the endpoint being offline be why?")
  { id: 'destination-down-asked', name: "The paste asks whether the Route's destination being down caused it", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:webhook|endpoint|helpdesk|inbox|parser|our (?:app|application|server|api))\b[^\n?]{0,80}?\b(?:was|were|is|went|being)[ \t]+(?:down|offline|unreachable|unavailable|in maintenance|under maintenance|failing)\b[^\n?]{0,80}?[ \t]*(?:is|was|could|might|would)[ \t]+(?:that|this|it)[ \t]+(?:be[ \t]+)?(?:the[ \t]+)?(?:cause|reason|problem|culprit|why)\b[^\n?]{0,30}\?`], needs: ['webhook', 'endpoint', 'helpdesk', 'inbox', 'parser', 'our'], context: true },
  // (asked whether a route's stop() or the routes' order is the cause: "¿Es el stop() de la primera ruta lo que impide que se ejecute
  // la segunda? ¿Deberíamos cambiar las prioridades?", "Is the stop() on the first route blocking the second?", "change the priority?")
  { id: 'route-order-asked', name: "The paste asks whether a route's stop() or the routes' order is the cause", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bstop\(\)[^\n?]{0,120}\?`, String.raw`\b(?:change|swap|reorder|cambiar|modificar|changer|ändern|mudar|alterar)\b[^\n?]{0,30}\b(?:the[ \t]+|las[ \t]+|los[ \t]+|la[ \t]+|les[ \t]+|die[ \t]+|as[ \t]+)?(?:priorit(?:y|ies|é|és|ät|äten)|prioridad(?:es)?|prioridade(?:s)?|order)\b[^\n?]{0,60}\?`], needs: ['stop()', 'priorit', 'prioridad', 'prioridade', 'order'], context: true },
  // (asked why other mail still goes out: "Newsletters still go out through Mailgun, so how can this be a Mailgun login problem?",
  // "the other emails from the same server do arrive, why not these?")
  { id: 'other-mail-works-asked', name: 'The paste asks why other mail still goes out', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:newsletters?|bulk[ \t]+(?:mail|e-?mail)s?|campaigns?|other[ \t]+(?:mails?|e-?mails?|messages?|notifications?)|the[ \t]+rest)\b(?![^\n?]{0,60}?(?:\b(?:not|never|either|neither)\b|n't\b))[^\n?]{0,40}?\b(?:still|do|does)\b[^\n?]{0,20}?\b(?:go(?:es)?[ \t]+out|sen[dt]|work(?:s|ing)?|(?:get[ \t]+)?deliver(?:ed)?|arriv(?:e|es|ing))\b[^\n?]{0,100}\?`], needs: ['newsletter', 'newsletters', 'bulk', 'campaign', 'campaigns', 'other', 'rest'], context: true },
  // (a catch_all() planned first, with stop(): "Our dev wants to add catch_all() with stop() at priority 0 "to fix everything". Is that safe?")
  { id: 'catch-all-first-planned', name: 'The paste plans a catch_all() with stop() that would run first', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bcatch_all\(\)[^\n]{0,60}?\bstop\(\)[^\n]{0,60}?\b(?:priority|prioridad|priorité|priorität|prioridade)[ \t]*(?:0|1)\b|\b(?:priority|prioridad|priorité|priorität|prioridade)[ \t]*(?:0|1)\b[^\n]{0,60}?\bcatch_all\(\)[^\n]{0,60}?\bstop\(\)`], needs: ['catch_all()'], context: true },
  // "should we just add catch_all() with stop()? will that break the sales route? what priority?"
  { id: 'catch-all-asked', name: 'The paste asks whether to add a catch_all() route', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:add|create|use|set[ \t]+up|make)[ \t]+(?:a[ \t]+)?catch[_ -]?all(?:\(\))?(?:[ \t]+route)?\b[^\n?]{0,80}\?`], needs: ['catch'], context: true },
  // "should they use forward() or store() for the new route?"
  { id: 'forward-or-store-asked', name: 'The paste asks whether the route should forward() or store()', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:forward(?:\(\))?[ \t]+or[ \t]+store|store(?:\(\))?[ \t]+or[ \t]+forward)(?:\(\))?(?=[^\n?]{0,120}\?)|\b(?:whether|if|which)\b[^\n?.]{0,60}?\b(?:forward(?:\(\))?[ \t]+or[ \t]+store|store(?:\(\))?[ \t]+or[ \t]+forward)\b`], needs: ['forward'], context: true },
  // (asked whether every failed event is final: "We mark the order UNDELIVERABLE on every failed webhook. Is that right?",
  // "Unser Service setzt bei jedem "failed"-Webhook die Bestellung auf UNDELIVERABLE. Ist das so richtig?")
  { id: 'failed-final-asked', name: 'The paste asks whether every failed event is final', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:every|each|any|all|jede[mnrs]?|alle[nm]?|cada|chaque|tous les|ogni|tutti i|elke?)\b[^\n?]{0,20}?(?:["'\u201c\u201e]failed["'\u201d\u201c](?:[ -]?(?:webhooks?|events?|ereignis(?:se|sen)?|eventos?|événements?|eventi))?|failed[ -](?:webhooks?|events?|ereignis(?:se|sen)?|eventos?|événements?|eventi))\b[^\n?]{0,150}\?`], needs: ['failed'], context: true },
  // (asked whether the MX records need a change: "Do we need to change our MX records?", "Should we point our MX back to Google
  // Workspace?", "do they need to touch DNS?", "¿Hay que cambiar los registros MX?", "Faut-il modifier les MX ?", "MX ändern?")
  { id: 'mx-change-asked', name: 'The paste asks whether the MX records (DNS) need a change', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:dobbiamo|devo|devono|bisogna)[ \t]+(?:cambiare|modificare|toccare)[ \t]+(?:i[ \t]+|il[ \t]+|gli[ \t]+|le[ \t]+)?(?:record[ \t]+)?(?:dns|mx)\b|\b(?:mamy|musimy|trzeba)[ \t]+(?:zmieni[ćc]|zmienia[ćc]|ruszy[ćc])[ \t]+(?:(?:rekordy|wpisy)[ \t]+)?(?:dns|mx)\b`, String.raw`\b(?:devo|dobbiamo|devono|bisogna|should (?:we|i|they)|do (?:we|i|they) (?:need to|have to)|must (?:we|i|they))[ \t]+(?:togliere|rimuovere|eliminare|cancellare|lasciare|remove|delete|drop|keep|leave)\b[^?\n]{0,40}\b(?:vecchio|old|other|previous|altro)[ \t]+(?:record[ \t]+)?mx\b[^?\n]{0,80}\?`, String.raw`\b(?:devo|dobbiamo|devono|bisogna)[ \t]+(?:modificare|cambiare|toccare|aggiornare)\b[^?\n]{0,40}\bmx\b[^?\n]{0,60}\?|\bmx[ \t]*レコード[^？?\n]{0,40}(?:必要|変更|変え|向け)[^？?\n]{0,30}[？?]`, String.raw`(?<!\b(?:not|never|didn't|did not|haven't|have not|hasn't|has not|no)[ \t]+)\b(?:change|update|switch|point|move|touch|edit|cambiar|modificar|tocar|changer|modifier|toucher|mudar|alterar|trocar|mexer)\b(?:[^\n?.!]|[.!](?=\S)){0,40}?\b(?:mx|dns)\b(?!\.[a-z0-9-])(?:[^\n?.!]|[.!](?=\S)){0,60}\?|\b(?:mx|dns)\b(?!\.[a-z0-9-])(?:[^\n?.!]|[.!](?=\S)){0,40}?(?:ändern|\banpassen|\bumstellen|\bzurückstellen|dokunmamız|değiştirmemiz|dokunmalı|değiştirmeli|\bterugzetten|\bwijzigen|\baanpassen|\bveranderen|\bomzetten)(?:[^\n?.!]|[.!](?=\S)){0,30}\?|\bzmieni\w{0,4}\b[^\n?]{0,30}\b(?:dns|mx)\b[^\n?]{0,40}\?|(?<![a-zæøå])(?:ændre|endre|skifte)(?![a-zæøå])[^\n?]{0,30}\b(?:dns|mx)\b[^\n?]{0,30}\?`, String.raw`\b(?:pregunta|preguntan|asks?|asked|asking|wonders?|wondering|fragt|fragen|demande|demandent|pergunta|perguntam)[ \t]+(?:si|if|whether|ob|se)\b[^\n.?]{0,60}?(?:\b(?:change|cambiar|modificar|changer|modifier|mudar|alterar)|ändern)\b[^\n.?]{0,40}?\b(?:mx|dns)\b(?!\.[a-z0-9-])`, String.raw`(?:\bbyta|ändra)[ \t]+(?:vår[ \t]+|våra[ \t]+)?(?:mx|dns)\b[^\n?]{0,40}\?|(?:mx|dns)(?:レコード)?[^\n？?。]{0,20}(?:変更|設定|変え)[^\n？?。]{0,20}[？?]`, String.raw`(?<![а-яё])нужно[ \t]+ли[ \t]+(?:менять|изменять|поменять|трогать|править)(?![а-яё])[^\n?]{0,30}\b(?:mx|dns)\b[^\n?]{0,30}\?`, String.raw`\bkell-e\b[^\n?]{0,20}\bdns\b[^\n?]{0,60}\?`,
    // ("faut-il supprimer les enregistrements MX ?", "should we delete the MX records?", "¿borramos los MX?", "MX löschen?")
    String.raw`(?<!\b(?:not|never|didn't|did[ \t]+not|haven't|have[ \t]+not|no|pas|nicht|niet)[ \t]+)\b(?:supprimer|delete|remove|borrar|eliminar|apagar|remover|verwijderen|cancellare|usun(?:ąć|ac)(?![a-ząćęłńóśźż]))(?![a-z])[^\n?]{0,30}\bmx\b[^\n?]{0,40}\?|\bmx\b[^\n?]{0,30}(?:löschen|entfernen|verwijderen)\b[^\n?]{0,20}\?`], needs: ['mx', 'dns'], context: true },
  // (asked whether the login takes the API key or an SMTP password: "Do I put the private API key in SMTP_PASS or is there a
  // separate SMTP password?", "brauchen wir den API-Key oder ein eigenes Passwort?", "Which key goes in Ghost?")
  // ("Did rotating the API key break it?", "could this be because we regenerated our API key yesterday?")
  // (asked whether to switch a plugin to its Mailgun API mailer: "Should we switch FluentSMTP to the "Mailgun" connection instead?")
  // "Can we just switch to the API so this stops happening?", "Se mudarmos para a API resolve?", "¿Si usamos la API se arregla?"
  { id: 'api-instead-asked', name: "The paste asks whether sending through Mailgun's API instead would fix it", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:switch|move|change|go|moving|switching)[ \t]+(?:over[ \t]+)?to[ \t]+(?:the[ \t]+)?(?:mailgun(?:'s)?[ \t]+)?(?:http[ \t]+|rest[ \t]+)?api\b(?![ \t_-]*(?:keys?|schlüssel|chave|clave|logs?|page|tab|docs?|de[ \t]+eventos|events?)\b)[^\n?]{0,80}\?|\b(?:use|using|try)[ \t]+(?:the[ \t]+)?(?:mailgun(?:'s)?[ \t]+)?(?:http[ \t]+|rest[ \t]+)?api[ \t]+instead\b[^\n?]{0,80}\?|\b(?:would|will|does|could)[ \t]+(?:the[ \t]+)?(?:http[ \t]+)?api[ \t]+(?:fix|help|solve|avoid)\b`, String.raw`(?<![a-zà-ÿ])(?:mudarmos|mudar|passarmos|passar|usarmos|usar|cambiamos|cambiar|pasamos|pasar|usamos)[ \t]+(?:para[ \t]+|a[ \t]+)?(?:a[ \t]+|la[ \t]+)?api\b(?![ \t_-]*(?:keys?|schlüssel|chave|clave|logs?|page|tab|docs?|de[ \t]+eventos|events?)\b)[^\n?]{0,60}\?|\bapi[ \t]+(?:statt|anstelle)\b[^\n?]{0,60}\?|\b(?:auf|zur)[ \t]+(?:die[ \t]+)?api[ \t]+(?:umstellen|wechseln|umsteigen)\b[^\n?]{0,40}\?|\b(?:passer|passons)[ \t]+(?:à|a|par)[ \t]+l'api\b(?![ \t_-]*(?:keys?|schlüssel|chave|clave|logs?|page|tab|docs?|de[ \t]+eventos|events?)\b)[^\n?]{0,60}\?`, String.raw`\bapi\b(?![ \t_-]*(?:keys?|schlüssel|chave|clave|logs?|page|tab|docs?|de[ \t]+eventos|events?)\b)[^\n?]{0,20}?(?<![a-zà-ÿ])(?:instead[ \t]+of|em[ \t]+vez[ \t]+d[eoa]|en[ \t]+(?:lugar|vez)[ \t]+de|zamiast|au[ \t]+lieu[ \t]+d[eu]|statt|anstelle|invece[ \t]+d[ie]|in[ \t]+plaats[ \t]+van)(?![a-zà-ÿ])[^\n?]{0,60}\?`], needs: ['api'], context: true },
  { id: 'api-mailer-asked', name: "The paste asks whether to switch to the app's Mailgun API mailer", target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`(?:\b(?:switch|change|move)\b|\b(?:should|shall|can|could|would|must)[ \t]+(?:we|i|they|you)[ \t]+(?:just[ \t]+)?use\b)[^\n?]{0,60}?["'\u201c]?mailgun["'\u201d]?[ \t]+(?:connection|mailer|driver|transport|option|integration)\b[^\n?]{0,80}\?`], needs: ['mailgun'], context: true },
  { id: 'key-rotation-asked', name: 'The paste asks whether a changed API key caused it', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\b(?:rotat|regenerat|reset|renew|replac|chang|revok|delet)\w{0,4}\b[^\n?]{0,30}?\bapi[ _-]?keys?\b[^\n?]{0,80}\?|\bapi[ _-]?keys?\b[^\n?]{0,30}?\b(?:rotat|regenerat|reset|renew|replac|chang|revok|delet)\w{0,4}\b[^\n?]{0,80}\?`, String.raw`\b(?:need|needs|have)[ \t]+to[ \t]+(?:generate|create|get|make)[ \t]+(?:a[ \t]+)?new[ \t]+api[ _-]?key\b|\b(?:need|needs)[ \t]+(?:a[ \t]+)?new[ \t]+api[ _-]?key\b|api[ \t]?키를?[ \t]*새로`], needs: ['api'], context: true },
  { id: 'key-or-password-asked', name: 'The paste asks whether the API key or an SMTP password goes in', target: 'relay', weight: 0.05, scope: 'text', patterns: [String.raw`\bapi[ -]?(?:key|schlüssel)\b[^\n?]{0,60}?\b(?:or|oder|o|ou)\b[^\n?]{0,40}?\b(?:password|passwort|contraseña|contrasena|mot de passe|senha)\b[^\n?]{0,30}\?|\b(?:password|passwort|contraseña|contrasena|mot de passe|senha)\b[^\n?]{0,40}?\b(?:or|oder|o|ou)\b[^\n?]{0,40}?\bapi[ -]?(?:key|schlüssel)\b[^\n?]{0,30}\?|\bwhich (?:api )?key\b(?![^\n?]{0,80}\b(?:dkim|dns|txt|domainkey|ssh|gpg|pgp|ssl|tls|record)\b)[^\n?]{0,80}\?|\b(?:cl[ée]|chiave|clave|chave)[ \t]+(?:d'|de[ \t]+)?api\b[^\n?]{0,60}?\b(?:ou|o|oppure)\b[^\n?]{0,40}?\b(?:mot de passe|password|contraseña|contrasena|senha)\b[^\n?]{0,30}\?|\b(?:mot de passe|password|contraseña|contrasena|senha)\b[^\n?]{0,40}?\b(?:ou|o|oppure)\b[^\n?]{0,40}?\b(?:cl[ée]|chiave|clave|chave)[ \t]+(?:d'|de[ \t]+)?api\b[^\n?]{0,30}\?|\bapi[ \t]?キー[^\n?？]{0,30}?(?:入れ|使|設定)[^\n?？]{0,20}[?？]|\b(?:cl[ée]|chiave|clave|chave)[ \t]+api\b[^\n?]{0,40}?\b(?:comme|como|come|als|as)\b[^\n?]{0,20}?\b(?:mot de passe|senha|contraseña|contrasena|password|passwort)\b[^\n?]{0,40}\?|(?<![a-z])api[_ -]?(?:key|chave|clave|nyckel\w{0,3}|schlüssel)\b[^\n?]{0,40}?\b(?:como|as|als|comme|come|som)\b[^\n?]{0,20}?\b(?:senha|password|contraseña|passwort|mot de passe|lösenord|hasło|haslo)\b[^\n?]{0,40}\?|\b(?:sirve|vale|funciona|serve|funziona|works?|use|usar|usamos|utiliser|usare|benutzen|verwenden|nehmen)\b[^\n?]{0,25}?\bapi[ -]?(?:key|schlüssel|chave|clave)\b[^\n?]{0,60}\?` +
    // ("Qual senha colocamos: a chave de API (API key) ou outra?")
    String.raw`|\b(?:cl[ée]|chiave|clave|chave)[ \t]+(?:d'|de[ \t]+)?api\b[^\n?]{0,40}?[ \t](?:ou|o|oppure|or|oder|of)[ \t]+(?:outra|otra|autre|altra|andere|other|another)\b[^\n?]{0,20}\?` +
    // ("Can we put the MAILGUN_API_KEY in EMAIL_HOST_PASSWORD?", "with what credential (our Mailgun account password? ...)",
    // "Is "Username" our Mailgun account login (the email we sign in with)?")
    String.raw`|\b(?:put|use|set|paste|enter)\b[^\n?]{0,20}?(?<![a-z])api[_ -]?key\b[^\n?]{0,20}?\b(?:in|into|as|for)\b[^\n?]{0,40}?pass(?:word)?[^\n?]{0,30}\?` +
    // ("Is the Mailgun API key the password here?", "... — the API key isn't it?", "Is it my Mailgun account email + login password?")
    String.raw`|\b(?:is|are)[ \t]+(?:the|our|my|their)[ \t]+(?:[\w-]{1,20}[ \t]+){0,2}api[ -]?key[ \t]+(?:the|our|my|their)?[ \t]*(?:smtp[ \t]+)?password\b[^\n?]{0,30}\?|\bapi[ -]?key[ \t]+(?:isn't|is not|is)[ \t]+it\b[^\n?]{0,10}\?|\bmailgun[ \t]+(?:account|login|dashboard)[ \t]+(?:e-?mail|login|user(?:name)?)\b[^\n?]{0,40}?\bpassword\b[^\n?]{0,20}\?|\bmailgun[ \t]+account[ \t]+password\b[^\n?]{0,10}\?|\b(?:our|my|the)[ \t]+mailgun[ \t]+account[ \t]+(?:login|e-?mail|user(?:name)?)\b[^\n?]{0,60}\?`], needs: ['key', 'schlüssel', 'api', 'キー', 'nyckel', 'password', 'account'], context: true },
  { id: 'relay-failure-recovered', name: 'A relay refusal shown was temporary, and the address was delivered later', target: 'relay', weight: 0.05, feature: 'relay-failure-recovered', context: true },
  { id: 'relay-asked', name: 'The paste asks whether this is a relay refusal', target: 'relay', weight: 0.05, feature: 'relay-asked', context: true },
  {
    // "al enviar facturas desde su ERP les salta un pop-up con esto", "a dialog pops up when they send", an app's own test of its
    // mail settings ("Media type test failed.", "An error has occurred with sending the test email"): the sending program's
    // own answer, from the server it is set to use (context: the undetermined reply then asks which server that is)
    id: 'refusal-shown-while-sending',
    name: 'The sending program shows the refusal as it sends',
    target: 'relay',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:when|while|whenever)[ \t]+(?:(?:they|we|he|she|i|it|the app)[ \t]+)?(?:send|sends|sending|try(?:ing)? to send)\b[^\n.]{0,80}\b(?:pop-?ups?|pops up|dialog)\b`,
      String.raw`\b(?:pop-?up|dialog)\b[^\n.]{0,60}\b(?:when|while|whenever)[ \t]+(?:(?:they|we|he|she|i|it)[ \t]+)?(?:send|sends|sending)\b`,
      String.raw`\b(?:al enviar|ao enviar|beim (?:senden|versenden)|lors de l'envoi|en envoyant)\b[^\n.]{0,80}\b(?:pop-?ups?|ventana|janela|fenster|fenêtre|dialog\w{0,3})\b`,
      String.raw`\b(?:media type|test (?:e-?mail|message|mail))\b[^\n]{0,20}\bfailed\b|\b(?:error|problem)\b[^\n]{0,40}\b(?:with|while|when) sending (?:the )?test (?:e-?mail|message|mail)\b|\bfailed sending data to the peer\b`,
      // (Zabbix's action log: "Sending failed: error sending RCPT TO to mailserver: 550 ...", its mail client's own words)
      String.raw`\bsending failed:[ \t]*error sending (?:rcpt to|mail from|data) to mailserver\b`,
      // (told as what happens on sending, not as a bounce that comes back: "when I email from my laptop I get "550 …"",
      // "cuando mandan correos les sale un error", "beim Versenden kommt", "quand ils envoient un mail ils ont")
      String.raw`\b(?:when|whenever|every[ \t]+time|each[ \t]+time)[ \t]+(?:they|we|he|she|i|you|the[ \t]+(?:app|shop|site|server|printer|scanner|laptop|client))[ \t]+(?:e-?mails?|send|sends|sending|try[ \t]+to[ \t]+send|tries[ \t]+to[ \t]+send|mail)\b(?![^\n.]{0,80}\b(?:bounce|back|ndr|undeliverable|delivery[ \t]+(?:status|subsystem)|returned))[^\n.]{0,60}?\b(?:i|we|they|he|she|it)[ \t]+(?:get|gets|got|see|sees|saw)\b(?![^\n]{0,60}\b(?:bounce|back|ndr|undeliverable|delivery[ \t]+(?:status|subsystem)|returned))`,
      String.raw`\bcuando[ \t]+(?:mandan|envían|envian|mando|envío|envio|enviamos|mandamos|intentan[ \t]+enviar|intento[ \t]+enviar)\b(?![^\n.]{0,80}\b(?:rebote|rebota|devuelve|devuelto))[^\n.]{0,60}?\b(?:les|me|nos|le)[ \t]+(?:sale|salta|aparece|da)\b`,
      String.raw`\bquando[ \t]+(?:enviam|envio|enviamos|mandam|mando|mandamos|tentam[ \t]+enviar|tento[ \t]+enviar)\b(?![^\n.]{0,80}\b(?:devolvid|devolução|volta))[^\n.]{0,60}?\b(?:aparece|sai|recebem|recebo|recebemos)\b`,
      String.raw`\bbeim[ \t]+(?:senden|versenden|verschicken|abschicken)\b(?![^\n.]{0,80}\b(?:unzustellbar|zurück))[^\n.]{0,60}?\b(?:kommt|erscheint|gibt[ \t]+es|bekommen|bekommt|bekomme|zeigt)\b`,
      String.raw`\bquand[ \t]+(?:ils|elles|on|nous|je|il|elle)[ \t]+(?:envoie|envoient|envoyons|essaie[ \t]+d'envoyer|essaient[ \t]+d'envoyer)\b(?![^\n.]{0,80}\b(?:rebond|retour))[^\n.]{0,60}?\b(?:ont|a|ai|avons|obtiennent|obtient|s'affiche|apparaît)\b`,
      // (a program's own report that it could not send, Veeam's "Failed to send email notification: … 5.7.1 Relaying denied")
      String.raw`\b(?:failed|unable|could[ \t]+not|couldn't|cannot|can't)[ \t]+(?:to[ \t]+)?send[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:test[ \t]+)?(?:e-?mail[ \t]+)?(?:notifications?|alerts?|reports?)\b(?![^\n]{0,200}\b(?:bounce|ndr|undeliverable|delivery[ \t]+(?:status|subsystem)|returned))`,
    ],
    needs: ['pop', 'popup', 'popups', 'dialog', 'ventana', 'janela', 'fenster', 'fenêtre', 'dialogo', 'diálogo', 'failed', 'test', 'when', 'time', 'cuando', 'quand', 'beim', 'unable', 'not', "n't"],
    context: true,
  },
];
