import type {
  AddReport,
  AddRequest,
  Answer,
  QuoteAnswer,
  ReindexReport,
  RemoveReport,
  RemoveRequest,
  SourceEntry,
  SpeakerSummary,
} from './answers/types.js';

/**
 * What every door (console, CLI, Discord) may ask of the engine. The engine knows nothing about
 * the doors; the doors know nothing about ranking.
 *
 * `guild` is the Discord server asking: it sees the shared corpus plus its own additions. Without
 * one (DMs, the console) only the shared corpus is visible.
 */
export interface FootnoteEngine {
  /** The passages that answer `question`, best first; empty results when nothing scores above the floor. */
  ask(question: string, options?: { k?: number; guild?: string }): Answer;
  /** Direct quotations by the speaker that `speaker` names (forgiving lookup), ranked by `about` when given. */
  quote(speaker: string, options?: { about?: string; k?: number; guild?: string }): QuoteAnswer;
  /** Speaker names for autocomplete: prefix and fuzzy, most-quoted first, at most `limit` (default 25). */
  completeSpeaker(prefix: string, limit?: number, guild?: string): string[];
  speakers(guild?: string): SpeakerSummary[];
  /** The shared corpus plus `guild`'s additions (marked with `guild` and who added them). */
  sources(guild?: string): SourceEntry[];
  /** Download or read an article, save it in the server's folder and index it (moderators). */
  addArticle(request: AddRequest): Promise<AddReport>;
  /** Take one of the server's additions out of its folder and the index (moderators). */
  removeArticle(request: RemoveRequest): Promise<RemoveReport>;
  /** The server's own additions, newest first (for /remove's autocomplete). */
  additions(guild: string): SourceEntry[];
  /** Incremental rebuild from disk; concurrent calls share one run; a failure leaves the old index serving. */
  reindex(): Promise<ReindexReport>;
  /** Load the newest snapshot another process (e.g. another shard) wrote; true when it changed. */
  refresh(): Promise<boolean>;
  /** Numbers for start-up logs. */
  stats(): { articles: number; passages: number; quotes: number; speakers: number; loadMs: number };
}
