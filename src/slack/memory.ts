/**
 * The little in-process state the surfaces keep: which bot reply answers which message (so an edit
 * can update it; the newest 5,000) and when each watched channel got its unasked replies of the last
 * minute (channels without one are dropped). Losing them (a restart, another replica) only means an
 * edit gets a new reply or a channel's budget starts afresh.
 */

/** Source message (channel + ts) → the ts of the bot's reply to it, newest MAX entries. */
export class ReplyMemory {
  private readonly replies = new Map<string, string>();

  constructor(private readonly max = 5000) {}

  remember(channel: string, sourceTs: string, replyTs: string): void {
    const key = `${channel}:${sourceTs}`;
    this.replies.delete(key);
    this.replies.set(key, replyTs);
    if (this.replies.size > this.max) this.replies.delete(this.replies.keys().next().value as string);
  }

  replyTo(channel: string, sourceTs: string): string | undefined {
    return this.replies.get(`${channel}:${sourceTs}`);
  }
}

const WINDOW_MS = 60_000;

/** At most `perMinute` events per key in any sliding 60-second window. */
export class RateLimiter {
  /** key → times of its events in the last minute, oldest first; keys with none are dropped. */
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one slot for `key` if one is free; false when the key is at its cap. */
  tryTake(key: string): boolean {
    const now = this.now();
    this.forgetIdle(now);
    const times = this.recent.get(key) ?? [];
    if (times.length >= this.perMinute) return false;
    times.push(now);
    this.recent.set(key, times);
    return true;
  }

  /** Keys with an event in the last minute. */
  get size(): number {
    return this.recent.size;
  }

  /** Drops the events older than a minute, and the keys left with none. */
  private forgetIdle(now: number): void {
    for (const [key, times] of this.recent) {
      const fresh = times.findIndex((t) => now - t < WINDOW_MS);
      if (fresh === -1) this.recent.delete(key);
      else if (fresh > 0) times.splice(0, fresh);
    }
  }
}
