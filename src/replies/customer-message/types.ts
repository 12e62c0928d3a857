/**
 * The messages a support person can pass on to their customer, one per case the diagnosis settles, in each
 * language the bot writes them in. Every language module gives the same keys: the case picks the key, the
 * person's own words pick the language.
 */
import type { RichText } from '../model.js';

export type CustomerMessageKey =
  /** Mailgun's SMTP host refused a session that did not log in: for a person who is not technical. */
  | 'outgoing-everyday'
  | 'outgoing'
  /** A Microsoft 365 outbound connector pointed at Mailgun: it cannot log in, so a relay of the customer's own or the app itself. */
  | 'outgoing-connector'
  /** A WordPress site's SMTP plugin (WP Mail SMTP and the like) not logging in: its settings page, clicked through, no code. */
  | 'outgoing-plugin'
  /** The same as numbered steps, where they are asked ("step by step in plain words please"). */
  | 'outgoing-plugin-steps'
  /** A person's mail program (Thunderbird, Outlook) with Mailgun as its outgoing server, not logging in: its outgoing server settings. */
  | 'outgoing-mail-program'
  /** A printer or scanner sending scans through Mailgun without logging in: the device's own email settings, no code. */
  | 'outgoing-device'
  /** A mail server (Postfix, Exim, Exchange, ...) relaying through Mailgun without logging in: its relay settings, not code. */
  | 'outgoing-mail-server'
  /** A swaks test run without its login options: the command to run again, the credentials not yet tried. */
  | 'outgoing-swaks'
  /** Postfix relaying through Mailgun with no login set up: the main.cf lines, sasl_passwd, postmap and a reload. */
  | 'outgoing-postfix'
  /** Postfix set to log in (its login said or shown on) that still sends none: its password map and key, its SASL modules, postmap, a reload. */
  | 'outgoing-postfix-login-on'
  /** Postfix set to log in, its sasl_passwd line keyed to another host than its relayhost: the key to write. */
  | 'outgoing-postfix-key'
  /** To someone outside the company (a parent, a guest) whose mail from it was never sent: a setting on the company's side. */
  | 'outgoing-to-recipient'
  /** To someone whose mail to the customer's domain bounced at Mailgun's inbound server. */
  | 'incoming-to-writer'
  /** The domain's mail said not to be meant for Mailgun: its MX records naming Mailgun are the mistake, to delete. */
  | 'incoming-mx-not-meant'
  | 'incoming'
  /** To the domain's owner who is not technical: a setting that passes the address's mail on is missing; no Routes or MX named. */
  | 'incoming-everyday'
  | 'recipient-host'
  /** The recipient's side said fixed since, the address still suppressed: off the Bounces list, then send again. */
  | 'suppressed-after-fix'
  /** The sender's own mail server delivered (its bounce shows it) and the recipient's refused: no Mailgun in the path. */
  | 'recipient-host-own-server'
  /** The person says the address is right: the recipient's side must accept mail for it. */
  | 'recipient-host-confirmed'
  /** To the sender, the recipient's side saying it takes no more mail at the address: their new address, nothing in Mailgun. */
  | 'recipient-host-address-changed'
  /** To the recipient whose own server refuses the company's mail, for their IT. */
  | 'recipient-host-to-recipient'
  /** To a private person whose server refused the company's mail, the address confirmed with them: their provider refuses, not they. */
  | 'recipient-host-person-confirmed'
  /** To a private person (a patient, a parent, a guest) whose server refused the company's mail: is the address right? */
  | 'recipient-host-to-person'
  /** To the sender (the Mailgun user): the address does not exist; a likely typo named. */
  | 'unknown-user'
  /** To the sender, the address said to be right: the recipient's side has no mailbox for it. */
  | 'unknown-user-confirmed'
  /** To the recipient of the company's refused mail, where the address on file looks mistyped: is the likely one theirs? */
  | 'typo-to-recipient'
  /** To the recipient who does not get the company's mail: the address said not to exist. */
  | 'unknown-user-to-recipient'
  /** A message delivered after the temporary refusals the paste shows: nothing to resend; look in the inbox and spam. */
  | 'delivered-after-retries'
  | 'mailbox-full'
  | 'recipient-host-retrying'
  | 'mailbox-full-retrying'
  | 'message-malformed'
  | 'message-header-repeated'
  | 'mailbox-full-to-recipient'
  | 'sandbox'
  /** The sender's own mail gateway (Google Workspace's routing, Mimecast's delivery route) relays to Mailgun without a login. */
  | 'outgoing-gateway'
  /** A free account refused from a domain of its own: only authorized recipients until the account is upgraded. */
  | 'free-account'
  | 'auth-failure'
  /** API credentials (an API key, the user "api") sent to the SMTP server: the domain's SMTP login and password, not a new key. */
  | 'auth-failure-api-key'
  /** A mail server (Postfix, Exim, Sendmail...) relaying with a login Mailgun refuses: its relay settings and password map, reloaded. */
  | 'auth-failure-mail-server'
  /** The password was changed in Mailgun already: the application still sends the old one. */
  | 'auth-failure-after-reset'
  /** A receiving provider could not verify the sender (SPF, DKIM, DMARC). */
  | 'sender-check'
  /** Outlook.com's 5.7.515 (its authentication level): the From domain's DMARC record, put back where the paste says it was removed. */
  | 'sender-check-dmarc'
  /** The same for a reader who is not technical: what it means, and whom to pass it to (whoever manages the domain). */
  | 'sender-check-everyday'
  /** To the recipient whose provider refuses the company's mail as unverified: the company's setting, nothing for them to do. */
  | 'sender-check-to-recipient'
  | 'blocked'
  /** A receiving filter's verdict that the message is spam (its content, its list), no block list: what to review. */
  | 'blocked-content'
  /** To the recipient whose provider blocks the company's sending server. */
  | 'blocked-to-recipient'
  | 'api-auth'
  /** An EU domain's request sent to the US API host: the key need not be wrong. */
  | 'api-auth-region'
  /** To the customer whose device or program sends through another provider (Microsoft 365, Google Workspace), which refused: its settings, not Mailgun's. */
  | 'undetermined-own-server'
  /** To the customer whose application is set to send through another SMTP server than Mailgun's, which refused: Mailgun's settings in every environment. */
  | 'undetermined-app-relay'
  | 'undetermined-own-provider'
  /** To someone whose mail to the domain was refused in another server's words than Mailgun's: likely their own server. */
  | 'undetermined-writer-own-server'
  | 'undetermined-writer'
  /** To a recipient who does not get the company's mail. */
  | 'undetermined-not-receiving'
  /** To someone outside the company (a parent, a tenant): which way the refused mail went, and which side refused it, is not known. */
  | 'undetermined-to-outsider'
  | 'undetermined-everyday'
  | 'undetermined';

