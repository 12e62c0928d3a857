/**
 * Race-free waiting on a fake's state: `waitFor` resolves with the first defined value of `probe`,
 * checked at once and again each time the fake calls `wake()` after a change.
 */
export class Waiters {
  private readonly checks = new Set<() => void>();

  /** Re-runs every pending probe; call it after each change of state. */
  wake(): void {
    for (const check of [...this.checks]) check();
  }

  /** Rejects with `message()` when `probe` stays undefined for `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, message: () => string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(message()));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.checks.delete(check);
      };
      this.checks.add(check);
    });
  }
}
