import { describe, expect, it } from 'vitest';
import { findQuoteSpans, quoteStyle, withoutNicknames } from '../../src/quotes/marks.js';

const texts = (paragraph: string): string[] => findQuoteSpans(paragraph).map((s) => s.text);

describe('findQuoteSpans', () => {
  it.each([
    ['curly marks', '“We will win,” he said.', ['We will win,']],
    ['straight marks', '"We will win," he said.', ['We will win,']],
    [
      'two quotes around an attribution',
      '“A is so,” he said. “B is too.”',
      ['A is so,', 'B is too.'],
    ],
    ['guillemets', '«Nous gagnerons», a-t-il dit.', ['Nous gagnerons']],
    ['no marks at all', 'Nothing was quoted here.', []],
  ])('finds %s', (_name, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('reads a closing mark used as an opener (seed 000, McGregor)', () => {
    const p = '“Xi embraced Putin,” said Richard McGregor, a fellow. ” There is also a defiance.”';
    expect(texts(p)).toEqual(['Xi embraced Putin,', 'There is also a defiance.']);
  });

  it('reads a closing mark as an opener after an invisible direction mark', () => {
    // Comments pasted from social media often start with U+202A (left-to-right embedding).
    const p = '\u202a”Thanks for speaking up!!” posted Ann Park.';
    expect(texts(p)).toEqual(['Thanks for speaking up!!']);
  });

  it('ignores a stray opening mark at the end of a paragraph (seed 000, Galauskas)', () => {
    const spans = findQuoteSpans('“This visit represents,” said Marcus Galauskas, an expert. “');
    expect(spans.map((s) => s.text)).toEqual(['This visit represents,']);
    expect(spans[0]?.closed).toBe(true);
  });

  it('keeps a quote left open at the end of a paragraph, marked unclosed', () => {
    const spans = findQuoteSpans('He said: “The first part runs on');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ text: 'The first part runs on', closed: false });
  });

  it('keeps a nested quotation inside its outer quote', () => {
    expect(texts('"The question was: “Do you agree?” Forty-three said yes," he said.')).toEqual([
      'The question was: “Do you agree?” Forty-three said yes,',
    ]);
    expect(texts('“I’d rather live in what he calls “hell” than here,” she said.')).toEqual([
      'I’d rather live in what he calls “hell” than here,',
    ]);
  });

  it.each([
    [
      'a straight opener closed by a curly mark',
      '"We chase the requests,” said Ann Park. "Then we call."',
      ['We chase the requests,', 'Then we call.'],
    ],
    [
      'a curly opener closed by a straight mark',
      '“It is unusual," said Ann Park. “It is hard.”',
      ['It is unusual,', 'It is hard.'],
    ],
    [
      'an opening mark typed where the closing one belongs',
      '“It is unusual,“ said Ann Park, a lawyer.',
      ['It is unusual,'],
    ],
    [
      'a straight-marked quote nested in a curly one',
      '“He said "no" to me twice,” she said.',
      ['He said "no" to me twice,'],
    ],
  ])('closes %s', (_name, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('does not open a quote on an inch mark or apostrophe', () => {
    expect(texts('The 12" screen and the boys’ club.')).toEqual([]);
  });
});

describe('single quotation marks, as many British newsrooms quote', () => {
  const single = (paragraph: string): string[] =>
    findQuoteSpans(paragraph, 'single').map((s) => s.text);

  it.each([
    ['curly marks', '‘We won’t go,’ said Jean Hart.', ['We won’t go,']],
    ['straight marks', "'We won't go,' said Jean Hart.", ["We won't go,"]],
    [
      'apostrophes inside, and a double-marked quote nested',
      '‘It’s our home. They called it “regeneration”, but it’s eviction.’',
      ['It’s our home. They called it “regeneration”, but it’s eviction.'],
    ],
    ['a possessive outside any quote', 'The BBC’s reporter left.', []],
    ['a shortening inside', '‘I love rock ’n’ roll,’ she said.', ['I love rock ’n’ roll,']],
    [
      'a dropped g inside',
      '‘We were just havin’ a laugh,’ he said.',
      ['We were just havin’ a laugh,'],
    ],
    ['a decade outside', 'He grew up in the ‘90s. ‘It was wild,’ he said.', ['It was wild,']],
    [
      'a possessive before a sum',
      '‘The workers’ £5 rise is not enough,’ he said.',
      ['The workers’ £5 rise is not enough,'],
    ],
    [
      'a straight plural possessive',
      "'Our members' patience has run out,' he said.",
      ["Our members' patience has run out,"],
    ],
    [
      'a plural possessive inside',
      '‘Our members’ patience has run out,’ he said.',
      ['Our members’ patience has run out,'],
    ],
    [
      'two quotes, the first ending on an s',
      'Voters say ‘nobody listens’ and ‘nothing changes’.',
      ['nobody listens', 'nothing changes'],
    ],
  ])('finds %s', (_name, paragraph, expected) => {
    expect(single(paragraph)).toEqual(expected);
  });

  it.each([
    [
      'single when single marks open most quotations of the body',
      ['Headline', '‘We had to fix the foundations,’ she said.', '‘No,’ he said.'],
      'single',
    ],
    [
      'double when double marks do, though a headline quotes with single ones',
      ['Cruz lobs ‘Hail Carly’ pass', '“We will win,” he said.'],
      'double',
    ],
    [
      'double for two straight single marks standing for a double one',
      ['Title', "''That wasn't a good way to treat me,'' he complained. 'Remain' lost."],
      'double',
    ],
    ['double with no quotation at all', ['Title', 'Nothing was quoted.'], 'double'],
    [
      "double for American shortenings ('Bama, 'til) beside double-marked quotes",
      [
        "TUSCALOOSA, Ala. — 'Bama did what 'Bama does.",
        "'Bama fans stayed until the end.",
        '"We played our game," coach Nick Saban said.',
      ],
      'double',
    ],
    [
      'double for single marks nested in a double-marked quote',
      [
        '“The crowd chanted ‘lock her up’ and ‘build the wall, build it now,’ and it turned ugly,” Lopez said.',
      ],
      'double',
    ],
    [
      'single for one British quotation',
      ['‘Discrimination has no place in our game,’ an FA spokesman said.'],
      'single',
    ],
  ])('tells the style: %s', (_name, paragraphs, expected) => {
    expect(quoteStyle(paragraphs)).toBe(expected);
  });
});

describe('withoutNicknames: a nickname inside a name is no quotation', () => {
  const read = (text: string): { text: string; quotes: string[] } => {
    const out = withoutNicknames(text, findQuoteSpans(text));
    return { text: out.text, quotes: out.spans.map((s) => s.text) };
  };

  it.each([
    ['Juan "Chico" Manriquez of Oakland carried one of the photos.', 'Juan Manriquez'],
    ['Astronaut Edwin “Buzz” Aldrin walked on the Moon.', 'Edwin Aldrin'],
    ['Joaquín “El Chapo” Guzmán was sentenced.', 'Joaquín Guzmán'],
    // A given name from the wider list of names (models/first-names.txt), not compromise's.
    ['Aoife “Fifi” Brennan opened the shop.', 'Aoife Brennan'],
    // In single marks, straight or curly, where the article quotes with double ones.
    ["Cebu City Mayor Ramon 'Monching' Alcantara ordered the closure.", 'Ramon Alcantara'],
    ['Luis ‘Big Lou’ Carrasco turned down the offer.', 'Luis Carrasco'],
  ])('%s', (text, name) => {
    const out = read(text);
    expect(out.quotes).toEqual([]);
    // Offsets stay as they were: the nickname and its marks become spaces.
    expect(out.text).toHaveLength(text.length);
    expect(out.text.replace(/\s+/g, ' ')).toContain(name);
  });

  it.each([
    // Not after a given name: a song's title, a headline's phrase.
    'He played the song “Hey Jude” Lennon wrote.',
    'Trump “The Dealmaker” Could Win',
    // A function word after it, or punctuation in it: a headline's words.
    'Hillary “Defies Explanation,” Needs Answers',
    'Mary “Slams” Over Tax Plan',
    // Not after a name's first given name ("Elton John"), nor before a time.
    'Fans lined up for the Elton John “Rocket Man” Tour on Friday.',
    'Perez told Maria “Never” Tuesday night.',
    // Not closed.
    'Juan "Chico Manriquez said',
    // Single marks: not after a given name, nor a headline's phrase, nor an apostrophe.
    "Johnson 'Will Not Resign' Says Aide",
    "Mary 'Slams' Over Tax Plan",
    "The ship 'Victory' Sailed on.",
    "James' 'new' Plan was late.",
    // A headline's scare quotes in single marks.
    "Nicola 'Police' Probe Widens As Husband Charged",
  ])('keeps %s', (text) => {
    expect(read(text).quotes).toEqual(findQuoteSpans(text).map((s) => s.text));
    expect(read(text).text).toBe(text);
  });
});
