import { describe, expect, it } from 'vitest';
import { FOCUS_THRESHOLD, normalize, unescapeSlack } from '../../src/diagnosis/normalize.js';
import { REDACTED, redactSecrets } from '../../src/diagnosis/redact.js';
import { diagnose } from '../../src/diagnosis/index.js';

describe('normalize', () => {
  it('undoes Slack escaping and link wrappers', () => {
    expect(unescapeSlack('&lt;<mailto:a@b.example|a@b.example>&gt; &amp; <https://x.example/p|the page> <https://y.example>')).toBe(
      '<a@b.example> & the page https://y.example',
    );
  });

  it("reads Slack's mentions as names, and drops emphasis around links and invisible spaces", () => {
    const { text } = normalize('<@U024BE7LH> <!subteam^S07KLM2|@inbound-team> <!here> in <#C024BE7LH|support>: *<mailto:sales@klein.example|sales@klein.example>*\nRelay\u200bing\u00a0denied');
    expect(text).toBe('@U024BE7LH @inbound-team @here in #support: sales@klein.example\nRelaying denied');
  });

  it("leaves out the bot's own earlier reply pasted above a new error", () => {
    const pasted = 'relaydenied APP 10:02\nMailgun refused to relay: the SMTP session was not authenticated\nWhy I think so\n  • The server replied with a relay refusal: "550 5.7.1 Relaying denied"\nDana K  10:40\nnow it fails differently:\n535 5.7.0 Mailgun is not loving your login or password';
    const { text } = normalize(pasted);
    expect(text).not.toContain('550 5.7.1');
    expect(text).toContain('now it fails differently');
    // What the person typed right under our reply is theirs.
    const under = normalize('relaydenied APP 10:02\nMailgun refused to relay\nWhy I think so\n  • The server replied with a relay refusal: "550 5.7.1 Relaying denied"\n\nI turned on auth, now I get:\n535 5.7.8 Authentication failed').text;
    expect(under).toContain('535 5.7.8 Authentication failed');
    expect(under).not.toContain('550 5.7.1');
    // A reply pasted back without the Slack header starts at our headline.
    const bare = normalize('Mailgun refused to relay: the SMTP session was not authenticated\nMailgun\'s SMTP server refused to pass the message on.\nWhy I think so\n  - The server replied with a relay refusal: "550 5.7.1 Relaying denied"\n\nnew one: Sending failed for t@c.example: 554 5.7.1 Relaying denied').text;
    expect(bare).not.toContain('not authenticated');
    expect(bare).toContain('554 5.7.1 Relaying denied');
    // Without the header, our evidence lines still go.
    expect(normalize('Why I think so\n- The server replied with a relay refusal: "550 5.7.1 Relaying denied"\nnew: 535 5.7.0').text).not.toContain('550 5.7.1');
  });

  it('removes code fences, CRLF and quote markers', () => {
    const { text } = normalize('```\r\n> 550 5.7.1 Relaying denied\r\n> host mxa.mailgun.org\r\n```');
    expect(text).not.toContain('```');
    expect(text).not.toContain('\r');
    expect(text).toContain('550 5.7.1 Relaying denied\nhost mxa.mailgun.org');
  });

  it('keeps a single `>` in text that is not a quote', () => {
    expect(normalize('EHLO -> MAIL FROM\nline two\nline three').text).toContain('-> MAIL FROM');
  });

  it('joins quoted-printable soft line breaks and decodes escapes', () => {
    const { text } = normalize('Content-Transfer-Encoding: quoted-printable\n\n550 5.7.1 Rel=\naying denied for a=3Db');
    expect(text).toContain('550 5.7.1 Relaying denied for a=b');
  });

  it('does not take a log\'s `t=2024-...` or a URL\'s `ip=203...` for quoted-printable', () => {
    const log = 'logger=ngalert t=2024-06-02T03:14:07Z err="550 5.7.1 Relaying denied"\n[smtp]\nuser =\npassword =\nsee http://rbl.example/?ip=203.0.113.22';
    expect(normalize(log).text).toBe(log);
  });

  it('decodes base64 text parts of a MIME bounce', () => {
    const body = Buffer.from('Diagnostic-Code: smtp; 550 5.7.1 Relay access denied\n').toString('base64');
    const mime = `Content-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body}\n--b--\n`;
    expect(normalize(mime).text).toContain('Relay access denied');
  });

  it('keeps only the lines that matter of a huge paste, in bounded size', () => {
    const noise = 'lorem ipsum dolor sit amet\n'.repeat(80_000);
    const { text, focused } = normalize(`${noise}host mxa.mailgun.org[1.2.3.4] said: 550 5.7.1 Relaying denied\n${noise}`);
    expect(focused).toBe(true);
    expect(text.length).toBeLessThan(FOCUS_THRESHOLD * 2);
    expect(text).toContain('550 5.7.1 Relaying denied');
  });

  it('keeps a dozen copies of a log line shape, not thousands, and the lines next to a relay refusal whatever their shape', () => {
    const time = (i: number) => `2025-03-20 ${String(Math.floor(i / 3600) % 24).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},${String(i % 1000).padStart(3, '0')}`;
    const routine = (i: number) => [
      `${time(i)} INFO  probe.inbound [inbound:shop${i % 9}.example] delivered probe to orders${i}@shop.example via mxa.mailgun.org:25 in ${i % 900}ms (250 Great success)`,
      `${time(i)} DEBUG probe.inbound [inbound:shop${i % 9}.example] connecting to mxa.mailgun.org:25 (starttls=True)`,
    ];
    const lines: string[] = [];
    for (let i = 0; lines.length < 4000; i++) lines.push(...routine(i));
    lines.splice(2000, 0, `2025-03-20 07:15:48,639 DEBUG probe.inbound [inbound:parcels.example] connecting to mxb.mailgun.org:25 (starttls=True)`, `smtplib.SMTPRecipientsRefused: {'probe@parcels.example': (550, b'5.7.1 Relaying denied')}`);
    const paste = `The inbound check for parcels.example went red this morning:\n${lines.join('\n')}\n`;
    expect(paste.length).toBeGreaterThan(FOCUS_THRESHOLD * 2);
    const { text, focused } = normalize(paste);
    expect(focused).toBe(true);
    const kept = text.split('\n');
    // (the head's lines, then at most a dozen of each shape: far fewer than the budget would have let in)
    expect(kept.filter((l) => l.includes('delivered probe to')).length).toBeLessThan(100);
    expect(text).toContain('connecting to mxb.mailgun.org:25');
    expect(text).toContain('5.7.1 Relaying denied');
    expect(diagnose(paste).scenario).toBe('mailgun-incoming');
  });

  it('keeps every line of a huge JSON record whatever its shape, and cuts the head and tail at line breaks', () => {
    const event = (i: number) => `  {\n    "timestamp": "2025-03-20 07:15:${String(i % 60).padStart(2, '0')}",\n    "event": "${i === 700 ? 'failed' : 'delivered'}",\n    "recipient": "person${i}@example.org",\n    "delivery-status": {"code": ${i === 700 ? 550 : 250}, "message": "${i === 700 ? '5.7.1 Relaying denied' : 'OK'}", "mx-host": "mx.example.org"}\n  }`;
    const events = Array.from({ length: 1500 }, (_, i) => event(i));
    // (a log search's export, not a page of the Events API: that one is read as JSON, event-page.test.ts)
    const paste = `{"hits": [\n${events.join(',\n')}\n]}`;
    expect(paste.length).toBeGreaterThan(FOCUS_THRESHOLD);
    const { text } = normalize(paste);
    const original = new Set(paste.split('\n'));
    // (no line cut in two at the head's end or the tail's start)
    expect(text.split('\n').filter((l) => l !== '' && !original.has(l))).toEqual([]);
    expect(text.match(/"recipient":/g)!.length).toBeGreaterThan(100);
    expect(text).toContain('"recipient": "person700@example.org"');
  });

  it('cuts one endless line into pieces and still finds the error in it', () => {
    const line = `${'x'.repeat(500_000)} 550 5.7.1 Relaying denied ${'y'.repeat(500_000)}`;
    const { text, focused } = normalize(line);
    expect(focused).toBe(true);
    expect(text).toContain('Relaying denied');
  });

  it('redacts secrets before anything else can see them', () => {
    const { text, secretsFound } = normalize('MAILER_DSN=smtp://postmaster%40mg.x.example:hunter2secret@smtp.mailgun.org:587');
    expect(secretsFound).toBe(true);
    expect(text).not.toContain('hunter2secret');
  });
});

