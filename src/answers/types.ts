/** Where an excerpt came from, precisely enough for a reader to check it. */
export interface Citation {
  title: string;
  /** The URL when known, else the file path relative to the corpus. */
  source: string;
  url?: string;
  /** 1-based paragraph number within the article. */
  paragraph: number;
}

/** One retrieved passage as shown to a user. */
export interface AnswerResult {
  /** What a user is shown: the best sentence(s), query terms in **bold**, ≤ 320 chars of text. */
  excerpt: string;
  /** The whole passage text. */
  passage: string;
  score: number;
  citation: Citation;
}

/** The transport-neutral answer to /ask; `results` is empty when nothing in the corpus answers. */
export interface Answer {
  question: string;
  results: AnswerResult[];
}

/** One direct quotation as shown to a user. */
export interface QuoteResult {
  /** The quotation text without its marks. */
  quote: string;
  /** Canonical full name, or null when the article names no speaker. */
  speaker: string | null;
  /** The speaker as this article wrote it ("he", "Mr. Song", "Galauskas"). */
  mention: string | null;
  /** The speaker's role as the article gives it ("a security expert at the Atlantic Council"). */
  descriptor?: string;
  kind: 'full' | 'partial';
  citation: Citation;
}

/** The answer to /quote. `speaker` is null when no speaker matched; `suggestions` then lists near names. */
export interface QuoteAnswer {
  query: string;
  about?: string;
  speaker: string | null;
  quotes: QuoteResult[];
  suggestions: string[];
}

/** One speaker in the registry, for listings and autocomplete. */
export interface SpeakerSummary {
  name: string;
  descriptor?: string;
  quotes: number;
  articles: number;
}

/** One article in /sources. */
export interface SourceEntry {
  id: string;
  title: string;
  source: string;
  url?: string;
  file: string;
  paragraphs: number;
  passages: number;
  quotes: number;
}

/** What a reindex did, for the moderator who asked. */
export interface ReindexReport {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  skipped: { file: string; reason: string }[];
  articles: number;
  passages: number;
  ms: number;
}
