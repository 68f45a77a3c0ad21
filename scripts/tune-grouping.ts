// The cosine at which /stats counts two questions as one, chosen on the `tune` half of the
// made-up pairs in eval/question-pairs.jsonl and reported on both halves. Merging two different
// questions misleads a moderator more than listing one question twice, so a merge costs three.
//   npx tsx scripts/tune-grouping.ts
import { SAME_WORD_COSINE, sameQuestion } from '../src/answers/same-question.js';
import { questionPairs, type QuestionPair as Pair } from './question-pairs.js';

const pairs = questionPairs();

/** Share of paraphrases grouped and of different questions merged, on one half. */
function score(cosine: number, half: Pair['half']): { grouped: number; merged: number } {
  const of = pairs.filter((p) => p.half === half);
  const share = (list: Pair[]): number =>
    list.filter((p) => sameQuestion(p.a, p.b, { cosine })).length / list.length;
  return { grouped: share(of.filter((p) => p.same)), merged: share(of.filter((p) => !p.same)) };
}

const fmt = (x: number): string => x.toFixed(2);
// The best value on tune is often a plateau of cosines: take its middle, furthest from both edges.
let best = { value: -Infinity, plateau: [] as number[] };
console.log('cosine  tune: grouped merged   held: grouped merged');
for (let c = 0.5; c <= 0.96; c += 0.02) {
  const cosine = Math.round(c * 100) / 100;
  const tune = score(cosine, 'tune');
  const held = score(cosine, 'held');
  const value = tune.grouped - 3 * tune.merged;
  if (value > best.value + 1e-9) best = { value, plateau: [cosine] };
  else if (
    Math.abs(value - best.value) < 1e-9 &&
    best.plateau.at(-1) === Math.round((c - 0.02) * 100) / 100
  )
    best.plateau.push(cosine);
  console.log(
    `${fmt(cosine)}          ${fmt(tune.grouped)}   ${fmt(tune.merged)}           ${fmt(held.grouped)}   ${fmt(held.merged)}`,
  );
}
const middle = best.plateau[Math.floor((best.plateau.length - 1) / 2)]!;
console.log(
  `best on tune: ${fmt(best.plateau[0]!)}–${fmt(best.plateau.at(-1)!)}, middle ${fmt(middle)} (SAME_WORD_COSINE is ${SAME_WORD_COSINE})`,
);
for (const half of ['tune', 'held'] as const) {
  const missed = pairs.filter(
    (p) => p.half === half && p.same !== sameQuestion(p.a, p.b, { cosine: SAME_WORD_COSINE }),
  );
  console.log(`${half}: wrong at ${SAME_WORD_COSINE}:`);
  for (const p of missed) console.log(`  ${p.same ? 'apart ' : 'merged'}  ${p.a} | ${p.b}`);
}