describe('redactSecrets', () => {
  const secrets: Array<[string, string]> = [
    ['legacy Mailgun API key', "curl --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/domains"],
    ['new Mailgun API key', 'MAILGUN_KEY 0123456789abcdef0123456789abcdef-0a1b2c3d-4e5f6a7b'],
    ['password in a URL', 'smtps://user@mg.x.example:S3cr3t!pass@smtp.mailgun.org:465'],
    ['password assignment', 'MAIL_PASSWORD=Tr0ub4dor&3'],
    ['JSON password', '{"smtp_password": "correct horse battery"}'],
    ['Slack bot token', 'token xoxb-1234567890-abcdefghijkl'],
    ['AUTH PLAIN blob', '-> AUTH PLAIN AHBvc3RtYXN0ZXJAbWcueC5leGFtcGxlAHB3'],
    ['smtplib login', 's.login("postmaster@mg.x.example", "pa55word")'],
    ['password holding , and ;', 'MAIL_PASSWORD=ab;cd3fgh!x 550 5.7.1 Relaying denied'],
    ['quoted password holding a comma', '"password": "Abc,defghijk99"'],
    ['Postfix sasl_passwd line', '[smtp.mailgun.org]:587 postmaster@mg.x.example:S3cretPass'],
    ['Go PlainAuth', 'smtp.PlainAuth("", "postmaster@mg.x.example", "pa55word", "smtp.mailgun.org")'],
    ['.NET NetworkCredential', 'new NetworkCredential("postmaster@mg.x.example", "pa55word")'],
    ['Jakarta Mail property', 'props.put("mail.smtp.password", "pa55word");'],
    ['Jakarta Mail PasswordAuthentication', 'new PasswordAuthentication(user, "pa55word")'],
    ['Slack refresh token', 'xoxe-1-abcdefghijklmnopqrstu'],
    ['Basic header', 'Authorization: Basic YXBpOmtleS0xMjM0NTY3ODkw'],
  ];
  for (const [name, text] of secrets) {
    it(`redacts a ${name}`, () => {
      const result = redactSecrets(text);
      expect(result.found).toBe(true);
      expect(result.text).toContain(REDACTED);
    });
  }

  it('says what kind of secret it found, for the advice on replacing it', () => {
    const kinds: [string, string[]][] = [
      ['MAIL_PASSWORD=hunter2xyz', ['password']],
      ['smtp://postmaster@mg.x.example:S3cretPass@smtp.mailgun.org:587', ['password']],
      ['s.login("postmaster@mg.x.example", "pa55word")', ['password']],
      ['Authorization: Basic YXBpOmtleS0xMjM0NTY3ODkw', ['password']],
      ['curl -s --user api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0 https://api.mailgun.net/v3/x/messages', ['api-key']],
      ['MAILGUN_API_KEY="0123456789abcdef0123456789abcdef-01234567-89abcdef"', ['api-key']],
      ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefgh', ['token']],
      ['SLACK_SIGNING_SECRET=8f14e45fceea167a5a36dedd4bea2543', ['token']],
      ['SLACK_BOT_TOKEN=xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx', ['slack-token']],
      ['MAIL_PASSWORD=hunter2xyz\napi_key: "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"', ['password', 'api-key']],
      ['no secret here', []],
    ];
    for (const [text, expected] of kinds) expect(redactSecrets(text).kinds, text).toEqual(expected);
  });

  it('leaves placeholders alone and does not flag them', () => {
    for (const text of ["--user 'api:<redacted>'", "--user 'api:key-REDACTED'", 'MAIL_PASSWORD=null', 'password: YOUR_PASSWORD', "auth=('api', KEY)", 'the key-value store', 'Password: (blank)', 'Mot de passe : (vide)', '# password: !secret mg_pass']) {
      const result = redactSecrets(text);
      expect(result.found, text).toBe(false);
      expect(result.text).toBe(text);
    }
  });

  it('redacts the whole of a password, however it is punctuated', () => {
    expect(redactSecrets('MAIL_PASSWORD=ab;cd3fgh!x next').text).toBe(`MAIL_PASSWORD=${REDACTED} next`);
    expect(redactSecrets('"password": "Abc,defghijk99"').text).toBe(`"password": "${REDACTED}"`);
  });

  it('does not take log lines or bounce lines that look like sasl_passwd for one', () => {
    for (const text of ['550-mail0.bemta0.messagelabs.com [198.51.100.21]:22222 is not permitted', 'Mar 14 09:41:07 app01 postfix/smtp[22817]: 5C1E: to=<a@b.example>, relay=smtp.mailgun.org[1.2.3.4]:587']) {
      expect(redactSecrets(text).found, text).toBe(false);
    }
  });

  it('tells a reference to a secret from a secret that looks like one', () => {
    expect(redactSecrets('MAIL_PASSWORD=envelope123').found).toBe(true);
    expect(redactSecrets('smtp_password = "A0000000000AA"').found).toBe(true);
    expect(redactSecrets('smtp_password = "SMTP_PASS_VALUE"').found).toBe(true);
    expect(redactSecrets('smtp_password = SMTP_PASS').found).toBe(false);
    expect(redactSecrets('MAILGUN_WEBHOOK_SIGNING_KEY = "d7e2b9c41f0a6e8d3b5c7a9f1e2d4c6b"').text).toBe(`MAILGUN_WEBHOOK_SIGNING_KEY = "${REDACTED}"`);
  });

  it('keeps the surrounding text readable', () => {
    expect(redactSecrets('MAIL_PASSWORD=abc123xyz MAIL_PORT=587').text).toBe(`MAIL_PASSWORD=${REDACTED} MAIL_PORT=587`);
  });
});

