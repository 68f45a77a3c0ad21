import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { answerQuote } from '../../src/answers/quote.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { extractQuotes, SpeakerRegistry, speakersWithin } from '../../src/quotes/index.js';
import { article, registryOf } from './fixtures.js';

const corpus: Article[] = [
  article(
    'a.txt',
    'Putin visits Harbin',
    'President Vladimir V. Putin visited Harbin on Friday.',
    '“Our trade with China keeps growing every single year,” Putin said.',
    '“We shouldn’t be concerned about the technology but about the signal this visit sends,” said Marcus Galauskas, a security expert at the Atlantic Council.',
    '“The visit to the university is a symbolic sign of support for the war,” he added.',
  ),
  article(
    'b.txt',
    'Putin and Xi',
    'Russian President Vladimir Putin arrived in Beijing.',
    '“China is our most reliable partner in the world today,” Vladimir Putin said.',
    '“Sanctions will not stop our cooperation on energy,” Putin said.',
  ),
  article(
    'c.txt',
    'Diplomacy notes',
    '“Talks with Moscow will continue next month as planned,” said Elizabeth Wishnik, a senior scientist.',
    '“Nobody expected the visit to happen so soon after the election,” said José Martínez, a diplomat.',
  ),
];

const registry = SpeakerRegistry.build(
  corpus.map((a) => ({ article: a, quotes: extractQuotes(a) })),
);

