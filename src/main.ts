// npm start: the Discord bot when a token is configured, else the local console on the corpus.
import { runConsole } from './cli/console.js';
import { ConfigError, loadConfig } from './config.js';
import { openConfigured } from './engine/open.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord) {
    const { engine, close } = await openConfigured(config, {
      log: (line) => process.stderr.write(`footnote: ${line}\n`),
    });
    await runConsole(engine);
    await close();
    return;
  }
  // The bot's modules load only when there is a bot to run: the console starts faster without.
  const [{ startBot }, { createLogger }] = await Promise.all([
    import('./discord/bot.js'),
    import('./discord/logger.js'),
  ]);
  const logger = createLogger(config.logLevel);
  const { engine } = await openConfigured(config, {
    log: (line) => logger.info(line),
    follow: true,
  });
  const stats = engine.stats();
  logger.info(
    { ...stats, corpus: engine.corpusDir },
    `corpus: ${stats.articles} articles, ${stats.passages} passages, ${stats.quotes} quotes; index ready in ${stats.loadMs} ms`,
  );
  await startBot(config, engine, logger);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(err instanceof ConfigError ? `${message}\n` : `footnote: ${message}\n`);
  process.exitCode = err instanceof ConfigError ? 2 : 1;
});
