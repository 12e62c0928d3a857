/**
 * The message for the customer, in the language the support person asked in (or named: "in German please"), with
 * the English beside it where they asked in another language, so a person who asked in English for a French customer can
 * check what they send.
 */
import { languageOfName, type CustomerLanguage } from '../../diagnosis/language-names.js';
import type { RichText } from '../model.js';
import { rt, text } from '../rich.js';
import { GERMAN } from './de.js';
import { ENGLISH } from './en.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { ITALIAN } from './it.js';
import { JAPANESE } from './ja.js';
import { DUTCH } from './nl.js';
import { POLISH } from './pl.js';
import { PORTUGUESE } from './pt.js';
import { RUSSIAN } from './ru.js';
import type { CustomerMessageKey, CustomerMessages, CustomerMessageValues } from './types.js';

export type { CustomerMessageKey, CustomerMessageValues, LoginCause } from './types.js';

export type { CustomerLanguage } from '../../diagnosis/language-names.js';

const MESSAGES: Record<CustomerLanguage, CustomerMessages> = { en: ENGLISH, de: GERMAN, es: SPANISH, fr: FRENCH, pt: PORTUGUESE, it: ITALIAN, nl: DUTCH, pl: POLISH, ru: RUSSIAN, ja: JAPANESE };

