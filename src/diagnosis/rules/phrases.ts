/**
 * A failure seen in Mailgun's logs or events: Mailgun accepted the message (KNOWLEDGE.md), so it
 * points to the recipient's host and away from the outgoing case.
 */
/** A log of the sending app or server ("Action log shows every email action as Failed"), not Mailgun's. */
const NOT_AN_APP_LOG = String.raw`(?<!\b(?:action|job|error|mail|email|e-mail|app|application|system|cron|audit|smtp|debug|task|scan|print|send|delivery) )`;

/**
 * `word`, not after a denial at most two words before it ("mailgun reports no failed or bounced
 * messages", "the logs don't show failed"; not "No idea why Mailgun shows failed"). The look-behind
 * follows the word: placed before it, it would run at every position.
 */
// (and a count of none, "has *zero* failed events", "show 0 failed events", in Slack's bold or not; "I can't find a matching failed event"; in other
// languages, "geen accepted, geen failed", "keine failed events")
// (the words between may be quoted: 'no "SASL authentication failed" lines')
// (nor "nothing obvious in the failed events": nothing found where the failures would be)
const undenied = (word: string) => String.raw`${word}(?<!(?:\b(?:no|not|nothing|never|without|zero|0|geen|niks|niets|kein|keine|keinen|nichts|nada|ningún|ninguno|nenhum|aucun|nessun|nessuno)|n't)\b[*_]{0,2}(?:[ \t]+["'\u201c]?[\w-]+){0,3}[ \t]+["'\u201c]?${word})(?<!\bnothing(?:[ \t]+[\w-]+)?[ \t]+(?:in|among|within|under)[ \t]+(?:the|their|our|its)[ \t]+["'\u201c]?${word})`;

/** Not in a question, within the clause: "did Mailgun log it as failed?", "in the Mailgun logs, or in a bounce someone sent you?". */
const NOT_ASKED = String.raw`(?![^\n?.!,;]{0,120}\?)`;

export const MAILGUN_LOG_FAILURE = [
  // (not failures said to be another error's: "failed events last 24h: 3 (all "mailbox full" at hotmail.com addresses)")
  String.raw`\b${undenied('(?:failed|bounced?)')} (?:events?|webhooks?)\b${NOT_ASKED}(?![^\n]{0,80}\b(?:all|only)[ \t]+["\u201c]?(?:mailbox full|over ?quota|quota exceeded|unknown users?|user unknown|no such user|spam|blocked)\b)`,
  String.raw`${undenied('"failed"')} (?:events?|webhooks?)${NOT_ASKED}`,
  // `mg`: how support people abbreviate Mailgun ("mg logs: failed temp ...").
  // (not taken back on the way: 'sent us "the Mailgun logs" but this is their own app's outbox ... failed')
  // (nor one of the places a person does not know the error came from: "did not say whether it's from the Mailgun logs, their app, or a bounce";
  // nor past a question's end: "... or in the Mailgun logs? A full bounce message would help")
  String.raw`(?<!\b(?:whether|if)\b[^\n]{0,30})(?:mailgun|\bmg) (?:logs?|dashboard)\b(?:(?!\bbut[ \t]+(?!the[ \t]+(?:recipient|remote|receiving)\b|the[ \t]+(?:delivery|server)\b(?![^\n]{0,30}\b(?:in our|from our|by our|our app|app|log)\b))(?:our|the|their|my|this|that|these|they|we|it's|nothing|no)\b|\b(?:isn't|not|aren't)[ \t]+(?:really[ \t]+|actually[ \t]+)?(?:the[ \t]+)?(?:mailgun|from mailgun|theirs|ours)\b)[^\n?]){0,100}\b${undenied('(?:failed|bounce)')}${NOT_ASKED}`,
  // ("Mailgun logs for mg.example.com:" over a copied "Failed: ..." row)
  String.raw`(?:mailgun|\bmg) (?:logs?|dashboard)\b[^\n]{0,100}\n[ \t]*(?:failed|bounced?)\b`,
  // "mailgun marks every send to them as failed", "mailgun shows Failed:" (within the clause: not past a "but",
  // "Mailgun logs show nothing but the delivery from our Postfix failed")
  String.raw`\bmailgun (?:marks|shows|reports|lists|flags|logs)\b(?:(?!\bbut\b)[^\n.,;]){0,60}?\b${undenied('(?:failed|bounced)')}\b${NOT_ASKED}`,
  // The same in German, Spanish, Portuguese, French: "Mailgun zeigt beim Event „failed“", "Mailgun muestra failed".
  // (not denied in the gap: "Mailgun zeigt keinen Eintrag mit failed", "muestra que no hay ningún evento failed"; but
  // "nicht" is no denial there: "..., dass die Mail nicht zugestellt wurde" is the failure)
  // ("no", "não" and "pas" only as "no hay", "não há", "pas de": Portuguese "no" is "in the", "no fue entregado" the failure)
  String.raw`\bmailgun (?:zeigt|meldet|markiert|muestra|marca|mostra|affiche|indique)\b(?:(?!\b(?:(?:kein\w*|nichts|ningún|ninguno|nada|nenhum\w*|aucun\w*|rien|no (?:hay|hubo|había|existen?))\b|não (?:há|existem?)(?![\wà-ÿ])|pas d(?:e\b|')))[^\n.;]){0,60}?["\u201e\u201c']?(?:failed|bounced)\b${NOT_ASKED}`,
  String.raw`${NOT_AN_APP_LOG}\blogs?\b[^\n]{0,60}\b${undenied('shows?')} "?failed${NOT_ASKED}`,
  // "shows as failed in the dashboard": in a paste to a Mailgun support bot, Mailgun's dashboard.
  // (not "failed - there's nothing in the logs")
  String.raw`\b${undenied('(?:failed|bounced)')}\b(?![^\n]{0,20}?\b(?:nothing|no|not)\b)[^\n]{0,20}\b(?:in|on) the (?:dashboard|logs?)\b${NOT_ASKED}`,
  String.raw`${NOT_AN_APP_LOG}\blogs?\b[^\n]{0,40}\b${undenied('as')} "?(?:failed|bounced)\b${NOT_ASKED}`,
  // Mailgun's own Bounces list ("Mailgun → Suppressions → Bounces shows this one"): a delivery it tried.
  String.raw`\bsuppressions?[ \t]*(?:→|->|>|/|›)[ \t]*bounces\b`,
];

/** One of these is in every match of MAILGUN_LOG_FAILURE. */
export const MAILGUN_LOG_FAILURE_NEEDS = ['event', 'webhook', 'log', 'dashboard', 'mailgun', 'suppression'];