describe('SpeakerRegistry', () => {
  it('merges one speaker across articles and shows the fuller name', () => {
    const putin = registry.list().find((s) => s.name.includes('Putin'));
    expect(putin).toMatchObject({ name: 'Vladimir V. Putin', quotes: 3, articles: 2 });
    expect(registry.list().filter((s) => s.name.includes('Putin'))).toHaveLength(1);
    expect(registry.canonical('Vladimir Putin')).toBe('Vladimir V. Putin');
  });

  it('lists speakers most-quoted first, with descriptors', () => {
    const list = registry.list();
    expect(list[0]?.name).toBe('Vladimir V. Putin');
    expect(list.find((s) => s.name === 'Marcus Galauskas')).toMatchObject({
      quotes: 2,
      articles: 1,
      descriptor: 'a security expert at the Atlantic Council',
    });
  });

  it.each([
    ['Galauskas', 'Marcus Galauskas'],
    ['galauskas', 'Marcus Galauskas'],
    ['GALAUSKAS', 'Marcus Galauskas'],
    ['Galauskus', 'Marcus Galauskas'],
    ['marcus galauskas', 'Marcus Galauskas'],
    ['Putin', 'Vladimir V. Putin'],
    ['vladimir putin', 'Vladimir V. Putin'],
    ['Jose Martinez', 'José Martínez'],
    ['martinez', 'José Martínez'],
    ['Mr. Galauskas', 'Marcus Galauskas'],
  ])('resolves %j to %s', (query, speaker) => {
    expect(registry.resolve(query).speaker).toBe(speaker);
  });

  it('answers an unknown speaker with null and near names', () => {
    expect(registry.resolve('Wishnick Smith').speaker).toBeNull();
    const unknown = registry.resolve('Wisnik');
    expect(
      unknown.speaker === 'Elizabeth Wishnik' || unknown.suggestions.includes('Elizabeth Wishnik'),
    ).toBe(true);
    expect(registry.resolve('Xi Jinping')).toEqual({ speaker: null, suggestions: [] });
    expect(registry.resolve('')).toEqual({ speaker: null, suggestions: [] });
    expect(registry.resolve('@everyone')).toMatchObject({ speaker: null });
  });

  it('suggests whom the articles describe by the words of a name no one speaks as', () => {
    expect(registry.resolve('Atlantic Council')).toEqual({
      speaker: null,
      suggestions: ['Marcus Galauskas'],
    });
    expect(registry.resolve('the Atlantic Council').suggestions[0]).toBe('Marcus Galauskas');
  });

  it('finds a body asked for with "The" before the name the article quoted it by', () => {
    const { registry: paper } = registryOf(
      article(
        'wsj.txt',
        'Merger',
        'The Wall Street Journal reported on Tuesday that the deal was done.',
        '“The merger will close by March,” the Journal reported, citing people familiar with it.',
      ),
    );
    expect(paper.resolve('The Wall Street Journal').speaker).toBe('Wall Street Journal');
    expect(paper.resolve('the wall street journal').speaker).toBe('Wall Street Journal');
  });

  it('strips "The" only for a whole name, and suggests nothing for "the" alone (review)', () => {
    const { registry: rock } = registryOf(
      article(
        'rock.txt',
        'Comedy',
        'Chris Rock opened the festival on Friday.',
        '“Comedy is a contact sport,” Rock said after the show.',
      ),
    );
    expect(rock.resolve('The Rock').speaker).toBeNull();
    expect(rock.resolve('Rock').speaker).toBe('Chris Rock');
    expect(registry.resolve('the').suggestions).toEqual([]);
  });

  it('completes by prefix and fuzzily, most-quoted first, at most 25', () => {
    expect(registry.complete('gal')).toEqual(['Marcus Galauskas']);
    expect(registry.complete('Vlad')).toEqual(['Vladimir V. Putin']);
    expect(registry.complete('galu')).toContain('Marcus Galauskas');
    expect(registry.complete('')[0]).toBe('Vladimir V. Putin');
    expect(registry.complete('', 2)).toHaveLength(2);
    expect(registry.complete('', 100).length).toBeLessThanOrEqual(25);
    expect(registry.complete('qqqqqq')).toEqual([]);
  });

  it('answers /quote with citations, ranked by topic when asked', () => {
    const answer = answerQuote(registry, 'putin', { about: 'sanctions energy' });
    expect(answer.speaker).toBe('Vladimir V. Putin');
    expect(answer.about).toBe('sanctions energy');
    expect(answer.quotes.map((q) => q.quote)).toEqual([
      'Sanctions will not stop our cooperation on energy,',
    ]);
    expect(answer.quotes[0]?.citation).toEqual({
      title: 'Putin and Xi',
      source: 'https://example.com/b.txt',
      url: 'https://example.com/b.txt',
      paragraph: 3,
      article: 'b.txt',
    });
    const ranked = answerQuote(registry, 'Putin', { about: 'China partner' }).quotes.map(
      (q) => q.quote,
    );
    expect(ranked).toHaveLength(2);
    expect(ranked[0]).toContain('China is our most reliable partner');
  });

  it('keeps the mention as written and honours k', () => {
    const all = answerQuote(registry, 'Galauskas', {});
    expect(all.quotes.map((q) => q.mention)).toEqual(['Marcus Galauskas', 'he']);
    expect(answerQuote(registry, 'Putin', { k: 1 }).quotes).toHaveLength(1);
  });

  it('shows a quotation once when editions of a story repeat it (user review)', () => {
    const edition = (id: string, when: string) =>
      article(
        id,
        'Museum returns stolen painting',
        `The Riverside Museum returned a stolen painting on ${when}, museum director Claudia Ferris said.`,
        '“It belongs in Haarlem, not in our storage room,” Ferris said.',
      );
    const editions = [edition('d1.txt', 'Thursday'), edition('d2.txt', 'Thursday afternoon')];
    const twice = SpeakerRegistry.build(
      editions.map((a) => ({ article: a, quotes: extractQuotes(a) })),
    );
    const { quotes } = answerQuote(twice, 'Claudia Ferris', {});
    expect(quotes.map((q) => [q.quote, q.citation.article])).toEqual([
      ['It belongs in Haarlem, not in our storage room,', 'd1.txt'],
    ]);
    // The same words in another story are said again (review of 99385bf).
    const again = article(
      'd3.txt',
      'Painting goes home',
      'The painting arrived in Haarlem on Friday.',
      '“It belongs in Haarlem, not in our storage room,” Ferris said.',
    );
    const three = SpeakerRegistry.build(
      [...editions, again].map((a) => ({ article: a, quotes: extractQuotes(a) })),
    );
    expect(answerQuote(three, 'Claudia Ferris', {}).quotes.map((q) => q.citation.article)).toEqual([
      'd1.txt',
      'd3.txt',
    ]);
  });

  it('answers an unknown speaker with no quotes and suggestions', () => {
    const answer = answerQuote(registry, 'Galaxy', { about: 'visit' });
    expect(answer).toMatchObject({ query: 'Galaxy', speaker: null, quotes: [] });
  });

  it('builds an empty registry from no articles', () => {
    const empty = SpeakerRegistry.build([]);
    expect(empty.list()).toEqual([]);
    expect(empty.complete('a')).toEqual([]);
    expect(answerQuote(empty, 'anyone', {})).toMatchObject({
      speaker: null,
      quotes: [],
      suggestions: [],
    });
  });
});

