/**
 * Did an engine change alter any answer? Dumps diagnose() over every text we have, then compares
 * two dumps: the safety net for refactoring the engine for speed (the answer must stay the same)
 * and the review of a rule change (only the answers meant to change may change).
 *
 *   node bench/equivalence.js dump before.ndjson [DIST]   # DIST: a dist/ directory, default ./dist
 *   node bench/equivalence.js compare before.ndjson after.ndjson [--all]
 *
 * The texts: ../shared/corpus (dev pastes, Sisimai emails), test/fixtures/pastes*, the bench's
 * hostile and realistic inputs, and for each text under 20 KB its upper-cased, first-half and
 * last-three-quarters variants (cut points reach code paths the whole texts do not).
 * `compare` prints each text whose scenario, kind or facts changed (--all: the variants too),
 * then how many changed in any way (summary and evidence included).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostileInputs, realisticPaste } from './inputs.js';
import { CORPUS, DIST, REPO } from './lib.js';

const [command, ...args] = process.argv.slice(2);

function texts() {
  const out = [];
  const add = (dir) => {
    let files = [];
    try {
      files = readdirSync(dir).filter((f) => /\.(txt|eml)$/.test(f)).sort();
    } catch {
      return; // a missing corpus is fine: the dump holds what there is
    }
    for (const f of files) out.push([`${relative(join(REPO, '..'), dir)}/${f}`, readFileSync(join(dir, f), 'utf8')]);
  };
  add(join(CORPUS, 'dev'));
  add(join(CORPUS, 'sisimai'));
  const fixtures = join(REPO, 'test', 'fixtures');
  for (const d of readdirSync(fixtures).filter((d) => d.startsWith('pastes')).sort()) add(join(fixtures, d));
  for (const h of hostileInputs()) out.push([`hostile: ${h.name}`, h.text]);
  for (const kib of [10, 100, 1024]) out.push([`realistic ${kib} KiB`, realisticPaste(kib * 1024)]);
  for (const [name, text] of [...out]) {
    if (text.length >= 20_000) continue;
    out.push([`${name} (upper)`, text.toUpperCase()], [`${name} (half)`, text.slice(0, text.length >> 1)], [`${name} (tail)`, text.slice(text.length >> 2)]);
  }
  return out;
}

async function dump(file, dist = DIST) {
  const { diagnose } = await import(pathToFileURL(join(resolve(dist), 'diagnosis', 'index.js')).href);
  const all = texts();
  writeFileSync(file, all.map(([name, text]) => JSON.stringify([name, diagnose(text)])).join('\n'));
  console.log(`${all.length} diagnoses written to ${file}`);
}

function compare(before, after, all) {
  const load = (file) => new Map(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)));
  const a = load(before);
  const b = load(after);
  let changed = 0;
  for (const [name, was] of a) {
    const now = b.get(name);
    if (!now || JSON.stringify(was) === JSON.stringify(now)) continue;
    changed += 1;
    if (!all && / \((upper|half|tail)\)$/.test(name)) continue;
    const lines = [];
    if (was.scenario !== now.scenario || was.kind !== now.kind) lines.push(`scenario ${was.scenario}/${was.kind} -> ${now.scenario}/${now.kind}`);
    for (const key of Object.keys(was.facts)) {
      if (JSON.stringify(was.facts[key]) !== JSON.stringify(now.facts[key])) {
        lines.push(`${key}: ${JSON.stringify(was.facts[key]).slice(0, 60)} -> ${JSON.stringify(now.facts[key]).slice(0, 60)}`);
      }
    }
    if (lines.length) console.log(`${name}\n  ${lines.join('\n  ')}`);
  }
  console.log(`${changed} of ${a.size} diagnoses changed in some way (summary and evidence included)`);
}

if (command === 'dump' && args[0]) await dump(args[0], args[1]);
else if (command === 'compare' && args[0] && args[1]) compare(args[0], args[1], args.includes('--all'));
else {
  console.error('usage: node bench/equivalence.js dump OUT.ndjson [DIST] | compare BEFORE.ndjson AFTER.ndjson [--all]');
  process.exitCode = 2;
}
