import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine, type Engine } from '../../src/engine/engine.js';

/** A temporary folder: a copy of the seeds as the shared corpus, servers' additions, a data folder. */
export interface SeedsCorpus {
  corpus: string;
  guilds: string;
  /** Write `text` as server `guild`'s addition `name`, as /add (or a hand) leaves it. */
  add(guild: string, name: string, text: string): Promise<void>;
  /** An engine over the folder, as the bot or the console opens one. */
  open(): Promise<Engine>;
  remove(): Promise<void>;
}

export async function seedsCorpus(prefix: string): Promise<SeedsCorpus> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const [corpus, guilds, data] = [join(dir, 'corpus'), join(dir, 'guilds'), join(dir, 'data')];
  await cp('seeds', corpus, { recursive: true });
  await mkdir(guilds);
  return {
    corpus,
    guilds,
    add: async (guild, name, text) => {
      await mkdir(join(guilds, guild), { recursive: true });
      await writeFile(join(guilds, guild, name), text);
    },
    open: () => openEngine({ corpusDir: corpus, dataDir: data, guildsDir: guilds }),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
