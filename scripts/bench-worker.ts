// One measurement in a fresh process (so peak RSS is its own); prints one JSON line.
// Usage: bench-worker.ts build|serve|index|minisearch|ingest SCALE [CORPUS]
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../src/corpus/types.js';
import type { FootnoteEngine } from '../src/engine/api.js';
import type * as EngineModule from '../src/engine/engine.js';
import type * as CorpusModule from '../src/corpus/index.js';
import type * as QuotesModule from '../src/quotes/index.js';
import type * as SearchModule from '../src/search/index.js';
import type * as PassagesModule from '../src/search/passages.js';
import { SQUAD_ARTICLES, loadQuestions, percentiles } from './squad.js';

// Each mode loads only what it measures (below), so that a process's peak RSS is its own code's.

const [mode = 'footnote', scaleArg = '1', corpusArg] = process.argv.slice(2);
const scale = Number(scaleArg);

function repeat(articles: Article[], times: number): Article[] {
  const out: Article[] = [];
  for (let r = 0; r < times; r++) {
    for (const a of articles)
      out.push(r === 0 ? a : { ...a, id: `${a.id}~${r}`, file: `${a.file}~${r}` });
  }
  return out;
}

// Question counts keep `npm run bench` under 5 minutes: enough for a stable median and 99th
// percentile, far fewer for default MiniSearch, which takes 0.09 s a question at ~19k passages and
// 0.5 s at ~100k (its figures are a baseline's, and its p99 is nearly its maximum).
function queryTimes(run: (q: string) => void, count: number): { p50: number; p99: number } {
  const questions = loadQuestions(count);
  // A warm-up of a tenth, at most 50, questions.
  for (const q of questions.slice(0, Math.min(50, Math.ceil(count / 10)))) run(q.question);
  const times: number[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    run(q.question);
    times.push(performance.now() - t0);
  }
  return percentiles(times);
}

/**
 * One of our modules as the bot runs it: from the build in dist/ when bench.ts names it (BENCH_BUILT),
 * else from the sources. tsx's transform turns each regular expression with a Unicode property
 * (\p{Lu}) into a `new RegExp(…)` built at every call, which the build does not: quote extraction
 * through tsx built ~1.4 million of them in one pass over the SQuAD articles.
 */
async function built<T>(path: string): Promise<T> {
  const engine = process.env.BENCH_BUILT;
  return (await import(engine ? new URL(`../${path}`, engine).href : `../src/${path}`)) as T;
}

