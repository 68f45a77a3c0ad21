// Made-up question pairs for /stats' grouping (eval/question-pairs.jsonl): paraphrases (`same`)
// and near misses, each in the `tune` half (even lines of its kind) or the `held` one.
import { readFileSync } from 'node:fs';

export interface QuestionPair {
  a: string;
  b: string;
  same: boolean;
  half: 'tune' | 'held';
}

/** Every pair of the set, in file order. */
export function questionPairs(file = 'eval/question-pairs.jsonl'): QuestionPair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as QuestionPair);
}
