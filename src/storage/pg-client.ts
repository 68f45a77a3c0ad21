import type pg from 'pg';
import { lazyModule } from '../modules.js';
import { StorageUnavailableError } from './errors.js';
import type { SqlClient, SqlQueryable } from './sql.js';

// The driver loads when a process opens Postgres: one without DATABASE_URL never pays for it.
// int8 (audit sequences, counts) comes back as numbers: they stay far below 2^53.
const driver = lazyModule<typeof pg>('pg', (module) =>
  module.types.setTypeParser(module.types.builtins.INT8, (value) => Number(value)),
);

/** Options for the connection pool to a Postgres server. */
export interface PgOptions {
  /** `postgres://user:pass@host:port/db`. */
  connectionString: string;
  /** Most connections this process opens (default 4: adds are rare, listening has its own). */
  max?: number;
  /** Give up on a connection attempt after this long (default 5 s), so a refused add answers quickly. */
  connectTimeoutMs?: number;
  log?: (line: string) => void;
}

/** A pool of connections to a Postgres server, behind the SqlClient interface. */
export function openPostgres(options: PgOptions): SqlClient {
  const pg = driver();
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    keepAlive: true,
  });
  // An idle connection that dies (server restarted) is dropped by the pool; without a listener
  // its error would end the process.
  pool.on('error', (error) => options.log?.(`postgres connection lost: ${error.message}`));
  const run = <T>(work: () => Promise<T>) => unavailableWhenDown(work);
  return {
    backend: 'postgres',
    query: <R>(text: string, params?: unknown[]) =>
      run(async () => ({ rows: (await pool.query(text, params)).rows as R[] })),
    exec: (sql) => run(async () => void (await pool.query(sql))),
    transaction: (work) =>
      run(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work(clientQueryable(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    async listen(channel, { onPayload, onLost }) {
      // Its own connection, not a pooled one: it stays open for as long as the machine listens.
      const client = new pg.Client({
        connectionString: options.connectionString,
        connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
        keepAlive: true,
      });
      let lost = false;
      const lose = (error: Error) => {
        if (lost) return;
        lost = true;
        onLost?.(error);
      };
      client.on('notification', (message) => {
        if (message.channel === channel) onPayload(message.payload ?? '');
      });
      client.on('error', lose);
      client.on('end', () => lose(new Error('connection closed')));
      try {
        await run(async () => {
          await client.connect();
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        });
      } catch (error) {
        lost = true;
        await client.end().catch(() => undefined);
        throw error;
      }
      return async () => {
        lost = true;
        await client.end().catch(() => undefined);
      };
    },
    close: () => pool.end(),
  };
}

function clientQueryable(client: pg.PoolClient): SqlQueryable {
  return {
    query: async <R>(text: string, params?: unknown[]) => ({
      rows: (await client.query(text, params)).rows as R[],
    }),
    exec: async (sql) => void (await client.query(sql)),
  };
}

/** Errors that mean "no server to talk to", as opposed to a refused statement. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // ECONNREFUSED, ECONNRESET, ETIMEDOUT…; 57P01-03: the server shut down; 08xxx: connection exceptions.
    return /^E[A-Z]+$/.test(code) || /^57P0[123]$/.test(code) || code.startsWith('08');
  }
  return /Connection terminated|timeout exceeded when trying to connect|connection (is )?closed/i.test(
    error.message,
  );
}

async function unavailableWhenDown<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isConnectionError(error)) throw new StorageUnavailableError((error as Error).message);
    throw error;
  }
}