describe('forwarded bounces', () => {
  it('keeps a bounce that was forwarded (the forward marker is not a bounce copy)', () => {
    const { text } = normalize(`FYI\n\n---------- Forwarded message ---------\nSubject: Undelivered Mail Returned to Sender\n\n<a@b.example>: host mxa.mailgun.org[1.2.3.4] said: 550 5.7.1\n    Relaying denied (in reply to RCPT TO command)\n`);
    expect(text).toContain('Relaying denied (in reply to RCPT TO command)');
  });

  it('treats "Original Message" as a bounce copy only below a reported failure', () => {
    const forward = normalize(`see below\n-----Original Message-----\nReporting-MTA: dns;mail.p.example\nRemote-MTA: dns;mxa.mailgun.org\nDiagnostic-Code: smtp;550 5.7.1 Relaying denied\n`);
    expect(forward.text).toContain('Remote-MTA: dns;mxa.mailgun.org');
    const bounce = normalize(`550 5.7.1 Relaying denied\n----- Original message -----\nSubject: routes of our trip\nhello`);
    expect(bounce.text).not.toContain('hello');
  });
});

describe('quoted-printable is not read into log ids', () => {
  it("leaves Exim's id=3d..., id=0a... and id=20ef... alone", () => {
    const log = '2024-04-15 00:24:25 1rwIY7 <= a@b.example S=27412 id=3d492f64f666@b.example\n2024-04-15 00:25:00 1rwIY8 <= a@b.example S=30241 id=0a7d7fab26d2@b.example id=20ef682b1b27b@b.example';
    expect(normalize(log).text).toBe(log);
  });
  it('still decodes escapes written in capitals', () => {
    expect(normalize('Diagnostic-Code: smtp; 550 5.7.1 Relaying=20denied =3D done').text).toContain('550 5.7.1 Relaying denied = done');
  });
});