/**
 * What the reply found keeps the application from logging in, for the message to name in place of a general "make it log in":
 * the variable it reads under another name than the one set where it runs, or the setting it logs in only with, left empty.
 */
export type LoginCause =
  | { kind: 'variable-mismatch'; role: 'login' | 'password'; read: string; set: string; compose: boolean }
  | { kind: 'setting-empty'; role: 'login' | 'password'; condition: string }
  /** The login line commented out (`# server.login(USUARIO, CLAVE)`), and its comment marker. */
  | { kind: 'line-commented'; line: string; marker: string }
  /** .NET's `UseDefaultCredentials = true`: the Windows account's credentials offered, none Mailgun takes. */
  | { kind: 'default-credentials' }
  /** No login call in the code, a comment where it belongs (`# TODO login`): the call to add, and what it comes after. */
  | { kind: 'call-missing'; marker: string; call: string; after: string }
  /** The login's and the password's settings left empty in an env file (Laravel's `MAIL_USERNAME=`), and the command that reloads them. */
  | { kind: 'env-empty'; login: string; password: string; apply: string }
  /** The login set under a name the program ignores (Action Mailer's `username:` for `user_name:`). */
  | { kind: 'key-misnamed'; shown: string; right: string };

/** What a message names; each piece is already safe to echo (a checked address or domain), or null when unknown. */
export interface CustomerMessageValues {
  /** The domain's SMTP login, or an example of one. */
  login: string;
  recipient: string | null;
  /** The refusing server, when it is another one than Mailgun's. */
  host: string | null;
  /** The refusing server's own words, short, for the recipient's mail administrator to look up; else null. */
  refusal: string | null;
  /** The server that wrote the bounce of its own delivery, the sender's own (not Mailgun, which took no part); else null. */
  reporter: string | null;
  /** The address most likely meant, where the refused one looks mistyped (`gmial.com`). */
  suggestion: string | null;
  /** The API host of Mailgun's EU region. */
  euApi: string;
  /** Mailgun's SMTP host of the domain's region (smtp.mailgun.org, smtp.eu.mailgun.org). */
  smtpHost: string;
  /** The SMTP port to log in on: the one in use where it is Mailgun's other STARTTLS port (2525) or its TLS port (465), else 587. */
  port: string;
  /** How that port is encrypted: STARTTLS, or SSL/TLS from the start on 465. */
  tls: string;
  /** A phone number the support person gives for the one who wrote in or the recipient to reach the company meanwhile. */
  phone: string | null;
  /** The paste shows the messages waiting in the sending server's queue (not bounced): they go out at its next retry. */
  queued: boolean;
  /** The reader runs the recipient's mail (their IT): a message to the recipient is not asked to be forwarded to them. */
  readerRunsMail: boolean;
  /** The recipient's refusing server is a Microsoft 365 tenant's (a domain it does not accept): its accepted domains, not old MX records. */
  microsoft365: boolean;
  /** Microsoft 365's 5.7.64 TenantAttribution: its inbound connectors (or accepted domains), for the recipient's admin. */
  tenantAttribution: boolean;
  /** The paste shows Routes for other addresses at the refused address's domain, or says they receive: its mail comes to Mailgun as meant, its MX records are right. */
  routesInUse: boolean;
  /** The paste says the domain's mail is meant to come to Mailgun (its own MX set so, or said to receive there): no "if it should not" about its MX records. */
  mxMeant: boolean;
  /** The sender is an application with settings of its own (Odoo, Keycloak, GitLab): its settings, never code, change the login. */
  appSettings: boolean;
  /** The line of the settings pasted that keeps the sender from logging in (`MAIL_USERNAME=`, `SMTP Authentication: Off`), or null. */
  stoppingLine: string | null;
  /** The provider the customer sends through that refused the mail (Microsoft 365), or null. */
  provider: string | null;
  /** A Route the paste shows written for another address or domain (a typo, the sending subdomain), and its expression corrected; else null. */
  routeFix: { shown: string; corrected: string } | null;
  /** The paste blames the login or has changed the password already, and Mailgun accepted the message: they are not the cause. */
  loginFine: boolean;
  /** Postfix's relayhost as its setting writes it (`[smtp.eu.mailgun.org]:587`), where sasl_passwd keys its login by another host; else null. */
  relayhostKey: string | null;
  /** Postfix's password map (its usual place where the paste names none), postmap's argument for it, and whether to name it texthash: instead (its warning in Kubernetes: a map mounted from a Secret is read-only). */
  postfixMap: { path: string; argument: string; texthash: boolean };
  /** What keeps the application from logging in, where the reply found it; else null. */
  loginCause: LoginCause | null;
  /**
   * The developer's own change, in English, where the message goes to a developer and the reply has one ("set MG_USER and MG_PASS
   * where the application runs, ..."): it replaces the general ask to log in. Absent otherwise (the other languages never get it).
   */
  developerFix?: RichText;
  /** The other address the paste says the domain's one Route takes ("a route, but only for agence@x.fr"); else null. */
  otherRoute: string | null;
  /** The sender's own mail gateway that relays to Mailgun ("Google Workspace", "Mimecast"), where the paste names it. */
  gateway: string | null;
  /** The paste says the recipient gets other senders' mail: their MX records are fine, one of their servers lacks the domain. */
  othersReach: boolean;
  /** Only some of the sender's mail said refused: the recipients' servers, not a missing login, most likely. */
  someRefused: boolean;
  /** The From domain whose DMARC record Outlook.com asks for (its `_dmarc.` name), and whether the paste says it was removed. */
  dmarcDomain: string | null;
  dmarcRemoved: boolean;
  /** The domain's Routes shown post its mail to a URL (a helpdesk, an application), not to a mailbox. */
  routeToApp: boolean;
  /** Whether it is the "Relaying denied" error asked, where it is another one: the message says so first. */
  notRelayAsked: boolean;
  /** A permanent refusal of mail Mailgun delivered (relay or unknown user), with a resend asked or the address said to be right: Mailgun does not retry it; the Bounces list, then a resend. */
  resendNoted: boolean;
  /** The settings' user name is already one of the domain's full SMTP logins (the message's login): only the password is wrong. */
  loginRight: boolean;
  /** The sandbox's refusal asks to upgrade the account ("Free accounts are for test purposes only. Please upgrade ..."). */
  upgradeAsked: boolean;
  /** The recipient's new address, where the paste gives it beside their side's word that the old one takes no more mail. */
  newAddress: string | null;
  /** Every address the paste shows at the recipient's domain refused, two or more, none delivered: the domain, not an address. */
  domainRefused: { domain: string; count: number } | null;
  /** The paste says Routes were deleted: the address's Route most likely went with them, and putting one back fixes it. */
  routesDeleted: boolean;
}

/** The gateway's routing may not log in at all: Google Workspace's cannot, so the messages say so of it (and of a gateway not named). */
export const gatewayMayNotLogIn = (gateway: string | null): boolean => gateway === null || /google/i.test(gateway);

/** The encryption an SMTP plugin's settings name (WP Mail SMTP's "TLS" is STARTTLS; "SSL" is TLS from the start, on 465). */
export const pluginEncryption = (tls: string): string => (tls === 'SSL/TLS' ? 'SSL' : 'TLS');

export type CustomerMessages = Record<CustomerMessageKey, (values: CustomerMessageValues) => RichText>;
