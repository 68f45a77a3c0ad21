import './heap-flags.js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { DEFAULT_QUOTAS, type QuotaUsage, type Quotas } from '../additions/quotas.js';
import type { Obtained } from '../additions/prepare.js';
import { Additions } from '../additions/service.js';
import { answerQuestion, checkQuestion } from '../answers/ask.js';
import { cleanInput, MAX_SPEAKER_CHARS } from '../answers/input.js';
import { answerQuote } from '../answers/quote.js';
import { reportedSpeech } from '../answers/reported.js';
import {
  holderDescribedAs,
  speakerDescribedAs,
  withCapitalQualifiers,
} from '../answers/described-speaker.js';
import type { Answer, QuoteAnswer, SpeakerSummary } from '../answers/types.js';
import type { QuotesOf } from '../answers/pronoun-speakers.js';
import type { SpeakerQuote } from '../quotes/registry.js';
import type { Config } from '../config.js';
import { pathOf, type CorpusRoots } from '../corpus/roots.js';
import { guildFileKey, guildOf } from '../corpus/ids.js';
import { ownerWords } from '../text/mentions.js';
import type { FileFingerprint, SkippedFile } from '../corpus/types.js';
import { InputError } from '../errors.js';
import { FileStorage } from '../storage/files.js';
import { StorageUnavailableError, unreadableBecause } from '../storage/errors.js';
import { mirrorAdditions } from '../storage/mirror.js';
import type { Storage } from '../storage/types.js';
import type { DownloadPolicy } from '../net/download.js';
import { visibleIn } from '../corpus/ids.js';
import { articleParagraphs } from '../search/article-text.js';
import { postingsOf } from '../search/postings.js';
import type {
  AddReport,
  AddRequest,
  ArticleText,
  FootnoteEngine,
  ReindexReport,
  RemoveReport,
  RemoveRequest,
  SourceEntry,
} from './api.js';
import { Catalog, quotesIn, statsOf } from './catalog.js';
import { removeOrphans } from './orphans.js';
import { articleFilter, registryFor, type Visible } from './guilds.js';
import { ChangeGate, type DrainReport } from './drain.js';
import { SnapshotFile } from './snapshots.js';
import {
  emptyState,
  updateFiles,
  updateState,
  type EngineState,
  type FileReader,
} from './update.js';
import { analyseFile, runTask } from './heavy-work.js';
import { HeavyWorker, ownBuffer } from './worker-pool.js';
import { warmUpOn } from './warm-worker.js';
import { count } from '../text/count.js';

/** Where the engine reads articles and keeps its snapshot. */
export interface EngineOptions {
  corpusDir: string;
  dataDir: string;
  /** Servers' own additions, `<dir>/<server id>/…`; without it /add is unavailable. */
  guildsDir?: string;
  /** Download limits for /add; tests allow 127.0.0.1 here, nothing else should. */
  fetch?: Partial<DownloadPolicy>;
  /** How much servers may add (DEFAULT_QUOTAS for what is not given). */
  quotas?: Partial<Quotas>;
  /**
   * The record of servers' additions and the audit log: files in GUILDS_DIR and DATA_DIR by
   * default; Postgres (openStorage with DATABASE_URL) past one machine.
   */
  storage?: Storage;
  /** The servers this machine serves (its shards'); all by default. Others' additions are not loaded. */
  owns?: (guild: string) => boolean;
  /** One line per event worth telling an operator (snapshot rebuilt, file skipped…). */
  log?: (line: string) => void;
  /**
   * Parse, extract quotes and tokenize added and reindexed files on a worker thread, so a
   * long-running door (the bot, the console) keeps answering meanwhile. Off by default: a one-shot
   * command has no one to keep waiting, and starting the worker would only cost it time.
   */
  workerThread?: boolean;
  /**
   * Once a state serves, build in idle time what its first questions would otherwise wait for:
   * the fuzzy-lookup tree of its vocabulary and the shared corpus's speaker list. For long-running
   * doors; a one-shot command builds them only if it needs them.
   */
  buildInIdle?: boolean;
  /**
   * Bring a saved snapshot up to date with the disk when opening (default true). `footnote index`
   * opens without, so that its reindex reports what changed since the last index.
   */
  catchUp?: boolean;
}

