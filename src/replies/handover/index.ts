/**
 * A handover note for a colleague who takes the ticket over ("a handover note for Jonas: what we know, what we ruled out,
 * what he still has to do"): the case as the diagnosis settles it, what the paste shows, what the ticket says was checked
 * and what is still open (in the person's own words, quoted), and the next step, in the language the note is asked in.
 */
import { languageOfName } from '../../diagnosis/language-names.js';
import { RULES, ruleNamed } from '../../diagnosis/rules/index.js';
import type { Diagnosis, Facts } from '../../diagnosis/types.js';
import { askedInOldThread, customerLanguage, LANGUAGE_LABELS, languageNamedIn, type CustomerLanguage } from '../customer-message/index.js';
import { API_BASE, SMTP_HOST, safeAddress, safeDomain, smtpLogin } from '../mailgun.js';
import type { ReplySection, RichText } from '../model.js';
import { code, join, quote, rt, text } from '../rich.js';
import { seenWhileSending } from '../seen-while-sending.js';
import { BRIEF_WORDS, type BriefValues } from './brief/index.js';
import { HANDOVER_WORDS, type HandoverCase, type HandoverValues, type HandoverWords } from './words.js';

export const HANDOVER_ASKED_RULE = ruleNamed('handover-asked');
export const BRIEF_ASKED_RULE = ruleNamed('brief-asked');
const CHECKS_REPORTED_RULE = ruleNamed('checks-reported');
const STILL_OPEN_REPORTED_RULE = ruleNamed('still-open-reported');
const CUSTOMER_LANGUAGE_NAMED_RULE = ruleNamed('customer-language-named');

/** How much of the ticket's own words the note quotes, per line. */
const QUOTED_MAX = 240;

/** The handover note's or the plain summary's section, first among the reply's sections, or none where neither is asked. */
export function handoverSections(diagnosis: Diagnosis): ReplySection[] {
  const brief = briefAsk(diagnosis);
  if (brief !== null) return [briefSection(diagnosis, brief)];
  const asked = handoverAsk(diagnosis);
  if (asked === null) return [];
  const { facts, evidence } = diagnosis;
  const language = noteLanguage(asked, evidence.find((e) => e.rule === CUSTOMER_LANGUAGE_NAMED_RULE)?.excerpt, HANDOVER_PATTERN);
  const words = HANDOVER_WORDS[language];
  const name = colleagueNamed(asked);
  const values: HandoverValues = {
    recipient: safeAddress(facts.recipient),
    host: facts.hostRole === 'other' ? safeDomain(facts.host) : null,
    login: smtpLogin(safeDomain(facts.mailgunDomain)),
    smtpHost: SMTP_HOST[facts.region ?? 'us'],
    euApi: API_BASE.eu,
    missingSetting: missingLoginSetting(diagnosis),
  };
  const handoverCase = words.cases[caseOf(diagnosis)];
  const field = (label: string, value: RichText): RichText => rt`${text(`${label}${language === 'fr' ? ' : ' : language === 'ja' ? '：' : ': '}`)}${value}`;
  const found = foundInPaste(facts, words);
  const checked = reported(diagnosis, CHECKS_REPORTED_RULE);
  const open = reported(diagnosis, STILL_OPEN_REPORTED_RULE);
  const paragraphs: RichText[] = [
    // (the note's own title in its language, so it can be copied whole; the heading says it in English)
    ...(language === 'en' ? [] : [rt`${text(words.title(name))}`]),
    field(words.what, handoverCase.what(values)),
    ...(found.length > 0 ? [field(words.found, join(found, '; '))] : []),
    ...(checked !== undefined ? [field(words.checked, [quote(checked, QUOTED_MAX)])] : []),
    ...(open !== undefined ? [field(words.open, [quote(open, QUOTED_MAX)])] : []),
    field(words.next, handoverCase.next(values)),
  ];
  return [{ heading: `${name ? `Handover note for ${name}` : 'Handover note'}${asAsked(language)}`, paragraphs }];
}

/** " (in German, as asked)" after a heading, or nothing for English. */
const asAsked = (language: CustomerLanguage): string => (language === 'en' ? '' : ` (in ${LANGUAGE_LABELS[language]}, as asked)`);

/**
 * The plain summary for a reader outside the mail work (a manager, the sales team, an incident channel): what happened, whose
 * side the cause is on, what happens next, in plain words and in the language asked, under a heading that names its reader.
 */
