import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/corpus/index.js';
import { InputError } from '../../src/errors.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const LEAD =
  'The city council voted on Tuesday to expand the tram network to the northern districts, a plan that has been debated for more than a decade and that will cost the city about 400 million euros.';
const SECOND =
  'Construction is due to start next spring, the mayor said, and the first new line should open within three years.';

describe('front matter and headings', () => {
  it('reads title, url, author and date from YAML front matter and cites the url', () => {
    const md = `---\ntitle: "Council backs tram plan: a decade in the making"\nurl: https://news.example/trams\nauthor: Jane Doe\ndate: 2024-05-17\n---\n\n${LEAD}\n\n${SECOND}\n`;
    const [article] = parseArticles('local/trams.md', utf8(md));
    expect(article).toEqual({
      id: 'local/trams.md',
      file: 'local/trams.md',
      story: 0,
      title: 'Council backs tram plan: a decade in the making',
      url: 'https://news.example/trams',
      source: 'https://news.example/trams',
      author: 'Jane Doe',
      date: '2024-05-17',
      paragraphs: [LEAD, SECOND],
    });
  });

  it('keeps a `#` inside a quoted value, and drops a comment after an unquoted or quoted one', () => {
    const md = `---\ntitle: "We're \\"#1\\" again" # a comment\nauthor: Jane Doe # staff\ndate: '2024-05-17' # day\n---\n${LEAD}\n`;
    const [article] = parseArticles('a.md', utf8(md));
    expect(article).toMatchObject({
      title: 'We\'re "#1" again',
      author: 'Jane Doe',
      date: '2024-05-17',
    });
  });

  it('drops a `# Heading` that repeats the front-matter title', () => {
    const md = `---\ntitle: Council backs tram plan\n---\n# Council backs tram plan\n\n${LEAD}\n`;
    const [article] = parseArticles('trams.md', utf8(md));
    expect(article!.title).toBe('Council backs tram plan');
    expect(article!.paragraphs).toEqual([LEAD]);
  });

  it('cites a front-matter source that is a publication name, and a source URL as the url', () => {
    const named = parseArticles('a.md', utf8(`---\nsource: Taipei Times\n---\n${LEAD}\n`))[0]!;
    expect(named.source).toBe('Taipei Times');
    expect(named.url).toBeUndefined();
    const linked = parseArticles(
      'b.md',
      utf8(`---\nsource: https://x.example/b\n---\n${LEAD}\n`),
    )[0]!;
    expect(linked).toMatchObject({ url: 'https://x.example/b', source: 'https://x.example/b' });
  });

  // User test (c2/fm.md): `source: Example Daily` was replaced by the url.
  it('cites a publication name beside the url, and reads the date as YYYY-MM-DD when it can', () => {
    const fm = (date: string) =>
      utf8(
        `---\nurl: https://x.example/a\nsource: Example Daily\nauthor: Jane Roe\ndate: ${date}\n---\n${LEAD}\n`,
      );
    expect(parseArticles('a.md', fm('May 1, 2024'))[0]).toMatchObject({
      url: 'https://x.example/a',
      source: 'Example Daily',
      author: 'Jane Roe',
      date: '2024-05-01',
    });
    expect(parseArticles('a.md', fm('Spring 2024'))[0]!.date).toBe('Spring 2024');
  });

  it('takes a first-line `# Heading` as the title and strips Markdown markup', () => {
    const md = `# Tram plan approved\n\n## Background\n\nThe [council](https://council.example) voted **yes** on the *northern* extension.\n\n- First line opens in 2027\n- Second line opens in 2029\n\n> Residents have waited long enough, the mayor said.\n\n---\n\n![tram](tram.jpg)\n`;
    const [article] = parseArticles('trams.md', utf8(md));
    expect(article!.title).toBe('Tram plan approved');
    expect(article!.paragraphs).toEqual([
      'The council voted yes on the northern extension.',
      'First line opens in 2027',
      'Second line opens in 2029',
      'Residents have waited long enough, the mayor said.',
    ]);
  });

  it('uses a url hint for text that did not come from disk', () => {
    const [article] = parseArticles('pasted.txt', utf8(`${LEAD}\n\n${SECOND}`), {
      url: 'https://news.example/pasted',
    });
    expect(article).toMatchObject({
      url: 'https://news.example/pasted',
      source: 'https://news.example/pasted',
    });
  });

  // Review probe (c4/crlf_bom.md): `url: …?utm_source=tw` was cited with its tracking parameter,
  // though a page's canonical link loses it.
  it('removes tracking parameters from a front-matter url or source and from the hint', () => {
    const fm = (line: string) => utf8(`---\n${line}\n---\n${LEAD}\n`);
    const read = (bytes: Uint8Array, url?: string) =>
      parseArticles('a.md', bytes, url ? { url } : undefined)[0]!.url;
    expect(read(fm('url: https://x.example/a?utm_source=tw&id=3&utm_medium=social'))).toBe(
      'https://x.example/a?id=3',
    );
    expect(read(fm('source: https://x.example/b?utm_campaign=spring'))).toBe('https://x.example/b');
    expect(read(utf8(LEAD), 'https://x.example/c?utm_source=tw')).toBe('https://x.example/c');
    expect(read(fm('url: https://x.example/d?page=2'))).toBe('https://x.example/d?page=2');
    expect(read(fm('url: file:///etc/passwd'))).toBeUndefined();
  });
});

