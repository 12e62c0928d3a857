/** Code review 38 of this session's later change, each finding pinned on the reviewer's paste (test/fixtures/review38). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const review = (name: string) => readFileSync(new URL(`../fixtures/review38/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('code review 38', () => {
  it('a log line ending in `retry=0`, its server reply quoted in another field, keeps its refusal', () => {
    expect(diagnose(review('f01_logfmt_zero_field')).scenario).toBe('mailgun-outgoing');
  });

  it("a table whose last column is Retries (Markdown or aligned) keeps its error rows: a 0 there counts no error", () => {
    expect(diagnose(review('f02a_md_table_retries')).scenario).toBe('undetermined');
    expect(diagnose(review('f02b_aligned_table_retries')).scenario).toBe('mailgun-outgoing');
  });

  it('"it has worked ever since:" ends the closed ticket\'s story: its error stays set aside', () => {
    expect(diagnose(review('f03a_closed_ever_since')).scenario).toBe('mailgun-incoming');
  });

  it("Postfix's deferred sandbox refusal gets no \"not by themselves\": Postfix retries what it deferred", () => {
    expect(replyTo(review('f05_sandbox_postfix_deferred'))).not.toContain('Will it be sent again? Not by themselves');
  });

  it('`status = 550 ...` and `last_smtp_message = 550 Relaying denied` keep their reply code (a count is only a number ending its line)', () => {
    expect(diagnose(review('f06a_last_error_eq')).facts.replyCode).toBe(550);
    expect(diagnose(review('f06b_msg_eq')).facts.replyCode).toBe(550);
  });

  it("Moodle's own \"SMTP hosts:\" label names it, its heading on a line of its own", () => {
    expect(diagnose(review('f07_moodle_heading_own_line')).facts.client).toBe('moodle');
  });

  it('"their own Helm chart from a GitLab pipeline" is no GitLab install', () => {
    expect(diagnose(review('f09_helm_chart_gitlab_pipeline')).facts.client).not.toBe('gitlab-helm');
  });

  it('"Support email address:" is the sender\'s own setting, no recipient', () => {
    expect(diagnose(review('f10a_support_address')).facts.recipients).not.toContain('support@nordhost.se');
  });
});
