import { terms as analyse } from '../text/tokenize.js';
import type { PassageIndex } from './index.js';
import { termVisible } from './postings.js';
import { TermKind } from './vocabulary.js';
import { reviseQuery, type QueryMeaning } from './meaning/query.js';
import { mendQuestionWord } from './meaning/spelling.js';
import { speakerAsked, speakerDescribed } from './said-by.js';
import { askedWho, type Description } from './described.js';
import { countsFor, type TermCounts } from './visible-counts.js';

/** A query term with its weight. */
export interface QueryTerm {
  term: string;
  /** Vocabulary id, -1 when no passage has the term. */
  id: number;
  idf: number;
}

/** An analysed question. */
export interface Query {
  terms: QueryTerm[];
  /** Term ids in question order, for phrase (bigram) matching. */
  sequence: number[];
  totalIdf: number;
  /** TermKind bits an answer would carry: a date for "when", a number for "how many" (0: any). */
  expects: number;
  /** For "what did X say": the words naming X, whom an answering passage shows speaking (said-by.ts). */
  speaker?: string[];
  /** For "what did the Russian leader say": whom X describes (said-by.ts). */
  described?: Description;
  /** For "who is Taiwan's president": whom the question describes (described.ts). */
  who?: Description;
  /** Term frequencies as the asker sees the corpus: what each term weighs. */
  counts: TermCounts;
  /** Spelling fixes, noise left out and vector rows (src/search/meaning). */
  meaning?: QueryMeaning;
}

/** Which articles a search may return (a server sees the shared corpus plus its own additions). */
export type ArticleFilter = (articleId: string) => boolean;

// What the wording of a question says about its answer: "when", "in what year", "how many".
const ASKS_DATE =
  /^\W*(?:(?:in|on|by|since|during|until|from|at)\s+)?when\b|\b(?:what|which)\s+(?:years?|decades?|centur(?:y|ies)|dates?|months?|day|period|era)\b|\bhow long ago\b/i;
const ASKS_NUMBER =
  /\bhow\s+(?:many|much|long|far|old|large|big|tall|high|often|fast|heavy|deep|wide)\b|\bwhat\s+(?:percentage|percent|proportion|fraction|number|amount|size|population)\b/i;

// "When forming compound tenses, what…?", "When asked about it, what did she say?": a clause
// that another question word follows asks no date ("When King…" may).
const WHEN_CLAUSE =
  /^\W*[Ww]hen\s+(?:\p{Ll}+ing\s|[^,?]*,\s*(?:what|who|whom|which|whose|how|where|why)\b)/u;

/** The TermKind bits an answer to `question` would carry (0 when the wording does not say). */
export function expectedKind(question: string): number {
  if (ASKS_DATE.test(question) && !WHEN_CLAUSE.test(question)) return TermKind.date;
  if (ASKS_NUMBER.test(question)) return TermKind.number;
  return 0;
}

// How many edits a question term the visible passages lack may be from a passage term: none for
// short words and numbers (a one-letter change makes another word, another year: "covid" is not
// "Ovid"), one from six letters (stemmed), two from nine. A misspelt name still finds its passages.
function fuzzyDistance(term: string): number {
  if (/\d/.test(term)) return 0;
  return term.length >= 9 ? 2 : term.length >= 6 ? 1 : 0;
}

// Each lookup walks the vocabulary's tree (about 0.5 ms, 3 ms at two edits, on SQuAD's 58k
// terms): a question of made-up words must not cost a hundred of them.
const FUZZY_PER_QUESTION = 3;

/**
 * Analyse a question against the index vocabulary. With `filter`, a term only other servers'
 * articles hold counts as unknown here, so it neither matches nor blocks a near spelling.
 */
export function parseQuery(written: string, index: PassageIndex, filter?: ArticleFilter): Query {
  const vocab = index.vocabulary;
  const counts = countsFor(index, filter);
  const usable = (id: number): boolean =>
    vocab.frequency(id) > 0 && (!filter || termVisible(index, id, filter));
  // "wat did Putin say…": read as "what did…", a question word, not a word to search for.
  const question = mendQuestionWord(written, (word) =>
    analyse(word).some((term) => {
      const id = vocab.lookup(term);
      return id >= 0 && usable(id);
    }),
  );
  const seen = new Map<string, QueryTerm>();
  const sequence: number[] = [];
  let lookups = 0;
  for (const asked of analyse(question)) {
    let qt = seen.get(asked);
    if (!qt) {
      let id = vocab.lookup(asked);
      const distance = fuzzyDistance(asked);
      if (!(id >= 0 && usable(id)) && distance > 0 && lookups < FUZZY_PER_QUESTION) {
        lookups++;
        const near = vocab.nearest(asked, distance, usable);
        if (near >= 0) id = near;
      }
      // A term only other servers' additions hold is unknown here: known, it weighed as a term
      // no visible passage has and let the question's lesser words answer ("harbour dues" answered
      // by "…due to…" once another server added an article on harbour dues).
      if (id >= 0 && !usable(id)) id = -1;
      // A misspelt word stands for the passage term it was matched to, in ranking and in bold.
      const term = id < 0 ? asked : vocab.termAt(id);
      qt = seen.get(term) ?? { term, id, idf: counts.idf(id) };
      seen.set(asked, qt);
      seen.set(term, qt);
    }
    sequence.push(qt.id);
  }
  const terms = [...new Set(seen.values())];
  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0);
  const query: Query = { terms, sequence, totalIdf, expects: expectedKind(question), counts };
  // A described speaker is no name to look for ("the Russian leader": not "Russian").
  const described = speakerDescribed(question);
  const speaker = described ? null : speakerAsked(question);
  if (described) query.described = described;
  if (speaker) query.speaker = speaker;
  const who = askedWho(question);
  if (who) query.who = who;
  query.meaning = reviseQuery(question, query, index, filter);
  return query;
}
