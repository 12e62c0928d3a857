/**
 * A summary for a reader outside the mail work (a manager, a director, the sales team, an incident channel): for each case the
 * diagnosis settles, in plain words, what happened, whose side the cause is on, and what happens next. No protocol words (SMTP,
 * MX, AUTH, DNS record names): a reader who is not technical forwards it as it stands. Values echoed from the paste are code
 * segments.
 */
import type { RichText } from '../../model.js';
import type { HandoverCase } from '../words.js';

/** The values a summary names, each already safe to echo, or null when the paste does not give it. */
export interface BriefValues {
  recipient: string | null;
  /** The refusing server, where it is another one than Mailgun's. */
  host: string | null;
}

export interface BriefWords {
  /** The summary's own title in its language, so that it can be copied whole. */
  title: string;
  /** The three labels: what happened, whose side the cause is on, what happens next. */
  what: string;
  side: string;
  next: string;
  cases: Record<HandoverCase, { what: (v: BriefValues) => RichText; side: (v: BriefValues) => RichText; next: (v: BriefValues) => RichText }>;
}
