/** Review round 143's findings, each on the reviewer's own paste (test/fixtures/pastes143a, pastes143c). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 143c', () => {
  it('"be sent once we fix it?", "show up once this is fixed?", "partiranno da sole?", "自動で送られますか?" are answered "Not by themselves" (c143-01, 02, 04, 17)', () => {
    for (const name of ['c143-01', 'c143-02', 'c143-04', 'c143-17']) {
      const reply = replyTo(paste('pastes143c', name));
      expect(reply, name).toContain('Can it be sent again? Not by themselves');
    }
  });

  it('"will it retry those mails later by itself, or are they gone?" after Postfix\'s status=bounced: they are gone (c143-14)', () => {
    expect(replyTo(paste('pastes143c', 'c143-14'))).toContain('Can it be sent again? Those the log shows as status=bounced are gone');
  });
});