/** Text in which the person says they do not know which way the mail went. */
export const DIRECTION_UNKNOWN = [
  // Polish: "Nie wiem nawet, czy to mail WYCHODZĄCY do klienta, czy ktoś pisał DO nich"
  String.raw`(?<![a-ząćęłńóśźż])nie[ \t]+(?:wiem|wiemy|wiadomo)(?![a-ząćęłńóśźż])[^\n.?]{0,30}\bczy\b[^\n.?]{0,100}\bczy\b[^\n.?]{0,30}(?<![a-ząćęłńóśźż])(?:pisał[aoy]?|pisali|wysłał[aoy]?|przysłał[aoy]?)(?![a-ząćęłńóśźż])`,
  String.raw`\b(?:outbound|outgoing|sending) or (?:inbound|incoming|receiving)\b`,
  // (Finnish, "Käytämme Mailgunia molempiin suuntiin (lähtevä ja saapuva)": both ways)
  String.raw`\bmolempiin[ \t]+suuntiin\b`,
  // "No sé si es de salida o de entrada", "não sei se é de saída ou de entrada", "non so se è in uscita o in entrata",
  // "je ne sais pas si c'est en entrée ou en sortie", "weiß nicht, ob eingehend oder ausgehend"
  String.raw`(?<![a-zà-ÿ])n(?:o|ão|on) (?:sé|sei|so|sabemos|sappiamo|sabe|sa)(?![a-zà-ÿ])[^\n.?]{0,20}\b(?:si|se)\b[^\n.?]{0,40}(?<![a-zà-ÿ])(?:salida|entrada|saída|uscita|entrata)(?![a-zà-ÿ])[^\n.?]{0,20}\b(?:o|ou)\b[^\n.?]{0,20}(?<![a-zà-ÿ])(?:salida|entrada|saída|uscita|entrata)(?![a-zà-ÿ])`,
  String.raw`\bne sai[st] pas\b[^\n.?]{0,40}(?<![a-zà-ÿ])(?:entrée|entrant|sortie|sortant)(?![a-zà-ÿ])[^\n.?]{0,20}\bou\b[^\n.?]{0,20}(?<![a-zà-ÿ])(?:entrée|entrant|sortie|sortant)(?![a-zà-ÿ])`,
  String.raw`\bnicht\b[^\n.?]{0,20}\bob\b[^\n.?]{0,40}\b(?:ein|aus)(?:gehend\w{0,3}|-)[^\n.?]{0,10}\boder\b[^\n.?]{0,20}\b(?:ein|aus)gehend`,
  // Norwegian, Danish, Swedish: "Ingen vet om feilen kom da noen skrev TIL Nina eller da systemet sendte noe FRA henne",
  // "sender og mottar begge veier via Mailgun", "vi ved ikke om det var ... eller ..."
  String.raw`\b(?:ingen vet|vi vet ikke|vet ikke|ingen ved|vi ved ikke|ved ikke|ingen vet inte|vi vet inte|vet inte)\b[^\n.?]{0,20}\bom\b[^\n.?]{0,100}\beller\b|\bbegge veier\b|\bbegge veje\b|\bbåda hållen\b`,
  // ("Vi använder Mailgun både för att ta emot mejl (routes) och för att skicka svar", "både til å motta og sende")
  String.raw`(?<![\wåäö])både(?![\wåäö])[^\n.]{0,80}\b(?:ta emot|motta|mottar|modtage|skicka|skickar|sende|sender|sända)\b[^\n.]{0,80}\b(?:och|og)\b[^\n.]{0,60}\b(?:ta emot|motta|mottar|modtage|skicka|skickar|sende|sender|sända)\b`,
  // "no idea if it came from Zoho or from someone writing to the support address"
  // ("He doesn't know if it was on a mail she sent or on one a client sent to her")
  String.raw`\b(?:no idea|not sure|don't know|do not know|doesn't know|does not know|unclear|can't tell|cannot tell)\b[^\n.?]{0,20}\b(?:if|whether)\b[^\n.?]{0,80}\bor (?:from )?(?:on |with )?(?:one |a mail |an e-?mail |a message )?(?:someone|somebody|people|a customer|customers|a client|clients|senders?|an outside sender)\b[^\n.?]{0,30}\b(?:writ|send|mail)ing\b|\b(?:no idea|not sure|don't know|do not know|doesn't know|does not know|can't tell|cannot tell)\b[^\n.?]{0,20}\b(?:if|whether)\b[^\n.?]{0,80}\bor (?:on |with )?(?:one|a mail|an e-?mail|a message) (?:someone|somebody|a customer|a client|an outside sender) sent\b`,
  // Spanish and Portuguese: "No sabe si pasó cuando la tienda online mandó un pedido o cuando un cliente les escribió a info@",
  // "não sabe se foi no envio ou quando um cliente escreveu para eles", "Não sei se é o envio deles que falhou ou alguém tentando escrever para eles"
  String.raw`(?<![a-zà-ÿ])n(?:o|ão) (?:sabe|sé|sei|sabemos|saben|sabem)(?![a-zà-ÿ])[^\n.?]{0,20}\b(?:si|se)\b[^\n.?]{0,100}\b(?:o|ou)(?: (?:cuando|quando|si|se))?\b[^\n.?]{0,40}\b(?:alguien|alguém|un cliente|um cliente|clientes|gente|la gente|as pessoas)\b[^\n.?]{0,30}\b(?:escrib|escrev|mand|envi)\w*`,
  // "She couldn't tell me whether it was a mail they sent or a guest's mail to them that bounced back"
  String.raw`\b(?:couldn't|could not|can't|cannot|didn't|did not|doesn't|does not|don't|do not)[ \t]+(?:tell|know)\b[^\n.?]{0,20}\b(?:if|whether)\b[^\n.?]{0,60}\b(?:they|we|she|he|you|i)[ \t]+sent\b[^\n.?]{0,20}\bor[ \t]+(?:an?[ \t]+|some[ \t]+|one[ \t]+)?(?:guest|client|customer|someone|somebody|supplier|partner|outside sender|sender)s?(?:'s)?\b[^\n.?]{0,40}\b(?:to (?:them|us|her|him|me)|writing|sent to)\b`,
  // A question on the sending settings, then "2. Or is it the reply-by-email route?": which side is asked
  String.raw`(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?or[ \t]+(?:is|was)[ \t]+(?:it|this|that)[ \t]+(?:the|our|their|a)[ \t]+[^\n?.]{0,30}?\broutes?\b[^\n?.]{0,30}\?`,
  // "not sure if it was me sending or a client sending to us"
  String.raw`\b(?:me|us|we|i|them|they)[ \t]+sending[ \t]+or[ \t]+(?:a[ \t]+|an[ \t]+|some[ \t]+|the[ \t]+)?(?:client|customer|someone|somebody|supplier|partner|vendor|person)s?[ \t]+sending[ \t]+to[ \t]+(?:us|me|them)\b`,
  // "this could be mail they send or mail people send to them"
  String.raw`\b(?:mail|e-?mails?|messages?) (?:they|we|you) send or (?:mail|e-?mails?|messages?) (?:people|others|customers|someone|senders) send (?:to )?(?:them|us|you)\b`,
  String.raw`\b(?:inbound|incoming|receiving) or (?:outbound|outgoing|sending)\b`,
  // Hebrew: "הוא לא יודע להגיד אם זה היה כששלח אלינו או כשהמערכת שלנו שלחה לו" (whether when he wrote to us or when we sent him),
  // "אנחנו שולחים דרך Mailgun וגם מקבלים דרכו" (we send through Mailgun and receive through it too)
  String.raw`(?<![\u0590-\u05ff])לא (?:יודע|יודעת|יודעים|בטוח|בטוחה)(?![\u0590-\u05ff])[^\n.?]{0,30}(?<![\u0590-\u05ff])אם(?![\u0590-\u05ff])[^\n.?]{0,100}(?<![\u0590-\u05ff])או כש|(?<![\u0590-\u05ff])שולחים(?![\u0590-\u05ff])[^\n.]{0,40}(?<![\u0590-\u05ff])וגם מקבלים(?![\u0590-\u05ff])`,
  // French: "il ne précise pas si c'est à l'envoi ou quand des gens leur écrivent", "Il ne sait pas dire si c'est en envoyant ou en recevant"
  String.raw`(?:^|[ \t])à l'envoi ou (?:à la réception|quand (?:des gens|on|quelqu'un|les gens) (?:leur|nous|vous) écri(?:t|vent))|(?:^|[ \t])en (?:envoyant ou en recevant|recevant ou en envoyant)\b`,
  // "ça peut être dans un sens comme dans l'autre", "dans les deux sens"
  String.raw`(?:^|[ \t])dans (?:un sens comme dans l'autre|les deux sens)\b`,
  String.raw`\bboth (?:for )?(?:sending and receiving|receiving and sending|inbound and outbound|outbound and inbound)\b`,
  // "They use Mailgun both for Jira's outgoing notifications and for an inbound route that feeds the Jira mail handler"
  String.raw`\bboth for\b[^\n.]{0,60}?\b(?:outgoing|outbound|sending)\b[^\n.]{0,60}?\band for\b[^\n.]{0,40}?\b(?:inbound|incoming|receiving)\b|\bboth for\b[^\n.]{0,60}?\b(?:inbound|incoming|receiving)\b[^\n.]{0,60}?\band for\b[^\n.]{0,40}?\b(?:outgoing|outbound|sending)\b`,
  // "They use Mailgun both to send appointment reminders (...) and to receive client replies via routes"
  String.raw`\bboth to (?:send|receive)\b[^\n]{0,160}?\band (?:also )?to (?:receive|send)\b`,
  // "uses us both ways (API for sending, routes for inbound)"
  // (not two settings tried, "switched from 587 to 465, same error both ways")
  String.raw`\b(?:both|in)(?<!\b(?:same|identical)\b[^\n.]{0,30}\b(?:both|in))(?:(?<=both) ways|(?<=both) directions|(?<=in) both directions)\b`,
  // "we use mailgun not only for sending, support@ also comes in through routes"
  // (receiving named after it: not "it's not only sending to Gmail that fails")
  String.raw`\bnot[ \t]+only[ \t]+(?:for[ \t]+)?(?:sending|outbound|outgoing|to[ \t]+send)\b(?=[^\n.]{0,80}\b(?:receiv\w*|inbound|incoming|routes?|comes?[ \t]+in|writ(?:e|es|ing)[ \t]+to)\b)`,
  // "I asked which way the failing mail was going (them sending out, or someone writing to them)" (not answered: "we asked
  // which way and they said outbound")
  // (the mail's way: not "the customer asked which way is better, SMTP or the API")
  String.raw`\basked\b[^\n.?]{0,30}?\bwhich (?:way|direction)\b[^\n.?]{0,20}?\b(?:mail|e-?mails?|messages?|it)\b[^\n.?]{0,6}?\b(?:was|were|is|went|goes|going)\b(?![^\n.?]{0,60}\b(?:said|answered|told us|replied|confirmed|says)\b)`,
  String.raw`\bfor (?:sending|outbound|outgoing)\b[^\n]{0,60}\bfor (?:inbound|incoming|receiving)\b`,
  // (and in French, Spanish, Portuguese, German: "Mailgun pour l'envoi ET des routes pour la réception")
  String.raw`\bpour[ \t]+l'envoi\b[^\n]{0,80}\bpour[ \t]+la[ \t]+réception\b|\bpara[ \t]+(?:el[ \t]+)?env[ií]o\b[^\n]{0,80}\bpara[ \t]+(?:la[ \t]+)?recepci[oó]n\b|\bpara[ \t]+(?:o[ \t]+)?envio\b[^\n]{0,80}\bpara[ \t]+(?:o[ \t]+)?recebimento\b|\bzum[ \t]+(?:versenden|senden|versand)\b[^\n]{0,80}\bzum[ \t]+empfang(?:en)?\b`,
  String.raw`\bfor (?:inbound|incoming|receiving)\b[^\n]{0,60}\bfor (?:sending|outbound|outgoing)\b`,
  String.raw`\b(?:mailgun )?for (?:sending|outbound|outgoing)\b[^\n]{0,100}\b(?:inbound|incoming|receiving|routes?)\b[^\n]{0,60}\b(?:too|as well|also)\b`,
  String.raw`\b(?:sending|outbound) and (?:receiving|inbound)\b`,
  // Hinglish "Mailgun se sending bhi karta hai ... aur receiving bhi Mailgun routes se" (sending too, and receiving too)
  String.raw`\b(?:sending|outgoing)[ \t]+bhi\b[^\n]{0,100}?\b(?:receiving|incoming)[ \t]+bhi\b|\b(?:receiving|incoming)[ \t]+bhi\b[^\n]{0,100}?\b(?:sending|outgoing)[ \t]+bhi\b`,
  // "they send with Mailgun and also receive support@ through Mailgun routes"
  // (not "they send an order confirmation and receive the failure notice": a message, not mail through Mailgun)
  // (not "and receive an email back saying", "the following SMTP error": a message, unless Mailgun, Routes or the MX follow)
  // (nor "and receive the error below with Mailgun SMTP": an error received, whatever follows)
  // (a domain's dots between: "They send from mg.x.de and also receive on x.de through Mailgun routes")
  String.raw`\b(?:send|sends)\b(?:[^\n.]|\.(?=[a-z0-9])){0,60}\band (?:also )?(?:receive|receives)\b(?!\s+(?:a|an|the|this|that|these|those|their|such)\b(?:(?=[^\n.]{0,30}\b(?:errors?|bounces?|failures?|notices?|responses?|ndrs?)\b)(?![^\n.]{0,60}\b(?:through|via|with|using|by|on)\s+(?:(?:the|our|their|its)\s+)?(?:mailgun(?:'s)?\s+)?(?:routes?|inbound|mx)\b)|(?![^\n.]{0,60}\b(?:(?:through|via|with|using|by|on)\s+(?:(?:the|our|their|its)\s+)?(?:mailgun(?:'s)?\s+)?(?:routes?|inbound|mx)\b|(?:through|via|with) mailgun\b|mailgun routes?\b))))`,
  // Two flows listed a line apart: "1) their platform sends ... alerts via Mailgun ..." / "2) dispatch@ itself receives through Mailgun"
  String.raw`\bsends?\b[^\n]{0,100}?\b(?:via|through|with)[ \t]+mailgun\b[^\n]{0,200}\n[^\n]{0,100}?\breceives?\b[^\n]{0,60}?\b(?:via|through|with|on)[ \t]+mailgun\b`,
  String.raw`\breceives?\b[^\n]{0,60}?\b(?:via|through|with|on)[ \t]+mailgun\b[^\n]{0,200}\n[^\n]{0,100}?\bsends?\b[^\n]{0,100}?\b(?:via|through|with)[ \t]+mailgun\b`,
  // "uses Mailgun for outbound newsletters AND has inbound Routes": the account does both.
  String.raw`\b(?:outbound|outgoing|sending)\b[^\n]{0,80}\band\b[^\n]{0,40}\b(?:inbound|incoming|receiving)\b`,
  String.raw`\b(?:inbound|incoming|receiving)\b[^\n]{0,80}\band\b[^\n]{0,40}\b(?:outbound|outgoing|sending)\b`,
  // "they use us for the website shop, the newsletter AND inbound on replies.example.com": what they send, and inbound too
  // (not "use Mailgun for their newsletter and for receiving support mail": a domain that receives through it, whose MX then tells)
  // ("We use you for our newsletters AND for the support@ inbox (routes forward to our helpdesk)", to Mailgun's support)
  String.raw`\b(?:use|uses|using|used)\s+(?:us|you|mailgun|mg)\s+for\b[^\n]{0,100}\band\b[^\n]{0,40}\b(?:inbound|incoming|inbox)\b`,
  // "Not sure which one is broken" (of the two things the account does)
  String.raw`\b(?:no idea|not sure|don't know|do not know|unclear|can't tell)\b[^\n.]{0,10}\bwhich (?:one|of (?:them|the two)|side|part)\b[^\n.]{0,10}\b(?:is|was)\b[^\n.]{0,10}\b(?:broken|failing|the problem|affected|wrong)\b`,
  // "Tienen dominio de envío en Mailgun y también rutas para recibir", "No sé ni desde dónde sale ese error"
  String.raw`\bdominio de env[ií]o\b[^\n]{0,40}\by tambi[eé]n\b[^\n]{0,20}\brutas\b|\bno s[eé] (?:ni )?(?:desde |de )?d[oó]nde (?:sale|viene)\b`,
  // Spanish and Portuguese: "mg.distnorte.com.ar para enviar, distnorte.com.ar recibe por Mailgun con rutas a soporte@"; asked
  // which and answered not knowing: "Les pregunté si fue al enviar desde su CRM o si fue alguien que les escribía ... "no sabemos""
  // (received through Mailgun, not "se recibe en Google Workspace, no en Mailgun"; not "solo para enviar", a sending-only account)
  String.raw`(?<!\b(?:solo|sólo|só|apenas|somente|only)[ \t]{1,3})\bpara[ \t]+(?:enviar|envío|envio)\b[^\n]{0,80}?\b(?:recibe|reciben|recebe|recebem)\b(?:[ \t]+[^\n,;]{0,40}?)?[ \t]+(?:por|via|vía|con|com|pelo|pela|através[ \t]+de|a[ \t]+través[ \t]+de)[ \t]+(?:el[ \t]+|o[ \t]+|las[ \t]+|as[ \t]+)?(?:mailgun|rutas|rotas)\b`,
  String.raw`\b(?:pregunt[ée]|perguntei|preguntamos|perguntamos)(?![a-zà-ÿ])[^\n.?]{0,30}?\b(?:si|se)\b[^\n.?]{0,80}?\b(?:o|ou)[ \t]+(?:si[ \t]+|se[ \t]+)?(?:fue[ \t]+|foi[ \t]+)?(?:alguien|alguém|un cliente|um cliente)\b[^\n.?]{0,100}?(?<![a-zà-ÿ])n(?:o|ão)[ \t]+(?:sabemos|saben|sabem)(?![a-zà-ÿ])`,
  // German: "Sie versenden über ChurchTools ... und empfangen gemeinde@ auch über Mailgun-Routes"; "Er weiß nicht mehr, ob das
  // beim Verschicken aus ChurchTools kam oder ob ihm jemand eine Rückmeldung weitergeleitet hat"
  String.raw`\b(?:versenden|senden|verschicken)\b[^\n.]{0,80}?\bund\b[^\n.]{0,20}?\bempfangen\b[^\n.]{0,60}?\b(?:mailgun|routes?|routen)\b`,
  String.raw`\b(?:weiß|weiss|wissen)[ \t]+(?:(?:es|auch|selbst|wirklich)[ \t]+){0,2}nicht(?:[ \t]+mehr)?[^\n.]{0,10}?[ \t,]ob\b[^\n.]{0,80}?\b(?:verschick|versend|send|versand)\w*\b[^\n.]{0,80}?\boder\b`,
  // Greek: "χρησιμοποιούν το Mailgun και για αποστολή (...) και για λήψη (...)" (both for sending and for receiving)
  String.raw`και[ \t]+για[ \t]+αποστολή[^\n]{0,80}?και[ \t]+για[ \t]+λήψη`,
  // Italian: "usano Mailgun sia per inviare (Metabase) sia per ricevere (le route)"
  String.raw`\bsia[ \t]+per[ \t]+(?:inviare|spedire|l'invio)\b[^\n]{0,200}?\bsia[ \t]+per[ \t]+(?:ricevere|la ricezione)\b`,
  // German: "Sie nutzen Mailgun für BEIDES auf derselben Domain"
  String.raw`\bmailgun[ \t]+für[ \t]+beides\b`,
  // Dutch: "voor zowel verzenden als ontvangen", "Uitgaand of inkomend?", "voor verzenden én ontvangen"
  String.raw`\b(?:verzenden|versturen)[ \t]+(?:én|en)[ \t]+ontvangen\b|\bontvangen[ \t]+(?:én|en)[ \t]+(?:verzenden|versturen)\b|\bzowel[ \t]+(?:voor[ \t]+)?(?:het[ \t]+)?(?:verzenden|versturen)[ \t]+als[ \t]+(?:voor[ \t]+)?(?:het[ \t]+)?ontvangen\b|\buitgaand[ \t]+of[ \t]+inkomend\b|\binkomend[ \t]+of[ \t]+uitgaand\b`,
  // Dutch: "Ze versturen offertes via Mailgun en ontvangen offerte@ via een Mailgun-route", "Wij weten niet of hij iets verstuurde
  // of dat iemand hem iets stuurde"
  String.raw`\b(?:versturen|verzenden)\b[^\n.]{0,60}\ben[ \t]+ontvangen\b[^\n.]{0,60}\b(?:mailgun|route)|\bof\b[^\n.]{0,20}\b(?:verstuurde|verstuurden|verzond|verzonden)\b[^\n.]{0,20}\bof\b[^\n.]{0,20}\biemand\b`,
  // "Usan Mailgun para las dos cosas" (sending and receiving), "si el error salió al enviar ellos o cuando alguien les escribió"
  String.raw`\b(?:usan?|usamos|utilizan?)\s+mailgun\s+para\s+(?:las dos cosas|ambas cosas|as duas coisas|ambas as coisas)\b|\bal enviar\b[^\n]{0,30}\bo cuando (?:alguien|la gente|otros|un proveedor|alg[uú]n proveedor)\b[^\n]{0,20}\bescrib`,
  // "Usan Mailgun para enviar presupuestos por SMTP ... y TAMBIÉN tienen rutas de entrada": sending, and Routes too
  String.raw`\b(?:usan?|usamos|utilizan?)\s+mailgun\s+para\s+(?:enviar|env[ií]o)\b[^\n]{0,100}\b(?:tambi[eé]n|adem[aá]s)\b[^\n]{0,40}\b(?:rutas|recibir|recepci[oó]n|entrada)\b`,
  // "They use Mailgun for outbound invoices and also have Routes on another subdomain"
  String.raw`\b(?:outbound|outgoing|sending)\b[^\n]{0,80}\band (?:also )?(?:have|has|use|uses|run|runs)\b[^\n]{0,20}\broutes?\b`,
  // German: "Sie versenden per SMTP aus dem Buchungssystem über uns und haben auch Routes für info@"
  String.raw`\b(?:versenden|verschicken|senden)\b[^\n]{0,80}\bund\b[^\n]{0,20}\b(?:haben|hat|nutzen|nutzt)\b[^\n]{0,10}\b(?:auch[ \t]+)?routes?\b`,
  // "We use Mailgun for our outgoing mail AND our MX points at Mailgun": its MX takes the domain's incoming mail
  String.raw`\b(?:outbound|outgoing|sending)\b[^\n]{0,80}\band\b[^\n]{0,20}\b(?:our|their|the|its) mx(?: records?)? (?:points?|pointing|is|are|goes|go) (?:at|to) mailgun\b`,
  // "they send through SMTP from some CRM AND the MX records for x.example point to mxa/mxb.mailgun.org"
  String.raw`\b(?:send|sends)\b[^\n.]{0,80}\band\b[^\n.]{0,10}\b(?:our|their|the|its) mx(?: records?)?\b[^\n,;]{0,50}?\b(?:points?|pointing|is|are|goes|go) (?:at |to )?(?:mailgun\b|mx[ab](?:\.eu)?\.mailgun\.org\b|mx[ab]/mx[ab]\b)`,
  String.raw`(?:no idea|not sure|don't know|do not know|unclear|can't tell) (?:if|whether|which)[^\n]{0,80}(?:sent to (?:us|them)|we sent|they sent|direction|which side)`,
  // "Not sure if it's when he emails them or when they email us"
  String.raw`(?:no idea|not sure|don't know|do not know|unclear|can't tell) (?:if|whether)\b[^\n.]{0,20}?\bwhen (?:he|she|they|we|i|you|the customer)\b[^\n.]{0,20}?\b(?:e-?mails?|writes?|sends?|mails?)\b[^\n.]{0,30}?\bor when\b`,
  // "no idea if it's their app or someone emailing them"
  String.raw`(?:no idea|not sure|don't know|do not know|unclear|can't tell) (?:if|whether)\b[^\n.]{0,40}\b(?:their|our|the|its|your) (?:own )?(?:app|application|system|server|site)\b[^\n.]{0,20}\bor\b[^\n.]{0,30}\b(?:someone|somebody|people|others|customers|senders?)\b[^\n.]{0,10}\b(?:emailing|writing|sending|mailing)\b`,
  // "asked ... whether it's our app sending or their customers writing in" (within one sentence; a ticket's note may wrap inside it)
  String.raw`\bwhether\b[^.;!?]{0,60}?\b(?:sending|outbound|outgoing)\b[^.;!?]{0,20}\bor\b[^.;!?]{0,40}?\b(?:writing in|writing to (?:us|them)|emailing (?:us|them|in)|receiving|inbound|incoming)\b`,
  String.raw`\bwhether\b[^.;!?]{0,60}?\b(?:writing in|emailing (?:us|them|in)|receiving|inbound|incoming)\b[^.;!?]{0,20}\bor\b[^.;!?]{0,40}?\b(?:sending|outbound|outgoing)\b`,
  // "no idea whether this is mail they send or mail coming in"
  String.raw`\b(?:no idea|not sure|don't know|do not know|unclear|can't tell)\b[^\n.?]{0,20}\b(?:if|whether)\b[^\n.?]{0,40}\b(?:mail|e-?mails?|messages?)[ \t]+(?:they|we|you|she|he)[ \t]+send\b[^\n.?]{0,10}\bor\b[^\n.?]{0,20}\b(?:mail|e-?mails?|messages?)[ \t]+(?:coming[ \t]+in|they[ \t]+(?:receive|get)|(?:sent|coming)[ \t]+to[ \t]+(?:them|us|her|him))\b`,
  // "ob das beim Senden oder beim Empfangen war", "à l'envoi ou à la réception", "al enviar o al recibir"
  // (not "usamos o Mailgun só para envio, o recebimento é no Zoho": sending only, and Portuguese's article "o")
  String.raw`(?<!(?<![a-zà-ÿ])(?:só|apenas|somente|solo|sólo|only|nur|seulement|uniquement)(?![a-zà-ÿ])[^\n]{0,12})\b(?:senden|versenden|envoi|envío|envio|enviar|invio)(?![a-zà-ÿ])[^\n]{0,20}\b(?:oder|ou|o)\b[^\n]{0,20}\b(?:empfangen|réception|recepción|recepção|recebimento|recibir|receber|ricezione)(?![a-zà-ÿ])(?![^\n]{0,40}(?<![a-zà-ÿ])(?:mas|pero|but|aber|mais|ma)(?![a-zà-ÿ])[^\n]{0,40}(?<![a-zà-ÿ])(?:claro|clear|klar|clair|chiaro|duidelijk)(?![a-zà-ÿ]))`,
  String.raw`\b(?:empfangen|réception|recepción|recepção|recebimento|recibir|receber|ricezione)\b[^\n]{0,20}\b(?:oder|ou|o)\b[^\n]{0,20}\b(?:senden|versenden|envoi|envío|envio|enviar|invio)(?![a-zà-ÿ])`,
  // "sowohl für den Versand ... als auch für den Empfang", "tanto para envío como para recepción", "à la fois pour l'envoi et la réception"
  String.raw`\bsowohl\b[^\n]{0,60}?\b(?:versand|senden|versenden|empfang|empfangen)\b[^\n]{0,80}?\bals auch\b[^\n]{0,40}?\b(?:versand|senden|versenden|empfang|empfangen)\b`,
  String.raw`\btanto (?:para|pra)\b[^\n]{0,40}?(?:env[ií]o|enviar|recepci[oó]n|recibir|recebimento|receber)[^\n]{0,80}?\b(?:como|quanto)\b[^\n]{0,40}?(?:env[ií]o|enviar|recepci[oó]n|recibir|recebimento|receber)`,
  String.raw`(?:^|\s)à la fois\b[^\n]{0,40}?\b(?:envoi|réception|envoyer|recevoir)[^\n]{0,60}?\bet\b[^\n]{0,30}?(?:envoi|réception|envoyer|recevoir)`,
  // "Usamos Mailgun para enviar las confirmaciones y también para recibir las respuestas", "pour envoyer ... et aussi pour recevoir",
  // "zum Versenden ... und auch zum Empfangen", "per inviare ... e anche per ricevere" (either order)
  String.raw`\b(?:para|pra) (?:enviar|el env[ií]o|o envio)\b[^\n]{0,100}?\b(?:y|e) (?:tambi[eé]n |também )?(?:para |pra )?(?:recibir|receber|la recepci[oó]n|o recebimento)(?![a-zà-ÿ])`,
  String.raw`\b(?:para|pra) (?:recibir|receber|la recepci[oó]n|o recebimento)\b[^\n]{0,100}?\b(?:y|e) (?:tambi[eé]n |também )?(?:para |pra )?(?:enviar|el env[ií]o|o envio)(?![a-zà-ÿ])`,
  String.raw`\bpour (?:envoyer|l'envoi)\b[^\n]{0,100}?\bet (?:aussi |également )?(?:pour )?(?:recevoir|la réception)(?![a-zà-ÿ])`,
  String.raw`\bpour (?:recevoir|la réception)(?![a-zà-ÿ])[^\n]{0,100}?\bet (?:aussi |également )?(?:pour )?(?:envoyer|l'envoi)\b`,
  String.raw`\b(?:zum|für den|für das) (?:versenden|versand|senden)\b[^\n]{0,100}?\bund (?:auch )?(?:zum|für den|für das) (?:empfangen|empfang)\b`,
  String.raw`\b(?:zum|für den|für das) (?:empfangen|empfang)\b[^\n]{0,100}?\bund (?:auch )?(?:zum|für den|für das) (?:versenden|versand|senden)\b`,
  String.raw`\bper (?:inviare|l'invio)\b[^\n]{0,100}?\be (?:anche )?(?:per )?(?:ricevere|la ricezione)\b`,
  String.raw`\bper (?:ricevere|la ricezione)\b[^\n]{0,100}?\be (?:anche )?(?:per )?(?:inviare|l'invio)\b`,
  // "域名收发都走 Mailgun：发信用 mg.…，收信 … 的 MX 也指向 Mailgun", "送受信とも Mailgun"
  // (not "发送失败 … 收件人=": sending failed, to a recipient)
  String.raw`(?:收发|收發|送受信)|(?:发信|發信)[^\n]{0,60}?收信|收信[^\n]{0,60}?(?:发信|發信)`,
  // "受信も Routes を使っている" (receives through Routes too), "which direction though?"
  String.raw`受信も|\bwhich direction\b`,
  // "送信時のエラーなのか、誰かから受信したときのバウンスなのかも分からない" (sending or receiving: not known)
  String.raw`送信[^\n。]{0,40}?受信[^\n。]{0,40}?(?:分から|わから|不明)|受信[^\n。]{0,40}?送信[^\n。]{0,40}?(?:分から|わから|不明)`,
  // "Ils envoient leurs newsletters par SMTP Mailgun ET ils ont des routes pour contact@": sending, and Routes too
  // (or "ils utilisent Mailgun pour le site (formulaires + newsletters) et aussi des routes pour contact@")
  String.raw`\b(?:envoient|envoyons|envoie|utilisent|utilisons|utilise)\b[^\n]{0,80}\bmailgun\b[^\n]{0,60}\bet\b[^\n]{0,30}?(?:\b(?:ont|avons|a)[ \t]+(?:aussi[ \t]+)?|\baussi[ \t]+)des[ \t]+routes\b`,
  // "whether the form's backend sends through Mailgun SMTP ..., or just delivers straight to enquiries@ (MX'd to Mailgun)"
  // (a dot inside a name, mg.x.example, does not end the sentence)
  String.raw`\bwhether\b[^.;!?]{0,60}?\b(?:sends?|goes)\b[^.;!?]{0,20}?\b(?:through|via)\s+mailgun\b(?:[^.;!?\n]|\.\w){0,80}?\bor\b[^.;!?]{0,40}?\b(?:delivers?|goes|sends?)\b[^.;!?]{0,10}?\b(?:straight|directly)\b`,
  // "leur Postfix relaie vers Mailgun (relayhost smtp.mailgun.org), ET ils reçoivent contact@ via une Route Mailgun"
  String.raw`\brelai(?:e|ent)\b[^\n]{0,60}\bmailgun\b[^\n]{0,80}\bet\b[^\n]{0,20}\breçoi(?:vent|t)\b[^\n]{0,40}\b(?:route|mx)`,
  // "They did not say where they saw the error or who was sending", "didn't tell us which side", "not sure which hop this is"
  String.raw`\b(?:did not|didn't|do not|don't|never|not) (?:say|said|tell|told|mention(?:ed)?|know|sure)\b[^\n.]{0,40}?\b(?:where (?:they|we|he|she|the customer|it)\b[^\n.]{0,15}?\b(?:saw|see|seen|got|get|found)\b|who (?:was|is|were) sending|which (?:side|way|hop)\b)`,
  // "Our contact form AND our support inbox both run on Mailgun": something that sends, and a mailbox that receives
  String.raw`\band (?:our |their |the )?(?:support |shared )?(?:inbox|mailbox|inbound|receiving|incoming mail)\b[^\n.]{0,20}\bboth (?:run|go|are|use|going|running)\b[^\n.]{0,20}\bmailgun\b`,
  // Turkish: "hem gönderim hem de gelen posta (routes) için", "Hem gönderim (uygulamaları SMTP üzerinden) hem de alım", "hangi yönde olduğunu bilmiyoruz"
  String.raw`\bhem\b[^\n]{0,20}?\bg[öo]nder[a-zçğıöşü]*[^\n]{0,60}?\bhem\b[^\n]{0,10}?(?:\bde\b[^\n]{0,5}?)?(?:\bgelen\b|\bal(?:ma|ım)[a-zçğıöşü]*)|\bhangi y[öo]nde\b`,
];

