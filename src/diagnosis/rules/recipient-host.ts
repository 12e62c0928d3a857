/** Evidence that Mailgun accepted the message and the recipient's own server refused it. */
import { MAILGUN_LOG_FAILURE, MAILGUN_LOG_FAILURE_NEEDS, OTHER_MTA_RELAY_WORDINGS, ROUTE_MATCHED, ROUTE_MATCHED_NEEDS } from './phrases.js';
import type { RuleData } from './schema.js';

export const recipientHostRules: RuleData[] = [
  // (the recipient's company named in the paste, its name one letter from the refused domain's: a typo in the address, most likely)
  { id: 'company-name-near-domain', name: "The paste names the recipient's company, a letter off the refused domain", target: 'recipient-host', weight: 0.01, feature: 'company-name-near-domain', context: true },
  { id: 'mailgun-failure-event', name: 'A Mailgun failure event (Mailgun accepted the message)', target: 'recipient-host', weight: 0.7, feature: 'mailgun-event' },
  { id: 'event-mx-host-other', name: "Mailgun tried to deliver to the recipient's own server", target: 'recipient-host', weight: 0.85, feature: 'event-mx-host:other' },
  { id: 'mailgun-queued', name: 'The Mailgun API queued the message', target: 'recipient-host', weight: 0.6, feature: 'mailgun-accepted' },
  // (small weights: they say what became of the refusal, or why the recipient's side refused, more than that it did)
  { id: 'delivered-after-retry', name: 'The paste also shows the address delivered', target: 'recipient-host', weight: 0.05, feature: 'delivered-after-retry' },
  { id: 'refusing-backup-mx', name: "The refusing server is the recipient domain's backup MX", target: 'recipient-host', weight: 0.05, feature: 'refusing-backup-mx' },
  { id: 'mailgun-delivered-copy', name: "The returned copy carries Mailgun's own header: Mailgun delivered the message", target: 'recipient-host', weight: 0.45, feature: 'mailgun-delivered-copy' },
  { id: 'refused-behind-gateway', name: "The recipient's own gateway accepted the message, and a server behind it refused", target: 'recipient-host', weight: 0.05, feature: 'refused-behind-gateway' },
  { id: 'mailgun-client-refused', name: "The server's own log refuses Mailgun's delivering server", target: 'recipient-host', weight: 0.8, feature: 'refused-mailgun-client' },
  { id: 'another-provider-event', name: "Another provider's event: it accepted the message", target: 'recipient-host', weight: 0.5, feature: 'another-provider-event' },
  { id: 'internal-client-refused-not-recipient', name: "A mail server refused a client on its own private network: not the recipient's", target: 'recipient-host', weight: -0.8, feature: 'own-server:internal-client' },
  { id: 'sender-relay-refused-not-recipient', name: "The sender's own relay gave the refusal, not the recipient's server", target: 'recipient-host', weight: -0.8, feature: 'refusing-host:sender-relay' },
  { id: 'other-host-refused', name: 'A non-Mailgun host gave the refusal', target: 'recipient-host', weight: 0.5, feature: 'refusing-host:other' },
  // (says where the domain's mail goes now, more than who refused: a small weight; the reply reads it)
  { id: 'recipient-mx-provider', name: "An MX lookup in the paste sends the recipient's domain to a mail provider", target: 'recipient-host', weight: 0.05, feature: 'recipient-mx:provider' },
  // (the server refusing is the one those clients were sending to: it is the receiving side, doing its job)
  { id: 'relay-probes', name: 'The server\'s own log: it refused outside clients probing for an open relay', target: 'recipient-host', weight: 0.3, feature: 'relay-probes' },
  { id: 'provider-relay-refused-not-recipient', name: "Another provider's relay gave the refusal, not the recipient's server", target: 'recipient-host', weight: -0.8, feature: 'refusing-host:provider-relay' },
  {
    id: 'failure-in-mailgun-logs',
    name: "A failure seen in Mailgun's logs",
    target: 'recipient-host',
    weight: 0.55,
    patterns: [...MAILGUN_LOG_FAILURE, String.raw`mailgun (?:accepted|delivered|tried to deliver|attempted)`],
    needs: [...MAILGUN_LOG_FAILURE_NEEDS, 'mailgun'],
    unless: 'not-mailgun-logs',
  },
  {
    // "other addresses at the company fail too", "an andere Adressen bei Holzmann klappt es auch nicht": the domain's server
    // is at fault, not one address (a small weight: it says what to fix more than who refused).
    id: 'other-addresses-fail-too',
    name: 'The paste says other addresses at the domain fail too',
    target: 'recipient-host',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:other|all|every|any)[ \t]+(?:other[ \t]+)?(?:e-?mail[ \t]+)?address(?:es)?\b[^\n.?]{0,60}?\b(?:fail|bounce|(?:do|does|did)(?:n't| not)[ \t]+work|same (?:error|thing|problem))`,
      // ("one of about 40 addresses at x.nl on the list and ALL of them fail the same way")
      String.raw`\baddresses\b(?:[^\n.?]|\.(?=\w)){0,80}?\ball[ \t]+of[ \t]+them[ \t]+(?:fail|bounce)`,
      String.raw`\b(?:an[ \t]+)?andere(?:n)?[ \t]+adressen\b[^\n.?]{0,60}?\b(?:auch|ebenfalls)[ \t]+nicht\b`,
      String.raw`\b(?:otras|outras|autres)[ \t]+(?:direcciones|endere[cç]os|adresses)\b[^\n.?]{0,60}?\b(?:tampoco|tamb[ée]m n[aã]o|non plus|fallan|falham|[ée]chouent)`,
    ],
    needs: ['address', 'adressen', 'direcciones', 'endere', 'adresses'],
  },
  {
    // "Other staff at the school get the newsletter fine": the domain takes mail, and only this address is refused (a small
    // weight: it says what to fix, the one mailbox, more than which side refused).
    id: 'other-addresses-receive',
    name: 'The paste says other addresses at the domain receive mail',
    target: 'recipient-host',
    weight: 0.05,
    scope: 'text',
    patterns: [
      // (people of the same organisation, or addresses placed at the domain, "other people at that company receive their mail
      // fine": not "other recipients", who may be anywhere)
      // ("Other district addresses deliver fine", "other company addresses get it": the organisation named before "addresses")
      String.raw`\bother[ \t]+(?:district|school|company|office|firm|staff|team|domain|university|college|council|practice|clinic)[ \t]+(?:addresses|mailboxes|accounts|recipients)\b[^\n.?]{0,40}?\b(?:deliver|delivers|delivered|get|gets|receive|receives|received|got|work|works|worked|are fine|go through)\b`,
      String.raw`\bother[ \t]+(?:staff|colleagues|co-?workers|employees|teachers)\b(?:[^\n.?]|\.(?=\S)){0,60}?\b(?:get|gets|receive|receives|received|got|are receiving)\b[^\n.?]{0,40}?\b(?:fine|ok|okay|normally|without (?:any )?problems?)\b`,
      // ("Other recipients at northfieldlogistics.com get the invoices fine": recipients placed at the domain)
      String.raw`\bother[ \t]+(?:addresses|mailboxes|accounts|people|users|recipients|employees|colleagues)[ \t]+(?:at|@|on|in)[ \t]+(?:(?:the|that|this|their)[ \t]+(?:same[ \t]+)?(?:domain|company|school|firm|office|organi[sz]ation)|[a-z0-9-]+\.[a-z.]{2,30})\b(?:[^\n.?]|\.(?=\S)){0,60}?\b(?:get|gets|receive|receives|received|got|are receiving|work|are fine|get delivered|are delivered)\b`,
      // (another address at the domain, named by its part before the @: "kontakt@" działa normalnie, "info@ works fine")
      String.raw`(?:^|[\s"'\u201e(])[a-z0-9._-]{1,40}@(?=["'\u201d)]|[ \t])[^\n.?@]{0,10}?\b(?:works|is[ \t]+working|działa|funktioniert|funciona|fonctionne|funziona|werkt)\b[^\n.?]{0,10}?\b(?:fine|normally|normalnie|poprawnie|normal|bien|normalmente|normalement|normaal|goed)\b`,
    ],
    needs: ['other', 'works', 'working', 'działa', 'funktioniert', 'funciona', 'fonctionne', 'funziona', 'werkt'],
  },
  // (a temporary failure first, then a permanent one for the same address: its retries ran out)
  { id: 'permanent-failure-later', name: 'A permanent failure of the address follows the temporary one', target: 'relay', weight: 0.05, feature: 'permanent-failure-later', context: true },
  { id: 'route-forwards-to-recipient', name: "A Route in the paste forwards to the refused address", target: 'recipient-host', weight: 0.6, feature: 'route-forwards-to-recipient' },
  {
    // A Route that matched took the message in: what failed after it is the delivery of its forward().
    id: 'route-matched',
    name: 'A Route matched the message, so Mailgun had accepted it',
    target: 'recipient-host',
    weight: 0.6,
    patterns: ROUTE_MATCHED,
    needs: ROUTE_MATCHED_NEEDS,
  },
  {
    // Mailgun's logs and events show what Mailgun tried to deliver: it had accepted the message.
    id: 'seen-in-mailgun-logs',
    name: "The error was seen in Mailgun's logs or events",
    target: 'recipient-host',
    weight: 0.5,
    // (not in a question: "did you see it in the Mailgun logs?"; nor "there is nothing for X in Mailgun's logs", "didn't say if
    // it's in their app, in Outlook, or in the Mailgun logs"; nor
    // where credentials came from: "they copied them from the Mailgun dashboard again"; but "copied from the Mailgun logs" is seen there)
    // (the denial's look-behind after "in/on/from" and the look ahead for Mailgun: at the start, or at every "in", it would
    // run at every position; the next pattern's behind a look ahead for its first letters, measured the faster)
    patterns: [String.raw`\b(?:in|on|from)(?= (?:the |our |my |their |your )?mailgun)(?<!(?:\b(?:nothing|no (?:trace|sign|record|entry|event)s?|not|never|none|if|whether)\b|n't)[^\n.]{0,40}(?:in|on|from)) (?:the |our |my |their |your )?mailgun(?:'s)? (?:logs?|dashboard(?<!\b(?:cop(?:y|ied|ying)|took|taken|got|grabbed|pulled|fetched|generated|created)\b[^\n.]{0,30}from (?:the |our |my |their |your )?mailgun(?:'s)? dashboard)|events?(?: api)?|event log)\b(?![^\n.!]{0,200}\?)`,
      // (not denied before or after: "En los registros de Mailgun de hoy no hay ningún evento fallido")
      // (in the pastes' other languages: "evento failed nel log di Mailgun", "en los logs de Mailgun", "im Mailgun-Log", "dans les
      // logs de Mailgun", "nos logs do Mailgun", "in de Mailgun-logs", "w logach Mailguna")
      String.raw`\b(?=[cdeinpsuvw])(?<!(?<![a-zà-ÿ])(?:no|non|nicht|kein\w{0,2}|aucun\w{0,2}|nenhum\w{0,2}|ningún|ninguna|nessun\w{0,2}|geen|żadn\w{0,3}|nie)\b[^\n.]{0,60})(?:\b(?:nel(?:l[ae])?|nei|en[ \t]+(?:el|los|las)|dans[ \t]+(?:le|les)|nos|nas|no|na|im|in[ \t]+de[ \t]+|in[ \t]+den)[ \t]*(?:log|logs|registro|registros|journal|journaux|eventi|eventos|événements)[ \t]+(?:di|de|do|da|des|von)[ \t]+mailgun\b|\b(?:print|captura|screenshot|copia|cópia)[ \t]+(?:da|de[ \t]+la|de|della|van[ \t]+de)[ \t]+(?:página|pagina|pantalla|tela)[ \t]+(?:de|di|do|da)[ \t]+(?:logs?|registros?|eventos?)[ \t]+(?:do|de|di|da)[ \t]+mailgun\b|\b(?:página|pagina)[ \t]+(?:de|di)[ \t]+(?:logs?|registros?)[ \t]+(?:do|de|di|del)[ \t]+mailgun\b|\b(?:im|in[ \t]+de|van[ \t]+de|uit[ \t]+de)[ \t]+mailgun[ -]?(?:log|logs|events)\b|\bw[ \t]+logach[ \t]+mailgun\w{0,2}\b)(?![^\n.]{0,60}?(?<![a-zà-ÿ])(?:no[ \t]+hay|ningún|ninguna|nessun[oa]?|non[ \t]+c'è|non[ \t]+ci[ \t]+sono|kein(?:e|en)?|aucun(?:e)?|nenhum(?:a)?|não[ \t]+há|geen|nie[ \t]+ma|rien|nada|niente|nichts|leer|vide|vuoto|vacío|vazio|pusty|puste)(?![a-zà-ÿ]))(?![^\n.!]{0,200}\?)`],
    needs: ['mailgun'],
    unless: 'not-mailgun-logs',
  },
  {
    // Mailgun itself says only "Relaying denied"; other MTAs' wordings are the recipient's host (KNOWLEDGE.md).
    id: 'non-mailgun-relay-wording',
    name: "The refusal is worded as another MTA's, not Mailgun's 'Relaying denied'",
    target: 'recipient-host',
    weight: 0.3,
    scope: 'reply',
    patterns: OTHER_MTA_RELAY_WORDINGS,
  },
  // A session that logged in (235) is not refused for relaying: the refusal came later, on delivery.
  { id: 'authenticated-session-then-refused', name: 'The SMTP session logged in (235), so a missing login is not the cause', target: 'recipient-host', weight: 0.5, feature: 'auth:succeeded', unless: 'auth:login-other-domain' },
  { id: 'mailgun-smtp-refused-not-recipient', name: "Mailgun's SMTP submission host gave the refusal", target: 'recipient-host', weight: -0.8, feature: 'refusing-host:mailgun-smtp' },
  { id: 'mailgun-mx-refused-not-recipient', name: "Mailgun's inbound MX gave the refusal", target: 'recipient-host', weight: -0.6, feature: 'refusing-host:mailgun-mx' },
  { id: 'unauthenticated-not-recipient', name: 'The SMTP session was not authenticated', target: 'recipient-host', weight: -0.5, feature: 'auth:none' },
  { id: 'mail-program-not-recipient', name: "A mail program's outgoing server gave the refusal", target: 'recipient-host', weight: -0.4, feature: 'source:mail-client' },
  { id: 'client-error-not-recipient', name: "The sender's own library got the refusal", target: 'recipient-host', weight: -0.4, feature: 'source:client-exception' },
  { id: 'transcript-not-recipient', name: "The sender's own SMTP session got the refusal", target: 'recipient-host', weight: -0.4, feature: 'source:smtp-transcript' },
  // (someone weighing Mailgun against their own server: "would switching to Mailgun fix this?", "of Mailgun dit zou oplossen")
  {
    id: 'mailgun-fix-asked',
    name: 'The paste asks whether Mailgun would fix it',
    target: 'recipient-host',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:would|will|can|could) (?:switching to |moving to |using |going with |sending (?:through|via|with) )?mailgun (?:fix|solve|get around) (?:this|it|that|the (?:error|problem|issue|bounce))\b`,
      String.raw`\bswitch(?:ing)? to mailgun (?:fix|solve) (?:this|it|that|the (?:error|problem|issue|bounce))\b`,
      // (the question reported: 'asking whether "Mailgun would fix this"')
      String.raw`\b(?:whether|if)\b[^\n.?]{0,20}?\bmailgun (?:would|will|could|can) (?:fix|solve|get around) (?:this|it|that|the (?:error|problem|issue|bounce))\b|\bmailgun (?:would|will|could|can) (?:fix|solve|get around) (?:this|it|that|the (?:error|problem|issue|bounce))\b[^\n.!]{0,40}\?`,
      String.raw`\bmailgun (?:dit|dat|het) (?:zou )?(?:oplossen|verhelpen)\b`,
      String.raw`\bw(?:ü|ue)rde mailgun (?:das|dies) (?:lösen|beheben)\b|\bmailgun (?:das|dies) (?:lösen|beheben) w(?:ü|ue)rde\b`,
      String.raw`\bmailgun (?:lo )?resolver[íi]a\b|\bresolver[íi]a mailgun\b|\bmailgun (?:le )?r[ée]soudrait\b|\bmailgun (?:lo )?risolverebbe\b`,
    ],
    needs: ['mailgun'],
    context: true,
  },
];
