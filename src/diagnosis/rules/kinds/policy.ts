/** Refused by a sender or content policy: DMARC, SPF, sender access rules, content filters. */
import { MALFORMED_MESSAGE_WORDING } from '../phrases.js';
import type { RuleData } from '../schema.js';

export const policyRules: RuleData[] = [
  // (a small weight: it says why DMARC failed more than that it did)
  // The domain's DNS moved to another provider lately (context: after such a move, records not copied over fail DKIM and SPF).
  {
    id: 'dns-moved',
    name: "The paste says the domain's DNS moved to another provider",
    target: 'kind:policy',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:moved|migrated|switched|transferred|changed)[ \t]+(?:(?:our|their|the|its)[ \t]+)?(?:dns|nameservers?|name servers?|dns hosting)\b`,
      String.raw`\b(?:moved|migrated|switched|transferred)[ \t]+(?:(?:our|their|the|its)[ \t]+)?(?:dns|domain|zone)\b[^\n.]{0,40}?\bto[ \t]+(?:cloudflare|route ?53|godaddy|namecheap|gandi|ovh|hetzner|digitalocean|azure dns|google cloud dns)\b`,
    ],
    needs: ['dns', 'nameserver', 'name', 'zone', 'domain'],
    context: true,
  },
  // The SPF record said edited lately ("changed the SPF record yesterday", "cambió ayer el registro DNS ... solo el SPF"): a second
  // record, a lost include or too many lookups make SPF fail (context for the steps).
  {
    id: 'spf-record-edited',
    name: 'The paste says the SPF record was edited lately',
    target: 'kind:policy',
    weight: 0.02,
    scope: 'text',
    patterns: [
      String.raw`(?<!(?:n't|\bnot|\bnever|\bnothing)[ \t]+(?:\w+[ \t]+)?)\b(?:changed|edited|updated|modified|touched|replaced)[ \t]+(?:(?:our|their|the|its)[ \t]+)?(?:spf|txt)(?:[ \t]+record)?\b`,
      String.raw`(?<![a-zà-ÿ])(?<!\bno[ \t]+)(?:cambi[óo]|cambiamos|cambiaron|modific[óo]|modificamos|editó|edit[óo]|tocó|a[ \t]+modifié|ont[ \t]+modifié|hat[ \t]+geändert)(?![a-zà-ÿ])[^\n.]{0,60}?(?:\bspf\b|registro[ \t]+(?:dns|txt)|enregistrement[ \t]+(?:dns|txt)|dns-eintrag|txt-eintrag)`,
    ],
    needs: ['spf', 'txt', 'registro', 'enregistrement', 'eintrag'],
    context: true,
  },
  // The From domain's DMARC policy was tightened to reject lately ("They just published p=reject last week"): until its
  // records pass, going back to p=none (reports only) lets the mail through meanwhile.
  {
    id: 'dmarc-policy-tightened',
    name: "The paste says the DMARC policy was tightened to reject lately",
    target: 'kind:policy',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b(?:published|set|switched|changed|moved|went|raised|tightened|enabled|turned on|updated|added)\b[^\n.]{0,50}?\bp[ \t]*=[ \t]*reject\b`,
      String.raw`\bdmarc\b[^\n.]{0,40}?\b(?:to|auf|à|a|naar|na|para)[ \t]+(?:p[ \t]*=[ \t]*)?reject\b`,
      String.raw`\bp[ \t]*=[ \t]*reject\b[^\n.]{0,30}?\b(?:last week|yesterday|this week|recently|days ago|letzte woche|gestern|la semaine dernière|hier|la semana pasada|ayer|semana passada|ontem|la settimana scorsa|ieri|vorige week|gisteren|w zeszłym tygodniu|wczoraj)\b`,
    ],
    needs: ['reject'],
    context: true,
  },
  { id: 'dmarc-strict-alignment', name: "The From domain's DMARC record asks for strict alignment", target: 'kind:policy', weight: 0.05, feature: 'dmarc-strict-alignment' },
  {
    id: 'sender-authentication-policy',
    name: 'Refused by DMARC, SPF or DKIM policy',
    target: 'kind:policy',
    weight: 0.9,
    scope: 'error',
    // (Gmail's "5.7.1 Unauthenticated email is not accepted from this domain": the From domain's SPF, DKIM and DMARC, not an SMTP login)
    patterns: [String.raw`\bdmarc\b`, String.raw`(?<![\d.])5\.7\.(?:26|9|23|25|515)(?![\d.])`, String.raw`\bspf\b`, String.raw`\bdkim\b`, String.raw`unauthenticated (?:e-?mail|mail|messages?) (?:is|are) not accepted from this domain`],
  },
  {
    id: 'sender-or-content-policy',
    name: 'Refused by a sender or content policy',
    target: 'kind:policy',
    weight: 0.8,
    scope: 'error',
    patterns: [
      String.raw`sender (?:address )?rejected`,
      // (Exim's sender verification: the recipient's server could not verify the sender's address, "Sender verify failed",
      // "Verification failed for <noreply@x>", "not permitted: sender address does not exist")
      String.raw`\bsender verif(?:y|ication) failed\b|\bverification failed for <|\bsender address does not exist\b`,
      String.raw`content (?:restrictions?|rejected|filter)`,
      String.raw`message (?:content )?rejected due to`,
      // (Proofpoint's content filter: "5.7.1 Message rejected because of unacceptable content. For help, please quote incident ID ...")
      String.raw`unacceptable content`,
      // (Gmail's block of a message's content, an attachment: "552 5.7.0 This message was blocked because its content presents a potential security issue")
      String.raw`content presents a potential`,
      // (a mailing list's moderator turning the message down: "550 5.7.1 Message rejected by list moderator")
      String.raw`rejected by (?:the )?(?:list )?moderator|not approved by (?:the )?(?:list )?moderator`,
      // (not an insurer's "policy documents", "policy number", a subject's "Policy BW-77120-A", nor a privacy or returns policy)
      String.raw`(?<!\b(?:insurance|privacy|cookie|return|returns|refund|retention)[ \t]+|\bsubject["']?[ \t]*[:=][ \t]*["']?)\bpolicy\b(?![ \t]+(?:documents?|numbers?|holders?|renewals?|pdfs?|schedules?))`,
      // (a malformed message: Gmail's "not RFC 5322 compliant: 'From' header is missing", "multiple From headers")
      MALFORMED_MESSAGE_WORDING,
      String.raw`not verified`,
      // Not Sendmail's "Relaying denied. Proper authentication required.", a relay refusal.
      String.raw`(?<!proper\s{1,5})authentication required|authrequired`,
      String.raw`(?<![\d.])5\.7\.27(?![\d.])`,
      String.raw`unauthenticated senders not allowed`,
      // Exchange's Sender ID check: "550 5.7.1 Sender ID (PRA) Not Permitted"
      String.raw`sender ?id \(pra\)|\bsender ?id[^\n]{0,20}not permitted`,
      // Not Gmail's "not authorized to send email directly" to an untrusted IP (a block, see blocked.ts).
      String.raw`resolver\.rst\.\w+|not authori[sz]ed to send(?! (?:e-?mail )?directly)`,
      String.raw`permissions? to send as`,
      // (Exchange Online's "554 5.2.252 SendAsDenied; a@b not allowed to send as c@b")
      String.raw`\bsendasdenied\b|\bnot allowed to send as\b`,
      // SendGrid's "The from address does not match a verified Sender Identity"; Postmark's "is not a
      // Sender Signature on your account"; Mailjet's "sender ... not validated".
      String.raw`verified sender identity`,
      String.raw`not a sender signature|sender signature not (?:defined|found|confirmed)`,
      // SparkPost's "550 5.7.1 Unconfigured Sending Domain <example.com>": the From domain is not one of the account's.
      String.raw`unconfigured sending domain`,
      String.raw`sender[^\n]{0,60}not (?:been )?validated`,
      // (Mailjet's send-0008: "\"a@b\" is not an authorized sender email address for your account")
      String.raw`is not an authori[sz]ed sender\b`,
      String.raw`(?<![\d.])5\.7\.1(?![\d.])[^\n]{0,60}not authori[sz]ed(?! to send (?:e-?mail )?directly)`,
    ],
  },
  {
    id: 'access-denied',
    name: 'Access denied (a generic policy refusal)',
    target: 'kind:policy',
    weight: 0.7,
    scope: 'error',
    // Not Postfix's "Relay access denied", which is a relay refusal; nor a person's question about the words, `Is this the
    // "access denied" thing from the docs?` (quoted, then a question on the same line)
    // (nor Exchange Online's 5.4.1 "Recipient address rejected: Access denied": an address its directory lacks, see unknown-user.ts)
    patterns: [String.raw`(?<!(?<![\d.])5\.4\.1(?![\d.])[^\n]{0,80})(?<!relay\s{1,5})access denied(?!["'\u201d][^\n.]{0,40}\?)`],
  },
  {
    // A refusal that names the sending IP as listed ("local policy. Access denied. Your IP 159.135.228.10 is listed on our
    // blocklist"): the policy it cites is that block list, and the fix is a delisting, not a sender rule
    id: 'policy-is-a-block-list',
    name: 'The policy refusal names the sending IP as block-listed',
    target: 'kind:policy',
    weight: -0.6,
    scope: 'error',
    patterns: [String.raw`\b(?:ip|address)\b(?:[^\n.]|\.(?=\d)){0,40}?\b(?:is[ \t]+)?listed[ \t]+(?:on|in|at)[ \t]+(?:(?:our|the|a)[ \t]+)?(?:block|black|deny)[ \t]?list\b`],
    needs: ['listed'],
  },
];
