// npm run bench:reader: what the reader and metrics add to the question path. The same 3,000
// SQuAD questions through the bare engine and through the metered engine the doors now use,
// alternating question by question so both see the same machine; then the reader's own pages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../src/engine/engine.js';
import { Metrics, meteredEngine } from '../src/web/metrics.js';
import { startReader } from '../src/web/server.js';
import { SQUAD_ARTICLES, loadQuestions, percentiles, row } from './squad.js';

const data = mkdtempSync(join(tmpdir(), 'footnote-bench-reader-'));
try {
  const engine = await openEngine({ corpusDir: SQUAD_ARTICLES, dataDir: data });
  const metrics = new Metrics(engine);
  const metered = meteredEngine(engine, metrics);
  const questions = loadQuestions(3000).map((q) => q.question);
  for (const q of questions.slice(0, 100)) engine.ask(q); // warm-up
  const bare: number[] = [];
  const counted: number[] = [];
  questions.forEach((q, i) => {
    // Alternate which goes first, so neither always meets a warm cache.
    const order = i % 2 ? [bare, counted] : [counted, bare];
    for (const times of order) {
      const t0 = performance.now();
      (times === bare ? engine : metered).ask(q);
      times.push(performance.now() - t0);
    }
  });
  const a = percentiles(bare);
  const b = percentiles(counted);
  const widths = [22, 12, 14];
  console.log(`${engine.stats().passages} passages, ${questions.length} questions`);
  console.log(row(['', 'bare engine', 'metered engine'], widths));
  console.log(row(['ask p50 ms', a.p50.toFixed(3), b.p50.toFixed(3)], widths));
  console.log(row(['ask p99 ms', a.p99.toFixed(3), b.p99.toFixed(3)], widths));

  // The reader over HTTP on 127.0.0.1: a search and an article page, 300 of each.
  const reader = await startReader({ engine: metered, metrics }, 0);
  const ids = engine.sources().map((s) => s.id);
  const timed = async (path: (i: number) => string): Promise<{ p50: number; p99: number }> => {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = performance.now();
      await (await fetch(`${reader.url}${path(i)}`)).text();
      times.push(performance.now() - t0);
    }
    return percentiles(times);
  };
  const search = await timed((i) => `/search?q=${encodeURIComponent(questions[i]!)}`);
  const article = await timed((i) => `/a/${encodeURIComponent(ids[i % ids.length]!)}?p=2`);
  const scrape = await timed(() => '/metrics');
  await reader.close();
  console.log(
    row(['GET /search p50/p99', `${search.p50.toFixed(2)} / ${search.p99.toFixed(2)}`, ''], widths),
  );
  console.log(
    row(['GET /a/… p50/p99', `${article.p50.toFixed(2)} / ${article.p99.toFixed(2)}`, ''], widths),
  );
  console.log(
    row(
      ['GET /metrics p50/p99', `${scrape.p50.toFixed(2)} / ${scrape.p99.toFixed(2)}`, ''],
      widths,
    ),
  );
} finally {
  rmSync(data, { recursive: true, force: true });
}
