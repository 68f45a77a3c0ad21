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
 * The database cannot be reached: the change is refused, nothing was written, and questions are
 * still answered from the index in memory.
 */
export class StorageUnavailableError extends InputError {
  override name = 'StorageUnavailableError';
  constructor(readonly reason: string) {
    super(
      'The article store cannot be reached right now, so adding and removing articles is paused; ' +
        'questions are still answered. Try again in a minute.',
    );
  }
}

/** The words used for a duplicate, so every backend refuses one alike. */
export function duplicateMessage(existing: { title: string; url?: string; name: string }): string {
  return `That article is already in this server's additions: "${existing.title}" (${existing.url ?? existing.name}).`;
}
