/** Long pastes as people make them: a chunk of a Postfix mail log, the failure at its end. */

const DELIVERED = (i: number) =>
  `Nov 29 18:${String(i % 60).padStart(2, '0')}:02 mail01 postfix/smtp[${2000 + (i % 900)}]: ${(0x9f3b12c0a1 + i).toString(16).toUpperCase()}: ` +
  `to=<user${i}@example.org>, relay=mx.example.org[192.0.2.7]:25, delay=0.4, dsn=2.0.0, status=sent (250 2.0.0 OK)`;

export const RELAY_DENIAL =
  'Nov 29 18:35:02 mail01 postfix/smtp[24680]: 9F3B12C0A1: to=<jane.doe@customer-shop.com>, relay=smtp.mailgun.org[34.160.111.145]:587, ' +
  'delay=0.41, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.111.145] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';

/** About `bytes` of ordinary delivery lines joined by `separator`, then the relay denial. */
export function mailLog(bytes: number, separator = '\n'): string {
  const lines: string[] = [];
  let size = RELAY_DENIAL.length;
  for (let i = 0; size < bytes; i++) {
    const line = DELIVERED(i);
    lines.push(line);
    size += line.length + separator.length;
  }
  lines.push(RELAY_DENIAL);
  return lines.join(separator);
}