/** One of these is in every match of DIRECTION_UNKNOWN. */
export const DIRECTION_UNKNOWN_NEEDS = ['molempiin', 'salida', 'entrada', 'saída', 'uscita', 'entrata', 'entrée', 'entrant', 'sortie', 'sortant', 'gehend', 'יודע', 'בטוח', 'מקבלים', 'vet', 'ved', 'veier', 'veje', 'hållen', 'både', 'beides', 'zowel', 'ontvangen', 'uitgaand', 'inkomend', 'versturen', 'verzenden', 'verstuurde', 'verstuurden', 'verzond', 'cosas', 'coisas', 'send', 'outbound', 'outgoing', 'sending', 'inbound', 'incoming', 'receiving', 'idea', 'sure', 'know', 'unclear', 'tell', 'both', 'senden', 'empfangen', 'envoi', 'réception', 'envoyant', 'recevant', 'envío', 'envio', 'enviar', 'invio', 'recepción', 'recepção', 'recebimento', 'recibir', 'receber', 'ricezione', 'sowohl', 'tanto', 'fois', 'envoyer', 'recevoir', 'versand', 'empfang', 'inviare', 'ricevere', '收发', '收發', '送受信', '发信', '發信', '受信も', '送信', 'sens', 'direction', 'hem', 'hangi', 'where', 'side', 'way', 'routes', 'route', 'relai', 'inbox', 'dónde', 'donde', 'sabe', 'sé', 'sei', 'sabemos', 'saben', 'sabem', 'verschick', 'versend', 'αποστολή', 'wiem', 'wiemy', 'wiadomo'];

