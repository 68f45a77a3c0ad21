import { thousands } from '../text/count.js';

/** Files above this size are skipped unread: a corpus article is kilobytes, not megabytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** How a corpus file is parsed, chosen by its extension. */
export type FileKind = 'text' | 'markdown' | 'html';

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** The extensions the corpus reads, for messages. */
export const CORPUS_EXTENSIONS = Object.keys(KIND_BY_EXTENSION);

/** The parser for `name`, or undefined when it is not a corpus file type. */
export function fileKind(name: string): FileKind | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : KIND_BY_EXTENSION[name.slice(dot).toLowerCase()];
}

/** "10 MB", "8 KB", "1000 bytes" for messages. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Math.round(mb * 10) / 10} MB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;
}

/**
 * `size` and the `limit` it exceeds, worded so they differ: "12 MB" over "5 MB", but exact bytes
 * when rounding would make them equal ("5,242,935 bytes" over "5 MB (5,242,880 bytes)", not "5 MB"
 * over "5 MB").
 */
export function formatOverLimit(size: number, limit: number): { size: string; limit: string } {
  const [rounded, max] = [formatBytes(size), formatBytes(limit)];
  if (rounded !== max) return { size: rounded, limit: max };
  const exact = (n: number) => `${thousands(n)} bytes`;
  return { size: exact(size), limit: `${max} (${exact(limit)})` };
}
