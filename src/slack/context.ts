/** What every Slack listener gets from the app factory: settings and shared services. */
import type { Logger } from '@slack/bolt';
import type { UiChoice } from '../replies/model.js';
import type { ReplyEngine } from './engine.js';

export interface BotSettings {
  botToken: string;
  /** Web API base URL (ends with `/`, as config.ts makes it); null means Slack's own. */
  slackApiUrl: string | null;
  /** Which Mailgun UI's steps a reply shows first. */
  mailgunUi: UiChoice;
  /** Channels where the bot answers relay-denied errors unasked (WATCH_CHANNELS). */
  watchChannels: ReadonlySet<string>;
  /** Bot ids whose messages in watched channels are diagnosed too (WATCH_BOT_IDS). */
  watchBotIds: ReadonlySet<string>;
  /** At most this many unasked replies per watched channel per minute (WATCH_RATE_LIMIT). */
  watchRatePerMinute: number;
}

/**
 * Remembers which events were answered, so that Slack's retries and repeated deliveries get one
 * answer. In memory for one process; a shared store (Redis, a database) can implement the same
 * interface when several replicas run behind a load balancer.
 */
export interface DedupStore {
  /** Resolves true the first time a key is claimed within the store's time-to-live, else false. */
  claim(key: string): Promise<boolean>;
}

export interface BotContext {
  settings: BotSettings;
  dedup: DedupStore;
  /** Diagnoses pastes and composes replies, off the event loop. */
  engine: ReplyEngine;
  logger: Logger;
}