const MAX_RESULTS = 20;
/**
 * Enough answers for V8 to optimise the ranking, rescoring and excerpt code (~2 ms each): after
 * 40, members' first hundred questions still took about twice a warm answer's main-thread time.
 */
const WARM_UP_ROUNDS = 160;

/** The engine's folders and download limits as the configuration gives them. */
export function engineOptions(
  config: Pick<Config, 'corpusDir' | 'dataDir' | 'guildsDir' | 'fetchAllow' | 'quotas'>,
): EngineOptions {
  return {
    corpusDir: config.corpusDir,
    dataDir: config.dataDir,
    guildsDir: config.guildsDir,
    fetch: { allow: config.fetchAllow },
    quotas: config.quotas,
  };
}

/** Open the engine: load the snapshot when it matches the corpus, else build or update it. */
export async function openEngine(options: EngineOptions): Promise<Engine> {
  const engine = new Engine(options);
  await engine.start();
  return engine;
}

/** The engine behind every door: one immutable state at a time, swapped whole on a change. */
export class Engine implements FootnoteEngine {
  private state!: EngineState;
  private running: Promise<ReindexReport> | null = null;
  /** Reindexes, adds and removes run one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();
  private loadMs = 0;
  private started = false;
  private rebuildNeeded = false;
  /** See mirroredThrough. */
  private mirroredAt: number | undefined;
  /** The shared corpus folder, resolved. */
  readonly corpusDir: string;
  private readonly roots: CorpusRoots;
  private readonly snapshot: SnapshotFile;
  private readonly catalog = new Catalog();
  private readonly changes: Additions;
  private readonly log: (line: string) => void;
  private readonly catchUp: boolean;
  private readonly buildInIdle: boolean;
  private readonly storage: Storage | undefined;
  private readonly owns: (guild: string) => boolean;
  /** Adds, removes and reindexes in flight, and the way to stop them at a shutdown. */
  private readonly gate = new ChangeGate();
  private readonly heavy: HeavyWorker | undefined;
  /** How changed files are read once the engine serves: on the worker thread when it has one. */
  private readonly readOffThread: FileReader = (file) =>
    this.heavy ? this.heavy.run('analyse', file, { signal: this.gate.signal }) : analyseFile(file);

  constructor(options: EngineOptions) {
    this.catchUp = options.catchUp ?? true;
    this.buildInIdle = options.buildInIdle ?? false;
    this.heavy = options.workerThread ? new HeavyWorker() : undefined;
    const corpusDir = resolve(options.corpusDir);
    const guildsDir = options.guildsDir && resolve(options.guildsDir);
    if (guildsDir && (guildsDir === corpusDir || corpusDir.startsWith(guildsDir + sep))) {
      // Every server's additions would be read as shared articles, visible everywhere.
      throw new InputError(
        `GUILDS_DIR (${guildsDir}) must be a folder of its own, not the corpus folder or one holding it.`,
      );
    }
    this.corpusDir = corpusDir;
    this.roots = { shared: corpusDir, guilds: guildsDir };
    const dataDir = resolve(options.dataDir);
    this.log = options.log ?? (() => {});
    this.snapshot = new SnapshotFile(dataDir, corpusDir, guildsDir, this.log, () => {
      // Found during start() (its catch-up reads the quotes when files changed): rebuilt after.
      this.rebuildNeeded = true;
      if (this.started) this.rebuild();
    });
    this.storage =
      options.storage ?? (guildsDir ? new FileStorage({ guildsDir, dataDir }) : undefined);
    this.owns = options.owns ?? (() => true);
    this.changes = new Additions(
      {
        current: () => this.state,
        exclusive: (task) => this.exclusive(task),
        prepare: (obtained, title) =>
          this.heavy
            ? this.heavy.run(
                'prepare',
                { obtained, title },
                // A download is read here no more: it moves to the worker uncopied.
                { signal: this.gate.signal, transfer: downloadedBuffer(obtained) },
              )
            : runTask('prepare', { obtained, title }),
        indexFiles: async (keys, built) => {
          const update = await updateFiles(this.roots, this.state, keys, this.readOffThread);
          await built?.();
          await this.serve(update.state, update.changed);
        },
        checkpoint: (phase, committed) => this.gate.checkpoint(phase, this.log, committed),
        passageCount: (id) => this.catalog.passageCount(this.state, this.changes.addedBy(), id),
      },
      {
        guildsDir,
        storage: this.storage,
        fetch: options.fetch ?? {},
        quotas: { ...DEFAULT_QUOTAS, ...options.quotas },
        log: this.log,
      },
    );
  }

