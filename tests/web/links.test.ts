import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleLink, readScope } from '../../src/web/links.js';

const SECRET = 'unit-secret-0123456789abcdef0123456789';
const A = '111111111111111111';
const id = `guild:${A}/quarry-ponds.txt`;
const query = (link: string) => new URL(link).searchParams;

describe('reader links', () => {
  it('links the shared corpus without a signature', () => {
    expect(articleLink({ base: 'https://r.example' }, 'seed one.txt', 4)).toBe(
      'https://r.example/a/seed%20one.txt?p=4#p4',
    );
    expect(readScope('seed one.txt', new URLSearchParams(), undefined)).toEqual({});
  });

  it('gives no link to an addition without a secret to sign it with', () => {
    expect(articleLink({ base: 'https://r.example' }, id, 1)).toBeUndefined();
  });

  it('opens an addition in its own server only while the signature is good', () => {
    const now = Date.UTC(2026, 0, 1);
    const link = articleLink(
      { base: 'https://r.example', secret: SECRET, days: 90, now: () => now },
      id,
      2,
    )!;
    expect(readScope(id, query(link), SECRET, now)).toEqual({ guild: A });
    expect(readScope(id, query(link), SECRET, now + 89 * 86_400_000)).toEqual({ guild: A });
    expect(readScope(id, query(link), SECRET, now + 91 * 86_400_000)).toBeNull();
    expect(readScope(id, query(link), undefined, now)).toBeNull();
    expect(readScope(id.replace('quarry', 'quarrx'), query(link), SECRET, now)).toBeNull();
  });

  it('refuses every changed signature', () => {
    const now = Date.now();
    const link = articleLink({ base: 'https://r.example', secret: SECRET }, id)!;
    const good = query(link).get('s')!;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (s) => {
        fc.pre(s !== good);
        const params = query(link);
        params.set('s', s);
        expect(readScope(id, params, SECRET, now)).toBeNull();
      }),
    );
  });
});
