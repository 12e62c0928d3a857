/**
 * Other email providers a paste can show the mail going through: by the host the sender talks to
 * (their SMTP submission and API hosts), by their own event data (the provider accepted the message
 * and reports what became of it), or by their own refusal wordings. When the mail went through
 * another provider, Mailgun's cases and Mailgun's settings do not apply: Mailgun is not to blame
 * for another provider's refusal, and the fix is in that provider's settings.
 *
 * Only sending-side names count: the same companies receive mail too (Gmail's `gsmtp`, Exchange
 * Online's `mail.protection.outlook.com`), and a recipient's host says nothing of the sender's path.
 */
import { lineAt } from './patterns.js';
import { wordGuard, type WordGuard } from './word-scan.js';

export const PROVIDERS = [
  'amazon-ses',
  'sendgrid',
  'postmark',
  'sparkpost',
  'microsoft-365',
  'google-workspace',
  'brevo',
  'mailjet',
  'mandrill',
  'zoho',
] as const;
export type ProviderId = (typeof PROVIDERS)[number];

interface ProviderSigns {
  /** Its SMTP submission and API hosts (a whole host name, lower case). */
  hosts: RegExp;
  /** Its event or notification data: it accepted the message and reports the bounce. */
  events?: RegExp;
  /** Its own refusal wordings and the names only its senders use. */
  words?: RegExp;
  /** Its name, as a person says the mail is sent through it ("sends everything through SendGrid"). */
  name: string;
  /**
   * Lower-case words one of which is in every match of `events` and `words`: the patterns are tried
   * only when one is in the paste (test/diagnosis/guards.test.ts checks it).
   */
  needs: readonly string[];
}

