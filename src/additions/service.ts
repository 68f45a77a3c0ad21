import { rm } from 'node:fs/promises';
import { guildFileKey, guildOf, nameInGuild } from '../corpus/ids.js';
import { shownQuotes, type AddedBy } from '../engine/catalog.js';
import type { Actor, AddReport, AddRequest, RemoveReport, RemoveRequest } from '../engine/api.js';
import type { Phase } from '../engine/drain.js';
import { guildArticleIds } from '../engine/guilds.js';
import type { EngineState } from '../engine/update.js';
import { InputError } from '../errors.js';
import { speakersWithin } from '../quotes/index.js';
import { unreadableBecause } from '../storage/errors.js';
import type { Storage } from '../storage/types.js';
import type { DownloadPolicy } from '../net/download.js';
import { additionChars, checkQuota, recordLimits, type QuotaUsage, type Quotas } from './quotas.js';
import { findDuplicate } from './duplicates.js';
import { obtainSource, type Obtained, type Prepared } from './prepare.js';
import { additionFileName, guildFolder, pathInside, writeAtomically } from './store.js';

/** What the additions service needs of the engine it works on. */
export interface AdditionsHost {
  /** The state serving now. */
  current(): EngineState;
  /** Run `task` alone in the engine's queue of changes (adds, removes, reindexes). */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Parse and clean what was fetched (on a worker thread, so the main one keeps answering). */
  prepare(obtained: Obtained, title: string | undefined): Promise<Prepared>;
  /**
   * Index these files again (only these), serve the result and save the snapshot; `built` runs
   * between building the new state and serving it.
   */
  indexFiles(keys: string[], built?: () => Promise<void>): Promise<void>;
  /**
   * A change reached `phase`: throws InterruptedError when a shutdown's deadline has passed and
   * the change is not `committed` yet (it then rolls back).
   */
  checkpoint(phase: Phase, committed?: boolean): Promise<void>;
  /** How many passages an article has in the state serving now. */
  passageCount(articleId: string): number;
}

/** Where additions are kept and how they are fetched. */
export interface AdditionsOptions {
  /** `<dir>/<server id>/…`, the files the index reads; without it /add and /remove are refused. */
  guildsDir: string | undefined;
  /** The record of every server's additions and the audit log (files, or Postgres). */
  storage: Storage | undefined;
  fetch: Partial<DownloadPolicy>;
  quotas: Quotas;
  log: (line: string) => void;
}

/**
 * A server's own articles: download → parse (worker thread) → refuse duplicates → record (file and
 * audit line together) → index that file → snapshot, and the way back for /remove. The download
 * and parsing happen outside the engine's queue; the duplicate check, the record and the index
 * update run alone, so two adds of the same page cannot both pass the check. Nothing is left on
 * disk when any step fails or a shutdown interrupts the add before its snapshot is written.
 */
export class Additions {
  private who: AddedBy = new Map();

  constructor(
    private readonly host: AdditionsHost,
    private readonly options: AdditionsOptions,
  ) {}

  /** Who added each article still present (as of the last reload). */
  addedBy(): AddedBy {
    return this.who;
  }

  /** Read who added what again (another process may have changed it). */
  async reload(): Promise<void> {
    const storage = this.options.storage;
    if (!storage) return;
    try {
      const who = new Map<string, Actor & { at: string }>();
      for (const a of await storage.additionOwners()) {
        who.set(guildFileKey(a.guild, a.name), { ...a.addedBy, at: a.at });
      }
      this.who = who;
    } catch (error) {
      // The record is out of reach (Postgres down): the listing keeps what it knew. The error's
      // message is for whoever tried to add an article; the log says what failed and why.
      this.options.log(`could not read who added what: ${unreadableBecause(error)}`);
    }
  }

