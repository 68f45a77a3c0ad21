import { cp, mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine, type Engine } from '../../src/engine/engine.js';

/** A real engine over the shipped seeds plus the fixture articles that hold markdown characters. */
export interface FixtureEngine {
  engine: Engine;
  close(): Promise<void>;
}

/**
 * Open the real engine on a temporary copy of `seeds/` and `tests/fixtures/markdown/`, so
 * renderers' tests are fed what the engine really produces.
 */
export async function openFixtureEngine(): Promise<FixtureEngine> {
  const dir = await mkdtemp(join(tmpdir(), 'footnote-fixture-'));
  const corpus = join(dir, 'corpus');
  await cp('seeds', corpus, { recursive: true });
  await cp('tests/fixtures/markdown', corpus, { recursive: true });
  const engine = await openEngine({ corpusDir: corpus, dataDir: join(dir, 'data') });
  const close = async (): Promise<void> => {
    await engine.settle();
    await rm(dir, { recursive: true, force: true });
  };
  return { engine, close };
}

/** The real engine on the shipped seeds (or another folder) as they are, its data in a temporary folder. */
export async function openSeedsEngine(corpusDir = 'seeds'): Promise<FixtureEngine> {
  const data = await mkdtemp(join(tmpdir(), 'footnote-seeds-'));
  const engine = await openEngine({ corpusDir, dataDir: data });
  const close = async (): Promise<void> => {
    await engine.settle();
    await rm(data, { recursive: true, force: true });
  };
  return { engine, close };
}

/**
 * For a describe block: the real engine on `corpusDir`, opened before its tests and closed after;
 * read it through the returned function once they run.
 */
export function useEngine(corpusDir = 'seeds'): () => Engine {
  let opened: FixtureEngine | undefined;
  beforeAll(async () => {
    opened = await openSeedsEngine(corpusDir);
  });
  afterAll(() => opened?.close());
  return () => opened!.engine;
}

/** The question whose answer holds `rate_cap at 5*3 [provisional]`. */
export const MARKDOWN_QUESTION = 'What mooring rate cap did the harbour board set?';
