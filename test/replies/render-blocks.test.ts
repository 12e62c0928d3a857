import { describe, expect, it } from 'vitest';
import { buildReply, renderBlocks, type Reply, type ReplySection } from '../../src/replies/index.js';
import { expectWithinSlackLimits, makeDiagnosis, texts } from './helpers.js';

const hostile = '<!channel> <!here> <@U1> <!subteam^S1> `code` *bold* _it_ ~st~ &amp; ```fence```';

function giantReply(): Reply {
  const reply = buildReply(
    makeDiagnosis(
      {
        scenario: 'recipient-host',
        evidence: Array.from({ length: 400 }, (_, i) => ({ rule: `rule ${i}`, excerpt: `${hostile} ${'e'.repeat(2000)}` })),
      },
      { recipient: 'a@b.example', serverMessage: `550 relay denied ${'m'.repeat(100_000)}`, secretsFound: true },
    ),
  );
  const bigSection: ReplySection = {
    heading: 'Huge',
    paragraphs: Array.from({ length: 20 }, () => [{ kind: 'quote', text: 'q'.repeat(10_000) }, { kind: 'text', text: 't'.repeat(4000) }]),
    steps: Array.from({ length: 50 }, () => [{ kind: 'code', text: 'c'.repeat(3500) }]),
    snippet: { title: 'big', language: 'text', code: 'line\n'.repeat(20_000) },
  };
  return {
    ...reply,
    evidence: Array.from({ length: 300 }, () => [{ kind: 'quote', text: 'x'.repeat(5000) }]),
    sections: [...reply.sections, ...Array.from({ length: 30 }, () => bigSection)],
  };
}

describe('renderBlocks limits', () => {
  it('keeps a reply from a diagnosis with many evidence lines and a 100 KB message within limits', () => {
    const reply = buildReply(
      makeDiagnosis(
        { scenario: 'mailgun-outgoing', evidence: Array.from({ length: 1000 }, (_, i) => ({ rule: `r${i}`, excerpt: 'z'.repeat(3000) })) },
        { serverMessage: 'w'.repeat(100_000), client: 'postfix' },
      ),
    );
    expectWithinSlackLimits(renderBlocks(reply, { ui: 'all' }));
  });

  it('cuts a giant hand-made reply to 50 blocks, 3000 per section, 150 per header, with a visible note', () => {
    const result = renderBlocks({ ...giantReply(), headline: 'H'.repeat(500) }, { ui: 'all' });
    expectWithinSlackLimits(result);
    const all = texts(result.blocks);
    expect(all[0]?.text).toMatch(/^H+…$/);
    expect(all.at(-1)?.text).toMatch(/Reply shortened to fit in Slack: the rest was left out/);
    expect(all.some((t) => t.text.endsWith('… (cut)'))).toBe(true);
  });

  it('leaves room for the caller when asked for fewer blocks', () => {
    const result = renderBlocks(giantReply(), { ui: 'all', maxBlocks: 45 });
    expectWithinSlackLimits(result, 45);
    const small = renderBlocks(giantReply(), { ui: 'all', maxBlocks: 3 });
    expect(small.blocks).toHaveLength(3);
    expect(texts(small.blocks).at(-1)?.text).toMatch(/Reply shortened/);
  });

  it('does not add a note when everything fits', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'mailgun-incoming' }, { recipient: 'a@b.example' }));
    const result = renderBlocks(reply, { ui: 'all' });
    expectWithinSlackLimits(result);
    expect(JSON.stringify(result.blocks)).not.toContain('Reply shortened');
    expect(result.blocks[0]?.type).toBe('header');
  });

  it('closes a cut code block fence', () => {
    const reply = buildReply(makeDiagnosis());
    const snippetOnly: ReplySection = {
      heading: 'Snippet',
      paragraphs: [],
      snippet: { title: 'big', language: 'text', code: 'line\n'.repeat(20_000) },
    };
    const result = renderBlocks({ ...reply, sections: [snippetOnly] }, { ui: 'all' });
    const fenced = texts(result.blocks).find((t) => t.text.startsWith('*big*'));
    expect(fenced?.text).toMatch(/^\*big\*\n```\n[\s\S]*\n```… \(cut\)$/);
    expect(fenced?.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('renderBlocks escaping', () => {
  const reply = buildReply(
    makeDiagnosis(
      {
        scenario: 'recipient-host',
        evidence: [{ rule: 'relay phrase', excerpt: hostile }],
      },
      { recipient: '<!channel>@x.example', mxHost: '<@U1>.example', serverMessage: hostile },
    ),
  );
  const result = renderBlocks(reply, { ui: 'all' });
  const json = JSON.stringify(result);

  it('never produces a live mention, in the blocks or the fallback text', () => {
    for (const live of ['<!channel>', '<!here>', '<@U1>', '<!subteam', '<!']) {
      expect(json).not.toContain(live);
      expect(result.text).not.toContain(live);
    }
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;@U1&gt;');
  });

  it('escapes & so a pasted entity stays literal', () => {
    expect(json).toContain('&amp;amp;');
  });

  it('keeps echoed backticks and formatting characters inside one code span', () => {
    const evidence = texts(result.blocks).find((t) => t.text.startsWith('*Why I think so*'))?.text ?? '';
    const line = evidence.split('\n').find((l) => l.startsWith('• relay phrase')) ?? '';
    // exactly one code span: opening and closing backtick, the pasted ones neutralised
    expect(line.match(/`/g)).toHaveLength(2);
    expect(line).toMatch(/^• relay phrase: “`[^`]*\*bold\* _it_ ~st~[^`]*`”$/);
  });

  it('marks every mrkdwn text verbatim so Slack does not parse bare mentions or links', () => {
    const mrkdwn = texts(result.blocks).filter((t) => t.kind === 'mrkdwn');
    expect(mrkdwn.length).toBeGreaterThan(3);
    expect(mrkdwn.every((t) => t.verbatim === true)).toBe(true);
  });

  it('gives a meaningful one-line fallback text', () => {
    expect(result.text.startsWith(reply.headline)).toBe(true);
    expect(result.text).toMatch(/refused the message as a relay attempt/);
    expect(result.text).not.toContain('\n');
    expect(result.text.length).toBeLessThanOrEqual(320);
  });

  it('shows labels bold and the chosen UI only', () => {
    const outgoing = buildReply(makeDiagnosis({ scenario: 'mailgun-outgoing' }));
    const classic = JSON.stringify(renderBlocks(outgoing, { ui: 'classic' }).blocks);
    expect(classic).toContain('*Default SMTP Login*');
    expect(classic).not.toContain('*Beta UI');
    const all = JSON.stringify(renderBlocks(outgoing, { ui: 'all' }).blocks);
    expect(all).toContain('*Beta UI');
    expect(all).toContain('Select *SMTP Credentials*.');
  });
});
