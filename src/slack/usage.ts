/** What the bot says about itself: usage, the "nothing found" answer and apologies (our own words, mrkdwn). */
import { COMMAND } from './ids.js';

export const APP_NAME = 'relaydenied';

export const USAGE = [
  `I explain *Relaying Denied* email errors (\`550 5.7.1 Relaying denied\` and friends): which server refused the mail, why, and the exact Mailgun steps to fix it.`,
  `• \`${COMMAND} <paste>\`: paste an error or bounce; only you see my answer, with a *Share in channel* button.`,
  `• \`${COMMAND}\` alone opens a form for a long paste or a whole bounce email (.eml, .txt); the answer comes by DM.`,
  `• Mention me under a pasted error (\`@${APP_NAME} <paste>\`), or mention me alone in a thread to diagnose the error in that thread.`,
  `• Send me a DM with the error, or share the bounce as a file or snippet (up to 1 MiB of text).`,
  `• Message menu (⋯) → *Diagnose bounce* on any message: the answer only you can see.`,
].join('\n');

export const IS_HELP = /^\s*(help|\?|usage)\s*$/i;

/** When a message or thread holds nothing that looks like a mail error. */
export const NOTHING_FOUND = `I did not find an email error in that. Paste the bounce or the SMTP error (for example \`550 5.7.1 Relaying denied\`), or type \`help\`.`;

export const NOTHING_IN_THREAD = `I did not find an email error in this thread. Mention me with the error pasted after my name, or mention me in the thread of the message that holds it.`;

export const APOLOGY = `Sorry, something went wrong on my side and I could not finish that. Please try again in a minute.`;

export const BAD_BUTTON = `Sorry, I could not read that button (it may come from an older version of me). Paste the error again and I will diagnose it afresh.`;

/** Told privately to whoever posted a secret where others can read it. */
export const SECRET_IN_PUBLIC = `Your message contains a password, API key or token. I left it out of my reply, but everyone in the channel can read your message: delete or edit it, and rotate that secret (for Mailgun SMTP, reset the SMTP credential's password).`;

/** Replaces a watched-channel reply once the message it answered was edited to hold no error. */
export const EDITED_NO_ERROR = `The message I answered here was edited and no longer shows an email error, so my earlier diagnosis no longer applies.`;
