/**
 * Which error is the current one, when a paste tells a story: "yesterday they got 550 Relaying
 * denied, they turned the login on, today it is 535" (the 535 is the question), or "we had a 535 on
 * May 10 ... now we get 550 5.7.1 Relaying denied" (the relay refusal is). Only the current error
 * should decide; an error the paste itself places in the past is context.
 *
 * The story must be told in words: a relay refusal and a different error (another code), one block
 * after the other, and the nearest time word before each block saying which is now ("today",
 * "update", "now") and which is over ("yesterday", "previously"). Setting a relay refusal aside needs
 * both words, one on each side; setting aside an older, different error needs one. Anything less
 * clear (blocks that interleave, no time words, the same code in both) changes nothing.
 */
import { AGAIN_WORD, GUESS_REPORTED, QUESTION_MARK, withoutGuesses } from './guesses.js';
import { ENHANCED_CODE, HTTP_STATUS, RELAY_LINE, REPLY_CODE, REPLY_CODES } from './patterns.js';

type Tense = 'past' | 'current' | null;

/** A person's "New error, every send:" (not asked: "a new error?"): what follows is now. */
const NEW_ERROR = String.raw`\bnew (?:error|traceback|exception|failure)s?\b(?![^\n]{0,40}\?)`;
/** A person announcing another error: "new one today", "a new error:". */
const ANNOUNCED_NEW = /\bnew (?:one|error|issue|problem|failure|bounce)\b(?![^\n]{0,40}\?)/i;
/** "since" in several languages. */
const SINCE = String.raw`\b(?:since|sinds|seit|desde|depuis|dal|dalla)\b`;
/** "since yesterday" in several languages ("sinds de deploy van gisteren", "seit gestern"). */
const SINCE_YESTERDAY = String.raw`${SINCE}[^\n.:;]{0,40}?\b(?:yesterday|gisteren|gestern|ayer|hier|ontem|ieri)\b`;
/** A word of a fix soon after: "seit gestern erledigt", "fixed since yesterday". */
const FIXED_SOON_AFTER = String.raw`[^\n.]{0,40}\b(?:erledigt|behoben|gelöst|fixed|resolved|solved|opgelost|resuelto|arreglado|résolu|réglé|risolto|resolvido)(?![a-zà-ÿ])`;
/** Words that place what follows them now. Kept to words that cannot mean anything else in a paste. */
const CURRENT = new RegExp(
  [
    // (not "earlier today": that is past)
    String.raw`\b(?:now|today(?<!(?<!\bsince[ \t]{1,3})\bearlier[ \t]{1,3}today)|this morning|currently|update|updated|latest|since then|after that|and now)\b`,
    // "since 10:02 every invoice mail fails with:": from a time of day until now
    String.raw`\bsince \d{1,2}:\d\d\b`,
    // "Since we rotated the password yesterday we get this instead"
    String.raw`\b(?:get|got|see|getting|seeing) (?:this|that|these) instead\b`,
    // "Since yesterday's deploy we get:", "Sinds de deploy van gisteren krijgen ze dit:": from then until now
    // (not "seit gestern erledigt": what has been so since then is the fix)
    String.raw`${SINCE_YESTERDAY}(?!${FIXED_SOON_AFTER})`,
    // "esto es otra cosa, nos lo devuelve un proveedor:": another error, told as such
    String.raw`\b(?:esto|eso|this|isso|isto|questo|dit)(?: one)? (?:es|is|é|è) (?:otra cosa|otro (?:error|problema|tema)|something else|a different (?:error|issue|problem|thing)|outra coisa|outro (?:erro|problema)|un altro (?:problema|errore)|iets anders)\b|\bc'est (?:autre chose|un autre (?:problème|souci))|\bdas ist (?:was|etwas) anderes\b`,
    NEW_ERROR,
    String.raw`\b(?:jetzt|heute|inzwischen|mittlerweile|seitdem|maintenant|aujourd'hui|d[ée]sormais|depuis|ahora|hoy|desde entonces|agora|hoje|vandaag|oggi|adesso|nu|idag|i dag)\b`,
    '今日|現在|今は|今週|今月',
    // Polish and Czech: "TERAZ zamiast tamtego jest to", "dzisiaj", "teď", "dnes"
    String.raw`\b(?:teraz|dzisiaj|dziś|nyní|teď|dnes)(?![a-zà-ž])`,
    // A label of its own line: "after (every send since the deploy):"
    String.raw`^[ \t]*(?:after|nachher|après|despu[ée]s)\b[^\n:]{0,60}:[ \t]*$`,
    // (or "CURRENT:", "New (since the rebuild):", "Aktuell:" over the error of now)
    String.raw`^[ \t>*_]*(?:current|new|aktuell|neu|actuel|nouveau|actual|nuevo|atual|novo|attuale|nuovo|huidig|nieuw|obecny|nowy)\b(?:[ \t]*\([^()\n]{1,40}\))?[*_ \t]*:[*_ \t]*$`,
  ].join('|'),
  'im',
);
/**
 * Words that place what follows them in the past. Not "before" or "earlier" ("now it fails
 * earlier"), and French "hier" only with a French word after it (German "hier" means "here").
 */
const PAST = new RegExp(
  [
    // (not "since yesterday's deploy", "sinds de deploy van gisteren": from then until now; but "fixed since yesterday" is past)
    String.raw`${SINCE_YESTERDAY}(?=${FIXED_SOON_AFTER})`,
    // (each lookbehind of "since" only where one of the words starts: tried at every position, it was this table's slowest part)
    String.raw`\b(?=yesterday|previously|at first|initially|originally|last |the other day|before that)(?<!${SINCE}[^\n.:;]{0,40})(?:yesterday|previously|at first(?! (?:glance|sight))|initially|originally|last (?:week|night|month|time)|the other day|before that)\b`,
    // "they switched to the API because they kept getting ...", "van SMTP naar de API overgestapt omdat ze steeds ... kregen": the
    // reason for a change already made
    String.raw`\b(?:switched|moved|migrated|overgestapt|overgegaan|gewechselt|umgestiegen|cambiaron|cambiamos|mudaram|mudamos)\b[^\n]{0,80}?\b(?:because|omdat|weil|porque|parce qu)`,
    // ("switched from SMTP to the HTTP API after the "550 5.7.1 Relaying denied" saga": the change made, and what came before it)
    String.raw`\b(?:switched|moved|migrated)\b[^\n]{0,60}?\bafter[ \t]+(?:the|that|their|our|all[ \t]+the)\b`,
    // "this morning it was `550 ... Relaying denied`" (a time word of now, told as what was)
    String.raw`\b(?:this morning|earlier today) (?:it|that|the error) was\b`,
    // "earlier today (you said: add SMTP auth):", "earlier today we got ...": what was before now
    // (not "since earlier today every send fails": from then until now)
    String.raw`\bearlier(?<!\bsince[ \t]{1,3}earlier)[ \t]+today\b(?=[ \t]*[(:]|[^\n.]{0,40}\b(?:was|were|had|got|gave|said|showed|returned|bounced|failed)\b)`,
    // "10:02 this morning their WordPress was giving ...": this morning's error, told in the past
    String.raw`\b(?:this[ \t]+morning|earlier)\b[^\n.]{0,60}?\b(?:was|were)[ \t]+(?:giving|getting|showing|saying|throwing|failing|returning|bouncing)\b`,
    // "on Friday they had ...", "last Tuesday we got ..." (a weekday with a verb of the past)
    // (not "since last Friday we got ...", nor "... got it on every send": it goes on)
    String.raw`\b(?:on|last)(?<!since (?:on|last)) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^\n.]{0,20}\b(?:had|got|was|were|saw)\b(?![^\n.]{0,40}\b(?:on every|still|keeps?)\b)`,
    // "Eerder kregen ze ...": earlier they got (Dutch; English "earlier" alone may be "now it fails earlier")
    String.raw`\beerder[ \t]+(?:kregen|hadden|was|waren|kwam|gaf)\b`,
    // "Tuesday's bounce was this": that day's error, told as what was
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day's[ \t]+(?:bounce|error|failure|one|ticket|refusal)[ \t]+(?:was|were)\b`,
    // "l'an dernier on avait eu ...", "last year we had ...", "el año pasado", "letztes Jahr", "W marcu to było ...": a year or a
    // month ago, told as what was
    String.raw`\b(?:last[ \t]+year|a[ \t]+year[ \t]+ago|l'an[ \t]+dernier|l'année[ \t]+dernière|el[ \t]+año[ \t]+pasado|o[ \t]+ano[ \t]+passado|l'anno[ \t]+scorso|letztes[ \t]+jahr|vorig[ \t]+jaar|vorige[ \t]+maand|w[ \t]+zeszłym[ \t]+roku|w[ \t]+zeszłym[ \t]+miesiącu)(?![a-zà-ÿąćęłńóśźż])`,
    String.raw`\b(?:in[ \t]+(?:january|february|march|april|june|july|august|september|october|november|december)[ \t]+(?:it|that|the[ \t]+error)[ \t]+was|w[ \t]+(?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu)[ \t]+(?:to[ \t]+)?(?:było|był|była|mieli|miała|miał))(?![a-zà-ÿąćęłńóśźż])`,
    // "Prima usava smtp.mailgun.org e dava "535 ..."", "antes usaba ...", "vorher kam ...": what it did before the change
    String.raw`\b(?:prima[ \t]+(?:usava|dava|usavamo|aveva|avevamo|c'era|era)|antes[ \t]+(?:usaba|daba|salía|usava|dava|aparecia|tenía|tinha)|vorher[ \t]+(?:kam|hatten|hatte|war|gab[ \t]+es)|avant[ \t]+(?:on[ \t]+avait|il[ \t]+utilisait|ça[ \t]+donnait|c'était))\b`,
    // "back in September", "three weeks ago"
    String.raw`\bback in (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(?:\d{1,2}|a few|several|two|three|four|six) (?:weeks|months) ago\b`,
    // "(February ticket was #51877, that one was ...)", "the previous ticket": another, older case's error
    String.raw`\b(?:(?:january|february|march|april|june|july|august|september|october|november|december)(?:'s)?|earlier|previous|older|last) (?:ticket|case|incident)\b`,
    // (and in other languages: "Ticket viejo:", "el ticket anterior", "altes Ticket", "ancien ticket", "vecchio ticket", "oud ticket")
    String.raw`\b(?:ticket|caso|chamado)[ \t]+(?:viejo|antiguo|anterior|antigo)\b|\b(?:alte[sn]?|frühere[sn]?)[ \t]+ticket\b|\b(?:ancien|vecchio|oud)[ \t]+ticket\b`,
    // "(quote from the previous thread) We get 550 5.7.1 Relaying denied ...", "z poprzedniego wątku", "del hilo anterior": what
    // the person was told before, beside what the customer gets now
    // (and "---- earlier in this ticket (May 13) ----" over a quoted error)
    String.raw`\bearlier in (?:this|the) (?:ticket|thread|conversation|case|chat)\b|\b(?:earlier|previous|older|last|other) (?:thread|conversation)\b|\bpoprzedni(?:ego|m)? wątk(?:u|iem)?(?![a-ząćęłńóśźż])|\b(?:hilo|chamado|tópico) anterior\b|\b(?:fil|thread) précédent\b|\bthread (?:anterior|precedente)\b|\b(?:vorherigen?|früheren?|letzten) thread\b|\b(?:vorige|eerdere) thread\b`,
    // "Before they added auth they were getting ...": a change someone made, and what came before it.
    String.raw`\bbefore (?:they|we|i|you|he|she|the customer) (?:added|set|changed|fixed|enabled|configured|turned|put|switched|moved|updated|entered|corrected)\b`,
    String.raw`\b(?=gestern|vorher|zuerst|letzte|vorige|vergangene|ayer|ontem|gisteren|ieri|auparavant|igår|i går|förra|wczoraj|včera)(?<!${SINCE}[^\n.:;]{0,40})(?:gestern|vorher|zuerst|(?:letzte|vorige|vergangene)r? woche (?:hatten|hatte|war|waren|kam|kamen|gab)|(?:letzte|vorige|vergangene) woche[ \t]*:|ayer|ontem|gisteren|ieri|auparavant|igår|i går|förra veckan|wczoraj|včera)(?![\wåäö])`,
    // (and in other languages, with a verb of the past just after: "semana passada apareceu um ...", "la semana pasada tuvimos ...")
    // (not "since": "Desde a semana passada apareceu este erro ... e continua" goes on)
    String.raw`\b(?=semana passada|la semana pasada|la semaine dernière|vorige week|la settimana scorsa)(?<!\b(?:desde|depuis|sinds|dal|dalla)[ \t]+(?:(?:a|la|el|o)[ \t]+)?)(?:semana passada|la semana pasada|la semaine dernière|vorige week|la settimana scorsa)\b[ \t,]{0,3}(?:[a-zà-ÿ']+[ \t]+){0,2}?(?:apareceu|apareciam|tivemos|tiveram|teve|deu|recebemos|receberam|apareció|tuvimos|tuvieron|tuvo|hubo|dio|recibimos|avions|avaient|avait|hadden|kregen|avevamo|avevano|c'era|era|erano|fue|foi|était|was)(?![a-zà-ÿ])`,
    // "letzten Monat", "im Februar", "le mois dernier", "el mes pasado" (not "last week" in these languages: chatter says it
    // of a domain set up or a test sent, beside a refusal that is today's)
    String.raw`\b(?:letzte[nrs]?|vorige[nrs]?) monat\b|\bim (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b|\b(?:le mois dernier|el mes pasado|(?:d|n)?o mês passado)`,
    // "lo de septiembre era ...", "o de setembro era ...": the month's case, told as what was
    // (a word of its own, with its verb of the past: not "desde o começo de setembro", since the start of September)
    String.raw`(?<![a-zà-ÿ])lo de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b[^\n.]{0,40}?\b(?:era|fue)\b|(?<![a-zà-ÿ])o de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b[^\n.]{0,40}?\b(?:era|foi)\b`,
    // "Ticket history, for context:" above the earlier error
    String.raw`\b(?:ticket|case|support|email) history\b|\bfor (?:context|background)\b|\bbackground:|\bback then\b`,
    // "Recap, Monday we had this from the booking app:" (a follow-up retelling the earlier error)
    String.raw`\brecap\b`,
    // (and "d'hier", a quote's label "Julien (hier) :": French only)
    String.raw`\bhier (?:soir|matin|ils|elles|on|nous|il|elle|j'|c'|ça|le|la|les)\b|\bd'hier\b|\(hier\)[*_ \t]{0,4}:`,
    // "primeiro o sistema dava isso:", "al principio salía esto:" (then "agora", "ahora": the story's first error)
    String.raw`\b(?:primeiro|no início|inicialmente|al principio|au début|all'inizio|in het begin)\b(?=[^\n]{0,60}:[ \t]*$)`,
    // ("先週は": last week it was; not "先週、...を変更してから", a change made last week that the error follows)
    '昨日|以前|先週は|先月は',
    // A label of its own line: "before:", "before (old config):"
    // (its own colons in a time, "Before (Mon 10:02):")
    String.raw`^[ \t]*(?:before|vorher|avant|antes)\b(?:[^\n:]|:\d){0,60}:[ \t]*$`,
    // (or "OLD (fixed):", "Alt:", "Ancien :" over the error that was)
    String.raw`^[ \t>*_]*(?:old|older|alt|ancien|viejo|antiguo|antigo|vecchio|oud|stary)\b(?:[ \t]*\([^()\n]{1,40}\))?[*_ \t]*:[*_ \t]*$`,
    // (or "Earlier (May 2): ...", a quoted message's label with its date; "vorige keer:", "last time:" over the old error)
    String.raw`^[ \t>]*(?:earlier|eerder|früher)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:`,
    // (an older error kept to compare: "erro do mês passado, pra comparar:", "last month's one, for comparison:")
    String.raw`^[^\n]{0,80}\b(?:for comparison|pra comparar|para comparar|pour comparer|zum vergleich|ter vergelijking|per confronto)[ \t]*:[ \t]*$`,
    String.raw`^[ \t>*_]*(?:last time|the time before|vorige keer|de vorige keer|letztes mal|beim letzten mal|la (?:otra|última) vez|la vez pasada|la dernière fois|(?:da|na) última vez|(?:a|da|na) vez passada|l'ultima volta|la volta scorsa)\b[^\n:]{0,100}:[*_ \t]*$`,
  ].join('|'),
  'im',
);