export const SIGNS: Readonly<Record<ProviderId, ProviderSigns>> = {
  'amazon-ses': {
    hosts: /^email-smtp(?:-fips)?\.[a-z0-9-]{1,30}\.amazonaws\.com$|^email\.[a-z0-9-]{1,30}\.amazonaws\.com$/,
    // (also inside the JSON string of an SNS notification: `\"notificationType\":\"Bounce\"`)
    events: /\bnotificationType\\?["']?\s*:\s*\\?["']?(?:Bounce|Complaint)\b|\bNotificationType:(?:Bounce|Complaint)\b|\bsmtp-out\.(?:[a-z0-9-]{1,30}\.)?amazonses\.com\b/,
    words: /\bMaximum sending rate exceeded\b|\bDaily message quota exceeded\b|\bThe following identities failed the check\b|\bemail-smtp\.[a-z0-9-]{1,30}\.amazonaws\.com\b/i,
    name: String.raw`amazon ses|aws ses`,
    needs: ['notificationtype', 'amazonses', 'sending rate', 'quota exceeded', 'identities', 'amazonaws', 'amazon ses', 'aws ses'],
  },
  sendgrid: {
    hosts: /^(?:smtp\.sendgrid\.net|api\.sendgrid\.com)$/,
    events: /\bsg_(?:event|message)_id\b/,
    words: /\bverified Sender Identity\b|\bsendgrid\.com\/docs\b|\b(?:smtp\.sendgrid\.net|api\.sendgrid\.com)\b/i,
    name: String.raw`sendgrid`,
    needs: ['sg_', 'sender identity', 'sendgrid'],
  },
  postmark: {
    hosts: /^(?:smtp|api|smtp-broadcasts)\.postmarkapp\.com$/,
    events: /"RecordType"\s*:\s*"(?:Bounce|SpamComplaint)"/,
    words: /\bX-Postmark-Server-Token\b|\b(?:smtp|api)\.postmarkapp\.com\b|\bPostmark::|\bis not a Sender Signature on your account\b/i,
    name: String.raw`postmark`,
    needs: ['recordtype', 'postmark', 'sender signature'],
  },
  sparkpost: {
    hosts: /^(?:smtp\.(?:eu\.)?sparkpostmail\.com|api\.(?:eu\.)?sparkpost\.com)$/,
    events: /"msys"\s*:/,
    words: /\b(?:smtp\.(?:eu\.)?sparkpostmail\.com|api\.(?:eu\.)?sparkpost\.com)\b/i,
    name: String.raw`sparkpost`,
    needs: ['msys', 'sparkpost'],
  },
  'microsoft-365': {
    hosts: /^(?:smtp\.office365\.com|smtp-mail\.outlook\.com|[a-z0-9-]{1,63}\.outlook\.office365\.com)$/,
    // (not TenantAttribution: a recipient's tenant answers so too, to a Mailgun delivery)
    words: /\bSmtpClientAuthentication is disabled\b|\bdoes not have permissions to send as this sender\b|\bsmtp\.office365\.com\b/i,
    name: String.raw`office ?365|microsoft 365|exchange online`,
    needs: ['smtpclientauthentication', 'permissions to send as', 'office365', 'office 365', 'microsoft 365', 'exchange online'],
  },
  'google-workspace': {
    // (not smtp.gmail.com: an account's own submission, with its own login, not the relay service)
    hosts: /^smtp-relay\.gmail\.com$/,
    // (not its "Mail relay denied" wording or help link: Gmail answers so as a recipient's host too)
    words: /\bsmtp-relay\.gmail\.com\b/i,
    name: String.raw`google workspace`,
    needs: ['smtp-relay.gmail', 'google workspace'],
  },
  // (its API's own page for the IPs it accepts: `app.brevo.com/security/authorised_ips`)
  brevo: { name: 'brevo|sendinblue', hosts: /^smtp-relay\.(?:brevo|sendinblue)\.com$/, words: /\bsmtp-relay\.(?:brevo|sendinblue)\.com\b|\bapp\.brevo\.com\/security\/authori[sz]ed_ips\b/i, needs: ['smtp-relay.', 'brevo', 'sendinblue'] },
  mailjet: { name: 'mailjet', hosts: /^in(?:-v3)?\.mailjet\.com$/, words: /\bin-v3\.mailjet\.com\b/i, needs: ['mailjet'] },
  mandrill: { name: 'mandrill', hosts: /^smtp\.mandrillapp\.com$/, words: /\bsmtp\.mandrillapp\.com\b/i, needs: ['mandrill'] },
  zoho: { name: 'zoho', hosts: /^smtp(?:pro)?\.zoho\.(?:com|eu|in|com\.au)$/, words: /\bsmtp(?:pro)?\.zoho\.(?:com|eu|in|com\.au)\b/i, needs: ['zoho'] },
};

export interface ProviderSign {
  provider: ProviderId;
  /** What shows it: the host, the event field, the wording. */
  shownBy: string;
  /** Its own event data: it accepted the message (and reports what the recipient's server said). */
  accepted: boolean;
  /** Known only from a person's words that the mail goes through it. */
  stated?: true;
}

/**
 * The other provider the mail went through, if the paste shows one: first by the host the sender
 * talks to (configured or answering), then by the provider's event data, then by its own wordings.
 * `hosts` are the configured and the refusing host, in that order.
 */
export function findProvider(text: string, hosts: readonly (string | null)[]): ProviderSign | null {
  for (const host of hosts) {
    const provider = host ? providerOfHost(host) : null;
    if (provider) return { provider, shownBy: host!, accepted: false };
  }
  const named = namedProviders(text);
  for (const provider of named) {
    const event = SIGNS[provider].events?.exec(text);
    if (event) return { provider, shownBy: event[0], accepted: true };
  }
  for (const provider of named) {
    const words = SIGNS[provider].words?.exec(text);
    if (words) return { provider, shownBy: words[0], accepted: false };
  }
  for (const provider of named) {
    const stated = STATEMENTS[provider].exec(text);
    // (not mail said split between it and Mailgun, "half through AWS SES and half through Mailgun": which one carried it is unknown)
    if (stated && !ALSO_THROUGH_MAILGUN.test(lineAt(text, stated.index))) return { provider, shownBy: stated[0], accepted: false, stated: true };
  }
  return null;
}

/** Mail said split between another provider and Mailgun, on one line: "half through AWS SES and half through Mailgun" (not "not via Mailgun", "stopped sending through Mailgun"). */
const ALSO_THROUGH_MAILGUN = /\b(?:half|some|part|both|also|the[ \t]+rest|and)\b[^\n]{0,40}?(?<!\b(?:not|no[ \t]+longer|stopped(?:[ \t]+sending)?|instead[ \t]+of|from)[ \t]+)\b(?:through|via|using|over|with)[ \t]+(?:the[ \t]+|their[ \t]+|our[ \t]+)?mailgun\b/i;
/** The provider whose SMTP or API host `host` is (lower case), if any. */
export function providerOfHost(host: string): ProviderId | null {
  return PROVIDERS.find((id) => SIGNS[id].hosts.test(host)) ?? null;
}

/** The providers whose `needs` words are in the text (their words are found with every guard's in one scan, word-scan.ts). */
export function namedProviders(text: string): ProviderId[] {
  return PROVIDERS.filter((id) => NEEDS_GUARDS[id].test(text));
}

const NEEDS_GUARDS = Object.fromEntries(PROVIDERS.map((id) => [id, wordGuard(SIGNS[id].needs)])) as Record<ProviderId, WordGuard>;

/**
 * A person saying the mail goes out through the provider, now ("sends everything through SendGrid",
 * "transactional mail goes out via Amazon SES"): the provider within a few words of the verb, and not
 * "used to", "moving to", "switched from", nor mail sent via Mailgun "to recipients using Office 365".
 */
export const STATEMENTS: Readonly<Record<ProviderId, RegExp>> = Object.fromEntries(
  PROVIDERS.map((id) => [
    id,
    new RegExp(String.raw`(?<!\b(?:to|will|would|from|of|stopped|stop) )\b(?:sends?|sending|goes out|go out|is sent|are sent)(?: (?!(?:through|via|using|over|with|to)\b)[\w'-]{1,20}){0,3} (?:through|via|using|over|with) (?:the |their |our )?(?:${SIGNS[id].name})\b`, 'i'),
  ]),
) as Record<ProviderId, RegExp>;
