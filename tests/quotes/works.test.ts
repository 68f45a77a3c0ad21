import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { article } from './speaker-table.js';

describe('works.ts: a work’s title and its maker', () => {
  it.each([
    [
      'a name’s possessive',
      ['Nollaig Breathnach’s “The Quiet Emigrants of Erris” opens in a boarding house in 1957.'],
      'Nollaig Breathnach',
    ],
    [
      'a possessive and a noun for the work',
      ['Whitehorse writer Hazel Tutcho’s debut novel, “The Salt Year,” has been shortlisted.'],
      'Hazel Tutcho',
    ],
    [
      'a possessive pronoun',
      ['Singer Tasha Qaunnaq releases her second album, “Songs for the Ice Road,” on Friday.'],
      'Tasha Qaunnaq',
    ],
    [
      '"whose"',
      ['Oksana Hrytsenko-Blake, whose 1989 novel “The Orchard Under Snow” won an award, has died.'],
      'Oksana Hrytsenko-Blake',
    ],
    [
      '"directed by"',
      ['“Fourth and Forever,” directed by senior Anjali Ramaswamy, follows four players.'],
      'Anjali Ramaswamy',
    ],
    [
      'an appositive after it',
      [
        'Bryce Kowalchuk, 41, grew up on a farm near Melfort.',
        'Those stories fill “Two Minutes for Being Honest,” the 41-year-old’s memoir.',
      ],
      'Bryce Kowalchuk',
    ],
    [
      'the sentence’s subject',
      ['Graeme Ostrowski has turned his shifts into a memoir, “Smoke, Sirens and Sausage Rolls”.'],
      'Graeme Ostrowski',
    ],
    [
      'the person the article is about, for "The book" opening a sentence',
      [
        'Ngozi Adebayo-Clarke wrote her first novel on night buses.',
        'The book, “The Quiet Tenants”, follows three generations of a family.',
      ],
      'Ngozi Adebayo-Clarke',
    ],
    [
      '"The result" opening a sentence',
      [
        'Sarah Tipoki-Hall spent nine years on a book about her great-grandmother.',
        'The result, “The Weaver at the Station”, is published this month.',
      ],
      'Sarah Tipoki-Hall',
    ],
    [
      '"was painted … by"',
      [
        'The work, titled “Where the River Remembers,” was painted over five months by Itzel Moctezuma.',
      ],
      'Itzel Moctezuma',
    ],
    [
      'a bare "by" after it in a sentence',
      ['Barack Obama said he was reading a novel, “Purity,” by Jonathan Franzen.'],
      'Jonathan Franzen',
    ],
    [
      '"new" before the noun, after a possessive',
      ['Critics loved Tasha Qaunnaq’s new album, “Songs for the Ice Road,” last year.'],
      'Tasha Qaunnaq',
    ],
    [
      'a maker the sentence names, before the story’s latest person',
      [
        'Prime Minister Justin Trudeau praised the novel on Tuesday.',
        'The book, “The Break”, was written by Katherena Vermette.',
      ],
      'Katherena Vermette',
    ],
  ])('keeps a work’s title as its maker’s scare quote: %s', (_, paragraphs, maker) => {
    const quotes = extractQuotes(article(...paragraphs));
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([[maker, 'scare']]);
  });

  it.each([
    [
      'a thing’s possessive',
      ['Ann Park opposed the Affordable Care Act’s “Cadillac Tax” on plans.'],
      'Cadillac Tax',
    ],
    [
      'a noun that is no work',
      [
        'Jeb Bush ran an ad on Monday. The “No Comparison” ad contrasts Bush’s record with Kasich’s.',
      ],
      'No Comparison',
    ],
    [
      '"The single" after a thing, not a person',
      [
        'The album Sheer Heart Attack came out in 1974.',
        'The single, “Killer Queen”, reached number two in Britain.',
      ],
      'Killer Queen',
    ],
    [
      'a show someone appeared on, over a role word',
      ['Kim Kardashian appeared on host Stephen Colbert’s “The Late Show” in 2019.'],
      'The Late Show',
    ],
    [
      'the author of a memoir',
      ['Ann Park, the author of a memoir, “Tough Choices,” said she was tired.'],
      'Tough Choices,',
    ],
    [
      '"a novel" someone only reads',
      ['Barack Obama said he was reading a novel, “Purity,” last summer.'],
      'Purity,',
    ],
    [
      '"The movie" opening a sentence: a film is many people’s work',
      [
        'Bob Smith saw the film.',
        'The movie, “13 Hours: The Secret Soldiers of Benghazi,” is based on a book co-written by contractors.',
      ],
      '13 Hours: The Secret Soldiers of Benghazi,',
    ],
    [
      'a maker with "a"',
      [
        'German Ortega stars in it.',
        '“Sons of Trump” is an adaptation of a show called “Brokers,” written by a Spanish comedy troupe, that skewers the rich.',
      ],
      'Brokers,',
    ],
  ])('gives a title no maker for %s', (_, paragraphs, title) => {
    const quotes = extractQuotes(article(...paragraphs));
    expect(quotes.filter((q) => q.text === title)).toEqual([]);
  });

  it('lends a title’s maker to no phrase quoted before it', () => {
    const quotes = extractQuotes(
      article(
        'Guitarists experimented in the 1950s, as in the work of Pat Hare, who captured a “grittier, ' +
          'nastier, more ferocious electric guitar sound” on records such as James Cotton’s “Cotton ' +
          'Crop Blues” (1954).',
      ),
    );
    expect(quotes.map((q) => [q.speaker, q.kind])).toEqual([
      [null, 'partial'],
      ['James Cotton', 'scare'],
    ]);
  });

  it('gives a headline no maker from its byline', () => {
    const quotes = extractQuotes(
      article(
        '—“The Long Road to Chicago,” by Variety’s Gordon Cox: “The show opens in the spring.”',
      ),
    );
    expect(quotes.map((q) => q.kind)).toEqual(['full']);
  });

  it('leaves a quotation’s own reporting clause alone (“…,” her campaign said)', () => {
    const [q] = extractQuotes(
      article('Nina Patel met the author.', '“We Won,” her campaign said in a statement.'),
    );
    expect([q?.text, q?.kind]).toEqual(['We Won,', 'full']);
  });
});
