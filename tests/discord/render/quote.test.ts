import { describe, expect, it } from 'vitest';
import { renderQuotePage } from '../../../src/discord/render/quote.js';
import { toEdit } from '../../../src/discord/response.js';
import { messageProblem } from '../../e2e/peer/limits.js';
import { useLongCorpus } from '../long-corpus.js';

const engine = useLongCorpus();
const PER_PAGE = 3;

/** Each page as Discord gets it (after the response module's limits), until the last. */
function pagesShown(): ReturnType<typeof toEdit>[] {
  const answer = engine().quote('Annika Rautio');
  const pages = Math.ceil(answer.quotes.length / PER_PAGE);
  return Array.from({ length: pages }, (_, p) => toEdit(renderQuotePage(answer, p, PER_PAGE, 's')));
}

describe('renderQuotePage with quotations of 4,000+ characters', () => {
  it('keeps every quote on a page whole: shortened text, attribution and citation', () => {
    const answer = engine().quote('Annika Rautio');
    expect(answer.quotes).toHaveLength(4);
    expect(Math.min(...answer.quotes.map((q) => q.quote.length))).toBeGreaterThan(4000);
    for (const page of pagesShown()) {
      expect(messageProblem(page)).toBeNull();
      for (const embed of page.embeds ?? []) {
        expect(embed.description).toMatch(
          /[^…]…”\n— \*\*Annika Rautio\*\*, the chair of the harbour board\n\n\[Ferry cancellations anger islanders\]\(https:\/\/news\.example\.com\/ferry\) · news\.example\.com · paragraph \d$/,
        );
      }
    }
  });

  it('shows each quote on exactly one page: what a page holds is what it renders', () => {
    const titles = pagesShown().flatMap((page) => (page.embeds ?? []).map((e) => e.title));
    expect(titles).toEqual(['Quote 1 of 4', 'Quote 2 of 4', 'Quote 3 of 4', 'Quote 4 of 4']);
    const answer = engine().quote('Annika Rautio');
    // The response module's safety net has nothing left to cut.
    const body = renderQuotePage(answer, 0, PER_PAGE, 's');
    expect(toEdit(body).embeds).toEqual(body.embeds);
  });

  it('marks a cut partial quotation with one ellipsis, not two', () => {
    const answer = engine().quote('Annika Rautio');
    const partial = {
      ...answer,
      quotes: answer.quotes.map((q) => ({ ...q, kind: 'partial' as const })),
    };
    const description = renderQuotePage(partial, 0, PER_PAGE, 's').embeds![0]!.description!;
    expect(description).toMatch(/^“…the ferry sailing number 1-0/);
    expect(description).toMatch(/gale[^…]*…”\n/);
    expect(description).not.toContain('……');
  });
});
