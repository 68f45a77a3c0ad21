import { createHash } from 'node:crypto';
import { markdownChars } from '../additions/prepare.js';
import type { FileStorage, UnreadableAddition } from './files.js';
import { lockAuditLog, type SqlStorage } from './sql-storage.js';
import type { AuditRecord, StoredAddition } from './types.js';
import type { SqlQueryable } from './sql.js';

/** What `migrate-to-postgres` did; running it again copies nothing more. */
export interface CopyReport {
  additions: { copied: number; present: number };
  audit: { copied: number; present: number };
  /** Files in the additions folders that do not read back as an article, left where they are. */
  unreadable: UnreadableAddition[];
}

/**
 * Copy a file installation's additions and audit log into Postgres, in one transaction. Rows
 * already there (from an earlier run) are left alone, so running it twice gives the same rows.
 * Audit entries keep their times and order, after any entry Postgres already has.
 */
export async function copyFilesToSql(from: FileStorage, to: SqlStorage): Promise<CopyReport> {
  const additions: StoredAddition[] = [];
  const unreadable: UnreadableAddition[] = [];
  for (const guild of await from.guilds()) {
    const read = await from.readGuild(guild);
    additions.push(...read.additions);
    unreadable.push(...read.unreadable);
  }
  const audit = await from.readAudit();
  await to.ready();
  return to.db.transaction(async (tx) => {
    let copiedAdditions = 0;
    for (const a of additions) copiedAdditions += await copyAddition(tx, a);
    let copiedAudit = 0;
    await lockAuditLog(tx);
    for (const entry of audit) copiedAudit += await copyAudit(tx, entry);
    return {
      additions: { copied: copiedAdditions, present: additions.length - copiedAdditions },
      audit: { copied: copiedAudit, present: audit.length - copiedAudit },
      unreadable,
    };
  });
}

async function copyAddition(tx: SqlQueryable, a: StoredAddition): Promise<number> {
  const { rows } = await tx.query(
    `INSERT INTO additions (guild, name, title, url, fingerprint, markdown, added_by_id,
       added_by_name, via, added_at, chars)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT DO NOTHING RETURNING name`,
    [
      a.guild,
      a.name,
      a.title,
      a.url ?? null,
      a.fingerprint,
      a.markdown,
      a.addedBy.id,
      a.addedBy.name ?? null,
      a.via,
      a.at,
      markdownChars(a.markdown),
    ],
  );
  for (const url of a.urls) {
    // Only for the addition copied here or before: a same-text file under another name is not.
    await tx.query(
      `INSERT INTO addition_urls (guild, url, name)
       SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM additions WHERE guild = $1 AND name = $3)
       ON CONFLICT DO NOTHING`,
      [a.guild, url, a.name],
    );
  }
  return rows.length;
}

async function copyAudit(tx: SqlQueryable, e: AuditRecord): Promise<number> {
  // The same entry at the same place in the same log is the same key on every run.
  const key = `audit.jsonl:${e.sequence}:${createHash('sha256').update(JSON.stringify(e)).digest('hex').slice(0, 16)}`;
  const { rows } = await tx.query(
    `INSERT INTO audit_log (at, action, guild, actor_id, actor_name, via, article_name,
       article_title, article_url, imported_from)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (imported_from) DO NOTHING RETURNING sequence`,
    [
      e.at,
      e.action,
      e.guild ?? null,
      e.by.id,
      e.by.name ?? null,
      e.via,
      e.article?.name ?? null,
      e.article?.title ?? null,
      e.article?.url ?? null,
      key,
    ],
  );
  return rows.length;
}
