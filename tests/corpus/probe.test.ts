import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/corpus/index.js';

// Files from a reviewer's probe corpora, each showing one reading defect.
const PROBE = new URL('../fixtures/probe/', import.meta.url);
const probe = (name: string) => parseArticles(name, readFileSync(new URL(name, PROBE)));

describe('probe: wire.txt', () => {
  it('keeps the story and drops the dateline, the notice and the app prompts', () => {
    const [article, ...rest] = probe('wire.txt');
    expect(rest).toHaveLength(0);
    expect(article!.title).toBe('Senate passes farm bill after late-night session');
    expect(article!.paragraphs).toEqual([
      expect.stringMatching(/^WASHINGTON \(AP\) — The Senate passed/),
      expect.stringMatching(/^"This bill keeps food on the table/),
      expect.stringMatching(/^Republican Sen\. Mark Tull voted against it/),
    ]);
  });
});

describe('probe: setext.md', () => {
  it('takes the underlined heading as the title and strips emphasis from the text', () => {
    const [article] = probe('setext.md');
    expect(article!.title).toBe('Tram line opens in Leeds');
    expect(article!.paragraphs).toEqual([
      'The first tram line in Leeds opened on Saturday, the council said. Mayor Tracy Bell called it “a historic day”.',
      'The line cost £400 million.',
    ]);
  });
});

describe('probe: crlf_bom.md', () => {
  it('cites the front-matter url without its utm_source, beside the publication it names', () => {
    const [article] = probe('crlf_bom.md');
    expect(article).toMatchObject({
      title: 'Budget: what changes for renters',
      url: 'https://news.example.com/budget-renters',
      source: 'Example News',
    });
  });
});

describe('probe: multi.txt', () => {
  it('is three stories, each with its own id, title and paragraphs from 1, no separators', () => {
    const stories = probe('multi.txt');
    expect(stories.map((s) => [s.id, s.title, s.paragraphs.length])).toEqual([
      ['multi.txt', 'Bridge closure extended', 2],
      ['multi.txt#2', 'School board picks new superintendent', 2],
      ['multi.txt#3', 'Farmers market moves indoors', 1],
    ]);
    expect(stories[1]!.paragraphs[0]).toMatch(/^The school board on Tuesday chose/);
    expect(stories.flatMap((s) => s.paragraphs)).not.toContainEqual(expect.stringMatching(/^[*-]/));
  });
});

describe('probe: utf16nobom.txt', () => {
  it('is read as UTF-16LE, not skipped as binary', () => {
    const [article] = probe('utf16nobom.txt');
    expect(article!.title).toBe('Bakery wins national prize');
    expect(article!.paragraphs).toEqual([
      'The Elm Street Bakery won the national sourdough prize on Saturday, owner Petra Novak said.',
    ]);
  });
});
