// npm start: the Discord bot when a token is configured, else the local console on the corpus.
// Either way the same process serves the web reader, /healthz and /metrics on 127.0.0.1.
import { runConsole } from './cli/console.js';
import { stopOnSignals } from './cli/signals.js';
import { ConfigError, forceExitMs, loadConfig } from './config.js';
import { Feedback } from './engine/feedback.js';
import { openConfigured } from './engine/open.js';
import { Metrics, meteredEngine } from './web/metrics.js';
import { linkOptions } from './web/links.js';
import { serveReader } from './web/start.js';
import { count } from './text/count.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord) {
    const warn = (line: string): void => void process.stderr.write(`footnote: ${line}\n`);
    const {
      engine: opened,
      storage,
      close,
    } = await openConfigured(config, {
      workerThread: true,
      buildInIdle: true,
      log: (line) => {
        if (!line.startsWith('storage: files')) warn(line);
      },
    });
    const metrics = new Metrics(opened);
    const engine = meteredEngine(opened, metrics);
    const reader = await serveReader(config.web, { engine, metrics }, warn);
    const ms = config.shutdownSeconds * 1000;
    const feedback = new Feedback(storage, (err) =>
      warn(`could not log a question: ${err.message}`),
    );
    stopOnSignals(
      async () => {
        // A /reindex typed in the console finishes (or rolls back) before the process leaves,
        // and the questions asked are logged.
        const report = await opened.drain(ms);
        await feedback.flush();
        await reader?.close();
        await close();
        return report.abandoned > 0 ? 1 : 0;
      },
      forceExitMs(config),
      warn,
    );
    await runConsole(engine, {
      links: linkOptions(config.web, reader?.url),
      readerUrl: reader?.url,
      feedback,
    });
    await feedback.flush();
    await reader?.close();
    await close();
    return;
  }
  // The bot's modules load only when there is a bot to run: the console starts faster without.
  const [{ startBot }, { createLogger }, { GatewayStatus }, { renderAnswerPage }, { toReply }] =
    await Promise.all([
      import('./discord/bot.js'),
      import('./discord/logger.js'),
      import('./discord/gateway-status.js'),
      import('./discord/render/ask.js'),
      import('./discord/response.js'),
    ]);
  const logger = createLogger(config.logLevel);
  const { engine: opened, storage } = await openConfigured(config, {
    workerThread: true,
    buildInIdle: true,
    log: (line) => logger.info(line),
    follow: true,
  });
  const feedback = new Feedback(storage, (err) => logger.warn({ err }, 'could not log a question'));
  const warming = performance.now();
  // The bot's rendering of an answer is compiled with the engine's, before the first burst.
  opened.warmUp({
    show: (answer) => toReply(renderAnswerPage(answer, 0, 3, 'warm-up'), { ephemeral: false }),
  });
  const warmUpMs = Math.round(performance.now() - warming);
  // Then the worker thread, awaited before the login. V8 compiles both threads' code on the same
  // background threads: in this order the main thread's compiles finish while the worker warms;
  // warmed first or alongside, the worker's compiles came first and the first burst was slower.
  const workerWarming = performance.now();
  await opened.keepWorkerWarm();
  const workerWarmMs = Math.round(performance.now() - workerWarming);
  // The quotes are counted once the bot is online: they may still be parsed (in idle time).
  const { articles, passages, loadMs } = opened.stats();
  logger.info(
    {
      articles,
      passages,
      loadMs,
      corpus: opened.corpusDir,
      warmUpMs,
      workerWarmMs,
    },
    `corpus: ${count(articles, 'article')}, ${count(passages, 'passage')}; index ready in ${loadMs} ms`,
  );
  const metrics = new Metrics(opened);
  const engine = meteredEngine(opened, metrics);
  const gateway = new GatewayStatus();
  // Shards under the ShardingManager are one process each: only a lone bot serves the reader.
  const reader = process.env.SHARDING_MANAGER
    ? undefined
    : await serveReader(
        config.web,
        { engine, metrics, unhealthy: () => gateway.problem() },
        (line) => logger.warn(line),
      );
  if (reader)
    logger.info({ url: reader.url }, `web reader, /healthz and /metrics on ${reader.url}`);
  try {
    const links = linkOptions(config.web);
    await startBot(config, engine, logger, { gateway, metrics, links, feedback });
  } catch (error) {
    // Without a bot there is nothing for the reader to serve alongside: let the process end.
    await reader?.close();
    throw error;
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(err instanceof ConfigError ? `${message}\n` : `footnote: ${message}\n`);
  process.exitCode = err instanceof ConfigError ? 2 : 1;
});
