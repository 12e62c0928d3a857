/**
 * `@relaydenied <paste>` in a channel or group DM: the diagnosis in the thread of that message.
 * A bare mention in a thread diagnoses the thread's root message, or else the latest earlier
 * message of the thread that holds an error. A bare mention elsewhere, or `help`: usage.
 */
import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { authorOf, tsBefore } from '../authors.js';
import { logFailure, postMessage } from '../deliver.js';
import type { SlackFile } from '../files.js';
import { collectPaste, withoutBotMention, type FileAccess } from '../paste.js';
import { composeNotice, holdsError, type Answer } from '../reply.js';
import { fileAccess, firstAnswer, firstDelivery, postThreadReply, presentation, type Surfaces } from '../surfaces.js';
import { APOLOGY, IS_HELP, NOTHING_IN_THREAD, USAGE } from '../usage.js';

/** Thread messages looked at for a bare mention, newest first after the root. */
const MAX_THREAD_CANDIDATES = 20;
const THREAD_PAGE = 200;
const MAX_THREAD_PAGES = 5;

const ROOT_NOTE = '_About the first message of this thread._';
const EARLIER_NOTE = '_About the latest earlier message in this thread that holds an error._';

interface ThreadMessage {
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  files?: SlackFile[];
}

export function mentionListener(s: Surfaces): Middleware<SlackEventMiddlewareArgs<'app_mention'>> {
  return async ({ event, body, context, client }) => {
    // Bots are answered only in watched channels, where the message listener handles them.
    if (authorOf(event, context, s.ctx.settings) !== 'person') return;
    if (!(await firstDelivery(s, body, context.retryNum))) return;
    if (!(await firstAnswer(s, event.channel, event.ts))) return;
    const threadTs = event.thread_ts ?? event.ts;
    const where = { channel: event.channel, sourceTs: event.ts, threadTs, user: event.user };
    try {
      const asked = withoutBotMention(event.text ?? '', context.botUserId);
      const files = (event as { files?: SlackFile[] }).files ?? [];
      const bare = !asked && files.length === 0;
      if (IS_HELP.test(asked) || (bare && !event.thread_ts)) {
        await postThreadReply(s, client, where, composeNotice(USAGE), null);
        return;
      }
      const access = fileAccess(s, client);
      const answer = bare
        ? await answerFromThread(s, access, event.channel, threadTs, event.ts, context)
        : await s.ctx.engine.composeAnswer(await collectPaste({ text: asked, files }, access), presentation(s, 'public'));
      await postThreadReply(s, client, where, answer.message, answer.diagnosis);
    } catch (error) {
      logFailure(s.ctx.logger, 'mention', 'answering', error);
      await postMessage(client, { channel: event.channel, thread_ts: threadTs }, composeNotice(APOLOGY))
        .catch((e: unknown) => logFailure(s.ctx.logger, 'mention', 'apologizing', e));
    }
  };
}

/** The diagnosis of the thread's root, or of the latest earlier message that holds an error. */
async function answerFromThread(
  s: Surfaces,
  access: FileAccess,
  channel: string,
  threadTs: string,
  mentionTs: string,
  context: { botId?: string; botUserId?: string },
): Promise<Answer> {
  const messages = await threadMessages(access.client, channel, threadTs);
  const root = messages.find((m) => m.ts === threadTs);
  const earlier = messages
    .filter((m) => m.ts && m.ts !== threadTs && tsBefore(m.ts, mentionTs))
    .reverse();
  const candidates: [ThreadMessage, string][] = [
    ...(root ? [[root, ROOT_NOTE] as [ThreadMessage, string]] : []),
    ...earlier.map((m) => [m, EARLIER_NOTE] as [ThreadMessage, string]),
  ].slice(0, MAX_THREAD_CANDIDATES);

  const unreadable: string[] = [];
  for (const [message, note] of candidates) {
    if (authorOf(message, context, s.ctx.settings) === 'self') continue;
    const paste = await collectPaste({ text: withoutBotMention(message.text ?? '', context.botUserId), files: message.files }, access);
    const diagnosis = await s.ctx.engine.diagnose(paste.text);
    if (holdsError(diagnosis)) {
      return { diagnosis, message: await s.ctx.engine.composeDiagnosis(diagnosis, presentation(s, 'public'), [note, ...paste.notes]) };
    }
    unreadable.push(...paste.notes);
  }
  return { diagnosis: null, message: composeNotice([...unreadable, NOTHING_IN_THREAD].join('\n')) };
}

async function threadMessages(client: WebClient, channel: string, threadTs: string): Promise<ThreadMessage[]> {
  const all: ThreadMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_THREAD_PAGES; page += 1) {
    const result = await client.conversations.replies({ channel, ts: threadTs, limit: THREAD_PAGE, ...(cursor ? { cursor } : {}) });
    all.push(...((result.messages ?? []) as ThreadMessage[]));
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) break;
  }
  return all;
}
