import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './peer/harness.js';
import { PeerRefusal, type InteractionRecord } from './peer/peer.js';
import type { GuildFixture, PeerUser } from './peer/fixtures.js';

/*
 * /add and /remove through the real bot process: two servers on one bot, pages served by a local
 * HTTP server that the bot may fetch only because FETCH_ALLOW lets 127.0.0.1 through.
 */

const EPHEMERAL = 64;

const PAGE = `<!doctype html><html><head><title>Keepers restore the Skerryvore lighthouse | Island News</title>
<link rel="canonical" href="https://news.example/skerryvore"></head><body>
<nav>Home News Sport Weather</nav>
<article><h1>Keepers restore the Skerryvore lighthouse</h1>
<p>The granite tower of the Skerryvore lighthouse, twelve miles off the coast of Tiree, reopened on Monday after a two-year restoration paid for by a fishing cooperative and a crowd of small donors.</p>
<p>“We were told the light would go dark for good, and the whole island said no,” said Ingrid Halvorsen, the chair of the cooperative. “Every boat that goes out at night steers by it.”</p>
<p>The restoration replaced the lantern glazing, repointed 4,300 granite blocks and installed a solar array that keeps the beacon lit through the winter storms.</p>
</article><footer>Please enter your comment!</footer></body></html>`;

const NOTE = `# Ferry timetable changes on the Tiree route

The ferry operator will add a second winter sailing to Tiree from January, after islanders complained that a single crossing left patients missing hospital appointments on the mainland.

"Two boats a day is the minimum for an island of this size," said Calum MacPhail, who chairs the community council.
`;

const PHISH = 'https://accounts.example-bank.com.evil.example/login';

/** A note whose front matter names a phishing page as its source. */
const hostile = (path: string): string => `---
title: "Harbour dues rise at ${path}"
url: ${PHISH}
---

Harbour dues at Scalpay will rise by a fifth from April, the island trust said on Tuesday, to pay for a new pontoon at ${path}.

"Nobody likes paying more, but the pontoon is falling apart," said Morag Nicolson, the trust's treasurer.
`;

let h: Awaited<ReturnType<typeof launch>>;
let web: Server;
let base: string;
let mod: PeerUser;
let alice: PeerUser;
let one: GuildFixture;
let two: GuildFixture;

