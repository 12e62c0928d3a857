/**
 * The value a reply's buttons carry: a compact, signed encoding of the diagnosis.
 *
 * A click must be answerable by any replica, or by a restarted process, with no state on the server,
 * so the button itself holds what the reply needs: scenario, kind, confidence, the facts and a
 * shortened copy of the evidence. Slack caps a button value at 2,000 characters; we stay under
 * MAX_VALUE_CHARS by shortening in steps.
 *
 * The value is signed with a key derived from the bot token (every replica has it, nobody outside
 * does), so a tampered or truncated value is recognised and answered with a polite error, never
 * rendered.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { EMPTY_FACTS, FactsSchema } from '../diagnosis/schema.js';
import { ERROR_KINDS, SCENARIOS, type Diagnosis, type Facts } from '../diagnosis/types.js';

/** Well under Slack's 2,000-character limit for a button value. */
export const MAX_VALUE_CHARS = 1500;
const VERSION = '1';
const TAG_BYTES = 12;
/** An encoded diagnosis never inflates beyond this; a larger one is not ours. */
const MAX_INFLATED_BYTES = 16 * 1024;

export interface ButtonCodec {
  encode(diagnosis: Diagnosis): string;
  /** The diagnosis a value carries, or null for anything not produced by `encode` with this key. */
  decode(value: unknown): Diagnosis | null;
}

/** Short names keep the encoding small; the mapped type makes a new Facts field a compile error here. */
const FACT_CODES: { readonly [K in keyof Facts]: string } = {
  replyCode: 'rc',
  enhancedCode: 'ec',
  host: 'h',
  hostRole: 'hr',
  command: 'cm',
  authAttempted: 'aa',
  recipient: 'r',
  recipients: 'rs',
  recipientDomain: 'rd',
  client: 'cl',
  region: 'rg',
  source: 'so',
  secretsFound: 'sf',
  secretKinds: 'sk',
  serverMessage: 'sm',
  event: 'ev',
  severity: 'sv',
  reason: 'rn',
  mxHost: 'mx',
  mailgunDomain: 'md',
  routes: 'ro',
  goneRoutes: 'gr',
  provider: 'pv',
  senderRelay: 'sr',
  addressConfirmed: 'ac',
  mailgunBlamed: 'mb',
  ownSideAsked: 'os',
  recipientMailMoved: 'rm',
  recipientMailMovedTo: 'rt',
  recipientAddressChanged: 'ra',
  recipientNewAddress: 'rw',
  ocrRepaired: 'oc',
  loginFromEnv: 'le',
  passwordFromEnv: 'pe',
  suppression: 'su',
  dedicatedIp: 'di',
  clientNetwork: 'cn',
  smtpPort: 'sp',
  smtpLogin: 'sl',
  envelopeSender: 'es',
  fromSetting: 'fs',
  sendConnector: 'sc',
  reportingMta: 'rp',
  similarAddress: 'sa',
  attempts: 'at',
  refusedAtDomain: 'ad',
  deliveredAtDomain: 'dd',
  otherErrors: 'oe',
};

const confidencePercent = z.number().int().min(0).max(100);
/** The wire form: [scenario, kind, confidence %, summary, evidence [[rule, excerpt]], facts, alternatives [[scenario, %]]]. */
const wireSchema = z.tuple([
  z.enum(SCENARIOS),
  z.enum(ERROR_KINDS).nullable(),
  confidencePercent,
  z.string().max(1000),
  z.array(z.tuple([z.string().max(1000), z.string().max(1000)])).max(20),
  z.record(z.string(), z.unknown()),
  z.array(z.tuple([z.enum(SCENARIOS), confidencePercent])).max(10),
]);
type Wire = z.infer<typeof wireSchema>;

interface Budget {
  text: number;
  evidence: number;
  recipients: number;
  alternatives: number;
}
/** Tried in order until the value fits; the last one always does (every string is short). */
const BUDGETS: Budget[] = [
  { text: 200, evidence: 5, recipients: 5, alternatives: 3 },
  { text: 100, evidence: 3, recipients: 3, alternatives: 2 },
  { text: 50, evidence: 1, recipients: 1, alternatives: 0 },
  { text: 24, evidence: 0, recipients: 1, alternatives: 0 },
];

