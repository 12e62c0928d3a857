/**
 * The engine's worker runs at a lower CPU priority than the main thread. When both want the CPU (a
 * burst of events on a small host), the kernel then runs the thread that acknowledges Slack's
 * requests, which has a hard 3-second limit, before the diagnosis, which can wait a few
 * milliseconds. Measured in the bench (2 cores, 20 events at a time): ack p99 went from 1.22-1.39x
 * to 0.88-1.11x of bare Bolt, with reply latency unchanged.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How many nice steps below the process the worker runs (nice 0 is normal, 19 the lowest). */
export const ENGINE_NICE_STEPS = 10;
const LOWEST = 19;

/** The nice value the engine's worker gets in a process running at `processNice`. */
export const engineNice = (processNice: number): number => Math.min(LOWEST, processNice + ENGINE_NICE_STEPS);

/**
 * Lowers the priority of the calling thread only, never the process's. Linux only: there a thread
 * has its own id (from /proc/thread-self) and setpriority on it applies to that thread alone.
 * Elsewhere, or where it is refused, nothing changes and it returns false.
 */
export function lowerThisThreadsPriority(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    // The main thread's id is the process id: lowering it would slow the acknowledgements down.
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return false;
    setPriority(tid, engineNice(getPriority()));
    return true;
  } catch {
    return false;
  }
}