async function main(): Promise<Record<string, number>> {
  const corpus = corpusArg ?? SQUAD_ARTICLES;
  if (mode === 'build' || mode === 'serve') {
    // The engine a bot runs, quotes and speakers included: `build` starts it on a corpus with no
    // snapshot yet, `serve` starts it again from the snapshot that left and answers questions.
    const dataDir = process.env.BENCH_DATA;
    if (!dataDir) throw new Error('set BENCH_DATA to the folder the snapshot goes in');
    // The engine as a bot runs it: the build in dist/ (bench.ts builds it first), not the sources
    // through tsx, whose loader cost a start-up at ~95k passages a third more.
    const { openEngine } = (await import(
      process.env.BENCH_BUILT ?? '../src/engine/engine.js'
    )) as typeof EngineModule;
    const t0 = performance.now();
    const engine = await openEngine({
      corpusDir: corpus,
      dataDir,
      guildsDir: join(dataDir, 'guilds'),
    });
    const startupMs = performance.now() - t0;
    const passages = engine.stats().passages;
    if (mode === 'build') {
      const snapshotMb = (await stat(engine.snapshotPath)).size / 2 ** 20;
      return { passages, startupMs, snapshotMb, rssMb: maxRssMb() };
    }
    // The first question also reads the meaning models (word vectors, translation table).
    const t1 = performance.now();
    for (const r of engine.ask('Which university did Putin visit?').results) void r.excerpt;
    const firstAskMs = performance.now() - t1;
    // A running bot finishes saving its snapshot after start-up; so does this process before it
    // exits, or the next start-up would pay for what this one left unsaved.
    if (process.env.BENCH_STARTUP_ONLY) {
      await engine.settle();
      return { passages, startupMs, firstAskMs, rssMb: maxRssMb() };
    }
    // A reply shows its results' excerpts and citations, which are chosen when first read.
    const { p50, p99 } = queryTimes(
      (q) => {
        for (const r of engine.ask(q).results) void [r.excerpt, r.citation];
      },
      scale > 1 ? 1000 : 3000,
    );
    const adds = await timeAdds(engine);
    await engine.settle();
    return { passages, startupMs, firstAskMs, p50, p99, ...adds, rssMb: maxRssMb() };
  }
  const [{ loadCorpus }, { extractQuotes }, { PassageIndex }, { toPassages }, { buildBaseline }] =
    await Promise.all([
      built<typeof CorpusModule>('corpus/index.js'),
      built<typeof QuotesModule>('quotes/index.js'),
      built<typeof SearchModule>('search/index.js'),
      built<typeof PassagesModule>('search/passages.js'),
      import('./baseline.js'),
    ]);
  const readStart = performance.now();
  const { articles } = await loadCorpus(corpus);
  const readMs = performance.now() - readStart;
  const all = repeat(articles, scale);
  if (mode === 'index') {
    // The index alone, from parsed articles: what default MiniSearch's build is compared with.
    const t0 = performance.now();
    const index = PassageIndex.build(all);
    return { buildMs: performance.now() - t0, passages: index.passages.size };
  }
  if (mode === 'ingest') {
    // Ingestion as a reindex does it: read and parse the files, build the index; then the
    // extra step quotes add on top of it.
    let t0 = performance.now();
    const index = PassageIndex.build(all);
    const plainMs = readMs + performance.now() - t0;
    t0 = performance.now();
    let quotes = 0;
    for (const a of all) quotes += extractQuotes(a).length;
    const quotesMs = performance.now() - t0;
    return { plainMs, quotesMs, passages: index.passages.size, quotes };
  }
  if (mode === 'minisearch') {
    const docs = all.flatMap((a) => toPassages(a)).map((p) => ({ id: p.id, text: p.text }));
    const t0 = performance.now();
    const mini = buildBaseline(docs);
    const buildMs = performance.now() - t0;
    const { p50, p99 } = queryTimes((q) => mini.search(q).slice(0, 3), scale > 1 ? 15 : 50);
    return {
      passages: docs.length,
      buildMs,
      p50,
      p99,
      rssMb: maxRssMb(),
    };
  }
  throw new Error(`unknown mode ${mode}`);
}

/**
 * A moderator's /add of a news-sized article (one of the corpus's own, rearranged) through the
 * whole add path until the answer (record, file, index); the snapshot is written after it, timed
 * apart. The first add of a process also fingerprints the corpus for the duplicate check.
 */
async function timeAdds(
  engine: FootnoteEngine,
): Promise<{ firstAddMs: number; addMs: number; snapshotWriteMs: number }> {
  const texts = engine
    .sources()
    .slice(0, 3)
    .map((entry) => engine.article(entry.id)!.paragraphs);
  const adds: number[] = [];
  const writes: number[] = [];
  for (const [i, paragraphs] of texts.entries()) {
    // The corpus refuses its own text again: the paragraphs in reverse order make a new article.
    const text = `# Added for the benchmark ${i}\n\n${[...paragraphs].reverse().join('\n\n')}\n`;
    const t0 = performance.now();
    await engine.addArticle({
      guild: '1000000000000000001',
      by: { id: '1000000000000000002', name: 'bench' },
      source: { kind: 'file', name: `bench-${i}.md`, bytes: new TextEncoder().encode(text) },
      via: 'cli',
    });
    const t1 = performance.now();
    await engine.settle();
    adds.push(t1 - t0);
    writes.push(performance.now() - t1);
  }
  return {
    firstAddMs: adds[0]!,
    addMs: Math.min(adds[1]!, adds[2]!),
    snapshotWriteMs: Math.min(writes[1]!, writes[2]!),
  };
}

function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

process.stdout.write(`${JSON.stringify(await main())}\n`);
