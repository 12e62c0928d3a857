/** Console mode's interactive prompt, driven in-process through streams that claim to be a terminal. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole, SLACK_HINT } from '../../src/console/index.js';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply, renderText } from '../../src/replies/index.js';

function terminal() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => { out += c.toString(); });
  stderr.on('data', (c: Buffer) => { err += c.toString(); });
  const done = runConsole({ mailgunUi: 'all' }, { stdin, stdout, stderr });
  return { stdin, done, output: () => out, errors: () => err };
}

const render = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'all' }).trimEnd();

describe('interactive console', () => {
  it('diagnoses a multi-line paste ended by a line holding only "."', async () => {
    const t = terminal();
    const paste = ['Reporting-MTA: dns; mail.example.com', '', 'Remote-MTA: dns; mxa.mailgun.org', 'Diagnostic-Code: smtp; 550 5.7.1 Relaying denied'];
    t.stdin.end(`${paste.join('\n')}\n.\n`);
    expect(await t.done).toBe(0);
    expect(t.output()).toContain(render(paste.join('\n')));
    expect(t.errors()).toBe(`${SLACK_HINT}\n`);
  });

  it('answers help and /relaydenied <text>, and treats "help" inside a paste as text', async () => {
    const t = terminal();
    t.stdin.end('help\n/relaydenied 550 5.7.1 Relaying denied\n/relaydenied\nhelp\n550 Relay access denied\n.\nquit\n');
    expect(await t.done).toBe(0);
    const out = t.output();
    expect(out).toContain('a line holding only "."');
    expect(out).toContain(render('550 5.7.1 Relaying denied'));
    expect(out).toContain(render('help\n550 Relay access denied'));
  });

  it('ends a paste at end of input (Ctrl-D) and answers it', async () => {
    const t = terminal();
    t.stdin.end('550 5.7.1 <bob@example.com>: Relay access denied');
    expect(await t.done).toBe(0);
    expect(t.output()).toContain(render('550 5.7.1 <bob@example.com>: Relay access denied'));
  });

  it('says so when a paste is empty', async () => {
    const t = terminal();
    t.stdin.end('/relaydenied\n.\n');
    await t.done;
    expect(t.output()).toContain('Nothing to diagnose: the paste was empty.');
  });
});
