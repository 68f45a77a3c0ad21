import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';
import { tokenSpans } from '../text/tokenize.js';
import { toPassages, type Passage } from './passages.js';
import { Vocabulary } from './vocabulary.js';

/** What a citation needs of an article, kept beside the index. */
export interface ArticleInfo {
  id: string;
  file: string;
  title: string;
  source: string;
  url?: string;
  paragraphs: number;
  /** Vocabulary ids of the title's terms, for the title-match feature of ranking. */
  titleTerms: number[];
}

/** A passage with its terms as ids, in order, and where each sentence ends (token index). */
export interface IndexedPassage {
  passage: Passage;
  terms: Uint32Array;
  sentenceEnds: Uint32Array;
}

interface IndexedDoc {
  id: string;
  title: string;
  text: string;
}

export const SEARCH_DEFAULTS: SearchOptions = {
  boost: { title: 0.6 },
  bm25: { k: 1.2, b: 0.75, d: 0.5 },
  combineWith: 'OR',
};

// Documents reach MiniSearch already analysed (terms joined by spaces), so every word is
// tokenized and stemmed once, by our own analyser, at indexing and at query time alike.
export const MINI_OPTIONS: Options<IndexedDoc> = {
  fields: ['title', 'text'],
  tokenize: (text) => (text ? text.split(' ') : []),
  processTerm: (term) => term,
  searchOptions: SEARCH_DEFAULTS,
};

/** The in-memory passage index: MiniSearch for candidates plus what ranking and excerpts need. */
export class PassageIndex {
  constructor(
    readonly mini: MiniSearch<IndexedDoc>,
    readonly vocabulary: Vocabulary,
    readonly passages: Map<string, IndexedPassage>,
    readonly articles: Map<string, ArticleInfo>,
  ) {}

  static empty(): PassageIndex {
    return new PassageIndex(new MiniSearch(MINI_OPTIONS), new Vocabulary(), new Map(), new Map());
  }

  /** Index `articles` from scratch. */
  static build(articles: Iterable<Article>): PassageIndex {
    const index = PassageIndex.empty();
    index.add(articles);
    return index;
  }

  /** A copy to change while this one keeps serving (build, then swap). */
  clone(): PassageIndex {
    const mini = MiniSearch.loadJS(this.mini.toJSON(), MINI_OPTIONS);
    const vocabulary = Vocabulary.fromJSON(this.vocabulary.toJSON());
    return new PassageIndex(mini, vocabulary, new Map(this.passages), new Map(this.articles));
  }

  /** Add articles (their ids must not be indexed yet). */
  add(articles: Iterable<Article>): void {
    const docs: IndexedDoc[] = [];
    for (const article of articles) {
      const titleTerms = analyse(article.title, this.vocabulary);
      const title = titleTerms.join(' ');
      const passages = toPassages(article);
      const info = infoOf(article);
      info.titleTerms = titleTerms.map((t) => this.vocabulary.idOf(t));
      this.articles.set(article.id, info);
      for (const passage of passages) {
        const entry = indexPassage(passage, this.vocabulary);
        this.passages.set(passage.id, entry);
        this.vocabulary.count(entry.terms, 1);
        docs.push({ id: passage.id, title, text: termText(entry.terms, this.vocabulary) });
      }
    }
    this.mini.addAll(docs);
  }

  /** Remove every passage of the articles with these ids. */
  remove(articleIds: Iterable<string>): void {
    const gone = new Set(articleIds);
    for (const [id, entry] of this.passages) {
      if (!gone.has(entry.passage.articleId)) continue;
      this.mini.discard(id);
      this.vocabulary.count(entry.terms, -1);
      this.passages.delete(id);
    }
    for (const id of gone) this.articles.delete(id);
  }
}

function infoOf(article: Article): ArticleInfo {
  const info: ArticleInfo = {
    id: article.id,
    file: article.file,
    title: article.title,
    source: article.source,
    paragraphs: article.paragraphs.length,
    titleTerms: [],
  };
  if (article.url) info.url = article.url;
  return info;
}

function analyse(text: string, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  for (const span of tokenSpans(text)) {
    if (span.term !== null) {
      vocabulary.idOf(span.term);
      out.push(span.term);
    }
  }
  return out;
}

/** Term ids in order, and the token index at which each sentence ends. */
export function indexPassage(passage: Passage, vocabulary: Vocabulary): IndexedPassage {
  const ids: number[] = [];
  const sentenceEnds: number[] = [];
  for (const sentence of splitSentences(passage.text)) {
    for (const span of tokenSpans(sentence.text)) {
      if (span.term !== null) ids.push(vocabulary.idOf(span.term));
    }
    if (ids.length > (sentenceEnds[sentenceEnds.length - 1] ?? 0)) sentenceEnds.push(ids.length);
  }
  return { passage, terms: Uint32Array.from(ids), sentenceEnds: Uint32Array.from(sentenceEnds) };
}

function termText(ids: Uint32Array, vocabulary: Vocabulary): string {
  const words: string[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) words[i] = vocabulary.termAt(ids[i]!);
  return words.join(' ');
}
