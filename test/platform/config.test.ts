import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/config.js';

const BOT = 'xoxb-123-456-abcdef';
const APP = 'xapp-1-A1-789-abcdef';
const SECRET = 'abcdef0123456789abcdef0123456789';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('mode selection', () => {
  it('runs in console mode with no Slack settings, with the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      mode: 'console', port: 3000, host: null, slackApiUrl: null, logLevel: 'info', mailgunUi: 'all',
      watchChannels: [], watchBotIds: [], watchRatePerMinute: 6,
    });
  });

  it('selects Socket Mode when SLACK_APP_TOKEN is set, even with a signing secret', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET });
    expect(config).toMatchObject({ mode: 'socket', botToken: BOT, appToken: APP });
  });

  it('selects HTTP mode with a signing secret and no app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' }))
      .toMatchObject({ mode: 'http', botToken: BOT, signingSecret: SECRET, port: 8080 });
  });

  it('refuses a bot token alone, naming both ways to receive events', () => {
    const [problem] = problems({ SLACK_BOT_TOKEN: BOT });
    expect(problem).toMatch(/SLACK_BOT_TOKEN/);
    expect(problem).toMatch(/SLACK_APP_TOKEN/);
    expect(problem).toMatch(/SLACK_SIGNING_SECRET/);
  });

  it.each([
    [{ SLACK_APP_TOKEN: APP }, /Socket Mode/],
    [{ SLACK_SIGNING_SECRET: SECRET }, /HTTP mode/],
  ])('needs the bot token in either Slack mode (%o)', (env, mode) => {
    const [problem] = problems(env);
    expect(problem).toMatch(/^SLACK_BOT_TOKEN is missing/);
    expect(problem).toMatch(mode);
    expect(problem).toMatch(/Bot User OAuth Token/);
  });

  it('treats empty and blank values as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '  ', PORT: '', LOG_LEVEL: '', WATCH_CHANNELS: '' }).mode).toBe('console');
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: SECRET }).mode).toBe('http');
  });
});

describe('validation messages name the variable, the problem and the fix', () => {
  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: APP }, 'SLACK_BOT_TOKEN', /must be a bot token starting with "xoxb-"/, /OAuth & Permissions/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN', /starting with "xapp-"/, /App-Level Token/],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'has space' }, 'SLACK_SIGNING_SECRET', /must not contain spaces/, /Signing Secret/],
    [{ PORT: '70000' }, 'PORT', /"70000" is not a whole number from 0 to 65535/, /leave it empty for 3000/],
    [{ PORT: '80abc' }, 'PORT', /not a whole number/, /0 picks any free port/],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', /"verbose" is not one of debug, info, warn, error/, /Use one of/],
    [{ MAILGUN_UI: 'new' }, 'MAILGUN_UI', /"new" is not one of classic, beta, current, all/, /Use one of/],
    [{ SLACK_API_URL: 'http://slack.example.com/api/' }, 'SLACK_API_URL', /must use https/, /Leave it empty/],
    [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL', /is not a URL/, /https:\/\/slack-gov.com/],
    [{ SLACK_API_URL: 'https://user:pw@slack.com/api/' }, 'SLACK_API_URL', /credentials/, /Leave it empty/],
    [{ WATCH_CHANNELS: 'C012AB3CD, general' }, 'WATCH_CHANNELS', /"general" is not a channel id/, /About tab/],
    [{ WATCH_BOT_IDS: 'U012' }, 'WATCH_BOT_IDS', /"U012" is not a bot id/, /bot_id/],
    [{ WATCH_RATE_LIMIT: '0' }, 'WATCH_RATE_LIMIT', /from 1 to 600/, /per channel per minute/],
  ])('%o', (env, variable, what, fix) => {
    const found = problems(env as Record<string, string>);
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith(variable)).toBe(true);
    expect(found[0]).toMatch(what);
    expect(found[0]).toMatch(fix);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ PORT: 'x', LOG_LEVEL: 'loud', MAILGUN_UI: '?' }).map((p) => p.split(' ')[0])).toEqual(['PORT', 'LOG_LEVEL', 'MAILGUN_UI']);
  });

  it('says which token was put in the wrong variable, without quoting it', () => {
    const swapped = problems({ SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: 'xoxb-1-2-abcdefabcdef' });
    expect(swapped.join('\n')).toMatch(/SLACK_BOT_TOKEN .*app-level token: it belongs in SLACK_APP_TOKEN/);
    expect(swapped.join('\n')).toMatch(/SLACK_APP_TOKEN .*bot token: it belongs in SLACK_BOT_TOKEN/);
    expect(problems({ SLACK_BOT_TOKEN: 'xoxp-1-2-abc', SLACK_APP_TOKEN: APP })[0]).toMatch(/User OAuth Token/);
  });

  it('never repeats a secret pasted into another variable', () => {
    const secret = 'xoxb-1111-2222-SECRETBOTVALUE';
    const hex = '8f14e45fceea167a5a36dedd4bea2543';
    const password = 'Hunter2!pass';
    for (const variable of ['SLACK_API_URL', 'WATCH_CHANNELS', 'WATCH_BOT_IDS', 'LOG_LEVEL', 'MAILGUN_UI', 'PORT', 'WATCH_RATE_LIMIT']) {
      for (const value of [secret, hex, password]) {
        const message = new ConfigError(problems({ [variable]: value })).message;
        expect(message).toContain(variable);
        expect(message).not.toContain(value);
        expect(message).toMatch(/not shown/);
      }
    }
    // A short, harmless value is still quoted, so the person sees what they typed.
    expect(problems({ LOG_LEVEL: 'verbose' })[0]).toContain('"verbose"');
  });

  it('never quotes a token back', () => {
    const badToken = 'xoxp-1234-secret-user-token';
    const message = new ConfigError(problems({ SLACK_BOT_TOKEN: badToken, SLACK_APP_TOKEN: APP })).message;
    expect(message).not.toContain(badToken);
    expect(message).not.toContain(APP);
  });
});