describe('a pasted diff', () => {
  it('blanks the removed lines and keeps the added ones without their +', () => {
    const text = 'diff:\n-\terr := smtp.SendMail("smtp.mailgun.org:587", nil, from, to, msg)\n+\tauth := smtp.PlainAuth("", user, pass, host)\n+\terr := smtp.SendMail("smtp.mailgun.org:587", auth, from, to, msg)';
    const out = normalize(text).text.split('\n');
    expect(out[1]!.trim()).toBe('');
    expect(out[2]).toBe(' \tauth := smtp.PlainAuth("", user, pass, host)');
  });
  it('leaves Markdown lists and lone +/- lines alone', () => {
    const list = 'Checked:\n- SPF record\n- DKIM record\n+1 from me';
    expect(normalize(list).text).toBe(list);
    const config = 'relayhost = [smtp.mailgun.org]:587\n- smtp_sasl_auth_enable = yes';
    expect(normalize(config).text).toBe(config);
  });
});

describe('quoted-printable escapes before hex letters', () => {
  it('decodes "=20denied" and "=20access" but not an id=20...', () => {
    expect(normalize('Diagnostic-Code: smtp; 550 5.7.1 <bob@y.example>: Relaying=20denied').text).toContain('Relaying denied');
    expect(normalize('Relay=20access=20denied').text).toBe('Relay access denied');
  });
});

describe("a delivery report's part with a word broken by a soft break (review 49c)", () => {
  it('joins it, with no Content-Transfer-Encoding header', () => {
    const d = diagnose('Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; h@t.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Relaying de=\nnied');
    expect(d.facts.serverMessage).toBe('550 5.7.1 Relaying denied');
    expect(d.scenario).not.toBe('not-relaying-denied');
  });
});

