import { describe, expect, it } from 'vitest';
import { DEFAULT_DEDUP_TTL_MS, MemoryDedupStore } from '../../src/slack/dedup.js';

describe('MemoryDedupStore', () => {
  it('claims a key once within the time-to-live, which is at least 10 minutes', async () => {
    let now = 0;
    const store = new MemoryDedupStore({ now: () => now });
    expect(DEFAULT_DEDUP_TTL_MS).toBeGreaterThanOrEqual(10 * 60_000);
    expect(await store.claim('event:Ev1')).toBe(true);
    expect(await store.claim('event:Ev1')).toBe(false);
    expect(await store.claim('event:Ev2')).toBe(true);
    now = 10 * 60_000;
    expect(await store.claim('event:Ev1')).toBe(false);
    now = DEFAULT_DEDUP_TTL_MS + 1;
    expect(await store.claim('event:Ev1')).toBe(true);
  });

  it('forgets expired keys so they do not pile up', async () => {
    let now = 0;
    const store = new MemoryDedupStore({ ttlMs: 1000, now: () => now });
    for (let i = 0; i < 100; i += 1) await store.claim(`k${i}`);
    now = 1001;
    await store.claim('fresh');
    expect(store.size).toBe(1);
  });

  it('stays within its size bound under a flood, forgetting the oldest claims first', async () => {
    const store = new MemoryDedupStore({ maxKeys: 100 });
    for (let i = 0; i < 10_000; i += 1) await store.claim(`k${i}`);
    expect(store.size).toBe(100);
    expect(await store.claim('k9999')).toBe(false);
    expect(await store.claim('k0')).toBe(true);
  });
});