describe('values', () => {
  it('normalizes SLACK_API_URL to end with a slash; plain http only for loopback hosts', () => {
    expect(loadConfig({ SLACK_API_URL: 'https://slack-gov.com/api' }).slackApiUrl).toBe('https://slack-gov.com/api/');
    expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:4000/api/' }).slackApiUrl).toBe('http://127.0.0.1:4000/api/');
    expect(loadConfig({ SLACK_API_URL: 'http://localhost:4000/api/' }).slackApiUrl).toBe('http://localhost:4000/api/');
    expect(loadConfig({ SLACK_API_URL: 'http://[::1]:4000/api/' }).slackApiUrl).toBe('http://[::1]:4000/api/');
    expect(problems({ SLACK_API_URL: 'http://127.0.0.1.evil.com/api/' })[0]).toMatch(/must use https/);
  });

  it('takes HOST as the address to listen on: an IP address or localhost, else a clear error', () => {
    expect(loadConfig({}).host).toBe(null);
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(problems({ HOST: 'my server' })[0]).toMatch(/^HOST must be an IP address \(or localhost\)\. Set an IP address such as 127\.0\.0\.1/);
  });

  it('parses comma lists, trimming and dropping duplicates and empty items', () => {
    const config = loadConfig({ WATCH_CHANNELS: ' C0AAA1 ,G0BBB2,,C0AAA1', WATCH_BOT_IDS: 'B0MAIL1', WATCH_RATE_LIMIT: '12' });
    expect(config.watchChannels).toEqual(['C0AAA1', 'G0BBB2']);
    expect(config.watchBotIds).toEqual(['B0MAIL1']);
    expect(config.watchRatePerMinute).toBe(12);
  });

  it('accepts levels and UI names in any case', () => {
    expect(loadConfig({ LOG_LEVEL: 'DEBUG', MAILGUN_UI: 'Classic' })).toMatchObject({ logLevel: 'debug', mailgunUi: 'classic' });
  });
});

describe('.env.example', () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', '.env.example'), 'utf8');

  it('lists every variable the bot reads, each with a comment, and nothing else', () => {
    const listed = Object.keys(dotenv.parse(text));
    expect([...listed].sort()).toEqual([...CONFIG_VARIABLES].sort());
    for (const variable of listed) {
      const before = text.slice(0, text.indexOf(`\n${variable}=`)).trimEnd().split('\n').at(-1)!;
      expect(before, variable).toMatch(/^#/);
    }
  });

  it('is a valid configuration as it stands (console mode)', () => {
    expect(loadConfig(dotenv.parse(text)).mode).toBe('console');
  });
});
