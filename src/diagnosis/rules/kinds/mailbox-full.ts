/** The recipient's mailbox is over its quota. */
import type { RuleData } from '../schema.js';

export const mailboxFullRules: RuleData[] = [
  {
    id: 'mailbox-over-quota',
    name: "The recipient's mailbox is full",
    target: 'kind:mailbox-full',
    weight: 0.9,
    scope: 'error',
    patterns: [String.raw`(?<![\d.])[45]\.2\.2(?![\d.])`, String.raw`mailbox (?:is )?full`, String.raw`over ?quota`, String.raw`quota (?:exceeded|full)`, String.raw`insufficient (?:system )?storage`, String.raw`inbox is full`, String.raw`mailbox size limit`],
  },
  {
    // A full mailbox in the server's own words in other languages ("550 5.2.2 Postfach voll / mailbox unavailable"), or the code
    // of a full mailbox beside .NET's and Exchange's generic "mailbox unavailable": over the generic words' unknown address.
    id: 'mailbox-full-words',
    name: 'The server words the refusal as a full mailbox, not an unknown address',
    target: 'kind:mailbox-full',
    weight: 0.95,
    scope: 'error',
    patterns: [
      String.raw`\bpostfach[ \t]+(?:ist[ \t]+)?(?:voll|überfüllt)\b|\bbo[iî]te(?:[ \t]+aux[ \t]+lettres)?[ \t]+(?:est[ \t]+)?pleine\b|\bbuz[oó]n[ \t]+(?:est[aá][ \t]+)?lleno\b|\bcaixa(?:[ \t]+postal)?[ \t]+(?:est[aá][ \t]+)?cheia\b|\bcasella[ \t]+(?:è[ \t]+)?piena\b|\bmailbox[ \t]+(?:is[ \t]+)?vol\b|\bskrzynka[ \t]+(?:jest[ \t]+)?pełna(?![a-ząćęłńóśźż])`,
      String.raw`(?<![\d.])[45]\.2\.2(?![\d.])[^\n]{0,60}?\bmailbox[ \t]+unavailable\b`,
    ],
  },
  {
    // "The member says she cleaned up her mailbox on Monday": the cause is gone, and only the Bounces entry still stops the mail.
    // (not asked: "has she made room?")
    id: 'room-made-said',
    name: 'The paste says the recipient has made room in the mailbox',
    target: 'kind:mailbox-full',
    weight: 0.05,
    scope: 'text',
    patterns: [
      // (not denied or not yet done: "She hasn't emptied her inbox yet"; nor a mail queue cleared)
      String.raw`\b(?:cleaned|cleared|emptied|tidied)(?<!(?:n't|\bnot|\bnever)[ \t]{1,3}\w{1,8})[ \t]+(?:up[ \t]+|out[ \t]+)?(?:her|his|their|the|my|our|your)[ \t]+(?:mail[ \t]?box|inbox)\b(?![^\n]{0,40}\?)(?![^\n.]{0,20}\byet\b)|\b(?:made|freed(?:[ \t]+up)?|cleared)(?<!(?:n't|\bnot|\bnever)[ \t]{1,3}\w{1,8})[ \t]+(?:some[ \t]+|enough[ \t]+)?(?:room|space)\b(?![^\n]{0,40}\?)(?![^\n.]{0,20}\byet\b)|\b(?:mail[ \t]?box|inbox)[ \t]+(?:is|was|has[ \t]+been)[ \t]+(?:now[ \t]+)?(?:cleaned|cleared|emptied)(?:[ \t]+(?:up|out))?\b(?![^\n]{0,40}\?)`,
      // (German, French, Spanish, Portuguese, Italian, Dutch, Polish)
      String.raw`\bpostfach[ \t]+(?:\w+[ \t]+)?(?:geleert|aufgeräumt|bereinigt)\b|\bvidé[ \t]+(?:sa|la|leur)[ \t]+boîte\b|\b(?:vació|vaciado|limpió|limpiado)[ \t]+(?:su|el)[ \t]+buzón\b|\b(?:esvaziou|limpou)[ \t]+(?:a[ \t]+)?(?:sua[ \t]+)?caixa\b|\bsvuotato[ \t]+(?:la[ \t]+)?casella\b|\bmailbox[ \t]+(?:opgeschoond|geleegd|opgeruimd)\b|\bwyczyścił[aoy]?[ \t]+(?:swoją[ \t]+)?skrzynkę\b`,
    ],
    needs: ['cleaned', 'cleared', 'emptied', 'tidied', 'made', 'freed', 'postfach', 'vidé', 'buzón', 'caixa', 'casella', 'mailbox', 'skrzynk'],
    context: true,
  },
];