describe('credentials already masked or read from elsewhere are no secret (round 55)', () => {
  it("reads Elixir's System.get_env and Application.fetch_env! as references", () => {
    const r = redactSecrets('  password: System.get_env("MAILGUN_SMTP_PASSWORD"),\n  api_key: Application.fetch_env!(:app, :mailgun_key)');
    expect(r.found).toBe(false);
    expect(redactSecrets('  password: "s3cr3t-Hunter2",').found).toBe(true);
  });

  it('reads a mask closed by the sentence around it as no secret (review 64a)', () => {
    expect(redactSecrets('SMTP_PASS is set (checked with `printenv | grep SMTP_` → SMTP_PASS=********). relaying denied?').found).toBe(false);
    expect(redactSecrets('Password: (empty)\nSMTP_PASS=hunter2).').found).toBe(true);
  });

  it("reads Go's os.Getenv and os.LookupEnv as references (review 62a)", () => {
    expect(redactSecrets('\t\tSMTPPass: os.Getenv("MAILGUN_SMTP_PASSWORD"),\n\t\tpassword: os.LookupEnv("SMTP_PASS")').found).toBe(false);
  });

  it('reads an AUTH PLAIN whose password is masked as no secret, and one with a password as one', () => {
    const masked = btoa('\0postmaster@mg.example.com\0********');
    expect(redactSecrets(`> AUTH PLAIN ${masked}\n< 535 5.7.0 Mailgun is not loving your login or password`).found).toBe(false);
    const real = btoa('\0postmaster@mg.example.com\0Tr0ub4dor&3');
    const r = redactSecrets(`> AUTH PLAIN ${real}`);
    expect(r.found).toBe(true);
    expect(r.text).not.toContain(real);
  });
});

describe('keys already redacted in a curl line are no secret (round 56b)', () => {
  it("reads 'api:key-<redacted>' and 'api:key-…redacted…' as placeholders, and a real key as one", () => {
    expect(redactSecrets("curl -s --user 'api:key-<redacted>' https://api.mailgun.net/v3/mg.b.example/events").found).toBe(false);
    expect(redactSecrets("curl -s --user 'api:key-…redacted…' https://api.mailgun.net/v3/mg.b.example/bounces").found).toBe(false);
    expect(redactSecrets("curl -s --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/mg.b.example/events").found).toBe(true);
  });
});

describe("Outlook's delivery-status fields after the returned message's headers (round 58b)", () => {
  it('keeps Remote-MTA and Diagnostic-Code, so the refusing server is read', () => {
    const d = diagnose("Your message to r@e.example couldn't be delivered.\nRemote server returned '550 5.7.1 Relaying denied'\n\nOriginal message headers:\nReceived: from VI1PR08MB5374.eurprd08.prod.outlook.com\nFrom: A <a@h.example>\nTo: r@e.example\n\nReporting-MTA: dns;VI1PR08MB5374.eurprd08.prod.outlook.com\nFinal-Recipient: rfc822;r@e.example\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns;mxb.eu.mailgun.org\nDiagnostic-Code: smtp;550 5.7.1 Relaying denied");
    expect(d.scenario).toBe('mailgun-incoming');
    expect(d.facts.host).toBe('mxb.eu.mailgun.org');
  });
});

describe('a returned copy the person left out (round 59a)', () => {
  it("keeps what follows 'Original message headers:' and '...': the person's own notes", () => {
    const d = diagnose("Delivery has failed to these recipients or groups:\nr@h.example\nRemote Server returned '550 5.7.1 Relaying denied'\n\nOriginal message headers:\n...\n\nFrom the Send Connector properties:\n  Smart host: smtp.mailgun.org  Port: 587\n  Smart host authentication: None");
    expect(d.scenario).toBe('mailgun-outgoing');
    expect(d.facts.authAttempted).toBe(false);
  });
});

describe('no secrets in a working directory or a value said to be removed (review 67b)', () => {
  it("keeps a sudo log's PWD=/home/deploy and OLDPWD=/root", () => {
    const line = 'Nov  4 03:10:12 app01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/cp main.cf /etc/postfix/';
    expect(redactSecrets(line)).toMatchObject({ text: line, found: false });
    expect(redactSecrets('OLDPWD=/root').found).toBe(false);
  });

  it("still redacts a PWD that is no path, a lower-case pwd, and a password under a *_PWD name that starts with '/' (code review 32)", () => {
    expect(redactSecrets('PWD=hunter22x').text).toBe(`PWD=${REDACTED}`);
    expect(redactSecrets('pwd=/s3cr3t').found).toBe(true);
    expect(redactSecrets('SMTP_PWD=/xY9sEcretpass').text).toBe(`SMTP_PWD=${REDACTED}`);
    expect(redactSecrets('MAIL_PWD=~/Hx8s!kq2Zp').found).toBe(true);
    expect(redactSecrets('PWD=/Hx8s!kq2Zp').found).toBe(true);
  });

  it("reads '(removed)' and '(deleted)' as no value", () => {
    for (const line of ['MAILGUN_SECRET=(removed)', 'SMTP_PASS=(deleted)', 'MAIL_PASSWORD=(omitted)']) expect(redactSecrets(line)).toMatchObject({ text: line, found: false });
  });
});

