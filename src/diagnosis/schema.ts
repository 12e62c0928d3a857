/**
 * The Diagnosis of types.ts as a zod schema, with the invariants the types document. Used where a
 * diagnosis comes back from outside the process (a button value) and by the property tests that
 * check whatever the engine returns.
 */
import { z } from 'zod';
import { PROVIDERS } from './providers.js';
import { CLIENTS, ERROR_KINDS, OTHER_ERROR_MAX, OTHER_ERRORS_KEPT, SCENARIOS, SECRET_KINDS, SOURCE_FORMATS, SUPPRESSIONS, type Diagnosis, type Facts } from './types.js';

const confidence = z.number().min(0).max(1);
const nullableText = z.string().nullable();

export const FactsSchema = z
  .object({
    // SMTP codes run 2xx-5xx; Mailgun's own event codes go higher (605: a previously bounced address).
    replyCode: z.number().int().min(200).max(999).nullable(),
    enhancedCode: z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/).nullable(),
    host: nullableText,
    hostRole: z.enum(['mailgun-smtp', 'mailgun-mx', 'other']).nullable(),
    command: z.enum(['CONNECT', 'EHLO', 'AUTH', 'MAIL FROM', 'RCPT TO', 'DATA']).nullable(),
    authAttempted: z.boolean().nullable(),
    recipient: nullableText,
    recipients: z.array(z.string().min(1)),
    recipientDomain: nullableText,
    client: z.enum(CLIENTS).nullable(),
    region: z.enum(['us', 'eu']).nullable(),
    source: z.enum(SOURCE_FORMATS),
    secretsFound: z.boolean(),
    // (may be empty with secretsFound: a button's value from before the kinds were read)
    secretKinds: z.array(z.enum(SECRET_KINDS)).max(SECRET_KINDS.length),
    serverMessage: nullableText,
    event: nullableText,
    severity: nullableText,
    reason: nullableText,
    mxHost: nullableText,
    mailgunDomain: nullableText,
    routes: z.array(z.string().min(1).max(300)).max(10),
    goneRoutes: z.array(z.string().min(1).max(300)).max(10),
    provider: z.enum(PROVIDERS).nullable(),
    senderRelay: nullableText,
    addressConfirmed: z.boolean(),
    mailgunBlamed: z.boolean(),
    ownSideAsked: z.boolean(),
    recipientMailMoved: z.boolean(),
    recipientMailMovedTo: z.enum(['microsoft-365', 'google-workspace', 'zoho']).nullable(),
    recipientAddressChanged: z.boolean(),
    recipientNewAddress: z.string().nullable(),
    ocrRepaired: z.boolean(),
    loginFromEnv: nullableText,
    passwordFromEnv: nullableText,
    suppression: z.enum(SUPPRESSIONS).nullable(),
    dedicatedIp: z.boolean(),
    clientNetwork: nullableText,
    smtpPort: z.number().int().nullable(),
    smtpLogin: nullableText,
    envelopeSender: nullableText,
    fromSetting: nullableText,
    sendConnector: nullableText,
    reportingMta: nullableText,
    similarAddress: nullableText,
    attempts: z.number().int().positive().nullable(),
    refusedAtDomain: z.number().int().nonnegative(),
    deliveredAtDomain: z.number().int().nonnegative(),
    otherErrors: z.array(z.string().min(1).max(OTHER_ERROR_MAX)).max(OTHER_ERRORS_KEPT),
  })
  .strict()
  .refine((f) => new Set(f.recipients).size === f.recipients.length, 'recipients are deduplicated') satisfies z.ZodType<Facts>;

export const DiagnosisSchema = z
  .object({
    scenario: z.enum(SCENARIOS),
    kind: z.enum(ERROR_KINDS).nullable(),
    confidence,
    summary: z.string().min(1).refine((s) => !s.includes('\n'), 'the summary is one line'),
    evidence: z.array(z.object({ rule: z.string().min(1), excerpt: z.string() }).strict()),
    facts: FactsSchema,
    alternatives: z.array(z.object({ scenario: z.enum(SCENARIOS), confidence }).strict()),
  })
  .strict()
  .refine((d) => (d.kind !== null) === (d.scenario === 'not-relaying-denied'), 'a kind exactly when the scenario is not-relaying-denied')
  .refine((d) => d.alternatives.every((a) => a.scenario !== d.scenario), 'alternatives are other scenarios') satisfies z.ZodType<Diagnosis>;

/** Facts with nothing known: the base a partial set of facts is filled into. */
export const EMPTY_FACTS: Readonly<Facts> = Object.freeze({
  replyCode: null,
  enhancedCode: null,
  host: null,
  hostRole: null,
  command: null,
  authAttempted: null,
  recipient: null,
  recipients: [],
  recipientDomain: null,
  client: null,
  region: null,
  source: 'prose',
  secretsFound: false,
  secretKinds: [],
  serverMessage: null,
  event: null,
  severity: null,
  reason: null,
  mxHost: null,
  mailgunDomain: null,
  routes: [],
  goneRoutes: [],
  provider: null,
  senderRelay: null,
  addressConfirmed: false,
  mailgunBlamed: false,
  ownSideAsked: false,
  recipientMailMoved: false,
  recipientMailMovedTo: null,
  recipientAddressChanged: false,
  recipientNewAddress: null,
  ocrRepaired: false,
  loginFromEnv: null,
  passwordFromEnv: null,
  suppression: null,
  dedicatedIp: false,
  clientNetwork: null,
  smtpPort: null,
  smtpLogin: null,
  envelopeSender: null,
  fromSetting: null,
  sendConnector: null,
  reportingMta: null,
  similarAddress: null,
  attempts: null,
  refusedAtDomain: 0,
  deliveredAtDomain: 0,
  otherErrors: [],
});
