import { loadCorpus } from '../src/corpus/index.js';
import { PassageIndex } from '../src/search/index.js';
import { parseQuery, rank, DEFAULT_WEIGHTS } from '../src/search/ranking.js';
import { answerQuestion } from '../src/answers/ask.js';
import { SQUAD_ARTICLES, containsAnswer, loadQuestions, percentiles } from './squad.js';
const { articles } = await loadCorpus(SQUAD_ARTICLES);
const index = PassageIndex.build(articles);
const qs = loadQuestions(Number(process.env.N ?? 1500));
const grid = JSON.parse(process.argv[2] ?? '[{}]');
for (const g of grid) {
  const w = { ...DEFAULT_WEIGHTS, ...g };
  let a1 = 0,
    a5 = 0;
  const tr: number[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    const query = parseQuery(q.question, index);
    const res = rank(index, query, 5, w);
    tr.push(performance.now() - t0);
    const i = res.findIndex((r) => containsAnswer(r.entry.passage.text, q.answers));
    if (i === 0) a1++;
    if (i >= 0) a5++;
  }
  const p = percentiles(tr);
  console.log(
    JSON.stringify(g),
    'r1',
    (a1 / qs.length).toFixed(3),
    'r5',
    (a5 / qs.length).toFixed(3),
    'rank p50',
    p.p50.toFixed(2),
    'p99',
    p.p99.toFixed(2),
  );
}
if (process.env.EXC) {
  const t: number[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    answerQuestion(index, q.question, 5);
    t.push(performance.now() - t0);
  }
  console.log('answer k=5', percentiles(t));
}
