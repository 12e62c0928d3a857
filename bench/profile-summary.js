/**
 * Where the time goes in a `node --cpu-prof` profile (e.g. from BENCH_CPU_PROF=DIR npm run bench):
 * the functions (file:function:line) with the most inclusive and self time, idle excluded.
 *
 *   node bench/profile-summary.js FILE.cpuprofile [--top 30] [--per EVENTS] [--match dist/]
 *
 * `--per N` also prints milliseconds per event; `--match S` keeps only frames whose file contains S.
 */
import { readFileSync } from 'node:fs';

// Piped into `head`: stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const file = args.find((a) => a.endsWith('.cpuprofile'));
if (!file) {
  process.stderr.write('usage: node bench/profile-summary.js FILE.cpuprofile [--top 30] [--per EVENTS] [--match dist/]\n');
  process.exit(2);
}
const top = Number(option('--top', 30));
const per = Number(option('--per', 0));
const match = option('--match', '');

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

const short = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules|bench)\//, '$1/');
const keyOf = ({ url, functionName, lineNumber }) => `${short(url) || '(native)'}:${functionName || '(anonymous)'}:${lineNumber + 1}`;

const selfTime = new Map();
let busy = 0;
profile.samples.forEach((id, i) => {
  if (nodes.get(id).callFrame.functionName === '(idle)') return;
  const dt = profile.timeDeltas[i] ?? 0;
  selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
  busy += dt;
});

const inclusive = new Map();
const self = new Map();
for (const [id, t] of selfTime) {
  const ownKey = keyOf(nodes.get(id).callFrame);
  self.set(ownKey, (self.get(ownKey) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = keyOf(nodes.get(cur).callFrame);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + t);
  }
}

const print = (title, table) => {
  process.stdout.write(`${title} (busy ${(busy / 1000).toFixed(0)} ms${per ? `, ${per} events` : ''})\n`);
  const rows = [...table].filter(([key]) => key.includes(match) && !key.startsWith('(native):(root)')).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, t] of rows) {
    const perEvent = per ? `  ${(t / 1000 / per).toFixed(3).padStart(7)} ms/event` : '';
    process.stdout.write(`${((100 * t) / busy).toFixed(1).padStart(5)}%${perEvent}  ${key}\n`);
  }
  process.stdout.write('\n');
};
print('Inclusive time', inclusive);
print('Self time', self);
