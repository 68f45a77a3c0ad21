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
  return referents(paragraphs[last]!, () => paragraphs.slice(0, last), title)
    .filter((r) => !r.inText)
    .map((r) => [r.mention, r.name]);
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
    const title = 'Transportation panel weighs rail cuts';
    expect(
      resolve([committee, 'As chair of the transportation committee, she spoke.'], title),
    ).toEqual([
      ['the transportation committee', 'House Transportation and Infrastructure Committee'],
    ]);
    expect(resolve([committee, 'Members of the drafting committee met.'], title)).toEqual([]);
  });

  it('reads a fair or a club as a body only with no other word before it', () => {
    const fair = 'The Harbin International Economic and Trade Fair opened on Friday.';
    expect(resolve([fair, 'It was not the joyous fair they had hoped for.'])).toEqual([]);
    expect(resolve([fair, 'Organisers of the fair said 2,000 firms came.'])).toEqual([
      ['the fair', 'Harbin International Economic and Trade Fair'],
    ]);
  });

  it('marks what the passage names itself before the description', () => {
    const text = 'Northfield Institute of Technology said the institute would grow.';
    expect(resolve([text])).toEqual([]);
    // An excerpt may leave the name out ("The institute also trains…"): it is kept, marked.
    expect(referents(text, () => [])).toEqual([
      {
        start: text.indexOf('the institute'),
        end: text.indexOf('the institute') + 13,
        mention: 'the institute',
        name: 'Northfield Institute of Technology',
        inText: true,
      },
    ]);
  });

  it('reads an encyclopedia article’s descriptions as its subject, or as nothing', () => {
    const weather = 'In 2016 the firm bought the Weather Company. The company said sales rose.';
    expect(resolve(['IBM makes computers.', weather], 'IBM')).toEqual([]);
    const notreDame = [
      'The University of Notre Dame is a Catholic university in Indiana.',
      'The Lobund Institute was founded in 1935. The university grew.',
    ];
    expect(resolve(notreDame, 'University of Notre Dame')).toEqual([
      ['The university', 'University of Notre Dame'],
    ]);
    // A headline in title case is no title the article writes: read as news, two universities
    // named within four paragraphs leave "the university" unnamed.
    expect(resolve(notreDame, 'Putin Visits Chinese University')).toEqual([]);
  });
});

describe('referents: what the article is about', () => {
  it('gives "the party" no name: parties are named without the word ("Labour")', () => {
    const both = 'Labour attacked the Conservative Party over the budget.';
    expect(resolve([both, 'Activists want to move the party left.'])).toEqual([]);
  });

  it('leaves a body named in passing, neither opening a sentence nor in the headline', () => {
    const lede = 'Tesla cut prices again on Monday.';
    const passing = 'Shares of its battery supplier Panasonic Holdings Corp. fell 2 per cent.';
    expect(resolve([lede, passing, 'The company said demand was strong.'])).toEqual([]);
    expect(
      resolve([
        lede,
        'Panasonic Holdings Corp. said its shares fell.',
        'The company said demand was strong.',
      ]),
    ).toEqual([['The company', 'Panasonic Holdings Corp.']]);
  });

  it('leaves it when the three paragraphs before name another body of the kind', () => {
    expect(
      resolve([
        'The Food and Drug Administration approved the drug on Friday.',
        'The European Medicines Agency is still reviewing it.',
        'Doctors welcomed the news.',
        'The agency said more trials were needed.',
      ]),
    ).toEqual([]);
  });

  it('gives no name after "a Christmas party" or on a court', () => {
    expect(
      resolve(['Harlow Foods Ltd. held a staff party.', 'The firm said the party ran late.']),
    ).toEqual([['The firm', 'Harlow Foods Ltd.']]);
    expect(
      resolve(['The Supreme Court of Canada ruled.', 'She is back on the court this week.']),
    ).toEqual([]);
  });

  it('takes a headline in title case for a headline, not a name', () => {
    const p = [
      'Ford Motor Co. workers walked out on Monday.',
      'The company said talks would resume.',
    ];
    expect(resolve(p, 'Strike Spreads To Ford Motor Company')).toEqual([
      ['The company', 'Ford Motor Co.'],
    ]);
  });
});

describe('referents: long articles and paragraphs', () => {
  it('reads only the paragraphs just before', () => {
    const far = [
      'Harlow Foods Ltd. opened a plant.',
      ...Array.from({ length: 40 }, () => 'Rain fell.'),
    ];
    expect(resolve([...far, 'The firm said it would hire.'])).toEqual([]);
  });
});