/**
 * A Route matched the message ("route matched: ...", an event's `"is-routed": true`): Mailgun's
 * inbound side took it in, and a refusal after that answered the delivery of its forward().
 * Past tense only: "our route matches support@" says nothing of the address that was refused.
 */
export const ROUTE_MATCHED = [
  // (not an earlier route's expression told: "the old route matched helpdesk@x directly")
  String.raw`(?<!\b(?:no|not|never|none of the|nor)(?: \w+)? )\broutes?(?<!\b(?:old|previous|former|original|earlier)[ \t]+routes?) (?:was |were |has |have |had )?matched\b(?![^\n]{0,200}\?)`,
  String.raw`(?<!\b(?:no|not|never|nothing|n't)(?: \w+)? )\bmatched (?:the |a |an |our |their |its )?(?:\w+ )?route\b(?![^\n]{0,200}\?)`,
  // (not in an event of mail that arrived fine, "event": "stored" above it: another address's message)
  String.raw`\bis[-_]routed\b["']?\s*(?:=>|[:=])\s*["']?(?:true|yes|1)\b(?<!"event"\s*:\s*"(?:stored|accepted|delivered)"(?:(?!"event")[\s\S]){0,800})`,
];
export const ROUTE_MATCHED_NEEDS = ['matched', 'routed'];

