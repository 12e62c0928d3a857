/** The mailbox does not exist at the recipient's server. */
import type { RuleData } from '../schema.js';

export const unknownUserRules: RuleData[] = [
  {
    id: 'unknown-recipient',
    name: 'The recipient address does not exist',
    target: 'kind:unknown-user',
    weight: 0.9,
    scope: 'error',
    patterns: [
      String.raw`(?<![\d.])5\.1\.(?:1|10)(?![\d.])`,
      // The mailbox moved: 5.1.6, and 551's "User not local; please try <new address>" (RFC 5321)
      String.raw`(?<![\d.])5\.1\.6(?![\d.])`,
      String.raw`\buser not local\b`,
      // Sendmail logs `stat=User unknown` for any refused recipient, relay refusals included.
      String.raw`(?<!stat=)user (?:unknown|not found|does not exist)`,
      String.raw`unknown (?:user|recipient|mailbox)`,
      String.raw`no such (?:user|recipient|mailbox|address)`,
      // qmail's "sorry, no mailbox here by that name. (#5.1.1)" (its code may be any: "(#5.7.17)")
      String.raw`\bno mailbox here by that name\b`,
      // (not the sender's, which a server that verifies senders names: a policy, see policy.ts)
      String.raw`(?<!\bsender )(?:account|address|mailbox|recipient) (?:that you tried to reach )?does not exist`,
      // .NET words every 550 "Mailbox unavailable. The server response was: ...": the server's words say which.
      String.raw`(?:recipient|mailbox|address) (?:not found|unavailable(?!\. the server response was)|invalid)`,
      String.raw`invalid (?:recipient|mailbox)`,
      // Exchange Online's directory-based blocking: 5.4.1 "Recipient address rejected: Access denied" is a recipient it does not
      // have. Without 5.4.1 the same words are a Postfix access rule's (check_recipient_access), a policy (see policy.ts).
      String.raw`(?<![\d.])5\.4\.1(?![\d.])[^\n]{0,80}access denied`,
      String.raw`recipientnotfound|resolver\.adr\.recipnotfound`,
      // A mailbox switched off (Gmail's 5.2.1 "The email account that you tried to reach is disabled", DisabledUser)
      // (not the sender's: "5.7.13 Sender account is disabled")
      String.raw`(?<!\b(?:sender(?:'s)?|sending|your) )(?:account|mailbox|address) (?:that you tried to reach )?(?:is|has been) disabled`,
      String.raw`\bdisableduser\b`,
      // Yahoo's "dd This user doesn't have a yahoo.com account"
      String.raw`\buser doesn't have an? [\w.-]{2,60} account\b`,
    ],
  },
];
