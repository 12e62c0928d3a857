/** Public entry point of the reply model: build a Reply from a Diagnosis, render it as text or Block Kit. */
export type { Inline, MailgunUi, Reply, ReplySection, RichText, UiChoice } from './model.js';
export { MAILGUN_UIS } from './model.js';
export { buildReply, WHERE_SEEN_QUESTION } from './build.js';
export { renderText } from './render-text.js';
export { renderBlocks, SLACK_LIMITS } from './render-blocks.js';
export { isUiChoice, UI_CHOICES } from './ui-choice.js';
