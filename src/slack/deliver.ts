/**
 * Sending what the surfaces compose, and surviving when Slack says no.
 *
 * Every message a listener sends (post, update, ephemeral, DM, response_url) goes through one of
 * these, so that all carry the same options (metadata on diagnoses, no unfurling of links from the
 * paste). The other Web API calls (conversations.replies, files.info, views.open, views.publish) are
 * made where they are needed; every failure, of any call, is logged with logFailure: what failed
 * and Slack's error code, never a token or the paste.
 */
import type { Logger, RespondArguments, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { SLACK_TOKEN } from '../shared/slack-token.js';
import type { SlackMessage } from './reply.js';

/** A one-line description of a failure: error class, Slack's code, HTTP status. No payloads. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'non-error value thrown';
  const e = error as Error & { code?: unknown; statusCode?: unknown; data?: { error?: unknown } };
  const details = [e.code, e.data?.error, e.statusCode].filter((x) => typeof x === 'string' || typeof x === 'number');
  return `${e.name}: ${e.message}${details.length ? ` (${details.join(', ')})` : ''}`.replace(SLACK_TOKEN, '[token]');
}

/** Logs a failure of one step of one surface. */
export function logFailure(logger: Logger, surface: string, step: string, error: unknown): void {
  logger.error(`${surface}: ${step} failed: ${describeError(error)}`);
}

export interface Target {
  channel: string;
  thread_ts?: string;
}

/** chat.postMessage; resolves to the new message's ts. */
export async function postMessage(client: WebClient, target: Target, message: SlackMessage): Promise<string> {
  const result = await client.chat.postMessage({
    channel: target.channel,
    ...(target.thread_ts ? { thread_ts: target.thread_ts } : {}),
    text: message.text,
    blocks: message.blocks,
    ...(message.metadata ? { metadata: message.metadata } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
  return result.ts ?? '';
}

export async function updateMessage(client: WebClient, channel: string, ts: string, message: SlackMessage): Promise<void> {
  await client.chat.update({
    channel,
    ts,
    text: message.text,
    blocks: message.blocks,
    ...(message.metadata ? { metadata: message.metadata } : {}),
  });
}

export async function postEphemeral(client: WebClient, target: Target & { user: string }, message: SlackMessage): Promise<void> {
  await client.chat.postEphemeral({
    channel: target.channel,
    user: target.user,
    ...(target.thread_ts ? { thread_ts: target.thread_ts } : {}),
    text: message.text,
    blocks: message.blocks,
  });
}

/** Opens (or finds) the DM with a person and posts there; resolves to the DM channel id. */
export async function sendDirectMessage(client: WebClient, user: string, message: SlackMessage): Promise<string> {
  const opened = await client.conversations.open({ users: user });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  await postMessage(client, { channel }, message);
  return channel;
}

/** `respond` through the interaction's response_url (metadata cannot go this way). */
export async function respondWith(
  respond: RespondFn,
  message: SlackMessage,
  options: { response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean },
): Promise<void> {
  const args: RespondArguments = { ...options, text: message.text, blocks: message.blocks };
  await respond(args);
}
