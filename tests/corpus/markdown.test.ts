import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/corpus/index.js';
import { readMarkdown } from '../../src/corpus/markdown.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readMarkdown: setext headings', () => {
  // Review probe (c4/setext.md): the `====` underline was kept as the story's first paragraph.
  it('takes a `===`-underlined first line as the title, never the underline as text', () => {
    const { heading, text } = readMarkdown(
      'Tram line opens in Leeds\n========\n\nThe line cost £400 million.\n',
    );
    expect(heading).toBe('Tram line opens in Leeds');
    expect(text.trim()).toBe('The line cost £400 million.');
  });

  it('drops a later setext heading, text and underline, as it drops `## Heading`', () => {
    const md = 'The lead.\n\nBackground\n----------\n\nThe text.\n\nMore\n====\n\nThe end.\n';
    const { heading, text } = readMarkdown(md);
    expect(heading).toBeUndefined();
    expect(text.split(/\n+/).filter(Boolean)).toEqual(['The lead.', 'The text.', 'The end.']);
  });

  it.each([
    ['a sentence over a rule', 'The line cost £400 million.\n---\n', 'The line cost £400 million.'],
    [
      'a paragraph’s second line',
      'The mayor opened\nthe line on Saturday\n---\n',
      'The mayor opened\nthe line on Saturday',
    ],
    ['a list item', '- The state paid $25 million\n---\n', '- The state paid $25 million'],
  ])('keeps %s as text and drops the underline', (_name, md, kept) => {
    expect(readMarkdown(md).text.trim()).toBe(kept);
  });
});

describe('readMarkdown: emphasis', () => {
  it.each([
    ['Mayor _Tracy Bell_ called it', 'Mayor Tracy Bell called it'],
    ['It was *huge*, he said', 'It was huge, he said'],
    ['It was **huge**.', 'It was huge.'],
    ['called it “*a historic day*”', 'called it “a historic day”'],
    ['the _Times_’ report (_in print_)', 'the Times’ report (in print)'],
    ['___both___ and ***both***', 'both and both'],
    // Not emphasis.
    ['snake_case_name and file_name', 'snake_case_name and file_name'],
    ['2*3*4 and a * b * c', '2*3*4 and a * b * c'],
  ])('reads %j as %j', (md, text) => {
    expect(readMarkdown(md).text).toBe(text);
  });

  it('strips emphasis from Markdown only: a .txt file keeps its underscores and stars', () => {
    const line = 'Mayor _Tracy Bell_ called it *a historic day* on Saturday in Leeds.';
    expect(parseArticles('a.md', utf8(line))[0]!.paragraphs).toEqual([
      'Mayor Tracy Bell called it a historic day on Saturday in Leeds.',
    ]);
    expect(parseArticles('a.txt', utf8(line))[0]!.paragraphs).toEqual([line]);
  });
});
