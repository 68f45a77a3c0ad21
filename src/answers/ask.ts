import { InputError } from '../errors.js';
import { cleanInput } from './input.js';
import { makeExcerpt, type Excerpt } from '../search/excerpt.js';
import { withRelated } from '../search/meaning/rescore.js';
import type { ArticleInfo, PassageIndex } from '../search/index.js';
import { paragraphAt } from '../search/passages.js';
import { parseQuery } from '../search/query.js';
import { rank, type RankOptions, type Scored } from '../search/ranking.js';
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
  // What the excerpts read, taken apart from the index: a result kept for paging holds no index.
  const { expects } = query;
  const results: AnswerResult[] = [];
  for (const scored of rank(index, query, options)) {
    const article = index.articles.get(scored.entry.passage.articleId);
    if (!article) continue;
    // The sentence is chosen by meaning too: a passage term related to a missing question term
    // weighs part of that term's weight ("drank" for "drink").
    const weights = withRelated(idf, idfById, scored.reasons, index.vocabulary);
    const { terms, sentenceEnds } = scored.entry;
    const choose = (passage: string): Excerpt =>
      makeExcerpt(passage, weights.byTerm, {
        expects,
        indexed: { terms, sentenceEnds, weights: weights.byId, kinds },
      });
    results.push(resultOf(scored, article, choose));
  }
  return { question, results };
}

/**
 * A ranked passage as a result whose excerpt, highlights and citation (which cites the excerpt's
 * paragraph) are worked out when first read: /ask fetches 15 passages to page through, shows 3,
 * and choosing an excerpt is most of an answer's time. Read or not, they are the same fields.
 */
function resultOf(
  scored: Scored,
  article: ArticleInfo,
  choose: (passage: string) => Excerpt,
): AnswerResult {
  const { passage } = scored.entry;
  let chosen: Excerpt | undefined;
  let cited: Citation | undefined;
  const excerpt = (): Excerpt => (chosen ??= choose(passage.text));
  const result: AnswerResult = {
    get excerpt() {
      return excerpt().text;
    },
    get highlights() {
      return excerpt().highlights;
    },
    passage: passage.text,
    passageId: passage.id,
    score: Math.round(scored.score * 1000) / 1000,
    get citation() {
      return (cited ??= citationOf(article, paragraphAt(passage, excerpt().offset)));
    },
  };
  if (scored.reasons) {
    result.matched = scored.reasons.matched;
    result.related = scored.reasons.related;
  }
  return result;
}

function citationOf(article: ArticleInfo, paragraph: number): Citation {
  const citation: Citation = {
    title: article.title,
    source: article.source,
    paragraph,
    article: article.id,
  };
  if (article.url) citation.url = article.url;
  return citation;
}