describe('plain-text titles', () => {
  it('takes a short first line without a closing period as the headline', () => {
    const [article] = parseArticles(
      't.txt',
      utf8(`Tram plan approved after decade of debate\n\n${LEAD}`),
    );
    expect(article!.title).toBe('Tram plan approved after decade of debate');
    expect(article!.paragraphs).toEqual([LEAD]);
  });

  it('takes a Title Case first line ending in a period as the headline, without the period', () => {
    const [article] = parseArticles(
      't.txt',
      utf8(`Council Approves Northern Tram Extension.\n\n${LEAD}`),
    );
    expect(article!.title).toBe('Council Approves Northern Tram Extension');
    expect(article!.paragraphs).toEqual([LEAD]);
  });

  it('keeps a short sentence-case first paragraph as text while borrowing it as the title', () => {
    const first = 'The council voted for the trams.';
    const [article] = parseArticles('t.txt', utf8(`${first}\n\n${LEAD}`));
    expect(article!.title).toBe('The council voted for the trams');
    expect(article!.paragraphs).toEqual([first, LEAD]);
  });

  it('joins a headline ending in ";" with the deck below it', () => {
    const text = `Candidates vie for vets' support;\nTrump and Clinton point out own credentials.\n\n${LEAD}\n\n${SECOND}`;
    const [article] = parseArticles('t.txt', utf8(text));
    expect(article!.title).toBe(
      "Candidates vie for vets' support; Trump and Clinton point out own credentials",
    );
    expect(article!.paragraphs).toEqual([LEAD, SECOND]);
  });

  it('infers a title from the first words when the story opens with a long paragraph', () => {
    const [article] = parseArticles('t.txt', utf8(`${LEAD}\n\n${SECOND}`));
    expect(article!.title).toBe(
      'The city council voted on Tuesday to expand the tram network to the northern…',
    );
    expect(article!.paragraphs).toEqual([LEAD, SECOND]);
  });
});