/** A Route that carries the mail on ("through a Mailgun route", "the route forwards"): not "forwarded us this bounce", "going forward". */
const ROUTE_CARRIES_MAIL = String.raw`(?:\b(?:through|via|by|using)[ \t]+(?:a[ \t]+|the[ \t]+|our[ \t]+)?(?:mailgun[ \t]+)?route\b|\broutes?[ \t]+(?:that[ \t]+)?forwards\b)`;

/** Later in the sentence, "but ... the MX records (also) point to Mailgun": the mail comes to Mailgun after all. */
const MX_TO_MAILGUN_AFTER = String.raw`[^\n]{0,120}?\bbut\b[^\n]{0,80}?\bmx\b[^\n]{0,40}?\b(?:point|points|pointing|go|goes)\s+(?:to\s+|at\s+)?mailgun\b`;

/**
 * The person says the domain's mail is not meant for Mailgun: "they only use Mailgun for sending",
 * "never created routes", "deleted the domain from Mailgun", "moved everything to Google Workspace".
 */
export const MX_NOT_MEANT = [
  // (not "for sending and receiving", nor "not only for sending": it is for receiving too)
  // (nor "..., but I guess the MX records also point to mailgun": the person says the mail comes to Mailgun after all)
  String.raw`\b(?:only|just)(?<!\bnot\s{1,3}(?:only|just))\s+(?:use|uses|using|used|set\s+(?:mailgun\s+|it\s+)?up)\s+(?:mailgun\s+)?(?:up\s+)?(?:for\s+)?(?:sending|outbound|outgoing)\b(?!\s+(?:and|or|&)\s+(?:receiving|inbound|incoming))(?!${MX_TO_MAILGUN_AFTER})`,
  String.raw`\b(?:mailgun\s+)?(?:for\s+)?sending[- ]only\b`,
  // ("we use mailgun for the website stuff": for what a site sends, beside a refusal of mail to an ordinary mailbox)
  String.raw`\b(?:we|they|i|she|he)\s+(?:only\s+)?use\s+mailgun\s+(?:only\s+)?for\s+(?:the\s+|our\s+|their\s+|my\s+|her\s+|his\s+)?(?:web\s?site|site|shop|store|newsletters?|contact\s+form)(?:'s)?(?:\s+(?:stuff|e-?mails?|mails?|forms?|notifications?))?\b(?![^\n.]{0,80}\b(?:receiv\w*|inbound|incoming|routes?|mailboxes)\b)(?!${MX_TO_MAILGUN_AFTER})`,
  // "set up Mailgun for *sending* only", "don't want Mailgun receiving anything", "We never wanted Mailgun to get our email"
  String.raw`(?<!(?:\bnot|n't)\s{1,3}(?:[a-z]{1,12}\s{1,3}){0,3})\bmailgun\b[^\n.]{0,20}?\bfor\s+[*_]{1,2}(?:sending|outbound|outgoing)[*_]{1,2}\s+only\b`,
  String.raw`\b(?:don't|do\s+not|doesn't|does\s+not|didn't|did\s+not|never)\s+want(?:ed)?\s+mailgun\s+(?:to\s+)?(?:receiv(?:e|ing)|get(?:ting)?|handl(?:e|ing))\s+(?:anything\b|(?:(?:any|our|their|its|the)\s+)?(?:inbound|incoming|e-?mails?|mail)\b)`,
  String.raw`\bonly(?<!\bnot\s{1,3}only)\s+for\s+(?:sending|outbound|outgoing)\b(?!\s+(?:and|or|&)\s+(?:receiving|inbound|incoming))(?!${MX_TO_MAILGUN_AFTER})`,
  // ("never created routes"; not "haven't created any routes yet", which someone setting up receiving says)
  String.raw`\bnever\s+(?:set\s+up|created?|made|added?)\s+(?:any\s+)?routes\b`,
  // ("the domain isn't in our customer's Mailgun account at all, they never added it"; "read mail for that shop in IONOS mailboxes")
  // (the domain the subject: not "the problem is not in Mailgun"; nor beside a Route or a forward that carries the mail there)
  String.raw`\bdomain\s+(?:isn't|is\s+not|wasn't|was\s+not|never\s+was)\s+(?:even\s+)?(?:in|added\s+to)\s+(?:(?:our|their|the|its|any)\s+)?(?:customer's\s+|client's\s+)?mailgun(?:\s+account)?\b`,
  String.raw`(?<!\b(?:route|routes|forward|forwards|forwarded)\b[^\n]{0,120})\b(?:read|get|receive|keep)\s+(?:(?:their|our|the|its)\s+)?(?:mail|e-?mails?)\b[^\n.?!]{0,40}\bin\s+(?:their\s+|our\s+)?(?:ionos|strato|ovh|gandi|godaddy|hostinger|one\.com)\s+(?:mailboxes|inboxes|accounts)\b(?![^\n]{0,120}\b(?:route|forward))`,
  String.raw`\b(?:deleted|removed)\s+(?:the\s+)?(?:domain\s+|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}\s+)?from\s+(?:(?:their|our|the|its)\s+)?mailgun\b`,
  // ("nutzt seit einem Jahr Google Workspace für die Postfächer", "verwendet Microsoft 365 für ihre Mails")
  String.raw`\b(?:nutzt|nutzen|verwendet|verwenden)\b[^\n.]{0,30}?\b(?:google\s+workspace|g\s?suite|gmail|microsoft\s+365|office\s+365|m365|exchange(?:\s+online)?|zoho(?:\s+mail)?|fastmail)\s+für\s+(?:die\s+|ihre\s+|seine\s+|unsere\s+)?(?:postfächer|mailboxen|e-?mails|mails)(?![\wäöüß])`,
  // ("Hemos migrado todos nuestros buzones a Google Workspace", "unsere Postfächer ... zu Microsoft 365 umgezogen", "migré nos boîtes
  // vers Microsoft 365": the mailboxes moved, in other languages)
  String.raw`\b(?:migrado|movido|pasado|trasladado|migramos|movimos)\s+(?:todos\s+|todas\s+)?(?:nuestros|nuestras|sus|los|las)\s+(?:buzones|correos|cuentas\s+de\s+correo)\s+a\s+(?:google\s+workspace|g\s?suite|gmail|microsoft\s+365|office\s+365|m365|exchange(?:\s+online)?|zoho)\b`,
  // ("migraram as caixas para o Google Workspace")
  String.raw`\b(?:migraram|migramos|migrou|moveram|movemos|passaram|passamos|mudaram|mudamos)\s+(?:todas\s+)?(?:as|nossas|suas)\s+(?:caixas(?:\s+de\s+(?:e-?mail|correio))?|contas\s+de\s+e-?mail|e-?mails)\s+(?:para|pro|pra)\s+(?:o\s+)?(?:google\s+workspace|g\s?suite|gmail|microsoft\s+365|office\s+365|m365|exchange(?:\s+online)?|zoho)\b`,
  String.raw`\b(?:postfächer|mailboxen|postfach)\b[^\n.]{0,40}?\b(?:zu|nach|auf|in)\s+(?:google\s+workspace|g\s?suite|microsoft\s+365|office\s+365|m365|exchange\s+online)\s+(?:umgezogen|migriert|verschoben|gewechselt|übertragen)`,
  String.raw`\b(?:migré|déplacé|transféré|basculé)\s+(?:toutes\s+)?(?:nos|leurs|les)\s+(?:boîtes|boites|mails|e-mails)(?:\s+mail)?\s+(?:vers|sur|chez)\s+(?:google\s+workspace|g\s?suite|gmail|microsoft\s+365|office\s+365|m365|exchange\s+online)\b`,
  // ("since we don't receive through Mailgun anymore")
  String.raw`\b(?:don't|do\s+not|doesn't|does\s+not|no\s+longer)\s+(?:receive|get)\s+(?:(?:any|our|their|its)\s+)?(?:(?:mail|e-?mails?)\s+)?(?:through|via|with|at)\s+mailgun\b`,
  // ("moved their team mailboxes to Google Workspace")
  String.raw`\bmoved\s+(?:all\s+)?(?:(?:our|their|the|its)\s+)?(?:(?:team|staff|company|office|user|employee)\s+)?(?:mail|email|e-mail|mailboxes|inboxes|everything)\s+to\s+(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365|outlook|zoho|fastmail|exchange)\b`,
  // "they only use Mailgun for their newsletter": a kind of sending named
  String.raw`\b(?:only|just)(?<!\bnot\s{1,3}(?:only|just))\s+(?:use|uses|using|used|want|wants|need|needs)\s+mailgun\s+for\s+(?:(?:their|our|the|its|a|some)\s+)?(?:newsletters?|marketing|campaigns?|transactional|notifications?|bulk|mailings?|alerts?|receipts?|invoices?)\b(?![^\n.]{0,80}?\b(?:plus|and|also|as well as|besides)\b(?![ \t]+(?:not|no|nothing)\b)[^\n.]{0,30}?\b(?:routes?|forward\w*|inbound|receiv\w*)\b)`,
  // "their real mailboxes are Google Workspace", "our mailboxes are on Google Workspace"
  // (and "Staff mailboxes are in Microsoft 365")
  String.raw`\b(?:real|actual|main|normal|regular|own|our|their|staff|employee|team|company|office|user)\s+(?:(?:real|actual|own)\s+)?(?:mailboxes|inboxes|e-?mail accounts)\s+(?:are|live)\s+(?:(?:on|in|with|at)\s+)?(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365|outlook|exchange(?: online)?|zoho|fastmail)\b`,
  // "They use Google Workspace for their mailboxes"
  // (not beside a Route that carries the mail there, "we receive support@ through a Mailgun route ...; we use Gmail for our inboxes",
  // though "we don't use Mailgun routes" is no such Route; within the sentence, whose dots inside an address do not end it)
  String.raw`\b(?:use|uses|using)(?<!${ROUTE_CARRIES_MAIL}(?:[^\n.?!]|[.?!](?=\S)){0,120}(?:use|uses|using))\s+(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365|outlook|exchange(?: online)?|zoho(?: mail)?|fastmail)\s+for\s+(?:(?:their|our|the|its|all)\s+)?(?:mailboxes|inboxes)\b(?!(?:[^\n.?!]|[.?!](?=\S)){0,120}${ROUTE_CARRIES_MAIL})`,
  // (or as a note, the provider first: "(small law firm, Google Workspace for their mailboxes)"; the name first, so that
  // the looks behind it run only where it stands)
  String.raw`\b(?:google workspace|g ?suite|microsoft 365|office 365|m365|exchange online|zoho mail|fastmail)(?<=[(,;][ \t]{0,3}[a-z0-9 ]{2,20})(?<!${ROUTE_CARRIES_MAIL}(?:[^\n.?!]|[.?!](?=\S)){0,140})\s+for\s+(?:their|our|the|its|all)\s+(?:mailboxes|inboxes)\b(?!(?:[^\n.?!]|[.?!](?=\S)){0,120}${ROUTE_CARRIES_MAIL})`,
  // "they don't want to receive mail through Mailgun at all"
  // (the mail named right after the verb: not "we don't want to get our account flagged by Mailgun")
  String.raw`\b(?:don't|do not|doesn't|does not|didn't|did not|never)\s+(?:want|wanted|need|needed|intend|intended|mean|meant)\s+(?:to\s+)?(?:receive|get|take|handle)\s+(?:(?:any|their|our|its|the|incoming|inbound)\s+){0,2}(?:(?:mail|email|e-mail|emails|messages|anything)\s+)?(?:(?:in|at|for)\s+)?(?:through|via|with|at|on)\s+mailgun\b`,
  // "the company's mail is on Google Workspace", "会社のメールは Google Workspace で", "Mailgun は … 送るだけのつもり"
  String.raw`\b(?:company's|company|our|their|its|the office's|staff)\s+(?:e-?)?mail\s+is\s+(?:(?:on|in|with|at)\s+)?(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365|outlook|exchange(?: online)?|zoho|fastmail)\b`,
  // "die Postfächer liegen bei Microsoft 365", "los buzones están en Google Workspace", "les boîtes sont chez Microsoft 365",
  // "as caixas de correio estão no Google Workspace"
  String.raw`\b(?:postfächer|mailboxen|postfach)[ \t]+(?:liegen|sind|ist|liegt)[ \t]+(?:bei|in|auf)[ \t]+(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365|exchange online)\b|\bbuzones[ \t]+(?:están|estan)[ \t]+en[ \t]+(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365)\b|\bbo[iî]tes(?:[ \t]+(?:aux lettres|mail))?[ \t]+sont[ \t]+(?:chez|sur|dans)[ \t]+(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365)\b|\bcaixas(?:[ \t]+de[ \t]+(?:correio|e-?mail))?[ \t]+(?:estão|estao|ficam)[ \t]+(?:no|na|em)[ \t]+(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365)\b`,
  String.raw`(?:会社|社内|弊社|当社|普段|通常)の?メールは[ \t]*(?:google workspace|g ?suite|gmail|microsoft 365|office 365|m365|outlook|exchange)`,
  String.raw`mailgun[ \t]*は[^\n。]{0,60}?(?:送る|送信する)(?:だけ|のみ)`,
  // "Mailgunはお知らせメールの送信用にしか使っていない", "送信専用", "送信のみに使用"
  String.raw`送信(?:用|専用)?に?しか使|送信専用|送信(?:のみ|だけ)に?(?:使|利用)`,
  // "Ellos solo usan Mailgun para los recordatorios de citas", "só usamos o Mailgun para enviar"
  String.raw`(?<![a-zà-ÿ])(?<!\b(?:no|não|nem|non)[ \t]+)(?:solo|sólo|solamente|só|somente|apenas)[ \t]+(?:usan|usamos|usa|utilizan|utilizamos|utiliza|usam|utilizam)[ \t]+(?:o[ \t]+)?mailgun[ \t]+para[ \t]+(?:enviar|el[ \t]+envío|o[ \t]+envio|(?:los|las|os|as)[ \t]+(?:recordatorios|notificaciones|facturas|newsletters?|lembretes|notificações|faturas|boletines))(?![a-zà-ÿ])`,
  // "pusieron los MX de Mailgun porque lo decía el asistente", "de MX naar Mailgun gezet omdat de DNS-wizard dat zo liet zien":
  // the MX records set only because a setup screen listed them
  // (a cause clause naming the wizard itself: not "not because a wizard said so", nor beside Routes or receiving)
  String.raw`\bmx\b[^\n.]{0,60}?(?<!\b(?:not|no|niet|nicht|pas)[ \t]+)\b(?:because|porque|omdat|parce[ \t]+que|weil|perché)\b(?:(?!\b(?:routes?|receiv|recib|ontvang|empfang))[^\n.]){0,30}?(?:\bwizard|\basistente|\bassistent|\bassistant|\bassistente)\b(?![^\n.]{0,120}\b(?:routes?|receiv\w*|recib\w*|ontvang\w*|empfang\w*)\b)`,
  // (Mailgun said used only to send, in Dutch, French and German: "Mailgun gebruiken ze alleen om facturen te versturen",
  // "ils n'utilisent Mailgun que pour l'envoi", "Mailgun nutzen sie nur zum Versenden"; incoming mail said to stay elsewhere,
  // "Hun inkomende mail MOET op Google Workspace blijven")
  String.raw`\bmailgun\b[^\n.?!]{0,30}?\b(?:alleen|enkel|uitsluitend)[ \t]+(?:om[ \t]+[^\n.?!]{0,40}?[ \t]+te[ \t]+|voor[ \t]+(?:het[ \t]+)?)(?:versturen|verzenden)\b|\bmailgun[ \t]+(?:uniquement|seulement)?[ \t]*(?:que[ \t]+)?pour[ \t]+(?:l'envoi|envoyer)\b(?<=(?:uniquement|seulement|que)[ \t]+pour[ \t]+(?:l'envoi|envoyer))|\bmailgun\b[^\n.?!]{0,30}?\bnur[ \t]+(?:zum[ \t]+(?:versenden|versand)|für[ \t]+(?:den[ \t]+)?versand)\b|\binkomende[ \t]+(?:e-?)?mail[ \t]+(?:moet|blijft|staat)[ \t]+(?:[a-z]{1,12}[ \t]+)?(?:op|bij)[ \t]+(?:google|gmail|microsoft|office|outlook|exchange)\b`,
];

