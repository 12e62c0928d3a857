/**
 * A person's guess that the error is a relay refusal ("is this the relaying denied thing?"): their
 * words, not a server's. Set aside (blanked, positions kept) beside a server's other error.
 */
import { ENHANCED_CODE, HTTP_STATUS_LINE, RELAY_LINE, REPLY_CODE, REPLY_CODES } from './patterns.js';
import { CONNECTION_FAILURES } from './rules/kinds/other.js';
import { RELAY_PHRASES } from './rules/relay.js';
import { joinPatterns } from './rules/schema.js';

/** Verbs of belief in the languages of the pastes (not German "meinen", also "my"): "they think it is the relaying denied". */
// (and of insisting: "el cliente insiste en que es un "relay denied"", "jura que", "behauptet", "beweert")
// (and Dutch "volgens" with a person after it, according to: "Volgens de directeur is het "relaying denied" want er staat 5.7.1";
// not "Volgens de foutmelding is het ...", the server's words)
const BELIEF_VERBS = String.raw`volgens[ \t]+(?:(?:de|het|mijn|onze|hun|zijn|haar)[ \t]+)?(?:directeur|directie|klant|baas|collega|eigenaar|beheerder|leverancier|hem|haar|hen|hun)|denkt|glaubt|vermutet|meint|denken|glauben|cree|piensa|supone|creen|piensan|pense|croit|suppose|pensent|croient|acha|acredita|acham|gelooft|vermoedt|crede|pensano|credono|myśli|uważa|sądzi|insiste|insisten|insistem|insistono|jure|jurent|jura|juran|asegura|aseguran|sostiene|sostengono|affirme|affirment|behauptet|behaupten|beweert|beweren`;

/**
 * "Is this relaying denied?", "could that be the relay access denied thing?", "is this the mailgun relaying denied thing?": a person's guess, not a server's words.
 * (a quoted phrase may be a longer error's start, with where it was seen after: 'is this the "unable to relay recipient in non-accepted domain" thing from last quarter again?')
 */
const GUESS_QUESTION = new RegExp(
  String.raw`\b(?:is|was|are|could|would|might)\s+(?:this|that|it|these|those)\s+(?:be\s+)?(?:the\s+|a\s+|an\s+)?(?:mailgun(?:'s)?\s+)?["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?(?:\s+(?:error|issue|problem|thing|one|bounce)s?)?[^\n?.]{0,30}\?` +
    // (a quoted phrase that opens a longer error, then where it was seen, with no second question after a comma)
    String.raw`|\b(?:is|was|are|could|would|might)\s+(?:this|that|it|these|those)\s+(?:be\s+)?(?:the\s+|a\s+|an\s+)?["\u201c](?:${joinPatterns(RELAY_PHRASES).source})[^"\u201d\n]{0,60}["\u201d](?:\s+(?:error|issue|problem|thing|one|bounce)s?)?[^\n?.,;]{0,50}\?` +
    // (the phrase hyphenated into a name: "Is this a relay-denied on Google's side?")
    String.raw`|\b(?:is|was|are|could|would|might)\s+(?:this|that|it|these|those)\s+(?:be\s+)?(?:the\s+|a\s+|an\s+)?(?:mailgun(?:'s)?\s+)?["'\u201c]?relay(?:ing)?-(?:denied|refused|rejected)\b[^\n?]{0,40}\?` +
    // (and in other languages: Polish "Czy to jest "relaying denied"?", Spanish "¿Es esto un relaying denied?", Portuguese
    // "Isso é relaying denied?", French "Est-ce un relaying denied ?", Dutch "Is dit een relaying denied?", Italian "È un relaying
    // denied?", "Si tratta di un relay denied?", Russian "Это relaying denied?", Spanish "¿Es un relay denied?")
    String.raw`|(?:\bczy[ \t]+to[ \t]+(?:(?:jest|też|także|również|znowu)[ \t]+){0,2}|¿?\bes[ \t]+(?:esto|este|eso)[ \t]+(?:un[ \t]+|el[ \t]+)?|\best-ce[ \t]+(?:que[ \t]+c'est[ \t]+)?(?:un[ \t]+|le[ \t]+)?|\b(?:isso|isto)[ \t]+é[ \t]+(?:o[ \t]+|um[ \t]+)?|\bis[ \t]+dit[ \t]+(?:een[ \t]+|de[ \t]+|het[ \t]+)?|(?:^|(?<=[\s"'(¿]))(?:è|e'|si[ \t]+tratta[ \t]+di|questo[ \t]+è|это(?:[ \t]+тоже)?|es)[ \t]+(?:questo[ \t]+)?(?:un[ \t]+|il[ \t]+|el[ \t]+)?)["'\u201c\u201e]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[^\n?]{0,40}\?` +
    // (German: "Ist das auch so ein Relaying-denied-Ding wie letzte Woche?", the phrase hyphenated into a compound)
    String.raw`|\b(?:ist|war|sind)\s+(?:das|es|dies)\s+(?:auch\s+|wieder\s+|schon\s+wieder\s+)?(?:so\s+)?(?:ein(?:e|en)?\s+|der\s+|die\s+|das\s+)?["'\u201e\u201c]?relay(?:ing)?[ -]?(?:denied|verweigert|abgelehnt)[^\n?]{0,40}\?`,
  'gi',
);
/**
 * A code equated with a relay phrase and asked about: "5.7.1 = relaying denied right?", "550 means relay denied, correct?",
 * (and "554 5.7.1 van een Postfix, dus relay access denied?": dus, also, entonces, donc, então, quindi)
 * "says 5.7.1 so it's relaying denied right?", a support note's "5.7.1 again → relaying denied article?",
 * "5.7.1 not authorized = your relaying denied article, right?".
 */
