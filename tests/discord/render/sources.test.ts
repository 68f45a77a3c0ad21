import { describe, expect, it } from 'vitest';
import { renderSourcesPage, SOURCES_PER_PAGE } from '../../../src/discord/render/sources.js';
import { toEdit } from '../../../src/discord/response.js';
import { messageProblem } from '../../e2e/peer/limits.js';
import { useLongCorpus } from '../long-corpus.js';

const engine = useLongCorpus();

// A whole entry: its number, a title that is either a closed masked link or bold text, its
// site, and its counts at the end.
const WHOLE_LINE =
  /^\*\*\d+\.\*\* (\[[^[\]]+\]\(https:\/\/[^()\s]+\)|\*\*[^*]+\*\*( \(\[link\]\(https:\/\/[^()\s]+\)\))?) — \S+ · \d+ paragraphs?, \d+ quotes?$/;

/** The lines of every page as Discord gets them (after the response module's limits). */
function pagesShown(): string[][] {
  const entries = engine().sources();
  const pages = Math.ceil(entries.length / SOURCES_PER_PAGE);
  return Array.from({ length: pages }, (_, p) => {
    const reply = toEdit(renderSourcesPage(entries, p, 'sid'));
    expect(messageProblem(reply)).toBeNull();
    return reply.embeds![0]!.description!.split('\n');
  });
}

describe('renderSourcesPage with long headlines and ~1,550-character URLs', () => {
  it('shows ten whole entries a page, none lost between pages', () => {
    const pages = pagesShown();
    expect(pages.map((lines) => lines.length)).toEqual([10, 4]);
    const numbers = pages.flat().map((line) => Number(/^\*\*(\d+)\./.exec(line)?.[1]));
    expect(numbers).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    for (const line of pages.flat()) expect(line).toMatch(WHOLE_LINE);
  });

  it('shows a link too long to show as the bold title beside its host', () => {
    const line = pagesShown()
      .flat()
      .find((l) => l.includes('Lighthouse report 1 '))!;
    expect(line).toMatch(/^\*\*\d+\.\*\* \*\*Lighthouse report 1 with a very long headline/);
    expect(line).toMatch(/…\*\* — news\.example\.com · 1 paragraph, 0 quotes$/);
    expect(line).not.toContain('](');
  });

  it('still links a title whose address fits', () => {
    const line = pagesShown()
      .flat()
      .find((l) => l.includes('Ferry cancellations'))!;
    expect(line).toContain(
      '[Ferry cancellations anger islanders](https://news.example.com/ferry) — news.example.com',
    );
  });

  it('shows a title that is an address unlinked, the link beside it', () => {
    const line = pagesShown()
      .flat()
      .find((l) => l.includes('bank.example.com'))!;
    expect(line).toMatch(
      /^\*\*\d+\.\*\* \*\*`https:\/\/bank\.example\.com\/login`\*\* \(\[link\]\(https:\/\/evil\.example\.net\/x\)\) — evil\.example\.net · /,
    );
  });

  it.each([
    [999, 'There is no page 1,000: the listing has 2 pages; this is page 2.'],
    [2, 'There is no page 3: the listing has 2 pages; this is page 2.'],
    [1, undefined],
    [0, undefined],
  ])('asked for page index %i, says %j', (page, note) => {
    const body = renderSourcesPage(engine().sources(), page, 'sid');
    expect(body.content).toBe(note);
    expect(body.embeds![0]!.footer!.text).toMatch(page > 0 ? /^Page 2 of 2/ : /^Page 1 of 2/);
  });
});
