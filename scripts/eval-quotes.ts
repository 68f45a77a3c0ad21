/**
 * Quote extraction and attribution against PolNeAR gold (../shared/eval/quotes): runs
 * `footnote quotes --jsonl` over the eval articles as a child process, scores it next to a trivial
 * quote-mark baseline computed in the same run, and times extraction against ingestion.
 *
 * Then scores the style set (tests/quotes/styles/cases.jsonl), each half on its own line.
 *
 *   npx tsx scripts/eval-quotes.ts [--split dev|train|dev,train] [--show N] [--data DIR] [--doc FILE]
 *   npx tsx scripts/eval-quotes.ts --styles-only     (the style set alone, in a second)
 *   npx tsx scripts/eval-quotes.ts --split train --misses N
 *       (misses by category — no speaker, wrong person, partial name, extraction miss and extra —
 *        with N examples of each in context; tune on train, only report dev)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus, type Article } from '../src/corpus/index.js';
import { extractQuotes } from '../src/quotes/index.js';
import { PassageIndex } from '../src/search/index.js';
import {
  caseArticle,
  isHeldOut,
  judge,
  loadCases,
  BATCHES,
  inBatch,
} from '../tests/quotes/styles/cases.js';

interface Prediction {
  doc: string;
  quote: string;
  speaker: string | null;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(option('--data', join(root, '../shared/eval/quotes')));
const corpusDir = join(dataDir, 'articles');
const split = option('--split', 'dev');
const show = option('--show', '0');

/** The real CLI over the eval articles, with a throwaway snapshot folder. */
function runCli(): { predictions: Prediction[]; ms: number } {
  const snapshots = mkdtempSync(join(tmpdir(), 'eval-quotes-data-'));
  try {
    const started = performance.now();
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bin.ts', 'quotes', '--corpus', corpusDir, '--data', snapshots],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const ms = performance.now() - started;
    const predictions = out
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Prediction);
    return { predictions, ms };
  } finally {
    rmSync(snapshots, { recursive: true, force: true });
  }
}

