import { InputError } from '../errors.js';
import { cleanInput } from './input.js';
import { makeExcerpt } from '../search/excerpt.js';
import { withRelated } from '../search/meaning/rescore.js';
import type { PassageIndex } from '../search/index.js';
import { paragraphAt } from '../search/passages.js';
import { parseQuery } from '../search/query.js';
import { rank, type RankOptions } from '../search/ranking.js';
import type { Answer, AnswerResult, Citation } from './types.js';

/** Longest question accepted, in characters (Discord's own option limit is 300). */
export const MAX_QUESTION_CHARS = 1000;

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
  const query = parseQuery(question, index, options.filter);
  if (query.terms.length === 0) {
    throw new InputError(
      'That question has no words to search for (only common words or punctuation). Try naming what you want to know about.',
    );
  }
  const idf = new Map(query.terms.map((t) => [t.term, t.idf]));
  const idfById = new Map(query.terms.filter((t) => t.id >= 0).map((t) => [t.id, t.idf]));
  const kinds = index.vocabulary.kinds();
  const results: AnswerResult[] = [];
  for (const scored of rank(index, query, options)) {
    const { passage, terms, sentenceEnds } = scored.entry;
    const article = index.articles.get(passage.articleId);
    if (!article) continue;
    // The sentence is chosen by meaning too: a passage term related to a missing question term
    // weighs part of that term's weight ("drank" for "drink").
    const weights = withRelated(idf, idfById, scored.reasons, index.vocabulary);
    // Read once: a stored passage's text comes from the snapshot file each time it is asked for.
    const text = passage.text;
    const excerpt = makeExcerpt(text, weights.byTerm, {
      expects: query.expects,
      indexed: { terms, sentenceEnds, weights: weights.byId, kinds },
    });
    const citation: Citation = {
      title: article.title,
      source: article.source,
      paragraph: paragraphAt(passage, excerpt.offset),
      article: article.id,
    };
    if (article.url) citation.url = article.url;
    results.push({
      excerpt: excerpt.text,
      highlights: excerpt.highlights,
      passage: text,
      passageId: passage.id,
      score: Math.round(scored.score * 1000) / 1000,
      citation,
    });
    if (scored.reasons) {
      results[results.length - 1]!.matched = scored.reasons.matched;
      results[results.length - 1]!.related = scored.reasons.related;
    }
  }
  return { question, results };
}
