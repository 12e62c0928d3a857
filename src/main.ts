/**
 * `npm start`: reads the configuration once and runs the bot in the mode it selects
 * (Socket Mode, HTTP mode, or console mode when no Slack settings are given).
 */
import './diagnosis/regexp-engine.js';
import { setFlagsFromString } from 'node:v8';
import { ConfigError, readConfig, type SlackConfig } from './config.js';
import type { SlackBot } from './slack/app.js';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`relaydenied: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  if (config.mode === 'console') {
    // Each mode imports only what it runs: here the engine; for Slack, Bolt (~200 ms), the engine loading in a worker.
    const { runConsole } = await import('./console/index.js');
    process.exitCode = await runConsole(config, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    return;
  }
  await runSlack(config);
}

/**
 * How far V8 lets the heap grow past what was live after the last full GC, in percent. V8's own
 * factor goes up to 4x while the bot is busy, and the main thread's heap is mostly short-lived
 * request garbage promoted under load. A bound of 1.75x, measured in the bench: peak RSS 169 -> 157
 * MiB (median of 12 alternated runs of 500 events) and 218 -> 171 MiB over 3,000 events, for two
 * more full GCs on the main thread per 500 events (pauses of 5-13 ms); CPU and latencies within the
 * bench's noise. Set before Bolt and the engine's worker load; a value given on the command line
 * wins (Node refuses the flag in NODE_OPTIONS).
 */
const HEAP_GROWING_PERCENT = 75;

function boundHeapGrowth(): void {
  if (!process.execArgv.some((flag) => /^--heap[-_]growing[-_]percent\b/.test(flag))) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

async function runSlack(config: SlackConfig): Promise<void> {
  boundHeapGrowth();
  const { createSlackApp, DEFAULT_DRAIN_MS, StartupError } = await import('./slack/app.js');
  const bot = createSlackApp(config);
  const { logger } = bot;

  // A listener's stray promise must not take the bot down (Bolt reports awaited errors itself).
  process.on('unhandledRejection', (reason) => {
    logger.error('Unhandled rejection (the bot keeps running):', reason);
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal forces the exit.
      logger.warn(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: no new work; finishing work in flight (at most ${DEFAULT_DRAIN_MS / 1000} s).`);
    bot.stop({ drainMs: DEFAULT_DRAIN_MS })
      .then(({ unfinished }) => {
        logger.info(unfinished ? `Stopped; ${unfinished} piece(s) of work were cut short.` : 'Stopped cleanly.');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error('Shutdown failed:', error);
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  try {
    await bot.start();
  } catch (error) {
    await failStart(bot, error instanceof StartupError ? error.message : `Could not start: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function failStart(bot: SlackBot, message: string): Promise<never> {
  process.stderr.write(`relaydenied: ${bot.logger.redact(message)}\n`);
  await bot.stop({ drainMs: 0 }).catch(() => undefined);
  process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`relaydenied: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