beforeAll(async () => {
  web = createServer((req, res) => {
    if (req.url === '/skerryvore') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (req.url === '/files/ferry.md') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(NOTE);
    } else if (req.url === '/hostile.md' || req.url === '/files/claims.md') {
      res.writeHead(200, { 'content-type': 'text/markdown' }).end(hostile(req.url));
    } else if (req.url === '/moved') {
      res.writeHead(301, { location: '/hostile.md' }).end();
    } else if (req.url === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    } else res.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>');
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  // Global commands, so both servers have them.
  h = await launch({ DISCORD_GUILD_ID: '', FETCH_ALLOW: '127.0.0.1' }, { guilds: 2 });
  [one, two] = [h.peer.guilds[0]!, h.peer.guilds[1]!];
  mod = h.peer.user('mod', true);
  alice = h.peer.user('alice');
}, 90_000);

afterAll(async () => {
  await h?.stop();
  await new Promise((resolve) => web?.close(resolve));
});

async function run(record: InteractionRecord): Promise<InteractionRecord> {
  await record.waitFor(undefined, 15_000);
  await h.bot.waitForLog((l) => / handled$/.test(l.msg) && l.interaction === record.id, 15_000);
  expect(record.sent.filter((s) => s.status >= 300)).toEqual([]);
  for (const body of record.bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
  return record;
}

const shown = (r: InteractionRecord): string => JSON.stringify(r.visible ?? r.original);
const ask = (guild: GuildFixture, question: string) =>
  run(h.peer.slash(alice, 'ask', { question }, { guild })).then(shown);

describe('/add', () => {
  it('is hidden from members and refused when forced', async () => {
    expect(() => h.peer.slash(alice, 'add', { url: `${base}/skerryvore` })).toThrow(PeerRefusal);
    const r = await run(
      h.peer.slash(alice, 'add', { url: `${base}/skerryvore` }, { guild: one, force: true }),
    );
    expect(r.sent[0]!.body.flags).toBe(EPHEMERAL);
    expect(shown(r)).toMatch(/Manage Server/);
    expect(await ask(one, 'Who paid for the Skerryvore lighthouse restoration?')).not.toMatch(
      /fishing cooperative/,
    );
  });

  it('adds a page by URL for one server only, with its quotes and speakers', async () => {
    const r = await run(h.peer.slash(mod, 'add', { url: `${base}/skerryvore` }, { guild: one }));
    expect(r.sent[0]).toMatchObject({ kind: 'callback', type: 5 });
    expect(r.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(shown(r)).toMatch(/Added.*Keepers restore the Skerryvore lighthouse/);
    expect(shown(r)).toMatch(/2 quotes found/);
    expect(shown(r)).toMatch(/Ingrid Halvorsen/);

    const here = await ask(one, 'Who paid for the Skerryvore lighthouse restoration?');
    expect(here).toMatch(/fishing cooperative/);
    // Its canonical link names another site: the citation is the address fetched, which is
    // loopback here, so it is named but never linked.
    expect(here).not.toContain('news.example');
    expect(here).not.toContain('](http');
    expect(await ask(two, 'Who paid for the Skerryvore lighthouse restoration?')).not.toMatch(
      /fishing cooperative/,
    );

    const quoted = await run(
      h.peer.slash(alice, 'quote', { speaker: 'Halvorsen' }, { guild: one }),
    );
    expect(shown(quoted)).toMatch(/whole island said no/);
    const elsewhere = await run(
      h.peer.slash(alice, 'quote', { speaker: 'Halvorsen' }, { guild: two }),
    );
    expect(shown(elsewhere)).not.toMatch(/whole island said no/);
    const typed = await run(h.peer.autocomplete(alice, 'quote', 'speaker', 'Ingr', {}, two));
    expect(typed.choices).toEqual([]);

    const listed = await run(h.peer.slash(alice, 'sources', {}, { guild: one }));
    expect(shown(listed)).toMatch(/Skerryvore.*added here by mod on \d{4}-\d\d-\d\d/);
    const other = await run(h.peer.slash(alice, 'sources', {}, { guild: two }));
    expect(shown(other)).not.toMatch(/Skerryvore/);
  });

  it('adds an attached file whatever type the CDN gives it', async () => {
    const attachments = {
      file: { filename: 'ferry.md', url: `${base}/files/ferry.md`, size: NOTE.length },
    };
    const r = await run(h.peer.slash(mod, 'add', {}, { guild: two, attachments }));
    expect(shown(r)).toMatch(/Added.*Ferry timetable changes on the Tiree route/);
    expect(shown(r)).toMatch(/Calum MacPhail/);
    expect(await ask(two, 'When will the second winter ferry sailing to Tiree start?')).toMatch(
      /second winter sailing/,
    );
    expect(await ask(one, 'When will the second winter ferry sailing to Tiree start?')).not.toMatch(
      /second winter sailing/,
    );
  });

  it('refuses duplicates, other file types, missing pages and giving nothing', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ url: `${base}/skerryvore#comments` }, /already in this server's additions/],
      [{ url: `${base}/report.pdf` }, /application\/pdf/],
      [{ url: `${base}/missing` }, /404/],
      [{ url: 'file:///etc/passwd' }, /http/i],
      [{}, /Give the article as `url:`/],
    ];
    for (const [options, message] of cases) {
      const r = await run(h.peer.slash(mod, 'add', options, { guild: one }));
      expect(shown(r)).toMatch(message);
      expect((r.visible ?? r.original)!.flags & EPHEMERAL).toBe(EPHEMERAL);
    }
    const audit = await readFile(path.join(h.dataDir, 'audit.jsonl'), 'utf8');
    expect(audit.trim().split('\n')).toHaveLength(2); // the two adds that worked
  });
});

describe('/remove', () => {
  it('offers this server’s additions only, and takes one out', async () => {
    const typed = await run(h.peer.autocomplete(mod, 'remove', 'article', 'sker', {}, one));
    expect(typed.choices!.map((c) => c.name)).toEqual([
      'Keepers restore the Skerryvore lighthouse',
    ]);
    const elsewhere = await run(h.peer.autocomplete(mod, 'remove', 'article', 'sker', {}, two));
    expect(elsewhere.choices).toEqual([]);

    const value = String(typed.choices![0]!.value);
    const refused = await run(h.peer.slash(mod, 'remove', { article: value }, { guild: two }));
    expect(shown(refused)).toMatch(/no added article/);

    const r = await run(h.peer.slash(mod, 'remove', { article: value }, { guild: one }));
    expect(shown(r)).toMatch(/Removed.*Skerryvore/);
    expect(await ask(one, 'Who paid for the Skerryvore lighthouse restoration?')).not.toMatch(
      /fishing cooperative/,
    );
  });
});

describe('citation links a page cannot choose', () => {
  const answer = (where: string) =>
    ask(one, `How much will harbour dues rise at ${where}?`).then((text) => {
      expect(text).toMatch(/pontoon/);
      return text;
    });

  it('cites the address fetched, after a redirect, not the front matter’s', async () => {
    const r = await run(h.peer.slash(mod, 'add', { url: `${base}/moved` }, { guild: one }));
    expect(shown(r)).toMatch(/Added.*Harbour dues rise at \/hostile\.md/);
    const text = await answer('/hostile.md');
    expect(text).not.toMatch(/evil|example-bank/);
    expect(text).not.toContain('](http');
  });

  it('shows an attached file’s claimed source as text, never as a link', async () => {
    const attachments = {
      file: { filename: 'claims.md', url: `${base}/files/claims.md`, size: 400 },
    };
    const r = await run(h.peer.slash(mod, 'add', {}, { guild: one, attachments }));
    expect(shown(r)).toMatch(/Added.*Harbour dues rise at \/files\/claims\.md/);
    const text = await answer('/files/claims.md');
    expect(text).toContain(`claimed source: \`${PHISH}\``);
    expect(text).not.toContain(`](${PHISH}`);
  });
});
