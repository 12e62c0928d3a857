/**
 * Message events: a DM to the bot (answered in the DM), a watched channel (WATCH_CHANNELS: answered
 * in thread only when the message holds a relay denial, within a per-channel rate limit), and edits
 * in either (the bot's earlier reply is updated). Shared files are read as part of the message.
 */
import type { Context, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { authorOf, type Author } from '../authors.js';
import { logFailure, postMessage, updateMessage } from '../deliver.js';
import type { SlackFile } from '../files.js';
import { collectPaste, mentionsBot, withoutBotMention } from '../paste.js';
import {
  composeNotice,
  diagnosisMetadata,
  holdsError,
  isRelayDenial,
  type Answer,
} from '../reply.js';
import { fileAccess, firstAnswer, firstDelivery, postThreadReply, presentation, type Surfaces } from '../surfaces.js';
import { APOLOGY, EDITED_NO_ERROR, IS_HELP, USAGE } from '../usage.js';

/** Subtypes answered: a plain message, a file share, and an integration's post (listed bots only). */
const ANSWERED_SUBTYPES = new Set([undefined, 'file_share', 'bot_message']);

interface MessageFields {
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: SlackFile[];
  /** message_changed: the message as it is now, and as it was. */
  message?: MessageFields;
  previous_message?: MessageFields;
}

type Place = 'dm' | 'watched';

export function messageListener(s: Surfaces): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ event, body, context, client }) => {
    const m = event as unknown as MessageFields;
    const place: Place | null = m.channel_type === 'im' ? 'dm' : s.ctx.settings.watchChannels.has(m.channel) ? 'watched' : null;
    if (!place) return;
    const edit = m.subtype === 'message_changed';
    const message = edit ? m.message : m;
    // An edit is judged by what the message is now: a deleted thread root becomes a `tombstone`.
    if (!message || !ANSWERED_SUBTYPES.has(message.subtype)) return;
    if (!isAnswerable(place, authorOf(message, context, s.ctx.settings))) return;
    if (edit && !changedContent(message, m.previous_message)) return;
    if (!(await firstDelivery(s, body, context.retryNum))) return;

    const channel = m.channel;
    try {
      if (edit) await answerEdit(s, client, context, place, channel, message);
      else if (place === 'dm') await answerDm(s, client, channel, message);
      else await answerWatched(s, client, context, channel, message);
    } catch (error) {
      logFailure(s.ctx.logger, place === 'dm' ? 'dm' : 'watch', edit ? 'updating after an edit' : 'answering', error);
      // Unasked replies stay silent on failure; a person who wrote to the bot gets an apology.
      if (place === 'dm') {
        await postMessage(client, { channel, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) }, composeNotice(APOLOGY))
          .catch((e: unknown) => logFailure(s.ctx.logger, 'dm', 'apologizing', e));
      }
    }
  };
}

/** DMs are answered for people; watched channels also for listed integrations. Never the bot itself. */
function isAnswerable(place: Place, author: Author): boolean {
  return author === 'person' || (place === 'watched' && author === 'listed-bot');
}

/** message_changed also fires for unfurls and thread bookkeeping; only a changed text or file list counts. */
function changedContent(now: MessageFields, before: MessageFields | undefined): boolean {
  if (!before) return true;
  const ids = (m: MessageFields) => (m.files ?? []).map((f) => f.id).join(',');
  return now.text !== before.text || ids(now) !== ids(before);
}

async function answerForDm(s: Surfaces, client: WebClient, message: MessageFields): Promise<Answer> {
  const text = message.text ?? '';
  const noFiles = !message.files?.length;
  if (noFiles && (!text.trim() || IS_HELP.test(text))) return { message: composeNotice(USAGE), diagnosis: null };
  const paste = await collectPaste(message, fileAccess(s, client));
  return s.ctx.engine.composeAnswer(paste, presentation(s, 'private'));
}

async function answerDm(s: Surfaces, client: WebClient, channel: string, message: MessageFields): Promise<void> {
  if (!(await firstAnswer(s, channel, message.ts))) return;
  const answer = await answerForDm(s, client, message);
  const ts = await postMessage(client, { channel, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) }, answer.message);
  if (ts) s.replies.remember(channel, message.ts, ts);
}

async function answerWatched(s: Surfaces, client: WebClient, context: Context, channel: string, message: MessageFields): Promise<void> {
  // A person's mention is answered by the mention listener (it answers anything, not only relay denials).
  if (!message.bot_id && mentionsBot(message.text, context.botUserId)) return;
  const paste = await collectPaste(message, fileAccess(s, client));
  const diagnosis = await s.ctx.engine.diagnose(paste.text);
  if (!isRelayDenial(diagnosis)) return;
  if (!(await firstAnswer(s, channel, message.ts))) return;
  if (!s.watchLimit.tryTake(channel)) {
    s.ctx.logger.warn(`watch: rate limit reached in ${channel}; not answering message ${message.ts}`);
    return;
  }
  const reply = await s.ctx.engine.composeDiagnosis(diagnosis, presentation(s, 'public'), paste.notes);
  await postThreadReply(s, client, threadOf(channel, message), reply, diagnosis);
}

/** An edited message: update the bot's earlier reply, or answer it now if it newly holds an error. */
async function answerEdit(s: Surfaces, client: WebClient, context: Context, place: Place, channel: string, message: MessageFields): Promise<void> {
  const earlier = s.replies.replyTo(channel, message.ts);
  let answer: Answer;
  if (place === 'dm') {
    answer = await answerForDm(s, client, message);
  } else {
    const text = withoutBotMention(message.text ?? '', context.botUserId);
    const paste = await collectPaste({ text, files: message.files }, fileAccess(s, client));
    const diagnosis = await s.ctx.engine.diagnose(paste.text);
    if (isRelayDenial(diagnosis) || (earlier && holdsError(diagnosis))) {
      answer = { diagnosis, message: await s.ctx.engine.composeDiagnosis(diagnosis, presentation(s, 'public'), paste.notes) };
    } else if (earlier) {
      answer = { diagnosis, message: { ...composeNotice(EDITED_NO_ERROR), metadata: diagnosisMetadata(diagnosis) } };
    } else {
      return;
    }
  }

  if (earlier) {
    await updateMessage(client, channel, earlier, answer.message);
    return;
  }
  if (place === 'dm') {
    const ts = await postMessage(client, { channel, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) }, answer.message);
    if (ts) s.replies.remember(channel, message.ts, ts);
    return;
  }
  if (!s.watchLimit.tryTake(channel)) {
    s.ctx.logger.warn(`watch: rate limit reached in ${channel}; not answering edited message ${message.ts}`);
    return;
  }
  await postThreadReply(s, client, threadOf(channel, message), answer.message, answer.diagnosis);
}

function threadOf(channel: string, message: MessageFields) {
  return { channel, sourceTs: message.ts, threadTs: message.thread_ts ?? message.ts, user: message.bot_id ? undefined : message.user };
}
