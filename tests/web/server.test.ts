import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guildOf } from '../../src/corpus/ids.js';
import { articleLink, withLinks } from '../../src/web/links.js';
import { GUILD_A, GUILD_B, readerFixture, SECRET } from './reader-fixture.js';

let f: Awaited<ReturnType<typeof readerFixture>>;

beforeAll(async () => {
  f = await readerFixture();
});
afterAll(async () => {
  await f?.close();
});

const get = async (path: string) => {
  const res = await fetch(`${f.reader.url}${path}`);
  return { status: res.status, headers: res.headers, body: await res.text() };
};

/** The text of paragraph `n` as the article page shows it, tags removed. */
function paragraphText(body: string, n: number): string | undefined {
  const m = new RegExp(`<p id="p${n}"[^>]*>([\\s\\S]*?)</p>`).exec(body);
  return m?.[1]!
    .replace(/<a class="n"[^>]*>\d+<\/a>/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const privateId = () => f.engine.sources(GUILD_A).find((s) => guildOf(s.id) === GUILD_A)!.id;
const link = (id: string, p?: number) =>
  articleLink({ base: '', secret: SECRET }, id, p)!.replace(/#.*/, '');

describe('the web reader', () => {
  it('opens a cited article with the cited paragraph marked and the passage text in it', async () => {
    const answer = withLinks(f.engine.ask('Which university did Putin visit?'), { base: '' });
    const { citation, passage } = answer.results[0]!;
    const res = await get(citation.link!.replace(/#.*/, ''));
    expect(res.status).toBe(200);
    expect(res.body).toMatch(new RegExp(`<p id="p${citation.paragraph}"\\s+class="cited"`));
    expect(res.body.match(/class="cited"/g)).toHaveLength(1);
    const shown = paragraphText(res.body, citation.paragraph)!;
    // The cited paragraph is one of those the passage joined.
    expect(passage.split('\n').map((p) => p.replace(/\s+/g, ' '))).toContain(
      shown
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
  });

  it('sends a strict Content-Security-Policy and escapes article text', async () => {
    const res = await get('/a/council-minutes.txt');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe|script-src/);
    expect(res.body).not.toMatch(/<script|<img/i);
    expect(res.body).toContain('&lt;script&gt;document.title = &quot;pwned&quot;&lt;/script&gt;');
  });

  it('gives the same results and citations as ask', async () => {
    const question = 'Why did Putin visit Harbin?';
    const res = await get(`/search?q=${encodeURIComponent(question)}`);
    const answer = f.engine.ask(question, { k: 5 });
    const cited = [...res.body.matchAll(/<a class="citation" href="([^"]+)"/g)].map((m) => {
      const to = new URL(m[1]!, 'http://reader.example/search');
      return `${to.pathname}${to.search}${to.hash}`;
    });
    expect(cited).toEqual(
      answer.results.map(
        (r) =>
          `/a/${encodeURIComponent(r.citation.article!)}?p=${r.citation.paragraph}#p${r.citation.paragraph}`,
      ),
    );
    expect(cited.length).toBeGreaterThan(0);
  });

  it('says when nothing answers, and explains refused input', async () => {
    expect((await get('/search?q=zebra+xylophone+quasar')).body).toContain('Nothing in the corpus');
    const kim = (await get('/search?q=What+did+Kim+Jong+Un+say+to+Putin%3F')).body;
    expect(kim).toContain('The corpus names Kim Jong Un but never shows them speaking.');
    expect((await get('/search?q=the+of')).body).toContain('no words to search for');
  });

  it("counts on the front page what the reader searches, not servers' additions", async () => {
    const shared = f.engine.sources();
    expect(f.engine.stats().articles).toBeGreaterThan(shared.length);
    const passages = shared.reduce((n, e) => n + e.passages, 0);
    expect((await get('/')).body).toContain(`${shared.length} articles, ${passages} passages.`);
  });

  it('refuses a long question with its whole length', async () => {
    for (const n of [1500, 3000, 10000, 20000]) {
      const body = (await get(`/search?q=${'a'.repeat(n)}`)).body;
      expect(body).toContain(`That question is ${n.toLocaleString('en')} characters long`);
    }
    // Characters, not UTF-16 units or bytes: 2,000 "习" fill 18 KB of the address, and an emoji
    // is one character.
    const han = await get(`/search?q=${encodeURIComponent('习'.repeat(2000))}`);
    expect(han.status).toBe(200);
    expect(han.body).toContain('That question is 2,000 characters long');
    const emoji = (n: number) => get(`/search?q=${encodeURIComponent('😀'.repeat(n))}`);
    expect((await emoji(600)).body).not.toContain('characters long');
    expect((await emoji(1200)).body).toContain('That question is 1,200 characters long');
  });

  it('echoes only the start of a long question, in a page of a few KB, and says so', async () => {
    const cut =
      'The search box above holds only the start of the question, at most 1,000 characters.';
    // Before: the whole question twice (title and search box), 121 KB for 60,000 "a", and
    // 241 KB for 20,000 '"', each escaped to 6 bytes.
    for (const [question, says] of [
      ['a'.repeat(60_000), 'That question is 60,000 characters long; use at most 1,000.'],
      ['"'.repeat(20_000), 'That question is 20,000 characters long; use at most 1,000.'],
      [' '.repeat(20_000), 'Type a question above.'],
      ['😀'.repeat(5_000), 'That question is 5,000 characters long; use at most 1,000.'],
      // One "character" of 9,000 combining marks.
      [`e${'\u0301'.repeat(9_000)}`, 'no words to search for'],
    ]) {
      const res = await get(`/search?q=${encodeURIComponent(question!)}`);
      expect(res.status).toBe(200);
      expect(res.body).toContain(says);
      expect(res.body.replace(/\s+/g, ' ')).toContain(cut);
      expect(Buffer.byteLength(res.body)).toBeLessThan(10_000);
    }
    const long = (await get(`/search?q=${'a'.repeat(60_000)}`)).body;
    expect(long).toContain(`value="${'a'.repeat(1000)}"`);
    expect(long).toContain(`<title>“${'a'.repeat(60)}…” · Footnote</title>`);
    const short = (await get(`/search?q=${encodeURIComponent('Why did Putin visit Harbin?')}`))
      .body;
    expect(short).toContain('value="Why did Putin visit Harbin?"');
    expect(short).not.toContain('holds only');
  });

  it("lists the shared corpus on the sources page and nothing of a server's additions", async () => {
    const res = await get('/sources');
    for (const s of f.engine.sources())
      expect(res.body).toContain(`/a/${encodeURIComponent(s.id)}`);
    expect(res.body).not.toMatch(/quarry|guild/i);
    // Server A's own search finds its addition; the public search page does not.
    const question = 'nature reserve quarry grebes';
    expect(f.engine.ask(question, { guild: GUILD_A }).results[0]?.citation.article).toBe(
      privateId(),
    );
    const search = await get(`/search?q=${encodeURIComponent(question)}`);
    expect(search.body).not.toContain('Hollins');
    expect(search.body).not.toContain(encodeURIComponent(privateId()));
  });

  it('shows a source on a loopback or private address as text, never as a link', async () => {
    const local = 'http://127.0.0.1:8080/admin/pontoons';
    const entry = f.engine.sources().find((s) => s.source === local);
    expect(entry).toBeDefined();
    // Nor does any citation give it as a `url` (`ask --json`, `quote --json`, `sources --json`).
    expect(entry!.url).toBeUndefined();
    const cited = f.engine.ask('When did the pontoons in Wexbury harbour open?').results[0];
    expect(cited?.citation).toMatchObject({ source: local, article: entry!.id });
    expect(cited?.citation.url).toBeUndefined();
    for (const path of ['/sources', `/a/${encodeURIComponent(entry!.id)}`]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).not.toContain(`href="${local}"`);
    }
  });

  it("opens a server's addition through its signed link only", async () => {
    const id = privateId();
    const signed = link(id, 1);
    expect((await get(signed)).body).toContain('Hollins quarry ponds');
    const plain = await get(`/a/${encodeURIComponent(id)}`);
    expect(plain).toMatchObject({ status: 404, body: 'Not found\n' });
    const tampered = signed.replace(/s=(.)/, (_, c: string) => `s=${c === 'A' ? 'B' : 'A'}`);
    expect((await get(tampered)).status).toBe(404);
    const otherServer = signed.replace(encodeURIComponent(GUILD_A), encodeURIComponent(GUILD_B));
    expect((await get(otherServer)).status).toBe(404);
    const later = signed.replace(/e=(\d+)/, (_, e: string) => `e=${Number(e) + 1}`);
    expect((await get(later)).status).toBe(404);
  });

  it("voids an addition's link once its file is gone, before any reindex", async () => {
    // `footnote remove` in another process deletes the file; this engine's index still holds it.
    const id = privateId();
    const file = join(f.dir, 'guilds', GUILD_A, 'quarry-ponds.txt');
    const text = await readFile(file, 'utf8');
    expect((await get(link(id, 1))).status).toBe(200);
    await rm(file);
    try {
      expect(f.engine.sources(GUILD_A).some((s) => s.id === id)).toBe(true);
      expect(await get(link(id, 1))).toMatchObject({ status: 404, body: 'Not found\n' });
    } finally {
      await writeFile(file, text);
    }
    expect((await get(link(id, 1))).status).toBe(200);
  });

  it('refuses an expired link and one signed with another secret', async () => {
    const id = privateId();
    const old = articleLink(
      { base: '', secret: SECRET, days: 1, now: () => Date.now() - 2 * 86_400_000 },
      id,
    );
    expect((await get(old!)).status).toBe(404);
    const forged = articleLink({ base: '', secret: 'another-secret-0123456789abcdef0123' }, id);
    expect((await get(forged!)).status).toBe(404);
  });

  it('answers a guessed address, a bad escape or a POST plainly', async () => {
    expect((await get('/a/nothing-here.txt')).status).toBe(404);
    expect((await get('/a/%E0%A4%A')).status).toBe(404);
    expect((await get('/etc/passwd')).status).toBe(404);
    // A doubled slash is a path like any other, not a host: "//sources" served the home page.
    for (const path of ['//sources', '//a/nothing-here.txt', '//', '//search?q=Putin'])
      expect(await get(path), path).toMatchObject({ status: 404, body: 'Not found\n' });
    const post = await fetch(`${f.reader.url}/search`, { method: 'POST', body: 'q=x' });
    expect(post.status).toBe(405);
  });

  it('reports health as JSON: 200, then 503 with the reason', async () => {
    const ok = await get('/healthz');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ status: 'ok' });
    f.setUnhealthy('gateway disconnected (shard 0)');
    const down = await get('/healthz');
    f.setUnhealthy(null);
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toEqual({
      status: 'unavailable',
      reason: 'gateway disconnected (shard 0)',
    });
  });

  it('exposes metrics in the Prometheus text format', async () => {
    f.engine.ask('Putin university');
    const res = await get('/metrics');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseExposition(res.body);
    expect(samples.get('footnote_index_articles')).toBe(f.engine.stats().articles);
    expect(samples.get('footnote_answers_total{result="answered"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get('footnote_last_reindex_timestamp_seconds')).toBeGreaterThan(1e9);
  });
});

describe('behind a proxy serving the reader under a path of its own (PUBLIC_URL with a path)', () => {
  it("links every page's stylesheet, header, sources and citations within that path", async () => {
    const proxy = 'https://proxy.example/footnote';
    const pages = [
      '/',
      '/sources',
      '/search',
      `/search?q=${encodeURIComponent('Why did Putin visit Harbin?')}`,
      '/search?q=zebra+xylophone+quasar',
      `/a/${encodeURIComponent(f.engine.sources()[0]!.id)}?p=2`,
      link(privateId(), 1),
    ];
    for (const path of pages) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      const targets = [...page.body.matchAll(/(?:href|action)="([^"#][^"]*)"/g)].map((m) =>
        m[1]!.replace(/&amp;/g, '&'),
      );
      expect(targets.length, path).toBeGreaterThanOrEqual(4);
      for (const target of targets) {
        // As the browser resolves it on the page the proxy served at its own address.
        const to = new URL(target, `${proxy}${path}`);
        if (to.origin !== 'https://proxy.example') continue; // an article's original address
        expect(to.pathname, `${target} on ${path}`).toMatch(/^\/footnote\//);
        // The proxy strips its path and passes the rest on.
        const passed = `${to.pathname.slice('/footnote'.length)}${to.search}`;
        expect((await get(passed)).status, `${target} on ${path}`).toBe(200);
      }
    }
  });
});

/** Every sample line of a Prometheus text exposition, by name and labels; throws on a bad line. */
function parseExposition(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || /^# (HELP|TYPE) [a-zA-Z_:][\w:]* /.test(line)) continue;
    const m =
      /^([a-zA-Z_:][\w:]*(?:\{(?:[a-zA-Z_]\w*="(?:[^"\\]|\\.)*",?)*\})?) (-?[\d.e+-]+|NaN|[+-]Inf)$/.exec(
        line,
      );
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`);
    out.set(m[1]!, Number(m[2]));
  }
  return out;
}
