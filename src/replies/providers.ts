/**
 * What to say when the mail went through another provider (facts.provider): its name, and advice
 * for its own refusals, which are fixed in its settings, not in Mailgun's. Only what is true of the
 * provider as a whole is said; where its console keeps a setting is named by its sections.
 */
import type { Diagnosis, ErrorKind, ProviderId } from '../diagnosis/types.js';
import type { RichText } from './model.js';
import { code, rt, text } from './rich.js';

export const PROVIDER_NAMES: Readonly<Record<ProviderId, string>> = {
  'amazon-ses': 'Amazon SES',
  sendgrid: 'SendGrid',
  postmark: 'Postmark',
  sparkpost: 'SparkPost',
  'microsoft-365': 'Microsoft 365',
  'google-workspace': "Google Workspace's SMTP relay",
  brevo: 'Brevo',
  mailjet: 'Mailjet',
  mandrill: 'Mandrill',
  zoho: 'Zoho Mail',
};

interface Advice {
  provider: ProviderId;
  /** The kind of error it is for, when the wording alone does not tell. */
  kind?: ErrorKind;
  /** Words of the provider's refusal (in the server's message or the evidence). */
  words?: RegExp;
  advice: RichText;
}

const ADVICE: readonly Advice[] = [
  {
    provider: 'microsoft-365',
    words: /SmtpClientAuthentication is disabled/i,
    advice: rt`Microsoft 365 has authenticated SMTP (client submission) switched off for this tenant or mailbox: an administrator turns it on for the mailbox (Microsoft 365 admin center: the user, Mail, Manage email apps, Authenticated SMTP) or for the whole tenant (${code('Set-TransportConfig -SmtpClientAuthenticationDisabled $false')}).`,
  },
  {
    provider: 'microsoft-365',
    words: /permissions to send as/i,
    advice: rt`The mailbox that logs in may not send as the From address: give it Send As permission on that address (Exchange admin center: the From address's mailbox, Delegation, Send As), or send from the login's own address.`,
  },
  {
    provider: 'microsoft-365',
    words: /TenantAttribution/i,
    advice: rt`Microsoft 365 could not tie the connection to your tenant, so it will not pass mail on to outside addresses: the sending server's public IP address (or its TLS certificate) must match an inbound connector from your organization's email server (Exchange admin center: Mail flow, Connectors), and the From domain must be one of the tenant's accepted domains. A new office or ISP means a new IP address.`,
  },
  {
    provider: 'microsoft-365',
    kind: 'auth-failure',
    advice: rt`Log in with the Microsoft 365 mailbox's own address and password (an account with multi-factor sign-in needs an app password, or OAuth), and check that authenticated SMTP is allowed for that mailbox.`,
  },
  {
    provider: 'google-workspace',
    advice: rt`Google Workspace's SMTP relay passes mail on only for senders it knows: register the sending server's public IP address in the SMTP relay service settings (Google Admin console: Apps, Google Workspace, Gmail, Routing, SMTP relay service), or require SMTP authentication there and log in with a Workspace account, and send from an address of one of the account's domains. A new office or ISP means a new IP address.`,
  },
  {
    provider: 'sendgrid',
    words: /Sender Identity/i,
    advice: rt`SendGrid sends only from verified senders: verify the From address (Single Sender Verification) or authenticate its domain (Settings, Sender Authentication) in SendGrid.`,
  },
  {
    provider: 'sendgrid',
    words: /Unauthenticated senders not allowed/i,
    advice: rt`SendGrid's SMTP relay wants a login: the user name is ${code('apikey')} and the password a SendGrid API key allowed to send mail.`,
  },
  {
    provider: 'amazon-ses',
    words: /not verified|identities failed/i,
    advice: rt`Amazon SES sends only from verified identities: verify the From address or its domain in the SES console (Verified identities), in the same region as the SMTP endpoint. While the account is in the SES sandbox, each recipient must be verified too.`,
  },
  {
    provider: 'amazon-ses',
    words: /sending rate|quota exceeded/i,
    advice: rt`Amazon SES is throttling the account: stay under its sending rate (messages per second) and its daily quota, or ask for higher limits for that region in the SES console.`,
  },
  {
    provider: 'amazon-ses',
    kind: 'auth-failure',
    advice: rt`Log in with SMTP credentials created in the SES console (SMTP settings) for the endpoint's region: they are neither your AWS access keys nor a Mailgun login.`,
  },
  {
    provider: 'zoho',
    words: /Relaying disallowed as/i,
    advice: rt`Zoho Mail lets a mailbox send only as its own address and its aliases: send from the address that logs in, or add the From address as an alias of that mailbox (or give it its own mailbox) in Zoho Mail's admin console.`,
  },
  {
    provider: 'brevo',
    advice: rt`Brevo's SMTP relay takes mail only from a client that logs in with the account's SMTP login and an SMTP key (Brevo's SMTP & API settings), sending from a sender or domain verified in Brevo.`,
  },
  {
    provider: 'postmark',
    kind: 'api-auth',
    advice: rt`Send the Postmark server's API token (the server's API Tokens tab) in the ${code('X-Postmark-Server-Token')} header.`,
  },
];

/** Advice for the provider's own refusal: by its words when the paste shows them, else by the kind of error. */
export function providerAdvice(diagnosis: Diagnosis): RichText[] {
  const { provider, serverMessage } = diagnosis.facts;
  if (!provider) return [];
  const said = [serverMessage ?? '', ...diagnosis.evidence.map((e) => e.excerpt)].join('\n');
  return ADVICE.filter((a) => a.provider === provider && (a.words ? a.words.test(said) : !a.kind || a.kind === diagnosis.kind)).map((a) => a.advice);
}

/**
 * After a permanent failure, most providers stop sending to the address until someone takes it off
 * their list: once the recipient's side is fixed, mail still does not go. What each one calls it.
 */
const SUPPRESSION: Readonly<Partial<Record<ProviderId, RichText>>> = {
  'amazon-ses': rt`Amazon SES adds an address that bounces permanently to the account's suppression list (when account-level suppression is on) and stops sending to it: once the address works, remove it from the suppression list in the SES console (or with the SES API).`,
  sendgrid: rt`SendGrid puts an address that bounces on its Bounces suppression list and drops later mail to it: once the address works, remove it there (Suppressions, Bounces).`,
  postmark: rt`Postmark deactivates a recipient after a hard bounce and sends it nothing more: once the address works, reactivate it (the message stream's Suppressions, or the bounce's Reactivate button).`,
  sparkpost: rt`SparkPost adds an address that bounces permanently to its suppression list: once the address works, remove it there.`,
};

/** What to do about the provider's list of addresses it no longer sends to, after a permanent refusal. */
export function providerSuppression(provider: ProviderId): RichText {
  return SUPPRESSION[provider] ?? rt`${text(PROVIDER_NAMES[provider])} may stop sending to an address that failed permanently (a suppression or block list of its own): once the address works, check that it is not on it.`;
}

