import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " to a@b" after a word, or nothing. */
const to = (value: string | null) => (value ? rt` to ${code(value)}` : []);

export const ENGLISH: BriefWords = {
  title: 'Summary',
  what: 'What happened',
  side: 'Whose side',
  next: 'Next',
  cases: {
    outgoing: {
      what: (v) => rt`Emails${to(v.recipient)} were refused by Mailgun, the email service they go through, because the system that sends them does not sign in to Mailgun when it sends. They were not delivered.`,
      side: () => rt`A setting of the sending system, on the sender's side; not an outage or a fault at Mailgun.`,
      next: () => rt`Whoever runs the sending system adds its Mailgun sign-in details; mail goes out again from then on. The refused emails have to be sent again.`,
    },
    incoming: {
      what: (v) => rt`Emails sent${to(v.recipient)} are turned away at Mailgun, which receives that domain's mail, because no rule there says where mail for that address should go.`,
      side: () => rt`A missing setting in the Mailgun account; not an outage, and nothing is wrong on the senders' side.`,
      next: () => rt`Adding the rule for the address fixes it within minutes. Emails refused until then were not kept: their senders have to send them again.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun accepted the email${to(v.recipient)} and tried to deliver it, but the recipient's own mail server refused it.`,
      side: () => rt`The recipient's side: their server does not take mail for that address (often a mistyped address). Not Mailgun's, nor the sender's.`,
      next: () => rt`Check the address with the recipient. If it is right, their IT has to accept mail for it; then the email is sent again.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun accepted the email${to(v.recipient)} and tried to deliver it, but the recipient's own mail server refused it, although the address is right.`,
      side: () => rt`The recipient's side: their server does not take mail for that address. Not Mailgun's, nor the sender's.`,
      next: () => rt`The recipient's IT has to change their server's settings (send them the error); then the email is sent again.`,
    },
    undetermined: {
      what: () => rt`A mail server refused to pass an email on ("Relaying denied"), but the error alone does not show which server, so the cause is not known yet.`,
      side: () => rt`Not known yet: one of three settings (the sender's sign-in to Mailgun, the Mailgun account's rules for incoming mail, or the recipient's server). None of them is an outage at Mailgun.`,
      next: () => rt`Get the whole error message or bounce, which shows which one; the most common cause is a sending system that does not sign in.`,
    },
    'undetermined-sending': {
      what: () => rt`The sending system's emails were refused as it sent them ("Relaying denied"); the error does not name the mail server it uses.`,
      side: () => rt`Most likely the sender's side: the sending system does not sign in to the mail server it sends through. Not an outage at Mailgun.`,
      next: () => rt`Check which mail server the sending system uses and turn on its sign-in; then the refused emails are sent again.`,
    },
    'auth-failure': {
      what: () => rt`The sending system tried to sign in to Mailgun, but its user name or password was not accepted, so nothing was sent.`,
      side: () => rt`The sender's side: wrong or outdated sign-in details in the sending system. Not an outage at Mailgun.`,
      next: () => rt`Enter the right sign-in details in the sending system (or set a new password in Mailgun); then the refused emails are sent again.`,
    },
    'unknown-user': {
      what: (v) => rt`The recipient's mail server says the address${v.recipient ? rt` ${code(v.recipient)}` : []} does not exist.`,
      side: () => rt`The address: it is wrong or no longer in use (often a typo). Nothing is broken at Mailgun or at the sender.`,
      next: () => rt`Get the right address from the recipient and send the email to it.`,
    },
    'mailbox-full': {
      what: (v) => rt`The recipient's mailbox${v.recipient ? rt` ${code(v.recipient)}` : []} is full, so their server did not take the email.`,
      side: () => rt`The recipient's side; nothing for the sender or Mailgun to fix.`,
      next: () => rt`The recipient has to make room; the email can be sent again after that.`,
    },
    blocked: {
      what: () => rt`The recipient's mail server refused the email as likely spam, or because the sending server is on a block list.`,
      side: () => rt`A filter on the receiving side, set off by the sending reputation; not an outage at Mailgun.`,
      next: () => rt`Ask the recipient's IT to let the sender's emails through, and find out what set the block off (the error usually names the list); then send again.`,
    },
    policy: {
      what: () => rt`The receiving server refused the email because it could not confirm that the email really comes from the sender's domain.`,
      side: () => rt`The sender's side: the domain's authentication settings (in its DNS). Not an outage at Mailgun.`,
      next: () => rt`Whoever manages the domain's DNS fixes its authentication settings (Mailgun's domain page lists them); then the emails are sent again.`,
    },
    'rate-limit': {
      what: () => rt`Too many emails went out at once, so the receiving side is slowing them down or turning some away for now.`,
      side: () => rt`A limit, not a fault: emails refused for now are retried.`,
      next: () => rt`Send in smaller batches; only the emails that still fail after the retries are sent again.`,
    },
    sandbox: {
      what: () => rt`The Mailgun account still sends from its test domain, which delivers only to a few approved addresses.`,
      side: () => rt`A setting of the Mailgun account; not a fault.`,
      next: () => rt`Set up and verify the sender's own domain in Mailgun and send from it; then the emails can go to anyone.`,
    },
    'api-auth': {
      what: () => rt`The sending system's requests to Mailgun were refused because its access key is wrong or outdated, so nothing was sent.`,
      side: () => rt`The sender's side: the key in the sending system's settings. Not an outage at Mailgun.`,
      next: () => rt`Put the current Mailgun access key in the sending system's settings; then the refused emails are sent again.`,
    },
    other: {
      what: () => rt`Sending failed with another error than "Relaying denied".`,
      side: () => rt`See the reply above: it names the cause.`,
      next: () => rt`Follow the fix in the reply above.`,
    },
  },
};
