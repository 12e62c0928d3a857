/**
 * Before any test file: build dist/ when a source is newer. The bot's engine worker and the spawned
 * processes run the built JavaScript, so `npx vitest` after an edit must not test a stale build.
 */
import { buildDist } from './spawn-bot.js';

export default function setup(): void {
  buildDist();
}
