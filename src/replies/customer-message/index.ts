/**
 * The message for the customer, in the language the support person asked in (or named: "in German please"), with
 * the English beside it, so a person who asked in English for a French customer can check what they send.
 */
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

export type { CustomerMessageKey, CustomerMessageValues } from './types.js';

export type CustomerLanguage = 'en' | 'de' | 'es' | 'fr' | 'pt' | 'it' | 'nl' | 'pl' | 'ru' | 'ja';

const MESSAGES: Record<CustomerLanguage, CustomerMessages> = { en: ENGLISH, de: GERMAN, es: SPANISH, fr: FRENCH, pt: PORTUGUESE, it: ITALIAN, nl: DUTCH, pl: POLISH, ru: RUSSIAN, ja: JAPANESE };

/** Each language's name in its own words, before its message. */
const INTRO: Record<CustomerLanguage, string> = { en: 'In English', de: 'Auf Deutsch', es: 'En español', fr: 'En français', pt: 'Em português', it: 'In italiano', nl: 'In het Nederlands', pl: 'Po polsku', ru: 'По-русски', ja: '日本語' };

/** A language named by the paste ("in German", "auf Deutsch", "en español"), by the stem of its name in any of the languages. */
const NAMED: readonly (readonly [CustomerLanguage, RegExp])[] = [
  ['en', /engl|ingl|angl|engels/i],
  ['de', /germ|deutsch|alem|allem|tedesco|duits/i],
  ['es', /span|espa|spagn|spaans/i],
  ['fr', /fren|fran/i],
  ['pt', /portu/i],
  ['it', /ital/i],
  ['nl', /dutch|nieder|holl|holand|n[eé]erl|oland|nederl/i],
  ['pl', /polish|polnisch|polac|polon|pools|polsk/i],
  ['ru', /russ|rus[ao]/i],
  ['ja', /japan|japon|japo|giappon/i],
];

/** Each language's words in an ask ("what do I tell the customer?") and its line, shared ones left out; the most found decides, ties in this order. */
const ASKED_WORDS: readonly (readonly [CustomerLanguage, ReadonlySet<string>])[] = [
  ['de', new Set(['und', 'nicht', 'ist', 'die', 'bitte', 'danke', 'kunde', 'auch', 'noch', 'hat', 'wie', 'ich', 'wir', 'kunden', 'kundin', 'formulierung', 'antwort', 'sag', 'sage', 'sagen', 'schreibe', 'schreiben', 'antworte', 'antworten', 'erkläre', 'ihm', 'ihr', 'ihnen', 'soll', 'sollen', 'dem', 'den', 'meinem', 'unserem'])],
  ['nl', new Set(['het', 'een', 'niet', 'ook', 'van', 'dank', 'graag', 'hij', 'zij', 'wat', 'ik', 'klant', 'zeg', 'zeggen', 'antwoord', 'vertellen', 'weten', 'moet', 'tegen', 'onze', 'mijn'])],
  ['it', new Set(['che', 'non', 'è', 'della', 'per', 'sono', 'grazie', 'anche', 'lei', 'cosa', 'gli', 'spiego', 'rispondo', 'rispondiamo', 'rispondere', 'scrivo', 'scrivere', 'dico', 'diciamo', 'devo', 'dobbiamo', 'incollare', 'risposta'])],
  ['fr', new Set(['est', 'pas', 'avec', 'ce', 'ça', 'merci', 'elle', 'ils', 'vous', 'sur', 'mais', 'dire', 'au', 'lui', 'expliquer', 'dois-je', 'devons-nous', "qu'est-ce", 'je', 'nous', 'réponds', 'répond', 'répondre', 'dis', 'dit', 'écris', 'écrit', 'écrire', 'écris-moi', 'ecris-moi', 'comment', 'mon', 'notre', 'une', 'pour', 'réponse', 'coller', 'stp', 'svp'])],
  ['pt', new Set(['não', 'nao', 'você', 'voce', 'nem', 'foi', 'também', 'já', 'então', 'obrigado', 'obrigada', 'com', 'pelo', 'pela', 'ao', 'lhe', 'pra', 'pro', 'dizemos', 'escrevo', 'escreve', 'escreva', 'manda', 'isso', 'isto', 'colar', 'resposta', 'mensagem', 'ele', 'ela', 'eu', 'uma'])],
  ['pl', new Set(['nie', 'jest', 'się', 'jak', 'czy', 'dziękuję', 'proszę', 'co', 'mam', 'mamy', 'powinienem', 'powinnam', 'powiedzieć', 'napisać', 'odpowiedzieć', 'odpisać', 'mu', 'jej', 'klientowi', 'mojemu', 'naszemu', 'temu'])],
  ['es', new Set(['y', 'el', 'pero', 'ya', 'también', 'gracias', 'muy', 'ella', 'él', 'esto', 'eso', 'qué', 'le', 'les', 'al', 'digo', 'decimos', 'contesto', 'contestamos', 'respondo', 'respondemos', 'escribo', 'dame', 'escríbeme', 'escribeme', 'redacta', 'respuesta', 'mensaje', 'cómo', 'pegar', 'pegarle'])],
];

