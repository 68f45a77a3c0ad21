import { describe, expect, it } from 'vitest';
import {
  holderDescribedAs,
  quotedDescription,
  speakerDescribedAs,
  withCapitalQualifiers,
} from '../../src/answers/described-speaker.js';
import type { Article } from '../../src/corpus/types.js';
import { extractQuotes, SpeakerRegistry } from '../../src/quotes/index.js';
import { PassageIndex } from '../../src/search/index.js';
import { articleOf } from '../helpers/articles.js';

describe('quotedDescription', () => {
  it('reads a person’s noun with the words that say which', () => {
    expect(quotedDescription('the president of Taiwan')).toEqual(
      quotedDescription("Taiwan's president"),
    );
    expect(quotedDescription('the president of Taiwan')).toEqual({
      head: 'president',
      qualifiers: ['Taiwan'],
    });
    expect(quotedDescription('the Russian president')).toEqual({
      head: 'president',
      qualifiers: ['Russian'],
    });
    expect(quotedDescription('Russian President')).toEqual({
      head: 'president',
      qualifiers: ['Russian'],
    });
    expect(quotedDescription('security expert')).toEqual({
      head: 'expert',
      qualifiers: [],
      modifiers: ['security'],
    });
  });

  it('keeps a qualifier in capitals that a stop word spells ("US" is no "us")', () => {
    expect(quotedDescription('the US president')).toEqual({
      head: 'president',
      qualifiers: ['US'],
    });
  });

  it('is no description for a name or an organisation', () => {
    expect(quotedDescription('Galauskas')).toBeNull();
    expect(quotedDescription('Atlantic Council')).toBeNull();
    expect(quotedDescription('Marcus Galauskas')).toBeNull();
  });
});

describe('withCapitalQualifiers', () => {
  it.each([
    ['the chinese president', 'the Chinese president'],
    ['the turkish prime minister', 'the Turkish prime minister'],
    ['the president of taiwan', 'the president of Taiwan'],
    ['the Russian president', 'the Russian president'],
    ['the us president', 'the US president'],
  ])('capitalises the nationality or place of "%s"', (typed, written) => {
    expect(withCapitalQualifiers(typed)).toBe(written);
  });

  it.each([
    ['the reading mayor'], // an English word, though a town's name too
    ['tell us president'], // the pronoun, as typed
    ['chinese food'], // no description
    ['vladimir putin'],
  ])('leaves "%s" as typed', (typed) => {
    expect(withCapitalQualifiers(typed)).toBe(typed);
  });
});

describe('holderDescribedAs', () => {
  const article = articleOf;
  // A reviewer's articles: a title that names another people, a headline in title case, and a
  // name written without its title before it is written with it.
  const index = PassageIndex.build([
    article('greeting', 'Delegation greeted', [
      'President Xi Jinping and Prime Minister Li Qiang greeted the French delegation in Beijing on Monday, and the talks on trade went on late into the night.',
    ]),
    article('factory', 'Factory visit', [
      'Xi Jinping toured the battery factory in the morning. Later, Chinese President Xi Jinping told the workers that their plant would double its output by next spring.',
    ]),
  ]);
  const holder = (description: string) => holderDescribedAs(index, description);

  it('finds the name titled with every word of the description, read past an untitled mention', () => {
    expect(holder('the Chinese president')).toBe('Xi Jinping');
  });

  it('finds no one whose title leaves out a word of it ("President Xi Jinping" is not French)', () => {
    expect(holder('the French president')).toBeNull();
    expect(holder('the French prime minister')).toBeNull();
  });

  it('finds no one for a qualifier the index holds no term for ("the US president")', () => {
    expect(holder('the US president')).toBeNull();
  });

  it('takes no headline for a name', () => {
    const headline = PassageIndex.build([
      article('headline', 'Summit', [
        'Chinese President Xi Jinping Welcomes Vladimir Putin to Beijing for talks on trade and energy.',
      ]),
    ]);
    expect(holderDescribedAs(headline, 'the Chinese president') ?? '').not.toMatch(/Welcomes/);
  });
});

describe('holderDescribedAs on names and titles as newsrooms write them (review)', () => {
  const article = (id: string, text: string): Article => articleOf(id, id, [text]);
  const index = PassageIndex.build([
    article(
      'mexico',
      'Mexican President Claudia Sheinbaum-Pardo toured the refinery on Wednesday. Officials said the tour went well.',
    ),
    article(
      'taiwan',
      "Taiwan's President Lai Ching-te toured the harbour on Tuesday. Officials said the visit focused on shipping.",
    ),
    article(
      'france',
      'The President of France Emmanuel Macron hosted the summit in Paris. Officials said the summit covered energy.',
    ),
    article(
      'china',
      'Chinese President Dr. Xi Jinping welcomed the delegation in Beijing. Officials said the talks covered trade.',
    ),
  ]);
  it.each([
    ['the Mexican president', 'Claudia Sheinbaum-Pardo'],
    ["Taiwan's president", 'Lai Ching-te'],
    ['the president of France', 'Emmanuel Macron'],
    ['the Chinese president', 'Xi Jinping'],
  ])('finds %s: %s', (description, name) => {
    expect(holderDescribedAs(index, description)).toBe(name);
  });
});

describe('speakerDescribedAs: a plural is people, never an organisation (user review)', () => {
  // "/quote senators" answered with the aviation agency's quotations: "senators" was no office
  // (only "senator" was), so words the vectors put near it ("Federal", "Administration") fitted,
  // the agency's and its administrator's.
  const letter = articleOf('letter', 'Senators press aviation regulator over pilot fatigue', [
    'A group of senators on Tuesday demanded that the Federal Aviation Safety Administration explain how it will stop pilot fatigue on regional routes.',
    '"Every passenger deserves a pilot who has slept," the senators wrote in a letter.',
    'Sen. Dana Whitcombe, D-Ore., who led the effort, said the agency had ignored the warnings for years.',
    '"We asked twice and heard nothing," Whitcombe said.',
    'The Federal Aviation Safety Administration said in a statement that it "takes every report seriously."',
    '"We have inspected every regional carrier twice this year," the agency said.',
    "Federal Aviation Safety Administrator Mara Quist, a former Transportation Department official, defended the agency's record.",
    '"Our inspectors are on the ramp every single day," Quist said.',
  ]);
  const index = PassageIndex.build([letter]);
  const registry = SpeakerRegistry.build([{ article: letter, quotes: extractQuotes(letter) }]);

  it.each([['senators'], ['the senators']])(
    'gives "%s" neither the agency nor its head',
    (query) => {
      expect(registry.resolve('Federal Aviation Safety Administration').speaker).not.toBeNull();
      expect(speakerDescribedAs(index, registry, query)).toBeNull();
    },
  );
});
