/** Turning a Slack message into the text to diagnose: its text plus the text files shared with it. */
import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { logFailure } from './deliver.js';
import { describeDownloadProblem, downloadTextFile, type SlackFile } from './files.js';

/** Files read from one message; more are mentioned in a note, not downloaded. */
const MAX_FILES = 3;

export interface Paste {
  text: string;
  /** mrkdwn notes for the person (a file that could not be read), already escaped. */
  notes: string[];
}

export interface PasteSource {
  text?: string | null;
  files?: readonly (SlackFile & { file_access?: string })[] | null;
}

export interface FileAccess {
  client: WebClient;
  token: string;
  slackApiUrl: string | null;
  logger: Logger;
}

export async function collectPaste(source: PasteSource, access: FileAccess): Promise<Paste> {
  const parts = source.text?.trim() ? [source.text] : [];
  const notes: string[] = [];
  const files = source.files ?? [];
  for (const listed of files.slice(0, MAX_FILES)) {
    const file = await completeFile(listed, access);
    const name = file.name ?? file.title ?? 'the file';
    const download = await downloadTextFile(file, { token: access.token, slackApiUrl: access.slackApiUrl });
    if (download.ok) parts.push(download.text);
    else notes.push(describeDownloadProblem(download.problem, name));
  }
  if (files.length > MAX_FILES) {
    notes.push(`I read only the first ${MAX_FILES} of the ${files.length} files; share the others one at a time.`);
  }
  return { text: parts.join('\n\n'), notes };
}

/**
 * Event payloads may carry a stub file object (`file_access: check_file_info`, as in Slack Connect
 * channels) without download links; files.info has the whole object.
 */
async function completeFile(file: SlackFile & { file_access?: string }, access: FileAccess): Promise<SlackFile> {
  const needsInfo = file.file_access === 'check_file_info' || (!file.url_private_download && !file.url_private);
  if (!needsInfo || !file.id) return file;
  try {
    const info = await access.client.files.info({ file: file.id });
    return (info.file as SlackFile | undefined) ?? file;
  } catch (error) {
    // The person is told the file could not be read (no download link); the log says why.
    logFailure(access.logger, 'files', 'files.info', error);
    return file;
  }
}

/** The text of a mention without the mentions of the bot itself (`<@U123>`, `<@U123|name>`). */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  const id = botUserId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`<@${id}(?:\\|[^>]*)?>`, 'g'), ' ').trim();
}

/** True when the text mentions the bot. */
export function mentionsBot(text: string | undefined, botUserId: string | undefined): boolean {
  return !!text && !!botUserId && (text.includes(`<@${botUserId}>`) || text.includes(`<@${botUserId}|`));
}
