/**
 * The built bot (`dist/main.js` as `npm start` runs it) in its own process, in HTTP mode or
 * Socket Mode, against the fakes of test/support, with one way to deliver events, commands and
 * interactions whichever the transport.
 */
import { expect } from 'vitest';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { eventCallback } from '../support/payloads.js';
import { SignedClient } from '../support/signed-http.js';
import { SocketModeServer } from '../support/socket-mode-server.js';
import { spawnBot, type BotProcess } from '../support/spawn-bot.js';
import { TEST_APP_TOKEN, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/start-app.js';

/** A spawned bot, and one way to deliver to it whatever its transport. */
export interface Session {
  api: FakeSlackApi;
  bot: BotProcess;
  event(event: Record<string, unknown>): Promise<void>;
  command(fields: Record<string, string>): Promise<void>;
  interaction(payload: Record<string, unknown>): Promise<void>;
  /** Kills the bot if it still runs, and stops the fakes. */
  close(): Promise<void>;
}

/** Starts the built bot (as `npm start` runs it) in `mode` against a fresh fake Web API (and Socket Mode server). */
export async function startSession(mode: 'http' | 'socket', env: Record<string, string> = {}): Promise<Session> {
  const api = await FakeSlackApi.start();
  const socket = mode === 'socket' ? await SocketModeServer.start(api) : null;
  const bot = spawnBot({
    env: {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      ...(mode === 'socket' ? { SLACK_APP_TOKEN: TEST_APP_TOKEN } : { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: '0' }),
      SLACK_API_URL: api.apiUrl,
      ...env,
    },
  });
  const close = async () => {
    if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await socket?.close();
    await api.close();
  };
  try {
    if (socket) {
      await bot.waitFor('stderr', /Connected to Slack in Socket Mode/);
      const send = async (id: string) => void (await socket.ack(id));
      return {
        api, bot, close,
        event: (event) => send(socket.sendEvent(event)),
        command: (fields) => send(socket.sendCommand(fields)),
        interaction: (payload) => send(socket.sendInteraction(payload)),
      };
    }
    const [, port] = await bot.waitFor('stderr', /Listening for Slack requests on port (\d+)/);
    const http = new SignedClient(`http://127.0.0.1:${port}`, TEST_SIGNING_SECRET);
    const ok = async (result: Promise<{ status: number }>) => expect((await result).status).toBe(200);
    return {
      api, bot, close,
      event: (event) => ok(http.postEvent(eventCallback(event))),
      command: (fields) => ok(http.postCommand(fields)),
      interaction: (payload) => ok(http.postInteraction(payload)),
    };
  } catch (error) {
    await close();
    throw error;
  }
}