describe('a key masked with bullets is no secret (review 68a)', () => {
  it("keeps 'api:key-••••' and 'key-●●●●'", () => {
    for (const line of ["curl --user 'api:key-••••••••••••••••' https://api.mailgun.net/v3/mg.example.com/events", 'MAILGUN_API_KEY=key-●●●●●●●●']) expect(redactSecrets(line)).toMatchObject({ text: line, found: false });
    expect(redactSecrets('--user api:key-3f9a2b1c4d5e6f708192a3b4c5d6e7f8').found).toBe(true);
  });
});

describe('a password named in another language (review 72a)', () => {
  it('is redacted and called a password, even in an API key shape', () => {
    const result = redactSecrets('{ "Servidor": "smtp.mailgun.org", "Senha": "9f3c1a7e5b2d84f06a1c3e9b7d5f2a48-6d1e4b2c-8a7f93e1" }');
    expect(result.text).not.toContain('9f3c1a7e');
    expect(result.kinds).toEqual(['password']);
    expect(redactSecrets('contraseña=Xk9pLm2qRt7').kinds).toEqual(['password']);
    expect(redactSecrets('Passwort: Hund!Katze42').text).toContain(REDACTED);
  });
});

describe("a tool's own redaction between stars is no secret (review 73a)", () => {
  it("keeps Nextcloud's ***REMOVED SENSITIVE VALUE*** and still finds a real password", () => {
    expect(redactSecrets("'mail_smtppassword' => '***REMOVED SENSITIVE VALUE***',").found).toBe(false);
    expect(redactSecrets("'mail_smtppassword' => '*Xk9pLm2qRt*',").found).toBe(true);
  });
});

describe('placeholders and lookups in code are no secrets (review 74c)', () => {
  it("keeps Rails' [FILTERED] and a lookup by key, and still finds a real password", () => {
    expect(redactSecrets('MAILGUN_API_KEY=[FILTERED]').found).toBe(false);
    expect(redactSecrets('var password = _config["Mailgun:SmtpPassword"];').found).toBe(false);
    expect(redactSecrets('"SmtpPassword": "<from Azure Key Vault>",').found).toBe(false);
    expect(redactSecrets('var password = "Xk9p[Lm2]qRt";').found).toBe(true);
  });
});

describe('code review 33: secrets that look like placeholders or lookups are still secrets', () => {
  it('redacts a password that starts like a lookup, a bolded password and French text with "passe"', () => {
    expect(redactSecrets('SMTP_PASS=a["b"]Xk9$Lm2pQ7').found).toBe(true);
    expect(redactSecrets('password: **geheim**').found).toBe(true);
    expect(redactSecrets('Voici ce qui se passe : 550 5.7.1 Relaying denied').found).toBe(false);
    expect(redactSecrets('Mot de passe : Hund42!x').found).toBe(true);
    expect(redactSecrets('Kennwort: Hund42!x').found).toBe(true);
  });

  it('redacts a random password that happens to start with three x\'s, and leaves x-runs that mask one alone (fuzz, CI of stop 24)', () => {
    expect(redactSecrets('smtp_password = "XXx0AAa0AAA0000"').text).toBe(`smtp_password = "${REDACTED}"`);
    for (const masked of ['smtp_password = "xxxxxxxx"', 'smtp_password = "xxx_secret"', 'smtp_password = "xxxx1234"']) {
      expect(redactSecrets(masked).found, masked).toBe(false);
    }
  });
});

describe('secrets read by the name they are kept under (reviews 76c, 77a)', () => {
  it("reads PHP's define('SMTP_PASS', ...) as a password, whatever its shape", () => {
    const result = redactSecrets("define('SMTP_PASS', 'c3f81a9e27d54b6f0e1a8c2d7b95f4e3-5e1a7c9d-8b2f4a6c');");
    expect(result.kinds).toEqual(['password']);
    expect(result.text).not.toContain('c3f81a9e27d54b6f');
  });

  it('takes no address after "reset password:" or "forgot password:" for a password', () => {
    for (const words of ['user yg reset password: kontak@tokobaru.example', 'forgot password: anna@x.example']) {
      const result = redactSecrets(words);
      expect(result.found, words).toBe(false);
      expect(result.text).toBe(words);
    }
    expect(redactSecrets('new password: Tr0ub4dor&3').found).toBe(true);
  });

  it("takes a settings screen's empty field in any language, or a placeholder, for no password (review 78a)", () => {
    for (const words of ['  Password: (để trống)', '  Password: (ריק)', '    Login Password:           (κενό)', '  #DISCOURSE_SMTP_PASSWORD: "wachtwoord-hier"', 'SMTP_PASS=your-password-here', 'Password: (not set)']) {
      expect(redactSecrets(words).found, words).toBe(false);
    }
    expect(redactSecrets('Password: (x7Qz!9)kLm').found).toBe(true);
  });
});

