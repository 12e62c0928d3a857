/**
 * Shared files (file_share): read with the bot token, only from Slack's file hosts, text only,
 * at most 1 MiB; every failure is explained to the person, never silence.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadTextFile, isAllowedFileUrl, MAX_FILE_BYTES } from '../../src/slack/files.js';
import { messageEvent } from '../support/payloads.js';
import type { TestBot } from '../support/start-app.js';
import { DM_CHANNEL, metadataScenario, PASTES, sendEvent, shown, start, WATCHED } from './helpers.js';

/** Another host (another port on 127.0.0.1): the bot token must never reach it. */
class OtherHost {
  readonly requests: IncomingHttpHeaders[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push(req.headers);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(PASTES.outgoing);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const other = new OtherHost();
beforeAll(() => other.start());
afterAll(() => other.close());

let t: TestBot | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
  other.requests.length = 0;
});

const fileShare = (channel: string, files: unknown[], text = '') =>
  messageEvent({ text, channel, channelType: channel.startsWith('D') ? 'im' : 'channel', subtype: 'file_share', files });

describe('file shares in a DM', () => {
  it('downloads a snippet with the bot token and diagnoses it', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0SNIPPET1', name: 'error.txt', content: PASTES.incoming });
    await sendEvent(t, fileShare(DM_CHANNEL, [t.api.fileObject('F0SNIPPET1')], 'this came back, why?'));
    const download = await t.api.nextCall('files.download');
    expect(download.headers.authorization).toBe(`Bearer ${t.config.botToken}`);
    const post = await t.api.nextCall('chat.postMessage');
    expect(metadataScenario(post)).toBe('mailgun-incoming');
  });

  it('completes a stub file object with files.info before downloading', async () => {
    t = await start('socket');
    t.api.addFile({ id: 'F0STUB0001', name: 'bounce.eml', content: PASTES.recipientHost, mimetype: 'message/rfc822' });
    await sendEvent(t, fileShare(DM_CHANNEL, [{ id: 'F0STUB0001', file_access: 'check_file_info' }]));
    expect((await t.api.nextCall('files.info')).body.file).toBe('F0STUB0001');
    expect(metadataScenario(await t.api.nextCall('chat.postMessage'))).toBe('recipient-host');
  });

  it('tells the person when files.info fails, and logs why', async () => {
    t = await start('http');
    t.api.fail('files.info', { error: 'missing_scope' });
    await sendEvent(t, fileShare(DM_CHANNEL, [{ id: 'F0STUB0002', name: 'bounce.eml', file_access: 'check_file_info' }]));
    const post = await t.api.nextCall('chat.postMessage');
    expect(shown(post)).toMatch(/no download link for \*bounce\.eml\*/);
    expect(t.logs.join('\n')).toMatch(/files: files\.info failed: .*missing_scope/);
  });

  it('explains Slack\'s HTML sign-in page (the token lacks files:read) instead of diagnosing it', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0LOGIN001', name: 'bounce.txt', content: PASTES.outgoing, download: { kind: 'html-login' } });
    await sendEvent(t, fileShare(DM_CHANNEL, [t.api.fileObject('F0LOGIN001')]));
    const post = await t.api.nextCall('chat.postMessage');
    expect(shown(post)).toMatch(/sign-in page instead of \*bounce\.txt\*/);
    expect(shown(post)).toMatch(/files:read/);
    expect(post.body.metadata).toBeUndefined();
  });

  it('never sends the token to another host, directly or through a redirect', async () => {
    t = await start('http');
    const outside = { id: 'F0OUTSIDE1', name: 'evil.txt', mimetype: 'text/plain', size: 10, url_private_download: `${other.url}/steal` };
    await sendEvent(t, fileShare(DM_CHANNEL, [outside]));
    expect(shown(await t.api.nextCall('chat.postMessage'))).toMatch(/does not point to Slack's file servers/);

    t.api.addFile({ id: 'F0REDIRECT', name: 'moved.txt', content: 'x', download: { kind: 'redirect', location: `${other.url}/signin` } });
    await sendEvent(t, fileShare(DM_CHANNEL, [t.api.fileObject('F0REDIRECT')]));
    const post = await t.api.nextCall('chat.postMessage');
    expect(shown(post)).toMatch(/sent me to another site/);
    expect(other.requests).toHaveLength(0);
  });

  it('refuses files over 1 MiB and binary files, saying why', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0HUGE0001', name: 'huge.log', content: 'a'.repeat(MAX_FILE_BYTES + 10) });
    await sendEvent(t, fileShare(DM_CHANNEL, [{ ...t.api.fileObject('F0HUGE0001'), size: 100 }]));
    expect(shown(await t.api.nextCall('chat.postMessage'))).toMatch(/larger than 1 MiB/);

    t.api.addFile({ id: 'F0BINARY01', name: 'screenshot.dat', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), mimetype: 'application/octet-stream' });
    await sendEvent(t, fileShare(DM_CHANNEL, [t.api.fileObject('F0BINARY01')]));
    expect(shown(await t.api.nextCall('chat.postMessage'))).toMatch(/not a text file/);
  });

  it('says when the download fails', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0GONE0001', name: 'gone.txt', content: 'x', download: { kind: 'status', status: 404 } });
    await sendEvent(t, fileShare(DM_CHANNEL, [t.api.fileObject('F0GONE0001')]));
    expect(shown(await t.api.nextCall('chat.postMessage'))).toMatch(/HTTP 404/);
  });
});

