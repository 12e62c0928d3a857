/**
 * Benchmarks 1 and 2: the diagnosis engine alone.
 * 1. Throughput on one core, warm, over the shared corpora, in process and through the CLI (the
 *    marginal cost per email: a long file list minus a short one, so start-up cancels out), against
 *    Sisimai on the same 39 real emails where it is installed.
 * 2. Time against paste size (10 KiB, 100 KiB, 1 MiB) and on hostile 1 MiB inputs.
 */
import { join } from 'node:path';
import { CORPUS, DIST, REPO, Section, fmtMs, fmtRate, fmtRatio, loadCorpus, median, runToEnd, timeMedian } from './lib.js';
import { hostileInputs, realisticPaste } from './inputs.js';

const { diagnose, SCENARIOS } = await import(join(DIST, 'diagnosis', 'index.js'));

const THROUGHPUT_MS = 2000;
const GOAL_TIMES_SISIMAI = 20;
const GOAL_1MIB_MS = 50;
const GOAL_HOSTILE_MS = 250;

/** A diagnosis a person can be shown: a known scenario and a one-line summary. */
function answered(diagnosis) {
  return SCENARIOS.includes(diagnosis?.scenario) && typeof diagnosis.summary === 'string' && diagnosis.summary.length > 0;
}

/** Diagnoses per second over `texts`, after a warm-up pass. */
function inProcessRate(texts) {
  for (let i = 0; i < 3; i++) for (const t of texts) diagnose(t);
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < THROUGHPUT_MS) {
    for (const t of texts) diagnose(t);
    count += texts.length;
  }
  return count / ((performance.now() - started) / 1000);
}