describe('encodings and normalisation', () => {
  it('decodes invalid UTF-8 as Windows-1252 instead of producing mojibake', () => {
    // "The café said “hello” – twice." in Windows-1252.
    const bytes = Uint8Array.from([
      ...utf8('The caf'),
      0xe9,
      ...utf8(' said '),
      0x93,
      ...utf8('hello'),
      0x94,
      0x20,
      0x96,
      ...utf8(' twice.'),
    ]);
    const [article] = parseArticles('cp1252.txt', bytes);
    expect(article!.paragraphs).toEqual(['The café said “hello” – twice.']);
  });

  it.each([
    ['UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(LEAD)])],
    ['UTF-16 LE BOM', Uint8Array.from([0xff, 0xfe, ...utf16(LEAD, true)])],
    ['UTF-16 BE BOM', Uint8Array.from([0xfe, 0xff, ...utf16(LEAD, false)])],
  ])('honours a %s', (_name, bytes) => {
    expect(parseArticles('bom.txt', bytes)[0]!.paragraphs).toEqual([LEAD]);
  });

  // Review probe (c1/utf16nobom.txt): UTF-16 without a BOM was skipped as "binary file (NUL bytes)".
  it.each([
    ['little-endian', true],
    ['big-endian', false],
  ])('detects and decodes %s UTF-16 without a byte-order mark', (_name, littleEndian) => {
    const text = `“Café” reopens\n\n${LEAD}\n\n${SECOND}\n`;
    const [article] = parseArticles('nobom.txt', Uint8Array.from(utf16(text, littleEndian)));
    expect(article!.title).toBe('“Café” reopens');
    expect(article!.paragraphs).toEqual([LEAD, SECOND]);
  });

  it('treats \\r\\n, \\r and \\n line endings alike', () => {
    const expected = parseArticles('n.txt', utf8(`Headline here\n\n${LEAD}\n\n${SECOND}\n`));
    for (const eol of ['\r\n', '\r']) {
      const text = `Headline here${eol}${eol}${LEAD}${eol}${eol}${SECOND}${eol}`;
      expect(parseArticles('n.txt', utf8(text))).toEqual(expected);
    }
  });

  it('normalises NBSP, zero-width characters, tabs and runs of spaces, and composes to NFC', () => {
    const text = `Cafe\u0301 owners\u00a0met the\u200b mayor\t on   Tuesday \u2060to discuss rents.`;
    const [article] = parseArticles('n.txt', utf8(text));
    expect(article!.paragraphs).toEqual(['Café owners met the mayor on Tuesday to discuss rents.']);
  });

  // User test: an unclosed U+202E in a page's title and text turned the rest of the line around
  // in the /add reply, /sources and excerpts.
  it('removes bidirectional overrides, embeddings and isolates, in the title too', () => {
    const text = `\u202Eevil\u202C Flood defences\n\n\u202EThe council \u2067met\u2069 on Tuesday \u202Bto discuss rents.`;
    const [article] = parseArticles('n.txt', utf8(text));
    expect(article!.title).toBe('evil Flood defences');
    expect(article!.paragraphs).toEqual(['The council met on Tuesday to discuss rents.']);
  });
});

describe('unusable bytes', () => {
  it.each([
    ['an empty file', new Uint8Array(0), /empty file/],
    [
      'NUL bytes',
      Uint8Array.from([...utf8('PNG'), 0, 0, 1, 2, ...utf8('IHDR')]),
      /binary file \(NUL/,
    ],
    [
      'control characters',
      Uint8Array.from({ length: 400 }, (_, i) => (i % 3 ? 0x41 : 0x02)),
      /binary file \(\d+ control/,
    ],
    [
      'only boilerplate',
      utf8('Source link\n\nPlease enter your comment!\nPlease enter your name here'),
      /no article text/,
    ],
    ['only whitespace', utf8(' \n\t\n\r\n'), /no article text/],
    [
      'UTF-16 without a BOM cut off mid-character',
      Uint8Array.from([...utf16(LEAD, true), 0x41]),
      /looks like UTF-16 without a byte-order mark, but it has an odd number of bytes/,
    ],
    [
      'UTF-16-looking bytes that hold control characters',
      Uint8Array.from(utf16('\u0001\u0002\u0003 data '.repeat(20), true)),
      /looks like UTF-16 without a byte-order mark, but \d+ control characters/,
    ],
  ])('throws an InputError for %s', (_name, bytes, reason) => {
    expect(() => parseArticles('bad.txt', bytes)).toThrow(InputError);
    expect(() => parseArticles('bad.txt', bytes)).toThrow(reason);
  });
});

function utf16(text: string, littleEndian: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [lo, hi] = [unit & 0xff, unit >> 8];
    out.push(...(littleEndian ? [lo, hi] : [hi, lo]));
  }
  return out;
}

describe('parseArticles properties', () => {
  const BOILERPLATE_LINES = [
    'Source link',
    'Please enter your comment!',
    'Photo: Reuters / Kremlin',
    'Wang Aoli contributed reporting.',
    'Advertisement',
  ];
  // Lower-case words: no kicker, crumb trail or title repeat can arise by chance.
  const word = fc
    .stringMatching(/^[a-z]{1,10}$/)
    .filter((w) => !['home', 'start', 'inicio', 'accueil', 'startseite'].includes(w));
  const sentence = fc
    .array(word, { minLength: 1, maxLength: 40 })
    .map((words) => `${words.join(' ')}.`);
  // A paragraph, possibly hard-wrapped at a random set of its spaces.
  const paragraph = fc
    .tuple(sentence, fc.array(fc.boolean(), { maxLength: 40 }))
    .map(([text, breaks]) =>
      text
        .split(' ')
        .reduce((out, w, i) => `${out}${i === 0 ? '' : breaks[i] ? '\n' : ' '}${w}`, ''),
    );
  const block = fc.oneof(
    { weight: 4, arbitrary: paragraph.map((text) => ({ text, boilerplate: false })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...BOILERPLATE_LINES).map((text) => ({ text, boilerplate: true })),
    },
  );

  it('loses no non-whitespace character except whole boilerplate lines', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n\n', '\n'),
        (blocks, gap) => {
          const kept = blocks.filter((b) => !b.boilerplate).map((b) => b.text);
          fc.pre(kept.length > 0);
          const md = `# Tram Plan 2024\n\n${blocks.map((b) => b.text).join(gap)}\n`;
          const articles = parseArticles('p.md', utf8(md));
          const text = articles.flatMap((a) => a.paragraphs).join('');
          expect(text.replace(/\s/g, '')).toBe(kept.join('').replace(/\s/g, ''));
        },
      ),
    );
  });
});
