// npm run eval: answer recall@1/3/5 and excerpt@1 on SQuAD (all 3,000, the report article half, the
// low-overlap quarter) and on the seed sets of issue 11, against MiniSearch in the same run.
//   --limit N       only the first N SQuAD questions
//   --weights JSON  ranking weights to try over DEFAULT_WEIGHTS
import { answerQuestion } from '../src/answers/ask.js';
import { loadCorpus } from '../src/corpus/index.js';
import { EXCERPT_CHARS } from '../src/search/excerpt.js';
import { PassageIndex } from '../src/search/index.js';
import { DEFAULT_WEIGHTS, type RankingWeights } from '../src/search/ranking.js';
import { baselineExcerpt, buildTunedBaseline } from './baseline.js';
import {
  abstention,
  loadSeedSet,
  outcomes,
  LEARN_TABLE,
  lowQuarter,
  useLearnHalfTable,
  mean,
  summarise,
  printTable,
  squadOverlaps,
  type Outcome,
  type SetScores,
  type System,
} from './eval-sets.js';
import { answerSentence, contentOverlap } from './overlap.js';
import {
  SQUAD_ARTICLES,
  articleHalf,
  loadQuestions,
  percentiles,
  row,
  type SquadQuestion,
} from './squad.js';

interface Corpus {
  index: PassageIndex;
  systems: Record<string, System>;
}

/** Footnote with `weights` and both MiniSearch baselines over the passages of `dir`. */
async function systemsFor(dir: string, weights: Record<string, RankingWeights>): Promise<Corpus> {
  const { articles } = await loadCorpus(dir);
  const index = PassageIndex.build(articles);
  const docs = [...index.passages.values()].map((e) => ({
    id: e.passage.id,
    text: e.passage.text,
  }));
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  const mini = (search: ReturnType<typeof buildTunedBaseline>): System => {
    return (q) => {
      const passages = search
        .search(q)
        .slice(0, 5)
        .map((r) => textOf.get(r.id as string) ?? '');
      return { passages, excerpt: passages[0] ? baselineExcerpt(passages[0], q) : '' };
    };
  };
  const systems: Record<string, System> = {};
  for (const [name, w] of Object.entries(weights)) {
    systems[name] = (q) => {
      const answer = answerQuestion(index, q, { k: 5, weights: w });
      return {
        // A passage holds the names its excerpt gives bodies it only describes ("the school").
        passages: answer.results.map((r) =>
          [r.passage, ...(r.refers ?? []).map(([, name]) => name)].join('\n'),
        ),
        excerpt: answer.results[0]?.excerpt ?? '',
      };
    };
  }
  systems['minisearch tuned'] = mini(buildTunedBaseline(docs));
  return { index, systems };
}

/** Every system's outcome on every question, asked once and summed up by subset afterwards. */
function ask(questions: SquadQuestion[], corpus: Corpus): Map<string, Outcome[]> {
  return new Map(
    Object.entries(corpus.systems).map(([n, s]) => [n, outcomes(questions, s, EXCERPT_CHARS)]),
  );
}

