import type { AdditionLimits } from '../additions/quotas.js';
import type { Actor } from '../engine/api.js';

export type { AdditionLimits };

/**
 * What servers change, kept by one backend: a folder of files (one machine, today's layout) or
 * Postgres (several machines). The engine keeps its index; this is the record it is built from.
 */
export interface Storage {
  /** Which backend serves: printed at start-up and by the tests. */
  readonly backend: StorageBackend;
  /**
   * Save one server's new article and its audit entry together: both or neither. Throws a
   * DuplicateError when the server already has an addition with this text or one of these URLs,
   * and a QuotaError when it already has `limits.articles`, or when the article's characters of
   * text (`markdownChars` of its Markdown) would take the server past `limits.chars` or all
   * servers past `limits.totalChars`: counted in the record, whoever added them (another process
   * or machine too), while no other add can change the count.
   */
  add(addition: NewAddition, change: ChangeBy, limits?: AdditionLimits): Promise<AddedRecord>;
  /** Take one of a server's additions out, with its audit entry; NotFoundError when it has none by that name. */
  remove(guild: string, name: string, change: ChangeBy): Promise<AuditRecord>;
  /** A server's additions, oldest first. */
  additions(guild: string): Promise<StoredAddition[]>;
  /** Every server's additions for which `wanted(guild)` holds (a machine loads its shards' servers). */
  allAdditions(wanted?: (guild: string) => boolean): Promise<StoredAddition[]>;
  /** The same without the articles' text: who added what, and which files a machine lacks. */
  additionInfos(wanted?: (guild: string) => boolean): Promise<AdditionInfo[]>;
  /**
   * Which of `names` the server once had and has since removed, by its audit log: a machine's
   * copy of those is stale, while a file the record never heard of may be the only copy there is.
   */
  removedNames(guild: string, names: readonly string[]): Promise<string[]>;
  /** Less again: who added each addition and when, without reading the articles. */
  additionOwners(): Promise<AdditionOwner[]>;
  /** Record that the operator changed the shared corpus (every machine reindexes). */
  sharedCorpusChanged(change: ChangeBy): Promise<AuditRecord>;
  /** Audit entries after `sequence` (0: all), in sequence order. */
  auditSince(sequence: number, options?: { limit?: number }): Promise<AuditRecord[]>;
  /** The sequence of the newest audit entry; 0 when there is none. */
  lastSequence(): Promise<number>;
  /** Record or change a member's vote on one answer (one per member and answer). */
  vote(vote: Vote): Promise<void>;
  /** The votes on one answer (or every vote in a server when `answer` is omitted). */
  votes(filter: { answer?: string; guild?: string }): Promise<StoredVote[]>;
  /**
   * Record that questions were asked, in this order, and whether each found an answer: all of them
   * or, when one is malformed, none.
   */
  logQuestions(entries: readonly QuestionEntry[]): Promise<void>;
  /** A server's logged questions (every server's when `guild` is omitted), oldest first. */
  questions(filter?: { guild?: string; since?: Date }): Promise<StoredQuestion[]>;
  /**
   * Finish or undo the changes a stopped process left half-done (the file store's write-ahead
   * markers); one line per repair. Postgres needs none: its record and audit entry commit together,
   * and the start-up mirror brings the local files in line with it.
   */
  recover?(): Promise<string[]>;
  /** The question logged with `id` (the asking's id), so a vote can name what it is about. */
  questionById(id: string): Promise<StoredQuestion | undefined>;
  close(): Promise<void>;
}

export type StorageBackend = 'files' | 'postgres' | 'pglite';

/** Who made a change and through which door, as the audit log records it. */
export interface ChangeBy {
  by: Actor;
  via: 'discord' | 'cli';
}

/** An article a server adds: its Markdown file and what identifies it. */
export interface NewAddition {
  guild: string;
  /** File name within the server's additions (`slug-hash.md`); the article id derives from it. */
  name: string;
  title: string;
  url?: string;
  /** Normalised text hash (prepare.ts's textFingerprint): the same story twice has the same one. */
  fingerprint: string;
  /** Every normalised URL the article is known by (as asked, after redirects, canonical). */
  urls: string[];
  /** The whole Markdown file the corpus reader reads back. */
  markdown: string;
  /**
   * Characters of text the index takes from it, when the caller has counted them (prepare.ts's
   * `chars`); else quotas count them from `markdown` (markdownChars), ~30 ms per MB.
   */
  chars?: number;
}

/** An addition as stored, with who added it and when. */
export interface StoredAddition extends NewAddition {
  addedBy: Actor;
  via: 'discord' | 'cli';
  /** ISO time. */
  at: string;
}

/** A stored addition without its Markdown. */
export type AdditionInfo = Omit<StoredAddition, 'markdown'>;

/** Who added an addition, and when. */
export type AdditionOwner = Pick<StoredAddition, 'guild' | 'name' | 'addedBy' | 'at'>;

export type AuditAction = 'add' | 'remove' | 'shared-changed';

/** One audit entry; `sequence` grows by commit order, so a reader can resume after the last it saw. */
export interface AuditRecord {
  sequence: number;
  /** ISO time. */
  at: string;
  action: AuditAction;
  /** Absent for a change to the shared corpus. */
  guild?: string;
  by: Actor;
  via: 'discord' | 'cli';
  article?: { name: string; title: string; url?: string };
}

export interface AddedRecord {
  addition: StoredAddition;
  audit: AuditRecord;
}

/** A member's vote on an answer they were shown. */
export interface Vote {
  /** Absent in DMs. */
  guild?: string;
  /** What identifies the answer voted on (its message id). */
  answer: string;
  /** The member's Discord id; only its keyed hash is stored. */
  member: string;
  question: string;
  /** Ids of the passages the answer showed, in order. */
  passages: string[];
  vote: 1 | -1;
}

export interface StoredVote extends Omit<Vote, 'member'> {
  memberHash: string;
  /** ISO time of the latest change. */
  at: string;
}

export interface QuestionEntry {
  guild?: string;
  question: string;
  answered: boolean;
  /** What identifies this asking (the /ask interaction's id); a vote looks the entry up by it. */
  id?: string;
  /** Ids of the passages the answer holds, best first. */
  passages?: string[];
  /** Defaults to now. */
  at?: Date;
}

export interface StoredQuestion extends Omit<QuestionEntry, 'at'> {
  /** ISO time. */
  at: string;
}
