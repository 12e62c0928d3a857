/**
 * V8 runs a new regular expression in its bytecode interpreter first and compiles it later. The
 * engine's hundreds of patterns suffer from that in a process that runs for a while: a pattern
 * unused for some garbage collections loses its compiled code and, measured on Node 20, then stays
 * interpreted, 5 to 10 times slower (a 1 MiB paste: 84 ms instead of 43 ms after the bot had
 * answered for a while). Compiling every pattern at its first use avoids it. Imported first by the
 * entry points (the engine's, the CLI's, the bot's) before any pattern runs: the flag only applies to
 * patterns compiled after it.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
