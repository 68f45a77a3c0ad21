import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import { copyFilesToSql, type CopyReport } from './copy-files.js';
import { FileStorage } from './files.js';
import { openPostgres } from './pg-client.js';
import { SqlStorage } from './sql-storage.js';

/**
 * `migrate-to-postgres`: copy this installation's additions (GUILDS_DIR) and audit log (DATA_DIR)
 * into the Postgres at DATABASE_URL, creating its tables first. Safe to run again.
 */
export async function migrateToPostgres(
  config: Pick<Config, 'guildsDir' | 'dataDir' | 'databaseUrl'>,
): Promise<CopyReport> {
  if (!config.databaseUrl) {
    throw new ConfigError('DATABASE_URL is not set: it names the Postgres database to copy into');
  }
  const files = new FileStorage({ guildsDir: config.guildsDir, dataDir: config.dataDir });
  const sql = new SqlStorage(openPostgres({ connectionString: config.databaseUrl }));
  try {
    return await copyFilesToSql(files, sql);
  } finally {
    await sql.close();
  }
}

/** The report as lines for a terminal. */
export function formatCopyReport(report: CopyReport): string {
  const lines = [
    `additions: ${report.additions.copied} copied, ${report.additions.present} already in Postgres`,
    `audit log: ${report.audit.copied} entries copied, ${report.audit.present} already in Postgres`,
  ];
  for (const u of report.unreadable) {
    lines.push(`not copied: ${u.guild}/${u.name} (${u.reason})`);
  }
  return lines.join('\n');
}
