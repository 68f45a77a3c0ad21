import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable } from './sql.js';

/**
 * PGlite behind the SqlClient interface: Postgres compiled to WASM, in this process, one
 * connection. `dataDir` keeps it on disk; without it the database lives in memory.
 */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    backend: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    // In-process: the connection cannot be lost, so onLost is never called.
    async listen(channel, { onPayload }) {
      const stop = await db.listen(channel, onPayload);
      return () => stop();
    },
    close: () => db.close(),
  };
}

function queryable(db: PGlite | Transaction): SqlQueryable {
  return {
    async query<R>(text: string, params: unknown[] = []) {
      const result = await db.query<R>(text, params);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}
