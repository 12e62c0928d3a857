/** Which Mailgun UI's steps a renderer shows. */
import type { ReplySection, UiChoice, UiSteps } from './model.js';

/** The chosen UI's steps, or every UI's when `all` is chosen or the section lacks the chosen one. */
export function uiStepsFor(section: ReplySection, ui: UiChoice): UiSteps[] {
  const all = section.uiSteps ?? [];
  if (ui === 'all') return all;
  const chosen = all.filter((steps) => steps.ui === ui);
  return chosen.length ? chosen : all;
}

export const UI_CHOICES: readonly UiChoice[] = ['classic', 'beta', 'current', 'all'];

export const isUiChoice = (value: string): value is UiChoice =>
  (UI_CHOICES as readonly string[]).includes(value);
