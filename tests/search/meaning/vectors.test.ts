import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOT_WASM } from '../../../src/search/meaning/dot-wasm.js';
import { WordVectors, wordVectors } from '../../../src/search/meaning/vectors.js';
import { termOf } from '../../../src/text/tokenize.js';

const cosine = (a: Float32Array, b: Float32Array): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, i) => {
    dot += x * b[i]!;
    na += x * x;
    nb += b[i]! * b[i]!;
  });
  return dot / Math.sqrt(na * nb);
};

describe('word-vector table format', () => {
  it('round-trips terms and keeps cosines within 8-bit error', () => {
    const dims = 16;
    const vector = fc.float32Array({
      minLength: dims,
      maxLength: dims,
      min: -1,
      max: 1,
      noNaN: true,
      noDefaultInfinity: true,
    });
    const rows = fc
      .uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 2, maxLength: 12 })
      .chain((terms) =>
        fc.tuple(
          fc.constant(terms),
          fc.array(vector, { minLength: terms.length, maxLength: terms.length }),
        ),
      )
      .filter(([, vs]) => vs.every((v) => v.some((x) => Math.abs(x) > 0.01)));
    fc.assert(
      fc.property(rows, ([terms, vectors]) => {
        const table = WordVectors.fromBuffer(WordVectors.encode(terms, vectors, dims));
        expect([...table.terms].sort()).toEqual([...terms].sort());
        terms.forEach((a, i) =>
          terms.forEach((b, j) => {
            const got = table.similarity(table.row(a), table.row(b));
            expect(Math.abs(got - cosine(vectors[i]!, vectors[j]!))).toBeLessThan(0.05);
          }),
        );
        expect(table.row('notaterm0')).toBe(-1);
      }),
    );
  });

  it('works out the same similarities in WebAssembly as in JS, to the bit, at any width', () => {
    const table = fc
      .integer({ min: 1, max: 40 })
      .chain((dims) =>
        fc.array(
          fc.float32Array({ minLength: dims, maxLength: dims, min: -1, max: 1, noNaN: true }),
          { minLength: 2, maxLength: 20 },
        ),
      );
    fc.assert(
      fc.property(table, (vectors) => {
        const terms = vectors.map((_, i) => `t${i}`);
        const bytes = WordVectors.encode(terms, vectors, vectors[0]!.length);
        const wasm = WordVectors.fromBuffer(bytes);
        const js = WordVectors.fromBuffer(bytes, { wasm: false });
        expect([wasm.usesWasm, js.usesWasm]).toEqual([true, false]);
        vectors.forEach((_, a) =>
          vectors.forEach((__, b) => expect(wasm.similarity(a, b)).toBe(js.similarity(a, b))),
        );
      }),
    );
  });

  it('refuses bytes of another format with a clear error', () => {
    expect(() => WordVectors.fromBuffer(Buffer.from('{"words": []}'))).toThrow(/bad magic/);
    const good = WordVectors.encode(
      ['a', 'b'],
      [new Float32Array([1, 0]), new Float32Array([0, 1])],
      2,
    );
    expect(() => WordVectors.fromBuffer(good.subarray(0, good.length - 1))).toThrow(/truncated/);
  });
});

describe('the shipped table', () => {
  const table = wordVectors();

  it('is there, with ~100k terms', () => {
    expect(table).not.toBeNull();
    expect(table!.terms.length).toBeGreaterThan(90_000);
  });

  it.each([
    ['visit', 'trip'],
    ['university', 'college'],
    ['drink', 'alcohol'],
    ['weather', 'rain'],
  ])('has “%s” near “%s”', (word, neighbour) => {
    const near = table!.nearest(termOf(word)!, 10).map(([t]) => t);
    expect(near).toContain(termOf(neighbour));
  });

  it('works out similarities in WebAssembly, the same as in JS to the bit', async () => {
    expect(table!.usesWasm).toBe(true);
    const { VECTORS_FILE } = await import('../../../src/search/meaning/vectors.js');
    const js = WordVectors.fromBuffer(readFileSync(VECTORS_FILE), { wasm: false });
    const rows = table!.terms.length;
    // Rows from all over the table, its first and last among them.
    const some = [
      0,
      1,
      rows - 2,
      rows - 1,
      ...Array.from({ length: 200 }, (_, i) => (i * 7919) % rows),
    ];
    for (const a of some)
      for (const b of some) expect(table!.similarity(a, b)).toBe(js.similarity(a, b));
  });

  it('is what dot.wat assembles to', async () => {
    const { assembleDot } = await import('../../../scripts/dot-wasm-source.js');
    expect(Buffer.from(await assembleDot()).toString('base64')).toBe(DOT_WASM);
  });

  it('puts related words nearer than unrelated ones', () => {
    const sim = (a: string, b: string) =>
      table!.similarity(table!.row(termOf(a)!), table!.row(termOf(b)!));
    expect(sim('university', 'institute')).toBeGreaterThan(sim('university', 'vodka'));
    expect(sim('drink', 'tea')).toBeGreaterThan(sim('drink', 'missile'));
  });
});
