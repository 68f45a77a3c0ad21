import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddRequest } from '../../src/engine/api.js';
import { openEngine, type Engine } from '../../src/engine/engine.js';
import { openPglite } from '../../src/storage/pglite-client.js';
import type { SqlClient } from '../../src/storage/sql.js';
import { SqlStorage } from '../../src/storage/sql-storage.js';

// Two machines with a Postgres record (PGlite here: the real server's tests are in tests/storage):
// each has its own corpus copy, folder of additions and snapshot; only the record is shared.
const GUILD = '111111111111111111';
const TEXT = `Keepers restore the Skerryvore lighthouse

The granite tower of the Skerryvore lighthouse, twelve miles off the coast of Tiree, reopened on Monday after a two-year restoration paid for by a fishing cooperative.

“Every boat that goes out at night steers by it,” said Ingrid Halvorsen, the chair of the cooperative.`;
const QUESTION = 'Who paid for the Skerryvore lighthouse restoration?';

let dir: string;
let db: SqlClient;
const machines: Engine[] = [];

async function machine(n: number): Promise<Engine> {
  const root = join(dir, `machine-${n}`);
  await cp('seeds', join(root, 'corpus'), { recursive: true });
  const storage = new SqlStorage(db);
  await storage.ready();
  const engine = await openEngine({
    corpusDir: join(root, 'corpus'),
    dataDir: join(root, 'data'),
    guildsDir: join(root, 'guilds'),
    storage,
  });
  machines.push(engine);
  return engine;
}

const request = (id: string): AddRequest => ({
  guild: GUILD,
  by: { id, name: `mod-${id}` },
  source: { kind: 'file', name: 'lighthouse.txt', bytes: new TextEncoder().encode(TEXT) },
  via: 'discord',
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-record-'));
  db = await openPglite();
  console.log('storage backend for this suite: pglite');
});
afterAll(async () => {
  await Promise.all(machines.map((engine) => engine.settle()));
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('additions with Postgres as the record (PGlite)', () => {
  it('an add on one machine is recorded, reaches the other by syncGuild, and is refused there as a duplicate', async () => {
    const one = await machine(1);
    const two = await machine(2);
    const report = await one.addArticle(request('1'));
    expect(one.ask(QUESTION, { guild: GUILD }).results[0]?.passage).toContain(
      'fishing cooperative',
    );
    expect(two.ask(QUESTION, { guild: GUILD }).results).toEqual([]);

    // The second machine has not seen it yet, but the record refuses the same page.
    await expect(two.addArticle(request('2'))).rejects.toThrow(
      /already in this server's additions/,
    );
    expect(await readdir(join(dir, 'machine-2', 'guilds')).catch(() => [])).toEqual([]);

    await two.syncGuild(GUILD);
    expect(two.ask(QUESTION, { guild: GUILD }).results[0]?.passage).toContain(
      'fishing cooperative',
    );
    expect(two.sources(GUILD).find((s) => s.id === report.id)?.addedBy).toMatchObject({
      id: '1',
      name: 'mod-1',
    });

    await two.removeArticle({ guild: GUILD, by: { id: '2' }, id: report.id, via: 'discord' });
    expect(two.ask(QUESTION, { guild: GUILD }).results).toEqual([]);
    await one.syncGuild(GUILD);
    expect(one.ask(QUESTION, { guild: GUILD }).results).toEqual([]);
    expect(await readdir(join(dir, 'machine-1', 'guilds', GUILD))).toEqual([]);
  });

  it('a machine starting later loads the servers’ additions from the record', async () => {
    const one = machines[0]!;
    await one.addArticle(request('1'));
    const three = await machine(3);
    expect(three.ask(QUESTION, { guild: GUILD }).results[0]?.passage).toContain('Skerryvore');
  });
});
