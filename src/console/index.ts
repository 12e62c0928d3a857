/**
 * Console mode: the bot without Slack.
 *
 * - stdin is a pipe or a file: diagnose the whole input, print the reply on stdout, done.
 * - stdin is a terminal: an interactive prompt. A paste ends with a line holding only `.` (as in
 *   SMTP's DATA: bounces contain blank lines) or with Ctrl-D; `/relaydenied ...` and `help` work too.
 * stdout carries replies only; the one-time hint about connecting Slack goes to stderr.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { diagnose } from '../diagnosis/index.js';
import { buildReply, renderText, type UiChoice } from '../replies/index.js';
import { MAX_INPUT_BYTES, readInput } from './input.js';

export interface ConsoleIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

export const SLACK_HINT =
  'relaydenied: no Slack settings, so running in console mode. To connect it to Slack, set SLACK_BOT_TOKEN ' +
  'and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode); see .env.example and the README.';

export const EMPTY_INPUT_NOTE = 'Nothing to diagnose: the input was empty. Pipe in an SMTP error or a bounce, e.g. `npm start < bounce.txt`.';
export const BINARY_INPUT_NOTE = 'Nothing to diagnose: the input looks like binary data (an archive, an image...), not the text of an error or a bounce.';

const HELP = `Paste an SMTP error, a bounce email, a Mailgun event or a stack trace, then end the paste with
a line holding only "." (or press Ctrl-D). I say which server refused the mail, why, and how to fix it.

Commands (at the start of a paste):
  /relaydenied <error>   diagnose a one-line error at once
  help                   this text
  quit                   leave (Ctrl-D on an empty paste, or Ctrl-C, too)`;

const COMMAND = /^\/relaydenied(?:\s+([\s\S]*))?$/;

/** Runs console mode; resolves with the exit code. */
export async function runConsole(options: { mailgunUi: UiChoice }, io: ConsoleIo): Promise<number> {
  io.stderr.write(`${SLACK_HINT}\n`);
  const answer = (text: string) => renderText(buildReply(diagnose(text)), { ui: options.mailgunUi });
  return io.stdin.isTTY ? interactive(io, answer) : oneShot(io, answer);
}

async function oneShot(io: ConsoleIo, answer: (text: string) => string): Promise<number> {
  const input = await readInput(io.stdin);
  if (input.truncated) {
    io.stderr.write(`relaydenied: the input is longer than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; only its start was read.\n`);
  }
  if (input.binary) {
    io.stdout.write(`${BINARY_INPUT_NOTE}\n`);
  } else if (!input.text.trim()) {
    io.stdout.write(`${EMPTY_INPUT_NOTE}\n`);
  } else {
    io.stdout.write(`${answer(input.text).trimEnd()}\n`);
  }
  return 0;
}

async function interactive(io: ConsoleIo, answer: (text: string) => string): Promise<number> {
  const out = (text: string) => io.stdout.write(`${text.trimEnd()}\n\n`);
  out('relaydenied console: paste an error or a bounce, then a line with only "." (or Ctrl-D). Type "help" for more.');
  // Ctrl-D closes a readline session; when it ended a paste, a new session keeps the console going.
  while (await session(io, answer, out) === 'continue' && !io.stdin.readableEnded) {
    // next session
  }
  return 0;
}

/** One readline session: resolves 'continue' when Ctrl-D ended a paste, 'quit' when the person is done. */
function session(io: ConsoleIo, answer: (text: string) => string, out: (text: string) => void): Promise<'continue' | 'quit'> {
  const rl = createInterface({
    input: io.stdin,
    output: io.stdout,
    prompt: '> ',
    terminal: Boolean((io.stdout as { isTTY?: boolean }).isTTY),
  });
  let paste: string[] = [];
  /** Inside a paste: lines are text, not commands, until the closing ".". */
  let collecting = false;
  let quitting = false;

  const reply = (text: string) => {
    try {
      out(answer(text));
    } catch (error) {
      // The engine promises never to throw; if it does anyway, the prompt survives.
      out(`Sorry, that paste could not be diagnosed (${(error as Error).message}).`);
    }
  };

  const finishPaste = () => {
    const text = paste.join('\n');
    paste = [];
    collecting = false;
    if (text.trim()) reply(text);
    else out('Nothing to diagnose: the paste was empty.');
  };

  rl.on('line', (line) => {
    if (!collecting) {
      const word = line.trim();
      const command = COMMAND.exec(word);
      const commandText = command?.[1]?.trim() ?? '';
      if (word === '') {
        rl.prompt();
        return;
      }
      if (/^(help|\?)$/i.test(word) || (command && /^help$/i.test(commandText))) {
        out(HELP);
        rl.prompt();
        return;
      }
      if (/^(quit|exit)$/i.test(word)) {
        quitting = true;
        rl.close();
        return;
      }
      if (command && commandText) {
        reply(commandText);
        rl.prompt();
        return;
      }
      collecting = true;
      rl.setPrompt('… ');
      if (command) {
        out('Paste the error on the following lines, then a line with only ".".');
        rl.prompt();
        return;
      }
    }
    if (line.trim() === '.') {
      finishPaste();
      rl.setPrompt('> ');
    } else {
      paste.push(line);
    }
    rl.prompt();
  });

  // Ctrl-C: drop a paste in progress, or leave.
  rl.on('SIGINT', () => {
    if (collecting) {
      paste = [];
      collecting = false;
      io.stdout.write('\n(paste discarded)\n');
      rl.setPrompt('> ');
      rl.prompt();
    } else {
      quitting = true;
      rl.close();
    }
  });

  rl.prompt();
  return new Promise((resolve) => {
    rl.on('close', () => {
      if (quitting || !collecting) return resolve('quit');
      // Ctrl-D ends a paste in progress, as the final "." does.
      io.stdout.write('\n');
      finishPaste();
      resolve('continue');
    });
  });
}