const CODE_EQUATED = new RegExp(
  String.raw`(?:\b[245]\d\d[ -])?\b[245](?:\d\d|\.\d\.\d{1,3})(?:[ \t]+[a-z]{2,15}){0,3}[ \t]*(?:again[ \t]*)?(?:==?|means|is|→|->|=>|(?:,[ \t]*)?so(?:[ \t]+(?:it's|it is|this is|that's|that is))?|(?:,[ \t]*)?(?:dus|also|entonces|donc|então|quindi)(?:[ \t]+(?:het is|is het|dat is|das ist|ist es|es|c'est|é|è))?)[ \t]*(?:the[ \t]+|an?[ \t]+|your[ \t]+|our[ \t]+)?["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[, \t]*(?:(?:right|correct|yes|no|isn't it|innit|ok|article|doc|docs|thing|again)[, \t]*){0,2}\?`,
  'gi',
);
/**
 * A relay phrase glossed with what it means or what to do, "last time you told us 5.7.1 relaying denied = check the
 * address": a person's shorthand (no server writes "Relaying denied = ..."), whatever code it carries; its gloss to
 * the clause's end goes with it ("= not authenticated" is no word on this session). (Not an NDR's chain of replies,
 * "not permitted to relay -> 550 5.7.1 Relaying denied": a code follows.)
 */
