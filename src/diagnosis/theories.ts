/**
 * A colleague's or customer's theory of the cause, said in the paste ("our web guy says it's Gmail blocking us", "Mein
 * Kollege meint, unser Mailgun-Passwort ist abgelaufen", "acha que a caixa de entrada está cheia", "she thinks we need to
 * upgrade our plan"): the reply says whether it holds. Read from the paste as written, before a person's guesses are set
 * aside: 'IT guy says "it's relaying denied – our Mailgun credentials have expired"' holds both.
 */
import { guarded, type GuardedPattern } from './guarded.js';
import { lineAt, REPLY_CODE } from './patterns.js';
import { wordGuard } from './word-scan.js';

/** Verbs that give someone's theory, in the pastes' languages ("says", "meint", "acha", "dice", "mówi", "zegt"). */
// (not "said": Postfix's `host X said: 421 ...` is a server's reply)
// ("saying" of a person, "Priya left a note saying ...", not of an error: "a bounce saying mailbox full")
const SAYS = String.raw`(?:says?|saying(?<!(?:error|bounce|message|notice|reply|response|ndr|log|line|pop-?up|dialog|banner|screen|mail|email)[ \t]{1,3}saying)|thinks?|thought|believes?|claims?|reckons?|suspects?|insists?|swears?|is[ \t]+sure|(?:is|are|'re)[ \t]+convinced|meint|glaubt|sagt|vermutet|vermute|acha|diz|dizem|falam|cree|creen|dice|dicen|dicono|piensa|pense|pensent|dit|disent|croit|zegt|denkt|mówi|uważa|myśli|twierdzi|pensa|crede)`;

/** One of SAYS's words as a literal: most pastes hold none, and three of the theories need one. */
const SAYS_GUARD = wordGuard(['say', 'think', 'thought', 'believ', 'claim', 'reckon', 'suspect', 'insist', 'swear', 'sure', 'convinced', 'meint', 'glaubt', 'sagt', 'vermute', 'acha', 'diz', 'falam', 'cree', 'dice', 'dicono', 'piensa', 'pense', 'dit', 'croit', 'zegt', 'denkt', 'mówi', 'uważa', 'myśli', 'twierdzi', 'pensa', 'crede']);

/**
 * Systems on the mail's way that people blame for a refusal, besides Mailgun and the sender's login: the hosting's SMTP
 * restrictions (cPanel/WHM), a firewall, an antivirus, a VPN, Docker's network, Cloudflare, a WordPress security plugin, an
 * app's alias domain, Plesk, Zimbra.
 */
export const OTHER_SYSTEMS = String.raw`cpanel|whm|smtp[ \t]+restrictions?|cloudflare|firewall|pare-?feu|cortafuegos|anti-?virus|virenscanner|vpn|docker|wordfence|security[ \t]+plugin|plugin[ \t]+de[ \t]+sécurité|alias-?[ \t]?domain|plesk|zimbra|imunify360`;

// (a compound's first part too: "das Docker-Netzwerk", "the Cloudflare-proxied records")
/** The few words between "is it" or "it's" and the system it names: "is it really the", "liegt es wirklich an der", "puede ser la". */
const FEW_WORDS = String.raw`(?:[ \t]+(?:really|just|the|our|their|his|her|because[ \t]+of|due[ \t]+to|wirklich|an|am|der|die|das|dem|den|unserem|unserer|unsere|vraiment|la|le|les|el|a|o|à|al|au|son|sa|su|seu|sua|realmente)){0,4}`;
const SYSTEM_NAMED = String.raw`(?<![\w.-])(?:${OTHER_SYSTEMS})(?!\w)`;
/** Words after a system that blame it: "is blocking", "is what's killing", "is the problem", "can't be Mailgun". */
const BLAMED_AFTER = String.raw`[^\n?!]{0,60}?(?:\b(?:block\w{0,4}|kill\w{0,4}|eat\w{0,4}|break\w{0,4}|reject\w{0,4}|refus\w{0,4}|caus\w{0,4}|problem\w{0,2}|reason|fault|culprit|bloqu\w{0,5}|schuld|culpa)\b|\bproblème|\b(?:can't|cannot|can[ \t]+not|couldn't)[ \t]+be[ \t]+mailgun\b|\bthat(?:'s|[ \t]+is)[ \t]+it\b)`;

