/**
 * The `relaydenied` command, over an injected I/O so tests can run it in-process.
 * Inputs are handled one after another and the output is buffered, so thousands of files in one
 * call cost little more than their diagnoses.
 */
import { diagnose } from '../diagnosis/index.js';
import type { Diagnosis } from '../diagnosis/types.js';
import { buildReply, renderText, type UiChoice } from '../replies/index.js';
import { decodeText } from '../shared/text-input.js';
import { parseCliArgs, STDIN, USAGE } from './args.js';

export interface CliIo {
  /** The bytes of a file; throws (an errno error or a plain Error) when it cannot be read. */
  readFile(path: string): Uint8Array | Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  stdout(chunk: string): void;
  stderr(chunk: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE_OR_INPUT = 2;

/** Output is written in chunks of about this size rather than once per input. */
const FLUSH_AT = 1 << 20;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (parsed.command === 'usage-error') {
    io.stderr(`relaydenied: ${parsed.message}\n\n${USAGE}`);
    return EXIT_USAGE_OR_INPUT;
  }

  const out = new BufferedOutput(io.stdout);
  let exitCode = EXIT_OK;
  let stdinBytes: Promise<Uint8Array> | undefined;
  const many = parsed.files.length > 1;

  for (const name of parsed.files) {
    const file = name === STDIN ? null : name;
    const shown = file ?? 'standard input';
    let text: string;
    try {
      const bytes = file === null ? await (stdinBytes ??= io.readStdin()) : await io.readFile(file);
      const decoded = decodeText(bytes);
      if (decoded.binary) {
        io.stderr(`relaydenied: ${shown}: ${NOT_TEXT}\n`);
        if (parsed.json) out.write(`${JSON.stringify({ file, error: NOT_TEXT })}\n`);
        exitCode = Math.max(exitCode, EXIT_USAGE_OR_INPUT);
        continue;
      }
      text = decoded.text;
    } catch (error) {
      const message = readErrorMessage(error);
      io.stderr(`relaydenied: cannot read ${shown}: ${message}\n`);
      if (parsed.json) out.write(`${JSON.stringify({ file, error: message })}\n`);
      exitCode = Math.max(exitCode, EXIT_USAGE_OR_INPUT);
      continue;
    }

    let diagnosis: Diagnosis;
    try {
      diagnosis = diagnose(text);
    } catch (error) {
      // A bug in the engine must not cost the other inputs their answers.
      const message = `diagnosis failed: ${error instanceof Error ? error.message : String(error)}`;
      io.stderr(`relaydenied: ${shown}: ${message}\n`);
      if (parsed.json) out.write(`${JSON.stringify({ file, error: message })}\n`);
      if (exitCode === EXIT_OK) exitCode = EXIT_INTERNAL;
      continue;
    }
    // JSON keeps one diagnosis per input whatever it held; the text says plainly there was nothing.
    out.write(parsed.json ? `${JSON.stringify(diagnosisRecord(file, diagnosis))}\n` : textReport(shown, many, diagnosis, parsed.ui, text.trim() === ''));
  }
  out.flush();
  return exitCode;
}

/** What the text output says for an input holding nothing but white space. */
export const EMPTY_INPUT = 'Nothing to diagnose: the input is empty. Give a file holding an SMTP error or a bounce, or pipe one in.\n';

function textReport(shown: string, many: boolean, diagnosis: Diagnosis, ui: UiChoice, empty: boolean): string {
  const body = empty ? EMPTY_INPUT : renderText(buildReply(diagnosis), { ui });
  return many ? `==> ${shown} <==\n${body}\n` : body;
}

/** The NDJSON line for one diagnosed input. */
export function diagnosisRecord(file: string | null, diagnosis: Diagnosis) {
  return {
    file,
    scenario: diagnosis.scenario,
    kind: diagnosis.kind,
    confidence: diagnosis.confidence,
    summary: diagnosis.summary,
    evidence: diagnosis.evidence.map(({ rule, excerpt }) => ({ rule, excerpt })),
    // Unknown facts are null, never missing, so every line has the same keys.
    facts: Object.fromEntries(Object.entries(diagnosis.facts).map(([key, value]) => [key, value ?? null])),
    alternatives: diagnosis.alternatives.map(({ scenario, confidence }) => ({ scenario, confidence })),
  };
}

/** An input that is binary data is reported like an unreadable one: there is no error in it to diagnose. */
const NOT_TEXT = 'not text: binary data (an archive, an image...), not an error or a bounce';

const ERRNO_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ERR_FS_FILE_TOO_LARGE: 'file is too large',
};

function readErrorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return (code && ERRNO_MESSAGES[code]) || error.message;
  }
  return String(error);
}

class BufferedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: (chunk: string) => void) {}

  write(chunk: string): void {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (!this.parts.length) return;
    this.sink(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
