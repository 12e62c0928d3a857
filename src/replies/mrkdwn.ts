/** Slack mrkdwn escaping, on its own so that the bot's main thread can use it without the reply builder. */

/** Makes text literal in mrkdwn: Slack reads only `&`, `<` and `>` as control characters. */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
