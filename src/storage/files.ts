import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Actor } from '../engine/api.js';
import { markdownChars, normalizeUrl, textFingerprint } from '../additions/prepare.js';
import { checkRoom } from '../additions/quotas.js';
import { guildFolder, pathInside, writeAtomically } from '../additions/store.js';
import { parseArticles } from '../corpus/parse.js';
import { guildFileKey, guildOf, isServerId, nameInGuild } from '../corpus/ids.js';
import { DuplicateError, NotFoundError, duplicateMessage } from './errors.js';
import { withFileLock } from './file-lock.js';
import { appendJsonLine, appendJsonLines, readJsonLines } from './jsonl.js';
import {
  checkAddition,
  checkChange,
  checkGuild,
  checkQuestion,
  checkVote,
  hashMember,
} from './records.js';
import type {
  AdditionLimits,
  AddedRecord,
  AuditAction,
  AuditRecord,
  ChangeBy,
  NewAddition,
  QuestionEntry,
  Storage,
  StoredAddition,
  AdditionInfo,
  AdditionOwner,
  StoredQuestion,
  StoredVote,
  Vote,
} from './types.js';

export interface FileStorageOptions {
  /** Servers' additions, `<guildsDir>/<server id>/<name>.md` (GUILDS_DIR). */
  guildsDir: string;
  /** The audit log, feedback and question log live here (DATA_DIR). */
  dataDir: string;
  /** Key for hashing member ids in votes. */
  memberSecret?: string;
}

/** A file the additions folder holds that does not read back as one article. */
export interface UnreadableAddition {
  guild: string;
  name: string;
  reason: string;
}

/** The audit log line, as the file installation has always written it (plus shared changes). */
interface AuditLine {
  at: string;
  action: AuditAction;
  guild?: string;
  by: Actor;
  via: 'discord' | 'cli';
  article?: { id: string; title: string; url?: string };
}

/** A write-ahead marker's file name, `.pending-<addition>.json` (mark), with the addition's name. */
const PENDING = /^\.pending-(.+)\.json$/;

/** A change to one addition under way: what `recover` finishes or undoes after a crash. */
interface Pending {
  action: 'add' | 'remove';
  change: ChangeBy;
}

interface VoteLine extends StoredVote {
  kind: 'vote';
}

/**
 * Today's storage, for one machine: each addition a Markdown file in its server's folder (written
 * whole or not at all), and JSON-lines logs in DATA_DIR appended a line at a time. An audit entry's
 * sequence is its position in the log. Changes run one at a time, in one process and across the
 * processes sharing the folder (a lock file), so a page is never saved twice and the limits (a
 * server's articles and characters, all servers' characters) hold however many `footnote add`s run
 * at once, beside a running bot.
 */
export class FileStorage implements Storage {
  readonly backend = 'files' as const;
  readonly guildsDir: string;
  readonly auditPath: string;
  private readonly feedbackPath: string;
  private readonly questionsPath: string;
  private readonly memberSecret: string;
  private queue: Promise<unknown> = Promise.resolve();
  /** Characters of text each addition's file holds, by path, with the size and time read. */
  private readonly charsOf = new Map<string, { stamp: string; chars: number }>();

  constructor(options: FileStorageOptions) {
    this.guildsDir = resolve(options.guildsDir);
    const dataDir = resolve(options.dataDir);
    this.auditPath = join(dataDir, 'audit.jsonl');
    this.feedbackPath = join(dataDir, 'feedback.jsonl');
    this.questionsPath = join(dataDir, 'questions.jsonl');
    this.memberSecret = options.memberSecret ?? 'footnote-feedback';
  }

