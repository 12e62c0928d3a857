/**
 * Whether the paste shows the refusal where the sender's own program got it, as it sent: the way the mail went is known
 * (out, through the SMTP server that program is set to use), the server that refused is not. The reply and the handover
 * note both tell such a case by it.
 */
import { ruleNamed } from '../diagnosis/rules/index.js';
import type { Evidence, Facts } from '../diagnosis/types.js';

export const SHOWN_WHILE_SENDING_RULE = ruleNamed('refusal-shown-while-sending');
/** Mail servers a paste may show answering as well as sending (their banner names them): no sign of the sender's side. */
export const SERVER_MTAS: ReadonlySet<string> = new Set(['postfix', 'exim', 'sendmail', 'exchange']);

/**
 * The sender's own program got the refusal while sending: the way is known, the server it talks to is not.
 * (a session transcript from a known sending library or app, PHPMailer's debug output, is the sender's own too)
 * (a library's error only with the library known: a bare "getting this error:" is no sign of which side)
 * (msmtp and ssmtp only ever send: their log's refusal came from the server they are set to use)
 * (or shown by the sending program itself: a pop-up "al enviar facturas", Zabbix's "Media type test failed", Jira's "An error
 * has occurred with sending the test email")
 */
export function seenWhileSending(facts: Facts, evidence: readonly Evidence[]): boolean {
  return facts.source === 'mail-client' ||
    (facts.hostRole === null && evidence.some((e) => e.rule === SHOWN_WHILE_SENDING_RULE)) ||
    (facts.hostRole === null && facts.client !== null && !SERVER_MTAS.has(facts.client) && (facts.source === 'client-exception' || facts.source === 'smtp-transcript' || ((facts.client === 'msmtp' || facts.client === 'ssmtp') && (facts.source === 'prose' || facts.source === 'mta-log'))));
}
