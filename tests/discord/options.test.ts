import { describe, expect, expectTypeOf, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { buildCommand, readOptions, type OptionDef } from '../../src/discord/options.js';

const DEFS = [
  { type: 'string', name: 'q', description: 'question', required: true, maxLength: 10 },
  { type: 'integer', name: 'n', description: 'count', min: 1, max: 5 },
  { type: 'boolean', name: 'p', description: 'private' },
  { type: 'string', name: 's', description: 'speaker', autocomplete: true },
] as const satisfies readonly OptionDef[];

const source = (values: Record<string, string | number | boolean>) => ({
  get: (name: string) => (name in values ? { value: values[name] } : null),
});

describe('buildCommand', () => {
  it('builds the JSON Discord registers from the definitions', () => {
    const json = buildCommand('x', 'An example', DEFS).toJSON();
    expect(json.options).toEqual([
      expect.objectContaining({
        name: 'q',
        type: 3,
        required: true,
        max_length: 10,
        autocomplete: false,
      }),
      expect.objectContaining({ name: 'n', type: 4, required: false, min_value: 1, max_value: 5 }),
      expect.objectContaining({ name: 'p', type: 5, required: false }),
      expect.objectContaining({ name: 's', type: 3, autocomplete: true }),
    ]);
  });
});

describe('readOptions', () => {
  it('returns typed values, undefined for absent optional ones', () => {
    const values = readOptions(source({ q: 'hello', n: 2 }), DEFS);
    expect(values).toEqual({ q: 'hello', n: 2, p: undefined, s: undefined });
    expectTypeOf(values.q).toEqualTypeOf<string>();
    expectTypeOf(values.n).toEqualTypeOf<number | undefined>();
    expectTypeOf(values.p).toEqualTypeOf<boolean | undefined>();
  });

  it('counts characters as the box shows them, not UTF-16 units (review)', () => {
    expect(readOptions(source({ q: '😀'.repeat(10) }), DEFS).q).toBe('😀'.repeat(10));
    expect(readOptions(source({ q: '👨‍👩‍👧‍👦'.repeat(10) }), DEFS).q).toHaveLength(110);
    expect(() => readOptions(source({ q: '😀'.repeat(11) }), DEFS)).toThrow(/at most 10/);
  });

  it.each([
    [{}, /give a value for `q:`/],
    [{ q: 'x'.repeat(11) }, /`q:` can be at most 10/],
    [{ q: 'x', n: 9 }, /`n:` must be a whole number from 1 to 5/],
    [{ q: 'x', n: 1.5 }, /`n:` must be a whole number/],
  ])('refuses %j with an InputError', (values, message) => {
    expect(() => readOptions(source(values), DEFS)).toThrow(InputError);
    expect(() => readOptions(source(values), DEFS)).toThrow(message);
  });
});