const GLOSSED = new RegExp(
  String.raw`(?:\b[245]\d\d[ -])?(?:\b[245]\.\d\.\d{1,3}[ \t]+)?["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[ \t]*(?:==?|→|->|=>)[ \t]*(?=[\w"'\u201c])(?![245]\d\d[ -]|[245]\.\d)[^\n.,;!?)"\u201d]{0,80}`,
  'gi',
);
/** A code equated with a relay phrase, asked or not: 'wrote "5.7.1 = relaying denied, sending the macro"', "5.7.1 from gmail = relay refused". No server writes it so. */
// (or "is", with the person's source after it: "5.7.1 is relaying denied according to a forum")
const CODE_EQUATED_SAID = new RegExp(
  // (words between the code and its "=" only with blanks around it: a log's `enh=5.7.1 resp="Relaying denied"` is a server's reply)
  // (and "means" in other languages: 'Il loro sistemista dice che 571 vuol dire "relay denied"')
  String.raw`\b[245](?:\d\d|\.\d\.\d{1,3})(?:(?:[ \t]+[a-z]{2,15}){1,3}[ \t]+(?:==?|means|vuol[ \t]+dire|significa|veut[ \t]+dire|bedeutet|betekent|quiere[ \t]+decir|betyder|oznacza|означает|anlamına[ \t]+geliyor|quer[ \t]+dizer)[ \t]+|[ \t]*(?:==?|means|vuol[ \t]+dire|significa|veut[ \t]+dire|bedeutet|betekent|quiere[ \t]+decir|betyder|oznacza|означает|anlamına[ \t]+geliyor|quer[ \t]+dizer)[ \t]*)["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?` +
    String.raw`|\b[245](?:\d\d|\.\d\.\d{1,3})[ \t]+is[ \t]+["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?(?=[ \t]+(?:according to|per|says|said)\b)` +
    // (or "was", the phrase quoted, after what someone read or says: 'Il a lu qu'un 5.7.1 c'était "Relaying denied"', 'he read
    // that 5.7.1 is "relay denied"'; not a reply told, 'the reply to RCPT TO was 554 is "Relay access denied"')
    // (the look behind after the code's first digit, which it ends with: tried at every position of the text, it cost a
    // fifth of a diagnosis)
    String.raw`|\b[245](?<=\b(?:read|heard|says?|said|thinks?|thought|believes?|lu|entendu|dit|pense|croit|leyó|dice|cree|leu|diz|acha|gelesen|sagt|meint|glaubt|gelezen|zegt|denkt|letto|crede)\b[^\n"\u201c\u00ab]{0,40}[245])(?:\d\d|\.\d\.\d{1,3})[ \t]+(?:c['\u2019](?:est|était|etait)|is|was|era|é|è|es|ist|war)[ \t]+["'\u201c\u00ab][ \t]?(?:${joinPatterns(RELAY_PHRASES).source})` +
    // (a formula of the person's: '5.7.1 + "weren't sent" = relay refused')
    String.raw`|\b[245](?:\d\d|\.\d\.\d{1,3})[ \t]+(?:\+|&|plus)[ \t]+[^\n=]{1,40}?[ \t]*==?[ \t]*["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})`,
  'gi',
);
/** The same question reported: "the customer asks if this means their "relay is denied" because it's 5.7.1". */
// (with the words that make it a name for a kind of error, "the 5.7.1 relaying denied thing": a guess, whatever code it names)
const REPORTED_GUESS = new RegExp(
  // (the place asked in may come between: "asked in our shared channel whether this is ...")
  // (or a code equated with the phrase, quoted: 'asking if "5.7.1 = relaying denied like the docs say"')
  String.raw`\b(?:asks?|asked|asking|wonders?|wondered|wondering)\s+(?:(?:in|on|over)[ \t][^\n?,.]{0,40}?[ \t])?(?:if|whether)\s+(?:(?:this|that|it|its|it's|these|they|their|the|he|he's|she|she's|they're|we|we're|i|i'm)\b[^\n?]{0,80}?|["'\u201c]?[245](?:\d\d|\.\d\.\d{1,3})[ \t]*(?:==?|means|is)[ \t]*)(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?(?:\s(?:thing|article|issue|problem|one)\b)?` +
    // (and Polish, "klient pyta, czy to też "relaying denied", bo "to też 550"")
    String.raw`|\bpyta(?:ją|ł|ła|li)?,?[ \t]+czy[ \t]+to[ \t]+(?:(?:jest|też|także|również|znowu)[ \t]+){0,2}["'\u201c\u201e]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?`,
  'gi',
);

/**
 * A person's claim or belief that it is a relay refusal: 'customer swears it's "the relaying denied thing from your help center"',
 * 'er denkt es ist wieder das "Relaying denied" Problem'.
 */
const CLAIMED = new RegExp(
  // (a verb between blanks: not an address's name, "<claims@insurer.example>: Relay access denied"; said by a person,
  // not by a server: "the recipient's server claims 'Relay access denied'", "the remote MTA insists ...")
  String.raw`(?<!\b(?:server|servers|mta|host|mx|mailgun|exchange|postfix|exim|sendmail|qmail|gateway|relay|bounce|ndr|it)[ \t]{1,3})(?<!\S)(?:swears?|swore|insists?|insisted|claims?|claimed|thinks?|thought|believes?|believed|assumes?|assumed|suspects?|suspected|guesse[sd]|calls[ \t]+it|called[ \t]+it|(?:is|are|was|were)[ \t]+convinced|${BELIEF_VERBS})(?=[ \t])[^\n]{0,30}?["'\u201c]?(?:the\s+)?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?(?:\s+(?:thing|error|issue|problem|article|one)s?)?`,
  'gi',
);

