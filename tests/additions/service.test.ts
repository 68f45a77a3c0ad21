import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddRequest } from '../../src/engine/api.js';
import { InputError } from '../../src/errors.js';
import { openEngine, type Engine } from '../../src/engine/engine.js';

const A = '111111111111111111';
const B = '222222222222222222';

let dir: string;
let corpus: string;
let guilds: string;
let data: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-guilds-'));
  corpus = join(dir, 'corpus');
  guilds = join(corpus, 'guilds'); // inside the shared corpus, as the default layout has it
  data = join(dir, 'data');
  await cp('seeds', corpus, { recursive: true });
});

// Engines save their snapshot after an add returns: each test's are let finish before cleanup.
const opened: Engine[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((engine) => engine.settle()));
  await rm(dir, { recursive: true, force: true });
});

async function tracked(options: Parameters<typeof openEngine>[0]): Promise<Engine> {
  const engine = await openEngine(options);
  opened.push(engine);
  return engine;
}

const open = (): Promise<Engine> =>
  tracked({ corpusDir: corpus, dataDir: data, guildsDir: guilds });

const LIGHTHOUSE = `Keepers restore the Skerryvore lighthouse

The granite tower of the Skerryvore lighthouse, twelve miles off the coast of Tiree, reopened on Monday after a two-year restoration paid for by a fishing cooperative and a crowd of small donors.

“We were told the light would go dark for good, and the whole island said no,” said Ingrid Halvorsen, the chair of the cooperative. “Every boat that goes out at night steers by it.”

The restoration replaced the lantern glazing, repointed 4,300 granite blocks and installed a solar array that keeps the beacon lit through the winter storms.

Halvorsen said the cooperative would publish the accounts of the work in the spring.`;

const bytes = (text: string) => new TextEncoder().encode(text);

function addRequest(guild: string, text = LIGHTHOUSE, name = 'lighthouse.txt'): AddRequest {
  return {
    guild,
    by: { id: '900000000000000001', name: 'mod-ana' },
    source: { kind: 'file', name, bytes: bytes(text) },
    via: 'cli',
  };
}

const QUESTION = 'Who paid for the Skerryvore lighthouse restoration?';

