/** Throttling: the recipient's server, or an API, limits how fast the sender may go. */
import type { RuleData } from '../schema.js';

export const rateLimitRules: RuleData[] = [
  {
    id: 'rate-limited',
    name: 'Rate limited: too many messages, connections or requests',
    target: 'kind:rate-limit',
    // Above the spam rules: Gmail's throttling notice also says "unsolicited".
    weight: 0.95,
    scope: 'error',
    patterns: [String.raw`rate ?limit(?:ed|ing)?`, String.raw`too many (?:\w+ ){0,2}(?:messages|connections|recipients|emails)`, String.raw`throttl`, String.raw`(?<![\d.])4\.7\.28(?![\d.])`, String.raw`exceeded (?:the |your )?(?:rate|sending limit|message limit)`, String.raw`\b(?:sending|message|messages) (?:limit|quota) (?:exceeded|reached)\b`, String.raw`\bsender thread limit exceeded\b`, // (Gmail says "unusual rate of unsolicited mail" both when it throttles, 4.7.28, and when it blocks: not with "blocked")
      String.raw`unusual rate(?![^\n]{0,200}\bblocked\b)`, String.raw`receiving mail at (?:a|too (?:great|high) a) rate`, String.raw`receivingrate`, String.raw`\[TS[SM]?0[124-8]\]`, String.raw`deferred due to (?:unexpected )?volume`, String.raw`unexpected volume`,
      // (Yahoo's [TS01], [TS02], [TSS04] defer for volume; its [TS03] and [TSS09] block the IP, see blocked.ts)
      // Microsoft 365's "451 4.7.500 Server busy. Please try again later": it throttles the sending IP.
      String.raw`(?<![\d.])4\.7\.500(?![\d.])|server busy`,
      // An HTTP API's 429.
      String.raw`too many requests`, String.raw`频率限制|发送量过大|發送量過大|送信数(?:が|の)?(?:上限|制限)`,
      // (QQ Mail's English words for its IP throttling: "550 Ip frequency limited", "Mail sent by this IP is too frequent")
      String.raw`\bfrequency limited\b`,
      // (NetEase's 163/126 quota of a sender's mail per 15 minutes: "451 MI:SFQ 发信人在15分钟内的发信数量超过限制")
      String.raw`\bMI:SFQ\b|发信数量超过限制|發信數量超過限制`,
      // (and its throttling of a sending IP: "451 RP:QRC ... 发送频率过快，请稍后重试", sending too fast, try later)
      String.raw`\bRP:QRC\b|发送频率过快|發送頻率過快`,
      // (Outlook.com's "421 RP-001 ... We have limits for how many messages can be sent per hour and per day": a sending IP's rate)
      String.raw`\bRP-00[1-3]\b|\blimits for how many messages can be sent\b`,
      // (Microsoft 365's own mailbox over its daily sending limit: "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException")
      String.raw`\bSubmissionQuotaExceeded|\bsubmission quota was exceeded\b`,
      // (Gmail's and Google Workspace's own daily limit of the sending user: "550 5.4.5 Daily user sending limit exceeded")
      // (and its SMTP relay's, "550 5.4.5 Daily SMTP relay limit exceeded for customer"; Microsoft 365's "550 5.1.90 ... you've
      // reached your daily limit for message recipients")
      String.raw`\bdaily (?:user )?(?:sending|smtp relay) (?:quota|limit) (?:exceeded|reached)\b`, String.raw`(?<![\d.])5\.1\.90(?![\d.])|\bdaily limit for message recipients\b`],
  },
  {
    // A hosting panel's own send limit, cPanel's Exim: "R=enforce_mail_permissions: Domain x has exceeded the max emails per hour
    // (100/100 (100%)) allowed. Message discarded." (its log line carries no SMTP code, so it is read in the whole text)
    id: 'hosting-send-limit',
    name: "The hosting server's own limit of messages per hour was reached",
    target: 'kind:rate-limit',
    weight: 0.9,
    scope: 'text',
    // (not its "max defers and failures per hour", a limit on bounces: resending prolongs that block)
    patterns: [String.raw`\bhas exceeded the max(?:imum)? (?:emails|messages) per hour\b`],
    needs: ['exceeded'],
  },
  {
    // The sender's own burst to one mailbox ("about 40 of these in 5 minutes", "sends a burst of alerts"): the cause of a
    // per-recipient limit (a small weight: it says what to change more than which error it is).
    id: 'own-burst-to-recipient',
    name: 'The paste says the sender sends that mailbox many messages at once',
    target: 'kind:rate-limit',
    weight: 0.05,
    scope: 'text',
    patterns: [
      String.raw`\b\d{2,5}[ \t]+(?:of (?:these|them|those)|(?:\w+[ \t]+){0,2}(?:e-?mails?|messages|alerts|notifications|mails))[ \t]+(?:in|within)[ \t]+(?:\d{1,3}|a few|one|an?)[ \t]+(?:seconds?|secs?|minutes?|mins?|hours?)\b`,
      String.raw`\bburst(?:s)? of (?:\w+[ \t]+){0,2}(?:e-?mails?|messages|alerts|notifications|mails)\b`,
    ],
    needs: ['in', 'within', 'burst'],
  },
];