/**
 * An error likened to a relay refusal (or to Exchange's 5.7.54): "5.7.1 like in the relaying denied, is it the same?", "wie beim Relaying denied",
 * "comme le relay access denied", "the 454 made me think of 454 4.7.1 relay access denied", Polish "czy 552 to to samo co relaying denied"
 * ("the same as"), "same as Postfix 454 4.7.1 relay access denied", 'come l'altra volta con "relaying denied"' (like last time): the
 * person's comparison, not the server's words.
 */
/** Exchange's relay refusal status named as a kind of error: "same as the 5.7.54 one last week?". */
const EXCHANGE_RELAY_STATUS = String.raw`5\.7\.54(?![\d.])(?:[ \t]+(?:one|error|thing|case|issue|bounce)s?\b)?`;
const COMPARED = new RegExp(
  String.raw`\b(?:like|as in|same as|similar to|made[ \t]+me[ \t]+think[ \t]+of|remind(?:s|ed)?[ \t]+me[ \t]+of|como(?:[ \t]+en)?|igual que|wie[ \t]+(?:beim|bei)|comme(?:[ \t]+pour)?|come(?:[ \t]+nel)?|zoals[ \t]+bij|jak[ \t]+przy|to[ \t]+samo[ \t]+co|(?:das|dasselbe)[ \t]+(?:gleiche[ \t]+)?wie|lo[ \t]+mismo[ \t]+que|la[ \t]+m[êe]me[ \t]+chose[ \t]+que|o[ \t]+mesmo[ \t]+que|hetzelfde[ \t]+als|lo[ \t]+stesso[ \t]+(?:di|che)|(?<=(?:^|[ \t])(?:es|è|é|est|ist|c'est)[ \t]+)(?:el[ \t]+mismo|o[ \t]+mesmo|le[ \t]+m[êe]me|lo[ \t]+stesso|das[ \t]+gleiche|dasselbe)[ \t]+(?:problema|problème|problem|error|erreur|errore|fehler|erro)[ \t]+(?:del?|do|du|dello|della|wie|que|che|como|come))(?:[ \t]+(?:l'altra[ \t]+volta|la[ \t]+volta[ \t]+scorsa|(?:the[ \t]+)?last[ \t]+time|la[ \t]+otra[ \t]+vez|la[ \t]+vez[ \t]+pasada|la[ \t]+dernière[ \t]+fois|letztes[ \t]+mal|da[ \t]+última[ \t]+vez|vorige[ \t]+keer|ostatnio)(?:[ \t]+(?:con|with|avec|mit|com|met|z))?)?[ \t]+(?:(?:the|el|la|le|das|dem|het|il|o)[ \t]+)?(?:(?:postfix|exim|sendmail|qmail|exchange|mailgun)(?:'s)?[ \t]+)?["'\u201c]?(?:[245]\d\d[ \t]+)?(?:[245]\.\d\.\d{1,3}[ \t]+)?(?:${joinPatterns(RELAY_PHRASES).source}|${EXCHANGE_RELAY_STATUS})["'\u201d]?`,
  'gi',
);

/** A kind of error named to say it is not this one: 'they say "it's not the relaying denied thing, login works"'. */
const NOT_THAT_KIND = new RegExp(
  String.raw`\b(?:it's|it is|this is|that's|that is|this isn't|it isn't)[ \t]+(?:not[ \t]+)?(?:the|a|an|that)[ \t]+["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[ \t]+(?:thing|issue|problem|error|one|case)\b(?<=\b(?:not|isn't)\b[^\n]{0,60})`,
  'gi',
);

