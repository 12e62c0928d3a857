/** Who wrote a message, as far as answering it goes. */
import type { Context } from '@slack/bolt';
import type { BotSettings } from './context.js';

export type Author = 'self' | 'listed-bot' | 'bot' | 'person';

export interface AuthoredMessage {
  user?: string;
  bot_id?: string;
  subtype?: string;
}

/**
 * `self`: this bot (never answered). `listed-bot`: an integration named in WATCH_BOT_IDS.
 * `bot`: any other bot or integration. `person`: everyone else.
 */
export function authorOf(message: AuthoredMessage, context: Pick<Context, 'botId' | 'botUserId'>, settings: BotSettings): Author {
  const own = (context.botUserId !== undefined && message.user === context.botUserId)
    || (context.botId !== undefined && message.bot_id === context.botId);
  if (own) return 'self';
  if (message.bot_id || message.subtype === 'bot_message') {
    return message.bot_id && settings.watchBotIds.has(message.bot_id) ? 'listed-bot' : 'bot';
  }
  return 'person';
}

/** True when message ts `a` is earlier than `b` (compared exactly: a ts has more digits than a double keeps). */
export function tsBefore(a: string, b: string): boolean {
  const [aSec = '', aMicro = ''] = a.split('.');
  const [bSec = '', bMicro = ''] = b.split('.');
  if (aSec.length !== bSec.length) return aSec.length < bSec.length;
  if (aSec !== bSec) return aSec < bSec;
  return aMicro.padEnd(6, '0') < bMicro.padEnd(6, '0');
}