const SAID = /said|says|told|added/;
const NAME_SAID =
  /([A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|says|told|added)|(?:said|says) ([A-Z][a-z]+(?: [A-Z][a-z]+)*)/g;

/** Trivial baseline: any text in double marks, speaker = the nearest `Name said` in the paragraph. */
function baseline(article: Article): Prediction[] {
  const out: Prediction[] = [];
  for (const text of article.paragraphs) {
    const names = SAID.test(text)
      ? [...text.matchAll(NAME_SAID)].map((m) => ({ at: m.index ?? 0, name: m[1] ?? m[2] ?? '' }))
      : [];
    for (const m of text.matchAll(/[“"]([^”"]+)[”"]/g)) {
      const at = m.index ?? 0;
      const near = names.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0];
      out.push({ doc: article.file, quote: m[1] ?? '', speaker: near?.name ?? null });
    }
  }
  return out;
}

interface Scores {
  P: number;
  R: number;
  F1: number;
  attr: number;
  exact: number;
  e2eP: number;
  e2eR: number;
  e2eF1: number;
}

function score(predictions: Prediction[], label: string): Scores {
  const dir = mkdtempSync(join(tmpdir(), 'eval-quotes-'));
  try {
    const file = join(dir, `${label}.jsonl`);
    writeFileSync(file, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const args = [join(dataDir, 'score.mjs'), join(dataDir, 'gold.jsonl'), file, '--split', split];
    if (label === 'footnote' && show !== '0') {
      console.log(execFileSync('node', [...args, '--show', show], { encoding: 'utf8' }));
    }
    const json = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' })) as {
      results: { ALL: Record<string, Record<string, number>> };
    };
    const r = json.results.ALL;
    return {
      P: r.extraction?.P ?? 0,
      R: r.extraction?.R ?? 0,
      F1: r.extraction?.F1 ?? 0,
      attr: r.attribution?.accuracy ?? 0,
      exact: r.attribution?.exactFullName ?? 0,
      e2eP: r.endToEnd?.P ?? 0,
      e2eR: r.endToEnd?.R ?? 0,
      e2eF1: r.endToEnd?.F1 ?? 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Gold {
  doc: string;
  quote: string;
  speaker: string;
  speaker_mention?: string;
  start: number;
  end: number;
}

interface Examples {
  miss: { doc: string; quote: string; speaker: string }[];
  false: { doc: string; quote: string; speaker: string }[];
  wrongSpeaker: { doc: string; quote: string; gold: string; mention: string; pred: string }[];
}

/** Misses by category on the chosen split, with examples in context (a tuning aid). */
function misses(predictions: Prediction[], n: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'eval-quotes-'));
  try {
    const file = join(dir, 'footnote.jsonl');
    writeFileSync(file, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const args = [join(dataDir, 'score.mjs'), join(dataDir, 'gold.jsonl'), file, '--split', split];
    const out = execFileSync('node', [...args, '--show', '1000000', '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const examples = (JSON.parse(out) as { results: { ALL: { examples: Examples } } }).results.ALL
      .examples;
    const gold = readFileSync(join(dataDir, 'gold.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Gold);
    const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu));
    const shares = (a: string, b: string): boolean => [...words(a)].some((w) => words(b).has(w));
    const wrong = examples.wrongSpeaker;
    const categories: [string, { doc: string; quote: string }[]][] = [
      ['no speaker', wrong.filter((w) => !w.pred)],
      ['wrong person', wrong.filter((w) => w.pred && !shares(w.pred, w.gold))],
      ['partial name', wrong.filter((w) => w.pred && shares(w.pred, w.gold))],
      ['extraction miss', examples.miss],
      ['extraction extra', examples.false],
    ];
    for (const [label, list] of categories) {
      console.log(`\n== ${label}: ${list.length}`);
      for (const e of list.slice(0, n)) console.log(inContext(e, gold));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One miss with the article text around it (the gold offsets, or the quote found in the text). */
function inContext(e: { doc: string; quote: string }, gold: Gold[]): string {
  const text = readFileSync(join(corpusDir, e.doc), 'utf8');
  const g = gold.find((x) => x.doc === e.doc && x.quote.startsWith(e.quote.slice(0, 60)));
  const start = g?.start ?? Math.max(0, text.indexOf(e.quote.slice(0, 40)));
  const end = g?.end ?? start + e.quote.length;
  const flat = (s: string): string => s.replace(/\s*\n\s*/g, ' ⏎ ');
  const head = JSON.stringify({ ...e, quote: undefined });
  return `${head}\n  …${flat(text.slice(Math.max(0, start - 240), start))}[[${flat(text.slice(start, Math.min(end, start + 120)))}]]${flat(text.slice(end, end + 100))}…`;
}

/** Ingestion as a reindex does it (read, parse, index), then extraction cold and warm. */
async function timings(articles: Article[]): Promise<Record<string, number>> {
  const read = performance.now();
  await loadCorpus(corpusDir);
  const readMs = performance.now() - read;
  const build = performance.now();
  PassageIndex.build(articles);
  const ingestMs = readMs + performance.now() - build;
  const cold = performance.now();
  for (const a of articles) extractQuotes(a);
  const coldMs = performance.now() - cold;
  // Warm passes are what a long-running bot pays; the best of three is the least disturbed by
  // other processes on a shared machine.
  let warmMs = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const a of articles) extractQuotes(a);
    warmMs = Math.min(warmMs, performance.now() - started);
  }
  const baseStart = performance.now();
  for (const a of articles) baseline(a);
  return { ingestMs, coldMs, warmMs, baseMs: performance.now() - baseStart };
}

/**
 * Speaker accuracy on the style set: the tuning half and the held-out half, each on its own line,
 * and the held-out half's batches (the later ones written without reading the rules).
 */
function styleSet(): void {
  const cases = loadCases();
  const held = cases.filter(isHeldOut);
  for (const [label, half] of [
    ['tuning (odd ids)', cases.filter((c) => !isHeldOut(c))],
    ['held out (even ids)', held],
    ...BATCHES.map((b) => {
      const ids =
        b.from === 0 ? `<${b.to}` : b.to === Infinity ? `≥${b.from}` : `${b.from}–${b.to - 1}`;
      return [`  ${b.name}${b.from === 0 ? ' batch' : ''} (${ids})`, inBatch(held, b)] as const;
    }),
  ] as const) {
    if (half.length === 0) continue;
    const outcomes = half.map((c) => judge(c, extractQuotes(caseArticle(c))));
    const found = outcomes.filter((o) => o.found).length;
    const right = outcomes.filter((o) => o.correct).length;
    console.log(
      `style set ${label.padEnd(22)} ${right}/${half.length} right (${pct(right / half.length)}%), ` +
        `quote found ${found}/${half.length}`,
    );
  }
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
if (process.argv.includes('--styles-only')) {
  styleSet();
  process.exit(0);
}

const { articles } = await loadCorpus(corpusDir);
const doc = option('--doc', '');
if (doc) {
  // Debugging aid: what the extractor finds in one article.
  for (const a of articles.filter((x) => x.file === doc)) {
    for (const q of extractQuotes(a)) console.log(JSON.stringify(q));
  }
  process.exit(0);
}

const cli = runCli();
if (process.argv.includes('--misses')) {
  misses(cli.predictions, Number(option('--misses', '5')));
  process.exit(0);
}
const base = articles.flatMap(baseline);
console.log(`split=${split}  (${dataDir})`);
console.log('system     ext P    R     F1  | attr  exact | e2e P    R     F1');
for (const [label, preds] of [
  ['baseline', base],
  ['footnote', cli.predictions],
] as const) {
  const s = score(preds, label);
  console.log(
    `${label.padEnd(9)} ${pct(s.P)} ${pct(s.R)} ${pct(s.F1)} | ${pct(s.attr)} ${pct(s.exact)} | ${pct(s.e2eP)} ${pct(s.e2eR)} ${pct(s.e2eF1)}`,
  );
}

styleSet();

const t = await timings(articles);
const each = (ms: number | undefined): string => ((ms ?? 0) / articles.length).toFixed(3);
console.log(
  `footnote quotes --jsonl: ${articles.length} articles, ${cli.predictions.length} quotes in ` +
    `${(cli.ms / 1000).toFixed(1)} s (${each(cli.ms)} ms/article, process start and ingestion included)`,
);
console.log(
  `extraction: ${each(t.coldMs)} ms/article cold, ${each(t.warmMs)} ms/article warm ` +
    `(baseline regex ${each(t.baseMs)}); ingestion without quotes ${each(t.ingestMs)} ms/article, ` +
    `with extraction ${((t.ingestMs! + t.warmMs!) / t.ingestMs!).toFixed(2)}× (target ≤ 2×)`,
);