  /** Where the snapshot is kept. */
  get snapshotPath(): string {
    return this.snapshot.path;
  }

  /**
   * The audit sequence this machine's additions were mirrored up to at start-up (read before the
   * mirror, so a change committed meanwhile lies after it); undefined when the record could not
   * be read then, or is the files themselves. The change feed resumes after it.
   */
  get mirroredThrough(): number | undefined {
    return this.mirroredAt;
  }

  /** Load or build the first state. */
  async start(): Promise<void> {
    const started = performance.now();
    const freed = await removeOrphans(this.snapshot.path, this.roots.guilds);
    if (freed > 0) this.log(`removed temporary files a stopped process left (${freed} bytes)`);
    for (const line of (await this.storage?.recover?.()) ?? []) this.log(line);
    // The snapshot loads while the record is mirrored and the corpus walked: the walk waits for
    // the disk, the load mostly for the processor.
    const loading = this.snapshot.read();
    loading.catch(() => {}); // awaited below, after the mirror: not an unhandled rejection
    await this.mirror();
    await this.changes.reload();
    if (!this.catchUp) {
      // Serve what the last index saved; the next reindex reports every change since.
      await this.serve((await loading) ?? emptyState(), false);
      return this.ready(started);
    }
    const { state, changed, report } = await updateState(this.roots, loading);
    const loaded = await loading;
    // Unreadable files are told once, when the scan first finds them, not on every start; the
    // snapshot records the skips too, so the next start knows they were told.
    const fresh = newSkips(loaded?.skipped ?? [], state.skipped);
    const indexChanged =
      changed || fresh.length > 0 || loaded?.skipped.length !== state.skipped.length;
    await this.serve(state, indexChanged || newStamps(loaded?.files ?? [], state.files));
    for (const s of fresh) this.log(`skipped ${s.file}: ${s.reason}`);
    // A first build is saved before the engine is handed out, so a restart never repeats it; new
    // stamps alone are saved meanwhile (a restart before that only hashes the files again).
    if (indexChanged) await this.settle();
    if (changed) {
      this.log(
        `indexed ${count(report.articles, 'article')} (${report.added} new, ${report.updated} updated, ${report.removed} removed) in ${report.ms} ms`,
      );
    }
    this.ready(started);
  }

  private ready(started: number): void {
    this.loadMs = Math.round(performance.now() - started);
    this.started = true;
    if (this.rebuildNeeded) this.rebuild();
  }

  /** Index the corpus again from nothing, as for a corrupt snapshot, and serve that. */
  private rebuild(): void {
    this.rebuildNeeded = false;
    this.exclusive(async () => {
      const { state } = await updateState(this.roots, null, this.readOffThread);
      await this.serve(state, true);
    }).catch((err: unknown) => this.log(`could not rebuild the index: ${(err as Error).message}`));
  }

  /**
   * Answer a few questions made of the corpus's own titles and throw the answers away: the word
   * vectors and translation table load on first use, and the ranking code is compiled only once
   * it has run. A long-running door calls this before it takes questions, so the first members
   * to ask (a burst after a restart) do not wait for either. Excerpts are chosen when read, so
   * each answer's are read, as a door reads those it shows.
   */
  warmUp(
    options: {
      /** How many questions (WARM_UP_ROUNDS by default). */
      rounds?: number;
      /** The door's own rendering of an answer, compiled the same way. */
      show?: (answer: Answer) => unknown;
    } = {},
  ): void {
    const { rounds = WARM_UP_ROUNDS, show } = options;
    const titles = [...this.state.index.articles.values()].map((a) => a.title).slice(0, 8);
    if (titles.length === 0) return;
    for (let i = 0; i < rounds; i++) {
      const answer = this.ask(titles[i % titles.length]!, { k: MAX_RESULTS });
      for (const result of answer.results) void result.citation.paragraph;
      show?.(answer);
    }
  }

  /**
   * Keep the worker thread's code compiled for the first add (see HeavyWorker.keepWarm): a
   * long-running door calls this at start. Resolves once warm; at once without a worker thread.
   */
  keepWorkerWarm(): Promise<void> {
    return this.heavy?.keepWarm(warmUpOn(this.roots, () => this.state)) ?? Promise.resolve();
  }

