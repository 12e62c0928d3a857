/**
 * The shape of every Slack token (bot xoxb-, user xoxp-, refresh xoxe-, config xoxc-/xoxs-, app-level
 * xapp-): one expression for the logger, the Web API error scrubber and the paste redactor alike.
 * Global: use it with `replace`, or reset `lastIndex` before `exec`/`test`.
 */
export const SLACK_TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]{6,}/g;
