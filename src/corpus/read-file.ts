import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { MAX_FILE_BYTES, formatOverLimit } from './limits.js';

/** A file's bytes and their fingerprint, or why they could not be read. */
export type FileRead = { bytes: Uint8Array; size: number; hash: string } | { reason: string };

// O_NONBLOCK keeps open() from hanging if a regular file is swapped for a FIFO after our stat.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Read a regular file whole, refusing anything else. Non-regular files (FIFOs, sockets, devices)
 * are never opened and the size limit is checked before reading. `statted` says the caller has
 * just checked both with stat (the corpus walk does), which saves a system call per file.
 */
export async function readRegularFile(path: string, statted = false): Promise<FileRead> {
  if (!statted) {
    const before = await stat(path).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (before instanceof Error) return { reason: describeFsError(before) };
    const refused = refuse(before);
    if (refused) return { reason: refused };
  }
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return { reason: describeFsError(error as NodeJS.ErrnoException) };
  }
  try {
    // Checked again on the open handle: the path may have been swapped since the stat.
    const st = await handle.stat();
    const refused = refuse(st);
    if (refused) return { reason: refused };
    const bytes = await readAll(handle, st.size);
    if (bytes.length > MAX_FILE_BYTES) return { reason: tooLarge(bytes.length) };
    return { bytes, size: bytes.length, hash: sha256(bytes) };
  } catch (error) {
    return { reason: describeFsError(error as NodeJS.ErrnoException) };
  } finally {
    await handle.close();
  }
}

/** Read up to one byte past `size` (to notice a file that grew) in as few reads as possible. */
async function readAll(handle: FileHandle, size: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(Math.min(size, MAX_FILE_BYTES) + 1);
  let filled = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    filled += bytesRead;
    if (bytesRead === 0 || filled === buffer.length) break;
  }
  return buffer.subarray(0, filled);
}

/** Why a stat result cannot be read as a corpus file, or undefined when it can. */
export function refuse(
  st: { size: number; isFile(): boolean } & FileTypeChecks,
): string | undefined {
  if (!st.isFile()) return `not a regular file (${fileType(st)}); not opened`;
  if (st.size > MAX_FILE_BYTES) return tooLarge(st.size);
  return undefined;
}

interface FileTypeChecks {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

function fileType(st: FileTypeChecks): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'unknown type';
}

function tooLarge(size: number): string {
  const over = formatOverLimit(size, MAX_FILE_BYTES);
  return `too large: ${over.size}, the limit is ${over.limit}`;
}

/** sha256 of `bytes`, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One line a person can act on, from a filesystem error. */
export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'file disappeared before it could be read (deleted or moved)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop';
    case 'EISDIR':
      return 'not a regular file (a folder); not opened';
    default:
      return `unreadable (${error.code ?? error.message})`;
  }
}