function briefSection(diagnosis: Diagnosis, asked: string): ReplySection {
  const { facts, evidence } = diagnosis;
  const language = noteLanguage(asked, evidence.find((e) => e.rule === CUSTOMER_LANGUAGE_NAMED_RULE)?.excerpt, BRIEF_PATTERN, BRIEF_ASK_END);
  const words = BRIEF_WORDS[language];
  const values: BriefValues = { recipient: safeAddress(facts.recipient), host: facts.hostRole === 'other' ? safeDomain(facts.host) : null };
  const briefCase = words.cases[caseOf(diagnosis)];
  const field = (label: string, value: RichText): RichText => rt`${text(`${label}${language === 'fr' ? ' : ' : language === 'ja' ? '：' : ': '}`)}${value}`;
  const paragraphs: RichText[] = [
    ...(language === 'en' ? [] : [rt`${text(words.title)}`]),
    field(words.what, briefCase.what(values)),
    field(words.side, briefCase.side(values)),
    field(words.next, briefCase.next(values)),
  ];
  return { heading: `${briefHeading(asked)}${asAsked(language)}`, paragraphs };
}

/** The summary's heading, by the reader its ask names: an incident note, the sales team, the management, or the person's superior. */
function briefHeading(asked: string): string {
  if (/incident/i.test(asked)) return 'Incident note';
  if (/\bsales\b|vertrieb|commercia|\bventas\b|\bvendas\b|\bverkoop\b|продаж|営業|handlowc|sprzedaży/i.test(asked)) return 'Summary for the sales team';
  const superior = ENGLISH_SUPERIOR.exec(asked)?.[1] ?? ENGLISH_SUPERIOR_WANTS.exec(asked)?.[1];
  if (superior) return `Summary for your ${/^c[te]o$/i.test(superior) ? superior.toUpperCase() : superior.toLowerCase()}`;
  if (/geschäftsführung|\bdirection\b|dirección|diretoria|direção|direzione|directie|management|zarząd|руководств|経営陣/i.test(asked)) return 'Summary for the management';
  if (/direct|diretor|direttor|dyrektor|директор/i.test(asked)) return 'Summary for your director';
  if (/\bchef|\bcapo\b|\bbaas\b|\bszef|начальни|\bjef[ea]\b/i.test(asked)) return 'Summary for your boss';
  return 'Summary for your manager';
}
/** "a two-sentence summary for my manager", "for our Paris team lead": the English reader, group 1. */
const ENGLISH_SUPERIOR = /\b(?:for|to)[ \t]+(?:my|our)[ \t]+(?:own[ \t]+|[a-z]{2,15}[ \t]+)??(manager|boss|team[ \t]+lead|lead|director|supervisor|ceo|cto)\b/i;
/** "Manager wants a two-line summary", "my boss needs an update": the English reader, group 1. */
const ENGLISH_SUPERIOR_WANTS = /\b(manager|boss|director|ceo|cto|team[ \t]+lead)[ \t]+(?:wants|needs|asked[ \t]+for|asks[ \t]+for|would[ \t]+like)\b/i;

/** The ask for a plain summary, or null: none asked, or only in a quoted thread's old line not put to the bot. */
function briefAsk({ evidence }: Diagnosis): string | null {
  const asked = evidence.find((e) => e.rule === BRIEF_ASKED_RULE)?.excerpt;
  return asked === undefined || askedInOldThread(asked) ? null : asked;
}

const NO_LOGIN_RULE = ruleNamed('session-not-authenticated');
/**
 * The setting a login needs that the paste's configuration lacks, where its no-login line shows which: Postfix's SASL map without
 * `smtp_sasl_auth_enable = yes`, .NET's `UseDefaultCredentials = true`, an empty login variable's value.
 */
function missingLoginSetting({ scenario, facts, evidence }: Diagnosis): string | null {
  if (scenario !== 'mailgun-outgoing' || facts.authAttempted !== false) return null;
  const line = evidence.find((e) => e.rule === NO_LOGIN_RULE)?.excerpt.trim() ?? '';
  // (a login variable set to nothing, Laravel's `MAIL_USERNAME=`: the value it lacks)
  const emptyLogin = /^(?:export[ \t]+)?([A-Z][A-Z0-9_]{0,60}(?:USER|USERNAME|LOGIN))[ \t]*=[ \t]*(?:""|'')?$/.exec(line)?.[1];
  return /^smtp_sasl_password_maps\b/.test(line) ? 'smtp_sasl_auth_enable = yes'
    : /\bUseDefaultCredentials\s*=\s*true\b/i.test(line) ? 'UseDefaultCredentials = false'
    : emptyLogin ? `${emptyLogin}=${smtpLogin(safeDomain(facts.mailgunDomain))}`
    : null;
}

