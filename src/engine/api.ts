import type { Answer, QuoteAnswer, SpeakerSummary } from '../answers/types.js';
import type { QuotaUsage } from '../additions/quotas.js';
import type { SkippedFile } from '../corpus/types.js';
import type { ExtractedQuote } from '../quotes/index.js';
import type { ArticleInfo } from '../search/index.js';
import type { DrainReport } from './drain.js';

/**
 * What every door (console, CLI, Discord) may ask of the engine. The engine knows nothing about
 * the doors; the doors know nothing about ranking.
 *
 * `guild` is the Discord server asking: it sees the shared corpus plus its own additions. Without
 * one (DMs, the console) only the shared corpus is visible.
 */
export interface FootnoteEngine {
  /** The shared corpus folder, for welcome lines. */
  readonly corpusDir: string;
  /** The passages that answer `question`, best first; empty results when nothing scores above the floor. */
  ask(question: string, options?: { k?: number; guild?: string }): Answer;
  /** Direct quotations by the speaker that `speaker` names (forgiving lookup), ranked by `about` when given. */
  quote(speaker: string, options?: { about?: string; k?: number; guild?: string }): QuoteAnswer;
  /** Speaker names for autocomplete: prefix and fuzzy, most-quoted first, at most `limit` (default 25). */
  completeSpeaker(prefix: string, options?: { limit?: number; guild?: string }): string[];
  speakers(guild?: string): SpeakerSummary[];
  /** The shared corpus plus `guild`'s additions (marked with `guild` and who added them). */
  sources(guild?: string): SourceEntry[];
  /** An article's paragraphs for the web reader, when `guild` (or, without one, anyone) may see it. */
  article(id: string, guild?: string): ArticleText | undefined;
  /**
   * Which text of an article the corpus holds for `guild` (or anyone), or undefined once it is
   * removed: an earlier answer's text is shown again only while it is the one cited.
   */
  version(id: string, guild?: string): string | undefined;
  /** Download or read an article, save it in the server's folder and index it (moderators). */
  addArticle(request: AddRequest): Promise<AddReport>;
  /** Take one of the server's additions out of its folder and the index (moderators). */
  removeArticle(request: RemoveRequest): Promise<RemoveReport>;
  /** The server's own additions, newest first (for /remove's autocomplete). */
  additions(guild: string): SourceEntry[];
  /** What the server's additions hold against its quota. */
  quota(guild: string): QuotaUsage;
  /** Incremental rebuild from disk; concurrent calls share one run; a failure leaves the old index serving. */
  reindex(): Promise<ReindexReport>;
  /** Bring one server's additions from the record into the index (another machine changed them). */
  syncGuild(guild: string): Promise<void>;
  /** Load the newest snapshot another process (e.g. another shard) wrote; true when it changed. */
  refresh(): Promise<boolean>;
  /** Resolves once the snapshot of the state serving now is on disk (before a process exits). */
  settle(): Promise<void>;
  /**
   * At a shutdown: refuse new adds, removes and reindexes, give those in flight `ms` to finish,
   * then interrupt them (they roll back). Optional: a door's test double may go without.
   */
  drain?(ms: number): Promise<DrainReport>;
  /** Numbers for start-up logs. */
  stats(): EngineStats;
  /** Every extracted quotation with its article, in corpus order (the evaluation format's source). */
  allQuotes(guild?: string): { article: ArticleInfo; quote: ExtractedQuote }[];
  /** Files the last index run could not read, with why. */
  skipped(): SkippedFile[];
}

/** One article as the web reader shows it. */
export interface ArticleText {
  entry: SourceEntry;
  /** Paragraph n is `paragraphs[n - 1]`, numbered as citations number them. */
  paragraphs: string[];
}

/** Sizes of what the engine serves, and how long the first load took. */
export interface EngineStats {
  articles: number;
  passages: number;
  quotes: number;
  speakers: number;
  loadMs: number;
}

/** One article in /sources. */
export interface SourceEntry {
  id: string;
  title: string;
  source: string;
  url?: string;
  /** Who wrote it, as the file states. */
  author?: string;
  /** When it was published: YYYY-MM-DD, or as the file writes it when that does not read as one. */
  date?: string;
  file: string;
  paragraphs: number;
  passages: number;
  quotes: number;
  /** The server whose addition this is; absent for the shared corpus. */
  guild?: string;
  /** For a server's addition: its name in the server's folder (what /remove accepts). */
  name?: string;
  /** Who added it and when (ISO time), from the audit log. */
  addedBy?: Actor & { at: string };
}

/** Articles a reindex changed, and what the index holds after it. */
export interface ReindexCounts {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  articles: number;
  passages: number;
}

/** What a reindex did, for the moderator who asked: every server's additions counted in. */
export interface ReindexReport extends ReindexCounts {
  /**
   * The shared corpus alone: what the console and the reader search. The totals also count every
   * server's additions, which only their own server can search.
   */
  shared: ReindexCounts;
  /** Each server's additions alone, by server id: what only that server searches beside `shared`. */
  guilds: Record<string, ReindexCounts>;
  /** Files that held no readable article; `guild` marks a server's own (shown only to it). */
  skipped: (SkippedFile & { guild?: string })[];
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
