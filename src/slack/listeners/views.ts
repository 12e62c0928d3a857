/**
 * The modal `/relaydenied` opens when given no text: a paste box (Slack caps it at 3,000
 * characters) and a file input for a whole bounce email. The answer goes to the person by DM.
 */
import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { logFailure, sendDirectMessage } from '../deliver.js';
import type { SlackFile } from '../files.js';
import { MODAL_FILE_ACTION, MODAL_FILE_BLOCK, MODAL_PASTE_ACTION, MODAL_PASTE_BLOCK, VIEW_DIAGNOSE } from '../ids.js';
import { collectPaste } from '../paste.js';
import { composeNotice } from '../reply.js';
import { fileAccess, presentation, type Surfaces } from '../surfaces.js';
import { APOLOGY } from '../usage.js';

/** Slack's limit for a plain_text_input. */
export const MODAL_PASTE_MAX = 3000;

export function diagnoseModal(): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_DIAGNOSE,
    title: { type: 'plain_text', text: 'Diagnose a bounce' },
    submit: { type: 'plain_text', text: 'Diagnose' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: MODAL_PASTE_BLOCK,
        optional: true,
        label: { type: 'plain_text', text: 'The error or bounce' },
        hint: { type: 'plain_text', text: 'Paste the SMTP error, the bounce text or the Mailgun event. Longer? Attach the file below.' },
        element: {
          type: 'plain_text_input',
          action_id: MODAL_PASTE_ACTION,
          multiline: true,
          max_length: MODAL_PASTE_MAX,
          placeholder: { type: 'plain_text', text: '550 5.7.1 Relaying denied' },
        },
      },
      {
        type: 'input',
        block_id: MODAL_FILE_BLOCK,
        optional: true,
        label: { type: 'plain_text', text: 'Or a whole bounce email' },
        hint: { type: 'plain_text', text: 'An .eml or .txt file, up to 1 MiB. The answer comes to you as a direct message.' },
        element: { type: 'file_input', action_id: MODAL_FILE_ACTION, filetypes: ['eml', 'txt', 'text', 'log'], max_files: 1 },
      },
    ],
  };
}

export function viewSubmissionListener(s: Surfaces): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> {
  return async ({ ack, view, body, client }) => {
    const values = view.state.values;
    const pasted = values[MODAL_PASTE_BLOCK]?.[MODAL_PASTE_ACTION]?.value ?? '';
    const files = (values[MODAL_FILE_BLOCK]?.[MODAL_FILE_ACTION]?.files ?? []) as SlackFile[];
    if (!pasted.trim() && files.length === 0) {
      await ack({ response_action: 'errors', errors: { [MODAL_PASTE_BLOCK]: 'Paste an error here, or attach a bounce file below.' } });
      return;
    }
    await ack();
    const user = body.user.id;
    try {
      const paste = await collectPaste({ text: pasted, files }, fileAccess(s, client));
      const { message } = await s.ctx.engine.composeAnswer(paste, presentation(s, 'private'));
      await sendDirectMessage(client, user, message);
    } catch (error) {
      logFailure(s.ctx.logger, 'modal', 'answering by DM', error);
      await sendDirectMessage(client, user, composeNotice(APOLOGY)).catch((e: unknown) => logFailure(s.ctx.logger, 'modal', 'apologizing', e));
    }
  };
}
