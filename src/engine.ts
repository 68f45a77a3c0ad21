import { createHash } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { AuditLog } from './additions/audit.js';
import { normalizeUrl, passagesFingerprint, prepareAddition } from './additions/prepare.js';
import { additionFileName, guildFolder, pathInside, writeAtomically } from './additions/store.js';
import { answerQuestion } from './answers/ask.js';
import type {
  Actor,
  AddReport,
  AddRequest,
  Answer,
  QuoteAnswer,
  ReindexReport,
  RemoveReport,
  RemoveRequest,
  SourceEntry,
  SpeakerSummary,
} from './answers/types.js';
import { guildFileKey, guildOf, type CorpusRoots } from './corpus/roots.js';
import type { FootnoteEngine } from './engine-api.js';
import { InputError } from './errors.js';
import {
  articleFilter,
  guildArticleIds,
  registryFor,
  sharedRegistry,
  visibleIn,
} from './engine/scope.js';
import type { EngineState, SnapshotExtra } from './engine/state.js';
import { updateState } from './engine/update.js';
import type { DownloadPolicy } from './net/download.js';
import type { Config } from './config.js';
import type { ExtractedQuote } from './quotes/index.js';
import type { ArticleInfo } from './search/index.js';
import type { Passage } from './search/passages.js';
import { postingsOf } from './search/postings.js';
import { loadSnapshot, saveSnapshot } from './search/snapshot.js';

export type { FootnoteEngine } from './engine-api.js';
export { InputError } from './errors.js';

/** Where the engine reads articles and keeps its snapshot. */
export interface EngineOptions {
  corpusDir: string;
  dataDir: string;
  /** Servers' own additions, `<dir>/<server id>/…`; without it /add is unavailable. */
  guildsDir?: string;
  /** Download limits for /add; tests allow 127.0.0.1 here, nothing else should. */
  fetch?: Partial<DownloadPolicy>;
  /** One line per event worth telling an operator (snapshot rebuilt, file skipped…). */
  log?: (line: string) => void;
}

const MAX_RESULTS = 20;