const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/**
 * The routes travel whole or not at all: the reply tries each on the recipient, and a route or a
 * recipient cut short, or a route left out, would turn "takes it" into a wrong "none takes it" (and a gone route's
 * "would not take it" likewise).
 */
function routesFit(routes: readonly string[], d: Diagnosis, b: Budget): boolean {
  const { recipient } = d.facts;
  return routes.length <= b.recipients && routes.every((r) => r.length <= b.text) && (recipient === null || recipient.length <= b.text);
}

function toWire(d: Diagnosis, b: Budget): Wire {
  const facts: Record<string, unknown> = {};
  for (const key of Object.keys(FACT_CODES) as (keyof Facts)[]) {
    const value = d.facts[key];
    if (value === null || value === EMPTY_FACTS[key]) continue;
    if ((key === 'routes' || key === 'goneRoutes') && !routesFit(d.facts[key], d, b)) continue;
    // (another error's line is read again to name its kind: whole or not at all, a line cut short may read as no error)
    if (key === 'otherErrors') {
      const whole = d.facts.otherErrors.filter((line) => line.length <= b.text);
      if (whole.length > 0) facts[FACT_CODES[key]] = whole;
      continue;
    }
    if (Array.isArray(value)) {
      // Cutting can make two long addresses equal: keep each once.
      if (value.length > 0) facts[FACT_CODES[key]] = [...new Set(value.slice(0, b.recipients).map((v) => cut(v, b.text)))];
    } else {
      facts[FACT_CODES[key]] = typeof value === 'string' ? cut(value, b.text) : value;
    }
  }
  return [
    d.scenario,
    d.kind,
    Math.round(Math.min(1, Math.max(0, d.confidence)) * 100),
    cut(d.summary, b.text),
    d.evidence.slice(0, b.evidence).map((e) => [cut(e.rule, b.text), cut(e.excerpt, b.text)]),
    facts,
    d.alternatives.slice(0, b.alternatives).map((a) => [a.scenario, Math.round(a.confidence * 100)]),
  ];
}

function fromWire(wire: Wire): Diagnosis | null {
  const [scenario, kind, confidence, summary, evidence, compactFacts, alternatives] = wire;
  const facts: Record<string, unknown> = { ...EMPTY_FACTS };
  for (const key of Object.keys(FACT_CODES) as (keyof Facts)[]) {
    const code = FACT_CODES[key];
    if (code in compactFacts) facts[key] = compactFacts[code];
  }
  const parsedFacts = FactsSchema.safeParse(facts);
  if (!parsedFacts.success) return null;
  return {
    scenario,
    kind,
    confidence: confidence / 100,
    summary,
    evidence: evidence.map(([rule, excerpt]) => ({ rule, excerpt })),
    facts: parsedFacts.data,
    alternatives: alternatives.map(([s, c]) => ({ scenario: s, confidence: c / 100 })),
  };
}

/** `secret` is the bot token: only a hash of it is used as the signing key. */
export function createButtonCodec(secret: string): ButtonCodec {
  const key = createHash('sha256').update('relaydenied button value v1\0').update(secret).digest();
  const tag = (payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, TAG_BYTES);

  const seal = (wire: Wire): string => {
    const payload = deflateRawSync(Buffer.from(JSON.stringify(wire), 'utf8')).toString('base64url');
    return `${VERSION}.${payload}.${tag(payload).toString('base64url')}`;
  };

  return {
    encode(diagnosis) {
      let value = '';
      for (const budget of BUDGETS) {
        value = seal(toWire(diagnosis, budget));
        if (value.length <= MAX_VALUE_CHARS) break;
      }
      return value;
    },

    decode(value) {
      if (typeof value !== 'string' || value.length > 2000) return null;
      const [version, payload, signature, ...rest] = value.split('.');
      if (version !== VERSION || !payload || !signature || rest.length > 0) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = tag(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const json = inflateRawSync(Buffer.from(payload, 'base64url'), { maxOutputLength: MAX_INFLATED_BYTES });
        const wire = wireSchema.safeParse(JSON.parse(json.toString('utf8')));
        return wire.success ? fromWire(wire.data) : null;
      } catch {
        return null;
      }
    },
  };
}
