import { InputError } from '../errors.js';

/** The server already has this article (same text or one of its URLs); the message names it. */
export class DuplicateError extends InputError {
  override name = 'DuplicateError';
}

/** The server has no addition by that name. */
export class NotFoundError extends InputError {
  override name = 'NotFoundError';
}

/**
 * The database cannot be reached: nothing was written, and questions are still answered from the
 * index in memory. The message says what the outage stops (`stopped`); as it is raised, below any
 * one operation, that is the change of articles, and toldAs names another.
 */
export class StorageUnavailableError extends InputError {
  override name = 'StorageUnavailableError';
  constructor(
    readonly reason: string,
    stopped = 'adding and removing articles is paused',
  ) {
    super(
      `The database cannot be reached right now, so ${stopped}; questions are still ` +
        'answered. Try again in a minute.',
    );
  }
}

/**
 * Run `work`; when the database cannot be reached, say what that stops here ("statistics cannot
 * be read"), not that adding articles is paused.
 */
export async function toldAs<T>(stopped: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      throw new StorageUnavailableError(error.reason, stopped);
    }
    throw error;
  }
}

/**
 * Why the record could not be read, for the operator's log: an outage as what it is ("the
 * database cannot be reached (connect ECONNREFUSED …)"), not the member's message about adding.
 */
export function unreadableBecause(error: unknown): string {
  return error instanceof StorageUnavailableError
    ? `the database cannot be reached (${error.reason})`
    : (error as Error).message;
}

/** The words used for a duplicate, so every backend refuses one alike. */
export function duplicateMessage(existing: { title: string; url?: string; name: string }): string {
  return `That article is already in this server's additions: "${existing.title}" (${existing.url ?? existing.name}).`;
}