/** Where an MX change went when it left Mailgun: "back to Google", "away from Mailgun", "to Microsoft 365", "to our old server". */
// (not back to Mailgun itself, "changed the MX back to Mailgun": that is the move toward it)
const MX_AWAY_TARGET = String.raw`(?:back[ \t]+to(?![ \t]+(?:mailgun|mx[ab]\.|the[ \t]+mailgun))|away[ \t]+from[ \t]+mailgun|(?:over[ \t]+)?to[ \t]+(?:google|gmail|g[ \t]?suite|microsoft|office[ \t]?365|m365|o365|outlook|exchange|zoho|fastmail|proton|our[ \t]+(?:own|old|previous)|the[ \t]+(?:old|previous)))\b`;
/** Not a move that has not happened: "we haven't changed the MX back yet", "we will move the MX to Google". */
const NOT_DONE_BEFORE = String.raw`(?<!(?:\bnot|n't|\bnever|\bwill|\bshould|\bcould|\bwould|\bto|\bplan|\bplanning|\bgoing)[ \t]+(?:\w{1,12}[ \t]+)?)`;

/**
 * The person says the domain's MX records were moved away from Mailgun already ("I changed the MX for x back to Google
 * Workspace yesterday", "we stopped using Mailgun for inbound", "MX zeigt wieder auf ..."): a refusal from Mailgun's inbound
 * server is then mail from a sender that still uses the old records.
 */
// (within the sentence: the dots inside a domain name do not end it)
export const MX_MOVED_AWAY = [
  String.raw`${NOT_DONE_BEFORE}\b(?:changed|moved|switched|pointed|set|migrated|put|updated)\b(?:[^\n.?!]|\.(?=\S)){0,60}?\bmx\b(?:[^\n.?!]|\.(?=\S)){0,60}?\b${MX_AWAY_TARGET}(?![^\n]{0,60}\?)(?![^\n.]{0,40}\byet\b)|${NOT_DONE_BEFORE}\breverted[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+)?mx\b`,
  String.raw`\bstopped[ \t]+using[ \t]+mailgun[ \t]+for[ \t]+(?:inbound|receiving|incoming)\b|\bno[ \t]+longer[ \t]+(?:use|using|receive)[ \t]+(?:mail[ \t]+)?(?:through[ \t]+|via[ \t]+|with[ \t]+)?mailgun[ \t]+for[ \t]+(?:inbound|receiving|incoming)\b`,
  String.raw`\bmx(?:[ \t]+records?)?[ \t]+(?:now[ \t]+)?(?:points?|pointing|goes|go)[ \t]+(?:back[ \t]+)?(?:to|at)[ \t]+(?:google|gmail|microsoft|office|outlook|zoho|fastmail|exchange)\b`,
  // ("we moved our inbound mail for x over to Google Workspace last Friday": the receiving side said moved, MX or not)
  String.raw`\b(?:moved|switched|migrated)[ \t]+(?:our[ \t]+|the[ \t]+|their[ \t]+)?(?:inbound|incoming)[ \t]+(?:mail|e-?mail)\b(?:[^\n.?!]|\.(?=\S)){0,60}?\bto[ \t]+(?:google|gmail|microsoft|office|outlook|zoho|fastmail|exchange)\b(?![^\n]{0,60}\?)`,
  String.raw`\bmx\b(?:[^\n.?!]|\.(?=\S)){0,40}?\b(?:zurück|wieder)[ \t]+(?:auf|zu)\b(?![ \t]+(?:die[ \t]+)?(?:mailgun|mx[ab]\.))|\bmx\b(?:[^\n.?!]|\.(?=\S)){0,40}?\bde[ \t]+(?:vuelta[ \t]+a|volta[ \t]+(?:para|ao|à))(?![a-zà-ÿ])(?![ \t]+(?:o[ \t]+|el[ \t]+)?(?:mailgun|mx[ab]\.))`,
];

