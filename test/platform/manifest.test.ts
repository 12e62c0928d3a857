/**
 * manifest.yml against the code: what the listeners really register with a real Bolt App, the
 * declarative list they export (REGISTERED), and the Web API methods the source calls.
 * Slack's own rules (which scope an event or a method needs) are the tables below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, type SlackConfig } from '../../src/config.js';
import { createSlackApp } from '../../src/slack/app.js';
import { registerListeners, REGISTERED } from '../../src/slack/listeners/index.js';

const root = join(import.meta.dirname, '..', '..');
const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8'));

/** Scopes a bot event subscription needs (Slack's Events API reference). */
const EVENT_SCOPES: Record<string, string[]> = {
  app_home_opened: [],
  app_mention: ['app_mentions:read'],
  'message.channels': ['channels:history'],
  'message.groups': ['groups:history'],
  'message.im': ['im:history'],
  'message.mpim': ['mpim:history'],
};

/** Scopes a Web API method needs with a bot token (any one of them for the conversation types used). */
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'conversations.open': ['im:write'],
  'conversations.replies': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'conversations.history': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'files.info': ['files:read'],
  'views.open': [],
  'views.publish': [],
  'views.update': [],
  'views.push': [],
  'auth.test': [],
};

/** Registers the real listeners on a real App whose registration methods record their arguments. */
function recordRegistrations() {
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-manifest-test', SLACK_SIGNING_SECRET: 'manifest-test-secret' }) as SlackConfig;
  const recorded = { command: [] as string[], shortcut: [] as string[], action: [] as string[], view: [] as string[], event: [] as string[], message: 0 };
  const name = (constraint: unknown, key: string): string => {
    if (typeof constraint === 'string') return constraint;
    if (constraint instanceof RegExp) return `/${constraint.source}/`;
    return String((constraint as Record<string, unknown>)[key]);
  };
  createSlackApp(config, {
    logWrite: () => {},
    registerListeners: (app: App, ctx) => {
      const spy = app as unknown as Record<string, (...args: unknown[]) => unknown>;
      for (const [method, key] of [['command', 'command'], ['shortcut', 'callback_id'], ['action', 'action_id'], ['view', 'callback_id'], ['event', 'type']] as const) {
        const original = spy[method]!.bind(app);
        spy[method] = (...args: unknown[]) => {
          recorded[method].push(name(args[0], key));
          return original(...args);
        };
      }
      const originalMessage = spy.message!.bind(app);
      spy.message = (...args: unknown[]) => {
        recorded.message += 1;
        return originalMessage(...args);
      };
      registerListeners(app, ctx);
    },
  });
  return recorded;
}

/** Web API methods called anywhere in src/ (`client.chat.postMessage(`, `apiCall('files.info'`...). */
function methodsCalledInSource(): Set<string> {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const methods = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, 'src', file), 'utf8');
    for (const match of source.matchAll(/\bclient\.(chat|conversations|files|views|users|auth|reactions)\.(\w+)\s*\(/g)) methods.add(`${match[1]}.${match[2]}`);
    for (const match of source.matchAll(/apiCall\(\s*['"]([\w.]+)['"]/g)) methods.add(match[1]!);
    if (/url_private/.test(source)) methods.add('files.download');
  }
  return methods;
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('manifest.yml matches the code', () => {
  const registered = recordRegistrations();

  it('REGISTERED is what the listeners really register with Bolt', () => {
    // The wrapper saw registrations at all (an empty recording would make every comparison vacuous).
    expect(registered.command.length * registered.event.length).toBeGreaterThan(0);
    expect(sorted(registered.command)).toEqual(sorted(REGISTERED.commands));
    expect(sorted(registered.shortcut)).toEqual(sorted(REGISTERED.messageShortcuts));
    expect(sorted(registered.action)).toEqual(sorted(REGISTERED.actions));
    expect(sorted(registered.view)).toEqual(sorted(REGISTERED.views));
    // Messages arrive through app.event('message') or app.message(): either way the 'message' event.
    const events = new Set([...registered.event, ...(registered.message > 0 ? ['message'] : [])]);
    expect(sorted(events)).toEqual(sorted(REGISTERED.events));
  });

  it('declares exactly the slash commands the code handles', () => {
    const commands = (manifest.features.slash_commands ?? []).map((c: { command: string }) => c.command);
    expect(sorted(commands)).toEqual(sorted(registered.command));
  });

  it('declares exactly the message shortcuts the code handles, and no global ones', () => {
    const shortcuts: { type: string; callback_id: string; name: string }[] = manifest.features.shortcuts ?? [];
    expect(shortcuts.every((s) => s.type === 'message')).toBe(true);
    expect(sorted(shortcuts.map((s) => s.callback_id))).toEqual(sorted(registered.shortcut));
    expect(shortcuts.find((s) => s.callback_id === 'diagnose_bounce')?.name).toBe('Diagnose bounce');
  });

  it('subscribes to exactly the events the code listens to', () => {
    const botEvents: string[] = manifest.settings.event_subscriptions.bot_events;
    expect(sorted(botEvents)).toEqual(sorted(REGISTERED.botEvents));
    // Every subscription reaches a listener (message.* → Bolt's 'message'), and every listener has one.
    const boltEvents = new Set(botEvents.map((e) => (e.startsWith('message.') ? 'message' : e)));
    expect(sorted(boltEvents)).toEqual(sorted(new Set([...registered.event, ...(registered.message ? ['message'] : [])])));
  });

  it('asks for exactly the scopes the registered surfaces and the Web API calls need', () => {
    const scopes: string[] = manifest.oauth_config.scopes.bot;
    const botEvents: string[] = manifest.settings.event_subscriptions.bot_events;
    const methods = methodsCalledInSource();

    const required = new Set<string>(botEvents.flatMap((e) => EVENT_SCOPES[e] ?? [`unknown event ${e}`]));
    if (registered.command.length + registered.shortcut.length > 0) required.add('commands');
    for (const method of methods) {
      const needs = METHOD_SCOPES[method];
      if (method === 'files.download') required.add('files:read');
      // One scope of the list covers a conversation type; the bot may be asked in any of them.
      else if (needs) needs.forEach((s) => required.add(s));
    }
    for (const method of methods) {
      if (method !== 'files.download') expect(METHOD_SCOPES, `add ${method} to METHOD_SCOPES`).toHaveProperty([method]);
    }
    expect(sorted(scopes)).toEqual(sorted(required));
    expect(sorted(scopes)).toEqual(sorted(Object.keys(REGISTERED.scopes)));
  });

  it('turns on what the surfaces use: interactivity, App Home and its Messages tab, Socket Mode', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(registered.action.length + registered.view.length + registered.shortcut.length > 0);
    expect(manifest.features.app_home.home_tab_enabled).toBe(registered.event.includes('app_home_opened'));
    expect(manifest.features.app_home.messages_tab_enabled).toBe(manifest.settings.event_subscriptions.bot_events.includes('message.im'));
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    // Socket Mode: no request URLs anywhere.
    expect(JSON.stringify(manifest)).not.toMatch(/"(request_)?url"/);
  });

  it('stays within Slack\'s manifest limits', () => {
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
    for (const s of manifest.features.shortcuts) expect(s.description.length).toBeLessThanOrEqual(150);
  });
});
