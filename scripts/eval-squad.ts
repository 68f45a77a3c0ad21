// npm run eval: answer recall@1/3/5 and excerpt@1 on SQuAD, against default MiniSearch in the same run.
import { answerQuestion } from '../src/answers/ask.js';
import { loadCorpus } from '../src/corpus/index.js';
import { EXCERPT_CHARS } from '../src/search/excerpt.js';
import { PassageIndex } from '../src/search/index.js';
import { DEFAULT_WEIGHTS, type RankingWeights } from '../src/search/ranking.js';
import { baselineExcerpt, buildBaseline } from './baseline.js';
import {
  SQUAD_ARTICLES,
  containsAnswer,
  loadQuestions,
  percentiles,
  row,
  type SquadQuestion,
} from './squad.js';

interface Scores {
  at1: number;
  at3: number;
  at5: number;
  excerpt1: number;
  excerptMax: number;
  times: number[];
}

function score(
  questions: SquadQuestion[],
  run: (q: string) => { passages: string[]; excerpt: string },
): Scores {
  const s: Scores = { at1: 0, at3: 0, at5: 0, excerpt1: 0, excerptMax: 0, times: [] };
  for (const q of questions) {
    const t0 = performance.now();
    const { passages, excerpt } = run(q.question);
    s.times.push(performance.now() - t0);
    const rankOf = passages.findIndex((p) => containsAnswer(p, q.answers));
    if (rankOf === 0) s.at1++;
    if (rankOf >= 0 && rankOf < 3) s.at3++;
    if (rankOf >= 0 && rankOf < 5) s.at5++;
    if (containsAnswer(excerpt.slice(0, EXCERPT_CHARS), q.answers)) s.excerpt1++;
    s.excerptMax = Math.max(s.excerptMax, excerpt.length);
  }
  const n = questions.length;
  return { ...s, at1: s.at1 / n, at3: s.at3 / n, at5: s.at5 / n, excerpt1: s.excerpt1 / n };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limit = Number(args[args.indexOf('--limit') + 1]) || Infinity;
  const weightsArg = args.indexOf('--weights');
  const weights: RankingWeights = {
    ...DEFAULT_WEIGHTS,
    ...(weightsArg >= 0
      ? (JSON.parse(args[weightsArg + 1] ?? '{}') as Partial<RankingWeights>)
      : {}),
  };
  const questions = loadQuestions(limit);
  const { articles } = await loadCorpus(SQUAD_ARTICLES);
  let t0 = performance.now();
  const index = PassageIndex.build(articles);
  const buildMs = performance.now() - t0;
  const docs = [...index.passages.values()].map((e) => ({
    id: e.passage.id,
    text: e.passage.text,
  }));
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  t0 = performance.now();
  const baseline = buildBaseline(docs);
  const baselineBuildMs = performance.now() - t0;

  console.log(
    `SQuAD: ${articles.length} articles, ${index.passages.size} passages, ${questions.length} questions`,
  );
  const ours = score(questions, (q) => {
    const answer = answerQuestion(index, q, { k: 5, weights });
    return {
      passages: answer.results.map((r) => r.passage),
      excerpt: answer.results[0]?.excerpt ?? '',
    };
  });
  const base = score(questions, (q) => {
    const passages = baseline
      .search(q)
      .slice(0, 5)
      .map((r) => textOf.get(r.id as string) ?? '');
    return { passages, excerpt: passages[0] ? baselineExcerpt(passages[0], q) : '' };
  });
  const w = [22, 10, 16, 8];
  console.log(row(['metric', 'footnote', 'minisearch dflt', 'ratio'], w));
  const line = (name: string, a: number, b: number): void =>
    console.log(row([name, a, b, b ? `${(a / b).toFixed(2)}×` : '-'], w));
  line('answer recall@1', ours.at1, base.at1);
  line('answer recall@3', ours.at3, base.at3);
  line('answer recall@5', ours.at5, base.at5);
  line('excerpt@1', ours.excerpt1, base.excerpt1);
  const po = percentiles(ours.times);
  const pb = percentiles(base.times);
  line('p50 ms/question', po.p50, pb.p50);
  line('p99 ms/question', po.p99, pb.p99);
  line('index build ms', buildMs, baselineBuildMs);
  console.log(`longest excerpt shown: ${ours.excerptMax} characters (limit ${EXCERPT_CHARS})`);
  console.log(
    'targets: recall@1 ≥ 0.77, recall@5 ≥ 0.91, excerpt@1 ≥ 0.63, p50 ≤ 3 ms, p99 ≤ 15 ms',
  );
}

await main();
