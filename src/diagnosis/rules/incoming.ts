/** Evidence that Mailgun's inbound MX refused mail for a recipient no Route matches. */
import { DENIAL_BEFORE_MX, DIRECTION_UNKNOWN, DIRECTION_UNKNOWN_NEEDS, MX_NOT_MEANT, MX_NOT_MEANT_NEEDS, OTHER_MTA_RELAY_WORDINGS, ROUTE_MATCHED, ROUTE_MATCHED_NEEDS, WRITING_IN } from './phrases.js';
import type { RuleData } from './schema.js';

/** A character of a gap with no denial in it ("no", "not", "nicht", "não", "n't"). */
// (not "non-": "our non-prod domain")
const UNDENIED = String.raw`(?!\b(?:no|not|never|longer|não|nao|non(?!-)|nicht|ne|niet|nunca|jamais)\b|n't\b)`;
const UNDENIED_CHAR = String.raw`${UNDENIED}[^\n.]`;
/** After the word MX: not in a doubt ("not sure if the MX", "nobody is sure what the MX records ended up as", "no sé si el MX") nor denied ("has no SPF or MX records"). */
const MX_DOUBTED = String.raw`(?<!\b(?:não sei se|no sé si|je ne sais pas si|weiß nicht,? ob|not sure if|not sure what|don't know if|do not know if|don't know what|do not know what|(?:nobody|no one) (?:is |was )?sure (?:what|if|whether)|unsure (?:what|if|whether)|unclear (?:what|if|whether)|no idea (?:what|if|whether)|whether)\b[^\n.]{0,20}mx)(?<!${DENIAL_BEFORE_MX}mx)`;

/** Not asked ("were the routes deleted?") nor made again since ("deleted it by accident and re-created it this morning"). */
// (a question whether that deletion is the cause, "..., could that be it?", asks of its effect: it says the Routes went)
const NOT_ASKED_NOR_REMADE = String.raw`(?!(?![^\n.!?]{0,60}?[,;][ \t]*(?:could|can|would|might|is|was|did)[ \t]+(?:that|this|it)\b)[^\n.!]{0,60}\?)(?![^\n]{0,100}(?:\bre-?(?:created|added|made)\b|recréé|recread|neu[ \t]+angelegt|wieder[ \t]+angelegt))`;


