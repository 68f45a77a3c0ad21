import type { WebConfig } from '../config.js';
import type { LinkOptions } from './links.js';
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

/**
 * How a door links citations: to PUBLIC_URL when set, else to `local` (the console's own reader),
 * else not at all (Discord without PUBLIC_URL keeps text citations).
 */
export function linkOptions(web: WebConfig, local?: string): LinkOptions | undefined {
  const base = web.publicUrl ?? local;
  if (!base) return undefined;
  return { base, secret: web.linkSecret, days: web.linkDays };
}
