/** How a shutdown ended: the exit code to leave with (0: nothing was abandoned). */
export type StopFn = () => Promise<number>;

/**
 * On the first SIGINT or SIGTERM, run `stop` and exit with the code it returns; exit 1 if it has
 * not returned within `forceMs` (a second signal ends the process at once, Node's default).
 */
export function stopOnSignals(stop: StopFn, forceMs: number, log: (line: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: finishing the work in flight (at most ${Math.round(forceMs / 1000)} s)`);
      const force = setTimeout(() => process.exit(1), forceMs);
      force.unref();
      stop().then(
        (code) => process.exit(code),
        (error: unknown) => {
          log(
            `error while shutting down: ${error instanceof Error ? error.message : String(error)}`,
          );
          process.exit(1);
        },
      );
    });
  }
}
