import { InputError } from '../errors.js';
import { lexiconType } from '../quotes/lexicon-types.js';
import { wordVectors } from '../search/meaning/vectors.js';
import { capitalised } from '../text/capitalised.js';
import { isDemonym, isTitle, stripTitles } from '../text/names.js';
import { termOf, terms } from '../text/tokenize.js';
import { speakerAsked, speakerDescribed } from '../search/said-by.js';
import { quotedDescription } from './described-speaker.js';
import { RELATED_MIN } from '../quotes/topic.js';
import type { PassageIndex } from '../search/index.js';
import { headRelatedness, type RankOptions } from '../search/ranking.js';
import { answerQuestion } from './ask.js';
import type { QuotesOf } from './pronoun-speakers.js';
import type { AnswerResult } from './types.js';

/** How many passages of reported speech /quote shows in place of quotations. */
const REPORTED_SHOWN = 3;

/**
 * "/quote Wishnik": someone the corpus never quotes in marks may still be reported speaking
 * ("Elizabeth Wishnik, a senior research scientist…, said sales began to slow…"). The passages
 * where the articles show them speaking, as `/ask What did Wishnik say [about …]?` finds them
 * (said-by.ts); none when the name is no one's the articles show speaking. A description
 * ("Taiwan's president") is asked as one.
 */
export function reportedSpeech(
  index: PassageIndex,
  name: string,
  about: string | undefined,
  options: Pick<RankOptions, 'filter'> & { quotes?: QuotesOf } = {},
): AnswerResult[] {
  // "/quote Taiwan's president": whom the articles describe so (said-by's reading of a
  // description, which keeps only passages where someone fitting it speaks).
  const topic = about ? ` about ${about}` : '';
  const described = `What did ${name} say${topic}?`;
  const related = headRelatedness({ common: false });
  const onTopic = (results: AnswerResult[]): AnswerResult[] =>
    about ? results.filter((r) => speaksOf(r, about, related)) : results;
  if (quotedDescription(name) && speakerDescribed(described))
    return onTopic(reportedFor(index, described, options));
  // "President Xi", "Mr. Xi": the name without its titles.
  const person = stripTitles(name.trim().split(/\s+/)).join(' ');
  if (!mayBeSomeone(person)) return [];
  // A name typed in lowercase ("wishnik") is asked with capitals, so that only passages where
  // they speak answer.
  const named = person.replace(/(?<![\p{L}'’])\p{Ll}/gu, (letter) => letter.toUpperCase());
  const question = `What did ${named} say${topic}?`;
  return speakerAsked(question) ? onTopic(reportedFor(index, question, options)) : [];
}

/**
 * Whether a passage kept for "what did X say about Y" holds Y's words or related ones: said-by
 * keeps every passage where X speaks, and "about sanctions" must not list the one about vodka.
 */
function speaksOf(
  result: AnswerResult,
  about: string,
  related: (a: string, b: string) => number,
): boolean {
  const asked = new Set(terms(about));
  // Nearer than the search's own related words, which let "war" stand for "decades". Both are
  // index terms already: stemmed again, "impos" would be "impo".
  const near = ([t, term]: [string, string]): boolean =>
    asked.has(t) && related(t, term) >= RELATED_MIN;
  return (result.matched ?? []).some((t) => asked.has(t)) || (result.related ?? []).some(near);
}

/** The passages said-by keeps for a "what did X say" question. */
function reportedFor(
  index: PassageIndex,
  question: string,
  options: Pick<RankOptions, 'filter'> & { quotes?: QuotesOf },
): AnswerResult[] {
  try {
    return answerQuestion(index, question, { ...options, k: REPORTED_SHOWN }).results;
  } catch (err) {
    // A name of only common words has nothing to search for: no one is reported.
    if (err instanceof InputError) return [];
    throw err;
  }
}

/** A name of up to five words of letters: not a question pasted in ("Wishnik say about…? What did Xi"). */
const NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,4}$/u;

/** English's commonest words are no one's name ("statement", "report"), typed with capitals or not. */
const COMMON_RANK = 1_000;

/**
 * Whether `name` may be someone's: a name, not a description ("the ministry"), a place ("Russia",
 * "Beijing"), a people or a title ("Chinese President"), or a common word ("statement"), which a
 * reporting verb may follow too ("The statement pledged…"); compromise's people pass whatever
 * else they are.
 */
function mayBeSomeone(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (!NAME.test(words.join(' ')) || /^(?:the|a|an)$/i.test(words[0]!)) return false;
  const written = words.map(capitalised);
  if (written.some((w) => lexiconType(w) === 'person')) return true;
  if (written.some((w) => lexiconType(w) === 'place' || isDemonym(w) || isTitle(w))) return false;
  const vectors = wordVectors();
  const row =
    words.length === 1 && vectors ? vectors.row(termOf(words[0]!.toLowerCase()) ?? '') : -1;
  return row < 0 || vectors!.rank(row) >= COMMON_RANK;
}