/**
 * A denial that reaches the word MX across a list of record names, up to just before it: "does not have
 * SPF, DKIM or MX records pointing to Mailgun", "has no MX records", "doesn't have any MX record".
 */
// (a comma only between record names: "No, the MX records point to Mailgun" says they do)
export const DENIAL_BEFORE_MX = String.raw`(?:\b(?:not|no|never|without)|n't)\b(?:\s{1,3}(?:have|has|had|got|any|its|their|the|an?|use|using|own)\b){0,3}(?:\s{1,3}(?:spf|dkim|dmarc|txt|a|aaaa|cname|ns|dns)(?:\s{0,3},)?(?:\s{1,3}(?:and|or|nor)\b)?){0,8}\s{1,3}`;

/** One of these is in every match of MX_NOT_MEANT. */
export const MX_NOT_MEANT_NEEDS = ['solo', 'sólo', 'solamente', 'só', 'somente', 'apenas', 'wizard', 'asistente', 'assistent', 'assistant', 'assistente', 'only', 'just', 'sending', 'routes', 'mailgun', 'moved', 'mailboxes', 'inboxes', 'accounts', 'google', 'suite', 'gmail', 'microsoft', 'office', 'm365', 'outlook', 'exchange', 'zoho', 'fastmail', 'メールは', '送信', 'postf', 'mailboxen', 'buzones', 'boites', 'boîtes', 'caixas'];

/** Sendmail's own frame around "Relaying denied": `<a@b>... Relaying denied. Proper authentication required.`, not Mailgun's words. */
export const SENDMAIL_RELAY_WORDING = String.raw`\.\.\.\s*relaying denied|relaying denied\.\s*(?:proper authentication required|ip name (?:lookup failed|possibly forged))`;

/** Other MTAs' relay refusals (Postfix, Exchange, Exim, qmail): Mailgun itself says only "Relaying denied" (KNOWLEDGE.md). */
export const OTHER_MTA_RELAY_WORDINGS = [String.raw`relay access denied`, String.raw`unable to relay`, String.raw`relay not permitted`, String.raw`allowed rcpthosts`, String.raw`(?<![\d.])5\.7\.54(?![\d.])`];

/**
 * An internet provider's filter of outgoing port 25 (a home, mobile or small-business line), answering in place of the
 * server the client dialled: "554 5.7.1 smtp-filter.isp.example: Port 25 blocked for residential customers - relay
 * access denied", a hotel's gateway's "relay access denied on this network - outbound SMTP on port 25 is not permitted".
 * Its relay words are the filter's, not a mail server's decision to relay.
 */
/** A message the receiving server found malformed: Gmail's "not RFC 5322 compliant: 'From' header is missing", "multiple From headers". */
export const MALFORMED_MESSAGE_WORDING = String.raw`not RFC ?5322 compliant|RfcMessageNonCompliant|\b(?:From|Date|Message-ID|Subject)'? header is missing\b|\bmultiple '?(?:From|Date|Sender|To|Subject)'? headers\b`;
export const PORT_25_FILTER_WORDING = String.raw`\bport 25 (?:is )?(?:blocked|filtered|not permitted|not allowed)\b|\bon port 25 (?:is|are) (?:not permitted|not allowed|blocked)\b|\bblocked for (?:residential|dynamic|consumer|home|private) (?:customers|users|lines|ips?|ip ranges|connections|subscribers)\b`;

/** "550 yesterday, 535 today: is that progress or did I make it worse?", "ist das ein Fortschritt?", "c'est un progrès ?" */
export const PROGRESS_ASKED_WORDING = String.raw`\b(?:is|was)[ \t]+(?:that|this|it)[ \t]+(?:(?:a|any)[ \t]+)?progress\b|\bdid[ \t]+(?:our|the|their|my|your)[ \t]+fix[ \t]+work\b|\ba[ \t]+corre[çc][ãa]o[ \t]+funcionou\b|\b(?:hat|hatte)[ \t]+(?:unser|der|ihr|deren)[ \t]+fix[ \t]+(?:funktioniert|geklappt)\b|\bfuncion[óo][ \t]+(?:la|nuestra|su)[ \t]+(?:correcci[óo]n|soluci[óo]n)\b|\bprogress[ \t]+or[ \t]+(?:not|did|is|worse)\b|\b(?:did|have)[ \t]+(?:i|we)[ \t]+(?:just[ \t]+)?(?:make|made)[ \t]+(?:it|things)[ \t]+worse\b|\b(?:ist|war)[ \t]+(?:das|es)[ \t]+(?:(?:jetzt|nun|denn|schon)[ \t]+)?(?:ein[ \t]+)?fortschritt\b|\bis[ \t]+(?:dat|dit|het)[ \t]+(?:nu[ \t]+)?(?:erger|slechter)[ \t]+dan[ \t]+(?:eerst|daarvoor|voorheen|gisteren)\b|\bc'est[ \t]+(?:un[ \t]+)?progrès\b|\b(?:es|é|isso[ \t]+é)[ \t]+(?:un[ \t]+|um[ \t]+)?(?:progreso|progresso|avance|avanço)\b|\bis[ \t]+(?:dat|dit|het)[ \t]+vooruitgang\b`;

/** "Password" as a setting's name in Portuguese, Spanish, German and Dutch code (`SENHA`, `contraseña`, `Kennwort`). */
export const PASSWORD_NAMES_ABROAD = String.raw`senha|contrase[nñ]a|passwort|kennwort|wachtwoord`;

/** A Kubernetes Secret named with its keys ("Secret `mailgun-smtp` exists with keys `username` / `password`"): group 1, its name. */
// (the rule and the reply's advice read it alike)
export const KUBERNETES_SECRET_NAMED = String.raw`\bsecret[ \t]+[\x60'"]?([a-z0-9][a-z0-9.-]{0,62})[\x60'"]?[ \t]+(?:exists[ \t]+)?(?:with|has)[ \t]+(?:the[ \t]+)?keys?\b`;

/** A user name given as a bare domain in quotes ('user "mg.harborfin.com"'): group 1, the domain. */
export const BARE_DOMAIN_LOGIN = String.raw`\b(?:user(?:[ _-]?name)?|login)\b(?:[ \t]+is)?[ \t]*[:=]?[ \t]*["'\u201c]([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})["'\u201d](?![^\n]{0,10}@)`;

/**
 * The company's own phone number, given for the message: "Le numéro du secrétariat c'est le 04 72 00 00 00", "they can call us
 * on +44 20 7946 0000", "call the emergency line (555) 014-2290", "nos puede llamar al +34 ...": group 1, the number (six digits
 * or more, and not a date, a time or an address, checked by its reader). Not an outsider's own, "(patient, tel. 0171 ...)", nor
 * an order's or a booking's number.
 */
export const PHONE_GIVEN = String.raw`(?<![a-zà-ÿ])(?:call[ \t]+us|ring[ \t]+us|reach[ \t]+us|call[ \t]+(?:the[ \t]+)?(?:office|reception|front[ \t]+desk|emergency[ \t]+line|hotline|practice|clinic|school|hotel)|our[ \t]+(?:phone|number|line|hotline|office|reception)|(?:office|reception|front[ \t]+desk|hotline)(?:'s)?[ \t]+(?:phone|number|line)|secrétariat|sekretariat|secretar[íi]a|secretaria|recepción|recepção|rezeption|empfang|receptie|nous[ \t]+joindre|uns[ \t]+(?:telefonisch|unter)|llamar(?:nos)?|ligar[ \t]+para[ \t]+(?:nós|a[ \t]+(?:secretaria|recepção|clínica|escola))|chiamarci|chiamare[ \t]+la[ \t]+(?:reception|segreteria)|segreteria|ons[ \t]+bellen|bel[ \t]+ons|zadzwoni[ćc](?:[ \t]+do[ \t]+nas|(?![ \t]+do(?![a-ząćęłńóśźż]))))(?![a-zà-ÿ])[^\n\d@]{0,40}?(\+?\(?\d[\d \t()./-]{5,18}\d)(?![\d@])`;
/**
 * A date or a time after a message's word on its line, news the person wants passed on: "eine kurze Nachricht ... an die
 * Eltern formulieren: Elternabend 14.11., 19 Uhr", "something short ... mentioning the appointment on Nov 19 at 10:30",
 * "due righe ... per i soci: ... entro il 30 aprile", "un mensaje ... que la excursión es el viernes 21". (Not a phone
 * number: its digits run on.)
 */
