import { describe, expect, it } from 'vitest';
import * as sources from '../../commands/sources.js';
import { fakeEngine } from '../discord/fake-engine.js';
import { click, context, slash } from '../discord/fake-interaction.js';

const passages = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ title: `Article ${i + 1}`, text: 'text' }));

describe('/sources', () => {
  it('replies at once with one page and no buttons for a small corpus', async () => {
    const i = slash('sources');
    await sources.execute(i, context(fakeEngine(passages(3))));
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(i.last!.embeds![0]!.title).toBe('Sources in the corpus (3 articles)');
    expect(i.last!.components).toEqual([]);
  });

  it('starts at the page asked and pages for the asker', async () => {
    const ctx = context(fakeEngine(passages(23)));
    const i = slash('sources', { page: 2 }, 'me');
    await sources.execute(i, ctx);
    expect(i.last!.embeds![0]!.footer!.text).toMatch(/^Page 2 of 3/);
    const next = i.last!.components![0]!.components.map((c) =>
      'custom_id' in c ? c.custom_id : '',
    )[1]!;
    const b = click(next, 'me');
    await sources.button(b, ctx, next.split(':').slice(1));
    expect(b.last!.embeds![0]!.footer!.text).toMatch(/^Page 3 of 3/);
  });

  it('says a page past the end does not exist, and shows the last', async () => {
    const i = slash('sources', { page: 1000 }, 'me');
    await sources.execute(i, context(fakeEngine(passages(23))));
    expect(i.last!.content).toBe(
      'There is no page 1,000: the listing has 3 pages; this is page 3.',
    );
    expect(i.last!.embeds![0]!.footer!.text).toMatch(/^Page 3 of 3/);
  });
});