/**
 * A person naming the error as a kind: "that's the relaying denied outgoing case from the docs", "so it's the relay denied
 * thing"; or a code read as one: '"Recipient address rejected" + 5.7.1 = the server says ..., i.e. relay denied'. Their reading.
 */
const NAMED_AS_KIND = new RegExp(
  // (a name people give their error: 'They call it "el relay rechazado"')
  String.raw`\b(?:they|he|she|(?:the[ \t]+)?customers?|people|users?)[ \t]+call(?:s|ed)?[ \t]+it[ \t]+["'\u201c][^"'\u201d\n]{0,60}["'\u201d]|` +
  String.raw`\b(?:that's|that is|it's|it is|this is|so it's|so this is)[ \t]+(?:the|a|an|that|our)[ \t]+["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?(?:[ \t]+(?:outgoing|incoming|inbound|outbound|sending|receiving|recipient|mailgun))?[ \t]+(?:case|scenario)\b` +
    // (a help article on the error named, then asked about: "The KB article on Relaying Denied talks about 5.7.1 — is it that?")
    String.raw`|\b(?:article|doc|docs|page|guide|faq)[ \t]+(?:on|about)[ \t]+["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[^\n?]{0,80}\?` +
    // (asked of the bot which case it is: "@relaydenied which relaying denied case is this")
    String.raw`|\bwhich[ \t]+["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[ \t]+(?:case|scenario|one|thing|type|kind)\b` +
    String.raw`|\b[245](?:\d\d|\.\d\.\d{1,3})[ \t]*(?:==?|means)[^\n]{0,100}?\b(?:i\.e\.|ie|so|meaning|which means)[ \t,]+(?:it's[ \t]+|a[ \t]+)?["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?`,
  'gi',
);

/**
 * A customer's words quoted, then what the error "actually" says: 'customer: "Outlook.com users get relaying denied from us since
 * yesterday". The failed event actually says ...'; 'customer: "relaying denied since today!!" but the log they pasted is:'.
 * Their telling of it, which the paste itself corrects.
 */
const CORRECTED_QUOTE = new RegExp(
  String.raw`\b(?:customer|client|user|they|he|she)s?\b[^\n"\u201c:]{0,30}:?[ \t]*["\u201c]([^"\u201d\n]{0,200}?(?:${joinPatterns(RELAY_PHRASES).source})[^"\u201d\n]{0,200})["\u201d](?=[^\n]{0,80}\b(?:actually|in fact|really)[ \t]+(?:says?|shows?|reads?|is|was|said|showed)\b|[ \t,.]{0,3}but[ \t]+(?:the|their|his|her)[ \t]+(?:logs?|errors?|bounces?|paste|output|transcript|screenshot|events?)\b)`,
  'gi',
);

/**
 * A customer's words quoted that name the error as one they had before: 'they're back with "the 5.7.1 is back, relay denied
 * again for Hotmail"'. Their naming of it: beside the server's own words of another error (a failed event's message), those tell.
 */
/** Cheap test for AGAIN_QUOTE's word. */
export const AGAIN_WORD = /\b(?:again|back)\b/i;
const AGAIN_QUOTE = new RegExp(
  String.raw`\b(?:customer|client|user|they|he|she)(?:'re|s)?\b[^\n"\u201c:]{0,30}:?[ \t]*["\u201c]([^"\u201d\n]{0,200}?(?:${joinPatterns(RELAY_PHRASES).source})[ \t]+(?:is[ \t]+)?(?:again|back)\b[^"\u201d\n]{0,200})["\u201d]`,
  'gi',
);

/** A relay phrase used as the name of a kind of error ("the relaying denied thing"): a guess, even with a code in it. */
const NAMED_KIND = /\s(?:thing|article|issue|problem|one)$/;

/** The words that report someone's question or claim ("asks if", "wondering whether", "swears it's"), with or without a question mark. */
export const GUESS_REPORTED = new RegExp(String.raw`\b(?:ask|wonder|swear|swore|insist|claim|think|thought|believ|assum|suspect|guess|calls it|called it|convinced|pyta|${BELIEF_VERBS})`, 'i');