describe('SpeakerRegistry and scare quotes', () => {
  const scare = article(
    's.txt',
    'Lai in court',
    'Jimmy Lai, the publisher, was accused of colluding with foreign forces against the “motherland.”',
    'Marta Quill, whom the club calls “The Hammer,” scored twice.',
    '“I train for moments like this one every single day,” Quill said.',
  );
  const { quotes, registry: reg } = registryOf(scare);

  it('keeps scare quotes among the extracted quotes (the dump) with their speaker and kind', () => {
    expect(quotes.find((q) => q.text.startsWith('motherland'))).toMatchObject({
      speaker: 'Jimmy Lai',
      kind: 'scare',
    });
  });

  it('shows no scare quote in /quote answers or the speaker list', () => {
    expect(answerQuote(reg, 'Lai').quotes).toEqual([]);
    expect(answerQuote(reg, 'Quill').quotes.map((q) => q.kind)).toEqual(['full']);
    expect(reg.list().map((s) => s.name)).toEqual(['Marta Quill']);
  });

  it('names whom the corpus has only words in marks beside, with those words, not other names', () => {
    expect(answerQuote(reg, 'Lai')).toMatchObject({
      speaker: null,
      suggestions: [],
      inPassing: { speaker: 'Jimmy Lai', phrases: ['motherland'] },
    });
    expect(answerQuote(reg, 'jimmy lai').inPassing?.speaker).toBe('Jimmy Lai');
    // Someone with statements is answered with them, whatever scare quotes they also have.
    expect(answerQuote(reg, 'Quill').inPassing).toBeUndefined();
    expect(answerQuote(reg, 'Galaxy').inPassing).toBeUndefined();
  });

  it('groups the forms of one name and leaves out a name a speaker with statements may have', () => {
    const two = registryOf(
      article(
        't.txt',
        'Taipei',
        'President William Lai called the proposal a “farce” on Monday.',
        'Lai later described it as “a sham” and “a farce.”',
        'Premier Cho Jung-tai branded the plan “reckless.”',
        '“We will answer with calm and with unity,” said Cho Jung-tai.',
      ),
    ).registry;
    expect(answerQuote(two, 'Lai').inPassing).toEqual({
      speaker: 'William Lai',
      phrases: ['farce', 'a sham'],
    });
    // One given statements is answered with them, not with the words in marks beside them.
    expect(answerQuote(two, 'Cho').quotes.map((q) => q.kind)).toEqual(['full']);
    // "Lai" is a word of the name of a speaker given statements: no note that could be wrong.
    expect(
      answerQuote(
        registryOf(
          article(
            'u.txt',
            'Taipei',
            'Lai Ching-te said: “We will not be provoked, and we will not provoke.”',
            'Vice President William Lai called it a “farce.”',
          ),
        ).registry,
        'William Lai',
      ).inPassing,
    ).toBeUndefined();
  });
});

