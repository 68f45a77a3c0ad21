import type { Article, FileFingerprint, SkippedFile } from '../corpus/types.js';
import { extractQuotes, SpeakerRegistry, type ExtractedQuote } from '../quotes/index.js';
import type { ArticleInfo, PassageIndex } from '../search/index.js';

/** Everything one version of the corpus serves from; replaced whole, never edited in place. */
export interface EngineState {
  index: PassageIndex;
  files: FileFingerprint[];
  /** Article ids each file yielded. */
  fileArticles: Record<string, string[]>;
  /** Extracted quotations by article id. */
  quotes: Record<string, ExtractedQuote[]>;
  /** Files that held no readable article, with why. */
  skipped: SkippedFile[];
  registry: SpeakerRegistry;
}

/** What a snapshot keeps besides the passage index. */
export interface SnapshotExtra {
  quotes: Record<string, ExtractedQuote[]>;
  skipped: SkippedFile[];
}

/** Quotations of newly read articles. */
export function quotesOf(articles: Article[]): Record<string, ExtractedQuote[]> {
  const out: Record<string, ExtractedQuote[]> = {};
  for (const article of articles) out[article.id] = extractQuotes(article);
  return out;
}

/** The speaker registry over the quotations of the articles `include` accepts (default: all). */
export function buildRegistry(
  articles: Map<string, ArticleInfo>,
  quotes: Record<string, ExtractedQuote[]>,
  include: (articleId: string) => boolean = () => true,
): SpeakerRegistry {
  const entries: { article: Article; quotes: ExtractedQuote[] }[] = [];
  for (const [id, list] of Object.entries(quotes)) {
    if (!include(id)) continue;
    const info = articles.get(id);
    if (!info || list.length === 0) continue;
    entries.push({ article: articleOf(info), quotes: list });
  }
  return SpeakerRegistry.build(entries);
}

// The registry cites articles by title, source and URL; the index keeps those, not the text.
function articleOf(info: ArticleInfo): Article {
  const article: Article = {
    id: info.id,
    file: info.file,
    story: 0,
    title: info.title,
    source: info.source,
    paragraphs: [],
  };
  if (info.url) article.url = info.url;
  return article;
}
