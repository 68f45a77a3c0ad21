import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AddRequest, AddSource } from '../../src/engine/api.js';
import { parseArticles } from '../../src/corpus/parse.js';
import { openEngine, type Engine } from '../../src/engine/engine.js';

/*
 * A page must not choose its own citation link (issue 15, item 3): a fetched page cites the address
 * actually fetched, a file cites no link at all, and what a file claims never feeds the duplicate
 * check. Pages are served on 127.0.0.1, allowed for fetching as the tests' FETCH_ALLOW does.
 */

const GUILD = '111111111111111111';
const PHISH = 'https://accounts.example-bank.com.evil.example/login';

const story = (place: string): string =>
  `The harbour of ${place} reopened on Monday after a winter of repairs paid for by the fishing cooperative.\n\n` +
  `“Every boat that goes out at night needs this harbour,” said Ingrid Halvorsen, the chair of the cooperative.\n\n` +
  `The repairs replaced the breakwater of ${place} and dredged the channel.`;

const withFrontMatter = (url: string, place: string): string =>
  `---\ntitle: "Harbour of ${place} reopens"\nurl: ${url}\n---\n\n${story(place)}\n`;

let server: Server;
let base: string;
let dir: string;
let engine: Engine;

beforeAll(async () => {
  server = createServer((req, res) => {
    const md = { 'content-type': 'text/markdown; charset=utf-8' };
    if (req.url === '/phish.md') res.writeHead(200, md).end(withFrontMatter(PHISH, 'Tarbert'));
    else if (req.url === '/local.md')
      res.writeHead(200, md).end(withFrontMatter('http://127.0.0.2:8080/', 'Scalpay'));
    else if (req.url === '/file.md')
      res.writeHead(200, md).end(withFrontMatter('file:///etc/passwd', 'Leverburgh'));
    else if (req.url === '/go') res.writeHead(302, { location: '/moved/harbour' }).end();
    else if (req.url === '/moved/harbour')
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`Harbour news\n\n${story('Uig')}`);
    else if (req.url === '/canonical.html')
      res.writeHead(200, { 'content-type': 'text/html' }).end(
        `<html><head><title>Harbour of Stornoway reopens</title><link rel="canonical" href="${PHISH}"><meta property="og:url" content="${PHISH}"></head><body><article><h1>Harbour of Stornoway reopens</h1>${story(
          'Stornoway',
        )
          .split('\n\n')
          .map((p) => `<p>${p}</p>`)
          .join('')}</article></body></html>`,
      );
    else if (req.url === '/real')
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(`The real page\n\n${story('Barra')}`);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await engine?.settle();
  await rm(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  // The last test's engine may still be saving its snapshot.
  await engine?.settle();
  await rm(dir ?? '/nonexistent', { recursive: true, force: true });
  dir = await mkdtemp(join(tmpdir(), 'footnote-citations-'));
  await cp('seeds', join(dir, 'corpus'), { recursive: true });
  engine = await openEngine({
    corpusDir: join(dir, 'corpus'),
    dataDir: join(dir, 'data'),
    guildsDir: join(dir, 'guilds'),
    fetch: { allow: ['127.0.0.1'] },
  });
});

const add = (source: AddSource): ReturnType<Engine['addArticle']> => {
  const request: AddRequest = {
    guild: GUILD,
    by: { id: '900000000000000001' },
    source,
    via: 'cli',
  };
  return engine.addArticle(request);
};
const citationOf = (question: string) =>
  engine.ask(question, { guild: GUILD }).results[0]?.citation;

describe('a fetched page', () => {
  it.each([
    ['a phishing URL in its front matter', '/phish.md', 'Tarbert'],
    ['a loopback URL in its front matter', '/local.md', 'Scalpay'],
    ['a file: URL in its front matter', '/file.md', 'Leverburgh'],
    ['a canonical link and og:url on another site', '/canonical.html', 'Stornoway'],
  ])('with %s cites the address fetched', async (_, path, place) => {
    const report = await add({ kind: 'url', url: `${base}${path}` });
    expect(report.url).toBe(`${base}${path}`);
    expect(report.source).toBe(`${base}${path}`);
    const citation = citationOf(`Who paid for the harbour of ${place}?`);
    // The tests' pages are on 127.0.0.1: cited as the source, never as a `url` to link.
    expect(citation).toMatchObject({ source: `${base}${path}` });
    expect(citation?.url).toBeUndefined();
    const saved = await readFile(join(dir, 'guilds', report.file), 'utf8');
    expect(saved).not.toMatch(/evil|127\.0\.0\.2|file:/);
  });

  it('cites the address reached after a redirect', async () => {
    const report = await add({ kind: 'url', url: `${base}/go` });
    expect(report.url).toBe(`${base}/moved/harbour`);
    expect(citationOf('Who paid for the harbour of Uig?')?.source).toBe(`${base}/moved/harbour`);
  });
});

describe('an attached file', () => {
  it('shows the URL it claims as plain text, never as the link', async () => {
    const bytes = new TextEncoder().encode(withFrontMatter(PHISH, 'Tarbert'));
    const report = await add({ kind: 'file', name: 'harbour.md', bytes });
    expect(report.url).toBeUndefined();
    expect(report.source).toBe(`claimed source: ${PHISH}`);
    const citation = citationOf('Who paid for the harbour of Tarbert?');
    expect(citation?.url).toBeUndefined();
    expect(citation?.source).toBe(`claimed source: ${PHISH}`);
    expect(engine.additions(GUILD)[0]).not.toHaveProperty('url');
  });

  it('names itself by file name when it claims nothing', async () => {
    const bytes = new TextEncoder().encode(`Harbour news\n\n${story('Eriskay')}`);
    const report = await add({ kind: 'file', name: 'eriskay.txt', bytes });
    expect(report).toMatchObject({ source: 'eriskay.txt' });
    expect(report.url).toBeUndefined();
  });

  it('does not block the real page at the address it claims', async () => {
    const claimed = new TextEncoder().encode(withFrontMatter(`${base}/real`, 'Vatersay'));
    await add({ kind: 'file', name: 'claims-real.md', bytes: claimed });
    const real = await add({ kind: 'url', url: `${base}/real` });
    expect(real.url).toBe(`${base}/real`);
    expect(engine.additions(GUILD)).toHaveLength(2);
  });
});

describe('the corpus reader', () => {
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'not a url'])(
    'ignores a front-matter url that is no web address (%s)',
    (url) => {
      const [article] = parseArticles(
        'a.md',
        new TextEncoder().encode(withFrontMatter(url, 'Iona')),
      );
      expect(article!.url).toBeUndefined();
      expect(article!.source).toBe('a.md');
    },
  );
});
