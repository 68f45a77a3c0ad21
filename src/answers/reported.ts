import { InputError } from '../errors.js';
import { speakerAsked } from '../search/said-by.js';
import type { PassageIndex } from '../search/index.js';
import type { RankOptions } from '../search/ranking.js';
import { answerQuestion } from './ask.js';
import type { QuotesOf } from './pronoun-speakers.js';
import type { AnswerResult } from './types.js';

/** How many passages of reported speech /quote shows in place of quotations. */
const REPORTED_SHOWN = 3;

/**
 * "/quote Wishnik": someone the corpus never quotes in marks may still be reported speaking
 * ("Elizabeth Wishnik, a senior research scientist…, said sales began to slow…"). The passages
 * where the articles show them speaking, as `/ask What did Wishnik say [about …]?` finds them
 * (said-by.ts); none when the name is no one's the articles show speaking.
 */
export function reportedSpeech(
  index: PassageIndex,
  name: string,
  about: string | undefined,
  options: Pick<RankOptions, 'filter'> & { quotes?: QuotesOf } = {},
): AnswerResult[] {
  // Only a name: a description ("the ministry") is not looked for by its words. A name typed in
  // lowercase ("wishnik") is asked with capitals, so that only passages where they speak answer.
  if (/^(?:the|a|an)\s/i.test(name)) return [];
  const named = name.replace(/(?<![\p{L}'’])\p{Ll}/gu, (letter) => letter.toUpperCase());
  const question = `What did ${named} say${about ? ` about ${about}` : ''}?`;
  if (!speakerAsked(question)) return [];
  try {
    return answerQuestion(index, question, { ...options, k: REPORTED_SHOWN }).results;
  } catch (err) {
    // A name of only common words has nothing to search for: no one is reported.
    if (err instanceof InputError) return [];
    throw err;
  }
}
