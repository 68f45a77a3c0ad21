import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as add from '../../commands/add.js';
import { openEngine, type Engine } from '../../src/engine/engine.js';
import type { AddReport, AddRequest } from '../../src/engine/api.js';
import { RateLimit } from '../../src/discord/cooldowns.js';
import { guarded } from '../../src/discord/router.js';
import { InputError } from '../../src/errors.js';
import { fakeEngine } from '../discord/fake-engine.js';
import { context, GUILD_A, MANAGE_GUILD, slash } from '../discord/fake-interaction.js';

function engineThatAdds() {
  const requests: AddRequest[] = [];
  const engine = fakeEngine([]);
  engine.addArticle = async (request): Promise<AddReport> => {
    requests.push(request);
    return {
      id: `guild:${request.guild}/a.md`,
      title: 'Lighthouse <@123456789012345678> @everyone',
      source: 'https://news.example/a',
      url: 'https://news.example/a',
      file: `${request.guild}/a.md`,
      paragraphs: 4,
      passages: 2,
      quotes: 1,
      speakers: ['Ingrid Halvorsen'],
      ms: 12,
    };
  };
  return { engine, requests };
}

describe('/add', () => {
  it('is registered for Manage Server only, in servers only, with url, file and title', () => {
    const json = add.data.toJSON() as { default_member_permissions: string; contexts: number[] };
    expect(json.default_member_permissions).toBe(MANAGE_GUILD.toString());
    expect(json.contexts).toEqual([0]);
  });

  it('refuses members, DMs, both or neither source, before touching the engine', async () => {
    const { engine, requests } = engineThatAdds();
    const cases = [
      [slash('add', { url: 'https://a.example/' }, 'member', 0n), /Manage Server/],
      [slash('add', { url: 'https://a.example/' }, 'mod', MANAGE_GUILD, null), /inside a server/],
      [slash('add', {}, 'mod', MANAGE_GUILD), /Give the article as `url:`/],
      [
        slash('add', { url: 'https://a.example/' }, 'mod', MANAGE_GUILD, GUILD_A, {
          file: { name: 'a.md', url: 'https://cdn.example/a.md', size: 10 },
        }),
        /either `url:` or `file:`, not both/,
      ],
    ] as const;
    for (const [i, message] of cases) {
      const ctx = context(engine);
      // As the router runs it: an InputError becomes a private notice.
      await guarded(i, ctx.log, {}, () => add.execute(i, ctx));
      expect(i.last!.content).toMatch(message);
    }
    expect(requests).toEqual([]);
  });

  it('adds for the asking server and names who asked; the report pings nobody', async () => {
    const { engine, requests } = engineThatAdds();
    const i = slash('add', { url: ' https://news.example/a ' }, 'mod', MANAGE_GUILD);
    await add.execute(i, context(engine));
    expect(requests).toEqual([
      expect.objectContaining({
        guild: GUILD_A,
        by: { id: 'mod', name: 'name-mod' },
        source: { kind: 'url', url: 'https://news.example/a' },
        via: 'discord',
      }),
    ]);
    expect(i.last!.content).toMatch(/Added.*4 paragraphs in 2 passages, 1 quote found/s);
    expect(i.last!.content).toMatch(/Speakers: Ingrid Halvorsen/);
    expect(i.last!.content).not.toMatch(/@everyone|<@\d+>/);
  });

  it('limits each moderator to the configured number of adds per window', async () => {
    const { engine, requests } = engineThatAdds();
    let now = 1_000_000;
    const ctx = { ...context(engine), addLimit: new RateLimit(2, 600_000, () => now) };
    const run = async (user: string) => {
      const i = slash('add', { url: 'https://news.example/a' }, user, MANAGE_GUILD);
      await add.execute(i, ctx);
      return i.last!.content ?? '';
    };
    expect(await run('mod')).toMatch(/Added/);
    expect(await run('mod')).toMatch(/Added/);
    expect(await run('mod')).toMatch(/added 2 articles in the last 10 minutes.*<t:\d+:R>/);
    expect(await run('other-mod')).toMatch(/Added/);
    now += 600_001;
    expect(await run('mod')).toMatch(/Added/);
    expect(requests).toHaveLength(4);
  });

  it('counts adds sent at once while they run (review: 15 at once all went through)', async () => {
    const { engine, requests } = engineThatAdds();
    const succeed = engine.addArticle;
    engine.addArticle = async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return succeed(request);
    };
    const ctx = { ...context(engine), addLimit: new RateLimit(2, 600_000, () => 1_000_000) };
    const calls = Array.from({ length: 5 }, () =>
      slash('add', { url: 'https://news.example/a' }, 'mod', MANAGE_GUILD),
    );
    await Promise.all(calls.map((i) => add.execute(i, ctx)));
    const said = calls.map((i) => i.last!.content ?? '');
    expect(said.filter((c) => /Added/.test(c))).toHaveLength(2);
    expect(said.filter((c) => /added 2 articles in the last 10 minutes/.test(c))).toHaveLength(3);
    expect(requests).toHaveLength(2);
  });

  it('gives back an add refused while a later one runs (review of 6460572)', () => {
    let now = 1_000_000;
    const limit = new RateLimit(2, 600_000, () => now);
    const first = limit.reserve('mod')!;
    now += 1;
    limit.reserve('mod');
    first.release();
    first.release();
    expect(limit.reserve('mod')).not.toBeNull();
    expect(limit.reserve('mod')).toBeNull();
  });

  it('does not count refused adds toward the limit', async () => {
    const { engine } = engineThatAdds();
    const succeed = engine.addArticle;
    let refuse = true;
    engine.addArticle = async (request) => {
      if (refuse) throw new InputError('That article is already in this server’s additions.');
      return succeed(request);
    };
    const ctx = { ...context(engine), addLimit: new RateLimit(2, 600_000, () => 1_000_000) };
    const run = async () => {
      const i = slash('add', { url: 'https://news.example/a' }, 'mod', MANAGE_GUILD);
      await guarded(i, ctx.log, {}, () => add.execute(i, ctx));
      return i.last!.content ?? '';
    };
    for (let n = 0; n < 4; n++) expect(await run()).toMatch(/already in this server/);
    refuse = false;
    expect(await run()).toMatch(/Added/);
    expect(await run()).toMatch(/Added/);
    expect(await run()).toMatch(/added 2 articles in the last 10 minutes/);
  });
});