describe('file shares in a watched channel', () => {
  it('answers a relay denial found in a shared file, in thread', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0WATCH001', name: 'bounce.txt', content: PASTES.outgoing });
    const share = fileShare(WATCHED, [t.api.fileObject('F0WATCH001')]);
    await sendEvent(t, share);
    const post = await t.api.nextCall('chat.postMessage');
    expect(post.body.thread_ts).toBe(share.ts);
    expect(metadataScenario(post)).toBe('mailgun-outgoing');
  });

  it('stays silent on an unreadable file (nobody asked)', async () => {
    t = await start('http');
    t.api.addFile({ id: 'F0LOGIN002', name: 'bounce.txt', content: PASTES.outgoing, download: { kind: 'html-login' } });
    await sendEvent(t, fileShare(WATCHED, [t.api.fileObject('F0LOGIN002')]));
    await t.api.nextCall('files.download');
    expect(await t.api.noNewCall('chat.postMessage', 300)).toBe(true);
  });
});

describe('isAllowedFileUrl', () => {
  const api = 'http://127.0.0.1:4567/api/';
  it.each([
    ['https://files.slack.com/files-pri/T1-F1/download/x.txt', null, true],
    ['https://files.slack-gov.com/files-pri/T1-F1/x.txt', null, true],
    ['http://files.slack.com/files-pri/T1-F1/x.txt', null, false],
    ['https://files.slack.com:8443/x.txt', null, false],
    ['https://files.slack.com.evil.example/x.txt', null, false],
    ['https://user:pw@files.slack.com/x.txt', null, false],
    ['https://slack.com/x.txt', null, false],
    ['http://127.0.0.1:4567/files/F1/x.txt', api, true],
    ['http://127.0.0.1:4568/files/F1/x.txt', api, false],
    ['https://127.0.0.1:4567/files/F1/x.txt', api, false],
    ['https://files.slack.com/x.txt', api, true],
  ])('%s with API %s → %s', (url, apiUrl, allowed) => {
    expect(isAllowedFileUrl(new URL(url), apiUrl)).toBe(allowed);
  });
});

describe('downloadTextFile', () => {
  it('stops reading a body without Content-Length once it passes 1 MiB', async () => {
    let served = 0;
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'b'.repeat(64 * 1024);
      const push = () => {
        while (served < 8 * MAX_FILE_BYTES) {
          served += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await downloadTextFile({ url_private_download: `${base}/f` }, { token: 'xoxb-t', slackApiUrl: `${base}/api/` });
      expect(result).toEqual({ ok: false, problem: { kind: 'too-large' } });
      expect(served).toBeLessThan(8 * MAX_FILE_BYTES);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('550 5.7.1 Relaying denied', 'utf16le')]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await downloadTextFile({ url_private: `${base}/f` }, { token: 'xoxb-t', slackApiUrl: `${base}/api/` });
      expect(result).toEqual({ ok: true, text: '550 5.7.1 Relaying denied' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('reports a connection failure as a network problem', async () => {
    const result = await downloadTextFile({ url_private: 'http://127.0.0.1:1/f' }, { token: 'xoxb-t', slackApiUrl: 'http://127.0.0.1:1/api/' });
    expect(result).toEqual({ ok: false, problem: { kind: 'network' } });
  });
});
