/**
 * Downloading a shared file (a long paste, a snippet, a bounce .eml) with the bot token.
 *
 * The token goes only to Slack's own file hosts: files.slack.com, files.slack-gov.com, or the host
 * of the configured API URL (a private Slack-compatible API, or the tests' fake). Redirects are
 * followed by hand and only within those hosts. Text only, at most MAX_FILE_BYTES.
 */
import { escapeMrkdwn } from '../replies/mrkdwn.js';
import { decodeText, readAtMost } from '../shared/text-input.js';

export const MAX_FILE_BYTES = 1024 * 1024;
const SLACK_FILE_HOSTS = new Set(['files.slack.com', 'files.slack-gov.com']);
const MAX_REDIRECTS = 3;
const DOWNLOAD_TIMEOUT_MS = 15_000;

/** The fields of a Slack file object this module reads. */
export interface SlackFile {
  id?: string;
  name?: string | null;
  title?: string | null;
  mimetype?: string | null;
  filetype?: string | null;
  size?: number | null;
  url_private?: string | null;
  url_private_download?: string | null;
}

export type DownloadProblem =
  | { kind: 'no-url' }
  | { kind: 'disallowed-host'; host: string }
  | { kind: 'redirected'; host: string }
  | { kind: 'sign-in-page' }
  | { kind: 'too-large' }
  | { kind: 'not-text' }
  | { kind: 'http-status'; status: number }
  | { kind: 'network' };

export type Download = { ok: true; text: string } | { ok: false; problem: DownloadProblem };

export interface DownloadOptions {
  token: string;
  /** The configured Web API URL, or null for Slack's own. */
  slackApiUrl: string | null;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}

/** True when the bot token may be sent to this URL. */
export function isAllowedFileUrl(url: URL, slackApiUrl: string | null): boolean {
  if (url.username || url.password) return false;
  if (url.protocol === 'https:' && url.port === '' && SLACK_FILE_HOSTS.has(url.hostname)) return true;
  if (!slackApiUrl) return false;
  const api = new URL(slackApiUrl);
  return url.protocol === api.protocol && url.host === api.host;
}

// Types whose content can never be a pasted error: refuse them before downloading anything.
const BINARY_MIME = /^(image|video|audio|font)\/|^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z|x-rar|vnd\.|msword)/;
const HTML_START = /^\s*(<!doctype html|<html[\s>])/i;

const isHtmlFile = (file: SlackFile) => file.mimetype === 'text/html' || file.filetype === 'html';

export async function downloadTextFile(file: SlackFile, options: DownloadOptions): Promise<Download> {
  const fetchFn = options.fetchFn ?? fetch;
  const link = file.url_private_download ?? file.url_private;
  if (!link) return fail({ kind: 'no-url' });
  if (typeof file.size === 'number' && file.size > MAX_FILE_BYTES) return fail({ kind: 'too-large' });
  if (file.mimetype && BINARY_MIME.test(file.mimetype)) return fail({ kind: 'not-text' });

  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return fail({ kind: 'no-url' });
  }
  if (!isAllowedFileUrl(url, options.slackApiUrl)) return fail({ kind: 'disallowed-host', host: url.host });

  const signal = AbortSignal.timeout(options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
  try {
    for (let hop = 0; ; hop += 1) {
      const response = await fetchFn(url, {
        headers: { Authorization: `Bearer ${options.token}` },
        redirect: 'manual',
        signal,
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        const next = location ? new URL(location, url) : null;
        if (!next || hop >= MAX_REDIRECTS) return fail({ kind: 'http-status', status: response.status });
        if (!isAllowedFileUrl(next, options.slackApiUrl)) return fail({ kind: 'redirected', host: next.host });
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return fail({ kind: 'http-status', status: response.status });
      }
      const type = response.headers.get('content-type') ?? '';
      if (type.startsWith('text/html') && !isHtmlFile(file)) {
        await response.body?.cancel();
        return fail({ kind: 'sign-in-page' });
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > MAX_FILE_BYTES) {
        await response.body?.cancel();
        return fail({ kind: 'too-large' });
      }
      const body = response.body ? await readAtMost(response.body, MAX_FILE_BYTES) : { bytes: new Uint8Array(0), truncated: false };
      if (body.truncated) return fail({ kind: 'too-large' });
      const decoded = decodeText(body.bytes);
      if (decoded.binary) return fail({ kind: 'not-text' });
      if (HTML_START.test(decoded.text.slice(0, 200)) && !isHtmlFile(file)) return fail({ kind: 'sign-in-page' });
      return { ok: true, text: decoded.text };
    }
  } catch {
    return fail({ kind: 'network' });
  }
}

const fail = (problem: DownloadProblem): Download => ({ ok: false, problem });

/** One mrkdwn sentence for the person: what went wrong with which file and what to do. */
export function describeDownloadProblem(problem: DownloadProblem, fileName: string): string {
  const name = `*${escapeMrkdwn(fileName || 'the file')}*`;
  switch (problem.kind) {
    case 'no-url':
      return `Slack gave me no download link for ${name}, so I could not read it. Paste the error as text instead.`;
    case 'disallowed-host':
      return `The link to ${name} does not point to Slack's file servers (${escapeMrkdwn(problem.host)}), so I did not download it.`;
    case 'redirected':
      return `Slack sent me to another site (${escapeMrkdwn(problem.host)}) instead of ${name}, usually its sign-in page, so I stopped. The app probably lacks the \`files:read\` permission: ask an admin to add it and reinstall the app, or paste the text instead.`;
    case 'sign-in-page':
      return `Slack answered with a sign-in page instead of ${name}. The app probably lacks the \`files:read\` permission: ask an admin to add it and reinstall the app, or paste the text instead.`;
    case 'too-large':
      return `${name} is larger than 1 MiB. Paste the part with the error (the bounce headers and the SMTP reply) instead.`;
    case 'not-text':
      return `${name} is not a text file. I can read text: a pasted error, a snippet, a .txt, .log or .eml file.`;
    case 'http-status':
      return `Slack answered HTTP ${problem.status} when I tried to download ${name}. Try again, or paste the text instead.`;
    case 'network':
      return `I could not download ${name} (the connection failed or took too long). Try again, or paste the text instead.`;
  }
}