// A page whose title is a phishing lure, and a server whose Content-Type header is one.
const LURE =
  'Harbour [Verify your account](https://phish.example/login) @everyone ||spoiler|| `code`';
const PAGES: Record<string, { type: string; body: string }> = {
  '/lure': {
    type: 'text/html; charset=utf-8',
    body: `<html><head><title>${LURE}</title></head><body><article><h1>${LURE}</h1><p>The Scalpay harbour trust said on Tuesday that dues will rise by a fifth from April to pay for a new pontoon.</p></article></body></html>`,
  },
  '/type': { type: 'text/[x](https://phish.example)', body: 'hi' },
};

describe('/add refusals that repeat what a page or member gave', () => {
  let dir: string;
  let web: Server;
  let base: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'footnote-add-notice-'));
    await mkdir(join(dir, 'corpus'));
    await mkdir(join(dir, 'guilds'));
    await writeFile(join(dir, 'corpus', 'a.txt'), 'Ferries\n\nThe ferry to Barra sailed late.\n');
    web = createServer((req, res) => {
      const page = PAGES[req.url ?? ''];
      res.writeHead(page ? 200 : 404, { 'content-type': page?.type ?? 'text/plain' });
      res.end(page?.body ?? 'not found');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    engine = await openEngine({
      corpusDir: join(dir, 'corpus'),
      dataDir: join(dir, 'data'),
      guildsDir: join(dir, 'guilds'),
      fetch: { allow: ['127.0.0.1'] },
    });
  });
  afterAll(async () => {
    await engine.settle();
    await new Promise((resolve) => web.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  /** What the moderator is shown for `/add` with `options`, run as the router runs it. */
  async function shown(options: Parameters<typeof slash>[1], file?: { name: string }) {
    const attachments = file && { file: { ...file, url: `${base}/lure`, size: 10 } };
    const i = slash('add', options, 'mod', MANAGE_GUILD, GUILD_A, attachments);
    const ctx = context(engine);
    await guarded(i, ctx.log, {}, () => add.execute(i, ctx));
    return i.last!.content!;
  }

  it("shows a duplicate's title as text: no masked link, spoiler, code or mention", async () => {
    expect(await shown({ url: `${base}/lure` })).toMatch(/^\*\*Added\*\*/);
    expect(await shown({ url: `${base}/lure` })).toBe(
      `That article is already in this server's additions: "Harbour \\[Verify your account\\](https://phish.example/login) @\u200beveryone \\|\\|spoiler\\|\\| \\\`code\\\`" (${base}/lure).`,
    );
  });

  it("shows a server's Content-Type and a file's name as text", async () => {
    expect(await shown({ url: `${base}/type` })).toBe(
      'That link serves text/\\[x\\](https://phish.example); I can add HTML, plain text or Markdown pages.',
    );
    expect(await shown({}, { name: '**bold**_[x](https://phish.example).exe' })).toBe(
      '"\\*\\*bold\\*\\*\\_\\[x\\](https://phish.example).exe" is not a file type I can add; attach .txt, .md, .markdown, .html, .htm.',
    );
  });

  it('keeps the formatting of its own refusals: commands and options as typed', async () => {
    expect(await shown({})).toBe('Give the article as `url:` (a link) or `file:` (an attachment).');
  });
});
