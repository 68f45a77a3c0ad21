import { Events, type Client } from 'discord.js';
import type { Logger } from 'pino';
import { stopOnSignals, type StopFn } from '../cli/signals.js';
import { fatalClose } from './close-codes.js';

/**
 * Logs the client's errors, warnings and connection changes; discord.js reconnects by itself,
 * except after a close that no reconnect can mend (a bad token…): that one goes to `onFatal`.
 */
export function watchClient(
  client: Client,
  log: Logger,
  onFatal: (code: number, meaning: string) => void,
): void {
  client.on(Events.Error, (err) => log.error({ err }, 'Discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'Discord client warning'));
  client.on(Events.ShardError, (err, shard) => log.error({ err, shard }, 'shard connection error'));
  client.on(Events.ShardDisconnect, (event, shard) => {
    const meaning = fatalClose(event.code);
    if (meaning) onFatal(event.code, meaning);
    else log.warn({ code: event.code, shard }, 'shard disconnected');
  });
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'shard reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, 'shard resumed'),
  );
  client.on(Events.ShardReady, (shard) => log.info({ shard }, 'shard ready'));
}

let installed = false;

/**
 * Keeps the process alive through stray promise rejections (logged), and shuts down on
 * SIGINT/SIGTERM through `stop` (which drains the work in flight and says how to exit), forced
 * after `forceMs`. Installed once per process.
 */
export function watchProcess(log: Logger, stop: StopFn, forceMs: number): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) =>
    log.error({ err: reason }, 'unhandled promise rejection'),
  );
  process.on('uncaughtException', (err) => {
    // State after an uncaught exception is unknown: log it and leave, for a supervisor to restart.
    log.fatal({ err }, 'uncaught exception; shutting down');
    void stop().finally(() => process.exit(1));
  });
  stopOnSignals(stop, forceMs, (line) => log.info(line));
}