describe('server additions', () => {
  it('are answered and quoted in their own server only', async () => {
    const engine = await open();
    expect(engine.ask(QUESTION, { guild: A }).results).toEqual([]);

    const report = await engine.addArticle(addRequest(A));
    expect(report).toMatchObject({
      title: 'Keepers restore the Skerryvore lighthouse',
      paragraphs: 4,
      quotes: 2,
      speakers: ['Ingrid Halvorsen'],
    });
    expect(report.file).toMatch(
      new RegExp(`^${A}/keepers-restore-the-skerryvore-lighthouse-\\w+\\.md$`),
    );

    // Words in marks /quote does not show are neither counted nor credited (user test).
    const bakery = await engine.addArticle(
      addRequest(
        A,
        'Kilkenny bakery keeps its prize\n\nNaïve Bakery in Kilkenny has won the county’s “best loaf” prize for the third year running.\n\n“We bake every loaf by hand, before five in the morning,” said Aoife Brennan, who owns the bakery.',
        'bakery.txt',
      ),
    );
    expect(bakery).toMatchObject({ quotes: 1, speakers: ['Aoife Brennan'] });
    expect(engine.sources(A).find((s) => s.id === bakery.id)?.quotes).toBe(1);

    const hit = engine.ask(QUESTION, { guild: A }).results[0];
    expect(hit?.passage).toContain('fishing cooperative');
    expect(hit?.citation.title).toBe('Keepers restore the Skerryvore lighthouse');
    expect(engine.quote('Halvorsen', { guild: A }).speaker).toBe('Ingrid Halvorsen');
    expect(engine.completeSpeaker('ingr', { guild: A })).toEqual(['Ingrid Halvorsen']);

    // Another server, a DM and the console see none of it.
    for (const guild of [B, undefined]) {
      expect(
        engine
          .ask(QUESTION, { guild })
          .results.map((r) => r.passage)
          .join(),
      ).not.toMatch(/Skerryvore/);
      expect(engine.quote('Halvorsen', { guild }).speaker).toBeNull();
      expect(engine.completeSpeaker('ingr', { guild })).toEqual([]);
      expect(engine.sources(guild).some((s) => s.title.includes('Skerryvore'))).toBe(false);
    }
    // The shared corpus still answers everywhere with the same passages; server A's scores
    // weigh its own additions' words too, another server's as without them.
    const shared = 'Which university did Putin visit?';
    const ids = (guild?: string) => engine.ask(shared, { guild }).results.map((r) => r.passageId);
    expect(ids(B).length).toBeGreaterThan(0);
    expect(ids(A)).toEqual(ids());
    expect(engine.ask(shared, { guild: B })).toEqual(engine.ask(shared));
  });

  it('are listed as this server’s, with who added them, and survive a restart', async () => {
    const engine = await open();
    const report = await engine.addArticle(addRequest(A));
    const listed = engine.sources(A).find((s) => s.id === report.id);
    expect(listed).toMatchObject({
      guild: A,
      addedBy: { id: '900000000000000001', name: 'mod-ana' },
    });
    expect(engine.sources(A).filter((s) => s.guild === undefined)).toHaveLength(
      engine.sources().length,
    );
    expect(engine.additions(A).map((s) => s.id)).toEqual([report.id]);
    expect(engine.additions(B)).toEqual([]);

    const again = await open();
    expect(again.ask(QUESTION, { guild: A }).results[0]?.passage).toContain('fishing cooperative');
    expect(
      again
        .ask(QUESTION, { guild: B })
        .results.map((r) => r.passage)
        .join(),
    ).not.toMatch(/Skerryvore/);
    expect(again.sources(A).find((s) => s.id === report.id)?.addedBy?.name).toBe('mod-ana');
  });

  it('refuses the same text twice in one server, but not in another', async () => {
    const engine = await open();
    const first = await engine.addArticle(addRequest(A));
    const respaced = LIGHTHOUSE.replace(/\n\n/g, '\n\n\n').replace('Keepers', 'KEEPERS');
    await expect(engine.addArticle(addRequest(A, respaced, 'copy.md'))).rejects.toThrow(
      /already in this server's additions: "Keepers restore the Skerryvore lighthouse"/,
    );
    await expect(engine.addArticle(addRequest(B))).resolves.toMatchObject({ quotes: 2 });
    expect(engine.additions(A).map((s) => s.id)).toEqual([first.id]);
  });

  it('refuses an article the shared corpus already has', async () => {
    const engine = await open();
    const seed = (await readdir('seeds')).find((f) => f.endsWith('.txt'))!;
    const text = await readFile(join('seeds', seed));
    await expect(
      engine.addArticle({ ...addRequest(A), source: { kind: 'file', name: seed, bytes: text } }),
    ).rejects.toThrow(/already in the shared corpus/);
    expect(await readdir(guilds).catch(() => [])).toEqual([]);
  });

  it('says in a sentence why a file holds no article (user test: "binary file (NUL bytes), 1 KB")', async () => {
    const engine = await open();
    const binary = Uint8Array.from({ length: 1024 }, (_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26)));
    await expect(
      engine.addArticle({
        ...addRequest(A),
        source: { kind: 'file', name: 'x.txt', bytes: binary },
      }),
    ).rejects.toThrow(/^That file could not be added: binary file \(NUL bytes\), 1 KB\.$/);
    expect(await readdir(guilds).catch(() => [])).toEqual([]);
  });

  it('lets two concurrent adds of one article through once', async () => {
    const engine = await open();
    const results = await Promise.allSettled([
      engine.addArticle(addRequest(A)),
      engine.addArticle(addRequest(A)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await readdir(join(guilds, A))).toHaveLength(1);
  });

  it('are removed with their passages, quotes and file, and audited', async () => {
    const engine = await open();
    const added = await engine.addArticle(addRequest(A));
    const removed = await engine.removeArticle({
      guild: A,
      by: { id: '900000000000000002', name: 'mod-bo' },
      id: added.id,
      via: 'discord',
    });
    expect(removed).toMatchObject({ id: added.id, quotes: 2 });
    expect(removed.passages).toBeGreaterThan(0);
    expect(
      engine
        .ask(QUESTION, { guild: A })
        .results.map((r) => r.passage)
        .join(),
    ).not.toMatch(/Skerryvore/);
    expect(engine.quote('Halvorsen', { guild: A }).speaker).toBeNull();
    expect(await readdir(join(guilds, A))).toEqual([]);
    const audit = (await readFile(join(data, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(audit.map((l) => JSON.parse(l) as { action: string; by: { name: string } })).toEqual([
      expect.objectContaining({
        action: 'add',
        guild: A,
        by: expect.objectContaining({ name: 'mod-ana' }),
      }),
      expect.objectContaining({
        action: 'remove',
        guild: A,
        by: expect.objectContaining({ name: 'mod-bo' }),
      }),
    ]);
  });

  it('cannot remove another server’s article or a shared one', async () => {
    const engine = await open();
    const added = await engine.addArticle(addRequest(A));
    const remove = (guild: string, id: string) =>
      engine.removeArticle({ guild, by: { id: '1' }, id, via: 'cli' });
    await expect(remove(B, added.id)).rejects.toThrow(InputError);
    await expect(remove(B, added.id.replace(A, B))).rejects.toThrow(/no added article/);
    const shared = engine.sources()[0]!.id;
    await expect(remove(A, shared)).rejects.toThrow(/no added article/);
    expect(engine.sources().map((s) => s.id)).toContain(shared);
    expect(engine.ask(QUESTION, { guild: A }).results[0]?.passage).toContain('fishing cooperative');
  });

  it('refuses bad server ids, empty and unreadable files, and leaves nothing behind', async () => {
    const engine = await open();
    const before = engine.stats();
    await expect(engine.addArticle(addRequest('../../etc'))).rejects.toThrow(
      /not a Discord server id/,
    );
    await expect(engine.addArticle(addRequest(A, '', 'empty.txt'))).rejects.toThrow(/empty/);
    await expect(
      engine.addArticle({
        ...addRequest(A),
        source: { kind: 'file', name: 'x.txt', bytes: Uint8Array.from([0, 159, 0, 1, 2, 0, 255]) },
      }),
    ).rejects.toThrow(InputError);
    await expect(engine.addArticle(addRequest(A, LIGHTHOUSE, 'notes.pdf'))).rejects.toThrow(
      /not a file type I can add/,
    );
    await expect(
      engine.addArticle(
        addRequest(A, 'Home News\nSource link\nPlease enter your comment!', 'n.txt'),
      ),
    ).rejects.toThrow(/no article text/);
    expect(await readdir(join(guilds, A)).catch(() => [])).toEqual([]);
    expect(engine.stats()).toEqual(before);
  });

  it('keeps a title given by the moderator, quotes and all, through the saved file', async () => {
    const engine = await open();
    const title = 'Skerryvore: "the light" is back #1 \\ ../../etc/passwd';
    const report = await engine.addArticle({ ...addRequest(A), title });
    expect(report.title).toBe(title);
    const [file] = await readdir(join(guilds, A));
    expect(file).toMatch(/^skerryvore-the-light-is-back-1-etc-passwd-\w+\.md$/);
    expect(engine.ask(QUESTION, { guild: A }).results[0]?.citation.title).toBe(title);
  });

  it('are not read as shared articles when their folder is inside the shared corpus', async () => {
    await mkdir(join(guilds, A), { recursive: true });
    await writeFile(join(guilds, A, 'hand-made.txt'), LIGHTHOUSE);
    const engine = await open();
    expect(engine.sources().some((s) => s.title.includes('Skerryvore'))).toBe(false);
    expect(engine.sources(A).find((s) => s.title.includes('Skerryvore'))?.guild).toBe(A);
  });
});

describe('server additions by URL', () => {
  let server: Server;
  let base: string;
  beforeEach(async () => {
    server = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(LIGHTHOUSE);
      } else if (req.url === '/slow') {
        setTimeout(() => res.writeHead(200).end('late'), 2000).unref();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const byUrl = (url: string): AddRequest => ({
    ...addRequest(A),
    source: { kind: 'url', url },
  });

  it('fetch from 127.0.0.1 only through the explicit allowance', async () => {
    const allowed = await tracked({
      corpusDir: corpus,
      dataDir: data,
      guildsDir: guilds,
      fetch: { allow: ['127.0.0.1'] },
    });
    const report = await allowed.addArticle(byUrl(`${base}/story`));
    expect(report).toMatchObject({ url: `${base}/story`, quotes: 2 });

    const defaults = await tracked({
      corpusDir: corpus,
      dataDir: join(dir, 'd2'),
      guildsDir: join(dir, 'g2'),
    });
    await expect(defaults.addArticle(byUrl(`${base}/story`))).rejects.toThrow(/loopback|private/i);
    expect(await readdir(join(dir, 'g2')).catch(() => [])).toEqual([]);
  });

  it('leave nothing behind on a 404 or a timeout', async () => {
    const engine = await tracked({
      corpusDir: corpus,
      dataDir: data,
      guildsDir: guilds,
      fetch: { allow: ['127.0.0.1'], timeoutMs: 300 },
    });
    await expect(engine.addArticle(byUrl(`${base}/gone`))).rejects.toThrow(/404/);
    await expect(engine.addArticle(byUrl(`${base}/slow`))).rejects.toThrow(InputError);
    expect(await readdir(guilds).catch(() => [])).toEqual([]);
    expect(engine.sources(A).some((s) => s.guild)).toBe(false);
  });
});

describe('server additions, the hard cases', () => {
  it('survive another process writing an older snapshot (shards refresh against the disk)', async () => {
    const engine = await open();
    const [name] = (await readdir(data)).filter((f) => f.startsWith('snapshot-'));
    const before = await readFile(join(data, name!));
    await engine.addArticle(addRequest(A));
    await engine.settle();
    // Another shard, whose scan predates the add, writes its snapshot last.
    await writeFile(join(data, name!), before);
    await utimes(join(data, name!), new Date(), new Date(Date.now() + 5000));
    expect(await engine.refresh()).toBe(true);
    expect(engine.ask(QUESTION, { guild: A }).results[0]?.passage).toContain('fishing cooperative');
    expect(engine.additions(A)).toHaveLength(1);
  });

  it('refuse a GUILDS_DIR that is the corpus folder or holds it', async () => {
    for (const guildsDir of [corpus, dir]) {
      await expect(openEngine({ corpusDir: corpus, dataDir: data, guildsDir })).rejects.toThrow(
        /GUILDS_DIR .* must be a folder of its own/,
      );
    }
  });

  it('never let a title add a front-matter line, even through NEL or line separators', async () => {
    const engine = await open();
    for (const sep of ['\u0085', '\u2028', '\n', '\r']) {
      const request = { ...addRequest(A), title: `Bridge closes${sep}url: https://evil.example/x` };
      const report = await engine.addArticle(request);
      expect(report.url).toBeUndefined();
      expect(report.title).toBe('Bridge closes url: https://evil.example/x');
      await engine.removeArticle({ guild: A, by: { id: '1' }, id: report.id, via: 'cli' });
    }
  });

  it('keep text that looks like Markdown as written', async () => {
    const engine = await open();
    const text = `Harbour safety review

# 1 priority is safety at the harbour mouth, the review of the Tiree pier concluded on Friday after a winter of near misses.

**FERRY NEWS:** the operator will also move the evening sailing forward by an hour from March, the review noted.

Engineers wrote that <!-- the old fenders --> must be replaced, and that the *whole* apron needs [new] lighting before the summer season.`;
    const report = await engine.addArticle(addRequest(A, text, 'review.txt'));
    expect(report.paragraphs).toBe(3);
    expect(engine.additions(A)).toHaveLength(1);
    const passages = engine
      .ask('harbour safety priority evening sailing fenders', { guild: A, k: 5 })
      .results.map((r) => r.passage)
      .join('\n');
    expect(passages).toContain('# 1 priority is safety');
    expect(passages).toContain('**FERRY NEWS:**');
    expect(passages).toContain('<!-- the old fenders -->');
    expect(passages).toContain('*whole* apron needs [new] lighting');
  });
});

describe('server additions, quotas', () => {
  // A notice of `reps` sentences of 50 characters each.
  const story = (n: number, reps = 5) =>
    `Harbour notice ${n}\n\n${`Notice ${String(n).padStart(2, '0')}: about the pier and the ferry timetable. `.repeat(reps).trim()}`;
  const add = (engine: Engine, guild: string, n: number, reps?: number) =>
    engine.addArticle(addRequest(guild, story(n, reps), `notice-${n}.txt`));

  it('refuse a server’s add past its article cap, saying so, until it removes one', async () => {
    const engine = await tracked({
      corpusDir: corpus,
      dataDir: data,
      guildsDir: guilds,
      quotas: { guildArticles: 2 },
    });
    await add(engine, A, 1);
    const second = await add(engine, A, 2);
    await expect(add(engine, A, 3)).rejects.toThrow(
      /already has 2 articles of its own, the most it may keep\. Remove articles with `\/remove`/,
    );
    expect(engine.quota(A)).toMatchObject({ articles: 2, maxArticles: 2 });
    expect(await readdir(join(guilds, A))).toHaveLength(2);
    await add(engine, B, 3); // another server's room is its own
    await engine.removeArticle({ guild: A, by: { id: '1' }, id: second.id, via: 'cli' });
    await expect(add(engine, A, 3)).resolves.toMatchObject({ title: 'Harbour notice 3' });
  });

  it('refuse text past one article’s, a server’s and the operator’s caps', async () => {
    const engine = await tracked({
      corpusDir: corpus,
      dataDir: data,
      guildsDir: guilds,
      quotas: { articleChars: 1_400, guildChars: 1_500, totalChars: 1_600 },
    });
    await expect(add(engine, A, 1, 40)).rejects.toThrow(/one article may have at most 1,400/);
    await add(engine, A, 2);
    const used = engine.quota(A).chars;
    expect(used).toBeGreaterThan(200);
    expect(used).toBeLessThan(300);
    await expect(add(engine, A, 3, 26)).rejects.toThrow(
      new RegExp(`hold ${used} of the 1,500 characters of text it may keep`),
    );
    await add(engine, B, 4, 24);
    await expect(add(engine, B, 5)).rejects.toThrow(
      /as many added articles as its operator allows/,
    );
    expect(engine.additions(A)).toHaveLength(1);
    expect(engine.additions(B)).toHaveLength(1);
  });

  it('count what another process added when they refuse text (user test: bot beside `footnote add`)', async () => {
    const quotas = { guildChars: 400, totalChars: 600 };
    const options = { corpusDir: corpus, dataDir: data, guildsDir: guilds, quotas };
    // The running bot, then a `footnote add` on the same folders: the bot's index lacks its add.
    const bot = await tracked(options);
    const cli = await tracked(options);
    await add(cli, A, 1);
    const used = cli.quota(A).chars;
    expect(used).toBeGreaterThan(200);
    expect(bot.quota(A).chars).toBe(0);
    await expect(add(bot, A, 2)).rejects.toThrow(
      new RegExp(
        `hold ${used} of the 400 characters of text it may keep; this one \\(${used}\\) does not fit`,
      ),
    );
    // All servers together: another server's add by the CLI leaves no room for a third server.
    await add(cli, B, 3);
    await expect(add(bot, '333333333333333333', 4)).rejects.toThrow(
      /as many added articles as its operator allows, across all servers/,
    );
    expect(await readdir(join(guilds, A))).toHaveLength(1);
    expect(await readdir(join(guilds, '333333333333333333')).catch(() => [])).toEqual([]);
    expect(bot.additions(A)).toEqual([]);
  });

  it('cut a page’s over-long title', async () => {
    const engine = await open();
    const title = 'Lighthouse '.repeat(2_000).trim();
    const report = await engine.addArticle(addRequest(A, `${title}\n\n${LIGHTHOUSE}`, 'long.txt'));
    expect(report.title.length).toBeLessThanOrEqual(300);
  });
});
