import { markdownChars } from '../additions/prepare.js';
import { checkRoom } from '../additions/quotas.js';
import type { Actor } from '../engine/api.js';
import { DuplicateError, NotFoundError, duplicateMessage } from './errors.js';
import { migrate } from './migrate.js';
import {
  checkAddition,
  checkChange,
  checkGuild,
  checkQuestion,
  checkVote,
  hashMember,
} from './records.js';
import { sqlError, UNIQUE_VIOLATION, type SqlClient, type SqlQueryable } from './sql.js';
import type {
  AdditionLimits,
  AddedRecord,
  AuditAction,
  AuditRecord,
  ChangeBy,
  NewAddition,
  QuestionEntry,
  Storage,
  StoredAddition,
  AdditionInfo,
  AdditionOwner,
  StoredQuestion,
  StoredVote,
  Vote,
} from './types.js';

/** The channel every change is announced on, as `{"sequence":N,"action":…,"guild":…}`. */
export const CHANGES_CHANNEL = 'footnote_changes';

// Audit entries are written one transaction at a time, so sequence order is commit order and a
// machine that resumes after sequence N can never miss an entry committed later with a lower one.
const AUDIT_LOCK = 7_240_014;
// Adds checked against the limits run one at a time across machines: the sum over all servers
// (ADDITIONS_MAX_CHARS) is counted too, so a lock per server would not do.
const ADDITIONS_LOCK = 7_240_015;

// An addition's columns, with `markdown` as the text column (or an empty stand-in for listings).
const additionColumns = (markdown: string): string => `a.guild, a.name, a.title, a.url,
  a.fingerprint, ${markdown}, a.added_by_id, a.added_by_name, a.via, a.added_at,
  ARRAY(SELECT u.url FROM addition_urls u WHERE u.guild = a.guild AND u.name = a.name ORDER BY u.url) AS urls`;
const ADDITION_COLUMNS = additionColumns('a.markdown');
const AUDIT_COLUMNS = `sequence, at, action, guild, actor_id, actor_name, via, article_name,
  article_title, article_url`;

export interface SqlStorageOptions {
  /** Key for hashing member ids in votes. */
  memberSecret?: string;
}

/** The storage in Postgres (a server through `pg`, or PGlite): one transaction per change. */
export class SqlStorage implements Storage {
  readonly backend: 'postgres' | 'pglite';
  private migrated: Promise<unknown> | null = null;
  /** Whether this process has given every row from before migration 003 its count of characters. */
  private allCounted = false;
  private readonly memberSecret: string;

  constructor(
    readonly db: SqlClient,
    options: SqlStorageOptions = {},
  ) {
    this.backend = db.backend;
    this.memberSecret = options.memberSecret ?? 'footnote-feedback';
  }

  /**
   * Run pending migrations (once; retried on the next call if the database was unreachable, so a
   * machine that starts while Postgres is down catches up when it returns).
   */
  ready(): Promise<unknown> {
    this.migrated ??= migrate(this.db).catch((error: unknown) => {
      this.migrated = null;
      throw error;
    });
    return this.migrated;
  }

  async add(
    addition: NewAddition,
    change: ChangeBy,
    limits?: AdditionLimits,
  ): Promise<AddedRecord> {
    checkAddition(addition);
    checkChange(change);
    await this.ready();
    try {
      const added = await this.db.transaction(async (tx) => {
        const chars = addition.chars ?? markdownChars(addition.markdown);
        if (limits) {
          // One checked add at a time across machines, counted in the record.
          await tx.query('SELECT pg_advisory_xact_lock($1)', [ADDITIONS_LOCK]);
          if (!this.allCounted) await countUncounted(tx);
          checkRoom(await heldInRecord(tx, addition.guild), chars, limits);
        }
        const { rows } = await tx.query<AdditionRow>(
          `INSERT INTO additions AS a (guild, name, title, url, fingerprint, markdown, added_by_id,
             added_by_name, via, chars)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           RETURNING ${ADDITION_COLUMNS}`,
          [
            addition.guild,
            addition.name,
            addition.title,
            addition.url ?? null,
            addition.fingerprint,
            addition.markdown,
            change.by.id,
            change.by.name ?? null,
            change.via,
            chars,
          ],
        );
        for (const url of new Set(addition.urls)) {
          await tx.query('INSERT INTO addition_urls (guild, url, name) VALUES ($1, $2, $3)', [
            addition.guild,
            url,
            addition.name,
          ]);
        }
        const audit = await appendAudit(tx, 'add', addition.guild, change, addition);
        return {
          addition: { ...toAddition(rows[0]!), urls: [...new Set(addition.urls)].sort() },
          audit,
        };
      });
      if (limits) this.allCounted = true; // committed: no row is left uncounted
      return added;
    } catch (error) {
      if (sqlError(error).code !== UNIQUE_VIOLATION) throw error;
      const existing = await this.findDuplicate(addition);
      throw new DuplicateError(duplicateMessage(existing ?? addition));
    }
  }