export const incomingRules: RuleData[] = [
  // (Mailgun's inbound MX says only "Relaying denied": another server's wording, "Relay access denied" retold from a phone
  // call, with no Mailgun host seen refusing, is that server's, wherever the mail was going)
  {
    id: 'non-mailgun-wording-not-incoming',
    name: "The refusal is worded as another MTA's, not Mailgun's 'Relaying denied'",
    target: 'mailgun-incoming',
    weight: -0.35,
    scope: 'text',
    patterns: OTHER_MTA_RELAY_WORDINGS,
    needs: ['relay', 'rcpthosts', '5.7.54'],
    unless: 'refusing-host:mailgun',
  },
  { id: 'mailgun-mx-refused', name: "Mailgun's inbound MX gave the refusal", target: 'mailgun-incoming', weight: 0.9, feature: 'refusing-host:mailgun-mx' },
  // (a live catch_all() shown, with no Mailgun server seen refusing: if these are the account's Routes, no address is refused
  // for want of one; Routes named then say little of the side)
  { id: 'live-catch-all-shown', name: 'A live catch_all() Route is shown, which takes every address', target: 'mailgun-incoming', weight: -0.5, feature: 'route-catch-all-live', unless: 'refusing-host:mailgun' },
  // (the same, as context for the reply: it says no Route needs adding)
  { id: 'live-catch-all-listed', name: 'The Routes listed include a live catch_all()', target: 'relay', weight: 0.05, feature: 'route-catch-all-live', context: true },
  // (not beside the person's word that the domain sends through Mailgun too: naming the MX then says where mail comes in, not who refused)
  { id: 'mailgun-mx-mentioned', name: "Mailgun's inbound MX is named", target: 'mailgun-incoming', weight: 0.6, feature: 'mention:mailgun-mx', unless: 'mailgun-both-directions' },
  { id: 'recipient-mx-also-other', name: "The domain's MX records name another server beside Mailgun's", target: 'mailgun-incoming', weight: 0.05, feature: 'recipient-mx:also-other', context: true },
  { id: 'recipient-mx-mailgun', name: "The recipient domain's MX records, looked up in the paste, are Mailgun's", target: 'mailgun-incoming', weight: 0.6, feature: 'recipient-mx:mailgun' },
  {
    // "they only use Mailgun for sending", "we deleted the domain from Mailgun and moved our mail to Google Workspace"
    // (the MX still points to Mailgun: it is the incoming case, and the MX records are the fix, not a Route)
    id: 'mx-not-meant-for-mailgun',
    name: "The paste says the domain's mail is not meant to go to Mailgun",
    target: 'mailgun-incoming',
    weight: 0.2,
    patterns: MX_NOT_MEANT,
    needs: MX_NOT_MEANT_NEEDS,
    unless: 'mx-session:sending',
  },
  // (a Route shown posting its mail to a URL, `forward("https://api.x/inbound")`: the domain's mail feeds an application, a helpdesk)
  { id: 'route-forwards-to-url', name: 'A Route in the paste forwards its mail to a URL (an application)', target: 'mailgun-incoming', weight: 0.02, scope: 'text', patterns: [String.raw`\bforward\([ \t]*["']https?://`], needs: ['forward('] },
  // (an app set to send through Mailgun's MX by mistake: the MX is named, but nobody was writing in)
  // (the same Route forward, when the destination's domain receives through Mailgun too: the reply names the forward)
  { id: 'route-forward-to-mailgun-domain', name: 'A Route in the paste forwards to the refused address (a Mailgun domain)', target: 'mailgun-incoming', weight: 0.05, feature: 'route-forwards-to-recipient' },
  { id: 'mx-session-sending-not-incoming', name: "The app is set to send through Mailgun's inbound MX", target: 'mailgun-incoming', weight: -0.6, feature: 'mx-session:sending' },
  { id: 'mx-session-receiving', name: "The client talks straight to Mailgun's inbound MX, in a paste about receiving", target: 'mailgun-incoming', weight: 0.65, feature: 'mx-session:receiving' },
  { id: 'event-to-mailgun-mx', name: "Delivery to a domain whose MX is Mailgun's", target: 'mailgun-incoming', weight: 0.6, feature: 'event-mx-host:mailgun-mx' },
  // The Routes API called on the US host (`https://api.mailgun.net/v3/routes`): a route made there is a US route,
  // which an EU domain's mail never meets. (A small weight: it says which route is missing more than that one is.)
  {
    id: 'routes-api-us-host',
    name: 'The Routes API was called on the US host (api.mailgun.net)',
    target: 'mailgun-incoming',
    weight: 0.05,
    scope: 'text',
    // (or said so: "oprettede routen ..., men han var logget ind på api.mailgun.net (US)", "created the route on api.mailgun.net")
    patterns: [String.raw`(?<![\w.-])api\.mailgun\.net/v3/routes\b`, String.raw`\b(?:route|routen|ruta|rota|rotta|routes)\b(?![^\n.]{0,60}?\b(?:not|never|isn't|wasn't|nicht|ikke|no|não)\b)[^\n.]{0,100}?(?<![\w.-])api\.mailgun\.net\b(?![\w./-])`],
    needs: ['v3/routes', 'route', 'ruta', 'rota', 'rotta'],
  },
  // And the other way: the Routes API called on the EU host beside mail at the US inbound servers: an EU route, which the
  // US region's mail never meets ("re-added it via the API": `curl ... https://api.eu.mailgun.net/v3/routes`).
  {
    id: 'routes-api-eu-host',
    name: 'The Routes API was called on the EU host (api.eu.mailgun.net)',
    target: 'mailgun-incoming',
    weight: 0.05,
    scope: 'text',
    patterns: [String.raw`(?<![\w.-])api\.eu\.mailgun\.net/v3/routes\b`],
    needs: ['v3/routes'],
  },
  // Or the route said made in the US region or account ("Su ruta antigua (creada en la cuenta US)", "the route we made in
  // the US region"): for an EU domain, a US route, which its mail never meets. (The region's word beside it: "set up in
  // 2023 for us" is the pronoun.)
  {
    id: 'route-made-in-us-region',
    name: 'The paste says the route was made in the US region',
    target: 'mailgun-incoming',
    weight: 0.05,
    scope: 'text',
    patterns: [String.raw`\b(?:routes?|ruta|rutas|rota|rotas|rotta|routen)\b[^\n.?]{0,60}?\b(?:created|made|set up|added|creada|creadas|creado|hecha|criada|criadas|feita|créée|créées|erstellt|angelegt|creata|oprettet)\b[^\n.?]{0,20}?\b(?:in|en|na|no|dans|im|nella|nel|i)[ \t]+(?:(?:the|la|a|o|der|dem|el|il)[ \t]+)?(?:(?:cuenta|región|region|account|conta|região|compte|konto|regione)[ \t]+(?:US|U\.S\.|USA)\b|(?:US|U\.S\.|USA)[ \t-]+(?:region|account|cuenta|región|conta|região|compte|konto|regione)\b)(?![^\n.]{0,20}\?)`,
      // (or made while the control panel showed the other region: "they created it while the account view was on US")
      String.raw`\b(?:created|made|set up|added)[ \t]+(?:it|them|routes?|(?:a|the|that|this)[ \t]+(?:new[ \t]+)?routes?)\b[^\n.?]{0,40}?\b(?:while|when)\b[^\n.?]{0,30}?\b(?:view|dashboard|account|region[ \t]+selector|control[ \t]+panel)\b[^\n.?]{0,15}?\b(?:was[ \t]+)?(?:on|in|set[ \t]+to|switched[ \t]+to)[ \t]+(?:the[ \t]+)?(?:US|U\.S\.|USA)\b(?![^\n.]{0,20}\?)`],
    needs: ['route', 'ruta', 'rota', 'rotta', 'it', 'them'],
  },
  // A route that forwards its address to the same name at another host (a mailing list server's): each address has its
  // own destination, and a route for two sends one's mail to the other's. (A small weight: it says what to add.)
  { id: 'route-forwards-to-same-name', name: 'A route forwards its address to the same name at another host', target: 'mailgun-incoming', weight: 0.05, feature: 'route-forwards-same-name' },
  {
    id: 'routes-mentioned',
    name: 'Mailgun Routes are mentioned',
    target: 'mailgun-incoming',
    // Routes exist only for inbound mail, so naming them points firmly at the incoming side.
    weight: 0.55,
    // (not in a question, "do they have routes?", nor a count of the account's Routes, "also has a couple of routes")
    // (nor an account's inventory, "3 domains (two sending, one receiving with routes)", "ils ont aussi des routes sur le domaine"; nor the verb, "they route all external mail through",
    // "they route some tenants through Mailgun SMTP")
    // (nor the earlier case told, "Toen was het hun routes die niet klopten", "last time it was their routes", "Mês passado o ticket foi de Routes")
    // (nor a past setup, "we had it on Mailgun routes at some point, then maybe Google Workspace")
    patterns: [String.raw`(?<!\b(?:toen|then|last[ \t]+time|last[ \t]+month|vorige[ \t]+keer|vorige[ \t]+maand|la[ \t]+última[ \t]+vez|el[ \t]+mes[ \t]+pasado|la[ \t]+dernière[ \t]+fois|le[ \t]+mois[ \t]+dernier|letztes[ \t]+mal|letzten[ \t]+monat|da[ \t]+última[ \t]+vez|m[eê]s[ \t]+passado)(?:[ \t]+(?:o|el|le|the|das|het)[ \t]+(?:ticket|caso|case|chamado))?[ \t]+(?:it[ \t]+)?(?:was|were|was[ \t]+het|waren|fue|fueron|était|war|foi)\b[^\n.?!]{0,30})(?<!\b(?:has|have|had|also)\s{1,3}(?:(?:one|two|three|four|five|a|an|some|several|few|couple|of|\d{1,3})\s{1,3}){1,3})(?<!\b(?:one|two|three|\d{1,2}) receiving with )(?<!\b(?:one|two|three|\d{1,2}) with )(?<!\b(?:asked|asks|asking|wonders?|wondered|wondering) (?:if|whether)\b[^\n.?!]{0,40})(?<!\b(?:a|ont|avons|ai)[ \t]{1,3}(?:(?:aussi|également|encore)[ \t]{1,3})?(?:des|quelques|deux|trois|plusieurs|\d{1,3})[ \t]{1,3})(?<!\b(?:nessuna|nessun|keine|ninguna|ningún|aucune|nenhuma|geen)[ \t]{1,3})\broutes?\b(?<!\b(?:they|we|you|i|who|which|to)[ \t]{1,3}route)(?!\s+(?:all|our|their|its|every|outgoing|outbound|external|(?:e-?)?mail|messages)\b)(?![ \t]+(?:at[ \t]+some[ \t]+point|(?:a[ \t]+while|some[ \t]+time|(?:a[ \t]+)?(?:year|month)s?)[ \t]+ago|back[ \t]+then|in[ \t]+the[ \t]+past|once)\b)(?![^\n.!?]{0,120}\?)`,
      // (Spanish "ruta(s)" with a word of its language beside it: Swedish "en ruta" is a dialog box)
      String.raw`\brutas\b|\b(?:la|una|esta|esa|nuestra|su|otra|cada|ninguna|alguna|nueva)[ \t]+ruta\b|\bruta[ \t]+(?:de|en|para|que|catch_all|match_recipient)\b`, String.raw`\b(?:die|keine|eine|den|der|unsere|ihre|alle|zwei|drei|welche)[ \t]+routen\b`, String.raw`\broutage\b`, String.raw`match_recipient`, String.raw`catch_all\(`, String.raw`inbound (?:routing|parsing)`,
      // (a route for an address the account had, which the count above leaves out: "we had a route for support@ but we renamed it")
      String.raw`\b(?:had|has|have)[ \t]+a[ \t]+route[ \t]+for[ \t]+[\w.+-]{1,64}@(?![^\n.!?]{0,120}\?)`],
    needs: ['rout', 'ruta', 'match_recipient', 'catch_all', 'inbound'],
    // (not beside the person's word that the domain sends through Mailgun too, with no server named: either side may have refused)
    unless: 'mailgun-both-directions',
  },
  // ("they renamed support@ to help@ on Friday": the Route made for the old address most likely still names it)
  { id: 'address-renamed-said', name: 'The paste says an address was renamed', target: 'relay', weight: 0.05, scope: 'text', context: true, patterns: [String.raw`\b(?:renamed|changed|switched|moved)[ \t]+(?:the[ \t]+(?:address[ \t]+)?)?[\w.+-]{1,64}@(?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})?[ \t]+(?:address[ \t]+)?(?:to|into|over[ \t]+to)[ \t]+[\w.+-]{1,64}@`, String.raw`\brenam(?:ed|ing)\b[^\n]{0,80}?[\w.+-]{1,64}@[\w.-]{0,200}[ \t]*(?:->|→|=>)[ \t]*[\w.+-]{1,64}@`], needs: ['renamed', 'renaming', 'changed', 'switched', 'moved'] },
  {
    // "a colleague cleaned up the account and deleted the routes he thought unused": the Route that took the address was
    // most likely among them (a small weight: it says which fix more than which side). Not denied, asked, nor made again
    // ("we deleted and (then) recreated the route").
    id: 'routes-deleted',
    name: 'The paste says Routes were deleted',
    target: 'mailgun-incoming',
    weight: 0.1,
    patterns: [
      String.raw`(?<!(?:n't|not|never|nobody|no one)\s{1,3})\b(?:deleted|removed|cleaned up|got rid of|wiped|purged|cancellato|eliminato|rimosso|borr[oó]|elimin[oó]|borraron|eliminaron|apagou|removeu|excluiu|apagaram|removeram|menghapus|dihapus|sildik|silindi|smazali|smazal|törölte|töröltük|raderade|slettet|usunęli|usunięto|limpou|limparam|limpió|limpiaron)(?![a-zà-ÿ])(?![^\n.!?]{0,40}?\bre-?(?:created|added|made|built)\b)[^\n.!?]{0,40}\b(?:routes?|rutas|rotas|catch_all(?=\())\b${NOT_ASKED_NOR_REMADE}`,
      // ("a rota catch_all() foi apagada "sem querer" semana passada", "la ruta fue borrada", "la ruta está borrada")
      String.raw`\b(?:routes?|rutas?|rotas?|routen)\b[^\n.!?]{0,30}\b(?:were|was|got|been|have been|are|sind|wurden|wurde|fueron|foram|sono state|foi|fue|est[áa]|est[áa]n|est[ãa]o)\s{1,3}(?:all\s{1,3})?(?:deleted|removed|wiped|purged|gelöscht|entfernt|borradas?|eliminadas?|apagadas?|removidas?|exclu[ií]das?|cancellate|eliminate|rimosse)(?![a-z])${NOT_ASKED_NOR_REMADE}`,
      // ("deleted some old forwarding rules in Mailgun last week": Routes, in other words)
      String.raw`(?<!(?:n't|not|never|nobody|no one)\s{1,3})\b(?:deleted|removed|cleaned up|got rid of)[ \t]+(?:(?:some|the|a few|all|our|their|her|his|old|unused)[ \t]+){0,3}(?:forwarding|inbound|receiving)[ \t]+rules\b[^\n.]{0,30}?\b(?:in|on|at|from)[ \t]+mailgun\b${NOT_ASKED_NOR_REMADE}`,
      // ("we did a cleanup of old routes on Tuesday, deleted about 12 of them")
      String.raw`\bclean-?up[ \t]+of[ \t]+(?:(?:the|our|their|some|old|unused|stale|all)[ \t]+){0,3}routes\b${NOT_ASKED_NOR_REMADE}`,
      // (German and Dutch put the verb after the Routes: "die alten Routen gelöscht", "de oude Routes opgeruimd")
      String.raw`\b(?:routen|routes?|catch_all(?:\(\))?)(?![\w(])[^\n.!?]{0,40}(?:gelöscht|entfernt|aufgeräumt|opgeruimd|opgeschoond|verwijderd|weggehaald|gewist)(?![a-z])${NOT_ASKED_NOR_REMADE}`,
      // (not "on a supprimé puis recréé la route": made again)
      String.raw`\bsupprim[ée](?:es?|s)?(?![a-z])(?![^\n.!?]{0,40}?(?:recré|refait|remis))[^\n.!?]{0,30}\broutes?\b${NOT_ASKED_NOR_REMADE}`,
      // ("une route catch_all() en priorité 100, supprimée pendant un « nettoyage »")
      // (not "n'a jamais été supprimée", "n'a pas été supprimée": never deleted)
      String.raw`\broutes?\b[^\n.!?]{0,60}?(?<![a-zà-ÿ])(?<!\b(?:jamais|pas|point)[ \t]{1,3}(?:été[ \t]{1,3})?)(?:supprimée?s?|effacée?s?)(?![a-zà-ÿ])${NOT_ASKED_NOR_REMADE}`,
      // ("Le client a "fait du ménage" dans ses routes", "a nettoyé ses routes")
      String.raw`(?:\b(?:fait|faire)[ \t]+(?:le|du)[ \t]+ménage["'\u201d»]?[ \t]+dans[ \t]+(?:ses|les|leurs|nos)[ \t]+routes\b|\bnettoy[ée](?:es?|s)?[ \t]+(?:ses|les|leurs|nos)[ \t]+routes\b)${NOT_ASKED_NOR_REMADE}`,
      String.raw`ルート[^\n。？?]{0,20}(?:削除|消し)`,
      // ("wczoraj "sprzątał" routy w Mailgunie i usunął jakiś stary catch_all()")
      String.raw`(?<![a-ząćęłńóśźż])(?:usunął|usunęła|usunąłem|usunęliśmy|skasował|skasowała|skasowali|sprzątał|sprzątała|sprzątali|porządkował|porządkowała|porządkowali|wyczyścił|wyczyściła|wyczyścili)(?![a-ząćęłńóśźż])["'\u201d]?[^\n.!?]{0,40}(?:\brout(?:y|ów|es?)\b|catch_all\()${NOT_ASKED_NOR_REMADE}`,
      // (Terraform's plan or apply: "# mailgun_route.ordini will be destroyed", "mailgun_route.ordini: Destruction complete")
      String.raw`\bmailgun_route\.[\w-]{1,60}(?:\[[^\]\n]{1,60}\])?(?:[ \t]+will be destroyed|:[ \t]+destruction complete)\b`,
      // ("их админ «чистил» маршруты — удалил старый catch_all()")
      String.raw`(?<![а-яё])(?:удалил[аи]?|удалены|убрал[аи]?|почистил[аи]?|чистил[аи]?)(?![а-яё])[^\n.!?]{0,60}(?:маршрут|catch_all)`,
      // ("Someone from marketing was "tidying up" in Mailgun on Monday": the account tidied, Routes unnamed, when it began)
      String.raw`(?<!(?:n't|not|never|nobody|no one)\s{1,3})\b(?:tidying|tidied|cleaning|cleaned)["'\u201d]?[ \t]+up["'\u201d]?(?:[ \t]+(?:some[ \t]+)?(?:old|unused|stale)[ \t]+(?:stuff|things|entries|settings|config))?[ \t]+(?:in|on)[ \t]+(?:the[ \t]+)?mailgun\b${NOT_ASKED_NOR_REMADE}`,
    ],
    needs: ['rout', 'ruta', 'rota', 'ルート', 'маршрут', 'catch_all', 'mailgun_route', 'tidy', 'tidie', 'cleaning', 'cleaned', 'rules'],
  },
  // "They insist the route is there", "die Route ist doch angelegt", "la ruta existe": a Route said to exist, none shown (the
  // check is then of its expression, its priority, its account and region, more than a new one)
  // ("Le client dit qu'il a bien une route, mais seulement pour « agence@x.fr »", "their only route is for sales@x", "eine Route
  // nur für info@x": a Route said to be there for another address alone; it says which Route to add, not which side refused)
  // (not asked: "Could it be that their route is only for sales@x?")
  { id: 'route-for-other-address-said', name: 'The paste says the Route there is for another address only', target: 'relay', weight: 0.05, scope: 'text', context: true, patterns: [
    String.raw`\b(?:routes?|rutas?|rotas?|routen)\b[^\n.?]{0,60}?(?:\b(?:only|just|solely)[ \t]+for|\b(?:seulement|uniquement)[ \t]+pour|\bnur[ \t]+für|(?<![a-zà-ÿ])(?:solo|sólo|só|somente|apenas|solamente)[ \t]+(?:para|per|pra)|\balleen[ \t]+(?:voor|op))[ \t]+["'«“‹(]?[ \t\u00a0]*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?![^\n.!?]{0,60}\?)`,
    String.raw`\b(?:only|single)[ \t]+route\b[^\n.?]{0,30}?\bfor[ \t]+["'«“‹(]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?![^\n.!?]{0,60}\?)`,
    // ("they only have routes for ordini@ and resi@ on that domain")
    String.raw`\bonly[ \t]+(?:have|has|had)[ \t]+(?:a[ \t]+|one[ \t]+)?routes?[ \t]+for[ \t]+["'«“‹(]?[\w.+-]{1,64}@(?![^\n.!?]{0,60}\?)`,
  ], needs: ['only', 'just', 'solely', 'single', 'seulement', 'uniquement', 'nur', 'solo', 'sólo', 'só', 'somente', 'apenas', 'solamente', 'alleen'] },
  // ("I just re-created a catch_all() route ... about 10 minutes ago", "we just added the route": a Route made after the refusal shown)
  { id: 'route-made-just-now-said', name: 'The paste says a Route was made only just now', target: 'relay', weight: 0.05, scope: 'text', context: true, patterns: [
    String.raw`\b(?:i|we|they|he|she)[ \t]+(?:just|only[ \t]+just)[ \t]+(?:re-?)?(?:created|added|made|set[ \t]+up)\b[^\n.?]{0,80}?\broutes?\b|\b(?:re-?)?(?:created|added|made)[ \t]+(?:a|the|an?[ \t]+new)[ \t]+(?:[\w()-]{1,30}[ \t]+)?routes?\b[^\n?]{0,120}?\b(?:\d{1,2}|a[ \t]+few|few|some)[ \t]+minutes[ \t]+ago\b`,
  ], needs: ['route'] },
  // ("la semana pasada crearon una Route para citas@x que reenvía a su Gmail", "we created a route for sales@x": a Route made for
  // one address; where another address at the domain is refused, that Route is not the refused one's; not denied, "They never
  // created a route for citas@x")
  { id: 'route-made-for-address-said', name: 'The paste says a Route was made for an address', target: 'relay', weight: 0.05, scope: 'text', context: true, patterns: [
    String.raw`(?<!\b(?:never|not|nobody|no|nunca|jamais|pas|nie|nooit|mai|nicht|keine?)[ \t]{1,3}(?:yet[ \t]{1,3}|ever[ \t]{1,3}|ont[ \t]{1,3}|a[ \t]{1,3})?)(?<!n't[ \t]{1,3}(?:yet[ \t]{1,3})?)\b(?:created|made|added|set[ \t]+up|crearon|creamos|cre[óo]|hicieron|a[ñn]adieron|criaram|criamos|criou|ont[ \t]+cr[ée]{2}|a[ \t]+cr[ée]{2}|avons[ \t]+cr[ée]{2}|hanno[ \t]+creato|abbiamo[ \t]+creato|hebben|maakten)[ \t]+(?:a|an|one|una|un|um|uma|une|eine|een)[ \t]+(?:route|ruta|rota|routen?)[ \t]+(?:for|para|pra|pour|für|per|voor)[ \t]+["'«“‹(]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?![^\n.!?]{0,60}\?)`,
  ], needs: ['route', 'ruta', 'rota'] },
  // ("they \"migrated all routes to the new domain\" orders.nordwerk.eu": the Routes now name the new domain, none the old one
  // that still receives; the reply compares the domain with the refused address's)
  { id: 'routes-moved-to-domain', name: 'The paste says the Routes were moved to another domain', target: 'mailgun-incoming', weight: 0.05, scope: 'text', context: true, patterns: [
    // (a domain said: "pointed all routes to hooks.zapier.com" is where they forward, not what they take)
    String.raw`\b(?:migrated|moved|switched|changed|rewrote|rewritten)[ \t]+(?:all[ \t]+)?(?:(?:the|their|our)[ \t]+)?routes[ \t]+(?:over[ \t]+)?to[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?domain["'\u201d]?[ \t]*[(:,]?[ \t]*["'\u201c]?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,5}\b`,
  ], needs: ['domain'] },
  // ("they have a catch-all route on another domain": a catch_all() is account-wide, so theirs is one domain's, or elsewhere)
  { id: 'catch-all-elsewhere-said', name: 'The paste says a catch-all Route exists for another domain', target: 'mailgun-incoming', weight: 0.02, scope: 'text', context: true, patterns: [
    String.raw`(?<!\b(?:no|not|never|without|don't|doesn't)[ \t]+(?:\w+[ \t]+)?)\bcatch[ _-]?all(?:\(\))?(?:[ \t]+route)?\b[^\n.?]{0,30}?\b(?:on|for|at)[ \t]+(?:an)?other[ \t]+(?:domain|subdomain)\b(?![^\n.]{0,40}\?)`,
  ], needs: ['catch'] },
  // ("Hanno cambiato dominio da pasticceriabellini.it a bellini-dolci.it", "they changed their domain from x.com to y.com": the
  // Routes written for the old domain take none of the new one's addresses)
  { id: 'domain-renamed-said', name: 'The paste says the domain was changed to another', target: 'relay', weight: 0.05, scope: 'text', context: true, patterns: [
    String.raw`\b(?:changed|switched|moved|migrated|renamed)\b[^\n.]{0,30}?\b(?:sub)?domains?\b[^\n]{0,20}?\bfrom[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}[ \t]+to[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}`,
    String.raw`\b(?:cambiato|spostato|migrato|passati)[ \t]+(?:il[ \t]+)?dominio[ \t]+da[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}[ \t]+a[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}`,
    String.raw`\bcambi(?:ó|aron|amos|ado)[ \t]+(?:el[ \t]+|de[ \t]+)?dominio[ \t]+(?:de[ \t]+)?[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}[ \t]+a[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}`,
    String.raw`\b(?:mud|troc)(?:ou|aram|amos)[ \t]+(?:o[ \t]+|de[ \t]+)?domínio[ \t]+(?:de[ \t]+)?[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}[ \t]+para[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}`,
    String.raw`\bdomain[ \t]+von[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}[ \t]+(?:auf|zu|nach|in)[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}`,
    String.raw`\bdomaine[ \t]+(?:de[ \t]+)?[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}[ \t]+(?:à|a|vers|pour|en)[ \t]+[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}`,
  ], needs: ['domain', 'dominio', 'domínio', 'domaine'] },
  { id: 'route-said-present', name: 'The paste says a Route for the address exists', target: 'relay', weight: 0.05, scope: 'text', context: true, patterns: [
    // (now, or still then: not "the route was there until Friday", "the route was configured wrong")
    String.raw`\b(?:the|their|our|a)[ \t]+route(?:[ \t]+(?:for|to)[ \t]+[\w.@+-]{1,80})?[ \t]+(?:(?:is|'s)[ \t]+(?:still[ \t]+|definitely[ \t]+|already[ \t]+)?|was[ \t]+still[ \t]+)(?:there|in[ \t]+place|set[ \t]+up|configured|active)\b(?![ \t]+(?:wrong|wrongly|incorrectly|badly|until|till|before)\b)(?![^\n.]{0,20}\?)`,
    String.raw`\broute[ \t]+(?:ist|sei)[ \t]+(?:doch[ \t]+|noch[ \t]+|schon[ \t]+)?(?:da|vorhanden|angelegt|eingerichtet)(?![a-zäöüß])(?![^\n.]{0,20}\?)`,
    // ("la ruta está ahí", "a rota existe"; not "la ruta está borrada")
    String.raw`\b(?:la[ \t]+ruta|a[ \t]+rota)[ \t]+(?:est[áa][ \t]+(?:ah[íi]|l[áa]|configurada|activa|ativa|creada|criada)|existe|sigue[ \t]+ah[íi]|continua[ \t]+l[áa])(?![a-zà-ÿ])(?![^\n.]{0,20}\?)`,
    String.raw`\bla[ \t]+route[ \t]+(?:existe|est[ \t]+(?:bien[ \t]+)?(?:là|en[ \t]+place|configurée))(?![a-zà-ÿ])(?![^\n.]{0,20}\?)`,
  ], needs: ['route', 'ruta', 'rota'] },
  {
    // "they never created anything in Routes, only set up the DNS", "there are no routes now": with no Route at all,
    // Mailgun refuses every address at the domain (a small weight: it says which fix, more than which side). Not asked.
    id: 'no-routes',
    name: 'The paste says the account has no Routes',
    target: 'mailgun-incoming',
    weight: 0.1,
    patterns: [
      String.raw`\b(?:never|not|didn't|did not|haven't|have not|hasn't|has not)\s{1,3}(?:ever\s{1,3})?(?:created|set up|setup|made|added|configured|defined)\s{1,3}(?:any(?:thing)?\s{1,3}(?:in\s{1,3})?|a\s{1,3}|the\s{1,3})?(?:single\s{1,3})?(?:mailgun\s{1,3})?routes?\b(?![^\n]{0,60}\?)`,
      String.raw`\bno\s{1,3}routes?\s{1,3}(?:at all|(?:were|was|have been|has been)\s{1,3}(?:ever\s{1,3})?(?:created|set up|configured|added|made)|(?:set up|configured|created|defined)\b)(?![^\n]{0,60}\?)`,
      String.raw`\b(?:(?:don't|do not|doesn't|does not)\s{1,3}have\s{1,3}any|there\s{1,3}(?:are|were)\s{1,3}no|you\s{1,3}have\s{1,3}no)\s{1,3}routes?\b(?![^\n]{0,60}\?)`,
      String.raw`\b(?:nunca|não|nao|no)\s{1,3}(?:criaram|criamos|criou|criei|configuraram|configuramos|crearon|creamos|creó|creo|configuraron|configuramos|(?:hemos|han|temos|tinham)\s{1,3}(?:creado|criado|configurado))\b[^\n.!?]{0,30}\b(?:routes?|rotas?|rutas?)\b(?![^\n]{0,60}\?)`,
      String.raw`\b(?:keine|nie)\s{1,3}(?:routes?|routen)\b[^\n.!?]{0,30}(?:angelegt|erstellt|eingerichtet|konfiguriert)|\b(?:haben|hat|gibt es)\s{1,3}keine\s{1,3}(?:routes?|routen)\b`,
      String.raw`\bjamais\s{1,3}(?:créé|cree|crée|configuré)[^\n.!?]{0,20}\broutes?\b|\baucune\s{1,3}route\s{1,3}(?:créée|configurée)`,
      String.raw`\b(?:nooit|geen)\b[^\n.!?]{0,20}\broutes?\b[^\n.!?]{0,20}(?:aangemaakt|ingesteld|gemaakt)`,
      String.raw`\bmai\s{1,3}(?:creato|configurato|impostato)\b[^\n.!?]{0,20}\b(?:routes?|rotte)\b|\bnessuna\s{1,3}(?:route|rotta)\s{1,3}(?:creata|configurata)`,
      String.raw`ルート[^\n。]{0,15}(?:作成していない|作っていない|設定していない|作成しておらず|設定しておらず)`,
      // (the Routes API's answer, empty: `curl .../v3/routes` then `{"items":[],"total_count":0}`; "zero route")
      String.raw`\/v3\/routes\b[^\n]{0,200}\n(?:[^\n]{0,300}\n){0,3}?[^\n]{0,40}"items"[ \t]{0,3}:[ \t]{0,3}\[[ \t]{0,3}\][ \t]{0,3},[ \t]{0,3}"total_count"[ \t]{0,3}:[ \t]{0,3}0\b|\bzero[ \t]+(?:routes?|rotte)\b`,
    ],
    needs: ['rout', 'rota', 'ruta', 'rott', 'ルート'],
  },
  // A bounce that one of the person's own users, clients or tenants got when writing to them, forwarded: "Forum admin forwarded
  // this. Their users reply to Discourse notification emails and get:", "leitet einen NDR weiter, den ein Mandant bekommen hat",
  // "Een klant stuurde deze bounce door": the domain is the person's (a small weight: it says whose domain, not which side).
  {
    id: 'bounce-forwarded-by-domain-owner',
    name: "The person forwards a bounce that someone writing to them got",
    target: 'mailgun-incoming',
    weight: 0.05,
    patterns: [
      String.raw`\bforward(?:ed|s|ing)?\b[^\n.]{0,80}?\b(?:that|which)?[ \t]*(?:one[ \t]+of[ \t]+)?(?:their|his|her|our|a|an)[ \t]+(?:users?|customers?|clients?|patients?|members?|tenants?|suppliers?|vendors?)[ \t]+(?:got|received|had)\b`,
      String.raw`\b(?:their|our)[ \t]+(?:users|customers|clients|members|patients|tenants)[ \t]+(?:reply|replies|write|send|e-?mail)\b[^\n.]{0,80}\band[ \t]+(?:get|got|receive|received)\b`,
      String.raw`\b(?:leitet|weitergeleitet)\b[^\n.]{0,80}?\b(?:den|die|das)[ \t]+(?:ein|eine|sein|seine|ihr|ihre)[ \t]+(?:mandant|kunde|kundin|mieter|mieterin|lieferant)\w*[ \t]+(?:bekommen|erhalten)\b`,
      String.raw`\b(?:een|onze?)[ \t]+(?:klant|leverancier)[ \t]+stuurde[ \t]+deze[ \t]+(?:bounce|foutmelding|melding)[ \t]+door\b`,
      // ("a customer forwarded me this when they tried to email our support address", "klient ... nie może wysłać do nas")
      String.raw`\b(?:forwarded|sent)[ \t]+(?:me|us)\b[^\n.]{0,40}?\bwhen[ \t]+(?:they|he|she)[ \t]+(?:tried[ \t]+to[ \t]+)?(?:e-?mail(?:ed)?|wrote|write[ \t]+to|sen[dt][ \t]+(?:mail[ \t]+)?to|mail(?:ed)?|repl(?:y|ied)[ \t]+to)[ \t]+(?:us|our)\b`,
      String.raw`\b(?:they|he|she|customers?|clients?|suppliers?|someone|somebody|people)[ \t]+(?:tried|try|tries|were[ \t]+trying|was[ \t]+trying)[ \t]+to[ \t]+(?:e-?mail|write[ \t]+to|reach|contact|reply[ \t]+to)[ \t]+(?:us\b|our[ \t]+(?:support|sales|info|billing|office|team|shop|helpdesk)\b)`,
      String.raw`\bnie[ \t]+(?:może|mogą|mógł|mogła)[ \t]+(?:wysłać|napisać)[ \t]+do[ \t]+nas(?![a-ząćęłńóśźż])`,
      // ("a customer just sent her this screenshot text saying her cake order email bounced", "uma cliente me mandou print dizendo
      // que o email dela pra gente voltou", "un cliente nos mandó esto, su correo rebotó")
      String.raw`\b(?:a|one[ \t]+of[ \t]+(?:our|her|his|their|my)|our|her|his|my)[ \t]+(?:customer|client|parent|member|guest|supplier)s?[ \t]+(?:just[ \t]+)?(?:sent|forwarded)[ \t]+(?:me|us|her|him|them)\b[^\n.]{0,80}?\b(?:bounced|came[ \t]+back|was[ \t]+returned)\b`,
      // ("a wholesaler can't send them mail", "our supplier cannot email us": someone writing to the customer's domain)
      String.raw`\b(?:a|an|the|their|our|one[ \t]+of[ \t]+their)[ \t]+(?:wholesaler|supplier|partner|vendor|distributor)s?[ \t]+(?:can't|cannot|can[ \t]+not|is[ \t]+unable[ \t]+to|are[ \t]+unable[ \t]+to)[ \t]+(?:send[ \t]+(?:them|us)[ \t]+(?:mail|e-?mails?)|e-?mail[ \t]+(?:them|us)|write[ \t]+to[ \t]+(?:them|us))\b`,
      String.raw`\bum?a?[ \t]+(?:cliente|fornecedora?)[ \t]+(?:me|nos)[ \t]+mandou\b[^\n.]{0,80}?\b(?:voltou|retornou)\b|\buna?[ \t]+(?:cliente|proveedora?)[ \t]+(?:me|nos)[ \t]+(?:mandó|envió|reenvió)[^\n.]{0,80}?\b(?:rebotó|volvió)`,
    ],
    needs: ['forward', 'reply', 'replies', 'write', 'send', 'mail', 'email', 'e-mail', 'leitet', 'weitergeleitet', 'stuurde', 'sent', 'forwarded', 'mandou', 'mandó', 'envió', 'reenvió', 'tried', 'try', 'tries', 'nas'],
    context: true,
  },
  {
    // "we only set up the MX records for inbound.x this week (pointing at mailgun)", "Wij hebben de MX naar Mailgun gezet":
    // the person's own domain, sent to Mailgun on purpose (a small weight: it says whose domain, more than which side).
    // (a statement, not a question in the same sentence)
    id: 'own-mx-to-mailgun',
    name: 'The person set the MX records to Mailgun themselves',
    target: 'mailgun-incoming',
    weight: 0.05,
    patterns: [
      // "We moved support@x.example over to Mailgun last week (MX now mxa/mxb.mailgun.org)"
      String.raw`\b(?:we|i)[ \t]+(?:moved|switched|migrated|pointed)\b(?:[^\n.?!]|\.(?=\S)){0,80}\bmailgun\b[^\n?!]{0,40}\bmx\b`,
      String.raw`\b(?:we|i)(?:'ve|[ \t]+have|[ \t]+had)?[ \t]+(?:only[ \t]+|just[ \t]+|recently[ \t]+|already[ \t]+)?(?:set[ \t]+up|setup|pointed|changed|moved|switched|configured|updated|added)[ \t]+(?:the[ \t]+|our[ \t]+)?mx\b(?![^\n.?!]{0,80}\?)`,
      // (said of the customer, whose domain it is: "Customer moved their MX to Mailgun on Monday")
      String.raw`\b(?:customer|client|they)[ \t]+(?:moved|switched|pointed|changed)[ \t]+(?:their|the|its)[ \t]+mx(?:[ \t]+records?)?(?:[ \t]+(?:for|of)[ \t]+[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})?[ \t]+(?:over[ \t]+)?to[ \t]+mailgun\b(?![^\n.?!]{0,80}\?)`,
      String.raw`\b(?:wij|we)[ \t]+hebben\b(?:[^\n.?!]|\.(?=\S)){0,60}\bmx\b(?:[^\n.?!]|\.(?=\S)){0,60}(?:gezet|ingesteld|aangepast|gewijzigd|omgezet)(?![^\n.?!]{0,60}\?)`,
      String.raw`\bwir[ \t]+haben\b(?:[^\n.?!]|\.(?=\S)){0,60}\bmx\b(?:[^\n.?!]|\.(?=\S)){0,60}(?:gesetzt|umgestellt|eingerichtet|geändert|eingetragen)(?![^\n.?!]{0,60}\?)`,
      // (said of the customer, "Kunde hat ... MX auf die EU-Server umgestellt")
      String.raw`\bmx(?:[- ]records?|[- ]einträge)?[ \t]+auf[ \t]+(?:die[ \t]+|den[ \t]+)?(?:[^\n.?!]|\.(?=\S)){0,40}?(?:mailgun|eu-server|us-server|mx[ab]\.)(?:[^\n.?!]|\.(?=\S)){0,40}?\b(?:umgestellt|gesetzt|geändert|eingetragen)\b(?![^\n.?!]{0,60}\?)`,
      String.raw`\b(?:configuramos|cambiamos|apuntamos|pusimos|apontamos|mudamos|abbiamo[ \t]+(?:impostato|configurato|puntato|cambiato)|nous[ \t]+avons[ \t]+(?:configuré|pointé|changé|mis)|on[ \t]+a[ \t]+(?:configuré|pointé|changé|mis))\b(?:[^\n.?!]|\.(?=\S)){0,40}\bmx\b(?![^\n.?!]{0,60}\?)`,
      // (in Polish, said of the customer: "ustawił MX na Mailgun tydzień temu")
      String.raw`(?<![a-zà-ÿąćęłńóśźż])(?:ustawił|ustawiła|ustawili|ustawiłem|ustawiłam|ustawiliśmy|przestawił|przestawili|skierował|skierowali)[ \t]+(?:(?:rekordy|rekord)[ \t]+)?mx\b[^\n.?!]{0,30}?\bna[ \t]+(?:serwery[ \t]+)?mailgun(?![^\n.?!]{0,60}\?)`,
      // (or said to receive through Mailgun: "Nous utilisons Mailgun pour recevoir les mails", "we use Mailgun for inbound",
      // "usamos Mailgun para recibir", "wir empfangen unsere Mails über Mailgun")
      String.raw`\b(?:we|nous|on)[ \t]+(?:use|utilisons|utilise)[ \t]+mailgun[ \t]+(?:to[ \t]+receive|for[ \t]+(?:receiving|inbound)|pour[ \t]+(?:recevoir|la[ \t]+réception))\b(?![^\n.?!]{0,60}\?)|\b(?:we|i)[ \t]+receive\b[^\n.?!]{0,40}\b(?:through|with|via)[ \t]+mailgun\b(?![^\n.?!]{0,60}\?)|\b(?:usamos|utilizamos)[ \t]+(?:o[ \t]+)?mailgun[ \t]+para[ \t]+(?:recibir|receber)\b(?![^\n.?!]{0,60}\?)|\brecibe[n]?[ \t]+(?:los[ \t]+)?(?:correos?|mails?|e-?mails?|mensajes)[ \t]+(?:entrantes[ \t]+)?(?:con|a[ \t]+través[ \t]+de|por|v[ií]a)[ \t]+mailgun\b(?![^\n.?!]{0,60}\?)|\bwir[ \t]+empfangen\b[^\n.?!]{0,40}(?:über|\bmit|\bvia)[ \t]+mailgun\b(?![^\n.?!]{0,60}\?)`,
    ],
    needs: ['mx', 'mailgun'],
    // (not beside MX records said moved away from Mailgun: "changed the MX back to Google", "wieder auf Microsoft 365 umgestellt")
    unless: 'mx-moved-away',
  },
  {
    // "mail to anything@reply.crmhub.io should go to their app", "forwards support@ for their domain to Mailgun and on to Zendesk",
    // "os pedidos que chegam por email para pedidos@…": the person's own domain, meant to receive through Mailgun (a small
    // weight: it says the MX records are no mistake, more than which side refused). Not a question, not denied.
    id: 'inbound-meant-for-mailgun',
    name: "The paste says the domain's mail is meant to arrive through Mailgun",
    target: 'mailgun-incoming',
    weight: 0.05,
    scope: 'text',
    patterns: [
      // ("die Team-Postfächer auf Google Workspace umgezogen, aber rechnung@ sollte weiterhin über Mailgun reinlaufen", "but billing@
      // should still come in through Mailgun": one address kept at Mailgun beside a move of the rest)
      String.raw`\b(?:sollte|soll|sollen|sollten)[ \t]+(?:weiterhin|noch|trotzdem|auch[ \t]+weiterhin)[ \t]+über[ \t]+mailgun[ \t]+(?:rein|ein)(?:laufen|kommen|gehen)\b(?![^\n.!?]{0,60}\?)|\bshould[ \t]+still[ \t]+(?:come[ \t]+in|arrive|land|be[ \t]+received)[ \t]+(?:through|via|at|in)[ \t]+mailgun\b(?![^\n.!?]{0,60}\?)`,
      String.raw`\b(?:mail|e-?mails?|messages|anything|replies|orders|tickets)[ \t]+(?:sent[ \t]+)?to[ \t]+[\w.+*-]{0,64}@[a-z0-9.-]{1,100}[ \t]+should[ \t]+(?:go|arrive|land|reach|end[ \t]+up|come|be[ \t]+(?:forwarded|delivered|posted))\b(?![^\n.!?]{0,80}\?)`,
      String.raw`(?<!(?:\bnot|n't|\bnever|\bnobody|\bno[ \t]+one)[ \t]{1,3})\bforwards?[ \t]+[\w.+-]{1,64}@(?:[a-z0-9.-]{1,100})?[^\n.?!]{0,40}?\bto[ \t]+mailgun\b(?![ \t]+support\b)(?![^\n.!?]{0,80}\?)`,
      // ("Приём почты у них через Mailgun": their receiving is through Mailgun)
      String.raw`(?<![а-яё])(?:при[её]м|получение)[ \t]+почты(?![а-яё])[^\n.]{0,30}(?<![а-яё])(?<!не[ \t]+)через[ \t]+mailgun\b|(?<![а-яё])(?<!не[ \t]+)(?:принима(?:ет|ют|ем)|получа(?:ет|ют|ем))[ \t]+почту[ \t]+через[ \t]+mailgun\b`,
      // (and Mailgun said used for both, "we use Mailgun for sending and receiving", "nous utilisons Mailgun pour l'envoi et la
      // réception", "Empfang über Routes": its receiving is meant)
      // (the domain said to receive through Mailgun in other languages: "Nasza domena odbiera pocztę przez Mailgun", "riceviamo la posta
      // tramite Mailgun", "ontvangt de mail via Mailgun", "empfängt die Mails über Mailgun", "recibimos el correo a través de Mailgun")
      String.raw`\b(?:odbiera|odbieramy)[ \t]+poczt[ęe][ \t]+przez[ \t]+mailgun\b|\bricev(?:e|iamo)[ \t]+(?:la[ \t]+posta[ \t]+|le[ \t]+e-?mail[ \t]+)?(?:tramite|attraverso|con|via)[ \t]+mailgun\b|\bontvang(?:t|en)[ \t]+(?:de[ \t]+|onze[ \t]+|hun[ \t]+)?(?:inkomende[ \t]+)?(?:mail|post|e-?mail)[ \t]+via[ \t]+mailgun\b|(?<!(?:\bnot|n't|\bnever|\bkein\w{0,2}|\bnicht|\bpas|\bne)[ \t]+(?:\w+[ \t]+)?)\b(?:(?:use|uses|using)[ \t]+mailgun[ \t]+(?:for[ \t]+)?(?:both[ \t]+)?(?:sending[ \t]+and[ \t]+receiving|receiving[ \t]+and[ \t]+sending)\b|utilis(?:ons|ent|e)[ \t]+mailgun[ \t]+pour[ \t]+l'envoi[ \t]+et[ \t]+la[ \t]+réception\b|empfang[ \t]+über[ \t]+(?:mailgun|routes)\b(?![^\n.]{0,30}\b(?:nicht|kein))(?![^\n.]{0,60}\?))(?![^\n.]{0,60}\?)|\bempf(?:ängt|angen)[ \t]+(?:die[ \t]+|unsere[ \t]+)?(?:mails?|e-?mails?|post)[ \t]+über[ \t]+mailgun\b|\brecib(?:e|imos)[ \t]+(?:el[ \t]+)?(?:correo|e-?mail)[ \t]+(?:a[ \t]+través[ \t]+de|por|con|vía|via)[ \t]+mailgun\b|\breceb(?:e|emos)[ \t]+(?:os[ \t]+)?e-?mails?[ \t]+(?:pelo|via|através[ \t]+do)[ \t]+mailgun\b`,
      // (Mailgun said used for incoming mail: "die Mailgun gebruikt voor inkomende mail", "uses Mailgun for inbound mail", "nutzt Mailgun für eingehende Mails")
      // (received through Mailgun on purpose: "deliberately receive support mail ... through Mailgun Routes", "Eles recebem de propósito
      // pelo Mailgun")
      String.raw`\b(?:deliberately|intentionally|on[ \t]+purpose|de[ \t]+propósito|a[ \t]+propósito|absichtlich|bewusst|volontairement)[ \t]+(?:receiv\w{0,3}|recebe\w{0,2}|recib\w{0,3}|empfang\w{0,3}|reçoi\w{0,4})\b(?:[^\n.]|\.(?=\S)){0,100}?\bmailgun\b|\b(?:receiv\w{0,3}|recebe\w{0,2}|recib\w{0,3}|empfang\w{0,3}|reçoi\w{0,4})[ \t]+(?:deliberately|intentionally|on[ \t]+purpose|de[ \t]+propósito|a[ \t]+propósito|absichtlich|bewusst|volontairement)\b(?:[^\n.]|\.(?=\S)){0,100}?\bmailgun\b`,
      // (not any more: "we used to use Mailgun for incoming mail", "no longer use", "never used")
      String.raw`(?<!(?:\bnot|n't|\bniet|\bnicht|\bno|\bused[ \t]+to|\blonger|\bnever|\bniet[ \t]+meer|\bnicht[ \t]+mehr)[ \t]{1,3})\b(?:mailgun[ \t]+(?:gebruik(?:t|en)|use[sd]?|nutz(?:t|en))|(?:gebruik(?:t|en)|uses|use(?<!\bused[ \t]{1,3}to[ \t]{1,3}use)|using|nutz(?:t|en))[ \t]+mailgun)[ \t]+(?:(?:also|ook|auch)[ \t]+)?(?:voor|for|für)[ \t]+(?:(?:de|the|die)[ \t]+)?(?:inkomende|inbound|incoming|eingehende|receiving|ontvangen)\b`,
      // ("The old shop domain x.de still has its MX on Mailgun EU": kept receiving there on purpose)
      String.raw`\bstill[ \t]+has[ \t]+its[ \t]+mx(?:[ \t]+records?)?[ \t]+(?:on|at|pointing[ \t]+(?:at|to))[ \t]+mailgun\b(?![^\n.?!]{0,60}\?)`,
      // ("They moved the domain's MX to Mailgun last week", "Ons domein x heeft MX naar Mailgun", "our domain's MX points to Mailgun":
      // the domain of the person or their customer, its MX records said to be at Mailgun; not asked)
      String.raw`\b(?:they|we|customer|client)[ \t]+(?:moved|switched|pointed|changed)[ \t]+the[ \t]+domain(?:'s|s)?[ \t]+mx(?:[ \t]+records?)?[ \t]+(?:over[ \t]+)?to[ \t]+mailgun\b(?![^\n.?!]{0,80}\?)|\b(?:ons|onze)[ \t]+domein\b(?:[^\n.?!]|\.(?=\S)){0,80}?\bheeft[ \t]+(?:de[ \t]+)?mx[ \t]+(?:naar|bij|op)[ \t]+mailgun\b|\b(?:our|their)[ \t]+domain(?:'s)?[ \t]+(?:[a-z0-9.-]{1,100}[ \t]+)?(?:mx[ \t]+(?:records?[ \t]+)?(?:points?|pointing|is|are|goes)|has[ \t]+(?:its[ \t]+)?mx(?:[ \t]+records?)?[ \t]+(?:pointing|pointed|set))[ \t]+(?:at|to)[ \t]+mailgun\b(?![^\n.?!]{0,60}\?)`,
      // ("they use mailgun incoming → POST to /admin/email/handle_mail", "we use Mailgun's inbound routing for replies": receiving
      // through Mailgun on purpose, to an app's own endpoint)
      String.raw`\b(?:they|we|customer|client)[ \t]+(?:use|uses|are[ \t]+using|set[ \t]+up)[ \t]+mailgun(?:'s)?[ \t]+(?:incoming|inbound)(?:[ \t]+(?:routing|routes?|mail|email|receiving))?\b|\bhandle_mail\b|\/admin\/email\/handle_mail\b`,
      // ("Leurs MX sont chez Mailgun EU": the customer's own MX records said to be at Mailgun, a statement)
      String.raw`\b(?:leurs|leur|nos|notre)[ \t]+(?:enregistrements[ \t]+)?mx[ \t]+(?:sont|est)[ \t]+(?:bien[ \t]+)?chez[ \t]+mailgun\b(?![^\n.!?]{0,60}\?)`,
      // ("their own inbound address replies@in.x.app")
      String.raw`\b(?:our|their|its|my)[ \t]+own[ \t]+(?:inbound|receiving|reply|replies)[ \t]+(?:address|domain|mailbox)\b`,
      // (not denied, "no llegan a ventas@…", "não chegam para …": mail that does not arrive may be the person's own, sent elsewhere)
      String.raw`(?<!\bn[ãa]o[ \t]+)\b(?:chegam|chega)\b[^\n.?!]{0,30}?\bpara[ \t]+[\w.+-]{1,64}@[a-z0-9-]{1,63}\.`,
      String.raw`(?<!\bno[ \t]+)\b(?:llegan|llega)\b[^\n.?!]{0,30}?\ba[ \t]+[\w.+-]{1,64}@[a-z0-9-]{1,63}\.`,
    ],
    needs: ['should', 'forward', 'chega', 'llega', 'own', 'mailgun', 'handle_mail', 'routes'],
    context: true,
  },
  {
    // "Precisamos criar uma rota para cada endereço?", "do we need a route for every address?": the person asks whether
    // one Route per address is needed (a small weight: it says what to answer, not which side refused).
    id: 'asks-route-per-address',
    name: 'The person asks whether every address needs a Route of its own',
    target: 'mailgun-incoming',
    weight: 0.05,
    patterns: [
      String.raw`\broutes?\s{1,3}(?:for|per)\s{1,3}(?:every|each)\s{1,3}(?:single\s{1,3})?(?:e-?mail\s{1,3})?(?:address|mailbox|user|recipient|alias)`,
      String.raw`\b(?:every|each)\s{1,3}(?:e-?mail\s{1,3})?(?:address|mailbox)\s{1,3}(?:need|needs|require|requires|get|gets)\s{1,3}(?:a|its own|an own)\s{1,3}(?:separate\s{1,3})?route`,
      String.raw`\b(?:rotas?|rutas?|routes?)\s{1,3}(?:para|por)\s{1,3}(?:cada|todo)\s{1,3}(?:endereço|endereco|dirección|direccion|correo|e-?mail|caixa|buzón|buzon)`,
      String.raw`\bfür\s{1,3}jede\s{1,3}(?:e-mail-)?(?:adresse|mailadresse|e-mail-adresse|mailbox)\s{1,3}(?:eine\s{1,3})?(?:eigene\s{1,3})?route|\broute\s{1,3}pro\s{1,3}(?:adresse|mailbox)`,
      String.raw`\broutes?\s{1,3}(?:par|pour\s{1,3}chaque)\s{1,3}adresse|\b(?:route|rotta)\s{1,3}per\s{1,3}ogni\s{1,3}indirizzo|\broute\s{1,3}(?:voor|per)\s{1,3}(?:elk|ieder)\s{1,3}adres`,
    ],
    needs: ['rout', 'rota', 'ruta', 'rott'],
  },
  {
    // "I just want anything sent to hello@ to land in my gmail (jo@gmail.com)", "forward it to ops@x": where the person
    // wants the domain's mail to go (a small weight: it says what the Route's action is, not which side refused).
    id: 'wants-forward-to',
    name: 'The person says where the mail should be forwarded',
    target: 'mailgun-incoming',
    weight: 0.05,
    scope: 'text',
    // (not a report of something forwarded, "Bounce they forwarded to ops@x:": only "be forwarded to", "forward it to")
    // (each address from its own start, `(?<![\w.+-])`: tried from inside a long run of word characters, the greedy local part
    // backtracked at every position, 1.7 s on 95 KB of "kan.naar.")
    patterns: [String.raw`\b(?:forward(?:ing)?|(?:be|been|get|gets|are|is)[ \t]+forwarded|land|arrive|redirect(?:ed)?|go)\b[^\n@?]{0,40}?\b(?:to|in|into|at)\b[^\n@?]{0,30}?[(<]?(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`,
      // (a Route's own forwarding told with the address it took: "A Mailgun Route used to forward adopt@x.org to their Google
      // Group team@googlegroups.com": the last address is where its mail goes)
      // (the match from "to" on, the excerpt then holding the target)
      // (the lookbehind after "to", blanks bounded: tried before it at every place, it scanned back over every run of blanks)
      String.raw`\bto\b(?<=\b(?:used[ \t]+to[ \t]+forward|forwarded|forwards)[ \t]{1,3}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}[ \t]{1,3}to)[^\n@?]{0,30}?[(<]?(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`,
      // (in other languages: "adresse de transfert : sav@x.freshdesk.com", "Weiterleitungsadresse: a@x", "weiterleiten an a@x",
      // "encaminhar para a@x", "doorsturen naar a@x"; not Spanish "reenviar a", which is sending again as often)
      String.raw`\b(?:adresse de transfert|direcci[oó]n de reenv[ií]o|weiterleitungsadresse|endere[cç]o de encaminhamento|doorstuuradres|forwarding address)[^\n@?]{0,10}?[ \t:(<]{1,5}(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|\b(?:transf[ée]rer|weiterleiten|encaminhar|encaminhava|doorsturen)\b[^\n@?]{0,20}?(?<![a-zà-ÿ])(?:vers|à|an|para|naar)\b[^\n@?]{0,20}?[(<]?(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`,
      // ("Les factures doivent aller à compta@x", "deben llegar a a@x", "devem ir para a@x", "devono arrivare a a@x")
      String.raw`(?<!\b(?:no|ne|n'|não|nao|non)[ \t]*)\b(?:doi(?:t|vent)[ \t]+(?:aller|arriver)|deben?[ \t]+(?:ir|llegar)|devem?[ \t]+(?:ir|chegar)|dev(?:e|ono)[ \t]+(?:andare|arrivare))[ \t]+(?:à|a|para|en)[ \t]+[(<]?(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`,
      // (Dutch, asked: "Kan info@ naar twee adressen tegelijk (eigenaar en boekhouder: a@x en b@y)?", "moet naar a@x"; and a second
      // mailbox named with it, "a@x en b@y", which the Route then forwards to as well)
      String.raw`\b(?:kan|moet|moeten|mag|wil|willen)\b[^\n?]{0,30}?(?<!\b(?:doorgestuurd|gestuurd|verstuurd|verzonden|gemaild)[ \t]+)\bnaar\b[^\n@?]{0,60}?[(<:]?[ \t]*(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?:[ \t]+(?:en|and|und|et|y|e)[ \t]+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?`,
      // ("welke route ... zodat info@ ook binnenkomt (naar a@x)?": where it should come in)
      String.raw`\bzodat\b[^\n?]{0,60}?\b(?:binnenkomt|aankomt|terechtkomt)\b[ \t]*\(?naar[ \t]+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}`],
    needs: ['forward', 'land', 'arrive', 'redirect', 'go', 'to', 'naar', 'zodat', 'transfert', 'reenv', 'weiterleitung', 'encaminhamento', 'doorstuur', 'transf', 'weiterleiten', 'encaminhar', 'encaminhava', 'doorsturen', 'doit', 'doivent', 'debe', 'deben', 'deve', 'devem', 'devono'],
  },
  { id: 'forward-target-said', name: 'The person names the mailbox the mail should go to', target: 'mailgun-incoming', weight: 0.05, feature: 'forward-target-said' },
  {
    // The domain moved to a subaccount (or from one): Routes belong to the account that receives for the domain, so
    // those made in the other account no longer apply. (A small weight: it says why more than which side refused.)
    id: 'domain-moved-to-subaccount',
    name: 'The paste says the domain moved to another (sub)account',
    target: 'mailgun-incoming',
    weight: 0.05,
    scope: 'text',
    // (or to another account of its own: "moved orders.x.com out of our agency's Mailgun account into our own new Mailgun account")
    patterns: [String.raw`\b(?:moved|movimos|moving|migrated|transferred|movemos|passámos|verschoben|déplacé)\b(?:[^\n.?]|\.(?=\w)){0,80}\b(?:sub-?accounts?|subcuentas?|subcontas?|sous-comptes?|unterkont(?:o|en))\b`, String.raw`\b(?:moved|moving|migrated|transferred)\b(?:[^\n.?]|\.(?=\w)){0,80}\b(?:into|to) (?:our|their|its|the|a) (?:own |new |other |separate |different ){1,2}(?:mailgun )?account\b`,
      // ("moved orbitline.travel from their old Mailgun account to a new one last week")
      String.raw`\b(?:moved|migrated|transferred)\b(?:[^\n.?]|\.(?=\w)){0,80}\bfrom[ \t]+(?:their|our|its|the|an?)[ \t]+(?:old|previous|former|other|agency's)[ \t]+(?:mailgun[ \t]+)?account[ \t]+(?:in)?to[ \t]+(?:a|an|the|their|our)[ \t]+(?:new|own|other|different|separate)[ \t]+(?:one|account)\b`,
      // ("abbiamo spostato il dominio dal vecchio account Mailgun al nuovo account europeo", "movimos el dominio de la cuenta vieja a la
      // nueva", "de domein verhuisd van het oude account naar het nieuwe", "von unserem alten Mailgun-Konto in ein neues verschoben")
      String.raw`\b(?:spostato|trasferito|migrato)\b[^\n.?]{0,60}?\bdal[ \t]+vecchio[ \t]+account\b|\b(?:movimos|movieron|pasamos|migramos|trasladamos)\b[^\n.?]{0,60}?\bde[ \t]+la[ \t]+cuenta[ \t]+(?:vieja|antigua|anterior)\b|\b(?:movemos|passámos|migramos|mudamos|transferimos)\b[^\n.?]{0,60}?\bda[ \t]+conta[ \t]+(?:antiga|velha|anterior)\b|\bverhuisd\b[^\n.?]{0,60}?\bvan[ \t]+(?:het|ons)[ \t]+oude[ \t]+account\b|\b(?:alten|bisherigen)[ \t]+(?:mailgun-)?(?:konto|account)\b[^\n.?]{0,60}?\b(?:verschoben|umgezogen|migriert)\b|(?<![a-zà-ÿ])déplacé(?![a-zà-ÿ])[^\n.?]{0,60}?\bde[ \t]+l'ancien[ \t]+compte\b`],
    needs: ['sub', 'sous', 'unterkont', 'account', 'cuenta', 'conta', 'konto', 'compte'],
  },
  {
    // The Route was made in another account than the one that holds the domain ("Dima created it in the staging account",
    // "маршрут ... создавал его в аккаунте staging"): Routes apply only in their own account. (Says why, a small weight.)
    id: 'route-in-other-account',
    name: 'The paste says the Route was made in another Mailgun account',
    target: 'mailgun-incoming',
    weight: 0.05,
    scope: 'text',
    patterns: [
      // (not denied: "the route is in the main account, not in the old account")
      // (or the route's own expression named, "he created match_recipient("...") in their *staging* Mailgun account")
      String.raw`\b(?:routes?|match_recipient|match_header|catch_all)\b[^\n]{0,160}?\b(?:in|on|under)(?<!\bnot[ \t]{1,3}(?:in|on|under))[ \t]+(?:(?:the|our|their|his|her|a|an)[ \t]+)?[*_]{0,2}(?:staging|test|testing|dev|old|other|another|different|second|wrong|personal|sandbox)[*_]{0,2}[ \t-]+(?:mailgun[ \t]+)?account\b`,
      String.raw`\b(?:in|on|under)(?<!\bnot[ \t]{1,3}(?:in|on|under))[ \t]+(?:(?:the|our|their|his|her|a|an)[ \t]+)?[*_]{0,2}(?:staging|test|testing|dev|old|other|another|different|second|wrong|personal|sandbox)[*_]{0,2}[ \t-]+(?:mailgun[ \t]+)?account\b[^\n]{0,60}?\broutes?\b`,
      // ("the production account (where the domain actually lives) has no routes at all", beside a route shown)
      String.raw`\b(?:production|prod|live|main|real)[ \t]+(?:mailgun[ \t]+)?account\b[^\n]{0,80}?\b(?:has|had|shows|showed|lists|listed)[ \t]+no[ \t]+routes?\b`,
      String.raw`маршрут[^\n]{0,120}?[\s,]в[ \t]+(?:(?:другом|тестовом|старом|чужом)[ \t]+аккаунте|аккаунте[ \t]+(?:staging|test|dev|стейджинг))`,
    ],
    needs: ['account', 'аккаунте'],
  },
  {
    id: 'mx-points-to-mailgun',
    name: "The domain's MX records point to Mailgun",
    target: 'mailgun-incoming',
    weight: 0.55,
    // (and in other languages: "o MX do domínio aponta pro Mailgun", "der MX zeigt auf Mailgun", "el MX apunta a Mailgun")
    // (not a denial or a doubt: "el MX no apunta a Mailgun", "our MX records don't point to Mailgun", "not sure if the MX
    // points to Mailgun", "não sei se o MX ainda aponta"; the doubt's look-behind is tried only after the word MX)
    patterns: [
      String.raw`\bmx${MX_DOUBTED}\b(?:${UNDENIED_CHAR}){0,40}\b(?:aponta(?:m)?|apunta(?:n)?|zeig(?:t|en)|pointe(?:nt)?|punta(?:no)?|wijst|wijzen) (?:pr[oa] |para o |para |a |auf |vers |sur |naar )?(?:mailgun|mx[ab])`,
      String.raw`\bmx${MX_DOUBTED} (?:records? )?(?:(?!(?:not|no|never|doesn't|don't|isn't|aren't|wasn't|weren't)\b)\S+ ){0,3}(?:point|points|pointing|are|is|set|go|goes|hosted) (?:to |at |on |with |by )?(?:mailgun|mx[ab])`,
      String.raw`\b(?:inbound|incoming|receiving|mx${MX_DOUBTED})\b(?:(?!(?:not|no|never|longer|doesn't|don't|isn't|aren't|wasn't)\b)\S+ ){0,4}?\s{0,3}(?:to|through|via|on|at) mailgun\b`,
      // (a domain's dots may stand in this gap, "MX records for example.com point to Mailgun", not a sentence's end)
      String.raw`\bmx${MX_DOUBTED} records?\b(?:${UNDENIED}(?:[^\n.]|\.(?=\w))){0,80}mailgun`,
      // ("help.x.com is the domain we set up for receiving in Mailgun last week")
      String.raw`\b(?:domain|subdomain)[ \t]+(?:that[ \t]+)?(?:we|they|i)[ \t]+(?:set[ \t]+up|configured|added|use|created)[ \t]+for[ \t]+(?:receiving|inbound|incoming)(?:[ \t]+(?:mail|e-?mail))?[ \t]+(?:in|on|with|at|through|via)[ \t]+mailgun\b`,
    ],
    needs: ['mx', 'mailgun'],
    // (not beside the person's word that the domain sends through Mailgun too, with no server named: either side may have refused)
    unless: 'mailgun-both-directions',
  },
  {
    id: 'mail-to-the-customer',
    name: 'The mail was coming in: someone was writing to the domain',
    target: 'mailgun-incoming',
    weight: 0.25,
    patterns: WRITING_IN,
  },
  { id: 'mailgun-smtp-refused-not-incoming', name: "Mailgun's SMTP submission host gave the refusal", target: 'mailgun-incoming', weight: -0.6, feature: 'refusing-host:mailgun-smtp' },
  { id: 'other-host-refused-not-incoming', name: 'A non-Mailgun host gave the refusal', target: 'mailgun-incoming', weight: -0.5, feature: 'refusing-host:other' },
  { id: 'event-other-mx-not-incoming', name: "Mailgun tried to deliver to the recipient's own server", target: 'mailgun-incoming', weight: -0.6, feature: 'event-mx-host:other' },
  // (a WordPress SMTP plugin's own log of what it sent: the refusal came from the server the plugin sends through, not an MX)
  { id: 'sending-plugin-log-not-incoming', name: "The error is in the sending plugin's own email log", target: 'mailgun-incoming', weight: -0.6, scope: 'text', patterns: [String.raw`\b(?:post smtp|wp mail smtp|fluent ?smtp|easy wp smtp|smtp mailer)\b[^\n]{0,20}?(?:>|→|->|›|/)?[ \t]*(?:e-?mail|mail)[ \t]*logs?\b`], needs: ['smtp'] },
  // (a Mailgun server named as the one that refused settles the direction, whatever the account does both ways)
  // (Drupal's log of a send the site made, "Error sending email (from a@x to b@x ...)": the site's own mail connection was refused, an
  // outgoing server's answer, whatever Routes the account also has)
  { id: 'site-send-error-not-incoming', name: "The site's own log of a send it made shows the error", target: 'mailgun-incoming', weight: -0.5, scope: 'text', patterns: [String.raw`\berror[ \t]+sending[ \t]+e-?mail[ \t]+\(from\b`], needs: ['sending'], unless: 'refusing-host:mailgun' },
  { id: 'direction-unknown-not-incoming', name: 'The paste says the direction is unknown', target: 'mailgun-incoming', weight: -0.7, patterns: DIRECTION_UNKNOWN, needs: DIRECTION_UNKNOWN_NEEDS, unless: 'refusing-host:mailgun' },
  // (not when Mailgun then delivered to a domain whose MX is Mailgun's: a Route's forward to a second Mailgun domain, refused there)
  { id: 'route-matched-not-incoming', name: 'A Route matched the message, so Mailgun had accepted it', target: 'mailgun-incoming', weight: -0.7, patterns: ROUTE_MATCHED, needs: ROUTE_MATCHED_NEEDS, unless: 'event-mx-host:mailgun-mx' },
  { id: 'another-provider-not-incoming', name: 'The mail went through another provider, not Mailgun', target: 'mailgun-incoming', weight: -0.7, feature: 'another-provider' },
  { id: 'internal-client-refused-not-incoming', name: 'A mail server refused a client on its own private network', target: 'mailgun-incoming', weight: -0.6, feature: 'own-server:internal-client' },
  // (a mail program's send error: its outgoing server answered, which is not an inbound MX, whatever Routes the account has)
  // (an app's own library refused by Mailgun's SMTP host it sends through: mail going out, whatever inbound setup, Routes and MX
  // records, the paste shows beside it)
  { id: 'library-refused-by-smtp-host', name: "The sender's own mail library was refused by Mailgun's SMTP host", target: 'mailgun-incoming', weight: -0.4, feature: 'library-refused-by:mailgun-smtp' },
  { id: 'mail-program-not-incoming', name: "A mail program's outgoing server gave the refusal", target: 'mailgun-incoming', weight: -0.5, feature: 'source:mail-client', unless: 'mx-session:sending' },
  { id: 'sender-relay-refused-not-incoming', name: "The sender's own relay gave the refusal", target: 'mailgun-incoming', weight: -0.6, feature: 'refusing-host:sender-relay' },
  { id: 'mx-of-another-domain', name: "The MX records shown are another domain's than the recipient's", target: 'mailgun-incoming', weight: -0.5, feature: 'mx-of-another-domain' },
  // (not a session straight to Mailgun's inbound MX: no login is expected there)
  { id: 'unauthenticated-not-incoming', name: 'The SMTP session was not authenticated', target: 'mailgun-incoming', weight: -0.3, feature: 'auth:none', unless: 'mx-session:receiving' },
];
