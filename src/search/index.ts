import { guildOf } from '../corpus/ids.js';
import { setImmediate } from 'node:timers/promises';
import type { Article } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';
import { ownCopy } from '../text/own-copy.js';
import { tokenSpans } from '../text/tokenize.js';
import { packIds } from './arena.js';
import { toPassages, type Passage } from './passages.js';
import { StoredPassage } from './stored-text.js';
import { Vocabulary } from './vocabulary.js';

/** What a citation needs of an article, kept beside the index. */
export interface ArticleInfo {
  id: string;
  file: string;
  title: string;
  source: string;
  url?: string;
  /** Who wrote it and when (YYYY-MM-DD when known as such), for listings and the reader. */
  author?: string;
  date?: string;
  paragraphs: number;
  /** Vocabulary ids of the title's terms, for the title-match feature of ranking. */
  titleTerms: number[];
}

/** A passage with its terms as ids, in order, and where each sentence ends (token index). */
export interface IndexedPassage {
  passage: Passage;
  terms: Uint32Array;
  /** `terms.length`, known without cutting the terms out of a stored entry's chunk. */
  termCount: number;
  sentenceEnds: Uint32Array;
}

// Most passages a removal takes out whose texts are kept in memory (see remove).
const DETACH_MAX = 10_000;

// The index each copy was made from, until the copy's postings are derived (see postings.ts): a
// copy that only added passages extends its source's postings instead of building its own.
const sources = new WeakMap<PassageIndex, PassageIndex>();

/** The index `copy` was cloned from, once: the link is dropped as it is read. */
export function takeSource(copy: PassageIndex): PassageIndex | undefined {
  const source = sources.get(copy);
  sources.delete(copy);
  return source;
}

/**
 * The in-memory passage index: each passage's term ids in order (what ranking and excerpts read),
 * the vocabulary with document frequencies, and the articles cited. The term→passage lists that
 * candidate search walks are derived from it (see postings.ts).
 */
export class PassageIndex {
  constructor(
    readonly vocabulary: Vocabulary,
    readonly passages: Map<string, IndexedPassage>,
    readonly articles: Map<string, ArticleInfo>,
  ) {}

  static empty(): PassageIndex {
    return new PassageIndex(new Vocabulary(), new Map(), new Map());
  }

  /** Index `articles` from scratch. */
  static build(articles: Iterable<Article>): PassageIndex {
    const index = PassageIndex.empty();
    index.add(articles);
    return index;
  }

  /** A copy to change while this one keeps serving (build, then swap). */
  clone(): PassageIndex {
    const copy = new PassageIndex(
      this.vocabulary.clone(),
      new Map(this.passages),
      new Map(this.articles),
    );
    sources.set(copy, this);
    return copy;
  }

  /** Add articles (their ids must not be indexed yet). */
  add(articles: Iterable<Article>): void {
    for (const article of articles) this.addAnalysed(analyseArticle(article));
  }

  /**
   * Add an article analysed elsewhere (a worker thread does the tokenizing): only the term ids
   * are given here, since the vocabulary is this index's own.
   */
  addAnalysed(analysed: AnalysedArticle): void {
    this.addInfo(analysed);
    this.addPassages(analysed.passages);
  }

  /**
   * addAnalysed, `slice` passages at a time, letting the event loop through between slices: for
   * an index built beside the one serving, whose questions should not wait (the 4,256 passages
   * of npm run bench:load's page held the bot's main thread ~0.1 s in one piece).
   */
  async addAnalysedInSlices(analysed: AnalysedArticle, slice = 500): Promise<void> {
    this.addInfo(analysed);
    for (let from = 0; from < analysed.passages.length; from += slice) {
      if (from > 0) await setImmediate();
      this.addPassages(analysed.passages.slice(from, from + slice));
    }
  }

  private addInfo(analysed: AnalysedArticle): void {
    const info: ArticleInfo = {
      ...analysed.info,
      titleTerms: analysed.titleTerms.map((t) => this.vocabulary.idOf(t)),
    };
    this.articles.set(info.id, info);
  }

  private addPassages(passages: readonly AnalysedPassage[]): void {
    for (const passage of passages) {
      const entry = withIds(passage, this.vocabulary);
      this.passages.set(passage.passage.id, entry);
      this.vocabulary.count(entry.terms, 1, isAddition(passage.passage.articleId));
    }
  }

  /** Remove every passage of the articles with these ids. */
  remove(articleIds: Iterable<string>): void {
    const gone = new Set(articleIds);
    const stored: StoredPassage[] = [];
    for (const [id, entry] of this.passages) {
      if (!gone.has(entry.passage.articleId)) continue;
      this.vocabulary.count(entry.terms, -1, isAddition(entry.passage.articleId));
      this.passages.delete(id);
      if (entry.passage instanceof StoredPassage) stored.push(entry.passage);
    }
    for (const id of gone) this.articles.delete(id);
    // Passages taken out of an index read from a snapshot keep their few texts in memory, so that
    // the snapshot file is closed once the next one is written (see stored-text.ts). A removal of
    // most of the corpus (a reindex) leaves them to the collector instead of reading it all.
    if (stored.length <= DETACH_MAX) for (const passage of stored) passage.detach();
  }
}

/** Whether an article is one of a server's additions, whose counts are kept apart too. */
const isAddition = (articleId: string): boolean => guildOf(articleId) !== undefined;

/** An article's index entries before term ids are given: what a worker thread hands back. */
export interface AnalysedArticle {
  info: Omit<ArticleInfo, 'titleTerms'>;
  titleTerms: string[];
  passages: AnalysedPassage[];
}

/** A passage's terms in order, and the token index at which each sentence ends. */
export interface AnalysedPassage {
  passage: Passage;
  terms: string[];
  sentenceEnds: number[];
}

/** Split an article into passages and tokenize them (the costly half of indexing). */
export function analyseArticle(article: Article): AnalysedArticle {
  const info: AnalysedArticle['info'] = {
    id: article.id,
    file: article.file,
    title: ownCopy(article.title),
    source: ownCopy(article.source),
    paragraphs: article.paragraphs.length,
  };
  if (article.url) info.url = article.url;
  if (article.author) info.author = ownCopy(article.author);
  if (article.date) info.date = ownCopy(article.date);
  const titleTerms: string[] = [];
  for (const span of tokenSpans(article.title)) if (span.term !== null) titleTerms.push(span.term);
  return { info, titleTerms, passages: toPassages(article).map(analysePassage) };
}

function analysePassage(passage: Passage): AnalysedPassage {
  const terms: string[] = [];
  const sentenceEnds: number[] = [];
  for (const sentence of splitSentences(passage.text)) {
    for (const span of tokenSpans(sentence.text)) if (span.term !== null) terms.push(span.term);
    if (terms.length > (sentenceEnds[sentenceEnds.length - 1] ?? 0))
      sentenceEnds.push(terms.length);
  }
  return { passage, terms, sentenceEnds };
}

function withIds(analysed: AnalysedPassage, vocabulary: Vocabulary): IndexedPassage {
  const ids = analysed.terms.map((t) => vocabulary.idOf(t));
  return {
    passage: analysed.passage,
    terms: packIds(ids),
    termCount: ids.length,
    sentenceEnds: packIds(analysed.sentenceEnds),
  };
}

/** Term ids in order, and the token index at which each sentence ends. */
export function indexPassage(passage: Passage, vocabulary: Vocabulary): IndexedPassage {
  return withIds(analysePassage(passage), vocabulary);
}
