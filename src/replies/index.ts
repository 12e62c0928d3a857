/** Public entry point of the reply model: build a Reply from a Diagnosis, render it as text or Block Kit. */
export * from './model.js';
export { buildReply, confidenceLine, SCENARIO_NAMES } from './build.js';
export { renderText } from './render-text.js';
export { renderBlocks, escapeMrkdwn, SLACK_LIMITS } from './render-blocks.js';
export { uiStepsFor, isUiChoice, UI_CHOICES } from './ui-choice.js';
export { rt, text, label, code, quote, plain, shorten } from './rich.js';
