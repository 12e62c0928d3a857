/** Builds the reply model for a Diagnosis: what to say for each scenario, in our own words. */
import { APP_CLIENTS, loginOfAnotherDomain, mailgunAccepted } from '../diagnosis/facts.js';
import { AUTH_SWITCH } from '../diagnosis/code-branches.js';
import { otherErrorKind } from '../diagnosis/index.js';
import { GOOGLE_DAILY_LIMIT, M365_SENDING_QUOTA, MALFORMED_MESSAGE, PORT_25_FILTER, RELAY_LINE, SERVER_CODE } from '../diagnosis/patterns.js';
import { parseDeploymentGap, type DeploymentGap } from '../diagnosis/deployment-gaps.js';
import { editDistance } from '../diagnosis/language.js';
import { OTHER_SYSTEMS } from '../diagnosis/theories.js';
import { isMailboxProviderDomain, misspelledProviderDomain, otherTopLevel, registrableDomain } from '../diagnosis/mail-domains.js';
import { privateClientIn, refusingMta } from '../diagnosis/probes.js';
import { REDACTED } from '../diagnosis/redact.js';
import { routedDomain, routeMatches } from '../diagnosis/routes.js';
import { CONTEXT_RULE_NAMES, RULES, ruleNamed } from '../diagnosis/rules/index.js';
import { RELAY_CONTAINER_IMAGES } from '../diagnosis/rules/outgoing.js';
import { RECEIVING_SERVICES } from '../diagnosis/rules/relay.js';
import { escapeLiteral, joinPatterns } from '../diagnosis/rules/schema.js';
import { BARE_DOMAIN_LOGIN, KUBERNETES_SECRET_NAMED, NOT_A_PERSON_AFTER, OTHER_MTA_RELAY_WORDINGS, OUTSIDE_READER_WORDS, PASSWORD_NAMES_ABROAD, PHONE_GIVEN, SENDMAIL_RELAY_WORDING } from '../diagnosis/rules/phrases.js';
import {
  confidenceWord,
  type ClientId,
  type Diagnosis,
  type ErrorKind,
  type Evidence,
  type Facts,
  type ProviderId,
  type Scenario,
  type SecretKind,
  type Suppression,
} from '../diagnosis/types.js';
import { clientSnippet, snippetKeepsImplicitTls } from './clients.js';
import { gapExplained, gapFix } from './deployment-gaps.js';
import { handoverAsk, handoverSections, moreThanTheNoteAsked } from './handover/index.js';
import { SERVER_MTAS, SHOWN_WHILE_SENDING_RULE, seenWhileSending } from './seen-while-sending.js';
import { LOGIN_VARIABLES_NAMED } from '../diagnosis/rules/outgoing.js';
import { askedInOldThread, customerLanguage, customerMessage, customerMessageParagraphs, LANGUAGE_LABELS, languageNamedIn, quotedWordsLanguage, unwrittenLanguageIn, type CustomerLanguage, type CustomerMessageKey, type CustomerMessageValues, type LoginCause } from './customer-message/index.js';
import {
  API_BASE,
  RECOMMENDED_PORT,
  SMTP_HOST,
  regionOrDefault,
  safeAddress,
  safeDomain,
  smtpCredentialSteps,
  smtpLogin,
} from './mailgun.js';
import type { Inline, Reply, ReplySection, RichText } from './model.js';
import { PROVIDER_NAMES, providerAdvice, providerSuppression } from './providers.js';
import { code, join, label, plain, quote, rt, shorten, text } from './rich.js';

/** How much of the paste we echo: enough to recognise it, never a wall of text. */
const ADDRESS_MAX = 80;
const MESSAGE_MAX = 200;
const EXCERPT_MAX = 120;
const EVIDENCE_MAX = 8;
const ENHANCED_CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;

/** The names of rules whose evidence a reply quotes or relies on. */
const ruleName = ruleNamed;
const NO_LOGIN_RULE = ruleName('session-not-authenticated');
const WRITING_IN_RULE = ruleName('writing-in-said');
const BOUGHT_LIST_RULE = ruleName('bought-list-said');
/** The IP a block-list refusal names (`Client host [203.0.113.45] blocked using Spamhaus`). */
const BLOCKED_IP = /\[(\d{1,3}(?:\.\d{1,3}){3})\]/;
const SASL_KEY_RULE = ruleName('postfix-sasl-key-mismatch');
const SASL_DB_MISSING_RULE = ruleName('postfix-sasl-db-not-listed');
const PASSWD_CLIENT_RULE = ruleName('exim-passwd-client-mismatch');
const PASSWD_EXACT_RULE = ruleName('exim-passwd-client-exact-name');
/** Rules that saw a host answer (`host ... said`, `Remote Server at`), not merely named ("MX is mxa/mxb"). */
const HOST_ANSWERED_RULES = new Set(RULES.filter((rule) => rule.feature?.startsWith('refusing-host:')).map((rule) => rule.name));
const hostLabelFor = ({ evidence }: Diagnosis): string =>
  evidence.some((e) => HOST_ANSWERED_RULES.has(e.rule)) ? 'server that answered' : 'server named';
const LOGIN_ACCEPTED_RULE = ruleName('authenticated-session-then-refused');
const ROUTE_MATCHED_RULE = ruleName('route-matched');
const ROUTE_FORWARD_RULE = ruleName('route-forwards-to-recipient');
const OWN_ROUTE_FORWARD_SAID_RULE = ruleName('own-route-forward-said');
const ROUTE_FORWARD_INCOMING_RULE = ruleName('route-forward-to-mailgun-domain');
const PUBLIC_KEY_RULE = ruleName('public-key-used');
const KEY_ROTATED_RULE = ruleName('api-key-rotated');
const PASSWORD_CHANGED_RULE = ruleName('smtp-password-changed');
const NEW_PASSWORD_ENTERED_RULE = ruleName('new-password-entered');
const LOGIN_IS_MAILBOX_RULE = ruleName('login-is-mailbox-said');
const LOGIN_ONLY_WHEN_SET_RULE = ruleName('login-only-when-set');
const HOST_FROM_ENVIRONMENT_RULE = ruleName('smtp-host-from-environment');
const SASL_MAP_COMMENTED_RULE = ruleName('sasl-password-map-commented');
const NODEMAILER_AUTH_ALWAYS_SET_RULE = ruleName('nodemailer-auth-always-set');
const POSTFIX_NO_SASL_MECHS_RULE = ruleName('postfix-no-sasl-mechs');
const SASL_ON_SAID_RULE = ruleName('sasl-on-said');
const POSTMAP_NOT_RUN_RULE = ruleName('postmap-not-run-said');
const UI_STEPS_DECLINED_RULE = ruleName('ui-steps-declined');
const DASHBOARD_LACKING_RULE = ruleName('dashboard-access-lacking');
const READ_ONLY_ROLE_RULE = ruleName('read-only-role');
const LOGIN_BEFORE_STARTTLS_RULE = ruleName('login-reset-by-starttls');
const ROUTES_DELETED_RULE = ruleName('routes-deleted');
const ROUTE_MADE_JUST_NOW_RULE = ruleName('route-made-just-now-said');
const ROUTES_MOVED_RULE = ruleName('routes-moved-to-domain');
const ROUTE_SAID_PRESENT_RULE = ruleName('route-said-present');
const OWN_ORGANISATION_RULE = ruleName('own-organisation-said');
const NO_ROUTES_RULE = ruleName('no-routes');
const ROUTES_MENTIONED_RULE = ruleName('routes-mentioned');
const LIVE_CATCH_ALL_RULE = ruleName('live-catch-all-listed');
const MAIL_TO_CUSTOMER_RULE = ruleName('mail-to-the-customer');
const OWN_MX_RULE = ruleName('own-mx-to-mailgun');
const INBOUND_MEANT_RULE = ruleName('inbound-meant-for-mailgun');
/** A subdomain named for mail coming in to an application (`inbound.example.nl`, `parse.example.com`): its MX records point to Mailgun by design. */
const RECEIVING_SUBDOMAIN = /^(?:inbound|parse|incoming|replies|reply)\.[a-z0-9-]+\.[a-z.]{2,}$/;
const FORWARDED_BY_OWNER_RULE = ruleName('bounce-forwarded-by-domain-owner');
const ROUTE_PER_ADDRESS_RULE = ruleName('asks-route-per-address');
const WANTS_FORWARD_RULE = ruleName('wants-forward-to');
const FORWARD_TARGET_RULE = ruleName('forward-target-said');
const GOOGLE_ROUTE_RULE = ruleName('google-workspace-route-to-mailgun');
const GATEWAY_ROUTE_RULE = ruleName('gateway-route-to-mailgun');
const CONNECTOR_SCOPED_RULE = ruleName('connector-scoped-said');
const SECRETS_STORE_RULE = ruleName('secrets-store-moved');
const LOGIN_TODO_RULE = ruleName('login-todo-comment');
const MAP_EXAMPLE_PASSWORD_RULE = ruleName('map-example-password');
const CUSTOMER_WORDS_QUOTED_RULE = ruleName('customer-words-quoted');
const MOVED_BOX_ENV_RULE = ruleName('moved-box-env-login');
const SWITCH_CASE_RULE = ruleName('switch-case-mismatch');
const CRON_RULE = ruleName('runs-under-cron');
const CRON_ENV_CLEARED_RULE = ruleName('cron-environment-cleared');
const SYSTEMD_UNIT_RULE = ruleName('runs-as-systemd-unit');
const UNIT_ENVIRONMENT_RULE = ruleName('unit-sets-environment');
const COMPOSE_RULE = ruleName('runs-in-docker-compose');
const KUBERNETES_RULE = ruleName('runs-in-kubernetes');
const SECRET_NOT_REFERENCED_RULE = ruleName('secret-not-referenced');
const PHP_PASSWORD_INTERPOLATED_RULE = ruleName('php-password-interpolated');
const COMPOSE_LIST_VALUE_QUOTED_RULE = ruleName('compose-list-value-quoted');
const RELAY_CONTAINER_IMAGE_RULE = ruleName('relay-container-image');
const SMARTHOST_ALIASES_ELSEWHERE_RULE = ruleName('smarthost-aliases-elsewhere');
const RELAYHOST_LOGIN_MISNAMED_RULE = ruleName('relayhost-login-misnamed');
const GITLAB_RESTART_RULE = ruleName('gitlab-restart-without-reconfigure');
const GHOST_AUTH_RULE = ruleName('ghost-auth-outside-options');
const GHOST_ENV_UNDERSCORE_RULE = ruleName('ghost-env-auth-single-underscore');
const NODEMAILER_LOGIN_OUTSIDE_RULE = ruleName('nodemailer-login-outside-auth');
const RAILS_LOGIN_KEY_RULE = ruleName('rails-login-key-misnamed');
const COMPANY_NAME_NEAR_RULE = ruleName('company-name-near-domain');
const OTHER_ADDRESS_ROUTE_RULE = ruleName('route-for-other-address-said');
const ROUTE_MADE_FOR_ADDRESS_RULE = ruleName('route-made-for-address-said');
const DOMAIN_RENAMED_RULE = ruleName('domain-renamed-said');
const LOGIN_VARIABLES_NAMED_RULE = ruleName('login-variables-named');
const API_KEY_PLACEHOLDER_RULE = ruleName('api-key-placeholder-sent');
const PASSWORD_EXAMPLE_RULE = ruleName('password-example-value');
const LOGIN_VALUES_UNDEFINED_RULE = ruleName('login-values-undefined');
const COMMENTED_LOGIN_RULE = ruleName('login-lines-commented-out');
const INTERNAL_CLIENT_RULE = ruleName('own-server-refused-internal-client');
const CPANEL_RULE = ruleName('cpanel-whm-server');
const ASPNET_LOGIN_RULE = ruleName('aspnet-login-setting');
const HOSTING_LIMIT_RULE = ruleName('hosting-send-limit');
const PLESK_RULE = ruleName('plesk-server');
const SASL_MAP_UNAVAILABLE_RULE = ruleName('postfix-sasl-map-unavailable');
const SASL_MAP_COPIED_RULE = ruleName('postfix-sasl-map-copied');
const AUTHINFO_MAP_MISSING_RULE = ruleName('sendmail-authinfo-map-missing');
const NEXTCLOUD_AUTH_UNSET_RULE = ruleName('nextcloud-smtpauth-unset');
const SETTING_RENAMED_RULE = ruleName('login-setting-renamed');
const VARIABLE_MISMATCH_RULE = ruleName('login-variable-mismatch');
const ENV_SOURCE_GAP_RULE = ruleName('login-env-source-gap');
const VERCEL_SCOPE_RULE = ruleName('vercel-env-not-production');
const API_ON_VERCEL_RULE = ruleName('api-client-on-vercel');
const EU_API_HOST_RULE = ruleName('eu-api-host-called');
const RECIPIENT_MX_PROVIDER_RULE = ruleName('recipient-mx-provider');
const ACCOUNT_ENDPOINT_RULE = ruleName('account-endpoint-called');
const SEND_ENDPOINT_RULE = ruleName('send-endpoint-called');
const US_API_HOST_RULE = ruleName('us-api-host-called');
const US_API_HOST_DEFAULT_RULE = ruleName('us-api-host-by-default');
const EU_API_HOST_COMMENTED_RULE = ruleName('eu-api-host-commented-out');
const OWN_DOMAIN_VERIFIED_RULE = ruleName('own-domain-verified');
const SANDBOX_TRIAL_RULE = ruleName('sandbox-trial-said');
/** Postfix's usual place for its password map. */
const DEFAULT_SASL_MAP = '/etc/postfix/sasl_passwd';
/**
 * Postfix's own warning that its password map is missing or unreadable, the cause whatever main.cf says (or its text file said
 * copied from another server: the map Postfix reads is built by postmap on each server), with the map it names
 * (`hash:/etc/postfix/sasl/sasl_passwd` on some Ubuntu setups; else Postfix's usual place), postmap's argument for it (with the
 * map's own type: its file is .db for hash, .lmdb for lmdb), and whether it is to be named texthash: instead (in Kubernetes, a
 * map mounted from a Secret is read-only: postmap cannot write its database beside it). Undefined where the paste shows none.
 */
function saslMapWarning(evidence: readonly Evidence[]): { excerpt: string; type: string | null; path: string; argument: string; texthash: boolean } | undefined {
  const excerpt = evidence.find((e) => e.rule === SASL_MAP_UNAVAILABLE_RULE)?.excerpt ?? evidence.find((e) => e.rule === SASL_MAP_COPIED_RULE)?.excerpt;
  if (excerpt === undefined) return undefined;
  const map = /\b(hash|lmdb|btree|cdb):(\/[\w./-]{1,200}?)(?:\.db|\.lmdb)?(?=[\s:;,"']|$)/.exec(excerpt);
  const path = map?.[2] ?? DEFAULT_SASL_MAP;
  return { excerpt, type: map?.[1] ?? null, path, argument: map ? `${map[1]}:${path}` : path, texthash: evidence.some((e) => e.rule === SENDER_KUBERNETES_RULE) };
}
/** The commented-out password map line, uncommented (`smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd`). */
function saslMapLine(evidence: readonly Evidence[]): string {
  const excerpt = evidence.find((e) => e.rule === SASL_MAP_COMMENTED_RULE)?.excerpt ?? '';
  return /smtp_sasl_password_maps[ \t]*=[ \t]*[^\s#]{1,120}/.exec(excerpt)?.[0].replace(/[ \t]*=[ \t]*/, ' = ') ?? 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd';
}
/** The file the commented-out password map names (`hash:/etc/postfix/sasl_passwd`). */
const saslMapFile = (evidence: readonly Evidence[]): string => /=[ \t]*(?:[a-z]{2,8}:)?(\S+)$/.exec(saslMapLine(evidence))?.[1] ?? '/etc/postfix/sasl_passwd';
/** A quoted passage that is a server's or a bounce's words, not a person's: a reply code, an address, a refusal's words. */
const BOUNCE_WORDS = /(?<![\d.])[245]\d\d(?![\d.])[^\n]{0,80}?\b(?:relay\w*|denied|refused|rejected|unable|not[ \t]+allowed)\b|\bremote[ \t]+server[ \t]+returned\b|\bdelivery[ \t]+(?:has[ \t]+)?failed\b/i;
/** Microsoft 365's refusal to forward outside the organisation (`550 5.7.520 Access denied, Your organization does not allow external forwarding`). */
const M365_FORWARDING_BLOCKED = /(?<![\d.])5\.7\.520(?![\d.])|does not allow external forwarding/i;
/** The secrets store the paste says the secrets were moved to ("AWS Secrets Manager", "Vault"), as it names it; or null. */
function secretsStore(evidence: readonly Evidence[]): string | null {
  const excerpt = evidence.find((e) => e.rule === SECRETS_STORE_RULE)?.excerpt;
  const said = excerpt === undefined ? undefined : rulePattern(SECRETS_STORE_RULE).exec(excerpt)?.[0];
  return said ? (/(?:aws[ \t]+secrets[ \t]+manager|secrets[ \t]+manager|(?:aws[ \t]+)?(?:ssm[ \t]+)?parameter[ \t]+store|(?:hashicorp[ \t]+)?vault|doppler|azure[ \t]+key[ \t]+vault|key[ \t]+vault|(?:google|gcp)[ \t]+secret[ \t]+manager|1password|infisical)$/i.exec(said)?.[0] ?? null) : null;
}
/** The gateway product whose route relays the sender's mail to Mailgun ("a Mimecast delivery route ... smtp.mailgun.org"), or null. */
function gatewayRouteProduct(evidence: readonly Evidence[]): string | null {
  const excerpt = evidence.find((e) => e.rule === GATEWAY_ROUTE_RULE)?.excerpt;
  // (the match itself where the excerpt holds it whole; a long one's excerpt is cut before its end)
  const said = excerpt === undefined ? undefined : (rulePattern(GATEWAY_ROUTE_RULE).exec(excerpt)?.[0] ?? excerpt);
  const product = said && /\b(mimecast|proofpoint|barracuda|ironport|cisco|sophos|trend[ \t]?micro|fortimail)\b/i.exec(said)?.[1];
  return product ? { mimecast: 'Mimecast', proofpoint: 'Proofpoint', barracuda: 'Barracuda', ironport: 'IronPort', cisco: 'Cisco', sophos: 'Sophos', trendmicro: 'Trend Micro', fortimail: 'FortiMail' }[product.toLowerCase().replace(/[ \t]/, '')] ?? null : null;
}
/** Mailgun's "Domain mg.example.com is not allowed to send: Free accounts are for test purposes only": the domain it names. */
const NOT_ALLOWED_DOMAIN = /\bdomain\s+([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s+is not allowed to send\b/i;
/** The account's own domain that a free account's limit refused, or null where the sandbox domain (or no domain) is named. */
// (any of Mailgun's own names is a sandbox, a redacted `sandboxXXXX.mailgun.org` too)
function freeAccountDomain(facts: Facts): string | null {
  const message = facts.serverMessage ?? '';
  const domain = /\bfree accounts?\b/i.test(message) ? NOT_ALLOWED_DOMAIN.exec(message)?.[1] : undefined;
  return domain !== undefined && !/(?:^|\.)mailgun\.org$/i.test(domain) ? domain : null;
}
/** What sends only to authorized recipients: the sandbox domain, or a free account even from a domain of its own. */
const limitedSender = (facts: Facts): Inline => text(freeAccountDomain(facts) ? 'a free account' : 'the sandbox domain');
/** The way out of that limit: a domain of one's own for a sandbox, an upgrade for a free account that has one. */
const limitWayOut = (facts: Facts): Inline => text(freeAccountDomain(facts) ? 'upgrade the account' : 'send from a domain of your own');
const SUBACCOUNT_MOVE_RULE = ruleName('domain-moved-to-subaccount');
const ROUTE_OTHER_ACCOUNT_RULE = ruleName('route-in-other-account');
/** A person's word that the failure showed in Mailgun's logs: Mailgun accepted the message. */
const SEEN_AT_MAILGUN_RULES = new Set([ruleName('seen-in-mailgun-logs'), ruleName('failure-in-mailgun-logs')]);

interface Content {
  headline: string;
  summary: RichText[];
  sections: ReplySection[];
  /** What keeps the sender from logging in, as the summary found it: for a message passed on to say too. */
  loginCause?: LoginCause;
}

export const WHERE_SEEN_QUESTION = 'Where did you see this error?';

/** A paste read from a screenshot: what OCR misread in codes and words was repaired, not what it misread in names. */
const OCR_NOTE: RichText = rt`This paste looks like text read from a screenshot (OCR): I read the codes and words it misread as they must have been (${code('55O')} as ${code('550')}), but addresses and host names may be misread too, so check them against the screenshot before acting on them.`;

/** The sections shown: not the control panel's steps to the SMTP credentials where the person says they know where those are. */
/** ", see below" where the control panel's steps follow, nothing where the person declined them. */
const seeBelow = (evidence: readonly Evidence[]): RichText => (uiStepsDeclined(evidence) ? [] : [text(', see below')]);
/** "Skip the UI steps, I know where the credentials are". */
// (or of no use: the paste says there is no access to the dashboard)
const uiStepsDeclined = (evidence: readonly Evidence[]): boolean => evidence.some((e) => e.rule === UI_STEPS_DECLINED_RULE || e.rule === DASHBOARD_LACKING_RULE);
const dashboardLacking = (evidence: readonly Evidence[]): boolean => evidence.some((e) => e.rule === DASHBOARD_LACKING_RULE);
/** A new SMTP password for a person with no access to Mailgun's dashboard: who can set one, and the API call that does with a key. */
function newPasswordWithoutDashboard(facts: Facts): RichText {
  const domain = safeDomain(facts.mailgunDomain) ?? 'YOUR_DOMAIN';
  const login = facts.smtpLogin ?? smtpLogin(domain);
  return rt`If the password still fails: without access to Mailgun's dashboard, no one on your side can set a new one there. Whoever holds the account (its owner, or whoever set it up) can; if no one can be reached, the account's owner can recover the account through Mailgun's support. With an API key of the account, a new password is set with ${code(`curl -s --user 'api:YOUR_API_KEY' -X PUT ${API_BASE[facts.region ?? 'us']}/v3/domains/${domain}/credentials/${login} -F password='A_NEW_PASSWORD'`)}.`;
}
/** The SMTP login's first step for a person with no access to Mailgun's dashboard: the login in hand, or an API key's way to make one. */
function withoutDashboard(facts: Facts, inHand: boolean): RichText {
  const domain = safeDomain(facts.mailgunDomain);
  const api = API_BASE[facts.region ?? 'us'];
  return facts.smtpLogin !== null || inHand
    ? rt`You say there is no access to Mailgun's dashboard: none is needed here. Use the SMTP login in hand${facts.smtpLogin !== null ? rt`, ${code(facts.smtpLogin)},` : []} with its password, in the sending program. Only if that password is lost or refused does someone with access to the account (its owner, or whoever set it up) have to set a new one.`
    : rt`You say there is no access to Mailgun's dashboard: the domain's SMTP login and password come from whoever holds the account (its owner, or whoever set it up). With an API key of that account, you can make a login of your own: ${code(`curl -s --user 'api:YOUR_API_KEY' ${api}/v3/domains/${domain ?? 'YOUR_DOMAIN'}/credentials -F login='app@${domain ?? 'YOUR_DOMAIN'}' -F password='A_NEW_PASSWORD'`)} (a new login at the domain; ${code('postmaster@')} exists already); or send through the HTTP API with that key instead.`;
}
// (the steps only: what such a section says besides, "An EU domain's SMTP credentials are kept in the EU region", stays)
const shownSections = (sections: readonly ReplySection[], { evidence }: Diagnosis): ReplySection[] =>
  uiStepsDeclined(evidence)
    ? sections.flatMap((section) => (section.uiSteps === undefined ? [section] : section.paragraphs.length > 0 ? [{ ...section, uiSteps: undefined }] : []))
    : [...sections];

export function buildReply(diagnosis: Diagnosis): Reply {
  const content = SCENARIO_CONTENT[diagnosis.scenario](diagnosis);
  const ownSide = ownSideAnswer(diagnosis);
  // ("did something change on your side?" is asked as blame too: its own answer stands in for "Is Mailgun blocking you?")
  const serviceChange = serviceChangeAnswer(diagnosis);
  return {
    scenario: diagnosis.scenario,
    kind: diagnosis.kind,
    confidence: diagnosis.confidence,
    confidenceWord: confidenceWord(diagnosis.confidence),
    headline: content.headline,
    // ("is this on your side or ours?" asked of Mailgun's support blames Mailgun too: whose side answers both, where it can)
    // (not beside "is Mailgun down?", whose own answer says as much)
    summary: [...(diagnosis.facts.mailgunBlamed && (!diagnosis.facts.ownSideAsked || ownSide.length === 0) && !diagnosis.evidence.some((e) => e.rule === OUTAGE_ASKED_RULE) ? (serviceChange.length > 0 ? serviceChange : blameAnswer(diagnosis)) : [...ownSide, ...serviceChange]), ...whoIsRightAnswer(diagnosis), ...theoryAnswers(diagnosis), ...deploymentGapAnswer(diagnosis), ...alreadyDoneAnswer(diagnosis), ...whitelistAnswer(diagnosis), ...releaseAnswer(diagnosis), ...accountSuspendedAnswer(diagnosis), ...moreQuestionsAnswers(diagnosis), ...passwordChangedAnswer(diagnosis), ...loginAnswer(diagnosis), ...settingsAnswer(diagnosis), ...regionAnswer(diagnosis), ...networkAnswer(diagnosis), ...portAnswer(diagnosis), ...keyAnswer(diagnosis), ...otherProviderKeyAnswer(diagnosis), ...apiKeyEnoughAnswer(diagnosis), ...apiMailerAnswer(diagnosis), ...apiInsteadAnswer(diagnosis), ...smtpInsteadAnswer(diagnosis), ...loginDomainAnswer(diagnosis), ...fromChangeAnswer(diagnosis), ...progressAnswer(diagnosis), ...sameAsBeforeAnswer(diagnosis), ...alikeAnswer(diagnosis), ...wrongPasswordAnswer(diagnosis), ...newPasswordAnswer(diagnosis), ...usernameAnswer(diagnosis), ...authOffAnswer(diagnosis), ...sharedLoginAnswer(diagnosis), ...placeholderPasswordAnswer(diagnosis), ...credentialsFineAnswer(diagnosis), ...dashboardLoginAnswer(diagnosis), ...domainVerifiedAnswer(diagnosis), ...worksElsewhereAnswer(diagnosis), ...redeployAnswer(diagnosis), ...daemonReloadAnswer(diagnosis), ...routeAskedAnswer(diagnosis), ...routeWhereAnswer(diagnosis), ...ownEndpointAnswer(diagnosis), ...dnsWaitAnswer(diagnosis), ...appEnvironmentAnswer(diagnosis), ...keyRotationAnswer(diagnosis), ...mixedMxAnswer(diagnosis), ...mxAnswer(diagnosis), ...storeAnswer(diagnosis), ...resendAnswer(diagnosis), ...suppressionAnswer(diagnosis), ...failedFinalAnswer(diagnosis), ...testPassesAnswer(diagnosis), ...destinationDownAnswer(diagnosis), ...routeOrderAnswer(diagnosis), ...catchAllFirstAnswer(diagnosis), ...catchAllAskedAnswer(diagnosis), ...catchAllElsewhereAnswer(diagnosis), ...deleteDomainAnswer(diagnosis), ...onlyThisAddressAnswer(diagnosis), ...forwardOrStoreAnswer(diagnosis), ...otherMailWorksAnswer(diagnosis), ...otherAddressesReceiveAnswer(diagnosis), ...othersReachRecipientAnswer(diagnosis), ...workedBeforeAnswer(diagnosis), ...mailLostAnswer(diagnosis), ...refundAnswer(diagnosis), ...howLongAnswer(diagnosis), ...oldAddressBackAnswer(diagnosis), ...receivesElsewhereAnswer(diagnosis), ...content.summary, ...(diagnosis.facts.ocrRepaired ? [OCR_NOTE] : [])],
    sections: [...handoverSections(diagnosis), ...customerMessageSections(diagnosis, content.summary.find(isFixLine) ?? null, content.loginCause ?? null), ...shownSections(content.sections, diagnosis), ...otherErrorsSections(diagnosis)],
    evidence: evidenceLines(diagnosis),
    secretsWarning: diagnosis.facts.secretsFound ? secretsWarning(diagnosis.facts, diagnosis.evidence) : null,
    hasUiSteps: shownSections(content.sections, diagnosis).some((section) => (section.uiSteps?.length ?? 0) > 0),
    asksWhereSeen: content.sections.some((section) => section.heading === WHERE_SEEN_QUESTION),
    diagnosis,
  };
}

const ONE_BRANCH_LOGIN_RULE = ruleName('login-in-one-branch');
const LOGIN_UNDER_CONDITION_RULE = ruleName('login-under-condition');
/** Another provider's name in a login call's settings (`SENDGRID_USER`, `SES_PASS`): settings of that provider's own. */
const OTHER_PROVIDER_WORD = /sendgrid|(?<![a-z])(?:ses|aws|o365|m365)(?![a-z])|amazon|postmark|mandrill|sparkpost|brevo|sendinblue|mailjet|smtp2go|office365|outlook|microsoft|google|gmail|zoho/i;
/** A login call's settings named in general (`SMTP_USER`, `MAIL_PASSWORD`, `self.cfg["EMAIL_LOGIN"]`): whichever provider's they hold. */
const GENERAL_LOGIN_SETTING = /(?<![a-z])(?:smtp|mail|email)_?(?:user(?:name)?|login|pass(?:word)?)(?![a-z])/i;
/** A condition on which provider sends (`if PROVEEDOR == "ses":`): the login under it is that provider's. */
const PROVIDER_CONDITION = /\b(?:ses|sendgrid|gmail|google|office365|outlook|smtp2go|postmark|mailjet|brevo|sparkpost|mandrill|provider|proveedor|fornecedor|fornitore|anbieter|fournisseur|backend|transport)\b/i;
/** The two parts of a code feature's excerpt, `login call · header`, as the rule's evidence holds them, or null. */
function codeFeatureParts(evidence: readonly Evidence[], rule: string): { login: string; header: string } | null {
  const m = /^(.+) · (.+)$/.exec(evidence.find((e) => e.rule === rule)?.excerpt ?? '');
  return m ? { login: m[1]!, header: m[2]! } : null;
}
/** The login call of the code's branch that logs in, and the header of the one that does not (`else:`), or null. */
function oneBranchLogin(evidence: readonly Evidence[]): { login: string; without: string } | null {
  const parts = codeFeatureParts(evidence, ONE_BRANCH_LOGIN_RULE);
  return parts ? { login: parts.login, without: parts.header } : null;
}
/** A login commented out because the server refused it: the comment or the paste says it gave a 535 ("lo quitamos porque daba 535"). */
const commentedAfterRefusal = (commentedLogin: string): boolean => /(?<!\d)535(?!\d)|\b(?:invalid|bad|wrong)[ \t]+(?:login|credentials|password)\b|\bauthentication[ \t]+failed\b/i.test(commentedLogin);
const DEPLOYMENT_GAP_RULE = ruleName('deployment-gap');
const PERMANENT_LATER_RULE = ruleName('permanent-failure-later');
/** The block list a refusal names, by its zone (`blocked using zen.spamhaus.org`: Spamhaus), or null. */
function blockListNamed(message: string): string | null {
  const zone = BLOCK_LIST_ZONE.exec(message)?.[0].toLowerCase();
  return zone === undefined ? null : (BLOCK_LIST_NAMES[registrableDomain(zone)] ?? zone);
}
const BLOCK_LIST_NAMES: Readonly<Record<string, string>> = { 'spamhaus.org': 'Spamhaus', 'spamcop.net': 'SpamCop', 'barracudacentral.org': 'Barracuda', 'sorbs.net': 'SORBS', 'uceprotect.net': 'UCEPROTECT', 'mailspike.net': 'Mailspike', 'abuseat.org': 'the CBL', 'surriel.com': 'PSBL', 'spameatingmonkey.net': 'SpamEatingMonkey', 'invaluement.com': 'Invaluement' };

/** The gap the paste shows between where the platform's settings were put and what the program gets, or null. */
const deploymentGapOf = (evidence: readonly Evidence[]): DeploymentGap | null => parseDeploymentGap(evidence.find((e) => e.rule === DEPLOYMENT_GAP_RULE)?.excerpt ?? '');

/**
 * That gap and its fix, first, where the program's own settings are the question: a refused login or key, a sandbox's, a relay
 * refusal whose side is open. (An outgoing refusal without a login says it in its own explanation and Fix line.)
 */
function deploymentGapAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  const gap = deploymentGapOf(evidence);
  if (gap === null) return [];
  const ownSettings = scenario === 'undetermined' || (scenario === 'mailgun-outgoing' && (facts.authAttempted === true || facts.hostRole === 'mailgun-mx')) || (scenario === 'not-relaying-denied' && (kind === 'auth-failure' || kind === 'api-auth' || kind === 'sandbox' || kind === 'other'));
  return ownSettings ? [rt`${gapExplained(gap)} ${gapFix(gap)}`] : [];
}

const MX_MOVED_AWAY_RULE = ruleName('mx-moved-away-said');
/** A provider's filtering gateway that is the MX of every domain it serves: no domain's MX is "out of date" for naming it. */
const FILTERING_GATEWAY = /(?:\.mail\.protection\.outlook\.com|\.google\.com|\.googlemail\.com|\.pphosted\.com|\.mimecast\.com)$/i;
/** A login setting shown empty (`MAIL_USERNAME=`, `user: ''`, `username = None`): no login is set, whatever the paste says. */
const EMPTY_LOGIN_SETTING = /\b[\w.]*(?:user(?:_?name)?|login)["']?[ \t]*(?:=>|[=:])[ \t]*(?:""|''|null\b|nil\b|none\b|undefined\b|$)/im;
/** An Exim authenticator's or transport's name alone on its line, `mailgun_login:`: a block's name, not a login set empty. */
const EXIM_BLOCK_NAME = /^[ \t]*[\w-]+:[ \t]*$/m;
const emptyLoginIn = (text: string, facts: Facts) => EMPTY_LOGIN_SETTING.test(text) && !(facts.client === 'exim' && EXIM_BLOCK_NAME.test(text));

/**
 * The MX records said moved away from Mailgun, and Mailgun's inbound MX still refusing mail for the domain: a sender's
 * cached old records (not when the paste says the mail was never meant for Mailgun: that answer is the MX records').
 */
function mxMovedAway({ scenario, facts, evidence }: Pick<Diagnosis, 'scenario' | 'facts' | 'evidence'>): boolean {
  return scenario === 'mailgun-incoming' && facts.hostRole === 'mailgun-mx' && evidence.some((e) => e.rule === MX_MOVED_AWAY_RULE) && !evidence.some((e) => e.rule === MX_NOT_MEANT_RULE);
}
const CREDENTIALS_SET_RULE = ruleName('credentials-set-said');
const SESSION_NOT_AUTHENTICATED_RULE = ruleName('session-not-authenticated');
const CREDENTIALS_IN_HAND_RULE = ruleName('credentials-in-hand-said');
const EXIM_TRY_AUTH_MISSING_RULE = ruleName('exim-try-auth-missing');
const RECIPIENT_AUTHORIZED_RULE = ruleName('recipient-authorized-said');
const API_SWITCH_RULE = ruleName('api-switch-said');
const PASSWORD_CHANGED_SAID_RULE = ruleName('password-changed-said');
const API_KEY_CHANGED_SAID_RULE = ruleName('api-key-changed-said');
const ROUTE_CREATED_RULE = ruleName('route-created-said');
const CATCH_ALL_DROPPED_RULE = ruleName('catch-all-dropped-said');
const OTHER_ADDRESSES_WORK_RULE = ruleName('other-addresses-work-said');
const OTHER_SENDERS_REACH_RULE = ruleName('other-senders-reach-said');

/**
 * What the person says they did already ("I added the SMTP credentials", "we moved to the API", "I changed the MX back to
 * Google"), answered first: why the error stayed, and what is left to check, not the step they did.
 */
function alreadyDoneAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  const has = (rule: string) => evidence.some((e) => e.rule === rule);
  const noLoginSent = scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' && facts.authAttempted !== true;
  const answers: RichText[] = [];
  if (mxMovedAway({ scenario, facts, evidence })) {
    const domain = safeDomain(recipientDomainOf(facts)) ?? 'YOUR_DOMAIN';
    answers.push(rt`You moved the domain's MX records away from Mailgun, yet this message still reached Mailgun's inbound server: the sender's mail server still used the old records. See what the world sees now with ${code(`dig MX ${domain} @8.8.8.8`)}: if a Mailgun host is still listed, the change is not complete (an old record left beside the new ones, or the change made at a DNS host that is not the domain's name server). If only the new records show, servers that looked the domain up before keep the old answer until its TTL runs out (often an hour, at worst a day or two); the refusals then stop by themselves, and the refused senders must send again. Until then, a Route in Mailgun for the address can catch what still arrives there (below), forwarding it to a mailbox that does not depend on this domain's MX records; delete it afterwards.`);
  }
  // (a Route the paste shows is tested against the address by the reply itself: this is for one only said to exist)
  // (not a catch-all made and turned off again, "criaram uma rota catch_all mas desativaram": there is none now, as it says)
  if (has(ROUTE_CREATED_RULE) && scenario === 'mailgun-incoming' && facts.hostRole === 'mailgun-mx' && facts.routes.length === 0 && !has(MX_MOVED_AWAY_RULE) && !has(CATCH_ALL_DROPPED_RULE)) {
    const address = safeAddress(facts.recipient);
    const domain = safeDomain(recipientDomainOf(facts));
    // (the inbound host that refused names the region)
    const region = facts.host === null ? null : facts.host.includes('.eu.') ? 'EU' : 'US';
    // (the Route said made is for another address at the domain, "una Route para citas@x", and facturacion@x was refused)
    const madeFor = otherRouteOf(evidence, facts);
    if (madeFor !== null && address !== null && madeFor.endsWith(`@${domain}`)) {
      answers.push(rt`The Route made is for ${code(madeFor)}, and a Route takes only the addresses its expression matches: ${code(address)} has none, so Mailgun refused it. Add one for it (${code(`match_recipient("${routePattern(address)}")`)}), or widen the Route to every address at the domain (${code(`match_recipient(".*@${domain}")`)}) if all of them should go to the same place.`);
    } else answers.push(rt`You say a Route was made, yet Mailgun's inbound server found none that takes ${address ? code(address) : text('this address')}. Check that its expression takes this exact address (${code(`match_recipient("${address ? routePattern(address) : 'ADDRESS'}")`)}${domain ? rt`, or ${code(`match_recipient(".*@${domain}")`)} for every address at the domain` : []}: a Route for another address or domain, or with a typo, does not), that it is in the region that received the mail${region ? text(` (${region}: each region keeps its own Routes)`) : text(' (each region keeps its own Routes)')}, and that it is in the account that has the domain. A saved Route applies at once, with no DNS to wait for.`);
  }
  // (not where the paste shows the login empty: "I set MAIL_PASSWORD ... MAIL_USERNAME is still empty")
  const emptyLoginShown = evidence.some((e) => emptyLoginIn(e.excerpt, facts));
  if (has(CREDENTIALS_SET_RULE) && noLoginSent && !emptyLoginShown) {
    // (the paste shows the names differing: that is the answer, said in the paragraph below)
    const namesDiffer = has(VARIABLE_MISMATCH_RULE);
    // (the settings' own switch shown off, `SMTPAuth: bool(false)`, "Authentication: OFF": a password entered again is never sent)
    // (and PHP's var_dump of PHPMailer's settings, WP Mail SMTP's debug screen: `SMTPAuth: bool(false)`)
    const switchedOff = evidence.find((e) => e.rule === SESSION_NOT_AUTHENTICATED_RULE && (AUTH_SWITCHED_OFF.test(e.excerpt) || /\bsmtpauth:[ \t]*bool\(false\)/i.test(e.excerpt)))?.excerpt.trim();
    const entered = /\b(?:re-?entered|entered|re-?typed|typed|put|set|added|pasted)\b/i.test(evidence.find((e) => e.rule === CREDENTIALS_SET_RULE)!.excerpt);
    // (the login's entry keyed by another host name than the one used, Postfix's sasl_passwd or Exim's password file: said below)
    const keyMismatch = has(SASL_KEY_RULE) || has(PASSWD_CLIENT_RULE);
    answers.push(keyMismatch
      ? rt`You say the login was put in place, yet this session still sent none: the entry that holds it is keyed by another host name than the one the server connects to (below), so the server never finds it.`
      // (Postfix's "No worthy mechs found": it did look for a way to log in, and found none installed)
      : facts.client === 'postfix' && has(POSTFIX_NO_SASL_MECHS_RULE)
      ? rt`You say the login was put in place, and Postfix did try to use it: its log says ${code('No worthy mechs found')}, so it has no SASL plugin to log in with and sent no login. Installing the plugins (below) is what is left; the login and password can stay.`
      : switchedOff && !namesDiffer
      ? rt`You say the ${text(entered ? 'login or password was entered (again)' : 'login is set and right')}, yet this session sent none: the settings switch authentication off (${quote(switchedOff, EXCERPT_MAX)}), and with it off the password is never sent, whatever it is. Switching it on is the fix (below).`
      : rt`You say the SMTP login is set, yet this session still sent none: Mailgun refused the recipient before any login. So what sent this mail is not using it. ${namesDiffer ? text("Here the settings' names differ: the code reads other names than the ones set (below).") : facts.client === 'postfix' ? postfixLoginUnused(facts) : text("Check that it was restarted (or its cached configuration rebuilt) since the change, that the settings' names are the ones its code reads, that its own switch for authentication is on, and that no other program or server sends this mail through Mailgun.")}`);
  // (Mailgun's SMTP host, or none named: another provider's 535 has other logins and hosts)
  } else if (has(CREDENTIALS_SET_RULE) && scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.replyCode === 535 && (facts.host === null || facts.hostRole === 'mailgun-smtp')) {
    const host = loginToOtherRegion(facts)
      ? rt`: ${code(SMTP_HOST[facts.region!])} for this domain, not ${code(facts.host!)}, the other region's, which does not know its login`
      : facts.region === 'eu' ? rt` (${code(SMTP_HOST.eu)} for a domain in the EU region)` : [];
    // (the password read from an old one's variable, `SMTP_PASSWORD=${MG_SMTP_PASS_OLD}`: the new one never reaches the program)
    const oldVariable = OLD_VARIABLE.exec(facts.passwordFromEnv ?? '')?.[0];
    answers.push(oldVariable
      ? rt`The program still gets the old password: its password is set from ${code(oldVariable)} (${code(facts.passwordFromEnv!)}), an old one's variable, so the new password went into a variable it does not read. Point the password setting at the variable that holds the new one, then recreate the container or restart the program (${code('docker compose up -d')}: a plain restart keeps the old environment).`
      : rt`The login you set now reaches the server, which refuses it: check that the user name is the whole login (such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}), that the password is the one set for that login (copied without blanks), and that the host is the domain's region's${host}.`);
  }
  if (has(RECIPIENT_AUTHORIZED_RULE) && scenario === 'not-relaying-denied' && kind === 'sandbox') {
    answers.push(rt`An authorized recipient counts only once its owner has confirmed it, from the email Mailgun sends to the address (it may be in spam): until then the sandbox refuses mail to it. Check that the list shows ${recipientOr(facts, 'the address')} as confirmed, and send the invitation again if not; or send from a domain of your own.`);
  }
  // (the Bounces entry taken off with the refusal's cause still there: the next delivery fails the same way, and a permanent one lists it again)
  // (an address that does not exist or a full mailbox: the recipient's server's own answer, whatever log shows it)
  if (has(BOUNCES_REMOVED_RULE) && (scenario === 'recipient-host' || (scenario === 'not-relaying-denied' && (mailgunAccepted(facts) || kind === 'unknown-user' || kind === 'mailbox-full') && kind !== null && kind in CAUSE_STANDS))) {
    const cause = scenario === 'recipient-host' ? "the recipient's server still refuses it" : CAUSE_STANDS[kind!]!;
    answers.push(rt`You took the address off the Bounces list: that lets Mailgun try it again, but cannot help while ${text(cause)}. The next delivery is refused the same way, and a permanent refusal puts the address back on the list. Fix the cause first (below), then take it off the list again and send.`);
  }
  if (has(API_SWITCH_RULE) && noLoginSent) {
    const mta = facts.client === 'postfix' || facts.client === 'exim' || facts.client === 'sendmail';
    answers.push(rt`This refusal is an SMTP session's, not the API's: something still sends through Mailgun's SMTP host without logging in${mta ? rt`, here the server's own mail server, which carries its system mail (cron's, root's) through its relay host` : []}. Give it the domain's SMTP login too (below), or stop it sending through Mailgun.`);
  }
  return answers;
}

const BOUNCES_REMOVED_RULE = ruleName('bounces-entry-removed-said');
/** What keeps refusing an address taken off the Bounces list, by the kind of refusal. */
const CAUSE_STANDS: Partial<Record<ErrorKind, string>> = {
  'unknown-user': "the recipient's server has no such mailbox",
  'mailbox-full': 'the mailbox is still full',
  policy: 'the receiving side still refuses the mail for its checks',
  blocked: 'the block stands',
};

/**
 * A password (or an API key) said changed, maybe more than once, with the refusal unchanged: what it has to do with it. After the
 * answers to the questions asked, which come first; not beside the paragraph on a login said to be set, which says the same.
 */
function passwordChangedAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  const has = (rule: string) => evidence.some((e) => e.rule === rule);
  const noLoginSent = unauthenticatedSend(diagnosis);
  // (a new API key, for a session that sent no login: SMTP does not use the key at all)
  if (has(API_KEY_CHANGED_SAID_RULE) && noLoginSent && !has(PASSWORD_CHANGED_SAID_RULE)) return [rt`A new API key cannot help here: sending over SMTP does not use the API key, and this session sent no login at all. The program needs the domain's SMTP login and its password (below).`];
  if (!has(PASSWORD_CHANGED_SAID_RULE) || (has(CREDENTIALS_SET_RULE) && noLoginSent)) return [];
  // (the password of the Mailgun account's web login, "das Mailgun-Passwort im Web-Login zurückgesetzt": no SMTP password at all)
  if (accountPasswordChanged(evidence)) {
    return scenario === 'mailgun-outgoing' || (scenario === 'not-relaying-denied' && kind === 'auth-failure') || scenario === 'undetermined'
      ? [rt`The password reset was the Mailgun account's (the one for logging in to the website): it is not the SMTP password, and resetting it changes nothing for sending. The program needs the domain's SMTP login and its own SMTP password (below).`]
      : [];
  }
  const answer: RichText | null =
    // (a transcript's login refused before its relay refusal, after a password change: the program still sends the old one)
    scenario === 'mailgun-outgoing' && has(LOGIN_REFUSED_RULE) ? loginRefusedAfterChange(has(COMPOSE_RULE))
    // (Exim goes on without a login when its login is refused, unless hosts_require_auth names the host: an old password in
    // passwd.client ends in this refusal too, its mainlog's "authenticator failed" line just before)
    : noLoginSent && facts.client === 'exim' ? rt`The new password may well be the cause: when Mailgun refuses Exim's login (an old password in ${code('/etc/exim4/passwd.client')}), Exim goes on without one, unless its transport's ${code('hosts_require_auth')} names the host, and Mailgun then refuses the recipient like this (the mainlog shows "authenticator failed" just before). Put the new password in ${code('passwd.client')}, run ${code('update-exim4.conf')}, restart Exim and send a test.`
    : noLoginSent ? rt`A changed password cannot help here: this session sent no login at all, so no password reached Mailgun. The program has to send the login (below), with the new password: setting it replaced the old one.`
    : scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.replyCode === 535 && (facts.host === null || facts.hostRole === 'mailgun-smtp') ? rt`Each new password replaces the one before: the program has to have the one set last, copied without blanks, with the whole login as its user name (below).`
    : scenario === 'mailgun-incoming' ? rt`A changed password cannot help here: this is mail sent to your domain, refused for want of a Route; no password plays a part.`
    : scenario === 'recipient-host' ? rt`A changed password cannot help here: Mailgun accepted the message, so the login worked; the recipient's server refused it.`
    : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`A changed password cannot help here: the login worked; ${limitedSender(facts)} sends only to its authorized recipients.`
    // (which side refused is open: in the likeliest case no password was sent at all, in the other two none plays a part)
    // (asked as the cause, "is it related to the rotation?": what a rotation can and cannot do to a relay refusal)
    : scenario === 'undetermined' && facts.authAttempted !== true && has(CHANGE_CAUSE_ASKED_RULE) ? rt`Is it the rotation? Not by itself: a program that still sends an old password is refused at its login (a ${code('535')}), not with Relaying Denied, unless the program goes on without a login when its login fails (Exim does) or the rotation left its login empty; new API keys change nothing for SMTP or for Routes. Refusals both ways may be two separate problems: ask for one bounce or error of each.`
    : scenario === 'undetermined' && facts.authAttempted !== true ? rt`A changed password cannot fix this by itself: in the most common case, a session that sent no login at all, the program has to be set to log in (a new password changes nothing until it does); in the other two cases no password plays a part.`
    : null;
  return answer ? [answer] : [];
}

/** Postfix with its login written in sasl_passwd and still sending none: what main.cf needs beside the file (the usual thing a moved server lacks). */
const postfixLoginUnused = (facts: Facts): RichText => rt`For Postfix, sasl_passwd alone does nothing: main.cf must have ${code('smtp_sasl_auth_enable = yes')} and ${code('smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd')}, and the file's key must be written exactly as ${code('relayhost')} is (${code(`[${SMTP_HOST[regionOrDefault(facts.region)]}]:587`)} in both, brackets included). After a move to a new server, main.cf is what is usually left behind, or the SASL modules (${code('libsasl2-modules')} on Debian and Ubuntu): ${code('postconf smtp_sasl_auth_enable relayhost')} shows what Postfix reads.`;

/** A login refused (535) after its password was changed: what the program sends is the old password, and the relay refusal follows from that. */
function loginRefusedAfterChange(compose: boolean): RichText {
  return rt`The login this session sent was refused (535) before the refusal to relay: the password it sends is not the one set last, and the relay refusal only follows from that. Each new password replaces the one before: put the new one where the program reads it (copied without blanks), then ${compose ? rt`recreate the container (${code('docker compose up -d')}): a container left running, or only restarted, keeps the environment it started with` : text('restart the program: one left running keeps the password it read at its start')}.`;
}

/** The password said changed is the Mailgun account's web login: "im Web-Login", "account password", "dashboard password". */
const accountPasswordChanged = (evidence: readonly Evidence[]): boolean => evidence.some((e) => e.rule === PASSWORD_CHANGED_SAID_RULE && ACCOUNT_PASSWORD.test(e.excerpt));
const ACCOUNT_PASSWORD = /\bweb[- ]?login\b|\b(?:account|dashboard|konto|conta|cuenta|compte|portal)[- ]?(?:password|passwort|senha|contraseña|mot de passe|wachtwoord)\b|\b(?:password|passwort|senha|contraseña|mot de passe|wachtwoord)\b[^\n.]{0,30}\b(?:of|for|für|des|do|da|de|del|van)\b[^\n.]{0,20}\b(?:account|konto|conta|cuenta|compte|dashboard|website|web login)\b/i;

const DAEMON_RELOAD_ASKED_RULE = ruleName('daemon-reload-asked');

/** "Do I need daemon-reload?": for a unit file's Environment= lines, yes; a restart alone keeps the unit as systemd last read it. */
function daemonReloadAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === DAEMON_RELOAD_ASKED_RULE)) return [];
  // (only where the fix is a setting the running program reads: a login's, not another side's)
  if (!(scenario === 'mailgun-outgoing' || scenario === 'undetermined' || (scenario === 'not-relaying-denied' && (kind === 'auth-failure' || kind === 'api-auth' || kind === 'sandbox')))) return [];
  // (a mail server reads its own files: its reload, which the restart answer names, not systemd's)
  if (facts.client !== null && MAIL_SERVERS.has(facts.client)) return [];
  return [rt`Do you need ${code('systemctl daemon-reload')}? Only after editing the unit file itself (its ${code('Environment=')} lines, or a drop-in): run it, then ${code('systemctl restart')} the service, which otherwise starts with the unit as systemd last read it. For a changed ${code('EnvironmentFile=')}'s contents or another configuration file, ${code('systemctl restart')} alone reads them.`];
}

const DEDICATED_IP_ASKED_RULE = ruleName('dedicated-ip-asked');
const BLACKLISTED_ASKED_RULE = ruleName('blacklisted-asked');
const SUPPORT_ASKED_RULE = ruleName('support-asked');
const OTHERS_AFFECTED_ASKED_RULE = ruleName('others-affected-asked');
const DKIM_SPF_ASKED_RULE = ruleName('dkim-spf-asked');
const URGENCY_ASKED_RULE = ruleName('urgency-asked');
const OUTAGE_ASKED_RULE = ruleName('outage-asked');
const PAYMENT_ASKED_RULE = ruleName('payment-asked');
const WHO_ACTS_ASKED_RULE = ruleName('who-acts-asked');
const CLOSE_ASKED_RULE = ruleName('close-asked');
const HACKED_ASKED_RULE = ruleName('hacked-asked');
const FAULT_ASKED_RULE = ruleName('fault-asked');
const OTHER_ACCOUNT_ASKED_RULE = ruleName('other-account-asked');
const SPAM_WAVE_RULE = ruleName('spam-wave-said');
const OPEN_RELAY_RULE = ruleName('open-relay-set');
const ESCALATE_ASKED_RULE = ruleName('escalate-asked');
const ASK_CUSTOMER_ASKED_RULE = ruleName('ask-customer-asked');
/** "Can it wait until Monday?": the urgency asked the other way round, answered with the verdict turned. */
const WAIT_ASKED = /\b(?:wait|attendre|wachten|warten|esperar|aspettare)\b/i;
const WEBHOOK_EVENT_ASKED_RULE = ruleName('webhook-event-asked');
const SEND_REQUEST_RULE = ruleName('send-endpoint-called');
const TEST_HOW_ASKED_RULE = ruleName('test-how-asked');
const THEORY_PROVIDER_BLOCKING_RULE = ruleName('theory-provider-blocking');
const THEORY_CREDENTIALS_EXPIRED_RULE = ruleName('theory-credentials-expired');
const THEORY_PASSWORD_WRONG_RULE = ruleName('theory-password-wrong');
const PAUSE_ASKED_RULE = ruleName('pause-asked');
const BULK_REMOVAL_ASKED_RULE = ruleName('bulk-removal-asked');
const THEORY_MAILBOX_FULL_RULE = ruleName('theory-mailbox-full');
const THEORY_RECIPIENT_REFUSING_RULE = ruleName('theory-recipient-refusing');
const THEORY_PLAN_LIMIT_RULE = ruleName('theory-plan-limit');
const THEORY_BLOCKLISTED_RULE = ruleName('theory-blocklisted');
const THEORY_RELAY_DENIED_RULE = ruleName('theory-relay-denied');
const THEORY_AUTHENTICATION_RULE = ruleName('theory-authentication');
const THEORY_OTHER_SYSTEM_RULE = ruleName('theory-other-system');
const THEORY_GREYLISTING_RULE = ruleName('theory-greylisting');

/** What each other kind of error is, in a sentence's words, and whether a Mailgun setting plays a part in it. */
const RELAY_THEORY_INSTEAD: Record<ErrorKind, { what: string; mailgunSetting: boolean }> = {
  'auth-failure': { what: 'a refused login (the user name or password)', mailgunSetting: true },
  'unknown-user': { what: "the recipient's server saying the address does not exist", mailgunSetting: false },
  'mailbox-full': { what: "the recipient's mailbox being full", mailgunSetting: false },
  blocked: { what: 'a spam or block-list refusal', mailgunSetting: false },
  policy: { what: "a sender policy refusal (DMARC, SPF or the receiving server's rules)", mailgunSetting: true },
  'rate-limit': { what: 'the receiving server limiting how fast it takes mail', mailgunSetting: false },
  sandbox: { what: "the sandbox domain's limit to authorized recipients", mailgunSetting: true },
  'api-auth': { what: "Mailgun's API refusing the key", mailgunSetting: true },
  other: { what: 'a different failure', mailgunSetting: false },
};

/** The system a theory blames, as the answer names it ("Is it the hosting's SMTP Restrictions?"). */
function otherSystemName(excerpt: string): string {
  const named = OTHER_SYSTEM_NAMED.exec(excerpt)?.[0].toLowerCase() ?? '';
  return OTHER_SYSTEM_NAMES.find(([pattern]) => pattern.test(named))?.[1] ?? 'that system';
}
/**
 * A system said to be another party's ("the hotel's Plesk server", "the recipient's firewall", "their mail server"): the
 * recipient's side may well be it. ("their firewall" alone is most often the customer's: the sender's own.)
 */
// (another party's by its name, "the hotel's Plesk": not the customer's or the sender's own)
const RECIPIENT_SIDE_SYSTEM = /\bthe[ \t]+(?!(?:customer|client|sender|company|shop)['\u2019]s)\w+['\u2019]s[ \t]+(?:[\w-]+[ \t]+)?(?:cpanel|whm|cloudflare|firewall|anti-?virus|plesk|zimbra|server)\b|\btheir[ \t]+(?:[\w-]+[ \t]+)?(?:mail[ \t]+)?server\b/i;
const OTHER_SYSTEM_NAMED = new RegExp(String.raw`(?<![\w.-])(?:${OTHER_SYSTEMS})(?!\w)`, 'i');
const OTHER_SYSTEM_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/cpanel|whm|restriction/, "the hosting's SMTP Restrictions (cPanel/WHM)"],
  [/cloudflare/, 'Cloudflare'],
  [/firewall|pare-?feu|cortafuegos|imunify/, 'a firewall'],
  [/virus|viren/, 'an antivirus'],
  [/vpn/, 'the VPN'],
  [/docker/, "Docker's network"],
  [/wordfence|plugin/, 'the security plugin'],
  [/alias/, 'the alias domain'],
  [/plesk/, 'Plesk'],
  [/zimbra/, 'Zimbra'],
];

/**
 * A colleague's or customer's theory of the cause, answered where the diagnosis settles it ("He says it's Gmail blocking us":
 * "Is Gmail blocking you? No: ..."): a wrong theory left standing sends people the wrong way.
 */
function theoryAnswers(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  const said = (rule: string) => evidence.find((e) => e.rule === rule);
  const noLogin = scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' && facts.authAttempted !== true;
  const delivered = scenario === 'recipient-host' || (scenario === 'not-relaying-denied' && (kind === 'unknown-user' || kind === 'mailbox-full') && mailgunAccepted(facts));
  const answers: RichText[] = [];
  const blocking = said(THEORY_PROVIDER_BLOCKING_RULE);
  if (blocking) {
    const provider = PROVIDER_NAMED.exec(blocking.excerpt)?.[0];
    const who = provider ? text(providerName(provider)) : text("the recipient's provider");
    const answer: RichText | null =
      noLogin ? rt`No: Mailgun's own SMTP server refused the message before any recipient's provider saw it, because the sending program did not log in. Its SMTP login fixes it.`
      : scenario === 'mailgun-incoming' ? rt`No: the refusal came from Mailgun's inbound server, for mail sent to your domain with no Route for the address; no provider blocks anything.`
      // (other addresses at the domain said to receive: a block would refuse them too)
      : scenario === 'recipient-host' && evidence.some((e) => e.rule === OTHERS_RECEIVE_RULE) ? rt`Not as a block: ${refuserOf(facts)} refused to relay for this one address while other addresses at the domain receive your mail; a block would refuse them all, and says so (a spam verdict, a list's name). No delisting is needed: the address is what that server does not take.`
      : scenario === 'recipient-host' ? rt`Not as a block: ${refuserOf(facts)} refused to relay for the address, which says it does not take mail for that domain (a mistyped address, or mail records pointing at the wrong server), not that it blocks your mail: there is no listing to ask to be removed from.`
      // (a block, but another provider's: "Gmail is blocking us" where Outlook.com's servers refused)
      : scenario === 'not-relaying-denied' && kind === 'blocked' && provider !== undefined && facts.host !== null && !providerHostOf(provider).test(facts.host) ? rt`Not ${who}: the refusal came from ${quoteAddress(facts.host)}, another provider's server, which blocked the sending IP or domain (below).`
      : null;
    if (answer) answers.push(rt`Is ${who} blocking you? ${answer}`);
  }
  const expired = said(THEORY_CREDENTIALS_EXPIRED_RULE);
  if (expired) {
    // (an API key named: it plays no part in a send over SMTP)
    const apiKey = /\bapi[ \t]+key\b/i.test(expired.excerpt);
    const answer: RichText | null =
      noLogin && apiKey ? rt`No: an API key plays no part in a send over SMTP, and this session sent no login at all. The sending program has to log in with the domain's SMTP credentials (below).`
      : noLogin ? rt`No: Mailgun's SMTP passwords do not expire, and no login was sent at all; a wrong or old password would be refused as a login (${code('535')}), not like this. The sending program has to log in (below).`
      : delivered ? rt`No: Mailgun accepted the message and tried to deliver it, so your login worked. ${scenario === 'recipient-host' ? rt`The recipient's server refused it (below)` : rt`The recipient's server answered about the address (below)`}; a new password changes nothing.`
      : scenario === 'mailgun-incoming' ? rt`No: this is mail sent to your domain, refused for want of a Route; no password of yours is involved.`
      // (the server says so itself: yes, whoever's login it is)
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && /\bexpired?\b/i.test(facts.serverMessage ?? '') ? rt`Yes, the server says so: set a new password for that login where its account is kept${facts.host ? rt` (the server is ${quoteAddress(facts.host)})` : []}, and put it in the program.`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.provider === null && (facts.hostRole === 'mailgun-smtp' || facts.host === null) ? rt`Mailgun's SMTP passwords do not expire by themselves, but the password sent is not (any more) the login's: it may have been reset, or the login deleted. Set a new one and put it in the program (below).`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`No: the login worked; ${limitedSender(facts)} only sends to its authorized recipients (below).`
      : null;
    if (answer) answers.push(rt`${text(apiKey ? 'Has the API key expired?' : 'Have the credentials expired?')} ${answer}`);
  }
  // ("their dev thinks the SMTP password is wrong and is about to rotate all credentials")
  if (said(THEORY_PASSWORD_WRONG_RULE) && !expired) {
    const answer: RichText | null =
      noLogin ? rt`No: this session sent no login at all; a wrong password would be refused as a login (${code('535')}), not like this. New credentials change nothing until the program logs in (below).`
      : delivered ? rt`No: Mailgun accepted the message and tried to deliver it, so your login worked. ${scenario === 'recipient-host' ? rt`The recipient's server refused it (below)` : rt`The recipient's server answered about the address (below)`}; rotating the credentials changes nothing.`
      : scenario === 'mailgun-incoming' ? rt`No: this is mail sent to your domain, refused for want of a Route; no password of yours is involved.`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' ? rt`Most likely yes: the server refused the login itself. Check the user name and password the program sends (below) before making new ones.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`No: the login worked; ${limitedSender(facts)} only sends to its authorized recipients (below).`
      : null;
    if (answer) answers.push(rt`Is the password wrong? ${answer}`);
  }
  // (the whole Bounces list to be removed, "bulk-delete everything before Thursday's newsletter": its entries are hard bounces)
  if (said(BULK_REMOVAL_ASKED_RULE) && (facts.suppression !== null || facts.source === 'mailgun-bounces-api' || kind === 'unknown-user')) {
    answers.push(rt`Remove the whole Bounces list? No: its entries are addresses that bounced for good${kind === 'unknown-user' ? text(', most of them mailboxes that do not exist') : []}. Taken off the list, they are sent to again with the next mailing, bounce again and go back on it, and a burst of hard bounces lowers the sending domain's standing with the big providers. Remove only the entries known to work again (an address corrected, a mailbox back), and correct mistyped addresses in the mailing list itself.`);
  }
  // (a receiving provider deferring for volume or judging the mail spam: what eases it is sending less to it, and sending it better)
  if (said(PAUSE_ASKED_RULE) && scenario === 'not-relaying-denied' && (kind === 'rate-limit' || kind === 'blocked')) {
    answers.push(kind === 'rate-limit'
      ? rt`Should they pause? Yes, or slow down: hold the rest of the send to that provider for a few hours, then send it in smaller batches spread over time. A deferral for volume or complaints eases only as they do; Mailgun keeps retrying what it has queued already, so nothing needs resending.`
      : rt`Should they pause? Yes: every message sent the same way to that provider meets the same refusal, and each one weighs on the sending domain's reputation. Resume once the cause (below) is fixed.`);
  }
  // (SPF, DKIM or DMARC blamed for a relay refusal: a failed check says so in its own words; once, where it is asked too)
  if (said(THEORY_AUTHENTICATION_RULE) && !said(DKIM_SPF_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No: Mailgun's SMTP host refused the session for want of a login, before any receiving server could check SPF or DKIM. The login fixes it (below).`
      : scenario === 'mailgun-incoming' ? rt`No: this is mail sent to your domain, refused by Mailgun's inbound server for want of a Route; your SPF and DKIM play no part in it.`
      : scenario === 'recipient-host' ? rt`No: ${refuserOf(facts)} refused to relay for the address, which says it does not take mail for that domain; a failed SPF, DKIM or DMARC check says so in its words (${code('5.7.26')}, "DMARC", "SPF"). Nothing in your authentication changes this.`
      : scenario === 'undetermined' ? rt`Not from this paste: a failed SPF, DKIM or DMARC check says so in its own words; a relay refusal comes down to a login, a Route or the recipient's domain.`
      : null;
    if (answer) answers.push(rt`Is it SPF, DKIM or DMARC? ${answer}`);
  }
  // (a system on the way blamed, the hosting's SMTP restrictions, a firewall, Cloudflare: where Mailgun's own server answered, nothing
  // on the way stopped the mail)
  const otherSystem = said(THEORY_OTHER_SYSTEM_RULE);
  if (otherSystem) {
    const name = otherSystemName(otherSystem.excerpt);
    const aliasDomain = name === 'the alias domain' ? text(' An alias domain only sets the addresses that replies and incoming mail use; it plays no part in the SMTP login.') : [];
    const answer: RichText | null =
      noLogin && facts.hostRole === 'mailgun-smtp' ? rt`No: the session reached Mailgun's SMTP server, which answered and refused the recipient because the sending ${text(facts.client !== null && RELAYING_SERVERS.has(facts.client) ? 'mail server' : 'program')} did not log in, so nothing on the way stopped it.${aliasDomain} The login fixes it (below).`
      // (the domain's mail not meant for Mailgun, its DNS at Cloudflare: the MX records kept there are what to change)
      : scenario === 'mailgun-incoming' && name === 'Cloudflare' && mxNotMeant(facts, evidence) ? rt`Not Cloudflare itself: the mail reached Mailgun because the domain's MX records, kept at Cloudflare now, still point at Mailgun's servers. Change them there, to the servers that have the mailboxes (below).`
      : scenario === 'mailgun-incoming' ? rt`No: Mailgun's inbound server refused the mail for want of a Route that takes the address, so the mail did reach Mailgun; ${text(name)} plays no part in it.`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.hostRole === 'mailgun-smtp' ? rt`No: Mailgun's SMTP server answered and refused the login itself, so nothing on the way stopped the connection. The user name and password are the fix (below).`
      // (Mailgun's own answer to the request: the sandbox domain's limit, or the API key)
      : scenario === 'not-relaying-denied' && (kind === 'sandbox' || kind === 'api-auth') ? rt`No: Mailgun answered the request itself and refused it for ${text(kind === 'sandbox' ? (freeAccountDomain(facts) ? "the free account's limit" : "the sandbox domain's limit") : 'its API key')} (below), so nothing on the way stopped it.`
      // (Mailgun took the message and the recipient's server refused it: nothing on the sender's way to Mailgun stopped it)
      // (a DMARC, SPF or DKIM refusal beside Cloudflare: not its proxy, which carries no mail, but the DNS records kept there)
      : scenario === 'not-relaying-denied' && kind === 'policy' && name === 'Cloudflare' ? rt`Not its proxy, which carries web traffic, not mail; but the sending domain's DNS records kept at Cloudflare do matter here: this is a sender check (below), and SPF and DKIM records made there by hand must match the values Mailgun shows for the domain exactly (a CNAME among them set to "DNS only", not proxied) until Mailgun shows them verified.`
      : (scenario === 'recipient-host' || (scenario === 'not-relaying-denied' && kind !== 'policy')) && mailgunAccepted(facts) && !RECIPIENT_SIDE_SYSTEM.test(otherSystem.excerpt) ? rt`No: Mailgun accepted the message and tried to deliver it, and the recipient's server refused it (below); ${text(name)} on your side plays no part in it.`
      : null;
    if (answer) answers.push(rt`Is it ${text(name)}? ${answer}`);
  }
  // (greylisting blamed where a permanent refusal ended the delivery: the greylisting was only its first, retried attempts)
  // (Mailgun's retries named only where the paste shows attempts before the refusal)
  if (said(THEORY_GREYLISTING_RULE) && mailgunAccepted(facts) && facts.replyCode !== null && facts.replyCode >= 500) {
    answers.push(facts.attempts !== null && facts.attempts > 1
      ? rt`Is it the greylisting? No: a "Greylisted" answer is a temporary one (a ${code('4xx')} code) that asks the sender to come back later, and Mailgun did, retrying by itself; the delivery ended on the later permanent refusal (${code(String(facts.replyCode))}, below), a separate answer of the recipient's server. Nothing Mailgun could whitelist changes that: only that server decides what it accepts.`
      : rt`Is it the greylisting? No: greylisting answers with a temporary code (${code('4xx')}), which Mailgun retries by itself; this refusal is a permanent one (${code(String(facts.replyCode))}, below) of the recipient's server, and nothing Mailgun could whitelist changes it.`);
  }
  // (greylisting blamed for a temporary relay refusal that keeps coming back: greylisting lets the next attempt through)
  // (only once retries came back alike: a first temporary refusal may well be greylisting, which Mailgun's retry gets past)
  if (said(THEORY_GREYLISTING_RULE) && scenario === 'recipient-host' && mailgunAccepted(facts) && facts.replyCode !== null && facts.replyCode >= 400 && facts.replyCode < 500 && ((facts.attempts !== null && facts.attempts > 1) || retriesRanOut(facts))) {
    answers.push(rt`Is it greylisting? No: greylisting turns away a first attempt and lets a later one through, within minutes or an hour; this server refused ${facts.attempts !== null && facts.attempts > 1 ? text(`${facts.attempts} attempts`) : text('every attempt')} with a relay refusal (${code(String(facts.replyCode))}, the temporary form of its refusal of an address it does not take). Waiting will not clear it: its mail administrator has to make it accept the address.`);
  }
  // (another error read as a relay refusal: what it is instead, and whether Mailgun's settings play a part)
  // (or asked whether it is one, "È un relaying denied?": the question the person came with, answered first)
  if ((said(THEORY_RELAY_DENIED_RULE) || said(RELAY_ASKED_RULE)) && scenario === 'not-relaying-denied' && kind !== null) {
    // (a malformed message: its own fix, in the program that builds it; no Mailgun setting)
    const instead =
      kind === 'policy' && M365_FORWARDING_BLOCKED.test(facts.serverMessage ?? '') ? { what: "Microsoft 365 refusing to forward outside the organisation, by the forwarding tenant's own policy", mailgunSetting: false }
      : kind === 'policy' && MALFORMED_MESSAGE.test(facts.serverMessage ?? '') ? { what: 'a refusal of a malformed message (a header missing or repeated)', mailgunSetting: true }
      : kind === 'policy' && CONTENT_FILTER.test(facts.serverMessage ?? '') ? { what: "the receiving server's content filter refusing something in the message (a link, an attachment type, its words)", mailgunSetting: true }
      // (an access rule of the receiving server's own, Postfix's "Recipient address rejected: Access denied": no DMARC or SPF involved)
      : kind === 'policy' && accessRule(facts) ? { what: "the receiving server's own access rule refusing this recipient (or this sender)", mailgunSetting: false }
      // (an API's 429: the calls came too fast for the account's limit, no receiving server in it)
      : kind === 'rate-limit' && httpThrottled(facts) ? { what: 'the email API refusing calls that came faster than the account allows (HTTP 429), before any message was sent', mailgunSetting: true }
      : RELAY_THEORY_INSTEAD[kind];
    // (a block of the sender's own server, which sending through Mailgun gets around: no "nothing in Mailgun fixes it")
    const aroundByMailgun = kind === 'blocked' && ownServerSent(facts);
    answers.push(rt`Is it a Relaying Denied error? No: it is ${text(instead.what)}${text(instead.mailgunSetting ? ', fixed as below' : aroundByMailgun ? ", of the IP of the server that sent it (below)" : "; nothing in your Mailgun settings causes or fixes it (the steps are below)")}.`);
  }
  // (the recipient's server said to refuse: only where it did, a delivery by Mailgun refused there)
  if (said(THEORY_RECIPIENT_REFUSING_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No: ${facts.hostRole === 'mailgun-smtp' || facts.host === null ? text("Mailgun's own SMTP server") : quoteAddress(facts.host)} refused the message before it went anywhere near the recipient's server, because the sending ${text(facts.client !== null && RELAYING_SERVERS.has(facts.client) ? 'mail server' : 'program')} did not log in. Nothing on the recipient's side changes it.`
      : scenario === 'mailgun-incoming' ? rt`No: Mailgun's inbound server refused it for the domain that receives through Mailgun, for want of a Route that takes the address.`
      : scenario === 'recipient-host' ? rt`Yes: Mailgun accepted the message, and ${refuserOf(facts)} refused it (below).`
      : scenario === 'undetermined' ? rt`Not from this paste: it does not show which server refused.`
      : null;
    if (answer) answers.push(rt`Is it the recipient's server refusing? ${answer}`);
  }
  if (said(THEORY_MAILBOX_FULL_RULE)) {
    const answer: RichText | null =
      scenario === 'mailgun-incoming' ? rt`No: the mail never reached a mailbox. Mailgun's inbound server refused it because no Route takes the address; a full mailbox answers with its own words (${code('552 5.2.2')}, "mailbox full").`
      : scenario === 'recipient-host' ? rt`No: a full mailbox says so (${code('552 5.2.2')}, "mailbox full"). ${refuserOf(facts)} refused to relay for the address instead (below).`
      : noLogin ? rt`No: the message never left; Mailgun's SMTP server refused it because the sending program did not log in.`
      : null;
    if (answer) answers.push(rt`Is the mailbox full? ${answer}`);
  }
  if (said(THEORY_PLAN_LIMIT_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No: no plan or sending limit causes this, and an upgrade does not fix it. Mailgun refused the session because the sending program did not log in; a limit reached says so in its own words (${code('421')}, "rate limit", "quota").`
      : delivered ? rt`No: Mailgun accepted the message and tried to deliver it, so no plan or limit stopped it; the recipient's server refused it (below).`
      : scenario === 'mailgun-incoming' ? rt`No: plans and sending limits are about the mail you send; this is mail sent to your domain, refused for want of a Route.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' && freeAccountDomain(facts) ? rt`Yes: Mailgun lets a free account send only to its authorized recipients, even from a domain of its own such as ${code(freeAccountDomain(facts)!)}. Upgrading the account fixes it; for a test, authorize the recipient.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`Partly: a sandbox domain (the free one every account has) sends only to authorized recipients. Authorize the recipient for tests, or add a domain of your own; an upgrade alone does not change the sandbox.`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' ? rt`No: the login was refused (its user name or password); no plan changes that.`
      : scenario === 'undetermined' ? rt`Not from this paste: a sending limit has its own words (${code('421')}, "rate limit", "quota", "exceeded"), not a relay refusal's.`
      : null;
    if (answer) answers.push(rt`Is it the plan or a sending limit? ${answer}`);
  }
  // (a block list is the cause only where the refusal is one: it names its list or a spam verdict)
  // (not where Mailgun is the one said to list them, "Mailgun blacklisted our IP": the blame's own answer says it)
  // (not where the question is asked outright: its own answer below covers it)
  if (said(THEORY_BLOCKLISTED_RULE) && !(scenario === 'not-relaying-denied' && kind === 'blocked') && !facts.mailgunBlamed && !said(BLACKLISTED_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No: Mailgun's own SMTP server refused the message before any receiving server saw it, because the sending program did not log in. A block-list refusal says so and names its list (Spamhaus, Barracuda, "blocked using ..."), and a delisting would change nothing here.`
      : delivered ? rt`No: Mailgun accepted the message, and the recipient's server refused it for the address, not for a listing: a block-list refusal names its list.`
      : scenario === 'mailgun-incoming' ? rt`No: this is mail sent to your domain, refused by Mailgun's inbound server for want of a Route; no list is involved.`
      : scenario === 'not-relaying-denied' && kind !== null ? rt`No: this refusal is ${text(RELAY_THEORY_INSTEAD[kind].what)}, not a listing; a block-list refusal names its list.`
      : scenario === 'undetermined' ? rt`Not from this paste: a block-list refusal names its list (Spamhaus, Barracuda, "blocked using ..."); this is a relay refusal.`
      : null;
    if (answer) answers.push(rt`Are you on a block list? ${answer}`);
  }
  return answers;
}
/** A provider named in a theory ("Gmail", "Libero"), and its name as written by the provider. */
const PROVIDER_NAMED = /\b(?:gmail|google|outlook|hotmail|microsoft|yahoo|libero|gmx|web\.de|t-online|orange|icloud|aol|seznam|wp\.pl|onet|barracuda|mimecast|proofpoint)\b/i;
const THEORY_PROVIDER_NAMES: Record<string, string> = { barracuda: 'Barracuda', mimecast: 'Mimecast', proofpoint: 'Proofpoint', gmail: 'Gmail', google: 'Google', outlook: 'Outlook', hotmail: 'Hotmail', microsoft: 'Microsoft', yahoo: 'Yahoo', libero: 'Libero', gmx: 'GMX', 'web.de': 'WEB.DE', 't-online': 'T-Online', orange: 'Orange', icloud: 'iCloud', aol: 'AOL', seznam: 'Seznam', 'wp.pl': 'WP.pl', onet: 'Onet' };
const providerName = (written: string): string => THEORY_PROVIDER_NAMES[written.toLowerCase()] ?? written;
/** The servers of a provider named in a theory: Gmail's are Google's, Outlook's and Hotmail's Microsoft's. */
const providerHostOf = (written: string): RegExp => {
  const name = written.toLowerCase();
  return /gmail|google/.test(name) ? /google|gmail/ : /outlook|hotmail|microsoft/.test(name) ? /outlook|hotmail|microsoft/ : new RegExp(name.replace(/[.]/g, '\\.'));
};
const SOME_RECIPIENTS_RULE = ruleName('some-recipients-failed-said');
const REGION_MOVED_RULE = ruleName('region-moved-said');

/**
 * A domain said moved between regions ("they migrated the domain from US to EU"), the side unknown: nothing of the old region
 * carries over, so each of the three cases has its own question about the move.
 */
function regionMoveQuestions(diagnosis: Diagnosis): RichText[] {
  if (!diagnosis.evidence.some((e) => e.rule === REGION_MOVED_RULE)) return [];
  // (the region it moved to, as the facts read it from the move's own words)
  const to = regionOrDefault(diagnosis.facts.region);
  const mx = to === 'eu' ? 'mxa.eu.mailgun.org and mxb.eu.mailgun.org' : 'mxa.mailgun.org and mxb.mailgun.org';
  return [
    rt`The domain was moved to the ${text(to.toUpperCase())} region, where it is set up again: check each part of the move. Does every program that sends (a second app, a server, a device) now use ${code(SMTP_HOST[to])} with an SMTP login of the domain in that region? Were the Routes made again in the ${text(to.toUpperCase())} region (only that region's Routes count for mail reaching its servers)? Do the domain's MX records point at ${text(mx)}? A sender that sends no login is refused with this error (one still logging in with the old region's login gets a 535 login refusal instead), and so is mail coming in where the Routes were left behind in the old region.`,
  ];
}
/**
 * An undetermined refusal of only some recipients (the rest went out): a sender refused for its login or relay settings
 * fails every message, so those recipients' own servers likelier refused. Not seen while sending: that is the sender's server.
 */
const RECIPIENT_NOT_RECEIVING_RULE = ruleName('recipient-not-receiving');
const OWN_MAIL_FAILING_RULE = ruleName('own-mail-to-recipient-failing');
const recipientNotReceiving = ({ scenario, evidence }: Pick<Diagnosis, 'scenario' | 'evidence'>): boolean => scenario === 'undetermined' && evidence.some((e) => e.rule === RECIPIENT_NOT_RECEIVING_RULE);
const someRecipientsOnly = ({ scenario, evidence }: Pick<Diagnosis, 'scenario' | 'evidence'>): boolean => scenario === 'undetermined' && evidence.some((e) => e.rule === SOME_RECIPIENTS_RULE);
const TEST_WITHOUT_SENDING_ASKED_RULE = ruleName('test-without-sending-asked');

/**
 * Direct questions of round 187c, each answered first in a line, for the case the diagnosis settles: a dedicated IP, a block
 * list, Mailgun's support, the other recipients, SPF and DKIM, a test that sends nothing. Nothing where the case does not
 * settle it (a block list's refusal, for instance, names its own list below).
 */
function moreQuestionsAnswers({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  const has = (rule: string) => evidence.some((e) => e.rule === rule);
  // (a session that logged in, as another domain, was refused for that: its own answer says so, not these)
  const noLogin = scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' && facts.authAttempted !== true;
  const loginRefused = scenario === 'not-relaying-denied' && kind === 'auth-failure';
  // (Mailgun's login, where an answer names its SMTP credentials or host)
  const mailgunLoginRefused = loginRefused && (facts.host === null || facts.hostRole === 'mailgun-smtp');
  const answers: RichText[] = [];
  // (a person who is not technical asks first what the error means for them: a break-in, their own mistake, another way to send)
  // (mail nobody there sent, by the many: a compromise to stop before anything else, asked or not; a refusal of it is no fault to fix)
  if (has(SPAM_WAVE_RULE) || (has(OPEN_RELAY_RULE) && noLogin)) {
    const answer: RichText =
      // (a Postfix open to the whole internet, `mynetworks = 0.0.0.0/0`: anyone relays through it, no break-in needed)
      noLogin && has(OPEN_RELAY_RULE) ? rt`It looks like it is being abused: with ${code('mynetworks = 0.0.0.0/0')} the server relays mail for anyone on the internet. Mailgun's refusal is what stops that spam for now: first set ${code('mynetworks')} to ${code('127.0.0.0/8')} and your own network, reload Postfix and delete the spam from its queue; only then turn the Mailgun login on (below).`
      : noLogin ? rt`It looks like it: mail nobody there wrote is trying to go out through this sender, which points to a hacked website or script. Mailgun's refusal is what stops it for now: do not add the SMTP login until the source is found and cleaned and the mail it queued is deleted; then turn the login on (below).`
      : mailgunAccepted(facts) ? rt`It looks like it: Mailgun accepted these messages, so they were sent with this domain's SMTP login or an API key. Treat it as a compromise: set new SMTP passwords and API keys now, find in Mailgun's logs which login sent them, and tell Mailgun support. The refusals are only the spam reaching addresses that do not take it; the rest of it was delivered. Do not take these addresses off the Bounces list or send anything again: the steps below for a refused address do not apply to this mail.`
      : rt`It may be: mail nobody there sent, by the many, is how a stolen login or a hacked site shows. Find what sent it and stop it before fixing the refusal.`;
    answers.push(rt`${text(has(HACKED_ASKED_RULE) ? 'Were you hacked?' : 'First, a warning: was the sender hacked?')} ${answer}`);
  } else if (has(HACKED_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`Nothing here shows a break-in: the sending program does not log in to Mailgun, so Mailgun refuses to pass its mail on. That is a setting (below).`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE) ? rt`No: mail sent to your domain goes to Mailgun, which has no rule for it, because the domain's MX records point there; nobody broke in.`
      : scenario === 'mailgun-incoming' ? rt`No: mail sent to your domain is refused because Mailgun has no Route for the address; nobody broke in.`
      : scenario === 'recipient-host' ? rt`No: your mail went out, and the recipient's server refused the address.`
      : loginRefused ? rt`Nothing here shows a break-in: the password the program sends is not the login's (changed since, or mistyped), so the server refuses the login. The right one fixes it (below).`
      : scenario === 'not-relaying-denied' && kind === 'unknown-user' ? rt`No: the address does not exist at the recipient's server.`
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full' ? rt`No: the recipient's mailbox is full.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? (freeAccountDomain(facts) ? rt`No: the account is a free one, which reaches only the addresses approved for it.` : rt`No: the account still sends from Mailgun's test (sandbox) domain, which reaches only the addresses approved for it.`)
      : scenario === 'not-relaying-denied' && kind === 'policy' && senderCheckFailed(facts) ? rt`No: the receiving server could not verify that the mail comes from your domain (its DNS records); a setting fixes it (below).`
      : scenario === 'not-relaying-denied' && kind === 'policy' ? rt`No: the receiving server's own rules refused this message (below); nothing points to a break-in.`
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? rt`This refusal alone does not show it: the sending IP or domain is on a block list. A listing can follow spam sent through a stolen password or a hacked website, so if the IP is your own server's, have whoever runs it check what it sends.`
      : scenario === 'not-relaying-denied' && kind === 'api-auth' ? rt`Nothing here shows a break-in: the API key the application sends is refused (wrong, deleted, or another region's).`
      : scenario === 'undetermined' ? rt`Nothing here points to one: a relay refusal is a server turning down a message for a setting (a login, a Route or the recipient's domain).`
      : null;
    if (answer) answers.push(rt`Were you hacked? ${answer}`);
  }
  if (has(FAULT_ASKED_RULE)) {
    const typo = (scenario === 'recipient-host' || (scenario === 'not-relaying-denied' && kind === 'unknown-user')) && facts.similarAddress !== null && facts.recipient !== null;
    // (a Route the person deleted, or one shown that does not take the address: the change that let the mail through is theirs to make)
    const routeMissed = scenario === 'mailgun-incoming' && facts.recipient !== null && facts.routes.length > 0 && !facts.routes.some((route) => routeMatches(route, facts.recipient!) === true);
    const answer: RichText | null =
      typo ? rt`Possibly a typo: the refused address, ${quoteAddress(facts.recipient!)}, is a letter or two from ${code(facts.similarAddress!)}. Check it with the recipient and send again.`
      : scenario === 'mailgun-incoming' && has(ROUTES_DELETED_RULE) ? rt`Possibly: a Route deleted there most likely took this address, and without it Mailgun refuses its mail. Putting it back fixes it (below); nothing else needs to change.`
      : routeMissed ? rt`Possibly: the Route shown does not take ${quoteAddress(facts.recipient!)} (below), so Mailgun found none for it. Correcting its expression fixes it.`
      : noLogin ? rt`Not by sending: the program's settings leave out its SMTP login, which Mailgun needs before it passes mail on; adding it there fixes this (below).`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE) ? rt`No, and neither did the sender: mail to your domain is refused until the domain's MX records point to the mailbox provider (below).`
      : scenario === 'mailgun-incoming' ? rt`No, and neither did the sender: mail to your domain is refused until Mailgun has a Route for the address (below).`
      : scenario === 'recipient-host' ? rt`No: the recipient's server refused the address; the rest of your mail goes out.`
      : loginRefused ? rt`Not by sending: the program still has an old or mistyped password. The right one fixes it (below).`
      : scenario === 'not-relaying-denied' && kind === 'unknown-user' ? rt`No: the address does not exist at the recipient's server, so check it with the recipient.`
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full' ? rt`No: the recipient's mailbox is full; they have to make room.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? (freeAccountDomain(facts) ? rt`No: the account is a free one, which reaches only the addresses approved for it until it is upgraded (below).` : rt`No: the account still sends from Mailgun's test (sandbox) domain, which reaches only the addresses approved for it (below).`)
      : scenario === 'not-relaying-denied' && kind === 'policy' && senderCheckFailed(facts) ? rt`Not by sending: your domain's DNS records do not yet let that receiver verify your mail (below).`
      : scenario === 'not-relaying-denied' && kind === 'policy' ? rt`Not by sending as such: the receiving server's own rules refused this message (below).`
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? rt`Not by sending this message: the sending IP or domain is on a block list (below).`
      : scenario === 'undetermined' ? rt`Most likely not: a relay refusal comes from a setting (a login, a Route or the recipient's domain), not from how a message was written or sent.`
      : null;
    if (answer) answers.push(rt`Did you do something wrong? ${answer}`);
  }
  if (has(OTHER_ACCOUNT_ASKED_RULE)) {
    const stopGap = rt`As a stop-gap, yes: a message sent from another account does not go through this setup, so today's message can reach them that way. It fixes nothing here: the rest keeps failing until the setting below is fixed.`;
    const answer: RichText | null =
      scenario === 'recipient-host' || (scenario === 'not-relaying-denied' && kind === 'unknown-user') ? rt`It would not help: the recipient's server refuses that address whoever sends to it.`
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full' ? rt`It would not help: the mailbox is full for every sender; send again once the recipient has made room.`
      : scenario === 'mailgun-incoming' ? rt`That is not where the problem is: mail coming in to your domain is refused; what you send is not affected.`
      : noLogin || loginRefused || (scenario === 'not-relaying-denied' && (kind === 'sandbox' || kind === 'policy' || kind === 'blocked')) ? stopGap
      : scenario === 'undetermined' ? rt`As a stop-gap it may work: if your own sending was refused, another account goes around it; if the recipient's server refused, it refuses that too.`
      : null;
    if (answer) answers.push(rt`Can you send it from another account (such as Gmail)? ${answer}`);
  }
  if (has(DEDICATED_IP_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No: Mailgun refused the session for want of a login, and it refuses every IP the same way until the sender logs in. A dedicated IP is for the reputation of steady, large volume, not for this.`
      : scenario === 'mailgun-incoming' ? rt`No: this is mail sent to your domain, refused by Mailgun's inbound server for want of a Route; the IPs Mailgun sends from play no part in it.`
      : scenario === 'recipient-host' ? rt`No: the recipient's server refused because it does not take mail for that domain, whichever IP delivers it; another IP gets the same answer.`
      : loginRefused ? rt`No: the login was refused; no IP changes that.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`No: ${freeAccountDomain(facts) ? text("the free account's limit") : text('the sandbox domain')} is the cause; an IP has nothing to do with it.`
      : scenario === 'not-relaying-denied' && kind === 'policy' && ownSenderCheckFailed(facts) ? rt`No: another IP changes neither the domain's SPF record nor DMARC alignment with the From domain, which is what failed here.`
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? rt`Not to fix this listing: a listed shared IP of Mailgun's is Mailgun's to handle (send them the refusal); a dedicated IP pays off only with steady volume, after a warm-up, and its reputation is then yours alone.`
      : scenario === 'undetermined' ? rt`No: a relay refusal comes down to a login, a Route or the recipient's domain, never the sending IP.`
      : null;
    if (answer) answers.push(rt`Do you need a dedicated IP? ${answer}`);
  }
  if (has(BLACKLISTED_ASKED_RULE)) {
    const ip = ipInMessage(facts);
    const listed = blockListNamed(facts.serverMessage ?? '');
    const answer: RichText | null =
      // (a listing it is: of the IP address the mail went out from, not of the company, its domain or the address)
      scenario === 'not-relaying-denied' && kind === 'blocked'
        ? ip ? rt`Not the company: the refusal names the IP address the message went out from, ${code(ip)}${listed ? rt`, as listed on ${text(listed)}` : []}. A listing is of that IP (shared with other senders, unless it is a dedicated one), not of the company's domain or of the address it wrote to.` : null
      : noLogin ? rt`No: nothing here names a block list. Mailgun's SMTP host refused the session because it sent no login.`
      : scenario === 'mailgun-incoming' ? rt`No: Mailgun's inbound server refused mail to your domain because no Route takes the address; no list is involved.`
      : scenario === 'recipient-host' ? rt`No: a block-list refusal names the list or a page to ask for removal. This is the recipient's own server (${refuserOf(facts)}) saying it does not take mail for that domain.`
      : loginRefused ? rt`No: the server refused the login (user name or password), not your domain or IP.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`No: ${limitedSender(facts)} sends only to its authorized recipients.`
      : scenario === 'undetermined' ? rt`No: a relay refusal is no block-list listing; a block list's refusal names the list.`
      : null;
    if (answer) answers.push(rt`Is your domain or IP on a block list? ${answer}`);
  }
  // (escalating to engineering or to Mailgun: the same question, whether anyone but the sender's side can fix it)
  if (has(SUPPORT_ASKED_RULE) || has(ESCALATE_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No need: the fix is on your side, the sending program's SMTP login (below); nothing on Mailgun's side is broken.`
      : scenario === 'mailgun-incoming' ? rt`No need: a Route in your own Mailgun account fixes it (below), or the domain's MX records if its mail is not meant for Mailgun.`
      : scenario === 'recipient-host' ? rt`It would not help: Mailgun delivered, and the recipient's server refused. Only the recipient's mail administrator can change that.`
      : mailgunLoginRefused ? rt`No need: set a new SMTP password in the domain's SMTP credentials yourself and use the whole login (below).`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`No need: authorize the recipient, or ${limitWayOut(facts)} (below).`
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? rt`Yes, if the listed IP is one of Mailgun's shared ones: they look after those (send them the refusal). A domain of yours on a list is yours to clear.`
      : scenario === 'not-relaying-denied' && kind === 'unknown-user' ? rt`No: the recipient's server says the address does not exist; only the right address fixes it.`
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full' ? rt`No: the recipient's mailbox is full; only they can make room.`
      : scenario === 'not-relaying-denied' && kind === 'policy' && ownSenderCheckFailed(facts) ? rt`No need: the sending domain's DNS records fix it (below); nothing at Mailgun is broken.`
      : scenario === 'not-relaying-denied' && kind === 'api-auth' ? rt`No need: a valid API key, and the API host of the domain's region, fix it (below); nothing at Mailgun is broken.`
      : scenario === 'undetermined' ? rt`Not yet: first find out where the error was seen (below). Each of the three cases has its own fix, and none is Mailgun's to make.`
      : null;
    if (answer) answers.push(rt`${text(has(SUPPORT_ASKED_RULE) ? 'Should you contact Mailgun support?' : 'Should you escalate it?')} ${answer}`);
  }
  if (has(OTHERS_AFFECTED_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`Every message this program sends through Mailgun's SMTP host is refused the same way until it logs in, whoever the recipient: the refusal is about the session's missing login. Mail other programs send is not affected. What failed has to be sent again.`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE) ? rt`All mail sent to the domain is refused while its MX records point to Mailgun with no Route for it; the mail you send out is not affected.`
      : scenario === 'mailgun-incoming' ? rt`Only mail to addresses at your domain that no Route takes; the mail you send out is not affected.`
      : scenario === 'recipient-host' ? rt`No: only mail to ${recipientDomainOf(facts) ? quoteAddress(recipientDomainOf(facts)!) : text("that recipient's domain")} is refused, by its own server; mail to other domains goes out as before.`
      : loginRefused ? rt`Yes: every message this program sends is refused until its login is fixed.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`Yes: ${text(freeAccountDomain(facts) ? 'a free account' : 'a sandbox')} sends only to its authorized recipients, so mail to anyone else is refused the same way.`
      : null;
    if (answer) answers.push(rt`Are other recipients affected? ${answer}`);
  }
  // (not beside a theory of the plan, which its own answer takes)
  if (has(PAYMENT_ASKED_RULE) && !has(THEORY_PLAN_LIMIT_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No: nothing here is about what you pay. Mailgun refused the session because the program sent no login; on any plan it sends once the program logs in (below).`
      : scenario === 'mailgun-incoming' ? rt`No: nothing here is about what you pay. Mailgun refused mail to an address no Route takes; a Route fixes it (below).`
      : scenario === 'recipient-host' ? rt`No: Mailgun accepted the message and the recipient's server refused it; no plan changes that.`
      : loginRefused ? rt`No: the login was refused; the right user name and password fix it (below), whatever the plan.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' && freeAccountDomain(facts) ? rt`To send to anyone, yes: a free account sends only to its authorized recipients, even from a domain of its own, until it is upgraded. For a test, adding the address as an authorized recipient costs nothing (below).`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`Not to reach this recipient: adding the address as an authorized recipient of the sandbox domain costs nothing. Sending to anyone needs a domain of your own, added and verified (below).`
      : scenario === 'undetermined' ? rt`No: no plan or upgrade changes a relay refusal. On every plan, Mailgun's SMTP host refuses a session that did not log in and its inbound servers refuse an address no Route takes, and a recipient's server refuses whatever the sender pays: it comes down to a login, a Route or the recipient's domain.`
      : null;
    // (asked of a plan, "Would upgrading to Foundation fix it?": the question in those words)
    if (answer) answers.push(rt`${text(/\b(?:upgrad|plan\b)/i.test(evidence.find((e) => e.rule === PAYMENT_ASKED_RULE)?.excerpt ?? '') ? 'Would another plan fix it?' : 'Do you have to pay for something?')} ${answer}`);
  }
  if (has(OUTAGE_ASKED_RULE)) {
    // (a refusal is a server's answer: whatever refused was up to answer)
    const answer: RichText | null =
      noLogin ? rt`No: Mailgun's SMTP host is up, it answered and refused this program's session because it did not log in. Other senders that log in are not affected, and there is nothing at Mailgun to wait for: this program's mail goes out as soon as it logs in (below).`
      : scenario === 'mailgun-incoming' ? rt`No: Mailgun's inbound server is up and answered; it refused mail for an address no Route takes. Mail to addresses a Route does take still comes in.`
      : scenario === 'recipient-host' ? rt`No: your sending works; Mailgun accepted the message, and the recipient's server refused it for that domain only.`
      : loginRefused ? rt`No: the server answered and refused the login; nothing is down.`
      // (only some recipients refused: their servers, most likely)
      : someRecipientsOnly({ scenario, evidence }) ? rt`No: only some recipients are refused, and a sender refused for its login or settings would fail every message. Those recipients' own servers most likely refused (their address, or their domain's mail setup); the rest of your mail goes out. One full bounce of theirs settles it (below).`
      : scenario === 'undetermined' ? rt`No: a relay refusal is a server's answer, so the server that gave it was up. It refused this message for a setting (a login, a Route, or the recipient's domain), not an outage; your other mail is most likely unaffected.`
      : scenario === 'not-relaying-denied' ? rt`No: a server answered with this refusal, so it is up; the refusal is about this message (below), not an outage.`
      : null;
    const asked = evidence.find((e) => e.rule === OUTAGE_ASKED_RULE)!.excerpt;
    // ("does it happen to other customers too?": asked as whether Mailgun has a fault of its own)
    const lead = OTHER_CUSTOMERS_ASKED.test(asked) ? 'Is it a fault at Mailgun, other customers too?' : /mailgun/i.test(asked) ? 'Is Mailgun down?' : 'Is your email down?';
    if (answer) answers.push(rt`${text(lead)} ${answer}`);
  }
  if (has(URGENCY_ASKED_RULE)) {
    const temporary = temporaryRefusal(facts);
    const domain = recipientDomainOf(facts);
    // (each verdict twice: as the answer to "is it urgent?" and to "can it wait?")
    const verdict = (urgent: string, wait: string, why: RichText) => ({ urgent, wait, why });
    const answer =
      noLogin ? verdict("Yes, if this program's mail matters:", "No, if this program's mail matters:", rt`every message it sends through Mailgun's SMTP host is refused until it logs in, and nothing is queued to go out later (what failed has to be sent again). The fix is one setting (below).`)
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE) ? verdict('Yes:', 'No:', rt`all mail sent to the domain is refused while its MX records point to Mailgun, and its senders get bounces; nothing is kept to deliver later. The MX records are the fix (below).`)
      : scenario === 'mailgun-incoming' ? verdict('Yes:', 'No:', rt`mail sent to ${facts.recipient ? quoteAddress(facts.recipient) : text('that address')} is refused while no Route takes it, and its senders get this bounce; nothing is kept to deliver later. A Route fixes it (below).`)
      : scenario === 'recipient-host' && temporary ? verdict('Not yet:', 'Yes, for now:', rt`the refusal is temporary (${code(String(facts.replyCode))}), so Mailgun tries again for a while; only if it keeps failing is the message given up.`)
      : scenario === 'recipient-host' ? verdict('Not for your sending as a whole:', 'Yes, for your sending as a whole:', rt`only mail to ${domain ? quoteAddress(domain) : text("that recipient's domain")} is refused, by its own server; the rest of your mail goes out. It matters as much as that recipient does: check the address first (below).`)
      : loginRefused ? verdict('Yes:', 'No:', rt`every message this program sends is refused until its login is fixed, and what failed has to be sent again.`)
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? verdict('Only for mail to recipients who are not authorized:', 'Only if mail to recipients who are not authorized can wait:', rt`each of those is refused until you authorize them or ${limitWayOut(facts)} (below).`)
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? verdict('It can be:', 'Better not:', rt`while the listing lasts, that receiving side refuses mail from the listed IP or domain, not only this message. Who can lift it is below.`)
      : scenario === 'not-relaying-denied' && kind === 'policy' ? verdict(`Yes, for mail to ${domain ?? 'that receiver'}:`, `Not if mail to ${domain ?? 'that receiver'} matters:`, rt`its server refuses every message that fails this check, and the refusal is not retried, until the cause below is fixed. Mail to other receivers may still go out.`)
      : scenario === 'not-relaying-denied' && kind === 'unknown-user' ? verdict('No:', 'Yes:', rt`one address that does not exist is refused; the rest of your mail goes out. Only the right address fixes it.`)
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full' ? verdict('No:', 'Yes:', rt`only that recipient's mailbox is full; the rest of your mail goes out.`)
      : scenario === 'not-relaying-denied' && kind === 'api-auth' && has(SEND_REQUEST_RULE) ? verdict('Yes:', 'No:', rt`every request the application makes with that key is refused, so nothing it sends through the API goes out until the key (or the API host) is fixed.`)
      : scenario === 'not-relaying-denied' && kind === 'api-auth' ? verdict('As urgent as what that request does:', 'As long as what that request does can wait:', rt`the refused request is not shown to be a send, so mail may still be going out; every request with that key and host is refused until they are fixed.`)
      : someRecipientsOnly({ scenario, evidence }) ? verdict('Probably not for your sending as a whole:', 'Probably, for your sending as a whole:', rt`only some recipients were refused and the rest went out, which points at those recipients' own servers (below).`)
      : scenario === 'undetermined' ? verdict('That depends on which side refused it:', 'That depends on which side refused it:', rt`if your own sending was refused, everything it sends fails until it is fixed; if a recipient's server refused, only mail to that recipient. The question below tells them apart.`)
      : null;
    const wait = WAIT_ASKED.test(evidence.find((e) => e.rule === URGENCY_ASKED_RULE)!.excerpt);
    if (answer) answers.push(rt`${text(wait ? 'Can it wait?' : 'Is it urgent?')} ${text(wait ? answer.wait : answer.urgent)} ${answer.why}`);
  }
  if (has(WHO_ACTS_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`Whoever set up the program that sends (your developer, web agency or IT), not Mailgun: the fix is a setting there, the SMTP login, with the domain's SMTP credentials from your Mailgun account (below).`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE) ? rt`Whoever manages the domain's DNS (your IT or web agency): its MX records have to point to the server that holds the mailboxes (below). Not Mailgun, and not the sender.`
      // (a Route shown takes the address: where and when it was made is what they check, not a new one)
      : scenario === 'mailgun-incoming' && facts.recipient !== null && facts.routes.some((route) => routeMatches(route, facts.recipient!) === true) ? rt`Whoever manages the Mailgun account that receives the domain's mail (your developer or IT): a Route shown takes the address, so they check that it is in that account and region, and was saved before the message came (below). Not Mailgun support, and not the sender.`
      : scenario === 'mailgun-incoming' ? rt`Whoever manages the Mailgun account that receives the domain's mail (your developer or IT): they add a Route for the address (below). Not Mailgun support, and not the sender.`
      : scenario === 'recipient-host' ? rt`The recipient: their server refused the address, so tell them (below); they or their IT fix it. Not Mailgun, and not your own IT.`
      : loginRefused ? rt`Whoever set up the program that sends (your IT), not Mailgun: the SMTP password saved there is wrong; they set a new one in the domain's SMTP credentials in your Mailgun account and enter it (below).`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`Whoever manages your Mailgun account: they authorize the recipient, or ${text(freeAccountDomain(facts) ? 'upgrade the account' : 'add a domain of your own')} (below).`
      : scenario === 'not-relaying-denied' && kind === 'unknown-user' ? rt`The recipient, to give you the right address: their server says this one does not exist. Not Mailgun, and not your IT.`
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full' ? rt`The recipient, who has to make room in the mailbox. Nobody on your side can.`
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? rt`Mailgun support if the listed IP is one of Mailgun's shared ones; whoever runs the IP, if it is your own (below).`
      : scenario === 'not-relaying-denied' && kind === 'api-auth' ? rt`Whoever maintains the application (its developer), not Mailgun: the API key in its settings is refused; they put in a valid key from your Mailgun account, and the API host of the domain's region (${code(API_BASE.eu)} for an EU domain) (below).`
      : scenario === 'undetermined' ? rt`That depends on which side refused it (below): whoever set up the sending program for a refused send, the recipient for a refusing server, whoever manages your Mailgun account for mail sent to your domain.`
      : null;
    if (answer) answers.push(rt`Who has to act? ${answer}`);
  }
  if (has(CLOSE_ASKED_RULE)) {
    const address = facts.recipient ? quoteAddress(facts.recipient) : text('the address');
    const answer: RichText | null =
      noLogin ? rt`Not yet: once the program sends with its SMTP login (below) and a test message to an outside address arrives; what failed has to be sent again.`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE) ? rt`Not yet: once the domain's MX records point to the server that holds its mailboxes (below) and a message from an outside mailbox arrives.`
      : scenario === 'mailgun-incoming' ? rt`Not yet: once a message sent from an outside mailbox to ${address} arrives. A bounce from before a Route was saved says nothing of the Route; one sent after it does (below).`
      : scenario === 'recipient-host' ? rt`Yes, once the customer knows: nothing in their Mailgun setup needs a change. The recipient's server refused ${address}; the recipient (or their mail administrator) has to take it, or give a right address (below).`
      : loginRefused ? rt`Not yet: once the program logs in with the right password (below) and a test message arrives.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`Not yet: once ${text(freeAccountDomain(facts) ? 'the account is upgraded' : 'the program sends from a domain of your own')} (or the recipient is authorized) and a test message to an outside address arrives (below).`
      : scenario === 'not-relaying-denied' && kind === 'unknown-user' ? rt`Yes, once the customer has the right address: the recipient's server says ${address} does not exist, and nothing on the sending side is broken.`
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full' ? rt`Yes: nothing on the sending side is broken; the recipient has to make room, and the message can be sent again then.`
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? rt`Not yet: once the listing is lifted and a message to that receiver goes through (below).`
      : scenario === 'not-relaying-denied' && kind === 'policy' && ownSenderCheckFailed(facts) ? rt`Not yet: once the sending domain's records pass (below) and a test message to that receiver arrives.`
      : scenario === 'not-relaying-denied' && kind === 'api-auth' ? rt`Not yet: once the application's requests go through with a valid key and the right API host (below).`
      : scenario === 'undetermined' ? rt`Not yet: first find out where the error was seen (below); each case has its own fix.`
      : null;
    if (answer) answers.push(rt`Can you close the ticket? ${answer}`);
  }
  if (has(ASK_CUSTOMER_ASKED_RULE)) {
    const answer: RichText | null =
      // (seen while sending: the server the program sends through is what is left to know)
      scenario === 'undetermined' && seenWhileSending(facts, evidence) ? rt`The SMTP settings of the program that showed it: its server (host) and port, and whether it logs in (a user name set, authentication on; the password masked, never in the ticket). With Mailgun's host there, it is the outgoing case (a missing login); with another server's, that server refused, and its own settings decide.`
      // (only some of their mail refused: mail they sent, most likely refused by those recipients' servers; one bounce tells)
      : someRecipientsOnly({ scenario, evidence }) ? rt`One of the returned bounces, forwarded whole as text (not a screenshot), or the failed event of one of those recipients in their Mailgun logs: either names the server that refused; and which recipients are affected (one domain, or several).`
      // (the mail said to fail both ways: one of each, as they may be two problems)
      : scenario === 'undetermined' && has(DIRECTION_UNKNOWN_RULE) && BOTH_WAYS.test(evidence.find((e) => e.rule === DIRECTION_UNKNOWN_RULE)!.excerpt) ? rt`One failure of each direction, whole and as text (not a screenshot of its subject line): for mail they send, the error their program shows or logs, or the failed entry in their Mailgun logs; for mail written to them, the bounce the writer got, forwarded whole. They may be two problems with two fixes.`
      : scenario === 'undetermined' ? rt`The whole error as text, not a screenshot of a subject line: the bounce email they got (forwarded whole), or the error the sending program shows or logs, with the server's name in it, or the failed entry in their Mailgun logs; and whether it happens when they send, or when someone writes to them.`
      : noLogin ? rt`The SMTP settings as the running program has them: host, port, user name and whether authentication is on (the password masked, never in the ticket), and whether it was restarted or redeployed since they were changed. The refusal itself already shows that no login was sent.`
      : scenario === 'mailgun-incoming' ? rt`The Routes of the domain's region as their Routes page shows them (each Route's expression and action), beside the address the mail was sent to${facts.recipient ? rt` (${quoteAddress(facts.recipient)})` : []}.`
      : scenario === 'recipient-host' ? rt`Nothing more for the diagnosis: ask them to confirm the address with the recipient, and to pass the refusal on to the recipient's mail administrator (below).`
      : loginRefused ? rt`The user name the program logs in with (the whole login, such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}) and the host; never the password.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox' ? rt`The domain the program sends from: the SMTP login or the API URL it uses, and its From address.`
      : scenario === 'not-relaying-denied' && kind === 'blocked' ? rt`Nothing more than this refusal, which names the list and the IP; only whether that IP is their own server's or Mailgun's.`
      : scenario === 'not-relaying-denied' && kind === 'unknown-user' ? rt`The right address, which only the recipient can give.`
      : null;
    if (answer) answers.push(rt`What to ask the customer for? ${answer}`);
  }
  if (has(WEBHOOK_EVENT_ASKED_RULE)) {
    const temporary = temporaryRefusal(facts);
    // (a delivery Mailgun made: its failed event, permanent or temporary, is what the webhooks report)
    // (not a bounce another server wrote of its own delivery: Mailgun logged nothing of it)
    const otherReporter = otherReporterOf(facts);
    const deliveryFailed = (scenario === 'recipient-host' && otherReporter === null) || (scenario === 'not-relaying-denied' && mailgunAccepted(facts) && (kind === 'unknown-user' || kind === 'mailbox-full' || kind === 'blocked' || kind === 'policy'));
    const answer: RichText | null =
      deliveryFailed && temporary ? rt`${code('temporary_fail')} (the event ${code('failed')} with severity ${code('temporary')}) for each attempt Mailgun retries; if it gives up, a last ${code('permanent_fail')}.`
      : deliveryFailed ? rt`${code('permanent_fail')} (the event ${code('failed')} with severity ${code('permanent')}), once: Mailgun does not retry it, so no other event follows for this message (a later message to the address, while it is on the Bounces list, is dropped at once).`
      : otherReporter ? rt`None from Mailgun: the delivery was ${quoteAddress(otherReporter)}'s, which wrote this report; Mailgun logged nothing of it.`
      : noLogin ? rt`None: Mailgun refused the SMTP session before it accepted the message, and a session that did not log in belongs to no account, so no event is logged and no webhook fires. The error is only in the sending program's own log.`
      : loginRefused ? rt`None: the login was refused before any message was accepted, so no event is logged and no webhook fires.`
      : null;
    if (answer) answers.push(rt`Which webhook event fires? ${answer}`);
  }
  // ("Why is nothing in the Mailgun logs?": a session refused before Mailgun took the message logs no event)
  if (has(LOGS_EMPTY_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`Mailgun refused the recipient before it accepted any message, and a session that did not log in belongs to no account, so it logs no event: the refusal is only in the sending program's own log. Once it logs in, its messages show in the Logs.`
      : loginRefused ? rt`The login was refused before Mailgun accepted any message, so no event is logged: the refusal is only in the sending program's own log. Once the login is right, its messages show in the Logs.`
      : scenario === 'not-relaying-denied' && kind === 'api-auth' ? rt`The API refused the request before it took a message, so no event is logged; the ${code('401')} is only in the program's own log.`
      : null;
    if (answer) answers.push(rt`Why is nothing in Mailgun's logs? ${answer}`);
  }
  // (not beside the test-without-sending answer, which says the same without sending anything)
  if (has(TEST_HOW_ASKED_RULE) && !(has(TEST_WITHOUT_SENDING_ASKED_RULE) && (noLogin || mailgunLoginRefused || scenario === 'undetermined'))) {
    const host = SMTP_HOST[facts.region ?? 'us'];
    const recipient = safeAddress(facts.recipient);
    const refuser = facts.hostRole === 'other' && facts.host ? safeDomain(facts.host) : null;
    const answer: RichText | null =
      noLogin || mailgunLoginRefused ? rt`Test the login alone, which sends nothing: ${code(`swaks --server ${host}:587 --tls --auth LOGIN --auth-user ${smtpLogin(safeDomain(facts.mailgunDomain))} --quit-after AUTH`)} (a ${code('235')} means the login works), then send one message from the program itself.`
      : scenario === 'recipient-host' ? rt`Ask their server yourself, from a machine that may connect out on port 25: ${code(`swaks --server ${refuser ?? 'THEIR_MX_HOST'} --from you@${safeDomain(facts.mailgunDomain) ?? 'YOUR_DOMAIN'} --to ${recipient ?? 'THE_ADDRESS'} --quit-after RCPT`)} (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'their-domain.example'}`)} names the host). A ${code('250')} after ${code('RCPT TO')} means it takes the address now; the same relay refusal means it still does not.`
      : scenario === 'mailgun-incoming' ? rt`Send a message from an outside mailbox (Gmail, Outlook.com) to ${recipient ? code(recipient) : text('the address')}, then look for it in the Mailgun logs: a Route that takes it shows as accepted and routed; without one, the sender gets this refusal again.`
      : scenario === 'undetermined' ? rt`Try each way on its own: send one message out through Mailgun to an outside address (it should arrive, or the sending program logs the refusal), and write one from an outside mailbox to an address of the domain that receives through Mailgun (the Mailgun logs show it routed, or the sender gets a bounce). The one that fails is the case below.`
      : null;
    if (answer) answers.push(rt`How can you test it? ${answer}`);
  }
  if (has(DKIM_SPF_ASKED_RULE)) {
    const answer: RichText | null =
      noLogin ? rt`No: SPF and DKIM are checked by the receiving server on mail Mailgun has sent on; this session was refused before that, for want of a login. An SPF or DKIM change did not cause it, and no DNS record fixes it.`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE) ? rt`Keep them: SPF and DKIM are for the mail you send through Mailgun. The MX records are the mistake here (below).`
      : scenario === 'mailgun-incoming' ? rt`No: SPF and DKIM are for the mail you send; this refusal is of mail sent to your domain. Keep them as they are.`
      : scenario === 'recipient-host' ? rt`No: the recipient's server refused the domain, not a failed SPF or DKIM check; your records are fine as they are.`
      : loginRefused ? rt`No: the login was refused before any message was sent; SPF and DKIM play no part.`
      // (a DMARC, SPF or DKIM refusal: not a content filter's, which the policy kind also holds)
      : scenario === 'not-relaying-denied' && kind === 'policy' && ownSenderCheckFailed(facts) ? rt`Yes: this refusal is a failed sender check, which needs SPF or DKIM to pass and to align with the From domain (below). A From at the same organisational domain as the Mailgun domain (${facts.mailgunDomain ? rt`${code(registrableDomain(facts.mailgunDomain))} or any subdomain of it, for ${code(facts.mailgunDomain)}` : rt`${code('example.com')} or any subdomain of it, for ${code('mg.example.com')}`}) aligns in relaxed mode; a DMARC record with ${code('adkim=s')} or ${code('aspf=s')} asks for the exact domain.`
      : scenario === 'undetermined' ? rt`Not for a relay refusal: SPF and DKIM are checked only on mail a server has taken, and this was refused before that.`
      : null;
    if (answer) answers.push(rt`Does this have to do with SPF or DKIM? ${answer}`);
  }
  if (has(TEST_WITHOUT_SENDING_ASKED_RULE) && (noLogin || mailgunLoginRefused || scenario === 'undetermined')) {
    const host = SMTP_HOST[facts.region ?? 'us'];
    answers.push(rt`Can you test without sending real mail? Yes: a login test sends nothing, such as ${code(`swaks --server ${host}:587 --tls --auth LOGIN --auth-user ${smtpLogin(safeDomain(facts.mailgunDomain))} --quit-after AUTH`)} (a ${code('235')} means the login works). swaks asks for the password, or takes it with ${code('--auth-password')}. And a message sent with the header ${code('X-Mailgun-Drop-Message: yes')} (or ${code('o:testmode=yes')} through the API) is accepted by Mailgun but not delivered: it is logged as delivered and counted like a sent message.`);
  }
  return answers;
}

const OTHER_CUSTOMERS_ASKED = /\b(?:altri|otros|anderen|andere|autres|other)\b/i;
// (its asks in other languages, rule customer-message-asked-abroad, go by the same name)
const CUSTOMER_MESSAGE_ASKED_RULE = ruleName('customer-message-asked');
const CUSTOMER_MESSAGE_DECLINED_RULE = ruleName('customer-message-declined');
const MESSAGES_QUEUED_RULE = ruleName('messages-queued');
const THEIR_CUSTOMERS_READER_RULE = ruleName('their-customers-reader');
const MESSAGE_DRAFTED_FOR_RULE = ruleName('message-drafted-for');
const CUSTOMER_LANGUAGE_NAMED_RULE = ruleName('customer-language-named');
const ANSWER_LANGUAGE_ASKED_RULE = ruleName('answer-language-asked');

/**
 * The reply's Fix line told to the developer who wrote the configuration: "the configuration shown" is the one they shared; a
 * line that speaks of the paste otherwise ("the paste shows", "above") is left out, they have not seen it.
 */
function forDeveloper(fixLine: RichText): RichText | null {
  const told = fixLine.map((part, index) => {
    const words = index === 0 ? part.text.slice('Fix: '.length) : part.text;
    return part.kind === 'text' ? text(words.replace(/\bthe configuration shown\b/g, 'the configuration you shared')) : { ...part, text: words };
  });
  return /\b(?:paste|shown|above|below)\b/i.test(plain(told)) ? null : told;
}

/** The reply's own "Fix: ..." line, the change it settled on for this paste. */
const isFixLine = (paragraph: RichText): boolean => paragraph[0]?.kind === 'text' && paragraph[0].text.startsWith('Fix: ');

/** "What do I tell the customer?": a message to pass on, in plain words, for the case the diagnosis settles. */
function customerMessageSections(diagnosis: Diagnosis, fixLine: RichText | null, loginCause: LoginCause | null): ReplySection[] {
  const { scenario, facts, evidence } = diagnosis;
  // (no message asked, but the answer asked in another language, "Bitte auf Deutsch antworten": the case in plain words, in it)
  // (or asked only as a draft for someone, "Draft something they can send to the client's IT": that is the ask)
  const messageAsked = evidence.find((e) => e.rule === CUSTOMER_MESSAGE_ASKED_RULE)?.excerpt ?? evidence.find((e) => e.rule === MESSAGE_DRAFTED_FOR_RULE)?.excerpt;
  let asked = messageAsked ?? evidence.find((e) => e.rule === ANSWER_LANGUAGE_ASKED_RULE)?.excerpt;
  // (not a quoted thread's old line, "> **Dana** (March): what do we tell them?": asked then, of another error)
  // (unless it is put to the bot, "> **Ana**: @relaydenied ... can you give me something I can paste to their dev?")
  if (asked === undefined || askedInOldThread(asked)) return [];
  const answerOnly = messageAsked === undefined;
  // ("I don't need a message for the customer, just the fix": none is written)
  // (unless a message is asked for someone else after all: "... for the customer, I'll call them, but could you draft a note for their IT admin?")
  const declined = evidence.find((e) => e.rule === CUSTOMER_MESSAGE_DECLINED_RULE)?.excerpt;
  if (declined !== undefined) {
    const other = askForAnotherReader(asked, declined);
    if (other === null) return [];
    asked = other;
  }
  // (two messages asked for two readers, "(1) a message in Japanese for Kogyo Sato's IT team ... and (2) a short reply in English
  // for the customer's ops manager": one each, in the order asked)
  const asks = separateAsks(asked);
  return asks.flatMap((ask) => messageSectionsFor(diagnosis, fixLine, loginCause, { asked: ask, whole: asked, answerOnly }));
}

/** One message asked: its own words, the whole ask they are part of (the same where one message is asked), and whether only an answer in a language was asked. */
interface MessageAsk {
  asked: string;
  whole: string;
  answerOnly: boolean;
}

function messageSectionsFor(diagnosis: Diagnosis, fixLine: RichText | null, loginCause: LoginCause | null, { asked, whole, answerOnly }: MessageAsk): ReplySection[] {
  const { scenario, facts, evidence } = diagnosis;
  const oneOfSeveral = asked !== whole;
  // (the customer is the recipient where they say the company's mail does not arrive, or the person pasting sent it: "our emails to ...")
  // (or the ask names the recipient's side as the reader: "a message for the recipient's IT admin", "an die Empfängerin selbst")
  // (or the customer's own customers, a notice for them: "een berichtje ... op hun website ... voor hun klanten")
  // (beside "what do I tell the customer?", a message drafted for someone else, "draft something they can forward to Cordell's IT":
  // that one is the message's reader, the reply itself answering the customer)
  const named = askedReader(asked);
  // (a handover note asked for a colleague is that colleague's message, written above: a message for the customer only where
  // the ask names them, "the handover note for Jonas, and a reply for the customer")
  // (unless the same ask goes on to one: "... in italiano? E anche un messaggio in italiano per la segreteria")
  if (handoverAsk(diagnosis) !== null && (named === null || named.reader === 'colleague') && !moreThanTheNoteAsked(asked)) return [];
  const draftedFor = evidence.find((e) => e.rule === MESSAGE_DRAFTED_FOR_RULE)?.excerpt;
  const drafted = draftedFor !== undefined && (named === null || DECLINED_READERS.has(named.reader)) ? askedReader(rulePattern(MESSAGE_DRAFTED_FOR_RULE).exec(draftedFor)?.[0] ?? '') : null;
  // (or the refused recipient by their first name, "a short message the receptionist can send Karen" for karen.whitfield@...)
  const reader = (drafted !== null && !DECLINED_READERS.has(drafted.reader) ? drafted : named) ?? (evidence.some((e) => e.rule === THEIR_CUSTOMERS_READER_RULE) ? { reader: 'their customers', phrase: '' } : (evidence.some((e) => e.rule === CUSTOMER_PRONOUN_RULE) ? { reader: 'customer', phrase: '' } : null) ?? pronounReader(evidence) ?? recipientByName(asked, facts, scenario));
  // (a reader outside the company, a patient, a guest, a supplier: the one whose mail to the domain bounced, or the recipient of the company's refused mail)
  const outsider = reader !== null && (OUTSIDE_READERS.has(reader.reader) || PERSON_NAME.test(reader.reader));
  // (a supplier or a partner writes to the domain; elsewhere one may run the sending software, and is told what to change)
  const writerReader = outsider || (reader !== null && WRITING_PARTNERS.has(reader.reader));
  // (a supplier or a partner the company's own mail was refused at, "un mensaje corto para el proveedor": the recipient)
  // (the answer asked in a language and no more: not "eine kurze Antwort auf Deutsch, die ich dem Kunden schicken kann", a message to pass on)
  const languageAskOnly = reader === null && evidence.some((e) => e.rule === ANSWER_LANGUAGE_ASKED_RULE && e.excerpt === asked) && !PASSED_ON.test(asked);
  // (the person's own mail failing: not the customer's own words quoted, « Nos e-mails vers un fournisseur reviennent », whose
  // "our" is theirs, the one to tell)
  const toRecipient = evidence.some((e) => e.rule === RECIPIENT_NOT_RECEIVING_RULE || (e.rule === OWN_MAIL_FAILING_RULE && !QUOTED_WORDS.test(e.excerpt))) || recipientSideReader(reader, facts, scenario, evidence.some((e) => e.rule === OWN_ORGANISATION_RULE)) || (outsider && scenario !== 'mailgun-incoming') || (scenario === 'recipient-host' && reader !== null && WRITING_PARTNERS.has(reader.reader))
    // (an app's user at a mailbox provider, or at its misspelling, "What should I tell the user?": the one whose mail did not arrive)
    || (reader?.reader === 'user' && (scenario === 'recipient-host' || diagnosis.kind === 'unknown-user' || diagnosis.kind === 'mailbox-full') && (addressMeant(facts) !== null || isMailboxProviderDomain(safeDomain(recipientDomainOf(facts)) ?? '')));
  // ("how do I explain this to a non-technical person?": the same message in everyday words, no protocol terms)
  // (not to a developer or a mail admin, "a message for their developer explaining what's wrong", unless plain words are asked too)
  // (or one said to be, "He is a developer so code is fine")
  const technicalReader = (reader !== null && (DEVELOPER_READERS.has(reader.reader) || MAIL_ADMIN_READERS.has(reader.reader))) || TECHNICAL_READER_SAID.test(asked);
  // (nor for a mail server's admin, "a note for Marcus explaining what to change on the Postfix side", unless plain words are asked)
  // (a reader named who runs no servers, "the shop owner", still gets the everyday words)
  const mailServer = scenario === 'mailgun-outgoing' && facts.client !== null && RELAYING_SERVERS.has(facts.client) && !(reader !== null && EVERYDAY_READERS.has(reader.reader));
  const everyday = technicalReader || mailServer ? PLAIN_WORDS.test(asked) : EXPLAIN_ASKED.test(asked);
  const key: CustomerMessageKey | null =
    // (delivered after the temporary refusals shown: nothing failed in the end, whatever the refusals were)
    evidence.some((e) => e.rule === DELIVERED_AFTER_RETRIES_RULE) ? 'delivered-after-retries' :
    // (to a parent or a guest whose mail was never sent: the company's own setting, nothing for them to do)
    // (a mail server's relay settings, not an application's code; a WordPress plugin's settings page, clicked through)
    scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' ? (outsider ? 'outgoing-to-recipient' : facts.client === 'wordpress' ? (STEPS_ASKED.test(asked) ? 'outgoing-plugin-steps' : 'outgoing-plugin') : facts.client === 'm365-connector' ? 'outgoing-connector' : facts.client === null && (gatewayRouteProduct(evidence) !== null || evidence.some((e) => e.rule === GOOGLE_ROUTE_RULE)) ? 'outgoing-gateway' : facts.client === 'mail-program' ? 'outgoing-mail-program' : everyday ? 'outgoing-everyday' : facts.client === 'printer' ? 'outgoing-device' : facts.client === 'swaks' ? 'outgoing-swaks' : facts.client === 'postfix' && keyToRelayhost(facts, evidence) ? 'outgoing-postfix-key' : facts.client === 'postfix' && (evidence.some((e) => e.rule === POSTFIX_NO_SASL_MECHS_RULE) || (evidence.some((e) => e.rule === SASL_ON_SAID_RULE) && !evidence.some((e) => e.rule === SASL_KEY_RULE))) ? 'outgoing-postfix-login-on' : facts.client === 'postfix' ? 'outgoing-postfix' : facts.client !== null && RELAYING_SERVERS.has(facts.client) ? 'outgoing-mail-server' : 'outgoing')
      // (to the writer whose mail to the domain bounced: no internals, what it means for them)
      // (not where the writers are the customer's own clients, "sus clientes reciben este rebote": the customer owns the domain)
      // (not where the ask names the customer as its reader, "dat ik kan doorsturen naar de klant": the domain's owner, who makes the Route)
      // (nor a colleague who takes the case over, "a handover note for my colleague Priya": the case as it stands, in the third person)
      // (not where the ask is only for the answer in a language, "Co jest nie tak? Odpowiedz po polsku.": the customer's case, for the customer)
      // (a Route shown with its one change named stays the specific message, for a reader who is not technical too)
      : scenario === 'mailgun-incoming' ? (writerReader || reader?.reader === 'sender' || (!languageAskOnly && (reader?.reader !== 'customer' || evidence.some((e) => e.rule === MAIL_TO_CUSTOMER_RULE && OUR_CUSTOMERS_WRITE.test(e.excerpt) && !QUOTED_WORDS.test(e.excerpt))) && !(reader !== null && (DOMAIN_SIDE_READERS.has(reader.reader) || OWN_TEAM_READER.test(reader.reader))) && evidence.some((e) => e.rule === MAIL_TO_CUSTOMER_RULE && writerTold(e.excerpt) && !THIRD_PARTY_WRITERS.test(e.excerpt))) ? 'incoming-to-writer' : mxNotMeant(facts, evidence) ? 'incoming-mx-not-meant' : NOT_TECHNICAL.test(asked) && routeFixOf(facts, evidence) === null ? 'incoming-everyday' : 'incoming')
      // (to the recipient whose own server refuses, for their IT; to the sender: a likely typo named, or, the address said to be right, the receiving side's fix)
      // (to the recipient, an address on file that looks mistyped: the likely one asked about)
      // (the recipient's mail said moved: the address is most likely right, their MX records the fix, as for an address confirmed)
      // (to a private person, a patient or a parent, whose address is not said to be right: is it? No servers, no IT)
      // (the recipient's side said fixed, the address still suppressed: only the Bounces list is left, for the sender)
      : scenario === 'recipient-host' && !toRecipient && facts.suppression === 'bounce' && evidence.some((e) => e.rule === RECIPIENT_FIXED_RULE) ? 'suppressed-after-fix'
      // (a temporary refusal Mailgun is still retrying, to the sender: nothing to resend yet)
      : scenario === 'recipient-host' && !toRecipient && temporaryRefusal(facts) && !retriesRanOut(facts) && mailgunAccepted(facts) ? 'recipient-host-retrying'
      : scenario === 'recipient-host' ? (toRecipient ? (addressMeant(facts) !== null ? 'typo-to-recipient' : outsider ? (facts.addressConfirmed ? 'recipient-host-person-confirmed' : 'recipient-host-to-person') : 'recipient-host-to-recipient') : facts.recipientAddressChanged ? 'recipient-host-address-changed' : ownServerReporter(facts) !== null ? 'recipient-host-own-server' : confirmedAddress(facts) || facts.recipientMailMoved ? 'recipient-host-confirmed' : 'recipient-host')
      // (the other errors a customer is told of: an address that does not exist, a full mailbox)
      // (a full mailbox refused for now, the retries still running: it may arrive by itself, nothing to remove or resend yet)
      // (to the sender, the Mailgun user; to the recipient where it is they who say the company's mail does not arrive)
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'unknown-user' ? (toRecipient ? (addressMeant(facts) !== null ? 'typo-to-recipient' : 'unknown-user-to-recipient') : confirmedAddress(facts) ? 'unknown-user-confirmed' : 'unknown-user')
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'mailbox-full' ? (toRecipient ? 'mailbox-full-to-recipient' : temporaryRefusal(facts) && !retriesRanOut(facts) && mailgunAccepted(facts) && !evidence.some((e) => e.rule === PERMANENT_LATER_RULE) ? 'mailbox-full-retrying' : 'mailbox-full')
      // (to the customer whose own sending setup is the cause: what to change, in their words)
      // (the company's own login, key or plan refused its mail: to a patient or a guest, the mail was not sent, nothing for them to do)
      : scenario === 'not-relaying-denied' && outsider && (diagnosis.kind === 'auth-failure' || diagnosis.kind === 'sandbox' || diagnosis.kind === 'api-auth') ? 'outgoing-to-recipient'
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'sandbox' ? (freeAccountDomain(facts) ? 'free-account' : 'sandbox')
      // (the password changed already: the application still sends the old one; not once the new one is said to be in, a stray blank's or another login's case)
      // (a mail server's login is in its relay settings and a password map it reads: not an application's)
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'auth-failure' && (facts.host === null || facts.hostRole === 'mailgun-smtp') ? (facts.client !== null && RELAYING_SERVERS.has(facts.client) ? 'auth-failure-mail-server' : evidence.some((e) => API_CREDENTIALS_AS_LOGIN_RULES.has(e.rule)) ? 'auth-failure-api-key' : passwordChangedBefore(evidence) ? 'auth-failure-after-reset' : 'auth-failure')
      // (a message refused as malformed, its From header missing: the program that builds it, to the sender)
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'policy' && MALFORMED_MESSAGE.test(facts.serverMessage ?? '') && !toRecipient ? (REPEATED_HEADER.test(facts.serverMessage ?? '') ? 'message-header-repeated' : 'message-malformed')
      // (or a generic policy refusal beside the From domain's DMARC record asking for strict alignment: its sender check; not a content filter's)
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'policy' && (senderCheckFailed(facts) || (dmarcStrictSteps(facts, evidence) !== null && !CONTENT_FILTER.test(facts.serverMessage ?? ''))) ? (toRecipient ? 'sender-check-to-recipient' : OUTLOOK_AUTHENTICATION_LEVEL.test(facts.serverMessage ?? '') && !deliveredDirectly(facts) ? 'sender-check-dmarc' : NOT_TECHNICAL.test(asked) ? 'sender-check-everyday' : 'sender-check')
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'blocked' ? (toRecipient ? 'blocked-to-recipient' : contentJudgedSpam(facts) ? 'blocked-content' : 'blocked')
      : scenario === 'not-relaying-denied' && diagnosis.kind === 'api-auth' ? (euDomainAtUsHost(facts, evidence) ? 'api-auth-region' : 'api-auth')
      // (to someone whose mail to the domain was refused, in another server's words than Mailgun's: most likely their own outgoing server)
      : scenario === 'undetermined' && evidence.some((e) => e.rule === MAIL_TO_CUSTOMER_RULE) ? (notMailgunWording(diagnosis) ? 'undetermined-writer-own-server' : 'undetermined-writer')
      // (to the customer who is not getting the company's mail: their IT's view, no Mailgun internals)
      // (to a parent or a tenant: which way the mail went is not known either, so both ways are answered, nothing technical)
      // (refused on the way through the provider the customer's own device or program sends through: that provider's settings)
      // (or refused by the sender's own outgoing server, a mail program's, "Server Name: mail.kanzlei-roth.de": its login, no Mailgun setting)
      : scenario === 'undetermined' && facts.senderRelay !== null && facts.provider === null && facts.source === 'mail-client' && !outsider && !toRecipient && !mailgunAccepted(facts) ? 'undetermined-own-server'
      // (or by the SMTP server an application is set to use, another than Mailgun's: production still on the old provider)
      : scenario === 'undetermined' && facts.senderRelay !== null && facts.senderRelay === facts.host && facts.provider === null && facts.source === 'client-exception' && facts.mailgunDomain !== null && !outsider && !toRecipient && !mailgunAccepted(facts) ? 'undetermined-app-relay'
      : scenario === 'undetermined' && facts.provider !== null && !outsider && !toRecipient && !mailgunAccepted(facts) ? 'undetermined-own-provider'
      : scenario === 'undetermined' && outsider ? 'undetermined-to-outsider'
      : scenario === 'undetermined' && recipientNotReceiving(diagnosis) ? 'undetermined-not-receiving'
      : scenario === 'undetermined' ? (everyday ? 'undetermined-everyday' : 'undetermined')
      : null;
  if (key === null) return [];
  const loginShown = domainLoginShown(facts);
  const values: CustomerMessageValues = {
    login: (loginShown !== null ? safeAddress(loginShown) : null) ?? smtpLogin(safeDomain(facts.mailgunDomain)),
    loginRight: loginShown !== null && safeAddress(loginShown) !== null,
    dmarcDomain: safeDomain(dmarcHome(outlookSendingDomain(facts.serverMessage ?? ''))),
    dmarcRemoved: evidence.some((e) => e.rule === DMARC_REMOVED_RULE),
    routeToApp: scenario === 'mailgun-incoming' && evidence.some((e) => e.rule === ROUTE_TO_URL_RULE),
    // (asked by the one the message is for, "the customer asks if it is the relaying denied thing": not the person's own question)
    notRelayAsked: scenario === 'not-relaying-denied' && evidence.some((e) => e.rule === RELAY_ASKED_RULE && ASKED_BY_THEM.test(e.excerpt)),
    // (a permanent refusal of mail Mailgun delivered, and a resend asked, or the address said to be right: the fix is theirs,
    // and what follows it, the Bounces list and a resend, the sender's; an unknown user's too, the mailbox made)
    resendNoted: (scenario === 'recipient-host' || diagnosis.kind === 'unknown-user') && mailgunAccepted(facts) && permanentFailure(facts) && (evidence.some((e) => e.rule === RESEND_ASKED_RULE) || confirmedAddress(facts) || facts.recipientMailMoved),
    recipient: safeAddress(facts.recipient),
    host: facts.hostRole === 'other' && facts.host ? safeDomain(facts.host) : null,
    // (the server's own words, not Mailgun's nor a person's retelling: only where the refusing host is another server)
    refusal: facts.hostRole === 'other' && facts.serverMessage ? facts.serverMessage : null,
    reporter: safeDomain(ownServerReporter(facts)),
    suggestion: addressMeant(facts),
    euApi: API_BASE.eu,
    smtpHost: SMTP_HOST[facts.region ?? 'us'],
    // (a port the paste shows in use and that works with a login: kept, as the reply's own advice keeps it)
    // (and port 25 where the reply keeps it: Mailgun's host answered there, with encryption on)
    port: String(facts.smtpPort === 2525 || facts.smtpPort === 465 || (facts.smtpPort === 25 && facts.host === SMTP_HOST[facts.region ?? 'us'] && !plainPort25(facts, evidence)) ? facts.smtpPort : RECOMMENDED_PORT),
    tls: facts.smtpPort === 465 ? 'SSL/TLS' : 'STARTTLS',
    phone: phoneGiven(evidence),
    // (not where the refusal's own line shows the message given up, Postfix's status=bounced)
    queued: evidence.some((e) => e.rule === MESSAGES_QUEUED_RULE) && !evidence.some((e) => /\bstatus=bounced\b/.test(e.excerpt)),
    readerRunsMail: toRecipient && reader !== null && MAIL_ADMIN_READERS.has(reader.reader),
    // (the provider's own name, to stand in a sentence: "Google Workspace", not its relay's description)
    provider: facts.provider === null ? null : facts.provider === 'google-workspace' ? 'Google Workspace' : PROVIDER_NAMES[facts.provider],
    microsoft365: BUSINESS_M365_HOST.test(facts.mxHost ?? facts.host ?? '') || /\bnon-accepted domain\b/i.test(facts.serverMessage ?? ''),
    tenantAttribution: facts.enhancedCode === '5.7.64' || /\btenantattribution\b/i.test(facts.serverMessage ?? ''),
    // (not beside Routes said deleted: the ones left say nothing of the address's, which went with them)
    routesInUse: (routesForDomainShown(facts) && !evidence.some((e) => e.rule === ROUTES_DELETED_RULE)) || (scenario === 'mailgun-incoming' && evidence.some((e) => e.rule === OTHER_ADDRESSES_WORK_RULE)),
    // (not beside a commented-out login line the cause names already)
    stoppingLine: scenario === 'mailgun-outgoing' && loginCause?.kind !== 'line-commented' && loginCause?.kind !== 'default-credentials' ? stoppingLineOf(evidence, facts.client) : null,
    appSettings: facts.client !== null && APP_CLIENTS.has(facts.client),
    // (or Routes said deleted or there: the domain has had them, so its mail is meant to reach Mailgun)
    mxMeant: scenario === 'mailgun-incoming' && !mxNotMeant(facts, evidence) && evidence.some((e) => e.rule === OWN_MX_RULE || e.rule === INBOUND_MEANT_RULE || e.rule === ROUTES_DELETED_RULE || e.rule === ROUTE_SAID_PRESENT_RULE || e.rule === OTHER_ADDRESS_ROUTE_RULE),
    routeFix: key === 'incoming' ? routeFixOf(facts, evidence) : null,
    // (or says the credentials were checked: "hanno già controllato le credenziali SMTP", they play no part)
    loginFine: scenario === 'recipient-host' && evidence.some((e) => e.rule === THEORY_PASSWORD_WRONG_RULE || e.rule === THEORY_CREDENTIALS_EXPIRED_RULE || e.rule === PASSWORD_CHANGED_SAID_RULE || e.rule === CREDENTIALS_SET_RULE),
    loginCause,
    routesDeleted: scenario === 'mailgun-incoming' && evidence.some((e) => e.rule === ROUTES_DELETED_RULE),
    otherRoute: scenario === 'mailgun-incoming' ? otherRouteOf(evidence, facts) : null,
    newAddress: safeAddress(facts.recipientNewAddress),
    gateway: gatewayRouteProduct(evidence) ?? (evidence.some((e) => e.rule === GOOGLE_ROUTE_RULE) ? 'Google Workspace' : null),
    othersReach: scenario === 'recipient-host' && evidence.some((e) => e.rule === RECIPIENT_GETS_OTHER_MAIL_RULE),
    upgradeAsked: diagnosis.kind === 'sandbox' && /\bupgrade\b/i.test(facts.serverMessage ?? ''),
    someRefused: someRecipientsOnly(diagnosis),
    // (not beside an address that looks mistyped: the one refused alone is the point then)
    domainRefused: scenario === 'recipient-host' && facts.refusedAtDomain >= 2 && facts.deliveredAtDomain === 0 && addressMeant(facts) === null && safeDomain(recipientDomainOf(facts)) !== null ? { domain: safeDomain(recipientDomainOf(facts))!, count: facts.refusedAtDomain } : null,
    postfixMap: saslMapWarning(evidence) ?? { path: DEFAULT_SASL_MAP, argument: DEFAULT_SASL_MAP, texthash: false },
    relayhostKey: scenario === 'mailgun-outgoing' && keyToRelayhost(facts, evidence) ? (/relayhost = (\S+)/.exec(evidence.find((e) => e.rule === SASL_KEY_RULE)?.excerpt ?? '')?.[1] ?? null) : null,
  };
  // (a language the ask's own words name first: "Necesito la nota para Ben en inglés y un mensaje para el cliente en español",
  // not another line's, "te dejo este ticket (bueno, en inglés la nota ...)")
  // (one of several messages naming none: the language the whole ask is in, not another message's)
  const namedIn = answerOnly || languageNamedIn(asked) !== undefined ? asked : oneOfSeveral ? undefined : evidence.find((e) => e.rule === CUSTOMER_LANGUAGE_NAMED_RULE)?.excerpt;
  // (none named: the language of the customer's own words, where the paste quotes them in another than the ask's; "Klient pisze
  // tak: "Our partner told us ..."" gets the message in English)
  const quotedWords = namedIn === undefined && !toRecipient ? /["\u201c\u201e]([^"\u201d\n]{40,600})/.exec(evidence.find((e) => e.rule === CUSTOMER_WORDS_QUOTED_RULE)?.excerpt ?? '')?.[1] : undefined;
  // (not a bounce's own words quoted, `"Remote Server returned '550 5.7.1 Unable to relay'"`: no language of the customer's)
  const quotedLanguage = quotedWords === undefined || BOUNCE_WORDS.test(quotedWords) ? null : quotedWordsLanguage(quotedWords);
  // (two messages asked in two languages, "(1) a message in Japanese for Kogyo Sato's IT team ... (2) a short reply in English for
  // the ops manager": the one written is for the reader found, in the language named with that reader)
  const readerLanguage = reader !== null && LANGUAGE_COUNT_TWO.test(asked) ? languageOfReader(asked, reader) : undefined;
  const language = quotedLanguage ?? readerLanguage ?? customerLanguage(namedIn === undefined ? whole : asked, namedIn);
  // (the reply itself is in English: the case in plain words in the language asked, under its own heading)
  if (answerOnly) return language === 'en' || handoverAsk(diagnosis) !== null ? [] : [{ heading: `In ${LANGUAGE_LABELS[language]}, as asked`, paragraphs: [customerMessage(key, values, language)] }];
  // (the ask dictates news of its own, a date or a time: the message covers the email problem only, and says so to the person)
  const dictated = evidence.some((e) => e.rule === DETAILS_GIVEN_RULE) ? [rt`Add what you wanted them to know (the date and details in your request): the message above covers only the email problem.`] : [];
  // (to a developer, in English: the change itself for the library or framework found, "set MAIL_USERNAME ... then php artisan queue:restart")
  // (the reply's own Fix where it has one, "check first that the server runs the configuration shown ...", not the library's
  // generic login step; not one that speaks of the paste, which the developer has not seen)
  const developerAsked = key === 'outgoing' && language === 'en' && reader !== null && DEVELOPER_READERS.has(reader.reader) && facts.client !== null && !APP_CLIENTS.has(facts.client);
  const ownFix = developerAsked && fixLine !== null ? forDeveloper(fixLine) : null;
  const developerFix = developerAsked && ownFix === null
    ? clientLoginFix(facts.client!, values.login, SMTP_HOST[regionOrDefault(facts.region)], { implicitTls: facts.smtpPort === 465 })
    : null;
  // (it replaces the message's general ask to log in: the developer reads the one change to make; beside a cause the message
  // names with its own fix, it follows that)
  const concrete = ownFix ?? (developerFix !== null ? rt`${developerFix}.` : null);
  const messageValues = concrete !== null && values.loginCause === null ? { ...values, developerFix: concrete } : values;
  const concretely = concrete !== null && values.loginCause !== null ? [rt`Concretely: ${concrete}`] : [];
  // (a language asked, or asked in, that no message is written in, "Türkçe bir cevap": said, not passed over in silence)
  // (not where English came from a language named on another line, "The customer only reads English.")
  const namedElsewhere = evidence.find((e) => e.rule === CUSTOMER_LANGUAGE_NAMED_RULE)?.excerpt;
  const unwritten = language === 'en' && (namedElsewhere === undefined || languageNamedIn(namedElsewhere) === undefined) ? unwrittenLanguageIn(asked) : null;
  const unwrittenNote = unwritten === null ? [] : [rt`${text(`The message is in English: I write these messages in ${WRITTEN_LANGUAGES}, not in ${unwritten}. Translate it before you send it.`)}`];
  // (an informal address asked, "de tú", "du-Form", "dando del tu": the messages are written formally; said, not passed over)
  const formal = FORMAL_ADDRESS[language];
  const registerNote = formal !== undefined && INFORMAL_ASKED.test(whole) ? [rt`${text(`The message addresses the reader formally (${formal.formal}): I write these messages in the formal address only, not with ${formal.informal} as asked. Change the address before you send it.`)}`] : [];
  return [{ heading: `What you can tell ${audienceOf(reader, key)}`, paragraphs: [...customerMessageParagraphs(key, messageValues, language, customerLanguage(whole, undefined)), ...concretely, ...dictated, ...unwrittenNote, ...registerNote] }];
}

/** An informal address asked for a message: "de tú", "tuteándole", "per du", "du-Form", "tutoiement", "gli diamo del tu", "je-vorm", "na ty", "на ты". */
const INFORMAL_ASKED = /(?<![\p{L}])(?:(?:de|en|con)[ \t]+tú|tute(?:a|ar|ando|ándole|ándolo)|per[ \t]+du|duzen|du-?form|im[ \t]+du-?ton|tutoie(?:ment|r|z)?|del[ \t]+tu|col[ \t]+tu|con[ \t]+il[ \t]+tu|je-?vorm|jij-?vorm|tutoyant|na[ \t]+ty|на[ \t]+ты)(?![\p{L}])/iu;
/** Each language's formal and informal address, where it has both and the messages take the formal one. */
const FORMAL_ADDRESS: Partial<Record<CustomerLanguage, { formal: string; informal: string }>> = {
  de: { formal: 'Sie', informal: 'du' }, es: { formal: 'usted', informal: 'tú' }, fr: { formal: 'vous', informal: 'tu' }, it: { formal: 'Lei', informal: 'tu' },
  nl: { formal: 'u', informal: 'je' }, pl: { formal: 'Pan/Pani', informal: 'ty' }, ru: { formal: 'вы', informal: 'ты' },
};

/** Where an ask numbers its messages: "(1) ... (2) ...", "1) ... 2) ...". */
const ASK_NUMBER = /(?<![\w(])(?:\(([1-4])\)|([1-4])\))(?=[ \t])/g;
/** Where an ask starts each of its messages: "one for the customer and one for their IT", "..., and another for their developer". */
// (after a comma or an "and" of the same ask: not "we have one for their IT admin already")
const ONE_EACH = /(?<=(?:,|\band)[ \t]+)(?:one|another(?:[ \t]+one)?)[ \t]+(?:(?:in|auf|en)[ \t]+\p{L}+[ \t]+)?for\b/giu;
/**
 * The messages an ask is for, each with its own words: one part per numbered ask or per "one for ...", where each names its own
 * reader and no two the same; else the ask whole.
 */
const ONE_OF_THEM = /^(?:one|another(?:[ \t]+one)?)(?=[ \t])/i;
function separateAsks(asked: string): string[] {
  const numbers: number[] = [];
  for (const m of asked.matchAll(ASK_NUMBER)) if (Number(m[1] ?? m[2]) === numbers.length + 1) numbers.push(m.index);
  const starts = numbers.length >= 2 ? [0, ...numbers.slice(1)] : [0, ...[...asked.matchAll(ONE_EACH)].map((m) => m.index).filter((at) => at > 0)];
  // ("another for their IT admin": a message, for the reader's words to find)
  const parts = starts.map((start, i) => asked.slice(start, starts[i + 1]).replace(ONE_OF_THEM, 'a message'));
  // (the words before the first "one for" belong to it: "Two messages please, one for the customer ...")
  if (numbers.length < 2 && parts.length > 2 && askedReader(parts[0]!) === null) parts.splice(0, 2, parts[0]! + parts[1]!);
  if (parts.length < 2) return [asked];
  const readers = parts.map((part) => askedReader(part)?.reader);
  return readers.every((reader) => reader !== undefined) && new Set(readers).size === parts.length ? parts : [asked];
}

/** An ask that names two languages or more ("in Japanese ... and ... in English"): which is whose is read by its reader. */
const LANGUAGE_COUNT_TWO = /\bin[ \t]+[A-Z][a-z]{3,12}\b[\s\S]{1,400}?\bin[ \t]+[A-Z][a-z]{3,12}\b/;
/** Where one part of an ask ends and the next begins: "(1) ... (2) ...", a semicolon, a line, "... and (2)". */
const ASK_PART_START = /\(\d\)|;|\n|\d\)[ \t]|\band[ \t]+(?=\(?\d)/g;

/** The language named in the same part of the ask as the reader, before the reader's word ("(1) a message in Japanese for ... IT team"). */
function languageOfReader(asked: string, reader: AskedReader): ReturnType<typeof languageNamedIn> {
  const at = asked.toLowerCase().indexOf(reader.reader.toLowerCase(), Math.max(0, asked.indexOf(reader.phrase)));
  if (at <= 0) return undefined;
  const starts = [...asked.slice(0, at).matchAll(ASK_PART_START)];
  const partStart = starts.length ? starts.at(-1)!.index! + starts.at(-1)![0].length : 0;
  return languageNamedIn(asked.slice(partStart, at));
}

/** The languages the messages are written in, for a sentence: "English, German, ... and Japanese". */
const WRITTEN_LANGUAGES = ((labels: string[]) => `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`)(Object.values(LANGUAGE_LABELS));

/**
 * The Route shown that was meant for the refused address, and its expression corrected; a near miss only where a route is said
 * made for it, or where it is the only Route shown (`suport@` the one route of a domain whose `support@` is refused).
 */
function routeFixOf(facts: Facts, evidence: readonly Evidence[]): { shown: string; corrected: string } | null {
  const renamed = renamedDomainRoute(facts, evidence);
  if (renamed !== null) return renamed;
  const correction = routeCheck(facts).correction;
  // (other senders' mail said to arrive through the Route: it is right, this sender mistyped the address)
  if (correction?.nearMiss && evidence.some((e) => e.rule === OTHER_SENDERS_REACH_RULE) && !(facts.recipient !== null && routeMadeFor(evidence, facts.recipient))) return null;
  // (a near miss among several Routes, only where one was just made or the Routes were just cleaned up, no catch_all() among
  // them: the edit that broke it)
  const cleanedUp = evidence.find((e) => e.rule === ROUTES_DELETED_RULE)?.excerpt;
  if (correction === undefined || (correction.nearMiss && facts.routes.length !== 1 && !evidence.some((e) => e.rule === ROUTE_CREATED_RULE) && (cleanedUp === undefined || CATCH_ALL_NAMED.test(cleanedUp)))) return null;
  return { shown: correction.shown, corrected: correction.corrected };
}

/**
 * The Route the paste shows for the domain's old name, where it says the domain was changed to the refused address's
 * (`match_recipient("ordini@pasticceriabellini.it")` after "cambiato dominio da pasticceriabellini.it a bellini-dolci.it"),
 * and its expression for the new one. The route for the refused address's own name first, else one for every address.
 */
function renamedDomainRoute(facts: Facts, evidence: readonly Evidence[]): { shown: string; corrected: string } | null {
  const said = evidence.find((e) => e.rule === DOMAIN_RENAMED_RULE)?.excerpt.toLowerCase();
  const hosts = said === undefined ? [] : [...said.matchAll(/[a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24}/g)].map((m) => m[0]);
  const domain = recipientDomainOf(facts)?.toLowerCase();
  const name = facts.recipient?.slice(0, facts.recipient.lastIndexOf('@')).toLowerCase();
  if (hosts.length < 2 || domain === undefined || name === undefined || hosts.at(-1) !== domain) return null;
  const old = hosts.at(-2)!;
  const forOld = facts.routes.filter((route) => route.toLowerCase().includes(`@${old}"`) || route.toLowerCase().includes(`@${old}'`));
  const shown = forOld.find((route) => route.toLowerCase().includes(`("${name}@`) || route.toLowerCase().includes(`('${name}@`)) ?? forOld[0];
  if (shown === undefined) return null;
  const corrected = shown.slice(0, shown.toLowerCase().indexOf(`@${old}`) + 1) + domain + shown.slice(shown.toLowerCase().indexOf(`@${old}`) + 1 + old.length);
  return { shown, corrected };
}

/** Which setting a condition that guards the login tests, read from the condition where the line shows one (`if PASSWORD:`). */
// (`AuthenticateAsync(user, pass)` if `(!string.IsNullOrEmpty(_opts.User))` tests the login)
function settingTested(line: string): 'password' | 'login' {
  // (or a ternary's or a guard's, `auth: process.env.SMTP_USER ? { user, pass } : undefined`, `auth: SMTP_PASS && {...}`)
  const condition = /\b(?:if|unless|when)\b[ \t(!]*([^\n:)]{1,80})/i.exec(line)?.[1] ?? /(?:^|[:=(,])[ \t]*([^\n?:=(,&|]{1,80}?)[ \t]*(?:\?(?![?.])|&&)/.exec(line)?.[1] ?? line;
  return PASSWORD_SETTING.test(condition) ? 'password' : 'login';
}

/** Readers who run no servers: an explanation asked for them is in everyday words, whatever sends the mail. */
const EVERYDAY_READERS: ReadonlySet<string> = new Set(['owner', 'manager', 'office manager', 'boss', 'receptionist', 'patient', 'guest', 'tenant', 'parent', 'member', 'student']);

/** Readers who write the sending code: a message to them can carry the change itself. */
const DEVELOPER_READERS: ReadonlySet<string> = new Set(['developer', 'developers', 'dev', 'devs', 'dev team', 'development team', 'programmer', 'web developer', 'agency']);

/** Routes the paste shows for the refused address's domain (`match_recipient("info@x")` beside a refused sales@x): its mail reaches Mailgun as meant. */
// (not a route for the refused address misspelt, `order@` for `orders@`: the same address meant, no other one receiving)
const routesForDomainShown = (facts: Facts): boolean => {
  const domain = safeDomain(recipientDomainOf(facts));
  const name = safeAddress(facts.recipient)?.split('@')[0]?.toLowerCase() ?? null;
  const misspelt = (route: string) => {
    const routed = /match_recipient\(\s*["']\^?([\w.+-]{1,64})@/i.exec(unescapedRoute(route))?.[1]?.toLowerCase().replace(/\\/g, '');
    if (name === null || routed === undefined || routed === name) return false;
    // (a slip, not another address: separators, a plural's s, or one letter in a long name; never a digit, `sales2@`)
    const bare = (local: string) => local.replace(/[-._]/g, '');
    return bare(routed) === bare(name) || `${routed}s` === name || `${name}s` === routed || (Math.min(routed.length, name.length) >= 6 && !/\d/.test(routed + name) && editDistance(routed, name) === 1);
  };
  return domain !== null && facts.routes.some((route) => route.toLowerCase().includes(`@${domain}`) && !misspelt(route));
};

const rulePattern = (name: string): RegExp => {
  const pattern = RULES.find((r) => r.name === name)?.pattern;
  if (!pattern) throw new Error(`no pattern for ${name}`);
  return pattern;
};
const CUSTOMER_MESSAGE_DECLINED = rulePattern(CUSTOMER_MESSAGE_DECLINED_RULE);
const MAIL_TO_CUSTOMER = rulePattern(MAIL_TO_CUSTOMER_RULE);
/** The rules that ask for a message, in English and in other languages (one name, two patterns). */
const CUSTOMER_MESSAGE_ASKED = RULES.filter((r) => r.name === CUSTOMER_MESSAGE_ASKED_RULE && r.pattern).map((r) => r.pattern!);
const asksForMessage = (words: string): boolean => CUSTOMER_MESSAGE_ASKED.some((pattern) => pattern.test(words));
/** Readers a decline is about: a message for them is what the person said they do not need. */
const DECLINED_READERS = new Set(['customer', 'client']);
/**
 * The ask for a message the person still makes beside declining one for the customer: the words after the decline on its own
 * line ("I don't need a message for the customer, but could you draft a note for their IT admin?"), or an ask on another line,
 * when it names another reader. Null when the decline stands.
 */
function askForAnotherReader(asked: string, declined: string): string | null {
  const decline = CUSTOMER_MESSAGE_DECLINED.exec(asked);
  const after = decline === null ? asked : asked.slice(decline.index + decline[0].length);
  if (decline !== null && !asksForMessage(after)) return null;
  if (decline === null && asked === declined) return null;
  const reader = askedReader(after)?.reader;
  return reader !== undefined && !DECLINED_READERS.has(reader) ? after : null;
}

const DETAILS_GIVEN_RULE = ruleName('message-details-given');
const PASSWORD_CHANGE_RULES = new Set([PASSWORD_CHANGED_RULE, PASSWORD_CHANGED_SAID_RULE]);
const passwordChangedBefore = (evidence: readonly Evidence[]) => evidence.some((e) => PASSWORD_CHANGE_RULES.has(e.rule)) && !evidence.some((e) => e.rule === NEW_PASSWORD_ENTERED_RULE) && !accountPasswordChanged(evidence);

/** A refused address the person says is right, with no other address in the paste or provider domain it looks meant for. */
const confirmedAddress = (facts: Facts) => facts.addressConfirmed && addressMeant(facts) === null;
/** Microsoft 365's own lookup failure (`5.1.10 RESOLVER.ADR.RecipientNotFound`) or its mail host. */
const M365_RECIPIENT_NOT_FOUND = /RecipientNotFound|\.mail\.protection\.outlook\.com\b/i;

/** The person the ask names in English as its reader: the object of its verb ("what do I tell the vendor?"), or after a message's word ("a note for their IT admin", "a message the clinic can send to the patient", "an email to Fenwick's Microsoft 365 admin"). */
/** The person's own company's teams a message may be for ("their platform team", "#ops-team"): on the domain's side. */
const OWN_TEAMS = String.raw`platform|ops|devops|infra(?:structure)?|engineering|sre|backend|dev|mail|email|messaging|sysadmin`;
const ASKED_AUDIENCE = new RegExp(String.raw`(?:\btell|\bsay[ \t]+to|\bwrite[ \t]+(?:back[ \t]+)?to|\breply[ \t]+to|\banswer|\b(?:message|note|reply|answer|e-?mail|text|something|wording|lines|sentences|one-liner|ticket|explanation|summary|write-?up)\b[^\n.?!]{0,80}?\b(?:for|to|asking|send))[ \t]+(?:[a-z]{2,20}[ \t]+\((?=the[ \t]))?(?:(?:the|my|our|their|this|that|a)[ \t]+(?:(?:[\w.-]+[ \t]+){0,2}[\w.-]+['\u2019]s[ \t]+)?|(?:[\w.-]+[ \t]+){0,2}[\w.-]+['\u2019]s[ \t]+)(?:(?:dental|medical|front|main|back|head)[ \t]+(?:office[ \t]+)?|(?:(?:Microsoft|Office)[ \t]+365|M365|O365|Google[ \t]+Workspace|Exchange)[ \t]+|[a-z-]{3,20}[ \t]+(?=(?:owner|manager|customer|client|developer|dev|agency|admin|administrator|receptionist|colleague|boss)s?\b))??(customer|client|user|vendor|supplier|partner|guest|patient|tenant|member|parent|student|resident|visitor|buyer|shopper|sender|recipient|developer|dev|agency|boss|(?:office[ \t]+)?manager|owner|it[ \t]+admin|it[ \t]+team|(?:${OWN_TEAMS})[ \t]+team|it[ \t]+department|it[ \t]+person|it[ \t]+guy|it[ \t]+people|it[ \t]+folks|it[ \t]+provider|it[ \t]+contact|it[ \t]+staff|mail[ \t]+admin|accounts[ \t]+payable(?:[ \t]+(?:person|clerk|team))?|(?:purchasing|procurement)(?:[ \t]+(?:team|department))?|receptionist|sysadmin|admin|administrator|colleague|it(?=[ \t]*[?.!,/(]|[ \t]*$|[ \t]+(?:so|that|who|and|asking|about|explaining|telling)[ \t]))s?\b(?!['\u2019]s)`, 'gi');

/** The reader an ask in another language names after its message's word (or its verb of telling, "que dois-je dire au développeur ?") and a preposition ("uma mensagem ... para o administrador de TI", "eine Nachricht ... an den Kollegen", "due righe ... per il collega"), in English. */
const TO_READER = String.raw`(?<![\p{L}])(?:(?:msg|mensagem|mensaje|messaggi(?:o|no)|nachricht|message|antwort|risposta|respuesta|resposta|r[ée]ponse|righe|texto|testo|text|notiz|mot|bericht(?:je)?|sms|spiegazione|explicación|explication|erklärung|uitleg|explicação|(?<=(?<![\p{L}])(?:een|eine|une|una|a|an|um|uma|ne)[ \t]+(?:\p{L}+[ \t]+)?)(?:e-?mail|mail)|wiadomo[śs][ćc]|odpowied[źz]|tekst|phrases|frases|s[äa]tze)(?![\p{L}])[^\n.?!]{0,80}?|(?:dire|répondre|écrire|envoyer|transmettre|decir|digo|respondo|dizer|dico|rispondo)[ \t]+)(?<![\p{L}])(?:para|pra|pro|pros|per|an|à|au|aux|pour|al|ao|a|alla|allo|alle|agli|ai|voor|aan|naar|für|do|dla)[ \t]+(?:(?:o|a|os|as|il|la|lo|le|les|gli|i|el|los|las|su|sus|seu|sua|seus|meu|minha|mio|mia|nostro|nostra|nostri|den|die|das|dem|der|de|unseren|unsere|meinen|meine|seinen|seine|seinem|ihren|ihrem|deren|dessen|notre|nos|mon|ma|son|sa|ses|leur|leurs|suo|onze|het|zijn|haar)[ \t]+|l['\u2019])?(?:loro[ \t]+)?(?:(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Sr|Sra|Signor[ae]?|Madame|Monsieur|Mevrouw|Meneer|Pani|Pan)\.?[ \t]+)?[\p{L}-]{2,30}[ \t]*\([ \t]*)?`;
/** The words for a patient, a guest and a tenant in the languages of the asks. */
const PATIENT_WORDS = String.raw`(?:paciente|patiente?|patiënt|Patient(?:in)?|paziente|pacjent(?:ka|ki|ce|kę|a|owi|ów|om)?)`;
const GUEST_WORDS = String.raw`(?:Gast|hu[ée]sped|h[óo]spede|ospite)`;
const TENANT_WORDS = String.raw`(?:Mieter(?:in)?|locataire|inquilin[oa]|affittuari[oa]|huurder|lokator(?:ka|ki|ce|kę|ką|ek|kom|ów|zy|om|a|owi)?|najemc(?:a|y|ów|om))`;
/** "for a ..." before a person, in the languages of the asks: "para un paciente", "pour une patiente", "für einen Gast". */
const OUTSIDER_FOR = String.raw`(?<![\p{L}])(?:para|per|pour|für|voor|dla)[ \t]+(?:(?:un|una|uno|une|einen?|einer|eine|een|o|a|el|la|le|il|lo|der|die|den|dem|de|het|um|uma)[ \t]+)?`;
const FOREIGN_READERS: readonly (readonly [RegExp, string])[] = [
  [new RegExp(String.raw`${TO_READER}(?:administrador(?:a)?[ \t]+de[ \t]+(?:TI|IT|sistemas)|amministratore[ \t]+(?:IT|di[ \t]+sistema)|IT-?(?:Admin|Administrator(?:in)?|Abteilung)|(?:IT|ICT)-?afdeling|administrateur[ \t]+(?:informatique|syst[èe]me)|service[ \t]+informatique|reparto[ \t]+IT|departamento[ \t]+de[ \t]+(?:TI|IT|sistemas|inform[aá]tica)|[áa]rea[ \t]+de[ \t]+(?:TI|IT|sistemas)|IT-?beheerder|systeembeheerder|ICT-?beheerder|prestataire[ \t]+(?:informatique|IT)|inform[aá]tic[oa]|informaticien(?:ne)?|informatyk(?:a|owi)?|dzia(?:ł|łu)[ \t]+IT|Admin(?:istrator)?|IT(?=[ \t]+(?:di|de|des|du|da|do|von|van|der)[ \t]+\p{Lu})|(?:IT|TI)(?=[ \t]+(?:deles|delas|dele|dela)(?![\p{L}]))|(?:equipe|time|equipo)[ \t]+de[ \t]+(?:TI|IT|sistemas)|(?<=(?:deren|dessen|ihre|ihrer|seine|seiner|leur)[ \t]+)IT(?![\p{L}])|(?<=\([ \t]*)IT(?=[ \t]*[,)]))(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'IT admin'],
  [new RegExp(String.raw`${TO_READER}(?:desarrollador(?:a)?|desenvolvedor(?:a)?|sviluppatore|sviluppatrice|Entwickler(?:in)?|d[ée]veloppeur(?:se)?|programador(?:a)?|dev)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'developer'],
  [new RegExp(String.raw`${TO_READER}(?:collega|Kolleg(?:e|en|in)|colega|coll[èe]gue)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'colleague'],
  [new RegExp(String.raw`${TO_READER}(?:Empf[äa]nger(?:in)?|destinatari[oa]|destinat[áa]ri[oa]|destinataire)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'recipient'],
  [new RegExp(String.raw`${TO_READER}${PATIENT_WORDS}(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'patient'],
  [new RegExp(String.raw`${TO_READER}${TENANT_WORDS}(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'tenant'],
  [new RegExp(String.raw`${TO_READER}${GUEST_WORDS}(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'guest'],
  [new RegExp(String.raw`${TO_READER}(?:Eltern|Familie|parents?|padres|pais|genitori|ouders|rodzic(?:e|ów|om|a)?)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'parent'],
  [new RegExp(String.raw`${TO_READER}(?:Mitglied(?:er)?|membre|miembro|membro|soci[oe]?|lid|członk(?:a|ów|om|owie)|członek)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'member'],
  [new RegExp(String.raw`${TO_READER}(?:fornitore|proveedor|fornecedor|Lieferant(?:en)?|fournisseur|dostawc(?:a|y|ów|om)|hurtowni[a]?)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'supplier'],
  [new RegExp(String.raw`${TO_READER}(?:alumn[oa]|estudiante|[ée]l[èe]ve|[ée]tudiante?|Sch[üu]ler(?:in)?|Student(?:in)?|studente(?:ssa)?|alun[oa]|leerling|ucze?ni(?:a|owi|em)?|uczennic[ay])(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'student'],
  [new RegExp(String.raw`${TO_READER}(?:klant|Kunden?|client|cliente|klient(?:a|owi)?)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'customer'],
  // (the ask's person named before its verb, "esto sale en los logs para un paciente, qué le digo?": the one it is about)
  ...([[PATIENT_WORDS, 'patient'], [GUEST_WORDS, 'guest'], [TENANT_WORDS, 'tenant']] as const).map(([words, reader]) => [new RegExp(String.raw`${OUTSIDER_FOR}${words}(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), reader] as const),
  // (German's dative, no preposition: "eine Nachricht, die die Praxis der Patientin geben kann")
  [new RegExp(String.raw`(?<![\p{L}])(?:Nachricht|Text|Hinweis|SMS|Mail)(?![\p{L}])[^\n.?!]{0,60}?(?<![\p{L}])(?:der[ \t]+Patientin|dem[ \t]+Patienten)(?![\p{L}]|[\w.+-]{0,64}@)`, 'iu'), 'patient'],
];

/** The reader the ask names, in English ("IT admin"), and the words that name it (with a few after, "... de TI da empresa destinatária"), or null. */
interface AskedReader {
  reader: string;
  phrase: string;
}
function askedReader(given: string): AskedReader | null {
  // (Slack's emphasis marks are no words: "a note for the *recipient's* IT team")
  const asked = given.includes('*') || given.includes('_') ? given.replace(EMPHASIS, '$1$2') : given;
  const phrase = (m: RegExpExecArray) => asked.slice(m.index, m.index + m[0].length + READER_TAIL);
  // (not the person's own superior, "a 3-line summary I can forward to my own manager": the plain summary is theirs)
  const english = [...asked.matchAll(ASKED_AUDIENCE)].find((m) => !OWN_SUPERIOR.test(m[0])) ?? null;
  // (a message for someone to use with another, "a message for the receptionist to use with the patient": the other one hears it)
  const through = english ? THROUGH_READER.exec(asked.slice(english.index + english[0].length)) : null;
  if (english && through) return { reader: through[1]!.toLowerCase(), phrase: phrase(english) };
  // (a reader said again in other words, "their customer (a book buyer)": the private person whose mail it is)
  const apposed = english ? APPOSED_READER.exec(asked.slice(english.index + english[0].length)) : null;
  if (english && apposed) return { reader: apposed[1]!.toLowerCase(), phrase: phrase(english) };
  // (a company's "IT" alone, "what do I tell their IT?": its IT team)
  if (english) return { reader: english[1]!.toLowerCase().replace(/^it$/, 'IT team').replace(/^it(?=[ \t])/, 'IT').replace(/[ \t]+/, ' '), phrase: phrase(english) };
  // ("a note in Japanese telling her that her mailbox is full": the one whose mailbox it is, where no reader is named)
  const told = TELLING_RECIPIENT.exec(asked);
  if (told) return { reader: 'recipient', phrase: phrase(told) };
  for (const [pattern, reader] of FOREIGN_READERS) {
    const m = pattern.exec(asked);
    if (m) return { reader, phrase: phrase(m) };
  }
  // (a team's Slack channel to post it in, "a short message I can drop in #platform-team": that team)
  const channel = TEAM_CHANNEL.exec(asked);
  if (channel) return { reader: `${channel[1]!.toLowerCase().replace(/-/g, ' ')} team`, phrase: phrase(channel) };
  return null;
}
/** The person's own superior as an ask's reader ("for my manager", "to our own team lead"). */
const OWN_SUPERIOR = /\b(?:my|our)[ \t]+(?:own[ \t]+)?(?:manager|boss|team[ \t]+lead|lead|director|supervisor|ceo|cto|management)\b/i;
const EMPHASIS = /(?<![\w*])\*{1,2}([\w'\u2019][^*\n]{0,60}?)\*{1,2}(?![\w*])|(?<![\w_])_{1,2}([\w'\u2019][^_\n]{0,60}?)_{1,2}(?![\w_])/g;
const TEAM_CHANNEL = /\b(?:drop|post|put|paste|share|send)\b[^\n.?!]{0,20}?\b(?:in(?:to)?|to|on)[ \t]+#([a-z0-9][a-z0-9-]{1,30}?)[-_]team\b/i;
const READER_TAIL = 40;
/** After the reader, the one they pass the message to: "... for the receptionist to use with the patient". */
const THROUGH_READER = /^[ \t]+to[ \t]+(?:use|say|read|give)[ \t]+(?:it[ \t]+|out[ \t]+)?(?:with|to)[ \t]+(?:the|a|our|their)[ \t]+(patient|guest|tenant|member|parent|student|resident|visitor|caller|customer|client)s?\b/i;

/** After the reader, the same one in other words: "their customer (a book buyer)", "the client, a patient of theirs". */
const APPOSED_READER = /^[ \t]*[(,][ \t]*(?:an?[ \t]+|the[ \t]+)?(?:[a-z-]+[ \t]+)?(patient|guest|tenant|member|parent|student|resident|visitor|buyer|shopper)s?\b/i;

/** A message that tells someone of their own mailbox or address: its reader is the recipient. */
const TELLING_RECIPIENT = /\btell(?:ing)?[ \t]+(?:her|him|them)[ \t]+(?:that[ \t]+)?(?:her|his|their)[ \t]+(?:mailbox|inbox)\b/i;

/** A recipient's side named as the reader: the recipient, or their IT ("para o administrador de TI da empresa destinatária", "the recipient's IT admin"). */
const RECIPIENT_SIDE = /recipient|destinat|empf[äa]nger/i;
/** A company's buyers: where the company's server refused the mail, "their purchasing team" is the recipient's side. */
const PURCHASING_READERS = ['purchasing', 'purchasing team', 'purchasing department', 'procurement', 'procurement team', 'procurement department'];
/** The customer's own client's admin, the message the customer passes on to them: "something they can send to the client's IT". */
const CUSTOMERS_CLIENTS_ADMIN = /\b(?:they|he|she|the[ \t]+customer)[ \t]+(?:can|could|will|would)[ \t]+(?:send|forward|pass)\b[^\n]{0,30}?\b(?:the|their)[ \t]+client['\u2019]s[ \t]/i;
/** Readers who run a company's mail itself: a message to the recipient's side does not ask them to pass it on to themselves. */
const MAIL_ADMIN_READERS = new Set(['IT admin', 'admin', 'sysadmin', 'administrator', 'IT team', 'IT department', 'IT person', 'IT guy', 'IT people', 'IT folks', 'IT provider', 'IT contact', 'IT staff', 'mail admin']);
/** Readers on the receiving domain's own side in an incoming case, who make its Route: a colleague, its developer or agency, its IT. */
const DOMAIN_SIDE_READERS: ReadonlySet<string> = new Set(['colleague', 'developer', 'dev', 'agency', ...MAIL_ADMIN_READERS]);
/** A team of the person's own company named by its channel ("the platform team"): the domain's side too. */
const OWN_TEAM_READER = new RegExp(String.raw`^(?:${OWN_TEAMS}|it)[ \t]team$`, 'i');
/** Those, and readers who handle a company's mail or its mailbox: on the recipient's side when the ask says so or names its company. */
const ADMIN_READERS = new Set([...MAIL_ADMIN_READERS, 'accounts payable', 'accounts payable person', 'accounts payable clerk', 'accounts payable team', 'receptionist', ...PURCHASING_READERS]);
/** A mail admin named as someone else's, "their IT person", "leur informaticien", "su informático": where the recipient's server refused, the recipient's. */
// ("IT" and "TI" in capitals: "their server refuses it" names no IT)
/** A business partner's people, "the supplier's IT / Microsoft 365 admin", "the supplier's office manager": the recipient's side, where their server refused the company's mail (not the customer's, who sends). */
const PARTNERS_MAIL_ADMIN = /\b(?:supplier|vendor|partner|distributor|manufacturer|wholesaler|firm|buyer)s?['\u2019]s?[ \t]/i;
/**
 * Another organisation's admin, "the school's IT department", "the hotel's admin", "the landlord's IT people": where the recipient's server refused, the
 * recipient's, unless the paste says the organisation is the person's own ("we are the school's IT team", "our school").
 */
const ORGANISATION_ADMIN = /\b(?:school|district|hotel|clinic|hospital|university|college|bank|insurer|council|agency|agencie|practice|restaurant|shop|store|studio|landlord)s?['\u2019]s?[ \t]/i;

/**
 * An admin the ask says is ours or the customer's ("our IT", "the customer's admin", "onze beheerder"): where the recipient's
 * server refused, any other mail admin named is the recipient's, the only one who can change what it accepts.
 */
/** A mailing list's admin ("the list admin", "the list owner"): the list's server is the recipient's, whoever's customer sends to it. */
const LIST_ADMIN = /\blist[ \t]+(?:admin|administrator|owner|moderator)s?\b/i;
const OWN_OR_CUSTOMERS_ADMIN = /(?<!\p{L})(?:our|my|unser\p{L}*|onze|mijn|nuestr\p{L}+|noss[oa]s?|notre|nos|nostr\p{L}+|nasz\p{L}*|customer|client|klant|kunde\p{L}*|cliente)(?!\p{L})/iu;
/** A company named as the reader's ("Billpilot's IT person"): whose side it is, namesRecipientCompany decides. */
const POSSESSIVE = /\p{L}['\u2019]s(?!\p{L})/u;
const THEIR_MAIL_ADMIN = /(?<!\p{L})(?:[Tt]heir|[Ll]eurs?|[Ss]us?|[Ii]hre[mnrs]?|[Ii]hr|[Hh]un|[Ll]oro|[Dd]eren)[ \t]+(?:[\p{L}'\u2019-]+[ \t]+){0,2}?(?:IT|TI|[Ii]nform[aá]ti\p{L}*|[Aa]dmin\p{L}*|[Ss]ysadmin|[Mm]ail[ \t]+admin|[Ss]ysteembeheerder|[Bb]eheerder)(?!\p{L})/u;
/** Organisations that receive a company's mail, named as a message's reader where the recipient's domain names them too. */
const RECIPIENT_ORGANISATIONS = ['hotel', 'school', 'clinic', 'hospital', 'university', 'college', 'bank', 'practice', 'restaurant', 'shop', 'store'];
const recipientSideReader = (named: AskedReader | null, facts: Facts, scenario: Diagnosis['scenario'], ownOrganisation: boolean) =>
  named !== null && (named.reader === 'recipient' || (scenario === 'recipient-host' && RECIPIENT_ORGANISATIONS.includes(named.reader)) || (scenario === 'recipient-host' && LIST_ADMIN.test(named.phrase)) || (scenario === 'recipient-host' && (PARTNERS_MAIL_ADMIN.test(named.phrase) || (ORGANISATION_ADMIN.test(named.phrase) && !ownOrganisation) || CUSTOMERS_CLIENTS_ADMIN.test(named.phrase) || (MAIL_ADMIN_READERS.has(named.reader) && !OWN_OR_CUSTOMERS_ADMIN.test(named.phrase) && !POSSESSIVE.test(named.phrase)))) || (ADMIN_READERS.has(named.reader) && (RECIPIENT_SIDE.test(named.phrase) || namesRecipientCompany(named.phrase, facts) || (scenario === 'recipient-host' && MAIL_ADMIN_READERS.has(named.reader) && (THEIR_MAIL_ADMIN.test(named.phrase) || PARTNERS_MAIL_ADMIN.test(named.phrase))) || (scenario === 'recipient-host' && PURCHASING_READERS.includes(named.reader) && /\btheir\b/i.test(named.phrase)))));

/**
 * Whether the reader's possessor names the recipient's company: a name before "'s" whose letters begin the recipient domain's
 * own name ("Kanto Seiki's IT person" for kanto-seiki.co.jp, "Pine Hollow's mail admin" for pinehollowtrust.com), and not the
 * sending domain's as well (a sender and a recipient whose names start alike).
 */
function namesRecipientCompany(phrase: string, facts: Facts): boolean {
  // (or after "de", "di", "von", each one: "el área de TI de Grupo Altamira", a capitalised name)
  const english = /((?:[\p{L}\d.-]+[ \t]+){0,2}[\p{L}\d.-]+)['\u2019]s\b/u.exec(phrase)?.[1];
  const possessors = english !== undefined ? [english] : [...phrase.matchAll(OF_COMPANY)].map((m) => m[1]!);
  const domain = safeDomain(recipientDomainOf(facts));
  if (possessors.length === 0 || domain === null || isMailboxProviderDomain(domain)) return false;
  const ownName = (d: string) => registrableDomain(d).split('.')[0]!.replace(/[^a-z0-9]/g, '');
  return possessors.some((possessor) => {
    const words = (possessor.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !COMPANY_NAME_NOISE.has(word));
    // (the name's last one, two or three words: "to Kanto Seiki's" is Kanto Seiki's)
    return words.some((_, index) => {
      const joined = words.slice(index).join('');
      const begins = (d: string | null) => d !== null && joined.length >= 4 && ownName(d).startsWith(joined);
      return begins(domain) && !begins(safeDomain(facts.mailgunDomain));
    });
  });
}
// (a name's own lower-case particles between its capitalised words: "van Van den Berg Bouw"; each "van" tried, the name in a
// lookahead: "de IT-afdeling van Van den Berg Bouw")
// (and "de la Menuiserie Lefèvre": its article before the name)
const OF_COMPANY = /(?<![\p{L}])(?:de|di|da|do|du|des|von|van)[ \t]+(?:(?:la|le|l['\u2019]|der|die|das)[ \t]*)?(?=((?:(?:\p{Lu}[\p{L}\d.-]*|den|der|van|von|de|da|di)[ \t]+){0,3}\p{Lu}[\p{L}\d.-]*))/gu;
/** Words before a reader's "'s" that name no company ("to the customer's"), whatever domain they begin. */
const COMPANY_NAME_NOISE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'to', 'for', 'customer', 'client', 'recipient', 'sender']);

const OUTSIDER_PRONOUN_RULE = ruleName('outsider-pronoun-reader');
const CUSTOMER_PRONOUN_RULE = ruleName('customer-pronoun-reader');
const OWN_OUTGOING_FAILING_RULE = ruleName('own-outgoing-mail-failing');
/** Each outside reader's words, matched whole, after the ones another word follows that makes them no person ("parent company"); not an address's, `paciente.garcia@`. */
const OUTSIDER_WORDS: readonly (readonly [RegExp, string])[] = Object.entries(OUTSIDE_READER_WORDS).map(([reader, words]) => [new RegExp(String.raw`(?<!\p{L})(?:${words})(?!\p{L}|[\w.+-]{0,64}@)${NOT_A_PERSON_AFTER}`, 'iu'), reader] as const);
/** The outsider the paste names just before asking for a message "for her" or "para ele", as the reader (null when none). */
function pronounReader(evidence: readonly Evidence[]): AskedReader | null {
  const excerpt = evidence.find((e) => e.rule === OUTSIDER_PRONOUN_RULE)?.excerpt;
  if (excerpt === undefined) return null;
  // (the reader whose word comes first: the excerpt starts at most a few words before the rule's match)
  const found = OUTSIDER_WORDS.flatMap(([words, reader]) => {
    const at = excerpt.search(words);
    return at < 0 ? [] : [{ at, reader }];
  }).sort((a, b) => a.at - b.at)[0];
  return found === undefined ? null : { reader: found.reader, phrase: excerpt };
}

/** Readers outside the company: a message to one of them speaks to the writer or the recipient of the failed mail, never of Routes or logins. */
const OUTSIDE_READERS: ReadonlySet<string> = new Set(['patient', 'guest', 'tenant', 'member', 'parent', 'student', 'resident', 'visitor', 'buyer', 'shopper', 'their customers']);
/** Readers who write to the company's domain as a business does: the one whose mail bounced at its Routes. */
const WRITING_PARTNERS: ReadonlySet<string> = new Set(['supplier', 'partner']);

const PHONE_GIVEN_RULE = ruleName('contact-phone-given');
const PHONE_NUMBER = new RegExp(PHONE_GIVEN, 'i');
/** The company's phone number the person gives for the message (six digits or more; not a date, a time or a dotted address), or null. */
function phoneGiven(evidence: readonly Evidence[]): string | null {
  const excerpt = evidence.find((e) => e.rule === PHONE_GIVEN_RULE)?.excerpt;
  const number = excerpt === undefined ? undefined : PHONE_NUMBER.exec(excerpt)?.[1]?.trim();
  return number !== undefined && (number.match(/\d/g) ?? []).length >= 6 && !NOT_A_PHONE.test(number) ? number : null;
}
const NOT_A_PHONE = /\b\d{4}-\d\d-\d\d\b|\b\d\d?:\d\d\b|\b\d{1,3}(?:\.\d{1,3}){3}\b/;

/** Whom the message speaks to: the one the ask names, else the one its key is written for. */
function audienceOf(named: AskedReader | null, key: CustomerMessageKey): string {
  if (named) return named.reader.startsWith('their ') || PERSON_NAME.test(named.reader) ? named.reader : `the ${named.reader}`;
  if (key === 'incoming-to-writer' || key.startsWith('undetermined-writer')) return 'the person who wrote in';
  if (key.endsWith('-to-recipient') || key === 'undetermined-not-receiving') return 'the recipient';
  return 'the customer';
}

/** Someone writing in told by the words (not only the mail's way, "set up Mailgun receiving last week": the account's setup). */
function writerTold(excerpt: string): boolean {
  const told = MAIL_TO_CUSTOMER.exec(excerpt)?.[0].trim();
  return told !== undefined && !/^(?:inbound|incoming|receiving)$/i.test(told);
}

/** A title before a person's name: "Mr Lambert", "Frau Hansen". */
const NAME_TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau|Mme|M\.|Sr|Sra)\.?[ \t]+)?`;
/** A reader named by their name (`Karen`, `Mr Lambert`), not a role. */
const PERSON_NAME = new RegExp(String.raw`^${NAME_TITLE}\p{Lu}\p{Ll}{1,20}$`, 'u');
/** The name a message is asked to be sent to: "can send Karen", "a text for Karen", "write to Karen". */
const MESSAGE_TO_NAME = new RegExp(String.raw`\b(?:send|text|for|to|tell)[ \t]+${NAME_TITLE}(\p{Lu}\p{Ll}{1,20})\b`, 'gu');
/** The refused recipient, where the ask names them by a name their address holds (karen.whitfield@ for "send Karen", j.lambert@ for "send Mr Lambert"). */
function recipientByName(asked: string, facts: Facts, scenario: Diagnosis['scenario']): AskedReader | null {
  // (a name of the address's, its first or its last: karen.whitfield@ for "Karen", j.lambert@ for "Mr Lambert")
  const names = (safeAddress(facts.recipient)?.split('@')[0]!.split(/[._-]/) ?? []).map((part) => part.toLowerCase()).filter((part) => part.length >= 2);
  if (names.length === 0) return null;
  for (const m of asked.matchAll(MESSAGE_TO_NAME)) {
    if (names.includes(m[1]!.toLowerCase())) return { reader: m[0].replace(/^\S+[ \t]+/, ''), phrase: m[0] };
  }
  // (or, where the recipient's server refused, an organisation a label of its domain names, "a short note they can send to the
  // hotel" for reservierung@hotel-sonnenhof-tirol.at; not one the sending domain names too)
  const organisation = scenario === 'recipient-host' ? MESSAGE_TO_ORGANISATION.exec(asked) : null;
  if (organisation) {
    const word = organisation[1]!.toLowerCase();
    const names = (domain: string | null) => (domain === null ? false : registrableDomain(domain).split(/[.-]/).some((label) => label.startsWith(word)));
    if (names(safeDomain(recipientDomainOf(facts))) && !names(safeDomain(facts.mailgunDomain))) return { reader: word, phrase: organisation[0] };
  }
  return null;
}
/** An organisation a message is asked to be sent to: "send to the hotel", "a note for the school". */
const MESSAGE_TO_ORGANISATION = new RegExp(String.raw`\b(?:send|for|to|tell)[ \t]+(?:the|their)[ \t]+(${RECIPIENT_ORGANISATIONS.join('|')})\b`, 'i');

/** Words quoted from someone's message (`"Hi, since Monday our customers get a bounce ...`): their "our", not the person's. */
const QUOTED_WORDS = /^(?:…[^\n"\u201c\u00ab]{0,200})?["\u201c\u201e\u00ab]/;
/** The person's own customers as the writers whose mail bounced: "klanten van ons krijgen een bounce als ze mailen naar ...". */
const OUR_CUSTOMERS_WRITE = /\b(?:klanten[ \t]+van[ \t]+ons|onze[ \t]+klanten|our[ \t]+(?:customers|clients)|customers[ \t]+of[ \t]+ours|unsere[ \t]+kunden|nuestros[ \t]+clientes|nos[ \t]+clients|i[ \t]+nostri[ \t]+clienti|os[ \t]+nossos[ \t]+clientes|nasi[ \t]+klienci)\b/i;
/** The customer's own clients or users as the writers whose mail bounced: "their customers get this bounce", "sus clientes reciben". */
const THIRD_PARTY_WRITERS = /(?<![a-zà-ÿ])(?:their|his|her|its|sus|seus|suas|ihre|seine|leurs|ses|hun|zijn|haar)[*_]{0,2}[ \t]+(?:own[ \t]+)?(?:customers?|clients?|clientes?|kunden|klanten|clienti|users?|usuarios|contacts?|patients?|pacientes|suppliers?|partners?|proveedores|fornecedores|lieferanten|fournisseurs)\b|\bi[ \t]+suoi[ \t]+clienti\b|\bjego[ \t]+klienci\b|(?<![а-яё])(?:их|его|её)[ \t]+(?:партн[её]р|клиент|поставщик|покупател|пользовател|контрагент)[а-яё]*/i;

/** The other address the paste says the domain's Route takes, "une route, mais seulement pour « agence@x.fr »", "crearon una Route para citas@x" (checked, not the refused one). */
// (or the one Route the paste shows at the refused address's domain, for one other address: `match_recipient("commandes@x.fr")`)
function otherRouteOf(evidence: readonly Evidence[], facts: Facts): string | null {
  const domain = recipientDomainOf(facts)?.toLowerCase();
  const shown = domain === undefined ? [] : facts.routes.flatMap((route) => /^match_recipient\(["']([\w.+-]{1,64}@[\w.-]{1,253})["']\)$/.exec(route)?.[1]?.toLowerCase() ?? []);
  const only = shown.length === 1 && shown[0]!.endsWith(`@${domain}`) ? shown[0]! : null;
  const address = safeAddress(/[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/.exec(evidence.find((e) => e.rule === OTHER_ADDRESS_ROUTE_RULE || e.rule === ROUTE_MADE_FOR_ADDRESS_RULE)?.excerpt ?? '')?.[0] ?? only);
  return address !== null && address !== facts.recipient?.toLowerCase() ? address : null;
}

/** The address most likely meant where the refused one looks mistyped: one a letter away that the paste names, or the provider's own domain (`gmial.com`). */
function addressMeant(facts: Facts): string | null {
  const similar = safeAddress(facts.similarAddress);
  if (similar !== null) return similar;
  const recipient = safeAddress(facts.recipient);
  const meant = recipient === null ? null : misspelledProviderDomain(recipientDomainOf(facts));
  return recipient !== null && meant !== null ? `${recipient.slice(0, recipient.lastIndexOf('@') + 1)}${meant}` : null;
}

/**
 * The settings line that keeps the sender from logging in, as the paste shows it (`MAIL_USERNAME=`, `SMTP Authentication: Off`,
 * a commented-out login line): for the message to name. Not a session's own line (its `MAIL FROM`), a log entry, nor an excerpt
 * cut from a longer line.
 */
// (Postfix's own: only the switch set off or a commented-out line; its other main.cf lines, `smtp_sasl_password_maps = ...`,
// stop nothing by themselves)
function stoppingLineOf(evidence: readonly Evidence[], client: ClientId | null): string | null {
  const shown = evidence.find((e) => e.rule === NO_LOGIN_RULE)?.excerpt.trim();
  if (shown === undefined || shown.length > 100 || /[\n\u2026]|\bmail from\b|\brcpt to\b|\bdebug\b|useauth/i.test(shown) || LOG_ENTRY_LINE.test(shown)) return null;
  if (client === 'postfix' && !/^#|\bsmtp_sasl_auth_enable[ \t]*=[ \t]*(?:no|false|0)\b/i.test(shown)) return null;
  return shown.replace(/[ \t]*[,;]$/, '');
}

/** Words of passing a text on: "die ich dem Kunden schicken kann", "that I can forward", "para enviar". */
const PASSED_ON = /\b(?:schicken|senden|weiterleiten|weitergeben|send|forward|pass[ \t]+on|paste|enviar|reenviar|envoyer|transmettre|inviare|inoltrare|sturen|doorsturen|wysłać|przekazać|mandar|passar|encaminhar)(?![a-zà-ÿ])/i;

/** A reader said not to be technical, or plain words asked: "a non-technical person", "step by step, no jargon". */
const PLAIN_WORDS_ASKED = String.raw`\bkeep[ \t]+it[ \t]+simple\b|\bnot[ \t]+(?:very[ \t]+|at[ \t]+all[ \t]+)?technical\b|\bin[ \t]+simple[ \t]+(?:terms|words)\b|\b(?:doesn't|does[ \t]+not|don't|do[ \t]+not)[ \t]+know[ \t]+what[ \t]+(?:a|an|the)[ \t]+(?:route|mx|smtp|dns|relay|server|dkim|spf|port)[ \t]+(?:or[ \t]+(?:an?[ \t]+)?[\w-]{2,20}[ \t]+)?is\b|\bno[ \t]+idea[ \t]+(?:about|of)[ \t]+(?:servers|computers|tech|technology|email[ \t]+settings|it)\b|\bno[ \t]+jargon\b|\bstep[ \t]+by[ \t]+step\b|\bnon-?technical\b|\bplain[ \t]+(?:english|words|language)\b`;
/** The same in the pastes' other languages too, "(es el dueño de la tienda, no es técnico)": for the incoming case's everyday message. */
/** Numbered steps asked for: "step by step in plain words please", "Schritt für Schritt", "paso a paso", "krok po kroku". */
// (not turned down, "no need for step by step instructions", "手順の説明は不要")
const STEPS_ASKED = /(?<!\b(?:no[ \t]+need[ \t]+for|without|not|don't[ \t]+need|no|nicht|ohne|sin|sans|senza|sem|zonder|bez)[ \t]+(?:\w+[ \t]+)?)\bstep[ \t-]+by[ \t-]+step\b(?![ \t]+(?:is|isn't)[ \t]+(?:not[ \t]+)?needed)|\bschritt[ \t]+für[ \t]+schritt\b|\bpaso[ \t]+a[ \t]+paso\b|\b(?:pas[ \t]+à[ \t]+pas|étape[ \t]+par[ \t]+étape)\b|\bpasso[ \t]+(?:a|per)[ \t]+passo\b|\bstap[ \t]+voor[ \t]+stap\b|\bkrok[ \t]+po[ \t]+kroku\b|(?<![а-яё])(?:шаг[ \t]+за[ \t]+шагом|по[ \t]+шагам)(?![а-яё])|手順を(?:教えて|説明して|順番に)|ステップごとに/i;
const NOT_TECHNICAL = new RegExp(String.raw`${PLAIN_WORDS_ASKED}|\bno[ \t]+(?:es[ \t]+)?técnic[oa]\b|\bnão[ \t]+(?:é[ \t]+)?técnic[oa]\b|\bnon[ \t]+(?:è[ \t]+)?(?:un[ \t]+)?tecnic[oa]\b|\bpas[ \t]+(?:du[ \t]+tout[ \t]+)?technique\b|\bnicht[ \t]+technisch\b|\bkein(?:e)?[ \t]+(?:technik(?:er(?:in)?)?|fachleute)\b|\bniet[ \t]+technisch\b|\bzonder[ \t]+(?:technisch[ \t]+gedoe|jargon|vaktermen)\b|\bohne[ \t]+(?:technik|fachbegriffe|fachchinesisch)\b|\bsans[ \t]+(?:jargon|termes[ \t]+techniques)\b|\bsin[ \t]+(?:tecnicismos|jerga)\b|\bsem[ \t]+(?:termos[ \t]+técnicos|jarg[ãa]o)\b|\bsenza[ \t]+(?:termini[ \t]+tecnici|gergo)\b|\bkeine[ \t]+technik\b|\bnietechniczn\w{0,3}\b|(?<![а-яё])(?:не[ \t]+технарь|не[ \t]+техническ[а-яё]{0,4}|простыми[ \t]+словами|без[ \t]+(?:жаргона|терминов))(?![а-яё])|(?:技術者|エンジニア)(?:ではない|ではありません|じゃない)|専門用語(?:を使わ|なし)|pas[ \t]+une?[ \t]+techni(?:cien|cienne)\b`, 'i');
/** A request to explain the error in everyday words: "how do I explain this to a non-technical person?", "分かりやすく説明したい". */
/** The reader said to be technical: "He is a developer so code is fine", "she's an engineer". */
const TECHNICAL_READER_SAID = /\b(?:he|she|they)(?:'s|'re|[ \t]+is|[ \t]+are)[ \t]+(?:a[ \t]+|an[ \t]+)?(?:developer|dev|programmer|engineer|sysadmin|technical)\b|\bcode[ \t]+is[ \t]+fine\b|\b(?:he|she)[ \t]+knows[ \t]+(?:laravel|django|rails|php|python|node|java|\.net|code|postfix|linux)\b/i;
const EXPLAIN_ASKED = new RegExp(String.raw`explain|erkläre|explico|explicar|expliquer|spiego|説明|${PLAIN_WORDS_ASKED}`, 'i');
const PLAIN_WORDS = new RegExp(PLAIN_WORDS_ASKED, 'i');

/** Each other kind of error in a line: what it is and its own fix (the reply's steps are the relay refusal's). */
const OTHER_ERROR_ANSWERS: Record<Exclude<ErrorKind, 'other'>, RichText> = {
  'auth-failure': rt`a login the server refused: the user name or password that sender gives is wrong for it (for Mailgun's SMTP host: the domain's SMTP login, a whole address, and its password; set a new one with the domain's SMTP credentials if unsure).`,
  'unknown-user': rt`the recipient's server does not know that address: check it for typos, or ask the recipient for the right one. Nothing in Mailgun changes it.`,
  'mailbox-full': rt`the recipient's mailbox is full: only the recipient can make room. A temporary (4xx) refusal is retried for a while.`,
  blocked: rt`a spam or block-list refusal by the receiving server: its message names the list or a page to ask for removal. No SMTP login changes it.`,
  policy: rt`a sender policy refusal (DMARC, SPF, sender rules or filters): SPF or DKIM must pass and align with the From domain (for mail through Mailgun: a From at a domain that shares the Mailgun domain's organisational domain, with its DNS records verified in Mailgun).`,
  'rate-limit': rt`the receiving server limits how fast it takes mail: a temporary refusal is retried; send to that domain more slowly.`,
  sandbox: rt`a sandbox domain sends only to its authorized recipients: add the address to the sandbox's Authorized Recipients (it must confirm), or send from your own verified domain.`,
  'api-auth': rt`Mailgun's API refused the key: use the account's private API key or a domain sending key, at ${code(API_BASE.eu)} for an EU domain.`,
};

/** Another recipient's domain refusing as relaying beside the one diagnosed: the same case, its own server. */
const RELAY_ELSEWHERE_ANSWER = rt`that recipient's own server refused as relaying too, for its own domain: the same case as above, and the same fix by that domain's mail administrator (check the address for a typo first).`;

/** The other errors the paste shows beside the relay refusal, each named with its own fix: a second app's, another recipient's. */
function otherErrorsSections({ facts }: Diagnosis): ReplySection[] {
  const lines = facts.otherErrors.flatMap((excerpt) => {
    // (another recipient's server refusing as relaying too: the same case, for that domain; kept as such, not read again)
    if (RELAY_LINE.test(excerpt)) return [rt`${quote(excerpt, EXCERPT_MAX)}: ${RELAY_ELSEWHERE_ANSWER}`];
    const other = otherErrorKind(excerpt);
    if (other === null) return [];
    const answer = other.kind === 'other' ? rt`${text(other.name)}.` : OTHER_ERROR_ANSWERS[other.kind];
    return [rt`${quote(excerpt, EXCERPT_MAX)}: ${answer}`];
  });
  if (lines.length === 0) return [];
  // (other recipients' domains refusing alike are no separate problem: the same case, at other servers)
  const relayOnly = facts.otherErrors.every((excerpt) => RELAY_LINE.test(excerpt));
  const shows = relayOnly
    ? lines.length === 1 ? 'another recipient refused the same way, by its own server' : 'other recipients refused the same way, each by its own server'
    : lines.length === 1 ? 'another error, a separate problem with its own fix' : 'other errors, each a separate problem with its own fix';
  return [
    {
      heading: relayOnly ? (lines.length === 1 ? 'Another refused recipient in the paste' : 'Other refused recipients in the paste') : lines.length === 1 ? 'Another error in the paste' : 'Other errors in the paste',
      paragraphs: [rt`The steps above are for the relay refusal. The paste also shows ${text(shows)}:`],
      steps: lines,
    },
  ];
}

/** The settings' own user name where it is a full SMTP login of the sending domain (its form is right), else null. */
const domainLoginShown = (facts: Facts): string | null =>
  facts.smtpLogin !== null && facts.mailgunDomain !== null && facts.smtpLogin.endsWith(`@${facts.mailgunDomain.toLowerCase()}`) ? facts.smtpLogin : null;

/** The bounce's writer as the sender's own server: not one at the recipient's own domain (its gateway passing on to its mailbox server). */
function ownServerReporter(facts: Facts): string | null {
  const reporter = otherReporterOf(facts);
  const domain = recipientDomainOf(facts);
  return reporter !== null && (domain === null || registrableDomain(reporter) !== registrableDomain(domain.toLowerCase())) ? reporter : null;
}

/** The server that refused, for a one-line answer: its name when the paste gives another server's, else a description. */
const refuserOf = (facts: Facts): RichText => (facts.host !== null && facts.hostRole === 'other' ? rt`${quoteAddress(facts.host)}` : rt`the recipient's mail server`);

/**
 * The server that wrote a bounce of its own delivery (not Mailgun, which accepted nothing the paste shows), or null; not
 * with a Mailgun domain in the paste, where Mailgun may have delivered to that server first (as the explanation reads it).
 */
const otherReporterOf = (facts: Facts): string | null => (!mailgunAccepted(facts) && facts.reportingMta !== null && !facts.reportingMta.includes('mailgun') && facts.mailgunDomain === null ? facts.reportingMta : null);

/**
 * The person's question "is Mailgun blocking us?" (or "a Mailgun bug?") answered first, in one line, where the
 * diagnosis settles it; nothing where it does not (an undetermined answer, a rate limit, a policy).
 */
function blameAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts } = diagnosis;
  const refuser = refuserOf(facts);
  // (that Mailgun accepted it only where the paste shows Mailgun's report: another server's bounce is that server's delivery)
  const otherReporter = otherReporterOf(facts);
  // (a permanent refusal seen in Mailgun: it does keep later messages from the address, by its Bounces list, which is why a resend
  // "didn't even seem to go out")
  const recipientRefused = scenario === 'recipient-host' && mailgunAccepted(facts) && permanentFailure(facts) && facts.suppression === null && !retriesRanOut(facts)
    ? rt`No: Mailgun accepted the message and tried to deliver it, and ${refuser} refused it. The one thing Mailgun holds back is later mail to this address: a permanent refusal puts it on the domain's Bounces list, and Mailgun then drops what is sent to it (the events of those messages say ${code('suppress-bounce')})${text(diagnosis.evidence.some((e) => e.rule === RESEND_ASKED_RULE) ? ': a resend does not go out while it is there' : '')}.`
    : mailgunAccepted(facts)
    ? rt`No: Mailgun accepted the message and tried to deliver it, and ${refuser} refused it. Mailgun blocks nothing here.`
    : otherReporter
    ? rt`No: Mailgun is not in this path. The report comes from ${quoteAddress(otherReporter)}, which delivered the mail itself, and ${refuser} refused it.`
    : rt`No: the refusal came from ${refuser}, not from Mailgun.`;
  const answer: RichText | null =
    scenario === 'recipient-host'
      ? recipientRefused
      : scenario === 'mailgun-outgoing'
      ? facts.hostRole === 'mailgun-mx'
        ? rt`No block: the mail went to Mailgun's inbound server, which takes mail for domains that receive through Mailgun and relays nothing. Sent to its SMTP host with a login, it goes through.`
        : rt`No block: Mailgun's SMTP server relays only for a session that logs in with the sending domain's SMTP credentials, and refused this one for want of that. Once the sender logs in, the same mail goes through.`
      : scenario === 'mailgun-incoming'
      ? mailgunAccepted(facts)
        ? rt`No block: your message went out; the recipient's domain receives its mail through Mailgun too, and that account has no Route for the address.`
        // (the domain's mail said to live elsewhere: the MX records left at Mailgun are the fix, not a Route)
        : mxNotMeant(facts, diagnosis.evidence)
        ? rt`No block: the domain's MX records still point to Mailgun, whose inbound server takes only the addresses a Route matches. Pointing them at the provider that has the mailboxes fixes it.`
        : rt`No block: Mailgun's inbound server refused mail for an address that no Route of the account matches. A Route fixes it.`
      // (a refusal in another server's words, with nothing of Mailgun's in the paste: most likely not Mailgun's)
      : scenario === 'undetermined' && facts.hostRole === null && facts.event === null && notMailgunWording(diagnosis)
      ? rt`Most likely not: Mailgun's servers word their refusal ${code('550 5.7.1 Relaying denied')}, and this wording is another server's (below: which).`
      : scenario !== 'not-relaying-denied'
      ? null
      : kind === 'auth-failure'
      ? rt`No block: Mailgun refused the login itself (${code('535')}): the user name or password it was given is wrong.`
      : kind === 'sandbox'
      ? rt`No block: ${text(freeAccountDomain(facts) ? 'a free account' : 'a sandbox domain')} sends only to its authorized recipients, and this address is not one of them.`
      : kind === 'api-auth'
      ? rt`No block: Mailgun's API refused the request's key (or the request went to the other region's API host).`
      : (kind === 'unknown-user' || kind === 'mailbox-full' || kind === 'blocked') && facts.hostRole !== 'mailgun-smtp' && facts.hostRole !== 'mailgun-mx' && (facts.hostRole === 'other' || mailgunAccepted(facts))
      ? recipientRefused
      // (a receiving server's sender rules, Outlook.com's authentication level, in Mailgun's record of the delivery)
      : kind === 'policy' && mailgunAccepted(facts)
      ? recipientRefused
      // (a block list named, the refusing side not shown: whose listing it is decides who clears it)
      : kind === 'blocked' && facts.hostRole !== 'mailgun-smtp' && facts.hostRole !== 'mailgun-mx' && BLOCK_LIST_NAMED.test(facts.serverMessage ?? '')
      ? rt`Not Mailgun's own doing: the receiving side refused the sending IP or domain because of a block list. If that IP is one of Mailgun's shared ones, Mailgun support handles the listing (send them the refusal); a dedicated IP's or your domain's listing is yours to clear.`
      // (a connection that never got an answer: nothing was refused, by Mailgun or anyone)
      // (a connection to Mailgun's SMTP host, which the failure itself names; not on 465, whose own advice below says why a client waits there)
      : kind === 'other' && facts.hostRole === 'mailgun-smtp' && facts.smtpPort !== 465 && diagnosis.evidence.some((e) => e.rule === CONNECTION_FAILED_RULE && /mailgun\.org/i.test(e.excerpt))
      ? facts.smtpPort === 25
        ? rt`No: Mailgun refused nothing; the connection itself failed. The sending server could not reach port ${code('25')}, which many hosting and cloud providers block for outgoing mail: use port ${code(String(RECOMMENDED_PORT))} or ${code('2525')}.`
        : rt`No: Mailgun refused nothing; the connection itself failed (below).`
      : null;
  return answer ? [rt`Is Mailgun blocking you? ${answer}`] : [];
}

/** A refusal that names a block list (Spamhaus, a DNSBL, Microsoft's banned senders), not a spam or content judgement alone. */
const BLOCK_LIST_NAMED = /\bblock ?list|\bblacklist|\bspamhaus\b|\bspamcop\b|\bbarracuda\b|\bsorbs\b|\buceprotect|\bdnsbl\b|\brbl\b|\bbanned sending ip\b|\blisted (?:on|in|at|by)\b/i;

const WHITELIST_ASKED_RULE = ruleName('whitelist-asked');
const ALLOWLIST_WORD = /\b(?:whitelist|allowlist|allow-list|safelist)/i;
const ALLOWLISTED_RULE = ruleName('allowlisted-said');
const CONNECTION_FAILED_RULE = ruleName('connection-failed');
const PLAIN_TEXT_ON_465_RULE = ruleName('plain-text-on-port-465');

/** The question whether the sender needs a login, answered first for a delivery the recipient's server refused (the inbound MX's answer is in its own reply). */
function loginAnswer(diagnosis: Diagnosis): RichText[] {
  // (the recipient's relay refusal, or its filter, block list or mailbox: after Mailgun's acceptance either way)
  if (!refusedAfterAcceptance(diagnosis) || !diagnosis.evidence.some((e) => e.rule === LOGIN_ASKED_RULE)) return [];
  return [rt`Do you need to add a login (SMTP authentication)? No: Mailgun accepted your message, so your sending was authenticated (its SMTP login or API key worked); the recipient's server refused Mailgun's delivery, and no login of yours changes that.`];
}

const SETTINGS_ASKED_RULE = ruleName('settings-asked');
const NO_ENCRYPTION_RULE = ruleName('no-encryption-set');

/** Port 25 with encryption switched off: the login, once turned on, would cross the network unencrypted. */
const plainPort25 = (facts: Facts, evidence: readonly Evidence[]): boolean => facts.smtpPort === 25 && evidence.some((e) => e.rule === NO_ENCRYPTION_RULE);
const STORE_RETENTION_ASKED_RULE = ruleName('store-retention-asked');

/** The question how long a Route's store() keeps messages, where the paste shows one. */
function storeAnswer({ facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === STORE_RETENTION_ASKED_RULE)) return [];
  return [rt`How long does ${code('store()')} keep messages? Up to 3 days, as Mailgun documents it (some plans keep them longer): fetch a stored message when its notify POST arrives${text(facts.routes.length > 0 ? '' : ' (store(notify="https://…"))')}, not on a daily poll.`];
}
const NETWORK_BLOCK_ASKED_RULE = ruleName('network-block-asked');

/** The question whether the network or the hosting provider blocks the mail, answered first where a server answered: nothing was blocked. */
function networkAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  const asked = evidence.find((e) => e.rule === NETWORK_BLOCK_ASKED_RULE)?.excerpt;
  // (not a question about a port, "blocking port 25?": a cloud host may well block 25 while 587 gets through)
  if (asked === undefined || /\bport\b|\b25\b/i.test(/block[^?]*\?/i.exec(asked)?.[0] ?? asked) || facts.replyCode === null || scenario !== 'mailgun-outgoing' || facts.hostRole === 'mailgun-mx' || facts.authAttempted === true) return [];
  return [rt`Is the network blocking you? No: Mailgun's SMTP host answered (${code(String(facts.replyCode))}), so the connection went through; a blocked port gives a time-out, not an answer. The refusal is for want of a login.`];
}
const HORIZON_RULE = ruleName('laravel-horizon');
const LARAVEL_ENV_EDITED_RULE = ruleName('laravel-env-edited-since');

/** The login went to one region's Mailgun SMTP host, and the domain is in the other region: that host does not know it. */
const loginToOtherRegion = (facts: Facts): boolean =>
  facts.region !== null && facts.hostRole === 'mailgun-smtp' && facts.host !== null && facts.host !== SMTP_HOST[facts.region] && (Object.values(SMTP_HOST) as string[]).includes(facts.host);

/**
 * Mailgun accepted the message and the recipient's side refused it: a relay refusal, or its filter, block list or mailbox
 * (not a DMARC policy, which the sender's DNS settings may answer).
 */
const refusedAfterAcceptance = ({ scenario, kind, facts }: Diagnosis): boolean =>
  mailgunAccepted(facts) && (scenario === 'recipient-host' || (scenario === 'not-relaying-denied' && (kind === 'blocked' || kind === 'unknown-user' || kind === 'mailbox-full')));

/**
 * The question whether the sending settings (or the app's code) need a change, answered first where the sending side had
 * nothing to do with the refusal: Mailgun accepted the message, or the refused mail was sent to the domain.
 */
function settingsAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, facts, evidence } = diagnosis;
  const asked = evidence.find((e) => e.rule === SETTINGS_ASKED_RULE)?.excerpt;
  if (asked === undefined) return [];
  // ("Is it their code?", "what do they need to change in their app?", "アプリ側で何か変える必要があるか")
  const ofApp = APP_ASKED.test(asked);
  if (scenario === 'mailgun-incoming' && ofApp && !mailgunAccepted(facts)) {
    const domain = recipientDomainOf(facts);
    return [rt`Does the app need a change? No: this is mail sent to ${domain ? quoteAddress(domain) : text('the domain')}, which Mailgun receives and refuses because no Route takes the address; the sending code plays no part. If the app only sends, this is mail people write to its address (replies to its From address, most often): a Route takes it (below), or a Reply-To on the app's mail that names a mailbox people read.`];
  }
  if (!refusedAfterAcceptance(diagnosis)) return [];
  if (ofApp) return [rt`Does the app need a change? No: Mailgun accepted the message from the app, so its code and its settings worked; ${refuserOf(facts)} refused it, and nothing in the app changes that.`];
  // (asked of an API sender's key or URL: "Should we change the MAILGUN_API_KEY or the url in config/plugins.js?")
  return /(?<![a-z])(?:api|url)(?![a-z])/i.test(asked)
    ? [rt`Do you need to change your API key or sending settings? No: Mailgun accepted your message, so your key and settings worked; ${refuserOf(facts)} refused it, and no setting of yours changes that.`]
    : [rt`Do you need to change your SMTP settings? No: Mailgun accepted your message, so your sending settings worked; ${refuserOf(facts)} refused it, and no setting of yours changes that.`];
}
/** A question about the app or its code, not its SMTP settings. */
const APP_ASKED = /(?<![a-z])(?:code|app|application|aplicación|aplicação|código)(?![a-z])|アプリ/i;

const REGION_ASKED_RULE = ruleName('region-asked');

/** "EU or US?": the region the paste's Mailgun hosts are in, and what lives there; or how to tell, when the paste does not show it. */
function regionAnswer({ facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === REGION_ASKED_RULE)) return [];
  // (named only where the host's own region is the domain's: an EU domain's app set to the US host is not shown to be US)
  const mailgunHost = [facts.host, facts.mxHost].find((host): host is string => host !== null && /\.mailgun\.(?:org|net)$/i.test(host) && /\.eu\./i.test(host) === (facts.region === 'eu'));
  const shownBy = mailgunHost ? rt` (the paste names ${code(mailgunHost)}, a host of Mailgun's ${text(facts.region === 'eu' ? 'EU' : 'US')} region)` : [];
  const answer: RichText =
    facts.region === 'eu'
      ? rt`EU${shownBy}: the domain, its SMTP credentials and its Routes are in Mailgun's EU region, whose hosts are ${code(SMTP_HOST.eu)} (SMTP), ${code('mxa.eu.mailgun.org')} and ${code('mxb.eu.mailgun.org')} (inbound) and ${code(API_BASE.eu)} (API). A login or API key of a US-region domain does not work there.`
      : facts.region === 'us'
      ? rt`US${shownBy}: the domain, its SMTP credentials and its Routes are in Mailgun's US region, whose hosts are ${code(SMTP_HOST.us)} (SMTP), ${code('mxa.mailgun.org')} and ${code('mxb.mailgun.org')} (inbound) and ${code(API_BASE.us)} (API).`
      : rt`The paste does not show it. A domain of Mailgun's EU region is reached at ${code(SMTP_HOST.eu)}, ${code('mxa.eu.mailgun.org')}/${code('mxb.eu.mailgun.org')} and ${code(API_BASE.eu)}; one of the US region at ${code(SMTP_HOST.us)}, ${code('mxa.mailgun.org')}/${code('mxb.mailgun.org')} and ${code(API_BASE.us)}. The host in the app's settings, or in the domain's MX records, tells which.`;
  return [rt`EU or US? ${answer}`];
}

const RESEND_ASKED_RULE = ruleName('resend-asked');
const PORT_ASKED_RULE = ruleName('port-asked');
const PORT_CHANGED_RULE = ruleName('port-changed-said');

/** The question whether the port is the problem, answered first where the server's answer settles it: it came over that port. */
function portAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  const asked = evidence.some((e) => e.rule === PORT_ASKED_RULE);
  // ("we switched from 25 to 587, still the same error": whether the port is the problem, answered as if asked)
  const changed = evidence.some((e) => e.rule === PORT_CHANGED_RULE);
  if (!asked && !changed) return [];
  const port = facts.smtpPort === null ? rt`the port in use` : facts.smtpPort === 465 ? rt`port ${code('465')} with TLS from the start` : rt`port ${code(String(facts.smtpPort))}`;
  const alsoTaken = facts.smtpPort !== null && facts.smtpPort !== RECOMMENDED_PORT ? rt`, which it takes as well as ${code(String(RECOMMENDED_PORT))}` : [];
  // ("Which port should we use?", "587 or 465?": which one, not whether the port is the problem)
  const dotnet = facts.client === 'dotnet-smtpclient' || facts.client === 'powershell';
  // (a session that logged in, as another domain, was refused for that login: its own answer below says so)
  const noLoginSent = scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' && facts.authAttempted !== true;
  // (answered as which port only for a session refused for want of a login, over a port that keeps the login encrypted)
  const which = asked && noLoginSent && !dotnet && !plainPort25(facts, evidence) && WHICH_PORT.test(evidence.find((e) => e.rule === PORT_ASKED_RULE)!.excerpt);
  // ("Can we keep port 25?": the same answer, said as a yes where the port is not the problem)
  const keep = asked && !which && KEEP_PORT.test(evidence.find((e) => e.rule === PORT_ASKED_RULE)!.excerpt);
  const verdict = text(keep ? 'Yes' : 'No');
  const answer: RichText | null =
    noLoginSent && plainPort25(facts, evidence)
      ? rt`${text(keep ? 'It can stay as far as the refusal goes' : 'Not for the refusal')}: Mailgun answered over port ${code('25')} and refused the session for want of a login. But with encryption off there, the login would cross the network unencrypted, and many hosts block or throttle 25: use port ${code(String(RECOMMENDED_PORT))} with STARTTLS when you turn the login on.`
      : which
      ? rt`Any of Mailgun's: ${code('587')} (recommended) or ${code('2525')} with STARTTLS, ${code('465')} with SSL/TLS from the start, or ${code('25')}${facts.smtpPort !== null ? rt`; the one in use, ${port}, works too` : []}. The port is not why it was refused: Mailgun answered and refused the session for want of a login, so turn the login on. Encryption does not cause this refusal, but keep it on so that the login does not cross the network in the clear.`
      : noLoginSent
      ? rt`${verdict}: Mailgun's SMTP host answered over ${port}${alsoTaken}; it refused the session for want of a login, and no other port changes that. Keep the port and turn the login on. (Mailgun takes ${code('587')} and ${code('2525')} with STARTTLS, ${code('465')} with SSL/TLS from the start, and ${code('25')}; encryption does not cause this refusal, but keep it on so that the login does not cross the network in the clear.)${dotnet ? rt` (Not ${code('465')} with System.Net.Mail: it cannot start TLS at once, so it would wait there until it times out.)` : []}`
      // (a 535 only: a login that was never sent, or a tenant's SMTP AUTH switched off, 5.7.139, is no wrong password)
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.replyCode === 535 && facts.enhancedCode !== '5.7.139'
      ? loginToOtherRegion(facts)
        ? rt`${verdict}: the login went over ${port} to the other region's host, which does not know it; change the host (below), not the port.`
        : rt`${verdict}: the login reached the server over ${port} and was refused; another port sends the same login. Fix the login (below).`
      : refusedAfterAcceptance(diagnosis)
      ? rt`${verdict}: Mailgun accepted your message, so your connection and port worked; the recipient's server refused Mailgun's delivery, and no port of yours changes that.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`${verdict}: ${freeAccountDomain(facts) ? text("the free account's limit is the cause: a free account") : text('the sandbox domain is the cause. It')} sends only to its authorized recipients, over any port; keep the port.`
      // (a relay refusal is a server's answer: the connection worked, whichever side gave it)
      : scenario === 'undetermined'
      ? rt`${text(keep ? 'Yes: no port fixes a relay refusal' : 'No port fixes a relay refusal')}: the server that gave it answered over the port in use, so the connection worked. What it wants is a login, a Route or the recipient's server's acceptance, depending on the case (below).${changed ? rt` If it is your app sending through Mailgun, the most common case, it still does not log in on the new port: turn SMTP authentication on in its settings, with the whole login (such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}) and its password.` : []}`
      : null;
  const lead = which ? 'Which port?' : keep ? 'Can you keep the port?' : asked ? 'Is the port the problem?' : 'A new port, the same error?';
  return answer ? [rt`${text(lead)} ${answer}`] : [];
}

/** "Can we keep port 25?", "Port 25 behalten", "mantener el puerto 25", "ポート25のまま". */
const KEEP_PORT = /\b(?:keep|stay|stick|behalten|beibehalten|lassen|mantener|manter|garder|conserver|tenere|mantenere|houden)\b|のまま|使い続け/i;
const WHICH_PORT = /\b(?:which|what)[ \t]+port\b|\b(?:587|465|2525|25)[ \t]+or[ \t]+(?:port[ \t]+)?(?:587|465|2525|25)\b/i;
const KEY_OR_PASSWORD_ASKED_RULE = ruleName('key-or-password-asked');

/** The question whether the login takes the API key or an SMTP password, answered first where the error says which interface it is. */
function keyAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === KEY_OR_PASSWORD_ASKED_RULE)) return [];
  const login = facts.mailgunDomain ? rt` (a login such as ${code(`postmaster@${facts.mailgunDomain}`)} and its password)` : [];
  const smtp = scenario === 'mailgun-outgoing' || (scenario === 'not-relaying-denied' && kind === 'auth-failure');
  const answer: RichText | null = smtp
    ? rt`The domain's SMTP password, not the API key (nor the email and password you sign in to Mailgun with): Mailgun's SMTP host takes only the domain's SMTP credentials${login}, and an API key given there is refused (${code('535')}). The API key is for the HTTP API.`
    : scenario === 'not-relaying-denied' && kind === 'api-auth'
    ? facts.client === 'ghost'
      ? rt`The private API key: Ghost sends through Mailgun's API and also reads its events for newsletter analytics, which a domain sending key cannot do. An SMTP password does not work with the API.`
      : rt`An API key: the HTTP API takes the private API key (or a domain sending key, which can only send), never an SMTP password.`
    : null;
  return answer ? [rt`API key or SMTP password? ${answer}`] : [];
}

const SENDGRID_KEY_RULE = ruleName('sendgrid-key-shown');

/** A SendGrid key (`SG.…`) in the paste, often offered as the one to use after a move: it is SendGrid's, no Mailgun credential. */
// (one cut short, `SG.Hk2p...`, stays in the text; a whole one is redacted, and the warning about it says to revoke it)
function otherProviderKeyAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  const whole = facts.secretKinds.includes('sendgrid-key');
  if (!(whole || evidence.some((e) => e.rule === SENDGRID_KEY_RULE))) return [];
  if (!(scenario === 'mailgun-outgoing' || (scenario === 'not-relaying-denied' && (kind === 'auth-failure' || kind === 'api-auth')))) return [];
  return [rt`What about the SendGrid key (${code('SG.…')})? It is of no use at Mailgun: it is SendGrid's API key, and Mailgun takes only its own credentials, the domain's SMTP login and password for SMTP (or a Mailgun API key for its HTTP API).${text(whole ? '' : ' If the old SendGrid account is still open, revoke that key there once nothing uses it.')}`];
}

const RECEIVES_ELSEWHERE_RULE = ruleName('receives-elsewhere-said');
const RECEIVING_SERVICE = new RegExp(RECEIVING_SERVICES, 'i');

/**
 * The domain said to receive through another service (Cloudflare Email Routing, Google Workspace), with the side not shown: a
 * refusal that someone writing to it gets cannot come from Mailgun's Routes, which that mail never reaches.
 */
function receivesElsewhereAnswer({ scenario, evidence }: Diagnosis): RichText[] {
  const said = evidence.find((e) => e.rule === RECEIVES_ELSEWHERE_RULE);
  if (scenario !== 'undetermined' || !said) return [];
  const service = RECEIVING_SERVICE.exec(said.excerpt)?.[0] ?? 'another service';
  return [rt`Mail to the domain comes in through ${text(service)}, not Mailgun: Mailgun's inbound servers and Routes play no part in mail people send to it, so a writer's refusal came from their own outgoing server (which wants them to log in) or from ${text(service)}'s. Mailgun is in the path only for the mail the domain sends; the full bounces show which server refused each.`];
}

const API_MAILER_ASKED_RULE = ruleName('api-mailer-asked');
const API_KEY_ENOUGH_RULE = ruleName('api-key-enough-said');

/** "I thought the API key was enough" under a session that sent no login: the API key is the HTTP API's, never an SMTP login. */
function apiKeyEnoughAnswer(diagnosis: Diagnosis): RichText[] {
  const { facts, evidence } = diagnosis;
  if (!unauthenticatedSend(diagnosis) || !evidence.some((e) => e.rule === API_KEY_ENOUGH_RULE)) return [];
  const region = regionOrDefault(facts.region);
  return [facts.client === 'laravel'
    ? rt`Isn't the API key enough? Not with ${code('MAIL_MAILER=smtp')}: the SMTP mailer logs in with ${code('MAIL_USERNAME')} and ${code('MAIL_PASSWORD')}, which must be the domain's SMTP login and password; the API key in ${code('MAILGUN_SECRET')} is read only by Laravel's ${code('mailgun')} mailer. Either fill in those two (below), or send through the API: ${code('MAIL_MAILER=mailgun')} with ${code('MAILGUN_DOMAIN')}${region === 'eu' ? rt`, ${code('MAILGUN_SECRET')} and ${code('MAILGUN_ENDPOINT=api.eu.mailgun.net')}` : rt` and ${code('MAILGUN_SECRET')}`} (after ${code('composer require symfony/mailgun-mailer symfony/http-client')}).`
    : rt`Isn't the API key enough? Not for SMTP: an SMTP session logs in with the domain's SMTP login and password, and the API key is for the HTTP API only. Either give the SMTP settings that login and password (below), or send through the API with the key.`];
}
const ROUTE_FORWARDS_SAME_NAME_RULE = ruleName('route-forwards-to-same-name');
const API_USER_AS_LOGIN_RULE = ruleName('api-user-as-smtp-login');
const BARE_DOMAIN_LOGIN_RULE = ruleName('bare-domain-as-smtp-login');
/** The domain in the rule's excerpt, read by the rule's own pattern. */
const BARE_DOMAIN_LOGIN_NAME = new RegExp(BARE_DOMAIN_LOGIN, 'i');

/** The question whether to switch the app to its Mailgun API mailer: a way round SMTP logins, with the API key it takes. */
function apiMailerAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === API_MAILER_ASKED_RULE)) return [];
  if (!(scenario === 'mailgun-outgoing' || (scenario === 'not-relaying-denied' && kind === 'auth-failure'))) return [];
  const domain = facts.mailgunDomain ? rt` (${code(facts.mailgunDomain)})` : [];
  return [rt`Switch to the Mailgun mailer? You can: it sends through Mailgun's HTTP API, so no SMTP login is involved. It takes an API key (the account's Private API key, or a domain sending key, which can only send), the sending domain${domain} and its region (US or EU). Fixing the SMTP login, below, works as well.`];
}

const LOGIN_DOMAIN_ASKED_RULE = ruleName('login-domain-asked');

/** The question whether the SMTP user name needs its domain: it does, where the session's login is Mailgun's. */
function loginDomainAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === LOGIN_DOMAIN_ASKED_RULE)) return [];
  // (a login refused by Mailgun's SMTP host: not another provider's)
  if (!((scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx') || (scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.provider === null && (facts.hostRole === 'mailgun-smtp' || facts.host === null)))) return [];
  return [rt`Does the user name need the domain? Yes: Mailgun's SMTP user name is the full login, with its domain, such as ${code(smtpLogin(facts.mailgunDomain))}; a bare ${code('postmaster')} is no login Mailgun knows.`];
}

const FROM_CHANGE_ASKED_RULE = ruleName('from-change-asked');

/** "Does the From address have to change?" under a refusal for want of a login: no, and where a From at another domain matters. */
function fromChangeAnswer(diagnosis: Diagnosis): RichText[] {
  const { facts, evidence } = diagnosis;
  // (not where "go back to the old address?" is the recipient's move, answered on its own)
  if (!unauthenticatedSend(diagnosis) || !evidence.some((e) => e.rule === FROM_CHANGE_ASKED_RULE) || evidence.some((e) => e.rule === OLD_ADDRESS_BACK_ASKED_RULE && RETIRED_SAID.test(e.excerpt))) return [];
  // (the header From a setting names: the envelope sender may differ from it)
  const from = safeAddress(facts.fromSetting);
  const fromDomain = from ? from.slice(from.lastIndexOf('@') + 1).toLowerCase() : null;
  const mailgunDomain = safeDomain(facts.mailgunDomain)?.toLowerCase() ?? null;
  // (DMARC's relaxed alignment, its default: a From at the Mailgun domain's parent aligns with DKIM signed for the subdomain)
  const alignment: RichText =
    fromDomain === null || mailgunDomain === null
      ? []
      : fromDomain === mailgunDomain
      ? rt` ${code(from!)} is at the Mailgun domain already.`
      : registrableDomain(mailgunDomain) === registrableDomain(fromDomain)
      ? rt` ${code(from!)} can stay: ${code(fromDomain)} and ${code(mailgunDomain)} share the organisational domain ${code(registrableDomain(fromDomain))}, so Mailgun's DKIM signature for ${code(mailgunDomain)} aligns with it under DMARC's default (relaxed) alignment.`
      : rt` For delivery, though, send From an address at ${code(mailgunDomain)} or its parent domain: a From at another domain than the one Mailgun signs for fails DMARC alignment at many receivers.`;
  return [rt`Does the From address have to change? No: Mailgun refused the session for want of a login, not for its From address; once the session logs in, the same From goes out.${alignment}`];
}

const WRONG_PASSWORD_ASKED_RULE = ruleName('wrong-password-asked');
const LOGIN_REFUSED_RULE = ruleName('login-refused');

/** The question whether the password is wrong, under a refusal of a session that sent no login: no password was tried. */
function wrongPasswordAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === WRONG_PASSWORD_ASKED_RULE)) return [];
  // (Mailgun took the message: whatever login sent it worked, and the recipient's server refused the delivery)
  if (refusedAfterAcceptance(diagnosis)) return [rt`Are your Mailgun credentials wrong? No: Mailgun accepted the message, so the login that sent it worked; there is no need to reset the password. The recipient's server refused Mailgun's delivery.`];
  if (diagnosis.kind === 'api-auth' && evidence.some((e) => e.rule === PASSWORD_AS_KEY_RULE || e.rule === PASSWORD_SAID_AS_KEY_RULE)) {
    return [rt`Is the password wrong? For the API, yes: the domain's SMTP password works only for SMTP. The API takes an API key as the password of the user ${code('api')} (steps below).`];
  }
  if (diagnosis.kind === 'auth-failure' && facts.replyCode === 535) {
    return evidence.some((e) => e.rule === PASSWORD_CHANGED_RULE)
      ? [rt`Is the password wrong? The server refused the login (${code('535')}), and the password was changed just before: the application most likely still sends the old one (steps below).`]
      : facts.hostRole === 'mailgun-smtp'
      ? [rt`Is the password wrong? The login or the password is: Mailgun refused the login itself (${code('535')}).`]
      : [];
  }
  // (the session's own login refused with 535, then the recipient refused as relaying: the password, not the address)
  if (scenario === 'mailgun-outgoing' && evidence.some((e) => e.rule === LOGIN_REFUSED_RULE)) {
    return [rt`Is the password wrong? Yes, most likely: Mailgun refused the login itself (${code('535')}), the application went on without it, and so the recipient was refused as relaying. The recipient's address is not the problem; the login or password the application sends is.`];
  }
  if (facts.authAttempted === true) return [];
  if (scenario === 'mailgun-incoming') return [rt`Is it the password? No: this is mail coming in to the domain, refused for want of a Route; no password of yours plays a part.`];
  if (scenario === 'undetermined') return [rt`Is it the password? Not a wrong one: a wrong password is refused at the login itself, with ${code('535')}, not with a relay refusal. If this came from your application's own session with Mailgun, that session sent no login at all; if another server refused it, no password of yours played a part.`];
  if (scenario !== 'mailgun-outgoing' || facts.hostRole === 'mailgun-mx') return [];
  return [rt`Is it the password (a wrong or a rotated one)? No: a wrong password is refused at the login itself, with ${code('535')}. This session sent no login at all, so no password was tried; Mailgun refused it at the recipient (${code('RCPT TO')}) instead.`];
}

const NEW_PASSWORD_ASKED_RULE = ruleName('new-password-asked');

/** "Do they need a new SMTP password?": no, wherever the password played no part; after a refused login, only if nobody has the right one. */
function newPasswordAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === NEW_PASSWORD_ASKED_RULE)) return [];
  // (a password said changed already, for a session that sent no login: answered once, with the new one to use)
  if (evidence.some((e) => e.rule === PASSWORD_CHANGED_SAID_RULE) && unauthenticatedSend(diagnosis) && !evidence.some((e) => e.rule === CREDENTIALS_SET_RULE)) return [];
  const answer: RichText | null =
    refusedAfterAcceptance(diagnosis)
      ? rt`No: Mailgun accepted the message, so the login (or API key) that sent it worked; the recipient's server refused the delivery, and no new password changes that.`
      : scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' && facts.authAttempted !== true
      ? rt`No: the session sent no login at all, so the password was never tried. Turn the login on with the password they have; set a new one (under the domain's SMTP credentials, below) only if nobody knows it.`
      : scenario === 'mailgun-incoming'
      ? rt`No: this is mail sent to the domain, refused for want of a Route; SMTP credentials play no part.`
      // (a login sent to the other region's host: that host does not know it, whatever its password)
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && loginToOtherRegion(facts)
      ? rt`No: the login went to ${code(facts.host!)}, but the domain is in the ${text(facts.region === 'eu' ? 'EU' : 'US')} region, whose host is ${code(SMTP_HOST[facts.region!])}; the other region's host does not know the login, whatever its password. Change the host and keep the password they set.`
      // (an API key in the password's place, `MAIL_PASSWORD=key-...`: the SMTP password is another secret, which a key rotation leaves alone)
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && evidence.some((e) => e.rule === API_KEY_AS_PASSWORD_RULE || e.rule === KEY_IN_PASSWORD_SETTING_RULE)
      ? rt`Not a new one, the right one: the password setting holds an API key, and Mailgun's SMTP login takes the domain's SMTP password, a different secret that rotating API keys leaves as it was. Put the SMTP password of ${code(smtpLogin(safeDomain(facts.mailgunDomain)))} there (set a new one under the domain's SMTP credentials only if nobody has it).`
      // (reset already, the old one still in the settings: the one set last, put where the program reads it)
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && passwordChangedBefore(evidence)
      ? rt`No: the password was reset already, and the program still sends the one from before. Put the password set last where it reads it${text(facts.client === 'postfix' ? ' (sasl_passwd, then postmap on it and postfix reload)' : ' and restart it')}; only if nobody has that one, set another under the domain's SMTP credentials.`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.replyCode === 535 && facts.hostRole !== 'other'
      ? rt`Only if nobody has the right one: the login was refused (${code('535')}). Check first that the user name is the whole login (such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}) and that the password is that login's SMTP password, not an API key; if it is lost, set a new password for that login under the domain's SMTP credentials and put it where the app runs.`
      : scenario === 'not-relaying-denied' && kind !== null && kind !== 'auth-failure' && kind !== 'api-auth' && kind !== 'other'
      ? rt`No: this refusal is not about the login, and no new password changes it.`
      : scenario === 'undetermined'
      ? rt`Not for a relay refusal: it comes from a login that was not sent, a missing Route or the recipient's server, and none of those needs a new password (only a login nobody knows the password of does).`
      : null;
  return answer ? [rt`Do they need a new password? ${answer}`] : [];
}

const USERNAME_ASKED_RULE = ruleName('username-asked');
const SHARED_LOGIN_ASKED_RULE = ruleName('shared-login-asked');

/** Where a Mailgun SMTP login is what the question is about: a send refused for want of one, or a login Mailgun's SMTP host refused. */
const mailgunLoginAt = ({ scenario, kind, facts }: Diagnosis): boolean =>
  (scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx') || (scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.hostRole !== 'other');

/** "Which login goes in the user name?": the domain's SMTP login, none of the other names people mistake for it. */
function usernameAnswer(diagnosis: Diagnosis): RichText[] {
  if (!diagnosis.evidence.some((e) => e.rule === USERNAME_ASKED_RULE) || !mailgunLoginAt(diagnosis)) return [];
  const login = smtpLogin(safeDomain(diagnosis.facts.mailgunDomain));
  return [rt`Which login goes in the user name? The domain's SMTP login, such as ${code(login)} (under the domain's SMTP credentials in Mailgun), with that login's SMTP password: not the email address you sign in to Mailgun with, not a Gmail or other mailbox's address, and not ${code('api')} or an API key.`];
}

const AUTH_OFF_ASKED_RULE = ruleName('auth-off-asked');

/** "Should they go back to auth off, since at least it connected?": no; without a login Mailgun refuses every outside recipient. */
function authOffAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  if (!(scenario === 'not-relaying-denied' && kind === 'auth-failure' && (facts.host === null || facts.hostRole === 'mailgun-smtp')) || !evidence.some((e) => e.rule === AUTH_OFF_ASKED_RULE)) return [];
  return [rt`Should they turn the login off again? No: without a login Mailgun's SMTP host refuses every outside recipient (Relaying denied). This ${code('535')} is progress: the login now reaches Mailgun, which refuses its user name or password; correct those instead.`];
}

/** "Can two apps share one SMTP login?": yes; one per app is easier to look after. */
function sharedLoginAnswer(diagnosis: Diagnosis): RichText[] {
  if (!diagnosis.evidence.some((e) => e.rule === SHARED_LOGIN_ASKED_RULE) || !mailgunLoginAt(diagnosis)) return [];
  return [rt`Can several apps share one SMTP login? Yes: Mailgun takes the same login from any number of servers, so the second one only needs it set too (the refusal here is that it sent none). A login of its own per app or server is easier to look after: each can then be given a new password or removed without breaking the others (add one under the domain's SMTP credentials).`];
}

const PROGRESS_ASKED_RULE = ruleName('progress-asked');
const CHANGE_CAUSE_ASKED_RULE = ruleName('change-cause-asked');
const DIRECTION_UNKNOWN_RULE = ruleName('direction-unknown-said');
/** Mail said to fail both ways ("both when we email clients and when clients email us"), not a direction unknown. */
const BOTH_WAYS = /\bboth\b|\bsend\b[^\n]{0,40}\band\b[ \t]+(?:also[ \t]+)?receive\b|\bin beide richtingen\b|\bin beiden richtungen\b|\bdans les deux sens\b|\ben ambos sentidos\b|\bnos dois sentidos\b/i;

/** The SMTP login's password named as the API's (`os.environ["MAILGUN_SMTP_PASSWORD"]`): said, for the API does not take it. */
const SMTP_PASSWORD_NAME = /\b[A-Z0-9_]*SMTP_?PASS(?:WORD)?\b/;
function smtpPasswordAsKey(excerpt: string): RichText {
  const name = SMTP_PASSWORD_NAME.exec(excerpt)?.[0];
  return name === undefined ? [] : rt`, with the SMTP password (${code(name)}) as its password, which the API does not take`;
}

/** Where the API key is, in the current UI's words. */
const apiKeyWhere = (): RichText => rt`The API key is in the Mailgun control panel under your account's name (top right), API Security (Mailgun's API Keys page): create one there if none is noted, and copy it when it is shown.`;
const PLACEHOLDER_PASSWORD_RULE = ruleName('placeholder-password-sent');

/** "It was 550 yesterday and 535 today: is that progress?": where the error now stands on the way to a delivered message. */
function progressAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === PROGRESS_ASKED_RULE)) return [];
  if (scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.replyCode === 535 && facts.hostRole === 'mailgun-smtp') {
    return [rt`Is it progress? Yes: Relaying Denied comes from a session that sent no login at all; a ${code('535')} means the program now sends one and Mailgun checks it. What is left is the login itself: the user name or the password it sends is wrong (below).`];
  }
  // (a login now set, and the sandbox's own limit after it: the login works)
  if (scenario === 'not-relaying-denied' && kind === 'sandbox') {
    return [rt`Is it progress? Yes: the login works now, and what is left is ${text(freeAccountDomain(facts) ? "the free account's own limit: a free account" : "the sandbox domain's own limit: it")} sends only to its authorized recipients (below).`];
  }
  // (a 535, then the relay refusal in the same session: one problem, the login)
  if (scenario === 'mailgun-outgoing' && evidence.some((e) => e.rule === LOGIN_REFUSED_RULE)) {
    return [rt`Is it worse? No, it is one problem: Mailgun refused the login (${code('535')}), the session went on without it, and so the recipient was refused as relaying. Once the login is right, both go away.`];
  }
  // (a move from SMTP to the API, its call refused: the relay refusal cannot happen there, the key is the one thing left)
  if (scenario === 'not-relaying-denied' && kind === 'api-auth') {
    return [evidence.some((e) => e.rule === API_USER_NOT_API_RULE)
      ? rt`Is it progress? Yes: over the API there is no relay refusal at all, and what is left is the API's own login: the request has to authenticate with the user name ${code('api')} and an API key (below), not the SMTP login and password.`
      : rt`Is it progress? Yes: over the API there is no relay refusal at all; what is left is the request's own refusal (below).`];
  }
  if (scenario === 'recipient-host' && mailgunAccepted(facts)) {
    return [rt`Is it progress? Yes, on your side: Mailgun accepted the message this time, so your sending works. What is left is the recipient's server, which refused the delivery (below).`];
  }
  return [];
}

const WHO_IS_RIGHT_ASKED_RULE = ruleName('who-is-right-asked');

/** "Who's right?" (two views of one refusal set against each other): the side the diagnosis puts the cause on, in one line. */
function whoIsRightAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === WHO_IS_RIGHT_ASKED_RULE)) return [];
  const answer: RichText | null =
    scenario === 'mailgun-incoming'
      ? rt`The receiving side is where the cause is: Mailgun's inbound server (where ${facts.recipientDomain ? rt`the MX records of ${quoteAddress(facts.recipientDomain)}` : text("the domain's MX records")} point) refused ${facts.recipient ? quoteAddress(facts.recipient) : text('the address')} because no Route takes it. The sender's server, and any filter or gateway on the sender's side, did their part; a Route fixes it (below).`
      : scenario === 'mailgun-outgoing'
      ? rt`The sending side is where the cause is: Mailgun's SMTP host refused a session that sent no login, before any delivery; the recipient and their server play no part. The sender's login fixes it (below).`
      // (the recipient's side said fixed, the address still suppressed: each was right in turn)
      : scenario === 'recipient-host' && facts.suppression === 'bounce' && evidence.some((e) => e.rule === RECIPIENT_FIXED_RULE)
      ? rt`Each in turn: the first refusal was the recipient's server's; since that was fixed, what stops the mail is Mailgun's own suppression of the address (the Bounces list, ${code('605')}), which only you can lift (below).`
      : scenario === 'recipient-host'
      ? rt`The recipient's side is where the cause is: ${mailgunAccepted(facts) ? text('Mailgun accepted the message, and ') : []}${refuserOf(facts)} refused it as mail for an address it does not take. Nothing in the sending setup fixes it; the recipient's mail administrator does (below).`
      : scenario === 'not-relaying-denied' && kind !== null && kind !== 'other'
      ? rt`Whoever says it is no relay refusal: it is ${text(RELAY_THEORY_INSTEAD[kind].what)} (below).`
      : scenario === 'undetermined'
      ? rt`The paste cannot settle it yet: it does not show which server refused. Where the error was seen (below) does.`
      : null;
  return answer ? [rt`Who is right? ${answer}`] : [];
}

/** How a Vercel app takes new variables: a new deployment, not a restart. */
const VERCEL_REDEPLOY = text('redeploy (in Vercel, Deployments, then Redeploy): a deployment keeps the variables it was built with');

/** The Secret and its key a Deployment asks for that the Secret shown lacks, from the variable mismatch's note; else null. */
function secretKeyMissing(evidence: readonly Evidence[]): { secret: string; key: string } | null {
  const m = /\(Secret ([\w.-]+): no key ([\w.-]+)\)/.exec(evidence.find((e) => e.rule === VARIABLE_MISMATCH_RULE)?.excerpt ?? '');
  return m ? { secret: m[1]!, key: m[2]! } : null;
}

const SAME_AS_BEFORE_ASKED_RULE = ruleName('same-as-before-asked');
const EARLIER_RELAY_RULE = ruleName('earlier-relay-refusal');
const EARLIER_LOGIN_RULE = ruleName('earlier-login-refusal');

/** "Is this the same error as last time?": the earlier error the paste sets aside against the one it shows now. */
const ALIKE_ASKED_RULE = ruleName('alike-asked');
/** "Are these the same thing?" beside a relay refusal and another kind of error in one paste: no, each has its own fix. */
function alikeAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === ALIKE_ASKED_RULE) || scenario === 'not-relaying-denied' || facts.otherErrors.length === 0) return [];
  return [rt`Are they the same thing? No: ${facts.recipient ? rt`only ${quoteAddress(facts.recipient)}` : text('only one of them')} was refused as relaying (below); the other failure in the paste is another kind of error, with its own fix (under "Another error in the paste").`];
}

function sameAsBeforeAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === SAME_AS_BEFORE_ASKED_RULE)) return [];
  const earlierRelay = evidence.some((e) => e.rule === EARLIER_RELAY_RULE);
  const earlierLogin = evidence.some((e) => e.rule === EARLIER_LOGIN_RULE);
  const answer: RichText | null =
    earlierRelay && scenario === 'not-relaying-denied' && kind === 'auth-failure' && facts.replyCode === 535
      ? rt`No: last time the session sent no login, and the recipient was refused as relaying; now it sends one, and the server refuses the login itself (${code('535')}): the user name or the password it sends is wrong (after a password reset, the application still has the old one).`
      : earlierRelay && refusedAfterAcceptance(diagnosis)
      ? rt`No: last time your sending was refused; this time Mailgun accepted the message, and ${refuserOf(facts)} refused Mailgun's delivery of it. No change to your SMTP login fixes this one.`
      : scenario === 'mailgun-incoming'
      ? rt`${text(earlierRelay ? 'Not quite: this' : 'This')} one is mail coming in to your domain, refused by Mailgun's inbound server because no Route takes ${facts.recipient ? quoteAddress(facts.recipient) : text('the address')}; what fixes it is a Route (below), whatever the earlier error was.`
      : earlierLogin && unauthenticatedSend(diagnosis)
      ? rt`No: last time the server refused the login (${code('535')}, a wrong user name or password); this time the session sent no login at all, so no password was tried: the application's login settings are empty or switched off.`
      // (the earlier refusal in another server's words, "Relay access denied": the recipient's server's, not Mailgun's login)
      : earlierRelay && unauthenticatedSend(diagnosis) && OTHER_MTA_WORDS.test(evidence.find((e) => e.rule === EARLIER_RELAY_RULE)!.excerpt)
      ? rt`No: last time the refusal came in another server's words (most likely the recipient's server, which refused Mailgun's delivery: an address it does not take); this time Mailgun's own SMTP host refused a session that sent no login, before any delivery. The recipient's address is not what is wrong now: the application's login is (below).`
      : earlierRelay && unauthenticatedSend(diagnosis)
      ? [text('Yes, the same refusal: a session that sent no login, refused at its outside recipient. The fix is the same too: log in with the domain\'s SMTP credentials.')]
      // (the earlier error not shown: what this one is, and so when it is not the same)
      : refusedAfterAcceptance(diagnosis)
      ? rt`Not if last time Mailgun refused your sending (a missing login): this time Mailgun accepted the message, and ${refuserOf(facts)} refused Mailgun's delivery of it, so no change to your SMTP login fixes it.`
      : unauthenticatedSend(diagnosis)
      ? [text('If last time was Mailgun\'s "Relaying denied" for a missing login, yes: this one is a session that sent no login too, and the same fix applies (below).')]
      // (whatever came before: this one is another kind of error)
      : scenario === 'not-relaying-denied' && kind !== null && kind !== 'other'
      ? rt`No: this one is no relay refusal at all, but ${OTHER_ERROR_ANSWERS[kind]}`
      : null;
  return answer ? [rt`Is it the same error as last time? ${answer}`] : [];
}

/** A refused login whose password decodes to a placeholder: the program sent the asterisks, or the example value, itself. */
function placeholderPasswordAnswer({ evidence }: Diagnosis): RichText[] {
  const placeholder = evidence.find((e) => e.rule === PLACEHOLDER_PASSWORD_RULE);
  if (!placeholder) return [];
  const [encoded, shown] = [placeholder.excerpt.split(' ')[0]!, /\((.{1,40})\)$/.exec(placeholder.excerpt)?.[1] ?? '****'];
  // (a variable's name sent as it stands, `$SMTP_PASS`: the shell or the program never put its value in)
  if (/^(?:\$\{?\w+\}?|%\w+%|\$\{\{[^}]*\}\}|\{\{[^}]*\}\})$/.test(shown)) {
    return [rt`The password sent decodes to ${code(shown)} (its base64, ${code(encoded)}, is in the transcript): the variable's name itself, never replaced by its value. Whatever builds the login passes the text, not the variable (single quotes in a shell, a string where the code meant the environment); set it so that the value goes in.`];
  }
  return /^[*•●xX]+$/.test(shown)
    ? [rt`The password sent decodes to ${code(shown)} (its base64, ${code(encoded)}, is in the transcript): unless you masked that too before pasting, the program sent the mask itself, not the password. Give it the real SMTP password.`]
    : [rt`The password sent decodes to ${code(shown)} (its base64, ${code(encoded)}, is in the transcript), a placeholder: the setting or variable the password comes from holds an example value, not the domain's SMTP password. Put the real one there. (Base64 is no encryption: paste a real password's base64 nowhere.)`];
}

const SMTP_INSTEAD_ASKED_RULE = ruleName('smtp-instead-asked');

/** "Should we just switch to SMTP?" under an API refusal or a recipient's: SMTP changes nothing the refusal is about. */
function smtpInsteadAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === SMTP_INSTEAD_ASKED_RULE)) return [];
  const region = regionOrDefault(facts.region);
  const answer: RichText | null =
    scenario === 'not-relaying-denied' && kind === 'api-auth'
      ? rt`No need: the API works once the request has the right key and goes to the domain's region${facts.region ? rt` (${code(API_BASE[region])})` : []}. SMTP would work too, but it takes its own login, the domain's SMTP login and password, at ${code(SMTP_HOST[region])}: another secret to set, not a way around this one.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`No: ${text(freeAccountDomain(facts) ? 'a free account' : 'a sandbox domain')} sends only to its authorized recipients over SMTP too.`
      : refusedAfterAcceptance(diagnosis)
      ? rt`No: Mailgun accepted the message, and ${refuserOf(facts)} refused Mailgun's delivery of it; Mailgun delivers the same way whether it gets the message over SMTP or through the API.`
      : scenario === 'mailgun-incoming'
      ? [text("No: this is mail coming in to the domain, refused for want of a Route; how you send plays no part.")]
      : null;
  return answer ? [rt`Would sending over SMTP instead help? ${answer}`] : [];
}

const DOMAIN_VERIFIED_RULE = ruleName('domain-verified-said');

/** "Why the refusal, if the domain is verified?": verification lets Mailgun send for the domain; it logs nobody in. */
function domainVerifiedAnswer(diagnosis: Diagnosis): RichText[] {
  if (!unauthenticatedSend(diagnosis) || !diagnosis.evidence.some((e) => e.rule === DOMAIN_VERIFIED_RULE)) return [];
  return [rt`Why the refusal, when the domain is verified? Verification (its DNS records) lets Mailgun send mail for the domain; it logs no application in. Each SMTP session still has to log in with the domain's SMTP login and password, and this one did not.`];
}

const CREDENTIALS_FINE_ASKED_RULE = ruleName('credentials-fine-asked');
const WORKS_ELSEWHERE_ASKED_RULE = ruleName('works-elsewhere-asked');
const REDEPLOY_ASKED_RULE = ruleName('redeploy-asked');
const ROUTE_ASKED_RULE = ruleName('route-asked');
const APP_ENVIRONMENT_ASKED_RULE = ruleName('app-environment-asked');

/** Mailgun's SMTP host refused a session that sent no login: the login's settings are what the questions below are about. */
const unauthenticatedSend = ({ scenario, facts }: Diagnosis) => scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' && facts.authAttempted !== true;

/** "It never errors on login, so the credentials must be fine?": nothing checked them. */
function credentialsFineAnswer(diagnosis: Diagnosis): RichText[] {
  if (!unauthenticatedSend(diagnosis) || !diagnosis.evidence.some((e) => e.rule === CREDENTIALS_FINE_ASKED_RULE)) return [];
  return [rt`Are the credentials fine, since no login error shows? Not known yet: the session sent no login at all, so Mailgun never checked them. Once the application logs in, a ${code('535')} would say the login or password is wrong.`];
}

const DASHBOARD_LOGIN_WORKS_RULE = ruleName('dashboard-login-works-said');
/** "The password is right, they can log in to the dashboard": that is the account's web login, not the domain's SMTP one. */
function dashboardLoginAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === DASHBOARD_LOGIN_WORKS_RULE)) return [];
  const smtpLoginCase = (scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx') || (scenario === 'not-relaying-denied' && kind === 'auth-failure');
  if (!smtpLoginCase) return [];
  return [rt`Does a working dashboard login prove the password? No: the dashboard takes the Mailgun account's email and password; SMTP takes the domain's SMTP login (such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}) with its own SMTP password, set under the domain's SMTP credentials. The account's password does not work there.`];
}

/** "Why does it work locally (on main, in staging) and not there?": the same code, with its login set in one place only. */
function worksElsewhereAnswer(diagnosis: Diagnosis): RichText[] {
  if (!unauthenticatedSend(diagnosis) || !diagnosis.evidence.some((e) => e.rule === WORKS_ELSEWHERE_ASKED_RULE)) return [];
  const { facts } = diagnosis;
  // (only where the login comes from settings that can differ between the places: variables, or a CI's secrets; a login
  // switched off or set in a file says nothing of another place)
  if (facts.loginFromEnv === null && facts.passwordFromEnv === null && !diagnosis.evidence.some((e) => e.rule === CI_FORK_RULE || e.rule === CI_PROTECTED_RULE)) return [];
  const variables = [facts.loginFromEnv, facts.passwordFromEnv].filter((v): v is string => v !== null).map(envVariableName).filter((name, i, all) => all.indexOf(name) === i);
  const named: RichText = variables.length ? rt` (${join(variables.map((name) => [code(name)]), ' and ')})` : [];
  return [rt`Why does it work in one place and not in the other? The code is the same; its login is not. Where it works, the settings that hold the SMTP login${named} are set and the application logs in; where it fails they are empty, so it sends no login, and Mailgun's SMTP host refuses to relay for a session that has not logged in.`];
}

/** "Do I need to redeploy?": an application reads its environment when it starts. */
function redeployAnswer(diagnosis: Diagnosis): RichText[] {
  if (!diagnosis.evidence.some((e) => e.rule === REDEPLOY_ASKED_RULE)) return [];
  // (a refusal no setting of the sender's causes: nothing of theirs to restart)
  if (diagnosis.scenario === 'mailgun-incoming') return [rt`Do you need to restart anything? No: this refusal is about where the domain's incoming mail goes and which addresses the Mailgun account takes; no restart of anything of yours changes it (the fix is below).`];
  if (refusedAfterAcceptance(diagnosis)) return [rt`Do you need to restart anything? No: Mailgun accepted the message, and the recipient's server refused it; no restart on your side changes that.`];
  const client = diagnosis.facts.client;
  // (a mail server's or a device's own way to apply a change, once the setting to fix is known)
  if (diagnosis.scenario === 'undetermined') {
    const known = client !== null && (MAIL_SERVERS.has(client) || SETTINGS_PAGE_DEVICES.has(client) || client === 'laravel');
    return [rt`Do you need to restart anything? Not by itself: a restart changes none of the possible causes; which setting to fix depends on where the error was seen.${known ? rt` For a changed setting to apply, though: ${changeApplied(diagnosis)}` : []}`];
  }
  // (a refused login too: the changed password reaches the sender the same way)
  const loginRefused = diagnosis.scenario === 'not-relaying-denied' && diagnosis.kind === 'auth-failure' && diagnosis.facts.provider === null;
  if (!unauthenticatedSend(diagnosis) && !loginRefused) return [];
  const answer = changeApplied(diagnosis);
  // (a mail server or a device is restarted, never redeployed)
  const question = client !== null && (MAIL_SERVERS.has(client) || SETTINGS_PAGE_DEVICES.has(client)) ? 'Do you need to restart anything?' : 'Do you need to redeploy?';
  return [rt`${text(question)} ${answer}`];
}

/** What makes a changed login setting reach the sender: a mail server's reload, a platform's redeploy, nothing for a device. */
function changeApplied(diagnosis: Diagnosis): RichText {
  const has = (rule: string) => diagnosis.evidence.some((e) => e.rule === rule);
  const client = diagnosis.facts.client;
  // (a mail server reads its own files, not an environment: its reload, or none at all for a program run per message)
  return client === 'postfix'
    ? rt`No restart: ${code('postfix reload')} applies a changed main.cf (run ${code('postmap')} on sasl_passwd first when you edit it).`
    : client === 'zimbra'
    ? rt`Only the MTA: ${code('zmmtactl restart')} applies the MTA settings changed with ${code('zmprov')} (edits to main.cf itself do not last: Zimbra rewrites it).`
    : client === 'exim'
    ? rt`Only Exim: run ${code('update-exim4.conf')} and restart Exim after changing its configuration (passwd.client alone is read as it is).`
    : client === 'sendmail'
    ? rt`Only Sendmail: rebuild sendmail.cf and the authinfo map, then restart Sendmail.`
    : client === 'msmtp' || client === 'ssmtp'
    ? [text(`No: ${client} runs once per message and reads its configuration file each time, so the next message uses the change.`)]
    : client === 'exchange'
    ? rt`No: a send connector's change applies without restarting Exchange (restarting the Microsoft Exchange Transport service only makes it apply at once); the messages waiting in its queue go out at the next retry, or at once with ${code('Retry-Queue')} (those already returned with a non-delivery report must be sent again).`
    : client === 'hmailserver' || client === 'mdaemon' || client === 'kerio'
    ? [text(`No restart: ${CLIENT_NAMES[client]} applies the delivery settings as you save them, and the mail waiting in its queue goes out with them at its next retry.`)]
    : client === 'm365-connector'
    ? rt`No restart: Microsoft 365 applies a connector's change by itself within minutes; the relay in between reads its own changes with ${code('postfix reload')}.`
    : client === 'iis-smtp'
    ? rt`Only the SMTP virtual server: apply its properties, then stop and start it (or ${code('net stop smtpsvc')} and ${code('net start smtpsvc')}) so that the mail in its queue goes out with them.`
    : client === 'opensmtpd'
    ? rt`Only OpenSMTPD: check the file with ${code('smtpd -n')}, then restart it (${code('rcctl restart smtpd')}; on Linux, ${code('systemctl restart opensmtpd')}).`
    : client !== null && MAIL_SERVERS.has(client)
    ? [text('Only a reload of the mail server, so that it reads its changed configuration.')]
    : has(LAMBDA_RULE)
    ? [text("No: a Lambda function's next invocations read its changed environment variables.")]
    : has(VERCEL_RULE)
    ? [text('Yes: a Vercel deployment keeps the variables it was built with, so redeploy once they are set.')]
    // (staged secrets wait for a deploy: `--stage` sets them without restarting anything)
    : has(FLY_SECRETS_STAGED_RULE)
    ? rt`Yes: staged secrets (${code('fly secrets set --stage')}) are only stored, and the running machines still have the old environment: run ${code('fly secrets deploy')} (or ${code('fly deploy')}) so that they restart with them.`
    : has(FLY_RULE)
    ? rt`Not separately: ${code('fly secrets set')} restarts the app's machines with the new values.`
    : has(SENDER_KUBERNETES_RULE)
    ? rt`Yes, a restart: a pod reads its environment only when it starts, so run ${code('kubectl rollout restart')} for its Deployment once the Secret or env is changed.`
    // (a configuration cached into the image at build time: recreating the container keeps it)
    : has(COMPOSE_RULE) && client === 'laravel' && has(LARAVEL_CONFIG_CACHED_RULE)
    ? rt`Yes: rebuild and recreate the service (${code('docker compose up -d --build')}) so that ${code('php artisan config:cache')} runs again with the new values, or run ${code('docker compose exec')} with ${code('php artisan config:cache')} and ${code('php artisan queue:restart')} in the running container (lost at its next recreate).`
    : has(COMPOSE_RULE)
    ? rt`Yes: run ${code('docker compose up -d')} for the service, which recreates its container with the new environment (a plain restart keeps the old one).`
    : client === 'laravel'
    // (a deploy that caches the configuration: caching it again keeps that, where clearing it would leave the app reading .env on every request)
    ? has(LARAVEL_CONFIG_CACHED_RULE)
      ? rt`Not for the .env itself: run ${code('php artisan config:cache')} again (the cache your deploy built keeps the old values) and ${code(has(HORIZON_RULE) ? 'php artisan horizon:terminate' : 'php artisan queue:restart')}, so that the ${text(has(HORIZON_RULE) ? 'Horizon workers (restarted by their supervisor)' : 'queue workers')} read it.`
      : rt`Not for the .env itself: run ${code('php artisan config:clear')} (a cached configuration keeps the old values) and ${code('php artisan queue:restart')}, so that the queue workers read it. Where a hosting platform holds the variables instead, a restart or redeploy there is what gives the app the new values.`
    : client !== null && SETTINGS_PAGE_DEVICES.has(client)
    ? [text(`No: ${client === 'printer' ? 'the printer' : 'DSM'} applies its SMTP settings as you save them; send a test e-mail from there. What failed before is not sent again by itself: scan or send it again.`)]
    // (PHP reads a changed file on the next request: an edit of the code needs no restart; a WordPress plugin's settings apply on saving)
    : client === 'phpmailer'
    ? rt`Not for a change in the PHP code: PHP reads the edited file on the next request (only where opcache's ${code('validate_timestamps')} is off, reload PHP-FPM so that it does). A login read from an environment variable set for PHP-FPM (its pool's ${code('env[...]')}, a systemd unit) does need a PHP-FPM restart.`
    : client === 'wordpress'
    ? [text("No: the SMTP plugin applies its settings as you save them; send a test from the plugin's email test page. What failed before is not sent again by itself.")]
    : [text('Yes, or at least a restart: a running application reads its environment when it starts, so a variable set now reaches it only after a restart or a new deployment.')];
}

const DNS_WAIT_ASKED_RULE = ruleName('dns-wait-asked');
const LOGS_EMPTY_ASKED_RULE = ruleName('logs-empty-asked');

/** "Do we need to wait for DNS to propagate?": nothing in this refusal waits for DNS, except a recipient's own MX move. */
function dnsWaitAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === DNS_WAIT_ASKED_RULE)) return [];
  const domain = safeDomain(recipientDomainOf(facts));
  const answer: RichText | null =
    scenario === 'mailgun-incoming' && !evidence.some((e) => e.rule === MX_NOT_MEANT_RULE)
      ? rt`No: a Route applies as soon as it is saved, and DNS plays no part in it. The refusal came from Mailgun's inbound server, so the domain's MX records already lead there.`
      : unauthenticatedSend(diagnosis)
      ? rt`No: the SMTP login has nothing to do with DNS. The next session that logs in goes through.`
      // (the side not shown: none of the three clears itself when a TTL runs out; what a DNS move can break is where mail comes in)
      : scenario === 'undetermined'
      ? rt`No: a relay refusal does not clear itself when a TTL runs out, and a DNS move cannot touch the SMTP login. What a move can break is where the domain's mail comes in: compare the MX records now (${code(`dig MX ${safeDomain(facts.mailgunDomain) ?? domain ?? 'your-domain'}`)}) with the old ones, and get one bounce to see which way the mail failed (below).`
      : scenario === 'recipient-host' && facts.recipientMailMoved
      ? rt`Only for the recipient's own MX change: Mailgun looks the MX records up at each attempt, so once the new ones show (${code(`dig MX ${domain ?? 'example.com'}`)}), a new send goes to the new server.`
      : null;
  return answer ? [rt`Do you need to wait for DNS? ${answer}`] : [];
}

/** "Do we need to add a Route?" under a refusal of mail sent: Routes take mail in, nothing else. */
function routeAskedAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === ROUTE_ASKED_RULE)) return [];
  const answer: RichText | null =
    unauthenticatedSend(diagnosis)
      ? [text("No: Routes decide only what happens to mail coming in to a domain at Mailgun's inbound servers. This is mail being sent, refused at Mailgun's SMTP host because the session had not logged in; no Route changes that.")]
      : scenario === 'mailgun-outgoing' && diagnosis.facts.hostRole !== 'mailgun-mx'
      ? [text("No: Routes decide only what happens to mail coming in to a domain at Mailgun's inbound servers; this is mail being sent, refused at Mailgun's SMTP host, and no Route changes that.")]
      : refusedAfterAcceptance(diagnosis)
      ? [text("No: Routes decide only what happens to mail coming in to a domain at Mailgun's inbound servers. This is mail you sent: Mailgun accepted it, and the recipient's server refused it.")]
      : scenario === 'not-relaying-denied' && (kind === 'auth-failure' || kind === 'api-auth' || kind === 'sandbox')
      ? [text("No: Routes decide only what happens to mail coming in to a domain at Mailgun; this error is about sending, and making or changing a Route neither causes nor fixes it.")]
      // (a refusal of the mail sent, a block or a policy: whatever its words, no Route takes part in it)
      : scenario === 'not-relaying-denied' && kind !== null && kind !== 'other' && diagnosis.facts.hostRole !== 'mailgun-mx'
      ? rt`No: Routes decide only what happens to mail coming in to a domain at Mailgun; this is ${text(RELAY_THEORY_INSTEAD[kind].what)}, about mail being sent, and no Route causes or fixes it.`
      : null;
  return answer ? [rt`Is a Route the cause or the fix? ${answer}`] : [];
}

const ROUTE_WHERE_ASKED_RULE = ruleName('route-where-asked');
const MANY_ADDRESSES_RULE = ruleName('many-addresses-said');
const INBOUND_PARSING_RULE = ruleName('inbound-parsing-said');
const OWN_ENDPOINT_ASKED_RULE = ruleName('own-endpoint-asked');

/** "Is this our ingress / webhook endpoint rejecting it?" under Mailgun's inbound refusal: it never reached them. */
function ownEndpointAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === OWN_ENDPOINT_ASKED_RULE)) return [];
  // (a failure event a webhook received: it only heard of the refusal afterwards)
  if (refusedAfterAcceptance(diagnosis) && facts.event === 'failed') {
    return [rt`Did your webhook refuse it? No: it only received Mailgun's report of the failure afterwards (answering it with 200 was right). The refusal came from ${refuserOf(facts)}, when Mailgun delivered the message.`];
  }
  if (scenario !== 'mailgun-incoming') return [];
  return [rt`Is your own endpoint rejecting it? No: Mailgun's inbound server refused the address before any Route ran, so nothing was forwarded, and your webhook or ingress never saw the message.`];
}

/** "Where do I set up Routes?" where a Route is the fix: the place first, the steps further down. */
function routeWhereAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, facts, evidence } = diagnosis;
  if (scenario !== 'mailgun-incoming' || !evidence.some((e) => e.rule === ROUTE_WHERE_ASKED_RULE)) return [];
  const region = regionOrDefault(facts.region);
  const inRegion = facts.region ? text(`, with the ${facts.region.toUpperCase()} region chosen`) : [];
  return [rt`Where are Routes set up? In the Mailgun control panel, on the Receiving tab (Routes)${inRegion}, or with the API: ${code(`POST ${API_BASE[region]}/v3/routes`)}. The steps and the expression to use are under "Check your Routes" below.`];
}

/** "Do we need to set something on Railway?", "did rotating the secrets break receiving?" where the app takes no part. */
function appEnvironmentAnswer(diagnosis: Diagnosis): RichText[] {
  if (!diagnosis.evidence.some((e) => e.rule === APP_ENVIRONMENT_ASKED_RULE)) return [];
  const answer: RichText | null =
    diagnosis.scenario === 'mailgun-incoming'
      ? [text("No: Mailgun's inbound server refused mail coming in to the domain, for want of a Route that matches the address. Nothing in your application, its environment, secrets or deployments plays a part.")]
      : refusedAfterAcceptance(diagnosis)
      ? [text("No: Mailgun accepted the message from your application, so its settings worked; the recipient's server refused Mailgun's delivery.")]
      // (the deployment is the cause, and the paste shows how: a rollback would bring the old settings back, the fix below is smaller)
      : diagnosis.scenario === 'mailgun-outgoing' && diagnosis.evidence.some((e) => e.rule === VARIABLE_MISMATCH_RULE || e.rule === DEPLOYMENT_GAP_RULE)
      ? [text('Yes, the change it brought is: the running program no longer gets its SMTP login (below). Rolling back would bring the old settings back, but the fix below is smaller and keeps the new release.')]
      : null;
  return answer ? [rt`Is your application's setup the cause? ${answer}`] : [];
}

const API_INSTEAD_ASKED_RULE = ruleName('api-instead-asked');

/** The question whether sending through Mailgun's HTTP API instead would fix it: only where the SMTP session was the problem. */
function apiInsteadAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  // (the app's own Mailgun mailer asked about: its answer says the same)
  // (nor beside the question whether the login takes the API key: its answer comes first, and says what the key is for)
  if (!evidence.some((e) => e.rule === API_INSTEAD_ASKED_RULE) || evidence.some((e) => e.rule === API_MAILER_ASKED_RULE || e.rule === KEY_OR_PASSWORD_ASKED_RULE)) return [];
  const answer: RichText | null =
    scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx'
      ? rt`It would, but you do not have to: turning the SMTP login on (below) fixes it as it is. If you prefer the API, it logs in with an API key (a domain sending key is enough) at ${code(`${API_BASE[regionOrDefault(facts.region)]}/v3/${facts.mailgunDomain ?? 'YOUR_DOMAIN'}/messages`)}, and no SMTP login is involved.`
      : refusedAfterAcceptance(diagnosis)
      ? rt`No: Mailgun accepted the message, and ${refuserOf(facts)} refused Mailgun's delivery of it. Mailgun delivers the same way whether you hand it the message over SMTP or through the API.`
      : scenario === 'mailgun-incoming'
      ? rt`No: this is mail sent to your domain, refused at Mailgun's inbound server for want of a Route; how you send plays no part, and the API and the control panel manage the same Routes. A Route for the address fixes it, made either way.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`No: ${text(freeAccountDomain(facts) ? 'a free account' : 'a sandbox domain')} sends only to its authorized recipients through the API too; authorize the address or ${limitWayOut(facts)}.`
      : null;
  return answer ? [rt`Would sending through the API fix it? ${answer}`] : [];
}

const KEY_ROTATION_ASKED_RULE = ruleName('key-rotation-asked');

/** The question whether a changed API key caused an unauthenticated session's refusal: an SMTP login is another secret. */
function keyRotationAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-outgoing' || facts.authAttempted === true || !evidence.some((e) => e.rule === KEY_ROTATION_ASKED_RULE)) return [];
  return [rt`Is the API key the cause (a changed one, or a new one needed)? No: an API key is for the HTTP API only, and Mailgun's SMTP host logs in with the domain's SMTP login and password, which stay as they were when a key is rotated. This refusal says the session sent no login at all.`];
}

const MX_CHANGE_ASKED_RULE = ruleName('mx-change-asked');

/** The refused address is at the Mailgun domain or the domain it is a subdomain of (mg.x.example sends for x.example): the person's own. */
function ownRecipientDomain(facts: Facts): boolean {
  const recipient = recipientDomainOf(facts)?.toLowerCase();
  const sending = facts.mailgunDomain?.toLowerCase();
  return recipient !== undefined && sending !== undefined && (sending === recipient || sending.endsWith(`.${recipient}`));
}

/** The question whether the MX records (DNS) need a change, answered first: they decide only where mail to a domain goes. */
function mxAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === MX_CHANGE_ASKED_RULE)) return [];
  const has = (rule: string) => evidence.some((e) => e.rule === rule);
  const sending = rt`MX records decide only where mail to your domain goes, and this refusal is about mail you send`;
  const otherMx = evidence.find((e) => e.rule === MX_ALSO_OTHER_RULE)?.excerpt;
  const answer: RichText | null =
    // (a session that logged in was refused for something else, which its own answer below tells)
    scenario === 'mailgun-outgoing' && facts.authAttempted === true
      ? rt`No: ${sending}.`
      : scenario === 'mailgun-outgoing'
      ? rt`No: ${sending}: your sending side does not log in to Mailgun's SMTP host, and no DNS change fixes that.`
      // (the refused address at the person's own domain, the sending domain's parent: its MX records are theirs)
      : scenario === 'recipient-host' && ownRecipientDomain(facts)
      ? rt`Yes, if they do not point at the server that has the mailboxes: the refused address is at your own domain (${quoteAddress(recipientDomainOf(facts)!)}), and its MX records must point at the server that takes its mail${text(facts.recipientMailMoved ? ', the provider its mail moved to' : '')}. Where the reply below says "the recipient's mail administrator", that is yours.`
      // (the recipient's own MX records may well be the cause, when its mail moved: theirs to change, not yours)
      : scenario === 'recipient-host'
      ? rt`Not yours: MX records decide only where mail to a domain goes, and this is mail you sent, which the recipient's server refused. If the recipient's mail moved, their MX records are theirs to fix (below).`
      : mxMovedAway({ scenario, facts, evidence })
      ? rt`No more than you did: check that the change is complete (above); the rest is the time the old records stay cached.`
      : scenario === 'mailgun-incoming' && mailgunAccepted(facts)
      ? rt`No: your MX records play no part. The recipient's domain receives through Mailgun, and its account has no Route for the address.`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE)
      ? rt`Yes: the domain's MX records point at Mailgun, which was not meant; point them back at the server that hosts its mailboxes (below). That moves all of the domain's incoming mail.`
      // (the domain's MX records name Mailgun and another server: the move is half done)
      : scenario === 'mailgun-incoming' && otherMx !== undefined
      ? rt`Yes, to finish the move: besides Mailgun's, they still name ${quoteAddress(otherMx)}. First make Routes take every address the domain uses, then replace that record, so that only Mailgun's MX hosts remain (${code(facts.region === 'eu' ? 'mxa.eu.mailgun.org' : 'mxa.mailgun.org')} and ${code(facts.region === 'eu' ? 'mxb.eu.mailgun.org' : 'mxb.mailgun.org')}, at the same priority). (Or point them all back at ${quoteAddress(otherMx)} if the domain's mail should not go through Mailgun.)`
      // (the domain's mail parsed through Mailgun on purpose: it must keep arriving there)
      : scenario === 'mailgun-incoming' && has(INBOUND_PARSING_RULE)
      ? rt`No, keep them: the mail already reaches Mailgun${facts.host && facts.hostRole === 'mailgun-mx' ? rt` (${code(facts.host)})` : []}, and your inbound parsing needs it there. A Route that forwards the address to your webhook fixes it (below); pointing the MX records elsewhere would stop the parsing for every address.`
      // (pointed there on purpose, "Customer moved the MX for x to Mailgun yesterday": that worked, a Route is missing)
      : scenario === 'mailgun-incoming' && has(OWN_MX_RULE)
      ? rt`No, keep them: mail to the domain reaches Mailgun as it should${facts.host && facts.hostRole === 'mailgun-mx' ? rt` (${code(facts.host)})` : []}. What is missing is a Route for ${facts.recipient ? quoteAddress(facts.recipient) : text('the address')} (below); pointing the MX records elsewhere would take the domain's mail away from Mailgun.`
      : scenario === 'mailgun-incoming'
      ? rt`Not if the domain is meant to receive through Mailgun: its MX records already point there, and a Route for the address fixes it. Point them elsewhere only if this mail should not go through Mailgun at all; that moves all of the domain's incoming mail.`
      // (a sandbox: sending from a domain of one's own takes that domain's sending records, SPF and DKIM, not MX records)
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? freeAccountDomain(facts) ? rt`No MX change: ${sending}. An authorized recipient, or an upgrade of the account, needs no DNS change at all.` : rt`No MX change: ${sending}. An authorized recipient needs no DNS change at all; sending from a domain of your own (below) needs that domain's sending records, the SPF and DKIM TXT records Mailgun lists when you add it, not its MX records.`
      : scenario === 'not-relaying-denied' && (kind === 'auth-failure' || kind === 'api-auth' || kind === 'rate-limit')
      ? rt`No: ${sending}.`
      // (a failed DMARC or SPF check: the sending domain's own TXT records are the fix, not its MX records)
      : scenario === 'not-relaying-denied' && kind === 'policy' && ownSenderCheckFailed(facts)
      ? rt`Not the MX records, but yes, your sending domain's DNS: the SPF and DKIM TXT records that the recipient's check failed (below). MX records decide only where mail to your domain goes.`
      : scenario === 'not-relaying-denied' && (kind === 'unknown-user' || kind === 'mailbox-full' || kind === 'blocked' || kind === 'other')
      ? rt`No: ${sending}, and no DNS record of yours changes ${text(kind === 'unknown-user' ? 'an address that does not exist' : kind === 'mailbox-full' ? 'a full mailbox' : kind === 'blocked' ? "the recipient's block" : 'this error')}.`
      // (changed just before it started: which way decides; toward Mailgun, Routes fix it without going back)
      : scenario === 'undetermined' && has(MX_MOVED_AWAY_RULE)
      ? rt`No more than you did. If this refusal came back to someone writing to your domain from Mailgun's inbound server (${code('mxa.mailgun.org')}, ${code('mxb.mailgun.org')}), their server still used the old records: it stops once those have expired (their TTL), after you check that no Mailgun host is left among the domain's MX records. If the error came from your own app or server while sending, the MX records have nothing to do with it (case 1 below).`
      : scenario === 'undetermined' && has(OWN_MX_RULE)
      ? rt`Not necessarily. If the MX records now point at Mailgun (${code('mxa.mailgun.org')} and ${code('mxb.mailgun.org')}, or their ${code('.eu.')} twins) and this refusal came back to someone writing to your domain, Mailgun receives that mail now and refuses each address no Route takes: add Routes for the addresses (or a ${code('catch_all()')}) instead of going back, if the domain is meant to receive through Mailgun. Go back only if it is not. If they moved away from Mailgun, servers that still have the old records cached keep using them until their TTL runs out. And if the error came from your own app or server while sending, the MX change has nothing to do with it (case 1 below).`
      : scenario === 'undetermined'
      ? rt`Not for mail you send: MX records decide only where mail to your domain goes. They matter only if this refusal came back to someone writing to your domain, and then a Route is the usual fix, not DNS.`
      : null;
  return answer ? [rt`Do you need to change your MX records? ${answer}`] : [];
}

/** A refusal that may pass on a later try: a temporary event, or a 4xx answer. */
// (a 4xx that Mailgun has given up on, `severity: permanent`, is retried no more)
const temporaryRefusal = (facts: Facts): boolean => facts.severity === 'temporary' || (facts.severity !== 'permanent' && facts.replyCode !== null && facts.replyCode >= 400 && facts.replyCode < 500);

/** The question whether to send the mail again, answered first where the scenario settles it. */
/** A question whether the messages go out again by themselves, in its words. */
const BY_THEMSELVES = /\b(?:solos|solas|by themselves|by itself|on their own|on its own|automatic(?:ally)?|automáticamente|automaticamente|automatico|automatiquement|automatisch|sozinh[oa]s|tout seuls?|von selbst|kendiliğinden|sendiri|otomatis|da sol[ei]|partiranno|show up|turn up|come through|llegar[aá]n sol[oa]s|sám|sama|zostan[ąa] wys[łl]ane)(?![\p{L}])|\bwyjd[ąa] same\b|自動|자동|(?<!\bneeds?[ \t]+to[ \t]+)\b(?:be|get|gets)[ \t]+(?:sent|delivered)\b(?![^?\n]{0,40}\b(?:again|manually|by hand)\b)/iu;

function resendAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === RESEND_ASKED_RULE)) return [];
  const has = (rule: string) => evidence.some((e) => e.rule === rule);
  const temporary = temporaryRefusal(facts);
  // (asked whether they go out by themselves, "se van a reenviar solos", "automatically": the answer starts with no)
  const byThemselves = BY_THEMSELVES.test(evidence.find((e) => e.rule === RESEND_ASKED_RULE)?.excerpt ?? '');
  const answer: RichText | null =
    byThemselves && (scenario === 'mailgun-outgoing' || scenario === 'mailgun-incoming' || (scenario === 'not-relaying-denied' && kind === 'auth-failure')) && !(facts.client === 'postfix' || facts.client === 'exim')
      ? scenario === 'mailgun-incoming'
        ? rt`Not by themselves: Mailgun refused the message outright and kept nothing, so nothing is queued or retried on its side; the sender has to send it again, and it goes through once a Route matches the address.`
        : rt`Not by themselves: Mailgun ${text(scenario === 'mailgun-outgoing' ? 'never accepted the refused messages' : 'refused the login')}, so nothing of them is queued or retried there; once the Fix below is in place, send them again from the app that made them.`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE)
      ? rt`Yes, once the domain's MX records point at its real mail server again: Mailgun refused the message outright and kept nothing, so the sender sends it again.`
      : scenario === 'mailgun-incoming'
      ? rt`Yes, once the Route is in place: Mailgun refused the message outright and kept nothing, so nothing is queued or retried on its side; the sender sends it again, and it goes through once a Route matches the address.`
      // (Postfix gives up a message refused with a 5xx, status=bounced, and keeps no copy; what it deferred waits in its queue)
      : scenario === 'mailgun-outgoing' && facts.client === 'postfix'
      ? rt`Those the log shows as ${code('status=bounced')} are gone: Postfix gave them up and keeps no copy, so send them again from the app that made them once the Fix below is in place. Any still in the queue (${code('mailq')} lists them, deferred) go out by themselves once the login works, or at once with ${code('postqueue -f')}.`
      // (and Exim gives up a 5xx, `**` in its log, and retries what it deferred, `==`)
      : scenario === 'mailgun-outgoing' && facts.client === 'exim'
      ? rt`Those its log shows with ${code('**')} are gone: Exim gave them up and sent the senders a bounce, so send them again once the Fix below is in place. Any it deferred (${code('==')} in its log; ${code('exim -bp')} lists them) go out by themselves at the next retry once the login works, or at once with ${code('exim -qff')}.`
      : scenario === 'mailgun-outgoing'
      ? rt`Yes, once the Fix below is in place: Mailgun never accepted the refused messages, so nothing of them is queued there; send them again from the app or server that sent them.`
      // (a mail server defers what its smarthost's login was refused for: the messages wait in its queue)
      : scenario === 'not-relaying-denied' && kind === 'auth-failure' && (facts.client === 'postfix' || facts.client === 'exim')
      ? rt`They wait in ${text(facts.client === 'postfix' ? "Postfix's" : "Exim's")} queue, deferred: once the password is right they go out at the next retry, or at once with ${code(facts.client === 'postfix' ? 'postqueue -f' : 'exim -qff')}.`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure'
      ? rt`Yes, once the login works: Mailgun refused the login, so it accepted and queued none of these messages; send them again from the app that sent them.`
      : scenario === 'recipient-host' && has(DELIVERED_AFTER_RULE)
      ? rt`No need: the paste shows the message delivered after Mailgun's retry.`
      : scenario === 'recipient-host' && temporary && mailgunAccepted(facts)
      ? rt`Not yet: the refusal is temporary, and Mailgun retries it by itself for a while, so a message sent again now may arrive twice. Wait for each message's last event, then send again only those that ended in a permanent failure.`
      : scenario === 'recipient-host' && facts.recipientAddressChanged
      ? rt`Yes, to the recipient's new address (ask them for it): the old one is retired and will keep being refused, so leave it on the Bounces list.`
      : scenario === 'recipient-host' && addressLikelyWrong(facts)
      ? rt`Yes, to the corrected address (below): the mistyped one will keep being refused.`
      : scenario === 'recipient-host' && mailgunAccepted(facts)
      ? rt`Not as things are: sent again now, it is refused the same way (and while the address is on the domain's Bounces list, Mailgun drops it without trying). Once the recipient's side is fixed, take the address off the Bounces list and send it again: Mailgun does not retry a permanent refusal by itself.`
      // (the recipient's filter, block list or mailbox refused what Mailgun delivered)
      // (or a throttling or another temporary refusal of what Mailgun delivered: still being retried)
      : (refusedAfterAcceptance(diagnosis) || (scenario === 'not-relaying-denied' && mailgunAccepted(facts))) && temporary
      ? rt`Not yet: Mailgun retries a temporary refusal by itself, so a message sent again now may arrive twice. Wait for the message's last event (delivered, or failed with severity ${code('permanent')} once the retries give up), and send again only those that failed for good.`
      : refusedAfterAcceptance(diagnosis)
      ? kind === 'unknown-user'
        ? rt`Not to this address: the mailbox does not exist, and Mailgun does not retry a permanent refusal. Send it to the right address.`
        : rt`Not by itself: Mailgun does not retry a permanent refusal. Once ${text(kind === 'mailbox-full' ? 'the recipient has made room' : blockEnds(facts))}, take the address off the domain's Bounces list (while it is there, Mailgun drops new messages to it without trying), then send it again.`
      // (a relay refusal whose side is not shown: a 5xx is permanent, whoever gave it)
      : scenario === 'undetermined' && facts.replyCode !== null && facts.replyCode >= 500
      ? rt`Not by themselves: a ${code(String(facts.replyCode))} refusal is permanent, whichever server gave it, so nothing retries it; send them again once the cause (below) is fixed.`
      // (no code shown: a relay refusal is almost always a permanent one)
      : scenario === 'undetermined' && facts.replyCode === null && !facts.enhancedCode?.startsWith('4')
      ? rt`Most likely not by themselves: a relay refusal is almost always permanent (only a ${code('4xx')} code is retried), whichever server gave it; send them again once the cause (below) is found and fixed.`
      // (a DMARC or sender policy's permanent refusal of what Mailgun delivered: the sender's domain is what changes)
      : scenario === 'not-relaying-denied' && kind === 'policy' && mailgunAccepted(facts) && !temporary && ownSenderCheckFailed(facts)
      ? rt`Not by itself: Mailgun does not retry a permanent refusal. Once your domain passes the recipient's check (SPF and DKIM aligned with the From domain, below), send it again.`
      // (a sandbox's refusal: nothing was accepted, and a sending library does not resend a refused recipient by itself)
      : scenario === 'not-relaying-denied' && kind === 'sandbox' && !(facts.client === 'postfix' || facts.client === 'exim')
      ? rt`Not by themselves: Mailgun refused them and queued nothing, and the sending app or library does not resend a refused recipient on its own. Once the address is authorized, or ${text(freeAccountDomain(facts) ? 'the account is upgraded' : 'the app sends from a domain of your own')} (below), send them again from the app.`
      : null;
  return answer ? [rt`Will it be sent again? ${answer}`] : [];
}

const SUPPRESSION_ASKED_RULE = ruleName('suppression-asked');
/** A variable named as an old value's, `MG_SMTP_PASS_OLD`, `OLD_SMTP_PASSWORD`. */
const OLD_VARIABLE = /\b[A-Z0-9_]*(?:_OLD|OLD_)[A-Z0-9_]*\b/;
/** The variable a Python program reads its login from, `os.environ.get("SMTP_USER")` (group 1). */
const ENVIRON_NAME = /\b(?:os\.environ\.get|os\.getenv|getenv)\(\s*["']([A-Za-z_][A-Za-z0-9_]{0,60})["']/;

/** When a blocked address can be sent to again: a listing lifted, or, for a verdict on the mail itself, the mail changed. */
const blockEnds = (facts: Facts): string => (contentJudgedSpam(facts) ? 'what you send, and to whom, has changed' : 'the block is lifted');

/** The question whether the address is on a suppression list: only a delivery Mailgun tried and that failed for good puts it there. */
function suppressionAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === SUPPRESSION_ASKED_RULE)) return [];
  const temporary = temporaryRefusal(facts);
  // (a delivery of Mailgun's refused for good: the recipient's server, or another account's inbound MX without a Route)
  const deliveryRefused = mailgunAccepted(facts) && (scenario === 'recipient-host' || scenario === 'mailgun-incoming' || (scenario === 'not-relaying-denied' && (kind === 'unknown-user' || kind === 'mailbox-full' || kind === 'blocked')));
  const answer: RichText | null =
    deliveryRefused && temporary
      ? rt`Not for a temporary refusal: Mailgun retries it by itself, and puts the address on the domain's Bounces list only if delivery finally fails for good.`
      : deliveryRefused && addressLikelyWrong(facts)
      ? rt`Most likely yes, on the sending domain's Bounces list (Suppressions in the control panel): for a mistyped or retired address that is what you want. Leave it there and send to the right address.`
      : deliveryRefused
      ? rt`Most likely yes: a permanent refusal of Mailgun's delivery puts the address on the sending domain's Bounces list (Suppressions in the control panel), and Mailgun then drops new messages to it without trying. Remove it there once ${text(kind === 'blocked' ? blockEnds(facts) : kind === 'mailbox-full' ? 'the recipient has made room' : "the recipient's side is fixed")}, before sending again (the steps below).`
      : scenario === 'mailgun-outgoing' || (scenario === 'not-relaying-denied' && (kind === 'auth-failure' || kind === 'sandbox' || kind === 'api-auth'))
      ? rt`No: Mailgun refused the message before accepting it, so nothing was added to the domain's suppressions (Bounces); there is nothing to remove.`
      : scenario === 'mailgun-incoming'
      ? rt`No: suppressions hold addresses your domain sends to, and this was mail sent to your domain, refused at Mailgun's inbound server; there is nothing to remove.`
      : null;
  return answer ? [rt`Is the address on a suppression list? ${answer}`] : [];
}

/** A Route the paste shows for the refused recipient's domain (not another domain's, whose actions are its own). */
function routeForDomainShown(facts: Facts): boolean {
  const domain = facts.recipientDomain?.toLowerCase();
  return domain !== undefined && facts.routes.some((route) => route.toLowerCase().replace(/\\\./g, '.').includes(domain));
}

const WORKED_BEFORE_ASKED_RULE = ruleName('worked-before-asked');
/** The sender's former mail provider or relay named in the question ("with our old provider", "com o nosso provedor antigo"). */
const OLD_PROVIDER = /\b(?:old|previous|former)[ \t]+(?:e-?mail[ \t]+|mail[ \t]+|smtp[ \t]+)?(?:provider|relay|smart[ \t]?host|isp)\b|\bprovedor[ \t]+(?:antigo|anterior)\b|\bantigo[ \t]+provedor\b|\bproveedor[ \t]+anterior\b|\b(?:antiguo|anterior)[ \t]+proveedor\b|\bancien[ \t]+(?:fournisseur|prestataire|relais)\b|\b(?:fournisseur|prestataire)[ \t]+précédent|\b(?:alten|vorherigen|früheren)[ \t]+(?:provider|anbieter|relay|smarthost)\b|\bvecchio[ \t]+(?:provider|fornitore)\b|\boude[ \t]+(?:provider|aanbieder)\b/i;

/** The question why it worked before: what of the case can change, and what of Mailgun's did not. */
function workedBeforeAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  const asked = evidence.find((e) => e.rule === WORKED_BEFORE_ASKED_RULE)?.excerpt;
  if (asked === undefined) return [];
  const answer: RichText | null =
    // (it worked through another provider: that one let the server send without a login, Mailgun does not)
    scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx' && OLD_PROVIDER.test(asked)
      ? rt`Your old provider most likely let your server send without a login (trusting its IP address); Mailgun does not: it relays only for a session that logs in with the domain's SMTP credentials. Moving to Mailgun takes adding that login (the Fix below).`
      : scenario === 'mailgun-outgoing'
      ? rt`Mailgun did not change: it has always refused a session that does not log in. ${SENDING_SIDE_CHANGED}`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure'
      ? rt`The login was accepted until it no longer matched: a password reset or rotated in Mailgun, or a login edited or truncated where it is set, makes the same settings fail from then on.`
      // (the paste's own deleted Route: the likely change, named)
      : scenario === 'mailgun-incoming' && evidence.some((e) => e.rule === ROUTES_DELETED_RULE)
      ? rt`Most likely because of the Route the paste says was deleted (${quote(evidence.find((e) => e.rule === ROUTES_DELETED_RULE)!.excerpt)}): Mailgun checks every incoming message against the account's Routes as they are at that moment, so an address only that Route took is refused from then on.`
      // (the MX records said to have been pointed at Mailgun lately: from then on all the domain's mail meets its Routes)
      : scenario === 'mailgun-incoming' && evidence.some((e) => e.rule === OWN_MX_RULE && /\bmx\b/i.test(e.excerpt) && RECENTLY.test(e.excerpt) && !LONG_AGO.test(e.excerpt))
      ? rt`Because the MX records now point to Mailgun (the paste says they were moved there): since then all of the domain's incoming mail goes to Mailgun, which accepts only the addresses one of the account's Routes matches, and this address has none. A Route for it fixes it; pointing the MX records back would end the domain's receiving through Mailgun altogether.`
      : scenario === 'mailgun-incoming'
      ? ROUTES_AS_THEY_ARE
      : scenario === 'recipient-host'
      ? rt`The recipient's server changed, not Mailgun: it no longer takes mail for that address (their mail moved to another server or provider, the domain was removed from their server, or a new rule refuses it).`
      : null;
  return answer ? [rt`Why did it work before? ${answer}`] : [];
}

const SENDING_SIDE_CHANGED = rt`Something on the sending side did: its login setting was cleared or not carried over (an upgrade, a migration, a new server, container or deployment, a renamed variable), or the login it sends was switched off.`;
const ROUTES_AS_THEY_ARE = rt`Mailgun checks every incoming message against the account's Routes as they are at that moment: a Route changed or deleted, a new address or domain, or MX records newly pointed at Mailgun explains it; nothing else of Mailgun's changes which addresses it accepts.`;
const SERVICE_CHANGE_ASKED_RULE = ruleName('service-change-asked');

/**
 * "Did something change on your side?" (asked of Mailgun, or of the support team that sends through it): what the
 * diagnosis shows changed instead. Left to "Why did it work before?" where that is asked too, which says the same.
 */
function serviceChangeAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === SERVICE_CHANGE_ASKED_RULE) || evidence.some((e) => e.rule === WORKED_BEFORE_ASKED_RULE)) return [];
  const answer: RichText | null =
    scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx'
      ? rt`Nothing that explains this: Mailgun's SMTP host has always refused a session that does not log in. ${SENDING_SIDE_CHANGED}`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure'
      ? rt`Nothing that explains this: Mailgun refused the login the application sends (${code('535')}), so its user name or password does not match one of the domain's SMTP logins (a password reset or rotated in Mailgun, a login deleted, or a login for another domain or region set in the application).`
      : scenario === 'mailgun-incoming' && !mailgunAccepted(facts)
      ? ROUTES_AS_THEY_ARE
      : scenario === 'recipient-host' && mailgunAccepted(facts)
      ? rt`Not at Mailgun: it accepted the message and tried to deliver it, and ${refuserOf(facts)} refused it. What changed is on the recipient's side (or in the address).`
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`No: ${text(freeAccountDomain(facts) ? 'a free account' : 'a sandbox domain')} has always sent only to its authorized recipients.`
      : null;
  return answer ? [rt`Did something change at Mailgun? ${answer}`] : [];
}

const MAIL_LOST_ASKED_RULE = ruleName('mail-lost-asked');
const REFUND_ASKED_RULE = ruleName('refund-asked');

/** "Were the emails lost?": what became of the refused messages, and who has to send them again. */
function mailLostAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === MAIL_LOST_ASKED_RULE)) return [];
  const temporary = temporaryRefusal(facts);
  const answer: RichText | null =
    scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx'
      ? rt`Not lost but never sent: Mailgun refused them before accepting them, so it holds nothing of them. The sending program may still have them in its own queue or log; what it gave up on has to be sent again once it logs in.`
      : scenario === 'mailgun-incoming'
      ? rt`Yes, for those senders: Mailgun refused the messages at the door, so they are not stored anywhere; each sender got a bounce and has to send again once a Route takes ${facts.recipient ? quoteAddress(facts.recipient) : text('the address')}.`
      // (a throttling or another temporary refusal of what Mailgun delivered too)
      : (scenario === 'recipient-host' || refusedAfterAcceptance(diagnosis) || (scenario === 'not-relaying-denied' && mailgunAccepted(facts))) && temporary
      ? rt`Not yet: the refusal is temporary, so Mailgun keeps the message and tries again for a while; only if every try fails is it given up (and logged as failed, permanent).`
      : scenario === 'recipient-host' || refusedAfterAcceptance(diagnosis)
      ? rt`Not lost, and not delivered: Mailgun accepted the message and tried to deliver it, and the recipient's server refused it for good${text(facts.client !== null && !RELAYING_SERVERS.has(facts.client) ? " (the application's own log saying it was sent or delivered means only that Mailgun took it)" : '')}. It is in Mailgun's logs as failed, and is not retried; once the recipient's side is fixed, send it again (and remove the address from Bounces if it was put there).`
      : scenario === 'undetermined'
      ? rt`Refused mail was not delivered, and nothing keeps it to deliver later: whichever side refused it, it has to be sent again once the cause is fixed.`
      : null;
  return answer ? [rt`Were the emails lost? ${answer}`] : [];
}

/** A refund or credit asked about: where the refusal came from, for the agent to decide on. */
function refundAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts, evidence } = diagnosis;
  if (!evidence.some((e) => e.rule === REFUND_ASKED_RULE)) return [];
  const answer: RichText | null =
    scenario === 'recipient-host' || refusedAfterAcceptance(diagnosis)
      ? rt`Mailgun accepted the message and tried to deliver it to ${refuserOf(facts)}, which refused it: the refusal came from the recipient's side, not from a fault of Mailgun's.`
      : scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx'
      ? rt`Mailgun refused a session that did not log in, as it does for every sender: the cause is the sending program's missing login, not a fault of Mailgun's.`
      : scenario === 'mailgun-incoming'
      ? rt`Mailgun refused mail for an address that no Route in the account takes, as it is set to: the cause is the account's Routes, not a fault of Mailgun's.`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure'
      ? rt`Mailgun refused a login whose password or user name is wrong: the cause is the login the program sends, not a fault of Mailgun's.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`${text(freeAccountDomain(facts) ? 'A free account' : 'The sandbox domain')} sends only to authorized recipients, as documented: the cause is ${text(freeAccountDomain(facts) ? "the account's plan" : 'the sandbox')}, not a fault of Mailgun's.`
      : null;
  return answer ? [rt`On the refund: ${answer} Whether to credit them is your call.`] : [];
}

const DESTINATION_DOWN_ASKED_RULE = ruleName('destination-down-asked');

/** The question whether the Route's destination being down caused an inbound refusal: no, the refusal comes before any Route runs. */
function destinationDownAnswer({ scenario, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-incoming' || !evidence.some((e) => e.rule === DESTINATION_DOWN_ASKED_RULE)) return [];
  return [rt`Was the destination being down the cause? No: Mailgun refused the address while the sender's server was still naming it (${code('RCPT TO')}), because no Route matches it; a Route's ${code('forward()')} to a webhook or mailbox runs only for mail Mailgun has accepted, so an outage there cannot cause this refusal.`];
}

const ROUTE_ORDER_ASKED_RULE = ruleName('route-order-asked');

/** The question whether a route's stop() or the routes' priorities cause an inbound refusal: not when no route shown matches the address. */
function routeOrderAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-incoming' || facts.recipient === null || facts.routes.length < 2 || !evidence.some((e) => e.rule === ROUTE_ORDER_ASKED_RULE)) return [];
  if (!facts.routes.every((route) => routeMatches(route, facts.recipient!) === false)) return [];
  return [rt`Is a route's ${code('stop()')} or the routes' order the cause? No: ${code('stop()')} ends the search only after its own route matched, and none of the routes shown matches ${quoteAddress(facts.recipient)}, so changing priorities changes nothing. A route's expression has to take the address (below).`];
}

const OTHER_MAIL_WORKS_ASKED_RULE = ruleName('other-mail-works-asked');

/** The question why other mail still goes out while this is refused: it goes another way, which logs in. */
/** Other addresses at the domain receive through Mailgun, this one is refused: the Routes take those by name, most likely. */
function otherAddressesReceiveAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-incoming' || mailgunAccepted(facts) || facts.routes.length > 0 || !evidence.some((e) => e.rule === OTHERS_RECEIVE_RULE)) return [];
  const domain = safeDomain(recipientDomainOf(facts));
  return [rt`Why do the other addresses work? Their mail reaches Mailgun the same way, so the MX records are right, and the account's Routes take those addresses, most likely each by its own ${code('match_recipient()')}, which this address does not have${text(/\b(?:cr(?:éé|ee)|created|new|nouvelle|neue|nueva|nuova|nieuw)/i.test(evidence.find((e) => e.rule === OTHERS_RECEIVE_RULE)!.excerpt) ? ' (a new address gets none by itself)' : '')}. Add a Route for it${domain ? rt`, or one for every address at the domain (${code(`match_recipient(".*@${domain}")`)}) so that the next new address works at once` : []}.`];
}

function otherMailWorksAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  // (only for a session that sent no login to Mailgun's SMTP host: not an app pointed at the inbound MX, nor a login sent)
  if (scenario !== 'mailgun-outgoing' || facts.authAttempted === true || facts.hostRole === 'mailgun-mx' || !evidence.some((e) => e.rule === OTHER_MAIL_WORKS_ASKED_RULE)) return [];
  const way = facts.client === 'ghost'
    ? rt`Ghost sends its newsletters with Mailgun's API (the API key in its Mailgun settings for newsletters), and everything else, sign-in links and staff mail included, over SMTP with its mail settings (${code('mail.options')} in config.production.json, or the ${code('mail__options__')} variables), which are a separate login`
    : rt`mail sent with Mailgun's API, or by another program or SMTP setting that logs in, is authenticated its own way`;
  return [rt`Why does other mail still go out? It goes another way: ${way}. The session refused here sent no login, and Mailgun refuses such a session whatever else works.`];
}

const RECIPIENT_GETS_OTHER_MAIL_RULE = ruleName('recipient-gets-other-mail-said');

/** "Their mailbox works, they get mail from everyone else" under their server's relay refusal: others reach another server. */
function othersReachRecipientAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  // (not where their side is said fixed and only the suppression is left: others reach them again, and so would this sender)
  if (scenario !== 'recipient-host' || !evidence.some((e) => e.rule === RECIPIENT_GETS_OTHER_MAIL_RULE)) return [];
  if (facts.suppression !== null && evidence.some((e) => e.rule === RECIPIENT_FIXED_RULE)) return [];
  const server = facts.host && facts.hostRole === 'other' ? quoteAddress(facts.host) : text('the server Mailgun delivered to');
  const domain = safeDomain(recipientDomainOf(facts));
  return [rt`Why do others reach them? Most likely other senders reach another server: ${server} refused the domain as not its own. Ask their mail administrator to check every MX record of ${domain ? code(domain) : text('the domain')} (a backup or an old MX among them: ${code(`dig MX ${domain ?? 'example.com'}`)}) and that this server lists the domain among those it takes mail for.`];
}

const CATCH_ALL_FIRST_RULE = ruleName('catch-all-first-planned');

/** A catch_all() with stop() planned at the first priority: it would take every message, and no other route would run. */
function catchAllFirstAnswer({ scenario, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-incoming' || !evidence.some((e) => e.rule === CATCH_ALL_FIRST_RULE)) return [];
  return [rt`Is a ${code('catch_all()')} with ${code('stop()')} at the first priority safe? No: the lowest priority number runs first, ${code('catch_all()')} matches every message, and its ${code('stop()')} keeps every later route from running, so the mail your other routes handle would all go to the catch-all's action instead. Add a route for the refused address, or give ${code('catch_all()')} the highest priority number, so that it runs last and takes only what no other route did.`];
}

/** A recent time named beside a change ("on Monday", "last week", "yesterday"): not "back in 2021". */
/** An older time beside it, or the time it worked until: "back in 2021", "for years", "worked until yesterday". */
const LONG_AGO = /\bback in\b|\b(?:19|20)\d\d\b|\b(?:years?|months) ago\b|\bfor (?:years|months)\b|\bworked (?:fine )?until\b/i;
const RECENTLY = /\b(?:just|recently|today|yesterday|this (?:week|morning)|last (?:week|night)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

const ONLY_THIS_ADDRESS_ASKED_RULE = ruleName('only-this-address-asked');

/**
 * "Why only support@?" under an inbound refusal: each address needs a Route that matches it. Under a recipient's server's
 * refusal: that server alone refused, the others took the mail. "Why only this server?" under an unauthenticated send:
 * that sender alone sends no login.
 */
function onlyThisAddressAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, facts, evidence } = diagnosis;
  if (evidence.some((e) => e.rule === ONLY_THIS_SERVER_ASKED_RULE) && unauthenticatedSend(diagnosis)) {
    const where = facts.client ? LOGIN_SETTING_OF[facts.client] : undefined;
    return [rt`Why only this server? Mailgun refuses every session that has not logged in, whichever server sends it, so the others send the domain's SMTP login and this one does not: its own settings differ from theirs${where ? rt` (compare its ${text(where)} with a working server's)` : text('; compare them with a working server\'s')}, or it was not reloaded after they changed.`];
  }
  if (!evidence.some((e) => e.rule === ONLY_THIS_ADDRESS_ASKED_RULE)) return [];
  // (one customer or tenant of several refused while sending: its mail goes out with other settings than the rest's)
  if (unauthenticatedSend(diagnosis)) {
    return [[text("Why only this one? Mailgun refuses every session that has not logged in, whoever it is for, so the mail that works goes out with a login and this mail without: it is sent with other settings than the rest (a tenant's or a customer's own SMTP settings in a multi-tenant app, a second app, another server). Fill in the login where this one's settings are kept.")]];
  }
  const address = facts.recipient ? quoteAddress(facts.recipient) : [text('this address')];
  if (refusedAfterAcceptance(diagnosis)) {
    return [rt`Why only this address? Because ${refuserOf(facts)}, the server that receives mail for ${address}, refused it: the other recipients' servers took your mail, and Mailgun delivered to them. Your sending is the same for every address; what differs is this address's own server (or the address itself).`];
  }
  // (not where the domain's mail is said not to be meant for Mailgun: the MX records are the fix there, below)
  if (scenario !== 'mailgun-incoming' || evidence.some((e) => e.rule === MX_NOT_MEANT_RULE)) return [];
  return [rt`Why only this address? Mailgun's inbound servers take mail for an address only when one of the account's Routes matches it: the addresses that work have a Route (or a wider one takes them), and ${address} has none. A Route for it, or one for the whole domain${text(mailgunAccepted(facts) ? ', in the account that receives for the domain' : '')}, fixes it.`];
}
const ONLY_THIS_SERVER_ASKED_RULE = ruleName('only-this-server-asked');
/** Where a mail server keeps the login it sends to its relay. */
const LOGIN_SETTING_OF: Partial<Record<string, string>> = {
  postfix: 'main.cf (smtp_sasl_auth_enable) and sasl_passwd',
  exim: '/etc/exim4/passwd.client and its smarthost settings',
  sendmail: 'authinfo entry',
  msmtp: 'msmtprc account',
};

const CATCH_ALL_ASKED_RULE = ruleName('catch-all-asked');

/** "Should we add catch_all()? will it break the other routes? what priority?": the fallback, last, and what it also takes. */
function catchAllAskedAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-incoming' || !evidence.some((e) => e.rule === CATCH_ALL_ASKED_RULE) || evidence.some((e) => e.rule === CATCH_ALL_FIRST_RULE)) return [];
  const narrower: RichText = facts.recipient ? rt` For this one address, ${code(`match_recipient("${safeAddress(facts.recipient) ?? facts.recipient}")`)} is the narrower fix.` : [];
  return [rt`Should you add a ${code('catch_all()')}? It works as the fallback: ${code('catch_all()')} matches only mail that no earlier route matched, so give it a higher priority number than every other route and it leaves their mail to them. A ${code('stop()')} on it changes nothing when it runs last. Routes belong to the whole account, though: it takes mail for every address, at every domain this account receives for, that no other route takes, addresses refused today included.${narrower}`];
}

const DELETE_DOMAIN_ASKED_RULE = ruleName('delete-domain-asked');

/** "Should we delete the old domain in Mailgun?" while its mail still arrives there: not before its MX records move. */
function deleteDomainAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === DELETE_DOMAIN_ASKED_RULE)) return [];
  return scenario === 'mailgun-incoming'
    ? [rt`Should they delete the old domain in Mailgun? Not while its MX records point to Mailgun and mail still arrives there: deleting it does not stop that mail from coming to Mailgun, where it would still be refused. Keep it, with a Route for its addresses, until the MX records point elsewhere and the old addresses are no longer written to; then it can go.`]
    : scenario === 'mailgun-outgoing' || (scenario === 'not-relaying-denied' && facts.hostRole === 'mailgun-smtp')
    ? [rt`Should they delete the old domain in Mailgun? It does not matter for this refusal: deleting a domain changes nothing in how the sending program logs in. Delete it only once nothing sends from it or receives at it any more.`]
    : [];
}

const CATCH_ALL_ELSEWHERE_RULE = ruleName('catch-all-elsewhere-said');

/** "a catch-all route on another domain": a real catch_all() would have taken this address, so it is one domain's, or elsewhere. */
function catchAllElsewhereAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-incoming' || !evidence.some((e) => e.rule === CATCH_ALL_ELSEWHERE_RULE)) return [];
  return [rt`What about the catch-all on another domain? Routes belong to the whole account, not to a domain: a real ${code('catch_all()')} in this account and region would have taken this address too. So that route is most likely ${code('match_recipient(".*@other-domain")')}, which takes that domain's mail only, or it sits in another Mailgun account or region. ${recipientDomainOf(facts) ? rt`Add a Route for ${quoteAddress(recipientDomainOf(facts)!)} (below).` : text('Add a Route for this domain (below).')}`];
}

const FORWARD_OR_STORE_ASKED_RULE = ruleName('forward-or-store-asked');

/** "forward() or store()?": forward() sends each message on; store() keeps it at Mailgun for an application to fetch. */
function forwardOrStoreAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  const asked = evidence.find((e) => e.rule === FORWARD_OR_STORE_ASKED_RULE);
  if (scenario !== 'mailgun-incoming' || !asked) return [];
  // (a mailbox named beside the question at the refused domain itself: its MX points to Mailgun, so a forward there comes back)
  const domain = recipientDomainOf(facts)?.toLowerCase();
  const mailbox = [...asked.excerpt.matchAll(/[\w.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}/gi)].map((m) => m[0].toLowerCase()).find((address) => address !== facts.recipient?.toLowerCase());
  const loops = mailbox !== undefined && domain !== undefined && mailbox.endsWith(`@${domain}`);
  return [rt`${code('forward()')} or ${code('store()')}? For a mailbox, ${code(`forward("${mailbox ?? 'mailbox@…'}")`)}: it sends each message on to that address (or, with a URL, posts it to your application). ${code('store()')} only keeps the message at Mailgun for a few days for an application to fetch; nothing reaches a mailbox.${loops ? rt` But ${quoteAddress(mailbox!)} is at ${quoteAddress(domain!)} itself, whose MX records point to Mailgun: a forward there comes back to Mailgun and needs a route of its own. Forward to an address the mailbox's provider delivers directly instead.` : []}`];
}

const MX_ALSO_OTHER_RULE = ruleName('recipient-mx-also-other');

/** The domain's MX records name another server beside Mailgun's: why its mail arrives only sometimes. */
function mixedMxAnswer({ scenario, evidence }: Diagnosis): RichText[] {
  const otherMx = evidence.find((e) => e.rule === MX_ALSO_OTHER_RULE)?.excerpt;
  if (scenario !== 'mailgun-incoming' || otherMx === undefined) return [];
  return [rt`Why does some of the mail arrive? The domain's MX records name Mailgun and ${quoteAddress(otherMx)} too, and a sender's server may deliver to either (at the same priority it picks one at random; at another, it uses the second when the first does not answer): mail that goes to ${quoteAddress(otherMx)} arrives there, and mail that goes to Mailgun is refused while no Route takes the address.`];
}

const TEST_PASSES_ASKED_RULE = ruleName('test-passes-asked');

/** The question why the app's connection test passes: it names no recipient, and Mailgun refuses only at one. */
function testPassesAnswer({ scenario, evidence }: Diagnosis): RichText[] {
  if (scenario !== 'mailgun-outgoing' || !evidence.some((e) => e.rule === TEST_PASSES_ASKED_RULE)) return [];
  return [rt`Why does the connection test pass? It opens a session (and logs in only when a login is set) but names no recipient, and Mailgun refuses a session without a login only at its first outside recipient (${code('RCPT TO')}). So the test says nothing about the login: send a real test message to an outside address instead.`];
}

const FAILED_FINAL_ASKED_RULE = ruleName('failed-final-asked');

/** The question whether every failed event is final: only a permanent one is; a temporary one Mailgun is still retrying. */
function failedFinalAnswer({ facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === FAILED_FINAL_ASKED_RULE)) return [];
  const answer =
    facts.severity === 'temporary'
      ? rt`Is every failed event final? No: this one has ${code('"severity": "temporary"')}, so Mailgun is still retrying it (its ${code('retry-seconds')} say when). Treat only a failed event with ${code('"severity": "permanent"')} as final, and leave a temporary one pending until a delivered or a permanent failed event follows.`
      : rt`Is every failed event final? Only one with ${code('"severity": "permanent"')}${text(facts.severity === 'permanent' ? ', as this one is' : '')}: a failed event with ${code('"severity": "temporary"')} means Mailgun is still retrying, so leave it pending until a delivered or a permanent failed event follows.`;
  return [answer];
}

const HOW_LONG_ASKED_RULE = ruleName('how-long-asked');

const OLD_ADDRESS_BACK_ASKED_RULE = ruleName('old-address-back-asked');

/** "Should we go back to the old address?" where the recipient's side said it takes no more mail there (the rule reads that): no, and why the new one fails. */
/** The recipient's side said it takes no more mail at the old address ("no longer accepts mail at ..."). */
const RETIRED_SAID = /no[ \t]+longer/i;
function oldAddressBackAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  const asked = evidence.find((e) => e.rule === OLD_ADDRESS_BACK_ASKED_RULE);
  if (!asked) return [];
  // (the domain's own old address, after a rename: its Route is why it works, and the new one needs one of its own)
  if (scenario === 'mailgun-incoming') {
    return [rt`Should you go back to the old address? No need: the old address works because a Route takes it, and a Route that takes the new one (below) makes it work as well.`];
  }
  // (asked with nothing said of the old address: whether it still works is the recipient's to say; the sender's own old address,
  // beside a session that sent no login, is answered as a From address to change)
  if (!RETIRED_SAID.test(asked.excerpt)) {
    if (scenario === 'mailgun-outgoing') return [];
    return [rt`Should you go back to the old address? Not without asking them: ${text(facts.recipientAddressChanged ? "their organisation moved its mail, the paste says, so an older address is no likelier to be taken than this one" : 'an older address works only while their server still takes mail for it')}. Ask them for the address that is current now.`];
  }
  const refused = facts.recipient ? quoteAddress(facts.recipient) : text('the new address');
  return [
    rt`Should you go back to the old address? No: the recipient's side said it takes no more mail there, so it would be refused as well. ${scenario === 'recipient-host' || scenario === 'undetermined'
      ? rt`What is refused now is ${refused}: most likely their new domain's mail server is not set up to take it yet (or the address is mistyped), which only their IT can fix. The bounce itself shows which server refused it.`
      : rt`The refusal of ${refused} has its own cause (below).`}`,
  ];
}

/** The question how long until it works: the fix takes effect at once where it is a setting or a Route; DNS is the exception. */
function howLongAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === HOW_LONG_ASKED_RULE)) return [];
  const has = (rule: string) => evidence.some((e) => e.rule === rule);
  const answer: RichText | null =
    scenario === 'mailgun-outgoing' || (scenario === 'not-relaying-denied' && kind === 'auth-failure')
      ? rt`As soon as the login is in place: the next message the app or server sends goes through. No DNS change is involved, so there is nothing to wait for (an app that reads its settings only at start needs a restart). Messages that failed before do not go out by themselves.`
      : scenario === 'mailgun-incoming' && has(MX_NOT_MEANT_RULE)
      ? rt`Once the MX records point back at the domain's mail server and the change has spread: up to the records' TTL, often an hour or less, up to a day or two at worst.`
      // (moved away from Mailgun already: what is left is the old records' time in the senders' caches)
      : mxMovedAway({ scenario, facts, evidence })
      ? rt`Once the change is complete (above) and the old records' TTL has run out at the senders' servers: often an hour, at worst a day or two. A Route catches what still reaches Mailgun meanwhile.`
      : scenario === 'mailgun-incoming' && !mailgunAccepted(facts)
      ? rt`As soon as the Route is saved: Mailgun applies it to the next message that arrives, with no DNS change to wait for. Messages refused before that do not come back by themselves: their senders send them again.`
      // (a mistyped or retired address never will; one refused for good waits on the Bounces list too, as the answers above say)
      : scenario === 'recipient-host' && addressLikelyWrong(facts)
      ? rt`Not for this address: it is most likely mistyped or retired, and will keep being refused. Mail to the right address goes through at once.`
      : scenario === 'recipient-host'
      ? rt`It is up to the recipient's side: the next delivery goes through as soon as their server accepts mail for the address (if they change their MX records, once the change has spread)${text(mailgunAccepted(facts) && !temporaryRefusal(facts) ? ' and the address is off the Bounces list' : '')}.`
      // (a sender check failed for the sending domain's own DNS: the record seen, then Mailgun's check, then new mail passes)
      : scenario === 'not-relaying-denied' && kind === 'policy' && ownSenderCheckFailed(facts)
      ? rt`Once the record is published and resolvers see it: a record added anew is usually seen within minutes (its TTL counts for changes to a record resolvers have cached, and a record missing before may be remembered as missing for up to the zone's negative-cache time). Check it with ${code('dig TXT')} on its name, then Verify DNS Settings on the domain's page in Mailgun; new messages pass from then on. Those refused already do not come back by themselves: send them again.`
      // (a temporary refusal Mailgun is still retrying: how long it keeps at it, and what ends it)
      : scenario === 'not-relaying-denied' && mailgunAccepted(facts) && temporaryRefusal(facts) && !retriesRanOut(facts)
      ? rt`Mailgun keeps retrying by itself, with growing pauses between attempts (an event's ${code('retry-seconds')} is the next pause), until the recipient's server takes the message or the retry period runs out; then it logs a last failed event with severity ${code('permanent')}. Nothing needs doing meanwhile.`
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`As soon as the address is an authorized recipient (it confirms by email), or ${text(freeAccountDomain(facts) ? 'the account is upgraded' : 'the app sends from your own verified domain')}.`
      : null;
  return answer ? [rt`How long until it works? ${answer}`] : [];
}

/** The reply says the refused address is mistyped or retired: correcting it is the sender's part, and the recipient's server was right. */
const addressLikelyWrong = (facts: Facts): boolean => facts.similarAddress !== null || facts.recipientAddressChanged || misspelledProviderDomain(recipientDomainOf(facts)) !== null;

/** The question whether a whitelist would help (the recipient's, or one at Mailgun for the sender's IP), answered first where the diagnosis settles it (a block list's refusal may well want one). */
function whitelistAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  // (or asked in the same breath as whether it is a relay refusal, "is this the relaying denied thing, do we need to whitelist?",
  // a question the engine sets aside whole as the person's guess)
  const asked = evidence.some((e) => e.rule === WHITELIST_ASKED_RULE || (e.rule === RELAY_ASKED_RULE && ALLOWLIST_WORD.test(e.excerpt)));
  // ("their admin says our IP is on their allowlist", yet it fails: why that did not help, answered as if asked)
  const done = evidence.some((e) => e.rule === ALLOWLISTED_RULE);
  if (!asked && !done) return [];
  const refuser = refuserOf(facts);
  const answer: RichText | null =
    scenario === 'recipient-host' && addressLikelyWrong(facts)
      ? rt`No: the refused address is most likely wrong (below). No whitelist, and nothing done to the sending IP, changes that; the corrected address does.`
      : scenario === 'recipient-host'
      ? rt`No: ${refuser} refused to relay because it does not take mail for the recipient's domain, whoever delivers it. A whitelist of senders does not change that; its administrator has to make it accept the domain (or point the domain's MX records at the server that does).`
      // (mail coming in: Mailgun's inbound server refuses an address no Route takes, from any sender)
      : scenario === 'mailgun-incoming'
      ? rt`No: Mailgun's inbound server refused the address for want of a Route that takes it, whoever sent the mail and from whatever IP; no allowlist of a sender changes that, a Route does.`
      : scenario === 'mailgun-outgoing'
      ? rt`No: nothing here was refused for its IP address. Mailgun's SMTP host refused the session for want of a login, before anything reached the recipient; a login fixes it, no allowlist does. Mailgun has no IP allowlist that stands in for the login: it relays for sessions that log in, from any IP, and for mail sent through its HTTP API with a key.`
      // (the side not shown: whichever server refused, an allowlist of the sender's IP is not what it asks for)
      : scenario === 'undetermined'
      ? rt`Not at Mailgun: its SMTP host refuses a session that did not log in, from any IP (no allowlist stands in for the login), and its inbound servers refuse an address no Route takes, whoever sends. A recipient's own server may let senders through by IP (Postfix's mynetworks, a Microsoft 365 connector), but that is its administrator's to set. Which server refused decides the fix (below).`
      : scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`No: no IP address is refused here. ${text(freeAccountDomain(facts) ? 'A free account' : 'The sandbox domain')} sends only to its authorized recipients; authorizing the recipient, or ${text(freeAccountDomain(facts) ? 'upgrading the account' : 'sending from a domain of your own')}, fixes it (below).`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure'
      ? rt`No: the login itself was refused (the user name or password), whatever IP it came from; the right login fixes it.`
      : scenario === 'not-relaying-denied' && kind === 'unknown-user'
      ? rt`No: ${refuser} refused the address itself, not your sender: it has no mailbox for it. A whitelist gets senders past filters; it cannot deliver to an address that does not exist.`
      : scenario === 'not-relaying-denied' && kind === 'mailbox-full'
      ? rt`No: the mailbox is full. A whitelist does not make room in it; the recipient has to.`
      // (a listed sending IP: nothing to allow on the sending side; the listing's removal lifts it, or the recipient's own filter)
      : scenario === 'not-relaying-denied' && kind === 'blocked'
      ? rt`Not on the sending side: ${refuser} refused the sending IP for its listing, and nothing allowed there changes that. The listing's removal lifts it (below)${text(/banned sending ip|5\.7\.606|sender\.office\.com/i.test(facts.serverMessage ?? '') ? "; Microsoft applies its own list before any tenant's rules, so the recipient's connectors and allowlists cannot let it through" : "; meanwhile the recipient's admin may let your sender through their own filter")}.`
      // (a key refused: from any IP; only an account that limits its API to listed IPs would care about a new server's)
      : scenario === 'not-relaying-denied' && kind === 'api-auth'
      ? rt`No: the API refused the key itself (${code('401')}): a deleted or mistyped key, or one sent to the other region's API host, is refused from any IP, and a valid key fixes it. A new server's IP matters only if the account limits API access to listed IPs (an IP allowlist in its security settings), which this refusal does not point to.`
      : null;
  return answer ? [rt`${text(asked ? 'Would whitelisting help?' : 'Does the allowlist they set help?')} ${answer}`] : [];
}

const ACCOUNT_SUSPENDED_ASKED_RULE = ruleName('account-suspended-asked');

/** "Is their account suspended?": what the refusal shows instead, where it shows it. */
function accountSuspendedAnswer({ scenario, kind, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === ACCOUNT_SUSPENDED_ASKED_RULE)) return [];
  const answer: RichText | null =
    scenario === 'not-relaying-denied' && kind === 'sandbox'
      ? rt`No: ${text(freeAccountDomain(facts) ? 'a free account' : 'a sandbox domain')} sends only to the recipients it has authorized, and refuses the rest; that is how it works from the start, not a suspension. Mail to an authorized address goes out.`
      : scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx'
      ? rt`Nothing here points to it: Mailgun's SMTP host refused a session that did not log in, as it does for every account. The login fixes it (below).`
      : scenario === 'not-relaying-denied' && kind === 'auth-failure'
      ? rt`Nothing here points to it: Mailgun refused the login itself (${code('535')}), the answer to a wrong user name or password.`
      : scenario === 'mailgun-incoming' && !mailgunAccepted(facts)
      ? rt`Nothing here points to it: Mailgun's inbound server refused an address no Route of the account matches. A Route fixes it (below).`
      : scenario === 'recipient-host' && mailgunAccepted(facts)
      ? rt`No: Mailgun accepted the message and tried to deliver it, and ${refuserOf(facts)} refused it.`
      : null;
  return answer ? [rt`Is the account suspended? ${answer}`] : [];
}

const MAILGUN_RELEASE_ASKED_RULE = ruleName('mailgun-release-asked');

/** "Can Mailgun release this on their side?": what Mailgun can and cannot do about the refusal shown. */
function releaseAnswer({ scenario, facts, evidence }: Diagnosis): RichText[] {
  if (!evidence.some((e) => e.rule === MAILGUN_RELEASE_ASKED_RULE)) return [];
  const answer: RichText | null =
    scenario === 'recipient-host' && mailgunAccepted(facts)
      ? rt`No: Mailgun holds nothing back; ${refuserOf(facts)} refused the message, and only its administrator can make it accept the address. Mailgun's one part is the domain's Bounces list${text(permanentFailure(facts) ? ', where this refusal puts the address' : '')}: once the recipient's side is fixed, remove the address there so that later messages go out.`
      : scenario === 'mailgun-outgoing' && facts.hostRole !== 'mailgun-mx'
      ? rt`There is nothing to release: Mailgun's SMTP host refused the session for want of a login, and kept nothing. Sent again with the domain's SMTP login, the mail goes through.`
      : scenario === 'mailgun-incoming' && !mailgunAccepted(facts)
      ? rt`Not as a release: Mailgun's inbound server refused the address because no Route of the account matches it, and it kept nothing. A Route (yours to add in the account) makes it accept the address from then on; the sender has to send the refused mail again.`
      : null;
  return answer ? [rt`Can Mailgun let it through? ${answer}`] : [];
}

/**
 * The person's question "is this on our side?" answered first (by naming whose side: the asker may be the customer or
 * their support), in one line, where the diagnosis settles whose setting
 * has to change; nothing where it does not (an undetermined answer, a block list, which may be the sender's reputation).
 */
function ownSideAnswer(diagnosis: Diagnosis): RichText[] {
  const { scenario, kind, facts } = diagnosis;
  if (!facts.ownSideAsked) return [];
  const refuser = refuserOf(facts);
  const recipientSide = rt`The recipient's: ${mailgunAccepted(facts) ? rt`Mailgun accepted the message and ` : []}${refuser} refused it. Nothing in the sender's Mailgun account or sending setup causes this; the recipient's mail administrator has to change it.`;
  const answer: RichText | null =
    scenario === 'recipient-host'
      // (a retired address: the sender's record of it is what to change)
      ? facts.recipientAddressChanged
        ? rt`Yours to update: the recipient has a new address and the old one is retired, so its server refuses it; nothing at Mailgun or in your sending settings is wrong. Send to the new address and change it where it is kept.`
        : addressLikelyWrong(facts) ? null : recipientSide
      : scenario === 'mailgun-outgoing'
      ? facts.hostRole === 'mailgun-mx'
        ? rt`The sender's: the sending app or server hands its mail to Mailgun's inbound server, which relays nothing; its settings need Mailgun's SMTP host and the domain's SMTP login.`
        : rt`The sender's: the sending app or server does not log in to Mailgun's SMTP host, and Mailgun relays only for a logged-in session. The fix is in its settings.`
      : scenario === 'mailgun-incoming'
      ? mailgunAccepted(facts)
        ? rt`The recipient's: the message went out; the recipient's domain receives its mail through Mailgun too, and that account has no Route for the address. The recipient's side adds one.`
        // (MX records sent to Mailgun by mistake: no Route is the fix)
        : diagnosis.evidence.some((e) => e.rule === MX_NOT_MEANT_RULE)
        ? rt`The receiving side's: the domain's MX records point to Mailgun, where its mail is not meant to go. Point them back to the server that holds its mailboxes; no Route is needed. The sender did nothing wrong.`
        // (the person asking is, most often, whoever receives for the domain through Mailgun: said plainly, with the sender cleared)
        : rt`The receiving side's, yours if the domain receives its mail through your Mailgun account: no Route there matches the address, and a Route there fixes it. The sender did nothing wrong and has nothing to change.`
      // (not shown: which cases are whose, and what Mailgun's own wording makes likelier)
      : someRecipientsOnly(diagnosis)
      ? rt`Most likely not yours: only some recipients were refused, and a sender refused for its login or its settings would fail every message, so those recipients' own servers most likely refused (their address, or their domain's mail setup). Yours only if the refused mails all came from one sender among several (a second app, a server, a device) that does not log in. One full bounce or Mailgun failed event settles it (below).`
      // (someone writing to the domain, refused in another server's words than Mailgun's)
      : scenario === 'undetermined' && facts.senderRelay === null && facts.provider === null && facts.hostRole === null && notMailgunWording(diagnosis) && diagnosis.evidence.some((e) => e.rule === MAIL_TO_CUSTOMER_RULE)
      ? rt`Most likely the writer's: a refusal worded so, shown as they send, comes from their own outgoing server, which wants them to log in. Yours only if your domain's own mail server, where its MX records point, refused them; then other writers fail too. Mailgun's servers word their refusals otherwise.`
      : scenario === 'undetermined' && facts.senderRelay === null && facts.provider === null && facts.hostRole === null
      ? rt`Not shown yet. Two of Mailgun's three cases are on the Mailgun user's side (the sender's SMTP login, or the account's Routes for mail coming in), one on the recipient's (their server refused Mailgun's delivery); a fourth, the sender's own or its provider's SMTP server refusing with Mailgun not in the path, is the sender's side too.${notMailgunWording(diagnosis) ? rt` The wording is not Mailgun's own, which points away from Mailgun's servers.` : rt` ${code('550 5.7.1 Relaying denied')} is the wording Mailgun's own servers use, which makes the Mailgun user's side likelier.`}`
      : scenario !== 'not-relaying-denied'
      ? null
      : kind === 'auth-failure'
      ? rt`The sender's: Mailgun refused the login itself (${code('535')}): the user name or password the sender gives is wrong.`
      : kind === 'sandbox'
      ? rt`The sender's: a sandbox domain sends only to its authorized recipients; add this address as one, or send from your own domain.`
      // (someone writing to the domain, their mail refused for their own domain's DMARC: the writer's to fix, not the domain's)
      : kind === 'policy' && dmarcNamed(facts) && diagnosis.evidence.some((e) => e.rule === WRITING_IN_RULE)
      ? rt`Not yours: your mail server refused the message sent to you because it failed the DMARC policy of the sender's own domain${writerDomain(facts) ? rt` (${quoteAddress(writerDomain(facts)!)})` : []}: its SPF or DKIM did not pass or align. The sender's mail administrator has to fix that domain's SPF and DKIM; nothing on your side or in Mailgun changes it.`
      : kind === 'policy' && ownDmarcRefusal(facts)
      ? rt`The sender's: the recipient's server applied your From domain's own DMARC policy, which the message failed (its SPF or DKIM did not pass or align); the fix is in your domain's DNS and sending setup, not at the recipient's.`
      // (the receiving server's own access rule: only its administrator lifts it, nothing to unblock at Mailgun or the sender)
      : kind === 'policy' && accessRule(facts) && mailgunAccepted(facts)
      ? rt`The recipient's: their server refuses by an access rule of its own, and nothing can be unblocked at Mailgun or in your settings for it; their mail administrator has to allow the sender (or the recipient) there.`
      : kind === 'api-auth'
      ? rt`The sender's: Mailgun's API refused the request's key (or the request went to the other region's API host).`
      // (a full mailbox only: an unknown user may be a mistyped address, the sender's to correct)
      : kind === 'mailbox-full' && facts.hostRole !== 'mailgun-smtp' && facts.hostRole !== 'mailgun-mx' && (facts.hostRole === 'other' || mailgunAccepted(facts))
      ? recipientSide
      : null;
  return answer ? [rt`Whose side is it on? ${answer}`] : [];
}

/** Short names of the scenarios, for "other possibility" lines. */
const SCENARIO_NAMES: Record<Scenario, string> = {
  'mailgun-outgoing': 'Mailgun refused an unauthenticated send',
  'mailgun-incoming': "Mailgun's inbound MX found no matching Route",
  'recipient-host': "the recipient's server refused Mailgun's delivery",
  undetermined: 'the paste may not show clearly enough which server refused',
  'not-relaying-denied': 'a different error',
};

/** How a domain the paste names stands to the refused one's: the same with a country code, under another top-level domain, or a letter or two away. */
/** The hyphened word one domain's first label has beyond the other's (`-coop` of ridgeline-coop.org beside ridgeline.org), or null. */
function hyphenedWord(a: string, b: string): string | null {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const shortFirst = short.slice(0, short.indexOf('.'));
  const longFirst = long.slice(0, long.indexOf('.'));
  return long.slice(longFirst.length) === short.slice(shortFirst.length) && longFirst.startsWith(`${shortFirst}-`) ? longFirst.slice(shortFirst.length) : null;
}
function similarDomainSaid(meant: string, refused: string): RichText {
  if (meant.startsWith(`${refused}.`)) return rt`which is ${quoteAddress(refused)} with its country code`;
  if (otherTopLevel(meant, refused)) return rt`which is ${quoteAddress(refused)} with another ending`;
  // (a hyphened word more or less in the first label: ridgeline.org beside ridgeline-coop.org)
  const hyphened = hyphenedWord(meant, refused);
  if (hyphened) return rt`which is ${quoteAddress(refused)} ${text(meant.length < refused.length ? 'without' : 'with')} its ${code(hyphened)}`;
  return rt`a letter or two away from ${quoteAddress(refused)}`;
}

/**
 * A recipient's domain one letter from a large provider's ("tiscalli.it"), or from the domain of the same name's other
 * address the paste shows (`orders@kiwibramble.co.nz` beside the refused `orders@kiwi-bramble.co.nz`): the address, not the server, is wrong.
 */
function domainTypoStep(facts: Facts, meant: string | null = misspelledProviderDomain(recipientDomainOf(facts)), evidence: readonly Evidence[] = []): RichText[] {
  if (!meant) return [];
  const refused = recipientDomainOf(facts)!;
  const server = facts.host !== null && facts.hostRole === 'other' ? safeDomain(facts.host) : null;
  // (read from the refusing server's own name: the address's domain is that server's name, or a letter or two from its domain)
  if (facts.similarAddress !== null && facts.similarAddress.endsWith(`@${meant}`) && server !== null && !facts.similarAddress.endsWith(`@${server}`) && registrableDomain(server) === meant) {
    return [server === refused
      ? rt`The address's domain, ${quoteAddress(refused)}, is the name of the mail server that refused it: the address was most likely written with the server's name instead of its domain, ${code(facts.similarAddress)}. Check it with the customer, and send to the corrected address.`
      : rt`The server that refused it, ${quoteAddress(server)}, is ${code(meant)}'s, ${similarDomainSaid(meant, refused)}: the refused address is most likely a typo of ${code(facts.similarAddress)} (or that server does not count ${quoteAddress(refused)} as one of its domains). Check it with the customer, and send to the corrected address.`];
  }
  // (spelt by the company's name the paste gives, not written out: that name)
  const company = evidence.find((e) => e.rule === COMPANY_NAME_NEAR_RULE)?.excerpt;
  if (company !== undefined && facts.similarAddress !== null && facts.similarAddress.endsWith(`@${meant}`)) {
    return [rt`The paste says the recipient is at ${quote(company, EXCERPT_MAX)}, and the refused domain ${quoteAddress(recipientDomainOf(facts)!)} is one letter off that name: the address is most likely a typo of ${code(facts.similarAddress)}. Check it with the customer, and send to the corrected address.`];
  }
  return facts.similarAddress !== null && facts.similarAddress.endsWith(`@${meant}`)
    ? [rt`The paste also names ${code(meant)}, ${similarDomainSaid(meant, recipientDomainOf(facts)!)}: the refused address is most likely a typo of ${code(facts.similarAddress)}. Check it with the customer, and send to the corrected address.`]
    : [rt`The recipient's domain ${quoteAddress(recipientDomainOf(facts)!)} ${recipientDomainOf(facts)!.replace(/-mail(?=\.)/, '') === meant ? rt`is ${code(meant)} with "mail" added to its name` : rt`is one letter away from ${code(meant)}`}: most likely a typo in the address. Check it with the customer, and send to the corrected address.`];
}

/** The hosts the passwd.client evidence names (`smarthost smtp.eu.mailgun.org · passwd.client: smtp.mailgun.org`). */
/** The host names in the sasl_passwd mismatch's excerpt (`relayhost = [smtp.mailgun.org]:587 · sasl_passwd: [smtp.eu.mailgun.org]:587`), bare. */
const MAILGUN_HOST_NAME = /(?:^|\.)mailgun\.org$/;
const bareHost = (value: string | undefined): string | null => value?.replace(/^\[|\](?::\d{1,5})?$|:\d{1,5}$/g, '').toLowerCase() ?? null;
const saslRelayhostHost = (excerpt: string): string | null => bareHost(/relayhost = (\S+)/.exec(excerpt)?.[1]);
const saslKeyHost = (excerpt: string): string | null => bareHost(/sasl_passwd: (\S+)/.exec(excerpt)?.[1]);
/** A sasl_passwd key that differs from a relayhost that is right for the domain's region: the key is what changes (not a relayhost on the other region's host, which changes itself). */
const keyToRelayhost = (facts: Facts, evidence: readonly Evidence[]): boolean => {
  const excerpt = evidence.find((e) => e.rule === SASL_KEY_RULE)?.excerpt;
  return excerpt !== undefined && (facts.region === null || bareHost(/relayhost = (\S+)/.exec(excerpt)?.[1]) === SMTP_HOST[facts.region]);
};
/**
 * The sasl_passwd key, when it is the relayhost in brackets (`relayhost = smtp.mailgun.org:587 · sasl_passwd: [smtp.mailgun.org]:587`):
 * the relayhost is what changes then, to the form Mailgun's own settings give (brackets skip an MX lookup of the host).
 */
function bracketedKey(excerpt: string): string | null {
  const relayhost = /^([^[\]:\s]+)(:\d{1,5})?$/.exec(/relayhost = (\S+)/.exec(excerpt)?.[1] ?? '');
  const key = /sasl_passwd: (\S+)/.exec(excerpt)?.[1];
  return relayhost && key === `[${relayhost[1]}]${relayhost[2] ?? ''}` ? key : null;
}

/** A passwd.client entry keyed to one region's Mailgun SMTP host while the smarthost is the other region's. */
const otherRegionEntry = (excerpt: string): boolean => {
  const { smarthost, entry } = passwdClientHosts(excerpt);
  const hosts = Object.values(SMTP_HOST) as string[];
  return entry !== null && smarthost !== entry && hosts.includes(smarthost) && hosts.includes(entry);
};
const passwdClientHosts = (excerpt: string): { smarthost: string; entry: string | null; file: string } => ({
  smarthost: /smarthost (\S+)/.exec(excerpt)?.[1] ?? 'the smarthost',
  entry: /(?:passwd\.client|exim\.passwd): (\S+)/.exec(excerpt)?.[1] ?? null,
  file: /· (\S+): /.exec(excerpt)?.[1] ?? 'passwd.client',
});

/** The settings that hold an app's SMTP login, its password and its From address, by the names its framework gives them. */
const SENDER_SETTINGS: Partial<Record<ClientId, [string, string, string]>> = {
  django: ['EMAIL_HOST_USER', 'EMAIL_HOST_PASSWORD', 'DEFAULT_FROM_EMAIL'],
  laravel: ['MAIL_USERNAME', 'MAIL_PASSWORD', 'MAIL_FROM_ADDRESS'],
  mastodon: ['SMTP_LOGIN', 'SMTP_PASSWORD', 'SMTP_FROM_ADDRESS'],
  moodle: ['SMTP username', 'SMTP password', 'No-reply address'],
};

/** Postfix's login switch commented out in main.cf: `#smtp_sasl_auth_enable = yes`. */
const SASL_ENABLE_COMMENTED = /^#[ \t]*smtp_sasl_auth_enable\b/;

/** .NET's `UseDefaultCredentials = false` set after `Credentials`: its setter replaces them with none. */
const CREDENTIALS_UNDONE = /usedefaultcredentials\W{0,5}false/i;

/** A setting that switches SMTP authentication off: `mail.smtp.auth: false`, `SMTPAuth = false`, "Authentication: OFF". */
/**
 * A log entry: its date and time first (`2024-06-11T02:00:04Z INFO ...`), or its level after a time an excerpt cut into
 * (`…00:04Z INFO smtp ...`), or logfmt's level field (`level=info`).
 */
const LOG_ENTRY_LINE = /^[ \t]*\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|^…[\d:.]{0,12}Z?[ \t]+(?:INFO|DEBUG|WARN(?:ING)?|ERROR|TRACE)\b|\b(?:level|lvl)=(?:info|debug|warn|warning|error)\b/i;
const AUTH_SWITCHED_OFF = /\b(?:mail\.smtp\.auth|(?:(?:use|enable|require)_?)?smtp_?auth|auth(?:entication)?(?:[ \t]+(?:protocol|method|mode))?)["']?[ \t]*(?:[:=]|=>|\bis\b)?[ \t]*["']?(?:false|off|no|none|0)\b/i;

const SUBMISSION_RULES = new Set([ruleName('mailgun-smtp-refused'), ruleName('mailgun-smtp-configured')]);

/** catch_all() named, not as one there never was ("they never had a catch_all", "no catch_all"). */
const CATCH_ALL_NAMED = /(?<!\b(?:never|no|not|without)\b[^\n.;()]{0,20})catch_all\b/;

/** Clients that send no login whatever user name they are given, until a switch or a call of their own turns it on. */
const LOGIN_SWITCHED_ON_RULE = ruleName('login-switched-on');
const LOGIN_SWITCH_CLIENTS: ReadonlySet<ClientId | null> = new Set<ClientId | null>(['phpmailer', 'wordpress', 'jakarta-mail', 'python-smtplib', 'go-net-smtp', 'mailkit', 'swaks', 'postfix', 'exim']);

/** A confidence past which no other possibility is named. */
const NEAR_CERTAIN = 0.95;

/** "Confidence: high (92%)", plus the strongest other scenario when it is worth mentioning (named, not scored). */
export function confidenceLine(reply: Reply): RichText {
  // For `undetermined` the figure is that answer's as a whole: a relay refusal AND no side shown. It
  // drops as one side nearly wins, so it is not a confidence that the error is a relay refusal.
  // (the sending side's own relay refused: the side is shown, it is just none of Mailgun's three cases)
  const subject = reply.scenario !== 'undetermined' ? 'Confidence' : reply.diagnosis.facts.senderRelay ? "Confidence in this answer (a Relaying Denied error from the sending side's own relay)" : 'Confidence in this answer (a Relaying Denied error, side not shown)';
  const line = rt`${text(subject)}: ${text(reply.confidenceWord)} (${text(percent(reply.confidence))})`;
  // (not Mailgun's inbound side when Mailgun's SMTP host answered the sender's own session: a Route is
  // never asked there, whatever Routes the paste talks about)
  const submissionSession = reply.diagnosis.evidence.some((e) => SUBMISSION_RULES.has(e.rule));
  // (nor the recipient's server where the sender's own client got the refusal at RCPT TO from Mailgun's SMTP host: a delivery
  // refused later by the recipient never comes back inside the sender's session)
  const { facts } = reply.diagnosis;
  const ownSessionRefused = facts.source === 'client-exception' && facts.hostRole === 'mailgun-smtp' && facts.command === 'RCPT TO';
  // (nor Mailgun's SMTP host refusing a session where the transcript shows the session was with its inbound MX, a test of the Routes)
  const mxSessionShown = facts.source === 'smtp-transcript' && facts.hostRole === 'mailgun-mx' && reply.scenario === 'mailgun-incoming';
  const runnerUp = reply.diagnosis.alternatives
    // (nor "the paste does not show which server refused" beside the server the answer names)
    // (nor "a Relaying Denied error after all" beside a server's own words of another error: a relay phrase then is a person's)
    .filter((alt) => alt.scenario !== reply.scenario && alt.confidence >= 0.2 && !(submissionSession && alt.scenario === 'mailgun-incoming') && !(ownSessionRefused && alt.scenario === 'recipient-host') && !(mxSessionShown && alt.scenario === 'mailgun-outgoing') && !(alt.scenario === 'undetermined' && reply.diagnosis.facts.host !== null && reply.scenario !== 'not-relaying-denied') && !(alt.scenario === 'undetermined' && reply.scenario === 'not-relaying-denied' && otherErrorShown(reply.diagnosis.facts)))
    .sort((a, b) => b.confidence - a.confidence)[0];
  // An undetermined reply lists every possibility itself: a "less likely" one beside them would contradict it.
  // (nor beside a near-certain answer: "high (99%). Also possible: ..." reads as a contradiction)
  if (runnerUp && reply.scenario !== 'undetermined' && reply.confidence < NEAR_CERTAIN) {
    // Without its own percentage: the scores are not shares of one whole, and "75% ... other 31%" reads as if they were.
    // (beside a different error, the undetermined alternative is that it is a relay refusal after all)
    const name = reply.scenario === 'not-relaying-denied' && runnerUp.scenario === 'undetermined' ? 'a Relaying Denied error after all' : SCENARIO_NAMES[runnerUp.scenario];
    line.push(text(`. Also possible, less likely: ${name}`));
  }
  line.push(text('.'));
  return line;
}

const percent = (value: number): string =>
  `${Math.round(Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)) * 100)}%`;

/** A business domain's host at Microsoft 365 (`x-com.mail.protection.outlook.com`, EOP's machines), not Outlook.com's own (`hotmail-com.olc...`). */
const BUSINESS_M365_HOST = /\.mail\.protection\.outlook\.com$|\.prod\.protection\.outlook\.com$/i;

/** What each kind of secret is called, and how it is replaced. */
const SECRET_ADVICE: Readonly<Record<SecretKind, { name: string; rotate: (where: RichText) => RichText }>> = {
  password: {
    name: 'a password',
    rotate: (where) => rt`set a new password${where} (a Mailgun SMTP login's password is reset in the domain's SMTP credentials) and update the app or server that logs in with it`,
  },
  'api-key': {
    name: 'an API key',
    rotate: (where) => rt`create a new API key${where}, switch what uses the old one over to it and delete the old one`,
  },
  token: {
    name: 'a token or secret',
    rotate: () => rt`revoke the token or secret where it was issued and create a new one`,
  },
  'sendgrid-key': {
    name: 'a SendGrid API key',
    rotate: () => rt`revoke the SendGrid API key in SendGrid (Settings, API Keys) and, where something still sends through SendGrid, give it a new one: it is no Mailgun key, and nothing in Mailgun changes for it`,
  },
  'slack-token': {
    name: 'a Slack token',
    rotate: () => rt`regenerate the Slack token in its app's settings (api.slack.com/apps)`,
  },
};

/** The webhook signing key, said or shown set as the API key: the key found is that one, made anew on the Webhooks page. */
const SIGNING_KEY_ADVICE = { name: 'a webhook signing key (set as the API key)', rotate: () => rt`make a new webhook signing key on the Webhooks page and put it where the webhook handler reads it` };
/** A key the paste labels as the webhook signing key: that secret, reset on the Webhooks page; no API key is involved. */
const SIGNING_KEY_SHOWN_ADVICE = { name: 'a webhook signing key', rotate: () => rt`reset the HTTP webhook signing key on the Webhooks page (Sending, then Webhooks) and put the new one where the webhook handler verifies signatures` };
const SIGNING_KEY_SHOWN_RULE = ruleName('webhook-signing-key-shown');

const API_COMPOSE_RULE = ruleName('api-runs-in-docker-compose');

/** Where the new key goes after a rotation: where the setting shown writes a key out (an environment file's or a command's `NAME=`), else where the service reads it. */
function rotatedKeyFix(evidence: readonly Evidence[]): RichText {
  const written = evidence.find((e) => e.rule === API_KEY_IN_SETTING_RULE)?.excerpt;
  // (an environment variable's setting, `MAILGUN_API_KEY=[REDACTED]`, in a file or a command: what the service reads)
  if (written && /^[A-Z][A-Z0-9_]{1,60}=/.test(written)) {
    const reload = evidence.some((e) => e.rule === API_COMPOSE_RULE)
      ? rt`then run ${code('docker compose up -d')} for the service on every host that runs it: it recreates the container with the new value (a restart keeps the old environment)`
      : rt`then restart the service on every host that runs it`;
    return rt`The setting shown still holds a key written out (${quote(written, EXCERPT_MAX)}): put the new key where that setting is, ${reload}.`;
  }
  return rt`Put the new key where the service reads it (its environment variable or secret store) and restart the service.${written ? rt` The settings shown write a key out: if that file is what the service reads, it sends that key whatever a Secret or the environment holds, so read it from the environment there instead, and take the key out of the file and its repository.` : []}`;
}

/** An API key written out as the SMTP password: the secret found is that key, revoked where API keys are kept. */
/** Mailgun's public validation key, the only key pasted: it cannot send, so there is less to fear, and a new one is made where the others are. */
const PUBLIC_KEY_ADVICE = {
  name: "Mailgun's public validation key (pubkey-…)",
  rotate: () => rt`make a new public validation key where the account's API keys are kept (API Security): it cannot send, but it runs the account's address validations`,
};
const PUBLIC_KEYS_ONLY_RULE = ruleName('public-keys-only');
/** The API key said to be put in the password setting ("updated MAIL_PASSWORD to the new key"), not a setting that reads it. */
const apiKeySaid = (excerpt: string): boolean => !excerpt.includes(REDACTED) && !/pass\w*["']?[ \t]*(?:[:=]|=>)/i.test(excerpt);
const API_KEY_AS_PASSWORD_ADVICE = { name: 'an API key (set as the SMTP password)', rotate: () => rt`delete that key on the API Security page and create a new one for what sends through the API` };

/** One route pattern for every address at a domain and at its subdomain or parent: `.*@(inbound\.)?example\.com`. */
function bothDomainsPattern(a: string, b: string): string {
  const [sub, parent] = a.endsWith(`.${b}`) ? [a, b] : [b, a];
  return `.*@(${escapeLiteral(sub.slice(0, sub.length - parent.length))})?${escapeLiteral(parent)}`;
}

/** The warning for a credential in the paste: rotate it where it was issued (another provider's, when the mail went through one). */
function secretsWarning(facts: Facts, evidence: readonly Evidence[] = []): RichText {
  const signingKey = evidence.some((e) => e.rule === SIGNING_KEY_AS_KEY_RULE || e.rule === SIGNING_KEY_SAID_AS_KEY_RULE);
  // (the key's value written out as the password, not a variable that holds it)
  // (or the SMTP login set to `api`, the API's user name: its password is an API key)
  // (or said to be: "updated MAIL_PASSWORD to the new key", beside the password's value pasted)
  const keyAsPassword = evidence.some((e) => (e.rule === API_KEY_AS_PASSWORD_RULE && (e.excerpt.includes(REDACTED) || apiKeySaid(e.excerpt))) || (e.rule === USER_NOT_ADDRESS_RULE && /["']api["']/i.test(e.excerpt)));
  const publicKeyOnly = evidence.some((e) => e.rule === PUBLIC_KEYS_ONLY_RULE);
  const signingKeyShown = evidence.some((e) => e.rule === SIGNING_KEY_SHOWN_RULE);
  const adviceOf = (kind: SecretKind) =>
    kind === 'api-key' && signingKey ? SIGNING_KEY_ADVICE : kind === 'api-key' && signingKeyShown ? SIGNING_KEY_SHOWN_ADVICE : kind === 'api-key' && publicKeyOnly ? PUBLIC_KEY_ADVICE : kind === 'password' && keyAsPassword ? API_KEY_AS_PASSWORD_ADVICE : SECRET_ADVICE[kind];
  const where = facts.provider ? rt` (in ${text(PROVIDER_NAMES[facts.provider])}, or in Mailgun if it is a Mailgun one)` : [];
  const kinds = facts.secretKinds;
  // (a button's value from before the kinds were read says only that something was found)
  if (kinds.length === 0) {
    return rt`Your paste contained what looks like a password, API key or token. I have not repeated it, but treat it as exposed and rotate it: set a new SMTP password or create a new API key${where}, then delete the paste where you can.`;
  }
  // (only the public validation key: no sending credential leaked, and the warning says as much)
  if (publicKeyOnly && kinds.length === 1 && kinds[0] === 'api-key' && !signingKey) {
    return rt`Your paste contained Mailgun's public validation key (${code('pubkey-…')}). I have not repeated it. It cannot send or read the account, so no sending credential leaked; it does let others run the account's address validations, so if the paste was public, make a new one where the account's API keys are kept (API Security).`;
  }
  // (a password in a paste that says it was changed since, refused as the old one: dead already, unless it is the new one)
  if (kinds.length === 1 && kinds[0] === 'password' && passwordChangedBefore(evidence)) {
    return rt`Your paste contained what looks like a password. I have not repeated it. The paste says the password was changed since: if this is the old one, it no longer works and needs no rotating; if it is the new one, treat it as exposed and rotate it: ${adviceOf('password').rotate(where)}. Then delete the paste where you can.`;
  }
  const names = kinds.map((kind) => adviceOf(kind).name);
  const what = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!;
  const them = kinds.length > 1 ? 'them' : 'it';
  return rt`Your paste contained what looks like ${text(what)}. I have not repeated ${text(them)}, but treat ${text(them)} as exposed and rotate ${text(them)}: ${join(kinds.map((kind) => adviceOf(kind).rotate(where)), '; ')}. Then delete the paste where you can.`;
}

/** The end of an excerpt, from a word's start: a rule's excerpt runs up to the end of what it matched, where the words that matter are. */
function tailOf(excerpt: string, max: number): string {
  const line = excerpt.replace(/\s+/g, ' ').trim().replace(/…$/, '');
  if (line.length <= max) return line;
  const from = line.length - (max - 1);
  const space = line.indexOf(' ', from);
  return `…${line.slice(space >= 0 && space < line.length - 20 ? space + 1 : from)}`;
}

/**
 * A long line quoted for two rules, cut so that the shorter quote inside it stays in view: a
 * library's one-line exception quoted from its start would end before "550 5.7.1 Relaying denied".
 */
function windowOn(excerpt: string, focus: string, max: number): string {
  const at = excerpt.indexOf(focus);
  // (the quote's end is cut to `max` with an ellipsis: keep the focus a few characters inside it)
  const over = at + focus.length - (max - 3);
  if (at < 0 || excerpt.length <= max || over <= 0 || focus.length >= max / 2) return excerpt;
  let start = Math.min(at, over + 1);
  // (from a word's start, not mid-word)
  const space = excerpt.indexOf(' ', start - 1);
  if (space >= 0 && space < at) start = space + 1;
  return `…${excerpt.slice(start)}`;
}

/** The evidence a reader is shown: the rules that support the answer, not the context ones. */
const shownEvidence = (diagnosis: Diagnosis) => diagnosis.evidence.filter((e) => !CONTEXT_RULE_NAMES.has(e.rule));

/** The server's own words shown, with a code, of an error that is no relay refusal. */
const otherErrorShown = (facts: Facts): boolean => facts.serverMessage !== null && facts.replyCode !== null && !RELAY_LINE.test(facts.serverMessage);

function evidenceLines(diagnosis: Diagnosis): RichText[] {
  // The same line quoted for two rules is shown once, under both names: a reader sees one quote, two readings of it.
  // (or a line quoted whole for one rule and in part for another: the longer quote stands for both)
  const core = (excerpt: string) => excerpt.trim().replace(/^…|…$/g, '').trim();
  // (`focus`: the shortest quote a group stands for, which the shown window must keep in view)
  const grouped: { rules: string[]; excerpt: string; focus: string }[] = [];
  for (const { rule, excerpt } of shownEvidence(diagnosis).slice(0, EVIDENCE_MAX)) {
    const mine = core(excerpt);
    const same = mine === '' ? undefined : grouped.find((g) => { const theirs = core(g.excerpt); return theirs !== '' && (theirs.includes(mine) || mine.includes(theirs)); });
    if (!same) grouped.push({ rules: [rule], excerpt, focus: mine });
    else {
      same.rules.push(rule);
      if (mine.length > core(same.excerpt).length) same.excerpt = excerpt;
      if (mine.length < same.focus.length) same.focus = mine;
    }
  }
  // (a second name goes on in lower case, "...; the refusal is worded as ...", unless it starts with a name: "Mailgun's ...")
  const joined = (rules: string[]) => rules.map((rule, i) => (i > 0 && /^(?:The|A|An) /.test(rule) ? rule[0]!.toLowerCase() + rule.slice(1) : rule)).join('; ');
  const lines = grouped.map(({ rules, excerpt, focus }) =>
    excerpt.trim() ? rt`${text(joined(rules))}: ${quote(windowOn(excerpt, focus, EXCERPT_MAX), EXCERPT_MAX)}` : rt`${text(joined(rules))}`,
  );
  const rest = shownEvidence(diagnosis).length - EVIDENCE_MAX;
  if (rest > 0) lines.push(rt`…and ${text(String(rest))} more.`);
  return lines;
}

/** The refusing host, preferring Mailgun's `mx-host` field of a delivery event. */
const refusingHost = (facts: Facts): string | null => facts.mxHost ?? facts.host;

const quoteAddress = (value: string): RichText => [quote(value, ADDRESS_MAX)];
const recipientOr = (facts: Facts, fallback: string): RichText =>
  facts.recipient ? quoteAddress(facts.recipient) : [text(fallback)];

function recipientDomainOf(facts: Facts): string | null {
  if (facts.recipientDomain) return facts.recipientDomain;
  const at = facts.recipient?.lastIndexOf('@') ?? -1;
  return at >= 0 && facts.recipient ? facts.recipient.slice(at + 1) : null;
}

const ROUTE_MAX = 120;

/**
 * The Routes the paste shows, each tried on the refused recipient, and what that says: none takes
 * it (that is the refusal), or one does (then the expression is not what is wrong).
 */
// (`catchAllDeleted`: the paste says a catch_all() was deleted, which took every address no other route did: another address's
// route is no model for this one, whose mail went where the catch_all() sent it)
// (`nameForwardHost`: the host a route shown forwards its own address's name to, `announce@mm3.x` for announce@lists.x)
// (`madeSince`: the route that takes it said made only after the refusal: the fix, in place)
function routeCheck(facts: Facts, placeKnown = false, ownDestination = false, catchAllDeleted = false, nameForwardHost: string | null = null, madeSince = false, othersReach = false): RouteCheck {
  const recipient = facts.recipient;
  if (!recipient || facts.routes.length === 0) return { paragraphs: [], corrects: false };
  const verdicts = facts.routes.map((route) => ({ route, matches: routeMatches(route, recipient) }));
  const said = (route: string, matches: boolean | null) =>
    matches === true
      ? ' takes it'
      : matches === false
        ? ' does not take it'
        : route.startsWith('match_header')
          ? ' is matched on the message\'s headers, not on the address: cannot tell here'
          // (a literal address that is not this one, though the recipient starts with it: another address; not the same one
          // written in other capitals)
          : routeAddress(route) !== null && routeAddress(route) !== recipient.toLowerCase()
            ? ' names another address'
            : ': cannot tell here, try it in the control panel';
  const checked = rt`Each Route in the paste, tried on ${quoteAddress(recipient)}: ${join(
    verdicts.map(({ route, matches }) => rt`${code(shorten(route, ROUTE_MAX))}${text(said(route, matches))}`),
    '; ',
  )}.`;
  if (verdicts.some((v) => v.matches === true)) {
    // (where the paste shows in which region it was made, the fix says so: no hedge about where it may be)
    if (placeKnown) return { paragraphs: [rt`${checked} A route shown takes this address: its expression is not the problem; where it was made is.`], corrects: false };
    if (madeSince) return { paragraphs: [rt`${checked} The route that takes it was made after this refusal, so the refusal is from before it: mail that arrives from now on goes through (check it with a test message), and what was refused has to be sent again by its senders.`], corrects: false };
    return { paragraphs: [rt`${checked} A route shown takes this address. If that route is live now (not an earlier version of it), its expression is not the problem: check that it is in the Mailgun account and region that receive for the domain (Routes belong to one account, and US and EU Routes are separate), and that it was saved before this message arrived.`], corrects: false };
  }
  // (not where the paste says the refused address is right as it is, "mall@ (not a typo, it's the mall's address)": the route's
  // look-alike is another address, mail@, whose mail a correction would stop)
  const nearMiss = facts.addressConfirmed ? undefined : facts.routes.map(routeAddress).find((address) => address !== null && isNearMiss(address, recipient));
  // A route for every address at a look-alike domain ("Shouldn't the last one catch everything?" of `.*@x.co` for
  // x.io): it takes only that domain's. (Not any other domain: an agency's routes serve many.)
  const refusedDomain = recipient.slice(recipient.lastIndexOf('@') + 1);
  // (a letter or two off only when no route names the refused domain too: one account for sibling domains,
  // shop-us.com and shop-uk.com; the same name under another ending, hatchworks.co for hatchworks.io, always)
  const namesRefusedDomain = facts.routes.some((route) => unescapedRoute(route).toLowerCase().includes(`@${refusedDomain}`));
  const otherDomain = facts.routes.map(routeDomain).find((domain) => domain !== null && domain !== refusedDomain && lookAlikeDomains(domain, refusedDomain, !namesRefusedDomain));
  // A route for every address at a subdomain (the sending domain `mg.example.com`) or at the parent of the refused domain:
  // a route's `.*@domain` takes that domain only. (Not when a route names the refused domain itself.)
  const related = (domain: string | null): domain is string => domain !== null && domain !== refusedDomain && (domain.endsWith(`.${refusedDomain}`) || refusedDomain.endsWith(`.${domain}`));
  // A pattern for some addresses at such a domain (`^order-.*@example\.com$` for order-1@replies.example.com): the
  // same pattern at the refused domain would take the address, so the route's domain part is what is wrong.
  // (each route's address parts, read once for the three checks below)
  const parted = facts.routes.map((route) => ({ route, parts: routeParts(route) }));
  const retargets = otherDomain || namesRefusedDomain
    ? []
    : parted.filter(({ parts }) => parts !== null && related(parts.domain) && routeMatches(withDomain(parts, refusedDomain), recipient) === true);
  // (a route for this very name at the other domain, `support@help.example.co` for support@example.co, is the one meant,
  // over one for every address at a subdomain, which serves other mail: a reply parser's `.*@reply.example.co`)
  const sameName = retargets.find(({ parts }) => !/[.*+?[\]()^$\\]/.test(parts!.local));
  const relatedDomain = otherDomain || namesRefusedDomain || sameName ? undefined : facts.routes.map(routeDomain).find(related);
  // (or a pattern at a look-alike sibling, `^reply\+.*@replies.x.nl$` for reply+8842@reply.x.nl, whatever other routes name)
  const siblingMiss = otherDomain
    ? undefined
    : parted.find(({ parts }) => parts !== null && lookAlikeSiblings(parts.domain, refusedDomain) && routeMatches(withDomain(parts, refusedDomain), recipient) === true);
  // (a route for this very address at the parent or a subdomain, `billing@example.com` for billing@mg.example.com, whatever
  // other routes name: the one meant for it)
  const local = recipient.slice(0, recipient.lastIndexOf('@'));
  const sameNameRelated = otherDomain
    ? undefined
    : parted.find(({ parts }) => parts !== null && parts.local.toLowerCase() === local && related(parts.domain));
  // (or this very name at another subdomain of the same domain, `orders@inbound.x.com` for orders@in.x.com: the MX was set up
  // for one name and the route written for the other)
  // (not a route at a staging or test subdomain, `orders@staging.x.co` for orders@shop.x.co: that one serves its own environment)
  const sameNameSibling = otherDomain || namesRefusedDomain
    ? undefined
    : parted.find(({ parts }) => parts !== null && parts.local.toLowerCase() === local && parts.domain !== refusedDomain && !related(parts.domain) && registrableDomain(parts.domain) === registrableDomain(refusedDomain) && !ENVIRONMENT_LABEL.test(parts.domain));
  const environmentSibling = otherDomain || namesRefusedDomain || sameNameSibling
    ? undefined
    : parted.find(({ parts }) => parts !== null && parts.domain !== refusedDomain && !related(parts.domain) && registrableDomain(parts.domain) === registrableDomain(refusedDomain) && ENVIRONMENT_LABEL.test(parts.domain));
  const retargeted = sameName ?? sameNameRelated ?? (relatedDomain ? undefined : retargets[0]) ?? siblingMiss ?? sameNameSibling;
  // (a route at the refused domain's parent: that domain may still receive its own mail through it)
  const parentOfRefused = (domain: string) => refusedDomain.endsWith(`.${domain}`);
  // (or a route for every address at another subdomain of the same domain, `.*@mg.x.com.br` for atendimento@mail.x.com.br:
  // that route may serve its own subdomain's mail, so a second route or one expression for both)
  const siblingWildcard = otherDomain || namesRefusedDomain || relatedDomain || retargeted
    ? undefined
    : parted.find(({ parts }) => parts !== null && parts.local.replace(/^\^/, '') === '.*' && parts.domain !== refusedDomain && registrableDomain(parts.domain) === registrableDomain(refusedDomain) && !ENVIRONMENT_LABEL.test(parts.domain));
  // (a wildcard at the parent beside routes for the refused domain itself, "but we have a wildcard route??": why it does
  // not take the address; it serves the parent's mail, so it is widened or another route added, not moved)
  const parentWildcard = namesRefusedDomain && !retargeted
    ? parted.find(({ parts }) => parts !== null && parts.local.replace(/^\^/, '') === '.*' && refusedDomain.endsWith(`.${parts.domain}`))
    : undefined;
  // (a route for one other address at the very same domain, `help@x.co` beside mail to support@x.co: the address people now
  // write to is not the one routed; not a letter or two away, a typo the near miss names)
  // (not a tagged address, reply+t48213@: the plus-address advice covers it)
  const otherAddresses = !nearMiss && !retargeted && !parentWildcard && !local.includes('+')
    ? parted.filter(({ parts }) => parts !== null && parts.domain === refusedDomain && /^\^?[\w.+-]{1,64}$/.test(parts.local) && parts.local.replace(/^\^/, '').toLowerCase() !== local)
    : [];
  const otherAddress = otherAddresses[0];
  // (or a list of other addresses at it, `^(dispatch|tracking)@x\.com$`: the address added to the list)
  const addressList = !nearMiss && !retargeted && !parentWildcard && !otherAddress && !local.includes('+') && /^[\w.-]{1,64}$/.test(local)
    ? parted.find(({ route, parts }) => parts !== null && parts.domain === refusedDomain && /^\^?\((?:\?:)?[\w.-]{1,64}(?:\|[\w.-]{1,64}){1,20}\)$/.test(parts.local) && routeMatches(route, recipient) === false)
    : undefined;
  const paragraphs = [
    verdicts.every((v) => v.matches === false)
      ? rt`${checked} None of them takes this address: if these are all the account's routes, that is why Mailgun refused it.`
      : checked,
    // (other senders' mail said to arrive: the route is right, this sender mistyped the address)
    ...(nearMiss && othersReach ? [rt`The route for ${quoteAddress(nearMiss)} is a letter or two away from ${quoteAddress(recipient)}, and the paste says other senders' mail arrives: the route is right, and this sender most likely mistyped the address.`]
      : nearMiss ? [rt`The route for ${quoteAddress(nearMiss)} is a letter or two away from ${quoteAddress(recipient)}: a typo in the route (then correct it to ${code(`match_recipient("${recipient}")`)}, keeping its actions), or in the address the sender used?`] : []),
    ...(otherDomain
      ? [
          rt`The route for any address at ${quoteAddress(otherDomain)} takes only addresses at that domain, not at ${quoteAddress(refusedDomain)} (a typo in the route, or an old domain?): correct its expression to ${code(`match_recipient(".*@${refusedDomain}")`)}, or add a Route with it if the old domain still receives mail.`,
        ]
      : []),
    ...(relatedDomain
      ? [
          // (that route may still serve its own domain's mail: a second route, or one expression for both, not a change that ends it)
          rt`The route for any address at ${quoteAddress(relatedDomain)} takes only addresses at exactly that domain, and the mail went to ${quoteAddress(refusedDomain)}: a ${text(relatedDomain.endsWith(`.${refusedDomain}`) ? 'subdomain' : 'parent domain')} is another domain to a route. Add a route for it, ${code(`match_recipient(".*@${refusedDomain}")`)} with the action its mail needs, or, if both domains' mail goes to the same place, make that one's expression take both, ${code(`match_recipient("${bothDomainsPattern(relatedDomain, refusedDomain)}")`)}; changing it to the new domain alone would end the mail for ${quoteAddress(relatedDomain)}.`,
        ]
      : []),
    ...(otherAddress && !catchAllDeleted
      ? [
          rt`${otherAddresses.length > 1 ? rt`The routes for ${join(otherAddresses.slice(0, 3).map(({ parts }) => quoteAddress(`${parts!.local.replace(/^\^/, '')}@${refusedDomain}`)), ' and ')} take their own addresses only` : rt`The route for ${quoteAddress(`${otherAddress.parts!.local.replace(/^\^/, '')}@${refusedDomain}`)} takes that one address only`}, and the mail went to ${quoteAddress(recipient)} at the same domain. ${ownDestination ? rt`That address needs a route of its own, to where its mail should go (below).` : nameForwardHost ? rt`That route forwards its address to the same name at ${quoteAddress(nameForwardHost)}, so this address needs a route of its own, ${code(`match_recipient("${recipient}")`)} with ${code(`forward("${local}@${nameForwardHost}")`)}: one route for both would send its mail to the other address's destination.` : otherAddresses.length > 1
          // (several addresses' routes shown: none of them is the one to widen, each keeps its own address's actions)
          ? rt`Add a route for it, ${code(`match_recipient("${recipient}")`)}, with the action its mail needs (each route shown has its own address's actions).`
          : rt`Add a route for it, ${code(`match_recipient("${recipient}")`)}, with the action its mail needs (that route's actions belong to its own address), or, if both addresses' mail goes to the same place, make that one take both: ${code(`match_recipient("^(${escapeLiteral(otherAddress.parts!.local.replace(/^\^/, ''))}|${escapeLiteral(local)})@${escapeLiteral(refusedDomain)}$")`)}.`}`,
        ]
      : []),
    ...(addressList
      ? [
          rt`${code(shorten(addressList.route, ROUTE_MAX))} takes only the addresses it lists at ${quoteAddress(refusedDomain)}, and ${quoteAddress(recipient)} is not among them: add ${code(local)} to its list, ${code(withDomain({ ...addressList.parts!, local: addressList.parts!.local.replace(/\)$/, `|${escapeLiteral(local)})`) }, refusedDomain))}, and keep its actions as they are (or give the address a Route of its own if its mail should go elsewhere).`,
        ]
      : []),
    ...(siblingWildcard
      ? [
          rt`The route for any address at ${quoteAddress(siblingWildcard.parts!.domain)} takes only addresses at exactly that domain, and the mail went to ${quoteAddress(refusedDomain)}, another subdomain of ${quoteAddress(registrableDomain(refusedDomain))}: to a route that is another domain. Add a route for it, ${code(`match_recipient(".*@${refusedDomain}")`)} with the action its mail needs, or, if both domains' mail goes to the same place, make that one's expression take both, ${code(`match_recipient(".*@(${escapeLiteral(siblingWildcard.parts!.domain)}|${escapeLiteral(refusedDomain)})")`)}; changing it to the new domain alone would end the mail for ${quoteAddress(siblingWildcard.parts!.domain)}.`,
        ]
      : []),
    ...(parentWildcard
      ? [
          rt`${code(shorten(parentWildcard.route, ROUTE_MAX))} takes only addresses at exactly ${quoteAddress(parentWildcard.parts!.domain)}: ${quoteAddress(recipient)} is at a subdomain of it, which a route treats as another domain. Add a route for it, such as ${code(`match_recipient(".*@${refusedDomain}")`)}, or widen that one to ${code(`match_recipient(".*@(.*\\.)?${parentWildcard.parts!.domain}")`)} if it should take the subdomains' mail too.`,
        ]
      : []),
    ...(environmentSibling && !retargeted
      ? [
          rt`${code(shorten(environmentSibling.route, ROUTE_MAX))} is for ${quoteAddress(environmentSibling.parts!.domain)}, another subdomain, a ${text(ENVIRONMENT_LABEL.exec(environmentSibling.parts!.domain)!.slice(1).find(Boolean)!.toLowerCase())} one by its name: it serves that domain's mail and does not take ${quoteAddress(recipient)}. Leave it as it is and add a route for this address, ${code(`match_recipient("${recipient}")`)} (or ${code(`match_recipient(".*@${refusedDomain}")`)} for every address at the domain), with the action its mail needs.`,
        ]
      : []),
    ...(retargeted
      ? [
          rt`${code(shorten(retargeted.route, ROUTE_MAX))} is written for addresses at ${quoteAddress(retargeted.parts!.domain)}, and the mail went to ${quoteAddress(refusedDomain)}: ${text(retargeted === siblingMiss ? 'a look-alike name (a typo in the route, or the name changed in a migration) is' : retargeted === sameNameSibling ? `another subdomain of ${registrableDomain(refusedDomain)} is` : `a ${retargeted.parts!.domain.endsWith(`.${refusedDomain}`) ? 'subdomain' : 'parent domain'} is`)} another domain to a route. Correct its domain part, ${code(withDomain(retargeted.parts!, refusedDomain))} and keep its actions as they are, rather than adding a route for one address${parentOfRefused(retargeted.parts!.domain) ? rt`; if mail to ${quoteAddress(routeAddress(retargeted.route) ?? retargeted.parts!.domain)} still comes in through Mailgun too, widen it instead to take both, ${code(withDomain(retargeted.parts!, `(${refusedDomain.slice(0, -retargeted.parts!.domain.length - 1)}.)?${retargeted.parts!.domain}`))}, or correcting it ends that mail` : []}.`,
        ]
      : []),
  ];
  // (a change of a shown route named above; not a near miss, which may be the sender's typo)
  const otherRoutesCorrected = Boolean(otherDomain || relatedDomain || siblingWildcard || parentWildcard || retargeted || addressList);
  const addressRouteNamed = Boolean(otherAddress) && !catchAllDeleted;
  const nearMissRoute = nearMiss ? facts.routes.find((route) => routeAddress(route) === nearMiss) : undefined;
  return {
    paragraphs,
    // (a route shown for another address or domain and its expression corrected: a near miss only as one, it may be the sender's typo)
    correction: retargeted ? { shown: shorten(retargeted.route, ROUTE_MAX), corrected: withDomain(retargeted.parts!, refusedDomain), nearMiss: false } : nearMissRoute ? { shown: shorten(nearMissRoute, ROUTE_MAX), corrected: `match_recipient("${recipient}")`, nearMiss: true } : undefined,
    corrects: otherRoutesCorrected || addressRouteNamed || Boolean(environmentSibling),
    // (the paragraph's first advice is a route of the address's own: an expression widened only where both go to one place)
    adds: !otherDomain && !retargeted && !addressList && Boolean(relatedDomain || siblingWildcard || parentWildcard || addressRouteNamed || environmentSibling),
    // (the route added, written out: the address's own where the paragraph names one for it, else one for its whole domain)
    addExpression: addressRouteNamed || environmentSibling ? `match_recipient("${recipient}")` : `match_recipient(".*@${refusedDomain}")`,
    // (a route shown that may take this address too, where both go to one place)
    widens: !(addressRouteNamed && otherAddresses.length > 1) && !environmentSibling,
    ownRouteNeeded: addressRouteNamed && ownDestination && !otherRoutesCorrected,
    ...(addressRouteNamed && !ownDestination && !otherRoutesCorrected && nameForwardHost ? { ownForward: `forward("${local}@${nameForwardHost}")` } : {}),
  };
}

/** `word` written in the case of `like` ("Off" → "On", "OFF" → "ON"). */
const sameCase = (like: string, word: string): string =>
  like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase() ? word.toUpperCase() : /^[A-Z]/.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;

/** The server's message names a failed DMARC check (`5.7.26`, "DMARC policy"). */
// (not Gmail's other 5.7.26, mail that passed neither SPF nor DKIM: its rule for every sender, no DMARC policy in it)
const dmarcNamed = (facts: Facts): boolean => /\bdmarc\b/i.test(facts.serverMessage ?? '') || (/(?<![\d.])5\.7\.26(?![\d.])/.test(facts.serverMessage ?? '') && !GMAIL_UNAUTHENTICATED.test(facts.serverMessage ?? ''));
/** Gmail's refusal of a message that passed neither SPF nor DKIM ("The sender must authenticate with at least one of SPF or DKIM"). */
// (and its newer wording: "The sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.")
const GMAIL_UNAUTHENTICATED = /\bmust authenticate with at least one of spf or dkim\b|\bthis mail is unauthenticated, which poses a security risk\b|\brequires all senders to authenticate with either spf or dkim\b|\bblocked because the sender is unauthenticated\b/i;
/** The domain Gmail's refusal names as checked ("SPF check for [mg.example.com] did not pass"), lower-case, or null. */
// ("SPF check for [d] did not pass", or the newer "SPF [d] with ip: [...] = did not pass")
const gmailCheckedDomain = (message: string): string | null => /\b(?:spf|dkim)(?: checks?(?: for)?)? \[([a-z0-9.-]{1,253}\.[a-z]{2,24})\]/i.exec(message)?.[1]?.toLowerCase() ?? null;
/**
 * A failed DMARC check of the customer's own From domain: not a message a Route sent on, nor one From a domain that is
 * neither the Mailgun domain's nor related to it (paypal.com's mail forwarded), whose DMARC policy is its owner's.
 */
/** The domain whose DMARC policy the server's message names (`Unauthenticated email from x.nl is not accepted due to domain's DMARC policy`). */
function dmarcDomainOf(facts: Facts): string | null {
  const m = DMARC_FROM_DOMAIN.exec(facts.serverMessage ?? '');
  return m?.slice(1).find(Boolean)?.toLowerCase() ?? null;
}
/** The same, as it is safe to show: the domain of someone writing in, whose DMARC failed. */
const writerDomain = (facts: Facts): string | null => safeDomain(dmarcDomainOf(facts));
function ownDmarcRefusal(facts: Facts): boolean {
  // (a Route's forward shows as routes, or as the event's `is-routed: true` flag quoted with its message)
  if (!dmarcNamed(facts) || facts.routes.length > 0 || /\bis-routed["']?[ \t]*[:=][ \t]*["']?true\b/i.test(facts.serverMessage ?? '')) return false;
  const from = dmarcDomainOf(facts);
  if (!from) return true;
  if (isMailboxProviderDomain(from)) return false;
  return facts.mailgunDomain === null || registrableDomain(from) === registrableDomain(facts.mailgunDomain.toLowerCase());
}
/** The server's message names a failed SPF check (`5.7.23`, "SPF"). */
const spfNamed = (facts: Facts): boolean => /\bspf\b|(?<![\d.])5\.7\.23(?![\d.])/i.test(facts.serverMessage ?? '');
/** A failed DMARC check of the customer's own From domain, or a failed SPF check of mail no Route sent on: the sending domain's DNS is the fix. */
/** A failed sender check, by the facts or in the refusal's own words (Outlook.com's "doesn't meet the required authentication level"). */
const senderCheckFailed = (facts: Facts): boolean => ownSenderCheckFailed(facts) || /\b(?:dmarc|spf|dkim|authentication (?:level|requirements)|unauthenticated)\b/i.test(facts.serverMessage ?? '');
const ownSenderCheckFailed = (facts: Facts): boolean => ownDmarcRefusal(facts) || (spfNamed(facts) && facts.routes.length === 0);

/** A subdomain named for another environment than production's (`staging.x.co`, `in-staging.x.mx`), whose routes serve it. */
// (within a longer label only the unmistakable words: `ar-qa.` is a locale, not a QA environment)
const ENVIRONMENT_LABEL = /^(staging|stage|stg|dev|development|test|testing|qa|uat|sandbox|preprod|pre-prod|demo)\.|^(?:[a-z0-9]{1,20}-)?(staging|sandbox|preprod|development)(?:-[a-z0-9]{1,20})?\./i;

/** The domain the paste says the Routes were moved to ("migrated all routes to the new domain orders.x.eu"), where it is not the refused address's; or null. */
function routesMovedTo(evidence: readonly Evidence[], facts: Facts): string | null {
  const excerpt = evidence.find((e) => e.rule === ROUTES_MOVED_RULE)?.excerpt;
  const said = excerpt === undefined ? undefined : rulePattern(ROUTES_MOVED_RULE).exec(excerpt)?.[0];
  const domain = said && /([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,5})$/i.exec(said)?.[1]?.toLowerCase();
  const refused = recipientDomainOf(facts)?.toLowerCase();
  return domain && refused && domain !== refused ? domain : null;
}

/** The person's words that a Route was made for the refused address itself: "the route for service@", "a route for service@x.nl". */
function routeMadeFor(evidence: readonly Evidence[], recipient: string): boolean {
  const at = recipient.lastIndexOf('@');
  // (the address whole, or its name alone, "the route for service@"; not "a route to info@gmail.com", where it forwards)
  const madeFor = new RegExp(String.raw`\broutes?[ \t]+for[ \t]+${escapeLiteral(recipient.slice(0, at))}@(?:${escapeLiteral(recipient.slice(at + 1))})?(?![\w-]|\.[\w-])`, 'i');
  return evidence.some((e) => (e.rule === ROUTES_MENTIONED_RULE || e.rule === ROUTES_DELETED_RULE) && madeFor.test(e.excerpt));
}

/** What the Routes shown say of the refused address, and whether one of them is named for a change. */
interface RouteCheck {
  paragraphs: RichText[];
  /** A route shown written for another address (a near miss) or another domain, and its expression corrected. */
  correction?: { shown: string; corrected: string; nearMiss: boolean };
  corrects: boolean;
  /** The change named is first of all a route added for the address (a shown one widened only where both go to one place). */
  adds?: boolean;
  /** The expression of the route added. */
  addExpression?: string;
  /** The paragraph offers to widen a shown route's expression instead, where both go to one place. */
  widens?: boolean;
  /** Only another address's route is shown, and the person says where this one's mail should go: a Route of its own. */
  ownRouteNeeded?: boolean;
  /** The action a route of the address's own takes, where the route shown forwards its address to the same name elsewhere. */
  ownForward?: string;
}

/** A `match_recipient` pattern's local part (as written) and its literal domain (`^order-.*@example\.com$`), or null. */
function routeParts(route: string): RouteParts | null {
  const m = /^match_recipient\("(\^?)([^"@]{1,200})@((?:[a-z0-9-]{1,63}\\{0,2}\.){1,10}[a-z]{2,24})(\$?)"\)$/i.exec(route);
  if (!m) return null;
  const dotEscape = /\\{0,2}(?=\.)/.exec(m[3]!)![0];
  return { local: `${m[1]}${m[2]}`, domain: m[3]!.replace(/\\{1,2}\./g, '.').toLowerCase(), anchored: m[4] === '$', dotEscape };
}

interface RouteParts {
  local: string;
  domain: string;
  anchored: boolean;
  /** How the route wrote its domain's dots (`\.`, `\\.` inside JSON, or bare as Mailgun's own examples do), kept in a correction. */
  dotEscape: string;
}

/** The route with its domain part set to `domain`, its dots written as the route wrote them. */
function withDomain(parts: RouteParts, domain: string): string {
  return `match_recipient("${parts.local}@${domain.replaceAll('.', `${parts.dotEscape}.`)}${parts.anchored ? '$' : ''}")`;
}

/** The same name under another ending ("hatchworks.co", "hatchworks.io"), or (when `nearMiss`) two domains a letter or two apart. */
function lookAlikeDomains(a: string, b: string, nearMiss: boolean): boolean {
  const name = (domain: string) => domain.slice(0, domain.lastIndexOf('.'));
  return name(a) === name(b) || (nearMiss && editDistance(a, b) <= 2);
}

/** Two subdomains of one parent whose first labels are a few letters apart (`replies.x.nl`, `reply.x.nl`). */
function lookAlikeSiblings(a: string, b: string): boolean {
  const [labelA, labelB] = [a.slice(0, a.indexOf('.')), b.slice(0, b.indexOf('.'))];
  const parent = a.slice(labelA.length);
  return a !== b && parent.includes('.', 1) && parent === b.slice(labelB.length) && Math.min(labelA.length, labelB.length) >= 3 && labelA.slice(0, 3) === labelB.slice(0, 3) && editDistance(labelA, labelB) <= 3;
}

/** A Route's expression as written for a person: JSON doubles the backslash of `\.`; `^` and `$` only anchor it. */
function unescapedRoute(route: string): string {
  return route.replace(/\\{1,2}\./g, '.').replace(/\("\^/, '("').replace(/\$"\)$/, '")');
}

/** The domain a Route takes every address at (`match_recipient(".*@example.com")`), or null. */
function routeDomain(route: string): string | null {
  const unescaped = unescapedRoute(route);
  return /^match_recipient\("\.[*+]@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10})"\)$/i.exec(unescaped)?.[1]?.toLowerCase() ?? null;
}

/** The one address a Route names literally (`match_recipient("billing@example.com")`), or null for a pattern. */
function routeAddress(route: string): string | null {
  const unescaped = unescapedRoute(route);
  const literal = /^match_recipient\("([^"\\*+?[\](){}|^$]{3,254})"\)$/.exec(unescaped)?.[1];
  return literal && /^[^@\s]+@[^@\s]+$/.test(literal) ? literal.toLowerCase() : null;
}

/** The hosted gateway in front of the recipient's mail that refused (Proofpoint's pphosted.com, Mimecast's inbound hosts), or null. */
function recipientGateway(facts: Facts): 'Proofpoint' | 'Mimecast' | null {
  // (Mimecast's inbound hosts only: its -outbound- ones are the sender's own gateway)
  return /\.(?:pphosted|ppe-hosted)\.com$/i.test(facts.host ?? '') ? 'Proofpoint' : /-inbound-\d+\.mimecast\.(?:com|co\.za)$|\.mimecast-offshore\.com$/i.test(facts.host ?? '') ? 'Mimecast' : null;
}
/** Where the refusing server keeps the domains it takes mail for, by the wording of its refusal: its own product's settings, else the usual ones. */
function ownDomainsSettings(facts: Facts): RichText {
  const message = facts.serverMessage ?? '';
  // (a hosted gateway in front of the recipient's mail, Proofpoint's pphosted.com or Mimecast's: its own domain list, kept by
  // whoever administers it, whatever server's wording it passes on)
  const gateway = recipientGateway(facts);
  if (gateway !== null) return rt`a ${text(gateway)} gateway's list of the domains it takes mail for, kept by their IT or their ${text(gateway)} administrator`;
  const mta = /relay not permitted/i.test(message) ? 'exim' : /unable to relay|(?<![\d.])5\.7\.54(?![\d.])/i.test(message) || /\.protection\.outlook\.com$/i.test(facts.host ?? '') ? 'exchange' : refusingMta(message);
  // (qmail's "sorry, that domain isn't in my list of allowed rcpthosts")
  if (/\brcpthosts\b/i.test(message)) return rt`qmail, whose wording this is: ${code('control/rcpthosts')}, and ${code('control/virtualdomains')} for a virtual domain`;
  return mta === 'exim'
    ? rt`Exim, whose wording this is: ${code('local_domains')} or ${code('relay_to_domains')}; on Debian and Ubuntu ${code('dc_other_hostnames')} or ${code('dc_relay_domains')}`
    : mta === 'exchange'
    ? rt`Exchange or Microsoft 365, whose wording this is: an accepted domain`
    : mta === 'postfix'
    ? rt`Postfix, whose wording this is: ${code('mydestination')}, ${code('virtual_mailbox_domains')} or ${code('relay_domains')}`
    : rt`Postfix: ${code('mydestination')}, ${code('virtual_mailbox_domains')} or ${code('relay_domains')}; Exchange or Microsoft 365: an accepted domain`;
}
/** An environment variable named for another provider, `SENDGRID_USER`, `POSTMARK_TOKEN`: group 1 the provider's name as written. */
const OLD_PROVIDER_VARIABLE = /^(SENDGRID|POSTMARK|MANDRILL|SES|SPARKPOST|SENDINBLUE|BREVO|MAILJET)_/i;
const VARIABLE_PROVIDERS: Readonly<Record<string, ProviderId>> = { sendgrid: 'sendgrid', postmark: 'postmark', mandrill: 'mandrill', ses: 'amazon-ses', sparkpost: 'sparkpost', sendinblue: 'brevo', brevo: 'brevo', mailjet: 'mailjet' };
/** Routes named in a paste's words (a tidied account names none). */
const ROUTES_NAMED = /rout|ruta|rota|catch_all|маршрут|ルート/i;
/** .NET's mailSettings element that holds the SMTP host and login: `<network host="smtp.mailgun.org" ...>`. */
const DOTNET_NETWORK_ELEMENT = /<network\b[^>\n]{0,200}\bhost[ \t]*=/i;
const ADDRESS_RENAMED_RULE = ruleName('address-renamed-said');
// (or with an arrow, "renamed their support inbox last week (support@ -> help@)")
const RENAMED_ADDRESS = /\b(?:renamed|changed|switched|moved)[ \t]+(?:the[ \t]+(?:address[ \t]+)?)?([\w.+-]{1,64})@\S{0,200}?[ \t]+(?:address[ \t]+)?(?:to|into|over[ \t]+to)[ \t]+([\w.+-]{1,64})@|\brenam(?:ed|ing)\b[^\n]{0,80}?([\w.+-]{1,64})@[\w.-]{0,200}[ \t]*(?:->|→|=>)[ \t]*([\w.+-]{1,64})@/i;
/** The old name of the refused address, where the paste says it was renamed to it ("renamed support@ to help@"), or null. */
function renamedAddressFrom(evidence: readonly Evidence[], recipient: string): string | null {
  const renamed = RENAMED_ADDRESS.exec(evidence.find((e) => e.rule === ADDRESS_RENAMED_RULE)?.excerpt ?? '');
  const local = recipient.slice(0, recipient.lastIndexOf('@')).toLowerCase();
  const [from, to] = renamed ? [renamed[1] ?? renamed[3], renamed[2] ?? renamed[4]] : [];
  return from && to && to.toLowerCase() === local && from.toLowerCase() !== local ? from.toLowerCase() : null;
}

/**
 * Two names alike but for one whole part that is another word: "leads-west" and "leads-east", "team.north" and "team.south",
 * "sales-us" and "sales-uk" (sibling mailboxes, not a typo: a typo keeps a part's first letter or its length).
 */
function siblingNames(local: string, other: string): boolean {
  const [parts, otherParts] = [local.toLowerCase().split(/[-._]/), other.toLowerCase().split(/[-._]/)];
  if (parts.length < 2 || parts.length !== otherParts.length) return false;
  const differing = parts.flatMap((part, index) => (part !== otherParts[index] ? [[part, otherParts[index]!] as const] : []));
  if (differing.length !== 1) return false;
  const [part, otherPart] = differing[0]!;
  // (or two countries' or regions' codes, "sales-us" and "sales-uk")
  return (part.length >= 3 && otherPart.length >= 3 && part[0] !== otherPart[0]) || (REGION_CODES.has(part) && REGION_CODES.has(otherPart));
}
const REGION_CODES: ReadonlySet<string> = new Set(['us', 'uk', 'gb', 'eu', 'de', 'fr', 'es', 'it', 'nl', 'be', 'at', 'ch', 'se', 'no', 'dk', 'fi', 'pl', 'pt', 'ie', 'au', 'nz', 'ca', 'mx', 'br', 'jp', 'in', 'sg', 'na', 'emea', 'apac', 'latam']);
/**
 * Two addresses a letter or two apart: at the same domain, local parts that differ by one or two letters
 * ("rechnung@" and "rechnungen@"); or the same local part at domains that do ("contabilidadriuz.es" for
 * "contabilidadruiz.es").
 */
function isNearMiss(address: string, recipient: string): boolean {
  const [local, domain] = [address.slice(0, address.lastIndexOf('@')), address.slice(address.lastIndexOf('@') + 1)];
  const [refusedLocal, refusedDomain] = [recipient.slice(0, recipient.lastIndexOf('@')), recipient.slice(recipient.lastIndexOf('@') + 1)];
  // (one letter in a short name: "hr@" and "it@" are two different mailboxes, not a typo)
  const allowed = Math.min(local.length, refusedLocal.length) >= 6 ? 2 : 1;
  if (domain === refusedDomain) return local !== refusedLocal && editDistance(local, refusedLocal) <= allowed && !siblingNames(local, refusedLocal);
  // (a long domain only: "ab.io" and "ac.io" are two companies)
  return local === refusedLocal && Math.min(domain.length, refusedDomain.length) >= 8 && editDistance(domain, refusedDomain) <= 2;
}

/** One paragraph naming the recipient (and its domain) and the server found in the paste, if any. */
function foundLine(facts: Facts, hostLabel: string): RichText[] {
  const host = refusingHost(facts);
  const domain = recipientDomainOf(facts);
  const parts: RichText[] = [];
  // (and the other addresses at its domain refused alike: each one needs the fix)
  const others = facts.refusedAtDomain - 1;
  if (facts.recipient) {
    parts.push(
      domain && others > 0
        ? rt`recipient ${quoteAddress(facts.recipient)} and ${text(String(others))} more at ${quoteAddress(domain)} refused the same way`
        : domain
        ? rt`recipient ${quoteAddress(facts.recipient)} (domain ${quoteAddress(domain)})`
        : rt`recipient ${quoteAddress(facts.recipient)}`,
    );
  }
  if (host) parts.push(rt`${text(hostLabel)} ${quoteAddress(host)}`);
  return parts.length ? [rt`Found in the paste: ${join(parts, '; ')}.`] : [];
}

/** The variable a PHPMailer setting is made on (`$phpmailer->SMTPAuth = false`). */
const PHP_MAILER_VARIABLE = /(\$[A-Za-z_]\w{0,40})->(?:SMTPAuth|isSMTP|Host|Username|Password|SMTPSecure)\b/;

function mailgunOutgoing({ facts, evidence }: Diagnosis): Content {
  if (facts.hostRole === 'mailgun-smtp' && facts.authAttempted === true && loginOfAnotherDomain(facts)) return outgoingAsAnotherDomain(facts);
  // (WordPress reaches the API through its SMTP plugin's own Mailgun mailer, which its fix names: no POST URL)
  // (not a person's mail program, Outlook's or Thunderbird's account: it sends over SMTP only)
  const apiPossible = facts.source !== 'mail-client' && (facts.client === null || (!SMTP_ONLY_CLIENTS.has(facts.client) && facts.client !== 'wordpress'));
  const region = regionOrDefault(facts.region);
  const host = SMTP_HOST[region];
  const domain = safeDomain(facts.mailgunDomain);
  // (the paste's own login when it is one of the domain's: a snippet with postmaster@ would pair it with another's password)
  const shownLogin = facts.smtpLogin !== null && facts.mailgunDomain !== null && facts.smtpLogin.endsWith(`@${facts.mailgunDomain.toLowerCase()}`) ? facts.smtpLogin : null;
  // (or the login of the commented-out login lines, `# gitlab_rails['smtp_user_name'] = "gitlab@mg.x.it"`: the one to put back)
  const commentedOut = /[\w.+-]{1,64}@[\w.-]{1,253}/.exec(evidence.find((e) => e.rule === COMMENTED_LOGIN_RULE)?.excerpt ?? '')?.[0]?.toLowerCase();
  const login = shownLogin ?? (commentedOut && facts.mailgunDomain !== null && commentedOut.endsWith(`@${facts.mailgunDomain.toLowerCase()}`) ? commentedOut : smtpLogin(facts.mailgunDomain));
  // The paste's own STARTTLS port, such as 2525 where a network blocks 587 (465 takes other TLS settings).
  const keptPort = facts.smtpPort === 2525 ? facts.smtpPort : null;
  // (the paste's host and STARTTLS port are right, with encryption on: the steps keep them, and so does the snippet)
  const shownPortKept = facts.host === host && (facts.smtpPort === 25 || facts.smtpPort === 587) && !plainPort25(facts, evidence);
  const saslWarning = saslMapWarning(evidence);
  const saslMapMissing = saslWarning?.excerpt;
  // Sendmail's log that its login map was never built; Nextcloud's login without mail_smtpauth: the cause, named.
  const authinfoMapMissing = facts.client === 'sendmail' || facts.client === null ? evidence.find((e) => e.rule === AUTHINFO_MAP_MISSING_RULE)?.excerpt : undefined;
  const nextcloudAuthUnset = evidence.some((e) => e.rule === NEXTCLOUD_AUTH_UNSET_RULE);
  const saslMapPath = saslWarning?.path ?? DEFAULT_SASL_MAP;
  const saslMapArgument = saslWarning?.argument ?? saslMapPath;
  // System.Net.Mail speaks STARTTLS only: port 465 (implicit TLS) fails with it.
  const noImplicitTls = facts.client === 'dotnet-smtpclient' || facts.client === 'powershell';
  // (mail servers set in their own settings, whose snippets and Fix lines show STARTTLS on 587: 465 is steered there too,
  // rather than kept with a TLS setting each names its own way; IIS's SMTP service cannot do 465 at all)
  const steeredToStartTls = facts.client !== null && (CONSOLE_MAIL_SERVERS.has(facts.client) || facts.client === 'opensmtpd' || facts.client === 'm365-connector');
  // The paste's own port 465 with implicit TLS (nodemailer's `secure: true`, Rails' `tls: true`): it works with Mailgun too, so it stays.
  const implicitTls = facts.smtpPort === 465 && !noImplicitTls && !steeredToStartTls;
  // (the paste's own variables: a snippet with other names would read unset ones)
  const variableOf = (expression: string | null, role: RegExp) => {
    const name = expression ? envVariableName(expression) : null;
    return name && /^[A-Za-z_][A-Za-z0-9_]{0,60}$/.test(name) && role.test(name) ? name : null;
  };
  // (or those of the login line the paste shows commented out, `// auth := smtp.PlainAuth("", os.Getenv("MG_SMTP_USER"), ...)`:
  // the one the Fix says to put back)
  const commentedReads = [...(evidence.find((e) => e.rule === COMMENTED_LOGIN_RULE)?.excerpt ?? '').matchAll(ENV_READ_IN_CODE)].map((m) => (m[1] ?? m[2])!);
  const commentedVariable = (role: RegExp) => commentedReads.map((name) => variableOf(name, role)).find((name) => name !== null) ?? null;
  // (or the variables the paste names in words, "SMTP_USER / SMTP_PASS env vars", where the code shown reads none)
  const named = facts.loginFromEnv === null && facts.passwordFromEnv === null ? new RegExp(LOGIN_VARIABLES_NAMED, 'i').exec(evidence.find((e) => e.rule === LOGIN_VARIABLES_NAMED_RULE)?.excerpt ?? '') : null;
  const passwordVariable = variableOf(facts.passwordFromEnv, PASSWORD_SETTING) ?? variableOf(facts.loginFromEnv, PASSWORD_SETTING) ?? commentedVariable(PASSWORD_SETTING) ?? variableOf(named?.[2] ?? null, PASSWORD_SETTING);
  const loginVariable = variableOf(facts.loginFromEnv, LOGIN_SETTING) ?? commentedVariable(LOGIN_SETTING) ?? variableOf(named?.[1] ?? null, LOGIN_SETTING);
  // (a mail server a hosting panel manages, cPanel's Exim or Plesk's Postfix: its panel's smarthost settings, not the
  // Debian files, which the panel does not read or rewrites)
  const panel = facts.client === 'exim' && evidence.some((e) => e.rule === CPANEL_RULE) ? 'cpanel' : facts.client === 'postfix' && evidence.some((e) => e.rule === PLESK_RULE) ? 'plesk' : null;
  const ownFrom = [facts.envelopeSender, facts.fromSetting].find((address) => domain && address?.toLowerCase().endsWith(`@${domain.toLowerCase()}`));
  // (.NET's settings shown as web.config's `<network ...>` element: that element is the fix, with no code to change)
  const dotnetConfigFile = facts.client === 'dotnet-smtpclient' && evidence.some((e) => DOTNET_NETWORK_ELEMENT.test(e.excerpt));
  const snippet = clientSnippet(panel ? null : facts.client, {
    host,
    // (Postfix looks its sasl_passwd entry up by the relayhost exactly as written: the paste's 465 stays in both)
    // (or the paste's own port where the steps say to keep it: a STARTTLS port on the right host)
    port: keptPort ?? (facts.smtpPort === 465 && facts.client === 'postfix' ? 465 : shownPortKept ? facts.smtpPort! : RECOMMENDED_PORT),
    login,
    domain: domain ?? 'YOUR_DOMAIN',
    // (the paste's own From address at the domain, `MAIL FROM:<nas@mg.x.fr>` or a From setting, not a made-up one)
    ...(ownFrom ? { from: ownFrom } : {}),
    ...(facts.recipient ? { recipient: facts.recipient } : {}),
    ...(facts.sendConnector ? { connector: facts.sendConnector } : {}),
    // (PHPMailer's object by the paste's own name: WordPress's phpmailer_init hook calls it `$phpmailer`)
    phpVariable: evidence.map((e) => PHP_MAILER_VARIABLE.exec(e.excerpt)?.[1]).find((name) => name !== undefined) ?? '$mail',
    // (in Kubernetes, the map mounted read-only from a Secret: texthash:, as the Fix line says)
    ...(saslWarning?.type ? { saslMap: { type: saslWarning.texthash ? 'texthash' : saslWarning.type, path: saslWarning.path } } : {}),
    ...(passwordVariable ? { passwordVariable } : {}),
    ...(loginVariable ? { loginVariable } : {}),
    // (an entry keyed by the host's name that Debian's exim4 did not find: the snippet shows the wildcard key the Fix gives)
    ...(evidence.some((e) => e.rule === PASSWD_EXACT_RULE) ? { passwdClientKey: '*.mailgun.org' } : {}),
    implicitTls,
    dotnetConfigFile,
  });
  // An unknown region is shown as US, with the EU host next to it.
  const euNote: RichText = facts.region === null ? rt` (${code(SMTP_HOST.eu)} for a domain in the EU region)` : [];
  // A login that was tried and refused (a 535 before the relay refusal) needs new credentials, not a switch.
  // (only when the paste shows the 535: a login command alone does not say how it was answered)
  // The configuration's login lines commented out (`#AuthUser=...`): uncommenting them is the fix.
  const commentedLogin = evidence.find((e) => e.rule === COMMENTED_LOGIN_RULE)?.excerpt.trim();
  // A login sent before STARTTLS, which the server forgot when TLS started: the order is the fix.
  const loginBeforeStartTls = evidence.some((e) => e.rule === LOGIN_BEFORE_STARTTLS_RULE);
  const loginRefused = !loginBeforeStartTls && facts.authAttempted === true && [facts.serverMessage ?? '', ...evidence.map((e) => e.excerpt)].some((words) => /(?<!\d)535(?!\d)/.test(words));
  // An app pointed at an inbound MX host (mxa.mailgun.org) was refused by that host, not by the SMTP server.
  const refuser = facts.hostRole === 'mailgun-mx' ? "Mailgun's inbound MX host" : "Mailgun's SMTP server";
  // The refused recipient is at the sending domain itself (mg.example.com sending to example.com): people expect their own domain to pass.
  const recipientDomain = facts.recipientDomain;
  // (or a sibling subdomain of the same domain: mg.example.com sending to in.example.com)
  // (never a public suffix's two labels: acme.co.uk and yahoo.co.uk share only co.uk)
  const parentOf = (domain: string) => {
    const parent = domain.split('.').length >= 3 ? domain.slice(domain.indexOf('.') + 1) : domain;
    return /^(?:co|com|org|net|ac|gov|gouv|gob|govt|edu|ne|or|gv|ltd|plc|me|sch|nic|mil)\.[a-z]{2}$/.test(parent) ? domain : parent;
  };
  const ownDomain =
    recipientDomain !== null &&
    facts.mailgunDomain !== null &&
    (facts.mailgunDomain === recipientDomain || facts.mailgunDomain.endsWith(`.${recipientDomain}`) || parentOf(facts.mailgunDomain) === parentOf(recipientDomain));
  // (a mail server relaying to Mailgun is no application: "the mail server named an outside recipient")
  // (and a printer's scan-to-email is the device's)
    // (a session typed by hand, `openssl s_client` or telnet: the person's own client, no application)
  const sender = facts.client !== null && (RELAYING_SERVERS.has(facts.client) || facts.client === 'm365-connector') ? 'the mail server' : facts.client === 'printer' ? 'the device' : facts.client === 'mail-program' ? 'the mail program' : facts.client === null && facts.source === 'smtp-transcript' ? 'the client' : 'the application';
  const summary: RichText[] = [
    // (an application pointed at the inbound MX: the MX passes nothing on, logged in or not)
    facts.hostRole === 'mailgun-mx'
      ? rt`${text(refuser)} refused to pass the message on: the application sends through Mailgun's inbound MX, which accepts only mail for addresses the account's Routes match, and does not relay mail a client hands it for other recipients.`
      : loginBeforeStartTls
      ? rt`${text(refuser)} refused to pass the message on because the session was not logged in when it named the recipient (${code('RCPT TO')}). The application did log in, but before ${code('STARTTLS')}: starting TLS begins the session anew and the server forgets everything before it, the login too (RFC 3207). Mailgun relays mail only for sessions that authenticate with the domain's SMTP credentials.`
      // (refused in the very session: both, one after the other)
      : loginRefused && evidence.some((e) => e.rule === LOGIN_REFUSED_THEN_RELAY_RULE)
      ? rt`Two refusals, one after the other, in one session: ${text(refuser)} refused the login (${code('535')}: its user name or password is wrong), ${text(sender)} went on without it, and so the recipient was refused as relaying. Fix the login and both go away${text(sender === 'the client' ? '.' : `; and have ${sender} stop when its login fails rather than send without one.`)}`
      : loginRefused
      ? rt`${text(refuser)} refused to pass the message on because the session was not logged in. The paste also shows a login the server refused (a ${code('535')}): if it is this sender's, ${text(sender)} went on to name an outside recipient (${code('RCPT TO')}) after its login was refused, or the login was taken out after that refusal; if it is another program's or another environment's, that one's user name or password is wrong, a separate fix. Mailgun relays mail only for sessions that authenticate with the domain's SMTP credentials.`
      : ownDomain
        ? rt`${text(refuser)} refused to pass the message on because the session had not logged in: ${text(sender)} named a recipient (${code('RCPT TO')}) before authenticating. That the recipient is at your own domain does not matter: Mailgun's SMTP host sends mail on for every recipient, your own domain's too, and does so only for sessions that authenticate with the domain's SMTP credentials.`
        : rt`${text(refuser)} refused to pass the message on because the session had not logged in: ${text(sender)} named an outside recipient (${code('RCPT TO')}) before authenticating. Mailgun relays mail only for sessions that authenticate with the domain's SMTP credentials.`,
  ];
  const seen: RichText[] = [];
  const gap = facts.hostRole !== 'mailgun-mx' ? deploymentGapOf(evidence) : null;
  const oneBranch = oneBranchLogin(evidence);
  // (a login under an `if` of its own on another thing: `server.login(SES_USER, SES_PASS) · if PROVEEDOR == "ses":`)
  const conditioned = codeFeatureParts(evidence, LOGIN_UNDER_CONDITION_RULE);
  const switchMismatch = /^(\S+) · "([^"]+)"$/.exec(evidence.find((e) => e.rule === SWITCH_CASE_RULE)?.excerpt ?? '');
  if (facts.hostRole === 'mailgun-mx' && facts.host) {
    seen.push(rt`The paste names ${code(facts.host)}, one of Mailgun's inbound MX hosts (the ones the DNS settings list for receiving): applications send through ${code(host)}, never through an MX host.`);
  }
  if (facts.region === 'eu' && facts.host === SMTP_HOST.us) {
    seen.push(rt`The paste shows the US host ${code(SMTP_HOST.us)}, but the domain is in Mailgun's EU region: EU domains send through ${code(SMTP_HOST.eu)}.`);
  }
  const saslKey = evidence.find((e) => e.rule === SASL_KEY_RULE)?.excerpt;
  const saslRelayhost = saslKey ? /relayhost = (\S+)/.exec(saslKey)?.[1] : undefined;
  // (the relay a per-sender map gives Mailgun's sender, the file holding only another relay's line; or the relayhost itself, Mailgun's,
  // beside a file whose only key is another provider's relay, `[smtp.sendgrid.net]:587 apikey:SG...` left from before a move: that
  // line's login is the other provider's, so a line of Mailgun's own is added, not the key changed)
  const perSenderRelay = saslKey ? /^sender relay = (\S+)/.exec(saslKey)?.[1] : undefined;
  const otherProviderKey = saslKey !== undefined && MAILGUN_HOST_NAME.test(bareHost(saslRelayhost) ?? '') && !MAILGUN_HOST_NAME.test(saslKeyHost(saslKey) ?? 'mailgun.org');
  const senderRelay = perSenderRelay ?? (otherProviderKey ? saslRelayhost : undefined);
  // (not when the key names the other region's host: the host changes too, and the Fix below says how)
  const keyForRelayhost = saslKey && (facts.region === null || saslKeyHost(saslKey) === SMTP_HOST[facts.region]) ? bracketedKey(saslKey) : null;
  const eximTlsAvoided = evidence.find((e) => e.rule === EXIM_TLS_AVOIDED_RULE)?.excerpt.trim();
  const passwdClient = evidence.find((e) => e.rule === PASSWD_CLIENT_RULE)?.excerpt;
  const passwdHosts = passwdClient ? passwdClientHosts(passwdClient) : null;
  // (the sender's own gateway whose route relays to Mailgun: Mimecast, Proofpoint, ...)
  const gatewayProduct = gatewayRouteProduct(evidence);
  const passwdExact = evidence.find((e) => e.rule === PASSWD_EXACT_RULE)?.excerpt;
  if (authinfoMapMissing) {
    seen.push(rt`Sendmail's log says its login map was never built: ${quote(authinfoMapMissing, EXCERPT_MAX)}. The text file /etc/mail/authinfo may be right, but Sendmail reads only the ${code('.db')} that ${code('makemap')} builds from it (a rebuilt machine often lacks it), so it sends no login.`);
  } else if (nextcloudAuthUnset) {
    seen.push(rt`Nextcloud's ${code('config.php')} sets ${code('mail_smtpname')} and ${code('mail_smtppassword')} but not ${code("'mail_smtpauth' => true")}: without it Nextcloud never logs in, whatever login it holds.`);
  } else if (saslMapMissing) {
    // (Postfix defers mail while the map cannot be read, "local data error"; a relay refusal beside the warning came when it was readable but held no login for this relayhost)
    // (in Kubernetes, a map mounted from a Secret is read-only: postmap cannot write its database beside it)
    seen.push(rt`The paste shows Postfix's password map missing or unreadable: ${quote(saslMapMissing, EXCERPT_MAX)}. ${saslWarning?.texthash
      ? rt`In a container, a map mounted from a Secret is read-only, so ${code('postmap')} cannot write the database file Postfix reads beside it: name the map ${code('texthash:')} (read as plain text, no ${code('postmap')} needed), or run ${code('postmap')} into a writable volume (an init container and an emptyDir).`
      : rt`A reinstall or an upgrade often leaves the text file without the ${code('.db')} file ${code('postmap')} makes from it, or without both.`} While the map cannot be read, Postfix holds the mail back (its log shows such mail as ${code('status=deferred')} with a "local data error"); a relay refusal beside that warning means the map it read had no login for this relayhost.`);
  } else if (saslKey) {
    seen.push(senderRelay
      ? rt`Postfix looks the login up in sasl_passwd by the relay exactly as ${text(perSenderRelay ? 'its per-sender map writes it' : 'relayhost names it')} (${code(senderRelay)}), and the file holds no line for it, only another relay's (${code(/sasl_passwd: (\S+)/.exec(saslKey)?.[1] ?? saslKey)}). So Postfix finds no login for Mailgun and sends none.`
      : rt`Postfix looks the login up in sasl_passwd by the relayhost value exactly as written, and the two differ: ${quote(saslKey, EXCERPT_MAX)}. So Postfix finds no login and sends none.`);
  } else if (passwdClient) {
    // (the two names in words: the evidence joins them, a line the paste does not hold)
    const { smarthost, entry, file } = passwdHosts!;
    seen.push(rt`Exim looks the login up in ${text(file)} by the smarthost's name, ${code(smarthost)}, and no entry names it${entry ? rt` (the entry is for ${code(entry)})` : []}. So Exim finds no login and sends none, whatever the password.`);
  } else if (passwdExact) {
    seen.push(rt`passwd.client has an entry for the smarthost by the name it is set as (${quote(passwdExact, EXCERPT_MAX)}), but Debian's exim4 looks the entry up by the name DNS gives the address it connects to (exim4_passwd_client(5)), and Mailgun's SMTP host may answer to another name there (${code('host')} on its address shows which): then the entry is not found, and Exim sends no login.`);
  } else if (facts.client === 'exim' && evidence.some((e) => e.rule === EXIM_TRY_AUTH_MISSING_RULE)) {
    seen.push(rt`The transport that delivers to the smarthost has no ${code('hosts_try_auth')} (or ${code('hosts_require_auth')}): Exim offers its authenticator's login only to the hosts those name, so it sent none, whatever the authenticator's ${code('client_send')} holds.`);
  } else if (conditioned !== null && facts.authAttempted !== true) {
    seen.push(rt`The code logs in only under ${code(conditioned.header)} (${code(conditioned.login)}): for this session that condition was false, so it went on without a login, with no error.`);
  } else if (oneBranch !== null) {
    seen.push(rt`The code logs in on one branch of its ${code('if')}/${code('else')} only: ${code(oneBranch.login)} runs in one, and the other (${code(oneBranch.without)}) opens the connection but never calls ${code('login()')}. Whenever that branch runs (on the port that takes it), the session sends no login, however right the credentials are.`);
  } else if (gap !== null && facts.authAttempted !== true) {
    // (the platform's settings never reached the program: why its login is empty, in that platform's terms)
    // (nodemailer given an auth object whatever the variables hold fails on empty ones with EAUTH first: said, with its check)
    seen.push(facts.client === 'nodemailer' && evidence.some((e) => e.rule === NODEMAILER_AUTH_ALWAYS_SET_RULE)
      ? rt`${gapExplained(gap)} (The configuration shown always passes ${code('auth')}, though: with empty values nodemailer stops with ${code('EAUTH')} "Missing credentials" before sending anything, so if that is the code deployed there, another transport sent this mail; ${code('logger: true, debug: true')} in its options shows which.)`
      : gapExplained(gap));
  } else if (facts.authAttempted === false) {
    // No AUTH in a transcript, authentication switched off, a transport without credentials: quote the line that shows it.
    const shown = evidence.find((e) => e.rule === NO_LOGIN_RULE)?.excerpt.trim();
    // (a session's MAIL FROM is where it went on without one)
    seen.push(
      shown && /\bmail from\b/i.test(shown)
        ? rt`The session in the paste goes on to ${code('MAIL FROM')} without logging in first (no ${code('AUTH')}): ${quote(shown, EXCERPT_MAX)}.`
        : shown && CREDENTIALS_UNDONE.test(shown)
          ? rt`The paste sets ${code('UseDefaultCredentials = false')} after ${code('Credentials')}: in .NET's SmtpClient that setting replaces the credentials with none, so no SMTP login is sent.`
        : shown && /usedefaultcredentials/i.test(shown)
          ? rt`The paste sets ${code('UseDefaultCredentials = true')}: .NET then uses the process account's own Windows credentials in place of any ${code('Credentials')} set before it, and those work only with NTLM or Kerberos, which Mailgun does not offer, so no SMTP login is sent.${text(/proxy/i.test(shown) ? " Nor does the setting help with a proxy: SmtpClient never goes through an HTTP proxy, so the line can go." : '')}`
        : shown && JAKARTA_NO_AUTH_LINE.test(shown)
          ? rt`Jakarta Mail's debug output says ${code('useAuth false')}: the session's properties do not set ${code('mail.smtp.auth')} to ${code('true')}, so Jakarta Mail never asks the Authenticator for the login and sends none, whatever login and password it holds.`
        : shown && SMTPS_AUTH_LINE.test(shown)
          ? rt`The session's properties switch the login on with ${code('mail.smtps.auth')} (${quote(shown, EXCERPT_MAX)}), but the session uses the ${code('smtp')} protocol, which reads only ${code('mail.smtp.auth')}: that one is not set, so Jakarta Mail never asks the Authenticator for the login and sends none, whatever the password's variable holds.`
        : shown && misnamedAuth(shown)
          ? rt`The nodemailer transport in the paste puts its login under ${code('authentication')}, but nodemailer reads it only from ${code('auth')}: it ignores the other name, so the session sends no login.`
        : shown && SASL_ENABLE_COMMENTED.test(shown)
          ? evidence.some((e) => e.rule === SASL_MAP_COMMENTED_RULE)
            ? rt`${code('smtp_sasl_auth_enable')} is commented out in main.cf (${quote(shown, EXCERPT_MAX)}), which leaves the login off (its default), and so is the password map's line (${code('smtp_sasl_password_maps')}): Postfix sends no login, and with the first line alone it would have no password to send.`
            : rt`${code('smtp_sasl_auth_enable')} is commented out in main.cf (${quote(shown, EXCERPT_MAX)}), and it is off by default: Postfix never reads sasl_passwd and sends no login, however right that file is.`
        : shown && /^smtp_sasl_password_maps\b/.test(shown)
          ? rt`The Postfix settings shown have a SASL password map (${quote(shown, EXCERPT_MAX)}) but no ${code('smtp_sasl_auth_enable = yes')}, which is off by default: Postfix never logs in, whatever the map holds.`
        : shown && /defaultcredentials\s*=\s*["']true/i.test(shown)
          ? rt`The configuration's ${code('<network defaultCredentials="true">')} makes .NET offer the Windows account's own credentials, which Mailgun cannot use, so no SMTP login is sent: set ${code('defaultCredentials="false"')} with the domain's SMTP login in ${code('userName')} and ${code('password')}.`
        // (Spring hands spring.mail.username and spring.mail.password to Jakarta Mail's connect(), which logs in with a user
        // and password it is given whatever mail.smtp.auth says: with auth off, a session without a login had neither)
        // (and properties shown with no login at all: the two lines are missing, not empty somewhere)
        : shown && AUTH_SWITCHED_OFF.test(shown) && !LOG_ENTRY_LINE.test(shown) && /^spring\.mail\./i.test(shown) && facts.smtpLogin === null && facts.loginFromEnv === null && facts.passwordFromEnv === null
          ? rt`The paste switches authentication off (${quote(shown.replace(/[ \t]*[,;]$/, ''), EXCERPT_MAX)}), and the properties shown have no ${code('spring.mail.username')} or ${code('spring.mail.password')}: the session had no login to send. Add both, with the domain's SMTP login and password, and switch authentication back on, so that a missing login fails loudly.`
        : shown && AUTH_SWITCHED_OFF.test(shown) && !LOG_ENTRY_LINE.test(shown) && /^spring\.mail\./i.test(shown)
          ? rt`The paste switches authentication off: ${quote(shown.replace(/[ \t]*[,;]$/, ''), EXCERPT_MAX)}. Spring still passes ${code('spring.mail.username')} and ${code('spring.mail.password')} to Jakarta Mail when it connects, and Jakarta Mail logs in with a user name and password it is given even so: a session with no login means one of them is most likely empty where the application runs (check the values that release runs with). Switch authentication back on, so that a missing login fails loudly, and set both.`
        : shown && AUTH_SWITCHED_OFF.test(shown) && !LOG_ENTRY_LINE.test(shown)
          ? rt`The paste switches authentication off: ${quote(shown.replace(/[ \t]*[,;]$/, ''), EXCERPT_MAX)}. The client then sends no login, whatever user name and password are set.`
        // (the login setting an empty text, `EMAIL_HOST_USER = ""`: Django, Laravel (Symfony Mailer) and most clients send no login then)
        // (MailKit logs in only when the code calls Authenticate: an app that reads its login from settings calls it when they are set)
        : shown && emptyLoginIn(shown, facts) && facts.client === 'mailkit'
          ? rt`The login setting is empty: ${quote(shown, EXCERPT_MAX)}. MailKit logs in only when the code calls ${code('Authenticate')}, and code that takes its login from settings like these most often calls it only when they are set, so it sent no login, however right the password is: set it to the domain's full SMTP login (such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}), and the password beside it to that login's SMTP password.`
        : shown && emptyLoginIn(shown, facts)
          ? rt`The login setting is empty: ${quote(shown, EXCERPT_MAX)}. With the user name empty, the client sends no login at all, however right the password is: set it to the domain's full SMTP login (such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}).`
        : shown
          ? rt`The paste shows no login: ${quote(shown, EXCERPT_MAX)}.`
          : rt`The paste shows no login: no ${code('AUTH')} command and no SMTP credentials in use.`,
    );
  }
  // .NET's UseDefaultCredentials = true, or Postfix's SASL map without smtp_sasl_auth_enable: the line the paste shows as the missing login.
  const noLoginLine = facts.authAttempted === false ? evidence.find((e) => e.rule === NO_LOGIN_RULE)?.excerpt ?? '' : '';
  // (a program's own log entry that reports `auth=false` shows no login was sent; it is no setting to switch)
  const switchLine = LOG_ENTRY_LINE.test(noLoginLine) ? '' : noLoginLine;
  // (msmtp's own user line in the account that has `auth off`: it stays when auth is turned on)
  const msmtpUser = evidence.find((e) => e.rule === MSMTP_USER_LINE_RULE)?.excerpt;
  // A deployment's login variable set to nothing (`SMTP_USER=`, `MAIL_USERNAME=""`): its name.
  const emptyVariable = /^[ \t]*(?:export[ \t]+)?([A-Z][A-Z0-9_]{1,60})[ \t]*=[ \t]*(?:""|'')?[ \t]*$/.exec(noLoginLine)?.[1] ?? null;
  const defaultCredentials = /usedefaultcredentials/i.test(noLoginLine);
  const credentialsUndone = CREDENTIALS_UNDONE.test(noLoginLine);
  const saslDisabled = /^smtp_sasl_password_maps\b/.test(noLoginLine);
  // (and a relayhost without brackets: the map's key must be written the same way, not the usual bracketed one)
  const bareRelayhost = saslDisabled ? BARE_RELAYHOST.exec(evidence.find((e) => e.rule === RELAYHOST_UNBRACKETED_RULE)?.excerpt ?? '') : null;
  // A login read from the environment that the session did not send: the variable is empty where the app runs.
  // (not when the login sits under a key nodemailer ignores: the variables do not matter then)
  // (nor when authentication is switched off: the login is not sent whatever the variables hold)
  // (a login variable with a default, `os.environ.get("MG_SMTP_USER", "reports@mg.x")`, is never empty: the password's is the one)
  // A setting that switches authentication off, written back on (not `none`, whose "on" value depends on the client).
  const switchedOff = AUTH_SWITCHED_OFF.exec(switchLine);
  // (PHPMailer's `$mail->` before it stays: the line to write is the paste's own)
  // (and a settings screen's own label whole, "SMTP Authentication: Off", not "Authentication: Off")
  const labelStart = switchedOff ? (/(?:^|[ \t])((?:smtp|e-?mail|mail|server)[ \t]+)$/i.exec(switchLine.slice(Math.max(0, switchedOff.index - 12), switchedOff.index))?.[1] ?? '') : '';
  // (and a JSON key's opening quote, `"UseSMTPAuth": false`)
  const offSetting = switchedOff ? `${noLoginLine.slice(Math.max(0, switchedOff.index - 7), switchedOff.index) === '$mail->' ? '$mail->' : /["']$/.test(switchLine.slice(0, switchedOff.index)) && !labelStart ? switchLine[switchedOff.index - 1] : ''}${labelStart}${switchedOff[0].trim()}` : null;
  // (nor a quoted JSON value, cut at its quote, nor a device's protocol or method list, whose values are names, not on/off)
  // (a JSON flag's name in quotes is fine, `"UseSMTPAuth": false`)
  const switchedOn = offSetting && !/none$/i.test(offSetting) && !/["'](?:false|off|no|0)$|protocol|method|mode/i.test(offSetting)
    ? offSetting.replace(/(false|off|no|0)$/i, (value) => sameCase(value, { false: 'true', off: 'on', no: 'yes', '0': '1' }[value.toLowerCase() as 'false' | 'off' | 'no' | '0']))
    : null;
  // An ASP.NET configuration key for the login set from outside (`Smtp__UserName`), as the paste writes it.
  // (only where the paste shows that user name empty, `"UserName": ""`: a set one, or a key the code does not read, is no fix)
  const aspnetLogin = (facts.client === 'mailkit' || facts.client === 'dotnet-smtpclient') && /\buser ?name["']?[ \t]*[:=][ \t]*(?:""|''|null\b)/i.test(noLoginLine) ? /\b[A-Za-z][A-Za-z0-9]{1,40}__(?:UserName|Username|User|Login)\b/i.exec(evidence.find((e) => e.rule === ASPNET_LOGIN_RULE)?.excerpt ?? '')?.[0] : undefined;
  // A settings screen's authentication box left unticked (`Authentifizierung erforderlich: [ ]`): its label.
  const untickedBox = (/([^\n:|]{3,60}?)[ \t]*:?[ \t]*(?:☐|□|\[ \]|\( \))/.exec(noLoginLine) ?? /^[ \t*-]*([^\n:|]{3,60}?)[ \t]*:[ \t]*(?:nie[ \t]+zaznaczon|niezaznaczon|odznaczon|unticked|unchecked|not (?:ticked|checked))/i.exec(noLoginLine))?.[1]?.trim() ?? null;
  // Code that logs in only when its login setting is set: that setting is empty where it runs (renamed, perhaps).
  // (not beside a setting that switches the login off, which the reply names already)
  const loginWhenSetShown = !loginRefused && facts.authAttempted !== true && !AUTH_SWITCHED_OFF.test(switchLine) && !saslKey && !passwdClient && !defaultCredentials && !saslDisabled && !misnamedAuth(noLoginLine)
    ? evidence.find((e) => e.rule === LOGIN_ONLY_WHEN_SET_RULE)?.excerpt.trim()
    : undefined;
  const codeReadsVariables = loginWhenSetShown !== undefined && facts.passwordFromEnv !== null;
  const loginDefaulted = facts.loginFromEnv !== null && facts.passwordFromEnv !== null && VARIABLE_DEFAULT.test(facts.loginFromEnv) && !VARIABLE_DEFAULT.test(facts.passwordFromEnv);
  // (code that logs in only when its password is set, `if SENHA:`: the password's variable is the one empty)
  // (the login written out and the password read with an empty default, `${MAILGUN_SMTP_PASSWORD:}`, when nothing else shows why no login was sent)
  const passwordWhenSet =
    facts.loginFromEnv === null &&
    facts.passwordFromEnv !== null &&
    !commentedLogin &&
    ((loginWhenSetShown !== undefined && PASSWORD_SETTING.test(loginWhenSetShown)) || (facts.smtpLogin !== null && noLoginLine === '' && EMPTY_DEFAULT.test(facts.passwordFromEnv)));
  // The paste shows why no login was sent (a map key, a commented-out login, a switch, a misnamed option) or a login sent:
  // then no variable is to blame.
  // (nodemailer's `user` and `pass` beside `host`, outside `auth`: set, and ignored)
  const loginOutsideAuth = facts.client === 'nodemailer' && facts.authAttempted !== true ? evidence.find((e) => e.rule === NODEMAILER_LOGIN_OUTSIDE_RULE)?.excerpt : undefined;
  // (Action Mailer's `username:`, a key it ignores: it reads `user_name:`)
  const railsLoginKey = facts.client === 'ruby-net-smtp' && facts.authAttempted !== true ? evidence.find((e) => e.rule === RAILS_LOGIN_KEY_RULE)?.excerpt : undefined;
  const undefinedLogin = facts.authAttempted !== true ? evidence.find((e) => e.rule === LOGIN_VALUES_UNDEFINED_RULE)?.excerpt : undefined;
  const loginExplained = Boolean(saslKey || passwdClient || loginRefused || commentedLogin || loginOutsideAuth || railsLoginKey) || facts.authAttempted === true || misnamedAuth(noLoginLine) || AUTH_SWITCHED_OFF.test(switchLine) || emptyLoginIn(noLoginLine, facts);
  // (the platform's gap shown says why the variable is empty: no second account of it)
  const fromEnv = !loginExplained && gap === null ? (loginDefaulted || passwordWhenSet ? facts.passwordFromEnv : facts.loginFromEnv) : null;
  // (nodemailer with an auth object whose variables are empty fails first, with EAUTH "Missing credentials")
  const nodemailerEnv = fromEnv !== null && facts.client === 'nodemailer';
  // (an auth object always passed: an unset variable fails with EAUTH first, so the transport that ran is another)
  const authAlwaysSet = nodemailerEnv && loginWhenSetShown === undefined && evidence.some((e) => e.rule === NODEMAILER_AUTH_ALWAYS_SET_RULE);
  // (the setting read from the environment may be the password's: `auth_pass: ${MAILGUN_SMTP_PASSWORD}`)
  // (by its name, or by the setting that reads it: `spring.mail.password=${MAILGUN_KEY}`)
  const envRole = fromEnv !== null && (PASSWORD_SETTING.test(envVariableName(fromEnv)) || fromEnv === facts.passwordFromEnv) ? 'password' : 'login';
  // (both by name when the paste shows both: "set MAILGUN_SMTP_LOGIN and MAILGUN_SMTP_PASSWORD")
  const otherVariable = loginDefaulted || passwordWhenSet ? null : envRole === 'login' ? passwordVariable : loginVariable;
  const bothVariables = (oneKnown: RichText): RichText =>
    fromEnv !== null && otherVariable && otherVariable !== envVariableName(fromEnv) ? rt`${code(envVariableName(fromEnv))} and ${code(otherVariable)}` : oneKnown;
  const kubernetesSecret = !evidence.some((e) => e.rule === SENDER_KUBERNETES_RULE) ? undefined : KUBERNETES_SECRET_NAME.exec(evidence.find((e) => e.rule === KUBERNETES_SECRET_RULE)?.excerpt ?? '')?.[1];
  // Where the variables are set: the platform's own command when the paste names it (Fly.io's secrets, which restart its machines).
  const variableNames = fromEnv !== null ? [envVariableName(fromEnv), ...(otherVariable && otherVariable !== envVariableName(fromEnv) ? [otherVariable] : [])] : [];
  const whereItRuns: RichText = fromEnv !== null && evidence.some((e) => e.rule === FLY_RULE)
    ? rt`on Fly.io with ${code(`fly secrets set ${variableNames.map((name) => `${name}=…`).join(' ')}`)} (setting secrets restarts the app's machines with them${evidence.some((e) => e.rule === HEROKU_RULE) ? rt`; ${code(`heroku config:get ${variableNames.join(' ')}`)} shows the values the app had on Heroku` : []})`
    // (Kubernetes: a pod reads its environment only when it starts, so a changed Secret needs its pods made anew)
    // (the Secret named, its keys set: the Deployment's env entries that read it are what is missing)
    : fromEnv !== null && kubernetesSecret
    ? rt`as env entries of the Deployment that read the Secret ${code(kubernetesSecret)} (${code(`valueFrom: {secretKeyRef: {name: ${kubernetesSecret}, key: …}}`)} for each), then apply the Deployment: its pods are made anew with them`
    : fromEnv !== null && evidence.some((e) => e.rule === SENDER_KUBERNETES_RULE)
    ? rt`in the workload's Secret or env, then run ${code('kubectl rollout restart deployment/NAME')} (a pod reads its environment only when it starts)`
    : rt`where the application runs`;
  // The variable the configuration reads is not the one the deployment sets (`SMTP_USER read · SMTP_USERNAME set`).
  // (or, where the paste shows no variable read, the one the client reads by itself: Grafana's GF_SMTP_USER)
  const mismatch = fromEnv || (facts.loginFromEnv === null && !loginExplained) ? /^(\S+) read · (\S+) set(?:, (\S+) read · (\S+) set)?/.exec(evidence.find((e) => e.rule === VARIABLE_MISMATCH_RULE)?.excerpt ?? '') : null;
  const mismatchApps = mismatch ? appsOfMismatch(evidence) : null;
  const sourceGap = fromEnv && !mismatch ? envSourceGapOf(evidence) : null;
  if (mismatch) {
    // (the role of the variable that differs, which may be the password's while the login's matches)
    const mismatchRole = PASSWORD_SETTING.test(mismatch[1]!) ? 'password' : 'login';
    // (two apps' listings, "works on staging, fails on prod": the app that lacks the name, and the one that has it)
    const apps = mismatchApps;
    // (a Deployment asking a Secret for a key it does not hold: the variable is left unset, with optional: true silently)
    const missingKey = secretKeyMissing(evidence);
    if (missingKey) {
      seen.push(rt`The Deployment takes ${code(mismatch[1]!)} from the key ${code(missingKey.key)} of the Secret ${code(missingKey.secret)}, which holds no such key (it holds ${code(mismatch[2]!)}${mismatch[4] ? rt` and ${code(mismatch[4])}` : []}): Kubernetes leaves the variable unset (with ${code('optional: true')}, without a word), and with an empty ${text(mismatchRole)} the client sends no login at all.`);
    } else seen.push(rt`The configuration reads its SMTP ${text(mismatchRole)} from ${code(mismatch[1]!)}, but ${apps ? rt`the app ${code(apps.lacking)}` : text('the deployment shown')} sets ${code(mismatch[2]!)}${apps?.having ? rt` (${code(apps.having)} sets ${code(mismatch[1]!)}, which is why it works there)` : []}: where the application runs, ${code(mismatch[1]!)} is empty, and with an empty ${text(mismatchRole)} the client sends no login at all.${mismatch[3] ? rt` The password's names differ the same way: ${code(mismatch[3])} read, ${code(mismatch[4]!)} set.` : []}`);
  } else if (fromEnv && sourceGap) {
    const variables = bothVariables([code(envVariableName(fromEnv))]);
    seen.push(sourceGap.renamed
      ? rt`The configuration reads its SMTP ${text(envRole)} from ${code(envVariableName(fromEnv))}, and the compose file's ${code(`env_file: ${sourceGap.envFile}`)} still names the file the paste says was renamed to ${code(sourceGap.renamed)}: the service no longer gets ${variables} from it, and with an empty ${text(envRole)} the client sends no login at all.`
      : rt`The configuration reads its SMTP ${text(envRole)} from ${code(envVariableName(fromEnv))}, and the manifests shown differ: one workload's ${code('envFrom')} loads the secret ${code(sourceGap.secret!)}, another's does not. Pods of the one without it have no ${variables}, so their client sends no login at all.`);
  } else if (fromEnv && nodemailerEnv && loginWhenSetShown) {
    // (one sentence for both: the condition shown is why the transport had no auth)
    seen.push(rt`The configuration adds ${code('auth')} only when ${code(envVariableName(fromEnv))} is set (${quote(loginWhenSetShown, EXCERPT_MAX)}): where the application runs now it is unset, so nodemailer connected without a login, and no error said so. Wherever the variable is set, the same code logs in, so it can work in one place and fail in another. Better, always pass ${code('auth')} (the settings below do): an unset variable then fails at once with ${code('EAUTH')} "Missing credentials" instead of sending without a login.`);
  } else if (fromEnv && authAlwaysSet) {
    seen.push(rt`The configuration shown always passes ${code('auth')}, its user from ${code(fromEnv)}: with that variable unset, nodemailer would have stopped with ${code('EAUTH')} "Missing credentials" before sending anything, not met this refusal. So the transport that sent without a login is most likely not this one: check first that the server runs the code shown (the deployed build, another transport created elsewhere, a setting that overrides it).`);
  } else if (fromEnv) {
    seen.push(
      nodemailerEnv
        ? rt`The configuration shown takes its login from ${code(fromEnv)}, and the transport that ran sent no login at all: nodemailer does so when ${code('auth')} is left out, as a configuration like ${code('auth: process.env.X ? { ... } : undefined')} does when the variable is unset. (An ${code('auth')} object with empty values would have failed with ${code('EAUTH')} "Missing credentials" instead; if the configuration shown always sets one, the one deployed is another.)`
        : rt`The configuration takes its SMTP ${text(envRole)} from ${code(fromEnv)}${text(loginDefaulted ? ' (its login has a default value)' : '')}: where the application runs now, that variable is probably empty or missing, and ${text(envRole === 'password' ? 'without it the client sends no login at all' : 'with an empty login the client sends none at all')}.`,
    );
    // (a variable named for the provider left behind, `SENDGRID_USER`: after the move it holds Mailgun's login, not that provider's)
    const oldProvider = OLD_PROVIDER_VARIABLE.exec(envVariableName(fromEnv))?.[1];
    if (oldProvider) {
      seen.push(rt`${code(envVariableName(fromEnv))} is named for ${text(PROVIDER_NAMES[VARIABLE_PROVIDERS[oldProvider.toLowerCase()]!])}: since the move to Mailgun, it (and the password's variable beside it) must hold the Mailgun domain's SMTP login and password, such as ${code(login)}, not the old provider's. Better, rename both to ${code('MAILGUN_SMTP_LOGIN')} and ${code('MAILGUN_SMTP_PASSWORD')} in the code and the deployment alike.`);
    }
    // (cron starts its jobs with an almost empty environment: what a shell's profile sets is not there)
    // (not where Compose fills the variable itself: its .env, below, is the one place that holds whatever runs it)
    // (a systemd service whose unit sets no environment: what a shell or /etc/environment holds never reaches it)
    const unitGap = systemdUnitWithoutEnvironment(evidence);
    if (unitGap !== null) {
      seen.push(rt`The application runs as a systemd service whose unit sets no environment (no ${code('Environment=')} or ${code('EnvironmentFile=')} line): a service reads neither a shell's profile nor ${code('/etc/environment')} (login sessions get that through PAM), so ${code(envVariableName(fromEnv))} is unset there while a command from the shell has it. Add ${code('EnvironmentFile=/etc/' + unitGap + '.env')} under ${code('[Service]')}, with the login's and password's variables in that file (readable only by root), then run ${code('systemctl daemon-reload')} and ${code(`systemctl restart ${unitGap}`)}.`);
    }
    if (evidence.some((e) => e.rule === CRON_RULE) && !(/^\$\{/.test(fromEnv) && evidence.some((e) => e.rule === COMPOSE_RULE))) {
      seen.push(cronEnvironmentCleared(evidence, envVariableName(fromEnv)) ?? rt`The job runs under cron, which starts it with an almost empty environment: variables set in a shell's profile are not there. Define ${code(envVariableName(fromEnv))} in the crontab (a line above the job, with the crontab readable only by its owner) or have the job's command load the file that sets it.`);
    }
  }
  // (an API key said to be tried as the password: the question of which secret goes there, answered)
  if (evidence.some((e) => e.rule === API_KEY_SAID_AS_PASSWORD_RULE)) {
    seen.push(rt`The password field takes the SMTP password of the domain's SMTP login, not an API key (nor the password you sign in to Mailgun with): Mailgun refuses an API key there, and the client reports a failed login (a ${code('535')}). With authentication on and that password, the login and the relay both go through.`);
  }
  // (a CI system that withholds the login's secrets from some runs: the login is empty there, and the session sends none)
  const ciWithheld = facts.authAttempted !== true ? (evidence.some((e) => e.rule === CI_FORK_RULE) ? 'fork' : evidence.some((e) => e.rule === CI_PROTECTED_RULE) ? 'protected' : null) : null;
  if (ciWithheld === 'fork') {
    seen.push(rt`GitHub Actions gives a workflow run by a fork's pull request none of the repository's secrets: there ${code('${{ secrets.… }}')} is empty, so the mail step connects without a login and Mailgun refuses it, while runs on the repository's own branches get the secrets and log in.`);
  } else if (ciWithheld === 'protected') {
    seen.push(rt`GitLab passes a CI/CD variable marked Protected only to pipelines on protected branches and tags: on other branches it is empty, so the job sends no login there and Mailgun refuses it, while the protected branch logs in.`);
  }
  // (msmtp under cron beside its system file and a user's own: the job's user decides which file it reads)
  if (facts.client === 'msmtp' && facts.authAttempted !== true && evidence.some((e) => e.rule === CRON_RULE) && evidence.some((e) => e.rule === MSMTP_SYSTEM_FILE_RULE) && evidence.some((e) => e.rule === MSMTP_USER_FILE_RULE)) {
    seen.push(rt`msmtp reads the system file ${code('/etc/msmtprc')}, then the running user's own ${code('~/.msmtprc')}: a job run as another user (root's crontab) gets the system file and that user's own, not the one that logs in. Put the login (${code('auth on')}, ${code('user')}, the password) in the file the job reads, ${code('/etc/msmtprc')} kept readable by root only, or run the job from the crontab of the user whose file has it.`);
  }
  // (Vercel's variables ticked for Preview and Development only: production's deployments have none)
  const vercelScope = evidence.find((e) => e.rule === VERCEL_SCOPE_RULE)?.excerpt;
  if (vercelScope) seen.push(rt`The paste says the variables were set in Vercel for Preview and Development (${quote(vercelScope, EXCERPT_MAX)}): production deployments get none of them, so the login is empty there, while previews and local runs work.`);
  // (a Compose service gets only the variables its own entry names, and a restart keeps the container's old ones)
  // (a `${VAR}` in the compose file is Compose's own interpolation: filled from the shell or the project's .env, not the container)
  const composeFills = fromEnv !== null && !mismatch && !sourceGap && /^\$\{/.test(fromEnv) && evidence.some((e) => e.rule === COMPOSE_RULE);
  if (composeFills) {
    seen.push(rt`The compose file fills ${code(fromEnv!)} itself when it starts the service: Compose takes the value from the shell that runs it or from the ${code('.env')} file next to docker-compose.yml, not from the container, and an unset one becomes empty. Put ${code(envVariableName(fromEnv!))}${text(otherVariable && otherVariable !== envVariableName(fromEnv!) ? ` and ${otherVariable}` : '')} in that ${code('.env')} (or run ${code('docker compose --env-file FILE up -d')} with the file that has them); ${code('docker compose config')} shows whether the login is filled in now.`);
  } else if (fromEnv && !mismatch && !sourceGap && evidence.some((e) => e.rule === COMPOSE_RULE)) {
    seen.push(rt`The application runs as a Docker Compose service, which gets only the variables its own entry in the compose file names: add ${code(envVariableName(fromEnv))}${text(otherVariable && otherVariable !== envVariableName(fromEnv) ? ` and ${otherVariable}` : '')} under that service's ${code('environment:')} (or point its ${code('env_file:')} at the file that holds them), then run ${code('docker compose up -d')} for it: a plain restart keeps the container's old environment.`);
  }
  // (the nodemailer sentence above has said it)
  const loginWhenSet = loginWhenSetShown && !(nodemailerEnv && !mismatch) ? loginWhenSetShown : undefined;
  // (not beside the names the paste shows differ: that sentence says which)
  const renamed = (loginWhenSetShown || fromEnv) && !mismatch ? evidence.find((e) => e.rule === SETTING_RENAMED_RULE)?.excerpt.trim() : undefined;
  // (cron's almost empty environment is why the setting is empty, when it is a variable and nothing else said why)
  const cronVariable = loginWhenSet && !fromEnv && evidence.some((e) => e.rule === CRON_RULE)
    ? /\benviron(?:\.get\(|\[)[ \t]*["']([A-Za-z_]\w{0,60})["']|\bgetenv\([ \t]*["']([A-Za-z_]\w{0,60})["']|\bprocess\.env\.([A-Za-z_]\w{0,60})|\bENV\[["']([A-Za-z_]\w{0,60})["']\]/.exec(loginWhenSet)?.slice(1).find(Boolean)
    : undefined;
  if (loginWhenSet) {
    // (read from the condition where the line shows one: `AuthenticateAsync(user, pass)` if `(!string.IsNullOrEmpty(_opts.User))` tests the login)
    const setting = settingTested(loginWhenSet);
    seen.push(fromEnv
      ? rt`The code logs in only when that setting is set (${quote(loginWhenSet, EXCERPT_MAX)}), so without it the session goes on without a login, with no error.`
      : emptyVariable
      ? rt`The code logs in only when its ${text(setting)} setting is set (${quote(loginWhenSet, EXCERPT_MAX)}), and the deployment shown leaves ${code(emptyVariable)} empty, so the session goes on without a login, and no error says so.`
      : rt`The code logs in only when its ${text(setting)} setting is set (${quote(loginWhenSet, EXCERPT_MAX)}): where it runs now, that setting is most likely empty, so the session goes on without a login.`);
    if (cronVariable) {
      seen.push(cronEnvironmentCleared(evidence, cronVariable) ?? rt`The job runs under cron, which starts it with an almost empty environment: ${code(cronVariable)} is not there unless the crontab sets it (keep a crontab with secrets readable only by its owner).`);
    }
  }
  // (the line of code itself where it is short, `if PASSWORD:`: a message quotes it as the paste wrote it)
  const loginWhenSetLine = loginWhenSet?.split('\n')[0]!.trim();
  // (a comment where the login call belongs, `# TODO login`, as the code writes it)
  const todoLogin = facts.authAttempted !== true ? rulePattern(LOGIN_TODO_RULE).exec(evidence.find((e) => e.rule === LOGIN_TODO_RULE)?.excerpt ?? '')?.[0].trim() : undefined;
  // (a commented-out login line of one line, its own comment after it cut: `# server.login(USUARIO, CLAVE) # lo comenté ...`)
  const commentedLine = commentedLogin !== undefined && !commentedLogin.includes('\n') ? /^(#|\/\/|--|;)[ \t]*(\S.{0,78}?)(?:[ \t]+(?:#|\/\/).*)?$/.exec(commentedLogin) : null;
  const loginCause: LoginCause | undefined = railsLoginKey
    ? { kind: 'key-misnamed', shown: 'username:', right: 'user_name:' }
    : commentedLine
    ? { kind: 'line-commented', line: `${commentedLine[1]} ${commentedLine[2]!}`, marker: commentedLine[1]! }
    : mismatch
    // (run with Docker Compose: a restarted container keeps the environment it was created with, so it is recreated)
    ? { kind: 'variable-mismatch', role: PASSWORD_SETTING.test(mismatch[1]!) ? 'password' : 'login', read: mismatch[1]!, set: mismatch[2]!, compose: evidence.some((e) => e.rule === COMPOSE_RULE) }
    : loginWhenSetLine && loginWhenSetLine.length <= 80
    ? { kind: 'setting-empty', role: settingTested(loginWhenSetLine), condition: loginWhenSetLine }
    // (Laravel's .env with its login or password empty: the two settings to fill and the cache to clear; not where the deploy
    // that moved the secrets to a store emptied them: the loading step is the fix then)
    : facts.client === 'laravel' && (emptyVariable === 'MAIL_USERNAME' || emptyVariable === 'MAIL_PASSWORD') && secretsStore(evidence) === null
    ? { kind: 'env-empty', login: 'MAIL_USERNAME', password: 'MAIL_PASSWORD', apply: evidence.some((e) => e.rule === LARAVEL_CONFIG_CACHED_RULE) ? 'php artisan config:cache' : 'php artisan config:clear' }
    // (.NET's UseDefaultCredentials set on: the setting itself, in the message's words too)
    : defaultCredentials && !credentialsUndone
    ? { kind: 'default-credentials' }
    // (Python code with a `# TODO login` where the call belongs: the call to add there)
    : todoLogin && facts.client === 'python-smtplib' && !loginExplained
    // (after STARTTLS, or after the connection itself where it is TLS from the start, SMTP_SSL on port 465)
    ? { kind: 'call-missing', marker: todoLogin, call: `server.login("${login}", PASSWORD)`, after: facts.smtpPort === 465 ? 'smtplib.SMTP_SSL(...)' : 'server.starttls()' }
    : undefined;
  // (an example value where the password goes, `postmaster@x:your_password`: once a login is sent, it is what Mailgun gets)
  const examplePassword = evidence.find((e) => e.rule === PASSWORD_EXAMPLE_RULE || e.rule === MAP_EXAMPLE_PASSWORD_RULE)?.excerpt.trim();
  if (examplePassword && facts.authAttempted !== true) seen.push(rt`The password shown (${quote(/:([^:\s]+)$/.exec(examplePassword)?.[1] ?? examplePassword, EXCERPT_MAX)}) is an example value, not a password: once the login is sent, put the domain's SMTP password there${text(facts.client === 'postfix' ? ' (and run postmap again)' : '')}, or Mailgun answers 535 next.`);
  if (renamed) seen.push(rt`The paste says a setting was renamed (${quote(renamed, EXCERPT_MAX)}): check that the new name is set where the application runs, and restart it.`);
  if (loginOutsideAuth) {
    seen.push(rt`The transport's options set ${code('user')} and ${code('pass')} beside ${code('host')} (${quote(loginOutsideAuth, EXCERPT_MAX)}), not inside ${code('auth')}: nodemailer reads a login only from ${code('auth: { user, pass }')}, so it ignores them and connects without logging in, with no error.`);
  }
  // (the variables named in words beside a nodemailer transport that has no auth: set or not, nothing reads them)
  if (named && facts.client === 'nodemailer' && facts.smtpLogin === null && !loginExplained && !evidence.some((e) => e.rule === NODEMAILER_AUTH_ALWAYS_SET_RULE)) {
    seen.push(rt`The transport shown has no ${code('auth')}: ${code(named[1]!)} and ${code(named[2]!)} reach nodemailer only if the code passes them in it, so having them set where it runs is needed, but not enough.`);
  }
  if (railsLoginKey) {
    seen.push(rt`The ${code('smtp_settings')} shown give the login as ${code('username:')} (${quote(railsLoginKey, EXCERPT_MAX)}): Action Mailer reads it only from ${code('user_name:')} and ignores other keys without a word, so it connects without logging in, whatever the variables hold.`);
  }
  if (facts.recipient) seen.push(rt`Refused recipient: ${quoteAddress(facts.recipient)}.`);
  // GitLab restarted after gitlab.rb was edited: its login is there, but only reconfigure applies it.
  const gitlabReconfigure = facts.client === 'gitlab' && shownLogin !== null && facts.authAttempted !== true && evidence.some((e) => e.rule === GITLAB_RESTART_RULE);
  if (gitlabReconfigure) {
    seen.push(rt`gitlab.rb in the paste has the SMTP login (${code(shownLogin)}), but ${code('gitlab-ctl restart')} does not apply gitlab.rb: only ${code('gitlab-ctl reconfigure')} writes its settings into GitLab's, so GitLab still sends with the old ones, without a login.`);
  }
  // Ghost's login beside `options`, which is all Ghost passes to nodemailer: the credentials are right, their place is not.
  const ghostAuthOutside = facts.client === 'ghost' && facts.authAttempted !== true && evidence.some((e) => e.rule === GHOST_AUTH_RULE);
  // (its environment's login variables with one underscore before user/pass: Ghost builds no `mail.options.auth` from them)
  const ghostEnvUnderscore = facts.authAttempted !== true && evidence.some((e) => e.rule === GHOST_ENV_UNDERSCORE_RULE);
  // (named as the paste writes them: `mail_options_auth_user` in a systemd unit, `mail__options__auth_user` in Compose)
  const ghostEnvNames = evidence.find((e) => e.rule === GHOST_ENV_UNDERSCORE_RULE)?.excerpt.match(/\bmail_{1,2}options_{1,2}auth_{1,2}(?:user|pass)\b/i)?.[0] ?? 'mail__options__auth_user';
  const ghostSystemd = ghostEnvUnderscore && /^mail_options/i.test(ghostEnvNames);
  if (ghostEnvUnderscore) {
    seen.push(rt`The environment sets ${code(ghostEnvNames)} and its ${code('pass')} twin: Ghost nests its settings on double underscores only, between every level (${code('mail__options__auth__user')}), so it never builds ${code('mail.options.auth')} from them and connects without logging in.`);
  } else if (ghostAuthOutside) {
    seen.push(rt`In config.production.json the ${code('auth')} block sits beside ${code('mail.options')}, not inside it: Ghost hands nodemailer only ${code('mail.options')}, so the login is never used and the session sends none.`);
  }
  if (seen.length) summary.push(join(seen, ' '));
  const emptyAuth = evidence.some((e) => e.rule === NO_LOGIN_RULE && /["']?user["']?[ \t]*:[ \t]*(?:""|'')/.test(e.excerpt));
  const userOnly = facts.client === 'jakarta-mail' && evidence.some((e) => e.rule === JAKARTA_USER_RULE) && !evidence.some((e) => e.rule === JAKARTA_AUTH_RULE);
  const clientFix = facts.client !== null ? clientLoginFix(facts.client, login, host, { emptyAuth, connector: facts.sendConnector, implicitTls, variables: { login: loginVariable, password: passwordVariable }, userOnly }) : null;
  const relayImageNamed = evidence.find((e) => e.rule === RELAY_CONTAINER_IMAGE_RULE)?.excerpt;
  const relayImage = relayImageNamed === undefined ? undefined : RELAY_CONTAINER_IMAGES.find((image) => relayImageNamed.toLowerCase().includes(image.name));
  const aliasesElsewhere = evidence.find((e) => e.rule === SMARTHOST_ALIASES_ELSEWHERE_RULE)?.excerpt.trim();
  const loginMisnamed = evidence.find((e) => e.rule === RELAYHOST_LOGIN_MISNAMED_RULE)?.excerpt.trim();
  // (a Fix line whose cause leaves the login itself right, set where it stands: a setting, a name or an order keeps it
  // from Mailgun; the steps then do not send the person for credentials they have)
  const loginKept = new WeakSet<RichText>();
  const keepsLogin = (line: RichText): RichText => {
    loginKept.add(line);
    return line;
  };
  // (a cause that says nothing of whether a login is set, a transcript's `useAuth false`: kept only where the paste shows one)
  const keepsLoginIfShown = (line: RichText): RichText => (facts.smtpLogin !== null ? keepsLogin(line) : line);
  const fixLine: RichText =
    // (sent through the inbound MX: the host is the fix first, whatever else the login needs)
    loginBeforeStartTls
      ? keepsLogin(rt`Fix: log in after ${code('STARTTLS')}, not before: ${facts.client === 'python-smtplib' ? rt`${code('starttls()')}, then ${code('ehlo()')}, then ${code('login(...)')}` : text('start TLS, say EHLO again, then send AUTH')}, so that the login belongs to the encrypted session that sends the mail. The login and password themselves were accepted (235) and need no change.`)
      // (the settings are right where the secrets reach them: the runs without them are what to change)
      : ciWithheld === 'fork' && facts.hostRole !== 'mailgun-mx'
      ? rt`Fix: skip the mail step for forks' pull requests (${code('if: github.event.pull_request.head.repo.full_name == github.repository')}), or send those reports another way; runs on the repository's own branches get the secrets.`
      : ciWithheld === 'protected' && facts.hostRole !== 'mailgun-mx'
      ? rt`Fix: untick Protected on the login's CI/CD variables (keep them Masked) in Settings, CI/CD, Variables, or protect the branches that send mail, so that every pipeline that sends gets them.`
      : gap !== null && facts.authAttempted !== true
      ? keepsLogin(rt`Fix: ${gapFix(gap, false)}`)
      // (a login only under another provider's condition: Mailgun's login, whatever the provider)
      : conditioned !== null && facts.authAttempted !== true
      // (a switch for the login, `if os.environ.get("SMTP_USE_AUTH") == "1":`, not set where this sends)
      ? AUTH_SWITCH.test(conditioned.header) && switchMismatch !== null
        ? keepsLogin(rt`Fix: the code logs in only when ${code(conditioned.header)} holds, and the setting is ${code(switchMismatch[1]!)}: the comparison is exact, so ${code(switchMismatch[1]!.slice(switchMismatch[1]!.indexOf('=') + 1))} is not ${code(switchMismatch[2]!)} and the login is skipped. Set it to ${code(`${switchMismatch[1]!.slice(0, switchMismatch[1]!.indexOf('='))}=${switchMismatch[2]!}`)} (or compare without case, ${code('.lower() == "' + switchMismatch[2]!.toLowerCase() + '"')}), then restart; the login and password can stay as they are.`)
        : AUTH_SWITCH.test(conditioned.header)
        ? keepsLogin(rt`Fix: the code logs in only when ${code(AUTH_SWITCH.exec(conditioned.header)![0])} says so (${code(conditioned.header)}), and where this mail is sent it does not: set it there (${code(`${AUTH_SWITCH.exec(conditioned.header)![0]}=${/==[ \t]*["']?([\w-]{1,10})["']?[ \t]*[:{]$/.exec(conditioned.header)?.[1] ?? 'true'}`)}, with the login and password the login call reads), or take ${code(conditioned.login)} out of the ${code('if')} for the mail sent through Mailgun.`)
        : PROVIDER_CONDITION.test(conditioned.header) && GENERAL_LOGIN_SETTING.test(conditioned.login) && !OTHER_PROVIDER_WORD.test(conditioned.login)
        // (its login reads the settings in general, `self.cfg["SMTP_USER"]`, which hold Mailgun's now: only the condition is wrong)
        ? keepsLogin(rt`Fix: take ${code(conditioned.login)} out of ${code(conditioned.header)}, so that it runs for every provider: it reads the general login settings, which now hold Mailgun's, and the condition leaves it out when the provider is Mailgun. The login and password themselves can stay as they are.`)
        : PROVIDER_CONDITION.test(conditioned.header)
        ? rt`Fix: log in for Mailgun too: call ${code(`server.login('${login}', password)`)} with the domain's SMTP login and password after ${code('starttls()')} when sending through Mailgun (the login under ${code(conditioned.header)} is the other provider's), so that every provider's session logs in.`
        : rt`Fix: call ${code(`server.login('${login}', password)`)} with the domain's SMTP login and password after ${code('starttls()')} outside that ${code('if')}, so that every session logs in.`
      // (the code's other branch logs in: the one that ran does not)
      : oneBranch !== null
      ? keepsLogin(rt`Fix: log in on that branch too: add ${code(oneBranch.login)} once its connection is set up (after its ${code('starttls()')}), or move the login below the ${code('if')}/${code('else')}, so that both branches run it. The login and password themselves can stay as they are.`)
      : facts.hostRole === 'mailgun-mx'
      ? rt`Fix: set the sending host to ${code(host)}${text(facts.client === 'postfix' ? ` (relayhost = [${host}]:${keptPort ?? RECOMMENDED_PORT}, with the sasl_passwd key written the same way)` : '')} and log in with the domain's SMTP login and password, or send through Mailgun's HTTP API instead.`
      // (Laravel's .env shown with its login, the config cached by the deploy and .env edited since: the cache is what the app reads)
      // ("I put the creds in .env" says it was edited since, as much as the edit rule's words do)
      : facts.client === 'laravel' && shownLogin !== null && evidence.some((e) => e.rule === LARAVEL_CONFIG_CACHED_RULE) && evidence.some((e) => e.rule === LARAVEL_ENV_EDITED_RULE || e.rule === CREDENTIALS_SET_RULE)
      ? keepsLogin(rt`Fix: the .env shown already holds the login (${code(`MAIL_USERNAME=${shownLogin}`)}), but the running application reads its cached configuration: the deploy runs ${code('php artisan config:cache')}, and an .env edited since changes nothing until the cache is rebuilt. Run ${code('php artisan config:cache')}, then ${code(evidence.some((e) => e.rule === HORIZON_RULE) ? 'php artisan horizon:terminate' : 'php artisan queue:restart')} so that the ${text(evidence.some((e) => e.rule === HORIZON_RULE) ? 'Horizon workers (restarted by their supervisor)' : 'queue workers')} load it. (A ${code('550')} Relaying denied, not a ${code('535')}, says no login was even tried: the password is not tested yet.)`)
      : mismatch && !fromEnv && facts.client === 'laravel'
      ? keepsLogin(rt`Fix: rename ${code(mismatch[2]!)} to ${code(mismatch[1]!)} in the environment (.env, or the host's environment editor), the name Laravel's config/mail.php reads (its ${text(mismatch[1] === 'MAIL_PASSWORD' ? 'login' : 'password')} is read from ${code(mismatch[1] === 'MAIL_PASSWORD' ? 'MAIL_USERNAME' : 'MAIL_PASSWORD')}); then run ${code('php artisan config:clear')} and ${code('php artisan queue:restart')}: a cached config and running queue workers keep the old values.`)
      // (a client's own names, Grafana's GF_SMTP_USER; not code that logs in only when its variable is set and reads its password from
      // one too, `if os.getenv("SMTP_USER"): server.login(...)`, whose names the next Fix matches)
      : mismatch && !fromEnv && !codeReadsVariables
      ? keepsLogin(rt`Fix: set ${code(mismatch[1]!)}, the name ${text(facts.client === 'grafana' ? 'Grafana' : 'the client')} reads, in place of ${code(mismatch[2]!)} ${evidence.some((e) => e.rule === COMPOSE_RULE) && !evidence.some((e) => e.rule === SENDER_KUBERNETES_RULE || e.rule === KUBERNETES_RULE) ? rt`(rename the key where the service gets it: its ${code('environment:')} in the compose file, or its ${code('env_file')}), then run ${code('docker compose up -d')} for the service: it recreates the container with the new environment (a plain ${code('docker compose restart')} keeps the old one).` : evidence.some((e) => e.rule === HEROKU_RULE) ? rt`on Heroku: ${code(`heroku config:set ${mismatch[1]!}=...${mismatch[3] ? ` ${mismatch[3]}=...` : ''} -a YOUR_APP`)}, with the values ${text(mismatch[4] ? `${mismatch[2]!} and ${mismatch[4]}` : mismatch[2]!)} hold (Heroku restarts the app's dynos by itself when a config var changes).` : rt`(rename the key in the Secret or the environment that sets it), then restart ${text(facts.client === 'grafana' ? 'Grafana' : 'the application')} so that it reads it (in Kubernetes, ${code('kubectl rollout restart')} its Deployment: a pod reads its variables only when it starts).`}`)
      // (one app's listing lacks the name another app's has: that app's variable, set as the working one has it)
      : (fromEnv || codeReadsVariables) && mismatch && mismatchApps?.platform === 'heroku'
      ? keepsLogin(rt`Fix: on ${code(mismatchApps.lacking)}, set the name the configuration reads, with the value ${code(mismatch[2]!)} holds there: ${code(`heroku config:set ${mismatch[1]!}=... -a ${mismatchApps.lacking}`)} (Heroku restarts the app's dynos), then remove ${code(mismatch[2]!)} with ${code(`heroku config:unset ${mismatch[2]!} -a ${mismatchApps.lacking}`)}.`)
      : (fromEnv || codeReadsVariables) && mismatch
      ? keepsLogin(secretKeyMissing(evidence)
        ? rt`Fix: in the Deployment, ask the Secret for the keys it holds (${code(`key: ${mismatch[2]!}`)}${mismatch[4] ? rt`, ${code(`key: ${mismatch[4]}`)}` : []}), or rename the Secret's keys, and drop ${code('optional: true')} so that a missing key stops the pod instead of sending without a login; then ${code('kubectl rollout restart deployment/NAME')}.`
        : rt`Fix: make the names match, in the configuration (read ${mismatch[3] ? rt`${code(mismatch[2]!)} and ${code(mismatch[4]!)}` : code(mismatch[2]!)}) or in the deployment (set ${mismatch[3] ? rt`${code(mismatch[1]!)} and ${code(mismatch[3])}` : code(mismatch[1]!)})${mismatch[3] ? [] : rt`, and check the ${text(PASSWORD_SETTING.test(mismatch[1]!) ? "login's" : "password's")} variable the same way`}, then ${evidence.some((e) => e.rule === FLY_RULE) ? rt`let the app restart (${code('fly secrets set')} restarts its machines)` : evidence.some((e) => e.rule === VERCEL_RULE) ? VERCEL_REDEPLOY : evidence.some((e) => e.rule === COMPOSE_RULE) ? rt`run ${code('docker compose up -d')} for the service: it recreates the container with the new environment (a plain restart keeps the old one)` : pm2Restart(evidence) ?? text('restart the application so that it reads them')}.`)
      : sourceGap?.renamed
      ? keepsLogin(rt`Fix: change the service's ${code(`env_file: ${sourceGap.envFile}`)} to ${code(`env_file: ${sourceGap.renamed}`)} in the compose file, then run ${code('docker compose up -d')} for that service: it recreates the container with the file's variables (a plain restart keeps the old environment).`)
      : sourceGap
      ? keepsLogin(rt`Fix: add ${code(`- secretRef: {name: ${sourceGap.secret}}`)} to the ${code('envFrom')} of the workload that lacks it, as the other one has, and apply the manifest: the changed pod template rolls out new pods, which get the variables.`)
      // (the image's build caches the configuration before the platform gives the container its variables)
      // (a Dockerfile's `RUN`, in capitals: the rule reads case-insensitively, and a CI step's `run: php artisan config:cache` or a
      // sentence's "Run php artisan config:cache" is no image build)
      : facts.client === 'laravel' && evidence.some((e) => e.rule === LARAVEL_CACHED_AT_BUILD_RULE && (/^[ \t]*RUN[ \t]/.test(e.excerpt) || !/^[ \t]*run\b/i.test(e.excerpt)))
      ? keepsLogin(rt`Fix: the image caches Laravel's configuration when it is built (${code('php artisan config:cache')}), before the platform gives the container ${code('MAIL_USERNAME')} and ${code('MAIL_PASSWORD')}: the cached configuration holds them empty, whatever the platform sets later. Run ${code('php artisan config:cache')} when the container starts (its entrypoint), or not at all, then redeploy.`)
      // (a relay image that writes its own configuration from its environment: edits inside the container are lost)
      : relayImage?.name === 'namshi/smtp' && aliasesElsewhere !== undefined
      ? rt`Fix: namshi/smtp writes the login only for the hosts in ${code('SMARTHOST_ALIASES')}, and ${quote(aliasesElsewhere, EXCERPT_MAX)} names none of Mailgun's, so the session to Mailgun sends none: set ${code('SMARTHOST_ALIASES=*.mailgun.org')}, then recreate the container with ${code('docker compose up -d')}.`
      : relayImage?.name === 'boky/postfix' && loginMisnamed !== undefined
      ? rt`Fix: boky/postfix reads ${code('RELAYHOST_USERNAME')} and ${code('RELAYHOST_PASSWORD')}, and the settings give ${quote(loginMisnamed, EXCERPT_MAX)}, a name it ignores, so it relays without logging in: rename the variables, then recreate the container with ${code('docker compose up -d')}.`
      : composeFills
      ? rt`Fix: put ${bothVariables([code(envVariableName(fromEnv!))])} in the ${code('.env')} next to docker-compose.yml, then run ${code('docker compose up -d')} for the service: it recreates the container with the values filled in (a plain restart keeps the old ones).`
      : vercelScope
      ? rt`Fix: in Vercel, Project → Settings → Environment Variables, tick Production for ${fromEnv ? bothVariables([code(envVariableName(fromEnv))]) : text("the SMTP login's and password's variables")}, then redeploy production: a deployment keeps the variables it was built with.`
      // (the variable the transport reads is the API key: Mailgun's SMTP host takes the domain's SMTP login and password, not it)
      : nodemailerEnv && API_KEY_VARIABLE.test(envVariableName(fromEnv!))
      ? rt`Fix: ${code(envVariableName(fromEnv!))} holds the API key, which Mailgun's SMTP host does not take (nor the user name ${code('api')}: that is the HTTP API's login). Give the transport the domain's SMTP login (such as ${code(smtpLogin(safeDomain(facts.mailgunDomain)))}) and its SMTP password instead, set ${whereItRuns} (${code('logger: true, debug: true')} in its options shows whether it sends ${code('AUTH')}); or go back to Mailgun's HTTP API, which takes that key.`
      : authAlwaysSet
      ? rt`Fix: check first that the server runs the configuration shown (the deployed build; another ${code('createTransport')} or a mail setting that overrides it), with ${code('logger: true, debug: true')} in its options to see whether it sends ${code('AUTH')}; that transport then logs in with ${bothVariables(rt`${code(envVariableName(fromEnv!))} (and the password's variable)`)}, which must hold the domain's SMTP login and password ${whereItRuns}. Or send through Mailgun's HTTP API instead.`
      : nodemailerEnv
      ? rt`Fix: set ${bothVariables(rt`${code(envVariableName(fromEnv!))} (and the ${text(envRole === 'password' ? "login's" : "password's")} variable)`)} ${whereItRuns}, so that the transport carries ${code('auth: { user, pass }')} with the domain's SMTP login and password (${code('logger: true, debug: true')} in its options shows whether it sends ${code('AUTH')}); or send through Mailgun's HTTP API instead.`
      : fromEnv
      ? rt`Fix: set ${loginDefaulted || passwordWhenSet ? code(envVariableName(fromEnv)) : bothVariables(rt`the SMTP login's and password's environment variables (${code(envVariableName(fromEnv))} is the ${text(envRole)}'s)`)} ${evidence.some((e) => e.rule === FLY_RULE || e.rule === SENDER_KUBERNETES_RULE) || kubernetesSecret ? whereItRuns : evidence.some((e) => e.rule === LAMBDA_RULE) ? rt`in the Lambda function's configuration (Configuration, then Environment variables; its next invocations read them, no restart needed)` : evidence.some((e) => e.rule === COMPOSE_RULE) && !evidence.some((e) => e.rule === KUBERNETES_RULE) ? rt`under the service's ${code('environment:')} in the compose file, then run ${code('docker compose up -d')} for it (a plain restart keeps the container's old environment)` : systemdUnitWithoutEnvironment(evidence) !== null ? rt`in the service's unit (an ${code('EnvironmentFile=')} under ${code('[Service]')}), then run ${code('systemctl daemon-reload')} and restart the service` : evidence.some((e) => e.rule === CRON_RULE) ? rt`where the job runs (in its crontab line${text(evidence.some((e) => e.rule === CRON_ENV_CLEARED_RULE) ? ', after env -i,' : '')} or in a file the script reads; its next run reads ${text(loginDefaulted || passwordWhenSet ? 'it' : 'them')})` : rt`where the application runs, ${pm2Restart(evidence) ?? rt`restart it so that it reads ${text(loginDefaulted || passwordWhenSet ? 'it' : 'them')}`}`}, or send through Mailgun's HTTP API instead.`
      : authinfoMapMissing
      ? rt`Fix: run ${code('makemap hash /etc/mail/authinfo < /etc/mail/authinfo')} (as root; keep both files mode 600), restart Sendmail, and send what is queued with ${code('sendmail -q -v')}. Mail already bounced has to be sent again.`
      : nextcloudAuthUnset
      ? rt`Fix: run ${code('occ config:system:set mail_smtpauth --value=true --type=boolean')} (or tick "Authentication required" under Administration settings, Basic settings, Email server), then send a test email from that page.`
      // (in Kubernetes, the map mounted read-only from a Secret: texthash:, which needs no postmap, as the explanation says)
      : saslWarning?.texthash
      ? rt`Fix: in main.cf (the ConfigMap), set ${code(`smtp_sasl_password_maps = texthash:${saslMapPath}`)}, with the Secret's file holding a line keyed exactly like relayhost and the domain's SMTP login (${code(`[${host}]:${keptPort ?? RECOMMENDED_PORT} ${login}:PASSWORD`)}); texthash: is read as plain text, no ${code('postmap')} needed. Roll the pods out again (${code('kubectl rollout restart')}): deferred mail then goes out by itself; mail already refused (status=bounced) has to be sent again.`
      : saslMapMissing
      ? rt`Fix: make sure ${code(saslMapPath)} exists with a line keyed exactly like relayhost and the domain's SMTP login (${code(`[${host}]:${keptPort ?? RECOMMENDED_PORT} ${login}:PASSWORD`)}, mode 600), run ${code(`postmap ${saslMapArgument}`)} (it writes the map file Postfix reads, ${code('.db')} or ${code('.lmdb')}), then ${code('postfix reload')}: deferred mail then goes out by itself (${code('postqueue -f')} sends it at once); mail already refused (status=bounced) has to be sent again.`
      : saslKey && facts.region !== null && saslKeyHost(saslKey) === SMTP_HOST[facts.region] && saslRelayhostHost(saslKey) !== SMTP_HOST[facts.region]
      // (the key already names the domain's region: the relayhost is what is left over from before)
      ? rt`Fix: set relayhost to the host of the domain's region, which the sasl_passwd key already names (${code(`relayhost = [${SMTP_HOST[facts.region]}]:${keptPort ?? RECOMMENDED_PORT}`)}, written exactly like the key), then run ${code('postfix reload')}.`
      : keyForRelayhost
      ? rt`Fix: write relayhost exactly like the sasl_passwd key, ${code(`relayhost = ${keyForRelayhost}`)} (the brackets tell Postfix to use the host itself, without looking up its MX records), then run ${code('postfix reload')}; ${code(`postmap -q "${keyForRelayhost}" hash:/etc/postfix/sasl_passwd`)} prints the login Postfix will now find.`
      // (the file's only entries another provider's, `[smtp.sendgrid.net]:587 apikey:...` beside a per-sender relay to Mailgun: a line
      // of Mailgun's own to add, the other left as it is)
      : senderRelay
      ? rt`Fix: sasl_passwd has no entry for Mailgun's relay, only ${code(/sasl_passwd: (\S+)/.exec(saslKey!)?.[1] ?? 'another')}: add one keyed exactly as the relay is written, ${code(`${senderRelay} ${login}:PASSWORD`)} (the domain's SMTP login and password), run ${code('postmap /etc/postfix/sasl_passwd')} and reload Postfix. ${perSenderRelay ? rt`The other entry stays as it is${text(evidence.some((e) => e.rule === PLESK_RULE) ? ", and no panel-wide smarthost is needed: Plesk's would send all mail through one relay" : ', and no relayhost for all mail is needed: the per-sender map chooses the relay')}.` : rt`The other line, the old provider's login, can go once nothing sends through that relay.`}`
      : saslKey
      // (with the lookup Postfix makes, run by hand: it prints the login once the key matches)
      ? rt`Fix: make the sasl_passwd key exactly the relayhost value (brackets and port included), then run ${code('postmap /etc/postfix/sasl_passwd')} and reload Postfix${saslRelayhost ? rt`; ${code(`postmap -q "${saslRelayhost}" hash:/etc/postfix/sasl_passwd`)} then prints the login, which shows the lookup finds it` : []}.`
      : passwdClient && facts.region !== null && passwdHosts!.entry === SMTP_HOST[facts.region]
      // (the entry already names the domain's region: the smarthost is what is left over from before)
      ? rt`Fix: set the smarthost to the host of the domain's region, which the passwd.client entry already names (${code(`dc_smarthost='${SMTP_HOST[facts.region]}::587'`)}), then run ${code('update-exim4.conf')} and restart Exim.`
      : passwdClient && (evidence.some((e) => e.rule === CPANEL_RULE) || passwdHosts!.file === '/etc/exim.passwd')
      // (cPanel keeps the file as /etc/exim.passwd.client, and WHM's smarthost settings are its supported place)
      ? rt`Fix: key the ${text(passwdHosts!.file)} entry by the smarthost's name exactly (${code(passwdHosts!.smarthost)}, or ${code('*.mailgun.org')}), with that region's SMTP login and password, and restart Exim; or set the login in WHM (Exim Configuration Manager, the smarthost's authentication), which cPanel keeps when it regenerates Exim's files.`
      : passwdClient
      // (or the wildcard the settings block gives: Debian's exim4 matches the name DNS gives the address, which may differ)
      ? rt`Fix: make the passwd.client entry's first field the smarthost's name exactly (${code(passwdHosts!.smarthost)}), or ${code('*.mailgun.org')}, which also takes the name DNS gives its address, with that region's SMTP login and password, then run ${code('update-exim4.conf')} and restart Exim.`
      : passwdExact
      ? keepsLogin(rt`Fix: make the entry's first field a wildcard that takes that name: ${code('*.mailgun.org:LOGIN:PASSWORD')} if ${code('host')} on the smarthost's address prints a name under mailgun.org, or ${code('*:LOGIN:PASSWORD')} on a machine that sends only through Mailgun; keep the file owned by root:Debian-exim, mode 640, run ${code('update-exim4.conf')} and restart Exim, then check with ${code('exim4 -d -M MESSAGE_ID')} that it sends ${code('AUTH')}.`)
      : eximTlsAvoided
      // (Debian's exim4 authenticators send the login only over TLS: the setting that turned TLS off is the cause)
      ? keepsLoginIfShown(rt`Fix: remove ${code(eximTlsAvoided)} (${text(/^REMOTE_SMTP_SMARTHOST_HOSTS_AVOID_TLS/.test(eximTlsAvoided) ? 'exim4.conf.localmacros, or conf.d/main/000_localmacros' : "the smarthost's transport")}): Debian's Exim sends its login only over TLS, so with TLS avoided for the smarthost it sends none, whatever passwd.client holds. Mend the TLS problem that led to it instead (${code('update-ca-certificates')}; ${code(`openssl s_client -starttls smtp -connect ${host}:587`)} shows the certificate chain), then run ${code('update-exim4.conf')}, restart Exim and send the queue with ${code('exim -qff')}. Do not set AUTH_CLIENT_ALLOW_NOTLS_PASSWORDS: it sends the password unencrypted.`)
      // (Exim's own Fix below names its passwd.client line for the smarthost it uses)
      : loginRefused && facts.client !== 'exim'
      // (where the app keeps its password, when that is known: its own settings page; Postfix's sasl_passwd)
      ? facts.client === 'postfix'
        ? rt`Fix: the login was refused, so correct the domain's SMTP login and password in ${code('sasl_passwd')} (its line keyed exactly like ${code('relayhost')}), then run ${code('postmap')} on it and ${code('postfix reload')} (set a new password where the domain's SMTP credentials are kept${seeBelow(evidence)}, if unsure).`
        : facts.client !== null && NEW_PASSWORD_PLACE[facts.client]
        ? rt`Fix: the login was refused, so put the domain's correct SMTP login and password ${NEW_PASSWORD_PLACE[facts.client]!} (set a new password where the domain's SMTP credentials are kept${seeBelow(evidence)}, if unsure).`
        : rt`Fix: put the domain's correct SMTP login and password in the sending application, with authentication on (set a new password where the domain's SMTP credentials are kept${seeBelow(evidence)}, if unsure), or send through Mailgun's HTTP API instead.`
      : undefinedLogin
      ? rt`Fix: the transport has its ${code('auth')} object, but its values are empty where the app runs (${code(/\bauth["']?[ \t]*:[ \t]*\{[^}\n]{0,80}\}/.exec(undefinedLogin)?.[0] ?? undefinedLogin)}): the environment variables it reads never reach the process. Set them in the environment of the service that runs it (a moved or renamed variable group or secret group has to be linked to this service), check their names against the code, and redeploy it.`
      : railsLoginKey
      ? keepsLogin(rt`Fix: rename ${code('username:')} to ${code('user_name:')} in ${code('smtp_settings')}, keeping its value, and deploy; Action Mailer then logs in (a wrong login fails with a 535).`)
      : loginOutsideAuth
      ? keepsLogin(rt`Fix: move them into an ${code('auth')} object, ${code('auth: { user: ..., pass: ... }')}, in the options given to ${code('createTransport')}, keeping the values they read; restart the application, and ${code('transporter.verify()')} then logs in (a wrong login fails there with a 535).`)
      : ghostEnvUnderscore
      ? keepsLogin(ghostSystemd
        ? rt`Fix: rename them to ${code('mail__options__auth__user')} and ${code('mail__options__auth__pass')} in the unit's ${code('Environment=')} lines, then run ${code('systemctl daemon-reload')} before ${code('ghost restart')}: without the reload, systemd keeps the unit's old environment.`
        : rt`Fix: rename them to ${code('mail__options__auth__user')} and ${code('mail__options__auth__pass')} in the service's environment, then recreate the container (${code('docker compose up -d')} for it): a plain restart keeps the old environment.`)
      : ghostAuthOutside
      ? keepsLogin(rt`Fix: move the ${code('auth')} block inside ${code('mail.options')} (${code('"options": { ..., "auth": { "user": ..., "pass": ... } }')}), keeping your host, port and ${code('secure')} setting, then restart Ghost (${code('ghost restart')}; in Docker, ${code('docker compose up -d --force-recreate')} for its service, which reads the config anew).`)
      : gitlabReconfigure
      ? keepsLogin(rt`Fix: run ${code('sudo gitlab-ctl reconfigure')} (gitlab.rb as shown needs no change${text(facts.secretsFound ? ', but the new password once you rotate the exposed one' : '')}), then send a test from ${code('sudo gitlab-rails console')} with ${code("Notify.test_email('you@example.com', 'test', 'test').deliver_now")}.`)
      : SMTPS_AUTH_LINE.test(noLoginLine)
      ? keepsLoginIfShown(rt`Fix: change ${code('mail.smtps.auth')} to ${code('mail.smtp.auth')} (${code('props.put("mail.smtp.auth", "true");')}), the name the smtp protocol reads; the Authenticator, its login and the other properties stay as they are.`)
      : JAKARTA_NO_AUTH_LINE.test(noLoginLine)
      ? keepsLoginIfShown(rt`Fix: add ${code('props.put("mail.smtp.auth", "true");')} to the session's properties (with Spring Boot, ${code('spring.mail.properties.mail.smtp.auth=true')}); the Authenticator and its login stay as they are.`)
      : misnamedAuth(noLoginLine)
      ? keepsLogin(rt`Fix: rename the transport's ${code('authentication')} option to ${code('auth')}, keeping its user and pass, or send through Mailgun's HTTP API instead.`)
      : facts.client === 'msmtp' && AUTH_SWITCHED_OFF.test(switchLine)
      // (msmtp's account keeps its user and password lines while `auth off` is set: turning it on is the whole fix)
      ? evidence.some((e) => e.rule === COMMENTED_LOGIN_RULE)
        // (its login lines commented out too, `#user ...`, `#passwordeval ...`: turning auth on alone sends an empty login)
        ? rt`Fix: in the msmtp configuration (msmtprc), change ${code('auth off')} to ${code('auth on')} in the account that sends through Mailgun, and remove the ${code('#')} in front of its ${code('user')} (the domain's SMTP login) and ${code('password')} or ${code('passwordeval')} lines.`
        // (its user line shown: it stays, turning auth on is the fix)
        : msmtpUser !== undefined
        ? rt`Fix: in the msmtp configuration (msmtprc), change ${code('auth off')} to ${code('auth on')} in the account that sends through Mailgun; its ${code(`user ${msmtpUser}`)} line stays (if that login is one of the domain's SMTP credentials), beside a ${code('password')} or ${code('passwordeval')} line for its password.`
        // (whether the account has user and password lines the paste may not show: set, not kept)
        : rt`Fix: in the msmtp configuration (msmtprc), change ${code('auth off')} to ${code('auth on')} in the account that sends through Mailgun, with its ${code('user')} line set to the domain's SMTP login (such as ${code(login)}) and a ${code('password')} or ${code('passwordeval')} line for its password (add them if the account has none).`
      : commentedLogin
      // (sSMTP's `#AuthUser=...`, `#AuthPass=...`: the login is there, switched off by the comment sign)
      // (a password written out in the commented line was pasted: it comes back read from the environment, and new)
      // (taken out because it was refused, "lo quitamos porque daba 535": it comes back with credentials that work)
      ? commentedAfterRefusal(commentedLogin)
        ? rt`Fix: put the login back (${quote(commentedLogin, EXCERPT_MAX)}): without it Mailgun refuses to relay, whatever else is right. The 535 it gave meant the user name or password was wrong, not that logging in is the problem: use the domain's full SMTP login (such as ${code(login)}, not the account's email or an API key) and its SMTP password${text(facts.region === 'eu' ? ' (an EU domain\'s login, reset under the domain in the EU region)' : '')}; if unsure, set a new password for the login (below) and use that.`
        : commentedLogin.includes(REDACTED)
        ? rt`Fix: put the commented-out login back (${quote(commentedLogin, EXCERPT_MAX)}) so that the client logs in, but with the password read from an environment variable or secret store, not written in the file: the one in the comment was pasted here, so set a new one for the login first. Or send through Mailgun's HTTP API instead.`
        // (said in words, "the login() line was commented out at the deploy": the line itself is not shown)
        : !/^(?:#|\/\/|;)/.test(commentedLogin)
        ? rt`Fix: put the commented-out login back (the paste says so: ${quote(commentedLogin, EXCERPT_MAX)}), with the domain's SMTP login and password, so that the client logs in; or send through Mailgun's HTTP API instead.`
        // (only the switch commented out, `# gitlab_rails['smtp_authentication'] = "plain"`, the user and password lines set: those
        // are sent only once the switch is on, which is why they seemed to be there for nothing)
        : AUTH_SWITCH_LINE.test(commentedLogin) && !/user|password|passwd|pass\b/i.test(commentedLogin) && facts.smtpLogin !== null
        ? rt`Fix: remove the ${code(/^(?:\/\/|;)/.exec(commentedLogin)?.[0] ?? '#')} in front of ${quote(commentedLogin, EXCERPT_MAX)}: it is the setting that switches the login on, and with it commented out the client connects without logging in, whatever its user name and password lines hold${facts.client && CONFIG_APPLY[facts.client] ? rt`. Then run ${code(CONFIG_APPLY[facts.client]!)}` : []}, and send a test.`
        // (and a live switch that turns the login off beside them, `gitlab_rails['smtp_authentication'] = false`: it is turned on too)
        : rt`Fix: remove the ${code(/^(?:\/\/|;)/.exec(commentedLogin)?.[0] ?? '#')} in front of the configuration's login lines (${quote(commentedLogin, EXCERPT_MAX)}), with the domain's SMTP login and password in them${liveAuthSwitchOff(noLoginLine) ? rt`, and switch the login on where ${quote(noLoginLine.trim(), EXCERPT_MAX)} turns it off${text(facts.client === 'gitlab' ? ` (GitLab: "plain")` : '')}` : []}${facts.client && CONFIG_APPLY[facts.client] ? rt`, then run ${code(CONFIG_APPLY[facts.client]!)}` : []}, so that the client logs in; or send through Mailgun's HTTP API instead.`
      : saslDisabled
      ? rt`Fix: add ${code('smtp_sasl_auth_enable = yes')} to main.cf (the map's login must be the domain's SMTP login)${bareRelayhost ? rt`; and as the relayhost is written without brackets, Postfix looks the login up under ${code(`${bareRelayhost[1]}:${bareRelayhost[2]}`)}, which a map key written the usual way, ${code(`[${bareRelayhost[1]}]:${bareRelayhost[2]}`)}, does not match: write the relayhost with brackets, ${code(`relayhost = [${bareRelayhost[1]}]:${bareRelayhost[2]}`)}, so that the two are the same` : []}, then run ${code('postfix reload')}; on a rebuilt box, check that the SASL modules are installed too (${code('libsasl2-modules')} on Debian and Ubuntu).`
      // (web.config's element shown: the file is what changes, no rebuild)
      : dotnetConfigFile && /defaultcredentials\s*=\s*["']true/i.test(noLoginLine)
      ? rt`Fix: in web.config (or app.config), set ${code('defaultCredentials="false"')} on the ${code('<network>')} element and add ${code(`userName="${login}"`)} and the domain's SMTP password as ${code('password')} (settings below): a change to the file alone, no code and no rebuild; the application reads it when it starts again.`
      : defaultCredentials
      ? credentialsUndone
        ? keepsLogin(rt`Fix: move ${code('UseDefaultCredentials = false')} above ${code('Credentials')} (or remove it) and keep ${code('Credentials = new NetworkCredential(login, password)')} with the domain's SMTP login and password; or send through Mailgun's HTTP API instead.`)
        // (the Credentials line may not be in the code at all: set, not kept; a login kept only where the paste shows one)
        : keepsLoginIfShown(rt`Fix: remove ${code('UseDefaultCredentials = true')} (or set it to ${code('false')} before ${code('Credentials')}) and set ${code('Credentials = new NetworkCredential(login, password)')} (or keep it, where the code has it) with the domain's SMTP login and password; or send through Mailgun's HTTP API instead.`)
      // (an application whose login is set on its own screen or file, by names the paste's lines do not give: its own words)
      : facts.client !== null && OWN_WORDS_FIRST.has(facts.client) && appLoginFixFor(facts.client, evidence)
      ? rt`Fix: ${appLoginFixFor(facts.client, evidence)!} (settings below).`
      : untickedBox
      // (a settings screen's box left unticked: its own label)
      ? rt`Fix: tick ${quote(untickedBox, EXCERPT_MAX)} and fill in the user name and password fields with the domain's SMTP login (such as ${code(login)}) and password; or send through Mailgun's HTTP API instead.`
      : switchedOn
      // (the paste's own setting, switched back on: `mail.smtp.auth: false` becomes `mail.smtp.auth: true`)
      ? rt`Fix: switch authentication on: ${code(switchedOn)} in place of ${code(offSetting!)}, with the domain's SMTP login and password set beside it; or send through Mailgun's HTTP API instead.`
      // (ASP.NET's keys set from outside, `Smtp__UserName`: the settings to fill, by the paste's own names)
      // (MailKit's app settings with the user name empty: the settings, and the Authenticate call only where the code lacks it)
      : facts.client === 'mailkit' && facts.authAttempted !== true && !aspnetLogin && emptyLoginIn(noLoginLine, facts)
      ? rt`Fix: fill the empty user name (${quote(noLoginLine.trim().replace(/,$/, ''), EXCERPT_MAX)}) with the domain's SMTP login (such as ${code(login)}), and the password beside it with that login's SMTP password, in the configuration the app runs with (or in its environment, such as ${code('Smtp__User')} and ${code('Smtp__Password')}), then restart it. If the code never calls ${code('AuthenticateAsync')}, add it after ${code('ConnectAsync')} (below).`
      : aspnetLogin && facts.authAttempted !== true
      ? rt`Fix: set ${code(aspnetLogin)} to the domain's SMTP login (such as ${code(login)}) and ${code(aspnetLogin.replace(/__[A-Za-z]+$/, '__Password'))} to that login's SMTP password (not an API key) where the app's configuration is set (on Azure App Service: Configuration, Application settings of the slot that serves the site; a setting marked Deployment slot setting stays with its slot when slots are swapped), then restart the app: with a user name set, it logs in.`
      // (a nodemailer transport whose auth reads a secrets object filled from the store moved to: the values come out undefined)
      : facts.client === 'nodemailer' && facts.authAttempted !== true && secretsStore(evidence) !== null
      ? rt`Fix: the transport's ${code('auth')} values most likely come out undefined since the deploy that moved the configuration to ${text(secretsStore(evidence)!)}: with no user, nodemailer sends no login. Make sure the secrets are fetched before ${code('nodemailer.createTransport')} runs (await the call that loads them), under the names the code reads, and that they hold the domain's SMTP login (such as ${code(login)}) and its SMTP password; log whether each is set (never its value), then restart the service.`
      // (emptied in the deploy that moved the secrets to a store: the loading from it is what misses them)
      : facts.client === 'laravel' && (emptyVariable === 'MAIL_USERNAME' || emptyVariable === 'MAIL_PASSWORD') && secretsStore(evidence) !== null
      ? rt`Fix: ${code('MAIL_USERNAME')} and ${code('MAIL_PASSWORD')} are empty on the server since the deploy that moved the secrets to ${text(secretsStore(evidence)!)}: whatever loads the secrets from there does not fill these two (or the empty lines in .env are read instead). Put the domain's SMTP login (such as ${code(login)}) and its password in ${text(secretsStore(evidence)!)}, and have the loading step set them as ${code('MAIL_USERNAME')} and ${code('MAIL_PASSWORD')} (or remove the empty lines from .env if it fills the environment already); then run ${code('php artisan config:clear')} and ${code('php artisan queue:restart')}.`
      : facts.client === 'laravel' && (emptyVariable === 'MAIL_USERNAME' || emptyVariable === 'MAIL_PASSWORD')
      // (the API driver set up beside it, MAILGUN_DOMAIN and MAILGUN_SECRET: going back to it needs no SMTP login)
      ? rt`Fix: fill ${code('MAIL_USERNAME')} with the domain's SMTP login (such as ${code(login)}) and ${code('MAIL_PASSWORD')} with its password ${evidence.some((e) => e.rule === COMPOSE_RULE)
        // (in Docker Compose: where the service gets its environment, and a container made anew, which a restart is not)
        ? rt`where the Compose service gets its environment (its ${code('env_file')} or ${code('environment:')} entries), then run ${code('docker compose up -d')} for the service (a plain ${code('docker compose restart')} keeps the old environment) and ${code('php artisan config:clear')}`
        : rt`in the server's .env, then run ${code(evidence.some((e) => e.rule === LARAVEL_CONFIG_CACHED_RULE) ? 'php artisan config:cache' : 'php artisan config:clear')} and ${code(evidence.some((e) => e.rule === HORIZON_RULE) ? 'php artisan horizon:terminate' : 'php artisan queue:restart')}${text(evidence.some((e) => e.rule === HORIZON_RULE) ? ' (Horizon\'s own restart: its supervisor starts it again with the new values)' : '')}`}; ${evidence.some((e) => e.rule === LARAVEL_MAILGUN_DRIVER_RULE) ? rt`or switch to ${code('MAIL_MAILER=mailgun')} (with ${code('composer require symfony/mailgun-mailer symfony/http-client')}): the API driver needs no SMTP login, and its ${code('MAILGUN_SECRET')} is set already${text(facts.secretsFound ? ' (put the new key there once you rotate the one pasted here)' : '')}.` : rt`or send through Mailgun's HTTP API (${code('MAIL_MAILER=mailgun')}, with MAILGUN_DOMAIN and MAILGUN_SECRET${facts.region === 'eu' ? rt`, and ${code('MAILGUN_ENDPOINT=api.eu.mailgun.net')} for the domain's EU region` : []}) instead.`}${evidence.some((e) => e.rule === DEPLOY_OVERWROTE_ENV_RULE) ? DEPLOY_KEEPS_ENV : []}`
      // (an env file's empty login variable, `EMAIL_SMTP_USER=""`, which the app reads (Directus, Ghost, any app set by its
      // environment): that variable is the fix, not the library's own settings)
      // (not a job under cron, whose environment is not the shell's: its own Fix below)
      : !loginWhenSet && !fromEnv && !evidence.some((e) => e.rule === CRON_RULE) && emptyVariable && /USER|LOGIN/.test(emptyVariable)
      ? rt`Fix: fill ${code(emptyVariable)} with the domain's SMTP login (such as ${code(login)}: not the Mailgun account's email, not an API key) and the password variable beside it with that login's SMTP password, in the environment the application reads, then ${evidence.some((e) => e.rule === COMPOSE_RULE) ? rt`recreate its container (${code('docker compose up -d')}: a restart keeps the old environment)` : text('restart it')}; with a login set, it logs in. Or send through Mailgun's HTTP API instead.`
      : loginWhenSet && !fromEnv && emptyVariable
      // (the deployment's own empty line, `SMTP_USER=`: the variable to fill, by its name)
      ? rt`Fix: fill ${code(emptyVariable)} (and its password beside it) with the domain's SMTP login and password where the application runs, and restart it: with a login set, the code logs in by itself. Better, make it stop with an error when the login is empty instead of sending without one. Or send through Mailgun's HTTP API instead.`
      : cronVariable
      ? rt`Fix: define ${code(cronVariable)} and the password's variable in the crontab, on lines above the job, or have the job's command load the file that sets them (cron reads no ${code('~/.bashrc')}); the next run picks them up, nothing needs restarting. Better, make the script stop with an error when the login is empty instead of sending without one. Or send through Mailgun's HTTP API instead.`
      // (the host read from the same environment with os.environ[...], which stops when it is missing: the environment is
      // loaded, and the login's variable is simply not defined in it)
      : loginWhenSet && !fromEnv && facts.client === 'python-smtplib' && ENVIRON_NAME.test(loginWhenSet) && evidence.some((e) => e.rule === HOST_FROM_ENVIRONMENT_RULE)
      ? rt`Fix: ${code(ENVIRON_NAME.exec(loginWhenSet)![1]!)} is not defined where the program runs, while its environment is loaded (the code reads the host with ${code(/os\.environ\[[^\]]{1,70}\]/.exec(evidence.find((e) => e.rule === HOST_FROM_ENVIRONMENT_RULE)!.excerpt)?.[0] ?? 'os.environ[...]')}, which would stop with an error if it were not): add ${code(ENVIRON_NAME.exec(loginWhenSet)![1]!)} with the domain's SMTP login (such as ${code(login)}) beside the other settings (the secrets, the service's environment) and restart or redeploy. Better, read the login with ${code(`os.environ["${ENVIRON_NAME.exec(loginWhenSet)![1]!}"]`)}, which stops with an error when it is missing, instead of sending without one.`
      // (the secrets moved out to a store in the deploy that began it: the login's variable is no longer in the environment)
      : loginWhenSet && !fromEnv && facts.client === 'python-smtplib' && ENVIRON_NAME.test(loginWhenSet) && secretsStore(evidence) !== null
      ? rt`Fix: ${code(ENVIRON_NAME.exec(loginWhenSet)![1]!)} is no longer in the environment where the program runs, since the deploy that moved the secrets to ${text(secretsStore(evidence)!)}: the code then skips the login. Have the deployment put the SMTP login and password from ${text(secretsStore(evidence)!)} into the environment under the names the code reads (or fetch them in the code), then restart it; better, read the login with ${code(`os.environ["${ENVIRON_NAME.exec(loginWhenSet)![1]!}"]`)}, which stops with an error when it is missing, instead of sending without one.`
      // (Python reads no .env file by itself: a variable "in the .env" is empty in os.environ unless something loads it)
      : loginWhenSet && !fromEnv && facts.client === 'python-smtplib' && /os\.enviro|getenv/.test(loginWhenSet)
      ? rt`Fix: Python does not read a ${code('.env')} file by itself: a variable written there is empty in ${code('os.environ')} unless the program loads it (${code('from dotenv import load_dotenv; load_dotenv()')} from python-dotenv, before the variables are read) or the service that runs it sets it (systemd's ${code('EnvironmentFile=')}, Docker's ${code('env_file')}, the crontab). Then restart it. Better, read the login with ${code(`os.environ["${ENVIRON_NAME.exec(loginWhenSet)?.[1] ?? 'SMTP_USER'}"]`)}, which stops with an error when it is missing, instead of sending without one.`
      : loginWhenSet && !fromEnv
      ? rt`Fix: set the login setting (and the password's) where the application runs and restart it, so that the code sends its login; better, make it stop with an error when the login is empty instead of sending without one. Or send through Mailgun's HTTP API instead.`
      // (the image's own variables, where nothing more specific above shows why the login is missing)
      : relayImage !== undefined
      ? rt`Fix: ${text(relayImage.name)} takes the relay's login from its environment, ${code(`${relayImage.user}=${smtpLogin(facts.mailgunDomain)}`)} and ${code(`${relayImage.password}=...`)} (the domain's SMTP password), and reads no other names: set those (in the service's ${code('environment')} or its ${code('env_file')}), then recreate the container with ${code('docker compose up -d')}. Files edited inside the container are lost when it is recreated.`
      // (a mail server relaying to Mailgun: its own settings, not an application's)
      : facts.client === 'exim' && evidence.some((e) => e.rule === CPANEL_RULE)
      ? rt`Fix: in WHM, Exim Configuration Manager: set the smarthost to ${code(`* ${host}::587`)} (Basic Editor, Smarthost support, a route list: the asterisk first) and turn on the smarthost's authentication with the domain's SMTP login and password there (older cPanel versions: an authenticator in the Advanced Editor); then restart Exim. cPanel regenerates Exim's files, so Debian's ${code('/etc/exim4/passwd.client')} does not apply.`
      // (a hand-written authenticator, its transport without hosts_try_auth: Exim never offers the login to the smarthost)
      : facts.client === 'exim' && evidence.some((e) => e.rule === EXIM_TRY_AUTH_MISSING_RULE)
      ? rt`Fix: the missing ${code('hosts_try_auth')} is the cause. Add ${code(`hosts_try_auth = ${host}`)} (or ${code(`hosts_require_auth = ${host}`)}, which refuses to send without a login) to the transport that delivers to the smarthost: without it Exim never uses the authenticator, whatever its ${code('client_send')} holds. Then restart Exim and run ${code('exim -qff')} to retry the queue; mail already bounced has to be sent again.`
      : facts.client === 'exim'
      ? rt`Fix: put the domain's SMTP login and password in ${code('/etc/exim4/passwd.client')} under the smarthost's name (${code(`${host}:${smtpLogin(facts.mailgunDomain)}:PASSWORD`)}), then run ${code('update-exim4.conf')} and restart Exim (settings below).`
      : facts.client === 'sendmail'
      // (its smart host's login lives in the authinfo map, read only where sendmail.mc has FEATURE(`authinfo'))
      ? rt`Fix: put the domain's SMTP login and password in ${code('/etc/mail/authinfo')} (${code(`AuthInfo:${host} "U:${smtpLogin(facts.mailgunDomain)}" "P:PASSWORD" "M:PLAIN"`)}, mode 600) and run ${code('makemap hash /etc/mail/authinfo < /etc/mail/authinfo')}; check that sendmail.mc has ${code("FEATURE(`authinfo')")}, rebuild sendmail.cf from it and restart Sendmail (settings below).`
      : facts.client === 'postfix' && SASL_ENABLE_COMMENTED.test(noLoginLine)
      // (its password map commented out as well: both lines, and the map's entry, or the login goes out without a password)
      ? evidence.some((e) => e.rule === SASL_MAP_COMMENTED_RULE)
        ? rt`Fix: uncomment both ${code('smtp_sasl_auth_enable = yes')} and ${code(saslMapLine(evidence))} in main.cf (with ${code('smtp_sasl_security_options = noanonymous')}, and the SASL plugin installed: ${code('apt install libsasl2-modules')} on Debian and Ubuntu); put ${code(`[${host}]:${facts.smtpPort ?? RECOMMENDED_PORT} ${smtpLogin(facts.mailgunDomain)}:PASSWORD`)} in ${code(saslMapFile(evidence))} if it is not there yet (its key written exactly as ${code('relayhost')} is) and run ${code(`postmap ${saslMapFile(evidence)}`)}, then ${code('postfix reload')}; mail already refused has to be sent again.`
        : keepsLoginIfShown(rt`Fix: uncomment ${code('smtp_sasl_auth_enable = yes')} in main.cf (with ${code('smtp_sasl_security_options = noanonymous')}, and the SASL plugin installed: ${code('apt install libsasl2-modules')} on Debian and Ubuntu), ${evidence.some((e) => e.rule === SASL_DB_MISSING_RULE) ? rt`run ${code(`postmap ${/\b(?:hash|btree|lmdb|cdb|dbm):\S+/.exec(evidence.find((e) => e.rule === SASL_DB_MISSING_RULE)!.excerpt)?.[0] ?? saslMapFile(evidence)}`)} (the listing shows no database made from it yet: without one Postfix has no login to send), ` : []}then run ${code('postfix reload')}; mail already refused has to be sent again.`)
      // (SASL on, but no mechanism to log in with: the Cyrus SASL plugins are not installed)
      : facts.client === 'postfix' && evidence.some((e) => e.rule === POSTFIX_NO_SASL_MECHS_RULE)
      ? rt`Fix: Postfix tried to log in but has no SASL mechanism to do it with (${code('No worthy mechs found')}): its Cyrus SASL PLAIN and LOGIN plugins are missing. Install them (${code('apt install libsasl2-modules')} on Debian and Ubuntu, ${code('dnf install cyrus-sasl-plain')} on RHEL and its kin), run ${code('postfix reload')}, then ${code('postqueue -f')} for what is still queued; the login settings shown can stay as they are.${evidence.some((e) => e.rule === POSTMAP_NOT_RUN_RULE) ? rt` Run ${code('postmap /etc/postfix/sasl_passwd')} before the reload too: the paste says it was not run, and Postfix reads the map it builds, not the text file.` : []}`
      // (Plesk writes Postfix's relayhost and password map from its own smarthost settings: set the login there)
      : facts.client === 'postfix' && evidence.some((e) => e.rule === PLESK_RULE)
      ? rt`Fix: in Plesk, Tools & Settings → Mail Server Settings, the smarthost settings: tick Authentication required and enter the domain's SMTP login (${code(smtpLogin(facts.mailgunDomain))} or another of its SMTP credentials) and its password, then save. Plesk writes Postfix's relayhost and password map from these settings, so set the login there, not by editing main.cf (the values below are what it needs).`
      // (its login switch said or shown on: what stops the login is what Postfix really runs with, the map's key, or the plugins)
      : facts.client === 'postfix' && evidence.some((e) => e.rule === SASL_ON_SAID_RULE)
      ? rt`Fix: with ${code('smtp_sasl_auth_enable = yes')}, Postfix still sent no login, so one of these stops it: check what Postfix really runs with (${code('postconf relayhost smtp_sasl_auth_enable smtp_sasl_password_maps')}: a second ${code('smtp_sasl_auth_enable')} line further down main.cf wins); that the key in sasl_passwd is exactly the relayhost value, brackets and port included (${code(`[${host}]:${facts.smtpPort ?? RECOMMENDED_PORT}`)}); that ${code('postmap /etc/postfix/sasl_passwd')} ran after its last edit and ${code('postfix reload')} after that; and that the SASL plugins are installed (${code('libsasl2-modules')} on Debian and Ubuntu, ${code('cyrus-sasl-plain')} on RHEL: without them the log says ${code('No worthy mechs found')}).`
      : facts.client === 'postfix'
      ? rt`Fix: turn Postfix's SMTP login on (${code('smtp_sasl_auth_enable = yes')}) with the domain's SMTP login and password in sasl_passwd, keyed exactly like relayhost, then ${code('postmap')} it and run ${code('postfix reload')} (settings below).`
      : facts.client !== null && appLoginFixFor(facts.client, evidence)
      // (an application with a settings page of its own: where its login is switched on)
      // (the WordPress plugin's Mailgun mailer calls the US API unless its Region says EU)
      // (WordPress's line ends on the plugin's Mailgun mailer, whose settings are not the ones below: its own text points to them)
      ? rt`Fix: ${appLoginFixFor(facts.client, evidence)!}${facts.client === 'wordpress' ? (facts.region === 'eu' ? rt`, with its Region set to EU, where the domain is.` : rt`.`) : rt` (settings below).`}`
      // (moved to a new machine, the login said read from an env file there: that file or its loading, then the call)
      : clientFix && evidence.some((e) => e.rule === MOVED_BOX_ENV_RULE) && facts.smtpLogin === null
      ? rt`Fix: the program moved to a new machine and reads its login from an env file there: most likely that file (or its login lines) did not come along, or what runs the program does not load it (cron and systemd read no env file by themselves). Put the domain's SMTP login and password in it on the new machine and have the program load it. Check too that the code logs in once they are set (${clientFix}).`
      : clientFix
      ? rt`Fix: ${clientFix}; or send through Mailgun's HTTP API instead.`
      // (Google Workspace's Gmail route to Mailgun: its Change route screen has a host and a port, no login; Mailgun relays
      // for none, so the route itself must go, or the app must send to Mailgun directly)
      // (the sender's own gateway product relaying to Mailgun: it is the client, and not every one can log in to a smart host)
      : gatewayProduct !== null && facts.client === null
      ? rt`Fix: ${text(gatewayProduct!)}'s route to ${code(host)} sends no login, and Mailgun relays only for a logged-in session. Set the domain's SMTP login and password on that route if ${text(gatewayProduct!)} offers SMTP authentication for it; if not, point the route at a relay of your own (a Postfix, say) that logs in to ${code(`${host}:${RECOMMENDED_PORT}`)} with it, or have the applications send to Mailgun themselves (the API, or SMTP with the login).`
      : evidence.some((e) => e.rule === GOOGLE_ROUTE_RULE)
      ? rt`Fix: Google Workspace's route cannot log in to Mailgun (its Change route setting takes a host and a port, no user name or password), and Mailgun relays only for a logged-in session. Remove the route (Admin console → Apps → Google Workspace → Gmail → Routing) so that Gmail delivers the mail itself, or have the sending system send straight to ${code(host)} on port ${code(String(RECOMMENDED_PORT))} with the domain's SMTP login and password (or through Mailgun's HTTP API).`
      // (a mail program's account: its outgoing server's own login switch, with the domain's SMTP login)
      : facts.source === 'mail-client'
      ? rt`Fix: in the mail program's account settings, turn on the outgoing server's login with the domain's SMTP login${safeDomain(facts.mailgunDomain) ? rt` (such as ${code(smtpLogin(facts.mailgunDomain))})` : []} and its password (Outlook: More Settings → Outgoing Server → "My outgoing server (SMTP) requires authentication", then "Log on using"; Thunderbird: the outgoing server's Authentication method "Normal password" and its User Name).`
      : rt`Fix: turn on SMTP authentication in the sending application with the domain's SMTP login and password, or send through Mailgun's HTTP API instead.`;
  const loginInPlace = loginKept.has(fixLine);
  // An EU domain sent through the US host: whatever else the fix says, the host changes too (the US host does not know its login).
  const regionHostFix = facts.region === 'eu' && facts.host === SMTP_HOST.us && !plain(fixLine).includes(SMTP_HOST.eu);
  // (an application that only speaks SMTP, a mail server among them, has no use for Mailgun's HTTP API)
  const fix = apiPossible ? fixLine : withoutApiAlternative(fixLine);
  summary.push(regionHostFix ? rt`${fix} Also set the host to ${code(SMTP_HOST.eu)}: the US host does not know an EU domain's login.` : fix);

  // How the login is switched on: a switch of its own (PHPMailer's SMTPAuth, a plugin's toggle), or none, where setting the
  // login is all it takes (nodemailer, Laravel, Ghost...); nothing to switch where the paste shows it on and its lookup failing.
  // (`after`: whether it follows a full sentence, " Turn ...", or ends the step's own sentence, ", and turn ...")
  const authOn = (after: 'sentence' | 'clause'): RichText => {
    const [lead, turn, give] = after === 'sentence' ? [' ', 'Turn', 'Give'] : [', and ', 'turn', 'give'];
    return [
      // (nor where the transport shown always gives its login, from variables: the Fix says to check what the server runs)
      saslKey || passwdClient || loginInPlace || authAlwaysSet
        ? text(after === 'sentence' ? '' : '.')
        // (Postfix tried to log in, with no mechanism to do it with: its login is on already)
        : facts.client === 'postfix' && evidence.some((e) => e.rule === POSTFIX_NO_SASL_MECHS_RULE)
        ? text(`${lead}${after === 'sentence' ? 'Its' : 'its'} login is on already; it fails for want of a SASL mechanism (the fix above).`)
        : facts.client === 'postfix' && evidence.some((e) => e.rule === SASL_ON_SAID_RULE)
        ? text(`${lead}${after === 'sentence' ? 'Its' : 'its'} login switch is on already; the fix above says what else keeps it from logging in.`)
        // (where the library logs in once it has a login, a switch of the application's own turned off, `"UseSMTPAuth": false`:
        // that switch)
        : facts.client !== null && LOGIN_IS_THE_SWITCH.has(facts.client)
        ? text(switchedOn ? `${lead}${turn} on the switch the fix above names.` : `${lead}${give} it the login and password (below): setting them is what makes it log in.`)
        : text(`${lead}${turn} authentication on.`),
    ];
  };
  return {
    headline: facts.hostRole === 'mailgun-mx'
      ? "Mailgun refused to relay: the mail was sent through its inbound MX, which does not relay for clients"
      : 'Mailgun refused to relay: the SMTP session was not authenticated',
    summary,
    ...(loginCause ? { loginCause } : {}),
    sections: [
      {
        heading: 'How to fix it',
        steps: [
          // (a login map whose key does not match: the login in it is there already, only its key is wrong)
          // (keyed to the other region's host: a domain created again in that region has SMTP credentials of its own)
          passwdClient && otherRegionEntry(passwdClient)
            ? rt`Key the entry by the smarthost's name and put in the SMTP login and password of the domain in the ${text(passwdHosts!.smarthost === SMTP_HOST.eu ? 'EU' : 'US')} region: a domain created again in another region has credentials of its own, so the old password will most likely be refused there (a ${code('535')}). Take them from that domain's SMTP credentials (below), setting a new password if you don't have it.`
            : keyForRelayhost
            ? facts.secretsFound
              ? rt`Change only the relayhost line, as the Fix says; put the new password in sasl_passwd once you have rotated the one pasted here (in the domain's SMTP credentials, below), and run ${code('postmap /etc/postfix/sasl_passwd')} after that edit.`
              : rt`The sasl_passwd file needs no change: only the relayhost line does, as the Fix says.`
            : senderRelay
            ? rt`Get the domain's SMTP login and password for that new entry (below): the file holds none of Mailgun's yet.`
            : saslKey || passwdClient
            ? facts.secretsFound
              ? rt`Change only the key the mail server looks the login up by, and put in the new password once you have rotated the one pasted here (in the domain's SMTP credentials, below); the login itself stays.`
              : rt`The login and password in that file need no change: only the key the mail server looks them up by does.`
            : loginInPlace
            ? facts.secretsFound
              ? rt`The login itself is right; only its password changes, once you rotate the one pasted here (in the domain's SMTP credentials, below). The Fix above is what gets them to Mailgun.`
              : rt`The login and password need no change for this refusal (Mailgun has not checked them yet: none was sent): the Fix above is what gets them to Mailgun.`
            // (a read-only role in the account: an admin gives the login)
            : evidence.some((e) => e.rule === READ_ONLY_ROLE_RULE)
            ? rt`You say the Mailgun role here is read-only: it cannot see or make SMTP credentials. An admin or the owner of the account gives you the domain's SMTP login and password, or makes a new login for this application (in the domain's SMTP credentials, below).`
            // (no access to the dashboard: the login in hand, or where one comes from without it)
            : dashboardLacking(evidence)
            ? withoutDashboard(facts, evidence.some((e) => e.rule === CREDENTIALS_IN_HAND_RULE))
            // (its login refused after a password change: the new password, answered above)
            : evidence.some((e) => e.rule === LOGIN_REFUSED_RULE) && evidence.some((e) => e.rule === PASSWORD_CHANGED_SAID_RULE)
            ? rt`The login was refused (535): give the program the password set last for it (above), then send a test.`
            // (said set already: what is left is getting them used, the Fix above)
            : evidence.some((e) => e.rule === CREDENTIALS_SET_RULE || e.rule === CREDENTIALS_IN_HAND_RULE || e.rule === UI_STEPS_DECLINED_RULE)
            ? rt`You have the domain's SMTP login and password already${uiStepsDeclined(evidence) ? [] : text(' (if unsure of them, see below)')}: what is left is that the sending program uses them.`
            : rt`Get the domain's SMTP login and password from the Mailgun control panel (see below).`,
          // (a Microsoft 365 connector cannot log in: a relay of the sender's own does, and the connector sends to it)
          // (a Google Workspace route has no login either: it goes, or the sending system sends to Mailgun itself)
          gatewayProduct !== null && facts.client === null
            ? rt`Give ${text(gatewayProduct!)}'s route to Mailgun that login and password, or the relay or API of the Fix above.`
            : evidence.some((e) => e.rule === GOOGLE_ROUTE_RULE) && facts.client === null
            ? rt`Google Workspace's route has no place for a login (above): remove the route, or have the system that makes the mail send straight to ${code(`${host}:${RECOMMENDED_PORT}`)} with that login and password.`
            // (the connector said scoped already, the rest of the tenant's mail going out directly: only the relay for that mail)
            : facts.client === 'm365-connector' && evidence.some((e) => e.rule === CONNECTOR_SCOPED_RULE)
            ? rt`The connector already takes only the mail that must go through Mailgun, so the rest of your mail is not held up. For that mail, set up a relay of your own that logs in to ${code(`${host}:${RECOMMENDED_PORT}`)} with that login (a Postfix, below) and takes mail only from your tenant, and point the connector's smart host at that relay; or have the application send to Mailgun itself (the API, or SMTP with the login).`
            : facts.client === 'm365-connector'
            // (and, until then, the connector turned off or scoped, so that the tenant's own mail goes out directly again)
            ? rt`Right away, in the Exchange admin center (Mail flow, Connectors), turn the outbound connector off, or limit it to the mail that must go through Mailgun (set it to "Only when I have a transport rule set up that redirects messages to this connector", with a mail flow rule that sends only that mail to it): the staff's own mail then goes out directly again. Then, for the mail that must go through Mailgun, set up a relay of your own that logs in to ${code(`${host}:${RECOMMENDED_PORT}`)} with that login (a Postfix, below) and takes mail only from your tenant, and point the connector's smart host at that relay; or have the application send to Mailgun itself (the API, or SMTP with the login).`
            // (the paste's own host and a STARTTLS port are the right ones: only the login is missing)
            : facts.host === host && facts.smtpPort !== null && facts.smtpPort !== 465 && !keptPort && !plainPort25(facts, evidence)
            ? rt`Keep the server (${code(host)}) and port (${code(String(facts.smtpPort))}) the paste shows: they are right.${authOn('sentence')}`
            : steeredToStartTls
            ? rt`In the mail server's settings, set the server to ${code(host)}${euNote}, port ${code(String(RECOMMENDED_PORT))} with STARTTLS, as below${authOn('clause')}`
            : noImplicitTls
            ? rt`In the sending application, set the server to ${code(host)}${euNote}, port ${code(String(RECOMMENDED_PORT))} with STARTTLS (or ${code('2525')}; not ${code('465')}: .NET's SmtpClient${text(facts.client === 'powershell' ? ', which Send-MailMessage uses,' : '')} cannot do implicit TLS)${authOn('clause')}`
            : implicitTls
              ? rt`In the sending application, set the server to ${code(host)}${euNote}, and keep port ${code('465')} with TLS from the start (implicit TLS) as in the paste: Mailgun takes it too.${authOn('sentence')}`
            : keptPort
              ? rt`In the sending application, set the server to ${code(host)}${euNote}, port ${code(String(keptPort))} as in the paste, with STARTTLS (${code(String(RECOMMENDED_PORT))} is the usual one, where a network lets it through)${authOn('clause')}`
              : rt`In the sending application, set the server to ${code(host)}${euNote}, port ${code(String(RECOMMENDED_PORT))} with STARTTLS (recommended; ${code('465')} uses implicit TLS, ${code('2525')} and ${code('25')} also work)${authOn('clause')}`,
          ...(shownLogin
            ? [rt`Keep the full login as the user name, ${code(shownLogin)}, with its own SMTP password (the one set for that login in the domain's SMTP credentials).`]
            : loginInPlace
            ? []
            : [rt`Use the full login as the user name, for example ${code(login)}, with the domain's SMTP password.`]),
          rt`Send a test. If the answer is now ${code('535')}, the login reached Mailgun but was not accepted: check the user name and the password${facts.region === null ? rt`, and that the host is the one of the domain's region (${code(SMTP_HOST.eu)} for a domain in the EU region)` : []}; set a new password for that login if needed${uiStepsDeclined(evidence) ? [] : text(' (where, below)')}.`,
        ],
        paragraphs: [
          apiPossible
            ? rt`Mailgun requires every outgoing message to be authenticated, over SMTP or with the API (${code(`POST ${API_BASE[region]}/v3/${domain ?? 'YOUR_DOMAIN'}/messages`)}, with HTTP Basic authentication: the user ${code('api')} and an API key as its password, such as ${code("curl --user 'api:YOUR_API_KEY'")}). To fix the SMTP side:`
            : rt`Mailgun requires every outgoing message to be authenticated. ${text(facts.client !== null && MAIL_SERVERS.has(facts.client) ? 'The mail server' : 'The application')} sends over SMTP, so it has to log in:`,
        ],
      },
      {
        heading: 'Settings for your SMTP client',
        paragraphs: [
          panel
            ? rt`Set these values in the panel's smarthost settings (${text(panel === 'cpanel' ? 'WHM: Exim Configuration Manager, Basic Editor, Smarthost support, with its authentication' : 'Plesk: Tools & Settings, Mail Server Settings, the relay (smarthost) with authentication')}), not in the mail server's own files, which the panel manages:`
            // (a mail server keeps its password in a file of its own, which no environment variable can fill)
            : facts.client && (CONSOLE_MAIL_SERVERS.has(facts.client) || SETTINGS_PAGE_DEVICES.has(facts.client) || facts.client === 'freshdesk')
            ? rt`Set these values in its settings (typed into them: no environment variable or file holds the password):`
            // (OpenSMTPD's table is read by its unprivileged lookup process: group _smtpd)
            : facts.client === 'opensmtpd'
            ? rt`Set these values (the secrets file owned by root, group _smtpd, mode 640: readable by OpenSMTPD and no one else):`
            : facts.client && MAIL_SERVERS.has(facts.client) && facts.client !== 'exchange'
            ? rt`Set these values (keep the file that holds the password readable only by the account that uses it, mode 600):`
            // (a WordPress site's SMTP plugin: its settings screen, which whoever runs the site fills in, not code)
            : facts.client === 'wordpress' && !evidence.some((e) => e.rule === WP_CONSTANTS_RULE)
            ? rt`Set these values in the SMTP plugin's settings:`
            // (web.config holds the password itself: ASP.NET can encrypt the section)
            : dotnetConfigFile
            ? rt`Set these values in the ${code('<network>')} element (web.config then holds the password: keep it out of source control, or encrypt the section with ${code('aspnet_regiis -pef "system.net/mailSettings/smtp" "C:\\path\\to\\site"')}):`
            : facts.client
            ? rt`Set these values (keep the password in an environment variable or secret store, not in code):`
            // (a mail program's own dialog: its account's outgoing server settings, named in the fix above)
            : facts.source === 'mail-client'
            ? rt`Set these values in the mail program's outgoing server (SMTP) settings:`
            // (the sender's own gateway's route to Mailgun: its smart host settings, where it offers a login)
            : gatewayProduct
            ? rt`Set these values on ${text(gatewayProduct!)}'s route to Mailgun (its smart host settings), with its SMTP authentication on:`
            : rt`I could not tell which program sends the mail; these are the values any SMTP client needs:`,
          // (the snippets show STARTTLS on 587: with 465 in the paste, its own TLS setting stays)
          ...(implicitTls && !snippetKeepsImplicitTls(facts.client) ? [rt`The paste uses port ${code('465')} with implicit TLS: keep that port and its TLS setting (nodemailer's ${code('secure: true')}, PHPMailer's ${code("SMTPSecure = 'ssl'")}, Rails' ${code('tls: true')}), and take only the login from below, which shows ${code(String(RECOMMENDED_PORT))} with STARTTLS.`] : []),
        ],
        snippet,
      },
      {
        heading: 'Where to find the SMTP credentials',
        paragraphs: euCredentials(facts),
        uiSteps: smtpCredentialSteps(domain),
      },
    ],
  };
}

/**
 * A session that logged in (235) with one domain's SMTP login and sent mail from another domain: the login, not a missing
 * one, is what to change. (Mailgun's documentation says nothing of this refusal: the reply names the mismatch as the likely cause.)
 */
function outgoingAsAnotherDomain(facts: Facts): Content {
  const login = facts.smtpLogin!;
  const sender = facts.envelopeSender!;
  const loginDomain = login.slice(login.lastIndexOf('@') + 1);
  const senderDomain = sender.slice(sender.lastIndexOf('@') + 1);
  const recipient: RichText = facts.recipient ? rt` (${quoteAddress(facts.recipient)})` : [];
  return {
    headline: 'Mailgun refused to relay: the session logged in as another domain than the mail is sent from',
    summary: [
      rt`Mailgun's SMTP server refused the recipient${recipient} although the session logged in (${code('235')}): it logged in as ${code(login)}, a login of ${quoteAddress(loginDomain)}, and sends the mail from ${code(sender)} (${code('MAIL FROM')}), at ${quoteAddress(senderDomain)}. A Mailgun SMTP login belongs to one sending domain, so the likely cause is that this login does not cover mail from ${quoteAddress(senderDomain)}.`,
      rt`Fix: log in with an SMTP login of the domain the mail is sent from (${quoteAddress(senderDomain)}), or keep the login and send from an address at ${quoteAddress(loginDomain)}. If ${quoteAddress(senderDomain)} is not a domain of the Mailgun account yet, add it and verify its DNS records first.`,
    ],
    sections: [
      {
        heading: 'How to fix it',
        steps: [
          rt`Decide which domain the mail goes out as: ${quoteAddress(senderDomain)}, its sender's, or ${quoteAddress(loginDomain)}, the login's.`,
          rt`To keep the sender: check that ${quoteAddress(senderDomain)} is a verified domain of the account (add it if not), then put that domain's SMTP login and password in the sending application in place of ${code(login)}.`,
          rt`To keep the login: change the sender (${code('MAIL FROM')} and the From header) to an address at ${quoteAddress(loginDomain)}.`,
          rt`Send a test: ${code('RCPT TO')} should now be answered with ${code('250')}. If it is still refused, send the whole transcript to Mailgun support.`,
        ],
        paragraphs: [],
      },
      {
        heading: 'Where to find the SMTP credentials',
        paragraphs: euCredentials(facts),
        uiSteps: smtpCredentialSteps(safeDomain(senderDomain)),
      },
    ],
  };
}

/** The inbound servers of each mailbox provider a domain's mail may move to (Microsoft 365's national clouds among them). */
const PROVIDER_INBOUND_HOST: Readonly<Record<NonNullable<Facts['recipientMailMovedTo']>, RegExp>> = {
  'microsoft-365': /\.(?:protection\.outlook\.com|outlook\.com|office365\.us|outlook\.cn)$/,
  'google-workspace': /(?:^|\.)(?:google|googlemail)\.com$/,
  zoho: /(?:^|\.)zoho(?:mail)?\.[a-z.]{2,10}$/,
};
/** The mailbox providers a recipient's mail is said to move to, by name. */
const MOVED_TO_NAME: Readonly<Record<NonNullable<Facts['recipientMailMovedTo']>, string>> = {
  'microsoft-365': 'Microsoft 365',
  'google-workspace': 'Google Workspace',
  zoho: 'Zoho Mail',
};

/** A setting that switches an SMTP login on or names its method (`smtp_authentication`, `mail.smtp.auth`, `SMTPAuth`, `AuthMethod`). */
const AUTH_SWITCH_LINE = /authentication|smtp\.auth\b|smtpauth|auth_?method|auth_?type|\bauth\b/i;
/** A live (not commented-out) setting that turns the login off: `gitlab_rails['smtp_authentication'] = false`, `SMTPAuth = false`. */
// (the value the switch's own key is set to: not `auth: {user: 'x'}, tls: no`, another key's)
const liveAuthSwitchOff = (line: string): boolean => !/^[ \t]*(?:#|\/\/|;)/.test(line) && AUTH_SWITCH_OFF.test(line);
const AUTH_SWITCH_OFF = /\b(?:smtp_?)?auth(?:entication)?(?:[_ -]?(?:enabled?|method|type))?["']?\]?[ \t]*(?:=>|=|:)[ \t]*["']?(?:false|off|no|none|nil|null|disabled)\b/i;

/** Where the client's SMTP login is switched on, for the settings the paste shows (Jenkins has two sections of its own). */
function appLoginFixFor(client: ClientId, evidence: readonly Evidence[]): RichText | undefined {
  if (client === 'magento' && evidence.some((e) => e.rule === MAGENTO_BEFORE_SMTP_RULE)) return MAGENTO_EXTENSION_LOGIN_FIX;
  if (client === 'jenkins') {
    const extension = evidence.some((e) => e.rule === JENKINS_EXTENSION_RULE);
    const own = evidence.some((e) => e.rule === JENKINS_OWN_MAILER_RULE);
    if (extension !== own) return APP_LOGIN_FIX[extension ? 'jenkins-email-extension' : 'jenkins-own-mailer'];
  }
  return APP_LOGIN_FIX[client];
}
const JENKINS_EXTENSION_RULE = ruleName('jenkins-email-extension-shown');
const MAGENTO_BEFORE_SMTP_RULE = ruleName('magento-before-smtp');
/** Magento before 2.4.7: no SMTP login of its own, so the one in use is an extension's (or the hosting's mail server's). */
const MAGENTO_EXTENSION_LOGIN_FIX = rt`Magento before 2.4.7 has no SMTP login of its own (its Mail Sending Settings gained the SMTP transport, with Username and Password, in 2.4.7), so the SMTP settings in use are an SMTP extension's (Mageplaza SMTP, MagePal's, in their own section under Stores → Configuration) or the hosting's mail server's: in the extension's settings, fill in Username and Password with the domain's SMTP login and password, save, then ${code('bin/magento cache:flush')}; or, on 2.4.7 or later, use Mail Sending Settings' SMTP transport`;
const JENKINS_OWN_MAILER_RULE = ruleName('jenkins-own-mailer-shown');

/** Where an application's SMTP login is switched on, in its own words: the fix for one that sends none. */
const APP_LOGIN_FIX: Partial<Record<ClientId | 'jenkins-email-extension' | 'jenkins-own-mailer', RichText>> = {
  keycloak: rt`in Realm settings → Email, set Authentication to Enabled, with the domain's SMTP login as Username and its password, save (it applies at once, no restart), then use Test connection, which sends to the signed-in admin user's own email address`,
  zabbix: rt`in the Email media type (Alerts → Media types), set Authentication to "Username and password" with the domain's SMTP login and password, then use Test`,
  grafana: rt`in grafana.ini's ${code('[smtp]')} section (or the ${code('GF_SMTP_USER')} and ${code('GF_SMTP_PASSWORD')} variables), set ${code('user')} and ${code('password')} to the domain's SMTP login and password, then restart Grafana`,
  'home-assistant': rt`add ${code('username:')} and ${code('password:')} (the domain's SMTP login and password, as ${code('!secret')} values) to the smtp notify platform in configuration.yaml, then restart Home Assistant`,
  // (two sections with settings of their own: the Email Extension plugin's, named hudson.plugins.emailext in its log, and Jenkins' own)
  jenkins: rt`in Manage Jenkins → System, under Extended E-mail Notification → Advanced for the Email Extension plugin's mails (its log names hudson.plugins.emailext) or E-mail Notification → Advanced for Jenkins' own, tick "Use SMTP Authentication" (or pick Credentials) and enter the domain's SMTP login and password`,
  // (the paste shows one of them: that one only)
  'jenkins-email-extension': rt`in Manage Jenkins → System → Extended E-mail Notification → Advanced, under Credentials click Add, create a "Username with password" credential with the domain's SMTP login and password, and select it`,
  'jenkins-own-mailer': rt`in Manage Jenkins → System → E-mail Notification → Advanced, tick "Use SMTP Authentication" and enter the domain's SMTP login as User Name and its password`,
  'uptime-kuma': rt`in the notification's SMTP settings, fill in Username and Password with the domain's SMTP login and password, then use Test`,
  supabase: rt`in the project's Authentication → Emails → SMTP Settings, fill in Username and Password with the domain's SMTP login and password, save (the hosted service applies it at once), then send a test sign-up or magic link`,
  gitea: rt`in app.ini's ${code('[mailer]')} section, set ${code('USER')} to the domain's SMTP login and ${code('PASSWD')} to its password (settings in the file, not environment variables), then restart Gitea`,
  'gitea-helm': rt`in values.yaml, under ${code('gitea.additionalConfigFromEnvs')}, set ${code('GITEA__MAILER__USER')} and ${code('GITEA__MAILER__PASSWD')}, each from your Secret with ${code('valueFrom.secretKeyRef')} (the chart writes them into app.ini's ${code('[mailer]')} section), then run ${code('helm upgrade')}`,
  vaultwarden: rt`set ${code('SMTP_USERNAME')} to the domain's SMTP login and ${code('SMTP_PASSWORD')} to its password in Vaultwarden's environment (docker-compose's ${code('environment:')}), then recreate the container (${code('docker compose up -d')}) and send a test from the admin page`,
  mattermost: rt`in System Console → Environment → SMTP, set Enable SMTP Authentication to true, with the domain's SMTP login as SMTP Server Username and its password as SMTP Server Password, then Save and use Test Connection`,
  'gitlab-helm': rt`in values.yaml set ${code('global.smtp.user_name')} to the domain's SMTP login and ${code('global.smtp.authentication')} to ${code('"login"')} (or ${code('"plain"')}), put its password in a Kubernetes Secret named by ${code('global.smtp.password.secret')} and ${code('global.smtp.password.key')}, then run ${code('helm upgrade')} with the values (gitlab.rb is the Omnibus install's, not read here)`,
  mastodon: rt`in .env.production set ${code('SMTP_AUTH_METHOD=plain')}, ${code('SMTP_LOGIN')} to the domain's SMTP login and ${code('SMTP_PASSWORD')} to its password (with ${code('SMTP_AUTH_METHOD=none')} Mastodon sends no login whatever the others say), then restart Mastodon's web and sidekiq processes (under Docker Compose, ${code('docker compose up -d')} recreates them with the new file)`,
  moodle: rt`in Site administration → Server → Email → Outgoing mail configuration, fill in SMTP username and SMTP password with the domain's SMTP login and password (SMTP Auth Type LOGIN), save, then use Test outgoing mail configuration`,
  listmonk: rt`in Settings → SMTP, set Auth protocol to LOGIN (or PLAIN) on the server in use, with the domain's SMTP login as Username and its password, save (Listmonk reloads), then resume the paused campaign: it goes on with the subscribers not yet sent to`,
  synology: rt`in DSM's Control Panel → Notification → Email, edit the custom SMTP server: turn SMTP authentication on and fill in Username and Password with the domain's SMTP login and password, then use Send a test email`,
  atlassian: rt`in Jira's Administration → System → Outgoing Mail (Confluence: Administration → General Configuration → Mail Servers), edit the SMTP mail server and fill in Username and Password with the domain's SMTP login and password`,
  odoo: rt`in Settings → Technical → Outgoing Mail Servers, with "Authenticate with" on Username, fill in Username and Password with the domain's SMTP login and password (left empty, Odoo sends no login), then use Test Connection`,
  wordpress: rt`in the SMTP plugin's settings (WP Mail SMTP: Settings, Mailer "Other SMTP"), switch Authentication on and fill in SMTP Username and SMTP Password with the domain's SMTP login and password, save, then send the plugin's test email (settings below); or pick the plugin's own "Mailgun" mailer, which sends with the API key and needs no SMTP login`,
  nextcloud: rt`in Administration settings → Basic settings → Email server, tick "Authentication required" and fill in Credentials with the domain's SMTP login and password (config.php's ${code("'mail_smtpauth' => true")}, ${code('mail_smtpname')} and ${code('mail_smtppassword')}), then use "Send email" there`,
  discourse: rt`set ${code('DISCOURSE_SMTP_USER_NAME')} and ${code('DISCOURSE_SMTP_PASSWORD')} in containers/app.yml to the domain's SMTP login and password, then run ${code('./launcher rebuild app')}`,
  mautic: rt`in Settings → Configuration → Email Settings, fill in User and Password of the SMTP DSN with the domain's SMTP login (typed as it is, no %40) and its password, save, then use Send test email`,
  freshdesk: rt`in Admin → Email, edit the support email and, under Custom mail server → Outgoing, set Authentication to Plain (or Login) with the domain's SMTP login as User name and its password, save, then send a reply on a test ticket`,
  zammad: rt`in Settings → Channels → Email → Accounts, edit the outbound account (SMTP) and fill in User and Password with the domain's SMTP login and password, then save: Zammad tests the connection as it saves`,
  prestashop: rt`in Advanced Parameters → E-mail, with "Set my own SMTP parameters" chosen, fill in SMTP username and SMTP password with the domain's SMTP login and password (Encryption TLS on port 587), save, then send the page's test email`,
  osticket: rt`in Admin Panel → Emails → Emails, open the sending address and, in its outgoing SMTP settings, set Authentication Required to Yes with the domain's SMTP login as Username and its password, save, then send a test from Admin Panel → Emails → Diagnostic`,
  matomo: rt`in Administration → System → General settings → Email server settings, set the authentication method to Login with the domain's SMTP login and password (config.ini.php's ${code('[mail]')} ${code('type')}, ${code('username')} and ${code('password')}), save, then send a test email report`,
  magento: rt`in Stores → Configuration → Advanced → System → Mail Sending Settings, set Authentication method to LOGIN (or PLAIN) with the domain's SMTP login as Username and its password (${code('bin/magento config:set system/smtp/auth login')} does the same), save, then ${code('bin/magento cache:flush')}`,
  'm365-connector': rt`a Microsoft 365 outbound connector cannot log in to a smart host (its wizard has no user name or password, only TLS and certificate checks), so Mailgun's SMTP host refuses its mail. Point the connector at a relay of your own that logs in to Mailgun with the domain's SMTP login, or send this mail from the application that makes it straight through Mailgun, with the login or the API`,
  hmailserver: rt`in hMailServer Administrator → Settings → Protocols → SMTP → Delivery of e-mail, tick "Server requires authentication" under SMTP Relayer and enter the domain's SMTP login and password, with Connection security STARTTLS, then Save`,
  mdaemon: rt`in MDaemon's Setup → Server Settings → Delivery, tick "Use SMTP authentication" under the smart host and enter the domain's SMTP login and password (the outbound port is under Setup → Server Settings → Ports), then OK`,
  kerio: rt`in Kerio Connect's Configuration → SMTP Server → Delivery, tick "Relay SMTP server requires authentication" and enter the domain's SMTP login and password (Authentication method: SMTP AUTH Command), then Apply`,
  'iis-smtp': rt`in IIS 6.0 Manager, open the SMTP virtual server's Properties → Delivery → Outbound Security, choose Basic authentication with the domain's SMTP login and password and tick TLS encryption, and set Outbound connections' TCP port to 587 (IIS's SMTP service speaks STARTTLS only, not the implicit TLS of 465)`,
  'mail-program': rt`in the mail program's outgoing server (SMTP) settings (Thunderbird: Account Settings → Outgoing Server (SMTP) → Edit, Authentication method "Normal password"; Outlook: Account settings → More settings → Outgoing server, tick "My outgoing server (SMTP) requires authentication"), enter the domain's SMTP login as user name and its SMTP password (not the mailbox's or the Mailgun account's), keep its connection security as it is (STARTTLS on port 587, SSL/TLS on 465), then send a test`,
  printer: rt`on the printer's web page (its E-mail or SMTP settings, often under Network → Protocol → SMTP), set the authentication method to SMTP-AUTH (or Login), with the domain's SMTP login as user name and its password, and STARTTLS (or SSL/TLS) on, then send a test e-mail from there`,
  sentry: rt`in sentry/config.yml, set ${code('mail.username')} and ${code('mail.password')} to the domain's SMTP login and password (empty values there win over any other mail setting), then restart Sentry's web and worker containers`,
};

/** The command that makes an application read its edited configuration file. */
const CONFIG_APPLY: Partial<Record<ClientId, string>> = {
  gitlab: 'sudo gitlab-ctl reconfigure',
  discourse: './launcher rebuild app',
};

/**
 * Where a library, a command-line tool or a mail server takes its login, for the Fix line when the paste shows no more
 * specific cause: the one change that makes it authenticate, in its own terms (the settings below show it whole).
 */
// (`emptyAuth`: the paste shows the auth object with its user and password empty, `"auth": {"user": "", "pass": ""}`: they are
// filled in, not added; `connector`: the Exchange send connector's own name)
// (`variables`: the login's and the password's environment variables the paste names, which the auth object reads)
function clientLoginFix(client: ClientId, login: string, host: string, { emptyAuth = false, connector = null, implicitTls = false, variables = null, userOnly = false }: { emptyAuth?: boolean; connector?: string | null; implicitTls?: boolean; variables?: { login: string | null; password: string | null } | null; userOnly?: boolean } = {}): RichText | null {
  switch (client) {
    case 'swaks':
      return rt`add ${code(`--auth PLAIN --auth-user '${login}' --auth-password "$MAILGUN_SMTP_PASSWORD"`)} to the swaks command (with ${code(implicitTls ? '--tlsc' : '--tls')}): swaks logs in only when given ${code('--auth')}`;
    case 'nodemailer':
      if (emptyAuth) return rt`fill in the transport's empty ${code('auth')} values: ${code(`auth: { user: '${login}', pass: process.env.MAILGUN_SMTP_PASSWORD }`)}: with an empty user, nodemailer sends no login`;
      return rt`give the transport an ${code(`auth: { user: ${variables?.login ? `process.env.${variables.login}` : `'${login}'`}, pass: process.env.${variables?.password ?? 'MAILGUN_SMTP_PASSWORD'} }`)} object in ${code('nodemailer.createTransport({...})')}: without one, nodemailer sends without logging in`;
    case 'phpmailer':
      return rt`set ${code('$mail->SMTPAuth = true;')} with ${code(`$mail->Username = '${login}';`)} and ${code('$mail->Password')} (the domain's SMTP password), and ${code("$mail->SMTPSecure = 'tls';")} on port 587`;
    case 'python-smtplib':
      // (SMTP_SSL on 465 is encrypted from the start: no starttls() there)
      return implicitTls
        ? rt`call ${code(`server.login('${login}', password)`)} on the ${code('SMTP_SSL')} connection before ${code('sendmail()')} or ${code('send_message()')}: smtplib logs in only when told to`
        : rt`call ${code(`server.login('${login}', password)`)} after ${code('server.starttls()')} and before ${code('sendmail()')} or ${code('send_message()')}: smtplib logs in only when told to`;
    case 'go-net-smtp':
      return rt`pass ${code(`smtp.PlainAuth("", "${login}", password, "${host}")`)} as the auth argument of ${code('smtp.SendMail')}: with ${code('nil')} it sends no login`;
    case 'lettre':
      return rt`give the transport its login: ${code(`.credentials(Credentials::new("${login}".to_string(), password))`)} on the ${code(implicitTls ? 'SmtpTransport::relay' : 'SmtpTransport::starttls_relay')} builder, before ${code('.build()')}: without it lettre sends no login`;
    case 'swoosh':
      return rt`give the mailer's config its login: ${code(`username: "${login}"`)} and ${code('password:')} (read at runtime, in config/runtime.exs), with ${code('auth: :always')}: with ${code(':if_available')} and no login set it sends without one, and no error says so`;
    case 'ruby-net-smtp':
      return rt`give the SMTP settings the login (Rails' ${code('config.action_mailer.smtp_settings')}: ${code(`user_name: '${login}'`)}, ${code('password:')} and ${code('authentication: :plain')}; plain Net::SMTP: the login, password and ${code(':plain')} in ${code('Net::SMTP.start')})`;
    case 'django':
      return rt`set ${code('EMAIL_HOST_USER')} to ${code(login)} and ${code('EMAIL_HOST_PASSWORD')} to the domain's SMTP password in the settings (Django logs in only when both are set), with ${code('EMAIL_USE_TLS = True')} on port 587`;
    case 'symfony':
      // (the paste's own smtps:// on 465 kept: Mailgun takes implicit TLS there too)
      return rt`put the login and password in the DSN, ${code(implicitTls ? `MAILER_DSN=smtps://${login.replace('@', '%40')}:PASSWORD@${host}:465` : `MAILER_DSN=smtp://${login.replace('@', '%40')}:PASSWORD@${host}:587`)} (the @ of the login written %40, and in the password / as %2F, + as %2B), then clear the cache and restart any ${code('messenger:consume')} workers`;
    case 'laravel':
      return rt`set ${code('MAIL_USERNAME')} to ${code(login)} and ${code('MAIL_PASSWORD')} to the domain's SMTP password in .env, then run ${code('php artisan config:clear')} and ${code('php artisan queue:restart')}`;
    case 'jakarta-mail':
      // (the properties name a user and stop there: Jakarta Mail logs in only with mail.smtp.auth=true and a password)
      if (userOnly) return rt`add ${code('props.put("mail.smtp.auth", "true");')} and give Jakarta Mail the password: ${code('mail.smtp.user')} only names the user, and without ${code('mail.smtp.auth=true')} and a password it never sends ${code('AUTH')}. Pass an Authenticator, ${code(`Session.getInstance(props, new Authenticator() { protected PasswordAuthentication getPasswordAuthentication() { return new PasswordAuthentication("${login}", password); } })`)}, or send with ${code(`Transport.send(message, "${login}", password)`)}`;
      // (Spring passes its username and password to the connection itself, and Jakarta Mail logs in with them whatever
      // mail.smtp.auth says: there, the question is whether they reach the running instance)
      return rt`give the session its login: plain Jakarta Mail ${code('mail.smtp.auth=true')} (with ${code('mail.smtp.starttls.enable=true')}) and an Authenticator with ${code(login)} and the domain's SMTP password; Spring Boot ${code('spring.mail.username')} and ${code('spring.mail.password')}, which it passes to the connection itself (check that they reach the running instance: a profile's file or an environment variable may override them)`;
    case 'dotnet-smtpclient':
      return rt`set ${code(`Credentials = new NetworkCredential("${login}", password)`)} on the SmtpClient, with ${code('EnableSsl = true')} on port 587 and no ${code('UseDefaultCredentials = true')}`;
    case 'mailkit':
      return rt`call ${code(`client.Authenticate("${login}", password)`)} after ${code('Connect')} and before ${code('Send')}: MailKit logs in only when told to`;
    case 'powershell':
      return rt`pass ${code('-Credential')} (a PSCredential with ${code(login)} and the domain's SMTP password) with ${code('-UseSsl -Port 587')} to Send-MailMessage`;
    case 'ghost':
      if (emptyAuth) return rt`fill in the empty ${code('user')} and ${code('pass')} of the ${code('auth')} object in ${code('mail.options')} (config.production.json), ${code(`"auth": { "user": "${login}", "pass": "..." }`)}, then restart Ghost`;
      return rt`put an ${code(`"auth": { "user": "${login}", "pass": "..." }`)} object inside ${code('mail.options')} in config.production.json (or set ${code('mail__options__auth__user')} and ${code('mail__options__auth__pass')} where Ghost runs), then restart Ghost`;
    case 'gitlab':
      return rt`set ${code(`gitlab_rails['smtp_user_name'] = "${login}"`)}, ${code("gitlab_rails['smtp_password']")} and ${code(`gitlab_rails['smtp_authentication'] = "plain"`)} in gitlab.rb, then run ${code('sudo gitlab-ctl reconfigure')}`;
    case 'zimbra':
      return rt`give Zimbra's MTA the login through its own settings, not main.cf (Zimbra rewrites it): put ${code(`${host}:587 ${login}:PASSWORD`)} in /opt/zimbra/conf/relay_password, run ${code('postmap')} on it, set ${code('zimbraMtaSmtpSaslPasswordMaps')} and ${code('zimbraMtaSmtpSaslAuthEnable yes')} with ${code('zmprov ms')}, then ${code('zmmtactl restart')}`;
    case 'opensmtpd':
      return rt`give the relay action in /etc/mail/smtpd.conf the login: ${code(`action "outbound" relay host smtp+tls://mailgun@${host}:587 auth <secrets>`)} with ${code('table secrets file:/etc/mail/secrets')}, whose line ${code(`mailgun ${login}:PASSWORD`)} holds the domain's SMTP login and password; then ${code('smtpd -n')} and ${code('rcctl restart smtpd')}`;
    case 'ssmtp':
      return rt`set ${code(`AuthUser=${login}`)}, ${code('AuthPass=')} (the domain's SMTP password) and ${code('UseSTARTTLS=YES')} in /etc/ssmtp/ssmtp.conf, with ${code(`mailhub=${host}:587`)}`;
    case 'exchange':
      return rt`in the Exchange admin center, open the Send connector ${connector ? rt`${quote(connector)} (the one that routes to ${code(host)})` : rt`that routes to ${code(host)}`} and set its smart host authentication to Basic authentication (offered only after TLS) with the domain's SMTP login and password`;
    default:
      return null;
  }
}

/**
 * Whether `host` is the Microsoft 365 MX host made for `domain`: its name with the dots as dashes, its own dashes kept
 * (my-company.co.uk's my-company-co-uk), maybe with two characters after it where the name was taken (`01`, `0i`).
 */
function ownTenantMx(host: string | null, domain: string | null): boolean {
  const label = host && domain ? /^([a-z0-9-]+)\.mail\.protection\.outlook\.com$/i.exec(host)?.[1]?.toLowerCase() : undefined;
  if (!label) return false;
  const dashed = domain!.toLowerCase().replace(/\./g, '-');
  return label === dashed || (label.startsWith(dashed) && /^[0-9][0-9a-z]$/.test(label.slice(dashed.length)));
}

/** Where an application names the SMTP server it sends through: what tells which server refused its mail. */
const APP_HOST_SETTING: Partial<Record<ClientId, RichText>> = {
  grafana: rt`${code('host')} in grafana.ini's ${code('[smtp]')} section (or the ${code('GF_SMTP_HOST')} variable, which wins over the file)`,
  keycloak: rt`Host in Realm settings → Email`,
  zabbix: rt`SMTP server in the Email media type (Alerts → Media types)`,
  'home-assistant': rt`${code('server:')} of the smtp notify platform in configuration.yaml`,
  jenkins: rt`SMTP server in Manage Jenkins → System → Extended E-mail Notification (the Email Extension plugin's mails) or E-mail Notification (Jenkins' own)`,
  'uptime-kuma': rt`Hostname in the notification's SMTP settings`,
  supabase: rt`Host in the project's Authentication → Emails → SMTP Settings`,
  gitea: rt`${code('SMTP_ADDR')} in app.ini's ${code('[mailer]')} section`,
  'gitea-helm': rt`${code('gitea.config.mailer.SMTP_ADDR')} in the Helm chart's values.yaml`,
  vaultwarden: rt`${code('SMTP_HOST')} in Vaultwarden's environment`,
  mattermost: rt`SMTP Server in System Console → Environment → SMTP`,
  'gitlab-helm': rt`${code('global.smtp.address')} in the Helm chart's values.yaml`,
  mastodon: rt`${code('SMTP_SERVER')} in .env.production`,
  moodle: rt`SMTP hosts in Site administration → Server → Email → Outgoing mail configuration`,
  listmonk: rt`Host in Settings → SMTP`,
  synology: rt`SMTP server in DSM's Control Panel → Notification → Email`,
  atlassian: rt`Host Name of the SMTP mail server in Jira's Administration → System → Outgoing Mail (Confluence: Administration → General Configuration → Mail Servers)`,
  odoo: rt`SMTP Server in Settings → Technical → Outgoing Mail Servers`,
  wordpress: rt`SMTP Host in the SMTP plugin's settings (WP Mail SMTP: Settings, Mailer "Other SMTP")`,
  discourse: rt`${code('DISCOURSE_SMTP_ADDRESS')} in containers/app.yml`,
  ghost: rt`${code('mail.options.host')} in config.production.json (or the ${code('mail__options__host')} variable)`,
  gitlab: rt`${code("gitlab_rails['smtp_address']")} in /etc/gitlab/gitlab.rb`,
  nextcloud: rt`Server address in Administration settings → Basic settings → Email server (config.php's ${code('mail_smtphost')})`,
  mautic: rt`Host in Settings → Configuration → Email Settings`,
  zammad: rt`Host of the outbound account in Settings → Channels → Email → Accounts`,
  freshdesk: rt`SMTP server of the support email's Custom mail server → Outgoing (Admin → Email)`,
  prestashop: rt`SMTP server in Advanced Parameters → E-mail`,
  osticket: rt`Hostname in the sending address's outgoing SMTP settings (Admin Panel → Emails → Emails)`,
  matomo: rt`the SMTP server in Administration → System → General settings → Email server settings (config.ini.php's ${code('[mail]')} ${code('host')})`,
  magento: rt`Host in Stores → Configuration → Advanced → System → Mail Sending Settings (${code('system/smtp/host')})`,
  sentry: rt`${code('mail.host')} in sentry/config.yml`,
  'mail-program': rt`the Server name in the mail program's outgoing server (SMTP) settings`,
  printer: rt`SMTP server on the printer's web page (its E-mail or SMTP settings)`,
  hmailserver: rt`Remote host name of the SMTP Relayer in hMailServer Administrator (Settings → Protocols → SMTP → Delivery of e-mail)`,
  mdaemon: rt`Smart host in MDaemon's Setup → Server Settings → Delivery`,
  kerio: rt`Hostname of the relay SMTP server in Kerio Connect's Configuration → SMTP Server → Delivery`,
  'iis-smtp': rt`Smart host in the SMTP virtual server's Properties → Delivery → Advanced`,
  opensmtpd: rt`the ${code('relay host')} of the relay action in /etc/mail/smtpd.conf`,
};

/** Where an application keeps its SMTP password, when it is typed into its settings rather than read from the environment. */
const WP_CONSTANTS_RULE = ruleName('wp-mail-smtp-constants');
const WP_CONSTANTS_PLACE = rt`in wp-config.php's ${code("define( 'WPMS_SMTP_PASS', '…' )")} line (with WP Mail SMTP's constants set there, the plugin ignores its settings screen, whose fields are greyed out, so a password typed there changes nothing), then send its test email`;

const NEW_PASSWORD_PLACE: Partial<Record<ClientId, RichText>> = {
  nextcloud: rt`in Administration settings → Basic settings → Email server (Credentials), or with ${code("occ config:system:set mail_smtppassword --value='NEW_PASSWORD'")} (config.php's ${code('mail_smtppassword')}), then use "Send email" there: no restart is needed`,
  keycloak: rt`in Realm settings → Email (Password) of each realm that sends mail (Keycloak keeps it in its database, so a Secret or variable changes nothing), then use Test connection`,
  zabbix: rt`in the Email media type (Alerts → Media types, Password), then use Test`,
  jenkins: rt`in Manage Jenkins → System → Extended E-mail Notification → Advanced (its Credentials or Password) for the Email Extension plugin's mails (its log names hudson.plugins.emailext), and E-mail Notification → Advanced (Password) for Jenkins' own, then send a test e-mail`,
  'uptime-kuma': rt`in the notification's SMTP settings (Password), then use Test`,
  supabase: rt`in the project's Authentication → Emails → SMTP Settings (Password), save (no restart: the hosted service applies it at once), then send a test sign-up`,
  gitea: rt`in app.ini's ${code('[mailer]')} section (${code('PASSWD')}), then restart Gitea`,
  'gitea-helm': rt`in the Kubernetes Secret that ${code('GITEA__MAILER__PASSWD')} reads (${code('gitea.additionalConfigFromEnvs')} in values.yaml), then run ${code('helm upgrade')} or restart the Gitea pod`,
  vaultwarden: rt`in Vaultwarden's environment (${code('SMTP_PASSWORD')}), then recreate the container (${code('docker compose up -d')})`,
  mattermost: rt`in System Console → Environment → SMTP (SMTP Server Password), then Save and use Test Connection`,
  'gitlab-helm': rt`in the Kubernetes Secret that ${code('global.smtp.password.secret')} and ${code('.key')} name, then restart the webservice and sidekiq pods (or run ${code('helm upgrade')})`,
  mastodon: rt`in .env.production (${code('SMTP_PASSWORD')}), then restart Mastodon's web and sidekiq processes`,
  moodle: rt`in Site administration → Server → Email → Outgoing mail configuration (SMTP password), save, then use Test outgoing mail configuration`,
  listmonk: rt`in Settings → SMTP (Password of the server in use), then save`,
  synology: rt`in DSM's Control Panel → Notification → Email (the SMTP server's Password), then use Send a test email`,
  atlassian: rt`in Jira's Administration → System → Outgoing Mail (Confluence: Administration → General Configuration → Mail Servers): edit the SMTP mail server's Password, then send a test email`,
  odoo: rt`in Settings → Technical → Outgoing Mail Servers (Password), then use Test Connection`,
  wordpress: rt`in the SMTP plugin's settings (SMTP Password), save, then send its test email`,
  // (its line for the smarthost, keyed by the host name the smarthost setting uses; Debian's exim4 rebuilds its config from it)
  exim: rt`in ${code('/etc/exim4/passwd.client')}, on the line of the smarthost (${code('smtp.mailgun.org:LOGIN:PASSWORD')}, the host written as the smarthost setting names it), then run ${code('update-exim4.conf')} and restart Exim; deferred messages (${code('==')} in its log) go out at their next retry, or at once with ${code('exim -qff')}`,
  mautic: rt`in Settings → Configuration → Email Settings (Password), save, then use Send test email`,
  zammad: rt`in Settings → Channels → Email → Accounts (the outbound account's Password), then save`,
  freshdesk: rt`in Admin → Email (the support email's Custom mail server → Outgoing, Password), then save`,
  prestashop: rt`in Advanced Parameters → E-mail (SMTP password), save, then send the page's test email`,
  osticket: rt`in Admin Panel → Emails → Emails (the sending address's outgoing SMTP Password), save, then send a test from Emails → Diagnostic`,
  matomo: rt`in Administration → System → General settings → Email server settings (Password), then save`,
  magento: rt`in Stores → Configuration → Advanced → System → Mail Sending Settings (Password), save, then ${code('bin/magento cache:flush')}`,
  sentry: rt`in sentry/config.yml (${code('mail.password')}), then restart Sentry's web and worker containers`,
  'mail-program': rt`in the mail program's outgoing server (SMTP) settings, or where it asks for the password as it sends (Thunderbird keeps it in its Saved Passwords: remove the old one there), then send a test`,
  printer: rt`on the printer's web page (its E-mail or SMTP settings, the SMTP password), then send a test e-mail from there`,
  hmailserver: rt`in hMailServer Administrator → Settings → Protocols → SMTP → Delivery of e-mail (the SMTP Relayer's Password), then Save`,
  mdaemon: rt`in MDaemon's Setup → Server Settings → Delivery (the smart host's SMTP authentication Password), then OK`,
  kerio: rt`in Kerio Connect's Configuration → SMTP Server → Delivery (the relay server's Password), then Apply`,
  'iis-smtp': rt`in the SMTP virtual server's Properties → Delivery → Outbound Security (Basic authentication's Password), then stop and start the virtual server`,
  opensmtpd: rt`in /etc/mail/secrets (the ${code('mailgun LOGIN:PASSWORD')} line), then ${code('rcctl restart smtpd')}`,
};

/** Applications whose login fix is said in their own settings' words before any generic reading of the paste's lines. */
const OWN_WORDS_FIRST: ReadonlySet<ClientId> = new Set(['gitea', 'gitea-helm', 'vaultwarden', 'mattermost', 'nextcloud']);

/** Mail servers: they relay over SMTP only. */
const MAIL_SERVERS: ReadonlySet<ClientId> = new Set(['postfix', 'zimbra', 'exim', 'sendmail', 'exchange', 'powermta', 'msmtp', 'ssmtp', 'hmailserver', 'mdaemon', 'kerio', 'iis-smtp', 'opensmtpd', 'm365-connector']);
/** The mail servers that relay to Mailgun in their own settings: not msmtp and ssmtp, which an application calls, nor Microsoft 365's connector, which cannot log in. */
const RELAYING_SERVERS: ReadonlySet<ClientId> = new Set([...MAIL_SERVERS].filter((client) => client !== 'msmtp' && client !== 'ssmtp' && client !== 'm365-connector'));
/** Mail servers set in a console of their own, not in files: their password is typed into it. */
const CONSOLE_MAIL_SERVERS: ReadonlySet<ClientId> = new Set(['hmailserver', 'mdaemon', 'kerio', 'iis-smtp']);
/** Devices set on a settings page of their own: their password is typed into it, and they are restarted, never redeployed. */
const SETTINGS_PAGE_DEVICES: ReadonlySet<ClientId> = new Set(['printer', 'synology', 'mail-program']);
/** The Windows mail servers' names as their makers write them. */
const CLIENT_NAMES: Readonly<Record<'hmailserver' | 'mdaemon' | 'kerio', string>> = { hmailserver: 'hMailServer', mdaemon: 'MDaemon', kerio: 'Kerio Connect' };
/** Clients whose mail goes out over SMTP only: mail servers, and applications whose settings have no HTTP API for their mail. */
const SMTP_ONLY_CLIENTS: ReadonlySet<ClientId> = new Set([...MAIL_SERVERS, 'mail-program', 'prestashop', 'osticket', 'freshdesk', 'matomo', 'gitea', 'gitea-helm', 'vaultwarden', 'mattermost', 'keycloak', 'home-assistant', 'zabbix', 'grafana', 'jenkins', 'gitlab', 'gitlab-helm', 'mastodon', 'moodle', 'listmonk', 'synology', 'nextcloud', 'discourse', 'uptime-kuma', 'supabase', 'atlassian', 'odoo', 'ghost', 'swaks', 'mautic', 'zammad', 'magento', 'sentry', 'printer']);

/** A fix line without its closing "or send through Mailgun's HTTP API instead" (in any of its forms). */
function withoutApiAlternative(line: RichText): RichText {
  return line.map((segment) => (segment.kind === 'text' ? { ...segment, text: segment.text.replace(/(?:[,;] or|\. Or) send through Mailgun's HTTP API instead\./, '.') } : segment));
}

/** A setting's or variable's name that holds a password (in English, Portuguese, Spanish, German or Dutch code). */
const PASSWORD_SETTING = new RegExp(`pass|pwd|secret|${PASSWORD_NAMES_ABROAD}`, 'i');
const LOGIN_SETTING = /^(?!.*(?:pass|pwd|secret)).*(?:user|login|name)/i;
/** An environment variable read in code: Go's `os.Getenv("X")`, Python's `os.environ["X"]`, PHP's `getenv('X')`, Node's `process.env.X`, Ruby's `ENV["X"]`. */
const ENV_READ_IN_CODE = /(?:\bgetenv\(|\bos\.environ(?:\.get\(|\[)|\bENV\[)[ \t]*["']([A-Za-z_][A-Za-z0-9_]{0,60})["']|\bprocess\.env\.([A-Za-z_][A-Za-z0-9_]{0,60})/gi;

/** Jakarta Mail's debug line for a session that will not log in (mail.smtp.auth not true). */
const JAKARTA_NO_AUTH_LINE = /\buseAuth false\b/;
const LARAVEL_MAILGUN_DRIVER_RULE = ruleName('laravel-mailgun-driver-set');
const VERCEL_RULE = ruleName('runs-on-vercel');
const CI_FORK_RULE = ruleName('ci-fork-pull-request');
const CI_PROTECTED_RULE = ruleName('ci-protected-variables');
const LOGIN_ASKED_RULE = ruleName('login-asked');
const LOGIN_REFUSED_THEN_RELAY_RULE = ruleName('login-refused-then-relay');
const API_KEY_SAID_AS_PASSWORD_RULE = ruleName('api-key-said-used-as-password');
const LAMBDA_RULE = ruleName('runs-on-aws-lambda');
const SENDER_KUBERNETES_RULE = ruleName('sender-runs-in-kubernetes');
const KUBERNETES_SECRET_RULE = ruleName('kubernetes-secret-named');
/** The Secret's name in the rule's excerpt, read by the rule's own pattern. */
const KUBERNETES_SECRET_NAME = new RegExp(KUBERNETES_SECRET_NAMED, 'i');
const MSMTP_SYSTEM_FILE_RULE = ruleName('msmtp-system-file-named');
const MSMTP_USER_FILE_RULE = ruleName('msmtp-user-file-named');
const FLY_RULE = ruleName('runs-on-fly');
const FLY_SECRETS_STAGED_RULE = ruleName('fly-secrets-staged');
const EXIM_TLS_AVOIDED_RULE = ruleName('exim-smarthost-tls-avoided');
const HEROKU_RULE = ruleName('moved-from-heroku');
const MSMTP_USER_LINE_RULE = ruleName('msmtp-user-line');
/** Jakarta Mail's smtps protocol's login switch, shown as why an smtp session sent no login. */
const SMTPS_AUTH_LINE = /mail\.smtps\.auth/i;

/** A nodemailer transport whose login sits under another key than `auth` (`authentication: {...}`), which nodemailer ignores. */
function misnamedAuth(shown: string): boolean {
  return /createtransport/i.test(shown) && /\bauthentication\s*:\s*\{/.test(shown) && !/\bauth\s*:/.test(shown);
}

/** The variable a configuration reads (`os.environ.get("MG_LOGIN", "")`, `process.env.MG_LOGIN`, `${MG_LOGIN}`: MG_LOGIN). */
/** A variable read with a default value (`os.environ.get("X", "a@b")`, `process.env.X || 'a'`, `${X:a}`): never empty. */
/** A variable read with an empty default: `${X:}`, `${X:-}`, `os.environ.get("X", "")`, `getenv('X', '')`. */
const EMPTY_DEFAULT = /\$\{[A-Za-z_]\w{0,60}:-?\}|,[ \t]*(?:""|'')[ \t]*\)/;
const VARIABLE_DEFAULT = /\.get\(\s*["'][^"'\n]{1,60}["']\s*,\s*["'][^"'\s]{1,200}["']|\b(?:getenv|env)\(\s*["'][^"'\n]{1,60}["']\s*,\s*["'][^"'\s]{1,200}["']|(?:\|\||\?\?)\s*["'][^"'\s]{1,200}["']|\$\{[A-Za-z_]\w{0,60}:-?[^}\s]{1,200}\}/;

function envVariableName(expression: string): string {
  // (Spring's `${SMTP_USER:}` with its default too; Exim's `${env{MG_SMTP_USER}...}` first, or its `env` would be the name)
  return /\$\{env\{([A-Za-z_][A-Za-z0-9_]{0,60})\}|["']([A-Za-z_][A-Za-z0-9_]{0,60})["']|\benv\.([A-Za-z_][A-Za-z0-9_]{0,60})|\$\{([A-Za-z_][A-Za-z0-9_]{0,60})(?::[^}\n]{0,40})?\}/.exec(expression)?.slice(1).find(Boolean) ?? expression;
}

/** The deployment's environment source that lacks the login (its feature's excerpt, read back): a renamed env_file, or a secret an envFrom lacks. */
function envSourceGapOf(evidence: Diagnosis['evidence']): { envFile?: string; renamed?: string; secret?: string } | null {
  const said = evidence.find((e) => e.rule === ENV_SOURCE_GAP_RULE)?.excerpt ?? '';
  const renamed = /^env_file: (\S+) · renamed to (\S+)$/.exec(said);
  if (renamed) return { envFile: renamed[1]!, renamed: renamed[2]! };
  const secret = /^envFrom without secretRef (\S+)$/.exec(said)?.[1];
  return secret ? { secret } : null;
}

/**
 * The password changed in a Kubernetes Secret the workload never reads: the Deployment has to reference it (a restart
 * alone changes nothing), and a default written beside the variable (`${SMTP_PASSWORD:...}`) is what runs meanwhile.
 */
function secretNotReferencedStep(said: string, passwordVariable: string | null): RichText {
  // (its name quoted, or one with a dash or a dot as Kubernetes names go: not the next word, "the secret at all")
  const secret = /\bsecret[ \t]+(?:[`'"]([a-z0-9][a-z0-9.-]{0,252})[`'"]|([a-z0-9]+[.-][a-z0-9.-]{1,250}))/i.exec(said)?.slice(1).find(Boolean);
  const name = passwordVariable ? envVariableName(passwordVariable) : 'SMTP_PASSWORD';
  const secretName = secret ?? 'NAME';
  return rt`The password was changed in the Secret, but the workload never reads it: its Deployment does not reference the Secret, so a restart alone changes nothing. Add it to the container's environment (${code(`env: [{name: ${name}, valueFrom: {secretKeyRef: {name: ${secretName}, key: ${name}}}}]`)}, or ${code(`envFrom: [{secretRef: {name: ${secretName}}}]`)}) with the key under which the Secret holds the password, and apply the manifest: the changed pod template rolls out new pods with it.${passwordVariable && VARIABLE_DEFAULT.test(passwordVariable) ? rt` Meanwhile the configuration's default (${code(passwordVariable)}) is what logs in: the old password, written in the file; remove that default, which is exposed wherever the file is.` : []}`;
}

/** Clients with no switch for the login: setting a user name and password is what makes them log in. */
const LOGIN_IS_THE_SWITCH: ReadonlySet<string> = new Set(['exim', 'sendmail', 'nodemailer', 'laravel', 'symfony', 'django', 'ghost', 'python-smtplib', 'ruby-net-smtp', 'go-net-smtp', 'grafana', 'home-assistant', 'odoo', 'discourse', 'mailkit', 'powershell']);

/**
 * The tag of an address that carries one: after a `+` (reply+8f3kq2lmz0@), or a run of digits or hex after `-`, `.` or `_`
 * (reply-48213@, ticket.90211@): the part that changes with each message. Null for a plain address.
 */
function addressTag(address: string): { base: string; separator: string } | null {
  const local = address.slice(0, address.indexOf('@'));
  const plus = local.indexOf('+');
  if (plus > 0) return { base: local.slice(0, plus), separator: '+' };
  const numbered = /^([a-z][a-z0-9]{1,30})([-._])(?:\d{4,}|[0-9a-f]{8,})$/i.exec(local);
  return numbered ? { base: numbered[1]!, separator: numbered[2]! } : null;
}

/** Mailgun keeps a domain's SMTP credentials in its region (its regions page lists them as region-bound). */
function euCredentials(facts: Facts): RichText[] {
  return facts.region === 'eu'
    // (a US-region login only where the paste shows the US host in use: otherwise nothing hints at one)
    ? [rt`An EU domain's SMTP credentials are kept in the EU region, with the domain: look for them under that domain.${facts.host === SMTP_HOST.us ? rt` A login of a US-region domain (for example one of the same name set up there earlier) does not work on ${code(SMTP_HOST.eu)}.` : []}`]
    : [];
}

/**
 * An address as a Route's pattern, which Mailgun reads as a regular expression: its `+` (and any other
 * special character but the dot, which Mailgun's own examples leave as it is) escaped, so that it means itself.
 */
function routePattern(address: string): string {
  return address.replace(/[+?*()[\]{}|^$\\]/g, '\\$&');
}

const alignComments = (rows: [string, string][]): string => {
  const width = Math.max(...rows.map(([expression]) => expression.length));
  return rows.map(([expression, note]) => `${expression.padEnd(width)}   # ${note}`).join('\n');
};

const MX_NOT_MEANT_RULE = ruleName('mx-not-meant-for-mailgun');
/** The paste says the domain's mail is not meant to go to Mailgun (not of a sending domain, `mg.`: those are Mailgun's by design). */
// (not where the paste says the domain receives through Mailgun on purpose: a word on another domain's mailboxes, the parent's)
const mxNotMeant = (facts: Facts, evidence: readonly Evidence[]): boolean => recipientDomainOf(facts)?.startsWith('mg.') !== true && evidence.some((e) => e.rule === MX_NOT_MEANT_RULE) && !evidence.some((e) => e.rule === INBOUND_MEANT_RULE);
/** "our MX", "nos enregistrements MX", "nuestros registros MX", "unsere MX-Einträge", "onze MX-records": the person's own domain's. */
const OUR_MX = /\b(?:our|nos|nuestros|nossos|unsere[nm]?|onze|nostri|våra)[ \t]+(?:(?:enregistrements|registros|registri|records?)[ \t]+)?mx\b/i;

/** Sources written by the sending side: its MTA's log, its bounce, its library's or mail program's error, its session. */
const SENDER_SIDE_SOURCES: ReadonlySet<string> = new Set(['mta-log', 'bounce-email', 'dsn-fragment', 'client-exception', 'mail-client', 'smtp-transcript']);

function mailgunIncoming(diagnosis: Diagnosis): Content {
  const { facts, evidence } = diagnosis;
  const hostLabel = hostLabelFor(diagnosis);
  const region = regionOrDefault(facts.region);
  const api = API_BASE[region];
  const recipientDomain = recipientDomainOf(facts);
  const address = safeAddress(facts.recipient) ?? 'user@YOUR_DOMAIN';
  const exampleDomain = safeDomain(recipientDomain) ?? 'YOUR_DOMAIN';
  const domainText: RichText = recipientDomain
    ? quoteAddress(recipientDomain)
    : [text("the recipient's domain")];

  // A Mailgun event of the sender's own: their message went out through Mailgun to a domain that
  // receives through Mailgun too (someone's account); only whoever runs that domain can fix it.
  // (not where the paste shows the domain is the person's own: Routes they deleted, MX records they set, mail meant to arrive there)
  const sentByYou = mailgunAccepted(facts) && !evidence.some((e) => e.rule === ROUTES_DELETED_RULE || e.rule === OWN_MX_RULE || e.rule === INBOUND_MEANT_RULE);
  // Your own Route forwarded it (its forward() names the refused address) to a domain that receives through Mailgun too.
  const forwardedByRoute = diagnosis.evidence.some((e) => e.rule === ROUTE_FORWARD_INCOMING_RULE);
  // An address with a tag (reply+8f3kq2lmz0@, reply-48213@, ticket.90211@): a route for the address's every tag, not for this one.
  const tag = facts.recipient ? addressTag(address) : null;
  // (with a shown route for the same name under another separator, `^ticket-.*@…` beside mail to ticket+4821@: both, so the
  // addresses that route took keep working)
  const tagSeparators = tag ? [tag.separator, ...facts.routes.flatMap((route) => new RegExp(String.raw`\^${escapeLiteral(tag.base)}(\\?[-+._=])\.\*@${address.slice(address.indexOf('@') + 1).split('.').map(escapeLiteral).join(String.raw`\\?\.`)}`, 'i').exec(route)?.[1]?.replace('\\', '') ?? [])] : [];
  const separatorClass = [...new Set(tagSeparators)];
  // (a shown route for the untagged address itself, `match_recipient("support@x")`: widened, it must still take that address)
  const plainRouteShown = tag !== null && facts.routes.some((route) => route.toLowerCase().replace(/\\/g, '').replace(/[\^$]/g, '') === `match_recipient("${tag.base}@${address.slice(address.indexOf('@') + 1)}")`.toLowerCase());
  const taggedFor = tag ? `${plainRouteShown ? `${tag.base}@ and ` : ''}every ${separatorClass.map((separator) => `${tag.base}${separator}…`).join(' and ')} address` : '';
  const separatorPattern = tag ? (separatorClass.length > 1 ? `[${separatorClass.map((c) => (c === '-' ? '\\-' : c)).join('')}]` : tag.separator === '+' ? '\\+' : tag.separator === '.' ? '\\.' : tag.separator) : '';
  const tagged = tag ? `^${routePattern(tag.base)}${plainRouteShown ? `(${separatorPattern}.*)?` : `${separatorPattern}.*`}@${escapeLiteral(address.slice(address.indexOf('@') + 1))}$` : null;
  // The person says the domain's mail is not meant for Mailgun ("sending only", "moved our mail to Google Workspace").
  // (not for a sending domain such as mg.example.com: its MX records point to Mailgun by design, and replies land there)
  const sendingDomain = recipientDomain?.startsWith('mg.') === true;
  const notMeant = mxNotMeant(facts, diagnosis.evidence);
  // (moved away from Mailgun already: mail still arriving there is a sender's cached old records, not a Route to add)
  const movedAway = !sendingDomain && mxMovedAway(diagnosis);
  // The domain moved to another (sub)account: its Routes stayed behind in the old one.
  const movedAccount = diagnosis.evidence.some((e) => e.rule === SUBACCOUNT_MOVE_RULE);
  // The Route was made in another account than the one that holds the domain: it applies only there.
  const routeElsewhere = evidence.find((e) => e.rule === ROUTE_OTHER_ACCOUNT_RULE)?.excerpt;
  // The person pointed the domain's MX at Mailgun themselves: their own domain, meant to receive there.
  // (or says the domain's mail is meant to arrive there: "mail to anything@reply.x.io should go to their app")
  const ownMx = !notMeant && diagnosis.evidence.some((e) => e.rule === OWN_MX_RULE || e.rule === INBOUND_MEANT_RULE);
  // (the domain said to be the person's, which says nothing of whether Mailgun is meant to receive its mail: a bounce someone
  // writing to them got, forwarded, "Their users reply to ... and get:"; "Should we point our MX back to Google Workspace?")
  // (and one whose other addresses the person knows to receive: "les autres adresses (contact@, compta@) fonctionnent")
  const ownDomain = ownMx || diagnosis.evidence.some((e) => e.rule === FORWARDED_BY_OWNER_RULE || e.rule === OTHERS_RECEIVE_RULE || (e.rule === MX_CHANGE_ASKED_RULE && OUR_MX.test(e.excerpt)));
  // The paste shows the domain receiving through Mailgun on purpose (its Routes, its own MX set so, an mg. domain, a subdomain
  // named for receiving, inbound.example.nl):
  // pointing the MX records away is then no fix, and the MX section is left out.
  // (or other addresses at the domain said to receive: their mail comes in through Mailgun, so the MX records are right)
  const inboundMeant = facts.routes.length > 0 || sendingDomain || RECEIVING_SUBDOMAIN.test(recipientDomain ?? '') || diagnosis.evidence.some((e) => e.rule === OTHERS_RECEIVE_RULE) || ownMx || routeElsewhere !== undefined || diagnosis.evidence.some((e) => e.rule === ROUTES_MENTIONED_RULE || e.rule === INBOUND_PARSING_RULE || e.rule === OWN_ENDPOINT_ASKED_RULE);
  const orMxBack: RichText = inboundMeant ? [] : rt`; or, if the domain's mail should not go to Mailgun at all, point its MX records back to the real mail server`;
  // An EU domain whose mail reached Mailgun's US inbound servers: its MX records were left on the US hosts
  // (a domain moved to the EU region), where the region holds no Routes for it. No Route fixes that.
  // (the EU region must be the refused domain's: not a sending domain's, mg.ourshop.eu sending through smtp.eu, beside a partner's domain on the US hosts;
  // and not a domain whose mail is said not to be meant for Mailgun at all: the MX records go back to the mailbox provider)
  const sameOrSub = (a: string, b: string) => a === b || a.endsWith(`.${b}`);
  const otherSendingDomain = facts.mailgunDomain !== null && recipientDomain !== null && !sameOrSub(facts.mailgunDomain.toLowerCase(), recipientDomain.toLowerCase()) && !sameOrSub(recipientDomain.toLowerCase(), facts.mailgunDomain.toLowerCase());
  const usMxForEu = !notMeant && !otherSendingDomain && facts.region === 'eu' && facts.hostRole === 'mailgun-mx' && facts.host !== null && !facts.host.includes('.eu.');
  // A route in the paste that takes the address: the refusal then says it was not live where it counts.
  // (not when the mail reached the US hosts for an EU domain: the route is in the EU region, where the mail never went)
  // (an EU domain whose routes the paste shows made through the US API: US routes, which EU mail never meets)
  const usRoutesApiCall = facts.region === 'eu' ? evidence.find((e) => e.rule === ROUTES_API_US_RULE)?.excerpt : undefined;
  // (or the route said made in the US region, "creada en la cuenta US": no API call shown)
  const usRouteSaid = facts.region === 'eu' && usRoutesApiCall === undefined && evidence.some((e) => e.rule === ROUTE_MADE_IN_US_RULE);
  const usRoutesApi = usRoutesApiCall !== undefined || usRouteSaid;
  const usRoutesOnlyListed = usRoutesApiCall !== undefined && onlyListsRoutes(usRoutesApiCall);
  const usRouteMadeByScript = usRoutesApiCall !== undefined && !usRoutesOnlyListed && /\/v3\/routes/i.test(usRoutesApiCall);
  // (and the other way: a route made through the EU API, the mail at the US inbound servers)
  const euRoutesApiCall = facts.region === 'us' && facts.hostRole === 'mailgun-mx' && facts.host !== null && !facts.host.includes('.eu.') ? evidence.find((e) => e.rule === ROUTES_API_EU_RULE)?.excerpt : undefined;
  const euRouteMadeByScript = euRoutesApiCall !== undefined && !onlyListsRoutes(euRoutesApiCall);
  const routeMatchesNow = !usMxForEu && facts.recipient !== null && facts.routes.some((route) => routeMatches(route, facts.recipient!) === true);
  // (the Route that matches said made only just now, after the refusal: the fix, made; not a Route that failed to take it)
  const routeMadeSince = routeMatchesNow && evidence.some((e) => e.rule === ROUTE_MADE_JUST_NOW_RULE);
  const routeTakesIt = routeMatchesNow && !routeMadeSince;
  // (once for both answers: where a route takes the address, a US route for an EU domain says where it was made)
  // (a destination of its own said for the address, "to land in Bob's Gmail": no other route's actions copied onto it)
  // (where the person says the mail should go, "to land in Bob's Gmail": the Route's forward() and the Fix line name it)
  const wantedActions = forwardActions(diagnosis);
  const severalTargets = wantedActions?.includes('), forward(') ?? false;
  // Routes said to be deleted lately: the one that took the address was most likely among them.
  const routesDeleted = evidence.find((e) => e.rule === ROUTES_DELETED_RULE)?.excerpt;
  // (a catch_all() said deleted, not one said never there: "(they never had a catch_all)")
  const catchAllDeleted = routesDeleted !== undefined && CATCH_ALL_NAMED.test(routesDeleted);
  const nameForward = evidence.find((e) => e.rule === ROUTE_FORWARDS_SAME_NAME_RULE)?.excerpt;
  const nameForwardHost = nameForward ? (/forward\(\s*\\?["'][\w.+-]{1,64}@([a-z0-9.-]{1,253})\\?["']/i.exec(nameForward)?.[1]?.toLowerCase() ?? null) : null;
  const manyAddresses = evidence.some((e) => e.rule === MANY_ADDRESSES_RULE);
  // (a route shown said to be in another Mailgun account, "in their staging account": made in the domain's account, it would take the address)
  const routeInOtherAccount = routeTakesIt && routeElsewhere !== undefined;
  // (its words quoted where the excerpt holds the account named: a long match's excerpt may stop before it)
  const routeElsewhereFix = (said: string) =>
    rt`Fix: the paste says the Route was made in another account${/\baccount\b/i.test(said) ? rt` (${quote(tailOf(said, EXCERPT_MAX), EXCERPT_MAX)})` : []}. A Route applies only in the account it was made in, and only the account that holds ${domainText} receives its mail, so that Route never sees it. Create it again, with the same expression and action, under Receiving, Routes in the account that has the domain, then delete the other copy. Mail refused so far is not queued at Mailgun: its senders have to send it again.`;
  const othersReach = evidence.some((e) => e.rule === OTHER_SENDERS_REACH_RULE);
  const routeChecks = routeCheck(facts, routeTakesIt && (usRoutesApi || euRouteMadeByScript || routeInOtherAccount), wantedActions !== null, catchAllDeleted, nameForwardHost, routeMadeSince, othersReach);
  const madeForIt = facts.recipient !== null && routeMadeFor(evidence, facts.recipient);
  // (the one Route shown taken as the message's correction only where nothing says otherwise: many addresses meant, Routes deleted
  // or moved)
  // (not beside a deleted catch_all(): the near miss may be the sender's typo, which the fallback took before)
  const nearMissFix = routeChecks.correction?.nearMiss && othersReach && !madeForIt
    ? rt`Fix: keep the Route ${code(routeChecks.correction.shown)}: other senders' mail arrives through it, so this sender wrote a mistyped address. Ask them to write to the address the Route takes; or, if mail to ${quoteAddress(facts.recipient!)} should arrive too, add a second Route ${code(routeChecks.correction.corrected)} with the same actions. SMTP credentials and sending settings play no part in this.`
    : routeChecks.correction?.nearMiss && (madeForIt || (routeFixOf(facts, evidence) !== null && !manyAddresses && !catchAllDeleted && routesMovedTo(evidence, facts) === null))
    ? rt`Fix: correct the Route's expression from ${code(routeChecks.correction.shown)} to ${code(routeChecks.correction.corrected)}, keeping its actions: ${text(madeForIt ? 'it was made for this address, and its expression has a typo' : 'it is a letter or two away from this address, most likely a typo in it')}. SMTP credentials and sending settings play no part in this.`
    : null;
  // The one deleted route the paste names, written for another domain than the refused address's ("the route used to be
  // match_recipient("helpdesk@pinecrest.edu")", mail to helpdesk@in.pinecrest.edu): made again as it was, it would not take it either.
  const goneOther = routesDeleted !== undefined && facts.recipient !== null && facts.goneRoutes.length === 1 && routedDomain(facts.goneRoutes) !== null && routedDomain(facts.goneRoutes) !== recipientDomain?.toLowerCase() && routeMatches(facts.goneRoutes[0]!, facts.recipient) === false
    ? facts.goneRoutes[0]!
    : null;
  const routeSaidPresent = evidence.some((e) => e.rule === ROUTE_SAID_PRESENT_RULE);
  // No Route at all ("they never made one, only set up the DNS"): the account refuses every address at the domain.
  const noRoutes = routesDeleted ? undefined : evidence.find((e) => e.rule === NO_ROUTES_RULE)?.excerpt;
  // (the address said renamed to the refused one, "renamed support@ to help@": the Route made for the old name still names it)
  // (with Routes shown, only where one of them names the old address)
  const renamedCandidate = facts.recipient !== null && !routesDeleted ? renamedAddressFrom(evidence, facts.recipient) : null;
  // (an address the paste names at the same domain, the same but for a hyphen or a dot, "it-help@" for the refused "ithelp@": the
  // sender's slip, the one named being the address in use; where Routes are shown, the route check says it, typo in the route or not)
  const slipFor = facts.recipient !== null && facts.similarAddress !== null && recipientDomain !== null && facts.similarAddress.endsWith(`@${recipientDomain.toLowerCase()}`) && facts.routes.length === 0 ? facts.similarAddress : null;
  const renamedFrom = renamedCandidate !== null && (facts.routes.length === 0 || facts.routes.some((route) => unescapedRoute(route).toLowerCase().includes(`${renamedCandidate}@${recipientDomain?.toLowerCase()}`))) ? renamedCandidate : null;
  const summary: RichText[] = sentByYou && forwardedByRoute
    ? [
      rt`A Route of yours forwards this mail (its ${code('forward()')} action) to ${recipientOr(facts, 'the refused address')}, and that address's domain receives its mail through Mailgun too: another Mailgun account (or another of your domains). Mailgun's inbound MX refused the forward as Relaying Denied because the account that receives for ${domainText} has no Route matching that address.`,
      ...foundLine(facts, hostLabel),
      rt`Fix: add a Route for ${recipientOr(facts, 'that address')} in the Mailgun account that receives for ${domainText} (or a catch_all() there), or change your Route's ${code('forward()')} to an address that account does route. Until then every forwarded message is refused: with ${code('store()')} on your Route, its stored copies (kept for a few days) can be fetched and sent again.`,
    ]
    : sentByYou
    ? [
      rt`Mailgun accepted your message and tried to deliver it to the recipient's mail server, which is Mailgun's inbound MX: the recipient's domain receives its mail through Mailgun. The Mailgun account that receives for that domain has no Route matching this recipient, so it refused the message as Relaying Denied. Nothing in your sending setup is wrong.`,
      ...foundLine(facts, hostLabel),
      rt`Fix: tell the recipient's mail administrator. They must add a Route for the address in their Mailgun account, or point their domain's MX records back to their real mail server. If the domain is yours, make the change yourself (steps below).`,
    ]
    : routeTakesIt
      ? [
        rt`Mailgun's inbound mail server refused this recipient. The recipient's domain has its MX records pointing to Mailgun, and Mailgun accepts incoming mail only for addresses that one of the account's Routes matches. It answered Relaying Denied, so when the message came no live Route of the account that receives for the domain matched it, although a route in the paste does.`,
        ...foundLine(facts, hostLabel),
        ...routeChecks.paragraphs,
        // (an EU domain whose route the paste shows created through the US API: a US route, which EU mail never meets)
        usRouteMadeByScript
          ? rt`Fix: the route was created through the US API (${code('https://api.mailgun.net/v3/routes')}), so it is a US route, and the domain receives in the EU region, whose routes are separate. Create it again with ${code('https://api.eu.mailgun.net/v3/routes')} (change the script's URL), delete the US copy, then have the message sent again.`
          // (said to have been made there, "he was logged in to api.mailgun.net (US)": no script)
          : euRouteMadeByScript
          ? rt`Fix: the route was created through the EU API (${code('https://api.eu.mailgun.net/v3/routes')}), so it is an EU route, and the mail reached Mailgun's US inbound servers (${code(facts.host!)}), which apply only the US region's routes. Create it again with ${code('https://api.mailgun.net/v3/routes')} (or in the control panel with the US region selected), delete the EU copy, then have the message sent again. A saved route applies at once: there is no delay to wait for.`
          : usRoutesApi && !usRoutesOnlyListed
          ? rt`Fix: the route was made in the US region${usRouteSaid ? [] : rt` (${code('api.mailgun.net')})`}, and the domain receives in the EU region, whose routes are separate. Create the same route in the EU region (in the control panel, for the EU domain, or with a POST to ${code('https://api.eu.mailgun.net/v3/routes')}), check it with ${code('https://api.eu.mailgun.net/v3/routes')}, delete the US copy, then have the message sent again.`
          : usRoutesApi
          ? rt`Fix: the route is listed by the US API (${code('https://api.mailgun.net/v3/routes')}), so it is a US route, and the domain receives in the EU region, whose routes are separate. Create the same route in the EU region (in the control panel, for the EU domain, or with a POST to ${code('https://api.eu.mailgun.net/v3/routes')}), check it with ${code('https://api.eu.mailgun.net/v3/routes')}, delete the US copy, then have the message sent again.`
          : routeInOtherAccount
          ? routeElsewhereFix(routeElsewhere!)
          // (the domain said moved to another account: the route seen is most likely the old account's)
          : movedAccount
          ? rt`Fix: the paste says the domain moved to another Mailgun account, and Routes belong to one account: the route seen is most likely still in the old account, which no longer receives for ${domainText}. Create it again, with the same expression and action, under Receiving, Routes in the account that has the domain now (list them with that account's API key to check), then delete the old copy. Mail refused since the move has to be sent again by its senders.`
          : rt`Fix: make sure that route is live in the Mailgun account and region that receive for the domain, then send again${orMxBack}.`,
      ]
      : [
        // (an EU domain at the US hosts: the region is the cause, whatever Routes the EU region holds)
        movedAway
          ? rt`Mailgun's inbound mail server refused this recipient: the sender's mail server still had the domain's old MX records, which lead to Mailgun, and Mailgun takes incoming mail only for addresses a Route matches. No Route matched, so it answered Relaying Denied.`
          : usMxForEu
          ? rt`Mailgun's US inbound mail server (${code(facts.host!)}) refused this recipient. The domain is in Mailgun's EU region, but its MX records point at the US inbound servers, and each region keeps its own Routes: the US region has none for this domain, so the US servers refuse every address there as Relaying Denied.`
          : rt`Mailgun's inbound mail server refused this recipient. The recipient's domain has its MX records pointing to Mailgun, and Mailgun accepts incoming mail only for addresses that one of your account's Routes matches. No Route matched, so it answered Relaying Denied.`,
        ...foundLine(facts, hostLabel),
        ...routeChecks.paragraphs,
        // (the person says where the mail should go: the Route to make, written out)
        ...(!usMxForEu && !notMeant && facts.recipient && wantedActions && routeTakesIt === false
          ? [rt`The Route that does what you describe: expression ${code(`match_recipient("${routePattern(address)}")`)}, ${text(severalTargets ? 'actions' : 'action')} ${code(wantedActions)}. Mailgun then sends each message to ${text(severalTargets ? 'each of those addresses' : 'that address')} as it arrives.`]
          : []),
        // (the person asks whether each address needs its own Route: no, one expression takes the domain's every address)
        ...(!usMxForEu && recipientDomain && diagnosis.evidence.some((e) => e.rule === ROUTE_PER_ADDRESS_RULE)
          ? [rt`No Route per address is needed: one Route takes every address at the domain, ${code(`match_recipient(".*@${exampleDomain}")`)}, with the actions the mail needs (its ${code('forward()')} to a mailbox or URL). A Route for one address takes that address only. ${code('catch_all()')} would also work, but it takes the mail of every domain the account receives for, not only this one.`]
          : []),
        // (the person asks whether a login would help, "Do I need to add --auth to swaks?": no)
        ...(diagnosis.evidence.some((e) => e.rule === LOGIN_ASKED_RULE)
          ? [rt`Do you need to log in (SMTP credentials, swaks's ${code('--auth')})? No: Mailgun's inbound MX takes mail from anyone, with no login, for the addresses a Route matches; a login changes nothing here, a Route does.${facts.client === 'swaks' ? rt` Once the Route is there, the same swaks test gets a ${code('250')} at ${code('RCPT TO')}.` : []}`]
          : []),
        // (not where the paste's own Routes take addresses at the domain: it receives there on purpose)
        ...(sendingDomain && !usMxForEu && !facts.routes.some((route) => unescapedRoute(route).toLowerCase().includes(`@${recipientDomain!.toLowerCase()}`))
          ? [rt`${quoteAddress(recipientDomain!)} looks like a sending domain: replies to its addresses (the From or Reply-To of the mail sent from it) arrive at Mailgun, which takes them only for a Route. Forward them with a Route, or give the mail a Reply-To at the domain where the mailboxes are.`]
          : []),
        ...(usRoutesApi && !usMxForEu
          ? [usRouteSaid ? US_ROUTE_SAID : US_ROUTES_API]
          : routesDeleted && !notMeant && !usMxForEu && !routeChecks.corrects && nearMissFix === null
          // (or the account tidied, no Route named: "was "tidying up" in Mailgun on Monday")
          ? [ROUTES_NAMED.test(routesDeleted)
              ? rt`The paste says Routes were deleted (${quote(routesDeleted, EXCERPT_MAX)}): ${goneOther ? rt`no Route takes this address now, and the one the paste names was written for another domain (below).` : rt`the Route that took this address was most likely one of them, and since then Mailgun has had none for it.`}`
              : rt`The paste says someone tidied up the Mailgun account (${quote(routesDeleted, EXCERPT_MAX)}): the Route that took this address was most likely deleted then, and since then Mailgun has had none for it.`]
          : noRoutes && !notMeant && !usMxForEu
          // (beside a route the paste shows, for another domain: none was made for this one, not none in the account)
          ? [rt`The paste ${text(noRoutes.includes('"items"') ? 'shows the Routes list empty' : facts.routes.length > 0 ? 'says no Route was made for this domain' : 'says the account has no Routes')} (${quote(noRoutes, EXCERPT_MAX)}): that is the cause. MX records that point at Mailgun only bring the mail to Mailgun; with no Route to say what to do with it, Mailgun refuses every address at the domain.`]
          : slipFor && !renamedFrom && !notMeant && !usMxForEu
          ? [rt`The paste also names ${code(slipFor)}, the same address but for a hyphen or a dot: the sender most likely wrote ${quoteAddress(facts.recipient!)} by mistake, and the Route is most likely made for ${code(slipFor)}.`]
          : renamedFrom && !notMeant && !usMxForEu
          ? [rt`The paste says ${code(`${renamedFrom}@`)} was renamed to ${quoteAddress(facts.recipient!)}: the Route made for the old address ${text(facts.routes.length > 0 ? 'still names it' : 'most likely still names it')} (${code(`match_recipient("${renamedFrom}@${recipientDomain}")`)}), so nothing takes the new one.`]
          : []),
        usMxForEu
          ? rt`Fix: point the domain's MX records at the EU region's inbound servers, ${code('mxa.eu.mailgun.org')} and ${code('mxb.eu.mailgun.org')}, at your DNS host (as the domain's DNS settings in the EU region list them). The Routes need no change if they are in the EU region.`
          : routeElsewhere && !notMeant
          ? routeElsewhereFix(routeElsewhere)
          : movedAccount && !notMeant
          ? rt`Fix: the paste says the domain moved to another (sub)account, and Routes belong to the account that receives for the domain: those made in the old account no longer apply. Create them again, with the same expressions and actions, under Receiving, Routes in the account that has the domain now, then delete the old ones. Mail refused meanwhile has to be sent again by its senders.`
          : movedAway
          ? rt`Fix: nothing has to change in Mailgun. Once the change is complete (above), wait until the old MX records have expired everywhere (their TTL); senders of refused mail have to send it again. A Route for the address is optional: it only catches what still arrives at Mailgun until then.`
          : notMeant
          ? rt`Fix: the paste says this domain's mail is not meant to go to Mailgun, so its MX records are the mistake: point them at the server that has the mailboxes (steps below); no Route is needed. SMTP credentials and sending settings play no part in this.`
          : slipFor && !renamedFrom && !usMxForEu
          ? rt`Fix: ask the sender to write to ${code(slipFor)}: nothing is broken at Mailgun. A Route for the misspelling too, ${code(`match_recipient("${facts.recipient}")`)} with the same action, is optional, where people keep writing it so. SMTP credentials and sending settings play no part in this.`
          : renamedFrom && !usMxForEu
          ? rt`Fix: change that Route's expression to ${code(`match_recipient("${facts.recipient}")`)}, keeping its actions (its ${code('forward()')}); or, while mail still comes to the old address too, add a Route for the new one with the same actions and keep both. SMTP credentials and sending settings play no part in this.`
          // (a near miss the paste says was made for this very address, "we recreated the route for service@", or the one Route
          // shown, the message's own correction: the route's typo, also for a sending domain's address)
          : nearMissFix !== null && !usMxForEu
          ? nearMissFix
          // (a route shown that a change above fixes, its domain or its typo: that change, also for a sending domain's address)
          : sendingDomain && routeChecks.corrects && !routeChecks.adds
            ? rt`Fix: change the Route as the paragraph above says (its expression only; its actions stay as they are)${orMxBack}. SMTP credentials and sending settings play no part in this.`
          : sendingDomain && facts.recipient && wantedActions
            ? rt`Fix: add the Route ${code(`match_recipient("${facts.recipient}")`)} with the ${text(severalTargets ? 'actions' : 'action')} ${code(wantedActions)}. SMTP credentials and sending settings play no part in this.`
          : sendingDomain && facts.recipient
            ? rt`Fix: add a Route that takes ${text(tagged ? 'its tagged reply addresses' : 'this address')}, ${code(`match_recipient("${tagged ?? routePattern(address)}")`)}, or every address at the domain, ${code(`match_recipient(".*@${exampleDomain}")`)}, with a ${code('forward()')} to where its mail should go. SMTP credentials and sending settings play no part in this.`
          : sendingDomain
            ? rt`Fix: add a Route that catches this address (and forwards it where it should go). SMTP credentials and sending settings play no part in this.`
            // (said to have been made in the US region, none shown: made again where the EU domain's mail arrives)
            : usRouteSaid && facts.routes.length === 0 && facts.recipient
            ? rt`Fix: create the route again in the EU region, where the domain receives (in the control panel, for the EU domain, or with a POST to ${code('https://api.eu.mailgun.net/v3/routes')}), with an expression that takes this address, ${code(`match_recipient("${routePattern(address)}")`)}, and the route's action; then delete the US copy and have the message sent again. SMTP credentials and sending settings play no part in this.`
            // (a route shown that a change fixes, its typo or its domain, beside a deleted catch-all: that change first, and a
            // fallback only as the last route, without the stop() that made the old one take everything)
            : routeChecks.corrects && catchAllDeleted && !usRoutesApi
            ? rt`Fix: correct the Route as the paragraph above says (its expression only; its actions stay as they are). For a fallback, add ${code('catch_all()')} again with the highest priority number and no ${code('stop()')}: it then matches only what no earlier route took. SMTP credentials and sending settings play no part in this.`
            : catchAllDeleted && !usRoutesApi
            // (the deleted one was the account's fallback: it again, or one just for the domain, which other domains' mail never meets)
            // (where the person names where the address's mail should go: a Route for it, with that forward(), comes first)
            ? wantedActions && facts.recipient
              ? rt`Fix: add a Route for the address, ${code(`match_recipient("${routePattern(address)}")`)} with ${code(wantedActions)}; for the other addresses the deleted ${code('catch_all()')} took, create it again too, with the highest priority number so that it runs last, and the action it had. Mail refused meanwhile is not queued at Mailgun: its senders have to send it again. SMTP credentials and sending settings play no part in this.`
              : rt`Fix: create the deleted ${code('catch_all()')} Route again, with the highest priority number so that it runs last, as the fallback, and the action it had; or, narrower, a Route for this domain's addresses only, ${code(`match_recipient(".*@${exampleDomain}")`)}, which no other domain's mail meets. Mail refused meanwhile is not queued at Mailgun: its senders have to send it again. SMTP credentials and sending settings play no part in this.`
            // (destroyed by Terraform: made again in its configuration, or the next apply destroys a hand-made one too)
            : routesDeleted && !usRoutesApi && routesDeleted.includes('mailgun_route')
            ? rt`Fix: Terraform destroyed the Route (${quote(routesDeleted, EXCERPT_MAX)}). Put its ${code('mailgun_route')} resource back in the Terraform configuration, with the expression and actions it had, and run ${code('terraform apply')}: a Route made by hand in the control panel would be destroyed again by the next apply. Mail refused meanwhile is not queued at Mailgun: its senders have to send it again. SMTP credentials and sending settings play no part in this.`
            : goneOther && !usRoutesApi
            ? rt`Fix: the route the paste names, ${code(goneOther)}, is written for ${quoteAddress(routedDomain([goneOther])!)}, not ${domainText}: made again as it was, it would not take ${quoteAddress(facts.recipient!)} either. Create it for the address itself, ${code(`match_recipient("${routePattern(address)}")`)}, with the action it had (the same ${code('forward()')} address or URL). Mail refused meanwhile is not queued at Mailgun: its senders have to send it again. SMTP credentials and sending settings play no part in this.`
            // (the Routes moved to another domain, the refused address's domain still receiving: a Route for it as well)
            : routesMovedTo(evidence, facts) !== null && !usRoutesApi
            ? rt`Fix: the Routes were moved to ${quoteAddress(routesMovedTo(evidence, facts)!)}, so their expressions no longer take mail to ${domainText}, whose MX records still point to Mailgun. While that domain receives there, add a Route for it as well, ${code(`match_recipient(".*@${escapeLiteral(exampleDomain)}")`)}, with the same actions as the moved Routes (or one Route per address with its own action). SMTP credentials and sending settings play no part in this.`
            : routesDeleted && !usRoutesApi
            ? rt`Fix: create the deleted Route again: an expression that catches ${facts.refusedAtDomain > 1 ? text('these addresses') : text('this address')} (below) with the action it had (the same ${code('forward()')} address or URL, ${code('store()')} if it kept messages). Mail refused meanwhile is not queued at Mailgun: its senders have to send it again. SMTP credentials and sending settings play no part in this.`
            : noRoutes && !usRoutesApi
            ? rt`Fix: create a Route (steps below): ${code(`match_recipient(".*@${exampleDomain}")`)} for every address at the domain, or one expression per address, with ${wantedActions ? code(wantedActions) : rt`a ${code('forward()')} to the mailbox or URL that should get the mail`} (add ${code('store()')} to keep a copy at Mailgun for a few days). Mail refused so far is not queued at Mailgun: its senders have to send it again.${inboundMeant ? [] : rt` If the domain's mail should not go to Mailgun at all, point its MX records back to the real mail server instead.`}`
            // (a Route said to be there, none shown: checked before another is made)
            : routeSaidPresent && facts.routes.length === 0 && facts.recipient && recipientDomain
            ? rt`Fix: the paste says a Route for it is there, so check it before adding one: list the Routes (below) and make sure one really takes ${code(address)}: its expression letter for letter (the whole domain, ${code(recipientDomain)}), and the Route in the account and region that receive for the domain (any Route that matched would have taken the mail in). If none matches, add ${code(`match_recipient("${routePattern(address)}")`)} with a ${code('forward()')} to where its mail should go. SMTP credentials and sending settings play no part in this.`
            // (the Route that takes it made only after the refusal: done; what is left is a test and the refused mail sent again)
            : routeMadeSince
            ? rt`Fix: already in place: the Route made after this refusal takes ${code(address)}. Send a test message to it; mail refused before was not kept at Mailgun, so its senders have to send it again.`
            : facts.refusedAtDomain > 1 && recipientDomain
            ? rt`Fix: add or correct Routes that catch these addresses (one each, or one for the whole domain, ${code(`match_recipient(".*@${recipientDomain}")`)})${orMxBack}. SMTP credentials and sending settings play no part in this.`
            // (another address's route beside where the person says this one's mail should go: a Route of its own, the other left alone)
            : routeChecks.ownRouteNeeded && wantedActions && facts.recipient
            ? rt`Fix: add the Route ${code(`match_recipient("${routePattern(address)}")`)} with the ${text(severalTargets ? 'actions' : 'action')} ${code(wantedActions)}, and leave the Route shown as it is${orMxBack}. SMTP credentials and sending settings play no part in this.`
            // (the destination is inferred from the other route's pattern: said as the likely one, not as known)
            : routeChecks.ownForward && facts.recipient
            ? rt`Fix: add the Route ${code(`match_recipient("${routePattern(address)}")`)} with the action ${code(routeChecks.ownForward)} (if its mail goes to the same name there, as the other route's does; else to wherever it should go), and leave the Route shown as it is${orMxBack}. SMTP credentials and sending settings play no part in this.`
            // (a route shown that a change above fixes, its typo or its domain: that change, not a route for the one address besides)
            // (many addresses meant to come in, one per customer: one Route for the whole domain, not one per address)
            : manyAddresses && facts.recipient && recipientDomain
            ? rt`Fix: make one Route take every address at the domain, ${code(`match_recipient(".*@${escapeLiteral(exampleDomain)}")`)}, ${routeForDomainShown(facts) || facts.routes.length > 0 ? rt`with the actions of the Route shown (its ${code('forward()')}), or widen that Route's expression to it` : wantedActions ? rt`with ${code(wantedActions)}` : rt`with a ${code('forward()')} to where the mail should go`}: new addresses keep coming, and a Route per address would not keep up${orMxBack}. SMTP credentials and sending settings play no part in this.`
            // (a near miss the paste says was made for this very address, "we recreated the route for service@": the route's typo)
            : routeChecks.corrects && routeChecks.adds
            ? rt`Fix: add the Route ${code(routeChecks.addExpression!)} with the action this address's mail needs${routeChecks.widens ? text(" (or widen the shown route's expression, as the paragraph above says, where both go to the same place)") : []}${orMxBack}. SMTP credentials and sending settings play no part in this.`
            : routeChecks.corrects
            ? rt`Fix: change the Route as the paragraph above says (its expression only; its actions stay as they are)${orMxBack}. SMTP credentials and sending settings play no part in this.`
            : facts.recipient && recipientDomain
            // (the expressions written out: one for the address, one for its whole domain)
            // (a tagged address, bewerbung+4711@: one Route for every tag, not one for this tag alone)
            ? rt`Fix: ${text(plainRouteShown ? `change the expression of the Route shown for ${tag!.base}@ (a second, wider Route beside it would also run for ${tag!.base}@'s own mail, unless the one shown ends with stop()), so that it takes` : facts.routes.length > 0 ? "correct a Route's expression, or add a Route, so that it takes" : 'add a Route that takes')} ${text(tagged ? 'these tagged addresses' : 'this address')}: ${code(`match_recipient("${tagged ?? routePattern(address)}")`)} ${text(tagged ? `for ${taggedFor} (one Route for all their tags)` : 'for it alone')}, or ${code(`match_recipient(".*@${exampleDomain}")`)} for every address at the domain, ${routeForDomainShown(facts) ? rt`with the actions of the Route shown (its ${code('forward()')} or ${code('store()')})` : wantedActions ? rt`with ${code(wantedActions)}` : rt`with a ${code('forward()')} to where its mail should go`}${orMxBack}. SMTP credentials and sending settings play no part in this.`
            : rt`Fix: add or correct a Route that catches this address${orMxBack}. SMTP credentials and sending settings play no part in this.`,
        // (a sending server's own log or bounce: the one who pastes it may be that sender, writing to someone else's domain;
        // not beside the domain's own Routes, or a test sent with swaks: that is the domain's side looking)
        // (nor beside Routes said deleted or never made, or MX records the person set: those are the person's own)
        // (nor where the paste says the mail was sent to the customer, or speaks of their Routes: the domain is theirs)
        ...(SENDER_SIDE_SOURCES.has(facts.source) && !notMeant && facts.routes.length === 0 && facts.client !== 'swaks' && !routesDeleted && !noRoutes && !ownDomain && !routeElsewhere && !evidence.some((e) => e.rule === MAIL_TO_CUSTOMER_RULE || e.rule === ROUTES_MENTIONED_RULE || e.rule === INBOUND_PARSING_RULE)
          ? [rt`This is the sending side's own record of the refusal. If ${domainText} is not your domain (you were writing to someone whose mail goes through Mailgun), the Routes are in their Mailgun account: send them this refusal.`]
          : []),
        // (Mailgun's own failed event of its delivery to the domain: its sending side got the refusal, and put the address on the
        // sending domain's Bounces list, which outlasts the Route's fix)
        ...(facts.source === 'mailgun-event' && permanentFailure(facts) && facts.suppression === null && facts.mailgunDomain !== null && facts.recipient !== null && !notMeant
          ? [rt`Mailgun refused mail from Mailgun here: ${quoteAddress(facts.mailgunDomain)} sent it, and Mailgun's inbound servers for ${domainText} refused it like anyone's, for want of a Route. This permanent failure also put ${quoteAddress(facts.recipient)} on the Bounces list of ${quoteAddress(facts.mailgunDomain)}: once the Route is back, take it off there (Suppressions, or ${code(`DELETE ${suppressionUrl(facts, 'bounce')}`)}), or later messages to it keep failing at once (${code('605')}).`]
          : []),
      ];
  const routeParagraphs: RichText[] = [];
  const catchAllDropped = evidence.some((e) => e.rule === CATCH_ALL_DROPPED_RULE);
  if (facts.region === null) {
    routeParagraphs.push(rt`For a domain in the EU region, use ${code(API_BASE.eu)} as the API host.`);
  } else if (facts.region === 'eu' && !usMxForEu) {
    // (Mailgun's regions page lists Routes among the region-bound data: a US route never sees EU mail)
    routeParagraphs.push(rt`The mail reached Mailgun's EU servers, so only the EU region's Routes count: look there (the EU API host in the steps), not among a US region's.`);
  }
  const routesSection: ReplySection = {
      // (said not to be meant for Mailgun: Routes only if that turns out wrong, else they would pull the domain's mail into Mailgun)
      heading: sentByYou ? 'Check the Routes (in the Mailgun account that receives for the domain)' : notMeant ? 'Only if Mailgun should receive for the domain after all: Routes' : 'Check your Routes',
      steps: [
        // (no access to the dashboard: the API lists the routes and makes one)
        ...(dashboardLacking(evidence)
          ? [
              rt`Without the dashboard, the API does both with an API key of the account that receives for the domain. List the routes: ${code(`curl -s --user 'api:YOUR_API_KEY' ${api}/v3/routes`)}`,
              rt`If none of them matches the address (the next step says how to tell), make one: ${code(`curl -s --user 'api:YOUR_API_KEY' ${api}/v3/routes -F priority=10 -F expression='match_recipient("${facts.recipient ?? 'address@YOUR_DOMAIN'}")' -F action='forward("https://YOUR_APP/inbound")' -F action='stop()'`)} (the ${code('forward(...)')} is where the mail should go: a URL or a mailbox).`,
            ]
          : [
              rt`In the Mailgun control panel, open the ${label('Receiving')} tab and look at the ${label('Routes')}. (Where Routes sit in the newest menu is not confirmed; look under ${label('Receiving')}.)`,
              rt`Or list them with the API: ${code(`curl -s --user 'api:YOUR_API_KEY' ${api}/v3/routes`)}`,
            ]),
        // (a route shown takes the address already: no new one, but the place it was made in)
        routeTakesIt && usRoutesApi
          ? rt`The route shown matches ${recipientOr(facts, 'the recipient address')}, but it is a US route: create the same route (expression and actions) in the EU region, as the fix above says.`
          : routeTakesIt && euRouteMadeByScript
          ? rt`The route shown matches ${recipientOr(facts, 'the recipient address')}, but it is an EU route: create the same route (expression and actions) in the US region, as the fix above says.`
          : routeInOtherAccount
          ? rt`The route shown matches ${recipientOr(facts, 'the recipient address')}, but it is in another account: create the same route in the account that holds the domain, as the fix above says.`
          : routeTakesIt && movedAccount
          ? rt`The route shown matches ${recipientOr(facts, 'the recipient address')}, but it is most likely the old account's: list the routes with the API key of the account that has the domain now, and create the same route there if it is missing, as the fix above says.`
          : routeTakesIt
          ? rt`The route shown matches ${recipientOr(facts, 'the recipient address')} already: no new route is needed. Check that it is listed by the API host above (the account and region that received the mail). (Another route's ${code('stop()')} cannot cause this refusal: a route that matched, whichever, means Mailgun took the mail.)`
          : tagged
          ? rt`Look for a route whose expression matches ${recipientOr(facts, 'the recipient address')}. Its part after ${code(tag?.separator ?? '+')} is a tag (a reply token, a ticket number) that changes with each message, so a route for this one address would take only this one: make one route take them all, ${code(`match_recipient("${tagged}")`)} (or widen the expression of the route meant for them), with the same actions as that route (its ${code('forward(...)')} and the rest); or ${code('catch_all()')}, which matches only when no route before it did: as the fallback, give it the highest priority number.`
          // (the expressions themselves are in the snippet below and the Fix: named once here, not a third time)
          // (a catch-all turned off on purpose stays off: a route for the address takes its mail without the spam)
          : catchAllDropped
          ? rt`Look for a route whose expression matches ${recipientOr(facts, 'the recipient address')}. If none does, create one for this address (below) and the action the mail needs; leave the ${code('catch_all()')} off, as they turned it off for the spam: a route for the address takes its mail and no other. The actions: ${code('forward("https://…")')} posts it to your application's webhook, ${code('forward("someone@…")')} sends it on to a mailbox.`
          : rt`Look for a route whose expression matches ${recipientOr(facts, 'the recipient address')}. If none does, create one with an expression below (a ${code('catch_all()')} as the fallback gets the highest priority number) and the action the mail needs: ${code('forward("https://…")')} posts it to your application's webhook (inbound parsing), ${code('forward("someone@…")')} sends it on to a mailbox, ${code('store()')} keeps it at Mailgun for a few days for your application to fetch.`,
      ],
      paragraphs: routeParagraphs,
      snippet: {
        title: 'Route expressions',
        language: 'text',
        code: alignComments([
          // (a tagged address's own route would take that one message only: not offered)
          ...(tagged ? [[`match_recipient("${tagged}")`, `${taggedFor}`] as [string, string]] : [[`match_recipient("${routePattern(address)}")`, 'this one address'] as [string, string]]),
          [`match_recipient(".*@${exampleDomain}")`, 'any address at the domain'],
          ...(catchAllDropped ? [] : [['catch_all()', 'any address no earlier route matched (the fallback: last priority)'] as [string, string]]),
        ]),
      },
    };
  const howApplied: ReplySection = {
      heading: 'How Routes are applied',
      paragraphs: [
        rt`Routes belong to the whole Mailgun account, not to one domain, but each region (US, EU) keeps its own: a route helps only if it is in the region that received the mail and its expression matches this exact address.`,
        rt`Mailgun tries them in priority order, lower number first. Every route that matches runs its actions, unless a matching route ends with ${code('stop()')}.`,
      ],
    };
  const mxSection: ReplySection = {
    heading: 'If the domain should not receive mail through Mailgun',
    paragraphs: [
      rt`If nobody meant mail for ${domainText} to arrive at Mailgun (the mailboxes live with another provider), the MX records are the mistake: set them back to that provider's mail servers at your DNS host${mailboxProviderMx(diagnosis, recipientDomain)}. Sending with Mailgun needs its SPF and DKIM records, not its MX records; a sending subdomain such as ${code(`mg.${exampleDomain === 'YOUR_DOMAIN' ? 'example.com' : registrableDomain(exampleDomain)}`)} keeps the two apart.`,
      ...(notMeant
        ? [facts.replyCode !== null && facts.replyCode < 500
          ? rt`The refusal was temporary (${code(String(facts.replyCode))}): the writers' servers retry for a while, and that mail arrives once the MX records are back (old records can linger in caches for up to their TTL).`
          : rt`Mail refused until then got a permanent error and is not retried: ask the people who wrote to send it again once the MX records are back (old records can linger in caches for up to their TTL).`]
        : []),
    ],
  };
  return {
    headline: sentByYou
      ? "The recipient's domain receives through Mailgun, and no Route there matches the recipient"
      : routeTakesIt
        ? "Mailgun's inbound MX refused mail for your domain, though a Route shown matches the recipient"
        : routeMadeSince
        ? "Mailgun's inbound MX refused mail for your domain: no Route matched the recipient before the one made since"
        : movedAway
          ? "Mailgun's inbound MX still gets mail for your domain: senders still use the MX records from before the move"
        : notMeant
          ? "Mailgun's inbound MX refused mail for your domain: its MX records still point to Mailgun"
          : usMxForEu
            ? "Mailgun's US inbound MX refused mail for your EU domain: its MX records point at the wrong region"
            : "Mailgun's inbound MX refused mail for your domain: no Route matches the recipient",
    summary,
    // Said not to be meant for Mailgun: the MX records first. Routes in the paste say the domain does
    // receive through Mailgun: the MX question does not arise.
    // (a sending domain's MX records point to Mailgun by design: not the question either)
    // (nor when the person pointed the MX at Mailgun on purpose)
    // (nor when the person speaks of the domain's Routes: mail for it is meant to arrive at Mailgun)
    sections: notMeant ? [mxSection, routesSection] : inboundMeant ? [routesSection, howApplied] : [routesSection, howApplied, mxSection],
  };
}

/** A server's log that only shows it refusing outside clients probing for an open relay (probes.ts). */
const RELAY_PROBES_RULE = ruleName('relay-probes');
const RELAY_REFUSAL_RULE = ruleName('relay-refusal-in-reply');
const ROUTES_API_US_RULE = ruleName('routes-api-us-host');
const ROUTES_API_EU_RULE = ruleName('routes-api-eu-host');
const RELAYHOST_UNBRACKETED_RULE = ruleName('relayhost-unbracketed');
/** The relayhost line of that rule's excerpt (groups: host, port). */
const BARE_RELAYHOST = /relayhost[ \t]*=[ \t]*(smtp(?:\.eu)?\.mailgun\.org):(\d{2,5})/i;

/** An environment variable named for the API key (`MAILGUN_API_KEY`, `MG_APIKEY`). */
const API_KEY_VARIABLE = /API_?KEY/i;
/** A curl call that sends no route's fields and ends on its line: it listed the routes (of a route made in the control panel); any other call, a script's `requests.post(` with the URL on its next line, may have made one. */
const onlyListsRoutes = (call: string) => /\bcurl\b/i.test(call) && !/(?:^|\s)(?:-F|--form|-d|--data(?:-urlencode)?|-X[ \t]*POST|--request[ \t]+POST)\b|[\\^`][ \t]*$/i.test(call);
const ROUTE_MADE_IN_US_RULE = ruleName('route-made-in-us-region');
const BACKUP_MX_RULE = ruleName('refusing-backup-mx');
const BEHIND_GATEWAY_RULE = ruleName('refused-behind-gateway');
/** The refusing server's own log, with one of Mailgun's machines as its client: Mailgun was delivering to it. */
const OWN_LOG_RULE = ruleName('mailgun-client-refused');
/** One of Mailgun's own machines, by its name (`m198-61-254-33.mailgun.net`). */
const MAILGUN_MACHINE = /(?:^|\.)mailgun\.(?:net|org|com)$/i;
const DELIVERED_AFTER_RULE = ruleName('delivered-after-retry');
const OTHERS_FAIL_RULE = ruleName('other-addresses-fail-too');
const OTHERS_RECEIVE_RULE = ruleName('other-addresses-receive');
/** A security gateway's host in front of the recipient's own servers: Barracuda's, Mimecast's, Proofpoint's, Symantec's (MessageLabs). */
const SECURITY_GATEWAY = /(?:^|\.)(?:barracudanetworks\.com|mimecast\.com|pphosted\.com|ppe-hosted\.com|messagelabs\.com)$/i;
const OWN_BURST_RULE = ruleName('own-burst-to-recipient');
// (listed or made there: a GET shows only the US region's routes, a POST makes a US route)
const US_ROUTES_API = rt`The paste shows the Routes API called on the US host (${code('https://api.mailgun.net/v3/routes')}): it lists and makes only US routes, and this domain receives in the EU region, whose routes are separate. List and make them with ${code('https://api.eu.mailgun.net/v3/routes')} instead.`;
const US_ROUTE_SAID = rt`The paste says the route was made in the US region: US routes apply only to mail that reaches Mailgun's US servers, and this domain receives in the EU region, whose routes are separate. Make them in the EU region (the EU domain's Routes, or ${code('https://api.eu.mailgun.net/v3/routes')}).`;
/** Mailgun's own words when it drops mail to a suppressed address (its code 605, 606 or 607): no server's answer. */
const SUPPRESSION_DROP = /previously bounced|unsubscribed address|complained address|not delivering to a suppressed/i;

function relayProbesRefused(facts: Facts): Content {
  const host = refusingHost(facts);
  return {
    headline: 'A mail server refused to relay for strangers: that is its job',
    summary: [
      rt`These lines are a mail server's own log${host ? rt` (${quoteAddress(host)})` : []}: clients on the internet (${code('unknown[...]')}, made-up HELO names) connected and asked it to pass mail on to outside addresses, and it refused to relay. A server that is not an open relay must do exactly that: spam bots probe mail servers for open relays all day.`,
      rt`Fix: nothing to fix. Nothing was hacked, and Mailgun takes no part in these connections: they come straight from those clients to this server.`,
    ],
    sections: [
      {
        heading: 'What to check',
        paragraphs: [],
        steps: [
          rt`That it keeps refusing: in Postfix, ${code('mynetworks')} lists only your own networks, and ${code('smtpd_relay_restrictions')} ends in ${code('reject_unauth_destination')} (Exim: ${code('relay_from_hosts')} holds only your own).`,
          rt`If the log is too loud, ${code('postscreen')} or fail2ban can turn repeat probers away before they reach the SMTP dialogue.`,
          rt`If mail is also missing, that is another error: paste its bounce or its log line.`,
        ],
      },
    ],
  };
}

/** Where the backup MX's software keeps the domains it relays, by the words of its refusal (qmail's rcpthosts, Exim's, Postfix's by default). */
function backupRelaySetting(facts: Facts): RichText {
  const message = facts.serverMessage ?? '';
  if (/rcpthosts/i.test(message)) return rt`qmail: ${code('control/rcpthosts')} or ${code('morercpthosts')}, with a ${code('control/smtproutes')} entry to the primary`;
  if (/relay not permitted/i.test(message) || facts.client === 'exim') return rt`Exim: ${code('relay_to_domains')}`;
  return rt`Postfix: ${code('relay_domains')}`;
}

/** A temporary refusal whose event is permanent: the retries ran out ("Too old"), and the message is lost. */
function retriesRanOut(facts: Facts): boolean {
  return facts.severity === 'permanent' && facts.replyCode !== null && facts.replyCode >= 400 && facts.replyCode < 500;
}

/** How many attempts refused the same temporary way make a refusal that is not clearing by itself. */
const REPEATED_ATTEMPTS = 3;

function recipientHost({ facts, evidence }: Diagnosis): Content {
  if (evidence.some((e) => e.rule === RELAY_PROBES_RULE)) return relayProbesRefused(facts);
  const fixedThere = evidence.some((e) => e.rule === RECIPIENT_FIXED_RULE);
  if (facts.suppression !== null && fixedThere) return suppressedAfterFix(facts, facts.suppression);
  const host = refusingHost(facts);
  // A Route's forward() chose the refused address: the Route is what the customer can change.
  const forwarded = evidence.some((e) => e.rule === ROUTE_MATCHED_RULE || e.rule === ROUTE_FORWARD_RULE || e.rule === OWN_ROUTE_FORWARD_SAID_RULE);
  const tempCode = facts.replyCode !== null && facts.replyCode >= 400 && facts.replyCode < 500;
  const retriesOver = retriesRanOut(facts);
  const temporary = !retriesOver && (facts.severity === 'temporary' || tempCode);
  // (a hard refusal's: an expiry is not known to put the address on the Bounces list)
  const permanent = permanentFailure(facts) && !retriesOver;
  // Sendmail's "Relaying temporarily denied. Cannot resolve PTR record for <ip>": the sending IP's name could not be looked up just then.
  const ptrDeferred = temporary && /cannot resolve ptr|ptr record|name lookup failed|reverse (?:dns|lookup)/i.test(facts.serverMessage ?? '');
  const ptrIp = ptrDeferred ? ipInMessage(facts) : null;

  // The event shown is Mailgun dropping a suppressed address (605): its words and code are Mailgun's, and the
  // server's refusal is the earlier one the paste shows (a Bounces list row, an older event).
  const mailgunDrop = facts.suppression !== null && ((facts.replyCode !== null && facts.replyCode >= 605 && facts.replyCode <= 607) || SUPPRESSION_DROP.test(facts.serverMessage ?? ''));
  const earlierRefusal = mailgunDrop ? (evidence.find((e) => e.rule === RELAY_REFUSAL_RULE)?.excerpt ?? null) : null;
  // The refusing server's own log, refusing one of Mailgun's machines: the person has the server's side (its admin, often).
  const ownLog = evidence.find((e) => e.rule === OWN_LOG_RULE)?.excerpt;
  const said: RichText[] = [];
  if (facts.recipient) said.push(rt`Recipient: ${quoteAddress(facts.recipient)}`);
  // (not Mailgun's own machine, the client of the log's line, which Sendmail's `relay=` names)
  if (host && !(ownLog && MAILGUN_MACHINE.test(host))) said.push(rt`Refusing server: ${quoteAddress(host)}`);
  if (mailgunDrop) {
    if (earlierRefusal) said.push(rt`Its earlier refusal, as the paste shows it: ${quote(earlierRefusal, MESSAGE_MAX)}`);
    said.push(rt`Mailgun's own answer now${text(facts.replyCode !== null ? ` (${facts.replyCode})` : '')}: ${quote(facts.serverMessage || 'the address is suppressed', MESSAGE_MAX)}, not the server's.`);
  } else if (facts.serverMessage) said.push(rt`Its message: ${quote(facts.serverMessage, MESSAGE_MAX)}`);
  if (facts.replyCode !== null && !mailgunDrop) {
    said.push(
      facts.enhancedCode && ENHANCED_CODE.test(facts.enhancedCode)
        ? rt`Reply code: ${code(`${facts.replyCode} ${facts.enhancedCode}`)}`
        : rt`Reply code: ${code(String(facts.replyCode))}`,
    );
  }
  if (!said.length) said.push(rt`The paste does not show the recipient or the refusing server.`);

  // A plain NDR from some server says nothing of Mailgun: its retries are then the sending server's.
  const provider = facts.provider ? PROVIDER_NAMES[facts.provider] : null;
  // The paste says it was seen in Mailgun's logs, without Mailgun's own data to show it.
  const seenAtMailgun = !provider && !mailgunAccepted(facts) && evidence.some((e) => SEEN_AT_MAILGUN_RULES.has(e.rule));
  const sender = provider ?? (throughMailgun(facts) || forwarded || seenAtMailgun || ownLog ? 'Mailgun' : 'the sending server');
  // The refusing server is the domain's backup MX: mail went there because the primary did not answer.
  const backupMx = forwarded ? undefined : evidence.find((e) => e.rule === BACKUP_MX_RULE)?.excerpt;
  // The same temporary refusal over several attempts: it is not clearing by itself.
  // (not a deferral for a name lookup: DNS, not the address, and it may clear)
  const repeated = temporary && !ptrDeferred && facts.attempts !== null && facts.attempts >= REPEATED_ATTEMPTS ? facts.attempts : null;
  // The paste says the recipient has a new address ("everyone has new email addresses now"): the old one is retired.
  const changedAddress = facts.recipientAddressChanged && !forwarded;
  // The paste says the recipient's mail moved ("they changed email providers in October"): the domain, not the address.
  // (not one mailbox's move while other addresses at the domain still receive mail: the domain's MX records are fine)
  const moved = facts.recipientMailMoved && !forwarded && !changedAddress && !evidence.some((e) => e.rule === OTHERS_RECEIVE_RULE);
  // A temporary refusal while the recipient's mail moves: expected until the move is done, however often it repeats.
  const movingNow = temporary && moved && !ptrDeferred && !retriesOver;
  // The paste's MX lookup names the provider the mail moved to, not the server that refused: the move is done.
  const movedTo = evidence.find((e) => e.rule === RECIPIENT_MX_PROVIDER_RULE)?.excerpt ?? null;
  const moveDone = moved && movedTo !== null && facts.host !== null && !movedTo.endsWith(facts.host) && !facts.host.endsWith(movedTo);
  const retry: RichText = mailgunDrop
    ? rt`The message shown was not tried at all: Mailgun dropped it for the suppressed address, and it retries nothing it drops.`
    : ptrDeferred
    ? rt`This refusal is temporary (a ${code('4xx')} code): ${text(sender)} retries it on its own for a while. Once the name lookup works, the usual answer is a permanent ${code('550 Relaying denied')}, unless that server is set up to take mail for the domain by then.`
    : retriesOver
    ? rt`The refusal was temporary (a ${code('4xx')} code), and ${text(sender)} retried it until its retries ran out: the event is now permanent, so the message was not delivered and will not be tried again. Send it again once the recipient's side accepts the address.`
    : movingNow
    ? rt`This refusal is temporary (a ${code('4xx')} code), and ${text(sender)} retries it on its own for a while. While the recipient's mail moves, a server that no longer (or not yet) takes mail for the domain answers so, however often it is tried; it clears once the domain's MX records point at the new provider and that provider accepts the domain.`
    : backupMx && temporary
    // (each retry tries the primary MX first: the refusal clears when it answers again, repeated or not)
    ? rt`This refusal is temporary (a ${code('4xx')} code), and ${text(sender)} retries it on its own for a while. Each retry tries the domain's primary MX first, so it clears once the primary answers again${text(repeated ? `; ${repeated} attempts refused so far say the primary has been down for a while, so tell the recipient's mail administrator now` : '')}. Do not resend by hand meanwhile: ${text(sender)} is still trying, and a copy sent by hand could arrive twice.`
    : repeated
    ? rt`This refusal is temporary (a ${code('4xx')} code), and ${text(sender)} retries it on its own for a while, but the paste shows ${text(String(repeated))} attempts refused the same way: a refusal that keeps coming back rarely clears by itself, so act now rather than wait for the retries to run out. Do not resend by hand meanwhile: ${text(sender)} is still trying, and a copy sent by hand could arrive twice.`
    : temporary
    ? rt`This refusal was temporary (a ${code('4xx')} code): the server may accept the message later, and ${text(sender)} retries temporary failures on its own for a while. If the same refusal keeps coming back, treat it as permanent and check the address.`
    // (the paste shows earlier attempts: retried, until this permanent refusal ended them)
    : permanent && facts.attempts !== null && facts.attempts > 1
      ? rt`This refusal is permanent, so ${text(sender)} will not try again: the paste shows ${text(String(facts.attempts))} attempts for this address, and a permanent refusal ends them.`
    : permanent
      ? rt`This refusal is permanent, so ${text(sender)} will not retry it. (A ${code('4xx')} code would have meant a temporary refusal that is retried.)`
      : rt`A ${code('4xx')} code would mean a temporary refusal that ${text(sender)} retries by itself; a ${code('5xx')} code is permanent.`;

  // (a Route's forward refused is the Route's story; the own log says the same of the server, told there)
  // (nor a domain its admin retired on purpose: the address is what changes then)
  // (nor a domain whose mail moved elsewhere: that server is the old one, and the MX records are what to change)
  if (ownLog && !forwarded && !mailgunDrop && !changedAddress && !moved) {
    return ownServerRefusedMailgun(facts, ownLog, said, [retry, ...suppressionAfter(facts, permanent, true)], temporary, backupMx);
  }
  // (the same exceptions: a Route's forward, a retired address and a moved domain say more than the hop that refused)
  const gateway = evidence.find((e) => e.rule === BEHIND_GATEWAY_RULE)?.excerpt;
  if (gateway && !forwarded && !mailgunDrop && !changedAddress && !moved) return refusedBehindGateway(facts, gateway, said, temporary);

  // (the refusing server's own log shows Mailgun's machine delivering: as good as Mailgun's own event)
  const mailgunSeen = mailgunAccepted(facts) || ownLog !== undefined;
  // A delivery report written by a server that is not Mailgun's, with no Mailgun domain in sight: that server was delivering, not Mailgun.
  const reporter = facts.reportingMta;
  const otherReporter = reporter !== null && !/(?:^|\.)(?:mailgun\.(?:org|net|com)|postgun\.com)$/.test(reporter) && facts.mailgunDomain === null ? reporter : null;
  // The paste shows Mailgun suppressing the address now (605): the earlier refusal is why, and the list is the fix.
  // (a bounce only: an unsubscribe or a complaint has nothing to do with this refusal)
  const suppressedNow = facts.suppression === 'bounce' && !forwarded;
  // A permanent relay refusal from the recipient's host usually means a wrong address (KNOWLEDGE.md); a temporary one, see retries.
  // Exchange Online's 5.7.54 says what is wrong: the domain is not one its tenant accepts mail for.
  // (and 5.7.64 "TenantAttribution; Relay Access Denied": no tenant took the connection as mail for one of its domains)
  const tenantAttribution = facts.enhancedCode === '5.7.64' || /tenantattribution/i.test(facts.serverMessage ?? '');
  // (and Exchange's own "550 5.7.1 Unable to relay": its receive connector takes mail only for its accepted domains)
  // (Exchange's "5.7.1 Unable to relay" passed on by a filtering gateway in front, beside other addresses at the domain said to receive:
  // the domain is accepted, and the one address is what the servers behind the gateway do not take)
  const gatewayPassedOn = SECURITY_GATEWAY.test(facts.host ?? '') && evidence.some((e) => e.rule === OTHERS_RECEIVE_RULE);
  const notAccepted = facts.enhancedCode === '5.7.54' || /non-accepted domain/i.test(facts.serverMessage ?? '') || (/(?<![\d.])5\.7\.1 unable to relay(?! for\b)/i.test(facts.serverMessage ?? '') && !gatewayPassedOn) || tenantAttribution;
  // Microsoft 365's MX host made for this very domain (`brindlecoffee-com-au.mail.protection.outlook.com` for
  // brindlecoffee.com.au): the domain was set up in a tenant once, so it is spelled right, and the tenant dropped it since.
  const tenantMx = notAccepted && !tenantAttribution && ownTenantMx(facts.host, recipientDomainOf(facts));
  // A move said to go to Microsoft 365, refused by Microsoft 365's own MX: the MX records point there already, and the
  // tenant has not (yet) made the domain an accepted one; the move is half done on that side, not the MX's.
  const movedIntoM365 = notAccepted && !tenantAttribution && facts.recipientMailMovedTo === 'microsoft-365' && PROVIDER_INBOUND_HOST['microsoft-365'].test(facts.host ?? '');
  // (and a move into Google Workspace refused by Google's own MX: the MX records lead there already; the domain is not active in the account)
  const movedIntoGoogle = moved && facts.recipientMailMovedTo === 'google-workspace' && PROVIDER_INBOUND_HOST['google-workspace'].test(facts.host ?? '');
  // (moved to a provider the paste names, and the refusing server is not that provider's: the MX records were left on the old server)
  const staleMx = moved && facts.recipientMailMovedTo !== null && facts.host !== null && !PROVIDER_INBOUND_HOST[facts.recipientMailMovedTo].test(facts.host);
  const movedFix = rt`Fix: the recipient's mail administrator has to finish the move: the domain's MX records must point at the new provider${text(facts.recipientMailMovedTo ? ` (${MOVED_TO_NAME[facts.recipientMailMovedTo]})` : '')}, not the old server (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'example.com'}`)} shows where they point now), and the new provider must accept mail for the domain.${mailgunAccepted(facts) ? rt` Then take the address off the Bounces list (below) and send the message again.` : rt` Then send the message again.`}`;
  // qmail's "sorry, that domain isn't in my list of allowed rcpthosts": the domain is not one it takes mail for.
  const notRcpthost = !notAccepted && /allowed rcpthosts|domain isn't in my list/i.test(facts.serverMessage ?? '');
  // "we don't handle mail for example.com", "... is not a local domain": the server says the domain is not one of its own.
  const domainNotHandled = !notAccepted && !notRcpthost && /(?:don't|do not|doesn't|does not) handle mail for|not a local domain/i.test(facts.serverMessage ?? '');
  // A domain one letter from a large provider's: the likely typo outweighs a person's word that the address is right.
  // (or the domain of the same name's other address in the paste, for a permanent refusal: a temporary one says nothing of the address)
  const similarDomain = facts.similarAddress !== null && !temporary ? facts.similarAddress.slice(facts.similarAddress.lastIndexOf('@') + 1) : null;
  const typoOf = misspelledProviderDomain(recipientDomainOf(facts)) ?? similarDomain;
  // The person says the address is right: then the receiving side is not set up for it (not "check the address" again).
  // (a move the paste tells of says more: the address is right, and the domain's mail went elsewhere)
  const confirmed = facts.addressConfirmed && !typoOf && !(facts.recipientMailMoved && !forwarded) && !changedAddress;
  // Sendmail's "Relaying denied. IP name lookup failed [ip]": the domain is not its own; the failed name lookup is a detail.
  const nameLookup = /ip name lookup failed|reverse (?:dns|lookup)/i.test(facts.serverMessage ?? '');
  // A temporary refusal beside a delivered event for the address: a retry got through.
  const deliveredLater = temporary && evidence.some((e) => e.rule === DELIVERED_AFTER_RULE);
  // Google's "Mail relay denied ... Invalid credentials for relay" to a delivery: the domain is not (or no longer) one of
  // the Workspace account's, so Google took the delivery for relaying through it. Its "credentials" are not the sender's login.
  const googleRelay = !temporary && GOOGLE_RELAY_CREDENTIALS.test(facts.serverMessage ?? '');
  // Several addresses at the one domain refused alike: the domain's server is at fault, not one mistyped address.
  // (a misspelled domain, a retired address or a temporary refusal say more)
  const domain = recipientDomainOf(facts);
  // (or the paste says so: "other addresses at the company fail too")
  const severalRefused = domain !== null && (facts.refusedAtDomain > 1 || evidence.some((e) => e.rule === OTHERS_FAIL_RULE)) && !temporary && !typoOf && !changedAddress && !forwarded;
  // (other addresses at the domain delivered beside them: the domain takes mail, and the refusing server is one of its servers that does not)
  const partlyDelivered = severalRefused && facts.deliveredAtDomain > 0;
  // One address refused while the paste says others at its domain receive mail: the domain and its MX are fine, and the
  // one mailbox is what the server does not know. (Not from a delivered row alone: it may have reached another of the
  // domain's servers than the one that refused.)
  // (not beside the server's own word that the domain is what it refuses: Exchange's accepted domains, qmail's rcpthosts)
  const onlyThisAddress = domain !== null && !severalRefused && !temporary && !typoOf && !changedAddress && !forwarded && !notAccepted && !notRcpthost && !domainNotHandled && !nameLookup && !ptrDeferred &&
    evidence.some((e) => e.rule === OTHERS_RECEIVE_RULE);
  const domainWide = severalRefused && !partlyDelivered;
  // (a temporary refusal of several addresses at the domain alike: its server, not one address; the retry is told apart)
  const temporaryDomainWide = temporary && domain !== null && facts.refusedAtDomain > 1 && !typoOf;
  const refuser = host ? quoteAddress(host) : rt`the refusing server`;
  // (a typo the paste itself shows, beside the same name's other address: no "the address may well be right")
  const similarTypo = typoOf !== null && typoOf === similarDomain && typoOf !== misspelledProviderDomain(recipientDomainOf(facts));
  const likelyCause: RichText = similarTypo
    ? []
    : ptrDeferred
    ? rt` Sendmail looks up the sending IP's name${text(ptrIp ? ` (${ptrIp}, its PTR record)` : ' (its PTR record)')} only after deciding that the recipient's domain is not one it handles or relays for; the lookup failed just then, so it deferred rather than refuse. So that server does not take mail for the domain: its MX records may point at a server that no longer hosts it, or the server is missing it among its own or relay domains.`
    : backupMx
      ? rt` The refusing server is the domain's backup MX (${quote(backupMx, EXCERPT_MAX)}): mail goes there when the primary does not answer, and a backup that is not set up to relay the domain's mail refuses it like this. The address is most likely right.`
    : temporary
    ? []
    : nameLookup
      ? rt` The server adds that it could not look up the sending IP's name (reverse DNS), but that is a detail: Sendmail checks the sender's name only after deciding that the recipient's domain is not one it handles. So that server does not take mail for the domain.`
    : changedAddress
      ? rt` The paste says the recipient has a new address now: the old one is retired, and the server still answering for its domain no longer takes mail for it.`
    : movedIntoM365 && moved
      ? rt` Microsoft 365 answers so when the recipient's domain is not one of its tenant's accepted domains. The paste says the recipient's mail moved to Microsoft 365, and their MX records already point there (${quoteAddress(facts.host!)}): the tenant that has the mailboxes does not list the domain as accepted yet (or it was added to another tenant). The address is probably right.`
    : notAccepted && moved && !tenantAttribution
      ? rt` Microsoft Exchange (Exchange Online or an Exchange server) answers so when the recipient's domain is not one of its accepted domains, and the paste says the recipient's mail moved to another provider: their MX records most likely still point at ${facts.host ? quoteAddress(facts.host) : text('Microsoft 365')}, where the domain is no longer (or not yet) accepted. The address is probably right.`
    : notAccepted
      ? tenantAttribution
        ? rt` Microsoft 365 answers ${code('5.7.64 TenantAttribution')} when it cannot attribute the connection to a tenant's connector and so takes the message for a relay through Microsoft 365: its documented cause is an inbound connector of the "on-premises" kind whose certificate or IP addresses no longer match the server that connects; a domain that is no accepted domain of any tenant is refused as a relay too. The address may well be right; the problem is in the recipient organisation's Microsoft 365 setup.`
        : rt` Microsoft Exchange (Exchange Online or an Exchange server) answers so when the recipient's domain is not one of its accepted domains: the address may well be right, and the domain is the problem.`
    // (a move said beats the server's own words: its MX records still point at the old server, whatever it answers)
    : moved && facts.host && domain && (facts.host === domain.toLowerCase() || facts.host.endsWith(`.${domain.toLowerCase()}`))
    // (the refusing server is the domain's own, not a provider's: the move has not reached the MX records)
      ? rt` The paste says the recipient's mail moved to another provider, but the server that refused, ${quoteAddress(facts.host)}, is the domain's own, not a provider's: the domain's MX records still point at the old server, which no longer takes mail for it. The address is probably right.`
    : moved
      ? rt` The paste says the recipient's mail moved to another provider: then the address is probably right, and the domain is the problem. The server its MX records point at (the old one, or the new provider not yet set up for the domain) does not take mail for it.`
    : domainNotHandled
      ? rt` The server says so itself: it does not handle mail for the recipient's domain. The address may well be right, and the domain is the problem (its MX records point at a server that does not, or no longer, host it).`
    : notRcpthost
      ? rt` qmail answers so when the recipient's domain is not in its list of domains it takes mail for (rcpthosts): the address may well be right, and the domain is the problem (its MX records point at a server that does not, or no longer, host it).`
    : onlyThisAddress
      ? rt` Other addresses at ${quoteAddress(domain!)} receive mail (the paste says so), so the domain and its MX records are fine: that server does not take mail for this one address. A mailbox moved to another system, or removed, without forwarding looks like this${confirmed ? text('.') : text('; a typo before the @ would too.')}`
      // (with the server named: Mailgun delivered where the domain's MX records lead, which may not be the server vouched for)
      // (a Mailgun delivery only: a refusal by the sender's own relay names no recipient server; nor a filtering gateway,
      // Microsoft 365's or Google's, which is the MX of every domain it serves)
      : confirmed && facts.host !== null && facts.hostRole === 'other' && domain !== null && mailgunAccepted(facts) && !FILTERING_GATEWAY.test(facts.host)
        ? rt` The address is said to be right (or their server said to take it); still, Mailgun delivers to the server the domain's MX records name, here ${quoteAddress(facts.host)}, and that one refused it. If it is not the server their administrator checked, the MX records are out of date (see them with ${code(`dig MX ${domain}`)}) and must point at the server that has the mailbox; if it is, that server does not count ${quoteAddress(domain)} as one of its own domains yet.`
      : confirmed
        ? rt` You say the address is right: then that server is not set up to take mail for it (it does not count the address's domain as one of its own, or the domain's MX records point at a server that does not know the address).`
        : forwarded && googleRelay
          ? []
        : forwarded
          ? rt` The Route's destination no longer takes the mail: the address in its ${code('forward()')} changed or is mistyped, or that domain's mail moved.`
          : suppressedNow
            ? rt` The address may be wrong, or its domain's mail may have moved since (the refusal came from the server its MX records pointed at then).`
          : googleRelay
            ? []
          : partlyDelivered
            ? rt` Other addresses at the domain were delivered (the paste shows ${text(String(facts.deliveredAtDomain))}) while several were refused alike: the domain takes mail, so a mistyped address is unlikely, and ${refuser} is most likely one of the domain's servers that is not set up to take its mail (a backup MX, or a server left over from a move).`
          : domainWide
            ? rt` With several addresses at the one domain refused alike, a mistyped address is unlikely: that server does not take mail for the domain (its MX records may point at a server that no longer hosts it, or the server is missing the domain among its own).`
          // (a hosted gateway in front of their mail passes on a mail server's words: its own domain list is the question)
          : recipientGateway(facts) !== null
            ? rt` ${text(recipientGateway(facts)!)}, the gateway in front of the recipient's mail, answers so when the address's domain is not among the domains it takes mail for: either the address is mistyped (its domain), or the domain is not (or no longer) set up in their ${text(recipientGateway(facts)!)}.`
          // (the software by its words: what it checks says what is wrong)
          : /relay access denied/i.test(facts.serverMessage ?? '')
            ? rt` Postfix answers so when the recipient's domain is not one it takes mail for (not among its ${code('mydestination')}, virtual or ${code('relay_domains')}): either the address is mistyped (its domain), or the domain's MX records point at a server that does not (or no longer) host it.`
          : /relay not permitted/i.test(facts.serverMessage ?? '')
            ? rt` Exim answers so when the recipient's domain is in neither its ${code('local_domains')} nor its ${code('relay_to_domains')}: either the address is mistyped (its domain), or the domain's MX records point at a server that does not (or no longer) host it.`
          // (one address refused, another at its domain delivered: the server takes the domain's mail, not this address's; Postfix's and
          // Exim's words above are a domain's refusal, whatever else was delivered)
          : facts.deliveredAtDomain > 0 && !severalRefused
            ? rt` Another address at the same domain was delivered (the paste shows ${text(String(facts.deliveredAtDomain))}), so the domain's mail does reach a server that takes it: this one address is the problem. Either it is mistyped, or no mailbox or alias for it is set up on their server (Sendmail and some other servers answer a relay refusal for an address of their own domain that they hold no mailbox for); their mail administrator has to create it or tell you the right address.`
          : rt` The server does not take mail for that address's domain: either the address is mistyped, or the domain's MX records point at a server that does not (or no longer) host it.`;
  // cPanel's "Please turn on SMTP Authentication in your mail client": words for the server's own users, not for Mailgun.
  const authWords: RichText = googleRelay
    ? rt` Google answers so when mail arrives for a domain that is not (or no longer) a domain of its Google Workspace account: it takes the delivery for someone relaying through Google, and its words about credentials and SMTP relay settings are meant for such senders. No Mailgun login or password plays a part, and changing one would not help.`
    : !temporary && AUTH_WORDS.test(facts.serverMessage ?? '')
    ? rt` Its words about SMTP authentication are meant for that server's own users sending through it: ${text(provider ?? (otherReporter ? 'a server' : 'Mailgun'))} delivering mail to it needs no login, and none would help.`
    : [];
  const domainWideNote: RichText[] = domainWide
    ? [rt`This refusal is about the domain, not one address: every address at ${quoteAddress(domain!)} is refused the same way until it is fixed (${text(facts.refusedAtDomain > 1 ? `the paste shows at least ${facts.refusedAtDomain}` : 'the paste says other addresses there fail too')})${text(throughMailgun(facts) || mailgunSeen ? ", and each one refused for good goes on the Bounces list, to take off once the domain takes mail again" : '')}.`]
    : [];
  return {
    headline: suppressedNow
      ? "The recipient's mail server refused an earlier message, and Mailgun now suppresses the address"
      : mailgunSeen
      ? "The recipient's mail server refused the message (Mailgun accepted it)"
      : "The recipient's mail server refused the message",
    summary: [
      forwarded
        ? rt`Mailgun received this message for your domain and a Route sent it on, but the server of the forward's destination refused it as a relay attempt: it does not consider itself responsible for ${recipientOr(facts, 'that address')}.${likelyCause}${authWords}`
        : mailgunSeen
        ? rt`Mailgun accepted your message and tried to deliver it, but the receiving server refused it as a relay attempt: it does not consider itself responsible for ${recipientOr(facts, 'that address')}.${likelyCause}${authWords}`
        : provider
          ? rt`The mail went through ${text(provider)}, not Mailgun: ${text(provider)} tried to deliver it, and the receiving server refused it as a relay attempt: it does not consider itself responsible for ${recipientOr(facts, 'that address')}.${likelyCause}${authWords}`
          : seenAtMailgun
            ? rt`Seen in Mailgun's logs, so Mailgun accepted the message and tried to deliver it, but the receiving server refused it as a relay attempt: it does not consider itself responsible for ${recipientOr(facts, 'that address')}.${likelyCause}${authWords}`
          : otherReporter
            ? rt`The receiving server${text(refusingHost(facts) ? ` (${refusingHost(facts)})` : '')} refused the message as a relay attempt: it does not consider itself responsible for ${recipientOr(facts, 'that address')}. The report comes from ${code(otherReporter)}, the server whose delivery was refused: that delivery was not Mailgun's.${likelyCause}${authWords}`
          : rt`The receiving server refused the message as a relay attempt: it does not consider itself responsible for ${recipientOr(facts, 'that address')}. If Mailgun was delivering it (a failed event in your Mailgun logs shows this), Mailgun did its part.${likelyCause}${authWords}`,
      ...domainWideNote,
      ...domainTypoStep(facts, typoOf, evidence),
      retriesOver
        ? rt`Fix: the recipient's server kept refusing until the retries ran out${text(facts.attempts !== null && facts.attempts > 1 ? ` (${facts.attempts} attempts)` : '')}: check the address, and if it is right, ask the recipient's mail administrator to make their server accept mail for it; then send the message again.`
        : moveDone && !temporary
        ? rt`Fix: the paste's MX lookup shows the domain's mail now goes to ${code(movedTo!)}, so the move is done. ${text(throughMailgun(facts) || mailgunSeen ? 'Take the address off the Bounces list (below), where this refusal likely put it, and send the message again: sent before that, Mailgun drops it at once.' : 'Send the message again.')}`
        : moveDone
        ? rt`Fix: nothing to do but wait: the paste's MX lookup shows the domain's mail now goes to ${code(movedTo!)}, so the move is done, and ${text(sender === 'the sending server' ? 'the sending server' : sender)}'s next retry should be accepted. If the retries run out first, send the message again.`
        : movingNow
        ? rt`Fix: the recipient's mail administrator has to finish the move: the domain's MX records must point at the new provider (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'example.com'}`)} shows where they point now), and the new provider must accept mail for the domain. ${text(sender === 'the sending server' ? 'The sending server' : sender)} keeps retrying meanwhile; if its retries run out first, send the message again once the move is done.`
        // (the backup MX named says more than the count of attempts: the primary is down, and the backup is not set up)
        : backupMx && temporary && !repeated
        ? rt`Fix: nothing to do on your side yet: ${text(sender === 'the sending server' ? 'the sending server' : sender)} retries, and a retry goes through once the domain's primary MX answers again. If the primary stays down, the recipient's mail administrator (or whoever runs the backup MX) must set the backup up to relay the domain's mail.`
        : backupMx && temporary
        ? rt`Fix: tell the recipient's mail administrator (or whoever runs the backup MX): their primary MX has not answered for ${text(String(repeated ?? 'several'))} attempts, and the backup refuses the domain's mail. ${text(sender === 'the sending server' ? 'The sending server' : sender)} keeps retrying, and a retry goes through once the primary answers again or the backup is set up to relay the domain's mail (${backupRelaySetting(facts)}). Nothing on your side changes it.`
        : backupMx
        ? rt`Fix: the recipient's mail administrator (or whoever runs the backup MX) has to find out why the primary MX did not take the delivery (down, or slow to answer), set the backup up to relay the domain's mail on to it (${backupRelaySetting(facts)}), or take the backup out of the domain's MX records; then send the message again. Nothing on your side changes it.`
        : repeated
        ? rt`Fix: the refusal keeps coming back (${text(String(repeated))} attempts), so it may well not clear by itself while Mailgun retries: check the address, and if it is right, ask the recipient's mail administrator now to make their server accept mail for it.`
        : ptrDeferred
        ? rt`Fix: check where the recipient domain's MX records point (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'example.com'}`)}); the recipient's mail administrator has to make that server take mail for the domain (its own or relay domains), or point the MX at the server that has the mailbox. ${text(sender === 'the sending server' ? 'The sending server' : sender)} keeps retrying meanwhile.`
        : deliveredLater
        ? rt`Fix: most likely nothing: the paste also shows ${recipientOr(facts, 'the address')} delivered, so a later attempt got through (if that delivery is of the same message, it is resolved). Temporary refusals like these clear by themselves; only a message that ends up failed needs sending again.`
        : temporary
        ? rt`Fix: nothing to do yet. ${text(sender === 'the sending server' ? 'The sending server' : sender)} retries a temporary refusal by itself; only if it keeps coming back, check the address and ask the recipient's mail administrator.`
        : typoOf
        ? rt`Fix: correct the domain of ${recipientOr(facts, 'the address')} (probably ${code(typoOf)}) and send the message again.`
        : changedAddress && safeAddress(facts.recipientNewAddress) !== null
        ? rt`Fix: send the message to the new address the paste gives, ${code(safeAddress(facts.recipientNewAddress)!)}, and update the contact wherever the old address is kept. Leave the old address on the Bounces list: it stops Mailgun from trying a retired address again.`
        : changedAddress
        ? rt`Fix: ask the recipient (or whoever knows them) for their new address, send the message there, and update the contact wherever the old address is kept. Leave the old address on the Bounces list: it stops Mailgun from trying a retired address again.`
        : suppressedNow
        ? rt`Fix: Mailgun now drops mail to ${recipientOr(facts, 'the address')} without trying (${code(SUPPRESSION_LISTS[facts.suppression!].code)}), because of this earlier refusal. Once the recipient's server accepts the address (check where its domain's mail lives now), take it off the ${text(SUPPRESSION_LISTS[facts.suppression!].list)} list (below); until then every message to it fails at once. Taking it off resends nothing: send the dropped messages again.`
        // (Microsoft 365's TenantAttribution for an address known to work: its domain is accepted, so a connector is what refuses)
        : confirmed && tenantAttribution
        ? rt`Fix: the recipient's Microsoft 365 administrator has to check their inbound connectors (Exchange admin center → Mail flow → Connectors): one of the "on-premises" kind whose IP addresses or certificate no longer match the servers that deliver, or that claims mail from outside, makes Microsoft 365 take Mailgun's delivery for a relay. A connector changed lately is the first to look at. Nothing on your side needs to change.`
        : confirmed
        ? rt`Fix: the recipient's mail administrator has to make their server accept mail for the address; only they can change that.`
        : forwarded && googleRelay
          ? rt`Fix: the destination's domain is not (yet) active in the Google Workspace account its MX records lead to: its administrator has to add and verify the domain there (Google Admin console) with Gmail turned on for it, or point its MX records where the mailboxes are. The address in the Route's ${code('forward()')} is most likely right.`
        : forwarded
          ? rt`Fix: check the address in the Route's ${code('forward()')} with whoever owns it, and correct the Route; if the address is right, that mail server's administrator has to accept mail for it again.`
          : nameLookup
            ? rt`Fix: the recipient's mail administrator has to make their server take mail for the domain (its own or relay domains) or correct the domain's MX records; fixing reverse DNS alone would not change the refusal.`
          // (the paste names the provider the mail moved to, and another server refused: the MX records still lead to the old one)
          : staleMx
            ? movedFix
          : movedIntoGoogle
            ? rt`Fix: the recipient's mail administrator has to finish the move in Google Workspace: add and verify ${text(safeDomain(recipientDomainOf(facts)) ?? 'the domain')} in the Google Admin console (Account → Domains), with Gmail turned on for it. Their MX records need no change, they lead to Google already.${mailgunAccepted(facts) ? rt` Then take the address off the Bounces list (below) and send the message again.` : rt` Then send the message again.`}`
          : movedIntoM365 && moved
            ? rt`Fix: the recipient's mail administrator has to finish the move in Microsoft 365: add and verify ${text(safeDomain(recipientDomainOf(facts)) ?? 'the domain')} in the tenant that has the mailboxes (Microsoft 365 admin center → Settings → Domains; it then shows under Accepted domains in the Exchange admin center). Their MX records need no change.${mailgunAccepted(facts) ? rt` Then take the address off the Bounces list (below) and send the message again.` : rt` Then send the message again.`}`
          : notAccepted && moved && !tenantAttribution
            ? rt`Fix: the recipient's mail administrator has to finish the move: if the mail moved away from Microsoft 365, point the domain's MX records at the new provider (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'example.com'}`)} shows where they point now); if it moved there, add the domain as an accepted domain of their Microsoft 365 tenant.${mailgunAccepted(facts) ? rt` Then take the address off the Bounces list (below) and send the message again.` : rt` Then send the message again.`}`
          : notAccepted
            ? rt`Fix: the recipient's mail administrator has to add the domain as an accepted domain of their Microsoft 365 tenant or Exchange server${text(tenantAttribution ? ' (and check their inbound connectors: one of the "on-premises" kind that claims the IP or certificate of the sending server makes Microsoft 365 treat the delivery as a relay)' : '')}, or point its MX records at the server that has the mailbox.${text(tenantMx ? (mailgunAccepted(facts) ? ' Nothing in your setup needs to change: once they have fixed it, take the address off the Bounces list and send again.' : ' Nothing on your side needs to change.') : ' Only a misspelled domain in the address is a fix on your side.')}`
          // (after Exchange's accepted domains, which say more than "the mail moved"; before a server's own words, which the
          // move explains: the MX records still point at the old server)
          : moved
            ? movedFix
          : domainNotHandled
            ? rt`Fix: the recipient's mail administrator has to add the domain to the domains their server takes mail for, or point its MX records at the server that has the mailboxes. Only a misspelled domain in the address is a fix on your side.`
          : notRcpthost
            ? rt`Fix: the recipient's mail administrator has to add the domain to the server's rcpthosts (the domains it takes mail for), or point its MX records at the server that has the mailboxes. Only a misspelled domain in the address is a fix on your side.`
          : onlyThisAddress
            ? rt`Fix: ask the recipient (or whoever knows them) whether ${recipientOr(facts, 'the address')} still exists: if its mailbox moved to another system, their mail administrator has to forward it there, or they give you the new address.${mailgunAccepted(facts) ? rt` Then take the address off the Bounces list (below).` : []}`
          : googleRelay
            ? rt`Fix: the recipient's mail administrator has to point the domain's MX records at the server that has its mailboxes now, or add the domain (back) to their Google Workspace account; nothing in your Mailgun setup or login changes it.`
            : partlyDelivered
            ? rt`Fix: the recipient's mail administrator has to make ${refuser} take mail for ${quoteAddress(domain!)} (its own or relay domains), or take it out of the domain's MX records; then send the refused messages again.`
            : domainWide
            ? rt`Fix: the recipient's mail administrator has to make their server take mail for ${quoteAddress(domain!)} again, or point the domain's MX records at the server that has the mailboxes. Only a misspelled domain is a fix on your side.`
            : rt`Fix: double-check the recipient address. If it is correct, the recipient's mail administrator has to make their server accept mail for it.`,
    ],
    sections: [
      { heading: 'What the receiving server said', paragraphs: said },
      {
        // (a temporary refusal left to the retries: the steps are for when it stops clearing, as the Fix says)
        heading: temporary && !repeated && !ptrDeferred && !deliveredLater ? 'If it keeps coming back' : 'How to fix it',
        steps: [
          // (a later attempt got through: no address to check, no server to change for this message)
          deliveredLater
            ? rt`If the delivery the paste shows is of this same message, nothing is left to do: no address to correct, nothing to change on either side.`
            : similarTypo
            ? rt`Correct ${recipientOr(facts, 'the address')} to ${code(facts.similarAddress!)} where it was typed (the order, the contact record), after checking with the customer, and send the message again.`
            : changedAddress && givenNewAddress(facts) !== null
            ? rt`Replace ${recipientOr(facts, 'the old address')} with ${code(givenNewAddress(facts)!)} in your contacts, lists and the application's records.`
            : changedAddress
            ? rt`Get the recipient's new address and replace ${recipientOr(facts, 'the old one')} with it in your contacts, lists and the application's records.`
            // (the address said to be right as well: what is left is that one mailbox on their server)
            : onlyThisAddress && confirmed
            ? rt`Nothing to correct on your side: the domain is right (other addresses there receive mail) and the address is said to be right, so what is left is this one mailbox on ${facts.host && facts.hostRole === 'other' ? quoteAddress(facts.host) : text('the server that refused')}, most likely removed, renamed or moved to another system (someone who left, an account migrated) without a forward.`
            : onlyThisAddress
            ? rt`Check ${recipientOr(facts, 'the address')} for a typo before the @: its domain is right, since other addresses there receive mail.`
            : ptrDeferred
            ? rt`Check the domain of ${recipientOr(facts, 'the recipient address')} and where its MX records point: the server that answered does not count it as one of its own or relay domains. (The failed name lookup${ptrIp ? rt` of ${code(ptrIp)}` : []} is a detail: ${code(ptrIp ? `dig -x ${ptrIp}` : 'dig -x IP')} shows whether the sending IP has a name.)`
            : confirmed && tenantAttribution
            ? rt`The address is said to be right, so the domain is most likely accepted in their tenant: what is left is Microsoft 365's connectors. Their administrator opens the Exchange admin center → Mail flow → Connectors and checks each inbound connector of the "on-premises" (your organization's email server) kind: its IP addresses and certificate must be those of their own servers only, so that it does not claim a delivery from outside such as Mailgun's.`
            // (the address said to be right: not checked again, but what their administrator checks on the server that refused)
            : confirmed
            ? rt`The address is said to be right, so the domain is the question: on ${facts.host && facts.hostRole === 'other' ? quoteAddress(facts.host) : text('the server that refused')}, their administrator checks that ${safeDomain(recipientDomainOf(facts)) ? quoteAddress(safeDomain(recipientDomainOf(facts))!) : text('the domain')} is one of its own domains (${ownDomainsSettings(facts)}), and that the domain's MX records point at the server that has the mailbox. A recent change on their side (a migration, a new server) often leaves one of them out.`
            // (the backup MX refused: the address and its domain are right, the reply has said so)
            : backupMx
              ? rt`Check where the domain's MX records point (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'example.com'}`)}) and which of them answer: the refusal came from the backup, so the address is most likely right.`
            // (not beside a move the paste tells: where the MX records point is the check, below)
            : (nameLookup || notRcpthost || domainNotHandled) && !moved
              ? rt`Check the domain of ${recipientOr(facts, 'the recipient address')}: a misspelled domain is refused this way too. If it is right, the server its MX records point at does not list it as one of its own or relay domains (a domain whose mail moved to another server often shows this).`
            // (not beside a move the paste tells: the address is then probably right, and where the MX records point is the check)
            : tenantMx && !moved
              ? rt`The domain itself is spelled right: its MX host, ${quoteAddress(facts.host!)}, is the one Microsoft 365 makes for this very domain, so it was set up in a tenant once. Most likely it has since been removed from that tenant's accepted domains (or moved to another tenant) while its MX records still point there.`
            : notAccepted && !moved
              ? rt`Check the domain of ${recipientOr(facts, 'the recipient address')}: a misspelled domain is refused this way too. If it is right, its MX records point at Exchange servers that do not list it as accepted (a domain whose mail moved to Microsoft 365, or left it, often shows this).`
            // (a move into Microsoft 365 whose MX records already point there: the Fix says they need no change)
            : moved && movedIntoM365
              ? rt`Keep ${recipientOr(facts, 'the address')}: it is most likely right. The domain's mail moved to Microsoft 365 and its MX records already point there; what is missing is the domain in that tenant's accepted domains.`
            : moved
              ? rt`Check where the domain's MX records point now (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'example.com'}`)}): still at the old server, or at the new provider before it was set up to accept mail for the domain.`
              : partlyDelivered
              ? rt`Check where the domain's MX records point (${code(`dig MX ${safeDomain(domain) ?? 'example.com'}`)}): a server among them that refuses the domain's mail, such as ${refuser}, fails the deliveries that happen to reach it, while the others get through.`
              : temporaryDomainWide
              ? rt`Check where the domain's MX records point (${code(`dig MX ${safeDomain(domain) ?? 'example.com'}`)}): ${text(String(facts.refusedAtDomain))} addresses at ${quoteAddress(domain)} are refused alike, so the domain's mail server is at fault, not one mistyped address (a server that does not count the domain as its own, after a move, refuses every address there). Send its mail administrator the refusal above.`
              : domainWide
              ? rt`Check the domain ${quoteAddress(domain!)} itself (a misspelled or old domain is refused this way too) and where its MX records point (${code(`dig MX ${safeDomain(domain) ?? 'example.com'}`)}): a server that does not count the domain as one of its own refuses every address there.`
              : rt`Double-check ${recipientOr(facts, 'the recipient address')} for typos, an old domain, or a domain that no longer receives mail.`,
          // (where the reply already says what the administrator must change, this step hands them the evidence)
          // (none for a mistyped address: the recipient's server was right to refuse it)
          ...(typoOf || (temporaryDomainWide && !deliveredLater) ? [] : [deliveredLater
            ? rt`If refusals like this keep coming before each delivery, tell the recipient's mail administrator${host ? rt` that ${quoteAddress(host)}` : rt` that one of their servers`} refuses their domain's mail for a while (a backup MX, or a server not set up for the domain): the mail gets through only on a retry.`
            : changedAddress
            ? rt`Nobody needs to change the old server: the address is retired, and mail to it will keep being refused.`
            : ptrDeferred
            ? rt`Send the recipient's mail administrator the refusal above: only they can change which domains their server takes mail for.`
            : onlyThisAddress
            ? rt`${confirmed ? text('Send') : text('If it is right, send')} the recipient's mail administrator the refusal above: their server no longer takes mail for that one address (a mailbox moved without forwarding, or removed), and only they can change that.`
            : confirmed || notAccepted || notRcpthost || nameLookup || moved || severalRefused || domainNotHandled
            ? rt`Send the recipient's mail administrator the refusal above (${text(facts.host !== null ? "the server's name and its message" : 'its message, the date and the recipient; the Logs entry of that message names the server')}): only they can change what their server accepts${text(confirmed && tenantAttribution ? ' (in Microsoft 365, its inbound connectors)' : notAccepted ? ' (in Microsoft 365 or Exchange, the accepted domains of the tenant or server that has the mailbox)' : nameLookup || notRcpthost || domainNotHandled ? " (the server's own or relay domains)" : '')}.`
            : rt`If the address is right, the recipient's mail administrator must set up their server (or their domain's MX records) to accept mail for it; only they can change that.`]),
          // (the Bounces list only where the Fix line has not said it already: a suppression's Fix is about nothing else)
          forwarded
            ? rt`The refused address is where a Route sends the mail on (its ${code('forward()')} action): if that destination is wrong, or no longer takes mail, change the Route's ${code('forward()')} in the Mailgun account that receives the mail.`
            : mailgunSeen || seenAtMailgun
            ? rt`Nothing in your Mailgun setup caused this: Mailgun did its part.${text(changedAddress ? ' Keep the old address on the Bounces list.' : typoOf ? ' The mistyped address may stay on the Bounces list: mail goes to the corrected one.' : permanent && !suppressedNow ? ` Once the recipient's side is fixed, take the address off the ${SUPPRESSION_LISTS[facts.suppression ?? 'bounce'].list} list (below).` : '')}`
            : provider
              ? rt`Nothing in your ${text(provider)} or Mailgun setup needs to change for this.`
              // (asked by someone weighing Mailgun: the answer, plainly)
              : evidence.some((e) => e.rule === MAILGUN_FIX_ASKED_RULE)
              ? rt`Would Mailgun fix this? No: the recipient's server refuses mail for this address whoever delivers it, and it would refuse Mailgun's delivery the same way. Only the recipient's side can fix it.`
              : otherReporter
              ? rt`Nothing in a Mailgun setup bears on this: the refused delivery went from ${code(otherReporter)} to the recipient's server, not from Mailgun.`
              : rt`If Mailgun was delivering it, nothing in your Mailgun setup needs to change for this.`,
        ],
        paragraphs: [],
      },
      {
        heading: `Will ${sender} retry?`,
        paragraphs: [
          retry,
          // (a retired or mistyped address: its place on the Bounces list is what should happen, not a list entry to undo)
          ...((changedAddress || typoOf) && permanent && sender === 'Mailgun' && !facts.suppression
            ? [rt`A permanent failure usually also puts the address on the domain's Bounces list (Suppressions in the control panel), and Mailgun then drops later messages to it without trying: for a ${text(typoOf ? 'mistyped' : 'retired')} address, that is what you want.`]
            : suppressionAfter(facts, permanent, sender === 'Mailgun')),
        ],
      },
    ],
  };
}

/**
 * The refusing server's own log shows it refusing Mailgun's delivery as a relay: the server does not count the
 * recipient's domain as one it takes mail for (a domain moved to it or renamed, and not added). The person has the
 * server's side, so the fix is that server's domain setting, in its own MTA's terms, not "check the address".
 */
function ownServerRefusedMailgun(facts: Facts, refusal: string, said: RichText[], retry: RichText[], temporary: boolean, backupMx?: string): Content {
  if (backupMx) return ownBackupMxRefusedMailgun(facts, backupMx, said, retry, temporary);
  // (Sendmail's `relay=` names the client, Mailgun's machine, which the extractor may take for the host)
  const shownHost = refusingHost(facts);
  const host = shownHost && !MAILGUN_MACHINE.test(shownHost) ? shownHost : null;
  const domain = recipientDomainOf(facts);
  const theDomain = domain ? quoteAddress(domain) : rt`the recipient's domain`;
  const domainCode = safeDomain(domain) ?? 'example.com';
  const mta = refusingMta(refusal);
  const fix =
    mta === 'postfix'
      ? rt`Fix, on that server: add ${theDomain} to the domains Postfix takes mail for: ${code('virtual_mailbox_domains')} (or ${code('virtual_alias_domains')}) for virtual mailboxes, ${code('mydestination')} for local ones (one of them, never both), or ${code('relay_domains')} if the server passes the domain's mail on to another; then run ${code('postfix reload')}.`
      : mta === 'exim'
      ? rt`Fix, on that server: add ${theDomain} to Exim's local domains (Debian and Ubuntu: ${code('dc_other_hostnames')} in /etc/exim4/update-exim4.conf.conf, then ${code('update-exim4.conf')} and a restart of Exim; cPanel: the domain's Email Routing set to Local Mail Exchanger, which lists it in ${code('/etc/localdomains')}), or to its relay domains (${code('dc_relay_domains')}) if the server passes the domain's mail on.`
      : mta === 'sendmail'
      ? rt`Fix, on that server: add ${theDomain} to ${code('/etc/mail/local-host-names')} if its mailboxes are there, or to ${code('/etc/mail/relay-domains')} (or a line ${code(`To:${domainCode} RELAY`)} in /etc/mail/access, then ${code('makemap hash /etc/mail/access < /etc/mail/access')}) if the server passes the domain's mail on; then restart Sendmail.`
      : mta === 'exchange'
      ? rt`Fix, on that Exchange server: add ${theDomain} as an accepted domain (Exchange admin center, Mail flow, Accepted domains; or ${code(`New-AcceptedDomain -Name ${domainCode} -DomainName ${domainCode} -DomainType Authoritative`)}), Authoritative when its mailboxes are there, and give the mailbox an address at it (an email address policy, or the mailbox's own addresses): otherwise the next answer is "recipient not found".`
      : rt`Fix, on that server: add ${theDomain} to the domains it takes mail for (its own domains, or its relay domains if it passes the domain's mail on to another server).`;
  const check =
    mta === 'postfix'
      ? rt`See which domains Postfix takes mail for now: ${code('postconf mydestination virtual_mailbox_domains virtual_alias_domains relay_domains')}.`
      : mta === 'exim'
      ? rt`See how Exim routes the address: ${code(`exim -bt ${safeAddress(facts.recipient) ?? `someone@${domainCode}`}`)} names a remote router (such as ${code('dnslookup')}) for a domain it does not count as its own, and a local delivery once it does.`
      : mta === 'sendmail'
      ? rt`See whether Sendmail lists the domain: ${code(`grep -i ${domainCode} /etc/mail/local-host-names /etc/mail/relay-domains /etc/mail/access`)}.`
      : mta === 'exchange'
      ? rt`See which domains Exchange accepts: ${code('Get-AcceptedDomain')} in the Exchange Management Shell.`
      : rt`See which domains the server takes mail for, in its own settings: ${theDomain} is not among them.`;
  return {
    headline: "The recipient's mail server refused Mailgun's delivery: it does not take mail for the recipient's domain",
    summary: [
      rt`The paste is the refusing server's own log${host ? rt` (${quoteAddress(host)})` : []}: one of Mailgun's machines delivered the message for ${recipientOr(facts, 'the recipient')}, and the server refused it as a relay, because it takes mail only for the domains set up as its own (or to relay), and ${theDomain} is not one of them. The address is most likely right, and Mailgun did its part: it delivered to the server the domain's MX records name. That server's settings are what needs changing (a domain moved to it, or renamed, and not added to them is the usual cause).${temporary ? rt` Its ${code('4xx')} code makes the refusal temporary, so Mailgun retries for a while: fixed now, this message may still get through.` : []}`,
      fix,
    ],
    sections: [
      { heading: 'What the receiving server said', paragraphs: said },
      {
        heading: 'How to fix it',
        paragraphs: [],
        steps: [
          check,
          rt`Test it from outside: a message from another provider to ${recipientOr(facts, 'the address')} should now be accepted.`,
          rt`Then tell the sender: they send the refused messages again${text(temporary ? " (if Mailgun's retries have run out by then)" : '')}, and take the address off their Mailgun account's Bounces list first if it is there (see below).`,
        ],
      },
      { heading: 'Will Mailgun retry?', paragraphs: retry },
    ],
  };
}

/**
 * The recipient domain's own gateway accepted Mailgun's delivery and wrote the bounce: a server behind it refused the
 * gateway's hand-over as a relay. Mailgun's part ended at the gateway (its logs say delivered); the address is most
 * likely right, and the recipient's administrator has to make the inside server take the domain's mail from the gateway.
 */
function refusedBehindGateway(facts: Facts, gateway: string, said: RichText[], temporary: boolean): Content {
  const host = refusingHost(facts);
  const inside = host ? quoteAddress(host) : rt`a server behind it`;
  const domain = recipientDomainOf(facts);
  const theDomain = domain ? quoteAddress(domain) : rt`the recipient's domain`;
  const mta = facts.serverMessage && /unable to relay/i.test(facts.serverMessage) ? 'exchange' : refusingMta(facts.serverMessage ?? '');
  const setting =
    mta === 'exchange'
      ? rt`on Exchange, ${theDomain} as an accepted domain, and a receive connector that takes mail from the gateway's address`
      : mta === 'postfix'
      ? rt`on Postfix, ${theDomain} among its own or relay domains (${code('mydestination')}, ${code('virtual_mailbox_domains')}, ${code('relay_domains')}) and the gateway's address in ${code('mynetworks')}`
      : rt`the domain among the ones it takes mail for, and the gateway among the clients it accepts mail from`;
  return {
    headline: "The recipient's own mail gateway accepted the message; a server behind it refused it",
    summary: [
      rt`The bounce was written by ${quoteAddress(gateway)}, a mail gateway in the recipient's own domain: it accepted the message from Mailgun (which is why Mailgun's logs show it delivered: Mailgun's part is done), then passed it on to ${inside}, a server inside the recipient's organisation, which refused the gateway's hand-over as a relay. The address is most likely right (the gateway took it); the recipient's mail setup between those two servers is at fault, and only their mail administrator can change it.${temporary ? rt` The ${code('4xx')} code makes the refusal temporary: the gateway retries it for a while.` : []}`,
      rt`Fix: the recipient's mail administrator has to make ${inside} accept the domain's mail from their gateway (${setting}), or have the gateway pass the domain's mail to the server that has the mailbox. Nothing in your Mailgun setup changes it.`,
    ],
    sections: [
      { heading: 'What the receiving side said', paragraphs: [...said, rt`Gateway that accepted it and wrote the bounce: ${quoteAddress(gateway)}`] },
      {
        heading: 'How to fix it',
        paragraphs: [],
        steps: [
          rt`Send this bounce to the recipient's mail administrator (or ask the recipient to): it names their gateway, ${quoteAddress(gateway)}, and the internal server that refused it, ${inside}.`,
          temporary
            ? rt`The gateway retries a temporary refusal for a while; if its retries run out before the fix, send the message again.`
            : rt`Once they have fixed it, send the message again: nobody retries a permanent refusal.`,
          rt`Nothing in your Mailgun setup needs to change: Mailgun delivered to the gateway, so this refusal came after its delivery and does not put the address on your Bounces list.`,
        ],
      },
      {
        heading: 'Will the gateway retry?',
        paragraphs: [
          temporary
            ? rt`Yes, for a while: the refusal is temporary (a ${code('4xx')} code), and the gateway holds the message and tries the inside server again. Mailgun has nothing left to retry: its delivery succeeded.`
            : rt`No: the refusal is permanent, so the gateway gave up and sent this bounce, and Mailgun has nothing left to retry: its delivery succeeded.`,
        ],
      },
    ],
  };
}

/** The From domain a DMARC refusal names ("Unauthenticated email from x.example", `header.from=x.example`). */
// (and Outlook's 5.7.509: "sending domain EXAMPLE.COM does not pass DMARC verification")
const DMARC_FROM_DOMAIN = /\bunauthenticated (?:e-?mail|message) from ([a-z0-9.-]{3,253}?)[.]?(?:\s|$)|\bheader\.from=([a-z0-9.-]{3,253})|\bsending domain ([a-z0-9.-]{3,253}) does not pass dmarc\b/i;

/**
 * A DMARC refusal of a From domain that is neither the Mailgun sending domain nor its parent: no signature Mailgun adds
 * for the sending domain can align with it. The two domains, or null.
 */
function dmarcMismatch(facts: Facts): { from: string; sending: string } | null {
  const message = facts.serverMessage ?? '';
  if (!facts.mailgunDomain || !dmarcNamed(facts)) return null;
  const m = DMARC_FROM_DOMAIN.exec(message);
  const from = m?.slice(1).find(Boolean)?.toLowerCase();
  const sending = facts.mailgunDomain.toLowerCase();
  // (nor two subdomains of one organizational domain, mg.x.co and news.x.co: DMARC's default relaxed alignment lets them align)
  if (!from || !from.includes('.') || sending === from || sending.endsWith(`.${from}`) || from.endsWith(`.${sending}`) || registrableDomain(from) === registrableDomain(sending)) return null;
  return { from, sending };
}

const DMARC_STRICT_RULE = ruleName('dmarc-strict-alignment');

/**
 * A DMARC refusal of mail sent through a Mailgun subdomain (mg.x.com) From its parent (x.com), beside the parent's DMARC
 * record asking for strict alignment: relaxed alignment, the default, would have let the subdomain's DKIM and SPF align.
 */
function dmarcStrictSteps(facts: Facts, evidence: readonly Evidence[]): RichText[] | null {
  const record = evidence.find((e) => e.rule === DMARC_STRICT_RULE)?.excerpt;
  const m = DMARC_FROM_DOMAIN.exec(facts.serverMessage ?? '');
  const sending = safeDomain(facts.mailgunDomain?.toLowerCase() ?? null);
  // (a refusal that names no domain, Yahoo's "5.7.9 Message not accepted for policy reasons": the sending domain's
  // organisational domain, the From domain of the usual setup, whose record the paste shows; not a public suffix, "co.uk")
  const from = safeDomain(m?.slice(1).find(Boolean)?.toLowerCase() ?? null) ?? (sending !== null && !m && registrableDomain(sending) !== sending ? registrableDomain(sending) : null);
  if (!record || !from || !sending || !sending.endsWith(`.${from}`)) return null;
  const tags = [...record.matchAll(/\ba(?:spf|dkim)[ \t]*=[ \t]*s\b/gi)].map((t) => t[0]).join('; ');
  return [
    rt`The DMARC record of ${quoteAddress(from)} shown asks for strict alignment (${code(tags)}): Mailgun signs DKIM for ${quoteAddress(sending)} and sends with a Return-Path at ${quoteAddress(sending)}, and strict alignment takes neither for a From address at ${quoteAddress(from)} (relaxed alignment, the default, would). So the mail fails DMARC, and the record's policy refuses it.`,
    rt`Either take ${code(tags)} out of the record at ${code(`_dmarc.${from}`)} (receivers see the change as its TTL runs out), or send From an address at ${quoteAddress(sending)} itself.`,
    rt`Then send again: the receiver checks each message as it arrives, and nobody needs to lift anything on their side.`,
  ];
}

const DNS_MOVED_RULE = ruleName('dns-moved');
const SPF_EDITED_RULE = ruleName('spf-record-edited');

/** The SPF record said edited just before the refusals began ("cambió ayer el registro DNS, solo el SPF"): that edit, checked first. */
function spfEditedStep(facts: Facts, evidence: readonly Evidence[]): RichText[] {
  if (!evidence.some((e) => e.rule === SPF_EDITED_RULE) || !(dmarcNamed(facts) || AUTHENTICATION_CHECK.test(facts.serverMessage ?? '') || spfAlone(facts.serverMessage ?? ''))) return [];
  return [rt`The paste says the SPF record was edited just before this began: check it first. The domain must have exactly one SPF TXT record (two make SPF fail as a ${code('permerror')}), it must still name Mailgun (${code('include:mailgun.org')}) beside the other senders, and it must stay within ten DNS lookups; also check that the domain's DKIM record still shows as verified in Mailgun.`];
}

/**
 * A DMARC refusal of a From domain the Mailgun sending domain is (or is a subdomain of): relaxed alignment lets Mailgun's
 * DKIM signature pass for it, so the signature (or its DNS record) is what failed; after a DNS move, records not copied over.
 */
function dmarcAlignedSteps(facts: Facts, evidence: readonly Evidence[]): RichText[] | null {
  const message = facts.serverMessage ?? '';
  if (!dmarcNamed(facts)) return null;
  const from = safeDomain(DMARC_FROM_DOMAIN.exec(message)?.slice(1).find(Boolean)?.toLowerCase() ?? null);
  const sending = safeDomain(facts.mailgunDomain?.toLowerCase() ?? null);
  if (!from || !sending || (sending !== from && !sending.endsWith(`.${from}`))) return null;
  return [
    rt`The From domain ${quoteAddress(from)} has a DMARC policy that refuses mail whose DKIM or SPF does not pass for it. Mail sent through ${quoteAddress(sending)} passes it${text(sending === from ? '' : ' (relaxed alignment, the default, lets the subdomain count for its parent)')} once that domain's DKIM record is in DNS and verified: in Mailgun, open the domain's DNS records (Send → Sending → Domains → ${text(sending)}) and check that DKIM and SPF show as verified.`,
    ...(evidence.some((e) => e.rule === DNS_MOVED_RULE)
      ? [rt`The DNS move is the likely cause: add Mailgun's DKIM TXT record (its name ends in ${code(`._domainkey.${sending}`)}) and the SPF TXT record of ${quoteAddress(sending)} at the new DNS provider exactly as Mailgun lists them (a record's name must not end with the zone twice, as some providers' forms add it), then click Verify DNS Settings.`]
      : [rt`If a record shows as unverified, add it again exactly as Mailgun lists it at the domain's DNS provider, then click Verify DNS Settings.`]),
    rt`Then send again: the receiver checks each message as it arrives, so nobody needs to lift anything on their side.`,
  ];
}

const DMARC_TIGHTENED_RULE = ruleName('dmarc-policy-tightened');

/**
 * A DMARC refusal just after the From domain's policy was tightened to reject ("they just published p=reject"): the fix
 * takes a while (DNS records, verification), and p=none, which only reports, lets the mail through meanwhile. Set as the
 * second step, after what failed.
 */
function withDmarcRelief(facts: Facts, evidence: readonly Evidence[], steps: RichText[]): RichText[] {
  if (!dmarcNamed(facts) || !evidence.some((e) => e.rule === DMARC_TIGHTENED_RULE)) return steps;
  const from = safeDomain(DMARC_FROM_DOMAIN.exec(facts.serverMessage ?? '')?.slice(1).find(Boolean)?.toLowerCase() ?? null);
  const record = from === null ? rt`the From domain's DMARC record` : rt`the DMARC record at ${code(`_dmarc.${from}`)}`;
  return [
    ...steps.slice(0, 1),
    rt`Meanwhile (the policy was tightened to ${code('p=reject')} only lately): putting ${record} back to ${code('p=none')}, which only asks for reports, lets this mail through while you fix it; receivers see the change once the record's TTL runs out. Tighten it again (${code('p=quarantine')}, then ${code('p=reject')}) once the DMARC reports show this mail passing.`,
    ...steps.slice(1),
  ];
}

function dmarcMismatchSteps({ from, sending }: { from: string; sending: string }): RichText[] {
  // (its parent only when that is a registrable domain itself: mg.acme.co.uk's acme.co.uk, never co.uk)
  const parent = sending.slice(sending.indexOf('.') + 1);
  const sendingParent = parent !== sending && registrableDomain(parent) === registrableDomain(sending) ? parent : sending;
  // (the parent, which relaxed alignment lets the subdomain's signature cover, and the sending domain itself: one when they are the same)
  const sendingDomains: RichText = sendingParent === sending ? quoteAddress(sending) : rt`${quoteAddress(sendingParent)} (or ${quoteAddress(sending)})`;
  // A mailbox provider's domain (yahoo.com, gmail.com): nobody but the provider publishes its DNS, so only the From can change.
  if (isMailboxProviderDomain(from)) {
    return [
      rt`The From address is at ${quoteAddress(from)}, a mailbox provider's domain, but the mail went out through the Mailgun domain ${quoteAddress(sending)}: ${quoteAddress(from)} publishes a DMARC policy that refuses mail from its domain sent by anyone else, and only its owner could authorize another sender. No DNS record of yours changes that.`,
      rt`Send From an address at ${sendingDomains} and put the ${quoteAddress(from)} address in Reply-To, so that answers still reach it. Other receivers that check DMARC refuse these messages the same way until then.`,
    ];
  }
  return [
    rt`The From address is at ${quoteAddress(from)}, but the mail went out through the Mailgun domain ${quoteAddress(sending)}, which is neither that domain nor one of its subdomains: no DKIM signature Mailgun adds for ${quoteAddress(sending)} can align with ${quoteAddress(from)}, so its DMARC policy refuses the mail. Changing the SPF record of ${quoteAddress(from)} does not help either: SPF is checked for the envelope sender, which is at ${quoteAddress(sending)}.`,
    rt`Either add ${quoteAddress(from)} (or a subdomain of it, such as ${code(`mg.${safeDomain(from) ?? from}`)}) as a sending domain in Mailgun, publish and verify its DNS records, and send these messages with it;`,
    rt`or send From an address at ${sendingDomains} and put the ${quoteAddress(from)} address in Reply-To, so that answers still reach it.`,
  ];
}

/** How a client shows its SMTP session, where it is known: ` (nodemailer: logger: true, debug: true)`, or nothing. */
function debugSwitch(client: ClientId | null): RichText {
  const switches: Partial<Record<ClientId, readonly [string, string]>> = {
    nodemailer: ['nodemailer', 'logger: true, debug: true'],
    phpmailer: ['PHPMailer', '$mail->SMTPDebug = 2'],
    wordpress: ["WordPress's PHPMailer", '$phpmailer->SMTPDebug = 2'],
    'python-smtplib': ['smtplib', 'server.set_debuglevel(1)'],
    django: ["Django's smtplib", 'connection.connection.set_debuglevel(1)'],
    'jakarta-mail': ['Jakarta Mail', 'mail.debug=true'],
    'ruby-net-smtp': ['Net::SMTP', 'smtp.set_debug_output($stderr)'],
  };
  const known = client ? switches[client] : undefined;
  return known ? rt` (${text(known[0])}: ${code(known[1])})` : [];
}

/**
 * The MX record of the mailbox provider the paste says the domain's mail lives with (its words beside the MX records
 * not being meant for Mailgun): Google Workspace's `smtp.google.com`, Microsoft 365's `<domain>.mail.protection.outlook.com`.
 */
function mailboxProviderMx({ evidence }: Diagnosis, domain: string | null): RichText {
  const said = evidence.find((e) => e.rule === MX_NOT_MEANT_RULE)?.excerpt.toLowerCase() ?? '';
  if (/google workspace|g ?suite|gmail|google/.test(said)) return rt` (Google Workspace: ${code('smtp.google.com')}, priority 1, as Google gives it for new setups; older ones list ${code('aspmx.l.google.com')} and its alternates)`;
  const safe = safeDomain(domain);
  if (safe && /microsoft 365|office 365|m365|outlook|exchange online/.test(said)) return rt` (Microsoft 365: ${code(`${safe.replace(/\./g, '-')}.mail.protection.outlook.com`)}, as the Microsoft 365 admin center lists it for the domain)`;
  return [];
}

/** The address the person wants the mail forwarded to (WANTS_FORWARD_RULE), when it is not the refused one. */
/**
 * The Route's forward() actions for where the person says the mail should go (`forward("a@x")`, or `forward("a@x"),
 * forward("b@y")` for two mailboxes named together), or null. The last address of the excerpt and the one just
 * before it when joined by "and" (en, und, et, y, e): the words before name the address refused.
 */
function forwardActions({ evidence, facts }: Diagnosis): string | null {
  const said = evidence.find((e) => e.rule === WANTS_FORWARD_RULE || e.rule === FORWARD_TARGET_RULE)?.excerpt;
  const named = said ? /(?:([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})[ \t]+(?:en|and|und|et|y|e)[ \t]+)?([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})(?=[^@]*$)/.exec(said) : null;
  const targets = (named ? [named[1], named[2]] : []).filter((t): t is string => t !== undefined).map((t) => t.toLowerCase());
  return targets.length && targets.every((t) => t !== facts.recipient && safeAddress(t)) ? targets.map((t) => `forward("${t}")`).join(', ') : null;
}

/** A mailbox that moved: 5.1.6, or 551's "User not local; please try <new address>" (RFC 5321). */
const MAILBOX_MOVED = /user not local|(?<![\d.])5\.1\.6(?![\d.])/i;
/** The new address the recipient's side gives beside "we no longer accept mail at that domain", when safe to show; or null. */
const givenNewAddress = (facts: Facts): string | null => (facts.recipientAddressChanged ? safeAddress(facts.recipientNewAddress) : null);
/** The new address a 551 names ("please try <a@b>"): one, or none. */

function newAddressIn(facts: Facts): string[] {
  const address = /please try <([^<>\s@]{1,64}@[^<>\s@]{1,253})>/i.exec(facts.serverMessage ?? '')?.[1];
  return address ? [address] : [];
}

/**
 * The refusing server's own log, and that server is the domain's backup MX: Mailgun tried it because the primary did not
 * answer, and a backup takes the domain's mail only to pass it on, which this one is not set up to do. The fix is its
 * relay setting for the domain, not its own domains.
 */
function ownBackupMxRefusedMailgun(facts: Facts, backupMx: string, said: RichText[], retry: RichText[], temporary: boolean): Content {
  const domain = recipientDomainOf(facts);
  const theDomain = domain ? quoteAddress(domain) : rt`the recipient's domain`;
  const domainCode = safeDomain(domain) ?? 'example.com';
  const postfix = refusingMta(facts.serverMessage ?? '') === 'postfix' || facts.client === 'postfix';
  // (Sendmail's `relay=` names the client, Mailgun's machine: not the server)
  const shownHost = refusingHost(facts);
  const host = shownHost && !MAILGUN_MACHINE.test(shownHost) ? shownHost : null;
  return {
    headline: "The domain's backup MX refused Mailgun's delivery: it is not set up to relay the domain's mail",
    summary: [
      rt`The paste is the log of ${host ? quoteAddress(host) : rt`the refusing server`}, the domain's backup MX (${quote(backupMx, EXCERPT_MAX)}): Mailgun delivered to it because the primary did not answer (in maintenance, or down), and it refused the message as a relay. A backup MX takes the domain's mail only to pass it on to the primary, and this one does not list ${theDomain} among the domains it relays for. The address is right, and Mailgun did its part.${temporary ? rt` Its ${code('4xx')} code makes the refusal temporary: Mailgun retries, and a retry goes through once the primary answers again.` : []}`,
      postfix
        ? rt`Fix, on the backup: ${code(`relay_domains = ${domainCode}`)} (and ${code('relay_recipient_maps')} with the domain's valid addresses, so it does not accept mail for addresses that do not exist), then ${code('postfix reload')}; it hands the mail to the primary through the domain's MX records once the primary is back. Do not add the domain to ${code('mydestination')}: the backup would then try to deliver it locally.`
        : rt`Fix, on the backup: add ${theDomain} to the domains it relays for (${backupRelaySetting(facts)}), so that it takes the domain's mail and passes it on to the primary.`,
    ],
    sections: [
      { heading: 'What the receiving server said', paragraphs: said },
      {
        heading: 'How to fix it',
        paragraphs: [],
        steps: [
          rt`Check from outside that the backup now takes the domain's mail: a test message to ${recipientOr(facts, 'an address at the domain')} sent while the primary is down is queued there, not refused.`,
          rt`Then have the refused messages sent again${text(temporary ? " (if Mailgun's retries ran out before the primary answered)" : '')}, and take the address off the sender's Bounces list first if it is there (see below).`,
        ],
      },
      { heading: 'Will Mailgun retry?', paragraphs: retry },
    ],
  };
}

// (Mailgun's own `severity: temporary` beside a 5xx: it is still retrying, whatever the code says; nothing is suppressed yet)
function permanentFailure(facts: Facts): boolean {
  return facts.severity === 'permanent' || (facts.severity !== 'temporary' && facts.replyCode !== null && facts.replyCode >= 500 && facts.replyCode < 600);
}

/**
 * A permanent refusal puts the address on the sender's suppression list: once the recipient's side
 * is fixed, mail to it is still dropped until it is taken off. `viaMailgun`: the mail went through Mailgun.
 */
function suppressionAfter(facts: Facts, permanent: boolean, viaMailgun: boolean, kind: ErrorKind | null = null): RichText[] {
  const shown = facts.suppression ?? (facts.source === 'mailgun-bounces-api' ? 'bounce' : null);
  if (shown) return [suppressionShown(facts, shown)];
  if (!permanent) return [];
  if (facts.provider) return [providerSuppression(facts.provider)];
  if (!viaMailgun) return [];
  // (several addresses refused alike at the domain, none delivered: each one is on the list, each needs its call)
  const domain = recipientDomainOf(facts);
  const atDomain = facts.refusedAtDomain > 1 && facts.deliveredAtDomain === 0 && domain
    ? facts.recipients.filter((address) => address.toLowerCase().endsWith(`@${domain.toLowerCase()}`)).slice(0, MAX_SUPPRESSION_CALLS)
    : [];
  // (an unknown region is shown as US, with the EU host next to it)
  const euHost: RichText = facts.region === null ? rt` (${code(API_BASE.eu)} for a domain in the EU region)` : [];
  // (refused for a block list's listing of the sending IP: every address refused so is on the list, and none was ever bad)
  if (kind === 'blocked' && contentJudgedSpam(facts)) {
    return [rt`This was a permanent failure: Mailgun has most likely put the address on the domain's Bounces list (Suppressions in the control panel), and drops later messages to it without trying (their events say ${code('suppress-bounce')}). Leave it there unless the person asked for your mail, and then remove it (there or with ${code(`DELETE ${suppressionUrl(facts, 'bounce')}`)}${euHost}) only once what you send has changed: the same mail gets the same answer, and each refusal weighs on the sending domain's reputation further.`];
  }
  if (kind === 'blocked') {
    const several = facts.recipients.length > 1;
    // (a block's refusal may or may not land an address on the list: said as a check, and never the whole list cleared, which
    // would also drop the addresses that really bounced)
    return [rt`${text(several ? 'These were permanent failures' : 'This was a permanent failure')}: check the domain's Bounces list (Suppressions in the control panel) for ${text(several ? 'the refused addresses' : 'the address')}. Where Mailgun put ${text(several ? 'one' : 'it')} there, it drops later messages to ${text(several ? 'that address' : 'it')} without trying (their events say ${code('suppress-bounce')}). ${text(several ? 'The addresses themselves were never bad' : 'The address itself was never bad')}: once the block is lifted, remove ${text(several ? 'them' : 'it')} there or with ${code(`DELETE ${suppressionUrl(several ? { ...facts, recipient: null } : facts, 'bounce')}`)}${text(several ? ' for each address' : '')}${euHost}, then send again.${text(several ? " Remove only those whose entry gives this block's words as the error, not the whole list: the list also holds the addresses that really bounced." : '')}`];
  }
  // (the recipient's side gave a new address: the old one never works again, and the list keeps Mailgun from trying it)
  if (givenNewAddress(facts) !== null) {
    return [rt`A permanent failure usually also puts the address on the domain's Bounces list (Suppressions in the control panel), and Mailgun then drops later messages to it without trying: for an address its owner has given up, that is what you want.`];
  }
  if (atDomain.length > 1) {
    const calls = atDomain.map((address) => rt`${code(`DELETE ${suppressionUrl({ ...facts, recipient: address }, 'bounce')}`)}`);
    return [rt`A permanent failure usually also puts each refused address on the domain's Bounces list (Suppressions in the control panel), and Mailgun then drops later messages to them without trying (their events say ${code('suppress-bounce')}). Once the domain takes mail again, remove them there or with one call per address: ${join(calls, ', ')}${euHost}.`];
  }
  return [rt`A permanent failure usually also puts the address on the domain's Bounces list (Suppressions in the control panel), and Mailgun then drops later messages to it without trying (their events say ${code('suppress-bounce')}). Once the address works again, remove it there or with ${code(`DELETE ${suppressionUrl(facts, 'bounce')}`)}${euHost}.`];
}
/** How many addresses' suppression calls a reply spells out. */
const MAX_SUPPRESSION_CALLS = 5;

/** A Mailgun domain's suppression lists: the control panel's name, the API path, Mailgun's code and event reason, and why an address is on it. */
const SUPPRESSION_LISTS: Readonly<Record<Suppression, { list: string; path: string; code: string; why: string; removeWhen: string }>> = {
  bounce: { list: 'Bounces', path: 'bounces', code: '605', why: 'an earlier hard bounce', removeWhen: 'the address is corrected or known to work again' },
  unsubscribe: { list: 'Unsubscribes', path: 'unsubscribes', code: '606', why: 'the recipient unsubscribed', removeWhen: 'the recipient has asked to receive mail again' },
  complaint: { list: 'Complaints', path: 'complaints', code: '607', why: 'the recipient marked a message as spam', removeWhen: 'the recipient has asked to receive mail again' },
};

const RECIPIENT_FIXED_RULE = ruleName('recipient-fixed-said');

/** The recipient's side said to be fixed since its refusal, and Mailgun now suppressing the address: the suppression is all that is left. */
function suppressedAfterFix(facts: Facts, shown: Suppression): Content {
  const { list, code: listCode } = SUPPRESSION_LISTS[shown];
  return {
    headline: "The recipient's side is fixed: only Mailgun's suppression of the address is left",
    summary: [
      rt`The recipient's server refused an earlier message, and Mailgun put ${recipientOr(facts, 'the address')} on the domain's ${text(list)} list: it now drops every message to it without trying (${code(listCode)}). The paste says the recipient's side has been fixed since, so nothing is left to change on their server or in your sending setup.`,
      rt`Fix: take ${recipientOr(facts, 'the address')} off the ${text(list)} list now, then send the dropped messages again: taking it off resends nothing.`,
    ],
    sections: [
      {
        heading: 'What to do',
        paragraphs: [],
        steps: [
          rt`Remove the address in the control panel (Suppressions, the ${text(list)} list of ${code(safeDomain(facts.mailgunDomain) ?? 'the domain')}), or with the API: ${code(`DELETE ${suppressionUrl(facts, shown)}`)}.`,
          rt`Send again the messages that failed with ${code(listCode)} since the refusal (Logs, filtered on the address, shows them).`,
          rt`If the next message fails again with the recipient server's own refusal, their fix is not complete: paste that failure, and the address goes back on the list by itself.`,
        ],
      },
    ],
  };
}

const suppressionUrl = (facts: Facts, list: Suppression) =>
  `${API_BASE[regionOrDefault(facts.region)]}/v3/${safeDomain(facts.mailgunDomain) ?? 'YOUR_DOMAIN'}/${SUPPRESSION_LISTS[list].path}/${safeAddress(facts.recipient) ?? 'ADDRESS'}`;

/** The paste shows the address already suppressed (a `suppress-bounce` event, a 605, the bounces API): why later mail fails at once. */
function suppressionShown(facts: Facts, shown: Suppression, kind: ErrorKind | null = null): RichText {
  const { list, code: number, why } = SUPPRESSION_LISTS[shown];
  // (an address refused for a block list's listing of the sending IP was never bad: it comes off once the block is lifted)
  const removeWhen = shown === 'bounce' && kind === 'blocked' ? 'the block is lifted: the address itself was never bad' : SUPPRESSION_LISTS[shown].removeWhen;
  return rt`The address is now on the domain's ${text(list)} list (Suppressions in the control panel), after ${text(why)}: Mailgun drops later messages to it at once, without trying (their events say ${code(`suppress-${shown}`)}, code ${code(number)}). Remove it there, or with ${code(`DELETE ${suppressionUrl(facts, shown)}`)}, only once ${text(removeWhen)}.`;
}

/**
 * Mailgun in the facts (its event, one of its hosts, a Mailgun domain): the mail went through Mailgun.
 * Not for a bounce email: Mailgun records a failed delivery as an event and writes no bounce to the
 * sender, so a bounce came from the sender's own mail server, whatever Mailgun domain the paste names.
 */
function throughMailgun(facts: Facts): boolean {
  if (mailgunAccepted(facts)) return true;
  return facts.source !== 'bounce-email' && (facts.mailgunDomain !== null || [facts.host, facts.mxHost].some((host) => host?.endsWith('.mailgun.org') ?? false));
}

const SENDMAIL_RELAY_WORDS = new RegExp(SENDMAIL_RELAY_WORDING, 'i');

/**
 * Mailgun words its refusal "550 5.7.1 Relaying denied" (KNOWLEDGE.md): another wording is another server's.
 * (a person's words count when they are all the paste has: "bounces that say *Relay access denied*")
 */
function notMailgunWording({ facts, evidence }: Diagnosis): boolean {
  const refusalWords = facts.serverMessage ?? evidence.find((e) => RELAY_LINE.test(e.excerpt))?.excerpt ?? null;
  if (refusalWords === null || !RELAY_LINE.test(refusalWords)) return false;
  // (Sendmail says "Relaying denied" too, in its own frame: `<a@b>... Relaying denied. Proper authentication required.`)
  if (SENDMAIL_RELAY_WORDS.test(refusalWords)) return true;
  // (a person's own words only in a server's known wording, "Relay access denied": "bounces with relay denied" may be Mailgun's, retold)
  return facts.serverMessage !== null ? !/relaying denied/i.test(refusalWords) : OTHER_MTA_WORDS.test(refusalWords);
}
const OTHER_MTA_WORDS = joinPatterns(OTHER_MTA_RELAY_WORDINGS);

const DIRECTION_UNKNOWN_SAID_RULE = ruleName('direction-unknown-said');

/** How far the incoming case must lead the outgoing one for the undetermined reply to lean toward it. */
const LEAN_MARGIN = 0.1;

/** The incoming case leads the alternatives, clearly ahead of the outgoing one (a near tie leans nowhere). */
function leansIncoming(diagnosis: Diagnosis): boolean {
  // (not an account said to have no Routes beside "only some of the emails fail": without Routes, every address would be refused)
  if (diagnosis.evidence.some((e) => e.rule === NO_ROUTES_RULE) && diagnosis.evidence.some((e) => e.rule === SOME_RECIPIENTS_RULE)) return false;
  // (nor Mailgun said used both ways, or the direction said unknown of it: Routes mentioned then say nothing of this one;
  // not a person's "can't send or receive mail" (送受信) that names no Mailgun)
  if (diagnosis.evidence.some((e) => e.rule === DIRECTION_UNKNOWN_SAID_RULE && /mailgun/i.test(e.excerpt))) return false;
  const incoming = diagnosis.alternatives[0]?.scenario === 'mailgun-incoming' ? diagnosis.alternatives[0].confidence : null;
  const outgoing = diagnosis.alternatives.find((alternative) => alternative.scenario === 'mailgun-outgoing')?.confidence ?? 0;
  return incoming !== null && incoming - outgoing >= LEAN_MARGIN;
}

function undetermined(diagnosis: Diagnosis): Content {
  const { facts } = diagnosis;
  const otherWording = notMailgunWording(diagnosis);
  // (the paste says someone was writing to the domain: mail coming in)
  const writtenTo = diagnosis.evidence.some((e) => e.rule === MAIL_TO_CUSTOMER_RULE);
  // (and no sending setup shown beside it, a Mailgun host or domain, a client: the outgoing case has nothing to stand on)
  const writtenToOnly = writtenTo && facts.host === null && facts.mailgunDomain === null && facts.client === null;
  const sendingDomain = safeDomain(facts.mailgunDomain);
  // (someone weighing Mailgun, with nothing of Mailgun in the mail's path)
  const mailgunFixAsked = diagnosis.evidence.some((e) => e.rule === MAILGUN_FIX_ASKED_RULE) && facts.hostRole === null && facts.mailgunDomain === null && facts.event === null;
  // (the sender's settings shown with a login to Mailgun's SMTP host, `username = "reports@mg.x.eu"`: mail sent with them logs in)
  // (not a library that logs in only when told to besides its user name: PHPMailer's SMTPAuth, Jakarta Mail's mail.smtp.auth)
  // (or one that is, with the login switched on in them: "Authentication: On")
  const loginShown = facts.hostRole === 'mailgun-smtp' && facts.smtpLogin !== null && facts.authAttempted !== false && !otherWording && (!LOGIN_SWITCH_CLIENTS.has(facts.client) || diagnosis.evidence.some((e) => e.rule === LOGIN_SWITCHED_ON_RULE));
  // (the company's own mail said to fail going out: not mail someone sent to its domain, so not the Routes' case)
  const outgoingOnly = diagnosis.evidence.some((e) => e.rule === OWN_OUTGOING_FAILING_RULE) && !diagnosis.evidence.some((e) => e.rule === MAIL_TO_CUSTOMER_RULE);
  const threeThings: ReplySection = {
    heading: outgoingOnly ? 'It is one of two things' : 'It is one of three things',
    // (the question people ask first: "is this Mailgun's fault?")
    paragraphs: [rt`${text(outgoingOnly ? 'Neither' : 'None of them')} is an outage or a fault at Mailgun: each comes down to a setting (${text(outgoingOnly ? "the sender's SMTP login, or the recipient server's domains" : "the sender's SMTP login, the account's Routes, or the recipient server's domains")}), with its own fix:`],
    steps: [
      loginShown
        ? rt`Outgoing through Mailgun: only from a sender that does not use the settings shown, which log in as ${code(facts.smtpLogin!)}: another app, or an old copy of the settings where the sender runs. Check that the running app reads these settings${facts.client === 'wordpress' ? rt` (WP Mail SMTP with its password in wp-config.php: that ${code("define( 'WPMS_SMTP_PASS', '…' )")} is there)` : []}.`
        // (an application whose settings page is known, Jira's Outgoing Mail: where the login goes in it; not WordPress's, which
        // points at settings this reply does not show)
        : rt`Outgoing through Mailgun${text(otherWording ? '' : ' (most common)')}: your app or server sent through ${facts.region ? code(SMTP_HOST[facts.region]) : rt`${code(SMTP_HOST.us)} (or ${code(SMTP_HOST.eu)})`} without authenticating. Turn on SMTP login with the domain's credentials${sendingDomain ? rt` (for ${code(sendingDomain)}, a login such as ${code(smtpLogin(sendingDomain))} with its password)` : []}${facts.client !== null && facts.client !== 'wordpress' && appLoginFixFor(facts.client, diagnosis.evidence) ? rt`: ${appLoginFixFor(facts.client, diagnosis.evidence)!}` : []}.`,
      ...(outgoingOnly ? [] : [rt`Incoming to Mailgun: someone wrote to an address whose domain's MX points to Mailgun, and no Route matches it. Check your Routes${text(facts.region === 'eu' ? ' (in the EU region: the control panel shows each region\'s Routes apart)' : '')}.`]),
      // (an address said to be right: checking it again is done)
      facts.addressConfirmed
        ? rt`Delivery by Mailgun: Mailgun accepted your message and the recipient's server refused it. With the address said to be right, that server's administrator has to set it up to accept mail for it.`
        : rt`Delivery by Mailgun: Mailgun accepted your message and the recipient's server refused it. Double-check the recipient address.`,
    ],
  };
  // A session with Mailgun's SMTP host that sent a login: where the error was seen is known; what
  // does not fit is the login, and neither the three cases nor asking where it was seen would help.
  if (facts.hostRole === 'mailgun-smtp' && facts.authAttempted === true) {
    const accepted = diagnosis.evidence.some((e) => e.rule === LOGIN_ACCEPTED_RULE);
    return {
      headline: 'Mailgun refused to relay, although the session logged in',
      summary: [
        rt`Mailgun's SMTP host refused the recipient, but the paste also shows the client logging in (${code('AUTH')}${text(accepted ? ', accepted with 235' : '')}) before that. Mailgun refuses to relay for sessions that have not logged in, so the usual cause does not fit as it stands, and I won't guess.`,
      ],
      sections: [
        {
          heading: 'What to check',
          paragraphs: [...foundLine(facts, 'server named')],
          steps: [
            ...(accepted ? [] : [rt`That the login was accepted: a ${code('235')} answer to ${code('AUTH')}.`]),
            rt`That the login and the refusal belong to the same connection: a client that opens a new connection (a connection pool, a retry after a time-out) must log in again on it, and a log can interleave several sessions.`,
            rt`If ${text(accepted ? 'they do' : 'both hold')}, send the whole transcript to Mailgun support: nothing in Mailgun's public documentation explains a relay refusal after an accepted login.`,
          ],
        },
      ],
    };
  }
  if (facts.provider) return refusedByProvider(diagnosis, PROVIDER_NAMES[facts.provider]);
  const internalLine = diagnosis.evidence.find((e) => e.rule === INTERNAL_CLIENT_RULE)?.excerpt ?? '';
  const internalClient = privateClientIn(internalLine);
  if (internalClient) return refusedForInternalClient(facts, internalLine, internalClient, diagnosis.evidence.find((e) => e.rule === CONTAINER_MYNETWORKS_RULE)?.excerpt ?? null);
  if (facts.senderRelay) return refusedBySenderRelay(facts, facts.senderRelay);
  const temporary = facts.replyCode !== null && facts.replyCode >= 400 && facts.replyCode < 500;
  // A bounce names the address it was delivering to: the refusal came from that domain's mail server.
  const bounce = (facts.source === 'bounce-email' || facts.source === 'dsn-fragment') && facts.recipient !== null;
  const shownWhileSending = facts.hostRole === null && diagnosis.evidence.some((e) => e.rule === SHOWN_WHILE_SENDING_RULE);
  const whileSending = seenWhileSending(facts, diagnosis.evidence);
  // (an application whose own settings page or file is known: where its host is read, and how its login is switched on)
  // (Magento before 2.4.7: its own Host setting is Windows' sendmail's, the SMTP host an extension's)
  const hostSetting = whileSending && facts.client !== null ? (facts.client === 'magento' && diagnosis.evidence.some((e) => e.rule === MAGENTO_BEFORE_SMTP_RULE) ? rt`Host in the SMTP extension's own settings (Stores → Configuration; Magento before 2.4.7 sends through SMTP only with one), or the hosting's mail server if no extension is installed` : APP_HOST_SETTING[facts.client]) : undefined;
  const appLoginFix = whileSending && facts.client !== null ? appLoginFixFor(facts.client, diagnosis.evidence) : undefined;
  const loginExample = safeDomain(facts.mailgunDomain);
  const sendingServerSteps = {
    mailgun: appLoginFix
      ? rt`Mailgun's (${code(SMTP_HOST.us)} or ${code(SMTP_HOST.eu)}): the outgoing case, a session without a login. Fix: ${appLoginFix}${loginExample ? rt` (the login is a whole address, such as ${code(`postmaster@${loginExample}`)})` : []}.`
      : rt`Mailgun's (${code(SMTP_HOST.us)} or ${code(SMTP_HOST.eu)}): the outgoing case. Turn on SMTP login with the domain's SMTP credentials${loginExample ? rt` (for ${code(loginExample)}, a login such as ${code(smtpLogin(loginExample))} with its password)` : []}, or check that they are set where the sender runs.`,
    other:
      facts.source === 'mail-client'
        ? rt`Another server (the hosting provider's, Microsoft 365's, an office relay): turn on the account's SMTP authentication (Outlook: "My outgoing server (SMTP) requires authentication"; Thunderbird: the outgoing server's Authentication method and User Name), or ask that server's administrator.`
        : rt`Another server (an internal relay, the hosting provider's, Microsoft 365's): it does not pass mail on for this sender. Turn on the login that server expects, or ask its administrator to allow the sender.`,
  };
  return {
    headline: facts.hostRole === 'other' && facts.host !== null ? "Relaying Denied by a server that is not Mailgun's, but the paste doesn't show which way the mail went" : "Relaying Denied, but the paste doesn't show which server refused it",
    summary: [
      whileSending
        ? rt`This is a Relaying Denied error, seen while sending, but the text doesn't show which server refused the message, so I won't guess.`
        // (a refusing server named that is not Mailgun's: which way the mail went is what is missing)
        : facts.hostRole === 'other' && facts.host !== null
        ? rt`This is a Relaying Denied error from ${quoteAddress(facts.host)}, which is not a Mailgun server, but the text doesn't show which way the mail was going (from your side, or to a recipient there), so I won't guess.`
        : writtenToOnly
        ? rt`This is a Relaying Denied error, but the text doesn't show which server refused the message, so I won't guess.`
        : rt`This is a Relaying Denied error, but the text doesn't show which server refused the message or which way the mail was going, so I won't guess.`,
      facts.source === 'mail-client'
        ? rt`A mail program shows this when the outgoing server in its account settings refuses to pass the mail on: that server takes mail for outside addresses only from senders that log in.`
        : whileSending
        // (told by a person or shown by the program, no library's own error: the program, not its mail library)
        ? rt`${text(shownWhileSending && facts.source !== 'client-exception' && facts.source !== 'smtp-transcript' ? 'The sending program showed this as it sent' : "The sending app's own mail library got this answer while sending")}, so it came from the SMTP server ${text(shownWhileSending ? 'the program' : 'the app')} is set to use (its host setting), not from a bounce or a delivery by Mailgun. That server passes mail on only for senders that log in (or that it knows).`
        : otherWording
        // (which server it is, in the section below; asked whether Mailgun would fix it, in its own)
        ? rt`The wording is not Mailgun's (Mailgun says ${code('550 5.7.1 Relaying denied')}): the server that refused is most likely not Mailgun.${mailgunFixAsked ? rt` Shown by the app or server that sent, it is the SMTP server that sender is set to use (it passes mail on only for senders that log in or that it knows); in a bounce or a delivery log, it is the recipient's server, refusing a delivery.` : []}${text(temporary ? ' The refusal is temporary (a 4xx code): the sending server retries it for a while.' : '')}`
        : bounce
        ? rt`This is a bounce: a mail server delivering to ${recipientOr(facts, 'the recipient')} got the refusal, either from the recipient domain's mail server or, if that sending server passes its mail on through Mailgun, from Mailgun's SMTP host (the outgoing case). The recipient domain's server is Mailgun's inbound MX, with no Route matching the address, if ${text(safeDomain(recipientDomainOf(facts)) ?? 'that domain')}'s MX records point to Mailgun (${code(`dig MX ${safeDomain(recipientDomainOf(facts)) ?? 'example.com'}`)} shows them); otherwise it is that domain's own server.`
        // (a live catch_all() among the Routes shown: no address is refused for want of a Route while it is live)
        : facts.hostRole === null && diagnosis.evidence.some((e) => e.rule === LIVE_CATCH_ALL_RULE)
        ? rt`The Routes shown include ${code('catch_all()')}, which takes every address no earlier route took: if these are the account's live Routes (in the region that receives the domain's mail), Mailgun's inbound servers refuse no address for want of a Route, so no Route needs adding, and the likelier cause is an application sending through Mailgun's SMTP without logging in.`
        : leansIncoming(diagnosis)
        // (the paste leans toward mail coming in, a reply to one of the customer's addresses: that case first)
        ? rt`What the paste says leans toward mail coming in: if it was sent to one of your addresses whose domain's MX records point to Mailgun, Mailgun's inbound MX refused it because no Route matches that address. If it was seen while sending instead, the sender's SMTP session did not log in.`
        : loginShown
        ? rt`The settings shown log in to Mailgun's SMTP host (as ${code(facts.smtpLogin!)}): mail sent with them is not refused for want of a login, so no setting shown is wrong for the outgoing case, and the other two cases are likelier here.`
        // ("on some mails": a sender that does not log in is refused for every outside recipient)
        // (someone said to be writing to the domain, with no sending setup in the paste: mail coming in, whose side unknown)
        : writtenToOnly
        ? rt`The paste says the mail was coming in (someone writing to you), so the outgoing case is unlikely: either your domain's MX records point to Mailgun and no Route takes that address (check your Routes), or the writer's own outgoing server refused to pass the mail on (their mail program not logging in: theirs to fix). The whole returned message tells which.`
        // (the company's own customer says its mail does not arrive: mail the company sent, and their side sees the error)
        : recipientNotReceiving(diagnosis)
        ? rt`Your customer is not getting mail you sent, so either Mailgun's SMTP host refused your sending (it would then refuse every outside recipient, and your own app's log would show it), or, likelier when only this customer is affected, their own mail server refused Mailgun's delivery. Look in Mailgun's logs for the customer's address first: a failed event there names the server that refused; no event at all means the mail never reached Mailgun.`
        : someRecipientsOnly(diagnosis)
        ? rt`Only some mails are refused, though: a sender that does not log in to Mailgun is refused for every outside recipient, so this points at those recipients' own servers refusing Mailgun's delivery, or at one sender among several (a second app, a server, a device) that does not log in. Mailgun's logs (the failed events for those recipients) tell which.`
        : rt`The most common cause is an application sending through Mailgun's SMTP without logging in.`,
      // (seen while sending, another wording says the sender's own server is not Mailgun's)
      ...(whileSending && otherWording
        ? [rt`The wording is not Mailgun's (Mailgun says ${code('550 5.7.1 Relaying denied')}): the server the sender uses is most likely not Mailgun's.${text(temporary ? ' The refusal is temporary (a 4xx code).' : '')}`]
        : []),
      ...regionMoveQuestions(diagnosis),
      ...foundLine(facts, 'server named'),
    ],
    // (seen while sending, neither Mailgun's inbound side nor a delivery by Mailgun can have answered: the
    // sender's own server, Mailgun's or another, did)
    sections: whileSending
      ? [
          {
            heading: 'Which SMTP server is the sender set to use?',
            // (how to find out: the running process's own setting, or the server's greeting, which names it)
            paragraphs: [
              hostSetting
                ? rt`To find out, read ${hostSetting}: whoever can see it can tell which case this is.`
                // (a mail program, Outlook or Thunderbird: its account's settings name the outgoing server)
                : shownWhileSending && facts.source !== 'mail-client'
                ? rt`To find out, ask for the mail settings of the program that showed it (its SMTP server, port, user name, and whether authentication is on): its SMTP server says which case this is.`
                : facts.source === 'mail-client'
                ? rt`To find out, look at the outgoing server in the mail program's account settings (Outlook: File → Account Settings, the account, Change: Outgoing mail server (SMTP); Thunderbird: Account Settings → Outgoing Server (SMTP)).`
                // (a PHP script on a hosting panel: its settings are in its code or the config file it includes, not in an environment)
                : facts.client === 'phpmailer' && diagnosis.evidence.some((e) => e.rule === PLESK_RULE || e.rule === CPANEL_RULE)
                ? rt`To find out, read the SMTP settings in the script itself or the config file it includes (PHPMailer's ${code('$mail->Host')}, ${code('$mail->SMTPAuth')} and ${code('$mail->Username')}): a value set among the panel's PHP settings or directives is no variable the script reads unless its code asks for it. Or turn on its SMTP debug output${debugSwitch(facts.client)}: the server's first line, its greeting (${code('220 ...')}), names it.`
                : rt`To find out, read the host setting where the sender runs (its environment, such as ${code('env | grep -i smtp')} in the container or pod), or turn on its SMTP debug output${debugSwitch(facts.client)}: the server's first line, its greeting (${code('220 ...')}), names it.`,
            ],
            // (the likelier first: another server when the wording is not Mailgun's)
            steps: otherWording ? [sendingServerSteps.other, sendingServerSteps.mailgun] : [sendingServerSteps.mailgun, sendingServerSteps.other],
          },
        ]
      // (asked by someone not on Mailgun whether it would fix this: the answer, not Mailgun's three cases)
      : mailgunFixAsked
      ? [
          {
            heading: 'Would Mailgun fix this?',
            paragraphs: [
              rt`Only if the server that refused is the relay the sender's own mail server hands its mail to (a smarthost, or the hosting provider's outgoing server): such a relay passes mail on only for senders that log in, and sending through Mailgun, logged in with a domain's SMTP credentials, would take its place.`,
              rt`If it was the recipient's own mail server, it does not take mail for that address's domain whoever delivers it: Mailgun would be refused the same way, and only the recipient's mail administrator can change that.`,
              rt`To tell which, look up the next hop in the sending server's own records${text(facts.source === 'bounce-email' ? ' (the report names no remote host)' : '')}: Exchange's ${code(`Get-MessageTrackingLog -Recipients ${safeAddress(facts.recipient) ?? 'ADDRESS'}`)} and its Send connector's smart host, Postfix's ${code('relayhost')} and its mail log.`,
            ],
          },
        ]
      : [
          // (another server's wording: Mailgun's own two refusals, its SMTP host's and its inbound MX's, do not read so)
          otherWording ? otherServerCases(facts, writtenTo) : threeThings,
          {
            heading: WHERE_SEEN_QUESTION,
            paragraphs: [
              // (the paste says someone was writing to the domain: where they saw it, not whose log, is the question)
              writtenTo && otherWording
                ? rt`Ask the person writing whether it was a pop-up in their mail program when they pressed Send (case 1), or a bounce email that came back later: a bounce names the server that refused in its lines (${code('Remote-MTA')}, ${code('Reporting-MTA')}, or "host ... said"), and that name says which case it is.`
                : rt`In your own app's or server's log while sending, in a bounce someone got when writing to your domain, or in Mailgun's logs as a failed event?`,
              // (a paste that names no sender at all, a customer's retelling: what else to ask in the same message)
              ...(facts.client === null && facts.host === null && facts.mailgunDomain === null && !(writtenTo && otherWording)
                ? [rt`If an application sent it: does it send through Mailgun's SMTP (which host and port, and does it log in) or through Mailgun's API, from which domain, and what changed when it started (a deploy, a new server or host, a changed password)? The most common case, a session with no login, usually starts with such a change.`]
                : []),
              rt`Paste the whole error or bounce, with the lines around it (the server names matter), and I can tell which case it is.`,
            ],
          },
        ],
  };
}

/**
 * The two cases another server's wording of a relay refusal fits: the sender's own SMTP server, or the recipient's after
 * Mailgun delivered. For mail someone was writing to the domain (`writtenTo`): the writer's own outgoing server, or the
 * domain's own mail server where its MX points (Mailgun's inbound MX words its refusal as Mailgun's).
 */
function otherServerCases(facts: Facts, writtenTo: boolean): ReplySection {
  const domain = safeDomain(facts.recipientDomain);
  return {
    heading: 'Which server refused it?',
    paragraphs: [rt`Mailgun's own servers word their refusal ${code('550 5.7.1 Relaying denied')}, so two cases fit this one:`],
    steps: writtenTo
      ? [
          rt`The writer's own outgoing mail server (most likely, when it is a pop-up in their mail program as they send): it would not pass their mail on to ${domain ? code(domain) : text('your domain')} without a login. Tell them to turn on "My outgoing server (SMTP) requires authentication" in their account's settings, with their own mail account's user name and password, or to ask their mail provider. Nothing on your side changes this.`,
          rt`Your domain's own mail server, where ${domain ? code(domain) : text("your domain")}'s MX records point, if it does not take mail for that domain: check ${code(`dig +short MX ${domain ?? 'your-domain'}`)} and that the server it names lists ${domain ? code(domain) : text('the domain')} among the domains it receives for. If other writers fail too, this is the likelier case.`,
        ]
      : [
          rt`Seen while sending (the app's error, a mail program's pop-up, or a bounce from the sender's own mail server): the SMTP server the sender is set to use would not pass the mail on. It is your own or your provider's server, most likely: turn on the login it expects, or ask its administrator to allow the sender.`,
          rt`A bounce after Mailgun delivered: Mailgun accepted the message and ${recipientOr(facts, 'the recipient')}'s server refused it (Mailgun's logs show it as a failed event with that server's words). That server does not take mail for the address's domain: check the address, and tell the recipient's mail administrator.`,
        ],
  };
}

/**
 * A relay refusal on the way through another provider (its SMTP relay, its tenant): none of Mailgun's
 * three cases, and nothing to ask about where it was seen. What that provider wants is said instead.
 */
function refusedByProvider(diagnosis: Diagnosis, provider: string): Content {
  const { facts } = diagnosis;
  const advice = providerAdvice(diagnosis);
  const moving = movingToMailgun(diagnosis.evidence);
  return {
    headline: `Relaying Denied on the way through ${provider}, not by Mailgun`,
    summary: [
      rt`The mail went through ${text(provider)}, not Mailgun, and that is where it was refused: ${text(provider)} would not pass it on to ${recipientOr(facts, 'the recipient')}. None of Mailgun's three Relaying Denied cases applies, and nothing in Mailgun's settings changes this.`,
      moving ? movedProviderFix(facts, provider) : rt`Fix: make ${text(provider)} accept the sender, in its own settings (below).`,
    ],
    sections: [
      {
        heading: moving ? `What ${provider} needs, to keep sending through it` : `What ${provider} needs`,
        paragraphs: [...foundLine(facts, hostLabelFor(diagnosis))],
        steps: advice.length > 0 ? advice : [rt`A relay passes mail on to outside addresses only for senders it knows: a login with its own SMTP credentials, or a sending server whose IP address it has registered. Check which of the two ${text(provider)} expects, and that the From address is on a domain the account may send for.`],
      },
    ],
  };
}

/** The sending said moved, or moving, to Mailgun ("halfway through moving their app from Google Workspace SMTP relay to Mailgun"). */
const movingToMailgun = (evidence: readonly Evidence[]): boolean => evidence.some((e) => e.rule === MOVED_TO_MAILGUN_RULE);
const MOVE_UNDER_WAY = /\b(?:moving|migrating|switching)\b/i;

/** A program still sending through the provider it is moving away from: the move's own change first, the provider's fix only to stay. */
function movedProviderFix(facts: Facts, provider: string): RichText {
  const host = SMTP_HOST[regionOrDefault(facts.region)];
  const login = smtpLogin(safeDomain(facts.mailgunDomain));
  const change = facts.client !== null ? clientLoginFix(facts.client, login, host) : null;
  return rt`Fix: finish the move for this program: its settings still name ${text(provider)}${facts.host ? rt` (${code(facts.host)})` : []}. Point them at ${code(host)}${facts.region === null ? rt` (${code(SMTP_HOST.eu)} for an EU domain)` : []}, port 587, with the domain's SMTP login and password${change !== null ? rt`: ${change}` : []}. ${text(provider)}'s refusal then no longer matters; to keep sending through it until then, it has to accept the sender (below).`;
}

/** A relay refusal by the relay the sender's own server sends through: its administrator decides, not Mailgun. */
function refusedBySenderRelay(facts: Facts, relay: string): Content {
  // (a mail program's own dialog: the outgoing server of its account settings, which a login there satisfies)
  if (facts.source === 'mail-client') return refusedByMailProgramServer(facts, relay);
  return {
    headline: "Relaying Denied by the relay the sender's server sends through, not by Mailgun",
    summary: [
      rt`The refusal came from ${quoteAddress(relay)}, the relay the sending server or application is set to send through (its relayhost or smarthost): not from Mailgun, and not from the recipient's server. That relay would not pass the mail on to ${recipientOr(facts, 'the recipient')}.`,
      rt`Fix: have that relay accept the sender (its administrator allows the sending server's IP address, or gives it a login to use), or send through Mailgun instead, with the domain's SMTP credentials.`,
    ],
    sections: [
      {
        heading: 'How to fix it',
        paragraphs: [],
        steps: [
          rt`Ask whoever runs ${quoteAddress(relay)} (an ISP, the company's mail team) what it accepts: mail from listed IP addresses only, or from clients that log in. A new office or ISP often means a new IP address.`,
          rt`Or point the sending server at Mailgun: ${code(SMTP_HOST.us)} (or ${code(SMTP_HOST.eu)} for a domain in the EU region), port ${code(String(RECOMMENDED_PORT))} with STARTTLS, logging in with the domain's SMTP login and password.`,
        ],
      },
    ],
  };
}

/** A mail program's outgoing server (its account settings' SMTP server) refused to pass the mail on: the account's login is the fix. */
function refusedByMailProgramServer(facts: Facts, server: string): Content {
  return {
    headline: "Relaying Denied by the mail program's own outgoing server, not by Mailgun",
    summary: [
      rt`The mail program's outgoing (SMTP) server, ${quoteAddress(server)}, refused to pass the mail on to ${recipientOr(facts, 'the recipient')}: not Mailgun, and not the recipient's server. It takes mail for other addresses only from senders that log in, and this account did not.`,
      rt`Fix: in the mail program's account settings, turn on "My outgoing server (SMTP) requires authentication" (Outlook) or the outgoing server's authentication (Thunderbird), with the mail account's own user name and password; port 587 with STARTTLS where the server offers it.`,
    ],
    sections: [
      {
        heading: 'How to fix it',
        paragraphs: [],
        steps: [
          rt`Outlook: File → Account Settings → the account → Change → More Settings → Outgoing Server: tick "My outgoing server (SMTP) requires authentication" ("Use same settings as my incoming mail server"); under Advanced, port 587 with STARTTLS (or TLS).`,
          rt`Thunderbird: Account Settings → Outgoing Server (SMTP) → the server → Edit: Authentication method "Normal password", the account's user name, port 587 with STARTTLS.`,
          rt`If other people's programs send through ${quoteAddress(server)} without trouble, compare their outgoing server settings with this one; whoever runs that server can say what it expects.`,
        ],
      },
    ],
  };
}

/**
 * A mail server's own log of refusing to relay for a client on its private network: the sending side's own relay
 * (or mail server), which Mailgun never reaches from such an address. The fix is in that server's relay settings.
 */
const CONTAINER_MYNETWORKS_RULE = ruleName('container-mynetworks-setting');
/** A Docker Compose network's address (172.16.0.0/12, where Compose and Docker make their networks): its /16. */
const COMPOSE_NETWORK_ADDRESS = /^172\.(1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}$/;

function refusedForInternalClient(facts: Facts, line: string, ip: string, containerSetting: string | null): Content {
  const server = facts.senderRelay ? quoteAddress(facts.senderRelay) : text('a mail server of the sending side');
  const mta = refusingMta(line);
  // (one address in Postfix's notation: IPv6 in brackets, `[fd3c::2a]/128`)
  const one = ip.includes(':') ? `[${ip}]/128` : `${ip}/32`;
  // (Docker's default bridge network: a container's address there changes as it is recreated, so its whole network, not the one address)
  const dockerBridge = facts.clientNetwork === null && /^172\.17\.\d{1,3}\.\d{1,3}$/.test(ip);
  // (a Postfix container whose image writes main.cf from a variable: the variable, and the container recreated; an edit inside it is lost)
  const setting = containerSetting === null ? null : /\b(postfix_mynetworks|relay_networks|mynetworks)[ \t]*[:=][ \t]*["']?([0-9a-f.:/[\], \t]*[0-9a-f\]])/i.exec(containerSetting);
  const network = facts.clientNetwork ?? (COMPOSE_NETWORK_ADDRESS.test(ip) ? `172.${COMPOSE_NETWORK_ADDRESS.exec(ip)![1]}.0.0/16` : one);
  const fix =
    mta === 'postfix' && setting
      ? rt`Fix: let the client relay: the Postfix container takes its relay networks from ${code(setting[1]!)} (now ${code(setting[2]!)}), so add the client's network there (${code(`${setting[2]!},${network}`)}${text(network === one ? '' : ', the Compose network the client is in, since a container\'s address changes when it is recreated')}), then recreate the container (${code('docker compose up -d')} with the service's name): the image writes main.cf from that variable, so an edit inside the running container is lost. Or have the client log in to it. The application itself needs no Mailgun login while it sends through this server: the login to Mailgun is the server's.`
      : mta === 'postfix'
      ? rt`Fix: let the client relay: add its address or network to ${code('mynetworks')} in main.cf (${facts.clientNetwork ? rt`${code(facts.clientNetwork)}, the network the paste shows it in, or ${code(one)} for this one address` : dockerBridge ? rt`${code('172.17.0.0/16')}, Docker's default bridge network, since a container's address there changes when it is recreated; not ${code(one)} alone` : rt`${code(one)} for this one address`}), then run ${code('postfix reload')}; or have the client log in, with ${code('permit_sasl_authenticated')} in ${code('smtpd_relay_restrictions')}. The application itself needs no Mailgun login while it sends through this server: the login to Mailgun, where the server relays there, is the server's.`
      : mta === 'exchange'
      ? rt`Fix: let the client relay through a receive connector of its own: one for ${code(ip)} alone (its remote network setting) that allows anonymous relay (Exchange's ${code('Ms-Exch-SMTP-Accept-Any-Recipient')} permission for anonymous users), or have the client log in with an account on the default connector. Exchange's default connectors take outside recipients only from clients that log in.`
      : mta === 'exim'
      ? rt`Fix: add the client's address or network${facts.clientNetwork ? rt` (${code(facts.clientNetwork)}, the network the paste shows it in)` : []} to Exim's ${code('relay_from_hosts')} (on Debian and Ubuntu: ${code('dc_relay_nets')} in /etc/exim4/update-exim4.conf.conf, then ${code('update-exim4.conf')} and a restart of Exim); or have the client log in.`
      : mta === 'sendmail'
      ? rt`Fix: let the client relay in Sendmail's access map: a line ${code(`Connect:${ip} RELAY`)} in /etc/mail/access, then ${code('makemap hash /etc/mail/access < /etc/mail/access')}; or have the client log in (SMTP AUTH).${/IP name lookup failed/i.test(line) ? rt` "IP name lookup failed" says the address has no reverse DNS name, so an entry by host name cannot match it: an entry by address can.` : []}`
      : rt`Fix: allow the client's address (${code(ip)}) in that server's relay settings, or have the client log in to it.`;
  // (the network the client is in, shown beside a relay list without it, says why already; Mailgun only where the paste names it)
  const mailgunShown = facts.mailgunDomain !== null || facts.region !== null;
  const steps = [
    ...(facts.clientNetwork ? [] : [rt`Check why the address is new to the server: a move to another subnet, VLAN or VPN, or a container network (Docker's bridge, a Kubernetes pod range), gives the client an address its relay list does not hold yet.`]),
    ...(mailgunShown
      ? [
          rt`Once the server takes the mail, it passes it on as before: to Mailgun, if it sends through ${code(SMTP_HOST.us)} or ${code(SMTP_HOST.eu)} with the domain's SMTP login.`,
          rt`Or leave that server out: point the application at Mailgun itself (${code(SMTP_HOST.us)}, or ${code(SMTP_HOST.eu)} for a domain in the EU region, port ${code(String(RECOMMENDED_PORT))} with STARTTLS), logging in with the domain's SMTP login and password.`,
        ]
      : []),
  ];
  return {
    headline: "Relaying Denied by the sending side's own mail server, for a client on its private network",
    summary: [
      rt`The paste shows ${server} refusing to relay for ${code(ip)}, a client on a private network (an app server, a container, a VPN host). That server is the sending side's own, not Mailgun and not the recipient's server, and it would not pass the mail on to ${recipientOr(facts, 'the recipient')}.${text(mailgunShown ? " The message never reached Mailgun, so nothing in Mailgun's settings changes this." : '')}`,
      fix,
    ],
    sections: steps.length ? [{ heading: 'How to fix it', paragraphs: [], steps }] : [],
  };
}

/** The name of the systemd service the paste shows a unit of, where the unit sets no environment; else null ("SERVICE" where its name is not shown). */
function systemdUnitWithoutEnvironment(evidence: readonly Evidence[]): string | null {
  const unit = evidence.find((e) => e.rule === SYSTEMD_UNIT_RULE);
  if (unit === undefined || evidence.some((e) => e.rule === UNIT_ENVIRONMENT_RULE)) return null;
  return /\/etc\/systemd\/system\/([\w@.-]{1,80})\.service\b/.exec(unit.excerpt)?.[1] ?? 'SERVICE';
}

/** The apps of a variable mismatch found in two apps' listings (`heroku config -a x`): the one lacking the name read, and the one setting it. */
function appsOfMismatch(evidence: readonly Evidence[]): { platform: string; lacking: string; having: string | null } | null {
  const m = /\((heroku|fly) app ([\w.-]+)(?:; ([\w.-]+) sets \S+)?\)/.exec(evidence.find((e) => e.rule === VARIABLE_MISMATCH_RULE)?.excerpt ?? '');
  return m ? { platform: m[1]!, lacking: m[2]!, having: m[3] ?? null } : null;
}

const PM2_RULE = ruleName('runs-under-pm2');
/** Words that retell another's question: "the customer asks", "le client demande si", "fragt, ob". */
const ASKED_BY_THEM = /\b(?:asks?|asked|asking|wonders?|wondering|wants[ \t]+to[ \t]+know|demande|demandent|fragt|fragen|pregunta|preguntan|pergunta|perguntam|chiede|chiedono|vraagt|vragen)\b/i;
const ENV_PROCESSOR_RULE = ruleName('env-processor-in-dotenv');
const JAKARTA_USER_RULE = ruleName('jakarta-user-property');
const JAKARTA_AUTH_RULE = ruleName('jakarta-auth-property');
const DEPLOY_OVERWROTE_ENV_RULE = ruleName('deploy-overwrote-env');
/** The deploy said to copy the repository's .env template over the server's: what to change so that the next deploy keeps the login. */
const DEPLOY_KEEPS_ENV = rt` The paste says the deploy copied the repository's .env template over the server's .env: the next deploy empties it again. Keep the production .env out of what the deploy copies (a shared .env each release links to, as Forge, Envoyer and Deployer do), or have the script leave an existing .env alone.`;
/** The restart of an app pm2 runs: with --update-env, or it keeps the environment it started with. Null where pm2 is not shown. */
function pm2Restart(evidence: readonly Evidence[]): RichText | null {
  const shown = evidence.find((e) => e.rule === PM2_RULE)?.excerpt;
  if (shown === undefined) return null;
  const name = /^\s*\d{1,3}\|([\w.-]{1,40})/.exec(shown)?.[1] ?? 'YOUR_APP';
  return rt`restart it with ${code(`pm2 restart ${name} --update-env`)} (a plain ${code('pm2 restart')} keeps the environment the app started with)`;
}

/** A job the paste starts with `env -i`: no variable reaches it, however the crontab sets it. */
function cronEnvironmentCleared(evidence: readonly Evidence[], variable: string): RichText | null {
  if (!evidence.some((e) => e.rule === CRON_ENV_CLEARED_RULE)) return null;
  return rt`The job is started with ${code('env -i')}, which clears every environment variable, the crontab's own lines included: ${code(variable)} cannot reach the script that way. Drop ${code('env -i')}, or give the variables after it (${code(`env -i ${variable}=... command`)}, with the password's variable beside it), or have the script read them from a file readable only by its owner.`;
}

interface KindContent {
  /** Completes "it looks like ...". */
  name: string;
  what: RichText | ((facts: Facts, evidence: readonly Evidence[]) => RichText);
  steps: (facts: Facts, evidence: readonly Evidence[]) => RichText[];
  /** Show where each Mailgun UI keeps the SMTP credentials. */
  credentialSteps?: true;
  /** In place of the Mailgun-specific words, when the mail went through another provider. */
  elsewhere?: { name?: string; what?: (provider: string) => RichText; steps: (provider: string) => RichText[] };
}

/** Outlook.com's refusal of a sending IP on Microsoft's own block list ("part of their network is on our block list (S3150)"). */
const MICROSOFT_IP_BLOCK = /\b(S3150|S3140|S3115|S3114)\b|part of their network is on our block list/i;
/** The code Microsoft gives its block (`(S3113)`), whichever it is. */
const MICROSOFT_BLOCK_CODE = /\((S3\d{3})\)/;
/** Microsoft 365's (Exchange Online's) banned sending IPs: 5.7.606 to 5.7.649, "banned sending IP [ip]". */
const M365_IP_BAN = /(?<![\d.])5\.7\.6[0-4]\d(?![\d.])|\bbanned sending ip\b/i;

/** The IPv4 address a server's message names (`messages from [209.61.151.224] weren't sent`, `PTR record for 198.61.254.21`). */
/** A public block list's zone a refusal names (`blocked using zen.spamhaus.org`). */
const BLOCK_LIST_ZONE = /\b(?:[a-z0-9-]{1,40}\.){0,3}(?:spamhaus\.org|spamcop\.net|barracudacentral\.org|sorbs\.net|uceprotect\.net|mailspike\.net|abuseat\.org|surriel\.com|spameatingmonkey\.net|invaluement\.com)\b/i;

/** The first step for a block-list refusal: the list and the listed IP by name when the message gives them. */
function blockListStep(facts: Facts): RichText {
  const zone = BLOCK_LIST_ZONE.exec(facts.serverMessage ?? '')?.[0].toLowerCase();
  const ip = ipInMessage(facts);
  if (!zone) return rt`Read the server's message: it usually names the block list or links to a page about the block.`;
  return rt`The server's message names the block list, ${code(zone)}${ip ? rt`, and the address it lists, ${code(ip)}` : []}: look ${text(ip ? 'the address' : 'the listing')} up on that list's own site (the message often links to it), which says why it is listed and how removal is asked for.`;
}

function ipInMessage(facts: Facts): string | null {
  return /\b((?:\d{1,3}\.){3}\d{1,3})\b/.exec(facts.serverMessage ?? '')?.[1] ?? null;
}


/** Sources written by a mail server with a queue, which retries a deferral by itself. */
const QUEUED_SOURCES: ReadonlySet<string> = new Set(['mta-log', 'bounce-email', 'dsn-fragment']);

/** A deferral for the sending IP's reputation ("rate limited due to IP reputation", Microsoft's S775). */
/** Yahoo's and AOL's TSS04: "temporarily deferred due to unexpected volume or user complaints". */
const YAHOO_DEFERRED = /\[TSS04\]|\bdeferred due to unexpected volume or user complaints\b/i;
const REPUTATION_THROTTLE = /\bip reputation\b|\bdue to (?:the )?reputation\b|\(S775\)/i;
/** A receiving server's advice to its own users to log in ("Please turn on SMTP Authentication in your mail client"). */
/** Google Workspace's refusal of a delivery to a domain that is not one of its account's: "Mail relay denied ... Invalid credentials for relay". */
const GOOGLE_RELAY_CREDENTIALS = /invalid credentials for relay/i;
const AUTH_WORDS = /\bturn on smtp authentication\b|\bwithout authentication\b|\bauthentication (?:is )?required\b|\bmust (?:first )?authenticate\b/i;

/** Who retries a deferred message: a server's queue does; an app's library does not, and its message was not sent. */
function deferredRetryStep(facts: Facts): RichText {
  return facts.source === 'client-exception'
    ? rt`The application's message was not sent, and a mail library does not retry by itself: send it again later.`
    : QUEUED_SOURCES.has(facts.source) || (facts.client !== null && SERVER_MTAS.has(facts.client))
      ? rt`The deferred mail is retried by the sending server itself: nothing to resend by hand.`
      : rt`A mail server retries deferred mail by itself; an application's library does not, and its message has to be sent again later.`;
}

/** Gmail's 4.7.28: "an unusual rate of unsolicited mail originating from your SPF domain / your IP". */
const UNSOLICITED_RATE = /\bunusual rate of unsolicited mail\b|\bUnsolicitedRateLimitError\b/i;
/** Gmail's limit on what one mailbox receives ("The user you are trying to contact is receiving mail at a rate ..."). */
const RECEIVING_RATE = /receiving mail at a rate|receivingrate/i;

const API_KEY_AS_PASSWORD_RULE = ruleName('api-key-as-smtp-password');
const SMTP_PASSWORD_PASTED_RULE = ruleName('smtp-password-pasted');
const RELAY_ASKED_RULE = ruleName('relay-asked');
const CREDENTIALS_COPIED_RULE = ruleName('credentials-copied-said');
const MOVED_TO_MAILGUN_RULE = ruleName('moved-to-mailgun-said');
const RECOVERED_RELAY_RULE = ruleName('relay-failure-recovered');
const MAILGUN_FIX_ASKED_RULE = ruleName('mailgun-fix-asked');
const LARAVEL_CONFIG_CACHED_RULE = ruleName('laravel-config-cached');
const LARAVEL_CACHED_AT_BUILD_RULE = ruleName('laravel-config-cached-at-build');
/** The same value set as the API key and as the SMTP password, in an API call refused (redact.ts saw both). */
const PASSWORD_AS_KEY_RULE = ruleName('smtp-password-as-api-key');
const UUID_AS_KEY_RULE = ruleName('uuid-as-api-key');
const UUID_KEY_STEP = rt`Replace the key with a Mailgun API key: the account's private API key or a domain sending key (Mailgun's are 32 hexadecimal characters and two groups of 8, such as ${code('0123…cdef-1a2b3c4d-5e6f7a8b')}; older ones start with ${code('key-')}). The UUID is no Mailgun key, so no allowlist or region change makes it work. If it is another service's token, it was in this paste: rotate it at that service.`;
const PASSWORD_SAID_AS_KEY_RULE = ruleName('smtp-password-said-as-api-key');
/** The same value set as the API key and as the webhook signing key (redact.ts saw both). */
const SIGNING_KEY_AS_KEY_RULE = ruleName('webhook-signing-key-as-api-key');
const SIGNING_KEY_SAID_AS_KEY_RULE = ruleName('webhook-signing-key-said-as-api-key');
const API_KEY_IN_SETTING_RULE = ruleName('api-key-in-setting');
const API_USER_NOT_API_RULE = ruleName('api-user-not-api');
/** The same value set as the SMTP password and as the API key (redact.ts saw both). */
const API_KEY_VALUE_AS_PASSWORD_RULE = ruleName('api-key-value-as-smtp-password');
const KEY_IN_PASSWORD_SETTING_RULE = ruleName('api-key-in-password-setting');
/** The API's credentials sent as the SMTP login: an API key as its password, or the API's user name "api". */
const API_CREDENTIALS_AS_LOGIN_RULES: ReadonlySet<string> = new Set([API_KEY_AS_PASSWORD_RULE, API_KEY_VALUE_AS_PASSWORD_RULE, KEY_IN_PASSWORD_SETTING_RULE, API_USER_AS_LOGIN_RULE]);
const CREDENTIALS_MISSING_RULE = ruleName('smtp-credentials-missing');
const AUTH_REQUIRED_RULE = ruleName('smtp-auth-required');
const SASL_NO_MECHANISM_RULE = ruleName('sasl-no-mechanism');
const USER_NOT_ADDRESS_RULE = ruleName('smtp-user-not-address');

const USER_SETTING_VALUE = /\b(?:user(?:_?name)?|login|auth_?user|smtp_?user(?:name)?)["'\]]?[ \t]*(?:[:=]|=>)[ \t]*["']?([^"'@\s,;]{2,100})/i;
/** The user name the settings show, when it is no address: Mailgun's SMTP logins are (postmaster@mg.example.com). */
function userNotAddressStep(facts: Facts, evidence: readonly Evidence[]): RichText[] {
  const shown = evidence.find((e) => e.rule === USER_NOT_ADDRESS_RULE)?.excerpt;
  // (the user name's own setting, where the line shows others before it: `$mail->SMTPAuth = true, Username = 'postmaster'`)
  const user = shown ? (USER_SETTING_VALUE.exec(shown) ?? /(?:[:=]|=>)[ \t]*["']?([^"'@\s]{2,100})["']?/.exec(shown))?.[1] : undefined;
  // (a bare name, `user = grafana`, is most likely the login's local part: the same name at the domain)
  const localPart = user && /^[a-z][\w-]{0,63}$/i.test(user) && safeDomain(facts.mailgunDomain) ? `${user}@${safeDomain(facts.mailgunDomain)}` : null;
  // (`api` is the HTTP API's user name, with an API key as its password: the two are set for the wrong door)
  if (user?.toLowerCase() === 'api') {
    return [rt`The settings log in to SMTP as ${code('api')}: that is the user name of Mailgun's HTTP API (with an API key as its password), not an SMTP login. Set the user name to the domain's SMTP login, such as ${code(smtpLogin(facts.mailgunDomain))}, and the password to that login's SMTP password (the domain's SMTP credentials, below).`];
  }
  // (SendGrid's SMTP user name, `apikey` with an `SG.` key as its password: left from before a move to Mailgun)
  if (user?.toLowerCase() === 'apikey') {
    return [rt`The user name ${code('apikey')} is SendGrid's SMTP user name (it goes with an ${code('SG.…')} API key as the password), most likely left from before a move to Mailgun, which takes neither. Set the user name to the domain's SMTP login, such as ${code(smtpLogin(facts.mailgunDomain))}, and the password to that login's SMTP password (the domain's SMTP credentials, below).`];
  }
  return user ? [rt`The user name in the settings, ${quote(user, EXCERPT_MAX)}, is not an SMTP login: Mailgun's are addresses, ${localPart ? rt`most likely ${code(localPart)} here (as the domain's SMTP credentials list it)` : rt`such as ${code(smtpLogin(facts.mailgunDomain))}`}.`] : [];
}

/**
 * The paste shows which wrong value is set as the API key (the same value as the SMTP password, or as the webhook signing
 * key): that, and nothing of regions or curl, is the fix.
 */
function knownWrongKeySteps(evidence: readonly Evidence[]): RichText[] {
  const signing = evidence.some((e) => e.rule === SIGNING_KEY_AS_KEY_RULE || e.rule === SIGNING_KEY_SAID_AS_KEY_RULE);
  return [
    signing
      ? rt`${text(evidence.some((e) => e.rule === SIGNING_KEY_AS_KEY_RULE) ? 'The paste sets the same value as the API key and as the webhook signing key' : 'The paste says the webhook signing key was put in as the API key')}: the signing key (on the Webhooks page) only lets you check that a webhook came from Mailgun, and the API refuses it as a key. Put an API key there (created in the account's API keys, or a domain sending key for sends), restart the service, and keep the signing key where the webhook handler reads it.`
      : rt`${text(evidence.some((e) => e.rule === PASSWORD_AS_KEY_RULE) ? 'The paste sets the same value as the API key and as the SMTP password' : 'The paste says the SMTP password was put in as the API key')}: the SMTP credentials' password is no API key, and the API refuses it. Put an API key there (created in the account's API keys, or a domain sending key for sends; not the domain's SMTP credentials), and restart what reads it.`,
  ];
}

/** An EU-region domain whose refused request the paste shows going to the US API host (and none to the EU host): the region is the cause. */
// (the EU host in the person's own test that worked, "verified the key works with curl against https://api.eu.mailgun.net -> 200", is no
// request of the failing program's)
const euDomainAtUsHost = (facts: Facts, evidence: readonly Evidence[]): boolean =>
  facts.region === 'eu' && evidence.some((e) => e.rule === US_API_HOST_RULE || e.rule === US_API_HOST_DEFAULT_RULE || e.rule === EU_API_HOST_COMMENTED_RULE) && !evidence.some((e) => e.rule === EU_API_HOST_RULE && !WORKING_TEST.test(e.excerpt));
/** The API's refusal as the paste shows it: a 403 Forbidden (an automation tool's "[403] Forbidden"), else the usual 401 Unauthorized. */
const apiRefusalStatus = (facts: Facts): RichText => (facts.replyCode === 403 || /(?<![\w.])403(?![\w.])/.test(facts.serverMessage ?? '') ? rt`${code('403')} Forbidden` : rt`${code('401')} Unauthorized`);
/** An EU domain whose failing request the paste shows at the US host, beside code that sets the EU host (`mg.SetAPIBase(mailgun.APIBaseEU)`). */
const euHostSetYetUsCalled = (facts: Facts, evidence: readonly Evidence[]): boolean =>
  facts.region === 'eu' && evidence.some((e) => e.rule === US_API_HOST_RULE && /\b(?:URL=|POST|GET)\b/.test(e.excerpt)) && evidence.some((e) => e.rule === EU_API_HOST_RULE && EU_HOST_SET_IN_CODE.test(e.excerpt));
const EU_HOST_SET_IN_CODE = /\bSetAPIBase\(|\burl:[ \t]*['"]https:\/\/api\.eu\.mailgun\.net|APIBaseEU\b|Mailgun::create\([^)\n]{0,80}api\.eu\.mailgun\.net/;
const WORKING_TEST = /\b(?:verified|tested|works|worked)\b[^\n]{0,80}(?:->|→|=>|returns?|gives?|got)[ \t]*["']?200\b/i;

/** Where a framework's Mailgun API transport takes the EU host (each calls the US host by default). */
const EU_API_SETTING: Partial<Record<ClientId, RichText>> = {
  django: rt`django-anymail takes it in its settings: ${code(`"MAILGUN_API_URL": "${API_BASE.eu}/v3"`)} in ${code('ANYMAIL')}, beside the key.`,
  laravel: rt`Laravel takes it in .env: ${code('MAILGUN_ENDPOINT=api.eu.mailgun.net')} (read by config/services.php), then ${code('php artisan config:clear')}.`,
  symfony: rt`Symfony's Mailgun transport takes it in its DSN: ${code('mailgun+api://KEY:DOMAIN@default?region=eu')}.`,
};

const MAILGUN_GO = /\bUnexpectedResponseError\b|\bmailgun\.NewMailgun\(/;

/** The fix of an EU domain's request sent to the US host: the EU host, in the SDK the paste shows, and one client per region. */
function euHostSteps(evidence: readonly Evidence[], client: ClientId | null): RichText[] {
  const commentedOut = evidence.find((e) => e.rule === EU_API_HOST_COMMENTED_RULE)?.excerpt.trim();
  // (a plain HTTP call whose URL the paste shows: that URL with the EU host)
  const usUrl = evidence.find((e) => e.rule === US_API_HOST_RULE)?.excerpt.match(/https:\/\/api\.mailgun\.net(\/v\d\/[\w.-]{1,253}\/[\w/-]{1,60})(?=["'`\s,)])/)?.[1];
  // (an SDK's client before a URL a debug line shows: its user never writes that URL)
  const sdk = commentedOut
    ? rt`The line that does it is commented out in the paste (${quote(commentedOut, EXCERPT_MAX)}): uncomment it, so that the client no longer calls its default, the US host.`
    : evidence.some((e) => e.rule === US_API_HOST_DEFAULT_RULE && e.excerpt.includes('.client('))
    ? rt`In mailgun.js, give the client the EU host: ${code(`mailgun.client({ username: 'api', key: process.env.MAILGUN_API_KEY, url: '${API_BASE.eu}' })`)}.`
    : client !== null && EU_API_SETTING[client]
    ? EU_API_SETTING[client]!
    // (mailgun-go's error for a refused request, `UnexpectedResponseError URL=https://api.mailgun.net/...`: its user never writes that URL)
    : evidence.some((e) => e.rule === US_API_HOST_RULE && MAILGUN_GO.test(e.excerpt))
    ? rt`In mailgun-go, set the EU host on the client right after creating it: ${code('mg.SetAPIBase(mailgun.APIBaseEU)')} after ${code('mailgun.NewMailgun(...)')}.`
    : usUrl
    ? rt`Change the request's URL to ${code(`${API_BASE.eu}${usUrl}`)}: only the host changes, the key and the rest of the request stay.`
    : rt`An SDK takes the EU host as an option: mailgun.js ${code(`url: '${API_BASE.eu}'`)} in ${code('mailgun.client({...})')}, mailgun-go ${code('mg.SetAPIBase(mailgun.APIBaseEU)')}, the PHP SDK ${code(`Mailgun::create($key, '${API_BASE.eu}')`)}; with plain HTTP, the URL ${code(`${API_BASE.eu}/v3/YOUR_DOMAIN/messages`)}.`;
  return [
    rt`Send this domain's requests to ${code(API_BASE.eu)}. ${sdk}`,
    rt`If the same code also sends for a US-region domain, keep one client per region and pick it by the sending domain: a client set to one region's host cannot send for the other region's domains.`,
    rt`If the request still gets ${code('401')} at the EU host, the key is the cause: send with the private API key or a domain sending key of this account (not the ${code('pubkey-')} validation key).`,
  ];
}


const PUBLIC_KEY_STEP = rt`Send with the private API key or a domain sending key: a key that starts with ${code('pubkey-')} is the public validation key, which cannot send.`;
/** The paste calls an endpoint a sending key may not, and shows no send request that could be the refused one. */
const accountEndpointOnly = (evidence: readonly Evidence[]): boolean =>
  evidence.some((e) => e.rule === ACCOUNT_ENDPOINT_RULE) && !evidence.some((e) => e.rule === SEND_ENDPOINT_RULE);

/** Mailgun's authentication page: a domain sending key only sends (a POST to /messages or /messages.mime). */
const ACCOUNT_KEY_REASON = rt`Routes, events, suppressions and domains need an account API key (Account Settings, then API Keys or API Security). A domain sending key only sends (a POST to ${code('/messages')} or ${code('/messages.mime')}) and is refused anywhere else, and so is the public validation key (${code('pubkey-')}).`;
const ACCOUNT_KEY_STEP = rt`This request is not a send: ${ACCOUNT_KEY_REASON}`;

const KIND_CONTENT: Record<Exclude<ErrorKind, 'other'>, KindContent> = {
  'auth-failure': {
    name: 'an SMTP login failure',
    what: (_facts, evidence) =>
      evidence.some((e) => e.rule === SASL_NO_MECHANISM_RULE)
        ? rt`Postfix never sent a login: its SASL library found no login mechanism it may use, so it could not even try. No server turned a password down; the mail waits in the queue (deferred) until Postfix can log in. Usually the plugin with the PLAIN and LOGIN mechanisms is not installed (${code('cyrus-sasl-plain')} on RHEL, Rocky, Alma and Fedora; ${code('libsasl2-modules')} on Debian and Ubuntu), or ${code('smtp_sasl_security_options')} forbids plaintext mechanisms (its default, ${code('noplaintext')}, does).`
        : evidence.some((e) => e.rule === AUTH_REQUIRED_RULE)
        ? rt`The server takes mail only from clients that log in, and this one did not (a ${code('530')} answer): no password was turned down, none was sent. The client's SMTP user name and password are empty or switched off in its settings.`
        : evidence.some((e) => e.rule === CREDENTIALS_MISSING_RULE)
        ? rt`The client stopped before logging in: its login has no user name or no password (nodemailer's ${code('Missing credentials')}), so nothing was sent to the server and no server refused anything. The variable or setting that should hold it is empty where the application runs.`
        : rt`The client did send a login, but the server turned it down (a ${code('535')} answer): the user name or password is wrong.`,
    steps: (facts, evidence) => {
      if (evidence.some((e) => e.rule === AUTH_REQUIRED_RULE)) {
        return [
          rt`Fill in the SMTP user name and password in the client's settings (and switch its authentication on, if it has such a switch), with the login that server gives you: for Mailgun, the domain's SMTP credentials (below); for another provider, its own.`,
          rt`Restart the client or application after the change: many read their settings only when they start.`,
        ];
      }
      if (evidence.some((e) => e.rule === SASL_NO_MECHANISM_RULE)) {
        return [
          rt`Install the SASL plugin: ${code('dnf install cyrus-sasl-plain')} (RHEL, Rocky, Alma, Fedora) or ${code('apt install libsasl2-modules')} (Debian, Ubuntu).`,
          rt`In main.cf, set ${code('smtp_sasl_security_options = noanonymous')} (so PLAIN and LOGIN may be used) with ${code('smtp_tls_security_level = encrypt')}, so the password only goes over TLS.`,
          rt`Run ${code('postfix reload')}, then ${code('postqueue -f')} to send what was deferred; if a login is then refused (a ${code('535')}), check the domain's SMTP login and password in sasl_passwd.`,
        ];
      }
      // What the settings shown get wrong, first (a user name that is no address, an API key given as the
      // password), in place of the general check of the same thing.
      const userStep = userNotAddressStep(facts, evidence);
      const bareName = BARE_DOMAIN_LOGIN_NAME.exec(evidence.find((e) => e.rule === BARE_DOMAIN_LOGIN_RULE)?.excerpt ?? '')?.[1]?.toLowerCase();
      // (a domain's name, not a person's dotted user name, "john.smith": the paste's Mailgun domain, or one named like a sending domain)
      const bareDomainLogin = bareName && (bareName === facts.mailgunDomain?.toLowerCase() || /^(?:mg|mail|email|smtp|send|sending|mailer|m|e|em|news|notify)\.[a-z0-9-]{1,63}\.[a-z]{2,24}(?:\.[a-z]{2,3})?$/.test(bareName)) ? bareName : undefined;
      // (read from an API key's variable, or an API key's value written in the password setting, `MAIL_PASSWORD=key-...`)
      const apiKey = evidence.find((e) => e.rule === API_KEY_AS_PASSWORD_RULE || e.rule === KEY_IN_PASSWORD_SETTING_RULE)?.excerpt.trim();
      const apiKeyValue = !apiKey && evidence.some((e) => e.rule === API_KEY_VALUE_AS_PASSWORD_RULE);
      const postfix = facts.client === 'postfix' && facts.hostRole === 'mailgun-smtp';
      // An EU domain's login sent to the US host (or the reverse): that host does not know it, whatever the password.
      const otherRegion = loginToOtherRegion(facts);
      // The password changed just before: the likeliest cause, so it comes first. (The variable shown, if it is the password's.)
      const changed = !postfix && !apiKey && !apiKeyValue && evidence.some((e) => e.rule === PASSWORD_CHANGED_RULE);
      // (a password the paste itself shows is exposed: the warning asks for a new one, and this step must not say the opposite)
      // (the SMTP password's own value: not only a database's beside a password read from the environment)
      const yetAnother: RichText = evidence.some((e) => e.rule === SMTP_PASSWORD_PASTED_RULE)
        ? rt` Since the paste shows the password, set a new one in the domain's SMTP credentials (below) and put that one in place instead.`
        : rt` Set yet another new password in the domain's SMTP credentials (below) only if the current one is lost.`;
      const passwordVariable = facts.passwordFromEnv ?? (facts.loginFromEnv && /pass|pwd|secret/i.test(envVariableName(facts.loginFromEnv)) ? facts.loginFromEnv : null);
      // (WP Mail SMTP's constants in wp-config.php override its settings screen: the new password goes there)
      const appPlace = passwordVariable === null && facts.client !== null
        ? (facts.client === 'wordpress' && evidence.some((e) => e.rule === WP_CONSTANTS_RULE) ? WP_CONSTANTS_PLACE : NEW_PASSWORD_PLACE[facts.client])
        : undefined;
      const unreferenced = evidence.find((e) => e.rule === SECRET_NOT_REFERENCED_RULE)?.excerpt;
      const interpolated = evidence.find((e) => e.rule === PHP_PASSWORD_INTERPOLATED_RULE)?.excerpt;
      // (a Compose list item's quotes, sent as part of the login or password: the cause, whatever the values)
      const composeQuoted = evidence.find((e) => e.rule === COMPOSE_LIST_VALUE_QUOTED_RULE)?.excerpt.trim();
      const composeVariable = (composeQuoted && /-[ \t]+([A-Za-z_]\w{0,60})=/.exec(composeQuoted)?.[1]) || 'SMTP_USER';
      // (the password setting filled from another variable, `MAIL_PASSWORD="${OLD_MG_PASS}"`: what that one holds is what is sent)
      const sourceVariable = /^["']?\$\{([A-Za-z_]\w{0,60})\}["']?$/.exec(facts.passwordFromEnv ?? '')?.[1];
      const changedStep = unreferenced !== undefined
        ? secretNotReferencedStep(unreferenced, passwordVariable)
        : sourceVariable
        ? rt`The password was changed just before this, and the password setting is not the password itself but ${code(facts.passwordFromEnv!)}, the value of the variable ${code(sourceVariable)}${text(/old|prev|legacy/i.test(sourceVariable) ? ', whose name says it holds the old one' : '')}. If that variable is unset where the application runs, or still holds the old password, the application sends that, and Mailgun refuses it with this ${code('535')}. Put the new password in the setting itself (or in ${code(sourceVariable)}), then restart the application${facts.client === 'laravel' ? rt` (run ${code('php artisan config:clear')} first, so that Laravel reads .env again)` : []}.`
        // (said put in already: a copy's stray blank, or the reset done for another login, is what is left; not typed into a
        // WP Mail SMTP screen its wp-config.php constants override, where that is the cause)
        : evidence.some((e) => e.rule === NEW_PASSWORD_ENTERED_RULE) && !(facts.client === 'wordpress' && evidence.some((e) => e.rule === WP_CONSTANTS_RULE))
        ? rt`The password was reset just before this, and the paste says the new one was put in: check that it was reset for the very login the application uses as its user name (not another SMTP credential of the domain), and paste it again with nothing around it (a blank or a line break copied with it is refused the same way)${appPlace ? rt`, ${appPlace}` : []}.${evidence.some((e) => e.rule === KUBERNETES_RULE) ? rt` In Kubernetes, read the value the running pod sees (${code('kubectl exec POD -- printenv')} with the variable's name): a Secret made with ${code('echo')} piped to ${code('base64')} holds a line break at its end.` : []}${yetAnother}`
        : appPlace
        ? rt`The password was changed just before this, and the application still has the old one in its mail settings: put the new password ${appPlace}.${yetAnother}`
        : facts.client === 'laravel' && evidence.some((e) => e.rule === LARAVEL_CONFIG_CACHED_RULE)
        // (its deploy caches the configuration: .env is read again only when the cache is rebuilt)
        ? rt`The password was changed just before this, and Laravel still sends with the old one: ${code('php artisan config:cache')} copies .env's values into a cached configuration, so an edited .env changes nothing until the cache is rebuilt. Run ${code('php artisan config:cache')} again (or the deploy that runs it), then ${code('php artisan queue:restart')} so that the queue workers load it.${yetAnother}`
        : rt`The password was changed just before this: the running application most likely still has the old one. Put the new password where it reads it${passwordVariable ? rt` (${code(passwordVariable)})` : []} and ${evidence.some((e) => e.rule === VERCEL_RULE) ? VERCEL_REDEPLOY : rt`restart it (${evidence.some((e) => e.rule === KUBERNETES_RULE) ? rt`${code('kubectl rollout restart deployment/NAME')}: a pod reads a Secret's variables only when it starts, so updating the Secret alone changes nothing` : text('a process reads its environment when it starts')}${facts.client === 'laravel' ? rt`; Laravel also needs ${code('php artisan config:clear')}, as a cached config keeps the old value, and ${code('php artisan queue:restart')} for queued mail` : []})`}.${yetAnother}`;
      // (copied from the domain's page and checked, at one of Mailgun's hosts: what a copy does not settle, the host's region and
      // whether that password is still the login's)
      const copiedRegion = !otherRegion && !changed && evidence.some((e) => e.rule === CREDENTIALS_COPIED_RULE) && (facts.host === SMTP_HOST.us || facts.host === SMTP_HOST.eu)
        ? (facts.host === SMTP_HOST.eu ? 'eu' : 'us')
        : null;
      return [
        ...(copiedRegion
          ? [rt`Copied from Mailgun and checked, yet refused: two things a copy does not settle. The region: ${code(facts.host!)} knows only the logins of domains created in the ${text(copiedRegion === 'eu' ? 'EU' : 'US')} region, so if ${facts.mailgunDomain ? quoteAddress(facts.mailgunDomain) : text('the domain')} was created in the ${text(copiedRegion === 'eu' ? 'US' : 'EU')} region (its page in the control panel says), log in at ${code(SMTP_HOST[copiedRegion === 'eu' ? 'us' : 'eu'])} instead. And the password: a new one set for the login since (by a colleague, or in another UI) replaces the one copied; setting a new one (below) settles it.`]
          : []),
        ...(otherRegion
          ? [rt`The login went to ${code(facts.host!)}, but the domain is in the ${text(facts.region === 'eu' ? 'EU' : 'US')} region: its SMTP login is known only on ${code(SMTP_HOST[facts.region!])}. Set the host to ${code(SMTP_HOST[facts.region!])}${text(facts.client === 'laravel' ? ' (MAIL_HOST in .env, then php artisan config:clear and php artisan queue:restart)' : '')} first: the login and password may well be right, so try them there before setting a new password.`]
          : []),
        // (an example value in the password setting: the file's own, or hidden for the paste; asked before the rest)
        ...(evidence.some((e) => e.rule === PASSWORD_EXAMPLE_RULE)
          ? [rt`The password setting shown holds ${quote(evidence.find((e) => e.rule === PASSWORD_EXAMPLE_RULE)!.excerpt.trim(), EXCERPT_MAX)}, an example value, not a password. Ask whether the file really has that (rather than it being hidden for the paste): if it does, that is the cause, as Mailgun gets that text as the password. Put the domain's SMTP password there and restart the application.`]
          : []),
        // (the password written is not the one sent, whatever was changed before)
        ...(composeQuoted
          ? [rt`That is the likeliest cause: in the Compose file's list form (${quote(composeQuoted, EXCERPT_MAX)}), everything after ${code('=')} is the value, quotes included, so the application sends the login or password with quote marks around it. Drop the quotes (${code(`- ${composeVariable}=...`)}), or use the mapping form, whose quotes YAML removes (${code(`${composeVariable}: "..."`)}), then recreate the container with ${code('docker compose up -d')}.`]
          : interpolated
          ? [rt`The password is written in double quotes (${code(interpolated)}) and holds a ${code('$')}: PHP reads ${code('$')} and the letters after it as a variable, empty here, so the password sent is not the one set. Write it in single quotes (${code("$mail->Password = '…';")}), or read it from the environment (${code("getenv('MAILGUN_SMTP_PASSWORD')")}).`]
          // (not beside a user name said to be a mailbox: that is the cause, the password is not)
          // (after a user name the settings show wrong: that first, whatever password was set for it)
          : changed && !evidence.some((e) => e.rule === LOGIN_IS_MAILBOX_RULE) && userStep.length === 0
          ? [changedStep]
          : []),
        // (first: the likeliest cause, beside which the rest are checks)
        ...(apiKeyValue
          ? [rt`The paste sets the same value as the SMTP password and as the API key${text(facts.client === 'laravel' ? ' (MAIL_PASSWORD and MAILGUN_SECRET)' : '')}: an API key does not log in over SMTP. Mailgun's SMTP login takes the login's own SMTP password, a different secret: put that one there (set a new one in the domain's SMTP credentials, below, if unsure).`]
          : apiKey && !postfix
          ? [rt`${text(apiKeySaid(apiKey) ? 'The API key was put in the password setting' : 'The settings give an API key as the password')} (${quote(apiKey, EXCERPT_MAX)}): Mailgun's SMTP login takes the domain's SMTP password, a different secret. Put that password there (set a new one in the domain's SMTP credentials, below, if unsure)${appPlace ? rt`: ${appPlace}` : []}${facts.client === 'laravel' ? rt`, then run ${code(evidence.some((e) => e.rule === LARAVEL_CONFIG_CACHED_RULE) ? 'php artisan config:cache' : 'php artisan config:clear')} and ${code('php artisan queue:restart')}` : []}.`]
          : []),
        ...(composeQuoted
          ? []
          : userStep.length
          ? [...userStep, ...(changed && !interpolated && !evidence.some((e) => e.rule === LOGIN_IS_MAILBOX_RULE) ? [changedStep] : [])]
          // (a login at the parent of the sending domain: postmaster@x.com for mg.x.com, another domain's login or none)
          : facts.smtpLogin !== null && facts.mailgunDomain !== null && `mg.${facts.smtpLogin.slice(facts.smtpLogin.indexOf('@') + 1)}` === facts.mailgunDomain.toLowerCase()
          ? [rt`The user name in the settings, ${code(facts.smtpLogin)}, is at ${quoteAddress(facts.smtpLogin.slice(facts.smtpLogin.indexOf('@') + 1))}, but the mail is sent from ${quoteAddress(facts.mailgunDomain)}: that domain's SMTP login is ${code(smtpLogin(facts.mailgunDomain))} (or another login set for it), with the password set for that login.`]
          // (the settings' own login, one of the domain's: its form is right, and the password is what to look at)
          : domainLoginShown(facts) !== null
          ? [rt`The settings' user name, ${code(facts.smtpLogin!)}, has the right form (a full SMTP login of the domain): make sure that login still exists in the domain's SMTP credentials, and that the password is the one set for it.`]
          // (the user name said to be their own mailbox, "Usuario: x@y (dicen que es "su correo")": a mail host's login, not Mailgun's)
          : evidence.some((e) => e.rule === LOGIN_IS_MAILBOX_RULE)
          ? [rt`The likely cause: the user name${facts.smtpLogin ? rt`, ${code(facts.smtpLogin)},` : []} is said to be their own mailbox's address, and Mailgun's SMTP host takes only a login made under the domain's SMTP credentials (such as ${code(smtpLogin(facts.mailgunDomain))}), with that login's own SMTP password. A mailbox's address and password belong to the mail host that keeps the mailbox. Put the domain's SMTP login in the user name and its password beside it; a new password for a login the application does not use changes nothing.`]
          // (the HTTP API's user, `api`, given as the SMTP login: wrong whatever the password)
          : evidence.some((e) => e.rule === API_USER_AS_LOGIN_RULE)
          ? [rt`The user name ${code('api')} is the HTTP API's user, not an SMTP login: put the full SMTP login there, such as ${code(smtpLogin(facts.mailgunDomain))}, with its own password.`]
          // (the bare domain as the user name: that is the cause; the password may well be right)
          : bareDomainLogin
          ? [rt`That is the cause: the user name ${code(bareDomainLogin)} is the bare domain, and an SMTP login is a full address at it, such as ${code(smtpLogin(bareDomainLogin))}. Put that login in, with its password, before setting a new password.`]
          // (and the password's usual mix-ups, which a first set-up makes most)
          : [rt`Check that the user name is the full SMTP login, such as ${code(smtpLogin(facts.mailgunDomain))}, not the bare domain or an API key, and that the password is that login's SMTP password: not an API key, nor the password you sign in to Mailgun with.`]),
        // (only Postfix relaying to Mailgun: a Postfix server refusing an app's login is not the one to fix)
        ...(postfix
          ? [rt`Postfix reads the login from the file its ${code('smtp_sasl_password_maps')} setting names (usually ${code('/etc/postfix/sasl_passwd')}): put the current password there (set a new one in the domain's SMTP credentials, below, if unsure), run ${code('postmap')} on that file and ${code('postfix reload')}, then ${code('postqueue -f')} to send what was deferred.`]
          : changed || apiKey || apiKeyValue || interpolated
          ? []
          : composeQuoted
          ? [rt`Only if it still fails without the quotes: set a new password for that login in the domain's SMTP credentials (below) and put it in the Compose file.`]
          : otherRegion
          ? [rt`Only if the login still fails on ${code(SMTP_HOST[facts.region!])}: set a new password for that login in the domain's SMTP credentials (below) and put it in the application.`]
          : bareDomainLogin
          ? [rt`Only if the full login still fails: set a new password for it in the domain's SMTP credentials (below) and put it in the application.`]
          // (no access to the dashboard: who can set a new password, and how with an API key)
          : dashboardLacking(evidence)
          ? [newPasswordWithoutDashboard(facts)]
          : [rt`Set a new password for that login in the domain's SMTP credentials (where each Mailgun UI keeps them: below) and put it ${appPlace ?? text('in the application')}${facts.client && CONFIG_APPLY[facts.client] ? rt` (then run ${code(CONFIG_APPLY[facts.client]!)})` : []}.`]),
        // (not where the paste shows the EU host in use for an EU domain: that is settled; the US host is everyone's default,
        // and an EU domain's login sent there is refused just so)
        // (not beside a password changed just before, or one PHP reads wrong: the likely cause is known)
        ...(otherRegion || (facts.region === 'eu' && facts.host === SMTP_HOST.eu) || changed || interpolated
          ? []
          : facts.host === SMTP_HOST.us
          ? [rt`If the domain was created in the EU region, its login is known only on ${code(SMTP_HOST.eu)}: set that host instead.`]
          : [rt`Use the SMTP host of the domain's region: ${code(SMTP_HOST.us)}, or ${code(SMTP_HOST.eu)} for EU domains.`]),
      ];
    },
    credentialSteps: true,
    elsewhere: {
      what: (provider) => rt`The client did send a login, and ${text(provider)} turned it down (a ${code('535')} answer).`,
      steps: (provider) => [rt`Check the SMTP user name and password ${text(provider)} gave you for this sender: its own SMTP credentials, not a Mailgun login.`],
    },
  },
  'unknown-user': {
    name: 'an unknown recipient',
    what: (facts) =>
      EXCHANGE_DIRECTORY_BLOCK.test(facts.serverMessage ?? '')
        ? rt`Microsoft 365 (Exchange Online) refused the address with its directory-based edge blocking: it turns away every address its directory does not hold, so there is no mailbox or alias for it there.`
        : MAILBOX_MOVED.test(facts.serverMessage ?? '')
        ? rt`The receiving server says the mailbox is not there any more: it has moved${newAddressIn(facts).flatMap((address) => rt`, and the server names the new address, ${quoteAddress(address)}`)}.`
        : givenNewAddress(facts) !== null
        ? rt`The receiving server says the mailbox does not exist, and the recipient's side says it no longer takes mail there: the new address the paste gives is ${code(givenNewAddress(facts)!)}.`
        : rt`The receiving server says the mailbox does not exist.`,
    steps: (facts, evidence) => {
      // (an address the person's own Route forwards to: the Route's forward() is what to correct, not a customer's address)
      const forwardTarget = evidence.some((e) => e.rule === OWN_ROUTE_FORWARD_SAID_RULE || e.rule === ROUTE_FORWARD_RULE);
      // (a send to an old list: its dead addresses are these failures, and the list is what to clean, not one address to check)
      if (evidence.some((e) => e.rule === OLD_LIST_RULE) && !confirmedAddress(facts) && !forwardTarget && givenNewAddress(facts) === null) {
        return [rt`The paste says an old list was sent to: addresses go dead over the years (accounts closed, people gone), and failures like this one are them. Remove the failed addresses from the list, leave them on the Bounces list (it keeps Mailgun from trying them again), and re-confirm or validate the rest before the next send: a high bounce rate hurts the domain's reputation with every provider.`];
      }
      return [
        ...(forwardTarget
          ? [rt`This is an address your own Route forwards to${facts.recipient ? rt` (${quoteAddress(facts.recipient)})` : []}: its server has no such mailbox. Correct the address in the Route's ${code('forward()')}, or take it out of the Route, or have the mailbox created there; the Route's other addresses are delivered as before.`]
          : []),
        ...domainTypoStep(facts),
        ...newAddressIn(facts).map((address) => rt`Send the message to the new address the server gives, ${quoteAddress(address)}, and replace the old one with it in your contacts and lists.`),
        // (the recipient's side gave its new address: the old one will not work again, so nothing to check or create there)
        givenNewAddress(facts) !== null && newAddressIn(facts).length === 0
          ? rt`Send the message to the new address the paste gives, ${code(givenNewAddress(facts)!)}, and replace ${recipientOr(facts, 'the old one')} with it in your contacts, lists and the application's records. The old address will not work again: leave it on the Bounces list.`
          : EXCHANGE_DIRECTORY_BLOCK.test(facts.serverMessage ?? '')
          ? rt`Check the recipient address for typos${text(facts.addressConfirmed ? ' once more' : '')}; if it is right, the recipient's Microsoft 365 administrator must add the mailbox, or the address as an alias of one (or sync it from their own directory): until then every message to it is refused.`
          // (the address said to be right, and none in the paste looks meant instead: checking it again is done; what is left is the receiving side's)
          : confirmedAddress(facts) && M365_RECIPIENT_NOT_FOUND.test(`${facts.serverMessage ?? ''} ${facts.mxHost ?? facts.host ?? ''}`)
          ? rt`The address is said to be right, so the recipient's Microsoft 365 has no mailbox or alias for it (not created yet, removed, renamed, or the alias missing). Their Microsoft 365 administrator looks it up in the Exchange admin center (Recipients → Mailboxes) and adds the mailbox, or the address as an alias of one; until then every message to it is refused.`
          // (a free mailbox provider's address, Gmail's: no administrator, the account itself is gone or never was)
          : confirmedAddress(facts) && isMailboxProviderDomain(safeDomain(recipientDomainOf(facts)) ?? '')
          ? rt`The address is said to be right, but ${quoteAddress(safeDomain(recipientDomainOf(facts))!)} says it has no such account: it may have been closed, or deleted for inactivity, or the address is one letter off what the person thinks it is. There is no administrator to ask: have the person send a message from that account to you (its From line shows the exact address), or give another address; then take it off the Bounces list and send again.`
          : confirmedAddress(facts)
          ? rt`The address is said to be right, so the receiving server has no mailbox for it (not created yet, closed or renamed): the recipient's mail administrator has to create it, or add the address as an alias of a mailbox. Ask the recipient too whether they read their mail under another address.`
          // (the recipient's mailboxes said moved just before, to Microsoft 365: this one, or its alias, was not brought over)
          : facts.recipientMailMoved && M365_RECIPIENT_NOT_FOUND.test(`${facts.serverMessage ?? ''} ${facts.mxHost ?? facts.host ?? ''}`)
          ? rt`The recipient's mailboxes moved to Microsoft 365 just before this, and Microsoft 365 has no mailbox or alias for this address: most likely it (or the alias it was) was not brought over. Their administrator adds the mailbox, or the address as an alias of one, in the Exchange admin center (Recipients → Mailboxes); the address itself is probably right. Then take it off the Bounces list (below) and send again.`
          : rt`Check the recipient address for typos, or an account that was closed.`,
        // (an address the paste shows suppressed already: Mailgun stops the sending by itself, the step below says so)
        // (nor a business contact's address said to be right: the bounces stop once their side adds it)
        ...(facts.suppression || forwardTarget || confirmedAddress(facts) || facts.recipientMailMoved ? [] : [rt`Stop sending to addresses that keep bouncing; repeated attempts hurt your sending reputation.`]),
      ];
    },
  },
  'mailbox-full': {
    name: 'a full mailbox',
    what: rt`The recipient's mailbox is over its storage quota.`,
    steps: (facts, evidence) => roomMadeSteps(facts, evidence) ?? [
      rt`Nothing is wrong on your side: the recipient has to free up space.`,
      // A 5xx (or a permanent event) is not retried: the message has to be sent again.
      // (the event's own severity first: Mailgun retries a 552 it files as temporary)
      facts.severity === 'permanent' || (facts.severity === null && facts.replyCode !== null && facts.replyCode >= 500)
        // (after earlier attempts: Mailgun did retry, and stopped when the recipient's server made its refusal permanent)
        ? facts.attempts !== null && facts.attempts > 1 && mailgunAccepted(facts) && facts.replyCode !== null && facts.replyCode >= 500
          ? rt`Mailgun did retry it (${text(String(facts.attempts))} attempts) while the recipient's server answered with a temporary refusal, and stopped when that server made it permanent (${code(String(facts.replyCode))}): it did not give up early. Send the message again once the recipient has made room.`
          : rt`The refusal was permanent, so it will not be retried: send the message again once the recipient has made room.`
        : mailgunAccepted(facts) && facts.event !== 'rejected'
          ? rt`Mailgun retries it by itself for a while${text(facts.attempts !== null && facts.attempts > 1 ? ` (${facts.attempts} attempts so far)` : '')}: if the mailbox is still full when the retries run out, the message fails for good and has to be sent again once the recipient has made room.`
          : rt`This is often temporary, so a later attempt can succeed.`,
    ],
  },
  blocked: {
    name: 'a spam or block-list rejection',
    what: (facts) =>
      PORT_25_FILTER.test(facts.serverMessage ?? '')
        ? rt`The network you send from filtered the connection${text(facts.host !== null && facts.hostRole === 'other' ? ` (${facts.host} answered)` : '')}: its internet provider (or the hotel's, office's or VPN's gateway) stops outgoing connections to port ${code('25')}, against spam from infected computers, and answers in place of the mail server${text(RELAY_LINE.test(facts.serverMessage ?? '') ? ', in the words of a relay refusal' : '')}. No mail server refused anything, and no login or Mailgun setting changes it.`
        : M365_IP_BAN.test(facts.serverMessage ?? '')
        ? rt`Microsoft 365 (Exchange Online) refused the message because the sending IP address${text(ipInMessage(facts) ? ` ${ipInMessage(facts)}` : '')} is on its list of banned senders: every Microsoft 365 organisation refuses mail from that IP, whatever the mail's content. This is no relay refusal: "Access denied" is Microsoft's word for the ban.`
        // (a business domain's Microsoft 365 mail host, `clinic-com.mail.protection.outlook.com`, is no Outlook.com mailbox)
        : MICROSOFT_IP_BLOCK.test(facts.serverMessage ?? '') && BUSINESS_M365_HOST.test(facts.mxHost ?? facts.host ?? '')
        ? rt`Microsoft's mail service (here for the recipient's Microsoft 365 domain) refused the message because the sending IP address${text(ipInMessage(facts) ? ` ${ipInMessage(facts)}` : '')} is on Microsoft's own block list: mail from that IP to Microsoft-hosted mailboxes is refused, whatever the mail's content (mail sent from other IPs is not affected).`
        : MICROSOFT_IP_BLOCK.test(facts.serverMessage ?? '')
        ? rt`Outlook.com (the Hotmail, Live, MSN and Outlook.com addresses) refused the message because the sending IP address${text(ipInMessage(facts) ? ` ${ipInMessage(facts)}` : '')} is on Microsoft's own block list: every Outlook.com recipient is refused from that IP, whatever the mail's content.`
        : contentJudgedSpam(facts)
        ? rt`The receiving server refused the message as likely spam: a verdict on this mail (its content, its recipients, how they treat the sender's mail), not a block list's listing of the sending IP.`
        : rt`The receiving server blocked the message as likely spam, or because the sending IP address or domain is on a block list.`,
    steps: (facts, evidence) => (evidence.some((e) => e.rule === WRITING_IN_RULE) && !mailgunAccepted(facts) ? writerBlockedSteps(facts) : contentJudgedSpam(facts) ? spamVerdictSteps(facts, evidence) : blockedSteps(facts, evidence.some((e) => e.rule === COLD_IP_RULE))),
    // Another provider delivered it: the listed IP is that provider's, and only the provider can get it delisted.
    elsewhere: {
      steps: (provider) => [
        rt`Read the server's message: it usually names the block list or links to a page about the block.`,
        rt`If the listed address is one of ${text(provider)}'s sending IPs (shared by many of its customers unless you have a dedicated one), raise it with ${text(provider)}'s support, who look after their IPs' listings. Check your own content and list quality as well.`,
        rt`If the block is the recipient side's own (a filtering gateway's rule, "blocked by the recipient"), only their mail administrator can lift it: ask the recipient to allow the sender.`,
      ],
    },
  },
  policy: {
    name: 'a sender or content policy refusal',
    what: (facts) =>
      // (Microsoft 365's own outbound policy, the forwarding organisation's: no receiving server, nor Mailgun, saw it)
      M365_FORWARDING_BLOCKED.test(facts.serverMessage ?? '')
        ? rt`Microsoft 365 refused to forward the message outside the organisation: the sending tenant's outbound spam policy does not allow automatic forwarding to external addresses (${code('5.7.520')}). The message never left Microsoft 365, so neither Mailgun nor any receiving server refused it; only that tenant's administrator can allow it.`
        : SENDER_NOT_LOGGED_IN.test(facts.serverMessage ?? '')
        ? rt`The SMTP server the sender uses refused the From address because the client has not logged in: that address belongs to one of its logins, and it lets only that login send as it. No receiving server was involved; the fix is on the sending side.`
        : SENDER_LOGIN_MISMATCH.test(facts.serverMessage ?? '')
        ? rt`The SMTP server the sender logs in to refused the From address: it lets each login send only as the addresses that login owns, and this login does not own this one (Postfix calls it a sender login mismatch). No receiving server was involved; the fix is on the sending side.`
        : MALFORMED_MESSAGE.test(facts.serverMessage ?? '')
        ? rt`The receiving server refused the message because it is malformed: ${text(MISSING_HEADER.exec(facts.serverMessage ?? '')?.[1] ? `it has no ${MISSING_HEADER.exec(facts.serverMessage ?? '')![1]} header` : 'its headers break the mail format standard (RFC 5322)')}. Every message must carry exactly one From header and one Date header, and Gmail (like other providers) refuses one that does not. Nothing was refused for relaying or for spam, and no login, DNS or Mailgun setting changes it: the program that builds the message does.`
        : CONTENT_FILTER.test(facts.serverMessage ?? '')
        ? rt`The receiving server's content filter refused the message: something in it (a link, an attachment type, its words) is against the recipient organisation's rules. Nothing was refused for relaying, and no change to the login, the SMTP settings or DNS lifts it.`
        : accessRule(facts)
        ? rt`The receiving server refused the message by an access rule of its own: it is set to refuse this recipient (or this sender) from senders like yours. Its administrator decides which senders and recipients it takes.`
        : OUTLOOK_AUTHENTICATION_LEVEL.test(facts.serverMessage ?? '')
          ? rt`Outlook.com (Hotmail, Live, MSN) refused the message because the sending domain does not meet its authentication requirements for senders: SPF and DKIM must pass, and the From domain must publish a DMARC record (at least ${code('p=none')}) that one of them aligns with (Outlook.com asks this of domains that send it 5,000 or more messages a day).`
        : GMAIL_UNAUTHENTICATED.test(facts.serverMessage ?? '')
          ? rt`Gmail refused the message because it passed neither SPF nor DKIM${text(gmailCheckedDomain(facts.serverMessage ?? '') ? ` for ${gmailCheckedDomain(facts.serverMessage ?? '')}` : '')}: Gmail asks every sender to pass at least one of the two (its own rule, not a DMARC policy of yours). Nothing was refused for relaying.`
        : spfAlone(facts.serverMessage ?? '')
          ? rt`The receiving server refused the message because it failed the SPF check: the IP address that sent it is not among the servers the sending domain's SPF record allows. A domain that sends through Mailgun lists it there (${code('include:mailgun.org')}); mail sent straight from another server needs that server listed, or to go through Mailgun instead.`
        : AUTHENTICATION_CHECK.test(facts.serverMessage ?? '')
          ? rt`The receiving server refused the message because it failed a sender authentication check: the From domain's DMARC policy (SPF or DKIM did not pass, or did not align with the From address).`
          : rt`The receiving server refused the message by policy: for example the sender failed DMARC (SPF or DKIM did not pass for the From domain), or a sender rule or content filter matched.`,
    steps: (facts, evidence) => [...spfEditedStep(facts, evidence), ...(M365_FORWARDING_BLOCKED.test(facts.serverMessage ?? '') ? [
      rt`In the tenant that forwards (Microsoft 365 Defender, Email & collaboration, Policies & rules, Threat policies, Anti-spam policies), edit the outbound spam filter policy: set Automatic forwarding rules to On, or make a custom outbound policy that allows it for the forwarding mailbox only (such as the support address).`,
      rt`Forward again once the policy is saved (it can take a while to apply).${evidence.some((e) => e.rule === ROUTES_MENTIONED_RULE) ? text(' The Mailgun Route needs no change: the mail never reached it.') : []}`,
    ] : SENDER_NOT_LOGGED_IN.test(facts.serverMessage ?? '') ? [
      rt`Turn on SMTP authentication in the sending application (SMTP AUTH, before ${code('MAIL FROM')}) with the login that owns the From address.`,
      rt`Through Mailgun's SMTP host, that login is the sending domain's SMTP credentials (below).`,
    ] : SENDER_LOGIN_MISMATCH.test(facts.serverMessage ?? '') ? [
      rt`Send from an address the login owns (often the login's own address), or log in as the owner of the From address.`,
      rt`If this login should send as that address, the server's administrator adds it to the addresses the login may use (Postfix: ${code('smtpd_sender_login_maps')}, which ${code('reject_sender_login_mismatch')} checks).`,
      rt`(Through Mailgun's SMTP host there is no such rule per address: a login with the sending domain's SMTP credentials may send from any address at that domain.)`,
    ] : MALFORMED_MESSAGE.test(facts.serverMessage ?? '') && REPEATED_HEADER.test(facts.serverMessage ?? '') ? [
      rt`Fix the message where it is built: it carries a header twice (${quote(REPEATED_HEADER.exec(facts.serverMessage ?? '')![0], EXCERPT_MAX)}). A From set both as a parameter of the API call (or of the mail library) and among custom headers (${code('h:From')}, an extra header in the code) is the usual cause: keep one.`,
      rt`Send one test to a Gmail address and open it with Show original: From, Date and Message-ID must each appear once, at the top.`,
      rt`Then send again: nothing needs lifting on the recipient's side, and the address is not at fault.`,
    ] : MALFORMED_MESSAGE.test(facts.serverMessage ?? '') ? [
      rt`Fix the message where it is built: give it its From header (${code('from')} in Mailgun's API call; in a message written out by hand and sent whole, to ${code('/messages.mime')} or over SMTP, a ${code('From:')} line among the headers, before the blank line that starts the body). A header after that blank line, or one broken across lines, is read as body text and is missing the same way.`,
      rt`Send one test to a Gmail address and open it with Show original: From, Date and Message-ID must each appear once, at the top.`,
      rt`Then send again: nothing needs lifting on the recipient's side, and the address is not at fault.`,
    ] : CONTENT_FILTER.test(facts.serverMessage ?? '') ? [
      rt`Remove or change what the server's message points at, and send again: a link shortener's links (bit.ly and the like) replaced by the full address on your own domain, an attachment type it blocks (${code('.html')}, scripts, archives) replaced by a link or a PDF.`,
      rt`If the message must go as it is, ask the recipient's mail administrator to let it through: send them the refusal with its reference.`,
    ] : accessRule(facts) ? [
      rt`Only the recipient's mail administrator can change the rule: send them the refusal (the server's name and its message) and ask them to let your sender through to ${recipientOr(facts, 'the recipient')}${text(/RESOLVER\.RST\.(?:AuthRequired|SenderNotAuthenticatedForGroup)\b|sender not authenticated for the group/i.test(facts.serverMessage ?? '')
        // (a group set to "Require that all senders are authenticated": no sender address or domain can be allowed past it)
        ? " (in Exchange or Microsoft 365, the group's or mailbox's delivery restrictions: the group takes mail only from its own organisation's senders, so they must untick 'Require that all senders are authenticated')"
        : /RESOLVER\.RST\./i.test(facts.serverMessage ?? '') ? " (in Exchange or Microsoft 365, the group's or mailbox's delivery restrictions: allow your sender address or domain, or senders outside the organisation)" : '')}.`,
      rt`A login or DNS change on your side does not lift it; if the message names your sender (${code('Sender address rejected')}), the rule is about who sends, and they can allow your address or domain.`,
    ] : GMAIL_UNAUTHENTICATED.test(facts.serverMessage ?? '') ? gmailUnauthenticatedSteps(facts) : OUTLOOK_AUTHENTICATION_LEVEL.test(facts.serverMessage ?? '') ? [
      evidence.some((e) => e.rule === DMARC_REMOVED_RULE) ? dmarcRecordBackStep(outlookSendingDomain(facts.serverMessage ?? ''), evidence.find((e) => e.rule === DMARC_REMOVED_RULE)!.excerpt) : dmarcRecordStep(outlookSendingDomain(facts.serverMessage ?? '')),
      ...(deliveredDirectly(facts)
        ? [
            rt`The log shows the sender's own mail server delivering straight to Outlook.com, not through Mailgun, so Mailgun's SPF and DKIM records do not cover this mail: the From domain's SPF record must list that server's IP address, and the server must sign with DKIM for the From domain. Or send through Mailgun (${code(`${SMTP_HOST[regionOrDefault(facts.region)]}:587`)} with the domain's SMTP login), whose SPF include and DKIM signature then do.`,
          ]
        : [
            rt`Check that SPF (${code('include:mailgun.org')}) and DKIM (the domain's Mailgun DKIM record) are verified on the sending domain's DNS records page in Mailgun.`,
            DMARC_ALIGNMENT,
          ]),
      rt`Then send again: Outlook.com checks each message as it arrives, so nobody needs to lift anything on their side.`,
    ] : dmarcNamed(facts) && evidence.some((e) => e.rule === WRITING_IN_RULE) ? [
      // (someone writing to the domain, refused by its own server for their domain's DMARC: the writer's to fix)
      rt`Tell the sender that your mail server refused their message because it failed the DMARC policy of their own domain${writerDomain(facts) ? rt` (${quoteAddress(writerDomain(facts)!)})` : []}: their mail administrator has to make that domain's SPF and DKIM pass and align with their From address. Forward them the refusal; the server's message names their domain.`,
      rt`Nothing changes on your side: your server applies the policy the sender's own domain publishes, and Mailgun plays no part in mail sent to you.`,
      rt`Once their domain passes, they can send the message again.`,
    ] : withDmarcRelief(facts, evidence, dmarcMismatch(facts) ? dmarcMismatchSteps(dmarcMismatch(facts)!) : dmarcStrictSteps(facts, evidence) ?? dmarcAlignedSteps(facts, evidence) ?? (ownDmarcRefusal(facts) ? [
      // (the server names the check: no rule to look for, and nothing the recipient's side changes)
      rt`The refusal names DMARC: the policy applied is your From domain's own DMARC record, so the fix is on the sending side: make the From domain's SPF and DKIM pass and align with the From address. If the From address is on a domain you do not control (a contact form sending as the visitor), send from an address at your Mailgun domain and put the visitor's address in Reply-To.`,
      DMARC_ALIGNMENT,
      rt`Then send it again: nothing needs to change on the recipient's side.`,
    ] : [
      rt`Read the server's message for the rule it applied: a sender address or domain it does not accept, a recipient only certain senders may write to, the content, or an authentication check.`,
      rt`If it names SPF, DKIM or DMARC (${code('5.7.26')}, for example, is a failed DMARC check), make the From domain's SPF and DKIM pass and align with the From address. If the From address is on a domain you do not control (a contact form sending as the visitor), send from an address at your Mailgun domain and put the visitor's address in Reply-To.`,
      ...(dmarcNamed(facts) ? [DMARC_ALIGNMENT] : []),
      rt`Otherwise the rule is the receiving side's: only the recipient's mail administrator can let the sender or the message through.`,
    ])))],
    elsewhere: {
      what: () => rt`The message was refused by a policy: the sender or the From address is not one that is allowed, or an authentication check failed.`,
      steps: () => [rt`Read the server's message for the rule it applied: a sender address or domain that is not allowed or not verified, a recipient only certain senders may write to, the content, or an authentication check (SPF, DKIM, DMARC).`],
    },
  },
  'rate-limit': {
    name: 'rate limiting',
    // Mailgun throttles at its own SMTP host; anywhere else it is the receiving server.
    what: (facts, evidence) =>
      evidence.some((e) => e.rule === HOSTING_LIMIT_RULE)
        ? rt`The sending server's own hosting limit was reached (the number of messages a domain may send per hour, cPanel's ${code('max emails per hour')}): it discarded the messages over the limit itself, so they reached neither Mailgun nor the recipients.`
        : M365_SENDING_QUOTA.test(facts.serverMessage ?? '')
        ? rt`Microsoft 365 refused to send it: the mailbox that sent it is over its own sending limit (recipients per day, and a rate per minute). This is the sending side's limit, not a receiving server's, and Mailgun took no part.`
        : GOOGLE_DAILY_LIMIT.test(facts.serverMessage ?? '')
        ? rt`Google refused to send it: the Gmail or Google Workspace account that sent it is over its daily sending limit (Workspace allows about 2,000 messages a day per user, fewer for a trial or a free Gmail account). This is the sending side's limit, not a receiving server's, and Mailgun took no part.`
        : httpThrottled(facts)
        ? rt`The email API the application calls (Mailgun's HTTP API, when it sends through Mailgun) answered ${code('429 Too Many Requests')}: the application called it faster than the account's limit allows, so those requests (and their messages) were not accepted. No receiving server was involved.`
        : REPUTATION_THROTTLE.test(facts.serverMessage ?? '')
          ? rt`The receiving server is slowing down mail from the sending IP address because of that IP's reputation (its message says so): not because of this one message, nor a limit on your account.`
        // (Yahoo's and AOL's TSS04: volume or complaints, a reputation signal about what was sent)
        : YAHOO_DEFERRED.test(facts.serverMessage ?? '')
          ? rt`Yahoo (and AOL, on the same servers) is deferring mail from the sending IP for now because of unexpected volume or user complaints: a signal about what was sent (a large send to an old list brings both), not a limit on your account.`
        : UNSOLICITED_RATE.test(facts.serverMessage ?? '')
          ? rt`Gmail is slowing down mail from the sending domain (the one it names) or IP because it sees an unusual rate of unsolicited mail from it: a reputation signal (recipients marking it as spam, mail they did not ask for), not the volume alone, nor a limit on your account.`
          // (Gmail's per-mailbox limit: the recipient's mailbox receives too much, from everyone; not the sending throttled)
          : RECEIVING_RATE.test(facts.serverMessage ?? '')
          ? rt`The recipient's mailbox is receiving mail faster than its provider allows, from all its senders: the provider holds back new mail to it for a while. Not a limit on your sending or your account.`
          : mailgunSendingLimit(facts)
          ? rt`Mailgun refused the messages over the sending domain's own rate limit${facts.mailgunDomain ? rt` (${code(facts.mailgunDomain)})` : []}: a limit on how fast your domain may send through Mailgun, not a recipient's provider throttling. It refused them before accepting them, so they were not sent and Mailgun does not retry them.`
          : rt`Too many messages or connections in a short time: ${text(facts.hostRole === 'mailgun-smtp' ? 'Mailgun' : 'the receiving server')} is throttling the sending.`,
    steps: (facts, evidence) =>
      M365_SENDING_QUOTA.test(facts.serverMessage ?? '') || GOOGLE_DAILY_LIMIT.test(facts.serverMessage ?? '')
        ? [
            rt`Wait until the limit resets (the daily count runs over 24 hours), then send the rest; the messages refused were not sent.`,
            rt`For bulk or application mail, send it through Mailgun instead of the ${text(M365_SENDING_QUOTA.test(facts.serverMessage ?? '') ? 'Microsoft 365 mailbox' : 'Google account')} (SMTP with the domain's credentials, or the API): ${text(M365_SENDING_QUOTA.test(facts.serverMessage ?? '') ? "Microsoft 365's" : "Google's")} limits are meant for people's own mail. A mailbox that suddenly hits the limit may also be sending spam after a compromise: check its sent items and sign-ins.`,
          ]
        : evidence.some((e) => e.rule === HOSTING_LIMIT_RULE)
        ? [
            rt`Ask the host to raise the domain's hourly limit (in WHM: Tweak Settings, Max hourly emails per domain, or the hosting package's own limit), or spread the sending over more hours.`,
            rt`The messages the log shows as discarded were not sent: send them again once the limit allows.`,
          ]
        : REPUTATION_THROTTLE.test(facts.serverMessage ?? '') && !mailgunAccepted(facts)
        ? [
            // (the sender's own server sent it straight to the recipient: the IP and its reputation are theirs)
            deferredRetryStep(facts),
            rt`The sending IP's reputation is the cause: check what it sent (complaints, a list that was not opted in, a compromised account), publish SPF, DKIM and DMARC for the sending domain, and watch the IP in Microsoft's SNDS (for Outlook.com) or Google Postmaster Tools.`,
            rt`If this server sends straight to the recipients' servers from its own IP, sending through Mailgun instead (SMTP with the domain's credentials, or the API) puts the mail on Mailgun's IPs and their reputation.`,
          ]
        : mailgunAccepted(facts) && retriesRanOut(facts)
        ? [
            // (a deferral whose event turned permanent: Mailgun's retries ran out, "Too old")
            rt`Mailgun retried this deferral until its retries ran out: the event is now permanent, and the message was not delivered. Send it again later; resending at once meets the same limit.`,
            rt`If a receiving server keeps deferring mail (Yahoo's and AOL's ${code('TSS04')}, Microsoft's ${code('4.7.650')}, Gmail's ${code('4.7.28')}), the sending IP's or domain's reputation is the cause: check complaints and list quality (Yahoo's and Google's sender tools, Microsoft SNDS) and send to that provider more gradually.`,
          ]
        : YAHOO_DEFERRED.test(facts.serverMessage ?? '')
        ? [
            mailgunAccepted(facts) ? rt`Mailgun retries deferred mail by itself for a while: nothing to resend by hand (a message sent again now may arrive twice).` : deferredRetryStep(facts),
            rt`Pause further sends to Yahoo and AOL addresses until the deferrals stop, then send to them in smaller batches.`,
            rt`Clean the list before the next send: drop addresses that never opened or clicked and old imports (an old list holds dead addresses and spam traps), send only to people who asked for the mail, offer one-click unsubscribe (List-Unsubscribe with List-Unsubscribe-Post), and watch the complaints (Mailgun's complained events; Yahoo's Complaint Feedback Loop).`,
          ]
        : UNSOLICITED_RATE.test(facts.serverMessage ?? '')
        ? [
            mailgunAccepted(facts) ? rt`Mailgun retries deferred mail by itself for a while: nothing to resend by hand.` : deferredRetryStep(facts),
            rt`More mail to Gmail now prolongs the throttle: pause or slow the rest of the send to Gmail addresses.`,
            rt`Look at the sending domain's spam rate in Google Postmaster Tools (Google asks senders to keep it below 0.1% and never reach 0.3%), send only to people who asked for the mail, offer one-click unsubscribe (List-Unsubscribe with List-Unsubscribe-Post), and drop addresses that never open; then resume gradually.`,
          ]
        : httpThrottled(facts)
        ? [
            rt`Retry the refused requests after a pause, with a growing wait between tries (the answer's ${code('Retry-After')} header, where present, says how long); they were not sent.`,
            rt`Make fewer calls: one API call can carry many recipients (with ${code('recipient-variables')} for personal fields) instead of one call per message.`,
            rt`If the volume is normal for the account, ask the provider's support (Mailgun's, for Mailgun) to raise its limit.`,
          ]
        : RECEIVING_RATE.test(facts.serverMessage ?? '')
          ? [
              rt`A later attempt usually gets through once the mailbox's flow of mail slows down, and Mailgun retries a temporary refusal by itself.`,
              // (the paste shows the sender's own burst to that mailbox: that is what trips the limit)
              evidence.some((e) => e.rule === OWN_BURST_RULE)
                ? rt`Your own burst to that one mailbox is what trips its provider's limit (a limit per recipient, not on your IP or domain): send it fewer messages at once, deduplicate repeats or send a digest, or spread them over more recipients (several people, or a group).`
                : rt`Nothing in your sending needs to change, unless you yourself send that mailbox many messages (alerts, notifications): then send it fewer, or batch them. If it keeps failing for days, the recipient has to sort out their mailbox.`,
            ]
          // (not a rejected event: Mailgun never took that message, so nothing retries it)
          : mailgunAccepted(facts) && facts.event !== 'rejected' && facts.hostRole !== 'mailgun-smtp' && facts.severity !== 'permanent'
            ? [
                // (Mailgun's own event of a receiving server deferring it: Mailgun retries; resending by hand sends twice)
                rt`Mailgun retries deferred mail by itself for a while: nothing to resend by hand (a resend would arrive twice once the retries get through).`,
                rt`If a receiving server keeps deferring it (Yahoo's and AOL's ${code('TSS04')}, Microsoft's ${code('4.7.650')}, Gmail's ${code('4.7.28')}: "unexpected volume or user complaints", "unusual rate of unsolicited mail"), the sending IP's or domain's reputation is the cause: check complaints and list quality (Yahoo's and Google's sender tools, Microsoft SNDS) and send to that provider more gradually.`,
              ]
            : mailgunSendingLimit(facts)
            ? [
                facts.client !== null && RELAYING_SERVERS.has(facts.client)
                  ? rt`Your mail server keeps the refused messages in its queue and tries them again by itself (a 421 is temporary): nothing to resend by hand.`
                  : rt`Send the refused messages again later: the sending program has them (its log lists the recipients that failed), Mailgun kept none.`,
                rt`Spread the send over more time: a pause between messages slows it, but a limit per hour or per day still runs out during a large send, so send in batches over several hours.`,
                rt`For a large list, the API takes up to 1,000 recipients per call (with ${code('recipient-variables')} for personal fields), far fewer calls than one SMTP message each. If the volume is normal for your account and the limit still stops it, ask Mailgun's support to raise the domain's sending limit.`,
              ]
            : [
                rt`Slow down and retry later; this is usually temporary.`,
                rt`If one provider keeps throttling, spread the sending to it over a longer time.`,
              ],
    elsewhere: {
      what: (provider) => rt`Too many messages or connections in a short time: ${text(provider)}, or the receiving server, is throttling the sending.`,
      steps: (provider) => [
        rt`${text(provider)} retries deferred mail by itself for a while: nothing to resend by hand.`,
        rt`If a receiving server keeps deferring it (Yahoo's and AOL's ${code('TSS04')}, Microsoft's ${code('4.7.650')}, Gmail's ${code('4.7.28')}: "unexpected volume or user complaints", "unusual rate of unsolicited mail"), the sending IP's or domain's reputation is the cause: check complaints and list quality (Microsoft SNDS, Google Postmaster Tools) and send to that provider more gradually.`,
      ],
    },
  },
  sandbox: {
    name: 'a sandbox domain restriction',
    // (a 421 looks temporary, and programs retry it: the sandbox refuses the address on every try)
    // (a free account refused from a domain of its own: the account's plan, not a sandbox, so no domain to add)
    what: (facts) => {
      const ownDomain = freeAccountDomain(facts);
      const temporaryLooking = facts.replyCode === 421 || (facts.replyCode !== null && facts.replyCode >= 450 && facts.replyCode <= 459);
      return rt`${ownDomain ? rt`The account is a free one: Mailgun lets a free account send only to its authorized recipients, even from a domain of its own such as ${code(ownDomain)}, and this address is not one of them.` : text('A Mailgun sandbox domain can send only to its authorized recipients, and this address is not one of them.')}${temporaryLooking ? rt` Its code (${code(String(facts.replyCode))}) looks temporary, but retrying does not help: ${text(ownDomain ? 'Mailgun' : 'the sandbox')} refuses the address on every try until it is authorized and confirmed, or ${text(ownDomain ? 'the account is upgraded' : 'the mail goes from a domain of your own')}, so stop the retries.` : []}`;
    },
    // (mail to customers needs a domain of your own: authorized recipients are for tests, so that comes second)
    steps: (facts, evidence) => {
      const sandboxLogin = facts.smtpLogin !== null && /@sandbox[0-9a-f]{10,40}\.mailgun\.org$/.test(facts.smtpLogin) ? facts.smtpLogin : null;
      // (a domain of their own already verified: only the settings still point at the sandbox)
      const verified = evidence.some((e) => e.rule === OWN_DOMAIN_VERIFIED_RULE);
      // (over SMTP only, its login at the sandbox shown: an API transport, anymail's or Laravel's mailgun driver, reads other settings)
      const sendingSettings = sandboxLogin !== null && facts.client !== null ? SENDER_SETTINGS[facts.client] : undefined;
      // (someone trying Mailgun out: the test's own step first, a domain of their own for later)
      const trial = !verified && evidence.some((e) => e.rule === SANDBOX_TRIAL_RULE);
      if (freeAccountDomain(facts)) {
        return [
          rt`To send to anyone, upgrade the account: choose a paid plan in Mailgun's account settings (its plan or billing page). The domain ${code(freeAccountDomain(facts)!)} and the sending settings need no change.`,
          rt`For a test until then: add ${recipientOr(facts, 'the address')} as an authorized recipient (Account Settings, Authorized Recipients${text(/authorized recipients in account settings/i.test(facts.serverMessage ?? '') ? ', as the refusal says' : '')}); the recipient has to confirm it from the email Mailgun sends. Addresses already authorized, the account's own among them, get the mail: that is why a test to your own address can work while other addresses fail.`,
        ];
      }
      const steps: RichText[] = [
        verified
          ? rt`The paste says a domain of your own is already verified in Mailgun: the sending settings still use the sandbox. Put that domain's SMTP login and password${sandboxLogin ? rt` in place of ${code(sandboxLogin)}` : []} (its SMTP credentials, in the current UI under ${label('Send')}, ${label('Sending')}, ${label('Domains')}), and a From address at that domain, then restart what sends.`
          : rt`To send to customers, send from a domain of your own: add it in Mailgun (in the current UI under ${label('Send')}, ${label('Sending')}, ${label('Domains')}), publish the DNS records Mailgun gives for it, and once it is verified use its SMTP login and password${sandboxLogin ? rt` in place of ${code(sandboxLogin)}` : []} (or its API URL), and a From address at that domain${sendingSettings ? rt` (${code(sendingSettings[0])}, ${code(sendingSettings[1])} and ${code(sendingSettings[2])} in the settings)` : sandboxLogin !== null && facts.client === 'symfony' ? rt` (in ${code('MAILER_DSN')}: ${code('smtp://postmaster%40YOUR_DOMAIN:SMTP_PASSWORD@smtp.mailgun.org:587')}, the login's @ written ${code('%40')})` : []}.${/\bupgrade\b/i.test(facts.serverMessage ?? '') ? rt` The refusal also asks to upgrade: a free account may need a paid plan before it sends to anyone.` : []}`,
        // (said added already: the confirmation is what is left, as the reply's first lines say)
        evidence.some((e) => e.rule === RECIPIENT_AUTHORIZED_RULE)
          ? rt`For a test only: ${recipientOr(facts, 'the address')} gets the sandbox's mail once its owner has confirmed it (above); the list is under Account Settings, Authorized Recipients (or on the sandbox domain's page), and a sandbox takes at most five.`
          : rt`For a test only: add ${recipientOr(facts, 'the address')} as an authorized recipient (Account Settings, Authorized Recipients, as the refusal says, or on the sandbox domain's page); the recipient has to confirm it from the email Mailgun sends, and a sandbox takes at most five. Addresses already authorized, the account's own among them, get the mail: that is why a test to your own address can work while other addresses fail.`,
      ];
      return trial ? [steps[1]!, steps[0]!] : steps;
    },
  },
  'api-auth': {
    name: 'a rejected Mailgun API key',
    what: (facts, evidence) =>
      // (the EU host set in the code shown, the failing request at the US host: the running client is not the one shown)
      euHostSetYetUsCalled(facts, evidence)
        ? rt`Mailgun's HTTP API refused the request (${apiRefusalStatus(facts)}), and it went to the US API host ${code(API_BASE.us)} although the code shown sets the EU host (${quote(evidence.find((e) => e.rule === EU_API_HOST_RULE)!.excerpt, EXCERPT_MAX)}): the program that made it is not running that code (an older build or deployment), or another client made the request (a second client created without the EU host, one built from the environment), or the host is set after the request. Check also that the key's variable is set where it runs: an empty key gives the same refusal.`
        : euDomainAtUsHost(facts, evidence)
        ? rt`Mailgun's HTTP API refused the request (${apiRefusalStatus(facts)}): the domain is in the EU region, but the request went to the US API host ${code(API_BASE.us)}, which serves only US-region domains. The key need not be wrong: the domain's requests have to go to ${code(API_BASE.eu)}.`
        // (the keys changed just before: the key sent is the likely cause, the region only a check among the steps)
        // (not beside a key known to be the wrong kind: the steps say that one)
        : evidence.some((e) => e.rule === KEY_ROTATED_RULE) && !evidence.some((e) => e.rule === SIGNING_KEY_AS_KEY_RULE || e.rule === SIGNING_KEY_SAID_AS_KEY_RULE || e.rule === PASSWORD_AS_KEY_RULE || e.rule === PASSWORD_SAID_AS_KEY_RULE || e.rule === PUBLIC_KEY_RULE)
        ? rt`Mailgun's HTTP API refused the request (${apiRefusalStatus(facts)}): the API key sent is not valid (any more). The keys were changed just before this, so it is most likely the old one.`
        // (a public validation key in the paste: the cause is shown, the region only a check)
        // (a pubkey- value shown, not the words "public validation key", which may deny it)
        : evidence.some((e) => e.rule === PUBLIC_KEY_RULE && /pubkey-/i.test(e.excerpt)) && !evidence.some((e) => e.rule === SIGNING_KEY_AS_KEY_RULE || e.rule === SIGNING_KEY_SAID_AS_KEY_RULE || e.rule === PASSWORD_AS_KEY_RULE || e.rule === PASSWORD_SAID_AS_KEY_RULE)
        ? rt`Mailgun's HTTP API refused the request (${apiRefusalStatus(facts)}): it authenticates with the public validation key (${code('pubkey-…')}), which only validates addresses and cannot send. Sending needs the private API key or a domain sending key.`
        : evidence.some((e) => e.rule === UUID_AS_KEY_RULE)
        ? rt`Mailgun's HTTP API refused the request (${apiRefusalStatus(facts)}): the key it sends has the shape of a UUID (8-4-4-4-12 characters), which no Mailgun key has. It is most likely another service's token (a Postmark server token looks like this), kept from before the move to Mailgun.`
        : rt`Mailgun's HTTP API refused the request (${apiRefusalStatus(facts)}): the API key is missing or wrong, or the request went to the other region's API host (an EU domain is served by ${code(API_BASE.eu)}).`,
    steps: (facts, evidence) => facts.client === 'ghost' ? ghostApiKeySteps(facts, evidence) : evidence.some((e) => e.rule === SIGNING_KEY_AS_KEY_RULE || e.rule === SIGNING_KEY_SAID_AS_KEY_RULE || e.rule === PASSWORD_AS_KEY_RULE || e.rule === PASSWORD_SAID_AS_KEY_RULE) ? knownWrongKeySteps(evidence) : euDomainAtUsHost(facts, evidence) ? euHostSteps(evidence, facts.client) : [
      // (a placeholder sent as the key, `--user 'api:[your-key]'`: the text itself went to Mailgun)
      ...(evidence.some((e) => e.rule === API_KEY_PLACEHOLDER_RULE)
        ? [rt`The request sends a placeholder as the key (${quote(evidence.find((e) => e.rule === API_KEY_PLACEHOLDER_RULE)!.excerpt.trim(), EXCERPT_MAX)}): Mailgun gets that text, not a key, and refuses it. Put the account's private API key (or a domain sending key) in its place.`]
        : []),
      ...(evidence.some((e) => e.rule === UUID_AS_KEY_RULE) ? [UUID_KEY_STEP] : []),
      // (a .env line with the container's `%env(NAME)%`: the text itself went out as the key)
      ...(evidence.some((e) => e.rule === ENV_PROCESSOR_RULE)
        ? [rt`The .env line writes the key as ${code(/%env\([\w:.-]{1,80}\)%/.exec(evidence.find((e) => e.rule === ENV_PROCESSOR_RULE)!.excerpt)?.[0] ?? '%env(NAME)%')}: that is the syntax of Symfony's service configuration (services.yaml), which .env files do not expand, so Mailgun got that text as the key and refused it. In a .env file write ${code(`\${${/%env\((?:[\w.-]{1,40}:)*([\w.-]{1,80})\)%/.exec(evidence.find((e) => e.rule === ENV_PROCESSOR_RULE)!.excerpt)?.[1] ?? 'NAME'}}`)} (the variable's name in braces) or the key itself, then clear the cache (${code('php bin/console cache:clear')}) and restart the workers (${code('php bin/console messenger:stop-workers')}).`]
        : []),
      // The paste says the key is the public validation key, or calls what a sending key may not: the likeliest cause, ahead of the region.
      ...(evidence.some((e) => e.rule === PUBLIC_KEY_RULE) ? [PUBLIC_KEY_STEP] : accountEndpointOnly(evidence) ? [ACCOUNT_KEY_STEP] : []),
      // The request logs in with the domain (or another name) as its user: Mailgun's API takes `api`.
      ...(evidence.some((e) => e.rule === API_USER_NOT_API_RULE)
        ? [rt`The request logs in with another user name than ${code('api')} (${quote(evidence.find((e) => e.rule === API_USER_NOT_API_RULE)!.excerpt, EXCERPT_MAX)})${smtpPasswordAsKey(evidence.find((e) => e.rule === API_USER_NOT_API_RULE)!.excerpt)}: Mailgun's API takes the user name ${code('api')} and the API key as the password, as in ${code('auth=("api", API_KEY)')} or ${code("curl --user 'api:API_KEY'")}. ${apiKeyWhere()}`]
        : []),
      // The keys were rotated just before: the service still sends the old one.
      ...(evidence.some((e) => e.rule === KEY_ROTATED_RULE)
        ? [evidence.some((e) => e.rule === API_ON_VERCEL_RULE)
          // (a Vercel deployment keeps the variables it was built with: a restart does not exist there, a redeploy is needed)
          ? rt`The keys were rotated just before this: the deployment most likely still sends the old key, which Mailgun now refuses. In Vercel, Project → Settings → Environment Variables, set the key's variable to the new key for Production, then redeploy: a deployment keeps the values it was built with (${code('vercel env pull')} shows what the project holds now).`
          : facts.client === 'laravel'
          // (Laravel reads MAILGUN_SECRET through its config cache, and queued mail runs in workers that keep the old one)
          ? rt`The keys were rotated just before this: the app most likely still sends the old key, which Mailgun now refuses. Set ${code('MAILGUN_SECRET')} to the new key in the app's .env (or the host's environment settings), then run ${code('php artisan config:clear')} (and ${code('php artisan config:cache')} if the deploy caches it) and ${code('php artisan queue:restart')} (${code('php artisan horizon:terminate')} under Horizon): a cached config and running queue workers keep the old key.`
          : rt`The keys were rotated just before this: the service most likely still sends the old key, which Mailgun now refuses. ${rotatedKeyFix(evidence)}`]
        : []),
      // An EU domain's most common 401: its requests go to the US host, where neither the domain nor the key is known.
      // (not when they already go to the EU host: then the region is not what is wrong)
      // (beside a rotation, one sentence: the likely cause is known)
      ...(evidence.some((e) => e.rule === EU_API_HOST_RULE) && !evidence.some((e) => e.rule === US_API_HOST_RULE) && evidence.some((e) => e.rule === KEY_ROTATED_RULE)
        ? [rt`The requests go to the EU API host (${code(API_BASE.eu)}) already: for a domain in the EU region, the region is not the cause.`]
        : evidence.some((e) => e.rule === EU_API_HOST_RULE) && !evidence.some((e) => e.rule === US_API_HOST_RULE)
        ? [
            rt`The paste names the EU API host (${code(API_BASE.eu)}): if the failing call does not go there yet, send it there (an SDK takes it as an option: mailgun-go ${code('mg.SetAPIBase(mailgun.APIBaseEU)')}, mailgun.js ${code(`url: '${API_BASE.eu}'`)}); if it does, the region is not the cause for a domain in the EU region (a US domain's requests are refused there), and the key is.`,
          ]
        : facts.region !== 'eu' && evidence.some((e) => e.rule === KEY_ROTATED_RULE)
        // (the rotation is the likely cause: the region only a check)
        ? [rt`Only if the domain is in the EU region: its requests go to ${code(API_BASE.eu)}, not ${code(API_BASE.us)}, where an EU domain's requests are refused.`]
        // (the code sets the EU host already: where the request that failed was made, as the answer above says)
        : euHostSetYetUsCalled(facts, evidence)
        ? [rt`Find the client that made the failing request: log its base URL where it is created, and check that the build running is the one with the EU host set; the request must go to ${code(API_BASE.eu)}, not ${code(API_BASE.us)}.`]
        // (the paste's own setting sends it to the EU host already, `?region=eu`: the key is what to look at)
        : facts.region === 'eu' && evidence.some((e) => e.rule === ENV_PROCESSOR_RULE) && /[?&]region=eu\b/i.test(evidence.find((e) => e.rule === ENV_PROCESSOR_RULE)!.excerpt)
        ? [rt`The DSN already sends the requests to the EU host (${code('?region=eu')}), which an EU domain needs: the key is what Mailgun refused.`]
        : facts.region === 'eu'
        ? [rt`The domain is in the EU region: send its requests to ${code(API_BASE.eu)}, not ${code(API_BASE.us)}, where an EU domain's requests are refused. ${facts.client !== null && EU_API_SETTING[facts.client] ? EU_API_SETTING[facts.client]! : rt`An SDK takes the EU host as an option: mailgun-go ${code('mg.SetAPIBase(mailgun.APIBaseEU)')}, mailgun.js ${code(`url: '${API_BASE.eu}'`)} in the client's options, the PHP SDK ${code(`Mailgun::create($key, '${API_BASE.eu}')`)}.`}`]
        : [rt`Call the API host of the domain's region: ${code(API_BASE.us)}, or ${code(API_BASE.eu)} for EU domains.`]),
      // (not beside a rotation just before, which says what is wrong with the key; nor beside the user name found wrong, said above)
      ...(evidence.some((e) => e.rule === KEY_ROTATED_RULE)
        ? []
        : [...(evidence.some((e) => e.rule === API_USER_NOT_API_RULE) ? [] : [rt`With curl or plain HTTP, authenticate with the user name ${code('api')} and the API key as the password (an SDK does this itself).`]), ...(evidence.some((e) => e.rule === PUBLIC_KEY_RULE) || accountEndpointOnly(evidence) ? [] : [PUBLIC_KEY_STEP])]),
      // (a send beside a request that is not one: which failed, the paste may not say; "sending works, listing Routes fails" is the classic)
      ...(evidence.some((e) => e.rule === ACCOUNT_ENDPOINT_RULE) && !accountEndpointOnly(evidence) ? [rt`If the request that failed is not the send: ${ACCOUNT_KEY_REASON}`] : []),
      rt`If the key is unknown or has leaked, create a new one and delete the old one.`,
    ],
    elsewhere: {
      name: 'a rejected API key',
      what: (provider) => rt`${text(provider)}'s API refused the request (${code('401')} or ${code('403')}): the API key or token is missing, wrong or revoked.`,
      steps: (provider) => [rt`Send a valid ${text(provider)} API key or token, as its API documentation says; if it has leaked, create a new one and revoke the old one.`],
    },
  },
};

/**
 * Ghost's newsletter calls Mailgun's API with the key, domain and region kept in Ghost Admin's settings, not in a file or
 * a variable; its sign-in and invitation mail goes by config.production.json's SMTP login, a separate secret.
 */
function ghostApiKeySteps(facts: Facts, evidence: readonly Evidence[]): RichText[] {
  // (the public validation key pasted as the API key: that is the cause, not a rotation)
  const publicKey = evidence.some((e) => e.rule === PUBLIC_KEY_RULE && /pubkey-/i.test(e.excerpt));
  const rotated = !publicKey && evidence.some((e) => e.rule === KEY_ROTATED_RULE);
  const domain = safeDomain(facts.mailgunDomain);
  // (the EU host shown rules the region out only beside another cause shown, the public key, or an EU domain said so:
  // a US domain's key sent to the EU host is refused the same way)
  const euHostShown = evidence.some((e) => e.rule === EU_API_HOST_RULE) && !evidence.some((e) => e.rule === US_API_HOST_RULE) && (publicKey || facts.region === 'eu');
  const eu = facts.region === 'eu' || euHostShown;
  const settings = publicKey
    ? rt`Ghost keeps the newsletter's Mailgun settings in Ghost Admin: open ${label('Settings')}, ${label('Email newsletter')}, the Mailgun settings, and replace the ${code('pubkey-…')} value with the private API key (or a sending key${domain ? rt` of ${code(domain)}` : []}): the public validation key cannot send. Save.`
    : rt`Ghost keeps the newsletter's Mailgun settings in Ghost Admin, not in its config file or a variable: open ${label('Settings')}, ${label('Email newsletter')}, the Mailgun settings, paste the ${text(rotated ? 'new ' : '')}private API key${text(rotated ? ' (the keys were rotated just before this: Ghost still sends the old one)' : '')}, check the domain${domain ? rt` (${code(domain)})` : []}, and save.`;
  const region = euHostShown
    ? rt`Keep the region EU: the settings already call ${code(API_BASE.eu)}, so the region is not the cause.`
    : eu
    ? rt`In Ghost Admin's Mailgun settings, set the region to EU: the domain is in the EU region, and with US selected Ghost calls ${code(API_BASE.us)}, which refuses an EU domain's key.`
    : rt`In Ghost Admin's Mailgun settings, pick the domain's region (US or EU): with the other one, Ghost calls the other region's API host, which refuses the key.`;
  // (the region first where the paste shows an EU domain's calls going to the US host: the key may well be right)
  return [
    ...(euDomainAtUsHost(facts, evidence) ? [region, settings] : [settings, region]),
    rt`Then retry the newsletter that failed (Ghost Admin shows the failure on the post).`,
    rt`Ghost's sign-in links and invitations go by the SMTP login in ${code('config.production.json')}, a separate secret: that is why they may still work while the newsletter fails.`,
  ];
}

const DMARC_REMOVED_RULE = ruleName('dmarc-removed-said');
const OLD_LIST_RULE = ruleName('old-list-said');
const ROUTE_TO_URL_RULE = ruleName('route-forwards-to-url');

/** Where a From domain's DMARC record lives: a Mailgun-style `mg.` domain's at its parent, whose record covers its subdomains. */
const dmarcHome = (fromDomain: string | null): string | null => (fromDomain?.startsWith('mg.') ? fromDomain.slice(3) : fromDomain);

/** The DMARC record the paste says was removed: put back, since the refusal asks for one. */
function dmarcRecordBackStep(fromDomain: string | null, said: string): RichText {
  const domain = dmarcHome(fromDomain) ?? 'example.com';
  return rt`The paste says the DMARC record was removed (${quote(said, EXCERPT_MAX)}): that is the cause, since Outlook.com requires one. Put it back: a TXT record at ${code(`_dmarc.${domain}`)} such as ${code(`v=DMARC1; p=none; rua=mailto:dmarc@${domain}`)} (${code('p=none')} only reports; it refuses nothing, so it cannot cause trouble of its own).`;
}

/**
 * Publish a DMARC record for the From domain: at a Mailgun-style `mg.` domain's parent, whose record covers its
 * subdomains, and with reports to an address at that domain (not example.com's).
 */
function dmarcRecordStep(fromDomain: string | null): RichText {
  const domain = dmarcHome(fromDomain) ?? 'example.com';
  const covers = fromDomain !== null && domain !== fromDomain ? `; a record at the parent domain covers ${fromDomain} too` : '';
  return rt`If the From domain has no DMARC record, publish one: a TXT record at ${code(`_dmarc.${domain}`)} such as ${code(`v=DMARC1; p=none; rua=mailto:dmarc@${domain}`)} (${code('p=none')} only reports; it refuses nothing${text(covers)}).`;
}

/**
 * Someone writing to the domain, refused for the block list their own sending IP is on: theirs to clear with their mail
 * provider; the domain's own mail administrator can only let them through.
 */
function writerBlockedSteps(facts: Facts): RichText[] {
  const ip = BLOCKED_IP.exec(facts.serverMessage ?? '')?.[1];
  return [
    rt`Tell the sender that your mail server refused their message because the address their mail comes from${ip ? rt` (${code(ip)})` : []} is on a block list the refusal names: their IT or mail provider has to get it removed (the refusal links to the list's removal page). Until then they can write from another account.`,
    rt`Nothing is broken on your side, and Mailgun plays no part in mail sent to you. If this sender must reach you before the listing is lifted, your mail administrator can allow their address in your mail server's spam settings.`,
  ];
}

const ROOM_MADE_RULE = ruleName('room-made-said');
const DELIVERED_AFTER_RETRIES_RULE = ruleName('delivered-after-retries');
const SUPPRESSION_REMOVED_ELSEWHERE_RULE = ruleName('suppression-removed-elsewhere');

/** A full mailbox the paste says the recipient has made room in: the Bounces entry is all that still stops the mail. Null otherwise. */
function roomMadeSteps(facts: Facts, evidence: readonly Evidence[]): RichText[] | null {
  const said = evidence.find((e) => e.rule === ROOM_MADE_RULE);
  if (said === undefined) return null;
  const listed = facts.suppression === 'bounce' || permanentFailure(facts);
  return [
    rt`The paste says the recipient has made room (${quote(said.excerpt, EXCERPT_MAX)}): the full mailbox no longer stops the mail.`,
    ...(listed && throughMailgun(facts)
      ? [rt`Take the address off the domain's Bounces list now (Suppressions in the control panel, or ${code(`DELETE ${suppressionUrl(facts, 'bounce')}`)}): while it is listed, Mailgun drops new messages to it without trying. Then send the messages again: a permanent refusal is not retried.`]
      : [rt`Send the messages again: a refusal Mailgun gave up on is not retried by itself.`]),
  ];
}

/** A receiving server's verdict on the message itself ("likely unsolicited mail", Gmail's UnsolicitedMessageError): no list named. */
const SPAM_VERDICT = /\bunsolicited[ \t]+(?:mail|message|bulk|commercial)|\bUnsolicitedMessageError\b|\b(?:likely|looks[ \t]+like|identified[ \t]+as|considered|detected[ \t]+as|classified[ \t]+as|suspected)\b[^\n.]{0,15}\bspam\b|\bspam[ \t]+(?:content|score)\b/i;
/** Words of a listing or of the sending IP's standing: then it is a block, not a verdict on this message. */
const LISTING_WORDS = /\bblock[ \t-]?list|\bblacklist|\bdnsbl|\blisted\b|\breputation\b|\bbanned\b|\bblocked[ \t]+using\b/i;

/** The refusal judged the message itself as spam, naming no block list and no listing of the sending IP. */
function contentJudgedSpam(facts: Facts): boolean {
  const message = facts.serverMessage ?? '';
  return SPAM_VERDICT.test(message) && !LISTING_WORDS.test(message) && !BLOCK_LIST_ZONE.test(message);
}

/** What to do when the receiving server judged the message spam: nothing to lift; what is sent, and to whom, has to change. */
function spamVerdictSteps(facts: Facts, evidence: readonly Evidence[]): RichText[] {
  const bought = evidence.find((e) => e.rule === BOUGHT_LIST_RULE);
  const gmail = /\bgsmtp\b|google\.com\b|\bgmail\b/i.test(`${facts.serverMessage ?? ''} ${facts.mxHost ?? facts.host ?? ''}`);
  return [
    rt`The receiving server judged this message itself as unwanted mail (what it says, who it went to, how recipients treat the sender's mail): no block list is named, so there is no listing anyone can lift, and no login or Mailgun setting changes it.`,
    bought
      ? rt`The paste says the list was bought (${quote(bought.excerpt)}): that is the likeliest cause. Stop sending to it: bought addresses never asked for the mail, and bring unknown addresses, spam traps and complaints that lower the sending domain's standing with every provider. Send only to people who opted in.`
      : rt`Look at whom the mail went to (only people who asked for it: no bought, rented or long-unused lists) and at what it says; a sudden large send to many addresses of one provider is judged hardest.`,
    ...(gmail
      ? [rt`For Gmail, meet its rules for bulk senders: SPF and DKIM passing with a DMARC record for the From domain, one-click unsubscribe (the ${code('List-Unsubscribe')} header), and spam complaints under 0.3%; Google Postmaster Tools shows the domain's spam rate and reputation.`]
      : []),
  ];
}

/** What to do about a block-list or spam refusal: Microsoft's own list, or another; said plainly where the message names the list. */
/** A dedicated IP said new or not warmed up: no sending history, which a large mailbox provider refuses volume from. */
const COLD_IP_RULE = ruleName('dedicated-ip-cold');
const coldIpStep = (delist: RichText): RichText => rt`The IP is the sender's new dedicated IP, not yet warmed up: it has no sending history, and large mailbox providers refuse volume from such an IP. Warm it up: send only a small share of the mail from it at first (the most engaged recipients), sending the rest over Mailgun's shared IPs meanwhile, and raise its share over a few weeks (Mailgun support can set up the warm-up for a dedicated IP); ${delist}.`;

/** (`coldIp`: the paste says the dedicated IP is new or not warmed up) */
function blockedSteps(facts: Facts, coldIp: boolean): RichText[] {
  if (PORT_25_FILTER.test(facts.serverMessage ?? '')) {
    return [
      rt`Change the port to ${code(String(RECOMMENDED_PORT))} with STARTTLS (or ${code('2525')}, or ${code('465')} with TLS): providers leave those open, and Mailgun's SMTP host (${code(SMTP_HOST[regionOrDefault(facts.region)])}) takes mail on all of them.`,
      rt`Keep authentication on, with the domain's SMTP login and password: on the new port Mailgun asks for them as on 25.`,
      rt`Send the test again. Asking the provider to open port 25 is rarely worth it: submission ports are made for this.`,
    ];
  }
  const listNamed = BLOCK_LIST_ZONE.test(facts.serverMessage ?? '');
  // (the recipient side's own rule in its words, "blocked by the administrator's policy. Contact your IT department.", and no
  // list named: its administrator's to lift, no IP reputation to chase)
  if (!listNamed && RECIPIENTS_OWN_BLOCK.test(facts.serverMessage ?? '')) {
    return [
      rt`The message names the receiving side's own rule (${quote(facts.serverMessage!, EXCERPT_MAX)}), not a public block list: only their mail administrator can lift it. Ask the recipient to have their IT department allow the sender (the From address or its domain).`,
      rt`Nothing in Mailgun's setup or its IPs' reputation is named: chase a block list only if their administrator says the rule is one.`,
      ...(mailgunAccepted(facts) ? [] : [rt`If the mail went straight from the sender's own server (a VPS, an office line) rather than through Mailgun, send through Mailgun instead (SMTP with the domain's credentials, or the API).`]),
    ];
  }
  // (Microsoft 365's ban: only the IP's owner can ask for removal, at the delist portal the message names)
  if (M365_IP_BAN.test(facts.serverMessage ?? '')) {
    return [
      coldIp
        ? coldIpStep(rt`then ask for removal at ${code('https://sender.office.com/')}, the delist portal the message names`)
        : facts.dedicatedIp
        ? rt`The IP is the sender's dedicated IP: find the cause (complaints, a list that was not opted in, old addresses), fix it, then ask for removal at ${code('https://sender.office.com/')}, the delist portal the message names.`
        : mailgunAccepted(facts)
          ? rt`The IP is the one Mailgun delivered these messages from, one of its shared IPs unless you have a dedicated one: only its owner can ask Microsoft to lift the ban (at ${code('https://sender.office.com/')}), so send these events to Mailgun support; ask them about another IP pool or a dedicated IP if it keeps happening.`
          : rt`Whoever runs the sending IP asks Microsoft to lift the ban, at ${code('https://sender.office.com/')}, the delist portal the message names (on Mailgun's shared IPs, that is Mailgun support).`,
    ];
  }
  return (
    MICROSOFT_IP_BLOCK.test(facts.serverMessage ?? '')
      ? [
          rt`The list is Microsoft's own${MICROSOFT_BLOCK_CODE.test(facts.serverMessage ?? '') ? rt` (code ${code(MICROSOFT_BLOCK_CODE.exec(facts.serverMessage ?? '')![1]!)})` : []}, and it lists the sending IP, not your domain: no outside block list is involved, and nothing on the recipient's side can lift it.`,
          coldIp
            ? coldIpStep(rt`ask Microsoft to remove the IP with the sender support form its troubleshooting page links to, once the volume from it is low`)
            : facts.dedicatedIp
            ? rt`The IP is the sender's dedicated IP: find the cause (complaints, a list that was not opted in, old addresses), fix it, then ask Microsoft to remove the IP with the sender support form its troubleshooting page links to; Microsoft's SNDS shows the IP's standing.`
            : mailgunAccepted(facts)
              ? rt`The IP is one of Mailgun's sending IPs, shared by many senders unless you have a dedicated one: send this event to Mailgun support, who ask Microsoft to delist their IPs. Check your own complaints and list quality as well.`
              : rt`Whoever runs the sending IP asks Microsoft to remove it, with the sender support form its troubleshooting page links to (on Mailgun's shared IPs, that is Mailgun support).`,
        ]
      : [
        blockListStep(facts),
        // Mailgun delivered it: the listed IP is Mailgun's sending IP, which only Mailgun can get delisted.
        // (said plainly where the message names a public list: the IP it lists connected for this delivery)
        coldIp
          ? coldIpStep(rt`ask the list for removal on its page (the server's message links to it) once the volume is down`)
          : facts.dedicatedIp
          ? rt`${text(listNamed ? 'The listed address is' : 'If it names a block list and the listed address is')} the sender's dedicated IP: that listing is for this sender's own mail alone. Find the cause (a list that was not opted in, old addresses hitting spam traps, a compromised form or account), fix it, then ask for removal on the list's page (the server's message links to it); Mailgun support can help with the request.`
          : mailgunAccepted(facts)
          ? listNamed
            ? rt`The listed address is the IP Mailgun delivered this message from, one of its shared IPs (unless you have a dedicated one), which send for many customers: send the event to Mailgun support, who look after their IPs' listings; a dedicated IP keeps other senders' reputation off yours.`
            : rt`If it names a block list and the listed address is the sending IP of this Mailgun event (Mailgun's shared IPs send for many customers): send the event to Mailgun support, who look after their IPs' listings; a dedicated IP keeps other senders' reputation off yours. Check your own content and list quality as well.`
          // (the sender's own web server listed: a form or account abused to send spam, most often, not a list's quality)
          : ownServerSent(facts)
          ? rt`${text(listNamed ? 'Find' : 'If it names a block list: find')} why the server's IP was listed (a contact form or an account abused to send spam, a script, a neighbour on a shared host), stop it, then ask that list for removal.`
          : rt`${text(listNamed ? 'Fix' : 'If it names a block list: fix')} the cause (content, list quality, a compromised sender), then ask that list for removal.`,
        // (not beside a public block list the message names: no rule of the recipient's own is involved)
        ...(listNamed
          ? []
          : [rt`If the block is the recipient side's own (a filtering gateway's "User Entry", "blocked by the recipient", an administrative rule), only their mail administrator can lift it: ask the recipient to allow the sender.`]),
        ...(mailgunAccepted(facts)
          ? []
          : ownServerSent(facts)
          ? [rt`The ${text(facts.reportingMta !== null ? 'bounce' : 'log')} shows the mail went straight from the sender's own server${facts.reportingMta !== null ? rt` (${quoteAddress(facts.reportingMta)})` : []}, not through Mailgun, so the listed IP is that server's. Sending through Mailgun (SMTP with the domain's credentials, or the API) puts the mail on Mailgun's IPs, which this listing does not touch; the removal is still worth asking for, for the server's other mail.`]
          : [rt`If the mail went straight from the sender's own server (a VPS, an office line) rather than through Mailgun, big providers may not take mail from that IP at all: send through Mailgun instead (SMTP with the domain's credentials, or the API).`]),
      ]
  );
}

/** A refusal in the words of the recipient side's own rule: its administrator's policy, its IT department, a gateway's user entry. */
const RECIPIENTS_OWN_BLOCK = /\bblocked by (?:the |your |our )?(?:recipient|administrator|admin|organi[sz]ation)\b|\badministrator'?s policy\b|\bcontact your (?:it|helpdesk|help desk|system administrator|administrator)\b|\buser entry\b|\badministrative prohibition\b/i;

const OTHER_STEPS: RichText[] = [
  rt`Read the whole error message: it says what went wrong and where.`,
  rt`If you believe it is a relay problem after all, paste the full error with the lines around it.`,
];

/** A Route's endpoint answering an HTTP error: the same words, whichever rule saw it. */
const ROUTE_WEBHOOK_WHAT: RichText = rt`A Route sent the message on to a web address (its ${code('forward()')} or ${code('store(notify=...)')} URL), and the web server there answered with an HTTP error: that endpoint is yours (or your app's), and no mail server refused anything.`;

/** What an `other` error means, where its name alone (the headline) does not say it. */
const OTHER_WHAT: Readonly<Record<string, RichText>> = {
  'mail-accepted': rt`Nothing failed in these lines: the server took the message (a ${code('250')} answer, a sent or delivered status), so relaying through it works as it is set up now.`,
  'tls-mode-mismatch': rt`The client and the server disagree on when encryption starts: the client spoke TLS to a port that starts in plain text (or the reverse), so no SMTP conversation took place.`,
  'connection-failed': rt`The client never got an SMTP answer: no server refused anything, the connection itself failed.`,
  'plain-text-on-port-465': rt`Port ${code('465')} speaks TLS from its first byte, and the client is set to start in plain text there (to switch with STARTTLS later): each side waits for the other to speak first until the connection times out. No server answered anything, so nothing was refused for relaying.`,
  'firewall-blocked': rt`A firewall on the way dropped the connection to the mail server's port, so the client never got an SMTP answer: no mail server refused anything, whatever the firewall rule or its log message is called.`,
  'tls-required': rt`The server wants the connection encrypted (STARTTLS) before it goes on; nothing was refused for relaying.`,
  greylisted: rt`The receiving server asked for a retry later, as it does with senders it has not seen before.`,
  'mailgun-domain-disabled': rt`Mailgun has disabled the sending domain (or the account), usually after an abuse or compliance review, and refuses its mail until it is enabled again. It has nothing to do with relaying.`,
  'route-webhook-failed': ROUTE_WEBHOOK_WHAT,
  'route-webhook-http-error': ROUTE_WEBHOOK_WHAT,
  'quarantine-digest-lure': rt`These are messages a spam filter held back from the mailbox, listed with its verdict (spam, phishing): a subject in relay words is bait, not a server's answer. Nothing the person sent was refused.`,
  'phishing-lure': rt`This is a phishing mail dressed as a relay refusal: a real refusal comes back as a bounce of a message you sent, and never asks you to log in somewhere to lift it.`,
};

/** What to do about it, whichever rule saw it. */
const ROUTE_WEBHOOK_ADVICE: RichText[] = [
  rt`Check the endpoint the URL names: its logs for Mailgun's request, that the path still exists after a deploy (a ${code('404')}), and that the app behind its proxy is up (a ${code('502')} or ${code('503')}).`,
  rt`Mailgun retries a Route's POST that gets an error for a while (the event says temporary, with its retry); only a ${code('406 Not Acceptable')} answer tells it not to retry. Once the endpoint answers ${code('200')}, the next retry gets through.`,
];

/** What to do for each error the `other` rules name (rules/kinds/other.ts), by rule id. */
/** Where a client sets when TLS starts, in its own words: the fix for a TLS mode that does not match the port. */
const CLIENT_TLS_SETTING: Partial<Record<ClientId, RichText>> = {
  'uptime-kuma': rt`in the notification's SMTP settings, Security "None / STARTTLS (25, 587)" with port ${code('587')}, or "TLS (465)" with port ${code('465')}`,
  nodemailer: rt`${code('secure: false')} with port ${code('587')} (STARTTLS), or ${code('secure: true')} with port ${code('465')}`,
  phpmailer: rt`${code("SMTPSecure = 'tls'")} with port ${code('587')} (STARTTLS), or ${code("SMTPSecure = 'ssl'")} with port ${code('465')}`,
  wordpress: rt`in the SMTP plugin's settings, Encryption "TLS" with port ${code('587')}, or "SSL" with port ${code('465')}`,
  'mail-program': rt`in the outgoing server's settings, Connection security "STARTTLS" with port ${code('587')}, or "SSL/TLS" with port ${code('465')}`,
};

const OTHER_ADVICE: Readonly<Record<string, RichText[]>> = {
  'mailgun-domain-disabled': [
    rt`Only Mailgun can enable it again: the account owner answers Mailgun support's (or its compliance team's) message about why, after fixing the cause (leaked credentials, a compromised website or form, the content sent).`,
    rt`If the SMTP credentials or API keys may have leaked, replace them before asking: a domain enabled again with the same leaked key is disabled again.`,
  ],
  'route-webhook-failed': ROUTE_WEBHOOK_ADVICE,
  'route-webhook-http-error': ROUTE_WEBHOOK_ADVICE,
  'quarantine-digest-lure': [
    rt`Leave those messages in quarantine (or delete them): do not release them or open their links.`,
    rt`To see whether the person's own mail fails, look at the sending domain's failed events in Mailgun's logs, not at this digest.`,
  ],
  'phishing-lure': [
    rt`Do not click the link or enter any password; delete the mail (or report it as phishing). If anyone already entered a Mailgun password there, change it, and the domain's SMTP passwords and API keys, at once.`,
    rt`To see the account's real state, open the Mailgun control panel by typing its address, not through the mail: a suspended domain shows there.`,
  ],
  'recipient-domain-unknown': [
    rt`Check the recipient's domain for a typo: it has no mail server (no MX or A record) that accepts mail.`,
    rt`If the domain is right, its owner has to publish MX records; nothing on the sending side can fix it.`,
  ],
  'mail-accepted': [
    rt`If a recipient still says nothing arrived, look the message up in the sending service's logs (in Mailgun: Logs, or the Events API): ${code('delivered')} means the recipient's server accepted it (ask them to check spam or quarantine); ${code('failed')} shows that server's own reason.`,
    rt`If the question is about an error seen somewhere else, paste that error with the lines around it.`,
  ],
  'mailgun-api-bad-request': [
    rt`Mailgun's API read the request and refused one of its fields, as its message says: no mail was sent, so no server refused anything, and no SMTP login or Route is involved. Fix that field and send the request again.`,
    rt`If it is ${code('from')}: it takes a plain address (${code('reports@mg.example.com')}) or a name with the address in angle brackets, both brackets there (${code('"Nightly ETL <reports@mg.example.com>"')}); check what the variable holds where the request is made.`,
  ],
  'mailgun-domain-unknown': [
    rt`Check the sending domain's name in the API call: it must be the domain exactly as it is listed in the Mailgun account (often a subdomain such as ${code('mg.example.com')}).`,
    rt`Call the API host of the domain's region: ${code(API_BASE.us)}, or ${code(API_BASE.eu)} for a domain in the EU region (each region knows only its own domains).`,
  ],
  'mail-loop': [
    rt`Look for two forwards that point at each other: a Route's ${code('forward()')} to a mailbox that forwards its mail back to the address the Route takes (a mailbox rule, or a forward set in Microsoft 365 or Gmail). Remove one of them, or forward to an address the Route does not take.`,
  ],
  'message-too-large': [
    rt`Send a smaller message: link to large files instead of attaching them, as the receiving server sets its own size limit.`,
  ],
  'delivery-expired': [
    rt`The receiving server kept answering with temporary errors until the retries ran out: look at the earlier attempts' messages for the reason.`,
    rt`If the recipient's server was down, send again once it is back.`,
  ],
  'tls-required': [
    rt`Turn on STARTTLS in the sending application (port ${code('587')} with STARTTLS, or ${code('465')} with implicit TLS where the client supports it), then authenticate.`,
  ],
  greylisted: [
    rt`Nothing to fix: the receiving server asks unknown senders to retry later, and a sending server that retries (Mailgun does) gets through on a later attempt.`,
    rt`Only if it never gets through after some hours is anything wrong.`,
  ],
  'tls-mode-mismatch': [
    rt`Match the TLS setting to the port: port ${code('465')} uses TLS from the first byte (implicit TLS: "SSL/TLS", ${code('secure: true')}, ${code('smtp_tls = true')}), while ${code('587')}, ${code('2525')} and ${code('25')} start in plain text and switch with STARTTLS (${code('secure: false')} or "STARTTLS", with STARTTLS turned on).`,
    rt`Then make sure the client logs in with the domain's SMTP credentials.`,
  ],
  'firewall-blocked': [
    rt`Allow the sending host's outgoing connections to the mail server and its port (for Mailgun, ${code(SMTP_HOST.us)} or ${code(SMTP_HOST.eu)} on ${code('587')}, or ${code('2525')}) in the firewall's policy; the log lines show which rule dropped them.`,
    rt`Then send again: once the connection opens, the client talks to the mail server and logs in as usual.`,
  ],
  'connection-failed': [
    rt`The sending side could not reach the server: check the host name and the port, and whether a firewall or the hosting provider blocks outgoing SMTP (port ${code('25')} often is; use ${code('587')} or ${code('2525')}).`,
  ],
  'tls-certificate-mismatch': [
    rt`The client checks that the server's certificate names the host it connected to. Mailgun's names only ${code('*.mailgun.org')}: a host name of your own that points at Mailgun (a CNAME) fails that check, so connect to ${code(SMTP_HOST.us)} (or ${code(SMTP_HOST.eu)} for an EU domain) by its own name.`,
    rt`For another server, use the exact host name its certificate is issued for. Do not switch the certificate check off to get past this.`,
  ],
};

/** Exchange Online's directory-based edge blocking: "5.4.1 Recipient address rejected: Access denied". */
const EXCHANGE_DIRECTORY_BLOCK = /(?<![\d.])5\.4\.1(?![\d.])[^\n]{0,80}access denied/i;

/** .NET's System.Net.Mail.SmtpClient speaks only STARTTLS: on port 465 (implicit TLS) it waits until it times out. */
const DOTNET_IMPLICIT_TLS = rt`If it connects to port ${code('465')}: .NET's ${code('System.Net.Mail.SmtpClient')} never works there. It only starts TLS with STARTTLS, so on 465 it waits until it times out. Use port ${code(String(RECOMMENDED_PORT))} with ${code('EnableSsl = true')} (or MailKit, which supports 465).`;

/** A connection to Mailgun's SMTP host on port 25 that never opened. */
const PORT_25_BLOCKED = rt`The paste connects to Mailgun on port ${code('25')}, which many networks block or throttle for outgoing connections (hosting and cloud providers, hotel, airport and home internet lines): use port ${code(String(RECOMMENDED_PORT))} with STARTTLS, or ${code('2525')}, logging in with the domain's SMTP credentials. Mailgun takes mail on all three.`;

/** What each client sets for port 465's TLS from the start, and for STARTTLS on 587 instead: its own setting names. */
const IMPLICIT_TLS_SETTING: Partial<Record<ClientId, RichText>> = {
  nodemailer: rt`Set ${code('secure: true')} in the transport beside ${code('port: 465')}, or leave ${code('secure')} out (nodemailer then takes TLS from the start on 465): ${code('secure: false')} starts in plain text. Or keep ${code('secure: false')} and use port ${code('587')}, where nodemailer switches to TLS with STARTTLS.`,
  phpmailer: rt`Set ${code('SMTPSecure = PHPMailer::ENCRYPTION_SMTPS')} (${code("'ssl'")}) with ${code('Port = 465')}. Or keep ${code("'tls'")} (STARTTLS) and use port ${code('587')}.`,
  wordpress: rt`In the SMTP plugin's settings, set Encryption to SSL for port ${code('465')}. Or keep TLS (STARTTLS) and set the port to ${code('587')}.`,
  django: rt`Set ${code('EMAIL_USE_SSL = True')} and ${code('EMAIL_USE_TLS = False')} for port ${code('465')} (Django refuses both at once). Or keep ${code('EMAIL_USE_TLS = True')} and set ${code('EMAIL_PORT = 587')}.`,
  'python-smtplib': rt`Connect with ${code("smtplib.SMTP_SSL(host, 465)")} and drop the ${code('starttls()')} call. Or keep ${code('smtplib.SMTP')} with ${code('starttls()')} on port ${code('587')}.`,
  gitlab: rt`In ${code('/etc/gitlab/gitlab.rb')} set ${code("gitlab_rails['smtp_tls'] = true")} and ${code("gitlab_rails['smtp_enable_starttls_auto'] = false")}, then run ${code('sudo gitlab-ctl reconfigure')}. Or set ${code("gitlab_rails['smtp_port'] = 587")} and keep STARTTLS.`,
  'ruby-net-smtp': rt`In the SMTP settings, set ${code('tls: true')} (TLS from the start) for port ${code('465')} and drop ${code('enable_starttls_auto')}; with Net::SMTP itself, call ${code('enable_tls')} before ${code('start')}. Or use port ${code('587')} with STARTTLS.`,
  'jakarta-mail': rt`Set ${code('mail.smtp.ssl.enable=true')} (and not ${code('mail.smtp.starttls.enable')}) for port ${code('465')}. Or keep STARTTLS and use port ${code('587')}.`,
  mailkit: rt`Connect with ${code('SecureSocketOptions.SslOnConnect')} on port ${code('465')}. Or keep ${code('SecureSocketOptions.StartTls')} and use port ${code('587')}.`,
  msmtp: rt`Set ${code('tls on')} and ${code('tls_starttls off')} for port ${code('465')}. Or keep ${code('tls_starttls on')} and set ${code('port 587')}.`,
  'go-net-smtp': rt`Use port ${code('587')} with ${code('smtp.SendMail')}, which switches to TLS with STARTTLS by itself. Or, for port ${code('465')}, connect with ${code('tls.Dial("tcp", host+":465", &tls.Config{ServerName: host})')}, hand the connection to ${code('smtp.NewClient')}, then call ${code('Auth')}, ${code('Mail')}, ${code('Rcpt')} and ${code('Data')} on that client: ${code('smtp.SendMail')} cannot speak 465.`,
  postfix: rt`In ${code('main.cf')} set ${code('smtp_tls_wrappermode = yes')} and ${code('smtp_tls_security_level = encrypt')} for a relayhost on port ${code('465')}, then ${code('postfix reload')}. Or set the relayhost's port to ${code('587')} (the same ${code('[host]:port')} in sasl_passwd), where Postfix uses STARTTLS.`,
};

/** The fix for a client starting in plain text on port 465: its own TLS setting, then the test. */
function implicitTlsSteps(facts: Facts, evidence: Evidence[]): RichText[] {
  const setting = evidence.find((e) => e.rule === PLAIN_TEXT_ON_465_RULE)?.excerpt;
  const own = facts.client ? IMPLICIT_TLS_SETTING[facts.client] : undefined;
  return [
    ...(setting ? [rt`The paste's settings: ${quote(setting, MESSAGE_MAX)}: port ${code('465')}, with TLS to be started later or not at all.`] : []),
    own ?? rt`Match the TLS setting to the port: TLS from the start ("SSL/TLS", implicit TLS) for port ${code('465')}; or port ${code('587')} with STARTTLS.`,
    rt`Then send a test: once the TLS mode matches the port, the server answers and checks the login as usual.`,
  ];
}

function otherSteps(named: string | null, { facts, evidence }: Diagnosis): RichText[] {
  const id = named ? OTHER_RULE_IDS.get(named) : undefined;
  if (id === 'plain-text-on-port-465') return implicitTlsSteps(facts, evidence);
  const advice = (id && OTHER_ADVICE[id]) || OTHER_STEPS;
  // (a client whose TLS setting has its own name: that setting first, in its words)
  const tlsSetting = id === 'tls-mode-mismatch' && facts.client !== null ? CLIENT_TLS_SETTING[facts.client] : undefined;
  if (tlsSetting) return [rt`Match the TLS setting to the port: ${tlsSetting}. A password or login change plays no part in this error: no SMTP conversation took place.`, ...advice.slice(1)];
  const timedOut = evidence.some((e) => /timed out/i.test(e.excerpt));
  // (Python's smtplib logs in before starttls() when the script forgets it: "SMTP AUTH extension not supported by server")
  if (id === 'tls-required' && facts.client === 'python-smtplib') return [PYTHON_STARTTLS_FIRST];
  if (id !== 'connection-failed') return advice;
  if (facts.client === 'dotnet-smtpclient' && timedOut) return [DOTNET_IMPLICIT_TLS, ...advice];
  // (the paste's own port 25 to Mailgun's SMTP host: the port is the likely fix, not a search through the settings)
  return facts.smtpPort === 25 && facts.hostRole === 'mailgun-smtp' ? [PORT_25_BLOCKED, ...advice.slice(1)] : advice;
}

/** A content filter's refusal: "Message rejected due to content restrictions", "unacceptable content", "attachment type that is blocked". */
/** A header a malformed message carries twice, in the server's words ("There are multiple From headers"). */
const REPEATED_HEADER = /\bmultiple '?(?:From|Date|Sender|To|Subject)'? headers\b/i;
/** The header a malformed message lacks, in the server's words ("'From' header is missing"). */
const MISSING_HEADER = /\b(From|Date|Message-ID|Subject)'? header is missing\b/i;
const CONTENT_FILTER = /\bcontent (?:restrictions?|filter)|\bunacceptable content\b|\bcontent presents a potential\b|\b(?:link|attachment)s?\b[^\n.]{0,60}\bblocked\b/i;

const PYTHON_STARTTLS_FIRST = rt`In Python's smtplib, call ${code('s.starttls()')} and then ${code('s.ehlo()')} before ${code('s.login(...)')} on port ${code('587')} (or connect with ${code('smtplib.SMTP_SSL(host, 465)')}): Mailgun offers the login only once the connection is encrypted, so the login and password themselves are not the problem.`;

/**
 * HTTP's 429 Too Many Requests: an API throttled the calls, not a receiving server. (A mail server's
 * "421 4.7.28 ... [429]" or "said: 429 4.7.28" names a host or a status code: it is SMTP.)
 */
function httpThrottled(facts: Facts): boolean {
  const message = facts.serverMessage ?? '';
  return (facts.replyCode === 429 || /\b429\b/.test(message)) && /too many requests/i.test(message) && facts.enhancedCode === null && facts.mxHost === null && facts.hostRole !== 'other';
}

/**
 * Mailgun's own limit on how fast the domain sends: its SMTP host throttled the session, or the refusal names the Mailgun
 * sending domain itself ("421 4.7.0 Rate limit exceeded for domain mg.example.com"), not a recipient's provider.
 */
function mailgunSendingLimit(facts: Facts): boolean {
  const message = facts.serverMessage ?? '';
  // (Mailgun's host: a limit on the rate of sending, not on connections from one IP, "Too many concurrent connections")
  if (facts.hostRole === 'mailgun-smtp') return /\b(?:rate|sending)[ \t]+limit|\bquota\b/i.test(message) && !/\bconnections?\b/i.test(message);
  const named = /\bfor (?:the )?domain[ \t]+["'<]?([a-z0-9.-]+\.[a-z]{2,})/i.exec(facts.serverMessage ?? '')?.[1]?.toLowerCase();
  return facts.hostRole !== 'other' && facts.mailgunDomain !== null && named === facts.mailgunDomain.toLowerCase();
}

/** The rule ids of the `other` errors, by the name a diagnosis gives them. */
const OTHER_RULE_IDS = new Map(RULES.filter((rule) => rule.target === 'kind:other').map((rule) => [rule.name, rule.id]));

/** Mailgun's own suppressions: event reason `suppress-…`, or codes 605 (bounce), 606 (unsubscribe), 607 (complaint). */
function suppressed(facts: Facts): boolean {
  return facts.suppression !== null || (facts.reason?.startsWith('suppress-') ?? false) || [605, 606, 607].includes(facts.replyCode ?? 0);
}

function suppressionSteps(facts: Facts, evidence: readonly Evidence[]): RichText[] {
  const shown = facts.suppression;
  // (removed under another domain than the sending one: that domain's list was cleared, not the one this mail goes out from)
  const removedAt = evidence.find((e) => e.rule === SUPPRESSION_REMOVED_ELSEWHERE_RULE)?.excerpt;
  const sending = safeDomain(facts.mailgunDomain);
  if (removedAt && sending) {
    return [
      rt`The entry removed was ${quoteAddress(removedAt)}'s: suppressions are kept per sending domain, and this message went out from ${quoteAddress(sending)}, whose ${text(SUPPRESSION_LISTS[shown ?? 'bounce'].list)} list still holds the address.`,
      rt`Remove it there: in the control panel with ${quoteAddress(sending)} selected, or with ${code(`DELETE ${suppressionUrl(facts, shown ?? 'bounce')}`)}. Then send the message again: Mailgun dropped it and does not retry a suppressed message.`,
    ];
  }
  return [
    shown
      ? rt`Mailgun did not try to deliver: the address is on the domain's ${text(SUPPRESSION_LISTS[shown].list)} list, after ${text(SUPPRESSION_LISTS[shown].why)}.`
      : rt`Mailgun did not try to deliver: the address is on the domain's suppression list after an earlier hard bounce, an unsubscribe or a spam complaint.`,
    shown
      ? rt`Look it up in the control panel's Suppressions, or with the API: ${code(`GET ${suppressionUrl(facts, shown)}`)}.`
      : rt`Look the address up in the domain's suppression lists (bounces, unsubscribes, complaints) in the Mailgun control panel, or with the API: ${code(`GET ${suppressionUrl(facts, 'bounce')}`)} (likewise ${code('/unsubscribes/')} and ${code('/complaints/')}).`,
    rt`Remove it only if you know the address works again (or the person asked to receive mail): sending to bad addresses hurts the domain's reputation. In the control panel, or with ${code(`DELETE ${suppressionUrl(facts, shown ?? 'bounce')}`)}${text(shown ? '' : ' (on the list it is on)')}.`,
  ];
}

/** How mail sent through a Mailgun subdomain aligns with a From address on the parent domain (DMARC's relaxed alignment). */
const DMARC_ALIGNMENT = rt`Through Mailgun, DKIM is signed for the sending domain (such as ${code('mg.example.com')}). With DMARC's default relaxed alignment that also covers a From address at the parent domain (${code('you@example.com')}), once the sending domain's DKIM record is verified in Mailgun. If the DMARC record says ${code('adkim=s')} (strict), send From an address at the sending domain itself, or sign with DKIM for the From domain.`;

/** Outlook.com's 5.7.515 for senders whose domain does not pass SPF, DKIM and DMARC ("... doesn't meet the required authentication level"). */
const OUTLOOK_AUTHENTICATION_LEVEL = /(?<![\d.])5\.7\.515(?![\d.])|required authentication level/i;

/** The domain Outlook names in a 5.7.515 ("sending domain [RIVERTAP.APP]"), in lower case. */
function outlookSendingDomain(message: string): string | null {
  // (with or without the brackets: "sending domain FERNHOLLOW.EXAMPLE doesn't meet ...")
  // (the whole name, its other letters too, "mg.kaffeerösterei-berg.de": none rather than one cut at its first ö)
  const domain = /sending domain \[?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10})(?![\p{L}\d-])\]?/iu.exec(message)?.[1];
  return domain ? domain.toLowerCase() : null;
}

/**
 * The sender's own mail server delivered straight to the refusing server (its log shows the delivery, no
 * Mailgun host, no relay): Mailgun's SPF include and DKIM signature had no part in this message.
 */
/** The sender's own server wrote the bounce of its own delivery (Sendmail or Postfix on a web server), not Mailgun's, which the mail never met. */
function ownServerSent(facts: Facts): boolean {
  return deliveredDirectly(facts) || (facts.source === 'bounce-email' && facts.reportingMta !== null && !facts.reportingMta.includes('mailgun') && facts.client !== null && SERVER_MTAS.has(facts.client) && facts.hostRole === 'other' && facts.mailgunDomain === null && !facts.senderRelay && !facts.provider && !throughMailgun(facts));
}

function deliveredDirectly(facts: Facts): boolean {
  return facts.source === 'mta-log' && facts.client !== null && SERVER_MTAS.has(facts.client) && facts.hostRole === 'other' && !facts.senderRelay && !facts.provider && !throughMailgun(facts);
}

/** A failed SPF check (its name, or 5.7.23), with neither DMARC nor DKIM named and not "SPF pass". */
/** Gmail refused mail that passed neither SPF nor DKIM: the checked domain's records in Mailgun, or the mail did not go through Mailgun. */
function gmailUnauthenticatedSteps(facts: Facts): RichText[] {
  const domain = gmailCheckedDomain(facts.serverMessage ?? '') ?? facts.mailgunDomain?.toLowerCase() ?? null;
  return [
    rt`In Mailgun, open the sending domain's DNS records (Send → Sending → Domains → ${text(domain ?? 'your domain')}): the SPF record (a TXT record with ${code('include:mailgun.org')}) and the DKIM record must be published at your DNS host exactly as shown there, and both must show as verified (click Verify after a change; DNS can take a while to update).`,
    deliveredDirectly(facts)
      ? rt`The log shows the sender's own mail server delivering straight to Gmail, not through Mailgun, so Mailgun's records do not cover this mail: that server's IP address must be in the domain's SPF record, or it must sign with DKIM, or send through Mailgun (${code(`${SMTP_HOST[regionOrDefault(facts.region)]}:587`)} with the domain's SMTP login).`
      // (Mailgun's own report of the delivery: it left through Mailgun, so with another domain of the account, or before the records verified)
      : mailgunAccepted(facts)
      ? rt`If both already show as verified, check that the application sends with ${text(domain ?? 'that domain')} itself, not with another domain of the Mailgun account (its API URL or SMTP login names the domain), and click Verify again: this message went out through Mailgun, which signs each message with the domain it was sent with.`
      : rt`If both already show as verified, this message did not leave through Mailgun with that domain: check the host and the login the application sends with (mail from another server's IP address is covered by neither record).`,
    rt`Then send it again: Gmail checks each message as it arrives, so nobody needs to lift anything on their side.`,
  ];
}

function spfAlone(message: string): boolean {
  return /\bspf\b|sender policy framework|(?<![\d.])5\.7\.23(?![\d.])/i.test(message) && !/\b(?:dmarc|dkim)\b|(?<![\d.])5\.7\.26(?![\d.])|\bspf[ =:]*pass/i.test(message);
}

/** The server's message names a sender authentication check (DMARC, SPF, DKIM, Gmail's 5.7.26, 5.7.23 for SPF). */
// (Outlook's 5.7.515: "Access denied, sending domain ... does not meet the required authentication level")
const AUTHENTICATION_CHECK = /\b(?:dmarc|spf|dkim)\b|sender policy framework|(?<![\d.])5\.7\.(?:23|26|515)(?![\d.])|authentication level/i;

/**
 * A submission server that lets each login send only as its own addresses refused the From address:
 * Postfix's reject_sender_login_mismatch ("Sender address rejected: not owned by user a@b"), Exim's and
 * others' "sender ... not (owned|authorized)". The sender's own server, so the fix is the sender's.
 */
const SENDER_LOGIN_MISMATCH = /\bnot owned by user\b|sender login mismatch/i;
/** Postfix's "Sender address rejected: not logged in": the sender's address belongs to a login, and the client sent none. */
const SENDER_NOT_LOGGED_IN = /\bsender address rejected: not logged in\b/i;

/** A receiving server's own access rule (Postfix's check_recipient_access: "Access denied"), not an authentication check. */
function accessRule(facts: Facts): boolean {
  const message = facts.serverMessage ?? '';
  // (not Postfix's "Sender address rejected: not owned by user", which the sender fixes)
  // (Exchange's delivery restrictions of a group or mailbox: "RESOLVER.RST.NotAuthorized", "do not have permission to send to this recipient")
  // (and 5.7.133's "RESOLVER.RST.SenderNotAuthenticatedForGroup": a group that takes mail only from its own organization's senders)
  return (/access denied|\bRESOLVER\.RST\.(?:NotAuthorized|AuthRequired|DLNeedsSenderRestrictions|SenderNotAuthenticatedForGroup)\b|do not have permission to send to this recipient|sender not authenticated for the group/i.test(message)) && !AUTHENTICATION_CHECK.test(message);
}

function notRelayingDenied(diagnosis: Diagnosis): Content {
  const { kind, facts } = diagnosis;
  const content = kind === null || kind === 'other' ? null : KIND_CONTENT[kind];
  const provider = facts.provider ? PROVIDER_NAMES[facts.provider] : null;
  // Through another provider, its own words replace Mailgun's (a 535 from SES is no Mailgun login).
  const elsewhere = provider ? content?.elsewhere : undefined;
  const named = content ? null : otherErrorName(diagnosis);
  const what =
    (provider && elsewhere?.what ? elsewhere.what(provider) : null) ??
    (typeof content?.what === 'function' ? content.what(facts, diagnosis.evidence) : content?.what) ??
    (named ? (OTHER_WHAT[OTHER_RULE_IDS.get(named) ?? ''] ?? rt`${text(named)}.`) : rt`The text doesn't show a server refusing to relay mail.`);
  const summary: RichText[] = [rt`This is not a Relaying Denied error. ${what}`];
  // A refusal on the recipient's side is fixed there, whoever delivered; the rest in the provider's settings.
  if (provider) {
    summary.push(
      kind === 'unknown-user' || kind === 'mailbox-full' || kind === 'blocked' || kind === 'rate-limit'
        ? rt`The mail went through ${text(provider)}, not Mailgun.`
        // (the sending said moved to Mailgun: the program still names the old provider's server, which is the fix)
        : movingToMailgun(diagnosis.evidence)
        ? rt`The mail still went through ${text(provider)}, not Mailgun, although the paste says the sending ${text(MOVE_UNDER_WAY.test(diagnosis.evidence.find((e) => e.rule === MOVED_TO_MAILGUN_RULE)!.excerpt) ? 'is moving' : 'moved')} to Mailgun: the program's settings still name ${text(provider)}'s server${facts.host ? rt` (${code(facts.host)})` : []}, and nothing at Mailgun needs turning on. To send through Mailgun, point them at ${code('smtp.mailgun.org')} (${code('smtp.eu.mailgun.org')} for an EU domain), port 587, with the domain's SMTP login and password${facts.client === 'wordpress' ? rt` (or pick the plugin's Mailgun mailer, with an API key)` : []}; ${text(provider)}'s refusal then no longer matters. The steps below are only for sending through ${text(provider)} after all.`
        : rt`The mail went through ${text(provider)}, not Mailgun: the fix is in your ${text(provider)} settings, not in Mailgun's.`,
    );
  }
  // (a bare "401" says nothing the explanation does not)
  if (facts.serverMessage && /[a-z]{3}/i.test(facts.serverMessage)) {
    // "connect ECONNREFUSED 127.0.0.1:587" is the client's report: no server said anything.
    // (nor does a client that stalled on port 465's TLS: whatever status its log line gives, no server spoke)
    const fromServer = SERVER_CODE.test(facts.serverMessage) && !(named && OTHER_RULE_IDS.get(named) === 'plain-text-on-port-465');
    summary.push(rt`${text(fromServer ? 'The server said' : 'The error shown')}: ${quote(facts.serverMessage, MESSAGE_MAX)}`);
    // (asked whether it is a relay refusal, often for its 5.7.1: the answer, and why the code does not settle it)
    if (fromServer && !/relay/i.test(facts.serverMessage) && diagnosis.evidence.some((e) => e.rule === RELAY_ASKED_RULE)) {
      // (5.7.1 is the code people take for a relay refusal: another 5.7.x, a login's 5.7.0, needs no word on it)
      const policyCode = facts.enhancedCode === '5.7.1' ? facts.enhancedCode : null;
      summary.push(rt`A relay refusal says so in its words ("Relaying denied", "Relay access denied", "Unable to relay"), and these do not${text(policyCode ? `. The ${policyCode} alone does not make one: servers give 5.7.x codes to every refusal on grounds of permission or policy, block lists, sender rules and logins as well as relaying` : '')}.${kind === 'auth-failure' && facts.replyCode === 535 ? rt` A ${code('535')} is the other side of it: the login was sent and refused, where Mailgun's "Relaying denied" comes when none was sent.` : []}`);
    }
  }
  // (a page of events whose relay refusal for another address was retried and delivered: the question the person came with)
  const recovered = diagnosis.evidence.find((e) => e.rule === RECOVERED_RELAY_RULE);
  if (recovered) summary.push(rt`The relay refusal on the page, for ${quoteAddress(recovered.excerpt)}, was temporary: Mailgun retried and delivered the message, so that one needs nothing.`);
  // (every refusal on the page a temporary one, ended by the address's delivery: the message arrived)
  const deliveredAfterRetries = diagnosis.evidence.find((e) => e.rule === DELIVERED_AFTER_RETRIES_RULE);
  if (deliveredAfterRetries) summary.push(rt`Delivered in the end: the paste shows a delivered event for ${quoteAddress(deliveredAfterRetries.excerpt)} after these temporary refusals, so Mailgun's retries got it through. Nothing needs resending (a resend arrives twice); if the recipient cannot find it, it is in their mailbox or its spam folder.`);
  // (the refused mailbox, when the server's words do not name it)
  if ((kind === 'unknown-user' || kind === 'mailbox-full') && facts.recipient && !facts.serverMessage?.toLowerCase().includes(facts.recipient)) {
    summary.push(rt`Recipient: ${quoteAddress(facts.recipient)}`);
  }
  const advice = [...providerAdvice(diagnosis), ...forwardAdvice(diagnosis)];
  const portFiltered = kind === 'blocked' && PORT_25_FILTER.test(facts.serverMessage ?? '');
  // (an earlier bounce beside Mailgun's suppression of the address: the suppression is why later mail fails at once)
  const steps = deliveredAfterRetries
    ? [
      rt`Nothing to do for this message: it was delivered. The refusals before the delivery were temporary, and a temporary refusal never puts an address on the Bounces list.`,
      // (greylisting's delay: only the receiving side can lift it)
      ...(/grey[ \t-]?list/i.test(facts.serverMessage ?? '') ? [rt`The minutes between were the greylisting's delay, Mailgun retrying as it should. To end it for good, the recipient's mail administrator can let Mailgun's sending IPs or the sending domain past their greylisting (postgrey's whitelist, for one); nothing on the sending side shortens it.`] : []),
    ]
    : content
    ? [
        ...content.steps(facts, diagnosis.evidence),
        // (an unknown mailbox, or a full one refused for good, is a hard bounce: the sender's suppression list
        // keeps it once the mailbox takes mail again, so a message sent again is dropped)
        // (not after a provider's port-25 filter: the message never reached Mailgun, whose host the paste names)
        // (a mailbox the recipient has made room in: its steps take the address off the list already)
        ...(kind === 'mailbox-full' && roomMadeSteps(facts, diagnosis.evidence) !== null ? [] : facts.suppression ? [suppressionShown(facts, facts.suppression, kind)] : (kind === 'unknown-user' || kind === 'mailbox-full' || kind === 'blocked') && !portFiltered ? suppressionAfter(facts, permanentFailure(facts), throughMailgun(facts), kind) : []),
      ]
    : suppressed(facts) ? suppressionSteps(facts, diagnosis.evidence) : otherSteps(named, diagnosis);
  const sections: ReplySection[] = [
    // The provider's own advice, when its refusal is one it is known for, says it better than the general steps.
    { heading: 'What to do', paragraphs: [], steps: advice.length > 0 ? advice : provider && elsewhere ? elsewhere.steps(provider) : steps },
  ];
  if (content?.credentialSteps && !provider) {
    sections.push({
      heading: 'Where to find the SMTP credentials',
      paragraphs: euCredentials(facts),
      uiSteps: smtpCredentialSteps(safeDomain(facts.mailgunDomain)),
    });
  }
  const headline = content
    ? `Not a Relaying Denied error: it looks like ${portFiltered ? "an internet provider's block of port 25" : kind === 'sandbox' && freeAccountDomain(facts) ? "a free account's limit to authorized recipients" : kind === 'policy' && M365_FORWARDING_BLOCKED.test(facts.serverMessage ?? '') ? "Microsoft 365's block of forwarding outside the organisation" : (provider && elsewhere?.name) || content.name}`
    : named
      ? `Not a Relaying Denied error: ${/^(?:The|A|An) /.test(named) ? named[0]!.toLowerCase() + named.slice(1) : named}`
      : 'Not a Relaying Denied error';
  return { headline, summary, sections };
}

/**
 * A DMARC refusal of a message a Route forwarded: the From address is still the original sender's,
 * whose domain never allowed Mailgun to send for it, so its DMARC check fails at the destination.
 */
function forwardAdvice({ kind, facts, evidence }: Diagnosis): RichText[] {
  const dmarc = /\bdmarc\b|(?<![\d.])5\.7\.26(?![\d.])/i.test([facts.serverMessage ?? '', ...evidence.map((e) => e.excerpt)].join(' '));
  if (kind !== 'policy' || facts.routes.length === 0 || !dmarc) return [];
  return [
    rt`The message was sent on by a Route: a forward keeps the original From address, and Mailgun is not among the servers that domain allows to send for it. A forward passes DMARC only on the original sender's DKIM signature, so this one was missing, did not align with the From domain, or broke on the way.`,
    rt`Ask the original sender to sign their mail with DKIM for their From domain, or have the Route store the message and notify your application (${code('store(notify="...")')}) so that you send it on from your own domain, or let the mailbox fetch the mail instead of receiving a forward.`,
  ];
}

/**
 * What an `other` error is ("The message is too large"): the name of the rule that recognised it,
 * which the engine's summary repeats. Evidence the summary does not name (a weak hint of a relay
 * refusal, under the threshold) says nothing about what the error is.
 */
function otherErrorName({ summary, evidence }: Diagnosis): string | null {
  const rule = evidence[0]?.rule;
  return rule && summary.includes(rule) ? rule : null;
}

const SCENARIO_CONTENT: Record<Scenario, (diagnosis: Diagnosis) => Content> = {
  'mailgun-outgoing': mailgunOutgoing,
  'mailgun-incoming': mailgunIncoming,
  'recipient-host': recipientHost,
  undetermined,
  'not-relaying-denied': notRelayingDenied,
};
