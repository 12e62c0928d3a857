/**
 * The languages the customer messages are written in, by their names in the languages people ask in: whole words, lower
 * case. One list for the rule that finds a language named ("in Spanish please", "auf Deutsch") and for the reply that
 * reads which one it is.
 */
export const CUSTOMER_LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'ja'] as const;
export type CustomerLanguage = (typeof CUSTOMER_LANGUAGES)[number];

/** Names said after "in", "auf", "en", "em", "speaks", "reads", "is". */
export const LANGUAGE_NAMES: Readonly<Record<CustomerLanguage, readonly string[]>> = {
  en: ['english', 'englisch', 'inglés', 'ingles', 'anglais', 'inglês', 'inglese'],
  de: ['german', 'deutsch', 'alemán', 'aleman', 'allemand', 'alemão', 'alemao', 'tedesco'],
  es: ['spanish', 'spanisch', 'español', 'espanol', 'espagnol', 'espanhol', 'spagnolo'],
  fr: ['french', 'französisch', 'franzoesisch', 'francés', 'frances', 'français', 'francais', 'francês', 'francese'],
  pt: ['portuguese', 'portugiesisch', 'portugués', 'portugues', 'portugais', 'português', 'portoghese'],
  it: ['italian', 'italienisch', 'italiano', 'italien'],
  nl: ['dutch', 'niederländisch', 'holländisch', 'neerlandés', 'holandés', 'néerlandais', 'neerlandais', 'holandês', 'holandes', 'olandese'],
  pl: ['polish', 'polnisch', 'polaco', 'polonais', 'polonês', 'polacco'],
  ru: ['russian', 'russisch', 'ruso', 'russe', 'russo'],
  ja: ['japanese', 'japanisch', 'japonés', 'japonais', 'japonês', 'giapponese'],
};

/** Dutch names, said after "in het" only ("in het Frans"): alone, "Frans" and "Engels" are people's names too. */
export const DUTCH_LANGUAGE_NAMES: Readonly<Record<CustomerLanguage, readonly string[]>> = {
  en: ['engels'], de: ['duits'], es: ['spaans'], fr: ['frans'], pt: ['portugees'], it: ['italiaans'], nl: ['nederlands'], pl: ['pools'], ru: ['russisch'], ja: ['japans'],
};

/** Polish names, said after "po" ("po polsku", "po niemiecku"). */
export const POLISH_LANGUAGE_NAMES: Readonly<Record<CustomerLanguage, readonly string[]>> = {
  en: ['angielsku'], de: ['niemiecku'], es: ['hiszpańsku'], fr: ['francusku'], pt: ['portugalsku'], it: ['włosku'], nl: ['niderlandzku', 'holendersku'], pl: ['polsku'], ru: ['rosyjsku'], ja: ['japońsku'],
};

const byName = (names: Readonly<Record<CustomerLanguage, readonly string[]>>) =>
  new Map<string, CustomerLanguage>(CUSTOMER_LANGUAGES.flatMap((language) => names[language].map((name) => [name, language] as const)));
const BY_NAME = byName(LANGUAGE_NAMES);
const BY_DUTCH_NAME = byName(DUTCH_LANGUAGE_NAMES);
const BY_POLISH_NAME = byName(POLISH_LANGUAGE_NAMES);

/** The language a whole word names (a Dutch name only after "in het", a Polish one after "po"), or undefined. */
export const languageOfName = (word: string, after?: 'het' | 'po'): CustomerLanguage | undefined =>
  (after === 'het' ? BY_DUTCH_NAME : after === 'po' ? BY_POLISH_NAME : BY_NAME).get(word.toLowerCase());
