/** Command-line parsing for `relaydenied`, kept apart from I/O so it can be tested directly. */
import { parseArgs } from 'node:util';
import { isUiChoice, UI_CHOICES, type UiChoice } from '../replies/index.js';

export const USAGE = `Usage: relaydenied diagnose [--json] [--ui classic|beta|current|all] [FILE ...]

Explains a Mailgun "Relaying Denied" error from a pasted bounce, SMTP error, log or event:
which server refused the mail, why, and how to fix it.

Reads each FILE in turn; with no FILE, or for "-", reads standard input.

Options:
  --json        print one JSON object per input, one per line (NDJSON), in input order
  --ui UI       which Mailgun UI's steps the text shows: classic, beta, current or all
                (default: all); ignored with --json
  -h, --help    print this help

Exit status: 0 when every input was diagnosed; 2 after a usage error or when an input
could not be read or is binary data, not text (the other inputs are still diagnosed);
1 on an internal error.
`;

/** The input name that means standard input. */
export const STDIN = '-';

export type CliCommand =
  | { command: 'help' }
  | { command: 'diagnose'; json: boolean; ui: UiChoice; files: string[] }
  | { command: 'usage-error'; message: string };

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        ui: { type: 'string', default: 'all' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { command: 'usage-error', message: parseErrorMessage(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };

  const [command, ...files] = positionals;
  if (command === undefined) return { command: 'usage-error', message: 'missing command: expected "diagnose"' };
  if (command !== 'diagnose') {
    return { command: 'usage-error', message: `unknown command "${command}": expected "diagnose"` };
  }
  if (!isUiChoice(values.ui)) {
    return {
      command: 'usage-error',
      message: `invalid --ui "${values.ui}": expected one of ${UI_CHOICES.join(', ')}`,
    };
  }
  return { command: 'diagnose', json: values.json, ui: values.ui, files: files.length ? files : [STDIN] };
}

/** Node's parser words an unknown option for its own users; ours names the option and the way out. */
function parseErrorMessage(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const option = /'(-[^']*)'/.exec(e.message ?? '')?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return `unknown option "${option}" (for a file whose name starts with "-", put it after "--")`;
  }
  return e.message ?? String(error);
}
