import type { WebConfig } from '../config.js';
import { startReader, type Reader, type ReaderOptions } from './server.js';

/**
 * Start the reader for `npm start`. A port already in use is not fatal: the bot or console still
 * serves, without the reader, and `warn` says why.
 */
export async function serveReader(
  web: WebConfig,
  options: ReaderOptions,
  warn: (line: string) => void,
): Promise<Reader | undefined> {
  try {
    return await startReader({ ...options, linkSecret: web.linkSecret }, web.port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${web.port} is in use (set WEB_PORT)` : String(error);
    warn(`the web reader is not running: ${why}`);
    return undefined;
  }
}
