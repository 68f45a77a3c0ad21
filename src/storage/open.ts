import { FileStorage } from './files.js';
import { openPostgres } from './pg-client.js';
import { SqlStorage } from './sql-storage.js';
import type { Storage } from './types.js';

export interface OpenStorageOptions {
  /** Postgres is the record when set (`postgres://…`); otherwise files, as on a fresh clone. */
  databaseUrl?: string;
  /** Servers' additions (GUILDS_DIR), for the file backend. */
  guildsDir: string;
  /** The audit log, feedback and question log (DATA_DIR), for the file backend. */
  dataDir: string;
  /** Key for hashing member ids in votes. */
  memberSecret?: string;
  log?: (line: string) => void;
}

/**
 * The storage this installation uses. Postgres is not contacted here: a machine starts (and answers
 * from its snapshot) while the database is down; `ready()` migrates on first use or when called.
 */
export function openStorage(options: OpenStorageOptions): FileStorage | SqlStorage {
  const common = options.memberSecret ? { memberSecret: options.memberSecret } : {};
  if (!options.databaseUrl) {
    return new FileStorage({ guildsDir: options.guildsDir, dataDir: options.dataDir, ...common });
  }
  const db = openPostgres({ connectionString: options.databaseUrl, log: options.log });
  return new SqlStorage(db, common);
}

/** A line for the start-up log: which backend keeps the record, without any password. */
export function describeStorage(storage: Storage, databaseUrl?: string): string {
  if (storage.backend === 'files') return 'storage: files in GUILDS_DIR and DATA_DIR';
  const where = databaseUrl ? redact(databaseUrl) : storage.backend;
  return `storage: ${storage.backend} at ${where}`;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an unreadable DATABASE_URL';
  }
}
