/** An HTTP API (Mailgun's, or another provider's) refused the API key: no SMTP involved. */
import { NOT_ASKED } from '../phrases.js';
import type { RuleData } from '../schema.js';

/** After a setting's name: not said to be missing ("we never set the url: ...", "our config has no url: ..."). */
/**
 * The rest of an API URL, then no question: read lazily to its end (a `?` only inside it), short of the
 * clause's closing punctuation, so that a question of the next clause ("…/messages, why is it 401?") does not count.
 */
const URL_TAIL = String.raw`(?:[^\s'"?]|\?(?=[^\s'"])){0,300}?(?=[.,;:!)]*(?:[\s'"?]|$))(?![.,;:!)]*[\s'"]*\?)${NOT_ASKED}`;
/** A setting asked about ("Should I use url: '...' instead?"): the question mark soon after it, not a later "any idea why?". */
const ASKED_OF_IT = String.raw`(?![^\n?.!,;]{0,40}\?)`;
// (only setting words between: "it does not work with url: ..." names the url in use)
const UNDENIED_SETTING = (name: string) => String.raw`(?<!(?:\b(?:not|never|no|inte|nicht|pas|não)|n't)[ \t]{1,3}(?:(?:set|configured|pass(?:ed|ing)?|specif\w*|add(?:ed)?|use[ds]?|the|a|an|any|our|its|satt|angett|gesetzt|angegeben|configurado|definido|défini|mis)[ \t]{1,3}){0,3}(?:mailgun_)?${name.replace(/[()\\.*+?^$|[\]{}:]/g, '\\$&')})`;

export const apiAuthRules: RuleData[] = [
  {
    id: 'api-key-refused',
    // (Mailgun's API, or another provider's: the reply names which)
    name: 'The API refused the API key (HTTP 401)',
    target: 'kind:api-auth',
    weight: 0.9,
    scope: 'text',
    patterns: [String.raw`\bhttp(?:/[\d.]{1,3})? ?401\b`, String.raw`\b401 (?:unauthorized|forbidden)\b`, String.raw`\b401 client error\b`, String.raw`\b401 \(unauthori[sz]ed\)`, String.raw`\bforbidden \(code 401\)`, String.raw`invalid private key`, String.raw`"message"\s*:\s*"(?:forbidden|unauthorized)"`, String.raw`\bapi key (?:is )?(?:invalid|wrong|rejected)`, String.raw`(?:\b401\b|unauthori[sz]ed)[^\n]{0,200}unrecogni[sz]ed ip address`, String.raw`status(?:code)?[ :=]{1,3}401\b`, String.raw`"status"\s*:\s*401\b`, String.raw`status[_ ]?code\W{0,12}401\b`, String.raw`api(?:\.eu)?\.mailgun\.net[\s\S]{0,600}(?<![\w.])401(?!\w|\.\d)`],
    needs: ['401', 'invalid', 'forbidden', 'unauthorized', 'api', 'unrecogni'],
  },
  {
    // Mailgun's public validation key (`pubkey-...`) cannot send: a paste that names it has the cause of its 401.
    // (a small weight: it says why a key was refused more than that one was; not DKIM's "public key")
    id: 'public-key-used',
    name: 'The key used is the public validation key, which cannot send',
    target: 'kind:api-auth',
    weight: 0.1,
    scope: 'text',
    patterns: [String.raw`\bpubkey-[0-9a-z]{4}`, String.raw`\bpublic (?:validation|verification) key\b`],
    needs: ['pubkey-', 'public'],
  },
  {
    // A rotation just before the 401: the service still holds the old key. (Says why, like the one above.)
    id: 'api-key-rotated',
    name: 'The API keys were rotated or replaced just before',
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    // (not denied: "we have not rotated the API key")
    patterns: [String.raw`(?<!(?:\b(?:not|never|didn't|haven't|hasn't)|n't)[ \t]{1,3}(?:\w+[ \t]{1,3})?)\b(?:rotated|regenerated|revoked|replaced|recreated|reset) (?:the |our |their |all |its )?(?:mailgun )?(?:api |private |sending )?keys?\b`, String.raw`\bkeys? (?:were|was|got) (?:rotated|regenerated|revoked|replaced)\b`],
    needs: ['rotated', 'regenerated', 'revoked', 'replaced', 'recreated', 'reset'],
  },
  {
    // The requests already go to the EU API host: the region is not what is wrong.
    id: 'eu-api-host-called',
    name: "The requests go to the EU region's API host",
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    // (a call to it or an SDK's setting, not a question about it: the URL read to its end with a bounded run, a
    // `?` only inside it, so that the check after it is tried once; and not said to be missing: "we never set url: ...")
    patterns: [
      String.raw`https?://api\.eu\.mailgun\.net/v\d${URL_TAIL}`,
      String.raw`\burl${UNDENIED_SETTING('url')}\s*[:=]\s*["']https?://api\.eu\.mailgun\.net${ASKED_OF_IT}`,
      String.raw`\bAPIBaseEU\b`,
      String.raw`\bMailgun::create${UNDENIED_SETTING('Mailgun::create')}\([^\n]{0,120}?["']https?://api\.eu\.mailgun\.net${ASKED_OF_IT}`,
      String.raw`\b(?:mailgun_endpoint|endpoint)${UNDENIED_SETTING('endpoint')}["']?\s*(?:=>|[:=])\s*["']?(?:https?://)?api\.eu\.mailgun\.net${ASKED_OF_IT}`,
    ],
    needs: ['api.eu.mailgun.net', 'apibaseeu'],
  },
  {
    // A call to the US API host: beside an EU one, the region may well be the cause after all.
    id: 'us-api-host-called',
    name: "The requests go to the US region's API host",
    target: 'kind:api-auth',
    weight: 0.05,
    scope: 'text',
    // (not the host left behind or asked about: "moved from https://api.mailgun.net/v3", "or should it be https://api.mailgun.net/v3?")
    patterns: [String.raw`(?<!\b(?:(?:moved|switched|migrated|changed) from|instead of|not|no longer|than)\s{1,3})https?://api\.mailgun\.net/v\d${URL_TAIL}`],
    needs: ['api.mailgun.net'],
  },
  {
    id: 'api-forbidden',
    name: 'The API answered Forbidden',
    target: 'kind:api-auth',
    weight: 0.5,
    scope: 'text',
    // A line holding only "Forbidden" (what curl prints for Mailgun's 401).
    patterns: [String.raw`(?:^|\n)[ \t]*['"]?forbidden['"]?[ \t]*(?:\n|$)`],
  },
];
