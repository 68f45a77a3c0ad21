import { describe, expect, it } from 'vitest';
import * as quote from '../../commands/quote.js';
import { fakeEngine } from '../discord/fake-engine.js';
import { click, context, slash, typing } from '../discord/fake-interaction.js';

const speakers = {
  'Richard McGregor': ['One.', 'Two.', 'Three.', 'Four.'],
  'Xi Jinping': ['We are friends.'],
  ...Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`Extra Speaker ${i} ${'x'.repeat(120)}`, ['q']]),
  ),
};

describe('/quote', () => {
  it('shows quotes by the speaker, paged for the asker', async () => {
    const ctx = context(fakeEngine([], speakers));
    const i = slash('quote', { speaker: 'mcgregor' }, 'asker');
    await quote.execute(i, ctx);
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(i.last!.content).toContain('Quotes by Richard McGregor');
    expect(i.last!.embeds).toHaveLength(3);
    const more = i.last!.components![0]!.components.map((c) =>
      'custom_id' in c ? c.custom_id : '',
    )[1]!;
    const b = click(more, 'asker');
    await quote.button(b, ctx, more.split(':').slice(1));
    expect(b.last!.embeds![0]!.title).toBe('Quote 4 of 4');
  });

  it('suggests near names for an unknown speaker', async () => {
    const i = slash('quote', { speaker: 'nobody at all' });
    await quote.execute(i, context(fakeEngine([], speakers)));
    expect(i.last!.content).toMatch(/no speaker called “nobody at all”.*Did you mean/s);
  });

  it('autocompletes from the speaker list within Discord limits', async () => {
    const ctx = context(fakeEngine([], speakers));
    const a = typing('quote', 'speaker', 'Ex');
    await quote.autocomplete(a, ctx);
    const choices = a.responses[0] as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    const r = typing('quote', 'speaker', 'Ri');
    await quote.autocomplete(r, ctx);
    expect(r.responses[0]).toEqual([{ name: 'Richard McGregor', value: 'Richard McGregor' }]);
  });
});
