import { describe, expect, it } from 'vitest';
import { parseCliArgs, STDIN, USAGE } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('reads diagnose with files, defaulting to text output and all UIs', () => {
    expect(parseCliArgs(['diagnose', 'a.txt', 'b.eml'])).toEqual({
      command: 'diagnose',
      json: false,
      ui: 'all',
      files: ['a.txt', 'b.eml'],
    });
  });

  it('reads --json and --ui in any position', () => {
    expect(parseCliArgs(['diagnose', 'a.txt', '--ui', 'classic', '--json'])).toEqual({
      command: 'diagnose',
      json: true,
      ui: 'classic',
      files: ['a.txt'],
    });
    expect(parseCliArgs(['--ui=beta', 'diagnose'])).toMatchObject({ ui: 'beta' });
  });

  it('reads standard input when no file is given, and for "-"', () => {
    expect(parseCliArgs(['diagnose'])).toMatchObject({ files: [STDIN] });
    expect(parseCliArgs(['diagnose', 'a.txt', '-'])).toMatchObject({ files: ['a.txt', STDIN] });
  });

  it('takes names after -- as files even when they look like options', () => {
    expect(parseCliArgs(['diagnose', '--', '--json'])).toMatchObject({ json: false, files: ['--json'] });
  });

  it('answers --help and -h with help, even next to other arguments', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['diagnose', '-h', 'x'])).toEqual({ command: 'help' });
  });

  it.each([
    [[], /missing command/],
    [['explain', 'a.txt'], /unknown command "explain"/],
    [['diagnose', '--ui', 'dark'], /invalid --ui "dark": expected one of classic, beta, current, all/],
    [['diagnose', '--ui'], /--ui/],
    [['diagnose', '--verbose'], /^unknown option "--verbose" \(for a file whose name starts with "-", put it after "--"\)$/],
    [['diagnose', '--json=yes'], /--json/],
  ])('reports a usage error for %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.command).toBe('usage-error');
    expect(parsed.command === 'usage-error' && parsed.message).toMatch(message);
  });

  it('documents every option and the exit codes in the usage text', () => {
    for (const part of ['relaydenied diagnose', '--json', '--ui', 'classic', 'beta', 'current', '--help', 'Exit status']) {
      expect(USAGE).toContain(part);
    }
  });
});
