/**
 * The buttons on a reply. Each carries the diagnosis in its value (see button-value.ts), so any
 * replica or a restarted process can answer a click; the engine's worker reads it.
 * - Classic / Beta / Current UI: the same reply with that UI's steps.
 * - "Where did you see this error?" answers: the reply for the scenario the person picked.
 * - Share in channel: posts the private reply for everyone through the response_url.
 * A click replaces the message: chat.update for posted messages (it keeps the metadata current),
 * respond with replace_original for ephemeral ones (and when chat.update is refused).
 */
import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { RelayScenario } from '../../diagnosis/types.js';
import type { MailgunUi, UiChoice } from '../../replies/model.js';
import { logFailure, respondWith, updateMessage } from '../deliver.js';
import { SHARE_ACTION, UI_ACTIONS, WHERE_ACTIONS } from '../ids.js';
import { composeNotice, uiFromBlockId, withAnsweredScenario } from '../reply.js';
import type { Surfaces } from '../surfaces.js';
import { APOLOGY, BAD_BUTTON } from '../usage.js';

const UI_BY_ACTION = new Map(Object.entries(UI_ACTIONS).map(([ui, id]) => [id, ui as MailgunUi]));
const SCENARIO_BY_ACTION = new Map(Object.entries(WHERE_ACTIONS).map(([scenario, id]) => [id, scenario as RelayScenario]));

export function actionListener(s: Surfaces): Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>> {
  return async ({ ack, action, body, respond, client }) => {
    await ack();
    const container = body.container as { is_ephemeral?: boolean; channel_id?: string; message_ts?: string };
    const ephemeral = container.is_ephemeral === true;
    const channel = container.channel_id ?? body.channel?.id;
    const messageTs = container.message_ts ?? body.message?.ts;
    const shownUi = uiFromBlockId(action.block_id, s.ctx.settings.mailgunUi);
    // Ephemeral replies and DMs are private; anything else in a channel is read by others.
    const audience = ephemeral || channel?.startsWith('D') ? 'private' : 'public';

    try {
      // Read in the engine's worker: the codec's zod schemas and rule tables stay off the main thread.
      const diagnosis = await s.ctx.engine.decodeButton(action.value);
      if (!diagnosis) {
        s.ctx.logger.warn(`actions: ${action.action_id} carried a value that is not ours; answered with a polite error`);
        await respondWith(respond, composeNotice(BAD_BUTTON), { response_type: 'ephemeral', replace_original: false })
          .catch((error: unknown) => logFailure(s.ctx.logger, 'actions', 'the bad-button notice', error));
        return;
      }
      if (action.action_id === SHARE_ACTION) {
        const shared = await s.ctx.engine.composeDiagnosis(diagnosis, { ui: shownUi, audience: 'public', shareable: false });
        await respondWith(respond, shared, { response_type: 'in_channel', replace_original: false });
        return;
      }
      const answered = SCENARIO_BY_ACTION.get(action.action_id);
      const ui: UiChoice = UI_BY_ACTION.get(action.action_id) ?? shownUi;
      const next = answered ? withAnsweredScenario(diagnosis, answered) : diagnosis;
      const message = await s.ctx.engine.composeDiagnosis(next, { ui, audience, shareable: ephemeral });

      if (!ephemeral && channel && messageTs) {
        try {
          await updateMessage(client, channel, messageTs, message);
          return;
        } catch (error) {
          // e.g. a reply shared through a response_url, which chat.update may refuse to edit.
          logFailure(s.ctx.logger, 'actions', 'chat.update (falling back to the response_url)', error);
        }
      }
      await respondWith(respond, message, { replace_original: true });
    } catch (error) {
      logFailure(s.ctx.logger, 'actions', action.action_id, error);
      await respondWith(respond, composeNotice(APOLOGY), { response_type: 'ephemeral', replace_original: false })
        .catch((e: unknown) => logFailure(s.ctx.logger, 'actions', 'apologizing', e));
    }
  };
}
