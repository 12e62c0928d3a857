/** Mailgun's hosts, ports and UI labels, in one place so every reply says the same thing. */
import type { Region } from '../diagnosis/types.js';
import type { RichText, UiSteps } from './model.js';
import { code, label, rt } from './rich.js';

export const SMTP_HOST: Record<Region, string> = { us: 'smtp.mailgun.org', eu: 'smtp.eu.mailgun.org' };
export const API_BASE: Record<Region, string> = {
  us: 'https://api.mailgun.net',
  eu: 'https://api.eu.mailgun.net',
};

/** 587 with STARTTLS is the recommended submission port. */
export const RECOMMENDED_PORT = 587;

/** US is Mailgun's default region; an unknown region is treated as US with a note about the EU. */
export const regionOrDefault = (region: Region | null): Region => region ?? 'us';

// A domain or address we put into code must not carry anything but plain address characters.
const DOMAIN_SHAPE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}$/i;
const LOCAL_PART_SHAPE = /^[a-z0-9._%+-]{1,64}$/i;

export function safeDomain(value: string | null): string | null {
  return value !== null && DOMAIN_SHAPE.test(value) ? value.toLowerCase() : null;
}

export function safeAddress(value: string | null): string | null {
  if (value === null) return null;
  const at = value.lastIndexOf('@');
  if (at <= 0) return null;
  const local = value.slice(0, at);
  const domain = safeDomain(value.slice(at + 1));
  return domain !== null && LOCAL_PART_SHAPE.test(local) ? `${local}@${domain}` : null;
}

/** The domain's default SMTP login, or a placeholder when the paste did not show the domain. */
export function smtpLogin(mailgunDomain: string | null): string {
  return `postmaster@${safeDomain(mailgunDomain) ?? 'YOUR_DOMAIN'}`;
}

/** Where each Mailgun UI shows a sending domain's SMTP credentials. */
export function smtpCredentialSteps(domain: string | null): UiSteps[] {
  const pickDomain: RichText = domain
    ? rt`Select the domain ${code(domain)}.`
    : rt`Select your sending domain's name.`;
  return [
    {
      ui: 'classic',
      title: 'Classic UI (menu across the top, silver background)',
      steps: [
        rt`Click ${label('Domains')}.`,
        pickDomain,
        rt`Under ${label('Domain Information')}, read ${label('Default SMTP Login')} and ${label('Default Password')}. Logins you created yourself are under ${label('Manage SMTP Credentials')}.`,
      ],
    },
    {
      ui: 'beta',
      title: 'Beta UI (menu down the left in a dark column)',
      steps: [
        rt`Click ${label('Messages')}.`,
        pickDomain,
        rt`Click ${label('Settings')}.`,
        rt`Select ${label('SMTP Credentials')}.`,
      ],
    },
    {
      ui: 'current',
      title: 'Current UI (left-hand menu that starts with Send)',
      steps: [
        rt`Click ${label('Send')}, then ${label('Sending')}, then ${label('Domains')}.`,
        pickDomain,
        rt`Open the domain's SMTP credentials.`,
      ],
    },
  ];
}
