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

/** Russian names, said after "на" ("на английском") or as "по-" words ("по-английски"). */
export const RUSSIAN_LANGUAGE_NAMES: Readonly<Record<CustomerLanguage, readonly string[]>> = {
  en: ['английском', 'английски'], de: ['немецком', 'немецки'], es: ['испанском', 'испански'], fr: ['французском', 'французски'], pt: ['португальском', 'португальски'],
  it: ['итальянском', 'итальянски'], nl: ['нидерландском', 'голландском', 'голландски'], pl: ['польском', 'польски'], ru: ['русском', 'русски'], ja: ['японском', 'японски'],
};

/** Swedish names, said after "på" ("på tyska"). */
export const SWEDISH_LANGUAGE_NAMES: Readonly<Record<CustomerLanguage, readonly string[]>> = {
  en: ['engelska'], de: ['tyska'], es: ['spanska'], fr: ['franska'], pt: ['portugisiska'], it: ['italienska'], nl: ['nederländska', 'holländska'], pl: ['polska'], ru: ['ryska'], ja: ['japanska'],
};

/** Japanese names, said before "で" ("英語で": in English). */
export const JAPANESE_LANGUAGE_NAMES: Readonly<Record<CustomerLanguage, readonly string[]>> = {
  en: ['英語'], de: ['ドイツ語'], es: ['スペイン語'], fr: ['フランス語'], pt: ['ポルトガル語'], it: ['イタリア語'], nl: ['オランダ語'], pl: ['ポーランド語'], ru: ['ロシア語'], ja: ['日本語'],
};

const byName = (names: Readonly<Record<CustomerLanguage, readonly string[]>>) =>
  new Map<string, CustomerLanguage>(CUSTOMER_LANGUAGES.flatMap((language) => names[language].map((name) => [name, language] as const)));
const BY_NAME = byName(LANGUAGE_NAMES);
const BY_DUTCH_NAME = byName(DUTCH_LANGUAGE_NAMES);
const BY_POLISH_NAME = byName(POLISH_LANGUAGE_NAMES);
const BY_RUSSIAN_NAME = byName(RUSSIAN_LANGUAGE_NAMES);
const BY_JAPANESE_NAME = byName(JAPANESE_LANGUAGE_NAMES);
const BY_SWEDISH_NAME = byName(SWEDISH_LANGUAGE_NAMES);

/** The language a whole word names (a Dutch name only after "in het", a Polish one after "po", a Russian one after "на" or "по-", a Japanese one before "で", a Swedish one after "på"), or undefined. */
export const languageOfName = (word: string, after?: 'het' | 'po' | 'на' | 'で' | 'på'): CustomerLanguage | undefined =>
  (after === 'het' ? BY_DUTCH_NAME : after === 'po' ? BY_POLISH_NAME : after === 'на' ? BY_RUSSIAN_NAME : after === 'で' ? BY_JAPANESE_NAME : after === 'på' ? BY_SWEDISH_NAME : BY_NAME).get(word.toLowerCase());
