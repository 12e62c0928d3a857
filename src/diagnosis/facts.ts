/** Judgements over Facts shared by the engine and the replies. */
import type { ClientId, Facts } from './types.js';

/**
 * A session that logged in as one domain's SMTP login (`postmaster@mg.a.example`) and sent mail from another domain
 * (`MAIL FROM:<billing@b.example>`): neither is the other's subdomain. The login then speaks for another domain than the mail's.
 */
export function loginOfAnotherDomain(facts: Pick<Facts, 'smtpLogin' | 'envelopeSender'>): boolean {
  if (facts.smtpLogin === null || facts.envelopeSender === null) return false;
  const login = facts.smtpLogin.slice(facts.smtpLogin.lastIndexOf('@') + 1);
  const sender = facts.envelopeSender.slice(facts.envelopeSender.lastIndexOf('@') + 1);
  return login !== '' && sender !== '' && login !== sender && !login.endsWith(`.${sender}`) && !sender.endsWith(`.${login}`);
}

/**
 * The paste itself shows that Mailgun accepted the message: a Mailgun event, log page, Bounces
 * API record, export or SDK print of one. Only then may a reply say "Mailgun accepted it".
 */
export function mailgunAccepted(facts: Facts): boolean {
  // (another provider's export or print is that provider's report)
  if (facts.provider !== null) return false;
  return facts.event !== null || facts.source.startsWith('mailgun-') || facts.source === 'csv-export' || facts.source === 'sdk-print';
}

/** Applications with settings of their own, which run on the libraries the patterns also name. */
export const APP_CLIENTS: ReadonlySet<ClientId> = new Set(['mail-program', 'freshdesk', 'gitea', 'gitea-helm', 'vaultwarden', 'mattermost', 'ghost', 'discourse', 'gitlab', 'gitlab-helm', 'mastodon', 'moodle', 'listmonk', 'synology', 'nextcloud', 'odoo', 'atlassian', 'keycloak', 'grafana', 'zabbix', 'jenkins', 'home-assistant', 'uptime-kuma', 'supabase', 'mautic', 'zammad', 'magento', 'sentry', 'printer', 'prestashop', 'osticket', 'matomo']);
