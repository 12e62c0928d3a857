/**
 * Benchmarks 3 and 4: the running bot, each in its own process, against a minimal Bolt app.
 * 3. Both driven over HTTP with signed app_mention events (20 at a time) against the local fake
 *    Slack Web API of test/support: ack and reply latency, answered exactly once, peak RSS.
 * 4. Start-up: process start → ready and → first answer, in HTTP mode, Socket Mode (a local Socket
 *    Mode server) and console mode; what `natural`, the rule tables and Bolt cost to import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, REPO, Section, fmtMiB, fmtMs, fmtRatio, loadCorpus, median, percentile, runToEnd, startChild, support } from './lib.js';

const { FakeSlackApi } = await support('fake-slack-api');
const { SocketModeServer } = await support('socket-mode-server');
const { SignedClient } = await support('signed-http');
const { appMentionEvent, eventCallback, mention } = await support('payloads');

const BOT_TOKEN = 'xoxb-1111111111-2222222222-benchbottokenvalue';
const APP_TOKEN = 'xapp-1-A0APP00001-3333333333-benchapptokenvalue';
const SIGNING_SECRET = 'bench0signing0secret0abcdef012345';

const EVENTS = 500;
const CONCURRENCY = 20;
const WARMUP = 20;
const STARTUPS = 5;
/** Load runs per bot, alternated: one run's p99 is its 5th-worst event, so a single pair of runs swings widely. */
const ROUNDS = 5;
const REPLY_TIMEOUT_MS = 20_000;

/** What `npm start` runs (package.json's start script), so that the bench measures the bot as it ships. */
const START_SCRIPT = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts.start.trim();

/** The start script's arguments after `node`: Node's flags, then dist/main.js (made absolute: each bot runs in an empty directory). */
function npmStartArgs() {
  const [command, ...args] = START_SCRIPT.split(/\s+/);
  if (command !== 'node' || args.at(-1) !== 'dist/main.js') throw new Error(`package.json's start script is not "node [flags] dist/main.js": ${START_SCRIPT}`);
  return [...args.slice(0, -1), join(DIST, 'main.js')];
}

const BOTS = {
  ours: {
    name: 'relaydenied',
    command: START_SCRIPT,
    args: npmStartArgs(),
    env: { LOG_LEVEL: 'info' },
    ready: { http: ['stderr', /Listening for Slack requests on port (\d+)/], socket: ['stderr', /Connected to Slack in Socket Mode/] },
  },
  bare: {
    name: 'bare Bolt',
    command: 'node bench/bare-bolt.js',
    args: [join(REPO, 'bench', 'bare-bolt.js')],
    env: {},
    ready: { http: ['stdout', /listening on port (\d+)/], socket: ['stdout', /connected/] },
  },
};

/** What people paste: the labelled corpus pastes as Slack sends them (escaped), or one error line. */
function pastes() {
  const { dev } = loadCorpus();
  const slackEscape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return dev.length ? dev.map((f) => slackEscape(f.text)) : ['550 5.7.1 Relaying denied'];
}

/** A fake Slack Web API that notes when each thread got a reply (by thread_ts). */
async function recordingApi() {
  const api = await FakeSlackApi.start({ botToken: BOT_TOKEN });
  const replies = new Map();
  const waiters = new Map();
  let counter = 0;
  api.handle('chat.postMessage', ({ body }) => {
    const key = body.thread_ts ?? body.channel;
    const times = replies.get(key) ?? [];
    times.push(performance.now());
    replies.set(key, times);
    waiters.get(key)?.();
    counter += 1;
    const ts = `1700000000.${String(counter).padStart(6, '0')}`;
    return { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts, bot_id: 'B0BOT00001' } };
  });
  return {
    api,
    replies,
    /** Resolves with the time of the first reply in thread `ts`, or NaN after the timeout. */
    reply(ts) {
      if (replies.has(ts)) return Promise.resolve(replies.get(ts)[0]);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(ts);
          resolve(Number.NaN);
        }, REPLY_TIMEOUT_MS);
        waiters.set(ts, () => {
          clearTimeout(timer);
          waiters.delete(ts);
          resolve(replies.get(ts)[0]);
        });
      });
    },
  };
}

