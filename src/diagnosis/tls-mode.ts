/**
 * Port 465 speaks TLS from its first byte (implicit TLS). A client set to start in plain text there, to switch with
 * STARTTLS later, waits for a greeting the server never sends in the clear, and the server waits for a TLS hello that
 * never comes, until one of them gives up: a time-out, nodemailer's "Greeting never received", Ruby's
 * Net::ReadTimeout, Python's "Connection unexpectedly closed", Postfix's "lost connection ... while receiving the
 * initial server greeting". No server answered anything, so nothing was refused for relaying; people often ask
 * whether it was, because "nothing gets through".
 */
import { PORT_SETTING } from './patterns.js';
import type { ClientId } from './types.js';

/**
 * Port 465 in the paste's settings: a port key, a host name's `host:465` (Postfix's `[smtp.mailgun.org]:465`), a call's
 * `("host", 465)`, msmtp's `port 465` line. Not an address's `34.160.12.7:465` in an error: that names where it connected.
 */
const PORT_465 = new RegExp(String.raw`${PORT_SETTING}465(?!\d)|(?:[a-z][\w-]*\.)+[a-z]{2,}\]?:465(?![\d:])|["'\`][ \t]*,[ \t]*465[ \t]*[,)]|^[ \t]*port[ \t]+465[ \t]*$`, 'im');

/**
 * A client stalled without any server's answer (a reply code in the paste says a server did answer): a time-out that
 * happened, not a time-out setting (PHPMailer's `timeout=300`, smtplib's `self.timeout`).
 */
