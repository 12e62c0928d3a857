/** Other failures people mistake for relay refusals, each named so the reply can say which. */
import { PHISHING_RELAY_WORDS, PHISHING_RELAY_WORDS_NEEDS, QUARANTINED_RELAY_WORDS, QUARANTINED_RELAY_WORDS_NEEDS } from '../relay.js';
import type { RuleData } from '../schema.js';

/**
 * A failed connection, in the words of clients and tools: no server answered anything. (Also what
 * guesses.ts sets a person's "is it relaying denied?" aside for, when no server's code is shown.)
 * .NET's SmtpClient: "The operation has timed out."; Exchange's queue: "441 4.4.1 ... Failed to connect. Winsock error
 * code: 10060", "Unable to connect to the remote server"; .NET's "Unable to read data from the transport connection:
 * net_io_connectionclosed", Ruby's Net::OpenTimeout, nc's "connect to smtp.mailgun.org (1.2.3.4) port 25 (tcp) timed out",
 * Python's and Java's time-outs.
 */
export const CONNECTION_FAILURES: string[] = [
  String.raw`connection (?:timed out|refused|reset)`,
  String.raw`\bconnection timeout\b`,
  String.raw`\bETIMEDOUT\b|\bECONNREFUSED\b|\bECONNRESET\b|\bESOCKET\b`,
  String.raw`network is unreachable`,
  String.raw`operation has timed out`,
  String.raw`\bfailed to connect\b[^\n]{0,40}\bwinsock error\b|\bwinsock error code:? ?100(?:60|61)\b`,
  String.raw`unable to connect to (?:the )?remote server`,
  String.raw`\bnet_io_connectionclosed\b|\bNet::OpenTimeout\b`,
  String.raw`\bconnect to [^\n]{1,120}?\btimed out\b`,
  // (Thunderbird's "the connection to Outgoing server (SMTP) smtp.mailgun.org timed out")
  String.raw`\bconnection to [^\n]{1,120}?\btimed out\b`,
  // Python's socket time-out ("TimeoutError: timed out", "socket.timeout: timed out"), Java's "connect timed out" and
  // Jakarta Mail's "Couldn't connect to host, port: smtp.mailgun.org, 25" and "Could not connect to SMTP host: smtp.mailgun.org,
  // port: 465, response: -1" (no greeting read: often 465 without SSL)
  String.raw`\b(?:TimeoutError|socket\.timeout): timed out\b|\bconnect timed out\b|\bcouldn't connect to host\b|\bcould not connect to smtp host\b`,
  // Outlook's own errors for a connection that failed or broke off (0x800CCC0E, 0x800CCC0F), in any language
  String.raw`\(0x800ccc0[ef]\)`,
  // Go's net errors: "dial smtp.mailgun.org:465: i/o timeout", "dial/starttls smtp.mailgun.org:465: EOF"
  String.raw`\bi/o timeout\b|\bdial(?:/starttls)?[ \t]+[a-z0-9.-]{1,253}:\d{2,5}:[ \t]+EOF\b`,
];