function runSet(
  title: string,
  results: Map<string, Outcome[]>,
  keep: (i: number) => boolean,
): SetScores[] {
  const names = [...results.keys()];
  const scores = names.map((n) => summarise(results.get(n)!.filter((_, i) => keep(i))));
  const count = results.get(names[0]!)!.filter((_, i) => keep(i)).length;
  printTable(`${title} (${count} questions)`, names, scores);
  return scores;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limit = Number(args[args.indexOf('--limit') + 1]) || Infinity;
  const weightsArg = args.indexOf('--weights');
  const tried: RankingWeights = {
    ...DEFAULT_WEIGHTS,
    ...(weightsArg >= 0
      ? (JSON.parse(args[weightsArg + 1] ?? '{}') as Partial<RankingWeights>)
      : {}),
  };
  // "lexical": the same engine with the meaning step's weights at 0 (spelling fixes stay on).
  const weights: Record<string, RankingWeights> = {
    footnote: tried,
    lexical: { ...tried, translation: 0, related: 0, entity: 0, keyGap: 1, subjectFloor: 0 },
  };
  useLearnHalfTable();
  console.log(`translation table: ${LEARN_TABLE} (learn article half only)`);
  const questions = loadQuestions(limit);
  const squad = await systemsFor(SQUAD_ARTICLES, weights);
  console.log(`SQuAD: ${squad.index.passages.size} passages, ${questions.length} questions`);

  const results = ask(questions, squad);
  const inReport = questions.map((q) => articleHalf(q.file ?? '') === 'report');
  const all = runSet(
    'SQuAD, all (contaminated: half the articles taught what is learned)',
    results,
    () => true,
  );
  runSet(
    'SQuAD, report article half (nothing learned from these articles)',
    results,
    (i) => inReport[i]!,
  );

  const overlaps = squadOverlaps(questions);
  const { cutoff, inQuarter } = lowQuarter(overlaps);
  console.log(
    `\nLow-overlap quarter: for each question, the share of its content terms (stemmed, stop words ` +
      `out) that the sentence holding its answer repeats; the quarter is the ${Math.round(questions.length / 4)} ` +
      `lowest (ties at the cut-off in file order), cut-off = ${cutoff.toFixed(3)}; ` +
      `mean overlap of all questions ${mean(overlaps).toFixed(3)}`,
  );
  const low = (i: number): boolean => inQuarter[i]!;
  runSet(`SQuAD low-overlap quarter, all (overlap ≤ ${cutoff.toFixed(3)})`, results, low);
  runSet('SQuAD low-overlap quarter, report half', results, (i) => low(i) && inReport[i]!);
  [...results.keys()].forEach((name, i) => {
    const t = percentiles(all[i]!.times);
    console.log(`${name}: p50 ${t.p50.toFixed(2)} ms, p99 ${t.p99.toFixed(2)} ms per question`);
  });

  const seeds = await systemsFor('seeds', weights);
  const paraphrases = loadSeedSet('seeds-paraphrases');
  const unanswerable = loadSeedSet('seeds-unanswerable');
  const seedTexts = [...seeds.index.passages.values()].map((e) => e.passage.text);
  const paraOverlap = paraphrases.map((q) =>
    Math.max(
      0,
      ...seedTexts
        .filter((t) => q.answers.some((a) => t.toLowerCase().includes(a.toLowerCase())))
        .map((t) => contentOverlap(q.question, answerSentence(t, q.answers, q.question))),
    ),
  );
  console.log(
    `\nSeed paraphrases' overlap with their answer sentence: ` +
      paraphrases.map((q, i) => `${q.id} ${paraOverlap[i]!.toFixed(2)}`).join(', '),
  );
  console.log(
    `mean ${mean(paraOverlap).toFixed(3)} (must be ≤ the quarter's cut-off ${cutoff.toFixed(3)}: ${mean(paraOverlap) <= cutoff ? 'yes' : 'NO'})`,
  );
  const names = Object.keys(seeds.systems);
  const everyone = (): boolean => true;
  for (const half of ['tune', 'held'] as const) {
    const para = paraphrases.filter((q) => q.half === half);
    const none = unanswerable.filter((q) => q.half === half);
    const ps = runSet(`Seed paraphrases, ${half} half`, ask(para, seeds), everyone);
    const us = runSet(`Seed unanswerable, ${half} half`, ask(none, seeds), everyone);
    const w = [18, ...names.map((n) => Math.max(10, n.length))];
    const ab = names.map((_, i) => abstention(ps[i]!, para.length, us[i]!, none.length));
    console.log(row(['abstain precision', ...ab.map((a) => a.precision)], w));
    console.log(row(['abstain recall', ...ab.map((a) => a.recall)], w));
  }
  console.log(
    '\ntargets: SQuAD recall@1 ≥ 0.82, @5 ≥ 0.94, excerpt@1 ≥ 0.73; low-overlap quarter +5/+4/+10 ' +
      'points; seeds ≥ 0.90 paraphrases in the top 3, ≥ 0.80 unanswerable silent',
  );
}

await main();
