/** In-memory DedupStore for a single process (see DedupStore in context.ts for the multi-replica story). */
import type { DedupStore } from './context.js';

export const DEFAULT_DEDUP_TTL_MS = 15 * 60_000;
export const DEFAULT_DEDUP_MAX_KEYS = 50_000;

/**
 * Remembers claimed keys for `ttlMs` (at least Slack's retry window), holding at most `maxKeys`:
 * past that, the oldest claims are forgotten first, so memory stays bounded under any load.
 */
export class MemoryDedupStore implements DedupStore {
  /** key → expiry time; a Map iterates in insertion order, i.e. oldest claim first. */
  private readonly expiries = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: { ttlMs?: number; maxKeys?: number; now?: () => number } = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_DEDUP_TTL_MS;
    this.maxKeys = Math.max(1, options.maxKeys ?? DEFAULT_DEDUP_MAX_KEYS);
    this.now = options.now ?? Date.now;
  }

  async claim(key: string): Promise<boolean> {
    const now = this.now();
    this.evictExpired(now);
    const expiry = this.expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.expiries.delete(key);
    this.expiries.set(key, now + this.ttlMs);
    while (this.expiries.size > this.maxKeys) {
      const oldest = this.expiries.keys().next().value as string;
      this.expiries.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.expiries.size;
  }

  /** Expiries grow with insertion order (fixed TTL), so expired keys are all at the front. */
  private evictExpired(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(key);
    }
  }
}
