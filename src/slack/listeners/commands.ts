/**
 * `/relaydenied <paste>`: a private diagnosis with a Share in channel button.
 * `/relaydenied help`: usage. `/relaydenied` alone: the paste-or-file modal (answered by DM).
 */
import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { logFailure, respondWith } from '../deliver.js';
import { composeNotice } from '../reply.js';
import { presentation, type Surfaces } from '../surfaces.js';
import { APOLOGY, IS_HELP, USAGE } from '../usage.js';
import { diagnoseModal } from './views.js';

export function commandListener(s: Surfaces): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond, client }) => {
    await ack();
    const text = command.text ?? '';
    try {
      if (!text.trim()) {
        await client.views.open({ trigger_id: command.trigger_id, view: diagnoseModal() });
        return;
      }
      if (IS_HELP.test(text)) {
        await respondWith(respond, composeNotice(USAGE), { response_type: 'ephemeral' });
        return;
      }
      const { message } = await s.ctx.engine.composeAnswer({ text, notes: [] }, presentation(s, 'private', true));
      await respondWith(respond, message, { response_type: 'ephemeral' });
    } catch (error) {
      logFailure(s.ctx.logger, 'command', text.trim() ? 'answering' : 'opening the modal', error);
      await respondWith(respond, composeNotice(APOLOGY), { response_type: 'ephemeral' }).catch((e: unknown) =>
        logFailure(s.ctx.logger, 'command', 'apologizing', e),
      );
    }
  };
}