describe('secrets found in review 87', () => {
  it("redacts a Ruby hash's password setting, swaks's --auth-password and a password answered inside TLS", () => {
    const n = normalize("gitlab_rails['smtp_password'] = \"Kd93vhq2ZZ1pqq8Lw0xT\"\nswaks --auth-password 'Wq7!rTz9-Lp4mN2x'\n<~  334 UGFzc3dvcmQ6\n ~> V3E3IXJUejktTHA0bU4yeA==\n");
    for (const secret of ['Kd93vhq2ZZ1pqq8Lw0xT', 'Wq7!rTz9-Lp4mN2x', 'V3E3IXJUejktTHA0bU4yeA==']) expect(n.text).not.toContain(secret);
    expect(n.secretKinds).toEqual(['password']);
  });
  it('leaves a masked AUTH LOGIN answer, an elided swaks flag and a value that says where the secret is', () => {
    expect(normalize('<~  334 UGFzc3dvcmQ6\n ~> KioqKioqKio=\n').secretKinds).toEqual([]);
    expect(normalize('they dropped `--auth LOGIN --auth-user ... --auth-password ...` from the script').secretKinds).toEqual([]);
    expect(normalize("# gitlab_rails['smtp_password'] = \"isi-dari-vault\"").secretKinds).toEqual([]);
  });
});

describe('secrets found in review 89', () => {
  it("redacts msmtprc's blank-separated password, not msmtp -v's own masked one", () => {
    const n = normalize('msmtp -v\npassword = *\naccount default\nhost smtp.mailgun.org\nuser postmaster@mg.marine.example\npassword Wq8r-3kZt7Lm2Pv9Xbc41d\n');
    expect(n.text).not.toContain('Wq8r-3kZt7Lm2Pv9Xbc41d');
    expect(n.text).toContain('password = *');
    expect(n.secretKinds).toEqual(['password']);
  });
  it('notices one value set both as the SMTP password and as the API key', () => {
    expect(normalize('MAIL_PASSWORD=b1f2e7c93d0a48f6a2e5c8d1f0b7a394-2af183ba-9e0c41d7\nMAILGUN_SECRET=b1f2e7c93d0a48f6a2e5c8d1f0b7a394-2af183ba-9e0c41d7').keyAsPassword).toBe(true);
    expect(normalize('MAIL_PASSWORD=Zx81kq2mWp0v\nMAILGUN_SECRET=b1f2e7c93d0a48f6a2e5c8d1f0b7a394-2af183ba-9e0c41d7').keyAsPassword).toBe(false);
  });
});

describe('an msmtp paste that talks about its password', () => {
  it('takes no word of a sentence for the password', () => {
    expect(normalize('msmtp: authentication failed\npassword changed yesterday, still failing').secretKinds).toEqual([]);
  });
});

describe("a variable's written-out default is a secret (review 104c)", () => {
  it("redacts Spring's `${SMTP_PASSWORD:default}` and the shell's `${SMTP_PASS:-default}`, keeping the variable's name", () => {
    const spring = redactSecrets('spring:\n  mail:\n    password: ${SMTP_PASSWORD:Hk3-pR9w!vT2qZ8m}\n');
    expect(spring.text).not.toContain('Hk3-pR9w');
    expect(spring.text).toContain('password: ${SMTP_PASSWORD:[REDACTED]}');
    expect(spring.kinds).toEqual(['password']);
    const shell = redactSecrets('SMTP_PASS=${SMTP_PASS:-s3cr3t-Fallback9}\n');
    expect(shell.text).not.toContain('s3cr3t-Fallback9');
    expect(shell.found).toBe(true);
  });

  it('leaves a variable without a default, or with an empty or placeholder one, alone', () => {
    for (const line of ['password: ${SMTP_PASSWORD}', 'password: ${SMTP_PASSWORD:}', 'password: ${SMTP_PASSWORD:changeme}']) expect(redactSecrets(line).found).toBe(false);
  });
});

