// Meaning weights (translation LM, related words) and the meaning floor, tuned apart from what is
// reported (issue 11): lexical candidates are scored once, meaning features computed once, then
// every weight pair is scored by arithmetic. Tune: the training questions of the `learn` article
// half that its translation table was not learned from;
// check: report questions of the `report` half. The translation table is the learn half's.
//   npx tsx scripts/tune-meaning.ts [--n 1500]
import { existsSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/index.js';
import { PassageIndex } from '../src/search/index.js';
import { meaningFeatures, meaningModels } from '../src/search/meaning/rescore.js';
import { TranslationTable } from '../src/search/meaning/translation.js';
import { parseQuery } from '../src/search/query.js';
import { DEFAULT_WEIGHTS, lexicalScores } from '../src/search/ranking.js';
import {
  HOLD_EVERY,
  SQUAD_ARTICLES,
  articleHalf,
  containsAnswer,
  loadQuestions,
  loadTrainQuestions,
  type SquadQuestion,
} from './squad.js';

export const LEARN_TABLE = 'data/translation-learn.bin';

/** Use the table learned from the `learn` article half (built when missing). */
export function useLearnHalfTable(): void {
  if (!existsSync(LEARN_TABLE)) {
    console.error(
      `No ${LEARN_TABLE}: npx tsx scripts/build-translation.ts --half learn --out ${LEARN_TABLE}`,
    );
    process.exit(2);
  }
  const table = TranslationTable.load(LEARN_TABLE);
  meaningModels.translation = () => table;
}

interface Row {
  lexical: number;
  translation: number;
  related: number;
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
      relevant: containsAnswer(s.entry.passage.text, q.answers),
    }));
  });
}

function recall(data: Row[][], t: number, r: number): [number, number] {
  let at1 = 0;
  let at5 = 0;
  for (const rows of data) {
    const order = rows
      .map((x) => ({ s: x.lexical + t * x.translation + r * x.related, ok: x.relevant }))
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
const learning = loadTrainQuestions().filter((q) => articleHalf(q.file ?? '') === 'learn');
// The questions the learn-half table was not learned from (scripts/build-translation.ts).
const held = learning.filter((_, i) => i % HOLD_EVERY === 0);
const tune = features(index, held.slice(0, n));
const check = features(
  index,
  loadQuestions().filter((q) => articleHalf(q.file ?? '') === 'report'),
);
console.log(`tune ${tune.length} learn-half training questions, check ${check.length} report-half`);
let best = { t: 0, r: 0, score: -1 };
for (const t of [0, 0.05, 0.1, 0.2, 0.3]) {
  for (const r of [0, 0.3, 0.6, 0.9, 1.2, 1.6]) {
    const [a1, a5] = recall(tune, t, r);
    const [c1, c5] = recall(check, t, r);
    const line = `translation ${t} related ${r}: tune r@1 ${a1.toFixed(3)} r@5 ${a5.toFixed(3)} | check r@1 ${c1.toFixed(3)} r@5 ${c5.toFixed(3)}`;
    console.log(line);
    if (a1 + a5 > best.score) best = { t, r, score: a1 + a5 };
  }
}
console.log(`best on tune: translation ${best.t}, related ${best.r}`);