/** The ask for a handover note, or null: none asked, or only in a quoted thread's old line not put to the bot. */
export function handoverAsk({ evidence }: Diagnosis): string | null {
  const asked = evidence.find((e) => e.rule === HANDOVER_ASKED_RULE)?.excerpt;
  return asked === undefined || askedInOldThread(asked) ? null : asked;
}

/** What the ticket says was checked, or is still open: the rule's own words (a quoted rule's excerpt), to their sentence's end. */
function reported({ evidence }: Diagnosis, rule: string): string | undefined {
  const said = evidence.find((e) => e.rule === rule)?.excerpt;
  if (said === undefined) return undefined;
  // (not the sentences after the one that holds it)
  const end = SENTENCE_END.exec(said);
  return end ? said.slice(0, end.index + 1) : said;
}
/** A sentence's end after its first words: not a host's dots ("mg.example.com"), not "e.g." early on. */
const SENTENCE_END = /(?<=^.{12,}?)[.!?](?=[ \t]+\p{Lu})/u;

function caseOf({ scenario, kind, facts, evidence }: Diagnosis): HandoverCase {
  switch (scenario) {
    case 'mailgun-outgoing':
      return 'outgoing';
    case 'mailgun-incoming':
      return 'incoming';
    case 'recipient-host':
      // (the address said right: not a check to do again; unless the paste shows a near twin of it, the likely typo)
      return facts.addressConfirmed && facts.similarAddress === null ? 'recipient-host-confirmed' : 'recipient-host';
    case 'undetermined':
      return seenWhileSending(facts, evidence) ? 'undetermined-sending' : scenario;
    case 'not-relaying-denied':
      return kind ?? 'other';
  }
}

/** What the paste shows that a colleague looks for first: the address, the server that refused, its codes, the region. */
function foundInPaste(facts: Facts, words: HandoverWords): RichText[] {
  const recipient = safeAddress(facts.recipient);
  const host = safeDomain(facts.host);
  const codes = [facts.replyCode === null ? null : String(facts.replyCode), facts.enhancedCode].filter((c): c is string => c !== null).join(' ');
  return [
    ...(recipient ? [rt`${text(words.recipient)} ${code(recipient)}`] : []),
    ...(host ? [rt`${text(words.server)} ${code(host)}`] : []),
    ...(codes ? [rt`${text(words.reply)} ${code(codes)}`] : []),
    ...(facts.region ? [rt`${text(words.region)} ${text(facts.region.toUpperCase())}`] : []),
  ];
}

/**
 * The note's language: the one named after the ask for it, before a second thing asked ("una nota de traspaso para Lucía (en
 * español) y además un mensaje en inglés para el desarrollador": Spanish), in the ask's line or in the line that names a
 * language and holds the ask too ("Mi scrivi la nota di passaggio per Giulia in italiano?"); else the one the ask is written in.
 */