/** A language's name where the paste names it ("in Spanish", "auf Deutsch", "only reads French", "German-speaking"): not denied, "doesn't read English". */
const LANGUAGE_NAME_AT = /(?:\b(?:in|into|auf|en|em)[ \t]+(?:het[ \t]+)?|(?<!\b(?:not|never|cannot)[ \t]{1,3}|n't[ \t]{1,3})\b(?:speaks?|reads?)[ \t]+(?:only[ \t]+)?|(?:\b(?:is|are)|'s|'re|\u2019s|\u2019re)[ \t]+)(\p{L}{4,20})|\b(\p{L}{4,20})[- ]speaking\b/giu;

/**
 * The last language the line names: its line holds other words too ("in Spanish please? She's in Madrid, doesn't read English"),
 * and the one wanted comes last ("their dev reads English but the owner only reads Italian, so please write it in Italian").
 */
function languageNamedIn(line: string): CustomerLanguage | undefined {
  let named: CustomerLanguage | undefined;
  for (const m of line.matchAll(LANGUAGE_NAME_AT)) {
    const name = m[1] ?? m[2]!;
    named = NAMED.find(([, stem]) => stem.test(name))?.[0] ?? named;
  }
  return named;
}

const WORD = /[\p{L}'-]+/gu;
/** Letters and marks only one of the languages writes: Portuguese's ã and õ, Spanish's ¿, ¡ and ñ. */
const LETTERS_OF: Partial<Record<CustomerLanguage, RegExp>> = { pt: /[ãõ]/i, es: /[¿¡ñ]/i };
const LETTERS_WEIGHT = 2;
const CYRILLIC_SCRIPT = /[а-яё]/i;
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

function isWritten(language: string): language is CustomerLanguage {
  return Object.hasOwn(MESSAGES, language);
}

/** The language of the person's ask, or of the language they named; English when neither is one the messages are written in. */
export function customerLanguage(asked: string, named: string | undefined): CustomerLanguage {
  const namedLanguage = named === undefined ? undefined : languageNamedIn(named);
  if (namedLanguage !== undefined && isWritten(namedLanguage)) return namedLanguage;
  // (asked in Russian or Japanese: by its script)
  const script = CYRILLIC_SCRIPT.test(asked) ? 'ru' : JAPANESE_SCRIPT.test(asked) ? 'ja' : null;
  if (script !== null) return isWritten(script) ? script : 'en';
  const words = asked.toLowerCase().match(WORD) ?? [];
  let best: string = 'en';
  let bestCount = 0;
  for (const [language, set] of ASKED_WORDS) {
    const count = words.filter((word) => set.has(word)).length + (LETTERS_OF[language]?.test(asked) ? LETTERS_WEIGHT : 0);
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return isWritten(best) ? best : 'en';
}

/** The message's paragraphs: in the customer's language first, then in English; English alone for English. */
export function customerMessageParagraphs(key: CustomerMessageKey, values: CustomerMessageValues, language: CustomerLanguage): RichText[] {
  const english = ENGLISH[key](values);
  if (language === 'en') return [english];
  return [rt`${text(`${INTRO[language]}: `)}${MESSAGES[language][key](values)}`, rt`${text(`${INTRO.en}: `)}${english}`];
}