  async add(
    addition: NewAddition,
    change: ChangeBy,
    limits?: AdditionLimits,
  ): Promise<AddedRecord> {
    checkAddition(addition);
    checkChange(change);
    return this.exclusive(async () => {
      const { additions } = await this.readGuild(addition.guild);
      // Counted on disk: another process may have added since this one's index was built.
      if (limits) {
        const held = await this.heldChars(addition.guild);
        const usage = { articles: additions.length, ...held };
        checkRoom(usage, addition.chars ?? markdownChars(addition.markdown), limits);
      }
      const urls = new Set(addition.urls);
      const existing = additions.find(
        (a) =>
          a.name === addition.name ||
          a.fingerprint === addition.fingerprint ||
          a.urls.some((u) => urls.has(u)),
      );
      if (existing) throw new DuplicateError(duplicateMessage(existing));
      const path = pathInside(guildFolder(this.guildsDir, addition.guild), addition.name);
      // Write-ahead: a process stopped between the file and its audit line leaves this marker,
      // and the next start (recover) takes the file out again.
      const marker = await this.mark(addition.guild, addition.name, { action: 'add', change });
      try {
        await writeAtomically(path, addition.markdown);
        const audit = await this.appendAudit('add', addition.guild, change, addition);
        await rm(marker, { force: true });
        const { chars: _counted, ...recorded } = addition;
        const stored: StoredAddition = {
          ...recorded,
          urls: [...urls].sort(),
          addedBy: change.by,
          via: change.via,
          at: audit.at,
        };
        return { addition: stored, audit };
      } catch (error) {
        // Both or neither: an article nobody is recorded as adding is taken out again.
        await rm(path, { force: true });
        await rm(marker, { force: true });
        throw error;
      }
    });
  }

  async remove(guild: string, name: string, change: ChangeBy): Promise<AuditRecord> {
    checkGuild(guild);
    checkChange(change);
    return this.exclusive(async () => {
      const path = pathInside(guildFolder(this.guildsDir, guild), name);
      const found = (await this.readGuild(guild)).additions.find((a) => a.name === name);
      if (!found) {
        throw new NotFoundError(
          'This server has no added article with that id; `/sources` lists what it has added.',
        );
      }
      const marker = await this.mark(guild, name, { action: 'remove', change });
      await rm(path, { force: true });
      const audit = await this.appendAudit('remove', guild, change, found);
      await rm(marker, { force: true });
      return audit;
    });
  }

  /**
   * Finish or undo the adds and removes a stopped process left half-done (their write-ahead
   * markers): an added file without its audit line is taken out; a removed file whose audit
   * line is missing gets it. One line per repair.
   */
  async recover(): Promise<string[]> {
    // Most starts find no marker and take no lock (a read-only command creates nothing). With
    // one, under the lock: a marker another running process holds is its add under way.
    if (!(await this.anyMarker())) return [];
    return this.exclusive(() => this.recoverNow());
  }

  private async anyMarker(): Promise<boolean> {
    for (const guild of await this.guilds()) {
      const entries = await readdir(guildFolder(this.guildsDir, guild)).catch(() => [] as string[]);
      if (entries.some((entry) => PENDING.test(entry))) return true;
    }
    return false;
  }

  private async recoverNow(): Promise<string[]> {
    const lines: string[] = [];
    const present = await this.addedBy();
    for (const guild of await this.guilds()) {
      const folder = guildFolder(this.guildsDir, guild);
      for (const entry of await readdir(folder).catch(() => [] as string[])) {
        const name = PENDING.exec(entry)?.[1];
        if (!name) continue;
        const marker = join(folder, entry);
        const pending = await readFile(marker, 'utf8')
          .then((text) => JSON.parse(text) as Pending)
          .catch(() => undefined);
        const path = pathInside(folder, name);
        const recorded = present.has(guildFileKey(guild, name));
        const exists = await stat(path).then(
          () => true,
          () => false,
        );
        if (pending?.action === 'add' && !recorded && exists) {
          await rm(path, { force: true });
          lines.push(`removed ${guild}/${name}: its add was stopped before its audit line`);
        } else if (pending?.action === 'remove' && recorded && !exists) {
          await this.appendAudit('remove', guild, pending.change, { name, title: name });
          lines.push(
            `recorded the removal of ${guild}/${name}: it was stopped before its audit line`,
          );
        }
        await rm(marker, { force: true });
      }
    }
    return lines;
  }

