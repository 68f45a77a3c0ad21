// How many of a question's content words the sentence holding its answer repeats: the measure that
// defines SQuAD's low-overlap quarter and keeps the seed paraphrases honest (issue 11).
import { splitSentences } from '../src/text/sentences.js';
import { terms } from '../src/text/tokenize.js';

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/**
 * The sentence of `text` holding one of `answers`; among several, the one sharing most with the
 * question (so overlap is never understated); the whole text when the answer straddles sentences.
 */
export function answerSentence(text: string, answers: string[], question: string): string {
  const wanted = answers.map(norm);
  const holding = splitSentences(text)
    .map((s) => s.text)
    .filter((s) => wanted.some((a) => norm(s).includes(a)));
  if (holding.length === 0) return text;
  let best = holding[0]!;
  for (const s of holding)
    if (contentOverlap(question, s) > contentOverlap(question, best)) best = s;
  return best;
}

/** Share of the question's distinct content terms (stemmed, stop words out) found in `sentence`. */
export function contentOverlap(question: string, sentence: string): number {
  const asked = new Set(terms(question));
  if (asked.size === 0) return 1;
  const there = new Set(terms(sentence));
  let shared = 0;
  for (const t of asked) if (there.has(t)) shared++;
  return shared / asked.size;
}