/** A structured field holding only a reply code: `"code": 550,`, `code: 550`, `'code' => 550`, a logs drawer's `code           550`. */
// (or flattened, `delivery-status.code: 550`, `delivery-status.enhanced-code: 5.7.1`)
const CODE_FIELD = /^[ \t]*["']?(?:(?:delivery-status|event-data)\.)*(?:code|status|response[-_ ]?code|smtp[-_ ]?code|enhanced[-_ ]code)["']?(?:[ \t]*(?:[:=]|=>)[ \t]*|[ \t]{2,})["']?(?:\d{3}|[245]\.\d{1,3}\.\d{1,3})["']?[ \t]*(?:,[ \t]*)?$/i;

/** The first of two pasted blocks set aside by its order: "ignore the first one", "the first block is fixed", "yesterday ... (first block)". */
/** The second of two pasted errors named as the one asked about: "I mainly care about the second one", "the second one is what worries me". */
const SECOND_ASKED_WORDS = String.raw`\b(?:i|we)[ \t]+(?:mainly|mostly|only|really)[ \t]+care[ \t]+about[ \t]+the[ \t]+second[ \t]+one\b|\bthe[ \t]+second[ \t]+one[ \t]+(?:is[ \t]+(?:what|the[ \t]+one)[ \t]+(?:that[ \t]+)?)?(?:worries|matters|bothers)\b|\bit(?:'s|[ \t]+is)[ \t]+the[ \t]+second[ \t]+one[ \t]+that[ \t]+(?:worries|matters|bothers)\b|\bfocus[ \t]+on[ \t]+the[ \t]+second[ \t]+one\b`;
const SECOND_ASKED = new RegExp(SECOND_ASKED_WORDS, 'i');
const FIRST_BLOCK_DISMISSED = new RegExp(String.raw`\b(?:ignore|forget|disregard|skip)[ \t]+the[ \t]+first[ \t]+(?:one|block|error|paste|trace|log)\b|\bthe[ \t]+first[ \t]+(?:one|block|error)[ \t]+(?:is|was)[ \t]+(?:fixed|solved|resolved|old|gone|history|over)\b|\b(?:yesterday|previously|earlier|last[ \t]+week)\b[^\n.]{0,60}\((?:the[ \t]+)?first[ \t]+(?:block|one)\)|\b(?:ignorez|ignore|ignora|ignoriere|ignoriert|negeer)[ \t]+(?:le[ \t]+premier|la[ \t]+première|el[ \t]+primer(?:o|[ \t]+error)|la[ \t]+primera|o[ \t]+primeiro|a[ \t]+primeira|il[ \t]+primo|la[ \t]+prima|den[ \t]+ersten|die[ \t]+erste|de[ \t]+eerste)\b|${SECOND_ASKED_WORDS}`, 'i');

/** How far above the first block its time word may stand. */
const LEAD_IN_LINES = 12;
/** The second block's time word may stand anywhere after the first block: a transcript can be long. */
const BETWEEN_LINES = 60;

/** The numbers of the failure lines of one error. */
type Block = number[];

/**
 * The paste with an error it places in the past blanked (same length), or the paste unchanged.
 * A person's guess ("is this the "relaying denied" thing? 5.7.0 looks the same") is no relay refusal
 * in the story: the story is read without it, and its blanking carried over to the paste's lines.
 */
export function withoutSupersededErrors(given: string): string {
  // (a hand-run test session the paste says used a made-up password, beside the application's own error: the test's refusals are
  // the made-up password's, not the application's)
  const realRun = DUMMY_PASSWORD_TEST.test(given) ? withoutDummyPasswordSession(given) : given;
  if (realRun !== given) return realRun;
  // (a log's relay refusals above the same log's own record of a fix, another coded error after it: the fix decides, before any story)
  const fixed = FIX_LOGGED.test(given) ? withoutRelayBeforeLoggedFix(given) : given;
  if (fixed !== given) return fixed;
  // (or the same server's later delivery through the same relay host, "status=sent (250 Great success)", another coded error after it)
  const sentSince = SENT_LINE.test(given) && RELAY_LINE.test(given) ? withoutRelayBeforeSentThroughIt(given) : given;
  if (sentSince !== given) return sentSince;
  const decided = supersededOf(given);
  if (decided !== given) return decided;
  // (or, where nothing else set one aside, a block under its own heading that says it is an earlier run's, fixed since or
  // followed by the one of now: "Previous run (yesterday, wrong host typo, fixed since):", "Previous run:" ... "Today:")
  const blocksOut = EARLIER_BLOCK_HEADING.test(given) && (SAID_FIXED.test(given) || NOW_HEADINGS.test(given)) ? withoutFixedBlocks(given) : given;
  if (blocksOut !== given) return blocksOut;
  // (or an older relay refusal told in a ticket, in a past sentence or a quoted earlier reply, beside the coded error of now)
  return RELAY_LINE.test(given) ? withoutOlderToldRelayErrors(given) : given;
}

/**
 * `told` (the paste with its earlier errors blanked) with the person's asks given back: a line that told the earlier error and
 * then asked something ("... pero eso ya se arregló. ¿Podéis confirmar qué es esto y darme una respuesta en español?") keeps
 * its sentences after the error's last, where they ask (a question, a please) and name no error themselves.
 */
export function withAsksKept(whole: string, told: string): string {
  if (whole.length !== told.length) return told;
  const [wholeLines, toldLines] = [whole.split('\n'), told.split('\n')];
  let changed = false;
  wholeLines.forEach((line, index) => {
    if (toldLines[index] === line || toldLines[index]!.trim() !== '' || line.length > MAX_ASK_LINE) return;
    const sentences = [...line.matchAll(SENTENCE)];
    let lastError = sentences.length - 1;
    while (lastError >= 0 && !namesError(sentences[lastError]![0])) lastError--;
    if (lastError === -1) return;
    const kept = sentences.slice(lastError + 1).filter((m) => ASK_WORDS.test(m[0]) && !namesError(m[0]));
    if (kept.length === 0) return;
    let restored = toldLines[index]!;
    for (const m of kept) restored = restored.slice(0, m.index) + m[0] + restored.slice(m.index + m[0].length);
    toldLines[index] = restored;
    changed = true;
  });
  return changed ? toldLines.join('\n') : told;
}
/** A sentence of a line, its end mark included (a Spanish question's opening mark starts one). */
const SENTENCE = /[^.!?¿]+[.!?]*|¿[^?]*\??/g;
/** A sentence of prose: a dot inside a name ("smtp.mailgun.org", "5.7.1") does not end it. */
const PROSE_SENTENCE = /(?:[^.!?\n]|[.!?](?=\S))+[.!?]*/g;
const ASK_WORDS = /[?¿]|\b(?:please|pls|bitte|por[ \t]+favor|svp|per[ \t]+favore|graag)\b|\bproszę(?![a-ząćęłńóśźż])/i;
/** The longest line whose asks are given back: a person's note, not a log's endless line. */
const MAX_ASK_LINE = 2000;
const namesError = (sentence: string): boolean => codesIn(sentence).length > 0 || RELAY_LINE.test(sentence);

function supersededOf(given: string): string {
  // (a crossed-out line needs its `~`, an aside about an older case its word for one)
  const setAside = given.includes('~') || (given.includes('(') && PAST_CASE_WORDS.test(given)) ? withoutSetAsideErrors(given) : given;
  const whole = FIXED_STEMS.test(setAside) ? withoutFixedItems(setAside) : setAside;
  // (most pastes hold no story: the guesses are looked for only in one that may; a message or item marked solved is
  // set aside whatever time words there are)
  // (a paste taken back holds no relay refusal either, "sorry wrong one, this is the right one:" between two other errors:
  // then only with a server's coded reply below it, not a port number, "copied the wrong one of their two passwords ... port 587")
  // (two errors, the second the one asked about, "I mainly care about the second one": the first set aside)
  const secondAsked = SECOND_ASKED.test(whole) ? secondErrorAsked(whole) : null;
  if (secondAsked !== null) return secondAsked;
  if (!RELAY_LINE.test(whole)) return PASTE_TAKEN_BACK.test(whole) ? withoutPasteTakenBackText(whole) : whole;
  // (a paste taken back, "sorry, wrong paste, THIS is the one:", needs no time word)
  if (!tellsTime(whole)) return withoutSolvedMessages(withoutRetractedMessages(whole));
  const text = withoutSolvedMessages(withoutRetractedMessages(whole));
  const unasked = QUESTION_MARK.test(text) || GUESS_REPORTED.test(text) || AGAIN_WORD.test(text) ? withoutGuesses(text) : text;
  if (unasked === text) return supersede(text);
  if (!mayTellStory(unasked)) return text;
  const decided = supersede(unasked);
  if (decided === unasked) return text;
  const [pasted, before, after] = [text.split('\n'), unasked.split('\n'), decided.split('\n')];
  return pasted.map((line, index) => (after[index] !== before[index] ? after[index]! : line)).join('\n');
}

/** A quoted earlier message's header: "On Jan 14, 2025, Support wrote:", "Il 14/03/2024 11:03, Supporto IT ha scritto:". */
const WROTE_HEADER = /^[ \t>]*(?:on|am|le|el|il|em|op|w dniu)\b[^\n]{0,120}?\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|napisał[a]?)[ \t]*:[ \t]*$/i;
/** A past time a person dates an older error by: "la semana pasada", "last week", "in March", "a marzo", "letzte Woche". */
const MONTHS = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|märz|juni|juli|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus)`;
const PAST_TIME = new RegExp(String.raw`(?<![\p{L}])(?:last[ \t]+(?:week|month|year|time)|(?:la[ \t]+)?semana[ \t]+pasada|el[ \t]+mes[ \t]+pasado|(?:la[ \t]+)?settimana[ \t]+scorsa|(?:il[ \t]+)?mese[ \t]+scorso|letzte[ \t]+woche|letzten[ \t]+monat|la[ \t]+semaine[ \t]+dernière|le[ \t]+mois[ \t]+dernier|vorige[ \t]+(?:week|maand)|w[ \t]+zeszłym[ \t]+(?:tygodniu|miesiącu)|(?:na[ \t]+)?semana[ \t]+passada|(?:no[ \t]+)?mês[ \t]+passado|(?:in|en|a|im|em|op)[ \t]+${MONTHS})(?![\p{L}])`, 'iu');
/** Words that say the older error is back, not behind: "again", "de nuevo", "wieder". */
const BACK_AGAIN = /(?<![\p{L}])(?:again|still|once more|de nuevo|otra vez|di nuovo|ancora|wieder|erneut|encore|opnieuw|weer|znowu|ponownie|de novo|novamente)(?![\p{L}])/iu;
/** A relay refusal with its code, as a person quotes it: "550 5.7.1 Relaying denied", "554 5.7.1 <a@x>: Relay access denied". */
const CODED_RELAY = /\b[45]\d\d(?:[ -][45]\.\d{1,3}\.\d{1,3})?[ \t]+[^\n"\u201d]{0,120}?\brelay(?:ing)?[ \t]+(?:access[ \t]+)?(?:denied|not permitted)\b[.]?/i;
const CODED_RELAYS = new RegExp(CODED_RELAY.source, 'gi');

/**
 * A relay refusal a ticket tells as older, beside a server's coded reply of another error (the one of now): its words set aside.
 * Told as older: in a quoted earlier reply (after an "On ... wrote:" line), or in a line that dates it in the past, "la semana
 * pasada nos salía "550 5.7.1 Relaying denied"", and does not say it is back. The rest of those lines stays, the person's words.
 */
function withoutOlderToldRelayErrors(text: string): string {
  const lines = text.split('\n');
  const quoted = new Set<number>();
  lines.forEach((line, index) => {
    if (!WROTE_HEADER.test(line)) return;
    for (let next = index + 1; next < lines.length && /^[ \t]*>/.test(lines[next]!); next++) quoted.add(next);
  });
  // (or a quoted block that holds an earlier message's own header, "> From: Mailgun Support", "> Date: Tue, 14 May 2024": the thread's history)
  const history = new Set<number>();
  const checked = new Set<number>();
  lines.forEach((line, index) => {
    // (each block once: its first header line takes the whole block in)
    if (quoted.has(index) || history.has(index) || checked.has(index) || !QUOTED_MESSAGE_HEADER.test(line)) return;
    let start = index;
    while (start > 0 && /^[ \t]*>/.test(lines[start - 1]!)) start--;
    let end = start;
    while (end < lines.length && /^[ \t]*>/.test(lines[end]!)) end++;
    // (two different header keys, "From:" and "Date:": one alone may be a quoted setting's, `> from: noreply@x`)
    const keys = new Set(lines.slice(start, end).flatMap((blockLine) => QUOTED_MESSAGE_HEADER.exec(blockLine)?.[1]?.toLowerCase() ?? []));
    for (let next = start; next < end; next++) (keys.size >= 2 ? history : checked).add(next);
  });
  for (const index of history) quoted.add(index);
  // (or a log line dated before a later one's refused login: the login was turned on since, "[2024-03-05T16:22:19] ... 550 5.7.1
  // Relaying denied" under "[2024-03-12T10:05:44] ... 535 5.7.0 ...", whichever order the log runs in)
  const loginRefusedDays = lines.flatMap((line) => (LOGIN_REFUSED.test(line) ? [ISO_LOG_DAY.exec(line)?.[1]] : [])).filter((day): day is string => day !== undefined).sort();
  const lastLoginRefusedDay = loginRefusedDays.at(-1);
  const datedBefore = (line: string): boolean => lastLoginRefusedDay !== undefined && (ISO_LOG_DAY.exec(line)?.[1] ?? lastLoginRefusedDay) < lastLoginRefusedDay;
  // (or a log line of the refusal that the same log's later lines show sent since, "status=sent (250 Great success)": fixed)
  // (to the same recipient: not another recipient's delivery through the same relay, from another server, beside a refusal of now)
  const sentSince = (line: string, index: number): boolean => {
    const recipient = LOG_LINE_TIME.test(line) ? LOG_RECIPIENT.exec(line)?.[1]?.toLowerCase() : undefined;
    return recipient !== undefined && lines.slice(index + 1, index + 1 + SENT_SINCE_LINES).some((later) => LOG_LINE_TIME.test(later) && SENT_LINE.test(later) && LOG_RECIPIENT.exec(later)?.[1]?.toLowerCase() === recipient);
  };
  const older = (line: string, index: number): boolean => RELAY_LINE.test(line) && CODED_RELAY.test(line) && (quoted.has(index) || toldPast(line) || datedBefore(line) || sentSince(line, index));
  // (the sentence that holds the refusal tells its time: "Last week ... got "550 5.7.1 Relaying denied" ..., they did. Now the
  // dev says "still broken, different error"": the next sentence's "still" is of now)
  const toldPast = (line: string): boolean => PAST_TIME.test(line) && sentencesOf(line).some((sentence) => CODED_RELAY.test(sentence) && PAST_TIME.test(sentence) && !BACK_AGAIN.test(sentence));
  const olderLines = new Set(lines.flatMap((line, index) => (older(line, index) ? [index] : [])));
  if (olderLines.size === 0) return text;
  // (the error of now: a server's coded reply of another kind, outside the lines told as older and outside quoted history; or a
  // coded relay refusal of its own outside it, beside a thread's quoted history: "now NOTHING goes out ... 550 5.7.1 Relaying denied"
  // over "> From: Mailgun Support ... 554 5.7.1 ... Relay access denied")
  const unquotedRelay = (index: number): boolean => !olderLines.has(index) && !quoted.has(index) && RELAY_LINE.test(lines[index]!) && CODED_RELAY.test(lines[index]!);
  // (not an event's bare code field, `"code": 554,`, beside its own relay refusal's message field: one error)
  const relayFieldNear = (index: number): boolean => lines.slice(Math.max(0, index - EVENT_FIELDS_AROUND), index + EVENT_FIELDS_AROUND + 1).some((near) => RELAY_LINE.test(near) && EVENT_FIELD_LINE.test(near));
  const otherNow = lines.some((line, index) => !olderLines.has(index) && !quoted.has(index) && !RELAY_LINE.test(line) && !(CODE_FIELD.test(line) && relayFieldNear(index)) && [...line.matchAll(REPLY_CODES)].some((m) => /^[45]/.test(m[1]!)));
  const relayNow = !otherNow && [...olderLines].every((older) => history.has(older)) && lines.some((_, index) => unquotedRelay(index));
  // (or a relay refusal of now in an event's field or a log line, beside one the person tells as last week's, "Last week's issue
  // was 550 5.7.1 Relaying denied from smtp.mailgun.org ... sending resumed": that sentence's codes are the older error's)
  const eventRelayNow = !otherNow && !relayNow && [...olderLines].every((older) => toldPast(lines[older]!)) && lines.some((line, index) => !olderLines.has(index) && !quoted.has(index) && RELAY_LINE.test(line) && (EVENT_FIELD_LINE.test(line) || LOG_LINE_TIME.test(line)));
  if (!otherNow && !relayNow && !eventRelayNow) return text;
  // (beside an event's refusal of now, the person's story of last week's goes from its sentence on: its fix, "had them tick 'Use
  // SMTP authentication'", is that case's, not a setting of now)
  if (eventRelayNow) return lines.map((line, index) => (olderLines.has(index) ? withoutPastStory(line) : line)).join('\n');
  // (beside a relay refusal of now, the thread's quoted history goes whole: its other words, "we see failed events in the
  // Mailgun logs", are of the earlier case too)
  if (relayNow) return lines.map((line, index) => (history.has(index) ? ' '.repeat(line.length) : line)).join('\n');
  // (a log line dated before, or sent since, is no one's words: all of it goes, its "(code: 550)" too)
  return lines.map((line, index) => (!olderLines.has(index) ? line : (datedBefore(line) || sentSince(line, index)) && !toldPast(line) && !quoted.has(index) ? ' '.repeat(line.length) : line.replace(CODED_RELAYS, '(an older error)'))).join('\n');
}

/**
 * A log's relay refusals above its own record of a fix ("NOTE: above error before config:cache refresh", "Deploy ...: php artisan
 * config:cache"), with none after it and another coded error after it: blanked, lengths kept. The log's timestamped lines only.
 */
function withoutRelayBeforeLoggedFix(text: string): string {
  const lines = text.split('\n');
  const fix = lines.findIndex((line) => ISO_LOG_DAY.test(line) && FIX_LOGGED.test(line));
  if (fix === -1) return text;
  const relay = (line: string) => RELAY_LINE.test(line) && CODED_RELAY.test(line);
  if (lines.slice(fix + 1).some(relay) || !lines.slice(0, fix).some(relay)) return text;
  const otherAfter = lines.slice(fix + 1).some((line) => [...line.matchAll(REPLY_CODES)].some((m) => /^[45]/.test(m[1]!)));
  if (!otherAfter) return text;
  return lines.map((line, index) => (index < fix && ISO_LOG_DAY.test(line) && relay(line) ? ' '.repeat(line.length) : line)).join('\n');
}

/** A log's own record of a fix: a note that the errors above came before it, a deploy, a configuration cache rebuilt, a restart. */
/** The person says a hand-run test used a made-up password: "typed a dummy one in openssl on purpose", "a placeholder test password". */
const DUMMY_PASSWORD_TEST = /\b(?:dummy|fake|made-up|placeholder|bogus)[ \t]+(?:test[ \t]+)?(?:one|password|pass|pw)\b[^\n]{0,120}?\b(?:on[ \t]+purpose|deliberately|intentionally|openssl|telnet|swaks)\b|\b(?:openssl|telnet|swaks)\b[^\n]{0,120}?\b(?:dummy|fake|made-up|placeholder|bogus)[ \t]+(?:test[ \t]+)?(?:one|password|pass|pw)\b/i;
/** A server's reply line in a session: `220 Mailgun Influx ready`, `250-AUTH PLAIN LOGIN`. */
const SMTP_REPLY_LINE = /^[ \t]*[2-5]\d\d[ -]/;
/** How far a session's TLS output may run before its server's first reply. */
const MAX_SESSION_LINES = 60;
/** A hand-run SMTP session's command line: `openssl s_client -connect ...`, `telnet host 587`, `swaks --to ...`. */
const MANUAL_SESSION_START = /^[ \t]*(?:\$[ \t]*)?(?:openssl[ \t]+s_client|telnet[ \t]|swaks[ \t])/;

/**
 * The paste without its hand-run sessions (from the command line to the first blank line), where another coded error stays
 * outside them: the application's own run ("smtplib.SMTPAuthenticationError: (535, ...)"). Unchanged otherwise.
 */
function withoutDummyPasswordSession(text: string): string {
  const lines = text.split('\n');
  const session = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    if (!MANUAL_SESSION_START.test(lines[index]!)) continue;
    // (to the first blank line after the server's first reply: openssl's TLS output before it may hold blank lines)
    const start = index;
    let replied = false;
    for (; index < lines.length; index++) {
      if (lines[index]!.trim() === '' && (replied || index - start >= MAX_SESSION_LINES)) break;
      session.add(index);
      if (SMTP_REPLY_LINE.test(lines[index]!)) replied = true;
    }
  }
  if (session.size === 0 || !lines.some((line, index) => !session.has(index) && codesIn(line).some(isFailure))) return text;
  return lines.map((line, index) => (session.has(index) ? ' '.repeat(line.length) : line)).join('\n');
}

const FIX_LOGGED = /\b(?:above[ \t]+(?:error|errors|failure|failures)[ \t]+(?:were[ \t]+|was[ \t]+)?before\b|deploy(?:ed|ment)?\b[^\n]{0,80}\b(?:config:cache|config:clear|restart(?:ed)?)\b|config(?:uration)?[ \t]+cached\b|\.env[ \t]+updated\b|config:cache[ \t]+cleared\b)/i;

/** An earlier message's header inside a quoted block: "> From: Mailgun Support", ">> Date: Mon, 13 May 2024" (in the thread's languages). */
const QUOTED_MESSAGE_HEADER = /^[ \t]*>[> \t]*(from|date|sent|von|datum|gesendet|de|fecha|enviado|envoyé|da|data|inviato|van|verzonden|od|wysłano)[ \t]*:[ \t]*\S/i;

/** A log line of a message sent: Postfix's `status=sent (250 ...)`, a session's `250 Great success`. */
const SENT_LINE = /\bstatus=sent\b|(?<![\w.])250[ -](?:2\.0\.0[ \t]+)?(?:great success|ok\b|queued)/i;
const SENT_SINCE_LINES = 20;
/** A log line's recipient (`to=<a@b>`), in group 1. */
const LOG_RECIPIENT = /\bto=<([^<>\s]{3,254})>/i;
/**
 * A Postfix log's relay refusals that the same server's later delivery through the same relay host shows behind it (its login
 * turned on since; none sent through it before them), where another coded error follows that delivery: the refusals blanked,
 * lengths kept. Log lines only.
 */
function withoutRelayBeforeSentThroughIt(text: string): string {
  const lines = text.split('\n');
  const refused = lines.flatMap((line, index) => (RELAY_LINE.test(line) && CODED_RELAY.test(line) && sourceAndRelayOf(line) !== null ? [index] : []));
  if (refused.length === 0) return text;
  const sources = new Set(refused.map((index) => sourceAndRelayOf(lines[index]!)));
  const sentThrough = (line: string) => SENT_LINE.test(line) && sources.has(sourceAndRelayOf(line));
  const sent = lines.findIndex((line, index) => index > refused.at(-1)! && sentThrough(line));
  // (not where the same relay sent before the refusals too: it took that server's login all along, the refusal is another story)
  if (sent < 0 || lines.slice(0, refused[0]).some(sentThrough)) return text;
  const otherAfter = lines.some((line, index) => index > sent && !RELAY_LINE.test(line) && codesIn(line).some(isFailure));
  const blanked = new Set(refused);
  return otherAfter ? lines.map((line, index) => (blanked.has(index) ? ' '.repeat(line.length) : line)).join('\n') : text;
}

/** A Postfix log line's server and relay host, "app01 smtp.mailgun.org": one server's sending through one submission relay. */
const POSTFIX_SOURCE = /^[ \t]*(?:\[?\d{4}-\d\d-\d\d[T \t]\d\d:\d\d:\d\d\S{0,20}|[A-Z][a-z]{2}[ \t]{1,2}\d{1,2}[ \t]\d\d:\d\d:\d\d)[ \t](\S{1,80})[ \t]postfix\/[^\n]*?\brelay=([^\s,[\]]{1,255})(?:\[[^\]\n]{1,60}\])?(?::(\d{1,5}))?/i;
// (a submission relay only, its login the fix: not a recipient's own MX, which refuses one address and takes another)
function sourceAndRelayOf(line: string): string | null {
  const m = POSTFIX_SOURCE.exec(line);
  if (m === null || !(/^smtp\./i.test(m[2]!) || (m[3] !== undefined && SUBMISSION_PORTS.has(m[3])))) return null;
  return `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`;
}
const SUBMISSION_PORTS = new Set(['587', '465', '2525']);
/** A log line's day, written the ISO way (`2024-03-12T10:05:44`, `[2024-03-12 10:05:44]`): comparable as a string. */
const ISO_LOG_DAY = /^[ \t]*\[?(\d{4}-\d\d-\d\d)[T \t]+\d\d:\d\d:\d\d/;
/** A server's refusal of a login: 535, or 5.7.8 / 5.7.0 after an authentication word. */
const LOGIN_REFUSED = /(?<![\w.])535(?![\w.])|\bauthenticat[^\n]{0,80}?(?<![\w.])5\.7\.[08](?![\w.])/i;

/** A line that calls its error an older one, or one to ignore: "an older failed event from Sep 20 ... ignore that one". */
const OLDER_SAID = /\b(?:older|earlier|previous|ignore)\b/i;
/** A thread or a ticket's notes said to run newest first. */
// (the thread's or the notes' own label, "internal notes (newest first)"; not a remark about a log view, "Sending → Logs, newest first")
// (or Zendesk's notification, its comments newest first under "##- Please type your reply above this line -##")
/**
 * A list of events or log lines said to run newest first, as the label over it: "Events, latest first:", "Logs (newest first):".
 * Not a remark about a view ("checked Sending → Logs, newest first"): only a label that ends its line with a colon.
 */
/** How many lines above the list's first error its label may stand. */
const LIST_LABEL_REACH = 3;
const LIST_NEWEST_FIRST = /\b(?:events|log|logs|lines|entries|rows|list|failures|bounces)\b[^\n]{0,20}?\(?\b(?:newest|latest|most[ \t]+recent)[ \t]+(?:first|on[ \t]+top|at[ \t]+the[ \t]+top)\b\)?[ \t]*:[ \t]*$/im;
/** Words that say a thread runs newest first (in English; Czech "Nejnovější odpověď nahoře", German "Neueste Nachricht oben"). */
const NEWEST_FIRST = /##-[ \t]*please type your reply above this line[ \t]*-##|(?:\b(?:notes|thread|messages|history|comments|updates|replies|conversation|timeline|ticket|freshdesk|zendesk)\b|#\d{2,10}\b)[^\n]{0,20}?\b(?:newest|latest|most recent)[ \t]+(?:first|on top|at the top)\b|\b(?:notes|thread|messages|history|comments|updates|replies|conversation|timeline)\b[^\n]{0,20}\breverse[ \t]+chronological\b|\b(?:newest|latest|most[ \t]+recent)[ \t]+(?:reply|message|note|comment|update|mail|e-?mail)[ \t]+(?:is[ \t]+)?(?:on[ \t]+top|at[ \t]+the[ \t]+top)\b|\([ \t]*(?:newest|latest|most[ \t]+recent)[ \t]+(?:replies|reply|messages|message)[ \t]+first[ \t]*\)|\bnejnovější[ \t]+(?:odpověď|zpráva|zprávy)[ \t]+nahoře\b|\bneueste[nr]?[ \t]+(?:antwort|nachricht)[ \t]+(?:steht[ \t]+)?oben\b/i;

/**
 * A heading of an earlier run's output: "Previous run (yesterday, wrong host typo, fixed since):", "Earlier worker log (06:12,
 * different deploy, for reference):". Set aside where it, or the block under it, says that was fixed.
 */
// (and in other languages: "Log antiguo, ya arreglado (4 de marzo):", "Ancien log (corrigé) :", "Altes Log, behoben:")
// (one clause: not a sentence's end before the colon, "We set the domain up last month. WP Mail SMTP says this:")
const EARLIER_BLOCK_HEADING = /^[^\n:]{0,60}\b(?:previous|earlier|old|older|yesterday(?:'s)?|last[ \t]+(?:week|month|time|run|night)|antiguo|anterior|viejo|ayer|ancien|précédent|alte[sn]?|vorherige[sn]?|gestern|vecchio|precedente|ieri|antigo|ontem|oude|vorige|gisteren|history|verlauf|historie|historial|historique|storico|histórico|geschiedenis)(?![a-zà-ÿ])(?:\([^()\n]{0,80}\)|[^\n.:()]){0,160}:[ \t]*$/im;
const EARLIER_BLOCK_HEADINGS = new RegExp(EARLIER_BLOCK_HEADING.source, 'gim');
const SAID_FIXED = /(?<!(?:\b(?:not|never|no|nicht|pas|non|não|niet)|n't)(?:[ \t]+(?:yet|been|ever|still|está|ist|noch|encore|ainda|todavía)){0,2}[ \t]+)\b(?:fixed|resolved|solved|arreglado|resuelto|solucionado|corrigé|réglé|résolu|behoben|gelöst|erledigt|risolto|sistemato|resolvido|corrigido|opgelost)(?![a-zà-ÿ])(?![ \t]+(?:to|as)\b)|\b(?:that|this|the)[ \t]+(?:error|problem|issue|one)[ \t]+(?:stopped|went[ \t]+away|disappeared|was[ \t]+gone)\b/i;
const MAX_FIXED_BLOCK_LINES = 40;
/** A heading of the output of now, below an earlier one: "Today:", "Now (after the change):", "Current log:", "Heute (02.04.) schreibt der Kunde:". */
const NOW_HEADING = /^[ \t]*(?:today|now|this[ \t]+morning|current(?:ly)?|latest|hoy|ahora|aujourd'hui|maintenant|heute|jetzt|oggi|adesso|hoje|agora|vandaag|nu|dzisiaj|teraz)(?:'s)?(?:[ \t]+(?:error|errors|log|logs|run|output|one|bounce|session|trace))?(?:[ \t]*\([^()\n]{0,120}\))?(?:[ \t]+[^\s:()?.](?:[^\n:()?.]{0,39}[^\s:()?.])?)?[ \t]*:[ \t]*$/i;
const NOW_HEADINGS = new RegExp(NOW_HEADING.source, 'im');

/**
 * The lines under such a heading blanked, up to the first blank line (the block it heads), where a coded failure stands
 * outside them: that one is the error of now. (A block that holds the only error is kept: there is nothing else to read.)
 */
function withoutFixedBlocks(text: string): string {
  const lines = text.split('\n');
  const blanked = new Set<number>();
  let at = 0;
  for (const m of text.matchAll(EARLIER_BLOCK_HEADINGS)) {
    const heading = text.slice(0, m.index).split('\n').length - 1;
    if (heading < at) continue;
    // (the block may start after a blank line: a code fence's, which normalizing leaves blank)
    let first = heading + 1;
    while (first < lines.length && first <= heading + 2 && lines[first]!.trim() === '') first++;
    let next = first;
    while (next < lines.length && next <= heading + MAX_FIXED_BLOCK_LINES && lines[next]!.trim() !== '') next++;
    at = next;
    // (said fixed, in the heading or the block, or followed by a heading of now: "Previous run:" ... "Today:")
    const setAside = SAID_FIXED.test(m[0]) || lines.slice(first, next).some((line) => SAID_FIXED.test(line)) || lines.slice(next).some((line) => NOW_HEADING.test(line));
    if (setAside) for (let index = first; index < next; index++) blanked.add(index);
  }
  if (blanked.size === 0) return text;
  const codedOutside = lines.some((line, index) => !blanked.has(index) && codesIn(line).some(isFailure));
  return codedOutside ? lines.map((line, index) => (blanked.has(index) ? ' '.repeat(line.length) : line)).join('\n') : text;
}

/** A line crossed out in Slack's markup, `~SMTP Error: ... Relaying denied~` (in a code span or not). */
const STRUCK_LINE = /^[ \t]*`?~`?[^~\n]{2,}`?~`?[ \t]*$/gm;

const PAST_CASE_WORDS = /ticket|case|incident|last year|year ago|l'an dernier|l'année dernière|año pasado|ano passado|anno scorso|letztes jahr|vorig jaar|zeszłym roku/i;

/** A parenthesis about another, older case, codes and all: "(February ticket was #51877, that one was "550 5.7.1 Relaying denied" ...)", "(pour info, l'an dernier on avait eu "554 5.7.1 ...: Relay access denied" ...)". */
// (not one that says the error goes on: "(same as their last ticket, ... they still haven't ...)")
const PAST_CASE_ASIDES = /\((?=[^()\n]{0,200}?(?:\b(?:(?:january|february|march|april|june|july|august|september|october|november|december)(?:'s)?|earlier|previous|older|last) (?:ticket|case|incident)\b|\b(?:last year|a year ago|l'an dernier|l'année dernière|el año pasado|o ano passado|l'anno scorso|letztes jahr|vorig jaar|w zeszłym roku)(?![a-zà-ÿ])))(?![^()\n]{0,400}?\b(?:same|again|still|like)\b)[^()\n]{0,400}\)/gi;

/**
 * The paste with a relay refusal a person set aside blanked, when another error stands beside it (that one is what the
 * paste is about now): crossed out (done with, "solved ✅"), or told in a parenthesis about an older case.
 */
function withoutSetAsideErrors(text: string): string {
  const asideCodes = new Set<string>();
  let setAside = false;
  const blankRefusal = (part: string) => {
    if (!RELAY_LINE.test(part)) return part;
    setAside = true;
    for (const code of failureCodesIn(part)) asideCodes.add(code);
    return part.replace(/[^\n]/g, ' ');
  };
  const struck = text.includes('~') ? text.replace(STRUCK_LINE, blankRefusal) : text;
  const rest = struck.includes('(') ? struck.replace(PAST_CASE_ASIDES, blankRefusal) : struck;
  return setAside && holdsOtherError(rest, asideCodes) ? rest : text;
}

/**
 * Whether `rest` holds another error than the refusal set aside: a failure code that refusal does not carry (the same
 * code outside it is that refusal again), or a coded line with no relay phrase ("550 5.7.1 Sender address rejected"
 * shares the codes of a "550 5.7.1 Relaying denied" set aside).
 */
function holdsOtherError(rest: string, asideCodes: ReadonlySet<string>): boolean {
  return rest.split('\n').some((line) => {
    const codes = failureCodesIn(line);
    return codes.some((code) => !asideCodes.has(code)) || (codes.length > 0 && !RELAY_LINE.test(line));
  });
}

/** The failure codes of a text, line by line: replies, enhanced codes, HTTP statuses, and labelled ones (WP Mail SMTP's `SMTP code: 421`). */
function failureCodesIn(text: string): string[] {
  const codes = text.split('\n').flatMap((line) => codesIn(line)).filter(isFailure);
  for (const m of text.matchAll(LABELLED_CODES)) codes.push(m[1]!);
  return codes;
}
const LABELLED_CODES = /\bcode:?[ \t]*([45]\d\d)\b/gi;

/** A thread message that takes the one before it back ("scratch that, wrong account tab", "that event belongs to a different customer"). */
const RETRACTION = /^[^\n]{0,80}?\b(?:scratch that|disregard (?:that|the above|my last)|ignore (?:that|the above|my last)|wrong (?:account|tab|customer|ticket|domain|paste)|belong(?:s|ed)? to (?:another|a different) (?:customer|account|ticket))\b/i;
const RETRACTION_WORDS = /scratch that|disregard|ignore|wrong|belong|need help with/i;

/** The paste with each thread message that a next message takes back blanked (same length). */
function withoutRetractedMessages(text: string): string {
  if (!RETRACTION_WORDS.test(text)) return text;
  const lines = text.split('\n');
  const starts = messageStarts(lines);
  let retracted = false;
  for (let message = 1; message < starts.length; message++) {
    // (the message's own first words: its header line and the line under it)
    const opening = lines.slice(starts[message]!, starts[message]! + 2).join(' ');
    if (!RETRACTION.test(opening)) continue;
    blank(lines, starts[message - 1]!, starts[message]!);
    retracted = true;
  }
  if (!retracted) retracted = withoutPasteTakenBack(lines);
  return retracted ? lines.join('\n') : text;
}

/** "sorry, wrong log, this is the real one:": the person takes back what they pasted above, in one message. */
// (or set aside as sorted, "First one they already sorted ... The one I actually need help with is this bounce:")
const PASTE_TAKEN_BACK = /\b(?:wrong (?:log|paste|error|trace|stack ?trace|file|screenshot|one)|pasted the wrong\b|(?:this|here) is the (?:real|right|correct|actual) one|the one (?:i|we) (?:actually |really )?need help with)\b/i;
const CODE_IN_LINE = /(?<![\w.])[245]\d\d\b|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;
/** A take-back line that points to the error above it: "the one we need help with is the relaying denied above". */
const POINTS_BACK = /\b(?:above|earlier|first one|oben|arriba|ci-dessus|acima|sopra|hierboven)\b/i;
/** A labelled field's line, `Remote server: mail.example.com`, `Host: ...`. */
const FIELD_LINE = /^[ \t]*[A-Za-z][\w -]{0,30}:[ \t]*\S/;

/** A server's reply with its enhanced code, "552 5.2.2", or a code alone, "5.7.1": an error, not a port or a count. */
const REPLY_IN_LINE = /(?<![\w.])[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.])|(?<![\w.])[45]\.\d{1,3}\.\d{1,3}(?![\d.])/;

/** The paste without what a line takes back, where an error with its enhanced code stands below that line. */
function withoutPasteTakenBackText(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => PASTE_TAKEN_BACK.test(line));
  if (at <= 0 || !lines.slice(at + 1).some((line) => REPLY_IN_LINE.test(line))) return text;
  return withoutPasteTakenBack(lines) ? lines.join('\n') : text;
}

/**
 * Blanks what was pasted above such a line (a fenced block, a line with a reply code), keeping the person's own words
 * (their question stands); true if any was.
 */
function withoutPasteTakenBack(lines: string[]): boolean {
  const at = lines.findIndex((line) => PASTE_TAKEN_BACK.test(line));
  // (the one meant comes after: an error of its own below, or nothing above is taken back; not one pointed back to, "the
  // relaying denied above")
  if (at <= 0 || POINTS_BACK.test(lines[at]!) || !lines.slice(at + 1).some((line) => CODE_IN_LINE.test(line) || RELAY_LINE.test(line))) return false;
  let fenced = false;
  let blanked = false;
  const coded = lines.slice(0, at).map((line) => CODE_IN_LINE.test(line));
  for (let index = 0; index < at; index++) {
    const fence = /^[ \t]*```/.test(lines[index]!);
    // (and a field beside a code's line, `Remote server: exch01.corp.example.local`: the refusal's own, taken back with it)
    const field = FIELD_LINE.test(lines[index]!) && (coded[index - 1] === true || coded[index + 1] === true);
    if (fenced || fence || field || coded[index]) {
      blanked ||= lines[index]!.trim() !== '';
      blank(lines, index, index + 1);
    }
    if (fence) fenced = !fenced;
  }
  return blanked;
}

