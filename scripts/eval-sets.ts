// The question sets `npm run eval` reports on besides all of SQuAD: its article halves, its
// low-overlap quarter and the seed sets of issue 11, with the scoring they share.
import { existsSync, readFileSync } from 'node:fs';
import { meaningModels } from '../src/search/meaning/rescore.js';
import { TranslationTable } from '../src/search/meaning/translation.js';
import { containsAnswer, paragraphOf, row, type SquadQuestion } from './squad.js';
import { answerSentence, contentOverlap } from './overlap.js';

/** What a system returns for a question: passages best first (none: silence) and the first excerpt. */
export interface Reply {
  passages: string[];
  excerpt: string;
}

export type System = (question: string) => Reply;

export interface SetScores {
  at1: number;
  at3: number;
  at5: number;
  excerpt1: number;
  silent: number;
  times: number[];
}

/** How a system did on one question: rank of the first passage with an answer (-1: none). */
export interface Outcome {
  rank: number;
  excerpt: boolean;
  silent: boolean;
  ms: number;
}

/** Ask every question once; `excerptChars` of the first excerpt are checked for an answer. */
export function outcomes(
  questions: SquadQuestion[],
  system: System,
  excerptChars: number,
): Outcome[] {
  return questions.map((q) => {
    const t0 = performance.now();
    const { passages, excerpt } = system(q.question);
    const ms = performance.now() - t0;
    return {
      rank: passages.findIndex((p) => containsAnswer(p, q.answers)),
      excerpt: containsAnswer(excerpt.slice(0, excerptChars), q.answers),
      silent: passages.length === 0,
      ms,
    };
  });
}

/** Answer recall@1/3/5, excerpt@1 and the share of silences over some outcomes. */
export function summarise(list: Outcome[]): SetScores {
  const n = list.length || 1;
  const share = (test: (o: Outcome) => boolean): number => list.filter(test).length / n;
  return {
    at1: share((o) => o.rank === 0),
    at3: share((o) => o.rank >= 0 && o.rank < 3),
    at5: share((o) => o.rank >= 0 && o.rank < 5),
    excerpt1: share((o) => o.excerpt),
    silent: share((o) => o.silent),
    times: list.map((o) => o.ms),
  };
}

/** Print one table: a row per metric, a column per system. */
export function printTable(title: string, names: string[], scores: SetScores[]): void {
  console.log(`\n${title}`);
  const widths = [18, ...names.map((n) => Math.max(10, n.length))];
  console.log(row(['metric', ...names], widths));
  const metrics: [string, (s: SetScores) => number][] = [
    ['answer recall@1', (s) => s.at1],
    ['answer recall@3', (s) => s.at3],
    ['answer recall@5', (s) => s.at5],
    ['excerpt@1', (s) => s.excerpt1],
    ['silent', (s) => s.silent],
  ];
  for (const [name, get] of metrics) console.log(row([name, ...scores.map(get)], widths));
}

/** Abstention on answerable + unanswerable questions: precision and recall of silence. */
export function abstention(
  answerable: SetScores,
  nAnswerable: number,
  unanswerable: SetScores,
  nUnanswerable: number,
): { precision: number; recall: number } {
  const rightSilences = unanswerable.silent * nUnanswerable;
  const allSilences = rightSilences + answerable.silent * nAnswerable;
  return {
    precision: allSilences ? rightSilences / allSilences : NaN,
    recall: nUnanswerable ? rightSilences / nUnanswerable : 0,
  };
}

/** Each question's content-word overlap with the sentence holding its answer (in its paragraph). */
export function squadOverlaps(questions: SquadQuestion[]): number[] {
  return questions.map((q) =>
    contentOverlap(q.question, answerSentence(paragraphOf(q), q.answers, q.question)),
  );
}

/** The quarter of questions with the lowest overlap (ties at the cut-off taken in order). */
export function lowQuarter(overlaps: number[]): { cutoff: number; inQuarter: boolean[] } {
  const size = Math.round(overlaps.length / 4);
  const order = overlaps.map((_, i) => i).sort((a, b) => overlaps[a]! - overlaps[b]! || a - b);
  const inQuarter = overlaps.map(() => false);
  for (const i of order.slice(0, size)) inQuarter[i] = true;
  return { cutoff: overlaps[order[size - 1] ?? 0] ?? 0, inQuarter };
}

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/** A seed set: questions with a fixed `half`, `tune` or `held`. */
export interface SeedQuestion extends SquadQuestion {
  half: 'tune' | 'held';
}

/** Read eval/NAME.jsonl (unanswerable questions get no answers). */
export function loadSeedSet(name: string): SeedQuestion[] {
  return readFileSync(new URL(`../eval/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) => ({ answers: [], ...(JSON.parse(line) as Partial<SeedQuestion>) }) as SeedQuestion,
    );
}

export const LEARN_TABLE = 'data/translation-learn.bin';

/** Use the translation table learned from the `learn` article half only (exits when missing). */
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
