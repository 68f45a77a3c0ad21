/** What the SQL storage needs of a connection: parameterised queries and scripts. */
export interface SqlQueryable {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

/**
 * One database, whichever driver reaches it: `pg` (a pool of connections to a server) or PGlite
 * (Postgres in WASM, one connection in this process). Both speak the same SQL.
 */
export interface SqlClient extends SqlQueryable {
  readonly backend: 'postgres' | 'pglite';
  /** Run `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Call `onPayload` with each payload sent on `channel`, on a connection of its own; `onLost` is
   * called once if that connection dies. Resolves to a function that stops listening.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Postgres's SQLSTATE for a unique constraint violation. */
export const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE and constraint of a database error, whichever driver raised it. */
export function sqlError(error: unknown): { code?: string; constraint?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return {
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
  };
}

export interface ListenHandlers {
  onPayload: (payload: string) => void;
  onLost?: (error: Error) => void;
}