/** The engine's folders and download limits as the configuration gives them. */
export function engineOptions(
  config: Pick<Config, 'corpusDir' | 'dataDir' | 'guildsDir' | 'fetchAllow'>,
): EngineOptions {
  return {
    corpusDir: config.corpusDir,
    dataDir: config.dataDir,
    guildsDir: config.guildsDir,
    fetch: { allow: config.fetchAllow },
  };
}

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
  /** Reindexes, adds and removes run one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();
  private loadMs = 0;
  private snapshotMtime = 0;
  private sourcesCache: { state: EngineState; list: SourceEntry[] } | null = null;
  private addedBy = new Map<string, Actor & { at: string }>();
  readonly corpusDir: string;
  readonly guildsDir: string | undefined;
  readonly snapshotPath: string;
  private readonly roots: CorpusRoots;
  private readonly audit: AuditLog;
  private readonly fetchPolicy: Partial<DownloadPolicy>;
  private readonly log: (line: string) => void;

  constructor(options: EngineOptions) {
    this.corpusDir = resolve(options.corpusDir);
    this.guildsDir = options.guildsDir && resolve(options.guildsDir);
    this.roots = { shared: this.corpusDir, guilds: this.guildsDir };
    const dataDir = resolve(options.dataDir);
    this.snapshotPath = join(dataDir, snapshotName(this.corpusDir, this.guildsDir));
    this.audit = new AuditLog(join(dataDir, 'audit.jsonl'));
    this.fetchPolicy = options.fetch ?? {};
    this.log = options.log ?? (() => {});
  }

  /** Load or build the first state. */
  async start(): Promise<void> {
    const started = performance.now();
    const guilds = this.guildsDir;
    if (guilds && (guilds === this.corpusDir || this.corpusDir.startsWith(guilds + sep))) {
      // Every server's additions would be read as shared articles, visible everywhere.
      throw new InputError(
        `GUILDS_DIR (${guilds}) must be a folder of its own, not the corpus folder or one holding it.`,
      );
    }
    const loaded = await this.readSnapshot();
    await this.readAudit();
    const { state, changed, report } = await updateState(this.roots, loaded);
    this.swap(state);
    for (const s of report.skipped) this.log(`skipped ${s.file}: ${s.reason}`);
    if (changed) {
      this.log(
        `indexed ${report.articles} articles (${report.added} new, ${report.updated} updated, ${report.removed} removed) in ${report.ms} ms`,
      );
      await this.writeSnapshot();
    }
    this.loadMs = Math.round(performance.now() - started);
  }

  ask(question: string, options: { k?: number; guild?: string } = {}): Answer {
    const state = this.state;
    const k = clampK(options.k ?? 3);
    return answerQuestion(state.index, question, {
      k,
      filter: articleFilter(state, options.guild),
    });
  }

  quote(
    speaker: string,
    options: { about?: string; k?: number; guild?: string } = {},
  ): QuoteAnswer {
    const k = clampK(options.k ?? 5);
    const registry = registryFor(this.state, options.guild);
    return registry.answer(speaker, options.about ? { about: options.about, k } : { k });
  }

  completeSpeaker(prefix: string, limit = 25, guild?: string): string[] {
    return registryFor(this.state, guild).complete(prefix, limit);
  }

  speakers(guild?: string): SpeakerSummary[] {
    return registryFor(this.state, guild).list();
  }

  sources(guild?: string): SourceEntry[] {
    return this.allSources().filter((e) => visibleIn(e.id, guild));
  }

  private allSources(): SourceEntry[] {
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
        const guild = guildOf(a.id);
        if (guild !== undefined) entry.guild = guild;
        const by = this.addedBy.get(a.id);
        if (by) entry.addedBy = by;
        return entry;
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    this.sourcesCache = { state, list };
    return list;
  }

  reindex(): Promise<ReindexReport> {
    // Callers share a run that has not finished; it waits for any add or remove before it.
    this.running ??= this.exclusive(() => this.runReindex()).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Save a server's new article and index it. The download and parsing happen first, outside the
   * queue; the duplicate check, the write and the index update run alone, so two adds of the same
   * page cannot both pass the check. Nothing is left on disk when any step fails.
   */
  async addArticle(request: AddRequest): Promise<AddReport> {
    const folder = this.additionsFolder(request.guild);
    const started = performance.now();
    const prepared = await prepareAddition(request.source, {
      title: request.title,
      fetch: this.fetchPolicy,
    });
    return this.exclusive(async () => {
      this.refuseDuplicate(request.guild, prepared.fingerprint, prepared.urls);
      const name = additionFileName(prepared.article.title, prepared.fingerprint);
      const key = guildFileKey(request.guild, name);
      const path = pathInside(folder, name);
      await writeAtomically(path, prepared.markdown);
      let ids: string[];
      try {
        await this.runReindex();
        ids = this.state.fileArticles[key] ?? [];
        if (ids.length === 0) throw new InputError('That page has no article text I can use.');
      } catch (error) {
        await rm(path, { force: true });
        await this.runReindex().catch(() => undefined);
        throw error;
      }
      const id = ids[0]!;
      const info = this.state.index.articles.get(id)!;
      await this.record('add', request, { id, title: info.title, url: info.url });
      const quotes = this.state.quotes[id] ?? [];
      const registry = registryFor(this.state, request.guild);
      const speakers = [...new Set(quotes.map((q) => registry.canonical(q.speaker)))].filter(
        (s): s is string => Boolean(s),
      );
      const report: AddReport = {
        id,
        title: info.title,
        source: info.source,
        file: `${request.guild}/${name}`,
        paragraphs: info.paragraphs,
        passages: this.passageCount(id),
        quotes: quotes.length,
        speakers,
        ms: Math.round(performance.now() - started),
      };
      if (info.url) report.url = info.url;
      return report;
    });
  }

  /** Take one of a server's additions out of the corpus: its file, passages and quotes. */
  async removeArticle(request: RemoveRequest): Promise<RemoveReport> {
    const folder = this.additionsFolder(request.guild);
    // An article id, or just its file name within the server's folder (what autocomplete offers).
    const id =
      guildOf(request.id) === undefined ? guildFileKey(request.guild, request.id) : request.id;
    return this.exclusive(async () => {
      const info = this.state.index.articles.get(id);
      if (!info || guildOf(info.id) !== request.guild) {
        throw new InputError(
          'This server has no added article with that id; `/sources` lists what it has added.',
        );
      }
      const report: RemoveReport = {
        id: info.id,
        title: info.title,
        passages: this.passageCount(info.id),
        quotes: this.state.quotes[info.id]?.length ?? 0,
      };
      const name = info.file.slice(guildFileKey(request.guild, '').length);
      await rm(pathInside(folder, name), { force: true });
      await this.runReindex();
      await this.record('remove', request, { id: info.id, title: info.title, url: info.url });
      return report;
    });
  }

  /** A server's additions, newest first, for /remove's autocomplete. */
  additions(guild: string): SourceEntry[] {
    const ids = new Set(guildArticleIds(this.state, guild));
    return this.allSources()
      .filter((e) => ids.has(e.id))
      .sort((a, b) => (b.addedBy?.at ?? '').localeCompare(a.addedBy?.at ?? ''));
  }

  refresh(): Promise<boolean> {
    // In the queue, so a snapshot never lands in the middle of this process's own add. Another
    // process may have written its snapshot from an older scan than this one's, so the loaded
    // state is brought up to date with the disk before it replaces the one serving.
    return this.exclusive(async () => {
      const mtime = await stat(this.snapshotPath).then(
        (s) => s.mtimeMs,
        () => 0,
      );
      if (mtime === 0 || mtime === this.snapshotMtime) return false;
      const loaded = await this.readSnapshot();
      if (!loaded) return false;
      const { state } = await updateState(this.roots, loaded);
      await this.readAudit();
      this.swap(state);
      return true;
    });
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
  allQuotes(guild?: string): { article: ArticleInfo; quote: ExtractedQuote }[] {
    const { quotes, index } = this.state;
    const registry = registryFor(this.state, guild);
    const out: { article: ArticleInfo; quote: ExtractedQuote }[] = [];
    for (const id of Object.keys(quotes).sort()) {
      const article = index.articles.get(id);
      if (!article || !visibleIn(id, guild)) continue;
      // Article-level names ("Putin") become the corpus-wide speaker ("Vladimir V. Putin").
      for (const quote of quotes[id]!) {
        out.push({ article, quote: { ...quote, speaker: registry.canonical(quote.speaker) } });
      }
    }
    return out;
  }

  /** Files the last index run could not read, with why. */
  skipped() {
    return this.state.skipped;
  }

  /** Serve `state` from now on, its candidate lists built now rather than on the first question. */
  private swap(state: EngineState): void {
    // Built before the state serves, so no question waits for them.
    postingsOf(state.index);
    state.index.vocabulary.fuzzyTree();
    this.state = state;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private additionsFolder(guild: string): string {
    if (!this.guildsDir)
      throw new InputError('Adding articles is not set up here (no GUILDS_DIR).');
    return guildFolder(this.guildsDir, guild);
  }

  /** Refuse an article this server can already see, by URL or by text. */
  private refuseDuplicate(guild: string, fingerprint: string, urls: string[]): void {
    const { index } = this.state;
    const byArticle = new Map<string, Passage[]>();
    for (const { passage } of index.passages.values()) {
      if (!visibleIn(passage.articleId, guild)) continue;
      const list = byArticle.get(passage.articleId) ?? [];
      list.push(passage);
      byArticle.set(passage.articleId, list);
    }
    const wanted = new Set(urls);
    for (const [id, list] of byArticle) {
      const info = index.articles.get(id);
      if (!info) continue;
      const sameUrl = info.url !== undefined && wanted.has(normalizeUrl(info.url));
      if (sameUrl || passagesFingerprint(list) === fingerprint) {
        const where = guildOf(id) === undefined ? 'the shared corpus' : "this server's additions";
        throw new InputError(
          `That article is already in ${where}: "${info.title}" (${info.url ?? info.source}).`,
        );
      }
    }
  }

  private passageCount(articleId: string): number {
    return this.allSources().find((e) => e.id === articleId)?.passages ?? 0;
  }

  private async record(
    action: 'add' | 'remove',
    request: { guild: string; by: Actor; via: 'discord' | 'cli' },
    article: { id: string; title: string; url?: string },
  ): Promise<void> {
    const entry = {
      at: new Date().toISOString(),
      action,
      guild: request.guild,
      by: request.by,
      via: request.via,
      article: article.url ? article : { id: article.id, title: article.title },
    };
    try {
      await this.audit.append(entry);
    } catch (error) {
      this.log(`could not write the audit log ${this.audit.path}: ${(error as Error).message}`);
    }
    await this.readAudit();
    this.sourcesCache = null;
  }

  private async readAudit(): Promise<void> {
    this.addedBy = await this.audit.addedBy().catch(() => new Map());
    this.sourcesCache = null;
  }

  private async runReindex(): Promise<ReindexReport> {
    const { state, changed, report } = await updateState(this.roots, this.state);
    this.swap(state);
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
      registry: sharedRegistry(index.articles, extra.quotes),
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
function snapshotName(corpusDir: string, guildsDir: string | undefined): string {
  const slug =
    basename(corpusDir)
      .replace(/[^\w-]+/g, '_')
      .slice(0, 40) || 'corpus';
  const key = guildsDir ? `${corpusDir}\0${guildsDir}` : corpusDir;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `snapshot-${slug}-${hash}.json`;
}

function clampK(k: number): number {
  return Number.isFinite(k) ? Math.max(1, Math.min(MAX_RESULTS, Math.floor(k))) : 3;
}