  ask(question: string, options: { k?: number; guild?: string } = {}): Answer {
    const state = this.state;
    const filter = articleFilter(state, options.guild);
    const k = clampK(options.k ?? 3);
    return answerQuestion(state.index, question, { k, filter, quotes: quotesOfArticles(state) });
  }

  quote(
    speaker: string,
    options: { about?: string; k?: number; guild?: string } = {},
  ): QuoteAnswer {
    const k = clampK(options.k ?? 5);
    const state = this.state;
    const registry = registryFor(state, options.guild);
    const name = cleanInput(speaker, {
      empty: 'Name a speaker: the name is empty.',
      noun: 'name',
      max: MAX_SPEAKER_CHARS,
    });
    const about = options.about?.trim() ? checkQuestion(options.about) : undefined;
    const filter = articleFilter(state, options.guild);
    // With no quotation in marks (on the topic asked), the passages that report them speaking:
    // "/quote Wishnik", "/quote Putin about sanctions".
    // An article's paragraphs are rebuilt from its passages (read from the snapshot file when
    // stored): once per article for all of a speaker's quotations, not once per quotation.
    const paragraphsOf = new Map<string, string[] | undefined>();
    const paragraphOf = ({ quote, article }: SpeakerQuote): string | undefined => {
      if (!paragraphsOf.has(article.id))
        paragraphsOf.set(article.id, articleParagraphs(state.index, article.id));
      return paragraphsOf.get(article.id)?.[quote.paragraph - 1];
    };
    const withReported = (found: QuoteAnswer, who: string): QuoteAnswer => {
      if (found.quotes.length > 0) return found;
      const quotes = quotesOfArticles(state);
      const passages = reportedSpeech(state.index, who, about, { filter, quotes });
      return passages.length > 0 ? { ...found, suggestions: [], reported: passages } : found;
    };
    const answer = answerQuote(registry, name, { about, k, paragraphOf });
    if (answer.speaker) return withReported(answer, answer.speaker);
    if (answer.inPassing) return withReported(answer, answer.inPassing.speaker);
    // "/quote the Russian president": whom the articles describe so ("@here's president": no one).
    const asked = withCapitalQualifiers(ownerWords(name));
    const described = speakerDescribedAs(state.index, registry, asked, filter);
    if (!described) {
      // Not quoted in marks, but named with the description: what the articles report they said.
      const holder = holderDescribedAs(state.index, asked, filter);
      if (!holder) return withReported(answer, asked);
      const byHolder = answerQuote(registry, holder, { about, k, paragraphOf });
      const found = withReported({ ...byHolder, query: name }, holder);
      return found.quotes.length > 0 || found.reported ? found : withReported(answer, asked);
    }
    if ('suggestions' in described) return { ...answer, suggestions: described.suggestions };
    const byDescription = answerQuote(registry, described.speaker, { about, k, paragraphOf });
    return withReported({ ...byDescription, query: name }, described.speaker);
  }

  completeSpeaker(prefix: string, options: { limit?: number; guild?: string } = {}): string[] {
    return registryFor(this.state, options.guild).complete(prefix, options.limit ?? 25);
  }

  speakers(guild?: string): SpeakerSummary[] {
    return registryFor(this.state, guild).list();
  }

  sources(guild?: string): SourceEntry[] {
    return this.catalog.sources(this.state, this.changes.addedBy(), guild);
  }

  article(id: string, guild?: string): ArticleText | undefined {
    if (!this.has(id, guild)) return undefined;
    const paragraphs = articleParagraphs(this.state.index, id);
    const entry = paragraphs && this.sources(guild).find((e) => e.id === id);
    return entry ? { entry, paragraphs } : undefined;
  }

  has(id: string, guild?: string): boolean {
    if (!visibleIn(id, guild)) return false;
    // Gone from its folder, it is no one's to read, though the index has not caught up: `footnote
    // remove` in another process, or a file deleted by hand, before a /reindex here. A reader
    // link is void once the article is removed (README).
    const info = this.state.index.articles.get(id);
    const path = info && pathOf(this.roots, info.file);
    return !!path && existsSync(path);
  }

