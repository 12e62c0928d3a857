/**
 * Every identifier the bot shares with Slack: the command, callback ids, action ids and the
 * metadata event type. The manifest and the listeners must agree on these; see REGISTERED in
 * listeners/index.ts, which the manifest test compares with manifest.yml.
 */
import type { MailgunUi } from '../replies/model.js';
import type { RelayScenario } from '../diagnosis/types.js';

export const COMMAND = '/relaydenied';

/** Message shortcut "Diagnose bounce". */
export const SHORTCUT_DIAGNOSE = 'diagnose_bounce';

/** The modal that `/relaydenied` with no text opens. */
export const VIEW_DIAGNOSE = 'diagnose_modal';
export const MODAL_PASTE_BLOCK = 'paste';
export const MODAL_PASTE_ACTION = 'paste_text';
export const MODAL_FILE_BLOCK = 'bounce_file';
export const MODAL_FILE_ACTION = 'bounce_file_input';

/** Buttons that show the steps for one Mailgun UI. */
export const UI_ACTIONS: Readonly<Record<MailgunUi, string>> = {
  classic: 'show_ui_classic',
  beta: 'show_ui_beta',
  current: 'show_ui_current',
};

/** Answers to "Where did you see this error?" on an undetermined reply. */
export const WHERE_ACTIONS: Readonly<Record<RelayScenario, string>> = {
  'mailgun-outgoing': 'where_mailgun_smtp',
  'mailgun-incoming': 'where_inbound',
  'recipient-host': 'where_mailgun_logs',
};

export const SHARE_ACTION = 'share_in_channel';

/** Slack message metadata event type on every message the bot posts or updates. */
export const METADATA_EVENT_TYPE = 'relaydenied_diagnosis';
