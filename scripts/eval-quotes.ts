/**
 * Quote extraction and attribution against PolNeAR gold (../shared/eval/quotes), next to a
 * trivial baseline computed in the same run.
 *
 *   npx tsx scripts/eval-quotes.ts [--split dev|train] [--show N] [--data DIR]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article } from '../src/corpus/types.js';
import { extractQuotes } from '../src/quotes/index.js';

interface Prediction {
  doc: string;
  quote: string;
  speaker: string | null;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const dataDir = resolve(option('--data', join(import.meta.dirname, '../../shared/eval/quotes')));
const split = option('--split', 'dev');
const show = option('--show', '0');

/** The eval files' layout: first line the headline, paragraphs separated by blank lines. */
function readArticle(file: string): Article {
  const raw = readFileSync(join(dataDir, 'articles', file), 'utf8').replace(/\r\n?/g, '\n');
  const [title = '', ...rest] = raw.split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return { id: file, file, story: 0, title: title.trim(), source: file, paragraphs };
}

const SAID = /said|says|told|added/;
const NAME_SAID =
  /([A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|says|told|added)|(?:said|says) ([A-Z][a-z]+(?: [A-Z][a-z]+)*)/g;

/** Trivial baseline: any text in double marks, speaker = the nearest `Name said` in the paragraph. */
function baseline(article: Article): { quote: string; speaker: string | null }[] {
  const out: { quote: string; speaker: string | null }[] = [];
  for (const text of article.paragraphs) {
    const names = SAID.test(text)
      ? [...text.matchAll(NAME_SAID)].map((m) => ({ at: m.index ?? 0, name: m[1] ?? m[2] ?? '' }))
      : [];
    for (const m of text.matchAll(/[“"]([^”"]+)[”"]/g)) {
      const at = m.index ?? 0;
      const near = names.sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0];
      out.push({ quote: m[1] ?? '', speaker: near?.name ?? null });
    }
  }
  return out;
}

function score(predictions: Prediction[], label: string): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'eval-quotes-'));
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
}

const files = readdirSync(join(dataDir, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const doc = option('--doc', '');
if (doc) {
  // Debugging aid: what the extractor finds in one article.
  for (const q of extractQuotes(readArticle(doc))) console.log(JSON.stringify(q));
  process.exit(0);
}
const articles = files.map(readArticle);

const ours: Prediction[] = [];
const started = performance.now();
const perArticle = articles.map((a) => extractQuotes(a));
const ms = performance.now() - started;
// Warm passes are what ingestion pays on a long-running bot; the best of three is the least
// disturbed by other processes on a shared machine.
let warmMs = Infinity;
for (let pass = 0; pass < 3; pass++) {
  const warmStart = performance.now();
  for (const a of articles) extractQuotes(a);
  warmMs = Math.min(warmMs, performance.now() - warmStart);
}
const baseStart = performance.now();
for (const a of articles) baseline(a);
const baseMs = performance.now() - baseStart;
perArticle.forEach((quotes, i) => {
  for (const q of quotes) ours.push({ doc: files[i] ?? '', quote: q.text, speaker: q.speaker });
});
const base: Prediction[] = articles.flatMap((a, i) =>
  baseline(a).map((q) => ({ doc: files[i] ?? '', ...q })),
);

const pct = (x: number | undefined): string => ((x ?? 0) * 100).toFixed(1).padStart(5);
console.log(`split=${split}  articles=${articles.length}  (${dataDir})`);
console.log('system     ext P    R     F1  | attr  exact | e2e P    R     F1');
for (const [label, preds] of [
  ['baseline', base],
  ['footnote', ours],
] as const) {
  const s = score(preds, label);
  console.log(
    `${label.padEnd(9)} ${pct(s.P)} ${pct(s.R)} ${pct(s.F1)} | ${pct(s.attr)} ${pct(s.exact)} | ${pct(s.e2eP)} ${pct(s.e2eR)} ${pct(s.e2eF1)}`,
  );
}

const perArticle_ = (x: number): string => (x / articles.length).toFixed(3);
console.log(
  `extraction: ${perArticle_(ms)} ms/article cold, ${perArticle_(warmMs)} ms/article warm ` +
    `(baseline regex ${perArticle_(baseMs)}; ${articles.length} articles, ${ours.length} quotes)`,
);
