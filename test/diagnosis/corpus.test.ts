/**
 * The labelled corpora in ../shared/corpus. Each dev case is copied under a random file name first,
 * so nothing in the engine can key on names.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const scratch = mkdtempSync(join(tmpdir(), 'relaydenied-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function diagnoseUnderRandomName(source: string) {
  const copy = join(scratch, `${randomUUID()}.txt`);
  writeFileSync(copy, readFileSync(source));
  return diagnose(readFileSync(copy, 'utf8'));
}

interface DevCase {
  file: string;
  scenario: string;
  why: string;
}
const devCases = JSON.parse(readFileSync(join(corpus, 'dev/cases.json'), 'utf8')) as DevCase[];

describe('dev corpus: every case gets its labelled scenario', () => {
  it('has the 45 labelled cases', () => expect(devCases.length).toBe(45));
  for (const c of devCases) {
    it(`${c.scenario}: ${c.why.slice(0, 90)}`, () => {
      const d = diagnoseUnderRandomName(join(corpus, 'dev', c.file));
      expect(d.scenario, d.evidence.map((e) => e.rule).join('; ')).toBe(c.scenario);
    });
  }
});

interface SisimaiLabel {
  file: string;
  relay_denied: boolean;
  accept_either?: boolean;
}
const labels = JSON.parse(readFileSync(join(corpus, 'sisimai/labels.json'), 'utf8')) as SisimaiLabel[];

describe('sisimai corpus: real bounce emails', () => {
  const judged = labels.filter((l) => !l.accept_either);
  it('recognises every relay denial and no other error as one', () => {
    const wrong: string[] = [];
    for (const l of judged) {
      const d = diagnoseUnderRandomName(join(corpus, 'sisimai', l.file));
      const isRelay = d.scenario !== 'not-relaying-denied';
      if (isRelay !== l.relay_denied) wrong.push(`${l.file}: ${d.scenario}`);
      // Sisimai's emails carry no Mailgun context: never outgoing or incoming.
      if (isRelay) expect(['recipient-host', 'undetermined']).toContain(d.scenario);
    }
    expect(wrong).toEqual([]);
    expect(judged.filter((l) => l.relay_denied).length).toBeGreaterThanOrEqual(7);
  });

  it('answers the accept-either emails without throwing', () => {
    for (const l of labels.filter((x) => x.accept_either)) {
      const d = diagnoseUnderRandomName(join(corpus, 'sisimai', l.file));
      expect(d.confidence).toBeGreaterThan(0);
    }
  });
});
