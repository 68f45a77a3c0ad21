import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/corpus/index.js';

// The two real scraped articles committed with the project (see seeds/).
const SEEDS = new URL('../../seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS));
const PUTIN = '000_54998b500be7b4bb.txt';
const TAIPEI = '002_754df6e12105acde.txt';

const BOILERPLATE = [
  /^Home News/,
  /Source link/,
  /Please enter your/,
  /contributed reporting/i,
  /^Photo:/,
];

describe('seed 000: blank-line paragraphs with scraped furniture', () => {
  const articles = parseArticles(PUTIN, seed(PUTIN));
  const [article] = articles;

  it('is one article titled by its headline, cited by its file path', () => {
    expect(articles).toHaveLength(1);
    expect(article).toMatchObject({
      id: PUTIN,
      file: PUTIN,
      story: 0,
      title: 'Putin’s China visit highlights military ties, worrying West',
      source: PUTIN,
    });
    expect(article!.url).toBeUndefined();
  });

  it('keeps the 23 story paragraphs, from the lead to the last quote', () => {
    // 29 non-empty lines: crumbs, headline, 23 paragraphs, credit, "Source link", two prompts.
    expect(article!.paragraphs).toHaveLength(23);
    expect(article!.paragraphs[0]).toMatch(/^President Vladimir V\. Putin on Friday attended/);
    expect(article!.paragraphs.at(-1)).toMatch(/^“Protecting the financial assets/);
  });

  it('drops every boilerplate line and nothing else', () => {
    for (const paragraph of article!.paragraphs) {
      for (const pattern of BOILERPLATE) expect(paragraph).not.toMatch(pattern);
    }
    expect(article!.paragraphs).not.toContain(article!.title);
  });

  it('keeps the Galauskas paragraphs exactly as written', () => {
    // Including his quote's stray closing “ and the "he added" paragraph that continues it.
    const lines = seed(PUTIN)
      .toString('utf8')
      .split('\n')
      .filter((line) => /Galauskas|“China does not need/.test(line));
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(article!.paragraphs).toContain(line.trim());
    expect(article!.paragraphs).toContain(
      '“We shouldn’t be concerned about what specific technologies China might share with Russia from Harbin or elsewhere, but about the larger pattern and signal that this visit represents,” said Marcus Galauskas, a security expert at the Atlantic Council. “',
    );
  });
});

describe('seed 002: single-newline paragraphs, then four teasers', () => {
  const articles = parseArticles(TAIPEI, seed(TAIPEI));
  const [main, ...teasers] = articles;

  it('splits the file into the main story and four teaser stories', () => {
    expect(articles.map((a) => a.id)).toEqual([
      TAIPEI,
      `${TAIPEI}#2`,
      `${TAIPEI}#3`,
      `${TAIPEI}#4`,
      `${TAIPEI}#5`,
    ]);
    expect(articles.map((a) => a.story)).toEqual([0, 1, 2, 3, 4]);
    for (const article of articles) expect(article.source).toBe(TAIPEI);
  });

  it('gives the main story a title from its first words, cut on a word boundary', () => {
    expect(main!.title).toBe(
      'Just a month after beginning his new term in office, Russian President…',
    );
  });

  it('keeps one paragraph per line of the main story, without the photo credit', () => {
    // 27 lines: 22 paragraphs, "Photo: Reuters / Kremlin", four teasers.
    expect(main!.paragraphs).toHaveLength(22);
    expect(main!.paragraphs[0]).toMatch(/^Just a month after/);
    expect(main!.paragraphs).toContain('Putin’s visit begins today.');
    expect(main!.paragraphs.at(-1)).toMatch(/^Moscow and Beijing have pledged/);
    for (const paragraph of main!.paragraphs) {
      for (const pattern of BOILERPLATE) expect(paragraph).not.toMatch(pattern);
    }
  });

  it('titles each teaser with its kicker and sub-headline, and keeps its text', () => {
    expect(teasers.map((t) => t.title)).toEqual([
      'CELEBRATION: The PRC turned 75 on Oct. 1, but the Republic of China is older',
      expect.stringMatching(/^FIVE-YEAR WINDOW\? A defense institute CEO said .*…$/),
      expect.stringMatching(/^MAKING PROGRESS: Officials and industry leaders .*…$/),
      expect.stringMatching(/^CONCERNS: Allowing the government, political parties .*…$/),
    ]);
    for (const teaser of teasers) {
      expect(teaser.paragraphs).toHaveLength(1);
      expect(teaser.paragraphs[0]).not.toMatch(/^[A-Z-]+[:?]/);
      expect(teaser.title.length).toBeLessThanOrEqual(110);
    }
    expect(teasers[0]!.paragraphs[0]).toMatch(/^The PRC turned 75 on Oct\. 1.*always love their$/);
  });

  it('passes CJK text through untouched', () => {
    expect(main!.paragraphs.join(' ')).toContain('Chinese President Xi Jinping (習近平)');
    expect(teasers[3]!.paragraphs[0]).toContain('Satellite Broadcasting Act (衛星廣播電視法)');
  });
});

describe('every seed paragraph', () => {
  it('is non-empty, single-line and trimmed, with single spaces', () => {
    for (const name of [PUTIN, TAIPEI]) {
      for (const article of parseArticles(name, seed(name))) {
        for (const paragraph of article.paragraphs) {
          expect(paragraph).toMatch(/^\S(?:.*\S)?$/);
          expect(paragraph).not.toMatch(/\s{2}|\n/);
        }
      }
    }
  });
});
