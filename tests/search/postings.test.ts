import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { PassageIndex } from '../../src/search/index.js';
import {
  adoptPostings,
  buildPostings,
  extendPostings,
  mergedLists,
  postingsOf,
  searchPostings,
  type Postings,
} from '../../src/search/postings.js';
import { parseQuery } from '../../src/search/query.js';

const article = (id: string, paragraphs: string[]): Article => ({
  id,
  file: `${id}.md`,
  story: 0,
  title: id,
  source: `${id}.md`,
  paragraphs,
});

const filler =
  'and the rest of this paragraph only pads it out well past the shortest length that a passage may have on its own';
const lighthouses = article('lighthouses', [
  `The lighthouse keeper climbed the lighthouse stairs each night ${filler}.`,
  `A keeper kept a log of passing ships ${filler}.`,
  `Storms broke the windows twice in one winter ${filler}.`,
]);
const harbours = article('harbours', [
  `The lighthouse at the harbour mouth was rebuilt in stone ${filler}.`,
]);

const search = (
  index: PassageIndex,
  question: string,
  limit = 10,
  allow?: (id: string) => boolean,
) =>
  searchPostings(index, parseQuery(question, index).terms, limit, allow).map(
    (e) => e.passage.text.split(' and the rest')[0],
  );

describe('searchPostings', () => {
  it('ranks passages holding more of the terms, and more often, first', () => {
    const index = PassageIndex.build([lighthouses, harbours]);
    expect(search(index, 'lighthouse keeper')).toEqual([
      'The lighthouse keeper climbed the lighthouse stairs each night',
      'A keeper kept a log of passing ships',
      'The lighthouse at the harbour mouth was rebuilt in stone',
    ]);
    expect(search(index, 'lighthouse keeper', 1)).toHaveLength(1);
    expect(search(index, 'volcano')).toEqual([]);
  });

  it('applies the article filter before the cut, so a hidden article never takes a slot', () => {
    const index = PassageIndex.build([lighthouses, harbours]);
    expect(search(index, 'lighthouse', 1, (id) => id === 'harbours')).toEqual([
      'The lighthouse at the harbour mouth was rebuilt in stone',
    ]);
    expect(search(index, 'keeper', 5, (id) => id === 'harbours')).toEqual([]);
  });

  it('leaves no trace of a search the filter broke off', () => {
    const index = PassageIndex.build([lighthouses, harbours]);
    const before = search(index, 'keeper');
    expect(before[0]).toMatch(/^A keeper/);
    const broken = (id: string) => {
      if (id === 'harbours') throw new Error('scope lookup failed');
      return true;
    };
    expect(() => search(index, 'lighthouse keeper', 10, broken)).toThrow('scope lookup failed');
    expect(search(index, 'keeper')).toEqual(before);
  });

  it('sees passages added and removed after its first search', () => {
    const index = PassageIndex.build([lighthouses]);
    expect(search(index, 'harbour mouth')).toEqual([]);
    index.add([harbours]);
    expect(search(index, 'harbour mouth')).toEqual([
      'The lighthouse at the harbour mouth was rebuilt in stone',
    ]);
    index.remove(['lighthouses']);
    expect(search(index, 'lighthouse keeper')).toEqual([
      'The lighthouse at the harbour mouth was rebuilt in stone',
    ]);
  });
});

/** A postings' term lists and length norms as plain arrays, for comparing. */
const lists = (p: Postings) => ({
  starts: Array.from(p.starts),
  docs: Array.from(p.docs),
  counts: Array.from(p.counts),
  lengthNorm: Array.from(p.lengthNorm),
});

