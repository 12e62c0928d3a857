/** Generated pastes for the size benchmark: realistic ones of a given size, and hostile 1 MiB ones. */

const MIB = 1024 * 1024;

/** A small deterministic PRNG (mulberry32), so every run measures the same inputs. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines of an ordinary Postfix mail log: connections, queue entries and successful deliveries. */
function mailLogLine(random, i) {
  const pid = 1000 + Math.floor(random() * 30000);
  const qid = Math.floor(random() * 0xfffffffff).toString(16).toUpperCase().padStart(10, '0');
  const time = `Nov 29 ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
  const user = `user${Math.floor(random() * 100000)}`;
  switch (i % 4) {
    case 0:
      return `${time} mail01 postfix/smtpd[${pid}]: connect from app${i % 7}.internal[10.0.${i % 256}.${(i * 3) % 256}]`;
    case 1:
      return `${time} mail01 postfix/qmgr[${pid}]: ${qid}: from=<noreply@mg.example.com>, size=${1000 + Math.floor(random() * 90000)}, nrcpt=1 (queue active)`;
    case 2:
      return `${time} mail01 postfix/smtp[${pid}]: ${qid}: to=<${user}@example.org>, relay=smtp.mailgun.org[34.160.${i % 256}.9]:587, delay=0.${i % 10}4, delays=0.01/0/0.2/0.1, dsn=2.0.0, status=sent (250 Great success)`;
    default:
      return `${time} mail01 postfix/cleanup[${pid}]: ${qid}: message-id=<${qid.toLowerCase()}.${i}@app.example.com>`;
  }
}

const RELAY_DENIAL =
  'Nov 29 18:35:02 mail01 postfix/smtp[24680]: 9F3B12C0A1: to=<jane.doe@customer-shop.com>, relay=smtp.mailgun.org[34.160.111.145]:587, ' +
  'delay=0.41, delays=0.02/0/0.2/0.19, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.111.145] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))';

/**
 * What a person pastes when they grab a chunk of /var/log/mail.log: ordinary lines with the relay
 * denial in the middle and again near the end, padded to `bytes`.
 */
export function realisticPaste(bytes) {
  const random = prng(bytes);
  const intro = 'Our app stopped sending mail this morning, here is the log from the relay host:\n```\n';
  const lines = [];
  let size = intro.length + RELAY_DENIAL.length * 2 + 8;
  for (let i = 0; size < bytes; i++) {
    const line = mailLogLine(random, i);
    lines.push(line);
    size += line.length + 1;
  }
  lines.splice(Math.floor(lines.length / 2), 0, RELAY_DENIAL);
  lines.splice(Math.max(0, lines.length - 3), 0, RELAY_DENIAL);
  return `${intro}${lines.join('\n')}\n\`\`\``.slice(0, bytes);
}

const repeatTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** The hostile 1 MiB inputs of the issue: shapes that make careless parsers and regexes blow up. */
export function hostileInputs() {
  const random = prng(42);
  const randomBytes = Buffer.alloc(MIB);
  for (let i = 0; i < MIB; i++) randomBytes[i] = Math.floor(random() * 256);
  const boundaryRandom = prng(7);
  let soup = '';
  for (let i = 0; soup.length < MIB; i++) {
    const b = `b${Math.floor(boundaryRandom() * 1e9).toString(36)}`;
    soup += `--${b}\nContent-Type: multipart/report; report-type=delivery-status; boundary="${b}x"\n` +
      `Content-Transfer-Encoding: ${i % 2 ? 'base64' : 'quoted-printable'}\n\n--${b}x\nContent-Type: message/delivery-status\n\n`;
  }
  const depth = Math.floor(MIB / 6);
  return [
    { name: 'one endless line (a log with its newlines lost)', text: realisticPaste(MIB).replace(/\n/g, ' ') },
    { name: 'only `<`', text: '<'.repeat(MIB) },
    { name: '`relay denied ` repeated', text: repeatTo('relay denied ', MIB) },
    { name: '`a@a.` repeated', text: repeatTo('a@a.', MIB) },
    { name: '`[` × 512 KiB then `]`', text: `${'['.repeat(MIB / 2)}]` },
    { name: 'random bytes as UTF-8', text: new TextDecoder('utf-8').decode(randomBytes) },
    { name: 'random bytes as latin1', text: randomBytes.toString('latin1') },
    { name: 'MIME boundary soup', text: soup.slice(0, MIB) },
    { name: `deeply nested JSON (${depth.toLocaleString('en-US')} levels)`, text: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` },
  ];
}
