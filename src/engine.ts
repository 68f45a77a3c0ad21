import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { answerQuestion } from './answers/ask.js';
import type {
  Answer,
  QuoteAnswer,
  ReindexReport,
  SourceEntry,
  SpeakerSummary,
} from './answers/types.js';
import type { FootnoteEngine } from './engine-api.js';
import { buildRegistry, type EngineState, type SnapshotExtra } from './engine/state.js';
import { updateState } from './engine/update.js';
import type { ExtractedQuote } from './quotes/index.js';
import type { ArticleInfo } from './search/index.js';
import { loadSnapshot, saveSnapshot } from './search/snapshot.js';

export { InputError, type FootnoteEngine } from './engine-api.js';

/** Where the engine reads articles and keeps its snapshot. */
export interface EngineOptions {
  corpusDir: string;
  dataDir: string;
  /** One line per event worth telling an operator (snapshot rebuilt, file skipped…). */
  log?: (line: string) => void;
}

const MAX_RESULTS = 20;

/** Open the engine: load the snapshot when it matches the corpus, else build or update it. */
export async function openEngine(options: EngineOptions): Promise<Engine> {
  const engine = new Engine(options);
  await engine.start();
  return engine;
}

/** The engine behind every door: one immutable state at a time, swapped whole on reindex. */
export class Engine implements FootnoteEngine {
  private state!: EngineState;
  private running: Promise<ReindexReport> | null = null;
  private loadMs = 0;
  private snapshotMtime = 0;
  private sourcesCache: { state: EngineState; list: SourceEntry[] } | null = null;
  readonly corpusDir: string;
  readonly snapshotPath: string;
  private readonly log: (line: string) => void;

  constructor(options: EngineOptions) {
    this.corpusDir = resolve(options.corpusDir);
    this.snapshotPath = join(resolve(options.dataDir), snapshotName(this.corpusDir));
    this.log = options.log ?? (() => {});
  }

  /** Load or build the first state. */
  async start(): Promise<void> {
    const started = performance.now();
    const loaded = await this.readSnapshot();
    const { state, changed, report } = await updateState(this.corpusDir, loaded);
    this.state = state;
    for (const s of report.skipped) this.log(`skipped ${s.file}: ${s.reason}`);
    if (changed) {
      this.log(
        `indexed ${report.articles} articles (${report.added} new, ${report.updated} updated, ${report.removed} removed) in ${report.ms} ms`,
      );
      await this.writeSnapshot();
    }
    this.loadMs = Math.round(performance.now() - started);
  }

  ask(question: string, options: { k?: number } = {}): Answer {
    return answerQuestion(this.state.index, question, clampK(options.k ?? 3));
  }

  quote(speaker: string, options: { about?: string; k?: number } = {}): QuoteAnswer {
    const k = clampK(options.k ?? 5);
    return this.state.registry.answer(speaker, options.about ? { about: options.about, k } : { k });
  }

  completeSpeaker(prefix: string, limit = 25): string[] {
    return this.state.registry.complete(prefix, limit);
  }

  speakers(): SpeakerSummary[] {
    return this.state.registry.list();
  }

  sources(): SourceEntry[] {
    const state = this.state;
    if (this.sourcesCache?.state === state) return this.sourcesCache.list;
    const passages = new Map<string, number>();
    for (const entry of state.index.passages.values()) {
      const id = entry.passage.articleId;
      passages.set(id, (passages.get(id) ?? 0) + 1);
    }
    const list = [...state.index.articles.values()]
      .map((a) => {
        const entry: SourceEntry = {
          id: a.id,
          title: a.title,
          source: a.source,
          file: a.file,
          paragraphs: a.paragraphs,
          passages: passages.get(a.id) ?? 0,
          quotes: state.quotes[a.id]?.length ?? 0,
        };
        if (a.url) entry.url = a.url;
        return entry;
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    this.sourcesCache = { state, list };
    return list;
  }

  reindex(): Promise<ReindexReport> {
    // Concurrent callers share the run in progress instead of starting another.
    this.running ??= this.runReindex().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async refresh(): Promise<boolean> {
    const mtime = await stat(this.snapshotPath).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (mtime === 0 || mtime === this.snapshotMtime) return false;
    const loaded = await this.readSnapshot();
    if (!loaded) return false;
    this.state = loaded;
    return true;
  }

  stats() {
    const s = this.state;
    return {
      articles: s.index.articles.size,
      passages: s.index.passages.size,
      quotes: Object.values(s.quotes).reduce((n, q) => n + q.length, 0),
      speakers: s.registry.list().length,
      loadMs: this.loadMs,
    };
  }

  /** Every extracted quotation with its article, in corpus order (the evaluation format's source). */
  allQuotes(): { article: ArticleInfo; quote: ExtractedQuote }[] {
    const { quotes, index } = this.state;
    const out: { article: ArticleInfo; quote: ExtractedQuote }[] = [];
    for (const id of Object.keys(quotes).sort()) {
      const article = index.articles.get(id);
      if (!article) continue;
      // Article-level names ("Putin") become the corpus-wide speaker ("Vladimir V. Putin").
      for (const quote of quotes[id]!) {
        out.push({
          article,
          quote: { ...quote, speaker: this.state.registry.canonical(quote.speaker) },
        });
      }
    }
    return out;
  }

  /** Files the last index run could not read, with why. */
  skipped() {
    return this.state.skipped;
  }

  private async runReindex(): Promise<ReindexReport> {
    const { state, changed, report } = await updateState(this.corpusDir, this.state);
    this.state = state;
    if (changed) await this.writeSnapshot();
    return report;
  }

  private async readSnapshot(): Promise<EngineState | null> {
    const result = await loadSnapshot<SnapshotExtra>(this.snapshotPath);
    if ('problem' in result) {
      if (result.problem !== 'no snapshot yet') this.log(`rebuilding the index: ${result.problem}`);
      return null;
    }
    const { index, files, fileArticles, extra } = result.data;
    this.snapshotMtime = await stat(this.snapshotPath).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    return {
      index,
      files,
      fileArticles,
      quotes: extra.quotes,
      skipped: extra.skipped,
      registry: buildRegistry(index.articles, extra.quotes),
    };
  }

  // A snapshot that cannot be written (read-only disk, full disk) costs the next start-up time,
  // nothing else: the engine keeps serving from memory.
  private async writeSnapshot(): Promise<void> {
    const s = this.state;
    try {
      await saveSnapshot<SnapshotExtra>(this.snapshotPath, {
        files: s.files,
        fileArticles: s.fileArticles,
        index: s.index,
        extra: { quotes: s.quotes, skipped: s.skipped },
      });
      this.snapshotMtime = (await stat(this.snapshotPath)).mtimeMs;
    } catch (err) {
      this.log(`could not save the snapshot to ${this.snapshotPath}: ${(err as Error).message}`);
    }
  }
}

// One snapshot per corpus folder, so switching --corpus never throws away another's index.
function snapshotName(corpusDir: string): string {
  const slug =
    basename(corpusDir)
      .replace(/[^\w-]+/g, '_')
      .slice(0, 40) || 'corpus';
  const hash = createHash('sha256').update(corpusDir).digest('hex').slice(0, 8);
  return `snapshot-${slug}-${hash}.json`;
}

function clampK(k: number): number {
  return Number.isFinite(k) ? Math.max(1, Math.min(MAX_RESULTS, Math.floor(k))) : 3;
}
