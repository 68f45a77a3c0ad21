/**
 * The web reader in a real browser: Debian's chromium driven by playwright-core, with JavaScript
 * turned off (the reader must work without it). Screenshots of each page land in
 * test-output/reader-browser/.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guildOf } from '../../src/corpus/ids.js';
import { articleLink, withLinks } from '../../src/web/links.js';
import { GUILD_A, readerFixture, SECRET } from '../web/reader-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '../../test-output/reader-browser');
const available = existsSync(CHROMIUM);
const ci = process.env.CI === 'true';

if (!available) {
  const line = '!'.repeat(78);
  process.stderr.write(
    `\n${line}\n!! The web reader's browser tests DID NOT RUN: ${CHROMIUM} is missing.\n` +
      `!! Install it with: apt-get update && apt-get install -y chromium\n${line}\n\n`,
  );
}

describe.runIf(!available && ci)('the reader in a browser (CI)', () => {
  it('needs chromium: CI must install it (.ci/run does with apt-get)', () => {
    expect.fail(`${CHROMIUM} is missing; apt-get install -y chromium`);
  });
});

describe.runIf(available)('the reader in a browser', () => {
  let f: Awaited<ReturnType<typeof readerFixture>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    f = await readerFixture();
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1000, height: 700 },
    });
    page = await context.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await f?.close();
  });

  const shot = (name: string) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  /** The highlighted paragraph's id, and whether all of it is inside the window. */
  async function highlighted(): Promise<{ id: string | null; inView: boolean; colour: string }> {
    const cited = page.locator('article p.cited');
    expect(await cited.count()).toBe(1);
    const box = (await cited.boundingBox())!;
    // In view: below the sticky header and, unless taller than the window, wholly above its bottom.
    const header = (await page.locator('header').boundingBox())!;
    const viewport = page.viewportSize()!;
    const bottom = box.y + Math.min(box.height, viewport.height - header.height);
    return {
      id: await cited.getAttribute('id'),
      inView: box.y >= header.y + header.height && bottom <= viewport.height,
      colour: await cited.evaluate(
        (el) => (globalThis as unknown as BrowserWindow).getComputedStyle(el).backgroundColor,
      ),
    };
  }

  it('opens a citation from a real answer at the cited paragraph, highlighted and in view', async () => {
    // A late paragraph, so the page has to scroll to show it.
    const answer = withLinks(f.engine.ask('Which university did Putin visit?', { k: 5 }), {
      base: f.reader.url,
    });
    const result = answer.results.reduce((a, b) =>
      b.citation.paragraph > a.citation.paragraph ? b : a,
    );
    expect(result.citation.paragraph).toBeGreaterThan(5);
    const res = await page.goto(result.citation.link!);
    expect(res?.status()).toBe(200);
    const mark = await highlighted();
    expect(mark.id).toBe(`p${result.citation.paragraph}`);
    expect(mark.inView).toBe(true);
    expect(mark.colour).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(0);
    const text = (await page.locator('article p.cited').innerText()).replace(/^\d+\s*/, '');
    expect(result.passage.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').trim());
    await shot('article-cited');
  });

  it('searches like /ask and follows a citation into the article', async () => {
    const question = 'Why did Putin visit Harbin?';
    await page.goto(f.reader.url);
    await shot('home');
    await page.fill('input[name=q]', question);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.click('button[type=submit]')]);
    const links = page.locator('a.citation');
    const expected = f.engine.ask(question, { k: 5 }).results;
    expect(await links.count()).toBe(expected.length);
    expect(await links.allInnerTexts()).toEqual(expected.map((r) => r.citation.title));
    await shot('search');
    await Promise.all([page.waitForURL(/\/a\//), links.first().click()]);
    expect((await highlighted()).id).toBe(`p${expected[0]!.citation.paragraph}`);
  });

  it('lists the shared corpus on the sources page', async () => {
    await page.goto(`${f.reader.url}/sources`);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(f.engine.sources().length);
    expect(await page.locator('tbody').innerText()).not.toMatch(/quarry/i);
    await shot('sources');
  });

  it("opens a server's addition by its signed link; a tampered one is a 404", async () => {
    const id = f.engine.sources(GUILD_A).find((s) => guildOf(s.id) === GUILD_A)!.id;
    const link = articleLink({ base: f.reader.url, secret: SECRET }, id, 2)!;
    const ok = await page.goto(link);
    expect(ok?.status()).toBe(200);
    expect((await highlighted()).id).toBe('p2');
    expect(await page.locator('h1').innerText()).toBe('Quarry ponds to become a nature reserve');
    await shot('signed');
    const tampered = link.replace(
      /([?&]s=)(.)/,
      (_, k: string, c: string) => `${k}${c === 'x' ? 'y' : 'x'}`,
    );
    const bad = await page.goto(tampered);
    expect(bad?.status()).toBe(404);
    expect((await page.locator('body').innerText()).trim()).toBe('Not found');
    await shot('tampered');
  });

  it('shows a <script> in an article as text and never runs it', async () => {
    await page.goto(`${f.reader.url}/a/council-minutes.txt#p1`);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('article img').count()).toBe(0);
    expect(await page.title()).toBe('Council hears a script in the minutes · Footnote');
    expect(await page.locator('#p1').innerText()).toContain(
      '<script>document.title = "pwned"</script>',
    );
    await shot('script-as-text');
  });
});

/** The page's window inside `evaluate` (the tests are typed without the DOM library). */
type BrowserWindow = { getComputedStyle(el: unknown): { backgroundColor: string } };
