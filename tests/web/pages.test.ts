import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../src/engine/api.js';
import { articlePage } from '../../src/web/pages.js';

const ENTRY: SourceEntry = {
  id: 'bridge.md',
  title: 'Harbor Bridge Reopens',
  source: 'Example Daily',
  url: 'https://example.com/bridge',
  file: 'bridge.md',
  paragraphs: 1,
  passages: 1,
  quotes: 0,
};

/** The article page's line under the headline, tags removed. */
function metaLine(entry: SourceEntry): string {
  const page = articlePage({ entry, paragraphs: ['The bridge reopened.'] });
  const line = /<p class="meta">([\s\S]*?)<\/p>/.exec(page)![1]!;
  return line
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// User test (c2/fm.md): the reader never showed who wrote an article or when.
describe('articlePage', () => {
  it('names the publication, the address, the author and the date', () => {
    const entry = { ...ENTRY, author: 'Jane Roe', date: '2024-05-01' };
    expect(metaLine(entry)).toBe(
      'Example Daily · https://example.com/bridge · by Jane Roe · 2024-05-01 · 1 paragraph',
    );
    expect(articlePage({ entry, paragraphs: ['x'] })).toContain(
      '<time datetime="2024-05-01">2024-05-01</time>',
    );
  });

  it('shows a date it could not read as written, and no publication twice', () => {
    const entry = { ...ENTRY, source: ENTRY.url!, date: 'Spring 2024' };
    expect(metaLine(entry)).toBe('https://example.com/bridge · Spring 2024 · 1 paragraph');
    expect(metaLine({ ...ENTRY, url: undefined })).toBe('Example Daily · 1 paragraph');
  });

  it('escapes an author and a date', () => {
    const entry = { ...ENTRY, author: '<b>Jane</b>', date: '<i>May</i>' };
    const page = articlePage({ entry, paragraphs: ['x'] });
    expect(page).toContain('by &lt;b&gt;Jane&lt;/b&gt;');
    expect(page).not.toContain('<i>May</i>');
  });
});