async function sisimaiRate(files) {
  const probe = await runToEnd('perl', ['-MSisimai', '-e', '1']).catch(() => ({ code: -1 }));
  if (probe.code !== 0) return null;
  const run = await runToEnd('perl', [join(REPO, 'bench', 'sisimai.pl'), String(THROUGHPUT_MS / 1000), ...files]);
  if (run.code !== 0) throw new Error(`bench/sisimai.pl failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

/** Wall time of `relaydenied diagnose --json FILES` (median of `reps`), output drained. */
async function cliTime(files, reps = 3) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    const run = await runToEnd(process.execPath, [join(DIST, 'cli', 'main.js'), 'diagnose', '--json', ...files]);
    if (run.code !== 0) throw new Error(`the CLI exited ${run.code}: ${run.stderr.slice(0, 500)}`);
    const lines = run.stdout.split('\n').filter(Boolean).length;
    if (lines !== files.length) throw new Error(`the CLI printed ${lines} lines for ${files.length} files`);
    times.push(run.ms);
  }
  return median(times);
}

export async function throughput() {
  const section = new Section('1. Diagnosis throughput (one core, warm)');
  const { dev, sisimai } = loadCorpus();
  if (sisimai.length === 0 && dev.length === 0) {
    section.note(`Skipped: no corpus at ${CORPUS} (the bench looks for ../shared/corpus next to the repository).`);
    return section;
  }
  const anchor = sisimai.length ? await sisimaiRate(sisimai.map((f) => f.path)) : null;
  const anchorText = anchor ? `Sisimai ${anchor.version}: ${fmtRate(anchor.perSecond)}` : 'Sisimai not installed';
  const vsSisimai = (rate) => (anchor ? fmtRatio(rate / anchor.perSecond) : 'n/a');
  const goal = `≥ ${GOAL_TIMES_SISIMAI}× Sisimai`;
  const met = (rate) => (anchor ? rate / anchor.perSecond >= GOAL_TIMES_SISIMAI : undefined);

  const rates = {};
  if (sisimai.length) {
    rates.sisimai = inProcessRate(sisimai.map((f) => f.text));
    section.row(`${sisimai.length} real bounce emails (sisimai/), in process`, fmtRate(rates.sisimai), anchorText, vsSisimai(rates.sisimai), goal, met(rates.sisimai));
  }
  if (dev.length) {
    rates.dev = inProcessRate(dev.map((f) => f.text));
    section.row(`${dev.length} labelled pastes (dev/), in process`, fmtRate(rates.dev));
  }

  // The CLI gets the same emails as Sisimai (or the pastes, without them).
  const files = (sisimai.length ? sisimai : dev).map((f) => f.path);
  const rate = rates.sisimai ?? rates.dev;
  // The long list holds about 1.5 s of diagnosis work, so the bench stays short however fast or slow the engine is.
  const repeats = Math.max(4, Math.min(100, Math.round((rate * 1.5) / files.length)));
  const long = Array.from({ length: repeats }, () => files).flat();
  const shortMs = await cliTime(files);
  const longMs = await cliTime(long);
  const marginalMs = (longMs - shortMs) / (long.length - files.length);
  const cliRate = 1000 / marginalMs;
  section.row(`CLI, ${files.length} files in one call (start-up included)`, fmtMs(shortMs));
  section.row(`CLI, marginal cost per email (${long.length} − ${files.length} files)`, `${fmtMs(marginalMs)} (${fmtRate(cliRate)})`, anchorText, vsSisimai(cliRate), goal, met(cliRate));

  if (!anchor) {
    section.note('Sisimai comparison skipped: `perl -MSisimai` failed (install it with `apt-get install libsisimai-perl`).');
  } else {
    section.note(`Sisimai ${anchor.version} (perl, one core, warm, the same ${sisimai.length} emails from memory) recognised ${anchor.recognised} of them as bounces.`);
  }
  section.note('Ratio: our rate divided by the anchor\'s (higher is better).');
  return section;
}

export async function sizeAndHostility() {
  const section = new Section('2. Paste size and hostile inputs');
  const sizes = [10 * 1024, 100 * 1024, 1024 * 1024];
  const times = new Map();
  const verdicts = new Map();
  for (const size of sizes) {
    const text = realisticPaste(size);
    const d = diagnose(text);
    verdicts.set(size, d.scenario);
    const ms = timeMedian(() => diagnose(text), { ms: 1000, min: 5 });
    times.set(size, ms);
    const label = size >= 1024 * 1024 ? `${size / 1024 / 1024} MiB` : `${size / 1024} KiB`;
    const isGoal = size === 1024 * 1024;
    section.row(
      `Realistic paste (mail log with a relay denial), ${label}: ${d.scenario}${answered(d) ? '' : ' (NOT ANSWERED)'}`,
      fmtMs(ms),
      isGoal ? `goal ${GOAL_1MIB_MS} ms` : '—',
      isGoal ? fmtRatio(ms / GOAL_1MIB_MS) : '—',
      isGoal ? `< ${GOAL_1MIB_MS} ms` : '—',
      isGoal ? ms < GOAL_1MIB_MS && answered(d) : undefined,
    );
  }
  const same = new Set(verdicts.values()).size === 1;
  section.row(
    'The same diagnosis at every size (the relay denial is found however long the log)',
    same ? 'yes' : [...verdicts].map(([size, scenario]) => `${size / 1024} KiB: ${scenario}`).join(', '),
    '—', '—', 'yes', same,
  );
  const t10 = times.get(sizes[0]);
  for (const size of sizes.slice(1)) {
    const growth = times.get(size) / t10;
    const sizeRatio = size / sizes[0];
    section.row(
      `Growth 10 KiB → ${size >= 1024 * 1024 ? '1 MiB' : '100 KiB'} (time ratio; linear = ${sizeRatio.toFixed(1)})`,
      fmtRatio(growth),
      `size ×${sizeRatio.toFixed(1)}`,
      fmtRatio(growth / sizeRatio),
      '≤ 1× (linear or better)',
      growth / sizeRatio <= 1.25,
    );
  }
  for (const { name, text } of hostileInputs()) {
    let d;
    let ms;
    try {
      d = diagnose(text);
      ms = timeMedian(() => diagnose(text), { ms: 600, min: 3, max: 20 });
    } catch (error) {
      section.row(`Hostile 1 MiB: ${name}`, `threw ${error.message}`, `goal ${GOAL_HOSTILE_MS} ms`, '—', `< ${GOAL_HOSTILE_MS} ms, answered`, false);
      continue;
    }
    const ok = answered(d);
    section.row(
      `Hostile 1 MiB: ${name} → ${ok ? d.scenario : 'NOT ANSWERED'}`,
      fmtMs(ms),
      `goal ${GOAL_HOSTILE_MS} ms`,
      fmtRatio(ms / GOAL_HOSTILE_MS),
      `< ${GOAL_HOSTILE_MS} ms, answered`,
      ms < GOAL_HOSTILE_MS && ok,
    );
  }
  section.note('Times are the median of repeated in-process `diagnose()` calls (warm). Growth ratio ≤ 1.25× of the size ratio counts as linear.');
  return section;
}