  async add(request: AddRequest): Promise<AddReport> {
    const { folder, storage } = this.place(request.guild);
    const started = performance.now();
    const obtained = await obtainSource(request.source, this.options.fetch);
    await this.host.checkpoint('downloaded');
    const prepared = await this.host.prepare(obtained, request.title);
    await this.host.checkpoint('parsed');
    checkQuota({ articles: 0, chars: 0, total: 0 }, prepared.chars, this.options.quotas);
    return this.host.exclusive(async () => {
      await this.host.checkpoint('queued');
      this.refuseDuplicate(request.guild, prepared);
      const usage = this.usage(request.guild);
      const total = additionChars(this.host.current().index).total;
      checkQuota({ ...usage, total }, prepared.chars, this.options.quotas);
      const { article, markdown, fingerprint, urls, chars } = prepared;
      const name = additionFileName(article.title, fingerprint);
      const key = guildFileKey(request.guild, name);
      const path = pathInside(folder, name);
      const change = { by: request.by, via: request.via };
      // The record first, in one transaction with its audit entry: a duplicate another machine
      // added meanwhile is refused here. The file store writes the file itself; with Postgres the
      // file is this machine's copy for the index.
      const { addition } = await storage.add(
        {
          guild: request.guild,
          name,
          title: article.title,
          url: article.url,
          fingerprint,
          urls,
          markdown,
          chars,
        },
        change,
        // Counted again where the additions are recorded: another process or machine (a
        // `footnote add`, another bot) may have added some since this index was built.
        recordLimits(this.options.quotas),
      );
      let id: string;
      try {
        if (storage.backend !== 'files') await writeAtomically(path, markdown);
        await this.host.checkpoint('recorded');
        await this.host.indexFiles([key], () => this.host.checkpoint('indexed'));
        const ids = this.host.current().fileArticles[key] ?? [];
        if (ids.length === 0) throw new InputError('That page has no article text I can use.');
        id = ids[0]!;
      } catch (error) {
        // Take it out of the record, the folder and the index again.
        await storage.remove(request.guild, name, change).catch(() => undefined);
        await rm(path, { force: true });
        await this.host.indexFiles([key]).catch(() => undefined);
        throw error;
      }
      await this.host.checkpoint('snapshot-written', true);
      // Only this article's entry changes: the record is not read again (with files, that is
      // every server's folder; with Postgres, every addition's text).
      this.who = new Map(this.who).set(key, { ...addition.addedBy, at: addition.at });
      const state = this.host.current();
      const info = state.index.articles.get(id)!;
      // Not "Naïve Bakery" for the “best loaf” prize it won.
      const quotes = shownQuotes(state.quotes()[id]);
      const speakers = speakersWithin(quotes);
      const report: AddReport = {
        id,
        title: info.title,
        source: info.source,
        file: `${request.guild}/${name}`,
        paragraphs: info.paragraphs,
        passages: this.host.passageCount(id),
        quotes: quotes.length,
        speakers,
        ms: Math.round(performance.now() - started),
      };
      if (info.url) report.url = info.url;
      return report;
    });
  }

  async remove(request: RemoveRequest): Promise<RemoveReport> {
    const { folder, storage } = this.place(request.guild);
    // An article id, or just its file name within the server's folder (what autocomplete offers).
    const id =
      guildOf(request.id) === undefined ? guildFileKey(request.guild, request.id) : request.id;
    return this.host.exclusive(async () => {
      await this.host.checkpoint('queued');
      const state = this.host.current();
      const info = state.index.articles.get(id);
      if (!info || guildOf(info.id) !== request.guild) {
        throw new InputError(
          'This server has no added article with that id; `/sources` lists what it has added.',
        );
      }
      const report: RemoveReport = {
        id: info.id,
        title: info.title,
        passages: this.host.passageCount(info.id),
        quotes: shownQuotes(state.quotes()[info.id]).length,
      };
      const name = nameInGuild(info.file);
      await storage.remove(request.guild, name, { by: request.by, via: request.via });
      await rm(pathInside(folder, name), { force: true });
      await this.host.indexFiles([info.file]);
      const who = new Map(this.who);
      who.delete(info.file);
      this.who = who;
      return report;
    });
  }

  /** What `guild` holds against its quota. */
  usage(guild: string): QuotaUsage {
    const state = this.host.current();
    const { byGuild } = additionChars(state.index);
    const { guildArticles, guildChars } = this.options.quotas;
    return {
      articles: guildArticleIds(state, guild).length,
      maxArticles: guildArticles,
      chars: byGuild.get(guild) ?? 0,
      maxChars: guildChars,
    };
  }

  private place(guild: string): { folder: string; storage: Storage } {
    const { guildsDir, storage } = this.options;
    if (!guildsDir || !storage) {
      throw new InputError('Adding articles is not set up here (no GUILDS_DIR).');
    }
    return { folder: guildFolder(guildsDir, guild), storage };
  }

  /** Refuse an article this server can already see, by URL or by text. */
  private refuseDuplicate(guild: string, prepared: Prepared): void {
    const { index } = this.host.current();
    const id = findDuplicate(index, guild, prepared);
    const info = id === undefined ? undefined : index.articles.get(id);
    if (id === undefined || !info) return;
    const where = guildOf(id) === undefined ? 'the shared corpus' : "this server's additions";
    throw new InputError(
      `That article is already in ${where}: "${info.title}" (${info.url ?? info.source}).`,
    );
  }
}
