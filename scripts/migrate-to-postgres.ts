/**
 * `npm run migrate-to-postgres`: copy a file installation's additions and audit log into the
 * Postgres at DATABASE_URL (GUILDS_DIR and DATA_DIR say where the files are). Safe to run twice.
 */
import { ConfigError, loadConfig } from '../src/config.js';
import { InputError } from '../src/errors.js';
import { formatCopyReport, migrateToPostgres } from '../src/storage/migrate-to-postgres.js';

try {
  const report = await migrateToPostgres(loadConfig());
  console.log(formatCopyReport(report));
} catch (error) {
  const known = error instanceof ConfigError || error instanceof InputError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(known ? message : `migrate-to-postgres failed: ${message}`);
  process.exitCode = 1;
}
