import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanWords, WORD_PATTERN } from '../../src/quotes/scan-words.js';

const scanned = (text: string): string[] => {
  const out: string[] = [];
  scanWords(text, (t) => out.push(t));
  return out;
};
const matched = (text: string): string[] => [...text.matchAll(WORD_PATTERN)].map((m) => m[0]);

describe('scanWords', () => {
  it.each([
    "Sanders’ campaign manager said the senators’ votes and James' dog; Jones's car.",
    'Mitch McConnell, R-Ky., said “no” — then U.S. officials — and e-mail -- really - yes',
    'Prices rose 3.5% to $1,200 (about €1.1bn) on 12.06.2024 at 9.30am #tags @user & co',
    '習近平 met Putin; 𝒜lpha 𝟙23 astral letters and digits, Ǆemal naïve café Zoë’s',
    'tabs\tand\u00a0no-break\u2003spaces - -- --- x-  -x\nnew line\n- dash at start',
    "it's 'quoted' O'Brien's rock'n'roll ’tis ends with s' s’. s'x",
    '',
    '-',
    ' -',
    ' - ',
    '...',
    "s'",
    'a.b.c. end.',
    '\ud800 lone surrogate words',
  ])('splits “%s” as the pattern does', (text) => {
    expect(scanned(text)).toEqual(matched(text));
  });

  it('splits every paragraph of the seeds and the quote evaluation articles as the pattern does', async () => {
    const texts: string[] = [];
    for (const name of await readdir('seeds'))
      texts.push(await readFile(join('seeds', name), 'utf8'));
    const quotes = join('..', 'shared', 'eval', 'quotes');
    for (const name of await readdir(quotes).catch(() => [] as string[])) {
      if (/\.(txt|md|jsonl?)$/.test(name)) texts.push(await readFile(join(quotes, name), 'utf8'));
    }
    let tokens = 0;
    for (const text of texts) {
      const ours = scanned(text);
      expect(ours).toEqual(matched(text));
      tokens += ours.length;
    }
    expect(tokens).toBeGreaterThan(1000);
  });
});