  async additions(guild: string): Promise<StoredAddition[]> {
    return (await this.readGuild(guild)).additions;
  }

  async allAdditions(wanted: (guild: string) => boolean = () => true): Promise<StoredAddition[]> {
    const out: StoredAddition[] = [];
    const addedBy = await this.addedBy(); // the audit log read once for every server
    for (const guild of await this.guilds()) {
      if (wanted(guild)) out.push(...(await this.readGuild(guild, addedBy)).additions);
    }
    return out;
  }

  async additionInfos(wanted?: (guild: string) => boolean): Promise<AdditionInfo[]> {
    // The files are on this machine's disk: read as for allAdditions, the text left out.
    return (await this.allAdditions(wanted)).map(({ markdown: _markdown, ...info }) => info);
  }

  async removedNames(guild: string, names: readonly string[]): Promise<string[]> {
    const asked = new Set(names);
    const removed = (await this.readAudit())
      .filter((r) => r.action === 'remove' && r.guild === guild && asked.has(r.article?.name ?? ''))
      .map((r) => r.article!.name);
    return [...new Set(removed)];
  }

  async additionOwners(): Promise<AdditionOwner[]> {
    // From the folders and the audit log alone: reading each article to learn its title and
    // fingerprint made every start-up parse every server's additions (a 5 MB page alone ~0.5 s).
    const addedBy = await this.addedBy();
    const out: AdditionOwner[] = [];
    for (const guild of await this.guilds()) {
      const folder = guildFolder(this.guildsDir, guild);
      for (const name of await articleNames(folder)) {
        const who = addedBy.get(guildFileKey(guild, name));
        // A file removed since the folder was listed is left out, not an error for the rest.
        const at = who?.at ?? (await stat(join(folder, name)).catch(() => undefined))?.mtime;
        if (at === undefined) continue;
        const when = typeof at === 'string' ? at : at.toISOString();
        out.push({ guild, name, addedBy: who?.by ?? { id: 'unknown' }, at: when });
      }
    }
    return out;
  }

  /** Characters of text `guild`'s additions hold on disk (`chars`), and every server's (`total`). */
  private async heldChars(guild: string): Promise<{ chars: number; total: number }> {
    let chars = 0;
    let total = 0;
    for (const g of await this.guilds()) {
      const folder = guildFolder(this.guildsDir, g);
      for (const name of await articleNames(folder)) {
        const n = await this.fileChars(join(folder, name));
        total += n;
        if (g === guild) chars += n;
      }
    }
    return { chars, total };
  }

  /**
   * markdownChars of the file at `path`, read again only when its size or time changed: an add
   * counts every server's additions, and parsing them all each time took ~30 ms per MB.
   */
  private async fileChars(path: string): Promise<number> {
    const st = await stat(path).catch(() => undefined);
    if (!st) return 0; // removed since the folder was listed
    const stamp = `${st.size}:${st.mtimeMs}`;
    const known = this.charsOf.get(path);
    if (known?.stamp === stamp) return known.chars;
    const markdown = await readFile(path, 'utf8').catch(() => '');
    const chars = markdownChars(markdown);
    this.charsOf.set(path, { stamp, chars });
    return chars;
  }

  /** The servers that have an additions folder. */
  async guilds(): Promise<string[]> {
    const names = await readdir(this.guildsDir).catch(() => [] as string[]);
    return names.filter(isServerId).sort();
  }