function noteLanguage(asked: string, named: string | undefined, askPattern: RegExp, askEnd: RegExp = SECOND_THING_ASKED): CustomerLanguage {
  for (const line of named === undefined ? [asked] : [asked, named]) {
    const ask = askPattern.exec(line);
    if (!ask) continue;
    const after = line.slice(ask.index);
    const second = askEnd.exec(after);
    const window = second ? after.slice(0, second.index) : after;
    // (or named first in brackets after it: "handover note for Ahmed (English)", "um resumo (português de Portugal, 2-3 linhas)")
    const language = languageNamedIn(window) ?? languageOfName(BRACKETED_NAME.exec(window)?.[1] ?? '');
    if (language !== undefined) return language;
  }
  // (not a language named for the second thing asked: the one the ask is written in)
  return customerLanguage(asked, undefined);
}
const BRACKETED_NAME = /\([ \t]*(\p{L}{4,20})(?!\p{L})/u;
const HANDOVER_PATTERN = RULES.find((rule) => rule.name === HANDOVER_ASKED_RULE)!.pattern!;
const BRIEF_PATTERN = RULES.find((rule) => rule.name === BRIEF_ASKED_RULE)!.pattern!;
/** Whether the ask holds a second thing asked after the note ("a handover note for Ben + a follow-up message to the customer"). */
export function moreThanTheNoteAsked(asked: string): boolean {
  const ask = HANDOVER_PATTERN.exec(asked);
  return ask !== null && SECOND_THING_ASKED.test(asked.slice(ask.index));
}
/** Where a second thing asked starts after the note: "and a short reply ...", "y además un mensaje", "e anche un messaggio", "+ a reply". */
const SECOND_THING_ASKED = /(?:\b(?:and|y|und|et|e|en|i|oraz|ed)\b|\+)(?:[ \t]+(?:also|además|auch|aussi|anche|também|ook|też))?[ \t]+(?:(?:a|an|un|una|uma|um|ein|eine|einen|une|een|the)[ \t]+)?(?:[\p{L}-]{2,15}[ \t]+){0,2}?(?:message|mensaje|mensagem|messaggio|nachricht|bericht|reply|antwort|respuesta|resposta|risposta|wiadomo\p{L}*|note|ticket|mail|e-?mail)\b/iu;
/**
 * Where the summary's ask ends: a second thing asked ("..., and (2) a reply in English to the customer", "a two-line summary in
 * English, and the customer ... wants an explanation in Italian") or its sentence's end: a language named after it is another's.
 */
const BRIEF_ASK_END = new RegExp(String.raw`${SECOND_THING_ASKED.source}|,?[ \t]+(?:and|und|et|y|e|en|i|oraz)[ \t]+(?:\(\d\)|(?:the|a|an|der|die|das|le|la|les|el|los|las|o|os|as|il|lo|de|het|een)\b)|[.?!;](?=\s|$)`, 'iu');

/**
 * The colleague the note is for, by the name the ask gives ("a handover note for Jonas", "für meinen Kollegen Jonas",
 * "alla mia collega Giulia"), or null. Only a capitalised word that is no day, month or product name.
 */
function colleagueNamed(asked: string): string | null {
  for (const pattern of [AFTER_COLLEAGUE_WORD, MENTIONED, WRITE_NAME_A_NOTE, AFTER_PREPOSITION, BEFORE_TAKING_OVER]) {
    for (const m of asked.matchAll(pattern)) {
      if (!NOT_A_NAME.test(m[1]!)) return m[1]!;
    }
  }
  return null;
}
// (not a host's or an address's first part: "Giulia." ends a sentence, "Acme.com" is a domain)
const NAME = String.raw`(\p{Lu}[\p{Ll}'\u2019-]{1,19})(?![\p{L}\d@]|\.[\p{L}\d])`;
const AFTER_COLLEAGUE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:colleague|teammate|[Kk]olleg(?:e|en|in)|collega|coll[èe]gue|compa[ñn]er[oa]|colega|kole[żz]ank[aięi]|koleg[aięi])[ \t]+${NAME}`, 'gu');
/** Slack's mention of them as the paste shows it: "@Sarah Lindqvist is taking over", "handing #61877 to @Tom". */
const MENTIONED = new RegExp(String.raw`(?<![\w.])@${NAME}`, 'gu');
/** "Write Hannah a handover note". */
const WRITE_NAME_A_NOTE = new RegExp(String.raw`(?<![\p{L}])(?:[Ww]rite|[Gg]ive|[Ss]end|[Dd]raft)[ \t]+${NAME}[ \t]+(?:a|an)[ \t]`, 'gu');
// (not Polish "dla": its name is declined, "dla Marka" is Marek's)
const AFTER_PREPOSITION = new RegExp(String.raw`(?<![\p{L}])(?:for|to|für|an|per|pour|para|voor)[ \t]+(?:(?:o|a|il|la|el|der|die|den|de|het)[ \t]+)?${NAME}`, 'gu');
/** "Jonas übernimmt den Fall", "o Rafael assume o ticket", "Daan neemt ticket #9027 over". */
const BEFORE_TAKING_OVER = new RegExp(String.raw`${NAME}[ \t]+(?:übernimmt|takes|is[ \t]+taking|will[ \t]+take|assume|neemt|prende|reprend)(?![\p{L}])`, 'gu');
const NOT_A_NAME = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Lunedì|Martedì|Lundi|Mardi|Lunes|Martes|January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Mailgun|Slack|Microsoft|Google|Gmail|Outlook|Exchange|Office|Postfix|Exim|English|German|French|Spanish|Italian|Dutch|Polish|Portuguese|Deutsch|The|This|That|Our|My|Their|Him|Her|Them|Tomorrow|Today|Ticket|Customer|Support)$/u;