/** Each language's name in English, for the reply's headings ("In German, as asked"). */
export const LANGUAGE_LABELS: Record<CustomerLanguage, string> = { en: 'English', de: 'German', es: 'Spanish', fr: 'French', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', pl: 'Polish', ru: 'Russian', ja: 'Japanese' };

/** An ask quoted from a thread's old message ("> **Dana** (March): what do we tell them?"): asked then, not of the bot now, unless put to it. */
export const askedInOldThread = (asked: string): boolean => /^[ \t]*>/.test(asked) && !/@relaydenied\b/i.test(asked);

/** Each language's name in its own words, before its message. */
const INTRO: Record<CustomerLanguage, string> = { en: 'In English', de: 'Auf Deutsch', es: 'En español', fr: 'En français', pt: 'Em português', it: 'In italiano', nl: 'In het Nederlands', pl: 'Po polsku', ru: 'По-русски', ja: '日本語' };

/** Each language's words in an ask ("what do I tell the customer?") and its line, shared ones left out; the most found decides, ties in this order. */
const ASKED_WORDS: readonly (readonly [CustomerLanguage, ReadonlySet<string>])[] = [
  ['de', new Set(['und', 'nicht', 'ist', 'die', 'bitte', 'danke', 'kunde', 'auch', 'noch', 'hat', 'wie', 'ich', 'wir', 'kunden', 'kundin', 'formulierung', 'antwort', 'sag', 'sage', 'sagen', 'schreibe', 'schreiben', 'antworte', 'antworten', 'erkläre', 'ihm', 'ihr', 'ihnen', 'soll', 'sollen', 'dem', 'den', 'meinem', 'unserem'])],
  ['nl', new Set(['het', 'een', 'niet', 'ook', 'van', 'dank', 'graag', 'hij', 'zij', 'wat', 'ik', 'klant', 'zeg', 'zeggen', 'antwoord', 'vertellen', 'weten', 'moet', 'tegen', 'onze', 'mijn'])],
  ['it', new Set(['che', 'non', 'è', 'della', 'sono', 'grazie', 'anche', 'lei', 'cosa', 'gli', 'spiego', 'rispondo', 'rispondiamo', 'rispondere', 'scrivo', 'scrivere', 'dico', 'diciamo', 'devo', 'dobbiamo', 'incollare', 'risposta', 'per', 'ho', 'bisogno', 'collega', 'colleghi', 'canale', 'turno', 'passare', 'scrivimi', 'riepilogo'])],
  ['fr', new Set(['pas', 'avec', 'ce', 'ça', 'merci', 'elle', 'ils', 'vous', 'sur', 'mais', 'dire', 'au', 'lui', 'expliquer', 'dois-je', 'devons-nous', "qu'est-ce", 'je', 'nous', 'réponds', 'répond', 'répondre', 'dis', 'dit', 'écris', 'écrit', 'écrire', 'écris-moi', 'ecris-moi', 'comment', 'mon', 'notre', 'une', 'pour', 'réponse', 'coller', 'stp', 'svp', 'pouvez-vous', 'peux-tu', 'pourriez-vous', 'pourrais-tu', 'donner', 'phrases', 'deux', 'trois', 'quelques', 'informaticien', 'informaticienne', 'rédiger', 'petit', 'pourra', 'transmettre', "qu'il", 'côté'])],
  ['pt', new Set(['respondo', 'digo', 'não', 'nao', 'você', 'voce', 'nem', 'foi', 'também', 'já', 'então', 'obrigado', 'obrigada', 'pelo', 'pela', 'ao', 'lhe', 'pra', 'dizemos', 'escrevo', 'escreve', 'escreva', 'manda', 'isso', 'isto', 'colar', 'resposta', 'mensagem', 'ele', 'ela', 'uma', 'eu', 'senha', 'ontem', 'hoje', 'erro', 'podem', 'escrever', 'curto', 'curta', 'resumindo', 'próximo', 'equipa', 'equipe', 'vou', 'vocês', 'possa'])],
  ['pl', new Set(['napisz', 'wiadomość', 'wiadomości', 'odpowiedzi', 'odpowiedź', 'potrzebuję', 'poproszę', 'krótką', 'krótki', 'dla', 'polsku', 'nie', 'jest', 'się', 'jak', 'czy', 'dziękuję', 'proszę', 'mam', 'mamy', 'powinienem', 'powinnam', 'powiedzieć', 'napisać', 'odpowiedzieć', 'odpisać', 'mu', 'jej', 'klientowi', 'mojemu', 'naszemu', 'temu'])],
  ['es', new Set(['y', 'el', 'pero', 'ya', 'también', 'gracias', 'muy', 'ella', 'él', 'esto', 'eso', 'qué', 'le', 'les', 'al', 'digo', 'decimos', 'contesto', 'contestamos', 'respondo', 'respondemos', 'escribo', 'dame', 'escríbeme', 'escribeme', 'redacta', 'respuesta', 'mensaje', 'cómo', 'pegar', 'pegarle'])],
];

/** A word where the paste names a language ("in Spanish", "auf Deutsch", "in het Frans", "only reads French", "German-speaking", "po polsku", "a German message", "in Brazilian Portuguese"): not denied, "doesn't read English". */
// (and "po polsku", "a short German message", "the Spanish reply", "para Marc (IT, inglés)", Swedish "på tyska")
const LANGUAGE_NAME_AT = /(?:\b(?:in|into|auf|en|em)[ \t]+(het[ \t]+)?(?:(?:brazilian|european|brasileiro|europeu|brasilianischem|brésilien)[ \t]+)?|(?<!\b(?:not|never|cannot)[ \t]{1,3}|n't[ \t]{1,3})\b(?:speaks?|reads?)[ \t]+(?:only[ \t]+)?|(?:\b(?:is|are)|'s|'re|\u2019s|\u2019re)[ \t]+)(\p{L}{4,20})(?![ \t]+(?:poorly|badly|little|barely|not[ \t]+(?:well|much)|with[ \t]+difficulty)\b)|\b(\p{L}{4,20})[- ]speaking\b|(?<!\p{L})po[ \t]+(\p{L}{4,20})|\b(?:a|an|the)[ \t]+(?:(?:short|quick|brief)[ \t]+)?(\p{L}{4,20})[ \t]+(?:message|note|sms|reply|version|answer|translation)\b|(?<!\p{L})(?:на[ \t]+|по-)(\p{L}{4,20})|(英語|ドイツ語|スペイン語|フランス語|ポルトガル語|イタリア語|オランダ語|ポーランド語|ロシア語|日本語)で|\b(\p{L}{4,20})[ \t]*,?[ \t]+(?:please|pls)\b|\([^()\n]{1,30},[ \t]*(\p{L}{4,20})[ \t]*\)|(?<!\p{L})på[ \t]+(\p{L}{4,20})/giu;

/**
 * The last language the line names by its whole name: its line holds other words too ("in Spanish please? She's in Madrid,
 * doesn't read English"), and the one wanted comes last ("their dev reads English but the owner only reads Italian, so please
 * write it in Italian").
 */
const NOT_SPOKEN = /(?<![a-ząćęłńóśźżа-яё])(?:nie|не)[ \t]+(?:mówi|mówią|czyta|czytają|rozumie|rozumieją|zna|говорит|говорят|читает|читают|понимает|понимают|знает)[ \t]*$/i;
const NOT_SPOKEN_ABROAD = /(?<!\p{L})(?:no|não|nao|non|nicht|niet)[ \t]+(?:se[ \t]+|si[ \t]+)?(?:maneja|habla|entiende|lee|fala|entende|lê|parla|capisce|legge|spricht|versteht|liest|parle|comprend|lit|spreekt|leest|begrijpt)(?:[ \t]+\p{L}+){0,2}[ \t]*$|\bne[ \t]+(?:parle|comprend|lit)[ \t]+pas(?:[ \t]+\p{L}+){0,2}[ \t]*$|(?<!\p{L})(?:spricht|versteht|liest|spreekt|leest|begrijpt)[ \t]+(?:\p{L}+[ \t]+)?(?:nicht|niet|kein\p{L}*|geen)(?:[ \t]+\p{L}+){0,2}[ \t]*$/iu;
const NOT_SPOKEN_AFTER = /^[ \t]*(?:nie|не)[ \t]+(?:mówi|mówią|czyta|czytają|rozumie|rozumieją|zna|говорит|говорят|читает|читают|понимает|понимают|знает)(?![a-ząćęłńóśźżа-яё])/i;
/** After a language the reader is said to read: "fine", "well", "perfectly", an ability, not the message's language. */
const READ_WELL_AFTER = /^[ \t]+(?:fine|well|perfectly|ok|okay|too|as[ \t]+well)\b/i;
const FOR_ME_RU = /(?<![а-яё])(?:для[ \t]+меня|мне)(?![а-яё])/i;
export function languageNamedIn(line: string): CustomerLanguage | undefined {
  let named: CustomerLanguage | undefined;
  const matches = [...line.matchAll(LANGUAGE_NAME_AT)];
  for (const m of matches) {
    // (nor a language the reader is said to read well beside the one asked: "a message in French for their CTO? He reads
    // English fine but asked for French")
    if (matches.length > 1 && /\b(?:reads?|speaks?|understands?)[ \t]+(?:only[ \t]+)?$/i.test(line.slice(Math.max(0, m.index - 20), m.index + m[0].length - (m[2] ?? m[3] ?? m[5] ?? '').length)) && READ_WELL_AFTER.test(line.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // (a Russian name said of the person's own explanation, "пояснение для меня можно по-русски", is not the message's)
    if (m[6] !== undefined && FOR_ME_RU.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
    // (nor a language the reader is said not to speak: "On nie mówi po polsku", "Он не говорит по-русски")
    if ((m[4] !== undefined || m[6] !== undefined) && NOT_SPOKEN.test(line.slice(Math.max(0, m.index - 30), m.index))) continue;
    // (or said after it: "он по-английски не читает", "po angielsku nie czyta")
    if ((m[4] !== undefined || m[6] !== undefined) && NOT_SPOKEN_AFTER.test(line.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // (nor one said not to be read well in other languages: "el desarrollador no se maneja bien en inglés", "non parla bene in inglese")
    if (NOT_SPOKEN_ABROAD.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
    // (nor the language of another text asked beside the message, "... in Swedish, and one sentence for my manager in English")
    if (matches.length > 1 && FOR_ANOTHER_READER.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
    // (group 9: a language after the reader in brackets, "para Marc (IT, inglés)")
    // (group 10: a Swedish name after "på", "på tyska")
    named = (m[10] !== undefined ? languageOfName(m[10], 'på') : m[7] !== undefined ? languageOfName(m[7], 'で') : m[8] !== undefined ? languageOfName(m[8]) : m[9] !== undefined ? languageOfName(m[9]) : m[6] !== undefined ? languageOfName(m[6], 'на') : m[4] !== undefined ? languageOfName(m[4], 'po') : languageOfName(m[2] ?? m[3] ?? m[5]!, m[1] !== undefined ? 'het' : undefined)) ?? named;
  }
  return named;
}

/** Just before a language named: a text for the person, or for someone of their own side, "for my manager", "for me". */
const FOR_ANOTHER_READER = /\b(?:for|to)[ \t]+(?:me|us|my[ \t]+(?:manager|boss|team|colleague|lead)|our[ \t]+(?:manager|boss|team))\b[^\n,.;]{0,20}$/i;
const WORD = /[\p{L}'-]+/gu;
/** Letters and marks only one of the languages writes: Portuguese's ã and õ, Spanish's ¿, ¡ and ñ. */
const LETTERS_OF: Partial<Record<CustomerLanguage, RegExp>> = { pt: /[ãõ]/i, es: /[¿¡ñ]/i };
const LETTERS_WEIGHT = 2;
const CYRILLIC_SCRIPT = /[а-яё]/i;
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Addresses, URLs and host names (`bob@example.com`, `api.eu.mailgun.net`): their parts are no words of any language. */
const NOT_WORDS = /\S+@\S+|\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\b/g;
/** A word in capitals, an abbreviation (EU, SLA, EST, US), is no language's word either. */
const ABBREVIATION = /^\p{Lu}{2,}$/u;

/** English's own words in such a line: another language is chosen only over more of them. (Not "a": Portuguese's, Spanish's and Italian's too, "a senha".) */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(['what', 'do', 'i', 'tell', 'the', 'customer', 'client', 'to', 'my', 'our', 'we', 'should', 'can', 'you', 'me', 'reply', 'write', 'please', 'about', 'this', 'that', 'them', 'they', 'is', 'and', 'it', 'for', 'message', 'say', 'give', 'draft', 'need', 'send', 'paste', 'short', 'note', 'how', 'explain', 'answer', 'with', 'of']);

/** Names of languages no message is written in, as an ask names them, by their English names. */
const UNWRITTEN_NAMES: Readonly<Record<string, readonly string[]>> = {
  Swedish: ['svenska', 'swedish', 'schwedisch', 'suédois', 'sueco', 'svedese', 'zweeds', 'szwedzku', 'шведском'],
  Turkish: ['turkish', 'türkisch', 'turc', 'turco', 'turks', 'turecku', 'турецком', 'türkçe'],
  Danish: ['danish', 'dansk', 'dänisch'],
  Norwegian: ['norwegian', 'norsk'],
  Finnish: ['finnish', 'suomeksi'],
  Czech: ['czech', 'czesku', 'česky'],
  Greek: ['greek'],
  Korean: ['korean'],
  Chinese: ['chinese'],
  Arabic: ['arabic'],
  Hebrew: ['hebrew'],
  Hungarian: ['hungarian'],
  Romanian: ['romanian'],
};
const UNWRITTEN_BY_NAME = new Map(Object.entries(UNWRITTEN_NAMES).flatMap(([label, names]) => names.map((name) => [name, label] as const)));
// (named for the reply, "ett svar på svenska", "in Swedish", "en sueco", "Türkçe bir cevap": not a customer's nationality, "un cliente turco",
// nor what a text is or was written in, "The bounce ... is in Chinese", "The customer wrote to us in Swedish")
/** The names said in their own forms below ("in het Zweeds", "Türkçe bir cevap", "suomeksi", "napište ... česky"); the rest after "in", "en", "på", ... */
const NAMES_OF_THEIR_OWN = new Set(['zweeds', 'turks', 'türkçe', 'suomeksi', 'česky']);
const AFTER_IN = Object.values(UNWRITTEN_NAMES).flat().filter((name) => !NAMES_OF_THEIR_OWN.has(name)).join('|');
const UNWRITTEN_LANGUAGE = new RegExp(String.raw`(?<![\p{L}])(?<!\b(?:is|are|was|were|wrote|written|writes|came|comes|arrived|arrives|speaks?|reads?)\b[^\n.?!]{0,20})(?:in[ \t]+het[ \t]+(zweeds|turks)|(?:in|into|auf|en|em|på|po|na)[ \t]+(${AFTER_IN})|(türkçe)[ \t]+(?:bir[ \t]+)?(?:cevap|yanıt|mesaj)|(suomeksi)|(?:napi(?:š|s)(?:te)?|odpov(?:ěď|ěd|ed))[^\n]{0,60}?(česky))(?![\p{L}])`, 'iu');

/**
 * The words of asks in languages no message is written in, none a word of the written ones ("du", "mi", "ne" are): an ask in
 * one of them that names no language, and is in none of the written ones, gets English, and says so.
 */
const UNWRITTEN_ASK_WORDS: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['Swedish', new Set(['jag', 'och', 'inte', 'ett', 'svar', 'meddelande', 'mejl', 'tack', 'kunden', 'skriva', 'skicka', 'kunna', 'skulle', 'hjälpa', 'vad', 'ska', 'säga'])],
  ['Danish', new Set(['jeg', 'og', 'ikke', 'besked', 'kunden', 'skrive', 'sende', 'videre', 'hvad', 'skal', 'sige', 'tak', 'kunne'])],
  ['Turkish', new Set(['bir', 've', 'için', 'müşteri', 'müşteriye', 'cevap', 'yanıt', 'mesaj', 'yazabilir', 'misiniz', 'mısınız', 'teşekkürler', 'söyleyeyim', 'nasıl'])],
  ['Finnish', new Set(['voitko', 'kirjoittaa', 'vastauksen', 'viestin', 'jonka', 'voin', 'lähettää', 'asiakkaalle', 'kiitos', 'mitä', 'sanon'])],
  ['Czech', new Set(['prosím', 'odpověď', 'kterou', 'můžu', 'mohu', 'poslat', 'zákazníkovi', 'děkuji', 'napiš', 'napište'])],
];
/** How many of one of those languages' words make an ask written in it. */
const UNWRITTEN_ASK_MIN = 3;

/**
 * The English name of a language no message is written in that the ask wants the message in ("Türkçe bir cevap", "in het
 * Zweeds"), or that it is written in without naming another ("Kan du skriva ett kort meddelande till kunden?"): null for none,
 * or where the ask names a language the messages are written in ("a reply in English").
 */
export function unwrittenLanguageIn(asked: string): string | null {
  if (languageNamedIn(asked) !== undefined) return null;
  const m = UNWRITTEN_LANGUAGE.exec(asked);
  const name = m?.slice(1).find((group) => group !== undefined);
  if (name !== undefined) return UNWRITTEN_BY_NAME.get(name.toLowerCase()) ?? null;
  // (each word once, and more of them than of any written language's: "Du weißt ja, was du sagen musst" is German; a Swedish
  // ask's "kunden", German's too, does not make it German)
  const written = writtenLanguageOfWords(asked).count;
  const words = new Set((asked.replace(NOT_WORDS, ' ').match(WORD) ?? []).map((word) => word.toLowerCase()));
  for (const [label, set] of UNWRITTEN_ASK_WORDS) {
    const count = [...words].filter((word) => set.has(word)).length;
    if (count >= UNWRITTEN_ASK_MIN && count > written) return label;
  }
  return null;
}

/** The language of the person's ask, or of the language they named; English when neither is another one. */
export function customerLanguage(asked: string, named: string | undefined): CustomerLanguage {
  const namedLanguage = named === undefined ? undefined : languageNamedIn(named);
  if (namedLanguage !== undefined) return namedLanguage;
  // (a language the messages are not written in, "ett svar på svenska", "Türkçe bir cevap": English, not a near language's words)
  if (unwrittenLanguageIn(asked) !== null) return 'en';
  return writtenLanguageOfWords(asked).language;
}

/** How many of a language's own words make a quoted passage written in it. */
const QUOTED_WORDS_MIN = 4;

/** The written language a quoted passage of the customer's own words is in (their message, retold), or null when unclear. */
export function quotedWordsLanguage(passage: string): CustomerLanguage | null {
  const { language, count } = writtenLanguageOfWords(passage);
  return count >= QUOTED_WORDS_MIN ? language : null;
}

/**
 * The written language whose words (or script) the ask holds most of, and how many; English when none holds more than
 * English's.
 */
function writtenLanguageOfWords(asked: string): { language: CustomerLanguage; count: number } {
  // (asked in Russian or Japanese: by its script)
  if (CYRILLIC_SCRIPT.test(asked)) return { language: 'ru', count: Infinity };
  if (JAPANESE_SCRIPT.test(asked)) return { language: 'ja', count: Infinity };
  const words = (asked.replace(NOT_WORDS, ' ').match(WORD) ?? []).filter((word) => !ABBREVIATION.test(word)).map((word) => word.toLowerCase());
  let best: CustomerLanguage = 'en';
  let bestCount = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  for (const [language, set] of ASKED_WORDS) {
    const count = words.filter((word) => set.has(word)).length + (LETTERS_OF[language]?.test(asked) ? LETTERS_WEIGHT : 0);
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return { language: best, count: bestCount };
}

/** The messages to someone outside the company (the one who wrote in, the recipient): a phone number given is theirs to call meanwhile. */
const TO_OUTSIDERS: ReadonlySet<CustomerMessageKey> = new Set<CustomerMessageKey>(['incoming-to-writer', 'undetermined-writer', 'undetermined-writer-own-server', 'outgoing-to-recipient', 'recipient-host-to-recipient', 'recipient-host-to-person', 'recipient-host-person-confirmed', 'sender-check-to-recipient', 'blocked-to-recipient', 'unknown-user-to-recipient', 'typo-to-recipient', 'mailbox-full-to-recipient', 'undetermined-not-receiving', 'undetermined-to-outsider', 'delivered-after-retries']);

/** "Until then, you can reach us by phone at …", in each language. */
const REACH_BY_PHONE: Record<CustomerLanguage, (phone: string) => string> = {
  en: (phone) => `Until then, you can reach us by phone at ${phone}.`,
  de: (phone) => `Bis dahin erreichen Sie uns telefonisch unter ${phone}.`,
  es: (phone) => `Mientras tanto, puede contactarnos por teléfono al ${phone}.`,
  fr: (phone) => `En attendant, vous pouvez nous joindre par téléphone au ${phone}.`,
  pt: (phone) => `Enquanto isso, você pode falar conosco pelo telefone ${phone}.`,
  it: (phone) => `Nel frattempo può contattarci al numero ${phone}.`,
  nl: (phone) => `Tot die tijd kunt u ons telefonisch bereiken op ${phone}.`,
  pl: (phone) => `Do tego czasu można się z nami skontaktować telefonicznie pod numerem ${phone}.`,
  ru: (phone) => `А пока вы можете связаться с нами по телефону ${phone}.`,
  ja: (phone) => `それまでの間、お電話（${phone}）でご連絡いただけます。`,
};

/** Where the customer asked whether it is the "Relaying denied" error, and it is another one: the message says so first. */
const NOT_RELAY_FIRST: Record<CustomerLanguage, string> = {
  en: 'This is not the "Relaying denied" error, but another one. ',
  de: 'Es handelt sich nicht um den Fehler „Relaying denied“, sondern um einen anderen. ',
  es: 'No es el error «Relaying denied», sino otro. ',
  fr: 'Ce n’est pas l’erreur « Relaying denied », mais une autre. ',
  pt: 'Não é o erro "Relaying denied", mas outro. ',
  it: 'Non si tratta dell’errore «Relaying denied», ma di un altro. ',
  nl: 'Dit is niet de fout "Relaying denied", maar een andere. ',
  pl: 'To nie jest błąd „Relaying denied”, tylko inny. ',
  ru: 'Это не ошибка «Relaying denied», а другая. ',
  ja: 'これは「Relaying denied」エラーではなく、別のエラーです。',
};

/** Messages to the sender whose mail the recipient's server refused for good: where a resend is asked, what becomes of it. */
const RESEND_NOTED: ReadonlySet<CustomerMessageKey> = new Set<CustomerMessageKey>(['recipient-host', 'recipient-host-confirmed']);
const RESEND_AFTER_FIX: Record<CustomerLanguage, string> = {
  en: 'Mailgun does not retry this refusal by itself: once the recipient\'s side is fixed, the address has to be taken off your domain\'s Bounces list in Mailgun, and the message sent again.',
  de: 'Mailgun wiederholt diese Zustellung nicht von selbst: Sobald die Seite des Empfängers behoben ist, muss die Adresse in Mailgun von der Bounces-Liste Ihrer Domain entfernt und die Nachricht erneut gesendet werden.',
  es: 'Mailgun no reintenta este envío por sí solo: una vez que el lado del destinatario esté corregido, hay que quitar la dirección de la lista de Bounces de su dominio en Mailgun y volver a enviar el mensaje.',
  fr: 'Mailgun ne retente pas cet envoi de lui-même : une fois le problème corrigé du côté du destinataire, il faut retirer l\'adresse de la liste Bounces de votre domaine dans Mailgun, puis renvoyer le message.',
  pt: 'O Mailgun não tenta reenviar por conta própria: depois que o lado do destinatário for corrigido, é preciso tirar o endereço da lista de Bounces do seu domínio no Mailgun e enviar a mensagem de novo.',
  it: 'Mailgun non ritenta da solo questo invio: una volta sistemato il lato del destinatario, occorre togliere l\'indirizzo dalla lista Bounces del Suo dominio in Mailgun e inviare di nuovo il messaggio.',
  nl: 'Mailgun probeert deze bezorging niet zelf opnieuw: zodra het aan de kant van de ontvanger is opgelost, moet het adres in Mailgun van de Bounces-lijst van uw domein worden gehaald en het bericht opnieuw worden verstuurd.',
  pl: 'Mailgun nie ponawia tej wysyłki sam: gdy problem po stronie odbiorcy zostanie usunięty, trzeba usunąć adres z listy Bounces Państwa domeny w Mailgun i wysłać wiadomość ponownie.',
  ru: 'Mailgun не повторяет эту доставку сам: когда проблему на стороне получателя устранят, адрес нужно убрать из списка Bounces вашего домена в Mailgun и отправить письмо заново.',
  ja: 'Mailgun はこの配信を自動では再試行しません。受信者側の問題が解決したら、Mailgun でドメインの Bounces リストからアドレスを削除し、メッセージを再送してください。',
};

/** Messages to the sender whose mail went to an address that does not exist yet: a resend waits for the Bounces list. */
const BOUNCES_NOTED: ReadonlySet<CustomerMessageKey> = new Set<CustomerMessageKey>(['unknown-user-confirmed']);
const BOUNCES_BEFORE_RESEND: Record<CustomerLanguage, string> = {
  en: 'The address has to come off your domain\'s Bounces list in Mailgun first: this refusal put it there, and Mailgun drops later messages to it without trying.',
  de: 'Vor dem erneuten Senden muss die Adresse in Mailgun von der Bounces-Liste Ihrer Domain entfernt werden: Diese Ablehnung hat sie dort eingetragen, und Mailgun verwirft spätere Nachrichten an sie ohne Zustellversuch.',
  es: 'Antes de volver a enviarlo, hay que quitar la dirección de la lista de Bounces de su dominio en Mailgun: este rechazo la puso ahí, y Mailgun descarta los mensajes posteriores a ella sin intentarlo.',
  fr: 'Avant de le renvoyer, il faut retirer l\'adresse de la liste Bounces de votre domaine dans Mailgun : ce refus l\'y a placée, et Mailgun écarte les messages suivants vers elle sans tenter de les remettre.',
  pt: 'Antes de enviar de novo, é preciso tirar o endereço da lista de Bounces do seu domínio no Mailgun: esta recusa o colocou lá, e o Mailgun descarta as mensagens seguintes para ele sem tentar.',
  it: 'Prima di inviarla di nuovo, occorre togliere l\'indirizzo dalla lista Bounces del Suo dominio in Mailgun: questo rifiuto ve l\'ha inserito, e Mailgun scarta i messaggi successivi a quell\'indirizzo senza tentare.',
  nl: 'Voordat u de e-mail opnieuw verstuurt, moet het adres in Mailgun van de Bounces-lijst van uw domein worden gehaald: deze weigering heeft het daarop gezet, en Mailgun laat latere berichten aan dat adres zonder bezorgpoging vallen.',
  pl: 'Przed ponownym wysłaniem trzeba usunąć adres z listy Bounces Państwa domeny w Mailgun: ta odmowa go tam wpisała, a Mailgun odrzuca kolejne wiadomości na ten adres bez próby doręczenia.',
  ru: 'Перед повторной отправкой адрес нужно убрать из списка Bounces вашего домена в Mailgun: этот отказ внёс его туда, и Mailgun отбрасывает следующие письма на него, не пытаясь доставить.',
  ja: '再送する前に、Mailgun でドメインの Bounces リストからアドレスを削除してください。この拒否によってリストに登録され、Mailgun はそのアドレスへの以降のメッセージを配信を試みずに破棄します。',
};

/**
 * The message's paragraphs: in the customer's language, then in English for a person who asked in another language than the
 * message's (to check what they send); English alone for English.
 */
export function customerMessageParagraphs(key: CustomerMessageKey, values: CustomerMessageValues, language: CustomerLanguage, askedIn: CustomerLanguage): RichText[] {
  const english = customerMessage(key, values, 'en');
  if (language === 'en') return [english];
  const translated = rt`${text(`${INTRO[language]}: `)}${customerMessage(key, values, language)}`;
  return askedIn === language ? [translated] : [translated, rt`${text(`${INTRO.en}: `)}${english}`];
}

/** "your domain" as a login's domain, in each language (English's and Japanese's as the reply's own steps write it). */
const YOUR_DOMAIN: Record<CustomerLanguage, string> = {
  en: 'YOUR_DOMAIN', de: 'ihre-domain', es: 'su-dominio', fr: 'votre-domaine', it: 'vostro-dominio', pt: 'seu-dominio', nl: 'uw-domein', pl: 'twoja-domena', ru: 'ваш-домен', ja: 'YOUR_DOMAIN',
};

/** The message of `key` in one language. */
export function customerMessage(key: CustomerMessageKey, values: CustomerMessageValues, language: CustomerLanguage): RichText {
  // (a login whose domain the paste does not name: its place in the reader's words, not an English placeholder)
  const own = values.login.endsWith('@YOUR_DOMAIN') ? { ...values, login: `${values.login.slice(0, -'YOUR_DOMAIN'.length)}${YOUR_DOMAIN[language]}` } : values;
  const asked = MESSAGES[language][key](own);
  const message = values.notRelayAsked ? rt`${text(NOT_RELAY_FIRST[language])}${asked}` : asked;
  const separator = language === 'ja' ? '' : ' ';
  if (values.resendNoted && RESEND_NOTED.has(key)) return rt`${message}${text(`${separator}${RESEND_AFTER_FIX[language]}`)}`;
  if (values.resendNoted && BOUNCES_NOTED.has(key)) return rt`${message}${text(`${separator}${BOUNCES_BEFORE_RESEND[language]}`)}`;
  return values.phone !== null && TO_OUTSIDERS.has(key) ? rt`${message}${text(`${separator}${REACH_BY_PHONE[language](values.phone)}`)}` : message;
}
