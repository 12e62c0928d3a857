/** What every listener shares: the context from the app factory plus the surfaces' own services. */
import type { WebClient } from '@slack/web-api';
import type { BotContext } from './context.js';
import type { Diagnosis } from '../diagnosis/types.js';
import { describeError, logFailure, postEphemeral, postMessage } from './deliver.js';
import { RateLimiter, ReplyMemory } from './memory.js';
import type { FileAccess } from './paste.js';
import { composeNotice, type Presentation, type SlackMessage } from './reply.js';
import { SECRET_IN_PUBLIC } from './usage.js';

export interface Surfaces {
  ctx: BotContext;
  /** Which bot reply answers which message, for edits. */
  replies: ReplyMemory;
  /** Unasked replies per watched channel. */
  watchLimit: RateLimiter;
}

export function createSurfaces(ctx: BotContext): Surfaces {
  return {
    ctx,
    replies: new ReplyMemory(),
    watchLimit: new RateLimiter(ctx.settings.watchRatePerMinute),
  };
}

export function fileAccess(s: Surfaces, client: WebClient): FileAccess {
  return { client, token: s.ctx.settings.botToken, slackApiUrl: s.ctx.settings.slackApiUrl, logger: s.ctx.logger };
}

/**
 * Claims a key in the dedup store: true the first time. If the store itself fails (a shared store
 * that is down), answering twice is better than never answering, so the claim succeeds.
 */
export async function claimOnce(s: Surfaces, key: string): Promise<boolean> {
  try {
    return await s.ctx.dedup.claim(key);
  } catch (error) {
    s.ctx.logger.warn(`dedup: claim failed, answering anyway: ${describeError(error)}`);
    return true;
  }
}

/** True the first time an Events API delivery is seen; Slack's retries repeat the event_id. */
export async function firstDelivery(s: Surfaces, body: { event_id?: string }, retryNum: number | undefined): Promise<boolean> {
  if (!body.event_id) return true;
  const first = await claimOnce(s, `event:${body.event_id}`);
  if (!first) s.ctx.logger.debug(`events: skipped repeated delivery of ${body.event_id} (retry ${retryNum ?? 0})`);
  return first;
}

/** True the first time anyone answers the message channel+ts (a mention and a watch both see it). */
export function firstAnswer(s: Surfaces, channel: string, ts: string): Promise<boolean> {
  return claimOnce(s, `answer:${channel}:${ts}`);
}

/** How a reply is shown, starting with the configured Mailgun UI. */
export function presentation(s: Surfaces, audience: Presentation['audience'], shareable = false): Presentation {
  return { ui: s.ctx.settings.mailgunUi, audience, shareable };
}

export interface ThreadReply {
  channel: string;
  /** The message answered: edits of it update this reply. */
  sourceTs: string;
  threadTs: string;
  /** Who posted the message, told privately when it held a secret. */
  user: string | undefined;
}

/**
 * Posts a reply in a thread where others can read it, remembers it for edits, and tells the author
 * privately when their message held a secret (the public reply leaves the warning out).
 */
export async function postThreadReply(
  s: Surfaces,
  client: WebClient,
  where: ThreadReply,
  message: SlackMessage,
  diagnosis: Diagnosis | null,
): Promise<void> {
  const ts = await postMessage(client, { channel: where.channel, thread_ts: where.threadTs }, message);
  if (ts) s.replies.remember(where.channel, where.sourceTs, ts);
  if (diagnosis?.facts.secretsFound && where.user) {
    await postEphemeral(client, { channel: where.channel, user: where.user, thread_ts: where.threadTs }, composeNotice(SECRET_IN_PUBLIC))
      .catch((error: unknown) => logFailure(s.ctx.logger, 'reply', 'the private secret warning', error));
  }
}
