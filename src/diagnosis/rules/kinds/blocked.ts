/** Refused as spam or because the sending IP is on a block list. */
import { PORT_25_FILTER_WORDING } from '../phrases.js';
import type { RuleData } from '../schema.js';

export const blockedRules: RuleData[] = [
  {
    id: 'block-list-or-spam',
    name: 'Refused as spam or by a block list',
    target: 'kind:blocked',
    weight: 0.9,
    scope: 'error',
    patterns: [
      String.raw`blocked using`,
      String.raw`spamhaus|spamcop|barracudacentral|sorbs\b`,
      String.raw`black ?list(?:ed)?|block ?list(?:ed)?|deny ?list(?:ed)?`,
      // (and Comcast's "found on one or more DNSBLs ... #BL000001")
      String.raw`\bdnsbls?\b|\brbls?\b|#BL0000\d\d\b`,
      String.raw`client host (?:\[[^\]\n]{0,60}\] )?(?:rejected|blocked)`,
      String.raw`listed (?:at|on|in) `,
      // (the sending IP said listed, "Mail rejected by T-Online - IP 159.135.228.11 listed")
      String.raw`\bip[ \t]+\d{1,3}(?:\.\d{1,3}){3}[ \t]+(?:is[ \t]+)?listed\b`,
      String.raw`poor reputation|bad reputation`,
      String.raw`which is an open relay`,
      String.raw`(?:ip|address) (?:\S+ )?(?:is |has been )?blocked`,
      String.raw`banned sending ip|not accepted from this ip|(?<![\d.])5\.7\.(?:6[0-4]\d|708)(?![\d.])`,
      // Gmail to a server sending straight from an IP it does not trust (a VPS, a home line).
      String.raw`not authori[sz]ed to send (?:e-?mail )?directly|use the smtp relay at your (?:service )?provider`,
      // A filtering gateway's or a recipient's block of the sender (Mimecast: "Envelope blocked - User Entry").
      // (not a link or attachment "blocked by the recipient's organization policy": a content filter, see policy.ts)
      String.raw`envelope blocked|sender (?:address )?(?:is )?blocked|blocked(?<!\b(?:link|attachment)[^\n.]{0,40}blocked) by (?:the )?(?:recipient|policy|administrator)|administrative prohibition`,
      // Orange's reputation refusals ("5.7.1 Service refuse ... OFR_506").
      String.raw`\bOFR_\d{3}\b|service refus[ée]?\b`,
      // Barracuda's gateway: "550 permanent failure for one or more recipients (a@b.example:blocked)".
      String.raw`@[^\s():]{1,253}:blocked\)`,
      // T-Online's own block list: "IP=192.0.2.1 - A problem occurred. (Ask your postmaster ... tosa@rx.t-online.de ...) (BL)".
      // (or without its "(BL)", as some copies show it: the sending IP named, "IP=192.0.2.1 - A problem occurred ... tosa@rx.t-online.de")
      String.raw`\btosa@rx\.t-online\.de\b[^\n]{0,60}\(BL\)|\bIP=[\d.]{7,15}[ \t]*-[ \t]*A problem occurred\b[^\n]{0,120}\btosa@rx\.t-online\.de\b`,
      // Cisco Secure Email's reputation block (its HAT's REJECT, `SBRS -3.4`): "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected"
      String.raw`your access to submit messages to this e-?mail system has been rejected|\bBLOCKED_LIST\b`,
      // Proofpoint's reputation block: "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=..."
      String.raw`ipcheck\.proofpoint\.com`,
      // Yahoo's block of the sending IP: "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred" (TS03 the same).
      String.raw`\[TSS?0[39]\]|\bwill be permanently deferred\b`,
    ],
  },
  {
    // (stronger than the block-list rule: its name is the summary's, and the reply's fix is another port)
    id: 'isp-port-25-filter',
    name: "An internet provider's filter blocks outgoing port 25",
    target: 'kind:blocked',
    weight: 0.95,
    scope: 'error',
    patterns: [PORT_25_FILTER_WORDING],
  },
  {
    // Only in the server's reply: people write "spam" in their own sentences too.
    id: 'spam-words-in-reply',
    name: 'Refused as spam',
    target: 'kind:blocked',
    weight: 0.9,
    scope: 'reply',
    // (not Mailgun's 607, "Not delivering to a user who marked your messages as spam": its own suppression; nor Gmail's
    // boilerplate after another reason, "... 'From' header is missing. To reduce the amount of spam sent to Gmail, ...")
    patterns: [String.raw`unsolicited`, String.raw`(?<!marked your messages as |reduce the amount of )\bspam\b`, String.raw`\bUBE\b`],
  },
  {
    // "a promo blast to a list they bought from a partner": the likeliest cause of a spam verdict, and what the reply says to stop.
    id: 'bought-list-said',
    name: 'The paste says the mailing list was bought or rented',
    target: 'kind:blocked',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:bought|purchased|rented|paid-for)[ \t]+(?:(?:e-?mail|mailing|contact|address|lead)[ \t]+)?(?:list|leads|contacts|database)\b|\b(?:list|leads|contacts|database)[ \t]+(?:they|we|he|she|the customer|the client)[ \t]+(?:had[ \t]+)?(?:bought|purchased|rented)\b`,
      // (French, Spanish, Portuguese, Italian, German, Dutch, Polish)
      String.raw`\bliste[ \t]+(?:de[ \t]+contacts[ \t]+|d'adresses[ \t]+)?(?:achetée|louée)\b|\blista[ \t]+(?:de[ \t]+(?:contactos|contatos|correos|e-?mails)[ \t]+)?(?:comprada|alquilada|acquistata|kupiona|kupioną)(?![a-zà-ÿ])|\bgekaufte[nr]?[ \t]+(?:adress|e-?mail-?)?liste\b|\bgekochte[ \t]+(?:adressen|e-?mail)?lijst\b|\bkupion[aąe][ \t]+(?:bazę|baza|listę|lista)\b`,
    ],
    needs: ['bought', 'purchased', 'rented', 'paid-for', 'achetée', 'louée', 'comprada', 'alquilada', 'acquistata', 'kupion', 'gekaufte', 'gekochte'],
    context: true,
  },
];
