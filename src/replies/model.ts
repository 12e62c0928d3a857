/**
 * The reply model: what the bot says about a Diagnosis, independent of where it is shown.
 * Renderers turn it into plain text (CLI, console) or Block Kit (Slack).
 *
 * Text is a list of inline segments so that our own words and text echoed from the paste stay
 * apart: a renderer escapes `quote` and `code` segments for its medium, and marks quotes as quoted.
 */
import type { ConfidenceWord, Diagnosis, ErrorKind, Scenario } from '../diagnosis/types.js';

export type Inline =
  | { kind: 'text'; text: string }
  /** A Mailgun UI label, shown exactly (bold in Slack). */
  | { kind: 'label'; text: string }
  /** A literal value to type or look for: a host, a port, a setting name. */
  | { kind: 'code'; text: string }
  /** Text echoed from the user's paste: untrusted, shortened, shown as a quotation. */
  | { kind: 'quote'; text: string };

export type RichText = Inline[];

export type MailgunUi = 'classic' | 'beta' | 'current';
export const MAILGUN_UIS: readonly MailgunUi[] = ['classic', 'beta', 'current'];
export type UiChoice = MailgunUi | 'all';

export interface UiSteps {
  ui: MailgunUi;
  /** How a person recognises this UI ("options across the top, silver background"). */
  title: string;
  steps: RichText[];
}

export interface CodeSnippet {
  /** What the snippet is for ("nodemailer transport"). */
  title: string;
  language: string;
  code: string;
}

export interface ReplySection {
  heading: string;
  paragraphs: RichText[];
  /** Numbered steps that do not depend on the Mailgun UI. */
  steps?: RichText[];
  /** Steps that differ per Mailgun UI; renderers show the chosen UI (or all). */
  uiSteps?: UiSteps[];
  snippet?: CodeSnippet;
}

export interface Reply {
  scenario: Scenario;
  kind: ErrorKind | null;
  confidence: number;
  confidenceWord: ConfidenceWord;
  /** One short line (no markup): the title of the reply and the notification text. */
  headline: string;
  /** Two or three sentences that answer the question. */
  summary: RichText[];
  sections: ReplySection[];
  /** "Why I think so": one line per piece of evidence. */
  evidence: RichText[];
  /** Shown when the paste held a credential. */
  secretsWarning: RichText | null;
  /** True when some section's steps differ per Mailgun UI (the Slack UI switch buttons). */
  hasUiSteps: boolean;
  /** True when the reply asks where the error was seen (Slack offers the answers as buttons). */
  asksWhereSeen: boolean;
  /** The diagnosis it was built from. */
  diagnosis: Diagnosis;
}
