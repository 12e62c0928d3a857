/**
 * Python code pasted with an `if`/`else` that logs in on one branch only: `if port == 465:` opens `SMTP_SSL(...)` and calls
 * `login(...)`, `else:` opens `SMTP(...)` and `starttls()` and never logs in. Whatever the credentials, the session on the
 * other port sends none, and Mailgun refuses to relay.
 */
import { indentOf } from './one-line.js';

/** Lines read at most: a pasted module, not a megabyte of log. */
const MAX_LINES = 2000;
const LOGIN_CALL = /\.login\(/;
const OPENS_SESSION = /\bSMTP(?:_SSL)?\(|\.starttls\(/;
/** A condition on whether there is a login: `if user:`, `if settings.EMAIL_HOST_USER:`, `if not password:`. */
/** A setting that switches the login on (`SMTP_USE_AUTH`, `ENABLE_SMTP_AUTH`, `use_auth`), not the login's own user or password. */
// (camel-case too, `smtpUseAuth`; `auth_enabled` only of the mail's own, not a web app's `BASIC_AUTH_ENABLED`)
// (and a bare `SMTP_AUTH`, Go's `if os.Getenv("SMTP_AUTH") == "1" {`; not `SMTP_AUTH_USER`, a login setting)
export const AUTH_SWITCH = /\b(?:[a-z0-9]+_|smtp)*(?:(?:use|enable|require)_?(?:smtp_?)?auth(?:entication)?\w*|(?:smtp|mail|email)_?auth(?:entication)?(?:_?(?:enabled|required|on))?)\b/i;

/**
 * The switch a login's condition compares with a word (`if os.environ.get("SMTP_AUTH_ENABLED") == "true":`) set in the paste
 * to that word in another case (`SMTP_AUTH_ENABLED=True`): the comparison fails, and the login is skipped. `NAME=True · "true"`.
 */
export function switchCaseMismatch(text: string, condition: string): string | null {
  // (with a default or not: `os.environ.get("SMTP_AUTH_ENABLED", "false") == "true"`)
  const compared = /["']?([A-Z][A-Z0-9_]{2,60})["']?(?:[ \t]*,[ \t]*["'][^"'\n]{0,20}["'])?[ \t]*\)?[ \t]*==[ \t]*["']([\w-]{1,10})["']/i.exec(condition);
  if (!compared || !AUTH_SWITCH.test(compared[1]!)) return null;
  // (set in an env file, a shell's export, or Compose's `- NAME=True` and `NAME: True`)
  const set = new RegExp(String.raw`^[ \t]*(?:-[ \t]*)?(?:export[ \t]+)?${compared[1]!}[ \t]*[=:][ \t]*["']?([\w-]{1,10})["']?[ \t]*$`, 'm').exec(text)?.[1];
  return set !== undefined && set !== compared[2] && set.toLowerCase() === compared[2]!.toLowerCase() ? `${compared[1]}=${set} · "${compared[2]}"` : null;
}
const LOGIN_CONDITION = /^\s*(?:if|elif)\b[^:\n]*\b\w*(?:user(?:name)?|login|pass(?:word|wd)?|creds|credentials|auth)\w*\b[^:\n]*:\s*$/i;
/** A session opened with a local server: the machine's own relay, which takes mail without a login. */
const LOCAL_SERVER = /\bSMTP\([ \t]*["'](?:localhost|127\.0\.0\.1)["']/;

interface Block {
  header: string;
  lines: string[];
}

/** The block a header line at `index` opens: the lines below it indented further (blank lines kept). */
function blockAt(lines: readonly string[], index: number): Block {
  const indent = indentOf(lines[index]!);
  const body: string[] = [];
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && indentOf(line) <= indent) break;
    body.push(line);
  }
  return { header: lines[index]!.trim(), lines: body };
}

/**
 * The branch that logs in and the one that does not, when the paste's code has such an `if`/`else`: the login call as written,
 * and the condition of the branch without it ("else", or the `if` line). Null when there is none.
 */
export function loginInOneBranch(text: string): { login: string; without: string } | null {
  if (!text.includes('else:') || !LOGIN_CALL.test(text)) return null;
  const lines = text.split('\n', MAX_LINES);
  for (let e = 0; e < lines.length; e++) {
    if (lines[e]!.trim() !== 'else:') continue;
    const indent = indentOf(lines[e]!);
    // (the `if` the `else` belongs to: the nearest line above at the same indent)
    let start = e - 1;
    while (start >= 0 && (lines[start]!.trim() === '' || indentOf(lines[start]!) > indent)) start--;
    if (start < 0 || !/^(?:if|elif)\b.*:$/.test(lines[start]!.trim()) || indentOf(lines[start]!) !== indent) continue;
    const branches = [blockAt(lines, start), blockAt(lines, e)];
    const logsIn = branches.map((b) => b.lines.some((line) => LOGIN_CALL.test(line)));
    const opens = branches.map((b) => b.lines.some((line) => OPENS_SESSION.test(line)));
    if (logsIn[0] === logsIn[1] || !opens[0] || !opens[1]) continue;
    // (not where the condition is whether there is a login, `if user:`, nor where the other branch talks to another server,
    // `SMTP('localhost', 25)`: then the branch without a login is meant so)
    if (LOGIN_CONDITION.test(lines[start]!) || branches.some((b) => b.lines.some((line) => LOCAL_SERVER.test(line)))) continue;
    const withLogin = branches[logsIn[0] ? 0 : 1]!;
    return { login: withLogin.lines.find((line) => LOGIN_CALL.test(line))!.trim(), without: branches[logsIn[0] ? 1 : 0]!.header };
  }
  return null;
}

/** A Go `if` opening its block on the line (group 1 its indent, group 2 its condition). */
const GO_IF = /^([ \t]*)if[ \t]+(.{1,200}?)[ \t]*\{[ \t]*$/;
/** Go's net/smtp login: the Auth a call to SendMail or Client.Auth is given. */
const GO_AUTH_CALL = /\bsmtp\.(?:PlainAuth|CRAMMD5Auth)\(/;
/** A value read from the environment in Go: `os.Getenv("SMTP_AUTH")`, `os.LookupEnv(...)`. */
const GO_ENV_READ = /\bos\.(?:Getenv|LookupEnv)\(/;
/** How far into an `if` block the Auth is looked for. */
const MAX_GO_BLOCK_LINES = 40;

/**
 * Go code that makes its smtp.Auth only under an `if` on a switch (`if os.Getenv("SMTP_AUTH") == "1" {` over
 * `auth = smtp.PlainAuth(...)`): where the switch is not set, SendMail gets a nil Auth and sends no login. The Auth line and
 * the `if` line; null when there is none.
 */
export function goLoginUnderSwitch(text: string): { login: string; condition: string } | null {
  if (!text.includes('if ') || !GO_AUTH_CALL.test(text)) return null;
  const lines = text.split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const header = GO_IF.exec(lines[i]!);
    // (a switch the environment gives, not a variable that holds the Auth, `if smtpAuth == nil {`, nor a config file's flag,
    // whose own value the paste's config shows)
    if (!header || !GO_ENV_READ.test(header[2]!) || !AUTH_SWITCH.test(header[2]!)) continue;
    let login: string | undefined;
    for (let j = i + 1; j < lines.length && j <= i + MAX_GO_BLOCK_LINES; j++) {
      // (an `else` that logs in too, `} else { auth = smtp.PlainAuth(...) }`: every branch logs in)
      if (lines[j]!.startsWith(`${header[1]}}`)) {
        if (login !== undefined && /^[ \t]*\}[ \t]*else\b/.test(lines[j]!) && elseBlockLogsIn(lines, j, header[1]!)) login = undefined;
        break;
      }
      if (login === undefined && GO_AUTH_CALL.test(lines[j]!)) login = lines[j]!.trim();
    }
    if (login !== undefined) return { login, condition: lines[i]!.trim() };
  }
  return null;
}

/** Whether the `else` block that opens on line `at` (closing at `indent`'s `}`) makes an Auth too. */
function elseBlockLogsIn(lines: readonly string[], at: number, indent: string): boolean {
  for (let j = at + 1; j < lines.length && j <= at + MAX_GO_BLOCK_LINES; j++) {
    if (lines[j]!.startsWith(`${indent}}`)) return false;
    if (GO_AUTH_CALL.test(lines[j]!)) return true;
  }
  return false;
}

/**
 * Python code that logs in only under an `if` on something else than the login (`if PROVEEDOR == "ses":` over
 * `server.login(SES_USER, SES_PASS)`), no `else`, the session opened before it: sent through Mailgun, the condition is false
 * and no login is sent. The login call and the `if` line; null when there is none.
 */
export function loginUnderCondition(text: string): { login: string; condition: string } | null {
  if (!text.includes('if ') || !LOGIN_CALL.test(text)) return null;
  const lines = text.split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    // (its own comment after it cut: `if os.environ.get("PROVIDER") == "ses":   # SES box relays without auth`)
    const header = lines[i]!.replace(/[ \t]+#.*$/, '').trim();
    // (a switch for the login, `if SMTP_USE_AUTH == "1":`, is a condition on something else than the login's own settings)
    if (!/^if\b.*:$/.test(header) || (LOGIN_CONDITION.test(header) && !AUTH_SWITCH.test(header))) continue;
    const block = blockAt(lines, i);
    const after = lines.slice(i + 1 + block.lines.length).find((line) => line.trim() !== '');
    // (a branch of its own beside an `else`/`elif` is loginInOneBranch's; a session opened inside it is another transport)
    if (after !== undefined && indentOf(after) === indentOf(lines[i]!) && /^(?:else|elif)\b/.test(after.trim())) continue;
    const login = block.lines.find((line) => LOGIN_CALL.test(line))?.trim();
    if (login === undefined || block.lines.some((line) => OPENS_SESSION.test(line))) continue;
    // (nor a condition on what the login call sends, `if SENHA:` over `s.login(USUARIO, SENHA)`: the empty setting's case)
    // (each argument by its own name, its last key or word: `self.cfg["SMTP_USER"]` is SMTP_USER, not `self` or `cfg`, which
    // any condition may read)
    const sent = (/\.login\(([^)\n]{0,200})\)/.exec(login)?.[1]?.split(',') ?? []).flatMap((argument) => argument.match(/[A-Za-z_]\w{1,60}(?=["']?[ \t\])]*$)/) ?? []);
    if (sent.some((name) => new RegExp(String.raw`\b${name}\b`).test(header))) continue;
    return { login, condition: header };
  }
  return null;
}
