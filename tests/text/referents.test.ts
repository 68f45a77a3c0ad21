import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/types.js';
import { bodyNames, referents } from '../../src/text/referents.js';

/** Each description in the last paragraph with the name it is given, the others before it. */
function resolve(
  paragraphs: string[],
  title = 'A headline about it, as news writes them',
): string[][] {
  const last = paragraphs.length - 1;
  return referents(paragraphs[last]!, () => paragraphs.slice(0, last), title).map((r) => [
    r.mention,
    r.name,
  ]);
}

describe('bodyNames', () => {
  it('finds names whose head says what they are, "of" after the head included', () => {
    const names = bodyNames(
      'Yesterday Harbin Institute of Technology met the Bank of England, McKinsey & Co. and the Center for Naval Analyses in New York for Democratic Party talks.',
    ).map((n) => n.name);
    expect(names).toEqual([
      'Harbin Institute of Technology',
      'Bank of England',
      'McKinsey & Co.',
      'Center for Naval Analyses',
      'New York',
      'Democratic Party',
    ]);
  });

  it('ends a name at a full stop and splits two names joined by "and"', () => {
    const names = bodyNames(
      'He ran IndyMac Bank. IndyMac Bancorp failed, said Podesta Group Inc. and Mercury LLC and President Barack Obama and the Democratic Party.',
    ).map((n) => n.name);
    expect(names).toContain('IndyMac Bank');
    expect(names).toContain('Podesta Group Inc.');
    expect(names).toContain('Mercury LLC');
    expect(names).toContain('Democratic Party');
    expect(names).not.toContain('President Barack Obama and the Democratic Party');
  });
});

describe('referents on the shipped seeds', () => {
  let putin: Article;
  beforeAll(async () => {
    const { articles } = await loadCorpus('seeds');
    putin = articles.find((a) => a.paragraphs.some((p) => p.includes('Entity List')))!;
  });

  it('names "the school" of the paragraph after Harbin Institute of Technology, each time', () => {
    const p = putin.paragraphs.findIndex((x) => x.includes('Entity List'));
    const found = resolve(putin.paragraphs.slice(0, p + 1), putin.title);
    expect(found.length).toBeGreaterThanOrEqual(3);
    // "The 103-year-old university", beside St. Petersburg State University, is still the school.
    for (const [, name] of found) expect(name).toBe('Harbin Institute of Technology');
  });

  it('names "the academy" paragraphs later as what "the school" stood for', () => {
    const p = putin.paragraphs.findIndex((x) => x.includes('the academy'));
    expect(resolve(putin.paragraphs.slice(0, p + 1), putin.title)).toEqual([
      ['the academy', 'Harbin Institute of Technology'],
    ]);
  });
});

describe('referents: only where the article leaves no doubt', () => {
  const named = 'Northfield Institute of Technology opened a campus in Riverton on Monday.';

  it('resolves "the college" and "the firm" to the nearest name of their kind', () => {
    expect(resolve([named, 'Officials said the college would hire 40 teachers.'])).toEqual([
      ['the college', 'Northfield Institute of Technology'],
    ]);
    expect(
      resolve(['Harlow Foods Ltd. bought the plant.', 'The firm said it would keep every job.']),
    ).toEqual([['The firm', 'Harlow Foods Ltd.']]);
  });

  it('leaves a description no name of its kind precedes, or that says it is another', () => {
    expect(resolve(['Ann Park spoke.', 'She said the school was closed.'])).toEqual([]);
    expect(resolve([named, 'The other school said nothing.'])).toEqual([]);
    expect(resolve([named, 'The rival university said nothing.'])).toEqual([]);
  });

  it('leaves a noun qualifying another ("the school year") and a predicate ("the largest")', () => {
    expect(resolve([named, 'Classes start when the school year begins.'])).toEqual([]);
    expect(resolve([named, 'It is now the largest college in the region.'])).toEqual([]);
  });

  it('leaves it when the paragraph naming its kind names two', () => {
    expect(
      resolve([
        'Northfield Institute of Technology and Riverton State University signed a pact.',
        'The university said it would share labs.',
      ]),
    ).toEqual([]);
  });

  it('wants a noun before the noun to be the name’s ("the transportation committee")', () => {
    const committee = 'Ms. Ruiz sits on the House Transportation and Infrastructure Committee.';
    expect(resolve([committee, 'As chair of the transportation committee, she spoke.'])).toEqual([
      ['the transportation committee', 'House Transportation and Infrastructure Committee'],
    ]);
    expect(resolve([committee, 'Members of the drafting committee met.'])).toEqual([]);
  });

  it('reads a party or a fair as a body only with no other word before it', () => {
    const party = 'The Green Party won three seats.';
    expect(resolve([party, 'It was not the joyous party they had hoped for.'])).toEqual([]);
    expect(resolve([party, 'Leaders of the party met on Friday.'])).toEqual([
      ['the party', 'Green Party'],
    ]);
  });

  it('gives nothing the passage names before the description', () => {
    expect(resolve(['Northfield Institute of Technology said the institute would grow.'])).toEqual(
      [],
    );
  });

  it('reads an encyclopedia article’s descriptions as its subject, or as nothing', () => {
    const weather = 'In 2016 the firm bought the Weather Company. The company said sales rose.';
    expect(resolve([weather], 'IBM')).toEqual([]);
    expect(
      resolve(
        ['The Lobund Institute was founded in 1935. The university grew.'],
        'University of Notre Dame',
      ),
    ).toEqual([['The university', 'University of Notre Dame']]);
  });
});

describe('referents: a party', () => {
  it('is the one the article names, not the last of two it names', () => {
    const both = 'The Republican Party and the Democratic Party both met.';
    expect(resolve([both, 'Activists want to move the party left.'])).toEqual([]);
    expect(
      resolve(['The Democratic Party met.', 'Activists want to move the party left.']),
    ).toEqual([['the party', 'Democratic Party']]);
  });
});