/** A short line of a person's own that asks whether it is a relay refusal ("5.7.1 again — relaying denied?"). */
/** A question mark that ends a line, with the quote marks or bracket that may close around it. */
// (a fullwidth mark too, "relaying denied 系？", and not only at the line's end: "… 系？ Events API:" goes on with the paste)
// (a closing quote may take a full stop after it, 'klient: "это же relaying denied?". Событие:'; CJK corner brackets need no blank after them, 「…リレー拒否では？」と)
const ASKED = String.raw`[?\uff1f]{1,3}(?:["'\u201d\u00bb)]{1,2}[.,;:]?(?:[ \t]|$)|[\u300d\u300f]|(?:[ \t]|$))`;
const GUESS_LINE = new RegExp(String.raw`^[^\n]{0,300}[?\uff1f][^\n]*`, 'gm');
/** How long the asking clause may be: a short question, not a report that ends with one. */
const GUESS_CLAUSE_MAX = 120;
/** A relay phrase's few last words up to the line's question mark: it is what is asked ('"Relaying denied"-Thema wie letzte Woche?'). */
// (or a tag question after a comma: '("5.7.1-something, relay denied, right?")')
const ASKED_TAIL = new RegExp(String.raw`^[^.,;!?\uff1f\u3002\n]{0,30}(?:,[ \t]*(?:right|correct|no|yes|isn't it|is it|eh|oder|non|vero|verdad|né))?${ASKED}`);

/**
 * A relay phrase said of the sender's own network, "relay denied by the cluster, basically" beside a connection timeout: the
 * person's figure for a blocked connection (an egress policy, a firewall), not a server's reply.
 */
const FIGURATIVE = new RegExp(
  String.raw`["'\u201c]?(?:${joinPatterns(RELAY_PHRASES).source})["'\u201d]?[ \t]+by[ \t]+(?:the|our|their|its)[ \t]+(?:(?:k8s|kubernetes|corporate|company|office|own)[ \t]+)?(?:cluster|firewall|network[ \t]?polic(?:y|ies)|egress(?:[ \t]+(?:polic(?:y|ies)|rules?))?|proxy|network|vpc|security[ \t]+groups?)\b[^\n.;!?]{0,30}`,
  'gi',
);

/**
 * A person's guess that it is a relay refusal, set aside beside the server's other error: GUESS_QUESTION,
 * the same question reported ("asks if this is the relaying denied thing"), and a short line that ends
 * by asking about a relay phrase with no server's reply code ("getting relaying denied when emailing X,
 * any idea?" reports the error).
 */