/** A ticket history's own note that the error it tells of was solved: "Marked solved.", "✅ confirmed working", "Status: resolved", "(closed)", "[RESOLVED ✅ Jul 2]", "Closing that one." */
// (or a check mark's word, Slack's `:white_check_mark: resolved`, "✅ fixed")
// (or an item's own first word, "(a) DONE — the "550 5.7.1 Relaying denied" ...", "1) ✅ fixed: ...")
// (as a status label, with its dash or colon: not an item's verb, "1. Fixed the MAIL_HOST typo, ... but still: 550 ...")
const MARKED_SOLVED = /(?:^|\n)[ \t]*(?:\d{1,2}[).]|\(?[a-z]\))[ \t]+(?:[*_]{1,2})?(?:✅[ \t]*)?(?:done|fixed|solved|resolved|closed)(?:[*_]{1,2})?(?=[ \t]*(?:[:—–-]|\n|$))|\bmarked (?:as )?(?:solved|resolved|closed|fixed)\b|\bconfirmed working\b|\bstatus(?: changed)?:?[ \t]*(?:solved|resolved|closed)\b|\((?:solved|resolved|closed)\)|\[(?:solved|resolved|closed|fixed)\b[^\]\n]{0,30}\]|(?::white_check_mark:|:heavy_check_mark:|✅|✔️?)[ \t]*(?:solved|resolved|fixed|closed)\b|(?:→|->|=>)[ \t]*(?:solved|resolved|fixed|closed|done)\b|(?<!\b(?:not|never)[ \t]{1,3}|n't[ \t]{1,3})\bclos(?:ing|ed) (?:that|this)(?: one| ticket| case)?[ \t]*[.!]/i;

/**
 * A thread's message about a relay refusal that the message itself marks solved ("... Relaying denied from
 * smtp.mailgun.org. Walked them through turning Authentication ON. Marked solved."), when a later message reports a
 * relay refusal again: the solved one is history, and what the earlier session showed says nothing of the new report.
 */
export function withoutSolvedMessages(text: string): string {
  if (!MARKED_SOLVED.test(text) && !CHECKED_OFF.test(text)) return text;
  const lines = text.split('\n');
  // (a thread's messages; or, in a note without them, its numbered items: "1) ✅ RESOLVED Tuesday: ...", "2) NEW today: ...")
  const threaded = messageStarts(lines);
  const starts = threaded.length >= 2 ? threaded : lines.flatMap((line, index) => (NUMBERED_ITEM.test(line) ? [index] : []));
  if (starts.length < 2) return text;
  const ends = [...starts.slice(1), lines.length];
  const told = starts.map((start, message) => RELAY_LINE.test(lines.slice(start, ends[message]).join('\n')));
  // (a list's later item with another error of its own: "(b) still open — ... 5.2.2 Mailbox full")
  const otherError = threaded.length >= 2 ? [] : starts.map((start, message) => failureCodesIn(lines.slice(start, ends[message]).join('\n')).length > 0);
  let solved = false;
  // (the last message that tells a relay refusal, and the last with another error: a later one is one before them)
  const lastTold = told.lastIndexOf(true);
  const lastOtherError = otherError.lastIndexOf(true);
  for (let message = 0; message < starts.length - 1; message++) {
    const body = lines.slice(starts[message]!, ends[message]).join('\n');
    const laterRelay = message < lastTold;
    // (or a message of another error marked solved, before a later relay refusal: "- Jun 10: "535 ..." → RESOLVED", then
    // "- Jun 14: ... marks 14 emails as "Relaying denied"": the 535 is history, not the error now)
    const otherSolved = !told[message] && laterRelay && failureCodesIn(body).length > 0;
    if (!otherSolved && (!told[message] || !(laterRelay || message < lastOtherError))) continue;
    // (its own mark, or the next message's, when that one only closes it: "✅ resolved, they added auth ... Closing.")
    // (a thread's message only: a checklist's next item, "2. SPF and DKIM: ✅ fixed", closes nothing of the item above it)
    // (or by a check mark its line ends with: the customer's "credentials added, orders go out again, thanks!" ✅)
    const next = threaded.length >= 2 && !told[message + 1] ? lines.slice(starts[message + 1]!, ends[message + 1]).join('\n') : '';
    // (or a next message that is a check mark alone, under one that says it works again: "... all delivered now. Closing.", then "✅")
    const closedNext = next !== '' && (MARKED_SOLVED.test(next) || (next.length <= CHECKED_OFF_MAX && CHECKED_OFF.test(next) && (WORKS_AGAIN.test(next) || (ONLY_CHECK_MARK.test(next) && CLOSED_SAID.test(body)))));
    if (!MARKED_SOLVED.test(body) && !closedNext) continue;
    blank(lines, starts[message]!, ends[closedNext ? message + 1 : message]!);
    solved = true;
  }
  return solved ? lines.join('\n') : text;
}

/**
 * A check mark ending a line: a thread's message ticked off, when the message is a short word that it works again
 * ("credentials added, orders go out again, thanks!" ✅), not a status list's line ("DNS records all verified ✅").
 */
const CHECKED_OFF = /(?::white_check_mark:|:heavy_check_mark:|✅|✔️?)[ \t]*(?:\n|$)/;
const CHECKED_OFF_MAX = 240;
/** A message that is a check mark and nothing else, its header aside: "[08:52] Hana: ✅". */
/** What a message says to be closed by a check mark alone: done, and said so ("all delivered now. Closing."), not "doesn't work". */
const CLOSED_SAID = /(?<!\b(?:not|never)[ \t]{1,3}|n't[ \t]{1,3})\b(?:all delivered|delivered now|works (?:now|again)|fixed|resolved|solved|closing)\b/i;
const ONLY_CHECK_MARK = /^[^\n]{0,60}?(?::white_check_mark:|:heavy_check_mark:|✅|✔️?)[ \t]*$/;
const WORKS_AGAIN = /\b(?:thanks?|thank you|works?|working|go(?:es)? out|went out|fixed|resolved|sorted|solved|all good)\b/i;

/**
 * A history list's item that tells its own fix after an arrow: "• Tue: outside senders bounced at mxa.mailgun.org → added
 * match_recipient(...), fixed, those bounces stopped." Its error and hosts are history.
 */
// (the word closes the item, a short clause at most after it; nothing of doubt or of an error going on anywhere after the
// arrow: "we thought that fixed it, but they still bounce", "fixed the 535, but now ...", DNS's "resolved to mxa.mailgun.org")
const FIXED_ITEM = /^[ \t]*(?:[•*-]|\d{1,2}[).])[ \t]+[^\n]*?(?:→|->|=>)(?![^\n]*(?:\b(?:thought|should|supposed|nothing|if|but|still|again|now|not|never|yet)\b|n't\b))[^\n]{0,160}?\b(?:fixed|resolved|solved)\b(?![ \t]+(?:to|as)\b)[^\n]{0,60}$/gim;

/**
 * A line that tells a past month's error and its fix: "in August it was `550 5.7.1 Relaying denied` because production.rb had no
 * authentication at all, fixed in PR #812 ... this one is different". (Not one that says it is back: "still", "again".)
 */
// (three scans of one line each, in turn: one expression with a look-ahead to the line's end at each opening was quadratic)
// (and in Spanish, Portuguese, French, German and Italian: "en agosto tenían `550 ...` ... Lo arreglaron el 2 de septiembre")
const PAST_MONTH_OPENING = new RegExp(
  [
    String.raw`\bin (?:january|february|march|april|may|june|july|august|september|october|november|december),? (?:it|that|the error) was\b`,
    String.raw`\ben (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre),? (?:tenían|tenia|tuvieron|era|fue|daba|salía|aparecía)(?![a-zà-ÿ])`,
    String.raw`\bem (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro),? (?:era|foi|tinham|dava|aparecia)\b`,
    String.raw`\ben (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre),? (?:c['’]était|ils avaient|on avait|il y avait)(?![a-zà-ÿ])`,
    String.raw`\bim (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember),? (?:war|hatten|kam)\b`,
    String.raw`\b(?:ad|a|in) (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre),? (?:era|avevano|c['’]era)\b`,
  ].join('|'),
  'i',
);
const STILL_THERE = /\b(?:still|again|came back|is back|otra vez|de nuevo|volvió|sigue|todavía|de novo|voltou|ainda|encore|toujours|revient|wieder|immer noch|ancora|di nuovo)(?![a-zà-ÿ])/i;
const FIXED_WORD = /\b(?:(?:fixed|resolved|solved)\b(?![ \t]+(?:to|as)\b)|(?:arreglaron|arreglado|resuelto|solucionado|solucionaron|corrigieron|resolvido|resolveram|corrigido|corrigiram|consertaram|corrigé|réglé|résolu|behoben|gelöst|risolto|sistemato|corretto)(?![a-zà-ÿ]))/i;

/** The stems of FIXED_WORD's words: a text without any has no fixed item or month to set aside. */
const FIXED_STEMS = /fixed|resolved|solved|arregl|resuel|soluciona|corrig|resolv|consert|réglé|résolu|behoben|gelöst|erledigt|opgelost|risolto|sistemato|corretto/i;

/** The text with each line that tells a past month's fixed error blanked (same length). */
function withoutFixedInPastMonth(text: string): string {
  if (!PAST_MONTH_OPENING.test(text)) return text;
  return text.replace(/^[^\n]*$/gm, (line) => {
    const opening = PAST_MONTH_OPENING.exec(line);
    if (!opening) return line;
    const after = line.slice(opening.index + opening[0].length);
    const fixed = FIXED_WORD.exec(after);
    // (not a line that goes on to today's refusal after the fix: "... quedó resuelto; desde ayer ... 550 5.7.1 Relaying denied")
    return !STILL_THERE.test(after) && fixed !== null && !RELAY_LINE.test(after.slice(fixed.index)) ? ' '.repeat(line.length) : line;
  });
}

/**
 * A history list's item under a past label that says it was fixed, without an arrow: "- Last week: they had a bunch of 535
 * errors ... We fixed that on Thursday, confirmed sends working since then." (Nothing of doubt or of an error going on.)
 */
const FIXED_PAST_ITEM = /^[ \t]*[•*-][ \t]+(?:last (?:week|month)|earlier|previously|before)[ \t]*:(?![^\n]*(?:\b(?:thought|should|supposed|if|but|still|again|now|never|yet)\b|n't\b))[^\n]{0,300}?\b(?:we|they|i|that was|it was)[ \t]+(?:fixed|resolved|solved)\b[^\n]{0,120}$/gim;

/**
 * A history list's item that ends on its fix and a check mark: "- Apr 2: "550 5.7.1 Relaying denied" ... → their app wasn't
 * sending AUTH, fixed ✅", "- Letzte Woche: ... → Kunde hat SMTP-Login eingetragen, behoben ✅" (its cause's words may be negative).
 */
const FIXED_MARKED_ITEM = /^[ \t]*(?:[•*-]|\d{1,2}[).])[ \t]+[^\n]*?(?:→|->|=>)[^\n]{0,200}?\b(?:fixed|resolved|solved|behoben|gelöst|erledigt|resuelto|solucionado|resolvido|opgelost|risolto|résolu|corrigé)[ \t]*(?:✅|✔️?|☑️?)[ \t]*$/gimu;

/** The paste with its history list's fixed items (and lines telling a past month's fixed error) blanked (same length), when it still tells a relay refusal or an error besides. */
function withoutFixedItems(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  const blanked = withoutFixedInPastMonth(text.replace(FIXED_ITEM, blank).replace(FIXED_PAST_ITEM, blank).replace(FIXED_MARKED_ITEM, blank));
  return blanked !== text && (RELAY_LINE.test(blanked) || failureCodesIn(blanked).length > 0 || HTTP_FAILURE.test(blanked)) ? blanked : text;
}
/** An HTTP API's failure: "HTTP-Status 401", "HTTP/1.1 401 Unauthorized", curl's lone "Forbidden". */
const HTTP_FAILURE = /\bHTTP(?:[-\/ ]?(?:status|\d(?:\.\d)?))?[ \t:]*[45]\d\d\b|^[ \t]*(?:forbidden|unauthorized)[ \t]*$/im;

/** A numbered item's first line: `1) ...`, `2. ...`, `(a) ...`, `B) ...`. */
const NUMBERED_ITEM = /^[ \t]*(?:\d{1,2}[).]|\([a-z]\)|[A-Z]\))[ \t]+\S/;

/** No story without a relay refusal and a time word: most pastes stop here, before any per-line work. */
function mayTellStory(text: string): boolean {
  return RELAY_LINE.test(text) && tellsTime(text);
}

/** Time words, thread messages or a dismissal: what a story needs beside its relay refusal. */
function tellsTime(text: string): boolean {
  return CURRENT.test(text) || PAST.test(text) || MESSAGE_HEADERS.test(text) || DISMISSAL.test(text) || RESOLVED_ON_LINE.test(text) || FIXED_SINCE_SAID.test(text);
}

/** `text` with an earlier error blanked, for a text mayTellStory has let through. */
/**
 * The line with the sentences that tell the older relay refusal blanked (lengths kept): its past sentence and those after it
 * that go on with that story, up to one that speaks of now ("Today it is the other direction: ...").
 */
function withoutPastStory(line: string): string {
  let at = 0;
  let inStory = false;
  let out = line;
  for (const sentence of sentencesOf(line)) {
    const start = line.indexOf(sentence, at);
    at = start + sentence.length;
    if (CODED_RELAY.test(sentence) && PAST_TIME.test(sentence) && !BACK_AGAIN.test(sentence)) inStory = true;
    else if (inStory && (CURRENT.test(sentence) || BACK_AGAIN.test(sentence))) inStory = false;
    if (inStory) out = out.slice(0, start) + ' '.repeat(sentence.length) + out.slice(at);
  }
  return out;
}
/** How many lines around an event's code field its message field may stand. */
const EVENT_FIELDS_AROUND = 6;
/** A structured event's field line: `"message": "5.7.1 ... Relay access denied",`, `delivery-status.message: ...`. */
// (a JSON field, or a Mailgun event's flattened one; not an exception's dotted name, `smtplib.SMTPRecipientsRefused:`)
const EVENT_FIELD_LINE = /^[ \t]*(?:"[\w-]{1,40}"[ \t]*:|(?:delivery-status|event-data|envelope|flags)\.[\w.-]{1,60}[ \t]*:)/;
/** A log line's day and time at its start (`2024-10-08T02:00:41Z`, `Oct  8 02:00:41`, `[2024-10-08 02:00:41]`): the day in group 1. */
const LOG_LINE_TIME = /^[ \t]*\[?(\d{4}-\d\d-\d\d|[A-Z][a-z]{2}[ \t]+\d{1,2})[T \t]+\d\d:\d\d:\d\d/;
/** A line a log line carries under it: indented, or a traceback's head or its exception (`smtplib.SMTPRecipientsRefused: ...`). */
const UNDER_LOG_LINE = /^(?:[ \t]|traceback\b|[\w.]{1,80}(?:error|exception|refused)\b)/i;

/**
 * Lines of one log that follow each other, one day's: the first a log line with a time, each up to the last either a log
 * line of that day or one it carries (a traceback), none blank and none a person's ("--- after the change ---").
 */
function oneLog(lines: readonly string[], from: number, to: number): boolean {
  const day = LOG_LINE_TIME.exec(lines[from]!)?.[1];
  if (day === undefined || to - from > ONE_LOG_LINES) return false;
  return lines.slice(from + 1, to + 1).every((line) => {
    const lineDay = LOG_LINE_TIME.exec(line)?.[1];
    return lineDay !== undefined ? lineDay === day : UNDER_LOG_LINE.test(line);
  });
}
const ONE_LOG_LINES = 20;

/** A person's line that tells a code of an older case: no relay words, no server's words, and a past time and a ticket named ("... last month (ticket #90811) ..."). */
const olderCaseCode = (line: string): boolean => !RELAY_LINE.test(line) && PAST_TIME.test(line) && OTHER_TICKET.test(line) && !BACK_AGAIN.test(line) && !/\b(?:said|replied|response|returned)\b/i.test(line);
const OTHER_TICKET = /\b(?:ticket|case|incident)[ \t]*#?[ \t]*\d{3,10}\b/i;
/** A line that asks about a code without showing a reply: it ends with a question mark, and no relay phrase nor a server's words follow its code. */
const CODE_ASKED = /^(?![^\n]*(?:said|response|reply|error)\s*:)[^\n]{0,40}?(?<![\w.])(?:[245]\.\d{1,3}\.\d{1,3}|[245]\d\d)(?![\w.])[^\n]{0,200}\?[ \t]*(?:[^\n?]{0,120}\?)?[ \t]*$/i;
const codeAsked = (line: string): boolean => line.includes('?') && !RELAY_LINE.test(line) && CODE_ASKED.test(line);

function supersede(text: string): string {
  const lines = text.split('\n');
  // A server's words carry a code: "the relaying denied thing last week" is a person's.
  // (an event's bare `"code": 550` field line says nothing of which error it belongs to: it is left out)
  // (but an HTTP API's status field, `status: 401,`, is an error of its own: no SMTP reply has that code)
  // (nor a person's question that names a code, "Same 5.7.1 — is this the same relaying problem coming back?": no error shown)
  // (nor a code a person tells of an older case, "the 535 issue last month (ticket #90811) was a rotated SMTP password": not a reply of now)
  const coded = lines.map((line, index) => ({ index, codes: (CODE_FIELD.test(line) && !HTTP_ONLY_STATUS.test(line)) || codeAsked(line) || olderCaseCode(line) ? [] : codesIn(line).filter(isFailure) })).filter((l) => l.codes.length > 0);
  const isRelayLine = (index: number) => RELAY_LINE.test(lines[index]!) || codeOfRelayAbove(lines, index) || replyWrappedIntoRelay(lines, index);
  const relayLines = coded.filter((l) => isRelayLine(l.index));
  // (a person's line names the refusal's codes in the sentence that holds it: "we had "5.7.54 Unable to relay ..."
  // last week. Now the customer has a 5.7.1 ...": the 5.7.1 is the next sentence's, another error's)
  const relayCodes = new Set(relayLines.flatMap((l) => codesIn(relaySentences(lines[l.index]!)).filter(isFailure)));
  // (coded refusals their own lines say are over, "✅ *Resolved* — the "550 5.7.1 Relaying denied" errors ...", beside another
  // error: when every one is, not only a later line's "the relaying denied is gone?")
  if (relayCodes.size > 0) {
    const resolved = withoutResolvedOnItsLine([...lines], coded.filter((l) => !isRelayLine(l.index)).map((l) => l.index));
    const after = resolved?.split('\n');
    if (resolved && after && relayLines.every((l) => after[l.index]!.trim() === '')) return resolved;
  }
  if (relayCodes.size === 0) {
    const codedLines = coded.map((l) => l.index);
    // (or uncoded refusals in a thread whose later message says the fix worked: "Danke, es funktioniert jetzt ... Relaying denied")
    const uncodedRelay = lines.flatMap((line, index) => (RELAY_LINE.test(line) ? [index] : []));
    return withoutResolvedOnItsLine(lines, codedLines) ?? withoutFirstOfTwoErrors(lines, codedLines) ?? withoutPastAsides(lines, codedLines) ?? withoutEarlierUncodedRefusal(lines, codedLines) ?? withoutDismissedUncodedRefusal(lines, codedLines) ?? withoutFixedUncodedThreadRefusal(lines, codedLines) ?? withoutGoneEarlierError(lines, codedLines) ?? (uncodedRelay.length > 1 ? withoutRefusalAMessageSaysWorked(lines, uncodedRelay, messageStarts(lines)) : null) ?? text;
  }
  // A line with only the refusal's own codes is part of its story (an event's `"enhanced-code": "5.7.1"`,
  // "the 550 is back"); a different error has a code of its own.
  const relay: Block = [];
  const other: Block = [];
  // In a thread, a line with only the refusal's codes in a message without a relay refusal (a later
  // event's `"code": 550` beside its own "5.1.10 ... not found") is that message's error.
  // (an email's reply chain, "-----Original Message-----" over each quoted one: its messages, newest first)
  const chained = messageStarts(lines).length === 0 ? quotedMessageStarts(lines) : [];
  const messages = chained.length > 0 ? chained : messageStarts(lines);
  const relayMessages = new Set(relayLines.map((l) => messageOf(messages, l.index)));
  const relayQuotedWithReply = relayLines.some((l) => l.codes.some((code) => /^\d{3}$/.test(code)));
  coded.forEach(({ index, codes }, position) => {
    const ownMessage = messages.length === 0 || relayMessages.has(messageOf(messages, index));
    // (not a line whose codes lead a server's words of another error: "5.7.1 Message rejected due to content restrictions")
    // (nor one whose words name another kind of error, "5.7.1 ... part of their network is on our block list", beside a refusal
    // quoted with its reply code, "550 5.7.1 Relaying denied" in an older note: not beside a person's "relaying denied (5.7.1)",
    // their name for that very error)
    const sameError = isRelayLine(index) || (ownMessage && codes.every((code) => relayCodes.has(code)) && !OTHER_ERROR_WORDS.test(lines[index]!) && !(relayQuotedWithReply && OTHER_KIND_NAMED.test(lines[index]!))) || statusUnderRelay(lines, coded[position - 1]?.index, index, codes, relayCodes, isRelayLine) || (ownMessage && genericStatusOf(lines[index]!, relayCodes));
    (sameError ? relay : other).push(index);
  });
  // (an uncoded refusal dismissed above it, "Last week (SOLVED): ... Relaying denied", beside today's coded one: the same way)
  // (an email's own message is the text above the one forwarded message it quotes: a message of its own, the newest)
  // (only over one forwarded message: text over a reply chain's "Original Message" lines may be the agent's own context)
  const chain = chained.length === 1 && chained[0]! > 0 && FORWARDED_MESSAGE.test(lines[chained[0]!]!) ? [0, ...chained] : messages;
  if (other.length === 0) return (chain.length > 1 && (chained.length > 0 || NEWEST_FIRST.test(text)) ? withoutOlderThreadRefusals(lines, relay, chain) : null) ?? withoutEarlierRelayRefusal(lines, relay) ?? withoutFixedEarlierRefusal(lines, relay) ?? withoutRefusalAMessageSaysWorked(lines, relay, messages) ?? withoutDismissedMention(lines, relay) ?? withoutDismissedUncodedRefusal(lines, relay, true) ?? withoutResolvedBeforeUncodedError(lines, relay) ?? text;
  const [first, second] = relay[0]! < other[0]! ? [relay, other] : [other, relay];
  // The blocks must not interleave: one story, then the next.
  if (first.at(-1)! > second[0]!) return text;

  // (a person's word between the two that the refusal is over, "Relaying denied ist weg, aber jetzt kommt das hier:", places it in the past)
  let firstTense = first === relay && lines.slice(first.at(-1)! + 1, second[0]).some(saidGone) ? 'past' : tenseBefore(lines, first[0]!, Math.max(0, first[0]! - LEAD_IN_LINES));
  // (or after the first block's last code, on its own line: "... getting 550 Relaying denied, now they get this:")
  // (only a person's "now": a server's own "currently unavailable" or "update your address book" is no time word)
  let secondTense = tenseBefore(lines, second[0]!, Math.max(first.at(-1)! + 1, second[0]! - BETWEEN_LINES)) ?? (nowAfterStory(afterFirstStory(lines[first.at(-1)!]!)) ? 'current' : null);
  // (or the refusal's own line says after its code that it is over: '[Interne Notiz, 12.03.] "550 5.7.1 Relaying denied" ... danach lief
  // alles. Ticket geschlossen.')
  if (firstTense === null && first === relay && (saidOverAfterCode(lines[first.at(-1)!]!) || STORY_CLOSED.test(afterLastCode(lines[first.at(-1)!]!)))) firstTense = 'past';
  // A timeline of days tells it too: "*Fri:* ... 550 Relaying denied", then "*Mon (today):* ... 535": the earlier day is past.
  if (firstTense === null && secondTense === 'current' && dayLabelWithin(lines, Math.max(0, first[0]! - LEAD_IN_LINES), first[0]!) && dayLabelWithin(lines, first.at(-1)! + 1, second[0]!)) firstTense = 'past';
  // The person names the blocks by their order: "ignore the first one, it's the second one that worries me", "yesterday we had
  // the login error (first block)": the first is over, whatever "now" the question holds.
  if (firstTense !== 'past' && FIRST_BLOCK_DISMISSED.test(lines.slice(Math.max(0, first[0]! - LEAD_IN_LINES), second[0]).join('\n'))) {
    firstTense = 'past';
    secondTense = 'current';
  }
  // A chat thread tells the order itself: an error in an earlier message is older than one in a later
  // message, whatever time words there are or not ("**Marco** 10:02 ... **Marco** 11:47 now it's 535").
  // (unless the paste says its notes run newest first: "internal notes (newest first)", the first message is then the latest)
  const newestFirst = chained.length > 0 || (messages.length > 1 && NEWEST_FIRST.test(text));
  // (a list of events or log lines said to run newest first, "Events, latest first:": the upper error is the newer, whatever
  // the person's time words above it said of another one, "the mailbox-full problem was fixed last week")
  // (only a label just above both errors: not one over a list below an error the person told above it)
  const listLabel = newestFirst ? -1 : lines.findIndex((line) => LIST_NEWEST_FIRST.test(line));
  const listNewestFirst = listLabel !== -1 && listLabel < first[0]! && first[0]! - listLabel <= LIST_LABEL_REACH;
  const earlierMessage = !newestFirst && !listNewestFirst && messages.length > 0 && messageOf(messages, first.at(-1)!) < messageOf(messages, second[0]!);
  if (listNewestFirst) {
    firstTense = 'current';
    secondTense = 'past';
  } else if (earlierMessage) {
    firstTense ??= 'past';
    // (both told in the past, "the agency cleaned up the settings yesterday" over the later one: the later message's is the newer;
    // not where its own line dates it, "an older failed event from Sep 20 with "421 ..."")
    secondTense = secondTense === null || (secondTense === 'past' && firstTense === 'past' && tenseOf(lines[second[0]!]!) !== 'past' && !OLDER_SAID.test(lines[second[0]!]!)) ? 'current' : secondTense;
  } else if (newestFirst && messageOf(messages, first.at(-1)!) < messageOf(messages, second[0]!)) {
    firstTense ??= 'current';
    // (an email chain's older message spoke of its own day: its "now" is past beside the newest message's)
    secondTense = secondTense === null || (chained.length > 0 && secondTense === 'current' && firstTense === 'current') ? 'past' : secondTense;
  }
  // A relay refusal the paste dismisses ("explained and closed", "ignore it", "reference only"), beside another error.
  const dismissal = dismissalOf(lines, relay, other, messages);
  if (dismissal) {
    // With the refusal, its entry: the lines around it up to a blank line (its recipient, its mx-host).
    const entry = entryOf(lines, relay, new Set(other));
    for (const index of [...entry, ...dismissal]) lines[index] = ' '.repeat(lines[index]!.length);
    return lines.join('\n');
  }
  // One log's lines, one after the other, under one time word ("Logs from last night:"): both are that night's, no story.
  if (firstTense === 'past' && secondTense === null && oneLog(lines, first.at(-1)!, second[0]!)) return text;
  let superseded: Block | null = null;
  if (firstTense !== 'current' && secondTense !== 'past' && (firstTense === 'past' || secondTense === 'current')) superseded = first;
  else if (secondTense !== 'current' && firstTense !== 'past' && (secondTense === 'past' || firstTense === 'current')) superseded = second;
  if (!superseded) return text;
  // Setting the relay refusal aside changes the answer's kind: both time words must say so.
  const current = superseded === first ? secondTense : firstTense;
  const over = superseded === first ? firstTense : secondTense;
  // (or the other error shown first and the refusal told after it as the past one, with no word of now: "... 5.7.26 ...
  // La settimana scorsa era "550 5.7.1 Relaying denied"")
  if (superseded === relay && !(current === 'current' && over === 'past') && !(superseded === second && current === null && over === 'past')) return text;
  const otherMessages = new Set(other.map((index) => messageOf(messages, index)));
  if (chained.length > 0 && superseded === relay && relay.every((index) => messageOf(messages, index) >= 0 && !otherMessages.has(messageOf(messages, index)))) {
    // (an email chain's quoted messages that hold the refusal set aside, whole: their subjects and words name it too)
    for (const message of new Set(relay.map((index) => messageOf(messages, index)))) blank(lines, messages[message]!, messages[message + 1] ?? lines.length);
  } else if (earlierMessage && superseded === first) {
    // The earlier error's messages as a whole: the old error's other fields (its recipient, its mx-host) go with it.
    // (an error above the first header is in the thread's first, unheaded message)
    // (a message between the two that places itself now, "config is now ...", tells the setup the current error met: it stays)
    const from = messageOf(messages, first[0]!);
    const lastOld = messageOf(messages, first.at(-1)!);
    blank(lines, from < 0 ? 0 : messages[from]!, messages[lastOld + 1]!);
    for (let between = lastOld + 1; between < messageOf(messages, second[0]!); between++) {
      const [start, end] = [messages[between]!, messages[between + 1]!];
      if (!CURRENT.test(lines.slice(start, end).join('\n'))) blank(lines, start, end);
    }
  } else {
    for (const index of superseded) lines[index] = ' '.repeat(lines[index]!.length);
    // A set-aside refusal's uncoded lines just under it ("SMTP Error: The following recipients failed: a@b:
    // Relaying denied"); not a relay line whose codes are on the current error's next line.
    if (superseded === relay) {
      const until = Math.min(superseded.at(-1)! + UNCODED_REACH, superseded === first ? second[0]! - 1 : lines.length - 1);
      for (let index = superseded[0]!; index <= until; index++) {
        if (RELAY_LINE.test(lines[index]!) && !other.includes(index + 1)) lines[index] = ' '.repeat(lines[index]!.length);
      }
      // (and just above it, in the same paragraph: PHPMailer's "The following recipients failed: a@b: Relaying denied"
      // over its "SMTP server error: RCPT TO command failed ... SMTP code: 550")
      for (let index = superseded[0]! - 1; index >= Math.max(0, superseded[0]! - UNCODED_REACH) && lines[index]!.trim() !== '' && !other.includes(index); index--) {
        if (RELAY_LINE.test(lines[index]!)) lines[index] = ' '.repeat(lines[index]!.length);
      }
    }
  }
  return lines.join('\n');
}

/**
 * A relay refusal quoted without a code, placed in the past ("originally they had this:"), then
 * another error's coded lines placed now ("new error now tho, debug output:"): the earlier refusal is
 * set aside, as a coded one would be. Both time words are needed, and nothing between the two may say
 * the refusal is still there or back.
 */
function withoutEarlierUncodedRefusal(lines: string[], other: Block): string | null {
  if (other.length === 0) return null;
  const others = new Set(other);
  // (not a person's word that it is over, "ok they flipped it. relaying denied is gone, now it's this:": that line leads in the other error)
  // (nor, after the other error, someone's claim that it is the same one: 'They say "it's still relaying denied, just a
  // different message". Is it?' names the current error, it shows no refusal)
  const relay = lines.flatMap((line, index) => (!others.has(index) && RELAY_LINE.test(line) && !saidGone(line) && !(index > other[0]! && SAME_ERROR_CLAIMED.test(line)) ? [index] : []));
  if (relay.length === 0 || relay.at(-1)! > other[0]!) return null;
  // (its lead-in only: the last sentence of the nearest line above that says something, "originally they had this:";
  // not a word about something else further up, "We set the domain up last month."; or, with none above, its own line's
  // words before it: 'ok so yesterday WP Mail SMTP showed "SMTP Error: ... Relaying denied"')
  const first = lines[relay[0]!]!;
  const before = tenseOf(leadInAbove(lines, relay[0]!)) ?? (relay[0] === 0 ? tenseOf(first.slice(0, RELAY_LINE.exec(first)!.index)) : null);
  // (or, with none between, the last refusal's own line after it: '... Relaying denied" ... now the test email says:')
  const last = lines[relay.at(-1)!]!;
  const phrase = RELAY_LINE.exec(last)!;
  const after = tenseBefore(lines, other[0]!, Math.max(relay.at(-1)! + 1, other[0]! - BETWEEN_LINES)) ?? tenseOf(last.slice(phrase.index + phrase[0].length));
  // (or a line between them says the earlier error is gone: "das haben sie inzwischen korrigiert, der Fehler ist weg")
  const goneBetween = lines.slice(relay.at(-1)! + 1, other[0]).some((line) => ERROR_GONE.test(line));
  if (before !== 'past' || (after !== 'current' && !goneBetween) || persistsAfter(lines.slice(0, other[0]), relay[0]!)) return null;
  for (const index of relay) lines[index] = ' '.repeat(lines[index]!.length);
  return lines.join('\n');
}

/** Someone's word that the error is still, or the same as, a relay refusal: "they say it's still relaying denied", "he thinks it's the same relaying denied". */
const SAME_ERROR_CLAIMED = /\b(?:says?|said|thinks?|thought|claims?|insists?|swears?)\b[ \t]*:?[ \t]*["'\u201c]?(?:it'?s|it[ \t]+is|this[ \t]+is)[ \t]+(?:still|the[ \t]+same|just)\b/i;

/**
 * Another error's coded lines said gone ("fixed the secret, 535 gone"), then a relay refusal reported now without codes
 * ("now users report "Relaying denied" instead"): the gone error's lines are set aside, and the refusal is read alone.
 */
function withoutGoneEarlierError(lines: string[], other: Block): string | null {
  if (other.length === 0) return null;
  const relay = lines.flatMap((line, index) => (index > other.at(-1)! && RELAY_LINE.test(line) ? [index] : []));
  if (relay.length === 0 || !lines.slice(other[0]!, relay[0]).some((line) => OTHER_ERROR_GONE.test(line)) || STILL.test(lines[relay[0]!]!)) return null;
  // (now on its line, or in the words that lead it in: "but now the customer writes: ... the screenshot only says:" over `Relaying denied`)
  const tense = tenseOf(lines[relay[0]!]!);
  if (tense !== 'current' && (tense !== null || tenseBefore(lines, relay[0]! - 1, Math.max(other.at(-1)! + 1, relay[0]! - 2)) !== 'current')) return null;
  for (const index of other) lines[index] = ' '.repeat(lines[index]!.length);
  return lines.join('\n');
}
/** A person's word that an error named by its code, or "it", is over: "535 gone", "the 535 is fixed". */
// (with a copula after "it", "that", "this": not "restarting it fixed nothing"; not asked)
// (or the error quoted, then said over: "the "452 4.2.2 ... over quota" on info@ is solved")
const OTHER_ERROR_GONE = /(?:\b(?:[45]\d\d|the error)\b[ \t]+(?:is[ \t]+|was[ \t]+|has[ \t]+been[ \t]+)?|["\u201d][^\n"\u201c\u201d]{0,40}?[ \t](?:is|was|has[ \t]+been)[ \t]+|\b(?:it|that|this)(?:[ \t]+(?:is|was|has[ \t]+been)|'s)[ \t]+)(?:now[ \t]+)?(?:gone|fixed|resolved|solved)\b(?![ \t]+(?:nothing|anything))(?![^\n]{0,40}\?)/i;

/**
 * A coded relay refusal its own line says is over ("the "550 5.7.1 Relaying denied" from smtp.mailgun.org is gone"), then
 * a line that reports a failure now ("now sends fail with this instead:") over an error whose only code is a bare field
 * (`SMTP code: 421`): the refusal is set aside as it would be beside a coded error.
 */
function withoutResolvedBeforeUncodedError(lines: string[], relay: Block): string | null {
  const failsNow = lines.findIndex((line, index) => index > relay.at(-1)! && !RELAY_LINE.test(line) && FAILS_NOW.test(line) && tenseOf(line) === 'current');
  return failsNow === -1 ? null : withoutResolvedOnItsLine(lines, [failsNow]);
}
const FAILS_NOW = /\b(?:fail|fails|failed|failing|error|errors|bounce|bounces|bouncing)\b/i;

/** A line that opens with a day as a timeline's entry label: "*Fri:*", "Monday (today):", "- Tue 14 May:". */
const DAY_LABEL = /^[ \t]*(?:[-*•][ \t]+)?[*_]{0,2}(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?(?:[ \t]+\d{1,2}(?:[ \t]+[a-z]{3,9})?)?(?:[ \t]*\([^()\n]{1,20}\))?[*_]{0,2}[ \t]*:/i;

function dayLabelWithin(lines: string[], from: number, to: number): boolean {
  return lines.slice(from, to + 1).some((line) => DAY_LABEL.test(line));
}

/**
 * A relay refusal told in a past aside beside another error's codes, "it's 554 5.7.1 again (they had a relaying denied
 * last month)": the aside blanked, the rest of its line kept.
 */
function withoutPastAsides(lines: string[], other: Block): string | null {
  if (other.length === 0) return null;
  let blanked = false;
  for (const [index, line] of lines.entries()) {
    if (!line.includes('(') || !RELAY_LINE.test(line)) continue;
    lines[index] = line.replace(PAST_ASIDES, (aside) => (RELAY_LINE.test(aside) ? ((blanked = true), ' '.repeat(aside.length)) : aside));
  }
  return blanked ? lines.join('\n') : null;
}

/**
 * An uncoded relay refusal whose own line says it is over ("they had `... Relaying denied` — that one's RESOLVED"), beside
 * another error's coded lines: set aside, with nothing else.
 */
function withoutResolvedOnItsLine(lines: string[], other: Block): string | null {
  if (other.length === 0) return null;
  const others = new Set(other);
  // (not a hope let down on the same line: "we thought that was fixed, but Relaying denied is back again")
  // (in the refusal's own sentence: a question after it on a long line, "... is it the relay thing again?", is another's)
  const resolved = lines.flatMap((line, index) => {
    if (others.has(index) || !RELAY_LINE.test(line)) return [];
    // (the whole line says whether it came back: "... that was fixed ... But since this morning it's back")
    // (a status label says it whatever the line goes on with: "RESOLVED — ... alerts flow again")
    return ((RESOLVED_LABEL.test(line) || ENDS_RESOLVED.test(line)) && !STILL_FAILING.test(line)) || (RESOLVED_ON_LINE.test(sentenceOfRelay(line)) && !PERSISTS.test(line) && !HOPE_LET_DOWN.test(line)) ? [index] : [];
  });
  if (resolved.length === 0) return null;
  // (and the thread's quoted history of it under the message that says so, "> > il gestionale dice: 550 5.7.1 Relaying denied":
  // older messages than the one that calls it over)
  // (below an email's quote header, "On ... wrote:", "Il giorno ... ha scritto:": not a quote of a message posted now)
  // (or a quoted line that says it is the earlier one, "> Eerder: 550 5.7.1 Relaying denied ...")
  const header = lines.findIndex((line, index) => index > resolved[0]! && QUOTE_HEADER.test(line));
  const history = lines.flatMap((line, index) => (index > resolved[0]! && !others.has(index) && QUOTED_LINE.test(line) && RELAY_LINE.test(line) && ((header !== -1 && index > header) || QUOTED_EARLIER.test(line)) ? [index] : []));
  for (const index of [...resolved, ...history]) lines[index] = ' '.repeat(lines[index]!.length);
  return lines.join('\n');
}
/** A line (a colleague's answer, quoted) whose last word calls it over: "... 550 5.7.1 Relaying denied. I sent them the steps. Resolved." */
const ENDS_RESOLVED = /[.!][ \t]+(?:resolved|fixed|solved|closed)(?:[ \t]+(?:now|since|then))?[ \t]*[.!]?[ \t]*$/i;
const QUOTED_LINE = /^[ \t]*>/;
const QUOTE_HEADER = /\b(?:wrote|escribió|a écrit|schrieb|ha scritto|napisał(?:a)?|escreveu|schreef|yazdı|написал(?:а)?|skrev|kirjoitti)[ \t]*:[ \t]*$|^[ \t]*-{3,}[ \t]*(?:original message|forwarded message|previous message|ursprüngliche nachricht|weitergeleitete nachricht|messaggio (?:originale|inoltrato)|mensaje (?:original|reenviado)|message (?:d'origine|transféré)|oorspronkelijk bericht|doorgestuurd bericht|wiadomość (?:oryginalna|przekazana)|mensagem (?:original|encaminhada)|önceki mesaj|orijinal mesaj|iletilen mesaj)[ \t]*-{3,}/i;
/** A quoted line that calls itself the earlier error: "> Eerder: ...", "> Before: ...", "> Vorher: ...". */
const QUOTED_EARLIER = /^[ \t>]*(?:earlier|before|previously|eerder|vroeger|vorher|früher|prima|antes|avant|auparavant|wcześniej|önceden|daha önce)\b[ \t]*[:,-]/i;
const HOPE_LET_DOWN = /\b(?:thought|hoped|supposed|back)\b/i;
/** A labelled line that says it goes on ("RESOLVED: ... but it still fails", "it's back"): not over, whatever its label. */
const STILL_FAILING = /\b(?:still|back|again[ \t]+(?:fail|bounc|refus))/i;
// (not a condition: "until this is fixed", "once that's fixed")
// (or the refusal itself named so: "the relaying denied from last Thursday (their relayhost without SASL) is FIXED"; or quoted with
// its codes, a host's dots before the word: "the "550 5.7.1 Relaying denied" from smtp.mailgun.org is gone"; in Italian, Polish, Dutch
// and Turkish: "("550 5.7.1 Relaying denied" da smtp.mailgun.org) è sparito", ""... Relaying denied" z smtp.eu.mailgun.org zniknął")
/** A status label the line opens with: "✅ *Resolved* — the "550 5.7.1 Relaying denied" errors from last week", "[FIXED] ...". */
// (only the words that say it is over, with a dash or colon after: not "Done:", a step taken, nor "Fixed-IP")
const RESOLVED_LABEL = /^[ \t>*_-]*(?:(?:✅|✔️?|:white_check_mark:|:heavy_check_mark:)[ \t]*)?[*_[]{0,2}(?:resolved|fixed|solved)[*_\]]{0,2}[ \t]*[—–:]/i;
const RESOLVED_ON_LINE = /(?<!\b(?:until|once|when|if|unless|before|after)[ \t]+)\b(?:that|this)(?:[ \t]+one|[ \t]+error)?(?:'s|[ \t]+is|[ \t]+was)[ \t]+(?:now[ \t]+)?(?:resolved|fixed|solved|gone)\b|(?<!\b(?:until|once|when|if|unless|before|after)[ \t]+)\bthe relay(?:ing)?(?: denied| error| issue| problem)\b[^\n.?]{0,80}?[ \t](?:is|was|has been)[ \t]+(?:now[ \t]+)?(?:resolved|fixed|solved|gone)\b|(?<!\b(?:until|once|when|if|unless|before|after)[ \t]+)\bthe[ \t]+["'\u201c](?:[45]\d\d[ \t]+)?(?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?relay(?:ing)?[ \t]+denied["'\u201d](?:[^\n.?]|\.(?=\S)){0,80}?[ \t](?:is|was|has been)[ \t]+(?:now[ \t]+)?(?:resolved|fixed|solved|gone)\b|(?<!\b(?:quando|als|wanneer|zodra|jeśli|jesli|gdy|kiedy|eğer|once|when|if)[ \t]+)["'\u201c](?:[45]\d\d[ \t]+)?(?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?relay(?:ing)?[ \t]+denied["'\u201d](?:[^\n.?]|\.(?=\S)){0,80}?[ \t](?:è[ \t]+(?:sparito|scomparso|risolto)|zniknął|zniknęło|zniknęła|is[ \t]+(?:weg|verdwenen|opgelost)|gitti|düzeldi|çözüldü)(?![a-zà-ÿąćęłńóśźżğış])(?![ \t]*(?:mi|mı|mu|mü)?[ \t]*\?)|(?<!\b(?:quando|als|wanneer|zodra|jeśli|jesli|gdy|kiedy|eğer|once|when|if)[ \t]+(?:(?:il|de|het|the|l')[ \t]*)?(?:problema[ \t]+del[ \t]+)?)\brelay(?:ing)?[ \t]+denied\b(?:[ \t]+(?:hatası|fout|foutmelding|error|errore|problem|probleem|issue))?[ \t]+(?:is[ \t]+(?:opgelost|weg|verdwenen)|è[ \t]+(?:sparito|scomparso|risolto)|çözüldü|düzeldi|zniknął|zniknęło|został[ \t]+rozwiązany)(?![a-zà-ÿąćęłńóśźżğış])(?![ \t]*(?:mi|mı|mu|mü)?[ \t]*\?)|\blo de(?:l)? [^\n,.]{1,40}? ya est[áa](?:[ \t]*[,.;)]|[ \t]+(?:arreglad|resuelt|solucionad|list)[oa])|\bya (?:lo |la |los |las )?(?:arreglamos|arreglaron|solucionamos|solucionaron|pusimos|resolvimos)\b[^\n.?]{0,60}\b(?:correos|e-?mails|mails) (?:ya )?salen\b|\b(?:os )?e-?mails (?:já )?(?:saem|estão saindo)(?![a-zà-ÿ])/i;

/** A line that says its relay refusal is over: the phrase, then "is gone", "was fixed", "has disappeared". */
function saidGone(line: string): boolean {
  // ("the relaying error is gone": the error named by its kind)
  const named = RELAY_ISSUE_GONE.exec(line);
  if (named !== null && !CONDITION_BEFORE.test(line.slice(Math.max(0, named.index - 40), named.index))) return true;
  const phrase = RELAY_LINE.exec(line);
  // (not a condition, "quando "Relaying denied" è risolto, ...", "once it's gone")
  return phrase !== null && GONE_AFTER.test(line.slice(phrase.index + phrase[0].length)) && !CONDITION_BEFORE.test(line.slice(Math.max(0, phrase.index - 40), phrase.index));
}
/** Words that close a story outright: "Ticket geschlossen", "ticket closed", "danach lief alles", "since then it works". */
// (and "inkomende mail werkt nu", "works now": the fix told as working since)
const STORY_CLOSED = /\bticket[ \t]+(?:geschlossen|closed|fermé|cerrado|fechado|chiuso|gesloten)\b|\b(?:danach|seitdem|since[ \t]+then|after[ \t]+that)[ \t]+(?:lief|läuft|ging|geht|it[ \t]+worked|it[ \t]+works|all[ \t]+worked)\b|\b(?:werkt|funktioniert|fonctionne|funciona|funziona|works|working)[ \t]+(?:nu|jetzt|maintenant|ahora|agora|ora|weer|wieder|now|again)\b/i;
const RELAY_ISSUE_GONE = /\brelay(?:ing)?[ \t]+(?:denied[ \t]+)?(?:error|issue|problem|thing)[ \t]+(?:is|was|'s|has[ \t]+been)[ \t]+(?:now[ \t]+)?(?:gone|fixed|resolved|solved)\b/i;
const CONDITION_BEFORE = /\b(?:quando|als|wanneer|zodra|jeśli|jesli|gdy|kiedy|eğer|once|when|if|until|sobald|wenn|cuando|quand)\b[^\n.!?]{0,30}$/i;
// (in other languages: "Relaying denied ist weg", "a disparu", "ya no aparece", "sumiu"; with the host it came from between:
// "("550 5.7.1 Relaying denied" da smtp.mailgun.org) è sparito", ""... Relaying denied" z smtp.eu.mailgun.org zniknął")
const GONE_AFTER = /^["'\u201d]?(?:[ \t]+(?:from|da|dal|de|del|von|vom|z|ze|od|van|di)[ \t]+[a-z0-9][a-z0-9-]{0,62}\.[a-z0-9.-]{1,80}[)\]]?)?[ \t]+(?:(?:è|e')[ \t]+(?:sparito|scomparso|risolto|sistemato)|zniknął|zniknęło|zniknęła|(?:został|zostało)[ \t]+(?:rozwiązany|naprawiony|rozwiązane)|(?:is|zijn)[ \t]+(?:weg|verdwenen|opgelost)|(?:ortadan[ \t]+kalktı|gitti|düzeldi|çözüldü))(?![\p{L}])(?![ \t]*(?:mi|mı|mu|mü)?[ \t]*\?)|^["'\u201d]?[ \t]+(?:(?:error[ \t]+|thing[ \t]+|one[ \t]+)?(?:is|was|has|'s)[ \t]+(?:now[ \t]+)?(?:gone|fixed|resolved|solved|disappeared|been fixed|been resolved)\b|(?:ist|war)[ \t]+(?:jetzt[ \t]+|nun[ \t]+)?(?:weg|verschwunden|behoben|gelöst)(?![\p{L}])|(?:a[ \t]+disparu|est[ \t]+(?:parti|résolu|réglé))(?![\p{L}])|(?:ya[ \t]+no[ \t]+(?:aparece|sale)|desapareci[óo]|est[áa][ \t]+resuelto)(?![\p{L}])|(?:sumiu|desapareceu|foi[ \t]+resolvido)(?![\p{L}]))/iu;

/**
 * The sentence of a line that holds its relay phrase (a full stop before a blank ends one; a domain's dot does not), with the
 * next one when that one speaks of it: "... (550 5.7.1 Relaying denied) — they hadn't set a password. That's gone now."
 */
function sentenceOfRelay(line: string): string {
  const at = RELAY_LINE.exec(line)?.index ?? 0;
  let start = 0;
  for (const m of line.slice(0, at).matchAll(/[.!?](?=\s)/g)) start = m.index + 1;
  const end = line.slice(at).search(/[.!?](?=\s|$)/);
  if (end === -1) return line.slice(start);
  const next = NEXT_SENTENCE_OF_IT.exec(line.slice(at + end + 1));
  return line.slice(start, at + end + 1 + (next?.[0].length ?? 0));
}
/** A sentence that opens with "That"/"This": it speaks of the sentence before it. */
const NEXT_SENTENCE_OF_IT = /^[ \t]+(?:that|this)\b[^\n.!?]{0,80}[.!?]?/i;

/** A person's word that an error is over, whatever its name: "the error is gone", "der Fehler ist weg". */
const ERROR_GONE = /\b(?:the (?:error|problem|issue)|that (?:error|problem|issue)|(?:the )?relay(?:ing)?(?: denied)? (?:error|problem|issue)|der fehler|das problem|el error|l'erreur|o erro)[ \t]+(?:is|was|has|'s|ist|war|est|a|es|está|foi)[ \t]+(?:now[ \t]+|jetzt[ \t]+|nun[ \t]+)?(?:gone|fixed|resolved|solved|disappeared|been fixed|weg|behoben|gelöst|verschwunden|disparu|résolu|resuelto|desaparecido|resolvido)(?![\p{L}])/iu;

/** The last sentence of the nearest non-blank line above `index` (quote marks left off), or ''. */
function leadInAbove(lines: string[], index: number): string {
  let above = index - 1;
  while (above >= 0 && !/[^\s>]/.test(lines[above]!)) above--;
  if (above < 0) return '';
  const sentences = lines[above]!.split(/(?<=[.!?])\s+(?=\S)/);
  return sentences.at(-1) ?? '';
}

/** How far an entry's lines may reach above and below its refusal. */
const ENTRY_ABOVE = 8;
const ENTRY_BELOW = 3;

/** `block` and the lines around it up to a blank line, none of another error's. */
function entryOf(lines: string[], block: Block, others: ReadonlySet<number>): number[] {
  const entry = new Set(block);
  for (let index = block[0]! - 1; index >= Math.max(0, block[0]! - ENTRY_ABOVE) && lines[index]!.trim() && !others.has(index); index--) entry.add(index);
  for (let index = block.at(-1)! + 1; index <= Math.min(lines.length - 1, block.at(-1)! + ENTRY_BELOW) && lines[index]!.trim() && !others.has(index); index++) entry.add(index);
  return [...entry];
}

/**
 * Words that dismiss an error: it is explained, fixed, old, or not the question ("... fixed, auth works now", "(gelöst – sie hatten
 * SMTPAuth vergessen)", "✅ closed", a label "Avant (pour rappel) :"; not "Pour rappel, le client reçoit toujours", which restates it).
 */
const DISMISSAL = /\((?:pour rappel|zur erinnerung|as a reminder)\)[ \t]*:|\((?:solved|resolved|fixed|gelöst|behoben|erledigt|résolu|resuelto|solucionado|resolvido|risolto|opgelost)(?=[)\s,;:–-])|\bresolved\s*[-–—:]|(?:✅|✔️?|☑️?)[ \t]*(?:closed|fixed|resolved|solved|done|resolvido|resuelto|résolu|gelöst|erledigt|opgelost|risolto)(?![a-zà-ÿ])|\b(?:a fix has been deployed|ignore (?:it|that|this|them|those|the (?:first|old|earlier)(?: ones?)?)|(?:explained|fixed|resolved|solved) and (?:closed|done|fixed)|(?:is|was|were|got|has been|have been) (?:fixed|resolved|solved|explained|sorted)|reference only|(?:just )?for (?:reference|the record)|(?:don't|do not) look at (?:that|it|this)|not (?:the|what the customer is|what they are) (?:question|asking about|issue|problem)|closed ticket|(?:error|issue|problem|refusal) (?:is|was|has) (?:gone|disappeared)|not (?:theirs|ours|this customer's|this ticket's)|(?:they|we|the customer|customer|he|she) (?:fixed|solved|resolved|sorted) (?:it|that|this)|(?:fixed|solved|resolved|sorted) (?:that|this) (?:part|one|bit)|det löste vi|löste vi det|det är löst|from (?:a|the) (?:forum|community) (?:thread|post)s?|(?:fixed|resolved|solved)(?:,|;| -| and)[^\n.;]{0,40}\b(?:works?|working|fine)(?: now)?)\b/i;
/** "fixed since", not denied ("hasn't been fixed since Monday"). */
const FIXED_SINCE = String.raw`(?<!\b(?:not|never)(?:[ \t]+(?:been|got|yet|really))?[ \t]+|n't(?:[ \t]+(?:been|got|yet))?[ \t]+)\b(?:fixed|resolved|solved|corrected)[ \t]+since\b`;
/** An entry's own note that its error was fixed since, in brackets under it: "(customer says: that was a typo ..., fixed since)". */
const FIXED_SINCE_NOTE = new RegExp(String.raw`^[ \t]*\([^\n)]{0,200}?${FIXED_SINCE}`, 'i');
/** The same said after the refusal on its own line: "... Relay access denied (mx: ...) <- customer says that was a typo, fixed since". */
const FIXED_SINCE_SAID = new RegExp(FIXED_SINCE, 'i');
/** Words that name another kind of error than a relay refusal: a dismissal with them is about that one. */
// (not the login, the password or authentication: a relay refusal's own fix is told in those words, "they had turned off SMTP authentication")
// (or a refused login: "The login error is gone since we regenerated the SMTP password"; not "an auth problem", which a relay
// refusal for want of a login is too)
const OTHER_KIND_NAMED = /\b(?:mailbox[ -]full|mailbox[ \t]+(?:is[ \t]+|was[ \t]+)?full|over[ \t]+quota|quota|spam|block(?:ed|list)?|dmarc|spf|dkim|sandbox|rate[ \t-]?limit|user[ \t]+unknown|unknown[ \t]+user|(?:login|password)[ \t]+(?:error|failure))\b/i;
/** How far above a relay refusal its dismissal may stand ("old (fixed, reference only):"), in lines of words. */
const DISMISSAL_ABOVE = 2;
/** How far above it in lines, code fences and report fields included. */
const DISMISSAL_REACH = 6;
const FENCE_OR_FIELD = /^[ \t>]*(?:```|~~~|(?:remote-mta|reporting-mta|final-recipient|original-recipient|action|status|arrival-date|last-attempt-date)[ \t]*:)/i;

/**
 * The lines that dismiss the relay refusal, when another error stands beside it: a line of the
 * person's that names a relay refusal and dismisses it ("the Relay access denied on the old domain
 * is explained and closed"), or a dismissal just above the refusal. Null when there is none.
 */
function dismissalOf(lines: string[], relay: Block, other: Block, messages: number[]): number[] | null {
  if (other.length === 0) return null;
  const blocks = new Set([...relay, ...other]);
  // (a status page's "Resolved - customers may have received 550 ... Relaying denied": the refusal's own line)
  const own = lines[relay[0]!]!;
  if (DISMISSAL.test(own.slice(0, firstCodeAt(own)))) return [];
  // (or a person's note after it on its line: 'Tue: "550 5.7.1 Relaying denied" → ... fixed, auth works now.')
  const phrase = RELAY_LINE.exec(own);
  if (phrase && (DISMISSAL.test(own.slice(phrase.index + phrase[0].length)) || FIXED_SINCE_SAID.test(own.slice(phrase.index + phrase[0].length)))) return [];
  const dismissing: number[] = [];
  // (in one sentence: not "SPF got fixed last week, so not that I think. ... Is this relaying denied from Mailgun?")
  lines.forEach((line, index) => {
    if (!blocks.has(index) && RELAY_LINE.test(line) && DISMISSAL.test(line) && [...line.matchAll(PROSE_SENTENCE)].some((m) => RELAY_LINE.test(m[0]) && DISMISSAL.test(m[0]))) dismissing.push(index);
  });
  // (a code fence or the refusal's own report fields between do not count: "1) ✅ RESOLVED — inbound ...", "```",
  // "Remote-MTA: dns; mxa.mailgun.org", then the refusal)
  // (not a word that follows the other error, in its own message or on the line under it: "that one is fixed" under
  // yesterday's 535 is about the 535)
  const aboutOther = (index: number) =>
    other.some((line) => line < index) && (messages.length > 0 ? messageOf(messages, index) !== messageOf(messages, relay[0]!) : other.includes(index - 1));
  for (let index = relay[0]! - 1, said = 0; index >= 0 && index >= relay[0]! - DISMISSAL_REACH && said < DISMISSAL_ABOVE; index--) {
    if (blocks.has(index)) continue;
    if (aboutOther(index)) break;
    // (not a dismissal that names another kind of error and no relay refusal: "the mailbox-full problem was fixed last week")
    if (DISMISSAL.test(lines[index]!) && (RELAY_LINE.test(lines[index]!) || !OTHER_KIND_NAMED.test(lines[index]!))) return [...dismissing, index];
    if (!FENCE_OR_FIELD.test(lines[index]!)) said++;
  }
  // (or the person's note just under it, before the other error: "-> they never called server.login() ... fixed that part ✅";
  // not when what follows says it is still there)
  // (or, the other error above it, a newest-first log, its entry's own note under it, up to a blank line: "(customer says: that
  // was a typo ..., fixed since)")
  const noteEnd = relay.at(-1)! < other[0]! ? other[0]! : Math.min(lines.length, relay.at(-1)! + 1 + ENTRY_BELOW);
  for (let index = relay.at(-1)! + 1, said = 0; index < noteEnd && said < DISMISSAL_ABOVE; index++) {
    if (relay.at(-1)! > other[0]! && !lines[index]!.trim()) break;
    if (blocks.has(index) || !lines[index]!.trim()) continue;
    // (under a refusal that follows the other error, only its own bracketed note, not one about another kind of error)
    const note = relay.at(-1)! > other[0]! ? FIXED_SINCE_NOTE.test(lines[index]!) && !OTHER_KIND_NAMED.test(lines[index]!) : DISMISSAL.test(lines[index]!);
    if (note && !RELAY_LINE.test(lines[index]!)) return persistsAfter(lines, index) ? (dismissing.length ? dismissing : null) : [...dismissing, index];
    said++;
  }
  // (or, in a thread, a later message before the other error's that says the refusal was fixed: "That fixed it, thank you!",
  // a ticket's "Status changed: Solved"; `messages`: the thread's message starts, see messageStarts)
  const [relayMessage, otherMessage] = [messageOf(messages, relay.at(-1)!), messageOf(messages, other[0]!)];
  if (relayMessage >= 0 && relay.at(-1)! < other[0]!) {
    for (let index = messages[relayMessage + 1] ?? lines.length; index < (messages[otherMessage] ?? 0); index++) {
      if (THREAD_FIX.test(lines[index]!)) return [...dismissing, index];
    }
  }
  return dismissing.length > 0 ? dismissing : null;
}
/**
 * A thread whose uncoded relay refusal a later message says is fixed ("**Mon 09:11 — Rafaela:** Fixed it, flipped
 * SMTPAuth to true"), and then a message with another error's coded lines ("new error after ... rotated the SMTP
 * credentials"): the messages from the refusal's to the fix are the earlier story, set aside. Null when not so.
 */
function withoutFixedUncodedThreadRefusal(lines: string[], other: Block): string | null {
  if (other.length === 0) return null;
  const messages = messageStarts(lines);
  if (messages.length < 2) return null;
  const others = new Set(other);
  // (past the other error, only a question may name a relay refusal: "I'm about to paste the relaying denied macro again, ok?")
  const named = lines.flatMap((line, index) => (!others.has(index) && RELAY_LINE.test(line) ? [index] : []));
  const relay = named.filter((index) => index < other[0]!);
  if (relay.length === 0 || named.some((index) => index > other[0]! && !lines[index]!.includes('?'))) return null;
  const [firstRelayMessage, relayMessage, otherMessage] = [messageOf(messages, relay[0]!), messageOf(messages, relay.at(-1)!), messageOf(messages, other[0]!)];
  if (firstRelayMessage < 0) return null;
  for (let message = relayMessage + 1; message < otherMessage; message++) {
    // (the message's own first words: its header line and the line under it)
    const opening = lines.slice(messages[message]!, messages[message]! + 2).join(' ');
    if (!THREAD_FIX.test(opening) && !THREAD_FIX_OPENING.test(opening)) continue;
    blank(lines, messages[firstRelayMessage]!, messages[message + 1]!);
    return lines.join('\n');
  }
  return null;
}

/** A thread message that opens by saying it is fixed, after its header's colon ("Rafaela:** Fixed it, flipped ..."). */
const THREAD_FIX_OPENING = /:[*_]*[ \t]+(?:(?:ok(?:ay)?|great|thanks?|thank you|update)[,!.:]?[ \t]+)?(?:fixed it|(?:that|this) worked|it works now|works now|solved it|resolved it)\b/i;

/** A thread message's words that the error before it is fixed. */
const THREAD_FIX = /\b(?:that|this) (?:fixed|solved|resolved) it\b|\bstatus changed:[ \t]*(?:solved|resolved|closed)\b|\b(?:it|all|everything)(?:'s| is) working (?:again|now)\b/i;

/**
 * A relay refusal quoted without a code ("SMTP Error: The following recipients failed: a@b: Relaying
 * denied") just under words that dismiss it ("Old error for reference, ignore it:"), or a person's line
 * that names one and dismisses it, beside another error's coded lines: they are set aside. Null when
 * there is none.
 */
function withoutDismissedUncodedRefusal(lines: string[], other: Block, withDismissal = false): string | null {
  if (other.length === 0) return null;
  const others = new Set(other);
  const dismissals = new Set<number>();
  const dismissedAbove = (index: number) => {
    // (beside another refusal, `withDismissal`: only a label just above it, "Last week (SOLVED):", not a sentence
    // about something else two lines up, "Last month's ticket (SOLVED) was a wrong port.")
    if (withDismissal) {
      // (the nearest line above that says something, past blank lines and a code fence)
      let above = index - 1;
      while (above >= 0 && index - above <= DISMISSAL_ABOVE + 1 && /^[ \t>]*(?:```[\w-]*[ \t]*)?$/.test(lines[above]!)) above--;
      if (above < 0 || others.has(above) || !DISMISSAL.test(lines[above]!) || !/:[*_ \t]*$/.test(lines[above]!)) return false;
      dismissals.add(above);
      return true;
    }
    for (let above = Math.max(0, index - DISMISSAL_ABOVE); above < index; above++) {
      if (!others.has(above) && DISMISSAL.test(lines[above]!)) {
        dismissals.add(above);
        return true;
      }
    }
    // (or the first words under it, past its quote: "> ...: Relaying denied" then "and we fixed it ... That is RESOLVED")
    const below = firstLineUnder(lines, index);
    if (below !== null && !others.has(below) && DISMISSAL.test(lines[below]!)) {
      dismissals.add(below);
      return true;
    }
    return false;
  };
  // (nor a refusal its own words place now: "Today the scanner ... gets Relaying denied:")
  const refusals = lines.flatMap((line, index) => (!others.has(index) && RELAY_LINE.test(line) && !DISMISSAL.test(line) && !(withDismissal && CURRENT.test(line)) && dismissedAbove(index) ? [index] : []));
  // With them, or alone, the person's lines that name a relay refusal and dismiss it ("the Relaying denied ...
  // is FIXED", "because of the relaying denied thing (old, ignore that)").
  // (not beside a coded refusal, `withDismissal`: "Just for reference, ... fails with Relaying denied:" frames it)
  const words = withDismissal ? [] : lines.flatMap((line, index) => (!others.has(index) && RELAY_LINE.test(line) && DISMISSAL.test(line) ? [index] : []));
  if (refusals.length === 0 && words.length === 0) return null;
  // (not when the paste says it is still there or back: "I thought this was fixed, but it's happening again:")
  if (persistsAfter(lines, Math.min(...refusals, ...words))) return null;
  // (`withDismissal`: beside another relay refusal, the dismissing line's story goes too, "got this from
  // smtp.mailgun.org because Authentication was switched off": it is about the earlier one)
  for (const index of [...refusals, ...words, ...(withDismissal ? dismissals : [])]) lines[index] = ' '.repeat(lines[index]!.length);
  return lines.join('\n');
}

/**
 * The first line that says something under the line at `index` and the quote it is in (`> ...` lines
 * go on), past at most DISMISSAL_ABOVE blank lines; null when there is none that near.
 */
function firstLineUnder(lines: string[], index: number): number | null {
  let under = index + 1;
  if (/^[ \t]*>/.test(lines[index]!)) while (under < lines.length && under - index <= QUOTE_REACH && /^[ \t]*>/.test(lines[under]!)) under++;
  for (let skipped = 0; under < lines.length && !lines[under]!.trim(); under++) if (++skipped > DISMISSAL_ABOVE) return null;
  return under < lines.length ? under : null;
}
/** How many more lines a quoted refusal's quote may run on. */
const QUOTE_REACH = 4;

/** Words that set an error aside outright (not "was fixed", which a story may go on from, nor "just for reference, ..."). */
const SET_ASIDE = /\b(?:ignore (?:it|that|this|them|those)|reference only|(?:don't|do not) look at (?:that|it|this))\b/i;

/** Whether the lines from `from` on say the error is still there or back ("happening again", "it's back"). */
// (not asked: "they ask if it's the same relaying thing again")
function persistsAfter(lines: string[], from: number): boolean {
  for (let index = from; index < lines.length; index++) {
    const line = lines[index]!;
    if ((PERSISTS.test(line) || /\bback\b/i.test(line)) && !ASKS_IF.test(line)) return true;
  }
  return false;
}
const ASKS_IF = /\bask(?:s|ed|ing)? (?:if|whether)\b/i;

/**
 * A person's line that names an earlier relay refusal and sets it aside ('the "Relaying denied" from
 * smtp.mailgun.org last week ... fixed, ignore it'), above the refusal the paste is about: its host and
 * words are that earlier error's. Not when the paste says the error is still there or back.
 */
function withoutDismissedMention(lines: string[], relay: Block): string | null {
  const blocks = new Set(relay);
  const dismissed = lines.flatMap((line, index) => (!blocks.has(index) && index < relay[0]! && RELAY_LINE.test(line) && SET_ASIDE.test(line) ? [index] : []));
  if (dismissed.length === 0) return null;
  // (what follows the words that set it aside: "ignore it I thought, but it is back")
  const last = lines[dismissed.at(-1)!]!;
  if (persistsAfter([last.slice(SET_ASIDE.exec(last)!.index), ...lines.slice(dismissed.at(-1)! + 1)], 0)) return null;
  for (const index of dismissed) lines[index] = ' '.repeat(lines[index]!.length);
  return lines.join('\n');
}

/** A server's words after a code (not a relay refusal's: the line holds none), as another error's: "5.7.1 Message rejected due to ...". */
// (a comma between its words too: "550 5.7.1 Service unavailable, Client host [...] blocked using Spamhaus"; not a semicolon, which
// a webhook's `error=5.7.1 Service unavailable; Client host ...` under a person's "relaying denied since this morning (5.7.1)" has)
const OTHER_ERROR_WORDS = /(?<![\d.])(?:[45]\d\d[ \t-]|[45]\.\d{1,3}\.\d{1,3}[ \t]+)(?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?\p{L}{2,}(?:,?[ \t]+\p{L}{2,}){3}/u;

/** How far under a set-aside refusal (or above it, in its paragraph) its own uncoded lines may stand. */
const UNCODED_REACH = 3;

/** A status field with a code only HTTP uses (401 Unauthorized, 403 Forbidden, 404, 429...), never an SMTP reply. */
const HTTP_ONLY_STATUS = /\b(?:4[01]\d|42[02-9])\b/;

/** Lines `from` (inclusive) to `to` (exclusive) blanked in place. */
/**
 * Two errors, neither a relay refusal, and the person names the second as the one they ask about ("I mainly care about the
 * second one (tina)"): the first one's entry (its lines up to the blank lines around it) blanked, else null.
 */
/** A failure code right after a report's label: "Server response: 552 ...", "error: 421 ...", "said: 550 ...". */
const LABELLED_FAILURE = /\b(?:response|said|error|status|reply)[ \t]*:[ \t]*[45]\d\d(?![\w.])/i;

/** The paste with the first of two errors blanked where the second is the one asked about, else null (see withoutFirstOfTwoErrors). */
function secondErrorAsked(text: string): string | null {
  const lines = text.split('\n');
  // (or a failure code after a report's label, "Server response: 552 1 Requested mail action aborted")
  const coded = lines.flatMap((line, index) => (codesIn(line).some(isFailure) || LABELLED_FAILURE.test(line) ? [index] : []));
  return withoutFirstOfTwoErrors(lines, coded);
}

function withoutFirstOfTwoErrors(lines: string[], coded: readonly number[]): string | null {
  if (coded.length < 2 || !SECOND_ASKED.test(lines.join('\n'))) return null;
  // (an error's coded lines lie within a few lines of each other)
  const blocks: number[][] = [];
  for (const index of coded) {
    const last = blocks.at(-1);
    if (last && index - last.at(-1)! <= 3) last.push(index);
    else blocks.push([index]);
  }
  if (blocks.length !== 2) return null;
  let from = blocks[0]![0]!;
  while (from > 0 && lines[from - 1]!.trim() !== '') from--;
  let to = blocks[0]!.at(-1)! + 1;
  while (to < lines.length && lines[to]!.trim() !== '') to++;
  if (to > blocks[1]![0]!) return null;
  const kept = [...lines];
  blank(kept, from, to);
  return kept.join('\n');
}

function blank(lines: string[], from: number, to: number): void {
  for (let index = from; index < to; index++) lines[index] = ' '.repeat(lines[index]!.length);
}

/**
 * The header of a chat message as people copy threads: a name then a time on a line of its own
 * ("Marco R.  10:02 AM", "**Ines P.** 10:09 AM", "Kai — 2:14 PM", "Camille D.  [15:40]"), or a name and
 * a day before the message ("Customer (Tue): ...", "Pixelhaus (Jun 11):"), or a ticket's "From: Dmitri K. — Mon, 3 Jun 2024 08:12"
 * (not an email client's "From:", whose date is on a line of its own and whose quotes run newest first),
 * or a day and time before the name ("*Tue 14:03* Anouk (Kilnworks): done, but ...", "> **Tue 08:30 — Rafaela:** new error", "Wed — customer again:",
 * "[14:16] Dmitri K: scratch that", "[Wed 16:02] Customer:"), or a timeline's bullet of a day ("- Tue: they switched to the API", "- Jun 14, new message from customer:"), or a day and date on a line of their own ("**Wed 19 Mar**"), or a ticket history's date and author ("[Jun 27, agent] Walked them through ...",
 * "--- May 16 (customer) ---", "[Nov 28] Sam: they had ..."), or its date, time and author on a line of their own ("[2024-06-11 08:55 UTC] Customer
 * (reopened):"; not a log line, "[2024-06-11 08:55:01] Mailer: send failed", whose words follow on its line), or a ticket's
 * bold date and author before the message ("*Jul 18, customer (today):* ..."), or a day and date before the words on its
 * line ("Mon 30 Sep: ...", "Oct 4, 10:30: Ana: ..."; not a log's "Sep 30 10:20:11" or ctime's "Mon Sep 30 10:20:11 2024"), or a chat's
 * bracketed date and time before the name ("[Mon 2 Sep, 10:02] Jana:", "[Mon 9/16 4:02 PM] Derek:"), or a name, a dash and a time
 * on a line of their own ("Valeria — ayer a las 16:40", "Valeria — 2024-10-17T10:06 CST"), or a Jira comment's ("*Marek Zieliński* added a
 * comment - 28/Nov/23 3:41 PM"), or a ticket's author and date in brackets on a line of their own ("[Customer, Mar 12 09:03]"), or its author then its date and time in
 * brackets ("**Kunde** (12.06., 09:20):"); a service desk's activity entry, its state or author in brackets and a dated
 * day ("[Resolved] 14/Mar/24 — Noah Fischer:", "[Agent Kim] 14/Mar/24: ..."); or a help desk's date and time on a line of their own
 * under the author's name ("Mar 20, 2025, 8:47 AM CET", Zendesk's); or a help desk's entry line, bracketed or between dashes, that ends
 * with its time or day ("[Customer — today 09:55]", "[Agent — last week]", "[Reply from customer, Tue 09:14]", "--- Agent reply, yesterday 15:40 ---");
 * or a ticket history's entry, its date and time in brackets, then its author ("[Mar 3, 09:12] Customer (dana@x.example):"); or a
 * forwarded thread's heading between dashes, its author then its day in brackets ("---------- Customer (May 9) ----------").
 */
const MESSAGE_HEADER =
  /^[ \t]*\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,2}[ \t]+[—–][ \t]+[^\n]{0,30}?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?(?:[AaPp][Mm]|[A-Z]{2,4}))?[ \t]*$|^[ \t]*\*{0,2}\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,3}\*{0,2}(?:[ \t]*[—–-][ \t]*|[ \t]+)\[?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*$|^[ \t]*\*{1,2}\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,2}\*{1,2}[ \t]+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?|today|yesterday|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?(?=,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d\d))(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?)?[ \t]*$|^[ \t]*\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,2} \((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)\)[ \t]*:|^From: [^\n—]{1,60} — [^\n]{0,40}\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]*$|^[ \t]*(?:>[ \t]*)?\*{0,2}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?\*{0,2}(?:[ \t]*[—–-][ \t]*|[ \t]+)\p{Lu}[\p{L}.'-]{0,30}(?: [^\n:]{1,40})?:|^[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[ \t]*[—–][ \t]*\p{L}[\p{L}.'-]{0,30}(?: [^\n:]{1,40})?:|^[ \t]*[-*•][ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[ \t]*:|^[ \t]*[-*•][ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d{1,2}\b(?![ \t]*\d{1,2}:\d\d)[^\n:\d]{0,40}:|^[ \t]*\*{0,2}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[ \t]+\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?:[ \t]+\d{4})?\*{0,2}[ \t]*$|^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?(?:\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?(?:,?[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?)?:[ \t]|^[ \t]*\[(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?(?:(?:\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?:,?[ \t]+\d{4})?,?[ \t]+)?\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp][Mm])?\][ \t]+\p{Lu}[\p{L}.'-]{0,30}(?: [^\n:]{1,40})?:|^[ \t]*\[(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d{1,2}(?:,[ \t]\d{4})?,[ \t]*\p{L}[^\]\n]{0,40}\][ \t]*|^[ \t]*\[(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d{1,2}(?:,[ \t]\d{4})?\][ \t]+\p{L}[\p{L}.'-]{0,30}(?: [^\n:]{1,40})?:|^[ \t]*-{3,}[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?|\d{1,4}[-./]\d{1,2})[^\n]{0,40}?-{3,}[ \t]*$|^[ \t]*-{3,}[ \t]*\p{Lu}[\p{L}.'-]{0,30}(?:[ \t]+[\p{L}.'-]{1,30}){0,2}[ \t]*\([^()\n]{0,30}?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{1,2}|\d{1,2}\.?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,2}[./]\d{1,2}|\d{1,2}\.[ \t]\d{1,2}\.|today|yesterday|heute|gestern|hoy|ayer|aujourd'hui|hier|oggi|ieri|hoje|ontem|vandaag|gisteren|dziś|dzisiaj|wczoraj)[^()\n]{0,20}\)[^\n-]{0,40}-{3,}[ \t]*$|^[ \t]*\[\d{4}-\d\d-\d\d[ T]\d{1,2}:\d\d(?:[ \t]?(?:UTC|GMT|[A-Z]{3,4}))?\][ \t]+\p{Lu}[\p{L}.'-]{0,30}(?: [^\n:]{1,40})?:[ \t]*$|^[ \t]*[*_]{1,2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?, \p{L}[\p{L}.'-]{0,30}(?: \([^()\n]{1,30}\))?:[*_]{1,2}|^[ \t]*\*{0,2}\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,3}\*{0,2}[ \t]+added a comment[ \t]+-[ \t]+[^\n]{0,40}$|^[ \t]*\*{0,2}\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,2}\*{0,2}[ \t]+\((?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?,?[ \t]*)?\d{1,2}:\d\d\)[ \t]*:[ \t]*$|^[ \t]*\[\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,2},[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]\d{1,2}(?:,?[ \t]\d{4})?(?:,?[ \t]+\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?)?\][ \t]*$|^[ \t]*\[\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,2}\][ \t]+\d{1,2}\/(?:\d{1,2}|\p{Lu}\p{Ll}{2})\/\d{2,4}(?:[ \t]+\d{1,2}:\d\d)?(?:[ \t]*[—–][ \t]*\p{Lu}[\p{L}.'-]{0,30}(?: [\p{L}.'-]{1,30}){0,2})?[ \t]*:|^[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4},? (?:at )?\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?(?:[ \t]+[A-Z]{2,5})?[ \t]*$|^[ \t]*\[(?=[^\]\n]{0,60}\p{L})[^\]\n]{1,60}?(?:\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?|[—–-][ \t]*(?:today|yesterday|last[ \t]+(?:week|month)|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}))\][ \t]*$|^[ \t]*-{2,}[ \t]+(?=[^\n]{0,60}\p{L})[^\n]{1,60}?\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]+-{2,}[ \t]*$|^[ \t]*\[(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?,? \d{1,2}:\d\d\][ \t]+\p{Lu}[^\n:]{0,80}:/u;

const MESSAGE_HEADERS = new RegExp(MESSAGE_HEADER.source, 'mu');

/** The line numbers where the thread's messages start. */
function messageStarts(lines: string[]): number[] {
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (MESSAGE_HEADER.test(line)) starts.push(index);
  });
  return starts;
}

/**
 * Outlook's heading of each message of a thread: "From: Priya Raman <priya@x>" over "Sent: Tuesday, May 14, 2024 10:18 AM"
 * (its label in a few languages; not a bounce's own "From:" over its "Date:", which is one message, not a thread's).
 */
const OUTLOOK_FROM = /^[ \t]*\*{0,2}(?:From|Von|De|Van|Da|Od)[ \t]*:\*{0,2}[ \t]+\S/;
const OUTLOOK_SENT = /^[ \t]*\*{0,2}(?:Sent|Gesendet|Envoyé|Enviado(?:[ \t]+el)?|Verzonden|Inviato|Wysłano)[ \t]*:\*{0,2}[ \t]+\S/;

/**
 * An email client's line over a quoted earlier message: "-----Original Message-----", "-----Mensaje original-----"; and over a
 * forwarded one, "---------- Forwarded message ---------" (a forwarded thread nests each older message under the newer).
 */
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}[ \t]*(?:original message|mensaje original|mensagem original|ursprüngliche nachricht|message d'origine|messaggio originale|oorspronkelijk bericht)[ \t]*-{2,}[ \t]*$/i;
const FORWARDED_MESSAGE = /^[ \t]*-{2,}[ \t]*(?:forwarded message|weitergeleitete nachricht|mensaje reenviado|message transféré|mensagem encaminhada|doorgestuurd bericht|messaggio inoltrato)[ \t]*-{2,}[ \t]*$/i;

/**
 * The lines that start the quoted messages of an email's reply chain, newest first: each under its ORIGINAL_MESSAGE line; or,
 * two or more of them, forwarded messages or Outlook's headings (one alone is the forwarded mail asked about, under the note
 * that asks: no older message than that note's words).
 */
function quotedMessageStarts(lines: string[]): number[] {
  const original = lines.flatMap((line, index) => (ORIGINAL_MESSAGE.test(line) ? [index] : []));
  if (original.length > 0) return original;
  // (a forwarded message's line only over its own "From:": Gmail's bounce may hold a second such line over its details)
  const headings = lines.flatMap((line, index) => ((FORWARDED_MESSAGE.test(line) && OUTLOOK_FROM.test(lines[index + 1] ?? '')) || (OUTLOOK_FROM.test(line) && OUTLOOK_SENT.test(lines[index + 1] ?? '')) ? [index] : []));
  // (or one, under words above it that call it the earlier one: "Forwarding our earlier thread.", or that say the thread runs
  // newest first: "Thread (newest first):")
  const above = headings.length === 1 ? lines.slice(0, headings[0]).join('\n') : '';
  return headings.length > 1 || (headings.length === 1 && (EARLIER_FORWARD_SAID.test(above) || NEWEST_FIRST.test(above))) ? headings : [];
}
/** Words that call the forwarded message below an earlier one than the words above it. */
// (or the forwarded part said to be the old problem: "the forwarded bit is the old problem from two weeks ago")
const EARLIER_FORWARD_SAID = /\b(?:forwarding|forwarded|below is|here is|here's)\b[^\n.]{0,30}?\b(?:our|the|my|their)[ \t]+(?:earlier|previous|older|first)[ \t]+(?:thread|message|mail|e-?mail|ticket|conversation|exchange)s?\b|\bforwarded[ \t]+(?:bit|part|message|mail|one|thread)[ \t]+is[ \t]+the[ \t]+(?:old|older|earlier|previous)\b/i;

/** Which message (an index into `starts`) line `index` is in; -1 before the first. */
function messageOf(starts: number[], index: number): number {
  // The last start at or before `index` (binary search: a thread can have many messages).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= index) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** A line whose words after its code say that error is over: fixed, and in the past. */
function saidOverAfterCode(line: string): boolean {
  const after = afterLastCode(line);
  return FIXED.test(after) && PAST.test(after);
}

/** Words that close the story of an earlier error. */
// (a ticket's "(closed)", "confirmed working", "that's been fine since", "All good now")
// (or told by what works since: "seitdem gehen die meisten Mails raus", "since then mail goes out", "mail started flowing")
const FIXED = /\b(?:mail|e-?mails?|it|they|sending)[ \t]+(?:started|began)[ \t]+(?:flowing|going[ \t]+out|to[ \t]+flow|working)\b|\((?:closed|fixed|solved|resolved)\)|\b(?:seitdem|since then|ever since|depuis|desde entonces|desde então|sindsdien|da allora)\b[^\n.]{0,40}?\b(?:go(?:es)? out|get(?:s)? through|(?:is|are) (?:delivered|sent|going out)|gehen[^\n.]{0,30}?\braus|geht[^\n.]{0,30}?\braus|partent|salen|saem|saindo|gaan[^\n.]{0,30}?\bde deur uit)(?!\p{L})|\b(?:fixed|resolved|solved|sorted|confirmed working|(?:has|have|'s|'ve) been fine since|(?:works?|working|is fine|fine|all good) (?:now|again)|behoben|gelöst|erledigt|corrigé|résolu|réglé|arreglado|resuelto|solucionado|corrigido|resolvido|risolto|opgelost|arreglaron|arreglamos|solucionaron|solucionamos|resolvieron|corrigieron|corrigiram|resolveram|resolvemos|consertaram|consertamos|corrigimos|załatwione|naprawione|rozwiązane|vyřešen[oýa]|opraven[oýa]|(?:ya[ \t]+)?se[ \t]+cerró|já[ \t]+(?:foi[ \t]+)?fechad[oa]|già[ \t]+chius[oa]|déjà[ \t]+(?:été[ \t]+)?fermée?|(?:bereits|schon)[ \t]+geschlossen)(?!\p{L})/iu;
/**
 * Someone's guess in double quotes, after a verb of saying: `says: "It's the same ... as last week, so I guess ..."`. (Not a
 * report quoted, "It is still happening ..., same error as last week": what the customer sees.)
 */
const QUOTED_SPEECH = /["\u201c](?<=\b(?:says?|said|thinks?|wrote|asks?|asked)[ \t]*:?[ \t]*["\u201c])(?=[^"\u201d\n]{0,300}\b(?:i guess|i think|probably|maybe|must be|i bet|i assume)\b)[^"\u201d\n]{1,300}["\u201d]/gi;
/** Words that say the current error is the earlier one, still there. */
// (not working again: "volvió a funcionar", "voltou a funcionar", "funktioniert wieder")
// (not "the same partner, different address": the same sender or customer, another error; nor a greeting, "Hi again,")
const PERSISTS = /\bsame\b(?![ \t]+(?:partner|customer|client|sender|domain|company|person|user|account|server|tenant|app|team))|\b(?:still|(?<!\b(?:hi|hello|hey)[ \t,]{1,3})again|persists|noch immer|immer noch|toujours|encore|sigue|todavía|ainda|de nuevo|nuevamente|outra vez|de novo|novamente)\b|\bvoltou\b(?![ \t]+a[ \t]+(?:funcionar|chegar|sair))|(?<!\b(?:funktioniert|läuft|geht)(?:[ \t]+(?:es|alles))?[ \t]+)\bwieder\b|(?<!\bla )\botra vez\b|\bvolvi[óo]\b(?![ \t]+a[ \t]+(?:funcionar|andar|llegar|salir))/i;

/**
 * The same refusal twice, told as a story ("- yesterday: … Relaying denied from smtp.mailgun.org. We
 * fixed that" / "- today: a vendor's portal shows 550 Relaying denied"): the one a time word places in
 * the past, said to be fixed, is context for the one a time word places now. "Now it still fails" is
 * the same error going on: its earlier lines say where it comes from, and stay.
 */
/** How many lines above an earlier refusal may introduce it (and say it was fixed). */
const INTRO_LINES = 3;

function withoutEarlierRelayRefusal(lines: string[], relay: Block): string | null {
  let previous = -1;
  for (const index of relay) {
    const tense = tenseBefore(lines, index, previous === -1 ? Math.max(0, index - LEAD_IN_LINES) : previous + 1);
    // (or the first refusal's own line says after it that it is over: '... "550 5.7.1 Relaying denied") ist seit gestern erledigt')
    if (previous === -1 && tense !== 'past' && !saidOverAfterCode(lines[index]!)) return null;
    if (tense === 'current') {
      // (from the lines that introduce the earlier refusal: "O do mês passado era esse aqui, que resolvemos criando a rota:")
      const between = lines.slice(Math.max(0, relay[0]! - INTRO_LINES), index).join('\n');
      // (not someone's words quoted there: 'The editor says: "It's the same relaying denied as last week"' is a theory)
      const now = lines.slice(previous + 1, index + 1).join('\n').replace(QUOTED_SPEECH, '');
      if (!FIXED.test(between) || PERSISTS.test(now)) return null;
      // With the earlier refusals, their entry (a quoted ticket's Remote-MTA, its "added a route" note), up to
      // the line that places the current one now.
      let currentFrom = previous + 1;
      // (not a line that says the earlier one is fixed, "That one is solved: ... mail arrives now": the earlier story's end)
      while (currentFrom < index && (tenseOf(lines[currentFrom]!) !== 'current' || FIXED.test(lines[currentFrom]!))) currentFrom++;
      // (and not above the line whose time word places the earlier one in the past: a setup line there is the sender's)
      let pastFrom = relay[0]!;
      // (on the refusal's own line, only before its code, as tenseBefore reads it: "... 550 ..., fixed now" is past)
      // (or said over after its code: '... "550 5.7.1 Relaying denied") ist seit gestern erledigt')
      const tenseAt = (at: number) =>
        at === relay[0] ? (tenseOf(lines[at]!.slice(0, firstCodeAt(lines[at]!))) ?? (saidOverAfterCode(lines[at]!) ? 'past' : null)) : tenseOf(lines[at]!);
      while (pastFrom > 0 && relay[0]! - pastFrom < LEAD_IN_LINES && tenseAt(pastFrom) !== 'past') pastFrom--;
      const kept = new Set(lines.map((_, at) => at).filter((at) => at >= currentFrom || at < pastFrom));
      for (const earlier of entryOf(lines, relay.filter((at) => at < index), kept)) lines[earlier] = ' '.repeat(lines[earlier]!.length);
      // (and the words between that close it, "That one is solved: we added match_recipient(...)": its fix, not today's setup)
      for (let at = previous + 1; at < currentFrom; at++) if (FIXED.test(lines[at]!)) lines[at] = ' '.repeat(lines[at]!.length);
      return lines.join('\n');
    }
    previous = index;
  }
  return null;
}

/**
 * A help desk's thread said to run newest first, with relay refusals in several messages: the newest one that shows a refusal
 * with its code is the current error; the older messages (an earlier error, fixed or not, and what was said of it) are set aside whole.
 */
function withoutOlderThreadRefusals(lines: string[], relay: Block, messages: number[]): string | null {
  const messageOfLine = relay.map((index) => messageOf(messages, index));
  const newest = Math.min(...messageOfLine);
  // (a refusal above the thread's first header belongs to no message: its age is not known)
  if (newest < 0 || !relay.some((index, at) => messageOfLine[at] === newest && /\b[45]\d\d\b/.test(lines[index]!))) return null;
  if (!messageOfLine.some((message) => message > newest)) return null;
  // (not where the newest says it is the same error still: "Still the same after your suggestion": the older messages tell its setup)
  if (PERSISTS.test(lines.slice(messages[newest]!, messages[newest + 1] ?? lines.length).join('\n'))) return null;
  // (and the older messages between, an agent's "your app is not authenticating" of the earlier error; not one that places itself now)
  for (let message = newest + 1; message < messages.length; message++) {
    const [start, end] = [messages[message]!, messages[message + 1] ?? lines.length];
    if (relay.some((index) => index >= start && index < end) || !CURRENT.test(lines.slice(start, end).join('\n'))) blank(lines, start, end);
  }
  return lines.join('\n');
}

/**
 * A refusal placed in the past and said fixed ("So last month we had this, fixed by the customer correcting
 * the address:"), and under it a person's words that a relay refusal is reported now, without its data
 * ("Since this morning they're complaining about "relaying denied" again"): the earlier refusal and its
 * entry are context, and today's shows no side. (Not "still": the same error going on.)
 */
function withoutFixedEarlierRefusal(lines: string[], relay: Block): string | null {
  const from = Math.max(0, relay[0]! - LEAD_IN_LINES);
  // (said fixed above it or just under it: "We fixed it (smtp_sasl_auth_enable was missing) and it's been fine since")
  if (tenseBefore(lines, relay[0]!, from) !== 'past' || !saidFixed(lines.slice(from, relay.at(-1)! + 1 + FIXED_BELOW).join('\n'))) return null;
  for (let index = relay.at(-1)! + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (!RELAY_LINE.test(line) || tenseOf(line) !== 'current' || STILL.test(line)) continue;
    for (const at of entryOf(lines, relay, new Set())) lines[at] = ' '.repeat(lines[at]!.length);
    return lines.join('\n');
  }
  return null;
}

/**
 * A thread's later message that says the fix worked ("Thanks, that worked, invoices are going out again. But one customer
 * still doesn't get anything:") over a refusal of its own: the messages before it, from the first with a refusal, are the
 * fixed story (the refusal, and the answer that explained it).
 */
function withoutRefusalAMessageSaysWorked(lines: string[], relay: Block, messages: number[]): string | null {
  if (messages.length < 2) return null;
  const last = messageOf(messages, relay.at(-1)!);
  const start = messages[last];
  const earlier = relay.filter((index) => messageOf(messages, index) < last);
  if (start === undefined || earlier.length === 0) return null;
  // (said in the last message before its refusal, or in a message between: "Danke, funktioniert jetzt!" on May 9, the new refusal on May 13)
  const saidFrom = messages[messageOf(messages, earlier.at(-1)!) + 1] ?? start;
  if (!saysWorked(lines.slice(saidFrom, relay.find((index) => index >= start)).join('\n'))) return null;
  blank(lines, messages[messageOf(messages, earlier[0]!)] ?? earlier[0]!, start);
  return lines.join('\n');
}
/** Words that say an error is over: fixed, or working since. */
export const saysOver = (words: string): boolean => saysWorked(words) || saidFixed(words);

/** WORKED said, not denied ("still not working now", "didn't go out again") nor past ("it worked until Friday"). */
function saysWorked(words: string): boolean {
  const m = WORKED.exec(words);
  return m !== null && !NOT_BEFORE.test(words.slice(Math.max(0, m.index - 30), m.index)) && !UNTIL_AFTER.test(words.slice(m.index + m[0].length, m.index + m[0].length + 20));
}
const NOT_BEFORE = /(?:\bnot|n't|\bnever|\bnicht|\bpas|\bno|\bnão)\b(?:[ \t]+[\w']+){0,2}[ \t]*$/i;
const UNTIL_AFTER = /^[ \t,]*(?:until|till|before|yesterday|last|bis|jusqu|hasta)\b/i;
/**
 * A person's word that the fix worked: "that worked", "it works now", "invoices are going out again", "es funktioniert jetzt",
 * "die Anfragen kommen wieder an", "ça marche maintenant", "ya funciona".
 */
const WORKED = /\b(?:that|this|it)[ \t]+worked\b|\b(?:works|working)[ \t]+now\b|\b(?:going|goes|go)[ \t]+out[ \t]+again\b|\bfunktioniert[ \t]+(?:jetzt|wieder)\b(?![ \t]+nicht)|\bkommen[ \t]+wieder[ \t]+an\b|\b(?:ça|ca)[ \t]+(?:marche|fonctionne)[ \t]+(?:maintenant|à nouveau)|\bya[ \t]+funciona\b|\bfunciona[ \t]+(?:ya|ahora|de nuevo)\b/i;

/** "fixed" as a story's end: not a thing's kind ("our fixed IP", "fixed-price"), nor a hope ("I thought I fixed it"). */
function saidFixed(text: string): boolean {
  let seen = 0;
  for (const m of text.matchAll(FIXED_ALL)) {
    if (++seen > MAX_FIXED_WORDS) break;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!FIXED_THING_AFTER.test(after) && !HOPED_BEFORE.test(before)) return true;
  }
  return false;
}

const FIXED_ALL = new RegExp(FIXED.source, 'giu');
/** How many lines under the earlier refusal may say it was fixed. */
const FIXED_BELOW = 2;
const MAX_FIXED_WORDS = 20;
const FIXED_THING_AFTER = /^[ -](?:ip|ips|price|rate|fee|term|width|size|address|line|point|number|version|port)\b/i;
// (and a denial: "we haven't fixed it yet")
const HOPED_BEFORE = /(?:\bnot|\bnever|n't)(?:[ \t]+\w+){0,2}[ \t]*$|\b(?:thought|think|tried|hoped|hope|should have|supposed to|meant to|wanted to)\b[^.\n]{0,25}$/i;

/** Words that say an error has gone on, not come back. */
const STILL = /\b(?:still|persists|noch immer|immer noch|toujours|sigue|todavía|ainda)\b/i;

/** Postfix's bounce wraps the server's reply after its code: "... said: 550" over an indented "5.7.1 Relaying denied (in reply to RCPT TO command)". */
function replyWrappedIntoRelay(lines: string[], index: number): boolean {
  const below = lines[index + 1];
  // (with its enhanced code too: Postfix's "said: 550 5.7.1" over "    Relaying denied (in reply to RCPT TO command)")
  return below !== undefined && /(?<![\w.])[45]\d\d(?:[ \t]+[45]\.\d{1,3}\.\d{1,3})?[ \t]*$/.test(lines[index]!) && /^[ \t]+\S/.test(below) && RELAY_LINE.test(below);
}

/**
 * A library that splits the refusal over two lines ("SMTP Error: ... Relaying denied" / "SMTP code: 550
 * Additional SMTP info: 5.7.1"): the codes under an uncoded relay phrase are the refusal's.
 */
function codeOfRelayAbove(lines: string[], index: number): boolean {
  const above = lines[index - 1];
  // (not under a person's word that the refusal is over, "relaying denied is gone, now it's this:")
  return above !== undefined && RELAY_LINE.test(above) && codesIn(above).length === 0 && !saidGone(above);
}

/**
 * An exception's own status line under its relay refusal, in the same paragraph: MailKit's
 * `StatusCode: MailboxUnavailable (550)` under `SmtpCommandException: 5.7.1 Relaying denied` and its stack frames.
 * Only a bare reply code of the refusal's class, with the nearest coded line above it the refusal's.
 */
function statusUnderRelay(lines: string[], above: number | undefined, index: number, codes: string[], relayCodes: Set<string>, isRelayLine: (index: number) => boolean): boolean {
  if (above === undefined || !isRelayLine(above) || !codes.every((code) => /^\d{3}$/.test(code) && [...relayCodes].some((relayCode) => relayCode[0] === code[0]))) return false;
  for (let between = above + 1; between < index; between++) if (!/\S/.test(lines[between]!)) return false;
  return true;
}

/** A delivery report's status line with no detail, `Status: 5.0.0` (Exim's under any refusal): of the same class as the refusal, no other error. */
const GENERIC_STATUS = /^[ \t]*status:[ \t]*([45])\.0\.0[ \t]*$/i;
function genericStatusOf(line: string, relayCodes: Set<string>): boolean {
  const status = GENERIC_STATUS.exec(line);
  return status !== null && [...relayCodes].some((code) => code[0] === status[1]);
}

/** The sentences of a line that hold a relay phrase ("Today it is Relaying denied. Log: ... "550 5.7.1 Relaying denied""), joined. */
// (a relay sentence without a code of its own takes the one before it: "550 5.7.1 from smtp.mailgun.org. The message was Relaying denied.")
function relaySentences(line: string): string {
  // (an aside that places its refusal in the past, "it's 554 5.7.1 again (they had a relaying denied last month)",
  // is a sentence of its own: the codes around it are today's error)
  const sentences = sentencesOf(line).flatMap((sentence) => sentence.split(PAST_ASIDE).map((piece) => piece.trimEnd()));
  if (sentences.length === 1) return line;
  return sentences
    .flatMap((sentence, index) => (!RELAY_LINE.test(sentence) ? [] : index > 0 && codesIn(sentence).length === 0 && !PAST_ASIDE.test(sentence) && relayLike(sentences[index - 1]!) ? [sentences[index - 1]!, sentence] : [sentence]))
    .join(' ');
}

/** A parenthesis placing what it holds in the past, with no code of its own: "(they had a relaying denied last month)". */
// (told as what was, with a verb of it: not "(Relaying denied, same as yesterday)", which says it goes on)
const PAST_ASIDE_SOURCE = String.raw`\((?=[^()\d]*\b(?:had|got|was|were|saw|came|fixed|resolved)\b)(?=[^()\d]*\b(?:last (?:week|month|year)|yesterday|earlier|before|ago|previously)\b)(?![^()\d]*\b(?:same|like|again|still)\b)[^()\d]*\)`;
/** Where such an aside opens. */
// (at the parenthesis itself: a look-ahead tried at each blank of a long run before it would make the split quadratic)
const PAST_ASIDE = new RegExp(String.raw`(?=${PAST_ASIDE_SOURCE})`, 'i');
const PAST_ASIDES = new RegExp(PAST_ASIDE_SOURCE, 'gi');

/** A sentence whose codes could be a relay refusal's: an x.7.x status, or a 4xx/5xx reply with no other status. */
function relayLike(sentence: string): boolean {
  const codes = codesIn(sentence);
  const enhanced = codes.filter((code) => code.includes('.'));
  return enhanced.length ? enhanced.some((code) => /^[45]\.7\./.test(code)) : codes.some((code) => /^[45]/.test(code));
}

/** A line's sentences: a full stop, question or exclamation mark, blanks, then a capital. */
function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?])[ \t]+(?=[A-Z])/);
}

/** Reply codes and enhanced status codes in a line (not a product's version: "hMailServer 5.6.8"). */
function codesIn(line: string): string[] {
  const codes = [...line.matchAll(REPLY_CODES)].map((m) => m[1]!);
  // (an HTTP API's answer is an error of its own too: `404 {"message":"Domain not found: ..."}`, `HTTP/1.1 401 Unauthorized`)
  const http = codes.length === 0 ? HTTP_STATUS.exec(line) : null;
  if (http) codes.push(http[1]!);
  for (const enhanced of line.matchAll(ENHANCED_CODES)) {
    if (!PRODUCT_NAME_BEFORE.test(line.slice(Math.max(0, enhanced.index - 40), enhanced.index))) return [...codes, enhanced[1]!];
  }
  return codes;
}

const ENHANCED_CODES = new RegExp(ENHANCED_CODE.source, 'g');

/** A camel-cased product name just before a number (hMailServer, SmarterMail, MailEnable): the number is its version. */
const PRODUCT_NAME_BEFORE = /[a-z][A-Z][A-Za-z]{0,30}[ \t]$/;

const isFailure = (code: string) => code[0] === '4' || code[0] === '5';

function firstCodeAt(line: string): number {
  const reply = line.search(REPLY_CODE);
  const enhanced = line.search(ENHANCED_CODE);
  return Math.min(reply === -1 ? line.length : reply, enhanced === -1 ? line.length : enhanced);
}

// (and "... we get this instead" after the earlier refusal, on its line)
const NOW = new RegExp(String.raw`\b(?:now|today|jetzt|heute|maintenant|aujourd'hui|ahora|hoy|agora|hoje|nu|vandaag|adesso|oggi)\b|今日|今週|今は|\b(?:get|got|see|getting|seeing) (?:this|that|these) instead\b|${NEW_ERROR}`, 'i');

/** A "now" after the first story that starts another, not one that says the first goes on ("... and it is still happening today"). */
function nowAfterStory(after: string): boolean {
  const now = NOW.exec(after);
  if (!now) return false;
  // (the clause that holds the "now", up to it: "and it is still happening today")
  const clause = after.slice(0, now.index).split(/[.!?:;]/).at(-1)!;
  return !/\b(?:still|again|keeps?)\b/i.test(clause);
}

/** What a line says after its first error: after the relay phrase's sentence, when it holds one; else after its last code. */
function afterFirstStory(line: string): string {
  const sentences = sentencesOf(line);
  const relay = sentences.findIndex((sentence) => RELAY_LINE.test(sentence));
  return relay !== -1 && relay < sentences.length - 1 ? sentences.slice(relay + 1).join(' ') : afterLastCode(line);
}

/** The rest of `line` after its last reply or status code. */
function afterLastCode(line: string): string {
  let end = 0;
  for (const m of line.matchAll(ALL_CODES)) end = m.index + m[0].length;
  return line.slice(end);
}
const ALL_CODES = new RegExp(`${REPLY_CODE.source}|${ENHANCED_CODE.source}`, 'gi');

/** The tense of the time word in `text` (the later one, when it has both). */
/** Whether a line tells what it holds as what was before now ("Prima usava smtp.mailgun.org e dava "535 ..."", "last week it was ..."). */
export const toldAsPast = (line: string): boolean => tenseOf(line) === 'past';

function tenseOf(line: string): Tense {
  // (someone's words quoted after "says:" keep their own time words: 'The editor says: "the same ... as last week"')
  const unquoted = line.includes('"') || line.includes('\u201c') ? line.replace(QUOTED_SPEECH, '') : line;
  // (nor does a question whether it is the earlier error again: "Isso é o mesmo erro do mês passado?" names the past one)
  const text = unquoted.includes('?') ? unquoted.replace(SAME_AS_BEFORE_ASKED, '') : unquoted;
  const current = CURRENT.exec(text);
  const past = PAST.exec(text);
  if (!current || !past) return current ? 'current' : past ? 'past' : null;
  // (a word of now after the first of the past is nearer to what follows: "ok update ... like you said yesterday and now it
  // fails" is now, and so is "last month's thread, but this looks different now ... the earlier thread" (that one names
  // what is quoted below); but not after a new error is announced: "new one today. They moved the job to a Go service last
  // night. Journal:" tells the cause's time, not the error's)
  return lastMatchAt(CURRENT_EVERY, text) > past.index || ANNOUNCED_NEW.test(text.slice(0, past.index)) ? 'current' : 'past';
}
const CURRENT_EVERY = new RegExp(CURRENT.source, 'gim');

/** Where the last match of a global pattern in a line starts (-1 for none). */
function lastMatchAt(pattern: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

/** A sentence asking whether this is the same error as before (its time words are the earlier error's). */
const SAME_AS_BEFORE_ASKED = /[^.?!,;:"\u201c\n]*\b(?:same|mesmo|mismo|dezelfde|hetzelfde|dasselbe|derselbe|gleiche|même|stesso|stessa)\b[^.?!\n]*\?/gi;

/**
 * The tense of the time word nearest above line `at`, looking up to line `from`; on line `at` itself
 * only before its first code ("[Yesterday 4:12 PM] 550 ...", not "550 ... , now this:").
 */
function tenseBefore(lines: string[], at: number, from: number): Tense {
  for (let index = at; index >= from; index--) {
    // Both on one line: the later one is nearer to what follows.
    const tense = tenseOf(index === at ? lines[index]!.slice(0, firstCodeAt(lines[index]!)) : lines[index]!);
    if (tense) return tense;
  }
  return null;
}
