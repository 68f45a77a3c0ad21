import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus, readArticles, scanCorpus } from '../../src/corpus/index.js';
import type { FileFingerprint } from '../../src/corpus/types.js';
import { InputError } from '../../src/errors.js';

const GOOD =
  'Tram plan approved\n\nThe city council voted on Tuesday to expand the tram network to the northern districts.\n';
const CAN_MKFIFO = process.platform !== 'win32' && existsSync('/usr/bin/mkfifo');

let dir: string;
let outside: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-corpus-'));
  outside = await mkdtemp(join(tmpdir(), 'footnote-outside-'));
  const at = (name: string) => join(dir, name);
  await writeFile(at('good.txt'), GOOD);
  await mkdir(at('nested/deeper'), { recursive: true });
  await writeFile(
    at('nested/deeper/story.md'),
    '# Deep story\n\nIt was found three folders down.\n',
  );
  await writeFile(at('cp1252.txt'), Buffer.from('Caf\xe9 owners met the mayor.', 'latin1'));
  await writeFile(
    at('bom16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sixteen bits wide.', 'utf16le')]),
  );
  await writeFile(at('empty.txt'), '');
  await writeFile(at('blank.md'), '\n  \n\t\n');
  await writeFile(
    at('binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]),
  );
  await writeFile(at('huge.txt'), 'x');
  await truncate(at('huge.txt'), 50 * 1024 * 1024); // sparse: 50 MB without writing 50 MB
  await writeFile(at('notes.pdf'), '%PDF-1.4');
  await writeFile(at('.hidden.txt'), 'Never read.');
  await mkdir(at('.git'));
  await writeFile(at('.git/HEAD.md'), 'Never read either.');
  await symlink('.', at('loop'));
  await symlink('self.txt', at('self.txt'));
  await symlink('missing.txt', at('broken.txt'));
  await symlink('good.txt', at('dup.md'));
  await writeFile(join(outside, 'other.md'), 'Linked in from another folder.\n');
  await symlink(outside, at('linked'));
  if (CAN_MKFIFO) execFileSync('mkfifo', [at('pipe.txt')]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('loadCorpus on a folder of bad input', () => {
  it('reads every good file, nested and symlinked folders included', async () => {
    const { articles } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual([
      'bom16.txt',
      'cp1252.txt',
      'good.txt',
      'linked/other.md',
      'nested/deeper/story.md',
    ]);
    expect(articles.find((a) => a.id === 'cp1252.txt')!.paragraphs).toEqual([
      'Café owners met the mayor.',
    ]);
    expect(articles.find((a) => a.id === 'bom16.txt')!.paragraphs).toEqual(['Sixteen bits wide.']);
  });

  it('gives exactly one clear line per bad entry, and ignores hidden ones', async () => {
    const { skipped } = await loadCorpus(dir);
    const expected: [string, RegExp][] = [
      ['binary.txt', /^binary file \(NUL bytes\)/],
      ['blank.md', /^no article text/],
      ['broken.txt', /^broken symlink/],
      ['dup.md', /^duplicate: a symlink to good\.txt, which is already in the corpus$/],
      ['empty.txt', /^empty file/],
      ['huge.txt', /^too large: 50 MB, the limit is 10 MB$/],
      ['loop', /^symlink loop/],
      [
        'notes.pdf',
        /^not a corpus file type; the corpus reads \.txt, \.md, \.markdown, \.html, \.htm$/,
      ],
      ...(CAN_MKFIFO
        ? [['pipe.txt', /^not a regular file \(a named pipe\); not opened$/] as [string, RegExp]]
        : []),
      ['self.txt', /^symlink loop/],
    ];
    expect(skipped.map((s) => s.file)).toEqual(expected.map(([file]) => file));
    skipped.forEach((s, i) => expect(s.reason).toMatch(expected[i]![1]));
  });

  it('fingerprints every file it read, including those without articles', async () => {
    const { files } = await loadCorpus(dir);
    expect(files.map((f) => f.file)).toEqual([
      'binary.txt',
      'blank.md',
      'bom16.txt',
      'cp1252.txt',
      'empty.txt',
      'good.txt',
      'linked/other.md',
      'nested/deeper/story.md',
    ]);
    const good = files.find((f) => f.file === 'good.txt')!;
    expect(good).toEqual({
      file: 'good.txt',
      path: join(dir, 'good.txt'),
      size: Buffer.byteLength(GOOD),
      hash: createHash('sha256').update(GOOD).digest('hex'),
    });
  });
});

describe('scanCorpus with what a previous scan knew', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  let stamped: string;
  const scanOne = async (known?: FileFingerprint) =>
    (await scanCorpus(stamped, { known: () => known })).files[0]!;

  beforeAll(async () => {
    stamped = await mkdtemp(join(tmpdir(), 'footnote-stamps-'));
  });
  afterAll(() => rm(stamped, { recursive: true, force: true }));
  afterEach(() => void vi.useRealTimers());
  // The clock moved on: the file has been quiet long enough for its stamp to be kept.
  const later = () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
  };

  it('keeps no stamp for a file changed just now, so the next scan reads it again', async () => {
    await writeFile(join(stamped, 'a.txt'), GOOD);
    const scanned = await scanOne();
    expect(scanned.hash).toBe(sha(GOOD));
    expect(scanned.stamp).toBeUndefined();
  });

  it('reuses the hash of a quiet file whose stamp is unchanged, and reads it once it changes', async () => {
    await writeFile(join(stamped, 'a.txt'), GOOD);
    later();
    const first = await scanOne();
    expect(first).toMatchObject({ hash: sha(GOOD), stamp: expect.any(String) });
    // A hash no read could give: seen again only if the file was not read.
    const known = { ...first, hash: 'known without reading' };
    expect((await scanOne(known)).hash).toBe('known without reading');

    const edited = GOOD.replace('Tuesday', 'Thursday').replace('expand', 'widen');
    expect(edited.length).toBe(GOOD.length);
    await writeFile(join(stamped, 'a.txt'), edited);
    expect((await scanOne(known)).hash).toBe(sha(edited));
  });
});

