/**
 * The little in-process state the surfaces keep: which bot reply answers which message (so an edit
 * can update it) and how many unasked replies each watched channel got in the last minute.
 * Both are bounded; losing them (a restart, another replica) only means an edit gets a new reply or
 * a channel's budget starts afresh.
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

/** At most `perMinute` events per key in any sliding 60-second window. */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one slot for `key` if one is free; false when the key is at its cap. */
  tryTake(key: string): boolean {
    const now = this.now();
    const times = (this.recent.get(key) ?? []).filter((t) => now - t < 60_000);
    if (times.length >= this.perMinute) {
      this.recent.set(key, times);
      return false;
    }
    times.push(now);
    this.recent.set(key, times);
    return true;
  }
}