export const THEORIES: ReadonlyArray<readonly [feature: string, pattern: GuardedPattern, saysFirst: boolean]> = [
  // "He says it's Gmail blocking us", "Lui dice che è Libero che ci blocca"
  ['theory:provider-blocking', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n.?!]{0,60}?\b(?:gmail|google|outlook|hotmail|microsoft|yahoo|libero|gmx|web\.de|t-online|orange|icloud|aol|seznam|wp\.pl|onet|barracuda|mimecast|proofpoint|the[ \t]+recipient(?:'s)?(?:[ \t]+server)?|their[ \t]+(?:server|provider|mail[ \t]+server)|[a-z0-9-]{2,63}\.(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?)\b[^\n.?!]{0,30}?\b(?:block(?:s|ing|ed)?|blockier\w{0,3}|ci[ \t]+blocca|blocca|bloque\w{0,4}|blokuje|blokkeert)\b`, 'i'), ['block', 'blocca', 'bloque', 'blokuj', 'blokk']), true],
  // (asked, not said: "is this Gmail's fault? they want to open a ticket with Google")
  // (or "Is Barracuda blocking us?", "asks whether Proofpoint has blocked Mailgun's IPs")
  ['theory:provider-blocking', guarded(/\bis[ \t]+(?:this|it)[ \t]+(?:gmail|google|outlook|hotmail|microsoft|yahoo|gmx|icloud|aol)(?:'s)?[ \t]+(?:fault|problem|issue)\b|\bopen[ \t]+a[ \t]+(?:ticket|case)[ \t]+with[ \t]+(?:google|gmail|microsoft|outlook|yahoo)\b|\bis[ \t]+(?:gmail|google|outlook|hotmail|microsoft|yahoo|gmx|icloud|aol|barracuda|mimecast|proofpoint)[ \t]+(?:blocking|rejecting)[ \t]+(?:us|them|you|our|their|my)\b|\b(?:asks?|asked|asking|wonders?|wondering|wants?[ \t]+to[ \t]+know)[ \t]+(?:me[ \t]+|us[ \t]+)?(?:if|whether)[ \t]+(?:gmail|google|outlook|hotmail|microsoft|yahoo|gmx|icloud|aol|barracuda|mimecast|proofpoint)[ \t]+(?:has[ \t]+|have[ \t]+|is[ \t]+|are[ \t]+)?(?:block(?:s|ed|ing)?|blacklist(?:s|ed|ing)?)\b/i, ['fault', 'problem', 'issue', 'ticket', 'case', 'blocking', 'rejecting', 'block', 'blacklist']), false],
  // "They're convinced they got blocklisted", "he thinks our IP is blacklisted", "il pense qu'on est sur une liste noire"
  // (or asked: "Is the customer blocklisted?", "Are we on a blacklist?")
  ['theory:blocklisted', guarded(new RegExp(String.raw`\b(?:is|are)[ \t]+(?:we|they|you|it|the[ \t]+customer|our[ \t]+(?:company|domain|ip|server)|their[ \t]+(?:company|domain|ip|server)|[a-z0-9.-]{1,60})[ \t]+(?:now[ \t]+)?(?:block|black|deny|ban)[ \t-]?listed\b|\b(?:${SAYS}|convinced|überzeugt|convaincus?|convencid[oa]s?|convint[oi]|overtuigd|przekonan[iy])\b[^\n.?!]{0,60}?(?:\b(?:block|black|deny|ban)[ \t-]?listed\b|\bon[ \t]+(?:a|the|some|their|spamhaus'?s?)[ \t]+(?:block|black|deny|ban|spam)[ \t-]?list\b|\bsur[ \t]+(?:une[ \t]+)?liste[ \t]+noire\b|\bauf[ \t]+(?:einer|der)[ \t]+blacklist\b|\ben[ \t]+(?:una[ \t]+)?lista[ \t]+negra\b|\bna[ \t]+(?:czarnej[ \t]+liście|lista[ \t]+negra)\b|\bin[ \t]+(?:una[ \t]+)?(?:blacklist|lista[ \t]+nera)\b|\bop[ \t]+een[ \t]+(?:zwarte[ \t]+lijst|blacklist)\b)`, 'i'), ['listed', 'list', 'liste', 'lista', 'liście', 'lijst', 'blacklist']), true],
  // "Their dev thinks Mailgun refused it because their SMTP password is wrong", "il pense que le mot de passe est faux"
  ['theory:password-wrong', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n?!]{0,80}?\b(?:password|passwort|senha|contraseña|mot[ \t]+de[ \t]+passe|wachtwoord|hasło|credentials?|creds|login|zugangsdaten)\b[^\n?!]{0,20}?\b(?:is|are|was|were|ist|sind|é|es|est|zijn|jest)[ \t]+(?:wrong|incorrect|bad|invalid|falsch|errad[ao]|incorrect[ao]|errat[ao]|fout|faux|fausse|błędne)\b`, 'i'), ['wrong', 'incorrect', 'bad', 'invalid', 'falsch', 'errad', 'errat', 'fout', 'faux', 'fausse', 'błędne']), true],
  // ("Ele acha que o problema é a senha SMTP dele", "he thinks the problem is the password": the password named as the cause)
  ['theory:password-wrong', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n?!]{0,60}?\b(?:o[ \t]+problema|the[ \t]+problem|el[ \t]+problema|le[ \t]+problème|das[ \t]+problem|het[ \t]+probleem|il[ \t]+problema|problem)[ \t]+(?:é|is|es|est|ist|è|jest)[ \t]+(?:a[ \t]+|o[ \t]+|the[ \t]+|la[ \t]+|el[ \t]+|le[ \t]+|das[ \t]+|die[ \t]+|het[ \t]+|il[ \t]+)?(?:(?:smtp|his|her|their|our)[ \t]+)?(?:senha|password|contraseña|mot[ \t]+de[ \t]+passe|passwort|wachtwoord|hasło)\b`, 'i'), ['problem', 'problema', 'problème', 'probleem']), true],
  // "Mein Kollege meint, unser Mailgun-Passwort ist abgelaufen", "our Mailgun credentials have expired", "has the password expired?",
  // "did our Mailgun API key expire or something?"
  ['theory:credentials-expired', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n?!]{0,80}?\b(?:password|passwort|senha|contraseña|mot[ \t]+de[ \t]+passe|wachtwoord|hasło|credentials?|creds|login|zugangsdaten|credenciais|credenciales|identifiants)\b[^\n?!]{0,40}?(?:\bexpir\w{0,4}|\babgelaufen\b|\bcaducad[oa]s?\b|\bverlopen\b|\bwygas\w{0,3}|\bscadut[aeio]\b)|\b(?:has|have|did)[ \t]+(?:the|our|my|their)[ \t]+(?:mailgun[ \t]+)?(?:smtp[ \t]+)?(?:password|credentials|login|api[ \t]+key)[ \t]+expired?\b[^\n?]{0,30}\?|\b(?:our|the|my|their)[ \t]+(?:mailgun[ \t]+)?(?:smtp[ \t]+)?(?:password|credentials|login)[ \t]+(?:has|have|had)[ \t]+expired\b`, 'i'), ['expir', 'abgelaufen', 'caducad', 'verlopen', 'wygas', 'scadut']), false],
  // "acha que a caixa de entrada está cheia", "thinks their inbox is full"
  ['theory:mailbox-full', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n?!]{0,80}?\b(?:inbox|mailbox|caixa(?:[ \t]+de[ \t]+entrada)?|postfach|bandeja(?:[ \t]+de[ \t]+entrada)?|boîte(?:[ \t]+(?:de[ \t]+réception|mail))?|brievenbus|skrzynka|casella)\b[^\n?!]{0,30}?(?:\bfull\b|\bcheia\b|\bvoll\b|\bllena\b|\bpleine\b|\bvol\b|\bpełna(?![a-ząćęłńóśźż])|\bpiena\b)`, 'i'), ['full', 'cheia', 'vol', 'llena', 'pleine', 'pełna', 'piena']), true],
  // "thinks it's because they're on Mailgun's free plan and hit the limit", "Kolega mówi, że przekroczyliśmy limit"
  ['theory:plan-limit', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n?!]{0,80}?(?:\b(?:upgrade|free|paid|higher|bigger|our|their|the|mailgun(?:'s)?)[ \t]+(?:mailgun[ \t]+)?(?:plan|tier)\b|\bupgrade\b(?<!\b(?:os|system|server|software|ubuntu|debian|distro|dist|kernel|package|php|node|python|wordpress|plugin|postfix|exim|version|release|security)[\"'”]?[ \t-]{1,2}upgrade)|\b(?:sending|send|daily|monthly|hourly|rate|message|email|account|free)[ \t]+limits?\b|\b(?:hit|reached|exceeded|over|past)[ \t]+(?:the[ \t]+|our[ \t]+|their[ \t]+|a[ \t]+|its[ \t]+)?limits?\b|\blimite\b|\bprzekroczy[a-ząćęłńóśźż]{0,8}[ \t]+limit|\bquota\b)`, 'i'), ['plan', 'tier', 'upgrade', 'limit', 'quota']), true],
  // "our client says "access denied" = relaying denied and we need to fix our Mailgun config", "he thinks it's relaying denied"
  // (answered where the error is another: a person's reading of it as a relay refusal)
  // (or a colleague's note quoted under its label, "Nota del collega:\n> È un relaying denied", or a ticket's tag, "Colleague tagged this
  // as "relaying denied, customer needs SMTP creds"")
  ['theory:relay-denied', guarded(new RegExp(String.raw`(?:\b${SAYS}\b[^\n?!]{0,80}?|\b(?:note|nota|notiz|notitie|notatka|comment|kommentar|commentaire|comentario)\b[^\n:]{0,40}:[ \t]*\n[ \t>]*[^\n?!]{0,40}?|\b(?:tagged|labell?ed|marked|flagged|filed)[ \t]+(?:this|it|the[ \t]+ticket)[ \t]+as\b[^\n?!]{0,20}?)\brelay(?:ing)?[ \t]+(?:access[ \t]+)?denied\b`, 'i'), ['relay']), true],
  // "Le client pense que c'est boulangerie-martin.fr qui refuse", "he thinks the recipient's server is rejecting it", "glaubt, der
  // Empfänger lehnt ab": the recipient's side said to refuse
  ['theory:recipient-refusing', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n?!]{0,40}?(?:(?<![a-zà-ÿ])(?:c'est|es|é|è|it's|it[ \t]+is)[ \t]+(?:(?:le|la|el|o|il|the)[ \t]+)?(?:[a-z0-9-]{2,63}\.[a-z0-9.-]{2,60}|destinataire|destinatario|destinatário|recipient(?:'s[ \t]+server)?)[ \t]+(?:qui|que|che|who|that)[ \t]+(?:refuse|rejette|bloque|rechaza|bloquea|recusa|bloqueia|rifiuta|blocca|refuses|rejects|blocks)\b|\b(?:the[ \t]+)?(?:recipient(?:'s)?|their)[ \t]+(?:mail[ \t]+)?server[ \t]+(?:is[ \t]+)?(?:refusing|rejecting|refuses|rejects|bouncing)\b|\b(?:der|die)[ \t]+empfänger(?:in)?[ \t]+(?:lehnt|blockt|blockiert)\b)`, 'i'), ['refuse', 'rejette', 'bloque', 'rechaza', 'bloquea', 'recusa', 'bloqueia', 'rifiuta', 'blocca', 'rejects', 'blocks', 'refusing', 'rejecting', 'bouncing', 'lehnt', 'blockt', 'blockiert']), true],
  // Another system on the way blamed: 'swears their host's cPanel "SMTP Restrictions" is what's killing their order emails',
  // "They're convinced it's Cloudflare Email Routing eating the mail", "meint, das Problem liege an der "Alias-Domain" in Odoo",
  // "Liegt es wirklich an der Alias-Domain?", "persuadé que c'est son plugin de sécurité (Wordfence)"
  ['theory:other-system', guarded(new RegExp(String.raw`(?:\b(?:blam(?:e|es|ed|ing)|theor(?:y|ie|ia)|teoría|théorie|convinced|swears?|swore)\b|\bpersuadée?s?(?![\wà-ÿ])|\bconvencid[oa]s?\b|(?<![\wà-ÿ])überzeugt\b)[^\n?!]{0,100}?${SYSTEM_NAMED}|\b${SAYS}\b[^\n?!]{0,60}?${SYSTEM_NAMED}${BLAMED_AFTER}|\b${SAYS}\b[^\n?!]{0,30}?(?<![\wà-ÿ'])(?:it's|it[ \t]+is|c'est|es|é|è|ist|liege|liegt)(?![\wà-ÿ])${FEW_WORDS}[ \t]+["'\u201c\u201e]?${SYSTEM_NAMED}|\b(?:is[ \t]+it|liegt[ \t]+(?:es|das)|est-ce|puede[ \t]+ser|pode[ \t]+ser|could[ \t]+it[ \t]+be)\b${FEW_WORDS}[ \t]+["'\u201c\u201e]?${SYSTEM_NAMED}[^\n?!.]{0,40}\?`, 'i'), ['cpanel', 'whm', 'restriction', 'cloudflare', 'firewall', 'pare-feu', 'parefeu', 'cortafuegos', 'antivirus', 'anti-virus', 'virenscanner', 'vpn', 'docker', 'wordfence', 'security', 'sécurité', 'alias', 'plesk', 'zimbra', 'imunify']), false],
  // "They think the greylisting is the problem and want us to whitelist them"
  // (a person's, not a bounce's or a server's "says ... Greylisted"; not denied: "he says it's not greylisting")
  ['theory:greylisting', guarded(new RegExp(String.raw`(?<!\b(?:bounce|server|error|log|message|ndr|reply|response|it)[ \t]{1,3})\b${SAYS}\b(?![^\n?!]{0,30}\b(?:not|isn't|no|non|nicht|kein\w{0,2}|pas|não|nie)\b)(?![^\n?!]{0,60}?\b(?:disattivat\w|deactivated|disabled|turned[ \t]+off|abgeschaltet|deaktiviert|désactivé\w?|desactivad\w|desativad\w)\b)[^\n?!]{0,60}?\b(?:grey|gray)[ \t-]?list(?:ing|ed)?\b`, 'i'), ['grey', 'gray']), true],
  // "Partner's IT guy says "your SPF/DKIM is broken, fix your authentication"", "er meint, unser DKIM ist kaputt"
  ['theory:authentication', guarded(new RegExp(String.raw`\b${SAYS}\b[^\n?!]{0,80}?\b(?:spf|dkim|dmarc)\b`, 'i'), ['spf', 'dkim', 'dmarc']), true],
];

/** Each theory the paste states, as its feature and the words that state it. */
export function theoriesIn(pasted: string): Array<[feature: string, excerpt: string]> {
  const found: Array<[string, string]> = [];
  const says = SAYS_GUARD.test(pasted);
  for (const [feature, pattern, saysFirst] of THEORIES) {
    const m = says || !saysFirst ? pattern.exec(pasted) : null;
    // (a person's words: not a server's reply line, which holds a reply code)
    if (m && !REPLY_CODE.test(lineAt(pasted, m.index))) found.push([feature, m[0]]);
  }
  return found;
}