describe('scanCorpus and readArticles', () => {
  it('scans the same fingerprints that loadCorpus reports', async () => {
    const [scan, load] = await Promise.all([scanCorpus(dir), loadCorpus(dir)]);
    expect(scan.files.map(({ stamp: _, ...f }) => f)).toEqual(load.files);
    // Problems found by reading content (empty, binary) are readArticles' to report.
    expect(scan.skipped.map((s) => s.file)).not.toContain('empty.txt');
  });

  it('reports a file that vanished between the scan and the read', async () => {
    await writeFile(join(dir, 'brief.txt'), GOOD);
    const scanned = (await scanCorpus(dir)).files.find((f) => f.file === 'brief.txt')!;
    await unlink(join(dir, 'brief.txt'));
    expect(await readArticles(scanned)).toEqual({
      skipped: {
        file: 'brief.txt',
        reason: 'file disappeared before it could be read (deleted or moved)',
      },
    });
  });

  it.skipIf(!CAN_MKFIFO)('never opens a file that became a FIFO after the scan', async () => {
    await writeFile(join(dir, 'swapped.txt'), GOOD);
    const scanned = (await scanCorpus(dir)).files.find((f) => f.file === 'swapped.txt')!;
    await unlink(join(dir, 'swapped.txt'));
    execFileSync('mkfifo', [join(dir, 'swapped.txt')]);
    const read = await readArticles(scanned);
    await unlink(join(dir, 'swapped.txt'));
    expect(read).toEqual({
      skipped: { file: 'swapped.txt', reason: 'not a regular file (a named pipe); not opened' },
    });
  });

  it('reads a scanned file into articles', async () => {
    const scanned = (await scanCorpus(dir)).files.find((f) => f.file === 'good.txt')!;
    const read = await readArticles(scanned);
    expect(read).toMatchObject({ articles: [{ id: 'good.txt', title: 'Tram plan approved' }] });
  });

  it('refuses a corpus path that is missing or not a folder, as an InputError', async () => {
    await expect(scanCorpus(join(dir, 'nope'))).rejects.toThrow(InputError);
    await expect(scanCorpus(join(dir, 'nope'))).rejects.toThrow(/not found/);
    await expect(loadCorpus(join(dir, 'good.txt'))).rejects.toThrow(/not a folder/);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and goes on', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked);
    execFileSync('chmod', ['000', locked]);
    try {
      const { skipped, articles } = await loadCorpus(dir);
      expect(skipped).toContainEqual({ file: 'locked', reason: 'folder permission denied' });
      expect(articles.length).toBeGreaterThan(0);
    } finally {
      execFileSync('chmod', ['755', locked]);
      await rm(locked, { recursive: true });
    }
  });
});
