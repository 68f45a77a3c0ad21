import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/corpus/parse.js';
import {
  additionFileName,
  guildFolder,
  pathInside,
  renderAddition,
  writeAtomically,
} from '../../src/additions/store.js';
import { normalizeUrl } from '../../src/additions/prepare.js';
import { scanRoots } from '../../src/corpus/roots.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('addition file names', () => {
  it.each([
    ['../../etc/passwd', /^etc-passwd-[0-9a-f]{10}\.md$/],
    ['/absolute/path', /^absolute-path-[0-9a-f]{10}\.md$/],
    ['nul\0byte', /^nul-byte-[0-9a-f]{10}\.md$/],
    ['Łódź: “Élan” ＆ Co.', /^lodz-elan-co-[0-9a-f]{10}\.md$/],
    ['東京', /^article-[0-9a-f]{10}\.md$/],
    ['', /^article-[0-9a-f]{10}\.md$/],
    ['word '.repeat(200), /^(word-){11}word-[0-9a-f]{10}\.md$/],
  ])('%j becomes a safe name', (title, expected) => {
    const name = additionFileName(title, 'text');
    expect(name).toMatch(expected);
    expect(name.length).toBeLessThanOrEqual(74);
  });

  it('differs for different texts with one title', () => {
    expect(additionFileName('Same', 'a')).not.toBe(additionFileName('Same', 'b'));
  });

  it('refuses anything but a server id as a folder, and names that leave it', () => {
    expect(() => guildFolder(dir, '../x')).toThrow(/not a Discord server id/);
    expect(() => guildFolder(dir, '1234')).toThrow(/not a Discord server id/);
    const folder = guildFolder(dir, '123456789012345678');
    expect(folder).toBe(join(dir, '123456789012345678'));
    expect(() => pathInside(folder, '../escape.md')).toThrow(/not allowed/);
    expect(() => pathInside(folder, '/etc/passwd')).toThrow(/not allowed/);
    expect(() => pathInside(folder, 'a\0.md')).toThrow(/not allowed/);
    expect(() => pathInside(folder, `${'a'.repeat(300)}.md`)).toThrow(/not allowed/);
    expect(pathInside(folder, 'ok.md')).toBe(join(folder, 'ok.md'));
  });
});

describe('the saved Markdown', () => {
  it('reads back as the same article, metadata included', () => {
    const article = {
      id: 'x',
      file: 'x',
      story: 0,
      title: 'A "quoted" title: #1 \\ with a backslash',
      url: 'https://news.example/a?b=1#c',
      source: 'https://news.example/a?b=1#c',
      author: 'Jane Doe',
      date: '2026-11-22',
      paragraphs: [
        'First paragraph with\na stray newline inside.',
        '“A quote,” she said. Second paragraph.',
      ],
    };
    const [back] = parseArticles('x.md', new TextEncoder().encode(renderAddition(article)));
    expect(back).toMatchObject({
      title: article.title,
      url: article.url,
      author: 'Jane Doe',
      date: '2026-11-22',
      paragraphs: ['First paragraph with a stray newline inside.', article.paragraphs[1]],
    });
  });
});

describe('atomic writes', () => {
  it('leave the whole file and no temp file', async () => {
    const path = join(dir, '123456789012345678', 'a.md');
    await writeAtomically(path, 'hello');
    expect(await readFile(path, 'utf8')).toBe('hello');
    expect(await readdir(join(dir, '123456789012345678'))).toEqual(['a.md']);
  });

  it('leave nothing when the write fails', async () => {
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    await expect(writeAtomically(join(blocker, 'a.md'), 'hello')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it('a temp file a crash left behind is never indexed', async () => {
    const folder = join(dir, 'guilds', '123456789012345678');
    await writeAtomically(join(folder, 'whole.md'), '# Whole\n\nA whole article body.\n');
    await writeFile(join(folder, '.adding-0123456789ab.tmp'), '# Half\n\nA half writ');
    await writeFile(join(dir, 'shared.txt'), 'A shared article.');
    const scan = await scanRoots({ shared: dir, guilds: join(dir, 'guilds') });
    expect(scan.files.map((f) => f.file)).toEqual([
      'shared.txt',
      'guild:123456789012345678/whole.md',
    ]);
  });
});

describe('duplicate URLs', () => {
  it('compare without fragment, tracking parameters, trailing slash or case', () => {
    expect(normalizeUrl('https://News.example/Story/?utm_source=x&id=3#top')).toBe(
      normalizeUrl('https://news.example/story?id=3'),
    );
    expect(normalizeUrl('https://news.example/a')).not.toBe(normalizeUrl('https://news.example/b'));
  });
});