  /**
   * Which text of article `id` the index serves (a digest of its title and paragraphs), or
   * undefined when `has` says it is not there to read: an answer's buttons show the text it was
   * given from, and no other.
   */
  version(id: string, guild?: string): string | undefined {
    return this.has(id, guild) ? articleVersion(this.state, id) : undefined;
  }

  additions(guild: string): SourceEntry[] {
    return this.catalog.additions(this.state, this.changes.addedBy(), guild);
  }

  quota(guild: string): QuotaUsage {
    return this.changes.usage(guild);
  }

  stats() {
    return statsOf(this.state, this.loadMs);
  }

  allQuotes(guild?: string) {
    return quotesIn(this.state, guild);
  }

  skipped() {
    return this.state.skipped;
  }

  addArticle(request: AddRequest): Promise<AddReport> {
    return this.gate.run(() => this.changes.add(request));
  }

  removeArticle(request: RemoveRequest): Promise<RemoveReport> {
    return this.gate.run(() => this.changes.remove(request));
  }

  reindex(): Promise<ReindexReport> {
    // Callers share a run that has not finished; it waits for any add or remove before it.
    this.running ??= this.gate
      .run(() =>
        this.exclusive(async () => {
          await this.gate.checkpoint('queued', this.log);
          const update = await updateState(this.roots, this.state, this.readOffThread);
          await this.gate.checkpoint('reindex-read', this.log);
          await this.serve(update.state, update.changed);
          // A reindex is reported done once its snapshot is saved (an add is answered before).
          await this.settle();
          await this.gate.checkpoint('reindex-snapshot-written', this.log, true);
          return update.report;
        }),
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /**
   * Shut down: refuse new changes, give those in flight `ms` to finish, then stop them (they roll
   * back) and stop the worker thread. Questions are still answered meanwhile.
   */
  async drain(ms: number): Promise<DrainReport> {
    const report = await this.gate.drain(ms);
    await this.heavy?.close();
    return report;
  }

  refresh(): Promise<boolean> {
    // In the queue, so a snapshot never lands in the middle of this process's own add. Another
    // process may have written its snapshot from an older scan than this one's, so the loaded
    // state is brought up to date with the disk before it replaces the one serving.
    return this.exclusive(async () => {
      if (!(await this.snapshot.changedOnDisk())) return false;
      const loaded = await this.snapshot.read();
      if (!loaded) return false;
      const { state } = await updateState(this.roots, loaded, this.readOffThread);
      await this.serve(state, false);
      await this.changes.reload();
      return true;
    });
  }

  /**
   * Bring the additions of one server (or of every server this machine owns) from the record
   * into the local folder and the index: what a change announced by another machine calls for.
   */
  syncGuild(guild: string): Promise<void> {
    return this.exclusive(async () => {
      await this.mirror([guild]);
      const state = this.state;
      const keys = new Set(state.files.map((f) => f.file).filter((f) => guildOf(f) === guild));
      if (this.roots.guilds) {
        for (const name of await readdir(join(this.roots.guilds, guild)).catch(() => [])) {
          if (!name.startsWith('.')) keys.add(guildFileKey(guild, name));
        }
      }
      const update = await updateFiles(this.roots, state, [...keys], this.readOffThread);
      await this.serve(update.state, update.changed);
      await this.changes.reload();
    });
  }

  // With Postgres as the record, this machine's copy of its servers' additions is refreshed from
  // it; when the database is down the copy on disk serves, as the snapshot does.
  private async mirror(guilds?: string[]): Promise<void> {
    if (!this.storage || this.storage.backend === 'files' || !this.roots.guilds) return;
    const backend = this.storage.backend;
    try {
      const through = guilds ? undefined : await this.storage.lastSequence();
      const report = await mirrorAdditions(this.storage, this.roots.guilds, {
        owns: this.owns,
        ...(guilds ? { guilds } : {}),
      });
      if (report.written || report.removed) {
        this.log(`additions from ${backend}: ${report.written} written, ${report.removed} removed`);
      }
      if (report.unrecorded.length > 0) {
        const some = report.unrecorded.slice(0, 3).join(', ');
        const more = report.unrecorded.length > 3 ? ', …' : '';
        this.log(
          `GUILDS_DIR holds ${count(report.unrecorded.length, 'addition')} ${backend} has no record of (${some}${more}): ` +
            'kept, and searched on this machine only. Run `npm run migrate-to-postgres` to copy them in.',
        );
      }
      this.mirroredAt = through ?? this.mirroredAt;
    } catch (error) {
      // What the outage means here: this machine's copy of the additions answers meanwhile.
      const why = unreadableBecause(error);
      const copy =
        error instanceof StorageUnavailableError ? "; answering from this machine's copy" : '';
      this.log(`could not bring servers' additions up to date from ${backend}: ${why}${copy}`);
    }
  }

  /**
   * Serve `state` from now on and, when `save`, save it as the snapshot after this returns: an
   * add or reindex is answered once the index serves, not after tens of megabytes are written
   * (at ~100k passages the write took most of an /add). A crash before the write loses nothing:
   * the next start finds the files newer than the snapshot and indexes just those.
   */
  private async serve(state: EngineState, save: boolean): Promise<void> {
    // Candidate lists are built before the state serves, so no question waits for them.
    postingsOf(state.index);
    this.state = state;
    if (save) this.saveLater(state);
    if (this.buildInIdle) setImmediate(() => this.warm(state));
  }

  /** Build what questions about `state` use besides the postings, unless it no longer serves. */
  private warm(state: EngineState): void {
    if (this.state !== state) return;
    state.index.vocabulary.fuzzyTree();
    state.registry();
  }

  // One write at a time; states that arrive meanwhile are coalesced into one write of the newest.
  private saving: Promise<void> = Promise.resolve();
  private unsaved: EngineState | null = null;

  private saveLater(state: EngineState): void {
    const writeQueued = this.unsaved !== null;
    this.unsaved = state;
    if (writeQueued) return;
    this.saving = this.saving.then(async () => {
      const newest = this.unsaved!;
      this.unsaved = null;
      await this.snapshot.write(newest);
    });
  }

  async settle(): Promise<void> {
    for (let pending = this.saving; ; pending = this.saving) {
      await pending;
      if (pending === this.saving) return;
    }
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * True when a scan stamped files the snapshot holds no stamp for (see FileFingerprint.stamp): saved
 * once, so that the next start-up need not read them again.
 */
function newStamps(before: FileFingerprint[], now: FileFingerprint[]): boolean {
  const stamps = new Map(before.map((f) => [f.file, f.stamp]));
  return now.some((f) => f.stamp !== undefined && stamps.get(f.file) !== f.stamp);
}

const versionsOf = new WeakMap<EngineState, Map<string, string>>();

/**
 * A digest of an article's text as `state` indexes it, its title and paragraphs: one story edited
 * in a file of several changes its own version only, and a file saved again unchanged none.
 */
function articleVersion(state: EngineState, id: string): string | undefined {
  let versions = versionsOf.get(state);
  if (!versions) {
    versions = new Map();
    versionsOf.set(state, versions);
  }
  let version = versions.get(id);
  if (version === undefined) {
    const title = state.index.articles.get(id)?.title;
    const paragraphs = articleParagraphs(state.index, id);
    if (title === undefined || !paragraphs) return undefined;
    version = createHash('sha256')
      .update(`${title}\n${paragraphs.join('\n')}`)
      .digest('base64url');
    versions.set(id, version);
  }
  return version;
}

/** The skipped files in `now` that `before` did not list (same file, same reason). */
function newSkips(before: SkippedFile[], now: SkippedFile[]): SkippedFile[] {
  const told = new Set(before.map((s) => `${s.file}\n${s.reason}`));
  return now.filter((s) => !told.has(`${s.file}\n${s.reason}`));
}

function clampK(k: number): number {
  return Number.isFinite(k) ? Math.max(1, Math.min(MAX_RESULTS, Math.floor(k))) : 3;
}

/** What of `obtained` may move to the worker: a download's bytes, never bytes a caller gave. */
function downloadedBuffer(obtained: Obtained): ArrayBuffer[] {
  return obtained.downloaded ? ownBuffer(obtained.bytes) : [];
}

/**
 * The extracted quotations of an article of `state`, for naming a pronoun's speaker in excerpts;
 * read from the snapshot only when an excerpt has such a pronoun. A result kept for paging holds
 * no state (a reindex frees the old one): its excerpt then names no speaker.
 */
function quotesOfArticles(state: Visible): QuotesOf {
  const held = new WeakRef(state);
  return (articleId) => held.deref()?.quotes()[articleId];
}
