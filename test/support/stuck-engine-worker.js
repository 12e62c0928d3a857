// An engine worker that never gets as far as serving: for the engine's start-up time limit.
for (;;);
