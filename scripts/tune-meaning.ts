// Meaning weights (translation LM, related words) and the meaning floor, tuned apart from what is
// reported (issue 11): lexical candidates are scored once, meaning features computed once, then
// every weight pair is scored by arithmetic. Tune: the training questions of the `learn` article
// half that its translation table was not learned from;
// check: report questions of the `report` half. The translation table is the learn half's.
//   npx tsx scripts/tune-meaning.ts [--n 1500]
import { readFileSync } from 'node:fs';
import { useLearnHalfTable } from './eval-sets.js';
import { loadCorpus } from '../src/corpus/index.js';
import { PassageIndex } from '../src/search/index.js';
import { meaningFeatures } from '../src/search/meaning/rescore.js';
import { parseQuery } from '../src/search/query.js';
import { DEFAULT_WEIGHTS, OPEN_FLOORS, lexicalScores, rank } from '../src/search/ranking.js';
import {
  SQUAD_ARTICLES,
  reportHalfQuestions,
  tuneQuestions,
  containsAnswer,
  type SquadQuestion,
} from './squad.js';

interface Row {
  lexical: number;
  translation: number;
  related: number;
  entity: number;
  relevant: boolean;
}

function features(index: PassageIndex, qs: SquadQuestion[]): Row[][] {
  return qs.map((q) => {
    const query = parseQuery(q.question, index);
    const top = lexicalScores(index, query).slice(0, DEFAULT_WEIGHTS.rescore);
    const f = meaningFeatures(index, query, query.meaning!, top);
    return top.map((s, k) => ({
      lexical: s.score,
      translation: f.translation[k]!,
      related: f.related[k]!,
      entity: f.entity[k]!,
      relevant: containsAnswer(s.entry.passage.text, q.answers),
    }));
  });
}

function recall(data: Row[][], t: number, r: number, e: number): [number, number] {
  let at1 = 0;
  let at5 = 0;
  for (const rows of data) {
    const order = rows
      .map((x) => ({
        s: x.lexical + t * x.translation + r * x.related + e * x.entity,
        ok: x.relevant,
      }))
      .sort((a, b) => b.s - a.s);
    const i = order.findIndex((x) => x.ok);
    if (i === 0) at1++;
    if (i >= 0 && i < 5) at5++;
  }
  return [at1 / data.length, at5 / data.length];
}

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--n') + 1]) || 1500;
useLearnHalfTable();
const { articles } = await loadCorpus(SQUAD_ARTICLES);
const index = PassageIndex.build(articles);
// The questions the learn-half table was not learned from (scripts/build-translation.ts).
const held = tuneQuestions(n);
const tune = features(index, held);
const check = features(index, reportHalfQuestions());
console.log(`tune ${tune.length} learn-half training questions, check ${check.length} report-half`);
let best = { t: 0, r: 0, e: 0, score: -1 };
for (const t of [0, 0.1, 0.2, 0.35, 0.5]) {
  for (const r of [0, 0.5, 0.9, 1.6, 2.4]) {
    for (const e of [0, 0.2]) {
      const [a1, a5] = recall(tune, t, r, e);
      const [c1, c5] = recall(check, t, r, e);
      console.log(
        `translation ${t} related ${r} entity ${e}: tune r@1 ${a1.toFixed(3)} r@5 ${a5.toFixed(3)}` +
          ` | check r@1 ${c1.toFixed(3)} r@5 ${c5.toFixed(3)}`,
      );
      if (a1 + a5 > best.score) best = { t, r, e, score: a1 + a5 };
    }
  }
}
console.log(`best on tune: translation ${best.t}, related ${best.r}, entity ${best.e}`);

// How many lexical candidates the meaning step rescores: its cost grows with the number, so the
// smallest that loses no more than a fifth of a point of r@1 + r@5 on the tune questions.
// The chosen weights with every silence floor open: the floors are scored apart.
const chosenOpen = { ...OPEN_FLOORS, translation: best.t, related: best.r, entity: best.e };
function depthRecall(qs: SquadQuestion[], rescore: number): [number, number] {
  let at1 = 0;
  let at5 = 0;
  for (const q of qs) {
    const found = rank(index, parseQuery(q.question, index), {
      k: 5,
      weights: { ...chosenOpen, rescore },
    });
    const i = found.findIndex((r) => containsAnswer(r.entry.passage.text, q.answers));
    if (i === 0) at1++;
    if (i >= 0) at5++;
  }
  return [at1 / (qs.length || 1), at5 / (qs.length || 1)];
}
const reportQuestions = reportHalfQuestions();
const depths = [10, 15, 20, 25, 30].map((rescore) => {
  const [a1, a5] = depthRecall(held, rescore);
  const [c1, c5] = depthRecall(reportQuestions, rescore);
  console.log(
    `rescore ${rescore}: tune r@1 ${a1.toFixed(3)} r@5 ${a5.toFixed(3)} | check r@1 ${c1.toFixed(3)} r@5 ${c5.toFixed(3)}`,
  );
  return { rescore, score: a1 + a5 };
});
const top = Math.max(...depths.map((d) => d.score));
console.log(`rescore depth: ${depths.find((d) => d.score >= top - 0.002)!.rescore}`);

// The silence floors, by arithmetic over each question's best passage with every floor off.
interface Top {
  score: number;
  coverage: number;
  gap: number;
  right: boolean;
}
function tops(idx: PassageIndex, qs: SquadQuestion[], k: number): Top[] {
  return qs.map((q) => {
    const res = rank(idx, parseQuery(q.question, idx), { k, weights: chosenOpen });
    const first = res[0];
    if (!first) return { score: 0, coverage: 0, gap: 1, right: false };
    return {
      score: first.score,
      coverage: Math.max(first.coverage, first.reasons?.coverage ?? 0),
      gap: first.reasons?.gap ?? 0,
      right: res.some((r) => containsAnswer(r.entry.passage.text, q.answers)),
    };
  });
}
const silent = (t: Top, floor: number, gap: number): boolean =>
  t.score < DEFAULT_WEIGHTS.scoreFloor || t.coverage < floor || t.gap > gap;
const seedIndex = PassageIndex.build((await loadCorpus('seeds')).articles);
const seedSet = (name: string, half: string): SquadQuestion[] =>
  readFileSync(`eval/${name}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SquadQuestion & { half: string })
    .filter((q) => q.half === half)
    .map((q) => ({ ...q, answers: q.answers ?? [] }));
const squadTops = tops(index, held, 1);
for (const half of ['tune', 'held']) {
  const para = tops(seedIndex, seedSet('seeds-paraphrases', half), 3);
  const none = tops(seedIndex, seedSet('seeds-unanswerable', half), 3);
  console.log(`\nsilence floors (${half} half of the seed sets; SQuAD: learn-half tune questions)`);
  for (const floor of [0.25, 0.35, 0.5]) {
    for (const gap of [1, 0.5, 0.4, 0.35, 0.3]) {
      const share = (ts: Top[], test: (t: Top) => boolean): string =>
        (ts.filter(test).length / (ts.length || 1)).toFixed(3);
      console.log(
        `floor ${floor} gap ${gap}: SQuAD silent ${share(squadTops, (t) => silent(t, floor, gap))}` +
          ` right@1 lost ${share(squadTops, (t) => t.right && silent(t, floor, gap))}` +
          ` | seeds paraphrases top3 ${share(para, (t) => t.right && !silent(t, floor, gap))}` +
          ` unanswerable silent ${share(none, (t) => silent(t, floor, gap))}`,
      );
    }
  }
}