  /**
   * A server's additions as they read back from disk, oldest first, with who added each (from
   * the audit log, read here unless given); files that hold no article are listed apart.
   */
  async readGuild(
    guild: string,
    known?: Map<string, AuditLine>,
  ): Promise<{ additions: StoredAddition[]; unreadable: UnreadableAddition[] }> {
    const folder = guildFolder(this.guildsDir, guild);
    const names = await articleNames(folder);
    const addedBy = known ?? (await this.addedBy());
    const additions: StoredAddition[] = [];
    const unreadable: UnreadableAddition[] = [];
    for (const name of names) {
      const path = join(folder, name);
      try {
        const markdown = await readFile(path, 'utf8');
        const [article] = parseArticles('added.md', new TextEncoder().encode(markdown));
        const who = addedBy.get(guildFileKey(guild, name));
        const at = who?.at ?? (await stat(path)).mtime.toISOString();
        additions.push({
          guild,
          name,
          title: article!.title,
          ...(article!.url ? { url: article!.url } : {}),
          fingerprint: textFingerprint(article!),
          urls: article!.url ? [normalizeUrl(article!.url)] : [],
          markdown,
          addedBy: who?.by ?? { id: 'unknown' },
          via: who?.via ?? 'cli',
          at,
        });
      } catch (error) {
        unreadable.push({ guild, name, reason: (error as Error).message });
      }
    }
    additions.sort((a, b) => a.at.localeCompare(b.at) || a.name.localeCompare(b.name));
    return { additions, unreadable };
  }

  async sharedCorpusChanged(change: ChangeBy): Promise<AuditRecord> {
    checkChange(change);
    return this.exclusive(() => this.appendAudit('shared-changed', undefined, change));
  }

  async auditSince(sequence: number, options: { limit?: number } = {}): Promise<AuditRecord[]> {
    const all = await this.readAudit();
    return all.slice(Math.max(0, sequence), Math.max(0, sequence) + (options.limit ?? 10_000));
  }

  async lastSequence(): Promise<number> {
    return (await this.readAudit()).length;
  }

  async vote(vote: Vote): Promise<void> {
    checkVote(vote);
    const { member, ...rest } = vote;
    const line: VoteLine = {
      kind: 'vote',
      ...rest,
      memberHash: hashMember(member, this.memberSecret),
      at: new Date().toISOString(),
    };
    await appendJsonLine(this.feedbackPath, line);
  }

  async votes(filter: { answer?: string; guild?: string }): Promise<StoredVote[]> {
    const lines = await readJsonLines(this.feedbackPath, isVoteLine);
    // A changed vote is a later line for the same member and answer: the last one counts.
    const latest = new Map<string, StoredVote>();
    for (const { kind: _kind, ...vote } of lines) {
      const key = `${vote.answer}\n${vote.memberHash}`;
      const first = latest.get(key);
      latest.delete(key);
      latest.set(key, first ? { ...first, vote: vote.vote, at: vote.at } : vote);
    }
    return [...latest.values()].filter(
      (v) =>
        (filter.answer === undefined || v.answer === filter.answer) &&
        (filter.guild === undefined || v.guild === filter.guild),
    );
  }

  async logQuestions(entries: readonly QuestionEntry[]): Promise<void> {
    entries.forEach(checkQuestion);
    const lines = entries.map((entry): StoredQuestion => ({
      ...(entry.guild ? { guild: entry.guild } : {}),
      question: entry.question,
      answered: entry.answered,
      ...(entry.id ? { id: entry.id } : {}),
      ...(entry.passages ? { passages: entry.passages } : {}),
      at: (entry.at ?? new Date()).toISOString(),
    }));
    await appendJsonLines(this.questionsPath, lines);
  }

  async questionById(id: string): Promise<StoredQuestion | undefined> {
    // One read of the log per vote: a click is rare next to a question, and lines are short.
    const all = await readJsonLines(this.questionsPath, isQuestion);
    return all.findLast((q) => q.id === id);
  }

  async questions(filter: { guild?: string; since?: Date } = {}): Promise<StoredQuestion[]> {
    const since = filter.since?.toISOString() ?? '';
    return (await readJsonLines(this.questionsPath, isQuestion)).filter(
      (q) => (filter.guild === undefined || q.guild === filter.guild) && q.at >= since,
    );
  }

