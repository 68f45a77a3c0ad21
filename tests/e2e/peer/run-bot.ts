/**
 * Starts the bot the way src/main.ts will: config from the environment, the engine, startBot.
 * Used by the e2e tests until src/main.ts starts the bot itself.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { startBot } from '../../../src/discord/bot.js';
import { createLogger } from '../../../src/discord/logger.js';
import type { FootnoteEngine } from '../../../src/engine-api.js';
import { fakeEngine, type FakePassage } from '../../discord/fake-engine.js';

const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
const started = Date.now();
const engine = await openRealEngine().catch(async (error: unknown) => {
  log.warn({ err: error }, 'real engine unavailable; serving the seeds with the test engine');
  return seedEngine(config.corpusDir);
});
log.info({ ms: Date.now() - started }, 'engine opened');
await startBot(config, engine, log);

async function openRealEngine(): Promise<FootnoteEngine> {
  const modulePath = '../../../src/engine.js';
  const mod = (await import(modulePath)) as {
    openEngine(o: { corpusDir: string; dataDir: string; log?: unknown }): Promise<FootnoteEngine>;
  };
  return mod.openEngine({ corpusDir: config.corpusDir, dataDir: config.dataDir, log });
}

async function seedEngine(dir: string): Promise<FootnoteEngine> {
  const passages: FakePassage[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt'))) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 80);
    const title =
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? file;
    paragraphs.forEach((p, i) => passages.push({ title, text: p, paragraph: i + 1 }));
  }
  return fakeEngine(passages, { 'Richard McGregor': ['The test engine has no real quotes.'] });
}
