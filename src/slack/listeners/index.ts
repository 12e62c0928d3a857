/**
 * Every Slack listener, registered from one declarative list (REGISTERED) so that what the code
 * handles and what manifest.yml declares can be compared by a test and cannot drift apart.
 */
import type { App } from '@slack/bolt';
import type { BotContext } from '../context.js';
import { COMMAND, SHARE_ACTION, SHORTCUT_DIAGNOSE, UI_ACTIONS, VIEW_DIAGNOSE, WHERE_ACTIONS } from '../ids.js';
import { createSurfaces } from '../surfaces.js';
import { actionListener } from './actions.js';
import { commandListener } from './commands.js';
import { homeListener } from './home.js';
import { mentionListener } from './mentions.js';
import { messageListener } from './messages.js';
import { shortcutListener } from './shortcuts.js';
import { viewSubmissionListener } from './views.js';

/**
 * What the bot registers with Bolt, and what the manifest must declare for it.
 * `botEvents` are the manifest's subscriptions (Bolt's `message` covers message.channels,
 * message.groups and message.im); `scopes` lists each bot scope with what uses it.
 */
export const REGISTERED = {
  commands: [COMMAND],
  /** Message shortcuts (callback ids). */
  messageShortcuts: [SHORTCUT_DIAGNOSE],
  actions: [...Object.values(UI_ACTIONS), ...Object.values(WHERE_ACTIONS), SHARE_ACTION],
  /** view_submission callback ids. */
  views: [VIEW_DIAGNOSE],
  /** Bolt event types listened to. */
  events: ['app_home_opened', 'app_mention', 'message'],
  /** Manifest bot_events. */
  botEvents: ['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im'],
  scopes: {
    'app_mentions:read': 'app_mention events',
    'channels:history': 'message.channels (watched public channels); conversations.replies for a bare mention in a public thread',
    'groups:history': 'message.groups (watched private channels); conversations.replies in a private channel thread',
    'mpim:history': 'conversations.replies for a bare mention in a group DM thread',
    'im:history': 'message.im (DMs to the bot)',
    'chat:write': 'chat.postMessage, chat.update, chat.postEphemeral (replies, buttons, shortcut fallback)',
    'im:write': 'conversations.open (modal result and shortcut fallback by DM)',
    commands: `${COMMAND} and the message shortcut`,
    'files:read': 'downloading shared files, snippets and the modal\'s bounce file (files.info, url_private_download)',
  },
} as const;

export type RegisteredEvent = (typeof REGISTERED.events)[number];

export function registerListeners(app: App, ctx: BotContext): void {
  const s = createSurfaces(ctx);
  for (const command of REGISTERED.commands) app.command(command, commandListener(s));
  for (const callbackId of REGISTERED.messageShortcuts) {
    app.shortcut({ callback_id: callbackId, type: 'message_action' }, shortcutListener(s));
  }
  for (const actionId of REGISTERED.actions) app.action({ action_id: actionId, type: 'block_actions' }, actionListener(s));
  for (const callbackId of REGISTERED.views) app.view({ callback_id: callbackId, type: 'view_submission' }, viewSubmissionListener(s));

  // A record over REGISTERED.events: adding an event there without a listener is a type error.
  const events: { [E in RegisteredEvent]: () => void } = {
    app_home_opened: () => app.event('app_home_opened', homeListener(s)),
    app_mention: () => app.event('app_mention', mentionListener(s)),
    message: () => app.event('message', messageListener(s)),
  };
  for (const event of REGISTERED.events) events[event]();
}