  async close(): Promise<void> {
    await this.queue;
  }

  /** Every audit entry, numbered from 1 in file order. */
  async readAudit(): Promise<AuditRecord[]> {
    const lines = await readJsonLines(this.auditPath, isAuditLine);
    return lines.map((line, i) => toRecord(line, i + 1));
  }

  private async appendAudit(
    action: AuditAction,
    guild: string | undefined,
    change: ChangeBy,
    article?: { name: string; title: string; url?: string },
  ): Promise<AuditRecord> {
    const line: AuditLine = {
      at: new Date().toISOString(),
      action,
      by: change.by,
      via: change.via,
    };
    if (guild) line.guild = guild;
    if (guild && article) {
      line.article = { id: guildFileKey(guild, article.name), title: article.title };
      if (article.url) line.article.url = article.url;
    }
    await appendJsonLine(this.auditPath, line);
    // Position in the log; another process appending at the same instant may shift it by one.
    return toRecord(line, await this.lastSequence());
  }

  /** Who added each addition still present (the latest add of its id). */
  private async addedBy(): Promise<Map<string, AuditLine>> {
    const out = new Map<string, AuditLine>();
    for (const line of await readJsonLines(this.auditPath, isAuditLine)) {
      if (!line.article) continue;
      if (line.action === 'add') out.set(line.article.id, line);
      else out.delete(line.article.id);
    }
    return out;
  }

  /** Write the write-ahead marker of a change to `name`; returns its path. */
  private async mark(guild: string, name: string, pending: Pending): Promise<string> {
    const folder = guildFolder(this.guildsDir, guild);
    pathInside(folder, name);
    const marker = join(folder, `.pending-${name}.json`);
    await writeAtomically(marker, JSON.stringify(pending));
    return marker;
  }

  /**
   * One change at a time: in this process by a queue, across processes sharing the folder (the
   * bot and `footnote add`) by a lock file in it.
   */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const locked = async (): Promise<T> => {
      await mkdir(this.guildsDir, { recursive: true });
      return withFileLock(join(this.guildsDir, '.lock'), task);
    };
    const run = this.queue.then(locked);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function toRecord(line: AuditLine, sequence: number): AuditRecord {
  const record: AuditRecord = {
    sequence,
    at: line.at,
    action: line.action,
    by: line.by,
    via: line.via,
  };
  if (line.guild) record.guild = line.guild;
  const name =
    line.article && guildOf(line.article.id) === line.guild
      ? nameInGuild(line.article.id)
      : undefined;
  if (line.article && name) {
    record.article = { name, title: line.article.title };
    if (line.article.url) record.article.url = line.article.url;
  }
  return record;
}

function isAuditLine(value: unknown): value is AuditLine {
  const v = value as Partial<AuditLine> | null;
  if (!v || typeof v.at !== 'string' || typeof v.by?.id !== 'string') return false;
  if (v.action === 'shared-changed') return true;
  return (
    (v.action === 'add' || v.action === 'remove') &&
    typeof v.guild === 'string' &&
    typeof v.article?.id === 'string'
  );
}

function isVoteLine(value: unknown): value is VoteLine {
  const v = value as Partial<VoteLine> | null;
  return (
    v?.kind === 'vote' &&
    typeof v.answer === 'string' &&
    typeof v.memberHash === 'string' &&
    (v.vote === 1 || v.vote === -1) &&
    Array.isArray(v.passages)
  );
}

function isQuestion(value: unknown): value is StoredQuestion {
  const v = value as Partial<StoredQuestion> | null;
  return (
    typeof v?.question === 'string' && typeof v.answered === 'boolean' && typeof v.at === 'string'
  );
}

/** The article files of a server's additions folder, sorted (none when it does not exist). */
async function articleNames(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((n) => !n.startsWith('.') && n.endsWith('.md')).sort();
}
