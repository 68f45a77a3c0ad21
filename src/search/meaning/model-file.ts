// What the shipped model files share: terms kept in code-unit order (a lookup is a binary search,
// loading builds no map) and reading on first use, with meaning turned off when a file is missing.
import { existsSync, readFileSync } from 'node:fs';

/** The index of `term` in `sorted` (code-unit order), -1 when absent. */
export function indexOfSorted(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = sorted[mid]!;
    if (t === term) return mid;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Code-unit order, as `indexOfSorted` expects. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A reader of `file` that reads it on its first call; null when the file is missing or damaged. */
export function lazyModel<T>(file: string, read: (bytes: Buffer) => T): () => T | null {
  let model: T | null | undefined;
  return () => {
    if (model === undefined) {
      try {
        model = existsSync(file) ? read(readFileSync(file)) : null;
      } catch {
        model = null;
      }
    }
    return model;
  };
}
