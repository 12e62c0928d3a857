/** Plain text for a terminal: no markup, echoed text in quotation marks, control characters removed. */
import { confidenceLine } from './build.js';
import type { Inline, Reply, RichText, UiChoice } from './model.js';
import { UNSAFE_CHARS } from './rich.js';
import { uiStepsFor } from './ui-choice.js';

const SNIPPET_INDENT = '    ';

function inline(segment: Inline): string {
  switch (segment.kind) {
    case 'quote': {
      // (text that starts or ends with a straight quote of its own, `"auth": "false"`, gets curly ones: `""auth"...` misreads)
      const echoed = oneLine(segment.text);
      return /^"|"$/.test(echoed) ? `“${echoed}”` : `"${echoed}"`;
    }
    case 'code':
      return oneLine(segment.text);
    default:
      return segment.text;
  }
}

// Echoed text must not drive the terminal (escape sequences) or reorder the line (bidi overrides).
const oneLine = (value: string): string => value.replace(UNSAFE_CHARS, '').replace(/[\r\n\t]+/g, ' ');
const line = (rich: RichText): string => rich.map(inline).join('');

function heading(title: string): string[] {
  return ['', title, '-'.repeat(Math.min(title.length, 72))];
}

const numbered = (steps: RichText[], indent: string): string[] =>
  steps.map((step, index) => `${indent}${index + 1}. ${line(step)}`);

export function renderText(reply: Reply, options: { ui: UiChoice }): string {
  const out: string[] = [reply.headline, ''];
  for (const paragraph of reply.summary) out.push(line(paragraph), '');
  out.push(line(confidenceLine(reply)));
  if (reply.secretsWarning) out.push('', `WARNING: ${line(reply.secretsWarning)}`);

  for (const section of reply.sections) {
    out.push(...heading(section.heading));
    for (const paragraph of section.paragraphs) out.push(line(paragraph));
    if (section.steps?.length) out.push(...numbered(section.steps, '  '));
    for (const ui of uiStepsFor(section, options.ui)) {
      out.push(`${ui.title}:`, ...numbered(ui.steps, '  '));
    }
    if (section.snippet) {
      // (set apart from the steps above it: a title right under a numbered step reads as that step's last words)
      out.push('', `${section.snippet.title}:`, '');
      for (const codeLine of section.snippet.code.split('\n')) {
        out.push(`${SNIPPET_INDENT}${codeLine.replace(UNSAFE_CHARS, '')}`);
      }
    }
  }

  if (reply.evidence.length) {
    out.push(...heading('Why I think so'));
    for (const evidence of reply.evidence) out.push(`  - ${line(evidence)}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
