// The honest-silence trade-off (issue 11): each question's best passage is ranked once with every
// floor open, then each setting of keyGap, subjectFloor and kindFloor is scored by arithmetic. Tune on the
// `tune` half of eval/seeds-*.jsonl and the learn-half training questions the translation table
// was not learned from; a setting earns its place only if the `held` half and SQuAD's report half
// agree. The translation table is the learn half's.
//   npx tsx scripts/tune-silence.ts [--n 1500]
import { loadCorpus } from '../src/corpus/index.js';
import { PassageIndex } from '../src/search/index.js';
import { parseQuery } from '../src/search/query.js';
import {
  DEFAULT_WEIGHTS,
  OPEN_FLOORS,
  isSilent,
  rank,
  type Scored,
} from '../src/search/ranking.js';
import { loadSeedSet, useLearnHalfTable } from './eval-sets.js';
import {
  SQUAD_ARTICLES,
  reportHalfQuestions,
  tuneQuestions,
  containsAnswer,
  row,
  type SquadQuestion,
} from './squad.js';

interface Asked {
  top: Scored | undefined;
  /** Rank of the first of the 5 best passages holding an answer, -1 for none. */
  rightAt: number;
}

function askAll(index: PassageIndex, qs: SquadQuestion[]): Asked[] {
  return qs.map((q) => {
    const found = rank(index, parseQuery(q.question, index), { k: 5, weights: OPEN_FLOORS });
    const rightAt = found.findIndex((s) => containsAnswer(s.entry.passage.text, q.answers));
    return { top: found[0], rightAt };
  });
}

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--n') + 1]) || 1500;
useLearnHalfTable();
const seeds = PassageIndex.build((await loadCorpus('seeds')).articles);
const seedSets = Object.fromEntries(
  (['tune', 'held'] as const).map((half) => [
    half,
    {
      para: askAll(
        seeds,
        loadSeedSet('seeds-paraphrases').filter((q) => q.half === half),
      ),
      none: askAll(
        seeds,
        loadSeedSet('seeds-unanswerable').filter((q) => q.half === half),
      ),
    },
  ]),
);
const squad = PassageIndex.build((await loadCorpus(SQUAD_ARTICLES)).articles);
const learn = tuneQuestions(n);
const report = reportHalfQuestions();
const squadSets = { learn: askAll(squad, learn), report: askAll(squad, report) };
console.log(
  `seeds: paraphrases and unanswerable, tune and held halves; SQuAD: ${learn.length} learn-half ` +
    `training questions (tune), ${report.length} report-half questions (check)`,
);
console.log(
  'abstain P / R: silences on unanswerable questions over all silences (paraphrases and ' +
    'unanswerable) / share of unanswerable questions silent; para@3: paraphrases answered in the top 3',
);

const widths = [8, 8, 6, 18, 18, 18];
console.log(
  row(
    ['keyGap', 'subject', 'kind', 'abstain P/R tune', 'abstain P/R held', 'para@3 tune/held'],
    widths,
  ) +
    '  ' +
    row(['SQuAD learn @1/@5', 'SQuAD report @1/@5'], [20, 20]),
);
const f = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(3));
for (const keyGap of [0.3, 0.35, 0.4, 0.45, 0.5, 1]) {
  for (const subjectFloor of [0, 0.5, 0.6, 0.65, 0.7, 0.8]) {
    for (const kindFloor of [0, 1]) {
      const weights = { ...DEFAULT_WEIGHTS, keyGap, subjectFloor, kindFloor };
      const silent = (a: Asked): boolean => isSilent(a.top, weights);
      const cells = (['tune', 'held'] as const).map((half) => {
        const { para, none } = seedSets[half]!;
        const right = none.filter(silent).length;
        const all = right + para.filter(silent).length;
        const top3 = para.filter((a) => a.rightAt >= 0 && a.rightAt < 3 && !silent(a)).length;
        return { p: right / all, r: right / none.length, top3: top3 / para.length };
      });
      const recall = (list: Asked[]): string => {
        const at = (k: number): number =>
          list.filter((a) => a.rightAt >= 0 && a.rightAt < k && !silent(a)).length / list.length;
        return `${f(at(1))} / ${f(at(5))}`;
      };
      console.log(
        row(
          [
            keyGap,
            subjectFloor,
            kindFloor,
            `${f(cells[0]!.p)} / ${f(cells[0]!.r)}`,
            `${f(cells[1]!.p)} / ${f(cells[1]!.r)}`,
            `${f(cells[0]!.top3)} / ${f(cells[1]!.top3)}`,
          ],
          widths,
        ) +
          '  ' +
          row([recall(squadSets.learn), recall(squadSets.report)], [20, 20]),
      );
    }
  }
}