/** Starts one bot process; resolves once it is ready, with its start-up time. */
async function startBot(kind, mode, api) {
  const bot = BOTS[kind];
  const env = {
    ...bot.env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: api.apiUrl,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0' }),
  };
  // (one folder per process, with Node's own file names: they name the thread, so the engine worker's profile does not overwrite the main thread's)
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}/${kind}-${mode}-${Date.now()}`] : [];
  const child = startChild(process.execPath, [...profile, ...bot.args], { env });
  const [stream, pattern] = bot.ready[mode];
  const ready = await child.waitFor(stream, pattern);
  return { child, port: Number(ready.match[1]), readyMs: ready.at - child.startedAt };
}

/** Sends one app_mention (HTTP: signed POST; Socket Mode: an envelope); resolves { ackMs, replyMs, replyAt }. */
async function mentionOnce(target, recorder, text) {
  const event = appMentionEvent({ text: mention(text) });
  const sent = performance.now();
  const replied = recorder.reply(event.ts);
  let ackMs;
  if (target.http) {
    const res = await target.http.postEvent(eventCallback(event));
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for an app_mention: ${res.body.slice(0, 200)}`);
    ackMs = res.ms;
  } else {
    ackMs = (await target.socket.ack(target.socket.sendEvent(event))).ms;
  }
  const replyAt = await replied;
  return { ts: event.ts, ackMs, replyMs: replyAt - sent, replyAt };
}

/** One bot over HTTP: start, warm-up, then EVENTS mentions CONCURRENCY at a time. */
async function loadRun(kind) {
  const recorder = await recordingApi();
  const texts = pastes();
  const { child, port } = await startBot(kind, 'http', recorder.api);
  try {
    const target = { http: new SignedClient(`http://127.0.0.1:${port}`, SIGNING_SECRET) };
    for (let i = 0; i < WARMUP; i++) await mentionOnce(target, recorder, texts[i % texts.length]);

    const results = [];
    let next = 0;
    const worker = async () => {
      while (next < EVENTS) {
        const i = next++;
        results.push(await mentionOnce(target, recorder, texts[i % texts.length]));
      }
    };
    const started = performance.now();
    const botCpu = child.cpuMs();
    const threadsBefore = child.threadCpu();
    const ownCpu = process.cpuUsage();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    const botCpuMs = child.cpuMs() - botCpu;
    const threads = cpuByThread(child.child.pid, threadsBefore, child.threadCpu());
    const { user, system } = process.cpuUsage(ownCpu);
    // Late duplicates would arrive now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const exactlyOnce = results.filter((r) => recorder.replies.get(r.ts)?.length === 1).length;
    return {
      ack: results.map((r) => r.ackMs),
      reply: results.map((r) => r.replyMs).filter(Number.isFinite),
      exactlyOnce,
      perSecond: EVENTS / seconds,
      cpuPerEventMs: botCpuMs / EVENTS,
      threadMsPerEvent: Object.fromEntries(Object.entries(threads).map(([role, ms]) => [role, ms / EVENTS])),
      driverBusy: (user + system) / 1000 / (seconds * 1000),
      peakRss: child.peakRss(),
    };
  } finally {
    const exit = await child.stop();
    await recorder.api.close();
    if (exit.code !== 0 && exit.signal !== 'SIGTERM') process.stderr.write(`${BOTS[kind].name} exited ${exit.code ?? exit.signal}: ${child.out.stderr.slice(-1000)}\n`);
  }
}

