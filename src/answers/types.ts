import type { Highlight } from '../search/excerpt.js';

export type { Highlight };

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
  /** What a user is shown: the best sentence(s) as plain text, ≤ 320 characters, "…" where cut. */
  excerpt: string;
  /** The question's terms in `excerpt` (offsets into it); each door marks them its own way. */
  highlights: Highlight[];
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
  /** The server whose addition this is; absent for the shared corpus. */
  guild?: string;
  /** Who added it and when (ISO time), from the audit log. */
  addedBy?: Actor & { at: string };
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

/** Who asked for a change to the corpus, as the audit log records them. */
export interface Actor {
  id: string;
  name?: string;
}

/** Where an article to add comes from: a web page, a file on disk, or a Discord attachment. */
export type AddSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'attachment'; name: string; url: string; size: number };

/** A moderator's /add (or the operator's `footnote add --guild`). */
export interface AddRequest {
  guild: string;
  by: Actor;
  source: AddSource;
  /** Overrides the title the page gives. */
  title?: string;
  via: 'discord' | 'cli';
}

/** What an /add did. */
export interface AddReport {
  id: string;
  title: string;
  source: string;
  url?: string;
  /** Path of the saved file, relative to the additions folder. */
  file: string;
  paragraphs: number;
  passages: number;
  quotes: number;
  speakers: string[];
  ms: number;
}

/** A moderator's /remove. */
export interface RemoveRequest {
  guild: string;
  by: Actor;
  /** The article id, or its file name in the server's folder (what /remove's autocomplete offers). */
  id: string;
  via: 'discord' | 'cli';
}

/** What a /remove did. */
export interface RemoveReport {
  id: string;
  title: string;
  passages: number;
  quotes: number;
}
