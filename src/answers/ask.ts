import { InputError } from '../errors.js';
import { cleanInput } from './input.js';
import { CUSTOM_EMOJI, MASS_MENTION, MENTION } from '../text/mentions.js';
import { questionSources, relatedWeights, translatedTerms } from '../search/meaning/rescore.js';
import type { TranslatedTerms } from '../search/excerpt.js';
import type { PassageIndex } from '../search/index.js';
import { parseQuery } from '../search/query.js';
import { rank, type RankOptions } from '../search/ranking.js';
import { lazyResult } from './result.js';
import type { Answer, AnswerResult } from './types.js';

/** Longest question accepted, in characters (Discord's own option limit is 300). */
export const MAX_QUESTION_CHARS = 1000;

/**
 * How a message to the bot opens and closes around its question: a greeting, the bot addressed,
 * "please", "thanks" ("Hey bot, what did Xi drink?", "What did Xi drink, please?"). None of it is
 * asked about: searched for, "please" or "thanks" weighed as a word the corpus lacks and silenced
 * a question it answers. "Bot" and "Footnote" are an address only after a greeting or before a
 * comma ("Bot attacks on…" asks about bots); "thanks" closes only after punctuation ("Who said
 * thanks?" asks about it).
 */
const GREETING =
  /^(?:\s*(?:hey|hi|hello|hiya|ok|okay)(?:[\s,!.:;]+|$))+(?:(?:bot|footnote)(?:[\s,!.:;]+|$))?/i;
const ADDRESS = /^\s*(?:bot|footnote)\s*[,:!]\s*/i;
const PLEASE =
  /^\s*please\b[\s,!.:;]*|\b(?<=(?:can|could|would|will) you )please\b|[\s,]+please[\s.!?]*$/gi;
const THANKS =
  /(?<=[,.?!])\s*(?:thanks?(?: you)?(?: so much| very much| a lot)?|thx|ty|cheers)[\s.!]*$/i;

/**
 * The words of `question` to search for, without a message's courtesies and Discord's addressing:
 * "@everyone", "@here", a member's, role's or channel's mention and a custom emoji. Searched for,
 * "everyone" and an id's digits weighed as terms the corpus lacks and silenced questions it
 * answers. The question is still shown as asked.
 */
export function searchedWords(question: string): string {
  return question
    .replace(MENTION, ' ')
    .replace(MASS_MENTION, ' ')
    .replace(CUSTOM_EMOJI, ' ')
    .replace(GREETING, '')
    .replace(ADDRESS, '')
    .replace(THANKS, '')
    .replace(PLEASE, ' ');
}

/** Clean a user's question, or throw an InputError saying what is wrong with it. */
export function checkQuestion(raw: string): string {
  return cleanInput(raw, {
    empty: 'Ask a question: the question is empty.',
    noun: 'question',
    max: MAX_QUESTION_CHARS,
  });
}

/**
 * Answer `question` from the index: the `k` best passages (default 3) with excerpts and citations,
 * searching only the articles `filter` accepts.
 */
export function answerQuestion(
  index: PassageIndex,
  rawQuestion: string,
  options: RankOptions = {},
): Answer {
  const question = checkQuestion(rawQuestion);
  const query = parseQuery(searchedWords(question), index, options.filter);
  if (query.terms.length === 0) {
    throw new InputError(
      'That question has no words to search for (only common words or punctuation). Try naming what you want to know about.',
    );
  }
  const byTerm = new Map(query.terms.map((t) => [t.term, t.idf]));
  const byId = new Map(query.terms.filter((t) => t.id >= 0).map((t) => [t.id, t.idf]));
  // What every result chooses its excerpt with, taken apart from the index, which a result kept
  // for paging never holds.
  const found = rank(index, query, options);
  const context = {
    byTerm,
    byId,
    expects: query.expects,
    kinds: index.vocabulary.kinds(),
    translated: translatedFor(found.length > 0, query.terms, index),
    termIds: new Map(query.terms.filter((t) => t.id >= 0).map((t) => [t.term, t.id])),
  };
  const results: AnswerResult[] = [];
  for (const { entry, score, reasons } of found) {
    const article = index.articles.get(entry.passage.articleId);
    if (!article) continue;
    const ranked = {
      entry,
      article,
      score: Math.round(score * 1000) / 1000,
      ...(reasons ? { matched: reasons.matched, related: reasons.related } : {}),
    };
    const related = relatedWeights(byTerm, reasons, index.vocabulary);
    results.push(lazyResult(ranked, related, context));
  }
  return { question, results };
}

/** Looked up once a question has an answer (a silence needs no excerpt), for all its excerpts. */
function translatedFor(
  answered: boolean,
  terms: Parameters<typeof questionSources>[0],
  index: PassageIndex,
): TranslatedTerms | null {
  const sources = answered ? questionSources(terms, index.vocabulary) : null;
  return sources ? translatedTerms(sources) : null;
}
