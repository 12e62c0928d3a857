/** Registers every Slack listener. (Minimal stub by the platform helper until the surfaces work lands.) */
import type { App } from '@slack/bolt';
import type { BotContext } from '../context.js';

export function registerListeners(_app: App, _ctx: BotContext): void {}
