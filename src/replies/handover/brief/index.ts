import type { CustomerLanguage } from '../../customer-message/index.js';
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
import type { BriefWords } from './types.js';

export type { BriefValues, BriefWords } from './types.js';

export const BRIEF_WORDS: Record<CustomerLanguage, BriefWords> = { en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH, pt: PORTUGUESE, it: ITALIAN, nl: DUTCH, pl: POLISH, ru: RUSSIAN, ja: JAPANESE };