/**
 * CPU time (ms) spent between two readings, by role: the main thread (its id is the process id),
 * the engine's worker (the one thread running at a lower priority than the main thread, see
 * src/slack/thread-priority.ts), and the rest (V8's garbage-collector and compiler helpers, libuv).
 */
function cpuByThread(pid, before, after) {
  const mainNice = after.get(pid)?.nice;
  const split = { main: 0, engine: 0, other: 0 };
  for (const [tid, { ms, nice }] of after) {
    const spent = ms - (before.get(tid)?.ms ?? 0);
    split[tid === pid ? 'main' : nice > mainNice ? 'engine' : 'other'] += spent;
  }
  return split;
}

/** One figure per kind from several load runs: medians, except the worst exactly-once and the highest RSS. */
function combineRuns(runs) {
  const med = (pick) => median(runs.map(pick));
  return {
    ack50: med((r) => percentile(r.ack, 50)),
    ack99: med((r) => percentile(r.ack, 99)),
    reply50: med((r) => percentile(r.reply, 50)),
    reply99: med((r) => percentile(r.reply, 99)),
    exactlyOnce: Math.min(...runs.map((r) => r.exactlyOnce)),
    perSecond: med((r) => r.perSecond),
    cpuPerEventMs: med((r) => r.cpuPerEventMs),
    threadMsPerEvent: Object.fromEntries(['main', 'engine', 'other'].map((role) => [role, med((r) => r.threadMsPerEvent[role])])),
    driverBusy: med((r) => r.driverBusy),
    peakRss: Math.max(...runs.map((r) => r.peakRss)),
  };
}

/** Process start → ready and → first answer of one bot in `mode`. */
async function startupOnce(kind, mode) {
  const recorder = await recordingApi();
  const socket = mode === 'socket' ? await SocketModeServer.start(recorder.api) : null;
  let bot;
  try {
    bot = await startBot(kind, mode, recorder.api);
    const target = mode === 'socket' ? { socket } : { http: new SignedClient(`http://127.0.0.1:${bot.port}`, SIGNING_SECRET) };
    const first = await mentionOnce(target, recorder, pastes()[0]);
    return { readyMs: bot.readyMs, answerMs: first.replyAt - bot.child.startedAt };
  } finally {
    await bot?.child.stop();
    await socket?.close();
    await recorder.api.close();
  }
}

/** Both bots' start-up in `mode`, alternated STARTUPS times (so drift in the machine hits both): medians. */
async function startupRuns(mode) {
  const runs = { ours: [], bare: [] };
  for (let i = 0; i < STARTUPS; i++) {
    for (const kind of ['bare', 'ours']) runs[kind].push(await startupOnce(kind, mode));
  }
  const summary = (list) => ({ readyMs: median(list.map((r) => r.readyMs)), answerMs: median(list.map((r) => r.answerMs)) });
  return { ours: summary(runs.ours), bare: summary(runs.bare) };
}

/** Console mode on a pipe (`npm start < paste`): start → hint on stderr (ready) → reply on stdout. */
async function consoleRuns() {
  const text = pastes()[0];
  const ready = [];
  const answer = [];
  for (let i = 0; i < STARTUPS; i++) {
    const child = startChild(process.execPath, BOTS.ours.args, { stdin: 'pipe' });
    child.child.stdin.end(text);
    const hint = await child.waitFor('stderr', /no Slack settings/);
    const reply = await child.waitFor('stdout', /\S/);
    await child.exited;
    ready.push(hint.at - child.startedAt);
    answer.push(reply.at - child.startedAt);
  }
  return { readyMs: median(ready), answerMs: median(answer) };
}

/** A Node process that reads a pipe and prints a line: the floor for console mode. */
async function bareNodeRuns() {
  const times = [];
  for (let i = 0; i < STARTUPS; i++) {
    const child = startChild(process.execPath, ['-e', 'process.stdin.resume();process.stdin.on("end",()=>console.log("x"))'], { stdin: 'pipe' });
    child.child.stdin.end(pastes()[0]);
    times.push((await child.waitFor('stdout', /x/)).at - child.startedAt);
    await child.exited;
  }
  return median(times);
}