describe('postings of a copy that added passages', () => {
  const ferries = article('ferries', [
    `The night ferry to the lighthouse island sails twice a week ${filler}.`,
    `Harbour pilots guide the ferry past the breakwater ${filler}.`,
  ]);
  const arrays = (p: Postings) => ({ ids: p.entries.map((e) => e.passage.id), ...lists(p) });

  it('extends its source’s postings to exactly what building them afresh gives', () => {
    const source = PassageIndex.build([lighthouses, harbours]);
    const before = postingsOf(source);
    const copy = source.clone();
    copy.add([ferries]);
    const entries = [...copy.passages.values()];
    const extended = extendPostings(copy, entries, before)!;
    expect(extended).toBeDefined();
    // A third of the passages are new: past the share kept apart, all is laid out again.
    expect(extended.added).toBeUndefined();
    expect(arrays(extended)).toEqual(arrays(buildPostings(copy, entries)));
    expect(arrays(postingsOf(copy))).toEqual(arrays(extended));
    expect(search(copy, 'ferry lighthouse')[0]).toContain('night ferry');
  });

  const piers = article('piers', [
    `The ferry pier and the lighthouse pier were rebuilt ${filler}.`,
  ]);

  it('keeps a big index’s lists as they are and lays out only the added ones, with the same searches', () => {
    // Forty copies of the two articles under other ids, then one article added, then another.
    const many = Array.from({ length: 40 }, (_, i) => [
      { ...lighthouses, id: `lighthouses-${i}`, file: `l${i}.md` },
      { ...harbours, id: `harbours-${i}`, file: `h${i}.md` },
    ]).flat();
    const source = PassageIndex.build(many);
    const base = postingsOf(source);
    const first = source.clone();
    first.add([ferries]);
    const once = postingsOf(first);
    expect(once.added).toBeDefined();
    expect(once.docs).toBe(base.docs); // not copied
    const second = first.clone();
    second.add([piers]);
    const twice = postingsOf(second);
    expect(twice.docs).toBe(base.docs);
    for (const [index, postings] of [
      [first, once],
      [second, twice],
    ] as const) {
      const entries = [...index.passages.values()];
      const merged = { ...postings, ...mergedLists(postings), added: undefined };
      expect(arrays(merged)).toEqual(arrays(buildPostings(index, entries)));
      const all = [...many, ferries, piers];
      const fresh = PassageIndex.build(
        [...index.articles.keys()].map((id) => all.find((a) => a.id === id)!),
      );
      for (const question of ['ferry lighthouse', 'lighthouse keeper', 'pier', 'harbour stone']) {
        expect(search(index, question, 50)).toEqual(search(fresh, question, 50));
      }
    }
  });

  it('is built afresh when the copy removed a passage of its source', () => {
    const source = PassageIndex.build([lighthouses, harbours]);
    const before = postingsOf(source);
    const copy = source.clone();
    copy.remove(['lighthouses']);
    copy.add([ferries]);
    expect(extendPostings(copy, [...copy.passages.values()], before)).toBeUndefined();
    expect(search(copy, 'lighthouse keeper')).toEqual([
      'The lighthouse at the harbour mouth was rebuilt in stone',
      'The night ferry to the lighthouse island sails twice a week',
    ]);
  });
});

describe('postings a snapshot kept', () => {
  it('are adopted as they were, and serve the same searches', () => {
    const built = PassageIndex.build([lighthouses, harbours]);
    const kept = postingsOf(built);
    const copy = new PassageIndex(
      built.vocabulary.clone(),
      new Map(built.passages),
      built.articles,
    );
    adoptPostings(copy, { starts: kept.starts, docs: kept.docs, counts: kept.counts });
    expect(lists(postingsOf(copy))).toEqual(lists(kept));
    expect(search(copy, 'lighthouse keeper')).toEqual(search(built, 'lighthouse keeper'));
  });

  it.each([
    ['a term list too few', (p: Postings) => ({ ...p, starts: p.starts.subarray(1) })],
    ['counts of another length', (p: Postings) => ({ ...p, counts: p.counts.subarray(1) })],
    ['a passage number past the last', (p: Postings) => ({ ...p, docs: p.docs.map(() => 99) })],
    ['starts out of order', (p: Postings) => ({ ...p, starts: p.starts.slice().reverse() })],
  ])('are refused with %s', (_, damage) => {
    const built = PassageIndex.build([lighthouses, harbours]);
    const copy = new PassageIndex(
      built.vocabulary.clone(),
      new Map(built.passages),
      built.articles,
    );
    expect(() => adoptPostings(copy, damage(postingsOf(built)))).toThrow(/do not fit/);
  });
});
