/**
 * Message shortcut **Diagnose bounce**: the diagnosis of any message, for the person who asked
 * only: ephemeral in that channel, or by DM when an ephemeral cannot be shown there.
 */
import type { MessageShortcut, Middleware, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { logFailure, postEphemeral, respondWith, sendDirectMessage } from '../deliver.js';
import type { SlackFile } from '../files.js';
import { collectPaste } from '../paste.js';
import { composeNotice, type SlackMessage } from '../reply.js';
import { fileAccess, presentation, type Surfaces } from '../surfaces.js';
import { APOLOGY } from '../usage.js';

export function shortcutListener(s: Surfaces): Middleware<SlackShortcutMiddlewareArgs<MessageShortcut>> {
  return async ({ shortcut, ack, respond, client }) => {
    await ack();
    const user = shortcut.user.id;
    const channel = shortcut.channel.id;
    const threadTs = typeof shortcut.message.thread_ts === 'string' ? shortcut.message.thread_ts : undefined;

    // Composed up front, once: the fallbacks below must not fail for a reason the first try hit.
    let inChannel: SlackMessage;
    let byDm: SlackMessage;
    try {
      const files = Array.isArray(shortcut.message.files) ? (shortcut.message.files as SlackFile[]) : [];
      const paste = await collectPaste({ text: shortcut.message.text, files }, fileAccess(s, client));
      const diagnosis = await s.ctx.engine.diagnose(paste.text);
      [{ message: inChannel }, { message: byDm }] = await Promise.all([
        s.ctx.engine.composeAnswer(paste, presentation(s, 'private', true), diagnosis),
        s.ctx.engine.composeAnswer(paste, presentation(s, 'private'), diagnosis),
      ]);
    } catch (error) {
      logFailure(s.ctx.logger, 'shortcut', 'diagnosing', error);
      inChannel = byDm = composeNotice(APOLOGY);
    }

    // The response_url needs no channel membership; chat.postEphemeral does; a DM always works.
    try {
      await respondWith(respond, inChannel, { response_type: 'ephemeral' });
      return;
    } catch (error) {
      logFailure(s.ctx.logger, 'shortcut', 'respond', error);
    }
    try {
      await postEphemeral(client, { channel, user, ...(threadTs ? { thread_ts: threadTs } : {}) }, inChannel);
      return;
    } catch (error) {
      logFailure(s.ctx.logger, 'shortcut', 'chat.postEphemeral', error);
    }
    await sendDirectMessage(client, user, byDm).catch((error: unknown) => logFailure(s.ctx.logger, 'shortcut', 'the DM', error));
  };
}