export function withoutGuesses(text: string): string {
  // (every guess names a relay refusal: a paste without one of its words has none, and most pastes stop here)
  if (!RELAY_LINE.guard.test(text)) return text;
  // (a comparison with or without a question mark: "pytają czy 552 to to samo co relaying denied.")
  const asked = (QUESTION_MARK.test(text) ? text.replace(GUESS_QUESTION, blank).replace(CODE_EQUATED, blank) : text).replace(COMPARED, blank).replace(NOT_THAT_KIND, blank).replace(NAMED_AS_KIND, blank).replace(CORRECTED_QUOTE, blankQuoted).replace(FIGURATIVE, blank).replace(WHAT_IT_SAYS_WHEN, blankQuoted);
  const glossed = /=|→|->|means|vuol dire|significa|veut dire|bedeutet|betekent|quiere decir|betyder|oznacza|означает|anlamına geliyor|quer dizer|\d[ \t]+(?:c['\u2019]|(?:is|was|era|é|è|es|ist|war)[ \t])/.test(asked) ? asked.replace(GLOSSED, blank).replace(CODE_EQUATED_SAID, blank) : asked;
  // (not a report that holds the error itself: "wondering why we get 550 5.7.1 Relaying denied")
  // (but a code equated with the phrase is the person's reading of it, "asking if "5.7.1 = relaying denied"")
  const keepCoded = (m: string) => (!NAMED_KIND.test(m) && !EQUATED_CODE.test(m) && (REPLY_CODE.test(m) || ENHANCED_CODE.test(m)) ? m : blank(m));
  const reported = GUESS_REPORTED.test(glossed) ? glossed.replace(REPORTED_GUESS, keepCoded).replace(CLAIMED, keepCoded) : glossed;
  // (only lines that end with a question mark: most pastes have none)
  const blanked = !QUESTION_MARK.test(reported) ? reported : reported.replace(GUESS_LINE, (line) => {
    const phrase = RELAY_LINE.exec(line);
    const tail = phrase ? ASKED_TAIL.exec(line.slice(phrase.index + phrase[0].length)) : null;
    // (a code in the line is the error asked about, "How do I fix 550 5.7.1 Relaying denied?"; not one quoted apart from the
    // relay phrase, '« 451 4.7.650 ... rate limited » — c'est un relaying denied ?', another error's words)
    // (not a port the line names, "changed the port from 587 to 465": no reply code)
    const portless = line.includes('port') ? line.replace(PORTS_NAMED, '') : line;
    const unquoted = portless.replace(QUOTED_SPAN, '');
    if (!phrase || !tail || (REPLY_CODE.test(portless) && (REPLY_CODE.test(unquoted) || !RELAY_LINE.test(unquoted)))) return line;
    const end = phrase.index + phrase[0].length + tail[0].length;
    // (a question mark mid-line only when the question names a kind of error, "is relaying denied back???", "the relaying
    // denied thing isn't it?", or is a full-width one: "Customer gets relaying denied since Monday? Not sure ..." reports it)
    // (a question closed by a quotation mark is quoted words, 'клиент говорит "... это же relaying denied?". Событие из логов:')
    if (line.slice(end).trim() !== '' && !tail[0].includes('\uff1f') && !NAMING_TAIL.test(tail[0]) && !QUOTE_CLOSED_TAIL.test(tail[0])) return line;
    // (the question's own clause only: "host is smtp.eu.mailgun.org:587, they swear it is right. relay denied?")
    // (or its quote's: 'Draft reply for review 👇 (the subject line says "Relaying denied??")' keeps its words before it)
    const clause = Math.max(...[...'.,;!?\uff1f\u3002"(\u201c\u300c'].map((mark) => line.lastIndexOf(mark, phrase.index))) + 1;
    if (end - clause > GUESS_CLAUSE_MAX) return line;
    return line.slice(0, clause) + blank(line.slice(clause, end)) + line.slice(end);
  });
  // A guess beside another error (a failure's code: 4xx, 5xx); alone, the question is how the person
  // reports the error ("How do I fix "5.7.1 Relaying denied"?").
  const result = blanked !== text && (holdsFailureCode(blanked) || CONNECTION_FAILED.test(blanked)) ? blanked : text;
  return AGAIN_WORD.test(result) ? withoutAgainQuotes(result) : result;
}

/**
 * AGAIN_QUOTE's naming set aside beside a server's other error: a coded line with no relay phrase (the failed event's
 * "5.7.1 ... on our block list"). Not beside the refusal it had before only: then the quote is how today's is reported.
 */
function withoutAgainQuotes(text: string): string {
  const out = text.replace(AGAIN_QUOTE, blankQuoted);
  return out !== text && out.split('\n').some((line) => holdsFailureCode(line) && !RELAY_LINE.test(line)) ? out : text;
}

const blankQuoted = (whole: string, quoted: string) => whole.replace(quoted, blank(quoted));

/**
 * What a system is believed to say in general, "I thought cPanel says "550 Not authorized to relay" when it's cPanel itself": the
 * person's knowledge of its words (group 1), no error of this paste.
 */
const WHAT_IT_SAYS_WHEN = /\b(?:i|we)[ \t]+(?:thought|think|believe|assumed?|heard|read|know)\b[^\n"\u201c]{0,80}?\b(?:says|said|gives|shows|returns|answers)[ \t]+((?:"[^"\n]{1,160}"|\u201c[^\u201d\n]{1,160}\u201d))(?=[ \t]+(?:when|if|whenever|for)\b)/gi;

/** Ports a sentence names, "the port from 587 to 465", "ports 25 and 2525". */
const PORTS_NAMED = /\bports?\b[^\n.?!\d]{0,20}\d{2,5}(?:[ \t]*(?:to|and|or|->|→|,)[ \t]*\d{2,5})?/gi;

/** A span in quotation marks (« », " ", “ ”): someone's or a server's words, quoted. */
const QUOTED_SPAN = /«[^»\n]{0,600}»|"[^"\n]{0,600}"|\u201c[^\u201d\n]{0,600}\u201d/g;

/** A question's tail closed by a quotation mark: quoted words, asked. */
const QUOTE_CLOSED_TAIL = /\?["\u201d\u00bb]/;

/** A question mark, half- or full-width: where no paste has one, it asks nothing. */
export const QUESTION_MARK = /[?\uff1f]/;
/** A question's words after a relay phrase that make it the name of a kind of error, asked about. */
const NAMING_TAIL = /\b(?:thing|issue|problem|error|one|again|back|right|correct|is it|isn't it)\b/i;

/** A failed connection, which no server's code reports: the error beside a person's guess when there is no refusal at all. */
const CONNECTION_FAILED = joinPatterns(CONNECTION_FAILURES);

/** A code the person equates with something: `5.7.1 = ...`, `550 means ...`, `5.7.1 is ...`. */
const EQUATED_CODE = /\b[245](?:\d\d|\.\d\.\d{1,3})[ \t]*(?:==?|means\b|is\b)/;

/** Blanked, its line breaks kept: every line stays where it was. */
const blank = (words: string): string => words.replace(/[^\n]/g, ' ');

/** A failure's reply code (4xx, 5xx), enhanced code (4.x.x, 5.x.x) or an HTTP API's failure status: a server's other error may be in the text. */
export function holdsFailureCode(text: string): boolean {
  for (const m of text.matchAll(REPLY_CODES)) if (m[1]![0] !== '2') return true;
  // (or an event's code field outside the usual range, Exchange 2003's `"code": 571`)
  return /[45]/.test(ENHANCED_CODE.exec(text)?.[1]?.[0] ?? '') || HTTP_STATUS_LINE.test(text) || EVENT_FAILURE_CODE.test(text);
}
const EVENT_FAILURE_CODE = /"code"[ \t]*:[ \t]*"?[45]\d\d\b/;


/**
 * A colleague's theory quoted: 'My teammate Dev says "it's 100% the MX, relaying denied always means no route"', 'Colleague said
 * in the other thread "definitely a missing route"', '同僚は「…Routes の問題」と言っています'. A theory is no evidence; a quote
 * that holds the server's reply (its code) is the error itself, and stays. (Not a customer's words: those report what they saw.)
 */
const COLLEAGUE_THEORY = /\b(?:colleague|teammate|team ?mate|co-?worker|boss|devops (?:guy|person)|it guy|sysadmin|support lead|tech lead)s?\b[^\n"\u201c:]{0,40}?\b(?:says?|said|thinks?|thought|believes?|insists?|claims?|reckons?|wrote|replied|answered|responded|suggested|guessed)\b[^\n"\u201c]{0,40}?["\u201c]([^"\u201d\n]{1,300})["\u201d]|同僚(?:は|が)「([^」\n]{1,300})」/gi;

/** A quote that opens as a judgement, not as a server's words: "yep classic ...", "probably ...", "sounds like ...". */
// (not "it's 550 5.7.1 Relaying denied from ...": how people pass on an error they saw; "yep, classic ..." is a judgement)
const THEORY_OPENING = /^[ \t]*(?:(?:yep|yeah|yes|it's|that's|its|thats)[ \t,!.]+)?(?:classic|probably|definitely|surely|obviously|sounds like|looks like|must be|typical)\b/i;

export function withoutColleagueTheories(text: string): string {
  if (!/colleague|team ?mate|co-?worker|boss|devops|it guy|sysadmin|lead|同僚/i.test(text)) return text;
  return text.replace(COLLEAGUE_THEORY, (whole, quoted: string | undefined, japanese: string | undefined) => {
    const theory = quoted ?? japanese!;
    // (a code named in the theory's own words, "yep classic 5.7.54 unable to relay", is its guess, not the error)
    return holdsFailureCode(theory) && !THEORY_OPENING.test(theory) ? whole : whole.replace(theory, blank(theory));
  });
}
