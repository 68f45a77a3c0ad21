// MiniSearch at its default settings, over the same passages: the baseline every figure is compared with.
import MiniSearch from 'minisearch';
import { foldText } from '../src/text/normalize.js';
import { splitSentences } from '../src/text/sentences.js';
import { termOf } from '../src/text/tokenize.js';

export interface BaselineDoc {
  id: string;
  text: string;
}

/** Default MiniSearch over the passages (no stemming, no stop words, no boosts). */
export function buildBaseline(docs: BaselineDoc[]): MiniSearch<BaselineDoc> {
  const mini = new MiniSearch<BaselineDoc>({ fields: ['text'] });
  mini.addAll(docs);
  return mini;
}

/** The baseline's excerpt: the sentence of the passage sharing most words with the question. */
export function baselineExcerpt(passage: string, question: string): string {
  const words = new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let best = '';
  let bestScore = -1;
  for (const s of splitSentences(passage)) {
    const score = (s.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) =>
      words.has(w),
    ).length;
    if (score > bestScore) {
      bestScore = score;
      best = s.text;
    }
  }
  return best;
}

/** MiniSearch tuned as the README's second baseline: our folding, stop words and Porter stems. */
export function buildTunedBaseline(docs: BaselineDoc[]): MiniSearch<BaselineDoc> {
  const mini = new MiniSearch<BaselineDoc>({
    fields: ['text'],
    processTerm: (term) => termOf(foldText(term)),
  });
  mini.addAll(docs);
  return mini;
}