  async remove(guild: string, name: string, change: ChangeBy): Promise<AuditRecord> {
    checkGuild(guild);
    checkChange(change);
    await this.ready();
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ title: string; url: string | null }>(
        'DELETE FROM additions WHERE guild = $1 AND name = $2 RETURNING title, url',
        [guild, name],
      );
      const gone = rows[0];
      if (!gone) {
        throw new NotFoundError(
          'This server has no added article with that id; `/sources` lists what it has added.',
        );
      }
      return appendAudit(tx, 'remove', guild, change, {
        name,
        title: gone.title,
        url: gone.url ?? undefined,
      });
    });
  }

  async additions(guild: string): Promise<StoredAddition[]> {
    checkGuild(guild);
    await this.ready();
    const { rows } = await this.db.query<AdditionRow>(
      `SELECT ${ADDITION_COLUMNS} FROM additions a WHERE a.guild = $1 ORDER BY a.added_at, a.name`,
      [guild],
    );
    return rows.map(toAddition);
  }

  async allAdditions(wanted: (guild: string) => boolean = () => true): Promise<StoredAddition[]> {
    return (await this.additionRows(wanted, 'a.markdown')).map(toAddition);
  }

  async additionInfos(wanted: (guild: string) => boolean = () => true): Promise<AdditionInfo[]> {
    return (await this.additionRows(wanted, "'' AS markdown")).map((row) => {
      const { markdown: _markdown, ...info } = toAddition(row);
      return info;
    });
  }

  async removedNames(guild: string, names: readonly string[]): Promise<string[]> {
    checkGuild(guild);
    await this.ready();
    const { rows } = await this.db.query<{ name: string }>(
      `SELECT DISTINCT article_name AS name FROM audit_log
       WHERE guild = $1 AND action = 'remove' AND article_name = ANY($2::text[])`,
      [guild, [...names]],
    );
    return rows.map((r) => r.name);
  }

  async additionOwners(): Promise<AdditionOwner[]> {
    return this.additionInfos();
  }

  // The wanted servers' additions, with `markdown` as the text column or an empty stand-in.
  private async additionRows(
    wanted: (guild: string) => boolean,
    markdown: string,
  ): Promise<AdditionRow[]> {
    await this.ready();
    // The servers first, then only the wanted ones' articles: a machine never loads the others' text.
    const { rows: guilds } = await this.db.query<{ guild: string }>(
      'SELECT DISTINCT guild FROM additions ORDER BY guild',
    );
    const mine = guilds.map((g) => g.guild).filter(wanted);
    if (mine.length === 0) return [];
    const { rows } = await this.db.query<AdditionRow>(
      `SELECT ${additionColumns(markdown)} FROM additions a WHERE a.guild = ANY($1::text[])
       ORDER BY a.guild, a.added_at, a.name`,
      [mine],
    );
    return rows;
  }

  async sharedCorpusChanged(change: ChangeBy): Promise<AuditRecord> {
    checkChange(change);
    await this.ready();
    return this.db.transaction((tx) => appendAudit(tx, 'shared-changed', undefined, change));
  }

  async auditSince(sequence: number, options: { limit?: number } = {}): Promise<AuditRecord[]> {
    await this.ready();
    const { rows } = await this.db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE sequence > $1 ORDER BY sequence LIMIT $2`,
      [sequence, options.limit ?? 10_000],
    );
    return rows.map(toAudit);
  }

  async lastSequence(): Promise<number> {
    await this.ready();
    const { rows } = await this.db.query<{ last: number | null }>(
      'SELECT max(sequence) AS last FROM audit_log',
    );
    return Number(rows[0]?.last ?? 0);
  }

  async vote(vote: Vote): Promise<void> {
    checkVote(vote);
    await this.ready();
    await this.db.query(
      `INSERT INTO feedback_votes (answer_id, member_hash, guild, question, passages, vote)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6)
       ON CONFLICT (answer_id, member_hash)
       DO UPDATE SET vote = EXCLUDED.vote, at = now()`,
      [
        vote.answer,
        hashMember(vote.member, this.memberSecret),
        vote.guild ?? null,
        vote.question,
        JSON.stringify(vote.passages),
        vote.vote,
      ],
    );
  }

  async votes(filter: { answer?: string; guild?: string }): Promise<StoredVote[]> {
    await this.ready();
    const { rows } = await this.db.query<VoteRow>(
      `SELECT answer_id, member_hash, guild, question, passages, vote, at FROM feedback_votes
       WHERE ($1::text IS NULL OR answer_id = $1) AND ($2::text IS NULL OR guild = $2)
       ORDER BY at, answer_id, member_hash`,
      [filter.answer ?? null, filter.guild ?? null],
    );
    return rows.map((r) => ({
      answer: r.answer_id,
      memberHash: r.member_hash,
      ...(r.guild ? { guild: r.guild } : {}),
      question: r.question,
      passages: jsonList(r.passages),
      vote: r.vote === 1 ? 1 : -1,
      at: iso(r.at),
    }));
  }

  async logQuestions(entries: readonly QuestionEntry[]): Promise<void> {
    entries.forEach(checkQuestion);
    if (entries.length === 0) return;
    await this.ready();
    // One statement for the lot: rows keep their order in the log's serial ids.
    const rows = entries.map((_, i) => {
      const n = i * 6;
      return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}::jsonb)`;
    });
    await this.db.query(
      `INSERT INTO question_log (guild, question, answered, at, ask_id, passages)
       VALUES ${rows.join(', ')}`,
      entries.flatMap((entry) => [
        entry.guild ?? null,
        entry.question,
        entry.answered,
        (entry.at ?? new Date()).toISOString(),
        entry.id ?? null,
        entry.passages ? JSON.stringify(entry.passages) : null,
      ]),
    );
  }

  async questions(filter: { guild?: string; since?: Date } = {}): Promise<StoredQuestion[]> {
    await this.ready();
    const { rows } = await this.db.query<QuestionRow>(
      `SELECT guild, question, answered, at, ask_id, passages FROM question_log
       WHERE ($1::text IS NULL OR guild = $1) AND ($2::timestamptz IS NULL OR at >= $2)
       ORDER BY at, id`,
      [filter.guild ?? null, filter.since?.toISOString() ?? null],
    );
    return rows.map(questionOf);
  }

  async questionById(id: string): Promise<StoredQuestion | undefined> {
    await this.ready();
    const { rows } = await this.db.query<QuestionRow>(
      `SELECT guild, question, answered, at, ask_id, passages FROM question_log
       WHERE ask_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    return rows[0] && questionOf(rows[0]);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** The addition a refused one collides with: same text, or one of its URLs. */
  private async findDuplicate(addition: NewAddition): Promise<StoredAddition | undefined> {
    const { rows } = await this.db.query<AdditionRow>(
      `SELECT ${ADDITION_COLUMNS} FROM additions a
       WHERE a.guild = $1 AND (a.fingerprint = $2 OR a.name = $3 OR a.name IN (
         SELECT u.name FROM addition_urls u WHERE u.guild = $1 AND u.url = ANY($4::text[])))
       LIMIT 1`,
      [addition.guild, addition.fingerprint, addition.name, addition.urls],
    );
    return rows[0] && toAddition(rows[0]);
  }
}

/**
 * Give rows from before migration 003 their count of characters. Every add and copy since writes
 * one, so a process does this once, in its first checked add.
 */
async function countUncounted(tx: SqlQueryable): Promise<void> {
  const { rows: uncounted } = await tx.query<{ guild: string; name: string; markdown: string }>(
    'SELECT guild, name, markdown FROM additions WHERE chars IS NULL',
  );
  for (const row of uncounted) {
    await tx.query('UPDATE additions SET chars = $3 WHERE guild = $1 AND name = $2', [
      row.guild,
      row.name,
      markdownChars(row.markdown),
    ]);
  }
}

/** What `guild` holds in the record (articles, characters of text) and what all servers hold (`total`). */
async function heldInRecord(
  tx: SqlQueryable,
  guild: string,
): Promise<{ articles: number; chars: number; total: number }> {
  const { rows } = await tx.query<{ articles: number; chars: string; total: string }>(
    `SELECT count(*) FILTER (WHERE guild = $1)::int AS articles,
       coalesce(sum(chars) FILTER (WHERE guild = $1), 0)::text AS chars,
       coalesce(sum(chars), 0)::text AS total
     FROM additions`,
    [guild],
  );
  const held = rows[0];
  return {
    articles: held?.articles ?? 0,
    chars: Number(held?.chars ?? 0),
    total: Number(held?.total ?? 0),
  };
}

/** Hold the audit log's write lock until the transaction ends, so sequences commit in order. */
export async function lockAuditLog(tx: SqlQueryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
}

/** Append one audit entry and announce it; the announcement is delivered when the transaction commits. */
async function appendAudit(
  tx: SqlQueryable,
  action: AuditAction,
  guild: string | undefined,
  change: ChangeBy,
  article?: { name: string; title: string; url?: string },
): Promise<AuditRecord> {
  await lockAuditLog(tx);
  const { rows } = await tx.query<AuditRow>(
    `INSERT INTO audit_log (action, guild, actor_id, actor_name, via, article_name, article_title,
       article_url)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     RETURNING ${AUDIT_COLUMNS}`,
    [
      action,
      guild ?? null,
      change.by.id,
      change.by.name ?? null,
      change.via,
      article?.name ?? null,
      article?.title ?? null,
      article?.url ?? null,
    ],
  );
  const record = toAudit(rows[0]!);
  await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, announcement(record)]);
  return record;
}

/** What a notification carries: enough to decide whether to act, not the change itself. */
export function announcement(record: AuditRecord): string {
  return JSON.stringify({ sequence: record.sequence, action: record.action, guild: record.guild });
}

interface AdditionRow {
  guild: string;
  name: string;
  title: string;
  url: string | null;
  fingerprint: string;
  markdown: string;
  added_by_id: string;
  added_by_name: string | null;
  via: 'discord' | 'cli';
  added_at: Date | string;
  urls: string[];
}

interface AuditRow {
  sequence: number | string;
  at: Date | string;
  action: AuditAction;
  guild: string | null;
  actor_id: string;
  actor_name: string | null;
  via: 'discord' | 'cli';
  article_name: string | null;
  article_title: string | null;
  article_url: string | null;
}

interface QuestionRow {
  guild: string | null;
  question: string;
  answered: boolean;
  at: Date | string;
  ask_id: string | null;
  passages: string[] | string | null;
}

function questionOf(r: QuestionRow): StoredQuestion {
  return {
    ...(r.guild ? { guild: r.guild } : {}),
    question: r.question,
    answered: r.answered,
    ...(r.ask_id ? { id: r.ask_id } : {}),
    ...(r.passages ? { passages: jsonList(r.passages) } : {}),
    at: iso(r.at),
  };
}

/** A jsonb list as the driver gives it: parsed by pg, a string by some PGlite versions. */
function jsonList(value: string[] | string): string[] {
  return typeof value === 'string' ? (JSON.parse(value) as string[]) : value;
}

interface VoteRow {
  answer_id: string;
  member_hash: string;
  guild: string | null;
  question: string;
  passages: string[] | string;
  vote: number;
  at: Date | string;
}

function toAddition(r: AdditionRow): StoredAddition {
  return {
    guild: r.guild,
    name: r.name,
    title: r.title,
    ...(r.url ? { url: r.url } : {}),
    fingerprint: r.fingerprint,
    urls: r.urls,
    markdown: r.markdown,
    addedBy: actor(r.added_by_id, r.added_by_name),
    via: r.via,
    at: iso(r.added_at),
  };
}

function toAudit(r: AuditRow): AuditRecord {
  const record: AuditRecord = {
    sequence: Number(r.sequence),
    at: iso(r.at),
    action: r.action,
    by: actor(r.actor_id, r.actor_name),
    via: r.via,
  };
  if (r.guild) record.guild = r.guild;
  if (r.article_name) {
    record.article = { name: r.article_name, title: r.article_title ?? '' };
    if (r.article_url) record.article.url = r.article_url;
  }
  return record;
}

function actor(id: string, name: string | null): Actor {
  return name ? { id, name } : { id };
}

function iso(at: Date | string): string {
  return new Date(at).toISOString();
}
