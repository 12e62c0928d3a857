/**
 * Large mailbox providers' domains, to notice a recipient's domain one letter away from one of them
 * ("tiscalli.it", "gmial.com", "hotmial.co.uk"): a misspelled domain is refused or bounces, and the
 * fix is the address, not the server.
 */
import { editDistance } from './language.js';

const PROVIDER_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.it', 'ymail.com', 'rocketmail.com',
  'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.es', 'hotmail.it', 'outlook.com', 'outlook.fr', 'outlook.de', 'outlook.es',
  'live.com', 'live.co.uk', 'live.fr', 'live.de', 'msn.com', 'aol.com', 'aol.de', 'icloud.com', 'me.com', 'mac.com', 'mail.com', 'email.com',
  'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'web.de', 't-online.de', 'freenet.de', 'posteo.de', 'mailbox.org',
  'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr', 'libero.it', 'tiscali.it', 'virgilio.it', 'alice.it', 'tin.it', 'tim.it',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net', 'charter.net', 'btinternet.com', 'sky.com', 'virginmedia.com', 'talktalk.net',
  'mail.ru', 'yandex.ru', 'ya.ru', 'rambler.ru', 'qq.com', '163.com', '126.com', 'naver.com', 'daum.net', 'protonmail.com', 'proton.me', 'zoho.com',
  'seznam.cz', 'wp.pl', 'op.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'bigpond.com', 'optusnet.com.au', 'shaw.ca', 'rogers.com', 'sympatico.ca',
  'uol.com.br', 'bol.com.br', 'terra.com.br', 'ziggo.nl', 'kpnmail.nl', 'telenet.be', 'skynet.be', 'bluewin.ch', 'telia.com',
  'telefonica.net', 'movistar.es', 'hetnet.nl', 'xs4all.nl', 'home.nl', 'planet.nl', 'a1.net', 'aon.at',
]);

/** The second-level labels under which countries register names (`x.co.uk`, `x.com.au`): the name then has three labels. */
const SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'gv', 'ltd', 'plc']);

/** Two domains of one name that differ only in their ending (`x.com`, `x.net`, `x.co.uk`): a top-level domain, with a country's after it or not. */
export function otherTopLevel(a: string, b: string): boolean {
  const [baseA, baseB] = [a.replace(DOMAIN_ENDING, ''), b.replace(DOMAIN_ENDING, '')];
  return a !== b && baseA !== a && !baseA.includes('.') && baseA === baseB;
}
const DOMAIN_ENDING = /\.[a-z]{2,4}(?:\.[a-z]{2})?$/;

/** A host's registrable domain, roughly: its last two labels, or three under a country's second level (`x.co.uk`). */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().split('.');
  const keep = labels.length > 2 && labels.at(-1)!.length === 2 && SECOND_LEVELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** One of the large mailbox providers' domains (gmail.com, web.de, orange.fr, ...). */
export function isMailboxProviderDomain(domain: string | null): boolean {
  return domain !== null && PROVIDER_DOMAINS.has(domain.toLowerCase());
}

/**
 * The provider's domain `domain` is one letter away from (inserted, removed, changed or swapped), or null.
 * Not another country's: yahoo.in is no typo of yahoo.it (two country codes), but gmail.cm and gmail.con are of gmail.com.
 */
export function misspelledProviderDomain(domain: string | null): string | null {
  const lower = domain?.toLowerCase();
  // (nor a one-letter name, x.com: any of them is a letter from another)
  if (!lower || lower.length > 40 || lower.indexOf('.') <= 1 || PROVIDER_DOMAINS.has(lower)) return null;
  const tld = lower.slice(lower.lastIndexOf('.') + 1);
  // (the provider's name with "mail" added, as people guess an address: "yandex-mail.ru" for yandex.ru)
  // (hyphened only: some providers own their name with "mail" run on, zohomail.com)
  const withMail = /^([a-z0-9]{2,30})-mail\.([a-z.]{2,10})$/.exec(lower);
  if (withMail && PROVIDER_DOMAINS.has(`${withMail[1]}.${withMail[2]}`)) return `${withMail[1]}.${withMail[2]}`;
  for (const known of PROVIDER_DOMAINS) {
    const knownTld = known.slice(known.lastIndexOf('.') + 1);
    if (tld !== knownTld && tld.length === 2 && knownTld.length === 2) continue;
    if (Math.abs(known.length - lower.length) <= 1 && editDistance(lower, known) === 1) return known;
  }
  return null;
}
