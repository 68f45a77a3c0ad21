// Ranking weights on SQuAD, kept apart by article half (issue 11): fit them on training questions
// of the `learn` articles, check them on the report questions of the `report` articles.
//   npx tsx scripts/tune.ts '[{"typed":0.2},{"typed":0.4}]'   score weight variants on both
//   npx tsx scripts/tune.ts --fit '{"candidates":300}' [name...] fit feature weights on the tune
//                                                              set, holding the named ones
// N=... tune questions (default 3,000, every k-th of the learn half's training questions);
// EXC=1 also times whole answers (excerpts included).
import { answerQuestion } from '../src/answers/ask.js';
import { loadCorpus } from '../src/corpus/index.js';
import { PassageIndex } from '../src/search/index.js';
import { FEATURE_NAMES } from '../src/search/features.js';
import { parseQuery } from '../src/search/query.js';
import { DEFAULT_WEIGHTS, candidates, rank, type RankingWeights } from '../src/search/ranking.js';
import {
  SQUAD_ARTICLES,
  articleHalf,
  containsAnswer,
  loadQuestions,
  loadTrainQuestions,
  percentiles,
} from './squad.js';

interface Labelled {
  features: number[][];
  relevant: boolean[];
}

const { articles } = await loadCorpus(SQUAD_ARTICLES);
const index = PassageIndex.build(articles);
const learning = loadTrainQuestions().filter((q) => articleHalf(q.file ?? '') === 'learn');
const step = Math.max(1, Math.floor(learning.length / Number(process.env.N ?? 3000)));
const questions = loadQuestions();
const halves = {
  tune: learning.filter((_, i) => i % step === 0),
  check: questions.filter((q) => articleHalf(q.file ?? '') === 'report'),
};
console.log(
  `tune: ${halves.tune.length} learn-half training questions; check: ${halves.check.length} report-half questions`,
);

/** Recall at 1, 3 and 5 and ranking time over some questions. */
function evaluate(qs: typeof questions, w: RankingWeights): string {
  const at = [0, 0, 0];
  const times: number[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    const res = rank(index, parseQuery(q.question, index), { k: 5, weights: w });
    times.push(performance.now() - t0);
    const i = res.findIndex((r) => containsAnswer(r.entry.passage.text, q.answers));
    [1, 3, 5].forEach((k, j) => (at[j]! += i >= 0 && i < k ? 1 : 0));
  }
  const p = percentiles(times);
  const r = at.map((n) => (n / qs.length).toFixed(3)).join('/');
  return `r@1/3/5 ${r} rank p50 ${p.p50.toFixed(2)} p99 ${p.p99.toFixed(2)}`;
}

// Softmax over each question's candidates, pushing probability onto the passages holding an
// answer (a linear model fitted by Adam); questions without such a candidate teach nothing.
function fit(data: Labelled[], start: number[], fixed: boolean[], steps = 300): number[] {
  const w = [...start];
  const m = w.map(() => 0);
  const v = w.map(() => 0);
  const temperature = 10;
  for (let step = 1; step <= steps; step++) {
    const grad = w.map(() => 0);
    let used = 0;
    for (const { features, relevant } of data) {
      if (!relevant.includes(true)) continue;
      used++;
      const s = features.map((f) => temperature * f.reduce((t, x, i) => t + x * w[i]!, 0));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const all = e.reduce((a, b) => a + b, 0);
      const good = e.reduce((a, x, i) => a + (relevant[i] ? x : 0), 0);
      features.forEach((f, i) => {
        const c = temperature * (e[i]! / all - (relevant[i] ? e[i]! / good : 0));
        f.forEach((x, j) => (grad[j]! += c * x));
      });
    }
    for (let j = 0; j < w.length; j++) {
      if (fixed[j]) continue;
      const g = grad[j]! / used + 1e-3 * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      w[j]! -=
        (0.02 * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return w;
}

function label(w: RankingWeights): Labelled[] {
  return halves.tune.map((q) => {
    const rows = candidates(index, parseQuery(q.question, index), { weights: w });
    return {
      features: rows.map(({ f }) => FEATURE_NAMES.map((n) => f[n])),
      relevant: rows.map(({ entry }) => containsAnswer(entry.passage.text, q.answers)),
    };
  });
}

const args = process.argv.slice(2);
if (args[0] === '--fit') {
  const base: RankingWeights = { ...DEFAULT_WEIGHTS, ...JSON.parse(args[1] ?? '{}') };
  const held = new Set(args.slice(2));
  const fitted = fit(
    label(base),
    FEATURE_NAMES.map((n) => base[n]),
    FEATURE_NAMES.map((n) => held.has(n)),
  );
  const weights = { ...base };
  FEATURE_NAMES.forEach((n, i) => (weights[n] = Math.round(fitted[i]! * 1000) / 1000));
  console.log(JSON.stringify(Object.fromEntries(FEATURE_NAMES.map((n) => [n, weights[n]]))));
  for (const [name, w] of [
    ['before', base],
    ['fitted', weights],
  ] as const) {
    console.log(name, 'tune', evaluate(halves.tune, w), '| check', evaluate(halves.check, w));
  }
} else {
  for (const g of JSON.parse(args[0] ?? '[{}]') as Partial<RankingWeights>[]) {
    const w = { ...DEFAULT_WEIGHTS, ...g };
    console.log(
      JSON.stringify(g),
      'tune',
      evaluate(halves.tune, w),
      '| check',
      evaluate(halves.check, w),
    );
  }
}
if (process.env.EXC) {
  const t: number[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    answerQuestion(index, q.question, { k: 5 });
    t.push(performance.now() - t0);
  }
  console.log('answer k=5', percentiles(t));
}