// (Go's error ends on the read that found the connection closed: `smtp send failed: EOF`)
const STALLED = /\btimed[ -]?out\b|(?<![.=\w])time-?out(?![=:(\w])|\bETIMEDOUT\b|greeting never received|\bNet::ReadTimeout\b|connection unexpectedly closed|\bSMTPServerDisconnected\b|\bunexpected EOF\b|:[ \t]*EOF[ \t]*$|while receiving the initial server greeting|\b(?:just |it )hangs\b|\bhangs (?:and|then|forever|until)\b|\bcould not connect to smtp host: [^\n]{1,200}, response: -1\b/im;

/**
 * A connection that failed before a byte was spoken: refused, unreachable, a name not found, or Node's TCP `connect
 * ETIMEDOUT` (no answer to the handshake: a firewall). No TLS setting changes that.
 */
const TCP_FAILED = /\bconnect E(?:TIMEDOUT|CONNREFUSED|HOSTUNREACH|NETUNREACH)\b|\bconnection refused\b|\bECONNREFUSED\b|\bgetaddrinfo\b|\bENOTFOUND\b|name or service not known|no route to host|network is unreachable/i;

/**
 * How each client family says it starts in plain text (`plain`), its configuration shown where plain text is its default
 * (`byDefault`), and how it says TLS from the start (`implicit`): with the latter anywhere in the paste, the port is spoken right.
 */
interface TlsSettings {
  plain: RegExp;
  byDefault?: RegExp;
  implicit: RegExp;
}

const SETTINGS: Partial<Record<ClientId, TlsSettings>> = {
  // (nodemailer takes TLS from the start on 465 when `secure` is unset: only `secure: false` starts in plain text there)
  nodemailer: { plain: /\bsecure["']?[ \t]*:[ \t]*false\b/i, implicit: /\bsecure["']?[ \t]*:[ \t]*true\b|\bsmtps:\/\//i },
  phpmailer: { plain: /\bSMTPSecure[ \t]*=[ \t]*(?:["']tls["']|PHPMailer::ENCRYPTION_STARTTLS)/i, implicit: /\bSMTPSecure[ \t]*=[ \t]*(?:["']ssl["']|PHPMailer::ENCRYPTION_SMTPS)/i },
  wordpress: { plain: /\bSMTPSecure[ \t]*=[ \t]*(?:["']tls["']|PHPMailer::ENCRYPTION_STARTTLS)|\bencryption["']?[ \t]*(?:[:=]|=>)[ \t]*["']?tls\b/i, implicit: /\bSMTPSecure[ \t]*=[ \t]*(?:["']ssl["']|PHPMailer::ENCRYPTION_SMTPS)|\bencryption["']?[ \t]*(?:[:=]|=>)[ \t]*["']?ssl\b/i },
  // (Django's EMAIL_USE_TLS is STARTTLS; EMAIL_USE_SSL the TLS from the start that 465 needs)
  django: { plain: /\bEMAIL_USE_TLS[ \t]*=[ \t]*True\b/, implicit: /\bEMAIL_USE_SSL[ \t]*=[ \t]*True\b/ },
  'python-smtplib': { plain: /\bstarttls\(\)/, byDefault: /\bsmtplib\.SMTP\(/, implicit: /\bSMTP_SSL\(/ },
  // (GitLab's smtp_tls is false unless set: smtp_enable_starttls_auto alone is STARTTLS)
  // (its setting's own line, not a person's "no smtp_tls = true")
  gitlab: { plain: /\bsmtp_enable_starttls_auto['"]?\]?[ \t]*=[ \t]*true\b/i, byDefault: /\bgitlab_rails\[['"]smtp_port['"]\]/, implicit: /\[['"]smtp_tls['"]\][ \t]*=[ \t]*true\b/i },
  'ruby-net-smtp': { plain: /\benable_starttls(?:_auto)?["']?[ \t]*(?:=>|:|=)[ \t]*true\b/i, byDefault: /\bNet::SMTP\.(?:new|start)\(/, implicit: /\b(?:tls|ssl)["']?[ \t]*(?:=>|:)[ \t]*true\b|\benable_tls\b/i },
  'jakarta-mail': { plain: /\bmail\.smtp\.starttls\.enable["']?[ \t]*[=:,][ \t]*["']?true\b/i, implicit: /\bmail\.smtp\.ssl\.enable["']?[ \t]*[=:,][ \t]*["']?true\b|\bmail\.transport\.protocol[ \t]*[=:][ \t]*smtps\b/i },
  mailkit: { plain: /\bSecureSocketOptions\.(?:StartTls|StartTlsWhenAvailable|None)\b/, implicit: /\bSecureSocketOptions\.SslOnConnect\b|\bConnect(?:Async)?\([^\n)]{0,120},[ \t]*true[ \t]*\)/ },
  msmtp: { plain: /^[ \t]*tls_starttls[ \t]+on\b/im, implicit: /^[ \t]*tls_starttls[ \t]+off\b/im },
  // (Go's smtp.SendMail and smtp.Dial start in plain text; TLS from the start is a tls.Dial handed to smtp.NewClient)
  'go-net-smtp': { plain: /\bsmtp\.(?:SendMail|Dial)\b/, implicit: /\btls\.Dial(?:WithDialer)?\(/ },
  // (Jenkins' E-mail Notification: its "Use SSL" box is TLS from the start; unticked, it starts in plain text)
  jenkins: { plain: /\bUse SSL[ \t]*:?[ \t]*(?:☐|□|\[ \]|no\b|false\b|off\b|unchecked\b|not checked\b)/i, implicit: /\bUse SSL[ \t]*:?[ \t]*(?:☑|☒|✔|✓|\[x\]|yes\b|true\b|on\b|checked\b)/i },
  // (Postfix speaks to 465 only with smtp_tls_wrappermode = yes)
  postfix: { plain: /\brelayhost[ \t]*=[^\n]{0,80}:465\b|while receiving the initial server greeting/i, implicit: /\bsmtp_tls_wrappermode[ \t]*=[ \t]*yes\b/i },
};

/**
 * The setting that makes the client start in plain text on port 465, when the paste shows it with a stall and no
 * server's answer; null otherwise. (.NET's SmtpClient cannot speak 465 at all: the connection failure's own advice says so.)
 */
export function plainTextOnImplicitTlsPort(text: string, client: ClientId | null, serverAnswered: boolean): string | null {
  const settings = client ? SETTINGS[client] : undefined;
  if (!settings || serverAnswered || !text.includes('465')) return null;
  const port = PORT_465.exec(text);
  if (!port || !STALLED.test(text) || TCP_FAILED.test(text) || settings.implicit.test(text)) return null;
  const plain = settings.plain.exec(text);
  if (!plain && !settings.byDefault?.test(text)) return null;
  // (the port's line, then the setting's where there is one: `port: 465, · secure: false,`)
  const lines = [lineAround(text, port.index), ...(plain ? [lineAround(text, plain.index)] : [])];
  return [...new Set(lines)].join(' · ');
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? text.length : end).trim().slice(0, 160);
}
