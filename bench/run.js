/**
 * `npm run bench`: every benchmark of the project, each figure with its anchor measured in the same
 * run. `--record` also writes the report to bench/RESULTS.md; `--only 1,3` runs some sections.
 * BENCH_CPU_PROF=DIR runs the bot processes under `node --cpu-prof`, writing their profiles to DIR/BOT-MODE-TIME/ (one file per thread).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO } from './lib.js';

const args = process.argv.slice(2);
const record = args.includes('--record');
const onlyArg = args[args.indexOf('--only') + 1];
const only = args.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : null;
const wanted = (n) => !only || only.has(String(n));

function machine() {
  const nproc = (() => {
    try {
      return execSync('nproc', { encoding: 'utf8' }).trim();
    } catch {
      return String(cpus().length);
    }
  })();
  return `${nproc} CPU (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node.js ${process.version}, ${process.platform}`;
}

/** The commit measured, and whether src/ had changes not yet committed (dist/ is built from the working tree). */
function revision() {
  try {
    const commit = execSync('git rev-parse --short HEAD', { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execSync('git status --porcelain -- src', { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${commit} (with uncommitted changes in src/)` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const started = performance.now();
const header = [
  '# relaydenied benchmarks',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${machine()}`,
  `- Commit: ${revision()}`,
  `- Command: \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\``,
  '',
].join('\n');
process.stdout.write(`${header}\n`);

const parts = [header];
const emit = (section) => {
  const text = section.markdown();
  process.stdout.write(`${text}\n`);
  parts.push(text);
};

const engine = wanted(1) || wanted(2) ? await import('./engine.js') : null;
if (wanted(1)) emit(await engine.throughput());
if (wanted(2)) emit(await engine.sizeAndHostility());
if (wanted(3) || wanted(4)) {
  const bot = await import('./bot.js');
  const { section, ourHttpReadyMs } = await bot.botVsBare();
  if (wanted(3)) emit(section);
  if (wanted(4)) emit(await bot.startup(ourHttpReadyMs));
}

const footer = `Total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s.\n`;
process.stdout.write(footer);
parts.push(footer);
if (record) {
  writeFileSync(join(REPO, 'bench', 'RESULTS.md'), parts.join('\n'));
  process.stdout.write('Written to bench/RESULTS.md.\n');
}
