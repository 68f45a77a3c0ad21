import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { embedSize, fit, notice, toChoices, toEdit, toReply } from '../../src/discord/response.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('toReply / toEdit', () => {
  it('sends no pings and marks private replies with the Ephemeral flag', () => {
    expect(toReply({ content: 'hi' })).toEqual({ content: 'hi', allowedMentions: { parse: [] } });
    expect(toReply({ content: 'hi' }, { ephemeral: true }).flags).toBe(MessageFlags.Ephemeral);
    expect(notice('no').flags).toBe(MessageFlags.Ephemeral);
    expect(toEdit({ content: 'x' })).toEqual({
      content: 'x',
      embeds: [],
      components: [],
      allowedMentions: { parse: [] },
    });
  });
});

describe('fit', () => {
  it.each([
    ['content', { content: words(600) }, (b: ReturnType<typeof fit>) => b.content!.length <= 2000],
    [
      'title',
      { embeds: [{ title: words(100) }] },
      (b: ReturnType<typeof fit>) => b.embeds![0]!.title!.length <= 256,
    ],
    [
      'description',
      { embeds: [{ description: words(900) }] },
      (b: ReturnType<typeof fit>) => b.embeds![0]!.description!.length <= 4096,
    ],
    [
      'fields',
      {
        embeds: [{ fields: Array.from({ length: 30 }, () => ({ name: 'n', value: words(300) })) }],
      },
      (b: ReturnType<typeof fit>) =>
        b.embeds![0]!.fields!.length <= 25 &&
        b.embeds![0]!.fields!.every((f) => f.value.length <= 1024) &&
        embedSize(b.embeds![0]!) <= 6000,
    ],
    [
      'embed count',
      { embeds: Array.from({ length: 12 }, () => ({ title: 't' })) },
      (b: ReturnType<typeof fit>) => b.embeds!.length === 10,
    ],
    [
      '6,000 in total',
      { embeds: Array.from({ length: 5 }, () => ({ description: words(400) })) },
      (b: ReturnType<typeof fit>) =>
        b.embeds!.reduce((n, e) => n + embedSize(e), 0) <= 6000 && b.embeds!.length >= 1,
    ],
  ])('keeps %s within Discord limits', (_name, body, holds) => {
    expect(holds(fit(body))).toBe(true);
  });

  it('trims on word boundaries', () => {
    const content = fit({ content: words(600) }).content!;
    expect(content.endsWith('…')).toBe(true);
    expect(content.slice(0, -1)).toMatch(/word\d+$/);
    expect(words(600).startsWith(content.slice(0, -1))).toBe(true);
  });

  it('leaves a body already within limits unchanged', () => {
    const body = {
      content: 'a',
      embeds: [{ title: 't', description: 'd', fields: [{ name: 'n', value: 'v' }] }],
    };
    expect(fit(body)).toEqual(body);
  });
});

describe('toChoices', () => {
  it('gives at most 25 unique choices with names and values ≤ 100 chars', () => {
    const names = [
      ...Array.from({ length: 40 }, (_, i) => `Speaker ${i}`),
      'Speaker 0',
      'x'.repeat(150),
      ' ',
    ];
    const choices = toChoices(['x'.repeat(150), ...names]);
    expect(choices).toHaveLength(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('fit with fields', () => {
  it('keeps 25 short fields and drops trailing long ones to stay under 6,000', () => {
    const short = fit({
      embeds: [{ fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: 'v' })) }],
    });
    expect(short.embeds![0]!.fields).toHaveLength(25);
    const long = fit({
      embeds: [{ fields: Array.from({ length: 10 }, () => ({ name: 'n', value: words(300) })) }],
    });
    expect(long.embeds![0]!.fields!.length).toBe(5);
  });
});