/** Median ms of each import step, each run in a fresh process. */
async function importCost(specs, runs = 3) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const run = await runToEnd(process.execPath, [join(REPO, 'bench', 'import-time.js'), ...specs]);
    if (run.code !== 0) throw new Error(`importing ${specs.join(', ')} failed: ${run.stderr.slice(0, 500)}`);
    // `natural`'s root import loads dotenv, which prints a banner first: the figures are the last line.
    samples.push(JSON.parse(run.stdout.trim().split('\n').at(-1)));
  }
  return specs.map((_, step) => median(samples.map((s) => s[step])));
}

let httpStartups = null;
async function httpStartup() {
  httpStartups ??= await startupRuns('http');
  return httpStartups;
}

export async function botVsBare() {
  const section = new Section(`3. The bot against bare Bolt (HTTP, ${EVENTS} signed app_mention events, ${CONCURRENCY} at a time)`);
  const runs = { bare: [], ours: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.bare.push(await loadRun('bare'));
    runs.ours.push(await loadRun('ours'));
  }
  const bare = combineRuns(runs.bare);
  const ours = combineRuns(runs.ours);
  const { bare: bareStart, ours: ourStart } = await httpStartup();
  const row = (figure, a, b, fmt, goal) => {
    const ratio = a / b;
    section.row(figure, fmt(a), `${fmt(b)} (bare Bolt)`, fmtRatio(ratio), goal ? `≤ ${goal}×` : '—', goal ? ratio <= goal : undefined);
  };
  row('Ack latency p50', ours.ack50, bare.ack50, fmtMs);
  row('Ack latency p99', ours.ack99, bare.ack99, fmtMs, 1.2);
  row('Reply latency p50', ours.reply50, bare.reply50, fmtMs);
  row('Reply latency p99', ours.reply99, bare.reply99, fmtMs, 1.5);
  section.row('Events answered exactly once (worst run)', `${ours.exactlyOnce} / ${EVENTS}`, `${bare.exactlyOnce} / ${EVENTS} (bare Bolt)`, fmtRatio(ours.exactlyOnce / bare.exactlyOnce), `${EVENTS} / ${EVENTS}`, ours.exactlyOnce === EVENTS);
  row('Events per second (closed loop)', ours.perSecond, bare.perSecond, (n) => `${n.toFixed(0)}/s`);
  row('Bot CPU time per event (user + system)', ours.cpuPerEventMs, bare.cpuPerEventMs, fmtMs);
  const byThread = (t, engine) => `${fmtMs(t.main)} / ${engine ? fmtMs(t.engine) : '—'} / ${fmtMs(t.other)}`;
  section.row('Bot CPU per event by thread: main / engine worker / other threads', byThread(ours.threadMsPerEvent, true), `${byThread(bare.threadMsPerEvent, false)} (bare Bolt)`, fmtRatio(ours.threadMsPerEvent.main / bare.threadMsPerEvent.main), '—');
  row('Peak RSS', ours.peakRss, bare.peakRss, fmtMiB, 1.5);
  row(`Start-up to ready (listening), median of ${STARTUPS}`, ourStart.readyMs, bareStart.readyMs, fmtMs, 1.5);
  section.note(`Latencies, rates and CPU are the median over ${ROUNDS} runs of each bot (alternated, each a fresh process; per run: p50/p99 of its ${EVENTS} events); answered exactly once is the worst run, peak RSS the highest.`);
  section.note(`Each bot runs in its own process (\`${BOTS.ours.command}\`, what \`npm start\` runs, in HTTP mode at LOG_LEVEL=info; \`${BOTS.bare.command}\`), against the fake Slack Web API of test/support on 127.0.0.1. ${WARMUP} warm-up events first; each of the ${CONCURRENCY} senders waits for its event's reply before sending the next.`);
  section.note('Our bot diagnoses the labelled corpus pastes in rotation (Slack-escaped); bare Bolt answers a fixed line. Ack: signed POST to its response; reply: POST sent to chat.postMessage arriving at the fake API. Peak RSS: VmHWM of the process.');
  section.note(`The driver (this process: signing, sending, the fake Web API) was busy ${(100 * bare.driverBusy).toFixed(0)}% of the time with bare Bolt and ${(100 * ours.driverBusy).toFixed(0)}% with ours; near 100% it, not the bot, sets the pace.`);
  section.note('CPU by thread: read from /proc per thread (10 ms ticks, so ±0.02 ms per event); the engine worker is the thread running at a lower priority than the main thread; the other threads are V8\'s garbage-collector and compiler helpers and libuv\'s pool. The ratio of that row is the main threads\'.');
  section.note('Ratio: ours divided by bare Bolt\'s (lower is better, except events per second).');
  return { section, ourHttpReadyMs: ourStart.readyMs };
}