describe('SpeakerRegistry: organisations by their acronyms (user review)', () => {
  const { quotes, registry: ferries } = registryOf(
    article(
      'ferries.txt',
      'Ferry routes cut',
      'The Coastal Ferry Authority has ordered an inspection of every vessel in its fleet after a second engine fire this month.',
      '“Safety comes before the timetable, and every sailing will wait until the checks are done,” the authority said in a statement.',
      'The Nigerian Meteorological Agency (NiMet) warned of more storms on the coast.',
      '“The next three days will bring heavy rain to the whole coast,” NiMet said.',
      'The Harbour Workers Union (HWU) said it was “blindsided” by the cuts.',
      'Clara Fitch, who runs a café at the terminal, said the cuts were hurting her trade.',
      '“We had four customers on Saturday, four,” Fitch said.',
    ),
  );

  it('keeps the acronym an article spells an organisation out with on its quotations', () => {
    expect(quotes.find((q) => q.mention === 'NiMet')).toMatchObject({
      speaker: 'Nigerian Meteorological Agency',
      acronym: 'NiMet',
    });
  });

  it.each([
    ['CFA', 'Coastal Ferry Authority'],
    ['the CFA', 'Coastal Ferry Authority'],
    ['cfa', 'Coastal Ferry Authority'],
    ['NiMet', 'Nigerian Meteorological Agency'],
    ['NMA', 'Nigerian Meteorological Agency'],
  ])('finds an organisation by its initials or the acronym in brackets: %s', (query, name) => {
    expect(ferries.resolve(query).speaker).toBe(name);
  });

  it('looks up no person by initials', () => {
    expect(ferries.resolve('CF').speaker).toBeNull();
  });

  it('finds a person by a surname that an organisation’s initials spell (review of 8d4c00e)', () => {
    const { registry } = registryOf(
      article(
        'guard.txt',
        'Flood defences hold',
        'The National Guard said troops had reinforced the levees overnight.',
        '“The levees held, and the troops are staying,” the National Guard said in a statement.',
        '“We were lucky this time,” said Kevin Ng, a city councillor.',
      ),
    );
    expect(registry.resolve('Ng').speaker).toBe('Kevin Ng');
    expect(registry.resolve('NG').speaker).toBe('Kevin Ng');
    expect(registry.resolve('the NG').speaker).toBe('National Guard');
  });

  it('finds an organisation with only words in marks beside it by its acronym', () => {
    expect(answerQuote(ferries, 'HWU').inPassing).toEqual({
      speaker: 'Harbour Workers Union',
      phrases: ['blindsided'],
    });
  });
});

describe('SpeakerRegistry: quoted in passing on the shipped seeds', () => {
  it('answers /quote Lai with the words in marks beside William Lai, not other speakers’ names', async () => {
    const { articles } = await loadCorpus('seeds');
    const seeds = SpeakerRegistry.build(
      articles.map((a) => ({ article: a, quotes: extractQuotes(a) })),
    );
    const answer = answerQuote(seeds, 'Lai');
    expect(answer.quotes).toEqual([]);
    expect(answer.inPassing).toEqual({ speaker: 'William Lai', phrases: ['motherland'] });
  });
});

describe('speakersWithin (an /add report’s speakers)', () => {
  it('lists each speaker of one article once, in the order first quoted', () => {
    for (const a of corpus) {
      const quotes = extractQuotes(a).filter((q) => q.kind !== 'scare');
      const names = speakersWithin(quotes);
      expect(new Set(names).size, a.id).toBe(names.length);
      // Every speaker the registry lists for this article only is among them, as it names them.
      const alone = SpeakerRegistry.build([{ article: a, quotes }]);
      expect(names.sort(), a.id).toEqual(
        alone
          .list()
          .map((s) => s.name)
          .sort(),
      );
    }
  });

  it('groups an article’s own forms of a name, not the corpus’s', () => {
    const names = speakersWithin([
      { speaker: 'Vladimir Putin' },
      { speaker: null },
      { speaker: 'Marcus Galauskas' },
      { speaker: 'Putin' },
    ]);
    expect(names).toEqual(['Vladimir Putin', 'Marcus Galauskas']);
  });
});
