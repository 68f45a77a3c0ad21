import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { namerOf } from '../../src/quotes/labels.js';
import { tokenizeParagraph } from '../../src/quotes/tokens.js';
import { article } from './speaker-table.js';

describe('extractQuotes: a label someone puts on a thing is a scare quote', () => {
  it.each([
    'Coun. Rajinder Bhullar has repeatedly called the project “the gold-plated bus stop,” a label that stuck.',
    'Farmer Dolores Vanderkooi works on a 1974 tractor she calls “Big Red Betty.”',
    'Councilwoman Theresa Abernathy has dismissed the whole project as “a $2 million paint job” again.',
    'Nominated MP Josephine Wairimu Gathoni has described the levy as “a necessary national sacrifice”.',
    // A namer before "has taken to calling", inside a clause.
    'The project, which Coun. Rajinder Bhullar has taken to calling “the bridge to nowhere, part two,” is over budget.',
    // Dubbed or nicknamed so, a phrase is a name however it opens.
    'The bylaw targets a practice Coun. Theresa Abernathy has dubbed “eviction by paint roller.”',
    // The article outside the marks: the phrase is still a label.
    'Coun. Rajinder Bhullar called it the latest skirmish in what he described as a “war on the suburbs” downtown.',
    'Farmer Dolores Vanderkooi dismissed the plan as the “fantasy of city planners” on Monday.',
  ])('%s', (text) => {
    const [q] = extractQuotes(article(text));
    expect(q?.kind).toBe('scare');
    expect(q?.speaker).toMatch(/^(?:Rajinder|Dolores|Theresa|Josephine)/);
  });
});

describe('labels.ts: what someone calls a thing', () => {
  const scare = (quote: string, ...paragraphs: string[]): [string | null, string] | undefined => {
    const q = extractQuotes(article(...paragraphs)).find((x) => x.text.includes(quote));
    return q && [q.speaker, q.kind];
  };

  it.each([
    [
      'the company',
      [
        'Halcyon Grocers Ltd. closed stores under an initiative the company code-named “Project Harvest Moon.”',
      ],
      'Halcyon Grocers Ltd.',
    ],
    [
      'a body by its name, after "still"',
      [
        'Traders say what Clare County Council still describes as a “temporary one-way system” stays.',
      ],
      'Clare County Council',
    ],
    [
      'a name set off before "has"',
      [
        'The exercise, which the Commissioner for Environment, Mr Tamunoibim Briggs, has code-named ' +
          '“Operation Clean Waterfront,” will cover four settlements.',
      ],
      'Tamunoibim Briggs',
    ],
  ])('gives the phrase to its namer: %s', (_, paragraphs, namer) => {
    const quote = paragraphs[0]!.match(/“([^”,]+)/)![1]!;
    expect(scare(quote, ...paragraphs)).toEqual([namer, 'scare']);
  });

  it.each([
    [
      'a participle after a comma',
      'Ben Carr mocked Jeb Bush at the rally. Then he cut into Bush, calling him a “stiff.”',
      'Jeb Bush',
    ],
    [
      'a participle with its agent after it',
      'The Mangaung Metro’s office in Bloemfontein, dubbed “the Glass Palace” by residents, opened.',
      'Bloemfontein',
    ],
    [
      'a passive',
      'Critics praised Harper Lee’s narration, which a review in Time was called “tactile brilliance”.',
      'Time',
    ],
    [
      'a word that is no one’s surname',
      'In Swaziland, trainee healers, whom Sangoma call “kwetfwasa”, study for years.',
      'Sangoma',
    ],
    [
      '"called on"',
      'Hillary Clinton met lawmakers. Aides said Clinton called on members to be “closely coordinated.”',
      'Hillary Clinton',
    ],
    [
      'a verb in an earlier clause',
      'Premier Doug Ford called Mayor Mark Sutcliffe twice, and the city then announced a “temporary pause” on it.',
      'Doug Ford',
    ],
  ])('names no one by %s', (_, paragraph, wrong) => {
    const found = scare(paragraph.match(/“([^”.]+)/)![1]!, paragraph);
    expect(found === undefined || found[0] !== wrong).toBe(true);
  });

  // "what some people online are already calling “Snowpocalypse 2.0.”": a name given by nobody the
  // article names is a label kept with no speaker, not the subject's statement; the point in
  // "2.0" ends no sentence.
  it('keeps a coined name people are calling something as a label with no speaker', () => {
    const q = extractQuotes(
      article(
        'Ottawa is digging out from what some people online are already calling “Snowmageddon 3.0.”',
        'Environment Canada says 40 centimetres of snow fell at the airport overnight.',
        'The city’s roads manager, Dana Price, says crews are working 12-hour shifts.',
        'And schools in the Ottawa-Carleton District School Board are closed today.',
      ),
    ).find((x) => x.text.includes('Snowmageddon'));
    expect(q && [q.speaker, q.kind]).toEqual([null, 'scare']);
  });

  // "X is calling it “…”" is X's judgement, a partial quotation /quote shows, not a label.
  it.each([
    'Ontario Premier Doug Ford is calling it “the worst deal in Ontario history.”',
    'Nurses union president Linda Silas is now calling it “a slap in the face to every nurse.”',
  ])('keeps "%s" a statement', (text) => {
    const [q] = extractQuotes(article(text));
    expect(q?.kind).toBe('partial');
  });

  it.each([
    ['Jane Smith was called', null],
    ['Jane Smith has been called', null],
    ['Jane Smith called it', 'Jane Smith'],
    ['what the company calls', 'the company'],
    ['which the Commissioner, Mr Tamunoibim Briggs, has code-named', 'Tamunoibim Briggs'],
    ['what it calls', 'it'],
    ['Premier Doug Ford called Sutcliffe twice, and the city then announced a', null],
  ])('namerOf(%j) is %j', (lead, namer) => {
    const found = namerOf(tokenizeParagraph(lead, []));
    expect(found?.name ?? found?.mention ?? null).toBe(namer);
  });
});