const MONTHS = String.raw`jan(?:uary|uar|vier|uari)?|janeiro|fevereiro|februari|março|maart|maio|mei|junho|julho|augustus|setembro|outubro|novembro|dezembro|feb(?:ruary|ruar)?|février|mar(?:ch|zo|s)?|märz|apr(?:il|ile)?|avril|abril|may|mai|mayo|maggio|jun[ei]?|juni|juin|junio|giugno|jul[iy]?|juillet|julio|luglio|aug(?:ust)?|août|agosto|sep(?:t|tember|tembre|tiembre)?|settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?|décembre|diciembre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia`;
const WEEKDAYS = String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela`;
const LETTER = 'a-zà-ÿąćęłńóśźż';
// (not a ticket's internal note, "Camille (note interne) · 18 nov. 2024, 11:30", "Internal note · Mar 3": its label and timestamp)
// (not a thread's own heading, "----- Message 4 (customer, Mar 13, 16:20) -----")
// (nor a bounce's own report of a time, Sendmail's "The original message was received at Thu, 14 Nov 2024 10:46:20")
// (the heading's look-behind after the word: tried only where a word matched, from its end, not at every position)
export const DETAILS_GIVEN = String.raw`(?<![${LETTER}])(?<!internal[ \t]{1,3})(?:message|note|text|sms|nachricht|mensaje|mensagem|messaggio|bericht(?:je)?|wiadomo[śs][ćc]|righe|mot|short|kurze|corto|court|breve|kort|krótk[aią])(?![${LETTER}])(?![-_]|["'][ \t]*[:=]|[ \t]*=|[ \t]+(?:was|were)[ \t]+(?:received|sent|delivered|queued)\b)(?<!(?:^|\n)[ \t]*[-=_*]{3}[^\n]{0,80})(?![ \t]*(?:interne|interna|internal|intern)(?![${LETTER}]))[^\n]{0,200}?(?:(?<![\d:.])\d{1,2}[:h]\d\d(?![\d:])|(?<![\d.])\d{1,2}\.\d{1,2}\.(?!\d)|(?<![\d.])\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+|de[ \t]+)?(?:${MONTHS})(?![${LETTER}])|(?<![${LETTER}])(?:${MONTHS})[ \t]+\d{1,2}(?!\d)|(?<![${LETTER}])(?:${WEEKDAYS})(?![${LETTER}]))`;
export const DETAILS_GIVEN_NEEDS = ['message', 'note', 'text', 'sms', 'nachricht', 'mensaje', 'mensagem', 'messaggio', 'bericht', 'wiadomo', 'righe', 'mot', 'short', 'kurze', 'corto', 'court', 'breve', 'kort', 'krótk'];

export const PHONE_GIVEN_NEEDS = ['call', 'ring', 'reach', 'our', 'office', 'reception', 'front', 'hotline', 'secrétariat', 'sekretariat', 'secretar', 'recepción', 'recepção', 'rezeption', 'empfang', 'receptie', 'joindre', 'uns', 'llamar', 'ligar', 'chiamar', 'segreteria', 'bel', 'zadzwoni'];

/**
 * Someone outside the company named, then the message asked for them by a pronoun, in one paragraph: "Frau Albrecht (patient) called
 * ... Can you write me a short message I can send her", "O pai (Ricardo) ligou ... uma mensagem curta para ele". The reply reads the
 * noun from the excerpt (OUTSIDE_READER_WORDS: each reader's words). (A singular noun: "patients ... send her" is another her.)
 */
export const OUTSIDE_READER_WORDS: Readonly<Record<string, string>> = {
  patient: String.raw`patient|patientin|paciente|patiente|paziente|pacjent(?:ka)?`,
  tenant: String.raw`tenant|mieter(?:in)?|locataire|inquilin[oa]|huurder|najemc[ay]`,
  guest: String.raw`guest|gast|hu[ée]sped|h[óo]spede|ospite`,
  parent: String.raw`parent|pai|m[ãa]e|vater|mutter|padre|madre|respons[áa]vel|p[èe]re|m[èe]re`,
  member: String.raw`member|mitglied|socio|membre|miembro|membro|lid|członek`,
  supplier: String.raw`supplier|lieferant|fornecedor|proveedor|fournisseur|fornitore|dostawca`,
};
const OUTSIDE_NOUNS = Object.values(OUTSIDE_READER_WORDS).join('|');
/** A word after a reader's word that makes it no person: "parent company", "member account". */
export const NOT_A_PERSON_AFTER = String.raw`(?![ \t]+(?:company|companies|domain|account|organi[sz]ation))`;
export const OUTSIDER_THEN_PRONOUN = String.raw`(?<![a-zà-ÿ])(?:${OUTSIDE_NOUNS})(?![a-zà-ÿ])${NOT_A_PERSON_AFTER}[^\n]{0,300}?(?:\b(?:send|to|for|tell|give)[ \t]+(?:her|him|them)\b|\bfür[ \t]+(?:sie|ihn)\b|\bpara[ \t]+(?:ele|ela|él|ella)(?![a-zà-ÿ])|\bper[ \t]+(?:lui|lei)\b|\bpour[ \t]+(?:lui|elle)\b|\bvoor[ \t]+(?:hem|haar)\b|\b(?:do|dla)[ \t]+(?:niej|niego)(?![a-ząćęłńóśźż]))`;

/** A person saying someone was writing to the domain (mail coming in), not sending from it. */
export const WRITING_IN = [
  // Not when the direction is the question ("is it outbound or inbound?") or both ("for sending and receiving").
  // (and not in a question: "do you also receive mail through Mailgun?")
  // (the look-behind after the word: tried only where the word is, not at every position)
  // (not a host's name: `inbound-n03.prod.eu-central-1.postgun.com`, `inbound.sbcglobal-mail.net`)
  // (nor a question reported: "they asked if they need an inbound route"; nor one domain of two, "x.com (receiving, MX on
  // Mailgun) and mg.x.com (sending)"; nor the second of two, each with its aside, "both sending (quotes from their CRM) and
  // receiving (jobs@x goes through a Route)"); nor a URL's path, a route's `forward("https://crm.x.com/inbound")`)
  String.raw`\b(?:inbound|incoming|receiving)(?<!\b(?:asked|asks|asking|wonders?|wondered|wondering)\b[^\n.?!]{0,30}?\b(?:if|whether)\b[^\n.?!]{0,40}\b(?:inbound|incoming|receiving))(?<!/(?:inbound|incoming|receiving))\b(?!-)(?![\w-]*\.[a-z0-9-]{1,63}\.[a-z]{2,24}\b)(?<!\b(?:one|two|three|\d{1,2}) receiving)(?<!(?:outbound|outgoing|sending|send)(?: \([^()\n]{0,80}\))? (?:or|and) (?:for |on )?(?:inbound|incoming|receiving))(?! (?:or|and) (?:outbound|outgoing|sending)\b)(?![^\n]{0,80}\band\b[^\n]{0,40}\b(?:outbound|outgoing|sending)\b)(?![^\n]{0,200}\?)`,
  String.raw`\breceives? (?:mail |email )?(?:through|via|with) mailgun(?![^\n]{0,200}\?)`,
  // (not the person's own mail to a third party of theirs, "when we send to our partner", "emailing their suppliers")
  String.raw`(?:emailing|e-mailing|writing to|write to|reply to|replying to|sending to|send to|reach) (?:us|our|my|their|the customer's|our customer's|your)\b(?![ \t]+(?:(?:own|new|main|biggest|old|b2b)[ \t]+)?(?:partners?|clients?|customers?|suppliers?|vendors?|contacts?|recipients?|subscribers?|members?|users?|leads?|patients?|guests?|tenants?|distributors?|resellers?|friends?|colleagues?)\b)`,
  // (someone writing to a role address, "they used their gmail to write to support@x": not "sending to", which an app does to customers' too)
  String.raw`(?:emailing|e-mailing|writing to|write to|writes to|wrote to|reach) (?:support|info|sales|contact|hello|office|orders?|billing|hr|jobs|careers|admin|help|service|ventas|kontakt|contacto)@`,
  // ("klanten van ons krijgen een bounce als ze mailen naar facturen@", "our customers get a bounce when they email orders@": the
  // writers bounced)
  String.raw`\b(?:klanten|leveranciers|customers|clients|suppliers|kunden)\b[^\n.]{0,30}?\b(?:krijgen|get|receive|bekommen)\b[^\n.]{0,30}?\bbounces?\b[^\n.]{0,20}?\b(?:als|when(?:ever)?|if|wenn)[ \t]+(?:ze|they|sie)[ \t]+(?:mailen|e-?mailen|schrijven|write|e-?mail|mail|schreiben)[ \t]+(?:naar|to|an)\b`,
  // (in other languages: "cuando intenta escribirnos a pedidos@", "wenn sie uns schreiben", "quand ils nous écrivent")
  // (the infinitive, of someone trying to write: not a ticket's "el cliente nos escribe", which reports what was said)
  String.raw`\b(?:escribirnos|mandarnos|enviarnos|uns (?:zu )?(?:schreiben|mailen)|nous écrire|scriverci|ons (?:te )?mailen|escrever-nos)\b`,
  // ("seine Mails an unser Supportpostfach kommen zurück", "ses mails à notre adresse de support reviennent")
  String.raw`\b(?:seine|ihre|deren)[ \t]+(?:e-?mails|mails|nachrichten)[ \t]+an[ \t]+(?:unser|unsere|unseren)\b|\b(?:ses|leurs)[ \t]+(?:e-?mails|mails|messages)[ \t]+(?:à|a|vers)[ \t]+(?:notre|nos)\b`,
  // (people writing to an address of the customer's: "cuando le escriben a facturas@x", "quando escrevem para vendas@x")
  String.raw`\b(?:cuando|quando)[ \t]+(?:(?:le|les|nos|me|lhe|lhes)[ \t]+)?(?:escriben|escrevem|mandan|mandam)[ \t]+(?:a|para|pra)[ \t]+<?[a-z0-9._%+-]{1,64}@`,
  // (Portuguese, a customer's "tentei mandar email pra vocês", "enviei um e-mail para vocês")
  String.raw`\b(?:mandar|enviar|mandei|enviei|mandou|enviou|mandamos|enviamos)[ \t]+(?:um[ \t]+)?e-?mails?[ \t]+(?:pra|para)[ \t]+(?:vocês|voces|a[ \t]+gente)(?![a-zà-ÿ])`,
  // (Dutch, a customer's "als ik jullie mail stuur krijg ik 'Relaying denied' terug")
  String.raw`\b(?:als|wanneer)[ \t]+ik[ \t]+(?:jullie|u)[ \t]+(?:een[ \t]+)?(?:mail|e-?mail|mailtje|bericht)[ \t]+(?:stuur|verstuur)\b`,
  // (Polish and Italian, someone who wrote to an address of ours: "napisała do nas na reklamacje@x", "ci ha scritto all'indirizzo ordini@x")
  String.raw`\bnapisał(?:a|y|o)?[ \t]+do[ \t]+nas[ \t]+na[ \t]+[^\s@]{1,64}@|\bci[ \t]+(?:ha|hanno)[ \t]+scritto[ \t]+(?:all'indirizzo|a)[ \t]+[^\s@]{1,64}@`,
  // (Russian, "клиент пишет на info@x", "не может нам написать")
  String.raw`(?<![а-яё])(?:пишет|пишут|написал|написала|написали)[ \t]+(?:нам[ \t]+)?на[ \t]+[a-z0-9._%+-]{1,64}@|(?<![а-яё])не[ \t]+мо(?:жет|гут)[ \t]+нам[ \t]+(?:написать|отправить)(?![а-яё])`,
  // (Dutch, "een leverancier zegt dat hij ons niet kan mailen")
  String.raw`\bons[ \t]+niet[ \t]+(?:kan|kunnen|kon|konden)[ \t]+(?:e-?)?mailen\b|\b(?:kan|kunnen|kon|konden)[ \t]+ons[ \t]+niet[ \t]+(?:e-?)?mailen\b`,
  String.raw`(?:customers?|suppliers?|users?|prospects?|someone|people|patients|senders?|clients?) (?:\S+ )?(?:can't|cannot|can not|could not|couldn't|are unable to) (?:reach|email|write to|send to)`,
];

/** A login map's line whose password is a template's example value (sasl_passwd's `[smtp.mailgun.org]:587 postmaster@x:your_password`). */
export const MAP_EXAMPLE_PASSWORD = String.raw`\]:\d{2,4}[ \t]+[^\s:@]{1,64}@[^\s:]{1,253}:(?:your[_-][\w-]{1,30}|change[_-]?me|\[(?:your|my|the|smtp|mailgun|insert|put)[\w -]{0,30}\]|<(?:your|my|insert)[\w -]{0,30}>)(?=[ \t]*(?:\n|$))`;
export const MAP_EXAMPLE_PASSWORD_NEEDS = ['your', 'change', 'insert', 'my', 'the', 'smtp', 'mailgun', 'put'];