export const otherRules: RuleData[] = [
  // (above a block list's words on the same rows, "| Spam": the filter's verdict on mail held for the person, no refusal of theirs)
  { id: 'quarantine-digest-lure', name: "A spam filter's quarantine digest: no server refused anything", target: 'kind:other', weight: 0.97, scope: 'text', patterns: QUARANTINED_RELAY_WORDS, needs: QUARANTINED_RELAY_WORDS_NEEDS },
  { id: 'phishing-lure', name: 'A phishing mail in relay words: no server refused anything', target: 'kind:other', weight: 0.97, scope: 'text', patterns: PHISHING_RELAY_WORDS, needs: PHISHING_RELAY_WORDS_NEEDS },
  {
    id: 'suppressed-address',
    name: 'Mailgun suppressed the address (earlier bounce, unsubscribe or complaint)',
    target: 'kind:other',
    weight: 0.9,
    scope: 'text',
    patterns: [String.raw`suppress-(?:bounce|unsubscribe|complaint)`, String.raw`previously bounced`, String.raw`not delivering to (?:a )?(?:previously|user who marked)`, String.raw`unsubscribed (?:address|recipient)`],
    needs: ['suppress', 'previously', 'unsubscribed', 'marked'],
    // (not beside the failure that caused it, which says what is wrong with the address)
    unless: 'suppression-cause-shown',
  },
  {
    id: 'recipient-domain-unknown',
    name: "The recipient's domain has no mail server",
    target: 'kind:other',
    weight: 0.85,
    scope: 'error',
    // Not the API's "Domain not found: mg.example.com" (see mailgun-domain-unknown), nor Postfix's refusal of the sender's
    // domain, "Sender address rejected: Domain not found" (a sender policy).
    patterns: [String.raw`(?<![\d.])5\.1\.2(?![\d.])`, String.raw`host (?:or domain name )?(?:unknown|not found)`, String.raw`(?<!sender address rejected: )domain (?:does not exist|not found)(?!:)`, String.raw`\bnxdomain\b`, String.raw`no mx (?:record|host)`],
  },
  {
    id: 'mailgun-domain-unknown',
    name: "Mailgun's API does not know the sending domain (name or region)",
    target: 'kind:other',
    weight: 0.9,
    scope: 'text',
    patterns: [String.raw`"message"\s*:\s*"domain not found`, String.raw`\bdomain not found: \S`],
  },
  {
    // The API's 400 for a request it cannot read ("'from' parameter is not a valid address", "'to' parameter is missing"):
    // the request's own fields, no server's refusal
    id: 'mailgun-api-bad-request',
    name: "Mailgun's API refused a field of the request (HTTP 400)",
    target: 'kind:other',
    weight: 0.9,
    scope: 'text',
    patterns: [String.raw`"message"\s*:\s*"'?(?:from|to|cc|bcc|subject|text|html|template|h:[\w-]{1,40}|v:[\w-]{1,40})'? parameter (?:is not a valid|is missing|is required|cannot be|must be)`],
    needs: ['parameter'],
  },
  {
    // A forwarding loop: a Route forwards to a mailbox that forwards back (Microsoft 365's 5.4.14, RFC 5321's hop count).
    id: 'mail-loop',
    name: 'The message went round a forwarding loop',
    target: 'kind:other',
    weight: 0.9,
    scope: 'error',
    // (not a server's own "loops back to myself", "mail loops back to me (MX problem?)": its domain list or MX record)
    patterns: [String.raw`hop count exceeded|too many hops|\bmail loop\b|routing loop|mail forwarding loop|(?<![\d.])5\.4\.14(?![\d.])`],
    needs: ['hop', 'loop', '5.4.14'],
  },
  {
    id: 'message-too-large',
    name: 'The message is too large',
    target: 'kind:other',
    weight: 0.85,
    scope: 'error',
    patterns: [String.raw`(?<![\d.])5\.3\.4(?![\d.])`, String.raw`message (?:size|too (?:big|large))`, String.raw`exceeds (?:the )?(?:maximum )?(?:message )?size`, String.raw`size limit`],
  },
  {
    // (not Ruby's Net::OpenTimeout "execution expired": a connection that never opened)
    id: 'delivery-expired',
    name: 'Delivery timed out after retries',
    target: 'kind:other',
    weight: 0.8,
    scope: 'error',
    patterns: [String.raw`(?<![\d.])[45]\.4\.7(?![\d.])`, String.raw`delivery time expired`, String.raw`retry time(?:out)? (?:was )?exceeded`, String.raw`message expired`, String.raw`(?<!execution )\bexpired\b`],
  },
  {
    id: 'tls-required',
    name: 'The server requires an encrypted connection (STARTTLS) first',
    target: 'kind:other',
    weight: 0.85,
    scope: 'error',
    // (or a client's own refusal to log in when the plain-text session offers no AUTH before STARTTLS: Python's smtplib
    // "SMTP AUTH extension not supported by server", Go's net/smtp "smtp: server doesn't support AUTH")
    patterns: [String.raw`must issue a starttls command first`, String.raw`starttls (?:is )?required`, String.raw`encryption required for requested authentication`, String.raw`(?<![\d.])5\.7\.11(?![\d.])`, String.raw`\bSMTP AUTH extension not supported by server\b|\bserver doesn't support AUTH\b`],
  },
  {
    // Mailgun's event for a Route's forward() to a URL names that URL as its recipient; the answer is the web server's.
    id: 'route-webhook-failed',
    name: "A Route's web address (your endpoint) answered with an HTTP error",
    target: 'kind:other',
    weight: 0.9,
    scope: 'text',
    patterns: [String.raw`"recipient"\s*:\s*"https?://`, String.raw`\brecipient\s*:\s*https?://`],
    needs: ['http'],
  },
  {
    // The same in other words: a Route's forward("https://...") shown beside an HTTP error status (a logs page, a person's words).
    id: 'route-webhook-http-error',
    name: "A Route forwards to a web address, and that endpoint answered with an HTTP error",
    target: 'kind:other',
    weight: 0.9,
    feature: 'route-webhook-http-error',
  },
  {
    // Mailgun's API: `{"message":"Domain mg.example.com is disabled"}` (403), or the account suspended after a review.
    id: 'mailgun-domain-disabled',
    name: 'Mailgun has disabled the sending domain or the account',
    target: 'kind:other',
    weight: 0.9,
    scope: 'text',
    patterns: [String.raw`\bdomain [a-z0-9.-]{1,253} is disabled\b`, String.raw`"message"\s*:\s*"domain (?:is )?disabled`, String.raw`\byour account (?:is|has been) (?:temporarily )?(?:disabled|suspended)\b`],
    needs: ['disabled', 'suspended'],
  },
  {
    id: 'greylisted',
    name: 'The receiving server is greylisting: a later retry gets through',
    target: 'kind:other',
    weight: 0.85,
    scope: 'error',
    patterns: [String.raw`grey ?listed|gray ?listed|grey ?listing|gray ?listing`],
  },
  {
    // OpenSSL's "wrong version number": TLS spoken to a plain-text port (implicit TLS on 587), or the reverse.
    id: 'tls-mode-mismatch',
    name: "The client's TLS mode does not match the port",
    target: 'kind:other',
    weight: 0.85,
    scope: 'text',
    patterns: [String.raw`wrong version number`, String.raw`ssl3_get_record`, String.raw`unknown protocol[^\n]{0,40}\bssl\b|\bssl\b[^\n]{0,60}unknown protocol`, String.raw`tls_validate_record_header`],
    needs: ['version', 'ssl3_get_record', 'protocol', 'tls_validate'],
  },
  {
    // A client starting in plain text on port 465, stalled with no server's answer (tls-mode.ts).
    id: 'plain-text-on-port-465',
    name: 'The client starts in plain text on port 465, which expects TLS at once',
    target: 'kind:other',
    // (over a connection failure's 0.8: the same time-out, with its cause shown)
    weight: 0.9,
    feature: 'plain-text-on-port-465',
  },
  {
    // A firewall's own log of the connection it dropped (FortiGate: `dstport=587 ... action="deny" ... msg="relay access
    // denied by policy"`): no mail server was reached, whatever the rule's name says.
    id: 'firewall-blocked',
    name: 'A firewall blocked the connection to the mail server',
    target: 'kind:other',
    weight: 0.9,
    scope: 'text',
    patterns: [
      String.raw`\bdstport=(?:25|465|587|2525)\b[^\n]{0,600}\baction="?(?:deny|drop|block(?:ed)?)\b`,
      String.raw`\baction="?(?:deny|drop|block(?:ed)?)\b[^\n]{0,600}\bdstport=(?:25|465|587|2525)\b`,
    ],
    needs: ['dstport'],
  },
  {
    // No error at all: the lines show the mail accepted or delivered ("is the relay set up right now?").
    id: 'mail-accepted',
    name: 'The mail was accepted, with no error',
    target: 'kind:other',
    // (over a relay phrase in people's words only, 0.6: the lines show no refusal)
    weight: 0.7,
    feature: 'mail-accepted',
  },
  {
    id: 'connection-failed',
    name: 'The connection to the server failed',
    target: 'kind:other',
    weight: 0.8,
    scope: 'error',
    patterns: CONNECTION_FAILURES,
  },
  {
    // Go's x509, Node's altnames, Python's ssl, Java's "No subject alternative DNS name", .NET's name mismatch.
    id: 'tls-certificate-mismatch',
    name: "The server's TLS certificate is not for the host name the client connected to",
    target: 'kind:other',
    weight: 0.85,
    scope: 'text',
    patterns: [
      String.raw`certificate is valid for [^\n]{1,300}, not \S`,
      String.raw`does not match certificate'?s altnames`,
      String.raw`hostname '[^'\n]{1,253}' doesn't match`,
      String.raw`no subject alternative (?:dns )?name matching`,
      String.raw`remotecertificatenamemismatch`,
      // Python's ssl: "certificate verify failed: Hostname mismatch, certificate is not valid for 'x'"
      String.raw`certificate verify failed: hostname mismatch`,
      String.raw`certificate is not valid for`,
    ],
    needs: ['certificate', "doesn't", 'subject', 'mismatch'],
  },
];