export async function startup(ourHttpReadyMs) {
  const section = new Section('4. Start-up (process start → ready → first answer)');
  for (const mode of ['http', 'socket']) {
    const { ours, bare } = mode === 'http' ? await httpStartup() : await startupRuns(mode);
    const label = mode === 'http' ? 'HTTP mode' : 'Socket Mode';
    const readyWhat = mode === 'http' ? 'listening' : 'connected to the local Socket Mode server';
    section.row(`${label}: start → ready (${readyWhat})`, fmtMs(ours.readyMs), `${fmtMs(bare.readyMs)} (bare Bolt)`, fmtRatio(ours.readyMs / bare.readyMs), '≤ 1.5×', ours.readyMs / bare.readyMs <= 1.5);
    section.row(`${label}: start → first answer (a mention sent at ready)`, fmtMs(ours.answerMs), `${fmtMs(bare.answerMs)} (bare Bolt)`, fmtRatio(ours.answerMs / bare.answerMs));
  }
  const consoleMode = await consoleRuns();
  const bareNode = await bareNodeRuns();
  section.row('Console mode on a pipe: start → ready (hint on stderr)', fmtMs(consoleMode.readyMs), `${fmtMs(bareNode)} (node echoing a pipe)`, fmtRatio(consoleMode.readyMs / bareNode));
  section.row('Console mode on a pipe: start → the reply on stdout', fmtMs(consoleMode.answerMs), `${fmtMs(bareNode)} (node echoing a pipe)`, fmtRatio(consoleMode.answerMs / bareNode));

  const share = `${fmtMs(ourHttpReadyMs)} (our HTTP start-up)`;
  const imports = [
    ['`natural` submodules the engine uses (distance, Porter stemmer)', ['natural/lib/natural/distance/index.js', 'natural/lib/natural/stemmers/porter_stemmer.js'], 'sum'],
    ['Rule tables: zod validation and compilation of every rule (on top of zod)', ['zod', join(DIST, 'diagnosis', 'rules', 'index.js')], 1],
    ['The whole diagnosis engine (cold, natural and rules included)', [join(DIST, 'diagnosis', 'index.js')], 0],
    ['`@slack/bolt`', ['@slack/bolt'], 0],
    ['For comparison: `natural` from its root (not used)', ['natural'], 0],
  ];
  for (const [figure, specs, pick] of imports) {
    const steps = await importCost(specs);
    const ms = pick === 'sum' ? steps.reduce((a, b) => a + b, 0) : steps[pick];
    section.row(`Import: ${figure}`, fmtMs(ms), share, fmtRatio(ms / ourHttpReadyMs));
  }
  section.note(`Medians of ${STARTUPS} runs of each bot, alternated, each a fresh process; the first answer is to a mention sent the moment the bot is ready. Imports are timed in fresh processes; their ratio is their share of our HTTP start-up.`);
  return section;
}
