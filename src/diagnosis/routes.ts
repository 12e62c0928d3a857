/**
 * Mailgun Routes shown in a paste (`match_recipient("...")`, `catch_all()`, `match_header(...)`) and whether each would
 * take the refused recipient: for the incoming case, "no Route matches" can then be checked instead
 * of guessed.
 */

const MAX_ROUTES = 10;
/** JSON and Python reprs escape the quotes (`match_recipient(\".*@x\")`): the backslash is not the pattern's. */
const ROUTE = /\b(?:match_recipient\(\s*\\?["']([^"'\n]{1,200}?)\\?["']\s*\)|catch_all\(\s*\)|match_header\(\s*\\?["']([^"'\n]{1,100}?)\\?["']\s*,\s*\\?["']([^"'\n]{1,200}?)\\?["']\s*\))/gi;

/**
 * A Route typed out from Mailgun's Create Route form: its "Expression Type" (Match Recipient, Catch All)
 * and, for a recipient match, the "Recipient" field's pattern on the next line.
 */
// (each run of blanks bounded and never beside another: "expression" then a long run of spaces is read once)
export const TYPED_ROUTE = /\bexpression(?:[ \t]{1,20}type)?[ \t]{0,20}(?::[ \t]{0,20})?(?:match[ \t]{1,20}recipient[ \t]{0,20}\n[ \t]{0,20}recipient[ \t]{0,20}(?::[ \t]{0,20})?["']?([^\s"']{1,200})|(catch[ \t]{1,20}all)\b)/gi;

/** What stands before the typed-out Route's "Recipient" field: the pattern there is no recipient of any mail. */
export const TYPED_ROUTE_FIELD = /match[ \t]{1,20}recipient[ \t]{0,20}\n[ \t]{0,20}recipient[ \t]{0,20}(?::[ \t]{0,20})?["']?$/i;

/** Words before a route in its line that say it is gone. */
// (a letter's edge as Unicode knows it, not `\b`'s ASCII one: Russian "удалили" (deleted))
// (and the past of a route asked to be restored: "They want to know if the old route can be restored. It used match_recipient(...)")
const GONE = /(?<![\p{L}\d_])(?<!(?<!\p{L})nie[ \t]{1,3})(?:deleted|removed|old|no longer|used to|previously|got rid of|antes[ \t]{1,3}(?:ten[íi]an|ten[íi]amos|hab[íi]a|tinham|t[íi]nhamos|havia)|prima[ \t]{1,3}(?:avevano|avevamo|c'era)|avant[ \t]{1,3}(?:ils|on|nous)[ \t]{1,3}(?:avaient|avait|avions)|(?:früher|vorher)[ \t]{1,3}(?:hatten|gab[ \t]{1,3}es)|dropped|disabled|it used|which used|restored?|borró|eliminó|quitó|apagou|removeu|excluiu|löschte|entfernte|cancellato|gelöscht|entfernt|verwijderd|supprimé|eliminado|borrado|removido|apagado|eliminato|rimosso|menghapus|dihapus|hapus|đã xóa|xóa|silindi|sildik|sildim|smazal[aiy]?|smazán[aoy]?|törölt(?:e|ük|em)?|raderade|slettet|usunięt[aoy]|usunęli|usunęły|usunął|usunęła|usunąłem|usunęłam|διαγράψαμε|διαγράφηκε|מחקנו|נמחק|удалил[аи]?|убрал[аи]?|удалён|удален)(?!\p{L})/iu;
const GONE_ALL = new RegExp(GONE.source, 'giu');
/** Russian says it after the route, a few words on: "этот catch_all() на прошлой неделе удалили". */
const GONE_LATER_RU = /^[^.;!?\n]{0,30}?(?<!\p{L})(?:удалил[аи]?|удалён|удален|убрал[аи]?)(?!\p{L})/iu;
/** "заменили X на Y", "replaced X with Y", "ersetzt X durch Y": X, the route before "на" or "with", is gone; Y is the one now. */
const REPLACED_BEFORE = /(?<!\p{L})(?:заменили|replaced|reemplazaron|reemplazamos|reemplazó|sustituyeron|sustituimos|substituíram|substituímos|substituiu|ersetzt|ersetzten|remplacé|remplacée|sostituito|vervangen)(?!\p{L})(?:(?!(?<!\p{L})(?:на|with|by|por|con|durch|mit|par|door)(?!\p{L}))[^.;!?\n]){0,20}$/iu;
const REPLACED_WITH_AFTER = /^[ \t]{1,3}(?:на|with|by|por|con|durch|mit|par|door)(?!\p{L})/iu;
/** Words just after a route that say it is gone ("the catch_all() route was deleted", "... route hebben verwijderd"), not another thing ("stays, we removed the forward"). */
const GONE_AFTER = /^[ \t]{0,3}(?:route[ \t]{1,3})?(?:(?:was|were|is|has been|have been|got|hebben|heeft|haben|hat|wurde|ist|a été|fue|foi|è stato)[ \t]{1,3})?(?:deleted|removed|dropped|disabled|gelöscht|entfernt|verwijderd|supprimé|eliminado|borrado|removido|apagado|eliminato|rimosso|silindi|dihapus|smazán[aoy]?|törölve|slettet|raderad|usunięt[aoy])(?!\p{L})/iu;
/**
 * A "before" label on a line of its own ("BEFORE (Wed)", "before:"; not a sentence such as "Before the
 * migration it worked."), with an "after" or "now" label further down: the routes between them are an
 * earlier version.
 */
const BEFORE_LABEL = /^[ \t]{0,20}(?:before|vorher|avant|antes)(?:[ \t]{0,3}\([^\n()]{0,40}\))?[ \t]{0,3}:?[ \t]{0,20}$/im;
const AFTER_LABEL = /^[ \t]{0,20}(?:after|now|nachher|jetzt|après|maintenant|después|ahora|depois|agora)(?:[ \t]{0,3}\([^\n()]{0,40}\))?[ \t]{0,3}:?[ \t]{0,20}$/im;

/** Where the earlier version's routes stand: [from, to) of a before-label's section, or null. */
function beforeSection(text: string): [number, number] | null {
  if (!/before|vorher|avant|antes/i.test(text)) return null;
  // (the first label only: if no "after" follows it, none follows a later one either)
  const label = BEFORE_LABEL.exec(text);
  if (!label) return null;
  const after = AFTER_LABEL.exec(text.slice(label.index + label[0].length));
  return after ? [label.index, label.index + label[0].length + after.index] : null;
}

/** Said gone later in its sentence: "The catch_all() that used to be priority 100 is gone." (not "is missing stop()") */
// (and its relative clause in other languages: "la vecchia route catch_all() che inoltrava a info@ è stata cancellata")
// (or tidied away, "een catch_all() route gehad maar die hebben ze vorige week "opgeruimd""; not one said to stay)
const GONE_LATER = /^(?![^.;!?\n]{0,60}?\b(?:stays?|stayed|kept|keep|blijft|bleef)\b)[^.;!?\n]{0,60}?(?<!\p{L})(?:opgeruimd|opgeschoond|weggehaald|cleaned[ \t]+(?:it[ \t]+)?up|tidied[ \t]+(?:it[ \t]+)?(?:up|away))(?!\p{L})|^[^.;!?\n]{0,40}?\b(?:is|was|are|were|has been|have been)[ \t]+(?:now[ \t]+|since[ \t]+)?(?:gone|missing)(?=[ \t]*(?:[.,;!?)]|now\b|$))|^[^.;!?\n]{0,60}?(?<!\p{L})(?:è[ \t]+stat[ao]|sono[ \t]+stat[ei]|fue|ha[ \t]+sido|foi|wurde|a[ \t]+été|is)[ \t]+(?:cancellat[aoie]|eliminat[aoie]|rimoss[aoie]|eliminad[ao]s?|borrad[ao]s?|removid[ao]s?|apagad[ao]s?|exclu[íi]d[ao]s?|gelöscht|entfernt|supprimée?s?|verwijderd)(?!\p{L})|^[^.;!?\n]{0,40}?,[ \t]*(?:since[ \t]+)?(?:(?:deleted|removed)(?![ \t]+(?:the|a|an|our|their|its|this|that|my|all|one|every|any)\b)|supprimée?s?|effacée?s?|gelöscht|entfernt|eliminad[ao]s?|borrad[ao]s?|cancellat[aoie]|eliminat[aoie]|rimoss[aoie]|removid[ao]s?|apagad[ao]s?|verwijderd)(?!\p{L})/iu;
/** Deleted as "it" later in its sentence, no other route between: "they had a catch_all() route ... so they deleted it." */
// (no "but" between: "a catch_all() forwards to Zendesk, but the Zendesk trigger kept opening tickets so we deleted it" deleted the trigger)
const DELETED_IT_LATER = /^(?:(?!match_recipient|catch_all|match_header|\bbut\b)[^.;!?\n]){0,200}?\b(?:so|and|then|but|until)[ \t]+(?:(?:we|they|i|he|she|someone|the customer)[ \t]+)?(?:just[ \t]+|finally[ \t]+|then[ \t]+)?(?:deleted|removed|dropped)[ \t]+it\b/i;
/** Taken back just after it: "the only route left is match_recipient(...)... wait no, that's the one I deleted too?". */
// (none other between: "match_recipient(...) and had a catch_all(), that's the one I deleted" takes back the catch_all())
// ("catch_all()?? -- no wait, they said they deleted that last week"; "catch_all() ... no aspetta, l'hanno cancellata ieri")
const GONE_TAKEN_BACK = /^(?:(?!match_recipient|catch_all|match_header)[^\n]){0,40}?\b(?:(?:that's|that is|it's|it is|that was|which is|which was)[ \t]+(?:also[ \t]+)?(?:the[ \t]+)?one[ \t]+(?:i|we|he|she|they|you|someone)[ \t]+(?:just[ \t]+|also[ \t]+|already[ \t]+)?(?:deleted|removed|dropped)\b|(?:no[ \t]+)?wait\b[^.;!?\n]{0,30}?\b(?:i|we|he|she|they|someone)[ \t]+(?:said[ \t]+(?:i|we|he|she|they)[ \t]+)?(?:had[ \t]+|have[ \t]+)?(?:already[ \t]+)?(?:deleted|removed)[ \t]+(?:that|it|this)(?=[ \t]*(?:[.,;!?)]|$|[ \t]+(?:last|yesterday|already|too|earlier|before|a while)\b))|\b(?:aspett[ai]|espera|attends|warte|wacht)\b[^.;!?\n]{0,30}?\b(?:cancellat[aoie]|eliminat[aoie]|rimoss[aoie]|borrad[ao]s?|borraron|eliminaron|supprimée?s?|gelöscht|verwijderd)(?![a-zà-ÿ]))/i;
/** Japanese and Chinese "deleted" (削除した, 消した, 删除了): no word boundaries around them. */
const GONE_CJK = /削除|消した|消しました|消去|删除|删掉|刪除|移除/;
/** Words of deleting alone (not "old", "previously", "restored": a note can say those of a live route). */
const DELETED = String.raw`(?<![\p{L}\d_])(?<!(?:not|never|nothing|nie)[ \t]{1,3})(?:deleted|removed|dropped|disabled|gelöscht|entfernt|verwijderd|supprimé|eliminado|borrado|removido|apagado|eliminato|rimosso|menghapus|dihapus|hapus|đã xóa|xóa|silindi|sildik|sildim|smazal[aiy]?|smazán[aoy]?|törölt(?:e|ük|em)?|raderade|slettet|usunięt[aoy]|usunęli|usunęły|usunął|usunęła|usunąłem|usunęłam|διαγράψαμε|διαγράφηκε|מחקנו|נמחק|удалил[аи]?|удалён|удален|убрал[аи]?)(?!\p{L})|${GONE_CJK.source}`;
/** A note at the end of the route's line that says it is gone: "catch_all() → forward(...)   ← これを消した", "# deleted". */
// (a comment's `#` or `//` after a blank: not a URL's `http://`)
const GONE_NOTE = new RegExp(String.raw`(?:←|<-|<==?|(?<!\S)#|(?<!\S)\/\/)[^\n]{0,30}?(?:${DELETED})`, 'iu');
/** A label above the route's block that says the routes under it are gone: "Deleted routes:", "（削除したルート）:". */
const GONE_LABEL = new RegExp(String.raw`(?:${DELETED})[^\n]{0,30}[:：][ \t]*$`, 'iu');
/** A line that is a label: a few words and a colon at its end. */
const LABEL = /^[^\n]{1,60}[:：][ \t]*$/;
/**
 * A route proposed in a question, not one there is: "¿Les digo que agreguen una para facturacion@ o un catch_all()?",
 * "should they add a catch_all()?" (a word of adding before it in its sentence, a question mark after it in its line).
 */
// (the word as asked, not done: "add", "agreguen"; not "set up", "we added"; the question mark right after the route)
// (and put back: "Se rimettiamo catch_all(), con che priorità?", "if we re-add catch_all(), at which priority?")
const ADD_BEFORE = /(?<!\p{L})(?:add|create|re-?add|put[ \t]+back|restore|agreg(?:ar|uen|uemos|o)|añad(?:ir|an|amos)|crear|cre[ae]n|volv(?:er|emos)[ \t]+a[ \t]+(?:poner|crear|añadir)|hinzufügen|anlegen|ajouter|créer|remett(?:re|ons)|recréer|adicionar|criar|recriar|aggiungere|aggiungiamo|rimett(?:ere|iamo)|ricre(?:are|iamo)|toevoegen)(?!\p{L})|追加|添加|新增/iu;
const QUESTION_AFTER = /^[^\n.!?]{0,25}[?？]/;
/** "can we use", "should we add", "do we need a": a question opened just before a route, about it, when its question mark follows it. */
const ASKED_BEFORE = /\b(?:can|could|should|shall|do|does|would|must)[ \t]+(?:we|i|they|you)\b[^\n.!?]{0,30}$/i;
/**
 * The same in other languages, words of need or advice only ("we can", podemos, können wir, also state what is seen), and
 * only opening the sentence, whose question mark follows with no other question opened between ("Ci conviene mettere un",
 * "¿Deberíamos poner un", "Sollten wir eine").
 */
const ASKED_BEFORE_ABROAD = /^[\s¿¡\d.)*-]*(?:(?:ci|nos|on)[ \t]+)?(?:conviene|dovremmo|dobbiamo|deber[ií]amos|debemos|hace[ \t]+falta|necesitamos|devemos|dever[ií]amos|precisamos|faut-il|devons-nous|devrions-nous|sollten[ \t]+wir|müssen[ \t]+wir|brauchen[ \t]+wir|moeten[ \t]+we|zouden[ \t]+we|pitäisikö|tarvitaanko|täytyykö|skal[ \t]+vi|bør[ \t]+vi|burde[ \t]+vi|ska[ \t]+vi|borde[ \t]+vi|behöver[ \t]+vi|trebuie[ \t]+să|ar[ \t]+trebui[ \t]+să|czy[ \t]+powinniśmy|czy[ \t]+musimy)(?!\p{L})[^\n.!?]{0,30}$/iu;
const QUESTION_SOON_AFTER = /^[^\n.!?]{0,40}[?？]/;
/** "If we just add a": a route supposed in a question ("If we add a catch_all() at priority 0, will it swallow everything?"). */
const SUPPOSED_BEFORE = /\b(?:if|what[ \t]+if|suppose)[ \t]+(?:we|i|they|you|he|she)\b[^\n.!?]{0,30}$/i;
// (its question may go on a while, "Faut-il remettre un catch_all() et avec quelle priorité, sans casser les routes ... ?")
const OWN_QUESTION_SOON_AFTER = /^[^\n.!?¿]{0,80}[?？]/;
/** Korean and Japanese asking whether it may be done so: "...받아도 되나요?", "...受けてもいいですか？". */
// (Korean's "-도 되나요", may we: not "왜 안 되나요?", why does it not work)
const PROPOSED_AFTER = /^[^\n.!?？]{0,40}(?:도[ \t]*(?:되나요|될까요|괜찮을까요|좋을까요)|てもいいですか|てもよいですか|でいいですか|で大丈夫ですか|べきですか)[ \t]*[?？]/;
/** A route only planned: "they want to just add a catch_all()", "thinking of adding", "Они хотят добавить", "quieren añadir". */
const PLANNED_BEFORE = /\b(?:wants?|wanted|plan(?:s|ning)?|going|would like|'d like)[ \t]+to[ \t]+(?:just[ \t]+|simply[ \t]+)?(?:add|create|set up)\b|\bthinking[ \t]+(?:of|about)[ \t]+(?:adding|creating)\b|хот(?:ят|им|ел[иа]?)[ \t]+(?:просто[ \t]+)?(?:добавить|создать)|\bquier(?:en|o)[ \t]+(?:añadir|agregar|crear)\b|\bwollen[^\n.]{0,30}(?:hinzufügen|anlegen)|\bveulent[ \t]+(?:ajouter|créer)\b|\bquerem[ \t]+(?:adicionar|criar)\b|\bvogliono[ \t]+(?:aggiungere|creare)\b/iu;

/** A claim the person doubts: "claims", "swears", "insists", "jura que", "twierdzi", "behauptet", "prétend", "sostiene", "beweert". */
const CLAIMED_BEFORE = /(?<!\p{L})(?:claims?|claimed|swears?|swore|insists?|insisted|jura|juram|juró|asegura|aseguran|garante|twierdz[iąa]|mówią,?[ \t]+że|behauptet|behaupten|prétend(?:ent)?|sostiene|sostengono|giura|beweert|beweren|zweert)(?!\p{L})/iu;
/** A catch_all() concluded not to be there, after a listing: "so no catch_all", "czyli żadnego catch_all", "also kein catch_all". */
const NO_CATCH_ALL = /(?<!\p{L})(?:so|i\.e\.|=>|→|thus|hence|also|d\.h\.|donc|entonces|então|quindi|dus|czyli)[ \t,:]+(?:there(?:'s|[ \t]+is)[ \t]+)?(?:no|kein(?:en)?|ningún|ninguna|aucun|nenhum|nessun|geen|żadnego|żadnej|brak)[ \t]+(?:route[ \t]+|ruta[ \t]+|rota[ \t]+)?catch_?all\b(?![ \t]*\()/iu;

const ROUTE_DESCRIPTION = /["']description["'][ \t]*:[ \t]*"[^"\n]{0,200}"/g;

const STILL_LIVE_AFTER = /^[ \t]{0,3}(?:route[ \t]+)?(?:is|are)[ \t]+still[ \t]+(?:live|there|active|in[ \t]+place|enabled|working)\b/i;

/** Whether the words around a route at `at` say it is gone (deleted, replaced) or not made (planned, asked about): before it in its sentence and line, or just after it. */
function isGone(text: string, at: number, length: number): 'deleted' | 'not-made' | 'claimed' | null {
  // ("a colleague deleted the old catch_all() route": not a route there is; the words just before it,
  // within its line: searching back to the line's start per match is quadratic on a long line)
  const window = text.slice(Math.max(0, at - 60), at);
  // (within its sentence: "... route hebben verwijderd. Er staat nu alleen nog match_recipient(...)" keeps the second)
  // (not a listed route's own description, `"description":"old support inbox","expression":"...`: its owner's label for it)
  const clause = window.slice(Math.max(window.lastIndexOf('\n'), window.search(/[.;!?]\s[^.;!?]*$/)) + 1).replace(ROUTE_DESCRIPTION, '');
  const after = text.slice(at + length, at + length + 60);
  // ("the match_recipient(...) route is still live": whatever the clause before it says of another route)
  if (STILL_LIVE_AFTER.test(after)) return null;
  // (and Japanese or Chinese before it, "削除したルートの中に orders@ 用のもの（match_recipient(...)）")
  if (goneBefore(clause) || GONE_CJK.test(clause) || GONE_AFTER.test(after) || GONE_LATER_RU.test(after) || GONE_LATER.test(after) || GONE_TAKEN_BACK.test(after) || (REPLACED_BEFORE.test(clause) && REPLACED_WITH_AFTER.test(after))) return 'deleted';
  if (ADD_BEFORE.test(clause) && QUESTION_AFTER.test(text.slice(at + length, at + length + 20))) return 'not-made';
  const soonAfter = text.slice(at + length, at + length + 90);
  if (((ASKED_BEFORE.test(clause) && QUESTION_SOON_AFTER.test(soonAfter)) || (ASKED_BEFORE_ABROAD.test(clause) && OWN_QUESTION_SOON_AFTER.test(soonAfter)))) return 'not-made';
  if (SUPPOSED_BEFORE.test(clause) && ADD_BEFORE.test(clause) && OWN_QUESTION_SOON_AFTER.test(soonAfter)) return 'not-made';
  // (a route asked about, not one there is: "catch_all() 로 전부 받아도 되나요?", "catch_all() で全部受けてもいいですか？")
  if (PROPOSED_AFTER.test(text.slice(at + length, at + length + 60))) return 'not-made';
  if (PLANNED_BEFORE.test(clause)) return 'not-made';
  // (only claimed, "the customer swears they created a catch_all()", "Mówią, że mają route catch_all()": where the paste shows a
  // listing too, that says what there is)
  if (CLAIMED_BEFORE.test(clause)) return 'claimed';
  // (its line's end note, and the label over its block: bounded slices, never a search through a long line per route)
  const rest = text.slice(at + length, at + length + 300);
  if (GONE_NOTE.test(rest.split('\n', 1)[0]!)) return 'deleted';
  if (DELETED_IT_LATER.test(rest)) return 'deleted';
  const before = text.slice(Math.max(0, at - 600), at);
  const block = before.slice(0, before.lastIndexOf('\n') + 1).split(/\n[ \t]*\n/).at(-1)!;
  const label = block.split('\n').reverse().find((line) => LABEL.test(line));
  return label !== undefined && GONE_LABEL.test(label) ? 'deleted' : null;
}

/** A word that starts the next thing done: "deleted the old route and added match_recipient(...)" names the new one. */
// (not a conjunction between words about the same route: "the old and unused catch_all()")
// (English "and"/"then" before a deed, "and added"; "but", "now" as they are; other languages' conjunctions
// as words of their own, "und", "et", not the "e" of "e-mail"; none before an adjective: "the old and unused catch_all()",
// "the old and retired catch_all()"; the common re- deeds are listed, "and re-added")
const NEXT_ACTION = /(?<!\p{L})(?:(?:and|then)\s+(?:(?:then|now|also|instead|only)\s+)?(?:added|created|replaced|switched|changed|updated|moved|swapped|edited|renamed|re-?(?:added|created|configured|enabled|made|written|done)|(?<!(?:old|unused|inactive|broken|outdated|obsolete|legacy|test|temporary|default|former|previous|existing)[ \t,]+(?:and|then)\s+)(?!un)(?:re-)?[a-z]{2,20}ed|add|create|set|made|kept|keep|have|has|use|uses|went|put|wrote|left|swap|switch|change|update|move)|but|now|теперь|затем|(?:и|y|und|et|e|en|dann|puis)(?=[ \t]))(?![\p{L}-])(?!\s+(?:the\s+)?(?:old|unused|inactive|broken|outdated|obsolete|legacy|test|temporary|default|former|previous|existing)(?!\p{L}))/iu;

/** A gone-word in the clause before a route, with no next action between it and the route. */
function goneBefore(clause: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of clause.matchAll(GONE_ALL)) last = m;
  // (from the gone word on, so that NEXT_ACTION's look-behind sees "the old and ...")
  return last !== null && !NEXT_ACTION.test(clause.slice(last.index));
}

/** The Route expressions in the text, written the way Mailgun shows them, each once, in order. */
export function findRouteExpressions(text: string): string[] {
  return scanRoutes(text).routes;
}

/**
 * The Route expressions in place (`routes`), and those the paste says were deleted or replaced (`gone`; not one only
 * planned or asked about), each once, in order.
 */
export function scanRoutes(text: string): { routes: string[]; gone: string[] } {
  const typed = /expression/i.test(text);
  const written = text.includes('match_recipient') || text.includes('catch_all') || text.includes('match_header');
  if (!typed && !written) return { routes: [], gone: [] };
  const found = new Set<string>();
  const gone = new Set<string>();
  const claimed = new Set<string>();
  // (said gone after a listing shows it: the later word is the newer news, "the catch_all() above was deleted")
  const note = (expression: string, at: number, length: number) => {
    const notInPlace = isGone(text, at, length);
    if (notInPlace === 'claimed') {
      if (!found.has(expression)) claimed.add(expression);
    } else if (notInPlace) {
      found.delete(expression);
      if (notInPlace === 'deleted') gone.add(expression);
    } else {
      found.add(expression);
      gone.delete(expression);
    }
  };
  const earlier = beforeSection(text);
  for (const m of typed ? text.matchAll(TYPED_ROUTE) : []) {
    if (found.size >= MAX_ROUTES || (earlier && m.index >= earlier[0] && m.index < earlier[1])) continue;
    note(m[2] ? 'catch_all()' : `match_recipient("${m[1]}")`, m.index, m[0].length);
  }
  for (const m of written ? text.matchAll(ROUTE) : []) {
    if (earlier && m.index >= earlier[0] && m.index < earlier[1]) continue;
    // A route on a header is listed too: whether it takes the message is not told by the address.
    note(m[1] !== undefined ? `match_recipient("${m[1]}")` : m[2] !== undefined ? `match_header("${m[2]}", "${m[3]}")` : 'catch_all()', m.index, m[0].length);
    if (found.size >= MAX_ROUTES) break;
  }
  // (a route only claimed counts where no listing shows another; a catch_all() named, then concluded not to be there, "... i
  // jedyna route to: match_recipient(...) czyli żadnego catch_all", does not)
  if (found.size === 0) for (const expression of claimed) found.add(expression);
  if (found.has('catch_all()') && NO_CATCH_ALL.test(text)) found.delete('catch_all()');
  return { routes: [...found], gone: [...gone].slice(0, MAX_ROUTES) };
}

/** The one domain the routes take addresses at (`match_recipient("a@x.co")`, `".*@mg\\.x\\.co"`), or null for none or several. */
export function routedDomain(routes: readonly string[]): string | null {
  const domains = new Set(routes.flatMap((route) => [...route.replace(/\\/g, '').matchAll(ROUTED_DOMAIN)].map((m) => m[1]!.toLowerCase())));
  return domains.size === 1 ? [...domains][0]! : null;
}
/** The domain after a route pattern's @, its regex escapes taken out: a plain domain name to its end. */
const ROUTED_DOMAIN = /@((?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24})(?=["$)]|$)/gi;

/**
 * Whether the Route expression takes `recipient`: true, false, or null when it cannot be told.
 * Mailgun documents only "Python-style regular expressions", so both answers are kept to what holds
 * however it applies them: true when the pattern matches the whole address, with its case (a
 * match from the start only, `orders@x.co` on orders@x.com, holds for Python's re.match but not for its
 * fullmatch); false when it matches nowhere in it, ignoring case; null otherwise, and for any pattern
 * outside the plain subset below.
 */
export function routeMatches(expression: string, recipient: string): boolean | null {
  if (/^catch_all\(\s*\)$/i.test(expression)) return true;
  const pattern = /^match_recipient\("(.*)"\)$/s.exec(expression)?.[1];
  const source = pattern === undefined ? null : plainPattern(pattern);
  if (source === null) return null;
  try {
    if (new RegExp(`^(?:${source})$`).test(recipient)) return true;
    return new RegExp(source, 'i').test(recipient) ? null : false;
  } catch {
    return null;
  }
}

/**
 * The pattern in JavaScript's syntax when it uses only what Route expressions need and what reads
 * the same in Python and JavaScript, else null: literal characters and escapes, `.`, character
 * classes, `^` and `$` (Python's `\A` and `\Z` too), groups without quantifiers, exact
 * counts (`{12}`), `|` between alternatives, and at most two `*` or `+`. Nothing else (`?`, `{m,n}`, look-arounds, back-references) is run: a
 * customer's pattern must not be able to backtrack for long, and a syntax the two languages read
 * differently must not give a wrong "does not match".
 */
function plainPattern(pattern: string): string | null {
  // A repr or JSON string doubles every backslash: `example\\.com` means `example\.com`.
  const source = pattern.replace(/\\\\/g, '\\').replace(/\\A/g, '^').replace(/\\Z/g, '$');
  if (source.length > 200 || !PLAIN.test(source)) return null;
  const repeats = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, 'c').match(/[*+]/g)?.length ?? 0;
  return repeats <= 2 ? source.replace(/\(\?P</g, '(?<') : null;
}

/** One piece: an escape, a class, a group opening (plain or named), or a plain character; `*`/`+` only after a single-character piece. */
// (or an exact count after it, `{12}`: read the same in both, and a count with no range gives the engine no choice to backtrack over)
// (and `|` between alternatives, `^(dispatch|tracking)@...`: read the same in both, and with no quantified group the engine's
// choices stay few)
const PLAIN = /^(?:(?:\\[.+\-@_dw]|\[[^\]\\[]{1,40}\]|[A-Za-z0-9@._%'=~!#&,;:/-])(?:[*+]|\{\d{1,2}\})?|\^|\$|\||\((?:\?:|\?P?<[A-Za-z]\w{0,20}>)?|\))*$/;
