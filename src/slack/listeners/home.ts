/** The App Home tab: what the bot does, how to reach it from each surface, and a few examples. */
import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { HomeView, KnownBlock } from '@slack/types';
import type { BotSettings } from '../context.js';
import { logFailure } from '../deliver.js';
import { COMMAND } from '../ids.js';
import { firstDelivery, type Surfaces } from '../surfaces.js';
import { APP_NAME } from '../usage.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text } });

/** Examples: what someone pastes and what they learn. */
const EXAMPLES: { paste: string; answer: string }[] = [
  {
    paste: `${COMMAND} Error: Can't send mail - all recipients were rejected: 550 5.7.1 Relaying denied`,
    answer: 'Your app reached Mailgun\'s SMTP server without logging in. You get the steps to find the domain\'s *SMTP Credentials* in your Mailgun UI.',
  },
  {
    paste: `@${APP_NAME} (under a bounce from a partner's mail server naming mxa.mailgun.org)`,
    answer: 'Someone emailed an address on your Mailgun domain and no *Route* matches it. You get what to check in *Routes*.',
  },
  {
    paste: `${COMMAND} 550 5.7.1 Relaying denied`,
    answer: 'Nothing says which server refused, so I ask where you saw it and answer for that case.',
  },
];

export function homeView(settings: BotSettings): HomeView {
  const watched = [...settings.watchChannels];
  const blocks: KnownBlock[] = [
    header('Relaying Denied, explained'),
    section(
      'Paste an email bounce or SMTP error and I tell you which of the three *Relaying Denied* cases it is: '
        + 'Mailgun refusing your app because it did not log in, Mailgun\'s inbound servers finding no *Route* for a recipient, '
        + 'or the recipient\'s own server refusing Mailgun\'s delivery. You get the evidence I used and the exact steps in the Mailgun UI. '
        + 'If it is a different error, I say so and what it looks like instead.',
    ),
    { type: 'divider' },
    header('Ways to ask'),
    section(
      [
        `*Slash command*: \`${COMMAND} <paste>\` answers only you, with a *Share in channel* button. \`${COMMAND}\` alone opens a form for a long paste or a whole bounce email (.eml, .txt); the answer comes by DM. \`${COMMAND} help\` shows usage.`,
        `*Mention*: \`@${APP_NAME} <paste>\` in a channel answers in the thread. Mention me alone inside a thread and I diagnose the thread's first message, or the latest earlier message that holds an error.`,
        '*Direct message*: send me the error here in the *Messages* tab. Long pastes can be shared as a file or snippet (text, up to 1 MiB).',
        '*Message shortcut*: on any message, open the ⋯ menu and choose *Diagnose bounce*; the answer is only for you.',
        '*Buttons*: switch the steps between the Classic, Beta and Current Mailgun UI; when I cannot tell the case, answer *Where did you see this error?* and I update my reply.',
      ].join('\n\n'),
    ),
  ];
  if (watched.length > 0) {
    blocks.push(section(`*Watched channels*: in ${watched.map((c) => `<#${c}>`).join(', ')} I answer any Relaying Denied error in its thread without being asked, and stay quiet otherwise.`));
  }
  blocks.push({ type: 'divider' }, header('Examples'));
  for (const example of EXAMPLES) blocks.push(section(`\`${example.paste}\`\n${example.answer}`));
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: 'I keep nothing of what you paste: only the diagnosis is sent back. Passwords and API keys found in a paste are never repeated.' }],
  });
  return { type: 'home', blocks };
}

export function homeListener(s: Surfaces): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> {
  return async ({ event, body, context, client }) => {
    if (event.tab !== 'home') return;
    if (!(await firstDelivery(s, body, context.retryNum))) return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView(s.ctx.settings) });
    } catch (error) {
      logFailure(s.ctx.logger, 'home', 'views.publish', error);
    }
  };
}
