/**
 * V8 runs a new regular expression in its bytecode interpreter first and compiles it later. The
 * engine's hundreds of patterns suffer from that in a process that runs for a while: a pattern
 * unused for some garbage collections loses its compiled code and, measured on Node 20, then stays
 * interpreted, 5 to 10 times slower (a 1 MiB paste: 84 ms instead of 43 ms after the bot had
 * answered for a while). Compiling every pattern at its first use avoids it. Imported first by the
 * entry points (the engine's, the CLI's, the bot's) before any pattern runs: the flag only applies to
 * patterns compiled after it.
 *
 * Zero tier-up ticks, not `--no-regexp-tier-up`: V8's flags are the whole process's, and switching
 * tier-up off at run time leaves every pattern that already ran once in the interpreter (Node's
 * own, undici's, another thread's) in a state V8 may then run as native code: a segmentation fault at
 * a later use (a long subject; Node 20.20; test/platform/regexp-engine.test.ts). The tick count is read only when
 * a pattern is first set up, so changing it later is harmless to the patterns that exist.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
