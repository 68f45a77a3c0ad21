import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SkippedFile } from '../corpus/types.js';
import type { ExtractedQuote } from '../quotes/index.js';
import { loadSnapshot, saveSnapshot } from '../search/snapshot.js';
import { sharedRegistry } from './guilds.js';
import type { EngineState } from './update.js';

/** What a snapshot keeps besides the passage index; the quotes are its `later`. */
interface SnapshotExtra {
  skipped: SkippedFile[];
}

type Quotes = Record<string, ExtractedQuote[]>;

/**
 * The engine's snapshot file: one per corpus folder in DATA_DIR, so switching --corpus never
 * throws away another's index. Remembers the modification time of what it last read or wrote,
 * so a newer file written by another process can be told apart from its own.
 */
export class SnapshotFile {
  readonly path: string;
  private mtime = 0;

  constructor(
    dataDir: string,
    corpusDir: string,
    guildsDir: string | undefined,
    private readonly log: (line: string) => void,
    /** Called when a loaded snapshot's quotes turn out unreadable: its index must be rebuilt. */
    private readonly onQuotesLost: () => void = () => {},
  ) {
    this.path = join(dataDir, snapshotName(corpusDir, guildsDir));
  }

  /** True when the file on disk is not the one this process last read or wrote. */
  async changedOnDisk(): Promise<boolean> {
    const mtime = await this.currentMtime();
    return mtime !== 0 && mtime !== this.mtime;
  }

  /** The saved state, or null (logged) when there is none or it cannot be used. */
  async read(): Promise<EngineState | null> {
    const result = await loadSnapshot<SnapshotExtra>(this.path);
    if ('problem' in result) {
      if (result.problem !== 'no snapshot yet') this.log(`rebuilding the index: ${result.problem}`);
      return null;
    }
    const { index, files, fileArticles, extra, readLater } = result.data;
    if (!isExtra(extra)) {
      this.log('rebuilding the index: corrupt snapshot (its skipped files are of another shape)');
      return null;
    }
    this.mtime = await this.currentMtime();
    const quotes = this.quotesFrom(readLater);
    return {
      index,
      files,
      fileArticles,
      quotes,
      skipped: extra.skipped,
      registry: sharedRegistry(index.articles, quotes),
    };
  }

  /**
   * The quotes a snapshot saved, parsed on first use (~0.15 s at ~100k passages, which a start-up
   * need not wait for). Their record is checksummed when it is read, so a damaged or edited file
   * fails here rather than at load: it is logged, the quotes are none meanwhile, and the owner
   * rebuilds the index.
   */
  private quotesFrom(readLater: () => unknown): () => Quotes {
    let quotes: Quotes | undefined;
    return () => {
      if (quotes) return quotes;
      try {
        const later = readLater();
        if (!isQuotes(later)) throw new Error('of another shape');
        quotes = later;
      } catch (err) {
        this.log(
          `rebuilding the index: the snapshot's quotes cannot be read (${(err as Error).message})`,
        );
        quotes = {};
        this.onQuotesLost();
      }
      return quotes;
    };
  }

  // A snapshot that cannot be written (read-only disk, full disk) costs the next start-up time,
  // nothing else: the engine keeps serving from memory.
  /** Save `state`; a failure is logged, never thrown. */
  async write(state: EngineState): Promise<void> {
    try {
      await saveSnapshot<SnapshotExtra>(this.path, {
        files: state.files,
        fileArticles: state.fileArticles,
        index: state.index,
        extra: { skipped: state.skipped },
        later: state.quotes(),
      });
      this.mtime = await this.currentMtime();
    } catch (err) {
      this.log(`could not save the snapshot to ${this.path}: ${(err as Error).message}`);
    }
  }

  private currentMtime(): Promise<number> {
    return stat(this.path).then(
      (s) => s.mtimeMs,
      () => 0,
    );
  }
}

function isExtra(extra: unknown): extra is SnapshotExtra {
  return Array.isArray((extra as Partial<SnapshotExtra> | null)?.skipped);
}

function isQuotes(value: unknown): value is Quotes {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(Array.isArray)
  );
}

function snapshotName(corpusDir: string, guildsDir: string | undefined): string {
  const slug =
    basename(corpusDir)
      .replace(/[^\w-]+/g, '_')
      .slice(0, 40) || 'corpus';
  const key = guildsDir ? `${corpusDir}\0${guildsDir}` : corpusDir;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `snapshot-${slug}-${hash}.json`;
}
