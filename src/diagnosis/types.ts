/** The public shape of a diagnosis: what the engine returns and the replies, CLI and bot read. */
import type { ProviderId } from './providers.js';
import type { MailboxProvider } from './statements.js';

export type { ProviderId } from './providers.js';

export const SCENARIOS = [
  'mailgun-outgoing',
  'mailgun-incoming',
  'recipient-host',
  'undetermined',
  'not-relaying-denied',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** The three scenarios that name who refused the relay. */
export type RelayScenario = 'mailgun-outgoing' | 'mailgun-incoming' | 'recipient-host';

/** What a `not-relaying-denied` error is instead. */
export const ERROR_KINDS = [
  'auth-failure',
  'unknown-user',
  'mailbox-full',
  'blocked',
  'policy',
  'rate-limit',
  'sandbox',
  'api-auth',
  'other',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export type HostRole = 'mailgun-smtp' | 'mailgun-mx' | 'other';
export type Region = 'us' | 'eu';
export type SmtpCommand = 'CONNECT' | 'EHLO' | 'AUTH' | 'MAIL FROM' | 'RCPT TO' | 'DATA';

export const CLIENTS = [
  'nodemailer',
  'phpmailer',
  'python-smtplib',
  'postfix',
  'exim',
  'symfony',
  'laravel',
  'jakarta-mail',
  'dotnet-smtpclient',
  'mailkit',
  'go-net-smtp',
  // Rust's lettre (SmtpTransport::starttls_relay(...).credentials(...)).
  'lettre',
  'swoosh',
  'ruby-net-smtp',
  'wordpress',
  'swaks',
  'sendmail',
  'django',
  'powershell',
  'msmtp',
  'ssmtp',
  // Zimbra's MTA: a Postfix whose settings zmprov manages (main.cf is rewritten from them).
  'zimbra',
  // Microsoft Exchange Server relaying through Mailgun with a send connector (a smart host).
  'exchange',
  // PowerMTA relaying through Mailgun: a `<domain>` block routed to Mailgun's SMTP host.
  'powermta',
  // Windows mail servers and IIS's SMTP service, relaying through Mailgun as their smart host (settings in their consoles).
  'hmailserver',
  'mdaemon',
  'kerio',
  'iis-smtp',
  // OpenSMTPD (smtpd.conf's relay action, its secrets table).
  'opensmtpd',
  // A Microsoft 365 (Exchange Online) outbound connector with Mailgun as its smart host: it cannot log in to one.
  'm365-connector',
  // Applications whose own settings hold the SMTP login (the library underneath is not what to edit).
  'ghost',
  'discourse',
  'gitlab',
  // (installed with its Helm chart: values.yaml's global.smtp, the password in a Kubernetes Secret)
  'gitlab-helm',
  'mastodon',
  'moodle',
  'listmonk',
  // (a Synology NAS's notification mail: DSM's Control Panel → Notification → Email)
  'synology',
  'nextcloud',
  'odoo',
  'atlassian',
  'keycloak',
  'grafana',
  'zabbix',
  'jenkins',
  'home-assistant',
  'uptime-kuma',
  // (Supabase's Auth: its dashboard's SMTP Settings, hosted; no process of the customer's to restart)
  'supabase',
  'mautic',
  'zammad',
  // (Freshdesk's own outgoing mail server: Admin → Email → the support email's Custom mail server → Outgoing)
  'freshdesk',
  // (a PrestaShop shop: Advanced Parameters → E-mail; it sends with SwiftMailer or Symfony Mailer, not Laravel)
  'prestashop',
  // (osTicket: Admin Panel → Emails → Emails, each address's outgoing SMTP settings)
  'osticket',
  // (Matomo's email reports: Administration → System → General settings, or config.ini.php's [mail])
  'matomo',
  'magento',
  'sentry',
  // A printer's or scanner's scan-to-email (its web page's SMTP settings).
  'printer',
  // (Gitea and Forgejo: app.ini's [mailer] section)
  'gitea',
  // (Gitea from its Helm chart: values.yaml's gitea.config.mailer, secrets through GITEA__MAILER__* variables)
  'gitea-helm',
  // (Vaultwarden's SMTP_* environment variables)
  'vaultwarden',
  // (Mattermost's System Console → Environment → SMTP, config.json's EmailSettings)
  'mattermost',
  // A person's mail program set up with Mailgun's SMTP host as its outgoing server (Thunderbird, Outlook, Apple Mail).
  'mail-program',
] as const;
export type ClientId = (typeof CLIENTS)[number];

export const SOURCE_FORMATS = [
  'mailgun-webhook',
  'mailgun-events-api',
  'mailgun-event',
  'mailgun-legacy-webhook',
  'mailgun-bounces-api',
  'mailgun-log-page',
  'csv-export',
  /** Microsoft 365's message trace (its CSV): the tenant's record of a message, not Mailgun's; its Failed is no Mailgun event. */
  'message-trace',
  'sdk-print',
  'bounce-email',
  'dsn-fragment',
  'mta-log',
  'client-exception',
  /** A mail program's error when sending (Thunderbird, Outlook, Apple Mail): its own outgoing server answered. */
  'mail-client',
  'smtp-transcript',
  'bounce-parser-json',
  'prose',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** What a secret found in a paste is, for the advice on rotating it. */
// (a SendGrid API key, `SG.….…`, is revoked in SendGrid, not in Mailgun: a paste from a provider switch often holds one)
export const SECRET_KINDS = ['password', 'api-key', 'token', 'slack-token', 'sendgrid-key'] as const;
/** The suppression lists of a Mailgun domain: 605 bounces, 606 unsubscribes, 607 complaints. */
export const SUPPRESSIONS = ['bounce', 'unsubscribe', 'complaint'] as const;
export type Suppression = (typeof SUPPRESSIONS)[number];
export type SecretKind = (typeof SECRET_KINDS)[number];

export interface Facts {
  /** SMTP reply code of the refusal (550), or null. */
  replyCode: number | null;
  /** Enhanced status code (5.7.1), or null. */
  enhancedCode: string | null;
  /** The host that refused (lower-case), or null. */
  host: string | null;
  hostRole: HostRole | null;
  /** The SMTP command the refusal answered. */
  command: SmtpCommand | null;
  /** true: the client authenticated (or tried to); false: the text shows it did not; null: unknown. */
  authAttempted: boolean | null;
  /** The (first) recipient the refusal was for. */
  recipient: string | null;
  /** Every recipient address found (deduplicated, in order of appearance). */
  recipients: string[];
  recipientDomain: string | null;
  client: ClientId | null;
  region: Region | null;
  source: SourceFormat;
  /** A password, API key or token was found in the paste (and redacted everywhere). */
  secretsFound: boolean;
  /** What the secrets found were (each kind once, in SECRET_KINDS order); empty when none. */
  secretKinds: SecretKind[];
  /** The server's own refusal text, short and redacted, or null. */
  serverMessage: string | null;
  /** Mailgun event fields, when the paste is a Mailgun event. */
  event: string | null;
  severity: string | null;
  reason: string | null;
  mxHost: string | null;
  /** The Mailgun sending domain seen in the paste (mg.example.com), if any. */
  mailgunDomain: string | null;
  /** Mailgun Route expressions shown in the paste (`match_recipient("...")`, `catch_all()`), each once. */
  routes: string[];
  /** Route expressions the paste says were deleted or replaced (not one only planned or asked about), each once. */
  goneRoutes: string[];
  /** Another email provider the mail went through instead of Mailgun (its host, events or wording), or null. */
  provider: ProviderId | null;
  /**
   * The relay the sender's own server or app sends through (Postfix's relayhost, a smarthost, an ISP's
   * or the company's mail server), when that relay is the server that refused: named as the refusing
   * server, or the only server a sender's own log or error can have heard from (no other server named,
   * nothing putting Mailgun on the path). Neither Mailgun nor the recipient's server. Null otherwise.
   */
  senderRelay: string | null;
  /** The person says the refused address is right ("the mailbox exists", "I can email them from Gmail"). */
  addressConfirmed: boolean;
  /** The person asks whether Mailgun blocks them or is at fault ("is Mailgun blocking us?", "a Mailgun bug?"), or says it is. */
  mailgunBlamed: boolean;
  /** The person asks whether the fault is on their own side ("is this on our side?", "our end or theirs?", "anything we can do?"). */
  ownSideAsked: boolean;
  /** The paste says the recipient's mail moved to another provider or server ("they changed email providers in October"). */
  recipientMailMoved: boolean;
  /** The provider the paste says the recipient's mail moved to ("moved to Microsoft 365 last month"), when it names one. */
  recipientMailMovedTo: MailboxProvider | null;
  /** The paste says the recipient has a new address now ("was bought by X and everyone has new email addresses"): the old one is gone for good. */
  recipientAddressChanged: boolean;
  /** The new address the paste gives for that recipient ("use the new address jonas@lakeviewpm.com"), or null. */
  recipientNewAddress: string | null;
  /** The paste was read from a screenshot (OCR): misread codes and words were repaired; addresses and names may be misread too. */
  ocrRepaired: boolean;
  /**
   * Where the configuration shown reads its SMTP login from, when that is an environment variable
   * (`process.env.MG_PASS`, `os.environ["SMTP_PASSWORD"]`, `${SMTP_PASS}`): unset where the app runs,
   * it makes the client send no login at all. Null otherwise.
   */
  loginFromEnv: string | null;
  /**
   * Where the configuration shown reads its SMTP password from, when that is an environment variable
   * (`pass: process.env.MG_SMTP_PASS`): a fix snippet then reads the same one. Null otherwise.
   */
  passwordFromEnv: string | null;
  /**
   * Mailgun's own suppression of the refused address, when the paste shows one: a `suppress-bounce`
   * (`-unsubscribe`, `-complaint`) event, or its 605-607 "Not delivering to previously bounced
   * address". Mailgun no longer tries the address at all. Null otherwise.
   */
  suppression: Suppression | null;
  /** The person says the sender uses a dedicated IP address: a block list's listing of it is the sender's own. */
  dedicatedIp: boolean;
  /**
   * The network (IPv4 CIDR) the paste shows a refused private client in (a Docker network, a pod range, a VPN
   * subnet), when a server refused to relay for a client on its own private network: the most specific one, and not
   * one already on a relay list shown (`mynetworks`). A fix lets that network relay. Null otherwise.
   */
  clientNetwork: string | null;
  /**
   * The port the client uses with Mailgun's SMTP host, when the paste names it (`smtp.mailgun.org:2525`,
   * `port: 2525`, `MAIL_PORT=2525`): a fix keeps a port that gets through the sender's network. Null otherwise.
   */
  smtpPort: number | null;
  /**
   * The SMTP login the paste's settings write out, when it is an address (`$mail->Username = 'ventas@mg.shop.example'`,
   * `user: "a@b"`; not commented out): a fix keeps the paste's own login. Null otherwise.
   */
  smtpLogin: string | null;
  /**
   * The envelope sender of the refused session, when a transcript or a command line shows it (`MAIL FROM:<a@b>`,
   * swaks's `--from a@b`): beside a login of another domain, the login does not cover the mail sent. Null otherwise.
   */
  envelopeSender: string | null;
  /**
   * The From address the sender's settings name (`from_address = a@x`, `MAIL_FROM_ADDRESS=a@x`, `"from": "Name <a@x>"`,
   * msmtp's `from a@x`): the reply's settings keep it rather than make one up. Null otherwise.
   */
  fromSetting: string | null;
  /**
   * The name of the Exchange send connector the paste shows (`send connector "To Mailgun"`, `Set-SendConnector "Relay"`):
   * the commands in the reply name that connector. Null otherwise.
   */
  sendConnector: string | null;
  /**
   * The server that wrote the delivery report, when the paste shows it (a DSN's `Reporting-MTA: dns; host`, Postfix's
   * "This is the mail system at host X."): a report no Mailgun server wrote shows whose server was delivering. Null otherwise.
   */
  reportingMta: string | null;
  /**
   * Another address the paste shows with the refused one's name at a domain one or two letters from its domain (the refused
   * `orders@kiwi-bramble.co.nz` beside last year's `orders@kiwibramble.co.nz`): the refused address is likely a typo of it.
   * Not an address the paste shows refused too. Null otherwise.
   */
  similarAddress: string | null;
  /**
   * How many delivery attempts to the refused address the paste shows: the highest `attempt-no` of its
   * events, or its failed events counted. Null when it shows none.
   */
  attempts: number | null;
  /**
   * How many different addresses at the refused recipient's domain the paste shows refused (addresses a
   * report shows only delivered or accepted do not count): two or more point at that domain's mail
   * server, not at one mistyped address. 0 when there is no recipient.
   */
  refusedAtDomain: number;
  /**
   * How many different addresses at the refused recipient's domain the paste shows delivered (a report's
   * delivered rows, a log's sent lines): beside refusals there, the domain takes mail, and the refusing
   * server is one of its servers that does not. 0 when there is no recipient.
   */
  deliveredAtDomain: number;
  /**
   * Lines of the paste with another SMTP failure than the relay refusal diagnosed (a second app's 535, another
   * recipient's 552, a sandbox's 421), each redacted and cut short, at most three: the reply names each one's kind
   * beside its own answer. Empty for a `not-relaying-denied` diagnosis, and when there is none.
   */
  otherErrors: string[];
}

/** The longest excerpt of another error kept (Facts.otherErrors). */
export const OTHER_ERROR_MAX = 160;
/** How many other errors are kept. */
export const OTHER_ERRORS_KEPT = 3;

export interface Evidence {
  /** The short human-readable name of the rule that fired. */
  rule: string;
  /** The (redacted, shortened) part of the input that triggered it. */
  excerpt: string;
}

export interface Alternative {
  scenario: Scenario;
  confidence: number;
}

export interface Diagnosis {
  scenario: Scenario;
  /** The kind of a `not-relaying-denied` error; null for every other scenario. */
  kind: ErrorKind | null;
  /** 0 to 1. */
  confidence: number;
  /** One line, in the project's words. */
  summary: string;
  evidence: Evidence[];
  facts: Facts;
  alternatives: Alternative[];
}

export type ConfidenceWord = 'high' | 'medium' | 'low';

export function confidenceWord(confidence: number): ConfidenceWord {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}
