import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Actor } from '../engine/api.js';

/** One line of the audit log: who changed which server's corpus, when, and how. */
export interface AuditEntry {
  at: string;
  action: 'add' | 'remove';
  guild: string;
  by: Actor;
  via: 'discord' | 'cli';
  article: { id: string; title: string; url?: string };
}

/**
 * Append-only JSON lines in DATA_DIR. Each entry is one append of one line, so concurrent writers
 * (several shards) never interleave inside a line.
 */
export class AuditLog {
  private cache: { mtime: number; entries: AuditEntry[] } | null = null;

  constructor(readonly path: string) {}

  async append(entry: AuditEntry): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(entry)}\n`);
  }

  /** Every entry, oldest first; a missing log is empty and a damaged line is passed over. */
  async entries(): Promise<AuditEntry[]> {
    const mtime = await stat(this.path).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (this.cache?.mtime === mtime) return this.cache.entries;
    const text = mtime ? await readFile(this.path, 'utf8').catch(() => '') : '';
    const entries: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as AuditEntry;
        if (entry && typeof entry.article?.id === 'string') entries.push(entry);
      } catch {
        // a torn last line after a crash: the rest of the log still counts
      }
    }
    this.cache = { mtime, entries };
    return entries;
  }

  /** Who added each article still present (the latest add of its id). */
  async addedBy(): Promise<Map<string, Actor & { at: string }>> {
    const out = new Map<string, Actor & { at: string }>();
    for (const e of await this.entries()) {
      if (e.action === 'add') out.set(e.article.id, { ...e.by, at: e.at });
      else out.delete(e.article.id);
    }
    return out;
  }
}
