import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './sql.js';

/** One numbered SQL file: `NNN-what-it-does.sql`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const FOLDER = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE = /^(\d{3,})-([a-z0-9-]+)\.sql$/;
// Any constant will do: it only has to be the same on every machine.
const MIGRATION_LOCK = 7_240_013;

/** The migrations in `folder`, in version order; refuses a gap or a repeated number. */
export async function readMigrations(folder = FOLDER): Promise<Migration[]> {
  const out: Migration[] = [];
  for (const file of (await readdir(folder)).sort()) {
    const match = FILE.exec(file);
    if (!match) continue;
    const sql = await readFile(`${folder}/${file}`, 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    out.push({ version: Number(match[1]), name: match[2]!, sql, checksum });
  }
  out.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.version}-${m.name} is out of sequence`);
  });
  return out;
}

/**
 * Bring the schema up to date: every migration not yet applied runs, in order, in one transaction
 * with its row in `footnote_migrations`. Machines starting together wait on one lock, so each
 * migration runs once. A migration edited after it was applied is refused, not silently skipped.
 */
export async function migrate(db: SqlClient, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS footnote_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM footnote_migrations ORDER BY version',
    );
    const applied = new Map(rows.map((r) => [r.version, r]));
    const ran: number[] = [];
    for (const m of all) {
      const done = applied.get(m.version);
      if (done) {
        if (done.checksum !== m.checksum) {
          throw new Error(
            `migration ${m.version}-${m.name} changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query(
        'INSERT INTO footnote_migrations (version, name, checksum) VALUES ($1, $2, $3)',
        [m.version, m.name, m.checksum],
      );
      ran.push(m.version);
    }
    const newest = Math.max(0, ...all.map((m) => m.version));
    const ahead = rows.find((r) => r.version > newest);
    if (ahead) {
      throw new Error(
        `the database has migration ${ahead.version}-${ahead.name}, newer than this version of Footnote`,
      );
    }
    return ran;
  });
}