describe("msmtp's rc file (review 104b)", () => {
  it('redacts its `password` line, blanks in the value and all, but not `passwordeval`', () => {
    const rc = redactSecrets('cat /etc/msmtprc\naccount default\nhost smtp.gmail.com\nuser ops@hosting.example\npassword       kwtp zrvb qmla hexd\n');
    expect(rc.text).not.toContain('kwtp');
    expect(rc.kinds).toEqual(['password']);
    expect(redactSecrets('msmtprc:\npasswordeval "pass show mail/ops"\n').found).toBe(false);
    expect(redactSecrets('msmtp --pretend:\npassword = *\n').found).toBe(false);
  });
});

describe('a password read by a call (review 126c)', () => {
  it('is no secret: `PASSWORD = vault_client.read("secret/x")["data"]["password"]`, `SMTP_PASS=getpass()`', () => {
    for (const text of ['    PASSWORD = vault_client.read("secret/reports/mailgun")["data"]["password"]', 'SMTP_PASS=getpass()']) {
      expect(redactSecrets(text).found, text).toBe(false);
    }
  });

  it('still redacts a literal that has a bracket in it', () => {
    expect(redactSecrets('password = Abc(123)').found).toBe(true);
  });
});

describe('a secret said in words (review 127c)', () => {
  it('redacts a key-shaped value after "signing key is", "API key was", "password is"', () => {
    const said = redactSecrets('Our webhook signing key is 8f3c2a91d0b74e5fa6c19e2d7b40a8c3 if that helps you verify it.');
    expect(said.text).not.toContain('8f3c2a91');
    expect(said.kinds).toEqual(['token']);
    expect(redactSecrets('the API key was 3f8a1c2d9e7b4a6f5c0d1e2f3a4b5c6d-1a2b3c4d-5e6f7a8b').kinds).toEqual(['api-key']);
    expect(redactSecrets('his password is Xq7rTz9wLm2pVb4n!').kinds).toEqual(['password']);
  });

  it('leaves words that are no value: "the password is wrong", "the token is expired", an address', () => {
    for (const text of ['I think the password is wrong', 'the token is expired since yesterday', 'the password is postmaster@mg.example-shop.com']) {
      expect(redactSecrets(text).found, text).toBe(false);
    }
  });
});

describe("an original message under a bounce, in other languages and with its letter (review 130b)", () => {
  const bounce = 'Se ha producido un error permanente al entregar el mensaje a los siguientes destinatarios:\n\n     ayuda@soporte-nube.example\n\nGoogle intentó entregar tu mensaje, pero el servidor del dominio del destinatario soporte-nube.example lo rechazó por mxa.mailgun.org. [34.149.236.64].\n\nEl error que ha devuelto el otro servidor es:\n550 5.7.1 Relaying denied\n\n';

  it('cuts "----- Mensaje original -----" and reads Gmail\'s Spanish bounce: its host and its recipient', () => {
    const d = diagnose(`${bounce}----- Mensaje original -----\n\nFrom: Rodrigo <r@gmail.example>\nTo: ayuda@soporte-nube.example\nSubject: Ayuda\n\nHola, configuré mi app con smtp.mailgun.org puerto 587 sin usuario y me da "550 5.7.1 Relaying denied".`);
    expect(d).toMatchObject({ scenario: 'mailgun-incoming', facts: { host: 'mxa.mailgun.org', recipient: 'ayuda@soporte-nube.example' } });
  });

  it("leaves the original letter's first paragraph out of the person's notes, but not notes under a copy of headers alone", () => {
    const unknownUser = '<d.k@kesterton.example>: host mail.kesterton.example[private/dovecot-lmtp] said:\n    550 5.1.1 <d.k@kesterton.example> User doesn\'t exist (in reply to RCPT TO command)\n\n';
    const letter = `${unknownUser}--- original message ---\nFrom: Ops <ops@brightwater.example>\nTo: d.k@kesterton.example\nSubject: Fwd: contact form\n\nHi Dan, our contact form was failing with "550 5.7.1 Relaying denied" from smtp.mailgun.org\nlast month and you fixed it.`;
    expect(diagnose(letter)).toMatchObject({ scenario: 'not-relaying-denied', kind: 'unknown-user' });
    expect(normalize(letter).text).not.toContain('Hi Dan');
  });

  it('keeps an Outlook reply chain in Spanish ("Enviado:") for the timeline, not as a returned copy', () => {
    const chain = 'Ahora sale esto: 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required\n\n-----Mensaje original-----\nDe: Marcela\nEnviado: jueves, 20 de junio de 2024 15:02\nAsunto: Relaying denied\n\nNuestro sistema da: 550 5.7.1 Relaying denied. MAIL_HOST=smtp.mailgun.org';
    expect(normalize(chain).text).toContain('Enviado: jueves');
  });
});
