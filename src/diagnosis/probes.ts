/**
 * A mail server's log is full of its own refusals of outside clients: spammers probing for an open
 * relay get "Relay access denied" (Postfix's smtpd) or "relay not permitted" (Exim) all day. That is
 * the server doing its job, not the error the person asks about. When the paste shows another failure
 * too (a bounce, a SASL failure, a deferral), those lines are set aside; alone, they are all there is.
 */
/** Postfix's smtpd refusing a client without a host name, or Exim refusing a client it names by HELO and IP. */
const PROBE_LINE = /postfix\/smtpd\[\d+\]: NOQUEUE: reject: RCPT from unknown\[[^\]\n]{1,60}\]: [45]\d\d [45]\.\d{1,3}\.\d{1,3} <[^>\n]{0,254}>: Relay access denied|\bH=\([^)\n]{0,255}\) \[[0-9a-f.:]{3,45}\](?::\d{1,5})? (?:[A-Za-z]=\S{1,300} ){0,4}F=<[^>\n]{0,254}> rejected RCPT <[^>\n]{0,254}>: relay not permitted/;
const PROBE_CUE = /NOQUEUE: reject: RCPT from unknown|rejected RCPT <[^>\n]{0,254}>: relay not permitted/;
/**
 * Another failure in the log: a bounce or deferral, a failed login, Exim's `**`/`==` before an
 * address, a reply code with its status code, a server's `said: 5xx` (not "500 emails a day").
 */
const OTHER_FAILURE = /status=(?:bounced|deferred)|authentication failed|(?:\*\*|==) [^\s@]{1,64}@|(?<![\w.:/#\[-])[45][0-5]\d[ -][45]\.\d{1,3}\.\d{1,3}(?![\d.])|said: [45]\d\d\b/;

interface ProbeScan {
  lines: string[];
  probes: Set<number>;
  otherFailure: boolean;
}

function scanProbes(text: string): ProbeScan | null {
  if (!PROBE_CUE.test(text)) return null;
  const lines = text.split('\n');
  const probes = new Set<number>();
  let otherFailure = false;
  lines.forEach((line, index) => {
    if (PROBE_LINE.test(line)) probes.add(index);
    else if (!otherFailure && OTHER_FAILURE.test(line)) otherFailure = true;
  });
  return probes.size > 0 ? { lines, probes, otherFailure } : null;
}

/** The paste with the open-relay probes of a server's log blanked (same length), when it shows another failure. */
export function withoutRelayProbes(text: string): string {
  const scan = scanProbes(text);
  if (!scan?.otherFailure) return text;
  return scan.lines.map((line, index) => (scan.probes.has(index) ? ' '.repeat(line.length) : line)).join('\n');
}

/** The first probe line, when a server's refusals of open-relay probes are all the paste's failures; else null. */
export function onlyRelayProbes(text: string): string | null {
  const scan = scanProbes(text);
  // (the set keeps the order the lines were scanned in: its first is the first probe)
  return scan && !scan.otherFailure ? scan.lines[scan.probes.values().next().value!]!.trim() : null;
}
