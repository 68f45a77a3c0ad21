import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { writeAtomically } from '../additions/store.js';

/** What a server's moderators can turn on or off; everything is on until they do. */
const SETTINGS = z.record(
  z.string().check(z.regex(/^\d{17,20}$/)),
  z.object({ findSources: z.optional(z.boolean()) }),
);

export type ServerSettings = z.infer<typeof SETTINGS>[string];

/**
 * Each server's settings, in one small JSON file in DATA_DIR (in memory without a path). Read on
 * every use, so shards sharing the folder see a change at once; written whole and atomically.
 */
export class GuildSettings {
  private memory: Record<string, ServerSettings> = {};

  constructor(private readonly path?: string) {}

  /** The settings of `guild` (all defaults for a server that never changed any). */
  async of(guild: string): Promise<Required<ServerSettings>> {
    const all = await this.read();
    return { findSources: all[guild]?.findSources ?? true };
  }

  /** Change some of `guild`'s settings. */
  async update(guild: string, change: ServerSettings): Promise<void> {
    const all = await this.read();
    all[guild] = { ...all[guild], ...change };
    this.memory = all;
    if (this.path) await writeAtomically(this.path, `${JSON.stringify(all, null, 2)}\n`);
  }

  private async read(): Promise<Record<string, ServerSettings>> {
    if (!this.path) return { ...this.memory };
    const text = await readFile(this.path, 'utf8').catch(() => null);
    if (text === null) return {};
    // A damaged file must not turn features off or stop the bot: it reads as all defaults.
    try {
      const parsed = SETTINGS.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }
}
